//! Form encoding as the portal's PHP reads it: property tests against an independent model of PHP.

use proptest::prelude::*;
use rest::form::{decode, encode};
use serde_json::{json, Map, Value};

/// What PHP's `parse_str` makes of a JSON value sent by [`encode`], written independently of it:
/// lists become maps keyed by index, scalars strings, `null` disappears, empty containers become "",
/// and a non-empty container whose members all disappear disappears too (nothing names it).
fn php_view(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Bool(flag) => Some(json!(flag.to_string())),
        Value::Number(number) => Some(json!(number.to_string())),
        Value::String(text) => Some(json!(text)),
        Value::Array(items) if items.is_empty() => Some(json!("")),
        Value::Object(map) if map.is_empty() => Some(json!("")),
        Value::Array(items) => non_empty(
            items
                .iter()
                .enumerate()
                .filter_map(|(index, item)| php_view(item).map(|v| (index.to_string(), v)))
                .collect(),
        ),
        Value::Object(map) => non_empty(
            map.iter()
                .filter_map(|(key, item)| php_view(item).map(|v| (key.clone(), v)))
                .collect(),
        ),
    }
}

fn non_empty(map: Map<String, Value>) -> Option<Value> {
    (!map.is_empty()).then_some(Value::Object(map))
}

fn top_level(value: &Value) -> Value {
    php_view(value)
        .filter(Value::is_object)
        .unwrap_or_else(|| Value::Object(Map::new()))
}

/// Keys PHP leaves alone: no brackets anywhere, and at the top level no `.`, space or leading space
/// (those PHP mangles; see `decode`'s docs). Anything else goes: `&`, `=`, `%`, `+`, `$`, unicode.
fn key() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9_>!<=&%+$ё中-]{1,8}"
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e9f64..1e9).prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn params() -> impl Strategy<Value = Value> {
    prop::collection::btree_map("[a-zA-Z0-9_>!<=&%+$ё中-]{1,8}", value(), 0..6)
        .prop_map(|map| Value::Object(map.into_iter().collect()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decode_of_encode_is_what_php_sees(params in params()) {
        prop_assert_eq!(decode(&encode(&params)), top_level(&params));
    }

    #[test]
    fn the_fully_escaped_form_means_the_same(params in params()) {
        let encoded = encode(&params);
        prop_assert_eq!(decode(&encoded.replace('[', "%5B").replace(']', "%5D")), decode(&encoded));
    }

    #[test]
    fn output_is_plain_ascii_with_one_equals_per_pair(params in params()) {
        let encoded = encode(&params);
        prop_assert!(encoded.is_ascii());
        for pair in encoded.split('&').filter(|p| !p.is_empty()) {
            prop_assert_eq!(pair.matches('=').count(), 1, "{}", pair);
            prop_assert!(!pair.contains(' ') && !pair.contains('+') && !pair.contains('#'));
        }
    }

    #[test]
    fn decode_never_panics(query in "\\PC{0,64}") {
        let _ = decode(&query);
    }
}

#[test]
fn hand_written_php_expectations() {
    let list = json!({"filter": {">ID": 5}, "select": ["ID", "TITLE"], "order": {"ID": "ASC"}});
    assert_eq!(
        encode(&list),
        "filter[%3EID]=5&select[0]=ID&select[1]=TITLE&order[ID]=ASC"
    );
    assert_eq!(
        decode("filter%5B%3EID%5D=5&select%5B0%5D=ID&select%5B1%5D=TITLE&order%5BID%5D=ASC"),
        json!({"filter": {">ID": "5"}, "select": {"0": "ID", "1": "TITLE"}, "order": {"ID": "ASC"}})
    );
    let update = json!({"id": 7, "fields": {"TITLE": "Fish & chips = 100%", "OPENED": "Y", "PHONE": [{"VALUE": "+7 900", "VALUE_TYPE": "WORK"}], "COMMENTS": null}});
    assert_eq!(
        encode(&update),
        "id=7&fields[TITLE]=Fish%20%26%20chips%20%3D%20100%25&fields[OPENED]=Y&fields[PHONE][0][VALUE]=%2B7%20900&fields[PHONE][0][VALUE_TYPE]=WORK"
    );
    // Multi-key order survives (serde_json's preserve_order).
    assert_eq!(
        encode(&json!({"order": {"DATE_CREATE": "DESC", "ID": "ASC"}})),
        "order[DATE_CREATE]=DESC&order[ID]=ASC"
    );
}
