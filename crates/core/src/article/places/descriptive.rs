//! Descriptive places: "the capital's airport", "the Brazilian capital",
//! "Venezuela's biggest international airport" stand for the capital of the
//! country meant.

use std::collections::HashMap;

use crate::article::gazetteer::{Gazetteer, squash};
use crate::article::tables;
use crate::article::text::Doc;

use super::{CityPlaces, PlaceKind, PlaceMention, told_at};

/// "the capital's airport", "the Brazilian capital", "Venezuela's biggest
/// international airport": the capital of the country meant.
pub(super) fn descriptive(
    text: &str,
    doc: &Doc,
    g: &Gazetteer,
    city_places: &mut CityPlaces,
    out: &mut Vec<PlaceMention>,
    weight: &HashMap<&'static str, f64>,
    used: &[bool],
) {
    let toks = &doc.toks;
    let main_country = weight
        .iter()
        .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
        .map(|(c, _)| *c);
    // The dateline's country, else the story's.
    let home: Option<&str> = doc
        .dateline
        .and_then(|(a, b)| out.iter().find(|p| p.first >= a && p.last <= b))
        .map(|p| p.place.country.as_str())
        .or(main_country);
    let mut found: Vec<PlaceMention> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if used[i] {
            continue;
        }
        let next = |k: usize| toks.get(i + k).map(|t| t.lower.as_str()).unwrap_or("");
        // "the capital's airport" / "the capital" / "the Brazilian capital".
        let mut hit: Option<(usize, usize, &'static str)> = None;
        // "the capital of Peru" is Lima, "the capital of South Sudan" Juba:
        // the country the place stage read after "of" (a country by its
        // name, not a US state read as the country); "the capital of Ceará",
        // a state's capital, is no country's.
        let after_of = (t.lower == "capital" && next(1) == "of").then(|| {
            let at = if next(2) == "the" { i + 3 } else { i + 2 };
            (at, out.iter().find(|p| p.first == at))
        });
        let of_country: Option<(&'static str, usize)> = after_of.and_then(|(_, p)| {
            let p = p.filter(|p| p.kind == PlaceKind::Country)?;
            let key = squash(&text[toks[p.name.0].start..toks[p.name.1 - 1].end]);
            tables::COUNTRIES
                .iter()
                .find(|(n, _)| squash(n) == key)
                .map(|(_, k)| (*k, p.last))
        });
        let of_region = of_country.is_none()
            && after_of.is_some_and(|(at, _)| toks.get(at).is_some_and(|n| n.cap));
        if t.lower == "capital" && i > 0 && !of_region {
            let prev = toks[i - 1].lower.as_str();
            // "took off from the capital Ankara", "the South Sudanese
            // capital, Juba": the name beside it says whose capital.
            let named_beside: Option<&'static str> = out
                .iter()
                .find(|p| p.first == i + 1 || (next(1) == "," && p.first == i + 2))
                .and_then(|p| tables::capital(&p.place.country))
                .map(|(k, _)| *k);
            let country = if let Some((k, _)) = of_country {
                Some(k)
            } else if named_beside.is_some() {
                named_beside
            } else if prev == "the" {
                // The capital of the country the story is about, or of the
                // country named last.
                // (Not the origin just named: "made the trip from
                // Brownsville, Texas, to the capital" in a story from
                // Guatemala City is Guatemala's.)
                let to_capital = i >= 2 && toks[i - 2].lower == "to";
                out.iter()
                    .chain(found.iter())
                    .rev()
                    .find(|p| p.last <= i)
                    .filter(|p| {
                        !(to_capital
                            && out.iter().any(|q| {
                                q.prep.as_deref() == Some("from")
                                    && q.last <= i
                                    && i - q.last < 8
                                    && q.place.country == p.place.country
                            })
                            && home.is_some_and(|m| m != p.place.country))
                    })
                    .map(|p| p.place.country.as_str())
                    .or(if to_capital { home } else { None })
                    .and_then(tables::capital)
                    .map(|(k, _)| *k)
                    .or(main_country)
            } else if i >= 2
                // (Not "the South Sudanese capital", "the East Timorese
                // capital": a country's own compass word.)
                && [
                    "west", "western", "eastern", "northern", "southern", "state", "provincial",
                    "regional",
                ]
                .contains(&toks[i - 2].lower.as_str())
            {
                // ("returned to the West Australian capital": Perth, a
                // state's capital, not Canberra.)
                continue;
            } else {
                tables::demonym(prev)
            };
            let start = if prev == "the" {
                i - 1
            } else if i >= 2 && toks[i - 2].lower == "the" {
                i - 2
            } else {
                i - 1
            };
            let mut end = of_country.map_or(i + 1, |(_, last)| last);
            // "the capital's airport": the airport word belongs to it.
            if next(1) == "'" && next(2) == "s" && ["airport", "airports"].contains(&next(3)) {
                if next(3) == "airports" {
                    continue;
                }
                end = i + 4;
            }
            if let Some(c) = country {
                hit = Some((start, end, c));
            }
        }
        // "was airborne from the Cypriot airport": the airport of that
        // country the story named last (Larnaca).
        if t.lower == "the"
            && toks.get(i + 1).is_some_and(|n| n.cap)
            && ["airport", "airfield"].contains(&next(2))
            && let Some(c) = tables::demonym(next(1)).or_else(|| adjective_country(next(1)))
            && let Some(p) = out
                .iter()
                .chain(found.iter())
                .rev()
                .find(|p| p.last <= i && p.place.country == c && p.place.is_airport())
        {
            found.push(told_at(doc, (i, i + 3), p.place.clone(), p.kind, p.city));
            continue;
        }
        // "Venezuela's biggest international airport", "Brasília's international airport".
        if hit.is_none() && t.is("'") && next(1) == "s" && i > 0 {
            let mut j = i + 2;
            while j < toks.len()
                && [
                    "main",
                    "biggest",
                    "largest",
                    "principal",
                    "international",
                    "busiest",
                    "only",
                    "civilian",
                    "military",
                ]
                .contains(&toks[j].lower.as_str())
            {
                j += 1;
            }
            // "out of Haiti's violence-ravaged capital Port-au-Prince": the
            // country's capital, with the name told after it.
            let mut k = j;
            while k < (i + 8).min(toks.len())
                && !toks[k].cap
                && (toks[k].is_word() || toks[k].is("-"))
                && toks[k].lower != "capital"
            {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| t.lower == "capital")
                && let Some(p) = out.iter().find(|p| p.last == i)
                && p.kind == PlaceKind::Country
                && let Some((c, _)) = tables::capital(&p.place.country)
            {
                let end = out
                    .iter()
                    .find(|q| q.first == k + 1 && q.place.country == *c)
                    .map_or(k + 1, |q| q.last);
                hit = Some((p.first, end, c));
            }
            if hit.is_none()
                && toks.get(j).is_some_and(|t| t.lower == "airport")
                && j > i + 2
                && let Some(p) = out.iter().find(|p| p.last == i)
            {
                let country = p.place.country.clone();
                if p.kind == PlaceKind::Country
                    && let Some((c, _)) = tables::capital(&country)
                {
                    hit = Some((p.first, j + 1, c));
                } else if p.kind == PlaceKind::City {
                    // "Brasília's international airport": the city's.
                    let mut q = p.clone();
                    q.last = j + 1;
                    q.name = (p.first, j + 1);
                    found.push(q);
                    continue;
                }
            }
        }
        let Some((a, b, country)) = hit else {
            continue;
        };
        let Some((_, capital)) = tables::capital(country) else {
            continue;
        };
        let idx = g.city_named(capital);
        let words = text[toks[a].start..toks[b - 1].end].to_string();
        let place = idx.and_then(|i| city_places.place(g, i, country, &words));
        let Some(mut place) = place else {
            continue;
        };
        // "landed at Ezeiza … after its forced return to the Argentine
        // capital": the capital's airport the story named before, when it
        // is near the capital's main one.
        let table = crate::airports::airports();
        if let Some(main) = table.get(&place.code)
            && let Some(named) = out.iter().rev().find(|p| {
                p.last <= a
                    && p.kind == PlaceKind::Airport
                    && p.place.is_airport()
                    && p.place.country == place.country
                    && table.get(&p.place.code).is_some_and(|x| {
                        crate::geo::haversine_km(x.lat, x.lon, main.lat, main.lon) < 60.0
                    })
            })
        {
            place.code = named.place.code.clone();
            place.airports = named.place.airports.clone();
        }
        found.push(told_at(doc, (a, b), place, PlaceKind::City, idx));
    }
    // A possessive phrase replaces the country or city it starts with.
    for f in found {
        out.retain(|p| !(p.first >= f.first && p.last <= f.last));
        out.push(f);
    }
    out.sort_by_key(|p| p.first);
}

/// The country an adjective not in the demonym table names, by its stem
/// ("cypriot" is Cyprus, "lebanese" Lebanon): only for "the Cypriot
/// airport", where an airport of that country was named before.
fn adjective_country(word: &str) -> Option<&'static str> {
    let stem = ["ian", "ese", "ot", "ish", "an", "i", "ic"]
        .iter()
        .find_map(|s| word.strip_suffix(s))?;
    if stem.len() < 4 {
        return None;
    }
    let mut found = tables::COUNTRIES
        .iter()
        .filter(|(name, _)| name.starts_with(&stem[..4]))
        .map(|(_, c)| *c);
    let first = found.next()?;
    found.all(|c| c == first).then_some(first)
}
