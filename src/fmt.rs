//! Numbers, money and dates for people, through the browser's `Intl` in the user's locale: the
//! browser knows every language's separators, currency placement and month names, so the wasm
//! carries none of them.
//!
//! Times are shown in the time zone the portal wrote them in: a portal timestamp carries the user's
//! UTC offset (`2024-07-22T18:00:08+02:00`, see `domain::format::Timestamp`), and its wall-clock
//! time is what the user's portal shows. Formatters are made once per locale and kind and reused.
//! Outside a browser (native tests) a plain, locale-free fallback keeps the functions usable.

use domain::format::{Money, Timestamp};
use i18n::Locale;

/// A number in `locale` (`1,234.5`, `1 234,5`, `1.234,5`), at most two decimals.
pub fn number(locale: Locale, value: f64) -> String {
    imp::number(locale, value)
}

/// An amount in its currency (`$1,234.50`, `1 234,50 ₽`); an unknown currency code is shown after
/// the number.
pub fn money(locale: Locale, money: &Money) -> String {
    imp::money(locale, money)
}

/// A date (`Jul 22, 2024`, `22 июл. 2024 г.`).
pub fn date(locale: Locale, at: Timestamp) -> String {
    imp::date_time(locale, at, false)
}

/// A date and time (`Jul 22, 2024, 6:00 PM`).
pub fn date_time(locale: Locale, at: Timestamp) -> String {
    imp::date_time(locale, at, true)
}

/// A details-view field in `locale`: numbers, dates and flags formatted, text as sent.
pub fn field_value(locale: Locale, value: &domain::entity_details::FieldValue) -> String {
    use domain::entity_details::FieldValue as V;
    match value {
        V::Text(text) => text.clone(),
        V::Number(n) => number(locale, *n),
        V::Date(at) => date(locale, *at),
        V::DateTime(at) => date_time(locale, *at),
        V::Flag(true) => crate::i18n::Msg::Yes.text(locale).to_owned(),
        V::Flag(false) => crate::i18n::Msg::No.text(locale).to_owned(),
    }
}

/// The instant whose UTC wall clock is `at`'s wall clock (formatting it in `UTC` shows the time as the
/// portal wrote it, whatever the browser's own time zone).
fn wall_clock_ms(at: Timestamp) -> f64 {
    (at.unix_ms() + i64::from(at.offset_minutes) * 60_000) as f64
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
        type NumberFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
        fn new(locale: &str, options: &JsValue) -> Result<NumberFormat, JsValue>;
        #[wasm_bindgen(method, js_class = "NumberFormat", js_name = format)]
        fn format(this: &NumberFormat, value: f64) -> String;

        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        type DateTimeFormat;
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
        fn new(locale: &str, options: &JsValue) -> Result<DateTimeFormat, JsValue>;
        #[wasm_bindgen(method, js_class = "DateTimeFormat", js_name = format)]
        fn format(this: &DateTimeFormat, date: &js_sys::Date) -> String;
    }

    /// What a cached formatter formats.
    #[derive(PartialEq)]
    enum Kind {
        Number,
        Money(String),
        Date,
        DateTime,
    }

    thread_local! {
        static NUMBERS: RefCell<Vec<(Locale, Kind, NumberFormat)>> = const { RefCell::new(Vec::new()) };
        static DATES: RefCell<Vec<(Locale, Kind, DateTimeFormat)>> = const { RefCell::new(Vec::new()) };
    }

    fn options(pairs: &[(&str, &str)]) -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        object.into()
    }

    fn with_number_format<R>(
        locale: Locale,
        kind: Kind,
        f: impl FnOnce(&NumberFormat) -> R,
    ) -> Option<R> {
        NUMBERS.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some((_, _, nf)) = cache.iter().find(|(l, k, _)| *l == locale && *k == kind) {
                return Some(f(nf));
            }
            let opts = match &kind {
                Kind::Money(code) => options(&[("style", "currency"), ("currency", code)]),
                _ => options(&[("maximumFractionDigits", "2")]),
            };
            let nf = NumberFormat::new(locale.tag(), &opts).ok()?;
            let result = f(&nf);
            cache.push((locale, kind, nf));
            Some(result)
        })
    }

    pub fn number(locale: Locale, value: f64) -> String {
        with_number_format(locale, Kind::Number, |nf| nf.format(value))
            .unwrap_or_else(|| fallback_number(value))
    }

    pub fn money(locale: Locale, money: &Money) -> String {
        let code = money.currency.trim().to_ascii_uppercase();
        if code.is_empty() {
            return number(locale, money.amount);
        }
        // An unknown code makes Intl throw a RangeError: then the number and the code as sent.
        with_number_format(locale, Kind::Money(code.clone()), |nf| {
            nf.format(money.amount)
        })
        .unwrap_or_else(|| format!("{}\u{a0}{code}", number(locale, money.amount)))
    }

    pub fn date_time(locale: Locale, at: Timestamp, with_time: bool) -> String {
        let kind = if with_time {
            Kind::DateTime
        } else {
            Kind::Date
        };
        let date = js_sys::Date::new(&JsValue::from_f64(wall_clock_ms(at)));
        DATES
            .with(|cache| {
                let mut cache = cache.borrow_mut();
                if let Some((_, _, df)) = cache.iter().find(|(l, k, _)| *l == locale && *k == kind)
                {
                    return Some(df.format(&date));
                }
                let opts = if with_time {
                    options(&[
                        ("dateStyle", "medium"),
                        ("timeStyle", "short"),
                        ("timeZone", "UTC"),
                    ])
                } else {
                    options(&[("dateStyle", "medium"), ("timeZone", "UTC")])
                };
                let df = DateTimeFormat::new(locale.tag(), &opts).ok()?;
                let shown = df.format(&date);
                cache.push((locale, kind, df));
                Some(shown)
            })
            .unwrap_or_else(|| fallback_date(at, with_time))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    pub fn number(_: Locale, value: f64) -> String {
        fallback_number(value)
    }

    pub fn money(locale: Locale, money: &Money) -> String {
        let code = money.currency.trim().to_ascii_uppercase();
        if code.is_empty() {
            number(locale, money.amount)
        } else {
            format!("{}\u{a0}{code}", number(locale, money.amount))
        }
    }

    pub fn date_time(_: Locale, at: Timestamp, with_time: bool) -> String {
        let _ = wall_clock_ms(at);
        fallback_date(at, with_time)
    }
}

/// `1234.5`, `12`: what a number reads as where `Intl` is missing.
fn fallback_number(value: f64) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    // Integer arithmetic only: float formatting would add its tables to the wasm for a fallback.
    let cents = (value.abs() * 100.0).round() as u64;
    let sign = if value < 0.0 && cents > 0 { "-" } else { "" };
    match cents % 100 {
        0 => format!("{sign}{}", cents / 100),
        frac => format!("{sign}{}.{frac:02}", cents / 100),
    }
}

/// `2024-07-22` / `2024-07-22 18:00`: ISO 8601, understood everywhere, where `Intl` is missing.
fn fallback_date(at: Timestamp, with_time: bool) -> String {
    let day = format!("{:04}-{:02}-{:02}", at.year, at.month, at.day);
    if with_time {
        format!("{day} {:02}:{:02}", at.hour, at.minute)
    } else {
        day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallbacks_are_plain_and_never_panic() {
        assert_eq!(number(Locale::En, 12.0), "12");
        assert_eq!(number(Locale::De, 1234.5), "1234.50");
        assert_eq!(number(Locale::En, f64::NAN), "—");
        let at = Timestamp::parse("2024-07-02T09:05:00+03:00").expect("valid");
        assert_eq!(date(Locale::Ru, at), "2024-07-02");
        assert_eq!(date_time(Locale::Ru, at), "2024-07-02 09:05");
        assert_eq!(
            money(
                Locale::En,
                &Money {
                    amount: 5.0,
                    currency: "usd".into()
                }
            ),
            "5\u{a0}USD"
        );
    }

    #[test]
    fn the_wall_clock_is_the_portal_one() {
        let at = Timestamp::parse("2024-07-02T09:05:00+03:00").expect("valid");
        // 09:05 in the portal's zone is 09:05 UTC of the shifted instant.
        let utc = Timestamp::parse("2024-07-02T09:05:00Z").expect("valid");
        assert_eq!(wall_clock_ms(at), utc.unix_ms() as f64);
    }
}
