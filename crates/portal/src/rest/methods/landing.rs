//! Sites (scope `landing`), as <https://apidocs.bitrix24.com/api-reference/landing/index.html> shows
//! them: `landing.site.getList` / `.update`, `landing.landing.getList`, `landing.block.getmanifest`
//! and `landing.block.updatenodes`. The list methods take `params: {select, filter}`; a site or block
//! that does not exist is an error, as on a portal.

use super::{s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, scalar_text, Params};
use crate::rest::query::{run, ListQuery, ListSpec, Start};
use crate::store::landing::manifest_nodes;
use serde_json::{json, Map, Value};

/// The `params: {select, filter, order}` of the landing list methods as a query.
fn landing_query(p: &Params) -> ListQuery {
    let inner = p.object("params").cloned().unwrap_or_default();
    let params = Params(inner);
    let mut q = ListQuery::from_params(&params);
    q.start = Start::Offset(0);
    q
}

/// `landing.site.getList {params: {select, filter}}` → sites.
pub fn site_get_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .landing
        .sites
        .iter()
        .map(|site| {
            let mut m = Map::new();
            m.insert("ID".into(), s(site.id.to_string()));
            m.insert("TITLE".into(), s(&site.title));
            m.insert("CODE".into(), s(&site.code));
            m.insert("DESCRIPTION".into(), s(&site.description));
            m.insert("ACTIVE".into(), s("Y"));
            m.insert("TYPE".into(), s("STORE"));
            m
        })
        .collect();
    let page = run(
        &ListSpec::simple("ID", &[("ID", false)]),
        &landing_query(p),
        rows,
    );
    Ok(Success::plain(Value::Array(page.rows)))
}

/// `landing.site.update {id, fields: {TITLE, DESCRIPTION}}` → `true`; an empty title is refused.
pub fn site_update(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let id = p.get("id").and_then(as_id).unwrap_or(0);
    let fields = p.object("fields").cloned().unwrap_or_default();
    let mut d = ctx.state.store.write();
    let Some(site) = d.landing.sites.iter_mut().find(|x| x.id == id) else {
        return Err(RestError::bad_request("SITE_NOT_FOUND", "Site not found"));
    };
    if let Some(title) = fields.get("TITLE").and_then(scalar_text) {
        if title.trim().is_empty() {
            return Err(RestError::bad_request(
                "TITLE_IS_EMPTY",
                "The title is empty",
            ));
        }
        site.title = title.trim().to_owned();
    }
    if let Some(text) = fields.get("DESCRIPTION").and_then(scalar_text) {
        site.description = text;
    }
    Ok(Success::plain(Value::Bool(true)))
}

/// `landing.landing.getList {params: {select, filter}}` → pages.
pub fn landing_get_list(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .landing
        .pages
        .iter()
        .map(|page| {
            let mut m = Map::new();
            m.insert("ID".into(), s(page.id.to_string()));
            m.insert("SITE_ID".into(), s(page.site_id.to_string()));
            m.insert("TITLE".into(), s(&page.title));
            m.insert("ACTIVE".into(), s("Y"));
            m
        })
        .collect();
    let page = run(
        &ListSpec::simple("ID", &[("ID", false)]),
        &landing_query(p),
        rows,
    );
    Ok(Success::plain(Value::Array(page.rows)))
}

fn block_of(p: &Params) -> (u64, u64) {
    (
        p.get("lid").and_then(as_id).unwrap_or(0),
        p.get("block").and_then(as_id).unwrap_or(0),
    )
}

fn block_not_found() -> RestError {
    RestError::bad_request("BLOCK_NOT_FOUND", "Block not found")
}

/// `landing.block.getmanifest {lid, block}` → `{block: {name, section}, nodes: {selector: {name, type}}}`.
pub fn block_get_manifest(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let (lid, id) = block_of(p);
    let d = ctx.state.store.read();
    let block = d
        .landing
        .blocks
        .iter()
        .find(|b| b.id == id && b.lid == lid)
        .ok_or_else(block_not_found)?;
    let nodes: Map<String, Value> = manifest_nodes(&block.code)
        .into_iter()
        .map(|(sel, name)| (sel.to_owned(), json!({"name": name, "type": "text"})))
        .collect();
    Ok(Success::plain(json!({
        "block": {"name": block.code, "section": ["cover"]},
        "nodes": nodes,
        "style": {},
        "attrs": {},
    })))
}

/// `landing.block.updatenodes {lid, block, data: {selector: text}}` → `true`; a selector the block's
/// manifest does not have is refused.
pub fn block_update_nodes(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let (lid, id) = block_of(p);
    let data = p.object("data").cloned().unwrap_or_default();
    if data.is_empty() {
        return Err(RestError::bad_request(
            "DATA_IS_EMPTY",
            "No nodes to update",
        ));
    }
    let mut d = ctx.state.store.write();
    let block = d
        .landing
        .blocks
        .iter_mut()
        .find(|b| b.id == id && b.lid == lid)
        .ok_or_else(block_not_found)?;
    let known = manifest_nodes(&block.code);
    // All or nothing: check every selector before changing any.
    if let Some(selector) = data.keys().find(|sel| !known.iter().any(|(k, _)| k == sel)) {
        return Err(RestError::bad_request(
            "NODE_NOT_FOUND",
            format!("Node {selector} not found"),
        ));
    }
    for (selector, value) in &data {
        let text = scalar_text(value).unwrap_or_default();
        match block.nodes.iter_mut().find(|(sel, _)| sel == selector) {
            Some(node) => node.1 = text,
            None => block.nodes.push((selector.clone(), text)),
        }
    }
    block.updates += 1;
    Ok(Success::plain(Value::Bool(true)))
}
