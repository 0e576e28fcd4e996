//! Access tokens for requests: proactive refresh before expiry, reactive refresh after
//! `expired_token`, and one shared refresh for all the calls that need it at the same moment.
//!
//! - Proactive: only for transports that do not attach the token themselves
//!   ([`crate::Transport::attaches_auth`] is `false`, e.g. direct `fetch`): a token that expires within
//!   `refresh_margin_ms` is refreshed before the request. If that refresh fails while the old token is
//!   still valid, the old one is used.
//! - Reactive: for every transport, an `expired_token` answer leads to one refresh and one retry of the
//!   call; a second `expired_token` is [`RestError::TokenExpired`]. When another call has already
//!   refreshed in the meantime (the current token differs from the one that was sent), the call is
//!   retried with the new token and no second refresh happens.
//! - Coalescing: the refresh in flight is a shared future; every caller that needs a refresh while it
//!   runs awaits the same one. It has its own deadline (the client's `timeout_ms`) so a refresh that is
//!   never answered cannot hang the calls waiting for it.
//! - Tokens are never formatted: [`crate::AccessToken`] redacts itself and no error carries one.

use crate::{AccessToken, AuthSource, RestError, Runtime};
use futures::future::{self, Either, LocalBoxFuture, Shared};
use futures::FutureExt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type RefreshFuture = Shared<LocalBoxFuture<'static, Result<AccessToken, RestError>>>;

/// Holds the auth source and the refresh in flight.
#[derive(Default)]
pub(crate) struct TokenKeeper {
    source: RefCell<Option<Rc<dyn AuthSource>>>,
    in_flight: RefCell<Option<(u64, RefreshFuture)>>,
    generation: Cell<u64>,
}

/// The token situation of one attempt.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    /// Token to put into the request (`None` when the transport attaches its own or there is no source).
    pub attach: Option<AccessToken>,
    /// The token that was current when the request left: compared after `expired_token`.
    pub seen: Option<AccessToken>,
}

impl TokenKeeper {
    pub fn set_source(&self, source: Rc<dyn AuthSource>) {
        *self.source.borrow_mut() = Some(source);
    }

    pub fn has_source(&self) -> bool {
        self.source.borrow().is_some()
    }

    fn source(&self) -> Option<Rc<dyn AuthSource>> {
        self.source.borrow().clone()
    }

    /// The credentials for the next attempt, refreshing first when `proactive` and the token is
    /// missing or expires within `margin_ms`. `on_refresh` is called when a new refresh starts.
    pub async fn credentials<R: Runtime + ?Sized>(
        &self,
        runtime: &R,
        proactive: bool,
        margin_ms: u64,
        timeout_ms: u64,
        on_refresh: impl FnOnce(),
    ) -> Result<Credentials, RestError> {
        let Some(source) = self.source() else {
            return Ok(Credentials::default());
        };
        let current = source.current();
        if !proactive {
            return Ok(Credentials {
                attach: None,
                seen: current,
            });
        }
        let now = runtime.now_ms();
        if let Some(token) = current
            .as_ref()
            .filter(|token| token.expires_at_ms - now > margin_ms as f64)
        {
            return Ok(Credentials {
                attach: Some(token.clone()),
                seen: Some(token.clone()),
            });
        }
        match self.refresh(runtime, timeout_ms, on_refresh).await {
            Ok(token) => Ok(Credentials {
                attach: Some(token.clone()),
                seen: Some(token),
            }),
            Err(error) => match current.filter(|token| token.expires_at_ms > runtime.now_ms()) {
                Some(still_valid) => Ok(Credentials {
                    attach: Some(still_valid.clone()),
                    seen: Some(still_valid),
                }),
                None => Err(error),
            },
        }
    }

    /// After `expired_token` for a request sent with `seen`: refreshes unless a fresher token is
    /// already current.
    pub async fn renew_after_expiry<R: Runtime + ?Sized>(
        &self,
        runtime: &R,
        seen: &Option<AccessToken>,
        timeout_ms: u64,
        on_refresh: impl FnOnce(),
    ) -> Result<(), RestError> {
        let Some(source) = self.source() else {
            return Err(RestError::TokenExpired);
        };
        let current = source.current();
        if current.is_some() && current != *seen {
            return Ok(());
        }
        self.refresh(runtime, timeout_ms, on_refresh)
            .await
            .map(drop)
    }

    /// Joins the refresh in flight or starts one.
    async fn refresh<R: Runtime + ?Sized>(
        &self,
        runtime: &R,
        timeout_ms: u64,
        on_refresh: impl FnOnce(),
    ) -> Result<AccessToken, RestError> {
        let Some(source) = self.source() else {
            return Err(RestError::TokenExpired);
        };
        // No borrow is held while foreign code (`on_refresh`, `AuthSource::refresh`) runs.
        let running = self.in_flight.borrow().clone();
        let (generation, shared) = match running {
            Some(running) => running,
            None => {
                on_refresh();
                let generation = self.generation.get() + 1;
                self.generation.set(generation);
                let shared = with_deadline(source.refresh(), runtime.sleep(timeout_ms))
                    .boxed_local()
                    .shared();
                *self.in_flight.borrow_mut() = Some((generation, shared.clone()));
                (generation, shared)
            }
        };
        let outcome = shared.await;
        let mut in_flight = self.in_flight.borrow_mut();
        if in_flight
            .as_ref()
            .is_some_and(|(running, _)| *running == generation)
        {
            *in_flight = None;
        }
        outcome
    }
}

/// A refresh that fails as [`RestError::TokenExpired`] when it errs or outlives its deadline, except
/// that [`RestError::Cancelled`] and [`RestError::NoBx24`] keep their meaning.
async fn with_deadline(
    refresh: LocalBoxFuture<'static, Result<AccessToken, RestError>>,
    deadline: LocalBoxFuture<'static, ()>,
) -> Result<AccessToken, RestError> {
    match future::select(refresh, deadline).await {
        Either::Left((Ok(token), _)) => Ok(token),
        Either::Left((Err(error @ (RestError::Cancelled | RestError::NoBx24)), _)) => Err(error),
        Either::Left((Err(_), _)) | Either::Right(_) => Err(RestError::TokenExpired),
    }
}
