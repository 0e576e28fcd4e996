//! Translations at run time: a language's file read into a [`Bundle`], the bundles of the page, and
//! formatting a message with its arguments.
//!
//! Messages are looked up by the 32-bit hash of their id ([`id_hash`]), which the code generated at
//! build time carries instead of the id text; the build check guarantees that no two ids share a hash.
//! A page loads its bundles once and keeps them for its whole life, so looked-up text is `'static`.

use crate::ftl::{self, Element, ParseError, Pattern, VariantKey};
use crate::plural::{self, PluralCategory};
use crate::{Direction, Locale};
use std::cell::RefCell;

/// FNV-1a, 32 bits, of a message id: its key in a [`Bundle`].
pub const fn id_hash(id: &str) -> u32 {
    let bytes = id.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// One language's messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    locale: Locale,
    /// Sorted by hash.
    messages: Vec<(u32, Pattern<'static>)>,
}

impl Bundle {
    /// Reads a translation file for `locale`. A message id that appears twice keeps its first value
    /// (the build check refuses such files; a file fetched at run time must not break the page).
    pub fn parse(locale: Locale, source: &str) -> Result<Self, ParseError> {
        let resource = ftl::parse(source)?;
        let mut messages: Vec<(u32, Pattern<'static>)> = resource
            .messages
            .into_iter()
            .map(|m| (id_hash(m.id), m.value.into_owned()))
            .collect();
        messages.sort_by_key(|(hash, _)| *hash);
        messages.dedup_by_key(|(hash, _)| *hash);
        Ok(Self { locale, messages })
    }

    /// A bundle from messages already sorted by hash without duplicates (the compiled form's
    /// decoder, [`crate::compiled::decode`]).
    pub(crate) fn from_messages(locale: Locale, messages: Vec<(u32, Pattern<'static>)>) -> Self {
        Self { locale, messages }
    }

    /// This bundle with `other`'s messages added (a family's part joining the shared file); a
    /// message in both keeps this bundle's value.
    pub fn merged(mut self, other: Bundle) -> Self {
        self.messages.extend(other.messages);
        // Stable: for equal hashes this bundle's message stays first and survives the dedup.
        self.messages.sort_by_key(|(hash, _)| *hash);
        self.messages.dedup_by_key(|(hash, _)| *hash);
        self
    }

    /// The language.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// How many messages it has.
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The message with this id hash.
    pub fn get(&self, hash: u32) -> Option<&Pattern<'static>> {
        self.messages
            .binary_search_by_key(&hash, |(h, _)| *h)
            .ok()
            .map(|at| &self.messages[at].1)
    }
}

/// A value for a message's `{ $variable }`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text, inserted as is.
    Text(&'a str),
    /// A number: `value` selects plural variants, `shown` is what the text shows (formatted for the
    /// locale by the caller, e.g. with `Intl.NumberFormat`).
    Number {
        /// The value.
        value: f64,
        /// Its display form.
        shown: &'a str,
    },
}

/// Writes `pattern` with `args` into `out`. A variable without an argument shows as `{$name}` (the
/// generated code always passes every argument; a file fetched at run time might not match). In a
/// right-to-left language each argument is wrapped in Unicode isolates (U+2068 … U+2069), as Fluent
/// does, so an English name or a number keeps its own direction inside Arabic text.
pub fn format_pattern(
    pattern: &Pattern<'_>,
    locale: Locale,
    args: &[(&str, Arg<'_>)],
    out: &mut String,
) {
    let isolate = locale.direction() == Direction::Rtl;
    for element in &pattern.elements {
        match element {
            Element::Text(text) => out.push_str(text),
            Element::Var(name) => match lookup(args, name) {
                Some(arg) => {
                    if isolate {
                        out.push('\u{2068}');
                    }
                    out.push_str(match arg {
                        Arg::Text(text) => text,
                        Arg::Number { shown, .. } => shown,
                    });
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Select(select) => {
                let chosen = choose(select, locale, lookup(args, select.selector));
                format_pattern(&select.variants[chosen].value, locale, args, out);
            }
        }
    }
}

fn lookup<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

/// The variant a select expression takes for `arg`: an exact number key first, then the number's
/// plural category, then (for text) an equal name, else the default.
fn choose(select: &ftl::Select<'_>, locale: Locale, arg: Option<Arg<'_>>) -> usize {
    let found = match arg {
        Some(Arg::Number { value, .. }) => select
            .variants
            .iter()
            .position(|v| matches!(v.key, VariantKey::Number(n) if n == value))
            .or_else(|| {
                let category: PluralCategory = plural::category(locale, value);
                select.variants.iter().position(
                    |v| matches!(v.key, VariantKey::Name(name) if name == category.as_str()),
                )
            }),
        Some(Arg::Text(text)) => select
            .variants
            .iter()
            .position(|v| matches!(v.key, VariantKey::Name(name) if name == text)),
        None => None,
    };
    found.unwrap_or(select.default)
}

thread_local! {
    /// The page's bundles, one slot per locale. Leaked on install: a page installs each language at
    /// most a few times (once in the app, once per test), and `'static` text keeps the views simple.
    static BUNDLES: RefCell<Vec<Option<&'static Bundle>>> =
        RefCell::new(vec![None; Locale::ALL.len()]);
}

/// Makes `bundle` the page's translations for its locale (replacing an earlier one).
pub fn install(bundle: Bundle) {
    let locale = bundle.locale;
    let leaked: &'static Bundle = Box::leak(Box::new(bundle));
    BUNDLES.with(|b| b.borrow_mut()[locale.index()] = Some(leaked));
}

thread_local! {
    /// The parts (locale, family) installed on this page.
    static PARTS_INSTALLED: RefCell<Vec<(Locale, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Adds a family's part (`crate::parts`) to the page's translations for its locale: merged into the
/// bundle already installed, or installed alone when there is none yet.
pub fn install_part(family: &'static str, part: Bundle) {
    let locale = part.locale;
    let merged = match bundle(locale) {
        Some(current) => current.clone().merged(part),
        None => part,
    };
    install(merged);
    PARTS_INSTALLED.with(|p| p.borrow_mut().push((locale, family)));
}

/// Whether `family`'s part in `locale` is installed on this page.
pub fn part_installed(locale: Locale, family: &str) -> bool {
    PARTS_INSTALLED.with(|p| p.borrow().iter().any(|(l, f)| *l == locale && *f == family))
}

/// Whether `locale` has translations on this page.
pub fn installed(locale: Locale) -> bool {
    bundle(locale).is_some()
}

fn bundle(locale: Locale) -> Option<&'static Bundle> {
    BUNDLES.with(|b| b.borrow()[locale.index()])
}

/// The pattern of message `hash` in `locale`, or in English when that locale lacks it.
fn pattern(locale: Locale, hash: u32) -> Option<&'static Pattern<'static>> {
    bundle(locale)
        .and_then(|b| b.get(hash))
        .or_else(|| bundle(Locale::En).and_then(|b| b.get(hash)))
}

/// The text of a message without variables; empty when no installed bundle has it.
pub fn text(locale: Locale, hash: u32) -> &'static str {
    match pattern(locale, hash) {
        Some(p) => p.as_plain().unwrap_or_default(),
        None => "",
    }
}

/// A message with its variables filled in; empty when no installed bundle has it.
pub fn format(locale: Locale, hash: u32, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::new();
    if let Some(p) = pattern(locale, hash) {
        // The text follows the language of the bundle the message came from.
        let from = if bundle(locale).and_then(|b| b.get(hash)).is_some() {
            locale
        } else {
            Locale::En
        };
        format_pattern(p, from, args, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "hi = Hello\ndeals = { $count ->\n    [0] No deals\n    [one] { $count } deal\n   *[other] { $count } deals\n}\nof = { $done } of { $total }\n";
    const RU: &str = "hi = Привет\ndeals = { $count ->\n    [0] Нет сделок\n    [one] { $count } сделка\n    [few] { $count } сделки\n   *[many] { $count } сделок\n}\n";

    fn num(value: f64, shown: &str) -> Arg<'_> {
        Arg::Number { value, shown }
    }

    #[test]
    fn a_part_joins_the_installed_bundle_of_its_locale() {
        install(Bundle::parse(Locale::Pl, "hi = Cześć\n").unwrap());
        assert!(!part_installed(Locale::Pl, "setup"));
        assert_eq!(text(Locale::Pl, id_hash("setup-x")), "");
        install_part(
            "setup",
            Bundle::parse(Locale::Pl, "setup-x = Instaluj\n").unwrap(),
        );
        assert!(part_installed(Locale::Pl, "setup"));
        assert!(!part_installed(Locale::Tr, "setup"));
        assert_eq!(text(Locale::Pl, id_hash("setup-x")), "Instaluj");
        assert_eq!(text(Locale::Pl, id_hash("hi")), "Cześć");
    }

    #[test]
    fn the_hash_is_fnv1a() {
        assert_eq!(id_hash(""), 0x811c_9dc5);
        assert_eq!(id_hash("a"), 0xe40c_292c);
        assert_ne!(id_hash("retry"), id_hash("reload"));
    }

    #[test]
    fn plurals_select_by_the_locale_rules() {
        let ru = Bundle::parse(Locale::Ru, RU).unwrap();
        let deals = ru.get(id_hash("deals")).unwrap();
        let run = |n: f64| {
            let mut out = String::new();
            format_pattern(
                deals,
                Locale::Ru,
                &[("count", num(n, &n.to_string()))],
                &mut out,
            );
            out
        };
        assert_eq!(run(0.0), "Нет сделок");
        assert_eq!(run(1.0), "1 сделка");
        assert_eq!(run(3.0), "3 сделки");
        assert_eq!(run(5.0), "5 сделок");
        assert_eq!(run(21.0), "21 сделка");
        assert_eq!(run(1.5), "1.5 сделок", "other falls to the default");
    }

    #[test]
    fn installed_bundles_fall_back_to_english() {
        install(Bundle::parse(Locale::En, EN).unwrap());
        install(Bundle::parse(Locale::Ru, RU).unwrap());
        assert!(installed(Locale::Ru));
        assert!(!installed(Locale::Ja));
        assert_eq!(text(Locale::Ru, id_hash("hi")), "Привет");
        assert_eq!(text(Locale::Ja, id_hash("hi")), "Hello");
        assert_eq!(text(Locale::Ru, id_hash("missing")), "");
        let of = format(
            Locale::Ru,
            id_hash("of"),
            &[("done", num(2.0, "2")), ("total", num(7.0, "7"))],
        );
        assert_eq!(of, "2 of 7", "a message Russian lacks comes from English");
        assert_eq!(
            format(Locale::En, id_hash("of"), &[("done", Arg::Text("x"))]),
            "x of {$total}"
        );
    }

    #[test]
    fn arguments_are_isolated_in_right_to_left_text() {
        let ar = Bundle::parse(Locale::Ar, "of = { $done } من { $total }\n").unwrap();
        let mut out = String::new();
        format_pattern(
            ar.get(id_hash("of")).unwrap(),
            Locale::Ar,
            &[("done", Arg::Text("2")), ("total", Arg::Text("7"))],
            &mut out,
        );
        assert_eq!(out, "\u{2068}2\u{2069} من \u{2068}7\u{2069}");
    }

    #[test]
    fn text_variables_select_by_name() {
        let b = Bundle::parse(
            Locale::En,
            "g = { $who ->\n [admin] Admins\n *[other] Users\n}\n",
        )
        .unwrap();
        let g = b.get(id_hash("g")).unwrap();
        let mut out = String::new();
        format_pattern(g, Locale::En, &[("who", Arg::Text("admin"))], &mut out);
        assert_eq!(out, "Admins");
        out.clear();
        format_pattern(g, Locale::En, &[], &mut out);
        assert_eq!(out, "Users");
    }

    #[test]
    fn duplicate_ids_keep_one_value() {
        let b = Bundle::parse(Locale::En, "a = 1\na = 2\n").unwrap();
        assert_eq!(b.len(), 1);
    }
}
