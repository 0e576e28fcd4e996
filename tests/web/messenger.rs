//! Messenger widgets against the mock: the textarea panel writes and reads the message input, the
//! sidebar shows the chat's element and members, the context menu creates a task or activity exactly
//! once (and never resends an unknown outcome), the navigation page lists chats, the deprecated smiles
//! selector says so.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

fn ok(result: Value) -> Value {
    json!({ "result": result })
}

/// The chat fixtures: chat2 belongs to deal 5, Boris (2) wrote last.
fn chat_fixtures() -> Vec<Value> {
    vec![
        json!({"method": "im.dialog.get", "match": {"DIALOG_ID": "chat2"}, "answer": ok(json!({
            "id": "2", "title": "Deal: Website redesign", "type": "crm", "entity_type": "CRM", "entity_id": "DEAL|5"}))}),
        json!({"method": "im.dialog.get", "match": {"DIALOG_ID": "chat4"}, "answer": ok(json!({
            "id": "4", "title": "Sales team", "type": "chat", "entity_type": "", "entity_id": ""}))}),
        json!({"method": "im.dialog.users.list", "answer": {"result": [
            {"id": 1, "name": "Anna Admin", "first_name": "Anna", "status": "online", "avatar": "", "work_position": "CEO"},
            {"id": 2, "name": "Boris Sales", "first_name": "Boris", "status": "offline", "avatar": "", "work_position": "Manager"}
        ], "total": 2}}),
        json!({"method": "im.dialog.messages.get", "match": {"FIRST_ID": 2430}, "answer": ok(json!({
            "messages": [{"id": 2431, "chat_id": 2, "author_id": 2, "date": "2026-11-24T11:00:00+03:00",
                          "text": "Please send the <img src=x onerror=alert(1)> schedule\nand the contract"}],
            "users": [{"id": 2, "name": "Boris Sales", "first_name": "Boris"}], "files": [], "chat_id": 2}))}),
        json!({"method": "im.dialog.messages.get", "answer": ok(json!({
            "messages": [
                {"id": 2431, "chat_id": 2, "author_id": 1, "date": "2026-11-24T11:00:00+03:00", "text": "On it"},
                {"id": 2430, "chat_id": 2, "author_id": 2, "date": "2026-11-24T10:00:00+03:00", "text": "Can we deliver by the 15th?"}
            ],
            "users": [{"id": 1, "name": "Anna Admin", "first_name": "Anna"}, {"id": 2, "name": "Boris Sales", "first_name": "Boris"}],
            "files": [], "chat_id": 2}))}),
        json!({"method": "im.recent.list", "answer": ok(json!({"items": [
            {"id": "chat2", "chat_id": 2, "type": "chat", "title": "Deal: Website redesign", "counter": 3,
             "message": {"id": 2431, "text": "[b]On it[/b]", "date": "2026-11-24T11:00:00+03:00"},
             "chat": {"id": 2, "type": "crm", "entity_type": "CRM", "entity_id": "DEAL|5"}},
            {"id": "chat3", "chat_id": 3, "type": "chat", "title": "Task: Write copy", "counter": 0,
             "message": {"id": 2411, "text": "Screenshots are ready"},
             "chat": {"id": 3, "type": "chat", "entity_type": "TASKS_TASK", "entity_id": "12"}}
        ], "hasMore": false}))}),
    ]
}

/// Installs the mock with the portal fixtures plus the chat fixtures and `more`.
fn install_im(placement: &str, options: Value, more: Vec<Value>, extra: Value) {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut fixtures = more;
    fixtures.extend(chat_fixtures());
    fixtures.extend(base["fixtures"].as_array().cloned().unwrap_or_default());
    let mut extra = extra;
    extra["fixtures"] = Value::Array(fixtures);
    install(placement, options, extra);
}

fn echo_textarea(text: &str) {
    js_sys::eval(&format!(
        "window.__bx24mock.placementReplies = {{
            'im:getImTextareaContent': function (p) {{ return {{requestId: p.requestId, text: {text:?}}}; }},
            'im:setImTextareaContent': function (p) {{ return {{requestId: p.requestId, success: true}}; }}
        }};"
    ))
    .unwrap();
}

fn set_calls() -> Vec<Value> {
    calls_named("placement.call:im:setImTextareaContent")
}

fn batches() -> usize {
    calls_named("callMethod")
        .iter()
        .filter(|c| c["args"]["method"] == "batch")
        .count()
}

#[wasm_bindgen_test]
async fn the_textarea_panel_inserts_templates_and_a_drafted_reply() {
    install_im(
        "IM_TEXTAREA",
        json!({"dialogId": "chat2"}),
        vec![],
        json!({}),
    );
    echo_textarea("Draft in progress");
    let app = mount();
    let templates = wait_for(&app, "[data-testid=im-templates]").await;
    assert!(text(&templates).contains("Deal #5"), "{}", text(&templates));
    assert_eq!(batches(), 1, "one round trip");
    click(&templates.query_selector("button").unwrap().unwrap());
    wait_until("the template was sent", || set_calls().len() == 1).await;
    let sent = &set_calls()[0]["args"];
    assert_eq!(sent["text"], "Thank you! I will get back to you shortly.");
    assert_eq!(sent["withNewLine"], true);
    wait_for_text(&app, "The text is in the message input.").await;

    click(&wait_for(&app, "[data-testid=im-replace]").await);
    click(&wait_for(&app, "[data-testid=im-draft]").await);
    wait_until("the draft was sent", || set_calls().len() == 2).await;
    let draft = &set_calls()[1]["args"];
    let draft_text = draft["text"].as_str().unwrap();
    assert!(draft_text.starts_with("Boris, "), "{draft_text}");
    assert!(
        draft_text.contains("Can we deliver by the 15th?"),
        "{draft_text}"
    );
    assert_eq!(draft["replace"], true);

    click(&wait_for(&app, "[data-testid=im-read]").await);
    wait_for_text(&app, "Text in the input: Draft in progress (length: 17)").await;
}

#[wasm_bindgen_test]
async fn a_portal_without_a_message_input_is_reported() {
    install_im(
        "IM_TEXTAREA",
        json!({"dialogId": "chat2"}),
        vec![],
        json!({"silent": ["placement.call:im:setImTextareaContent"]}),
    );
    let app = mount();
    let templates = wait_for(&app, "[data-testid=im-templates]").await;
    click(&templates.query_selector("button").unwrap().unwrap());
    wait_for_text(&app, "there is no message input here").await;
}

#[wasm_bindgen_test]
async fn the_sidebar_shows_the_deal_and_the_members() {
    install_im(
        "IM_SIDEBAR",
        json!({"dialogId": "chat2"}),
        vec![],
        json!({}),
    );
    let app = mount();
    let binding = wait_for(&app, "[data-testid=im-binding]").await;
    assert!(text(&binding).contains("Deal #5"));
    let members = wait_for(&app, "[data-testid=im-members]").await;
    assert!(text(&members).contains("Boris Sales"));
    assert!(text(&wait_for(&app, "[data-testid=im-member-count]").await).contains('2'));
    assert_eq!(batches(), 1);
    // The current user (1, from user.current) gets no Write button of their own.
    let writes = app
        .host
        .query_selector_all("[data-testid=im-write]")
        .unwrap();
    assert_eq!(writes.length(), 1);
    click(&wait_for(&app, "[data-testid=im-write]").await);
    assert_eq!(calls_named("imOpenMessenger")[0]["args"]["dialogId"], "2");
    click(&wait_for(&app, "[data-testid=im-call]").await);
    assert_eq!(calls_named("imCallTo")[0]["args"]["userId"], 2);
    click(&wait_for(&app, "[data-testid=im-open-binding]").await);
    wait_until("openPath", || !calls_named("openPath").is_empty()).await;
    assert_eq!(
        calls_named("openPath")[0]["args"]["path"],
        "/crm/deal/details/5/"
    );
}

#[wasm_bindgen_test]
async fn the_mobile_context_menu_has_no_portal_paths() {
    install_im(
        "IMMOBILE_CONTEXT_MENU",
        json!({"dialogId": "chat4"}),
        vec![],
        json!({}),
    );
    let app = mount();
    wait_for(&app, "[data-testid=im-members]").await;
    wait_for_text(&app, "not linked to a CRM element or a task").await;
    assert!(app
        .host
        .query_selector("[data-testid=im-open-binding]")
        .unwrap()
        .is_none());
}

fn task_added(id: u64) -> Value {
    json!({"method": "tasks.task.add", "answer": ok(json!({"task": {"id": id.to_string(), "title": "x"}}))})
}

#[wasm_bindgen_test]
async fn the_context_menu_turns_the_message_into_a_task_once() {
    install_im(
        "IM_CONTEXT_MENU",
        json!({"dialogId": "chat2", "messageId": "2431"}),
        vec![task_added(121)],
        json!({}),
    );
    let app = mount();
    let quote = wait_for(&app, "[data-testid=im-message]").await;
    assert!(
        text(&quote).contains("<img src=x"),
        "untrusted text stays text"
    );
    assert!(quote.query_selector("img[src=x]").unwrap().is_none());
    let title: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(wait_for(&app, "[data-testid=im-title]").await);
    assert_eq!(
        title.value(),
        "Please send the <img src=x onerror=alert(1)> schedule"
    );
    click(&wait_for(&app, "[data-testid=im-make-task]").await);
    wait_for_text(&app, "Task #121 has been created.").await;
    let adds = rest_calls("tasks.task.add");
    assert_eq!(adds.len(), 1);
    let fields = &adds[0]["args"]["params"]["fields"];
    assert_eq!(fields["UF_CRM_TASK"], json!(["D_5"]));
    assert_eq!(fields["RESPONSIBLE_ID"], 1);
    assert!(fields["DESCRIPTION"]
        .as_str()
        .unwrap()
        .contains("Boris Sales"));
    assert!(
        app.host
            .query_selector("[data-testid=im-make-task]")
            .unwrap()
            .is_none(),
        "no second send"
    );
}

#[wasm_bindgen_test]
async fn an_activity_needs_a_deadline_and_lands_on_the_deal() {
    install_im(
        "IM_CONTEXT_MENU",
        json!({"dialogId": "chat2", "messageId": "2431"}),
        vec![json!({"method": "crm.activity.todo.add", "answer": ok(json!({"id": 77}))})],
        json!({}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=im-make-activity]").await);
    wait_for(&app, "[data-testid=im-problem]").await;
    assert!(rest_calls("crm.activity.todo.add").is_empty());
    let deadline: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(wait_for(&app, "[data-testid=im-deadline]").await);
    deadline.set_value("2026-12-24T18:00");
    deadline
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    click(&wait_for(&app, "[data-testid=im-make-activity]").await);
    wait_for_text(&app, "Activity #77 has been added to Deal #5.").await;
    let adds = rest_calls("crm.activity.todo.add");
    assert_eq!(adds.len(), 1);
    let p = &adds[0]["args"]["params"];
    assert_eq!(
        (p["ownerTypeId"].clone(), p["ownerId"].clone()),
        (json!(2), json!(5))
    );
    assert_eq!(p["deadline"], "2026-12-24T18:00:00");
}

#[wasm_bindgen_test]
async fn an_unknown_outcome_is_not_resent_and_can_be_checked() {
    install_im(
        "IM_CONTEXT_MENU",
        json!({"dialogId": "chat2", "messageId": "2431"}),
        vec![
            json!({"method": "tasks.task.add", "hang": true, "answer": ok(json!({}))}),
            json!({"method": "tasks.task.list", "answer": {"result": {"tasks": [{"id": "130"}]}, "total": 1}}),
        ],
        json!({}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=im-make-task]").await);
    wait_for(&app, "[data-testid=im-unknown]").await;
    assert_eq!(rest_calls("tasks.task.add").len(), 1, "never resent");
    assert!(app
        .host
        .query_selector("[data-testid=im-make-task]")
        .unwrap()
        .is_none());
    click(&wait_for(&app, "[data-testid=im-check]").await);
    wait_for_text(&app, "Task #130 has been created.").await;
    let list = rest_calls("tasks.task.list");
    assert_eq!(
        list[0]["args"]["params"]["filter"]["TITLE"],
        "Please send the <img src=x onerror=alert(1)> schedule"
    );
    assert_eq!(rest_calls("tasks.task.add").len(), 1);
}

#[wasm_bindgen_test]
async fn a_refused_task_keeps_the_input() {
    install_im(
        "IM_CONTEXT_MENU",
        json!({"dialogId": "chat2", "messageId": "2431"}),
        vec![
            json!({"method": "tasks.task.add", "status": 400, "answer": {"error": "ERROR_CORE", "error_description": "Assignee not specified or not found."}}),
        ],
        json!({}),
    );
    let app = mount();
    click(&wait_for(&app, "[data-testid=im-make-task]").await);
    wait_for(&app, "[data-testid=im-refused]").await;
    let title: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(wait_for(&app, "[data-testid=im-title]").await);
    assert!(!title.value().is_empty(), "the input survives");
    assert!(
        app.host
            .query_selector("[data-testid=im-make-task]")
            .unwrap()
            .is_some(),
        "can send again"
    );
}

#[wasm_bindgen_test]
async fn the_navigation_page_lists_chats_and_opens_them() {
    install_im("IM_NAVIGATION", json!({}), vec![], json!({}));
    let app = mount();
    let chats = wait_for(&app, "[data-testid=im-chats]").await;
    let t = text(&chats);
    assert!(
        t.contains("Deal: Website redesign") && t.contains("Task #12") && t.contains("Unread: 3"),
        "{t}"
    );
    assert!(t.contains("On it") && !t.contains("[b]"), "{t}");
    assert_eq!(batches(), 1);
    click(&wait_for(&app, "[data-testid=im-open-chat]").await);
    assert_eq!(
        calls_named("imOpenMessenger")[0]["args"]["dialogId"],
        "chat2"
    );
}

#[wasm_bindgen_test]
async fn the_smiles_selector_says_it_is_deprecated_and_still_inserts() {
    install_im("IM_SMILES_SELECTOR", json!({}), vec![], json!({}));
    echo_textarea("");
    let app = mount();
    let notice = wait_for(&app, "[data-testid=im-deprecated]").await;
    assert!(text(&notice).contains("deprecated") && text(&notice).contains("25.1600.0"));
    let emoji = wait_for(&app, ".b-im__emoji").await;
    click(&emoji);
    wait_until("the emoji was sent", || set_calls().len() == 1).await;
    assert_eq!(set_calls()[0]["args"]["text"], "😀");
    assert!(set_calls()[0]["args"].get("withNewLine").is_none());
}
