//! The article reader: finds aircraft, registrations, places and dates in
//! an article's text, turns the movements it states into checkable claims,
//! and checks them against the routes (see [`check`]). Rule-based, with
//! the embedded airport table, ICAO Doc 8643's type designators and the
//! word lists in [`tables`]; no model.
//!
//! A pipeline, one module a stage:
//! 0. [`translate`]: an article in Spanish, Portuguese, French, Italian,
//!    Dutch, German or Russian put into English word by word (a lexicon
//!    per language, `lexicon/*.txt`), read by the stages below, and its
//!    offsets mapped back;
//! 1. [`text`]: paragraphs, headline, deck, dateline, sentences, tokens, quotes;
//! 2. mentions from the gazetteers ([`gazetteer`], one Aho-Corasick
//!    automaton for every name): aircraft ([`aircraft`]: types, makers,
//!    registrations, addresses, callsigns, "the plane", "it") and places
//!    ([`places`]: countries, cities, airports, air bases, decided by the
//!    story's context; `places/descriptive.rs` "the capital's airport",
//!    `places/merge.rs` a place joined with what qualifies it,
//!    `places/government.rs` "Moscow said");
//! 3. temporal expressions normalised against an anchor ([`dates`]; found
//!    in the tokens by `dates/find.rs`);
//! 4. event frames: a trigger and what its sentence attaches to it
//!    ([`events`]; `events/triggers.rs` the trigger words and how each is
//!    stated, `events/descriptions.rs` the aircraft descriptions,
//!    `events/frames.rs` the frames);
//! 5. the discourse: which aircraft, date and place each frame continues
//!    from the sentences before ([`discourse`]; `discourse/state.rs` what it
//!    carries and returns, `discourse/reference.rs` which aircraft a
//!    description names, `discourse/dating.rs` the day a movement takes,
//!    `discourse/trips.rs` journeys and the claims each frame makes);
//! 6. the claims tidied: one per movement, routes completed ([`tidy`]).

pub mod aircraft;
pub mod check;
pub mod dates;
pub mod discourse;
pub mod events;
pub mod gazetteer;
pub mod places;
pub mod tables;
pub mod text;
pub mod tidy;
pub mod translate;

use serde::{Deserialize, Deserializer, Serialize};

use crate::airports::airports;
pub use aircraft::registration;
use dates::Days;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// True when the place stands for one airport (its code is an ICAO
    /// code, not a country's).
    pub fn is_airport(&self) -> bool {
        self.code != self.country
    }

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The sentence it comes from.
    pub text: String,
    /// Byte offsets of that sentence in the article (from just after the
    /// sentence before).
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
    /// The words read as the claim's aircraft, place and date, as spans of
    /// the article as given (character offsets, not bytes; end exclusive),
    /// so a page can mark them.
    pub evidence_text: Vec<EvidenceSpan>,
}

/// A span of the article's text a claim was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSpan {
    /// `"aircraft"`, `"place"` or `"date"`.
    #[serde(deserialize_with = "span_kind")]
    pub kind: Word,
    /// First character (counted in characters from the start of the article).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// The words of each span, with its kind, from the text the spans were
/// read in (the article after [`strip_html`]). Spans outside the text are
/// left out.
///
/// ```
/// use flightlens_core::article::{EvidenceSpan, evidence_words};
///
/// let text = "The Ил-76 landed in Dakar.";
/// let spans = [EvidenceSpan { kind: "place", start: 20, end: 25 }];
/// assert_eq!(evidence_words(text, &spans), [("place", "Dakar".to_string())]);
/// ```
pub fn evidence_words(text: &str, spans: &[EvidenceSpan]) -> Vec<(&'static str, String)> {
    let count = text.chars().count();
    spans
        .iter()
        .filter(|s| s.start < s.end && s.end <= count)
        .map(|s| {
            let words: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            (s.kind, words)
        })
        .collect()
}

/// Everything read from an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// Names found, in text order.
    pub entities: Vec<Entity>,
    /// Claims, in text order.
    pub claims: Vec<Claim>,
    /// Sentences that seem to tell a movement at a place they name, from
    /// which no claim was read: where the reader may have missed one, for a
    /// person to check by hand (see [`unread`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<Unread>,
    /// The language it was read in, when not English: "Spanish" …
    /// "Russian" (read through English), or "unknown" when it looks like
    /// none of them (read as English, little found).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "language_name"
    )]
    pub language: Option<Word>,
}

/// A sentence the reader drew no claim from although it seems to tell a
/// movement (a movement word, or an aircraft and a day) and names a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unread {
    /// The sentence.
    pub text: String,
    /// Byte offsets of the sentence in the article, as [`Claim::start`].
    pub start: usize,
    /// End.
    pub end: usize,
}

/// One of a few fixed words. (Written as an alias so that serde's derive
/// does not take a `&'static str` field for one borrowed from its input:
/// [`span_kind`] and [`language_name`] read them back.)
pub type Word = &'static str;

/// An [`EvidenceSpan::kind`] read back (the page's reader module hands a
/// reading over as JSON: `pipeline::ArticleReading::handover`).
fn span_kind<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let s = String::deserialize(d)?;
    ["aircraft", "place", "date"]
        .into_iter()
        .find(|k| *k == s)
        .ok_or_else(|| serde::de::Error::custom(format!("no evidence kind {s:?}")))
}

/// A [`Reading::language`] read back, as [`span_kind`].
fn language_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    let Some(s) = Option::<String>::deserialize(d)? else {
        return Ok(None);
    };
    translate::Lang::ALL
        .into_iter()
        .find_map(|l| l.name().filter(|n| *n == s))
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("no language {s:?}")))
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
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã'
            | 'Å' | 'Ā' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'É' | 'È' | 'Ê' | 'Ë' | 'Ē' => {
                'e'
            }
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => {
                'o'
            }
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'ñ' | 'ń' | 'ň' | 'Ñ' => 'n',
            'ç' | 'ć' | 'č' | 'Ç' | 'Č' => 'c',
            'ş' | 'ś' | 'š' | 'ș' | 'Ş' | 'Š' | 'Ș' => 's',
            'ž' | 'ź' | 'ż' | 'Ž' => 'z',
            'ł' | 'Ł' => 'l',
            'ř' => 'r',
            'ť' | 'ț' => 't',
            'ď' => 'd',
            'ğ' | 'Ğ' => 'g',
            'ı' | 'İ' => 'i',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}

/// Reads an article. `published` is the publication date as days since
/// 1970-01-01, which deictic dates ("on Saturday", "yesterday") and years
/// are resolved against; without it, only dates that name their year are
/// read.
///
/// Reporting in Spanish, Portuguese, French, Italian, Dutch, German or
/// Russian is read through English ([`translate`]); its offsets are the
/// article's.
pub fn read(text: &str, published: Option<i64>) -> Reading {
    let lang = translate::detect(text);
    let mut reading = match lang {
        translate::Lang::En | translate::Lang::Other => read_english(text, published),
        _ => {
            let t = translate::translate(text, lang);
            let mut reading = read_english(&t.text, published);
            back_to_article(&mut reading, text, &t);
            reading
        }
    };
    reading.language = lang.name();
    reading
}

/// A reading of `t`'s English with its offsets, and the words it quotes,
/// put back into the article's.
fn back_to_article(reading: &mut Reading, text: &str, t: &translate::Translation) {
    let bytes_of: Vec<usize> = t
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain([t.text.len()])
        .collect();
    let chars = text::char_offsets(text);
    let byte = |c: usize| bytes_of.get(c).copied().unwrap_or(t.text.len());
    for e in &mut reading.entities {
        (e.start, e.end) = (t.start(e.start), t.end(e.end));
        e.text = text.get(e.start..e.end).unwrap_or_default().to_string();
    }
    // A place's words as written: those its evidence marks, else where
    // its English words first stand.
    let words_of = |p: &mut Place, marked: &[(usize, usize)]| {
        let at = marked
            .iter()
            .copied()
            .find(|&(a, b)| t.text.get(a..b) == Some(p.text.as_str()))
            .or_else(|| t.text.find(&p.text).map(|a| (a, a + p.text.len())));
        if let Some((a, b)) = at {
            p.text = text
                .get(t.start(a)..t.end(b))
                .unwrap_or_default()
                .to_string();
        }
    };
    // A sentence's span, and its words, in the article as written.
    let sentence = |start: usize, end: usize| {
        let (a, b) = (t.start(start), t.end(end));
        (a, b, text.get(a..b).unwrap_or_default().trim().to_string())
    };
    for u in &mut reading.unread {
        (u.start, u.end, u.text) = sentence(u.start, u.end);
    }
    for c in &mut reading.claims {
        (c.start, c.end, c.text) = sentence(c.start, c.end);
        let marked: Vec<(usize, usize)> = c
            .evidence_text
            .iter()
            .filter(|s| s.kind == "place")
            .map(|s| (byte(s.start), byte(s.end)))
            .collect();
        for p in c.place.iter_mut().chain(c.route.iter_mut()) {
            words_of(p, &marked);
        }
        for s in &mut c.evidence_text {
            s.start = chars(t.start(byte(s.start)));
            s.end = chars(t.end(byte(s.end)));
        }
    }
}

/// Reads an article in English.
fn read_english(text: &str, published: Option<i64>) -> Reading {
    let doc = text::parse(text);
    let g = gazetteer::gazetteer();
    let hits = g.find(&doc);
    let timexes = dates::find_with(&doc, published);
    let mut taken = vec![false; doc.toks.len()];
    for t in &timexes {
        for x in &mut taken[t.first..t.last] {
            *x = true;
        }
    }
    let mentions = aircraft::find(text, &doc, &hits, &mut taken);
    let story_regs: Vec<&'static str> = mentions
        .iter()
        .filter_map(|m| match &m.ident {
            aircraft::Ident::Registration(_, c) => Some(*c),
            _ => None,
        })
        .collect();
    let places = places::find(text, &doc, g, &hits, &taken, &story_regs);
    let descs = events::describe(&doc, &mentions);
    let mut frames = Vec::new();
    // Sentences that tell a movement (a trigger), for registration lists.
    let mut triggered = Vec::with_capacity(doc.sentences.len());
    for (sn, s) in doc.sentences.iter().enumerate() {
        let trigs = events::triggers(&doc, s);
        triggered.push(!trigs.is_empty());
        // A row of a flight table is its one flight.
        if let Some(row) = events::table_row(&doc, sn, &descs, &places, &timexes) {
            frames.extend(row);
            continue;
        }
        // A log line with a stop on the way is its one flight.
        let mut line = events::log_line(&doc, sn, &trigs, &descs, &places, &timexes);
        if line.as_ref().is_some_and(|f| f.has_stops) {
            frames.extend(line);
            continue;
        }
        // (A line whose pair comes before its movement words: the pair's
        // flight first, for the words after it to go on from.)
        if !trigs.is_empty() {
            frames.extend(line.take());
        }
        frames.extend(events::frames(&doc, sn, &trigs, &descs, &places, &timexes));
        let more = events::gapped(&doc, sn, &trigs, &frames, &descs, &places, &timexes);
        frames.extend(more);
        frames.extend(line);
    }
    let out = discourse::read(
        &doc, published, &mentions, &descs, &places, &timexes, &frames,
    );
    let (mut drafts, entities, timex_days, seen_at) = out;
    tidy::drop_tallies(&mut drafts, published, |sn| {
        doc.sentences.get(sn).is_some_and(|s| {
            doc.toks[s.first..s.last]
                .iter()
                .any(|t| t.lower == "earlier")
        })
    });
    tidy::tidy(&mut drafts, &entities, &seen_at, published);
    // A day carried from the story that falls after publication ("Five
    // days after a Singapore Airlines flight was hit … The plane landed
    // safely in Dublin"): no day the text can have meant for a movement
    // that happened; none rather than a wrong one. (A day told in the
    // movement's own clause after publication made it a plan already.)
    if let Some(p) = published {
        for d in drafts.iter_mut() {
            if !d.own_date && d.days.is_some_and(|x| x.from > p + 1) {
                d.days = None;
            }
        }
    }

    // What was found, for the page.
    let mut reading = Reading::default();
    let span_text = |a: usize, b: usize| -> (usize, usize, String) {
        let (s, e) = (doc.toks[a].start, doc.toks[b - 1].end);
        (s, e, text[s..e].to_string())
    };
    for m in &mentions {
        let (kind, value, detail) = match &m.ident {
            aircraft::Ident::Type(c, _) => (EntityKind::AircraftType, c.to_string(), String::new()),
            aircraft::Ident::Registration(r, c) => {
                (EntityKind::Registration, r.clone(), c.to_string())
            }
            aircraft::Ident::Hex(h) => (EntityKind::Icao24, h.clone(), String::new()),
            aircraft::Ident::Callsign(c) => (EntityKind::Callsign, c.clone(), String::new()),
            _ => continue,
        };
        let (start, end, words) = span_text(m.first, m.last);
        reading.entities.push(Entity {
            kind,
            start,
            end,
            text: words,
            value,
            detail,
        });
    }
    for p in places.iter().filter(|p| !p.government) {
        let (start, end, words) = span_text(p.name.0, p.name.1);
        let detail = p
            .place
            .airports
            .iter()
            .filter_map(|a| airports().get(a))
            .map(|a| format!("{} ({})", a.name, a.icao))
            .collect::<Vec<_>>()
            .join(", ");
        reading.entities.push(Entity {
            kind: EntityKind::Place,
            start,
            end,
            text: words,
            value: p.place.code.clone(),
            detail,
        });
    }
    for (t, d) in timexes.iter().zip(&timex_days) {
        let Some(d) = d else { continue };
        let (start, end, words) = span_text(t.first, t.last);
        reading.entities.push(Entity {
            kind: EntityKind::Date,
            start,
            end,
            text: words,
            value: d.iso(),
            detail: String::new(),
        });
    }
    reading.entities.sort_by_key(|e| (e.start, e.end));

    // Claims, in text order, with the words each was read from.
    let chars = text::char_offsets(text);
    let span = |kind: &'static str, (a, b): (usize, usize)| -> Option<EvidenceSpan> {
        if a >= b || b > doc.toks.len() {
            return None;
        }
        Some(EvidenceSpan {
            kind,
            start: chars(doc.toks[a].start),
            end: chars(doc.toks[b - 1].end),
        })
    };
    // "The five Il-76s landed at Machulishchy. Their registrations were
    // RF-76711, RA-78818, …": a group's movement is each one's.
    let listed = registration_lists(&doc, &mentions, &triggered);
    let mut drafts_out: Vec<(discourse::Draft, Option<String>)> = Vec::new();
    // (An entity merged into another speaks for that one.)
    let root_of = |e: usize| {
        let mut e = e;
        while let Some(a) = entities[e].alias {
            e = a;
        }
        e
    };
    for d in drafts {
        let group = d.entity.map(|e| &entities[root_of(e)]);
        let regs = group
            .filter(|e| e.plural && e.regs.is_empty())
            .and_then(|_| {
                listed
                    .iter()
                    .find(|(sn, _)| (d.sentence..=d.sentence + 2).contains(sn))
                    .map(|(_, r)| r.clone())
            });
        match regs {
            Some(regs) => {
                for r in regs {
                    drafts_out.push((d.clone(), Some(r)));
                }
            }
            None => drafts_out.push((d, None)),
        }
    }
    // The one callsign an aircraft flew under in the story, on each of its
    // movements told without one.
    let mut callsigns: std::collections::HashMap<usize, Vec<String>> = Default::default();
    for (d, _) in &drafts_out {
        if let (Some(e), Some(c)) = (d.entity, &d.callsign) {
            let v = callsigns.entry(root_of(e)).or_default();
            if !v.contains(c) {
                v.push(c.clone());
            }
        }
    }
    for (d, _) in drafts_out.iter_mut() {
        if d.callsign.is_none()
            && let Some(e) = d.entity
            && !entities[root_of(e)].plural
            && let Some(v) = callsigns.get(&root_of(e))
            && v.len() == 1
        {
            d.callsign = Some(v[0].clone());
        }
    }
    for (d, listed_reg) in drafts_out {
        let s = &doc.sentences[d.sentence];
        let ent = d.entity.map(|e| &entities[root_of(e)]);
        let mut evidence_text: Vec<EvidenceSpan> = Vec::new();
        for a in &d.evidence.aircraft {
            evidence_text.extend(span("aircraft", *a));
        }
        if let Some(e) = ent {
            for a in &e.named_at {
                evidence_text.extend(span("aircraft", *a));
            }
        }
        for p in &d.evidence.place {
            evidence_text.extend(span("place", *p));
        }
        for t in &d.evidence.date {
            evidence_text.extend(span("date", *t));
        }
        evidence_text.sort_by_key(|e| (e.start, e.end, e.kind));
        evidence_text.dedup();
        let route = if d.event == Event::Route {
            d.places.clone()
        } else {
            Vec::new()
        };
        reading.claims.push(Claim {
            text: text[s.start..s.end].trim().to_string(),
            start: s.start,
            end: s.end,
            event: d.event,
            aircraft_type: ent.and_then(|e| e.type_code.map(|(c, _)| c.to_string())),
            registration: listed_reg.or_else(|| ent.and_then(|e| e.regs.first().cloned())),
            icao24: ent.and_then(|e| e.hex.clone()),
            callsign: d.callsign.clone(),
            place: d.places.last().cloned(),
            route,
            days: d.days,
            evidence_text,
        });
    }
    // A member of a listed group told again ("the last, RF-76790, touched
    // down at 6:17 p.m."): one claim.
    let mut seen: Vec<(Event, String, Option<Days>, Option<String>)> = Vec::new();
    reading.claims.retain(|c| {
        let key = (
            c.event,
            c.place.as_ref().map(|p| p.code.clone()).unwrap_or_default(),
            c.days,
            c.registration.clone(),
        );
        if c.registration.is_some() && c.route.is_empty() && seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    reading.unread = unread(
        &doc,
        text,
        &triggered,
        &places,
        &reading.claims,
        &reading.entities,
    );
    reading
}

/// The sentences that tell a movement (a movement word of the frame stage,
/// or an aircraft and a day) and name a place (not a government, nor a
/// landmark on the way), but gave no claim. On published reporting the
/// reader misses about half the claims a careful reader finds; more than
/// half of those misses stand in such a sentence, and there are about two
/// of them on a page (`docs/article-reader.md`, "A fifty-first round"):
/// few enough to read, so the page lists them rather than guess.
fn unread(
    doc: &text::Doc,
    text: &str,
    triggered: &[bool],
    places: &[places::PlaceMention],
    claims: &[Claim],
    ents: &[Entity],
) -> Vec<Unread> {
    let mut out = Vec::new();
    for (sn, s) in doc.sentences.iter().enumerate() {
        // (Or an aircraft and a day with the place, and no movement word
        // the reader knows: "Photos of RA-78817 at Bamako on Monday".)
        let has = |kinds: &[EntityKind]| {
            ents.iter()
                .any(|e| kinds.contains(&e.kind) && e.start >= s.start && e.end <= s.end)
        };
        let told = triggered[sn]
            || (has(&[
                EntityKind::AircraftType,
                EntityKind::Registration,
                EntityKind::Icao24,
                EntityKind::Callsign,
            ]) && has(&[EntityKind::Date]));
        let named = places
            .iter()
            .any(|p| p.first >= s.first && p.first < s.last && !p.government && !p.landmark);
        let claimed = claims.iter().any(|c| c.start < s.end && c.end > s.start);
        if told && named && !claimed {
            out.push(Unread {
                text: text[s.start..s.end].trim().to_string(),
                start: s.start,
                end: s.end,
            });
        }
    }
    out
}

/// Sentences that list the registrations of a group named before them
/// ("Their registrations were A, B and C", "tail numbers: A, B, C"): the
/// sentence and the registrations, when it lists two or more and tells no
/// movement of its own.
fn registration_lists(
    doc: &text::Doc,
    mentions: &[aircraft::Mention],
    triggered: &[bool],
) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    for (sn, s) in doc.sentences.iter().enumerate() {
        let cue = doc.toks[s.first..s.last].iter().any(|t| {
            [
                "registrations",
                "registration",
                "tails",
                "numbers",
                "serials",
                "registered",
            ]
            .contains(&t.lower.as_str())
        });
        if !cue || triggered[sn] {
            continue;
        }
        let regs: Vec<String> = mentions
            .iter()
            .filter(|m| m.first >= s.first && m.first < s.last)
            .filter_map(|m| match &m.ident {
                aircraft::Ident::Registration(r, _) => Some(r.clone()),
                _ => None,
            })
            .collect();
        if regs.len() >= 2 {
            out.push((sn, regs));
        }
    }
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_classes;

#[cfg(test)]
mod tests_dates;
