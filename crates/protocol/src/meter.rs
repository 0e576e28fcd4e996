//! The portal's two meters, as arithmetic both sides share: the leaky bucket of the request rate
//! limit and the per-method operating-time window (public docs:
//! <https://apidocs.bitrix24.com/limits.html>, "Request intensity limit" and "Operating time
//! limit").
//!
//! - [`LeakyBucket`]: the portal holds `burst` requests and drains `drain_per_sec` of them per
//!   second (cloud: 50 and 2); a request that does not fit is refused with `503
//!   QUERY_LIMIT_EXCEEDED` and not counted. The client reserves slots in the same bucket so it
//!   never earns that answer; the emulator and the fake portal take them. The arithmetic is in
//!   integers (one request is [`UNITS_PER_REQUEST`] units, a millisecond drains a thousandth of
//!   `drain_per_sec` requests), so every side agrees to the millisecond.
//! - [`OperatingMeter`]: each method may run for a limited time per ten minutes (cloud: 480 s),
//!   summed in one-minute baskets; `time.operating` reports the sum in the window and
//!   `time.operating_reset_at` when the oldest basket drops.

use std::collections::HashMap;

/// Units one request occupies in the bucket (a millionth of a request is the resolution, so a
/// drain of a thousandth of a request per second is still exact per millisecond).
pub const UNITS_PER_REQUEST: u64 = 1_000_000;

/// Size and drain rate of a leaky bucket, in whole requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests the bucket holds before it rejects (the portal's X).
    pub burst: u32,
    /// Requests drained per second (the portal's Y).
    pub drain_per_sec: u32,
}

impl RateLimit {
    /// Cloud plans: 50 requests, drains 2 per second.
    pub const fn cloud() -> Self {
        Self {
            burst: 50,
            drain_per_sec: 2,
        }
    }

    /// Enterprise plans: 250 requests, drains 5 per second.
    pub const fn enterprise() -> Self {
        Self {
            burst: 250,
            drain_per_sec: 5,
        }
    }

    /// Milliseconds the bucket needs to drain one request (500 ms on cloud plans).
    pub fn slot_ms(&self) -> u64 {
        UNITS_PER_REQUEST.div_ceil(self.drain_units_per_ms())
    }

    fn drain_units_per_ms(&self) -> u64 {
        u64::from(self.drain_per_sec.max(1)) * UNITS_PER_REQUEST / 1000
    }

    fn capacity_units(&self) -> u64 {
        u64::from(self.burst.max(1)) * UNITS_PER_REQUEST
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        Self::cloud()
    }
}

/// The bucket arithmetic, with no waiting: the client reserves slots ([`LeakyBucket::reserve`]),
/// the portal side takes or refuses them ([`LeakyBucket::try_take`]).
#[derive(Debug, Clone)]
pub struct LeakyBucket {
    limit: RateLimit,
    capacity: u64,
    drain_per_ms: u64,
    level: u64,
    last_ms: u64,
}

impl LeakyBucket {
    /// An empty bucket for `limit` (a zero burst or drain counts as one, so waits stay finite).
    pub fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            capacity: limit.capacity_units(),
            drain_per_ms: limit.drain_units_per_ms(),
            level: 0,
            last_ms: 0,
        }
    }

    /// An empty bucket with fractional settings, as the emulator's fault panel allows (`burst`
    /// 2.5 holds two requests; `drain_per_sec` 0.001 or 0 barely or never drains). Only for the
    /// portal side: [`LeakyBucket::reserve`] would wait forever on a bucket that never drains.
    /// [`LeakyBucket::limit`] reports the settings rounded to whole requests.
    pub fn fractional(burst: f64, drain_per_sec: f64) -> Self {
        let units = |requests: f64| (requests.max(0.0) * UNITS_PER_REQUEST as f64).round() as u64;
        Self {
            limit: RateLimit {
                burst: burst.max(0.0).round() as u32,
                drain_per_sec: drain_per_sec.max(0.0).round() as u32,
            },
            capacity: units(burst),
            drain_per_ms: units(drain_per_sec) / 1000,
            level: 0,
            last_ms: 0,
        }
    }

    /// The configured limit.
    pub fn limit(&self) -> RateLimit {
        self.limit
    }

    /// Requests currently in the bucket, including reservations not yet due.
    pub fn level(&self) -> f64 {
        self.level as f64 / UNITS_PER_REQUEST as f64
    }

    /// Lets the bucket drain up to `now_ms`. A clock that jumps backwards only moves the baseline.
    fn drain(&mut self, now_ms: u64) {
        if now_ms > self.last_ms {
            let drained = (now_ms - self.last_ms).saturating_mul(self.drain_per_ms);
            self.level = self.level.saturating_sub(drained);
        }
        self.last_ms = now_ms;
    }

    /// The portal's check: takes a slot if one is free now, else rejects (`false`) without counting.
    pub fn try_take(&mut self, now_ms: u64) -> bool {
        self.drain(now_ms);
        if self.level + UNITS_PER_REQUEST <= self.capacity {
            self.level += UNITS_PER_REQUEST;
            true
        } else {
            false
        }
    }

    /// The client's move: reserves the next slot and returns how long to wait before using it.
    pub fn reserve(&mut self, now_ms: u64) -> u64 {
        self.drain(now_ms);
        self.level = self.level.saturating_add(UNITS_PER_REQUEST);
        let excess = self.level.saturating_sub(self.capacity);
        excess.div_ceil(self.drain_per_ms.max(1))
    }

    /// Gives back a reservation that was never used (its caller went away while waiting).
    pub fn refund(&mut self) {
        self.level = self.level.saturating_sub(UNITS_PER_REQUEST);
    }

    /// Marks the bucket full: the portal said it is (someone else shares our quota).
    pub fn fill(&mut self, now_ms: u64) {
        self.drain(now_ms);
        self.level = self.level.max(self.capacity);
    }
}

/// The window the portal sums a method's operating time over: ten minutes.
pub const OPERATING_WINDOW_MS: u64 = 600_000;
/// The basket operating time is summed in: one minute.
pub const OPERATING_BASKET_MS: u64 = 60_000;
/// The cloud's operating-time limit per method and window: 480 s.
pub const OPERATING_LIMIT_MS: u64 = 480_000;

/// Per-method operating time in one-minute baskets over a ten-minute window, as the portal keeps
/// it. Times are Unix milliseconds.
#[derive(Debug, Clone, Default)]
pub struct OperatingMeter {
    /// Per method: (basket number, milliseconds of processing in it), oldest first.
    methods: HashMap<String, Vec<(u64, f64)>>,
}

/// The basket `now_ms` falls in.
fn basket(now_ms: f64) -> u64 {
    (now_ms.max(0.0) / OPERATING_BASKET_MS as f64) as u64
}

/// Whether basket `b` is still inside the window that ends in basket `current`.
fn live(b: u64, current: u64) -> bool {
    current.saturating_sub(b) * OPERATING_BASKET_MS < OPERATING_WINDOW_MS
}

impl OperatingMeter {
    /// Charges `ms` of processing to `method` at `now_ms`; old baskets drop out.
    pub fn record(&mut self, method: &str, ms: f64, now_ms: f64) {
        let current = basket(now_ms);
        let baskets = self.methods.entry(method.to_owned()).or_default();
        baskets.retain(|(b, _)| live(*b, current));
        match baskets.last_mut() {
            Some((b, used)) if *b == current => *used += ms,
            _ => baskets.push((current, ms)),
        }
    }

    /// Milliseconds `method` has used in the window at `now_ms` (`time.operating`, in ms).
    pub fn used_ms(&self, method: &str, now_ms: f64) -> f64 {
        self.live(method, now_ms).map(|(_, ms)| ms).sum()
    }

    /// When the oldest live basket of `method` drops out, Unix ms (`time.operating_reset_at`); a
    /// whole window from now when it has none.
    pub fn reset_at_ms(&self, method: &str, now_ms: f64) -> f64 {
        self.live(method, now_ms)
            .next()
            .map(|(b, _)| (b * OPERATING_BASKET_MS + OPERATING_WINDOW_MS) as f64)
            .unwrap_or(now_ms + OPERATING_WINDOW_MS as f64)
    }

    fn live(&self, method: &str, now_ms: f64) -> impl Iterator<Item = (u64, f64)> + '_ {
        let current = basket(now_ms);
        self.methods
            .get(method)
            .into_iter()
            .flatten()
            .filter(move |(b, _)| live(*b, current))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractional_buckets_hold_whole_requests_and_drain_slowly() {
        let mut bucket = LeakyBucket::fractional(2.5, 0.001);
        assert!(bucket.try_take(1_000) && bucket.try_take(1_000));
        assert!(!bucket.try_take(1_000), "2.5 holds two requests");
        assert!(!bucket.try_take(500_000), "half a request drained in 500 s");
        assert!(bucket.try_take(501_000));
        let mut never = LeakyBucket::fractional(1.0, 0.0);
        assert!(never.try_take(0));
        assert!(!never.try_take(u64::MAX / 2));
        assert_eq!(
            LeakyBucket::fractional(2.5, 2.0).limit(),
            RateLimit {
                burst: 3,
                drain_per_sec: 2
            }
        );
    }

    #[test]
    fn operating_time_sums_per_method_in_minute_baskets() {
        let mut meter = OperatingMeter::default();
        meter.record("crm.deal.list", 500.0, 6_000_000.0);
        meter.record("crm.deal.list", 250.0, 6_030_000.0);
        meter.record("user.get", 100.0, 6_030_000.0);
        assert_eq!(meter.used_ms("crm.deal.list", 6_030_000.0), 750.0);
        assert_eq!(meter.used_ms("user.get", 6_030_000.0), 100.0);
        assert_eq!(meter.reset_at_ms("crm.deal.list", 6_030_000.0), 6_600_000.0);
        meter.record("crm.deal.list", 1_000.0, 6_100_000.0);
        assert_eq!(meter.used_ms("crm.deal.list", 6_100_000.0), 1_750.0);
        // The first basket drops at 6 600 s; the second (from 6 060 s) stays until 6 660 s.
        assert_eq!(meter.used_ms("crm.deal.list", 6_600_000.0), 1_000.0);
        assert_eq!(meter.reset_at_ms("crm.deal.list", 6_600_000.0), 6_660_000.0);
        assert_eq!(meter.used_ms("crm.deal.list", 6_700_000.0), 0.0);
        assert_eq!(meter.reset_at_ms("nothing", 1_000.0), 601_000.0);
    }
}
