//! # flightlens-core
//!
//! The engine behind Flightlens: it reads flight-tracking exports handed in as
//! bytes, normalises them into per-aircraft tracks, and produces the analysis
//! document shared by the app and the command-line tool.
//!
//! The crate is pure: no clock, no file system, no network, no browser. The
//! caller passes bytes in and gets plain data out, so the same code runs in a
//! Web Worker, in the page and in the CLI.
//!
//! ```
//! use flightlens_core::Dataset;
//!
//! let csv = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
//!            1704180175,2024-01-02T07:22:55Z,JAL516,\"42.787994,141.685074\",0,0,73\n";
//! let mut data = Dataset::default();
//! let report = data.add_file("track.csv", csv.as_bytes());
//! assert_eq!(report.format.map(|f| f.name()), Some("Flightradar24 CSV"));
//! assert_eq!(data.tracks.len(), 1);
//! assert_eq!(data.tracks[0].points.len(), 1);
//! ```
#![deny(missing_docs)]

pub mod airports;
pub mod analysis;
pub mod article;
pub mod data;
pub mod export;
pub mod filter;
pub mod geo;
pub mod ids;
pub mod ingest;
pub mod map;
pub mod offline;
pub mod pipeline;
pub mod publish;
pub mod routes;
pub mod saved;
pub mod time;
pub mod track;
pub mod zip;

pub use analysis::Analysis;
pub use ingest::{Dataset, FileImport, FileReader, Format, ParsedFile, Warning};
pub use track::{Ground, Identity, Point, PointColumns, Points, ReportedRoute, Track};

/// The two demo files read into a dataset, for tests.
#[cfg(test)]
pub(crate) fn demo_data() -> Dataset {
    let mut data = Dataset::default();
    for f in ["cargo-rff7071.fr24.csv", "bizjet-4bc8d0.opensky.csv"] {
        let path = format!("{}/../../demo/{f}", env!("CARGO_MANIFEST_DIR"));
        data.add_file(f, &std::fs::read(path).expect("the demo file"));
    }
    data
}
