//! Cancellation: a widget going away drops its calls, including the one in flight.

use futures::future::{join, join_all};
use rest::testing::{PortalConfig, Reply, Rig};
use rest::{CancelToken, ClientConfig, ListSpec, RestError, Runtime};
use serde_json::{json, Value};

#[test]
fn cancel_drops_the_call_in_flight_at_once() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let token = CancelToken::new();
    let widget = rig.client.with_cancel(&token);
    rig.portal.script(Some("crm.deal.get"), Reply::Never);
    let unmount = async {
        rig.clock.sleep(1_000).await;
        token.cancel();
    };
    let (result, ()) = rig.run(join(
        widget.call::<Value>("crm.deal.get", json!({"id": 1})),
        unmount,
    ));
    assert_eq!(result, Err(RestError::Cancelled));
    assert_eq!(
        rig.clock.elapsed_ms(),
        1_000,
        "failed when the token fired, not at the deadline"
    );
    assert_eq!(
        rig.portal.counters().dropped,
        1,
        "the transport future was dropped"
    );
    assert_eq!(rig.clock.pending_timers(), 0);

    let requests = rig.portal.counters().requests;
    assert_eq!(
        rig.run(widget.call::<Value>("user.current", json!({}))),
        Err(RestError::Cancelled)
    );
    assert_eq!(
        rig.portal.counters().requests,
        requests,
        "a cancelled widget sends nothing"
    );
    assert_eq!(widget.stats().cancelled, 2);
    assert!(
        rig.run(rig.client.call::<Value>("user.current", json!({})))
            .is_ok(),
        "other clones are unaffected"
    );
}

#[test]
fn calls_cancelled_while_queued_give_their_slots_back() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let token = CancelToken::new();
    let widget = rig.client.with_cancel(token.clone());
    let unmount = async {
        rig.clock.sleep(100).await;
        token.cancel();
    };
    let (results, ()) = rig.run(join(
        join_all((0..70).map(|_| widget.call::<Value>("user.current", json!({})))),
        unmount,
    ));
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 50);
    assert_eq!(
        results
            .iter()
            .filter(|r| **r == Err(RestError::Cancelled))
            .count(),
        20
    );
    assert_eq!(rig.portal.counters().requests, 50);
    // The 20 reservations were refunded: the next call waits for one slot, not for 21.
    assert!(rig
        .run(rig.client.call::<Value>("user.current", json!({})))
        .is_ok());
    assert!(
        rig.clock.elapsed_ms() <= 100 + 500 + 50,
        "{}",
        rig.clock.elapsed_ms()
    );
}

#[test]
fn cancelling_stops_a_list_between_pages() {
    let rig = Rig::fetch(PortalConfig::default(), ClientConfig::default());
    let token = CancelToken::new();
    let widget = rig.client.with_cancel(&token);
    let unmount = async {
        rig.clock.sleep(120).await;
        token.cancel();
    };
    let (rows, ()) = rig.run(join(
        widget.list_all::<Value>(ListSpec::new("crm.deal.list", json!({}))),
        unmount,
    ));
    assert_eq!(rows, Err(RestError::Cancelled));
    assert_eq!(
        widget.stats().requests,
        3,
        "pages sent at 0, 50 and 100 ms; nothing after the cancel"
    );
    assert_eq!(
        rig.portal.counters().requests,
        2,
        "the third was dropped on its way (it would arrive at 150 ms)"
    );
    assert_eq!(rig.portal.counters().dropped, 1);
}
