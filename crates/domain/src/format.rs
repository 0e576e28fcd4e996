//! Money and time as the portal sends them, formatted for the user's locale.
//!
//! Deterministic and pure (no `Intl`), so the same card renders the same in every browser and in
//! native tests.

use crate::locale::Locale;
use serde_json::Value;
use std::fmt;

/// An amount in a currency (`opportunity` + `currencyId`).
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The amount.
    pub amount: f64,
    /// ISO 4217 code as the portal stores it (`USD`, `EUR`, `RUB`, ...).
    pub currency: String,
}

impl Money {
    /// `$1,234.50`, `1 234,50 ₽`, `1.234,50 €`; whole amounts without decimals.
    pub fn format(&self, locale: Locale) -> String {
        let number = format_number(self.amount, locale);
        let code = self.currency.trim().to_ascii_uppercase();
        let symbol = currency_symbol(&code);
        match (locale, symbol) {
            (Locale::En, Some(sym))
                if matches!(code.as_str(), "USD" | "EUR" | "GBP" | "JPY" | "CNY") =>
            {
                if self.amount < 0.0 {
                    format!("-{sym}{}", number.trim_start_matches('-'))
                } else {
                    format!("{sym}{number}")
                }
            }
            (_, Some(sym)) => format!("{number}\u{a0}{sym}"),
            (_, None) if code.is_empty() => number,
            (_, None) => format!("{number}\u{a0}{code}"),
        }
    }
}

fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "RUB" => "₽",
        "UAH" => "₴",
        "KZT" => "₸",
        "BYN" => "Br",
        "PLN" => "zł",
        "JPY" | "CNY" => "¥",
        _ => return None,
    })
}

/// A number with the locale's separators; two decimals unless the amount is whole.
pub fn format_number(value: f64, locale: Locale) -> String {
    if !value.is_finite() {
        return "—".into();
    }
    let cents = (value.abs() * 100.0).round() as u128;
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(locale.group_separator());
        }
        grouped.push(ch);
    }
    let sign = if value < 0.0 && cents > 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac:02}", locale.decimal_separator())
    }
}

/// A point in time as the portal writes it: ISO 8601 with the user's UTC offset
/// (`2024-07-22T18:00:08+02:00`). Kept in the portal's wall-clock time, which is the user's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    /// Year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
    /// Hour 0..=23.
    pub hour: u8,
    /// Minute 0..=59.
    pub minute: u8,
    /// Second 0..=59.
    pub second: u8,
    /// UTC offset in minutes.
    pub offset_minutes: i16,
}

impl Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM|±HHMM)` and plain `YYYY-MM-DD`; `None` otherwise.
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        let b = raw.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = num(raw.get(0..4)?)? as i32;
        let month = num(raw.get(5..7)?)? as u8;
        let day = num(raw.get(8..10)?)? as u8;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let mut ts = Self {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            offset_minutes: 0,
        };
        let rest = &raw[10..];
        if rest.is_empty() {
            return Some(ts);
        }
        let rest = rest.strip_prefix(['T', ' '])?;
        ts.hour = num(rest.get(0..2)?)? as u8;
        if rest.as_bytes().get(2) != Some(&b':') {
            return None;
        }
        ts.minute = num(rest.get(3..5)?)? as u8;
        let mut tail = &rest[5..];
        if let Some(secs) = tail.strip_prefix(':') {
            ts.second = num(secs.get(0..2)?)? as u8;
            tail = &secs[2..];
            if let Some(frac) = tail.strip_prefix('.') {
                let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
                tail = &frac[digits..];
            }
        }
        if ts.hour > 23 || ts.minute > 59 || ts.second > 59 {
            return None;
        }
        ts.offset_minutes = match tail {
            "" | "Z" => 0,
            _ => {
                let sign = match tail.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let digits: String = tail[1..].chars().filter(|c| *c != ':').collect();
                if digits.len() != 4 {
                    return None;
                }
                let h = num(&digits[0..2])? as i16;
                let m = num(&digits[2..4])? as i16;
                if h > 14 || m > 59 {
                    return None;
                }
                sign * (h * 60 + m)
            }
        };
        Some(ts)
    }

    /// Reads a JSON string field; `None` for anything else or an unparsable value.
    pub fn from_json(value: Option<&Value>) -> Option<Self> {
        Self::parse(value?.as_str()?)
    }

    /// Milliseconds since the Unix epoch.
    pub fn unix_ms(self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        let secs = days * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(self.offset_minutes) * 60;
        secs * 1000
    }

    /// `Jul 22, 2024` / `22 июл. 2024` / `22. Juli 2024`.
    pub fn format_date(self, locale: Locale) -> String {
        let month = locale.months()[usize::from(self.month - 1)];
        match locale {
            Locale::En => format!("{month} {}, {}", self.day, self.year),
            Locale::Ru => format!("{} {month} {}", self.day, self.year),
            Locale::De => format!("{}. {month} {}", self.day, self.year),
        }
    }

    /// Date and time: `Jul 22, 2024, 6:00 PM` / `22 июл. 2024, 18:00` / `22. Juli 2024, 18:00`.
    pub fn format_date_time(self, locale: Locale) -> String {
        let time = match locale {
            Locale::En => {
                let h12 = match self.hour % 12 {
                    0 => 12,
                    h => h,
                };
                format!(
                    "{h12}:{:02}\u{a0}{}",
                    self.minute,
                    if self.hour < 12 { "AM" } else { "PM" }
                )
            }
            Locale::Ru | Locale::De => format!("{:02}:{:02}", self.hour, self.minute),
        };
        format!("{}, {time}", self.format_date(locale))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let off = self.offset_minutes.unsigned_abs();
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            off / 60,
            off % 60
        )
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_in_three_locales() {
        let m = Money {
            amount: 1_234_567.5,
            currency: "USD".into(),
        };
        assert_eq!(m.format(Locale::En), "$1,234,567.50");
        assert_eq!(m.format(Locale::Ru), "1\u{a0}234\u{a0}567,50\u{a0}$");
        assert_eq!(m.format(Locale::De), "1.234.567,50\u{a0}$");
        let rub = Money {
            amount: 150_000.0,
            currency: "RUB".into(),
        };
        assert_eq!(rub.format(Locale::Ru), "150\u{a0}000\u{a0}₽");
        assert_eq!(rub.format(Locale::En), "150,000\u{a0}₽");
        let odd = Money {
            amount: 12.0,
            currency: "XYZ".into(),
        };
        assert_eq!(odd.format(Locale::En), "12\u{a0}XYZ");
        assert_eq!(
            Money {
                amount: -5.25,
                currency: "EUR".into()
            }
            .format(Locale::En),
            "-€5.25"
        );
        assert_eq!(format_number(0.004, Locale::En), "0");
        assert_eq!(format_number(f64::NAN, Locale::En), "—");
        assert_eq!(format_number(999.9, Locale::De), "999,90");
    }

    #[test]
    fn timestamps_parse_like_the_portal_writes_them() {
        let t = Timestamp::parse("2024-07-22T18:00:08+02:00").unwrap();
        assert_eq!(
            (
                t.year,
                t.month,
                t.day,
                t.hour,
                t.minute,
                t.second,
                t.offset_minutes
            ),
            (2024, 7, 22, 18, 0, 8, 120)
        );
        assert_eq!(t.to_string(), "2024-07-22T18:00:08+02:00");
        assert_eq!(t.unix_ms(), 1_721_664_008_000);
        assert_eq!(
            Timestamp::parse("2024-07-22").unwrap().unix_ms(),
            1_721_606_400_000
        );
        assert_eq!(
            Timestamp::parse("2025-10-24T19:00:00.123Z").unwrap().hour,
            19
        );
        assert_eq!(
            Timestamp::parse("2025-10-24 19:00:00-0330")
                .unwrap()
                .offset_minutes,
            -210
        );
        for bad in [
            "",
            "2024-13-01",
            "2024-02-30",
            "2024-07-22T25:00",
            "2024-07-22T18:00+2",
            "yesterday",
            "2024-07-22Tx",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn dates_format_per_locale() {
        let t = Timestamp::parse("2024-07-02T09:05:00+03:00").unwrap();
        assert_eq!(t.format_date(Locale::En), "Jul 2, 2024");
        assert_eq!(t.format_date(Locale::Ru), "2 июл. 2024");
        assert_eq!(t.format_date(Locale::De), "2. Juli 2024");
        assert_eq!(t.format_date_time(Locale::En), "Jul 2, 2024, 9:05\u{a0}AM");
        assert_eq!(t.format_date_time(Locale::De), "2. Juli 2024, 09:05");
        let midnight = Timestamp::parse("2024-07-02T00:30:00Z").unwrap();
        assert_eq!(
            midnight.format_date_time(Locale::En),
            "Jul 2, 2024, 12:30\u{a0}AM"
        );
    }
}
