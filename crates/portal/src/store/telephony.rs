//! Telephony: the call log behind `voximplant.statistic.get` (seeded calls of the last 30 days) and
//! the external calls registered through `telephony.externalcall.register` / `…finish`.

use super::prng::Prng;
use super::time::{DAY, HOUR};

/// One call.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// `ID` of the statistics row.
    pub id: u64,
    /// `CALL_ID` (`externalCall.<hex>` for registered calls).
    pub call_id: String,
    /// `PORTAL_USER_ID`: the employee.
    pub user_id: u64,
    /// `PHONE_NUMBER`: the client.
    pub phone: String,
    /// `PORTAL_NUMBER` / `LINE_NUMBER`.
    pub line: String,
    /// `CALL_TYPE`: 1 outgoing, 2 incoming, 3 incoming with redirect, 4 callback.
    pub call_type: u32,
    /// `CALL_START_DATE`.
    pub start: i64,
    /// `CALL_DURATION` in seconds (0 until finished or when missed).
    pub duration: u64,
    /// `CALL_FAILED_CODE`: `200` answered, `304` missed, `603` declined, `486` busy.
    pub failed_code: String,
    /// `CRM_ENTITY_TYPE` (`CONTACT`, `COMPANY`, `LEAD`, `DEAL`) or empty.
    pub crm_entity_type: String,
    /// `CRM_ENTITY_ID` (0: none).
    pub crm_entity_id: u64,
    /// `CRM_ACTIVITY_ID` (0: none).
    pub crm_activity_id: u64,
    /// Registered through `telephony.externalcall.register` and not finished yet.
    pub open: bool,
    /// How many times `telephony.externalcall.finish` was called for it.
    pub finishes: u32,
}

/// The telephony tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TelephonyData {
    /// Calls, sorted by id.
    pub calls: Vec<Call>,
}

impl TelephonyData {
    /// A call by `CALL_ID`.
    pub fn call_mut(&mut self, call_id: &str) -> Option<&mut Call> {
        self.calls.iter_mut().find(|c| c.call_id == call_id)
    }
}

/// Failure codes with their weights out of 20: mostly answered.
const OUTCOMES: [(&str, u32); 4] = [("200", 14), ("304", 4), ("486", 1), ("603", 1)];

/// Seeds `count` calls over the 30 days before `anchor`, spread over users 1..=8 and contacts.
pub fn seed(rng: &mut Prng, anchor: i64, count: u64) -> TelephonyData {
    let mut calls = Vec::new();
    for id in 1..=count {
        let day = rng.below(30) as i64;
        let start = anchor - day * DAY + 9 * HOUR + rng.below(9 * 3600) as i64;
        let roll = rng.below(20) as u32;
        let mut acc = 0;
        let code = OUTCOMES
            .iter()
            .find(|(_, w)| {
                acc += w;
                roll < acc
            })
            .map_or("200", |(c, _)| c);
        let call_type = [1, 2, 2, 1, 4][rng.below(5) as usize];
        calls.push(Call {
            id,
            call_id: format!("voximplant.{:08x}", 0x3c00_0000 + id),
            user_id: 1 + rng.below(8),
            phone: format!("+49301{:06}", rng.below(1_000_000)),
            line: "+49 30 000-00-00".into(),
            call_type,
            start,
            duration: if code == "200" {
                20 + rng.below(600)
            } else {
                0
            },
            failed_code: code.into(),
            crm_entity_type: "CONTACT".into(),
            crm_entity_id: 1 + rng.below(120),
            crm_activity_id: 0,
            open: false,
            finishes: 1,
        });
    }
    calls.sort_by_key(|c| c.id);
    TelephonyData { calls }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_calls_are_in_the_last_month_and_mostly_answered() {
        let mut rng = Prng::new(7);
        let t = seed(&mut rng, 100 * DAY, 80);
        assert_eq!(t.calls.len(), 80);
        assert!(t
            .calls
            .iter()
            .all(|c| c.start > 69 * DAY && c.start < 101 * DAY));
        let answered = t.calls.iter().filter(|c| c.failed_code == "200").count();
        assert!(answered > 40, "{answered}");
        assert!(t
            .calls
            .iter()
            .all(|c| (c.failed_code == "200") == (c.duration > 0)));
    }
}
