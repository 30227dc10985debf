//! Checking claims against the routes: `supported` with the legs or
//! stopovers that show it, `contradicted` when the named aircraft was
//! tracked that day and did something else, `no_data` otherwise.
//!
//! It reads the typed model (track identities, airports, Unix times), not
//! the analysis document, which only writes out what this finds.

use serde::Serialize;

use super::{Claim, Event, Place};
use crate::ids::{AircraftId, ItemId, LegId, StopId};
use crate::routes::{End, Leg, Routes};
use crate::time::{Day, local_day};
use crate::track::{Identity, Track};

/// A claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A leg or stopover shows it.
    Supported,
    /// The aircraft named was tracked then and did something else.
    Contradicted,
    /// Nothing loaded says either way.
    NoData,
}

/// What the tracks say of one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The verdict.
    pub verdict: Verdict,
    /// The legs and stopovers that support or contradict it.
    pub evidence: Vec<ItemId>,
    /// Which aircraft were considered, in words.
    pub note: String,
}

/// True when Unix time `t`, by its UTC date or its date at the airport
/// `end` (when known), falls in the claim's days.
fn on_days(t: i64, end: Option<&End>, claim: &Claim) -> bool {
    let Some(days) = claim.days else { return true };
    let local = end.and_then(|e| local_day(t, e.airport.airport.tz));
    [Some(Day::of(t)), local]
        .into_iter()
        .flatten()
        .any(|d| d.days() >= days.from && d.days() <= days.to)
}

/// True when the leg's end is an airport in the place.
fn at(place: &Place, end: Option<&End>) -> bool {
    end.is_some_and(|e| {
        let a = e.airport.airport;
        place.contains(a.icao, a.country)
    })
}

fn same_reg(a: &str, b: &str) -> bool {
    let n = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_uppercase()
    };
    n(a) == n(b)
}

/// Checks each claim against the tracks (who each aircraft is) and the
/// routes found in them (legs, stopovers, their airports and Unix times).
/// One result per claim, in order; aircraft ids are track indices, as in
/// the analysis document.
pub fn check(claims: &[Claim], tracks: &[Track], routes: &Routes) -> Vec<Checked> {
    claims
        .iter()
        .map(|c| check_one(c, tracks, routes))
        .collect()
}

fn check_one(c: &Claim, tracks: &[Track], routes: &Routes) -> Checked {
    // Which aircraft the claim can be about.
    let identified = c.registration.is_some() || c.icao24.is_some();
    let mut note = String::new();
    let candidates: Vec<(AircraftId, &Identity)> = tracks
        .iter()
        .enumerate()
        .map(|(i, t)| (AircraftId(i), &t.identity))
        .filter(|(_, a)| {
            if let Some(r) = &c.registration {
                return a.registration.as_deref().is_some_and(|x| same_reg(x, r))
                    || a.callsigns.iter().any(|cs| same_reg(cs, r));
            }
            if let Some(h) = &c.icao24 {
                return a
                    .icao24
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case(h));
            }
            match (&c.aircraft_type, &a.type_code) {
                (Some(t), Some(have)) => t == have,
                _ => true,
            }
        })
        .collect();
    if tracks.is_empty() {
        note = "no flight data loaded: load tracks to check this claim".into();
    } else if let Some(r) = &c.registration {
        note = if candidates.is_empty() {
            format!("no loaded aircraft is {r}")
        } else {
            format!("checked against {r}")
        };
    } else if let Some(t) = &c.aircraft_type {
        let typed = candidates
            .iter()
            .filter(|(_, a)| a.type_code.is_some())
            .count();
        note = if typed == candidates.len() {
            format!("the text names only a type: any {t} loaded could match")
        } else {
            format!(
                "the text names only a type ({t}); aircraft whose type the data does not give could match"
            )
        };
    } else if !identified {
        note = "the text names no aircraft: any loaded aircraft could match".into();
    }
    let ids: Vec<AircraftId> = candidates.iter().map(|(id, _)| *id).collect();
    let legs: Vec<(LegId, &Leg)> = routes
        .legs
        .iter()
        .enumerate()
        .filter(|(_, l)| ids.contains(&AircraftId(l.track)))
        .map(|(i, l)| (LegId(i), l))
        .collect();
    let mut evidence = Vec::new();
    match c.event {
        Event::Arrival => {
            if let Some(p) = &c.place {
                for (id, l) in &legs {
                    if at(p, l.to.as_ref()) && on_days(l.landing, l.to.as_ref(), c) {
                        evidence.push((*id).into());
                    }
                }
            }
        }
        Event::Departure => {
            if let Some(p) = &c.place {
                for (id, l) in &legs {
                    if at(p, l.from.as_ref()) && on_days(l.takeoff, l.from.as_ref(), c) {
                        evidence.push((*id).into());
                    }
                }
            }
        }
        // The reader makes a route of two stops or more; a shorter one
        // (built by hand) shows nothing.
        Event::Route if c.route.len() < 2 => {}
        Event::Route => {
            // Consecutive legs of one aircraft from the first stop to the
            // last, through the ones between, within the days.
            for (k, (_, first)) in legs.iter().enumerate() {
                if !(at(&c.route[0], first.from.as_ref())
                    && on_days(first.takeoff, first.from.as_ref(), c))
                {
                    continue;
                }
                let mut chain = Vec::new();
                let mut next_stop = 1;
                for (id, l) in legs[k..].iter().filter(|(_, l)| l.track == first.track) {
                    chain.push((*id).into());
                    if at(&c.route[next_stop], l.to.as_ref()) {
                        next_stop += 1;
                        if next_stop == c.route.len() {
                            break;
                        }
                    }
                    if chain.len() > 4 {
                        break;
                    }
                }
                if next_stop == c.route.len() {
                    evidence = chain;
                    break;
                }
            }
        }
        Event::Presence => {
            if let Some(p) = &c.place {
                for (i, s) in routes
                    .stopovers
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| ids.contains(&AircraftId(s.track)))
                {
                    let overlaps = match c.days {
                        Some(d) => {
                            Day::of(s.arrival).days() <= d.to
                                && Day::of(s.departure).days() >= d.from
                        }
                        None => true,
                    };
                    let a = s.airport.airport;
                    if p.contains(a.icao, a.country) && overlaps {
                        evidence.push(StopId(i).into());
                    }
                }
            }
        }
    }
    let verdict = if !evidence.is_empty() {
        Verdict::Supported
    } else if identified && c.days.is_some() && !candidates.is_empty() {
        // Tracked that day, doing something else?
        let days = c.days.expect("checked");
        for (id, l) in &legs {
            let (a, b) = (Day::of(l.takeoff).days(), Day::of(l.landing).days());
            if a <= days.to && b >= days.from {
                evidence.push((*id).into());
            }
        }
        if evidence.is_empty() {
            Verdict::NoData
        } else {
            Verdict::Contradicted
        }
    } else {
        Verdict::NoData
    };
    Checked {
        verdict,
        evidence,
        note,
    }
}
