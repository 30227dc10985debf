//! Event frames: a trigger with the aircraft, places, date and stay its
//! sentence attaches to it.

use crate::article::dates::{Timex, Value, length_word};
use crate::article::places::{DIRECTIONS, PlaceKind, PlaceMention};
use crate::article::text::{Doc, Sentence, Tok, TokKind};

use super::descriptions::Desc;
use super::triggers::{CAUSED_MOVES, HOST_AUX, HOST_VERBS, Kind, REPORT_NOUNS, REPORTING, Trigger};

/// Words before "from X" in a subject that make X a service's planned
/// origin, not a movement's: "due in from Guangzhou".
const PLANNED_FROM: &[&str] = &["due", "scheduled", "expected", "bound"];

/// Words after "from X" in a subject that make X a fleet's or a unit's
/// home: "from Moscow's VIP fleet", "from the Ramstein air base wing".
const UNIT_AFTER: &[&str] = &[
    "'s", "’s", "'", "fleet", "squadron", "regiment", "wing", "unit", "air", "base",
];

/// Words that make the place after them a stop on the way ("after stops in
/// A, B and C", "with a refuelling stop in A", "refuelled in A").
const STOP_CUES: &[&str] = &[
    "stops",
    "stop",
    "refuelled",
    "refueled",
    "refuelling",
    "refueling",
    "stopovers",
    "stopover",
    "via",
    "through",
];

/// A place's role in a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Where it came from.
    From,
    /// Where it went.
    To,
    /// Where it was.
    At,
    /// A stop on the way.
    Via,
    /// Where it was headed (not a claim that it got there).
    Toward,
}

/// What a frame's place words point at when they are not a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Here {
    /// "there", "the same airport": where the story is.
    There,
    /// "landed at the international airport here": the dateline's place.
    Dateline,
    /// "touched down here Monday", no dateline: the named field the story
    /// tells of near it.
    Local,
    /// "0914 arr C-17A ex KDOV": the base a spotter's log is kept at.
    Base,
    /// "landed in a field near Elmore", "on an oil platform off Norway":
    /// no airfield, so only the country of the place named (or the
    /// story's).
    OffField,
}

/// One movement read from a sentence.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Sentence number.
    pub sentence: usize,
    /// The trigger.
    pub trig: Trigger,
    /// The aircraft descriptions that do it (indices into the
    /// descriptions): one, or several coordinated ("two Tu-160s, an An-124
    /// and an Il-62 landed").
    pub agents: Vec<usize>,
    /// Places (index into the place mentions) with their roles, in text order.
    pub places: Vec<(usize, Role)>,
    /// "there", "the same airport".
    pub here: Option<Here>,
    /// The date expression attached (index into the timexes).
    pub timex: Option<usize>,
    /// "for three days", "two nights": a stay's length in days.
    pub stay_days: Option<i64>,
    /// "after about two hours on the ground": a stay measured in hours.
    pub stay_hours: bool,
    /// "after stops in", "refuelled in … on the way": its places are stops.
    pub has_stops: bool,
}

/// Movements told by ellipsis, for another aircraft on its own date: "…,
/// and an An-124 did the same on Wednesday", "two Il-76s landed on Monday
/// and a third on Tuesday", "followed by an An-124 on 5 May", "; the Tu-214
/// on Tuesday"; and in a sentence of its own, "On 5 May, an An-124 made the
/// same trip." Each is the movement before it (`frames`, all the frames so
/// far), repeated. The repeated trigger spans the words that stand for it
/// ("did the same"), or none.
pub fn gapped(
    doc: &Doc,
    sn: usize,
    trigs: &[Trigger],
    frames: &[Frame],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Vec<Frame> {
    let s = &doc.sentences[sn];
    let toks = &doc.toks;
    let w = |i: usize| doc.word(i);
    // (Only this sentence's frames and the one before can matter: dates,
    // aircraft and places are the sentence's own.)
    let recent: Vec<&Frame> = frames
        .iter()
        .rev()
        .take_while(|f| f.sentence + 1 >= sn)
        .collect();
    let used_timex: Vec<usize> = recent.iter().filter_map(|f| f.timex).collect();
    let agents: Vec<usize> = recent
        .iter()
        .flat_map(|f| f.agents.iter().copied())
        .collect();
    // "did the same", "made the same trip", "followed suit", "did likewise".
    let same_phrase = |from: usize, to: usize| -> Option<(usize, usize)> {
        (from..to.min(s.last)).find_map(|i| {
            let two = (w(i), w(i + 1));
            match two {
                ("did" | "made" | "flew" | "repeated", "the") if w(i + 2) == "same" => {
                    let end = if ["trip", "journey", "flight", "route", "run", "hop"]
                        .contains(&w(i + 3))
                    {
                        i + 4
                    } else {
                        i + 3
                    };
                    Some((i, end))
                }
                ("did", "likewise") | ("followed", "suit") => Some((i, i + 2)),
                _ => None,
            }
        })
    };
    let mut out = Vec::new();
    let in_s = |i: usize| i >= s.first && i < s.last;
    let descs_here: Vec<usize> = (0..descs.len())
        .filter(|&d| in_s(descs[d].first) && !descs[d].person && !agents.contains(&d))
        .collect();
    let here: Vec<&Frame> = recent
        .iter()
        .copied()
        .filter(|f| f.sentence == sn)
        .collect();
    if let Some(prev) = here
        .iter()
        .filter(|f| f.trig.factual && !f.agents.is_empty())
        .max_by_key(|f| f.trig.first)
    {
        for &d in &descs_here {
            let desc = &descs[d];
            if desc.first < prev.trig.last || trigs.iter().any(|t| t.first >= desc.last) {
                continue;
            }
            // Joined to the clause before: "and", ";", ",", "then",
            // "followed by", "while", past an article.
            let mut j = desc.first;
            while j > s.first && ["a", "an", "the", "its"].contains(&w(j - 1)) {
                j -= 1;
            }
            let joined = j > s.first
                && (["and", ";", ",", "then", "while"].contains(&w(j - 1))
                    || (w(j - 1) == "by" && j >= 2 && w(j - 2) == "followed"));
            if !joined {
                continue;
            }
            let same = same_phrase(desc.last, desc.last + 2);
            let after = same.map_or(desc.last, |x| x.1);
            // Its own date, right after ("too", "also" between).
            let timex = (0..timexes.len()).find(|&x| {
                let tx = &timexes[x];
                in_s(tx.first)
                    && tx.first >= after
                    && !used_timex.contains(&x)
                    && toks[after..tx.first].iter().all(|t| {
                        t.is(",") || ["on", "too", "also", "as", "well"].contains(&t.lower.as_str())
                    })
            });
            if timex.is_none() && same.is_none() {
                continue;
            }
            let span = same.unwrap_or((desc.last, desc.last));
            out.push(again(prev, sn, span, vec![d], timex));
        }
    }
    // The aircraft left out too: "In March it went to Tehran; in April, to
    // Damascus." A place of no frame after the movement, joined to it, with
    // a date of its own beside it: the same aircraft's movement there.
    if let Some(prev) = here
        .iter()
        .filter(|f| f.trig.factual && !f.agents.is_empty() && !f.places.is_empty())
        .max_by_key(|f| f.trig.first)
    {
        let taken: Vec<usize> = recent
            .iter()
            .flat_map(|f| f.places.iter().map(|p| p.0))
            .collect();
        let last_place = prev
            .places
            .iter()
            .map(|p| places[p.0].last)
            .max()
            .unwrap_or(0);
        for p in (0..places.len()).filter(|&p| {
            in_s(places[p].first)
                && places[p].first >= last_place
                && !taken.contains(&p)
                && !places[p].landmark
                && !places[p].government
        }) {
            let prep = places[p].prep.as_deref().unwrap_or("");
            let role = match prep {
                "to" | "into" => Role::To,
                "in" | "at" => Role::At,
                _ => continue,
            };
            // Back to the joint, over a date, the preposition and commas.
            let in_timex = |i: usize| timexes.iter().any(|x| x.first <= i && i < x.last);
            let mut j = places[p].first;
            while j > s.first
                && (in_timex(j - 1)
                    || [",", prep, "the"].contains(&w(j - 1))
                    || (["in", "on", "by"].contains(&w(j - 1)) && in_timex(j)))
            {
                j -= 1;
            }
            let joined = j > s.first && ["and", ";", "then"].contains(&w(j - 1)) || w(j) == ",";
            if !joined
                || trigs
                    .iter()
                    .any(|t| t.first >= j && t.first < places[p].first)
            {
                continue;
            }
            let span_timex = (0..timexes.len()).find(|&x| {
                let tx = &timexes[x];
                !used_timex.contains(&x)
                    && ((tx.first >= j && tx.last <= places[p].first)
                        || (tx.first >= places[p].last
                            && tx.first <= places[p].last + 1
                            && in_s(tx.first)))
            });
            let Some(timex) = span_timex else {
                continue;
            };
            // Nothing else between: the date, the preposition, commas.
            let between_ok = toks[j..places[p].first].iter().enumerate().all(|(k, t)| {
                let i = j + k;
                t.is(",")
                    || t.lower == prep
                    || ["the", "and", "then", "in", "on", "by"].contains(&t.lower.as_str())
                    || (timexes[timex].first <= i && i < timexes[timex].last)
            });
            if !between_ok {
                continue;
            }
            out.push(Frame {
                places: vec![(p, role)],
                here: None,
                stay_days: None,
                stay_hours: false,
                has_stops: false,
                ..again(prev, sn, (j, j), prev.agents.clone(), Some(timex))
            });
        }
    }
    // A sentence of its own: "On 5 May, an An-124 made the same trip." (Its
    // "trip" goes nowhere by itself.)
    if here.iter().all(|f| f.places.is_empty() && f.here.is_none())
        && sn > 0
        && let Some(prev) = recent
            .iter()
            .filter(|f| f.sentence + 1 == sn && f.trig.factual && !f.places.is_empty())
            .max_by_key(|f| f.trig.first)
        && let Some(d) = (0..descs.len()).find(|&d| in_s(descs[d].first) && !descs[d].person)
        && let Some(span) = same_phrase(descs[d].last, s.last)
    {
        let timex = (0..timexes.len()).find(|&x| in_s(timexes[x].first));
        out.push(again(prev, sn, span, vec![d], timex));
    }
    out
}

/// The movement `prev` told again in sentence `sn`, by the words at `span`
/// ("did the same", or none), for `agents` on the date `timex`.
fn again(
    prev: &Frame,
    sn: usize,
    span: (usize, usize),
    agents: Vec<usize>,
    timex: Option<usize>,
) -> Frame {
    let mut trig = prev.trig.clone();
    (trig.first, trig.last) = span;
    Frame {
        sentence: sn,
        trig,
        agents,
        timex,
        ..prev.clone()
    }
}

/// Things that come from an aircraft and travel without it ("the black
/// boxes from the airliner arrived in Britain").
const THINGS_OF_AN_AIRCRAFT: &[&str] = &[
    "recorders",
    "recorder",
    "boxes",
    "box",
    "wreckage",
    "debris",
    "remains",
    "parts",
    "engine",
    "engines",
    "fragments",
    "pieces",
    "coffins",
    "bodies",
];

/// Verbs of a flight's purpose told after its destination ("to bring
/// the passengers back to Newark").
const PURPOSE_VERBS: &[&str] = &[
    "bring",
    "take",
    "carry",
    "fetch",
    "collect",
    "pick",
    "ferry",
    "fly",
    "transport",
    "evacuate",
    "repatriate",
    "return",
    "deliver",
    "continue",
    "resume",
];

/// A word after "at", "in" … that starts no place: a time ("at midday",
/// "at 13:10") or another phrase ("in the afternoon", "at least").
fn no_place_after(w: &str) -> bool {
    [
        "midday",
        "noon",
        "dawn",
        "dusk",
        "night",
        "lunchtime",
        "the",
        "least",
    ]
    .contains(&w)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// The movement a line with no verb tells, at token `at` (zero words
/// long), as a plain fact.
pub(super) fn told_without_verb(at: usize, kind: Kind) -> Trigger {
    Trigger {
        first: at,
        last: at,
        kind,
        participle: false,
        noun: false,
        perfect: false,
        back: false,
        onward: false,
        cargo: false,
        factual: true,
        negated: false,
    }
}

/// The places of sentence `s` a movement can be at: not a capital standing
/// for its government ("Moscow said").
fn movement_places(s: &Sentence, places: &[PlaceMention]) -> Vec<usize> {
    (0..places.len())
        .filter(|&p| {
            places[p].first >= s.first && places[p].first < s.last && !places[p].government
        })
        .collect()
}

/// A line of a flight log, with no verb: "- 3 March: Il-76 RA-78817
/// Latakia – Benghazi", "RA-78830 Latakia → Bamako, 6 March". One flight
/// from the first place to the second, by the aircraft the line names, on
/// its date. Only a short line that names an aircraft, a date and exactly
/// two places joined by a dash, an arrow or "to".
pub fn log_line(
    doc: &Doc,
    sn: usize,
    trigs: &[Trigger],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Option<Frame> {
    let s = &doc.sentences[sn];
    let toks = &doc.toks;
    // ("Canberra to Perth, with a refuelling stop in Adelaide": a stop told
    // on the way is the line's only movement word.)
    // ("Harlingen (HRL) to San Pedro Sula (SAP), then on to Tegucigalpa":
    // the pair before the line's first movement word is its first flight.)
    let mut trail = None;
    let stop_at = match trigs {
        [] => None,
        [t] if t.kind == Kind::Stop && t.factual => Some(t.last),
        _ => {
            trail = trigs.iter().map(|t| t.first).min();
            None
        }
    };
    let end = trail.unwrap_or(s.last);
    let short = end - s.first <= 40;
    let in_s = |i: usize| i >= s.first && i < end;
    let here: Vec<usize> = movement_places(s, places)
        .into_iter()
        .filter(|&p| places[p].last <= end)
        .collect();
    let stops: Vec<usize> = match stop_at {
        Some(at) => here
            .iter()
            .copied()
            .filter(|&p| places[p].first >= at)
            .collect(),
        None => Vec::new(),
    };
    if stop_at.is_some() && stops.is_empty() {
        return None;
    }
    let here: Vec<usize> = here.into_iter().filter(|p| !stops.contains(p)).collect();
    // "Flight EK18 was initially travelling from Manchester to Dubai": a
    // flight under way, the story's background (as "was flying" is), not a
    // line of a log. (Read as a plan instead, its day would not carry to
    // "It diverted to Stansted".)
    if let Some(&p) = here.first()
        && (s.first..places[p].first).any(|k| {
            ["was", "were"].contains(&toks[k].lower.as_str())
                && (k + 1..(k + 3).min(places[p].first)).any(|m| toks[m].lower.ends_with("ing"))
        })
    {
        return None;
    }
    // A caption: "The Tu-214 (RA-64530) on the apron at Sunan airport, 17
    // November." The aircraft there on that day.
    if let [p] = here[..]
        && stop_at.is_none()
        && trail.is_none()
        && short
        && let Some(d) = (0..descs.len())
            .filter(|&d| in_s(descs[d].first) && !descs[d].person && !descs[d].bare)
            .min_by_key(|&d| descs[d].first)
        && let Some(x) = (0..timexes.len()).find(|&x| in_s(timexes[x].first))
        && descs[d].last <= places[p].first
        && timexes[x].first >= places[p].last
        && toks[descs[d].last..places[p].first].iter().all(|t| {
            [
                "on", "the", "apron", "tarmac", "ramp", "parked", "at", "in", ",", "(", ")",
            ]
            .contains(&t.lower.as_str())
        })
        && toks[places[p].last..timexes[x].first].iter().all(|t| {
            t.is(",")
                || ["on", "airport", "airfield", "air", "base", "international"]
                    .contains(&t.lower.as_str())
        })
        && toks[descs[d].last..places[p].first]
            .last()
            .is_some_and(|t| ["at", "in"].contains(&t.lower.as_str()))
        && !places[p].landmark
    {
        return Some(Frame {
            sentence: sn,
            trig: told_without_verb(places[p].first, Kind::Stay),
            agents: vec![d],
            places: vec![(p, Role::At)],
            here: None,
            timex: Some(x),
            stay_days: None,
            stay_hours: false,
            has_stops: false,
        });
    }
    // (The pair may be followed by an aside: "Chkalovsky → Hmeimim, the
    // usual routing down the Caspian and over Iran and Iraq".)
    let (mut a, mut b, aside) = match here[..] {
        [a, b] if short => (a, b, None),
        // "Caracas – Tehran (from Maiquetía to Imam Khomeini)": the
        // airports in the aside say the cities' fields.
        [a, b, c, d]
            if short
                && toks.get(places[b].last).is_some_and(|t| t.is("("))
                && places[c].first > places[b].last
                && toks
                    .get(places[d].last..end)
                    .is_some_and(|r| r.iter().any(|t| t.is(")"))) =>
        {
            (a, b, Some((c, d)))
        }
        // ("to Kagamuga airport outside Mount Hagen": the town beside it.)
        [a, b, c]
            if short
                && places[c].first > places[b].last
                && places[c].first <= places[b].last + 2
                && (places[c].landmark
                    || ["outside", "near"].contains(&places[c].prep.as_deref().unwrap_or(""))) =>
        {
            (a, b, None)
        }
        [a, b, ref rest @ ..]
            if toks.get(places[b].last).is_some_and(|t| t.is(","))
                && places[b].last - s.first <= 24
                && rest.iter().all(|&q| places[q].first > places[b].last) =>
        {
            (a, b, None)
        }
        _ => return None,
    };
    if places[b].first < places[a].last {
        return None;
    }
    let mut gap = &toks[places[a].last..places[b].first];
    // ("Miami (MIA) to Port-au-Prince": the first place's code between.)
    if gap.len() > 3 && doc.bracketed(places[a].last) && gap[1].upper && gap[1].lower.len() == 3 {
        gap = &gap[3..];
    }
    let joined = !gap.is_empty()
        && gap.len() <= 2
        && gap
            .iter()
            .all(|t| ["–", "-", "—", "→", ">", "to", "->"].contains(&t.lower.as_str()));
    if !joined || places[a].landmark || places[b].landmark {
        return None;
    }
    // (The bracketed aside's pair, when it is one: "(from Maiquetía to Imam
    // Khomeini)", "(Vnukovo to Minsk National)".)
    if let Some((c, d)) = aside
        && places[d].first > places[c].last
        && toks[places[c].last..places[d].first]
            .iter()
            .all(|t| ["to", "–", "-", "→"].contains(&t.lower.as_str()))
    {
        a = c;
        b = d;
    }
    let agent = (0..descs.len())
        .filter(|&d| in_s(descs[d].first) && !descs[d].person && !descs[d].bare)
        .min_by_key(|&d| descs[d].first);
    // (A list's line naming no aircraft is the story's: "- 5 March: Tehran
    // – Moscow", under "The month of YV3541"; when the story has named one.)
    let listed = ["-", "•", "–", "*"].contains(&toks[s.first].lower.as_str())
        && timexes.iter().any(|x| x.first == s.first + 1)
        && descs
            .iter()
            .any(|d| d.first < s.first && !d.person && !d.bare);
    if agent.is_none() && !listed {
        return None;
    }
    let timex = (0..timexes.len()).find(|&x| in_s(timexes[x].first))?;
    let mut roles = vec![(a, Role::From), (b, Role::To)];
    roles.extend(stops.iter().map(|&q| (q, Role::Via)));
    Some(Frame {
        sentence: sn,
        trig: told_without_verb(places[a].first, Kind::Fly),
        agents: agent.into_iter().collect(),
        places: roles,
        here: None,
        timex: Some(timex),
        stay_days: None,
        stay_hours: false,
        has_stops: !stops.is_empty(),
    })
}

/// The frames of sentence `sn`.
#[allow(clippy::too_many_arguments)]
pub fn frames(
    doc: &Doc,
    sn: usize,
    trigs: &[Trigger],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Vec<Frame> {
    let s = &doc.sentences[sn];
    let toks = &doc.toks;
    // "The Airbus A330 landed at Lajes Airport (pictured) on Terceira
    // Island": a photo's caption, retelling the story's movement.
    if (s.first + 1..s.last.saturating_sub(1))
        .any(|i| toks[i].lower == "pictured" && toks[i - 1].is("(") && toks[i + 1].is(")"))
    {
        return Vec::new();
    }
    let in_s = |i: usize| i >= s.first && i < s.last;
    let descs_here: Vec<usize> = (0..descs.len()).filter(|&d| in_s(descs[d].first)).collect();
    let places_here = movement_places(s, places);
    let timex_here: Vec<usize> = (0..timexes.len())
        .filter(|&t| in_s(timexes[t].first))
        .collect();
    // ("flew a replacement pump and two technicians from Waterkloof to
    // Accra": a number after "and" starts a clause only when a verb of
    // movement follows it, or a span of time: "and two hours later …".)
    let counted_object = |i: usize| {
        toks.get(i)
            .is_some_and(|n| ["one", "two", "three"].contains(&n.lower.as_str()))
            && !toks.get(i + 1).is_some_and(|n| {
                [
                    "hours", "days", "minutes", "weeks", "hour", "day", "minute", "week",
                ]
                .contains(&n.lower.as_str())
            })
            && !trigs.iter().any(|x| x.first > i && x.first <= i + 8)
    };
    // "with US registration N418KW", "a Malta-registered jet": the
    // register's country (the place ending before token `k`), not a
    // place the aircraft went.
    let register_of = |k: usize| {
        toks.get(k).is_some_and(|x| {
            ["registration", "registered", "register", "flag", "flagged"]
                .contains(&x.lower.as_str())
                || (x.is("-")
                    && toks
                        .get(k + 1)
                        .is_some_and(|y| ["registered", "flagged"].contains(&y.lower.as_str())))
        })
    };
    let subject_word = |i: usize| {
        !counted_object(i)
            && toks.get(i).is_some_and(|n| {
                [
                    "it", "they", "the", "a", "an", "this", "that", "on", "in", "later", "after",
                    "before", "by", "less", "minutes", "hours", "within", "one", "two", "three",
                    "its", "their",
                ]
                .contains(&n.lower.as_str())
            })
    };
    // ", which was 00:18 local time this morning": the time before it,
    // told again in another zone; its day is the movement's.
    let restated_time = |i: usize| {
        toks[i].lower == "which"
            && ["was", "is"].contains(&doc.word(i + 1))
            && (i + 2..(i + 7).min(s.last)).any(|j| toks[j].kind == TokKind::Number)
            && (i + 3..(i + 8).min(s.last)).any(|j| toks[j].lower == "local")
    };
    // "flight AF703 from Abidjan, which touched down at Charles de Gaulle":
    // the clause tells of the flight named with its origin just before the
    // comma at `c`, so that origin is the clause's own.
    let flight_from_before = |c: usize| {
        doc.word(c + 1) == "which"
            && places.iter().any(|pm| {
                pm.last == c
                    && pm.first > s.first + 1
                    && toks[pm.first - 1].lower == "from"
                    && (["flight", "plane", "jet", "aircraft", "airliner"]
                        .contains(&doc.word(pm.first - 2))
                        || descs.iter().any(|d| d.last == pm.first - 1 && !d.person))
            })
    };
    // ", which touched down" / "that landed": from `a`, only the relative
    // pronoun stands before the trigger at `b`.
    let relative_verb_at = |a: usize, b: usize| {
        let a = if toks.get(a).is_some_and(|x| x.is(",")) {
            a + 1
        } else {
            a
        };
        a + 1 == b && ["which", "that"].contains(&doc.word(a))
    };
    // "from Aberdeen to Sumburgh … landing at Sumburgh": after `a`, only
    // "to" and a place stand before the trigger, and the same place follows
    // the trigger in the sentence, where it arrived.
    let reached_end = |a: usize, t: &Trigger| {
        let Some(q) = places
            .iter()
            .find(|q| q.first == a + 1 && doc.word(a) == "to" && q.last <= t.first)
        else {
            return false;
        };
        (q.last..t.first).all(|j| {
            toks[j].is_word()
                && !toks[j].cap
                && !["that", "which", "who", "to", "but", "was", "were"].contains(&doc.word(j))
        }) && matches!(t.kind, Kind::Arrive)
            && places
                .iter()
                .any(|r| r.first >= t.last && r.first < s.last && r.place.code == q.place.code)
    };
    let breaks: Vec<usize> = (s.first..s.last)
        .filter(|&i| {
            let t = toks[i].lower.as_str();
            let time_colon = t == ":"
                && i > 0
                && toks[i - 1].kind == TokKind::Number
                && toks.get(i + 1).is_some_and(|n| {
                    // ("9:15am": the minutes and the suffix are one token.)
                    (n.kind == TokKind::Number || n.lower.starts_with(|c: char| c.is_ascii_digit()))
                        && !n.space_before
                });
            // ("refuelling in Muscat and in Heraklion": the same preposition
            // again, after a name, goes on with the same list.)
            let parallel = t == "and"
                && toks
                    .get(i + 1)
                    .is_some_and(|n| ["in", "at"].contains(&n.lower.as_str()))
                && (i.saturating_sub(4).max(s.first)..i).any(|k| {
                    toks[k].lower == toks[i + 1].lower && toks[k + 1..i].iter().all(|x| x.cap)
                });
            t == ";"
                || (t == ":" && !time_colon)
                || (t == "and" || t == "but")
                    && !parallel
                    // ("for about seven and a half hours": one length.)
                    && !(doc.word(i + 1) == "a"
                        && ["half", "quarter"].contains(&doc.word(i + 2)))
                    && (subject_word(i + 1)
                        || (toks.get(i + 1).is_some_and(|n| n.lower == "then")
                            && subject_word(i + 2)))
                // (", but apparently the release was delayed by …": an
                // adverb before the other clause's subject.)
                || (t == "but"
                    && i > 0
                    && toks[i - 1].is(",")
                    && doc.word(i + 1).ends_with("ly")
                    && doc.word(i + 1).len() > 4
                    && subject_word(i + 2))
                || t == "then" && subject_word(i + 1) && !(i > 0 && toks[i - 1].lower == "and")
                || t == "according"
                // (", said a spokesman for the U.S. Pacific Command in
                // Hawaii": who told it, and where they sit.)
                || (["said", "says"].contains(&t)
                    && i > 0
                    && toks[i - 1].is(","))
                || ["whereas", "although", "though"].contains(&t)
                // (", while an IndiGo flight from Pune landed at Jaipur".)
                || (t == "while" && i > 0 && toks[i - 1].is(","))
                // ("… that diverted to Shannon while on Christmas Day an El
                // Al flight …": another event, its own day first.)
                || (t == "while"
                    && ["on", "in", "at"].contains(&doc.word(i + 1))
                    && (i + 2..(i + 6).min(s.last))
                        .any(|k| ["a", "an", "another"].contains(&doc.word(k))))
                // ("… to Córdoba, and was due to return to the capital the
                // same night": a plan of its own.)
                || (t == "and"
                    && ["was", "is", "were", "are"].contains(&doc.word(i + 1))
                    && doc.word(i + 2) == "due"
                    && doc.word(i + 3) == "to")
                || ["where", "which", "who", "whose"].contains(&t)
                    && i > 0
                    && toks[i - 1].is(",")
                    && !restated_time(i)
                    && !flight_from_before(i - 1)
                // ("returning home at the end of a six-day tour that took
                // him to Qatar, China and Uzbekistan": the tour's places.)
                || (["that", "which"].contains(&t)
                    && ["took", "brought"].contains(&doc.word(i + 1))
                    && ["him", "her", "them", "us"].contains(&doc.word(i + 2)))
                // ("was flown to Goose Bay to bring the passengers back to
                // Newark": after its own destination, the flight's purpose,
                // whose places it did not fly to.)
                || (t == "to"
                    && PURPOSE_VERBS.contains(&doc.word(i + 1))
                    && (s.first..i).any(|k| {
                        toks[k].lower == "to" && toks.get(k + 1).is_some_and(|n| n.cap)
                    }))
                // ("a second flight landed, carrying British nationals in
                // transit to the UK": where the people were going.)
                || (t == "in" && doc.word(i + 1) == "transit")
        })
        .collect();
    // (And the nouns of a telling: "In a statement issued on Tuesday, the
    // air force said the aircraft had departed Lagos": the statement's day.)
    let reporting: Vec<usize> = (s.first..s.last)
        .filter(|&i| {
            let w = toks[i].lower.as_str();
            REPORTING.contains(&w)
                || (REPORT_NOUNS.contains(&w)
                    && i > s.first
                    && ["a", "an", "its", "his", "her", "their", "the"]
                        .contains(&toks[i - 1].lower.as_str()))
        })
        .collect();
    let mut out = Vec::new();
    // Asides on a "from" place before the verb that follows them: their
    // own verbs tell of the place, not of this aircraft.
    let asides: Vec<(usize, usize)> = trigs
        .iter()
        .filter_map(|t| from_place_aside(doc, s, places, t.first))
        .collect();
    let kept: Vec<Trigger>;
    let trigs: &[Trigger] = if asides.is_empty() {
        trigs
    } else {
        kept = trigs
            .iter()
            .filter(|t| !asides.iter().any(|&(a, b)| t.first > a && t.first < b))
            .cloned()
            .collect();
        &kept
    };
    for (n, t) in trigs.iter().enumerate() {
        let next_trig = trigs.get(n + 1).map_or(s.last, |x| x.first);
        let prev_trig = if n > 0 { trigs[n - 1].last } else { s.first };
        let aside = asides.iter().copied().find(|&(_, b)| b + 1 == t.first);
        // "citizens who had been stuck in Senegal": people's stay, not an
        // aircraft's (no aircraft is a "who"; "people who had flown from
        // Cancún" still tells the flight).
        // (Nor people's crossing or travel: "Indian nationals who had
        // crossed from Lebanon to Cyprus".)
        let travel = [
            "crossed",
            "travelled",
            "traveled",
            "fled",
            "went",
            "came",
            "moved",
            "escaped",
            "returned",
            "arrived",
            "made",
        ]
        .contains(&toks[t.first].lower.as_str());
        if (t.kind == Kind::Stay || travel)
            && (t.first.saturating_sub(4).max(prev_trig).max(s.first)..t.first)
                .any(|j| toks[j].lower == "who")
        {
            continue;
        }
        let clause_start = breaks
            .iter()
            .copied()
            .filter(|&b| b < t.first)
            .max()
            .map_or(prev_trig, |b| b.max(prev_trig));
        let mut clause_end = breaks
            .iter()
            .copied()
            .find(|&b| b >= t.last && b < next_trig)
            .unwrap_or(next_trig);
        // A noun's places follow it closely ("a hop from Caracas to Havana").
        // (Each place of the route read extends the reach: "the trip from
        // the Chkalovsky military airfield outside Moscow to the Hmeimim air
        // base"; not "the trip sealed … after Madrid's change of position
        // on Western Sahara".)
        if t.noun {
            let mut reach = t.last + 8;
            let mut end_read: Option<usize> = None;
            for &p in &places_here {
                let pm = &places[p];
                // ("… from St. Louis Downtown Airport in Cahokia, Illinois,
                // across the river to St. Louis Lambert": where an end read
                // lies, told right after it.)
                let where_it_lies = end_read.is_some_and(|e| {
                    e <= pm.first
                        && pm.first <= e + 3
                        && toks[e..pm.first]
                            .iter()
                            .all(|x| x.is(",") || x.lower == "in" || x.cap)
                });
                if pm.first >= t.last
                    && pm.first < reach
                    && pm.first < clause_end
                    && (matches!(pm.prep.as_deref(), Some("from" | "to" | "via")) || where_it_lies)
                {
                    reach = reach.max(pm.last + 8);
                    end_read = Some(pm.last);
                }
            }
            clause_end = clause_end.min(reach);
        }
        // "flew a group of 79 nationals and a few Indians who run firms in
        // Rwanda on Thursday from Mumbai to Kigali": a long object, with
        // an "and" in it, before the flight's "from X to Y".
        let mut passed_over = 0..0;
        if t.kind == Kind::Fly
            && !t.noun
            && !places_here
                .iter()
                .any(|&p| places[p].first >= t.last && places[p].first < clause_end)
            && let Some(end) = places_here.iter().find_map(|&p| {
                let pm = &places[p];
                let to = places_here.iter().find(|&&q| {
                    places[q].first == pm.last + 1 && places[q].prep.as_deref() == Some("to")
                })?;
                (pm.first >= clause_end
                    && pm.prep.as_deref() == Some("from")
                    && places[*to].last <= next_trig
                    && !(t.last..pm.first)
                        .any(|j| toks[j].is(";") || toks[j].is(":") || toks[j].lower == "but"))
                .then_some((pm.first, places[*to].last))
            })
        {
            passed_over = clause_end..end.0;
            clause_end = end.1;
        }
        // Places after the trigger, in its clause.
        let mut ps: Vec<(usize, Role)> = Vec::new();
        let mut has_stops = false;
        for &p in &places_here {
            let pm = &places[p];
            // "at 16:50 local time (15:50 in Lisbon)": the clock of another
            // place, in brackets.
            let clock_of = (pm.first.saturating_sub(5).max(s.first)..pm.first)
                .rev()
                .take_while(|&k| !toks[k].is(")"))
                .find(|&k| toks[k].is("("))
                .is_some_and(|k| toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Number));
            if clock_of {
                continue;
            }
            let inside = pm.first >= t.last
                && pm.first < clause_end.max(t.last)
                && !passed_over.contains(&pm.first);
            // "… left Zhukovsky …" is after; "from X" before the trigger in its
            // clause counts too ("From Caracas the jet flew to Havana").
            // Only when no other trigger owns it.
            let subject = descs_here.iter().copied().find(|&d| {
                descs[d].first < pm.first
                    && descs[d].last <= t.first
                    && descs[d].last + 3 >= pm.first
            });
            // Inside the subject it is where the aircraft came from ("The
            // Il-76 RA-78817 from Hmeimim landed at Vnukovo") when it names
            // an airport and ends the subject of one aircraft: not where a
            // group belongs ("two aircraft from Moscow's VIP fleet"), not the
            // service planned ("a plane from Kolkata to Bagdogra was
            // diverted", "due in from
            // Guangzhou"), not a relative clause's ("from Amsterdam that
            // abandoned two approaches").
            // (A group's, though, when its verb follows at once: "Four
            // cargo planes from Benghazi have landed at Gao", "two IL-76s
            // from Moscow Vnukovo landed in Rome Fiumicino".)
            let subject_origin = subject.is_some_and(|d| {
                !descs[d].plural
                    || (pm.last..t.first)
                        .all(|j| ["have", "has", "had", "all"].contains(&doc.word(j)))
            }) && pm.place.is_airport()
                && (!(pm.last..t.first)
                    .any(|j| ["that", "which", "who", "to"].contains(&doc.word(j)))
                    // (Nor the service's end when the movement is there:
                    // "an aircraft travelling from Aberdeen to Sumburgh
                    // made an emergency landing at Sumburgh".)
                    || reached_end(pm.last, t)
                    // (But the relative clause's own verb, at once: "flight
                    // AF703 from Abidjan, which touched down at Charles de
                    // Gaulle".)
                    || relative_verb_at(pm.last, t.first))
                && !(pm.first.saturating_sub(4)..pm.first)
                    .any(|j| PLANNED_FROM.contains(&doc.word(j)))
                && !(pm.last..(pm.last + 3).min(t.first))
                    .any(|j| UNIT_AFTER.contains(&doc.word(j)));
            // ("B-52H bombers of the 2nd Bomb Wing from Barksdale Air Force
            // Base arrived at Morón", "Ospreys based out of New River arrive
            // at Pensacola": the unit's home, before the verb.)
            // (Not "assigned to the 345th Bomb Squadron and deployed from
            // Dyess": the verb's.)
            let unit_home = (pm.first.saturating_sub(6)..pm.first).any(|j| {
                [
                    "wing",
                    "squadron",
                    "regiment",
                    "based",
                    "stationed",
                    "assigned",
                ]
                .contains(&doc.word(j))
                    && toks[j + 1..pm.first].iter().all(|x| {
                        x.cap || ["from", "out", "of", "at", "the"].contains(&x.lower.as_str())
                    })
            });
            let before = !unit_home
                && (pm.first >= clause_start
                || aside.is_some_and(|(a, _)| pm.last == a && (n == 0 || pm.first > prev_trig)))
                && pm.last <= t.first
                && pm.prep.as_deref() == Some("from")
                && (n == 0 || clause_start > prev_trig)
                && (subject.is_none() || subject_origin)
                // ("Six C-130s, including three from the United Arab
                // Emirates, took off from Amman": where some of a group
                // belong.)
                && !((prev_trig.max(s.first)..pm.first)
                        .any(|j| ["including", "among"].contains(&toks[j].lower.as_str())))
                // ("RCH 871, a C-17A from Dover Air Force Base, took off from
                // Kabul": the subject's home, when the movement tells its
                // own start.)
                && !(subject.is_some()
                    && places_here.iter().any(|&q| {
                        places[q].first >= t.last
                            && places[q].first < clause_end
                            && places[q].prep.as_deref() == Some("from")
                    }));
            // "After a stop in Guadeloupe, it landed at Caracas": a stop told
            // in the sentence's opening phrase, before its first movement.
            let opening_stop = n == 0
                && pm.first > s.first
                && pm.last <= t.first
                && ["after", "following"].contains(&toks[s.first].lower.as_str())
                && (s.first..pm.first).any(|j| STOP_CUES.contains(&toks[j].lower.as_str()))
                && (pm.last..t.first).any(|j| toks[j].is(","));
            if opening_stop {
                has_stops = true;
                ps.push((p, Role::Via));
                continue;
            }
            // "In Kangerlussuaq, the C-5 landed", "Last week in Gander,
            // when the jet landed": the scene set at the sentence's head,
            // before its first movement.
            let fronted = n == 0
                && pm.last < t.first
                && pm.first <= s.first + 4
                && ["in", "at"].contains(&pm.prep.as_deref().unwrap_or(""))
                && toks.get(pm.last).is_some_and(|x| x.is(","))
                && matches!(t.kind, Kind::Arrive | Kind::Stay)
                && !places_here
                    .iter()
                    .any(|&q| q != p && places[q].first > pm.last && places[q].first < t.first);
            // "Rajiv Gandhi International Airport welcomed the An-225",
            // "RGIA has earlier hosted the Beluga": the airport, the verb's
            // subject, is where its visitor was.
            if HOST_VERBS.contains(&toks[t.first].lower.as_str())
                && pm.last <= t.first
                && pm.last + 4 >= t.first
                && pm.prep.is_none()
                && toks[pm.last..t.first].iter().all(|x| {
                    HOST_AUX.contains(&x.lower.as_str())
                        || crate::article::tables::AIRPORT_WORDS.contains(&x.lower.as_str())
                })
            {
                ps.push((p, Role::At));
                continue;
            }
            if !(inside || before || fronted) || pm.landmark {
                continue;
            }
            // ("a landing by an Osprey assigned to Squadron 265 from Marine
            // Corps Air Station Futenma": the unit's home, not a start.)
            if inside
                && pm.prep.as_deref() == Some("from")
                && (pm.first.saturating_sub(10).max(t.last)..pm.first).any(|j| {
                    ["assigned", "squadron", "regiment", "stationed", "attached"]
                        .contains(&doc.word(j))
                })
            {
                continue;
            }
            let prep = pm.prep.as_deref().unwrap_or("");
            // "Luxor, in Upper Egypt", "Çorlu air base in Tekirdağ province",
            // "Biggs Army Airfield at Fort Bliss": where the place just named
            // lies, not another stop.
            if ["in", "at"].contains(&prep)
                && places_here.iter().any(|&q| {
                    let qm = &places[q];
                    q != p
                        && qm.last <= pm.first
                        && qm.last + 3 >= pm.first
                        && toks[qm.last..pm.first].iter().all(|x| {
                            x.is(",")
                                || x.cap
                                || ["in", "at", "air", "base"].contains(&x.lower.as_str())
                                || crate::article::tables::AIRPORT_WORDS.contains(&x.lower.as_str())
                        })
                        && (qm.place.code == pm.place.code
                            || (pm.kind == PlaceKind::Country
                                && qm.kind != PlaceKind::Country
                                && qm.place.country == pm.place.code))
                })
            {
                continue;
            }
            // "supplies destined for hospitals in Kassala": where the goods
            // go, not the aircraft.
            if (pm.first.saturating_sub(5)..pm.first)
                .any(|j| ["destined", "intended", "earmarked"].contains(&toks[j].lower.as_str()))
            {
                continue;
            }
            if register_of(pm.last) {
                continue;
            }
            // "landed on a gravel airstrip in northern Quebec": a region,
            // not the city's airport.
            if pm.kind == PlaceKind::City
                && pm.first > s.first
                && !toks[pm.first - 1].cap
                && (DIRECTIONS.contains(&toks[pm.first - 1].lower.as_str())
                    || ["rural", "remote"].contains(&toks[pm.first - 1].lower.as_str()))
            {
                continue;
            }
            // "Il-76s registered in Kazakhstan", "built in Ukraine": where
            // the aircraft is from, not where it went.
            if pm.first >= 2
                && ["in", "at"].contains(&toks[pm.first - 1].lower.as_str())
                && [
                    "registered",
                    "built",
                    "manufactured",
                    "incorporated",
                    "headquartered",
                    "owned",
                ]
                .contains(&toks[pm.first - 2].lower.as_str())
            {
                continue;
            }
            // "landed not in Caracas but in Valencia": not there.
            if pm.first >= 2
                && toks[pm.first - 1].lower == prep
                && toks[pm.first - 2].lower == "not"
            {
                continue;
            }
            // "after stops in A, B and C", "with a refuelling stop in A", "refuelled in A".
            let stops_cue = (t.first..pm.first)
                .rev()
                .take(8)
                .any(|j| STOP_CUES.contains(&toks[j].lower.as_str()))
                // "…, stopping in Dakar": right before its preposition only
                // ("stopping along the way in Algeria" names no airport).
                || (pm.first >= t.first + 2
                    && ["stopping", "refuelling", "refueling"]
                        .contains(&toks[pm.first - 2].lower.as_str()))
                // ("stopping over in Latakia".)
                || (pm.first >= t.first + 3
                    && toks[pm.first - 3].lower == "stopping"
                    && toks[pm.first - 2].lower == "over");
            // "from Rio to Brasília": both ends of one journey, whoever is
            // carried ("flew the delegation from Rio to Brasília").
            let to_after = toks.get(pm.last).is_some_and(|x| x.lower == "to")
                && places_here.iter().any(|&q| places[q].first == pm.last + 1);
            let from_before = pm.first >= 2
                && toks[pm.first - 1].lower == "to"
                && places_here.iter().any(|&q| {
                    places[q].last + 1 == pm.first && places[q].prep.as_deref() == Some("from")
                });
            // "landed at Vnukovo on a Tehran-Moscow flight": the flight's
            // two ends, joined by a dash before "flight", whatever the
            // preposition before the pair.
            let dash = |k: usize| toks.get(k).is_some_and(|x| x.is("-") || x.is("–"));
            let flight_word =
                |k: usize| ["flight", "flights", "service", "route", "run"].contains(&doc.word(k));
            let pair_start = dash(pm.last)
                && places_here
                    .iter()
                    .any(|&q| places[q].first == pm.last + 1 && flight_word(places[q].last));
            let pair_end = flight_word(pm.last)
                && pm.first >= 1
                && dash(pm.first - 1)
                && places_here.iter().any(|&q| places[q].last == pm.first - 1);
            let role = match prep {
                _ if pair_start && t.kind != Kind::Depart => Role::From,
                _ if pair_end && t.kind != Kind::Depart => Role::To,
                "from" if to_after => Role::From,
                // "carrying 162 evacuees from South Sudan": where the people
                // or the goods came from, not the flight.
                // ("migrants expelled from San Diego", "evacuees rescued
                // from Khartoum": the people's, a word further back.)
                "from"
                    if people_from(toks, pm.first)
                        // ("flew citizens out of Port-au-Prince": the
                        // flight's own; "out of" is the people's only
                        // before the verb or after a passive one:
                        // "Europeans flown out of Niamey".)
                        && !(pm.first > t.first
                            && ![
                                "flown",
                                "evacuated",
                                "airlifted",
                                "rescued",
                                "repatriated",
                                "deported",
                                "expelled",
                            ]
                            .contains(&toks[t.first].lower.as_str())
                            && after_out_of(toks, pm.first)) =>
                {
                    continue;
                }
                // "supposedly bound from Liberia for Mexico": the flight's
                // plan, not where it was seen to leave.
                "from"
                    if (pm.first.saturating_sub(3)..pm.first).any(|j| toks[j].lower == "bound") =>
                {
                    continue;
                }
                "from" => Role::From,
                "to" | "into" | "onto" => {
                    // "on its way to Australia", "en route to Jakarta": where
                    // it was headed, not where it landed.
                    let to_at = (pm.first.saturating_sub(3)..pm.first)
                        .rev()
                        .find(|&j| toks[j].lower == "to");
                    let headed = to_at.is_some_and(|j| {
                        j > 0
                            && ["way", "route", "heading", "headed"]
                                .contains(&toks[j - 1].lower.as_str())
                    });
                    // "landed back in Townsville after a mission to Port
                    // Moresby": where it came back from.
                    let back_from = t.kind == Kind::Arrive
                        && to_at.is_some_and(|j| {
                            j >= 2
                                && [
                                    "mission",
                                    "trip",
                                    "visit",
                                    "flight",
                                    "run",
                                    "deployment",
                                    "rotation",
                                ]
                                .contains(&toks[j - 1].lower.as_str())
                                && (j.saturating_sub(7)..j).any(|k| {
                                    toks[k].lower == "after"
                                        // "arrived home from a five-day state
                                        // visit to Japan"
                                        || toks[k].lower == "from"
                                })
                        });
                    if back_from {
                        Role::From
                    } else if t.kind == Kind::Depart || headed {
                        Role::Toward
                    } else {
                        Role::To
                    }
                }
                "for" | "toward" | "towards" => Role::Toward,
                "via" | "through" => Role::Via,
                // "a journey that began in Doha": where it came from.
                "in" | "at"
                    if pm.first >= 2
                        && [
                            "began",
                            "begun",
                            "started",
                            "originated",
                            "starting",
                            "beginning",
                        ]
                        .contains(&toks[pm.first - 2].lower.as_str()) =>
                {
                    Role::From
                }
                // "returning from a regional summit in Ghana": where it came
                // back from.
                "in" if matches!(t.kind, Kind::Arrive | Kind::Fly)
                    && pm.first >= 3
                    && [
                        "summit",
                        "visit",
                        "trip",
                        "tour",
                        "meeting",
                        "conference",
                        "talks",
                        "mission",
                        "deployment",
                    ]
                    .contains(&toks[pm.first - 2].lower.as_str())
                    && (pm.first.saturating_sub(8)..pm.first - 2)
                        .any(|k| toks[k].lower == "from") =>
                {
                    Role::From
                }
                "at" | "in" | "on" | "reached" | "reaching" | "called" => {
                    // "headed to the base in Cuba", "left for a base at
                    // Guantánamo": inside where it went, not where it left.
                    let bound = || {
                        (pm.first.saturating_sub(6).max(t.first)..pm.first - 1).any(|j| {
                            ["to", "for", "toward", "towards"].contains(&toks[j].lower.as_str())
                            // (Not "took off close to the Chkalovsky airport".)
                            && !["close", "next", "near"].contains(&doc.word(j.saturating_sub(1)))
                            // Words only between; capitals among them must
                            // name no place ("headed for the EAA AirVenture
                            // show in Oshkosh").
                            && (j + 1..pm.first - 1).all(|k| {
                                toks[k].is_word()
                                    && (!toks[k].cap
                                        || !places.iter().any(|q| q.first <= k && k < q.last))
                            })
                        })
                    };
                    if stops_cue && t.kind != Kind::Stop {
                        Role::Via
                    } else if t.kind == Kind::Depart && bound() {
                        Role::Toward
                    } else if t.kind == Kind::Depart {
                        Role::From
                    } else {
                        Role::At
                    }
                }
                "left" | "leaving" | "departed" => Role::From,
                // "on the military apron of Eduardo Gomes airport".
                "of" if pm.first >= 2
                    && [
                        "apron", "tarmac", "runway", "stand", "ramp", "side", "area", "hangar",
                        "terminal", "part", "runways", "end", "corner", "edge", "wing", "section",
                        "zone", "sector",
                    ]
                    .contains(&toks[pm.first - 2].lower.as_str()) =>
                {
                    if t.kind == Kind::Depart {
                        Role::From
                    } else {
                        Role::At
                    }
                }
                // "flights between Ramstein and Incirlik": from the one to the other.
                "between" => Role::From,
                "and"
                    if ps.last().is_some_and(|(q, r)| {
                        *r == Role::From && places[*q].prep.as_deref() == Some("between")
                    }) =>
                {
                    Role::To
                }
                // (The place just before: "over Italy and France" is not
                // joined to "to Mildenhall" told earlier.)
                "and" | "," => match ps.last() {
                    Some((q, r)) if places[*q].last + 3 >= pm.first => *r,
                    _ => continue,
                },
                "with" => {
                    // "with Moscow as its destination", "with Guarulhos as the listed destination".
                    Role::Toward
                }
                _ => {
                    // A place right after the trigger with no preposition:
                    // "left Russia", "reached Asunción".
                    let right_after = pm.first == t.last
                        || (pm.first == t.last + 1
                            && (["the", "a", "an", "#"].contains(&toks[t.last].lower.as_str())
                                || toks[t.last].is("\"")))
                        // (A Canadian base by its wing: "left 8 Wing Trenton".)
                        || (pm.first == t.last + 2
                            && toks[t.last].lower.chars().all(|c| c.is_ascii_digit())
                            && toks[t.last + 1].lower == "wing");
                    // flown "Damascus to Hmeimim", "Vnukovo-Caracas", "a
                    // Moscow–Caracas flight": the bare place before the
                    // other end is the start.
                    // ("Mesa (IWA) to Bogotá (BOG)": past the code in brackets.)
                    let after = if toks.get(pm.last).is_some_and(|x| x.is("("))
                        && toks.get(pm.last + 2).is_some_and(|x| x.is(")"))
                    {
                        pm.last + 3
                    } else {
                        pm.last
                    };
                    let before_to = toks
                        .get(after)
                        .is_some_and(|x| x.lower == "to" || x.is("–") || x.is("-"));
                    // "crossed Morocco": flown over, not landed in.
                    if right_after && toks[t.first].lower == "crossed" {
                        continue;
                    }
                    if right_after {
                        match t.kind {
                            Kind::Depart => Role::From,
                            Kind::Fly if before_to => Role::From,
                            _ => Role::To,
                        }
                    } else if let Some(&(q, Role::From)) = ps.last()
                        && places[q].last + 1 == pm.first
                        && dash(places[q].last)
                    {
                        // "Vnukovo-Caracas": the other end.
                        Role::To
                    } else if let Some(&(q, Role::To)) = ps.last()
                        && places[q].last + 1 == pm.first
                        && dash(places[q].last)
                        && ps.len() >= 2
                    {
                        // "Minsk–Moscow–Sochi": the end before was a stop.
                        if let Some(l) = ps.last_mut() {
                            l.1 = Role::Via;
                        }
                        has_stops = true;
                        Role::To
                    } else if ps.last().is_some()
                        // (`get`: two places read over one another never panic.)
                        && toks
                            .get(ps.last().map(|x| places[x.0].last).unwrap_or(0)..pm.first)
                            .is_some_and(|between| {
                                between
                                    .iter()
                                    .all(|x| x.is(",") || x.lower == "and" || x.lower == "then")
                            })
                    {
                        ps.last().map(|x| x.1).unwrap_or(Role::At)
                    } else {
                        continue;
                    }
                }
            };
            // Carrying something "into" a place is arriving there; "to" is
            // often a person's destination ("taken it to Venezuela").
            // (Unless an aircraft carried them to a town or an airport: "the
            // same aircraft brought the squad on to Cork".)
            let aircraft_subject = prep == "to"
                && matches!(pm.kind, PlaceKind::Airport | PlaceKind::City)
                && descs_here.iter().any(|&d| {
                    !descs[d].person
                        // (Not "they were taken to Moscow by bus".)
                        && !["they", "it", "these", "those"]
                            .contains(&toks[descs[d].first].lower.as_str())
                        && descs[d].last <= t.first
                        && (descs[d].last + 1 >= t.first
                            // ("a Boeing 747-400 (10001), brought": its serial
                            // in brackets between.)
                            || (t.first - descs[d].last <= 4
                                && toks[descs[d].last..t.first].iter().all(|x| {
                                    x.is("(") || x.is(")") || x.is(",") || x.kind == TokKind::Number
                                })))
                });
            if t.cargo && prep != "into" && !to_after && !from_before && !aircraft_subject {
                continue;
            }
            if role == Role::Via {
                has_stops = true;
            }
            // "as its destination": what comes before is where it was headed.
            let dest_after = toks
                .get(pm.last..(pm.last + 5).min(s.last))
                .is_some_and(|w| {
                    // ("Sydney-bound", "Sydney bound": right after; not "landed
                    // at Labasa with a second load bound for villages".)
                    w.iter()
                        .enumerate()
                        .any(|(k, x)| x.lower == "destination" || (x.lower == "bound" && k < 2))
                });
            // ("on their way to Fresno then onto Edwards": the next leg of
            // a heading is a heading too.)
            let then_onward = role == Role::To
                && ps.last().is_some_and(|(q, r)| {
                    *r == Role::Toward
                        && places[*q].last + 3 >= pm.first
                        && (places[*q].last..pm.first).any(|k| toks[k].lower == "then")
                });
            let role = if (dest_after && role != Role::From) || then_onward {
                Role::Toward
            } else {
                role
            };
            ps.push((p, role));
        }
        // "arrived and departed Wednesday at Kingman", "landed and took off
        // again at Kingman": a landing that shares the departure's place.
        let shared = t.kind == Kind::Arrive
            && !t.noun
            && toks.get(t.last).is_some_and(|x| x.lower == "and")
            && trigs
                .get(n + 1)
                .is_some_and(|x| x.first == t.last + 1 && x.kind == Kind::Depart && !x.noun);
        if shared && ps.is_empty() {
            let nx = &trigs[n + 1];
            let nn = trigs.get(n + 2).map_or(s.last, |x| x.first);
            let end = breaks
                .iter()
                .copied()
                .find(|&b| b >= nx.last && b < nn)
                .unwrap_or(nn);
            if let Some(&p) = places_here.iter().find(|&&p| {
                places[p].first >= nx.last
                    && places[p].first < end
                    && !places[p].landmark
                    && ["at", "in", "from"].contains(&places[p].prep.as_deref().unwrap_or("at"))
            }) {
                ps.push((p, Role::At));
            }
        }
        // "Flights were disrupted at Roberts International on Thursday night
        // after a jet carrying the president almost crashed while landing":
        // the landing is at the airport the main clause names, the sentence's
        // first movement told after "after" or "when".
        if t.kind == Kind::Arrive
            && ps.is_empty()
            && n == 0
            && let Some(cue) =
                (s.first..t.first).find(|&k| ["after", "when"].contains(&doc.word(k)))
            && let Some(&p) = places_here.iter().find(|&&p| {
                let pm = &places[p];
                pm.last <= cue
                    && !pm.landmark
                    && pm.prep.as_deref() == Some("at")
                    && matches!(pm.kind, PlaceKind::Airport | PlaceKind::City)
            })
            && !places_here
                .iter()
                .any(|&q| places[q].first > places[p].last && places[q].first < t.first)
            && !(places[p].last..t.first).any(|k| toks[k].is(";") || toks[k].is(":"))
        {
            ps.push((p, Role::At));
        }
        // "the Tehran–Damascus trip": two places joined by a dash before the noun.
        if t.noun && t.kind == Kind::Fly && ps.is_empty() {
            let pair: Vec<usize> = places_here
                .iter()
                .copied()
                .filter(|&p| places[p].last <= t.first && places[p].first + 6 >= t.first)
                .collect();
            // (`get`: two places read over one another never panic.)
            if pair.len() == 2
                && toks
                    .get(places[pair[0]].last..places[pair[1]].first)
                    .is_some_and(|between| {
                        between
                            .iter()
                            .all(|x| x.is("–") || x.is("-") || x.lower == "to")
                    })
            {
                ps.push((pair[0], Role::From));
                ps.push((pair[1], Role::To));
            }
        }
        // "had not landed in Benghazi … but at al-Khadim": the correction stands.
        let mut factual = t.factual;
        if !factual
            && let Some(b) = (t.last..clause_end.max(t.last).min(s.last))
                .find(|&i| toks[i].lower == "but")
                .or_else(|| (t.last..next_trig.min(s.last)).find(|&i| toks[i].lower == "but"))
        {
            let negated = (t.first.saturating_sub(4)..t.first)
                .any(|j| ["not", "n't", "never"].contains(&toks[j].lower.as_str()));
            if negated {
                ps.retain(|(p, _)| places[*p].first > b);
                let more: Vec<(usize, Role)> = places_here
                    .iter()
                    .filter(|&&p| {
                        places[p].first > b
                            && places[p].first < next_trig
                            && !ps.iter().any(|x| x.0 == p)
                    })
                    .map(|&p| (p, Role::At))
                    .collect();
                ps.extend(more);
                factual = !ps.is_empty();
            }
        }
        // "there", "the same airport", "where": the story's place.
        let mut here = None;
        // (From the trigger's own words: "still there" is one.)
        for i in t.first..clause_end.max(t.last).min(s.last) {
            let w = toks[i].lower.as_str();
            if w == "there" && !(i > 0 && toks[i - 1].lower == "from") {
                // "Qamishli … left the airport there": the place named before, in
                // this sentence; else where the story is.
                // (The one it went to, not the one it came from: "which flew
                // into Geneva from Teterboro on Saturday, was held there".)
                // (Not where a flight was bound for: "a 787 bound for Chicago
                // landed there"; "headed for Cap-Haïtien, landing there" is.)
                let bound = |p: usize| {
                    places[p].prep.as_deref() == Some("for")
                        && places[p].first >= 2
                        && toks[places[p].first - 2].lower == "bound"
                };
                // ("The fighters arrived over Colorado Springs Airport as
                // the airliner landed there": an airport flown over is one
                // landed at there.)
                let over_field = |p: usize| {
                    places[p].prep.as_deref() == Some("over") && places[p].place.is_airport()
                };
                let before: Vec<usize> = places_here
                    .iter()
                    .copied()
                    .filter(|&p| {
                        places[p].last <= t.first
                            && (!places[p].landmark || over_field(p))
                            && !bound(p)
                    })
                    .collect();
                // ("turned back shortly after take-off from Napier and has
                // landed back there": where it took off.)
                let back_from = (i > 0 && toks[i - 1].lower == "back")
                    .then(|| {
                        before
                            .iter()
                            .rev()
                            .find(|&&p| places[p].prep.as_deref() == Some("from"))
                    })
                    .flatten();
                let there = back_from.or_else(|| {
                    before
                        .iter()
                        .rev()
                        .find(|&&p| {
                            ["into", "to", "in", "at"]
                                .contains(&places[p].prep.as_deref().unwrap_or(""))
                        })
                        .filter(|&&p| {
                            before.last().is_some_and(|&l| {
                                places[l].prep.as_deref() == Some("from") && l != p
                            })
                        })
                        .or(before.last())
                });
                match there {
                    Some(&p) if ps.is_empty() => ps.push((
                        p,
                        if t.kind == Kind::Depart {
                            Role::From
                        } else {
                            Role::At
                        },
                    )),
                    _ => here = Some(Here::There),
                }
            }
            if w == "here" && doc.dateline.is_some() {
                here = Some(Here::Dateline);
            }
            // "touched down here Monday afternoon", in a local paper with no
            // dateline: the field the story names near it.
            if w == "here" && doc.dateline.is_none() && i == t.last && t.kind != Kind::Fly {
                here = Some(Here::Local);
            }
            if w == "same"
                && toks
                    .get(i + 1)
                    .is_some_and(|x| ["airport", "airfield", "base"].contains(&x.lower.as_str()))
            {
                here = Some(Here::There);
            }
            // "had been parked at the business airport since 2 September":
            // the field the story is at, described.
            if w == "the"
                && i > 0
                && ["at", "on"].contains(&toks[i - 1].lower.as_str())
                && toks.get(i + 1).is_some_and(|x| {
                    !x.cap
                        && [
                            "business", "military", "civilian", "civil", "small", "private",
                            "regional", "local",
                        ]
                        .contains(&x.lower.as_str())
                })
                && toks.get(i + 2).is_some_and(|x| {
                    ["airport", "airfield", "base", "airbase"].contains(&x.lower.as_str())
                })
                && !toks.get(i + 3).is_some_and(|x| {
                    x.cap || ["of", "in", "near", "outside"].contains(&x.lower.as_str())
                })
                && ps.is_empty()
            {
                here = Some(Here::There);
            }
            // "reached the Red Sea city in the early afternoon": the city the
            // story is in, described.
            if t.kind == Kind::Arrive
                && ["city", "capital", "town", "port"].contains(&w)
                && i <= t.last + 5
                && (t.last..i).any(|k| toks[k].lower == "the")
                && toks[t.last..i]
                    .iter()
                    .all(|x| x.lower == "the" || x.cap || x.is("-"))
                && ps.is_empty()
                && !toks.get(i + 1).is_some_and(|x| {
                    x.cap
                        || x.lower == "of"
                        || (["in", "at", "near"].contains(&x.lower.as_str())
                            && toks.get(i + 2).is_some_and(|y| y.cap))
                })
            {
                here = Some(Here::There);
            }
            // "was still at the airport", "still on the tarmac": where it was
            // (not "the airport of Kayseri", "the airport in Tirana"; and "sat
            // on the ramp" says no more than "sat").
            // ("remained on the apron" too: it stayed where it was.)
            let verb = toks[t.first].lower.as_str();
            // ("the Challenger still sat on the apron")
            let still_before = t.first > 0
                && toks[t.first - 1].lower == "still"
                && ["sat", "stood", "parked"].contains(&verb);
            let still = ["still", "remained", "remains", "stayed"].contains(&verb) || still_before;
            // ("the Hampshire airfield": the county's word before it.)
            // ("the cargo apron", "the FBO stand": its word before it too.)
            let the_at = if i > 1
                && (toks[i - 1].cap
                    || (toks[i - 1].is_word() && ["apron", "ramp", "stand", "tarmac"].contains(&w)))
                && toks[i - 2].lower == "the"
            {
                i - 2
            } else {
                i.saturating_sub(1)
            };
            if t.kind == Kind::Stay
                && (["airport", "airfield"].contains(&w)
                    || (still && ["tarmac", "apron", "ramp", "stand"].contains(&w)))
                && i > 0
                && toks[the_at].lower == "the"
                && the_at <= t.last + 2
                && ps.is_empty()
                // (A time after it is no place: "on the apron at midday".)
                && !toks.get(i + 1).is_some_and(|x| {
                    x.cap
                        || (["of", "in", "at", "near"].contains(&x.lower.as_str())
                            && !no_place_after(doc.word(i + 2)))
                })
            {
                here = Some(Here::There);
            }
        }
        // "The setting sun was painting the airport runway here … when Air
        // Force One touched down": "here" earlier in the sentence, with no
        // place told in it, is the dateline's town for a landing too.
        if here.is_none()
            && ps.is_empty()
            && t.kind == Kind::Arrive
            && doc.dateline.is_some()
            && places_here.is_empty()
            && (s.first..t.first)
                .any(|i| toks[i].lower == "here" && !(i > s.first && toks[i - 1].lower == "from"))
        {
            here = Some(Here::Dateline);
        }
        // "…, where it was still parked", "the airfield, which the jet left":
        // the place before "where" or "which".
        if t.first >= 2 {
            let wpos = (prev_trig.max(s.first)..t.first).rev().find(|&i| {
                toks[i].lower == "where"
                    || (toks[i].lower == "which" && i > 0 && toks[i - 1].is(","))
            });
            if let Some(wp) = wpos
                // (Not a landmark: "the Hindon air base near Delhi, where it
                // touched down" is Hindon.)
                && let Some(&p) = places_here.iter().rev().find(|&&p| {
                    places[p].last <= wp
                        && !places[p].landmark
                        && !register_of(places[p].last)
                })
                && !ps.iter().any(|x| x.1 == Role::At || x.1 == Role::To)
                // ("towards northwestern Iraq, where it flew near the Syrian
                // border": flying about the area, no landing in it.)
                && !(t.kind == Kind::Fly
                    && toks.get(t.last).is_some_and(|x| {
                        ["near", "over", "along", "around", "off", "close"].contains(&x.lower.as_str())
                    }))
                // ("EI 155 from London Heathrow, which landed at 15.42": the
                // flight landed, not Heathrow; a place it came from does not
                // move.)
                && !(toks[wp].lower == "which"
                    && places[p].prep.as_deref() == Some("from")
                    && t.first <= wp + 2
                    && t.kind != Kind::Stay)
            {
                ps.insert(0, (p, Role::At));
            }
        }
        // The aircraft: the nearest description before, in this sentence,
        // not in another clause's report; an opening participle takes the
        // subject after its comma.
        let mut agent = descs_here
            .iter()
            .copied()
            .filter(|&d| descs[d].last <= t.first)
            .filter(|&d| {
                // Not across a semicolon.
                !(descs[d].last..t.first).any(|i| toks[i].is(";"))
            })
            // Nor inside a quoted nickname the trigger is not in: "the 747
            // dubbed 'the president's office in the sky' was seen at".
            .filter(|&d| toks[t.first].quoted || !toks[descs[d].first].quoted)
            .max_by_key(|&d| descs[d].last);
        let opening = t.participle
            && (t.first == s.first
                || (t.first == s.first + 1
                    && ["before", "after", "on", "upon", "while"]
                        .contains(&toks[s.first].lower.as_str())));
        // The aircraft described before description `d` in this sentence.
        let aircraft_before = |d: usize| {
            descs_here
                .iter()
                .copied()
                .filter(move |&x| descs[x].last <= descs[d].first && !descs[x].person)
        };
        // A traveller named as the owner of something is not the subject
        // ("a Challenger normally used by Georgia's president turned up").
        if let Some(d) = agent
            && descs[d].person
            && descs[d].first > s.first
        {
            let owner = (descs[d].first.saturating_sub(5).max(s.first)..descs[d].first).any(|i| {
                [
                    "by",
                    "of",
                    "for",
                    "to",
                    "with",
                    "carrying",
                    "aboard",
                    "used",
                    "owned",
                    "tied",
                    "linked",
                    "conveying",
                    "transporting",
                    "ferrying",
                ]
                .contains(&toks[i].lower.as_str())
            });
            if owner {
                agent = aircraft_before(d).max_by_key(|&x| descs[x].last);
            }
        }
        // "A third tanker, QID53, set off with them but returned": "them"
        // is never the subject; the aircraft before it is.
        if let Some(d) = agent
            && descs[d].bare
            && descs[d].last == descs[d].first + 1
            && toks[descs[d].first].lower == "them"
            && let Some(x) = aircraft_before(d)
                .filter(|&x| !(descs[x].last..descs[d].first).any(|i| toks[i].is(";")))
                .max_by_key(|&x| descs[x].last)
        {
            agent = Some(x);
        }
        // A traveller who flew "aboard the Gulfstream 550, 5N-FGU": that
        // aircraft moved.
        // (Or travellers said by a pronoun: "they left Ottawa aboard a
        // backup CC-150 Polaris".)
        let travellers = |d: usize| {
            descs[d].person
                || (descs[d].bare
                    && descs[d].last == descs[d].first + 1
                    && ["they", "he", "she", "we"].contains(&toks[descs[d].first].lower.as_str()))
        };
        if let Some(d) = agent
            && travellers(d)
            && let Some(k) = (t.last..(clause_end + 8).min(s.last)).find(|&k| {
                toks[k].lower == "aboard"
                    || (toks[k].lower == "board" && k > 0 && toks[k - 1].lower == "on")
            })
            && let Some(x) = descs_here
                .iter()
                .copied()
                .find(|&x| !descs[x].person && descs[x].first > k && descs[x].first <= k + 5)
        {
            agent = Some(x);
        }
        if (agent.is_none() || opening)
            && let Some(d) = descs_here
                .iter()
                .copied()
                .find(|&d| descs[d].first >= t.last)
            && (opening || agent.is_none() && (t.noun || descs[d].first < clause_end + 6))
        {
            agent = Some(d);
        }
        // "The Il-96 … and the Il-62 … both landed": the aircraft named
        // right before "both".
        if let Some(d) = agent
            && descs[d].bare
            && ["both", "all"].contains(&toks[descs[d].first].lower.as_str())
            && let Some(p) = descs_here
                .iter()
                .copied()
                .find(|&p| descs[p].last == descs[d].first && !descs[p].person)
        {
            agent = Some(p);
        }
        // "The Il-76, escorted by two Su-30s, landed": the escorted
        // aircraft, not its escort.
        if let Some(d) = agent
            && let Some(p) = aircraft_before(d).max_by_key(|&x| descs[x].last)
            && let Some(k) = (descs[p].last..descs[d].first).find(|&k| toks[k].lower == "escorted")
            && toks[descs[p].last..k].iter().all(|x| x.is(","))
            && toks[k + 1..descs[d].first].iter().all(|x| {
                x.lower == "by"
                    || x.kind == TokKind::Number
                    || length_word(&x.lower).is_some()
                    || ["a", "an", "the"].contains(&x.lower.as_str())
            })
        {
            agent = Some(p);
        }
        // Coordinated subjects: "two Tu-160s, an An-124 and an Il-62 landed",
        // "an Il-62 passenger jet and an Il-76 transport left".
        let mut agents: Vec<usize> = agent.into_iter().collect();
        while let Some(&first) = agents.first() {
            let prev = descs_here
                .iter()
                .copied()
                .filter(|&x| descs[x].last <= descs[first].first)
                .max_by_key(|&x| descs[x].last);
            match prev {
                Some(p)
                    if !descs[p].person
                        && !descs[first].person
                        && descs[p].last < descs[first].first
                        && (along_np(&toks[descs[p].last..descs[first].first])
                            || toks[descs[p].last..descs[first].first]
                                .iter()
                                .enumerate()
                                .all(|(k, x)| {
                                    x.is(",")
                                || ["and", "a", "an", "the"].contains(&x.lower.as_str())
                                // ("The B-17, along with a B-25, landed",
                                // "a C-17 accompanied by a KC-135".)
                                || [
                                    "along",
                                    "together",
                                    "with",
                                    "accompanied",
                                    "by",
                                ]
                                .contains(&x.lower.as_str())
                                // ("IL-76 (RF-86843) and an An-26": the
                                // first one's registration in brackets.)
                                || (k == 0 && x.is(")"))
                                // ("one C-130J-30 and three C-17A aircraft
                                // touched down": a count right before the
                                // next aircraft; not "Tanker 914, a DC-10".)
                                || (descs[p].last + k + 1 == descs[first].first
                                    && (x.kind == TokKind::Number
                                        || length_word(&x.lower).is_some_and(|n| n <= 10)))
                                }))
                        && toks[descs[p].last..descs[first].first].iter().any(|x| {
                            x.is(",") || ["and", "with", "by"].contains(&x.lower.as_str())
                        })
                        && !descs[first].bare =>
                {
                    agents.insert(0, p)
                }
                _ => break,
            }
        }
        // "the black box recorders from the Malaysian airliner arrived in
        // Britain": the aircraft says where the things came from; the
        // things moved, not it.
        if let [d] = agents[..]
            && (descs[d].first.saturating_sub(4).max(s.first + 1)..descs[d].first).any(|k| {
                ["from", "of"].contains(&doc.word(k))
                    && THINGS_OF_AN_AIRCRAFT.contains(&doc.word(k - 1))
                    && toks[k + 1..descs[d].first].iter().all(|x| x.is_word())
            })
        {
            continue;
        }
        // "Mihail Kogălniceanu received three 747 freighters, two C-17s and
        // an A400M on Thursday": the airport before the verb is where they
        // landed, every aircraft after it landed there (their origins are
        // the cargo's story, not claims). Not without an airport before it
        // ("the crew received clearance").
        let received = toks[t.first].lower == "received"
            || (toks[t.first].lower == "took"
                && toks.get(t.first + 1).is_some_and(|x| x.lower == "in"));
        if received {
            let Some(&subject) = places_here.iter().rev().find(|&&p| {
                places[p].last <= t.first
                    && places[p].last + 2 >= t.first
                    && places[p].prep.is_none()
                    && !places[p].landmark
                    // (An airport or a town: a country "received" aid.)
                    && places[p].kind != crate::article::places::PlaceKind::Country
            }) else {
                continue;
            };
            ps = vec![(subject, Role::At)];
            agents = descs_here
                .iter()
                .copied()
                .filter(|&d| {
                    descs[d].first >= t.last && descs[d].first < next_trig && !descs[d].person
                })
                .collect();
            if agents.is_empty() {
                continue;
            }
        }
        // "The air force deployed four B-1B bombers to Lask": what moved is
        // the verb's object, before "to"; with no aircraft there
        // ("deployed two hundred troops to"), nothing did.
        if CAUSED_MOVES.contains(&toks[t.first].lower.as_str()) && t.last == t.first + 1 {
            let to = (t.last..next_trig.min(s.last))
                .find(|&k| toks[k].lower == "to")
                .unwrap_or(t.last);
            agents = descs_here
                .iter()
                .copied()
                .filter(|&d| descs[d].first >= t.last && descs[d].first < to && !descs[d].person)
                .collect();
            if agents.is_empty() {
                continue;
            }
        }
        // "Among the jets that landed on Saturday were a Challenger 605
        // …, a Hawker 800XP … and a Legacy 600": the plural noun the
        // relative clause hangs on is the aircraft listed after "were".
        if let [d] = agents[..]
            && descs[d].bare
            && descs[d].plural
            && descs[d].last + 1 == t.first
            && ["that", "which"].contains(&toks[descs[d].last].lower.as_str())
            && let Some(cop) = (t.last..next_trig.min(s.last))
                .find(|&i| ["were", "included", "include", "are"].contains(&toks[i].lower.as_str()))
        {
            let listed: Vec<usize> = descs_here
                .iter()
                .copied()
                .filter(|&x| {
                    descs[x].first > cop
                        && descs[x].first < next_trig
                        && !descs[x].person
                        && !descs[x].bare
                })
                .collect();
            if listed.len() > 1 {
                agents = listed;
            }
        }
        // The date: in the trigger's clause after it, else before it in the
        // same clause, else at the head of the sentence; never a report's.
        let owner_of = |x: &Timex| -> Option<usize> {
            // "travelled to Germany for Wednesday's game": the day of the
            // thing it names, not of the movement.
            if x.owns_noun(doc) {
                return None;
            }
            // The nearest predicate (trigger or report verb) before the date,
            // unless a clause break lies between: then the one after.
            // (Not across a relative clause of a place: "parked on the side
            // of the airfield where instructors have been based since 2018".)
            let relative_between = |a: usize, b: usize| {
                (a..b).any(|k| ["where", "whose"].contains(&toks[k].lower.as_str()))
            };
            let before_t = trigs
                .iter()
                .enumerate()
                .filter(|(_, tr)| tr.last <= x.first && !relative_between(tr.last, x.first))
                .map(|(k, tr)| (k, tr.last))
                .max_by_key(|(_, e)| *e);
            let before_r = reporting.iter().copied().filter(|&r| r < x.first).max();
            let brk_between = |a: usize, b: usize| breaks.iter().any(|&k| k >= a && k < b);
            // Forward, past a relative clause's pluperfect ("the Antonov that
            // had spent three days in Manaus touched down").
            let relative = |tr: &Trigger| {
                tr.perfect
                    && tr.first >= 2
                    && ["that", "which", "who"].contains(&toks[tr.first - 2].lower.as_str())
            };
            let after_t = trigs
                .iter()
                .enumerate()
                .find(|(_, tr)| tr.first >= x.last && !relative(tr))
                .map(|(k, tr)| (k, tr.first));
            // ("Sources said the aircraft was moved to Euro Airport on
            // September 29 and arrived": a date inside the told clause,
            // past its own verb, is that clause's, not the telling's.)
            let told_clause = |r: usize| {
                (r + 1..x.first).any(|k| {
                    ["was", "were", "had", "has", "have", "is", "are"]
                        .contains(&toks[k].lower.as_str())
                })
            };
            match (before_t, before_r) {
                (Some((k, e)), r) if r.is_none_or(|r| r < e) && !brk_between(e, x.first) => Some(k),
                (_, Some(r))
                    if before_t.is_none_or(|(_, e)| r >= e)
                        && !brk_between(r, x.first)
                        && !told_clause(r) =>
                {
                    None
                }
                _ => match after_t {
                    // "It was followed the next day, 3 November, by another
                    // Il-76, which also landed": the only movement is after.
                    Some((k, f))
                        if (!brk_between(x.last, f) || before_t.is_none())
                            && !reporting.iter().any(|&r| r >= x.last && r < f) =>
                    {
                        Some(k)
                    }
                    _ => before_t
                        .filter(|(_, e)| {
                            !reporting.iter().any(|&r| r > *e && r < x.first)
                                && !brk_between(*e, x.first)
                        })
                        .map(|(k, _)| k),
                },
            }
        };
        // ("at 10:48 p.m. Eastern time, or 02:48 UTC on Sunday": the day
        // told again in another zone; the local one is the story's.)
        let restated = |x: usize| {
            let f = timexes[x].first;
            (f.saturating_sub(6)..f).any(|k| toks[k].lower == "or")
                && (f.saturating_sub(3)..f)
                    .any(|k| ["utc", "gmt", "z", "zulu"].contains(&toks[k].lower.as_str()))
        };
        // ("a jet the investor's company has owned since 2019 — fly from
        // Austin": a day in an aside between dashes or brackets the
        // trigger is outside dates the aside.)
        let aside = |x: usize| {
            let tx = &timexes[x];
            let opens = |k: usize| ["—", "–", "("].contains(&toks[k].lower.as_str());
            let closes = |k: usize| ["—", "–", ")"].contains(&toks[k].lower.as_str());
            let open = (s.first..tx.first).rev().find(|&k| opens(k) || closes(k));
            let close = (tx.last..s.last).find(|&k| opens(k) || closes(k));
            match (open, close) {
                // (Not a bracket that only restates the day: "the
                // previous day (October 9th)".)
                (Some(a), Some(b)) => {
                    opens(a)
                        && closes(b)
                        && (b < t.first || a >= t.last)
                        && b - a - 1 > tx.last - tx.first + 1
                }
                _ => false,
            }
        };
        let owned: Vec<usize> = timex_here
            .iter()
            .copied()
            .filter(|&x| owner_of(&timexes[x]) == Some(n) && !restated(x) && !aside(x))
            // ("has arrived in South Korea for a three-day visit until
            // Sunday": when the visit ends, not the landing's day.)
            .filter(|&x| {
                !(matches!(t.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
                    && timexes[x].first > t.last
                    && timexes[x].after_until(doc))
            })
            .collect();
        let mut timex = owned.iter().copied().min_by_key(|&x| {
            // Prefer the date after the trigger, nearest first.
            let tx = &timexes[x];
            if tx.first >= t.last {
                tx.first - t.last
            } else {
                1000 + t.first - tx.last
            }
        });
        // "Buhari on Monday departed Abuja for Sochi to attend a summit
        // from Oct. 23 to Oct. 25": a day told right before its verb is
        // the verb's, not one later in the sentence.
        if let Some(&y) = owned.iter().find(|&&y| {
            timexes[y].last == t.first
                && timexes[y].first > s.first
                && toks[timexes[y].first - 1].lower == "on"
        }) && timex.is_some_and(|x| timexes[x].first >= t.last)
        {
            timex = Some(y);
        }
        // "20 hours later, on Saturday, March 15": the calendar date that
        // follows an offset says the day outright. (Also past a clock time:
        // "half an hour later at 1.30pm on Wednesday 31st August".)
        let clock_between = |a: usize, b: usize| {
            b <= a + 8
                && toks[a..b].iter().all(|x| {
                    let w = x.lower.as_str();
                    w.bytes().next().is_some_and(|c| c.is_ascii_digit())
                        || [
                            ".", ":", ",", "at", "on", "am", "pm", "a.m", "p.m", "around", "about",
                        ]
                        .contains(&w)
                })
        };
        if let Some(x) = timex
            && timexes[x].value.is_anaphoric()
            && let Some(&y) = owned.iter().find(|&&y| {
                timexes[y].first >= timexes[x].last
                    && (timexes[y].first <= timexes[x].last + 3
                        || clock_between(timexes[x].last, timexes[y].first))
                    && matches!(
                        timexes[y].value,
                        Value::Calendar { .. } | Value::Weekday { .. }
                    )
            })
        {
            timex = Some(y);
        }
        // "After taking delivery on Monday, the crew departed Everett headed
        // home to Japan early today": the day after the heading that goes
        // with the departure is its own, not the leading clause's.
        if t.kind == Kind::Depart
            && timex.is_none_or(|x| timexes[x].first < t.first)
            && let Some(nt) = trigs.get(n + 1)
            && ["headed", "heading", "bound"].contains(&toks[nt.first].lower.as_str())
            && nt.first >= t.last
            && nt.first - t.last <= 5
            && !(t.last..nt.first).any(|k| breaks.contains(&k) || toks[k].lower == ",")
            && let Some(&y) = timex_here.iter().find(|&&y| {
                timexes[y].first >= nt.last
                    && owner_of(&timexes[y]) == Some(n + 1)
                    && trigs
                        .get(n + 2)
                        .is_none_or(|t2| t2.first > timexes[y].first)
            })
        {
            timex = Some(y);
        }
        // (A landing that shares its departure's place shares its day.)
        if timex.is_none() && shared {
            timex = timex_here
                .iter()
                .copied()
                .find(|&x| owner_of(&timexes[x]) == Some(n + 1));
        }
        // (A list after "received" runs past its "and"s to its date.)
        if timex.is_none() && received {
            timex = timex_here
                .iter()
                .copied()
                .find(|&x| timexes[x].first >= t.last && timexes[x].first < next_trig);
        }
        // "for three days", "two nights": a stay's length.
        let mut stay_days = None;
        let mut stay_hours = false;
        if matches!(t.kind, Kind::Stay | Kind::Stop) {
            let from = clause_start.min(t.first);
            for i in from..clause_end.max(t.last).min(s.last) {
                if ["hours", "hour", "minutes"].contains(&toks[i].lower.as_str())
                    && (!toks.get(i + 1).is_some_and(|x| {
                        ["later", "after", "ago", "before", "earlier"].contains(&x.lower.as_str())
                    })
                        // "stayed on the ground for roughly five hours
                        // before heading north": a length, not "two hours
                        // before the landing".
                        || (toks.get(i + 1).is_some_and(|x| x.lower == "before")
                            && i >= 1
                            && doc.after_for(0, i - 1)))
                {
                    stay_hours = true;
                }
                // "for about 52 hours before returning to service": whole
                // days.
                if toks[i].lower == "hours"
                    && i >= 2
                    && let Ok(n) = toks[i - 1].lower.parse::<i64>()
                    && n >= 24
                    && doc.after_for(0, i - 1)
                {
                    stay_days = Some(n / 24);
                    stay_hours = false;
                }
            }
            // "for three days", "For a whole day the aircraft just sat", "almost a
            // full day after it touched down, … was still parked".
            for i in from..clause_end.max(t.last).min(s.last) {
                let w = toks[i].lower.as_str();
                let weeks = ["weeks", "week"].contains(&w);
                // ("for more than 18 months", "for two years": whole months
                // and years of days, near enough for a stay's start.)
                let months = ["months", "month"].contains(&w);
                let years = ["years", "year"].contains(&w);
                if (["days", "day", "nights", "night"].contains(&w) || weeks || months || years)
                    && i > from
                {
                    let since_arrival = toks.get(i + 1).is_some_and(|x| x.lower == "after")
                        && (i + 2..(i + 6).min(s.last)).any(|j| {
                            ["arrived", "landed", "touched", "arrival", "landing"]
                                .contains(&toks[j].lower.as_str())
                        });
                    let n = match toks[i - 1].lower.as_str() {
                        "a" | "one" | "full" | "whole" | "entire" => 1,
                        "two" => 2,
                        "three" => 3,
                        "four" => 4,
                        "five" => 5,
                        "six" => 6,
                        // "for nine days", "For ten days".
                        x => crate::article::dates::length_word(x).unwrap_or(0),
                    };
                    // "for two days before heading on": a length all the same.
                    let length = i >= 2 && toks[i - 2].lower == "for";
                    if n > 0
                        && (since_arrival
                            || length
                            || !(i + 1 < s.last
                                && ["later", "after", "ago", "before", "earlier"]
                                    .contains(&toks[i + 1].lower.as_str())))
                    {
                        stay_days = Some(if weeks {
                            n * 7
                        } else if months {
                            n * 30
                        } else if years {
                            n * 365
                        } else {
                            n
                        });
                    }
                }
            }
        }
        // "a ground stop around the arrival and departure": a movement
        // named as a noun, with no aircraft, place or date of its own, is
        // no claim of one.
        if t.noun && agents.is_empty() && ps.is_empty() && here.is_none() && timex.is_none() {
            continue;
        }
        let mut trig = t.clone();
        trig.factual = factual;
        // "was in Niamey": an aircraft's stay only, at the name right after
        // ("the minister was in Minsk" is no aircraft's).
        // "went to": an aircraft's flight ("the minister went to Minsk" is
        // no aircraft's).
        let verb = toks[t.first].lower.as_str();
        if ["went", "sent"].contains(&verb) {
            let next = toks.get(t.first + 1).map_or("", |x| x.lower.as_str());
            let no_aircraft = agents.is_empty()
                || agents.iter().any(|&d| descs[d].person)
                // ("Notices were sent to the address of an agent used by the
                // company that owns the jet": what was sent comes before.)
                || (verb == "sent" && agents.iter().all(|&d| descs[d].first > t.last));
            // "an Airbus A340 that had been sent to bring the crew home": a
            // purpose, not a place ("sent to Rostov" is one).
            let purpose = next == "to"
                && toks.get(t.first + 2).is_some_and(|x| {
                    x.is_word()
                        && !x.cap
                        && !x.upper
                        && ![
                            "the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                        ]
                        .contains(&x.lower.as_str())
                });
            if (["to", "from"].contains(&next) && no_aircraft) || purpose {
                continue;
            }
        }
        // "held": an aircraft's stay, at a place named right after "at" or
        // "in" (not "held talks").
        if toks[t.first].lower == "held"
            && (agents.is_empty()
                || agents.iter().any(|&d| descs[d].person)
                || !ps
                    .iter()
                    .any(|&(p, _)| places[p].first <= t.last + 1 && places[p].prep.is_some()))
        {
            continue;
        }
        // (In the past, only with a day of its own: "it proves the plane
        // was in Munich" carries no date worth a claim.)
        let be = toks[t.first].lower.as_str();
        if ["was", "were", "is", "are"].contains(&be)
            && t.kind == Kind::Stay
            && (agents.is_empty()
                || (["was", "were"].contains(&be) && timex.is_none())
                || agents.iter().any(|&d| descs[d].person)
                || !ps.iter().any(|&(p, _)| places[p].first == t.last))
        {
            continue;
        }
        // Weak words move an aircraft only when the sentence names one
        // ("the Il-76 continued to Bogotá", not "the withdrawal continued").
        let weak = [
            "continued",
            "came",
            "went",
            "carried",
            "crossed",
            "followed",
            "still",
        ]
        .contains(&toks[t.first].lower.as_str());
        // ("The crew … came back to Salt Lake City": the crew's aircraft.)
        let crew = ["came", "went", "continued"].contains(&toks[t.first].lower.as_str())
            && (s.first..t.first.min(s.first + 4))
                .any(|k| ["crew", "pilot", "pilots", "captain"].contains(&toks[k].lower.as_str()));
        // ("Emirates added that the flight later continued to Dubai": the
        // flight is the aircraft flying it.)
        let flight = toks[t.first].lower == "continued"
            && (t.first.saturating_sub(3).max(s.first)..t.first).any(|k| {
                toks[k].lower == "flight"
                    && toks[k + 1..t.first].iter().all(|x| {
                        ["later", "then", "eventually", "also"].contains(&x.lower.as_str())
                    })
            });
        if weak && agents.is_empty() && !crew && !flight {
            trig.factual = false;
        }
        // "The medical team then spent three hours at the airport", "Rana
        // spent barely 14 hours in the city": a stay whose subject, right
        // before it, is someone, not the aircraft nor a word for it.
        // (The word right before the verb, past `skip`: its subject.)
        let subject_at = |skip: &[&str]| {
            let mut k = t.first - 1;
            while k > s.first && skip.contains(&toks[k].lower.as_str()) {
                k -= 1;
            }
            k
        };
        const ADVERBS: &[&str] = &[
            "had", "has", "have", "then", "also", "only", "just", "already", "later",
        ];
        if toks[t.first].lower == "spent" && agents.is_empty() && t.first > s.first {
            let k = subject_at(ADVERBS);
            let subj = toks[k].lower.as_str();
            if toks[k].is_word()
                && ![
                    "it", "they", "which", "that", "and", "where", "she", "he", "we", "there",
                ]
                .contains(&subj)
            {
                trig.factual = false;
            }
        }
        // "More than 250 passengers were stuck at the airport", "players
        // and staff spent the night in a hotel", "Departures were paused":
        // a stay whose subject, right before it, is people or flights.
        if matches!(t.kind, Kind::Stay | Kind::Stop) && t.first > s.first && agents.is_empty() {
            let k = subject_at(
                &[
                    ADVERBS,
                    &["were", "was", "been", "are", "is", "all", "still"],
                ]
                .concat(),
            );
            if crate::article::tables::PEOPLE_NOT_AIRCRAFT.contains(&toks[k].lower.as_str())
                // ("Two cars were left parked at Le Bourget": ground
                // vehicles, not aircraft.)
                || (k.saturating_sub(3).max(s.first)..=k).any(|j| {
                    GROUND_VEHICLES.contains(&toks[j].lower.as_str())
                        // ("SAMU ambulances were waiting", but "the air
                        // ambulance was parked" is an aircraft.)
                        || (["ambulance", "ambulances"].contains(&toks[j].lower.as_str())
                            && (j == 0 || toks[j - 1].lower != "air"))
                })
            {
                trig.factual = false;
            }
            // ("Two passengers who flew with him remained in Omsk": the
            // people's, past their relative clause.)
            if (s.first + 1..t.first).any(|j| {
                toks[j].lower == "who"
                    && crate::article::tables::PEOPLE_NOT_AIRCRAFT
                        .contains(&toks[j - 1].lower.as_str())
                    && !toks[j + 1..t.first].iter().any(|x| x.is(",") || x.is(";"))
            }) {
                trig.factual = false;
            }
        }
        // "15 buses managed to arrive on the border": a road journey.
        if matches!(t.kind, Kind::Arrive | Kind::Depart | Kind::Fly)
            && t.first > s.first
            && agents.is_empty()
        {
            let k = subject_at(
                &[
                    ADVERBS,
                    &[
                        "managed",
                        "to",
                        "were",
                        "was",
                        "finally",
                        "eventually",
                        "able",
                    ],
                ]
                .concat(),
            );
            if GROUND_VEHICLES.contains(&toks[k].lower.as_str()) {
                trig.factual = false;
            }
        }
        // ("… the day Russian troops crossed into Ukraine": a crossing by
        // ground forces or people, not by the aircraft the sentence names.)
        if ["crossed", "reached", "entered", "stormed", "captured"]
            .contains(&toks[t.first].lower.as_str())
            && t.first > s.first
            && [
                "troops",
                "forces",
                "soldiers",
                "tanks",
                "army",
                "refugees",
                "migrants",
                "people",
                "fighters",
                "rebels",
                "insurgents",
                "militants",
                "protesters",
                "protestors",
            ]
            .contains(&toks[t.first - 1].lower.as_str())
        {
            trig.factual = false;
        }
        // "said Priya Nair, who was returning from a family visit": a
        // person's journey, with no place of the aircraft's.
        if ps.is_empty()
            && here.is_none()
            && t.first > s.first
            && (t.first.saturating_sub(2).max(s.first)..t.first).any(|k| toks[k].lower == "who")
        {
            trig.factual = false;
        }
        // "said one passenger, a nurse returning to Lerwick": a person in
        // apposition, on a journey of their own.
        if t.participle
            && t.first >= s.first + 3
            && toks[t.first - 3].is(",")
            && ["a", "an"].contains(&toks[t.first - 2].lower.as_str())
            && toks[t.first - 1].is_word()
            && !toks[t.first - 1].cap
            && !crate::article::tables::GENERIC_AIRCRAFT.contains(&toks[t.first - 1].lower.as_str())
            && !["flight", "charter", "service"].contains(&toks[t.first - 1].lower.as_str())
        {
            continue;
        }
        // "had reached Cyprus by ferry from Beirut", "moved by road": not a
        // flight.
        let by_other = |i: usize| {
            toks[i].lower == "by"
                && toks.get(i + 1).is_some_and(|n| {
                    [
                        "ferry", "boat", "road", "bus", "buses", "car", "train", "sea", "ship",
                        "truck", "trucks", "land",
                    ]
                    .contains(&n.lower.as_str())
                        // ("returning him to Dublin by scheduled flight":
                        // an airline's, not the aircraft's.)
                        || (["scheduled", "commercial", "regular"].contains(&n.lower.as_str())
                            && toks.get(i + 2).is_some_and(|x| {
                                [
                                    "flight",
                                    "flights",
                                    "connection",
                                    "connections",
                                    "airline",
                                    "airliner",
                                ]
                                .contains(&x.lower.as_str())
                            }))
                })
        };
        // ("continued by commercial connection and reached the Netherlands
        // on Monday": the same traveller's other means, told just before.)
        let by_land = (t.last..clause_end.min(s.last)).any(by_other)
            || (t.first > s.first
                && toks[t.first - 1].lower == "and"
                && (prev_trig.max(s.first)..t.first)
                    .any(|i| by_other(i) && !(i..t.first).any(|k| toks[k].is(","))));
        if by_land && !t.cargo {
            continue;
        }
        // "crossed the Atlantic": a crossing that names no place it reached
        // (nor a day: "On 6 April the 767 crossed Greek airspace before …,
        // landing at Andrews" dates the landing).
        if toks[t.first].lower == "crossed" && ps.is_empty() && timex.is_none() {
            continue;
        }
        // "each arrival", "any landing": no one movement.
        if t.noun
            && t.first > s.first
            && ["each", "every", "any", "no", "such"].contains(&toks[t.first - 1].lower.as_str())
        {
            trig.factual = false;
        }
        // "It was in Dubai on 4 January, in Istanbul on 9 January and back in
        // Moscow by 12 January": a place and its own date, each one movement.
        let dated_each: Vec<Option<usize>> = ps
            .iter()
            .map(|&(p, _)| {
                timex_here.iter().copied().find(|&x| {
                    let (a, b) = (places[p].last, timexes[x].first);
                    b >= a
                        && b <= a + 2
                        && toks[a..b]
                            .iter()
                            .all(|k| ["on", "by", ","].contains(&k.lower.as_str()))
                })
            })
            .collect();
        let mut owns: Vec<usize> = dated_each.iter().flatten().copied().collect();
        owns.dedup();
        if ps.len() >= 2
            && owns.len() == ps.len()
            && ps
                .iter()
                .all(|&(_, r)| r == ps[0].1 && matches!(r, Role::At | Role::To))
        {
            for (k, &(p, r)) in ps.iter().enumerate() {
                let mut tr = trig.clone();
                if places[p].first > 0 && toks[places[p].first - 1].lower == "back"
                    || (places[p].first > 1 && toks[places[p].first - 2].lower == "back")
                {
                    tr.back = true;
                    tr.kind = Kind::Arrive;
                }
                out.push(Frame {
                    sentence: sn,
                    trig: tr,
                    agents: agents.clone(),
                    places: vec![(p, r)],
                    here: None,
                    timex: dated_each[k],
                    stay_days,
                    stay_hours,
                    has_stops: false,
                });
            }
            continue;
        }
        // "0930 dep C-5M for OTBH": a log's "for" is where the flight went,
        // from the log's base.
        let dep = toks[trig.first].lower == "dep";
        if dep && !toks[trig.first].cap {
            for (_, r) in ps.iter_mut() {
                if *r == Role::Toward {
                    *r = Role::To;
                }
            }
        }
        if dep
            && ps.iter().any(|&(_, r)| r == Role::To)
            && !ps.iter().any(|&(_, r)| r == Role::From)
        {
            trig.kind = Kind::Fly;
        }
        // "0914 arr C-17A ex KDOV": a log line's other end is the log's base.
        if ["arr", "dep"].contains(&toks[trig.first].lower.as_str())
            && !ps.iter().any(|&(_, r)| {
                if dep {
                    r == Role::From
                } else {
                    r == Role::At || r == Role::To
                }
            })
        {
            here = Some(Here::Base);
        }
        // "flew from Bandar Abbas to Port Sudan on 3, 9 and 15 December": a
        // flight each day of the list.
        let listed: Vec<usize> = match timex {
            Some(x) if t.kind != Kind::Stay => {
                let mut chain = vec![x];
                let mut last = timexes[x].last;
                while let Some(&y) = timex_here.iter().find(|&&y| {
                    timexes[y].first > last
                        && timexes[y].first <= last + 1
                        && toks[last..timexes[y].first]
                            .iter()
                            .all(|k| k.is(",") || k.lower == "and")
                        && matches!(timexes[y].value, Value::Calendar { .. })
                }) {
                    chain.push(y);
                    last = timexes[y].last;
                }
                chain
            }
            _ => Vec::new(),
        };
        if listed.len() >= 2 && matches!(timexes[listed[0]].value, Value::Calendar { .. }) {
            for &x in &listed {
                out.push(Frame {
                    sentence: sn,
                    trig: trig.clone(),
                    agents: agents.clone(),
                    places: ps.clone(),
                    here,
                    timex: Some(x),
                    stay_days,
                    stay_hours,
                    has_stops,
                });
            }
            continue;
        }
        // "A Jet2 flight from Leeds Bradford to Dalaman was diverted to
        // Munich": the landing where it was sent; the flight it was on,
        // from one place to another, is not this landing's route. (Not
        // "a Ryanair 737 from Dublin has diverted to Cardiff": authors hold
        // that one as a route.)
        let planned = || {
            (s.first..trig.first).any(|k| {
                toks[k].lower == "to"
                    && toks.get(k + 1).is_some_and(|x| x.cap)
                    && (k.saturating_sub(6).max(s.first)..k).any(|j| toks[j].lower == "from")
            })
        };
        // (Likewise "a flight from Lahore to Toronto made an emergency
        // landing at Karachi", "… was forced to land in Porto".)
        let unplanned_landing = unplanned_landing(toks, trig.first);
        if trig.kind == Kind::Arrive
            && (["diverted", "diverting", "divert"].contains(&toks[trig.first].lower.as_str())
                || unplanned_landing)
            && ps.iter().any(|&(_, r)| matches!(r, Role::At | Role::To))
            && planned()
        {
            ps.retain(|&(_, r)| r != Role::From);
        }
        // ("the president, who had planned to fly on from Nairobi, Kenya,
        // where he attended a summit, returned home last Friday": home is
        // where he landed, not the place told before.)
        if trig.kind == Kind::Arrive
            && toks[trig.first].lower.starts_with("return")
            && toks.get(trig.last).is_some_and(|x| x.lower == "home")
        {
            ps.retain(|&(p, _)| places[p].first > trig.last);
        }
        // "suffered a bird strike while flying to Cape Town", "a small
        // plane returning to Kitchener from the Collingwood area crashed":
        // where it was headed, not where it landed.
        let headed_when = (toks[trig.first].lower == "flying"
            && trig.first > s.first
            && ["while", "when"].contains(&toks[trig.first - 1].lower.as_str()))
            || (toks[trig.first].lower == "returning"
                && (trig.last..s.last).any(|k| {
                    [
                        "crashed",
                        "crash-landed",
                        "ditched",
                        "disappeared",
                        "vanished",
                    ]
                    .contains(&toks[k].lower.as_str())
                }));
        if headed_when {
            for x in ps.iter_mut() {
                if matches!(x.1, Role::To | Role::At) {
                    x.1 = Role::Toward;
                }
            }
            if trig.kind == Kind::Arrive {
                trig.kind = Kind::Fly;
            }
        }
        // "was flying from Dublin to Bremen when the engine failed": it left
        // Dublin; Bremen is where it was headed, not where it landed.
        if trig.kind == Kind::Fly
            && toks[trig.first].lower == "flying"
            && trig.first > 0
            && ["was", "were", "is", "are"].contains(&toks[trig.first - 1].lower.as_str())
            && toks.get(trig.last).is_some_and(|x| x.lower == "from")
        {
            for x in ps.iter_mut() {
                if x.1 == Role::To {
                    x.1 = Role::Toward;
                }
            }
            trig.kind = Kind::Depart;
        }
        // "The largest aircraft ever to land at Watsonville Municipal
        // Airport arrived Friday", "the first A380 to land in Bengaluru
        // touched down": the record's place is where it arrived.
        if trig.kind == Kind::Arrive
            && here.is_none()
            && !ps.iter().any(|&(_, r)| matches!(r, Role::At | Role::To))
            && let Some(p) = record_landing_place(doc, s, &trig, places, &places_here)
        {
            ps.push((p, Role::At));
        }
        // "landed his Cessna in a soybean field near Lake City", "had to
        // land on the Ula platform": ground no aircraft is based at. The
        // landing is in the country of the place the sentence names after
        // that ground (or of the story's), never at a nearby airfield.
        if trig.kind == Kind::Arrive
            && let Some(k) = off_field_landing(doc, s, &trig)
        {
            ps.retain(|&(_, r)| r == Role::From);
            if let Some(&p) = places_here.iter().find(|&&p| {
                places[p].first > k
                    && places[p].first <= k + 12
                    && places[p].prep.as_deref() != Some("from")
            }) {
                ps.push((p, Role::At));
            }
            here = Some(Here::OffField);
        }
        // "from South Africa's Johannesburg": the town, not its country
        // too.
        let country_of_next = |p: usize| {
            let pm = &places[p];
            pm.kind == PlaceKind::Country
                && doc.possessive_at(pm.last)
                && ps.iter().any(|&(q, _)| {
                    places[q].first == pm.last + 2 && places[q].place.country == pm.place.code
                })
        };
        let drop: Vec<usize> = ps
            .iter()
            .map(|x| x.0)
            .filter(|&p| country_of_next(p))
            .collect();
        ps.retain(|x| !drop.contains(&x.0));
        out.push(Frame {
            sentence: sn,
            trig,
            agents,
            places: ps,
            here,
            timex,
            stay_days,
            stay_hours,
            has_stops,
        });
    }
    // "with a first stopover the same day in Dakar, and a second on
    // Wednesday morning in Bamako": the second stop, told by ellipsis.
    // (Each right after the stop it repeats, so the frames stay in the
    // order the text tells them.)
    let mut more: Vec<(usize, Frame)> = Vec::new();
    for (k, f) in out
        .iter()
        .enumerate()
        .filter(|(_, f)| f.trig.kind == Kind::Stop && f.trig.noun)
    {
        let Some(&(p0, _)) = f.places.last() else {
            continue;
        };
        let mut j = places[p0].last;
        while j + 2 < s.last {
            let w = |k: usize| toks[k].lower.as_str();
            let second = (w(j) == "and" || toks[j].is(","))
                && ((w(j + 1) == "a" && ["second", "third", "fourth"].contains(&w(j + 2)))
                    || w(j + 1) == "another");
            if !second {
                j += 1;
                continue;
            }
            let Some(&p) = places_here.iter().find(|&&q| {
                places[q].first > j
                    && places[q].first <= j + 10
                    && ["in", "at"].contains(&places[q].prep.as_deref().unwrap_or(""))
                    && !places[q].landmark
            }) else {
                break;
            };
            // (Nothing that tells a movement of its own in between.)
            if trigs
                .iter()
                .any(|t| t.first > j && t.first < places[p].first)
            {
                break;
            }
            let timex = timex_here
                .iter()
                .copied()
                .find(|&x| timexes[x].first > j && timexes[x].first < places[p].last + 4);
            let mut g = f.clone();
            g.places = vec![(p, Role::At)];
            g.timex = timex;
            more.push((k, g));
            j = places[p].last;
        }
    }
    for (k, g) in more.into_iter().rev() {
        out.insert(k + 1, g);
    }
    // "took off for Delhi at 12.41 pm and landed at around 1.40 pm": a
    // landing joined to a departure that said where it was headed, and
    // naming no place itself, is there.
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (before, f) = (&done[k - 1], &mut rest[0]);
        if f.trig.kind == Kind::Arrive
            && !f.trig.noun
            && f.places.is_empty()
            && f.here.is_none()
            && before.trig.kind == Kind::Depart
            && (f.agents.is_empty() || f.agents == before.agents)
            && (before.trig.last..f.trig.first).any(|j| toks[j].lower == "and")
            // (Or from where it left: "left Moscow for Pyongyang and
            // arrived on Tuesday morning".)
            && let Some(&(p, Role::Toward)) = before.places.last()
            && matches!(places[p].kind, PlaceKind::Airport | PlaceKind::City)
        {
            f.places = vec![(p, Role::At)];
        }
    }
    // "left Camarillo for Nashville, a trip of just over four hours": a
    // flight whose length the text gives was flown.
    for f in out.iter_mut() {
        if f.trig.kind != Kind::Depart || !f.trig.factual || f.trig.negated {
            continue;
        }
        let [(_, Role::From), (b, Role::Toward)] = f.places[..] else {
            continue;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let mut k = places[b].last;
        if w(k) != "," {
            continue;
        }
        k += 1;
        if !["a", "an"].contains(&w(k)) {
            continue;
        }
        let Some(n) = (k + 1..(k + 6).min(s.last))
            .find(|&j| ["flight", "trip", "journey", "hop", "leg"].contains(&w(j)))
        else {
            continue;
        };
        if (k + 1..n).any(|j| !toks[j].is_word() || ["to", "from", "and"].contains(&w(j))) {
            continue;
        }
        let timed = (n + 1..(n + 8).min(s.last))
            .any(|j| ["hours", "hour", "minutes", "took", "lasting"].contains(&w(j)));
        if timed {
            f.trig.kind = Kind::Fly;
            f.places[1].1 = Role::To;
        }
    }
    // One stay told by two stay words, the first with no place of its own:
    // "spent the weekend parked at Nice airport" (its length told by the
    // first verb, its place by the second), "spent just under two hours on
    // the ground in Baku" (the two words a few apart).
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let timed_between = b.timex.is_none()
            && a.agents == b.agents
            && a.timex.is_some_and(|x| {
                timexes[x].first >= a.trig.last
                    && timexes[x].last <= b.trig.first
                    && b.trig.first <= timexes[x].last + 1
            });
        let close = a.sentence == b.sentence
            && b.trig.first >= a.trig.last
            && b.trig.first <= a.trig.last + 6;
        if a.trig.kind == Kind::Stay
            && b.trig.kind == Kind::Stay
            && a.places.is_empty()
            && a.here.is_none()
            && !b.places.is_empty()
            && (timed_between || close)
        {
            let a = out.remove(k - 1);
            let b = &mut out[k - 1];
            b.timex = b.timex.or(a.timex);
            b.stay_days = b.stay_days.or(a.stay_days);
            b.stay_hours |= a.stay_hours;
            continue;
        }
        k += 1;
    }
    // "returned to Malta, landing at 03:40 UTC on 17 August": the landing
    // that ends the return, its day the return's.
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.trig.kind == Kind::Arrive
            && b.trig.kind == Kind::Arrive
            && a.sentence == b.sentence
            && a.timex.is_none()
            && !a.places.is_empty()
            && b.places.is_empty()
            && b.timex.is_some()
            && toks[b.trig.first].lower.ends_with("ing")
            && b.trig.first > a.trig.last
            && b.trig.first - a.trig.last <= 8
            && toks[b.trig.first - 1].is(",")
            && (b.agents.is_empty() || a.agents == b.agents)
        {
            out[k - 1].timex = out[k].timex;
            out.remove(k);
            continue;
        }
        k += 1;
    }
    // "went back to Houston, heading for Hobby Airport": the same flight's
    // end told again, no departure of its own (and the airport the city's).
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if matches!(a.trig.kind, Kind::Fly | Kind::Arrive)
            && b.trig.kind == Kind::Depart
            && a.sentence == b.sentence
            && ["heading", "headed"].contains(&toks[b.trig.first].lower.as_str())
            && b.trig.first > a.trig.last
            && toks[b.trig.first - 1].is(",")
            && (b.agents.is_empty() || a.agents == b.agents)
            && let [(bp, Role::Toward)] = b.places[..]
            && let Some(&(ap, _)) = a
                .places
                .iter()
                .rev()
                .find(|(_, r)| matches!(r, Role::To | Role::At))
            && ap < bp
            && (b.trig.first..places[bp].first).all(|j| !toks[j].is(","))
        {
            let (x, y) = (&places[ap].place, &places[bp].place);
            if x.code != y.code && x.airports.contains(&y.code) {
                for (p, _) in out[k - 1].places.iter_mut() {
                    if *p == ap {
                        *p = bp;
                    }
                }
            }
            if x.code == y.code || x.airports.contains(&y.code) {
                out.remove(k);
                continue;
            }
        }
        k += 1;
    }
    out
}

/// "carrying 162 evacuees from South Sudan", "migrants expelled from San
/// Diego", "Hondurans deported from the United States": the place (its
/// first token `first`, after "from" and perhaps "the") is where the people
/// or the goods came from, not the flight.
fn people_from(toks: &[Tok], first: usize) -> bool {
    let mut k = first;
    if k > 0 && toks[k - 1].lower == "the" {
        k -= 1;
    }
    // ("carrying Australian citizens out of Lebanon": from it.)
    if k >= 3 && after_out_of(toks, k) {
        k -= 1;
    }
    if k < 2 || !(toks[k - 1].lower == "from" || toks[k - 1].lower == "out") {
        return false;
    }
    let w = |i: usize| toks[i].lower.as_str();
    const PEOPLE: [&str; 20] = [
        "evacuees",
        "passengers",
        "troops",
        "deportees",
        "nationals",
        "migrants",
        "refugees",
        "citizens",
        "soldiers",
        "officials",
        "delegation",
        "aid",
        "supplies",
        "cargo",
        "equipment",
        "weapons",
        "people",
        "detainees",
        "prisoners",
        "returnees",
    ];
    // (Not "flown to Atlanta without passengers from Incheon": no one
    // came from there but the aircraft.)
    if PEOPLE.contains(&w(k - 2)) {
        return !(k >= 3 && ["without", "no", "empty"].contains(&w(k - 3)));
    }
    let done = [
        "expelled",
        "deported",
        "evacuated",
        "rescued",
        "removed",
        "flown",
        "repatriated",
    ];
    // ("nationals evacuated overland from Iran": past a manner word.)
    if k >= 4
        && (["overland", "safely", "home", "out", "earlier"].contains(&w(k - 2))
            || w(k - 2).ends_with("ly"))
        && done.contains(&w(k - 3))
        && PEOPLE.contains(&w(k - 4))
    {
        return true;
    }
    // ("Hondurans deported from", "88 Brazilians deported from".)
    if k >= 3
        && done.contains(&w(k - 2))
        && (PEOPLE.contains(&w(k - 3))
            || (toks[k - 3].cap && toks[k - 3].lower.ends_with('s') && toks[k - 3].is_word()))
    {
        return true;
    }
    // ("carrying French nationals and citizens of other countries
    // evacuated from Niger": the people further back in the clause.)
    k >= 4
        && done.contains(&w(k - 2))
        && w(k - 2) != "flown"
        && (k.saturating_sub(12)..k - 2).any(|j| PEOPLE.contains(&w(j)))
        && (k.saturating_sub(12)..k - 2).all(|j| {
            (toks[j].is_word() || toks[j].is(","))
                && !["who", "that", "which", "had", "have", "has"].contains(&w(j))
        })
}

/// True when token `i` comes right after "out of" ("flew evacuees out of
/// Tunisia").
pub(crate) fn after_out_of(toks: &[Tok], i: usize) -> bool {
    i >= 2 && toks[i - 1].lower == "of" && toks[i - 2].lower == "out"
}

/// "the first A380 to land at X", "the largest aircraft ever to touch
/// down in X", before the trigger `t` in its sentence: X, the place of a
/// record told in the subject.
fn record_landing_place(
    doc: &Doc,
    s: &Sentence,
    t: &Trigger,
    places: &[PlaceMention],
    places_here: &[usize],
) -> Option<usize> {
    let toks = &doc.toks;
    let w = |i: usize| doc.word(i);
    (s.first..t.first).find_map(|i| {
        if w(i) != "to" || i < 1 {
            return None;
        }
        let verb = match w(i + 1) {
            "land" => i + 2,
            "touch" if w(i + 2) == "down" => i + 3,
            "arrive" => i + 2,
            _ => return None,
        };
        if !["at", "in", "on"].contains(&w(verb)) {
            return None;
        }
        let record = (i.saturating_sub(6).max(s.first)..i).any(|k| {
            [
                "first", "largest", "biggest", "heaviest", "ever", "only", "longest", "last",
            ]
            .contains(&w(k))
        });
        if !record {
            return None;
        }
        places_here
            .iter()
            .copied()
            .find(|&p| {
                places[p].first == verb + 1
                    || (places[p].first == verb + 2 && toks[verb + 1].lower == "the")
            })
            .filter(|&p| places[p].last <= t.first)
    })
}

/// The aside ", where … ," told of a place after "from" that the
/// sentence's verb at token `verb` follows at once ("The flight from
/// Larnaca Airport, where those fleeing were first brought, arrived at
/// Stansted"): the tokens from the place's end to the aside's closing
/// comma, if there is one.
fn from_place_aside(
    doc: &Doc,
    s: &Sentence,
    places: &[PlaceMention],
    verb: usize,
) -> Option<(usize, usize)> {
    let toks = &doc.toks;
    if verb < s.first + 4 || !toks[verb - 1].is(",") {
        return None;
    }
    let close = verb - 1;
    let open = (s.first..close).rev().find(|&k| toks[k].is(","))?;
    if !["where", "which", "who", "whose"].contains(&doc.word(open + 1)) {
        return None;
    }
    places
        .iter()
        .find(|p| p.last == open && p.prep.as_deref() == Some("from") && p.first >= s.first)
        .map(|_| (open, close))
}

/// Ground no aircraft is based at: a landing "in a soybean field", "on the
/// freeway", "on an oil platform" is off any airfield.
const OFF_FIELD: &[&str] = &[
    "field",
    "pasture",
    "paddock",
    "meadow",
    "farm",
    "farmland",
    "cornfield",
    "road",
    "roadway",
    "highway",
    "freeway",
    "motorway",
    "street",
    "beach",
    "sandbank",
    "lake",
    "river",
    "sea",
    "water",
    "ocean",
    "bay",
    "park",
    "golf",
    "yard",
    "backyard",
    "garden",
    "school",
    "playground",
    "rig",
    "platform",
    "ice",
    "median",
    "reservation",
    "lanes",
    "traffic",
    "hillside",
    "clearing",
    "marsh",
];

/// Words of an airfield: a landing told with one of them before or just
/// after the ground ("on the ice runway", "in a field by the airport") is
/// on an airfield.
const FIELD_WORDS: &[&str] = &["runway", "airstrip", "strip", "airfield", "airport", "base"];

/// The preposition before the ground a landing trigger puts the aircraft
/// down on, when that ground is no airfield: "landed his single-engine
/// Cessna in a field", "made an emergency landing on the school's field",
/// "set down on the Ula platform". Not a named field ("at Boeing Field"),
/// not a runway's surface ("on the ice runway").
fn off_field_landing(doc: &Doc, s: &Sentence, t: &Trigger) -> Option<usize> {
    let toks = &doc.toks;
    let words = toks.get(t.first..t.last.max(t.first + 1))?;
    let landing = words
        .iter()
        .any(|x| x.lower.starts_with("land") || x.lower == "crash-landed")
        || words.last().is_some_and(|x| x.lower == "down");
    if !landing || t.negated {
        return None;
    }
    let end = (t.last + 10).min(s.last);
    let mut k = t.last;
    while k < end {
        let x = &toks[k];
        if [",", ";", ":", "(", "\u{2014}"].iter().any(|p| x.is(p))
            || ["but", "before", "after", "and", "then"].contains(&x.lower.as_str())
            || FIELD_WORDS.contains(&x.lower.as_str())
        {
            return None;
        }
        if ["in", "on", "onto", "into", "at"].contains(&x.lower.as_str()) {
            for j in k + 1..(k + 8).min(s.last) {
                let y = &toks[j];
                if !y.is_word()
                    || [
                        "with", "for", "carrying", "and", "to", "from", "after", "before",
                    ]
                    .contains(&y.lower.as_str())
                {
                    break;
                }
                let sport = [
                    "soccer", "football", "sports", "baseball", "cricket", "rugby",
                ]
                .contains(&toks[j - 1].lower.as_str());
                if OFF_FIELD.contains(&y.lower.as_str())
                    && (!y.cap || sport)
                    && !toks
                        .get(j + 1..(j + 4).min(s.last))
                        .is_some_and(|r| r.iter().any(|z| FIELD_WORDS.contains(&z.lower.as_str())))
                {
                    return Some(k);
                }
                if FIELD_WORDS.contains(&y.lower.as_str()) {
                    return None;
                }
            }
        }
        k += 1;
    }
    None
}

/// True for a landing nobody planned, its trigger at `i`: "emergency
/// landing", "unscheduled landing", "was forced to land".
pub(crate) fn unplanned_landing(toks: &[Tok], i: usize) -> bool {
    let unplanned = ["emergency", "unscheduled", "precautionary", "forced"];
    let w = |k: usize| toks[k].lower.as_str();
    unplanned.contains(&w(i))
        || (w(i) == "landing" && i >= 1 && unplanned.contains(&w(i - 1)))
        || (w(i) == "land" && i >= 2 && w(i - 1) == "to" && w(i - 2) == "forced")
}

/// Vehicles on the road, whose stays are no aircraft's (ambulances apart:
/// an air ambulance is an aircraft).
const GROUND_VEHICLES: &[&str] = &[
    "car",
    "cars",
    "vehicle",
    "vehicles",
    "truck",
    "trucks",
    "lorry",
    "lorries",
    "bus",
    "buses",
    "limousine",
    "limousines",
    "motorcade",
    "convoy",
    "van",
    "vans",
    "suv",
    "suvs",
];

/// The words between two aircraft joined by "along with" whose second is
/// told by a description and its name in apposition: "The B-17 along with
/// another historic World War II aircraft, the B-25 Mitchell, landed" (the
/// description's noun and name are the second aircraft's; the words here
/// only lead up to them).
fn along_np(gap: &[Tok]) -> bool {
    let lead = match gap {
        [a, b, rest @ ..]
            if (["along", "together"].contains(&a.lower.as_str()) && b.lower == "with")
                || (a.lower == "accompanied" && b.lower == "by") =>
        {
            rest
        }
        _ => return false,
    };
    !lead.is_empty()
        && lead.len() <= 7
        && lead
            .iter()
            .all(|x| x.is_word() || x.kind == TokKind::Number)
        && !lead.iter().any(|x| {
            [
                "and", "or", "which", "that", "who", "were", "was", "is", "are",
            ]
            .contains(&x.lower.as_str())
        })
}
