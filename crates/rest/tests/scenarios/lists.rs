//! Paging 10 000 rows three ways, and portals that page badly.

use futures::StreamExt;
use rest::testing::{HandlerAnswer, PortalConfig, Rig};
use rest::{ClientConfig, ListMode, ListSpec, RestError};
use serde::Deserialize;
use serde_json::{json, Value};
use std::pin::pin;

#[derive(Debug, Deserialize)]
struct Deal {
    #[serde(rename = "ID")]
    id: String,
    #[serde(rename = "TITLE")]
    title: String,
}

#[derive(Debug, Deserialize)]
struct Item {
    id: u64,
    title: String,
}

fn assert_complete(ids: &[u64], rows: u64) {
    assert_eq!(ids.len() as u64, rows, "exact row count");
    assert!(
        ids.windows(2).all(|pair| pair[0] < pair[1]),
        "strictly increasing, so no duplicates"
    );
    assert_eq!(
        (ids.first().copied(), ids.last().copied()),
        (Some(1), Some(rows))
    );
}

#[test]
fn ten_thousand_deals_by_every_mode() {
    for (mode, requests, batches) in [
        (ListMode::Offset, 200, 0),
        (ListMode::OffsetBatch, 5, 4),
        (
            ListMode::IdCursor {
                id_key: "ID".into(),
            },
            201,
            0,
        ),
    ] {
        let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
        let spec =
            ListSpec::new("crm.deal.list", json!({"select": ["ID", "TITLE"]})).mode(mode.clone());
        let deals: Vec<Deal> = rig.run(rig.client.list_all(spec)).unwrap();
        let ids: Vec<u64> = deals.iter().map(|deal| deal.id.parse().unwrap()).collect();
        assert_complete(&ids, 10_000);
        assert_eq!(deals[41].title, "Deal #42");
        let stats = rig.client.stats();
        assert_eq!(
            (stats.requests, stats.batches),
            (requests, batches),
            "{mode:?}"
        );
        assert_eq!(rig.portal.counters().rejected, 0, "{mode:?}");
    }
}

#[test]
fn ten_thousand_wrapped_items_by_every_mode() {
    for mode in [
        ListMode::Offset,
        ListMode::OffsetBatch,
        ListMode::IdCursor {
            id_key: "id".into(),
        },
    ] {
        let rig = Rig::bx24(PortalConfig::default(), ClientConfig::default());
        let spec = ListSpec::new("crm.item.list", json!({"entityTypeId": 2}))
            .items_key("items")
            .mode(mode);
        let items: Vec<Item> = rig.run(rig.client.list_all(spec)).unwrap();
        assert_complete(
            &items.iter().map(|item| item.id).collect::<Vec<_>>(),
            10_000,
        );
        assert_eq!(items[9_999].title, "Deal #10000");
    }
}

#[test]
fn id_cursor_sends_the_fast_export_parameters() {
    let rig = Rig::fetch(
        PortalConfig {
            rows: 120,
            ..PortalConfig::default()
        },
        ClientConfig::default(),
    );
    let spec = ListSpec::new(
        "crm.deal.list",
        json!({"filter": {"STAGE_ID": "NEW"}, "order": {"TITLE": "DESC"}}),
    )
    .id_cursor("ID");
    let rows: Vec<Value> = rig.run(rig.client.list_all(spec)).unwrap();
    assert_eq!(rows.len(), 120);
    let sent: Vec<Value> = rig
        .portal
        .log()
        .into_iter()
        .map(|request| request.params)
        .collect();
    assert_eq!(
        sent[0],
        json!({"filter": {"STAGE_ID": "NEW"}, "order": {"ID": "ASC"}, "start": "-1"})
    );
    assert_eq!(
        sent[1],
        json!({"filter": {"STAGE_ID": "NEW", ">ID": "50"}, "order": {"ID": "ASC"}, "start": "-1"})
    );
    assert_eq!(sent.len(), 3, "the third page has 20 rows: done");
}

#[test]
fn pages_stream_one_by_one() {
    let rig = Rig::fetch(
        PortalConfig {
            rows: 120,
            ..PortalConfig::default()
        },
        ClientConfig::default(),
    );
    let sizes = rig.run(async {
        let mut pages = pin!(rig
            .client
            .list_pages::<Value>(ListSpec::new("crm.deal.list", json!({}))));
        let mut sizes = Vec::new();
        while let Some(page) = pages.next().await {
            sizes.push(page.unwrap().len());
        }
        sizes
    });
    assert_eq!(sizes, [50, 50, 20]);
}

/// A `crm.deal.list` whose pages hold the rows from `start` but whose `next`/`total` come from `paging`.
fn bad_portal(rows: u64, paging: impl Fn(u64) -> (Option<Value>, Option<Value>) + 'static) -> Rig {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.clock.set_run_limit_ms(3_600_000);
    rig.portal
        .set_handler("crm.deal.list", move |params| -> Option<HandlerAnswer> {
            let start = params["start"]
                .as_str()
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(0);
            let page: Vec<Value> = (start + 1..=(start + 50).min(rows))
                .map(|id| json!({"ID": id.to_string()}))
                .collect();
            let (next, total) = paging(start);
            Some(Ok((Value::Array(page), total, next)))
        });
    rig
}

#[test]
fn a_next_that_does_not_advance_ends_with_an_error() {
    for mode in [ListMode::Offset, ListMode::OffsetBatch] {
        let rig = bad_portal(10_000, |start| {
            (Some(json!(start.min(50))), Some(json!(10_000)))
        });
        let result = rig.run(
            rig.client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({})).mode(mode.clone())),
        );
        assert!(
            matches!(result, Err(RestError::BadJson(ref text)) if text.contains("next")),
            "{mode:?}: {result:?}"
        );
        assert!(rig.portal.counters().requests <= 2, "{mode:?}");
    }
}

#[test]
fn a_next_beyond_total_or_garbage_ends_the_list() {
    let beyond = bad_portal(10_000, |_| (Some(json!(99_999)), Some(json!(120))));
    let rows = beyond
        .run(
            beyond
                .client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({}))),
        )
        .unwrap();
    assert_eq!((rows.len(), beyond.portal.counters().requests), (50, 1));

    for garbage in [
        json!("abc"),
        json!(-50),
        json!(null),
        json!({"start": 50}),
        json!(1.5),
    ] {
        let rig = bad_portal(10_000, move |_| {
            (Some(garbage.clone()), Some(json!(10_000)))
        });
        let rows = rig
            .run(rig.client.list_all::<Value>(
                ListSpec::new("crm.deal.list", json!({})).mode(ListMode::OffsetBatch),
            ))
            .unwrap();
        assert_eq!((rows.len(), rig.portal.counters().requests), (50, 1));
    }
}

#[test]
fn a_next_that_skips_or_repeats_rows_is_an_error_not_a_gap() {
    let skipping = bad_portal(10_000, |start| {
        (Some(json!(start + 100)), Some(json!(10_000)))
    });
    assert!(skipping
        .run(
            skipping
                .client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({})))
        )
        .is_err());
    let repeating = bad_portal(10_000, |start| (Some(json!(start + 10)), None));
    assert!(repeating
        .run(
            repeating
                .client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({})))
        )
        .is_err());
}

#[test]
fn a_next_forever_on_full_pages_still_terminates_at_total() {
    // A portal that always says "more" stops at total; without total, the table's end (a short page).
    let rig = bad_portal(1_000, |start| (Some(json!(start + 50)), Some(json!(1_000))));
    let rows = rig
        .run(
            rig.client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({}))),
        )
        .unwrap();
    assert_eq!(rows.len(), 1_000);
    let no_total = bad_portal(1_000, |start| (Some(json!(start + 50)), None));
    let rows = no_total
        .run(
            no_total
                .client
                .list_all::<Value>(ListSpec::new("crm.deal.list", json!({}))),
        )
        .unwrap();
    assert_eq!(rows.len(), 1_000);
}

#[test]
fn an_id_cursor_that_does_not_increase_ends_with_an_error() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.clock.set_run_limit_ms(3_600_000);
    rig.portal.set_handler("crm.deal.list", |_| {
        let same_page: Vec<Value> = (1..=50).map(|id| json!({"ID": id})).collect();
        Some(Ok((Value::Array(same_page), Some(json!(0)), None)))
    });
    let result = rig.run(
        rig.client
            .list_all::<Value>(ListSpec::new("crm.deal.list", json!({})).id_cursor("ID")),
    );
    assert!(
        matches!(result, Err(RestError::BadJson(ref text)) if text.contains("does not increase")),
        "{result:?}"
    );
    assert_eq!(rig.portal.counters().requests, 2);
}

#[test]
fn a_page_that_fails_inside_a_batch_ends_the_stream_with_its_error() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.portal.set_handler("crm.deal.list", |params| {
        let start = params["start"]
            .as_str()
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0);
        if start == 300 {
            return Some(Err((403, "ACCESS_DENIED".into(), "Access denied".into())));
        }
        let page: Vec<Value> = (start + 1..=start + 50)
            .map(|id| json!({"ID": id}))
            .collect();
        Some(Ok((
            Value::Array(page),
            Some(json!(10_000)),
            Some(json!(start + 50)),
        )))
    });
    let pages = rig.run(async {
        let mut stream = pin!(rig.client.list_pages::<Value>(
            ListSpec::new("crm.deal.list", json!({})).mode(ListMode::OffsetBatch)
        ));
        let mut pages = Vec::new();
        while let Some(page) = stream.next().await {
            pages.push(page.map(|rows| rows.len()));
        }
        pages
    });
    assert_eq!(pages.len(), 7, "6 good pages, then the error, then the end");
    assert!(pages[..6].iter().all(|page| *page == Ok(50)));
    assert!(
        matches!(&pages[6], Err(RestError::Portal { code, status: 200, .. }) if code == "ACCESS_DENIED")
    );
}
