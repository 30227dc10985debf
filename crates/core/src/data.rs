//! The engine's data files: the airport table, the basemap (both levels),
//! the article reader's aircraft types and its lexicons of other
//! languages, as `cargo xtask gen-airports`, `gen-coastlines`,
//! `gen-aircraft-types` and `gen-lexicons` write them into
//! `crates/core/data/`.
//!
//! Natively (the command line, the tests, the tasks) they are embedded in
//! the engine. Built for wasm32 they are not, unless the `embedded-data`
//! feature asks for them (the app's component tests do): the web app's
//! module would carry 0.9 MB that its first paint does not need. Trunk copies the same files beside the module; the page
//! fetches them in parallel with it (the browser caches them), and hands
//! each to [`install`] by name before the first analysis. The offline
//! single file carries them inline.
//!
//! ```
//! use flightlens_core::data::{self, AIRPORTS};
//! // Bytes that are not the file named are refused, never a panic.
//! assert!(data::install(AIRPORTS, b"not gzip").is_err() || data::installed());
//! assert!(data::install("elsewhere.bin", b"").is_err());
//! ```

use crate::airports;
use crate::map::basemap;

/// The airport table, gzipped TSV.
pub const AIRPORTS: &str = "airports.tsv.gz";
/// The 1:50m land, gzipped delta-encoded text.
pub const LAND_FINE: &str = "land-50m.txt.gz";
/// The 1:50m borders, gzipped delta-encoded text.
pub const BORDERS_FINE: &str = "borders-50m.txt.gz";

/// The 1:110m land, plain text (the first map draws it).
pub const LAND_COARSE: &str = "land-110m.txt";
/// The 1:110m borders, plain text.
pub const BORDERS_COARSE: &str = "borders-110m.txt";
/// The article reader's aircraft types (written form, tab, ICAO type
/// designator), as `cargo xtask gen-aircraft-types` writes them.
pub const AIRCRAFT_TYPES: &str = "aircraft-types.tsv";

/// The time zones the airport table names, gzipped TZif data (`cargo
/// xtask gen-timezones`): the web app's engine has no bundled time-zone
/// database.
pub const TIMEZONES: &str = "timezones.tzif.gz";

/// The article reader's lexicons of other languages, gzipped text, each
/// after a line `@@ xx` (`cargo xtask gen-lexicons`).
pub const LEXICONS: &str = "lexicons.txt.gz";

/// Every data file, by the name it is served and inlined under.
pub const FILES: [&str; 8] = [
    AIRPORTS,
    LAND_COARSE,
    BORDERS_COARSE,
    LAND_FINE,
    BORDERS_FINE,
    AIRCRAFT_TYPES,
    TIMEZONES,
    LEXICONS,
];

/// The demo's flight-data files (`demo/`, regenerated with `cargo xtask
/// gen-demo`), by the name they are served and inlined under. The engine
/// does not take them: the web app fetches them beside its module only
/// when **Load demo** is pressed (the offline file carries them inline),
/// and natively (or with `embedded-data`) [`demo_file`] has them.
pub const DEMO: [&str; 2] = ["cargo-rff7071.fr24.csv", "bizjet-4bc8d0.opensky.csv"];

/// Every file served beside the module and inlined in the offline file:
/// the engine's [`FILES`], then the [`DEMO`]'s.
pub fn inlined() -> impl Iterator<Item = &'static str> {
    FILES.into_iter().chain(DEMO)
}

/// A demo file's bytes where the engine embeds its data (natively, and
/// built for wasm32 with `embedded-data`); `None` elsewhere or for another
/// name.
pub fn demo_file(name: &str) -> Option<&'static [u8]> {
    #[cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]
    {
        const CARGO: &[u8] = include_bytes!("../../../demo/cargo-rff7071.fr24.csv");
        const BIZJET: &[u8] = include_bytes!("../../../demo/bizjet-4bc8d0.opensky.csv");
        DEMO.iter()
            .position(|n| *n == name)
            .map(|i| [CARGO, BIZJET][i])
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-data")))]
    {
        let _ = name;
        None
    }
}

/// Why a data file could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError(String);

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DataError {}

/// Hands the engine the data file `name` (one of [`FILES`]), as fetched,
/// in any order.
pub fn install(name: &str, bytes: &[u8]) -> Result<(), DataError> {
    let basemap = |ok: bool| {
        ok.then_some(()).ok_or_else(|| {
            DataError(format!(
                "{name} could not be read; zoomed-in maps use the 1:110m basemap"
            ))
        })
    };
    let coarse = |ok: bool| {
        ok.then_some(())
            .ok_or_else(|| DataError(format!("{name} could not be read; maps show no land")))
    };
    match name {
        AIRPORTS | AIRCRAFT_TYPES | LEXICONS => install_for_reader(name, bytes),
        LAND_COARSE => coarse(basemap::install_land_coarse(bytes)),
        BORDERS_COARSE => coarse(basemap::install_borders_coarse(bytes)),
        LAND_FINE => basemap(basemap::install_land_fine(bytes)),
        BORDERS_FINE => basemap(basemap::install_borders_fine(bytes)),
        TIMEZONES => crate::time::install_zones(bytes)
            .map(|_| ())
            .map_err(DataError),
        other => Err(DataError(format!(
            "{other:?} is not one of Flightlens's data files"
        ))),
    }
}

/// The data files the article reader needs: the airports and countries it
/// names, the aircraft types, and the lexicons it reads other languages
/// through. The page's reader module is handed these alone.
pub const READER_FILES: [&str; 3] = [AIRPORTS, AIRCRAFT_TYPES, LEXICONS];

/// [`install`] for the files of [`READER_FILES`] only, so that a module
/// that reads articles and nothing else (`crates/reader-web`) does not
/// carry the basemap's and the time zones' readers.
pub fn install_for_reader(name: &str, bytes: &[u8]) -> Result<(), DataError> {
    match name {
        AIRPORTS => airports::install(bytes)
            .map(|_| ())
            .map_err(|e| DataError(e.to_string())),
        AIRCRAFT_TYPES => install_aircraft_types(bytes),
        LEXICONS => install_lexicons(bytes),
        other => Err(DataError(format!(
            "{other:?} is not one of the article reader's data files"
        ))),
    }
}

static AIRCRAFT: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

fn install_aircraft_types(bytes: &[u8]) -> Result<(), DataError> {
    let refused = |why: &str| DataError(format!("{AIRCRAFT_TYPES} could not be read: {why}"));
    let text = std::str::from_utf8(bytes).map_err(|_| refused("it is not UTF-8 text"))?;
    if !text
        .lines()
        .any(|l| !l.starts_with('#') && l.contains('\t'))
    {
        return Err(refused("it holds no aircraft type"));
    }
    AIRCRAFT.get_or_init(|| Box::leak(text.to_string().into_boxed_str()));
    Ok(())
}

/// The aircraft types table's text: embedded (natively, and with
/// `embedded-data`), or handed in, or empty (not yet there).
pub fn aircraft_types() -> &'static str {
    #[cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]
    {
        AIRCRAFT.get_or_init(|| include_str!("../data/aircraft-types.tsv"))
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-data")))]
    {
        AIRCRAFT.get().copied().unwrap_or("")
    }
}

static LEXICONS_TEXT: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

fn unpack_lexicons(gz: &[u8]) -> Option<String> {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(gz)
        .read_to_string(&mut text)
        .ok()?;
    text.starts_with("@@ ").then_some(text)
}

fn install_lexicons(bytes: &[u8]) -> Result<(), DataError> {
    let text = unpack_lexicons(bytes).ok_or_else(|| {
        DataError(format!(
            "{LEXICONS} could not be read; articles not in English are read as English"
        ))
    })?;
    LEXICONS_TEXT.get_or_init(|| Box::leak(text.into_boxed_str()));
    Ok(())
}

/// The article reader's lexicons of other languages, unpacked: embedded
/// (natively, and with `embedded-data`), or handed in, or empty (not yet
/// there).
pub fn lexicons() -> &'static str {
    #[cfg(any(feature = "embedded-data", not(target_arch = "wasm32")))]
    {
        LEXICONS_TEXT.get_or_init(|| {
            let text = unpack_lexicons(include_bytes!("../data/lexicons.txt.gz"));
            Box::leak(text.unwrap_or_default().into_boxed_str())
        })
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "embedded-data")))]
    {
        LEXICONS_TEXT.get().copied().unwrap_or("")
    }
}

/// True once the engine has its airport table and aircraft types:
/// embedded, or handed in.
pub fn installed() -> bool {
    airports::installed()
        && (cfg!(any(feature = "embedded-data", not(target_arch = "wasm32")))
            || AIRCRAFT.get().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_is_handed_its_own_files_only() {
        assert!(READER_FILES.iter().all(|f| FILES.contains(f)));
        let err = install_for_reader(LAND_COARSE, b"").unwrap_err();
        assert!(err.to_string().contains("article reader"), "{err}");
        // The reader's files read the same either way: a lexicon that is
        // not gzip is refused by both.
        assert!(install_for_reader(LEXICONS, b"not gzip").is_err());
        assert!(install(LEXICONS, b"not gzip").is_err());
    }

    #[test]
    fn every_boot_script_fetches_every_file_by_its_name() {
        for (script, js) in [
            ("js/boot.js", include_str!("../../../js/boot.js")),
            ("js/embed.js", include_str!("../../../js/embed.js")),
        ] {
            for name in inlined() {
                assert!(js.contains(&format!("'{name}'")), "{script} fetches {name}");
            }
        }
    }

    #[test]
    fn the_demo_is_embedded_natively() {
        for name in DEMO {
            let bytes = demo_file(name).unwrap();
            assert!(bytes.len() > 1000, "{name}");
        }
        assert_eq!(demo_file(AIRPORTS), None);
    }

    #[test]
    fn the_time_zones_file_has_every_zone_of_the_airport_table_as_bundled() {
        use std::collections::BTreeSet;
        let gz = include_bytes!("../data/timezones.tzif.gz");
        let n = crate::time::install_zones(gz).unwrap();
        let names: BTreeSet<&str> = airports::airports()
            .all()
            .iter()
            .map(|a| a.tz)
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(n, names.len(), "regenerate with cargo xtask gen-timezones");
        for name in names {
            let ours = crate::time::zone(name).unwrap();
            let bundled = jiff::tz::db().get(name).unwrap();
            for t in (0..60).map(|i| 946_684_800 + i * 15_778_800) {
                let ts = jiff::Timestamp::from_second(t).unwrap();
                assert_eq!(ours.to_offset(ts), bundled.to_offset(ts), "{name} at {t}");
            }
        }
        assert!(crate::time::install_zones(b"junk").is_err() || n > 0);
    }

    #[test]
    fn a_file_of_another_name_is_refused() {
        let e = install("airports.csv", b"").unwrap_err();
        assert!(e.to_string().contains("airports.csv"), "{e}");
        assert!(install(LAND_FINE, b"junk").is_err());
        assert!(install(LAND_COARSE, b"junk").is_err());
        assert!(install(BORDERS_COARSE, b"").is_err());
        assert!(install(AIRCRAFT_TYPES, b"\xff\xfe").is_err());
        assert!(install(AIRCRAFT_TYPES, b"# only a comment\n").is_err());
    }
}
