//! `batch` against the fake portal: references resolved, chunking, halt.

use rest::testing::{entity_card_batch, PortalConfig, Reply, Rig};
use rest::{Batch, ClientConfig, RawResponse, RestError};
use serde_json::{json, Value};

#[test]
fn a_widget_render_is_one_round_trip_with_references_resolved_by_the_portal() {
    let rig = Rig::bx24(PortalConfig::default(), ClientConfig::default());
    let batch = entity_card_batch(42);
    let results = rig.run(rig.client.batch(batch)).unwrap();

    let deal: Value = results.get("deal").unwrap();
    let users: Vec<Value> = results.get("responsible").unwrap();
    assert_eq!(deal["item"]["assignedById"], 3);
    assert_eq!(users.len(), 1);
    assert_eq!(
        users[0]["ID"], "3",
        "the portal resolved $result[deal][item][assignedById]"
    );
    assert_eq!(
        results.get::<Vec<Value>>("recent").unwrap()[0]["ID"],
        "10000"
    );
    assert_eq!(
        (results.total("recent"), results.next("recent")),
        (Some(10_000), Some(50))
    );
    assert!(results.time("deal").is_some() && !results.request_times().is_empty());
    let stats = rig.client.stats();
    assert_eq!(
        (stats.requests, stats.batches, stats.batched_commands),
        (1, 1, 4)
    );
    assert_eq!(rig.portal.counters().batch_commands, 4);
}

#[test]
fn fifty_one_commands_go_as_two_requests() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    for id in 1..=51 {
        batch.add(format!("d{id}"), "crm.deal.get", json!({"id": id}));
    }
    let results = rig.run(rig.client.batch(batch)).unwrap();
    for id in 1..=51 {
        assert_eq!(
            results.get::<Value>(&format!("d{id}")).unwrap()["ID"],
            id.to_string()
        );
    }
    assert_eq!(rig.client.stats().batches, 2);
    assert_eq!(
        rig.clock.elapsed_ms(),
        50,
        "the two chunks went concurrently"
    );
}

#[test]
fn halt_skips_the_rest_and_says_so() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    batch.add("first", "crm.deal.get", json!({"id": 1}));
    batch.add("missing", "crm.deal.get", json!({"id": 999_999}));
    batch.add("after", "crm.deal.get", json!({"id": 2}));
    for id in 0..100 {
        batch.add(format!("later{id}"), "crm.deal.get", json!({"id": id + 1}));
    }
    batch.halt(true);
    let results = rig.run(rig.client.batch(batch)).unwrap();
    assert!(results.get::<Value>("first").is_ok());
    let missing = results.error("missing").unwrap();
    assert!(missing.is_soft(), "{missing:?}");
    assert_eq!(
        results.get::<Value>("after"),
        Err(RestError::Skipped {
            command: "after".into()
        })
    );
    assert_eq!(
        results.get::<Value>("later99"),
        Err(RestError::Skipped {
            command: "later99".into()
        })
    );
    assert_eq!(
        rig.client.stats().batches,
        1,
        "later chunks were not sent after an error"
    );
}

#[test]
fn without_halt_every_command_runs() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    batch.add("missing", "crm.deal.get", json!({"id": 0}));
    batch.add("after", "crm.deal.get", json!({"id": 2}));
    batch.add("nope", "no.such.method", json!({}));
    let results = rig.run(rig.client.batch(batch)).unwrap();
    assert!(results.error("missing").is_some());
    assert_eq!(results.get::<Value>("after").unwrap()["ID"], "2");
    assert!(
        matches!(results.error("nope"), Some(RestError::Portal { code, status: 200, .. }) if code == "ERROR_METHOD_NOT_FOUND")
    );
}

#[test]
fn an_invalid_batch_is_refused_before_anything_is_sent() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    batch.add("a", "user.get", json!({"ID": "$result[b][ID]"}));
    let result = rig.run(rig.client.batch(batch));
    assert!(
        matches!(result, Err(RestError::InvalidBatch { code, status: 0, .. }) if code == "BATCH_BAD_REF")
    );
    assert_eq!(rig.client.stats().requests, 0);
    assert_eq!(
        rig.run(rig.client.batch(Batch::new()))
            .unwrap()
            .names()
            .len(),
        0
    );
    assert_eq!(
        rig.client.stats().requests,
        0,
        "an empty batch sends nothing"
    );
}

#[test]
fn the_portal_refusing_a_batch_is_an_invalid_batch() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    // The client never sends more than 50 commands in one request; sent by hand, the portal refuses.
    let commands: serde_json::Map<String, Value> = (0..51)
        .map(|i| (format!("c{i}"), json!(format!("crm.deal.get?id={}", i + 1))))
        .collect();
    let refused = rig.run(
        rig.client
            .call::<Value>("batch", json!({"halt": 0, "cmd": commands})),
    );
    assert!(
        matches!(&refused, Err(RestError::InvalidBatch { code, status: 400, .. }) if code == "ERROR_BATCH_LENGTH_EXCEEDED"),
        "{refused:?}"
    );
}

#[test]
fn a_malformed_batch_answer_is_an_invalid_batch() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal.script(
        Some("batch"),
        Reply::Answer(RawResponse {
            status: 200,
            body: json!({"result": {"result": "not a map"}, "time": {}}).to_string(),
        }),
    );
    let mut batch = Batch::new();
    let deal = batch.add("deal", "crm.deal.get", json!({"id": 1}));
    let failed = rig.run(rig.client.batch(batch));
    assert!(
        matches!(&failed, Err(RestError::InvalidBatch { code, status: 200, .. }) if code == "BATCH_BAD_ANSWER"),
        "{failed:?}"
    );
    assert_eq!(deal.name(), "deal");
}

#[test]
fn a_reference_group_over_fifty_commands_is_too_long_and_nothing_is_sent() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut batch = Batch::new();
    let mut previous = batch.add("c0", "crm.deal.get", json!({"id": 1}));
    for i in 1..=50 {
        previous = batch.add(
            format!("c{i}"),
            "crm.deal.get",
            json!({"id": previous.field(&["ID"])}),
        );
    }
    assert_eq!(
        rig.run(rig.client.batch(batch)),
        Err(RestError::BatchTooLong {
            commands: 51,
            limit: 50
        })
    );
    assert_eq!(rig.client.stats().requests, 0);
}
