//! Sites (landing) widgets: the site's settings (`LANDING_SETTINGS`: `landing.site.getList` +
//! `landing.landing.getList` in one batch, saved with `landing.site.update`) and a block's texts
//! (`LANDING_BLOCK_*`: the text nodes of `landing.block.getmanifest`, saved with
//! `landing.block.updatenodes`; the editor then reloads the block with the `refreshBlock` command).

use crate::LoadError;
use placement::{BlockId, PageId, SiteId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// A site row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct SiteRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `TITLE`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
    /// `DESCRIPTION`.
    #[serde(deserialize_with = "de::text")]
    pub description: Option<String>,
}

/// A page row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct PageRow {
    /// `TITLE`.
    #[serde(deserialize_with = "de::text")]
    pub title: Option<String>,
}

/// The site settings' view model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteSettings {
    /// The site.
    pub site: SiteId,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// The page the editor is on, when found.
    pub page_title: Option<String>,
}

/// Handles of the settings batch.
#[derive(Debug, Clone)]
pub struct SiteCommands {
    site: CommandRef<List<SiteRow>>,
    page: CommandRef<List<PageRow>>,
}

/// Adds the site and the page.
pub fn add_site_commands(site: SiteId, page: PageId, batch: &mut Batch) -> SiteCommands {
    SiteCommands {
        site: batch.add_as(
            "site",
            "landing.site.getList",
            json!({"params": {"select": ["ID", "TITLE", "DESCRIPTION"], "filter": {"ID": site.0}}}),
        ),
        page: batch.add_as(
            "page",
            "landing.landing.getList",
            json!({"params": {"select": ["ID", "TITLE"], "filter": {"ID": page.0}}}),
        ),
    }
}

impl SiteCommands {
    /// The settings; the site is required (an empty list: [`LoadError::Missing`]).
    pub fn read(&self, site: SiteId, results: &BatchResults) -> Result<SiteSettings, LoadError> {
        let row = self
            .site
            .read(results)?
            .0
            .into_iter()
            .find(|r| r.id == Some(site.0))
            .ok_or_else(|| LoadError::Missing {
                what: format!("site {}", site.0),
            })?;
        let page_title = self
            .page
            .read(results)
            .ok()
            .and_then(|p| p.0.into_iter().find_map(|r| r.title));
        Ok(SiteSettings {
            site,
            title: row.title.unwrap_or_default(),
            description: row.description.unwrap_or_default(),
            page_title,
        })
    }
}

/// `landing.site.update` parameters.
pub fn site_update_params(site: SiteId, title: &str, description: &str) -> Value {
    json!({"id": site.0, "fields": {"TITLE": title.trim(), "DESCRIPTION": description.trim()}})
}

/// `landing.block.getmanifest`'s answer (the part the form needs).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ManifestAnswer {
    /// `nodes`: selector → `{name, type}`.
    #[serde(deserialize_with = "de::object")]
    pub nodes: Option<Map<String, Value>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NodeSpec {
    #[serde(deserialize_with = "de::text")]
    name: Option<String>,
    #[serde(rename = "type", deserialize_with = "de::text")]
    kind: Option<String>,
}

/// One editable text node of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextNode {
    /// Its selector (`.landing-block-node-title`).
    pub selector: String,
    /// Its name in the manifest.
    pub name: String,
}

/// The block's text nodes, in manifest order (other node types, images and links, are left to the
/// editor).
pub fn text_nodes(answer: &ManifestAnswer) -> Vec<TextNode> {
    answer
        .nodes
        .iter()
        .flatten()
        .filter_map(|(selector, spec)| {
            let spec: NodeSpec = serde_json::from_value(spec.clone()).ok()?;
            matches!(spec.kind.as_deref(), Some("text") | None).then(|| TextNode {
                selector: selector.clone(),
                name: spec.name.unwrap_or_else(|| selector.clone()),
            })
        })
        .collect()
}

/// `landing.block.getmanifest` parameters.
pub fn manifest_params(page: PageId, block: BlockId) -> Value {
    json!({"lid": page.0, "block": block.0})
}

/// `landing.block.updatenodes` parameters: only the nodes the user filled in; `None` when none.
pub fn update_nodes_params(
    page: PageId,
    block: BlockId,
    values: &[(String, String)],
) -> Option<Value> {
    let data: Map<String, Value> = values
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(sel, v)| (sel.clone(), Value::String(v.trim().to_owned())))
        .collect();
    (!data.is_empty()).then(|| json!({"lid": page.0, "block": block.0, "data": data}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_settings_from_the_batch() {
        let mut batch = Batch::new();
        let c = add_site_commands(SiteId(30), PageId(30), &mut batch);
        let mut r = BatchResults::new(batch.names());
        r.absorb(&json!({"result": {"site": [{"ID": "30", "TITLE": "Acme", "DESCRIPTION": "Tools"}], "page": [{"ID": "30", "TITLE": "Home"}]}}), None).unwrap();
        let s = c.read(SiteId(30), &r).unwrap();
        assert_eq!(
            (
                s.title.as_str(),
                s.description.as_str(),
                s.page_title.as_deref()
            ),
            ("Acme", "Tools", Some("Home"))
        );
        let mut empty = BatchResults::new(batch.names());
        empty
            .absorb(&json!({"result": {"site": [], "page": []}}), None)
            .unwrap();
        assert!(c.read(SiteId(30), &empty).is_err_and(|e| e.is_soft()));
        assert_eq!(
            site_update_params(SiteId(30), " New ", "d"),
            json!({"id": 30, "fields": {"TITLE": "New", "DESCRIPTION": "d"}})
        );
    }

    #[test]
    fn text_nodes_and_updates() {
        let m: ManifestAnswer = serde_json::from_value(json!({"nodes": {
            ".t": {"name": "Title", "type": "text"}, ".img": {"name": "Picture", "type": "img"}, ".x": {"type": "text"}
        }}))
        .unwrap();
        let nodes = text_nodes(&m);
        assert_eq!(
            nodes.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
            vec!["Title", ".x"]
        );
        assert_eq!(
            update_nodes_params(
                PageId(30),
                BlockId(996),
                &[(".t".into(), " Hi ".into()), (".x".into(), " ".into())]
            ),
            Some(json!({"lid": 30, "block": 996, "data": {".t": "Hi"}}))
        );
        assert_eq!(
            update_nodes_params(PageId(30), BlockId(996), &[(".t".into(), "".into())]),
            None
        );
    }
}
