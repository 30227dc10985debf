//! Fuzz target: the time parser. Any text as a date-time never panics; a
//! time it reads is printed and read back to the same second; and the same
//! text as a Flightradar24 granular row's `network_time` (with the
//! receiver's time after the first `|`) is read by the whole ingest, which
//! never keeps a row dated 1970 or before or after the latest time allowed.
#![no_main]

use flightlens_core::time::{parse_datetime, rfc3339};
use flightlens_core::{Dataset, FileReader};
use libfuzzer_sys::fuzz_target;

/// 0001-01-01 and 9999-12-31T23:59:59: the years printed in four digits.
const FIRST: i64 = -62_135_596_800;
const LAST: i64 = 253_402_300_799;
/// 2030-01-01, the latest time allowed here.
const LATEST: i64 = 1_893_456_000;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (net, rec) = text.split_once('|').unwrap_or((&text, ""));
    for s in [net, rec] {
        if let Some(t) = parse_datetime(s)
            && (FIRST..=LAST).contains(&t)
        {
            assert_eq!(parse_datetime(&rfc3339(t)), Some(t), "{s:?}");
        }
    }
    // Fields without commas, quotes or line ends, so that the row stays one row.
    let clean = |s: &str| s.replace([',', '"', '\n', '\r'], " ");
    let csv = format!(
        "network_time,receiver_time,hex,callsign,latitude,longitude,no_position,altitude,squawk,speed,track,vspeed,on_ground,flags,position_class\n\
         {},{},0x8467d8,JAL516,41.57648,141.66208,P,26650,416,401,192,1728,A,4,ADS-B\n\
         2024-01-02 07:41:03Z.515,2024-01-02 07:41:02Z.997,0x8467d8,JAL516,41.57,141.66,P,26650,416,401,192,1728,A,4,ADS-B\n",
        clean(net),
        clean(rec)
    );
    let mut d = Dataset::default();
    let mut r = FileReader::new("fuzz.csv").with_latest(LATEST);
    r.push(csv.as_bytes());
    r.finish(&mut d);
    for t in &d.tracks {
        assert!(t.points.times().iter().all(|&x| x > 0 && x <= LATEST));
    }
});
