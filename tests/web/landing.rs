//! Sites widgets against the mock: the site's settings saved with landing.site.update, a block's texts
//! saved with landing.block.updatenodes and then refreshBlock.

use super::harness::*;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn install_with(placement: &str, options: Value, more: Vec<Value>, extra: Value) {
    let base: Value = serde_json::from_str(FIXTURES).unwrap();
    let mut fixtures = more;
    fixtures.extend(base["fixtures"].as_array().cloned().unwrap_or_default());
    let mut extra = extra;
    extra["fixtures"] = Value::Array(fixtures);
    install(placement, options, extra);
}

async fn fill(el: web_sys::Element, value: &str) {
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_site_settings_load_in_one_batch_and_save() {
    install_with(
        "LANDING_SETTINGS",
        json!({"SITE_ID": "30", "LID": "30"}),
        vec![
            json!({"method": "landing.site.getList", "answer": {"result": [{"ID": "30", "TITLE": "Acme Store", "DESCRIPTION": "Garden tools"}]}}),
            json!({"method": "landing.landing.getList", "answer": {"result": [{"ID": "30", "TITLE": "Home"}]}}),
            json!({"method": "landing.site.update", "answer": {"result": true}}),
        ],
        json!({}),
    );
    let app = mount();
    let title: web_sys::HtmlInputElement = wait_for(&app, "[data-testid=landing-title]")
        .await
        .unchecked_into();
    assert_eq!(title.value(), "Acme Store");
    wait_for_text(&app, "Page: Home").await;
    assert_eq!(
        calls_named("callMethod")
            .iter()
            .filter(|c| c["args"]["method"] == "batch")
            .count(),
        1
    );
    fill(title.into(), "Acme Garden").await;
    click(&wait_for(&app, "[data-testid=landing-save]").await);
    wait_for(&app, "[data-testid=landing-saved]").await;
    let update = &rest_calls("landing.site.update")[0]["args"]["params"];
    assert_eq!(
        *update,
        json!({"id": 30, "fields": {"TITLE": "Acme Garden", "DESCRIPTION": "Garden tools"}})
    );
}

#[wasm_bindgen_test]
async fn a_block_saves_its_filled_texts_then_refreshes() {
    install_with(
        "LANDING_BLOCK_*",
        json!({"ID": "996", "CODE": "43.4.cover_with_price_text_button_bgimg", "LID": "30"}),
        vec![
            json!({"method": "landing.block.getmanifest", "answer": {"result": {"block": {"name": "Cover"}, "nodes": {
                ".landing-block-node-title": {"name": "Title", "type": "text"},
                ".landing-block-node-img": {"name": "Picture", "type": "img"},
                ".landing-block-node-text": {"name": "Text", "type": "text"}}}}}),
            json!({"method": "landing.block.updatenodes", "answer": {"result": true}}),
        ],
        json!({}),
    );
    let app = mount();
    wait_for(&app, "[data-testid=landing-node]").await;
    let nodes = app
        .host
        .query_selector_all("[data-testid=landing-node]")
        .unwrap();
    assert_eq!(nodes.length(), 2, "text nodes only");
    click(&wait_for(&app, "[data-testid=landing-save]").await);
    wait_for(&app, "[data-testid=landing-refused]").await;
    assert!(
        rest_calls("landing.block.updatenodes").is_empty(),
        "nothing filled, nothing sent"
    );
    fill(nodes.item(0).unwrap().unchecked_into(), "Summer sale").await;
    click(&wait_for(&app, "[data-testid=landing-save]").await);
    wait_for_text(&app, "reloaded in the editor").await;
    let update = &rest_calls("landing.block.updatenodes")[0]["args"]["params"];
    assert_eq!(
        *update,
        json!({"lid": 30, "block": 996, "data": {".landing-block-node-title": "Summer sale"}})
    );
    let refresh = calls_named("placement.call:refreshBlock");
    assert_eq!(refresh.len(), 1);
    assert_eq!(refresh[0]["args"]["id"], 996);
}
