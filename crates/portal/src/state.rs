//! Everything the emulator's handlers share.

use crate::{faults::Faults, log::EventLog, store::Store, tokens::TokenRegistry};
use std::sync::Arc;

/// Shared state of one running emulator. Cheap to clone.
#[derive(Clone)]
pub struct EmulatorState {
    /// The seeded in-memory portal data (CRM, users, tasks, options, ...).
    pub store: Arc<Store>,
    /// Issued OAuth tokens.
    pub tokens: Arc<TokenRegistry>,
    /// Fault injection switches.
    pub faults: Arc<Faults>,
    /// Frame messages and REST calls, for the host page and tests.
    pub log: Arc<EventLog>,
}

impl EmulatorState {
    /// A fresh emulator on the seeded demo data.
    pub fn new() -> Self {
        Self {
            store: Arc::new(Store::seeded()),
            tokens: Arc::new(TokenRegistry::new()),
            faults: Arc::new(Faults::new()),
            log: Arc::new(EventLog::new()),
        }
    }
}

impl Default for EmulatorState {
    fn default() -> Self {
        Self::new()
    }
}
