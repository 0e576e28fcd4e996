//! The client side of the fake: a [`Transport`] into a [`FakePortal`] and an [`AuthSource`] that
//! refreshes against it.

use super::portal::{FakePortal, Reply};
use crate::{
    AccessToken, AuthSource, RawResponse, RestError, RestRequest, Runtime, Transport,
    TransportError,
};
use futures::future::LocalBoxFuture;
use futures::FutureExt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A transport into a [`FakePortal`], either like direct `fetch` (sends the client's `auth`) or like
/// BX24.js (attaches the [`FakeAuth`]'s current token itself).
#[derive(Clone)]
pub struct FakeTransport {
    portal: FakePortal,
    own_auth: Option<FakeAuth>,
}

impl FakeTransport {
    /// Like `fetch`: [`Transport::attaches_auth`] is `false`, the client supplies `auth`.
    pub fn fetch(portal: &FakePortal) -> Self {
        Self {
            portal: portal.clone(),
            own_auth: None,
        }
    }

    /// Like `BX24.callMethod`: attaches `auth`'s current token itself.
    pub fn bx24(portal: &FakePortal, auth: &FakeAuth) -> Self {
        Self {
            portal: portal.clone(),
            own_auth: Some(auth.clone()),
        }
    }
}

impl Transport for FakeTransport {
    fn send(
        &self,
        request: RestRequest,
    ) -> LocalBoxFuture<'static, Result<RawResponse, TransportError>> {
        let portal = self.portal.clone();
        let token = match &self.own_auth {
            Some(auth) => auth.current().map(|token| token.expose_secret().to_owned()),
            None => request
                .auth
                .as_ref()
                .map(|token| token.expose_secret().to_owned()),
        };
        async move {
            let mut in_flight = InFlight {
                portal: portal.clone(),
                answered: false,
            };
            let clock = portal.clock().clone();
            clock.sleep(portal.config().latency_ms).await;
            let outcome = portal.receive(&request.method, &request.params, token.as_deref());
            clock.sleep(outcome.delay_ms).await;
            let answer = match outcome.reply {
                Reply::Answer(raw) => Ok(raw),
                Reply::Network(message) => Err(TransportError::Network(message.into())),
                Reply::Never | Reply::Late(_) => futures::future::pending().await,
            };
            in_flight.answered = true;
            answer
        }
        .boxed_local()
    }

    fn attaches_auth(&self) -> bool {
        self.own_auth.is_some()
    }

    fn name(&self) -> &'static str {
        if self.own_auth.is_some() {
            "fake-bx24"
        } else {
            "fake-fetch"
        }
    }
}

/// Counts transport futures dropped before they answered (deadline or cancellation).
struct InFlight {
    portal: FakePortal,
    answered: bool,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if !self.answered {
            self.portal.note_dropped();
        }
    }
}

/// An [`AuthSource`] whose refresh asks the [`FakePortal`] for a new token after `refresh_latency_ms`.
#[derive(Clone)]
pub struct FakeAuth {
    inner: Rc<AuthInner>,
}

struct AuthInner {
    portal: FakePortal,
    current: RefCell<Option<AccessToken>>,
    lifetime_ms: u64,
    refresh_latency_ms: u64,
    refreshes: Cell<u64>,
    refresh_fails: Cell<bool>,
}

impl FakeAuth {
    /// Holds a fresh token valid for `lifetime_ms`; refreshes take `refresh_latency_ms` and issue
    /// tokens of the same lifetime.
    pub fn new(portal: &FakePortal, lifetime_ms: u64, refresh_latency_ms: u64) -> Self {
        let token = portal.issue_token(lifetime_ms);
        Self {
            inner: Rc::new(AuthInner {
                portal: portal.clone(),
                current: RefCell::new(Some(token)),
                lifetime_ms,
                refresh_latency_ms,
                refreshes: Cell::new(0),
                refresh_fails: Cell::new(false),
            }),
        }
    }

    /// Refreshes started so far.
    pub fn refreshes(&self) -> u64 {
        self.inner.refreshes.get()
    }

    /// Makes refreshes fail (as when the parent frame does not answer `refreshAuth`).
    pub fn set_refresh_fails(&self, fails: bool) {
        self.inner.refresh_fails.set(fails);
    }

    /// Replaces the held token.
    pub fn set_current(&self, token: Option<AccessToken>) {
        *self.inner.current.borrow_mut() = token;
    }
}

impl AuthSource for FakeAuth {
    fn current(&self) -> Option<AccessToken> {
        self.inner.current.borrow().clone()
    }

    fn refresh(&self) -> LocalBoxFuture<'static, Result<AccessToken, RestError>> {
        let inner = self.inner.clone();
        inner.refreshes.set(inner.refreshes.get() + 1);
        async move {
            inner.portal.clock().sleep(inner.refresh_latency_ms).await;
            if inner.refresh_fails.get() {
                return Err(RestError::network("refreshAuth failed"));
            }
            let token = inner.portal.issue_token(inner.lifetime_ms);
            *inner.current.borrow_mut() = Some(token.clone());
            Ok(token)
        }
        .boxed_local()
    }
}
