//! Reading a file in pieces: the browser hands over slices of a `File`, the
//! CLI blocks of a stream, and neither ever needs the whole file in memory
//! as text. CSV layouts are parsed block by block as complete lines arrive;
//! JSON and KML are gathered and parsed at the end. gzip is unpacked as it
//! streams in.
//!
//! ```
//! use flightlens_core::{Dataset, FileReader};
//!
//! let mut data = Dataset::default();
//! let mut r = FileReader::new("track.csv");
//! r.push(b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1704180175,x,JAL5");
//! r.push(b"16,\"42.78,141.68\",0,0,73\n");
//! let report = r.finish(&mut data);
//! assert_eq!(report.points, 1);
//! ```

pub(super) mod split;

use std::io::Write as _;

use super::batch::Batch;
use super::column_map::{self, ColumnMap};
use super::dataset::{Dataset, ParsedFile};
use super::format::Format;
use super::generic_csv::ColumnChoice;
use super::report::{FileImport, WarningKind};
use super::sniff::{parse_text, sniff, unknown_format};
use super::text::{decode_lines, decode_text, first_line};

/// Parse CSV once this many bytes of complete lines are waiting.
const BLOCK: usize = 1 << 20;
/// Give up looking for the header line after this many bytes.
const MAX_HEADER: usize = 1 << 20;

/// Largest file unpacked from gzip, so that a small hostile file cannot
/// fill the memory of the tab.
pub const MAX_UNPACKED: u64 = 4 << 30;

/// Whether a format is a CSV layout, read block by block as it arrives
/// (the others are read whole at the end).
fn in_blocks(f: Format) -> bool {
    !matches!(
        f,
        Format::ReadsbTrace | Format::Kml | Format::OpenSkyFlightsJson
    )
}

/// Whether a CSV with this header line can be parsed block by block, the
/// header put back in front of each block. Not when the line holds a bare
/// carriage return (the csv crate ends a record there, so the rest of the
/// line would be read again with each block) or an odd number of quotes (a
/// quoted field running on past the line end): such a file is parsed in
/// one go at its end.
fn blockable(head: &str) -> bool {
    !head.contains('\r')
        && head
            .bytes()
            .filter(|&b| b == b'"')
            .count()
            .is_multiple_of(2)
}

#[derive(Debug)]
enum Mode {
    /// Waiting for the first line to tell the format.
    Sniffing,
    /// A CSV layout: the header line, then blocks of complete lines.
    Csv {
        format: Format,
        header: String,
        first_block: bool,
    },
    /// JSON, KML or an unknown format: everything, parsed at the end.
    Whole,
}

/// A file being read piece by piece. [`FileReader::push`] what arrives,
/// then [`FileReader::finish`] to merge it into a [`Dataset`]; drop it to
/// cancel, and nothing is merged.
#[derive(Debug)]
pub struct FileReader {
    report: FileImport,
    batch: Batch,
    mode: Mode,
    /// Bytes received (after unpacking) and not parsed yet.
    pending: Vec<u8>,
    /// How far `pending` has been scanned for a line end outside quotes.
    scanned: usize,
    in_quotes: bool,
    /// The CSV's delimiter, once the header is known (before, a comma).
    delimiter: u8,
    /// End (exclusive) of the last complete line in `pending`.
    cut: usize,
    /// Length of the header line kept in front of `pending` after the
    /// first block (see [`FileReader::parse_block`]).
    prefix: usize,
    /// Line number of the first byte of `pending`.
    line: u64,
    gzip: Option<flate2::write::MultiGzDecoder<Vec<u8>>>,
    started: bool,
    unpacked: u64,
    failed: Option<WarningKind>,
    /// Columns chosen by a person, overriding detection.
    chosen: Option<(u8, ColumnMap)>,
    /// Parse CSV once this many bytes of complete lines are waiting.
    block: usize,
    /// Lines in the head of a [`FileReader::part`].
    head_lines: u64,
}

impl FileReader {
    /// Starts reading a file with this name (used in reports only; the
    /// format is told from the content).
    pub fn new(name: &str) -> Self {
        FileReader {
            report: FileImport::new(name),
            batch: Batch::default(),
            mode: Mode::Sniffing,
            pending: Vec::new(),
            scanned: 0,
            in_quotes: false,
            delimiter: b',',
            cut: 0,
            prefix: 0,
            line: 1,
            gzip: None,
            started: false,
            unpacked: 0,
            failed: None,
            chosen: None,
            block: BLOCK,
            head_lines: 0,
        }
    }

    /// Parses CSV in blocks of `bytes` instead of about a megabyte, so that
    /// tests and fuzzing can cross many block edges with small inputs.
    #[doc(hidden)]
    pub fn with_block(mut self, bytes: usize) -> Self {
        self.block = bytes.max(1);
        self
    }

    /// Starts reading a CSV whose columns a person has chosen (see
    /// [`super::csv_header`]), for a file whose header's names say
    /// nothing Flightlens recognises.
    pub fn with_columns(name: &str, delimiter: u8, choice: &ColumnChoice) -> Self {
        let mut r = FileReader::new(name);
        r.chosen = Some((delimiter, choice.column_map()));
        r
    }

    /// Parses a text: the chosen columns when there are some, else by format.
    fn parse(&mut self, format: Format, text: &str) {
        parse_with(
            &self.chosen,
            format,
            text,
            &mut self.report,
            &mut self.batch,
        );
    }

    /// Data rows parsed so far, for progress (CSV is parsed in blocks of
    /// about a megabyte, so this moves in steps).
    pub fn rows(&self) -> u64 {
        self.report.rows
    }

    /// The format, once it is known.
    pub fn format(&self) -> Option<Format> {
        match &self.mode {
            Mode::Csv { format, .. } => Some(*format),
            _ => None,
        }
    }

    /// Feeds the next piece of the file.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.failed.is_some() || bytes.is_empty() {
            return;
        }
        if !self.started {
            self.started = true;
            if bytes.starts_with(&[0x1f, 0x8b]) {
                self.gzip = Some(flate2::write::MultiGzDecoder::new(Vec::new()));
            }
        }
        match self.gzip.as_mut() {
            Some(gz) => {
                if let Err(e) = gz.write_all(bytes) {
                    self.failed = Some(WarningKind::BadGzip {
                        error: e.to_string(),
                    });
                    return;
                }
                let out = std::mem::take(gz.get_mut());
                self.unpacked += out.len() as u64;
                if self.unpacked > MAX_UNPACKED {
                    self.failed = Some(WarningKind::TooBigUnpacked {
                        limit_gib: MAX_UNPACKED >> 30,
                    });
                    return;
                }
                self.take(&out);
            }
            None => self.take(bytes),
        }
    }

    /// Plain bytes: keep them, and parse whatever is complete.
    fn take(&mut self, bytes: &[u8]) {
        if self.pending.is_empty() && self.line == 1 && !matches!(self.mode, Mode::Whole) {
            // A byte-order mark can only be at the very start.
            self.pending
                .extend_from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
        } else {
            self.pending.extend_from_slice(bytes);
        }
        self.scan();
        if let Mode::Sniffing = self.mode {
            self.sniff(false);
        }
        if let Mode::Csv { .. } = self.mode
            && self.cut - self.prefix >= self.block
        {
            self.parse_block();
        }
    }

    /// Advances `cut` to the last line end that is not inside a quoted
    /// field, reading quotes as the csv crate does: a quote opens a quoted
    /// field only at the field's start (elsewhere it is a character of the
    /// field), and inside one a doubled quote is a quote. Counting quotes
    /// alone would let one stray quote in a field hide every later line end.
    fn scan(&mut self) {
        let d = self.delimiter;
        let buf = &self.pending;
        let mut i = self.scanned;
        while let Some(off) = memchr::memchr2(b'"', b'\n', &buf[i..]) {
            let at = i + off;
            i = at + 1;
            match (buf[at], self.in_quotes) {
                (b'\n', false) => self.cut = at + 1,
                (b'\n', true) => {}
                (_, false) => {
                    let field_start =
                        at == 0 || matches!(buf[at - 1], b'\n' | b'\r') || buf[at - 1] == d;
                    self.in_quotes = field_start;
                }
                (_, true) => match buf.get(at + 1) {
                    Some(b'"') => i = at + 2,
                    Some(_) => self.in_quotes = false,
                    None => {
                        // Whether it is doubled is in the next piece.
                        self.scanned = at;
                        return;
                    }
                },
            }
        }
        self.scanned = buf.len();
    }

    /// Decides the format from the first non-blank line, once there is one.
    fn sniff(&mut self, at_end: bool) {
        let text = decode_text(&self.pending[..self.cut]);
        let head = first_line(&text);
        if head.is_empty() && !at_end && self.pending.len() < MAX_HEADER {
            return;
        }
        let head = if head.is_empty() {
            first_line(&decode_text(&self.pending)).to_string()
        } else {
            head.to_string()
        };
        let detected = if self.chosen.is_some() {
            Some(Format::GenericCsv)
        } else {
            sniff(&head)
        };
        self.mode = match detected {
            Some(f) if in_blocks(f) && blockable(&head) => {
                // Line ends again, now that the delimiter is known.
                self.delimiter = match &self.chosen {
                    Some((d, _)) => *d,
                    None => super::csv::delimiter(&head),
                };
                (self.scanned, self.cut, self.in_quotes) = (0, 0, false);
                self.scan();
                Mode::Csv {
                    format: f,
                    header: head,
                    first_block: true,
                }
            }
            _ => Mode::Whole,
        };
    }

    /// Parses the complete lines waiting (all of them at the end).
    ///
    /// After the first block, `pending` keeps the header line in front of
    /// the lines still to parse (`prefix` bytes of it), so that each block
    /// is parsed where it lies: no copy of the block, and the buffer's
    /// allocation is reused for the next piece.
    fn parse_block(&mut self) {
        let Mode::Csv {
            format,
            header,
            first_block,
        } = &mut self.mode
        else {
            return;
        };
        let (format, first, header) = (*format, *first_block, header.clone());
        *first_block = false;
        let (prefix, cut) = (self.prefix, self.cut);
        let lines = memchr::memchr_iter(b'\n', &self.pending[prefix..cut]).count() as u64;
        // The file's own start (header included), or the header again and
        // then the rows, numbered as in the file.
        self.report.line_base = if first { 0 } else { self.line - 2 };
        {
            // The byte-order mark went when the file began; a block starts
            // at a line, which is decoded as it would be in the whole file.
            let mut text = decode_lines(&self.pending[..cut]);
            if !first && prefix == 0 {
                text = format!("{header}\n{text}").into();
            }
            parse_with(
                &self.chosen,
                format,
                &text,
                &mut self.report,
                &mut self.batch,
            );
        }
        self.report.line_base = 0;
        self.line += lines;
        if first {
            // An ASCII header can go in front of rows in any encoding; one
            // that is not (read as Latin-1, say) is put back as UTF-8 text
            // with each block, as the rows are decoded on their own then.
            let mut kept = Vec::with_capacity(self.pending.capacity());
            if header.is_ascii() {
                kept.extend_from_slice(header.as_bytes());
                kept.push(b'\n');
            }
            kept.extend_from_slice(&self.pending[cut..]);
            self.prefix = kept.len() - (self.pending.len() - cut);
            self.pending = kept;
        } else {
            self.pending.drain(prefix..cut);
        }
        self.scanned = self.scanned - cut + self.prefix;
        self.cut = self.prefix;
    }

    /// Parses every line waiting in a CSV, the last one too, complete or not
    /// (the file ends there, or a part of it does).
    fn parse_rest(&mut self) {
        self.cut = self.pending.len();
        if self.cut > self.prefix {
            self.parse_block();
        }
    }

    /// Parses what is left and merges the file into `data`. Returns the
    /// file's report, which is also kept in [`Dataset::imports`].
    pub fn finish(self, data: &mut Dataset) -> &FileImport {
        data.absorb(self.finish_alone())
    }

    /// Parses what is left and returns the file on its own, to merge later
    /// with [`Dataset::absorb`] (a worker reads; the page merges).
    pub fn finish_alone(mut self) -> ParsedFile {
        if let Some(gz) = self.gzip.take() {
            match gz.finish() {
                Ok(rest) => {
                    self.gzip = None;
                    self.take(&rest);
                }
                Err(e) => {
                    self.failed = Some(WarningKind::BadGzip {
                        error: e.to_string(),
                    })
                }
            }
        }
        if let Some(kind) = self.failed.take() {
            self.report.warn(None, kind);
            self.report.format = None;
            return ParsedFile {
                report: self.report,
                ..ParsedFile::default()
            };
        }
        if let Mode::Sniffing = self.mode {
            self.sniff(true);
        }
        match self.mode {
            Mode::Csv { format, .. } => {
                self.report.format = Some(format);
                self.parse_rest();
            }
            _ => {
                let text = decode_text(&self.pending);
                let detected = if self.chosen.is_some() {
                    Some(Format::GenericCsv)
                } else {
                    sniff(&text)
                };
                match detected {
                    Some(f) => {
                        self.report.format = Some(f);
                        let text = text.into_owned();
                        self.parse(f, &text);
                    }
                    None => {
                        let kind = unknown_format(&text);
                        self.report.warn(None, kind);
                    }
                }
            }
        }
        self.batch.into_file(self.report)
    }
}

impl Dataset {
    /// Reads one file and merges what it holds. Returns the file's report,
    /// which is also kept in [`Dataset::imports`]. Never panics; a file in no
    /// known format leaves the dataset unchanged.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> &FileImport {
        let mut reader = FileReader::new(name);
        reader.push(bytes);
        reader.finish(self)
    }
}

/// [`FileReader::parse`] for a text that borrows the reader's own buffer.
fn parse_with(
    chosen: &Option<(u8, ColumnMap)>,
    format: Format,
    text: &str,
    report: &mut FileImport,
    batch: &mut Batch,
) {
    match chosen {
        Some((d, m)) => column_map::parse(text, *d, m, report, batch),
        None => parse_text(format, text, report, batch),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    fn fr24(rows: usize) -> String {
        let mut s = String::from("Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n");
        for i in 0..rows {
            s.push_str(&format!(
                "{},x,JAL516,\"{:.4},141.6\",30000,450,180\n",
                1_704_180_000 + i * 10,
                42.0 + i as f64 * 0.001
            ));
        }
        s
    }

    /// A file read on its own (as a worker does), its report sent as JSON
    /// and its tracks as columns, then absorbed, gives exactly what reading
    /// it straight into the dataset gives, repeats across files included.
    #[test]
    fn reading_alone_then_absorbing_is_the_same() {
        let text = fr24(500);
        let mut direct = Dataset::default();
        direct.add_file("a.csv", text.as_bytes());
        direct.add_file("b.csv", text.as_bytes());

        let mut via = Dataset::default();
        for name in ["a.csv", "b.csv"] {
            let mut r = FileReader::new(name);
            r.push(text.as_bytes());
            let alone = r.finish_alone();
            let json = serde_json::to_string(&alone.report).unwrap();
            let report: FileImport = serde_json::from_str(&json).unwrap();
            let tracks = alone
                .tracks
                .iter()
                .map(|t| crate::Track {
                    identity: t.identity.clone(),
                    points: t.points.columns().to_points(),
                })
                .collect();
            via.absorb(ParsedFile {
                report,
                tracks,
                flights: alone.flights,
            });
        }
        // Unknown speeds are NaN, which is never equal to itself: compare text.
        assert_eq!(format!("{:?}", via.tracks), format!("{:?}", direct.tracks));
        assert_eq!(via.imports, direct.imports);
        assert_eq!(via.imports[1].duplicates, 500);
    }

    /// The same file in pieces of every awkward size gives the same result
    /// as in one piece, warnings and their lines included.
    #[test]
    fn pieces_of_any_size_read_the_same() {
        let mut text = fr24(3000);
        text.insert_str(text.len() / 2, "garbage,row\n");
        let mut whole = Dataset::default();
        let expect = whole.add_file("a.csv", text.as_bytes()).clone();
        assert_eq!(expect.skipped, 1);
        for size in [1, 7, 64, 1000, 65_537] {
            let mut d = Dataset::default();
            let mut r = FileReader::new("a.csv");
            for chunk in text.as_bytes().chunks(size) {
                r.push(chunk);
            }
            let got = r.finish(&mut d).clone();
            assert_eq!(got, expect, "pieces of {size}");
            assert_eq!(d.point_count(), whole.point_count());
        }
    }

    #[test]
    fn big_files_are_parsed_as_they_arrive() {
        let text = fr24(40_000); // about 2.3 MB: two blocks before the end
        let mut r = FileReader::new("big.csv");
        for chunk in text.as_bytes().chunks(256 * 1024) {
            r.push(chunk);
        }
        assert!(r.rows() > 10_000, "{}", r.rows());
        assert_eq!(r.format(), Some(Format::Fr24Csv));
        let mut d = Dataset::default();
        assert_eq!(r.finish(&mut d).points, 40_000);
    }

    #[test]
    fn a_line_number_far_into_a_big_file_is_exact() {
        let mut text = fr24(40_000);
        let at = text.match_indices('\n').nth(30_000).unwrap().0 + 1;
        text.insert_str(at, "1704180000,x,JAL516,\"0,0\",0,0,0\n");
        let mut d = Dataset::default();
        let mut r = FileReader::new("big.csv");
        for chunk in text.as_bytes().chunks(300_000) {
            r.push(chunk);
        }
        let rep = r.finish(&mut d);
        assert_eq!(rep.warnings[0].line, Some(30_002), "{:?}", rep.warnings);
    }

    /// Latin-1 rows over many blocks, under an ASCII header and under one
    /// that is Latin-1 too (the header then goes back in front of each
    /// block as text): the same as the file read whole.
    #[test]
    fn latin1_over_many_blocks_reads_the_same() {
        for head in [
            "time,lat,lon,callsign,note",
            "time,lat,lon,callsign,remarqu\u{e9}e",
        ] {
            let mut text = format!("{head}\n");
            for i in 0..60_000 {
                text.push_str(&format!(
                    "{},{:.4},2.35,AF{},caf\u{e9}\n",
                    1_704_180_000 + i * 10,
                    48.0 + i as f64 * 0.0001,
                    i % 3
                ));
            }
            let latin1: Vec<u8> = text.chars().map(|c| c as u8).collect();
            let mut whole = Dataset::default();
            let expect = whole.add_file("a.csv", &latin1).clone();
            assert_eq!(expect.points, 60_000, "{head}: {:?}", expect.warnings);
            let mut d = Dataset::default();
            let mut r = FileReader::new("a.csv");
            for chunk in latin1.chunks(700_000) {
                r.push(chunk);
            }
            assert_eq!(r.finish(&mut d), &expect, "{head}");
            let labels: Vec<String> = d.tracks.iter().map(|t| t.identity.label()).collect();
            assert_eq!(labels, ["AF0", "AF1", "AF2"], "{head}");
        }
    }

    /// A stray quote inside a field (a callsign typed as `JAL"516`) is a
    /// character of that field, as the csv crate reads it: it must not
    /// hide the line ends after it, or a big file would pile up unparsed
    /// until its end.
    #[test]
    fn a_stray_quote_does_not_stop_parsing_as_pieces_arrive() {
        let mut text = fr24(40_000);
        let at = text.match_indices("JAL516").nth(100).unwrap().0;
        text.replace_range(at..at + 6, "JAL\"516");
        let mut whole = Dataset::default();
        let expect = whole.add_file("big.csv", text.as_bytes()).clone();
        let mut r = FileReader::new("big.csv");
        for chunk in text.as_bytes().chunks(256 * 1024) {
            r.push(chunk);
        }
        assert!(r.rows() > 10_000, "parsed as it arrives: {}", r.rows());
        let mut d = Dataset::default();
        assert_eq!(r.finish(&mut d), &expect);
        assert_eq!(expect.points, 40_000);
        let callsigns = &d
            .tracks
            .iter()
            .map(|t| t.identity.callsigns.clone())
            .collect::<Vec<_>>();
        assert!(
            callsigns.concat().contains(&"JAL\"516".to_string()),
            "{callsigns:?}"
        );
    }

    /// Found by the `stream` fuzz target: a file joined from a UTF-8 export
    /// and a Latin-1 one read differently whole (all Latin-1) and in blocks
    /// (each block on its own). Lines are now decoded one by one.
    #[test]
    fn utf8_and_latin1_lines_read_the_same_in_any_blocks() {
        let mut bytes = b"time,lat,lon,callsign,note\n".to_vec();
        for i in 0..40 {
            bytes.extend_from_slice(
                format!("{},48.{i},2.35,AF1,", 1_704_180_000 + i * 10).as_bytes(),
            );
            bytes.extend_from_slice(if i % 2 == 0 {
                b"caf\xc3\xa9\n"
            } else {
                b"caf\xe9\n"
            });
        }
        // A time that is not one, written in UTF-8: its warning quotes it.
        bytes.extend_from_slice(b"\xc2\xb2,48.0,2.35,AF1,x\n");
        let mut whole = Dataset::default();
        let expect = whole.add_file("mixed.csv", &bytes).clone();
        assert_eq!(expect.points, 40);
        assert_eq!(expect.warnings[0].line, Some(42));
        assert!(
            expect.warnings[0].message.ends_with("\"\u{b2}\""),
            "{:?}",
            expect.warnings
        );
        for block in [1, 50, 300] {
            let mut d = Dataset::default();
            let mut r = FileReader::new("mixed.csv").with_block(block);
            for chunk in bytes.chunks(17) {
                r.push(chunk);
            }
            assert_eq!(r.finish(&mut d), &expect, "blocks of {block}");
        }
        assert_eq!(
            decode_text(b"caf\xc3\xa9\ncaf\xe9\n"),
            "caf\u{e9}\ncaf\u{e9}\n",
            "each line in its own encoding"
        );
    }
    pub(super) fn whole(bytes: &[u8], chosen: Option<&FileReader>) -> ParsedFile {
        let mut r = reader_like(chosen);
        r.push(bytes);
        r.finish_alone()
    }

    /// A new reader of `f.csv` with the columns `chosen` has, if any.
    pub(super) fn reader_like(chosen: Option<&FileReader>) -> FileReader {
        FileReader {
            chosen: chosen.and_then(|c| c.chosen.clone()),
            ..FileReader::new("f.csv")
        }
    }

    /// A header line with a bare carriage return (a record end to the csv
    /// crate) or an open quote reads the same in pieces as whole.
    #[test]
    fn odd_header_lines_read_the_same_in_pieces() {
        for head in ["time,lat,lon\rtime\rjunk", "time,\"lat,lon"] {
            let mut text = format!("{head}\n");
            for i in 0..40 {
                text.push_str(&format!(
                    "{},{:.2},141.6\n",
                    1_704_180_000 + i * 10,
                    42.0 + i as f64 * 0.01
                ));
            }
            let one = whole(text.as_bytes(), None);
            let mut r = FileReader::new("f.csv").with_block(16);
            for p in text.as_bytes().chunks(7) {
                r.push(p);
            }
            assert_eq!(
                format!("{:?}", r.finish_alone()),
                format!("{one:?}"),
                "{head:?}"
            );
        }
    }

    #[test]
    fn gzip_streams_in_pieces() {
        let text = fr24(500);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text.as_bytes()).unwrap();
        let bytes = gz.finish().unwrap();
        let mut d = Dataset::default();
        let mut r = FileReader::new("t.csv.gz");
        for chunk in bytes.chunks(100) {
            r.push(chunk);
        }
        assert_eq!(r.finish(&mut d).points, 500);
    }

    #[test]
    fn broken_gzip_says_so() {
        let mut d = Dataset::default();
        let r = d.add_file("x.json.gz", &[0x1f, 0x8b, 8, 0, 1, 2, 3]);
        assert!(r.failed());
        assert!(r.warnings[0].message.contains("gzip"), "{:?}", r.warnings);
    }

    #[test]
    fn dropping_a_reader_cancels() {
        let mut d = Dataset::default();
        let mut r = FileReader::new("t.csv");
        r.push(fr24(10).as_bytes());
        drop(r);
        assert!(d.imports.is_empty() && d.tracks.is_empty());
        d.add_file("u.csv", fr24(2).as_bytes());
        assert_eq!(d.point_count(), 2);
    }
}
