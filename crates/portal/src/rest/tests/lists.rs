//! Paging, filters, order and select on list methods.

use super::*;

#[test]
fn lists_page_by_fifty_with_next_and_total() {
    let (state, token) = setup();
    let first = ok(&state, &token, "crm.deal.list", json!({}));
    assert_eq!(first["result"].as_array().map(Vec::len), Some(50));
    assert_eq!(
        (first["total"].clone(), first["next"].clone()),
        (json!(150), json!(50))
    );
    let last = ok(&state, &token, "crm.deal.list", json!({"start": 100}));
    assert_eq!(last["result"].as_array().map(Vec::len), Some(50));
    assert!(last.get("next").is_none());
    assert_eq!(ids(&last["result"], "ID")[0], 101);
    let items = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 3, "start": "50"}),
    );
    assert_eq!(items["result"]["items"].as_array().map(Vec::len), Some(50));
    assert_eq!(items["next"], 100);
    assert_eq!(items["total"], 120);
}

/// The b24jssdk fast export: `order ID ASC`, `filter >ID`, `start=-1`, stop below 50 rows.
fn walk(
    state: &EmulatorState,
    token: &str,
    method: &str,
    base: Value,
    id_key: &str,
    rows_at: &dyn Fn(&Value) -> Value,
) -> Vec<u64> {
    let mut seen = Vec::new();
    let mut last = 0;
    loop {
        let mut params = base.clone();
        params["order"] = json!({ id_key: "ASC" });
        params["filter"] = json!({ format!(">{id_key}"): last });
        params["start"] = json!(-1);
        let body = ok(state, token, method, params);
        assert_eq!(body["total"], 0, "no count in start=-1 mode");
        assert!(body.get("next").is_none());
        let page = ids(&rows_at(&body), id_key);
        seen.extend(&page);
        match page.last() {
            Some(id) if page.len() == 50 => last = *id,
            _ => break,
        }
    }
    seen
}

#[test]
fn id_cursor_walk_returns_every_row_exactly_once() {
    let (state, token) = setup();
    let deals = walk(&state, &token, "crm.deal.list", json!({}), "ID", &|b| {
        b["result"].clone()
    });
    assert_eq!(deals, (1..=150).collect::<Vec<u64>>());
    let contacts = walk(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 3}),
        "id",
        &|b| b["result"]["items"].clone(),
    );
    assert_eq!(contacts, (1..=120).collect::<Vec<u64>>());
    let tasks = walk(&state, &token, "tasks.task.list", json!({}), "ID", &|b| {
        b["result"]["tasks"].clone()
    });
    assert_eq!(tasks.len(), 120);
    assert!(tasks.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn order_select_and_filter_on_real_methods() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "crm.deal.list",
        json!({"order": {"OPPORTUNITY": "DESC"}, "filter": {"CATEGORY_ID": 1, ">OPPORTUNITY": 1000}, "select": ["ID", "TITLE", "OPPORTUNITY", "UF_*"]}),
    );
    let rows = body["result"].as_array().cloned().unwrap_or_default();
    assert!(!rows.is_empty());
    let amounts: Vec<f64> = rows
        .iter()
        .filter_map(|r| params::as_f64(&r["OPPORTUNITY"]))
        .collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]) && amounts.iter().all(|a| *a > 1000.0));
    let keys: Vec<&String> = rows[0]
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        [
            "ID",
            "TITLE",
            "OPPORTUNITY",
            "UF_CRM_1700000000001",
            "UF_CRM_1700000000002"
        ]
    );

    let partners = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": 2, "filter": {"@stageId": ["C1:WON", "C1:LOSE"]}, "select": ["id", "stageId"]}),
    );
    let items = partners["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        !items.is_empty()
            && items
                .iter()
                .all(|i| i["stageId"] == "C1:WON" || i["stageId"] == "C1:LOSE")
    );

    let like = ok(
        &state,
        &token,
        "crm.company.list",
        json!({"filter": {"%TITLE": "ромаш"}}),
    );
    assert!(
        like["total"].as_u64().is_some_and(|t| t >= 1),
        "case-insensitive Cyrillic substring"
    );

    let mine = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"RESPONSIBLE_ID": 10, "!REAL_STATUS": 5}, "select": ["ID", "TITLE", "RESPONSIBLE_ID"]}),
    );
    for t in mine["result"]["tasks"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        assert_eq!(t["responsibleId"], "10");
        assert_eq!(
            t["responsible"]["id"], "10",
            "selecting RESPONSIBLE_ID brings the responsible object"
        );
        assert!(t.get("description").is_none());
    }
}
