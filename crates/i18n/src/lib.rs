//! The app's languages, written once for the app, its build script and its tests.
//!
//! - [`Locale`]: the 20 Bitrix24 cloud `LANG` codes and their BCP 47 tags, direction (Arabic is
//!   right to left).
//! - [`plural`]: CLDR cardinal plural rules of those languages.
//! - [`ftl`]: the translation files' format, a subset of Fluent: one file per language,
//!   `locales/<tag>.ftl`, which a translator edits without touching Rust.
//! - [`check`] and [`codegen`]: at build time, every file is checked against English (same messages,
//!   same variables, plural forms that fit the language) and the typed message API is generated.
//! - [`bundle`]: at run time, a page loads only its user's language into a [`Bundle`], and looks
//!   messages up by the hash of their id.

pub mod bundle;
pub mod check;
pub mod codegen;
pub mod compiled;
pub mod ftl;
mod locale;
pub mod parts;
pub mod plural;

pub use bundle::{
    format, id_hash, install, install_part, installed, part_installed, text, Arg, Bundle,
};
pub use locale::{Direction, Locale};
pub use plural::PluralCategory;

/// A value a message can count with: any integer or float (generated message functions take
/// `impl Number`, so callers pass their counts as they have them).
pub trait Number: Copy {
    /// The value as `f64` (counts beyond 2^53 lose precision, which no count shown to a user has).
    fn as_f64(self) -> f64;
}

macro_rules! numbers {
    ($($t:ty),*) => {
        $(impl Number for $t {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss, reason = "counts shown to people are far below 2^53")]
            fn as_f64(self) -> f64 {
                self as f64
            }
        })*
    };
}

numbers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// What a message's text variable accepts: text as is, or a number, which is shown through the app's
/// number formatter (so `msg::of_total(locale, 2, 7)` and `msg::greeting(locale, name)` both work).
pub trait MessageArg {
    /// The value as the message shows it.
    fn shown(&self, locale: Locale, number: fn(Locale, f64) -> String)
        -> std::borrow::Cow<'_, str>;
}

impl MessageArg for &str {
    fn shown(&self, _: Locale, _: fn(Locale, f64) -> String) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self)
    }
}

impl MessageArg for String {
    fn shown(&self, _: Locale, _: fn(Locale, f64) -> String) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self)
    }
}

impl MessageArg for &String {
    fn shown(&self, _: Locale, _: fn(Locale, f64) -> String) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self.as_str())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {
        $(impl MessageArg for $t {
            fn shown(&self, locale: Locale, number: fn(Locale, f64) -> String) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Owned(number(locale, Number::as_f64(*self)))
            }
        })*
    };
}

number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);
