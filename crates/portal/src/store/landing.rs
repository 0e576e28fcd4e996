//! Sites (landing): one demo site with its home page and two blocks, behind `landing.site.*`,
//! `landing.landing.getList` and `landing.block.getmanifest` / `.updatenodes`; the ids are the
//! catalogue's examples (`SITE_ID` 30, `LID` 30, block 996).

use std::collections::BTreeMap;

/// A site.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// `ID`.
    pub id: u64,
    /// `TITLE`.
    pub title: String,
    /// `CODE`.
    pub code: String,
    /// `DESCRIPTION`.
    pub description: String,
}

/// A page (`landing`).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// `ID`.
    pub id: u64,
    /// `SITE_ID`.
    pub site_id: u64,
    /// `TITLE`.
    pub title: String,
}

/// A block on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Block id.
    pub id: u64,
    /// Its page.
    pub lid: u64,
    /// Its code (`43.4.cover_with_price_text_button_bgimg`).
    pub code: String,
    /// Its text nodes: selector → text, in manifest order.
    pub nodes: Vec<(String, String)>,
    /// How many times `landing.block.updatenodes` changed it.
    pub updates: u32,
}

/// The landing tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LandingData {
    /// Sites.
    pub sites: Vec<Site>,
    /// Pages.
    pub pages: Vec<Page>,
    /// Blocks.
    pub blocks: Vec<Block>,
}

/// A block manifest's text nodes: (selector, name).
pub fn manifest_nodes(code: &str) -> Vec<(&'static str, &'static str)> {
    if code.starts_with("43.4.") {
        vec![
            (".landing-block-node-title", "Title"),
            (".landing-block-node-price", "Price"),
            (".landing-block-node-text", "Text"),
            (".landing-block-node-button", "Button"),
        ]
    } else {
        vec![
            (".landing-block-node-title", "Title"),
            (".landing-block-node-text", "Text"),
        ]
    }
}

/// The demo site.
pub fn seed() -> LandingData {
    let block = |id: u64, code: &str, texts: &[&str]| Block {
        id,
        lid: 30,
        code: code.into(),
        nodes: manifest_nodes(code)
            .into_iter()
            .zip(texts)
            .map(|((sel, _), t)| (sel.to_owned(), (*t).to_owned()))
            .collect::<BTreeMap<_, _>>()
            .into_iter()
            .collect(),
        updates: 0,
    };
    LandingData {
        sites: vec![Site {
            id: 30,
            title: "Acme Store".into(),
            code: "acme".into(),
            description: "Garden tools and furniture".into(),
        }],
        pages: vec![Page {
            id: 30,
            site_id: 30,
            title: "Home".into(),
        }],
        blocks: vec![
            block(
                996,
                "43.4.cover_with_price_text_button_bgimg",
                &[
                    "Spring sale",
                    "from 19 EUR",
                    "Everything for the garden",
                    "Shop now",
                ],
            ),
            block(
                997,
                "04.1.one_col_fix_with_title",
                &["About us", "A family business since 1999."],
            ),
        ],
    }
}
