//! Legs and stopovers: where each aircraft took off and landed, and how long
//! it stood on the ground in between, even when the data has holes.
//!
//! A point is on the ground when the source says so; otherwise when its
//! altitude reads 0 (Flightradar24's convention), or when it moves like a
//! taxiing aircraft (under 40 kt, not climbing or descending) no more than
//! 500 ft above the field (the nearest airport's elevation; sea level far
//! from any): a surveillance aircraft at 1,000 ft and 30 kt is flying, a
//! Cessna taxiing at a 3,900-ft strip is not. A *leg* runs from takeoff to
//! landing. A gap in coverage decides nothing by itself:
//!
//! - a gap at cruise (an ocean crossing) never cuts a leg; it is listed in
//!   the leg's `gaps`;
//! - a gap the aircraft enters arriving at an airport (descending towards
//!   it, or low and closing on it) and leaves climbing away from the same
//!   airport, long enough to land, stand and take off again, is an
//!   unobserved stopover: two legs, their ends marked not observed — at
//!   whatever height coverage stops (near regional airports it often
//!   stops above 10,000 ft);
//! - a gap entered descending and left climbing near one place, with time
//!   to go down, stand and climb back, is a stop even where the table has
//!   no airport: two legs that end and start at no airport (and no
//!   stopover, which names one);
//! - a gap the aircraft could not have flown through (under 60 kt on
//!   average for over an hour) also ends one leg and starts another;
//! - a track that starts or ends in the air gives a leg whose end is not
//!   observed, with an airport only when the geometry ties it to one (see
//!   `ends.rs`: going the right way, within reach of its height, less than
//!   10,000 ft above it, an airport the aircraft can use — an airliner is
//!   not sent to a farm strip).
//!
//! A first airborne point still at the field's height (altitude 0, or a
//! pressure altitude no higher than the field's elevation) and not
//! descending is the lift-off seen on the runway; points the source calls
//! airborne at altitude 0 or below, levelled off at landing speed near an
//! airport, are the rollout. Flags that disagree with the aircraft's
//! motion do not make flights: after the ground, rows called airborne at
//! taxi speed and the field's height are taxiing, and a stretch called
//! airborne between two reports of the ground less than a minute apart,
//! never above the field, is the runway (two sources of one aircraft, one
//! reporting the ground while the other still flags the rollout airborne).
//!
//! # Units
//! Times in Unix seconds, distances km, altitudes feet.

use crate::airports::{Airports, Candidate};
use crate::geo::{LatLon, haversine_km};
use crate::track::{Ground, Points, Track};

mod ends;

use ends::{Class, Side, Trend};

/// Tuning of the leg finder. The defaults are what the evaluation
/// (`cargo xtask eval routes`) is run with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// A silence longer than this is a coverage gap, seconds.
    pub gap_s: i64,
    /// Radius for matching an observed lift-off or touchdown, km.
    pub observed_radius_km: f64,
    /// Radius for inferring an airport from a low point at a gap or at the
    /// edge of the data, km.
    pub inferred_radius_km: f64,
    /// In level flight, below this altitude a point may be tied to a
    /// nearby airport (a circuit, a low pass); above it, level flight is
    /// cruise and ties it to none. An end the data does not show that is
    /// not one side of a stop is tied only to an airport the aircraft is
    /// less than this high above, climbing or not. Feet.
    pub low_ft: i32,
    /// Radius for inferring an airport from an aircraft seen descending
    /// towards it or climbing away from it, km (further candidates must also
    /// be within reach of its height, see `ends.rs`).
    pub approach_radius_km: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            gap_s: 600,
            observed_radius_km: 12.0,
            inferred_radius_km: 40.0,
            low_ft: 10_000,
            approach_radius_km: 80.0,
        }
    }
}

/// An airport at one end of a leg.
#[derive(Debug, Clone, PartialEq)]
pub struct End {
    /// The chosen airport and its distance from the lift-off or touchdown
    /// point (or from the last low point, when inferred).
    pub airport: Candidate,
    /// Other airports nearly as likely, best first.
    pub alternatives: Vec<Candidate>,
    /// True when the airport is inferred from a point in the air rather than
    /// from the aircraft on the ground.
    pub inferred: bool,
}

/// A stretch of a leg with no data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    /// Last time seen before the gap.
    pub start: i64,
    /// First time seen after it.
    pub end: i64,
    /// Great-circle distance across the gap, km.
    pub km: f64,
    /// Last position before the gap, degrees.
    pub from: (f64, f64),
    /// First position after it, degrees.
    pub to: (f64, f64),
}

/// One flight from takeoff to landing.
#[derive(Debug, Clone, PartialEq)]
pub struct Leg {
    /// Index of the aircraft's track in the dataset.
    pub track: usize,
    /// Departure airport, `None` when no airport is near enough.
    pub from: Option<End>,
    /// Arrival airport, `None` when no airport is near enough.
    pub to: Option<End>,
    /// Takeoff time (estimated when not observed).
    pub takeoff: i64,
    /// Landing time (estimated, or the last point, when not observed).
    pub landing: i64,
    /// Whether the takeoff is in the data.
    pub takeoff_observed: bool,
    /// Whether the landing is in the data.
    pub landing_observed: bool,
    /// Geodesic distance on the WGS 84 ellipsoid between the airports (or
    /// the leg's first and last points when an airport is unknown), km.
    pub distance_km: f64,
    /// Distance along the track, gaps counted as great circles, km.
    pub flown_km: f64,
    /// Highest altitude seen, feet.
    pub max_altitude_ft: Option<i32>,
    /// Coverage gaps inside the leg.
    pub gaps: Vec<Gap>,
    /// Indices of the leg's first and last airborne points in the track.
    pub points: (usize, usize),
}

impl Leg {
    /// Landing minus takeoff, seconds.
    pub fn duration_s(&self) -> i64 {
        self.landing - self.takeoff
    }
}

/// Time on the ground at one airport between two legs.
#[derive(Debug, Clone, PartialEq)]
pub struct Stopover {
    /// Index of the aircraft's track.
    pub track: usize,
    /// Where.
    pub airport: Candidate,
    /// Landing of the leg before.
    pub arrival: i64,
    /// Takeoff of the leg after.
    pub departure: i64,
    /// True when both the landing and the takeoff are in the data.
    pub observed: bool,
    /// Indices (into the returned legs) of the legs before and after.
    pub legs: (usize, usize),
}

impl Stopover {
    /// Departure minus arrival, seconds.
    pub fn ground_time_s(&self) -> i64 {
        self.departure - self.arrival
    }
}

/// Legs and stopovers of all tracks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Routes {
    /// Every leg, by track then time.
    pub legs: Vec<Leg>,
    /// Every stopover, by track then time.
    pub stopovers: Vec<Stopover>,
}

/// Finds legs and stopovers in every track.
pub fn find(tracks: &[Track], airports: &'static Airports, opt: &Options) -> Routes {
    let mut routes = Routes::default();
    for (ti, t) in tracks.iter().enumerate() {
        let first = routes.legs.len();
        routes.legs.extend(legs_of(ti, t, airports, opt));
        for i in first + 1..routes.legs.len() {
            let (a, b) = (&routes.legs[i - 1], &routes.legs[i]);
            if let (Some(to), Some(from)) = (&a.to, &b.from)
                && to.airport.airport.icao == from.airport.airport.icao
                && b.takeoff >= a.landing
            {
                routes.stopovers.push(Stopover {
                    track: ti,
                    airport: to.airport.clone(),
                    arrival: a.landing,
                    departure: b.takeoff,
                    observed: a.landing_observed && b.takeoff_observed,
                    legs: (i - 1, i),
                });
            }
        }
    }
    routes
}

/// How far above the field's elevation a pressure altitude may read on the
/// ground, feet: about 27 ft per hPa, so a field reads within a few hundred
/// feet of its elevation on all but stormy days. An aircraft flying slowly
/// a circuit's height above the field (600–1,000 ft) is well above it.
const FIELD_MARGIN_FT: i32 = 500;

/// Climbing or descending faster than this is flight, not taxiing, ft/min.
const LEVEL_FPM: f32 = 300.0;

/// Under this ground speed an aircraft may be taxiing, knots.
const TAXI_KT: f32 = 40.0;

/// The ground's elevation under an aircraft as far as the airport table
/// tells: the elevation of the nearest airport within the inferred radius,
/// else sea level. Looked up again only when the aircraft has moved more
/// than a kilometre since the last look-up (a taxiing aircraft needs one).
struct Field {
    airports: &'static Airports,
    radius_km: f64,
    last: Option<(f64, f64, i32)>,
}

impl Field {
    fn new(airports: &'static Airports, opt: &Options) -> Field {
        Field {
            airports,
            radius_km: opt.inferred_radius_km,
            last: None,
        }
    }

    /// Elevation near `(lat, lon)`, feet.
    fn elevation(&mut self, lat: f64, lon: f64) -> i32 {
        if let Some((la, lo, e)) = self.last {
            // A kilometre is about 0.009° of latitude; longitude degrees
            // shrink towards the poles, so this is stricter there.
            if (la - lat).abs() < 0.009 && (lo - lon).abs() < 0.009 {
                return e;
            }
        }
        let e = self
            .airports
            .near(lat, lon, self.radius_km)
            .first()
            .map_or(0, |c| c.airport.elevation_ft);
        self.last = Some((lat, lon, e));
        e
    }

    /// Whether point `i` reads no more than [`FIELD_MARGIN_FT`] above the
    /// ground (true when its altitude is unknown).
    fn low(&mut self, p: &Points, i: usize) -> bool {
        match p.alt_ft(i) {
            None => true,
            Some(a) if a <= 0 => true,
            Some(a) => a - self.elevation(p.lat(i), p.lon(i)) <= FIELD_MARGIN_FT,
        }
    }
}

/// Whether point `i` moves like an aircraft on the ground: under taxi
/// speed and neither climbing nor descending (by its vertical rate, when
/// the source gives one).
fn taxi_like(p: &Points, i: usize) -> bool {
    p.gs_kt(i).is_some_and(|s| s < TAXI_KT) && p.vrate_fpm(i).is_none_or(|v| v.abs() < LEVEL_FPM)
}

/// Ground or air, point by point, with one-point glitches smoothed away.
///
/// Without a flag from the source, a point is on the ground when its
/// altitude reads 0 or below (Flightradar24's convention), or when it moves
/// like a taxiing aircraft (slow, level) at the field's height; speed alone
/// decides nothing, since aircraft fly at 25–40 kt (surveillance aircraft,
/// light aircraft into wind, helicopters).
fn states(p: &Points, airports: &'static Airports, opt: &Options) -> Vec<bool> {
    let n = p.len();
    let mut field = Field::new(airports, opt);
    let mut g: Vec<bool> = (0..n)
        .map(|i| match p.ground(i) {
            Ground::Ground => true,
            Ground::Air => false,
            Ground::Unknown => {
                p.alt_ft(i).is_some_and(|a| a <= 0) || (taxi_like(p, i) && field.low(p, i))
            }
        })
        .collect();
    // No aircraft rolls on the ground at airliner cruise speeds.
    for (i, gi) in g.iter_mut().enumerate() {
        if *gi && p.gs_kt(i).is_some_and(|s| s > 250.0) {
            *gi = false;
        }
    }
    // An aircraft leaves the ground by flying: after it was on the ground,
    // rows the source calls airborne while it still taxis at the field's
    // height are a stray flag (readsb sends some while taxiing), not a
    // takeoff, however long the silence before them.
    for i in 1..n {
        if !g[i] && g[i - 1] && p.ground(i) == Ground::Air && taxi_like(p, i) && field.low(p, i) {
            g[i] = true;
        }
    }
    // A lone point that disagrees with both neighbours, close in time, is
    // noise: an airborne blip while taxiing, or a false on-ground report in
    // flight (some transponders send those, and OpenSky then drops the
    // altitude), recognised by its own altitude or by airborne neighbours
    // well above the ground.
    let t = p.times();
    let high = |i: usize| p.alt_ft(i).is_some_and(|a| a > 1_500);
    for i in 1..n.saturating_sub(1) {
        if g[i - 1] == g[i + 1] && g[i] != g[i - 1] && t[i + 1] - t[i - 1] <= 300 {
            let bogus_air = !g[i] && p.alt_ft(i).is_none_or(|a| a < 1_500);
            let bogus_ground =
                g[i] && (p.alt_ft(i).is_some_and(|a| a > 2_000) || (high(i - 1) && high(i + 1)));
            if bogus_air || bogus_ground {
                g[i] = g[i - 1];
            }
        }
    }
    rollouts(p, &mut g, airports, opt);
    bounces(p, &mut g, &mut field);
    g
}

/// On the ground again within this many seconds of leaving it, never
/// higher than the field: the aircraft did not fly (see [`bounces`]).
const BOUNCE_S: i64 = 60;

/// Marks as ground the short airborne stretches between two points on the
/// ground (at most [`BOUNCE_S`] from the one to the other) in which the
/// aircraft never reads more than [`FIELD_MARGIN_FT`] above the field and
/// never rolls faster than 250 kt. Two sources of one aircraft disagree
/// like this on a runway: one reports the ground while the other still
/// flags the rollout airborne a second later; an aircraft that really
/// takes off again (a touch-and-go) climbs away and is not back on the
/// ground within the minute.
fn bounces(p: &Points, g: &mut [bool], field: &mut Field) {
    let n = p.len();
    let t = p.times();
    let mut i = 1;
    while i < n {
        if g[i] || !g[i - 1] {
            i += 1;
            continue;
        }
        let s = i;
        while i < n && !g[i] && t[i] - t[s - 1] <= BOUNCE_S {
            i += 1;
        }
        if i < n
            && g[i]
            && t[i] - t[s - 1] <= BOUNCE_S
            && (s..i).all(|k| p.gs_kt(k).is_none_or(|v| v <= 250.0))
            && (s..i).all(|k| field.low(p, k))
        {
            g[s..i].iter_mut().for_each(|x| *x = true);
        }
        i = i.max(s + 1);
    }
}

/// Marks as ground the runs of points the source calls airborne at
/// altitude 0 or below that are a rollout: at least three points over eight
/// seconds or more, at landing speed (180 kt at most, all known), near an
/// airport, and either no longer descending like an approach (under 450
/// ft/min from the run's first altitude to the median of its last three)
/// or slowing by 15 kt, and not climbing away within the minute after.
/// Some feeds keep the airborne flag through the rollout (Flightradar24's
/// granular export at Haneda). On a high-pressure day an approach can read
/// below 0 while still in the air, but it is still descending at 600–800
/// ft/min, or it goes around.
///
/// Points already on the ground inside a run (a second source of the same
/// aircraft reporting the ground, seconds apart) join it rather than cut
/// it, when the run goes on within [`BRIDGE_S`].
fn rollouts(p: &Points, g: &mut [bool], airports: &'static Airports, opt: &Options) {
    let n = p.len();
    let t = p.times();
    let at_zero = |i: usize| p.ground(i) == Ground::Air && p.alt_ft(i).is_some_and(|a| a <= 0);
    let mut i = 0;
    while i < n {
        if !at_zero(i) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i;
        let mut j = i + 1;
        while j < n {
            if at_zero(j) && (j == e + 1 || t[j] - t[e] <= BRIDGE_S) {
                e = j;
            } else if !(g[j] && t[j] - t[e] <= BRIDGE_S) {
                break;
            }
            j += 1;
        }
        i = e + 1;
        let zero: Vec<usize> = (s..=e).filter(|&k| at_zero(k)).collect();
        let span = t[e] - t[s];
        if zero.len() < 3 || span < 8 {
            continue;
        }
        let Some(speeds) = zero
            .iter()
            .map(|&k| p.gs_kt(k))
            .collect::<Option<Vec<f32>>>()
        else {
            continue;
        };
        if speeds.iter().any(|&v| v > 180.0) {
            continue;
        }
        let mut last: Vec<i32> = zero[zero.len() - 3..]
            .iter()
            .filter_map(|&k| p.alt_ft(k))
            .collect();
        last.sort_unstable();
        let first = p.alt_ft(s).unwrap_or(0);
        let fpm = f64::from(first - last[1]) * 60.0 / span as f64;
        let slowing = speeds[0] - speeds[speeds.len() - 1] >= 15.0;
        // A go-around climbs away within the minute; a rollout does not.
        let climbs_away = (i..n)
            .take_while(|&k| t[k] - t[e] <= 60)
            .any(|k| p.alt_ft(k).is_some_and(|a| a > first + 200));
        if (fpm < 450.0 || slowing)
            && !climbs_away
            && airports
                .best_match(p.lat(s), p.lon(s), opt.observed_radius_km)
                .is_some()
        {
            g[s..=e].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// A rollout goes on across points already on the ground when it resumes
/// within this many seconds (see [`rollouts`]).
const BRIDGE_S: i64 = 10;

/// The airport of a lift-off or touchdown seen on the ground: the best
/// within the observed radius.
fn observed(p: &Points, i: usize, airports: &'static Airports, opt: &Options) -> Option<End> {
    let (best, alternatives) = airports.best_match(p.lat(i), p.lon(i), opt.observed_radius_km)?;
    Some(End {
        airport: best,
        alternatives,
        inferred: false,
    })
}

/// Whether airborne point `i` is still on the runway, and at which airport
/// (`Some(None)` when no airport is near): it reads altitude 0 or below
/// (Flightradar24's convention), or no higher than the elevation of the
/// airport it is on (a pressure altitude on the ground often reads below
/// the field).
fn on_runway(
    p: &Points,
    i: usize,
    airports: &'static Airports,
    opt: &Options,
) -> Option<Option<End>> {
    let alt = p.alt_ft(i)?;
    let at = observed(p, i, airports, opt);
    if alt <= 0 {
        return Some(at);
    }
    at.filter(|e| alt <= e.airport.airport.elevation_ft)
        .map(Some)
}

/// Seconds to climb to (or descend from) the altitude of point `i` from
/// the field of `end` at `fpm`: its height above that airport's elevation
/// (above the sea when no airport is named), so a jet first seen 1,000 ft
/// over a field at 6,900 ft left it half a minute before, not four.
fn climb_time(p: &Points, i: usize, fpm: f64, end: Option<&End>) -> i64 {
    let field = end.map_or(0, |e| e.airport.airport.elevation_ft);
    let height = p.alt_ft(i).map_or(0, |a| a.saturating_sub(field).max(0));
    (f64::from(height) / fpm * 60.0) as i64
}

/// Distance along points `a..=b`, km: the equirectangular approximation
/// step by step, exact enough for steps under a few hundred km and much
/// cheaper than the haversine on tens of millions of points. The cosine of
/// the latitude is recomputed only when the latitude has moved by more than
/// a tenth of a degree (an error under 0.02%). Steps over a degree, across
/// coverage gaps, are great circles.
fn flown_km(p: &Points, a: usize, b: usize) -> f64 {
    let (mut sum, mut big) = (0.0, 0.0);
    let (mut cos_at, mut cos) = (f64::NAN, 1.0);
    for k in a + 1..=b {
        let (la, lb) = (p.lat(k - 1), p.lat(k));
        if cos_at.is_nan() || (la - cos_at).abs() >= 0.1 {
            cos_at = la;
            cos = la.to_radians().cos();
        }
        let mut dl = (p.lon(k) - p.lon(k - 1)).abs();
        if dl > 180.0 {
            dl = 360.0 - dl;
        }
        let y = lb - la;
        if dl > 1.0 || y.abs() > 1.0 {
            // A long step (across a coverage gap): the great circle.
            big += haversine_km(la, p.lon(k - 1), lb, p.lon(k));
            continue;
        }
        let x = dl * cos;
        sum += (x * x + y * y).sqrt();
    }
    sum.to_radians() * crate::geo::EARTH_RADIUS_KM + big
}

struct Open {
    start: usize,
    takeoff: i64,
    takeoff_observed: bool,
    from: Option<End>,
    gaps: Vec<Gap>,
}

fn legs_of(track: usize, tr: &Track, airports: &'static Airports, opt: &Options) -> Vec<Leg> {
    let p = &tr.points;
    let n = p.len();
    let t = p.times();
    let ground = states(p, airports, opt);
    // What the aircraft can use, worked out the first time an end has to
    // be guessed (most tracks need none: every end is seen on the ground).
    let mut class: Option<Class> = None;
    let mut class_of = || *class.get_or_insert_with(|| Class::of(&tr.identity, p, &ground));
    let candidates = |i: usize, side: Side, class: Class| {
        let trend = Trend::at(p, &ground, i, side, opt.gap_s);
        ends::candidates(p, i, side, &trend, class, airports, opt)
    };
    let mut legs = Vec::new();
    let mut open: Option<Open> = None;
    let close =
        |o: Open, last: usize, landing: i64, landing_observed: bool, to: Option<End>| -> Leg {
            let flown = flown_km(p, o.start, last);
            let max_alt = (o.start..=last).filter_map(|k| p.alt_ft(k)).max();
            let ends = |e: &Option<End>, i: usize| {
                e.as_ref().map_or(LatLon::new(p.lat(i), p.lon(i)), |e| {
                    e.airport.airport.position()
                })
            };
            let (a, b) = (ends(&o.from, o.start), ends(&to, last));
            Leg {
                track,
                from: o.from,
                to,
                takeoff: o.takeoff,
                landing: landing.max(o.takeoff),
                takeoff_observed: o.takeoff_observed,
                landing_observed,
                distance_km: a.geodesic_km(b),
                flown_km: flown,
                max_altitude_ft: max_alt,
                gaps: o.gaps,
                points: (o.start, last),
            }
        };
    for k in 0..n {
        let dt = if k > 0 { t[k] - t[k - 1] } else { 0 };
        // The common cases, cheaply: still flying with data, or still on the ground.
        let unchanged = if open.is_some() {
            !ground[k] && dt <= opt.gap_s
        } else {
            ground[k]
        };
        if unchanged {
            continue;
        }
        match open.take() {
            Some(mut o) => {
                if ground[k] {
                    // Touchdown between the last airborne point and this one.
                    let to = observed(p, k, airports, opt);
                    let landing = if dt <= 300 {
                        t[k - 1] + dt / 2
                    } else {
                        t[k - 1] + climb_time(p, k - 1, 1_500.0, to.as_ref()).min(dt)
                    };
                    legs.push(close(o, k - 1, landing, true, to));
                } else if dt > opt.gap_s {
                    let km = haversine_km(p.lat(k - 1), p.lon(k - 1), p.lat(k), p.lon(k));
                    let kt = km / 1.852 / (dt as f64 / 3600.0);
                    let c = class_of();
                    let before = candidates(k - 1, Side::Arriving, c);
                    let after = candidates(k, Side::Leaving, c);
                    // Arriving at an airport and leaving the same one, with time
                    // for a stop: that airport, even if another is nearer to
                    // either point. Else down into the silence and up out of
                    // it near one place, with time for a stop: a stop where
                    // the table has no airport (both ends unknown, since no
                    // one airport fits both sides). Else a silence too slow
                    // to have been flown.
                    let trends = (
                        Trend::at(p, &ground, k - 1, Side::Arriving, opt.gap_s),
                        Trend::at(p, &ground, k, Side::Leaving, opt.gap_s),
                    );
                    let ends = ends::stop_across(p, c, (k - 1, &before), (k, &after))
                        .map(|(a, b)| (Some(a), Some(b)))
                        .or_else(|| {
                            ends::stop_off_table(
                                p,
                                c,
                                (k - 1, &trends.0),
                                (k, &trends.1),
                                airports,
                                opt,
                            )
                            .then_some((None, None))
                        })
                        .or_else(|| {
                            (kt < 60.0 && dt > 3_600).then(|| {
                                (
                                    ends::lone_end(p, k - 1, &before, opt),
                                    ends::lone_end(p, k, &after, opt),
                                )
                            })
                        });
                    if let Some((a, b)) = ends {
                        let landing =
                            t[k - 1] + climb_time(p, k - 1, 1_500.0, a.as_ref()).min(dt / 2);
                        let takeoff = t[k] - climb_time(p, k, 2_000.0, b.as_ref()).min(dt / 2);
                        legs.push(close(o, k - 1, landing, false, a));
                        open = Some(Open {
                            start: k,
                            takeoff,
                            takeoff_observed: false,
                            from: b,
                            gaps: Vec::new(),
                        });
                    } else {
                        o.gaps.push(Gap {
                            start: t[k - 1],
                            end: t[k],
                            km,
                            from: (p.lat(k - 1), p.lon(k - 1)),
                            to: (p.lat(k), p.lon(k)),
                        });
                        open = Some(o);
                    }
                } else {
                    open = Some(o);
                }
            }
            None if !ground[k] => {
                let after_ground = k > 0 && ground[k - 1];
                open = Some(if after_ground && dt <= opt.gap_s {
                    let from = observed(p, k - 1, airports, opt);
                    // Lift-off in a silence of minutes: back from the first
                    // airborne height (2,000 ft/min above the field), not the
                    // middle of the silence.
                    let takeoff = if dt > 120 {
                        let field = from.as_ref().map_or(0, |e| e.airport.airport.elevation_ft);
                        let up = p.alt_ft(k).map_or(0, |a| (a - field).max(0));
                        (t[k] - i64::from(up) * 60 / 2_000).max(t[k - 1])
                    } else {
                        t[k - 1] + dt / 2
                    };
                    Open {
                        start: k,
                        takeoff,
                        takeoff_observed: true,
                        from,
                        gaps: Vec::new(),
                    }
                } else if let Some(from) = on_runway(p, k, airports, opt)
                    && !Trend::at(p, &ground, k, Side::Leaving, opt.gap_s).descending
                {
                    // Still at the field's height, not descending (a jet
                    // that left the runway at 260 kt reading altitude 0, a
                    // Cessna accelerating down a dirt strip after twenty
                    // minutes without rows): the lift-off is seen.
                    Open {
                        start: k,
                        takeoff: t[k],
                        takeoff_observed: true,
                        from,
                        gaps: Vec::new(),
                    }
                } else {
                    let from = ends::lone_end(p, k, &candidates(k, Side::Leaving, class_of()), opt);
                    let back = climb_time(p, k, 2_000.0, from.as_ref());
                    Open {
                        start: k,
                        takeoff: if after_ground {
                            t[k] - back.min(dt)
                        } else {
                            t[k] - back
                        },
                        takeoff_observed: false,
                        from,
                        gaps: Vec::new(),
                    }
                });
            }
            None => {}
        }
    }
    if let Some(o) = open {
        let last = n - 1;
        let to = ends::lone_end(p, last, &candidates(last, Side::Arriving, class_of()), opt);
        legs.push(close(o, last, t[last], false, to));
    }
    legs
}

#[cfg(test)]
mod rule_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::airports::airports;
    use crate::track::Point;

    /// A simple flight between two airports: ground, climb, cruise, descent,
    /// ground, one point a minute, with optional silence between fractions.
    fn fly(points: &mut Points, from: &str, to: &str, t0: i64, silent: (f64, f64)) -> i64 {
        let (a, b) = (airports().get(from).unwrap(), airports().get(to).unwrap());
        let km = a.position().haversine_km(b.position());
        let minutes = (km / 13.0).ceil() as i64 + 10; // ~780 km/h
        let mut t = t0;
        for _ in 0..5 {
            points.push(Point {
                ground: Ground::Unknown,
                alt_ft: Some(0),
                gs_kt: Some(10.0),
                ..Point::at(t, a.lat, a.lon)
            });
            t += 60;
        }
        for m in 0..=minutes {
            let f = m as f64 / minutes as f64;
            let alt = (f.min(1.0 - f) * 200_000.0).min(35_000.0) as i32 + 500;
            if f > silent.0 && f < silent.1 {
                t += 60;
                continue;
            }
            let LatLon { lat, lon } = a.position().towards(b.position(), f);
            points.push(Point {
                alt_ft: Some(alt),
                gs_kt: Some(420.0),
                ..Point::at(t, lat, lon)
            });
            t += 60;
        }
        for _ in 0..5 {
            points.push(Point {
                alt_ft: Some(0),
                gs_kt: Some(12.0),
                ..Point::at(t, b.lat, b.lon)
            });
            t += 60;
        }
        t
    }

    fn run(p: Points) -> Routes {
        let tracks = [Track {
            points: p,
            ..Track::default()
        }];
        find(&tracks, airports(), &Options::default())
    }

    fn icao(e: &Option<End>) -> &str {
        e.as_ref().map_or("-", |e| e.airport.airport.icao)
    }

    #[test]
    fn two_legs_and_an_observed_stopover() {
        let mut p = Points::default();
        let t = fly(&mut p, "LTFM", "UUWW", 1_548_230_000, (2.0, 2.0));
        fly(&mut p, "UUWW", "SVMI", t + 14 * 3600, (0.3, 0.7));
        let r = run(p);
        assert_eq!(r.legs.len(), 2);
        assert_eq!(
            (icao(&r.legs[0].from), icao(&r.legs[0].to)),
            ("LTFM", "UUWW")
        );
        assert_eq!(
            (icao(&r.legs[1].from), icao(&r.legs[1].to)),
            ("UUWW", "SVMI")
        );
        assert!(
            r.legs
                .iter()
                .all(|l| l.takeoff_observed && l.landing_observed)
        );
        // Airport to airport along the ellipsoid.
        for l in &r.legs {
            let (a, b) = (l.from.as_ref().unwrap(), l.to.as_ref().unwrap());
            let d = a
                .airport
                .airport
                .position()
                .geodesic_km(b.airport.airport.position());
            assert_eq!(l.distance_km, d);
        }
        assert_eq!(r.legs[1].gaps.len(), 1, "the ocean gap is listed, not cut");
        assert!(r.legs[1].gaps[0].km > 3_000.0);
        assert_eq!(r.stopovers.len(), 1);
        let s = &r.stopovers[0];
        assert_eq!(s.airport.airport.icao, "UUWW");
        assert!(s.observed);
        // Five minutes taxiing in, fourteen hours parked, five minutes taxiing out.
        assert!(
            (s.ground_time_s() - (14 * 3600 + 10 * 60)).abs() <= 120,
            "{}",
            s.ground_time_s()
        );
    }

    #[test]
    fn silence_low_at_the_same_airport_is_an_unobserved_stopover() {
        let mut p = Points::default();
        // Fly to Dakar, lose coverage on short final, regain it after departure.
        let (a, b) = (
            airports().get("UUEE").unwrap(),
            airports().get("GOBD").unwrap(),
        );
        let mut t = 1_544_409_000;
        for m in 0..=100 {
            let f = f64::from(m) / 100.0;
            let LatLon { lat, lon } = a.position().towards(b.position(), f);
            let alt = if m == 0 {
                0
            } else {
                ((1.0 - f) * 350_000.0).min(33_000.0) as i32 + 800
            };
            p.push(Point {
                alt_ft: Some(alt),
                // Slowed to an approach speed on the last fix, short final.
                gs_kt: Some(match m {
                    0 => 5.0,
                    100 => 150.0,
                    _ => 430.0,
                }),
                ..Point::at(t, lat, lon)
            });
            t += 300;
        }
        // Ten hours later, climbing out of Dakar towards Asunción at 250 kt
        // and 2,000 ft/min (3.9 km and 1,000 ft every 30 s).
        t += 10 * 3600;
        let c = airports().get("SGAS").unwrap();
        let across = haversine_km(b.lat, b.lon, c.lat, c.lon);
        for m in 1..=20 {
            let f = f64::from(m) * 3.9 / across;
            let LatLon { lat, lon } = b.position().towards(c.position(), f);
            p.push(Point {
                alt_ft: Some(m * 1_000),
                gs_kt: Some(250.0),
                ..Point::at(t, lat, lon)
            });
            t += 30;
        }
        let r = run(p);
        assert_eq!(
            r.legs.len(),
            2,
            "{:?}",
            r.legs
                .iter()
                .map(|l| (icao(&l.from), icao(&l.to)))
                .collect::<Vec<_>>()
        );
        assert_eq!(icao(&r.legs[0].to), "GOBD");
        assert!(!r.legs[0].landing_observed);
        assert_eq!(icao(&r.legs[1].from), "GOBD");
        assert!(!r.legs[1].takeoff_observed);
        assert_eq!(r.stopovers.len(), 1);
        assert!(!r.stopovers[0].observed);
    }

    #[test]
    fn a_track_that_starts_and_ends_at_cruise_names_no_airport() {
        let mut p = Points::default();
        for m in 0..60 {
            p.push(Point {
                alt_ft: Some(36_000),
                gs_kt: Some(480.0),
                ..Point::at(m * 60, 10.0, -30.0 + f64::from(m as i32) * 0.13)
            });
        }
        let r = run(p);
        assert_eq!(r.legs.len(), 1);
        let l = &r.legs[0];
        assert!(!l.takeoff_observed && !l.landing_observed);
        assert!(l.from.is_none() && l.to.is_none());
    }

    #[test]
    fn crossing_the_antimeridian_is_one_leg() {
        let mut p = Points::default();
        fly(&mut p, "RJAA", "PANC", 1_600_000_000, (0.2, 0.8));
        let r = run(p);
        assert_eq!(r.legs.len(), 1);
        assert_eq!(
            (icao(&r.legs[0].from), icao(&r.legs[0].to)),
            ("RJAA", "PANC")
        );
        let l = &r.legs[0];
        assert!(
            l.flown_km < l.distance_km * 1.05,
            "{} vs {}",
            l.flown_km,
            l.distance_km
        );
    }

    #[test]
    fn empty_and_single_point_tracks_are_fine() {
        assert!(run(Points::default()).legs.is_empty());
        let mut p = Points::default();
        p.push(Point::at(0, 1.0, 1.0));
        assert!(run(p).legs.len() <= 1);
    }
}
