//! The portal's second limit: operating time per method (frame-protocol.md §9.6).
//!
//! Each REST method of an app may run for a limited time per ten minutes (cloud: 480 s); every
//! answer reports in `time.operating` the seconds the method has used in the current window and in
//! `time.operating_reset_at` when the oldest one-minute basket drops. Past the limit the portal
//! answers `429 OPERATION_TIME_LIMIT`. Inside a `batch` the nested commands count, each under its
//! own method, and the outer `batch` does not.
//!
//! The client remembers the last report per method and paces the next call of a method
//! before the portal has to refuse it:
//! - below `heavy_percent` of the limit: no delay;
//! - from there up to the limit: a delay growing linearly to `max_delay_ms`, which spreads a heavy
//!   method's calls out so the baskets can drain;
//! - at the limit (minus `reserve_ms`): wait until `operating_reset_at`, capped by the client's
//!   `operation_limit_wait_cap_ms`.
//!
//! A report is forgotten once its `operating_reset_at` has passed (the window moved; the next answer
//! says by how much) or after a whole window without news. A `429` marks the methods involved as
//! spent until its reset time, so concurrent calls of the same method wait instead of failing too.
//!
//! Reports arrive only with answers, so calls already on their way are invisible to them. Once a
//! method is heavy its calls therefore go one at a time: each
//! decides on the report of the one before.

use crate::envelope::{ResponseTime, Success};
use futures::lock::Mutex;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The operating-time limit to stay under. Defaults to the cloud's (and b24jssdk's): 480 s per
/// 10 minutes, slowing down from 80 %, by at most 7 s per call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperatingLimit {
    /// The window the portal sums operating time over.
    pub window_ms: u64,
    /// Operating time per method and window before `OPERATION_TIME_LIMIT`.
    pub limit_ms: u64,
    /// Kept free below the limit: a call that starts at `limit - reserve` may still run that long.
    pub reserve_ms: u64,
    /// From this share of the limit (percent) calls of the method are slowed down.
    pub heavy_percent: u8,
    /// The longest slow-down before one call (reached just below the limit).
    pub max_delay_ms: u64,
}

impl Default for OperatingLimit {
    fn default() -> Self {
        Self {
            window_ms: protocol::meter::OPERATING_WINDOW_MS,
            limit_ms: protocol::meter::OPERATING_LIMIT_MS,
            reserve_ms: 5_000,
            heavy_percent: 80,
            max_delay_ms: 7_000,
        }
    }
}

/// What the portal last said about one method.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Usage {
    operating_ms: f64,
    reset_at_ms: Option<f64>,
    reported_at_ms: f64,
}

/// Per-method operating time as reported by the portal, and the pacing it calls for.
#[derive(Debug)]
pub(crate) struct OperatingBudget {
    limit: Option<OperatingLimit>,
    methods: RefCell<HashMap<String, Usage>>,
    gates: RefCell<HashMap<String, Rc<Mutex<()>>>>,
}

impl OperatingBudget {
    /// A budget for `limit`; `None` never delays (self-hosted portals without the limit).
    pub fn new(limit: Option<OperatingLimit>) -> Self {
        Self {
            limit,
            methods: RefCell::new(HashMap::new()),
            gates: RefCell::new(HashMap::new()),
        }
    }

    /// One gate per method of the call whose last report is at or above the heavy share, in name
    /// order (so two calls never wait for each other's gates). Holding them from before the pacing
    /// until the answer is recorded keeps heavy methods to one call in flight.
    pub fn heavy_gates(&self, method: &str, params: &Value, now_ms: f64) -> Vec<Rc<Mutex<()>>> {
        let Some(limit) = self.limit else {
            return Vec::new();
        };
        let heavy_at = limit.limit_ms as f64 * f64::from(limit.heavy_percent) / 100.0;
        let methods = self.methods.borrow();
        let mut heavy: Vec<String> = counted_methods(method, params)
            .into_iter()
            .filter(|method| {
                methods.get(method).is_some_and(|usage| {
                    usage.is_current(now_ms, &limit) && usage.operating_ms >= heavy_at
                })
            })
            .collect();
        heavy.sort();
        heavy.dedup();
        let mut gates = self.gates.borrow_mut();
        heavy
            .into_iter()
            .map(|method| gates.entry(method).or_default().clone())
            .collect()
    }

    /// How long to wait before sending `method` with `params` at `now_ms` (a `batch` waits for the
    /// most used of its commands' methods). `cap_ms` bounds a wait for a reset.
    pub fn delay_ms(&self, method: &str, params: &Value, now_ms: f64, cap_ms: u64) -> u64 {
        let Some(limit) = self.limit else {
            return 0;
        };
        let mut methods = self.methods.borrow_mut();
        methods.retain(|_, usage| usage.is_current(now_ms, &limit));
        counted_methods(method, params)
            .iter()
            .filter_map(|method| methods.get(method))
            .map(|usage| usage.delay_ms(now_ms, &limit, cap_ms))
            .max()
            .unwrap_or(0)
    }

    /// Takes note of the operating time a successful answer reports (for a `batch`, per command from
    /// `result_time`).
    pub fn record(&self, method: &str, params: &Value, success: &Success, now_ms: f64) {
        if self.limit.is_none() {
            return;
        }
        let mut methods = self.methods.borrow_mut();
        let mut note = |method: &str, time: Option<ResponseTime>| {
            if let Some(usage) = time.and_then(|time| Usage::from_time(&time, now_ms)) {
                methods.insert(method.to_owned(), usage);
            }
        };
        if method != "batch" {
            note(&method.to_ascii_lowercase(), success.time.clone());
            return;
        }
        let times = &success.result["result_time"];
        for (name, command_method) in batch_commands(params) {
            note(
                &command_method,
                ResponseTime::from_value(&times[name.as_str()]),
            );
        }
    }

    /// Marks the methods of a call the portal refused with `OPERATION_TIME_LIMIT` as spent until
    /// `reset_at_ms` (unknown: for a whole window).
    pub fn exhaust(&self, method: &str, params: &Value, reset_at_ms: Option<f64>, now_ms: f64) {
        let Some(limit) = self.limit else {
            return;
        };
        let usage = Usage {
            operating_ms: limit.limit_ms as f64,
            reset_at_ms: Some(reset_at_ms.unwrap_or(now_ms + limit.window_ms as f64)),
            reported_at_ms: now_ms,
        };
        let mut methods = self.methods.borrow_mut();
        for method in counted_methods(method, params) {
            methods.insert(method, usage);
        }
    }
}

impl Usage {
    fn from_time(time: &ResponseTime, now_ms: f64) -> Option<Self> {
        Some(Self {
            operating_ms: time.operating? * 1000.0,
            reset_at_ms: time.operating_reset_at_ms(),
            reported_at_ms: now_ms,
        })
    }

    /// Whether the report still describes the window: its reset has not passed, and it is not older
    /// than a window.
    fn is_current(&self, now_ms: f64, limit: &OperatingLimit) -> bool {
        self.reset_at_ms.is_none_or(|reset| now_ms < reset)
            && now_ms - self.reported_at_ms < limit.window_ms as f64
    }

    fn delay_ms(&self, now_ms: f64, limit: &OperatingLimit, cap_ms: u64) -> u64 {
        let spent_at = limit.limit_ms.saturating_sub(limit.reserve_ms) as f64;
        if self.operating_ms >= spent_at {
            let until_reset = self
                .reset_at_ms
                .map_or(limit.window_ms as f64, |reset| reset - now_ms);
            return (until_reset.max(0.0).ceil() as u64).min(cap_ms);
        }
        let heavy_at = limit.limit_ms as f64 * f64::from(limit.heavy_percent) / 100.0;
        if self.operating_ms < heavy_at || spent_at <= heavy_at {
            return 0;
        }
        let share = (self.operating_ms - heavy_at) / (spent_at - heavy_at);
        (share * limit.max_delay_ms as f64).ceil() as u64
    }
}

/// The methods whose operating time a call spends: the method itself, or a batch's commands.
fn counted_methods(method: &str, params: &Value) -> Vec<String> {
    if method == "batch" {
        batch_commands(params)
            .into_iter()
            .map(|(_, method)| method)
            .collect()
    } else {
        vec![method.to_ascii_lowercase()]
    }
}

/// `(name, method)` of each command of a `batch` request (`cmd` values are `method?query`).
fn batch_commands(params: &Value) -> Vec<(String, String)> {
    let Some(commands) = params.get("cmd").and_then(Value::as_object) else {
        return Vec::new();
    };
    commands
        .iter()
        .filter_map(|(name, command)| {
            let text = command.as_str()?;
            let method = text.split_once('?').map_or(text, |(method, _)| method);
            Some((name.clone(), method.to_ascii_lowercase()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const NOW: f64 = 1_700_000_000_000.0;

    fn answer(operating_s: f64, reset_in_s: f64) -> Success {
        Success {
            result: json!(true),
            total: None,
            next: None,
            time: ResponseTime::from_value(&json!({
                "operating": operating_s,
                "operating_reset_at": NOW / 1000.0 + reset_in_s,
            })),
        }
    }

    fn budget_after(operating_s: f64, reset_in_s: f64) -> OperatingBudget {
        let budget = OperatingBudget::new(Some(OperatingLimit::default()));
        budget.record(
            "crm.deal.list",
            &json!({}),
            &answer(operating_s, reset_in_s),
            NOW,
        );
        budget
    }

    fn delay(budget: &OperatingBudget, method: &str, at: f64) -> u64 {
        budget.delay_ms(method, &json!({}), at, 60_000)
    }

    #[test]
    fn light_methods_are_not_delayed_and_heavy_ones_slow_down_towards_the_limit() {
        assert_eq!(delay(&budget_after(100.0, 300.0), "crm.deal.list", NOW), 0);
        assert_eq!(delay(&budget_after(383.9, 300.0), "crm.deal.list", NOW), 0);
        // 80 % is 384 s, the usable limit 475 s: half-way there is half of the 7 s.
        assert_eq!(
            delay(&budget_after(429.5, 300.0), "crm.deal.list", NOW),
            3_500
        );
        assert_eq!(
            delay(&budget_after(429.5, 300.0), "crm.item.list", NOW),
            0,
            "per method"
        );
    }

    #[test]
    fn a_spent_method_waits_for_its_reset_within_the_cap() {
        let budget = budget_after(476.0, 42.0);
        assert_eq!(delay(&budget, "crm.deal.list", NOW), 42_000);
        assert_eq!(delay(&budget, "crm.deal.list", NOW + 2_000.0), 40_000);
        assert_eq!(
            budget.delay_ms("crm.deal.list", &json!({}), NOW, 10_000),
            10_000
        );
        assert_eq!(
            delay(&budget, "crm.deal.list", NOW + 42_000.0),
            0,
            "the reset passed: the report is forgotten"
        );
    }

    #[test]
    fn a_report_older_than_a_window_is_forgotten() {
        let budget = OperatingBudget::new(Some(OperatingLimit::default()));
        let mut success = answer(470.0, 0.0);
        success.time.as_mut().unwrap().operating_reset_at = None;
        budget.record("crm.deal.list", &json!({}), &success, NOW);
        assert_eq!(delay(&budget, "crm.deal.list", NOW + 599_000.0), 6_616);
        assert_eq!(delay(&budget, "crm.deal.list", NOW + 600_000.0), 0);
    }

    #[test]
    fn a_batch_counts_its_commands_not_itself() {
        let budget = OperatingBudget::new(Some(OperatingLimit::default()));
        let params = json!({"halt": 0, "cmd": {
            "a": "crm.deal.list?start=0",
            "b": "user.get?ID=1",
        }});
        let success = Success {
            result: json!({
                "result": {"a": [], "b": []},
                "result_time": {
                    "a": {"operating": 478, "operating_reset_at": NOW / 1000.0 + 30.0},
                    "b": {"operating": 1, "operating_reset_at": NOW / 1000.0 + 30.0},
                },
            }),
            total: None,
            next: None,
            time: ResponseTime::from_value(&json!({"operating": 0})),
        };
        budget.record("batch", &params, &success, NOW);
        assert_eq!(delay(&budget, "crm.deal.list", NOW), 30_000);
        assert_eq!(delay(&budget, "user.get", NOW), 0);
        assert_eq!(delay(&budget, "batch", NOW), 0, "a batch without commands");
        assert_eq!(
            budget.delay_ms("batch", &params, NOW, 60_000),
            30_000,
            "a batch waits for its most used method"
        );
    }

    #[test]
    fn a_refusal_marks_the_method_spent_until_the_reset() {
        let budget = OperatingBudget::new(Some(OperatingLimit::default()));
        budget.exhaust("tasks.task.list", &json!({}), Some(NOW + 15_000.0), NOW);
        assert_eq!(delay(&budget, "tasks.task.list", NOW), 15_000);
        budget.exhaust("crm.item.list", &json!({}), None, NOW);
        assert_eq!(
            budget.delay_ms("crm.item.list", &json!({}), NOW, 60_000),
            60_000,
            "no reset time: a whole window, capped"
        );
    }

    #[test]
    fn without_a_limit_nothing_is_tracked() {
        let budget = OperatingBudget::new(None);
        budget.record("crm.deal.list", &json!({}), &answer(479.0, 60.0), NOW);
        budget.exhaust("crm.deal.list", &json!({}), None, NOW);
        assert_eq!(delay(&budget, "crm.deal.list", NOW), 0);
    }

    #[test]
    fn answers_without_operating_time_leave_no_trace() {
        let budget = OperatingBudget::new(Some(OperatingLimit::default()));
        let mut success = answer(0.0, 0.0);
        success.time = None;
        budget.record("crm.deal.list", &json!({}), &success, NOW);
        assert!(budget.methods.borrow().is_empty());
    }
}
