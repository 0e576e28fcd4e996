//! Fault injection for the fake REST API, switchable from the host page and from tests
//! (`GET|PUT /emulator/api/faults`).

use serde::{Deserialize, Serialize};
use std::sync::Mutex;

/// Which faults the fake REST API injects. Everything is off by default except realistic token lifetimes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct FaultConfig {
    /// Enforce the cloud rate limit: a leaky bucket per portal that answers
    /// `503 QUERY_LIMIT_EXCEEDED` once more than `burst` requests are pending.
    pub rate_limit: bool,
    /// Bucket size (cloud: 50, Enterprise: 250).
    pub burst: f64,
    /// Drain rate in requests per second (cloud: 2, Enterprise: 5).
    pub drain_per_sec: f64,
    /// Lifetime of tokens minted from now on, in seconds (`AUTH_EXPIRES`).
    pub token_lifetime_secs: u64,
    /// Answer every Nth REST request with `500 INTERNAL_SERVER_ERROR` (0 = never).
    pub fail_every: u32,
    /// Delay every REST answer by this many milliseconds.
    pub delay_ms: u64,
    /// Methods that answer `429 OPERATION_TIME_LIMIT`.
    pub operation_limited: Vec<String>,
}

impl Default for FaultConfig {
    fn default() -> Self {
        Self {
            rate_limit: false,
            burst: 50.0,
            drain_per_sec: 2.0,
            token_lifetime_secs: 3600,
            fail_every: 0,
            delay_ms: 0,
            operation_limited: Vec::new(),
        }
    }
}

/// The current fault configuration, shared by the REST handlers and the host-page API.
#[derive(Debug, Default)]
pub struct Faults {
    config: Mutex<FaultConfig>,
    /// Run-time counters of the fake REST API (leaky bucket, failure counter, operating time); they
    /// restart whenever the configuration changes.
    pub meter: Mutex<crate::rest::limits::Meter>,
}

impl Faults {
    /// Faults with the default (realistic, fault-free) configuration.
    pub fn new() -> Self {
        Self::default()
    }

    /// A copy of the current configuration.
    pub fn get(&self) -> FaultConfig {
        self.config
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Replaces the configuration. A delay longer than [`MAX_DELAY_MS`] is cut to it, so a typo in
    /// the host page cannot hang every REST call for good.
    pub fn set(&self, mut config: FaultConfig) {
        config.delay_ms = config.delay_ms.min(MAX_DELAY_MS);
        *self.config.lock().unwrap_or_else(|e| e.into_inner()) = config;
    }
}

/// The longest answer delay the fault switch accepts (two minutes: longer than any client deadline).
pub const MAX_DELAY_MS: u64 = 120_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_delay_is_cut_to_the_maximum() {
        let faults = Faults::new();
        faults.set(FaultConfig {
            delay_ms: u64::MAX,
            ..FaultConfig::default()
        });
        assert_eq!(faults.get().delay_ms, MAX_DELAY_MS);
        faults.set(FaultConfig {
            delay_ms: 250,
            ..FaultConfig::default()
        });
        assert_eq!(faults.get().delay_ms, 250);
    }
}
