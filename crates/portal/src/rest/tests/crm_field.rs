//! The app's custom field type in the CRM: `userfieldconfig.add` of a `rest_<app>_rating` field adds
//! it to every record of its entity, `crm.item.get` returns it (empty), `crm.item.update` stores the
//! JSON text the widget's `setValue` produced, and the errors the portal gives.

use super::*;

const FIELD: &str = "UF_CRM_1700000000900";

fn register_type(state: &EmulatorState, token: &str) {
    ok(
        state,
        token,
        "userfieldtype.add",
        json!({"USER_TYPE_ID": "rating", "HANDLER": "https://app.example/", "TITLE": "Rating"}),
    );
}

#[test]
fn an_added_field_is_on_every_record_and_stores_the_widgets_value() {
    let (state, token) = setup();
    register_type(&state, &token);
    let before = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 3}),
    );
    assert!(before["result"]["item"]
        .get("ufCrm_1700000000900")
        .is_none());
    let added = ok(
        &state,
        &token,
        "userfieldconfig.add",
        json!({"moduleId": "crm", "field": {"entityId": "CRM_DEAL", "fieldName": FIELD, "userTypeId": "rest_7_rating", "multiple": "N", "mandatory": "Y"}}),
    );
    assert_eq!(added["result"]["field"]["fieldName"], FIELD);
    assert_eq!(added["result"]["field"]["mandatory"], "Y");
    for id in [1, 3, 150] {
        let item = ok(
            &state,
            &token,
            "crm.item.get",
            json!({"entityTypeId": 2, "id": id}),
        )["result"]["item"]
            .clone();
        assert_eq!(
            item.get("ufCrm_1700000000900"),
            Some(&Value::Null),
            "deal {id}"
        );
    }
    let original = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 3, "useOriginalUfNames": "Y"}),
    );
    assert_eq!(original["result"]["item"].get(FIELD), Some(&Value::Null));
    let lead = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 1, "id": 1}),
    );
    assert!(
        lead["result"]["item"].get("ufCrm_1700000000900").is_none(),
        "only deals got it"
    );

    let stored = r#"{"stars":4,"note":"Quick to reply"}"#;
    let updated = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 3, "fields": {FIELD: stored}}),
    );
    assert_eq!(updated["result"]["item"]["ufCrm_1700000000900"], stored);
    let read = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 3}),
    );
    assert_eq!(read["result"]["item"]["ufCrm_1700000000900"], stored);
}

#[test]
fn a_multiple_field_starts_as_an_empty_list_on_smart_process_items() {
    let (state, token) = setup();
    register_type(&state, &token);
    // Smart process "Projects" has type id 1: its user fields live under CRM_1.
    ok(
        &state,
        &token,
        "userfieldconfig.add",
        json!({"moduleId": "crm", "field": {"entityId": "CRM_1", "fieldName": "UF_CRM_1_1700000000901", "userTypeId": "rest_7_rating", "multiple": "Y"}}),
    );
    let item = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 128, "id": 1}),
    )["result"]["item"]
        .clone();
    assert_eq!(item["ufCrm1_1700000000901"], json!([]));
    let values = json!([r#"{"stars":1,"note":""}"#, r#"{"stars":5,"note":"x"}"#]);
    let updated = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 128, "id": 1, "fields": {"ufCrm1_1700000000901": values}}),
    );
    assert_eq!(updated["result"]["item"]["ufCrm1_1700000000901"], values);
}

#[test]
fn field_errors_are_the_portals() {
    let (state, token) = setup();
    let (status, body) = call(
        &state,
        &token,
        "userfieldconfig.add",
        json!({"moduleId": "crm", "field": {"entityId": "CRM_DEAL", "fieldName": FIELD, "userTypeId": "rest_7_rating"}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_ARGUMENT");
    register_type(&state, &token);
    let field = json!({"moduleId": "crm", "field": {"entityId": "CRM_DEAL", "fieldName": FIELD, "userTypeId": "rest_7_rating"}});
    ok(&state, &token, "userfieldconfig.add", field.clone());
    let (status, body) = call(&state, &token, "userfieldconfig.add", field);
    assert_eq!(status, 400, "a second field of the same name");
    assert_error(&body, "ERROR_ARGUMENT");
}
