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
