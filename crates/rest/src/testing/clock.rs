//! A virtual clock that is also a tiny executor: [`VirtualClock::run`] polls a future until it is
//! stuck, then jumps time to the next timer. Tests of minutes of rate limiting finish in milliseconds,
//! and the same inputs always give the same schedule.

use crate::Runtime;
use futures::future::LocalBoxFuture;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::{pin, Pin};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

/// Unix time (ms) at which every virtual clock starts: 2023-11-14T22:13:20Z.
pub const EPOCH_MS: f64 = 1_700_000_000_000.0;

/// Default bound on the virtual time one [`VirtualClock::run`] may take: a day.
const DEFAULT_RUN_LIMIT_MS: u64 = 24 * 3600 * 1000;

/// A [`Runtime`] whose time only moves when the executor has nothing else to do. Clones share time.
#[derive(Clone)]
pub struct VirtualClock {
    inner: Rc<ClockInner>,
}

struct ClockInner {
    now: Cell<u64>,
    next_seq: Cell<u64>,
    timers: RefCell<BTreeMap<(u64, u64), Option<Waker>>>,
    run_limit_ms: Cell<u64>,
}

impl Default for VirtualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl VirtualClock {
    /// A clock at [`EPOCH_MS`] with no timers.
    pub fn new() -> Self {
        Self {
            inner: Rc::new(ClockInner {
                now: Cell::new(0),
                next_seq: Cell::new(0),
                timers: RefCell::new(BTreeMap::new()),
                run_limit_ms: Cell::new(DEFAULT_RUN_LIMIT_MS),
            }),
        }
    }

    /// Virtual milliseconds since the clock was created.
    pub fn elapsed_ms(&self) -> u64 {
        self.inner.now.get()
    }

    /// Timers that are registered and not yet due.
    pub fn pending_timers(&self) -> usize {
        self.inner.timers.borrow().len()
    }

    /// Bounds the virtual time one [`Self::run`] may take; beyond it `run` panics (a test that pages
    /// forever fails instead of spinning).
    pub fn set_run_limit_ms(&self, limit_ms: u64) {
        self.inner.run_limit_ms.set(limit_ms);
    }

    /// Moves time forward by `ms`, waking the timers that fall due.
    pub fn advance(&self, ms: u64) {
        self.advance_to(self.inner.now.get().saturating_add(ms));
    }

    fn advance_to(&self, at: u64) {
        if at > self.inner.now.get() {
            self.inner.now.set(at);
        }
        let due: Vec<Waker> = {
            let mut timers = self.inner.timers.borrow_mut();
            let later = timers.split_off(&(at.saturating_add(1), 0));
            let due = std::mem::replace(&mut *timers, later);
            due.into_values().flatten().collect()
        };
        for waker in due {
            waker.wake();
        }
    }

    /// Runs `future` to completion on virtual time: polls it while it makes progress, otherwise
    /// jumps to the earliest timer.
    ///
    /// # Panics
    /// When the future waits with no timer left (it can never finish) or needs more virtual time than
    /// the run limit: both mean the code under test hangs.
    pub fn run<F: Future>(&self, future: F) -> F::Output {
        let flag = Arc::new(WakeFlag(AtomicBool::new(true)));
        let waker = Waker::from(flag.clone());
        let mut cx = Context::from_waker(&waker);
        let mut future = pin!(future);
        let limit = self
            .inner
            .now
            .get()
            .saturating_add(self.inner.run_limit_ms.get());
        loop {
            if flag.0.swap(false, Ordering::SeqCst) {
                if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
                    return output;
                }
                continue;
            }
            let next = self.inner.timers.borrow().keys().next().map(|(at, _)| *at);
            match next {
                None => panic!("deadlock: the future is waiting and no timer is pending (it would hang forever)"),
                Some(at) if at > limit => panic!("the future needs more than {} ms of virtual time", self.inner.run_limit_ms.get()),
                Some(at) => self.advance_to(at),
            }
        }
    }
}

impl Runtime for VirtualClock {
    fn now_ms(&self) -> f64 {
        EPOCH_MS + self.inner.now.get() as f64
    }

    fn sleep(&self, ms: u64) -> LocalBoxFuture<'static, ()> {
        let deadline = self.inner.now.get().saturating_add(ms);
        Box::pin(Sleep {
            clock: self.inner.clone(),
            deadline,
            key: None,
        })
    }
}

struct WakeFlag(AtomicBool);

impl Wake for WakeFlag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

struct Sleep {
    clock: Rc<ClockInner>,
    deadline: u64,
    key: Option<(u64, u64)>,
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.clock.now.get() >= self.deadline {
            if let Some(key) = self.key.take() {
                self.clock.timers.borrow_mut().remove(&key);
            }
            return Poll::Ready(());
        }
        let key = match self.key {
            Some(key) => key,
            None => {
                let seq = self.clock.next_seq.get();
                self.clock.next_seq.set(seq + 1);
                let key = (self.deadline, seq);
                self.key = Some(key);
                key
            }
        };
        self.clock
            .timers
            .borrow_mut()
            .insert(key, Some(cx.waker().clone()));
        Poll::Pending
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(key) = self.key {
            self.clock.timers.borrow_mut().remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::future::join;

    #[test]
    fn jumps_to_timers_in_order_and_forgets_dropped_ones() {
        let clock = VirtualClock::new();
        let (a, b) = clock.run(async {
            let slow = clock.sleep(60_000);
            drop(slow);
            join(
                async {
                    clock.sleep(300).await;
                    clock.elapsed_ms()
                },
                async {
                    clock.sleep(100).await;
                    clock.sleep(100).await;
                    clock.elapsed_ms()
                },
            )
            .await
        });
        assert_eq!((a, b), (300, 200));
        assert_eq!(
            clock.elapsed_ms(),
            300,
            "the dropped 60 s timer did not move time"
        );
        assert_eq!(clock.pending_timers(), 0);
        assert_eq!(clock.now_ms(), EPOCH_MS + 300.0);
    }

    #[test]
    #[should_panic(expected = "deadlock")]
    fn a_future_that_can_never_finish_is_reported() {
        VirtualClock::new().run(futures::future::pending::<()>());
    }

    #[test]
    #[should_panic(expected = "virtual time")]
    fn endless_sleeping_hits_the_run_limit() {
        let clock = VirtualClock::new();
        clock.set_run_limit_ms(10_000);
        clock.run(async {
            loop {
                clock.sleep(1_000).await;
            }
        });
    }
}
