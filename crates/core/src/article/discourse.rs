//! Stage 5: the discourse. The story is read sentence by sentence with a
//! state carried along: the aircraft last named (what "it", "the plane",
//! "the Ruslan" and "the 747" refer to; "another" or "a second" starts a
//! new one; an aircraft first named vaguely, "a Russian air force jet", is
//! identified by the next that names a type or registration), the story's
//! current date (set by the last movement that gave its own date; "the
//! following day" counts from it, and a movement that gives none takes it
//! when it continues the story), and where each aircraft is (a departure
//! that names no place leaves from there; "New York" is the airport it was
//! last at). Then the claims are tidied: a movement told twice is kept
//! once, with its most precise place and date; a route's stops are ordered
//! and its days run from its departure to its arrival; the headline adds a
//! claim only when the body does not state the same movement.

use std::collections::HashMap;

use super::aircraft::{Det, Ident, Mention};
use super::dates::{self, Bound, Days, Timex};
use super::events::{Desc, Frame, Here, Kind, Role, Trigger};
use super::places::{PlaceKind, PlaceMention, city_place};
use super::text::{Block, Doc};
use super::{Event, Place};

/// An aircraft the story talks about.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    /// ICAO designator, and the series prefix when only a series was named.
    pub type_code: Option<(&'static str, Option<&'static str>)>,
    /// A maker's prefixes ("the Antonov").
    pub maker: Option<&'static [&'static str]>,
    /// Registrations.
    pub regs: Vec<String>,
    /// ICAO address.
    pub hex: Option<String>,
    /// A group ("four Il-76s") rather than one aircraft.
    pub plural: bool,
    /// Token spans where it was identified (type, registration, address).
    pub named_at: Vec<(usize, usize)>,
    /// Where it was last (an arrival or a stay).
    pub at: Option<Place>,
    /// Merged into another entity.
    pub alias: Option<usize>,
}

impl Entity {
    fn identified(&self) -> bool {
        self.type_code.is_some() || !self.regs.is_empty() || self.hex.is_some()
    }
}

/// Which words a claim was read from, by kind (token spans).
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The aircraft's words.
    pub aircraft: Vec<(usize, usize)>,
    /// The place's words.
    pub place: Vec<(usize, usize)>,
    /// The date's words.
    pub date: Vec<(usize, usize)>,
}

/// A claim before it is tidied.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The event.
    pub event: Event,
    /// Its place, or a route's stops in order.
    pub places: Vec<Place>,
    /// The route's origin is not known yet.
    pub open_origin: bool,
    /// The aircraft.
    pub entity: Option<usize>,
    /// The callsign the text gives for this flight.
    pub callsign: Option<String>,
    /// The days.
    pub days: Option<Days>,
    /// The text gave the date for this movement (not carried).
    pub own_date: bool,
    /// Sentence number.
    pub sentence: usize,
    /// From the headline or deck.
    pub headline: bool,
    /// A stop on the way ("stopped in Casablanca").
    pub stop: bool,
    /// A route whose end date is not known.
    pub open_end: bool,
    /// Words read.
    pub evidence: Evidence,
    /// Dropped while tidying.
    pub dropped: bool,
}

/// The discourse state while reading.
struct State {
    entities: Vec<Entity>,
    current: Option<usize>,
    date: Option<Days>,
    date_at: Option<(usize, usize)>,
    place: Option<Place>,
    place_at: Option<(usize, usize)>,
    callsign: Option<(usize, String)>,
}

impl State {
    fn root(&self, mut e: usize) -> usize {
        while let Some(a) = self.entities[e].alias {
            e = a;
        }
        e
    }

    fn new_entity(&mut self) -> usize {
        self.entities.push(Entity::default());
        self.entities.len() - 1
    }

    fn compatible_type(&self, e: usize, code: &str, series: Option<&str>) -> bool {
        let ent = &self.entities[e];
        match ent.type_code {
            Some((c, s)) => {
                c == code
                    || series.is_some_and(|p| c.starts_with(p))
                    || s.is_some_and(|p| code.starts_with(p))
            }
            None => ent
                .maker
                .is_none_or(|m| m.iter().any(|p| code.starts_with(p))),
        }
    }
}

fn norm_reg(r: &str) -> String {
    r.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// The anchor for deictic words at token `i`: publication, or the day a
/// quoted speaker spoke ("posted on Wednesday: '…yesterday…'").
fn anchor_at(doc: &Doc, timexes: &[Timex], published: i64, i: usize, reporting: &[usize]) -> i64 {
    if !doc.toks[i].quoted {
        return published;
    }
    // The quote's opening mark, then a report verb with its date before it.
    let mut open = i;
    while open > 0 && doc.toks[open - 1].quoted {
        open -= 1;
    }
    let para = doc
        .sentences
        .iter()
        .find(|s| s.first <= open && open < s.last.max(s.first + 1))
        .map(|s| s.paragraph);
    let start = doc
        .sentences
        .iter()
        .find(|s| Some(s.paragraph) == para)
        .map_or(0, |s| s.first);
    let verb = reporting
        .iter()
        .copied()
        .filter(|&r| r < open && r >= start)
        .max();
    if let Some(v) = verb
        && let Some(t) = timexes
            .iter()
            .find(|t| t.first > v && t.last <= open && t.first - v <= 3)
        && let Some(d) = dates::resolve(&t.value, published, None, false)
    {
        return d.from;
    }
    published
}

/// What the discourse stage returns: the drafts, the entities, the
/// resolved days of each timex (for the entity list), and the airports the
/// text puts each entity at outside any movement.
pub type Reading = (
    Vec<Draft>,
    Vec<Entity>,
    Vec<Option<Days>>,
    Vec<(usize, Place)>,
);

/// Reads the frames into claims.
#[allow(clippy::too_many_arguments)]
pub fn read(
    doc: &Doc,
    published: Option<i64>,
    mentions: &[Mention],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
    frames: &[Frame],
) -> Reading {
    let mut st = State {
        entities: Vec::new(),
        current: None,
        date: None,
        date_at: None,
        place: None,
        place_at: None,
        callsign: None,
    };
    let reporting: Vec<usize> = (0..doc.toks.len())
        .filter(|&i| super::events::REPORTING.contains(&doc.toks[i].lower.as_str()))
        .collect();
    // The dateline's date starts the story.
    if let (Some((a, b)), Some(p)) = (doc.dateline, published)
        && let Some(t) = timexes.iter().find(|t| t.first >= a && t.last <= b)
    {
        st.date = dates::resolve(&t.value, p, None, false);
        st.date_at = Some((t.first, t.last));
    }
    let mut timex_days: Vec<Option<Days>> = vec![None; timexes.len()];
    let mut desc_entity: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut seen_at: Vec<(usize, Place)> = Vec::new();
    let agents: Vec<usize> = frames.iter().filter_map(|f| f.agent).collect();
    for sn in 0..doc.sentences.len() {
        let s = &doc.sentences[sn];
        let headline = s.block != Block::Body;
        // Resolve this sentence's descriptions to entities, in order.
        for (d, desc) in descs.iter().enumerate() {
            if desc.first < s.first || desc.first >= s.last {
                continue;
            }
            let is_agent = agents.contains(&d);
            let ents = resolve_desc(&mut st, desc, mentions, is_agent, headline);
            // Where the text puts it, movement or not ("unloading at Bamako's airport").
            for p in places
                .iter()
                .filter(|p| p.first >= s.first && p.first < s.last)
            {
                if !p.government && !p.landmark && p.place.airports.len() == 1 {
                    for e in &ents {
                        seen_at.push((st.root(*e), p.place.clone()));
                    }
                }
            }
            if !ents.is_empty() {
                desc_entity.insert(d, ents);
            }
        }
        // Dates of this sentence, for the entity list (anaphoric ones against
        // the date before the sentence).
        for (k, t) in timexes.iter().enumerate() {
            if t.first < s.first || t.first >= s.last {
                continue;
            }
            timex_days[k] = match published {
                Some(p) => {
                    let anchor = anchor_at(doc, timexes, p, t.first, &reporting);
                    let future = sentence_is_future(doc, s.first, t.first);
                    dates::resolve(&t.value, anchor, st.date, future)
                }
                None => dates::resolve_fixed(&t.value),
            };
        }
        // The sentence's frames.
        let sframes: Vec<&Frame> = frames.iter().filter(|f| f.sentence == sn).collect();
        let mut sentence_drafts: Vec<Draft> = Vec::new();
        let mut departed_here: Option<(Place, Option<Days>, usize)> = None;
        for (fi, f) in sframes.iter().enumerate() {
            let t = &f.trig;
            // Who.
            let ents: Vec<usize> = match f.agent {
                Some(d) => {
                    if descs[d].person {
                        // A traveller: the aircraft the story ties to them,
                        // and only a definite one ("the minister", "he").
                        if matches!(descs[d].det, Det::Indefinite | Det::Other) {
                            continue;
                        }
                        match st.current {
                            Some(c) => vec![c],
                            None => {
                                let e = st.new_entity();
                                st.current = Some(e);
                                vec![e]
                            }
                        }
                    } else {
                        desc_entity.get(&d).cloned().unwrap_or_default()
                    }
                }
                None => st.current.into_iter().collect(),
            };
            let ents = if ents.is_empty() {
                let e = st.new_entity();
                st.current = Some(e);
                vec![e]
            } else {
                ents
            };
            // When. Anaphoric words count from the story's date as it stands now.
            if let Some(x) = f.timex
                && matches!(timexes[x].value, dates::Value::Anaphoric(..))
                && let Some(p) = published
            {
                timex_days[x] = dates::resolve(&timexes[x].value, p, st.date, false);
            }
            let (own, own_at) = match f.timex {
                Some(x) => (timex_days[x], Some((timexes[x].first, timexes[x].last))),
                None => (None, None),
            };
            let since = f.timex.map(|x| timexes[x].bound);
            if !t.factual {
                continue;
            }
            // Where.
            let mut from: Vec<(Place, (usize, usize))> = Vec::new();
            let mut to: Vec<(Place, (usize, usize))> = Vec::new();
            let mut at: Vec<(Place, (usize, usize))> = Vec::new();
            let mut via: Vec<(Place, (usize, usize))> = Vec::new();
            for (p, role) in &f.places {
                let pm = &places[*p];
                let mut place = pm.place.clone();
                // A city with several airports: the one the aircraft was last at.
                if pm.kind == PlaceKind::City
                    && place.airports.len() > 1
                    && let Some(e) = ents.first()
                    && let Some(cur) = &st.entities[st.root(*e)].at
                    && cur.airports.len() == 1
                    && place.airports.contains(&cur.airports[0])
                {
                    place = Place {
                        text: place.text.clone(),
                        code: cur.code.clone(),
                        airports: cur.airports.clone(),
                        country: cur.country.clone(),
                    };
                }
                let _ = city_place;
                let span = pm.name;
                match role {
                    Role::From => from.push((place, span)),
                    Role::To => to.push((place, span)),
                    Role::At => at.push((place, span)),
                    Role::Via => via.push((place, span)),
                    Role::Toward => {}
                }
            }
            if f.here == Some(Here::There) && at.is_empty() && to.is_empty() {
                let here = ents
                    .first()
                    .and_then(|e| st.entities[st.root(*e)].at.clone())
                    .or_else(|| st.place.clone());
                if let Some(p) = here {
                    at.push((p, st.place_at.unwrap_or((t.first, t.last))));
                }
            }
            // Date: its own, else the story's when it continues the story.
            let mut days = own;
            let mut own_date = own.is_some();
            let mut date_ev = own_at;
            if let (Some(d), Some(Bound::Since)) = (days, since)
                && let Some(p) = published
            {
                days = Some(Days {
                    from: d.from,
                    to: p,
                });
            }
            if days.is_none() && !t.perfect && !headline {
                days = st.date;
                date_ev = st.date_at;
                own_date = false;
            }
            if own_date && !headline && !t.perfect {
                st.date = own;
                st.date_at = own_at;
            }
            if own_date && t.perfect && st.date.is_none() {
                st.date = own;
                st.date_at = own_at;
            }
            // Callsign: given in this sentence, or carried within one flight.
            let cs_here: Option<String> = f.agent.and_then(|d| {
                descs[d]
                    .mentions
                    .iter()
                    .find_map(|&m| match &mentions[m].ident {
                        Ident::Callsign(c) => Some(c.clone()),
                        _ => None,
                    })
            });
            let cs_sentence: Option<String> = mentions
                .iter()
                .filter(|m| m.first >= s.first && m.first < s.last)
                .find_map(|m| match &m.ident {
                    Ident::Callsign(c) => Some(c.clone()),
                    _ => None,
                });
            let callsign = cs_here.clone().or_else(|| {
                if ents.len() == 1 {
                    cs_sentence.clone().or_else(|| {
                        st.callsign
                            .as_ref()
                            .filter(|(e, _)| *e == st.root(ents[0]))
                            .map(|(_, c)| c.clone())
                    })
                } else {
                    None
                }
            });
            let agent_ev: Vec<(usize, usize)> = f
                .agent
                .map(|d| vec![(descs[d].first, descs[d].last)])
                .unwrap_or_default();
            let mk = |event: Event, ps: Vec<(Place, (usize, usize))>, days: Option<Days>| Draft {
                event,
                places: ps.iter().map(|p| p.0.clone()).collect(),
                open_origin: false,
                entity: None,
                callsign: None,
                days,
                own_date,
                sentence: sn,
                headline,
                stop: t.kind == Kind::Stop,
                open_end: false,
                evidence: Evidence {
                    aircraft: agent_ev.clone(),
                    place: ps.iter().map(|p| p.1).collect(),
                    date: date_ev.into_iter().collect(),
                },
                dropped: false,
            };
            let mut made: Vec<Draft> = Vec::new();
            let stay = |d: Option<Days>| match (d, f.stay_days) {
                (Some(d), Some(n)) if !own_date || d.from == d.to => Some(Days {
                    from: d.from,
                    to: d.from + n,
                }),
                _ => d,
            };
            match t.kind {
                Kind::Arrive | Kind::Fly => {
                    let dest = to.first().or(at.first()).cloned();
                    let origin = from.first().cloned();
                    let onward_origin = if origin.is_none() && (t.onward || t.kind == Kind::Fly) {
                        // "flew on to Y", "continued to Y", "flew to Y": from where it was.
                        ents.first()
                            .and_then(|e| st.entities[st.root(*e)].at.clone())
                            .filter(|p| dest.as_ref().is_some_and(|d| d.0.code != p.code))
                            .map(|p| (p, (0usize, 0usize)))
                            .or_else(|| {
                                if t.onward {
                                    st.place
                                        .clone()
                                        .filter(|p| {
                                            dest.as_ref().is_some_and(|d| d.0.code != p.code)
                                        })
                                        .map(|p| (p, (0, 0)))
                                } else {
                                    None
                                }
                            })
                    } else {
                        None
                    };
                    // A departure earlier in this sentence is the origin: "left X and flew to Y".
                    let coordinated = if origin.is_none()
                        && onward_origin.is_none()
                        && (t.kind == Kind::Fly || f.has_stops || (t.participle && fi > 0))
                    {
                        departed_here.clone()
                    } else {
                        None
                    };
                    let dest = match dest {
                        Some(d) => Some(d),
                        None if origin.is_some() || f.has_stops => {
                            // "came in on a nonstop flight from Vnukovo": to where it is.
                            ents.first()
                                .and_then(|e| st.entities[st.root(*e)].at.clone())
                                .map(|p| (p, st.place_at.unwrap_or((0, 0))))
                        }
                        None => None,
                    };
                    let Some(dest) = dest else {
                        // No place: the date may belong to a movement told before.
                        if let Some(d) = own {
                            date_earlier(&mut drafts, &st, &ents, Event::Arrival, d, own_at);
                        }
                        continue;
                    };
                    let mut stops: Vec<(Place, (usize, usize))> = via.clone();
                    // "to Bogotá and then to Caracas": the earlier ones are stops.
                    if to.len() > 1 {
                        stops.extend(to[..to.len() - 1].iter().cloned());
                    }
                    let dest = if to.len() > 1 {
                        to[to.len() - 1].clone()
                    } else {
                        dest
                    };
                    let start = origin
                        .clone()
                        .or(onward_origin.clone())
                        .or(coordinated.as_ref().map(|c| (c.0.clone(), (0, 0))));
                    if let Some(o) = start {
                        let mut ps = vec![o.clone()];
                        ps.extend(stops.iter().cloned());
                        ps.push(dest.clone());
                        let mut d = mk(
                            Event::Route,
                            ps.into_iter().filter(|p| p.1 != (0, 0) || true).collect(),
                            days,
                        );
                        d.evidence.place.retain(|s| *s != (0, 0));
                        if let Some(c) = &coordinated {
                            // The route runs from the departure's day to the arrival's.
                            if let (Some(a), Some(b)) = (c.1, days) {
                                d.days = Some(Days {
                                    from: a.from.min(b.from),
                                    to: b.to.max(a.to),
                                });
                            } else if let Some(a) = c.1 {
                                d.days = Some(a);
                                d.open_end = f.has_stops;
                            }
                            if f.has_stops {
                                // The arrival is part of the route: drop a dateless one.
                                d.open_end = own.is_none();
                            } else {
                                // "left X … and flew to Y" is one movement: no separate departure.
                                if let Some(k) = c.2.checked_sub(0) {
                                    if let Some(x) = sentence_drafts.get_mut(k) {
                                        x.dropped = true;
                                    }
                                }
                            }
                        }
                        made.push(d);
                        if !f.has_stops
                            && t.kind == Kind::Arrive
                            && origin.is_none()
                            && coordinated.is_none()
                        {
                            // "returned to Y": an arrival (its take-off is its own claim).
                            let last = made.pop().expect("pushed");
                            let mut a = mk(Event::Arrival, vec![dest.clone()], days);
                            a.evidence = last.evidence;
                            made.push(a);
                        }
                    } else if f.has_stops {
                        // Stops and an end, but no start yet: filled in later from a departure.
                        let mut ps = stops.clone();
                        ps.push(dest.clone());
                        let mut d = mk(Event::Route, ps, days);
                        d.open_origin = true;
                        made.push(d);
                    } else {
                        made.push(mk(Event::Arrival, vec![dest.clone()], days));
                    }
                    // An arrival with stops is also an arrival, unless the route carries it.
                    if f.has_stops && own.is_some() && (origin.is_some() || coordinated.is_some()) {
                        made.push(mk(Event::Arrival, vec![dest.clone()], days));
                    }
                    for e in &ents {
                        let r = st.root(*e);
                        st.entities[r].at = Some(dest.0.clone());
                    }
                    st.place = Some(dest.0.clone());
                    st.place_at = Some(dest.1);
                }
                Kind::Depart => {
                    let origin = from.first().or(at.first()).cloned().or_else(|| {
                        // "it was airborne again": from where it was.
                        ents.first()
                            .and_then(|e| st.entities[st.root(*e)].at.clone())
                            .or_else(|| st.place.clone())
                            .map(|p| (p, st.place_at.unwrap_or((0, 0))))
                    });
                    let Some(origin) = origin else {
                        if let Some(d) = own {
                            date_earlier(&mut drafts, &st, &ents, Event::Departure, d, own_at);
                        }
                        continue;
                    };
                    // A placeless departure that restates one told before only dates it.
                    if from.is_empty()
                        && at.is_empty()
                        && let Some(d) = own
                        && date_earlier(&mut drafts, &st, &ents, Event::Departure, d, own_at)
                    {
                        continue;
                    }
                    // "had started its trip at X": the start of the arrival before.
                    if t.perfect && own.is_none() && t.last - t.first >= 3 {
                        if let Some(prev) = drafts.iter_mut().rev().find(|d| {
                            d.event == Event::Arrival
                                && d.entity.is_some_and(|e| ents.contains(&e))
                                && !d.dropped
                        }) {
                            let mut r = prev.clone();
                            r.event = Event::Route;
                            r.places.insert(0, origin.0.clone());
                            r.evidence.place.insert(0, origin.1);
                            r.sentence = sn;
                            prev.dropped = true;
                            made.push(r);
                            for d in &mut made {
                                d.entity = Some(st.root(ents[0]));
                            }
                            drafts.extend(made);
                            continue;
                        }
                    }
                    let d = mk(Event::Departure, vec![origin.clone()], days);
                    departed_here = Some((origin.0.clone(), days, sentence_drafts.len()));
                    made.push(d);
                }
                Kind::Stay | Kind::Stop => {
                    let place = at.first().or(to.first()).cloned().or_else(|| {
                        if f.stay_days.is_some() || t.kind == Kind::Stay && f.here.is_some() {
                            ents.first()
                                .and_then(|e| st.entities[st.root(*e)].at.clone())
                                .map(|p| (p, st.place_at.unwrap_or((0, 0))))
                        } else {
                            None
                        }
                    });
                    let Some(place) = place else {
                        continue;
                    };
                    // A stay's days start when it arrived there.
                    let mut dd = days;
                    if f.stay_days.is_some()
                        && !own_date
                        && let Some(arr) = drafts.iter().rev().find(|d| {
                            matches!(d.event, Event::Arrival | Event::Route)
                                && d.places.last().is_some_and(|p| p.code == place.0.code)
                                && d.entity
                                    .is_some_and(|e| ents.iter().any(|x| st.root(*x) == st.root(e)))
                                && d.days.is_some()
                        })
                    {
                        dd = arr.days.map(|x| Days::day(x.to));
                    }
                    if let Some(Bound::Until) = since {
                        // "until Wednesday": from the arrival to then.
                    }
                    let mut d = mk(Event::Presence, vec![place.clone()], stay(dd));
                    // "stayed parked … until Wednesday morning".
                    if let Some(u) = until_day(doc, f, timexes, &timex_days) {
                        let start = drafts
                            .iter()
                            .rev()
                            .find(|x| {
                                x.event == Event::Arrival
                                    && x.places.last().is_some_and(|p| p.code == place.0.code)
                            })
                            .and_then(|x| x.days);
                        if let Some(sd) = start.or(days) {
                            d.days = Some(Days {
                                from: sd.from,
                                to: u.to.max(sd.from),
                            });
                        }
                    }
                    made.push(d);
                    for e in &ents {
                        let r = st.root(*e);
                        st.entities[r].at = Some(place.0.clone());
                    }
                    st.place = Some(place.0.clone());
                    st.place_at = Some(place.1);
                }
            }
            // One claim per aircraft named.
            for d in made {
                if ents.len() > 1 {
                    for e in &ents {
                        let mut x = d.clone();
                        x.entity = Some(st.root(*e));
                        x.callsign = entity_callsign(&st, *e, mentions, descs, f.agent);
                        sentence_drafts.push(x);
                    }
                } else {
                    let mut x = d;
                    x.entity = ents.first().map(|e| st.root(*e));
                    x.callsign = if x.event == Event::Presence {
                        None
                    } else {
                        callsign.clone()
                    };
                    sentence_drafts.push(x);
                }
            }
            // A flight's callsign lasts until it lands.
            if let (Some(c), Some(e)) = (&callsign, ents.first()) {
                st.callsign = Some((st.root(*e), c.clone()));
            }
            if matches!(t.kind, Kind::Arrive | Kind::Stay) {
                st.callsign = None;
            }
            let _ = Trigger::clone;
        }
        // A callsign named without a movement ("Flying as RFF7091, …") starts a flight.
        if sframes.iter().all(|f| !f.trig.factual || f.agent.is_none())
            && let Some(c) = mentions
                .iter()
                .filter(|m| m.first >= s.first && m.first < s.last)
                .find_map(|m| match &m.ident {
                    Ident::Callsign(c) => Some(c.clone()),
                    _ => None,
                })
            && let Some(e) = st.current
        {
            st.callsign = Some((st.root(e), c));
        }
        drafts.extend(sentence_drafts);
    }
    let entities = st.entities.clone();
    (drafts, entities, timex_days, seen_at)
}

/// True when the words before token `i` in its sentence speak of a plan
/// ("is due in Angola from Sunday to Tuesday").
fn sentence_is_future(doc: &Doc, first: usize, i: usize) -> bool {
    (first..i).any(|j| {
        [
            "due",
            "will",
            "expected",
            "expects",
            "scheduled",
            "planned",
            "plans",
            "next",
        ]
        .contains(&doc.toks[j].lower.as_str())
    })
}

/// "until Wednesday morning" in a stay's clause: that day.
fn until_day(doc: &Doc, f: &Frame, timexes: &[Timex], days: &[Option<Days>]) -> Option<Days> {
    let s = &doc.sentences[f.sentence];
    timexes.iter().enumerate().find_map(|(k, t)| {
        (t.first > f.trig.first
            && t.first < s.last
            && t.first > 0
            && doc.toks[t.first - 1].lower == "until")
            .then(|| days[k])
            .flatten()
    })
}

/// A movement with no place but a date, for an aircraft whose movement of
/// that kind was told before without one: the date is that movement's.
fn date_earlier(
    drafts: &mut [Draft],
    st: &State,
    ents: &[usize],
    event: Event,
    d: Days,
    at: Option<(usize, usize)>,
) -> bool {
    let roots: Vec<usize> = ents.iter().map(|e| st.root(*e)).collect();
    if let Some(x) = drafts.iter_mut().rev().find(|x| {
        x.event == event
            && !x.own_date
            && x.entity.is_some_and(|e| roots.contains(&e))
            && !x.dropped
    }) {
        x.days = Some(d);
        x.own_date = true;
        x.evidence.date = at.into_iter().collect();
        return true;
    }
    false
}

fn entity_callsign(
    st: &State,
    e: usize,
    mentions: &[Mention],
    descs: &[Desc],
    agent: Option<usize>,
) -> Option<String> {
    // In a group, each callsign names one member, in order.
    let d = agent?;
    let cs: Vec<String> = descs[d]
        .mentions
        .iter()
        .filter_map(|&m| match &mentions[m].ident {
            Ident::Callsign(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    let _ = st;
    let _ = e;
    if cs.len() == 1 {
        cs.first().cloned()
    } else {
        None
    }
}

/// Resolves a description to the entities it names.
fn resolve_desc(
    st: &mut State,
    desc: &Desc,
    mentions: &[Mention],
    is_agent: bool,
    headline: bool,
) -> Vec<usize> {
    if desc.person {
        return Vec::new();
    }
    let mut types: Vec<(&'static str, Option<&'static str>, (usize, usize))> = Vec::new();
    let mut regs: Vec<(String, (usize, usize))> = Vec::new();
    let mut hexes: Vec<(String, (usize, usize))> = Vec::new();
    let mut callsigns: Vec<String> = Vec::new();
    let mut maker: Option<&'static [&'static str]> = None;
    let mut pronoun = false;
    for &m in &desc.mentions {
        let mm = &mentions[m];
        let span = (mm.first, mm.last);
        match &mm.ident {
            Ident::Type(c, s) => types.push((c, *s, span)),
            Ident::Registration(r, _) => regs.push((r.clone(), span)),
            Ident::Hex(h) => {
                if h != "000000" {
                    hexes.push((h.clone(), span));
                }
            }
            Ident::Callsign(c) => callsigns.push(c.clone()),
            Ident::Maker(p) => maker = Some(p),
            Ident::Pronoun(_) => pronoun = true,
            _ => {}
        }
    }
    let det = desc.det;
    // A list of registrations or callsigns: one entity each.
    let members: Vec<usize> = if regs.len() > 1 {
        regs.iter()
            .map(|(r, span)| {
                let e = find_reg(st, r).unwrap_or_else(|| st.new_entity());
                let ent = &mut st.entities[e];
                if !ent.regs.iter().any(|x| norm_reg(x) == norm_reg(r)) {
                    ent.regs.push(r.clone());
                    ent.named_at.push(*span);
                }
                if let Some((c, s, sp)) = types.first() {
                    ent.type_code.get_or_insert((c, *s));
                    ent.named_at.push(*sp);
                }
                e
            })
            .collect()
    } else if callsigns.len() > 1 && regs.is_empty() {
        callsigns
            .iter()
            .map(|_| {
                let e = st.new_entity();
                if let Some((c, s, sp)) = types.first() {
                    st.entities[e].type_code = Some((c, *s));
                    st.entities[e].named_at.push(*sp);
                }
                e
            })
            .collect()
    } else {
        Vec::new()
    };
    if !members.is_empty() {
        st.current = members.last().copied();
        return members;
    }
    // One aircraft (or one group).
    let reg = regs.first().cloned();
    let identified = !types.is_empty() || reg.is_some() || !hexes.is_empty();
    let mut target: Option<usize> = None;
    if let Some((r, _)) = &reg {
        target = find_reg(st, r);
    }
    if target.is_none()
        && let Some((h, _)) = hexes.first()
    {
        target = st
            .entities
            .iter()
            .position(|e| e.hex.as_deref() == Some(h.as_str()))
            .map(|e| st.root(e));
    }
    if target.is_none() {
        let cur = st.current.map(|c| st.root(c));
        let fits = |st: &State, c: usize| -> bool {
            let e = &st.entities[c];
            let type_ok = types
                .iter()
                .all(|(code, s, _)| st.compatible_type(c, code, *s));
            let reg_ok = reg.is_none() || e.regs.is_empty();
            let hex_ok = hexes.is_empty() || e.hex.is_none();
            let maker_ok = maker.is_none_or(|m| match e.type_code {
                Some((code, _)) => m.iter().any(|p| code.starts_with(p)),
                None => true,
            });
            type_ok && reg_ok && hex_ok && maker_ok
        };
        target = match (det, cur) {
            (Det::Other, _) => None,
            (_, Some(c)) if pronoun => Some(c),
            (Det::Definite | Det::None, Some(c))
                if fits(st, c) && !(st.entities[c].plural && identified && !desc.plural) =>
            {
                Some(c)
            }
            // A vaguely named aircraft is identified by the next description.
            (Det::Indefinite | Det::None, Some(c))
                if !st.entities[c].identified()
                    && identified
                    && fits(st, c)
                    && !st.entities[c].plural =>
            {
                Some(c)
            }
            // "an Il-62M" that is no agent restates the one before.
            (Det::Indefinite, Some(c))
                if !is_agent && fits(st, c) && st.entities[c].identified() =>
            {
                Some(c)
            }
            (Det::Definite | Det::None, None) if desc.bare || identified => None,
            _ => None,
        };
        // A definite bare noun with nothing before ("the plane") in a headline.
        if target.is_none() && !is_agent && !identified && det != Det::Other {
            // Not an agent and says nothing: it changes nothing.
            if headline || desc.bare {
                return cur.into_iter().collect();
            }
        }
    }
    let e = match target {
        Some(e) => e,
        None => {
            if !is_agent && !identified {
                return st.current.into_iter().collect();
            }
            st.new_entity()
        }
    };
    let e = st.root(e);
    let ent = &mut st.entities[e];
    for (c, s, span) in &types {
        match ent.type_code {
            None => {
                ent.type_code = Some((c, *s));
                ent.named_at.push(*span);
            }
            // A variant after a series: "the Boeing 747 … the 747-200F".
            Some((_, Some(_))) if s.is_none() => {
                ent.type_code = Some((c, None));
                ent.named_at.push(*span);
            }
            _ => {}
        }
    }
    if let Some((r, span)) = reg
        && !ent.regs.iter().any(|x| norm_reg(x) == norm_reg(&r))
    {
        ent.regs.push(r);
        ent.named_at.push(span);
    }
    if let Some((h, span)) = hexes.first()
        && ent.hex.is_none()
    {
        ent.hex = Some(h.clone());
        ent.named_at.push(*span);
    }
    if let Some(m) = maker {
        ent.maker.get_or_insert(m);
    }
    if desc.plural && !identified || desc.count.is_some_and(|c| c > 1) {
        ent.plural = true;
    }
    st.current = Some(e);
    vec![e]
}

fn find_reg(st: &State, r: &str) -> Option<usize> {
    let n = norm_reg(r);
    st.entities
        .iter()
        .position(|e| e.alias.is_none() && e.regs.iter().any(|x| norm_reg(x) == n))
}
