//! The CRM automation trigger manager (`CRM_*_ROBOT_DESIGNER_TOOLBAR`) against the mock: the list in
//! one call, a trigger added with a code proposed from its name, one fired on a deal picked with
//! `selectCRM`, a firing whose outcome is unknown that is not resent, and the read-only view of a
//! non-admin.

use super::harness::*;
use serde_json::json;
use wasm_bindgen_test::*;

const DESIGNER: &str = "CRM_DEAL_ROBOT_DESIGNER_TOOLBAR";

fn designer_options() -> serde_json::Value {
    json!({"URI": "/crm/deal/automation/0/"})
}

fn with_trigger() {
    prepend(json!([
        {"method": "crm.automation.trigger.list", "answer": {"result": [{"NAME": "Paid", "CODE": "b24w.paid"}]}},
        {"method": "crm.automation.trigger.add", "answer": {"result": true}},
        {"method": "crm.automation.trigger.execute", "answer": {"result": true}}
    ]));
}

#[wasm_bindgen_test]
async fn an_admin_adds_a_trigger_with_a_code_proposed_from_its_name() {
    install(DESIGNER, designer_options(), json!({"admin": true}));
    with_trigger();
    let app = mount();
    wait_for_text(&app, "Paid").await;
    assert_eq!(rest_calls("crm.automation.trigger.list").len(), 1);
    type_into(
        &wait_for(&app, "[data-testid=automation-name]").await,
        "Contract signed!",
        "input",
    );
    let code = wait_for(&app, "[data-testid=automation-code]").await;
    wait_until("the code is proposed", || {
        js_sys::Reflect::get(&code, &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .as_deref()
            == Some("b24w.contract-signed")
    })
    .await;
    click(&wait_for(&app, "[data-testid=automation-add]").await);
    wait_for_text(&app, "is among the designer's triggers").await;
    let added = rest_calls("crm.automation.trigger.add");
    assert_eq!(added.len(), 1);
    assert_eq!(
        added[0]["args"]["params"],
        json!({"CODE": "b24w.contract-signed", "NAME": "Contract signed!"})
    );
    wait_until("the list is read again", || {
        rest_calls("crm.automation.trigger.list").len() == 2
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_code_the_app_has_is_refused_before_sending_and_the_input_stays() {
    install(DESIGNER, designer_options(), json!({"admin": true}));
    with_trigger();
    let app = mount();
    wait_for_text(&app, "Paid").await;
    type_into(
        &wait_for(&app, "[data-testid=automation-name]").await,
        "Paid twice",
        "input",
    );
    type_into(
        &wait_for(&app, "[data-testid=automation-code]").await,
        "b24w.paid",
        "input",
    );
    click(&wait_for(&app, "[data-testid=automation-add]").await);
    let problem = text(&wait_for(&app, "[data-testid=automation-problem]").await);
    assert!(problem.contains("already has a trigger"), "{problem}");
    assert!(rest_calls("crm.automation.trigger.add").is_empty());
    let name = wait_for(&app, "[data-testid=automation-name]").await;
    assert_eq!(
        js_sys::Reflect::get(&name, &"value".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("Paid twice")
    );
}

#[wasm_bindgen_test]
async fn a_trigger_fires_once_on_the_picked_deal() {
    install(
        DESIGNER,
        designer_options(),
        json!({"admin": true, "selectedCrm": {"deal": [{"id": "D_3", "type": "deal", "title": "Website redesign"}]}}),
    );
    with_trigger();
    let app = mount();
    wait_for_text(&app, "Paid").await;
    click(&wait_for(&app, "[data-testid=automation-pick]").await);
    wait_for_text(&app, "Item: Website redesign").await;
    click(&wait_for(&app, "[data-testid=automation-fire]").await);
    wait_for_text(&app, "fired on Website redesign").await;
    let fired = rest_calls("crm.automation.trigger.execute");
    assert_eq!(fired.len(), 1);
    assert_eq!(
        fired[0]["args"]["params"],
        json!({"CODE": "b24w.paid", "OWNER_TYPE_ID": 2, "OWNER_ID": 3})
    );
}

#[wasm_bindgen_test]
async fn a_firing_with_an_unknown_outcome_is_not_resent_and_the_list_is_read_again() {
    install(DESIGNER, designer_options(), json!({"admin": true}));
    with_trigger();
    // BX24.js never calls back on a 5xx or a lost connection.
    js_sys::eval("window.__bx24mock.hang = ['crm.automation.trigger.execute'];").unwrap();
    let app = mount();
    wait_for_text(&app, "Paid").await;
    type_into(
        &wait_for(&app, "[data-testid=automation-element]").await,
        "12",
        "input",
    );
    click(&wait_for(&app, "[data-testid=automation-fire]").await);
    let unknown = text(&wait_for(&app, "[data-testid=automation-unknown]").await);
    assert!(unknown.contains("may or may not"), "{unknown}");
    wait_until("the list is read again", || {
        rest_calls("crm.automation.trigger.list").len() == 2
    })
    .await;
    assert_eq!(
        rest_calls("crm.automation.trigger.execute").len(),
        1,
        "never resent"
    );
    // The list was read again: the form still holds the item the user named.
    let element = wait_for(&app, "[data-testid=automation-element]").await;
    assert_eq!(
        js_sys::Reflect::get(&element, &"value".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("12")
    );
}

#[wasm_bindgen_test]
async fn a_non_admin_sees_the_triggers_read_only() {
    install(DESIGNER, designer_options(), json!({"admin": false}));
    with_trigger();
    let app = mount();
    wait_for_text(&app, "Only an administrator").await;
    assert!(app
        .host
        .query_selector("[data-testid=automation-add]")
        .unwrap()
        .is_none());
    assert!(app
        .host
        .query_selector("[data-testid=automation-delete]")
        .unwrap()
        .is_none());
}
