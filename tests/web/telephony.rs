//! Telephony widgets against the mock: the call card's note (kept open while written, saved once,
//! also on BeforeClose), the background softphone driving the card from its events, and the calls
//! report with its paging and Stop.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Installs the mock with the portal fixtures plus `more` first.
fn install_with(placement: &str, options: Value, more: Vec<Value>, extra: Value) {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut fixtures = more;
    fixtures.extend(base["fixtures"].as_array().cloned().unwrap_or_default());
    let mut extra = extra;
    extra["fixtures"] = Value::Array(fixtures);
    install(placement, options, extra);
}

fn call_card_options() -> Value {
    json!({"CALL_ID": "externalCall.1", "PHONE_NUMBER": "+4930123456", "CALL_DIRECTION": "incoming",
           "CRM_ENTITY_TYPE": "DEAL", "CRM_ENTITY_ID": "8061", "CALL_STATE": "connected"})
}

fn todo_added(id: u64) -> Value {
    json!({"method": "crm.activity.todo.add", "answer": {"result": {"id": id}}})
}

async fn type_note(app: &Mounted, text: &str) {
    let area: web_sys::HtmlTextAreaElement = wait_for(app, "[data-testid=call-note-text]")
        .await
        .unchecked_into();
    area.set_value(text);
    area.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_call_card_reads_its_status_and_keeps_itself_open_while_a_note_is_written() {
    install_with(
        "CALL_CARD",
        call_card_options(),
        vec![todo_added(55)],
        json!({"placementReplies": {"getStatus": {"CALL_ID": "externalCall.1", "CALL_STATE": "connected", "CRM_ENTITY_TYPE": "DEAL", "CRM_ENTITY_ID": 8061}}}),
    );
    let app = mount();
    wait_for(&app, "[data-testid=call-note]").await;
    wait_until("getStatus", || {
        !calls_named("placement.call:getStatus").is_empty()
    })
    .await;
    type_note(&app, "Wants a callback on Friday").await;
    wait_until("disableAutoClose", || {
        calls_named("placement.call:disableAutoClose").len() == 1
    })
    .await;
    wait_for_text(&app, "stays open").await;
    type_note(&app, "Wants a callback on Friday at 10").await;
    click(&wait_for(&app, "[data-testid=call-note-save]").await);
    wait_for_text(&app, "The note is saved as activity #55 on Deal #8061.").await;
    let adds = rest_calls("crm.activity.todo.add");
    assert_eq!(adds.len(), 1);
    let p = &adds[0]["args"]["params"];
    assert_eq!(
        (p["ownerTypeId"].clone(), p["ownerId"].clone()),
        (json!(2), json!(8061))
    );
    assert_eq!(p["description"], "Wants a callback on Friday at 10");
    assert_eq!(p["title"], "Call note: +4930123456");
    assert_eq!(
        calls_named("placement.call:disableAutoClose").len(),
        1,
        "held once"
    );
    wait_until("enableAutoClose", || {
        calls_named("placement.call:enableAutoClose").len() == 1
    })
    .await;
}

#[wasm_bindgen_test]
async fn before_close_saves_an_unsaved_note_once() {
    install_with(
        "CALL_CARD",
        call_card_options(),
        vec![todo_added(56)],
        json!({}),
    );
    let app = mount();
    type_note(&app, "Send the price list").await;
    wait_until("the card binds BeforeClose", || {
        calls_named("placement.bindEvent")
            .iter()
            .any(|c| c["args"]["event"] == "CallCard::BeforeClose")
    })
    .await;
    js_sys::eval("window.__bx24mock.fire('CallCard::BeforeClose', {}); window.__bx24mock.fire('CallCard::BeforeClose', {});").unwrap();
    wait_for_text(&app, "activity #56").await;
    assert_eq!(
        rest_calls("crm.activity.todo.add").len(),
        1,
        "BeforeClose may fire twice: one save"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_save_is_not_repeated() {
    install_with(
        "CALL_CARD",
        call_card_options(),
        vec![json!({"method": "crm.activity.todo.add", "hang": true, "answer": {"result": {}}})],
        json!({}),
    );
    let app = mount();
    type_note(&app, "Call back").await;
    click(&wait_for(&app, "[data-testid=call-note-save]").await);
    wait_for_text(&app, "may have been saved").await;
    click(&wait_for(&app, "[data-testid=call-note-save]").await);
    js_sys::eval("window.__bx24mock.fire('CallCard::BeforeClose', {});").unwrap();
    assert_eq!(rest_calls("crm.activity.todo.add").len(), 1);
    assert!(
        calls_named("placement.call:enableAutoClose").is_empty(),
        "the card stays open"
    );
}

fn placement_calls(command: &str) -> Vec<Value> {
    calls_named(&format!("placement.call:{command}"))
}

#[wasm_bindgen_test]
async fn the_softphone_drives_the_background_call_card() {
    install_with(
        "PAGE_BACKGROUND_WORKER",
        json!({"ID": "PAGE_BACKGROUND_WORKER"}),
        vec![
            json!({"method": "telephony.externalcall.finish", "answer": {"result": {"ID": 81, "CALL_FAILED_CODE": "200"}}}),
        ],
        json!({}),
    );
    let app = mount();
    wait_for(&app, "[data-widget=softphone]").await;
    wait_until("the worker binds its events", || {
        calls_named("placement.bindEvent").len() >= 7
    })
    .await;
    let fire = |event: &str, payload: &str| {
        js_sys::eval(&format!(
            "window.__bx24mock.fire('BackgroundCallCard::{event}', {payload});"
        ))
        .unwrap();
    };
    fire(
        "initialized",
        r#"{"CALL_ID": "externalCall.9", "PHONE_NUMBER": "+4930999", "CRM_ENTITY_TYPE": "CONTACT", "CRM_ENTITY_ID": 3}"#,
    );
    wait_until("ringing", || {
        !placement_calls("CallCardSetStatusText").is_empty()
    })
    .await;
    assert_eq!(
        placement_calls("CallCardSetCardTitle")[0]["args"]["title"],
        "Incoming call from +4930999"
    );
    assert_eq!(
        placement_calls("CallCardSetUiState")[0]["args"]["uiState"],
        "incoming"
    );
    fire("answerButtonClick", "{}");
    wait_until("connected", || {
        placement_calls("CallCardSetUiState").len() == 2
    })
    .await;
    let connected = &placement_calls("CallCardSetUiState")[1]["args"];
    assert_eq!(
        (
            connected["uiState"].clone(),
            connected["disableAutoStartTimer"].clone()
        ),
        (json!("connected"), json!(true))
    );
    wait_until("timer", || placement_calls("CallCardStartTimer").len() == 1).await;
    fire("muteButtonClick", "true");
    wait_until("muted", || !placement_calls("CallCardSetMute").is_empty()).await;
    assert_eq!(placement_calls("CallCardSetMute")[0]["args"]["muted"], true);
    fire("hangupButtonClick", "{}");
    wait_until("finished", || {
        !rest_calls("telephony.externalcall.finish").is_empty()
    })
    .await;
    assert_eq!(placement_calls("CallCardStopTimer").len(), 1);
    let finish = &rest_calls("telephony.externalcall.finish")[0]["args"]["params"];
    assert_eq!(
        (
            finish["CALL_ID"].clone(),
            finish["STATUS_CODE"].clone(),
            finish["USER_ID"].clone()
        ),
        (json!("externalCall.9"), json!("200"), json!(1))
    );
    fire("hangupButtonClick", "{}");
    fire("closeButtonClick", "{}");
    wait_until("closed", || placement_calls("CallCardClose").len() == 1).await;
    assert_eq!(
        rest_calls("telephony.externalcall.finish").len(),
        1,
        "finished once"
    );
}

fn call_rows() -> Value {
    json!([
        {"ID": "1", "PORTAL_USER_ID": "1", "CALL_TYPE": "2", "CALL_DURATION": "90", "CALL_START_DATE": "2026-11-20T10:00:00+03:00", "CALL_FAILED_CODE": "200"},
        {"ID": "2", "PORTAL_USER_ID": "1", "CALL_TYPE": "1", "CALL_DURATION": "30", "CALL_START_DATE": "2026-11-20T15:00:00+03:00", "CALL_FAILED_CODE": "200"},
        {"ID": "3", "PORTAL_USER_ID": "1", "CALL_TYPE": "2", "CALL_DURATION": "0", "CALL_START_DATE": "2026-11-21T09:00:00+03:00", "CALL_FAILED_CODE": "304"}
    ])
}

#[wasm_bindgen_test]
async fn the_calls_report_summarises_the_call_log() {
    install_with(
        "TELEPHONY_ANALYTICS_MENU",
        json!({}),
        vec![
            json!({"method": "voximplant.statistic.get", "answer": {"result": call_rows(), "total": 3}}),
        ],
        json!({}),
    );
    let app = mount();
    let total = wait_for(&app, "[data-testid=calls-total]").await;
    assert_eq!(text(&total), "3");
    assert_eq!(
        text(&wait_for(&app, "[data-testid=calls-missed]").await),
        "1"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=calls-talk]").await),
        "2 min 0 s"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=calls-average]").await),
        "1 min 0 s"
    );
    let days = wait_for(&app, "[data-testid=calls-days]").await;
    assert_eq!(days.query_selector_all("li").unwrap().length(), 2);
    let list = &rest_calls("voximplant.statistic.get")[0]["args"]["params"];
    assert!(list["FILTER"][">=CALL_START_DATE"].is_string(), "{list}");
    assert_eq!(list["order"]["ID"], "ASC", "the ID cursor");
}

#[wasm_bindgen_test]
async fn stopping_the_report_shows_what_was_loaded() {
    install_with(
        "TELEPHONY_ANALYTICS_MENU",
        json!({}),
        vec![json!({"method": "voximplant.statistic.get", "hang": true, "answer": {"result": []}})],
        json!({}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=calls-stop]").await);
    wait_for(&app, "[data-testid=calls-partial]").await;
    assert_eq!(
        text(&wait_for(&app, "[data-testid=calls-total]").await),
        "0"
    );
}
