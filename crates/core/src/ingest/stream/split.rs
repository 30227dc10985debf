//! One big CSV read by two readers at once: the page's worker reads the
//! start while a helper reads the rest, each on its own core. [`head_end`]
//! says whether and where a file may be split, the helper's reader turns
//! its part into a [`Part`], and the first reader's [`FileReader::join`]
//! takes it in, or refuses and reads the rest itself.
//!
//! A child of `stream.rs`, as the join must see the reader's own state.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{FileReader, Mode, blockable, in_blocks};
use crate::ingest::batch::Raw;
use crate::ingest::lists::ListedFlight;
use crate::ingest::report::{FileImport, MAX_WARNINGS_KEPT, Warning};
use crate::ingest::sniff::sniff;
use crate::ingest::text::{decode_text, first_line};
use crate::track::{Identity, Points};

/// Where the header line ends in `start`, the first bytes of a file, when
/// the file can be read in two parts at once (see [`FileReader::part`]):
/// a CSV layout that is read in blocks (any CSV, when a person has
/// `chosen` its columns), not compressed, whose header line is complete in
/// `start` with no line end inside quotes. `None` otherwise: read it whole.
pub fn head_end(start: &[u8], chosen: bool) -> Option<usize> {
    if start.starts_with(&[0x1f, 0x8b]) {
        return None;
    }
    let mut at = 0;
    loop {
        let end = at + memchr::memchr(b'\n', &start[at..])? + 1;
        let line = &start[at..end];
        let text = decode_text(line);
        let head = first_line(&text);
        if !head.is_empty() {
            let csv = chosen || sniff(head).is_some_and(in_blocks);
            return (csv && blockable(head)).then_some(end);
        }
        // The csv crate passes over empty lines only: a line of spaces or a
        // form feed would be its header, and the line after a row, so the
        // helper would read the header line again as a row. Read whole.
        let bare = if at == 0 {
            line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
        } else {
            line
        };
        if !matches!(bare, b"\n" | b"\r\n") {
            return None;
        }
        at = end;
    }
}

/// A later part of a file, read by one [`FileReader`] while another reads
/// the start: its rows parsed, its aircraft not yet sorted or cleaned (they
/// may go on from the start's). [`FileReader::join`] takes it in.
///
/// The points travel on their own (a worker moves them as typed arrays);
/// the rest is serialisable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// Rows, skipped rows and warnings, numbered from the head's first line.
    pub report: FileImport,
    /// Each aircraft's key, identity and points, in order of first appearance.
    pub keys: Vec<String>,
    /// See `keys`.
    pub identities: Vec<Identity>,
    /// See `keys`.
    #[serde(skip)]
    pub points: Vec<Points>,
    /// Each point's line, in the part's own numbering (0 when unknown), so
    /// that a point dropped as a bad fix after the join is named by its
    /// line. They travel like the points; a part without them is taken,
    /// and its dropped points are named without lines.
    #[serde(skip)]
    pub lines: Vec<Vec<u32>>,
    /// Flights from a flight list.
    pub flights: Vec<ListedFlight>,
    /// The line, in the part's own numbering (its head counted), of its first row.
    pub first_line: u64,
}

/// Why [`FileReader::join`] refused a part. Nothing was changed: push the
/// rest of the file to the reader that refused instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinError {
    /// The start of the file is not a CSV layout read in blocks.
    NotInBlocks,
    /// The part was read as another format, or the start could not be
    /// read on (it failed, or it is compressed).
    OtherFormat,
    /// What was pushed before the part does not end at a line end outside
    /// quotes: the split fell inside a quoted field.
    NotAtLineStart,
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JoinError::NotInBlocks => "the start of the file is not a CSV read in blocks",
            JoinError::OtherFormat => "the rest of the file was read as another format",
            JoinError::NotAtLineStart => {
                "the rest of the file does not begin at the start of a line"
            }
        })
    }
}

impl std::error::Error for JoinError {}

impl FileReader {
    /// Makes this reader read a later part of a file while another reads
    /// its start, so that two threads share a big CSV. `head` is the file's
    /// first bytes through its header line (see [`head_end`]); push the
    /// part's bytes after it, from the start of a line, then call
    /// [`FileReader::into_part`] and hand the result to the other reader's
    /// [`FileReader::join`].
    pub fn part(mut self, head: &[u8]) -> Self {
        self.head_lines = memchr::memchr_iter(b'\n', head).count() as u64;
        self.push(head);
        self
    }

    /// Parses what is left of a part (see [`FileReader::part`]) and hands
    /// over its rows. A part in no CSV layout has no format in its report,
    /// and no join will take it.
    pub fn into_part(mut self) -> Part {
        if let Mode::Sniffing = self.mode {
            self.sniff(true);
        }
        let format = match self.mode {
            Mode::Csv { format, .. } if self.failed.is_none() && self.gzip.is_none() => {
                Some(format)
            }
            _ => None,
        };
        if format.is_some() {
            self.parse_rest();
        }
        self.report.format = format;
        let raw = self.batch.into_raw();
        Part {
            report: self.report,
            keys: raw.keys,
            identities: raw.identities,
            points: raw.points,
            lines: raw.rows,
            flights: raw.flights,
            first_line: self.head_lines + 1,
        }
    }

    /// Takes in `part`, the rest of the file, which another reader read at
    /// the same time (see [`FileReader::part`]), once every byte before it
    /// has been pushed here. The result is exactly what reading those bytes
    /// here would give. Then call [`FileReader::finish`].
    ///
    /// `Err`, with nothing changed, when the part cannot follow on: its
    /// start fell inside a quoted field, or it was read as another format.
    /// Push the rest of the file here instead.
    pub fn join(&mut self, part: Part) -> Result<(), JoinError> {
        let Mode::Csv { format, .. } = &self.mode else {
            return Err(JoinError::NotInBlocks);
        };
        if part.report.format != Some(*format) || self.failed.is_some() || self.gzip.is_some() {
            return Err(JoinError::OtherFormat);
        }
        if self.in_quotes || self.cut != self.pending.len() || self.scanned != self.pending.len() {
            return Err(JoinError::NotAtLineStart);
        }
        self.parse_rest();
        // The part's first row is the line after everything parsed here.
        let shift = self.line as i64 - part.first_line as i64;
        let r = part.report;
        self.report.rows += r.rows;
        self.report.skipped += r.skipped;
        self.report.warning_count += r.warning_count;
        let room = MAX_WARNINGS_KEPT.saturating_sub(self.report.warnings.len());
        for w in r.warnings.into_iter().take(room) {
            self.report.warnings.push(Warning {
                file: self.report.file.clone(),
                line: w.line.map(|l| (l as i64 + shift).max(1) as u64),
                message: w.message,
            });
        }
        let raw = Raw {
            keys: part.keys,
            identities: part.identities,
            points: part.points,
            rows: part.lines,
            flights: part.flights,
        };
        self.batch.append(raw, shift);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ParsedFile;
    use crate::ingest::stream::tests::{reader_like, whole};

    /// Reads `bytes` as a worker and its helper do: the start up to `split`
    /// here, the rest in a part, joined; or, when the join refuses, the rest
    /// here. Also says whether the join took the part.
    fn in_two(bytes: &[u8], split: usize, chosen: Option<&FileReader>) -> (ParsedFile, bool) {
        let new = || reader_like(chosen);
        let h = head_end(&bytes[..bytes.len().min(1 << 16)], chosen.is_some()).unwrap();
        let mut a = new().with_block(64);
        a.push(&bytes[..split]);
        let mut b = new().with_block(64).part(&bytes[..h]);
        b.push(&bytes[split..]);
        let joined = a.join(b.into_part()).is_ok();
        if !joined {
            a.push(&bytes[split..]);
        }
        (a.finish_alone(), joined)
    }

    /// Line starts after the header, where the page may split a file.
    fn line_starts(bytes: &[u8]) -> Vec<usize> {
        let h = head_end(bytes, true).unwrap();
        memchr::memchr_iter(b'\n', bytes)
            .map(|i| i + 1)
            .filter(|&i| i > h && i < bytes.len())
            .collect()
    }

    /// A file read in two parts at once, split at any line, gives exactly
    /// what reading it whole gives: the same aircraft in the same order,
    /// callsigns, points, counts, and every warning on its own line, past
    /// the cap on warnings kept.
    #[test]
    fn two_parts_at_once_read_the_same_as_one() {
        let mut bytes =
            b"\xEF\xBB\xBF\r\nTimestamp,UTC,Callsign,Position,Altitude,Speed,Direction\r\n"
                .to_vec();
        for i in 0..700u64 {
            let callsign: &[u8] = match i % 7 {
                0 => b"JAL516",
                1 if i > 350 => b"JAL9\xC9",
                1 => b"AFR1",
                2 => b"",
                _ => b"DLH4",
            };
            bytes.extend_from_slice(format!("{},x,", 1_704_180_000 + i * 10).as_bytes());
            bytes.extend_from_slice(callsign);
            bytes.extend_from_slice(
                format!(
                    ",\"{:.4},141.6\",30000,450,180\r\n",
                    42.0 + i as f64 * 0.001
                )
                .as_bytes(),
            );
            if i % 3 == 0 {
                bytes.extend_from_slice(b"garbage,row\n\n");
            }
        }
        let one = whole(&bytes, None);
        assert!(one.report.warning_count > MAX_WARNINGS_KEPT as u64);
        for split in line_starts(&bytes) {
            let (two, joined) = in_two(&bytes, split, None);
            assert!(joined, "split at {split}");
            assert_eq!(format!("{two:?}"), format!("{one:?}"), "split at {split}");
        }
    }

    /// A split that falls inside a quoted field is refused, and the rest
    /// read by the first reader instead, to the same result.
    #[test]
    fn a_split_inside_quotes_is_refused_and_read_whole() {
        let text = "time,lat,lon,note\n\
                    1704180000,42.0,141.6,\"a note\nover lines\"\n\
                    1704180010,42.1,141.7,plain\n\
                    1704180020,42.2,141.8,\"one \"\"quoted\"\"\nword\"\n\
                    1704180030,42.3,141.9,x\n";
        let bytes = text.as_bytes();
        let one = whole(bytes, None);
        assert_eq!(one.report.rows, 4);
        let mut refused = 0;
        for split in line_starts(bytes) {
            let (two, joined) = in_two(bytes, split, None);
            refused += usize::from(!joined);
            assert_eq!(format!("{two:?}"), format!("{one:?}"), "split at {split}");
        }
        assert_eq!(refused, 2);
    }

    /// A refusal says which rule the split broke, in the words the worker
    /// passes on to the page.
    #[test]
    fn a_refusal_says_why() {
        let text = b"time,lat,lon,note\n1704180000,42.0,141.6,\"a note\nover lines\"\n";
        let h = head_end(text, false).unwrap();
        let split = text.iter().rposition(|&b| b == b'\n').unwrap() - 11;
        assert_eq!(&text[split - 1..split + 4], b"\nover");
        let part = || {
            let mut b = FileReader::new("f.csv").part(&text[..h]);
            b.push(&text[split..]);
            b.into_part()
        };
        let mut a = FileReader::new("f.csv");
        a.push(&text[..split]);
        let why = a.join(part()).unwrap_err();
        assert_eq!(why, JoinError::NotAtLineStart);
        assert_eq!(
            why.to_string(),
            "the rest of the file does not begin at the start of a line"
        );
        let mut kml = FileReader::new("f.kml");
        kml.push(b"<?xml version=\"1.0\"?>\n<kml>\n");
        assert_eq!(kml.join(part()), Err(JoinError::NotInBlocks));
    }

    /// Columns a person chose carry over to the part.
    #[test]
    fn two_parts_with_chosen_columns() {
        let choice = crate::ingest::ColumnChoice {
            time: 0,
            lat: 2,
            lon: 1,
            ..Default::default()
        };
        let mut text = String::from("a;b;c;d\n");
        for i in 0..50 {
            text.push_str(&format!(
                "{};{:.2};{:.2};N{}\n",
                1_704_180_000 + i * 60,
                10.0 + i as f64 * 0.01,
                40.0 + i as f64 * 0.01,
                i % 3
            ));
        }
        let chosen = FileReader::with_columns("f.csv", b';', &choice);
        let one = whole(text.as_bytes(), Some(&chosen));
        assert_eq!(one.report.points, 50);
        for split in line_starts(text.as_bytes()) {
            let (two, joined) = in_two(text.as_bytes(), split, Some(&chosen));
            assert!(joined);
            assert_eq!(format!("{two:?}"), format!("{one:?}"), "split at {split}");
        }
    }

    /// Only a CSV read in blocks, uncompressed, with its header complete,
    /// can be read in two parts.
    #[test]
    fn which_files_can_be_split() {
        let head = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n";
        assert_eq!(head_end(head.as_bytes(), false), Some(head.len()));
        let blank = format!("\u{feff}\n\r\n{head}1,2");
        assert_eq!(head_end(blank.as_bytes(), false), Some(blank.len() - 3));
        // Lines the csv crate reads as a record, before the header.
        assert_eq!(head_end(format!("\n  \r\n{head}").as_bytes(), false), None);
        assert_eq!(head_end(format!("\x0c\n{head}").as_bytes(), false), None);
        assert_eq!(head_end(&head.as_bytes()[..20], false), None);
        assert_eq!(head_end(b"\x1f\x8b\x08\x00\n", false), None);
        assert_eq!(head_end(b"{\"icao\":\"ac671b\",\n", false), None);
        assert_eq!(head_end(b"<?xml version=\"1.0\"?>\n<kml>\n", false), None);
        assert_eq!(head_end(b"x;y;z\n", false), None);
        assert_eq!(head_end(b"x;y;z\n", true), Some(6));
        assert_eq!(head_end(b"x;\"y\nz\";w\n", true), None);
        assert_eq!(head_end(b"time,lat,lon\rjunk\n", false), None);
        assert_eq!(head_end(b"time,lat,lon\r\n", false), Some(14));
    }
}
