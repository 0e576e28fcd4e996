//! CRM methods: items, legacy rows, reference lists and updates.

use super::*;

#[test]
fn crm_item_get_list_fields_and_smart_process() {
    let (state, token) = setup();
    let item = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 1}),
    )["result"]["item"]
        .clone();
    assert_has_keys(
        &item,
        "item",
        &[
            "id",
            "title",
            "stageId",
            "categoryId",
            "opportunity",
            "currencyId",
            "assignedById",
            "createdTime",
            "contactIds",
            "observers",
            "entityTypeId",
            "ufCrm_1700000000001",
        ],
    );
    assert!(
        item["id"].is_u64() && item["opportunity"].is_number() && item["contactIds"].is_array()
    );
    let original = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 1, "useOriginalUfNames": "Y"}),
    );
    assert!(original["result"]["item"]
        .get("UF_CRM_1700000000001")
        .is_some());
    let project = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 128, "id": 3}),
    )["result"]["item"]
        .clone();
    assert!(project["stageId"]
        .as_str()
        .is_some_and(|s| s.starts_with("DT128_3:")));
    assert!(project.get("ufCrm1_1700000000101").is_some() && project.get("parentId2").is_some());
    let contact = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 3, "id": 1}),
    )["result"]["item"]
        .clone();
    assert!(contact["fm"].as_array().is_some_and(|fm| fm
        .iter()
        .all(|f| f["typeId"].is_string() && f["valueType"].is_string())));
    let contract = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 183, "id": 1}),
    )["result"]["item"]
        .clone();
    assert!(
        contract.get("ufCrm2_1700000000201").is_some()
            && contract["stageId"]
                .as_str()
                .is_some_and(|s| s.starts_with("DT183_4:"))
    );
    for et in [1, 2, 3, 4, 7, 31, 128, 183] {
        let list = ok(&state, &token, "crm.item.list", json!({"entityTypeId": et}));
        assert!(
            list["result"]["items"]
                .as_array()
                .is_some_and(|i| !i.is_empty()),
            "{et}"
        );
    }
    let fields = ok(
        &state,
        &token,
        "crm.item.fields",
        json!({"entityTypeId": 2}),
    )["result"]["fields"]
        .clone();
    assert_eq!(fields["stageId"]["type"], "crm_status");
    assert_eq!(fields["assignedById"]["upperName"], "ASSIGNED_BY_ID");
    assert_eq!(
        fields["ufCrm_1700000000001"]["upperName"],
        "UF_CRM_1700000000001"
    );
    let (status, body) = call(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 999, "id": 1}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "NOT_FOUND");
    let (_, body) = call(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 100_000}),
    );
    assert_eq!(body["error_description"], "Element not found");
}

#[test]
fn legacy_crm_rows_are_upper_case_strings() {
    let (state, token) = setup();
    let deal = ok(
        &state,
        &token,
        "crm.deal.get",
        json!({"id": DEAL_WITH_SCRIPT_TITLE}),
    )["result"]
        .clone();
    assert_has_keys(
        &deal,
        "deal",
        &[
            "ID",
            "TITLE",
            "STAGE_ID",
            "OPPORTUNITY",
            "CURRENCY_ID",
            "ASSIGNED_BY_ID",
            "CONTACT_ID",
            "COMPANY_ID",
            "DATE_CREATE",
            "DATE_MODIFY",
            "BEGINDATE",
            "CLOSEDATE",
            "CATEGORY_ID",
            "STAGE_SEMANTIC_ID",
        ],
    );
    assert!(
        deal["TITLE"]
            .as_str()
            .is_some_and(|t| t.contains("<script>")),
        "stored verbatim, escaping is the app's job"
    );
    assert!(
        deal["ID"].is_string()
            && deal["OPPORTUNITY"]
                .as_str()
                .is_some_and(|o| o.contains('.'))
    );
    let lonely = ok(
        &state,
        &token,
        "crm.deal.get",
        json!({"id": DEAL_WITHOUT_CLIENT}),
    )["result"]
        .clone();
    assert_eq!(
        (lonely["CONTACT_ID"].clone(), lonely["COMPANY_ID"].clone()),
        (Value::Null, Value::Null)
    );
    let contact = ok(&state, &token, "crm.contact.get", json!({"id": 1}))["result"].clone();
    assert!(
        contact["PHONE"]
            .as_array()
            .is_some_and(|p| p[0]["VALUE_TYPE"].is_string())
            && contact["NAME"].is_string()
    );
    let listed = ok(
        &state,
        &token,
        "crm.contact.list",
        json!({"filter": {"ID": 1}}),
    )["result"][0]
        .clone();
    assert!(
        listed.get("PHONE").is_none(),
        "multi-fields only when selected"
    );
    let selected = ok(
        &state,
        &token,
        "crm.contact.list",
        json!({"filter": {"ID": 1}, "select": ["*", "PHONE", "EMAIL"]}),
    )["result"][0]
        .clone();
    assert!(selected["EMAIL"].is_array());
    assert!(
        ok(&state, &token, "crm.lead.get", json!({"id": 1}))["result"]["STATUS_ID"].is_string()
    );
    assert!(
        ok(&state, &token, "crm.company.get", json!({"id": 1}))["result"]["IS_MY_COMPANY"] == "Y"
    );
    assert!(ok(&state, &token, "crm.quote.get", json!({"id": 1}))["result"]["DEAL_ID"].is_string());
    assert_eq!(ok(&state, &token, "crm.lead.list", json!({}))["total"], 80);
    assert_eq!(ok(&state, &token, "crm.quote.list", json!({}))["total"], 40);
    let (status, body) = call(&state, &token, "crm.deal.get", json!({"id": "abc"}));
    assert_eq!(
        (status, body["error_description"].clone()),
        (400, json!("ID is not defined or invalid."))
    );
}

#[test]
fn reference_lists_statuses_currencies_types_categories_activities() {
    let (state, token) = setup();
    let stages = |entity: &str| {
        ok(
            &state,
            &token,
            "crm.status.list",
            json!({"filter": {"ENTITY_ID": entity}, "order": {"SORT": "ASC"}}),
        )["result"]
            .clone()
    };
    let deal = stages("DEAL_STAGE");
    assert_eq!(deal[0]["STATUS_ID"], "NEW");
    assert_eq!(
        deal[0]["EXTRA"],
        json!({"SEMANTICS": "process", "COLOR": "#39A8EF"})
    );
    let won = deal
        .as_array()
        .and_then(|a| a.iter().find(|s| s["STATUS_ID"] == "WON").cloned())
        .unwrap_or_default();
    assert_eq!(
        (won["SEMANTICS"].clone(), won["SORT"].clone()),
        (json!("S"), json!("60"))
    );
    assert!(stages("DEAL_STAGE_1")
        .as_array()
        .is_some_and(|a| a.iter().all(|s| s["STATUS_ID"]
            .as_str()
            .is_some_and(|x| x.starts_with("C1:"))
            && s["CATEGORY_ID"] == "1")));
    for entity in [
        "STATUS",
        "SOURCE",
        "QUOTE_STATUS",
        "SMART_INVOICE_STAGE_2",
        "DYNAMIC_128_STAGE_3",
        "DEAL_TYPE",
    ] {
        assert!(
            stages(entity).as_array().is_some_and(|a| !a.is_empty()),
            "{entity}"
        );
    }
    assert!(stages("SOURCE")[0].get("EXTRA").is_none());

    let currencies = ok(&state, &token, "crm.currency.list", json!({}))["result"].clone();
    assert_eq!(ids(&json!([]), "x").len(), 0);
    let codes: Vec<&str> = currencies
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["CURRENCY"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(codes, ["USD", "EUR", "RUB"]);
    let eur = ok(&state, &token, "crm.currency.get", json!({"id": "eur"}))["result"].clone();
    assert_eq!(eur["FORMAT_STRING"], "&euro;#");
    assert_eq!(eur["LANG"]["de"]["FORMAT_STRING"], "# &euro;");
    assert_eq!(
        call(&state, &token, "crm.currency.get", json!({"id": "XXX"})).0,
        400
    );

    let types = ok(&state, &token, "crm.type.list", json!({}))["result"]["types"].clone();
    assert_eq!(
        (types[0]["entityTypeId"].clone(), types[0]["title"].clone()),
        (json!(128), json!("Projects"))
    );
    assert_eq!(types[1]["entityTypeId"], 183);
    assert!(stages("DYNAMIC_183_STAGE_4")
        .as_array()
        .is_some_and(|a| a.len() == 4));
    let cats = ok(
        &state,
        &token,
        "crm.category.list",
        json!({"entityTypeId": 2}),
    )["result"]["categories"]
        .clone();
    assert_eq!(cats.as_array().map(Vec::len), Some(2));

    let acts = ok(
        &state,
        &token,
        "crm.activity.list",
        json!({"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 3}}),
    )["result"]
        .clone();
    assert!(acts.as_array().is_some_and(|a| a
        .iter()
        .all(|x| x["OWNER_ID"] == "3" && x["SUBJECT"].is_string())));
    assert!(
        ok(&state, &token, "crm.activity.get", json!({"id": 1}))["result"]["PROVIDER_ID"]
            .is_string()
    );
}

#[test]
fn crm_updates_validate_like_the_portal() {
    let (state, token) = setup();
    let updated = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"title": "Renamed", "opportunity": "1234.5", "ufCrm_1700000000002": 7}}),
    );
    assert_eq!(updated["result"]["item"]["title"], "Renamed");
    assert_eq!(updated["result"]["item"]["opportunity"], 1234.5);
    assert_eq!(updated["result"]["item"]["ufCrm_1700000000002"], 7);
    assert_eq!(
        ok(&state, &token, "crm.deal.get", json!({"id": 10}))["result"]["TITLE"],
        "Renamed",
        "one store behind both APIs"
    );

    let moved = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"categoryId": 1}}),
    );
    assert_eq!(
        moved["result"]["item"]["stageId"], "C1:NEW",
        "a new pipeline starts at its first stage"
    );
    let (status, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"stageId": "WON"}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "CRM_FIELD_ERROR_VALUE_NOT_VALID");
    let won = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"stageId": "C1:WON"}}),
    );
    assert_eq!(
        (
            won["result"]["item"]["stageSemanticId"].clone(),
            won["result"]["item"]["closed"].clone()
        ),
        (json!("S"), json!("Y"))
    );
    assert_eq!(won["result"]["item"]["previousStageId"], "C1:NEW");
    let (_, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 10, "fields": {"assignedById": 999, "title": "lost"}}),
    );
    assert_error(&body, "CRM_FIELD_ERROR_VALUE_NOT_VALID");
    assert_eq!(
        ok(&state, &token, "crm.deal.get", json!({"id": 10}))["result"]["TITLE"],
        "Renamed",
        "a failed update changes nothing"
    );

    assert_eq!(
        ok(
            &state,
            &token,
            "crm.deal.update",
            json!({"id": 11, "fields": {"STAGE_ID": "WON", "CONTACT_ID": 5}})
        )["result"],
        true
    );
    let deal = ok(&state, &token, "crm.deal.get", json!({"id": 11}))["result"].clone();
    assert_eq!(
        (
            deal["STAGE_ID"].clone(),
            deal["CONTACT_ID"].clone(),
            deal["CLOSED"].clone()
        ),
        (json!("WON"), json!("5"), json!("Y"))
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 11, "fields": {"CURRENCY_ID": "XYZ"}}),
    );
    assert_eq!(
        body,
        json!({"error": "", "error_description": "Invalid value for the \"Currency\" field"})
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 11, "fields": ""}),
    );
    assert_eq!(
        body["error_description"],
        "Parameter 'fields' must be array."
    );
    let (_, body) = call(
        &state,
        &token,
        "crm.deal.update",
        json!({"id": 99_999, "fields": {"TITLE": "x"}}),
    );
    assert_eq!(body["error_description"], "Not found");
}
