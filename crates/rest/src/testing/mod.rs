//! Test harness (feature `testing`): a virtual clock with a deterministic executor, a fake portal
//! that behaves like the real server, and a fake transport and auth source into it.
//!
//! ```
//! use rest::testing::Rig;
//! use serde_json::{json, Value};
//!
//! let rig = Rig::fetch(Default::default(), Default::default());
//! let user: Value = rig.run(rig.client.call("user.current", json!({}))).unwrap();
//! assert_eq!(user["ID"], "1");
//! assert_eq!(rig.portal.counters().requests, 1);
//! ```

mod clock;
mod fake;
mod portal;

pub use clock::{VirtualClock, EPOCH_MS};
pub use fake::{FakeAuth, FakeTransport};
pub use portal::{FakePortal, HandlerAnswer, LoggedRequest, PortalConfig, PortalCounters, Reply};

use crate::{Batch, Client, ClientConfig};
use serde_json::json;
use std::future::Future;
use std::rc::Rc;

/// Token lifetime the [`Rig`] hands out: an hour, like the portal.
pub const TOKEN_LIFETIME_MS: u64 = 3_600_000;

/// Time a fake `refreshAuth` takes in the [`Rig`].
pub const REFRESH_LATENCY_MS: u64 = 30;

/// A clock, a portal, an auth source and a client wired together.
pub struct Rig {
    /// The virtual clock everything runs on.
    pub clock: VirtualClock,
    /// The fake portal.
    pub portal: FakePortal,
    /// The auth source the client uses.
    pub auth: FakeAuth,
    /// The client under test.
    pub client: Client<FakeTransport, VirtualClock>,
}

impl Rig {
    /// A client over a fetch-like transport (the client attaches `auth`).
    pub fn fetch(portal: PortalConfig, client: ClientConfig) -> Self {
        Self::build(portal, client, false)
    }

    /// A client over a BX24.js-like transport (the transport attaches `auth`).
    pub fn bx24(portal: PortalConfig, client: ClientConfig) -> Self {
        Self::build(portal, client, true)
    }

    fn build(portal_config: PortalConfig, client_config: ClientConfig, bx24: bool) -> Self {
        let clock = VirtualClock::new();
        let portal = FakePortal::new(&clock, portal_config);
        let auth = FakeAuth::new(&portal, TOKEN_LIFETIME_MS, REFRESH_LATENCY_MS);
        let transport = if bx24 {
            FakeTransport::bx24(&portal, &auth)
        } else {
            FakeTransport::fetch(&portal)
        };
        let client =
            Client::new(transport, clock.clone(), client_config).with_auth(Rc::new(auth.clone()));
        Self {
            clock,
            portal,
            auth,
            client,
        }
    }

    /// Runs `future` on the rig's virtual clock (see [`VirtualClock::run`]).
    pub fn run<F: Future>(&self, future: F) -> F::Output {
        self.clock.run(future)
    }
}

/// The batch of a typical widget render (a CRM entity card) against the fake portal's data: the
/// item `deal_id` (`deal`), its responsible user through a `$result` reference (`responsible`), the
/// field titles (`fields`) and the 50 latest deals (`recent`). Shared by the tests and the benchmark.
pub fn entity_card_batch(deal_id: u64) -> Batch {
    let mut batch = Batch::new();
    let deal = batch.add(
        "deal",
        "crm.item.get",
        json!({"entityTypeId": 2, "id": deal_id}),
    );
    batch.add(
        "responsible",
        "user.get",
        json!({"ID": deal.field(&["item", "assignedById"])}),
    );
    batch.add("fields", "crm.deal.fields", json!({}));
    batch.add(
        "recent",
        "crm.deal.list",
        json!({"order": {"ID": "DESC"}, "select": ["ID", "TITLE"]}),
    );
    batch
}
