//! The Bitrix24 REST wire, written once for both of its sides: the client (`rest`, and through it the
//! app) and the portal emulator (`portal`, and the fake portal in `rest::testing`).
//!
//! - [`form`]: PHP-style form encoding (what BX24.js sends) and decoding (what PHP's `parse_str`
//!   reads), one parser for both views of the result.
//! - [`batch`]: resolution of `$result[...]` references between batch commands, as the portal's
//!   `CRestUtil::processBatchElement` does it.
//! - [`meter`]: the portal's leaky bucket (rate limit) and per-method operating-time window.
//! - [`envelope`]: the REST answer's shape (`result`, `next`, `total`, `time`, `error`,
//!   `error_description`) and its `time` block, read and written.
//! - [`lenient`]: the scalar readers for the portal's loosely typed JSON (ids as strings, `Y`/`N`
//!   flags, numbers as text), with one documented semantics.
//!
//! Pure: no I/O, no async, no wasm; only `serde_json`.

pub mod batch;
pub mod envelope;
pub mod form;
pub mod lenient;
pub mod meter;
