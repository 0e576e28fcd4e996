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

/// Implements `Debug` as `Display` for the listed types in release builds, where nothing reads a
/// `Debug` rendering but every `#[derive(Debug)]` of a large error enum costs the wasm its field and
/// variant names and formatting code (about 8 KB per widget family for the app's error types).
/// Debug builds (and so every test) keep the derived `Debug`: annotate the type with
/// `#[cfg_attr(debug_assertions, derive(Debug))]` and list it here.
///
/// ```
/// #[cfg_attr(debug_assertions, derive(Debug))]
/// pub enum Failure { Gone }
/// impl std::fmt::Display for Failure {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("gone") }
/// }
/// protocol::release_debug_as_display!(Failure);
/// assert!(!format!("{:?}", Failure::Gone).is_empty());
/// ```
#[macro_export]
macro_rules! release_debug_as_display {
    ($($ty:ty),+ $(,)?) => {
        $(
            #[cfg(not(debug_assertions))]
            impl ::core::fmt::Debug for $ty {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::fmt::Display::fmt(self, f)
                }
            }
        )+
    };
}
