//! Reactive hooks in the shape of `leptos-use`: `use_x(options) -> UseXReturn`, an options struct with
//! documented defaults, and everything they start (observers, listeners, requests) stopped when the
//! component that called them unmounts.

pub mod use_auto_fit;
pub mod use_color_mode;
pub mod use_loader;

pub use use_auto_fit::{use_auto_fit, UseAutoFitOptions, UseAutoFitReturn};
pub use use_color_mode::{
    provide_color_mode, use_color_mode, UseColorModeOptions, UseColorModeReturn,
};
pub use use_loader::{use_loader, use_loader_with_options, UseLoaderOptions, UseLoaderReturn};
