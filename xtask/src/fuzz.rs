//! `cargo xtask fuzz [SECONDS] [TARGET…]`: every cargo-fuzz target in
//! `fuzz/`, or the ones named.

use std::path::Path;

use crate::toolchain::{cargo, output, run};

/// Fuzz targets in `fuzz/`, one per format, `any`, the article reader, the
/// exports and map paths, the time parser and format sniffing.
const FUZZ_TARGETS: [&str; 16] = [
    "any",
    "article",
    "exports",
    "fr24",
    "fr24_granular",
    "fr24_api",
    "opensky",
    "readsb",
    "kml",
    "opensky_flights",
    "fr24_logbook",
    "generic_csv",
    "stream",
    "fr24_playback",
    "time",
    "sniff",
];

/// `cargo xtask fuzz [SECONDS] [TARGET…]`: every fuzz target (or those
/// named) for SECONDS each (60 by default). cargo-fuzz runs on the stable
/// toolchain here with `RUSTC_BOOTSTRAP=1` and no sanitizer (`-s none`):
/// libFuzzer's coverage guidance and its crash detection (any panic) are
/// what we need; the engine has no unsafe code for a sanitizer to watch.
/// Each target's corpus (`fuzz/corpus/T`, not kept) starts from the
/// committed seeds in `fuzz/seeds/T`, when there are some: real forms such
/// as the granular time `2024-01-02 07:41:03Z.515` and a playback JSON.
pub fn fuzz(root: &Path, seconds: u64, only: &[String]) -> Result<(), String> {
    if let Some(bad) = only.iter().find(|t| !FUZZ_TARGETS.contains(&t.as_str())) {
        return Err(format!(
            "no fuzz target {bad:?}; there are {}",
            FUZZ_TARGETS.join(", ")
        ));
    }
    if output("cargo", &["fuzz", "--version"]).is_none() {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let dir = root.join("fuzz");
    let targets: Vec<&str> = FUZZ_TARGETS
        .into_iter()
        .filter(|t| only.is_empty() || only.iter().any(|o| o == t))
        .collect();
    for t in &targets {
        let corpus = dir.join("corpus").join(t);
        std::fs::create_dir_all(&corpus).map_err(|e| e.to_string())?;
        let seeds = dir.join("seeds").join(t);
        let mut cmd = cargo();
        cmd.current_dir(&dir)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "-s", "none", "-O", t])
            .arg(&corpus);
        if seeds.is_dir() {
            cmd.arg(&seeds);
        }
        run(cmd
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .args(["-max_len=8192", "-rss_limit_mb=2048"]))?;
    }
    println!(
        "fuzzed {} targets for {seconds} s each: no crash",
        targets.len()
    );
    Ok(())
}
