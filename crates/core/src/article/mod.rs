//! The article reader: finds aircraft, registrations, places and dates in
//! an article's text, turns each sentence's events into checkable claims,
//! and checks them against the analysis (see [`check`]). Rule-based, with
//! the embedded airport table and the word lists in [`tables`]; no model.

pub mod check;
pub mod dates;
pub mod tables;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::airports::{Kind, airports};
use dates::Days;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// An aircraft type; `value` is the ICAO designator.
    AircraftType,
    /// A registration; `value` is the registration, `detail` its country.
    Registration,
    /// An ICAO 24-bit address (six hex digits).
    Icao24,
    /// A callsign or flight number.
    Callsign,
    /// An airport, city or country; `value` is an ICAO code or ISO country code.
    Place,
    /// A date or span; `value` is ISO 8601 (`YYYY-MM-DD` or an interval).
    Date,
}

/// A name found in the text, with what it resolved to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Kind.
    pub kind: EntityKind,
    /// Byte offsets in the text (end exclusive).
    pub start: usize,
    /// End.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// What they resolve to.
    pub value: String,
    /// More, for people: the airport's name, the registration's country.
    pub detail: String,
}

/// A place a claim names: one airport, or the airports of a city or country.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// The words of the text.
    pub text: String,
    /// ICAO code when one airport, else the country code.
    pub code: String,
    /// The airports it stands for (ICAO); empty for a whole country.
    pub airports: Vec<String>,
    /// ISO 3166 country code.
    pub country: String,
}

impl Place {
    /// True when the airport `icao` (in `country`) is in this place.
    pub fn contains(&self, icao: &str, country: &str) -> bool {
        if self.airports.is_empty() {
            self.country == country
        } else {
            self.airports.iter().any(|a| a == icao)
        }
    }
}

/// What a claim says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// Landed at the place.
    Arrival,
    /// Took off from the place.
    Departure,
    /// Flew the route, in order.
    Route,
    /// Was at the place.
    Presence,
}

/// One checkable statement from the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The sentence it comes from.
    pub text: String,
    /// Byte offsets of that sentence in the article.
    pub start: usize,
    /// End.
    pub end: usize,
    /// The event.
    pub event: Event,
    /// ICAO type designator, when the text names a type.
    pub aircraft_type: Option<String>,
    /// Registration, when the text gives one.
    pub registration: Option<String>,
    /// ICAO 24-bit address, when the text gives one.
    pub icao24: Option<String>,
    /// Callsign or flight number the text gives for this flight.
    pub callsign: Option<String>,
    /// The place (arrival, departure, presence) or the route's end.
    pub place: Option<Place>,
    /// A route's stops in order.
    pub route: Vec<Place>,
    /// The days, when the text says.
    #[serde(skip)]
    pub days: Option<Days>,
}

/// Everything read from an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reading {
    /// Names found, in text order.
    pub entities: Vec<Entity>,
    /// Claims, in text order.
    pub claims: Vec<Claim>,
}

/// The text of an article pasted as HTML: tags dropped (with what is
/// inside `script` and `style`), block ends turned into line breaks, and
/// the common character references decoded. Text without tags is returned
/// as it is. The result is only ever shown as text.
pub fn strip_html(text: &str) -> std::borrow::Cow<'_, str> {
    let looks_like_html = text.match_indices('<').any(|(i, _)| {
        text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
    });
    if !looks_like_html || !text.contains('>') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut skip_until: Option<&str> = None;
    while let Some(open) = rest.find('<') {
        if skip_until.is_none() {
            out.push_str(&rest[..open]);
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else {
            if skip_until.is_none() {
                out.push_str(&rest[open..]);
            }
            rest = "";
            break;
        };
        let tag = after[..close].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        match skip_until {
            Some(end) if tag.starts_with('/') && name == end => skip_until = None,
            Some(_) => {}
            None if !tag.starts_with('/') && (name == "script" || name == "style") => {
                skip_until = Some(if name == "script" { "script" } else { "style" });
            }
            None => {
                if [
                    "br",
                    "p",
                    "div",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "tr",
                    "blockquote",
                ]
                .contains(&name.as_str())
                {
                    out.push('\n');
                }
            }
        }
        rest = &after[close + 1..];
    }
    if skip_until.is_none() {
        out.push_str(rest);
    }
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
        .replace("&amp;", "&");
    std::borrow::Cow::Owned(decoded)
}

/// Folds accents and case: "Asunción" → "asuncion".
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ô' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ñ' | 'Ñ' => 'n',
            'ç' | 'Ç' => 'c',
            'ş' | 'Ş' => 's',
            'ğ' => 'g',
            'ı' | 'İ' => 'i',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}

/// Place names from the airport table: cities and airports' own names
/// (folded), each to the large and medium airports they stand for.
struct PlaceIndex {
    cities: HashMap<String, Vec<&'static str>>,
    names: HashMap<String, &'static str>,
    countries: HashMap<&'static str, &'static str>,
    types: HashMap<String, &'static str>,
}

fn index() -> &'static PlaceIndex {
    static INDEX: OnceLock<PlaceIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut cities: HashMap<String, Vec<&'static str>> = HashMap::new();
        let mut names: HashMap<String, &'static str> = HashMap::new();
        for a in airports().all() {
            if !matches!(a.kind, Kind::Large | Kind::Medium) {
                continue;
            }
            if !a.city.is_empty() {
                cities.entry(fold(a.city)).or_default().push(a.icao);
            }
            let mut rest = fold(a.name);
            for w in tables::AIRPORT_WORDS {
                rest = rest.replace(w, " ");
            }
            let rest: Vec<&str> = rest
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if !rest.is_empty() {
                names.entry(rest.join(" ")).or_insert(a.icao);
                if rest[0].len() >= 5 {
                    names.entry(rest[0].to_string()).or_insert(a.icao);
                }
            }
        }
        // "Istanbul Airport" serves Istanbul, whatever town the table puts it in.
        for a in airports().all() {
            if !matches!(a.kind, Kind::Large | Kind::Medium) {
                continue;
            }
            let name = fold(a.name);
            let first = name
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if let Some(list) = cities.get_mut(first) {
                let same_country = list
                    .iter()
                    .any(|i| airports().get(i).is_some_and(|b| b.country == a.country));
                if same_country && !list.contains(&a.icao) {
                    list.push(a.icao);
                }
            }
        }
        // A city's name beats an airport named after it.
        names.retain(|k, _| !cities.contains_key(k));
        let countries = tables::COUNTRIES.iter().copied().collect();
        let types = tables::TYPES
            .iter()
            .map(|(form, code)| (squash(form), *code))
            .collect();
        PlaceIndex {
            cities,
            names,
            countries,
            types,
        }
    })
}

/// Lower case without hyphens, spaces or full stops: "Il-76MD" → "il76md".
fn squash(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A word of the text with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    raw: &'t str,
    start: usize,
}

impl<'t> Word<'t> {
    /// Without surrounding punctuation or a possessive.
    fn core(&self) -> &'t str {
        let w = self
            .raw
            .trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'))
            .trim_end_matches('-');
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
    }

    fn end(&self) -> usize {
        self.start + self.raw.len()
    }

    fn capitalised(&self) -> bool {
        self.core().chars().next().is_some_and(char::is_uppercase)
    }
}

/// Words not to take for places even when capitalised (weekdays too, from
/// [`dates::WEEKDAYS`]).
const NOT_PLACES: &[&str] = &[
    "the",
    "a",
    "an",
    "officials",
    "after",
    "weeks",
    "according",
    "on",
    "in",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "then",
    "later",
    "while",
    "when",
    "this",
    "that",
    "air",
    "force",
];

/// Sentences: byte ranges. Ends at `.`, `!` or `?` before a space and a
/// capital or quote (not after "Dec." or an initial), and at blank lines.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end_here = if c == b'\n' {
            true
        } else if matches!(c, b'.' | b'!' | b'?') {
            let next = text[i + 1..].chars().next();
            let after = text[i + 1..].trim_start().chars().next();
            let word_before = text[start..i]
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            let abbrev = c == b'.'
                && (dates::month(word_before).is_some()
                    || [
                        "mr", "mrs", "ms", "dr", "st", "no", "u.s", "e.g", "i.e", "gen", "col",
                        "lt",
                    ]
                    .contains(&word_before.to_ascii_lowercase().as_str())
                    || (word_before.len() == 1
                        && word_before.chars().all(|c| c.is_ascii_uppercase())));
            next.is_none_or(char::is_whitespace)
                && !abbrev
                && after
                    .is_none_or(|a| a.is_uppercase() || a == '"' || a == '“' || a.is_ascii_digit())
        } else {
            false
        };
        if end_here {
            let e = if c == b'\n' { i } else { i + 1 };
            if text[start..e].trim().len() > 1 {
                out.push((start, e));
            }
            start = i + 1;
        }
        i += 1;
    }
    if text[start..].trim().len() > 1 {
        out.push((start, text.len()));
    }
    out
}

/// The registration a word is, with its country: `TC-DMO`, `RA-78854`,
/// `N123AB`, `YV3016`.
pub fn registration(word: &str) -> Option<(String, &'static str)> {
    let w = word.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
    if w.len() < 4 || w.len() > 8 || w.chars().any(|c| c.is_ascii_lowercase()) {
        return None;
    }
    for (prefix, country) in tables::REG_PREFIXES {
        let Some(rest) = w.strip_prefix(prefix) else {
            continue;
        };
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        let ok = match *prefix {
            "N" => {
                rest.len() <= 5
                    && rest.starts_with(|c: char| c.is_ascii_digit() && c != '0')
                    && rest.chars().all(|c| c.is_ascii_alphanumeric())
                    && rest
                        .chars()
                        .skip_while(char::is_ascii_digit)
                        .all(|c| c.is_ascii_uppercase())
            }
            p if !p.ends_with('-') => {
                (3..=5).contains(&rest.len())
                    && rest.chars().all(|c| c.is_ascii_alphanumeric())
                    && rest.chars().any(|c| c.is_ascii_digit())
            }
            _ => (2..=5).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_alphanumeric()),
        };
        if ok && (w.contains('-') == prefix.ends_with('-') || *prefix == "N") {
            return Some((w.to_string(), country));
        }
    }
    None
}

/// Reads an article. `published` is the publication date as days since
/// 1970-01-01, which relative dates and years are resolved against.
pub fn read(text: &str, published: Option<i64>) -> Reading {
    let mut reading = Reading::default();
    let mut aircraft: (Option<String>, Option<String>, Option<String>) = (None, None, None);
    let mut month_hint = None;
    let mut last_day: Option<Days> = None;
    for (s, e) in sentences(text) {
        let sentence = &text[s..e];
        let mut words = Vec::new();
        let mut offset = s;
        for raw in sentence.split_inclusive(char::is_whitespace) {
            let trimmed = raw.trim_end();
            if !trimmed.is_empty() {
                words.push(Word {
                    raw: trimmed,
                    start: offset,
                });
            }
            offset += raw.len();
        }
        let (mut entities, places, found_dates) =
            entities_of(text, &words, published, &mut month_hint);
        // Who this sentence is about: named here, else the one before.
        let ty = entities
            .iter()
            .find(|e| e.kind == EntityKind::AircraftType)
            .map(|e| e.value.clone());
        let reg = entities
            .iter()
            .find(|e| e.kind == EntityKind::Registration)
            .map(|e| e.value.clone());
        let hex = entities
            .iter()
            .find(|e| e.kind == EntityKind::Icao24)
            .map(|e| e.value.clone());
        if ty.is_some() || reg.is_some() || hex.is_some() {
            aircraft = (ty, reg, hex);
        }
        let events = events_of(&words, &places, &found_dates, &mut last_day);
        for ev in events {
            reading.claims.push(Claim {
                text: sentence.trim().to_string(),
                start: s,
                end: e,
                event: ev.event,
                aircraft_type: aircraft.0.clone(),
                registration: aircraft.1.clone(),
                icao24: aircraft.2.clone(),
                callsign: None,
                place: ev.place,
                route: ev.route,
                days: ev.days,
            });
        }
        reading.entities.append(&mut entities);
    }
    reading
}

/// A place found at word `i..j`.
#[derive(Debug, Clone)]
struct FoundPlace {
    start: usize,
    end: usize,
    place: Place,
}

fn airport_place(text: &str, icao: &'static str) -> Option<Place> {
    let a = airports().get(icao)?;
    Some(Place {
        text: text.to_string(),
        code: a.icao.to_string(),
        airports: vec![a.icao.to_string()],
        country: a.country.to_string(),
    })
}

/// The place words `ws` name, if any.
fn resolve_place(ws: &[Word<'_>], text: &str) -> Option<Place> {
    let idx = index();
    let key = ws
        .iter()
        .map(|w| fold(w.core()))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(code) = idx.countries.get(key.as_str()) {
        return Some(Place {
            text: text.to_string(),
            code: code.to_string(),
            airports: Vec::new(),
            country: code.to_string(),
        });
    }
    if let Some(list) = idx.cities.get(&key) {
        // A city name used in several countries: the one with the most
        // large airports (Moscow, Russia before Moscow, Idaho).
        let mut by_country: HashMap<&str, (usize, Vec<&str>)> = HashMap::new();
        for icao in list {
            let Some(a) = airports().get(icao) else {
                continue;
            };
            let e = by_country.entry(a.country).or_default();
            e.0 += if a.kind == Kind::Large { 10 } else { 1 };
            e.1.push(icao);
        }
        let (country, (_, list)) = by_country
            .into_iter()
            .max_by_key(|(c, (score, _))| (*score, *c))?;
        let mut list: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        // Airports that serve the city from outside it (Dakar's is at Diass,
        // 40 km away): large and medium ones within 50 km, same country.
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
        // The city's one large airport, or its one airport, stands for it.
        let large: Vec<&String> = list
            .iter()
            .filter(|i| airports().get(i).is_some_and(|a| a.kind == Kind::Large))
            .collect();
        let code = match (list.len(), large.len()) {
            (1, _) => list[0].clone(),
            (_, 1) => large[0].clone(),
            _ => country.to_string(),
        };
        return Some(Place {
            text: text.to_string(),
            code,
            airports: list,
            country: country.to_string(),
        });
    }
    if let Some(icao) = idx.names.get(&key) {
        return airport_place(text, icao);
    }
    if ws.len() == 1 {
        let w = ws[0].core();
        let bracketed = ws[0].raw.starts_with('(');
        if w.len() == 4
            && w.chars().all(|c| c.is_ascii_uppercase())
            && let Some(a) = airports()
                .get(w)
                .filter(|a| bracketed || matches!(a.kind, Kind::Large | Kind::Medium))
        {
            return airport_place(text, a.icao);
        }
        if w.len() == 3 && bracketed && w.chars().all(|c| c.is_ascii_uppercase()) {
            let a = airports()
                .all()
                .iter()
                .filter(|a| a.iata == w)
                .min_by_key(|a| a.kind as u8)?;
            return airport_place(text, a.icao);
        }
    }
    None
}

type Entities = (Vec<Entity>, Vec<FoundPlace>, Vec<dates::Found>);

fn entities_of(
    text: &str,
    words: &[Word<'_>],
    published: Option<i64>,
    month_hint: &mut Option<(u32, Option<i64>)>,
) -> Entities {
    let idx = index();
    let mut entities = Vec::new();
    let mut places = Vec::new();
    let span = |a: usize, b: usize| (words[a].start, words[b - 1].end());
    let push =
        |entities: &mut Vec<Entity>, kind, a: usize, b: usize, value: String, detail: String| {
            let (s, e) = span(a, b);
            let s = s
                + (text[s..e].len()
                    - text[s..e]
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len());
            let e = s + text[s..e]
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .len();
            entities.push(Entity {
                kind,
                start: s,
                end: e,
                text: text[s..e].to_string(),
                value,
                detail,
            });
        };
    // Dates first, so that their words are not read as anything else.
    let raw: Vec<&str> = words.iter().map(|w| w.raw).collect();
    let found_dates = dates::find(&raw, published, month_hint);
    let mut taken = vec![false; words.len()];
    for d in &found_dates {
        for t in &mut taken[d.start..d.end.min(words.len())] {
            *t = true;
        }
        if d.relative_days.is_none() {
            push(
                &mut entities,
                EntityKind::Date,
                d.start,
                d.end.min(words.len()),
                d.days.iso(),
                String::new(),
            );
        }
    }
    let mut i = 0;
    while i < words.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let lower = words[i].core().to_lowercase();
        // Aircraft types: up to four words, longest first.
        let mut hit = None;
        for k in (1..=4).rev() {
            if i + k > words.len() || taken[i..i + k].iter().any(|t| *t) {
                continue;
            }
            let key: String = words[i..i + k].iter().map(|w| squash(w.core())).collect();
            let code = idx
                .types
                .get(&key)
                .or_else(|| key.strip_suffix('s').and_then(|k| idx.types.get(k)));
            if let Some(code) = code {
                // A bare maker's word ("Gulfstream") needs a capital.
                if k > 1 || words[i].capitalised() || key.chars().any(|c| c.is_ascii_digit()) {
                    hit = Some((k, *code));
                    break;
                }
            }
        }
        if let Some((k, code)) = hit {
            // "An-124 Ruslan", "Antonov-124 Ruslan": one mention.
            let mut k = k;
            while i + k < words.len() && idx.types.get(&squash(words[i + k].core())) == Some(&code)
            {
                k += 1;
            }
            // "Ilyushin Il-76": the maker's name belongs to the mention.
            let a = if i > 0
                && !taken[i - 1]
                && [
                    "ilyushin",
                    "antonov",
                    "tupolev",
                    "boeing",
                    "airbus",
                    "embraer",
                    "bombardier",
                    "dassault",
                    "cessna",
                ]
                .contains(&words[i - 1].core().to_lowercase().as_str())
            {
                i - 1
            } else {
                i
            };
            push(
                &mut entities,
                EntityKind::AircraftType,
                a,
                i + k,
                code.to_string(),
                String::new(),
            );
            i += k;
            continue;
        }
        if let Some((reg, country)) = registration(words[i].raw) {
            push(
                &mut entities,
                EntityKind::Registration,
                i,
                i + 1,
                reg,
                country.to_string(),
            );
            i += 1;
            continue;
        }
        let prev = if i > 0 {
            words[i - 1].core().to_lowercase()
        } else {
            String::new()
        };
        let core = words[i].core();
        if core.len() == 6
            && core.chars().all(|c| c.is_ascii_hexdigit())
            && core.chars().any(|c| c.is_ascii_digit())
            && ["hex", "address", "icao", "code", "transponder", "mode-s"].contains(&prev.as_str())
        {
            push(
                &mut entities,
                EntityKind::Icao24,
                i,
                i + 1,
                core.to_lowercase(),
                String::new(),
            );
            i += 1;
            continue;
        }
        if ["callsign", "call-sign", "flight"].contains(&prev.as_str())
            && core.len() >= 3
            && core
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && core.chars().any(|c| c.is_ascii_digit())
        {
            push(
                &mut entities,
                EntityKind::Callsign,
                i,
                i + 1,
                core.to_string(),
                String::new(),
            );
            i += 1;
            continue;
        }
        // Places: capitalised runs of up to four words, longest first.
        if words[i].capitalised()
            && !NOT_PLACES.contains(&lower.as_str())
            && !dates::WEEKDAYS.contains(&lower.as_str())
        {
            let mut found = None;
            for k in (1..=4).rev() {
                if i + k > words.len() || taken[i..i + k].iter().any(|t| *t) {
                    continue;
                }
                // A run stops at punctuation after a word.
                if words[i..i + k - 1]
                    .iter()
                    .any(|w| w.raw.ends_with([',', '.', ';', ':', ')']))
                {
                    continue;
                }
                if !words[i..i + k]
                    .iter()
                    .all(|w| w.capitalised() || ["de", "of", "del", "da"].contains(&w.core()))
                {
                    continue;
                }
                let (s, e) = span(i, i + k);
                let t = text[s..e].trim_matches(|c: char| !c.is_alphanumeric());
                let t = t
                    .strip_suffix("'s")
                    .or_else(|| t.strip_suffix("’s"))
                    .unwrap_or(t);
                if let Some(p) = resolve_place(&words[i..i + k], t) {
                    found = Some((k, p));
                    break;
                }
            }
            if let Some((k, place)) = found {
                let detail = place
                    .airports
                    .iter()
                    .filter_map(|a| airports().get(a))
                    .map(|a| format!("{} ({})", a.name, a.icao))
                    .collect::<Vec<_>>()
                    .join(", ");
                push(
                    &mut entities,
                    EntityKind::Place,
                    i,
                    i + k,
                    place.code.clone(),
                    detail,
                );
                places.push(FoundPlace {
                    start: i,
                    end: i + k,
                    place,
                });
                i += k;
                continue;
            }
        }
        i += 1;
    }
    entities.sort_by_key(|e| e.start);
    // "Moscow's Vnukovo", "Asunción, Paraguay": the more precise place stands.
    let mut merged: Vec<FoundPlace> = Vec::new();
    for p in places {
        if let Some(last) = merged.last_mut()
            && p.start <= last.end + 1
        {
            let (a, b) = (&last.place, &p.place);
            if b.airports.is_empty() && a.country == b.country {
                last.end = p.end;
                continue;
            }
            if a.airports.len() > 1 && b.airports.len() == 1 && a.airports.contains(&b.airports[0])
            {
                let start = last.start;
                *last = p;
                last.start = start;
                continue;
            }
        }
        merged.push(p);
    }
    (entities, merged, found_dates)
}

/// An event read from a clause.
struct Ev {
    event: Event,
    place: Option<Place>,
    route: Vec<Place>,
    days: Option<Days>,
}

/// The event a cue word starts, if it is one.
fn cue(words: &[Word<'_>], i: usize) -> Option<(Event, usize)> {
    let w = words[i].core().to_lowercase();
    let next = words
        .get(i + 1)
        .map(|w| w.core().to_lowercase())
        .unwrap_or_default();
    let e = match w.as_str() {
        "landed" | "lands" | "land" | "landing" | "arrived" | "arrives" | "arrive" | "arriving"
        | "reached" | "reaches" | "reach" => Event::Arrival,
        "touched" if next == "down" => Event::Arrival,
        "left" | "leaves" | "leave" | "leaving" | "departed" | "departs" | "depart"
        | "departing" => Event::Departure,
        "took" if next == "off" => Event::Departure,
        "flew" | "flies" | "fly" | "flown" | "flying" | "crossed" | "crosses" | "headed"
        | "continued" | "travelled" | "traveled" | "returned" | "went" => Event::Route,
        "on" if next == "to"
            && i > 0
            && ["then", "and", ","].iter().any(|p| {
                words[i - 1].core().eq_ignore_ascii_case(p) || words[i - 1].raw.ends_with(',')
            }) =>
        {
            Event::Route
        }
        "onward" | "onwards" => Event::Route,
        "parked" | "stayed" | "remained" | "spent" | "sat" => Event::Presence,
        _ => return None,
    };
    Some((e, i))
}

fn events_of(
    words: &[Word<'_>],
    places: &[FoundPlace],
    found_dates: &[dates::Found],
    last_day: &mut Option<Days>,
) -> Vec<Ev> {
    let mut cues: Vec<(Event, usize)> = (0..words.len()).filter_map(|i| cue(words, i)).collect();
    // "took off", "touched down": one cue.
    cues.dedup_by(|b, a| b.1 == a.1 + 1);
    let mut out: Vec<Ev> = Vec::new();
    let mut prev_dest: Option<Place> = None;
    for (n, &(event, at)) in cues.iter().enumerate() {
        let until = cues.get(n + 1).map_or(words.len(), |c| c.1);
        let clause: Vec<&FoundPlace> = places
            .iter()
            .filter(|p| p.start > at && p.start < until)
            .collect();
        // The clause's date, else the sentence's date before it.
        let date = found_dates
            .iter()
            .find(|d| d.start > at && d.start < until)
            .or_else(|| {
                found_dates
                    .iter()
                    .rev()
                    .find(|d| d.start < at && !cues[..n].iter().any(|c| c.1 > d.start))
            })
            .or_else(|| {
                if n == 0 {
                    found_dates.iter().find(|d| d.start >= until)
                } else {
                    None
                }
            });
        let days = date.and_then(|d| match d.relative_days {
            Some(k) => last_day.map(|l| Days {
                from: l.from + k,
                to: l.to + k,
            }),
            None => Some(d.days),
        });
        if let Some(d) = days {
            *last_day = Some(d);
        }
        let word_before = |p: &FoundPlace| {
            if p.start > 0 {
                words[p.start - 1].core().to_lowercase()
            } else {
                String::new()
            }
        };
        let from: Vec<&FoundPlace> = clause
            .iter()
            .copied()
            .filter(|p| word_before(p) == "from")
            .collect();
        let to: Vec<&FoundPlace> = clause
            .iter()
            .copied()
            .filter(|p| {
                ["to", "for", "toward", "towards", "into"].contains(&word_before(p).as_str())
            })
            .collect();
        let via: Vec<&FoundPlace> = clause
            .iter()
            .copied()
            .filter(|p| ["via", "through"].contains(&word_before(p).as_str()))
            .collect();
        let other: Vec<&FoundPlace> = clause
            .iter()
            .copied()
            .filter(|p| {
                !from
                    .iter()
                    .chain(&to)
                    .chain(&via)
                    .any(|q| q.start == p.start)
            })
            .collect();
        let continuing =
            words[at].core().eq_ignore_ascii_case("on") || words[at].core().starts_with("onward");
        match event {
            Event::Route => {
                let mut route: Vec<Place> = Vec::new();
                if let Some(f) = from.first() {
                    route.push(f.place.clone());
                } else if continuing {
                    route.extend(prev_dest.clone());
                }
                route.extend(via.iter().map(|p| p.place.clone()));
                route.extend(to.iter().map(|p| p.place.clone()));
                if to.is_empty() && from.is_empty() {
                    route.extend(other.iter().map(|p| p.place.clone()));
                }
                prev_dest = route.last().cloned();
                match route.len() {
                    0 => {}
                    1 => out.push(Ev {
                        event: if from.is_empty() {
                            Event::Arrival
                        } else {
                            Event::Departure
                        },
                        place: route.pop(),
                        route: Vec::new(),
                        days,
                    }),
                    _ => out.push(Ev {
                        event: Event::Route,
                        place: route.last().cloned(),
                        route,
                        days,
                    }),
                }
            }
            Event::Arrival => {
                if let Some(p) = to.first().or(other.first()).or(clause.first()) {
                    prev_dest = Some(p.place.clone());
                    out.push(Ev {
                        event,
                        place: Some(p.place.clone()),
                        route: Vec::new(),
                        days,
                    });
                }
            }
            Event::Departure => {
                let origin = from.first().or(other.first());
                if let Some(p) = origin {
                    out.push(Ev {
                        event,
                        place: Some(p.place.clone()),
                        route: Vec::new(),
                        days,
                    });
                }
                if let Some(d) = to.first() {
                    prev_dest = Some(d.place.clone());
                    out.push(Ev {
                        event: Event::Arrival,
                        place: Some(d.place.clone()),
                        route: Vec::new(),
                        days,
                    });
                }
            }
            Event::Presence => {
                if let Some(p) = other.first().or(clause.first()) {
                    out.push(Ev {
                        event,
                        place: Some(p.place.clone()),
                        route: Vec::new(),
                        days,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
