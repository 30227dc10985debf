//! What reading the real exports in `tests/real/` must give, ingest side
//! only (the legs, airports and stopovers are `cargo xtask eval routes`'s):
//! every file read in its own format, no position dated outside the file's
//! own time range (read by hand into each `<name>.truth.json`), the
//! aircraft the file names and no more, with what the file says of them.
//! Regressions from issue 15 are named after what broke.

use std::path::Path;

use flightlens_core::time::parse_datetime;
use flightlens_core::{Dataset, FileImport, Format};
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/real");

/// Every fixture with the format it is in.
const FILES: [(&str, Format); 18] = [
    ("calibra-brussels-traffic.csv", Format::GenericCsv),
    ("dal-ac671b-readsb.json", Format::ReadsbTrace),
    ("dl2983-dca-msp-fr24api.csv", Format::Fr24Api),
    ("dl2983-msp-dca-fr24api.csv", Format::Fr24Api),
    ("do61-t38-lfi-fr24api.csv", Format::Fr24Api),
    ("edw24-zrh-opensky.csv", Format::OpenSkyStates),
    ("jal516-fr24.csv", Format::Fr24Csv),
    ("jal516-granular.csv", Format::Fr24Granular),
    ("jal516-playback.json", Format::Fr24Playback),
    ("kal011-icn-lax-fr24api.csv", Format::Fr24Api),
    ("kl605-ams-sfo-fr24.csv", Format::Fr24Csv),
    ("n56821-longhorn-traffic.csv", Format::GenericCsv),
    ("qfa7474-traffic.csv", Format::GenericCsv),
    ("rega1-sg-traffic.csv", Format::GenericCsv),
    ("ryr2rg-cruise-opensky.csv", Format::OpenSkyStates),
    ("spar19-playback.json", Format::Fr24Playback),
    ("thy9bp-playback.json", Format::Fr24Playback),
    ("thy9bp-spoofing-traffic.csv", Format::GenericCsv),
];

fn read(files: &[&str]) -> (Dataset, Vec<FileImport>) {
    let mut d = Dataset::default();
    let reports = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(Path::new(DIR).join(f)).expect("the fixture");
            d.add_file(f, &bytes).clone()
        })
        .collect();
    (d, reports)
}

fn truth(file: &str) -> Value {
    let name = file.rsplit_once('.').expect("an extension").0;
    let text = std::fs::read_to_string(Path::new(DIR).join(format!("{name}.truth.json")))
        .expect("the truth file");
    serde_json::from_str(&text).expect("truth is JSON")
}

fn time(v: &Value) -> i64 {
    parse_datetime(v.as_str().expect("a time")).expect("an RFC 3339 time")
}

/// Each file alone: its format, its aircraft as the truth lists them (one
/// each, with the address, registration, type and callsigns the file
/// gives), and every position inside the file's own time range.
#[test]
fn every_real_file_reads_inside_its_own_time_range() {
    for (file, format) in FILES {
        let (d, reports) = read(&[file]);
        let r = &reports[0];
        assert_eq!(r.format, Some(format), "{file}: {:?}", r.warnings);
        let t = truth(file);
        let (first, last) = (time(&t["time_range"][0]), time(&t["time_range"][1]));
        let (a, b) = r.span.expect("positions");
        assert!(
            a >= first && b <= last,
            "{file}: {a}..{b} outside {first}..{last}"
        );
        let want = t["aircraft"].as_array().expect("aircraft");
        assert_eq!(d.tracks.len(), want.len(), "{file}: {:?}", r.aircraft);
        for (track, w) in d.tracks.iter().zip(want) {
            let id = &track.identity;
            let text = |v: &Value| v.as_str().map(str::to_string);
            assert_eq!(id.icao24, text(&w["icao24"]), "{file}");
            assert_eq!(id.registration, text(&w["registration"]), "{file}");
            assert_eq!(id.type_code, text(&w["type"]), "{file}");
            let callsigns: Vec<String> = w["callsigns"]
                .as_array()
                .expect("callsigns")
                .iter()
                .filter_map(text)
                .collect();
            assert_eq!(id.callsigns, callsigns, "{file}");
            for key in ["description", "operator"] {
                if let Some(v) = text(&w[key]) {
                    let got = if key == "description" {
                        &id.description
                    } else {
                        &id.operator
                    };
                    assert_eq!(got.as_deref(), Some(v.as_str()), "{file}: {key}");
                }
            }
        }
    }
}

/// Issue 15, 1: the granular file was timed by `receiver_time`, unset
/// (1970) or 42 minutes fast on some rows: a leg in 1970 and one after the
/// flight. `network_time` it is, to the second.
#[test]
fn granular_rows_are_timed_by_the_network() {
    let (d, reports) = read(&["jal516-granular.csv"]);
    let r = &reports[0];
    assert_eq!(
        r.span,
        Some((
            parse_datetime("2024-01-02T07:41:03Z").unwrap(),
            parse_datetime("2024-01-02T08:47:31Z").unwrap()
        ))
    );
    // The row of line 6645 (network 08:39:48.778, receiver 1970) is placed
    // at the network's time.
    let at = parse_datetime("2024-01-02T08:39:48Z").unwrap();
    let p = d.tracks[0]
        .points
        .iter()
        .find(|p| p.t == at && (p.lat - 35.30923).abs() < 1e-4)
        .expect("line 6645's fix");
    assert!((p.lon - 140.0889).abs() < 1e-4);
    // Rows without a fix are warnings, never points at 0,0.
    assert_eq!(r.rows, 10_858);
    assert!(r.warning_count >= 3_381, "{}", r.warning_count);
    assert!(d.tracks[0].points.iter().all(|p| p.lat > 30.0));
}

/// Issue 15, 1: the granular file and the per-flight CSV of the same flight
/// loaded together are one aircraft, all of it on 2 January 2024 (it was
/// a 54-year stopover).
#[test]
fn the_two_jal516_files_together_stay_on_the_day() {
    let (d, _) = read(&["jal516-fr24.csv", "jal516-granular.csv"]);
    assert_eq!(d.tracks.len(), 1);
    let (a, b) = d.tracks[0].points.span().unwrap();
    assert!(a >= parse_datetime("2024-01-02T07:22:55Z").unwrap());
    assert!(b <= parse_datetime("2024-01-02T08:48:15Z").unwrap());
}

/// Issue 15, 4: the playback JSON was taken for a readsb trace and refused
/// (`"icao" is not a 6-digit hex address: Null`). It is read, with who the
/// aircraft is and Flightradar24's own route.
#[test]
fn playbacks_are_read_with_who_and_where_fr24_says() {
    for (file, reg, ty, number, from, to) in [
        (
            "jal516-playback.json",
            "JA13XJ",
            "A359",
            Some("JL516"),
            "RJCC",
            "RJTT",
        ),
        (
            "spar19-playback.json",
            "09-0540",
            "B737",
            None,
            "WMSA",
            "RCSS",
        ),
        (
            "thy9bp-playback.json",
            "TC-JVF",
            "B738",
            Some("TK1745"),
            "LTFM",
            "ENGM",
        ),
    ] {
        let (d, reports) = read(&[file]);
        assert!(
            reports[0].warnings.is_empty(),
            "{file}: {:?}",
            reports[0].warnings
        );
        let id = &d.tracks[0].identity;
        assert_eq!(id.label(), reg, "{file}");
        assert_eq!(id.type_code.as_deref(), Some(ty), "{file}");
        assert!(id.description.is_some() && id.operator.is_some(), "{file}");
        let route = &id.reported_routes[..];
        assert_eq!(route.len(), 1, "{file}");
        assert_eq!(route[0].source, "Flightradar24");
        assert_eq!(route[0].flight_number.as_deref(), number, "{file}");
        assert_eq!(route[0].origin.as_deref(), Some(from), "{file}");
        assert_eq!(route[0].destination.as_deref(), Some(to), "{file}");
        assert_eq!(route[0].span, d.tracks[0].points.span(), "{file}");
    }
    // The playback and the spoofed OpenSky track of the same flight are
    // one aircraft: same address.
    let (d, _) = read(&["thy9bp-playback.json", "thy9bp-spoofing-traffic.csv"]);
    assert_eq!(d.tracks.len(), 1);
    assert_eq!(d.tracks[0].identity.registration.as_deref(), Some("TC-JVF"));
}

/// Issue 15, 5: readsb's `desc` and `ownOp` were dropped.
#[test]
fn readsb_metadata_is_kept() {
    let (d, _) = read(&["dal-ac671b-readsb.json"]);
    let id = &d.tracks[0].identity;
    assert_eq!(id.registration.as_deref(), Some("N899DN"));
    assert_eq!(id.type_code.as_deref(), Some("B739"));
    assert_eq!(id.description.as_deref(), Some("BOEING 737-900"));
    assert_eq!(id.operator.as_deref(), Some("DELTA AIR LINES INC"));
}

/// Baseline failure 4: the T-38's callsign changes SG01 -> DO61 in one
/// FR24 flight, and the file was three aircraft.
#[test]
fn the_t38_is_one_aircraft() {
    let (d, reports) = read(&["do61-t38-lfi-fr24api.csv"]);
    assert_eq!(d.tracks.len(), 1, "{:?}", reports[0].aircraft);
    assert_eq!(d.tracks[0].identity.callsigns, ["SG01", "DO61"]);
    assert_eq!(d.tracks[0].points.len(), 1_445);
}

/// Baseline failure 9: THY9BP's position sits at a false place near Lviv
/// from 09:24:25Z to 09:58:10Z (lines 4748-6773), reached after the
/// position was held for 18 minutes and left by a jump of 563 km in a
/// second. Those rows are dropped, named by their lines, and nothing of
/// the track is there any more.
#[test]
fn the_spoofed_stretch_is_dropped_by_its_lines() {
    let (d, reports) = read(&["thy9bp-spoofing-traffic.csv"]);
    let r = &reports[0];
    let w = r
        .warnings
        .iter()
        .find(|w| w.message.contains("spoofed"))
        .expect("a warning of the spoofed stretch");
    assert_eq!(w.line, Some(4748));
    assert!(
        w.message.contains("dropped 2026 position(s)"),
        "{}",
        w.message
    );
    assert!(w.message.ends_with(": lines 4748–6773"), "{}", w.message);
    let (from, to) = (
        parse_datetime("2024-09-17T09:24:25Z").unwrap(),
        parse_datetime("2024-09-17T09:58:10Z").unwrap(),
    );
    let t = &d.tracks[0];
    assert!(t.points.iter().all(|p| p.t < from || p.t > to));
    assert!(
        t.points.iter().all(|p| !(p.lat > 49.5 && p.lon > 23.5)),
        "no position over western Ukraine"
    );
    // Positions held while the aircraft flew on are stale, and named.
    assert!(
        r.warnings.iter().any(|w| w
            .message
            .contains("repeat the one before while the aircraft reports moving")),
        "{:?}",
        r.warnings
    );
}
