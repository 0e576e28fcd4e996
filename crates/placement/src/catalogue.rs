//! The placement catalogue (`data/placements.json`) embedded in the crate, with a small typed view.
//!
//! The portal emulator lists placements from it and the tests parse every entry's example. The parser
//! itself does not read it: code matching is hand-written so parsing stays cheap in the wasm app.

use serde::Deserialize;
use serde_json::Value;

/// The catalogue as shipped: one JSON object per placement code (109 entries, 10 of them families).
pub const CATALOGUE_JSON: &str = include_str!("../data/placements.json");

/// The smart-process type id [`concrete_code`] puts in place of `<id>`.
pub const SAMPLE_DYNAMIC_TYPE_ID: u32 = 183;

/// The landing block code [`concrete_code`] puts in place of `<CODE>` (upper-cased, as `placement.bind`
/// stores codes).
pub const SAMPLE_BLOCK_CODE: &str = "04.1.ONE_COL_FIX_WITH_TITLE";

/// One catalogue entry, reduced to what the emulator and the tests need.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueEntry {
    /// The code; families keep their placeholder (`CRM_DYNAMIC_<id>_DETAIL_TAB`, `LANDING_BLOCK_<CODE>`).
    pub code: String,
    /// Whether `code` is a family with a placeholder rather than one literal code.
    pub pattern: bool,
    /// Product area (`crm`, `task`, `im`, ...).
    pub area: String,
    /// Where the widget appears, in English.
    pub title: String,
    /// A sample `PLACEMENT_OPTIONS` object; `Null` for placements that receive none. Family entries
    /// may contain `<id>` inside values (see [`concrete_example_options`]).
    pub example_options: Value,
    /// Names of the placement-specific `placement.call` commands.
    pub interface_commands: Vec<String>,
    /// Names of the events `placement.bindEvent` accepts.
    pub events: Vec<String>,
    /// How the portal shows the frame, in words (`inline (tab content frame)`, `hidden frame ...`).
    pub presentation: String,
    /// Documentation status (`documented`, `undocumented`, `deprecated`, ...).
    pub status: String,
    /// Why the code is deprecated or legacy, when it is.
    pub deprecated: Option<String>,
}

/// The JSON shape of an entry; private so the public view can stay small and stable.
#[derive(Deserialize)]
struct RawEntry {
    code: String,
    pattern: bool,
    area: String,
    title: String,
    #[serde(default)]
    example_options: Value,
    #[serde(default)]
    interface_commands: Vec<Named>,
    #[serde(default)]
    events: Vec<Named>,
    presentation: String,
    status: String,
    #[serde(default)]
    deprecated: Option<String>,
}

#[derive(Deserialize)]
struct Named {
    name: String,
}

impl From<RawEntry> for CatalogueEntry {
    fn from(raw: RawEntry) -> Self {
        Self {
            code: raw.code,
            pattern: raw.pattern,
            area: raw.area,
            title: raw.title,
            example_options: raw.example_options,
            interface_commands: raw.interface_commands.into_iter().map(|c| c.name).collect(),
            events: raw.events.into_iter().map(|e| e.name).collect(),
            presentation: raw.presentation,
            status: raw.status,
            deprecated: raw.deprecated,
        }
    }
}

/// Every catalogue entry, in file order. Parses [`CATALOGUE_JSON`] on each call: cache the result if
/// you need it often.
pub fn entries() -> Result<Vec<CatalogueEntry>, serde_json::Error> {
    let raw: Vec<RawEntry> = serde_json::from_str(CATALOGUE_JSON)?;
    Ok(raw.into_iter().map(CatalogueEntry::from).collect())
}

/// A code the portal could really send for `entry`: families get [`SAMPLE_DYNAMIC_TYPE_ID`] for `<id>`
/// and [`SAMPLE_BLOCK_CODE`] for `<CODE>`; literal codes come back unchanged.
pub fn concrete_code(entry: &CatalogueEntry) -> String {
    fill_placeholders(&entry.code).replace("<CODE>", SAMPLE_BLOCK_CODE)
}

/// `entry.example_options` with `<id>` replaced by [`SAMPLE_DYNAMIC_TYPE_ID`] inside every string
/// (e.g. `/crm/type/<id>/details/8061/`), so they match [`concrete_code`]. `Null` stays `Null`.
pub fn concrete_example_options(entry: &CatalogueEntry) -> Value {
    let mut options = entry.example_options.clone();
    fill_strings(&mut options);
    options
}

fn fill_placeholders(text: &str) -> String {
    text.replace("<id>", &SAMPLE_DYNAMIC_TYPE_ID.to_string())
}

/// Replaces placeholders in every string of `value`. The catalogue's examples are a few levels deep, so
/// plain recursion is fine here.
fn fill_strings(value: &mut Value) {
    match value {
        Value::String(s) => *s = fill_placeholders(s),
        Value::Array(items) => items.iter_mut().for_each(fill_strings),
        Value::Object(map) => map.values_mut().for_each(fill_strings),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_loads_with_109_entries_and_10_families() {
        let entries = entries().expect("the embedded catalogue parses");
        assert_eq!(entries.len(), 109);
        assert_eq!(entries.iter().filter(|e| e.pattern).count(), 10);
        let call_card = entries
            .iter()
            .find(|e| e.code == "CALL_CARD")
            .expect("CALL_CARD is catalogued");
        assert_eq!(
            call_card.interface_commands,
            ["getStatus", "disableAutoClose", "enableAutoClose"]
        );
        assert_eq!(call_card.events.len(), 3);
    }

    #[test]
    fn concrete_codes_fill_every_placeholder() {
        for entry in entries().expect("catalogue parses") {
            let code = concrete_code(&entry);
            assert!(!code.contains('<') && !code.contains('>'), "{code}");
            assert_eq!(code != entry.code, entry.pattern, "{}", entry.code);
            assert!(
                !concrete_example_options(&entry)
                    .to_string()
                    .contains("<id>"),
                "{}",
                entry.code
            );
        }
        let family = CatalogueEntry {
            code: "CRM_DYNAMIC_<id>_DETAIL_TAB".into(),
            pattern: true,
            area: "crm".into(),
            title: String::new(),
            example_options: serde_json::json!({"ID": "1", "URI": "/crm/type/<id>/details/1/"}),
            interface_commands: vec![],
            events: vec![],
            presentation: String::new(),
            status: String::new(),
            deprecated: None,
        };
        assert_eq!(concrete_code(&family), "CRM_DYNAMIC_183_DETAIL_TAB");
        assert_eq!(
            concrete_example_options(&family)["URI"],
            "/crm/type/183/details/1/"
        );
    }
}
