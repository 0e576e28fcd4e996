//! The embedded catalogue.
