//! `cargo xtask eval routes`: the route engine scored against synthetic
//! scenarios with exact ground truth.
//!
//! Each scenario is simulated (see `sim.rs`), written as an OpenSky state
//! vectors CSV with every aircraft interleaved, read back through the real
//! ingest, and analysed with the default options. A detected leg matches a
//! true leg of the same aircraft when their times overlap by more than half
//! the true leg; stopovers match on airport and overlap.
//!
//! Then the real-data suite (`crates/core/tests/real/`, the same check as
//! `cargo test`'s `real` test): public exports with hand-read truth, one
//! line per file and per group of files loaded together. The two held-out
//! folders (`real-holdout/`, `real-holdout2/`) follow as diagnostic tables:
//! printed, not targets.

use flightlens_core::Dataset;
use flightlens_core::airports::airports;
use flightlens_core::routes::{self, End, Options};

use crate::sim::{Lcg, Leg, Sample, at, fly, opensky_csv};

#[path = "../../crates/core/tests/real/suite.rs"]
mod real_suite;

/// One aircraft's planned itinerary.
pub struct Plan {
    icao24: &'static str,
    stops: &'static [&'static str],
    start: i64,
    /// Index of the stop (in `stops`) where coverage is lost from final
    /// approach to after takeoff.
    unobserved: Option<usize>,
    /// Data begins at cruise on the first leg.
    start_airborne: bool,
    /// Data ends at cruise on the last leg.
    end_airborne: bool,
}

#[derive(Debug, Clone)]
struct TruthLeg {
    from: Option<&'static str>,
    to: Option<&'static str>,
    takeoff: i64,
    landing: i64,
    takeoff_observed: bool,
    landing_observed: bool,
}

#[derive(Debug, Clone)]
struct TruthStop {
    airport: &'static str,
    arrival: i64,
    departure: i64,
}

pub struct Truth {
    icao24: &'static str,
    legs: Vec<TruthLeg>,
    stops: Vec<TruthStop>,
}

/// Simulates one plan: what the network published, and the truth.
pub fn simulate(plan: &Plan, rng: &mut Lcg) -> (Vec<Sample>, Truth) {
    let mut samples = Vec::new();
    let mut legs = Vec::new();
    let mut off_block = plan.start;
    for w in plan.stops.windows(2) {
        let (a, b) = (at(w[0]), at(w[1]));
        let km = a.position().haversine_km(b.position());
        let gaps: &[(f64, f64)] = if km > 3_000.0 { &[(0.3, 0.6)] } else { &[] };
        let leg = Leg {
            from: &a,
            to: &b,
            off_block,
            cruise_ft: 35_000.0,
            cruise_kt: 450.0,
            climb_fpm: 2_000.0,
            gaps,
        };
        let f = fly(&leg, rng);
        samples.extend(f.samples);
        legs.push(TruthLeg {
            from: Some(a.icao),
            to: Some(b.icao),
            takeoff: f.takeoff,
            landing: f.landing,
            takeoff_observed: true,
            landing_observed: true,
        });
        // Taxi in (7 min), then 5 to 30 hours on the ground.
        off_block = f.landing + 7 * 60 + 3600 * (5 + (rng.next() * 25.0) as i64);
    }
    if let Some(j) = plan.unobserved {
        let (lo, hi) = (legs[j - 1].landing - 240, legs[j].takeoff + 180);
        samples.retain(|s| s.t < lo || s.t > hi);
        legs[j - 1].landing_observed = false;
        legs[j].takeoff_observed = false;
    }
    if plan.start_airborne {
        let cut = legs[0].takeoff + 1_500.min((legs[0].landing - legs[0].takeoff) / 2);
        samples.retain(|s| s.t >= cut);
        legs[0].from = None;
        legs[0].takeoff_observed = false;
    }
    if plan.end_airborne {
        let last = legs.len() - 1;
        let cut = legs[last].landing - 3_600.min((legs[last].landing - legs[last].takeoff) / 2);
        samples.retain(|s| s.t <= cut);
        legs[last].to = None;
        legs[last].landing_observed = false;
    }
    let stops = legs
        .windows(2)
        .map(|w| TruthStop {
            airport: w[0].to.unwrap_or("?"),
            arrival: w[0].landing,
            departure: w[1].takeoff,
        })
        .collect();
    (
        samples,
        Truth {
            icao24: plan.icao24,
            legs,
            stops,
        },
    )
}

/// Jitter, dropped and repeated rows, ground-flag flicker, shuffled order.
fn add_noise(samples: &mut Vec<Sample>, rng: &mut Lcg) {
    let mut out = Vec::with_capacity(samples.len());
    for s in samples.iter() {
        if rng.next() < 0.2 {
            continue;
        }
        let mut s = *s;
        s.lat += rng.jitter(0.001);
        s.lon += rng.jitter(0.001);
        if !s.ground {
            s.alt_ft = (s.alt_ft + rng.jitter(60.0)).max(25.0);
            if rng.next() < 0.005 && s.alt_ft > 3_000.0 {
                s.ground = true; // a transponder's false on-ground report
            }
        }
        s.gs_kt += rng.jitter(4.0);
        out.push(s);
        if rng.next() < 0.05 {
            out.push(s);
        }
    }
    // Fisher–Yates, so the file is in no particular order.
    for i in (1..out.len()).rev() {
        let j = (rng.next() * (i + 1) as f64) as usize;
        out.swap(i, j.min(i));
    }
    *samples = out;
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    true_legs: usize,
    found_legs: usize,
    matched: usize,
    ends: usize,
    ends_right: usize,
    true_stops: usize,
    found_stops: usize,
    matched_stops: usize,
    times: usize,
    within_2min: usize,
    worst_s: i64,
}

fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

fn code(e: &Option<End>) -> Option<&'static str> {
    e.as_ref().map(|e| e.airport.airport.icao)
}

fn score(plans: &[Plan], noisy: bool, seed: u64) -> Score {
    let mut rng = Lcg(seed);
    let mut all = Vec::new();
    let mut truths = Vec::new();
    for p in plans {
        let (mut s, t) = simulate(p, &mut rng);
        if noisy {
            add_noise(&mut s, &mut rng);
        }
        all.extend(s.into_iter().map(|s| (p.icao24, s)));
        truths.push(t);
    }
    if !noisy {
        all.sort_by_key(|(_, s)| s.t);
    }
    // One interleaved file, through the real ingest.
    let mut csv = opensky_csv("000000", "", &[]);
    for (icao, s) in &all {
        let row = opensky_csv(icao, &format!("T{icao}"), std::slice::from_ref(s));
        csv.push_str(row.lines().nth(1).unwrap_or(""));
        csv.push('\n');
    }
    let mut data = Dataset::default();
    data.add_file("scenario.csv", csv.as_bytes());
    let r = routes::find(&data.tracks, airports(), &Options::default());

    let verbose = std::env::var_os("FLIGHTLENS_EVAL_VERBOSE").is_some();
    let mut sc = Score::default();
    for truth in &truths {
        let Some(ti) = data
            .tracks
            .iter()
            .position(|t| t.identity.icao24.as_deref() == Some(truth.icao24))
        else {
            sc.true_legs += truth.legs.len();
            continue;
        };
        let legs: Vec<_> = r.legs.iter().filter(|l| l.track == ti).collect();
        if verbose {
            println!("  {}", truth.icao24);
            for tl in &truth.legs {
                println!(
                    "    truth {:?}-{:?} {} {} {}/{}",
                    tl.from,
                    tl.to,
                    tl.takeoff,
                    tl.landing,
                    tl.takeoff_observed,
                    tl.landing_observed
                );
            }
            for l in &legs {
                println!(
                    "    found {:?}-{:?} {} {} {}/{}",
                    code(&l.from),
                    code(&l.to),
                    l.takeoff,
                    l.landing,
                    l.takeoff_observed,
                    l.landing_observed
                );
            }
        }
        sc.true_legs += truth.legs.len();
        sc.found_legs += legs.len();
        let mut used = vec![false; legs.len()];
        for tl in &truth.legs {
            // Overlapping by more than half of the shorter of the two (a leg
            // whose end is not in the data is shorter than the true one).
            let m = legs
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .max_by_key(|(_, l)| overlap((l.takeoff, l.landing), (tl.takeoff, tl.landing)))
                .filter(|(_, l)| {
                    let shorter = (tl.landing - tl.takeoff).min(l.landing - l.takeoff).max(1);
                    overlap((l.takeoff, l.landing), (tl.takeoff, tl.landing)) * 2 > shorter
                });
            let Some((i, l)) = m else { continue };
            used[i] = true;
            sc.matched += 1;
            sc.ends += 2;
            sc.ends_right +=
                usize::from(code(&l.from) == tl.from) + usize::from(code(&l.to) == tl.to);
            for (obs, truth_t, got) in [
                (tl.takeoff_observed, tl.takeoff, l.takeoff),
                (tl.landing_observed, tl.landing, l.landing),
            ] {
                if obs {
                    let e = (got - truth_t).abs();
                    sc.times += 1;
                    sc.within_2min += usize::from(e <= 120);
                    sc.worst_s = sc.worst_s.max(e);
                }
            }
        }
        let stops: Vec<_> = r.stopovers.iter().filter(|s| s.track == ti).collect();
        sc.true_stops += truth.stops.len();
        sc.found_stops += stops.len();
        for ts in &truth.stops {
            let hit = stops.iter().any(|s| {
                s.airport.airport.icao == ts.airport
                    && overlap((s.arrival, s.departure), (ts.arrival, ts.departure)) * 2
                        > ts.departure - ts.arrival
            });
            sc.matched_stops += usize::from(hit);
        }
    }
    sc
}

const DAY: i64 = 86_400;
const T0: i64 = 1_700_000_000;

/// Six aircraft on long multi-leg itineraries.
pub fn clean_plans() -> Vec<Plan> {
    let p = |icao24, stops, k: i64| Plan {
        icao24,
        stops,
        start: T0 + k * 3_700,
        unobserved: None,
        start_airborne: false,
        end_airborne: false,
    };
    vec![
        p("a00001", &["EGLL", "KJFK", "EGLL"], 0),
        p("a00002", &["LFPG", "FAOR", "LFPG"], 1),
        p("a00003", &["UUEE", "GOBD", "SGAS", "MUHA"], 2),
        p("a00004", &["LTFM", "UUWW", "SVMI"], 3),
        p("a00005", &["EDDF", "OMDB", "VHHH", "RJTT"], 4),
        p("a00006", &["KLAX", "KDEN", "KORD", "KATL"], 5),
    ]
}

fn scenarios() -> Vec<(&'static str, Vec<Plan>, bool)> {
    let p = |icao24, stops, k: i64| Plan {
        icao24,
        stops,
        start: T0 + k * DAY / 3,
        unobserved: None,
        start_airborne: false,
        end_airborne: false,
    };
    let nearby = vec![
        p("b00001", &["GOOY", "LFPO", "EGKK", "GOBD"], 0),
        p("b00002", &["KLGA", "KBOS", "KEWR", "KBOS", "KJFK"], 1),
        p("b00003", &["UUDD", "UUWW", "LTFM", "UUEE"], 2),
        p("b00004", &["EGLC", "LFPG", "EGLL"], 3),
    ];
    let antimeridian = vec![
        p("c00001", &["YSSY", "NZAA", "PHNL"], 0),
        p("c00002", &["RJAA", "PANC", "RJAA"], 1),
        p("c00003", &["NFFN", "NZAA", "NFFN"], 2),
    ];
    let polar = vec![
        p("d00001", &["PANC", "EFHK", "PANC"], 0),
        p("d00002", &["KJFK", "VHHH"], 1),
        p("d00003", &["UUEE", "PANC"], 2),
    ];
    let mut unobserved = vec![
        p("e00001", &["UUMU", "GOBD", "SGAS", "MUHA"], 0),
        p("e00002", &["EGLL", "OMDB", "VHHH"], 1),
        p("e00003", &["LTFM", "UUWW", "SVMI"], 2),
    ];
    for u in &mut unobserved {
        u.unobserved = Some(1);
    }
    let mut edges = vec![
        p("f00001", &["KJFK", "EGLL", "LFPG"], 0),
        p("f00002", &["OMDB", "FAOR"], 1),
    ];
    for e in &mut edges {
        e.start_airborne = true;
        e.end_airborne = true;
    }
    let mut noisy_all = clean_plans();
    noisy_all.extend(vec![
        p("9a0001", &["GOOY", "LFPO", "EGKK", "GOBD"], 0),
        p("9a0002", &["YSSY", "NZAA", "PHNL"], 1),
        p("9a0003", &["PANC", "EFHK", "PANC"], 2),
    ]);
    vec![
        ("clean, 6 aircraft interleaved", clean_plans(), false),
        ("nearby airports", nearby, false),
        ("antimeridian", antimeridian, false),
        ("polar routes", polar, false),
        ("unobserved stopovers", unobserved, false),
        ("starts and ends at cruise", edges, false),
        ("noisy, shuffled, repeated", noisy_all, true),
    ]
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * a as f64 / b as f64)
    }
}

/// Runs every scenario and prints the table, then the real-data suite's.
/// Fails when a target is missed: clean data must give every leg and
/// stopover with nothing spurious; noisy data at least 98%; observed times
/// within 2 minutes; every real file exactly its hand-read truth.
pub fn routes(root: &std::path::Path) -> Result<(), String> {
    println!(
        "{:<32} {:>5} {:>6} {:>9} {:>7} {:>9} {:>10} {:>10} {:>9} {:>9}",
        "scenario",
        "legs",
        "found",
        "precision",
        "recall",
        "airports",
        "stops",
        "stop rec.",
        "t<=2min",
        "worst t"
    );
    let mut failures = Vec::new();
    for (i, (name, plans, noisy)) in scenarios().into_iter().enumerate() {
        let s = score(&plans, noisy, 0xF11E_0000 + i as u64);
        let precision = s.matched as f64 / s.found_legs.max(1) as f64;
        let recall = s.matched as f64 / s.true_legs.max(1) as f64;
        let stop_recall = s.matched_stops as f64 / s.true_stops.max(1) as f64;
        println!(
            "{:<32} {:>5} {:>6} {:>9} {:>7} {:>9} {:>10} {:>10} {:>9} {:>8}s",
            name,
            s.true_legs,
            s.found_legs,
            pct(s.matched, s.found_legs),
            pct(s.matched, s.true_legs),
            pct(s.ends_right, s.ends),
            format!("{}/{}", s.found_stops, s.true_stops),
            pct(s.matched_stops, s.true_stops),
            pct(s.within_2min, s.times),
            s.worst_s
        );
        let floor = if noisy { 0.98 } else { 1.0 };
        if precision < floor || recall < floor || stop_recall < floor {
            failures.push(format!("{name}: precision {precision:.3}, recall {recall:.3}, stopover recall {stop_recall:.3}"));
        }
        if !noisy && s.found_stops != s.true_stops {
            failures.push(format!(
                "{name}: {} stopovers found, {} true",
                s.found_stops, s.true_stops
            ));
        }
        if s.within_2min != s.times {
            failures.push(format!(
                "{name}: {} of {} observed times off by more than 2 min",
                s.times - s.within_2min,
                s.times
            ));
        }
    }
    println!();
    let rows = real_suite::run(&root.join("crates/core/tests/real"))?;
    print!("{}", real_suite::table(&rows));
    let files = rows.iter().filter(|r| !r.name.contains(" + ")).count();
    if files < real_suite::MIN_FILES {
        failures.push(format!("only {files} real files"));
    }
    failures.extend(rows.iter().filter_map(real_suite::Row::failure));
    // The held-out real files were read after the rules were tuned. Their
    // first run's failures then led to five general rules (issue 15, see
    // their README), so they are diagnostic now, not a measure of how the
    // rules generalise: still reported apart, not a target.
    println!(
        "\nheld-out real files (diagnostic: their failures shaped five rules; reported, not a target)"
    );
    let held = real_suite::run(&root.join("crates/core/tests/real-holdout"))?;
    print!("{}", real_suite::table(&held));
    let passed = held.iter().filter(|r| r.failure().is_none()).count();
    println!("held out: {passed} of {} cases pass", held.len());
    // The second held-out set: real exports whose truth was committed
    // before the engine first ran on them. Its first run (10 of 12) is the
    // generalisation figure; its two failures then led to general rules
    // (issue 15, see its README), so it is diagnostic now too: printed,
    // never a target.
    println!(
        "\nsecond held-out set (real-holdout2/: first run 10 of 12, before any rule changed; its failures shaped three rules and a table fix since; reported, not a target)"
    );
    let held2 = real_suite::run(&root.join("crates/core/tests/real-holdout2"))?;
    print!("{}", real_suite::table(&held2));
    let passed2 = held2.iter().filter(|r| r.failure().is_none()).count();
    println!(
        "held out (second set): {passed2} of {} cases pass",
        held2.len()
    );
    if failures.is_empty() {
        println!("all targets met");
        Ok(())
    } else {
        Err(format!("targets missed:\n  {}", failures.join("\n  ")))
    }
}
