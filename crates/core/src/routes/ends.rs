//! The airport at an end the data does not show: where an aircraft that is
//! lost in the air was going, where one first seen in the air came from,
//! and whether a silence is a stop on the ground.
//!
//! No stop hangs on a fixed altitude (coverage near regional airports
//! often ends above 10,000 ft). An end is tied to an airport only when the
//! geometry says so:
//!
//! - the aircraft is going the right way: an end of data that is climbing
//!   is no landing, a start that is descending is no takeoff;
//! - the airport is within reach of its height: no further than a shallow
//!   (about 2.3°) descent or climb from its height above the field, from
//!   the runway's end plus 3 km, so a helicopter at 1,200 ft is not
//!   "departing" a field 15 km away;
//! - the aircraft is closing on the airport it is said to land at, or
//!   opening from the one it left (when it has moved enough to tell), and
//!   well lined up when it is high;
//! - the aircraft can use it (see [`Class`]): an airliner lost on the
//!   approach to Spokane goes to Spokane International, not to the farm
//!   strip under the track; a helicopter gets an airport only when it is
//!   over one, since it may land at a hospital.
//!
//! An end that is not one side of a stop is tied only to an airport the
//! aircraft is less than `Options::low_ft` (10,000 ft) above: higher, it
//! is no longer in one airport's approach or departure.
//!
//! A silence is a stop when the aircraft was arriving at an airport before
//! it and leaving the same airport after it, with time to land, stand and
//! take off again; or, where no airport in the table fits both sides, when
//! it went into the silence descending and came out climbing near one
//! place, with time to go down, stand and climb back (the stop's place is
//! then unknown).
//!
//! # Units
//! Times in Unix seconds, distances km, altitudes feet, speeds knots.

use crate::airports::{Airport, Airports, Candidate, Kind};
use crate::track::{Ground, Identity, Points};

use super::{End, Options};

/// What an aircraft needs of an airport, from its type or how it flies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Airliners, heavy transports, business and military jets: known by
    /// their type, or flying high or fast. An airport such an aircraft is
    /// guessed to use has scheduled service or a long runway.
    Jet,
    /// Helicopters: known by their type, or hovering (slow while the source
    /// says airborne). They land at hospitals and fields no table has, so an
    /// airport is guessed only when the helicopter is over it.
    Rotor,
    /// Anything else (light aircraft, turboprops, unknown): the nearest
    /// field, large airports slightly preferred.
    Other,
}

/// ICAO type designators of helicopters common in flight data; a
/// trailing `*` matches any designator that begins so.
const ROTOR_TYPES: &[&str] = &[
    "EC2*", "EC3*", "EC4*", "EC5*", "EC7*", "H160", "H60", "H47", "H53", "AS3*", "AS5*", "AS6*",
    "A109", "A119", "A139", "A169", "A189", "B06*", "B212", "B407", "B412", "B429", "B505", "BK17",
    "R22", "R44", "R66", "S61", "S76", "S92", "NH90", "MI8", "MI24", "UH1", "EH10", "V22",
];

/// ICAO type designators of airliners and heavy jets (`*` as above).
const JET_TYPES: &[&str] = &[
    "A3*", "A19N", "A20N", "A21N", "B7*", "B37M", "B38M", "B39M", "B3XM", "BCS1", "BCS3", "MD1*",
    "MD8*", "MD90", "DC10", "DC8*", "DC9*", "E170", "E75L", "E75S", "E190", "E195", "E290", "E295",
    "CRJ*", "IL62", "IL76", "IL96", "T134", "T154", "T204", "SU95", "A124", "A148", "A225", "AN12",
    "C17", "C5M", "K35R", "K35E", "KC10", "E3TF", "E3CF", "E6", "P8", "B52", "A400",
];

/// Whether designator `t` is in `list`.
fn listed(list: &[&str], t: &str) -> bool {
    list.iter().any(|e| match e.strip_suffix('*') {
        Some(prefix) => t.starts_with(prefix),
        None => t == *e,
    })
}

impl Class {
    /// The class of a track: by its type designator when known, else by
    /// how it flies (`ground` is the engine's ground/air reading of each
    /// point).
    pub fn of(id: &Identity, p: &Points, ground: &[bool]) -> Class {
        if let Some(t) = id.type_code.as_deref() {
            let t = t.trim().to_ascii_uppercase();
            if listed(ROTOR_TYPES, &t) {
                return Class::Rotor;
            }
            if listed(JET_TYPES, &t) {
                return Class::Jet;
            }
        }
        let (mut fast, mut hover) = (0, 0);
        for (i, g) in ground.iter().enumerate() {
            if *g {
                continue;
            }
            let gs = p.gs_kt(i);
            if gs.is_some_and(|s| s > 300.0) || p.alt_ft(i).is_some_and(|a| a >= 25_000) {
                fast += 1;
            } else if p.ground(i) == Ground::Air && gs.is_some_and(|s| s < 35.0) {
                hover += 1;
            }
        }
        if fast >= 3 {
            Class::Jet
        } else if hover >= 3 {
            Class::Rotor
        } else {
            Class::Other
        }
    }

    /// How many km of distance an airport's kind and service cost this
    /// class when guessing; `None` when the aircraft cannot use it.
    fn penalty_km(self, a: &Airport) -> Option<f64> {
        match self {
            Class::Rotor => Some(0.0),
            Class::Other => Some(a.kind.penalty_km()),
            Class::Jet => {
                let runway = a.runway_ft.unwrap_or(0);
                match a.kind {
                    Kind::Heliport | Kind::Seaplane => None,
                    _ if a.scheduled || a.kind == Kind::Large => Some(0.0),
                    _ if runway >= 7_000 => Some(5.0),
                    Kind::Medium => Some(15.0),
                    _ if runway >= 5_000 => Some(25.0),
                    _ => None,
                }
            }
        }
    }
}

/// Which end of a stretch of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The last point before a silence or the end of the data.
    Arriving,
    /// The first point after a silence or the start of the data.
    Leaving,
}

/// Distance between two points, km (the one place this module measures).
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    crate::geo::haversine_km(a.0, a.1, b.0, b.1)
}

/// How far from an airport's reference point an aircraft this high above
/// the field can be, km: a shallow (about 2.3°) slope from the runway's
/// end, the runway taken as reaching half its length from the reference
/// point (1 km when its length is unknown), plus 3 km.
fn reach_km(a: &Airport, height_ft: f64) -> f64 {
    let half_runway_km = a
        .runway_ft
        .map_or(1.0, |ft| f64::from(ft) * 0.0003048 / 2.0);
    3.0 + half_runway_km + slope_km(height_ft)
}

/// How far a shallow (about 2.3°) descent or climb goes from this height
/// above the ground, km.
fn slope_km(height_ft: f64) -> f64 {
    8.0 * height_ft.max(0.0) / 1_000.0
}

/// What the points next to one end say: the other end of up to five
/// minutes of data on the same side of it, and the height change towards
/// the end point.
#[derive(Debug, Clone, Copy)]
pub(super) struct Trend {
    /// The point at the far end of the window (the end point itself when
    /// there is no other).
    far: usize,
    /// Climbing towards `Arriving`'s end, or climbing away after
    /// `Leaving`'s start.
    pub(super) climbing: bool,
    /// Descending likewise.
    pub(super) descending: bool,
}

const WINDOW_S: i64 = 300;

impl Trend {
    /// The trend at point `i` seen from `side`, over points no further than
    /// [`WINDOW_S`] and with no silence between them.
    pub(super) fn at(p: &Points, ground: &[bool], i: usize, side: Side, gap_s: i64) -> Trend {
        let t = p.times();
        let mut far = i;
        match side {
            Side::Arriving => {
                while far > 0
                    && !ground[far - 1]
                    && t[i] - t[far - 1] <= WINDOW_S
                    && t[far] - t[far - 1] <= gap_s
                {
                    far -= 1;
                }
            }
            Side::Leaving => {
                while far + 1 < p.len()
                    && !ground[far + 1]
                    && t[far + 1] - t[i] <= WINDOW_S
                    && t[far + 1] - t[far] <= gap_s
                {
                    far += 1;
                }
            }
        }
        // Feet gained in time order across the window, else the vertical
        // rate at the end point scaled to a minute.
        let gained = match (p.alt_ft(i), p.alt_ft(far)) {
            (Some(a), Some(b)) if (t[i] - t[far]).abs() >= 30 => match side {
                Side::Arriving => Some(a - b),
                Side::Leaving => Some(b - a),
            },
            _ => p.vrate_fpm(i).map(|v| v as i32),
        };
        Trend {
            far,
            climbing: gained.is_some_and(|g| g >= 300),
            descending: gained.is_some_and(|g| g <= -300),
        }
    }

    /// Going the wrong way for this end: climbing at an arrival, or
    /// descending at a departure.
    fn wrong_way(&self, side: Side) -> bool {
        match side {
            Side::Arriving => self.climbing,
            Side::Leaving => self.descending,
        }
    }

    /// Neither climbing nor descending.
    fn level(&self) -> bool {
        !self.climbing && !self.descending
    }
}

/// The airports point `i` may be arriving at (or leaving), scored (lower is
/// better), best first. Empty when nothing ties the point to an airport.
pub(super) fn candidates(
    p: &Points,
    i: usize,
    side: Side,
    trend: &Trend,
    class: Class,
    airports: &'static Airports,
    opt: &Options,
) -> Vec<(Candidate, f64)> {
    if trend.wrong_way(side) || (side == Side::Arriving && diving(p, i)) {
        return Vec::new();
    }
    let alt = p.alt_ft(i);
    // Level at height is cruise: nothing ties it to an airport.
    let level = trend.level();
    if level && alt.is_some_and(|a| a >= opt.low_ft) {
        return Vec::new();
    }
    let mut radius = if level {
        opt.inferred_radius_km
    } else {
        opt.approach_radius_km
    };
    if class == Class::Rotor {
        radius = radius.min(ROTOR_RADIUS_KM);
    }
    let here = (p.lat(i), p.lon(i));
    let there = (p.lat(trend.far), p.lon(trend.far));
    let moved = km(here, there);
    let mut out: Vec<(Candidate, f64)> = airports
        .near(here.0, here.1, radius)
        .into_iter()
        .filter_map(|c| {
            let a = c.airport;
            if let Some(alt) = alt
                && c.distance_km > reach_km(a, f64::from(alt - a.elevation_ft))
            {
                return None;
            }
            if !plausible(p, i, side, class, &c) {
                return None;
            }
            // Closing on it when arriving, opening from it when leaving (the
            // cosine of the angle between the way the aircraft moves and the
            // line to the airport): required beyond the traffic pattern, and
            // the distance off the aircraft's line counts against it.
            let mut off_line = 0.0;
            if moved >= 2.0 {
                let d_far = km(there, (a.lat, a.lon));
                let closing = ((d_far - c.distance_km) / moved).clamp(-1.0, 1.0);
                let high = alt.is_some_and(|h| h - a.elevation_ft > 10_000);
                if c.distance_km > PATTERN_KM && closing < if high { 0.5 } else { -0.2 } {
                    return None;
                }
                off_line = if closing > 0.0 {
                    c.distance_km * (1.0 - closing * closing).sqrt()
                } else {
                    c.distance_km
                };
            }
            let score = c.distance_km + off_line + class.penalty_km(a)?;
            Some((c, score))
        })
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1));
    out
}

/// Whether an aircraft at point `i` can be landing at (`Arriving`) or have
/// come from (`Leaving`) the airport of `c`, by its height and speed:
///
/// - not when it is too high for its distance: its height over its
///   distance from the airport, lengthened by half the runway and 3 km
///   (room to land from the far end or fly a pattern, as [`reach_km`]
///   allows), is a slope steeper than [`STEEPEST_DEG`], more than twice a
///   normal 3° approach and above a jet's sustained climb; so an A319
///   8,000 ft above a field 7.7 km away is not landing there (12°) and one
///   8,000 ft above a field 14.6 km back did not just leave it (7.3°);
/// - not landing when faster than [`FINAL_KT`] within [`FINAL_KM`]: nothing
///   is on its final approach at that speed.
///
/// Helicopters go straight up and down, so only the speed counts for them.
fn plausible(p: &Points, i: usize, side: Side, class: Class, c: &Candidate) -> bool {
    let a = c.airport;
    if class != Class::Rotor
        && let Some(alt) = p.alt_ft(i)
        && c.distance_km < nearest_km(a, f64::from(alt - a.elevation_ft))
    {
        return false;
    }
    let fast = p.gs_kt(i).is_some_and(|kt| f64::from(kt) > FINAL_KT);
    !(side == Side::Arriving && fast && c.distance_km < FINAL_KM)
}

/// The steepest path, degrees, from an airport's runway to an aircraft
/// that is landing there or has just left it (see [`plausible`]).
const STEEPEST_DEG: f64 = 7.0;

/// Faster than this, knots, an aircraft within [`FINAL_KM`] of an airport
/// is not landing there.
const FINAL_KT: f64 = 250.0;

/// See [`FINAL_KT`], km.
const FINAL_KM: f64 = 10.0;

/// The nearest an aircraft this high above an airport can be to its
/// reference point when landing there or just off it, km: the distance a
/// [`STEEPEST_DEG`] slope covers from that height, less the runway's half
/// length and 3 km (as in [`reach_km`]), so nothing is excluded below about
/// 1,500 ft.
fn nearest_km(a: &Airport, height_ft: f64) -> f64 {
    let half_runway_km = a
        .runway_ft
        .map_or(1.0, |ft| f64::from(ft) * 0.0003048 / 2.0);
    let along = height_ft.max(0.0) * 0.0003048 / STEEPEST_DEG.to_radians().tan();
    along - half_runway_km - 3.0
}

/// Falling faster than this, feet per minute, an aircraft is not
/// approaching an airport: a steep approach descends under 2,000 ft/min.
const DIVE_FPM: f64 = -6_000.0;

/// Whether the aircraft at point `i` is falling faster than any approach
/// ([`DIVE_FPM`]): by the vertical rate the source gives there and by the
/// height lost since the last point 10 s to 2 min before it, both when both
/// are known. Its data ends in a dive, not on an approach, so no airport is
/// its destination, however near (a crash is not a landing).
fn diving(p: &Points, i: usize) -> bool {
    let t = p.times();
    let said = p.vrate_fpm(i).map(f64::from);
    let seen = p.alt_ft(i).and_then(|a| {
        (0..i)
            .rev()
            .take_while(|&k| t[i] - t[k] <= 120)
            .find(|&k| t[i] - t[k] >= 10)
            .and_then(|k| {
                let b = p.alt_ft(k)?;
                Some(f64::from(a - b) / (t[i] - t[k]) as f64 * 60.0)
            })
    });
    (said.is_some() || seen.is_some())
        && said.is_none_or(|v| v < DIVE_FPM)
        && seen.is_none_or(|v| v < DIVE_FPM)
}

/// Within this distance of an airport an aircraft may fly any way round it
/// (a traffic pattern, a hold), km.
const PATTERN_KM: f64 = 10.0;

/// A helicopter's inferred airport is at most this far, km.
const ROTOR_RADIUS_KM: f64 = 3.0;

/// An end the data does not show that is not one side of a stop: the best
/// of `cands` only among airports the aircraft at point `i` is less than
/// `opt.low_ft` above. Higher up, an aircraft is no longer in one
/// airport's approach or departure: a jet first seen climbing through
/// FL320 may have come from any of the airports it could have climbed
/// from, and the one under it is a guess, not an inference.
pub(super) fn lone_end(
    p: &Points,
    i: usize,
    cands: &[(Candidate, f64)],
    opt: &Options,
) -> Option<End> {
    let Some(alt) = p.alt_ft(i) else {
        return end_of(cands);
    };
    let low: Vec<(Candidate, f64)> = cands
        .iter()
        .filter(|(c, _)| alt - c.airport.elevation_ft < opt.low_ft)
        .cloned()
        .collect();
    end_of(&low)
}

/// The best of `cands` as an inferred end, with the close alternatives.
pub(super) fn end_of(cands: &[(Candidate, f64)]) -> Option<End> {
    let (best, score) = cands.first()?;
    Some(End {
        airport: best.clone(),
        alternatives: cands[1..]
            .iter()
            .filter(|(_, s)| *s <= score + 10.0)
            .take(3)
            .map(|(c, _)| c.clone())
            .collect(),
        inferred: true,
    })
}

impl Class {
    /// The shortest stop on the ground, seconds: an airliner's quickest
    /// turnaround with its taxiing, a light aircraft's, a helicopter's.
    fn shortest_stop_s(self) -> i64 {
        match self {
            Class::Jet => 20 * 60,
            Class::Other => 10 * 60,
            Class::Rotor => 5 * 60,
        }
    }
}

/// A stop at one airport across a silence: the airport in both sides'
/// candidates with the best sum of scores, when the silence leaves time
/// to reach it (slowing down: at 70% of the speed last seen), stand the
/// class's shortest stop and climb back out. Returns the two ends (each
/// with its own distance and alternatives).
pub(super) fn stop_across(
    p: &Points,
    class: Class,
    before: (usize, &[(Candidate, f64)]),
    after: (usize, &[(Candidate, f64)]),
) -> Option<(End, End)> {
    let (a, b) = (before.0, after.0);
    let silence = p.times()[b] - p.times()[a];
    let mut best: Option<(usize, usize, f64)> = None;
    for (i, (ca, sa)) in before.1.iter().enumerate() {
        let Some(j) = after
            .1
            .iter()
            .position(|(cb, _)| cb.airport.icao == ca.airport.icao)
        else {
            continue;
        };
        let (cb, sb) = &after.1[j];
        // Reaching it and climbing back at the speeds seen (80–300 kt).
        let secs = |k: usize, d: f64, share: f64| {
            let kt = f64::from(p.gs_kt(k).unwrap_or(250.0)).clamp(80.0, 300.0) * share;
            (d / (kt * 1.852) * 3_600.0) as i64
        };
        let needed =
            secs(a, ca.distance_km, 0.7) + secs(b, cb.distance_km, 1.0) + class.shortest_stop_s();
        if silence < needed {
            continue;
        }
        if best.is_none_or(|(_, _, s)| sa + sb < s) {
            best = Some((i, j, sa + sb));
        }
    }
    let (i, j, _) = best?;
    let pick = |list: &[(Candidate, f64)], k: usize| {
        let mut rest: Vec<(Candidate, f64)> = list.to_vec();
        let chosen = rest.remove(k);
        rest.insert(0, chosen);
        end_of(&rest)
    };
    Some((pick(before.1, i)?, pick(after.1, j)?))
}

/// A stop at a place the airport table does not have: the aircraft went
/// into the silence (`before`, the last point ahead of it) descending and
/// came out of it (`after`) climbing, the two points close enough for one
/// place to be within a shallow descent of the one and a shallow climb of
/// the other, and the silence long enough to go down (1,500 ft/min), stand
/// the class's shortest stop and climb back (2,000 ft/min) — or, if longer,
/// to fly across at the speed last seen. A gap at cruise fails on
/// distance (the aircraft flew further than any descent and climb reach)
/// or on time. Heights are above the nearest airport within the inferred
/// radius, else above the sea.
pub(super) fn stop_off_table(
    p: &Points,
    class: Class,
    before: (usize, &Trend),
    after: (usize, &Trend),
    airports: &'static Airports,
    opt: &Options,
) -> bool {
    let ((a, ta), (b, tb)) = (before, after);
    if !ta.descending || !tb.climbing {
        return false;
    }
    let (Some(alt_a), Some(alt_b)) = (p.alt_ft(a), p.alt_ft(b)) else {
        return false;
    };
    let ground = |i: usize| {
        airports
            .near(p.lat(i), p.lon(i), opt.inferred_radius_km)
            .first()
            .map_or(0, |c| c.airport.elevation_ft)
    };
    let ha = f64::from(alt_a - ground(a)).max(0.0);
    let hb = f64::from(alt_b - ground(b)).max(0.0);
    let d = km((p.lat(a), p.lon(a)), (p.lat(b), p.lon(b)));
    if d > 3.0 + slope_km(ha) + 3.0 + slope_km(hb) {
        return false;
    }
    let vertical = ha / 1_500.0 * 60.0 + hb / 2_000.0 * 60.0;
    let kt = f64::from(p.gs_kt(a).unwrap_or(250.0)).clamp(80.0, 300.0);
    let across = d / (kt * 1.852) * 3_600.0;
    let needed = vertical.max(across) as i64 + class.shortest_stop_s();
    p.times()[b] - p.times()[a] >= needed
}
