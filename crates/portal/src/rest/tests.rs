//! The fake REST API end to end: envelope, auth, paging, filters, batch, HTTP parsing, CORS, faults,
//! and the documented shape of every method's answer.

use super::*;
use crate::faults::FaultConfig;
use crate::rest::envelope::assert_time_block;
use crate::store::crm::{DEAL_WITHOUT_CLIENT, DEAL_WITH_SCRIPT_TITLE};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::json;
use tower::ServiceExt;

/// A fresh emulator and a valid token.
fn setup() -> (EmulatorState, String) {
    let state = EmulatorState::new();
    let token = state.tokens.mint(3600).access_token;
    (state, token)
}

fn call(state: &EmulatorState, token: &str, method: &str, params: Value) -> (u16, Value) {
    handle(state, method, params, Some(token))
}

/// Calls a method that must succeed and returns its body.
fn ok(state: &EmulatorState, token: &str, method: &str, params: Value) -> Value {
    let (status, body) = call(state, token, method, params);
    assert_eq!(status, 200, "{method}: {body}");
    assert_time_block(&body["time"]);
    body
}

/// Asserts that `value` (an answer row) has every one of `keys`; `label` names it in the message.
fn assert_has_keys(value: &Value, label: &str, keys: &[&str]) {
    for key in keys {
        assert!(value.get(key).is_some(), "{label}.{key}");
    }
}

fn assert_error(body: &Value, code: &str) {
    assert_eq!(body["error"], code, "{body}");
    assert!(body["error_description"].is_string(), "{body}");
}

fn ids(rows: &Value, key: &str) -> Vec<u64> {
    let lower = key.to_ascii_lowercase();
    rows.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| params::as_id(r.get(key).unwrap_or(&r[lower.as_str()])))
                .collect()
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------- envelope, auth, method names

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

// ---------------------------------------------------------------- paging, filters, order, select

#[test]
fn lists_page_by_fifty_with_next_and_total() {
    let (state, token) = setup();
    let first = ok(&state, &token, "crm.deal.list", json!({}));
    assert_eq!(first["result"].as_array().map(Vec::len), Some(50));
    assert_eq!(
        (first["total"].clone(), first["next"].clone()),
        (json!(150), json!(50))
    );
    let last = ok(&state, &token, "crm.deal.list", json!({"start": 100}));
    assert_eq!(last["result"].as_array().map(Vec::len), Some(50));
    assert!(last.get("next").is_none());
    assert_eq!(ids(&last["result"], "ID")[0], 101);
    let items = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 3, "start": "50"}),
    );
    assert_eq!(items["result"]["items"].as_array().map(Vec::len), Some(50));
    assert_eq!(items["next"], 100);
    assert_eq!(items["total"], 120);
}

/// The b24jssdk fast export: `order ID ASC`, `filter >ID`, `start=-1`, stop below 50 rows.
fn walk(
    state: &EmulatorState,
    token: &str,
    method: &str,
    base: Value,
    id_key: &str,
    rows_at: &dyn Fn(&Value) -> Value,
) -> Vec<u64> {
    let mut seen = Vec::new();
    let mut last = 0;
    loop {
        let mut params = base.clone();
        params["order"] = json!({ id_key: "ASC" });
        params["filter"] = json!({ format!(">{id_key}"): last });
        params["start"] = json!(-1);
        let body = ok(state, token, method, params);
        assert_eq!(body["total"], 0, "no count in start=-1 mode");
        assert!(body.get("next").is_none());
        let page = ids(&rows_at(&body), id_key);
        seen.extend(&page);
        match page.last() {
            Some(id) if page.len() == 50 => last = *id,
            _ => break,
        }
    }
    seen
}

#[test]
fn id_cursor_walk_returns_every_row_exactly_once() {
    let (state, token) = setup();
    let deals = walk(&state, &token, "crm.deal.list", json!({}), "ID", &|b| {
        b["result"].clone()
    });
    assert_eq!(deals, (1..=150).collect::<Vec<u64>>());
    let contacts = walk(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 3}),
        "id",
        &|b| b["result"]["items"].clone(),
    );
    assert_eq!(contacts, (1..=120).collect::<Vec<u64>>());
    let tasks = walk(&state, &token, "tasks.task.list", json!({}), "ID", &|b| {
        b["result"]["tasks"].clone()
    });
    assert_eq!(tasks.len(), 120);
    assert!(tasks.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn order_select_and_filter_on_real_methods() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "crm.deal.list",
        json!({"order": {"OPPORTUNITY": "DESC"}, "filter": {"CATEGORY_ID": 1, ">OPPORTUNITY": 1000}, "select": ["ID", "TITLE", "OPPORTUNITY", "UF_*"]}),
    );
    let rows = body["result"].as_array().cloned().unwrap_or_default();
    assert!(!rows.is_empty());
    let amounts: Vec<f64> = rows
        .iter()
        .filter_map(|r| params::as_f64(&r["OPPORTUNITY"]))
        .collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]) && amounts.iter().all(|a| *a > 1000.0));
    let keys: Vec<&String> = rows[0]
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        [
            "ID",
            "TITLE",
            "OPPORTUNITY",
            "UF_CRM_1700000000001",
            "UF_CRM_1700000000002"
        ]
    );

    let partners = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 2, "filter": {"@stageId": ["C1:WON", "C1:LOSE"]}, "select": ["id", "stageId"]}),
    );
    let items = partners["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        !items.is_empty()
            && items
                .iter()
                .all(|i| i["stageId"] == "C1:WON" || i["stageId"] == "C1:LOSE")
    );

    let like = ok(
        &state,
        &token,
        "crm.company.list",
        json!({"filter": {"%TITLE": "ромаш"}}),
    );
    assert!(
        like["total"].as_u64().is_some_and(|t| t >= 1),
        "case-insensitive Cyrillic substring"
    );

    let mine = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"RESPONSIBLE_ID": 10, "!REAL_STATUS": 5}, "select": ["ID", "TITLE", "RESPONSIBLE_ID"]}),
    );
    for t in mine["result"]["tasks"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        assert_eq!(t["responsibleId"], "10");
        assert_eq!(
            t["responsible"]["id"], "10",
            "selecting RESPONSIBLE_ID brings the responsible object"
        );
        assert!(t.get("description").is_none());
    }
}

// ---------------------------------------------------------------- batch

#[test]
fn batch_with_a_map_resolves_references_including_array_indices() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"halt": 0, "cmd": {
            "list": "crm.item.list?entityTypeId=2&order[id]=asc",
            "deal": "crm.deal.get?id=$result[list][items][49][id]",
            "contact": "crm.contact.get?id=$result[deal][CONTACT_ID]",
            "title": "crm.deal.list?filter[ID]=$result[deal][ID]&select[]=TITLE",
            "missing": "crm.deal.get?id=999999",
            "after_error": "user.get?ID=$result_error[missing][error_description]",
        }}),
    );
    let r = &body["result"];
    assert_eq!(
        r["result"]["deal"]["ID"], "50",
        "$result[list][items][49][id] is the 50th item"
    );
    assert_eq!(
        r["result"]["contact"]["ID"],
        r["result"]["deal"]["CONTACT_ID"]
    );
    assert_eq!(r["result"]["title"][0]["ID"], "50");
    assert_eq!(
        r["result_error"]["missing"],
        json!({"error": "", "error_description": "Not found"})
    );
    assert_eq!(r["result_total"]["list"], 150);
    assert_eq!(r["result_next"]["list"], 50);
    assert_eq!(
        r["result"]["after_error"],
        json!([]),
        "the macro became 'Not found', no user has that id"
    );
    assert_time_block(&r["result_time"]["deal"]);
    assert!(r["result"].is_object() && r["result_time"].is_object());
}

#[test]
fn batch_chains_id_cursor_pages_by_reference_and_a_broken_link_never_repeats_rows() {
    // What the client's IdCursorBatch sends: page k+1 starts after the last id of page k. The
    // emulator seeds 120 contacts, so the chain runs past the end at page 3.
    let (state, token) = setup();
    let page = |after: &str| {
        format!("crm.item.list?entityTypeId=3&order[id]=ASC&filter[>id]={after}&start=-1")
    };
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"halt": 0, "cmd": {
            "id0": page("0"),
            "id1": page("$result[id0][items][49][id]"),
            "id2": page("$result[id1][items][49][id]"),
            "id3": page("$result[id2][items][49][id]"),
        }}),
    );
    let results = &body["result"]["result"];
    let pages: Vec<Vec<u64>> = ["id0", "id1", "id2"]
        .iter()
        .map(|name| ids(&results[*name]["items"], "id"))
        .collect();
    assert_eq!(
        pages,
        [
            (1..=50).collect::<Vec<_>>(),
            (51..=100).collect(),
            (101..=120).collect()
        ]
    );
    // Page id2 is short: `[49]` is unset, so the portal substitutes the deepest value it reached
    // (the whole page) and the filter is no longer a number. What a real portal answers then is not
    // documented (the client never reads past a short page); the emulator matches no row.
    assert_eq!(results["id3"], json!({"items": []}));
}

#[test]
fn batch_with_a_list_answers_arrays_and_empty_parts_are_empty_arrays() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"cmd": ["app.info", "user.current", "profile"]}),
    );
    let r = &body["result"];
    assert_eq!(r["result"].as_array().map(Vec::len), Some(3));
    assert_eq!(r["result_error"], json!([]));
    assert_eq!(r["result_total"], json!([]));
    assert_eq!(r["result_next"], json!([]));
    assert_eq!(r["result_time"].as_array().map(Vec::len), Some(3));
}

#[test]
fn batch_limits_nesting_and_halt() {
    let (state, token) = setup();
    let cmd: Vec<String> = (0..51).map(|_| "app.info".to_owned()).collect();
    let (status, body) = call(&state, &token, "batch", json!({"cmd": cmd}));
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_BATCH_LENGTH_EXCEEDED");
    assert_eq!(
        call(
            &state,
            &token,
            "batch",
            json!({"cmd": vec!["app.info"; 50]})
        )
        .0,
        200,
        "50 is allowed"
    );

    let nested = ok(
        &state,
        &token,
        "batch",
        json!({"cmd": {"inner": "batch?cmd[0]=app.info", "after": "app.info"}}),
    );
    assert_error(
        &nested["result"]["result_error"]["inner"],
        "ERROR_BATCH_METHOD_NOT_ALLOWED",
    );
    assert!(
        nested["result"]["result"]["after"].is_object(),
        "halt=0 goes on"
    );

    let halted = ok(
        &state,
        &token,
        "batch",
        json!({"halt": 1, "cmd": ["app.info", "crm.deal.get?id=0", "user.current"]}),
    );
    assert_eq!(halted["result"]["result"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        halted["result"]["result_error"],
        json!({"1": {"error": "", "error_description": "ID is not defined or invalid."}})
    );
    let unknown = ok(
        &state,
        &token,
        "batch",
        json!({"cmd": {"x": "no.such.method"}}),
    );
    assert_error(
        &unknown["result"]["result_error"]["x"],
        "ERROR_METHOD_NOT_FOUND",
    );
    assert_eq!(unknown["result"]["result"], json!([]));
}

// ---------------------------------------------------------------- HTTP: bodies, suffix, CORS, avatars

async fn send(
    state: &EmulatorState,
    request: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = router(state.clone())
        .oneshot(request)
        .await
        .unwrap_or_else(|e| match e {});
    let (parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    (parts.status, parts.headers, bytes)
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or(Value::Null)
}

fn post(uri: &str, content_type: &str, body: String) -> Request<Body> {
    Request::post(uri)
        .header("content-type", content_type)
        .header("origin", "http://127.0.0.1:8080")
        .body(Body::from(body))
        .unwrap_or_default()
}

#[tokio::test]
async fn bx24_style_text_plain_form_body_with_json_suffix() {
    let (state, token) = setup();
    let form = form::encode(
        &json!({"auth": token, "filter": {">ID": 140, "CATEGORY_ID": 0}, "select": ["ID", "TITLE"], "order": {"ID": "DESC"}}),
    );
    let (status, headers, body) = send(
        &state,
        post("/rest/crm.deal.list.json", "text/plain;charset=UTF-8", form),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers["access-control-allow-origin"],
        "http://127.0.0.1:8080"
    );
    assert_eq!(headers["vary"], "Origin");
    assert!(headers["content-type"]
        .to_str()
        .is_ok_and(|c| c.starts_with("application/json")));
    let body = json_of(&body);
    let got = ids(&body["result"], "ID");
    assert!(
        !got.is_empty() && got.iter().all(|id| *id > 140) && got.windows(2).all(|w| w[0] > w[1])
    );
    assert_time_block(&body["time"]);
}

#[tokio::test]
async fn sdk_style_json_body_with_telemetry_query_and_batch() {
    let (state, token) = setup();
    let payload = json!({"auth": token, "halt": 1, "cmd": {"d": "crm.deal.get?id=5", "c": "crm.item.get?entityTypeId=2&id=$result[d][ID]"}});
    let uri = "/rest/batch?bx24_request_id=0190f0e0-0000-7000-8000-000000000000&bx24_sdk_ver=2.1.0&bx24_sdk_type=b24-js-sdk";
    let (status, _, body) = send(&state, post(uri, "application/json", payload.to_string())).await;
    assert_eq!(status, StatusCode::OK);
    let body = json_of(&body);
    assert_eq!(body["result"]["result"]["c"]["item"]["id"], 5);
    let logged = state.log.since(0);
    let last = logged
        .iter()
        .rev()
        .find(|e| e.kind == "rest")
        .map(|e| e.data.clone())
        .unwrap_or(Value::Null);
    assert_eq!(last["method"], "batch");
    assert!(
        last["params"].get("bx24_request_id").is_none(),
        "telemetry parameters are dropped"
    );
}

#[tokio::test]
async fn bx24_batch_commands_arrive_form_encoded_twice() {
    let (state, token) = setup();
    // BX24.js builds `method?query` with its form encoder, then encodes the whole string again.
    let inner = format!(
        "crm.deal.list?{}",
        form::encode(&json!({"filter": {"@ID": [3, 4]}, "select": ["ID"]}))
    );
    let outer = form::encode(&json!({"auth": token, "halt": 0, "cmd": {"deals": inner}}));
    let (status, _, body) = send(
        &state,
        post("/rest/batch.json", "text/plain;charset=UTF-8", outer),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        ids(&json_of(&body)["result"]["result"]["deals"], "ID"),
        vec![3, 4]
    );
}

#[tokio::test]
async fn get_with_query_auth_and_errors_over_http() {
    let (state, token) = setup();
    let (status, _, body) = send(
        &state,
        Request::get(format!("/rest/user.get?auth={token}&ID[]=2&ID[]=3"))
            .body(Body::empty())
            .unwrap_or_default(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&json_of(&body)["result"], "ID"), vec![2, 3]);
    let (status, headers, body) = send(
        &state,
        post("/rest/app.info", "application/json", "{not json".into()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        headers["access-control-allow-origin"], "http://127.0.0.1:8080",
        "errors carry CORS too"
    );
    assert_error(&json_of(&body), "NO_AUTH_FOUND");
    let (status, _, body) = send(
        &state,
        post("/rest/no.such", "text/plain", format!("auth={token}")),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_error(&json_of(&body), "ERROR_METHOD_NOT_FOUND");
}

#[tokio::test]
async fn cors_preflight_echoes_origin_and_requested_headers() {
    let (state, _) = setup();
    let request = Request::options("/rest/crm.deal.list")
        .header("origin", "http://localhost:8080")
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "content-type, x-request-id",
        )
        .body(Body::empty())
        .unwrap_or_default();
    let (status, headers, _) = send(&state, request).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        headers["access-control-allow-origin"],
        "http://localhost:8080"
    );
    assert_eq!(
        headers["access-control-allow-methods"],
        "GET, POST, OPTIONS"
    );
    assert_eq!(
        headers["access-control-allow-headers"],
        "content-type, x-request-id"
    );
    assert!(headers.contains_key("access-control-max-age"));
    let bare = Request::options("/rest/app.info")
        .body(Body::empty())
        .unwrap_or_default();
    let (_, headers, _) = send(&state, bare).await;
    assert_eq!(headers["access-control-allow-origin"], "*");
    assert_eq!(headers["access-control-allow-headers"], "content-type");
}

#[tokio::test]
async fn avatars_are_svg_with_initials() {
    let (state, token) = setup();
    state.store.set_public_origin("http://localhost:9000");
    let user = ok(&state, &token, "user.get", json!({"ID": 3}));
    assert_eq!(
        user["result"][0]["PERSONAL_PHOTO"],
        "http://localhost:9000/emulator/avatar/3.svg"
    );
    let (status, headers, body) = send(
        &state,
        Request::get("/emulator/avatar/3.svg")
            .body(Body::empty())
            .unwrap_or_default(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "image/svg+xml");
    let svg = String::from_utf8(body).unwrap_or_default();
    assert!(
        svg.starts_with("<svg") && svg.contains("<circle") && svg.contains(">ДИ<"),
        "{svg}"
    );
    for missing in [
        "/emulator/avatar/999.svg",
        "/emulator/avatar/abc.svg",
        "/emulator/avatar/3.png",
    ] {
        let (status, _, _) = send(
            &state,
            Request::get(missing)
                .body(Body::empty())
                .unwrap_or_default(),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
    }
}

// ---------------------------------------------------------------- faults

fn with_faults(state: &EmulatorState, config: FaultConfig) {
    state.faults.set(config);
}

#[test]
fn rate_limit_lets_fifty_rapid_calls_through_then_answers_503() {
    let (state, token) = setup();
    with_faults(
        &state,
        FaultConfig {
            rate_limit: true,
            ..Default::default()
        },
    );
    let statuses: Vec<u16> = (0..60)
        .map(|_| call(&state, &token, "server.time", json!({})).0)
        .collect();
    assert!(statuses[..50].iter().all(|s| *s == 200), "{statuses:?}");
    assert!(statuses[50..].iter().all(|s| *s == 503), "{statuses:?}");
    let (_, body) = call(&state, &token, "server.time", json!({}));
    assert_error(&body, "QUERY_LIMIT_EXCEEDED");
}

#[test]
fn a_batch_counts_once_towards_the_rate_limit() {
    let (state, token) = setup();
    with_faults(
        &state,
        FaultConfig {
            rate_limit: true,
            burst: 2.0,
            drain_per_sec: 0.0,
            ..Default::default()
        },
    );
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"cmd": vec!["app.info"; 50]}),
    );
    assert_eq!(body["result"]["result"].as_array().map(Vec::len), Some(50));
    assert_eq!(call(&state, &token, "app.info", json!({})).0, 200);
    assert_eq!(call(&state, &token, "app.info", json!({})).0, 503);
}

#[test]
fn every_nth_request_fails_with_500() {
    let (state, token) = setup();
    with_faults(
        &state,
        FaultConfig {
            fail_every: 3,
            ..Default::default()
        },
    );
    let statuses: Vec<u16> = (0..9)
        .map(|_| call(&state, &token, "app.info", json!({})).0)
        .collect();
    assert_eq!(statuses, [200, 200, 500, 200, 200, 500, 200, 200, 500]);
    call(&state, &token, "app.info", json!({}));
    call(&state, &token, "app.info", json!({}));
    let (_, body) = call(&state, &token, "app.info", json!({}));
    assert_error(&body, "INTERNAL_SERVER_ERROR");
}

#[test]
fn operation_limited_methods_answer_429_with_the_reset_time() {
    let (state, token) = setup();
    ok(&state, &token, "crm.deal.list", json!({}));
    with_faults(
        &state,
        FaultConfig {
            operation_limited: vec!["crm.deal.list".into()],
            ..Default::default()
        },
    );
    let (status, body) = call(&state, &token, "crm.deal.list", json!({}));
    assert_eq!(status, 429);
    assert_error(&body, "OPERATION_TIME_LIMIT");
    assert!(body["time"]["operating_reset_at"]
        .as_i64()
        .is_some_and(|t| t > crate::store::time::now_secs()));
    assert!(body["time"]["operating"].as_f64().is_some_and(|o| o > 0.0));
    assert_eq!(
        call(&state, &token, "crm.deal.get", json!({"id": 1})).0,
        200,
        "other methods still work"
    );
    let in_batch = ok(
        &state,
        &token,
        "batch",
        json!({"cmd": ["crm.deal.list", "app.info"]}),
    );
    // A list `cmd` whose only error is command 0 prints `result_error` as a JSON array, like PHP.
    assert_error(
        &in_batch["result"]["result_error"][0],
        "OPERATION_TIME_LIMIT",
    );
}

#[test]
fn operating_time_accumulates_per_method() {
    let (state, token) = setup();
    let first = ok(&state, &token, "tasks.task.list", json!({}))["time"]["operating"]
        .as_f64()
        .unwrap_or(-1.0);
    let second = ok(&state, &token, "tasks.task.list", json!({}))["time"]["operating"]
        .as_f64()
        .unwrap_or(-1.0);
    let other = ok(&state, &token, "server.time", json!({}))["time"]["operating"]
        .as_f64()
        .unwrap_or(-1.0);
    assert!(first > 0.0 && second > first, "{first} {second}");
    assert!(other < second, "counted per method");
}

#[tokio::test]
async fn delay_is_applied_before_answering() {
    let (state, token) = setup();
    with_faults(
        &state,
        FaultConfig {
            delay_ms: 150,
            ..Default::default()
        },
    );
    let started = std::time::Instant::now();
    let (status, _, _) = send(
        &state,
        post("/rest/app.info", "text/plain", format!("auth={token}")),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(started.elapsed() >= std::time::Duration::from_millis(150));
}

#[test]
fn the_log_records_calls_without_tokens() {
    let (state, token) = setup();
    call(&state, &token, "crm.deal.get", json!({"id": 2}));
    call(
        &state,
        &token,
        "batch",
        json!({"cmd": [format!("app.info?auth={token}")]}),
    );
    handle(&state, "app.info", json!({"auth": token}), None);
    let entries = state.log.since(0);
    let text = serde_json::to_string(&entries).unwrap_or_default();
    assert!(!text.contains(&token), "{text}");
    let first = &entries[0].data;
    assert_eq!(
        (
            first["method"].clone(),
            first["status"].clone(),
            first["params"]["id"].clone()
        ),
        (json!("crm.deal.get"), json!(200), json!(2))
    );
    assert!(first["ms"].is_number());
    call(&state, &token, "crm.deal.get", json!({}));
    let last = state
        .log
        .since(0)
        .last()
        .map(|e| e.data.clone())
        .unwrap_or_default();
    assert_eq!(
        (last["status"].clone(), last["error"].clone()),
        (json!(400), json!(""))
    );
}

// ---------------------------------------------------------------- method shapes

#[test]
fn crm_item_get_list_fields_and_smart_process() {
    let (state, token) = setup();
    let item = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 1}),
    )["result"]["item"]
        .clone();
    assert_has_keys(
        &item,
        "item",
        &[
            "id",
            "title",
            "stageId",
            "categoryId",
            "opportunity",
            "currencyId",
            "assignedById",
            "createdTime",
            "contactIds",
            "observers",
            "entityTypeId",
            "ufCrm_1700000000001",
        ],
    );
    assert!(
        item["id"].is_u64() && item["opportunity"].is_number() && item["contactIds"].is_array()
    );
    let original = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 1, "useOriginalUfNames": "Y"}),
    );
    assert!(original["result"]["item"]
        .get("UF_CRM_1700000000001")
        .is_some());
    let project = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 128, "id": 3}),
    )["result"]["item"]
        .clone();
    assert!(project["stageId"]
        .as_str()
        .is_some_and(|s| s.starts_with("DT128_3:")));
    assert!(project.get("ufCrm1_1700000000101").is_some() && project.get("parentId2").is_some());
    let contact = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 3, "id": 1}),
    )["result"]["item"]
        .clone();
    assert!(contact["fm"].as_array().is_some_and(|fm| fm
        .iter()
        .all(|f| f["typeId"].is_string() && f["valueType"].is_string())));
    let contract = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 183, "id": 1}),
    )["result"]["item"]
        .clone();
    assert!(
        contract.get("ufCrm2_1700000000201").is_some()
            && contract["stageId"]
                .as_str()
                .is_some_and(|s| s.starts_with("DT183_4:"))
    );
    for et in [1, 2, 3, 4, 7, 31, 128, 183] {
        let list = ok(&state, &token, "crm.item.list", json!({"entityTypeId": et}));
        assert!(
            list["result"]["items"]
                .as_array()
                .is_some_and(|i| !i.is_empty()),
            "{et}"
        );
    }
    let fields = ok(
        &state,
        &token,
        "crm.item.fields",
        json!({"entityTypeId": 2}),
    )["result"]["fields"]
        .clone();
    assert_eq!(fields["stageId"]["type"], "crm_status");
    assert_eq!(fields["assignedById"]["upperName"], "ASSIGNED_BY_ID");
    assert_eq!(
        fields["ufCrm_1700000000001"]["upperName"],
        "UF_CRM_1700000000001"
    );
    let (status, body) = call(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 999, "id": 1}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "NOT_FOUND");
    let (_, body) = call(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 100_000}),
    );
    assert_eq!(body["error_description"], "Element not found");
}

#[test]
fn legacy_crm_rows_are_upper_case_strings() {
    let (state, token) = setup();
    let deal = ok(
        &state,
        &token,
        "crm.deal.get",
        json!({"id": DEAL_WITH_SCRIPT_TITLE}),
    )["result"]
        .clone();
    assert_has_keys(
        &deal,
        "deal",
        &[
            "ID",
            "TITLE",
            "STAGE_ID",
            "OPPORTUNITY",
            "CURRENCY_ID",
            "ASSIGNED_BY_ID",
            "CONTACT_ID",
            "COMPANY_ID",
            "DATE_CREATE",
            "DATE_MODIFY",
            "BEGINDATE",
            "CLOSEDATE",
            "CATEGORY_ID",
            "STAGE_SEMANTIC_ID",
        ],
    );
    assert!(
        deal["TITLE"]
            .as_str()
            .is_some_and(|t| t.contains("<script>")),
        "stored verbatim, escaping is the app's job"
    );
    assert!(
        deal["ID"].is_string()
            && deal["OPPORTUNITY"]
                .as_str()
                .is_some_and(|o| o.contains('.'))
    );
    let lonely = ok(
        &state,
        &token,
        "crm.deal.get",
        json!({"id": DEAL_WITHOUT_CLIENT}),
    )["result"]
        .clone();
    assert_eq!(
        (lonely["CONTACT_ID"].clone(), lonely["COMPANY_ID"].clone()),
        (Value::Null, Value::Null)
    );
    let contact = ok(&state, &token, "crm.contact.get", json!({"id": 1}))["result"].clone();
    assert!(
        contact["PHONE"]
            .as_array()
            .is_some_and(|p| p[0]["VALUE_TYPE"].is_string())
            && contact["NAME"].is_string()
    );
    let listed = ok(
        &state,
        &token,
        "crm.contact.list",
        json!({"filter": {"ID": 1}}),
    )["result"][0]
        .clone();
    assert!(
        listed.get("PHONE").is_none(),
        "multi-fields only when selected"
    );
    let selected = ok(
        &state,
        &token,
        "crm.contact.list",
        json!({"filter": {"ID": 1}, "select": ["*", "PHONE", "EMAIL"]}),
    )["result"][0]
        .clone();
    assert!(selected["EMAIL"].is_array());
    assert!(
        ok(&state, &token, "crm.lead.get", json!({"id": 1}))["result"]["STATUS_ID"].is_string()
    );
    assert!(
        ok(&state, &token, "crm.company.get", json!({"id": 1}))["result"]["IS_MY_COMPANY"] == "Y"
    );
    assert!(ok(&state, &token, "crm.quote.get", json!({"id": 1}))["result"]["DEAL_ID"].is_string());
    assert_eq!(ok(&state, &token, "crm.lead.list", json!({}))["total"], 80);
    assert_eq!(ok(&state, &token, "crm.quote.list", json!({}))["total"], 40);
    let (status, body) = call(&state, &token, "crm.deal.get", json!({"id": "abc"}));
    assert_eq!(
        (status, body["error_description"].clone()),
        (400, json!("ID is not defined or invalid."))
    );
}

#[test]
fn reference_lists_statuses_currencies_types_categories_activities() {
    let (state, token) = setup();
    let stages = |entity: &str| {
        ok(
            &state,
            &token,
            "crm.status.list",
            json!({"filter": {"ENTITY_ID": entity}, "order": {"SORT": "ASC"}}),
        )["result"]
            .clone()
    };
    let deal = stages("DEAL_STAGE");
    assert_eq!(deal[0]["STATUS_ID"], "NEW");
    assert_eq!(
        deal[0]["EXTRA"],
        json!({"SEMANTICS": "process", "COLOR": "#39A8EF"})
    );
    let won = deal
        .as_array()
        .and_then(|a| a.iter().find(|s| s["STATUS_ID"] == "WON").cloned())
        .unwrap_or_default();
    assert_eq!(
        (won["SEMANTICS"].clone(), won["SORT"].clone()),
        (json!("S"), json!("60"))
    );
    assert!(stages("DEAL_STAGE_1")
        .as_array()
        .is_some_and(|a| a.iter().all(|s| s["STATUS_ID"]
            .as_str()
            .is_some_and(|x| x.starts_with("C1:"))
            && s["CATEGORY_ID"] == "1")));
    for entity in [
        "STATUS",
        "SOURCE",
        "QUOTE_STATUS",
        "SMART_INVOICE_STAGE_2",
        "DYNAMIC_128_STAGE_3",
        "DEAL_TYPE",
    ] {
        assert!(
            stages(entity).as_array().is_some_and(|a| !a.is_empty()),
            "{entity}"
        );
    }
    assert!(stages("SOURCE")[0].get("EXTRA").is_none());

    let currencies = ok(&state, &token, "crm.currency.list", json!({}))["result"].clone();
    assert_eq!(ids(&json!([]), "x").len(), 0);
    let codes: Vec<&str> = currencies
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["CURRENCY"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(codes, ["USD", "EUR", "RUB"]);
    let eur = ok(&state, &token, "crm.currency.get", json!({"id": "eur"}))["result"].clone();
    assert_eq!(eur["FORMAT_STRING"], "&euro;#");
    assert_eq!(eur["LANG"]["de"]["FORMAT_STRING"], "# &euro;");
    assert_eq!(
        call(&state, &token, "crm.currency.get", json!({"id": "XXX"})).0,
        400
    );

    let types = ok(&state, &token, "crm.type.list", json!({}))["result"]["types"].clone();
    assert_eq!(
        (types[0]["entityTypeId"].clone(), types[0]["title"].clone()),
        (json!(128), json!("Projects"))
    );
    assert_eq!(types[1]["entityTypeId"], 183);
    assert!(stages("DYNAMIC_183_STAGE_4")
        .as_array()
        .is_some_and(|a| a.len() == 4));
    let cats = ok(
        &state,
        &token,
        "crm.category.list",
        json!({"entityTypeId": 2}),
    )["result"]["categories"]
        .clone();
    assert_eq!(cats.as_array().map(Vec::len), Some(2));

    let acts = ok(
        &state,
        &token,
        "crm.activity.list",
        json!({"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 3}}),
    )["result"]
        .clone();
    assert!(acts.as_array().is_some_and(|a| a
        .iter()
        .all(|x| x["OWNER_ID"] == "3" && x["SUBJECT"].is_string())));
    assert!(
        ok(&state, &token, "crm.activity.get", json!({"id": 1}))["result"]["PROVIDER_ID"]
            .is_string()
    );
}

#[test]
fn crm_updates_validate_like_the_portal() {
    let (state, token) = setup();
    let updated = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"title": "Renamed", "opportunity": "1234.5", "ufCrm_1700000000002": 7}}),
    );
    assert_eq!(updated["result"]["item"]["title"], "Renamed");
    assert_eq!(updated["result"]["item"]["opportunity"], 1234.5);
    assert_eq!(updated["result"]["item"]["ufCrm_1700000000002"], 7);
    assert_eq!(
        ok(&state, &token, "crm.deal.get", json!({"id": 10}))["result"]["TITLE"],
        "Renamed",
        "one store behind both APIs"
    );

    let moved = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"categoryId": 1}}),
    );
    assert_eq!(
        moved["result"]["item"]["stageId"], "C1:NEW",
        "a new pipeline starts at its first stage"
    );
    let (status, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"stageId": "WON"}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "CRM_FIELD_ERROR_VALUE_NOT_VALID");
    let won = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"stageId": "C1:WON"}}),
    );
    assert_eq!(
        (
            won["result"]["item"]["stageSemanticId"].clone(),
            won["result"]["item"]["closed"].clone()
        ),
        (json!("S"), json!("Y"))
    );
    assert_eq!(won["result"]["item"]["previousStageId"], "C1:NEW");
    let (_, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"assignedById": 999, "title": "lost"}}),
    );
    assert_error(&body, "CRM_FIELD_ERROR_VALUE_NOT_VALID");
    assert_eq!(
        ok(&state, &token, "crm.deal.get", json!({"id": 10}))["result"]["TITLE"],
        "Renamed",
        "a failed update changes nothing"
    );

    assert_eq!(
        ok(
            &state,
            &token,
            "crm.deal.update",
            json!({"id": 11, "fields": {"STAGE_ID": "WON", "CONTACT_ID": 5}})
        )["result"],
        true
    );
    let deal = ok(&state, &token, "crm.deal.get", json!({"id": 11}))["result"].clone();
    assert_eq!(
        (
            deal["STAGE_ID"].clone(),
            deal["CONTACT_ID"].clone(),
            deal["CLOSED"].clone()
        ),
        (json!("WON"), json!("5"), json!("Y"))
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 11, "fields": {"CURRENCY_ID": "XYZ"}}),
    );
    assert_eq!(
        body,
        json!({"error": "", "error_description": "Invalid value for the \"Currency\" field"})
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 11, "fields": ""}),
    );
    assert_eq!(
        body["error_description"],
        "Parameter 'fields' must be array."
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 99_999, "fields": {"TITLE": "x"}}),
    );
    assert_eq!(body["error_description"], "Not found");
}

#[test]
fn users_profile_and_departments() {
    let (state, token) = setup();
    let all = ok(&state, &token, "user.get", json!({}));
    assert_eq!(all["total"], 20);
    let u = all["result"][0].clone();
    assert_has_keys(
        &u,
        "user",
        &[
            "ID",
            "NAME",
            "LAST_NAME",
            "EMAIL",
            "PERSONAL_PHOTO",
            "WORK_POSITION",
            "ACTIVE",
            "UF_DEPARTMENT",
        ],
    );
    assert!(u["ACTIVE"].is_boolean() && u["UF_DEPARTMENT"].is_array());
    assert_eq!(
        ids(
            &ok(&state, &token, "user.get", json!({"ID": [4, 5, 6]}))["result"],
            "ID"
        ),
        vec![4, 5, 6]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"FILTER": {"UF_DEPARTMENT": 4}})
            )["result"],
            "ID"
        ),
        vec![9, 10, 11, 12, 13]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"filter": {"ACTIVE": "N"}})
            )["result"],
            "ID"
        ),
        vec![20]
    );
    assert_eq!(
        ids(
            &ok(
                &state,
                &token,
                "user.get",
                json!({"FILTER": {"FIND": "смирн"}})
            )["result"],
            "ID"
        ),
        vec![8]
    );
    let sorted = ok(
        &state,
        &token,
        "user.get",
        json!({"sort": "ID", "order": "DESC"}),
    );
    assert_eq!(ids(&sorted["result"], "ID")[0], 20);
    let no_photo = ok(
        &state,
        &token,
        "user.get",
        json!({"ID": crate::store::users::USER_WITHOUT_PHOTO}),
    )["result"][0]
        .clone();
    assert_eq!(no_photo["PERSONAL_PHOTO"], "");
    assert_eq!(
        ok(&state, &token, "user.current", json!({}))["result"]["ID"],
        "1"
    );
    let profile = ok(&state, &token, "profile", json!({}))["result"].clone();
    assert_eq!(
        (profile["ID"].clone(), profile["ADMIN"].clone()),
        (json!("1"), json!(true))
    );
    assert_eq!(ok(&state, &token, "department.get", json!({}))["total"], 6);
    assert_eq!(
        ok(&state, &token, "department.get", json!({"PARENT": 1}))["total"],
        5
    );
}

#[test]
fn tasks_checklists_and_groups() {
    let (state, token) = setup();
    let task =
        ok(&state, &token, "tasks.task.get", json!({"taskId": 11}))["result"]["task"].clone();
    assert_has_keys(
        &task,
        "task",
        &[
            "id",
            "title",
            "status",
            "deadline",
            "responsibleId",
            "createdBy",
            "groupId",
            "responsible",
            "creator",
            "group",
        ],
    );
    assert!(task["title"]
        .as_str()
        .is_some_and(|t| t.contains("<script>")));
    for who in ["responsible", "creator"] {
        for key in ["id", "name", "link", "icon", "workPosition"] {
            assert!(task[who][key].is_string(), "{who}.{key}");
        }
    }
    let with_group = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {">GROUP_ID": 0}, "select": ["ID", "GROUP_ID"]}),
    )["result"]["tasks"][0]
        .clone();
    assert!(
        with_group["group"]["name"].is_string()
            && with_group["group"]["id"] == with_group["groupId"]
    );
    let without = ok(
        &state,
        &token,
        "tasks.task.get",
        json!({"taskId": crate::store::tasks::TASK_WITHOUT_DEADLINE}),
    )["result"]["task"]
        .clone();
    assert_eq!(without["deadline"], Value::Null);
    let dated = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"!DEADLINE": ""}, "select": ["ID", "DEADLINE"]}),
    );
    assert!(dated["result"]["tasks"][0]["deadline"]
        .as_str()
        .is_some_and(|d| d.len() == 25 && d.ends_with("+03:00")));
    let by_user7 = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"RESPONSIBLE_ID": 7}, "select": ["ID", "RESPONSIBLE_ID"]}),
    );
    if let Some(t) = by_user7["result"]["tasks"].get(0) {
        assert_eq!(
            t["responsible"]["icon"],
            crate::rest::methods::DEFAULT_TASK_AVATAR_FOR_TESTS
        );
    }
    assert_eq!(
        ok(&state, &token, "tasks.task.get", json!({"taskId": 99_999}))["result"],
        json!([])
    );
    let (status, body) = call(&state, &token, "tasks.task.get", json!({}));
    assert_eq!((status, body["error"].clone()), (400, json!("100")));

    let updated = ok(
        &state,
        &token,
        "tasks.task.update",
        json!({"taskId": 2, "fields": {"TITLE": "Updated", "STATUS": 5, "DEADLINE": "2030-01-02T10:00:00+03:00"}}),
    );
    assert_eq!(updated["result"]["task"]["title"], "Updated");
    assert_eq!(updated["result"]["task"]["status"], "5");
    assert_eq!(
        updated["result"]["task"]["deadline"],
        "2030-01-02T10:00:00+03:00"
    );
    let (status, body) = call(
        &state,
        &token,
        "tasks.task.update",
        json!({"taskId": 2, "fields": {"TITLE": "  "}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_CORE");
    assert_error(
        &call(
            &state,
            &token,
            "tasks.task.update",
            json!({"taskId": 2, "fields": {"RESPONSIBLE_ID": 20}}),
        )
        .1,
        "ERROR_CORE",
    );

    let with_list = state
        .store
        .read()
        .work
        .checklist
        .first()
        .map(|c| c.task_id)
        .unwrap_or(0);
    let items = ok(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!({"TASKID": with_list, "ORDER": {"SORT_INDEX": "asc"}}),
    )["result"]
        .clone();
    let first = items[0].clone();
    assert_has_keys(
        &first,
        "checklist",
        &[
            "ID",
            "TASK_ID",
            "PARENT_ID",
            "TITLE",
            "SORT_INDEX",
            "IS_COMPLETE",
            "IS_IMPORTANT",
            "TOGGLED_BY",
            "TOGGLED_DATE",
            "MEMBERS",
            "ATTACHMENTS",
        ],
    );
    assert!(items.as_array().is_some_and(|a| a
        .iter()
        .all(|i| i["IS_COMPLETE"] == "Y" || i["IS_COMPLETE"] == "N")));
    let positional = ok(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!([with_list]),
    )["result"]
        .clone();
    assert_eq!(
        positional.as_array().map(Vec::len),
        items.as_array().map(Vec::len)
    );
    let (_, body) = call(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!({"TASKID": with_list, "ORDER": {"IS_COMPLETED": "asc"}}),
    );
    assert_error(&body, "ERROR_CORE");
    let item_id = items
        .as_array()
        .and_then(|a| a.iter().find(|i| i["PARENT_ID"] != 0).cloned())
        .map(|i| i["ID"].clone())
        .unwrap_or_default();
    ok(
        &state,
        &token,
        "task.checklistitem.complete",
        json!({"TASKID": with_list, "ITEMID": item_id}),
    );

    let groups = ok(
        &state,
        &token,
        "sonet_group.get",
        json!({"ORDER": {"NAME": "ASC"}}),
    );
    assert_eq!(groups["total"], 6);
    assert!(
        groups["result"][0]["NAME"].is_string()
            && groups["result"][0]["NUMBER_OF_MEMBERS"].is_string()
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "sonet_group.get",
            json!({"FILTER": {"PROJECT": "Y"}})
        )["total"],
        4
    );
}

#[test]
fn calendar_events_by_owner_and_range() {
    let (state, token) = setup();
    let company = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "company_calendar", "ownerId": 0}),
    )["result"]
        .clone();
    let events = company.as_array().cloned().unwrap_or_default();
    assert!(events.len() >= 3);
    assert_has_keys(
        &events[0],
        "event",
        &[
            "ID",
            "CAL_TYPE",
            "OWNER_ID",
            "NAME",
            "DATE_FROM",
            "DATE_TO",
            "DT_SKIP_TIME",
            "SECTION_ID",
            "DATE_FROM_TS_UTC",
        ],
    );
    assert!(events.iter().all(|e| e["CAL_TYPE"] == "company_calendar"));
    let owner = state
        .store
        .read()
        .calendar
        .iter()
        .find(|e| e.cal_type == crate::store::calendar::CalendarType::User)
        .map(|e| e.owner_id)
        .unwrap_or(1);
    let mine = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "user", "ownerId": owner}),
    )["result"]
        .clone();
    assert!(mine.as_array().is_some_and(|a| !a.is_empty()
        && a.iter()
            .all(|e| e["OWNER_ID"] == owner.to_string().as_str())));
    let none = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "user", "ownerId": owner, "from": "2001-01-01", "to": "2001-01-31"}),
    );
    assert_eq!(none["result"], json!([]));
    let groups = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "group", "ownerId": 1}),
    )["result"]
        .clone();
    assert!(groups
        .as_array()
        .is_some_and(|a| a.iter().all(|e| e["CAL_TYPE"] == "group")));
    let (status, body) = call(&state, &token, "calendar.event.get", json!({"ownerId": 1}));
    assert_eq!((status, body["error"].clone()), (400, json!("")));
}

#[test]
fn app_options_info_events_and_custom_fields() {
    let (state, token) = setup();
    let info = ok(&state, &token, "app.info", json!({}))["result"].clone();
    assert_eq!(
        (info["INSTALLED"].clone(), info["STATUS"].clone()),
        (json!(true), json!("L"))
    );
    state.store.set_installed(false);
    assert_eq!(
        ok(&state, &token, "app.info", json!({}))["result"]["INSTALLED"],
        false
    );

    ok(
        &state,
        &token,
        "app.option.set",
        json!({"options": {"theme": "dark"}}),
    );
    assert_eq!(state.store.app_options()["theme"], "dark");
    assert_eq!(
        ok(&state, &token, "app.option.get", json!({"option": "theme"}))["result"],
        "dark"
    );
    ok(
        &state,
        &token,
        "user.option.set",
        json!({"options": {"pinned": "Y"}}),
    );
    assert_eq!(
        ok(&state, &token, "user.option.get", json!({}))["result"],
        json!({"pinned": "Y"})
    );

    assert_eq!(
        ok(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnCrmDealUpdate", "handler": "https://app.example/h"})
        )["result"],
        true
    );
    assert_error(
        &call(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnCrmDealUpdate", "handler": "https://app.example/h"}),
        )
        .1,
        "ERROR_CORE",
    );
    assert_error(
        &call(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnNothing", "handler": "https://app.example/h"}),
        )
        .1,
        "ERROR_EVENT_NOT_FOUND",
    );
    assert_eq!(
        ok(&state, &token, "event.get", json!({}))["result"][0]["event"],
        "ONCRMDEALUPDATE"
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "event.unbind",
            json!({"event": "ONCRMDEALUPDATE"})
        )["result"]["count"],
        1
    );

    let add = json!({"USER_TYPE_ID": "survey", "HANDLER": "https://app.example/uf", "TITLE": "Survey", "OPTIONS": {"height": 60}});
    assert_eq!(
        ok(&state, &token, "userfieldtype.add", add.clone())["result"],
        true
    );
    assert_error(
        &call(&state, &token, "userfieldtype.add", add).1,
        "ERROR_CORE",
    );
    let list = ok(&state, &token, "userfieldtype.list", json!({}));
    assert_eq!(
        (
            list["total"].clone(),
            list["result"][0]["USER_TYPE_ID"].clone()
        ),
        (json!(1), json!("survey"))
    );
    ok(
        &state,
        &token,
        "userfieldtype.update",
        json!({"USER_TYPE_ID": "survey", "TITLE": "Poll"}),
    );
    assert_eq!(
        ok(&state, &token, "userfieldtype.list", json!({}))["result"][0]["TITLE"],
        "Poll"
    );
    let field = ok(
        &state,
        &token,
        "userfieldconfig.add",
        json!({"moduleId": "crm", "field": {"entityId": "CRM_DEAL", "fieldName": "UF_CRM_SURVEY", "userTypeId": "rest_7_survey"}}),
    );
    assert_eq!(field["result"]["field"]["fieldName"], "UF_CRM_SURVEY");
    assert_error(
        &call(
            &state,
            &token,
            "userfieldconfig.add",
            json!({"field": {"entityId": "CRM_DEAL", "fieldName": "bad", "userTypeId": "string"}}),
        )
        .1,
        "ERROR_ARGUMENT",
    );
    ok(
        &state,
        &token,
        "userfieldtype.delete",
        json!({"USER_TYPE_ID": "survey"}),
    );
    assert_eq!(
        ok(&state, &token, "userfieldtype.list", json!({}))["result"],
        json!([])
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "imconnector.activate",
            json!({"CONNECTOR": "my_conn", "LINE": 1, "ACTIVE": 1})
        )["result"],
        true
    );
    assert_eq!(state.store.read().app.connectors["my_conn"]["1"], true);
}

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

#[test]
fn no_method_panics_on_odd_parameters() {
    let (state, token) = setup();
    let odd = [
        json!({}),
        json!([]),
        json!([1, "x"]),
        json!({"id": "abc", "ID": -1, "entityTypeId": "x", "taskId": {}, "TASKID": [1], "fields": "", "filter": [1, 2], "order": "x", "select": 5}),
        json!({"id": 1, "entityTypeId": 2, "taskId": 1, "TASKID": 1, "fields": {"stageId": {}, "TITLE": [], "DEADLINE": "not a date", "opportunity": "1e999"}}),
        json!({"type": "user", "ownerId": "x", "from": "99.99.9999", "to": [], "section": {"a": 1}}),
        json!({"PLACEMENT": "\u{0}", "HANDLER": "https://x", "OPTIONS": [1], "USER_ID": "x", "LANG_ALL": "x"}),
        json!({"cmd": {"a": "batch", "b": "?", "c": "$result[", "d": "crm.deal.get?id=$result[a][b][c]"}, "halt": "Y"}),
        json!({"options": {"": null}, "option": [], "event": "ONAPPINSTALL", "handler": "", "USER_TYPE_ID": "ÿ", "field": {"fieldName": "UF_É"}}),
    ];
    let names: Vec<&str> = methods::names().chain(["batch"]).collect();
    assert!(names.len() > 50);
    for name in names {
        for params in &odd {
            let (status, body) = call(&state, &token, name, params.clone());
            assert!(
                matches!(status, 200 | 400 | 404 | 405),
                "{name} {params}: {status} {body}"
            );
            if status == 200 {
                assert_time_block(&body["time"]);
            } else {
                assert!(
                    body["error"].is_string() && body["error_description"].is_string(),
                    "{name}: {body}"
                );
            }
        }
    }
}
