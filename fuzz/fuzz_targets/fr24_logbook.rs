//! Fuzz target: Flightradar24 logbook CSV.
#![no_main]

use flightlens_core::{Dataset, pipeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = Vec::with_capacity(data.len() + 200);
    input.extend_from_slice(
        b"Date,Flight number,From,To,Dep time,Arr time,Duration,Airline,Aircraft,Registration\n",
    );
    input.extend_from_slice(data);
    let mut d = Dataset::default();
    d.add_file("fuzz", &input);
    // The whole pipeline must hold on whatever was read.
    let _ = pipeline::analyse(&d, &Default::default(), None)
        .analysis
        .to_json();
});
