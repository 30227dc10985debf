//! Fuzz target: a CSV read in pieces and blocks of any size, or in two
//! parts at once (split at any line, as the page does for a big file),
//! gives exactly what the same bytes read whole give (report, warnings and
//! their line numbers, points), and never panics.
#![no_main]

use flightlens_core::{Dataset, FileReader};
use libfuzzer_sys::fuzz_target;

const HEADERS: [&[u8]; 4] = [
    b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n",
    b"time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact\n",
    b"time;lat;lon;altitude;callsign\n",
    b"",
];

fuzz_target!(|data: &[u8]| {
    let [choice, block, piece, split, rest @ ..] = data else {
        return;
    };
    let mut input = HEADERS[usize::from(*choice) % HEADERS.len()].to_vec();
    input.extend_from_slice(rest);
    let mut whole = Dataset::default();
    let expect = whole.add_file("fuzz.csv", &input).clone();
    let mut d = Dataset::default();
    let mut r = FileReader::new("fuzz.csv").with_block(usize::from(*block) % 97 + 1);
    for p in input.chunks(usize::from(*piece) % 61 + 1) {
        r.push(p);
    }
    let got = r.finish(&mut d).clone();
    assert_eq!(got, expect);
    assert_eq!(d.point_count(), whole.point_count());

    // In two parts: the start here, the rest from the line start nearest
    // the chosen fraction of the file in a part, as a worker and its helper.
    let Some(head) = flightlens_core::ingest::head_end(&input, false) else {
        return;
    };
    let at = head + (input.len() - head) * usize::from(*split) / 256;
    let Some(split) = input[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| at + i + 1)
        .filter(|&s| s > head && s < input.len())
    else {
        return;
    };
    let block = usize::from(*block) % 97 + 1;
    let mut a = FileReader::new("fuzz.csv").with_block(block);
    a.push(&input[..split]);
    let mut b = FileReader::new("fuzz.csv")
        .with_block(block)
        .part(&input[..head]);
    b.push(&input[split..]);
    if a.join(b.into_part()).is_err() {
        a.push(&input[split..]);
    }
    let mut d = Dataset::default();
    let got = a.finish(&mut d).clone();
    assert_eq!(got, expect);
    assert_eq!(d.point_count(), whole.point_count());
});
