//! Run-time counters behind fault injection and the `time` block: the leaky bucket of the cloud rate
//! limit, the "every Nth request fails" counter and per-method operating time (the bucket and the
//! operating-time window are `protocol::meter`'s).
//!
//! They live in [`crate::faults::Faults::meter`] and restart whenever the fault configuration
//! changes, so a test that switches a fault on starts from a clean bucket and counter.

use crate::faults::FaultConfig;
use protocol::meter::{LeakyBucket, OperatingMeter};

/// Counters of the fake REST API. The bucket and the operating-time baskets are
/// `protocol::meter`'s, the arithmetic the client paces itself by.
#[derive(Debug, Default)]
pub struct Meter {
    /// The configuration the bucket and counter belong to.
    config: Option<FaultConfig>,
    /// The rate limit's leaky bucket, sized by the configuration (`None` until the first request).
    bucket: Option<LeakyBucket>,
    /// Requests counted for `fail_every`.
    counted: u64,
    /// Per-method operating time.
    operating: OperatingMeter,
}

impl Meter {
    /// Adopts `config`; a changed configuration empties the bucket and restarts the failure counter.
    pub fn sync(&mut self, config: &FaultConfig) {
        if self.config.as_ref() != Some(config) {
            self.config = Some(config.clone());
            self.bucket = None;
            self.counted = 0;
        }
    }

    /// One request through the leaky bucket (capacity `burst`, draining `drain_per_sec`): `false`
    /// when the bucket is full and the request must be refused. Refused requests don't fill it.
    pub fn admit(&mut self, config: &FaultConfig, now: f64) -> bool {
        self.bucket
            .get_or_insert_with(|| LeakyBucket::fractional(config.burst, config.drain_per_sec))
            .try_take(to_ms(now))
    }

    /// Counts one request for `fail_every`; `true` when this one is the Nth.
    pub fn should_fail(&mut self, config: &FaultConfig) -> bool {
        if config.fail_every == 0 {
            return false;
        }
        self.counted += 1;
        self.counted % u64::from(config.fail_every) == 0
    }

    /// Adds `seconds` of processing to `method` and returns (operating seconds in the window,
    /// `operating_reset_at`).
    pub fn record(&mut self, method: &str, seconds: f64, now: f64) -> (f64, i64) {
        self.operating
            .record(method, seconds * 1000.0, now * 1000.0);
        self.operating(method, now)
    }

    /// (operating seconds of `method` in the window, when its oldest basket drops out).
    pub fn operating(&self, method: &str, now: f64) -> (f64, i64) {
        let now_ms = now * 1000.0;
        (
            self.operating.used_ms(method, now_ms) / 1000.0,
            (self.operating.reset_at_ms(method, now_ms) / 1000.0) as i64,
        )
    }
}

/// Unix seconds as whole milliseconds (negative and non-finite times as 0).
fn to_ms(now: f64) -> u64 {
    if now.is_finite() && now > 0.0 {
        (now * 1000.0) as u64
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_holds_burst_then_drains() {
        let cfg = FaultConfig {
            rate_limit: true,
            burst: 3.0,
            drain_per_sec: 2.0,
            ..Default::default()
        };
        let mut m = Meter::default();
        m.sync(&cfg);
        let t = 1000.0;
        assert!(m.admit(&cfg, t) && m.admit(&cfg, t) && m.admit(&cfg, t));
        assert!(!m.admit(&cfg, t));
        assert!(!m.admit(&cfg, t + 0.1));
        assert!(
            m.admit(&cfg, t + 0.6),
            "one slot drained after half a second"
        );
        // A new configuration starts with an empty bucket.
        let cfg2 = FaultConfig { burst: 1.0, ..cfg };
        m.sync(&cfg2);
        assert!(m.admit(&cfg2, t + 0.6));
    }

    #[test]
    fn every_nth_fails_and_operating_accumulates_per_method() {
        let cfg = FaultConfig {
            fail_every: 3,
            ..Default::default()
        };
        let mut m = Meter::default();
        let fails: Vec<bool> = (0..6).map(|_| m.should_fail(&cfg)).collect();
        assert_eq!(fails, [false, false, true, false, false, true]);
        let (a, reset) = m.record("crm.deal.list", 0.5, 6000.0);
        let (b, _) = m.record("crm.deal.list", 0.25, 6030.0);
        let (other, _) = m.record("user.get", 0.1, 6030.0);
        assert_eq!((a, b, other), (0.5, 0.75, 0.1));
        assert_eq!(reset, 6000 + 600);
        assert_eq!(
            m.operating("crm.deal.list", 6000.0 + 700.0).0,
            0.0,
            "old baskets drop out"
        );
    }
}
