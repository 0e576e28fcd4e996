//! Small building blocks in the Bitrix24 "Air" look, one component per file with its stylesheet beside
//! it (`badge.rs` + `badge.css`, each linked from `index.html`), on the kit's tokens
//! (`style/vendor/b24-air-tokens.css`) and the app's base rules (`style/app.css`).
//!
//! Every component renders text through Leptos text nodes, never as HTML: portal data is untrusted.
//! Dynamic styles go through `style:` (CSSOM), never a `style` attribute, so the production CSP can
//! keep `style-src 'self'` without `'unsafe-inline'`. Variants are enums with `as_str()` (the class
//! they stand for), so a typo in a class name cannot compile.

pub mod alert;
pub mod avatar;
pub mod badge;
pub mod bar_chart;
pub mod button;
pub mod card;
pub mod code_block;
pub mod field;
pub mod icon;
pub mod icon_data;
pub mod key_values;
pub mod person_line;
pub mod progress;
pub mod screen;
pub mod skeleton;
pub mod stat_tiles;
pub mod text_input;
pub mod theme_toggle;
pub mod write_status;

pub use alert::{AlertBox, AlertTone};
pub use avatar::{Avatar, AvatarSize};
pub use badge::{Badge, BadgeTone};
pub use bar_chart::{Bar, BarChart, BarTone};
pub use button::{Button, ButtonKind};
pub use card::Card;
pub use code_block::CodeBlock;
pub use field::Field;
pub use icon::{IconSize, KitIcon};
pub use key_values::KeyValues;
pub use person_line::PersonLine;
pub use progress::ProgressBar;
pub use screen::{Screen, ScreenTone};
pub use skeleton::CardSkeleton;
pub use stat_tiles::{Stat, StatTiles, StatTone};
pub use text_input::{InputKind, TextInput};
pub use theme_toggle::ThemeToggle;
pub use write_status::{WriteState, WriteStatus};
