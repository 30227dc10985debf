//! The real-data regression suite (`tests/real/`): eighteen public
//! flight-tracking exports with hand-read truth. Fails when a case that
//! passed regresses, or when a case waiting for the ingest side starts to
//! be read (see `AWAITING_INGEST` in `real/suite.rs`).

#[path = "real/suite.rs"]
mod suite;

#[test]
fn real_tracks_give_the_hand_read_legs_airports_and_stopovers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real");
    let rows = suite::run(&dir).expect("the suite's files and truths are readable");
    let files = rows.iter().filter(|r| !r.name.contains(" + ")).count();
    assert!(files >= suite::MIN_FILES, "only {files} real files");
    let table = suite::table(&rows);
    println!("{table}");
    let failures: Vec<String> = rows.iter().filter_map(suite::Row::failure).collect();
    assert!(
        failures.is_empty(),
        "{table}\nfailures:\n  {}",
        failures.join("\n  ")
    );
}

/// The same flight from two sources at once (issue 15): Flightradar24's
/// per-flight CSV (no address, altitude 0 on the ground every few seconds)
/// and its granular export (the address, airborne flags through the
/// rollout), loaded together, are one aircraft with one leg RJCC→RJTT
/// landing when either file says, not legs of seconds between their rows.
#[test]
fn one_flight_from_two_sources_is_one_leg() {
    use flightlens_core::routes::Options;
    use flightlens_core::{Dataset, pipeline};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real");
    let mut data = Dataset::default();
    for f in ["jal516-fr24.csv", "jal516-granular.csv"] {
        let bytes = std::fs::read(dir.join(f)).expect("the real file is there");
        data.add_file(f, &bytes);
    }
    assert_eq!(data.tracks.len(), 1);
    let r = pipeline::find_routes(&data, &Options::default());
    let legs: Vec<_> = r
        .legs
        .iter()
        .map(|l| {
            let code = |e: &Option<flightlens_core::routes::End>| {
                e.as_ref().map(|e| e.airport.airport.icao)
            };
            (
                code(&l.from),
                code(&l.to),
                l.takeoff_observed,
                l.landing_observed,
            )
        })
        .collect();
    assert_eq!(legs, [(Some("RJCC"), Some("RJTT"), true, true)]);
    // Both files' truths: touchdown 08:47:16Z (CSV) to 08:47:18Z (granular).
    let landing = flightlens_core::time::parse_datetime("2024-01-02T08:47:16Z").unwrap();
    assert!((r.legs[0].landing - landing).abs() <= 60);
    assert!(r.stopovers.is_empty());
}
