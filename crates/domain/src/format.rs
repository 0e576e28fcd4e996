//! Money and time as the portal sends them, typed. Showing them to a person is the app's job (through
//! the browser's `Intl`, in the user's locale): this crate only reads them.

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

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
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
}
