//! Checking claims against the analysis: `supported` with the legs or
//! stopovers that show it, `contradicted` when the named aircraft was
//! tracked that day and did something else, `no_data` otherwise.

use serde::Serialize;

use super::{Claim, Event, Place};
use crate::analysis::{Analysis, LegOut};
use crate::ids::{AircraftId, ItemId};
use crate::time::days_from_civil;

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

/// A claim with its verdict, as it appears in the analysis document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    /// The sentence.
    pub text: String,
    /// Byte offsets of the sentence in the article.
    pub start: usize,
    /// End.
    pub end: usize,
    /// `arrival`, `departure`, `route` or `presence`.
    pub event: Event,
    /// ICAO type designator named.
    pub aircraft_type: Option<String>,
    /// Registration named.
    pub registration: Option<String>,
    /// ICAO address named.
    pub icao24: Option<String>,
    /// ICAO code of one airport, else ISO country code.
    pub place: Option<String>,
    /// The words of the text for the place.
    pub place_text: Option<String>,
    /// The airports the place stands for.
    pub place_airports: Vec<String>,
    /// A route's stops (codes as for `place`).
    pub route: Vec<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; `null` when the text gives no date.
    pub date: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// Ids of the legs and stopovers that support or contradict it.
    pub evidence: Vec<ItemId>,
    /// Which aircraft were considered, in words.
    pub note: String,
}

/// Day number of an RFC 3339 time's date part (UTC or local as written).
fn day_of(s: &str) -> Option<i64> {
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some(days_from_civil(y, m, d))
}

/// True when the time, by its UTC or local date, falls in the claim's days.
fn on_days(utc: &str, local: Option<&String>, claim: &Claim) -> bool {
    let Some(days) = claim.days else { return true };
    [Some(utc), local.map(String::as_str)]
        .into_iter()
        .flatten()
        .filter_map(day_of)
        .any(|d| d >= days.from && d <= days.to)
}

fn at(place: &Place, r: Option<&crate::analysis::AirportRef>) -> bool {
    r.is_some_and(|a| {
        let country = crate::airports::airports()
            .get(&a.icao)
            .map(|x| x.country)
            .unwrap_or("");
        place.contains(&a.icao, country)
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

/// Checks each claim against the analysis.
pub fn check(claims: &[Claim], analysis: &Analysis) -> Vec<Checked> {
    claims.iter().map(|c| check_one(c, analysis)).collect()
}

fn check_one(c: &Claim, analysis: &Analysis) -> Checked {
    // Which aircraft the claim can be about.
    let identified = c.registration.is_some() || c.icao24.is_some();
    let mut note = String::new();
    let candidates: Vec<&crate::analysis::Aircraft> = analysis
        .aircraft
        .iter()
        .filter(|a| {
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
    if let Some(r) = &c.registration {
        note = if candidates.is_empty() {
            format!("no loaded aircraft is {r}")
        } else {
            format!("checked against {r}")
        };
    } else if let Some(t) = &c.aircraft_type {
        let typed = candidates.iter().filter(|a| a.type_code.is_some()).count();
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
    let ids: Vec<AircraftId> = candidates.iter().map(|a| a.id).collect();
    let legs: Vec<&LegOut> = analysis
        .legs
        .iter()
        .filter(|l| ids.contains(&l.aircraft))
        .collect();
    let mut evidence = Vec::new();
    match c.event {
        Event::Arrival => {
            if let Some(p) = &c.place {
                for l in &legs {
                    if at(p, l.to.as_ref()) && on_days(&l.landing, l.landing_local.as_ref(), c) {
                        evidence.push(l.id.into());
                    }
                }
            }
        }
        Event::Departure => {
            if let Some(p) = &c.place {
                for l in &legs {
                    if at(p, l.from.as_ref()) && on_days(&l.takeoff, l.takeoff_local.as_ref(), c) {
                        evidence.push(l.id.into());
                    }
                }
            }
        }
        Event::Route => {
            // Consecutive legs of one aircraft from the first stop to the
            // last, through the ones between, within the days.
            for (k, first) in legs.iter().enumerate() {
                if !(at(&c.route[0], first.from.as_ref())
                    && on_days(&first.takeoff, first.takeoff_local.as_ref(), c))
                {
                    continue;
                }
                let mut chain = Vec::new();
                let mut next_stop = 1;
                for l in legs[k..].iter().filter(|l| l.aircraft == first.aircraft) {
                    chain.push(l.id.into());
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
                for s in analysis
                    .stopovers
                    .iter()
                    .filter(|s| ids.contains(&s.aircraft))
                {
                    let overlaps = match c.days {
                        Some(d) => {
                            day_of(&s.arrival).is_some_and(|a| a <= d.to)
                                && day_of(&s.departure).is_some_and(|b| b >= d.from)
                        }
                        None => true,
                    };
                    if p.contains(
                        &s.airport.icao,
                        crate::airports::airports()
                            .get(&s.airport.icao)
                            .map(|a| a.country)
                            .unwrap_or(""),
                    ) && overlaps
                    {
                        evidence.push(s.id.into());
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
        for l in &legs {
            let (a, b) = (
                day_of(&l.takeoff).unwrap_or(i64::MIN),
                day_of(&l.landing).unwrap_or(i64::MAX),
            );
            if a <= days.to && b >= days.from {
                evidence.push(l.id.into());
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
    let code = |p: &Place| p.code.clone();
    Checked {
        text: c.text.clone(),
        start: c.start,
        end: c.end,
        event: c.event,
        aircraft_type: c.aircraft_type.clone(),
        registration: c.registration.clone(),
        icao24: c.icao24.clone(),
        place: c.place.as_ref().map(code),
        place_text: c.place.as_ref().map(|p| p.text.clone()),
        place_airports: c
            .place
            .as_ref()
            .map(|p| p.airports.clone())
            .unwrap_or_default(),
        route: c.route.iter().map(code).collect(),
        date: c.days.map(|d| d.iso()),
        verdict,
        evidence,
        note,
    }
}
