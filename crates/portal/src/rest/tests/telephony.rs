//! Telephony: external calls registered and finished once (with the CRM call activity), and the call
//! log of `voximplant.statistic.get`.

use super::*;

#[test]
fn register_then_finish_once_logs_the_call_and_its_activity() {
    let (state, token) = setup();
    let before = ok(&state, &token, "voximplant.statistic.get", json!({}))["total"]
        .as_u64()
        .unwrap_or(0);
    let reg = ok(&state, &token, "telephony.externalcall.register", json!({"USER_ID": 1, "PHONE_NUMBER": "+4930123456", "TYPE": 2, "CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 1}))["result"].clone();
    let call_id = reg["CALL_ID"].as_str().unwrap_or_default().to_owned();
    assert!(call_id.starts_with("externalCall."), "{reg}");
    assert_eq!(reg["CRM_ENTITY_TYPE"], "CONTACT");
    // Open calls are not in the statistics yet.
    assert_eq!(
        ok(&state, &token, "voximplant.statistic.get", json!({}))["total"].as_u64(),
        Some(before)
    );
    let done = ok(
        &state,
        &token,
        "telephony.externalcall.finish",
        json!({"CALL_ID": call_id, "USER_ID": 1, "DURATION": 95}),
    )["result"]
        .clone();
    assert_has_keys(
        &done,
        "finish",
        &[
            "ID",
            "CALL_ID",
            "PORTAL_USER_ID",
            "CALL_DURATION",
            "CALL_FAILED_CODE",
            "CRM_ACTIVITY_ID",
            "CALL_STATUS",
        ],
    );
    assert_eq!(done["CALL_FAILED_CODE"], "200");
    assert_eq!(done["CALL_STATUS"], 1);
    let activity = params::as_id(&done["CRM_ACTIVITY_ID"]).unwrap_or(0);
    let listed = ok(
        &state,
        &token,
        "crm.activity.list",
        json!({"filter": {"ID": activity}}),
    )["result"]
        .clone();
    assert_eq!(listed[0]["PROVIDER_ID"], "VOXIMPLANT_CALL");
    assert_eq!(listed[0]["OWNER_TYPE_ID"], "3");
    let (status, body) = call(
        &state,
        &token,
        "telephony.externalcall.finish",
        json!({"CALL_ID": call_id, "USER_ID": 1}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_CORE");
    let log = ok(
        &state,
        &token,
        "voximplant.statistic.get",
        json!({"FILTER": {"CALL_ID": call_id}}),
    );
    assert_eq!(log["total"], 1);
    assert_eq!(log["result"][0]["CALL_DURATION"], "95");
}

#[test]
fn register_and_finish_validate() {
    let (state, token) = setup();
    for (params, code) in [
        (json!({"PHONE_NUMBER": "+1", "TYPE": 2}), "ERROR_CORE"),
        (json!({"USER_ID": 1, "TYPE": 2}), "ERROR_CORE"),
        (
            json!({"USER_ID": 1, "PHONE_NUMBER": "+1", "TYPE": 9}),
            "ERROR_CORE",
        ),
        (
            json!({"USER_ID": 999, "PHONE_NUMBER": "+1", "TYPE": 2}),
            "ERROR_CORE",
        ),
    ] {
        let (status, body) = call(&state, &token, "telephony.externalcall.register", params);
        assert_eq!(status, 400);
        assert_error(&body, code);
    }
    let (_, body) = call(
        &state,
        &token,
        "telephony.externalcall.finish",
        json!({"CALL_ID": 5, "USER_ID": 1}),
    );
    assert_error(&body, "INVALID_ARGUMENT");
    let (_, body) = call(
        &state,
        &token,
        "telephony.externalcall.finish",
        json!({"CALL_ID": "externalCall.nope", "USER_ID": 1}),
    );
    assert_error(&body, "ERROR_CORE");
}

#[test]
fn the_call_log_filters_sorts_and_pages() {
    let (state, token) = setup();
    let first = ok(&state, &token, "voximplant.statistic.get", json!({}));
    assert_eq!(first["total"], 80);
    assert_eq!(first["next"], 50);
    assert_has_keys(
        &first["result"][0],
        "call",
        &[
            "ID",
            "PORTAL_USER_ID",
            "PHONE_NUMBER",
            "CALL_TYPE",
            "CALL_DURATION",
            "CALL_START_DATE",
            "CALL_FAILED_CODE",
        ],
    );
    let missed = ok(
        &state,
        &token,
        "voximplant.statistic.get",
        json!({"FILTER": {"CALL_FAILED_CODE": "304"}}),
    );
    let rows = missed["result"].as_array().cloned().unwrap_or_default();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["CALL_FAILED_CODE"] == "304"));
    let after = ok(
        &state,
        &token,
        "voximplant.statistic.get",
        json!({"FILTER": {">ID": 70}, "SORT": "ID", "ORDER": "ASC"}),
    );
    assert_eq!(ids(&after["result"], "ID"), (71..=80).collect::<Vec<_>>());
}
