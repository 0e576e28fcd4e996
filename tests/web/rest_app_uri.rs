//! `REST_APP_URI` links open the object their params name in the app's own cards (routed to that
//! card's family code); anything else is a clear screen with what arrived.

use super::harness::*;
use serde_json::json;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn links_open_deals_and_tasks_in_their_cards() {
    install(
        "REST_APP_URI",
        json!({"deal": "8061", "URI": "/stream/"}),
        json!({}),
    );
    let app = mount();
    wait_for(&app, "[data-family=rest-app-uri] [data-widget=entity-card]").await;
    wait_for_text(&app, "Website redesign for Daisy GmbH").await;
    drop(app);
    install("REST_APP_URI", json!({"taskId": "8017"}), json!({}));
    let app = mount();
    wait_for(&app, "[data-family=rest-app-uri] [data-widget=task-card]").await;
    wait_for_text(&app, "Prepare the contract for Daisy GmbH").await;
    drop(app);
    install("REST_APP_URI", json!({"user": "2"}), json!({}));
    let app = mount();
    wait_for(
        &app,
        "[data-family=rest-app-uri] [data-widget=employee-card]",
    )
    .await;
    wait_for_text(&app, "Maria Johnson").await;
}

#[wasm_bindgen_test]
async fn an_unknown_link_says_what_it_brought_as_text() {
    install(
        "REST_APP_URI",
        json!({"docId": "<i>42</i>", "URI": "/x/"}),
        json!({}),
    );
    let app = mount();
    let screen = wait_for(&app, "[data-testid=unknown-link]").await;
    let t = text(&screen);
    assert!(t.contains("docId") && t.contains("<i>42</i>"), "{t}");
    assert!(screen.query_selector("i").unwrap().is_none());
    assert!(calls_named("callMethod").is_empty());
}
