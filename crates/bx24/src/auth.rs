//! The frame's token (b24jssdk's `AuthManager`): [`AuthManager`] reads and refreshes it, and
//! [`FrameAuth`] hands it to the `rest` client as its token source.

use crate::js::{call_with_callback, to_json};
use crate::{AuthInfo, Bx24, Bx24Error};
use futures::future::LocalBoxFuture;
use rest::{AccessToken, AuthSource, RestError};

/// Token and admin status; from [`Bx24::auth`].
#[derive(Debug, Clone, Copy)]
pub struct AuthManager<'a> {
    bx24: &'a Bx24,
}

impl<'a> AuthManager<'a> {
    pub(crate) fn new(bx24: &'a Bx24) -> Self {
        Self { bx24 }
    }

    /// `BX24.getAuth()`: the current token, or `None` before init / after expiry.
    pub fn current(&self) -> Option<AuthInfo> {
        let value = self.bx24.js().get_auth().ok()?;
        AuthInfo::from_js_json(&to_json(&value))
    }

    /// `BX24.refreshAuth`: asks the portal for a new token.
    pub async fn refresh(&self) -> Result<AuthInfo, Bx24Error> {
        let reply = call_with_callback("refreshAuth", self.bx24.timeouts().refresh_ms, |cb| {
            self.bx24.js().refresh_auth(cb)
        })
        .await?;
        AuthInfo::from_js_json(&to_json(&reply))
            .or_else(|| self.current())
            .ok_or_else(|| Bx24Error::Decode("refreshAuth returned no token".into()))
    }

    /// `BX24.isAdmin()`: admin, or allowed to install apps; `false` when BX24 cannot tell.
    pub fn is_admin(&self) -> bool {
        self.bx24
            .js()
            .is_admin()
            .map(|v| v.is_truthy())
            .unwrap_or(false)
    }
}

/// Tokens from the frame for the `rest` client: `BX24.getAuth()`, refreshed over `BX24.refreshAuth`.
#[derive(Debug, Clone)]
pub struct FrameAuth {
    bx24: Bx24,
}

impl FrameAuth {
    /// A token source over this BX24 handle.
    pub fn new(bx24: Bx24) -> Self {
        Self { bx24 }
    }
}

impl AuthSource for FrameAuth {
    fn current(&self) -> Option<AccessToken> {
        self.bx24.auth().current().map(|a| a.access)
    }

    fn refresh(&self) -> LocalBoxFuture<'static, Result<AccessToken, RestError>> {
        let bx24 = self.bx24.clone();
        Box::pin(async move {
            bx24.auth()
                .refresh()
                .await
                .map(|a| a.access)
                .map_err(|e| refresh_failure(&e))
        })
    }
}

/// The one place a failed refresh becomes a [`RestError`]: what a user can do is the same whatever
/// broke the refresh (reload the frame), so only the kind survives: no `BX24` →
/// [`RestError::NoBx24`], anything else → [`RestError::TokenExpired`], which carries no cause.
fn refresh_failure(err: &Bx24Error) -> RestError {
    match err {
        Bx24Error::NotInFrame => RestError::NoBx24,
        _ => RestError::TokenExpired,
    }
}
