//! `cargo xtask fuzz [SECONDS]`: every cargo-fuzz target in `fuzz/`.

use std::path::Path;

use crate::toolchain::{cargo, output, run};

/// Fuzz targets in `fuzz/`, one per format, `any`, the article reader, and
/// the exports and map paths.
const FUZZ_TARGETS: [&str; 13] = [
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
];

/// `cargo xtask fuzz [SECONDS]`: every fuzz target for SECONDS each (60 by
/// default). cargo-fuzz runs on the stable toolchain here with
/// `RUSTC_BOOTSTRAP=1` and no sanitizer (`-s none`): libFuzzer's coverage
/// guidance and its crash detection (any panic) are what we need; the
/// engine has no unsafe code for a sanitizer to watch.
pub fn fuzz(root: &Path, seconds: u64) -> Result<(), String> {
    if output("cargo", &["fuzz", "--version"]).is_none() {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let dir = root.join("fuzz");
    for t in FUZZ_TARGETS {
        std::fs::create_dir_all(dir.join("corpus").join(t)).map_err(|e| e.to_string())?;
        run(cargo()
            .current_dir(&dir)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "-s", "none", "-O", t, "--"])
            .arg(format!("-max_total_time={seconds}"))
            .args(["-max_len=8192", "-rss_limit_mb=2048"]))?;
    }
    println!(
        "fuzzed {} targets for {seconds} s each: no crash",
        FUZZ_TARGETS.len()
    );
    Ok(())
}
