//! Which format a text is in, told from its content, and the parser that
//! reads each format: the one place that knows every format module.

use serde::de::IgnoredAny;

use super::batch::Batch;
use super::column_map::{self, ColumnMap};
use super::csv::{Header, header_record};
use super::format::Format;
use super::generic_csv::generic_mapping;
use super::report::{FileImport, WarningKind};
use super::text::first_line;
use super::{fr24, kml, lists, opensky, playback, readsb};

/// Recognises a format from a file's content (already unpacked and decoded).
///
/// Every CSV layout is told by the first line alone, before JSON and KML
/// are looked for: a reader that has only the first line (a file arriving
/// in pieces) settles on the same format as one that has the whole text.
pub fn sniff(text: &str) -> Option<Format> {
    let head = first_line(text);
    if fr24::matches(head) {
        Some(Format::Fr24Csv)
    } else if fr24::granular_matches(head) {
        Some(Format::Fr24Granular)
    } else if fr24::api_matches(head) {
        Some(Format::Fr24Api)
    } else if opensky::matches(head) {
        Some(Format::OpenSkyStates)
    } else if lists::opensky_csv_matches(head) {
        Some(Format::OpenSkyFlights)
    } else if lists::logbook_matches(head) {
        Some(Format::Fr24Logbook)
    } else if generic_mapping(head).is_some() {
        Some(Format::GenericCsv)
    } else if lists::opensky_json_matches(text) {
        Some(Format::OpenSkyFlightsJson)
    } else if let Some(f) = json_object_format(text) {
        Some(f)
    } else if kml::matches(text) {
        Some(Format::Kml)
    } else {
        None
    }
}

/// The keys that tell the JSON objects apart, read without keeping any
/// value (serde's `IgnoredAny` skips them).
#[derive(serde::Deserialize)]
struct JsonKeys {
    icao: Option<IgnoredAny>,
    trace: Option<IgnoredAny>,
    result: Option<Nested<Nested<Nested<PlaybackFlight>>>>,
}

/// `{"response": …}`, `{"data": …}`, `{"flight": …}`: one key deeper each.
#[derive(serde::Deserialize)]
struct Nested<T> {
    #[serde(alias = "response", alias = "data", alias = "flight")]
    inner: Option<T>,
}

#[derive(serde::Deserialize)]
struct PlaybackFlight {
    track: Option<IgnoredAny>,
}

/// The format of a JSON object, told by its structure: a Flightradar24
/// playback has `result.response.data.flight.track`, a readsb trace
/// `icao` and `trace` at the top. A text that does not parse (a file cut
/// short) is told by the keys its start names, so that it is reported as
/// damaged in its own format; one that parses but has neither shape is in
/// no format, whatever keys it shares with one.
fn json_object_format(text: &str) -> Option<Format> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    match serde_json::from_str::<JsonKeys>(text) {
        Ok(keys) => {
            let flight = keys
                .result
                .and_then(|r| r.inner)
                .and_then(|r| r.inner)
                .and_then(|d| d.inner);
            if flight.is_some_and(|f| f.track.is_some()) {
                Some(Format::Fr24Playback)
            } else if keys.icao.is_some() && keys.trace.is_some() {
                Some(Format::ReadsbTrace)
            } else {
                None
            }
        }
        Err(e) if e.is_data() => None,
        Err(_) if playback::matches(text) => Some(Format::Fr24Playback),
        Err(_) if readsb::matches(text) => Some(Format::ReadsbTrace),
        Err(_) => None,
    }
}

/// A mapped CSV layout: the header's columns through `mapping`.
fn parse_mapped(
    text: &str,
    mapping: impl Fn(&Header) -> Option<ColumnMap>,
    report: &mut FileImport,
    batch: &mut Batch,
) {
    let header = header_record(first_line(text), b',').map(|r| Header::new(&r));
    match header.as_ref().and_then(mapping) {
        Some(m) => column_map::parse(text, b',', &m, report, batch),
        None => report.warn(Some(1), WarningKind::MissingColumn),
    }
}

/// Parses a whole text (or, for CSV layouts, a header line and a block of
/// rows) in a known format.
pub(super) fn parse_text(format: Format, text: &str, r: &mut FileImport, b: &mut Batch) {
    match format {
        Format::Fr24Csv => fr24::parse(text, r, b),
        Format::Fr24Granular => parse_mapped(text, fr24::granular_mapping, r, b),
        Format::Fr24Api => parse_mapped(text, fr24::api_mapping, r, b),
        Format::OpenSkyStates => parse_mapped(text, opensky::mapping, r, b),
        Format::Fr24Playback => playback::parse(text, r, b),
        Format::ReadsbTrace => readsb::parse(text, r, b),
        Format::Kml => kml::parse(text, r, b),
        Format::OpenSkyFlights => lists::parse_opensky_csv(text, r, &mut b.flights, b.window),
        Format::OpenSkyFlightsJson => lists::parse_opensky_json(text, r, &mut b.flights, b.window),
        Format::Fr24Logbook => lists::parse_logbook(text, r, &mut b.flights, b.window),
        Format::GenericCsv => match generic_mapping(first_line(text)) {
            Some((d, m)) => column_map::parse(text, d, &m, r, b),
            None => r.warn(Some(1), WarningKind::NoPositionColumns),
        },
    }
}

/// Why a text is in no known format: it is empty, or every format was tried.
pub(super) fn unknown_format(text: &str) -> WarningKind {
    if text.trim().is_empty() {
        return WarningKind::EmptyFile;
    }
    WarningKind::UnknownFormat {
        tried: &Format::ALL,
    }
}

#[cfg(test)]
mod tests {
    use crate::Dataset;

    #[test]
    fn unknown_format_names_what_was_tried_and_keeps_other_data() {
        let mut d = Dataset::default();
        d.add_file(
            "a.csv",
            b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1704180175,2024-01-02T07:22:55Z,JAL516,\"42.78,141.68\",0,0,73\n",
        );
        let r = d.add_file("notes.txt", b"hello world\n");
        assert!(r.failed());
        let msg = &r.warnings[0].message;
        assert!(
            msg.contains("Flightradar24 CSV") && msg.contains("OpenSky state vectors CSV"),
            "{msg}"
        );
        assert_eq!(d.tracks.len(), 1);
        assert_eq!(d.point_count(), 1);
    }

    /// Found by the `sniff` fuzz target: a first line that is a CSV header
    /// and also starts like a readsb trace was a CSV to a reader in pieces
    /// and a readsb trace to `sniff` of the whole text.
    #[test]
    fn a_csv_header_wins_over_json_looks() {
        let text = "{\"icao\":1,timestamp,latitude,longitude\n1704180175,42.7,141.6\n\"trace\" \"timestamp\"\n";
        assert_eq!(super::sniff(text), Some(crate::Format::GenericCsv));
        let mut d = Dataset::default();
        let mut r = crate::FileReader::new("odd.csv");
        for piece in text.as_bytes().chunks(5) {
            r.push(piece);
        }
        assert_eq!(r.finish(&mut d).format, Some(crate::Format::GenericCsv));
    }

    /// A JSON object in neither known shape is in no format, with the
    /// formats tried named: not a field error from the format whose keys it
    /// shares (it was `"icao" is not a 6-digit hex address: Null`).
    #[test]
    fn json_in_no_known_shape_names_the_formats_tried() {
        let mut d = Dataset::default();
        let r = d.add_file(
            "x.json",
            br#"{"icao": null, "timestamp": 5, "airport": {"icao": "RJCC"}}"#,
        );
        assert!(r.failed());
        assert!(
            r.warnings[0]
                .message
                .starts_with("not a flight-data format")
                && r.warnings[0]
                    .message
                    .contains("Flightradar24 playback JSON"),
            "{:?}",
            r.warnings
        );
    }

    #[test]
    fn empty_file_says_so() {
        let mut d = Dataset::default();
        assert_eq!(
            d.add_file("e.csv", b"  \n\n").warnings[0].message,
            "the file is empty"
        );
    }
}
