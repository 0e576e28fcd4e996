//! The workload report of task lists (`TASK_*_LIST_TOOLBAR`, `TASK_ROBOT_DESIGNER_TOOLBAR`, legacy
//! codes without a task id): header batch, ID-cursor paging with progress, stopping, the charts.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

/// The base fixtures with `mine` in front (the mock answers with the first fixture that matches).
pub fn fixtures_with(mine: Vec<Value>) -> Value {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut all = mine;
    all.extend(base["fixtures"].as_array().unwrap().iter().cloned());
    Value::Array(all)
}

/// Tasks 1..=60: every third completed, the rest pending; even ids overdue (2020), odd ones
/// without a deadline; even ids Anna's (5), odd ones Boris's (7).
fn task_rows(ids: std::ops::RangeInclusive<u64>) -> Value {
    ids.map(|id| {
        let (rid, name) = if id % 2 == 0 { ("5", "Anna Petrova") } else { ("7", "Boris Lee") };
        json!({"id": id.to_string(), "title": format!("Task {id}"), "status": if id % 3 == 0 { "5" } else { "2" },
            "deadline": if id % 2 == 0 { json!("2020-01-01T10:00:00+00:00") } else { Value::Null },
            "responsibleId": rid, "responsible": {"id": rid, "name": name}})
    })
    .collect()
}

fn paging_fixtures(hang_first_page: bool) -> Value {
    fixtures_with(vec![
        json!({"method": "tasks.task.list", "match": {"start": "0"}, "hang": hang_first_page,
            "answer": {"result": {"tasks": task_rows(1..=50)}, "total": 60, "next": 50}}),
        json!({"method": "tasks.task.list", "match": {"start": "-1"},
            "answer": {"result": {"tasks": task_rows(51..=60)}}}),
        json!({"method": "sonet_group.get", "answer": {"result": [{"ID": "4", "NAME": "Mobile app"}], "total": 1}}),
    ])
}

#[wasm_bindgen_test]
async fn a_group_list_gets_its_workload_from_paged_tasks() {
    install(
        "TASK_GROUP_LIST_TOOLBAR",
        json!({"GROUP_ID": "4"}),
        json!({"fixtures": paging_fixtures(false)}),
    );
    let app = mount();
    wait_for_text(&app, "Workload: Mobile app").await;
    wait_for_text(&app, "Tasks in the list: 60").await;
    // The report counts all 60 once the last page is in.
    wait_until("the second page", || {
        app.host
            .query_selector("[data-testid=workload-loading]")
            .unwrap()
            .is_none()
    })
    .await;
    assert_eq!(text(&wait_for(&app, "[data-testid=stat-open]").await), "40");
    assert_eq!(
        text(&wait_for(&app, "[data-testid=stat-overdue]").await),
        "20"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=stat-due-week]").await),
        "0"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=stat-no-deadline]").await),
        "20"
    );
    let status = text(&wait_for(&app, "[data-testid=chart-status]").await);
    assert!(
        status.contains("Pending40") && status.contains("Completed20"),
        "{status}"
    );
    let people = text(&wait_for(&app, "[data-testid=chart-people]").await);
    assert!(
        people.contains("Anna Petrova20 (overdue: 20)") && people.contains("Boris Lee20"),
        "{people}"
    );
    // Bars are scaled to the largest value: both people have 20 open tasks, full width.
    let bars = app
        .host
        .query_selector_all("[data-testid=chart-people] rect.b-bars__bar")
        .unwrap();
    assert_eq!(bars.length(), 2);
    for i in 0..2 {
        let bar: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(bars.item(i).unwrap());
        assert_eq!(bar.get_attribute("width").as_deref(), Some("1000"));
    }
    // Header in one batch; the list: the counted first page, then the rest as one batch of
    // ID-cursor pages chained by reference.
    let rest: Vec<Value> = calls_named("callMethod");
    let methods: Vec<&str> = rest
        .iter()
        .map(|c| c["args"]["method"].as_str().unwrap())
        .collect();
    assert_eq!(methods, ["batch", "tasks.task.list", "batch"], "{rest:?}");
    assert_eq!(rest[1]["args"]["params"]["filter"], json!({"GROUP_ID": 4}));
    let chained = rest[2]["args"]["params"]["cmd"]["id1"]
        .as_str()
        .unwrap()
        .to_owned();
    let (method, query) = chained.split_once('?').unwrap();
    assert_eq!(method, "tasks.task.list");
    assert_eq!(
        rest::form::decode(query)["filter"][">id"],
        "$result[id0][tasks][49][id]"
    );
}

#[wasm_bindgen_test]
async fn loading_can_be_stopped_and_says_what_the_report_covers() {
    install(
        "TASK_USER_LIST_TOOLBAR",
        json!({"USER_ID": "1"}),
        json!({"fixtures": paging_fixtures(true)}),
    );
    let app = mount();
    let stop = wait_for(&app, "[data-testid=stop-loading]").await;
    assert!(text(&wait_for(&app, "[data-testid=workload-progress]").await).contains("0 of 60"));
    click(&stop);
    let stopped = wait_for(&app, "[data-testid=workload-stopped]").await;
    assert!(text(&stopped).contains("0 of 60"), "{}", text(&stopped));
    assert!(
        app.host
            .query_selector("[data-testid=workload-empty]")
            .unwrap()
            .is_none(),
        "a stopped load is not an empty list"
    );
    wait_for(&app, "[data-testid=load-again]").await;
    let batch = &calls_named("callMethod")[0]["args"]["params"]["cmd"];
    assert!(
        batch["owner"].as_str().unwrap().starts_with("user.get"),
        "{batch}"
    );
    assert!(
        batch["count"].as_str().unwrap().contains("MEMBER"),
        "{batch}"
    );
}

#[wasm_bindgen_test]
async fn a_legacy_code_without_a_task_reports_every_visible_task_and_an_empty_list_says_so() {
    install(
        "TASK_TOP_MENU",
        json!({}),
        json!({"fixtures": fixtures_with(vec![json!({"method": "tasks.task.list", "answer": {"result": {"tasks": []}, "total": 0}})])}),
    );
    let app = mount();
    wait_for_text(&app, "Workload of the tasks you can see").await;
    wait_for(&app, "[data-testid=workload-empty]").await;
    assert!(app
        .host
        .query_selector("[data-testid=open-task-list]")
        .unwrap()
        .is_none());
}
