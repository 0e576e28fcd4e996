//! Fake REST.
