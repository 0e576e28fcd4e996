//! When a failed request is sent again, and after how long.
//!
//! The rule of thumb: repeat what certainly did not run, and repeat what may have run only if running
//! it twice does no harm (a read).
//!
//! | failure | retried? | wait before the retry |
//! |---------|----------|-----------------------|
//! | `503 QUERY_LIMIT_EXCEEDED` ([`RestError::RateLimited`]) | any method, up to `max_retries` | one bucket slot (500 ms on cloud) × 1.5ⁿ; the limiter is marked full too |
//! | `429 OPERATION_TIME_LIMIT` or another 429 | any method, once | until `time.operating_reset_at` (capped, default ≤ 60 s); no hint → 10 s; the method's other calls are held back too ([`crate::operating`]) |
//! | other 503 (`OVERLOAD_LIMIT`, a proxy's 503), 408 | any method, up to `max_retries` | `backoff_ms` × 2ⁿ (1 s, 2 s, 4 s) |
//! | other 5xx (500, 502, 504, non-JSON 5xx) | reads only, up to `max_retries` | `backoff_ms` × 2ⁿ |
//! | network error | reads only, up to `max_retries` | `backoff_ms` × 2ⁿ |
//! | deadline passed ([`RestError::Timeout`]) | reads only, once | none (the deadline already waited) |
//! | `expired_token` | any method, once, after one token refresh | none |
//! | other 4xx, `invalid_token`, `PORTAL_DELETED`, bad JSON, `NoBx24`, cancelled | never | — |
//!
//! Writes are not repeated after a 5xx, a network error or a timeout: the portal may have executed
//! them, and a duplicated `crm.deal.add` is worse than an error the user sees. `n` counts the
//! back-off retries of one call (503, other 5xx, 408 and network errors share the budget).

use crate::{ClientConfig, RestError};
use serde_json::Value;

/// Why a request was repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryReason {
    /// `503 QUERY_LIMIT_EXCEEDED`.
    RateLimited,
    /// `429 OPERATION_TIME_LIMIT` or another 429.
    OperationTimeLimit,
    /// A 5xx answer or a 408.
    ServerError,
    /// A network failure.
    Network,
    /// The deadline passed.
    Timeout,
    /// `expired_token`, after a refresh.
    TokenExpired,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Send again after `after_ms`.
    Retry { after_ms: u64, reason: RetryReason },
    /// Refresh the token (or pick up a fresher one), then send again.
    RefreshThenRetry,
    /// Give the error to the caller.
    Fail,
}

/// Retries already spent by one call.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RetryBudget {
    backoffs: u32,
    waited_for_operating_limit: bool,
    retried_timeout: bool,
    refreshed: bool,
}

/// Decides what follows `error` and records the retry in `budget`.
pub(crate) fn decide(
    error: &RestError,
    budget: &mut RetryBudget,
    config: &ClientConfig,
    read_only: bool,
    now_ms: f64,
) -> Verdict {
    match error {
        RestError::RateLimited => {
            let after_ms = scale(config.rate.slot_ms(), 3, 2, budget.backoffs);
            backoff(budget, config, after_ms, RetryReason::RateLimited)
        }
        RestError::OperationTimeLimited { reset_at_ms } => {
            operating_limit(budget, config, *reset_at_ms, now_ms)
        }
        RestError::Portal { status: 429, .. } => operating_limit(budget, config, None, now_ms),
        RestError::Portal { code, .. } if code == "PORTAL_DELETED" => Verdict::Fail,
        RestError::Portal {
            status: 408 | 503, ..
        } => server_backoff(budget, config, RetryReason::ServerError),
        RestError::Portal {
            status: 500..=599, ..
        } if read_only => server_backoff(budget, config, RetryReason::ServerError),
        RestError::Network { .. } if read_only => {
            server_backoff(budget, config, RetryReason::Network)
        }
        RestError::Timeout { .. } if read_only && !budget.retried_timeout => {
            budget.retried_timeout = true;
            Verdict::Retry {
                after_ms: 0,
                reason: RetryReason::Timeout,
            }
        }
        RestError::TokenExpired if !budget.refreshed => {
            budget.refreshed = true;
            Verdict::RefreshThenRetry
        }
        _ => Verdict::Fail,
    }
}

fn operating_limit(
    budget: &mut RetryBudget,
    config: &ClientConfig,
    reset_at_ms: Option<f64>,
    now_ms: f64,
) -> Verdict {
    if budget.waited_for_operating_limit {
        return Verdict::Fail;
    }
    budget.waited_for_operating_limit = true;
    let cap = config.operation_limit_wait_cap_ms;
    let after_ms = match reset_at_ms {
        Some(reset) if reset.is_finite() => (reset - now_ms).clamp(0.0, cap as f64).ceil() as u64,
        _ => config.operation_limit_default_wait_ms.min(cap),
    };
    Verdict::Retry {
        after_ms,
        reason: RetryReason::OperationTimeLimit,
    }
}

fn server_backoff(budget: &mut RetryBudget, config: &ClientConfig, reason: RetryReason) -> Verdict {
    let after_ms = scale(config.backoff_ms, 2, 1, budget.backoffs);
    backoff(budget, config, after_ms, reason)
}

fn backoff(
    budget: &mut RetryBudget,
    config: &ClientConfig,
    after_ms: u64,
    reason: RetryReason,
) -> Verdict {
    if budget.backoffs >= config.max_retries {
        return Verdict::Fail;
    }
    budget.backoffs += 1;
    Verdict::Retry { after_ms, reason }
}

/// `base × (num/den)^n`, saturating.
fn scale(base: u64, num: u64, den: u64, n: u32) -> u64 {
    (0..n).fold(base, |value, _| value.saturating_mul(num) / den)
}

/// Methods that only read, recognised by name: `*.get`, `*.list`, `*.fields`, `*.getfields`,
/// `*.getlist`, `*.search`, a few well-known readers (`user.current`, `profile`, `app.info`,
/// `server.time`, `methods`, `scope`, `user.admin`, `user.access`, `access.name`, `feature.get`), and
/// a `batch` whose commands all are reads. Unknown methods count as writes.
pub fn is_read_only(method: &str, params: &Value) -> bool {
    const SUFFIXES: &[&str] = &[
        ".get",
        ".list",
        ".fields",
        ".getfields",
        ".getlist",
        ".search",
    ];
    const READERS: &[&str] = &[
        "user.current",
        "profile",
        "app.info",
        "server.time",
        "methods",
        "scope",
        "user.admin",
        "user.access",
        "access.name",
        "feature.get",
    ];
    let method = method.trim().to_ascii_lowercase();
    if method == "batch" {
        return batch_is_read_only(params);
    }
    READERS.contains(&method.as_str()) || SUFFIXES.iter().any(|suffix| method.ends_with(suffix))
}

fn batch_is_read_only(params: &Value) -> bool {
    let read_only = |command: &Value| {
        command.as_str().is_some_and(|text| {
            let method = text.split_once('?').map_or(text, |(method, _)| method);
            !method.trim().eq_ignore_ascii_case("batch") && is_read_only(method, &Value::Null)
        })
    };
    match params.get("cmd") {
        Some(Value::Object(commands)) => commands.values().all(read_only),
        Some(Value::Array(commands)) => commands.iter().all(read_only),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn portal(status: u16) -> RestError {
        RestError::Portal {
            code: "X".into(),
            description: String::new(),
            status,
        }
    }

    fn run(error: &RestError, read_only: bool) -> Vec<Verdict> {
        let config = ClientConfig::default();
        let mut budget = RetryBudget::default();
        let mut verdicts = Vec::new();
        loop {
            let verdict = decide(error, &mut budget, &config, read_only, 1_000_000.0);
            verdicts.push(verdict);
            if !matches!(verdict, Verdict::Retry { .. } | Verdict::RefreshThenRetry)
                || verdicts.len() > 10
            {
                return verdicts;
            }
        }
    }

    fn waits(verdicts: &[Verdict]) -> Vec<u64> {
        verdicts
            .iter()
            .filter_map(|v| {
                if let Verdict::Retry { after_ms, .. } = v {
                    Some(*after_ms)
                } else {
                    None
                }
            })
            .collect()
    }

    #[test]
    fn rate_limited_backs_off_from_one_slot_growing_by_half() {
        let verdicts = run(&RestError::RateLimited, false);
        assert_eq!(waits(&verdicts), [500, 750, 1125]);
        assert_eq!(verdicts.last(), Some(&Verdict::Fail));
    }

    #[test]
    fn server_errors_back_off_1_2_4_for_reads_only() {
        assert_eq!(waits(&run(&portal(500), true)), [1000, 2000, 4000]);
        assert_eq!(run(&portal(500), false), [Verdict::Fail]);
        assert_eq!(
            waits(&run(&portal(503), false)),
            [1000, 2000, 4000],
            "a 503 did not execute"
        );
        assert_eq!(waits(&run(&portal(408), false)), [1000, 2000, 4000]);
        assert_eq!(
            waits(&run(&RestError::network("x"), true)),
            [1000, 2000, 4000]
        );
        assert_eq!(run(&RestError::network("x"), false), [Verdict::Fail]);
        let deleted = RestError::Portal {
            code: "PORTAL_DELETED".into(),
            description: String::new(),
            status: 500,
        };
        assert_eq!(run(&deleted, true), [Verdict::Fail]);
    }

    #[test]
    fn operating_limit_waits_for_the_hint_once_capped() {
        let at = |reset: Option<f64>| {
            waits(&run(
                &RestError::OperationTimeLimited { reset_at_ms: reset },
                false,
            ))
        };
        assert_eq!(at(Some(1_012_500.0)), [12_500]);
        assert_eq!(at(Some(9e9)), [60_000]);
        assert_eq!(at(Some(0.0)), [0]);
        assert_eq!(at(None), [10_000]);
        assert_eq!(waits(&run(&portal(429), false)), [10_000]);
    }

    #[test]
    fn timeouts_once_for_reads_token_once_4xx_never() {
        let timeout = RestError::Timeout { after_ms: 1 };
        assert_eq!(waits(&run(&timeout, true)), [0]);
        assert_eq!(run(&timeout, false), [Verdict::Fail]);
        assert_eq!(
            run(&RestError::TokenExpired, false),
            [Verdict::RefreshThenRetry, Verdict::Fail]
        );
        for error in [
            portal(400),
            portal(403),
            portal(404),
            RestError::NoBx24,
            RestError::Cancelled,
            RestError::bad_json(""),
        ] {
            assert_eq!(run(&error, true), [Verdict::Fail], "{error:?}");
        }
        assert_eq!(
            run(
                &RestError::Unauthorized {
                    code: "invalid_token".into()
                },
                true
            ),
            [Verdict::Fail]
        );
    }

    #[test]
    fn recognises_reads() {
        for method in [
            "crm.deal.get",
            "CRM.ITEM.LIST",
            "crm.deal.fields",
            "user.current",
            "profile",
            "user.search",
        ] {
            assert!(is_read_only(method, &Value::Null), "{method}");
        }
        for method in [
            "crm.deal.add",
            "crm.deal.update",
            "crm.item.delete",
            "im.notify",
            "getter",
            "batch",
        ] {
            assert!(!is_read_only(method, &Value::Null), "{method}");
        }
        assert!(is_read_only(
            "batch",
            &json!({"halt": 0, "cmd": {"a": "crm.deal.get?id=1", "b": "user.current"}})
        ));
        assert!(is_read_only(
            "batch",
            &json!({"cmd": ["crm.deal.list?start=50"]})
        ));
        assert!(!is_read_only(
            "batch",
            &json!({"cmd": {"a": "crm.deal.get?id=1", "b": "crm.deal.add?fields[TITLE]=x"}})
        ));
        assert!(!is_read_only("batch", &json!({"cmd": {"a": 5}})));
    }
}
