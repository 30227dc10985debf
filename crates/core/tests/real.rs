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
