//! One file's rows grouped by aircraft as they are parsed, then sorted,
//! cleaned and counted into a [`ParsedFile`] ready to merge.

use std::collections::HashMap;

use super::dataset::ParsedFile;
use super::jumps::{Jumps, far_times, jumps, stale};
use super::lists::ListedFlight;
use super::parse::TimeWindow;
use super::report::{FileImport, RowRanges, RowUnit, WarningKind};
use crate::track::{Identity, Point, Points, Track, retain_tags};

/// One aircraft's rows in one file: who, where, and the row each point came
/// from (a line, or an entry of a JSON array; 0 when unknown), so that a
/// point dropped later is named by its row.
#[derive(Debug, Default)]
struct Group {
    identity: Identity,
    points: Points,
    rows: Vec<u32>,
}

/// Rows parsed from one file, grouped by aircraft, before merging.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    groups: Vec<Group>,
    index: HashMap<String, usize>,
    /// The key of the last row and its group: a file's rows come in runs
    /// of one aircraft, and comparing a short key costs less than hashing.
    last: Option<(String, usize)>,
    /// Flights from a flight list.
    pub(crate) flights: Vec<ListedFlight>,
    /// The times a row may have.
    pub(crate) window: TimeWindow,
    /// What the row numbers given with points count.
    pub(crate) unit: RowUnit,
}

/// A row number as kept with a point: 0 when unknown or too big.
fn row_tag(row: u64) -> u32 {
    u32::try_from(row).unwrap_or(0)
}

impl Batch {
    /// Adds a point, from row `row` of the file (0 when unknown), for the
    /// aircraft whose identity is built by `who` the first time `key` is
    /// seen.
    pub(crate) fn push(
        &mut self,
        key: &str,
        who: impl FnOnce() -> Identity,
        p: Point,
        row: u64,
    ) -> &mut Identity {
        let i = match &self.last {
            Some((k, i)) if k == key => *i,
            _ => {
                let i = match self.index.get(key) {
                    Some(&i) => i,
                    None => {
                        self.groups.push(Group {
                            identity: who(),
                            ..Group::default()
                        });
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
        g.points.push(p);
        g.rows.push(row_tag(row));
        &mut g.identity
    }
}

/// One file's aircraft as they stand, unsorted (see [`Batch::into_raw`]).
#[derive(Debug, Default)]
pub(crate) struct Raw {
    pub(crate) keys: Vec<String>,
    pub(crate) identities: Vec<Identity>,
    pub(crate) points: Vec<Points>,
    /// Each point's row, as [`Batch::push`] was given it.
    pub(crate) rows: Vec<Vec<u32>>,
    pub(crate) flights: Vec<ListedFlight>,
}

impl Batch {
    /// Adds the aircraft of a later part of the same file, in order: the
    /// points of an aircraft already here go after its own, and its
    /// callsigns after its own (the rest of its identity comes from its
    /// first row, which was here), as if the part's rows had come here.
    /// Its rows are numbered `shift` lines off this file's.
    pub(crate) fn append(&mut self, raw: Raw, shift: i64) {
        let Raw {
            keys,
            identities,
            points,
            mut rows,
            flights,
        } = raw;
        rows.resize_with(points.len(), Vec::new);
        for (((key, identity), points), rows) in
            keys.into_iter().zip(identities).zip(points).zip(rows)
        {
            let rows: Vec<u32> = if rows.len() == points.len() {
                rows.into_iter()
                    .map(|r| match r {
                        0 => 0,
                        r => row_tag((i64::from(r) + shift).max(0) as u64),
                    })
                    .collect()
            } else {
                vec![0; points.len()]
            };
            match self.index.get(&key) {
                Some(&i) => {
                    let g = &mut self.groups[i];
                    for cs in &identity.callsigns {
                        g.identity.add_callsign(cs);
                    }
                    g.points.append(points);
                    g.rows.extend(rows);
                }
                None => {
                    self.groups.push(Group {
                        identity,
                        points,
                        rows,
                    });
                    self.index.insert(key, self.groups.len() - 1);
                }
            }
        }
        self.flights.extend(flights);
    }

    /// The aircraft as they stand, unsorted, each with the key it was
    /// found by, in order of first appearance.
    pub(crate) fn into_raw(self) -> Raw {
        let mut keys = vec![String::new(); self.groups.len()];
        for (k, i) in self.index {
            keys[i] = k;
        }
        let mut raw = Raw {
            keys,
            flights: self.flights,
            ..Raw::default()
        };
        for g in self.groups {
            raw.identities.push(g.identity);
            raw.points.push(g.points);
            raw.rows.push(g.rows);
        }
        raw
    }

    /// Sorts each aircraft's points, removes repeats and bad fixes (see
    /// `jumps.rs`) with a warning naming their rows, and fills in the
    /// report: one file, ready to merge.
    pub(crate) fn into_file(self, mut report: FileImport) -> ParsedFile {
        report.flights += self.flights.len() as u64;
        if let Some(span) = flight_span(&self.flights) {
            report.span = Some(span);
        }
        let unit = self.unit;
        let mut tracks = Vec::with_capacity(self.groups.len());
        for g in self.groups {
            let Group {
                mut identity,
                mut points,
                mut rows,
            } = g;
            if rows.len() != points.len() {
                rows = vec![0; points.len()];
            }
            report.duplicates += points.sort_dedup_with(&mut rows) as u64;
            let label = identity.label();
            // Wrong clocks first: they would make every other rule see
            // gaps of years.
            if let Some(keep) = far_times(points.times()) {
                let gone = drop(&mut points, &mut rows, &keep);
                report.skipped += gone.len() as u64;
                let kind = WarningKind::FarFromTrack {
                    aircraft: label.clone(),
                    rows: RowRanges::new(unit, gone),
                    track: points.span().unwrap_or_default(),
                };
                warn_rows(&mut report, kind);
            }
            // Jumps before stale repeats: a held position tells where a
            // stretch was left from.
            match jumps(&points) {
                Jumps::None => {}
                Jumps::Drop(keep) => {
                    let gone = drop(&mut points, &mut rows, &keep);
                    report.skipped += gone.len() as u64;
                    let kind = WarningKind::ImpossibleJumps {
                        aircraft: label.clone(),
                        rows: RowRanges::new(unit, gone),
                    };
                    warn_rows(&mut report, kind);
                }
                Jumps::Everywhere { count } => {
                    let kind = WarningKind::JumpsEverywhere {
                        aircraft: label.clone(),
                        count,
                    };
                    warn_rows(&mut report, kind);
                }
            }
            if let Some(keep) = stale(&points) {
                let gone = drop(&mut points, &mut rows, &keep);
                report.skipped += gone.len() as u64;
                let kind = WarningKind::StalePositions {
                    aircraft: label,
                    rows: RowRanges::new(unit, gone),
                };
                warn_rows(&mut report, kind);
            }
            if points.is_empty() {
                continue;
            }
            if let Some((a, b)) = points.span() {
                report.span = Some(match report.span {
                    Some((x, y)) => (x.min(a), y.max(b)),
                    None => (a, b),
                });
                // A route the file reports is that of the points it gave.
                for r in &mut identity.reported_routes {
                    r.span = Some((a, b));
                }
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

/// Drops the points (and their rows) not flagged in `keep`; returns the
/// rows of those dropped.
fn drop(points: &mut Points, rows: &mut Vec<u32>, keep: &[bool]) -> Vec<u32> {
    let gone = (0..keep.len())
        .filter(|&i| !keep[i])
        .map(|i| rows.get(i).copied().unwrap_or(0))
        .collect();
    points.retain(keep);
    retain_tags(rows, keep);
    gone
}

/// Warns of rows dropped, on the first line named when rows are lines.
fn warn_rows(report: &mut FileImport, kind: WarningKind) {
    let line = match &kind {
        WarningKind::FarFromTrack { rows, .. }
        | WarningKind::StalePositions { rows, .. }
        | WarningKind::ImpossibleJumps { rows, .. } => rows.first_line(),
        _ => None,
    };
    report.warn(line, kind);
}

/// First departure and last arrival of a list of flights.
fn flight_span(f: &[ListedFlight]) -> Option<(i64, i64)> {
    let times = || f.iter().flat_map(|f| [f.departure, f.arrival]).flatten();
    Some((times().min()?, times().max()?))
}
