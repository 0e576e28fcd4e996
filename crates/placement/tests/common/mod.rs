//! Helpers shared by the integration tests.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use placement::catalogue::{self, CatalogueEntry};
use placement::{parse, Placement, PlacementContext, PlacementError};
use serde_json::Value;

/// Every catalogue entry.
pub fn entries() -> Vec<CatalogueEntry> {
    catalogue::entries().expect("the embedded catalogue parses")
}

/// The catalogue entry whose code (with placeholders) is `code`.
pub fn entry(code: &str) -> CatalogueEntry {
    entries()
        .into_iter()
        .find(|e| e.code == code)
        .unwrap_or_else(|| panic!("{code} is not catalogued"))
}

/// The concrete code and example options of catalogue entry `code`.
pub fn example(code: &str) -> (String, Value) {
    let entry = entry(code);
    (
        catalogue::concrete_code(&entry),
        catalogue::concrete_example_options(&entry),
    )
}

/// Parses `options` for `code`, failing the test with the error if it does not parse.
pub fn ok(code: &str, options: Value) -> PlacementContext {
    parse(Some(code), &options).unwrap_or_else(|e| panic!("{code} {options}: {e}"))
}

/// The typed placement of `code` + `options`.
pub fn placement(code: &str, options: Value) -> Placement {
    ok(code, options).placement
}

/// The error `code` + `options` must produce.
pub fn err(code: &str, options: Value) -> PlacementError {
    match parse(Some(code), &options) {
        Ok(ctx) => panic!(
            "{code} {options} parsed, expected an error: {:?}",
            ctx.placement
        ),
        Err(e) => e,
    }
}
