//! Bitrix24 REST from the browser, as pure Rust.
//!
//! Everything that decides *what* goes over the wire and *what an answer means* lives here and is
//! tested natively; the wasm crate `bx24` only supplies a [`Transport`] and a [`Runtime`].
//!
//! - [`Client`]: typed calls with deadlines, a client-side leaky bucket, retries, token refresh,
//!   cancellation, traffic statistics.
//! - [`batch`]: a builder for `batch` with `$result[...]` references and 50-command chunking, and
//!   typed handles ([`CommandRef`]) that read each command's answer into a serde type.
//! - [`de`]: serde adapters for the portal's loose typing, for those answer types.
//! - [`list`]: paging by `next` or by ID cursor, one page per request or 50 per `batch`.
//! - [`form`]: PHP-style form encoding (what BX24.js sends and the portal parses).
//! - [`envelope`]: the `{result, time, total, next}` / `{error, error_description}` envelope.
//! - [`lenient`]: readers for the portal's loosely typed JSON (ids as strings, `Y`/`N`, `[]` for none).
//! - [`limiter`], [`operating`], [`retry`], [`cancel`], [`stats`]: the policies the client applies, documented
//!   where they live.
//! - `testing` (feature `testing`): a virtual clock, a test executor and a fake portal.
//!
//! Single-threaded by design: futures are `!Send`, state is shared with `Rc`/`RefCell`.

mod auth;
/// Debug as Display in release builds, for error types (see the macro in `protocol`).
pub use protocol::release_debug_as_display;
pub mod batch;
pub mod cancel;
mod client;
pub mod de;
pub mod envelope;
pub mod error;
pub mod form;
pub mod lenient;
pub mod limiter;
pub mod list;
pub mod operating;
pub mod retry;
pub mod runtime;
pub mod stats;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod transport;

pub use batch::{Batch, BatchResults, CommandRef, ResultRef};
pub use cancel::CancelToken;
pub use client::{Client, ClientConfig};
pub use envelope::{ResponseTime, Success};
pub use error::{ErrorSource, RestError};
pub use limiter::RateLimit;
pub use list::{ListMode, ListSpec};
pub use operating::OperatingLimit;
pub use runtime::Runtime;
pub use stats::ClientStats;
pub use transport::{AccessToken, AuthSource, RawResponse, RestRequest, Transport, TransportError};
