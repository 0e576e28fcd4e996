//! HTTP: request bodies, the `.json` suffix, GET, CORS and avatars.

use super::*;

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
