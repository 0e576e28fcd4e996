//! The custom calendar view (`CALENDAR_GRIDVIEW`): the events of the range the portal shows, day by
//! day, loaded with `calendar.event.get` (the docs' way: `getEvents` is the calendar UI's own
//! service command, which the app uses to tell the portal which range it now shows).
//!
//! The range moves with the portal's arrows (`Calendar.customView:decreaseViewRangeDate` /
//! `…:increaseViewRangeDate`: by its own length), jumps with `…:adjustToDate` and the app's own
//! buttons ([`Range`]). The calendar's owner comes from the page's `URI`; without one the app shows
//! the current user's calendar (`user.current` by reference in the same batch).

use crate::answers::User;
use crate::format::Timestamp;
use crate::LoadError;
use placement::{CalendarOwner, CalendarView, Date};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Value};

/// The longest range drawn, in days (a month view with its leading and trailing weeks is 42).
pub const MAX_DAYS: i64 = 62;

/// Days since 1970-01-01 of a calendar date.
fn day_number(d: Date) -> i64 {
    let (y, m, d) = (i64::from(d.year), i64::from(d.month), i64::from(d.day));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number, and the civil fields of a unix second count.
fn civil(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn date_of(days: i64) -> Date {
    let (year, month, day) = civil(days);
    Date {
        year: year.clamp(0, 9999) as u16,
        month,
        day,
    }
}

/// `YYYY-MM-DD`, as `calendar.event.get`, `getEvents` and `adjustToDate` write dates.
pub fn date_text(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// A date as a timestamp at midnight (for formatting it as a date).
pub fn midnight(d: Date) -> Timestamp {
    Timestamp {
        year: i32::from(d.year),
        month: d.month,
        day: d.day,
        hour: 0,
        minute: 0,
        second: 0,
        offset_minutes: 0,
    }
}

/// The days shown: `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

impl Range {
    /// The portal's range (`viewRangeFrom`, `viewRangeTo`), put in order and capped at [`MAX_DAYS`].
    pub fn of(view: &CalendarView) -> Self {
        let (a, b) = (day_number(view.from), day_number(view.to));
        let (from, to) = (a.min(b), a.max(b));
        Self {
            from: date_of(from),
            to: date_of(to.min(from + MAX_DAYS - 1)),
        }
    }

    /// Its length in days.
    pub fn days(self) -> i64 {
        day_number(self.to) - day_number(self.from) + 1
    }

    /// The range of the same length before (`forward: false`) or after this one.
    pub fn shifted(self, forward: bool) -> Self {
        let step = if forward { self.days() } else { -self.days() };
        Self {
            from: date_of(day_number(self.from) + step),
            to: date_of(day_number(self.to) + step),
        }
    }

    /// The range of the same length that starts on `date`.
    pub fn starting(self, date: Date) -> Self {
        let start = day_number(date);
        Self {
            from: date,
            to: date_of(start + self.days() - 1),
        }
    }

    /// Every day of the range.
    pub fn dates(self) -> Vec<Date> {
        (day_number(self.from)..=day_number(self.to))
            .map(date_of)
            .collect()
    }
}

/// A row of `calendar.event.get`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct EventRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `NAME`.
    #[serde(deserialize_with = "de::text")]
    pub name: Option<String>,
    /// `DATE_FROM` in the portal's format (`12/02/2026 10:00:00 am`, `02.12.2026`).
    #[serde(deserialize_with = "de::text")]
    pub date_from: Option<String>,
    /// `DATE_FROM_TS_UTC`: unix seconds.
    #[serde(rename = "DATE_FROM_TS_UTC", deserialize_with = "de::text")]
    pub from_ts: Option<String>,
    /// `DATE_TO_TS_UTC`: unix seconds.
    #[serde(rename = "DATE_TO_TS_UTC", deserialize_with = "de::text")]
    pub to_ts: Option<String>,
    /// `TZ_OFFSET_FROM`: the event's UTC offset in seconds.
    #[serde(deserialize_with = "de::text")]
    pub tz_offset_from: Option<String>,
    /// `DT_SKIP_TIME`: all day.
    #[serde(deserialize_with = "de::flag")]
    pub dt_skip_time: Option<bool>,
    /// `LOCATION`.
    #[serde(deserialize_with = "de::text")]
    pub location: Option<String>,
    /// `RRULE`: recurrence, empty for single events.
    #[serde(deserialize_with = "de::text")]
    pub rrule: Option<String>,
}

/// One event as the view draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Event id.
    pub id: u64,
    /// Name.
    pub name: String,
    /// Start, in the event's time zone.
    pub start: Timestamp,
    /// End.
    pub end: Timestamp,
    /// All-day event.
    pub all_day: bool,
    /// Location.
    pub location: Option<String>,
    /// `dateFrom` for the commands: the instance's date as the portal wrote it, for recurring
    /// events only (placements.md §4: `{id, dateFrom}` picks one instance).
    pub instance_date: Option<String>,
    first_day: i64,
    last_day: i64,
}

impl Event {
    /// The parameters of `viewEvent`, `editEvent` and `deleteEvent` for this event.
    pub fn command_params(&self) -> Value {
        match &self.instance_date {
            Some(date) => json!({"id": self.id.to_string(), "dateFrom": date}),
            None => json!({"id": self.id.to_string()}),
        }
    }

    fn from_row(row: EventRow) -> Option<Self> {
        let offset: i64 = row
            .tz_offset_from
            .as_deref()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0);
        let from: i64 = row.from_ts.as_deref()?.trim().parse().ok()?;
        let to: i64 = row
            .to_ts
            .as_deref()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(from)
            .max(from);
        let at = |secs: i64| {
            let local = secs + offset;
            let (year, month, day) = civil(local.div_euclid(86_400));
            let rest = local.rem_euclid(86_400);
            Timestamp {
                year: year as i32,
                month,
                day,
                hour: (rest / 3600) as u8,
                minute: (rest % 3600 / 60) as u8,
                second: (rest % 60) as u8,
                offset_minutes: (offset / 60).clamp(-14 * 60, 14 * 60) as i16,
            }
        };
        let all_day = row.dt_skip_time.unwrap_or(false);
        // A timed event ending exactly at midnight does not reach into that day.
        let last = if all_day || to == from { to } else { to - 1 };
        let recurring = row.rrule.as_deref().is_some_and(|r| !r.trim().is_empty());
        Some(Self {
            id: row.id?,
            name: row.name.unwrap_or_default(),
            start: at(from),
            end: at(to),
            all_day,
            location: row.location.filter(|l| !l.trim().is_empty()),
            instance_date: row
                .date_from
                .filter(|_| recurring)
                .and_then(|d| d.split_whitespace().next().map(str::to_owned)),
            first_day: (from + offset).div_euclid(86_400),
            last_day: (last + offset).div_euclid(86_400),
        })
    }
}

/// The range, day by day, with the events on each day (an event spanning days shows on each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    /// The range shown.
    pub range: Range,
    /// Every day of the range with its events, in start order.
    pub days: Vec<(Date, Vec<Event>)>,
    /// Events in the range.
    pub total: usize,
}

impl Agenda {
    /// Builds the agenda of `range` from `calendar.event.get` rows.
    pub fn new(range: Range, rows: Vec<EventRow>) -> Self {
        let mut events: Vec<Event> = rows.into_iter().filter_map(Event::from_row).collect();
        events.sort_by_key(|e| (!e.all_day, e.start.unix_ms(), e.id));
        let (first, last) = (day_number(range.from), day_number(range.to));
        events.retain(|e| e.last_day >= first && e.first_day <= last);
        let days = (first..=last)
            .map(|day| {
                let on_day = events
                    .iter()
                    .filter(|e| e.first_day <= day && e.last_day >= day)
                    .cloned()
                    .collect();
                (date_of(day), on_day)
            })
            .collect();
        Self {
            range,
            total: events.len(),
            days,
        }
    }
}

/// The batch's handles.
#[derive(Debug, Clone)]
pub struct CalendarCommands {
    events: CommandRef<List<EventRow>>,
}

/// The one batch of a range: `calendar.event.get` of the owner's calendar (plus `user.current` when
/// the page named no owner).
pub fn plan(owner: CalendarOwner, range: Range) -> (Batch, CalendarCommands) {
    let mut batch = Batch::new();
    let (cal_type, owner_id) = match owner {
        CalendarOwner::User(user) => ("user", json!(user.get())),
        CalendarOwner::Group(group) => ("group", json!(group.get())),
        CalendarOwner::Company => ("company_calendar", json!(0)),
        CalendarOwner::Unknown => {
            let me: CommandRef<User> = batch.add_as("me", "user.current", json!({}));
            ("user", Value::from(me.field(&["ID"])))
        }
    };
    let events = batch.add_as(
        "events",
        "calendar.event.get",
        json!({"type": cal_type, "ownerId": owner_id,
            "from": date_text(range.from), "to": date_text(range.to)}),
    );
    (batch, CalendarCommands { events })
}

impl CalendarCommands {
    /// Reads the agenda of `range`.
    pub fn read(&self, range: Range, results: &BatchResults) -> Result<Agenda, LoadError> {
        Ok(Agenda::new(range, self.events.read(results)?.0))
    }
}

/// Reads `adjustToDate`'s payload (`'Y-m-d'`, possibly inside an array).
pub fn adjust_date(payload: &Value) -> Option<Date> {
    match payload {
        Value::String(text) => Date::parse(text),
        Value::Array(items) => items.first().and_then(adjust_date),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use placement::UserId;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn view(from: &str, to: &str) -> CalendarView {
        CalendarView {
            from: d(from),
            to: d(to),
            owner: CalendarOwner::Unknown,
        }
    }

    #[test]
    fn ranges_move_by_their_length_across_months_and_years() {
        let week = Range::of(&view("2026-12-28", "2027-01-03"));
        assert_eq!(week.days(), 7);
        let next = week.shifted(true);
        assert_eq!((next.from, next.to), (d("2027-01-04"), d("2027-01-10")));
        assert_eq!(next.shifted(false), week);
        let leap = Range::of(&view("2028-02-27", "2028-03-01"));
        assert_eq!(leap.dates().len(), 4);
        assert_eq!(leap.dates()[2], d("2028-02-29"));
        assert_eq!(leap.starting(d("2026-05-30")).to, d("2026-06-02"));
        // Reversed and huge ranges are put in order and capped.
        let wild = Range::of(&view("2026-12-31", "2020-01-01"));
        assert_eq!(wild.from, d("2020-01-01"));
        assert_eq!(wild.days(), MAX_DAYS);
        assert_eq!(date_text(d("2026-03-09")), "2026-03-09");
    }

    #[test]
    fn events_land_on_their_days_in_their_time_zone() {
        let range = Range::of(&view("2026-12-01", "2026-12-03"));
        let rows: Vec<EventRow> = serde_json::from_value(json!([
            // 2026-12-02 09:00 UTC = 10:00 at +01:00.
            {"ID": "7", "NAME": "Weekly sync", "DATE_FROM": "12/02/2026 10:00:00 am", "DATE_FROM_TS_UTC": "1796202000", "DATE_TO_TS_UTC": "1796205600", "TZ_OFFSET_FROM": "3600", "DT_SKIP_TIME": "N", "RRULE": ""},
            // All day on Dec 1 and 2 (local midnight to the end of Dec 2).
            {"ID": "8", "NAME": "Offsite", "DATE_FROM": "12/01/2026", "DATE_FROM_TS_UTC": "1796079600", "DATE_TO_TS_UTC": "1796252399", "TZ_OFFSET_FROM": "3600", "DT_SKIP_TIME": "Y", "RRULE": "FREQ=WEEKLY"},
            // Outside the range.
            {"ID": "9", "NAME": "Later", "DATE_FROM_TS_UTC": "1800000000", "DATE_TO_TS_UTC": "1800003600"},
            {"NAME": "no id", "DATE_FROM_TS_UTC": "1796202000"}
        ]))
        .unwrap();
        let agenda = Agenda::new(range, rows);
        assert_eq!(agenda.total, 2);
        let names: Vec<Vec<&str>> = agenda
            .days
            .iter()
            .map(|(_, events)| events.iter().map(|e| e.name.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            [vec!["Offsite"], vec!["Offsite", "Weekly sync"], vec![]]
        );
        let sync = &agenda.days[1].1[1];
        assert_eq!((sync.start.hour, sync.start.offset_minutes), (10, 60));
        assert_eq!(sync.command_params(), json!({"id": "7"}));
        let offsite = &agenda.days[0].1[0];
        assert_eq!(
            offsite.command_params(),
            json!({"id": "8", "dateFrom": "12/01/2026"}),
            "a recurring event names its instance"
        );
    }

    #[test]
    fn the_batch_asks_for_the_owners_calendar_in_the_range() {
        let range = Range::of(&view("2026-12-01", "2026-12-07"));
        let query = |owner| {
            let (batch, _) = plan(owner, range);
            let chunk = batch.plan().unwrap().remove(0);
            let text = chunk.params["cmd"]["events"].as_str().unwrap().to_owned();
            rest::form::decode(text.split_once('?').unwrap().1)
        };
        assert_eq!(
            query(CalendarOwner::User(UserId(3))),
            json!({"type": "user", "ownerId": "3", "from": "2026-12-01", "to": "2026-12-07"})
        );
        assert_eq!(query(CalendarOwner::Company)["ownerId"], "0");
        assert_eq!(query(CalendarOwner::Unknown)["ownerId"], "$result[me][ID]");
        assert_eq!(adjust_date(&json!("2026-12-24")), Some(d("2026-12-24")));
        assert_eq!(adjust_date(&json!(["2026-12-24"])), Some(d("2026-12-24")));
        assert_eq!(adjust_date(&json!({})), None);
    }
}
