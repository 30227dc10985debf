//! The value of one field: a number, a time, an ICAO address, and whether
//! a position is one an aircraft could have reported.

use super::report::{Excerpt, WarningKind};

/// 2100-01-01T00:00:00Z: the latest time a row may have when the caller
/// gives none (see [`TimeWindow`]).
pub const LATEST_DEFAULT: i64 = 4_102_444_800;

/// The times a row may have: after 1970-01-01T00:00:00Z (a time of 0 or
/// before is a clock that was not set, or garbage) and not after
/// `latest`. The engine reads no clock: a caller that has one passes its
/// now plus a day; without it, [`LATEST_DEFAULT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    /// The latest time allowed, Unix seconds.
    pub latest: i64,
}

impl Default for TimeWindow {
    fn default() -> Self {
        TimeWindow {
            latest: LATEST_DEFAULT,
        }
    }
}

impl TimeWindow {
    /// True when `t` may be a row's time.
    pub fn contains(self, t: i64) -> bool {
        t > 0 && t <= self.latest
    }

    /// `t`, or why no row may have it.
    pub(crate) fn check(self, t: i64) -> Result<i64, WarningKind> {
        if self.contains(t) {
            Ok(t)
        } else {
            Err(WarningKind::TimeOutOfRange {
                time: t,
                latest: self.latest,
            })
        }
    }
}

/// Parses a number exactly as `str::parse::<f64>` does, taking a short cut
/// for the plain decimals that fill flight data (`-0.453822`, `35000`).
///
/// The short cut is exact, not an approximation: a decimal of at most
/// 2^53 in its digits and at most 22 places is a quotient of two numbers
/// that `f64` holds exactly, and IEEE division rounds correctly, as `parse`
/// does. Anything else (exponents, `inf`, long digit strings) goes to
/// `parse`. It halves the time numbers take, which is a tenth of reading a
/// CSV, and more than that in WebAssembly.
pub fn parse_f64(s: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let (mut m, mut n, mut places, mut dot) = (0u64, 0usize, 0usize, false);
    for &c in digits {
        match c {
            b'0'..=b'9' if n < 19 => {
                m = m * 10 + u64::from(c - b'0');
                n += 1;
                places += usize::from(dot);
            }
            b'.' if !dot => dot = true,
            _ => return s.parse().ok(),
        }
    }
    if n == 0 || m > 1 << 53 || places >= POW10.len() {
        return s.parse().ok();
    }
    let v = m as f64 / POW10[places];
    Some(if neg { -v } else { v })
}

/// Parses an optional number; `Err` names the column when present but bad.
pub(crate) fn opt_num(v: Option<&str>, column: &'static str) -> Result<Option<f64>, WarningKind> {
    match v {
        None => Ok(None),
        Some(s) => parse_f64(s)
            .filter(|x| x.is_finite())
            .map(Some)
            .ok_or_else(|| WarningKind::NotANumber {
                field: column,
                value: Excerpt::of(s),
            }),
    }
}

/// A time as Unix seconds: epoch seconds or milliseconds (told apart by
/// size), or a date-time string.
pub(crate) fn parse_time(s: &str) -> Option<i64> {
    if let Some(v) = parse_f64(s) {
        if !v.is_finite() || v < 0.0 {
            return None;
        }
        let secs = if v > 1e11 { v / 1000.0 } else { v };
        return (secs < 1e10).then_some(secs.floor() as i64);
    }
    crate::time::parse_datetime(s)
}

/// A 24-bit address as six lower-case hex digits: accepts `0x8467d8`,
/// `~8467d8` (a non-ICAO address in readsb) and upper case.
pub(crate) fn parse_icao24(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s
        .strip_prefix("0x")
        .or_else(|| s.strip_prefix("0X"))
        .unwrap_or(s);
    let s = s.trim_start_matches('~').to_ascii_lowercase();
    (s.len() == 6 && s.bytes().all(|b| b.is_ascii_hexdigit())).then_some(s)
}

/// Checks a position and returns why it is unusable, if it is.
pub(crate) fn position_problem(lat: f64, lon: f64) -> Option<WarningKind> {
    if !(lat.is_finite() && lon.is_finite()) {
        Some(WarningKind::PositionNotANumber)
    } else if lat == 0.0 && lon == 0.0 {
        Some(WarningKind::PlaceholderPosition)
    } else if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        Some(WarningKind::PositionOutOfRange)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_f64_is_exactly_str_parse() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "+0",
            "0.",
            ".5",
            "-.5",
            ".",
            "-",
            "+",
            "",
            "1e5",
            "inf",
            "NaN",
            "-inf",
            "1.5.2",
            "1,5",
            " 1",
            "00000000000000000000012.5",
            "9007199254740993",
            "9007199254740992",
            "0.30000000000000004",
            "123456789012345678901234",
            "0.0000000000000000000001",
            "0.00000000000000000000001",
            "51.480134",
            "-0.453822",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Digits and dots in every short arrangement, and random decimals.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = 1 + (x % 24) as usize;
            let s: String = (0..len)
                .map(|i| {
                    let d = (x >> (i * 2 % 60)) % 13;
                    match d {
                        10 => '.',
                        11 if i == 0 => '-',
                        _ => char::from(b'0' + (d % 10) as u8),
                    }
                })
                .collect();
            cases.push(s);
        }
        for s in &cases {
            assert_eq!(
                parse_f64(s).map(f64::to_bits),
                s.parse::<f64>().ok().map(f64::to_bits),
                "{s:?}"
            );
        }
    }

    #[test]
    fn times_in_every_usual_form() {
        assert_eq!(parse_time("1704180175"), Some(1_704_180_175));
        assert_eq!(parse_time("1704180175.9"), Some(1_704_180_175));
        assert_eq!(parse_time("1704180175123"), Some(1_704_180_175));
        assert_eq!(parse_time("2024-01-02T07:22:55Z"), Some(1_704_180_175));
        assert_eq!(parse_time("2024-01-02 07:22:55"), Some(1_704_180_175));
        assert_eq!(parse_time("-5"), None);
        assert_eq!(parse_time("NaN"), None);
        assert_eq!(parse_time("1e300"), None);
    }

    #[test]
    fn addresses() {
        assert_eq!(parse_icao24("0x8467D8").as_deref(), Some("8467d8"));
        assert_eq!(parse_icao24("~ac671b").as_deref(), Some("ac671b"));
        assert_eq!(parse_icao24("8467d"), None);
        assert_eq!(parse_icao24("zzzzzz"), None);
    }
}
