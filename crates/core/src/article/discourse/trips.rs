//! Journeys told in one sentence: legs that follow on, a trip with its
//! stops in travel order, and the claims a frame makes for each aircraft.

use std::collections::HashMap;

use crate::airports::airports;
use crate::article::aircraft::{Ident, Mention};
use crate::article::dates::Days;
use crate::article::events::{Desc, Frame};
use crate::article::text::Doc;
use crate::article::{Event, Place};
use crate::geo::haversine_km;

use super::state::{Draft, Evidence, State};

/// "Damascus to Hmeimim and on to al-Khadim": legs of one sentence that
/// follow on, the first without a date of its own, are one route.
pub(super) fn merge_legs(drafts: &mut [Draft]) {
    for j in 1..drafts.len() {
        let Some(mut i) = (0..j).rev().find(|&i| !drafts[i].dropped) else {
            continue;
        };
        // "to Tegucigalpa, where it spent 50 minutes on the ground, and
        // then on to Toluca": the stay at the stop is part of the route.
        let mut stay = Vec::new();
        // (Not a stay of days of its own: "where it stayed until Friday".)
        while drafts[i].event == Event::Presence
            && drafts[i].days == drafts[j].days
            && drafts[i].entity == drafts[j].entity
            && drafts[i].places.first().map(|p| &p.code)
                == drafts[j].places.first().map(|p| &p.code)
            && let Some(h) = (0..i).rev().find(|&h| !drafts[h].dropped)
        {
            stay.push(i);
            i = h;
        }
        let (a, b) = (&drafts[i], &drafts[j]);
        if a.event != Event::Route
            || b.event != Event::Route
            || b.dropped
            || a.entity != b.entity
            || a.places.last().map(|p| &p.code) != b.places.first().map(|p| &p.code)
            || (a.own_date && a.days != b.days)
        {
            continue;
        }
        let rest = b.places[1..].to_vec();
        drafts[i].places.extend(rest);
        fold_leg(drafts, i, j);
        for k in stay {
            drafts[k].dropped = true;
        }
    }
    // "From Santa Maria, it flew to Nigeria and landed at the Nnamdi
    // Azikiwe International Airport, Abuja on Sunday": the landing ends the
    // flight to its country, on the landing's day.
    for j in 1..drafts.len() {
        let Some(i) = (0..j).rev().find(|&i| !drafts[i].dropped) else {
            continue;
        };
        let (a, b) = (&drafts[i], &drafts[j]);
        let (Some(end), Some(at)) = (a.places.last(), b.places.first()) else {
            continue;
        };
        if a.event != Event::Route
            || b.event != Event::Arrival
            || b.dropped
            || a.entity != b.entity
            || a.callsign != b.callsign
            || a.places.len() != 2
            || b.places.len() != 1
            || end.is_airport()
            || !end.airports.is_empty()
            || !at.is_airport()
            || at.country != end.country
            || (a.own_date && a.days != b.days)
        {
            continue;
        }
        let at = at.clone();
        if let Some(last) = drafts[i].places.last_mut() {
            *last = at;
        }
        fold_leg(drafts, i, j);
    }
}

/// Folds the leg `j` into the route `i` it continues (its places already
/// taken): the route takes the leg's day when it had none of its own, and
/// the leg's words for its places.
fn fold_leg(drafts: &mut [Draft], i: usize, j: usize) {
    let (days, own, ev) = (
        drafts[j].days,
        drafts[j].own_date,
        drafts[j].evidence.clone(),
    );
    let a = &mut drafts[i];
    if !a.own_date {
        a.days = days;
        a.own_date = own;
        a.evidence.date = ev.date;
    }
    a.evidence.place.extend(ev.place);
    drafts[j].dropped = true;
}

/// "departed Vnukovo on Saturday. … it touched down in Vladivostok to
/// refuel, and from there it continued to Pyongyang": a departure, then in
/// the next sentences a landing and the leg on from there, of the same
/// aircraft on the same day, are one route with its stop.
pub(super) fn chain_stops(drafts: &mut [Draft], root: impl Fn(usize) -> usize) {
    let same = |d: &Draft, e: usize| !d.dropped && d.entity.is_some_and(|x| root(x) == e);
    for i in 0..drafts.len() {
        let a = &drafts[i];
        if a.dropped || a.event != Event::Departure || a.days.is_none() || a.places.len() != 1 {
            continue;
        }
        let Some(e) = a.entity.map(&root) else {
            continue;
        };
        let Some(j) = (i + 1..drafts.len()).find(|&j| same(&drafts[j], e)) else {
            continue;
        };
        let Some(k) = (j + 1..drafts.len()).find(|&k| same(&drafts[k], e)) else {
            continue;
        };
        let (b, c) = (&drafts[j], &drafts[k]);
        // (Not "landed in Kumasi, where the president spent the night, and
        // flew on to Accra on Monday morning": a leg with a day of its own.)
        let day_ok = |d: &Draft| !d.own_date && d.days == a.days;
        if b.event != Event::Arrival
            || c.event != Event::Route
            || b.sentence <= a.sentence
            || b.sentence > a.sentence + 2
            || c.sentence != b.sentence
            || !day_ok(b)
            || !day_ok(c)
            || b.places.first().map(|p| &p.code) != c.places.first().map(|p| &p.code)
            || b.places.first().map(|p| &p.code) == a.places.first().map(|p| &p.code)
        {
            continue;
        }
        let (origin, days, ev) = (a.places[0].clone(), a.days, a.evidence.clone());
        let c = &mut drafts[k];
        c.places.insert(0, origin);
        c.days = days;
        c.own_date = true;
        c.evidence.place.extend(ev.place);
        c.evidence.date = ev.date;
        drafts[i].dropped = true;
        drafts[j].dropped = true;
    }
}

/// A departure told earlier in the sentence: its place, days, index among
/// the sentence's drafts, and its words.
pub(super) type Departed = (Place, Option<Days>, usize, (usize, usize));

/// The parts of a journey told in one sentence with its stops.
#[derive(Debug, Default)]
pub(super) struct Trip {
    pub(super) entities: Vec<usize>,
    pub(super) origin: Option<(Place, (usize, usize))>,
    pub(super) dep_days: Option<Days>,
    pub(super) dep_date_ev: Option<(usize, usize)>,
    pub(super) early_stops: Vec<(Place, (usize, usize))>,
    pub(super) stops: Vec<Vec<(Place, (usize, usize))>>,
    pub(super) dest: Option<(Place, (usize, usize))>,
    pub(super) arr_days: Option<Days>,
    pub(super) arr_date_ev: Option<(usize, usize)>,
    pub(super) agent_ev: Vec<(usize, usize)>,
}

fn coords(p: &Place) -> Option<(f64, f64)> {
    if let Some(a) = p.airports.first().and_then(|i| airports().get(i)) {
        return Some((a.lat, a.lon));
    }
    // A country: the mean of its large and medium airports (worked out
    // once, and not before the web app has handed the table in).
    if !crate::airports::installed() {
        return None;
    }
    static CENTRES: std::sync::OnceLock<HashMap<&'static str, (f64, f64)>> =
        std::sync::OnceLock::new();
    let centres = CENTRES.get_or_init(|| {
        let mut sum: HashMap<&'static str, (f64, f64, f64)> = HashMap::new();
        for a in airports().all() {
            if matches!(
                a.kind,
                crate::airports::Kind::Large | crate::airports::Kind::Medium
            ) {
                let e = sum.entry(a.country).or_default();
                e.0 += a.lat;
                e.1 += a.lon;
                e.2 += 1.0;
            }
        }
        sum.into_iter()
            .map(|(k, (la, lo, n))| (k, (la / n, lo / n)))
            .collect()
    });
    centres.get(p.country.as_str()).copied()
}

/// A list of stops the text gives backwards ("before reaching Cuba it had
/// called at the Dominican Republic, Mauritania and Algeria"): each nearer
/// the destination than the one before it says so. Such a list is turned
/// round; any other order is the text's.
fn travel_order(stops: &mut [(Place, (usize, usize))], dest: Option<&Place>) {
    let Some(d) = dest.and_then(coords) else {
        return;
    };
    if stops.len() < 2 {
        return;
    }
    let dist: Vec<f64> = stops
        .iter()
        .map(|s| coords(&s.0).map_or(0.0, |c| haversine_km(c.0, c.1, d.0, d.1)))
        .collect();
    if dist.windows(2).all(|w| w[0] < w[1]) {
        stops.reverse();
    }
}

pub(super) fn finish_trip(
    st: &mut State,
    out: &mut Vec<Draft>,
    mut trip: Trip,
    sn: usize,
    headline: bool,
    lead: bool,
) {
    let Some(&main) = trip.entities.first() else {
        return;
    };
    // No end named: where the aircraft is ("refuelled in Algeria and Cape
    // Verde on the way" to the air base it just landed at).
    let dest = trip
        .dest
        .clone()
        .map(|(p, span)| {
            // "Before reaching Cuba": the airport in Cuba where it is.
            match st.at(main) {
                Some(cur) if !p.is_airport() && cur.country == p.country && cur.is_airport() => {
                    (cur, span)
                }
                _ => (p, span),
            }
        })
        .or_else(|| st.at(main).map(|p| (p, (0, 0))));
    let Some(dest) = dest else {
        // No end known ("left Halim on Monday and is due in Adana after a
        // stop in Colombo"): the departure told still stands.
        if let (Some(o), Some(d)) = (&trip.origin, trip.dep_days) {
            let dep = Draft {
                event: Event::Departure,
                places: vec![o.0.clone()],
                open_origin: false,
                entity: None,
                callsign: None,
                days: Some(d),
                own_date: true,
                vague: false,
                sentence: sn,
                headline,
                lead,
                stop: false,
                open_end: false,
                evidence: Evidence {
                    aircraft: trip.agent_ev.clone(),
                    place: [o.1].into_iter().filter(|x| x.0 < x.1).collect(),
                    date: trip.dep_date_ev.into_iter().collect(),
                },
                off_field: false,
                dropped: false,
            };
            for e in &trip.entities {
                let mut x = dep.clone();
                x.entity = Some(st.root(*e));
                out.push(x);
            }
        }
        return;
    };
    // "flew back that evening via San Antonio, reaching Alexandria": from
    // where it was.
    if trip.origin.is_none()
        && let Some(here) = st.at(main).filter(|p| {
            p.is_airport()
                && p.code != dest.0.code
                && !trip.stops.iter().flatten().any(|s| s.0.code == p.code)
                && !trip.early_stops.iter().any(|s| s.0.code == p.code)
        })
    {
        trip.origin = Some((here, (0, 0)));
    }
    let mut stops = trip.early_stops.clone();
    // (Not a round trip's: "Northolt – Vilnius – Tallinn – Northolt" is
    // told in its order.)
    let round = trip
        .origin
        .as_ref()
        .is_some_and(|o| o.0.code == dest.0.code);
    for mut group in trip.stops.drain(..) {
        if !round {
            travel_order(&mut group, Some(&dest.0));
        }
        stops.extend(group);
    }
    stops.retain(|s| {
        s.0.code != dest.0.code && trip.origin.as_ref().is_none_or(|o| o.0.code != s.0.code)
    });
    let mut places: Vec<(Place, (usize, usize))> = Vec::new();
    if let Some(o) = &trip.origin {
        places.push(o.clone());
    }
    places.extend(stops);
    places.push(dest.clone());
    let days = match (trip.dep_days, trip.arr_days) {
        (Some(a), Some(b)) => Some(Days {
            from: a.from.min(b.from),
            to: a.to.max(b.to),
        }),
        (a, b) => a.or(b),
    };
    let evidence = |ps: &[(Place, (usize, usize))], dates: Vec<(usize, usize)>| Evidence {
        aircraft: trip.agent_ev.clone(),
        place: ps.iter().map(|p| p.1).filter(|x| x.0 < x.1).collect(),
        date: dates,
    };
    let base = Draft {
        event: Event::Route,
        places: places.iter().map(|p| p.0.clone()).collect(),
        open_origin: trip.origin.is_none(),
        entity: None,
        callsign: None,
        days,
        own_date: trip.dep_days.is_some() || trip.arr_days.is_some(),
        vague: false,
        sentence: sn,
        headline,
        lead,
        stop: false,
        open_end: trip.arr_days.is_none(),
        evidence: evidence(
            &places,
            trip.dep_date_ev
                .into_iter()
                .chain(trip.arr_date_ev)
                .collect(),
        ),
        off_field: false,
        dropped: false,
    };
    let mut made = Vec::new();
    if let (Some(o), Some(d)) = (&trip.origin, trip.dep_days) {
        made.push(Draft {
            event: Event::Departure,
            places: vec![o.0.clone()],
            open_origin: false,
            open_end: false,
            days: Some(d),
            evidence: evidence(
                std::slice::from_ref(o),
                trip.dep_date_ev.into_iter().collect(),
            ),
            ..base.clone()
        });
    }
    if places.len() >= 2 || base.open_origin {
        made.push(base);
    }
    for e in &trip.entities {
        for d in &made {
            let mut x = d.clone();
            x.entity = Some(st.root(*e));
            out.push(x);
        }
        let r = st.root(*e);
        st.entities[r].at = Some((dest.0.clone(), trip.arr_days.or(days)));
    }
    st.place = Some(dest.0.clone());
}

/// An arrival told before, now known to have begun at `origin` ("it had
/// come from Marrakesh", "had set out from Algeria"): the route it was,
/// with the arrival dropped.
pub(super) fn began_at(
    drafts: &mut [Draft],
    k: usize,
    origin: &(Place, (usize, usize)),
    agent_ev: &[(usize, usize)],
) -> Draft {
    let mut r = drafts[k].clone();
    r.event = Event::Route;
    r.places.insert(0, origin.0.clone());
    r.evidence.place.insert(0, origin.1);
    r.evidence.aircraft.extend_from_slice(agent_ev);
    drafts[k].dropped = true;
    r
}

/// "called at", "calling at": a stop when the sentence tells a journey.
pub(super) fn called_at(doc: &Doc, f: &Frame) -> bool {
    ["called", "calling"].contains(&doc.toks[f.trig.first].lower.as_str())
}

/// Where the aircraft was on `days`: where it is, unless it left there
/// later than `days` (then where it was before).
pub(super) fn where_then(st: &State, e: usize, days: Option<Days>) -> Option<Place> {
    let ent = &st.entities[st.root(e)];
    if let (Some((p, Some(left))), Some(d)) = (&ent.left, days)
        && d.to < left.from
    {
        return Some(p.clone());
    }
    match (&ent.at, days) {
        (Some((p, Some(when))), Some(d)) if d.to < when.from => {
            ent.left.as_ref().map(|x| x.0.clone()).or(Some(p.clone()))
        }
        (Some((p, _)), _) => Some(p.clone()),
        (None, _) => ent
            .left
            .as_ref()
            .map(|x| x.0.clone())
            .filter(|_| false)
            .or(st.place.clone()),
    }
}

/// One claim per aircraft named, each with its callsign.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_claims(
    out: &mut Vec<Draft>,
    made: Vec<Draft>,
    ents: &[usize],
    st: &State,
    f: &Frame,
    descs: &[Desc],
    mentions: &[Mention],
    first: usize,
    last: usize,
    others: &[usize],
) {
    let callsign = sentence_callsign(f, descs, mentions, first, last, ents, others).or_else(|| {
        st.callsign
            .as_ref()
            .filter(|(e, _)| ents.len() == 1 && *e == st.root(ents[0]))
            .map(|(_, c)| c.clone())
    });
    // "Two C-17s, RCH123 and RCH456, flew …": a callsign each, in order.
    let listed: Vec<String> = f
        .agents
        .iter()
        .flat_map(|&d| descs[d].mentions.iter())
        .filter_map(|&m| match &mentions[m].ident {
            Ident::Callsign(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    for d in made {
        for (k, e) in ents.iter().enumerate() {
            let mut x = d.clone();
            x.entity = Some(st.root(*e));
            x.callsign = if x.event == Event::Presence {
                None
            } else if ents.len() > 1 {
                listed
                    .get(k)
                    .filter(|_| listed.len() == ents.len())
                    .cloned()
            } else {
                callsign.clone()
            };
            out.push(x);
        }
    }
}

/// The callsign a frame's sentence gives for one aircraft.
pub(super) fn sentence_callsign(
    f: &Frame,
    descs: &[Desc],
    mentions: &[Mention],
    first: usize,
    last: usize,
    ents: &[usize],
    others: &[usize],
) -> Option<String> {
    if ents.len() != 1 {
        return None;
    }
    let elsewhere = |m: &Mention| {
        others
            .iter()
            .any(|&d| m.first >= descs[d].first && m.first < descs[d].last)
    };
    let in_agent = f.agents.iter().find_map(|&d| {
        descs[d]
            .mentions
            .iter()
            .find_map(|&m| match &mentions[m].ident {
                Ident::Callsign(c) => Some(c.clone()),
                _ => None,
            })
    });
    in_agent.or_else(|| {
        mentions
            .iter()
            .filter(|m| m.first >= first && m.first < last && !elsewhere(m))
            .find_map(|m| match &m.ident {
                Ident::Callsign(c) => Some(c.clone()),
                _ => None,
            })
    })
}
