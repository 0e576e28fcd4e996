//! Sites: site and page lists with `params`, site update, block manifest and node updates.

use super::*;

#[test]
fn sites_pages_and_blocks() {
    let (state, token) = setup();
    let sites = ok(
        &state,
        &token,
        "landing.site.getList",
        json!({"params": {"filter": {"ID": 30}}}),
    )["result"]
        .clone();
    assert_has_keys(&sites[0], "site", &["ID", "TITLE", "CODE", "DESCRIPTION"]);
    assert!(ok(
        &state,
        &token,
        "landing.site.getList",
        json!({"params": {"filter": {"ID": 31}}})
    )["result"]
        .as_array()
        .is_some_and(Vec::is_empty));
    ok(
        &state,
        &token,
        "landing.site.update",
        json!({"id": 30, "fields": {"TITLE": "Acme Garden"}}),
    );
    assert_eq!(
        ok(&state, &token, "landing.site.getList", json!({}))["result"][0]["TITLE"],
        "Acme Garden"
    );
    let (status, body) = call(
        &state,
        &token,
        "landing.site.update",
        json!({"id": 30, "fields": {"TITLE": " "}}),
    );
    assert_eq!(status, 400);
    assert_error(&body, "TITLE_IS_EMPTY");
    let (_, body) = call(
        &state,
        &token,
        "landing.site.update",
        json!({"id": 99, "fields": {"TITLE": "x"}}),
    );
    assert_error(&body, "SITE_NOT_FOUND");
    assert_eq!(
        ok(
            &state,
            &token,
            "landing.landing.getList",
            json!({"params": {"filter": {"ID": 30}}})
        )["result"][0]["TITLE"],
        "Home"
    );

    let manifest = ok(
        &state,
        &token,
        "landing.block.getmanifest",
        json!({"lid": 30, "block": 996}),
    )["result"]
        .clone();
    assert_eq!(
        manifest["nodes"][".landing-block-node-title"]["type"],
        "text"
    );
    ok(
        &state,
        &token,
        "landing.block.updatenodes",
        json!({"lid": 30, "block": 996, "data": {".landing-block-node-title": "Summer sale"}}),
    );
    {
        let d = state.store.read();
        let block = d.landing.blocks.iter().find(|b| b.id == 996).unwrap();
        assert_eq!(block.updates, 1);
        assert!(block
            .nodes
            .iter()
            .any(|(s, t)| s == ".landing-block-node-title" && t == "Summer sale"));
    }
    let (_, body) = call(
        &state,
        &token,
        "landing.block.updatenodes",
        json!({"lid": 30, "block": 996, "data": {".nope": "x", ".landing-block-node-title": "y"}}),
    );
    assert_error(&body, "NODE_NOT_FOUND");
    assert_eq!(
        state.store.read().landing.blocks[0].updates,
        1,
        "all or nothing"
    );
    let (_, body) = call(
        &state,
        &token,
        "landing.block.getmanifest",
        json!({"lid": 30, "block": 1}),
    );
    assert_error(&body, "BLOCK_NOT_FOUND");
}
