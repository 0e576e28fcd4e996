//! The rate limit: bursts never reach the portal's 503, and 503/429 that do happen are waited out.

use futures::future::join_all;
use rest::testing::{PortalConfig, Reply, Rig, EPOCH_MS};
use rest::{ClientConfig, RateLimit, RawResponse, RestError};
use serde_json::{json, Value};

#[test]
fn a_burst_of_500_calls_never_earns_a_503() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let calls = (0..500u64).map(|i| {
        rig.client
            .call::<Value>("crm.deal.get", json!({"id": i % 100 + 1}))
    });
    let results = rig.run(join_all(calls));
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    let portal = rig.portal.counters();
    assert_eq!(
        (portal.requests, portal.rejected),
        (500, 0),
        "the limiter kept every request inside the portal's bucket"
    );
    let stats = rig.client.stats();
    assert_eq!((stats.requests, stats.retries.total()), (500, 0));
    // 50 at once, then one per 500 ms: the last leaves at 225 s and is answered 50 ms later.
    assert_eq!(rig.clock.elapsed_ms(), 450 * 500 + 50);
    assert!(stats.waited_ms > 0);
}

#[test]
fn enterprise_limits_pace_faster() {
    let config = ClientConfig {
        rate: RateLimit::enterprise(),
        ..ClientConfig::default()
    };
    let rig = Rig::fetch(
        PortalConfig {
            rate: RateLimit::enterprise(),
            ..PortalConfig::default()
        },
        config,
    );
    let results = rig.run(join_all(
        (0..500).map(|_| rig.client.call::<Value>("user.current", json!({}))),
    ));
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(rig.portal.counters().rejected, 0);
    assert_eq!(rig.clock.elapsed_ms(), 250 * 200 + 50);
}

#[test]
fn when_someone_else_shares_the_quota_503s_are_retried_and_never_reach_the_caller() {
    // The client believes in a bigger bucket than the portal grants (another tab spends the rest).
    let config = ClientConfig {
        rate: RateLimit {
            burst: 55,
            drain_per_sec: 2,
        },
        ..ClientConfig::default()
    };
    let rig = Rig::fetch(PortalConfig::default(), config);
    let results = rig.run(join_all(
        (0..60).map(|_| rig.client.call::<Value>("user.current", json!({}))),
    ));
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    let rejected = rig.portal.counters().rejected;
    assert!(rejected > 0, "the portal did reject some");
    assert_eq!(
        rig.client.stats().retries.rate_limited,
        rejected,
        "every 503 was retried, visibly"
    );
}

#[test]
fn a_503_that_persists_ends_as_rate_limited_after_max_retries() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let busy = RawResponse {
        status: 503,
        body: json!({"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"})
            .to_string(),
    };
    for _ in 0..4 {
        rig.portal.script(None, Reply::Answer(busy.clone()));
    }
    assert_eq!(
        rig.run(rig.client.call::<Value>("user.current", json!({}))),
        Err(RestError::RateLimited)
    );
    let stats = rig.client.stats();
    assert_eq!((stats.requests, stats.retries.rate_limited), (4, 3));
    assert_eq!(stats.backoff_ms, 500 + 750 + 1125);
}

#[test]
fn operation_time_limit_waits_for_the_reset_and_retries_once() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let reset_at = (EPOCH_MS + 12_000.0) / 1000.0;
    let limited = RawResponse {
        status: 429,
        body: json!({"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked", "time": {"operating_reset_at": reset_at}}).to_string(),
    };
    rig.portal
        .script(Some("crm.deal.get"), Reply::Answer(limited.clone()));
    let deal: Value = rig
        .run(rig.client.call("crm.deal.get", json!({"id": 3})))
        .unwrap();
    assert_eq!(deal["ID"], "3");
    assert_eq!(
        rig.clock.elapsed_ms(),
        12_000 + 50,
        "waited until operating_reset_at, then one round trip"
    );
    assert_eq!(rig.client.stats().retries.operation_time_limit, 1);

    rig.portal
        .script(Some("crm.deal.get"), Reply::Answer(limited.clone()));
    rig.portal
        .script(Some("crm.deal.get"), Reply::Answer(limited));
    let again = rig.run(rig.client.call::<Value>("crm.deal.get", json!({"id": 3})));
    assert!(
        matches!(again, Err(RestError::OperationTimeLimited { .. })),
        "{again:?}"
    );
}
