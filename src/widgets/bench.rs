//! A developer benchmark, run inside a real frame (the portal emulator, or a test portal):
//! REST round trips per widget render and wall time of a 10 000-row list by every paging mode, over
//! both transports. Compiled only with the `bench` feature (e2e/bench.mjs builds such an app, opens it
//! as `DEFAULT` with `{"view":"bench"}` and writes BENCHMARK.md); production builds do not contain it.
//!
//! Each measurement uses a fresh client, so its rate limiter starts with the full burst of 50 like a
//! freshly opened widget.

use crate::context::{rest_client, use_app, AppContext, RestClient};
use bx24::{AnyTransport, Bx24Transport, FetchTransport};
use domain::entity_card::{self, EntityCard};
use leptos::prelude::*;
use placement::{CrmEntityType, CrmRef, EntityId};
use rest::{ListMode, ListSpec};
use serde_json::{json, Map, Value};
use std::collections::HashSet;

/// What to measure, from the page params.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchPlan {
    /// `bx24` and/or `fetch`.
    pub transports: Vec<String>,
    /// `offset`, `offset-batch`, `id-cursor`, `id-cursor-batch`.
    pub modes: Vec<String>,
    /// The smart process holding the big table (the emulator's "Service requests", 10 000 items).
    pub entity_type_id: u64,
    /// The deal whose card is rendered.
    pub deal_id: u64,
}

impl BenchPlan {
    /// Reads `transports`, `modes`, `entityTypeId`, `dealId`; everything by default.
    pub fn from_params(params: &Map<String, Value>) -> Self {
        let list = |key: &str, all: &[&str]| -> Vec<String> {
            let given: Vec<String> = params
                .get(key)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .filter(|v| all.contains(&v.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            if given.is_empty() {
                all.iter().map(|s| (*s).to_owned()).collect()
            } else {
                given
            }
        };
        Self {
            transports: list("transports", &["bx24", "fetch"]),
            modes: list(
                "modes",
                &["offset", "offset-batch", "id-cursor", "id-cursor-batch"],
            ),
            entity_type_id: domain::lenient::id(params.get("entityTypeId")).unwrap_or(1038),
            deal_id: domain::lenient::id(params.get("dealId")).unwrap_or(1),
        }
    }
}

fn client_for(ctx: &AppContext, transport: &str) -> Option<RestClient> {
    let transport = match transport {
        "fetch" => AnyTransport::Fetch(FetchTransport::from_frame()?),
        _ => AnyTransport::Bx24(Bx24Transport::new(ctx.bx24.clone())),
    };
    let config = rest::ClientConfig {
        timeout_ms: 60_000,
        ..Default::default()
    };
    Some(rest_client(&ctx.bx24, transport, config))
}

async fn measure_render(client: &RestClient, deal: u64) -> Value {
    let target = CrmRef {
        entity: CrmEntityType::Deal,
        id: EntityId(deal),
    };
    let started = js_sys::Date::now();
    let outcome = match client.batch(entity_card::plan(target)).await {
        Ok(results) => EntityCard::from_batch(target, &results)
            .map(|c| c.title)
            .map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    };
    let stats = client.stats();
    json!({
        "transport": stats.transport, "scenario": "widget render (entity card)", "requests": stats.requests,
        "batches": stats.batches, "commands": stats.batched_commands, "wall_ms": (js_sys::Date::now() - started).round(),
        "ok": outcome.is_ok(), "error": outcome.err(),
    })
}

async fn measure_list(client: &RestClient, entity_type_id: u64, mode: &str) -> Value {
    let spec = ListSpec::new(
        "crm.item.list",
        json!({"entityTypeId": entity_type_id, "select": ["id", "title"]}),
    )
    .items_key("items");
    let spec = match mode {
        "offset-batch" => spec.mode(ListMode::OffsetBatch),
        "id-cursor" => spec.id_cursor("id"),
        "id-cursor-batch" => spec.id_cursor_batch("id"),
        _ => spec,
    };
    let started = js_sys::Date::now();
    let rows = client.list_all::<domain::answers::CrmItem>(spec).await;
    let wall = (js_sys::Date::now() - started).round();
    let stats = client.stats();
    let (count, distinct, error) = match rows {
        Ok(rows) => {
            let ids: HashSet<u64> = rows.iter().filter_map(|item| item.id).collect();
            (rows.len(), ids.len(), None)
        }
        Err(e) => (0, 0, Some(e.to_string())),
    };
    json!({
        "transport": stats.transport, "scenario": format!("list {entity_type_id}: {mode}"), "rows": count, "distinct_ids": distinct,
        "requests": stats.requests, "batches": stats.batches, "wall_ms": wall, "limiter_wait_ms": stats.waited_ms,
        "retries": stats.retries.total(), "ok": error.is_none(), "error": error,
    })
}

/// Runs the plan, one measurement after the other, and shows the results as JSON.
#[component]
pub fn BenchView(
    /// What to measure.
    plan: BenchPlan,
) -> impl IntoView {
    let ctx = use_app();
    let results = RwSignal::new(Vec::<Value>::new());
    let done = RwSignal::new(false);
    let app = ctx.with_value(Clone::clone);
    leptos::task::spawn_local(async move {
        for transport in &plan.transports {
            let Some(client) = client_for(&app, transport) else {
                results.update(|r| r.push(json!({"transport": transport, "ok": false, "error": "not in a portal frame"})));
                continue;
            };
            results.update(|r| r.push(json!({"pending": true})));
            let render = measure_render(&client, plan.deal_id).await;
            results.update(|r| *r.last_mut().unwrap_or(&mut Value::Null) = render);
            for mode in &plan.modes {
                let Some(client) = client_for(&app, transport) else {
                    continue;
                };
                let row = measure_list(&client, plan.entity_type_id, mode).await;
                results.update(|r| r.push(row));
            }
        }
        done.set(true);
    });
    view! {
        <section class="b-card" data-widget="bench">
            <div class="b-card__body b-stack">
                <h1 class="b-title">"REST benchmark"</h1>
                <p class="b-muted" data-testid="bench-status">
                    {move || if done.try_get().unwrap_or(false) { "done".to_owned() } else { format!("running… {} measurement(s) so far", results.try_get().unwrap_or_default().len()) }}
                </p>
                <pre class="b-code" data-testid="bench-result">
                    {move || serde_json::to_string_pretty(&results.try_get().unwrap_or_default()).unwrap_or_default()}
                </pre>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_defaults_and_filters() {
        let all = BenchPlan::from_params(&Map::new());
        assert_eq!(all.transports, ["bx24", "fetch"]);
        assert_eq!(
            all.modes,
            ["offset", "offset-batch", "id-cursor", "id-cursor-batch"]
        );
        assert_eq!((all.entity_type_id, all.deal_id), (1038, 1));
        let some = BenchPlan::from_params(json!({"transports": ["fetch", "carrier-pigeon"], "modes": ["id-cursor"], "entityTypeId": "183"}).as_object().unwrap());
        assert_eq!(
            (some.transports, some.modes, some.entity_type_id),
            (vec!["fetch".to_owned()], vec!["id-cursor".to_owned()], 183)
        );
    }
}
