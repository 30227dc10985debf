//! One file's rows grouped by aircraft as they are parsed, then sorted,
//! cleaned and counted into a [`ParsedFile`] ready to merge.

use std::collections::HashMap;

use super::dataset::ParsedFile;
use super::jumps::drop_jumps;
use super::lists::ListedFlight;
use super::report::{FileImport, WarningKind};
use crate::track::{Identity, Point, Points, Track};

/// Rows parsed from one file, grouped by aircraft, before merging.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    groups: Vec<(Identity, Points)>,
    index: HashMap<String, usize>,
    /// The key of the last row and its group: a file's rows come in runs
    /// of one aircraft, and comparing a short key costs less than hashing.
    last: Option<(String, usize)>,
    /// Flights from a flight list.
    pub(crate) flights: Vec<ListedFlight>,
}

impl Batch {
    /// Adds a point for the aircraft whose identity is built by `who` the
    /// first time `key` is seen.
    pub(crate) fn push(
        &mut self,
        key: &str,
        who: impl FnOnce() -> Identity,
        p: Point,
    ) -> &mut Identity {
        let i = match &self.last {
            Some((k, i)) if k == key => *i,
            _ => {
                let i = match self.index.get(key) {
                    Some(&i) => i,
                    None => {
                        self.groups.push((who(), Points::default()));
                        self.index.insert(key.to_string(), self.groups.len() - 1);
                        self.groups.len() - 1
                    }
                };
                let (k, j) = self.last.get_or_insert_with(|| (String::new(), i));
                k.clear();
                k.push_str(key);
                *j = i;
                i
            }
        };
        let g = &mut self.groups[i];
        g.1.push(p);
        &mut g.0
    }
}

impl Batch {
    /// Adds the aircraft of a later part of the same file, in order: the
    /// points of an aircraft already here go after its own, and its
    /// callsigns after its own (the rest of its identity comes from its
    /// first row, which was here), as if the part's rows had come here.
    pub(crate) fn append(
        &mut self,
        keys: Vec<String>,
        identities: Vec<Identity>,
        points: Vec<Points>,
        flights: Vec<ListedFlight>,
    ) {
        for ((key, identity), points) in keys.into_iter().zip(identities).zip(points) {
            match self.index.get(&key) {
                Some(&i) => {
                    let (have, own) = &mut self.groups[i];
                    for cs in &identity.callsigns {
                        have.add_callsign(cs);
                    }
                    own.append(points);
                }
                None => {
                    self.groups.push((identity, points));
                    self.index.insert(key, self.groups.len() - 1);
                }
            }
        }
        self.flights.extend(flights);
    }

    /// The aircraft as they stand, unsorted, each with the key it was
    /// found by, in order of first appearance.
    pub(crate) fn into_raw(self) -> (Vec<String>, Vec<Identity>, Vec<Points>, Vec<ListedFlight>) {
        let mut keys = vec![String::new(); self.groups.len()];
        for (k, i) in self.index {
            keys[i] = k;
        }
        let (identities, points) = self.groups.into_iter().unzip();
        (keys, identities, points, self.flights)
    }

    /// Sorts each aircraft's points, removes repeats and impossible jumps,
    /// and fills in the report: one file, ready to merge.
    pub(crate) fn into_file(self, mut report: FileImport) -> ParsedFile {
        report.flights += self.flights.len() as u64;
        if let Some(span) = flight_span(&self.flights) {
            report.span = Some(span);
        }
        let mut tracks = Vec::with_capacity(self.groups.len());
        for (identity, mut points) in self.groups {
            report.duplicates += points.sort_dedup() as u64;
            let jumps = drop_jumps(&mut points);
            if jumps > 0 {
                report.skipped += jumps as u64;
                report.warn(
                    None,
                    WarningKind::ImpossibleJumps {
                        aircraft: identity.label(),
                        dropped: jumps,
                    },
                );
            }
            if points.is_empty() {
                continue;
            }
            if let Some((a, b)) = points.span() {
                report.span = Some(match report.span {
                    Some((x, y)) => (x.min(a), y.max(b)),
                    None => (a, b),
                });
            }
            report.points += points.len() as u64;
            report.aircraft.push(identity.label());
            tracks.push(Track { identity, points });
        }
        ParsedFile {
            report,
            tracks,
            flights: self.flights,
        }
    }
}

/// First departure and last arrival of a list of flights.
fn flight_span(f: &[ListedFlight]) -> Option<(i64, i64)> {
    let times = || f.iter().flat_map(|f| [f.departure, f.arrival]).flatten();
    Some((times().min()?, times().max()?))
}
