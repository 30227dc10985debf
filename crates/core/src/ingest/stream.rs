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
use super::parse::TimeWindow;
use super::report::{FileImport, WarningKind, clip};
use super::sniff::{parse_text, sniff, unknown_format};
use super::text::{decode_lines, decode_text, first_line};

/// Parse CSV once this many bytes of complete lines are waiting.
const BLOCK: usize = 1 << 20;
/// Give up looking for the header line after this many bytes.
const MAX_HEADER: usize = 1 << 20;

/// Largest file unpacked from gzip, so that a small hostile file cannot
/// fill the memory of the tab.
pub const MAX_UNPACKED: u64 = 4 << 30;

/// Longest line a CSV may have: a row of flight data is a few hundred
/// bytes, so a line that runs on past this is not one, and is refused
/// before it fills the memory.
pub const MAX_LINE: usize = 1 << 20;

/// Largest file read whole (JSON, KML, and a CSV whose header keeps it from
/// being read in blocks): parsing it takes several times its size.
pub const MAX_WHOLE: usize = 256 << 20;

/// Compressed bytes unpacked at a time: gzip expands at most about a
/// thousandfold, so each step yields a few megabytes at most, and a limit
/// is checked before the next.
const GZIP_STEP: usize = 4 << 10;

/// Whether a format is a CSV layout, read block by block as it arrives
/// (the others are read whole at the end).
fn in_blocks(f: Format) -> bool {
    !matches!(
        f,
        Format::ReadsbTrace | Format::Fr24Playback | Format::Kml | Format::OpenSkyFlightsJson
    )
}

/// Whether bytes start (after a byte-order mark and blank space) like JSON
/// or XML, which may be one long line and whose format is told from the
/// whole text.
fn structured(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    matches!(b.trim_ascii_start().first(), Some(b'{' | b'[' | b'<'))
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
    /// JSON, KML, or a CSV that cannot be read in blocks: everything, up
    /// to [`MAX_WHOLE`], parsed at the end. `lines` when it is text in
    /// lines (a CSV), whose lines are held to [`MAX_LINE`].
    Whole { lines: bool },
    /// In no format: the first line says so, and nothing more is kept.
    Unknown,
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

    /// Refuses rows dated after `latest` (Unix seconds), with a warning
    /// naming each. The engine reads no clock: a caller that has one passes
    /// its now plus a day; without it, rows up to 2100-01-01 are taken (see
    /// [`TimeWindow`]). Rows dated 1970-01-01T00:00:00Z or before are
    /// always refused.
    pub fn with_latest(mut self, latest: i64) -> Self {
        self.batch.window = TimeWindow { latest };
        self
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
        if self.stopped() || bytes.is_empty() {
            return;
        }
        if !self.started {
            self.started = true;
            if bytes.starts_with(&[0x1f, 0x8b]) {
                self.gzip = Some(flate2::write::MultiGzDecoder::new(Vec::new()));
            }
        }
        if self.gzip.is_none() {
            self.take(bytes);
            return;
        }
        // A little at a time, so that a small file that unpacks to gigabytes
        // is stopped by a limit, not by the memory running out.
        for step in bytes.chunks(GZIP_STEP) {
            let Some(gz) = self.gzip.as_mut() else { return };
            if let Err(e) = gz.write_all(step) {
                self.fail(WarningKind::BadGzip { error: clip(e) });
                return;
            }
            let out = std::mem::take(gz.get_mut());
            self.unpack(&out);
            if let Some(gz) = self.gzip.as_mut() {
                // The buffer's room, without what it held, for the next step.
                let mut room = out;
                room.clear();
                *gz.get_mut() = room;
            }
            if self.stopped() {
                return;
            }
        }
    }

    /// Bytes just unpacked: counted against [`MAX_UNPACKED`], then kept.
    fn unpack(&mut self, out: &[u8]) {
        self.unpacked += out.len() as u64;
        if self.unpacked > MAX_UNPACKED {
            self.fail(WarningKind::TooBigUnpacked {
                limit_gib: MAX_UNPACKED >> 30,
            });
            return;
        }
        self.take(out);
    }

    /// Stops reading: nothing more is kept, and the file's report will say
    /// why.
    fn fail(&mut self, why: WarningKind) {
        self.failed.get_or_insert(why);
        self.pending = Vec::new();
        self.gzip = None;
        self.batch = Batch::default();
    }

    /// True once the reader has stopped for good (the file is damaged, too
    /// big, or in no format): pushing more changes nothing, and a caller
    /// may stop reading the file.
    pub fn stopped(&self) -> bool {
        self.failed.is_some() || matches!(self.mode, Mode::Unknown)
    }

    /// Plain bytes: keep them, and parse whatever is complete.
    fn take(&mut self, bytes: &[u8]) {
        if self.stopped() {
            return;
        }
        if self.pending.is_empty() && self.line == 1 && matches!(self.mode, Mode::Sniffing) {
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
        self.check_size();
    }

    /// Stops a file that holds more than it may: a line longer than
    /// [`MAX_LINE`] in text read in lines, more than [`MAX_WHOLE`] in a
    /// file read whole.
    fn check_size(&mut self) {
        let lines = match self.mode {
            Mode::Csv { .. } | Mode::Whole { lines: true } => true,
            Mode::Whole { lines: false } => false,
            Mode::Sniffing | Mode::Unknown => return,
        };
        if lines && self.pending.len() - self.cut > MAX_LINE {
            let done = memchr::memchr_iter(b'\n', &self.pending[self.prefix..self.cut]).count();
            self.fail(WarningKind::LineTooLong {
                line: self.line + done as u64,
                limit_kib: (MAX_LINE >> 10) as u64,
            });
        } else if let Mode::Whole { lines } = self.mode
            && self.pending.len() > MAX_WHOLE
        {
            let what = if lines { "CSV" } else { "JSON or KML" };
            self.fail(WarningKind::TooBigWhole {
                what,
                limit_mib: (MAX_WHOLE >> 20) as u64,
            });
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
        // JSON and XML may be one long line; any other text must have had a
        // line end by now.
        let structured = structured(&self.pending);
        if head.is_empty() && !at_end && !structured {
            self.fail(WarningKind::NoLineEnd {
                limit_kib: (MAX_HEADER >> 10) as u64,
            });
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
            // JSON or XML: its format is told from the whole text.
            _ if structured => Mode::Whole { lines: false },
            Some(_) => Mode::Whole { lines: true },
            // A first line no CSV layout has, in a text that is not JSON or
            // XML: in no format, whatever follows. Nothing more is kept.
            None if !at_end => {
                self.pending = Vec::new();
                Mode::Unknown
            }
            None => Mode::Whole { lines: true },
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
                    self.unpack(&rest);
                }
                Err(e) => self.failed = Some(WarningKind::BadGzip { error: clip(e) }),
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
        if let Mode::Unknown = self.mode {
            let kind = unknown_format("not empty");
            self.report.warn(None, kind);
            return self.batch.into_file(self.report);
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
                // Taken out of the reader, so that it is parsed where it lies.
                let pending = std::mem::take(&mut self.pending);
                let text = decode_text(&pending);
                let detected = if self.chosen.is_some() {
                    Some(Format::GenericCsv)
                } else {
                    sniff(&text)
                };
                match detected {
                    Some(f) => {
                        self.report.format = Some(f);
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
                format!("{},48.{i:02},2.35,AF1,", 1_704_180_000 + i * 10).as_bytes(),
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

    /// A small gzip file that unpacks to one endless line: refused at the
    /// line's first megabyte, with the line named, holding no more than a
    /// few megabytes; the other files stay loaded.
    #[test]
    fn an_endless_line_in_gzip_is_refused_early() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1704180175,")
            .unwrap();
        let chunk = vec![b'A'; 1 << 20];
        for _ in 0..64 {
            gz.write_all(&chunk).unwrap();
        }
        let bytes = gz.finish().unwrap();
        assert!(bytes.len() < 1 << 20, "{}", bytes.len());
        let mut d = Dataset::default();
        d.add_file("good.csv", fr24(3).as_bytes());
        let mut r = FileReader::new("bomb.csv.gz");
        let mut pushed = 0;
        for piece in bytes.chunks(4 << 10) {
            r.push(piece);
            pushed += piece.len();
            if r.stopped() {
                break;
            }
        }
        assert!(r.stopped());
        assert!(pushed < bytes.len(), "stopped before the end: {pushed}");
        assert!(r.pending.capacity() < MAX_LINE, "{}", r.pending.capacity());
        let rep = r.finish(&mut d).clone();
        assert!(rep.failed());
        assert_eq!(
            rep.warnings[0].message,
            "line 2 runs on for over 1024 KiB without a line end: not rows of flight data; reading stopped"
        );
        assert_eq!(d.point_count(), 3);
    }

    /// A file whose first megabyte has no line end and is not JSON or XML
    /// is no flight data; one whose first line no format has is in no
    /// format, and what follows is not kept.
    #[test]
    fn text_that_is_no_format_is_not_kept() {
        let mut r = FileReader::new("x.csv");
        r.push(&vec![b'x'; MAX_HEADER + 10]);
        assert!(r.stopped());
        let rep = r.finish_alone().report;
        assert!(
            rep.warnings[0].message.contains("hold no complete line"),
            "{rep:?}"
        );

        let mut r = FileReader::new("notes.txt");
        r.push(b"dear diary\n");
        r.push(&vec![b'y'; 3 << 20]);
        assert!(r.stopped() && r.pending.is_empty());
        let rep = r.finish_alone().report;
        assert!(
            rep.warnings[0]
                .message
                .starts_with("not a flight-data format"),
            "{rep:?}"
        );
    }

    /// A field of 300 kB (a line under the limit) is quoted by its first
    /// characters and its length, not printed back whole.
    #[test]
    fn a_huge_field_is_quoted_short() {
        let text = format!(
            "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n{},x,JAL516,\"42.7,141.6\",0,0,73\n",
            "9".repeat(300_000)
        );
        let mut d = Dataset::default();
        let rep = d.add_file("big-field.csv", text.as_bytes());
        let msg = &rep.warnings[0].message;
        assert!(msg.len() < 200, "{msg}");
        assert!(msg.ends_with("9999…\" (300000 bytes in all)"), "{msg}");
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
