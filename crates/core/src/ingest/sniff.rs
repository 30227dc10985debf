//! Which format a text is in, told from its content, and the parser that
//! reads each format: the one place that knows every format module.

use super::batch::Batch;
use super::column_map::{self, ColumnMap};
use super::csv::{Header, header_record};
use super::format::Format;
use super::generic_csv::generic_mapping;
use super::report::{FileImport, WarningKind};
use super::text::first_line;
use super::{fr24, kml, lists, opensky, readsb};

/// Recognises a format from a file's content (already unpacked and decoded).
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
    } else if lists::opensky_json_matches(text) {
        Some(Format::OpenSkyFlightsJson)
    } else if readsb::matches(text) {
        Some(Format::ReadsbTrace)
    } else if kml::matches(text) {
        Some(Format::Kml)
    } else if generic_mapping(head).is_some() {
        Some(Format::GenericCsv)
    } else {
        None
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
        Format::ReadsbTrace => readsb::parse(text, r, b),
        Format::Kml => kml::parse(text, r, b),
        Format::OpenSkyFlights => lists::parse_opensky_csv(text, r, &mut b.flights),
        Format::OpenSkyFlightsJson => lists::parse_opensky_json(text, r, &mut b.flights),
        Format::Fr24Logbook => lists::parse_logbook(text, r, &mut b.flights),
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

    #[test]
    fn empty_file_says_so() {
        let mut d = Dataset::default();
        assert_eq!(
            d.add_file("e.csv", b"  \n\n").warnings[0].message,
            "the file is empty"
        );
    }
}
