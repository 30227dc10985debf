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
    /// Positions of one aircraft dropped as bad fixes (see [`MAX_JUMP_KT`]).
    ImpossibleJumps {
        /// The aircraft's label.
        aircraft: String,
        /// How many positions went.
        dropped: usize,
    },
    /// A required field is empty or absent.
    Missing {
        /// The field, as the format names it.
        field: &'static str,
    },
    /// A time is neither a date-time nor Unix seconds or milliseconds.
    BadTime {
        /// The field's text.
        value: String,
    },
    /// A field meant to hold Unix seconds does not.
    NotUnixSeconds {
        /// The field, as the format names it.
        field: &'static str,
        /// The field's text.
        value: String,
    },
    /// A numeric field is not a finite number.
    NotANumber {
        /// The field, as the format names it.
        field: &'static str,
        /// The field's text.
        value: String,
    },
    /// A Flightradar24 `Position` is not `"lat,lon"`.
    NotLatLon {
        /// The field's text.
        value: String,
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
        value: String,
    },
    /// An OpenSky flights row's `icao24` is not six hex digits.
    BadFlightAddress {
        /// The field's text.
        value: String,
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
        date: String,
    },
    /// A readsb trace's `icao` is not a six-digit hex address.
    BadTraceAddress {
        /// The JSON value found, in Rust's debug form (`String("zz")`, `Null`).
        found: String,
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
            ImpossibleJumps { aircraft, dropped } => write!(
                f,
                "{aircraft}: dropped {dropped} position(s) that would need a speed over {MAX_JUMP_KT} kt from the one before (a bad fix)"
            ),
            Missing { field } => write!(f, "missing {field}"),
            BadTime { value } => write!(f, "time is not a date-time or Unix time: {value:?}"),
            NotUnixSeconds { field, value } => write!(f, "{field} is not Unix seconds: {value:?}"),
            NotANumber { field, value } => write!(f, "{field} is not a number: {value:?}"),
            NotLatLon { value } => write!(f, "Position is not \"lat,lon\": {value:?}"),
            NoPosition => write!(f, "no position in this row"),
            PositionNotANumber => write!(f, "position is not a number"),
            PlaceholderPosition => write!(f, "placeholder position 0,0 (no fix)"),
            PositionOutOfRange => write!(f, "position out of range"),
            NotAnAddress { value } => write!(f, "not a 24-bit ICAO address: {value:?}"),
            BadFlightAddress { value } => {
                write!(f, "icao24 is not a 6-digit hex address: {value:?}")
            }
            FlightWithoutAddress { flight } => write!(f, "flight {flight}: no valid \"icao24\""),
            NotAFlightList => write!(f, "expected an array of flights"),
            UnplacedDeparture { date } => write!(
                f,
                "cannot place Date {date:?} and Dep time at the departure airport"
            ),
            BadTraceAddress { found } => {
                write!(f, "\"icao\" is not a 6-digit hex address: {found}")
            }
            NoTraceTimestamp => write!(f, "no \"timestamp\": the trace's times cannot be placed"),
            NoTraceArray => write!(f, "no \"trace\" array"),
            TraceEntry { entry, problem } => write!(f, "trace entry {entry}: {problem}"),
            NotAnArray => write!(f, "not an array"),
            MissingTimeOrPosition => write!(f, "missing time, latitude or longitude"),
        }
    }
}

impl std::error::Error for WarningKind {}

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
    fn keeps_only_the_first_warnings_but_counts_all() {
        let mut r = FileImport::new("x");
        for i in 0..(MAX_WARNINGS_KEPT as u64 + 5) {
            r.warn(Some(i), WarningKind::NoPosition);
        }
        assert_eq!(r.warnings.len(), MAX_WARNINGS_KEPT);
        assert_eq!(r.warning_count, MAX_WARNINGS_KEPT as u64 + 5);
    }
}
