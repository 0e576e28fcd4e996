//! The Bitrix24 portal emulator for the widget app.
//!
//! - Emulator (`portal emulate`): a host page that plays the Bitrix24 parent window over the real
//!   frame protocol, a fake REST API on a seeded in-memory store, and fault injection; the app runs in
//!   an iframe on a second origin, loaded by a POST form exactly like the portal does.
//! - `portal serve` is a thin alias of the production server, which lives in the `server` crate (its
//!   site and headers also serve the app on the emulator's app origin).

pub mod faults;
pub mod host;
pub mod log;
pub mod rest;
pub mod state;
pub mod store;
pub mod tokens;

#[cfg(test)]
mod test_support;
