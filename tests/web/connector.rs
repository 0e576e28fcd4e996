//! The open-channel connector against the mock: SETTING_CONNECTOR's statuses from the options and the
//! tutorial's activate + data.set + status, the contact-center tile opening the setup of a line, and
//! the two spots that explain why they show nothing more.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn install_with(placement: &str, options: Value, more: Vec<Value>) {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut fixtures = more;
    fixtures.extend(base["fixtures"].as_array().cloned().unwrap_or_default());
    install(placement, options, json!({"fixtures": fixtures}));
}

fn settings_options(active: bool) -> Value {
    json!({"CONNECTOR": "b24_widgets", "LINE": "3", "STATUS": false, "ACTIVE_STATUS": active,
           "CONNECTION_STATUS": false, "REGISTER_STATUS": false, "ERROR_STATUS": false})
}

fn writes_ok() -> Vec<Value> {
    vec![
        json!({"method": "imconnector.activate", "answer": {"result": true}}),
        json!({"method": "imconnector.connector.data.set", "answer": {"result": true}}),
        json!({"method": "imconnector.status", "answer": {"result": {"LINE": "3", "CONNECTOR": "b24_widgets", "ACTIVE": true, "CONFIGURED": true, "ERROR": false, "STATUS": true}}}),
    ]
}

#[wasm_bindgen_test]
async fn the_settings_page_connects_the_line_as_the_tutorial_does() {
    install_with("SETTING_CONNECTOR", settings_options(true), writes_ok());
    let app = mount();
    let status = wait_for(&app, "[data-testid=connector-status]").await;
    assert!(
        text(&status).contains("Active") && text(&status).contains("Channel data not set"),
        "{}",
        text(&status)
    );
    wait_for_text(&app, "connect it to finish").await;
    let url: web_sys::HtmlInputElement = wait_for(&app, "[data-testid=connector-url]")
        .await
        .unchecked_into();
    url.set_value("https://example.com/chat");
    url.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&wait_for(&app, "[data-testid=connector-connect]").await);
    wait_for(&app, "[data-testid=connector-status][data-ok=true]").await;
    let activate = &rest_calls("imconnector.activate")[0]["args"]["params"];
    assert_eq!(
        *activate,
        json!({"CONNECTOR": "b24_widgets", "LINE": 3, "ACTIVE": 1})
    );
    let data = &rest_calls("imconnector.connector.data.set")[0]["args"]["params"];
    assert_eq!(data["DATA"]["id"], "b24_widgetsline3");
    assert_eq!(data["DATA"]["url_im"], "https://example.com/chat");
    assert_eq!(data["DATA"]["name"], "Rust widgets chat");
    assert_eq!(rest_calls("imconnector.status").len(), 1);
}

#[wasm_bindgen_test]
async fn a_bad_link_is_refused_before_any_write() {
    install_with("SETTING_CONNECTOR", settings_options(true), writes_ok());
    let app = mount();
    let url: web_sys::HtmlInputElement = wait_for(&app, "[data-testid=connector-url]")
        .await
        .unchecked_into();
    url.set_value("javascript:alert(1)");
    url.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&wait_for(&app, "[data-testid=connector-connect]").await);
    wait_for(&app, "[data-testid=connector-problem]").await;
    assert!(rest_calls("imconnector.activate").is_empty());
}

#[wasm_bindgen_test]
async fn the_contact_center_tile_opens_the_setup_of_a_line() {
    install_with("CONTACT_CENTER", json!({"ID": "717"}), {
        let mut f = vec![
            json!({"method": "imconnector.list", "answer": {"result": {"telegrambot": "Telegram", "b24_widgets": "Rust widgets"}}}),
            json!({"method": "imopenlines.config.list.get", "answer": {"result": [{"ID": "1", "LINE_NAME": "Website chat", "ACTIVE": "Y"}, {"ID": "3", "LINE_NAME": "Support line", "ACTIVE": "Y"}]}}),
        ];
        f.extend(writes_ok());
        f
    });
    let app = mount();
    let lines = wait_for(&app, "[data-testid=connector-lines]").await;
    assert!(text(&lines).contains("Support line"));
    assert!(
        text(&app.host.query_selector(".b-card__title").unwrap().unwrap()).contains("Rust widgets")
    );
    let buttons = app
        .host
        .query_selector_all("[data-testid=connector-open-setup]")
        .unwrap();
    click(&buttons.item(1).unwrap().unchecked_into());
    wait_for(&app, "[data-testid=connector-setup]").await;
    wait_until("status read", || {
        !rest_calls("imconnector.status").is_empty()
    })
    .await;
    assert_eq!(
        rest_calls("imconnector.status")[0]["args"]["params"],
        json!({"CONNECTOR": "b24_widgets", "LINE": 3})
    );
}

#[wasm_bindgen_test]
async fn a_portal_without_the_apps_connector_says_so() {
    install_with(
        "CONTACT_CENTER",
        json!({"ID": "717"}),
        vec![
            json!({"method": "imconnector.list", "answer": {"result": {"telegrambot": "Telegram"}}}),
            json!({"method": "imopenlines.config.list.get", "answer": {"result": []}}),
        ],
    );
    let app = mount();
    wait_for(&app, "[data-testid=connector-missing]").await;
}

#[wasm_bindgen_test]
async fn the_undocumented_spots_explain_themselves() {
    install(
        "HCMLINK_SALARY_VACATION",
        json!({"PLACEMENT_ID": "<b>4</b>"}),
        json!({}),
    );
    let app = mount();
    let screen = wait_for(&app, "[data-testid=spot-hr]").await;
    assert!(text(&screen).contains("does not document"));
    assert!(text(&screen).contains("<b>4</b>"), "options shown as text");
    drop(app);
    install("CATALOG_EXTERNAL_PRODUCT", json!({}), json!({}));
    let app = mount();
    let screen = wait_for(&app, "[data-testid=spot-catalog]").await;
    assert!(text(&screen).contains("not documented"));
}
