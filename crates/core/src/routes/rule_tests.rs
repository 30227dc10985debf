//! One test per rule that real tracks taught (issue 15): small synthetic
//! tracks around the real airports where the real ones went wrong.

use super::*;
use crate::airports::airports;
use crate::geo::LatLon;

/// The point `km` from `(lat, lon)` on `bearing`, as a pair.
fn destination(lat: f64, lon: f64, bearing: f64, km: f64) -> (f64, f64) {
    let p = LatLon::from((lat, lon)).destination(bearing, km);
    (p.lat, p.lon)
}
use crate::track::{Identity, Point};

/// A stretch of flight: every `step` seconds from `at`, along `bearing` at
/// `kt`, from `alt` changing by `fpm`, for `secs`. Returns where and when
/// it ends, and the altitude there.
struct Fly {
    t: i64,
    at: (f64, f64),
    alt: f64,
}

impl Fly {
    fn new(t: i64, at: (f64, f64), alt: f64) -> Fly {
        Fly { t, at, alt }
    }

    #[allow(clippy::too_many_arguments)]
    fn go(
        &mut self,
        p: &mut Points,
        bearing: f64,
        kt: f64,
        fpm: f64,
        secs: i64,
        step: i64,
        ground: Ground,
    ) {
        let mut s = 0;
        while s < secs {
            self.t += step;
            s += step;
            self.at = destination(
                self.at.0,
                self.at.1,
                bearing,
                kt * 1.852 * step as f64 / 3600.0,
            );
            self.alt += fpm * step as f64 / 60.0;
            p.push(Point {
                alt_ft: Some(self.alt.round() as i32),
                gs_kt: Some(kt as f32),
                vrate_fpm: Some(fpm as f32),
                ground,
                ..Point::at(self.t, self.at.0, self.at.1)
            });
        }
    }

    /// The same, point by point, backwards: `secs` of flight that end here.
    fn came(
        at: (f64, f64),
        alt: f64,
        bearing: f64,
        kt: f64,
        fpm: f64,
        secs: i64,
    ) -> (f64, f64, f64) {
        let (lat, lon) = destination(
            at.0,
            at.1,
            bearing + 180.0,
            kt * 1.852 * secs as f64 / 3600.0,
        );
        (lat, lon, alt - fpm * secs as f64 / 60.0)
    }
}

fn run_as(p: Points, type_code: Option<&str>) -> Routes {
    let tracks = [Track {
        points: p,
        identity: Identity {
            type_code: type_code.map(str::to_string),
            ..Identity::default()
        },
    }];
    find(&tracks, airports(), &Options::default())
}

fn code(e: &Option<End>) -> &str {
    e.as_ref().map_or("-", |e| e.airport.airport.icao)
}

fn summary(r: &Routes) -> Vec<(String, String, bool, bool)> {
    r.legs
        .iter()
        .map(|l| {
            (
                code(&l.from).to_string(),
                code(&l.to).to_string(),
                l.takeoff_observed,
                l.landing_observed,
            )
        })
        .collect()
}

/// Where DAL2418 was lost descending towards Spokane, and where DAL1615
/// was found again eight hours later climbing out (real positions).
const LOST: (f64, f64) = (47.4569, -117.1059);
const FOUND: (f64, f64) = (47.5261, -117.2762);

/// An airliner descending west towards Spokane from cruise, lost at
/// 8,450 ft; found again `silence` seconds later climbing east through
/// 11,275 ft.
fn spokane(silence: i64) -> Points {
    let mut p = Points::default();
    // 20 min at FL340 and 450 kt, then 14 min descending at 1,800 ft/min.
    let (lat, lon, alt) = Fly::came(LOST, 8_450.0, 257.0, 300.0, -1_800.0, 14 * 60);
    let (lat, lon, _) = Fly::came((lat, lon), alt, 257.0, 450.0, 0.0, 20 * 60);
    let mut f = Fly::new(1_738_700_000, (lat, lon), alt);
    f.go(&mut p, 257.0, 450.0, 0.0, 20 * 60, 20, Ground::Air);
    f.go(&mut p, 257.0, 300.0, -1_800.0, 14 * 60, 10, Ground::Air);
    let mut g = Fly::new(f.t + silence - 10, FOUND, 11_275.0);
    g.go(&mut p, 94.0, 340.0, 2_500.0, 10 * 60, 10, Ground::Air);
    g.go(&mut p, 94.0, 450.0, 0.0, 20 * 60, 20, Ground::Air);
    p
}

#[test]
fn lost_descending_and_found_climbing_near_one_airport_is_a_stop_there() {
    // Coverage near Spokane ends around 8,000–11,000 ft: no fixed
    // altitude would see this stop; the geometry does.
    let r = run_as(spokane(8 * 3_600), None);
    assert_eq!(
        summary(&r),
        [
            ("-".into(), "KGEG".into(), false, false),
            ("KGEG".into(), "-".into(), false, false)
        ]
    );
    assert_eq!(r.stopovers.len(), 1);
    let s = &r.stopovers[0];
    assert_eq!(s.airport.airport.icao, "KGEG");
    assert!(!s.observed);
    assert!(
        (s.ground_time_s() - 8 * 3_600).abs() < 20 * 60,
        "{}",
        s.ground_time_s()
    );
    // Not the farm strip under the track, and KGEG's alternatives are places
    // an airliner can use, with their distances.
    let to = r.legs[0].to.as_ref().unwrap();
    assert!(to.inferred);
    let (last, geg) = (r.legs[0].points.1, airports().get("KGEG").unwrap());
    let p = spokane(8 * 3_600);
    let km = crate::geo::haversine_km(p.lat(last), p.lon(last), geg.lat, geg.lon);
    assert!(
        (to.airport.distance_km - km).abs() < 0.1 && km > 30.0,
        "{km}"
    );
    assert!(to.alternatives.iter().all(|c| c.airport.icao != "WN92"));
}

#[test]
fn the_same_silence_too_short_for_a_stop_is_a_gap() {
    // Twenty minutes cannot hold a descent of 37 km, a stop and a climb
    // back out: the leg goes on (a hold, a missed approach), with the gap.
    let r = run_as(spokane(20 * 60), None);
    assert_eq!(r.legs.len(), 1, "{:?}", summary(&r));
    assert_eq!(r.legs[0].gaps.len(), 1);
    assert!(r.stopovers.is_empty());
}

#[test]
fn a_cruise_gap_over_an_airport_never_cuts_the_leg() {
    // Level at FL350 and 450 kt over Spokane, 40 min without data, still
    // level and as fast on the far side, where the time fits flying across.
    let mut p = Points::default();
    let mut f = Fly::new(0, (47.62, -116.6), 35_000.0);
    f.go(&mut p, 270.0, 450.0, 0.0, 15 * 60, 30, Ground::Air);
    let at = destination(f.at.0, f.at.1, 270.0, 450.0 * 1.852 * 40.0 / 60.0);
    let mut g = Fly::new(f.t + 40 * 60, at, 35_000.0);
    g.go(&mut p, 270.0, 450.0, 0.0, 15 * 60, 30, Ground::Air);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("-".into(), "-".into(), false, false)]);
    assert_eq!(r.legs[0].gaps.len(), 1);
}

/// A descent that ends `km` short of `to` at `alt` ft, heading for it.
fn approach_to(to: (f64, f64), km: f64, alt: f64, kt: f64, fpm: f64) -> Points {
    let bearing = 257.0;
    let end = destination(to.0, to.1, bearing + 180.0, km);
    let (lat, lon, alt0) = Fly::came(end, alt, bearing, kt, fpm, 10 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_738_700_000, (lat, lon), alt0);
    f.go(&mut p, bearing, kt, fpm, 10 * 60, 10, Ground::Air);
    p
}

#[test]
fn an_airliner_lost_on_approach_goes_to_an_airline_airport_not_a_strip() {
    let wn92 = airports().get("WN92").unwrap();
    let geg = airports().get("KGEG").unwrap();
    // A Boeing 737-900 (readsb's `t`) lost 25 km out at 7,000 ft, heading
    // for Spokane International: the farm strip it passes does not count.
    let p = approach_to((geg.lat, geg.lon), 25.0, 7_000.0, 250.0, -1_200.0);
    let r = run_as(p.clone(), Some("B739"));
    assert_eq!(code(&r.legs[0].to), "KGEG", "{:?}", summary(&r));
    // The same descent by an aircraft the engine knows nothing about, ending
    // 3 km short of the strip at 3,300 ft and 90 kt: the strip.
    let p = approach_to((wn92.lat, wn92.lon), 3.0, 3_300.0, 90.0, -500.0);
    let r = run_as(p, None);
    assert_eq!(code(&r.legs[0].to), "WN92", "{:?}", summary(&r));
    // And a 737 that ends there: no airport rather than the strip (it is
    // too low to be going to Spokane International, 27 km away).
    let p = approach_to((wn92.lat, wn92.lon), 3.0, 3_300.0, 140.0, -700.0);
    let r = run_as(p, Some("B739"));
    assert_ne!(code(&r.legs[0].to), "WN92", "{:?}", summary(&r));
}

#[test]
fn types_say_which_airports_an_aircraft_can_use() {
    let empty = Points::default();
    let class = |t: &str| {
        let id = Identity {
            type_code: Some(t.into()),
            ..Identity::default()
        };
        Class::of(&id, &empty, &[])
    };
    assert_eq!(class("B739"), Class::Jet);
    assert_eq!(class("a359"), Class::Jet);
    assert_eq!(class("EC35"), Class::Rotor);
    // Designators that only begin like an airliner's or a helicopter's.
    assert_eq!(class("C172"), Class::Other);
    assert_eq!(class("B350"), Class::Other);
    assert_eq!(class("ECHO"), Class::Other);
    assert_eq!(class("H25B"), Class::Other);
}

#[test]
fn a_track_that_ends_climbing_away_names_no_destination() {
    // EDW24: the last fix 2 km from Zurich at 4,575 ft, climbing out
    // westbound after a takeoff seen on the runway.
    let zrh = airports().get("LSZH").unwrap();
    let mut p = Points::default();
    let mut f = Fly::new(1_712_400_000, (zrh.lat, zrh.lon), 1_416.0);
    f.go(&mut p, 160.0, 20.0, 0.0, 120, 10, Ground::Ground);
    f.go(&mut p, 160.0, 150.0, 2_000.0, 100, 5, Ground::Air);
    f.go(&mut p, 255.0, 180.0, 1_500.0, 60, 5, Ground::Air);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("LSZH".into(), "-".into(), true, false)]);
}

#[test]
fn a_track_that_starts_descending_names_no_origin() {
    // First seen on approach to Zurich: it did not take off from there.
    let zrh = airports().get("LSZH").unwrap();
    let p = approach_to((zrh.lat, zrh.lon), 12.0, 4_500.0, 180.0, -900.0);
    let r = run_as(p, None);
    assert_eq!(code(&r.legs[0].from), "-");
    assert_eq!(code(&r.legs[0].to), "LSZH");
}

#[test]
fn a_jet_first_seen_at_cruise_near_an_airport_did_not_leave_it() {
    // RYR2RG: FL370 and 420 kt, 18 km from Lyon Saint-Exupéry.
    let mut p = Points::default();
    let mut f = Fly::new(1_643_816_700, (45.865, 4.961), 37_000.0);
    f.go(&mut p, 235.0, 420.0, 0.0, 20 * 60, 10, Ground::Air);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("-".into(), "-".into(), false, false)]);
}

#[test]
fn a_helicopter_off_a_hospital_gets_no_airport_but_the_field_it_hovers_over() {
    // REGA1: first seen at 2,525 ft and 44 kt climbing out of St. Gallen
    // (its hospital is in no table; the nearest fields are 12–15 km), flies
    // to Dübendorf and hovers at 10 kt over the airfield.
    let mut p = Points::default();
    let mut f = Fly::new(1_558_612_204, (47.4309, 9.3831), 2_525.0);
    f.go(&mut p, 255.0, 60.0, 1_000.0, 60, 5, Ground::Unknown);
    let lsmd = airports().get("LSMD").unwrap();
    let here = f.at;
    let (lat, lon) = destination(lsmd.lat, lsmd.lon, 75.0, 0.8);
    let km = crate::geo::haversine_km(here.0, here.1, lat, lon);
    let bearing = LatLon::from(here).bearing_deg(LatLon::from((lat, lon)));
    let secs = (km / (120.0 * 1.852) * 3_600.0) as i64;
    f.go(&mut p, bearing, 120.0, -150.0, secs, 10, Ground::Unknown);
    f.go(&mut p, bearing, 10.0, -100.0, 25, 1, Ground::Air);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("-".into(), "LSMD".into(), false, false)]);
}

#[test]
fn a_rollout_the_source_calls_airborne_is_a_landing_seen() {
    // JAL516's granular rows at Haneda: flagged airborne to the end, but at
    // altitude 0 and below, at 120 kt, no longer descending.
    let rjtt = airports().get("RJTT").unwrap();
    let touch = destination(rjtt.lat, rjtt.lon, 150.0, 2.0);
    let (lat, lon, alt) = Fly::came(touch, 0.0, 330.0, 135.0, -700.0, 6 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_704_184_900, (lat, lon), alt);
    f.go(&mut p, 330.0, 135.0, -700.0, 6 * 60, 2, Ground::Air);
    let landed = f.t;
    f.go(&mut p, 330.0, 121.0, -250.0, 14, 1, Ground::Air);
    let r = run_as(p, Some("A359"));
    assert_eq!(summary(&r), [("-".into(), "RJTT".into(), false, true)]);
    assert!((r.legs[0].landing - landed).abs() <= 2);
}

#[test]
fn a_low_approach_below_zero_on_a_high_pressure_day_is_no_landing() {
    // Still descending like an approach (700 ft/min) while reading below
    // 0, then climbing away: not on the runway.
    let rjtt = airports().get("RJTT").unwrap();
    let (lat, lon, alt) = Fly::came((rjtt.lat, rjtt.lon), -200.0, 330.0, 135.0, -700.0, 6 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_704_184_900, (lat, lon), alt);
    f.go(&mut p, 330.0, 135.0, -700.0, 6 * 60, 2, Ground::Air);
    f.go(&mut p, 330.0, 140.0, 2_000.0, 3 * 60, 5, Ground::Air);
    let r = run_as(p, Some("A359"));
    assert_eq!(r.legs.len(), 1);
    assert!(!r.legs[0].landing_observed);
}

#[test]
fn low_approaches_that_never_touch_down_stay_one_leg() {
    // CALIBRA at Brussels: takeoff seen, three approaches down to 400 ft at
    // 130 kt with climbs back to 2,000 ft, then the landing.
    let ebbr = airports().get("EBBR").unwrap();
    let mut p = Points::default();
    let mut f = Fly::new(1_544_274_475, (ebbr.lat, ebbr.lon), 0.0);
    f.go(&mut p, 250.0, 15.0, 0.0, 60, 5, Ground::Unknown);
    f.go(&mut p, 250.0, 140.0, 1_500.0, 80, 5, Ground::Unknown);
    for _ in 0..3 {
        f.go(&mut p, 70.0, 130.0, -800.0, 120, 5, Ground::Unknown);
        f.go(&mut p, 250.0, 140.0, 800.0, 120, 5, Ground::Unknown);
    }
    f.go(&mut p, 70.0, 130.0, -800.0, 150, 5, Ground::Unknown);
    f.alt = 0.0;
    f.go(&mut p, 70.0, 20.0, 0.0, 60, 5, Ground::Unknown);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("EBBR".into(), "EBBR".into(), true, true)]);
}

#[test]
fn a_first_fix_still_reading_zero_and_climbing_is_a_takeoff_seen() {
    // The T-38 at Langley: the file starts at altitude 0 and 260 kt, the
    // next fix 300 ft up.
    let lfi = airports().get("KLFI").unwrap();
    let mut p = Points::default();
    p.push(Point {
        alt_ft: Some(0),
        gs_kt: Some(260.0),
        vrate_fpm: Some(1_472.0),
        ..Point::at(1_743_173_790, lfi.lat - 0.004, lfi.lon - 0.012)
    });
    let mut f = Fly::new(1_743_173_790, (lfi.lat - 0.004, lfi.lon - 0.012), 0.0);
    f.go(&mut p, 247.0, 290.0, 3_000.0, 120, 8, Ground::Unknown);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("KLFI".into(), "-".into(), true, false)]);
    assert_eq!(r.legs[0].takeoff, 1_743_173_790);
}

#[test]
fn a_lift_off_in_a_silence_is_timed_from_the_first_height() {
    // JAL516 at New Chitose: parked, 4.7 min without data, then 550 ft.
    let cts = airports().get("RJCC").unwrap();
    let mut p = Points::default();
    let mut f = Fly::new(1_704_180_000, (cts.lat, cts.lon), 0.0);
    f.go(&mut p, 180.0, 5.0, 0.0, 60, 10, Ground::Unknown);
    f.t += 272;
    f.alt = 550.0 - 2_000.0 / 6.0; // the first fix, 10 s on, at 550 ft
    f.go(&mut p, 180.0, 170.0, 2_000.0, 120, 10, Ground::Unknown);
    let r = run_as(p.clone(), None);
    assert!(r.legs[0].takeoff_observed);
    // 550 ft above the field, at 2,000 ft/min: that many seconds before the
    // first airborne fix, not the middle of the silence (2.4 min earlier).
    let first = p.get(6);
    assert_eq!(first.alt_ft, Some(550));
    let expected = first.t - i64::from(550 - cts.elevation_ft) * 60 / 2_000;
    assert_eq!(r.legs[0].takeoff, expected);
}

/// Rows on the ground (or taxiing) at `at` from `t`, every `step` s for
/// `secs` (`rows` is `(secs, step)`).
fn parked(
    p: &mut Points,
    t: i64,
    at: (f64, f64),
    alt: i32,
    kt: f32,
    rows: (i64, i64),
    ground: Ground,
) {
    let (secs, step) = rows;
    let mut s = 0;
    while s < secs {
        p.push(Point {
            alt_ft: Some(alt),
            gs_kt: Some(kt),
            vrate_fpm: Some(0.0),
            ground,
            ..Point::at(t + s, at.0, at.1)
        });
        s += step;
    }
}

#[test]
fn slow_flight_a_circuit_above_the_field_is_not_the_ground() {
    // GTEKV: a surveillance aircraft off Lydd (field 13 ft), no ground flag
    // in the file: lifts off, circles the field at 775 ft and 30 kt, then
    // patrols at 1,000 ft and 25-40 kt for an hour, comes back and lands.
    let lydd = airports().get("EGMD").unwrap();
    let mut p = Points::default();
    parked(
        &mut p,
        1_587_094_000,
        (lydd.lat, lydd.lon),
        0,
        5.0,
        (120, 10),
        Ground::Unknown,
    );
    let mut f = Fly::new(1_587_094_120, (lydd.lat, lydd.lon), 0.0);
    f.go(&mut p, 40.0, 45.0, 700.0, 60, 10, Ground::Unknown);
    for leg in 0..8 {
        f.go(
            &mut p,
            f64::from(leg) * 90.0,
            30.0,
            0.0,
            40,
            10,
            Ground::Unknown,
        );
    }
    f.go(&mut p, 120.0, 35.0, 200.0, 60, 10, Ground::Unknown);
    f.go(&mut p, 120.0, 38.0, 0.0, 30 * 60, 10, Ground::Unknown);
    f.go(&mut p, 300.0, 28.0, 0.0, 30 * 60, 10, Ground::Unknown);
    f.alt = 1_000.0;
    f.go(&mut p, 300.0, 60.0, -480.0, 120, 10, Ground::Unknown);
    let landed = f.t + 5;
    parked(&mut p, f.t + 10, f.at, 0, 20.0, (120, 10), Ground::Unknown);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("EGMD".into(), "EGMD".into(), true, true)]);
    assert!(r.stopovers.is_empty());
    assert!((r.legs[0].landing - landed).abs() <= 10);
}

#[test]
fn taxiing_without_a_ground_flag_at_a_high_field_is_the_ground() {
    // El Alto (field 13,355 ft): rows without a flag read the field's
    // height while taxiing; the ground test is by height above the field,
    // not above the sea.
    let lp = airports().get("SLLP").unwrap();
    let (lat, lon, alt) = Fly::came((lp.lat, lp.lon), 13_355.0, 100.0, 140.0, -700.0, 5 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_700_000_000, (lat, lon), alt);
    f.go(&mut p, 100.0, 140.0, -700.0, 5 * 60, 5, Ground::Unknown);
    let landed = f.t;
    f.go(&mut p, 100.0, 60.0, 0.0, 20, 5, Ground::Unknown);
    parked(
        &mut p,
        f.t + 5,
        f.at,
        13_375,
        12.0,
        (300, 10),
        Ground::Unknown,
    );
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("-".into(), "SLLP".into(), false, true)]);
    assert!(
        (r.legs[0].landing - landed).abs() <= 30,
        "{}",
        r.legs[0].landing - landed
    );
}

/// 88NV, a dirt strip at 3,908 ft where the Cessna's pressure altitude
/// reads 3,650-3,700 ft on the ground: readsb rows flagged ground (no
/// altitude), parked for twenty minutes without rows.
fn black_rock(p: &mut Points, t: i64) -> (f64, f64) {
    let strip = airports().get("88NV").unwrap();
    parked(
        p,
        t,
        (strip.lat, strip.lon),
        0,
        15.0,
        (60, 5),
        Ground::Ground,
    );
    (strip.lat, strip.lon)
}

#[test]
fn airborne_flags_while_taxiing_do_not_cut_or_shift_the_takeoff() {
    let mut p = Points::default();
    let t0 = 1_693_418_000;
    let at = black_rock(&mut p, t0);
    // A stray airborne row at 4.5 kt 16 min later, then ground rows again.
    parked(&mut p, t0 + 16 * 60, at, 3_650, 4.5, (1, 1), Ground::Air);
    parked(&mut p, t0 + 17 * 60, at, 0, 10.0, (60, 5), Ground::Ground);
    // Twenty minutes later, two rows flagged airborne while taxiing at
    // 10 kt, then the takeoff run: 41 kt and faster, still reading 3,650 ft.
    let t1 = t0 + 38 * 60;
    parked(&mut p, t1, at, 3_700, 9.5, (30, 29), Ground::Air);
    let mut f = Fly::new(t1 + 30, at, 3_650.0);
    f.go(&mut p, 250.0, 41.0, 0.0, 10, 2, Ground::Air);
    f.go(&mut p, 250.0, 70.0, 700.0, 5 * 60, 5, Ground::Air);
    let r = run_as(p, Some("C172"));
    assert_eq!(summary(&r), [("88NV".into(), "-".into(), true, false)]);
    assert!(
        (r.legs[0].takeoff - (t1 + 31)).abs() <= 2,
        "{}",
        r.legs[0].takeoff - t1
    );
}

#[test]
fn a_first_row_accelerating_at_the_fields_height_is_a_lift_off_seen() {
    // Landed, taxied in, no rows for twenty minutes, then the first row is
    // airborne at 45 kt on the strip, reading below the field: the lift-off
    // is seen, and so is the stop.
    let strip = airports().get("88NV").unwrap();
    let mut p = Points::default();
    let (lat, lon, alt) = Fly::came((strip.lat, strip.lon), 3_650.0, 250.0, 65.0, -500.0, 3 * 60);
    let mut f = Fly::new(1_693_418_000, (lat, lon), alt);
    f.go(&mut p, 250.0, 65.0, -500.0, 3 * 60, 5, Ground::Air);
    let at = black_rock(&mut p, f.t + 5);
    let t1 = f.t + 5 + 20 * 60;
    let mut g = Fly::new(t1 - 2, (at.0 - 0.001, at.1 - 0.005), 3_650.0);
    g.go(&mut p, 250.0, 45.0, 0.0, 8, 2, Ground::Air);
    g.go(&mut p, 250.0, 70.0, 700.0, 5 * 60, 5, Ground::Air);
    let r = run_as(p, Some("C172"));
    assert_eq!(
        summary(&r),
        [
            ("-".into(), "88NV".into(), false, true),
            ("88NV".into(), "-".into(), true, false)
        ]
    );
    assert_eq!(r.legs[1].takeoff, t1);
    assert_eq!(r.stopovers.len(), 1);
    assert!(r.stopovers[0].observed);
}

#[test]
fn a_jet_first_seen_climbing_high_over_airports_came_from_none_of_them() {
    // EJA571: first seen climbing through 32,375 ft at 427 kt, 3 km from
    // Rancho Murieta and 16 km from Mather. Either is a guess: no origin.
    let mut p = Points::default();
    let mut f = Fly::new(1_693_437_036, (38.4906, -121.1400), 32_375.0);
    f.go(&mut p, 52.0, 427.0, 1_500.0, 10 * 60, 12, Ground::Air);
    let r = run_as(p, Some("C68A"));
    assert_eq!(summary(&r), [("-".into(), "-".into(), false, false)]);
    // The same climb first seen at 5,000 ft, 12 km out of Mather: Mather.
    let mhr = airports().get("KMHR").unwrap();
    let at = destination(mhr.lat, mhr.lon, 52.0, 12.0);
    let mut p = Points::default();
    let mut f = Fly::new(1_693_437_036, at, 5_000.0);
    f.go(&mut p, 52.0, 250.0, 2_500.0, 5 * 60, 12, Ground::Air);
    let r = run_as(p, Some("C68A"));
    assert_eq!(code(&r.legs[0].from), "KMHR", "{:?}", summary(&r));
}

/// V5-WEN: lost descending northbound through 8,775 ft towards the Afungi
/// airstrip (not in the table), found `silence` s later climbing
/// southbound through 10,075 ft 14 km away (real positions).
fn afungi(silence: i64) -> Points {
    let lost = (-11.0269, 40.4075);
    let (lat, lon, alt) = Fly::came(lost, 8_775.0, 358.0, 284.0, -1_600.0, 10 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_751_880_000, (lat, lon), alt);
    f.go(&mut p, 358.0, 284.0, -1_600.0, 10 * 60, 10, Ground::Air);
    let mut g = Fly::new(f.t + silence - 10, (-11.1088, 40.5010), 10_075.0);
    g.go(&mut p, 183.0, 290.0, 2_000.0, 10 * 60, 10, Ground::Air);
    p
}

#[test]
fn down_into_a_silence_and_up_out_of_it_near_one_place_is_a_stop_off_the_table() {
    // 38 minutes: time to descend, stand 20 min and climb back. No airport
    // in the table fits both sides (Mocimboa da Praia is behind the
    // aircraft, Mtwara is not where it comes back from): both ends null,
    // and no stopover, which needs an airport.
    let r = run_as(afungi(38 * 60), Some("E145"));
    assert_eq!(
        summary(&r),
        [
            ("-".into(), "-".into(), false, false),
            ("-".into(), "-".into(), false, false)
        ]
    );
    assert!(r.stopovers.is_empty());
    assert!(r.legs[0].gaps.is_empty() && r.legs[1].gaps.is_empty());
    // Fifteen minutes cannot hold that: one leg, with the gap.
    let r = run_as(afungi(15 * 60), Some("E145"));
    assert_eq!(r.legs.len(), 1, "{:?}", summary(&r));
    assert_eq!(r.legs[0].gaps.len(), 1);
}

#[test]
fn a_descent_before_and_a_climb_after_a_cruise_gap_are_no_stop() {
    // Down from FL370 to FL330 into an hour without data, up again after
    // it, 800 km further on: flown through, not a stop.
    let mut p = Points::default();
    let mut f = Fly::new(0, (10.0, -40.0), 37_000.0);
    f.go(&mut p, 90.0, 450.0, -1_000.0, 4 * 60, 20, Ground::Air);
    let at = destination(f.at.0, f.at.1, 90.0, 450.0 * 1.852);
    let mut g = Fly::new(f.t + 3_600, at, 33_000.0);
    g.go(&mut p, 90.0, 450.0, 1_000.0, 4 * 60, 20, Ground::Air);
    let r = run_as(p, None);
    assert_eq!(summary(&r), [("-".into(), "-".into(), false, false)]);
    assert_eq!(r.legs[0].gaps.len(), 1);
}

#[test]
fn two_sources_disagreeing_on_the_runway_give_one_landing() {
    // JAL516 at Haneda from two sources at once: one reports altitude 0
    // (the ground) every 7 s during the rollout; the other flags every
    // second airborne, reading 25 ft to -75 ft. One landing, no legs of
    // seconds between them.
    let rjtt = airports().get("RJTT").unwrap();
    let touch = destination(rjtt.lat, rjtt.lon, 150.0, 2.5);
    let (lat, lon, alt) = Fly::came(touch, 25.0, 330.0, 135.0, -700.0, 5 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_704_185_000, (lat, lon), alt);
    f.go(&mut p, 330.0, 135.0, -700.0, 5 * 60, 1, Ground::Air);
    let landed = f.t;
    let mut b = Fly::new(f.t, f.at, 25.0);
    b.go(&mut p, 330.0, 123.0, -400.0, 15, 1, Ground::Air);
    // The other source: altitude 0 from the touchdown, every 7 s.
    let mut a = Fly::new(landed - 6, f.at, 0.0);
    a.go(&mut p, 330.0, 122.0, 0.0, 14, 7, Ground::Unknown);
    p.sort_dedup();
    let r = run_as(p, Some("A359"));
    assert_eq!(summary(&r), [("-".into(), "RJTT".into(), false, true)]);
    assert!((r.legs[0].landing - landed).abs() <= 2);
}

#[test]
fn a_takeoff_not_seen_is_timed_from_the_height_above_the_field() {
    // A 737 first seen climbing 1,333 ft above Kunming (a field near
    // 7,000 ft), 3 km out: it left about 40 s before at 2,000 ft/min, not
    // the four minutes its altitude above the sea would give.
    let zppp = airports().get("ZPPP").unwrap();
    let start = destination(zppp.lat, zppp.lon, 218.0, 3.0);
    let mut p = Points::default();
    let mut f = Fly::new(1_647_839_800, start, f64::from(zppp.elevation_ft) + 1_000.0);
    f.go(&mut p, 218.0, 180.0, 2_000.0, 10 * 60, 10, Ground::Air);
    let first = p.times()[0];
    let r = run_as(p, Some("B738"));
    assert_eq!(code(&r.legs[0].from), "ZPPP", "{:?}", summary(&r));
    assert!(
        (first - r.legs[0].takeoff - 40).abs() <= 2,
        "{}",
        first - r.legs[0].takeoff
    );
}

/// An A319 at 290 kt descending through 8,000 ft on a track of 27°, lost
/// 7.7 km south of Stockholm-Bromma with Arlanda 40 km ahead.
fn south_of_bromma(alt: f64, kt: f64, fpm: f64) -> Points {
    let essb = airports().get("ESSB").unwrap();
    let end = destination(essb.lat, essb.lon, 190.0, 7.7);
    let (lat, lon, alt0) = Fly::came(end, alt, 27.0, kt, fpm, 10 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_514_922_000, (lat, lon), alt0);
    f.go(&mut p, 27.0, kt, fpm, 10 * 60, 10, Ground::Air);
    p
}

#[test]
fn an_airliner_too_high_and_fast_for_the_nearest_field_is_not_landing_there() {
    let r = run_as(south_of_bromma(8_000.0, 290.0, -1_000.0), Some("A319"));
    assert_eq!(code(&r.legs[0].to), "ESSA", "{:?}", summary(&r));
    // Too fast alone: 260 kt at 2,000 ft, 7.7 km out, is not on final.
    let r = run_as(south_of_bromma(2_000.0, 260.0, -1_000.0), Some("A319"));
    assert_ne!(code(&r.legs[0].to), "ESSB", "{:?}", summary(&r));
    // The same place at 2,000 ft and 160 kt is an approach to Bromma.
    let r = run_as(south_of_bromma(2_000.0, 160.0, -800.0), Some("A319"));
    assert_eq!(code(&r.legs[0].to), "ESSB", "{:?}", summary(&r));
}

#[test]
fn an_airliner_first_seen_too_high_over_a_field_did_not_just_leave_it() {
    // An A319 first seen climbing through 8,200 ft on a track of 330°,
    // 14.6 km straight out from Le Bourget: 7.3° even with half the runway
    // and 3 km added to the distance, steeper than an airliner climbs. Le
    // Bourget is not its origin.
    let lfpb = airports().get("LFPB").unwrap();
    let first = destination(lfpb.lat, lfpb.lon, 330.0, 14.6);
    let (lat, lon, alt) = Fly::came(first, 8_200.0, 330.0, 255.0, 1_900.0, 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_514_922_720, (lat, lon), alt);
    f.go(&mut p, 330.0, 255.0, 1_900.0, 6 * 60, 60, Ground::Air);
    let r = run_as(p, Some("A319"));
    assert_ne!(code(&r.legs[0].from), "LFPB", "{:?}", summary(&r));
    // 3,000 ft above Charles de Gaulle 8 km out: it did.
    let lfpg = airports().get("LFPG").unwrap();
    let start = destination(lfpg.lat, lfpg.lon, 270.0, 8.0);
    let mut p = Points::default();
    let mut f = Fly::new(1_514_922_780, start, f64::from(lfpg.elevation_ft) + 3_000.0);
    f.go(&mut p, 270.0, 220.0, 2_000.0, 5 * 60, 10, Ground::Air);
    let r = run_as(p, Some("A319"));
    assert_eq!(code(&r.legs[0].from), "LFPG", "{:?}", summary(&r));
}

/// An airliner level at FL290 for ten minutes, then three minutes down at
/// `fpm` on a track of 257° and 240 kt (slow enough for the speed rule to
/// say nothing), ending 7 km short of Wuzhou at 2,500 ft.
fn down_towards_wuzhou(fpm: f64) -> Points {
    let zgwz = airports().get("ZGWZ").unwrap();
    let end = destination(zgwz.lat, zgwz.lon, 257.0 + 180.0, 7.0);
    let secs = ((29_000.0 - 2_500.0) / -fpm * 60.0) as i64;
    let (lat, lon, top) = Fly::came(end, 2_500.0, 257.0, 240.0, fpm, secs);
    let (lat, lon, _) = Fly::came((lat, lon), top, 257.0, 450.0, 0.0, 10 * 60);
    let mut p = Points::default();
    let mut f = Fly::new(1_647_842_000, (lat, lon), top);
    f.go(&mut p, 257.0, 450.0, 0.0, 10 * 60, 10, Ground::Air);
    f.go(&mut p, 257.0, 240.0, fpm, secs, 5, Ground::Air);
    p
}

#[test]
fn a_track_that_ends_in_a_dive_lands_nowhere() {
    // Falling at 8,000 ft/min at the last fix: no approach descends so
    // fast, so the airport 7 km ahead is not its destination.
    let r = run_as(down_towards_wuzhou(-8_000.0), Some("B738"));
    assert_eq!(summary(&r), [("-".into(), "-".into(), false, false)]);
    // The same end at 1,500 ft/min is an approach to Wuzhou.
    let r = run_as(down_towards_wuzhou(-1_500.0), Some("B738"));
    assert_eq!(summary(&r), [("-".into(), "ZGWZ".into(), false, false)]);
}
