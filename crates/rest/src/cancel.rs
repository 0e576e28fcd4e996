//! Cancellation for the calls of one widget: it creates a [`CancelToken`], makes its calls through
//! `client.with_cancel(&token)` and cancels the token on unmount. Pending calls then fail at once with
//! [`crate::RestError::Cancelled`] and their transport futures are dropped.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// A cancellation flag shared by clones. Single-threaded (`!Send`), like everything in the browser.
#[derive(Clone, Default)]
pub struct CancelToken {
    inner: Rc<Inner>,
}

#[derive(Default)]
struct Inner {
    cancelled: Cell<bool>,
    next_id: Cell<u64>,
    waiters: RefCell<Vec<(u64, Waker)>>,
}

impl CancelToken {
    /// A token that has not fired.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fires the token: every [`Self::cancelled`] future completes. Idempotent.
    pub fn cancel(&self) {
        if self.inner.cancelled.replace(true) {
            return;
        }
        let waiters = std::mem::take(&mut *self.inner.waiters.borrow_mut());
        for (_, waker) in waiters {
            waker.wake();
        }
    }

    /// Whether [`Self::cancel`] was called on this token or a clone.
    pub fn is_cancelled(&self) -> bool {
        self.inner.cancelled.get()
    }

    /// A future that completes when the token fires (at once if it already has).
    pub fn cancelled(&self) -> Cancelled {
        Cancelled {
            inner: self.inner.clone(),
            id: None,
        }
    }
}

impl fmt::Debug for CancelToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CancelToken")
            .field("cancelled", &self.is_cancelled())
            .finish()
    }
}

/// Completes when its [`CancelToken`] fires. Dropping it unregisters its waker.
pub struct Cancelled {
    inner: Rc<Inner>,
    id: Option<u64>,
}

impl Future for Cancelled {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.inner.cancelled.get() {
            return Poll::Ready(());
        }
        let id = match self.id {
            Some(id) => id,
            None => {
                let id = self.inner.next_id.get();
                self.inner.next_id.set(id + 1);
                self.id = Some(id);
                id
            }
        };
        let mut waiters = self.inner.waiters.borrow_mut();
        match waiters.iter_mut().find(|(waiter, _)| *waiter == id) {
            Some((_, waker)) => waker.clone_from(cx.waker()),
            None => waiters.push((id, cx.waker().clone())),
        }
        Poll::Pending
    }
}

impl Drop for Cancelled {
    fn drop(&mut self) {
        if let Some(id) = self.id {
            self.inner
                .waiters
                .borrow_mut()
                .retain(|(waiter, _)| *waiter != id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::FutureExt;

    #[test]
    fn fires_once_for_all_clones_and_cleans_up() {
        let token = CancelToken::new();
        let clone = token.clone();
        let mut first = token.cancelled();
        let mut second = clone.cancelled();
        assert!((&mut first).now_or_never().is_none());
        assert!((&mut second).now_or_never().is_none());
        assert_eq!(token.inner.waiters.borrow().len(), 2);
        drop(second);
        assert_eq!(token.inner.waiters.borrow().len(), 1);
        clone.cancel();
        clone.cancel();
        assert!(token.is_cancelled());
        assert_eq!(first.now_or_never(), Some(()));
        assert_eq!(token.cancelled().now_or_never(), Some(()));
    }
}
