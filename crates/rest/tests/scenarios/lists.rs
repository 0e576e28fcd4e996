//! Paging 10 000 rows four ways, and portals that page badly.

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
        (
            ListMode::IdCursorBatch {
                id_key: "ID".into(),
            },
            5,
            4,
        ),
    ] {
        let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
        let spec =
            ListSpec::new("crm.deal.list", json!({"select": ["ID", "TITLE"]})).mode(mode.clone());
        let deals: Vec<Deal> = rig.run(rig.client.list_all(spec)).unwrap();
        let ids: Vec<u64> = deals
            .iter()
            .map(|deal| deal.id.parse().expect("the fake portal's ids are numbers"))
            .collect();
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
        ListMode::IdCursorBatch {
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

/// A fetch-transport rig whose portal holds `rows` deals.
fn rig_with_rows(rows: u64) -> Rig {
    Rig::fetch(
        PortalConfig {
            rows,
            ..PortalConfig::default()
        },
        ClientConfig::default(),
    )
}

#[test]
fn id_cursor_sends_the_fast_export_parameters() {
    let rig = rig_with_rows(120);
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
    let rig = rig_with_rows(120);
    let sizes = page_sizes(&rig, ListSpec::new("crm.deal.list", json!({})));
    assert_eq!(sizes, [Ok(50), Ok(50), Ok(20)]);
}

/// The size of each page `spec` streams, or the error that ended the stream.
fn page_sizes(rig: &Rig, spec: ListSpec) -> Vec<Result<usize, RestError>> {
    rig.run(async {
        let mut stream = pin!(rig.client.list_pages::<Value>(spec));
        let mut pages = Vec::new();
        while let Some(page) = stream.next().await {
            pages.push(page.map(|rows| rows.len()));
        }
        pages
    })
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
            matches!(result, Err(RestError::BadJson { ref message, .. }) if message.contains("next")),
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
        matches!(result, Err(RestError::BadJson { ref message, .. }) if message.contains("does not increase")),
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
    let pages = page_sizes(
        &rig,
        ListSpec::new("crm.deal.list", json!({})).mode(ListMode::OffsetBatch),
    );
    assert_eq!(pages.len(), 7, "6 good pages, then the error, then the end");
    assert!(pages[..6].iter().all(|page| *page == Ok(50)));
    assert!(
        matches!(&pages[6], Err(RestError::AccessDenied { code, status: 200, .. }) if code == "ACCESS_DENIED")
    );
}

type Table = std::rc::Rc<std::cell::RefCell<Vec<u64>>>;

fn table(ids: std::ops::RangeInclusive<u64>) -> Table {
    std::rc::Rc::new(std::cell::RefCell::new(ids.collect()))
}

/// A `crm.deal.list` over a table of IDs the test can change between requests: honours `>ID`
/// (a number, as the portal resolved it), `order ID ASC`, `start` (`-1`: no count).
fn table_handler(table: Table) -> impl FnMut(&Value) -> Option<HandlerAnswer> {
    move |params| {
        let after = match &params["filter"][">ID"] {
            Value::Null => Some(0),
            bound => bound
                .as_u64()
                .or_else(|| bound.as_str().and_then(|text| text.parse().ok())),
        };
        let Some(after) = after else {
            // What a broken chain sends: a bound that did not resolve to an ID.
            return Some(Err((400, "INVALID_FILTER".into(), format!("{params}"))));
        };
        let matching: Vec<u64> = table
            .borrow()
            .iter()
            .copied()
            .filter(|id| *id > after)
            .collect();
        let page: Vec<Value> = matching
            .iter()
            .take(50)
            .map(|id| json!({"ID": id.to_string()}))
            .collect();
        let counted = params["start"] != json!("-1");
        Some(Ok((
            Value::Array(page),
            counted.then(|| json!(matching.len())),
            None,
        )))
    }
}

/// A portal whose `crm.deal.list` is [`table_handler`], after which `change` runs once on the table
/// (right after the counted first page).
fn changing_table_portal(table: Table, change: impl FnOnce(&mut Vec<u64>) + 'static) -> Rig {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    rig.clock.set_run_limit_ms(3_600_000);
    let mut handler = table_handler(table.clone());
    let mut change = Some(change);
    rig.portal.set_handler("crm.deal.list", move |params| {
        let answer = handler(params);
        if let Some(change) = change.take() {
            change(&mut table.borrow_mut());
        }
        answer
    });
    rig
}

#[derive(Debug, Deserialize)]
struct DealId {
    #[serde(rename = "ID")]
    id: String,
}

/// The IDs of every `crm.deal.list` row by IdCursorBatch.
fn batched_ids(rig: &Rig, params: Value) -> Result<Vec<u64>, RestError> {
    let deals: Vec<DealId> = rig.run(
        rig.client
            .list_all(ListSpec::new("crm.deal.list", params).id_cursor_batch("ID")),
    )?;
    Ok(deals
        .iter()
        .map(|deal| deal.id.parse().expect("the fake portal's ids are numbers"))
        .collect())
}

#[test]
fn id_cursor_batch_counts_once_then_chains_pages_by_reference() {
    let rig = rig_with_rows(120);
    assert_complete(
        &batched_ids(&rig, json!({"select": ["ID", "TITLE"]})).unwrap(),
        120,
    );
    let log = rig.portal.log();
    assert_eq!(log.len(), 2, "the counted first page, then one batch");
    assert_eq!(
        log[0].params,
        json!({"select": {"0": "ID", "1": "TITLE"}, "order": {"ID": "ASC"}, "start": "0"})
    );
    assert_eq!(log[1].method, "batch");
    let commands = log[1].params["cmd"].as_object().unwrap();
    // 70 rows remain: two pages, plus one that would find rows added meanwhile.
    assert_eq!(commands.keys().collect::<Vec<_>>(), ["id0", "id1", "id2"]);
    let id1 = commands["id1"].as_str().unwrap();
    assert!(
        id1.contains("%24result%5Bid0%5D%5B49%5D%5BID%5D") && id1.contains("start=-1"),
        "{id1}"
    );
}

#[test]
fn id_cursor_batch_sends_one_request_for_a_short_list() {
    let rig = rig_with_rows(30);
    assert_complete(&batched_ids(&rig, json!({})).unwrap(), 30);
    assert_eq!(
        (rig.client.stats().requests, rig.client.stats().batches),
        (1, 0)
    );
}

#[test]
fn id_cursor_batch_finds_rows_added_after_the_count() {
    let rig = changing_table_portal(table(1..=120), |rows| rows.extend(121..=320));
    assert_complete(&batched_ids(&rig, json!({})).unwrap(), 320);
}

#[test]
fn id_cursor_batch_stops_at_the_first_short_page_when_rows_were_deleted() {
    // The count promises 1 000 rows, then the last 130 go: the chain runs past the new end, where
    // its references cannot resolve; those pages are never read.
    let rig = changing_table_portal(table(1..=1_000), |rows| rows.truncate(870));
    assert_complete(&batched_ids(&rig, json!({})).unwrap(), 870);
    assert_eq!(rig.client.stats().batches, 1);
}

#[test]
fn a_page_that_fails_inside_an_id_batch_ends_the_stream_with_its_error() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let mut inner = table_handler(table(1..=1_000));
    rig.portal.set_handler("crm.deal.list", move |params| {
        if params["filter"][">ID"] == json!("300") {
            return Some(Err((403, "ACCESS_DENIED".into(), "Access denied".into())));
        }
        inner(params)
    });
    let pages = page_sizes(
        &rig,
        ListSpec::new("crm.deal.list", json!({})).id_cursor_batch("ID"),
    );
    assert_eq!(pages.len(), 7, "6 good pages, then the error, then the end");
    assert!(pages[..6].iter().all(|page| *page == Ok(50)));
    assert!(
        matches!(&pages[6], Err(RestError::AccessDenied { code, .. }) if code == "ACCESS_DENIED"),
        "{:?}",
        pages[6]
    );
}
