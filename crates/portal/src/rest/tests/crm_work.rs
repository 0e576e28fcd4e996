//! CRM work methods: to-dos created on an element.

use super::*;

#[test]
fn todo_add_stores_an_open_todo_that_the_activity_list_returns() {
    let (state, token) = setup();
    let before = state.store.read().crm.activities.len();
    let body = ok(
        &state,
        &token,
        "crm.activity.todo.add",
        json!({"ownerTypeId": 2, "ownerId": 8, "deadline": "2026-12-04T10:00:00", "description": "Send the offer", "responsibleId": 3}),
    );
    let id = body["result"]["id"].as_u64().expect("{id} as a number");
    assert_eq!(state.store.read().crm.activities.len(), before + 1);
    let listed = ok(
        &state,
        &token,
        "crm.activity.list",
        json!({"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 8, "PROVIDER_ID": "CRM_TODO", "COMPLETED": "N"}}),
    )["result"]
        .clone();
    let row = listed
        .as_array()
        .and_then(|rows| {
            rows.iter()
                .find(|r| r["ID"].as_str().and_then(|s| s.parse::<u64>().ok()) == Some(id))
        })
        .expect("the new to-do is listed")
        .clone();
    assert_eq!(row["DESCRIPTION"], "Send the offer");
    assert_eq!(row["RESPONSIBLE_ID"], "3");
    assert_eq!(row["PROVIDER_ID"], "CRM_TODO");
    assert!(row["DEADLINE"]
        .as_str()
        .is_some_and(|d| d.starts_with("2026-12-04T10:00:00")));
}

#[test]
fn todo_add_refuses_bad_input_without_storing_anything() {
    let (state, token) = setup();
    let before = state.store.read().crm.activities.len();
    for (params, code) in [
        (
            json!({"ownerId": 8, "deadline": "2026-12-04T10:00:00", "description": "x"}),
            "INVALID_ARG_VALUE",
        ),
        (
            json!({"ownerTypeId": 2, "ownerId": 8, "deadline": "soon", "description": "x"}),
            "INVALID_ARG_VALUE",
        ),
        (
            json!({"ownerTypeId": 2, "ownerId": 8, "deadline": "2026-12-04T10:00:00", "description": " "}),
            "INVALID_ARG_VALUE",
        ),
        (
            json!({"ownerTypeId": 2, "ownerId": 99999, "deadline": "2026-12-04T10:00:00", "description": "x"}),
            "NOT_FOUND",
        ),
        (
            json!({"ownerTypeId": 2, "ownerId": 8, "deadline": "2026-12-04T10:00:00", "description": "x", "responsibleId": 999}),
            "INVALID_ARG_VALUE",
        ),
    ] {
        let (status, body) = call(&state, &token, "crm.activity.todo.add", params.clone());
        assert_eq!(status, 400, "{params}");
        assert_eq!(body["error"], code, "{params}");
    }
    assert_eq!(state.store.read().crm.activities.len(), before);
}

#[test]
fn orders_and_old_invoices_have_their_own_getters() {
    let (state, token) = setup();
    let order = ok(&state, &token, "sale.order.get", json!({"id": 2}))["result"]["order"].clone();
    assert_has_keys(
        &order,
        "order",
        &[
            "id",
            "accountNumber",
            "statusId",
            "price",
            "currency",
            "payed",
            "canceled",
            "dateInsert",
            "responsibleId",
            "basketItems",
        ],
    );
    let items = order["basketItems"].as_array().unwrap();
    let total: f64 = items
        .iter()
        .map(|i| i["quantity"].as_f64().unwrap() * i["price"].as_f64().unwrap())
        .sum();
    assert_eq!(
        order["price"].as_f64(),
        Some(total),
        "price is the basket's total"
    );
    let (status, body) = call(&state, &token, "sale.order.get", json!({"id": 999}));
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("ERROR_NOT_FOUND"))
    );

    let invoice = ok(&state, &token, "crm.invoice.get", json!({"id": 3}))["result"].clone();
    assert_has_keys(
        &invoice,
        "invoice",
        &[
            "ID",
            "ORDER_TOPIC",
            "STATUS_ID",
            "PRICE",
            "CURRENCY",
            "PAYED",
            "DATE_BILL",
            "DATE_PAY_BEFORE",
            "RESPONSIBLE_ID",
            "UF_DEAL_ID",
            "PRODUCT_ROWS",
        ],
    );
    assert_eq!(invoice["ID"], "3");
    assert!(
        invoice["PRICE"].is_string(),
        "legacy rows print numbers as strings"
    );
    let (status, _) = call(&state, &token, "crm.invoice.get", json!({"id": 77}));
    assert_eq!(status, 400);
}

#[test]
fn requisites_and_bank_details_filter_like_every_list() {
    let (state, token) = setup();
    let all = ok(&state, &token, "crm.requisite.list", json!({}));
    assert_eq!(all["total"], 30);
    let first = all["result"][0].clone();
    assert_has_keys(
        &first,
        "requisite",
        &[
            "ID",
            "ENTITY_TYPE_ID",
            "ENTITY_ID",
            "RQ_COMPANY_NAME",
            "RQ_INN",
        ],
    );
    let inn = first["RQ_INN"].as_str().unwrap().to_owned();
    let by_inn = ok(
        &state,
        &token,
        "crm.requisite.list",
        json!({"filter": {"%RQ_INN": &inn[..6]}}),
    )["result"]
        .clone();
    assert!(by_inn
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["RQ_INN"] == inn.as_str()));
    let name = first["RQ_COMPANY_NAME"].as_str().unwrap().to_owned();
    let company = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 4, "id": first["ENTITY_ID"].as_str().unwrap()}),
    )["result"]["item"]["title"]
        .clone();
    assert_eq!(company, name.as_str(), "a requisite names its company");
    let banks = ok(
        &state,
        &token,
        "crm.requisite.bankdetail.list",
        json!({"filter": {"ENTITY_ID": first["ID"].clone()}}),
    )["result"]
        .clone();
    assert_eq!(banks.as_array().map(Vec::len), Some(1));
    assert_has_keys(
        &banks[0],
        "bank",
        &[
            "RQ_BANK_NAME",
            "RQ_BIK",
            "RQ_ACC_NUM",
            "RQ_COR_ACC_NUM",
            "RQ_SWIFT",
        ],
    );
}

#[test]
fn activity_update_marks_an_activity_done() {
    let (state, token) = setup();
    let open = state
        .store
        .read()
        .crm
        .activities
        .iter()
        .find(|a| !a.completed)
        .map(|a| a.id)
        .unwrap();
    let body = ok(
        &state,
        &token,
        "crm.activity.update",
        json!({"id": open, "fields": {"COMPLETED": "Y"}}),
    );
    assert_eq!(body["result"], true);
    let row = ok(&state, &token, "crm.activity.get", json!({"id": open}))["result"].clone();
    assert_eq!(row["COMPLETED"], "Y");
    let (status, _) = call(
        &state,
        &token,
        "crm.activity.update",
        json!({"id": 999_999, "fields": {"COMPLETED": "Y"}}),
    );
    assert_eq!(status, 400);
    let (status, body) = call(
        &state,
        &token,
        "crm.activity.update",
        json!({"id": open, "fields": {"DEADLINE": "never"}}),
    );
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("INVALID_ARG_VALUE"))
    );
}

#[test]
fn old_invoices_and_orders_are_listed_by_id_cursor_with_their_statuses() {
    let (state, token) = setup();
    let first = ok(
        &state,
        &token,
        "crm.invoice.list",
        json!({"select": ["ID", "STATUS_ID", "PRICE", "CURRENCY"], "order": {"ID": "ASC"}, "start": 0}),
    );
    assert_eq!(first["total"], 10);
    assert_has_keys(
        &first["result"][0],
        "invoice",
        &["ID", "STATUS_ID", "PRICE", "CURRENCY"],
    );
    assert!(
        first["result"][0].get("ORDER_TOPIC").is_none(),
        "only what was selected"
    );
    let after = ok(
        &state,
        &token,
        "crm.invoice.list",
        json!({"select": ["ID"], "filter": {">ID": 7}, "order": {"ID": "ASC"}, "start": -1}),
    );
    assert_eq!(ids(&after["result"], "ID"), vec![8, 9, 10]);
    let orders = ok(
        &state,
        &token,
        "sale.order.list",
        json!({"select": ["id", "statusId", "price", "currency"], "filter": {">id": 10}, "order": {"id": "ASC"}}),
    );
    assert_eq!(ids(&orders["result"]["orders"], "id"), vec![11, 12]);
    let statuses = ok(
        &state,
        &token,
        "sale.status.list",
        json!({"filter": {"type": "O"}}),
    );
    assert_eq!(
        statuses["result"]["statuses"].as_array().map(Vec::len),
        Some(3)
    );
    let names = ok(
        &state,
        &token,
        "sale.statusLang.list",
        json!({"filter": {"lid": "de"}}),
    );
    let names = names["result"]["statusLangs"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(names.len(), 3);
    assert!(names.iter().all(|n| n["lid"] == "de"));
    let dictionary = ok(
        &state,
        &token,
        "crm.status.list",
        json!({"filter": {"ENTITY_ID": "INVOICE_STATUS"}}),
    );
    assert_eq!(ids(&dictionary["result"], "ID").len(), 4);
}
