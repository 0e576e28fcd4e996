//! Dates as the portal writes them, without a date crate.
//!
//! The emulated portal lives in one fixed time zone ([`PORTAL_TZ`], UTC+3, no DST) so that every
//! ISO string carries the same offset, like a real portal configured for one region.

/// The portal's time zone name (as `TIME_ZONE` / calendar `TZ_FROM` show it).
pub const PORTAL_TZ: &str = "Europe/Moscow";
/// The portal's UTC offset in seconds.
pub const PORTAL_OFFSET_SECS: i64 = 3 * 3600;
/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// Seconds in an hour.
pub const HOUR: i64 = 3_600;

/// Unix time in whole seconds.
pub fn now_secs() -> i64 {
    (crate::log::now_ms() / 1000) as i64
}

/// Unix time in fractional seconds (for the `time` block of REST answers).
pub fn now_f64() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Midnight (portal time) of the day containing `ts`, as a Unix timestamp.
pub fn portal_midnight(ts: i64) -> i64 {
    let local = ts + PORTAL_OFFSET_SECS;
    local.div_euclid(DAY) * DAY - PORTAL_OFFSET_SECS
}

/// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

struct Parts {
    y: i64,
    mo: u32,
    d: u32,
    h: i64,
    mi: i64,
    s: i64,
}

fn local_parts(ts: i64) -> Parts {
    let local = ts + PORTAL_OFFSET_SECS;
    let (y, mo, d) = civil_from_days(local.div_euclid(DAY));
    let secs = local.rem_euclid(DAY);
    Parts {
        y,
        mo,
        d,
        h: secs / 3600,
        mi: secs % 3600 / 60,
        s: secs % 60,
    }
}

/// ISO 8601 with the portal offset, e.g. `2026-11-24T10:00:00+03:00` (what REST returns for datetimes).
pub fn iso(ts: i64) -> String {
    let p = local_parts(ts);
    let off = PORTAL_OFFSET_SECS.abs();
    let sign = if PORTAL_OFFSET_SECS < 0 { '-' } else { '+' };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
        p.y,
        p.mo,
        p.d,
        p.h,
        p.mi,
        p.s,
        sign,
        off / 3600,
        off % 3600 / 60
    )
}

/// The US-style site format the calendar module uses: `12/11/2024 05:59:00 pm`.
pub fn site_datetime(ts: i64) -> String {
    let p = local_parts(ts);
    let (h12, ampm) = match p.h {
        0 => (12, "am"),
        1..=11 => (p.h, "am"),
        12 => (12, "pm"),
        _ => (p.h - 12, "pm"),
    };
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}:{:02} {}",
        p.mo, p.d, p.y, h12, p.mi, p.s, ampm
    )
}

/// The US-style site date without time: `12/11/2024` (all-day calendar events).
pub fn site_date(ts: i64) -> String {
    let p = local_parts(ts);
    format!("{:02}/{:02}/{:04}", p.mo, p.d, p.y)
}

fn num(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses the date forms clients send in filters and fields: `2026-11-24`, `2026-11-24T10:00[:00][.sss]`
/// with `Z`/`±hh:mm`/`±hhmm` or none (portal time), `2026-11-24 10:00:00`, `24.11.2026[ 10:00[:00]]`,
/// `11/24/2026[ 10:00:00 am]`. `None` for anything else.
pub fn parse(input: &str) -> Option<i64> {
    let s = input.trim();
    if s.len() < 8 {
        return None;
    }
    let (date, rest) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let (y, mo, d) = if date.contains('-') {
        let mut it = date.split('-');
        (num(it.next()?)?, num(it.next()?)?, num(it.next()?)?)
    } else if date.contains('.') {
        let mut it = date.split('.');
        let d = num(it.next()?)?;
        let mo = num(it.next()?)?;
        (num(it.next()?)?, mo, d)
    } else if date.contains('/') {
        let mut it = date.split('/');
        let mo = num(it.next()?)?;
        let d = num(it.next()?)?;
        (num(it.next()?)?, mo, d)
    } else {
        return None;
    };
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || !(1000..=9999).contains(&y) {
        return None;
    }
    let day = days_from_civil(y, mo as u32, d as u32);
    let (secs, offset) = parse_time_of_day(rest)?;
    Some(day * DAY + secs - offset)
}

/// `10:00[:00][.sss][ am|pm][Z|±hh:mm]` → (seconds since midnight, offset in seconds).
fn parse_time_of_day(rest: &str) -> Option<(i64, i64)> {
    if rest.is_empty() {
        return Some((0, PORTAL_OFFSET_SECS));
    }
    let lower = rest.to_ascii_lowercase();
    let (clock, ampm) = if let Some(c) = lower.strip_suffix("am") {
        (c.trim().to_owned(), Some(false))
    } else if let Some(c) = lower.strip_suffix("pm") {
        (c.trim().to_owned(), Some(true))
    } else {
        (lower.clone(), None)
    };
    let (clock, offset) = if let Some(c) = clock.strip_suffix('z') {
        (c.to_owned(), 0)
    } else if let Some(i) = clock.rfind(['+', '-']).filter(|&i| i >= 5) {
        let tz = clock[i + 1..].replace(':', "");
        if tz.len() != 4 {
            return None;
        }
        let minutes = num(tz.get(..2)?)? * 60 + num(tz.get(2..)?)?;
        let sign = if clock.as_bytes()[i] == b'-' { -1 } else { 1 };
        (clock[..i].to_owned(), sign * minutes * 60)
    } else {
        (clock, PORTAL_OFFSET_SECS)
    };
    let clock = clock.split('.').next().unwrap_or("");
    let mut it = clock.split(':');
    let mut h = num(it.next()?)?;
    let mi = it.next().map(num).unwrap_or(Some(0))?;
    let s = it.next().map(num).unwrap_or(Some(0))?;
    if let Some(pm) = ampm {
        h %= 12;
        if pm {
            h += 12;
        }
    }
    if h > 23 || mi > 59 || s > 60 {
        return None;
    }
    Some((h * 3600 + mi * 60 + s, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in [-1000, 0, 11_017, 20_000, 25_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn iso_uses_the_portal_offset_and_parses_back() {
        let ts = 1_721_660_468; // 2024-07-22T15:01:08Z
        assert_eq!(iso(ts), "2024-07-22T18:01:08+03:00");
        assert_eq!(parse(&iso(ts)), Some(ts));
        assert_eq!(parse("2024-07-22T15:01:08Z"), Some(ts));
        assert_eq!(parse("2024-07-22T17:01:08+02:00"), Some(ts));
        assert_eq!(parse("2024-07-22 18:01:08"), Some(ts));
        assert_eq!(parse("22.07.2024 18:01:08"), Some(ts));
        assert_eq!(parse("07/22/2024 06:01:08 pm"), Some(ts));
        assert_eq!(parse("2024-07-22"), Some(portal_midnight(ts)));
        assert_eq!(site_datetime(ts), "07/22/2024 06:01:08 pm");
        assert_eq!(parse("12345"), None);
        assert_eq!(parse("2024-13-01"), None);
        assert_eq!(parse("not a date at all"), None);
    }
}
