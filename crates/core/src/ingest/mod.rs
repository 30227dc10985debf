//! Reading flight-tracking exports.
//!
//! Each file is recognised by its content, never by its name, parsed row by
//! row, and merged into a [`Dataset`] of per-aircraft [`Track`](crate::track::Track)s. A bad row
//! becomes a [`Warning`] with the file and line and is skipped; a file in no
//! known format is reported with the formats that were tried. Nothing here
//! panics on user data.
//!
//! # Where things are
//!
//! In the order bytes travel:
//!
//! - `stream.rs`: [`FileReader`], fed the file piece by piece (gzip unpacked
//!   as it comes, CSV parsed in blocks of lines), and [`Dataset::add_file`];
//!   `stream/split.rs`: one big CSV read by two readers at once.
//! - `text.rs`: bytes into text (byte-order mark, UTF-8, else Latin-1).
//! - `sniff.rs`: which [`Format`] a text is in, and the parser for each;
//!   `format.rs`: the formats and their names.
//! - One parser per format: `fr24.rs`, `playback.rs` (Flightradar24's
//!   playback JSON), `opensky.rs`, `readsb.rs`, `kml.rs`,
//!   `lists.rs` (flight lists), `generic_csv.rs` (any other CSV, by its
//!   header's names or a person's [`ColumnChoice`]); the mapped CSV layouts
//!   read their rows through a column map in `column_map.rs`.
//! - Shared by the parsers: `csv.rs` (header, row loop, line numbers) and
//!   `parse.rs` (one field's value: number, time, address, position).
//! - `batch.rs`: one file's rows grouped by aircraft, then sorted, cleaned
//!   of repeats and bad fixes (`jumps.rs`) into a [`ParsedFile`].
//! - `dataset.rs`: [`Dataset`], and merging a file into it.
//! - `report.rs`: [`FileImport`], [`Warning`] and what a warning can say,
//!   [`WarningKind`].
//!
//! Each module imports its siblings by their own path; this file only
//! declares them and re-exports the public API.

mod batch;
mod column_map;
mod csv;
mod dataset;
mod format;
mod fr24;
mod generic_csv;
mod jumps;
mod kml;
mod lists;
mod opensky;
mod parse;
mod playback;
mod readsb;
mod report;
mod sniff;
mod stream;
mod text;

pub use dataset::{Dataset, ParsedFile};
pub use format::Format;
pub use generic_csv::{ColumnChoice, csv_header};
pub use jumps::MAX_JUMP_KT;
pub use lists::ListedFlight;
pub use parse::parse_f64;
pub use parse::{LATEST_DEFAULT, TimeWindow};
pub use report::{
    Excerpt, FileImport, MAX_WARNINGS_KEPT, RowRanges, RowUnit, Warning, WarningKind,
};
pub use sniff::sniff;
pub use stream::split::{JoinError, Part, head_end};
pub use stream::{FileReader, MAX_UNPACKED};
pub use text::decode_text;
