//! Calendar arithmetic on Unix seconds (UTC), without reading any clock.
//!
//! # Units
//! Every timestamp in the engine is a count of seconds since
//! 1970-01-01T00:00:00Z, as `i64`.

/// Days since 1970-01-01 for a proleptic Gregorian date.
///
/// ```
/// assert_eq!(flightlens_core::time::days_from_civil(1970, 1, 1), 0);
/// assert_eq!(flightlens_core::time::days_from_civil(2000, 3, 1), 11017);
/// ```
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` of a count of days since 1970-01-01.
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

/// Formats Unix seconds as RFC 3339 UTC, e.g. `2019-01-23T08:02:00Z`.
///
/// ```
/// assert_eq!(flightlens_core::time::rfc3339(1_548_230_520), "2019-01-23T08:02:00Z");
/// ```
pub fn rfc3339(t: i64) -> String {
    let (y, mo, d) = civil_from_days(t.div_euclid(86_400));
    let s = t.rem_euclid(86_400);
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` UTC, for tables.
pub fn short_utc(t: i64) -> String {
    let (y, mo, d) = civil_from_days(t.div_euclid(86_400));
    let s = t.rem_euclid(86_400);
    format!("{y:04}-{mo:02}-{d:02} {:02}:{:02}", s / 3600, (s / 60) % 60)
}

/// A duration for people: `2 h 05 min`, `3 d 04 h`, `45 min`.
///
/// ```
/// use flightlens_core::time::human_duration;
/// assert_eq!(human_duration(7_500), "2 h 05 min");
/// assert_eq!(human_duration(273_600), "3 d 04 h");
/// assert_eq!(human_duration(59), "0 min");
/// ```
pub fn human_duration(s: i64) -> String {
    let s = s.max(0);
    let (d, h, m) = (s / 86_400, (s / 3600) % 24, (s / 60) % 60);
    if d > 0 {
        format!("{d} d {h:02} h")
    } else if h > 0 {
        format!("{h} h {m:02} min")
    } else {
        format!("{m} min")
    }
}

/// Parses a UTC date-time: `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z]`, also the
/// Flightradar24 granular form `2024-01-02 07:41:03Z.515`. Fractions of a
/// second are dropped; an explicit offset such as `+02:00` is applied.
/// Returns `None` for anything else.
///
/// ```
/// use flightlens_core::time::parse_datetime;
/// assert_eq!(parse_datetime("2024-01-02T07:22:55Z"), Some(1_704_180_175));
/// assert_eq!(parse_datetime("2024-01-02 07:22:55Z.515"), Some(1_704_180_175));
/// assert_eq!(parse_datetime("2024-01-02 09:22:55+02:00"), Some(1_704_180_175));
/// assert_eq!(parse_datetime("yesterday"), None);
/// ```
pub fn parse_datetime(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() < 16 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    if b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b' ' || b[10] == b't')
        || b[13] != b':'
    {
        return None;
    }
    let (y, mo, d, h, mi) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
    );
    let mut i = 16;
    let mut sec = 0;
    if b.get(i) == Some(&b':') {
        sec = num(17..19)?;
        i = 19;
    }
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut offset = 0;
    // Fraction, `Z`, offset, in any of the orders seen in real exports.
    while i < b.len() {
        match b[i] {
            b'.' | b',' => {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            b'Z' | b'z' => i += 1,
            b'+' | b'-' if b.len() >= i + 3 => {
                let sign = if b[i] == b'-' { -1 } else { 1 };
                let oh = num(i + 1..i + 3)?;
                let om = match b.get(i + 3) {
                    Some(b':') => num(i + 4..i + 6)?,
                    Some(_) => num(i + 3..i + 5)?,
                    None => 0,
                };
                offset = sign * (oh * 3600 + om * 60);
                i = b.len();
            }
            _ => return None,
        }
    }
    let days = days_from_civil(y, mo as u32, d as u32);
    if civil_from_days(days) != (y, mo as u32, d as u32) {
        return None; // 30 February and the like
    }
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

/// A calendar date `YYYY-MM-DD` (surrounding space allowed) as days since
/// 1970-01-01: the Published date of an article.
///
/// ```
/// use flightlens_core::time::parse_date;
/// assert_eq!(parse_date("1970-01-02"), Some(1));
/// assert_eq!(parse_date(" 2019-01-28 "), Some(17_924));
/// assert_eq!(parse_date("2019-1-28"), None);
/// assert_eq!(parse_date("2019-02-30"), None);
/// ```
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    parse_datetime(&format!("{s} 00:00:00")).map(|t| t.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_centuries() {
        for z in (-200_000..200_000).step_by(97) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn leap_day() {
        assert_eq!(
            rfc3339(days_from_civil(2024, 2, 29) * 86_400),
            "2024-02-29T00:00:00Z"
        );
        assert_eq!(parse_datetime("2023-02-29T00:00:00Z"), None);
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "2024-13-01 00:00",
            "2024-01-02X07:00",
            "2024-01-02 07:00:00Q",
            "２０２４-01-02 07:00",
        ] {
            assert_eq!(parse_datetime(s), None, "{s}");
        }
    }
}
