//! Bitrix24 REST from the browser, as pure Rust.
//!
//! Everything that decides *what* goes over the wire and *what an answer means* lives here and is
//! tested natively; the wasm crate `bx24` only supplies a [`Transport`] and a [`Runtime`].
//!
//! - [`Client`]: typed calls with deadlines, a client-side leaky bucket, retries, token refresh,
//!   cancellation.
//! - [`batch`]: a builder for `batch` with `$result[...]` references and 50-command chunking.
//! - [`list`]: paging by `next` and by ID cursor.
//! - [`form`]: PHP-style form encoding (what BX24.js sends and the portal parses).
//! - [`envelope`]: the `{result, time, total, next}` / `{error, error_description}` envelope.

pub mod error;
pub mod runtime;
pub mod transport;

pub use error::RestError;
pub use runtime::Runtime;
pub use transport::{AccessToken, AuthSource, RawResponse, RestRequest, Transport, TransportError};
