//! The binding against a mocked `window.BX24` in headless Chromium: absence, deadlines on silent
//! commands, callbacks that BX24 never calls, events that outlive their registration, and both REST
//! transports through the `rest` client.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    reason = "test code: a failing unwrap is a failing test (clippy's allow-unwrap-in-tests does not see wasm_bindgen_test)"
)]

use bx24::messenger::TextareaMode;
use bx24::{
    Bx24, Bx24Error, Bx24Transport, CrmSelectRequest, FrameAuth, SliderSettings, Timeouts,
    TransportFailure, WasmRuntime,
};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::error::Error as _;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MOCK: &str = include_str!("../../../tests/support/mock_bx24.js");

#[path = "../../../tests/support/protocol_glue.rs"]
mod protocol_glue;
const FIXTURES: &str = include_str!("../../../tests/fixtures/portal.json");

fn install(extra: Value) {
    let fixtures: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut cfg = json!({"placement": "CRM_DEAL_DETAIL_TAB", "options": {"ID": "8061"}, "lang": "ru", "admin": true, "fixtures": fixtures["fixtures"]});
    if let (Some(cfg), Value::Object(extra)) = (cfg.as_object_mut(), extra) {
        cfg.extend(extra);
    }
    js_sys::eval(&format!("window.__bx24mock = {cfg};")).unwrap();
    protocol_glue::expose();
    js_sys::eval(MOCK).unwrap();
}

fn quick() -> Timeouts {
    Timeouts {
        init_ms: 300,
        command_ms: 300,
        refresh_ms: 300,
        dialog_ms: 300,
        rest_ms: 300,
    }
}

fn calls(name: &str) -> Vec<Value> {
    let raw = js_sys::eval("JSON.stringify(window.__bx24mock.calls)")
        .unwrap()
        .as_string()
        .unwrap();
    let all: Vec<Value> = serde_json::from_str(&raw).unwrap();
    all.into_iter().filter(|c| c["name"] == name).collect()
}

#[wasm_bindgen_test]
fn absent_or_null_bx24_is_not_in_frame() {
    js_sys::eval("delete window.BX24;").unwrap();
    assert_eq!(Bx24::detect().unwrap_err(), Bx24Error::NotInFrame);
    js_sys::eval("window.BX24 = null;").unwrap();
    assert_eq!(Bx24::detect().unwrap_err(), Bx24Error::NotInFrame);
    js_sys::eval("window.BX24 = {};").unwrap();
    assert_eq!(
        Bx24::detect().unwrap_err(),
        Bx24Error::NotInFrame,
        "an object without init is not BX24"
    );
}

#[wasm_bindgen_test]
async fn init_reports_the_frame_context() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let info = bx24.init().await.unwrap();
    assert_eq!(
        (info.lang.as_str(), info.placement.as_str(), info.is_admin),
        ("ru", "CRM_DEAL_DETAIL_TAB", true)
    );
    assert_eq!(info.placement_options, json!({"ID": "8061"}));
    assert_eq!(info.domain, "acme.bitrix24.com");
    assert_eq!(
        info.member_id.as_deref(),
        Some("0123456789abcdef0123456789abcdef")
    );
    assert!(bx24.auth().current().unwrap().access.expires_at_ms > js_sys::Date::now());
}

/// `INSTALL` is not in BX24.js's public API: the page's first script records it from the portal's
/// `getInitData` answer as `window.__b24wInstall`; absent (any page before that answer, or the
/// answer without the flag) is false.
#[wasm_bindgen_test]
async fn init_reports_the_install_flag_the_page_recorded() {
    js_sys::eval("delete window.__b24wInstall;").unwrap();
    install(json!({}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert!(!bx24.init().await.unwrap().install);
    js_sys::eval(&format!(
        "window.{} = true;",
        bx24::frame::INSTALL_FLAG_GLOBAL
    ))
    .unwrap();
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert!(bx24.init().await.unwrap().install);
    js_sys::eval("window.__b24wInstall = 'yes';").unwrap();
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert!(
        !bx24.init().await.unwrap().install,
        "only a real true counts"
    );
    js_sys::eval("delete window.__b24wInstall;").unwrap();
}

#[wasm_bindgen_test]
async fn init_that_never_fires_and_init_that_throws_are_errors_not_hangs() {
    install(json!({"init": "never"}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert_eq!(
        bx24.init().await.unwrap_err(),
        Bx24Error::InitTimeout { after_ms: 300 }
    );
    install(json!({"init": "throw"}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert!(
        matches!(bx24.init().await.unwrap_err(), Bx24Error::Js(msg) if msg.contains("init failed"))
    );
}

#[wasm_bindgen_test]
async fn denied_commands_time_out_instead_of_hanging() {
    install(json!({"silent": ["resizeWindow", "setTitle"]}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert_eq!(
        bx24.frame().resize_window(300, 200).await.unwrap_err(),
        Bx24Error::Timeout {
            command: "resizeWindow",
            after_ms: 300
        }
    );
    assert!(matches!(
        bx24.frame().set_title("x").await,
        Err(Bx24Error::Timeout {
            command: "setTitle",
            ..
        })
    ));
    let size = bx24.frame().fit_window().await.unwrap();
    assert!(size.height > 0.0);
}

#[wasm_bindgen_test]
async fn open_path_reports_refusals() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap();
    assert_eq!(
        bx24.slider().open_path("/crm/deal/details/5/").await,
        Ok(())
    );
    assert_eq!(
        bx24.slider().open_path("/crm/quote/details/5/").await,
        Err(Bx24Error::PathNotAvailable)
    );
    assert_eq!(calls("openPath").len(), 2);
}

#[wasm_bindgen_test]
async fn placement_commands_and_their_error_channel() {
    install(
        json!({"placementReplies": {"getStatus": {"CALL_ID": "c1"}, "CallCardSetMute": [{"result": "error", "errorCode": "Call card is undefined"}]}}),
    );
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert_eq!(
        bx24.placement()
            .call("getStatus", &json!({}))
            .await
            .unwrap(),
        json!({"CALL_ID": "c1"})
    );
    assert_eq!(
        bx24.placement()
            .call("CallCardSetMute", &json!({"muted": true}))
            .await
            .unwrap_err(),
        Bx24Error::Command {
            command: "CallCardSetMute".into(),
            code: "Call card is undefined".into()
        }
    );
    assert_eq!(
        bx24.placement()
            .call("reloadData", &json!({}))
            .await
            .unwrap(),
        json!([])
    );
}

#[wasm_bindgen_test]
fn events_are_delivered_until_the_subscription_is_dropped() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let subscription = bx24
        .placement()
        .bind_event("CallCard::EntityChanged", move |v| {
            sink.borrow_mut().push(v)
        })
        .unwrap();
    let fire = || {
        js_sys::eval("window.__bx24mock.fire('CallCard::EntityChanged', {CRM_ENTITY_ID: 5})")
            .unwrap()
    };
    fire();
    fire();
    assert_eq!(seen.borrow().len(), 2);
    assert_eq!(seen.borrow()[0], json!({"CRM_ENTITY_ID": 5}));
    assert!(subscription.is_active());
    drop(subscription);
    fire();
    assert_eq!(
        seen.borrow().len(),
        2,
        "no delivery after drop, and no 'closure invoked after drop' error"
    );
}

#[wasm_bindgen_test]
fn repeating_callbacks_and_commands_without_an_answer() {
    install(
        json!({"placement": "CRM_DEAL_DETAIL_ACTIVITY", "options": {"entityTypeId": "2", "entityId": "8", "useBuiltInInterface": "Y"}}),
    );
    let bx24 = Bx24::detect().unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let subscription = bx24
        .placement()
        .bind_callback("bindValueChangeCallback", &json!("title"), move |v| {
            sink.borrow_mut().push(v)
        })
        .unwrap();
    let change = |id: &str| {
        js_sys::eval(&format!(
            "window.__bx24mock.callBack('bindValueChangeCallback', {{id: '{id}', value: 'x'}})"
        ))
        .unwrap()
        .as_f64()
        .unwrap()
    };
    assert_eq!(
        change("title"),
        1.0,
        "the callback of the title block answers"
    );
    assert_eq!(change("title"), 1.0, "and answers again: it repeats");
    assert_eq!(
        change("other"),
        0.0,
        "a block-bound callback ignores other blocks"
    );
    assert_eq!(seen.borrow().len(), 2);
    assert_eq!(seen.borrow()[1], json!({"id": "title", "value": "x"}));
    drop(subscription);
    change("title");
    assert_eq!(seen.borrow().len(), 2, "no delivery after drop");

    bx24.placement().send("lock", &Value::Null).unwrap();
    let sent = calls("placement.call:lock");
    assert_eq!(sent.len(), 1, "sent once, without waiting for an answer");
}

#[wasm_bindgen_test]
async fn options_dialogs_and_refresh() {
    install(
        json!({"selectedUser": {"id": "7", "name": "Ann"}, "appOptions": {"transport": "fetch"}}),
    );
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert_eq!(bx24.options().app("transport"), Some(json!("fetch")));
    bx24.options().set_app("k", "v").await.unwrap();
    assert_eq!(bx24.options().app("k"), Some(json!("v")));
    bx24.options().set_user("seen", "1").unwrap();
    assert_eq!(bx24.options().user("seen"), Some(json!("1")));
    assert_eq!(
        bx24.dialogs()
            .select_user("Pick")
            .await
            .unwrap()
            .unwrap()
            .id,
        7
    );
    let before = bx24.auth().current().unwrap();
    let after = bx24.auth().refresh().await.unwrap();
    assert_ne!(before.access, after.access);
    js_sys::eval("window.__bx24mock.silent = ['selectUser'];").unwrap();
    assert!(
        matches!(
            bx24.dialogs().select_user("Pick").await,
            Err(Bx24Error::Timeout { .. })
        ),
        "closing a dialog without a choice ends in a timeout"
    );
}

fn client(bx24: &Bx24, timeout_ms: u64) -> rest::Client<Bx24Transport, WasmRuntime> {
    let config = rest::ClientConfig {
        timeout_ms,
        max_retries: 0,
        ..Default::default()
    };
    rest::Client::new(Bx24Transport::new(bx24.clone()), WasmRuntime, config)
        .with_auth(Rc::new(FrameAuth::new(bx24.clone())))
}

#[wasm_bindgen_test]
async fn rest_through_bx24_call_method_batch_and_errors() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap();
    let client = client(&bx24, 500);
    let me: Value = client.call("user.current", json!({})).await.unwrap();
    assert_eq!(me["NAME"], "Ivan");
    let mut batch = rest::batch::Batch::new();
    let task = batch.add("task", "tasks.task.get", json!({"taskId": 8017}));
    batch.add(
        "group",
        "sonet_group.get",
        json!({"FILTER": {"ID": task.field(&["task", "groupId"])}}),
    );
    let results = client.batch(batch).await.unwrap();
    assert_eq!(
        results.get::<Value>("task").unwrap()["task"]["title"],
        "Prepare the contract for Daisy GmbH"
    );
    let groups: Value = results.get("group").unwrap();
    assert_eq!(groups[0]["NAME"], "Sales team");
    let missing = client
        .call::<Value>("crm.item.get", json!({"entityTypeId": 2, "id": 404}))
        .await
        .unwrap_err();
    assert!(missing.is_soft(), "{missing:?}");
    let hang = client
        .call::<Value>("crm.item.get", json!({"entityTypeId": 2, "id": 503}))
        .await
        .unwrap_err();
    assert_eq!(
        hang,
        rest::RestError::Timeout { after_ms: 500 },
        "BX24.js never calls back on 5xx: the deadline ends the call"
    );
}

#[wasm_bindgen_test]
async fn a_start_parameter_survives_bx24_js_by_going_through_batch() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap();
    let client = client(&bx24, 500);
    let _: Value = client
        .call("user.get", json!({"ID": 1, "start": 50}))
        .await
        .unwrap();
    let sent = calls("callMethod");
    assert_eq!(sent.last().unwrap()["args"]["method"], "batch");
    let inner = calls("batch:user.get");
    assert_eq!(inner.last().unwrap()["args"]["start"], "50");
}

#[wasm_bindgen_test]
async fn bx24_js_own_batch_helper() {
    install(json!({}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let answers = bx24
        .call_batch(
            &[
                ("me", "user.current", json!({})),
                (
                    "gone",
                    "crm.item.get",
                    json!({"entityTypeId": 2, "id": 404}),
                ),
            ],
            false,
        )
        .await
        .unwrap();
    assert_eq!(answers[0].0, "me");
    assert_eq!(answers[0].1["result"]["NAME"], "Ivan");
    assert_eq!(answers[1].1["error"], "NOT_FOUND");
    assert_eq!(calls("callBatch").len(), 1);
}

#[wasm_bindgen_test]
async fn install_mode_and_the_frame_commands_the_app_does_not_use_yet() {
    install(json!({"closeSliderImmediately": true}));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let (tx, rx) = futures::channel::oneshot::channel();
    bx24.install(move || {
        let _ = tx.send(());
    })
    .unwrap();
    assert_eq!(rx.await, Ok(()), "the install handler runs");
    bx24.install_finish().unwrap();
    assert_eq!(calls("installFinish").len(), 1);
    bx24.frame().reload_window().unwrap();
    assert_eq!(calls("reloadWindow").len(), 1);
    bx24.frame().scroll_parent_window(120).await.unwrap();
    assert_eq!(calls("setScroll")[0]["args"]["scroll"], 120);
    let size = bx24.frame().resize_window(300, 200).await.unwrap();
    assert_eq!((size.width, size.height), (300.0, 200.0));
    bx24.slider().close_application().await.unwrap();
    assert_eq!(calls("closeApplication").len(), 1);
    let settings = SliderSettings {
        width: Some(800),
        ..Default::default()
    };
    bx24.slider()
        .open_application(&json!({"view": "entity"}), &settings)
        .await
        .unwrap();
    let opened = calls("openApplication");
    assert_eq!(opened[0]["args"]["params"], json!({"view": "entity"}));
    assert_eq!(opened[0]["args"]["settings"], json!({"width": 800}));
}

#[wasm_bindgen_test]
async fn dialogs_decode_their_answers() {
    install(json!({
        "selectedUsers": [{"id": "7", "name": "Ann"}, {"id": 9, "name": "Bob"}],
        "selectedAccess": [{"id": "D5", "name": "Sales"}],
        "selectedCrm": {"deal": [{"id": "D_5", "type": "deal", "title": "Big deal"}]}
    }));
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let users = bx24.dialogs().select_users("Pick").await.unwrap();
    let ids: Vec<u64> = users.iter().map(|u| u.id).collect();
    assert_eq!(ids, [7, 9]);
    let access = bx24
        .dialogs()
        .select_access("Who", &["U1".to_owned()])
        .await
        .unwrap();
    assert_eq!(
        (access[0].id.as_str(), access[0].name.as_str()),
        ("D5", "Sales")
    );
    assert_eq!(calls("selectAccess")[0]["args"]["value"], json!(["U1"]));
    let request = CrmSelectRequest {
        entity_types: vec!["deal".into()],
        multiple: true,
        ..Default::default()
    };
    let crm = bx24.dialogs().select_crm(&request).await.unwrap();
    assert_eq!(crm.items.len(), 1);
    assert_eq!(crm.items[0].numeric_id(), Some(5));
    assert_eq!(calls("selectCRM")[0]["args"]["entityType"], json!(["deal"]));
}

#[wasm_bindgen_test]
async fn placement_interface_and_messenger_commands() {
    install(
        json!({"interface": {"command": ["reloadData"], "event": ["CallCard::EntityChanged"]}}),
    );
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let iface = bx24.placement().interface().await.unwrap();
    assert_eq!(iface.commands, ["reloadData"]);
    assert_eq!(iface.events, ["CallCard::EntityChanged"]);
    let im = bx24.messenger();
    im.call_to(7, true).unwrap();
    im.phone_to("+4930123456").unwrap();
    im.open_messenger("chat5").unwrap();
    im.open_history("chat5").unwrap();
    assert_eq!(
        calls("imCallTo")[0]["args"],
        json!({"userId": 7, "video": true})
    );
    assert_eq!(calls("imPhoneTo")[0]["args"]["phone"], "+4930123456");
    assert_eq!(calls("imOpenMessenger")[0]["args"]["dialogId"], "chat5");
    assert_eq!(calls("imOpenHistory")[0]["args"]["dialogId"], "chat5");
    js_sys::eval("delete window.BX24.im;").unwrap();
    assert!(matches!(im.phone_to("1"), Err(Bx24Error::Js(_))));
}

#[wasm_bindgen_test]
fn a_bx24_failure_stays_the_typed_source_of_a_transport_failure() {
    let failure = TransportFailure::from(Bx24Error::CallbackDropped {
        command: "callMethod",
    });
    let source = failure.source().and_then(|s| s.downcast_ref::<Bx24Error>());
    assert_eq!(
        source,
        Some(&Bx24Error::CallbackDropped {
            command: "callMethod"
        })
    );
    assert!(matches!(
        rest::TransportError::from(Bx24Error::NotInFrame),
        rest::TransportError::NoBx24
    ));
    assert!(TransportFailure::Fetch("offline".into()).source().is_none());
}

#[wasm_bindgen_test]
async fn a_throwing_call_method_keeps_its_bx24_error_through_the_rest_client() {
    install(json!({}));
    js_sys::eval("window.BX24.callMethod = function () { throw new Error('BX24 exploded'); };")
        .unwrap();
    let bx24 = Bx24::detect().unwrap();
    let error = client(&bx24, 500)
        .call::<Value>("user.current", json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, rest::RestError::Network { message, .. } if message.contains("BX24 exploded")),
        "{error:?}"
    );
    let failure = error
        .source()
        .and_then(|s| s.downcast_ref::<TransportFailure>());
    assert!(
        matches!(failure, Some(TransportFailure::Bx24(Bx24Error::Js(text))) if text.contains("BX24 exploded")),
        "{failure:?}"
    );
    let bx24_error = error
        .source()
        .and_then(|s| s.source())
        .and_then(|s| s.downcast_ref::<Bx24Error>());
    assert!(
        matches!(bx24_error, Some(Bx24Error::Js(_))),
        "{bx24_error:?}"
    );
}

#[wasm_bindgen_test]
async fn the_message_input_is_read_and_written_with_a_request_id() {
    install(json!({"placement": "IM_TEXTAREA", "options": {"dialogId": "chat2"}}));
    js_sys::eval(
        "window.__bx24mock.placementReplies = {
            'im:getImTextareaContent': function (p) { return {requestId: p.requestId, text: 'Hello'}; },
            'im:setImTextareaContent': function (p) { return typeof p.text === 'string' ? {requestId: p.requestId, success: true} : {requestId: p.requestId, message: 'text must be a string'}; }
        };",
    )
    .unwrap();
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let im = bx24.messenger();
    assert_eq!(im.textarea_content().await.unwrap(), "Hello");
    im.set_textarea_content("Hi", TextareaMode::AppendOnNewLine)
        .await
        .unwrap();
    im.set_textarea_content("All new", TextareaMode::Replace)
        .await
        .unwrap();
    let sent = calls("placement.call:im:setImTextareaContent");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0]["args"]["text"], "Hi");
    assert_eq!(sent[0]["args"]["withNewLine"], true);
    assert!(sent[0]["args"].get("replace").is_none());
    assert_eq!(sent[1]["args"]["replace"], true);
    let get = calls("placement.call:im:getImTextareaContent");
    let id = get[0]["args"]["requestId"].as_str().unwrap().to_owned();
    assert!(!id.is_empty());
    assert_ne!(
        Some(id.as_str()),
        sent[0]["args"]["requestId"].as_str(),
        "a new requestId per message"
    );
}

#[wasm_bindgen_test]
async fn message_input_errors_mismatched_replies_and_silence() {
    install(json!({"placement": "IM_TEXTAREA", "options": {"dialogId": "chat2"}}));
    js_sys::eval(
        "window.__bx24mock.placementReplies = {
            'im:setImTextareaContent': function (p) { return {requestId: p.requestId, message: 'Textarea is locked'}; },
            'im:getImTextareaContent': {requestId: 'someone-else', text: 'x'}
        };",
    )
    .unwrap();
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    let im = bx24.messenger();
    assert_eq!(
        im.set_textarea_content("Hi", TextareaMode::Append)
            .await
            .unwrap_err(),
        Bx24Error::Command {
            command: "im:setImTextareaContent".into(),
            code: "Textarea is locked".into()
        }
    );
    assert!(matches!(
        im.textarea_content().await,
        Err(Bx24Error::Command { .. })
    ));
    // A portal without a message input ignores the command: a timeout, not a hang.
    install(
        json!({"placement": "IM_NAVIGATION", "options": {}, "silent": ["placement.call:im:getImTextareaContent"]}),
    );
    let bx24 = Bx24::detect().unwrap().with_timeouts(quick());
    assert!(matches!(
        bx24.messenger().textarea_content().await,
        Err(Bx24Error::Timeout { .. })
    ));
}
