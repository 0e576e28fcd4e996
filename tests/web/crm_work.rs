//! CRM work widgets: the to-do of `CRM_*_DETAIL_ACTIVITY` in its classic slider and as the driver of
//! the portal-drawn built-in interface, against the BX24 mock.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;

/// The shared fixtures with `extra` in front (the first match wins).
fn with_fixtures(extra: Value) -> Value {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut all = extra.as_array().cloned().unwrap_or_default();
    all.extend(base["fixtures"].as_array().cloned().unwrap_or_default());
    json!({ "fixtures": all })
}

fn todo_fixtures(add: Value) -> Value {
    with_fixtures(json!([
        {"method": "crm.activity.list", "answer": {"result": [
            {"ID": "41", "SUBJECT": "Call", "DESCRIPTION": "Call about the renewal", "DEADLINE": "2026-12-03T10:00:00+01:00", "RESPONSIBLE_ID": "1"}
        ], "total": 1}},
        add,
    ]))
}

fn added_todos() -> Vec<Value> {
    calls_named("callMethod")
        .into_iter()
        .filter(|c| c["args"]["method"] == "crm.activity.todo.add")
        .collect()
}

fn batches() -> usize {
    calls_named("callMethod")
        .iter()
        .filter(|c| c["args"]["method"] == "batch")
        .count()
}

/// Sets a control's value the way typing does and fires `event` (`input` or `change`), bubbling.
fn set_value(el: &web_sys::Element, value: &str) {
    type_into(el, value, "input");
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn classic_activity_creates_the_todo_once_and_reloads_the_card() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"ID": "8061"}),
        todo_fixtures(
            json!({"method": "crm.activity.todo.add", "answer": {"result": {"id": 501}}}),
        ),
    );
    let app = mount();
    wait_for(&app, "[data-widget=crm-todo]").await;
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    wait_for_text(&app, "Call about the renewal").await;
    assert_eq!(batches(), 1, "the element and its to-dos in one round trip");

    let create = wait_for(&app, "[data-testid=todo-create]").await;
    click(&create);
    wait_for(&app, "[role=alert]").await;
    assert!(added_todos().is_empty(), "an empty to-do is not sent");

    let area = wait_for(&app, "[data-testid=todo-text]").await;
    set_value(&area, "Send the <b>offer</b>");
    click(&create);
    wait_for(&app, "[data-testid=todo-created]").await;
    let sent = added_todos();
    assert_eq!(sent.len(), 1, "created exactly once");
    let params = &sent[0]["args"]["params"];
    assert_eq!(params["ownerTypeId"], 2);
    assert_eq!(params["ownerId"], 8061);
    assert_eq!(params["description"], "Send the <b>offer</b>");
    assert!(params["deadline"]
        .as_str()
        .is_some_and(|d| d.len() == 19 && d.ends_with(":00")));
    wait_until("reloadData sent", || {
        !calls_named("placement.call:reloadData").is_empty()
    })
    .await;
    assert!(
        app.host.query_selector("b").unwrap().is_none(),
        "typed text is shown as text"
    );
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn a_create_without_an_answer_is_not_resent_and_the_text_survives() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"ID": "8061"}),
        todo_fixtures(
            json!({"method": "crm.activity.todo.add", "hang": true, "answer": {"result": {"id": 1}}}),
        ),
    );
    let app = mount();
    let area = wait_for(&app, "[data-testid=todo-text]").await;
    set_value(&area, "Call back");
    click(&wait_for(&app, "[data-testid=todo-create]").await);
    wait_for(&app, "[data-testid=todo-unknown]").await;
    assert_eq!(added_todos().len(), 1, "never resent by itself");
    wait_until("the open to-dos are re-read", || batches() >= 2).await;
    let area = wait_for(&app, "[data-testid=todo-text]").await;
    assert_eq!(
        area.unchecked_ref::<web_sys::HtmlTextAreaElement>().value(),
        "Call back",
        "the user's text is kept"
    );
    wait_for_text(&app, "Create anyway").await;
    assert!(calls_named("placement.call:reloadData").is_empty());
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn a_refused_create_says_why_and_keeps_the_text() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"ID": "8061"}),
        todo_fixtures(
            json!({"method": "crm.activity.todo.add", "status": 400, "answer": {"error": "ACCESS_DENIED", "error_description": "Access denied"}}),
        ),
    );
    let app = mount();
    let area = wait_for(&app, "[data-testid=todo-text]").await;
    set_value(&area, "Call back");
    click(&wait_for(&app, "[data-testid=todo-create]").await);
    wait_for(&app, "[data-testid=todo-refused]").await;
    wait_for_text(&app, "Access denied").await;
    assert_eq!(added_todos().len(), 1);
}

/// The argument of every `placement.call:<command>` the mock recorded.
fn commands(command: &str) -> Vec<Value> {
    calls_named(&format!("placement.call:{command}"))
        .into_iter()
        .map(|c| c["args"].clone())
        .collect()
}

fn press(command: &str, payload: Value) -> f64 {
    js_sys::eval(&format!(
        "window.__bx24mock.callBack('{command}', {payload})"
    ))
    .unwrap()
    .as_f64()
    .unwrap()
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn built_in_mode_drives_the_portal_drawn_form() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"entityTypeId": "2", "entityId": "8061", "useBuiltInInterface": "Y"}),
        todo_fixtures(
            json!({"method": "crm.activity.todo.add", "answer": {"result": {"id": 502}}}),
        ),
    );
    let app = mount();
    let routed = wait_for(&app, "[data-family]").await;
    assert_eq!(routed.get_attribute("data-hidden").as_deref(), Some("true"));
    wait_for(&app, "[data-widget=crm-todo-builtin]").await;
    assert!(
        app.host.query_selector(".b-card").unwrap().is_none(),
        "nothing visible in the hidden frame"
    );
    wait_until("setLayout sent", || !commands("setLayout").is_empty()).await;
    let layout = &commands("setLayout")[0];
    assert_eq!(
        layout["blocks"]["head"]["properties"]["value"],
        "New to-do for Website redesign for Daisy GmbH"
    );
    assert_eq!(layout["blocks"]["text"]["type"], "textarea");
    assert_eq!(
        layout["blocks"]["open"]["properties"]["value"],
        "Open to-dos: 1"
    );
    assert_eq!(layout["primaryButton"]["state"], "disabled");
    assert_eq!(batches(), 1);
    for bind in [
        "bindValueChangeCallback",
        "bindPrimaryButtonClickCallback",
        "bindSecondaryButtonClickCallback",
        "bindEntityUpdateCallback",
    ] {
        assert_eq!(commands(bind).len(), 1, "{bind} registered once");
    }

    assert_eq!(
        press(
            "bindValueChangeCallback",
            json!({"id": "text", "value": "Send the contract"})
        ),
        1.0
    );
    wait_until("the primary button is enabled", || {
        commands("setPrimaryButtonState")
            .last()
            .is_some_and(|s| s["state"] == "normal")
    })
    .await;
    press(
        "bindValueChangeCallback",
        json!({"id": "due", "value": "week"}),
    );
    press("bindPrimaryButtonClickCallback", json!({}));
    wait_until("finish sent", || !commands("finish").is_empty()).await;
    let sent = added_todos();
    assert_eq!(sent.len(), 1, "created exactly once");
    assert_eq!(
        sent[0]["args"]["params"]["description"],
        "Send the contract"
    );
    assert!(sent[0]["args"]["params"]["deadline"]
        .as_str()
        .is_some_and(|d| d.ends_with("T10:00:00")));
    let order: Vec<String> = calls()
        .iter()
        .filter_map(|c| c["name"].as_str().map(str::to_owned))
        .filter(|n| {
            [
                "placement.call:lock",
                "placement.call:unlock",
                "placement.call:reloadData",
                "placement.call:finish",
            ]
            .contains(&n.as_str())
        })
        .collect();
    assert_eq!(
        order,
        [
            "placement.call:lock",
            "placement.call:unlock",
            "placement.call:reloadData",
            "placement.call:finish"
        ]
    );
    press("bindPrimaryButtonClickCallback", json!({}));
    sleep(50).await;
    assert_eq!(added_todos().len(), 1, "a press after finish does nothing");
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn built_in_mode_shows_a_failed_load_in_the_form_and_retries() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"entityTypeId": "2", "entityId": "503", "useBuiltInInterface": "Y"}),
        todo_fixtures(json!({"method": "none"})),
    );
    let app = mount();
    wait_for(&app, "[data-widget=crm-todo-builtin]").await;
    wait_until("an error layout", || !commands("setLayout").is_empty()).await;
    let layout = &commands("setLayout")[0];
    assert_eq!(layout["blocks"]["status"]["properties"]["color"], "danger");
    assert_eq!(layout["primaryButton"]["title"], "Try again");
    press("bindPrimaryButtonClickCallback", json!({}));
    wait_until("the load is retried", || batches() >= 2).await;
    assert!(added_todos().is_empty());
    drop(app);
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn cancel_in_built_in_mode_finishes_without_writing() {
    install(
        "CRM_DEAL_DETAIL_ACTIVITY",
        json!({"entityTypeId": "2", "entityId": "8061", "useBuiltInInterface": "Y"}),
        todo_fixtures(json!({"method": "none"})),
    );
    let app = mount();
    wait_until("setLayout sent", || !commands("setLayout").is_empty()).await;
    press("bindSecondaryButtonClickCallback", json!({}));
    wait_until("finish sent", || !commands("finish").is_empty()).await;
    assert!(added_todos().is_empty());
    drop(app);
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn orders_invoices_and_activities_get_their_own_card_from_their_own_method() {
    let fixtures = with_fixtures(json!([
        {"method": "sale.order.get", "match": {"id": 7}, "answer": {"result": {"order": {"id": 7, "accountNumber": "1047", "price": 250, "currency": "USD", "statusId": "N", "payed": "N", "canceled": "N", "dateInsert": "2026-11-20T12:00:00+01:00", "responsibleId": 1,
            "basketItems": [{"name": "Office chair", "quantity": 2, "price": 125}]}}}},
        {"method": "crm.invoice.get", "match": {"id": 4}, "answer": {"result": {"ID": "4", "ORDER_TOPIC": "Invoice for <i>support</i>", "STATUS_ID": "P", "PRICE": "90.00", "CURRENCY": "USD", "PAYED": "Y", "RESPONSIBLE_ID": "1", "UF_DEAL_ID": "8061", "PRODUCT_ROWS": []}}},
        {"method": "crm.activity.get", "match": {"id": 9}, "answer": {"result": {"ID": "9", "SUBJECT": "Call with Anna", "DESCRIPTION": "Asked for a discount", "TYPE_ID": "2", "DIRECTION": "1", "COMPLETED": "N", "RESPONSIBLE_ID": "1", "OWNER_TYPE_ID": "2", "OWNER_ID": "8061"}}},
    ]));
    install("CRM_ORDER_DETAIL_TAB", json!({"ID": "7"}), fixtures.clone());
    let app = mount();
    wait_for(&app, "[data-widget=crm-record]").await;
    wait_for_text(&app, "Order 1047").await;
    wait_for_text(&app, "Office chair").await;
    wait_for_text(&app, "Not paid").await;
    let methods: Vec<Value> = calls_named("batch:sale.order.get");
    assert_eq!(methods.len(), 1, "the order from sale.order.get");
    assert_eq!(batches(), 1, "one round trip");
    assert!(
        calls_named("batch:crm.item.get").is_empty(),
        "not the context card"
    );
    drop(app);

    install(
        "CRM_INVOICE_DETAIL_TOOLBAR",
        json!({"ID": "4"}),
        fixtures.clone(),
    );
    let app = mount();
    wait_for_text(&app, "Invoice for <i>support</i>").await;
    assert!(app
        .host
        .query_selector("[data-widget=crm-record] i")
        .unwrap()
        .is_none());
    wait_for_text(&app, "Paid").await;
    let owner = wait_for(&app, "[data-testid=record-owner]").await;
    click(&owner);
    wait_until("openPath to the deal", || {
        calls_named("openPath")
            .iter()
            .any(|c| c["args"]["path"] == "/crm/deal/details/8061/")
    })
    .await;
    drop(app);

    install("CRM_ACTIVITY_LIST_MENU", json!({"ID": "9"}), fixtures);
    let app = mount();
    wait_for_text(&app, "Call with Anna").await;
    wait_for_text(&app, "Asked for a discount").await;
    wait_for_text(&app, "Incoming").await;
    assert_eq!(calls_named("batch:crm.activity.get").len(), 1);
    drop(app);
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn a_missing_order_is_a_calm_notice() {
    install(
        "CRM_ORDER_DETAIL_TAB",
        json!({"ID": "99"}),
        with_fixtures(
            json!([{"method": "sale.order.get", "status": 400, "answer": {"error": "ERROR_NOT_FOUND", "error_description": "Order not found"}}]),
        ),
    );
    let app = mount();
    wait_for(&app, "[data-widget=crm-record] [data-testid=load-error]").await;
    wait_for_text(&app, "Not found").await;
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn client_search_reports_matches_and_answers_the_pick() {
    install(
        "CRM_DETAIL_SEARCH",
        json!({"entityTypeName": "COMPANY", "searchQuery": "Daisy"}),
        with_fixtures(json!([
            {"method": "crm.item.list", "answer": {"result": {"items": [{"id": 4, "title": "Daisy GmbH", "fm": [{"typeId": "PHONE", "value": "+49 30 1234"}]}]}, "total": 1}},
            {"method": "crm.requisite.list", "answer": {"result": [{"ID": "7", "ENTITY_ID": "12", "RQ_COMPANY_NAME": "Daisy Trading", "RQ_INN": "7701234567"}], "total": 1}},
        ])),
    );
    let app = mount();
    wait_for(&app, "[data-widget=crm-search]").await;
    wait_until("crmShowFoundEntities sent", || {
        !commands("crmShowFoundEntities").is_empty()
    })
    .await;
    assert_eq!(batches(), 1);
    assert_eq!(
        commands("crmShowFoundEntities")[0],
        json!({"data": [
            {"id": "4", "name": "Daisy GmbH", "phone": "+49 30 1234"},
            {"id": "12", "name": "Daisy Trading, 7701234567"}
        ]})
    );
    js_sys::eval("window.__bx24mock.fire('onCrmEntityIsNeedToCreate', {appSid: 'x', data: {id: '12', name: 'Daisy Trading, 7701234567'}})").unwrap();
    wait_until("crmShowCreatedEntity sent", || {
        !commands("crmShowCreatedEntity").is_empty()
    })
    .await;
    assert_eq!(
        commands("crmShowCreatedEntity")[0],
        json!({"entityType": "company", "id": "12", "title": "Daisy Trading"})
    );
    wait_for_text(&app, "filled into the form").await;
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn bank_autocomplete_fills_the_rq_fields_and_a_failed_search_reports_nothing_at_once() {
    install(
        "CRM_BANK_DETAIL_AUTOCOMPLETE",
        json!({"searchQuery": "0440"}),
        with_fixtures(json!([
            {"method": "crm.requisite.bankdetail.list", "answer": {"result": [{"ID": "3", "RQ_BANK_NAME": "Baltic Trade Bank", "RQ_BIK": "044030653", "RQ_SWIFT": "BTBKRU2P"}], "total": 1}},
        ])),
    );
    let app = mount();
    wait_until("found sent", || {
        !commands("crmShowFoundEntities").is_empty()
    })
    .await;
    js_sys::eval("window.__bx24mock.fire('onCrmEntityIsNeedToCreate', {data: {id: '3'}})").unwrap();
    wait_until("created sent", || {
        !commands("crmShowCreatedEntity").is_empty()
    })
    .await;
    let created = &commands("crmShowCreatedEntity")[0];
    assert_eq!(created["entityType"], "bank");
    assert_eq!(created["fields"]["RQ_BIK"], "044030653");
    drop(app);

    install(
        "CRM_REQUISITE_AUTOCOMPLETE",
        json!({"searchQuery": "Daisy"}),
        json!({"hang": ["batch"]}),
    );
    let app = mount();
    wait_until("empty answer after the failure", || {
        commands("crmShowFoundEntities").first() == Some(&json!({"data": []}))
    })
    .await;
    wait_for_text(&app, "The search failed").await;
    drop(app);
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_document_generator_shows_a_printable_offer_with_print_and_download() {
    install(
        "CRM_DEAL_DOCUMENTGENERATOR_BUTTON",
        json!({"ENTITY_ID": "8061"}),
        json!({}),
    );
    js_sys::eval(
        "window.__printed = 0; window.__print = window.print; window.print = () => { window.__printed += 1; };
         window.__saved = []; window.__click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () { window.__saved.push({download: this.download, href: this.href}); };",
    )
    .unwrap();
    let app = mount();
    let title = wait_for(&app, "[data-testid=doc-title]").await;
    assert_eq!(text(&title), "Website redesign for Daisy GmbH");
    let doc = wait_for(&app, "[data-testid=document]").await;
    assert!(text(&doc).contains("Commercial offer"));
    assert!(text(&doc).contains("No. DEAL-8061"));
    assert_eq!(batches(), 1);
    click(&wait_for(&app, "[data-testid=doc-print]").await);
    assert_eq!(
        js_sys::eval("window.__printed").unwrap().as_f64(),
        Some(1.0)
    );
    click(&wait_for(&app, "[data-testid=doc-download]").await);
    let saved = js_sys::eval("JSON.stringify(window.__saved)")
        .unwrap()
        .as_string()
        .unwrap();
    let saved: Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(saved[0]["download"], "offer-deal-8061.html");
    assert!(saved[0]["href"]
        .as_str()
        .is_some_and(|h| h.starts_with("blob:")));
    wait_for_text(&app, "Saved as offer-deal-8061.html").await;
    js_sys::eval(
        "window.print = window.__print; HTMLAnchorElement.prototype.click = window.__click;",
    )
    .unwrap();
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_timeline_menu_works_on_its_record_and_marks_it_done_once() {
    install(
        "CRM_DEAL_ACTIVITY_TIMELINE_MENU",
        json!({"ENTITY_ID": "8061", "ASSOCIATED_ENTITY_ID": "9", "ASSOCIATED_ENTITY_TYPE_ID": "6"}),
        with_fixtures(json!([
            {"method": "crm.activity.get", "match": {"id": 9}, "answer": {"result": {"ID": "9", "SUBJECT": "Call with Anna", "TYPE_ID": "2", "COMPLETED": "N", "RESPONSIBLE_ID": "1", "OWNER_TYPE_ID": "2", "OWNER_ID": "8061"}}},
            {"method": "crm.activity.update", "answer": {"result": true}},
        ])),
    );
    let app = mount();
    wait_for_text(&app, "Call with Anna").await;
    assert!(
        calls_named("batch:crm.item.get").is_empty(),
        "the record, not the owner's card"
    );
    click(&wait_for(&app, "[data-testid=record-done]").await);
    wait_until("re-read after the update", || batches() >= 2).await;
    let updates: Vec<Value> = calls_named("callMethod")
        .into_iter()
        .filter(|c| c["args"]["method"] == "crm.activity.update")
        .collect();
    assert_eq!(updates.len(), 1);
    assert_eq!(
        updates[0]["args"]["params"],
        json!({"id": 9, "fields": {"COMPLETED": "Y"}})
    );
}

fn change_value(el: &web_sys::Element, value: &str) {
    type_into(el, value, "change");
}

#[wasm_bindgen_test::wasm_bindgen_test]
async fn the_robot_form_sends_each_valid_change_with_set_property_value() {
    install(
        "BIZPROC_ACTIVITY_PROPERTIES_DIALOG",
        json!({"code": "follow_up", "activity_name": "A1", "properties": {
            "subject": {"Id": "subject", "Type": "string", "Name": "Subject", "Required": true},
            "days": {"Id": "days", "Type": "int", "Name": "Days to wait"},
            "channel": {"Id": "channel", "Type": "select", "Name": "Channel", "Options": {"sms": "SMS", "mail": "E-mail"}}
        }, "current_values": {"subject": "Hello <b>there</b>"}, "document_type": ["crm", "CCrmDocumentDeal", "DEAL"], "document_fields": {}}),
        json!({}),
    );
    let app = mount();
    wait_for(&app, "[data-widget=crm-robot]").await;
    let subject = wait_for(&app, "[data-property=subject]").await;
    assert_eq!(
        subject.unchecked_ref::<web_sys::HtmlInputElement>().value(),
        "Hello <b>there</b>"
    );
    let days = wait_for(&app, "[data-property=days]").await;
    change_value(&days, "three");
    wait_for(&app, "[role=alert]").await;
    assert!(
        commands("setPropertyValue").is_empty(),
        "an invalid value is not sent"
    );
    change_value(&days, "3");
    wait_until("sent", || !commands("setPropertyValue").is_empty()).await;
    assert_eq!(commands("setPropertyValue"), vec![json!({"days": 3})]);
    change_value(&wait_for(&app, "[data-property=channel]").await, "mail");
    change_value(&subject, " ");
    wait_until("two sent", || commands("setPropertyValue").len() == 2).await;
    assert_eq!(commands("setPropertyValue")[1], json!({"channel": "mail"}));
    wait_for_text(&app, "Fill in this field.").await;
    assert_eq!(
        commands("setPropertyValue").len(),
        2,
        "an empty required value is not sent"
    );
    wait_for_text(&app, "Sent to the robot form: Channel").await;
}
