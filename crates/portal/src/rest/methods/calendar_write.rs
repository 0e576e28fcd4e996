//! `calendar.event.add`, `calendar.event.update`, `calendar.event.delete`: the writes behind the host
//! page's calendar forms (`CALENDAR_GRIDVIEW`'s `addEvent` / `editEvent` / `deleteEvent` open the
//! portal's own forms; the emulator's forms save through these methods, so the calendar store changes
//! and the app sees the change after `Calendar.customView:refreshEntries`).

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use crate::store::calendar::{CalendarEvent, CalendarType};
use crate::store::time::{parse as parse_date, DAY};
use serde_json::Value;

fn required(method: &str, name: &str) -> RestError {
    RestError::bad_request(
        "",
        format!("The required parameter \"{name}\" for the method \"{method}\" is not set"),
    )
}

/// `type` + `ownerId`, checked like the portal (`ownerId` 0 only for the company calendar).
fn calendar_of(method: &str, p: &Params) -> Result<(CalendarType, u64), RestError> {
    let cal_type = p
        .text("type")
        .filter(|t| !t.is_empty())
        .ok_or_else(|| required(method, "type"))?;
    let cal_type = CalendarType::parse(&cal_type)
        .ok_or_else(|| RestError::bad_request("", "Access denied"))?;
    let owner = match p.get("ownerId") {
        Some(v) => as_id(v).unwrap_or(0),
        None if cal_type == CalendarType::Company => 0,
        None => return Err(required(method, "ownerId")),
    };
    Ok((cal_type, owner))
}

/// `from` / `to`: an all-day event (`skip_time=Y`) spans whole days.
fn times(p: &Params, all_day: bool) -> Result<Option<(i64, i64)>, RestError> {
    let from = p.text("from").map(|t| parse_date(&t));
    let to = p.text("to").map(|t| parse_date(&t));
    match (from, to) {
        (None, None) => Ok(None),
        (Some(Some(from)), Some(Some(to))) if to >= from => Ok(Some((
            from,
            if all_day { to.max(from + DAY - 1) } else { to },
        ))),
        (Some(Some(from)), None) => Ok(Some((from, from + if all_day { DAY - 1 } else { 3600 }))),
        _ => Err(RestError::bad_request("", "Invalid date format")),
    }
}

fn flag(p: &Params, name: &str) -> Option<bool> {
    p.text(name).map(|v| v.eq_ignore_ascii_case("Y"))
}

/// `calendar.event.add {type, ownerId, name, from, to, skip_time?, description?, location?, section?}`
/// → the new event's id.
pub fn event_add(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    const M: &str = "calendar.event.add";
    let (cal_type, owner_id) = calendar_of(M, p)?;
    let name = p
        .text("name")
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| required(M, "name"))?;
    let all_day = flag(p, "skip_time").unwrap_or(false);
    let (from, to) = times(p, all_day)?.ok_or_else(|| required(M, "from"))?;
    let mut d = ctx.state.store.write();
    let id = d.calendar.iter().map(|e| e.id).max().unwrap_or(1000) + 1;
    let created_by = d.current_user_id;
    d.calendar.push(CalendarEvent {
        id,
        cal_type,
        owner_id,
        name,
        from,
        to,
        all_day,
        description: p.text("description").unwrap_or_default(),
        location: p.text("location").unwrap_or_default(),
        attendees: Vec::new(),
        created_by,
        section_id: p.get("section").and_then(as_id).unwrap_or(100 + owner_id),
        color: "#9dcf00",
        importance: "normal",
        accessibility: "busy",
    });
    Ok(Success::plain(Value::from(id)))
}

/// `calendar.event.update {id, type, ownerId, name?, from?, to?, skip_time?, description?, location?}`
/// → the id. An unknown id (or one in another calendar) is an error.
pub fn event_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    const M: &str = "calendar.event.update";
    let id = p
        .get("id")
        .and_then(as_id)
        .ok_or_else(|| required(M, "id"))?;
    let (cal_type, owner_id) = calendar_of(M, p)?;
    let mut d = ctx.state.store.write();
    let event = d
        .calendar
        .iter_mut()
        .find(|e| {
            e.id == id
                && e.cal_type == cal_type
                && (cal_type == CalendarType::Company || e.owner_id == owner_id)
        })
        .ok_or_else(|| RestError::bad_request("", "Event not found"))?;
    let all_day = flag(p, "skip_time").unwrap_or(event.all_day);
    if let Some(name) = p.text("name") {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return Err(required(M, "name"));
        }
        event.name = name;
    }
    if let Some((from, to)) = times(p, all_day)? {
        event.from = from;
        event.to = to;
    }
    event.all_day = all_day;
    if let Some(text) = p.text("description") {
        event.description = text;
    }
    if let Some(text) = p.text("location") {
        event.location = text;
    }
    Ok(Success::plain(Value::from(id)))
}

/// `calendar.event.delete {id}` → `true`; an unknown id is an error.
pub fn event_delete(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p
        .get("id")
        .and_then(as_id)
        .ok_or_else(|| required("calendar.event.delete", "id"))?;
    let mut d = ctx.state.store.write();
    let before = d.calendar.len();
    d.calendar.retain(|e| e.id != id);
    if d.calendar.len() == before {
        return Err(RestError::bad_request("", "Event not found"));
    }
    Ok(Success::plain(Value::Bool(true)))
}
