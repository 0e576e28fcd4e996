//! Parsing.
use crate::{PlacementContext, PlacementError};
/// Parses a placement.
pub fn parse(_code: Option<&str>, _options: &serde_json::Value) -> Result<PlacementContext, PlacementError> { unimplemented!() }
/// Parses options text.
pub fn parse_options_text(_code: Option<&str>, _options: Option<&str>) -> Result<PlacementContext, PlacementError> { unimplemented!() }
