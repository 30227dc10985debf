//! Time on Unix seconds (UTC), over [`jiff`], without reading any clock.
//!
//! The calendar (days in a month, leap years, weekdays, time zones) is
//! jiff's; this module only names what the engine needs: a calendar [`Day`],
//! RFC 3339 and table formatting, and the fast lenient parser that reads the
//! times in flight files ([`parse_datetime`]).
//!
//! # Units
//! Every timestamp in the engine is a count of seconds since
//! 1970-01-01T00:00:00Z, as `i64`.
//!
//! # Range
//! jiff's calendar runs from the year -9999 to 9999. A time outside it
//! (only a garbage number in a file gives one) is held at the nearest end
//! when it is shown or turned into a date; nothing panics.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, Weekday};
use jiff::{SignedDuration, Timestamp};

const DAY_S: i64 = 86_400;

/// 1970-01-01, day 0.
const EPOCH: Date = Date::constant(1970, 1, 1);

/// The instant jiff can show for Unix seconds `t` (held within its range).
fn timestamp(t: i64) -> Timestamp {
    let t = t.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second());
    Timestamp::from_second(t).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A calendar day (UTC unless said otherwise), as a count of days since
/// 1970-01-01. Shown and parsed as `YYYY-MM-DD`.
///
/// ```
/// use flightlens_core::time::Day;
///
/// let day: Day = "2019-01-28".parse().unwrap();
/// assert_eq!(day.to_string(), "2019-01-28");
/// assert_eq!(Day::of(1_548_633_600 + 3_600), day);
/// assert_eq!(day.start(), 1_548_633_600);
/// assert_eq!(day.weekday(), jiff::civil::Weekday::Monday);
/// assert!("2019-02-30".parse::<Day>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

impl Day {
    /// The first day jiff's calendar has, -9999-01-01.
    pub const MIN: Day = Day(-4_371_587);

    /// The last day jiff's calendar has, 9999-12-31.
    pub const MAX: Day = Day(2_932_896);

    /// The day `n` days after 1970-01-01 (before it, for negative `n`),
    /// held within the calendar's range.
    pub fn from_days(n: i64) -> Day {
        Day(n).clamped()
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        self.0
    }

    /// The UTC day that Unix seconds `t` fall on.
    pub fn of(t: i64) -> Day {
        Day::from_days(t.div_euclid(DAY_S))
    }

    /// The day's first second, 00:00:00 UTC, as Unix seconds.
    pub fn start(self) -> i64 {
        self.0 * DAY_S
    }

    /// The date `year`-`month`-`day` of the proleptic Gregorian calendar;
    /// `None` when there is no such date (30 February, month 13).
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Day> {
        let date = Date::new(
            i16::try_from(year).ok()?,
            i8::try_from(month).ok()?,
            i8::try_from(day).ok()?,
        )
        .ok()?;
        Some(Day::from(date))
    }

    /// The day as a jiff date.
    pub fn date(self) -> Date {
        // In range: every `Day` is.
        EPOCH
            .checked_add(SignedDuration::from_hours(self.0 * 24))
            .unwrap_or(EPOCH)
    }

    /// The day's `(year, month, day)`.
    pub fn ymd(self) -> (i64, u32, u32) {
        let d = self.date();
        (
            i64::from(d.year()),
            u32::from(d.month().unsigned_abs()),
            u32::from(d.day().unsigned_abs()),
        )
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        self.date().weekday()
    }

    fn clamped(self) -> Day {
        Day(self.0.clamp(Day::MIN.0, Day::MAX.0))
    }
}

impl Default for Day {
    /// 1970-01-01.
    fn default() -> Day {
        Day(0)
    }
}

impl From<Date> for Day {
    fn from(d: Date) -> Day {
        Day(d.duration_since(EPOCH).as_hours() / 24)
    }
}

impl fmt::Display for Day {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.date().fmt(f)
    }
}

/// Text that is not a date `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayError {
    /// The text as given.
    pub text: String,
}

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a date like 2019-01-28", self.text)
    }
}

impl std::error::Error for DayError {}

impl FromStr for Day {
    type Err = DayError;

    /// Exactly `YYYY-MM-DD` (four, two and two ASCII digits), a date that
    /// exists; no surrounding space.
    fn from_str(s: &str) -> Result<Day, DayError> {
        let b = s.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        shape
            .then(|| Day::from_ymd(i64::from(num(0..4)?), num(5..7)?, num(8..10)?))
            .flatten()
            .ok_or_else(|| DayError { text: s.into() })
    }
}

/// The months' names in English, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days since 1970-01-01 for a proleptic Gregorian date. Days past the
/// month's end run on into the next month (31 February is 3 March, as the
/// article reader expects); years are held within -9999 to 9999.
///
/// The article reader's lenient form of [`Day::from_ymd`]: it counts on
/// from a month's end instead of refusing the date.
///
/// ```
/// assert_eq!(flightlens_core::time::days_from_civil(1970, 1, 1), 0);
/// assert_eq!(flightlens_core::time::days_from_civil(2000, 3, 1), 11017);
/// assert_eq!(flightlens_core::time::days_from_civil(2019, 2, 31), 17_958);
/// ```
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let m = i64::from(m) - 1;
    let y = (y + m.div_euclid(12)).clamp(-9999, 9999);
    let m = m.rem_euclid(12) as u32 + 1;
    let first = Day::from_ymd(y, m, 1).unwrap_or_default();
    first.0 + i64::from(d) - 1
}

/// The date `(year, month, day)` of a count of days since 1970-01-01.
///
/// The same as [`Day::ymd`] on a bare count, for the article reader, which
/// keeps day counts.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    Day::from_days(z).ymd()
}

/// Formats Unix seconds as RFC 3339 UTC, e.g. `2019-01-23T08:02:00Z`.
///
/// ```
/// assert_eq!(flightlens_core::time::rfc3339(1_548_230_520), "2019-01-23T08:02:00Z");
/// ```
pub fn rfc3339(t: i64) -> String {
    timestamp(t).to_string()
}

/// Formats Unix seconds as `YYYY-MM-DD HH:MM` UTC, for tables.
///
/// ```
/// assert_eq!(flightlens_core::time::short_utc(1_548_230_520), "2019-01-23 08:02");
/// ```
pub fn short_utc(t: i64) -> String {
    timestamp(t).strftime("%Y-%m-%d %H:%M").to_string()
}

/// A time in an IANA zone as RFC 3339 with its offset, e.g.
/// `2019-01-23T14:40:00+03:00`; `None` for an unknown zone (or a time
/// outside the calendar).
///
/// ```
/// use flightlens_core::time::rfc3339_local;
/// assert_eq!(
///     rfc3339_local(1_548_232_800, "Europe/Moscow").as_deref(),
///     Some("2019-01-23T11:40:00+03:00")
/// );
/// assert_eq!(rfc3339_local(0, "Nowhere/Atlantis"), None);
/// ```
pub fn rfc3339_local(t: i64, tz: &str) -> Option<String> {
    Some(zoned(t, tz)?.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
}

/// The calendar day that Unix seconds `t` fall on in an IANA zone; `None`
/// for an unknown zone (or a time outside the calendar).
///
/// ```
/// use flightlens_core::time::{Day, local_day};
/// // 23:30 UTC on 22 January is already the 23rd in Moscow.
/// let t = 1_548_199_800;
/// assert_eq!(Day::of(t).to_string(), "2019-01-22");
/// assert_eq!(local_day(t, "Europe/Moscow").map(|d| d.to_string()).as_deref(), Some("2019-01-23"));
/// ```
pub fn local_day(t: i64, tz: &str) -> Option<Day> {
    Some(Day::from(zoned(t, tz)?.date()))
}

/// `t` in zone `tz`; `None` for an unknown zone or a time outside the
/// calendar.
fn zoned(t: i64, tz: &str) -> Option<jiff::ZonedDateTime> {
    let zone = zone(tz)?;
    Some(Timestamp::from_second(t).ok()?.to_zoned_datetime(zone))
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
/// This is the ingest's hot path (one call per row of a big file), so it
/// reads the bytes by hand and is lenient in ways jiff's RFC 3339 parser
/// rightly is not; only the calendar (does the date exist, which day is it)
/// is jiff's.
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
    // None for 30 February and the like.
    let day = Day::from_ymd(y, mo as u32, d as u32)?;
    Some(day.start() + h * 3600 + mi * 60 + sec - offset)
}

/// A calendar date `YYYY-MM-DD` (surrounding space allowed) as days since
/// 1970-01-01: the Published date of an article.
///
/// A [`Day`] parsed from text as a day count, for the article reader's
/// publication date.
///
/// ```
/// use flightlens_core::time::parse_date;
/// assert_eq!(parse_date("1970-01-02"), Some(1));
/// assert_eq!(parse_date(" 2019-01-28 "), Some(17_924));
/// assert_eq!(parse_date("2019-1-28"), None);
/// assert_eq!(parse_date("2019-02-30"), None);
/// ```
pub fn parse_date(s: &str) -> Option<i64> {
    s.trim().parse::<Day>().ok().map(Day::days)
}

static ZONES: std::sync::OnceLock<std::collections::HashMap<String, jiff::tz::TimeZone>> =
    std::sync::OnceLock::new();

/// The time zone named `name` (IANA): one handed in with
/// [`install_zones`], else from jiff's bundled database (natively and with
/// `embedded-data`); `None` for a zone neither has.
pub fn zone(name: &str) -> Option<jiff::tz::TimeZone> {
    if let Some(z) = ZONES.get().and_then(|zones| zones.get(name)) {
        return Some(z.clone());
    }
    jiff::tz::db().get(name).ok()
}

/// Hands the engine the time zones it needs where jiff's database is not
/// bundled (the web app): the bytes of `timezones.tzif.gz` as `cargo xtask
/// gen-timezones` writes it (gzipped: a `name<TAB>length` line per zone, an
/// empty line, then each zone's TZif data in that order). A second call
/// keeps the first zones. Returns how many zones there are; bytes that are
/// not such a file are refused, never a panic.
pub fn install_zones(gz: &[u8]) -> Result<usize, String> {
    if let Some(z) = ZONES.get() {
        return Ok(z.len());
    }
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gz), &mut raw)
        .map_err(|e| format!("the time zones could not be unpacked: {e}"))?;
    let at = raw
        .windows(2)
        .position(|w| w == b"\n\n")
        .ok_or("the time zones file has no index")?;
    let head = std::str::from_utf8(&raw[..at]).map_err(|_| "the time zones' index is not text")?;
    let mut body = &raw[at + 2..];
    let mut zones = std::collections::HashMap::new();
    for line in head.lines() {
        let (name, len) = line
            .split_once('\t')
            .and_then(|(n, l)| Some((n, l.parse::<usize>().ok()?)))
            .ok_or_else(|| format!("the time zones' index has a bad line: {line:?}"))?;
        if len > body.len() {
            return Err(format!("the time zones file ends inside {name}"));
        }
        let zone = jiff::tz::TimeZone::tzif(name, &body[..len])
            .map_err(|e| format!("the time zone {name} could not be read: {e}"))?;
        zones.insert(name.to_string(), zone);
        body = &body[len..];
    }
    if zones.is_empty() {
        return Err("the time zones file holds no zone".into());
    }
    Ok(ZONES.get_or_init(|| zones).len())
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
        for s in [
            "",
            " 2019-01-28",
            "2019-1-28",
            "2019-01-2x",
            "+019-01-28",
            "2019-00-01",
        ] {
            assert!(s.parse::<Day>().is_err(), "{s}");
        }
    }

    #[test]
    fn days_and_weekdays() {
        assert_eq!(Day::of(-1).to_string(), "1969-12-31");
        assert_eq!(Day::of(0).start(), 0);
        assert_eq!(Day::from_ymd(2019, 1, 28).map(Day::days), Some(17_924));
        // 1970-01-01 was a Thursday.
        assert_eq!(Day::default().weekday(), Weekday::Thursday);
        assert_eq!(Day::of(1_548_633_600).weekday().to_monday_zero_offset(), 0);
    }

    #[test]
    fn the_calendar_ends() {
        assert_eq!(Day::from(Date::MIN), Day::MIN);
        assert_eq!(Day::from(Date::MAX), Day::MAX);
        assert_eq!(Day::MIN.date(), Date::MIN);
        assert_eq!(Day::MAX.date(), Date::MAX);
    }

    #[test]
    fn garbage_times_are_held_at_the_calendar_ends() {
        assert_eq!(rfc3339(i64::MAX), rfc3339(Timestamp::MAX.as_second()));
        assert!(rfc3339(i64::MIN).starts_with("-009999-01"));
        assert_eq!(Day::of(i64::MAX), Day::MAX);
        assert_eq!(Day::of(i64::MIN).to_string(), "-009999-01-01");
        assert_eq!(short_utc(i64::MAX), "9999-12-30 22:00");
        assert_eq!(days_from_civil(99_999, 1, 1), Day::MAX.days() - 364);
    }

    #[test]
    fn the_old_calendar_arithmetic_agrees() {
        // Howard Hinnant's days-from-civil, which this module used before jiff.
        fn hinnant(y: i64, m: u32, d: u32) -> i64 {
            let y = if m <= 2 { y - 1 } else { y };
            let era = y.div_euclid(400);
            let yoe = y - era * 400;
            let m = i64::from(m);
            let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            era * 146_097 + doe - 719_468
        }
        for y in [
            -2000, -1, 0, 1, 1600, 1900, 1969, 1970, 2000, 2019, 2024, 2100, 9999,
        ] {
            for m in 1..=12 {
                for d in 1..=31 {
                    assert_eq!(days_from_civil(y, m, d), hinnant(y, m, d), "{y}-{m}-{d}");
                }
            }
        }
    }
}
