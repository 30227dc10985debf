//! Fuzz target: any text as an article, read and checked against the demo's tracks.
#![no_main]

use flightlens_core::Dataset;
use flightlens_core::pipeline::{self, ArticleInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut d = Dataset::default();
    d.add_file(
        "demo.csv",
        include_bytes!("../../demo/cargo-rff7071.fr24.csv"),
    );
    let article = ArticleInput {
        text: &text,
        published: "2019-01-28".parse().ok(),
    };
    let made = pipeline::analyse(&d, &Default::default(), Some(article));
    let _ = made.analysis.to_json();
});
