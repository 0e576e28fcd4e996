//! The REST client: one call path for every transport, with a rate limiter, a deadline per attempt,
//! retries, token refresh and cancellation.
//!
//! Every request goes: token (refresh if due) → limiter slot → operating-time pacing of its
//! method(s) → transport, raced against the deadline → envelope → on failure, [`crate::retry`]
//! decides. Clone the client freely: clones share the limiter, the operating-time budget, the token
//! refresh and the statistics, so one client per page keeps all widgets inside the portal's limits.

use crate::auth::TokenKeeper;
use crate::batch::{Batch, BatchChunk, BatchResults};
use crate::cancel::CancelToken;
use crate::envelope::{self, Success};
use crate::limiter::{Limiter, RateLimit};
use crate::operating::{OperatingBudget, OperatingLimit};
use crate::retry::{self, RetryBudget, RetryReason, Verdict};
use crate::stats::ClientStats;
use crate::{AccessToken, AuthSource, RestError, RestRequest, Runtime, Transport, TransportError};
use futures::future::{self, Either};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Borrow;
use std::cell::RefCell;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;

/// How the client paces, times out and retries.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    /// The portal's leaky bucket to stay inside (cloud: 50 / 2 per s).
    pub rate: RateLimit,
    /// The operating-time limit per method to stay under (see [`crate::operating`]); `None` for
    /// portals without it (self-hosted by default).
    pub operating: Option<OperatingLimit>,
    /// Deadline of one attempt, from handing the request to the transport to its answer.
    pub timeout_ms: u64,
    /// Back-off retries per call (503, 5xx, 408, network), see [`crate::retry`].
    pub max_retries: u32,
    /// Refresh a token this long before it expires (transports that do not attach auth themselves).
    pub refresh_margin_ms: u64,
    /// First back-off after a 5xx or network error; doubles per retry.
    pub backoff_ms: u64,
    /// Longest wait for `operating_reset_at` after `OPERATION_TIME_LIMIT`.
    pub operation_limit_wait_cap_ms: u64,
    /// Wait after `OPERATION_TIME_LIMIT` when the portal gave no reset time.
    pub operation_limit_default_wait_ms: u64,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            rate: RateLimit::cloud(),
            operating: Some(OperatingLimit::default()),
            timeout_ms: 20_000,
            max_retries: 3,
            refresh_margin_ms: 60_000,
            backoff_ms: 1_000,
            operation_limit_wait_cap_ms: 60_000,
            operation_limit_default_wait_ms: 10_000,
        }
    }
}

/// A Bitrix24 REST client over a [`Transport`] and a [`Runtime`]. Cheap to clone (an `Rc`).
pub struct Client<T: Transport, R: Runtime> {
    inner: Rc<Inner<T, R>>,
    cancel: Option<CancelToken>,
}

struct Inner<T, R> {
    transport: T,
    runtime: R,
    config: ClientConfig,
    limiter: Limiter,
    operating: OperatingBudget,
    tokens: TokenKeeper,
    stats: RefCell<ClientStats>,
}

impl<T: Transport, R: Runtime> Clone for Client<T, R> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            cancel: self.cancel.clone(),
        }
    }
}

impl<T: Transport, R: Runtime> Client<T, R> {
    /// A client with an empty rate-limit bucket and no auth source.
    pub fn new(transport: T, runtime: R, config: ClientConfig) -> Self {
        let stats = ClientStats {
            transport: transport.name(),
            ..ClientStats::default()
        };
        let limiter = Limiter::new(config.rate);
        let operating = OperatingBudget::new(config.operating);
        let inner = Inner {
            transport,
            runtime,
            config,
            limiter,
            operating,
            tokens: TokenKeeper::default(),
            stats: RefCell::new(stats),
        };
        Self {
            inner: Rc::new(inner),
            cancel: None,
        }
    }

    /// Sets where tokens come from (for every clone of this client). Without one, requests carry no
    /// `auth` and `expired_token` is final.
    pub fn with_auth(self, source: Rc<dyn AuthSource>) -> Self {
        self.inner.tokens.set_source(source);
        self
    }

    /// A clone whose calls fail with [`RestError::Cancelled`] as soon as `token` fires, dropping the
    /// request in flight. Everything else (limiter, tokens, stats) stays shared. Takes the token by
    /// value or by reference.
    pub fn with_cancel(&self, token: impl Borrow<CancelToken>) -> Self {
        Self {
            inner: self.inner.clone(),
            cancel: Some(token.borrow().clone()),
        }
    }

    /// The configuration the client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The transport.
    pub fn transport(&self) -> &T {
        &self.inner.transport
    }

    /// The runtime.
    pub fn runtime(&self) -> &R {
        &self.inner.runtime
    }

    /// A snapshot of the traffic counters.
    pub fn stats(&self) -> ClientStats {
        self.inner.stats.borrow().clone()
    }

    /// Sets the traffic counters back to zero.
    pub fn reset_stats(&self) {
        let transport = self.inner.transport.name();
        *self.inner.stats.borrow_mut() = ClientStats {
            transport,
            ..ClientStats::default()
        };
    }

    /// Calls `method` and deserialises its `result`.
    pub async fn call<O: DeserializeOwned>(
        &self,
        method: &str,
        params: impl Serialize,
    ) -> Result<O, RestError> {
        self.call_envelope(method, params)
            .await?
            .into_result(method)
    }

    /// Calls `method` and returns the whole envelope: `result`, `total`, `next`, `time`.
    pub async fn call_envelope(
        &self,
        method: &str,
        params: impl Serialize,
    ) -> Result<Success, RestError> {
        let params = serde_json::to_value(params).map_err(|error| {
            RestError::decode(&format!("{method}: parameters do not serialise"), error)
        })?;
        self.guarded(self.execute(method, params)).await
    }

    /// Sends a [`Batch`] (in chunks of at most 50 commands, see [`crate::batch`]) and collects the
    /// results by command name. A failure of a whole `batch` request fails the call; failures of single
    /// commands are in the [`BatchResults`]. An empty batch sends nothing.
    pub async fn batch(&self, batch: Batch) -> Result<BatchResults, RestError> {
        self.guarded(self.run_batch(batch)).await
    }

    async fn run_batch(&self, batch: Batch) -> Result<BatchResults, RestError> {
        let chunks = batch.plan()?;
        let mut results = BatchResults::new(batch.names());
        if batch.halts() {
            for chunk in chunks {
                let answer = self.send_chunk(chunk).await?;
                results.absorb(&answer.result, answer.time)?;
                if results.has_errors() {
                    break;
                }
            }
        } else {
            let answers =
                future::try_join_all(chunks.into_iter().map(|chunk| self.send_chunk(chunk)))
                    .await?;
            for answer in answers {
                results.absorb(&answer.result, answer.time)?;
            }
        }
        Ok(results)
    }

    async fn send_chunk(&self, chunk: BatchChunk) -> Result<Success, RestError> {
        self.inner.stats.borrow_mut().batched_commands += chunk.names.len() as u64;
        self.execute("batch", chunk.params).await
    }

    /// Runs `work` unless this client's cancel token fires first.
    pub(crate) async fn guarded<O>(
        &self,
        work: impl Future<Output = Result<O, RestError>>,
    ) -> Result<O, RestError> {
        let Some(token) = &self.cancel else {
            return work.await;
        };
        if token.is_cancelled() {
            self.inner.stats.borrow_mut().cancelled += 1;
            return Err(RestError::Cancelled);
        }
        match future::select(pin!(work), token.cancelled()).await {
            Either::Left((result, _)) => result,
            Either::Right(_) => {
                self.inner.stats.borrow_mut().cancelled += 1;
                Err(RestError::Cancelled)
            }
        }
    }

    /// One call with its retries (not cancellable by itself: see [`Self::guarded`]).
    pub(crate) async fn execute(&self, method: &str, params: Value) -> Result<Success, RestError> {
        let inner = &*self.inner;
        let config = &inner.config;
        let proactive = !inner.transport.attaches_auth();
        let read_only = retry::is_read_only(method, &params);
        let mut budget = RetryBudget::default();
        // After waiting out an OPERATION_TIME_LIMIT the retry goes without pacing: the wait was
        // the pacing, and its cap must not be served twice.
        let mut pace = true;
        loop {
            let credentials = inner
                .tokens
                .credentials(
                    &inner.runtime,
                    proactive,
                    config.refresh_margin_ms,
                    config.timeout_ms,
                    || inner.count_refresh(),
                )
                .await?;
            let error = match self
                .attempt(method, &params, credentials.attach.clone(), pace)
                .await
            {
                Ok(success) => return Ok(success),
                Err(error) => error,
            };
            if let RestError::OperationTimeLimited { reset_at_ms } = &error {
                let now_ms = inner.runtime.now_ms();
                inner
                    .operating
                    .exhaust(method, &params, *reset_at_ms, now_ms);
            }
            match retry::decide(
                &error,
                &mut budget,
                config,
                read_only,
                inner.runtime.now_ms(),
            ) {
                Verdict::Fail => return Err(error),
                Verdict::Retry { after_ms, reason } => {
                    pace = reason != RetryReason::OperationTimeLimit;
                    if reason == RetryReason::RateLimited {
                        inner.limiter.saturate(&inner.runtime);
                    }
                    inner.count_retry(reason, after_ms);
                    if after_ms > 0 {
                        inner.runtime.sleep(after_ms).await;
                    }
                }
                Verdict::RefreshThenRetry => {
                    if !inner.tokens.has_source() {
                        return Err(error);
                    }
                    inner
                        .tokens
                        .renew_after_expiry(
                            &inner.runtime,
                            &credentials.seen,
                            config.timeout_ms,
                            || inner.count_refresh(),
                        )
                        .await?;
                    inner.count_retry(RetryReason::TokenExpired, 0);
                }
            }
        }
    }

    /// One request: limiter slot, operating-time pacing (unless `pace` is off), then the transport
    /// raced against the deadline.
    async fn attempt(
        &self,
        method: &str,
        params: &Value,
        auth: Option<AccessToken>,
        pace: bool,
    ) -> Result<Success, RestError> {
        let inner = &*self.inner;
        let waited_ms = inner.limiter.acquire(&inner.runtime).await;
        // Paced after the limiter, so that a call queued there decides on the latest reports. Sending
        // later than the limiter slot only leaves the portal's bucket emptier than counted.
        let gates = inner
            .operating
            .heavy_gates(method, params, inner.runtime.now_ms());
        let mut _one_at_a_time = Vec::with_capacity(gates.len());
        for gate in &gates {
            _one_at_a_time.push(gate.lock().await);
        }
        let paced_ms = if pace {
            inner.operating.delay_ms(
                method,
                params,
                inner.runtime.now_ms(),
                inner.config.operation_limit_wait_cap_ms,
            )
        } else {
            0
        };
        if paced_ms > 0 {
            inner.stats.borrow_mut().operating_wait_ms += paced_ms;
            inner.runtime.sleep(paced_ms).await;
        }
        inner.count_request(method, waited_ms);
        let request = RestRequest {
            method: method.to_owned(),
            params: params.clone(),
            auth,
        };
        let timeout_ms = inner.config.timeout_ms;
        match future::select(
            inner.transport.send(request),
            inner.runtime.sleep(timeout_ms),
        )
        .await
        {
            Either::Left((Ok(raw), _)) => {
                let success = envelope::parse(&raw)?;
                let now_ms = inner.runtime.now_ms();
                inner.operating.record(method, params, &success, now_ms);
                Ok(success)
            }
            Either::Left((Err(TransportError::Network(source)), _)) => Err(RestError::Network {
                message: source.to_string(),
                source: Some(source.into()),
            }),
            Either::Left((Err(TransportError::NoBx24), _)) => Err(RestError::NoBx24),
            Either::Right(((), abandoned)) => {
                drop(abandoned);
                inner.stats.borrow_mut().timeouts += 1;
                Err(RestError::Timeout {
                    after_ms: timeout_ms,
                })
            }
        }
    }
}

impl<T: Transport, R: Runtime> Inner<T, R> {
    fn count_request(&self, method: &str, waited_ms: u64) {
        let mut stats = self.stats.borrow_mut();
        stats.requests += 1;
        stats.waited_ms += waited_ms;
        if method == "batch" {
            stats.batches += 1;
        }
        *stats.per_method.entry(method.to_owned()).or_default() += 1;
    }

    fn count_retry(&self, reason: RetryReason, backoff_ms: u64) {
        let mut stats = self.stats.borrow_mut();
        stats.backoff_ms += backoff_ms;
        let counter = match reason {
            RetryReason::RateLimited => &mut stats.retries.rate_limited,
            RetryReason::OperationTimeLimit => &mut stats.retries.operation_time_limit,
            RetryReason::ServerError => &mut stats.retries.server_error,
            RetryReason::Network => &mut stats.retries.network,
            RetryReason::Timeout => &mut stats.retries.timeout,
            RetryReason::TokenExpired => &mut stats.retries.token_expired,
        };
        *counter += 1;
    }

    fn count_refresh(&self) {
        self.stats.borrow_mut().refreshes += 1;
    }
}
