//! What happened to one file: its report, and the warnings that say which
//! row was skipped and why.
//!
//! A parser says what is wrong as a [`WarningKind`]; the report renders it
//! into a [`Warning`] with the file and line, whose `message` is the text
//! the JSON output and the app show.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::format::Format;
use super::jumps::MAX_JUMP_KT;
use crate::time::{Day, rfc3339};

/// How many warnings one file keeps in full; the rest are only counted.
pub const MAX_WARNINGS_KEPT: usize = 200;

/// A problem with one row or one file, for the reader to act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The file's name as the user gave it.
    pub file: String,
    /// 1-based line number, when the problem is on one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// What is wrong, in words a reporter can act on.
    pub message: String,
}

/// What is wrong with one row or one file. `Display` gives the words of
/// [`Warning::message`]; where it happened (file, line) is the warning's.
#[derive(Debug, Clone, PartialEq)]
pub enum WarningKind {
    /// The file holds nothing but blank space.
    EmptyFile,
    /// The file is in no format Flightlens reads.
    UnknownFormat {
        /// The formats tried, in order.
        tried: &'static [Format],
    },
    /// The file starts like gzip but does not unpack.
    BadGzip {
        /// The unpacker's error.
        error: String,
    },
    /// Unpacked, the file is bigger than Flightlens will hold.
    TooBigUnpacked {
        /// The limit, in GiB.
        limit_gib: u64,
    },
    /// A JSON or KML file (read whole) is bigger than Flightlens will hold.
    TooBigWhole {
        /// The format it seems to be in.
        what: &'static str,
        /// The limit, in MiB.
        limit_mib: u64,
    },
    /// A line of a CSV runs on past the longest a row may be.
    LineTooLong {
        /// The line.
        line: u64,
        /// The limit, in KiB.
        limit_kib: u64,
    },
    /// The start of the file holds no line end and is not JSON or XML.
    NoLineEnd {
        /// How far it was read, in KiB.
        limit_kib: u64,
    },
    /// The header of a fixed layout lacks a column the layout needs.
    MissingColumn,
    /// A CSV has no time, latitude and longitude columns Flightlens can name.
    NoPositionColumns,
    /// The csv crate could not read the header line.
    UnreadableHeader {
        /// The csv crate's error.
        error: String,
    },
    /// The csv crate could not read a row.
    UnreadableRow {
        /// The csv crate's error.
        error: String,
    },
    /// A JSON file does not parse.
    BadJson {
        /// The JSON parser's error.
        error: String,
    },
    /// A KML file stops parsing part way.
    DamagedKml {
        /// The XML parser's error.
        error: String,
    },
    /// A KML track's times and positions differ in number.
    UnpairedKmlTrack {
        /// Number of `<when>` elements.
        times: usize,
        /// Number of `<gx:coord>` elements.
        positions: usize,
    },
    /// A KML `<when>` is not a date-time.
    BadKmlTime,
    /// A KML `<gx:coord>` is not `lon lat altitude`.
    BadKmlCoord,
    /// Positions of one aircraft dropped as bad fixes (see [`MAX_JUMP_KT`]):
    /// glitches, or a spoofed position.
    ImpossibleJumps {
        /// The aircraft's label.
        aircraft: String,
        /// Where they were in the file (how many, and which rows).
        rows: RowRanges,
    },
    /// A required field is empty or absent.
    Missing {
        /// The field, as the format names it.
        field: &'static str,
    },
    /// A time is neither a date-time nor Unix seconds or milliseconds.
    BadTime {
        /// The field's text.
        value: Excerpt,
    },
    /// A time is before 1970 or after the latest time the caller allows
    /// (see [`TimeWindow`]): no flight data has it.
    TimeOutOfRange {
        /// The time as read, Unix seconds.
        time: i64,
        /// The latest time allowed, Unix seconds.
        latest: i64,
    },
    /// Positions of one aircraft dated over a year away from the rest of
    /// its track: a wrong clock, not a flight.
    FarFromTrack {
        /// The aircraft's label.
        aircraft: String,
        /// Where they were in the file.
        rows: RowRanges,
        /// The rest of the track, first and last time, Unix seconds.
        track: (i64, i64),
    },
    /// Positions under one aircraft's name that jump impossibly so often
    /// that they are not one track: several aircraft under one name, or
    /// rows that are not positions in time order. Nothing is dropped.
    JumpsEverywhere {
        /// The aircraft's label.
        aircraft: String,
        /// How many steps were impossible.
        count: usize,
    },
    /// Positions of one aircraft that repeat the one before while the
    /// aircraft reports moving: a position that was not updated.
    StalePositions {
        /// The aircraft's label.
        aircraft: String,
        /// Where they were in the file.
        rows: RowRanges,
    },
    /// A field meant to hold Unix seconds does not.
    NotUnixSeconds {
        /// The field, as the format names it.
        field: &'static str,
        /// The field's text.
        value: Excerpt,
    },
    /// A numeric field is not a finite number.
    NotANumber {
        /// The field, as the format names it.
        field: &'static str,
        /// The field's text.
        value: Excerpt,
    },
    /// A Flightradar24 `Position` is not `"lat,lon"`.
    NotLatLon {
        /// The field's text.
        value: Excerpt,
    },
    /// A row has no latitude or no longitude.
    NoPosition,
    /// Latitude or longitude is not a finite number.
    PositionNotANumber,
    /// The position is 0,0, which receivers write when they have no fix.
    PlaceholderPosition,
    /// Latitude beyond ±90° or longitude beyond ±180°.
    PositionOutOfRange,
    /// An address column holds no 24-bit ICAO address.
    NotAnAddress {
        /// The field's text.
        value: Excerpt,
    },
    /// An OpenSky flights row's `icao24` is not six hex digits.
    BadFlightAddress {
        /// The field's text.
        value: Excerpt,
    },
    /// An OpenSky flights JSON entry lacks a valid `icao24`.
    FlightWithoutAddress {
        /// The flight's place in the list, from 1.
        flight: usize,
    },
    /// The OpenSky flights JSON is not an array.
    NotAFlightList,
    /// A logbook departure time cannot be placed in the airport's time zone.
    UnplacedDeparture {
        /// The row's `Date`.
        date: Excerpt,
    },
    /// A readsb trace's `icao` is not a six-digit hex address.
    BadTraceAddress {
        /// The JSON value found, as JSON.
        found: Excerpt,
    },
    /// A readsb trace has no `timestamp` to place its times.
    NoTraceTimestamp,
    /// A readsb trace has no `trace` array.
    NoTraceArray,
    /// A problem with one entry of a readsb trace.
    TraceEntry {
        /// The entry's place in the trace, from 1.
        entry: usize,
        /// What is wrong with it.
        problem: Box<WarningKind>,
    },
    /// A problem with one flight of a flight list in JSON.
    ListEntry {
        /// The flight's place in the list, from 1.
        flight: usize,
        /// What is wrong with it.
        problem: Box<WarningKind>,
    },
    /// A Flightradar24 playback has no `track` array where it should be.
    NoPlaybackTrack,
    /// A problem with one entry of a Flightradar24 playback's track.
    PlaybackEntry {
        /// The entry's place in the track, from 1.
        entry: usize,
        /// What is wrong with it.
        problem: Box<WarningKind>,
    },
    /// A readsb trace entry is not an array.
    NotAnArray,
    /// A readsb trace entry lacks its time, latitude or longitude.
    MissingTimeOrPosition,
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WarningKind::*;
        match self {
            EmptyFile => write!(f, "the file is empty"),
            UnknownFormat { tried } => {
                let tried: Vec<&str> = tried.iter().map(|t| t.name()).collect();
                write!(
                    f,
                    "not a flight-data format Flightlens knows (tried: {}). Export the track as CSV or JSON from Flightradar24, OpenSky or ADS-B Exchange, or give a CSV a header naming its time, latitude and longitude columns.",
                    tried.join(", ")
                )
            }
            BadGzip { error } => write!(
                f,
                "the file looks gzip-compressed but could not be unpacked: {error}"
            ),
            TooBigUnpacked { limit_gib } => {
                write!(
                    f,
                    "unpacked, the file is over {limit_gib} GiB; split it first"
                )
            }
            TooBigWhole { what, limit_mib } => write!(
                f,
                "the file is over {limit_mib} MiB of {what}, which is read whole; split it first"
            ),
            LineTooLong { line, limit_kib } => write!(
                f,
                "line {line} runs on for over {limit_kib} KiB without a line end: not rows of flight data; reading stopped"
            ),
            NoLineEnd { limit_kib } => write!(
                f,
                "the first {limit_kib} KiB hold no complete line and are not JSON or KML: not a flight-data file"
            ),
            MissingColumn => write!(f, "the header lacks a column this format needs"),
            NoPositionColumns => write!(f, "no time, latitude and longitude columns"),
            UnreadableHeader { error } => write!(f, "unreadable header: {error}"),
            UnreadableRow { error } => write!(f, "unreadable CSV row: {error}"),
            BadJson { error } => write!(f, "not valid JSON: {error}"),
            DamagedKml { error } => write!(
                f,
                "the KML is damaged here ({error}); what came before it was read"
            ),
            UnpairedKmlTrack { times, positions } => write!(
                f,
                "a track has {times} times but {positions} positions; they are paired in order as far as both go"
            ),
            BadKmlTime => write!(f, "<when> is not a date-time"),
            BadKmlCoord => write!(f, "<gx:coord> is not \"lon lat altitude\""),
            ImpossibleJumps { aircraft, rows } => write!(
                f,
                "{aircraft}: dropped {} position(s) that the rest of its track cannot reach or leave at a speed it flies (a jump of over {MAX_JUMP_KT} kt at one end): a bad fix or a spoofed position{}",
                rows.count,
                rows.where_()
            ),
            FarFromTrack {
                aircraft,
                rows,
                track,
            } => write!(
                f,
                "{aircraft}: dropped {} position(s) dated over a year away from the rest of its track ({} to {}): a wrong time{}",
                rows.count,
                Day::of(track.0),
                Day::of(track.1),
                rows.where_()
            ),
            JumpsEverywhere { aircraft, count } => write!(
                f,
                "{aircraft}: its positions jump faster than {MAX_JUMP_KT} kt {count} times, too often to be one aircraft's track: the file may hold several aircraft under one name (load them as separate files, or in a format that names each one); nothing was dropped"
            ),
            StalePositions { aircraft, rows } => write!(
                f,
                "{aircraft}: dropped {} position(s) that repeat the one before while the aircraft reports moving (a position that was not updated){}",
                rows.count,
                rows.where_()
            ),
            TimeOutOfRange { time, latest } => {
                if *time <= 0 {
                    write!(
                        f,
                        "time {} is not a time of flight data (1970 or before: a clock that was not set); row skipped",
                        shown_time(*time)
                    )
                } else {
                    write!(
                        f,
                        "time {} is after {}, the latest time allowed; row skipped",
                        shown_time(*time),
                        rfc3339(*latest)
                    )
                }
            }
            Missing { field } => write!(f, "missing {field}"),
            BadTime { value } => write!(f, "time is not a date-time or Unix time: {value}"),
            NotUnixSeconds { field, value } => write!(f, "{field} is not Unix seconds: {value}"),
            NotANumber { field, value } => write!(f, "{field} is not a number: {value}"),
            NotLatLon { value } => write!(f, "Position is not \"lat,lon\": {value}"),
            NoPosition => write!(f, "no position in this row"),
            PositionNotANumber => write!(f, "position is not a number"),
            PlaceholderPosition => write!(f, "placeholder position 0,0 (no fix)"),
            PositionOutOfRange => write!(f, "position out of range"),
            NotAnAddress { value } => write!(f, "not a 24-bit ICAO address: {value}"),
            BadFlightAddress { value } => {
                write!(f, "icao24 is not a 6-digit hex address: {value}")
            }
            FlightWithoutAddress { flight } => write!(f, "flight {flight}: no valid \"icao24\""),
            NotAFlightList => write!(f, "expected an array of flights"),
            UnplacedDeparture { date } => write!(
                f,
                "cannot place Date {date} and Dep time at the departure airport"
            ),
            BadTraceAddress { found } => {
                write!(f, "\"icao\" is not a 6-digit hex address: {found}")
            }
            NoTraceTimestamp => write!(f, "no \"timestamp\": the trace's times cannot be placed"),
            NoTraceArray => write!(f, "no \"trace\" array"),
            TraceEntry { entry, problem } => write!(f, "trace entry {entry}: {problem}"),
            ListEntry { flight, problem } => write!(f, "flight {flight}: {problem}"),
            NoPlaybackTrack => write!(
                f,
                "no \"track\" array in result.response.data.flight: no positions to read"
            ),
            PlaybackEntry { entry, problem } => write!(f, "track entry {entry}: {problem}"),
            NotAnArray => write!(f, "not an array"),
            MissingTimeOrPosition => write!(f, "missing time, latitude or longitude"),
        }
    }
}

impl std::error::Error for WarningKind {}

/// Unix seconds as a date-time, or as a count when the calendar has no
/// such year.
fn shown_time(t: i64) -> String {
    const MIN: i64 = -377_705_116_800; // -9999-01-01
    const MAX: i64 = 253_402_207_199; // 9999-12-31T23:59:59
    if (MIN..=MAX).contains(&t) {
        rfc3339(t)
    } else {
        format!("{t} s from 1970")
    }
}

/// As much of a value from a file as a message quotes: at most
/// [`Excerpt::MAX_CHARS`] characters, and how long it was when cut, so
/// that a 200 MB field is never printed back whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Excerpt {
    text: String,
    /// Length of the whole value in bytes.
    len: usize,
    /// Shown as it is (a JSON value), not in quotes.
    raw: bool,
}

impl Excerpt {
    /// The most characters quoted.
    pub const MAX_CHARS: usize = 40;

    /// A value shown in quotes.
    pub fn of(s: &str) -> Self {
        let end = s
            .char_indices()
            .nth(Self::MAX_CHARS)
            .map_or(s.len(), |(i, _)| i);
        Excerpt {
            text: s[..end].to_string(),
            len: s.len(),
            raw: false,
        }
    }

    /// A value shown as it is, such as a bit of JSON.
    pub fn raw(s: &str) -> Self {
        Excerpt {
            raw: true,
            ..Excerpt::of(s)
        }
    }

    /// The part kept.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the value was longer than the part kept.
    pub fn is_cut(&self) -> bool {
        self.len > self.text.len()
    }
}

impl fmt::Display for Excerpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cut = if self.is_cut() { "…" } else { "" };
        if self.raw {
            write!(f, "{}{cut}", self.text)?;
        } else {
            let q = format!("{:?}", self.text);
            write!(f, "{}{cut}\"", &q[..q.len() - 1])?;
        }
        if self.is_cut() {
            write!(f, " ({} bytes in all)", self.len)?;
        }
        Ok(())
    }
}

/// An error's text, cut to a few hundred characters (a parser's error may
/// quote the input).
pub(crate) fn clip(error: impl fmt::Display) -> String {
    let s = error.to_string();
    match s.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

/// What a number in [`RowRanges`] counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RowUnit {
    /// Lines of the file, from 1.
    #[default]
    Line,
    /// Entries of a JSON array, from 1, named so (`trace entry`).
    Entry(&'static str),
}

/// Rows of a file, as runs, for a warning that names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowRanges {
    /// How many rows in all.
    pub count: usize,
    /// The first runs, `(first, last)`, at most [`RowRanges::KEPT`].
    pub runs: Vec<(u64, u64)>,
    /// How many runs there are beyond those kept.
    pub more_runs: usize,
    /// What the numbers count.
    pub unit: RowUnit,
}

impl RowRanges {
    /// The most runs named.
    pub const KEPT: usize = 5;

    /// Runs of `rows` (in any order; 0 is a row whose place is unknown,
    /// counted but not named).
    pub fn new(unit: RowUnit, mut rows: Vec<u32>) -> Self {
        let count = rows.len();
        rows.retain(|&r| r > 0);
        rows.sort_unstable();
        rows.dedup();
        let mut runs: Vec<(u64, u64)> = Vec::new();
        let mut more_runs = 0;
        let mut last: Option<u64> = None;
        for r in rows.into_iter().map(u64::from) {
            match last {
                Some(l) if r == l + 1 => {
                    if let Some(run) = runs.last_mut().filter(|_| more_runs == 0) {
                        run.1 = r;
                    }
                }
                _ if runs.len() < Self::KEPT => runs.push((r, r)),
                _ => more_runs += 1,
            }
            last = Some(r);
        }
        RowRanges {
            count,
            runs,
            more_runs,
            unit,
        }
    }

    /// The first line named, for the warning's `line`.
    pub fn first_line(&self) -> Option<u64> {
        match self.unit {
            RowUnit::Line => self.runs.first().map(|r| r.0),
            RowUnit::Entry(_) => None,
        }
    }

    /// `": lines 4–9, 12 and 3 more runs"`, or nothing when no row is known.
    fn where_(&self) -> String {
        if self.runs.is_empty() {
            return String::new();
        }
        let several = self.runs.len() > 1 || self.runs[0].0 != self.runs[0].1;
        let unit = match (self.unit, several) {
            (RowUnit::Line, false) => "line".to_string(),
            (RowUnit::Line, true) => "lines".to_string(),
            (RowUnit::Entry(name), false) => name.to_string(),
            (RowUnit::Entry(name), true) => match name.strip_suffix('y') {
                Some(stem) => format!("{stem}ies"),
                None => format!("{name}s"),
            },
        };
        let runs: Vec<String> = self
            .runs
            .iter()
            .map(|&(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}–{b}")
                }
            })
            .collect();
        let more = match self.more_runs {
            0 => String::new(),
            n => format!(" and {n} more run(s)"),
        };
        format!(": {unit} {}{more}", runs.join(", "))
    }
}

/// What happened to one file: the import report shown to the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileImport {
    /// The file's name as the user gave it.
    pub file: String,
    /// The detected format, `None` when no format matched.
    pub format: Option<Format>,
    /// Data rows read (header and blank lines not counted).
    pub rows: u64,
    /// Positions kept.
    pub points: u64,
    /// Flights read from a flight list.
    pub flights: u64,
    /// Rows skipped, with the reasons in `warnings`.
    pub skipped: u64,
    /// Exact repeats removed when merging.
    pub duplicates: u64,
    /// The first [`MAX_WARNINGS_KEPT`] warnings.
    pub warnings: Vec<Warning>,
    /// All warnings, including those not kept.
    pub warning_count: u64,
    /// First and last time in the file, Unix seconds.
    pub span: Option<(i64, i64)>,
    /// Labels of the aircraft found in this file.
    pub aircraft: Vec<String>,
    /// Lines before the text being parsed now (when a file is read in blocks).
    #[serde(skip)]
    pub(crate) line_base: u64,
}

impl FileImport {
    pub(super) fn new(file: &str) -> Self {
        FileImport {
            file: file.to_string(),
            format: None,
            rows: 0,
            points: 0,
            flights: 0,
            skipped: 0,
            duplicates: 0,
            warnings: Vec::new(),
            warning_count: 0,
            span: None,
            aircraft: Vec::new(),
            line_base: 0,
        }
    }

    /// Records a warning about `line`, keeping at most [`MAX_WARNINGS_KEPT`].
    pub(crate) fn warn(&mut self, line: Option<u64>, kind: WarningKind) {
        let line = line.map(|l| l + self.line_base);
        self.warning_count += 1;
        if self.warnings.len() < MAX_WARNINGS_KEPT {
            self.warnings.push(Warning {
                file: self.file.clone(),
                line,
                message: kind.to_string(),
            });
        }
    }

    /// True when the file could not be read at all.
    pub fn failed(&self) -> bool {
        self.format.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_quote_a_short_prefix() {
        assert_eq!(Excerpt::of("x\"y").to_string(), "\"x\\\"y\"");
        let long = "é".repeat(100);
        let e = Excerpt::of(&long).to_string();
        assert_eq!(e, format!("\"{}…\" (200 bytes in all)", "é".repeat(40)));
        assert_eq!(Excerpt::raw("null").to_string(), "null");
        assert!(clip("a".repeat(10_000)).chars().count() <= 301);
    }

    #[test]
    fn row_ranges_name_runs() {
        let r = RowRanges::new(RowUnit::Line, vec![9, 4, 5, 6, 12, 0]);
        assert_eq!((r.count, r.first_line()), (6, Some(4)));
        assert_eq!(r.where_(), ": lines 4–6, 9, 12");
        let many = RowRanges::new(RowUnit::Line, (1..40).step_by(2).collect());
        assert_eq!(many.where_(), ": lines 1, 3, 5, 7, 9 and 15 more run(s)");
        let one = RowRanges::new(RowUnit::Entry("trace entry"), vec![7]);
        assert_eq!(
            (one.where_().as_str(), one.first_line()),
            (": trace entry 7", None)
        );
        let two = RowRanges::new(RowUnit::Entry("trace entry"), vec![7, 8]);
        assert_eq!(two.where_(), ": trace entries 7–8");
        assert_eq!(RowRanges::new(RowUnit::Line, vec![0, 0]).where_(), "");
    }

    #[test]
    fn times_out_of_range_say_why() {
        let early = WarningKind::TimeOutOfRange {
            time: 0,
            latest: 10,
        };
        assert!(
            early
                .to_string()
                .starts_with("time 1970-01-01T00:00:00Z is not a time of flight data")
        );
        let late = WarningKind::TimeOutOfRange {
            time: 4_102_444_801,
            latest: 4_102_444_800,
        };
        assert_eq!(
            late.to_string(),
            "time 2100-01-01T00:00:01Z is after 2100-01-01T00:00:00Z, the latest time allowed; row skipped"
        );
        let absurd = WarningKind::TimeOutOfRange {
            time: -99_999_999_999_999,
            latest: 10,
        };
        assert!(absurd.to_string().contains("-99999999999999 s from 1970"));
    }

    #[test]
    fn keeps_only_the_first_warnings_but_counts_all() {
        let mut r = FileImport::new("x");
        for i in 0..(MAX_WARNINGS_KEPT as u64 + 5) {
            r.warn(Some(i), WarningKind::NoPosition);
        }
        assert_eq!(r.warnings.len(), MAX_WARNINGS_KEPT);
        assert_eq!(r.warning_count, MAX_WARNINGS_KEPT as u64 + 5);
    }
}
