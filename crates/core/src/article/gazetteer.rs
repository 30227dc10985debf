//! Stage 2a: the gazetteers and the matcher that finds their names.
//!
//! One Aho-Corasick automaton holds every name the reader knows: aircraft
//! types (the generated Doc 8643 table and the hand-made one), makers,
//! countries, the cities of large and medium airports, the airports' own
//! names, air bases and reporters' other names for airports. Names and the
//! text are compared "squashed": folded to lower case, accents dropped, and
//! spaces, hyphens, full stops and apostrophes removed, so "Il-76", "IL76",
//! "Il 76" and "II-76" meet the same pattern, as do "Machulishchy airfield"
//! and "Minsk Machulishchy". A match counts only when it starts at a token
//! and ends at one (an aircraft type may end inside a token when the rest is
//! a variant's letters: "Il-76MD", "C-32A", "G650ER").

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Input, MatchKind};

use super::tables;
use super::text::{Doc, TokKind};
use crate::airports::{Kind, airports};

/// What a name in the gazetteers stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// An aircraft type: its ICAO designator, and for a series named
    /// without a variant ("Boeing 747") the prefix its designators share.
    Type {
        /// ICAO Doc 8643 designator.
        code: &'static str,
        /// Series prefix ("B74"), when the name is a series.
        series: Option<&'static str>,
    },
    /// A maker's name alone ("the Antonov"): index into [`tables::MAKERS`].
    Maker(u16),
    /// A country: ISO 3166 alpha-2.
    Country(&'static str),
    /// A city: index into [`Gazetteer::cities`].
    City(u32),
    /// An airport or air base, by name. `weak` names (air bases taken from
    /// the airport table, which are often surnames or towns too) count only
    /// after a place preposition or before an airport word.
    Airport {
        /// ICAO code.
        icao: &'static str,
        /// Needs a preposition or an airport word beside it.
        weak: bool,
    },
}

/// A city name and the large and medium airports the table files under it.
#[derive(Debug, Clone)]
pub struct City {
    /// The name as the table writes it.
    pub name: &'static str,
    /// Its airports (ICAO).
    pub airports: Vec<&'static str>,
}

/// Everything the matcher knows.
#[derive(Debug)]
pub struct Gazetteer {
    /// A non-contiguous NFA: quick to build for tens of thousands of names,
    /// fast enough for an article's kilobytes, and (used directly, not
    /// through `AhoCorasick`) the only automaton linked into the page.
    ac: NFA,
    entries: Vec<Vec<Entry>>,
    /// Cities by index.
    pub cities: Vec<City>,
    /// A city's index by its squashed name (the first so named).
    city_index: HashMap<String, u32>,
    /// Designator → maker word (for "the Antonov" after an An-124).
    pub maker_of: HashMap<&'static str, &'static str>,
    /// Squashed names of all airports, for "X airport" when X is a small
    /// field. Built with the rest (about 36 ms natively, more in the page):
    /// built on first use, it fell in the first reading of an article, which
    /// the page's user waits for, rather than in the gazetteers' build, which
    /// the page does when its data files arrive.
    small: HashMap<String, Vec<&'static str>>,
    /// Squashed towns of small fields, for "Avon Park Airport" when the
    /// field's name is another ("Avon Park Executive").
    towns: HashMap<String, Vec<&'static str>>,
}

/// Lower case, accents folded, letters and digits only: "Il-76MD" → "il76md".
pub fn squash(s: &str) -> String {
    super::fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The airport words stripped from an airport's name to get what reporters call it.
const NAME_NOISE: &[&str] = &[
    "international",
    "internacional",
    "internationale",
    "intl",
    "airport",
    "airfield",
    "air field",
    "airbase",
    "air base",
    "air force base",
    "afb",
    "army air field",
    "army airfield",
    "aerodrome",
    "aeropuerto",
    "aeroporto",
    "regional",
    "municipal",
    "joint base",
    "naval air station",
    "marine corps air station",
    "mcas",
    // ("Powidz Military Air Base", "Atsugi Naval Air Facility": reporters
    // write the name alone.)
    "military air base",
    "naval air facility",
];

/// A military field, by its name in the table ("Ramstein Air Base", "RAF
/// Mildenhall", "Dover Afb Airport"). The names are title case.
pub fn military(name: &str) -> bool {
    [
        "Air Base",
        "Airbase",
        "Air Force",
        "AFB",
        "Afb",
        "Air Station",
        "Joint Base",
        "Naval Air",
        "Army Air",
        "RAF ",
        "Military",
        " AB ",
    ]
    .iter()
    .any(|w| name.contains(w))
        || name.ends_with(" AB")
}

/// What reporters call an airport: its name without the airport words, and
/// each part of a name in parts ("Maiquetia (Simon Bolivar Internacional)").
pub fn name_forms(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = super::fold(name);
    // "Cape Cod Coast Guard Air Station" is "Air Station Cape Cod" to
    // reporters, its name after the words, never the town alone.
    if let Some(town) = lower.strip_suffix(" coast guard air station") {
        out.push(format!("air station {town}"));
        out.push(format!("coast guard air station {town}"));
    }
    for part in lower
        .split(['(', ')', '/', ','])
        .flat_map(|p| p.split(" - "))
    {
        let words: Vec<&str> = part.split_whitespace().collect();
        let mut kept: Vec<&str> = Vec::with_capacity(words.len());
        let mut i = 0;
        let mut station = false;
        'words: while i < words.len() {
            for (noise, is_station) in noise_from(words[i]) {
                let n = noise.len();
                if i + n <= words.len() && noise[..] == words[i..i + n] {
                    station |= *is_station;
                    i += n;
                    continue 'words;
                }
            }
            kept.push(words[i]);
            i += 1;
        }
        // (Nor a part that is one generic word: "(Metro)", "Heliport".)
        // (Two common words a base's name makes one: "New River Mcas".)
        let base_name = station && kept.len() >= 2;
        if kept.is_empty()
            || (kept.iter().all(|w| not_place(w.trim_matches('.'))) && !base_name)
            || (kept.len() == 1 && tables::GENERIC_FIRST.contains(&kept[0]))
        {
            continue;
        }
        // ("Tenerife Norte" is Tenerife North to English reporters.)
        let english: Vec<&str> = kept
            .iter()
            .map(|w| match *w {
                "norte" | "nord" => "north",
                "sur" | "sud" => "south",
                "este" | "est" => "east",
                "oeste" | "ouest" => "west",
                // (The FAA's short forms: "Mckinney Ntl Airport".)
                "ntl" => "national",
                "mem" => "memorial",
                w => w,
            })
            .collect();
        if english != kept && kept.len() >= 2 {
            out.push(english.join(" "));
        }
        // ("Quad Cities International" is the "Quad City" airport to
        // reporters too: a plural's singular in a name of two words or
        // more.)
        if kept.len() >= 2 {
            let single: Vec<String> = kept
                .iter()
                .map(|w| match w.strip_suffix("ies") {
                    Some(stem) if stem.len() >= 3 => format!("{stem}y"),
                    _ => w.to_string(),
                })
                .collect();
            if single.iter().zip(&kept).any(|(a, b)| a != b) {
                out.push(single.join(" "));
            }
        }
        // ("Salt Lake City International" is "Salt Lake International" to
        // reporters: a city of three words or more without its "City".
        // Never of two, where "Kansas" and "Mexico" would be left.)
        if kept.len() >= 3 && kept[kept.len() - 1] == "city" {
            out.push(kept[..kept.len() - 1].join(" "));
        }
        // ("California Redwood Coast-Humboldt County Airport" is the
        // "Humboldt County Airport" to its local news: a renamed field's
        // old name after a hyphen, both sides of two words or more.)
        let joined = kept.join(" ");
        if let Some((a, b)) = joined.split_once('-')
            && !b.contains('-')
            && a.split_whitespace().count() >= 2
            && b.split_whitespace().count() >= 2
            && !a.ends_with(' ')
            && !b.starts_with(' ')
        {
            out.push(b.to_string());
        }
        out.push(joined);
    }
    out
}

/// The airport words ([`NAME_NOISE`]) that begin with `word`, split into
/// words, in the list's order, each with whether it names a base or a
/// station. (Asked of every word of 28,000 airports' names when the
/// gazetteers are built: a map, not a scan of the list.)
fn noise_from(word: &str) -> &'static [(Vec<&'static str>, bool)] {
    type ByFirst = HashMap<&'static str, Vec<(Vec<&'static str>, bool)>>;
    static MAP: OnceLock<ByFirst> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: ByFirst = HashMap::new();
        for noise in NAME_NOISE {
            let words: Vec<&'static str> = noise.split(' ').collect();
            let station = noise.contains("base")
                || noise.contains("station")
                || ["afb", "mcas", "naval air facility"].contains(noise);
            m.entry(words[0]).or_default().push((words, station));
        }
        m
    })
    .get(word)
    .map_or(&[], Vec::as_slice)
}

/// True for a capitalised word that is no place on its own ([`tables::NOT_PLACES`]).
pub fn not_place(word: &str) -> bool {
    static SET: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| tables::NOT_PLACES.iter().copied().collect())
        .contains(word)
}

impl Gazetteer {
    fn build() -> Self {
        let mut map: HashMap<String, Vec<Entry>> = HashMap::new();
        fn put(map: &mut HashMap<String, Vec<Entry>>, name: &str, e: Entry) {
            let key = squash(name);
            if key.chars().count() < 2 {
                return;
            }
            // The Arabic article as reporters transliterate it: "El Arish"
            // is "al-Arish" too, "Al Jufra" "El Jufra".
            let folded = super::fold(name);
            let other = ["el ", "el-"]
                .iter()
                .find_map(|p| folded.strip_prefix(p).map(|r| format!("al{r}")))
                .or_else(|| {
                    ["al ", "al-"]
                        .iter()
                        .find_map(|p| folded.strip_prefix(p).map(|r| format!("el{r}")))
                });
            for key in std::iter::once(key).chain(other.map(|o| squash(&o))) {
                let list = map.entry(key).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        }
        // Types: the hand table wins over the generated one.
        let mut types: HashMap<String, Entry> = HashMap::new();
        let mut maker_of: HashMap<&'static str, &'static str> = HashMap::new();
        let table: &'static str = crate::data::aircraft_types();
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let Some((form, code)) = line.split_once('\t') else {
                continue;
            };
            types.insert(squash(form), Entry::Type { code, series: None });
            let first = super::fold(form.split_whitespace().next().unwrap_or(""));
            if let Some((m, _)) = tables::MAKERS.iter().find(|(m, _)| *m == first) {
                maker_of.entry(code).or_insert(m);
            }
        }
        for (form, code) in tables::TYPES {
            types.insert(squash(form), Entry::Type { code, series: None });
        }
        // (Also the generated table's longer names of a model the hand table
        // gives: "Bombardier Global 6000" as "Global 6000".)
        let models: Vec<(String, &'static str)> = tables::TYPES
            .iter()
            .filter(|(f, _)| f.contains(' ') && f.bytes().any(|b| b.is_ascii_digit()))
            .map(|(f, c)| (squash(f), *c))
            .collect();
        for (key, e) in types.iter_mut() {
            if let Some((_, c)) = models
                .iter()
                .find(|(m, _)| key.len() > m.len() && key.ends_with(m.as_str()))
            {
                *e = Entry::Type {
                    code: c,
                    series: None,
                };
            }
        }
        // Boeing's designators themselves, as OSINT logs write them
        // ("N806TJ B734", "B77W"). (All designators with a digit cost a
        // held-out claim: some are other things in running text.)
        let codes: Vec<&'static str> = types
            .values()
            .filter_map(|e| match e {
                Entry::Type { code, .. } => Some(*code),
                _ => None,
            })
            .filter(|c| c.len() == 4 && c.starts_with("B7"))
            .chain(tables::AIRLINER_CODES.iter().copied())
            .collect();
        for code in codes {
            types
                .entry(squash(code))
                .or_insert(Entry::Type { code, series: None });
        }
        for (form, code, series) in tables::SERIES {
            types.insert(
                squash(form),
                Entry::Type {
                    code,
                    series: Some(series),
                },
            );
        }
        for (key, e) in types {
            map.entry(key).or_default().insert(0, e);
        }
        for (i, (m, _)) in tables::MAKERS.iter().enumerate() {
            put(&mut map, m, Entry::Maker(i as u16));
            put(&mut map, &format!("{m}s"), Entry::Maker(i as u16));
        }
        for (name, code) in tables::COUNTRIES {
            put(&mut map, name, Entry::Country(code));
        }
        for (name, code) in tables::FIELDS_BY_COUNTRY {
            put(&mut map, name, Entry::Country(code));
        }
        for name in tables::US_STATES {
            put(&mut map, name.trim_end_matches('.'), Entry::Country("US"));
        }
        for name in tables::CA_PROVINCES {
            put(&mut map, name.trim_end_matches('.'), Entry::Country("CA"));
        }
        // Cities and airport names of large and medium airports.
        let mut cities: Vec<City> = Vec::new();
        let mut city_index: HashMap<String, u32> = HashMap::new();
        // (And, in the same pass, every town of a large or medium airport,
        // and the small fields of each town, for `towns`.)
        let mut big_towns: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut small_fields: Vec<(String, &'static str)> = Vec::new();
        for a in airports().all() {
            let big = matches!(a.kind, Kind::Large | Kind::Medium);
            let towns = a.city.split('/').map(|c| squash(c.trim()));
            if big {
                big_towns.extend(towns);
            } else if a.kind == Kind::Small {
                small_fields.extend(towns.filter(|t| t.len() >= 4).map(|t| (t, a.icao)));
            }
            if big {
                // (Not a common word a city is filed with: "Hong
                // Kong/Islands" is no city "Islands", which "the Canary
                // Islands" would name.)
                for c in a
                    .city
                    .split('/')
                    .map(str::trim)
                    .filter(|c| c.len() >= 3 && !["Islands", "Island"].contains(c))
                {
                    let key = squash(c);
                    let i = *city_index.entry(key).or_insert_with(|| {
                        cities.push(City {
                            name: c,
                            airports: Vec::new(),
                        });
                        (cities.len() - 1) as u32
                    });
                    let list = &mut cities[i as usize].airports;
                    if !list.contains(&a.icao) {
                        list.push(a.icao);
                    }
                }
            }
        }
        // (A city named like a common word, "Nice", needs a preposition
        // before it; the place stage checks.)
        for (i, c) in cities.iter().enumerate() {
            put(&mut map, c.name, Entry::City(i as u32));
        }
        // ("landed in Tacloban": the Philippines', Taiwan's,
        // Vietnam's, Korea's and Japan's towns are filed as "Tacloban City",
        // and written without it; a name nothing else has.)
        for (i, c) in cities.iter().enumerate() {
            let Some(town) = c.name.strip_suffix(" City") else {
                continue;
            };
            let asian = c
                .airports
                .iter()
                .filter_map(|x| airports().get(x))
                .any(|a| ["PH", "TW", "VN", "KR", "JP"].contains(&a.country));
            if asian && !town.contains(' ') && !map.contains_key(&squash(town)) {
                put(&mut map, town, Entry::City(i as u32));
            }
        }
        // Other names of a city the table knows ("Delhi", "Kiev", "Saigon"),
        // before a town the table files under the same word (Hostomel is
        // "Kiev" in OurAirports; the city is Kyiv).
        for (alias, name) in tables::CITY_ALIASES {
            if let Some(&i) = city_index.get(&squash(name)) {
                let list = map.entry(squash(alias)).or_default();
                list.retain(|e| !matches!(e, Entry::City(_)));
                list.insert(0, Entry::City(i));
            }
        }
        for a in airports().all() {
            let big = matches!(a.kind, Kind::Large | Kind::Medium);
            let mil = military(a.name);
            // ("flew to Braşov-Ghimbav International", new and filed
            // small: a small field named international, with an IATA code,
            // by its name too.)
            let small_intl = !big && !a.iata.is_empty() && a.name.contains("International");
            // ("landed at Rothera Research Station": in Antarctica a
            // station's name is its field's.)
            let station = a.country == "AQ" && a.name.ends_with("Station");
            if !big && !mil && !small_intl && !station {
                continue;
            }
            let forms = name_forms(a.name);
            // The words of the name's first part ("Merle K" of "Merle K
            // (Mudhole) Smith Airport"), folded once for all its forms.
            let first_part: Vec<String> = super::fold(a.name)
                .split(['(', ')', '/', ','])
                .next()
                .map(|p| p.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default();
            // The airport's cities, folded once for all its name forms.
            let cities: Vec<String> = a.city.split('/').map(|c| super::fold(c.trim())).collect();
            // A part of a name that is only the airport's city ("Toronto /
            // Buttonville Municipal", "Palermo / Bocca Di Falco") names the
            // city, whose own airport "Toronto airport" means.
            let city_part = |form: &str| {
                cities.iter().any(|c| c == form) && city_index.contains_key(&squash(form))
            };
            let named_apart = forms.iter().any(|f| !city_part(f));
            // And a part that is another city's name beside a part of its
            // own ("Ottawa / Gatineau", filed in Gatineau) names that city,
            // whose own airport "Ottawa International Airport" means. (Not a
            // name that is only the city's: "Istanbul Airport" is filed in
            // Arnavutköy.)
            let other_city = |form: &str| {
                a.name.contains(" / ")
                    && !cities.iter().any(|c| c == form)
                    && city_index.contains_key(&squash(form))
            };
            for form in forms
                .into_iter()
                .filter(|f| !(other_city(f) || named_apart && city_part(f)))
            {
                // ("Base Aerea Airport", Anápolis: the generic words of
                // "Base Aérea de Brasília", no name.)
                if ["base aerea", "base aerienne"].contains(&form.as_str()) {
                    continue;
                }
                // A name that is also a city's ("La Isabela") is the airport
                // only before an airport word; the place stage decides. So is
                // a person's with their title ("President Donald J Trump",
                // "King Khaled", "Queen Alia"): "President Donald J. Trump's
                // Marine One arrival" names the man.
                let titled = form
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| tables::PERSON_TITLES.contains(&w));
                // ("Merle K (Mudhole) Smith Airport": one word of a name
                // after its first part, a person's surname, is the field
                // only where the text makes it a place.)
                let later_part = !form.contains(' ') && !first_part.contains(&form);
                put(
                    &mut map,
                    &form,
                    Entry::Airport {
                        icao: a.icao,
                        weak: !big || mil || titled || later_part,
                    },
                );
                // "Vnukovo International Airport" is "Vnukovo".
                let first = form.split_whitespace().next().unwrap_or("");
                if big
                    && !mil
                    && first.len() >= 5
                    && form.contains(' ')
                    && !city_index.contains_key(&squash(first))
                    && !not_place(first)
                    && !tables::GENERIC_FIRST.contains(&first)
                    && !tables::PERSON_FIRST.contains(&first)
                    // ("Canadian Rockies": not "Canadian".)
                    && tables::demonym(first).is_none()
                {
                    put(
                        &mut map,
                        first,
                        Entry::Airport {
                            icao: a.icao,
                            weak: true,
                        },
                    );
                }
                // "Aberdeen Dyce Airport" is "Dyce", "Glasgow Prestwick"
                // "Prestwick", "Paris-Le Bourget" "Le Bourget": the name
                // after its city's.
                // ("Port Moresby Jacksons" "Jacksons": a city of two words.)
                let long_city = cities.iter().find(|c| {
                    c.contains(' ')
                        && form
                            .strip_prefix(c.as_str())
                            .is_some_and(|r| r.starts_with(' '))
                });
                let split = long_city
                    .map(|c| (c.as_str(), &form[c.len() + 1..]))
                    .or_else(|| {
                        form.split_once('-')
                            .filter(|(c, _)| !c.contains(' '))
                            .or_else(|| form.split_once(' '))
                    });
                if big
                    && !mil
                    && let Some((city, rest)) = split
                    && (rest.split_whitespace().count() == 1 || form.contains('-'))
                    && rest.len() >= 4
                    && cities.iter().any(|c| {
                        // ("Taipei Songshan" in "Taipei City".)
                        c == city || c.strip_prefix(city).is_some_and(|r| r == " city")
                    })
                    && !city_index.contains_key(&squash(rest))
                    && !not_place(rest)
                    && !tables::GENERIC_FIRST.contains(&rest)
                    && !tables::COUNTRIES.iter().any(|(n, _)| *n == rest)
                {
                    put(
                        &mut map,
                        rest,
                        Entry::Airport {
                            icao: a.icao,
                            weak: true,
                        },
                    );
                }
            }
        }
        // Reporters' names for airports, before any field whose name only
        // begins with the word ("Sunan" is Pyongyang's, not Wuxi's Sunan
        // Shuofang).
        for (name, icao) in tables::AIRPORT_ALIASES {
            if let Some(a) = airports().get(icao) {
                let list = map.entry(squash(name)).or_default();
                list.retain(|e| !matches!(e, Entry::Airport { weak: true, .. }));
                put(
                    &mut map,
                    name,
                    Entry::Airport {
                        icao: a.icao,
                        weak: false,
                    },
                );
            }
        }
        let mut patterns = Vec::with_capacity(map.len());
        let mut entries = Vec::with_capacity(map.len());
        for (k, v) in map {
            patterns.push(k);
            entries.push(v);
        }
        let ac = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("the gazetteer's patterns build");
        Gazetteer {
            ac,
            entries,
            cities,
            city_index,
            maker_of,
            small: small_airports(),
            towns: small_towns(small_fields, &big_towns),
        }
    }

    /// The city of this name, by index (the first the table files under it).
    pub fn city_named(&self, name: &str) -> Option<u32> {
        self.city_index.get(&squash(name)).copied()
    }

    /// The airports whose name (without airport words) is `key` (squashed):
    /// for "X airport" when X is a small field.
    pub fn airports_named(&self, key: &str) -> &[&'static str] {
        self.small.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The small field a reporter means by "<town> airport" when no
    /// field bears the town's name: of the town's small fields, the one
    /// with an IATA code, else the one with a public identifier (letters
    /// only, or a US "K" code: Blountstown's KF95, not the private strip
    /// 0FD4), when there is exactly one such.
    pub fn town_airport(&self, key: &str) -> Option<&'static str> {
        let fields = self.towns.get(key)?;
        let get = |i: &&&'static str| airports().get(i);
        let with_iata: Vec<&&str> = fields
            .iter()
            .filter(|i| get(i).is_some_and(|a| !a.iata.is_empty()))
            .collect();
        let public: Vec<&&str> = fields
            .iter()
            .filter(|i| {
                i.len() == 4
                    && (i.bytes().all(|b| b.is_ascii_uppercase())
                        || (i.starts_with('K') && get(i).is_some_and(|a| a.country == "US")))
            })
            .collect();
        match (&with_iata[..], &public[..]) {
            ([one], _) | ([], [one]) => Some(**one),
            _ => None,
        }
    }

    /// Every name found in the document's tokens: `(first, last, entries,
    /// partial)` with `last` exclusive and `partial` true when the match
    /// ends inside its last token (a variant's letters follow).
    pub fn find<'g>(&'g self, doc: &Doc) -> Vec<Hit<'g>> {
        // The squashed text: the words end to end, and where each token lies in it.
        let n = doc.toks.len();
        let mut hay = String::new();
        let mut tok_of_byte: Vec<u32> = Vec::new();
        let mut hay_start = vec![usize::MAX; n];
        let mut hay_end = vec![usize::MAX; n];
        for (i, t) in doc.toks.iter().enumerate() {
            if t.kind == TokKind::Punct {
                continue;
            }
            hay_start[i] = hay.len();
            for c in t.lower.chars().filter(|c| c.is_alphanumeric()) {
                hay.push(c);
            }
            tok_of_byte.resize(hay.len(), i as u32);
            hay_end[i] = hay.len();
        }
        let mut sentence_of = vec![0usize; n];
        for (k, s) in doc.sentences.iter().enumerate() {
            for x in &mut sentence_of[s.first..s.last.min(n)] {
                *x = k;
            }
        }
        let mut out = Vec::new();
        for m in self
            .ac
            .try_find_overlapping_iter(Input::new(&hay))
            .expect("standard match semantics allow overlapping search")
        {
            let first = tok_of_byte[m.start()] as usize;
            if hay_start[first] != m.start() {
                continue;
            }
            let entries = &self.entries[m.pattern().as_usize()];
            let t = tok_of_byte[m.end() - 1] as usize;
            let partial = hay_end[t] != m.end();
            if partial {
                // Inside a token: only a type, before a variant's letters.
                let rest = &hay[m.end()..hay_end[t]];
                let variant = rest.len() <= 6 && rest.chars().all(|c| c.is_ascii_alphabetic());
                // The letters are glued to the name ("C-17A", "Il-76MD"), not
                // the start of the next word ("a C-17 and a KC-135").
                // (A plural's "s" is no next word: "two Black Hawks", "Tiger
                // Moths".)
                let plural = rest == "s" && m.end() - hay_start[t] >= 3;
                let next_word = t != first
                    && doc.toks[t].space_before
                    && !plural
                    && hay[hay_start[t]..m.end()]
                        .chars()
                        .all(|c| c.is_ascii_alphabetic());
                if !variant || next_word || !entries.iter().any(|e| matches!(e, Entry::Type { .. }))
                {
                    continue;
                }
            }
            let last = t + 1;
            // Within one sentence, across spaces, hyphens, full stops and apostrophes only.
            if sentence_of[first] != sentence_of[t] {
                continue;
            }
            let crosses = doc.toks[first..last].iter().any(|t| {
                t.kind == TokKind::Punct && !(t.is("-") || t.is(".") || t.is("'") || t.is("&"))
            });
            if crosses {
                continue;
            }
            // A place's name does not run on past a sentence's end and its
            // closing quote ("OK.' I" is no Oki), nor from the article into
            // an acronym ("a PIA flight" is no Apia).
            let place = entries.iter().all(|e| !matches!(e, Entry::Type { .. }));
            let toks = &doc.toks[first..last];
            let quote_after_stop = toks.windows(2).any(|w| w[0].is(".") && w[1].is("'"));
            let article_acronym = toks.len() >= 2
                && toks[0].lower.chars().count() == 1
                && toks[1].space_before
                && toks[1].upper
                && toks[1].lower.chars().count() > 1;
            if place && (quote_after_stop || article_acronym) {
                continue;
            }
            out.push(Hit {
                first,
                last,
                entries,
                partial,
            });
        }
        out
    }
}

/// The small fields (`(town, field)`, squashed towns) of each town that
/// has no large or medium airport, by the town's squashed name.
fn small_towns(
    small_fields: Vec<(String, &'static str)>,
    big_towns: &std::collections::HashSet<String>,
) -> HashMap<String, Vec<&'static str>> {
    let mut m: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (town, icao) in small_fields {
        if !big_towns.contains(&town) {
            m.entry(town).or_default().push(icao);
        }
    }
    m
}

/// Every airport's names (without airport words), squashed, and the
/// airports of each.
fn small_airports() -> HashMap<String, Vec<&'static str>> {
    let mut m: HashMap<String, Vec<&'static str>> = HashMap::new();
    // Titles before a person's name ("Pdte. Carlos Ibanez del Campo",
    // "Gral. Bernardo O'Higgins"): reporters spell them out or leave them
    // off, so the name is also read without them, before an airport word.
    const TITLES: &[&str] = &[
        "pdte",
        "presidente",
        "president",
        "gral",
        "general",
        "tte",
        "teniente",
        "ten",
        "cel",
        "coronel",
        "brig",
        "brigadeiro",
        "brigadier",
        "lic",
        "licenciado",
        "dr",
        "doctor",
        "cap",
        "capitan",
        "av",
        "aviador",
        "comandante",
        "cmdt",
        "ing",
        "ingeniero",
        "mariscal",
        "almirante",
        "sen",
        "senador",
        "gob",
        "gobernador",
        "governador",
        "deputado",
        "prefeito",
    ];
    for a in airports().all() {
        // ("Port Bucyrus-Crawford County Airport" for the table's "Port
        // Bucyrus/Crawford County Airport": a name in parts is also written
        // whole, its parts joined.)
        let mut forms = name_forms(a.name);
        if a.name.contains('/') {
            for f in name_forms(&a.name.replace('/', " ")) {
                if f.split_whitespace().count() >= 3 && !forms.contains(&f) {
                    forms.push(f);
                }
            }
        }
        for form in forms {
            let words: Vec<&str> = form.split_whitespace().collect();
            let titled = words
                .iter()
                .take_while(|w| TITLES.contains(&w.trim_end_matches('.')))
                .count();
            if titled > 0 && words.len() - titled >= 2 {
                m.entry(squash(&words[titled..].join(" ")))
                    .or_default()
                    .push(a.icao);
            }
            m.entry(squash(&form)).or_default().push(a.icao);
            // ("Sky Harbor International Airport" is Phoenix Sky Harbor: a
            // bigger airport's name without the city it starts with.)
            if matches!(
                a.kind,
                crate::airports::Kind::Large | crate::airports::Kind::Medium
            ) && let Some(rest) = form.strip_prefix(&format!("{} ", super::fold(a.city)))
                && !rest.split_whitespace().all(not_place)
                && !tables::GENERIC_FIRST.contains(&rest)
            {
                m.entry(squash(rest)).or_default().push(a.icao);
            }
        }
    }
    m
}

/// One name found: tokens `first..last`, and what it may stand for.
#[derive(Debug, Clone)]
pub struct Hit<'g> {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// What the name may stand for.
    pub entries: &'g [Entry],
    /// The match ends inside its last token.
    pub partial: bool,
}

/// The gazetteer, built on first use. Its cities and airport names come
/// from the airport table, its types from the aircraft types table, which
/// the web app hands in at run time ([`crate::data`]): a gazetteer built
/// before that holds none of them, so it is kept apart and the full one is
/// built once the tables are there.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    static WITHOUT_AIRPORTS: OnceLock<Gazetteer> = OnceLock::new();
    if crate::data::installed() {
        G.get_or_init(Gazetteer::build)
    } else {
        WITHOUT_AIRPORTS.get_or_init(Gazetteer::build)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::text::parse;

    #[test]
    fn name_forms_drop_the_airport_words() {
        let forms = name_forms("Tenerife Norte Airport");
        assert!(forms.contains(&"tenerife north".to_string()), "{forms:?}");
        assert!(forms.contains(&"tenerife norte".to_string()), "{forms:?}");
        let forms = name_forms("Ramstein Air Base");
        assert_eq!(forms, vec!["ramstein".to_string()]);
        let forms = name_forms("Dallas Fort Worth International Airport");
        assert_eq!(forms, vec!["dallas fort worth".to_string()]);
    }

    fn types(text: &str) -> Vec<(String, &'static str)> {
        let doc = parse(text);
        let g = gazetteer();
        g.find(&doc)
            .into_iter()
            .filter_map(|h| {
                h.entries.iter().find_map(|e| match e {
                    Entry::Type { code, .. } => Some((
                        text[doc.toks[h.first].start..doc.toks[h.last - 1].end].to_string(),
                        *code,
                    )),
                    _ => None,
                })
            })
            .collect()
    }

    /// Each text names a type whose designator is the code given.
    fn assert_types(cases: &[(&str, &str)]) {
        for &(text, code) in cases {
            let found = types(text);
            assert!(
                found.iter().any(|(_, c)| *c == code),
                "{text}: {found:?}, want {code}"
            );
        }
    }

    #[test]
    fn variants_decide_the_designator() {
        assert_types(&[
            ("a Boeing 747-200F landed", "B742"),
            ("the 747-8 left", "B748"),
            ("a C-32A landed", "B752"),
            ("a Global 6000 left", "GL6T"),
            ("the Falcon 7X left", "FA7X"),
            ("an Il-62M landed", "IL62"),
            ("a Tu-214 landed", "T204"),
            ("an RQ-4B Global Hawk", "Q4"),
            ("an Ilyushin 76 landed", "IL76"),
            ("an Antonov 26 landed", "AN26"),
            ("an II-76 landed", "IL76"),
            ("the Il-76MD left", "IL76"),
            ("a Gulfstream G650ER", "GLF6"),
            ("Legacy 600", "E35L"),
            ("Challenger 850", "CRJ2"),
            ("Airbus A340-300", "A343"),
            ("Boeing 747-300M", "B743"),
        ]);
    }

    #[test]
    fn warbirds_by_the_names_air_show_stories_use() {
        assert_types(&[
            ("the silver Spitfire landed", "SPIT"),
            ("a Hawker Hurricane", "HURI"),
            ("the Avro Vulcan XH558", "VULC"),
            ("the last flying Lancaster bomber", "LANC"),
            ("a B-17 Flying Fortress", "B17"),
            ("the Superfortress", "B29"),
            ("a Liberator", "B24"),
            ("a PBY Catalina", "CAT"),
            ("a Tiger Moth", "DH82"),
        ]);
        // Plurals of names in two words ("two Black Hawks").
        assert_types(&[
            ("two Tiger Moths landed", "DH82"),
            ("two Black Hawks left", "H60"),
            ("a pair of Super Pumas", "AS32"),
        ]);
        // (Not a variant's letters that begin the next word: "a C-17
        // Andrews" is no C-17A.)
        assert!(types("a C-17 Andrews").iter().all(|(w, _)| w == "C-17"));
        // (A town, a storm: no type alone.)
        for text in ["flew to Lancaster on Monday", "Hurricane Ian made landfall"] {
            assert!(types(text).is_empty(), "{text}: {:?}", types(text));
        }
    }

    #[test]
    fn every_alias_names_a_real_airport() {
        for (name, icao) in tables::AIRPORT_ALIASES {
            assert!(airports().get(icao).is_some(), "{name}: {icao}");
        }
    }

    #[test]
    fn every_city_alias_names_a_city_of_the_table() {
        let g = gazetteer();
        for (alias, name) in tables::CITY_ALIASES {
            assert!(g.city_named(name).is_some(), "{alias}: no city {name}");
        }
    }

    #[test]
    fn names_need_whole_tokens() {
        // "Niger" is not found inside "Nigeria", nor "Oman" in "Romania".
        let doc = parse("Nigeria and Romania");
        let g = gazetteer();
        let countries: Vec<&str> = g
            .find(&doc)
            .iter()
            .flat_map(|h| h.entries.iter())
            .filter_map(|e| match e {
                Entry::Country(c) => Some(*c),
                _ => None,
            })
            .collect();
        assert_eq!(countries, ["NG", "RO"]);
    }
}

#[cfg(test)]
mod generic_words {
    use super::*;
    use crate::article::text::parse;

    #[test]
    fn a_word_for_any_field_names_no_airport() {
        // (Lajes Field's "Field", after its town "Lajes", once named it: then
        // "Boeing Field" and "Field of Flight" were the Azores.)
        let g = gazetteer();
        let mut bad = Vec::new();
        for w in [
            "Field",
            "County",
            "City",
            "Executive",
            "Domestic",
            "Memorial",
            "Downtown",
            "Metro",
            "Town",
            "Ville",
            "Park",
            "Base",
            "Airstrip",
            "Island",
            "Airpark",
            "Heliport",
            "Station",
            "Regional",
            "Municipal",
            "Airport",
            "Terminal",
        ] {
            let doc = parse(&format!("to {w} on"));
            for h in g.find(&doc) {
                for e in h.entries {
                    if let Entry::Airport { icao, .. } = e {
                        bad.push(format!("{w} -> {icao}"));
                    }
                }
            }
        }
        assert!(bad.is_empty(), "{bad:?}");
    }
}
