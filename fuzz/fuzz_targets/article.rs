//! Fuzz target: any text as an article, read and checked against the demo's tracks.
#![no_main]

use flightlens_core::{Analysis, Dataset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut d = Dataset::default();
    d.add_file(
        "demo.csv",
        include_bytes!("../../demo/cargo-rff7071.fr24.csv"),
    );
    let a = Analysis::of(&d).with_article(&text, Some("2019-01-28"));
    let _ = a.to_json();
});
