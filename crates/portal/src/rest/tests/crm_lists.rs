//! What the CRM list widgets rely on: the report's batch (pipelines, their stages through a
//! reference spliced into the dictionary name, a counted page; the ID cursor over the 10 000-item
//! smart process is covered by `lists.rs`), and the list-row writes (`crm.item.update` of the stage and the responsible user)
//! with their errors.

use super::*;

#[test]
fn the_report_batch_reads_each_pipelines_stages_through_a_spliced_reference() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"halt": 0, "cmd": {
            "pipelines": "crm.category.list?entityTypeId=2",
            "stages": "crm.status.list?filter[ENTITY_ID]=DEAL_STAGE&order[SORT]=ASC",
            "stages_1": "crm.status.list?filter[ENTITY_ID]=DEAL_STAGE_$result[pipelines][categories][1][id]&order[SORT]=ASC",
            "stages_5": "crm.status.list?filter[ENTITY_ID]=DEAL_STAGE_$result[pipelines][categories][5][id]",
            "count": "crm.item.list?entityTypeId=2&select[]=id&start=0",
        }}),
    );
    let r = &body["result"];
    let categories = r["result"]["pipelines"]["categories"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(categories.len(), 2, "{categories:?}");
    assert_eq!(categories[1]["id"], 1);
    let partner = r["result"]["stages_1"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!partner.is_empty());
    assert!(partner.iter().all(|s| s["ENTITY_ID"] == "DEAL_STAGE_1"));
    let sorts: Vec<u64> = partner
        .iter()
        .filter_map(|s| params::as_id(&s["SORT"]))
        .collect();
    assert!(sorts.windows(2).all(|w| w[0] <= w[1]), "by SORT: {sorts:?}");
    // A pipeline index past the end splices "Array" into the name: no such dictionary, no rows.
    assert_eq!(r["result"]["stages_5"], json!([]));
    assert_eq!(r["result_total"]["count"], 150);
}

#[test]
fn a_list_row_moves_to_a_stage_once_and_gets_a_new_responsible_user() {
    let (state, token) = setup();
    let before = ok(
        &state,
        &token,
        "crm.item.get",
        json!({"entityTypeId": 2, "id": 4}),
    )["result"]["item"]
        .clone();
    let target = if before["stageId"] == "PREPARATION" {
        "NEW"
    } else {
        "PREPARATION"
    };
    let moved = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 4, "fields": {"stageId": target}}),
    )["result"]["item"]
        .clone();
    assert_eq!(moved["stageId"], target);
    assert_eq!(moved["previousStageId"], before["stageId"]);
    let assigned = ok(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 4, "fields": {"assignedById": 7}}),
    )["result"]["item"]
        .clone();
    assert_eq!(assigned["assignedById"], 7);
    assert_eq!(assigned["stageId"], target, "the stage is left alone");
}

#[test]
fn list_row_writes_fail_with_the_portals_errors() {
    let (state, token) = setup();
    let (status, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 4, "fields": {"stageId": "NO_SUCH_STAGE"}}),
    );
    assert_eq!(status, 400, "{body}");
    assert!(body["error"].is_string() && body["error_description"].is_string());
    let (status, body) = call(
        &state,
        &token,
        "crm.item.update",
        json!({"entityTypeId": 2, "id": 999_999, "fields": {"stageId": "NEW"}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "NOT_FOUND");
}

#[test]
fn the_id_cursor_fast_path_answers_as_the_general_engine() {
    let (state, token) = setup();
    let big = crate::store::crm::SERVICE_REQUESTS;
    // A stage filter besides the cursor: the chunks must keep filtering.
    let first = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": big, "select": ["id", "stageId"], "start": 0}),
    );
    let stage = first["result"]["items"][0]["stageId"].clone();
    let counted = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": big, "select": ["id"], "filter": {"stageId": stage, ">id": 100}, "order": {"id": "ASC"}, "start": 0}),
    );
    let fast = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": big, "select": ["id"], "filter": {"stageId": stage, ">id": 100}, "order": {"id": "ASC"}, "start": -1}),
    );
    assert_eq!(fast["result"]["items"], counted["result"]["items"]);
    assert_eq!(ids(&fast["result"]["items"], "id").len(), 50);
    assert!(ids(&fast["result"]["items"], "id")
        .iter()
        .all(|id| *id > 100));
    // Past the end: an empty page.
    let end = ok(
        &state,
        &token,
        "crm.item.list",
        json!({"entityTypeId": big, "filter": {">id": 1_000_000}, "order": {"id": "ASC"}, "start": -1}),
    );
    assert_eq!(end["result"]["items"], json!([]));
}
