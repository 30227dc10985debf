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
use crate::sim::{Lcg, fr24_csv, opensky_csv};

const TARGET_POINTS: usize = 10_000_000;
const AIRCRAFT: usize = 400;

#[allow(clippy::disallowed_methods)] // timing is the point of a benchmark, natively
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = std::time::Instant::now();
    let r = f();
    (r, t.elapsed())
}

/// Builds a CSV of about `points` rows (Flightradar24's layout, or
/// OpenSky's with `opensky`) for [`AIRCRAFT`] aircraft, each repeating a
/// simulated multi-leg itinerary.
fn build_csv(points: usize, opensky: bool) -> String {
    build_csv_for(points, AIRCRAFT, opensky)
}

/// [`build_csv`] for `aircraft` aircraft.
fn build_csv_for(points: usize, aircraft: usize, opensky: bool) -> String {
    let mut rng = Lcg(0xBE7C);
    let itineraries: Vec<_> = clean_plans()
        .iter()
        .map(|p| simulate(p, &mut rng).0)
        .collect();
    let per_aircraft = points / aircraft;
    let mut csv = String::with_capacity(points * 90);
    csv.push_str(if opensky {
        "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact\n"
    } else {
        "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n"
    });
    for a in 0..aircraft {
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
        let text = if opensky {
            opensky_csv(&format!("b{a:05x}"), &format!("BNCH{a:04}"), &rows)
        } else {
            fr24_csv(&format!("BNCH{a:04}"), &rows)
        };
        csv.push_str(text.split_once('\n').map_or("", |x| x.1));
    }
    csv
}

/// Runs the benchmark and prints its figures.
pub fn routes() -> Result<(), String> {
    // OpenSky's layout, which names each aircraft by its address: a
    // Flightradar24 per-flight CSV is one aircraft whatever its callsigns
    // (the reader keeps the one flyable chain of its positions), so 400
    // aircraft in one such file would be read as one.
    println!("building about {TARGET_POINTS} rows of OpenSky CSV for {AIRCRAFT} aircraft…");
    let csv = build_csv(TARGET_POINTS, true);
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

/// Runs `cargo xtask bench …` again as an optimised build: `cargo xtask`
/// builds the tasks for debugging, and a benchmark of unoptimised code
/// measures nothing a user would see.
pub fn in_release(root: &std::path::Path, args: &[String]) -> std::process::ExitCode {
    eprintln!("bench: running as a release build");
    let status =
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["run", "--quiet", "--release", "--package", "xtask", "--"])
            .args(args)
            .current_dir(root)
            .status();
    match status {
        Ok(s) if s.success() => std::process::ExitCode::SUCCESS,
        Ok(_) => std::process::ExitCode::FAILURE,
        Err(e) => {
            eprintln!("xtask: could not start cargo: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Reads the file at `path` as the CLI does (from disk, in 8 MB pieces),
/// returning seconds and rows. The page reads the same file from disk too.
fn read_native(path: &std::path::Path) -> Result<(f64, u64), String> {
    use std::io::Read as _;
    let name = path.display().to_string();
    let (d, t) = timed(|| -> std::io::Result<Dataset> {
        let mut data = Dataset::default();
        let mut file = std::fs::File::open(path)?;
        let mut r = flightlens_core::FileReader::new(&name);
        let mut buf = vec![0; 8 << 20];
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                break;
            }
            r.push(&buf[..n]);
        }
        r.finish(&mut data);
        Ok(data)
    });
    let d = d.map_err(|e| format!("{name}: {e}"))?;
    Ok((t.as_secs_f64(), d.imports[0].rows))
}

/// Rounds of `cargo xtask bench ingest`: each reads the file natively and
/// then in the app, one straight after the other, so that each round's
/// ratio is measured under the same conditions (these machines' speed
/// drifts by a third from minute to minute).
const ROUNDS: usize = 3;

/// The middle value (the upper one of an even count).
/// The JSON line a benchmark's browser half prints last, or why there is none.
pub fn browser_result(out: &std::process::Output) -> Result<serde_json::Value, String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok())
        .ok_or_else(|| {
            format!(
                "the browser half printed no result: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// `cargo xtask bench ingest`: throughput per format natively, then the
/// same Flightradar24 file natively and in the app in headless Chromium,
/// in alternating rounds, and Papa Parse (typed numbers) on that file in
/// the same browser.
pub fn ingest(root: &std::path::Path) -> Result<(), String> {
    const ROWS: usize = 1_400_000; // about 100 MB of Flightradar24 CSV
    println!(
        "{:<34} {:>8} {:>10} {:>9} {:>12}",
        "reader", "MB", "seconds", "MB/s", "M rows/s"
    );
    let line = |name: &str, mb: f64, s: f64, rows: u64| {
        println!(
            "{name:<34} {mb:>8.1} {s:>10.3} {:>9.1} {:>12.2}",
            mb / s,
            rows as f64 / 1e6 / s
        );
    };
    // A Flightradar24 per-flight CSV is one aircraft, whatever its
    // callsigns: one aircraft flying the itineraries again and again.
    let fr24 = build_csv_for(ROWS, 1, false);
    let fr24_mb = fr24.len() as f64 / 1e6;
    if std::env::var_os("FLIGHTLENS_BENCH_BASELINE").is_some() {
        let (n, t) = timed(|| {
            let mut r = csv::Reader::from_reader(fr24.as_bytes());
            let mut rec = csv::StringRecord::new();
            let mut n = 0u64;
            while r.read_record(&mut rec).unwrap_or(false) {
                n += 1;
            }
            n
        });
        println!(
            "baseline: csv crate alone, StringRecord: {:.3} s for {n} rows",
            t.as_secs_f64()
        );
    }
    let dir = root.join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let opensky = build_csv(ROWS, true);
    let opensky_mb = opensky.len() as f64 / 1e6;
    let opensky_path = dir.join("ingest-opensky.csv");
    std::fs::write(&opensky_path, &opensky).map_err(|e| e.to_string())?;
    drop(opensky);
    let (s, r) = read_native(&opensky_path)?;
    line("native: OpenSky state vectors CSV", opensky_mb, s, r);
    let _ = std::fs::remove_file(&opensky_path);

    let path = dir.join("ingest-fr24.csv");
    std::fs::write(&path, &fr24).map_err(|e| e.to_string())?;
    drop(fr24);
    crate::toolchain::ensure_build_tools(root)?;
    crate::toolchain::dist(root)?;
    let (mut natives, mut apps, mut ratios, mut ones) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut papa_s = f64::NAN;
    // The browser half: one run of e2e/bench-ingest.mjs, its JSON line.
    let browser = |args: &[&str]| -> Result<serde_json::Value, String> {
        let out = std::process::Command::new("node")
            .arg("e2e/bench-ingest.mjs")
            .arg(&path)
            .args(args)
            .current_dir(root)
            .output()
            .map_err(|e| format!("node: {e}"))?;
        browser_result(&out)
    };
    // Where the app's time went, largest first.
    let breakdown = |v: &serde_json::Value| {
        if let Some(parts) = v["parts"].as_object() {
            let mut parts: Vec<_> = parts.iter().collect();
            parts.sort_by(|a, b| {
                b.1.as_f64()
                    .partial_cmp(&a.1.as_f64())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            let text: Vec<String> = parts
                .iter()
                .map(|(what, ms)| format!("{what} {:.3}", ms.as_f64().unwrap_or(f64::NAN) / 1000.0))
                .collect();
            println!("    of which (s): {}", text.join(", "));
        }
    };
    for round in 1..=ROUNDS {
        println!("round {round} of {ROUNDS}:");
        let (native_s, rows) = read_native(&path)?;
        line("  native: Flightradar24 CSV", fr24_mb, native_s, rows);
        // The app's seconds, printed with where they went.
        let app = |label: &str, v: &serde_json::Value| {
            let s = v["app_ms"].as_f64().unwrap_or(f64::NAN) / 1000.0;
            line(label, fr24_mb, s, v["app_rows"].as_u64().unwrap_or(0));
            breakdown(v);
            s
        };
        let v = browser(if round == 1 { &["--papa"] } else { &[] })?;
        let app_s = app("  Chromium: the app", &v);
        // As on a device with one core: one worker, no helper.
        let one_s = app(
            "  Chromium: the app, as on 1 core",
            &browser(&["--cores", "1"])?,
        );
        if let Some(ms) = v["papa_ms"].as_f64() {
            papa_s = ms / 1000.0;
            line(
                "  Chromium: Papa Parse, typed",
                fr24_mb,
                papa_s,
                v["papa_rows"].as_u64().unwrap_or(0),
            );
        }
        println!(
            "  in-browser / native this round: {:.2}x (as on 1 core: {:.2}x)",
            native_s / app_s,
            native_s / one_s
        );
        natives.push(native_s);
        apps.push(app_s);
        ratios.push(native_s / app_s);
        ones.push(native_s / one_s);
    }
    println!(
        "in-browser / native: {:.2}x median of the rounds, {:.2}x fastest against fastest (target at least 0.6x); as on 1 core: {:.2}x median",
        median(&ratios),
        natives.iter().copied().fold(f64::INFINITY, f64::min)
            / apps.iter().copied().fold(f64::INFINITY, f64::min),
        median(&ones)
    );
    println!(
        "app / Papa Parse:    {:.2}x, round 1 (target at least 3x)",
        papa_s / apps[0]
    );
    if std::env::var_os("FLIGHTLENS_BENCH_KEEP").is_none() {
        let _ = std::fs::remove_file(&path);
    }
    Ok(())
}

/// `cargo xtask bench map`: the page's drawing. Time from the wasm module's
/// start to the demo drawn, then one million points (OpenSky CSV, 12
/// aircraft) loaded, and the frame times while the map is dragged and
/// zoomed, measured with `requestAnimationFrame` in headless Chromium.
pub fn map(root: &std::path::Path) -> Result<(), String> {
    const POINTS: usize = 1_000_000;
    // OpenSky's layout names each aircraft by its address (a Flightradar24
    // per-flight CSV would be one aircraft, however many it held).
    let csv = build_csv_for(POINTS, 12, true);
    let dir = root.join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("map-opensky.csv");
    std::fs::write(&path, &csv).map_err(|e| e.to_string())?;
    println!(
        "wrote {} ({:.1} MB, {POINTS} points, 12 aircraft)",
        path.display(),
        csv.len() as f64 / 1e6
    );
    drop(csv);
    crate::toolchain::ensure_build_tools(root)?;
    crate::toolchain::dist(root)?;
    let status = std::process::Command::new("node")
        .arg("e2e/bench-map.mjs")
        .arg(&path)
        .current_dir(root)
        .status()
        .map_err(|e| format!("node: {e}"))?;
    if !status.success() {
        return Err("the browser half of bench map failed".into());
    }
    Ok(())
}

/// `cargo xtask bench embed [--baseline DIR]`: what an embed costs a
/// reader, in headless Chromium with DevTools' "Fast 3G" network and the
/// CPU slowed 4 times (`e2e/bench-embed.mjs`): the light embed (the demo
/// published for the web), the full embed (its published picture, then the
/// engine after a press), and today's full embed from a baseline `dist/`
/// built from main (`--baseline DIR`, else `$CARGO_TARGET_DIR/embed-baseline`
/// or `target/embed-baseline`): build it with `cargo xtask dist` on main
/// and copy `dist/` there.
pub fn embed(root: &std::path::Path, args: &[String]) -> Result<(), String> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let baseline = match args.iter().position(|a| a == "--baseline") {
        Some(i) => args
            .get(i + 1)
            .map(std::path::PathBuf::from)
            .ok_or("--baseline needs the dist/ folder of a build of main")?,
        None => target.join("embed-baseline"),
    };
    crate::toolchain::ensure_build_tools(root)?;
    crate::toolchain::ensure_chromium()?;
    crate::toolchain::dist(root)?;
    let wasm =
        std::fs::read(root.join("dist/flightlens-app_bg.wasm")).map_err(|e| e.to_string())?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &wasm).map_err(|e| e.to_string())?;
    let gz = gz.finish().map_err(|e| e.to_string())?.len();
    println!(
        "the app's module: {} bytes, {} gzipped (target at most 800 KB)",
        wasm.len(),
        gz
    );
    if baseline.join("embed.js").is_file() {
        println!("today's embed: {}", baseline.display());
    } else {
        println!(
            "no baseline at {}: build main with cargo xtask dist and copy dist/ there, or pass --baseline DIR",
            baseline.display()
        );
    }
    let status = std::process::Command::new("node")
        .arg("e2e/bench-embed.mjs")
        .arg(root.join("dist"))
        .arg(&baseline)
        .current_dir(root)
        .env("CHROMIUM", crate::toolchain::CHROMIUM)
        .status()
        .map_err(|e| format!("node: {e}"))?;
    if !status.success() {
        return Err("the browser half of bench embed failed".into());
    }
    Ok(())
}
