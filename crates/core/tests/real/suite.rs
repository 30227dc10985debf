//! The real-data regression suite: each `<name>.truth.json` in this folder
//! checked against what the engine makes of its file (see `README.md` for
//! the truth schema and how it was read).
//!
//! Shared, as source, by `crates/core/tests/real.rs` (so `cargo test` fails
//! on a regression) and `cargo xtask eval routes` (which prints the table).
//!
//! For every truth leg, the engine leg of the same aircraft whose
//! takeoff–landing interval overlaps it most (by more than half of the
//! shorter of the two) is its match. A case passes when every truth leg is
//! matched, no engine leg is left over, both ends name the truth's airport
//! (or one of its `*_alternatives_ok`; `null` must be `null`), every
//! observed/not-observed flag is the truth's, every observed time is within
//! the leg's tolerance (`takeoff_tolerance_s`/`landing_tolerance_s`, 60 s
//! when absent; an unobserved time is checked only when the truth gives a
//! tolerance for it), every stopover is found with its airport and
//! observed flag and none is invented, and no time the engine prints falls
//! outside the file's `time_range`. The one exception to the last rule is
//! a takeoff the engine estimates, not observed, before a track's first fix
//! (at most an hour before): counted as `est.` and allowed.
//!
//! A truth may name other files to load with it (`load_with`) and the
//! stopovers that only appear when they are loaded together
//! (`stopovers_together`): the group is then checked as one case too.

#![allow(dead_code)] // each includer uses its own part

use std::path::Path;

use flightlens_core::Dataset;
use flightlens_core::pipeline;
use flightlens_core::routes::{End, Options, Routes};
use flightlens_core::time::{parse_datetime, rfc3339};
use serde_json::Value;

/// Files whose check waits for the ingest side of issue 15, with why. A
/// file listed here that fails is reported, not counted as a failure; one
/// that is read and passes — or, for a file marked unreadable, one that is
/// read at all — fails the suite until it is taken off this list, so that
/// the merge of the ingest work switches its check on.
pub const AWAITING_INGEST: &[(&str, Awaiting)] = &[];

/// What a file in [`AWAITING_INGEST`] waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Awaiting {
    /// The format is not read yet (FR24 playback JSON).
    Unreadable,
    /// The file is read, but wrongly, on the ingest side.
    Wrong(&'static str),
}

#[derive(Debug, Clone)]
struct TruthLeg {
    aircraft: String,
    from: Option<String>,
    to: Option<String>,
    from_ok: Vec<Option<String>>,
    to_ok: Vec<Option<String>>,
    takeoff: i64,
    landing: i64,
    takeoff_observed: bool,
    landing_observed: bool,
    takeoff_tol: Option<i64>,
    landing_tol: Option<i64>,
    takeoff_either: bool,
    landing_either: bool,
}

#[derive(Debug, Clone)]
struct TruthStop {
    airport: String,
    arrival: i64,
    departure: i64,
    observed: bool,
}

#[derive(Debug, Clone)]
struct Truth {
    file: String,
    range: (i64, i64),
    legs: Vec<TruthLeg>,
    stops: Vec<TruthStop>,
    load_with: Vec<String>,
    stops_together: Vec<TruthStop>,
}

fn code(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn time(v: &Value, what: &str) -> Result<i64, String> {
    v.as_str()
        .and_then(parse_datetime)
        .ok_or_else(|| format!("{what}: not a time: {v}"))
}

fn stops(v: &Value, what: &str) -> Result<Vec<TruthStop>, String> {
    let Some(list) = v.as_array() else {
        return Ok(Vec::new());
    };
    list.iter()
        .map(|s| {
            Ok(TruthStop {
                airport: code(&s["airport"]).ok_or_else(|| format!("{what}: airport"))?,
                arrival: time(&s["arrival"], what)?,
                departure: time(&s["departure"], what)?,
                observed: s["observed"].as_bool().unwrap_or(true),
            })
        })
        .collect()
}

fn parse_truth(file: &str, text: &str) -> Result<Truth, String> {
    let what = format!("the truth of {file}");
    let v: Value = serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))?;
    let range = (
        time(&v["time_range"][0], &what)?,
        time(&v["time_range"][1], &what)?,
    );
    let ok = |l: &Value, k: &str| -> Vec<Option<String>> {
        l[k].as_array()
            .map(|a| a.iter().map(code).collect())
            .unwrap_or_default()
    };
    let mut legs = Vec::new();
    for l in v["legs"].as_array().ok_or(format!("{what}: no legs"))? {
        legs.push(TruthLeg {
            aircraft: code(&l["aircraft"]).unwrap_or_default(),
            from: code(&l["from"]),
            to: code(&l["to"]),
            from_ok: ok(l, "from_alternatives_ok"),
            to_ok: ok(l, "to_alternatives_ok"),
            takeoff: time(&l["takeoff"], &what)?,
            landing: time(&l["landing"], &what)?,
            takeoff_observed: l["takeoff_observed"].as_bool().unwrap_or(true),
            landing_observed: l["landing_observed"].as_bool().unwrap_or(true),
            takeoff_tol: l["takeoff_tolerance_s"].as_i64(),
            landing_tol: l["landing_tolerance_s"].as_i64(),
            takeoff_either: l["takeoff_observed_either"].as_bool().unwrap_or(false),
            landing_either: l["landing_observed_either"].as_bool().unwrap_or(false),
        });
    }
    let load_with = v["load_with"]
        .as_array()
        .map(|a| a.iter().filter_map(code).collect())
        .unwrap_or_default();
    Ok(Truth {
        file: file.to_string(),
        range,
        legs,
        stops: stops(&v["stopovers"], &what)?,
        load_with,
        stops_together: stops(&v["stopovers_together"], &what)?,
    })
}

/// One checked case: a file on its own, or a group loaded together.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// The file, or the files joined with `+`.
    pub name: String,
    /// Whether every file was read (a format recognised, points kept).
    pub read: bool,
    /// Truth legs.
    pub legs: usize,
    /// Engine legs.
    pub found: usize,
    /// Truth legs matched by an engine leg.
    pub matched: usize,
    /// Engine legs matching no truth leg.
    pub spurious: usize,
    /// Leg ends (two per truth leg).
    pub ends: usize,
    /// Leg ends naming the truth's airport or an accepted alternative.
    pub ends_right: usize,
    /// Of those, right only through `*_alternatives_ok`.
    pub ends_alt: usize,
    /// Truth stopovers: (observed, unobserved).
    pub stops: (usize, usize),
    /// Engine stopovers.
    pub stops_found: usize,
    /// Truth stopovers found: (observed, unobserved).
    pub stops_right: (usize, usize),
    /// Observed/not-observed flags of matched legs, and how many are right.
    pub flags: (usize, usize),
    /// Times checked (observed ones, and unobserved ones with a tolerance),
    /// and how many are within tolerance.
    pub times: (usize, usize),
    /// Worst error of an observed time, seconds.
    pub worst_s: i64,
    /// Engine times outside the file's range.
    pub outside: usize,
    /// Unobserved takeoffs estimated before a track's first fix (allowed).
    pub estimated_before: usize,
    /// Every miss, in words.
    pub misses: Vec<String>,
    /// Set when the case waits for the ingest side (see [`AWAITING_INGEST`]).
    pub awaiting: Option<Awaiting>,
}

impl Row {
    /// True when nothing was missed.
    pub fn passed(&self) -> bool {
        self.misses.is_empty()
    }

    /// A failure of the suite: a miss on a case not waiting for the ingest
    /// side, or a case waiting for it that no longer needs to.
    pub fn failure(&self) -> Option<String> {
        match self.awaiting {
            None if !self.passed() => Some(format!("{}: {}", self.name, self.misses.join("; "))),
            None => None,
            Some(Awaiting::Unreadable) if self.read => Some(format!(
                "{}: read now — take it off AWAITING_INGEST in crates/core/tests/real/suite.rs so it is checked{}",
                self.name,
                if self.passed() {
                    " (it passes)".to_string()
                } else {
                    format!(" (misses today: {})", self.misses.join("; "))
                }
            )),
            Some(Awaiting::Wrong(_)) if self.passed() => Some(format!(
                "{}: passes now — take it off AWAITING_INGEST in crates/core/tests/real/suite.rs",
                self.name
            )),
            Some(_) => None,
        }
    }

    /// The verdict column.
    pub fn verdict(&self) -> String {
        match (self.awaiting, self.passed()) {
            (None, true) => "ok".into(),
            (None, false) => "FAIL".into(),
            (Some(Awaiting::Unreadable), _) if !self.read => "awaiting ingest (not read)".into(),
            (Some(Awaiting::Wrong(why)), false) => format!("awaiting ingest ({why})"),
            _ => "FAIL (see below)".into(),
        }
    }
}

fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    a.1.min(b.1) - a.0.max(b.0)
}

fn end_code(e: &Option<End>) -> Option<String> {
    e.as_ref().map(|e| e.airport.airport.icao.to_string())
}

fn show(c: &Option<String>) -> &str {
    c.as_deref().unwrap_or("null")
}

/// Checks one case: `truths` loaded from their files' bytes.
fn check(name: String, inputs: &[(String, Vec<u8>)], truths: &[Truth], extra: &[TruthStop]) -> Row {
    let mut data = Dataset::default();
    let mut read = true;
    for (file, bytes) in inputs {
        let r = data.add_file(file, bytes);
        read &= r.format.is_some() && r.points > 0;
    }
    let routes: Routes = pipeline::find_routes(&data, &Options::default());
    let mut row = Row {
        name,
        read,
        ..Row::default()
    };
    let awaiting: Vec<Awaiting> = inputs
        .iter()
        .filter_map(|(f, _)| {
            AWAITING_INGEST
                .iter()
                .find(|(a, _)| a == f)
                .map(|(_, w)| *w)
        })
        .collect();
    row.awaiting = awaiting
        .iter()
        .find(|w| **w == Awaiting::Unreadable)
        .or(awaiting.first())
        .copied();
    if !read {
        row.misses.push("not read".into());
    }
    let range = (
        truths.iter().map(|t| t.range.0).min().unwrap_or(0),
        truths.iter().map(|t| t.range.1).max().unwrap_or(0),
    );
    let track_of = |who: &str| -> Vec<usize> {
        data.tracks
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.identity.icao24.as_deref() == Some(who)
                    || t.identity
                        .callsigns
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(who))
            })
            .map(|(i, _)| i)
            .collect()
    };
    let legs: Vec<_> = routes.legs.iter().collect();
    row.found = legs.len();
    let mut used = vec![false; legs.len()];
    for tl in truths.iter().flat_map(|t| &t.legs) {
        row.legs += 1;
        row.ends += 2;
        let tracks = track_of(&tl.aircraft);
        let tv = (tl.takeoff, tl.landing);
        let m = legs
            .iter()
            .enumerate()
            .filter(|(i, l)| !used[*i] && tracks.contains(&l.track))
            .max_by_key(|(_, l)| overlap((l.takeoff, l.landing), tv))
            .filter(|(_, l)| {
                let shorter = (tl.landing - tl.takeoff).min(l.landing - l.takeoff).max(1);
                overlap((l.takeoff, l.landing), tv) * 2 > shorter
            });
        let Some((i, l)) = m else {
            row.misses.push(format!(
                "no leg {}→{} {}–{}",
                show(&tl.from),
                show(&tl.to),
                rfc3339(tl.takeoff),
                rfc3339(tl.landing)
            ));
            continue;
        };
        used[i] = true;
        row.matched += 1;
        for (what, truth, ok, got) in [
            ("from", &tl.from, &tl.from_ok, end_code(&l.from)),
            ("to", &tl.to, &tl.to_ok, end_code(&l.to)),
        ] {
            if got == *truth {
                row.ends_right += 1;
            } else if ok.contains(&got) {
                row.ends_right += 1;
                row.ends_alt += 1;
            } else {
                row.misses.push(format!(
                    "leg {}→{}: {what} {} (truth {})",
                    show(&tl.from),
                    show(&tl.to),
                    show(&got),
                    show(truth)
                ));
            }
        }
        for (what, obs, either, tol, truth_t, got_obs, got_t) in [
            (
                "takeoff",
                tl.takeoff_observed,
                tl.takeoff_either,
                tl.takeoff_tol,
                tl.takeoff,
                l.takeoff_observed,
                l.takeoff,
            ),
            (
                "landing",
                tl.landing_observed,
                tl.landing_either,
                tl.landing_tol,
                tl.landing,
                l.landing_observed,
                l.landing,
            ),
        ] {
            row.flags.0 += 1;
            if got_obs == obs || either {
                row.flags.1 += 1;
            } else {
                row.misses.push(format!(
                    "leg {}→{}: {what} {} (truth {})",
                    show(&tl.from),
                    show(&tl.to),
                    if got_obs { "observed" } else { "not observed" },
                    if obs { "observed" } else { "not observed" }
                ));
            }
            let tol = match (obs, tol) {
                (true, t) => t.unwrap_or(60),
                (false, Some(t)) => t,
                (false, None) => continue,
            };
            let e = (got_t - truth_t).abs();
            row.times.0 += 1;
            if obs {
                row.worst_s = row.worst_s.max(e);
            }
            if e <= tol {
                row.times.1 += 1;
            } else {
                row.misses.push(format!(
                    "leg {}→{}: {what} {} is {e} s from the truth {} (tolerance {tol} s)",
                    show(&tl.from),
                    show(&tl.to),
                    rfc3339(got_t),
                    rfc3339(truth_t)
                ));
            }
        }
    }
    for (i, l) in legs.iter().enumerate().filter(|(i, _)| !used[*i]) {
        row.spurious += 1;
        row.misses.push(format!(
            "spurious leg:{} {}→{} {}–{}",
            i + 1,
            show(&end_code(&l.from)),
            show(&end_code(&l.to)),
            rfc3339(l.takeoff),
            rfc3339(l.landing)
        ));
    }
    // Stopovers.
    let all_stops: Vec<&TruthStop> = truths.iter().flat_map(|t| &t.stops).chain(extra).collect();
    row.stops_found = routes.stopovers.len();
    let mut stop_used = vec![false; routes.stopovers.len()];
    for ts in &all_stops {
        if ts.observed {
            row.stops.0 += 1;
        } else {
            row.stops.1 += 1;
        }
        let hit = routes.stopovers.iter().enumerate().position(|(i, s)| {
            !stop_used[i]
                && s.airport.airport.icao == ts.airport
                && s.observed == ts.observed
                && overlap((s.arrival, s.departure), (ts.arrival, ts.departure)) * 2
                    > (ts.departure - ts.arrival).min(s.departure - s.arrival)
        });
        match hit {
            Some(i) => {
                stop_used[i] = true;
                if ts.observed {
                    row.stops_right.0 += 1;
                } else {
                    row.stops_right.1 += 1;
                }
            }
            None => row.misses.push(format!(
                "no {} stopover at {} {}–{}",
                if ts.observed {
                    "observed"
                } else {
                    "unobserved"
                },
                ts.airport,
                rfc3339(ts.arrival),
                rfc3339(ts.departure)
            )),
        }
    }
    for (s, _) in routes
        .stopovers
        .iter()
        .zip(&stop_used)
        .filter(|(_, u)| !**u)
    {
        row.misses.push(format!(
            "spurious stopover at {} {}–{} ({})",
            s.airport.airport.icao,
            rfc3339(s.arrival),
            rfc3339(s.departure),
            if s.observed { "observed" } else { "unobserved" }
        ));
    }
    // Times outside the file's range.
    let first_fix = |track: usize| data.tracks[track].points.span().map_or(i64::MIN, |s| s.0);
    let mut outside = |t: i64, what: String| {
        if t < range.0 || t > range.1 {
            row.outside += 1;
            row.misses
                .push(format!("{what} {} outside the file", rfc3339(t)));
        }
    };
    for (i, l) in routes.legs.iter().enumerate() {
        let estimated = !l.takeoff_observed
            && l.takeoff < range.0
            && l.takeoff >= range.0 - 3_600
            && l.takeoff <= first_fix(l.track);
        if estimated {
            row.estimated_before += 1;
        } else {
            outside(l.takeoff, format!("leg:{} takeoff", i + 1));
        }
        outside(l.landing, format!("leg:{} landing", i + 1));
    }
    for s in &routes.stopovers {
        outside(
            s.arrival,
            format!("stopover at {} arrival", s.airport.airport.icao),
        );
        outside(
            s.departure,
            format!("stopover at {} departure", s.airport.airport.icao),
        );
    }
    row
}

/// The suite holds at least this many real files (the issue asks for 12).
pub const MIN_FILES: usize = 12;

/// Every case of the suite in `dir`: each file on its own, then each group
/// a truth names with `load_with`.
pub fn run(dir: &Path) -> Result<Vec<Row>, String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    files.sort();
    let mut truths = Vec::new();
    for t in files.iter().filter(|f| f.ends_with(".truth.json")) {
        let stem = &t[..t.len() - ".truth.json".len()];
        // The data file beside it: the same name with its own extension.
        let data = files
            .iter()
            .find(|f| *f != t && f.strip_prefix(stem).is_some_and(|x| x.starts_with('.')))
            .ok_or_else(|| format!("{t}: no data file {stem}.* beside it"))?;
        let text = std::fs::read_to_string(dir.join(t)).map_err(|e| format!("{t}: {e}"))?;
        truths.push(parse_truth(data, &text)?);
    }
    let bytes = |n: &str| std::fs::read(dir.join(n)).map_err(|e| format!("{n}: {e}"));
    let mut rows = Vec::new();
    for t in &truths {
        let input = vec![(t.file.clone(), bytes(&t.file)?)];
        rows.push(check(t.file.clone(), &input, std::slice::from_ref(t), &[]));
    }
    for t in truths.iter().filter(|t| !t.load_with.is_empty()) {
        let mut group = vec![t.clone()];
        for w in &t.load_with {
            let other = truths
                .iter()
                .find(|o| &o.file == w)
                .ok_or_else(|| format!("{}: load_with names {w}, which has no truth", t.file))?;
            group.push(other.clone());
        }
        group.sort_by_key(|g| g.range.0);
        let mut input = Vec::new();
        for g in &group {
            input.push((g.file.clone(), bytes(&g.file)?));
        }
        let name = group
            .iter()
            .map(|g| g.file.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        rows.push(check(name, &input, &group, &t.stops_together));
    }
    Ok(rows)
}

/// The table, one line per case, then every miss.
pub fn table(rows: &[Row]) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<36} {:>4} {:>5} {:>5} {:>9} {:>5} {:>6} {:>5} {:>5} {:>6} {:>6} {:>7} {:>6}  verdict",
        "real file",
        "read",
        "legs",
        "found",
        "ends(alt)",
        "stops",
        "unobs",
        "s.fnd",
        "spur.",
        "flags",
        "times",
        "outside",
        "worst"
    );
    for r in rows {
        let name = if r.name.chars().count() > 36 {
            format!("{}…", r.name.chars().take(35).collect::<String>())
        } else {
            r.name.clone()
        };
        let _ = writeln!(
            s,
            "{:<36} {:>4} {:>5} {:>5} {:>9} {:>5} {:>6} {:>5} {:>5} {:>6} {:>6} {:>7} {:>5}s  {}",
            name,
            if r.read { "yes" } else { "no" },
            r.legs,
            r.found,
            format!("{}/{}({})", r.ends_right, r.ends, r.ends_alt),
            format!(
                "{}/{}",
                r.stops_right.0 + r.stops_right.1,
                r.stops.0 + r.stops.1
            ),
            format!("{}/{}", r.stops_right.1, r.stops.1),
            r.stops_found,
            r.spurious,
            format!("{}/{}", r.flags.1, r.flags.0),
            format!("{}/{}", r.times.1, r.times.0),
            format!("{}+{}e", r.outside, r.estimated_before),
            r.worst_s,
            r.verdict()
        );
    }
    for r in rows.iter().filter(|r| !r.passed()) {
        let _ = writeln!(s, "  {}:", r.name);
        for m in &r.misses {
            let _ = writeln!(s, "    - {m}");
        }
    }
    s
}
