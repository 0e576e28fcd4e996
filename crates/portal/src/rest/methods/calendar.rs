//! `calendar.event.get`: events of a user, group or the company calendar in a date range.

use super::{joined, s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, scalar_text, Params};
use crate::store::calendar::{CalendarEvent, CalendarType};
use crate::store::time::{
    iso, now_secs, parse as parse_date, site_date, site_datetime, DAY, PORTAL_OFFSET_SECS,
    PORTAL_TZ,
};
use serde_json::{json, Value};

fn event_row(e: &CalendarEvent) -> Value {
    let (from, to) = if e.all_day {
        (site_date(e.from), site_date(e.to))
    } else {
        (site_datetime(e.from), site_datetime(e.to))
    };
    let attendees: Vec<Value> = e.attendees.iter().map(|u| json!({"id": u, "entryId": e.id.to_string(), "status": if *u == e.created_by { "H" } else { "Q" }})).collect();
    let first = json!({
        "ID": e.id.to_string(),
        "PARENT_ID": e.id.to_string(),
        "DELETED": "N",
        "CAL_TYPE": e.cal_type.code(),
        "OWNER_ID": e.owner_id.to_string(),
        "NAME": e.name,
        "DATE_FROM": from,
        "DATE_TO": to,
        "ORIGINAL_DATE_FROM": null,
        "TZ_FROM": if e.all_day { "" } else { PORTAL_TZ },
        "TZ_TO": if e.all_day { "" } else { PORTAL_TZ },
        "TZ_OFFSET_FROM": PORTAL_OFFSET_SECS.to_string(),
        "TZ_OFFSET_TO": PORTAL_OFFSET_SECS.to_string(),
        "DATE_FROM_TS_UTC": e.from.to_string(),
        "DATE_TO_TS_UTC": e.to.to_string(),
        "DT_SKIP_TIME": if e.all_day { "Y" } else { "N" },
        "DT_LENGTH": if e.all_day { DAY } else { e.to - e.from },
        "EVENT_TYPE": null,
        "CREATED_BY": e.created_by.to_string(),
        "DATE_CREATE": site_datetime(e.from - 3 * DAY),
        "TIMESTAMP_X": site_datetime(e.from - 3 * DAY),
        "DESCRIPTION": e.description,
        "PRIVATE_EVENT": "",
        "ACCESSIBILITY": e.accessibility,
        "IMPORTANCE": e.importance,
    });
    let second = json!({
        "IS_MEETING": !e.attendees.is_empty(),
        "MEETING_STATUS": if e.attendees.is_empty() { Value::Null } else { s("H") },
        "MEETING_HOST": e.created_by.to_string(),
        "LOCATION": e.location,
        "REMIND": [{"type": "min", "count": 15}],
        "COLOR": e.color,
        "RRULE": "",
        "EXDATE": "",
        "SECTION_ID": e.section_id.to_string(),
        "ATTENDEES_CODES": e.attendees.iter().map(|u| format!("U{u}")).collect::<Vec<_>>(),
        "ATTENDEE_LIST": attendees,
        "UF_CRM_CAL_EVENT": false,
        "UF_WEBDAV_CAL_EVENT": false,
        "DATE_FROM_FORMATTED": iso(e.from),
        "DATE_TO_FORMATTED": iso(e.to),
        "SECT_ID": e.section_id.to_string(),
        "attendeesEntityList": e.attendees.iter().map(|u| json!({"entityId": "user", "id": u})).collect::<Vec<_>>(),
    });
    Value::Object(joined(first, second))
}

/// `calendar.event.get {type, ownerId, from?, to?, section?}`; the range defaults to one month back and
/// three months ahead, like the portal.
pub fn event_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let type_text = p.text("type").filter(|t| !t.is_empty()).ok_or_else(|| {
        RestError::bad_request(
            "",
            "The required parameter \"type\" for the method \"calendar.event.get\" is not set",
        )
    })?;
    let cal_type = CalendarType::parse(&type_text)
        .ok_or_else(|| RestError::bad_request("", "Access denied"))?;
    let owner = p.get("ownerId").and_then(as_id).unwrap_or(0);
    let now = now_secs();
    let from = p
        .text("from")
        .and_then(|t| parse_date(&t))
        .unwrap_or(now - 30 * DAY);
    let to = p
        .text("to")
        .and_then(|t| parse_date(&t))
        .map(|t| t + DAY - 1)
        .unwrap_or(now + 90 * DAY);
    let sections: Vec<u64> = match p.get("section") {
        Some(Value::Array(items)) => items.iter().filter_map(as_id).collect(),
        Some(other) => scalar_text(other)
            .and_then(|t| t.parse().ok())
            .into_iter()
            .collect(),
        None => Vec::new(),
    };
    let d = ctx.state.store.read();
    let mut events: Vec<&CalendarEvent> = d
        .calendar
        .iter()
        .filter(|e| {
            e.cal_type == cal_type && (cal_type == CalendarType::Company || e.owner_id == owner)
        })
        .filter(|e| e.to >= from && e.from <= to)
        .filter(|e| sections.is_empty() || sections.contains(&e.section_id))
        .collect();
    events.sort_by_key(|e| (e.from, e.id));
    Ok(Success::plain(Value::Array(
        events.into_iter().map(event_row).collect(),
    )))
}
