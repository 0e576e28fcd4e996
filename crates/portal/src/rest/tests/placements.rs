//! Placement binding.

use super::*;

#[test]
fn placements_bind_get_list_unbind_with_validation() {
    let (state, token) = setup();
    let codes = ok(&state, &token, "placement.list", json!({}))["result"].clone();
    let codes: Vec<String> = codes
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    for code in [
        "CRM_DEAL_DETAIL_TAB",
        "CRM_DYNAMIC_128_DETAIL_TAB",
        "CRM_DYNAMIC_183_DETAIL_TAB",
        "CRM_SMART_INVOICE_DETAIL_TAB",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code}");
    }
    assert!(!codes
        .iter()
        .any(|c| c == "DEFAULT" || c == "USERFIELD_TYPE" || c.contains('<')));

    let bind = |params: Value| call(&state, &token, "placement.bind", params);
    assert_eq!(bind(json!({"PLACEMENT": "crm_deal_detail_tab", "HANDLER": "https://app.example/tab", "TITLE": "Widget", "OPTIONS": {"junk": 1}})).0, 200);
    let stored = state.store.placement_bindings();
    assert_eq!(stored[0]["placement"], "CRM_DEAL_DETAIL_TAB");
    assert_eq!(
        stored[0]["options"],
        json!([]),
        "undeclared options are dropped"
    );
    assert_error(
        &bind(json!({"PLACEMENT": "CRM_DEAL_DETAIL_TAB", "HANDLER": "https://app.example/tab"})).1,
        "ERROR_CORE",
    );
    assert_eq!(
        bind(json!({"PLACEMENT": "DEFAULT", "HANDLER": "https://app.example/"})).1,
        json!({"error": "ERROR_ARGUMENT", "error_description": "Wrong value"})
    );
    assert_error(
        &bind(json!({"PLACEMENT": "NO_SUCH_PLACE", "HANDLER": "https://app.example/"})).1,
        "ERROR_PLACEMENT_NOT_FOUND",
    );
    assert_error(
        &bind(
            json!({"PLACEMENT": "CRM_DYNAMIC_999_DETAIL_TAB", "HANDLER": "https://app.example/"}),
        )
        .1,
        "ERROR_PLACEMENT_NOT_FOUND",
    );
    assert_error(
        &bind(json!({"PLACEMENT": "USERFIELD_TYPE", "HANDLER": "https://app.example/"})).1,
        "ERROR_PLACEMENT_NOT_FOUND",
    );
    assert_error(
        &bind(json!({"PLACEMENT": "CRM_DEAL_LIST_MENU", "HANDLER": "ftp://app.example/x"})).1,
        "ERROR_WRONG_HANDLER_URL",
    );
    assert_error(&bind(json!({"PLACEMENT": "CRM_DEAL_LIST_MENU", "HANDLER": "https://app.example/x", "USER_ID": 2})).1, "ERROR_PLACEMENT_USER_MODE");
    assert_error(
        &bind(json!({"PLACEMENT": "IM_TEXTAREA", "HANDLER": "https://app.example/im"})).1,
        "ERROR_ARGUMENT",
    );
    assert_eq!(bind(json!({"PLACEMENT": "IM_TEXTAREA", "HANDLER": "https://app.example/im", "OPTIONS": {"iconName": "fa-rocket", "foo": "x"}})).0, 200);
    assert_error(
        &bind(json!({"PLACEMENT": "PAGE_BACKGROUND_WORKER", "HANDLER": "https://app.example/bg"}))
            .1,
        "EMPTY_ERROR_HANDLER_URL",
    );
    let worker = json!({"PLACEMENT": "PAGE_BACKGROUND_WORKER", "HANDLER": "https://app.example/bg", "OPTIONS": {"errorHandlerUrl": "https://app.example/err"}});
    assert_eq!(bind(worker.clone()).0, 200);
    let mut second = worker.clone();
    second["HANDLER"] = json!("https://app.example/bg2");
    assert_error(&bind(second).1, "ERROR_PLACEMENT_MAX_COUNT");
    assert_eq!(
        bind(
            json!({"PLACEMENT": "CRM_DYNAMIC_128_DETAIL_TAB", "HANDLER": "https://app.example/p"})
        )
        .0,
        200
    );

    let got = ok(&state, &token, "placement.get", json!({}))["result"].clone();
    assert_eq!(got.as_array().map(Vec::len), Some(4));
    let im = got
        .as_array()
        .and_then(|a| a.iter().find(|b| b["placement"] == "IM_TEXTAREA").cloned())
        .unwrap_or_default();
    assert_eq!(im["options"], json!({"iconName": "fa-rocket"}));
    assert_has_keys(
        &got[0],
        "binding",
        &[
            "placement",
            "userId",
            "handler",
            "options",
            "title",
            "description",
            "langAll",
        ],
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "placement.unbind",
            json!({"PLACEMENT": "CRM_DEAL_DETAIL_TAB"})
        )["result"]["count"],
        1
    );
    assert_eq!(state.store.placement_bindings().len(), 3);
}
