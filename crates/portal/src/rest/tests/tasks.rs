//! Tasks, checklists and workgroups.

use super::*;

#[test]
fn tasks_checklists_and_groups() {
    let (state, token) = setup();
    let task =
        ok(&state, &token, "tasks.task.get", json!({"taskId": 11}))["result"]["task"].clone();
    assert_has_keys(
        &task,
        "task",
        &[
            "id",
            "title",
            "status",
            "deadline",
            "responsibleId",
            "createdBy",
            "groupId",
            "responsible",
            "creator",
            "group",
        ],
    );
    assert!(task["title"]
        .as_str()
        .is_some_and(|t| t.contains("<script>")));
    for who in ["responsible", "creator"] {
        for key in ["id", "name", "link", "icon", "workPosition"] {
            assert!(task[who][key].is_string(), "{who}.{key}");
        }
    }
    let with_group = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {">GROUP_ID": 0}, "select": ["ID", "GROUP_ID"]}),
    )["result"]["tasks"][0]
        .clone();
    assert!(
        with_group["group"]["name"].is_string()
            && with_group["group"]["id"] == with_group["groupId"]
    );
    let without = ok(
        &state,
        &token,
        "tasks.task.get",
        json!({"taskId": crate::store::tasks::TASK_WITHOUT_DEADLINE}),
    )["result"]["task"]
        .clone();
    assert_eq!(without["deadline"], Value::Null);
    let dated = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"!DEADLINE": ""}, "select": ["ID", "DEADLINE"]}),
    );
    assert!(dated["result"]["tasks"][0]["deadline"]
        .as_str()
        .is_some_and(|d| d.len() == 25 && d.ends_with("+03:00")));
    let by_user7 = ok(
        &state,
        &token,
        "tasks.task.list",
        json!({"filter": {"RESPONSIBLE_ID": 7}, "select": ["ID", "RESPONSIBLE_ID"]}),
    );
    if let Some(t) = by_user7["result"]["tasks"].get(0) {
        assert_eq!(
            t["responsible"]["icon"],
            crate::rest::methods::DEFAULT_TASK_AVATAR_FOR_TESTS
        );
    }
    assert_eq!(
        ok(&state, &token, "tasks.task.get", json!({"taskId": 99_999}))["result"],
        json!([])
    );
    let (status, body) = call(&state, &token, "tasks.task.get", json!({}));
    assert_eq!((status, body["error"].clone()), (400, json!("100")));

    let updated = ok(
        &state,
        &token,
        "tasks.task.update",
        json!({"taskId": 2, "fields": {"TITLE": "Updated", "STATUS": 5, "DEADLINE": "2030-01-02T10:00:00+03:00"}}),
    );
    assert_eq!(updated["result"]["task"]["title"], "Updated");
    assert_eq!(updated["result"]["task"]["status"], "5");
    assert_eq!(
        updated["result"]["task"]["deadline"],
        "2030-01-02T10:00:00+03:00"
    );
    let (status, body) = call(
        &state,
        &token,
        "tasks.task.update",
        json!({"taskId": 2, "fields": {"TITLE": "  "}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_CORE");
    assert_error(
        &call(
            &state,
            &token,
            "tasks.task.update",
            json!({"taskId": 2, "fields": {"RESPONSIBLE_ID": 20}}),
        )
        .1,
        "ERROR_CORE",
    );

    let with_list = state
        .store
        .read()
        .work
        .checklist
        .first()
        .map(|c| c.task_id)
        .unwrap_or(0);
    let items = ok(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!({"TASKID": with_list, "ORDER": {"SORT_INDEX": "asc"}}),
    )["result"]
        .clone();
    let first = items[0].clone();
    assert_has_keys(
        &first,
        "checklist",
        &[
            "ID",
            "TASK_ID",
            "PARENT_ID",
            "TITLE",
            "SORT_INDEX",
            "IS_COMPLETE",
            "IS_IMPORTANT",
            "TOGGLED_BY",
            "TOGGLED_DATE",
            "MEMBERS",
            "ATTACHMENTS",
        ],
    );
    assert!(items.as_array().is_some_and(|a| a
        .iter()
        .all(|i| i["IS_COMPLETE"] == "Y" || i["IS_COMPLETE"] == "N")));
    let positional = ok(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!([with_list]),
    )["result"]
        .clone();
    assert_eq!(
        positional.as_array().map(Vec::len),
        items.as_array().map(Vec::len)
    );
    let (_, body) = call(
        &state,
        &token,
        "task.checklistitem.getlist",
        json!({"TASKID": with_list, "ORDER": {"IS_COMPLETED": "asc"}}),
    );
    assert_error(&body, "ERROR_CORE");
    let item_id = items
        .as_array()
        .and_then(|a| a.iter().find(|i| i["PARENT_ID"] != 0).cloned())
        .map(|i| i["ID"].clone())
        .unwrap_or_default();
    ok(
        &state,
        &token,
        "task.checklistitem.complete",
        json!({"TASKID": with_list, "ITEMID": item_id}),
    );

    let groups = ok(
        &state,
        &token,
        "sonet_group.get",
        json!({"ORDER": {"NAME": "ASC"}}),
    );
    assert_eq!(groups["total"], 6);
    assert!(
        groups["result"][0]["NAME"].is_string()
            && groups["result"][0]["NUMBER_OF_MEMBERS"].is_string()
    );
    assert_eq!(
        ok(
            &state,
            &token,
            "sonet_group.get",
            json!({"FILTER": {"PROJECT": "Y"}})
        )["total"],
        4
    );
}
