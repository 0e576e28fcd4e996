//! The custom CRM field type (`USERFIELD_TYPE`, a star rating with a note) against the mock: view
//! mode from `VALUE` and from `getValue`, edit mode handing JSON strings (never objects) to the
//! card with `setValue`, `MULTIPLE=Y`, `MANDATORY=Y` and validation.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

fn field(mode: &str, value: Value, multiple: bool, mandatory: bool) -> Value {
    let yn = |b: bool| if b { "Y" } else { "N" };
    json!({"MODE": mode, "ENTITY_ID": "CRM_DEAL", "FIELD_NAME": "UF_CRM_1700000000900", "ENTITY_VALUE_ID": "8061",
           "VALUE": value, "MULTIPLE": yn(multiple), "MANDATORY": yn(mandatory), "XML_ID": null,
           "ENTITY_DATA": {"entityTypeId": 2, "entityId": "8061", "module": "crm"}})
}

/// Types `note` into the (first) note of `app` and leaves the field: `input`, then `change`.
async fn type_note(app: &Mounted, note: &str) {
    let area = wait_for(app, "[data-testid=rating-note]").await;
    area.set_attribute("data-typing", "now").unwrap();
    js_sys::eval(&format!(
        "(function () {{ var t = document.querySelector('[data-typing=now]'); t.removeAttribute('data-typing'); t.value = {note:?};
           t.dispatchEvent(new Event('input', {{bubbles: true}})); t.dispatchEvent(new Event('change', {{bubbles: true}})); }})()"
    ))
    .unwrap();
}

fn set_values() -> Vec<Value> {
    calls_named("placement.call:setValue")
        .into_iter()
        .map(|c| c["args"].clone())
        .collect()
}

#[wasm_bindgen_test]
async fn view_mode_shows_the_stars_and_the_note_inline() {
    install(
        "USERFIELD_TYPE",
        field(
            "view",
            json!(r#"{"stars":4,"note":"Quick to reply"}"#),
            false,
            false,
        ),
        json!({}),
    );
    let app = mount();
    let value = wait_for(
        &app,
        "[data-widget=rating-field][data-mode=view] [data-testid=rating-value]",
    )
    .await;
    let stars = value.query_selector("[data-stars]").unwrap().unwrap();
    assert_eq!(stars.get_attribute("data-stars").as_deref(), Some("4"));
    assert_eq!(text(&stars), "★★★★☆");
    assert_eq!(
        stars.get_attribute("aria-label").as_deref(),
        Some("4 of 5 stars")
    );
    assert!(text(&value).contains("Quick to reply"));
    assert!(
        calls_named("placement.call:getValue").len() == 1,
        "reads the card's value back"
    );
    assert!(set_values().is_empty(), "view mode never writes");
    assert!(
        app.host.query_selector(".b-card").unwrap().is_none(),
        "compact: no card around it"
    );
}

#[wasm_bindgen_test]
async fn view_mode_follows_get_value_and_reports_unreadable_values() {
    install(
        "USERFIELD_TYPE",
        field("view", Value::Null, true, false),
        json!({"placementReplies": {"getValue": [r#"{"stars":2,"note":""}"#, "[object Object]"]}}),
    );
    let app = mount();
    let value = wait_for(&app, "[data-testid=rating-value] [data-stars='2']").await;
    assert_eq!(text(&value), "★★☆☆☆");
    let bad = text(&wait_for(&app, "[data-testid=rating-unreadable]").await);
    assert!(bad.contains("cannot be shown"), "{bad}");
}

#[wasm_bindgen_test]
async fn an_empty_field_says_not_set() {
    install(
        "USERFIELD_TYPE",
        field("view", Value::Null, false, false),
        json!({}),
    );
    let app = mount();
    assert_eq!(
        text(&wait_for(&app, "[data-testid=rating-empty]").await),
        "Not set"
    );
}

#[wasm_bindgen_test]
async fn edit_mode_hands_a_json_string_to_the_card() {
    install(
        "USERFIELD_TYPE",
        field("edit", Value::Null, false, false),
        json!({}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=rating-star-3]").await);
    wait_until("setValue", || !set_values().is_empty()).await;
    let sent = set_values();
    assert_eq!(
        sent[0],
        json!(r#"{"stars":3,"note":""}"#),
        "a string, never an object"
    );
    wait_for_text(&app, "saved when you save the card").await;
    // The note goes out when the textarea is left.
    type_note(&app, "Fair price").await;
    wait_until("the note is sent", || set_values().len() == 2).await;
    assert_eq!(set_values()[1], json!(r#"{"stars":3,"note":"Fair price"}"#));
    let pressed = wait_for(&app, "[data-testid=rating-star-3]").await;
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_multiple_field_sends_an_array_of_json_strings() {
    install(
        "USERFIELD_TYPE",
        field("edit", json!([r#"{"stars":5,"note":"Top"}"#]), true, false),
        json!({}),
    );
    let app = mount();
    wait_until("the first rating is in the form", || {
        app.host
            .query_selector("[data-testid=rating-star-5][aria-pressed=true]")
            .unwrap()
            .is_some()
    })
    .await;
    click(&wait_for(&app, "[data-testid=rating-add]").await);
    wait_until("a second entry", || {
        app.host
            .query_selector_all("[data-testid=rating-entry]")
            .unwrap()
            .length()
            == 2
    })
    .await;
    let second = app
        .host
        .query_selector_all("[data-testid=rating-star-1]")
        .unwrap()
        .get(1)
        .unwrap();
    click(&wasm_bindgen::JsCast::unchecked_into(second));
    wait_until("setValue", || !set_values().is_empty()).await;
    assert_eq!(
        set_values().last().cloned(),
        Some(json!([
            r#"{"stars":5,"note":"Top"}"#,
            r#"{"stars":1,"note":""}"#
        ]))
    );
}

#[wasm_bindgen_test]
async fn a_mandatory_field_cleared_says_so_and_a_note_needs_stars() {
    install(
        "USERFIELD_TYPE",
        field("edit", json!(r#"{"stars":2,"note":""}"#), false, true),
        json!({}),
    );
    let app = mount();
    let star = wait_for(&app, "[data-testid=rating-star-2][aria-pressed=true]").await;
    // Clicking the chosen star again clears the rating.
    click(&star);
    let error = text(&wait_for(&app, "[data-testid=rating-error]").await);
    assert!(error.contains("required"), "{error}");
    wait_until("the card holds the empty value", || {
        set_values().last() == Some(&json!(""))
    })
    .await;
    let before = set_values().len();
    type_note(&app, "No stars yet").await;
    wait_for_text(&app, "Choose the stars for rating 1.").await;
    assert_eq!(
        set_values().len(),
        before,
        "an invalid rating is not handed over"
    );
}

#[wasm_bindgen_test]
async fn a_card_that_refuses_the_value_gets_a_retry() {
    install(
        "USERFIELD_TYPE",
        field("edit", Value::Null, false, false),
        json!({"placementReplies": {"setValue": [{"result": "error", "errorCode": "FIELD_READ_ONLY"}]}}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=rating-star-4]").await);
    let refused = text(&wait_for(&app, "[data-testid=rating-refused]").await);
    assert!(refused.contains("did not take the value"), "{refused}");
    js_sys::eval("window.__bx24mock.placementReplies.setValue = [];").unwrap();
    click(&wait_for(&app, "[data-testid=retry]").await);
    wait_for_text(&app, "saved when you save the card").await;
    assert_eq!(set_values().len(), 2);
}
