//! A client-side copy of the portal's leaky bucket, so the app waits instead of earning
//! `503 QUERY_LIMIT_EXCEEDED`.
//!
//! The portal counts requests per portal and source IP in a bucket that holds `burst` requests and
//! drains `drain_per_sec` of them per second; a request that does not fit is rejected. The client
//! keeps the same bucket, driven by [`Runtime`] time, and *reserves* a slot for every request before
//! sending it: a request that does not fit gets a start time in the future (the moment the bucket
//! has drained enough) and sleeps until then. Reservations queue in call order, so 500 concurrent
//! calls leave at exactly the pace the portal accepts. The arithmetic is `protocol::meter`'s, in
//! integers, so the client, the fake portal and the emulator agree to the millisecond.
//!
//! A `batch` counts as one request. Retries reserve again. Clone one [`crate::Client`] for every
//! widget of a page so they all share one bucket.

use crate::Runtime;
use std::cell::RefCell;

/// The bucket and its limits are the portal's arithmetic, shared with the emulator and the fake
/// portal (`protocol::meter`); only the waiting is the client's.
pub use protocol::meter::{LeakyBucket, RateLimit};

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
