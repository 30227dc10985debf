//! Stage 2c: places. The gazetteer's names of countries, cities, airports
//! and air bases, kept when the text uses them as places (a capitalised
//! name; a weak name, such as an air base that is also a town, only after
//! "at", "from", "to"… or before "airport"), plus "X airport" for any field
//! in the table and the descriptive places ("the capital's airport",
//! "Venezuela's biggest international airport", "the Brazilian capital").
//! A name shared by several cities is decided by the country named beside
//! it ("Santa Cruz, in Bolivia") or, failing that, by the countries the
//! story names (Valencia in a Venezuelan story is Venezuela's). Each place
//! says whether the text uses it for a government ("Moscow said") or as a
//! landmark ("near Latakia", "over Rabat"), and which preposition governs it.
//!
//! This file finds the mentions ([`find`]); beside it, under places/:
//! `descriptive.rs` ("the capital's airport"), `merge.rs` (a place joined
//! with what qualifies it: "Dakar, Senegal", "Moscow's Vnukovo") and
//! `government.rs` (the places used for a government).

use std::collections::HashMap;

use super::Place;
use super::gazetteer::{Entry, Gazetteer, Hit, squash};
use super::tables;
use super::text::{Doc, Tok, TokKind};
use crate::airports::{Kind, airports};
use crate::geo::haversine_km;

mod descriptive;
mod government;
mod merge;

use descriptive::descriptive;
use government::mark_government;
use merge::merge;

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A city (its airports).
    City,
    /// One airport or air base.
    Airport,
    /// A region named after a city ("the Moscow region").
    Region,
}

/// A place named in the text.
#[derive(Debug, Clone)]
pub struct PlaceMention {
    /// First token of the whole phrase ("Moscow's Vnukovo airport").
    pub first: usize,
    /// Past its last token.
    pub last: usize,
    /// The tokens read as the place (the evidence).
    pub name: (usize, usize),
    /// What it resolves to.
    pub place: Place,
    /// Country, city, airport or region.
    pub kind: PlaceKind,
    /// The city, when it is one, for deciding later between its airports.
    pub city: Option<u32>,
    /// The text uses it for a government ("Moscow said").
    pub government: bool,
    /// A landmark, not where anything landed ("near Latakia", "over Rabat").
    pub landmark: bool,
    /// The preposition before it ("from", "to", "at"…), if any.
    pub prep: Option<String>,
}

const PREPS: &[&str] = &[
    "at", "in", "to", "from", "into", "via", "through", "for", "toward", "towards", "on", "onto",
    "near", "outside", "over", "off", "of", "past", "above", "across", "around", "between", "with",
    "and", "reached", "left", "leaving", "departed", "visited", "reaching", "called", "landed",
];

/// Nouns that describe a place before its name: "the port city of",
/// "the Gulf state of", "the island of", "the Russian exclave of".
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "port",
    "capital",
    "state",
    "island",
    "islands",
    "province",
    "region",
    "resort",
    "exclave",
    "enclave",
    "village",
    "republic",
    "emirate",
    "kingdom",
    "nation",
    "peninsula",
    "oasis",
    "territory",
    "archipelago",
    "hub",
    "county",
    "district",
];

/// Words between a preposition and its place that do not matter.
const FILLERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "nearby",
    "military",
    "remote",
    "main",
    "civilian",
    "same",
    "russian",
    "venezuelan",
    "syrian",
    "cuban",
    "belarusian",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "-",
    // ("landed at the relatively small Peter O. Knight Airport", "at the
    // tiny Branson airport": a size or standing before the name.)
    "small",
    "smaller",
    "tiny",
    "little",
    "busy",
    "relatively",
    "much",
    "very",
    "large",
    "larger",
    "major",
    "regional",
    "local",
    "municipal",
    "private",
    "former",
    "disused",
];

/// Compass words before a place ("in north-eastern Syria").
pub(crate) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

const LANDMARK: &[&str] = &[
    "near", "outside", "over", "off", "above", "across", "past", "around", "beyond",
];

/// A city's place for one reading ([`city_airports`]): a story names its
/// cities again and again, and the answer hangs on the city and the
/// country only, so each is worked out once.
#[derive(Default)]
struct CityPlaces {
    known: HashMap<(u32, &'static str), Option<CityAirports>>,
}

/// The code that stands for a city, and the airports it covers.
type CityAirports = (String, Vec<String>);

impl CityPlaces {
    fn place(
        &mut self,
        g: &Gazetteer,
        idx: u32,
        country: &'static str,
        text: &str,
    ) -> Option<Place> {
        let (code, airports) = self
            .known
            .entry((idx, country))
            .or_insert_with(|| city_airports(g, idx, country))
            .clone()?;
        Some(Place {
            text: text.to_string(),
            code,
            airports,
            country: country.to_string(),
        })
    }
}

/// The large and medium airports of city `idx` in `country` (those the
/// table files under its name, and those within 50 km: Dakar's is at
/// Diass), with the code that stands for them: the one airport, the one
/// large airport, or the country.
fn city_airports(g: &Gazetteer, idx: u32, country: &str) -> Option<CityAirports> {
    let city = g.cities.get(idx as usize)?;
    let own: Vec<String> = city
        .airports
        .iter()
        .filter(|i| airports().get(i).is_some_and(|a| a.country == country))
        .map(|s| s.to_string())
        .collect();
    if own.is_empty() {
        return None;
    }
    let mut list = own.clone();
    let mut near = Vec::new();
    for icao in &list {
        let Some(a) = airports().get(icao) else {
            continue;
        };
        for c in airports().near(a.lat, a.lon, 50.0) {
            let b = c.airport;
            if matches!(b.kind, Kind::Large | Kind::Medium) && b.country == country {
                near.push(b.icao.to_string());
            }
        }
    }
    list.extend(near);
    list.sort();
    list.dedup();
    let large: Vec<&String> = list
        .iter()
        .filter(|i| airports().get(i).is_some_and(|a| a.kind == Kind::Large))
        .collect();
    // The one large airport, else the one the table files under the city
    // (Valencia's, not the air base 40 km away), else the country.
    let own_large: Vec<&String> = own
        .iter()
        .filter(|i| airports().get(i).is_some_and(|a| a.kind == Kind::Large))
        .collect();
    // Cities of two large airports that the table files under different
    // towns (Dubai's second is at Jebel Ali): the country, as for Moscow.
    let two_large = ["dubai"].contains(&super::fold(city.name).as_str());
    // (Of a city's two large airports, the one named "<city> International
    // Airport" when its runway is the longest too: Orlando's, not
    // Sanford's.)
    let city_intl = {
        let forms = [
            format!("{} international airport", super::fold(city.name)),
            format!("{} airport", super::fold(city.name)),
        ];
        let longest = own_large
            .iter()
            .filter_map(|i| airports().get(i))
            .map(|a| a.runway_ft.unwrap_or(0))
            .max();
        let named: Vec<&&String> = own_large
            .iter()
            .filter(|i| {
                airports().get(i).is_some_and(|a| {
                    forms.contains(&super::fold(a.name))
                        && Some(a.runway_ft.unwrap_or(0)) == longest
                })
            })
            .collect();
        match named[..] {
            [one] => Some((*one).clone()),
            _ => None,
        }
    };
    let code = if two_large {
        country.to_string()
    } else if own_large.len() == 1 {
        own_large[0].clone()
    } else if let Some(c) = city_intl {
        c
    } else if own_large.len() > 1 {
        country.to_string()
    } else {
        // A city with no large airport of its own: the airport named after
        // it ("Teterboro", "Van Nuys": not the big one 20 km away), else the
        // one with airline service.
        let city_key = super::fold(city.name);
        let named: Vec<&String> = own
            .iter()
            .filter(|i| {
                airports()
                    .get(i)
                    .is_some_and(|a| super::gazetteer::name_forms(a.name).contains(&city_key))
            })
            .collect();
        let scheduled: Vec<&String> = own
            .iter()
            .filter(|i| airports().get(i).is_some_and(|a| a.scheduled))
            .collect();
        // The big airport nearby when it bears the city's name too ("Dallas"
        // is Dallas-Fort Worth, not Love Field), else the town's one field
        // (La Carlota is Caracas's military field, not Maiquetía 20 km off).
        let large_of_city = large.len() == 1
            && airports()
                .get(large[0])
                .is_some_and(|a| super::fold(a.city).contains(&city_key));
        // Two medium airports with airline service, one with a runway half
        // as long again as the other's: the city's main airport (San José's
        // Juan Santamaría, not Tobías Bolaños).
        let mut runways: Vec<(u32, &String)> = scheduled
            .iter()
            .filter_map(|i| airports().get(i).map(|a| (a.runway_ft.unwrap_or(0), *i)))
            .collect();
        runways.sort_by_key(|r| std::cmp::Reverse(r.0));
        // (Not two towns of one name: Augusta, Georgia and Augusta, Maine.)
        let one_town = |x: &String| {
            let a = airports().get(x);
            scheduled.iter().all(|y| match (a, airports().get(y)) {
                (Some(a), Some(b)) => haversine_km(a.lat, a.lon, b.lat, b.lon) < 60.0,
                _ => false,
            })
        };
        // (Of a town's civil airport and its air force base, the civil
        // one: Ndola's Simon Mwansa Kapwepwe, not Peter Zuze Air Force Base.)
        let civil: Vec<&String> = scheduled
            .iter()
            .copied()
            .filter(|i| {
                airports()
                    .get(i)
                    .is_some_and(|a| !super::gazetteer::military(a.name))
            })
            .collect();
        let main = match runways[..] {
            [(a, i), (b, _), ..] if a * 2 >= b * 3 && one_town(i) => Some(i.clone()),
            _ => None,
        };
        let main_named = main.as_ref().is_some_and(|m| {
            airports()
                .get(m)
                .is_some_and(|a| super::fold(a.name).split(' ').any(|w| w == city_key))
        });
        match (large.len(), own.len(), list.len()) {
            // (Unless the city's main airport bears its name as well:
            // Yaoundé's Nsimalen, not the old Yaoundé Airport in town.)
            _ if named.len() == 1 && main_named && main.as_ref() != Some(named[0]) => {
                main.clone().unwrap_or_default()
            }
            _ if named.len() == 1 => named[0].clone(),
            (1, _, _) if large_of_city => large[0].clone(),
            (_, 1, _) => own[0].clone(),
            (1, _, _) => large[0].clone(),
            (0, n, _) if n > 1 && scheduled.len() == 1 => scheduled[0].clone(),
            (0, n, _) if n > 1 && civil.len() == 1 => civil[0].clone(),
            (0, n, _) if n > 1 && main.is_some() => main.unwrap_or_default(),
            (0, _, 1) => list[0].clone(),
            _ => country.to_string(),
        }
    };
    Some((code, list))
}

/// The countries a city's name stands for, most likely first by default
/// (the one with the most large airports, as Moscow, Russia before Moscow,
/// Idaho).
fn city_countries(g: &Gazetteer, idx: u32) -> Vec<&'static str> {
    let mut by: HashMap<&'static str, usize> = HashMap::new();
    for icao in &g.cities[idx as usize].airports {
        if let Some(a) = airports().get(icao) {
            *by.entry(a.country).or_default() += if a.kind == Kind::Large { 10 } else { 1 };
        }
    }
    let mut v: Vec<(&'static str, usize)> = by.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(c, _)| c).collect()
}

fn airport_place(icao: &str, text: &str) -> Option<Place> {
    let a = airports().get(icao)?;
    Some(Place {
        text: text.to_string(),
        code: a.icao.to_string(),
        airports: vec![a.icao.to_string()],
        country: a.country.to_string(),
    })
}

/// The whole country `code`, as the text names it.
pub(super) fn country_place(code: &str, text: &str) -> Place {
    Place {
        text: text.to_string(),
        code: code.to_string(),
        airports: Vec::new(),
        country: code.to_string(),
    }
}

/// A candidate before the story decides between its readings.
#[derive(Debug, Clone)]
struct Cand {
    first: usize,
    last: usize,
    entries: Vec<Entry>,
}

/// The words of tokens `a..b` as written.
fn words(text: &str, doc: &Doc, a: usize, b: usize) -> String {
    text[doc.toks[a].start..doc.toks[b - 1].end].to_string()
}

/// The preposition governing the phrase that starts at token `first`,
/// looking back over fillers ("at the military airfield").
/// A word that can be an airport's IATA code: three capital letters.
fn iata_word(t: &super::text::Tok) -> bool {
    t.upper && t.is_word() && t.lower.len() == 3 && t.lower.bytes().all(|b| b.is_ascii_alphabetic())
}

type AirportIndex<K> = HashMap<K, Vec<&'static crate::airports::Airport>>;

/// An index of the airport table by `key` (airports it gives no key left
/// out), built once in `cell`; none before the page's airport table has
/// arrived, so an empty table is never cached.
fn airport_index<K: std::hash::Hash + Eq>(
    cell: &'static std::sync::OnceLock<AirportIndex<K>>,
    key: impl Fn(&'static crate::airports::Airport) -> Option<K>,
) -> Option<&'static AirportIndex<K>> {
    if airports().is_empty() {
        return None;
    }
    Some(cell.get_or_init(|| {
        let mut m: AirportIndex<K> = HashMap::new();
        for a in airports().all() {
            if let Some(k) = key(a) {
                m.entry(k).or_default().push(a);
            }
        }
        m
    }))
}

/// A country's large and medium airports, in the table's order (built
/// once, not a scan of the table for each country the text names).
fn fields_of(country: &str) -> &'static [&'static crate::airports::Airport] {
    static BY_COUNTRY: std::sync::OnceLock<AirportIndex<&'static str>> = std::sync::OnceLock::new();
    airport_index(&BY_COUNTRY, |a| {
        matches!(a.kind, Kind::Large | Kind::Medium).then_some(a.country)
    })
    .and_then(|m| m.get(country))
    .map_or(&[], Vec::as_slice)
}

/// The airports filed under IATA code `code` (a few codes are shared, so
/// not `airports().get`, which knows the first only).
fn with_iata(code: &str) -> impl Iterator<Item = &'static crate::airports::Airport> + '_ {
    static BY_IATA: std::sync::OnceLock<AirportIndex<String>> = std::sync::OnceLock::new();
    airport_index(&BY_IATA, |a| {
        (!a.iata.is_empty()).then(|| a.iata.to_ascii_uppercase())
    })
    .and_then(|m| m.get(&code.to_ascii_uppercase()))
    .into_iter()
    .flatten()
    .copied()
}

/// The airport an IATA code names: the one filed under it, or the large
/// one of several.
fn iata_airport(code: &str) -> Option<&'static crate::airports::Airport> {
    let found: Vec<_> = with_iata(code).collect();
    match found[..] {
        [a] => Some(a),
        _ => found.iter().copied().find(|a| a.kind == Kind::Large),
    }
}

/// A code (or initials) at token `i` read as `place`, after the word `prep`
/// ("ex" is "from", "RTB" is "to").
fn code_mention(i: usize, place: Place, prep: Option<&str>) -> PlaceMention {
    PlaceMention {
        first: i,
        last: i + 1,
        name: (i, i + 1),
        landmark: false,
        prep: prep.map(|p| match p {
            "ex" => "from".to_string(),
            "rtb" => "to".to_string(),
            p => p.to_string(),
        }),
        place,
        kind: PlaceKind::Airport,
        city: None,
        government: false,
    }
}

/// "| AEX → GUA |": in a row of a pasted flight table, three capitals beside
/// an arrow are an airport's IATA code (Alexandria, Louisiana, and
/// Guatemala City; "SAL" is San Salvador there, not Cape Verde's Sal).
fn iata_in_tables(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let arrow = |i: usize| {
        toks.get(i)
            .is_some_and(|t| ["→", "->", ">", "–", "-"].contains(&t.lower.as_str()))
    };
    for s in &doc.sentences {
        if (s.first..s.last).filter(|&i| toks[i].is("|")).count() < 2 {
            continue;
        }
        for (i, t) in toks.iter().enumerate().take(s.last).skip(s.first) {
            // ("| from GYD |", "| to LBG |": a log's movement cell.)
            let told = i > s.first
                && ["from", "to", "ex"].contains(&toks[i - 1].lower.as_str())
                && toks.get(i + 1).is_some_and(|n| n.is("|"));
            if !iata_word(t) || !(told || arrow(i + 1) || (i > s.first && arrow(i - 1))) {
                continue;
            }
            // ("– RAF Brize Norton": the first word of a name read already.)
            if out.iter().any(|p| p.first == i + 1) {
                continue;
            }
            let Some(place) = iata_airport(&t.lower)
                .and_then(|a| airport_place(a.icao, &toks[i].lower.to_uppercase()))
            else {
                continue;
            };
            out.retain(|p| !(p.first <= i && p.last > i));
            out.push(code_mention(
                i,
                place,
                told.then(|| toks[i - 1].lower.as_str()),
            ));
        }
    }
    out.sort_by_key(|p| p.first);
}

/// Acronyms that are also an airfield's ICAO code.
const NOT_ICAO: &[&str] = &["samu", "swat", "faan", "sarl", "uscg", "wion", "spar"];

/// "0914 arr C-17A ex KDOV", "departed UUEE for OSDI", "| KDOV | EPRZ |":
/// four capitals that are an airport's ICAO code, beside a preposition, a
/// bracket, a cell's bar or an arrow, are that airport.
fn icao_codes(doc: &Doc, out: &mut Vec<PlaceMention>) {
    const BEFORE: &[&str] = &[
        "from", "at", "to", "in", "into", "for", "ex", "via", "and", "rtb", "(", "/", "|", ">",
        "→", "–", "-", "->", "left", "leaving", "departed", "reached", "dep", "arr",
    ];
    const AFTER: &[&str] = &[")", "/", "|", ">", "→", "–", "-", "->", ","];
    let toks = &doc.toks;
    let mut more = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let four_capitals = t.upper
            && t.is_word()
            && t.lower.len() == 4
            && t.lower.bytes().all(|b| b.is_ascii_alphabetic());
        if !four_capitals
            || NOT_ICAO.contains(&t.lower.as_str())
            || out.iter().any(|p| p.first <= i && p.last > i)
        {
            continue;
        }
        let prev = (i > 0).then(|| &toks[i - 1]);
        // ("Wunstorf (ETNW)": the named place's own code, read with it.)
        if prev.is_some_and(|p| p.is("(")) && out.iter().any(|p| p.last + 1 == i) {
            continue;
        }
        // ("OIII Mehrabad → URWA Astrakhan": the name beside it says it.)
        if out.iter().any(|p| p.first == i + 1 || p.last == i) {
            continue;
        }
        // ("(Eric Stone/KRBD)": a photo's credit, a person and the outlet
        // that took it; not a place's name before the slash, "Dover/KDOV".)
        if prev.is_some_and(|p| p.is("/"))
            && i >= 2
            && toks[i - 2].cap
            && !toks[i - 2].upper
            && !out.iter().any(|p| p.last == i - 1)
            && toks.get(i + 1).is_some_and(|n| n.is(")"))
        {
            continue;
        }
        // ("M-KRSV": the end of a registration, not a code.)
        if !t.space_before && prev.is_some_and(|p| p.is("-")) {
            continue;
        }
        let before = prev.is_some_and(|p| BEFORE.contains(&p.lower.as_str()));
        let after = toks
            .get(i + 1)
            .is_some_and(|n| AFTER.contains(&n.lower.as_str()));
        if !(before || after) {
            continue;
        }
        let code = t.lower.to_uppercase();
        let Some(place) = airport_place(&code, &code) else {
            continue;
        };
        let prep = prev.map(|p| p.lower.as_str()).filter(|p| {
            [
                "from", "at", "to", "in", "into", "for", "ex", "via", "rtb", "left", "leaving",
                "departed", "reached",
            ]
            .contains(p)
        });
        more.push(code_mention(i, place, prep));
    }
    out.extend(more);
    out.sort_by_key(|p| p.first);
}

/// "05:50 - N351AX arr from WRI as OAE3511", "dep for KWI": in a spotter's
/// log line (its "arr" or "dep" told in lower case), three capitals after
/// from, for, to or ex are an airport's IATA code.
fn iata_in_log_lines(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    for s in &doc.sentences {
        let logged = (s.first..s.last)
            .any(|i| ["arr", "dep"].contains(&toks[i].lower.as_str()) && !toks[i].cap);
        if !logged || !toks[s.first].lower.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        for i in s.first + 1..s.last {
            let t = &toks[i];
            let prev = toks[i - 1].lower.as_str();
            if !iata_word(t)
                || !["from", "for", "to", "ex"].contains(&prev)
                || out.iter().any(|p| p.first <= i && p.last > i)
            {
                continue;
            }
            let Some(place) = iata_airport(&t.lower)
                .and_then(|a| airport_place(a.icao, &toks[i].lower.to_uppercase()))
            else {
                continue;
            };
            out.push(code_mention(i, place, Some(prev)));
        }
    }
    out.sort_by_key(|p| p.first);
}

/// "took off from MSP at 6:11 p.m.", "it left KEF at 1340Z": a bare IATA
/// code after a preposition (or a verb of leaving) is an airport the story
/// has named in full (no guess from a code alone).
fn iata_of_story_airports(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let named: Vec<Place> = out
        .iter()
        .filter(|p| p.place.is_airport() && !p.landmark)
        .map(|p| p.place.clone())
        .collect();
    let mut more = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(1) {
        // (Or a verb: "It left KEF at 1340Z".)
        if !iata_word(t)
            || ![
                "from", "at", "to", "in", "into", "for", "left", "leaving", "departed", "reached",
                "via", "ex",
            ]
            .contains(&toks[i - 1].lower.as_str())
            || out.iter().any(|p| p.first <= i && p.last > i)
        {
            continue;
        }
        let Some(place) = named.iter().find(|p| {
            airports()
                .get(&p.code)
                .is_some_and(|a| a.iata.eq_ignore_ascii_case(&t.lower))
        }) else {
            continue;
        };
        more.push(code_mention(i, place.clone(), Some(&toks[i - 1].lower)));
    }
    out.extend(more);
    out.sort_by_key(|p| p.first);
}

/// "Dade-Collier Training and Transition Airport (TNT)", "Ezeiza
/// International Airport (EZE)": an airport's name with its IATA code in
/// brackets after it is the airport the code names, whatever the name
/// alone reads as (a name the table does not hold, or another town's).
fn airport_with_code(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let mut i = 2;
    while i + 1 < toks.len() {
        let k = i;
        i += 1;
        if !(toks[k - 1].is("(") && iata_word(&toks[k]) && toks[k + 1].is(")")) {
            continue;
        }
        let end = k - 1;
        if !tables::AIRPORT_WORDS.contains(&toks[end - 1].lower.as_str()) {
            continue;
        }
        let Some(a) = iata_airport(&toks[k].lower) else {
            continue;
        };
        let sf = doc.sentence_start(end);
        // The name: the capitalised words (and their "and", "of", "-")
        // before the airport word.
        let mut first = end - 1;
        while first > sf && {
            let t = &toks[first - 1];
            t.cap
                || t.is("-")
                || (["and", "of", "de", "del"].contains(&t.lower.as_str())
                    && first >= sf + 2
                    && toks[first - 2].cap)
        } {
            first -= 1;
        }
        if out.iter().any(|p| p.first < first && p.last > first) {
            continue;
        }
        let Some(place) = airport_place(a.icao, &toks[k].lower.to_uppercase()) else {
            continue;
        };
        // (A name read as an airport stays one: "Tribhuvan International
        // Airport (TIA)" gives its initials, not Tirana's code.)
        if out
            .iter()
            .any(|p| p.first >= first && p.last <= end && p.place.is_airport())
        {
            continue;
        }
        out.retain(|p| !(p.first >= first && p.last <= end));
        out.push(told_at(doc, (first, end), place, PlaceKind::Airport, None));
    }
    out.sort_by_key(|p| p.first);
}

/// A place named by tokens `first..last`, with the preposition its
/// sentence puts before it (a landmark's, "near", "over", says so).
fn told_at(
    doc: &Doc,
    (first, last): (usize, usize),
    place: Place,
    kind: PlaceKind,
    city: Option<u32>,
) -> PlaceMention {
    let prep = prep_before(doc, doc.sentence_start(first), first);
    PlaceMention {
        first,
        last,
        name: (first, last),
        landmark: prep.as_deref().is_some_and(|p| LANDMARK.contains(&p)),
        prep,
        place,
        kind,
        city,
        government: false,
    }
}

/// "landed at DG in the morning" in a thread about Diego Garcia (FJDG):
/// two to four capitals after a preposition that are the initials of a
/// field the story has named before them, in as many words ("the Mattala
/// Rajapaksa International Airport (MRIA) … landed at MRIA": not Costa
/// Rica's MRIA, which the code alone would name).
fn initials_of_story_places(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let mut more = Vec::new();
    let mut wrong = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(1) {
        let prep = toks[i - 1].lower.as_str();
        let capitals = t.upper
            && t.is_word()
            && (2..=4).contains(&t.lower.len())
            && t.lower.bytes().all(|b| b.is_ascii_alphabetic());
        // (A code read alone may give way; a name may not.)
        let read_as_code = out.iter().position(|p| p.first == i && p.last == i + 1);
        if !capitals
            || !["at", "to", "from", "in", "into", "("].contains(&prep)
            // (Only four letters in brackets: three are an IATA code's, read
            // by `airport_with_code`.)
            || (prep == "(" && t.lower.len() != 4)
            || (read_as_code.is_none() && out.iter().any(|p| p.first <= i && p.last > i))
            || (read_as_code.is_some() && t.lower.len() != 4)
        {
            continue;
        }
        let Some(named) = out.iter().find(|p| {
            p.last <= i && p.place.is_airport() && !p.landmark && {
                // (With the words of "International Airport" after the
                // name, for four letters.)
                let end = if t.lower.len() == 4 {
                    let mut e = p.name.1;
                    while e < i && e < p.name.1 + 3 && toks[e].cap && toks[e].is_word() {
                        e += 1;
                    }
                    e
                } else {
                    p.name.1
                };
                initials_of(&toks[p.name.0..end], &t.lower)
            }
        }) else {
            continue;
        };
        if let Some(k) = read_as_code {
            wrong.push(k);
        }
        // (The initials in brackets right after the name are the name's.)
        if prep != "(" {
            more.push(code_mention(i, named.place.clone(), Some(prep)));
        }
    }
    wrong.sort_unstable();
    for k in wrong.into_iter().rev() {
        out.remove(k);
    }
    out.extend(more);
    out.sort_by_key(|p| p.first);
}

/// True when `letters` are the initials of the capitalised words of `name`
/// ("bia" of "Bandaranaike International Airport").
fn initials_of(name: &[Tok], letters: &str) -> bool {
    let words: Vec<&Tok> = name.iter().filter(|w| w.is_word()).collect();
    words.len() == letters.len()
        && words
            .iter()
            .zip(letters.chars())
            .all(|(w, c)| w.cap && w.lower.starts_with(c))
}

/// "Bandaranaike International Airport (BIA) … departed BIA": initials the
/// text defines in brackets after an airport's full name stand for that
/// airport wherever they come back, also after a verb, and also when they
/// are some other field's code.
fn defined_initials(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let mut defined: Vec<(String, Place)> = Vec::new();
    for i in 1..toks.len().saturating_sub(1) {
        let t = &toks[i];
        if !(toks[i - 1].is("(")
            && toks[i + 1].is(")")
            && t.upper
            && (3..=5).contains(&t.lower.len())
            && t.lower.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            continue;
        }
        // The name ends right before the bracket, with its airport words.
        let Some(named) = out.iter().find(|p| {
            p.place.is_airport() && !p.landmark && p.last < i && {
                let mut e = p.name.1;
                while e < i - 1 && toks[e].cap && toks[e].is_word() {
                    e += 1;
                }
                e == i - 1 && initials_of(&toks[p.name.0..e], &t.lower)
            }
        }) else {
            continue;
        };
        if !defined.iter().any(|(a, _)| *a == t.lower) {
            defined.push((t.lower.clone(), named.place.clone()));
        }
    }
    if defined.is_empty() {
        return;
    }
    let mut more = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(1) {
        if !t.upper || toks[i - 1].is("(") {
            continue;
        }
        let Some((_, place)) = defined.iter().find(|(a, _)| *a == t.lower) else {
            continue;
        };
        let prep = toks[i - 1].lower.as_str();
        if !PREPS.contains(&prep) {
            continue;
        }
        // (A code reading of the same letters gives way.)
        out.retain(|p| !(p.first == i && p.last == i + 1));
        if out.iter().any(|p| p.first <= i && p.last > i) {
            continue;
        }
        more.push(code_mention(i, place.clone(), Some(prep)));
    }
    out.extend(more);
    out.sort_by_key(|p| p.first);
}

/// The token after a name ending at `last`, past an abbreviation's dot
/// ("U.S." then "-contracted" or "officials").
fn past_dot(toks: &[Tok], last: usize) -> usize {
    if toks.get(last).is_some_and(|t| t.is(".")) {
        last + 1
    } else {
        last
    }
}

/// True when `word` is among the `reach` tokens before `end` (not before
/// the sentence's first), looking back through words only (and hyphens,
/// with `hyphens`): "from a five-day state visit to", "in Russia's far
/// east" after "from the Amur region,".
fn word_back(
    doc: &Doc,
    sentence_first: usize,
    end: usize,
    reach: usize,
    hyphens: bool,
    word: &str,
) -> bool {
    (end.saturating_sub(reach).max(sentence_first)..end)
        .rev()
        .take_while(|&k| doc.toks[k].is_word() || (hyphens && doc.toks[k].is("-")))
        .any(|k| doc.toks[k].lower == word)
}

fn prep_before(doc: &Doc, sentence_first: usize, first: usize) -> Option<String> {
    let mut j = first;
    let mut steps = 0;
    let mut wing = false;
    while j > sentence_first && steps < 4 {
        j -= 1;
        // "to the Air Self-Defense Force's Chitose Air Base": the
        // possessor's name is passed over.
        if j > sentence_first + 1 && doc.possessive_at(j - 1) && doc.toks[j - 2].cap {
            let mut k = j - 2;
            while k > sentence_first
                && j - k < 8
                && (doc.toks[k - 1].cap || doc.toks[k - 1].is("-"))
            {
                k -= 1;
            }
            j = k;
            steps += 1;
            continue;
        }
        let w = doc.toks[j].lower.as_str();
        // "from Marine Corps Air Station Cherry Point", "at Naval Air
        // Station Sigonella": the station's words are the name's.
        let station = doc.toks[j].cap
            && first - j < 9
            && [
                "marine", "corps", "naval", "air", "station", "force", "base", "joint", "army",
                "reserve", "royal", "raf", "mcas", "nas",
            ]
            .contains(&w)
            // ("from 14 Wing Greenwood": a Canadian base's unit number.)
            || (doc.toks[j].kind == TokKind::Number
                && doc.toks.get(j + 1).is_some_and(|x| x.cap && x.lower == "wing"))
            // ("flew from the UK base Mildenhall", "from the air base
            // Hmeimim": the generic noun in front of the name.)
            || (first - j <= 2
                && (["base", "airbase"].contains(&w)
                    || (w == "air" && doc.toks.get(j + 1).is_some_and(|x| x.lower == "base"))))
            // ("left from Russian military airport Chkalovsky": the
            // generic noun and its "military" before the name.)
            || (first - j == 1 && ["airport", "airfield", "aerodrome"].contains(&w))
            || (first - j == 2
                && w == "military"
                && ["airport", "airfield", "aerodrome", "base", "airbase"]
                    .contains(&doc.toks[j + 1].lower.as_str()));
        if station && doc.toks[j].kind == TokKind::Number {
            wing = true;
        }
        if !station {
            steps += 1;
        }
        // "parked at its home base, RAF Brize Norton": the place in
        // apposition takes the preposition before its description.
        if w == "," && j > sentence_first + 2 && first == j + 1 {
            let noun = doc.toks[j - 1].lower.as_str();
            if ["base", "hub", "airport", "airfield", "station"].contains(&noun) {
                let mut k = j - 1;
                while k > sentence_first
                    && j - k < 5
                    && [
                        "its", "their", "his", "her", "the", "home", "main", "own", "military",
                    ]
                    .contains(&doc.toks[k - 1].lower.as_str())
                {
                    k -= 1;
                }
                if k > sentence_first
                    && ["at", "in", "from", "to"].contains(&doc.toks[k - 1].lower.as_str())
                {
                    return Some(doc.toks[k - 1].lower.clone());
                }
            }
        }
        // "all over the airport": in it, not over it.
        if w == "over" && j > sentence_first && doc.toks[j - 1].lower == "all" {
            return Some("in".into());
        }
        // "in the Syrian port city of Latakia", "at the Pacific island of
        // Guam": the preposition before the description is the place's.
        if w == "of"
            && j > sentence_first
            && (PLACE_NOUNS.contains(&doc.toks[j - 1].lower.as_str())
                // ("from the military section of Warsaw Chopin Airport")
                || ([
                        "section", "part", "side", "terminal", "area", "apron", "end", "zone",
                    ]
                    .contains(&doc.toks[j - 1].lower.as_str()))
                // ("took off from the military airport of Pisa", as
                // Italian, French and Spanish copy says it)
                || ["airport", "airfield", "aerodrome", "airstrip", "airbase"]
                    .contains(&doc.toks[j - 1].lower.as_str()))
        {
            let mut k = j - 1;
            let mut more = 0;
            while k > sentence_first && more < 7 {
                k -= 1;
                more += 1;
                let v = doc.toks[k].lower.as_str();
                if PREPS.contains(&v) && v != "of" && v != "and" {
                    return Some(v.to_string());
                }
                if !doc.toks[k].is_word() && !doc.toks[k].is("-") {
                    return None;
                }
            }
            return None;
        }
        // "took off from the Base Aérea de Brasília": the preposition
        // before the base's generic words.
        if ["de", "do"].contains(&w)
            && j >= sentence_first + 3
            && doc.toks[j - 1].lower == "aerea"
            && doc.toks[j - 2].lower == "base"
        {
            let k = if doc.toks[j - 3].lower == "the" {
                j - 3
            } else {
                j - 2
            };
            return (k > sentence_first && PREPS.contains(&doc.toks[k - 1].lower.as_str()))
                .then(|| doc.toks[k - 1].lower.clone());
        }
        // "by way of San Antonio": via it.
        if w == "of"
            && j >= sentence_first + 2
            && doc.toks[j - 1].lower == "way"
            && doc.toks[j - 2].lower == "by"
        {
            return Some("via".into());
        }
        // "1105 arr A400M 54+09 ex Wunstorf": a log's "ex" is "from".
        if w == "ex" && first == j + 1 && !doc.toks[j].cap {
            return Some("from".into());
        }
        // "flew 212 people out of Kabul": from it.
        if w == "of" && j > sentence_first && doc.toks[j - 1].lower == "out" {
            return Some("from".into());
        }
        // "from its home base in Colorado Springs", "from a military base
        // in Washington": from there.
        if ["in", "at"].contains(&w) && j >= sentence_first + 2 {
            let mut k = j;
            while k > sentence_first
                && j - k < 5
                && [
                    "its", "their", "the", "a", "an", "home", "base", "hub", "station", "military",
                    "air", "naval", "army", "airbase", "airfield", "airstrip", "remote",
                ]
                .contains(&doc.toks[k - 1].lower.as_str())
            {
                k -= 1;
            }
            // (A field or a home among them: not "from a friend in Kyiv".)
            let field = (k..j).any(|i| {
                [
                    "base", "hub", "station", "airbase", "airfield", "airstrip", "home",
                ]
                .contains(&doc.toks[i].lower.as_str())
            });
            if k < j && field && k > sentence_first && doc.toks[k - 1].lower == "from" {
                return Some("from".into());
            }
            // "flew from the Amur region, in Russia's far east, to Biak": the
            // origin the tables do not hold, placed in its country.
            if w == "in"
                && doc.toks[j - 1].is(",")
                && word_back(doc, sentence_first, j - 1, 5, false, "from")
            {
                return Some("from".into());
            }
        }
        if PREPS.contains(&w) {
            // "was diverted from landing in Bozeman, Montana, to an airport
            // in Billings": where it was bound, not where it landed.
            if ["in", "at"].contains(&w)
                && j >= sentence_first + 3
                && doc.toks[j - 1].lower == "landing"
                && doc.toks[j - 2].lower == "from"
                && [
                    "diverted",
                    "diverting",
                    "redirected",
                    "rerouted",
                    "prevented",
                ]
                .contains(&doc.toks[j - 3].lower.as_str())
            {
                return Some("for".into());
            }
            // "arrived at Haneda on a government plane from their visit to
            // the United Kingdom", "back from a five-day state visit to
            // Japan": where the trip was is where the flight came from.
            if w == "to" && j > sentence_first + 1 {
                let noun = doc.toks[j - 1].lower.as_str();
                let from = ["visit", "trip", "tour"].contains(&noun)
                    && word_back(doc, sentence_first, j - 1, 5, true, "from");
                if from {
                    return Some("from".into());
                }
                // ("boarded a plane from Lima for his return trip to Rome":
                // where the trip was to go, not a landing told.)
                let bound = ["trip", "flight", "journey", "voyage"].contains(&noun)
                    && word_back(doc, sentence_first, j - 1, 4, false, "for");
                if bound {
                    return Some("for".into());
                }
            }
            // "has reported from the U.S., Europe and Syria", "writing
            // from Kyiv": where a journalist worked, no flight's start.
            if w == "from"
                && j > sentence_first
                && [
                    "reported",
                    "reporting",
                    "reports",
                    "written",
                    "writing",
                    "writes",
                    "wrote",
                    "filed",
                ]
                .contains(&doc.toks[j - 1].lower.as_str())
            {
                return Some("near".into());
            }
            // "km from", "south of": a landmark.
            if (w == "from" || w == "of") && j > sentence_first {
                let p = doc.toks[j - 1].lower.as_str();
                if [
                    "km",
                    "kilometres",
                    "kilometers",
                    "miles",
                    "coast",
                    "away",
                    "kms",
                    "border",
                    "across",
                    // ("a five-hour drive from Chengdu": by road.)
                    "drive",
                    "ride",
                    "walk",
                ]
                .contains(&p)
                    || tables::COMPASS.contains(&p)
                    || p.ends_with("west")
                    || p.ends_with("east")
                {
                    // ("was flown away from John C. Tune Airport": where
                    // the flight began, not a distance.)
                    if p == "away"
                        && j >= sentence_first + 2
                        && ["flew", "flown", "flying", "fly", "took", "taken"]
                            .contains(&doc.toks[j - 2].lower.as_str())
                    {
                        return Some("from".into());
                    }
                    return Some("near".into());
                }
            }
            // "took off close to the Chkalovsky airport": where it was,
            // not where it went.
            if w == "to"
                && j > sentence_first + 1
                && ["close", "next", "near"].contains(&doc.toks[j - 1].lower.as_str())
            {
                return Some("at".into());
            }
            // "the Hercules from 8 Wing Trenton": the unit's home, not
            // where the flight began ("took off from 14 Wing Greenwood" is).
            if wing
                && !(w == "from"
                    && j > sentence_first
                    && [
                        "off", "departed", "left", "flew", "flown", "launched", "out",
                    ]
                    .contains(&doc.toks[j - 1].lower.as_str()))
            {
                return None;
            }
            return Some(w.to_string());
        }
        // "from Rio's Galeão", "at Moscow's Vnukovo": past the possessive.
        if j >= sentence_first + 2 && doc.possessive_at(j - 1) && doc.toks[j - 2].cap {
            j -= 2;
            continue;
        }
        // "in Houthi-held Sanaa", "rebel-controlled": the hyphened word is
        // the place's description.
        let held = |k: usize| {
            doc.toks.get(k).is_some_and(|t| {
                ["held", "controlled", "occupied", "run"].contains(&t.lower.as_str())
            })
        };
        if held(j) && j >= sentence_first + 2 && doc.toks[j - 1].is("-") {
            // (Past the hyphen and the word before it.)
            j -= 2;
            continue;
        }
        if ["-held", "-controlled", "-occupied", "-run"]
            .iter()
            .any(|x| w.ends_with(x))
        {
            steps -= 1;
            continue;
        }
        if !FILLERS.contains(&w) && (!doc.toks[j].is_word() || !doc.toks[j].cap) && !station {
            return None;
        }
    }
    None
}

/// Every place in the document. `taken` marks tokens already read as
/// aircraft; `hits` are the gazetteer's.
pub fn find(
    text: &str,
    doc: &Doc,
    g: &Gazetteer,
    hits: &[Hit<'_>],
    taken: &[bool],
    story_regs: &[&'static str],
) -> Vec<PlaceMention> {
    let toks = &doc.toks;
    // 1. Candidates that pass the case and context rules.
    let mut city_places = CityPlaces::default();
    let mut cands: Vec<Cand> = Vec::new();
    // The province, state or nation whose name starts at each token (read
    // once, for the words below, the story's countries and the towns
    // before a comma).
    let region_from: Vec<Option<(&'static str, &'static str)>> =
        (0..toks.len()).map(|k| region_at(doc, k)).collect();
    // The words of a province's or state's name of two or more, with its
    // country ("British Columbia" has no Columbia, Missouri, in it; "Western
    // Australia" keeps its Australia).
    let mut in_region: Vec<Option<&'static str>> = vec![None; toks.len()];
    // The surnames after a given name read as a person's.
    let mut surname = vec![false; toks.len() + 1];
    for k in 0..toks.len() {
        if let Some((n, country)) = region_from[k]
            && spelt_out(n)
        {
            let end = (k + n.split(' ').count()).min(toks.len());
            in_region[k..end]
                .iter_mut()
                .for_each(|x| *x = Some(country));
        }
    }
    for h in hits {
        if taken[h.first..h.last].iter().any(|t| *t)
            || h.partial
            || in_region[h.first..h.last].iter().flatten().any(|r| {
                !h.entries
                    .iter()
                    .any(|e| matches!(e, Entry::Country(c) if c == r))
            })
        {
            continue;
        }
        let first = &toks[h.first];
        let multi = h.last - h.first > 1;
        let lower_prefix = ["al", "el", "ad", "as", "ar", "an"].contains(&first.lower.as_str());
        if !(first.cap || first.upper || (multi && lower_prefix)) {
            continue;
        }
        let prep = prep_before(doc, doc.sentence_start(h.first), h.first);
        let next = toks.get(h.last).map(|t| t.lower.as_str()).unwrap_or("");
        // ("Rajiv Gandhi International Airport welcomed …": the rest of
        // the airport's name, then the airport word.)
        let airport_word_after = airport_word_at(doc, h.last)
            || (h.last..(h.last + 3).min(toks.len()))
                .take_while(|&k| toks[k].cap && toks[k].is_word())
                .any(|k| airport_word_at(doc, k + 1));
        let name_words: Vec<&str> = toks[h.first..h.last]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .collect();
        let common = name_words.iter().all(|w| super::gazetteer::not_place(w));
        // "the North-east", "the south": compass words are regions of a
        // story, never a place of a movement, even after a preposition.
        let compass = name_words.iter().all(|w| tables::COMPASS.contains(w));
        if compass {
            continue;
        }
        // "returned to the East China Sea", "the Gulf of Aden", "the Strait
        // of Gibraltar": a name within a sea's or a strait's is water.
        let water = {
            let after = toks.get(h.last).is_some_and(|t| {
                t.cap
                    // ("landed in the Hudson River")
                    // ("landed on the Ross Ice Shelf", "the Beardmore
                    // Glacier": ice, not Belarus's Ross Air Base.)
                    // ("over California's Mojave Desert": sand, not the
                    // Mojave airport.)
                    && ["sea", "ocean", "river", "ice", "glacier", "shelf", "desert"]
                        .contains(&t.lower.as_str())
            });
            let before = h.first >= 2
                && toks[h.first - 1].lower == "of"
                && toks[h.first - 2].cap
                && ["gulf", "sea", "bay", "strait", "straits"]
                    .contains(&toks[h.first - 2].lower.as_str());
            after || before
        };
        if water {
            continue;
        }
        // "the German military airfield of Rostock-Laage": a country's
        // adjective, not Colombia's Germán Olano airport.
        if !multi && !airport_word_after && tables::demonym(&first.lower).is_some() {
            continue;
        }
        // "a U.S.-contracted Airbus", "Iran-based", "Saudi-led": a place
        // joined to a lowercase word is an adjective ("Moscow-bound" still
        // says where the flight goes).
        {
            let k = past_dot(toks, h.last);
            let joined = |a: usize, b: usize| {
                toks.get(a)
                    .zip(toks.get(b))
                    .is_some_and(|(x, y)| x.end == y.start)
            };
            if k > 0
                && toks.get(k).is_some_and(|t| t.is("-"))
                && toks.get(k + 1).is_some_and(|t| {
                    t.is_word()
                        && !t.cap
                        && !t.upper
                        && t.lower.chars().all(char::is_alphabetic)
                        && t.lower != "bound"
                })
                && joined(k - 1, k)
                && joined(k, k + 1)
            {
                continue;
            }
        }
        // "between Russian President Vladimir Putin and …": a first name
        // between a title and a surname, not the city of Vladimir.
        // (Also after a rank or an office, abbreviated or not: "said Capt.
        // David Young", "Gen. David L. Goldfein"; and a name between a
        // word of saying and a surname: "said David Cameron", "Stanley
        // Olisa said", not Panama's David or the Falklands' Stanley.)
        let surname_after = toks
            .get(h.last)
            .is_some_and(|t| t.cap && t.is_word() && !t.upper)
            && !airport_word_at(doc, h.last)
            && !airport_word_at(doc, h.last + 1);
        // The word before the name, past an abbreviation's or an initial's
        // dot ("Capt. David Young", "Kevin E. Smith").
        let before_name = || {
            if toks[h.first - 1].is(".") && h.first > 1 {
                h.first - 2
            } else {
                h.first - 1
            }
        };
        let title_before = h.first > 0 && {
            let k = before_name();
            let w = toks[k].lower.as_str();
            tables::PERSON_TITLES.contains(&w)
                || ["minister", "premier", "chancellor", "leader"].contains(&w)
                || (toks[k].cap && tables::RANKS.contains(&w))
        };
        let said = |k: usize| {
            toks.get(k).is_some_and(|t| {
                ["said", "says", "told", "added", "wrote"].contains(&t.lower.as_str())
            })
        };
        // (Not a place a movement governs: "landed at Boston Logan, police
        // said".)
        let speaker = surname_after
            && ((h.first > 0 && said(h.first - 1))
                || prep.is_none()
                    && (said(h.last + 1) || {
                        // ("Stanley Olisa, a spokesman, said")
                        toks.get(h.last + 1).is_some_and(|t| t.is(","))
                            && (h.last + 2..(h.last + 10).min(toks.len())).any(said)
                    }));
        // (A given name before a surname, where no preposition makes it a
        // place: "Nancy Pelosi's flight", not Nancy, France.)
        let given = prep.is_none() && tables::GIVEN_NAMES.contains(&first.lower.as_str());
        // "Trudeau's Challenger jet", "Clark's Gulfstream": a field named
        // for a person ("Trudeau" is Montréal's), before a possessive and
        // an aircraft, is the owner, not where it was.
        let owner = !multi
            && prep.is_none()
            && h.entries.iter().all(|e| matches!(e, Entry::Airport { .. }))
            && doc.possessive_at(h.last)
            && (toks
                .get(h.last + 2)
                .is_some_and(|t| tables::GENERIC_AIRCRAFT.contains(&t.lower.as_str()))
                || hits.iter().any(|g| {
                    g.first == h.last + 2
                        && g.entries
                            .iter()
                            .any(|e| matches!(e, Entry::Type { .. } | Entry::Maker(_)))
                }));
        if owner {
            continue;
        }
        // "JD Vance and Kamala Harris' plane", "Senator Mark Kelly": a field
        // named for a person, right after a given name or initials, is that
        // person's surname.
        let named_person = !multi
            && h.first > 0
            && h.entries.iter().all(|e| matches!(e, Entry::Airport { .. }))
            && {
                let g = &toks[before_name()];
                g.is_word()
                    && ((g.upper
                        && (1..=2).contains(&g.lower.chars().count())
                        && !["us", "uk", "eu", "un"].contains(&g.lower.as_str()))
                        || (g.cap && tables::GIVEN_NAMES.contains(&g.lower.as_str())))
            };
        if named_person {
            continue;
        }
        // "Swift Air flight 704", "Kenya Airways", "Alaska Airlines": an
        // airline's name, not where anything went.
        let airline = toks.get(h.last).is_some_and(|t| {
            t.cap
                && (["airways", "airlines", "airline"].contains(&t.lower.as_str())
                    // (Only before a lowercase word, a number or a stop:
                    // "Homestead Air Reserve Station" is a field's name.)
                    || (t.lower == "air"
                        && toks
                            .get(h.last + 1)
                            .is_none_or(|n| !n.cap || n.lower == "flight")))
        });
        if airline && !airport_word_after {
            continue;
        }
        if !multi && surname_after && (title_before || speaker || given) {
            // (Nor is the surname a place: "Young", Australia.)
            surname[h.last] = true;
            continue;
        }
        if surname[h.first] && !multi {
            continue;
        }
        // "over the Ross Sea", "into Lake Victoria", "the Hudson River": a
        // sea's, lake's or river's name, which no field has, not the town
        // it shares. (Not "Kodiak Island", whose field is the town's.)
        let feature_after = toks.get(h.last).is_some_and(|t| {
            t.cap
                && [
                    "sea",
                    "ocean",
                    "strait",
                    "straits",
                    "gulf",
                    "peninsula",
                    "river",
                    "lake",
                    "glacier",
                    "mountains",
                    "hills",
                    "desert",
                    "canal",
                    "channel",
                ]
                .contains(&t.lower.as_str())
        });
        let lake_before = h.first > 0 && toks[h.first - 1].cap && toks[h.first - 1].lower == "lake";
        if !multi && (feature_after || lake_before) {
            continue;
        }
        // "flew into Hurricane Michael", "Typhoon Hagibis", "Storm Ciaran":
        // a storm's name, not the airfield or town it shares.
        if h.first > 0
            && ["hurricane", "typhoon", "cyclone", "storm"]
                .contains(&toks[h.first - 1].lower.as_str())
            && toks[h.first - 1].cap
        {
            continue;
        }
        let mut entries: Vec<Entry> = Vec::new();
        for e in h.entries {
            let ok = match e {
                Entry::Country(_) => {
                    let key: String = name_words.concat();
                    key.len() > 3
                        || (next == "." && first.cap && h.last - h.first == 1)
                        || toks[h.first..h.last]
                            .iter()
                            .all(|t| !t.is_word() || t.upper)
                }
                Entry::City(_) => !common || prep.is_some(),
                // (A president's name, "President Donald J Trump", is the
                // airport only before an airport word: "credentials to
                // President Donald J. Trump's arrival" are the man's. Kings
                // and princes long dead are named after "at" for the field.)
                Entry::Airport { weak: true, .. }
                    if ["president", "presidente"].contains(&first.lower.as_str()) =>
                {
                    airport_word_after
                }
                Entry::Airport { weak, .. } => {
                    (!*weak && !common) || prep.is_some() || airport_word_after
                }
                _ => false,
            };
            if ok {
                entries.push(*e);
            }
        }
        if !entries.is_empty() {
            cands.push(Cand {
                first: h.first,
                last: h.last,
                entries,
            });
        }
    }
    // 2. Leftmost, longest.
    cands.sort_by_key(|c| (c.first, usize::MAX - c.last));
    let mut chosen: Vec<Cand> = Vec::new();
    let mut until = 0;
    for c in cands {
        if c.first < until {
            continue;
        }
        // "San Salvador (SAL)": the code in brackets restates the place
        // (it is not the island of Sal).
        if c.last == c.first + 1
            && c.first >= 2
            && toks[c.first].upper
            && toks[c.first].lower.len() == 3
            && doc.bracketed(c.first - 1)
            && chosen.last().is_some_and(|p| p.last == c.first - 1)
        {
            continue;
        }
        until = c.last;
        chosen.push(c);
    }
    let mut used = taken.to_vec();
    for c in &chosen {
        for t in &mut used[c.first..c.last] {
            *t = true;
        }
    }
    // 3. "X airport" for a field the gazetteer does not hold: the
    // capitalised words before an airport word.
    let mut extra: Vec<Cand> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let is_word = tables::AIRPORT_WORDS.contains(&t.lower.as_str())
            && !["international", "intl", "base"].contains(&t.lower.as_str())
            || (t.lower == "air" && toks.get(i + 1).is_some_and(|n| n.lower == "base"))
            // ("Peter Prince Field", "Pine Barren Airpark": a small field's
            // own word, capitalised in its name.)
            || (t.cap && ["field", "airpark"].contains(&t.lower.as_str()));
        if !is_word || i == 0 {
            continue;
        }
        let sf = doc.sentence_start(i);
        let mut a = i;
        while a > sf
            && (toks[a - 1].cap
                || [
                    "de", "la", "del", "los", "las", "da", "do", "al", "el", "-", "'",
                ]
                .contains(&toks[a - 1].lower.as_str())
                || (toks[a - 1].is(".") && a >= 2 && toks[a - 2].upper)
                // ("Dade-Collier Training and Transition Airport".)
                || (toks[a - 1].lower == "and" && a >= 2 && toks[a - 2].cap && toks[a].cap)
                // ("Martha's Vineyard Airport": a possessive inside the name.)
                || (toks[a - 1].lower == "s"
                    && a >= 3
                    && toks[a - 2].is("'")
                    && toks[a - 3].cap))
            && i - a < 6
        {
            a -= 1;
        }
        while a < i && !toks[a].cap {
            a += 1;
        }
        if a == i || (a == sf && i - a == 1 && NOT_START.contains(&toks[a].lower.as_str())) {
            continue;
        }
        // ("Felipe Carrillo Puerto International Airport": the name
        // without its airport words.)
        let mut key_end = i;
        while key_end > a + 1
            && [
                "international",
                "internacional",
                "intl",
                "regional",
                "municipal",
            ]
            .contains(&toks[key_end - 1].lower.as_str())
        {
            key_end -= 1;
        }
        // Try the longest run first, then shorter ones ending at the word.
        for s in a..key_end {
            // ("the Elmendorf-Richardson airbase": not the second half of an
            // airport's name the gazetteer read, a field called Richardson;
            // but "Phoenix-Mesa Gateway Airport" after a city's.)
            let airport_ends = |k: usize| {
                chosen.iter().any(|c| {
                    c.last == k && c.entries.iter().all(|e| matches!(e, Entry::Airport { .. }))
                })
            };
            if (toks[s].is("-") && airport_ends(s))
                || (s >= 2 && toks[s - 1].is("-") && airport_ends(s - 1))
            {
                continue;
            }
            // A name over names the gazetteer read ("Tampa Padang airport":
            // not Tampa, Florida, and Padang) is taken whole, never one
            // name alone nor a part of one.
            let inside = |c: &Cand| c.first >= s && c.last <= i;
            if used[s..i].iter().any(|u| *u) {
                let straddles = chosen
                    .iter()
                    .any(|c| c.first < s && c.last > s || c.first < i && c.last > i);
                let one_name = chosen
                    .iter()
                    .any(|c| c.first == s && (c.last == i || c.last == key_end));
                if straddles || one_name || i - s < 2 {
                    continue;
                }
            }
            let Some(c) = named_airport(g, toks, s..key_end, i, story_regs) else {
                continue;
            };
            // (Without its airport words, a name of two words or more:
            // "Aberdeen International Airport" is not Aberdeen, Dakota;
            // unless an airport bears the whole name: "Techo International
            // Airport"; or a part of a name in parts: "Middletown Regional
            // Airport" for "Middletown Regional/Hook Field".)
            if key_end < i && key_end - s < 2 {
                let whole: String = toks[s..=i].iter().map(|t| squash(&t.lower)).collect();
                let named: String = toks[s..i].iter().map(|t| squash(&t.lower)).collect();
                let exact = c.entries.iter().any(|e| {
                    matches!(e, Entry::Airport { icao, .. }
                    if airports().get(icao).is_some_and(|a| squash(a.name) == whole
                        // (Or a part before a hyphen: "DeLand Municipal
                        // Airport" for "Deland Municipal-Sidney H Taylor
                        // Field".)
                        || a.name.split(['/', '(', ')', ',', '-']).any(|p| {
                            let p = squash(p);
                            p == named || p == whole
                        })))
                });
                if !exact {
                    continue;
                }
            }
            chosen.retain(|c| !inside(c));
            used[s..i].fill(true);
            extra.push(c);
            break;
        }
    }
    // "the airport at Chimoré", "the airstrip of Kufra": a field the
    // gazetteer does not hold, named after its airport word.
    for i in 1..toks.len().saturating_sub(2) {
        if !["airport", "airfield", "airstrip"].contains(&toks[i].lower.as_str())
            || toks[i - 1].lower != "the"
            || !["at", "in", "of"].contains(&toks[i + 1].lower.as_str())
        {
            continue;
        }
        let a = i + 2;
        let mut b = a;
        while b < toks.len() && b < a + 4 && toks[b].cap && toks[b].is_word() && !used[b] {
            b += 1;
        }
        if b == a || doc.sentence_start(a) != doc.sentence_start(i) {
            continue;
        }
        if let Some(c) = named_airport(g, toks, a..b, b, story_regs) {
            used[a..b].fill(true);
            extra.push(c);
        }
    }
    // "departed Unalakleet Thursday", "landed in Kirkwall": a town the
    // gazetteer holds only by its small field, right after a word of a
    // movement, is that field (when the town has one with an IATA code, or
    // one public one).
    for i in 1..toks.len() {
        let w = toks[i - 1].lower.as_str();
        let verb = |k: usize| {
            [
                "landed", "arrived", "flew", "flown", "off", "flight", "departed", "diverted",
                "returned", "bound", "headed",
            ]
            .contains(&toks[k].lower.as_str())
        };
        let after_move = [
            "departed",
            "left",
            "leaving",
            "departing",
            "reached",
            "reaching",
        ]
        .contains(&w)
            || (i >= 2 && ["from", "to", "in", "at", "for"].contains(&w) && verb(i - 2));
        if !after_move
            || used[i]
            || !toks[i].cap
            || !toks[i].is_word()
            || doc.sentence_start(i) == i
        {
            continue;
        }
        // (One capitalised word: "Unalakleet", not "New York City Hall".)
        if toks.get(i + 1).is_some_and(|t| {
            t.cap
                && t.is_word()
                && super::dates::weekday(&t.lower).is_none()
                && super::dates::month(&t.lower).is_none()
        }) {
            continue;
        }
        let name = squash(&toks[i].lower);
        if name.len() < 4
            || super::gazetteer::not_place(&toks[i].lower)
            || chosen
                .iter()
                .chain(extra.iter())
                .any(|c| c.first <= i && i < c.last)
        {
            continue;
        }
        // (Not a word of a field the story names in full: "McKinney
        // National Airport … arrived at McKinney"; and only a field in a
        // country the story's other places are in: "returned to Orkney"
        // in a Scottish story is no South African strip.)
        let in_named_field = chosen.iter().chain(extra.iter()).any(|c| {
            c.last - c.first > 1
                && (c.first..c.last).any(|k| k != i && toks[k].lower == toks[i].lower)
        });
        if in_named_field {
            continue;
        }
        let story_country = |country: &str| {
            chosen.iter().chain(extra.iter()).any(|c| {
                c.entries.iter().any(|e| match e {
                    Entry::Airport { icao, .. } => {
                        airports().get(icao).is_some_and(|a| a.country == country)
                    }
                    Entry::City(k) => city_countries(g, *k).contains(&country),
                    Entry::Country(code) => *code == country,
                    _ => false,
                })
            })
        };
        if let Some(icao) = g.town_airport(&name)
            && airports()
                .get(icao)
                .is_some_and(|a| story_country(a.country))
        {
            used[i] = true;
            extra.push(Cand {
                first: i,
                last: i + 1,
                entries: vec![Entry::Airport { icao, weak: false }],
            });
        }
    }
    // "#GVA", "#VKO": an airport bot's hashtag, by IATA code.
    for (i, t) in toks.iter().enumerate() {
        if i == 0 || used[i] || !toks[i - 1].is("#") || t.space_before || !iata_word(t) {
            continue;
        }
        if let Some(a) = with_iata(&t.lower).find(|a| matches!(a.kind, Kind::Large | Kind::Medium))
        {
            extra.push(Cand {
                first: i,
                last: i + 1,
                entries: vec![Entry::Airport {
                    icao: a.icao,
                    weak: false,
                }],
            });
        }
    }
    chosen.extend(extra);
    chosen.sort_by_key(|c| c.first);
    // 4. The story's countries, for the names several countries share.
    let mut weight: HashMap<&'static str, f64> = HashMap::new();
    let mut anchors: Vec<(usize, f64, f64)> = Vec::new();
    for c in &chosen {
        // (Not a country flown over: "made a U-turn over Poland and landed
        // back in Minsk" is Belarus's Minsk.)
        let over = prep_before(doc, doc.sentence_start(c.first), c.first)
            .is_some_and(|p| ["over", "above", "across"].contains(&p.as_str()));
        if over {
            continue;
        }
        // Only a name that means one country counts ("Maiquetía", not "Valencia").
        let mut countries: Vec<&'static str> = c
            .entries
            .iter()
            .flat_map(|e| match e {
                Entry::Country(code) => vec![*code],
                Entry::Airport { icao, .. } => airports()
                    .get(icao)
                    .map(|a| a.country)
                    .into_iter()
                    .collect(),
                Entry::City(i) => city_countries(g, *i),
                _ => Vec::new(),
            })
            .collect();
        countries.sort_unstable();
        countries.dedup();
        // "A US Air Force C-17", "U.S. officials": a country named as the
        // owner of an institution says nothing of where the story is.
        let owner = c.entries.iter().all(|e| matches!(e, Entry::Country(_)))
            && toks.get(past_dot(toks, c.last)).is_some_and(|t| {
                [
                    "air",
                    "navy",
                    "army",
                    "marine",
                    "marines",
                    "coast",
                    "department",
                    "embassy",
                    "government",
                    "forces",
                    "force",
                    "space",
                    "military",
                    "officials",
                    "troops",
                    "defense",
                    "defence",
                    "administration",
                    "envoy",
                    "ambassador",
                    "customs",
                ]
                .contains(&t.lower.as_str())
            });
        if let [k] = countries[..]
            && !owner
        {
            *weight.entry(k).or_default() += 1.0;
            // Where it is, for names the story's countries leave open.
            let at = c.entries.iter().find_map(|e| match e {
                Entry::Airport { icao, .. } => airports().get(icao),
                Entry::City(i) => g.cities[*i as usize]
                    .airports
                    .iter()
                    .find_map(|x| airports().get(x).filter(|a| a.country == k)),
                _ => None,
            });
            if let Some(a) = at {
                anchors.push((c.first, a.lat, a.lon));
            }
        }
    }
    for r in story_regs {
        *weight.entry(r).or_default() += 0.5;
    }
    // A province or state the story names ("mountainous terrain in British
    // Columbia"): its country, for "flown to Victoria" later. (Not a name
    // that is also a town or a common word: "Ontario", "BC".)
    for k in 0..toks.len() {
        if !toks[k].cap || (k > 0 && toks[k - 1].cap && toks[k - 1].is_word()) {
            continue;
        }
        if let Some(c) = region_from[k].filter(|(n, _)| spelt_out(n) || REGION_WORDS.contains(n)) {
            *weight.entry(c.1).or_default() += 1.0;
        }
    }
    // 5. Resolve each, with the country beside it when there is one.
    let mut out: Vec<PlaceMention> = Vec::new();
    for (k, c) in chosen.iter().enumerate() {
        let name = words(text, doc, c.first, c.last);
        let name = name
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .to_string();
        // "The Cornwall Air Ambulance helicopter": a charity's name.
        if toks.get(c.last).is_some_and(|t| t.cap && t.lower == "air")
            && toks
                .get(c.last + 1)
                .is_some_and(|t| t.cap && t.lower == "ambulance")
        {
            continue;
        }
        // "came from Central America": a region, not the United States.
        if super::fold(&name) == "america"
            && c.first > 0
            && ["central", "south", "latin", "north"].contains(&toks[c.first - 1].lower.as_str())
        {
            continue;
        }
        // A country right after: "Santa Cruz, in Bolivia", "Cordoba (Argentina)".
        // ("Victoria, British Columbia", "Perth, Scotland": a province,
        // state or nation after a comma, which only qualifies.)
        let region = toks
            .get(c.last)
            .is_some_and(|t| t.is(","))
            .then(|| {
                let named = region_from.get(c.last + 1).copied().flatten();
                named.map(|(_, country)| country).or_else(|| {
                    // (A US state: "Cambridge, Massachusetts".)
                    let n = chosen.get(k + 1).filter(|n| n.first == c.last + 1)?;
                    let state = super::fold(&words(text, doc, n.first, n.last));
                    // ("Athens, Georgia", "Rochester, New York", "Spokane,
                    // Washington": the state, when the name has a town there.)
                    let other_reading = tables::STATES_READ_OTHERWISE.contains(&state.as_str())
                        && state_centre(doc, c.last).is_some_and(|(lat, lon, reach)| {
                            c.entries.iter().any(|e| match e {
                                Entry::City(i) => g.cities[*i as usize]
                                    .airports
                                    .iter()
                                    .filter_map(|x| airports().get(x))
                                    .any(|a| {
                                        a.country == "US"
                                            && haversine_km(a.lat, a.lon, lat, lon) < reach
                                    }),
                                _ => false,
                            })
                        });
                    (tables::US_STATES.contains(&state.as_str()) || other_reading).then_some("US")
                })
            })
            .flatten();
        let beside: Option<&'static str> = region.or_else(|| {
            chosen.get(k + 1).and_then(|n| {
                let gap = &toks[c.last..n.first];
                let joins = gap.iter().all(|t| {
                    t.is(",") || t.is("(") || t.lower == "in" || t.lower == "the" || t.is("-")
                }) && gap.len() <= 3;
                if !joins {
                    return None;
                }
                n.entries.iter().find_map(|e| match e {
                    Entry::Country(code) => Some(*code),
                    _ => None,
                })
            })
        });
        // The story's countries count ten times a large airport of the name.
        let prior = |country: &str| -> f64 {
            let mut seen: Vec<&'static str> = Vec::new();
            for e in &c.entries {
                let list: Vec<&'static str> = match e {
                    Entry::City(i) => g.cities[*i as usize].airports.clone(),
                    Entry::Airport { icao, .. } => vec![*icao],
                    _ => Vec::new(),
                };
                for icao in list {
                    if !seen.contains(&icao) {
                        seen.push(icao);
                    }
                }
            }
            seen.iter()
                .filter_map(|i| airports().get(i))
                .filter(|a| a.country == country)
                .map(|a| if a.kind == Kind::Large { 10.0 } else { 1.0 })
                .sum()
        };
        let pick_country = |options: &[&'static str]| -> Option<&'static str> {
            if let Some(b) = beside
                && options.contains(&b)
            {
                return Some(b);
            }
            // (No town of the name there: not the one elsewhere either;
            // "Cambridge, Massachusetts" is no Cambridge of England's.)
            if region.is_some() {
                return None;
            }
            // A country said by its adjective in the same sentence ("the Royal
            // Canadian Air Force CC-177 … came from Trenton": Ontario's).
            let k = doc.sentences.partition_point(|s| s.last <= c.first);
            let said_here: Vec<&'static str> = doc
                .sentences
                .get(k)
                .filter(|s| s.first <= c.first)
                .map(|s| {
                    toks[s.first..s.last]
                        .iter()
                        .filter(|t| t.cap)
                        .filter_map(|t| tables::demonym(&t.lower))
                        .collect()
                })
                .unwrap_or_default();
            if let [k] = options
                .iter()
                .copied()
                .filter(|k| said_here.contains(k))
                .collect::<Vec<_>>()[..]
            {
                return Some(k);
            }
            // A national capital with a large airport over a namesake town
            // with none, when the story names the capital's country too
            // ("Moscow" in a story datelined New York that names Russia is
            // not Moscow, Idaho), unless the town's state is beside it.
            let key = squash(&name);
            // The country a name told before stands for (a city's first).
            let named_country = |e: &Entry| match e {
                Entry::Country(x) => Some(*x),
                Entry::City(i) => city_countries(g, *i).first().copied(),
                _ => None,
            };
            // (Or no other option's country named before it: "flew … from
            // Athens back to Eindhoven" in a story that names the United
            // States only at its end.)
            let other_named = |k: &str| {
                chosen.iter().any(|o| {
                    o.last <= c.first
                        && o.entries
                            .iter()
                            .filter_map(named_country)
                            .any(|x| x != k && options.contains(&x))
                })
            };
            let capital = options.iter().copied().find(|k| {
                prior(k) >= 10.0
                    && (weight.get(k).is_some_and(|w| *w > 0.0) || !other_named(k))
                    && tables::CAPITALS
                        .iter()
                        .any(|(c, cap)| c == k && squash(cap) == key)
            });
            if let Some(k) = capital
                && options.iter().all(|o| *o == k || prior(o) < 10.0)
            {
                return Some(k);
            }
            // A city of several large airports over namesake towns with
            // none ("US horses landed in London"), the town's state not
            // beside it.
            if let [k] = options
                .iter()
                .copied()
                .filter(|k| prior(k) >= 20.0)
                .collect::<Vec<_>>()[..]
                && options.iter().all(|o| *o == k || prior(o) < 10.0)
            {
                return Some(k);
            }
            let score = |k: &str| weight.get(k).copied().unwrap_or(0.0) * 10.0 + prior(k);
            // When the story's countries say nothing of them, the one much
            // nearer the story's other places ("San Jose" after Managua is
            // Costa Rica's, "Panama City" after Bogotá Panama's).
            let said = |k: &str| weight.get(k).copied().unwrap_or(0.0);
            let by_score = options
                .iter()
                .copied()
                .fold(None, |best: Option<&'static str>, k| match best {
                    Some(b) if score(b) >= score(k) => Some(b),
                    _ => Some(k),
                });
            if options.len() > 1 && options.iter().all(|k| said(k) == 0.0) && !anchors.is_empty() {
                let far = |k: &str| -> f64 {
                    let mut best = f64::MAX;
                    for e in &c.entries {
                        let list: Vec<&'static str> = match e {
                            Entry::City(i) => g.cities[*i as usize].airports.clone(),
                            Entry::Airport { icao, .. } => vec![*icao],
                            _ => Vec::new(),
                        };
                        for a in list.iter().filter_map(|i| airports().get(i)) {
                            if a.country != k {
                                continue;
                            }
                            for &(at, lat, lon) in &anchors {
                                if at != c.first {
                                    best = best.min(haversine_km(a.lat, a.lon, lat, lon));
                                }
                            }
                        }
                    }
                    best
                };
                let near = options
                    .iter()
                    .map(|&k| (far(k), k))
                    .min_by(|a, b| a.0.total_cmp(&b.0));
                if let (Some((d, k)), Some(b)) = (near, by_score)
                    && d < 2000.0
                    && far(b) > 3.0 * d
                {
                    return Some(k);
                }
            }
            by_score
        };
        // Choose between a country, a city and an airport of the same name:
        // the country, unless the story is in the city's country ("landed
        // at Liberia" in a Costa Rican story).
        let mut resolved: Option<(Place, PlaceKind, Option<u32>)> = None;
        if let Some(code) = c.entries.iter().find_map(|e| match e {
            Entry::Country(code) => Some(*code),
            _ => None,
        }) {
            let said = |k: &str| weight.get(k).copied().unwrap_or(0.0);
            let town_in = c.entries.iter().find_map(|e| match e {
                Entry::City(i) => city_countries(g, *i)
                    .into_iter()
                    .find(|&k| k != code && said(k) > said(code)),
                _ => None,
            });
            // ("Djibouti", "Kuwait": a capital of the country's name, with
            // one large airport, where a plane lands.)
            // ("Malta International Airport": the country's airport so named.)
            let w = |k: usize| doc.word(k);
            // (Not a field the table lacks, read as its country: "Wadi
            // Seidna air base" is no country's one airport.)
            let key = squash(&name);
            let field = tables::FIELDS_BY_COUNTRY
                .iter()
                .any(|(n, _)| squash(n) == key);
            let airport_named = !field
                && (airport_word_at(doc, c.last)
                    || (w(c.last) == "international" && airport_word_at(doc, c.last + 1))
                    // ("at Liberia main airport")
                    || (["main", "principal"].contains(&w(c.last))
                        && airport_word_at(doc, c.last + 1)));
            // (Or a route's arrow: "| Villacoublay → Djibouti |".)
            let arrow = |k: usize| toks.get(k).is_some_and(|t| t.is("→") || t.is("->"));
            let moved = prep_before(doc, doc.sentence_start(c.first), c.first)
                .is_some_and(|p| ["at", "in", "to", "into", "from"].contains(&p.as_str()))
                || (c.first > 0 && arrow(c.first - 1))
                || arrow(c.last);
            // ("the first, which left Malta at 3pm": its object.)
            let left_or_reached = c.first > 0
                && [
                    "left",
                    "leaving",
                    "leaves",
                    "departed",
                    "departing",
                    "reached",
                    "reaching",
                ]
                .contains(&w(c.first - 1));
            let lone = || match fields_of(code) {
                [a] => Some(*a),
                _ => None,
            };
            let capital_airport = if airport_named
                || moved
                    && tables::CAPITALS
                        .iter()
                        .any(|(k, cap)| *k == code && squash(cap.trim_end_matches(" City")) == key)
            {
                let large: Vec<&crate::airports::Airport> = fields_of(code)
                    .iter()
                    .copied()
                    .filter(|a| a.kind == Kind::Large)
                    .collect();
                match large[..] {
                    [a] => airport_place(a.icao, &name),
                    _ => None,
                }
            } else {
                None
            };
            if let Some(p) = capital_airport.clone() {
                resolved = Some((p, PlaceKind::Airport, None));
            }
            if town_in.is_none() && capital_airport.is_none() {
                resolved = Some((country_place(code, &name), PlaceKind::Country, None));
                // ("flew from Seletar to Macau", "landed in Malta": a
                // country of one large or medium airport is that airport,
                // where an aircraft goes.)
                if (moved || left_or_reached)
                    && !field
                    && let Some(a) = lone()
                    && let Some(p) = airport_place(a.icao, &name)
                {
                    resolved = Some((p, PlaceKind::Airport, None));
                }
            }
        }
        if resolved.is_none() {
            let cities: Vec<u32> = c
                .entries
                .iter()
                .filter_map(|e| match e {
                    Entry::City(i) => Some(*i),
                    _ => None,
                })
                .collect();
            let airports_named: Vec<&'static str> = c
                .entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Airport { icao, .. } => Some(*icao),
                    _ => None,
                })
                .collect();
            // Airports first when one is in the story's country and no city is.
            let mut options: Vec<&'static str> = Vec::new();
            for i in &cities {
                options.extend(city_countries(g, *i));
            }
            for a in &airports_named {
                if let Some(x) = airports().get(a) {
                    options.push(x.country);
                }
            }
            options.dedup();
            // "El Dorado airport" in a story that names Bogotá: the airport
            // of that name whose city the story names, over a town so named
            // elsewhere.
            let next = toks.get(c.last).map(|t| t.lower.as_str()).unwrap_or("");
            let own_city_named = (airport_word_at(doc, c.last) || next == "air")
                .then(|| {
                    let this_name = super::fold(&name);
                    airports_named.iter().copied().find(|a| {
                        chosen.iter().enumerate().any(|(j, o)| {
                            j != k
                                && o.entries.iter().any(|e| {
                                    matches!(e, Entry::City(i)
                                        if g.cities[*i as usize].airports.contains(a))
                                })
                                // (Another town's name, not this one again.)
                                && super::fold(&words(text, doc, o.first, o.last)) != this_name
                        })
                    })
                })
                .flatten();
            if let Some(a) = own_city_named
                && options.len() > 1
                && let Some(p) = airport_place(a, &name)
            {
                resolved = Some((p, PlaceKind::Airport, None));
            }
            let country = if resolved.is_some() {
                None
            } else {
                pick_country(&options)
            };
            if let Some(country) = country {
                // (Of two airports one name stands for, the larger: "Ontario
                // airport" is Ontario International, not Ontario Municipal.)
                // (And of a civil airport and an air base of one name, the
                // one the words after it say: "King Abdulaziz International
                // Airport" is Jeddah's, "King Abdulaziz Air Base" Dhahran's.)
                let says_base = ["base", "airbase", "afb"].contains(&next)
                    || (next == "air" && toks.get(c.last + 1).is_some_and(|t| t.lower == "base"));
                let airport = airports_named
                    .iter()
                    .filter(|a| airports().get(a).is_some_and(|x| x.country == country))
                    .min_by_key(|a| {
                        airports().get(a).map_or((3, false), |x| {
                            let kind = match x.kind {
                                Kind::Large => 0,
                                Kind::Medium => 1,
                                _ => 2,
                            };
                            let other = super::gazetteer::military(x.name) != says_base;
                            (kind, other)
                        })
                    });
                let city = cities
                    .iter()
                    .find(|i| city_countries(g, **i).contains(&country));
                let next = toks.get(c.last).map(|t| t.lower.as_str()).unwrap_or("");
                let airport_word = airport_word_at(doc, c.last) || next == "air";
                let city = if airport_word && airport.is_some() {
                    None
                } else {
                    city
                };
                match (city, airport) {
                    (Some(i), _) => {
                        if let Some(p) = city_places.place(g, *i, country, &name) {
                            resolved = Some((p, PlaceKind::City, Some(*i)));
                        }
                    }
                    (None, Some(a)) => {
                        if let Some(p) = airport_place(a, &name) {
                            resolved = Some((p, PlaceKind::Airport, None));
                        }
                    }
                    _ => {}
                }
            }
        }
        // (A town the table lacks in the province or state named after it:
        // that country, where the text says the plane went.)
        if resolved.is_none()
            && let Some(r) = region
        {
            resolved = Some((country_place(r, &name), PlaceKind::Country, None));
        }
        // "Portland, Maine", "Rochester, Minn.": of the towns the name
        // stands for, the one in the state or province named after it.
        if let Some(state) = state_centre(doc, c.last)
            && let Some((p, PlaceKind::City, Some(ci))) = &resolved
            && let Some(here) = towns_in_state(g, *ci, &p.country, state)
            && !here.iter().any(|a| a.icao == p.code)
            && let [a] = here[..]
            && let Some(q) = airport_place(a.icao, &name)
        {
            resolved = Some((q, PlaceKind::City, Some(*ci)));
        }
        let Some((mut place, mut kind, city)) = resolved else {
            continue;
        };
        // "McMurdo Station on Ross Island": an island's name, a town's
        // elsewhere (Ross air base, Belarus), when that town lies half a
        // world from every other place the story names. ("Kodiak Island"
        // in an Alaskan story is its field's.)
        let island = c.last - c.first == 1
            && toks
                .get(c.last)
                .is_some_and(|t| t.cap && ["island", "islands"].contains(&t.lower.as_str()));
        if island && kind != PlaceKind::Country {
            let ap = airports();
            let far = place.airports.iter().filter_map(|x| ap.get(x)).all(|a| {
                anchors
                    .iter()
                    .filter(|(at, ..)| *at != c.first)
                    .all(|&(_, lat, lon)| haversine_km(a.lat, a.lon, lat, lon) > 3000.0)
            });
            if far && anchors.iter().any(|(at, ..)| *at != c.first) {
                continue;
            }
        }
        // "Tehran IKA", "Moscow VKO": the airport of the city by its IATA code.
        let mut c_last = c.last;
        // ("San Salvador (SAL)", "Miami (MIA)": the code in brackets after it.)
        let bracketed = doc.bracketed(c.last);
        let code_at = if bracketed { c.last + 1 } else { c.last };
        if let Some(code) = toks.get(code_at).filter(|t| iata_word(t))
            && let Some(a) = with_iata(&code.lower).find(|a| {
                a.country == place.country
                    && (place.airports.is_empty()
                        || place.airports.iter().any(|x| {
                            airports().get(x).is_some_and(|b| {
                                crate::geo::haversine_km(a.lat, a.lon, b.lat, b.lon) < 80.0
                            })
                        }))
            })
            && let Some(p) = airport_place(a.icao, &name)
        {
            place = p;
            kind = PlaceKind::Airport;
            c_last = if bracketed { c.last + 3 } else { c.last + 1 };
        }
        // "Enid Woodring Regional Airport": the town's named airport, even a
        // small one the gazetteer does not list by name.
        if kind == PlaceKind::City {
            let mut k = c_last;
            while k < c_last + 3
                && toks.get(k).is_some_and(|t| t.cap && t.is_word())
                && !airport_word_at(doc, k)
            {
                k += 1;
            }
            let extra: Vec<&str> = toks[c_last..k]
                .iter()
                .map(|t| t.lower.as_str())
                .filter(|w| !["regional", "municipal", "county", "international"].contains(w))
                .collect();
            if !extra.is_empty()
                && airport_word_at(doc, k)
                // (The fields within 60 km of the town's, by the spatial
                // index, not a scan of the table; the first by code.)
                && let Some(a) = place
                    .airports
                    .iter()
                    .filter_map(|x| airports().get(x))
                    .flat_map(|b| {
                        airports()
                            .near(b.lat, b.lon, 61.0)
                            .into_iter()
                            .map(|c| c.airport)
                            .filter(move |a| {
                                crate::geo::haversine_km(a.lat, a.lon, b.lat, b.lon) < 60.0
                            })
                    })
                    .filter(|a| {
                        a.country == place.country && {
                            let n = super::fold(a.name);
                            extra.iter().all(|w| n.split(' ').any(|x| x == *w))
                        }
                    })
                    .min_by_key(|a| a.icao)
                && let Some(p) = airport_place(a.icao, &name)
            {
                place = p;
                kind = PlaceKind::Airport;
                c_last = k + 1;
            }
        }
        // "Minot Air Force Base": the town's one military field, not its
        // civil airport.
        if matches!(kind, PlaceKind::City | PlaceKind::Airport)
            && base_word_at(doc, c_last)
            && airports()
                .get(&place.code)
                .is_none_or(|a| !super::gazetteer::military(a.name))
        {
            let key = super::fold(&name);
            let bases: Vec<&'static str> = place
                .airports
                .iter()
                .filter_map(|x| airports().get(x))
                .flat_map(|a| airports().near(a.lat, a.lon, 50.0))
                .map(|c| c.airport)
                .filter(|a| {
                    a.country == place.country
                        && super::gazetteer::military(a.name)
                        && (super::fold(a.city) == key || super::fold(a.name).starts_with(&key))
                })
                .map(|a| a.icao)
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            if let [one] = bases[..]
                && let Some(p) = airport_place(one, &name)
            {
                place = p;
                kind = PlaceKind::Airport;
            }
        }
        let sf = doc.sentence_start(c.first);
        let mut prep = prep_before(doc, sf, c.first);
        // "took off from a base in Sicily, Italy": a country after a name
        // the tables do not hold takes that name's preposition. (Not one in
        // a list: "in Crimea, Krasnodar, and eastern Ukraine", "bases in
        // Spain, Portugal, Greece".)
        if prep.is_none()
            && kind == PlaceKind::Country
            && c.first >= sf + 3
            && doc.toks[c.first - 1].is(",")
            && doc.toks[c.first - 2].cap
            && !chosen.iter().any(|o| o.last + 1 == c.first)
            && doc.toks.get(c_last).is_none_or(|x| x.lower != "and")
            && !(doc.toks.get(c_last).is_some_and(|x| x.is(","))
                && doc.toks.get(c_last + 1).is_some_and(|x| x.lower == "and"))
        {
            let mut k = c.first - 2;
            while k > sf + 1 && c.first - k < 5 && doc.toks[k - 1].cap {
                k -= 1;
            }
            let p = doc.toks[k - 1].lower.as_str();
            // (Not a place's own setting: "departed for Kadena Air Base in
            // Okinawa, Japan".)
            if ["in", "at", "from", "to"].contains(&p)
                && !(p == "in" && k >= sf + 2 && doc.toks[k - 2].cap)
            {
                prep = Some(p.to_string());
            }
        }
        let mut landmark = prep.as_deref().is_some_and(|p| LANDMARK.contains(&p));
        // "ending a working visit to France", "an unannounced trip to
        // Qatar": a visit's goal, or a trip's to a country, said of a
        // person, not where an aircraft went. (Not a trip to a town, which
        // aircraft make too: "the trip to Antofagasta ended with the
        // aircraft returning".)
        if let Some(pw) = prep.as_deref().filter(|p| ["to", "of"].contains(p))
            && let Some(k) = (c.first.saturating_sub(3).max(sf)..c.first)
                .rev()
                .find(|&k| doc.toks[k].lower == pw)
            && k > sf
            && (["visit", "visits", "tour"].contains(&doc.toks[k - 1].lower.as_str())
                || (["trip", "trips"].contains(&doc.toks[k - 1].lower.as_str())
                    && kind == PlaceKind::Country))
            // (Not one an aircraft "paid a short visit to Halifax".)
            && !(k.saturating_sub(5).max(sf)..k)
                .any(|j| ["paid", "pays", "made", "makes"].contains(&doc.toks[j].lower.as_str()))
        {
            landmark = true;
        }
        // "reached the Kaliningrad border", "entered Polish airspace near
        // the Libyan coast": a line or an edge the place's name qualifies,
        // not the place.
        if doc.toks.get(c_last).is_some_and(|x| {
            [
                "border",
                "borders",
                "airspace",
                "coast",
                "coastline",
                "frontier",
                "fir",
            ]
            .contains(&x.lower.as_str())
        }) {
            landmark = true;
        }
        // "entered Russian airspace from Latvia", "… through Latvia": the
        // way in to an airspace, a line crossed, not an origin or a stop.
        if prep
            .as_deref()
            .is_some_and(|p| ["from", "through", "via", "over"].contains(&p))
            && c.first >= sf + 2
            && doc.toks[c.first - 2].lower == "airspace"
        {
            landmark = true;
        }
        // "flew over the Bosphorus Strait in Turkey": where the thing flown
        // over is, not a place landed at.
        if prep.as_deref() == Some("in")
            && c.first >= sf + 3
            && let Some(o) = (c.first.saturating_sub(7).max(sf)..c.first - 2)
                .rev()
                .find(|&j| LANDMARK.contains(&doc.toks[j].lower.as_str()))
            && (o + 1..c.first - 1).all(|j| {
                let t = &doc.toks[j];
                t.lower == "the" || t.cap
            })
        {
            landmark = true;
        }
        // "a second plane from Moscow's presidential fleet": the place owns
        // what follows, no airport; it is not where the aircraft was.
        if kind != PlaceKind::Airport && doc.toks.get(c_last).is_some_and(|t| t.is("'")) && {
            let k = if doc.word(c_last + 1) == "s" {
                c_last + 2
            } else {
                c_last + 1
            };
            doc.toks.get(k).is_some_and(|t| !t.cap)
                && (k..(k + 3).min(doc.toks.len())).any(|j| {
                    [
                        "fleet",
                        "fleets",
                        "squadron",
                        "detachment",
                        "government",
                        "airline",
                        "carrier",
                        "company",
                        "ministry",
                        "army",
                        "navy",
                    ]
                    .contains(&doc.toks[j].lower.as_str())
                })
        } {
            landmark = true;
        }
        // "flying close to the Indonesian city of Manado" (passed, not
        // reached), "before taking a turn north to the Philippines" (a
        // heading).
        if prep.as_deref() == Some("to")
            && let Some(k) = (c.first.saturating_sub(6).max(sf)..c.first)
                .rev()
                .find(|&k| doc.toks[k].lower == "to")
            && k > sf
        {
            let w = |j: usize| doc.toks[j].lower.as_str();
            let mut j = k - 1;
            if DIRECTIONS.contains(&w(j)) && j > sf {
                j -= 1;
            }
            if ["close", "closer"].contains(&w(k - 1))
                || (w(j) == "turn" && j > sf && w(j - 1) == "a")
            {
                landmark = true;
            }
        }
        // "as it flew through Indonesia": a country crossed, not a stop.
        if prep.as_deref() == Some("through") && kind == PlaceKind::Country {
            landmark = true;
        }
        // "left a US ICE staging facility in Alexandria": a country's name
        // after "a" says whose the thing is, not where the aircraft was.
        if kind == PlaceKind::Country
            && c.first > sf
            && ["a", "an"].contains(&doc.toks[c.first - 1].lower.as_str())
        {
            landmark = true;
        }
        // "arrived at the US air force base in Ramstein", "at the US Air
        // Force Base Ramstein": the owner of a base named after it, not
        // where the base is.
        if kind == PlaceKind::Country
            && c.first > sf
            && doc.toks[c.first - 1].lower == "the"
            && owner_of_named_base(doc, c_last)
        {
            landmark = true;
        }
        // "landed at an airfield near Minsk": an airfield the text does not
        // name, in the landmark's country.
        if landmark && let Some(unnamed) = unnamed_field_before(doc, sf, c.first) {
            place = country_place(&place.country, &name);
            kind = PlaceKind::Country;
            landmark = false;
            prep = Some(unnamed);
        }
        out.push(PlaceMention {
            first: c.first,
            last: c_last,
            name: (c.first, c_last),
            landmark,
            prep,
            place,
            kind,
            city,
            government: false,
        });
    }
    iata_in_tables(doc, &mut out);
    iata_in_log_lines(doc, &mut out);
    icao_codes(doc, &mut out);
    airport_with_code(doc, &mut out);
    iata_of_story_airports(doc, &mut out);
    initials_of_story_places(doc, &mut out);
    defined_initials(doc, &mut out);
    province_abbreviation(doc, &mut out);
    named_in_story(doc, &mut out);
    colombia_misspelt(&mut out);
    airport_of_story_city(doc, &mut out);
    possessed_airport(doc, &mut out);
    city_base(doc, &mut out);
    station_of_city(doc, &mut out);
    descriptive(text, doc, g, &mut city_places, &mut out, &weight, &used);
    town_of_story_airport(doc, &mut out);
    merge(doc, &mut out);
    mark_government(doc, &mut out);
    mark_borders(doc, &mut out);
    drop_not_places(doc, &mut out);
    hyphen_compound(doc, &mut out);
    out
}

/// Whether the words from `i` describe a base and then name it or say where
/// it is: "air force base in Ramstein", "Air Force Base Ramstein", "military
/// airfield near Minsk".
fn owner_of_named_base(doc: &Doc, i: usize) -> bool {
    let words = [
        "air", "force", "military", "naval", "army", "base", "airbase", "airfield", "station",
    ];
    // (`Doc::word` is "" past the end: the walk stops there.)
    let mut j = i;
    let mut base = false;
    while j < i + 4 && words.contains(&doc.word(j)) {
        base |= ["base", "airbase", "airfield", "station"].contains(&doc.word(j));
        j += 1;
    }
    let named = |k: usize| doc.toks.get(k).is_some_and(|t| t.cap && t.is_word());
    base && (named(j) || (["in", "near", "outside", "at"].contains(&doc.word(j)) && named(j + 1)))
}

/// "the Russian Ivanovo-Severny airfield": one field's name of two words
/// the table knows apart ("Ivanovo", Omsk's "Severny"). Neither is the
/// field unless the second is an airport of the first's city
/// ("Moscow-Vnukovo airport") or the table's name or town for it has both
/// ("Phoenix-Mesa Gateway", a field of "Phoenix/Mesa").
///
/// A city and one of its own fields so joined is that field, with no
/// "airport" after it too, as aviation writers name fields
/// ("Milan-Linate", "Buenos Aires-Ezeiza"): not the city's main one.
fn hyphen_compound(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    let city = |p: &PlaceMention| airports().get(&p.place.code).map(|a| a.city);
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        for j in 0..out.len() {
            let (p, q) = (&out[i], &out[j]);
            // The hyphen, read into the second name or between the two.
            let h = p.name.1;
            let tight = toks.get(h).is_some_and(|t| t.is("-") && !t.space_before)
                && (q.name.0 == h || (q.name.0 == h + 1 && !toks[h + 1].space_before));
            if i == j || !tight {
                continue;
            }
            // ("Phoenix-Mesa Gateway Airport": the table's own name.)
            let named = airports().get(&q.place.code).is_some_and(|a| {
                let first = super::fold(&p.place.text);
                super::fold(a.name).contains(&first) || super::fold(a.city).contains(&first)
            });
            let same_city = city(p).is_some() && city(p) == city(q);
            // (Or a field of the city's, under a town of its own: Ezeiza's
            // is Buenos Aires' field, 22 km from the city's other.)
            let by_city = p.kind == PlaceKind::City
                && match (airports().get(&p.place.code), airports().get(&q.place.code)) {
                    (Some(a), Some(b)) => haversine_km(a.lat, a.lon, b.lat, b.lon) < 40.0,
                    _ => false,
                };
            let field = q.kind == PlaceKind::Airport && (named || same_city || by_city);
            if !airport_word_at(doc, q.name.1) && !base_word_at(doc, q.name.1) {
                if field && p.kind != PlaceKind::Airport {
                    drop[i] = true;
                }
                continue;
            }
            drop[i] = true;
            if !field {
                drop[j] = true;
            }
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "arriving at the U.S.-Mexico border", "near the Polish border": a
/// border, not the country's airports.
fn mark_borders(doc: &Doc, out: &mut [PlaceMention]) {
    let toks = &doc.toks;
    for p in out.iter_mut() {
        let mut k = p.last;
        while k < toks.len()
            && k < p.last + 4
            && (toks[k].is("-")
                || toks[k].is("–")
                || toks[k].is(".")
                || (toks[k].cap && k > p.last))
        {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| {
            ["border", "borders", "frontier", "crossing"].contains(&t.lower.as_str())
        }) {
            p.landmark = true;
        }
    }
}

/// "the Co Clare airport", "County Kerry": an Irish or British county, not
/// the town or field of that name elsewhere.
///
/// Nor a byline's writer ("by Douglas Messier" is no Charlotte/Douglas),
/// nor a US state's nickname ("flew Whitmer to the Sunshine State" is no
/// Sunshine Coast): names the words around them say are no place.
fn drop_not_places(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    out.retain(|p| {
        let (f, l) = p.name;
        let k = if f > 1 && toks[f - 1].is(".") {
            f - 2
        } else {
            f.wrapping_sub(1)
        };
        let county = f > 0 && toks[k].cap && ["co", "county"].contains(&toks[k].lower.as_str());
        let after = toks.get(l);
        let byline = f >= 1
            && toks[f - 1].lower == "by"
            && doc.sentence_start(f) == f - 1
            && after.is_some_and(|t| t.cap && t.is_word());
        let nickname = p.kind != PlaceKind::Country
            && after.is_some_and(|t| t.cap && t.lower == "state")
            && f > 0
            && toks[f - 1].lower == "the";
        !(county || byline || nickname)
    });
}

/// "A plane arriving from Columbia" in a story that names Colombia: the
/// country misspelt, not Columbia, Missouri.
fn colombia_misspelt(out: &mut [PlaceMention]) {
    if !out
        .iter()
        .any(|p| p.kind == PlaceKind::Country && p.place.country == "CO")
    {
        return;
    }
    for p in out.iter_mut() {
        if p.kind == PlaceKind::City
            && p.place.country != "CO"
            && super::fold(&p.place.text) == "columbia"
        {
            p.place = country_place("CO", &p.place.text);
            p.kind = PlaceKind::Country;
        }
    }
}

/// "New York Stewart International Airport … touched down at Stewart": a
/// name that ends an airport's name told in the story is that airport (not
/// Stewart in British Columbia).
fn named_in_story(doc: &Doc, out: &mut [PlaceMention]) {
    let words = |a: usize, b: usize| -> Vec<&str> {
        doc.toks[a..b]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .filter(|w| !tables::AIRPORT_WORDS.contains(w))
            .collect()
    };
    // (A headline's name may come before the airport's full name.)
    let airports: Vec<(Vec<&str>, Place)> = out
        .iter()
        .filter(|q| q.kind == PlaceKind::Airport && q.place.is_airport())
        .map(|q| (words(q.name.0, q.name.1), q.place.clone()))
        .collect();
    for p in out.iter_mut() {
        if !matches!(p.kind, PlaceKind::City | PlaceKind::Airport) {
            continue;
        }
        let mine = words(p.name.0, p.name.1);
        if mine.is_empty() {
            continue;
        }
        if let Some((_, place)) = airports.iter().find(|(theirs, place)| {
            place.code != p.place.code && theirs.len() > mine.len() && theirs.ends_with(&mine)
        }) {
            p.place = place.clone();
            p.kind = PlaceKind::Airport;
            p.city = None;
        }
    }
}

/// "returned to Logan Airport" in a story about Boston, "Kennedy Airport in
/// New York", "Love Field in Dallas": a name and an airport word that a
/// story city's airport bears in its longer name (General Edward Lawrence
/// Logan International) is that airport, not a field of that name far off
/// (Logan-Cache in Utah) nor the city's other airport.
fn airport_of_story_city(doc: &Doc, out: &mut [PlaceMention]) {
    let name_words = |name: &str| -> Vec<String> {
        super::fold(name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let has = |hay: &[String], needle: &[&str]| {
        !needle.is_empty()
            && hay
                .windows(needle.len())
                .any(|w| w.iter().zip(needle).all(|(a, b)| a == b))
    };
    // The story's cities, by their words, with their airports (each city
    // once: a long story names the same few many times).
    let mut cities: Vec<(String, Vec<String>)> = out
        .iter()
        .filter(|q| q.kind == PlaceKind::City && !q.government)
        .map(|q| (super::fold(&q.place.text), q.place.airports.clone()))
        .collect();
    cities.sort();
    cities.dedup();
    for p in out.iter_mut() {
        if !matches!(p.kind, PlaceKind::City | PlaceKind::Airport) {
            continue;
        }
        let span_word = (p.name.0..p.name.1)
            .any(|k| tables::AIRPORT_WORDS.contains(&doc.toks[k].lower.as_str()));
        if !(span_word
            || airport_word_at(doc, p.name.1)
            || doc.toks.get(p.name.1).is_some_and(|t| t.lower == "field"))
        {
            continue;
        }
        // (Not the city the name itself was read as: Logan, Utah.)
        let own = super::fold(&p.place.text);
        let mut city_airports: Vec<&String> = cities
            .iter()
            .filter(|(c, _)| *c != own)
            .flat_map(|(_, a)| a.iter())
            .collect();
        city_airports.sort();
        city_airports.dedup();
        let mine: Vec<&str> = doc.toks[p.name.0..p.name.1]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .filter(|w| !tables::AIRPORT_WORDS.contains(w))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let theirs = |icao: &str| {
            airports()
                .get(icao)
                .map(|a| name_words(a.name))
                .unwrap_or_default()
        };
        let own_has = has(&theirs(&p.place.code), &mine);
        if own_has && city_airports.contains(&&p.place.code) {
            continue;
        }
        let found: Vec<&String> = city_airports
            .iter()
            .copied()
            .filter(|y| **y != p.place.code && has(&theirs(y), &mine))
            .collect();
        if let [y] = found[..]
            && let Some(place) = airport_place(y, &p.place.text)
        {
            p.place = place;
            p.kind = PlaceKind::Airport;
            p.city = None;
        }
    }
}

/// True when the town `p` stands for lies in the state named after it
/// ("Portland, Maine" read as Portland International Jetport).
pub(super) fn in_state_named(doc: &Doc, p: &PlaceMention) -> bool {
    state_centre(doc, p.last).is_some_and(|(lat, lon, reach)| {
        airports()
            .get(&p.place.code)
            .is_some_and(|a| haversine_km(a.lat, a.lon, lat, lon) < reach)
    })
}

/// "had just taken off from the Columbus Municipal Airport … It took off
/// from Columbus": a town the story has tied to an airport filed under its
/// name is that town, not the better-known one of the same name far off
/// (Columbus, Ohio; Gainesville, Florida).
fn town_of_story_airport(doc: &Doc, out: &mut [PlaceMention]) {
    // ("Portland, Maine … The Portland air traffic control tower": a town
    // told with its state is that town wherever it is named again.)
    let stated: Vec<(String, Place)> = out
        .iter()
        .filter(|q| q.kind == PlaceKind::City && q.place.is_airport())
        .filter(|q| in_state_named(doc, q))
        .map(|q| (super::fold(&q.place.text), q.place.clone()))
        .collect();
    for p in out.iter_mut() {
        if !matches!(p.kind, PlaceKind::City | PlaceKind::Airport)
            || state_centre(doc, p.last).is_some()
        {
            continue;
        }
        let town = super::fold(&p.place.text);
        if let Some((_, place)) = stated
            .iter()
            .find(|(t, q)| *t == town && q.code != p.place.code)
        {
            p.place = Place {
                text: p.place.text.clone(),
                ..place.clone()
            };
            p.kind = PlaceKind::City;
        }
    }
    let mut told: Vec<(String, Place)> = out
        .iter()
        .filter(|q| q.kind == PlaceKind::Airport && q.place.is_airport())
        .filter_map(|q| {
            let a = airports().get(&q.place.code)?;
            Some((super::fold(a.city), q.place.clone()))
        })
        .collect();
    told.sort_by(|a, b| a.1.code.cmp(&b.1.code));
    told.dedup_by(|a, b| a.1.code == b.1.code);
    for p in out.iter_mut() {
        if p.kind != PlaceKind::City || !p.place.is_airport() || in_state_named(doc, p) {
            continue;
        }
        let Some(mine) = airports().get(&p.place.code) else {
            continue;
        };
        let town = super::fold(&p.place.text);
        let mut theirs = told.iter().filter(|(city, place)| {
            city.split('/').any(|c| c.trim() == town)
                && airports()
                    .get(&place.code)
                    .is_some_and(|a| haversine_km(a.lat, a.lon, mine.lat, mine.lon) > 100.0)
        });
        if let (Some((_, place)), None) = (theirs.next(), theirs.next()) {
            p.place = Place {
                text: p.place.text.clone(),
                ..place.clone()
            };
        }
    }
}

/// "Fort McMurray, Alta.": Alberta's short form after a place, not the
/// Norwegian town (nor Ontario, California, for "Ont." or for "Trenton,
/// Ontario").
fn province_abbreviation(doc: &Doc, out: &mut [PlaceMention]) {
    for p in out.iter_mut() {
        let short = ["alta", "ont"].contains(&doc.toks[p.first].lower.as_str())
            && doc.toks.get(p.last).is_some_and(|t| t.is("."));
        // ("Trenton, Ontario": the province after a place's name.)
        let ontario =
            doc.toks[p.first].lower == "ontario" && p.first >= 2 && doc.toks[p.first - 2].cap;
        if p.last == p.first + 1
            && (short || ontario)
            && p.first > 0
            && doc.toks[p.first - 1].is(",")
        {
            let name = doc.toks[p.first].lower.clone();
            p.place = country_place("CA", &name);
            p.kind = PlaceKind::Country;
            p.city = None;
        }
    }
}

/// The longest province, state or nation ([`tables::REGIONS`]) whose name
/// starts at `k`, capitalised ("Victoria, and the rest" names none).
fn region_at(doc: &Doc, k: usize) -> Option<(&'static str, &'static str)> {
    let t = doc.toks.get(k).filter(|t| t.cap || t.upper)?;
    // (Most capitals begin no such name: a look at the first word first.)
    let starts = |n: &str| n.split(' ').next() == Some(t.lower.as_str());
    if !tables::REGIONS.iter().any(|(n, _)| starts(n)) {
        return None;
    }
    let mut key = String::new();
    let mut found = None;
    for t in doc.toks.iter().skip(k).take(9) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&t.lower);
        if let Some(r) = tables::REGIONS.iter().find(|(n, _)| *n == key) {
            found = Some(*r);
        }
    }
    found
}

/// The middle of the state or province named after the comma at `comma`
/// ("Portland, Maine", "Kansas City, Mo.", "Kingston, Ont."), and how far
/// from it a town can lie and be in it (a quarter more than most of its
/// airports lie).
pub(super) fn state_centre(doc: &Doc, comma: usize) -> Option<(f64, f64, f64)> {
    if !doc.toks.get(comma)?.is(",") || !doc.toks.get(comma + 1)?.cap {
        return None;
    }
    let mut key = String::new();
    let mut found = None;
    for t in doc.toks.iter().skip(comma + 1).take(6) {
        key.push_str(&t.lower);
        if let Some(&(_, lat, lon, most)) = tables::STATE_CENTRES
            .iter()
            .find(|(n, _, _, _)| n.chars().filter(|c| *c != ' ').eq(key.chars()))
        {
            found = Some((lat, lon, most * 1.25));
        }
    }
    found
}

/// The largest airports of the town `city` (in `country`) in the state
/// `(lat, lon, reach)` ([`state_centre`]): the town so named there, when
/// the name stands for towns in several states. `None` when the name has
/// one town, or none there.
fn towns_in_state(
    g: &Gazetteer,
    city: u32,
    country: &str,
    (lat, lon, reach): (f64, f64, f64),
) -> Option<Vec<&'static crate::airports::Airport>> {
    let all: Vec<&'static crate::airports::Airport> = g
        .cities
        .get(city as usize)?
        .airports
        .iter()
        .filter_map(|i| airports().get(i))
        .filter(|a| a.country == country)
        .collect();
    let dist = |a: &crate::airports::Airport| haversine_km(a.lat, a.lon, lat, lon);
    let near = all.iter().map(|a| dist(a)).min_by(f64::total_cmp)?;
    let far = all.iter().map(|a| dist(a)).max_by(f64::total_cmp)?;
    // (Towns in one state only, or none in this one: nothing to choose.)
    if far - near < 300.0 || near > reach {
        return None;
    }
    let here: Vec<_> = all
        .into_iter()
        .filter(|a| dist(a) <= near + 150.0)
        .collect();
    let rank = |a: &crate::airports::Airport| match a.kind {
        Kind::Large => 0,
        Kind::Medium => 1,
        _ => 2,
    };
    let best = here.iter().map(|a| rank(a)).min()?;
    Some(here.into_iter().filter(|a| rank(a) == best).collect())
}

/// A province's name of two words or more written out ("British
/// Columbia", not "B.C." or "Man.", which may be other things: "300 B.C.",
/// "the Isle of Man.").
fn spelt_out(name: &str) -> bool {
    name.split(' ')
        .filter(|w| w.chars().count() > 1 && w.chars().all(char::is_alphabetic))
        .count()
        >= 2
}

/// One-word provinces and states that name nothing else a story means.
const REGION_WORDS: &[&str] = &[
    "alberta",
    "saskatchewan",
    "manitoba",
    "queensland",
    "tasmania",
    "yukon",
    "nunavut",
];

/// "at an airfield near", "to a military base outside": an airfield named
/// by a common noun right before the landmark word that ends at `first`,
/// with the preposition before it ("at" when there is none).
fn unnamed_field_before(doc: &Doc, sf: usize, first: usize) -> Option<String> {
    let w = |i: usize| doc.toks[i].lower.as_str();
    // The landmark word ("near") right before the name, the field's noun
    // right before that.
    let near = first.checked_sub(1).filter(|&i| i >= sf)?;
    let noun = near.checked_sub(1).filter(|&i| i >= sf)?;
    let field = [
        "airfield",
        "airport",
        "airbase",
        "base",
        "aerodrome",
        "airstrip",
    ]
    // ("an air base" ends in "base".)
    .contains(&w(noun));
    if !field || !LANDMARK.contains(&w(near)) {
        return None;
    }
    // Back over lowercase words ("a military airfield", "an air base") to
    // an article: a field with a name ("Chkalovsky airfield") is another case.
    let mut j = noun;
    while j > sf && j + 4 > noun {
        j -= 1;
        let t = &doc.toks[j];
        if ["a", "an"].contains(&w(j)) {
            let before = j.checked_sub(1).filter(|&i| i >= sf).map(w).unwrap_or("");
            let prep = if ["at", "to", "from", "in", "into", "on"].contains(&before) {
                before
            } else {
                "at"
            };
            return Some(prep.to_string());
        }
        if t.cap || !t.is_word() {
            return None;
        }
    }
    None
}

/// An airport word at token `i`: "airport", "air base", and "Regional
/// Airport", "Municipal Airport", "County Airport" (the city's name before
/// them is the airport's).
fn airport_word_at(doc: &Doc, i: usize) -> bool {
    let w = |k: usize| doc.toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    tables::AIRPORT_WORDS.contains(&w(i))
        || (w(i) == "air" && w(i + 1) == "base")
        // ("Wellington Military Airport": the town's field.)
        || (["regional", "municipal", "county", "military"].contains(&w(i))
            && doc.toks.get(i).is_some_and(|t| t.cap)
            && tables::AIRPORT_WORDS.contains(&w(i + 1)))
}

/// A military field's words at token `i`: "Air Force Base", "AFB", "Air
/// Base", "Airbase", "Air Station".
fn base_word_at(doc: &Doc, i: usize) -> bool {
    let w = |k: usize| doc.toks.get(k).map(|t| t.lower.as_str()).unwrap_or("");
    ["afb", "airbase"].contains(&w(i))
        || (w(i) == "air" && ["base", "station"].contains(&w(i + 1)))
        || (w(i) == "air" && w(i + 1) == "force" && w(i + 2) == "base")
}

/// First words of a sentence that are not names, before "airport".
const NOT_START: &[&str] = &["the", "a", "an", "its", "this", "that"];

/// The airport the words `key` name (squashed, as the gazetteer keys
/// them), as a candidate from the key's first word to `last`: "Tampa
/// Padang airport" spans its airport word, "the airport at Chimoré" only
/// the name.
fn named_airport(
    g: &Gazetteer,
    toks: &[super::text::Tok],
    key: std::ops::Range<usize>,
    last: usize,
    story_regs: &[&'static str],
) -> Option<Cand> {
    let first = key.start;
    let name: String = toks[key].iter().map(|t| squash(&t.lower)).collect();
    let mut found = g.airports_named(&name);
    // (A field whose table name keeps its word: "Peter Prince Field".)
    // (Or that a reporter calls an airport: "Peter Prince Airport".)
    if found.is_empty()
        && let Some(t) = toks.get(last)
        && (["field", "airpark"].contains(&t.lower.as_str())
            || tables::AIRPORT_WORDS.contains(&t.lower.as_str()))
    {
        for word in ["field", "airpark"] {
            found = g.airports_named(&format!("{name}{word}"));
            if !found.is_empty() {
                break;
            }
        }
    }
    // ("Avon Park Airport", "the Blountstown airport": a town's small
    // field, whatever its own name, when the town has no bigger one.)
    if found.is_empty()
        && toks.get(last).is_some_and(|t| {
            ["airport", "airfield", "aerodrome", "airstrip"].contains(&t.lower.as_str())
        })
        && let Some(icao) = g.town_airport(&name)
    {
        return Some(Cand {
            first,
            last,
            entries: vec![Entry::Airport { icao, weak: false }],
        });
    }
    // (Of several fields of one name, the one the words name whole:
    // "Chennault International Airport", not Chennault Airfield.)
    let exact: Vec<&'static str> = if found.len() > 1 {
        let whole: String = toks[first..=last.min(toks.len() - 1)]
            .iter()
            .map(|t| squash(&t.lower))
            .collect();
        found
            .iter()
            .copied()
            .filter(|i| airports().get(i).is_some_and(|a| squash(a.name) == whole))
            .collect()
    } else {
        Vec::new()
    };
    let found = if exact.len() == 1 { &exact[..] } else { found };
    let icao = pick_airport(found, story_regs)?;
    Some(Cand {
        first,
        last,
        entries: vec![Entry::Airport { icao, weak: false }],
    })
}

/// The airport to take among several of one name: in the story's countries
/// first, then the bigger.
fn pick_airport(found: &[&'static str], story_regs: &[&'static str]) -> Option<&'static str> {
    let mut best: Option<(&'static str, i32)> = None;
    for icao in found {
        let Some(a) = airports().get(icao) else {
            continue;
        };
        let mut score = match a.kind {
            Kind::Large => 3,
            Kind::Medium => 2,
            Kind::Small => 1,
            _ => 0,
        };
        if story_regs.contains(&a.country) {
            score += 5;
        }
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((a.icao, score));
        }
    }
    best.map(|(i, _)| i)
}

/// "Mombasa's Moi International Airport": the possessor city's airport whose
/// name holds the words, not an airport of that name elsewhere (Nairobi's
/// Moi Air Base).
fn possessed_airport(doc: &Doc, out: &mut [PlaceMention]) {
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let p = &mut rest[0];
        let q = &before[k - 1];
        if p.first < 2
            || q.last + 2 != p.first
            || !doc.possessive_at(p.first - 2)
            || q.kind != PlaceKind::City
            || !p.place.is_airport()
            || q.place.airports.contains(&p.place.code)
        {
            continue;
        }
        let words: Vec<String> = doc.toks[p.name.0..p.name.1]
            .iter()
            .map(|t| super::fold(&t.lower))
            .collect();
        let own: Vec<&String> = q
            .place
            .airports
            .iter()
            .filter(|i| {
                airports().get(i).is_some_and(|a| {
                    let name = super::fold(a.name);
                    let ws: Vec<&str> = name.split_whitespace().collect();
                    words.iter().all(|w| ws.contains(&w.as_str()))
                })
            })
            .collect();
        if let [one] = own[..]
            && let Some(place) = airport_place(one, &p.place.text)
        {
            p.place = place;
        }
    }
}

/// "left the Madrid base" after "Torrejón de Ardoz air base": a city's
/// name before "base" is the air base near it the story has named, not the
/// city's airport.
fn city_base(doc: &Doc, out: &mut [PlaceMention]) {
    let next = |j: usize| doc.word(j);
    let says_base =
        |j: usize| (j..(j + 4).min(doc.toks.len())).any(|k| ["base", "airbase"].contains(&next(k)));
    let at = |c: &str| airports().get(c).map(|a| (a.lat, a.lon));
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let (one, after) = rest.split_at_mut(1);
        let p = &mut one[0];
        let base = next(p.last) == "base"
            || next(p.last) == "airbase"
            || (next(p.last) == "air" && next(p.last + 1) == "base");
        // ("deployed to Guam", in a story that names Andersen Air Force
        // Base: a country's or island's name that is also its airliner
        // airport's stands for the one base the story names near it.)
        let territory = !base
            && p.last - p.first == 1
            && p.kind == PlaceKind::Airport
            && airports().get(&p.place.code).is_some_and(|a| {
                crate::article::fold(a.name).starts_with(&format!(
                    "{} international",
                    crate::article::fold(&p.place.text)
                ))
            });
        if ((p.kind != PlaceKind::City && p.city.is_none()) || !base) && !territory {
            continue;
        }
        let Some(here) = at(&p.place.code) else {
            continue;
        };
        let is_base = |q: &PlaceMention| {
            q.place.is_airport()
                && q.place.code != p.place.code
                && (airports()
                    .get(&q.place.code)
                    .is_some_and(|a| super::gazetteer::military(a.name))
                    || says_base(q.last))
                && at(&q.place.code).is_some_and(|b| haversine_km(here.0, here.1, b.0, b.1) < 40.0)
        };
        // The last such base the story named.
        let named = if territory {
            let all: Vec<&PlaceMention> = before
                .iter()
                .chain(after.iter())
                .filter(|q| is_base(q))
                .collect();
            (!all.is_empty() && all.iter().all(|q| q.place.code == all[0].place.code))
                .then(|| all[0])
        } else {
            before.iter().rev().find(|q| is_base(q))
        };
        if let Some(q) = named {
            p.place = Place {
                text: p.place.text.clone(),
                ..q.place.clone()
            };
        }
    }
}

/// "left Naval Air Station Jacksonville", "NAS Whidbey Island": the navy's
/// field of that city (the table's "Jacksonville Nas (Towers Field)"), not
/// the city's airliner airport.
fn station_of_city(doc: &Doc, out: &mut [PlaceMention]) {
    for p in out.iter_mut() {
        if p.kind != PlaceKind::City || p.first < 1 {
            continue;
        }
        let w = |k: usize| doc.word(k);
        let f = p.first;
        // (Also after the name: "Pensacola Naval Air Station", "Pensacola
        // NAS".)
        let l = p.last;
        let naval = w(f - 1) == "nas"
            || (f >= 3 && w(f - 3) == "naval" && w(f - 2) == "air" && w(f - 1) == "station")
            || w(l) == "nas"
            || (w(l) == "naval" && w(l + 1) == "air" && w(l + 2) == "station");
        if !naval {
            continue;
        }
        let Some(here) = airports().get(&p.place.code) else {
            continue;
        };
        // The city's own station first ("Pensacola Nas", not Whiting Field
        // in Milton, 30 km off), else the nearest.
        let field = fields_of(here.country)
            .iter()
            .filter(|a| a.name.contains(" Nas") || a.name.contains("Naval Air Station"))
            .map(|a| (a, haversine_km(here.lat, here.lon, a.lat, a.lon)))
            .filter(|(_, km)| *km < 40.0)
            .min_by(|(a, ka), (b, kb)| {
                (a.city != here.city)
                    .cmp(&(b.city != here.city))
                    .then(ka.total_cmp(kb))
            })
            .map(|(a, _)| a);
        if let Some(a) = field
            && let Some(np) = airport_place(a.icao, &p.place.text)
        {
            p.place = np;
            p.kind = PlaceKind::Airport;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::gazetteer::gazetteer;
    use crate::article::text::parse;

    fn places(text: &str) -> Vec<(String, String, bool)> {
        let doc = parse(text);
        let g = gazetteer();
        let hits = g.find(&doc);
        let taken = vec![false; doc.toks.len()];
        find(text, &doc, g, &hits, &taken, &[])
            .into_iter()
            .map(|p| {
                (
                    text[doc.toks[p.first].start..doc.toks[p.last - 1].end].to_string(),
                    p.place.code,
                    p.government,
                )
            })
            .collect()
    }

    #[test]
    fn names_shared_by_several_countries_follow_the_story() {
        let got = places("The jet left Maiquetía and diverted to Valencia.");
        assert_eq!(got[1].1, "SVVA", "{got:?}");
        let got = places("It landed in Valencia, Spain.");
        assert_eq!(got[0].1, "LEVC", "{got:?}");
        let got = places("It flew to Santa Cruz, in Bolivia.");
        assert_eq!(got[0].1, "SLVR", "{got:?}");
        // ("Gainesville, Georgia": the US state, not the country.)
        let got = places("It crashed after takeoff in Gainesville, Georgia.");
        assert!(got.iter().all(|p| p.1 != "GE"), "{got:?}");
        // ("Boston Logan": the city's airport, not Logan, Utah; not a
        // headline's city and the dateline's after it.)
        let got = places("It landed at Boston Logan on Friday.");
        assert!(got.iter().all(|p| p.1 == "KBOS"), "{got:?}");
        let got = places("Freed men arrive in Doha\n\nDOHA, Qatar (wire) — The jet landed.");
        assert!(got.iter().all(|p| p.1 != "OTBD"), "{got:?}");
        let got = places("It landed in Tbilisi, Georgia.");
        assert!(got.iter().any(|p| p.1 == "GE"), "{got:?}");
    }

    #[test]
    fn capitals_used_for_governments_are_marked() {
        let got = places("Moscow said the plane landed in Caracas. Washington warned Caracas.");
        let gov: Vec<(&str, bool)> = got.iter().map(|(t, _, g)| (t.as_str(), *g)).collect();
        assert_eq!(
            gov,
            [
                ("Moscow", true),
                ("Caracas", false),
                ("Washington", true),
                ("Caracas", false)
            ]
        );
    }

    #[test]
    fn air_bases_and_named_airports() {
        for (text, code) in [
            ("It landed at Hmeimim air base.", "OSLK"),
            ("It landed at Khmeimim.", "OSLK"),
            ("It left the Machulishchy airfield.", "UMLI"),
            ("It took off from Chkalovsky.", "UUMU"),
            ("It landed at Moscow's Vnukovo airport.", "UUWW"),
            ("It landed at San Antonio de los Baños air base.", "MUSA"),
            ("It landed at Biggs Army Airfield.", "KBIF"),
            ("It landed at Sigonella.", "LICZ"),
            ("It flew to Engels.", "XWSG"),
            ("It landed at Ramstein.", "ETAR"),
            ("It landed at Al Udeid.", "OTBH"),
            ("It landed at Incirlik.", "LTAG"),
            (
                "It landed at Venezuela's biggest international airport.",
                "SVMI",
            ),
            ("It landed in Dakar, Senegal.", "GOBD"),
        ] {
            let got = places(text);
            assert!(got.iter().any(|p| p.1 == code), "{text}: {got:?}");
        }
    }

    #[test]
    fn capitalised_common_words_are_not_places() {
        let got = places("The North said the Gulf and Central banks met.");
        assert!(got.is_empty(), "{got:?}");
    }
}
