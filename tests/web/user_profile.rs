//! The employee card (`USER_PROFILE_*`): department, manager, contacts; chat, call and dial through
//! `BX24.im`; open deals and tasks.

use super::harness::*;
use super::task_workload::fixtures_with;
use serde_json::json;
use wasm_bindgen_test::*;

fn fixtures() -> serde_json::Value {
    fixtures_with(vec![
        json!({"method": "user.get", "match": {"ID": "3"}, "answer": {"result": [{"ID": "3", "NAME": "Anna", "LAST_NAME": "Petrova",
            "EMAIL": "anna@acme.example", "WORK_POSITION": "Sales manager", "ACTIVE": true, "IS_ONLINE": "Y",
            "WORK_PHONE": "+49 30 555", "PERSONAL_MOBILE": "", "UF_PHONE_INNER": "103", "UF_DEPARTMENT": [2]}], "total": 1}}),
        json!({"method": "department.get", "match": {"ID": "2"}, "answer": {"result": [{"ID": "2", "NAME": "Sales", "PARENT": "1", "UF_HEAD": "2"}], "total": 1}}),
        json!({"method": "department.get", "match": {"ID": "1"}, "answer": {"result": [{"ID": "1", "NAME": "Acme", "UF_HEAD": "1"}], "total": 1}}),
        json!({"method": "crm.deal.list", "answer": {"result": [{"ID": "8061", "TITLE": "Website redesign", "OPPORTUNITY": "15000.50", "CURRENCY_ID": "EUR"}], "total": 4}}),
        json!({"method": "tasks.task.list", "answer": {"result": {"tasks": [{"id": "8017", "title": "Prepare the offer", "deadline": null}]}, "total": 1}}),
    ])
}

#[wasm_bindgen_test]
async fn the_employee_card_with_manager_contacts_deals_and_tasks() {
    install(
        "USER_PROFILE_TOOLBAR",
        json!({"USER_ID": "3"}),
        json!({"fixtures": fixtures()}),
    );
    let app = mount();
    wait_for_text(&app, "Anna Petrova").await;
    assert_eq!(
        text(&wait_for(&app, "[data-testid=department]").await),
        "Sales"
    );
    assert!(text(&wait_for(&app, "[data-testid=manager]").await).contains("Maria Johnson"));
    let deals = text(&wait_for(&app, "[data-testid=open-deals]").await);
    assert!(
        deals.contains("Open deals: 4")
            && deals.contains("Website redesign")
            && deals.contains("€15,000.50"),
        "{deals}"
    );
    assert!(text(&wait_for(&app, "[data-testid=open-tasks]").await).contains("Prepare the offer"));
    assert_eq!(calls_named("callMethod").len(), 1, "one round trip");
    let methods: Vec<String> = calls()
        .iter()
        .filter_map(|c| {
            c["name"]
                .as_str()?
                .strip_prefix("batch:")
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        methods,
        [
            "user.get",
            "department.get",
            "department.get",
            "user.get",
            "user.get",
            "crm.deal.list",
            "tasks.task.list"
        ]
    );
    click(&wait_for(&app, "[data-testid=message]").await);
    click(&wait_for(&app, "[data-testid=call]").await);
    click(&wait_for(&app, "[data-testid=work-phone]").await);
    assert_eq!(calls_named("imOpenMessenger")[0]["args"]["dialogId"], "3");
    assert_eq!(
        calls_named("imCallTo")[0]["args"],
        json!({"userId": 3, "video": false})
    );
    assert_eq!(calls_named("imPhoneTo")[0]["args"]["phone"], "+49 30 555");
}

#[wasm_bindgen_test]
async fn the_menu_shows_the_profile_the_page_is_about() {
    install(
        "USER_PROFILE_MENU",
        json!({"USER_ID": "1", "URI": "/company/personal/user/3/"}),
        json!({"fixtures": fixtures()}),
    );
    let app = mount();
    wait_for_text(&app, "Anna Petrova").await;
    let first = calls()
        .into_iter()
        .find(|c| c["name"] == "batch:user.get")
        .unwrap();
    assert_eq!(first["args"]["ID"], "3");
}
