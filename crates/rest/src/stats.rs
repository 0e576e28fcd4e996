//! Counters a [`crate::Client`] keeps about its traffic: what the benchmark reports as "calls per
//! widget render" and what a test asserts on. Take [`crate::Client::stats`] before and after a piece
//! of work and subtract with [`ClientStats::since`].

use std::collections::BTreeMap;

/// What a client has sent and waited for since it was created (or since [`crate::Client::reset_stats`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientStats {
    /// [`crate::Transport::name`] of the client's transport (`bx24`, `fetch`, `fake`).
    pub transport: &'static str,
    /// Requests handed to the transport: every round trip, retries included.
    pub requests: u64,
    /// Of those, `batch` requests.
    pub batches: u64,
    /// Commands carried by those `batch` requests.
    pub batched_commands: u64,
    /// Requests repeated after a failure, by reason.
    pub retries: RetryCounts,
    /// Token refreshes started (concurrent callers share one).
    pub refreshes: u64,
    /// Attempts that hit their deadline.
    pub timeouts: u64,
    /// Calls that ended with [`crate::RestError::Cancelled`].
    pub cancelled: u64,
    /// Milliseconds spent waiting for the rate limiter, summed over requests.
    pub waited_ms: u64,
    /// Milliseconds spent in back-off sleeps before retries, summed over retries.
    pub backoff_ms: u64,
    /// Milliseconds calls were held back because their method neared its operating-time limit.
    pub operating_wait_ms: u64,
    /// Requests per REST method (`batch` counts as its own method), retries included.
    pub per_method: BTreeMap<String, u64>,
}

impl ClientStats {
    /// The difference `self - earlier`: the traffic of the work done between two snapshots.
    pub fn since(&self, earlier: &ClientStats) -> ClientStats {
        let mut per_method = self.per_method.clone();
        for (method, count) in &earlier.per_method {
            if let Some(now) = per_method.get_mut(method) {
                *now = now.saturating_sub(*count);
            }
        }
        per_method.retain(|_, count| *count > 0);
        ClientStats {
            transport: self.transport,
            requests: self.requests.saturating_sub(earlier.requests),
            batches: self.batches.saturating_sub(earlier.batches),
            batched_commands: self
                .batched_commands
                .saturating_sub(earlier.batched_commands),
            retries: self.retries.since(&earlier.retries),
            refreshes: self.refreshes.saturating_sub(earlier.refreshes),
            timeouts: self.timeouts.saturating_sub(earlier.timeouts),
            cancelled: self.cancelled.saturating_sub(earlier.cancelled),
            waited_ms: self.waited_ms.saturating_sub(earlier.waited_ms),
            backoff_ms: self.backoff_ms.saturating_sub(earlier.backoff_ms),
            operating_wait_ms: self
                .operating_wait_ms
                .saturating_sub(earlier.operating_wait_ms),
            per_method,
        }
    }
}

/// Retries by the reason that caused them (see [`crate::retry`] for the rules).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RetryCounts {
    /// After `503 QUERY_LIMIT_EXCEEDED`.
    pub rate_limited: u64,
    /// After `429 OPERATION_TIME_LIMIT` (or another 429).
    pub operation_time_limit: u64,
    /// After a 5xx answer or a 408.
    pub server_error: u64,
    /// After a network failure.
    pub network: u64,
    /// After a deadline passed.
    pub timeout: u64,
    /// After `expired_token` and a refresh.
    pub token_expired: u64,
}

impl RetryCounts {
    /// All retries.
    pub fn total(&self) -> u64 {
        self.rate_limited
            + self.operation_time_limit
            + self.server_error
            + self.network
            + self.timeout
            + self.token_expired
    }

    fn since(&self, earlier: &RetryCounts) -> RetryCounts {
        RetryCounts {
            rate_limited: self.rate_limited.saturating_sub(earlier.rate_limited),
            operation_time_limit: self
                .operation_time_limit
                .saturating_sub(earlier.operation_time_limit),
            server_error: self.server_error.saturating_sub(earlier.server_error),
            network: self.network.saturating_sub(earlier.network),
            timeout: self.timeout.saturating_sub(earlier.timeout),
            token_expired: self.token_expired.saturating_sub(earlier.token_expired),
        }
    }
}
