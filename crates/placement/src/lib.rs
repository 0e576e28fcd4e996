//! Bitrix24 widget placements as Rust types.
//!
//! The portal loads a widget with two strings: `PLACEMENT` (a code such as `CRM_DEAL_DETAIL_TAB`) and
//! `PLACEMENT_OPTIONS` (JSON, mostly string-typed). [`parse`] turns them into a [`PlacementContext`] once,
//! at the edge; the app routes on [`Placement`] and never looks at raw JSON again.
//!
//! Pure Rust with no wasm dependencies: tested natively, shared by the app and the portal emulator.

pub mod catalogue;
pub mod crm;
pub mod error;
pub mod ids;
pub mod model;
mod parse;
pub mod path;
mod routing;

pub use crm::{CrmEntityType, CrmRef};
pub use error::PlacementError;
pub use ids::*;
pub use model::*;
pub use parse::{parse, parse_options_text, MAX_OPTIONS_DEPTH};
