//! Host page.
