//! The calls report (`TELEPHONY_ANALYTICS_MENU`): the portal's call log (`voximplant.statistic.get`)
//! of the last days, read through the ID cursor, summarised: calls by direction, answered and missed,
//! talk time, calls per day and per employee.

use crate::format::Timestamp;
use crate::people::Person;
use rest::de;
use rest::list::ListSpec;
use serde::Deserialize;
use serde_json::json;

/// One `voximplant.statistic.get` row.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct CallRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `PORTAL_USER_ID`.
    #[serde(deserialize_with = "de::id")]
    pub portal_user_id: Option<u64>,
    /// `CALL_TYPE`: 1 outgoing, 2 incoming, 3 incoming redirected, 4 callback, 5 information call.
    #[serde(deserialize_with = "de::id")]
    pub call_type: Option<u64>,
    /// `CALL_DURATION` in seconds.
    #[serde(deserialize_with = "de::id")]
    pub call_duration: Option<u64>,
    /// `CALL_START_DATE`.
    #[serde(deserialize_with = "crate::answers::timestamp")]
    pub call_start_date: Option<Timestamp>,
    /// `CALL_FAILED_CODE`: `200` answered.
    #[serde(deserialize_with = "de::text")]
    pub call_failed_code: Option<String>,
}

/// How many days the report covers.
pub const DAYS: u32 = 30;

/// The list request: calls started on or after `since` (`YYYY-MM-DD`), by the ID cursor, 50 pages per
/// batch request.
pub fn list_spec(since: &str) -> ListSpec {
    ListSpec::new(
        "voximplant.statistic.get",
        json!({"FILTER": {">=CALL_START_DATE": since}}),
    )
    .id_cursor_batch("ID")
}

/// Calls of one employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerUser {
    /// The employee's id.
    pub user: u64,
    /// Calls.
    pub calls: u64,
    /// Of them missed.
    pub missed: u64,
    /// Talk time, seconds.
    pub talk_seconds: u64,
}

/// Calls of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerDay {
    /// The day (midnight).
    pub day: Timestamp,
    /// Answered calls.
    pub answered: u64,
    /// Missed calls.
    pub missed: u64,
}

/// The report's view model.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallsReport {
    /// All calls.
    pub total: u64,
    /// Incoming (types 2, 3).
    pub incoming: u64,
    /// Outgoing (types 1, 4, 5).
    pub outgoing: u64,
    /// Not answered (`CALL_FAILED_CODE` other than `200`).
    pub missed: u64,
    /// Talk time of the answered calls, seconds.
    pub talk_seconds: u64,
    /// Average talk time of an answered call, seconds.
    pub average_seconds: u64,
    /// Per day, oldest first (days without calls are left out).
    pub days: Vec<PerDay>,
    /// Per employee, most calls first.
    pub users: Vec<PerUser>,
    /// Names of the employees, when loaded.
    pub people: Vec<Person>,
}

impl CallsReport {
    /// Summarises the rows.
    pub fn from_rows(rows: &[CallRow]) -> Self {
        let mut r = CallsReport::default();
        let mut days: Vec<PerDay> = Vec::new();
        for row in rows {
            r.total += 1;
            match row.call_type {
                Some(2 | 3) => r.incoming += 1,
                _ => r.outgoing += 1,
            }
            let answered = row.call_failed_code.as_deref() == Some("200");
            let seconds = if answered {
                row.call_duration.unwrap_or(0)
            } else {
                0
            };
            if answered {
                r.talk_seconds += seconds;
            } else {
                r.missed += 1;
            }
            if let Some(start) = row.call_start_date {
                let day = Timestamp {
                    hour: 0,
                    minute: 0,
                    second: 0,
                    ..start
                };
                match days.iter_mut().find(|d| {
                    (d.day.year, d.day.month, d.day.day) == (day.year, day.month, day.day)
                }) {
                    Some(d) if answered => d.answered += 1,
                    Some(d) => d.missed += 1,
                    None => days.push(PerDay {
                        day,
                        answered: u64::from(answered),
                        missed: u64::from(!answered),
                    }),
                }
            }
            if let Some(user) = row.portal_user_id {
                let entry = match r.users.iter_mut().position(|u| u.user == user) {
                    Some(i) => &mut r.users[i],
                    None => {
                        r.users.push(PerUser {
                            user,
                            calls: 0,
                            missed: 0,
                            talk_seconds: 0,
                        });
                        let last = r.users.len() - 1;
                        &mut r.users[last]
                    }
                };
                entry.calls += 1;
                entry.missed += u64::from(!answered);
                entry.talk_seconds += seconds;
            }
        }
        let answered = r.total - r.missed;
        r.average_seconds = r.talk_seconds.checked_div(answered).unwrap_or(0);
        days.sort_by_key(|d| (d.day.year, d.day.month, d.day.day));
        r.days = days;
        r.users
            .sort_by(|a, b| b.calls.cmp(&a.calls).then(a.user.cmp(&b.user)));
        r
    }

    /// The busiest day's calls (the chart's scale).
    pub fn busiest_day(&self) -> u64 {
        self.days
            .iter()
            .map(|d| d.answered + d.missed)
            .max()
            .unwrap_or(0)
    }

    /// The employee's name, or `#id`.
    pub fn name_of(&self, user: u64) -> String {
        self.people
            .iter()
            .find(|p| p.id == user)
            .map_or_else(|| format!("#{user}"), |p| p.name.clone())
    }
}

/// Minutes and seconds of a duration.
pub fn minutes_seconds(seconds: u64) -> (u64, u64) {
    (seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_are_summarised() {
        let rows: Vec<CallRow> = serde_json::from_value(json!([
            {"ID": "1", "PORTAL_USER_ID": "2", "CALL_TYPE": "2", "CALL_DURATION": "90", "CALL_START_DATE": "2026-11-20T10:00:00+03:00", "CALL_FAILED_CODE": "200"},
            {"ID": "2", "PORTAL_USER_ID": "2", "CALL_TYPE": "1", "CALL_DURATION": "30", "CALL_START_DATE": "2026-11-20T15:00:00+03:00", "CALL_FAILED_CODE": "200"},
            {"ID": "3", "PORTAL_USER_ID": "3", "CALL_TYPE": "2", "CALL_DURATION": "0", "CALL_START_DATE": "2026-11-18T09:00:00+03:00", "CALL_FAILED_CODE": "304"},
            {"ID": "4", "PORTAL_USER_ID": "3", "CALL_TYPE": "3", "CALL_DURATION": "999", "CALL_FAILED_CODE": "486"}
        ]))
        .unwrap();
        let r = CallsReport::from_rows(&rows);
        assert_eq!((r.total, r.incoming, r.outgoing, r.missed), (4, 3, 1, 2));
        assert_eq!((r.talk_seconds, r.average_seconds), (120, 60));
        assert_eq!(r.days.len(), 2);
        assert_eq!((r.days[0].day.day, r.days[0].missed), (18, 1));
        assert_eq!((r.days[1].day.day, r.days[1].answered), (20, 2));
        assert_eq!(r.busiest_day(), 2);
        assert_eq!(
            r.users,
            vec![
                PerUser {
                    user: 2,
                    calls: 2,
                    missed: 0,
                    talk_seconds: 120
                },
                PerUser {
                    user: 3,
                    calls: 2,
                    missed: 2,
                    talk_seconds: 0
                },
            ]
        );
        assert_eq!(r.name_of(9), "#9");
        assert_eq!(minutes_seconds(125), (2, 5));
        assert_eq!(CallsReport::from_rows(&[]).average_seconds, 0);
    }

    #[test]
    fn the_list_uses_the_id_cursor() {
        let spec = list_spec("2026-11-01");
        assert!(format!("{spec:?}").contains("IdCursorBatch"), "{spec:?}");
    }
}
