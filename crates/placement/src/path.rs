//! Portal paths.
