//! Everything loaded so far: each aircraft's track merged across files,
//! one report per file, and the flights of flight lists.
//!
//! Reading a whole file in one call, [`Dataset::add_file`], is with the
//! reader it wraps, in `stream.rs`.

use super::lists::ListedFlight;
use super::report::{FileImport, Warning};
use crate::track::{Identity, Track};

/// Everything loaded so far: tracks merged across files, and one report per file.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    /// One track per aircraft, points sorted by time.
    pub tracks: Vec<Track>,
    /// One report per file, in the order the files were added.
    pub imports: Vec<FileImport>,
    /// Flights from flight lists (OpenSky flights, Flightradar24 logbook).
    pub flights: Vec<ListedFlight>,
}

/// One file read on its own and not merged yet: what a worker hands back
/// to the page, which then calls [`Dataset::absorb`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedFile {
    /// The file's report.
    pub report: FileImport,
    /// Its aircraft, each with points sorted and cleaned.
    pub tracks: Vec<Track>,
    /// Flights from a flight list.
    pub flights: Vec<ListedFlight>,
}

impl Dataset {
    /// Merges one file, read on its own (perhaps in another thread), into
    /// the tracks, matching aircraft by ICAO address, then registration,
    /// then callsign. Returns the file's report, also kept in
    /// [`Dataset::imports`].
    pub fn absorb(&mut self, file: ParsedFile) -> &FileImport {
        let ParsedFile {
            mut report,
            tracks,
            flights,
        } = file;
        self.flights.extend(flights);
        let mut touched = Vec::new();
        for track in tracks {
            let i = match self.find(&track.identity) {
                Some(i) => {
                    let t = &mut self.tracks[i];
                    t.identity.fill_from(&track.identity);
                    for p in track.points.iter() {
                        t.points.push(p);
                    }
                    i
                }
                None => {
                    self.tracks.push(track);
                    self.tracks.len() - 1
                }
            };
            touched.push(i);
        }
        touched.sort_unstable();
        touched.dedup();
        // Repeats of points that other files already gave.
        let mut again = 0;
        for i in touched {
            again += self.tracks[i].points.sort_dedup() as u64;
        }
        report.duplicates += again;
        report.points = report.points.saturating_sub(again);
        self.imports.push(report);
        self.imports.last().expect("just pushed")
    }

    /// The track of the same aircraft: same ICAO address, else same
    /// registration, else a shared callsign, never across two different
    /// ICAO addresses.
    fn find(&self, id: &Identity) -> Option<usize> {
        let same = |a: &Option<String>, b: &Option<String>| matches!((a, b), (Some(x), Some(y)) if x.eq_ignore_ascii_case(y));
        let compatible = |t: &Track| t.identity.icao24.is_none() || id.icao24.is_none();
        let shares_callsign = |t: &Track| {
            t.identity
                .callsigns
                .iter()
                .any(|c| id.callsigns.iter().any(|d| d.eq_ignore_ascii_case(c)))
        };
        let tracks = &self.tracks;
        tracks
            .iter()
            .position(|t| same(&t.identity.icao24, &id.icao24))
            .or_else(|| {
                tracks
                    .iter()
                    .position(|t| compatible(t) && same(&t.identity.registration, &id.registration))
            })
            .or_else(|| {
                tracks
                    .iter()
                    .position(|t| compatible(t) && shares_callsign(t))
            })
    }

    /// All warnings of all files, in order.
    pub fn warnings(&self) -> impl Iterator<Item = &Warning> {
        self.imports.iter().flat_map(|r| r.warnings.iter())
    }

    /// Total number of points over all tracks.
    pub fn point_count(&self) -> usize {
        self.tracks.iter().map(|t| t.points.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_within_and_across_files_are_counted_once() {
        let text = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
                    1704180000,x,JAL516,\"42.70,141.60\",30000,450,180\n\
                    1704180000,x,JAL516,\"42.70,141.60\",30000,450,180\n\
                    1704180060,x,JAL516,\"42.60,141.60\",30000,450,180\n";
        let mut d = Dataset::default();
        let a = d.add_file("a.csv", text.as_bytes()).clone();
        assert_eq!((a.rows, a.points, a.duplicates), (3, 2, 1));
        let b = d.add_file("b.csv", text.as_bytes()).clone();
        assert_eq!((b.rows, b.points, b.duplicates), (3, 0, 3));
        assert_eq!(d.point_count(), 2);
    }
}
