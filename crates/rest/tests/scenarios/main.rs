//! Scenario tests of the client against the fake portal on a virtual clock: the issue's "never hangs,
//! never trips the rate limit, never loses a call" list, one module per concern.

mod auth;
mod batch;
mod cancel;
mod failures;
mod form;
mod limits;
mod lists;

use rest::testing::{FakeAuth, FakePortal, FakeTransport, PortalConfig, Rig, VirtualClock};
use rest::{Client, ClientConfig};
use std::rc::Rc;

/// A rig whose auth source is built by `auth` (custom lifetimes or refresh latencies).
pub fn rig_with_auth(
    portal: PortalConfig,
    client: ClientConfig,
    bx24: bool,
    auth: impl FnOnce(&FakePortal) -> FakeAuth,
) -> Rig {
    let clock = VirtualClock::new();
    let portal = FakePortal::new(&clock, portal);
    let auth = auth(&portal);
    let transport = if bx24 {
        FakeTransport::bx24(&portal, &auth)
    } else {
        FakeTransport::fetch(&portal)
    };
    let client = Client::new(transport, clock.clone(), client).with_auth(Rc::new(auth.clone()));
    Rig {
        clock,
        portal,
        auth,
        client,
    }
}
