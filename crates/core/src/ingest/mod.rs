//! Reading flight-tracking exports.
//!
//! Each file is recognised by its content, never by its name, parsed row by
//! row, and merged into a [`Dataset`] of per-aircraft [`Track`](crate::track::Track)s. A bad row
//! becomes a [`Warning`] with the file and line and is skipped; a file in no
//! known format is reported with the formats that were tried. Nothing here
//! panics on user data.

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
pub use report::{FileImport, MAX_WARNINGS_KEPT, Warning, WarningKind};
pub use sniff::sniff;
pub use stream::split::{JoinError, Part, head_end};
pub use stream::{FileReader, MAX_UNPACKED};
pub use text::decode_text;
