//! Malformed options give the right typed error, naming the code and the field.

mod common;

use common::err;
use placement::*;
use serde_json::{json, Value};

fn malformed_reason(error: PlacementError) -> String {
    match error {
        PlacementError::MalformedOptions { reason, .. } => reason,
        other => panic!("expected MalformedOptions, got {other:?}"),
    }
}

fn assert_missing(code: &str, options: Value, field: &str) {
    assert_eq!(
        err(code, options.clone()),
        PlacementError::MissingField {
            code: code.to_owned(),
            field: field.to_owned()
        },
        "{code} {options}"
    );
}

fn assert_invalid(code: &str, options: Value, field: &str, value: &str) {
    match err(code, options.clone()) {
        PlacementError::InvalidField {
            code: c,
            field: f,
            value: v,
            expected,
        } => {
            assert_eq!(
                (c.as_str(), f.as_str(), v.as_str()),
                (code, field, value),
                "{options}"
            );
            assert!(!expected.is_empty());
        }
        other => panic!("{code} {options}: expected InvalidField for {field}, got {other:?}"),
    }
}

#[test]
fn options_that_are_not_an_object() {
    let code = "CRM_DEAL_DETAIL_TAB";
    assert!(malformed_reason(err(code, json!("{"))).starts_with("not valid JSON"));
    assert!(malformed_reason(err(code, json!("42"))).contains("number"));
    assert!(malformed_reason(err(code, json!("\"{\\\"ID\\\":1}\"x"))).starts_with("not valid JSON"));
    assert!(
        malformed_reason(err(code, json!("\"\\\"{}\\\"\""))).contains("string"),
        "decoded twice at most"
    );
    assert!(malformed_reason(err(code, json!([1, 2]))).contains("array"));
    assert!(malformed_reason(err(code, json!("[1,2]"))).contains("array"));
    assert!(malformed_reason(err(code, json!(42))).contains("number"));
    assert!(malformed_reason(err(code, json!(true))).contains("boolean"));
    // Even unknown codes need well-formed options.
    assert!(matches!(
        err("NOT_A_PLACEMENT", json!("{")),
        PlacementError::MalformedOptions { .. }
    ));

    let text =
        parse_options_text(Some("crm_deal_detail_tab"), Some("{\"ID\":")).expect_err("broken text");
    assert_eq!(text.code(), "CRM_DEAL_DETAIL_TAB");
    assert_eq!(text.field(), None);
    let message = text.to_string();
    assert!(message.starts_with(
        "PLACEMENT_OPTIONS of placement CRM_DEAL_DETAIL_TAB are malformed: not valid JSON"
    ));
    assert!(
        message.ends_with('.') && !message.trim_end_matches('.').contains(". "),
        "one sentence: {message}"
    );
}

#[test]
fn bad_ids() {
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": "abc"}), "ID", "\"abc\"");
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": -5}), "ID", "-5");
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": "-5"}), "ID", "\"-5\"");
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": 1.5}), "ID", "1.5");
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": true}), "ID", "true");
    assert_invalid(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": {"a": 1}}),
        "ID",
        "{\"a\":1}",
    );
    assert_invalid(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": "99999999999999999999"}),
        "ID",
        "\"99999999999999999999\"",
    );
    assert_invalid(
        "CRM_QUOTE_DETAIL_TOOLBAR",
        json!({"ENTITY_ID": "x", "ID": "5"}),
        "ENTITY_ID",
        "\"x\"",
    );
    assert_invalid(
        "TASK_VIEW_TAB",
        json!({"taskId": "task-31"}),
        "taskId",
        "\"task-31\"",
    );
    assert_invalid(
        "IM_CONTEXT_MENU",
        json!({"dialogId": "chat2", "messageId": "m1"}),
        "messageId",
        "\"m1\"",
    );
    assert_invalid(
        "LANDING_SETTINGS",
        json!({"SITE_ID": "1", "LID": "one"}),
        "LID",
        "\"one\"",
    );
    assert_invalid(
        "CRM_DEAL_ACTIVITY_TIMELINE_MENU",
        json!({"ENTITY_ID": "1", "ASSOCIATED_ENTITY_ID": "2", "ASSOCIATED_ENTITY_TYPE_ID": "4294967296"}),
        "ASSOCIATED_ENTITY_TYPE_ID",
        "\"4294967296\"",
    );
    assert_invalid(
        "USERFIELD_TYPE",
        json!({"MODE": "view", "ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "F", "ENTITY_DATA": {"entityTypeId": "deal", "entityId": 1}}),
        "ENTITY_DATA.entityTypeId",
        "\"deal\"",
    );

    let message = err("CRM_DEAL_DETAIL_TAB", json!({"ID": "abc"})).to_string();
    assert_eq!(
        message,
        "Field ID in PLACEMENT_OPTIONS of placement CRM_DEAL_DETAIL_TAB should be a non-negative integer id, but is \"abc\"."
    );
}

/// A `0` id is Bitrix24's "none", never a real entity (protocol::lenient's rule): a required id of
/// `0` is missing, not an entity `0`; it is still validated as an integer first.
#[test]
fn zero_ids_are_missing() {
    assert_missing("CRM_DEAL_DETAIL_TAB", json!({"ID": "0"}), "ID");
    assert_missing("CRM_DEAL_DETAIL_TAB", json!({"ID": 0}), "ID");
    assert_missing("CRM_DEAL_DETAIL_TAB", json!({"ID": 0.0}), "ID");
    assert_missing("TASK_VIEW_TAB", json!({"taskId": "0"}), "taskId");
    assert_invalid("CRM_DEAL_DETAIL_TAB", json!({"ID": "-0"}), "ID", "\"-0\"");
}

#[test]
fn missing_required_keys() {
    assert_missing("CRM_DEAL_DETAIL_TAB", json!({}), "ID");
    assert_missing(
        "CRM_DEAL_DETAIL_TAB",
        json!({"ID": "undefined", "URI": "/crm/deal/details/1/"}),
        "ID",
    );
    assert_missing("CRM_DEAL_DETAIL_TAB", Value::Null, "ID");
    assert_missing("CRM_COMPANY_LIST_MENU", json!([]), "ID");
    assert_missing("CRM_QUOTE_DETAIL_TOOLBAR", json!({}), "ENTITY_ID");
    assert_missing("CRM_LEAD_DETAIL_TOOLBAR", json!({}), "ID");
    assert_missing("CRM_DEAL_DOCUMENTGENERATOR_BUTTON", json!({}), "ENTITY_ID");
    assert_missing(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"useBuiltInInterface": "Y"}),
        "entityId",
    );
    assert_missing(
        "CRM_DEAL_ACTIVITY_TIMELINE_MENU",
        json!({"ENTITY_ID": "1", "ASSOCIATED_ENTITY_ID": "2"}),
        "ASSOCIATED_ENTITY_TYPE_ID",
    );
    assert_missing(
        "CRM_DEAL_ACTIVITY_TIMELINE_MENU",
        json!({"ASSOCIATED_ENTITY_ID": "2"}),
        "ENTITY_ID",
    );
    assert_missing(
        "CRM_DETAIL_SEARCH",
        json!({"searchQuery": "x"}),
        "entityTypeName",
    );
    assert_missing("CRM_REQUISITE_AUTOCOMPLETE", json!({}), "searchQuery");
    assert_missing("TASK_VIEW_SIDEBAR", json!({}), "taskId");
    assert_missing("TASK_LIST_CONTEXT_MENU", json!({}), "ID");
    assert_missing("TASK_USER_LIST_TOOLBAR", json!({}), "USER_ID");
    assert_missing("TASK_GROUP_LIST_TOOLBAR", json!({}), "GROUP_ID");
    assert_missing("SONET_GROUP_DETAIL_TAB", json!({}), "GROUP_ID");
    assert_missing("USER_PROFILE_MENU", json!({}), "USER_ID");
    assert_missing(
        "CALENDAR_GRIDVIEW",
        json!({"viewRangeFrom": "2026-01-01"}),
        "viewRangeTo",
    );
    assert_missing(
        "CALL_CARD",
        json!({"CALL_DIRECTION": "incoming"}),
        "CALL_ID",
    );
    assert_missing("CALL_CARD", json!({"CALL_ID": "c"}), "CALL_DIRECTION");
    assert_missing("IM_TEXTAREA", json!({}), "dialogId");
    assert_missing("IM_CONTEXT_MENU", json!({"dialogId": "chat1"}), "messageId");
    assert_missing(
        "IMMOBILE_CONTEXT_MENU",
        json!({"dialogId": "  "}),
        "dialogId",
    );
    assert_missing("CONTACT_CENTER", json!({}), "ID");
    assert_missing("SETTING_CONNECTOR", json!({"LINE": "1"}), "CONNECTOR");
    assert_missing("SETTING_CONNECTOR", json!({"CONNECTOR": "c"}), "LINE");
    assert_missing(
        "USERFIELD_TYPE",
        json!({"ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "F"}),
        "MODE",
    );
    assert_missing(
        "USERFIELD_TYPE",
        json!({"MODE": "view", "FIELD_NAME": "F"}),
        "ENTITY_ID",
    );
    assert_missing(
        "USERFIELD_TYPE",
        json!({"MODE": "view", "ENTITY_ID": "CRM_DEAL"}),
        "FIELD_NAME",
    );
    assert_missing(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"activity_name": "A", "properties": {}}),
        "code",
    );
    assert_missing(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "properties": {}}),
        "activity_name",
    );
    assert_missing(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "activity_name": "A"}),
        "properties",
    );
    assert_missing("LANDING_SETTINGS", json!({"LID": "1"}), "SITE_ID");
    assert_missing("LANDING_BLOCK_*", json!({"ID": "1", "LID": "1"}), "CODE");
    assert_missing("LANDING_BLOCK_X", json!({"ID": "1", "CODE": "x"}), "LID");

    let message = err("CRM_DEAL_DETAIL_TAB", json!({})).to_string();
    assert_eq!(
        message,
        "PLACEMENT_OPTIONS of placement CRM_DEAL_DETAIL_TAB lack the required field ID."
    );
}

#[test]
fn bad_dates() {
    for bad in [
        "2026-02-30",
        "26-07-2026",
        "2026-13-01",
        "2026-7-1",
        "2026/07/26",
        "yesterday",
    ] {
        let options = json!({"viewRangeFrom": bad, "viewRangeTo": "2026-09-06"});
        assert_invalid(
            "CALENDAR_GRIDVIEW",
            options,
            "viewRangeFrom",
            &format!("\"{bad}\""),
        );
    }
    assert_invalid(
        "CALENDAR_GRIDVIEW",
        json!({"viewRangeFrom": "2026-07-26", "viewRangeTo": 20260906}),
        "viewRangeTo",
        "20260906",
    );
}

#[test]
fn bad_enumerations_and_flags() {
    let call = |extra: Value| {
        let mut options = json!({"CALL_ID": "c", "CALL_DIRECTION": "incoming"});
        if let (Some(base), Some(extra)) = (options.as_object_mut(), extra.as_object()) {
            base.extend(extra.clone());
        }
        options
    };
    assert_invalid(
        "CALL_CARD",
        call(json!({"CALL_DIRECTION": "sideways"})),
        "CALL_DIRECTION",
        "\"sideways\"",
    );
    assert_invalid(
        "CALL_CARD",
        call(json!({"CALL_DIRECTION": 1})),
        "CALL_DIRECTION",
        "1",
    );
    assert_invalid(
        "CALL_CARD",
        call(json!({"CRM_ENTITY_TYPE": "PLANET", "CRM_ENTITY_ID": "1"})),
        "CRM_ENTITY_TYPE",
        "\"PLANET\"",
    );
    assert_invalid(
        "CALL_CARD",
        call(json!({"CALL_LIST_MODE": "maybe"})),
        "CALL_LIST_MODE",
        "\"maybe\"",
    );
    assert_invalid(
        "CALL_CARD",
        call(json!({"CRM_ACTIVITY_ID": "act"})),
        "CRM_ACTIVITY_ID",
        "\"act\"",
    );
    assert_invalid(
        "CALL_CARD",
        call(json!({"PHONE_NUMBER": ["+1"]})),
        "PHONE_NUMBER",
        "[\"+1\"]",
    );
    assert_invalid(
        "CRM_DETAIL_SEARCH",
        json!({"entityTypeName": "PLANET", "searchQuery": "x"}),
        "entityTypeName",
        "\"PLANET\"",
    );
    assert_invalid(
        "CRM_REQUISITE_AUTOCOMPLETE",
        json!({"searchQuery": {"q": 1}}),
        "searchQuery",
        "{\"q\":1}",
    );
    assert_invalid(
        "USERFIELD_TYPE",
        json!({"MODE": "print", "ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "F"}),
        "MODE",
        "\"print\"",
    );
    assert_invalid(
        "USERFIELD_TYPE",
        json!({"MODE": "view", "ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "F", "MULTIPLE": "often"}),
        "MULTIPLE",
        "\"often\"",
    );
    assert_invalid(
        "SETTING_CONNECTOR",
        json!({"CONNECTOR": "c", "LINE": "1", "STATUS": "ok"}),
        "STATUS",
        "\"ok\"",
    );
    assert_invalid(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"useBuiltInInterface": "sure", "ID": "1"}),
        "useBuiltInInterface",
        "\"sure\"",
    );
    assert_invalid(
        "IM_SIDEBAR",
        json!({"dialogId": {"chat": 1}}),
        "dialogId",
        "{\"chat\":1}",
    );
    assert_invalid(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "activity_name": "A", "properties": {"p": "not a descriptor"}}),
        "properties.p",
        "\"not a descriptor\"",
    );
    assert_invalid(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "activity_name": "A", "properties": {"p": {"Multiple": "lots"}}}),
        "properties.p.Multiple",
        "\"lots\"",
    );
    assert_invalid(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "activity_name": "A", "properties": 5}),
        "properties",
        "5",
    );
    assert_invalid(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "r", "activity_name": "A", "properties": {}, "document_type": "crm"}),
        "document_type",
        "\"crm\"",
    );
}

#[test]
fn errors_stay_short_for_huge_input() {
    let huge_code = format!("LANDING_BLOCK_{}", "X".repeat(10_000));
    let huge_value = "9".repeat(10_000);
    let error = err(
        &huge_code,
        json!({"ID": huge_value, "CODE": "c", "LID": "1"}),
    );
    let PlacementError::InvalidField {
        code, field, value, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(
        code.chars().count() <= 81 && value.chars().count() <= 81,
        "{error:?}"
    );
    assert_eq!(field, "ID");
    assert!(error.to_string().len() < 400);
}
