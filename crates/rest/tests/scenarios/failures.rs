//! Server errors, slow and silent answers, network errors: retried when safe, never hanging.

use futures::future::LocalBoxFuture;
use rest::testing::{PortalConfig, Reply, Rig};
use rest::{Client, ClientConfig, RawResponse, RestError, RestRequest, Transport, TransportError};
use serde_json::{json, Value};

fn raw(status: u16, body: &str) -> RawResponse {
    RawResponse {
        status,
        body: body.into(),
    }
}

#[test]
fn a_500_then_success_is_retried_after_a_second() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal.script(
        Some("crm.deal.get"),
        Reply::Answer(raw(
            500,
            r#"{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}"#,
        )),
    );
    let deal: Value = rig
        .run(rig.client.call("crm.deal.get", json!({"id": 5})))
        .unwrap();
    assert_eq!(deal["ID"], "5");
    let stats = rig.client.stats();
    assert_eq!(
        (stats.requests, stats.retries.server_error, stats.backoff_ms),
        (2, 1, 1_000)
    );
    assert_eq!(rig.clock.elapsed_ms(), 50 + 1_000 + 50);
}

#[test]
fn non_json_5xx_and_network_errors_are_retried_for_reads() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal
        .script(None, Reply::Answer(raw(502, "<html>Bad Gateway</html>")));
    rig.portal
        .script(None, Reply::Network("connection reset".into()));
    let user: Value = rig.run(rig.client.call("user.current", json!({}))).unwrap();
    assert_eq!(user["ID"], "1");
    let retries = rig.client.stats().retries;
    assert_eq!((retries.server_error, retries.network), (1, 1));
    assert_eq!(rig.client.stats().backoff_ms, 1_000 + 2_000);
}

#[test]
fn writes_are_not_repeated_after_a_500_or_a_network_error() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal.script(
        Some("crm.deal.add"),
        Reply::Answer(raw(500, r#"{"error":"INTERNAL_SERVER_ERROR"}"#)),
    );
    let failed = rig.run(
        rig.client
            .call::<Value>("crm.deal.add", json!({"fields": {"TITLE": "x"}})),
    );
    assert!(
        matches!(failed, Err(RestError::Portal { status: 500, .. })),
        "{failed:?}"
    );
    rig.portal
        .script(Some("crm.deal.add"), Reply::Network("reset".into()));
    let reset = rig.run(rig.client.call::<Value>("crm.deal.add", json!({})));
    assert!(
        matches!(&reset, Err(RestError::Network { message, .. }) if message == "reset"),
        "{reset:?}"
    );
    let source = reset
        .as_ref()
        .err()
        .and_then(std::error::Error::source)
        .map(ToString::to_string);
    assert_eq!(
        source.as_deref(),
        Some("reset"),
        "the transport's error is the source"
    );
    assert_eq!(
        (
            rig.client.stats().requests,
            rig.client.stats().retries.total()
        ),
        (2, 0)
    );
    // A 503 means "not executed": even a write goes again.
    rig.portal.script(
        Some("crm.deal.add"),
        Reply::Answer(raw(503, r#"{"error":"OVERLOAD_LIMIT"}"#)),
    );
    let id: u64 = rig.run(rig.client.call("crm.deal.add", json!({}))).unwrap();
    assert_eq!((id, rig.portal.counters().writes), (10_001, 1));
}

#[test]
fn persistent_server_errors_give_up_after_max_retries() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    for _ in 0..10 {
        rig.portal.script(None, Reply::Answer(raw(500, "{}")));
    }
    let result = rig.run(rig.client.call::<Value>("user.current", json!({})));
    assert_eq!(
        result,
        Err(RestError::Portal {
            code: "HTTP_500".into(),
            description: String::new(),
            status: 500
        })
    );
    assert_eq!(rig.client.stats().requests, 4);
}

#[test]
fn a_slow_answer_past_the_deadline_times_out_and_nothing_hangs() {
    let config = ClientConfig {
        timeout_ms: 5_000,
        ..ClientConfig::default()
    };
    let rig = Rig::fetch(PortalConfig::default(), config);
    rig.portal.script(Some("crm.deal.get"), Reply::Late(60_000));
    rig.portal.script(Some("crm.deal.get"), Reply::Late(60_000));
    let result = rig.run(rig.client.call::<Value>("crm.deal.get", json!({"id": 1})));
    assert_eq!(result, Err(RestError::Timeout { after_ms: 5_000 }));
    assert_eq!(
        rig.clock.elapsed_ms(),
        10_000,
        "two attempts of 5 s (a read is retried once after a timeout)"
    );
    assert_eq!(
        rig.portal.counters().dropped,
        2,
        "both transport futures were dropped"
    );
    assert_eq!(rig.clock.pending_timers(), 0, "no timer left behind");
    let stats = rig.client.stats();
    assert_eq!((stats.timeouts, stats.retries.timeout), (2, 1));
}

#[test]
fn a_never_answering_write_times_out_once() {
    let rig = Rig::bx24(PortalConfig::default(), ClientConfig::default());
    rig.portal.script(Some("crm.deal.add"), Reply::Never);
    let result = rig.run(rig.client.call::<Value>("crm.deal.add", json!({})));
    assert_eq!(result, Err(RestError::Timeout { after_ms: 20_000 }));
    assert_eq!(
        (
            rig.clock.elapsed_ms(),
            rig.client.stats().requests,
            rig.portal.counters().dropped
        ),
        (20_000, 1, 1)
    );
}

#[test]
fn a_page_outside_bitrix24_gets_no_bx24_at_once() {
    struct Outside;
    impl Transport for Outside {
        fn send(
            &self,
            _: RestRequest,
        ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>> {
            Box::pin(async { Err(TransportError::NoBx24) })
        }
        fn attaches_auth(&self) -> bool {
            true
        }
        fn name(&self) -> &'static str {
            "outside"
        }
    }
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let client = Client::new(Outside, rig.clock.clone(), ClientConfig::default());
    assert_eq!(
        rig.run(client.call::<Value>("user.current", json!({}))),
        Err(RestError::NoBx24)
    );
    assert_eq!(
        (client.stats().requests, client.stats().transport),
        (1, "outside")
    );
}

#[test]
fn portal_errors_come_back_typed_and_unretried() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let missing = rig
        .run(
            rig.client
                .call::<Value>("crm.deal.get", json!({"id": 999_999})),
        )
        .unwrap_err();
    assert_eq!(
        missing,
        RestError::NotFound {
            code: "NOT_FOUND".into(),
            description: "Not found".into(),
            status: 400
        }
    );
    assert!(missing.is_soft());
    let wrong_type = rig.run(
        rig.client
            .call::<Vec<u64>>("crm.deal.get", json!({"id": 1})),
    );
    assert!(matches!(wrong_type, Err(RestError::BadJson { .. })));
    assert!(
        wrong_type
            .as_ref()
            .err()
            .and_then(std::error::Error::source)
            .is_some_and(|source| source.is::<serde_json::Error>()),
        "the serde error is the source: {wrong_type:?}"
    );
    assert_eq!(rig.client.stats().requests, 2);
}
