//! Fuzz target: Flightradar24 rows from raw bytes through routes, the
//! filter, every export writer (the published web folder and its ZIP too)
//! and the map's path builder (with the overdraw raster), which all take
//! text and numbers from users' files.
#![no_main]

use flightlens_core::export::{self, Source};
use flightlens_core::filter::Filter;
use flightlens_core::ids::AircraftId;
use flightlens_core::map::{Raster, View, track_path_into};
use flightlens_core::{Dataset, pipeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n".to_vec();
    input.extend_from_slice(data);
    let mut d = Dataset::default();
    d.add_file("fuzz.csv", &input);
    let made = pipeline::analyse(&d, &Default::default(), None);
    let seed = data.first().copied().unwrap_or(0) as i64;
    let f = Filter {
        aircraft: (seed % 3 == 0).then_some(AircraftId(0)),
        from: (seed % 2 == 0).then_some(1_544_400_000 + seed * 3600),
        to: None,
    };
    let source = Source::new(&d, &made);
    let _ = export::legs_csv(source, &f);
    let _ = export::stopovers_csv(source, &f);
    let _ = export::geojson(source, &f);
    let _ = export::kml(source, &f);
    let files = flightlens_core::publish::publish(source, &Default::default(), &Default::default());
    let _ = flightlens_core::publish::archive(&files);
    let view = View::fit(
        1000.0,
        500.0,
        d.tracks
            .iter()
            .flat_map(|t| t.points.iter().map(|p| (p.lat, p.lon))),
    );
    let zoomed = view.zoomed(seed as f64, -(seed as f64), 1.0 + seed as f64 / 16.0);
    let mut raster = Raster::new(&zoomed);
    for t in &d.tracks {
        let mut s = String::new();
        track_path_into(
            &zoomed,
            &t.points,
            0..t.points.len(),
            900,
            0.5,
            &mut s,
            &mut |_, _| {},
            Some(&mut raster),
        );
        raster.clear();
    }
});
