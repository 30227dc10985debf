//! Fuzz target: format sniffing. Any bytes, read as a file: the format the
//! reader settles on is the one `sniff` gives the whole text, and a file
//! that no format takes is refused with one of the file-level sentences
//! (empty, in no format with the formats tried, damaged gzip, too big, a
//! line without end), never with a field error from a format it is not.
#![no_main]

use flightlens_core::ingest::{decode_text, sniff};
use flightlens_core::{Dataset, FileReader, pipeline};
use libfuzzer_sys::fuzz_target;

/// How a file that no format takes may be refused.
const REFUSALS: [&str; 6] = [
    "the file is empty",
    "not a flight-data format Flightlens knows (tried: ",
    "the file looks gzip-compressed",
    "line ",
    "the first ",
    "unpacked, the file is over",
];

fuzz_target!(|data: &[u8]| {
    let [piece, rest @ ..] = data else { return };
    let mut d = Dataset::default();
    let mut r = FileReader::new("fuzz");
    for p in rest.chunks(usize::from(*piece) % 61 + 1) {
        r.push(p);
    }
    let report = r.finish(&mut d).clone();
    if !rest.starts_with(&[0x1f, 0x8b]) {
        assert_eq!(report.format, sniff(&decode_text(rest)), "{report:?}");
    }
    if report.failed() {
        let first = &report.warnings[0].message;
        assert!(
            REFUSALS.iter().any(|r| first.starts_with(r)),
            "refused with {first:?}"
        );
        assert!(d.tracks.is_empty() && d.flights.is_empty());
    }
    let _ = pipeline::analyse(&d, &Default::default(), None)
        .analysis
        .to_json();
});
