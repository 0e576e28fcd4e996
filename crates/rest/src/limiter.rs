//! A client-side copy of the portal's leaky bucket, so the app waits instead of earning
//! `503 QUERY_LIMIT_EXCEEDED`.
//!
//! The portal counts requests per portal and source IP in a bucket that holds `burst` requests and
//! drains `drain_per_sec` of them per second; a request that does not fit is rejected. The client
//! keeps the same bucket, driven by [`Runtime`] time, and *reserves* a slot for every request before
//! sending it: a request that does not fit gets a start time in the future (the moment the bucket
//! has drained enough) and sleeps until then. Reservations queue in call order, so 500 concurrent
//! calls leave at exactly the pace the portal accepts. The arithmetic is in integers (one request =
//! 1000 units, 1 ms drains `drain_per_sec` units), so the client and a fake portal using
//! [`LeakyBucket`] agree to the millisecond.
//!
//! A `batch` counts as one request. Retries reserve again. Clone one [`crate::Client`] for every
//! widget of a page so they all share one bucket.

use crate::Runtime;
use std::cell::RefCell;

/// Units one request occupies in the bucket.
const UNITS_PER_REQUEST: u64 = 1000;

/// Size and drain rate of a leaky bucket.
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
        u64::from(self.drain_per_sec.max(1))
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

/// The bucket arithmetic, with no waiting: shared by the client's [`Limiter`] and the fake portal.
#[derive(Debug, Clone)]
pub struct LeakyBucket {
    limit: RateLimit,
    level: u64,
    last_ms: u64,
}

impl LeakyBucket {
    /// An empty bucket.
    pub fn new(limit: RateLimit) -> Self {
        Self {
            limit,
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
            let drained = (now_ms - self.last_ms).saturating_mul(self.limit.drain_units_per_ms());
            self.level = self.level.saturating_sub(drained);
        }
        self.last_ms = now_ms;
    }

    /// The portal's check: takes a slot if one is free now, else rejects (`false`) without counting.
    pub fn try_take(&mut self, now_ms: u64) -> bool {
        self.drain(now_ms);
        if self.level + UNITS_PER_REQUEST <= self.limit.capacity_units() {
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
        let excess = self.level.saturating_sub(self.limit.capacity_units());
        excess.div_ceil(self.limit.drain_units_per_ms())
    }

    /// Gives back a reservation that was never used (its caller went away while waiting).
    pub fn refund(&mut self) {
        self.level = self.level.saturating_sub(UNITS_PER_REQUEST);
    }

    /// Marks the bucket full: the portal said it is (someone else shares our quota).
    pub fn fill(&mut self, now_ms: u64) {
        self.drain(now_ms);
        self.level = self.level.max(self.limit.capacity_units());
    }
}

/// The client's limiter: a [`LeakyBucket`] whose slots are awaited on a [`Runtime`].
#[derive(Debug)]
pub struct Limiter {
    bucket: RefCell<LeakyBucket>,
}

impl Limiter {
    /// A limiter with an empty bucket.
    pub fn new(limit: RateLimit) -> Self {
        Self {
            bucket: RefCell::new(LeakyBucket::new(limit)),
        }
    }

    /// Waits until a request may be sent and takes its slot; returns the milliseconds waited.
    /// Dropping the future while it waits gives the slot back.
    pub async fn acquire<R: Runtime + ?Sized>(&self, runtime: &R) -> u64 {
        let wait_ms = self.bucket.borrow_mut().reserve(now_u64(runtime));
        if wait_ms > 0 {
            let mut guard = RefundOnDrop {
                limiter: self,
                armed: true,
            };
            runtime.sleep(wait_ms).await;
            guard.armed = false;
        }
        wait_ms
    }

    /// Marks the bucket full after the portal answered `QUERY_LIMIT_EXCEEDED`.
    pub fn saturate<R: Runtime + ?Sized>(&self, runtime: &R) {
        self.bucket.borrow_mut().fill(now_u64(runtime));
    }

    /// Requests currently in the bucket (for diagnostics).
    pub fn level(&self) -> f64 {
        self.bucket.borrow().level()
    }
}

struct RefundOnDrop<'a> {
    limiter: &'a Limiter,
    armed: bool,
}

impl Drop for RefundOnDrop<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.limiter.bucket.borrow_mut().refund();
        }
    }
}

/// Runtime time as whole milliseconds (fractions are dropped: draining less is the safe side).
pub(crate) fn now_u64<R: Runtime + ?Sized>(runtime: &R) -> u64 {
    let now = runtime.now_ms();
    if now.is_finite() && now > 0.0 {
        now as u64
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_one_slot_per_drain_interval() {
        let mut bucket = LeakyBucket::new(RateLimit::cloud());
        let waits: Vec<u64> = (0..53).map(|_| bucket.reserve(1_000)).collect();
        assert!(waits[..50].iter().all(|w| *w == 0));
        assert_eq!(&waits[50..], &[500, 1000, 1500]);
    }

    #[test]
    fn reservations_are_exactly_what_the_portal_accepts() {
        let latency = 80;
        let mut client = LeakyBucket::new(RateLimit::cloud());
        let mut portal = LeakyBucket::new(RateLimit::cloud());
        for i in 0..300u64 {
            let now = i * 7;
            let arrival = now + client.reserve(now) + latency;
            if arrival > now + latency {
                assert!(
                    !portal.clone().try_take(arrival - 1),
                    "request {i} could have left a millisecond earlier"
                );
            }
            assert!(portal.try_take(arrival), "request {i} rejected");
        }
    }

    #[test]
    fn portal_rejects_without_counting_and_drains() {
        let mut portal = LeakyBucket::new(RateLimit {
            burst: 2,
            drain_per_sec: 2,
        });
        assert!(portal.try_take(0) && portal.try_take(0));
        assert!(!portal.try_take(0));
        assert!(!portal.try_take(499));
        assert!(portal.try_take(500));
        assert_eq!(portal.level(), 2.0);
    }

    #[test]
    fn refund_fill_and_backwards_clock() {
        let mut bucket = LeakyBucket::new(RateLimit::cloud());
        bucket.fill(5_000);
        assert_eq!(bucket.reserve(5_000), 500);
        bucket.refund();
        assert_eq!(bucket.reserve(5_000), 500);
        assert_eq!(
            bucket.reserve(1_000),
            1000,
            "a clock jump backwards drains nothing"
        );
        assert_eq!(RateLimit::enterprise().slot_ms(), 200);
        assert_eq!(
            RateLimit {
                burst: 0,
                drain_per_sec: 0
            }
            .slot_ms(),
            1000
        );
    }
}
