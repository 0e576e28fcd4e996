//! Messenger methods (`im.dialog.*`, `im.recent.list`) and the two writes the messenger widgets make
//! (`tasks.task.add`, `crm.activity.todo.add`).

use super::*;
use crate::store::im::{CRM_CHAT, CRM_CHAT_DEAL};

#[test]
fn dialog_get_reads_chats_and_private_dialogs() {
    let (state, token) = setup();
    let chat = ok(
        &state,
        &token,
        "im.dialog.get",
        json!({"DIALOG_ID": "chat2"}),
    )["result"]
        .clone();
    assert_has_keys(
        &chat,
        "dialog",
        &[
            "id",
            "title",
            "owner",
            "type",
            "entity_type",
            "entity_id",
            "date_create",
            "message_type",
        ],
    );
    assert_eq!(chat["entity_type"], "CRM");
    assert_eq!(chat["entity_id"], format!("DEAL|{CRM_CHAT_DEAL}"));
    let private = ok(&state, &token, "im.dialog.get", json!({"DIALOG_ID": "3"}))["result"].clone();
    assert_eq!(private["type"], "private");
    let (status, body) = call(&state, &token, "im.dialog.get", json!({}));
    assert_eq!(status, 400);
    assert_error(&body, "DIALOG_ID_EMPTY");
    let (_, body) = call(
        &state,
        &token,
        "im.dialog.get",
        json!({"DIALOG_ID": "chat999"}),
    );
    assert_error(&body, "ACCESS_ERROR");
}

#[test]
fn members_page_by_limit_and_offset() {
    let (state, token) = setup();
    let all = ok(
        &state,
        &token,
        "im.dialog.users.list",
        json!({"DIALOG_ID": "chat1"}),
    );
    assert_eq!(all["total"], 20);
    assert_eq!(all["result"].as_array().map(Vec::len), Some(20));
    assert_has_keys(
        &all["result"][0],
        "user",
        &[
            "id",
            "name",
            "first_name",
            "work_position",
            "avatar",
            "status",
        ],
    );
    let page = ok(
        &state,
        &token,
        "im.dialog.users.list",
        json!({"DIALOG_ID": "chat1", "LIMIT": 5, "OFFSET": 5}),
    );
    assert_eq!(ids(&page["result"], "id"), vec![6, 7, 8, 9, 10]);
    assert_eq!(page["next"], 10);
    let private = ok(
        &state,
        &token,
        "im.dialog.users.list",
        json!({"DIALOG_ID": "4"}),
    );
    assert_eq!(ids(&private["result"], "id"), vec![1, 4]);
}

#[test]
fn messages_newest_first_or_after_an_id() {
    let (state, token) = setup();
    let latest = ok(
        &state,
        &token,
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat2", "LIMIT": 3}),
    )["result"]
        .clone();
    assert_eq!(ids(&latest["messages"], "id"), vec![2431, 2430, 2429]);
    assert_eq!(latest["chat_id"], CRM_CHAT);
    assert!(latest["users"].as_array().is_some_and(|u| !u.is_empty()));
    let one = ok(
        &state,
        &token,
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat2", "FIRST_ID": 2430, "LIMIT": 1}),
    )["result"]
        .clone();
    assert_eq!(ids(&one["messages"], "id"), vec![2431]);
    let before = ok(
        &state,
        &token,
        "im.dialog.messages.get",
        json!({"DIALOG_ID": "chat2", "LAST_ID": 2427}),
    )["result"]
        .clone();
    assert_eq!(ids(&before["messages"], "id"), vec![2426, 2425]);
}

#[test]
fn recent_list_has_the_users_chats_latest_first() {
    let (state, token) = setup();
    let body = ok(&state, &token, "im.recent.list", json!({}));
    let items = body["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(items.len(), 4);
    assert_eq!(body["result"]["hasMore"], false);
    let dates: Vec<&str> = items
        .iter()
        .filter_map(|i| i["date_update"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert!(items
        .iter()
        .any(|i| i["chat"]["entity_type"] == "TASKS_TASK"));
}

#[test]
fn task_add_creates_a_task_once_and_validates() {
    let (state, token) = setup();
    let before = state.store.read().work.tasks.len();
    let body = ok(
        &state,
        &token,
        "tasks.task.add",
        json!({"fields": {"TITLE": "Send the schedule", "RESPONSIBLE_ID": 2, "DESCRIPTION": "From chat", "DEADLINE": "2026-12-24T18:00:00+03:00"}}),
    );
    let id = params::as_id(&body["result"]["task"]["id"]).unwrap_or(0);
    assert!(id > 0, "{body}");
    let got = ok(&state, &token, "tasks.task.get", json!({"taskId": id}))["result"]["task"].clone();
    assert_eq!(got["title"], "Send the schedule");
    assert_eq!(got["responsibleId"], "2");
    assert_eq!(state.store.read().work.tasks.len(), before + 1);
    let (status, body) = call(
        &state,
        &token,
        "tasks.task.add",
        json!({"fields": {"RESPONSIBLE_ID": 2}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "ERROR_CORE");
    let (_, body) = call(
        &state,
        &token,
        "tasks.task.add",
        json!({"fields": {"TITLE": "x", "RESPONSIBLE_ID": 999}}),
    );
    assert_error(&body, "ERROR_CORE");
    assert_eq!(state.store.read().work.tasks.len(), before + 1);
}

#[test]
fn todo_add_lands_on_the_element() {
    let (state, token) = setup();
    let body = ok(
        &state,
        &token,
        "crm.activity.todo.add",
        json!({"ownerTypeId": 2, "ownerId": 5, "deadline": "2026-12-24T18:00:00", "title": "Call note", "description": "Wants a callback"}),
    );
    let id = params::as_id(&body["result"]["id"]).unwrap_or(0);
    let listed = ok(
        &state,
        &token,
        "crm.activity.list",
        json!({"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 5, "PROVIDER_ID": "CRM_TODO"}}),
    )["result"]
        .clone();
    assert!(ids(&listed, "ID").contains(&id), "{listed}");
    let (status, body) = call(
        &state,
        &token,
        "crm.activity.todo.add",
        json!({"ownerTypeId": 2, "ownerId": 5}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "INVALID_ARG_VALUE");
    // The method's other errors are checked with its implementation (rest::tests::crm_work).
}
