//! No input makes the parser panic: arbitrary codes (real ones, their prefixes, huge smart-process ids,
//! noise) × arbitrary JSON (nested, with the keys real placements read) and arbitrary option text.

mod common;

use placement::catalogue::{concrete_code, concrete_example_options};
use placement::{parse, parse_options_text, Placement};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

/// Keys the parsers read, so generated objects reach the typed branches and not only `Unknown`.
const KEYS: &[&str] = &[
    "ID",
    "ENTITY_ID",
    "URI",
    "IFRAME",
    "taskId",
    "TASK_ID",
    "USER_ID",
    "GROUP_ID",
    "entityId",
    "entityTypeId",
    "useBuiltInInterface",
    "ASSOCIATED_ENTITY_ID",
    "ASSOCIATED_ENTITY_TYPE_ID",
    "TYPE_ID",
    "TIMELINE_ITEM_ID",
    "entityTypeName",
    "searchQuery",
    "viewRangeFrom",
    "viewRangeTo",
    "CALL_ID",
    "PHONE_NUMBER",
    "CRM_ENTITY_TYPE",
    "CRM_ENTITY_ID",
    "CRM_BINDINGS",
    "ENTITY_TYPE",
    "CRM_ACTIVITY_ID",
    "CALL_DIRECTION",
    "CALL_STATE",
    "CALL_LIST_MODE",
    "dialogId",
    "messageId",
    "CONNECTOR",
    "LINE",
    "STATUS",
    "ACTIVE_STATUS",
    "MODE",
    "FIELD_NAME",
    "ENTITY_VALUE_ID",
    "VALUE",
    "MULTIPLE",
    "ENTITY_DATA",
    "code",
    "activity_name",
    "properties",
    "current_values",
    "document_type",
    "template",
    "Name",
    "TYPE",
    "Multiple",
    "Id",
    "SITE_ID",
    "LID",
    "CODE",
];

fn real_codes() -> Vec<String> {
    common::entries().iter().map(concrete_code).collect()
}

fn code_strategy() -> impl Strategy<Value = String> {
    let real = prop::sample::select(real_codes());
    let prefix = prop::sample::select(real_codes()).prop_flat_map(|code| {
        let len = code.len();
        (Just(code), 0..=len).prop_map(|(code, cut)| code.get(..cut).unwrap_or_default().to_owned())
    });
    prop_oneof![
        real.clone(),
        real.prop_map(|c| c.to_lowercase()),
        prefix,
        "CRM_DYNAMIC_[0-9]{0,30}_(DETAIL_TAB|LIST_MENU|DETAIL_ACTIVITY|FUNNELS_TOOLBAR|X)?",
        "LANDING_BLOCK_.{0,20}",
        "(CRM|TASK|IM|LANDING)_[A-Z_*]{0,24}",
        any::<String>(),
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(vec![
            "",
            "0",
            "1",
            "8061",
            "-5",
            "abc",
            "undefined",
            "Y",
            "N",
            "true",
            "false",
            "incoming",
            "COMPANY",
            "DYNAMIC_183",
            "chat2",
            "2026-07-26",
            "2026-02-30",
            "hidden",
            "view",
            "edit",
            "{",
            "[]",
            "{}",
            "[{\"ENTITY_TYPE\":\"DEAL\",\"ENTITY_ID\":\"1\"}]",
            "{\"p\":{\"Name\":\"x\"}}",
            "99999999999999999999",
        ])
        .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ]
}

fn json_strategy() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(6, 64, 6, |inner| {
        let key = prop_oneof![prop::sample::select(KEYS).prop_map(str::to_owned), ".{0,6}"];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// An options object built from known keys, the usual top-level shape.
fn options_object() -> impl Strategy<Value = Value> {
    prop::collection::vec((prop::sample::select(KEYS), json_strategy()), 0..10).prop_map(|pairs| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<Map<_, _>>(),
        )
    })
}

/// A catalogue example with one of its own values replaced and up to three known keys set to arbitrary
/// JSON: reaches the deep, typed branches of every placement (bindings, robot properties, ...).
fn mutated_example() -> impl Strategy<Value = (String, Value)> {
    let examples: Vec<(String, Map<String, Value>)> = common::entries()
        .iter()
        .map(|e| {
            (
                concrete_code(e),
                concrete_example_options(e)
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let extra = prop::collection::vec((prop::sample::select(KEYS), json_strategy()), 0..4);
    (
        prop::sample::select(examples),
        any::<prop::sample::Index>(),
        json_strategy(),
        extra,
    )
        .prop_map(|((code, mut options), which, replacement, extra)| {
            let own_key = (!options.is_empty()).then(|| {
                which
                    .get(&options.keys().cloned().collect::<Vec<_>>())
                    .clone()
            });
            if let Some(key) = own_key {
                options.insert(key, replacement);
            }
            options.extend(extra.into_iter().map(|(k, v)| (k.to_owned(), v)));
            (code, Value::Object(options))
        })
}

fn options_strategy() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => options_object(),
        1 => options_object().prop_map(|o| Value::String(o.to_string())),
        1 => json_strategy(),
        1 => any::<String>().prop_map(Value::String),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics(code in code_strategy(), options in options_strategy()) {
        if let Ok(ctx) = parse(Some(&code), &options) {
            // Whatever parsed answers the router's questions without panicking either.
            let _ = (ctx.placement.family(), ctx.placement.presentation(), ctx.placement.entity_ref());
            let trimmed = code.trim();
            let expected = if trimmed.is_empty() { "DEFAULT".to_owned() } else { trimmed.to_ascii_uppercase() };
            prop_assert_eq!(ctx.code, expected);
        }
    }

    #[test]
    fn mutated_examples_never_panic((code, options) in mutated_example()) {
        match parse(Some(&code), &options) {
            Ok(ctx) => prop_assert_ne!(ctx.placement.family(), placement::Family::Unknown),
            Err(e) => prop_assert_eq!(e.code(), code.as_str()),
        }
    }

    #[test]
    fn option_text_never_panics(code in code_strategy(), text in prop_oneof![any::<String>(), options_object().prop_map(|o| o.to_string())]) {
        let _ = parse_options_text(Some(&code), Some(&text));
    }

    #[test]
    fn text_and_value_agree(code in code_strategy(), options in options_object()) {
        // Compare with the value the text decodes to: serde_json does not print every f64 exactly.
        let text = options.to_string();
        let decoded: Value = serde_json::from_str(&text).unwrap_or_default();
        prop_assert_eq!(parse(Some(&code), &decoded), parse_options_text(Some(&code), Some(&text)));
    }
}

#[test]
fn extreme_inputs_do_not_panic() {
    let deep_text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_options_text(Some("DEFAULT"), Some(&deep_text)).is_err());
    let deep_object = format!("{}1{}", "{\"a\":".repeat(50_000), "}".repeat(50_000));
    assert!(parse_options_text(Some("CRM_DEAL_DETAIL_TAB"), Some(&deep_object)).is_err());
    // Deeply nested text inside a value that the parser decodes again.
    let nested_bindings = serde_json::json!({"CALL_ID": "c", "CALL_DIRECTION": "incoming", "CRM_BINDINGS": deep_text});
    assert!(parse(Some("CALL_CARD"), &nested_bindings).is_ok());
    let nested_properties =
        serde_json::json!({"code": "r", "activity_name": "A", "properties": deep_object});
    assert!(parse(
        Some("BIZPROC_ACTIVITY_PROPERTIES_DIALOG"),
        &nested_properties
    )
    .is_err());

    let huge_id = "CRM_DYNAMIC_99999999999999999999_DETAIL_TAB";
    let ctx = parse(Some(huge_id), &serde_json::json!({"ID": "1"})).expect("unknown, not an error");
    assert!(matches!(ctx.placement, Placement::Unknown { .. }));
    let long_code = "CRM_DYNAMIC_".to_owned() + &"9".repeat(100_000) + "_DETAIL_TAB";
    assert!(parse(Some(&long_code), &Value::Null).is_ok());
}
