//! Time, abstracted so the limiter, deadlines and retries run on a virtual clock in native tests and on
//! `Date.now()` + `setTimeout` in the browser.

use futures::future::LocalBoxFuture;

/// Clock and timer of the environment the client runs in.
pub trait Runtime {
    /// Wall-clock time as unix milliseconds (compared with token expiry and `operating_reset_at`).
    fn now_ms(&self) -> f64;
    /// A future that completes after `ms` milliseconds.
    fn sleep(&self, ms: u64) -> LocalBoxFuture<'static, ()>;
}

/// A shared runtime is a runtime (one clock for several clients).
impl<R: Runtime + ?Sized> Runtime for std::rc::Rc<R> {
    fn now_ms(&self) -> f64 {
        (**self).now_ms()
    }

    fn sleep(&self, ms: u64) -> LocalBoxFuture<'static, ()> {
        (**self).sleep(ms)
    }
}

/// A boxed runtime is a runtime (`Box<dyn Runtime>`).
impl<R: Runtime + ?Sized> Runtime for Box<R> {
    fn now_ms(&self) -> f64 {
        (**self).now_ms()
    }

    fn sleep(&self, ms: u64) -> LocalBoxFuture<'static, ()> {
        (**self).sleep(ms)
    }
}
