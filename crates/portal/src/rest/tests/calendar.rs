//! Calendar events.

use super::*;

#[test]
fn calendar_events_by_owner_and_range() {
    let (state, token) = setup();
    let company = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "company_calendar", "ownerId": 0}),
    )["result"]
        .clone();
    let events = company.as_array().cloned().unwrap_or_default();
    assert!(events.len() >= 3);
    assert_has_keys(
        &events[0],
        "event",
        &[
            "ID",
            "CAL_TYPE",
            "OWNER_ID",
            "NAME",
            "DATE_FROM",
            "DATE_TO",
            "DT_SKIP_TIME",
            "SECTION_ID",
            "DATE_FROM_TS_UTC",
        ],
    );
    assert!(events.iter().all(|e| e["CAL_TYPE"] == "company_calendar"));
    let owner = state
        .store
        .read()
        .calendar
        .iter()
        .find(|e| e.cal_type == crate::store::calendar::CalendarType::User)
        .map(|e| e.owner_id)
        .unwrap_or(1);
    let mine = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "user", "ownerId": owner}),
    )["result"]
        .clone();
    assert!(mine.as_array().is_some_and(|a| !a.is_empty()
        && a.iter()
            .all(|e| e["OWNER_ID"] == owner.to_string().as_str())));
    let none = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "user", "ownerId": owner, "from": "2001-01-01", "to": "2001-01-31"}),
    );
    assert_eq!(none["result"], json!([]));
    let groups = ok(
        &state,
        &token,
        "calendar.event.get",
        json!({"type": "group", "ownerId": 1}),
    )["result"]
        .clone();
    assert!(groups
        .as_array()
        .is_some_and(|a| a.iter().all(|e| e["CAL_TYPE"] == "group")));
    let (status, body) = call(&state, &token, "calendar.event.get", json!({"ownerId": 1}));
    assert_eq!((status, body["error"].clone()), (400, json!("")));
}
