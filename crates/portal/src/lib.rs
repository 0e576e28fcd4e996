//! The Bitrix24 portal emulator and the production server for the widget app.
//!
//! - Emulator (`portal emulate`): a host page that plays the Bitrix24 parent window over the real
//!   frame protocol, a fake REST API on a seeded in-memory store, and fault injection; the app runs in
//!   an iframe on a second origin, loaded by a POST form exactly like the portal does.
//! - Production (`portal serve`): serves trunk's `dist/` for GET *and* POST on the handler paths, with
//!   strict security headers.

pub mod faults;
pub mod host;
pub mod log;
pub mod rest;
pub mod serve;
pub mod state;
pub mod store;
pub mod tokens;

#[cfg(test)]
mod test_support;
