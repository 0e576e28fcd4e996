//! The emulator's observable event log: every frame message and REST call, tokens redacted.
//!
//! The host page shows it live and tests assert on it (`GET /emulator/api/log?since=N`).

use serde::Serialize;
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::Mutex;

/// How many entries are kept; older ones are dropped.
const CAPACITY: usize = 5_000;

/// One logged event.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LogEntry {
    /// Monotonic sequence number, starting at 1.
    pub seq: u64,
    /// Unix time in milliseconds.
    pub at_ms: u64,
    /// What happened: `frame` (a message from the app), `reply`, `rest`, `event`, `fault`, `note`.
    pub kind: String,
    /// Details. Must never contain a token: callers pass data through [`redact`] first.
    pub data: Value,
}

/// A bounded, thread-safe event log.
#[derive(Debug, Default)]
pub struct EventLog {
    inner: Mutex<(u64, VecDeque<LogEntry>)>,
}

impl EventLog {
    /// An empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an event (its data is redacted here as a last line of defence) and returns its sequence number.
    pub fn push(&self, kind: &str, data: Value) -> u64 {
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        guard.0 += 1;
        let seq = guard.0;
        let entry = LogEntry {
            seq,
            at_ms: now_ms(),
            kind: kind.to_owned(),
            data: redact(data),
        };
        if guard.1.len() == CAPACITY {
            guard.1.pop_front();
        }
        guard.1.push_back(entry);
        seq
    }

    /// Every kept entry with `seq > since`, oldest first.
    pub fn since(&self, since: u64) -> Vec<LogEntry> {
        let guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        guard.1.iter().filter(|e| e.seq > since).cloned().collect()
    }

    /// Drops every entry (sequence numbers keep counting).
    pub fn clear(&self) {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .1
            .clear();
    }
}

/// Keys whose values are secrets, compared case-insensitively.
const SECRET_KEYS: &[&str] = &[
    "auth",
    "auth_id",
    "refresh_id",
    "access_token",
    "refresh_token",
    "authid",
    "refreshid",
    "application_token",
];

/// Replaces the value of every secret-looking key, at any depth, with `"<redacted>"`.
pub fn redact(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    if SECRET_KEYS.contains(&k.to_ascii_lowercase().as_str()) {
                        (k, Value::String("<redacted>".into()))
                    } else {
                        (k, redact(v))
                    }
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(redact).collect()),
        other => other,
    }
}

/// Unix time in milliseconds.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn redacts_tokens_at_any_depth() {
        let v = redact(
            json!({"AUTH_ID": "secret", "nested": [{"refresh_token": "x", "keep": 1}], "auth": "y"}),
        );
        assert_eq!(
            v,
            json!({"AUTH_ID": "<redacted>", "nested": [{"refresh_token": "<redacted>", "keep": 1}], "auth": "<redacted>"})
        );
    }

    #[test]
    fn keeps_a_bounded_window_and_filters_by_seq() {
        let log = EventLog::new();
        for i in 0..(CAPACITY + 10) {
            log.push("note", json!(i));
        }
        let all = log.since(0);
        assert_eq!(all.len(), CAPACITY);
        assert_eq!(all[0].seq, 11);
        assert_eq!(log.since(CAPACITY as u64 + 8).len(), 2);
    }
}
