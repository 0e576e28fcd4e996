//! App options, app info, events and custom fields.

use super::*;

#[test]
fn app_options_info_events_and_custom_fields() {
    let (state, token) = setup();
    let info = ok(&state, &token, "app.info", json!({}))["result"].clone();
    assert_eq!(
        (info["INSTALLED"].clone(), info["STATUS"].clone()),
        (json!(true), json!("L"))
    );
    state.store.set_installed(false);
    assert_eq!(
        ok(&state, &token, "app.info", json!({}))["result"]["INSTALLED"],
        false
    );

    ok(
        &state,
        &token,
        "app.option.set",
        json!({"options": {"theme": "dark"}}),
    );
    assert_eq!(state.store.app_options()["theme"], "dark");
    assert_eq!(
        ok(&state, &token, "app.option.get", json!({"option": "theme"}))["result"],
        "dark"
    );
    ok(
        &state,
        &token,
        "user.option.set",
        json!({"options": {"pinned": "Y"}}),
    );
    assert_eq!(
        ok(&state, &token, "user.option.get", json!({}))["result"],
        json!({"pinned": "Y"})
    );

    assert_eq!(
        ok(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnCrmDealUpdate", "handler": "https://app.example/h"})
        )["result"],
        true
    );
    assert_error(
        &call(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnCrmDealUpdate", "handler": "https://app.example/h"}),
        )
        .1,
        "ERROR_CORE",
    );
    assert_error(
        &call(
            &state,
            &token,
            "event.bind",
            json!({"event": "OnNothing", "handler": "https://app.example/h"}),
        )
        .1,
        "ERROR_EVENT_NOT_FOUND",
    );
    assert_eq!(
        ok(&state, &token, "event.get", json!({}))["result"][0]["event"],
        "ONCRMDEALUPDATE"
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "event.unbind",
            json!({"event": "ONCRMDEALUPDATE"})
        )["result"]["count"],
        1
    );

    let add = json!({"USER_TYPE_ID": "survey", "HANDLER": "https://app.example/uf", "TITLE": "Survey", "OPTIONS": {"height": 60}});
    assert_eq!(
        ok(&state, &token, "userfieldtype.add", add.clone())["result"],
        true
    );
    assert_error(
        &call(&state, &token, "userfieldtype.add", add).1,
        "ERROR_CORE",
    );
    let list = ok(&state, &token, "userfieldtype.list", json!({}));
    assert_eq!(
        (
            list["total"].clone(),
            list["result"][0]["USER_TYPE_ID"].clone()
        ),
        (json!(1), json!("survey"))
    );
    ok(
        &state,
        &token,
        "userfieldtype.update",
        json!({"USER_TYPE_ID": "survey", "TITLE": "Poll"}),
    );
    assert_eq!(
        ok(&state, &token, "userfieldtype.list", json!({}))["result"][0]["TITLE"],
        "Poll"
    );
    let field = ok(
        &state,
        &token,
        "userfieldconfig.add",
        json!({"moduleId": "crm", "field": {"entityId": "CRM_DEAL", "fieldName": "UF_CRM_SURVEY", "userTypeId": "rest_7_survey"}}),
    );
    assert_eq!(field["result"]["field"]["fieldName"], "UF_CRM_SURVEY");
    assert_error(
        &call(
            &state,
            &token,
            "userfieldconfig.add",
            json!({"field": {"entityId": "CRM_DEAL", "fieldName": "bad", "userTypeId": "string"}}),
        )
        .1,
        "ERROR_ARGUMENT",
    );
    ok(
        &state,
        &token,
        "userfieldtype.delete",
        json!({"USER_TYPE_ID": "survey"}),
    );
    assert_eq!(
        ok(&state, &token, "userfieldtype.list", json!({}))["result"],
        json!([])
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "imconnector.activate",
            json!({"CONNECTOR": "my_conn", "LINE": 1, "ACTIVE": 1})
        )["result"],
        true
    );
    assert_eq!(state.store.read().app.connectors["my_conn"]["1"], true);
}
