//! Calendar events around "today": personal, workgroup and company calendars.

use super::prng::Prng;
use super::time::{DAY, HOUR};

/// Which calendar an event lives in (`CAL_TYPE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarType {
    /// A user's own calendar (`user`).
    User,
    /// A workgroup calendar (`group`).
    Group,
    /// The company calendar (`company_calendar`).
    Company,
}

impl CalendarType {
    /// The REST spelling.
    pub fn code(self) -> &'static str {
        match self {
            CalendarType::User => "user",
            CalendarType::Group => "group",
            CalendarType::Company => "company_calendar",
        }
    }

    /// Parses the REST spelling.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "user" => Some(CalendarType::User),
            "group" => Some(CalendarType::Group),
            "company_calendar" => Some(CalendarType::Company),
            _ => None,
        }
    }
}

/// One calendar event (`calendar.event.get` row).
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEvent {
    /// `ID`.
    pub id: u64,
    /// `CAL_TYPE`.
    pub cal_type: CalendarType,
    /// `OWNER_ID` (user id, group id, or 0 for the company calendar).
    pub owner_id: u64,
    /// `NAME`.
    pub name: String,
    /// Start (Unix time).
    pub from: i64,
    /// End (Unix time).
    pub to: i64,
    /// `DT_SKIP_TIME` (all-day event).
    pub all_day: bool,
    /// `DESCRIPTION`.
    pub description: String,
    /// `LOCATION`.
    pub location: String,
    /// Attendee user ids (`IS_MEETING` when non-empty).
    pub attendees: Vec<u64>,
    /// `CREATED_BY`.
    pub created_by: u64,
    /// `SECTION_ID`.
    pub section_id: u64,
    /// `COLOR`.
    pub color: &'static str,
    /// `IMPORTANCE`: `low`, `normal`, `high`.
    pub importance: &'static str,
    /// `ACCESSIBILITY`: `busy`, `free`, `quest`, `absent`.
    pub accessibility: &'static str,
}

const MEETINGS: &[&str] = &[
    "Weekly sync",
    "1:1",
    "Client demo",
    "Sprint review",
    "Lunch with partners",
    "Планёрка",
    "Budget review",
    "Interview",
];

fn pick_str(rng: &mut Prng, options: &[&'static str]) -> &'static str {
    options[rng.below(options.len() as u64) as usize]
}

/// Seeds ~45 events from a week ago to two weeks ahead. `anchor` is "today, 00:00 portal time".
pub fn seed(rng: &mut Prng, anchor: i64) -> Vec<CalendarEvent> {
    let mut out = Vec::new();
    let mut push = |e: CalendarEvent| {
        out.push(CalendarEvent {
            id: 1000 + out.len() as u64 + 1,
            ..e
        })
    };
    for n in 0..32u64 {
        let owner = 1 + rng.below(19);
        let day = rng.range(-7, 14);
        let start =
            anchor + day * DAY + rng.range(9, 17) * HOUR + if rng.chance(50) { 1800 } else { 0 };
        let all_day = n % 11 == 5;
        let attendees = if rng.chance(50) {
            vec![owner, 1 + rng.below(19)]
        } else {
            Vec::new()
        };
        push(CalendarEvent {
            id: 0,
            cal_type: CalendarType::User,
            owner_id: owner,
            name: rng.pick(MEETINGS).to_string(),
            from: if all_day { anchor + day * DAY } else { start },
            to: if all_day {
                anchor + day * DAY
            } else {
                start + HOUR * rng.range(1, 2)
            },
            all_day,
            description: if n % 3 == 0 {
                "Agenda in the shared folder.".into()
            } else {
                String::new()
            },
            location: rng
                .pick(&["", "Room 101", "Zoom", "Переговорная «Байкал»"])
                .to_string(),
            attendees,
            created_by: owner,
            section_id: 100 + owner,
            color: pick_str(rng, &["#9dcf00", "#2fc6f6", "#ff5752", "#ffa900"]),
            importance: pick_str(rng, &["normal", "normal", "high", "low"]),
            accessibility: pick_str(rng, &["busy", "busy", "free", "absent"]),
        });
    }
    for n in 0..8u64 {
        let group = 1 + n % 6;
        let start = anchor + rng.range(-5, 12) * DAY + rng.range(10, 16) * HOUR;
        push(CalendarEvent {
            id: 0,
            cal_type: CalendarType::Group,
            owner_id: group,
            name: format!("{} — group meeting", rng.pick(MEETINGS)),
            from: start,
            to: start + HOUR,
            all_day: false,
            description: String::new(),
            location: "Room 202".into(),
            attendees: Vec::new(),
            created_by: 1,
            section_id: 200 + group,
            color: "#2fc6f6",
            importance: "normal",
            accessibility: "busy",
        });
    }
    for (name, day) in [
        ("Company all-hands", 2),
        ("Office closed: public holiday", 9),
        ("Quarterly results", -3),
        ("Team building", 12),
    ] {
        let all_day = name.contains("holiday");
        let start = anchor + day * DAY + if all_day { 0 } else { 15 * HOUR };
        push(CalendarEvent {
            id: 0,
            cal_type: CalendarType::Company,
            owner_id: 0,
            name: name.into(),
            from: start,
            to: if all_day { start } else { start + 2 * HOUR },
            all_day,
            description: String::new(),
            location: if all_day {
                String::new()
            } else {
                "Main hall".into()
            },
            attendees: Vec::new(),
            created_by: 1,
            section_id: 1,
            color: "#ff5752",
            importance: "high",
            accessibility: "busy",
        });
    }
    out
}
