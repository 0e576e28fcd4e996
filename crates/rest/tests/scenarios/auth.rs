//! Tokens: one shared refresh, one retry, proactive refresh for fetch, nothing leaks.

use super::rig_with_auth;
use futures::future::{join, join_all};
use rest::testing::{FakeAuth, PortalConfig, Rig};
use rest::{AuthSource, Batch, ClientConfig, RestError, RestRequest, Runtime};
use serde_json::{json, Value};

#[test]
fn token_expiring_in_the_middle_of_a_chunked_batch_is_refreshed_once_and_the_chunk_retried_once() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    for id in 1..=120 {
        batch.add(format!("d{id}"), "crm.deal.get", json!({"id": id}));
    }
    batch.halt(true); // chunks one after the other: the token dies between the first and the second
    let expire_after_first_chunk = async {
        rig.clock.sleep(75).await;
        rig.portal.expire_tokens();
    };
    let (results, ()) = rig.run(join(rig.client.batch(batch), expire_after_first_chunk));
    let results = results.unwrap();
    for id in 1..=120 {
        assert_eq!(
            results.get::<Value>(&format!("d{id}")).unwrap()["ID"],
            id.to_string()
        );
    }
    let stats = rig.client.stats();
    assert_eq!(
        (
            stats.refreshes,
            stats.retries.token_expired,
            rig.auth.refreshes()
        ),
        (1, 1, 1)
    );
    assert_eq!(
        (stats.batches, rig.portal.counters().expired),
        (4, 1),
        "3 chunks + 1 retry"
    );
}

#[test]
fn concurrent_calls_share_one_refresh_on_both_transports() {
    for rig in [
        Rig::fetch(PortalConfig::default(), ClientConfig::default()),
        Rig::bx24(PortalConfig::default(), ClientConfig::default()),
    ] {
        rig.portal.expire_tokens();
        let results =
            rig.run(join_all((1..=20).map(|id| {
                rig.client.call::<Value>("crm.deal.get", json!({"id": id}))
            })));
        for (id, result) in (1..=20).zip(results) {
            assert_eq!(result.unwrap()["ID"], id.to_string());
        }
        let stats = rig.client.stats();
        assert_eq!(rig.auth.refreshes(), 1, "{}", stats.transport);
        assert_eq!(
            (stats.refreshes, stats.retries.token_expired, stats.requests),
            (1, 20, 40)
        );
        assert_eq!(rig.portal.counters().expired, 20);
    }
}

#[test]
fn fetch_refreshes_ahead_of_expiry_bx24_leaves_it_to_bx24_js() {
    for (rig, proactive) in [
        (
            rig_with_auth(
                PortalConfig::default(),
                ClientConfig::default(),
                false,
                |portal| FakeAuth::new(portal, 30_000, 30),
            ),
            true,
        ),
        (
            rig_with_auth(
                PortalConfig::default(),
                ClientConfig::default(),
                true,
                |portal| FakeAuth::new(portal, 30_000, 30),
            ),
            false,
        ),
    ] {
        let results = rig.run(join_all(
            (0..5).map(|_| rig.client.call::<Value>("user.current", json!({}))),
        ));
        assert!(results.iter().all(Result::is_ok));
        assert_eq!(
            rig.auth.refreshes(),
            u64::from(proactive),
            "{}",
            rig.client.stats().transport
        );
        assert_eq!(rig.portal.counters().expired, 0);
    }
}

#[test]
fn a_second_expired_token_is_final() {
    // Every token the portal issues is dead on arrival.
    let rig = rig_with_auth(
        PortalConfig::default(),
        ClientConfig::default(),
        true,
        |portal| FakeAuth::new(portal, 0, 30),
    );
    assert_eq!(
        rig.run(rig.client.call::<Value>("user.current", json!({}))),
        Err(RestError::TokenExpired)
    );
    let stats = rig.client.stats();
    assert_eq!(
        (stats.requests, stats.refreshes, stats.retries.token_expired),
        (2, 1, 1)
    );
}

#[test]
fn a_failing_or_silent_refresh_ends_as_token_expired_without_hanging() {
    let rig = Rig::bx24(PortalConfig::default(), ClientConfig::default());
    rig.portal.expire_tokens();
    rig.auth.set_refresh_fails(true);
    assert_eq!(
        rig.run(rig.client.call::<Value>("user.current", json!({}))),
        Err(RestError::TokenExpired)
    );

    let silent = rig_with_auth(
        PortalConfig::default(),
        ClientConfig::default(),
        true,
        |portal| FakeAuth::new(portal, 3_600_000, 3_600_000),
    );
    silent.portal.expire_tokens();
    assert_eq!(
        silent.run(silent.client.call::<Value>("user.current", json!({}))),
        Err(RestError::TokenExpired)
    );
    assert_eq!(
        silent.clock.elapsed_ms(),
        50 + 20_000,
        "the refresh had the call's deadline"
    );
}

#[test]
fn without_an_auth_source_no_auth_is_sent() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let bare = rest::Client::new(
        rest::testing::FakeTransport::fetch(&rig.portal),
        rig.clock.clone(),
        ClientConfig::default(),
    );
    assert_eq!(
        rig.run(bare.call::<Value>("user.current", json!({}))),
        Err(RestError::Unauthorized {
            code: "NO_AUTH_FOUND".into()
        })
    );
    assert_eq!(bare.stats().requests, 1);
}

#[test]
fn tokens_never_show_in_debug_output_errors_or_logs() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal.expire_tokens();
    let result = rig.run(rig.client.call::<Value>("user.current", json!({})));
    let token = rig.auth.current().unwrap();
    let secret = token.expose_secret().to_owned();
    let request = RestRequest {
        method: "user.current".into(),
        params: json!({}),
        auth: Some(token.clone()),
    };
    for text in [
        format!("{token:?}"),
        format!("{request:?}"),
        format!("{result:?}"),
        format!("{:?}", rig.client.stats()),
        format!("{:?}", rig.portal.log()),
        RestError::TokenExpired.to_string(),
    ] {
        assert!(!text.contains(&secret), "{text}");
        assert!(!text.contains("token-"), "{text}");
    }
}
