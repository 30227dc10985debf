//! `cargo xtask bench routes`: legs and stopovers for about ten million
//! points, timed natively against the time it takes just to read them.
//!
//! A benchmark, not a test: it prints figures and checks nothing but that
//! the work was done. Run it on a quiet machine and compare figures of one run.

use std::time::Duration;

use flightlens_core::Dataset;
use flightlens_core::airports::airports;
use flightlens_core::routes::{self, Options};

use crate::eval::{clean_plans, simulate};
use crate::sim::{Lcg, fr24_csv};

const TARGET_POINTS: usize = 10_000_000;
const AIRCRAFT: usize = 400;

#[allow(clippy::disallowed_methods)] // timing is the point of a benchmark, natively
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = std::time::Instant::now();
    let r = f();
    (r, t.elapsed())
}

/// Builds a Flightradar24 CSV of about [`TARGET_POINTS`] rows for
/// [`AIRCRAFT`] aircraft, each repeating a simulated multi-leg itinerary.
fn build_csv() -> String {
    let mut rng = Lcg(0xBE7C);
    let itineraries: Vec<_> = clean_plans()
        .iter()
        .map(|p| simulate(p, &mut rng).0)
        .collect();
    let per_aircraft = TARGET_POINTS / AIRCRAFT;
    let mut csv = String::with_capacity(TARGET_POINTS * 70);
    csv.push_str("Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n");
    for a in 0..AIRCRAFT {
        let base = &itineraries[a % itineraries.len()];
        let span = base.last().map_or(0, |s| s.t) - base.first().map_or(0, |s| s.t) + 86_400;
        let mut rows = Vec::with_capacity(per_aircraft);
        let mut rep = 0;
        while rows.len() < per_aircraft {
            rows.extend(base.iter().map(|s| {
                let mut s = *s;
                s.t += rep * span + a as i64 * 600;
                s
            }));
            rep += 1;
        }
        rows.truncate(per_aircraft);
        let text = fr24_csv(&format!("BNCH{a:04}"), &rows);
        csv.push_str(text.split_once('\n').map_or("", |x| x.1));
    }
    csv
}

/// Runs the benchmark and prints its figures.
pub fn routes() -> Result<(), String> {
    println!("building about {TARGET_POINTS} rows of Flightradar24 CSV for {AIRCRAFT} aircraft…");
    let csv = build_csv();
    let mb = csv.len() as f64 / 1e6;
    let _ = airports(); // the table loads once per process; not part of either figure
    let (data, read) = timed(|| {
        let mut d = Dataset::default();
        d.add_file("bench.csv", csv.as_bytes());
        d
    });
    let points = data.point_count();
    drop(csv);
    let (r, find) = timed(|| routes::find(&data.tracks, airports(), &Options::default()));
    println!("points            {points}");
    println!("csv               {mb:.0} MB");
    println!(
        "read (ingest)     {:>8.3} s   {:.0} MB/s   {:.2} M rows/s",
        read.as_secs_f64(),
        mb / read.as_secs_f64(),
        points as f64 / 1e6 / read.as_secs_f64()
    );
    println!(
        "legs + stopovers  {:>8.3} s   {:.1} M points/s   {} legs, {} stopovers",
        find.as_secs_f64(),
        points as f64 / 1e6 / find.as_secs_f64(),
        r.legs.len(),
        r.stopovers.len()
    );
    println!(
        "ratio             legs+stopovers take {:.3}x the time of reading the points",
        find.as_secs_f64() / read.as_secs_f64()
    );
    println!(
        "target            legs+stopovers for 10 M points under 1 s: {}",
        if find.as_secs_f64() < 1.0 {
            "met"
        } else {
            "MISSED"
        }
    );
    if r.legs.is_empty() {
        return Err("no legs found: the benchmark did no work".into());
    }
    Ok(())
}
