//! The `setup` family against the BX24 mock: the first-run wizard (groups, defaults, the install run
//! and its calls, `installFinish`, a partial failure with its retry, the refusal for non-admins) and
//! the settings page (bind/unbind, read-only for non-admins, app and user options).

use crate::harness::*;
use leptos::prelude::document;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// The handler URL the app registers: this page's origin and path.
fn handler() -> String {
    js_sys::eval("location.origin + location.pathname")
        .unwrap()
        .as_string()
        .unwrap()
}

fn ok(result: Value) -> Value {
    json!({ "result": result })
}

/// The portal as the wizard reads it (one batch), plus what a first run writes. `bound`: what
/// `placement.get` lists. Earlier fixtures win, so a test puts its failures in front.
fn portal(bound: Value, mut first: Vec<Value>) -> Value {
    first.extend([
        json!({"method": "placement.get", "answer": ok(bound)}),
        json!({"method": "userfieldtype.list", "answer": ok(json!([]))}),
        json!({"method": "imconnector.list", "answer": ok(json!({}))}),
        json!({"method": "crm.type.list", "answer": ok(json!({"types": [{"entityTypeId": 183, "title": "Projects"}]}))}),
        json!({"method": "app.option.get", "answer": ok(Value::Null)}),
        json!({"method": "placement.list", "answer": ok(json!(OFFERED))}),
        json!({"method": "placement.bind", "answer": ok(json!(true))}),
        json!({"method": "placement.unbind", "answer": ok(json!({"count": 1}))}),
        json!({"method": "userfieldtype.add", "answer": ok(json!(true))}),
    ]);
    Value::Array(first)
}

/// Opens `DEFAULT` as the portal's install page (`INSTALL`).
fn install_page(admin: bool, fixtures: Value) {
    js_sys::eval("window.__b24wInstall = true;").unwrap();
    install(
        "DEFAULT",
        json!({}),
        json!({"admin": admin, "fixtures": fixtures}),
    );
}

fn leave_install_page() {
    js_sys::eval("delete window.__b24wInstall;").unwrap();
}

/// The REST calls of `method` the app made, outside batches, with their params.
fn sent(method: &str) -> Vec<Value> {
    calls_named("callMethod")
        .into_iter()
        .filter(|c| c["args"]["method"] == method)
        .map(|c| c["args"]["params"].clone())
        .collect()
}

fn codes(params: &[Value]) -> Vec<String> {
    params
        .iter()
        .map(|p| p["PLACEMENT"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn checkbox(app: &Mounted, code: &str) -> web_sys::HtmlInputElement {
    app.host
        .query_selector(&format!("[data-code='{code}'] input[type=checkbox]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no checkbox for {code}"))
        .unchecked_into()
}

async fn wait_for_phase(app: &Mounted, selector: &str, phase: &str) {
    let wanted = format!("{selector}[data-phase={phase}]");
    wait_for(app, &wanted).await;
}

/// What the mocked portal's `placement.list` offers: the defaults and a few more, not
/// `CRM_ORDER_DETAIL_TAB` (a portal without the store).
const OFFERED: [&str; 14] = [
    "LEFT_MENU",
    "CRM_DEAL_DETAIL_TAB",
    "CRM_LEAD_DETAIL_TAB",
    "CRM_CONTACT_DETAIL_TAB",
    "CRM_COMPANY_DETAIL_TAB",
    "CRM_QUOTE_DETAIL_TAB",
    "CRM_DEAL_DETAIL_ACTIVITY",
    "CRM_DEAL_LIST_TOOLBAR",
    "TASK_VIEW_TAB",
    "TASK_VIEW_SIDEBAR",
    "CALL_CARD",
    "IM_TEXTAREA",
    "LANDING_SETTINGS",
    "CRM_DYNAMIC_183_DETAIL_TAB",
];

const DEFAULTS: [&str; 10] = [
    "LEFT_MENU",
    "CRM_DEAL_DETAIL_TAB",
    "CRM_LEAD_DETAIL_TAB",
    "CRM_CONTACT_DETAIL_TAB",
    "CRM_COMPANY_DETAIL_TAB",
    "CRM_DEAL_DETAIL_ACTIVITY",
    "CRM_DEAL_LIST_TOOLBAR",
    "TASK_VIEW_TAB",
    "CALL_CARD",
    "IM_TEXTAREA",
];

#[wasm_bindgen_test]
async fn the_wizard_lists_every_widget_by_area_with_a_default_set() {
    install_page(true, portal(json!([]), vec![]));
    let app = mount();
    wait_for(&app, "[data-widget=setup-wizard] [data-testid=choices]").await;
    let areas: Vec<String> = {
        let list = app.host.query_selector_all("[data-area]").unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| {
                n.unchecked_into::<web_sys::Element>()
                    .get_attribute("data-area")
            })
            .collect()
    };
    assert_eq!(
        areas,
        [
            "app",
            "crm",
            "tasks",
            "workgroups",
            "people",
            "calendar",
            "telephony",
            "messenger",
            "contact-center",
            "fields",
            "sites"
        ]
    );
    for code in DEFAULTS.iter().chain(&["USERFIELD_TYPE"]) {
        assert!(checkbox(&app, code).checked(), "{code} is preselected");
    }
    for code in [
        "CRM_QUOTE_DETAIL_TAB",
        "LANDING_SETTINGS",
        "CRM_DYNAMIC_183_DETAIL_TAB",
    ] {
        assert!(!checkbox(&app, code).checked(), "{code} is not preselected");
    }
    let deal_tab = wait_for(&app, "[data-code=CRM_DEAL_DETAIL_TAB]").await;
    assert_eq!(
        text(
            &deal_tab
                .query_selector("[data-testid=where]")
                .unwrap()
                .unwrap()
        ),
        "Deal · Card tab"
    );
    assert!(
        text(&deal_tab).contains("stage, amount, people"),
        "{}",
        text(&deal_tab)
    );
    let process_tab = wait_for(&app, "[data-code=CRM_DYNAMIC_183_DETAIL_TAB]").await;
    assert!(
        text(&process_tab).contains("Projects · Card tab"),
        "smart processes by their name"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=selected]").await),
        "Selected: 11"
    );
    // One batch read the portal; nothing was written.
    assert_eq!(calls_named("callMethod").len(), 1);
    assert_eq!(calls_named("callMethod")[0]["args"]["method"], "batch");
    click(&checkbox(&app, "CRM_QUOTE_DETAIL_TAB").unchecked_into());
    wait_for_text(&app, "Selected: 12").await;
    leave_install_page();
}

#[wasm_bindgen_test]
async fn install_binds_the_chosen_widgets_with_every_language_then_finishes() {
    install_page(true, portal(json!([]), vec![]));
    let app = mount();
    click(&wait_for(&app, "[data-testid=install]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    let binds = sent("placement.bind");
    assert_eq!(
        codes(&binds),
        DEFAULTS,
        "each default once, in the offer table's order"
    );
    for bind in &binds {
        assert_eq!(bind["HANDLER"], handler().as_str());
        assert_eq!(
            bind["LANG_ALL"].as_object().map(|l| l.len()),
            Some(20),
            "titles in every shipped language: {bind}"
        );
    }
    let tab = &binds[1];
    assert_eq!(tab["TITLE"], "Overview");
    assert_eq!(tab["LANG_ALL"]["de"]["TITLE"], "Überblick");
    assert_eq!(tab["LANG_ALL"]["ru"]["TITLE"], "Обзор");
    assert_eq!(
        binds[9]["OPTIONS"]["iconName"], "fa-file-text-o",
        "IM_* bind options"
    );
    assert_eq!(binds[5]["OPTIONS"]["useBuiltInInterface"], "N");
    let fields = sent("userfieldtype.add");
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0]["USER_TYPE_ID"], "rating");
    assert_eq!(fields[0]["HANDLER"], handler().as_str());
    assert_eq!(calls_named("installFinish").len(), 1);
    let steps = app.host.query_selector_all("[data-state=done]").unwrap();
    assert_eq!(steps.length(), 11, "every step shown done");
    leave_install_page();
}

#[wasm_bindgen_test]
async fn a_rerun_binds_nothing_new_and_already_binded_is_success() {
    let h = handler();
    let bound: Vec<Value> = DEFAULTS
        .iter()
        .filter(|c| **c != "CALL_CARD")
        .map(|c| json!({"placement": c, "userId": 0, "handler": h, "title": "x"}))
        .collect();
    // CALL_CARD is missing from placement.get but the portal says it is there already.
    let refusal = json!({"method": "placement.bind", "match": {"PLACEMENT": "CALL_CARD"}, "status": 400,
        "answer": {"error": "ERROR_CORE", "error_description": "Handler already binded"}});
    let mut fixtures = portal(Value::Array(bound), vec![refusal]);
    fixtures.as_array_mut().unwrap().insert(
        0,
        json!({"method": "userfieldtype.list", "answer": ok(json!([{"USER_TYPE_ID": "rating", "HANDLER": h}]))}),
    );
    install_page(true, fixtures);
    let app = mount();
    let installed = wait_for(&app, "[data-code=CRM_DEAL_DETAIL_TAB]").await;
    assert!(text(&installed).contains("Installed"));
    assert!(checkbox(&app, "CRM_DEAL_DETAIL_TAB").disabled());
    click(&wait_for(&app, "[data-testid=install]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    assert_eq!(
        codes(&sent("placement.bind")),
        ["CALL_CARD"],
        "only what placement.get lacks"
    );
    assert!(sent("userfieldtype.add").is_empty());
    wait_for(&app, "[data-code=CALL_CARD][data-state=already]").await;
    assert_eq!(calls_named("installFinish").len(), 1);
    leave_install_page();
}

#[wasm_bindgen_test]
async fn a_partial_failure_lists_what_failed_and_the_retry_sends_only_that() {
    let refused = json!({"method": "placement.bind", "match": {"PLACEMENT": "CALL_CARD"}, "status": 400,
        "answer": {"error": "ACCESS_DENIED", "error_description": "Telephony is not available"}});
    // A 5xx: BX24.callMethod never calls back, so the outcome is unknown.
    let lost = json!({"method": "placement.bind", "match": {"PLACEMENT": "IM_TEXTAREA"}, "status": 500,
        "answer": {"error": "INTERNAL", "error_description": "down"}});
    install_page(true, portal(json!([]), vec![refused, lost]));
    let app = mount();
    click(&wait_for(&app, "[data-testid=install]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "problems").await;
    let failed = wait_for(&app, "[data-code=CALL_CARD][data-state=failed]").await;
    assert!(
        text(&failed).contains("Telephony is not available"),
        "{}",
        text(&failed)
    );
    // The lost answer was settled by reading the portal again: IM_TEXTAREA is not there.
    wait_for(&app, "[data-code=IM_TEXTAREA][data-state=pending]").await;
    wait_for_text(&app, "checked the portal again").await;
    assert!(
        calls_named("installFinish").is_empty(),
        "never a half install"
    );
    let batches_before = sent("batch").len();
    assert_eq!(
        batches_before, 2,
        "the first read and the re-read after the lost answer"
    );

    // The cause is fixed; the retry re-reads the portal and sends the two missing binds only.
    js_sys::eval("window.__bx24mock.fixtures.splice(0, 2);").unwrap();
    click(&wait_for(&app, "[data-testid=retry-install]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    assert_eq!(
        sent("batch").len(),
        batches_before + 1,
        "read before resending"
    );
    let binds = codes(&sent("placement.bind"));
    assert_eq!(binds.iter().filter(|c| *c == "CALL_CARD").count(), 2);
    assert_eq!(binds.iter().filter(|c| *c == "IM_TEXTAREA").count(), 2);
    assert_eq!(
        binds.iter().filter(|c| *c == "CRM_DEAL_DETAIL_TAB").count(),
        1,
        "nothing bound twice"
    );
    assert_eq!(calls_named("installFinish").len(), 1);
    leave_install_page();
}

#[wasm_bindgen_test]
async fn a_non_admin_first_run_is_refused_and_nothing_is_sent() {
    install_page(false, portal(json!([]), vec![]));
    let app = mount();
    let refused = wait_for(&app, "[data-testid=setup-refused]").await;
    assert!(text(&refused).contains("Ask your administrator"));
    assert_eq!(refused.get_attribute("role").as_deref(), Some("alert"));
    assert!(calls_named("callMethod").is_empty());
    assert!(calls_named("installFinish").is_empty());
    leave_install_page();
}

#[wasm_bindgen_test]
async fn settings_bind_and_unbind_per_code() {
    leave_install_page();
    let h = handler();
    let bound = json!([{"placement": "CRM_DEAL_DETAIL_TAB", "userId": 0, "handler": h, "title": "Overview"}]);
    install(
        "DEFAULT",
        json!({"view": "settings", "IFRAME": "Y"}),
        json!({"admin": true, "fixtures": portal(bound, vec![])}),
    );
    let app = mount();
    wait_for(&app, "[data-widget=setup-settings] [data-testid=places]").await;
    let deal = checkbox(&app, "CRM_DEAL_DETAIL_TAB");
    assert!(deal.checked());
    assert!(
        wait_for(&app, "[data-code=CRM_DEAL_DETAIL_TAB][data-bound]")
            .await
            .is_connected()
    );
    assert!(!checkbox(&app, "CALL_CARD").checked());
    assert!(
        checkbox(&app, "CRM_ORDER_DETAIL_TAB").disabled(),
        "placement.list does not offer it here"
    );
    click(&deal.unchecked_into());
    click(&checkbox(&app, "CALL_CARD").unchecked_into());
    click(&wait_for(&app, "[data-testid=apply]").await);
    wait_for_phase(&app, "[data-testid=change]", "applied").await;
    let unbinds = sent("placement.unbind");
    assert_eq!(
        unbinds,
        [json!({"PLACEMENT": "CRM_DEAL_DETAIL_TAB", "HANDLER": h})]
    );
    assert_eq!(codes(&sent("placement.bind")), ["CALL_CARD"]);
    wait_until("the portal read again after the change", || {
        sent("batch").len() == 2
    })
    .await;
    assert!(calls_named("installFinish").is_empty());
}

#[wasm_bindgen_test]
async fn settings_are_read_only_for_non_admins_but_their_own_options_save() {
    leave_install_page();
    install(
        "DEFAULT",
        json!({"view": "settings"}),
        json!({"admin": false, "fixtures": portal(json!([]), vec![])}),
    );
    let app = mount();
    wait_for(&app, "[data-widget=setup-settings] [data-testid=places]").await;
    wait_for_text(&app, "Only an administrator can change these settings.").await;
    assert!(checkbox(&app, "CALL_CARD").disabled());
    assert!(app
        .host
        .query_selector("[data-testid=apply]")
        .unwrap()
        .is_none());
    assert!(app
        .host
        .query_selector("[data-testid=save-app-options]")
        .unwrap()
        .is_none());
    let app_theme: web_sys::HtmlSelectElement = wait_for(&app, "[data-testid=app-theme]")
        .await
        .unchecked_into();
    assert!(app_theme.disabled());
    let mine: web_sys::HtmlSelectElement = wait_for(&app, "[data-testid=my-theme]")
        .await
        .unchecked_into();
    assert!(!mine.disabled());
    mine.set_value("dark");
    mine.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    click(&wait_for(&app, "[data-testid=save-my-options]").await);
    wait_for(&app, "[data-testid=my-options] [data-testid=saved]").await;
    let set = calls_named("setUserOption");
    assert_eq!(set.len(), 1);
    assert_eq!(set[0]["args"], json!({"name": "theme", "value": "dark"}));
    let html = document().document_element().unwrap();
    assert!(
        html.class_list().contains("dark"),
        "the user's theme applies at once"
    );
    js_sys::eval(
        "localStorage.removeItem('b24w.theme'); document.documentElement.classList.remove('dark'); document.documentElement.classList.add('light');",
    )
    .unwrap();
}

#[wasm_bindgen_test]
async fn an_admin_saves_the_app_options_for_everyone() {
    leave_install_page();
    install(
        "DEFAULT",
        json!({"view": "settings"}),
        json!({"admin": true, "fixtures": portal(json!([]), vec![]), "appOptions": {"transport": "fetch"}}),
    );
    let app = mount();
    let transport: web_sys::HtmlSelectElement = wait_for(&app, "[data-testid=app-transport]")
        .await
        .unchecked_into();
    assert_eq!(transport.value(), "fetch", "the current option is shown");
    let theme: web_sys::HtmlSelectElement = wait_for(&app, "[data-testid=app-theme]")
        .await
        .unchecked_into();
    theme.set_value("dark");
    theme
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    click(&wait_for(&app, "[data-testid=save-app-options]").await);
    wait_for(&app, "[data-testid=app-options] [data-testid=saved]").await;
    let set: Vec<Value> = calls_named("setAppOption")
        .into_iter()
        .map(|c| c["args"].clone())
        .collect();
    assert_eq!(
        set,
        [
            json!({"name": "theme", "value": "dark"}),
            json!({"name": "transport", "value": "fetch"})
        ]
    );
}

#[wasm_bindgen_test]
async fn the_home_page_opens_the_settings_slider() {
    leave_install_page();
    install("DEFAULT", json!({}), json!({"admin": true}));
    let app = mount();
    click(&wait_for(&app, "[data-testid=open-settings]").await);
    wait_until("openApplication", || {
        !calls_named("openApplication").is_empty()
    })
    .await;
    let open = &calls_named("openApplication")[0]["args"];
    assert_eq!(open["params"], json!({"view": "settings"}));
    assert_eq!(open["settings"]["title"], "App settings");
}

#[wasm_bindgen_test]
async fn a_double_click_on_install_runs_the_plan_once() {
    install_page(true, portal(json!([]), vec![]));
    let app = mount();
    let button = wait_for(&app, "[data-testid=install]").await;
    click(&button);
    click(&button);
    click(&wait_for(&app, "[data-testid=install-top]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    assert_eq!(codes(&sent("placement.bind")), DEFAULTS, "each bound once");
    assert_eq!(calls_named("installFinish").len(), 1);
    leave_install_page();
}

#[wasm_bindgen_test]
async fn a_lost_answer_whose_bind_landed_is_settled_by_the_re_read_not_resent() {
    let lost = json!({"method": "placement.bind", "match": {"PLACEMENT": "IM_TEXTAREA"}, "status": 500,
        "answer": {"error": "INTERNAL", "error_description": "down"}});
    install_page(true, portal(json!([]), vec![lost]));
    let app = mount();
    click(&wait_for(&app, "[data-testid=install]").await);
    wait_until("the IM_TEXTAREA bind went out", || {
        codes(&sent("placement.bind")).contains(&"IM_TEXTAREA".to_owned())
    })
    .await;
    // The portal did bind it, though the answer never came: the re-read will list it.
    let landed = json!({"method": "placement.get", "answer": ok(json!([
        {"placement": "IM_TEXTAREA", "userId": 0, "handler": handler(), "title": "Reply templates"}
    ]))});
    js_sys::eval(&format!("window.__bx24mock.fixtures.unshift({landed});")).unwrap();
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    wait_for(&app, "[data-code=IM_TEXTAREA][data-state=already]").await;
    let binds = codes(&sent("placement.bind"));
    assert_eq!(
        binds.iter().filter(|c| *c == "IM_TEXTAREA").count(),
        1,
        "never resent"
    );
    assert_eq!(sent("batch").len(), 2, "the first read and the re-read");
    assert_eq!(calls_named("installFinish").len(), 1);
    leave_install_page();
}

#[wasm_bindgen_test]
async fn a_refused_settings_change_keeps_the_choices_and_retries_what_is_missing() {
    leave_install_page();
    let refused = json!({"method": "placement.bind", "match": {"PLACEMENT": "CALL_CARD"}, "status": 400,
        "answer": {"error": "ACCESS_DENIED", "error_description": "Access denied"}});
    install(
        "DEFAULT",
        json!({"view": "settings"}),
        json!({"admin": true, "fixtures": portal(json!([]), vec![refused])}),
    );
    let app = mount();
    wait_for(&app, "[data-testid=places]").await;
    click(&checkbox(&app, "CALL_CARD").unchecked_into());
    click(&checkbox(&app, "IM_TEXTAREA").unchecked_into());
    click(&wait_for(&app, "[data-testid=apply]").await);
    wait_for_phase(&app, "[data-testid=change]", "problems").await;
    wait_for(
        &app,
        "[data-testid=change] [data-code=CALL_CARD][data-state=failed]",
    )
    .await;
    assert!(
        checkbox(&app, "CALL_CARD").checked(),
        "the admin's choice survives the failure"
    );
    assert_eq!(sent("batch").len(), 1, "nothing reloaded over the choices");
    js_sys::eval("window.__bx24mock.fixtures.shift();").unwrap();
    click(&wait_for(&app, "[data-testid=retry-change]").await);
    wait_for_phase(&app, "[data-testid=change]", "applied").await;
    let binds = codes(&sent("placement.bind"));
    assert_eq!(
        binds,
        ["CALL_CARD", "IM_TEXTAREA", "CALL_CARD"],
        "only the refused one again"
    );
}

#[wasm_bindgen_test]
async fn what_the_portal_does_not_offer_is_not_preselected_and_does_not_hold_up_the_install() {
    let fixtures = portal(
        json!([]),
        vec![
            json!({"method": "placement.list", "answer": ok(json!(["LEFT_MENU", "CRM_DEAL_DETAIL_TAB"]))}),
        ],
    );
    install_page(true, fixtures);
    let app = mount();
    wait_for(&app, "[data-testid=choices]").await;
    let call = checkbox(&app, "CALL_CARD");
    assert!(
        !call.checked() && call.disabled(),
        "a portal without telephony"
    );
    assert!(text(&wait_for(&app, "[data-code=CALL_CARD]").await)
        .contains("Not available on this portal"));
    assert!(
        checkbox(&app, "USERFIELD_TYPE").checked(),
        "not a placement.bind code: never listed there"
    );
    click(&wait_for(&app, "[data-testid=install]").await);
    wait_for_phase(&app, "[data-testid=install-run]", "finished").await;
    assert_eq!(
        codes(&sent("placement.bind")),
        ["LEFT_MENU", "CRM_DEAL_DETAIL_TAB"]
    );
    assert_eq!(sent("userfieldtype.add").len(), 1);
    assert_eq!(calls_named("installFinish").len(), 1);
    leave_install_page();
}
