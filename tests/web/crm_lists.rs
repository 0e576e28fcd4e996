//! The CRM list widgets against the mock: the list report (`CRM_*_LIST_TOOLBAR` and friends: one
//! batch for the dictionaries, the ID-cursor pages, stop, errors with retry, a stage opening the
//! filtered list) and the list-row actions (`CRM_*_LIST_MENU`: move to a stage, reassign through
//! `selectUser`, `reloadData`, and a write with an unknown outcome that is not resent).

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

fn stage(entity: &str, id: &str, name: &str, sort: u32, sem: &str) -> Value {
    json!({"ID": sort, "ENTITY_ID": entity, "STATUS_ID": id, "NAME": name, "SORT": sort.to_string(), "COLOR": "#39A8EF", "SEMANTICS": sem})
}

fn item(id: u64, cat: u64, stage: &str, amount: f64) -> Value {
    json!({"id": id, "categoryId": cat, "stageId": stage, "opportunity": amount, "currencyId": "EUR"})
}

/// Picks `value` in the `<select>` at `selector` inside `app` as a user would (a bubbling
/// `change`). Only this app's element: a failed test leaves its app in the page.
async fn choose(app: &Mounted, selector: &str, value: &str) {
    let select = wait_for(app, selector).await;
    select.set_attribute("data-choose", "now").unwrap();
    js_sys::eval(&format!(
        "(function () {{ var s = document.querySelector('[data-choose=now]'); s.removeAttribute('data-choose'); s.value = {value:?}; s.dispatchEvent(new Event('change', {{bubbles: true}})); }})()"
    ))
    .unwrap();
}

fn deal_report_fixtures() {
    let items = json!([
        item(1, 0, "NEW", 100.0),
        item(2, 0, "NEW", 50.0),
        item(3, 0, "PREPARATION", 10.0),
        item(4, 0, "WON", 1000.0),
        item(5, 0, "LOSE", 5.0),
        item(6, 1, "C1:NEW", 7.0),
    ]);
    prepend(json!([
        {"method": "crm.category.list", "match": {"entityTypeId": 2}, "answer": {"result": {"categories": [
            {"id": 0, "name": "General", "isDefault": "Y", "sort": 100},
            {"id": 1, "name": "Partners", "isDefault": "N", "sort": 200}
        ]}, "total": 2}},
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE"}, "answer": {"result": [
            stage("DEAL_STAGE", "NEW", "New", 10, ""),
            stage("DEAL_STAGE", "PREPARATION", "Preparation", 20, ""),
            stage("DEAL_STAGE", "WON", "Won", 30, "S"),
            stage("DEAL_STAGE", "LOSE", "Lost", 40, "F")
        ], "total": 4}},
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE_1"}, "answer": {"result": [
            stage("DEAL_STAGE_1", "C1:NEW", "Talks", 10, ""),
            stage("DEAL_STAGE_1", "C1:WON", "Signed", 20, "S")
        ], "total": 2}},
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE_0"}, "answer": {"result": [], "total": 0}},
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE_Array"}, "answer": {"result": [], "total": 0}},
        {"method": "crm.item.list", "match": {"entityTypeId": 2}, "answer": {"result": {"items": items}, "total": 6}}
    ]));
}

fn rest_methods() -> Vec<String> {
    calls_named("callMethod")
        .iter()
        .map(|c| c["args"]["method"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn the_list_report_counts_every_stage_of_every_pipeline_from_one_batch_and_the_pages() {
    install(
        "CRM_DEAL_LIST_TOOLBAR",
        json!({"URI": "/crm/deal/list/"}),
        json!({}),
    );
    deal_report_fixtures();
    let app = mount();
    wait_for(
        &app,
        "[data-widget=crm-report] [data-testid=report-pipeline]",
    )
    .await;
    let methods = rest_methods();
    assert_eq!(
        methods.first().map(String::as_str),
        Some("batch"),
        "{methods:?}"
    );
    assert_eq!(
        methods.iter().filter(|m| *m == "batch").count(),
        1,
        "{methods:?}"
    );
    assert!(
        methods
            .iter()
            .skip(1)
            .all(|m| m == "crm.item.list" || m == "batch"),
        "{methods:?}"
    );
    let pipelines = app
        .host
        .query_selector_all("[data-testid=report-pipeline]")
        .unwrap();
    assert_eq!(pipelines.length(), 2);
    let counted = text(&wait_for(&app, "[data-testid=report-counted]").await);
    assert!(counted.contains('6'), "{counted}");
    let general = app
        .host
        .query_selector("[data-pipeline='0']")
        .unwrap()
        .unwrap();
    assert_eq!(
        text(
            &general
                .query_selector("[data-testid=pipeline-count]")
                .unwrap()
                .unwrap()
        ),
        "5"
    );
    assert_eq!(
        text(
            &general
                .query_selector("[data-testid=pipeline-won]")
                .unwrap()
                .unwrap()
        ),
        "1"
    );
    assert_eq!(
        text(
            &general
                .query_selector("[data-testid=pipeline-lost]")
                .unwrap()
                .unwrap()
        ),
        "1"
    );
    assert!(text(
        &general
            .query_selector("[data-testid=win-rate]")
            .unwrap()
            .unwrap()
    )
    .contains("50"));
    // NEW: 2 deals, all 4 that entered the funnel passed it.
    let new = general.query_selector("[data-key=NEW]").unwrap().unwrap();
    let shown = text(&new);
    assert!(
        shown.contains("New") && shown.contains('2') && shown.contains("100% reached"),
        "{shown}"
    );
    let preparation = text(
        &general
            .query_selector("[data-key=PREPARATION]")
            .unwrap()
            .unwrap(),
    );
    assert!(preparation.contains("50% reached"), "{preparation}");
    // The bars are SVG on the kit's classes; the longest is full length.
    let bar = new
        .query_selector("svg rect.b-bars__bar--primary")
        .unwrap()
        .unwrap();
    assert_eq!(bar.get_attribute("width").as_deref(), Some("1000"));
    assert!(general
        .query_selector("[data-key=WON] rect.b-bars__bar--success")
        .unwrap()
        .is_some());
    // A stage opens the list filtered to it.
    click(&new);
    wait_until("openPath", || !calls_named("openPath").is_empty()).await;
    assert_eq!(
        calls_named("openPath")[0]["args"]["path"],
        "/crm/deal/list/category/0/?apply_filter=Y&STAGE_ID%5B%5D=NEW"
    );
    let partners = app
        .host
        .query_selector("[data-pipeline='1'] [data-key='C1:NEW']")
        .unwrap()
        .unwrap();
    click(&partners);
    wait_until("second openPath", || calls_named("openPath").len() == 2).await;
    assert_eq!(
        calls_named("openPath")[1]["args"]["path"],
        "/crm/deal/list/category/1/?apply_filter=Y&STAGE_ID%5B%5D=C1%3ANEW"
    );
}

#[wasm_bindgen_test]
async fn stopping_the_count_keeps_what_was_counted_and_says_it_is_partial() {
    install(
        "CRM_FUNNELS_TOOLBAR",
        json!({"URI": "/crm/deal/"}),
        json!({}),
    );
    deal_report_fixtures();
    // The pages never come: the progress bar waits with a Stop button.
    js_sys::eval("window.__bx24mock.hang = ['crm.item.list'];").unwrap();
    let app = mount();
    let progress = text(&wait_for(&app, "[data-testid=report-progress-text]").await);
    wait_until("the count is known", || {
        app.host
            .query_selector("[data-testid=report-progress-text]")
            .unwrap()
            .is_some_and(|p| text(&p).contains("0 of 6"))
    })
    .await;
    assert!(!progress.is_empty());
    assert!(app
        .host
        .query_selector("[role=progressbar]")
        .unwrap()
        .is_some());
    click(&wait_for(&app, "[data-testid=report-stop]").await);
    let partial = text(&wait_for(&app, "[data-testid=report-partial]").await);
    assert!(partial.contains("0 of 6"), "{partial}");
    js_sys::eval("window.__bx24mock.hang = [];").unwrap();
    click(&wait_for(&app, "[data-testid=refresh]").await);
    wait_until("the full count after a new start", || {
        app.host
            .query_selector("[data-testid=report-counted]")
            .unwrap()
            .is_some_and(|p| text(&p).contains('6'))
            && app
                .host
                .query_selector("[data-testid=report-partial]")
                .unwrap()
                .is_none()
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_failed_report_shows_the_reason_and_a_retry_that_recovers() {
    install(
        "CRM_ANALYTICS_MENU",
        json!({"URI": "/crm/analytics/"}),
        json!({}),
    );
    deal_report_fixtures();
    prepend(
        json!([{"method": "crm.item.list", "match": {"entityTypeId": 2}, "answer": {"error": "INTERNAL_SERVER_ERROR", "error_description": "Database is down"}}]),
    );
    let app = mount();
    let alert = text(&wait_for(&app, "[data-widget=crm-report] .b-alert").await);
    assert!(
        alert.contains("Could not load the data") && alert.contains("Database is down"),
        "{alert}"
    );
    js_sys::eval("window.__bx24mock.fixtures.shift();").unwrap();
    click(&wait_for(&app, "[data-testid=retry]").await);
    wait_for(&app, "[data-testid=report-pipeline]").await;
    assert!(app.host.query_selector(".b-alert").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn analytics_can_switch_the_entity_type() {
    install(
        "CRM_ANALYTICS_TOOLBAR",
        json!({"URI": "/crm/analytics/"}),
        json!({}),
    );
    deal_report_fixtures();
    prepend(json!([
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "STATUS"}, "answer": {"result": [
            stage("STATUS", "NEW", "Unassigned", 10, ""), stage("STATUS", "CONVERTED", "Good lead", 20, "S")
        ], "total": 2}},
        {"method": "crm.item.list", "match": {"entityTypeId": 1}, "answer": {"result": {"items": [
            {"id": 1, "stageId": "NEW"}, {"id": 2, "stageId": "CONVERTED"}, {"id": 3, "stageId": "CONVERTED"}
        ]}, "total": 3}}
    ]));
    let app = mount();
    wait_for(&app, "[data-testid=report-pipeline]").await;
    choose(&app, "[data-testid=report-entity]", "1").await;
    wait_for(&app, "[data-key=CONVERTED]").await;
    assert!(text(
        &app.host
            .query_selector("[data-key=CONVERTED]")
            .unwrap()
            .unwrap()
    )
    .contains("Good lead"));
    assert!(text(&app.host.query_selector(".b-card__title").unwrap().unwrap()).contains("Lead"));
}

// ------------------------------------------------------------------------------------------------
// CRM_*_LIST_MENU

fn row_fixtures() {
    prepend(json!([
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE"}, "answer": {"result": [
            stage("DEAL_STAGE", "NEW", "New", 10, ""),
            stage("DEAL_STAGE", "PREPARATION", "Preparation", 20, ""),
            stage("DEAL_STAGE", "WON", "Won", 30, "S")
        ], "total": 3}},
        {"method": "crm.status.list", "match": {"filter.ENTITY_ID": "DEAL_STAGE_0"}, "answer": {"result": [], "total": 0}},
        {"method": "crm.item.update", "match": {"entityTypeId": 2}, "answer": {"result": {"item": {"id": 8061}}}}
    ]));
}

fn updates() -> Vec<Value> {
    calls_named("callMethod")
        .into_iter()
        .filter(|c| c["args"]["method"] == "crm.item.update")
        .collect()
}

async fn pick_stage(app: &Mounted, stage: &str) {
    choose(app, "[data-testid=row-stage]", stage).await;
    let button = wait_for(app, "[data-testid=row-move]").await;
    wait_until("the move button enables", || {
        !button.has_attribute("disabled")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_list_row_moves_to_a_stage_once_and_the_list_reloads() {
    install("CRM_DEAL_LIST_MENU", json!({"ID": "8061"}), json!({}));
    row_fixtures();
    let app = mount();
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    let batches = || rest_methods().iter().filter(|m| *m == "batch").count();
    assert_eq!(batches(), 1, "one round trip");
    let move_button = wait_for(&app, "[data-testid=row-move]").await;
    assert!(
        move_button.has_attribute("disabled"),
        "the current stage is no move"
    );
    pick_stage(&app, "WON").await;
    wait_until("the button enables", || {
        !move_button.has_attribute("disabled")
    })
    .await;
    click(&move_button);
    wait_for_text(&app, "Moved to “Won”.").await;
    let sent = updates();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(
        sent[0]["args"]["params"],
        json!({"entityTypeId": 2, "id": 8061, "fields": {"stageId": "WON"}})
    );
    assert_eq!(calls_named("placement.call:reloadData").len(), 1);
    wait_until("the row is read again", || batches() == 2).await;
}

#[wasm_bindgen_test]
async fn reassigning_goes_through_select_user() {
    install(
        "CRM_DEAL_LIST_MENU",
        json!({"ID": "8061"}),
        json!({"selectedUser": {"id": "5", "name": "Anna Schmidt"}}),
    );
    row_fixtures();
    let app = mount();
    click(&wait_for(&app, "[data-testid=row-reassign]").await);
    wait_for_text(&app, "Anna Schmidt is now responsible.").await;
    assert_eq!(calls_named("selectUser").len(), 1);
    let sent = updates();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0]["args"]["params"]["fields"],
        json!({"assignedById": 5})
    );
    assert_eq!(calls_named("placement.call:reloadData").len(), 1);
}

#[wasm_bindgen_test]
async fn a_write_with_an_unknown_outcome_is_not_resent_and_the_row_is_read_again() {
    install("CRM_DEAL_LIST_MENU", json!({"ID": "8061"}), json!({}));
    row_fixtures();
    // BX24.js never calls back on a 5xx or a lost connection.
    js_sys::eval("window.__bx24mock.hang = ['crm.item.update'];").unwrap();
    let app = mount();
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    pick_stage(&app, "NEW").await;
    click(&wait_for(&app, "[data-testid=row-move]").await);
    let unknown = text(&wait_for(&app, "[data-testid=row-unknown]").await);
    assert!(unknown.contains("may or may not"), "{unknown}");
    wait_until("the row is read again", || {
        rest_methods().iter().filter(|m| *m == "batch").count() == 2
    })
    .await;
    assert_eq!(updates().len(), 1, "never resent");
    assert!(calls_named("placement.call:reloadData").is_empty());
}

#[wasm_bindgen_test]
async fn a_refused_write_keeps_the_choice_and_says_why() {
    install("CRM_DEAL_LIST_MENU", json!({"ID": "8061"}), json!({}));
    row_fixtures();
    prepend(
        json!([{"method": "crm.item.update", "status": 400, "answer": {"error": "CRM_FIELD_ERROR_VALUE_NOT_VALID", "error_description": "Invalid value for field \"Stage\""}}]),
    );
    let app = mount();
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    pick_stage(&app, "WON").await;
    click(&wait_for(&app, "[data-testid=row-move]").await);
    let error = text(&wait_for(&app, "[data-testid=row-error]").await);
    assert!(
        error.contains("not saved") && error.contains("Invalid value"),
        "{error}"
    );
    let select = wait_for(&app, "[data-testid=row-stage]").await;
    let kept = js_sys::Reflect::get(&select, &"value".into()).unwrap();
    assert_eq!(kept.as_string().as_deref(), Some("WON"));
    assert!(calls_named("placement.call:reloadData").is_empty());
    assert_eq!(updates().len(), 1);
}

#[wasm_bindgen_test]
async fn the_order_list_report_counts_orders_per_status_named_in_the_users_language() {
    install(
        "CRM_ORDER_LIST_TOOLBAR",
        json!({"URI": "/shop/orders/"}),
        json!({}),
    );
    let orders = json!([
        {"id": 1, "statusId": "N", "price": 10.0, "currency": "USD"},
        {"id": 2, "statusId": "F", "price": 25.0, "currency": "USD"},
        {"id": 3, "statusId": "F", "price": 5.0, "currency": "USD"}
    ]);
    prepend(json!([
        {"method": "sale.status.list", "answer": {"result": {"statuses": [
            {"id": "N", "type": "O", "sort": 100},
            {"id": "F", "type": "O", "sort": 300}
        ]}}},
        {"method": "sale.statusLang.list", "match": {"filter.lid": "en"}, "answer": {"result": {"statusLangs": [
            {"statusId": "N", "lid": "en", "name": "Accepted"},
            {"statusId": "F", "lid": "en", "name": "Completed"}
        ]}}},
        {"method": "sale.order.list", "answer": {"result": {"orders": orders}, "total": 3}}
    ]));
    let app = mount();
    let pipeline = wait_for(
        &app,
        "[data-widget=crm-report] [data-testid=report-pipeline]",
    )
    .await;
    wait_for_text(&app, "Completed").await;
    assert_eq!(
        text(
            &pipeline
                .query_selector("[data-testid=pipeline-count]")
                .unwrap()
                .unwrap()
        ),
        "3"
    );
    assert_eq!(
        text(
            &pipeline
                .query_selector("[data-testid=pipeline-won]")
                .unwrap()
                .unwrap()
        ),
        "2",
        "completed orders count as won"
    );
    // The portal has no order list openPath may open: no stage is a button, no hint says so.
    assert!(pipeline
        .query_selector("button[data-key]")
        .unwrap()
        .is_none());
    assert!(pipeline
        .query_selector(".b-report__hint")
        .unwrap()
        .is_none());
    let completed = pipeline.query_selector("[data-key=F]").unwrap().unwrap();
    assert!(
        text(&completed).contains("Completed"),
        "{}",
        text(&completed)
    );
    let methods = rest_methods();
    assert_eq!(
        methods.iter().filter(|m| *m == "batch").count(),
        1,
        "{methods:?}"
    );
    assert!(
        methods
            .iter()
            .all(|m| m == "batch" || m == "sale.order.list"),
        "{methods:?}"
    );
}
