//! What every CSV layout shares: the header line (its names, its
//! delimiter), and the loop over data rows that turns a rejected row into
//! a warning on the line an editor shows.

use std::collections::HashMap;

use super::report::{FileImport, WarningKind, clip};

/// A CSV header line in the form the fixed layouts are compared with: names
/// trimmed, unquoted, lower case, joined by commas.
pub(crate) fn norm_header(head: &str) -> String {
    head.split(',')
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(",")
}

/// A header line split into its fields, quotes and all, by the csv reader.
pub(crate) fn header_record(head: &str, delimiter: u8) -> Option<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(head.as_bytes())
        .records()
        .next()?
        .ok()
}

/// The likeliest delimiter of a header line: comma, semicolon, tab or bar.
pub(crate) fn delimiter(head: &str) -> u8 {
    [b',', b';', b'\t', b'|']
        .into_iter()
        .max_by_key(|d| head.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// Column positions found in a header row, by lower-case name.
#[derive(Debug)]
pub(crate) struct Header(HashMap<String, usize>, usize);

impl Header {
    pub(crate) fn new(record: &csv::StringRecord) -> Self {
        Header(
            record
                .iter()
                .enumerate()
                .map(|(i, h)| (h.trim().to_ascii_lowercase(), i))
                .collect(),
            record.len(),
        )
    }

    /// Number of columns.
    pub(crate) fn len(&self) -> usize {
        self.1
    }

    /// The position of the column with this (lower-case) name.
    pub(crate) fn index(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }
}

/// Runs `row` on each data row of a CSV text with a header line, with the
/// line the row starts on in the file. Blank rows are passed over; a row
/// that `row` rejects, or that is not valid CSV, is counted as skipped with
/// a warning naming its line.
pub(crate) fn each_row(
    text: &str,
    delimiter: u8,
    report: &mut FileImport,
    mut row: impl FnMut(&Header, &csv::StringRecord, u64) -> Result<(), WarningKind>,
) {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let header = match rdr.headers() {
        Ok(h) => Header::new(h),
        Err(e) => {
            report.warn(Some(1), WarningKind::UnreadableHeader { error: clip(e) });
            return;
        }
    };
    let mut lines = Lines::new(text);
    // One record, reused: an allocation per row is what costs most in wasm.
    let mut rec = csv::StringRecord::new();
    loop {
        let (result, line) = match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) if rec.iter().all(|f| f.trim_ascii().is_empty()) => continue,
            Ok(true) => {
                let line = lines.of(rec.position());
                let at = line.map_or(0, |l| l + report.line_base);
                (row(&header, &rec, at), line)
            }
            Err(e) => (
                Err(WarningKind::UnreadableRow { error: clip(&e) }),
                lines.of(e.position()),
            ),
        };
        report.rows += 1;
        if let Err(kind) = result {
            report.skipped += 1;
            report.warn(line, kind);
        }
    }
}

/// Turns the csv crate's record positions into the line a reader sees in an
/// editor. (The crate counts a record from where reading began, which is a
/// blank line when blank lines precede it.) Scans the text once overall.
#[derive(Debug)]
pub(crate) struct Lines<'t> {
    text: &'t [u8],
    at: usize,
    line: u64,
}

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Lines {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The 1-based line on which the record that csv placed at `pos` starts.
    pub(crate) fn of(&mut self, pos: Option<&csv::Position>) -> Option<u64> {
        let mut start = usize::try_from(pos?.byte()).ok()?.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            return Some(pos?.line());
        }
        self.line += self.text[self.at..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.at = start;
        Some(self.line)
    }
}
