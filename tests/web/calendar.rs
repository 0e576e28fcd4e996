//! `CALENDAR_GRIDVIEW`: the range drawn from `calendar.event.get`, `getEvents` telling the portal the
//! range, the event commands, and the `Calendar.customView:*` events moving and refreshing the view.

use super::harness::*;
use super::task_workload::fixtures_with;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

fn events() -> Value {
    json!([
        {"ID": "7", "NAME": "Weekly sync", "DATE_FROM": "12/02/2026 10:00:00 am", "DATE_FROM_TS_UTC": "1796202000", "DATE_TO_TS_UTC": "1796205600", "TZ_OFFSET_FROM": "3600", "DT_SKIP_TIME": "N", "RRULE": "", "LOCATION": "Room <b>4</b>"},
        {"ID": "8", "NAME": "Offsite", "DATE_FROM": "12/01/2026", "DATE_FROM_TS_UTC": "1796079600", "DATE_TO_TS_UTC": "1796252399", "TZ_OFFSET_FROM": "3600", "DT_SKIP_TIME": "Y", "RRULE": "FREQ=WEEKLY"}
    ])
}

fn batches_for(method: &str) -> Vec<Value> {
    calls_named(&format!("batch:{method}"))
        .into_iter()
        .map(|c| c["args"].clone())
        .collect()
}

fn fire(event: &str, payload: &str) {
    let fired = js_sys::eval(&format!("window.__bx24mock.fire('{event}', {payload})")).unwrap();
    assert_eq!(fired, wasm_bindgen::JsValue::TRUE, "{event} is bound");
}

#[wasm_bindgen_test]
async fn the_view_draws_the_portals_range_and_drives_the_calendar() {
    install(
        "CALENDAR_GRIDVIEW",
        json!({"viewRangeFrom": "2026-12-01", "viewRangeTo": "2026-12-03", "URI": "/company/personal/user/3/calendar/"}),
        json!({"fixtures": fixtures_with(vec![json!({"method": "calendar.event.get", "answer": {"result": events()}})]),
            "placementReplies": {"viewEvent": {"result": false}, "editEvent": {"result": true}}}),
    );
    let app = mount();
    let agenda = wait_for(&app, "[data-testid=agenda]").await;
    wait_for_text(&app, "Weekly sync").await;
    let days = agenda.query_selector_all("[data-date]").unwrap();
    assert_eq!(days.length(), 3);
    let t = text(&agenda);
    assert!(
        t.contains("All day") && t.contains("Room <b>4</b>") && t.contains("No events"),
        "{t}"
    );
    assert_eq!(
        batches_for("calendar.event.get"),
        [json!({"type": "user", "ownerId": "3", "from": "2026-12-01", "to": "2026-12-03"})]
    );
    wait_until("getEvents", || {
        !calls_named("placement.call:getEvents").is_empty()
    })
    .await;
    assert_eq!(
        calls_named("placement.call:getEvents")[0]["args"],
        json!({"dateFrom": "2026-12-01", "dateTo": "2026-12-03", "entries": []})
    );
    // The commands: the recurring event names its instance; "not found" is said.
    let offsite = wait_for(&app, "[data-event='8'] [data-testid=edit-event]").await;
    click(&offsite);
    wait_until("editEvent", || {
        !calls_named("placement.call:editEvent").is_empty()
    })
    .await;
    assert_eq!(
        calls_named("placement.call:editEvent")[0]["args"],
        json!({"id": "8", "dateFrom": "12/01/2026"})
    );
    click(&wait_for(&app, "[data-event='7'] [data-testid=view-event]").await);
    let notice = wait_for(&app, "[data-testid=notice]").await;
    assert!(
        text(&notice).contains("could not find"),
        "{}",
        text(&notice)
    );
    assert_eq!(
        calls_named("placement.call:viewEvent")[0]["args"],
        json!({"id": "7"})
    );
    click(&wait_for(&app, "[data-testid=add-event]").await);
    wait_until("addEvent", || {
        !calls_named("placement.call:addEvent").is_empty()
    })
    .await;
    // The portal's arrows and date jump move the range by its length; refresh loads it again.
    fire("Calendar.customView:increaseViewRangeDate", "{}");
    wait_until("the next range", || {
        batches_for("calendar.event.get").len() == 2
    })
    .await;
    assert_eq!(batches_for("calendar.event.get")[1]["from"], "2026-12-04");
    assert_eq!(batches_for("calendar.event.get")[1]["to"], "2026-12-06");
    fire("Calendar.customView:adjustToDate", "'2027-01-10'");
    wait_until("the jump", || batches_for("calendar.event.get").len() == 3).await;
    assert_eq!(batches_for("calendar.event.get")[2]["from"], "2027-01-10");
    wait_until("getEvents with the new range", || {
        calls_named("placement.call:getEvents")
            .iter()
            .any(|c| c["args"]["dateFrom"] == "2027-01-10" && c["args"]["dateTo"] == "2027-01-12")
    })
    .await;
    fire("Calendar.customView:refreshEntries", "{}");
    wait_until("the refresh", || {
        batches_for("calendar.event.get").len() == 4
    })
    .await;
    fire("Calendar.customView:decreaseViewRangeDate", "{}");
    wait_until("the previous range", || {
        batches_for("calendar.event.get").len() == 5
    })
    .await;
    assert_eq!(batches_for("calendar.event.get")[4]["from"], "2027-01-07");
}

#[wasm_bindgen_test]
async fn without_an_owner_in_the_uri_the_view_shows_the_current_users_calendar() {
    install(
        "CALENDAR_GRIDVIEW",
        json!({"viewRangeFrom": "2026-12-01", "viewRangeTo": "2026-12-01"}),
        json!({"fixtures": fixtures_with(vec![json!({"method": "calendar.event.get", "answer": {"result": []}})])}),
    );
    let app = mount();
    wait_for_text(&app, "Events in this range: 0").await;
    assert_eq!(
        batches_for("calendar.event.get")[0]["ownerId"],
        "1",
        "user.current's ID by reference"
    );
    assert_eq!(calls_named("batch:user.current").len(), 1);
}
