//! Calls per widget render and wall time for a 10 000-row list, on the virtual clock.
//!
//! `cargo run -p rest --example bench --features testing --release`
//!
//! Latency model: 80 ms per request plus 1 ms per row returned; cloud limits (bucket of 50, drains
//! 2 per second). Each scenario runs over both fake transports (fetch-like and BX24.js-like); the
//! browser numbers come from the same [`rest::ClientStats`] fields against the emulator.

use rest::testing::{entity_card_batch, PortalConfig, Rig};
use rest::{ClientConfig, ClientStats, ListMode, ListSpec, RestError};
use serde_json::{json, Value};

const ROWS: u64 = 10_000;

/// One measured line of the table.
struct Line {
    scenario: &'static str,
    stats: ClientStats,
    rows: usize,
    wall_ms: u64,
    rejected: u64,
}

fn portal() -> PortalConfig {
    PortalConfig {
        latency_ms: 80,
        per_row_ms: 1,
        rows: ROWS,
        ..PortalConfig::default()
    }
}

fn rig(transport: &str) -> Rig {
    match transport {
        "bx24" => Rig::bx24(portal(), ClientConfig::default()),
        _ => Rig::fetch(portal(), ClientConfig::default()),
    }
}

fn measure(
    scenario: &'static str,
    transport: &str,
    work: impl for<'a> Fn(&'a Rig) -> Result<usize, RestError>,
) -> Line {
    let rig = rig(transport);
    let rows = work(&rig).unwrap_or_else(|error| panic!("{scenario}: {error}"));
    Line {
        scenario,
        stats: rig.client.stats(),
        rows,
        wall_ms: rig.clock.elapsed_ms(),
        rejected: rig.portal.counters().rejected,
    }
}

fn list(rig: &Rig, mode: ListMode) -> Result<usize, RestError> {
    let spec = ListSpec::new(
        "crm.deal.list",
        json!({"select": ["ID", "TITLE", "STAGE_ID"]}),
    )
    .mode(mode);
    rig.run(rig.client.list_all::<Value>(spec))
        .map(|rows| rows.len())
}

fn widget_render(rig: &Rig) -> Result<usize, RestError> {
    let results = rig.run(rig.client.batch(entity_card_batch(42)))?;
    results.get::<Value>("responsible")?;
    Ok(results.get::<Vec<Value>>("recent")?.len() + 3)
}

fn widget_render_one_by_one(rig: &Rig) -> Result<usize, RestError> {
    rig.run(async {
        let deal: Value = rig
            .client
            .call("crm.item.get", json!({"entityTypeId": 2, "id": 42}))
            .await?;
        let _user: Vec<Value> = rig
            .client
            .call("user.get", json!({"ID": deal["item"]["assignedById"]}))
            .await?;
        let _fields: Value = rig.client.call("crm.deal.fields", json!({})).await?;
        let recent: Vec<Value> = rig
            .client
            .call("crm.deal.list", json!({"order": {"ID": "DESC"}}))
            .await?;
        Ok(recent.len() + 3)
    })
}

fn main() {
    let mut lines = Vec::new();
    for transport in ["fetch", "bx24"] {
        lines.push(measure("list 10k: Offset (sequential)", transport, |rig| {
            list(rig, ListMode::Offset)
        }));
        lines.push(measure("list 10k: Offset + batch", transport, |rig| {
            list(rig, ListMode::OffsetBatch)
        }));
        lines.push(measure("list 10k: IdCursor", transport, |rig| {
            list(
                rig,
                ListMode::IdCursor {
                    id_key: "ID".into(),
                },
            )
        }));
        lines.push(measure("list 10k: IdCursor + batch", transport, |rig| {
            list(
                rig,
                ListMode::IdCursorBatch {
                    id_key: "ID".into(),
                },
            )
        }));
        lines.push(measure(
            "widget render: one batch",
            transport,
            widget_render,
        ));
        lines.push(measure(
            "widget render: 4 separate calls",
            transport,
            widget_render_one_by_one,
        ));
    }
    println!("virtual clock; latency 80 ms/request + 1 ms/row; cloud limits 50 burst, 2/s drain\n");
    println!(
        "{:<34} {:<10} {:>8} {:>7} {:>7} {:>10} {:>11} {:>8} {:>5}",
        "scenario",
        "transport",
        "requests",
        "batches",
        "rows",
        "wall (s)",
        "limiter (s)",
        "retries",
        "503s"
    );
    println!("{}", "-".repeat(110));
    for line in &lines {
        println!(
            "{:<34} {:<10} {:>8} {:>7} {:>7} {:>10.1} {:>11.1} {:>8} {:>5}",
            line.scenario,
            line.stats.transport,
            line.stats.requests,
            line.stats.batches,
            line.rows,
            line.wall_ms as f64 / 1000.0,
            line.stats.waited_ms as f64 / 1000.0,
            line.stats.retries.total(),
            line.rejected,
        );
    }
}
