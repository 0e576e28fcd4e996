//! The workgroup card (`SONET_GROUP_*`): group, members with roles (names from the follow-up
//! `user.get`), open-task figures and deadlines; a toolbar without a group.

use super::harness::*;
use super::task_workload::fixtures_with;
use serde_json::json;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_group_card_shows_members_roles_and_deadlines() {
    let fixtures = fixtures_with(vec![
        json!({"method": "sonet_group.get", "answer": {"result": [{"ID": "4", "NAME": "Mobile app <b>v2</b>", "DESCRIPTION": "iOS and Android client", "PROJECT": "Y", "OPENED": "Y"}], "total": 1}}),
        json!({"method": "sonet_group.user.get", "answer": {"result": [{"USER_ID": "10", "ROLE": "K"}, {"USER_ID": "9", "ROLE": "A"}, {"USER_ID": "11", "ROLE": "E"}]}}),
        json!({"method": "tasks.task.list", "answer": {"result": {"tasks": [
            {"id": "31", "title": "Release 2.0", "status": "3", "deadline": "2020-05-01T10:00:00+00:00", "responsible": {"id": "10", "name": "Olga Smirnova"}},
            {"id": "32", "title": "Store page", "status": "2", "deadline": "2099-05-01T10:00:00+00:00"}
        ]}, "total": 2}}),
        json!({"method": "user.get", "answer": {"result": [
            {"ID": "9", "NAME": "Ivan", "LAST_NAME": "Ivanov"}, {"ID": "10", "NAME": "Olga", "LAST_NAME": "Smirnova"}
        ], "total": 2}}),
    ]);
    install(
        "SONET_GROUP_DETAIL_TAB",
        json!({"GROUP_ID": "4"}),
        json!({"fixtures": fixtures}),
    );
    let app = mount();
    wait_for_text(&app, "Mobile app <b>v2</b>").await;
    assert!(
        app.host
            .query_selector(".b-card__title b")
            .unwrap()
            .is_none(),
        "names stay text"
    );
    let members = wait_for(&app, "[data-testid=members]").await;
    wait_for_text(&app, "Olga Smirnova").await;
    let rows: Vec<String> = (0..3)
        .map(|i| {
            text(
                &members
                    .query_selector_all("li")
                    .unwrap()
                    .item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>(),
            )
        })
        .collect();
    assert!(
        rows[0].contains("Ivan Ivanov") && rows[0].contains("Owner"),
        "{rows:?}"
    );
    assert!(
        rows[1].contains("#11") && rows[1].contains("Moderator"),
        "an unnamed member shows as #id: {rows:?}"
    );
    assert!(
        rows[2].contains("Olga Smirnova") && rows[2].contains("Member"),
        "{rows:?}"
    );
    let deadlines = text(&wait_for(&app, "[data-testid=deadlines]").await);
    assert!(
        deadlines.contains("Release 2.0")
            && deadlines.contains("Overdue")
            && deadlines.contains("Store page"),
        "{deadlines}"
    );
    assert_eq!(
        text(&wait_for(&app, "[data-testid=stat-members]").await),
        "3"
    );
    assert_eq!(text(&wait_for(&app, "[data-testid=stat-open]").await), "2");
    // One batch for the card, one user.get for the members' names.
    let rest = calls_named("callMethod");
    assert_eq!(rest.len(), 2, "{rest:?}");
    let names = rest[1]["args"]["params"]["cmd"]["users"]
        .as_str()
        .unwrap()
        .to_owned();
    let (method, query) = names.split_once('?').unwrap();
    assert_eq!(method, "user.get");
    assert_eq!(
        rest::form::decode(query)["FILTER"]["ID"],
        json!({"0": "9", "1": "11", "2": "10"})
    );
    click(&wait_for(&app, "[data-testid=open-group]").await);
    wait_until("openPath", || !calls_named("openPath").is_empty()).await;
    assert_eq!(
        calls_named("openPath")[0]["args"]["path"],
        "/workgroups/group/4/"
    );
}

#[wasm_bindgen_test]
async fn a_toolbar_on_a_page_without_a_group_says_so() {
    install("SONET_GROUP_TOOLBAR", json!({"URI": "/stream/"}), json!({}));
    let app = mount();
    wait_for(&app, "[data-testid=no-group]").await;
    wait_for_text(&app, "No group here").await;
    assert!(calls_named("callMethod").is_empty(), "nothing to load");
}
