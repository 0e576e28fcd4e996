//! A decoder for PHP-style form bodies (`a[b][c]=v&a[]=x`), compatible with PHP's `parse_str`.
//!
//! BX24.js sends every REST call this way (in a `text/plain` body), and batch commands carry their
//! parameters as such query strings, so the fake REST API must read them exactly like the portal's PHP.
//! Rules implemented: `+` and `%XX` decoding, bracket paths building nested arrays, `[]` appending the
//! next integer key, `a=` as an empty string, `.` and space in the top-level name becoming `_`, an
//! unclosed `[` becoming `_`, later duplicates overwriting earlier ones. A PHP array whose keys are
//! exactly 0..n-1 in order becomes a JSON array, any other one a JSON object (like PHP's `json_encode`).

//!
//! The decoder lives in the `protocol` crate, shared with the REST client and its fake portal.

#[cfg(test)]
pub use protocol::form::encode;
pub use protocol::form::{decode as parse, decode_component};
