//! Production server.
