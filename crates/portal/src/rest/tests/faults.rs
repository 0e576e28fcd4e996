//! Fault injection: rate limit, failures, operating time, delays, and the log.

use super::*;

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
