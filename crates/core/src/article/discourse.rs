//! Stage 5: the discourse. The story is read sentence by sentence with a
//! state carried along:
//! - the aircraft last named: what "it", "the plane", "the Ruslan" and "the
//!   747" refer to; "another", "a second", "a separate" start a new one; an
//!   aircraft first named vaguely ("a Russian air force jet", "the
//!   vice-president" travelling) is identified by the next description that
//!   names a type or registration; "they" and "the jets" are the group last
//!   named;
//! - the story's current date, set by the last movement that gave its own
//!   day: "the following day" counts from it, and a movement that gives no
//!   date takes the date of the movement before it in its sentence, or the
//!   story's date when it continues the same aircraft's story;
//! - where each aircraft is: a departure that names no place leaves from
//!   there, "New York" is the airport it was last at, and a journey with
//!   stops ends there when the text names no end.
//!
//! `read` holds the sentence-by-sentence loop; beside it, under discourse/:
//! `state.rs` (the state carried along and what the stage returns),
//! `reference.rs` (which aircraft a description names), `dating.rs` (the
//! day a movement takes) and `trips.rs` (journeys with stops, and the
//! claims a frame makes for each aircraft).

use std::collections::HashMap;

use super::aircraft::{Det, Ident, Mention};
use super::dates::{self, Bound, Days, Timex};
use super::events::{Desc, Frame, Here, Kind, Role};
use super::places::{PlaceKind, PlaceMention, country_place};
use super::text::{Block, Doc, Sentence};
use super::{Event, Place, tables};

mod dating;
mod reference;
mod state;
mod trips;

use dating::{a_day, anchor_at, clause_is_future, date_line, date_movement, until_day};
use reference::resolve_desc;
use state::State;
pub use state::{Draft, Entity, Evidence, Reading};
use trips::{
    Departed, Trip, began_at, called_at, chain_stops, finish_trip, merge_legs, push_claims,
    sentence_callsign, where_then,
};

/// Vessels: what moves in a sentence naming one is not an aircraft.
const SHIPS: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "boat",
    "frigate",
    "destroyer",
    "ferry",
];

/// What disrupts flights, as a lead's subject: "A hailstorm disrupted
/// flights at Tribhuvan on Friday" tells the day of the diversions after it.
const DISRUPTIONS: &[&str] = &[
    "flights",
    "storm",
    "hailstorm",
    "fog",
    "snow",
    "snowstorm",
    "thunderstorm",
    "thunderstorms",
    "drone",
    "drones",
    "weather",
    "typhoon",
    "hurricane",
    "cyclone",
    "winds",
    "gales",
    "blizzard",
];

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
        group: Vec::new(),
        date: None,
        date_at: None,
        date_entity: None,
        span: None,
        place: None,
        place_at: None,
        callsign: None,
        fresh: None,
    };
    // "All dates are in 2023.": the year of the days below it.
    let dates_note: Option<(usize, i64)> = doc.sentences.iter().find_map(|s| {
        let w = |i: usize| doc.word(i);
        let said = (s.first..s.last).any(|i| w(i) == "all" && w(i + 1) == "dates");
        if !said {
            return None;
        }
        timexes
            .iter()
            .filter(|t| t.first >= s.first && t.last <= s.last)
            .find_map(|t| match t.value {
                dates::Value::Year(y) => Some((t.last, y)),
                _ => None,
            })
    });
    let reporting: Vec<usize> = (0..doc.toks.len())
        .filter(|&i| super::events::REPORTING.contains(&doc.toks[i].lower.as_str()))
        .collect();
    // The day a date line over the body gave (the page's own day).
    let mut top_day: Option<Days> = None;
    // The dateline's date starts the story.
    if let (Some((a, b)), Some(p)) = (doc.dateline, published)
        && let Some(t) = timexes.iter().find(|t| t.first >= a && t.last <= b)
    {
        st.date = dates::resolve(&t.value, p, None, false);
        st.date_at = Some((t.first, t.last));
        top_day = st.date;
    }
    let first_body = doc
        .sentences
        .iter()
        .find(|s| s.block == Block::Body)
        .map(|s| s.paragraph);
    // The story's setting: the first airport the headline or the lead
    // names ("Summer at Bozeman Yellowstone International Airport means…").
    // An aircraft that lands or stands without a place named, and that the
    // story has put nowhere else, is there.
    // (A town of one airport in the headline counts when it heads it or
    // is where things happen: "Prestwick Log: a grey weekend", "Qatar's
    // state fleet lands in Zurich"; not "brings patients back to Ankara",
    // "approaching Kaliningrad".)
    let setting_mention = places
        .iter()
        .find(|p| {
            let Some(s) = doc
                .sentences
                .iter()
                .find(|s| p.first >= s.first && p.first < s.last)
            else {
                return false;
            };
            // (Not where the lead's flight came from: "touched down …
            // coming from Viracopos airport".)
            let came_from = p.prep.as_deref() == Some("from")
                && (p.first.saturating_sub(4)..p.first).any(|i| doc.toks[i].lower == "from");
            plain_field(p)
                && !came_from
                && (p.kind == PlaceKind::Airport
                    || (s.block == Block::Headline
                        && p.kind == PlaceKind::City
                        && (p.first == s.first
                            || matches!(p.prep.as_deref(), Some("in" | "at"))
                            // ("RAF Mildenhall movements - w/e 14th March")
                            || (p.first == s.first + 1
                                && ["raf", "nas", "naf", "mcas", "cfb", "jb"]
                                    .contains(&doc.toks[s.first].lower.as_str()))))
                    || doc.toks.get(p.last).is_some_and(|t| {
                        ["airport", "international", "airfield", "air"].contains(&t.lower.as_str())
                    })
                    // "Ilorin's small airport turned into a private-jet park".
                    || (doc.possessive_at(p.last)
                        && (p.last + 2..(p.last + 5).min(doc.toks.len()))
                            .any(|k| ["airport", "airfield"].contains(&doc.toks[k].lower.as_str()))))
                && (s.block != Block::Body || Some(s.paragraph) == first_body)
                && !hedged(doc, s.first, s.last)
        });
    let setting: Option<Place> = setting_mention.map(|p| p.place.clone());
    // (Told as where things happened, "at Gatwick airport", not as where a
    // flight went or came from.)
    let scene = setting_mention.is_some_and(|p| matches!(p.prep.as_deref(), Some("at" | "in")));
    // "THIRUVANANTHAPURAM, May 15 (Agency):": where "here" is.
    let dateline_place: Option<(Place, (usize, usize))> = doc.dateline.and_then(|(a, b)| {
        places
            .iter()
            .find(|p| p.first >= a && p.first < b && !p.government)
            .map(|p| (p.place.clone(), p.name))
    });
    let mut timex_days: Vec<Option<Days>> = vec![None; timexes.len()];
    let mut desc_entity: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut seen_at: Vec<(usize, Place, usize)> = Vec::new();
    // Places of plans, habits and background ("has been to Caracas before").
    let unreal: Vec<usize> = frames
        .iter()
        .filter(|f| !f.trig.factual && !f.trig.negated)
        .flat_map(|f| f.places.iter().map(|p| p.0))
        .collect();
    let agents: Vec<usize> = frames
        .iter()
        .flat_map(|f| f.agents.iter().copied())
        .collect();
    // Each sentence's descriptions, places, dates, frames and mentions, in
    // order (a story's sentences each looked through all of them).
    let desc_in = by_sentence(doc, descs.iter().map(|d| d.first));
    let place_in = by_sentence(doc, places.iter().map(|p| p.first));
    let timex_in = by_sentence(doc, timexes.iter().map(|t| t.first));
    let mention_in = by_sentence(doc, mentions.iter().map(|m| m.first));
    let mut frame_in: Vec<Vec<&Frame>> = vec![Vec::new(); doc.sentences.len()];
    for f in frames {
        if let Some(v) = frame_in.get_mut(f.sentence) {
            v.push(f);
        }
    }
    let mut last_named: Option<Days> = None;
    // The aircraft that last took off late in the day, that day, and the
    // hour ("had left Calgary on Friday evening").
    let mut left_late: Option<(usize, Days, u32)> = None;
    // The day of the last date line (a live page's day, a list's header).
    let mut header_day: Option<(Days, (usize, usize))> = None;
    // The last day the text wrote with its year.
    let mut written_year: Option<Days> = None;
    // A look back told with its day, and the sentence it was told in
    // ("had landed Kathmandu on October 2").
    // (Its third field: the look back was carried into that sentence, not
    // told there, so the sentence's other movements go on with it.)
    let mut flashback: Option<(Days, usize, bool)> = None;
    for sn in 0..doc.sentences.len() {
        let s = &doc.sentences[sn];
        let headline = s.block != Block::Body;
        let lead = !headline && Some(s.paragraph) == first_body;
        let doubted = hedged(doc, s.first, s.last);
        // This sentence's descriptions, in order.
        for &d in &desc_in[sn] {
            let desc = &descs[d];
            // "escorted by four Sukhoi Su-35S": the escort is named, but the
            // story's aircraft is still the one escorted.
            let escort = escort(doc, s, desc.first, desc.last);
            let kept = escort.then(|| (st.current, st.group.clone()));
            // (Nor is the escort the aircraft named before it: "a Ryanair
            // flight … with a MiG-29 escort" gives the flight no type.)
            if escort {
                st.current = None;
            }
            let ents = resolve_desc(&mut st, desc, mentions, agents.contains(&d), headline, sn);
            if let Some(k) = kept {
                (st.current, st.group) = k;
            }
            for &k in &place_in[sn] {
                let p = &places[k];
                if plain_field(p) && !unreal.contains(&k) && !doubted {
                    for e in &ents {
                        seen_at.push((st.root(*e), p.place.clone(), sn));
                    }
                }
            }
            if !ents.is_empty() {
                desc_entity.insert(d, ents);
            }
        }
        // This sentence's dates (anaphoric ones again at their frame).
        for &k in &timex_in[sn] {
            let t = &timexes[k];
            timex_days[k] = match published {
                Some(p) => {
                    let anchor = anchor_at(doc, timexes, p, t.first, &reporting);
                    let future = clause_is_future(doc, s.first, t.first);
                    // (A day or month without its year in a story told in
                    // an earlier year: that year.)
                    let own = dates::in_story_year(&t.value, anchor, st.date).or_else(|| {
                        // ("All dates are in 2023." above a table of days.)
                        let (at, y) = dates_note?;
                        (t.first > at).then_some(())?;
                        let jan1 = dates::Days::day(crate::time::days_from_civil(y, 1, 1));
                        dates::in_story_year(&t.value, anchor, Some(jan1))
                    });
                    // (Or, before the story has a date, in the year of the
                    // last day written with its year, quoted ones too: a
                    // logbook's "24.02.22 - EGGW-LSZH" before "sat at Zurich
                    // until 9 March".)
                    let own = own.or_else(|| {
                        st.date.is_none().then_some(())?;
                        dates::in_story_year(&t.value, anchor, written_year)
                    });
                    let r = own.or_else(|| dates::resolve(&t.value, anchor, st.date, future));
                    if let (dates::Value::Calendar { year: Some(_), .. }, Some(d)) = (&t.value, r)
                        && d.from == d.to
                    {
                        written_year = Some(d);
                    }
                    r
                }
                None => dates::resolve_fixed(&t.value),
            };
        }
        let sframes: &[&Frame] = &frame_in[sn];
        // ("Updated June 27 2024 - 7:34am, first published June 26 2024": a
        // page's byline, no day of the story.)
        let byline = sframes.is_empty() && is_byline(doc, s);
        // The last day the text named before this sentence, for "later
        // that day" in a story whose date no movement has set yet ("Among
        // the aircraft at Vnukovo on Monday was the Il-96. Later that day
        // it flew to Minsk.").
        let named_before = last_named;
        last_named = timex_in[sn]
            .iter()
            .filter(|_| !byline)
            .rev()
            .copied()
            .filter(|&k| !doc.toks[timexes[k].first].quoted)
            .find_map(|k| a_day(&timexes[k], timex_days[k]))
            .or(last_named);
        // The day a timex of this sentence names, with its words.
        let day_at = |k: usize| {
            a_day(&timexes[k], timex_days[k]).map(|d| (d, (timexes[k].first, timexes[k].last)))
        };
        // (Also a sentence that opens on its day and tells no movement: "On
        // 12 September the airlift gathered pace." sets the paragraph's day;
        // and a short one that only names its day: "Take the night of 15
        // February.")
        let opens_on_day = || {
            (0..timexes.len())
                .find(|&k| {
                    timexes[k].first >= s.first
                        && timexes[k].first <= s.first + 1
                        && (timexes[k].first == s.first || doc.toks[s.first].lower == "on")
                })
                .and_then(|k| {
                    day_at(k).or_else(|| {
                        // ("Last month, on 9 January, the saga ended.": the day
                        // that narrows the opening month.)
                        let n = k + 1;
                        (n < timexes.len()
                            && timexes[n].first > timexes[k].last
                            && timexes[n].first <= timexes[k].last + 2
                            && (timexes[k].last..timexes[n].first)
                                .all(|i| doc.toks[i].is(",") || doc.toks[i].lower == "on"))
                        .then(|| day_at(n))
                        .flatten()
                    })
                })
        };
        let short_day = || {
            let words = doc.toks[s.first..s.last]
                .iter()
                .filter(|t| t.is_word())
                .count();
            // ("This flight was planned last night": when a plan was made,
            // not a day of the story.)
            let plan = doc.toks[s.first..s.last].iter().any(|t| {
                [
                    "planned",
                    "scheduled",
                    "booked",
                    "arranged",
                    "announced",
                    "ordered",
                ]
                .contains(&t.lower.as_str())
            });
            if words > 8 || plan || byline {
                return None;
            }
            timex_in[sn].first().copied().and_then(day_at)
        };
        // (And a lead that tells its day and no movement: "Three spy
        // planes operated near Kaliningrad on Monday, Interfax reported.")
        // The sentence's timexes, and its one timex if it has exactly one.
        // (Not an update's header: "Update, Saturday: Ryanair said the
        // aircraft was cleared on Friday and flew … at 11am".)
        let header = published
            .and_then(|p| dating::update_date(doc, timexes, p, s.first))
            .map(|(k, _)| k);
        let here: Vec<usize> = timex_in[sn]
            .iter()
            .copied()
            .filter(|&k| Some(k) != header && !byline)
            // ("has arrived in South Korea for a three-day visit until
            // Sunday": when the visit ends, not the landing's day.)
            .filter(|&k| {
                !(timexes[k].after_until(doc)
                    && sframes.iter().any(|g| {
                        matches!(g.trig.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
                            && g.trig.last <= timexes[k].first
                    }))
            })
            .collect();
        let one_timex = || match here[..] {
            [k] => Some(k),
            _ => None,
        };
        // Where the sentence's text starts after its dateline, or after a
        // day it opens on before a dash ("November 20, 2013 - Crews kept
        // searching …").
        let after_date = match doc.dateline {
            Some((a, b)) if a >= s.first && b < s.last => Some(b),
            _ => timex_in[sn].first().copied().and_then(|k| {
                let dash = doc.toks.get(timexes[k].last)?;
                (timexes[k].first == s.first && (dash.is("-") || dash.is("–") || dash.is("—")))
                    .then_some(timexes[k].last + 1)
            }),
        };
        // The day at timex `k` is a saying's: a word of saying up to three
        // words before it ("officials said on Tuesday").
        let said_on = |k: usize| {
            let from = timexes[k].first.saturating_sub(3).max(s.first);
            reporting.iter().any(|&j| j >= from && j < timexes[k].first)
        };
        let lead_day = || {
            if !lead || st.date.is_some() {
                return None;
            }
            // (Its subject an aircraft: not "Questions multiplied on
            // Tuesday over an Il-76 shot down over Darfur".)
            let start = after_date.unwrap_or(s.first);
            // (Its one day after the dateline: not "November 20, 2013"
            // before "crashed Tuesday night".)
            let k = match here
                .iter()
                .filter(|&&k| timexes[k].first >= start)
                .collect::<Vec<_>>()[..]
            {
                [&k] => k,
                _ => return None,
            };
            // (Or a journey: "FC Twente's journey to their away match took
            // longer than planned on Wednesday"; or what disrupted flights:
            // "A hailstorm disrupted flights at Tribhuvan on Friday".)
            let subject = descs
                .iter()
                .any(|d| !d.person && d.first >= start && d.first <= start + 4)
                || (start..(start + 6).min(s.last)).any(|i| {
                    let w = doc.word(i);
                    ["journey", "trip", "flight"].contains(&w) || DISRUPTIONS.contains(&w)
                })
                // ("A passenger died after falling ill during an Emirates
                // flight from London to Dubai on Monday": what happened on
                // board, that day.)
                || (start..s.last).any(|i| {
                    doc.word(i) == "flight"
                        && (i.saturating_sub(4).max(start)..i)
                            .any(|j| ["during", "aboard", "onboard"].contains(&doc.word(j)))
                })
                // (Or an aircraft that crashed that day: "after a Learjet 35
                // crashed Tuesday night".)
                || descs.iter().any(|d| {
                        !d.person
                            && d.first >= start
                            && (d.last..(d.last + 3).min(s.last)).any(|v| {
                                ["crashed", "disappeared", "vanished", "crash-landed"]
                                    .contains(&doc.word(v))
                                    && timexes[k].first > v
                                    && timexes[k].first <= v + 2
                            })
                    });
            if !subject {
                return None;
            }
            if said_on(k) {
                return None;
            }
            day_at(k)
        };
        // A sentence of no movement whose subject is an aircraft and that
        // names its one day sets the story's day: "The aircraft from
        // Auckland to Sydney on Wednesday reported the loss of an engine.
        // But it later landed safely at about 3.30 p.m." (Not a day told
        // of a saying: "the airline said on Wednesday".)
        let subject_day = || {
            if headline || s.block != Block::Body {
                return None;
            }
            let k = one_timex()?;
            if timexes[k].bound != Bound::At {
                return None;
            }
            // (The day inside the subject, before its verb: the flight's
            // day, not one the sentence tells of after: "N624XA began its
            // Sunday in Alexandria".)
            let subject = descs.iter().any(|d| {
                !d.person
                    && d.first >= s.first
                    && d.first <= s.first + 2
                    && d.last <= timexes[k].first
                    && doc.toks[d.last..timexes[k].first].iter().all(|x| {
                        x.cap
                            || x.is(",")
                            || ["from", "to", "via", "on", "of"].contains(&x.lower.as_str())
                    })
            });
            if !subject {
                return None;
            }
            if said_on(k) {
                return None;
            }
            day_at(k).filter(|(d, _)| published.is_some_and(|p| d.to <= p))
        };
        // (And a headline that names an aircraft and its one day, as an
        // incident digest does: "Incident: Frontier A21N at Denver on Mar
        // 3rd 2025, engine vibrations".)
        let headline_day = || {
            if !headline || st.date.is_some() {
                return None;
            }
            let k = one_timex()?;
            if !descs
                .iter()
                .any(|d| !d.person && d.first >= s.first && d.last <= s.last)
            {
                return None;
            }
            day_at(k).filter(|(d, _)| d.from == d.to)
        };
        // (The headline's day first: it names the aircraft.)
        if let Some((d, at)) = headline_day().or_else(|| {
            (sframes.is_empty() && !byline)
                .then(|| {
                    date_line(doc, timexes, &timex_days, sn).or_else(|| {
                        // ("November 20, 2013 - … after a Learjet 35
                        // crashed Tuesday night": the lead's day after its
                        // dateline's.)
                        after_date
                            .is_some()
                            .then(lead_day)
                            .flatten()
                            .or_else(opens_on_day)
                            .or_else(short_day)
                            .filter(|_| no_report(doc, s.first, s.last))
                            .or_else(lead_day)
                            .or_else(subject_day)
                    })
                })
                .flatten()
        }) {
            st.date = Some(d);
            st.date_at = Some(at);
            st.date_entity = None;
            if headline {
                top_day = Some(d);
            } else {
                header_day = Some((d, at));
            }
        }
        // "11:50 a.m." on a line of its own, over a live page's entry: the
        // entry is told on the page's day again, not on the day the entry
        // before it went back to ("left MacDill at 9:14 p.m. Wednesday",
        // "flew the team to Riga yesterday"). A page with no day line is
        // the publication day's.
        if sframes.is_empty()
            && let Some((d, at)) =
                header_day.or_else(|| published.map(|p| (Days { from: p, to: p }, (0, 0))))
            && clock_line(doc, s)
        {
            st.date = Some(d);
            st.date_at = Some(at);
            st.date_entity = None;
            if headline {
                top_day = Some(d);
            }
        }
        // "UPDATE 6:18 p.m.: Air Force One took off …": an update told with
        // a clock time and no day is the page's (publication) day.
        if doc.toks[s.first].lower.starts_with("update")
            && doc.toks[s.first].upper
            && (s.first + 1..(s.first + 4).min(s.last))
                .any(|i| doc.toks[i].kind == super::text::TokKind::Number)
            && let Some(p) = published
            && !here.iter().any(|&k| {
                timexes[k].first > s.first
                    && timexes[k].first < s.first + 8
                    && timex_days[k].is_some()
            })
        {
            st.date = Some(Days { from: p, to: p });
            st.date_at = None;
            st.date_entity = None;
        }
        // A stop told between a departure and an arrival ("took off from A,
        // stopped to refuel at B and landed at C", "… made a stopover at B
        // and then continued to C") is a stop on the way.
        // "had left Urumqi the night before and stopped to refuel in
        // Dubai", told after the landing: on the way there.
        let on_way = |f: &Frame| {
            called_at(doc, f)
                || (f.trig.kind == Kind::Stop
                    && sframes
                        .iter()
                        .any(|g| g.trig.factual && g.trig.kind == Kind::Depart)
                    && sframes.iter().any(|g| {
                        g.trig.factual
                            && (g.trig.kind == Kind::Arrive
                                || (g.trig.kind == Kind::Depart && g.trig.perfect)
                                || (g.trig.kind == Kind::Fly
                                    && g.trig.first > f.trig.first
                                    && g.places.iter().any(|(_, r)| *r == Role::To)))
                    }))
        };
        let journey = sframes.iter().any(|f| f.trig.factual && f.has_stops)
            || (sframes.iter().any(|f| f.trig.factual && on_way(f))
                && sframes.iter().any(|f| {
                    f.trig.factual
                        && matches!(f.trig.kind, Kind::Depart | Kind::Arrive)
                        && !on_way(f)
                }));
        let mut sentence_drafts: Vec<Draft> = Vec::new();
        let mut prev_date: Option<(Days, Option<(usize, usize)>)> = None;
        // The clock hour a departure in this sentence was told at.
        let mut departed_at_hour: Option<u32> = None;
        let mut departed_here: Option<Departed> = None;
        let mut departed_participle = false;
        let mut departed_ents: Vec<usize> = Vec::new();
        let mut pending_origin: Option<(Place, (usize, usize))> = None;
        let mut trip = Trip::default();
        // A sentence's one date, told in another clause than its movement
        // ("late on Wednesday evening when a C-17 … touched down at …"),
        // dates the movement; not a report's date ("said on Thursday").
        let reported = |k: usize| {
            // ("…, Kenya Airways said, adding that passengers should expect
            // delays into Monday": the report's clause.)
            (s.first..timexes[k].first).any(|j| {
                ["adding", "saying", "warning"].contains(&doc.toks[j].lower.as_str())
                    && doc.toks.get(j + 1).is_some_and(|n| n.lower == "that")
            }) || (timexes[k].first.saturating_sub(3).max(s.first)..timexes[k].first).any(|j| {
                [
                    "said",
                    "says",
                    "told",
                    "announced",
                    "reported",
                    "confirmed",
                    "stated",
                    "wrote",
                    "posted",
                    "added",
                    "noted",
                    "published",
                ]
                .contains(&doc.toks[j].lower.as_str())
                    || super::events::REPORT_NOUNS.contains(&doc.toks[j].lower.as_str())
            })
        };
        // "officials said on Tuesday that it had left the day before": the
        // day of the telling, for carried words told after it.
        let said: Option<(usize, Days)> = here.iter().find_map(|&k| {
            reported(k)
                .then(|| a_day(&timexes[k], timex_days[k]))
                .flatten()
                .map(|d| (timexes[k].last, d))
        });
        // (Nor a plan's: "for Las Vegas, where the president is scheduled to
        // attend a fundraiser on Wednesday".)
        let planned = |k: usize| {
            (timexes[k].first.saturating_sub(8).max(s.first)..timexes[k].first).any(|j| {
                super::events::plan_word(&doc.toks, j)
                    // ("and are to shuttle relief cargo to the islands this week")
                    || (["is", "are"].contains(&doc.toks[j].lower.as_str())
                        && doc.toks.get(j + 1).is_some_and(|t| t.lower == "to"))
            })
        };
        let lone: Option<usize> = {
            match here[..] {
                [k] if !headline
                    && sframes.iter().all(|f| f.timex.is_none())
                    && sframes.iter().filter(|f| f.trig.factual).count() == 1
                    && !reported(k)
                    && !planned(k)
                    // (Nor a day that owns a noun: "for Wednesday's game".)
                    && !timexes[k].owns_noun(doc)
                    // (Nor a relative clause's after the movement: "had left
                    // Bali, where he attended the summit on the 15th".)
                    && !(s.first + 1..timexes[k].first).any(|j| {
                        ["where", "which", "who", "whose"].contains(&doc.toks[j].lower.as_str())
                            && doc.toks[j - 1].is(",")
                            && sframes.iter().all(|f| f.trig.last <= j)
                    }) =>
                {
                    Some(k)
                }
                _ => None,
            }
        };
        for (fk, f) in sframes.iter().enumerate() {
            let t = &f.trig;
            // "ten aircraft had landed at the airport over the past week": a
            // tally, not a movement.
            if !f.agents.is_empty()
                && f.agents
                    .iter()
                    .all(|&d| descs[d].plural && descs[d].count.is_some_and(|n| n >= 10))
            {
                continue;
            }
            // "Flights that landed on 17 June:": a list's heading; its rows
            // tell the flights.
            if f.agents.is_empty() && f.places.is_empty() && doc.toks[s.last - 1].is(":") {
                continue;
            }
            // A ship's movement is no aircraft's ("The Navy's ship Vulcano
            // is heading for the eastern Mediterranean").
            // (Not a ferry flight: "A ferry flight, which left Mumbai".)
            if f.agents.is_empty()
                && (s.first..t.first).any(|i| {
                    SHIPS.contains(&doc.toks[i].lower.as_str())
                        && !(doc.toks[i].lower == "ferry"
                            && ["flight", "flights"].contains(&doc.word(i + 1)))
                })
            {
                continue;
            }
            // "The trip to Lima corresponded to the summit", "the flight to
            // Punta Arenas took the ministers …": a flight told already,
            // named again; its day is the story's once more.
            if matches!(t.kind, Kind::Fly | Kind::Arrive)
                && ["trip", "flight", "journey"].contains(&doc.toks[t.first].lower.as_str())
                && t.first > s.first
                && doc.toks[t.first - 1].lower == "the"
                && let [(p, Role::To)] = f
                    .places
                    .iter()
                    .filter(|(p, _)| places[*p].place.is_airport())
                    .copied()
                    .collect::<Vec<_>>()[..]
                && let Some(d) = drafts.iter().rev().find(|d| {
                    !d.dropped
                        && d.places
                            .last()
                            .is_some_and(|q| q.code == places[p].place.code)
                })
            {
                if let Some(days) = d.days {
                    st.date = Some(days);
                    st.date_at = None;
                    st.date_entity = d.entity;
                }
                continue;
            }
            // "Its transponder was switched off shortly after it left Kufra":
            // a departure told again as the time of something else, after the
            // route from there.
            if t.kind == Kind::Depart
                && (t.first.saturating_sub(3).max(s.first)..t.first)
                    .any(|k| doc.toks[k].lower == "after")
                && let [(p, Role::From)] = f.places[..]
                && drafts.iter().any(|d| {
                    !d.dropped
                        && d.event == Event::Route
                        && d.places
                            .first()
                            .is_some_and(|q| q.code == places[p].place.code)
                })
            {
                continue;
            }
            // A plan's date told after a fact ("came from Kadena Air Base and
            // are to shuttle relief cargo to the islands this week").
            let plan_timex = f
                .timex
                .is_some_and(|k| t.factual && timexes[k].first > t.last && planned(k));
            // A flight the sentence plans ("A further flight, departing from
            // Pratica di Mare, is planned for next week"): its participle
            // is the plan's, not a movement told.
            if plan_timex && doc.toks[t.first].lower.ends_with("ing") {
                continue;
            }
            // (Not the plan's date.)
            let f_timex = f
                .timex
                .filter(|_| !plan_timex)
                .or(lone.filter(|_| t.factual));
            // Who.
            let mut ents: Vec<usize> = Vec::new();
            let mut person = false;
            for &d in &f.agents {
                if descs[d].person {
                    // A traveller: the aircraft the story ties to them, and
                    // only a definite one ("the minister", "he") moving.
                    // (Nor a witness's own travel told in testimony: "he
                    // further stated he had traveled to Punta Cana to meet
                    // investors".)
                    let testimony = t.first > s.first
                        && doc.toks[t.first - 1].lower == "had"
                        && ["traveled", "travelled", "gone", "come", "went"]
                            .contains(&doc.toks[t.first].lower.as_str())
                        && (s.first..t.first).any(|k| {
                            super::events::REPORTING.contains(&doc.toks[k].lower.as_str())
                                || ["claimed", "testified", "insisted"]
                                    .contains(&doc.toks[k].lower.as_str())
                        });
                    if matches!(descs[d].det, Det::Indefinite | Det::Other)
                        || matches!(t.kind, Kind::Stay | Kind::Stop)
                        || testimony
                    {
                        person = true;
                        continue;
                    }
                    let e = match st.current {
                        Some(c) => c,
                        None => {
                            let e = st.new_entity();
                            st.current = Some(e);
                            e
                        }
                    };
                    ents.push(e);
                } else if let Some(es) = desc_entity.get(&d) {
                    ents.extend(es.iter().copied());
                }
            }
            if person && ents.is_empty() {
                continue;
            }
            if ents.is_empty() {
                ents = match st.current {
                    Some(c) => vec![c],
                    None => {
                        let e = st.new_entity();
                        st.current = Some(e);
                        vec![e]
                    }
                };
            }
            let mut roots: Vec<usize> = ents.iter().map(|e| st.root(*e)).collect();
            roots.dedup();
            let ents = roots;
            let main = ents[0];
            // (A callsign another aircraft of the sentence, told as another,
            // is named by is not this one's: "the first landed …; the
            // second, RCH562, followed".)
            let others: Vec<usize> = sframes
                .iter()
                .filter(|g| !std::ptr::eq(**g, *f))
                .flat_map(|g| g.agents.iter().copied())
                .filter(|d| !f.agents.contains(d) && descs[*d].det == Det::Other)
                .collect();
            // Several aircraft moving together are the group "they" and "both"
            // refer to next.
            if ents.len() > 1 && t.factual {
                st.group = ents.clone();
            }
            // When. Anaphoric words count from the story's date as it stands now.
            if let Some(x) = f_timex
                && timexes[x].value.is_anaphoric()
                && let Some(p) = published
            {
                let told = said.filter(|(at, _)| *at <= timexes[x].first).map(|d| d.1);
                // (Else the day the sentence names later: "The C-32, which
                // had stopped at Burlington earlier in the day, landed at
                // Albany on Tuesday".)
                let later_here = (x + 1..timexes.len())
                    .filter(|&k| timexes[k].first < s.last)
                    .find_map(|k| a_day(&timexes[k], timex_days[k]));
                // (Else, for "the previous evening" or "earlier that day",
                // the day of publication, a report's own day; never for "the
                // next day".)
                let back_from_telling =
                    matches!(timexes[x].value, dates::Value::Anaphoric(_, b) if b <= 0)
                        .then(|| Days { from: p, to: p });
                // (A day the same sentence named before it, first: "seized
                // the Hawker at Santo Domingo on 3 September and flew it to
                // Fort Lauderdale the next day".)
                let earlier_here = (0..x)
                    .rev()
                    .filter(|&k| timexes[k].first >= s.first)
                    .find_map(|k| a_day(&timexes[k], timex_days[k]));
                let base = prev_date
                    .map(|d| d.0)
                    .or(told)
                    .or(earlier_here)
                    .or(st.date)
                    .or(named_before)
                    .or(later_here)
                    .or(back_from_telling);
                // ("There was a similar case last month … In the same month,
                // …": the month the text last named, whatever its span.)
                let base = if matches!(timexes[x].value, dates::Value::AnaphoricMonth(_)) {
                    (0..x)
                        .rev()
                        .find_map(|k| timex_days[k].filter(|d| d.from <= p))
                        .or(base)
                } else {
                    base
                };
                timex_days[x] = dates::resolve(&timexes[x].value, p, base, false);
            }
            let own = f_timex.and_then(|x| timex_days[x]);
            let own_at = f_timex.map(|x| (timexes[x].first, timexes[x].last));
            let own_day = f_timex.and_then(|x| a_day(&timexes[x], own));
            if !t.factual {
                // A denied movement still happened on its day ("could not land
                // at Maiquetía on Sunday … was sent instead to Valencia").
                // So did a plan that sentence overturns ("Due to land at
                // Ezeiza on Monday, the 747 was diverted to Rosario").
                // (Its day read as past: the sentence says it did not happen
                // as planned.)
                let overturned_day = (!t.negated
                    && sframes.iter().any(|g| g.trig.factual && g.timex.is_none()))
                .then(|| {
                    let x = f_timex?;
                    let p = published?;
                    let anchor = anchor_at(doc, timexes, p, timexes[x].first, &reporting);
                    let d = dates::resolve(&timexes[x].value, anchor, st.date, false)?;
                    a_day(&timexes[x], Some(d)).filter(|d| d.to <= p)
                })
                .flatten();
                let own_day = if t.negated { own_day } else { overturned_day };
                if let Some(d) = own_day {
                    prev_date = Some((d, own_at));
                    st.date = Some(d);
                    st.date_at = own_at;
                    st.date_entity = Some(main);
                }
                continue;
            }
            // A movement dated after publication is a plan, however it is
            // worded ("leaves Ramstein on 12 May", "flies on to Dakar the
            // next day").
            // (Not one an update told after it dates: "Updated Monday, May
            // 25: … left Port Moresby … today".)
            let told_on = published
                .map(|p| dating::update_date(doc, timexes, p, t.first).map_or(p, |(_, d)| d));
            if !headline && own.zip(told_on).is_some_and(|(d, p)| d.from > p) {
                continue;
            }
            let mut days = own;
            let mut own_date = own.is_some();
            let mut date_ev = own_at;
            if let (Some(d), Some(Bound::Since)) = (days, f_timex.map(|x| timexes[x].bound))
                && let Some(p) = published
            {
                days = Some(Days {
                    from: d.from,
                    to: p,
                });
                // "has been sitting on the ramp since Thursday morning. The C-17
                // flew in from Dover …": the story's day is the one the stay
                // began (not for a stay that had ended: "had been stuck at
                // Boryspil since 24 February").
                let had = (t.first.saturating_sub(3)..t.first).any(|i| doc.toks[i].lower == "had");
                if st.date.is_none() && d.from == d.to && !headline && !had {
                    st.date = Some(d);
                    st.date_at = own_at;
                    st.date_entity = Some(main);
                }
            }
            // (Any clock time: "at 10:05 local time", "at 2.10pm", "shortly
            // before noon".)
            let clock = (s.first..s.last).any(|i| {
                let w = doc.toks[i].lower.as_str();
                let next = doc.word(i + 1);
                let number = doc.toks[i].kind == super::text::TokKind::Number;
                (w.len() == 5 && w.ends_with('z') && w[..4].bytes().all(|b| b.is_ascii_digit()))
                    || ["utc", "gmt", "noon", "midnight", "dawn", "dusk", "daybreak"].contains(&w)
                    || (number
                        && (next == ":"
                            || ["a.m", "p.m", "am", "pm", "a", "p"].contains(&next)
                            || next.starts_with("a.m")
                            || next.starts_with("p.m")))
                    || ((w.ends_with("am") || w.ends_with("pm"))
                        && w.len() > 2
                        && w.as_bytes()[0].is_ascii_digit())
                    || (w == "local" && next == "time")
            });
            // The frame's own clause, for its clock time.
            let clause_end = sframes
                .iter()
                .map(|g| g.trig.first)
                .filter(|&k| k > t.last)
                .min()
                .unwrap_or(s.last);
            let hour = dating::clock_hour(doc, t.first, clause_end);
            // (Asked only when a landing's clock is earlier than its take-off's.)
            let bare_hour = || dating::bare_twelve_hour(doc, t.first, clause_end);
            // An entry of a live page that names no day of its own, told
            // after a background entry that did ("16:18 GMT - … arrived in
            // Antigua on 9 February … 15:22 GMT - VP-CZA took off"): the
            // page's day.
            if days.is_none()
                && !headline
                && prev_date.is_none()
                && let Some(p) = published
                && st.date.is_some_and(|d| d.to < p - 1)
                && let Some(start) = live_entry_start(doc, s)
                && !timexes
                    .iter()
                    .any(|x| x.first >= start && x.first < t.first)
            {
                days = Some(Days { from: p, to: p });
                date_ev = None;
            }
            if days.is_none() && !headline {
                if let Some((d, at)) = prev_date {
                    days = Some(d);
                    date_ev = at;
                } else if let Some((d, k, carried)) = flashback
                    && ((t.perfect && k + 1 >= sn) || (carried && k == sn))
                {
                    // "… had landed Kathmandu on October 2. The aircraft had
                    // landed at 1:30 pm and departed at 3 pm": the look back
                    // goes on, on its day.
                    flashback = Some((d, sn, true));
                    days = Some(d);
                    date_ev = None;
                } else if !(t.perfect && matches!(t.kind, Kind::Stay | Kind::Stop))
                    && (st.date_entity.is_none_or(|e| {
                        let r = st.root(e);
                        r == main
                            || ents.iter().any(|x| st.root(*x) == r)
                            || !st.entities[r].identified()
                            || st.entities[r].plural
                    }) || live_entry(doc, s)
                        // "A backup 777, tail number 80-1112, followed about
                        // an hour behind": another aircraft, the same day.
                        || doc.toks[t.first].lower == "followed"
                        // "Another C-5M took off from Dover": a second
                        // aircraft told beside the first, on its day.
                        || (f.agents.iter().any(|&d| descs[d].det == Det::Other)
                            && st.date_at.is_some_and(|(a, _)| {
                                let k = doc.sentences.partition_point(|x| x.last <= a);
                                k + 1 >= sn
                            }))
                        // "touched down at Clark … about forty minutes
                        // ahead of the main jet": timed by another's
                        // movement, on its day.
                        || (t.last..clause_end.min(s.last)).any(|i| {
                            ["minutes", "hours", "hour", "minute"]
                                .contains(&doc.toks[i].lower.as_str())
                                && doc.toks.get(i + 1).is_some_and(|n| {
                                    ["ahead", "behind", "before", "after"]
                                        .contains(&n.lower.as_str())
                                })
                        })
                        // "A replacement A320neo took off from Trabzon at
                        // 18.40": a clock time with no day is the story's day,
                        // whichever aircraft it tells of.
                        || clock
                        || hour.is_some())
                {
                    days = st.date;
                    date_ev = st.date_at;
                    if let Some((d, at, e)) = st.span
                        && e == st.root(main)
                    {
                        days = Some(d);
                        date_ev = at;
                    }
                    // (Back to an aircraft after another's paragraph: its own
                    // last day, not the other's. "On Monday (6), two C-130s
                    // landed at Canoas. … The KC-390 returned to Guarulhos in
                    // the afternoon.")
                    if let Some(e) = st.date_entity
                        && st.root(e) != main
                        && st.entities[main].identified()
                        && let Some(own) = st.entities[main]
                            .at
                            .as_ref()
                            .and_then(|x| x.1)
                            .or_else(|| st.entities[main].left.as_ref().and_then(|x| x.1))
                        && own.from == own.to
                        && days.is_some_and(|d| d != own)
                    {
                        days = Some(own);
                        date_ev = None;
                    }
                }
                own_date = false;
            }
            // A clock time in a story whose day no movement has set yet: the
            // day the text last named ("The department today, Wednesday 9th
            // November, carried out the repatriation. At approximately 9:14
            // a.m., a chartered 737 departed …"), or, where it named none, a
            // live post's news, of the day it is published ("RA-78817
            // departed Chkalovsky at 0612Z").
            if days.is_none()
                && clock
                && st.date.is_none()
                && drafts.iter().all(|d| d.days.is_none())
                && let Some(d) = match named_before {
                    Some(d) => Some(d).filter(|d| d.from == d.to),
                    None => published.map(|p| Days { from: p, to: p }),
                }
            {
                days = Some(d);
                // The story's day from now on ("A second plane followed
                // about an hour later").
                st.date = days;
            }
            // The same when the story has named only a background year ("When
            // Putin flew to the UAE last year, … The aircraft departed from
            // Yakutsk at 9:34 p.m. local time"): an hour is of a day, and the
            // only day the story gives is the publication's.
            let coarse = |d: Option<Days>| d.is_none_or(|d| d.to - d.from > 31);
            if clock
                && !headline
                && own_day.is_none()
                && named_before.is_none()
                && coarse(days)
                && coarse(st.date)
                && drafts.iter().all(|d| coarse(d.days))
                && let Some(p) = published
            {
                days = Some(Days { from: p, to: p });
                date_ev = None;
                st.date = days;
            }
            // "… were monitoring SPAR19 as of early Tuesday morning. SPAR19
            // left Kuala Lumpur": the first movement of a story whose day the
            // sentence before named (the publication's, or the day before).
            // (Nor one a date line over the body gave, the page's: "May 13,
            // 2017 12:37 am", then "… on Friday".)
            // (Not a day an earlier movement of this sentence gave: "arrived
            // at McChord at 9:18 p.m. Sunday after flying in from Hawaii",
            // under a headline of "Sunday night".)
            let page_day = own.is_none()
                && top_day.is_some()
                && st.date == top_day
                && days == top_day
                && prev_date.is_none();
            if (days.is_none() || page_day)
                && !headline
                && (st.date.is_none() || page_day)
                && drafts.iter().all(|d| d.days.is_none())
                && matches!(t.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
                // (Not "The plane had landed at El Fasher", a look back.)
                && !t.perfect
                && let Some(d) = named_before.filter(|d| d.from == d.to)
                && published.is_some_and(|p| d.from <= p && p - d.from <= 1)
            {
                days = Some(d);
                st.date = days;
            }
            // "The Il-76 has landed in Bamako", with no day in the story: a
            // live report's news, of the day it is published.
            if days.is_none()
                && t.first > s.first
                && (doc.toks[t.first - 1].lower == "has"
                    // ("has just landed", "has now left")
                    || (t.first > s.first + 1
                        && ["just", "now", "finally", "already"]
                            .contains(&doc.toks[t.first - 1].lower.as_str())
                        && doc.toks[t.first - 2].lower == "has"))
                && matches!(t.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
                && let Some(p) = published
            {
                days = Some(Days { from: p, to: p });
                // ("The first plane has landed in Kabul. Another plane had to
                // abort its approach and fly to Tashkent": the story's day.)
                if st.date.is_none() && !headline {
                    st.date = days;
                    st.date_entity = Some(main);
                }
            }
            // "had left Urumqi the previous night", told after the landing:
            // a look back that leaves the story's date where it was.
            let look_back = t.perfect && st.date.is_some_and(|now| d_before(own_day, now));
            if look_back && let Some(d) = own_day {
                flashback = Some((d, sn, false));
            }
            if let Some(d) = own_day
                && !headline
                && !look_back
            {
                st.date = Some(d);
                st.date_at = own_at;
                st.date_entity = Some(main);
                st.span = None;
            }
            // "Last week a CH-53 landed at Avon Park. It took off after
            // half an hour": a week, part of a month or a few weeks that
            // dated a movement also date that aircraft's next undated one
            // (kept apart from the story's day, which "the next day"
            // counts from).
            if own_day.is_none()
                && !headline
                && t.factual
                && let Some(d) = own.filter(|d| d.from < d.to && d.to - d.from <= 14)
                && f_timex.is_some_and(|x| {
                    timexes[x].bound == Bound::At
                        // (Not a run of days between two dates, which
                        // tells of several flights.)
                        && matches!(
                            timexes[x].value,
                            dates::Value::Week(..)
                                | dates::Value::Deictic(..)
                                | dates::Value::Month { .. }
                                | dates::Value::MonthRel(..)
                        )
                })
                && !st.entities[st.root(main)].plural
            {
                st.span = Some((d, own_at, st.root(main)));
            }
            // "Between April 19 and April 21, at least four transports
            // delivered cargo to Rzeszów. A C-130J came in from Ramstein …":
            // a run of days a group's flights are told in dates the members
            // told next.
            if own_day.is_none()
                && !headline
                && let Some(d) = own.filter(|d| d.from < d.to && d.to - d.from <= 14)
                && (st.entities[main].plural
                    // "Between 14 and 19 January 2024 the aircraft flew four
                    // times … on 22 January it landed at Kufra": a run of
                    // days written with its year dates the story too.
                    || f_timex.is_some_and(|x| {
                        matches!(
                            timexes[x].value,
                            dates::Value::Calendar { year: Some(_), .. }
                        )
                    }))
            {
                st.date = Some(d);
                st.date_at = own_at;
                st.date_entity = Some(main);
            }
            // "he left on a passport that had not been flagged": a
            // traveller's movement says where only when it names a place
            // (its day still sets the story's: "The president continued his
            // journey on Saturday morning aboard a Boeing 737-800, which
            // took off from Viru Viru at 8:05").
            if f.places.is_empty()
                && !f.agents.is_empty()
                && f.agents.iter().all(|&d| descs[d].person)
                // (A pilot's landing in a field says where: "He made an
                // emergency landing in a soybean field", in the story's
                // country.)
                && f.here != Some(Here::OffField)
            {
                continue;
            }
            // "airborne from Yerevan shortly before midnight on Thursday,
            // reaching Hindon at 6.10 am", "took off at 11pm on Saturday and
            // touched down in Darwin at 3am": a landing told at an earlier
            // hour than a late take-off in its sentence, on the take-off's
            // day, is the next day; the story goes on from it.
            if t.kind == Kind::Arrive
                && let (Some(h0), Some(h1)) = (departed_at_hour, hour)
                && h0 >= 18
                && h1 < h0
                && h1 < 12
                // ("wheels up from JFK at 6:57 p.m. and wheels down at JBA
                // at 7:44": the same evening.)
                && !(h1 + 12 > h0 && bare_hour())
                && let Some((pd, _)) = prev_date
                && days == Some(pd)
                && pd.from == pd.to
                && f_timex.is_none_or(|x| timexes[x].first < t.first)
            {
                days = Some(Days {
                    from: pd.from + 1,
                    to: pd.to + 1,
                });
                st.date = days;
            }
            // "took off from Atatürk on Thursday night at 02.15": the small
            // hours after that evening, the next day.
            let mut small_hours = false;
            if own_date
                && let Some(x) = f_timex
                && (timexes[x].first..timexes[x].last).any(|i| doc.word(i) == "night")
                && matches!(timexes[x].value, dates::Value::Weekday { .. })
                && let (Some(h), Some(d)) = (hour, days)
                && h < 5
                && d.from == d.to
            {
                days = Some(Days {
                    from: d.from + 1,
                    to: d.to + 1,
                });
                if st.date == Some(d) {
                    st.date = days;
                }
                small_hours = true;
            }
            // The same told across sentences: "had left Calgary on Friday
            // evening. … landed at Gander at 2:05 a.m.": the landing, with no
            // day of its own, is the next day.
            if t.kind == Kind::Arrive
                && !own_date
                && let (Some((e, d0, h0)), Some(h1)) = (left_late, hour)
                && e == st.root(main)
                && h1 < 12
                && h1 < h0
                && !(h1 + 12 > h0 && bare_hour())
                && days == Some(d0)
            {
                days = Some(Days {
                    from: d0.from + 1,
                    to: d0.to + 1,
                });
                st.date = days;
            }
            if t.kind == Kind::Depart
                && let Some(d) = days.filter(|d| d.from == d.to)
            {
                // (Not a take-off in the small hours after "Thursday night".)
                let late = hour.filter(|h| *h >= 18).or_else(|| {
                    (t.first.saturating_sub(6)..(t.last + 12).min(s.last))
                        .any(|i| {
                            ["evening", "night", "tonight"].contains(&doc.toks[i].lower.as_str())
                                // ("lifted off … late on Thursday")
                                || (doc.toks[i].lower == "late"
                                    && (dates::WEEKDAYS.contains(&doc.word(i + 1))
                                        || (doc.word(i + 1) == "on"
                                            && dates::WEEKDAYS.contains(&doc.word(i + 2)))))
                        })
                        .then_some(20)
                        .filter(|_| !small_hours)
                });
                left_late = late.map(|h| (st.root(main), d, h));
            } else if t.kind == Kind::Arrive && !own_date {
                left_late = None;
            }
            // "A French A400M landed in Djibouti overnight", told on the
            // day of publication: the night before it and that day.
            if f_timex.is_none()
                && hour.is_none()
                && !clock
                && matches!(t.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
                && let (Some(d), Some(p)) = (days, published)
                && d.from == p
                && d.to == p
                && ((t.first.saturating_sub(3).max(s.first)..clause_end.min(s.last))
                    .any(|i| doc.word(i) == "overnight")
                    // ("Overnight, the first French A400M touched down …")
                    || (doc.word(s.first) == "overnight" && doc.word(s.first + 1) == ","))
            {
                days = Some(Days { from: p - 1, to: p });
            }
            if let Some(d) = days.filter(|d| d.from == d.to) {
                prev_date = Some((d, date_ev));
                departed_at_hour = if t.kind == Kind::Depart { hour } else { None };
            } else if let Some(d) = own
                // "In July 2021 a C-146A landed at Songshan, flying in from
                // Kadena": a month or run of days written with its year
                // dates the rest of its sentence too.
                && f_timex.is_some_and(|x| {
                    timexes[x].value.written_year() || timexes[x].bound == Bound::At
                })
            {
                prev_date = Some((d, own_at));
            }
            // Where.
            let mut roles: Vec<(Role, Place, (usize, usize))> = Vec::new();
            for (p, role) in &f.places {
                let pm = &places[*p];
                let mut place = pm.place.clone();
                // A city with several airports: the one the aircraft was last at.
                if pm.kind == PlaceKind::City
                    && let Some(cur) = st
                        .at(main)
                        .or_else(|| st.entities[main].left.as_ref().map(|x| x.0.clone()))
                    && cur.is_airport()
                    && ((!place.is_airport() && place.airports.contains(&cur.code))
                        // "left Aberdeen" when it is at Aberdeen, Scotland,
                        // though the story's countries made it another's.
                        || (cur.code != place.code
                            && crate::airports::airports().get(&cur.code).is_some_and(|a| {
                                a.city
                                    .split('/')
                                    .any(|c| super::fold(c.trim()) == super::fold(&place.text))
                            })))
                {
                    place = Place {
                        text: place.text.clone(),
                        code: cur.code.clone(),
                        airports: vec![cur.code.clone()],
                        country: cur.country.clone(),
                    };
                }
                roles.push((*role, place, pm.name));
            }
            let called = on_way(f);
            let of = |r: Role| -> Vec<(Place, (usize, usize))> {
                roles
                    .iter()
                    .filter(|x| x.0 == r)
                    .map(|x| (x.1.clone(), x.2))
                    .collect()
            };
            let (mut from, mut to, mut at, mut via) =
                (of(Role::From), of(Role::To), of(Role::At), of(Role::Via));
            if journey && called {
                via.append(&mut at);
                via.append(&mut to);
            }
            // "flew from Hmeimim, the Russian base at Bassel Al-Assad
            // International Airport near Latakia, to Benina": the start told
            // again in apposition is not where it went.
            if !to.is_empty() {
                at.retain(|a| !from.iter().any(|f| f.0.code == a.0.code));
            }
            if f.here == Some(Here::Dateline)
                && at.is_empty()
                && to.is_empty()
                && let Some(p) = dateline_place.clone()
            {
                at.push(p);
            }
            // (The story's field, else the named field told nearest, at
            // most two sentences away, the nearer first and the one after
            // before the one before.)
            if f.here == Some(Here::Local) && at.is_empty() && to.is_empty() {
                let named = |k: usize| {
                    place_in.get(k).into_iter().flatten().find_map(|&p| {
                        let x = &places[p];
                        (x.kind == PlaceKind::Airport && plain_field(x))
                            .then(|| (x.place.clone(), x.name))
                    })
                };
                let near = [sn, sn + 1, sn.wrapping_sub(1), sn + 2, sn.wrapping_sub(2)]
                    .into_iter()
                    .find_map(named);
                if let Some(p) = setting.clone().map(|p| (p, (0, 0))).or(near) {
                    at.push(p);
                }
            }
            if f.here == Some(Here::There)
                && at.is_empty()
                && to.is_empty()
                && let Some(p) = st.at(main).or_else(|| st.place.clone())
            {
                at.push((p, st.place_at.unwrap_or((0, 0))));
            }
            // A landing off any airfield ("in a field near Lake City"): the
            // country of the place told there, or of the story's place.
            if f.here == Some(Here::OffField) {
                let country = |p: &Place| country_place(&p.country, &p.text);
                for x in at.iter_mut().chain(to.iter_mut()) {
                    x.0 = country(&x.0);
                }
                // ("on a busy British road": the country's adjective.)
                let end = (t.last + 10).min(doc.sentences[sn].last);
                let adjective = (t.last..end).find_map(|k| {
                    let x = &doc.toks[k];
                    x.cap
                        .then(|| tables::demonym(&x.lower))
                        .flatten()
                        .map(|c| (c, k))
                });
                if at.is_empty()
                    && to.is_empty()
                    && let Some((c, k)) = adjective
                {
                    at.push((country_place(c, &doc.toks[k].lower), (k, k + 1)));
                }
                if at.is_empty()
                    && to.is_empty()
                    && let Some(p) = st
                        .at(main)
                        .or_else(|| st.place.clone())
                        .or_else(|| dateline_place.clone().map(|x| x.0))
                {
                    at.push((country(&p), st.place_at.unwrap_or((0, 0))));
                }
            }
            // A spotter's log line: the log's base ("0930 dep C-5M for OTBH":
            // from it).
            let base = || {
                setting
                    .clone()
                    .or_else(|| st.at(main))
                    .or_else(|| st.place.clone())
            };
            if f.here == Some(Here::Base)
                && let Some(p) = base()
            {
                if matches!(t.kind, Kind::Depart | Kind::Fly) {
                    if from.is_empty() {
                        from.push((p, st.place_at.unwrap_or((0, 0))));
                    }
                } else if at.is_empty() && to.is_empty() {
                    at.push((p, st.place_at.unwrap_or((0, 0))));
                }
            }
            // The first of "at" and "to" in the text is where it went.
            let dest_here = {
                let mut both: Vec<(Place, (usize, usize))> =
                    to.iter().chain(at.iter()).cloned().collect();
                both.sort_by_key(|x| x.1.0);
                // "made its first landing in India at the Rajiv Gandhi
                // International Airport": the country, then a place in it
                // right after, is that place.
                if let [c, p, ..] = &both[..]
                    && !c.0.is_airport()
                    && p.0.code != c.0.code
                    && p.0.country == c.0.code
                    && p.1.0 >= c.1.1
                    && p.1.0 <= c.1.1 + 2
                {
                    both.remove(0);
                }
                both
            };
            let agent_ev: Vec<(usize, usize)> = f
                .agents
                .iter()
                .map(|&d| (descs[d].first, descs[d].last))
                .collect();
            let mk = |event: Event, ps: &[(Place, (usize, usize))], days: Option<Days>| Draft {
                event,
                places: ps.iter().map(|p| p.0.clone()).collect(),
                open_origin: false,
                entity: None,
                callsign: None,
                days,
                own_date,
                vague: own_date && f_timex.is_some_and(|x| timexes[x].class == dates::Class::Vague),
                sentence: sn,
                headline,
                lead,
                stop: t.kind == Kind::Stop,
                open_end: false,
                evidence: Evidence {
                    aircraft: agent_ev.clone(),
                    place: ps.iter().map(|p| p.1).filter(|x| x.0 < x.1).collect(),
                    date: date_ev.into_iter().collect(),
                },
                off_field: f.here == Some(Here::OffField),
                dropped: false,
            };
            let mut made: Vec<Draft> = Vec::new();
            // The frame's claims into the sentence's: at the frame's end, or
            // where a branch has told all it has.
            macro_rules! claim {
                ($made:expr) => {
                    push_claims(
                        &mut sentence_drafts,
                        $made,
                        &ents,
                        &st,
                        f,
                        descs,
                        mentions,
                        s.first,
                        s.last,
                        &others,
                    )
                };
            }
            let move_to = |st: &mut State, p: &Place, d: Option<Days>, span: (usize, usize)| {
                for e in &ents {
                    let r = st.root(*e);
                    st.entities[r].at = Some((p.clone(), d));
                }
                st.place = Some(p.clone());
                st.place_at = Some(span);
            };
            if journey {
                // A journey with stops: one route from all its frames.
                trip.entities = ents.clone();
                trip.agent_ev.extend(agent_ev.clone());
                match t.kind {
                    Kind::Depart => {
                        if trip.origin.is_none() {
                            trip.origin = from.first().or(at.first()).cloned();
                            trip.dep_days = own;
                            trip.dep_date_ev = own_at;
                        }
                        trip.early_stops.extend(via.iter().cloned());
                    }
                    _ => {
                        if trip.origin.is_none() {
                            trip.origin = from.first().cloned();
                        }
                        trip.stops.push(via.clone());
                        if !called && let Some(d) = dest_here.first() {
                            trip.dest = Some(d.clone());
                            // (A journey with no day of its own takes the
                            // story's: "went north yesterday (10). … went
                            // from Caracas to Biggs, refuelling in Cancún";
                            // "continued to Bamako" after a dated take-off
                            // is that day's journey.)
                            trip.arr_days = own
                                .or(trip.arr_days)
                                .or(days.filter(|_| trip.dep_days.is_none()))
                                .or(trip.dep_days.filter(|_| t.kind == Kind::Fly));
                            trip.arr_date_ev = own_at.or(trip.arr_date_ev);
                        } else if !called && t.kind == Kind::Arrive && own.is_some() {
                            // ("landed at the airport on Monday night after a
                            // flight from Cairo, with a refuelling stop at
                            // JKIA": the landing's day, where the aircraft is.)
                            trip.arr_days = own.or(trip.arr_days);
                            trip.arr_date_ev = own_at.or(trip.arr_date_ev);
                        }
                    }
                }
                continue;
            }
            match t.kind {
                Kind::Arrive | Kind::Fly => {
                    // "A 787 flying from Oslo to New York on Thursday diverted
                    // to Keflavik": the flight it was on, not one it made.
                    // ("A 777 flying from Frankfurt to Chicago landed at
                    // Keflavik": a landing elsewhere than the flight's end.)
                    let fly_to: Vec<&str> = f
                        .places
                        .iter()
                        .filter(|(_, r)| *r == Role::To)
                        .map(|(p, _)| places[*p].place.code.as_str())
                        .collect();
                    // "It had been flying from Nice to Luton", told after its
                    // landing at Stansted: the same, told after the landing.
                    let landed_elsewhere = t.first > s.first
                        && ["been", "was", "were"].contains(&doc.toks[t.first - 1].lower.as_str())
                        && !fly_to.is_empty()
                        && st
                            .at(main)
                            .is_some_and(|p| p.is_airport() && !fly_to.contains(&p.code.as_str()));
                    // ("flight EK372 Dubai to Bangkok on 16 March was
                    // diverted to Hyderabad": a route named without a verb.)
                    let verbless = t.first == t.last;
                    // ("After flying from Austin to Brownsville, the jet
                    // landed in West Palm Beach": a leg flown before.)
                    let flown_before =
                        t.participle && t.first > s.first && doc.toks[t.first - 1].lower == "after";
                    if t.kind == Kind::Fly
                        && (t.participle || verbless)
                        && !flown_before
                        && (landed_elsewhere
                            || sframes[fk + 1..].iter().any(|g| {
                                g.trig.factual
                                    && g.trig.kind == Kind::Arrive
                                    && ([
                                        "diverted",
                                        "diverting",
                                        "divert",
                                        "turned",
                                        "returned",
                                        "forced",
                                    ]
                                    .contains(&doc.toks[g.trig.first].lower.as_str())
                                        || (!fly_to.is_empty()
                                            && g.places.iter().any(|(p, r)| {
                                                matches!(r, Role::At | Role::To)
                                                    && !fly_to
                                                        .contains(&places[*p].place.code.as_str())
                                            })))
                                    && g.agents == f.agents
                            }))
                    {
                        continue;
                    }
                    // "returning the same way": the route told, run backwards.
                    if t.back
                        && (t.last..s.last).any(|i| {
                            doc.toks[i].lower == "same"
                                && doc.toks.get(i + 1).is_some_and(|x| x.lower == "way")
                        })
                    {
                        merge_legs(&mut sentence_drafts);
                        if let Some(r) = sentence_drafts.iter_mut().rev().find(|d| {
                            d.event == Event::Route && !d.dropped && d.entity == Some(main)
                        }) {
                            let back: Vec<Place> = r.places.iter().rev().skip(1).cloned().collect();
                            r.places.extend(back);
                            continue;
                        }
                    }
                    let mut origin = from.first().cloned().or(pending_origin.take());
                    // "the Brazilians from Lebanon landed in Rio": a country the
                    // people or goods came from is no origin of this landing
                    // (authors claim the arrival only). A flight from a country
                    // is ("Two flights from Japan and India arrived at BIA":
                    // both readers of the page wrote the routes).
                    if t.kind == Kind::Arrive
                        && origin.as_ref().is_some_and(|o| {
                            o.0.airports.is_empty() && from_a_noun(doc, s.first, o.1.0)
                        })
                    {
                        origin = None;
                    }
                    let mut dest = dest_here.first().cloned();
                    // "A flight from Birmingham to Jersey was forced to make an
                    // emergency landing": the flight took off, and landed
                    // nobody knows where yet (not at Jersey, nor where the
                    // story is).
                    if dest.is_none()
                        && t.kind == Kind::Arrive
                        && t.factual
                        && super::events::unplanned_landing(&doc.toks, t.first)
                        && let Some(o) = origin.clone()
                    {
                        made.push(mk(Event::Departure, &[o], days));
                        claim!(made);
                        continue;
                    }
                    // "A Falcon en route from Nice to Geneva crashed near
                    // Lyon", "was on its way from Sheremetyevo to St
                    // Petersburg when it crashed": it took off, and never
                    // got there.
                    let be = |k: usize| ["was", "were", "is", "are"].contains(&doc.word(k));
                    if t.kind == Kind::Fly
                        && t.factual
                        && let Some(o) = origin.clone()
                        && (doc.word(t.first) == "en"
                            || (["heading", "headed", "on"].contains(&doc.word(t.first))
                                && doc.word(t.last - 1) == "from"
                                && t.first > s.first
                                && (be(t.first - 1)
                                    // ("was originally on its way from JFK
                                    // to Delhi")
                                    || (t.first > s.first + 1
                                        && [
                                            "originally",
                                            "initially",
                                            "still",
                                            "reportedly",
                                            "already",
                                        ]
                                        .contains(&doc.word(t.first - 1))
                                        && be(t.first - 2))))
                            || (s.first..s.last).any(|k| {
                                [
                                    "crashed",
                                    "crashing",
                                    "disappeared",
                                    "vanished",
                                    "plunged",
                                    "plummeted",
                                ]
                                .contains(&doc.toks[k].lower.as_str())
                                    || (["went", "came", "shot"]
                                        .contains(&doc.toks[k].lower.as_str())
                                        && doc.word(k + 1) == "down")
                                    // "flight AA1668 from Charlotte to
                                    // Chicago had to turn back".
                                    || (k > t.last
                                        && ["turn", "turned", "turning", "turns"]
                                            .contains(&doc.toks[k].lower.as_str())
                                        && ["back", "around"].contains(&doc.word(k + 1)))
                            }))
                    {
                        made.push(mk(Event::Departure, &[o], days));
                        claim!(made);
                        continue;
                    }
                    // "flew injured evacuees out of Tunisia on Monday": a
                    // take-off from there (where it landed, if anywhere, is
                    // told apart).
                    if dest.is_none()
                        && t.kind == Kind::Fly
                        && t.factual
                        && let Some(o) = origin.clone()
                        && o.1.0 > t.last
                        && super::events::after_out_of(&doc.toks, o.1.0)
                        && !(t.last..o.1.0)
                            .any(|k| ["to", "into", "toward", "towards"].contains(&doc.word(k)))
                    {
                        made.push(mk(Event::Departure, &[o], days));
                        claim!(made);
                        continue;
                    }
                    // "turned back shortly after take-off from Napier": the
                    // take-off is told (the landing, if any, by its own verb).
                    if dest.is_none()
                        && t.kind == Kind::Fly
                        && t.back
                        && t.factual
                        && let Some(o) = origin.clone()
                        && o.1.0 >= t.last
                    {
                        made.push(mk(Event::Departure, &[o], days));
                        claim!(made);
                        continue;
                    }
                    // "flew the route from Vnukovo, touching down at Al Maktoum":
                    // the landing later in the sentence ends this flight.
                    if dest.is_none()
                        && origin.is_some()
                        && sframes[fk + 1..].iter().any(|g| {
                            g.trig.factual
                                && g.trig.kind == Kind::Arrive
                                && g.places
                                    .iter()
                                    .any(|(_, r)| matches!(r, Role::At | Role::To))
                                // (Not another aircraft's: "…, and a second
                                // C-17 landed at MSP on Tuesday".)
                                && !g.agents.iter().any(|&d| {
                                    !descs[d].bare && !f.agents.contains(&d)
                                })
                        })
                    {
                        pending_origin = origin.take();
                        continue;
                    }
                    // "It had come from Marrakesh", "had flown in from Pisa" after a
                    // landing told without its origin: where that landing began.
                    if dest.is_none()
                        && t.perfect
                        && let Some(o) = origin.clone()
                    {
                        let mut folded = false;
                        for &e in &ents {
                            if let Some(k) = drafts.iter().rposition(|d| {
                                d.event == Event::Arrival
                                    && !d.dropped
                                    && d.sentence + 2 >= sn
                                    && d.entity.is_some_and(|x| st.root(x) == e)
                            }) && drafts[k].places.first().is_some_and(|p| p.code != o.0.code)
                            {
                                sentence_drafts.push(began_at(&mut drafts, k, &o, &agent_ev));
                                folded = true;
                            }
                        }
                        if folded {
                            continue;
                        }
                    }
                    // "came in on a nonstop flight from Vnukovo", "had flown in
                    // from Pskov the previous day": to where it was then.
                    if dest.is_none() && origin.is_some() {
                        let then = where_then(&st, main, days);
                        // "The plane returned from Havana less than four
                        // hours later", after its landing there: it left.
                        let left_then = origin
                            .as_ref()
                            .is_some_and(|o| then.as_ref().is_some_and(|p| p.code == o.0.code));
                        dest = then
                            // (Not the place it came from: "arrived from
                            // Joint Base Andrews" did not arrive there.)
                            .filter(|_| !left_then)
                            .map(|p| (p, (0, 0)));
                        if left_then
                            && t.back
                            && t.factual
                            && !t.perfect
                            && let Some(o) = origin.clone()
                            && o.1.0 > t.last
                        {
                            made.push(mk(Event::Departure, &[o], days));
                            claim!(made);
                            continue;
                        }
                    }
                    let nowhere =
                        st.entities[main].at.is_none() && st.entities[main].left.is_none();
                    // "A second Il-76 followed on Monday": where the story is.
                    // "Another arrived the next day": where the one before it did.
                    let another = t.kind == Kind::Arrive
                        && !t.back
                        && f.agents.iter().any(|&d| {
                            descs[d].elided
                                // "A second French aircraft of the same type landed
                                // later": another, where the first did.
                                || (descs[d].det == Det::Other
                                    && (descs[d].first.saturating_sub(3)..=descs[d].first)
                                        .any(|k| {
                                            ["a", "an", "another"]
                                                .contains(&doc.toks[k].lower.as_str())
                                        }))
                        });
                    if dest.is_none()
                        && nowhere
                        && (doc.toks[t.first].lower == "followed" || another)
                    {
                        dest = st.place.clone().map(|p| (p, (0, 0)));
                    }
                    // "The Il-62 landed in Managua on Tuesday; the Il-76
                    // followed on Wednesday": where the one before it landed,
                    // also when the follower's departure was told.
                    if dest.is_none() && doc.toks[t.first].lower == "followed" && origin.is_none() {
                        dest = sentence_drafts
                            .iter()
                            .rev()
                            .chain(drafts.iter().rev().take_while(|d| d.sentence + 1 >= sn))
                            .find(|d| {
                                matches!(d.event, Event::Arrival | Event::Route)
                                    && !d.dropped
                                    && d.entity.is_some_and(|x| st.root(x) != main)
                            })
                            .and_then(|d| d.places.last().cloned())
                            .map(|p| (p, (0, 0)));
                    }
                    // "landed at the base this Tuesday": the air base the story
                    // named last; "A CH-53 landed at the airport and took off
                    // after 30 minutes": the airport it named last.
                    let w = |i: usize| doc.word(i);
                    if dest.is_none() && t.kind == Kind::Arrive {
                        let told = |preps: &[&str], here: fn(&Doc, usize) -> bool| {
                            (t.last..(t.last + 2).min(s.last))
                                .any(|i| preps.contains(&w(i)) && here(doc, i + 1))
                        };
                        let named = told(&["at", "to", "on"], the_base_at)
                            .then(|| base_named_before(doc, places, s.first))
                            .flatten()
                            .or_else(|| {
                                told(&["at", "on", "in"], the_airport_at)
                                    .then(|| airports_named_before(places, s.first).next())
                                    .flatten()
                            });
                        if let Some(p) = named {
                            dest = Some((p.place.clone(), (0, 0)));
                        }
                    }
                    if dest.is_none() && nowhere && t.kind == Kind::Arrive && !t.back {
                        dest = setting
                            .clone()
                            .filter(|p| origin.as_ref().is_none_or(|o| o.0.code != p.code))
                            .map(|p| (p, (0, 0)));
                    }
                    // "BOZEMAN — A C-17 arrived from Joint Base Andrews": it
                    // came to the dateline's place.
                    if dest.is_none()
                        && origin.is_some()
                        && t.kind == Kind::Arrive
                        && !t.back
                        && let Some(p) = dateline_place
                            .clone()
                            .filter(|p| origin.as_ref().is_none_or(|o| o.0.code != p.0.code))
                    {
                        dest = Some((p.0, (0, 0)));
                    }
                    // "was back on the Sicilian runway": where it left from.
                    if dest.is_none() && t.back {
                        dest = st.entities[main]
                            .left
                            .as_ref()
                            .map(|x| (x.0.clone(), (0, 0)));
                    }
                    // "in late October it called at Venezuela, Nicaragua and Cuba": one
                    // arrival each, in an order the text does not give.
                    let listed = at.windows(2).all(|w| {
                        w[0].1.1 <= w[1].1.0
                            && doc.toks[w[0].1.1..w[1].1.0]
                                .iter()
                                .all(|x| x.is(",") || x.lower == "and" || x.lower == "the")
                    });
                    if t.kind == Kind::Arrive
                        && origin.is_none()
                        && to.is_empty()
                        && at.len() > 1
                        && !t.back
                        && listed
                    {
                        for a in &at {
                            made.push(mk(Event::Arrival, std::slice::from_ref(a), days));
                        }
                        if let Some(a) = at.last() {
                            move_to(&mut st, &a.0, days, a.1);
                        }
                        claim!(made);
                        continue;
                    }
                    // "were refuelled before flying on to an exercise site in
                    // Northern Luzon": it left where it was, for somewhere the
                    // text does not place.
                    let to_somewhere = (t.last..(t.last + 3).min(s.last))
                        .any(|i| w(i) == "to" && ["a", "an"].contains(&w(i + 1)));
                    if dest.is_none()
                        && t.onward
                        && t.factual
                        && to_somewhere
                        && origin.is_none()
                        && let Some(here) = st.at(main).filter(|p| p.is_airport())
                    {
                        made.push(mk(Event::Departure, &[(here.clone(), (0, 0))], days));
                        claim!(made);
                        continue;
                    }
                    // "performed the first flights from the Hmeimim airfield",
                    // "flew from Hmeimim on Monday": where it went is not
                    // told; that it took off from there is.
                    if dest.is_none()
                        && t.kind == Kind::Fly
                        && t.factual
                        && !t.participle
                        && !t.perfect
                        && !t.noun
                        // (Not goods or people: "parts have to be flown from
                        // the Netherlands".)
                        && !(t.first > s.first
                            && ["be", "been", "being"].contains(&doc.word(t.first - 1)))
                        // (Nor a habit, "why the rich fly from Lanseria", nor
                        // a way home, "flown home from Spain".)
                        && !["fly", "flies"].contains(&doc.word(t.first))
                        && doc.word(t.last) != "home"
                        && to.is_empty()
                        && !roles.iter().any(|x| x.0 == Role::Toward)
                        && let Some(o) = from.first().cloned()
                        && o.1.0 > t.first
                        // (Nor a shuttle: "operated cargo flights between
                        // Iran, Russia and Belarus".)
                        && !(t.last..o.1.0).any(|k| ["between", "into"].contains(&doc.word(k)))
                        && !t.onward
                        // (Not to a place the tables do not hold: "a hop
                        // from Palm Springs to Thermal" is a route.)
                        && !(o.1.1..(o.1.1 + 6).min(s.last)).any(|k| {
                            ["to", "for", "toward", "towards", "into"].contains(&doc.word(k))
                        })
                    {
                        made.push(mk(Event::Departure, &[o], days));
                        claim!(made);
                        continue;
                    }
                    let Some(dest) = dest else {
                        // No place: the date may belong to a movement told before
                        // (in this sentence: "came from Trenton and landed on
                        // runway 30 on Sunday").
                        // (Not a look back in the past perfect: "The
                        // carrier had flown charters for the agency a week
                        // earlier".)
                        if let Some(d) = own_day.filter(|_| !t.noun).filter(|_| !t.perfect) {
                            let roots: Vec<usize> = ents.iter().map(|e| st.root(*e)).collect();
                            if let Some(x) = sentence_drafts.iter_mut().rev().find(|x| {
                                x.event == Event::Route
                                    && !x.own_date
                                    && !x.dropped
                                    && x.entity.is_some_and(|e| roots.contains(&st.root(e)))
                            }) {
                                x.days = Some(d);
                                x.own_date = true;
                                x.evidence.date = own_at.into_iter().collect();
                            } else {
                                date_movement(&mut drafts, &st, &ents, Event::Arrival, d, own_at);
                            }
                        }
                        continue;
                    };
                    // "flew on to Y", "continued to Y", "flew to Y": from where it was,
                    // when that is an airport and not after this day.
                    let onward = if origin.is_none() && (t.onward || t.kind == Kind::Fly) {
                        let here = st.entities[main]
                            .at
                            .clone()
                            .filter(|(_, d)| match (d, days) {
                                (Some(a), Some(b)) => a.from <= b.to,
                                _ => true,
                            })
                            .map(|x| x.0)
                            .or_else(|| if t.onward { st.place.clone() } else { None });
                        here.filter(|p| p.is_airport() && p.code != dest.0.code)
                    } else {
                        None
                    };
                    // "left X … and flew to Y", "shows it leaving X and coming down
                    // at Y", "took off from X at 17:43 and landed at Y at 20:17":
                    // one flight, a route.
                    let coordinated = if origin.is_none()
                        && onward.is_none()
                        && ((t.kind == Kind::Fly && !t.onward)
                            || (t.participle && departed_participle)
                            || (t.kind == Kind::Arrive && departed_ents == ents))
                    {
                        departed_here.clone()
                    } else {
                        None
                    };
                    let mut stops: Vec<(Place, (usize, usize))> = Vec::new();
                    let mut end = dest.clone();
                    if to.len() > 1 {
                        // "first to Bogotá and then to Caracas".
                        stops.extend(to[..to.len() - 1].iter().cloned());
                        end = to[to.len() - 1].clone();
                    }
                    let start = origin
                        .clone()
                        .or(onward.clone().map(|p| (p, (0, 0))))
                        .or(coordinated.as_ref().map(|c| (c.0.clone(), c.3)));
                    match start {
                        // "took off from A at 17:43 and landed at B at
                        // 20:17": told as a take-off and a landing, the
                        // departure and an arrival, as the format has it
                        // (no route: outside authors write the pair three
                        // times in four).
                        Some(o)
                            if t.kind == Kind::Arrive
                                && o.0.code != end.0.code
                                && stops.is_empty()
                                && origin.is_none()
                                && onward.is_none()
                                && let Some(c) = &coordinated =>
                        {
                            // (The take-off's day is the landing's when it
                            // has none: "took off from A and landed at B on
                            // Monday".)
                            if let Some(x) = sentence_drafts.get_mut(c.2)
                                && x.days.is_none()
                            {
                                x.days = days;
                            }
                            made.push(mk(Event::Arrival, &[end.clone()], days));
                        }
                        // "touched down at Larnaca from Sudan on Wednesday":
                        // a landing whose only origin is a country, told
                        // after the verb, is the arrival, as published
                        // pages' readers claim it. ("One from Honduras
                        // landed", "arriving from Cyprus", "had flown into
                        // Baku from the UAE" and "returned to Russia from
                        // Belarus" stay routes: the written sets' authors
                        // claim those so.)
                        Some(o)
                            if t.kind == Kind::Arrive
                                && !t.back
                                // (The start is the origin the sentence
                                // tells.)
                                && origin.is_some()
                                && o.0.airports.is_empty()
                                && o.1.0 >= 2
                                && o.1.0 > t.first
                                && doc.word(o.1.0 - 1) == "from"
                                && ![
                                    "arriving",
                                    "coming",
                                    "flying",
                                    "returning",
                                    "travelling",
                                    "traveling",
                                    "inbound",
                                ]
                                .contains(&doc.word(o.1.0 - 2))
                                && !(t.first..t.last).any(|k| {
                                    ["flown", "flew", "flying", "fly"].contains(&doc.word(k))
                                })
                                && coordinated.is_none()
                                && stops.is_empty()
                                && o.0.code != end.0.code =>
                        {
                            made.push(mk(Event::Arrival, &[end.clone()], days));
                        }
                        Some(o) if o.0.code != end.0.code || !stops.is_empty() => {
                            let mut ps = vec![o.clone()];
                            ps.extend(stops);
                            ps.push(end.clone());
                            // "from Buenos Aires to the Falkland Islands and
                            // back": a round trip, ending where it began.
                            let w =
                                |i: usize| doc.toks.get(i).map(|x| x.lower.as_str()).unwrap_or("");
                            let e = end.1.1;
                            if w(e) == "and"
                                && (w(e + 1) == "back"
                                    || (["straight", "then", "right"].contains(&w(e + 1))
                                        && w(e + 2) == "back"))
                            {
                                ps.push(o);
                            }
                            let mut d = mk(Event::Route, &ps, days);
                            if let Some(c) = &coordinated {
                                if let (Some(a), Some(b)) = (c.1, days) {
                                    d.days = Some(Days {
                                        from: a.from.min(b.from),
                                        to: b.to.max(a.to),
                                    });
                                }
                                if let Some(x) = sentence_drafts.get_mut(c.2) {
                                    x.dropped = true;
                                }
                            }
                            made.push(d);
                        }
                        // "made flights to Damascus and Beirut", "flew first
                        // to Bogotá and then to Caracas", with no start told:
                        // an arrival at each.
                        _ => {
                            // (Two towns or fields, not a list of countries
                            // a jet has served: "flew to China, India,
                            // Russia".)
                            if let [p] = &stops[..]
                                && p.0.is_airport()
                                && end.0.is_airport()
                                && p.0.code != end.0.code
                            {
                                made.push(mk(Event::Arrival, std::slice::from_ref(p), days));
                            }
                            made.push(mk(Event::Arrival, &[end.clone()], days))
                        }
                    }
                    move_to(&mut st, &end.0, days, end.1);
                }
                Kind::Depart => {
                    // "touched down at LAX … before it had departed": a
                    // departure looked back on from the landing just told is
                    // not one from where it landed.
                    if t.perfect
                        && from.is_empty()
                        && at.is_empty()
                        && sentence_drafts.iter().any(|d| {
                            matches!(d.event, Event::Arrival | Event::Route)
                                && d.entity.is_some_and(|e| st.root(e) == st.root(main))
                        })
                    {
                        continue;
                    }
                    // "was seen off at New York's JFK … before his aircraft
                    // took off for Saudi Arabia": from the airport the
                    // sentence put it at first (not one another movement of
                    // the sentence names, nor for a noun: "on the ramp at
                    // the base before departure").
                    let seen_off = (from.is_empty() && at.is_empty() && !t.noun)
                        .then(|| {
                            places.iter().enumerate().rev().find(|(k, pm)| {
                                pm.first >= s.first
                                    && pm.last <= t.first
                                    && !sframes.iter().any(|g| g.places.iter().any(|x| x.0 == *k))
                                    && pm.prep.as_deref() == Some("at")
                                    && pm.place.is_airport()
                                    && !pm.landmark
                                    && !pm.government
                                    && (pm.last..t.first).any(|i| {
                                        ["before", "when"].contains(&doc.toks[i].lower.as_str())
                                    })
                            })
                        })
                        .flatten()
                        .map(|(_, pm)| (pm.place.clone(), pm.name));
                    // ("departing Britain from Stansted Airport": the
                    // airport, not the country it left.)
                    let origin = from
                        .first()
                        .filter(|f| f.0.is_airport())
                        .or_else(|| from.iter().find(|p| p.0.is_airport()))
                        .or(from.first())
                        .or(at.first())
                        .cloned()
                        .or(seen_off)
                        .or_else(|| {
                            // "departed the base for Libya on Saturday": the
                            // air base the story named last.
                            if t.noun {
                                return None;
                            }
                            let left_the_base = the_base_at(doc, t.last)
                                || (doc.word(t.last) == "from" && the_base_at(doc, t.last + 1));
                            let pm = left_the_base
                                .then(|| base_named_before(doc, places, t.first))
                                .flatten()?;
                            Some((pm.place.clone(), (0, 0)))
                        })
                        .or_else(|| {
                            if t.noun {
                                return None;
                            }
                            // "The delegation boarded the A330 at Tribhuvan
                            // International Airport. The aircraft took off at
                            // 9.35 am.": from where they boarded it.
                            let from_s = if sn > 0 {
                                doc.sentences[sn - 1].first
                            } else {
                                s.first
                            };
                            let board = (from_s..t.first).find(|&i| {
                                ["boarded", "board", "boarding"]
                                    .contains(&doc.toks[i].lower.as_str())
                            })?;
                            let pm = places.iter().find(|pm| {
                                pm.first > board
                                    && pm.last <= t.first
                                    && pm.place.is_airport()
                                    && !pm.landmark
                                    && matches!(pm.prep.as_deref(), Some("at" | "in"))
                            })?;
                            Some((pm.place.clone(), pm.name))
                        })
                        .or_else(|| {
                            // "their flight from Lucknow to Kolkata was
                            // diverted … the side left on Monday evening for
                            // Kolkata": from where that flight was told to
                            // begin.
                            if t.noun {
                                return None;
                            }
                            let toward = of(Role::Toward);
                            let goal = toward.first()?;
                            let from_s = doc.sentences[sn.saturating_sub(2)].first;
                            let mut pairs = places.iter().enumerate().filter_map(|(k, a)| {
                                let b = places.get(k + 1)?;
                                (a.first >= from_s
                                    && b.last <= t.first
                                    && a.prep.as_deref() == Some("from")
                                    && b.prep.as_deref() == Some("to")
                                    && b.first <= a.last + 1
                                    && a.place.is_airport()
                                    && b.place.code == goal.0.code
                                    && a.place.code != goal.0.code)
                                    .then(|| (a.place.clone(), a.name))
                            });
                            match (pairs.next(), pairs.next()) {
                                (Some(x), None) => Some(x),
                                _ => None,
                            }
                        })
                        .or_else(|| {
                            // "it was airborne again": from where it was ("followed
                            // it out": from where the story is).
                            let follows = doc.toks[t.first].lower == "followed";
                            // ("The tower was closed at the time of the
                            // departure": the take-off told, looked back on.)
                            if t.noun && doc.toks[t.first.saturating_sub(1)].lower == "the" {
                                return None;
                            }
                            // ("The air ambulance was heading to Mansfield
                            // when the incident happened": under way before
                            // the landing told, not from where it landed.)
                            let under_way = ["heading", "headed"].contains(&doc.word(t.first))
                                && ["was", "were"].contains(&doc.word(t.first.wrapping_sub(1)))
                                && (t.last..s.last).any(|k| doc.word(k) == "when");
                            if under_way {
                                return None;
                            }
                            st.at(main)
                                .or_else(|| if follows { st.place.clone() } else { None })
                                // ("stuck at Kabul … the aircraft, which
                                // departed to Kabul": not from where it went.)
                                .filter(|p| {
                                    !roles
                                        .iter()
                                        .any(|x| x.0 == Role::Toward && x.1.code == p.code)
                                })
                                .map(|p| (p, (0, 0)))
                        })
                        .or_else(|| {
                            // "… died after plunging from a plane at Gatwick
                            // airport. The man fell from a British Airways jet
                            // just after it had taken off": an aircraft the
                            // story has put nowhere leaves from the story's
                            // field.
                            let nowhere =
                                st.entities[main].at.is_none() && st.entities[main].left.is_none();
                            setting
                                .clone()
                                .filter(|p| {
                                    nowhere
                                        && scene
                                        && !t.noun
                                        && !roles.iter().any(|x| x.1.code == p.code)
                                })
                                .map(|p| (p, (0, 0)))
                        });
                    let Some(origin) = origin else {
                        if let Some(d) = own_day.filter(|_| !t.noun) {
                            date_movement(&mut drafts, &st, &ents, Event::Departure, d, own_at);
                        }
                        continue;
                    };
                    let named = !(from.is_empty() && at.is_empty());
                    // A placeless departure that restates one told before only dates it.
                    if !named
                        && let Some(d) = own_day
                        && date_movement(&mut drafts, &st, &ents, Event::Departure, d, own_at)
                    {
                        continue;
                    }
                    // "had set out from Algeria", "had started its trip at an
                    // airfield in Rostov": where the arrival told before began.
                    // (Not "had taken off from Boise": a take-off told as one,
                    // which readers claim as a departure beside the landing.)
                    let took_off = ["taken", "took", "lifted", "left", "departed"]
                        .contains(&doc.toks[t.first].lower.as_str());
                    if t.perfect && own.is_none() && named && !took_off {
                        let prev = drafts.iter().rposition(|d| {
                            d.event == Event::Arrival
                                && !d.dropped
                                && d.entity.is_some_and(|e| st.root(e) == main)
                        });
                        if let Some(k) = prev {
                            sentence_drafts.push(began_at(&mut drafts, k, &origin, &agent_ev));
                            continue;
                        }
                    }
                    // "remained there for two days before heading to
                    // Teterboro": it left when the stay ended.
                    let mut days = days;
                    if !own_date
                        && t.first > s.first
                        && doc.toks[t.first - 1].lower == "before"
                        && let Some(stay) = sentence_drafts
                            .iter()
                            .rev()
                            .find(|d| {
                                d.event == Event::Presence
                                    && d.entity.is_some_and(|e| st.root(e) == main)
                                    && d.places.first().is_some_and(|p| p.code == origin.0.code)
                            })
                            .and_then(|d| d.days)
                            .filter(|d| d.from < d.to)
                    {
                        days = Some(Days {
                            from: stay.to,
                            to: stay.to,
                        });
                    }
                    departed_here = Some((
                        origin.0.clone(),
                        days,
                        sentence_drafts.len() + made.len(),
                        origin.1,
                    ));
                    departed_participle = t.participle;
                    departed_ents = ents.clone();
                    made.push(mk(Event::Departure, std::slice::from_ref(&origin), days));
                    // "…, 14 hours and 52 minutes after it arrived", "after two
                    // hours on the ground": it stood there that long first.
                    let w = |i: usize| doc.word(i);
                    let stood = (s.first..s.last).any(|i| {
                        ["hours", "minutes", "hour"].contains(&w(i))
                            && ((i + 1..(i + 6).min(s.last)).any(|j| w(j) == "after")
                                && (i + 1..(i + 8).min(s.last)).any(|j| {
                                    ["arrived", "landed", "landing", "arrival", "touchdown"]
                                        .contains(&w(j))
                                })
                                || (w(i + 1) == "on" && w(i + 2) == "the" && w(i + 3) == "ground"))
                    });
                    if stood {
                        made.push(mk(Event::Presence, std::slice::from_ref(&origin), days));
                    }
                    for e in &ents {
                        let r = st.root(*e);
                        // "had left Dover earlier that evening", told after the
                        // landing it ended in: still where it landed.
                        let looked_back = t.perfect
                            && st.entities[r]
                                .at
                                .as_ref()
                                .is_some_and(|(_, at)| match (at, days) {
                                    (Some(a), Some(b)) => a.from >= b.from,
                                    _ => true,
                                });
                        if !looked_back {
                            st.entities[r].left = Some((origin.0.clone(), days));
                            st.entities[r].at = None;
                        }
                    }
                }
                Kind::Stay | Kind::Stop => {
                    // ("refuelled on its way back to China from New
                    // Zealand": where it was headed, not where it stopped.)
                    let headed = |p: &(Place, (usize, usize))| {
                        (p.1.0.saturating_sub(4)..p.1.0)
                            .any(|k| ["way", "route", "bound", "heading"].contains(&doc.word(k)))
                    };
                    let to_stop = to.first().filter(|p| !(t.kind == Kind::Stop && headed(p)));
                    let place = at.first().or(to_stop).cloned().or_else(|| {
                        // (Also a stay dated by its own span: "sat on the
                        // ramp from Saturday through Monday".)
                        let spanned = own.is_some_and(|d| d.from < d.to)
                            && ["sat", "parked", "stayed", "remained", "overnighted"]
                                .contains(&doc.toks[t.first].lower.as_str());
                        if f.stay_days.is_some()
                            || f.stay_hours
                            || f.here.is_some()
                            || spanned
                            || until_day(doc, f, timexes, &timex_days).is_some()
                            || [
                                "overnighted",
                                "nightstopped",
                                "night-stopped",
                                "night",
                            ]
                            .contains(&doc.toks[t.first].lower.as_str())
                            // "It stayed overnight": where it was.
                            || doc.toks.get(t.last).is_some_and(|x| x.lower == "overnight")
                            // ("arrived on Saturday and stayed the night".)
                            || (doc.word(t.last) == "the"
                                && doc.word(t.last + 1) == "night")
                            // "The 747 stayed on a remote ramp during the
                            // visit": where it landed.
                            || crate::article::events::on_the_ground_at(doc, t.last)
                        {
                            st.at(main)
                                .map(|p| (p, st.place_at.unwrap_or((0, 0))))
                                .or_else(|| {
                                    let nowhere = st.entities[main].at.is_none()
                                        && st.entities[main].left.is_none();
                                    setting.clone().filter(|_| nowhere).map(|p| (p, (0, 0)))
                                })
                        } else {
                            None
                        }
                    });
                    let Some(place) = place else {
                        continue;
                    };
                    // A stay's days start when it arrived there.
                    let arrived = drafts
                        .iter()
                        .chain(sentence_drafts.iter())
                        .rev()
                        .filter(|d| {
                            matches!(d.event, Event::Arrival | Event::Route)
                                && !d.dropped
                                && !d.open_end
                                && d.places.last().is_some_and(|p| p.code == place.0.code)
                                && d.entity.is_some_and(|e| st.root(e) == main)
                        })
                        .max_by_key(|d| d.event == Event::Arrival)
                        .and_then(|d| d.days);
                    let mut dd = days;
                    if let Some(n) = f.stay_days
                        && (!own_date || dd.is_some_and(|x| x.from == x.to))
                    {
                        let start = if own_date {
                            dd.map(|x| x.from)
                        } else {
                            arrived.map(|x| x.to).or(dd.map(|x| x.from))
                        };
                        // (A stay counted on from the story's own day would
                        // end after the story was written: "held in Zimbabwe
                        // for more than three weeks", dated only by the
                        // dateline, ends then.)
                        dd = start.map(|s| match published {
                            Some(p) if s + 1 >= p && s + n > p + 1 => Days { from: s - n, to: s },
                            _ => Days { from: s, to: s + n },
                        });
                    }
                    // "spent two nights in Caracas before heading to Havana on
                    // Wednesday", its arrival not told: the days before that one.
                    if dd.is_none()
                        && let Some(n) = f.stay_days
                        && let Some(before) =
                            (t.last..s.last).find(|&i| doc.toks[i].lower == "before")
                        && let Some(end) = (0..timexes.len())
                            .filter(|&k| timexes[k].first > before && timexes[k].first < s.last)
                            .find_map(|k| a_day(&timexes[k], timex_days[k]))
                    {
                        dd = Some(Days {
                            from: end.from - n,
                            to: end.from,
                        });
                    }
                    // "stayed parked … until Wednesday morning": from the arrival to then.
                    // ("was grounded in Malta on 5 April and remained there
                    // until 20 April": from the stay told before it, one stay.)
                    let stayed_before = sentence_drafts.iter().position(|x| {
                        x.event == Event::Presence
                            && !x.dropped
                            && x.places.first().is_some_and(|q| q.code == place.0.code)
                            && x.entity.is_some_and(|e| st.root(e) == main)
                    });
                    if let Some(u) = until_day(doc, f, timexes, &timex_days)
                        && let Some(sd) = arrived
                            .or(if own_date { None } else { days })
                            .or(stayed_before.and_then(|k| sentence_drafts[k].days))
                    {
                        dd = Some(Days {
                            from: sd.from,
                            to: u.to.max(sd.from),
                        });
                        if let Some(k) = stayed_before {
                            sentence_drafts[k].dropped = true;
                        }
                    }
                    let w = |i: usize| doc.word(i);
                    let clause = t.first.saturating_sub(3).max(s.first)..(t.last + 4).min(s.last);
                    // "where it spent the night", "overnighted": to the next day.
                    let night = clause.clone().any(|i| {
                        (w(i) == "the" && w(i + 1) == "night")
                            || [
                                "overnight",
                                "overnighted",
                                "overnighting",
                                "nightstopped",
                                "night-stopped",
                            ]
                            .contains(&w(i))
                            || (w(i) == "night" && w(i + 2) == "stopped")
                    });
                    // ("parked overnight on the apron", with no leaving told
                    // after it: the day it came, as authors write it; "spent
                    // the night", "night-stopped", or "stayed overnight and
                    // left on Saturday": to the next day.)
                    let left_after = sframes.iter().any(|g| {
                        g.trig.first > t.last && matches!(g.trig.kind, Kind::Depart | Kind::Fly)
                    });
                    let just_overnight = !clause.clone().any(|i| {
                        (w(i) == "the" && w(i + 1) == "night")
                            || (w(i) != "overnight" && w(i).contains("night"))
                    });
                    if night
                        && (left_after || !just_overnight)
                        && f.stay_days.is_none()
                        && let Some(d) = dd.filter(|d| d.from == d.to)
                    {
                        dd = Some(Days {
                            from: d.from,
                            to: d.from + 1,
                        });
                    }
                    // "was still parked there", told without a day of its own:
                    // from its arrival to the day of the telling.
                    if !own_date
                        && clause.clone().any(|i| w(i) == "still")
                        && let (Some(a), Some(p)) = (arrived, published)
                        && a.to < p
                        && p - a.to <= 7
                    {
                        dd = Some(Days { from: a.to, to: p });
                    }
                    // "has been sitting at Vnukovo for three weeks", "is still
                    // at Vnukovo", told with no day: up to the telling.
                    let present = t.first > s.first + 1
                        && ((w(t.first - 1) == "been"
                            && ["has", "have"].contains(&w(t.first - 2)))
                            || (["is", "are"].contains(&w(t.first - 1)) && w(t.first) == "still"))
                        || ["is", "are"].contains(&w(t.first))
                        // "has sat at Santiago for more than 18 months".
                        || (t.first > s.first && ["has", "have"].contains(&w(t.first - 1)));
                    // "the Boeing is currently parked at Dubai World
                    // Central": now, whatever day the story had reached.
                    let parked_now = !own_date
                        && t.first > s.first + 1
                        && ["parked", "stuck", "grounded", "stranded"].contains(&w(t.first))
                        && (["is", "are"].contains(&w(t.first - 1))
                            || (["currently", "now", "still"].contains(&w(t.first - 1))
                                && ["is", "are"].contains(&w(t.first - 2))));
                    if parked_now {
                        dd = None;
                    }
                    if dd.is_none()
                        && (present || parked_now)
                        && let Some(p) = published
                    {
                        let back = f.stay_days.unwrap_or(0);
                        dd = Some(Days {
                            from: p - back,
                            to: p,
                        });
                    }
                    // "It stayed on the ground in Istanbul for about seven
                    // hours", its landing on Monday evening and its take-off
                    // early on Tuesday both told: from the one to the other.
                    let left_day = drafts
                        .iter()
                        .chain(sentence_drafts.iter())
                        .rev()
                        .filter(|d| {
                            matches!(d.event, Event::Departure | Event::Route)
                                && !d.dropped
                                && d.places.first().is_some_and(|p| p.code == place.0.code)
                                && d.entity.is_some_and(|e| st.root(e) == main)
                        })
                        .find_map(|d| d.days);
                    if f.stay_hours
                        && !own_date
                        && let (Some(a), Some(dep)) = (arrived, left_day)
                        && dep.from == dep.to
                        && dep.from == a.to + 1
                    {
                        dd = Some(Days {
                            from: a.to,
                            to: dep.from,
                        });
                    }
                    // "has stood on the apron at Kotoka since it arrived": from
                    // the arrival told before to the telling (or to its own day).
                    // ("since its arrival", "since their landing".)
                    let since_arrival = (t.last..s.last).any(|i| {
                        w(i) == "since"
                            && (["it", "they"].contains(&w(i + 1))
                                && ["arrived", "landed", "touched"].contains(&w(i + 2))
                                || ["its", "their"].contains(&w(i + 1))
                                    && ["arrival", "landing"].contains(&w(i + 2)))
                    });
                    if since_arrival && let Some(a) = arrived {
                        let end = if present { published } else { dd.map(|d| d.to) };
                        if let Some(e) = end.filter(|&e| e >= a.to) {
                            dd = Some(Days { from: a.to, to: e });
                        }
                    }
                    // "and has remained there since": from then to the telling.
                    // ("has stood on the business aviation apron there ever
                    // since".)
                    let since_then = (t.last..s.last).any(|i| {
                        w(i) == "since"
                            && (i < t.last + 4 || w(i - 1) == "ever")
                            && doc
                                .toks
                                .get(i + 1)
                                .is_none_or(|n| n.kind == super::text::TokKind::Punct)
                    });
                    if since_then
                        && let (Some(d), Some(p)) = (dd.or(arrived), published)
                        && d.from <= p
                    {
                        dd = Some(Days {
                            from: d.from,
                            to: p,
                        });
                    }
                    made.push(mk(Event::Presence, std::slice::from_ref(&place), dd));
                    // ("It stopped in Honolulu and Saipan to refuel": a stay
                    // at each.)
                    let mut place = place;
                    if t.kind == Kind::Stop && at.first() == Some(&place) {
                        // (Not a place that locates the last, "San Juan, Puerto
                        // Rico".)
                        for other in at.iter().skip(1) {
                            // ("in Amman, the Jordanian capital, and at Borg
                            // El Arab": an apposition between.)
                            let between = place.1.1..other.1.0;
                            let joined = other.1.0 > place.1.1
                                && other.1.0 - place.1.1 <= 8
                                && between.clone().any(|k| [",", "and"].contains(&doc.word(k)));
                            if other.0.code.len() <= 2 || !joined {
                                break;
                            }
                            made.push(mk(Event::Presence, std::slice::from_ref(other), dd));
                            place = other.clone();
                        }
                    }
                    // ("arrived … from Tashkent, where it had stopped for
                    // fuel": a stop looked back on; it is where it arrived.)
                    let looked_back = t.perfect
                        && t.kind == Kind::Stop
                        && st.entities[st.root(main)].at.is_some();
                    if !looked_back {
                        move_to(&mut st, &place.0, dd, place.1);
                    }
                }
            }
            claim!(made);
            // A flight's callsign lasts until it lands.
            if let Some(c) = sentence_callsign(f, descs, mentions, s.first, s.last, &ents, &others)
            {
                let r = st.root(main);
                st.entities[r].callsign = Some(c.clone());
                st.callsign = Some((main, c));
            }
            if matches!(t.kind, Kind::Arrive | Kind::Stay) {
                st.callsign = None;
            }
        }
        // "Grim 21 was first on the ground, followed by Grim 22 at 4.40pm":
        // the same movement for the aircraft that followed.
        for i in s.first..s.last.saturating_sub(2) {
            if !(doc.toks[i].lower == "followed" && doc.toks[i + 1].lower == "by") {
                continue;
            }
            let callsign = mentions
                .iter()
                .filter(|m| m.first >= i + 2 && m.first <= i + 4)
                .find_map(|m| match &m.ident {
                    Ident::Callsign(c) => Some(c.clone()),
                    _ => None,
                });
            let Some(prev) = sentence_drafts
                .iter()
                .rev()
                .find(|d| !d.dropped && d.entity.is_some())
                .cloned()
            else {
                continue;
            };
            let after_by = (0..descs.len())
                .find(|&d| descs[d].first >= i + 2 && descs[d].first <= i + 4 && !descs[d].person);
            // (One told with its own date is a movement of its own: `gapped`.)
            if after_by.is_some_and(|d| agents.contains(&d)) {
                continue;
            }
            let described = after_by.and_then(|d| desc_entity.get(&d)).cloned();
            // Another callsign: another aircraft of the kind just named.
            let other_callsign = callsign.is_some() && callsign != prev.callsign;
            // ("followed by a second at 4.40pm": another of the kind too.)
            let elided = after_by.is_some_and(|d| descs[d].elided);
            let es = match (described, &callsign) {
                (Some(es), _) if !other_callsign && !elided => es,
                (_, c) if other_callsign || (elided && c.is_none()) => {
                    let kind = prev.entity.map(|x| st.entities[st.root(x)].type_code);
                    let e = st.new_entity();
                    st.entities[e].type_code = kind.flatten();
                    vec![e]
                }
                _ => continue,
            };
            for &e in &es {
                let e = st.root(e);
                if prev.entity.is_some_and(|x| st.root(x) == e) {
                    continue;
                }
                let mut x = prev.clone();
                x.entity = Some(e);
                x.callsign = callsign.clone();
                sentence_drafts.push(x);
            }
        }
        merge_legs(&mut sentence_drafts);
        if journey && (trip.origin.is_some() || trip.dest.is_some() || !trip.stops.is_empty()) {
            finish_trip(&mut st, &mut sentence_drafts, trip, sn, headline, lead);
        }
        // A callsign named without a movement ("Flying as RFF7091, …", "The
        // aircraft flew under the callsign RCH217.") starts a flight, and
        // names the one just told when that had none.
        if (sframes.iter().all(|f| !f.trig.factual) || sentence_drafts.is_empty())
            && let Some(c) =
                mention_in[sn]
                    .iter()
                    .map(|&k| &mentions[k])
                    .find_map(|m| match &m.ident {
                        Ident::Callsign(c) => Some(c.clone()),
                        _ => None,
                    })
            && let Some(e) = st.current
        {
            let r = st.root(e);
            // Only when the sentence is about that aircraft: it opens with
            // "it", "the aircraft" or its registration ("El Al flight LY001"
            // and "a third jet is VCV9006" are others).
            let about = mention_in[sn]
                .first()
                .map(|&k| &mentions[k])
                .is_some_and(|m| match &m.ident {
                    Ident::Pronoun(false) => true,
                    Ident::Noun(false) => m.det == Det::Definite,
                    Ident::Registration(x, _) => st.entities[r].regs.contains(x),
                    _ => false,
                });
            let others = !about
                || drafts.iter().any(|d| {
                    d.entity.is_some_and(|x| st.root(x) == r)
                        && d.callsign.as_ref().is_some_and(|x| *x != c)
                });
            if !others {
                for d in drafts.iter_mut().rev().take_while(|d| d.sentence + 3 >= sn) {
                    if d.entity.is_some_and(|x| st.root(x) == r)
                        && d.callsign.is_none()
                        && d.event != Event::Presence
                    {
                        d.callsign = Some(c.clone());
                    }
                }
            }
            st.entities[r].callsign = Some(c.clone());
            st.callsign = Some((r, c));
        }
        // A sentence about an aircraft with a day and no movement of its own
        // still dates the story ("…got halfway on Wednesday, 13 October").
        drafts.extend(sentence_drafts);
    }
    turned_back(doc, &mut drafts, |e| st.root(e));
    chain_stops(&mut drafts, |e| st.root(e));
    (drafts, st.entities, timex_days, seen_at)
}

/// "A Delhi-bound Air India flight returned to Phuket", "waited in the air
/// for two hours before returning to Minsk": a flight that turned back,
/// its take-off untold, left where it returned to. The first the story
/// tells of that aircraft, with a word of a flight under way in its
/// sentence ("-bound", "outbound", "in the air", "airborne", "launched",
/// "shortly after take-off"), gives the departure too, on the return's day.
fn turned_back(doc: &Doc, drafts: &mut Vec<Draft>, root: impl Fn(usize) -> usize) {
    let mut extra = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        if d.event != Event::Arrival || d.dropped || d.places.len() != 1 {
            continue;
        }
        let Some(&(a, _)) = d.evidence.place.first() else {
            continue;
        };
        // "returned to Thailand's Phuket": back past the possessor.
        let mut j = a;
        while j > 0 && a - j < 4 && doc.word(j - 1) != "to" {
            j -= 1;
        }
        if j < 2
            || doc.word(j - 1) != "to"
            || !["returned", "returning", "returns", "back"].contains(&doc.word(j - 2))
        {
            continue;
        }
        let Some(s) = doc.sentences.get(d.sentence) else {
            continue;
        };
        let w = |i: usize| doc.word(i);
        let under_way = (s.first..s.last).any(|i| {
            ["bound", "outbound", "airborne", "launched", "takeoff"].contains(&w(i))
                || (w(i) == "in" && w(i + 1) == "the" && w(i + 2) == "air")
                || (w(i) == "after" && ["take", "takeoff"].contains(&w(i + 1)))
        });
        let same = |x: &Draft| match (x.entity, d.entity) {
            (Some(p), Some(q)) => root(p) == root(q),
            _ => false,
        };
        let told_before = drafts[..k].iter().any(|x| !x.dropped && same(x));
        let left_there = drafts.iter().any(|x| {
            !x.dropped
                && x.event == Event::Departure
                && (same(x) || x.sentence == d.sentence)
                && x.places.first().is_some_and(|p| p.code == d.places[0].code)
        });
        if under_way && !told_before && !left_there {
            let mut dep = d.clone();
            dep.event = Event::Departure;
            extra.push((k, dep));
        }
    }
    for (k, dep) in extra.into_iter().rev() {
        drafts.insert(k, dep);
    }
}

/// A place that can be where the story's aircraft stand: an airfield, not
/// a government by its capital ("Moscow said") nor a landmark.
fn plain_field(p: &PlaceMention) -> bool {
    !p.government && !p.landmark && p.place.is_airport()
}

/// `d` ends before `now` begins.
fn d_before(d: Option<Days>, now: Days) -> bool {
    d.is_some_and(|d| d.to < now.from)
}

/// A sentence that doubts what it tells ("spotters believe the aircraft
/// went to Cairo West, though that could not be confirmed"): it places no
/// aircraft anywhere.
fn hedged(doc: &Doc, first: usize, last: usize) -> bool {
    let w = |i: usize| doc.toks[i].lower.as_str();
    (first..last).any(|i| {
        tables::GUESSES.contains(&w(i))
            || ["unconfirmed", "possibly", "perhaps", "might"].contains(&w(i))
            || (w(i) == "confirmed"
                && (first..i)
                    .rev()
                    .take(4)
                    .any(|j| ["not", "n't"].contains(&w(j))))
    })
}

/// No report in the sentence ("On Tuesday, the ministry said …" dates a
/// statement, not the story).
fn no_report(doc: &Doc, first: usize, last: usize) -> bool {
    !(first..last).any(|i| crate::article::events::REPORTING.contains(&doc.toks[i].lower.as_str()))
}

/// "11:50 a.m.", "14:05", "9.30pm ET": a line that is only a clock time.
fn clock_line(doc: &Doc, s: &super::text::Sentence) -> bool {
    let alone = doc
        .sentences
        .iter()
        .filter(|x| x.paragraph == s.paragraph)
        .count()
        == 1;
    let toks = &doc.toks[s.first..s.last];
    alone
        && toks
            .first()
            .is_some_and(|t| t.kind == super::text::TokKind::Number)
        && toks.len() <= 8
        && toks.iter().all(|t| {
            t.kind == super::text::TokKind::Number
                || [
                    ":", ".", "a", "p", "m", "a.m", "p.m", "am", "pm", "et", "pt", "ct", "mt",
                    "utc", "gmt", "bst", "cet", "cest", "local", "time",
                ]
                .contains(&t.lower.as_str())
                || ((t.lower.ends_with("am") || t.lower.ends_with("pm"))
                    && t.lower.as_bytes()[0].is_ascii_digit())
                // (Any zone's capitals: "13:25 NPT", "09:10 EAT".)
                || zone_word(t)
        })
}

/// A time zone's capitals after a clock time: "BST", "NPT", "AEST".
fn zone_word(t: &super::text::Tok) -> bool {
    t.upper && (2..=4).contains(&t.lower.len()) && t.lower.bytes().all(|b| b.is_ascii_alphabetic())
}

/// "19:15 | The Air Force says …", "17:05 — …", "15:10 BST" (a line above
/// the entry, perhaps with a heading between): an entry of a live page,
/// told on the page's day whichever aircraft it is about.
/// A page's byline line: "Updated …", "Published …", "first published …".
fn is_byline(doc: &Doc, s: &super::text::Sentence) -> bool {
    let w = |i: usize| doc.word(s.first + i);
    // (Not a live page's entry header, "published at 21:40 GMT 14 March",
    // which dates the entry under it.)
    (["updated", "published", "posted"].contains(&w(0)) && w(1) != "at")
        || (["first", "last", "originally"].contains(&w(0))
            && ["published", "updated", "posted"].contains(&w(1)))
}

fn live_entry(doc: &Doc, s: &super::text::Sentence) -> bool {
    live_entry_start(doc, s).is_some()
}

/// Where the live entry holding `s` begins: the first token of its time
/// stamp, the latest of the paragraph's opening and the two sentences
/// before `s` (see [`live_entry`]).
fn live_entry_start(doc: &Doc, s: &super::text::Sentence) -> Option<usize> {
    let w = |i: usize| doc.word(i);
    let stamp = |i: usize| {
        doc.toks[i].kind == super::text::TokKind::Number
            && w(i + 1) == ":"
            && doc
                .toks
                .get(i + 2)
                .is_some_and(|t| t.kind == super::text::TokKind::Number)
            && (["|", "—", "–", "-"].contains(&w(i + 3))
                // "15:10 BST", "09:05 GMT": a timestamp with its zone.
                || doc.toks.get(i + 3).is_some_and(zone_word))
    };
    let k = doc.sentences.partition_point(|x| x.first < s.first);
    let para_first = doc
        .sentences
        .iter()
        .find(|x| x.paragraph == s.paragraph)
        .map_or(s.first, |x| x.first);
    (k.saturating_sub(2)..k)
        .map(|n| doc.sentences[n].first)
        .chain(std::iter::once(para_first))
        .filter(|&i| stamp(i))
        .max()
}

/// A whole country after "from" that follows a noun of people or goods
/// ("evacuees from Sudan", "aid from Turkey", "the Brazilians from
/// Lebanon"), the place's first token at `first`.
fn from_a_noun(doc: &Doc, sentence_first: usize, first: usize) -> bool {
    let mut k = first;
    while k > sentence_first && doc.toks[k - 1].lower != "from" && first - k < 3 {
        k -= 1;
    }
    if k < sentence_first + 2 || doc.toks[k - 1].lower != "from" {
        return false;
    }
    let noun = &doc.toks[k - 2];
    let w = noun.lower.as_str();
    [
        "aid", "cargo", "supplies",
        "goods", "evacuees", "people", "citizens", "nationals", "deportees", "migrants",
        "passengers", "returnees", "troops", "soldiers", "pilgrims",
        // (Animals flown: "a pair of giant pandas from China … arrived".)
        "animals", "pandas", "horses", "elephants", "cheetahs", "dogs", "cats", "koalas",
        "penguins", "turtles", "gorillas", "rhinos", "giraffes", "lions", "tigers",
    ]
    .contains(&w)
        || tables::PEOPLE.contains(&w)
        // (A nationality's plural: "Brazilians", "Britons".)
        || (noun.cap && w.ends_with("ns"))
}

/// A description told as an escort (tokens `first..last` of sentence
/// `s`): after "escorted by", "accompanied by", "flanked by", "intercepted
/// by" or "shadowed by" (its count and maker between); before "escort"
/// ("diverted with a MiG-29 escort") or "to escort/intercept/shadow" ("a
/// MiG-29 fighter to escort the plane"); or just after "scrambled".
fn escort(doc: &Doc, s: &Sentence, first: usize, last: usize) -> bool {
    let mut i = first;
    while i > s.first
        && (doc.toks[i - 1].lower.chars().all(|c| c.is_ascii_digit())
            || [
                "a", "an", "two", "three", "four", "five", "six", "pair", "of", "sukhoi",
                "mikoyan", "russian", "fighter",
            ]
            .contains(&doc.toks[i - 1].lower.as_str()))
    {
        i -= 1;
    }
    let by = i >= s.first + 2
        && doc.toks[i - 1].lower == "by"
        && [
            "escorted",
            "accompanied",
            "flanked",
            "intercepted",
            "shadowed",
        ]
        .contains(&doc.toks[i - 2].lower.as_str());
    let after = |k: usize| {
        if last + k < s.last {
            doc.toks[last + k].lower.as_str()
        } else {
            ""
        }
    };
    let near_after = (0..4).any(|k| {
        (k == 0 && ["escort", "escorts"].contains(&after(k)))
            || (after(k) == "to" && ["escort", "intercept", "shadow"].contains(&after(k + 1)))
    });
    let scrambled_before = (first.saturating_sub(3).max(s.first)..first)
        .any(|j| ["scramble", "scrambled", "scrambling"].contains(&doc.toks[j].lower.as_str()));
    by || near_after || scrambled_before
}

/// For each sentence, the indices of the items whose first token lies in
/// it, in the items' order.
fn by_sentence(doc: &Doc, firsts: impl Iterator<Item = usize>) -> Vec<Vec<usize>> {
    let mut v = vec![Vec::new(); doc.sentences.len()];
    for (k, f) in firsts.enumerate() {
        let sn = doc.sentences.partition_point(|s| s.last <= f);
        if let Some(s) = doc.sentences.get(sn)
            && s.first <= f
        {
            v[sn].push(k);
        }
    }
    v
}

/// "base" or "airbase" at token `i`.
fn base_word(doc: &Doc, i: usize) -> bool {
    ["base", "airbase"].contains(&doc.word(i))
}

/// "the base", "the air base", "the airbase" at token `k`.
fn the_base_at(doc: &Doc, k: usize) -> bool {
    doc.word(k) == "the"
        && (base_word(doc, k + 1) || (doc.word(k + 1) == "air" && base_word(doc, k + 2)))
}

/// "the airport", "the airfield", "the aerodrome" at token `k`, not a
/// named place's ("the airport of a nearby town").
fn the_airport_at(doc: &Doc, k: usize) -> bool {
    doc.word(k) == "the"
        && ["airport", "airfield", "aerodrome"].contains(&doc.word(k + 1))
        && !["of", "in", "at", "near"].contains(&doc.word(k + 2))
}

/// The airports the story named before token `end`, the last first (not a
/// government's seat).
fn airports_named_before(
    places: &[PlaceMention],
    end: usize,
) -> impl Iterator<Item = &PlaceMention> {
    places
        .iter()
        .rev()
        .filter(move |p| p.last <= end && !p.government && p.place.is_airport())
}

/// The air base the story named last before token `end`: an airfield with
/// "base" in or beside its name ("Hmeimim air base", "the air base in
/// Latakia").
fn base_named_before<'a>(
    doc: &Doc,
    places: &'a [PlaceMention],
    end: usize,
) -> Option<&'a PlaceMention> {
    airports_named_before(places, end)
        .find(|p| (p.name.0.saturating_sub(3)..p.last + 2).any(|i| base_word(doc, i)))
}

#[cfg(test)]
mod tests {
    use crate::article::read;
    use crate::time::parse_date;

    #[test]
    fn items_are_grouped_by_the_sentence_they_open_in() {
        let doc = crate::article::text::parse("The jet landed. It left at dawn.");
        let (a, b) = (&doc.sentences[0], &doc.sentences[1]);
        let firsts = [a.first, a.last - 1, b.first, b.last - 1, b.last + 5];
        assert_eq!(
            super::by_sentence(&doc, firsts.into_iter()),
            vec![vec![0, 1], vec![2, 3]]
        );
    }

    fn who(text: &str) -> Vec<String> {
        read(text, parse_date("2025-03-07"))
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c.aircraft_type.as_deref().unwrap_or("-"),
                    c.registration.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn the_aircraft_of_each_claim() {
        // "The plane" and "it" are the one named before; "another" is new;
        // a registration named later identifies the one before.
        assert_eq!(
            who(
                "An Il-96 landed in Havana on Monday. The plane left on Tuesday. Another aircraft, an Il-76, landed in Havana on Wednesday. It was registered as RA-78817."
            ),
            ["IL96 -", "IL96 -", "IL76 RA-78817"]
        );
        // "The jet" named by type after a person moved: the traveller's aircraft.
        assert_eq!(
            who(
                "The minister landed in Havana on Tuesday. He travelled on an Il-96, registration RA-96021."
            ),
            ["IL96 RA-96021"]
        );
        // A list of registrations: one claim each.
        assert_eq!(
            who("The jets YV2912 and YV3073 landed at Biggs Army Airfield on Monday."),
            ["- YV2912", "- YV3073"]
        );
    }

    #[test]
    fn a_city_of_several_airports_is_the_one_the_aircraft_was_at() {
        let r = read(
            "The Il-96 landed at New York's John F. Kennedy airport on 16 October. The next day it flew from New York to Washington.",
            parse_date("2025-10-18"),
        );
        let route: Vec<&str> = r.claims[1].route.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(route, ["KJFK", "US"]);
    }
}
