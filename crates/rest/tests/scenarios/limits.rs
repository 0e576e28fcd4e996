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

/// A portal where every call costs 9 s of operating time and a method is refused at 480 s, and a
/// client that may wait a whole window for a reset (a background job rather than a widget).
fn heavy_portal(operating: Option<rest::OperatingLimit>) -> Rig {
    let rig = Rig::fetch(
        PortalConfig {
            operating_cost_ms: 9_000,
            operating_limit_ms: Some(480_000),
            ..PortalConfig::default()
        },
        ClientConfig {
            operating,
            operation_limit_wait_cap_ms: 600_000,
            ..ClientConfig::default()
        },
    );
    rig.clock.set_run_limit_ms(3_600_000);
    rig
}

fn heavy_calls(rig: &Rig, calls: u64) -> Vec<Result<Value, RestError>> {
    rig.run(join_all((0..calls).map(|i| {
        rig.client
            .call::<Value>("crm.deal.get", json!({"id": i % 100 + 1}))
    })))
}

#[test]
fn a_method_near_its_operating_limit_is_paced_and_never_refused() {
    let rig = heavy_portal(Some(rest::OperatingLimit::default()));
    let results = heavy_calls(&rig, 80);
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(rig.portal.counters().operation_limited, 0);
    let stats = rig.client.stats();
    assert_eq!(stats.retries.operation_time_limit, 0);
    assert!(stats.operating_wait_ms > 0);
    // 53 calls fit in the window; the 54th waits until the first call's basket drops: the fake
    // portal keeps the portal's one-minute baskets (protocol::meter), so that is the start of the
    // first call's minute plus the ten-minute window (580 s after the clock's epoch).
    let first_basket_drops_ms = (EPOCH_MS / 60_000.0).floor() * 60_000.0 + 600_000.0 - EPOCH_MS;
    assert!(
        rig.clock.elapsed_ms() as f64 > first_basket_drops_ms,
        "{}",
        rig.clock.elapsed_ms()
    );
}

#[test]
fn without_pacing_the_same_calls_run_into_the_operating_limit() {
    let rig = heavy_portal(None);
    heavy_calls(&rig, 80);
    // Refused, then waited out by the reactive retry.
    assert!(rig.portal.counters().operation_limited > 0);
    assert!(rig.client.stats().retries.operation_time_limit > 0);
    assert_eq!(rig.client.stats().operating_wait_ms, 0);
}

#[test]
fn a_batch_is_paced_by_its_commands_methods() {
    let rig = heavy_portal(Some(rest::OperatingLimit::default()));
    let results = heavy_calls(&rig, 52);
    assert!(results.iter().all(Result::is_ok));
    let before = rig.client.stats();
    let mut batch = rest::Batch::new();
    batch.add("deal", "crm.deal.get", json!({"id": 1}));
    batch.add("me", "user.current", json!({}));
    let answers = rig.run(rig.client.batch(batch)).unwrap();
    assert!(answers.error("deal").is_none() && answers.error("me").is_none());
    assert!(
        rig.client.stats().since(&before).operating_wait_ms > 0,
        "crm.deal.get had used 468 of 480 s"
    );
    assert_eq!(rig.portal.counters().operation_limited, 0);
}

#[test]
fn a_reset_beyond_the_cap_is_waited_for_once_not_twice() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let limited = RawResponse {
        status: 429,
        body: json!({"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked", "time": {"operating_reset_at": (EPOCH_MS + 200_000.0) / 1000.0}}).to_string(),
    };
    rig.portal
        .script(Some("crm.deal.get"), Reply::Answer(limited));
    let (first, second) = rig.run(async {
        let first = rig.client.call::<Value>("crm.deal.get", json!({"id": 3}));
        // Issued while the first waits: the refusal marked the method spent, so it waits too
        // instead of earning its own 429.
        let second = async {
            rest::Runtime::sleep(&rig.clock, 1_000).await;
            rig.client
                .call::<Value>("crm.deal.get", json!({"id": 4}))
                .await
        };
        futures::join!(first, second)
    });
    assert_eq!(first.unwrap()["ID"], "3");
    assert_eq!(second.unwrap()["ID"], "4");
    // The refusal comes at 50 ms. The second call, issued at 1 s, waits the 60 s cap once and is
    // answered at 61 050 ms; the first call's retry (after its own capped wait) queues behind it
    // for the method and goes unpaced.
    assert_eq!(rig.clock.elapsed_ms(), 1_000 + 60_000 + 50 + 50);
    let stats = rig.client.stats();
    assert_eq!(stats.retries.operation_time_limit, 1);
    assert_eq!(
        stats.operating_wait_ms, 60_000,
        "only the second call was paced"
    );
    assert_eq!(rig.portal.counters().requests, 3);
}
