//! What the task-list, workgroup, profile and calendar widgets use: the `MEMBER` filter of
//! `tasks.task.list`, `sonet_group.user.get`.

use super::*;

#[test]
fn the_member_filter_lists_the_tasks_a_user_takes_part_in() {
    let (state, token) = setup();
    let user = 3u64;
    let all = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"select": ["ID", "RESPONSIBLE_ID", "CREATED_BY", "ACCOMPLICES", "AUDITORS"], "start": 0}),
    );
    let total = all["total"].as_u64().unwrap();
    assert!(total > 50, "the demo list spans pages: {total}");
    let mine = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"MEMBER": user}, "select": ["ID", "RESPONSIBLE_ID", "CREATED_BY", "ACCOMPLICES", "AUDITORS"]}),
    );
    let rows = mine["result"]["tasks"].as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(mine["total"].as_u64().unwrap() < total);
    let user_text = user.to_string();
    for row in rows {
        let takes_part = row["responsibleId"] == user_text.as_str()
            || row["createdBy"] == user_text.as_str()
            || row["accomplices"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| *u == user_text.as_str())
            || row["auditors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| *u == user_text.as_str());
        assert!(takes_part, "{row}");
    }
    // Combined with a field filter and the ID cursor the widget pages with.
    let page = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"MEMBER": user, ">id": 0}, "order": {"id": "ASC"}, "start": -1, "select": ["ID"]}),
    );
    let mut expected = ids(&mine["result"]["tasks"], "id");
    expected.sort_unstable();
    assert_eq!(ids(&page["result"]["tasks"], "id"), expected);
}

#[test]
fn group_members_with_their_roles_and_the_documented_errors() {
    let (state, token) = setup();
    let body = ok(&state, &token, "sonet_group.user.get", json!({"ID": 1}));
    let rows = body["result"].as_array().unwrap();
    let group = ok(
        &state,
        &token,
        "sonet_group.get",
        json!({"FILTER": {"ID": 1}}),
    )["result"][0]
        .clone();
    assert_eq!(rows[0]["USER_ID"], group["OWNER_ID"]);
    assert_eq!(rows[0]["ROLE"], "A");
    assert!(rows[1..]
        .iter()
        .all(|r| r["ROLE"] == "K" && r["USER_ID"].is_string()));
    assert_eq!(
        rows.len().to_string(),
        group["NUMBER_OF_MEMBERS"].as_str().unwrap()
    );
    let (status, missing) = call(&state, &token, "sonet_group.user.get", json!({"ID": 999}));
    assert_eq!(status, 400);
    assert_eq!(
        missing["error_description"],
        "Socialnetwork group not found"
    );
    let (status, wrong) = call(&state, &token, "sonet_group.user.get", json!({}));
    assert_eq!(status, 400);
    assert_eq!(wrong["error_description"], "Wrong socialnetwork group ID");
}

#[test]
fn calendar_events_are_added_updated_and_deleted_in_the_store() {
    let (state, token) = setup();
    let range = json!({"type": "user", "ownerId": 1, "from": "2030-03-01", "to": "2030-03-31"});
    assert_eq!(
        ok(&state, &token, "calendar.event.get", range.clone())["result"],
        json!([])
    );
    let id = ok(
        &state,
        &token,
        "calendar.event.add",
        json!({"type": "user", "ownerId": 1, "name": "Planning", "from": "2030-03-04 10:00:00", "to": "2030-03-04 11:00:00", "section": 101}),
    )["result"]
        .as_u64()
        .unwrap();
    let listed = ok(&state, &token, "calendar.event.get", range.clone())["result"].clone();
    assert_eq!(listed[0]["ID"], id.to_string());
    assert_eq!(listed[0]["NAME"], "Planning");
    assert_eq!(listed[0]["DT_SKIP_TIME"], "N");
    ok(
        &state,
        &token,
        "calendar.event.update",
        json!({"id": id, "type": "user", "ownerId": 1, "name": "Planning (moved)", "from": "2030-03-05", "to": "2030-03-05", "skip_time": "Y"}),
    );
    let moved = ok(&state, &token, "calendar.event.get", range.clone())["result"][0].clone();
    assert_eq!(moved["NAME"], "Planning (moved)");
    assert_eq!(moved["DT_SKIP_TIME"], "Y");
    assert_eq!(
        ok(&state, &token, "calendar.event.delete", json!({"id": id}))["result"],
        true
    );
    assert_eq!(
        ok(&state, &token, "calendar.event.get", range)["result"],
        json!([])
    );
    // The documented errors: a missing required parameter, an unknown event.
    let (status, body) = call(
        &state,
        &token,
        "calendar.event.add",
        json!({"type": "user", "ownerId": 1, "from": "2030-03-04"}),
    );
    assert_eq!(status, 400);
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .contains("\"name\""),
        "{body}"
    );
    let (status, _) = call(&state, &token, "calendar.event.delete", json!({"id": id}));
    assert_eq!(status, 400);
    let (status, _) = call(
        &state,
        &token,
        "calendar.event.update",
        json!({"id": 1, "type": "user", "ownerId": 999, "name": "x"}),
    );
    assert_eq!(status, 400);
}

#[test]
fn departments_name_their_head_and_chain_by_reference_to_a_manager() {
    let (state, token) = setup();
    let sales = ok(&state, &token, "department.get", json!({"ID": 2}))["result"][0].clone();
    assert_eq!(sales["UF_HEAD"], "2", "{sales}");
    // The employee card's chain: user → first department → its head.
    let body = ok(
        &state,
        &token,
        "batch",
        json!({"halt": 0, "cmd": {
            "user": "user.get?ID=4",
            "department": "department.get?ID=$result[user][0][UF_DEPARTMENT][0]",
            "head": "user.get?ID=$result[department][0][UF_HEAD]"
        }}),
    );
    assert_eq!(body["result"]["result"]["department"][0]["NAME"], "Sales");
    assert_eq!(body["result"]["result"]["head"][0]["ID"], "2");
}
