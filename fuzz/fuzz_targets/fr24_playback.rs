//! Fuzz target: Flightradar24 playback JSON (its flight's head, then any
//! bytes as the track and what follows).
#![no_main]

use flightlens_core::{Dataset, pipeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = Vec::with_capacity(data.len() + 400);
    input.extend_from_slice(
        br#"{"result":{"response":{"data":{"flight":{"identification":{"number":{"default":"JL516"},"callsign":"JAL516"},"aircraft":{"model":{"code":"A359","text":"Airbus A350-941"},"identification":{"modes":"8467D8","registration":"JA13XJ"}},"airport":{"origin":{"code":{"icao":"RJCC"}},"destination":{"code":{"icao":"RJTT"}}},"track":["#,
    );
    input.extend_from_slice(data);
    let mut d = Dataset::default();
    d.add_file("fuzz", &input);
    // The whole pipeline must hold on whatever was read.
    let _ = pipeline::analyse(&d, &Default::default(), None)
        .analysis
        .to_json();
});
