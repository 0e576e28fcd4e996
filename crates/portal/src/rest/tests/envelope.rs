//! Envelope, auth and method names.

use super::*;

#[test]
fn every_success_carries_the_time_block_and_errors_have_code_and_text() {
    let (state, token) = setup();
    for method in [
        "app.info",
        "user.current",
        "crm.deal.list",
        "tasks.task.list",
        "crm.status.list",
        "placement.list",
        "profile",
        "scope",
    ] {
        let body = ok(&state, &token, method, json!({}));
        assert!(body.get("result").is_some());
    }
    let (status, body) = call(&state, &token, "crm.deal.get", json!({"id": 999_999}));
    assert_eq!(status, 400);
    assert_eq!(body, json!({"error": "", "error_description": "Not found"}));
}

#[test]
fn auth_is_checked_with_the_portal_codes() {
    let (state, token) = setup();
    let (status, body) = handle(&state, "app.info", json!({}), None);
    assert_eq!(status, 401);
    assert_error(&body, "NO_AUTH_FOUND");
    let (status, body) = handle(
        &state,
        "app.info",
        json!({}),
        Some("0123456789abcdef0123456789abcdef"),
    );
    assert_eq!(status, 401);
    assert_error(&body, "invalid_token");
    let expired = state.tokens.mint(0).access_token;
    let (status, body) = handle(&state, "app.info", json!({}), Some(&expired));
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"error": "expired_token", "error_description": "The access token provided has expired."})
    );
    let (status, _) = handle(&state, "app.info", json!({"auth": token}), None);
    assert_eq!(status, 200, "auth inside the parameters works too");
}

#[test]
fn unknown_methods_and_method_name_forms() {
    let (state, token) = setup();
    let (status, body) = call(&state, &token, "crm.nothing.here", json!({}));
    assert_eq!(status, 404);
    assert_error(&body, "ERROR_METHOD_NOT_FOUND");
    assert_eq!(
        call(&state, &token, "CRM.Deal.Get.json", json!({"id": 1})).0,
        200
    );
    for odd in ["абвгд", "é.json", ".json", "", "/", "a/b/c", "крм.json"] {
        assert_eq!(call(&state, &token, odd, json!({})).0, 404, "{odd}");
    }
    let (status, body) = call(
        &state,
        &token,
        "crm.deal.list",
        json!({"start": 1e300, "filter": "", "order": [], "select": {}}),
    );
    assert_eq!(
        (status, body["result"].clone()),
        (200, json!([])),
        "absurd list parameters are tolerated"
    );
}
