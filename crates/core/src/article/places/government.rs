//! Places used for a government ("Moscow said", "relations with
//! Managua", "Russia's defence ministry"), not as places.

use crate::article::gazetteer::squash;
use crate::article::tables;
use crate::article::text::Doc;

use super::{PlaceKind, PlaceMention};

const GOV_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "warned",
    "warns",
    "denied",
    "denies",
    "accused",
    "accuses",
    "called",
    "calls",
    "rejects",
    "rejected",
    "dismissed",
    "dismisses",
    "has",
    "have",
    "had",
    "did",
    "does",
    "is",
    "was",
    "promised",
    "promises",
    "ordered",
    "orders",
    "ended",
    "allowed",
    "allows",
    "announced",
    "announces",
    "insists",
    "insisted",
    "responded",
    "claims",
    "claimed",
    "argues",
    "argued",
    "wants",
    "wanted",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "might",
    "declined",
    "refused",
    "refuses",
    "confirmed",
    "confirms",
    "considers",
    "considered",
    "condemned",
    "condemns",
    "protested",
    "protests",
    "welcomed",
    "welcomes",
    "believes",
    "blamed",
    "blames",
    "sees",
    "saw",
    "hopes",
    "expects",
    "placed",
    "imposed",
    "sanctioned",
    "signed",
    "ties",
    "relations",
    "and",
];

const INSTITUTIONS: &[&str] = &[
    "government",
    "ministry",
    "foreign",
    "defence",
    "defense",
    "military",
    "president",
    "presidency",
    "embassy",
    "leadership",
    "authorities",
    "officials",
    "state",
    "air",
    "navy",
    "army",
    "armed",
    "security",
    "interior",
    "prime",
    "leader",
    "regime",
    "parliament",
    "envoy",
    "ambassador",
    "information",
    "communications",
    "civil",
    "national",
    "central",
    "border",
    "customs",
    "intelligence",
    "opposition",
    "justice",
    "transport",
    "aviation",
    "sanctions",
    "treasury",
    "relations",
    "ties",
    "deputy",
    "vice",
    "first",
];

/// "Moscow said", "Washington warned", "relations with Managua",
/// "Russia's defence ministry": a government, not a place; and the place a
/// report was told in ("told journalists at a briefing in Lusaka"), which is
/// no place of a movement either.
pub(super) fn mark_government(doc: &Doc, out: &mut [PlaceMention]) {
    let toks = &doc.toks;
    let capital_or_country = |p: &PlaceMention| {
        p.kind == PlaceKind::Country
            || tables::CAPITALS
                .iter()
                .any(|(c, name)| *c == p.place.country && squash(name) == squash(&p.place.text))
    };
    let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    for k in 0..out.len() {
        let p = &out[k];
        // "a KC-135R from the Kansas Air National Guard": a unit, not a place.
        if (w(p.last) == "air" && w(p.last + 1) == "national" && w(p.last + 2) == "guard")
            || (w(p.last) == "national" && w(p.last + 1) == "guard")
            || (w(p.last) == "air" && w(p.last + 1) == "guard")
        {
            out[k].government = true;
            continue;
        }
        // "flown by helicopter to Tampa General Hospital", "Royal Adelaide
        // Hospital": a hospital, not the city's airport.
        let hospital = w(p.last) == "hospital"
            || ([
                "general",
                "children's",
                "university",
                "regional",
                "memorial",
                "medical",
            ]
            .contains(&w(p.last))
                && ["hospital", "center", "centre", "clinic"].contains(&w(p.last + 1)));
        if hospital {
            out[k].landmark = true;
            continue;
        }
        // "landed there rather than at Mildenhall", "instead of in Riga":
        // the place it did not go to.
        let b = p.first.saturating_sub(usize::from(
            ["at", "in", "to"].contains(&w(p.first.saturating_sub(1))),
        ));
        if b >= 2
            && ((w(b - 2) == "rather" && w(b - 1) == "than")
                || (w(b - 2) == "instead" && w(b - 1) == "of"))
        {
            out[k].landmark = true;
            continue;
        }
        if !capital_or_country(p) {
            continue;
        }
        let next: Vec<&str> = (p.last..(p.last + 3).min(toks.len()))
            .map(|j| toks[j].lower.as_str())
            .collect();
        let prev: Vec<&str> = (p.first.saturating_sub(3)..p.first)
            .map(|j| toks[j].lower.as_str())
            .collect();
        let mut gov = false;
        // "Moscow said", "Minsk has not commented", "Moscow and Managua have".
        if let Some(n) = next.first() {
            if GOV_VERBS.contains(n) && *n != "and" && *n != "ties" && *n != "relations" {
                gov = !matches!(
                    p.prep.as_deref(),
                    Some("in" | "at" | "to" | "from" | "into")
                );
            }
            if *n == "and"
                && let Some(q) = out.get(k + 1)
                && q.first == p.last + 1
                && capital_or_country(q)
                && toks
                    .get(q.last)
                    .is_some_and(|t| GOV_VERBS.contains(&t.lower.as_str()) && t.lower != "and")
                && p.prep.is_none()
            {
                gov = true;
            }
        }
        // "Brussels, which … sanctions list, has not commented".
        if next.first() == Some(&",")
            && next.get(1).is_some_and(|w| ["which", "who"].contains(w))
            && let Some(c) = (p.last + 2..(p.last + 30).min(toks.len())).find(|&j| toks[j].is(","))
            && toks
                .get(c + 1)
                .is_some_and(|t| GOV_VERBS.contains(&t.lower.as_str()) && t.lower != "and")
        {
            gov = true;
        }
        // "on contract to the US military", "the Russian embassy": the
        // government's.
        if next.first().is_some_and(|n| {
            [
                "military",
                "government",
                "embassy",
                "ministry",
                "army",
                "navy",
                "authorities",
                "officials",
                "regime",
                "administration",
                "forces",
                "troops",
            ]
            .contains(n)
        }) && !(next.first() == Some(&"military")
            && next
                .get(1)
                .is_some_and(|w| ["airport", "airfield", "aerodrome"].contains(w)))
        {
            gov = true;
        }
        // "Russia's defence ministry", "Venezuela's communications ministry".
        if next.len() >= 3 && next[0] == "'" && next[1] == "s" && INSTITUTIONS.contains(&next[2]) {
            gov = true;
        }
        // "between Washington and Moscow", "ties with Managua"; not
        // "flights between Minsk and Caracas", "shuttled between …".
        let travel = |j: usize| {
            [
                "flights",
                "flight",
                "flew",
                "flying",
                "flies",
                "shuttled",
                "shuttling",
                "sorties",
                "rotations",
                "route",
                "routes",
                "trips",
                "hops",
                "travelled",
                "traveled",
            ]
            .contains(&toks[j].lower.as_str())
        };
        let between_travel = (p.first.saturating_sub(3)..p.first)
            .find(|&j| toks[j].lower == "between")
            .is_some_and(|j| j > 0 && travel(j - 1));
        if (prev.contains(&"between") && !between_travel)
            || (prev.last() == Some(&"with")
                && prev.iter().any(|w| {
                    [
                        "relations",
                        "ties",
                        "talks",
                        "agreements",
                        "links",
                        "dealings",
                    ]
                    .contains(w)
                }))
        {
            gov = true;
        }
        // "demanded explanations from Washington", "a request from Moscow".
        if prev.last() == Some(&"from")
            && prev.len() >= 2
            && [
                "explanations",
                "explanation",
                "answers",
                "assurances",
                "guarantees",
                "request",
                "requests",
                "pressure",
                "criticism",
                "demand",
                "demands",
                "response",
                "approval",
                "permission",
                "orders",
                "instructions",
                "support",
                "funding",
            ]
            .contains(&prev[prev.len() - 2])
        {
            gov = true;
        }
        if gov {
            out[k].government = true;
        }
    }
    // Where a report was told, not where anything flew: "the minister said
    // in Lusaka", "told journalists at a briefing in Lusaka", "said at a
    // news conference in Lusaka".
    // (Unless it is the only place the story has named so far: "'The
    // aircraft landed at 7.20,' a spokeswoman told reporters in Tashkent.")
    for k in 0..out.len() {
        let named_before = out[..k].iter().any(|q| !q.government);
        let p = &mut out[k];
        if !named_before || !matches!(p.prep.as_deref(), Some("in" | "at")) {
            continue;
        }
        let mut j = p.first;
        while j > 0 && p.first - j < 8 {
            j -= 1;
            let w = toks[j].lower.as_str();
            if [
                "said",
                "told",
                "says",
                "tells",
                "announced",
                "speaking",
                "briefed",
            ]
            .contains(&w)
            {
                p.government = true;
                break;
            }
            if ![
                "in",
                "at",
                "a",
                "an",
                "the",
                "reporters",
                "journalists",
                "media",
                "briefing",
                "news",
                "press",
                "conference",
                "statement",
                "interview",
                "during",
                "on",
                "them",
                "parliament",
                "lawmakers",
                "mps",
            ]
            .contains(&w)
            {
                break;
            }
        }
    }
    // The same for the places of a list that follow "relations with A, B and C".
    for k in 1..out.len() {
        if out[k - 1].government && capital_or_country(&out[k]) {
            // (Places described around a name may overlap the one before.)
            let Some(gap) = toks.get(out[k - 1].last..out[k].first) else {
                continue;
            };
            if gap.len() <= 1 && gap.iter().all(|t| t.is(",") || t.lower == "and") {
                out[k].government = true;
            }
        }
    }
}
