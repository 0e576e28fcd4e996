//! Errors from parsing `PLACEMENT` + `PLACEMENT_OPTIONS`.

/// Why a placement could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacementError {
    /// `PLACEMENT_OPTIONS` is not a JSON object (nor `[]`, nor a JSON string holding one).
    MalformedOptions {
        /// The placement code.
        code: String,
        /// What was wrong.
        reason: String,
    },
}
