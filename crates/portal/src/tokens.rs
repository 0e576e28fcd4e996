//! OAuth tokens the emulator hands out and checks, like the portal's OAuth server.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::Mutex;

/// A freshly issued token pair, in the shape `refreshAuth` and the POST form need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenPair {
    /// `AUTH_ID` / `access_token`.
    pub access_token: String,
    /// `REFRESH_ID` / `refresh_token`.
    pub refresh_token: String,
    /// `AUTH_EXPIRES`: lifetime in seconds.
    pub expires_in: u64,
}

/// What a presented access token is worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenStatus {
    /// Issued and not expired.
    Valid,
    /// Issued, but its lifetime is over (HTTP 401 `expired_token`).
    Expired,
    /// Never issued, or revoked by a refresh (HTTP 401 `invalid_token`).
    Invalid,
}

#[derive(Debug)]
struct Issued {
    expires_at_ms: u64,
}

/// Every token issued since the emulator started.
#[derive(Debug, Default)]
pub struct TokenRegistry {
    inner: Mutex<Registry>,
}

#[derive(Debug, Default)]
struct Registry {
    access: HashMap<String, Issued>,
    /// refresh token -> the access token it belongs to.
    refresh: HashMap<String, String>,
}

impl TokenRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Issues a new pair valid for `lifetime_secs`.
    pub fn mint(&self, lifetime_secs: u64) -> TokenPair {
        let pair = TokenPair {
            access_token: random_hex(),
            refresh_token: random_hex(),
            expires_in: lifetime_secs,
        };
        let mut reg = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        reg.access.insert(
            pair.access_token.clone(),
            Issued {
                // Saturating: any lifetime the fault switch accepts (up to u64::MAX seconds) means
                // "practically never expires", not an overflow panic.
                expires_at_ms: crate::log::now_ms()
                    .saturating_add(lifetime_secs.saturating_mul(1000)),
            },
        );
        reg.refresh
            .insert(pair.refresh_token.clone(), pair.access_token.clone());
        pair
    }

    /// Exchanges a refresh token for a new pair; the old pair stops working. `None` for an unknown
    /// refresh token.
    pub fn refresh(&self, refresh_token: &str, lifetime_secs: u64) -> Option<TokenPair> {
        {
            let mut reg = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            let old_access = reg.refresh.remove(refresh_token)?;
            reg.access.remove(&old_access);
        }
        Some(self.mint(lifetime_secs))
    }

    /// Checks an access token presented to the REST API.
    pub fn check(&self, access_token: &str) -> TokenStatus {
        let reg = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        match reg.access.get(access_token) {
            None => TokenStatus::Invalid,
            Some(issued) if issued.expires_at_ms <= crate::log::now_ms() => TokenStatus::Expired,
            Some(_) => TokenStatus::Valid,
        }
    }

    /// Makes every issued access token expire now (refresh tokens keep working), to test refresh paths.
    pub fn expire_all(&self) {
        let now = crate::log::now_ms();
        let mut reg = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        for issued in reg.access.values_mut() {
            issued.expires_at_ms = issued.expires_at_ms.min(now);
        }
    }
}

/// 32 random lowercase hex characters (the shape of real tokens, APP_SID and member_id).
pub fn random_hex() -> String {
    let state = std::collections::hash_map::RandomState::new();
    let mut out = String::with_capacity(32);
    for salt in 0..2u64 {
        let mut h = state.build_hasher();
        h.write_u64(salt);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_tokens_are_valid_and_distinct() {
        let reg = TokenRegistry::new();
        let a = reg.mint(3600);
        let b = reg.mint(3600);
        assert_ne!(a.access_token, b.access_token);
        assert_eq!(a.access_token.len(), 32);
        assert!(a
            .access_token
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_eq!(reg.check(&a.access_token), TokenStatus::Valid);
        assert_eq!(reg.check("nope"), TokenStatus::Invalid);
    }

    #[test]
    fn zero_lifetime_tokens_are_expired_and_refresh_revokes_the_old_pair() {
        let reg = TokenRegistry::new();
        let old = reg.mint(0);
        assert_eq!(reg.check(&old.access_token), TokenStatus::Expired);
        let new = reg
            .refresh(&old.refresh_token, 3600)
            .expect("known refresh token");
        assert_eq!(reg.check(&old.access_token), TokenStatus::Invalid);
        assert_eq!(reg.check(&new.access_token), TokenStatus::Valid);
        assert!(
            reg.refresh(&old.refresh_token, 3600).is_none(),
            "a refresh token works once"
        );
    }

    #[test]
    fn expire_all_expires_every_access_token() {
        let reg = TokenRegistry::new();
        let t = reg.mint(3600);
        reg.expire_all();
        assert_eq!(reg.check(&t.access_token), TokenStatus::Expired);
    }
}
