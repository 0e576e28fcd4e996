//! CRM automation triggers: add (and rename), list, delete, execute with its checks and its record.

use super::*;

#[test]
fn triggers_are_added_renamed_listed_fired_and_deleted() {
    let (state, token) = setup();
    assert_eq!(
        ok(&state, &token, "crm.automation.trigger.list", json!({}))["result"],
        json!([])
    );
    ok(
        &state,
        &token,
        "crm.automation.trigger.add",
        json!({"CODE": "b24w.rating-low", "NAME": "Low rating"}),
    );
    ok(
        &state,
        &token,
        "crm.automation.trigger.add",
        json!({"CODE": "b24w.rating-low", "NAME": "Rated 1 or 2 stars"}),
    );
    assert_eq!(
        ok(&state, &token, "crm.automation.trigger.list", json!({}))["result"],
        json!([{"NAME": "Rated 1 or 2 stars", "CODE": "b24w.rating-low"}])
    );
    ok(
        &state,
        &token,
        "crm.automation.trigger.execute",
        json!({"CODE": "b24w.rating-low", "OWNER_TYPE_ID": 2, "OWNER_ID": "3"}),
    );
    assert_eq!(
        state.store.read().app.trigger_runs,
        vec![json!({"CODE": "b24w.rating-low", "OWNER_TYPE_ID": 2, "OWNER_ID": 3})]
    );
    ok(
        &state,
        &token,
        "crm.automation.trigger.delete",
        json!({"CODE": "b24w.rating-low"}),
    );
    let (status, body) = call(
        &state,
        &token,
        "crm.automation.trigger.delete",
        json!({"CODE": "b24w.rating-low"}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_NOT_FOUND");
}

#[test]
fn bad_codes_names_and_targets_are_refused_and_nothing_runs() {
    let (state, token) = setup();
    for params in [
        json!({"CODE": "Rating", "NAME": "x"}),
        json!({"CODE": "rating low", "NAME": "x"}),
        json!({"CODE": "", "NAME": "x"}),
        json!({"CODE": "ok", "NAME": "  "}),
    ] {
        let (status, body) = call(&state, &token, "crm.automation.trigger.add", params);
        assert_eq!(status, 400);
        assert_error(&body, "ERROR_ARGUMENT");
    }
    ok(
        &state,
        &token,
        "crm.automation.trigger.add",
        json!({"CODE": "ok", "NAME": "Ok"}),
    );
    for (params, code) in [
        (
            json!({"CODE": "missing", "OWNER_TYPE_ID": 2, "OWNER_ID": 3}),
            "ERROR_NOT_FOUND",
        ),
        (
            json!({"CODE": "ok", "OWNER_TYPE_ID": 2, "OWNER_ID": 999_999}),
            "ERROR_NOT_FOUND",
        ),
        // Contacts have no stages, so no automation.
        (
            json!({"CODE": "ok", "OWNER_TYPE_ID": 3, "OWNER_ID": 1}),
            "ERROR_NOT_FOUND",
        ),
        (json!({"CODE": "ok", "OWNER_TYPE_ID": 2}), "ERROR_ARGUMENT"),
    ] {
        let (status, body) = call(&state, &token, "crm.automation.trigger.execute", params);
        assert_eq!(status, 400);
        assert_error(&body, code);
    }
    assert!(state.store.read().app.trigger_runs.is_empty());
}
