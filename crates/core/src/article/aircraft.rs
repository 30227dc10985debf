//! Stage 2b: aircraft mentions. Registrations by ICAO nationality mark
//! (with or without the hyphen: `RA-78817`, `RA78817`, `YV2984`, `EPMNF`),
//! US military serials after "serial", ICAO 24-bit addresses after "hex",
//! "Mode-S" or "transponder code", callsigns (after "callsign", "flying as",
//! or standing alone when they look like one: `RCH451`, `RFF8112`,
//! `SAM44`), and the words that refer to an aircraft: a type ("an Il-76"),
//! a maker ("the Antonov"), a noun ("the plane", "a business jet"), a
//! pronoun ("it"), each with the determiner that says whether it is new
//! ("another", "a second") or the one before ("the", "the same").

use super::gazetteer::{Entry, Hit};
use super::tables;
use super::text::{Doc, Tok, TokKind};

/// What an aircraft mention is.
#[derive(Debug, Clone, PartialEq)]
pub enum Ident {
    /// An ICAO type designator, and the series prefix when only a series
    /// was named ("Boeing 757").
    Type(&'static str, Option<&'static str>),
    /// A maker's name alone ("the Antonov"): the designator prefixes it covers.
    Maker(&'static [&'static str]),
    /// A registration and its country.
    Registration(String, &'static str),
    /// An ICAO 24-bit address, lower case.
    Hex(String),
    /// A callsign or flight number.
    Callsign(String),
    /// A noun for an aircraft ("plane", "jet"); `true` when plural.
    Noun(bool),
    /// "it" (or "they", `true`).
    Pronoun(bool),
    /// A person who travels ("the vice-president", "he").
    Person,
}

/// How a mention is introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Det {
    /// "a", "an", "one of its": new unless nothing was known yet.
    Indefinite,
    /// "another", "a second", "a different", "its sister ship": a new one.
    Other,
    /// "the", "its", "this", "the same": the one before.
    Definite,
    /// No determiner (a bare registration, a plural).
    None,
}

/// One mention of an aircraft (or a traveller), tokens `first..last`.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// What it is.
    pub ident: Ident,
    /// How it is introduced.
    pub det: Det,
    /// How many aircraft a plural names ("two Tu-160s"), when it says.
    pub count: Option<u32>,
}

impl Mention {
    /// A mark, callsign or address read at tokens `first..last`: no
    /// determiner, no count.
    fn marked(first: usize, last: usize, ident: Ident) -> Self {
        Mention {
            first,
            last,
            ident,
            det: Det::None,
            count: None,
        }
    }
}

/// Words that introduce a registration, callsign or address.
const REG_WORDS: &[&str] = &[
    "registration",
    "registered",
    "reg",
    "tail",
    "board",
    "bort",
    "serial",
    "matricula",
    "matrícula",
    // "spotters identified it as 07-7180".
    "identified",
];

/// A compound written without spaces: tokens `first..last` joined ("RA-78817").
fn compound(toks: &[Tok], first: usize) -> (usize, String) {
    let mut last = first + 1;
    let mut s = toks[first].lower.clone();
    while last + 1 < toks.len()
        && toks[last].is("-")
        && !toks[last].space_before
        && !toks[last + 1].space_before
        && toks[last + 1].is_word()
    {
        s.push('-');
        s.push_str(&toks[last + 1].lower);
        last += 2;
    }
    (last, s)
}

/// The first of `models` among tokens `first..last` (a type's match), with
/// the code written after it and a dash, all glued ("747-230B",
/// "A340-642"): the model's token and the code, folded.
fn model_code<'t>(
    toks: &'t [Tok],
    first: usize,
    last: usize,
    models: &[&str],
) -> Option<(usize, &'t str)> {
    let k = (first..last.min(toks.len())).find(|&k| models.contains(&toks[k].lower.as_str()))?;
    toks.get(k + 1).filter(|t| t.is("-") && !t.space_before)?;
    let code = toks.get(k + 2).filter(|t| !t.space_before && t.is_word())?;
    Some((k, code.lower.as_str()))
}

/// A Boeing jetliner written with its customer code, as registers and
/// spotters write it: "747-230B", "737-8AS", "777-3F2ER", "767-2DX",
/// "777-FS2". The digit after the dash is the series, the next two
/// characters the airline that first ordered the model ("30" Lufthansa,
/// "AS" Ryanair), and letters after them a version ("B", "F", "ER", "LR").
/// So "737-8AS" is a 737-800, not the MAX 8 that "737-8" alone names.
/// Looks for the model number among tokens `first..last` (the type's
/// match) and returns the designator and the token after the code.
fn boeing_customer(toks: &[Tok], first: usize, last: usize) -> Option<(&'static str, usize)> {
    let (k, code) = model_code(
        toks,
        first,
        last,
        &[
            "707", "717", "727", "737", "747", "757", "767", "777", "787",
        ],
    )?;
    let s = code.as_bytes();
    if s.len() < 3 || s.len() > 7 {
        return None;
    }
    let (series, customer, version) = (s[0], &s[1..3], &s[3..]);
    let freighter = series == b'f' && toks[k].lower == "777";
    if !(series.is_ascii_digit() && series != b'0' || freighter)
        || !customer.iter().all(u8::is_ascii_alphanumeric)
        || customer == b"00"
        || !version.iter().all(u8::is_ascii_alphabetic)
    {
        return None;
    }
    // ("737-8H4 MAX": the airline's code on a MAX.)
    if toks.get(k + 3).is_some_and(|t| t.lower == "max") {
        return None;
    }
    let long_range = version.starts_with(b"lr");
    let extended = version.starts_with(b"er");
    let designator = match (toks[k].lower.as_str(), series) {
        ("777", b'f') => "B77L",
        ("707", b'1') => "B701",
        ("707", b'3') => "B703",
        ("717", b'2') => "B712",
        ("727", b'1') => "B721",
        ("727", b'2') => "B722",
        ("737", b'1') => "B731",
        ("737", b'2') => "B732",
        ("737", b'3') => "B733",
        ("737", b'4') => "B734",
        ("737", b'5') => "B735",
        ("737", b'6') => "B736",
        ("737", b'7') => "B737",
        ("737", b'8') => "B738",
        ("737", b'9') => "B739",
        ("747", b'1') => "B741",
        ("747", b'2') => "B742",
        ("747", b'3') => "B743",
        ("747", b'4') => "B744",
        ("747", b'8') => "B748",
        ("757", b'2') => "B752",
        ("757", b'3') => "B753",
        ("767", b'2') => "B762",
        ("767", b'3') => "B763",
        ("767", b'4') => "B764",
        ("777", b'2') if long_range => "B77L",
        ("777", b'2') => "B772",
        ("777", b'3') if extended => "B77W",
        ("777", b'3') => "B773",
        ("787", b'8') => "B788",
        ("787", b'9') => "B789",
        _ => return None,
    };
    Some((designator, k + 3))
}

/// An Airbus model with its customer code ("A340-642", "A330-243",
/// "A320-251N"): the first digit is the series (the 600, the 200), the
/// next two the engines and the airline, a trailing "N" the neo. So
/// "A340-642" is an A340-600 (A346), not the family's usual A340-300.
/// Returns the designator and the token after the code, as
/// [`boeing_customer`] does.
fn airbus_customer(toks: &[Tok], first: usize, last: usize) -> Option<(&'static str, usize)> {
    let (k, s) = model_code(
        toks,
        first,
        last,
        &[
            "a318", "a319", "a320", "a321", "a330", "a340", "a350", "a380",
        ],
    )?;
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let neo = matches!(&s[digits..], "n" | "nx" | "ny");
    if !(digits == 3 || digits == 4 && s.starts_with("10")) || !(neo || digits == s.len()) {
        return None;
    }
    let series = s.as_bytes()[0];
    let designator = match (&toks[k].lower[1..], series) {
        ("350", b'1') if digits == 4 => "A35K",
        (_, _) if digits == 4 => return None,
        ("318", b'1') => "A318",
        ("319", b'1') if neo => "A19N",
        ("319", b'1') => "A319",
        ("320", b'1' | b'2') if neo => "A20N",
        ("320", b'1' | b'2') => "A320",
        ("321", b'1' | b'2') if neo => "A21N",
        ("321", b'1' | b'2') => "A321",
        ("330", b'2') => "A332",
        ("330", b'3') => "A333",
        ("330", b'7') => "A337",
        ("330", b'8') => "A338",
        ("330", b'9') => "A339",
        ("340", b'2') => "A342",
        ("340", b'3') => "A343",
        ("340", b'5') => "A345",
        ("340", b'6') => "A346",
        ("350", b'9') => "A359",
        ("380", b'8') => "A388",
        _ => return None,
    };
    Some((designator, k + 3))
}

fn upper_form(doc: &Doc, text: &str, first: usize, last: usize) -> String {
    text[doc.toks[first].start..doc.toks[last - 1].end].to_uppercase()
}

fn all_caps(doc: &Doc, text: &str, first: usize, last: usize) -> bool {
    let raw = &text[doc.toks[first].start..doc.toks[last - 1].end];
    raw.chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
        && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Prefixes whose registrations may be all digits after the mark.
const DIGIT_MARKS: &[&str] = &[
    "RA", "RF", "EX", "UR", "UK", "UP", "EW", "EK", "4K", "B", "YV", "HI", "JA", "HL", "P", "CU",
    "EY", "EZ", "ER", "JU", "XU", "YA", "ST", "5A", "YI", "CP", "HK", "OB",
];

/// Acronyms that look like registrations without a hyphen.
const NOT_REGISTRATIONS: &[&str] = &[
    "NATO", "USAF", "RAF", "ICAO", "IATA", "NASA", "FAA", "EASA", "ORTM", "TASS", "OSINT",
    "EMERCOM", "ADSB", "UTC", "GMT", "KST", "CNN", "BBC", "SBUS", "BAEL", "HQ", "TV", "UAE", "USA",
    "EU", "UN", "UK", "US", "DPRK", "CIA", "FBI", "RIA", "AFP", "EFE", "VIP", "VVIP",
    // ("parked on APRON 2".)
    "APRON", "NOTAM", "METAR", "AWACS",
];

/// The registration a word is, with its country: `TC-DMO`, `RA-78854`,
/// `RA78854`, `N123AB`, `YV3016`, `VP-CKR`.
pub fn registration(word: &str) -> Option<(String, &'static str)> {
    let w = word.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
    if w.len() < 3
        || w.len() > 10
        || w.chars()
            .any(|c| c.is_ascii_lowercase() || !(c.is_ascii_alphanumeric() || c == '-'))
        || NOT_REGISTRATIONS.contains(&w)
    {
        return None;
    }
    let ok_suffix = |mark: &str, s: &str, hyphen: bool| -> bool {
        let n = s.len();
        if !(1..=5).contains(&n) || !s.chars().all(|c| c.is_ascii_alphanumeric()) {
            return false;
        }
        let digits = s.chars().all(|c| c.is_ascii_digit());
        let letters = s.chars().all(|c| c.is_ascii_alphabetic());
        match mark {
            "N" => {
                s.starts_with(|c: char| c.is_ascii_digit() && c != '0')
                    && s.chars()
                        .skip_while(char::is_ascii_digit)
                        .all(|c| c.is_ascii_uppercase())
                    && s.chars().skip_while(char::is_ascii_digit).count() <= 2
            }
            "YV" => (3..=4).contains(&n) && s.chars().any(|c| c.is_ascii_digit()),
            // The Philippines: RP-C7008, also written RPC7008.
            "RP" => {
                s.starts_with('C')
                    && (4..=5).contains(&n)
                    && s[1..].chars().all(|c| c.is_ascii_digit())
            }
            "HI" | "HL" => (3..=4).contains(&n) && digits,
            "JA" => n == 4 && s.chars().any(|c| c.is_ascii_digit()),
            // (China's newer marks mix digits and letters: B-305D, B-32DN.)
            "B" => {
                (digits && (4..=5).contains(&n))
                    || (letters && n == 3)
                    || (hyphen
                        && n == 4
                        && !digits
                        && s.starts_with(|c: char| c.is_ascii_digit())
                        && s.chars()
                            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()))
            }
            "P" => digits && n == 3,
            // Single-letter marks: letters only (F-16, C-17 and B-52 are types).
            // (Written without the hyphen only with its four letters:
            // "MACE 21" is a callsign and "A310 MRTT" a variant, not M-ACE
            // and M-RTT.)
            m if m.len() == 1 => letters && (3..=4).contains(&n) && (hyphen || n == 4),
            m => {
                if !hyphen {
                    // Written without the hyphen: RA78817, EPMNF.
                    // (Bolivia and Colombia number theirs in four digits:
                    // CP3352, HK4967.)
                    (digits && n == 5 && DIGIT_MARKS.contains(&m))
                        || (digits && n == 4 && ["CP", "HK"].contains(&m))
                        || (letters && n == 3)
                } else if digits {
                    DIGIT_MARKS.contains(&m) && n >= 3
                } else {
                    n >= 2
                }
            }
        }
    };
    // Hyphenated: the mark is what comes before the (first) hyphen, or the
    // two-part marks VP-B, VQ-B, VP-C.
    if let Some((mark, rest)) = w.split_once('-') {
        if rest.contains('-') && mark != "VP" && mark != "VQ" {
            return None;
        }
        // NATO's own register, under Luxembourg's mark: LX-N90452.
        if mark == "LX"
            && rest.len() == 6
            && rest.starts_with('N')
            && rest[1..].bytes().all(|b| b.is_ascii_digit())
        {
            return Some((w.to_string(), "LU"));
        }
        let two_part = format!("{mark}-{}", rest.chars().next().unwrap_or(' '));
        if let Some((_, c, _)) = tables::REG_PREFIXES.iter().find(|(p, _, _)| *p == two_part) {
            return ok_suffix("VP", &rest[1..], true).then(|| (w.to_string(), *c));
        }
        let (_, c, _) = tables::REG_PREFIXES.iter().find(|(p, _, _)| *p == mark)?;
        return ok_suffix(mark, rest, true).then(|| (w.to_string(), *c));
    }
    // Without a hyphen: the longest mark that fits.
    let mut best: Option<(String, &'static str)> = None;
    for (mark, c, _) in tables::REG_PREFIXES {
        if mark.contains('-') || mark.len() >= w.len() {
            continue;
        }
        if let Some(rest) = w.strip_prefix(mark)
            && ok_suffix(mark, rest, false)
            && best.as_ref().is_none_or(|(m, _)| m.len() < mark.len())
        {
            best = Some((mark.to_string(), c));
        }
    }
    // Written as the register writes it: `4XICB` is 4X-ICB, `RA78817`
    // RA-78817; the marks written without a hyphen stay as they are.
    best.map(|(m, c)| {
        if ["N", "JA", "HL", "HI", "YV"].contains(&m.as_str()) {
            (w.to_string(), c)
        } else {
            (format!("{m}-{}", &w[m.len()..]), c)
        }
    })
}

/// A state or military serial written as a tail number: `62-4138` and
/// `99-0004` (US), `A56-002` (Australia), `T-786` (Switzerland). Taken only
/// after a registration word, since alone the shape is a type's ("C-17").
fn state_serial(raw: &str) -> Option<&'static str> {
    let (a, b) = raw.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if !(3..=5).contains(&b.len()) || !digits(b) {
        return None;
    }
    if a.len() == 2 && digits(a) {
        return Some("US");
    }
    let letter = a.starts_with(|c: char| c.is_ascii_uppercase());
    // (Also two letters and four digits: the Indian Air Force's CB-8007.)
    let two = a.len() == 2 && a.bytes().all(|c| c.is_ascii_uppercase()) && b.len() == 4;
    (letter && (a.len() == 1 || two || (a.len() <= 3 && digits(&a[1..])))).then_some("")
}

/// Words written before a number that are not callsigns ("Flight 446",
/// "Gate 12"; months and weekdays, "March 15", are checked apart).
const NOT_SPACED_CALLSIGNS: &[&str] = &[
    // Broadcasters' channels: "As CBS 2's reporter said".
    "cbs",
    "nbc",
    "abc",
    "fox",
    "pbs",
    "wusa",
    "flight",
    "gate",
    "runway",
    "terminal",
    "route",
    "stand",
    "hangar",
    "air",
    "force",
    "pool",
    "report",
    "page",
    "section",
    "article",
    "chapter",
    "highway",
    "interstate",
    "mach",
    "level",
    "platform",
    "building",
    "number",
    "no",
    // Words that open a sentence before a number ("The 737 took off").
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "some",
    "all",
    "about",
    "nearly",
    "over",
    "only",
    "after",
    "from",
    "with",
    "and",
    "but",
    "then",
    "both",
    "each",
];

/// A callsign written as a word and a number ("Grim 21", "Envoy 57",
/// "RSD 369"): the word's three to six letters then one to four digits,
/// joined.
fn spaced_callsign(doc: &Doc, text: &str, i: usize) -> Option<String> {
    let (w, n) = (&doc.toks[i], doc.toks.get(i + 1)?);
    let letters = w.lower.len();
    if w.kind != TokKind::Word
        || !w.cap
        || !(3..=6).contains(&letters)
        || !w.lower.bytes().all(|b| b.is_ascii_lowercase())
        || NOT_SPACED_CALLSIGNS.contains(&w.lower.as_str())
        || super::dates::month(&w.lower).is_some()
        || super::dates::WEEKDAYS.contains(&w.lower.as_str())
        || n.kind != TokKind::Number
        || !n.space_before
        || !(1..=4).contains(&n.lower.len())
        || !n.lower.bytes().all(|b| b.is_ascii_digit())
        || doc.toks.get(i + 2).is_some_and(|t| {
            !t.space_before
                && (t.is("-")
                    || t.is(".")
                        && doc
                            .toks
                            .get(i + 3)
                            .is_some_and(|d| d.kind == TokKind::Number && !d.space_before))
        })
    {
        return None;
    }
    Some(format!(
        "{}{}",
        text[w.start..w.end].to_uppercase(),
        n.lower
    ))
}

/// An airline's flight number written apart ("QR 652", "H9 532"), at token
/// `i`: a two-character code in capitals, with a letter, then one to four
/// digits; joined.
fn spaced_flight_number(doc: &Doc, text: &str, i: usize) -> Option<String> {
    let (w, n) = (&doc.toks[i], doc.toks.get(i + 1)?);
    let code = &text[w.start..w.end];
    let ok = code.len() == 2
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && code.bytes().any(|b| b.is_ascii_uppercase())
        && n.kind == TokKind::Number
        && n.space_before
        && (1..=4).contains(&n.lower.len())
        && n.lower.bytes().all(|b| b.is_ascii_digit())
        && !doc
            .toks
            .get(i + 2)
            .is_some_and(|t| !t.space_before && (t.is("-") || t.is(".") || t.is(":")));
    ok.then(|| format!("{code}{}", n.lower))
}

/// The end of a Spanish military serial ("T.18-3") starting at token `i`.
fn spanish_serial(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    // (Called at every token: the cheap tests first.)
    let t = |k: usize| toks.get(i + k);
    let letters = &text[t(0)?.start..t(0)?.end];
    let short_number = |k: usize| {
        t(k).is_some_and(|x| x.kind == TokKind::Number && (1..=2).contains(&x.lower.len()))
    };
    let joined = || {
        (0..4).all(|k| match (t(k), t(k + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        })
    };
    ((1..=2).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && t(1)?.is(".")
        && short_number(2)
        && t(3)?.is("-")
        && short_number(4)
        && joined())
    .then_some(i + 5)
}

fn is_hex(s: &str) -> bool {
    s.len() == 6
        && s.chars().all(|c| c.is_ascii_hexdigit())
        && s.chars().any(|c| c.is_ascii_digit())
}

/// A callsign's shape: three to six capitals then one to four digits and
/// at most one letter (`RCH451`, `RFF8112`, `FORTE10`, `SAM44`, `RSD061`).
fn callsign_shape(s: &str) -> bool {
    let letters = s.chars().take_while(|c| c.is_ascii_uppercase()).count();
    let rest = &s[letters..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let tail = &rest[digits..];
    (3..=6).contains(&letters)
        && (1..=4).contains(&digits)
        && tail.len() <= 1
        && tail.chars().all(|c| c.is_ascii_uppercase())
}

/// Determiners before a mention's head, looking back from token `at`.
fn determiner(doc: &Doc, sentence_first: usize, at: usize) -> (Det, Option<u32>) {
    let mut j = at;
    let mut steps = 0;
    while j > sentence_first && steps < 6 {
        j -= 1;
        steps += 1;
        let w = doc.toks[j].lower.as_str();
        // ("the world's second-largest cargo aircraft": a rank, not another.)
        let ranked = || {
            doc.toks
                .get(j + 1)
                .is_some_and(|t| t.is("-") && !t.space_before)
                && doc.toks.get(j + 2).is_some_and(|t| {
                    !t.space_before
                        && (t.lower.ends_with("est")
                            || ["biggest", "most"].contains(&t.lower.as_str()))
                })
        };
        match w {
            "second" | "third" | "fourth" | "fifth" if ranked() => {}
            "another" | "second" | "third" | "fourth" | "fifth" | "different" | "separate"
            | "sister" | "more" | "other" | "replacement" | "backup" => return (Det::Other, None),
            "the" | "its" | "this" | "that" | "same" | "these" | "those" | "their" | "his"
            | "her" | "our" => return (Det::Definite, None),
            "a" | "an" | "one" => {
                // "one of its Il-76s" is a new one too.
                return (Det::Indefinite, Some(1));
            }
            // "the four-engined freighter", "a two-seat jet": a compound
            // adjective, not a count.
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                if doc.toks.get(j + 1).is_some_and(|t| t.is("-")) =>
            {
                continue;
            }
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" => {
                let n = [
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                ]
                .iter()
                .position(|x| *x == w)
                .map(|p| p as u32 + 2);
                return (Det::Indefinite, n);
            }
            _ => {}
        }
        let t = &doc.toks[j];
        // Stop at punctuation other than a hyphen, an apostrophe or a comma
        // between adjectives ("a separate, unidentified plane"), and at verbs.
        if t.kind == TokKind::Punct && !(t.is("-") || t.is("'") || t.is(",")) {
            break;
        }
        if super::events::is_trigger_word(w) {
            break;
        }
    }
    (Det::None, None)
}

/// Token `i` starts a table cell whose column's header names a mark:
/// "Reg", "Reg/serial", "Serial", "Tail".
fn serial_column(doc: &Doc, i: usize) -> bool {
    let toks = &doc.toks;
    let sn = doc.sentences.partition_point(|s| s.last <= i);
    if doc.sentences.get(sn).is_none_or(|s| s.first > i) {
        return false;
    }
    let s = &doc.sentences[sn];
    let col = (s.first..i).filter(|&k| toks[k].is("|")).count();
    for h in doc.sentences[sn.saturating_sub(40)..sn].iter().rev() {
        let bars: Vec<usize> = (h.first..h.last).filter(|&k| toks[k].is("|")).collect();
        if bars.len() < 2 {
            return false;
        }
        let start = if col == 0 {
            h.first
        } else {
            bars.get(col - 1).map_or(h.last, |b| b + 1)
        };
        let end = bars.get(col).copied().unwrap_or(h.last);
        let words: Vec<&str> = toks[start.min(end)..end]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        if words
            .iter()
            .any(|w| ["reg", "serial", "tail", "registration", "ser"].contains(w))
        {
            return true;
        }
        if words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
            continue;
        }
        if !words.is_empty()
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || "/().".contains(c)))
        {
            return false;
        }
    }
    false
}

/// "the first", "a second": the place of one aircraft among others.
pub(crate) const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth"];

/// The mention a plain word at `i` (ending at `last`) makes, if any: a
/// generic noun for an aircraft ("the plane", "the jets"; not "carrier",
/// which is an airline more often than not), a pronoun that refers back
/// ("it", "they", "them", "both" before a verb: "Both had come from
/// Doha"), or a person.
fn word_mention(doc: &Doc, sentence_first: usize, i: usize, last: usize) -> Option<Mention> {
    let toks = &doc.toks;
    let w = toks[i].lower.as_str();
    if tables::GENERIC_AIRCRAFT.contains(&w) && last == i + 1 {
        if w == "carrier" {
            return None;
        }
        // "Transport Squadron 60", "the 305th Airlift Wing": a capitalised
        // noun inside a unit's name, mid-sentence, is no aircraft.
        if i > sentence_first
            && toks[i].cap
            && toks.get(i + 1).is_some_and(|t| t.cap && t.is_word())
        {
            return None;
        }
        // ("Escadron de transport 60", "transport squadron 60": a unit's
        // name, its number after the noun; "used to transport patients":
        // the verb.)
        if w == "transport"
            && (toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Number)
                || (i > sentence_first && toks[i - 1].lower == "to"))
        {
            return None;
        }
        let (det, count) = determiner(doc, sentence_first, i);
        return Some(Mention {
            first: i,
            last,
            ident: Ident::Noun(w.ends_with('s') && w != "aircraft"),
            det,
            count,
        });
    }
    let pronoun = w == "it"
        || w == "they"
        || w == "them"
        || (w == "both"
            && toks.get(i + 1).is_some_and(|n| {
                n.kind == TokKind::Word
                    && !n.cap
                    && !tables::GENERIC_AIRCRAFT.contains(&n.lower.as_str())
                    && !["of", "the", "its", "their", "and"].contains(&n.lower.as_str())
            }));
    // ("Residents … said they plan to attend": people's plans, not
    // aircraft.)
    let people = w == "they"
        && toks.get(i + 1).is_some_and(|n| {
            [
                "plan", "want", "hope", "intend", "expect", "feel", "believe", "fear", "think",
            ]
            .contains(&n.lower.as_str())
        });
    // ("188 people, most of them women": the people.)
    let of_people = w == "them"
        && i > sentence_first
        && toks[i - 1].lower == "of"
        && toks.get(i + 1).is_some_and(|n| {
            [
                "women",
                "men",
                "children",
                "people",
                "nationals",
                "citizens",
                "students",
                "pilgrims",
                "passengers",
                "evacuees",
                "workers",
                "soldiers",
                "troops",
            ]
            .contains(&n.lower.as_str())
        });
    if pronoun && !people && !of_people {
        return Some(Mention {
            first: i,
            last: i + 1,
            ident: Ident::Pronoun(w != "it"),
            det: Det::Definite,
            count: None,
        });
    }
    // The aircraft just named, its noun left out: "a second one followed",
    // "another arrived the next day", "and a third on Tuesday", "two more
    // landed". (Not "one of", "one another", "a second time".)
    let elided_next = |k: usize| {
        toks.get(k).is_some_and(|n| {
            // (A verb: "a second flight", "another landing" are no aircraft.
            // Of the trigger words, the past forms.)
            let verb =
                n.lower.ends_with("ed") || ["left", "flew", "came"].contains(&n.lower.as_str());
            // ("A second one, RCH562, followed": its name after a comma.)
            let named_next = n.is(",")
                && toks
                    .get(k + 1)
                    .is_some_and(|x| x.upper || x.lower.bytes().any(|b| b.is_ascii_digit()));
            super::events::is_trigger_word(&n.lower) && verb
                || named_next
                || [
                    "on", "did", "followed", "made", "also", "later", "soon", "was", "were", "at",
                ]
                .contains(&n.lower.as_str())
        })
    };
    let prev = |k: usize| (k > sentence_first).then(|| toks[k - 1].lower.as_str());
    // ("a first one" is no other aircraft.)
    let ordinal_after_a = |k: usize| {
        ORDINALS[1..].contains(&toks[k].lower.as_str())
            && matches!(prev(k), Some("a" | "an" | "the"))
    };
    // Another aircraft, one of the kind named before.
    let another = |first: usize| Mention {
        first,
        last: i + 1,
        ident: Ident::Noun(false),
        det: Det::Other,
        count: None,
    };
    if w == "one"
        && i > sentence_first
        && (toks[i - 1].lower == "another" || ordinal_after_a(i - 1))
        && elided_next(i + 1)
    {
        return Some(another(i - 1));
    }
    if (w == "another" && prev(i) != Some("one") || ordinal_after_a(i)) && elided_next(i + 1) {
        return Some(another(i));
    }
    if w == "more" && elided_next(i + 1) {
        let n = match prev(i) {
            Some("one") => Some(1),
            Some("two") => Some(2),
            Some("three") => Some(3),
            Some("four") => Some(4),
            Some("several" | "few") => None,
            _ => return None,
        };
        return Some(Mention {
            first: i - 1,
            last: i + 1,
            ident: Ident::Noun(n != Some(1)),
            det: Det::Other,
            count: n,
        });
    }
    // "The third, Doom 31, arrived …", "the second landed on Thursday": one
    // of a group named before, by its place in it (another aircraft).
    // ("The first, RA-96021, landed": one of the group named before too.)
    if ORDINALS.contains(&w)
        && i > 0
        && toks[i - 1].lower == "the"
        && toks.get(i + 1).is_some_and(|n| {
            n.is(",") || super::events::is_trigger_word(&n.lower) || n.lower == "one"
        })
    {
        return Some(another(i - 1));
    }
    if tables::PEOPLE.contains(&w) {
        let (det, count) = determiner(doc, sentence_first, i);
        return Some(Mention {
            first: i,
            last: i + 1,
            ident: Ident::Person,
            det: if w == "he" || w == "she" {
                Det::Definite
            } else {
                det
            },
            count,
        });
    }
    None
}

/// Every aircraft mention in the document, in text order. `hits` are the
/// gazetteer's; types and makers are taken from them.
pub fn find(text: &str, doc: &Doc, hits: &[Hit<'_>], taken: &mut [bool]) -> Vec<Mention> {
    let mut out = Vec::new();
    let toks = &doc.toks;
    // Types and makers: leftmost, longest.
    let mut type_hits: Vec<&Hit<'_>> = hits
        .iter()
        .filter(|h| {
            h.entries
                .iter()
                .any(|e| matches!(e, Entry::Type { .. } | Entry::Maker(_)))
        })
        .collect();
    // Ties on tokens: the match that ends with its token before the one
    // that ends inside it ("777-300ER" before "777-300" + "ER").
    type_hits.sort_by_key(|h| (h.first, usize::MAX - h.last, h.partial));
    let mut until = 0;
    for i in 0..type_hits.len() {
        let mut h = type_hits[i];
        if h.first < until || taken[h.first..h.last].iter().any(|t| *t) {
            continue;
        }
        // A type that starts inside this one and reaches further names
        // the aircraft more exactly: "Airbus A350-1000" is the A350-1000,
        // not the "Airbus A350" its first words make.
        let first = h.first;
        let is_type = |g: &Hit<'_>| g.entries.iter().any(|e| matches!(e, Entry::Type { .. }));
        while let Some(g) = type_hits[i + 1..].iter().find(|g| {
            g.first > h.first
                && g.first < h.last
                && (g.last > h.last || (g.last == h.last && h.partial && !g.partial))
                && is_type(g)
                && !taken[g.first..g.last].iter().any(|t| *t)
        }) {
            h = g;
        }
        // ("after a 1.5-hour journey": the article and a number, not
        // Embraer's A-1.)
        if toks[h.first].lower == "a"
            && h.last > h.first + 1
            && toks[h.first + 1].space_before
            && toks[h.first + 1].kind == TokKind::Number
        {
            continue;
        }
        // ("Israel's very own version of Air Force One, a 25-year-old
        // Boeing 767": what it is likened to, not what it is.)
        if h.first >= 2
            && ["of", "to"].contains(&toks[h.first - 1].lower.as_str())
            && ["version", "equivalent", "counterpart", "answer"]
                .contains(&toks[h.first - 2].lower.as_str())
        {
            continue;
        }
        // ("Pegasus Airfield", "Boeing Field": an airport's name longer
        // than the type or maker it starts with.)
        if hits.iter().any(|g| {
            g.first == h.first
                && g.last > h.last
                && !g.partial
                && g.entries
                    .iter()
                    .any(|e| matches!(e, Entry::Airport { weak: false, .. }))
        }) {
            continue;
        }
        // ("117 m", "3 m": a length in metres, not Myasishchev's 3M; the
        // type is written as one word.)
        if toks[h.first].kind == TokKind::Number
            && h.last == h.first + 2
            && toks[h.first + 1].space_before
            && ["m", "km", "ft"].contains(&toks[h.first + 1].lower.as_str())
        {
            continue;
        }
        let first_tok = &toks[h.first];
        // ("Took A 9-Minute Flight": a length, its number joined to a unit.)
        // ("a 9 minute flight": the article and a number.)
        let unit_at = |k: usize| {
            if toks.get(k).is_some_and(|t| t.is("-") && !t.space_before) {
                k + 1
            } else {
                k
            }
        };
        if toks.get(unit_at(h.last)).is_some_and(|t| {
            [
                "minute",
                "minutes",
                "hour",
                "hours",
                "day",
                "days",
                "mile",
                "miles",
                "week",
                "year",
                "km",
                "kilometre",
                "kilometer",
                "second",
                "month",
            ]
            .contains(&t.lower.as_str())
        }) {
            continue;
        }
        let ident = match h.entries.iter().find_map(|e| match e {
            Entry::Type { code, series } => Some(Ident::Type(code, *series)),
            _ => None,
        }) {
            Some(Ident::Type(code, Some(series))) => {
                // A bare series number ("747") only after "the", "a", a
                // registration or "Boeing": otherwise it is a number.
                if first_tok.kind == TokKind::Number {
                    let prev = h.first.checked_sub(1).map(|p| &toks[p]);
                    let ok = prev.is_some_and(|p| {
                        matches!(
                            p.lower.as_str(),
                            "the" | "a" | "its" | "this" | "that" | "boeing" | "same" | "another"
                        ) || (p.kind != TokKind::Punct && p.upper)
                    });
                    // An airline's or an adjective's: "an Air India 777",
                    // "a Ryanair 737", "the airline's 787", "the chartered
                    // 737" (not "some 737 passengers", "the 747 tonnes").
                    let det = |k: usize| {
                        ["a", "an", "the", "its", "their", "his", "her"]
                            .contains(&toks[k].lower.as_str())
                    };
                    let owned = h.first >= 2
                        && prev.is_some_and(|p| {
                            (p.is_word()
                                && p.cap
                                && (det(h.first - 2)
                                    || (h.first >= 3 && det(h.first - 3) && toks[h.first - 2].cap)))
                                || (p.lower == "s" && toks[h.first - 2].is("'"))
                                || (p.is_word()
                                    && !p.cap
                                    && p.lower.ends_with("ed")
                                    && det(h.first - 2))
                        })
                        && !toks.get(h.last).is_some_and(|n| {
                            [
                                "passengers",
                                "people",
                                "tonnes",
                                "tons",
                                "kg",
                                "km",
                                "miles",
                                "feet",
                                "metres",
                                "meters",
                                "flights",
                                "times",
                                "seats",
                            ]
                            .contains(&n.lower.as_str())
                        });
                    if !ok && !owned {
                        continue;
                    }
                }
                Ident::Type(code, Some(series))
            }
            Some(t) => {
                // A type needs a digit or a capital: "Hercules", "the Ruslan".
                let has_digit = toks[h.first..h.last]
                    .iter()
                    .any(|t| t.lower.chars().any(|c| c.is_ascii_digit()));
                if !has_digit && !first_tok.cap {
                    continue;
                }
                t
            }
            None => {
                let Some(Entry::Maker(i)) = h.entries.iter().find(|e| matches!(e, Entry::Maker(_)))
                else {
                    continue;
                };
                // A maker alone is an aircraft only after a determiner and
                // not before a model ("the Antonov", "four Ilyushins").
                if !first_tok.cap {
                    continue;
                }
                let next = toks.get(h.last);
                if next.is_some_and(|n| n.kind == TokKind::Number || n.upper && n.is_word()) {
                    continue;
                }
                let (det, _) = determiner(doc, doc.sentence_start(h.first), h.first);
                if det == Det::None && !toks[h.last - 1].lower.ends_with('s') {
                    continue;
                }
                Ident::Maker(tables::MAKERS[*i as usize].1)
            }
        };
        // "Boeing 747-230B", "737-8AS", "A340-642": the series the
        // customer's code carries, not the family's usual one.
        let (ident, mut last) = match boeing_customer(toks, h.first, h.last)
            .or_else(|| airbus_customer(toks, h.first, h.last))
        {
            Some((code, end)) if !taken[h.last.min(end)..end].iter().any(|t| *t) => {
                (Ident::Type(code, None), end.max(h.last))
            }
            _ => (ident, h.last),
        };
        // "the Ilyushin Il-76", "An-124 Ruslan": one mention. A model's
        // nickname right after its designation is the same aircraft even
        // when the name alone means another ("C-5M Super Galaxy" is not the
        // business jet called Galaxy, "B-52H Stratofortress").
        let designated = matches!(ident, Ident::Type(..))
            && toks[h.first..h.last]
                .iter()
                .any(|t| t.lower.bytes().any(|b| b.is_ascii_digit()));
        if let Some(next) = hits.iter().find(|g| {
            let nickname = designated
                && !g.partial
                && toks[g.first..g.last]
                    .iter()
                    .all(|t| !t.lower.bytes().any(|b| b.is_ascii_digit()))
                && g.entries.iter().any(|e| matches!(e, Entry::Type { .. }));
            let super_name = toks.get(last).is_some_and(|t| t.lower == "super" && t.cap)
                && g.first == last + 1
                && nickname;
            (g.first == last || super_name)
                && (nickname
                    || g.entries.iter().any(
                        |e| matches!((e, &ident), (Entry::Type { code, .. }, Ident::Type(c, _)) if code == c),
                    ))
        }) {
            last = next.last;
        }
        // "an Antonov AN-124", "a Boeing C-17": the maker's name before a
        // designation it makes is the mention's ("an Ilyushin Il-62 and an
        // Antonov AN-124 left" lists two aircraft).
        let mut first = first;
        if let Ident::Type(code, _) = ident
            && let Some(g) = type_hits.iter().find(|g| {
                g.last == first
                    && g.first < first
                    && g.first >= until
                    && !taken[g.first..g.last].iter().any(|t| *t)
                    && g.entries.iter().any(|e| {
                        matches!(e, Entry::Maker(i)
                            if tables::makes(tables::MAKERS[*i as usize].1, code))
                    })
            })
        {
            first = g.first;
        }
        let (det, count) = determiner(doc, doc.sentence_start(first), first);
        for t in &mut taken[first..last] {
            *t = true;
        }
        until = last;
        out.push(Mention {
            first,
            last,
            ident,
            det,
            count,
        });
    }
    // Where each type mention ends, in text order: every type is found
    // above, before any mark.
    let type_ends: Vec<usize> = out
        .iter()
        .filter(|m| matches!(m.ident, Ident::Type(..)))
        .map(|m| m.last)
        .collect();
    // Registrations, hex addresses, callsigns, nouns and pronouns.
    let mut i = 0;
    // A story that has written one callsign as a word and a number after a
    // cue ("the callsign Grim 21") writes the others the same way.
    let mut spaced_seen = false;
    while i < toks.len() {
        // A military serial of digits after its word: "tail number 28000",
        // "tail number 3085", "BuNo 169345", "matrícula 3528", "serial 995"
        // in a military sentence; and one written with a space:
        // "registration FAB 2859".
        // (Not a civil jet's "serial number 205": a maker's serial, not the
        // aircraft's mark.)
        let military = |k: usize| {
            toks[doc.sentence_start(k)..k].iter().any(|t| {
                [
                    "force",
                    "navy",
                    "army",
                    "military",
                    "marines",
                    "guard",
                    "luftwaffe",
                    "raf",
                    "usaf",
                    "defence",
                    "defense",
                    "armed",
                ]
                .contains(&t.lower.as_str())
            })
        };
        let serial_word = |k: usize| {
            let w = |j: usize| toks[j].lower.as_str();
            k >= 1
                && (["tail", "buno", "matrícula", "matricula"].contains(&w(k - 1))
                    || (w(k - 1) == "serial" && military(k))
                    || (w(k - 1) == "number"
                        && k >= 2
                        && (w(k - 2) == "tail"
                            || w(k - 2) == "bureau"
                            // ("of the Hellenic Air Force, serial number 4121")
                            || (w(k - 2) == "serial" && military(k))))
                    // "serials 20043, 20044 and 20046", "tail numbers …".
                    || (w(k - 1) == "serials" && military(k))
                    || (w(k - 1) == "numbers"
                        && k >= 2
                        && (w(k - 2) == "tail" || w(k - 2) == "serial" && military(k))))
        };
        // The next serial of a list the one before began.
        let listed = |k: usize| {
            let w = |j: usize| toks[j].lower.as_str();
            k >= 2
                && out.last().is_some_and(|m: &Mention| {
                    matches!(&m.ident, Ident::Registration(r, "")
                        if r.bytes().all(|b| b.is_ascii_digit()))
                        && ((m.last + 1 == k && (toks[k - 1].is(",") || w(k - 1) == "and"))
                            || (m.last + 2 == k && toks[k - 2].is(",") && w(k - 1) == "and"))
                })
        };
        let digits = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == TokKind::Number
                    && (3..=6).contains(&t.lower.len())
                    && t.lower.bytes().all(|b| b.is_ascii_digit())
            })
        };
        if !taken[i] && digits(i) && (serial_word(i) || listed(i)) {
            out.push(Mention::marked(
                i,
                i + 1,
                Ident::Registration(toks[i].lower.clone(), ""),
            ));
            i += 1;
            continue;
        }
        if !taken[i]
            && toks[i].upper
            && (2..=4).contains(&toks[i].lower.len())
            && toks[i].lower.bytes().all(|b| b.is_ascii_alphabetic())
            && digits(i + 1)
            && i >= 1
            && ["registration", "serial", "number", "registered"]
                .contains(&toks[i - 1].lower.as_str())
        {
            let reg = format!("{}{}", toks[i].lower.to_uppercase(), toks[i + 1].lower);
            out.push(Mention::marked(i, i + 2, Ident::Registration(reg, "")));
            i += 2;
            continue;
        }
        // "registration ARG-01", "identified as T-10": a state's own mark
        // after its word, in no civil register's form.
        let mark_word = |k: usize| {
            k >= 1
                && (["registration", "registered"].contains(&toks[k - 1].lower.as_str())
                    || (k >= 2
                        && toks[k - 1].lower == "as"
                        && ["identified", "registered"].contains(&toks[k - 2].lower.as_str())))
        };
        // ("tail number FAP-351", "tail number M54-03": after a serial's
        // word, a letter or two may carry digits.)
        let serial_cue = serial_word(i);
        if !taken[i]
            && toks[i].upper
            && (1..=4).contains(&toks[i].lower.len())
            && (toks[i].lower.bytes().all(|b| b.is_ascii_alphabetic())
                || (serial_cue
                    && toks[i].lower.bytes().all(|b| b.is_ascii_alphanumeric())
                    && toks[i].lower.as_bytes()[0].is_ascii_alphabetic()))
            && toks
                .get(i + 1)
                .is_some_and(|t| t.is("-") && !t.space_before)
            && toks.get(i + 2).is_some_and(|t| {
                !t.space_before
                    && (1..=5).contains(&t.lower.len())
                    && t.lower.bytes().all(|b| b.is_ascii_digit())
            })
            && !taken[i + 2]
            && (mark_word(i) || serial_cue)
        {
            let reg = format!("{}-{}", toks[i].lower.to_uppercase(), toks[i + 2].lower);
            out.push(Mention::marked(i, i + 3, Ident::Registration(reg, "")));
            i += 3;
            continue;
        }
        // Right after a type, or after it and a comma ("A400M ZM418",
        // "C-130H, A-1339,"): where reporters write a serial.
        // (Any type mention, not the last one pushed: that may be a later
        // sentence's.) A table's type cell, then its serial cell, too.
        let after_type = type_ends.binary_search(&i).is_ok()
            || (i >= 1
                && (toks[i - 1].is(",") || toks[i - 1].is("|"))
                && type_ends.binary_search(&(i - 1)).is_ok());
        // "Hungarian Air Force Falcon 7X 607", "| C-27J Spartan (RoAF) |
        // 2703 |": a bare serial right after a military type, or in the
        // cell after a type's (not "737 800", nor "A400M 120 troops").
        // (Under a header cell that says so: "Reg", "Serial", "Tail".)
        let table_cell = i >= 1 && toks[i - 1].is("|") && serial_column(doc, i);
        let type_cell = table_cell
            && type_ends.iter().any(|&e| {
                e < i && (e..i - 1).all(|k| toks[k].is(")") || toks[k].is("(") || toks[k].is_word())
            });
        if !taken[i]
            && digits(i)
            && toks[i].lower.len() <= 4
            && !toks.get(i + 1).is_some_and(|t| {
                t.is("+")
                    || t.is("-")
                    || t.is_word()
                        && !t.cap
                        && !["as", "dep", "arr", "is", "was", "had", "has"]
                            .contains(&t.lower.as_str())
            })
            && ((after_type && military(i))
                || (type_cell && toks.get(i + 1).is_some_and(|t| t.is("|"))))
        {
            out.push(Mention::marked(
                i,
                i + 1,
                Ident::Registration(toks[i].lower.clone(), ""),
            ));
            i += 1;
            continue;
        }
        // The Luftwaffe's "16+02" after a type or a serial word.
        if !taken[i] && toks[i].kind == TokKind::Number && i >= 1 {
            // ("the one with military registration 10+03".)
            // ("serial number 15+02")
            let cue = serial_word(i)
                || ["serial", "registration", "registered"].contains(&toks[i - 1].lower.as_str())
                || (i >= 2
                    && toks[i - 1].lower == "number"
                    && ["serial", "tail", "registration"].contains(&toks[i - 2].lower.as_str()));
            let two = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.kind == TokKind::Number
                        && t.lower.len() == 2
                        && t.lower.bytes().all(|b| b.is_ascii_digit())
                })
            };
            if (cue || after_type)
                && two(i)
                && toks
                    .get(i + 1)
                    .is_some_and(|t| t.is("+") && !t.space_before)
                && two(i + 2)
                && !toks[i + 2].space_before
            {
                out.push(Mention::marked(
                    i,
                    i + 3,
                    Ident::Registration(format!("{}+{}", toks[i].lower, toks[i + 2].lower), "DE"),
                ));
                i += 3;
                continue;
            }
        }
        // "TULUM, Q. Roo. -": a dateline's town, not a mark.
        let in_dateline = doc.dateline.is_some_and(|(a, b)| i >= a && i < b);
        if taken[i] || !toks[i].is_word() || (in_dateline && toks[i].upper) {
            i += 1;
            continue;
        }
        // The Spanish Air Force's "T.18-3", "T.23-05", "TM.11-4": one or
        // two capitals, a dot, a number, a hyphen and a number, unspaced.
        if let Some(end) = spanish_serial(text, toks, i)
            && !taken[i..end].iter().any(|t| *t)
        {
            let mark = text[toks[i].start..toks[end - 1].end].to_string();
            out.push(Mention::marked(i, end, Ident::Registration(mark, "ES")));
            i = end;
            continue;
        }
        // A lowercase word can only be a noun, a pronoun or a traveller.
        let plain = toks[i].kind == TokKind::Word
            && !toks[i].cap
            && !toks[i].upper
            && !toks[i].lower.bytes().any(|b| b.is_ascii_digit())
            && !toks
                .get(i + 1)
                .is_some_and(|t| t.is("-") && !t.space_before);
        let (last, word) = if plain {
            (i + 1, String::new())
        } else {
            compound(toks, i)
        };
        if taken[i..last].iter().any(|t| *t) {
            i += 1;
            continue;
        }
        if plain {
            out.extend(word_mention(doc, doc.sentence_start(i), i, last));
            i += 1;
            continue;
        }
        let prev: Vec<&str> = (i.saturating_sub(4).max(doc.sentence_start(i))..i)
            .map(|j| toks[j].lower.as_str())
            .collect();
        let after_reg_word = prev.iter().any(|w| REG_WORDS.contains(w));
        let caps = all_caps(doc, text, i, last);
        let raw = upper_form(doc, text, i, last);
        let sf = doc.sentence_start(i);
        // ICAO address: after "hex", "address", "Mode-S", "transponder", or before "hex".
        let lw = word.replace('-', "");
        if is_hex(&lw)
            && (prev
                .iter()
                .any(|w| ["hex", "address", "mode", "s", "transponder", "icao"].contains(w))
                || toks.get(last).is_some_and(|t| t.lower == "hex")
                // "GOLD51 (ae01c5)", "C-17A 07-7182 (ae1171)": a lowercase
                // address in brackets right after the aircraft's mark.
                || (i >= 2
                    && toks[i - 1].is("(")
                    && toks.get(last).is_some_and(|t| t.is(")"))
                    && text[toks[i].start..toks[last - 1].end]
                        .chars()
                        .all(|c| !c.is_ascii_uppercase())
                    && lw.chars().any(|c| c.is_ascii_alphabetic())
                    && out.last().is_some_and(|m| {
                        m.last + 1 == i
                            && !matches!(
                                m.ident,
                                Ident::Noun(_) | Ident::Pronoun(_) | Ident::Person
                            )
                    })))
        {
            out.push(Mention::marked(i, last, Ident::Hex(lw.clone())));
            i = last;
            continue;
        }
        // "HONOLULU (KHON2) —", "(WLOX) —": a station's or agency's mark in
        // a dateline.
        if i > 0
            && toks[i - 1].is("(")
            && toks.get(last).is_some_and(|t| t.is(")"))
            && toks
                .get(last + 1)
                .is_some_and(|t| ["—", "–", "-", "--"].contains(&t.lower.as_str()))
        {
            i = last;
            continue;
        }
        let callsign_cue = prev.iter().any(|w| {
            [
                "callsign",
                "call",
                "sign",
                "flight",
                "as",
                "itself",
                "callsigns",
                "codenamed",
            ]
            .contains(w)
        });
        // "flight QR 652", "flight H9 532": an airline's code and its
        // number, written apart.
        // ("Another flight, FZ 969 from DXB": the number after a comma.)
        let flight_word = |k: usize| ["flight", "flights"].contains(&toks[k].lower.as_str());
        // ("the flight tracking website Flight Radar 24": the site.)
        let radar = toks[i].lower == "radar";
        if last == i + 1
            && i > sf
            && !radar
            && (flight_word(i - 1)
                || (i > sf + 2
                    && toks[i - 1].is(",")
                    && flight_word(i - 2)
                    && ["another", "other", "second", "third", "first"]
                        .contains(&toks[i - 3].lower.as_str())))
            && let Some(cs) = spaced_flight_number(doc, text, i)
        {
            out.push(Mention::marked(i, i + 2, Ident::Callsign(cs)));
            i += 2;
            continue;
        }
        // ("The first B-52, MACE 21, serial 61-0012, landed", "a C-17
        // (REACH 451)": a word in capitals and a number set beside a type.)
        let beside_type = toks[i].upper
            && i > sf
            && (toks[i - 1].is(",") || toks[i - 1].is("("))
            && hits.iter().any(|h| {
                h.last + 1 == i && h.entries.iter().any(|e| matches!(e, Entry::Type { .. }))
            });
        if last == i + 1
            && !radar
            && (callsign_cue || spaced_seen || beside_type)
            && !hits.iter().any(|h| h.first == i || h.first == i + 1)
            && let Some(cs) = spaced_callsign(doc, text, i)
        {
            spaced_seen = true;
            out.push(Mention::marked(i, i + 2, Ident::Callsign(cs)));
            i += 2;
            continue;
        }
        // An airline's flight number as incident digests hyphenate it
        // ("performing flight F9-1281", "flight OO-4455/DL-4455",
        // "Saudia flight SV-3713") is the flight's callsign, not a serial
        // or a mark (a codeshare's second number adds nothing).
        let flight_no = raw.split_once('-').is_some_and(|(a, b)| {
            a.len() == 2
                && a.bytes().all(|c| c.is_ascii_alphanumeric())
                && a.bytes().any(|c| c.is_ascii_uppercase())
                && (1..=5).contains(&b.len())
                && b.as_bytes()[0].is_ascii_digit()
                && b.bytes().take(b.len() - 1).all(|c| c.is_ascii_digit())
        });
        if flight_no
            && i > doc.sentence_start(i)
            && (["flight", "flights"].contains(&toks[i - 1].lower.as_str())
                || (toks[i - 1].is("/") && prev.contains(&"flight")))
        {
            if !toks[i - 1].is("/") {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Callsign(raw.replace('-', "")),
                ));
            }
            i = last;
            continue;
        }
        if caps {
            // A state or military serial after a registration word:
            // 10-2043, A56-002, T-786.
            // ("An Indian Air Force C-17 (CB-8007)": two letters and four
            // digits in brackets.)
            let bracketed = i > 0
                && toks[i - 1].is("(")
                && raw.split_once('-').is_some_and(|(a, b)| {
                    a.len() == 2
                        && a.bytes().all(|c| c.is_ascii_uppercase())
                        && b.len() == 4
                        && b.bytes().all(|c| c.is_ascii_digit())
                });
            // ("The backup aircraft, 80-1111, touched down", "A C-160
            // aircraft (69-031)": in apposition to an aircraft noun.)
            let after_noun = i >= 2
                && (toks[i - 1].is(",") || toks[i - 1].is("("))
                && tables::GENERIC_AIRCRAFT.contains(&toks[i - 2].lower.as_str());
            if (after_reg_word || bracketed || after_type || after_noun)
                && registration(&raw).is_none()
                && let Some(country) = state_serial(&raw)
            {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Registration(raw.clone(), country),
                ));
                i = last;
                continue;
            }
            // A state aircraft's short mark right after a registration word:
            // Argentina's "registration T-01" (a type's shape alone: C-17),
            // and "with registration 985" (Chile's presidential 767).
            let rb = raw.as_bytes();
            let short_mark = prev.last().is_some_and(|w| {
                [
                    "registration",
                    "registered",
                    "tail",
                    "matricula",
                    "matrícula",
                ]
                .contains(w)
            }) && rb.len() == 4
                && rb[0].is_ascii_uppercase()
                && rb[1] == b'-'
                && rb[2..].iter().all(|c| c.is_ascii_digit());
            let bare_number = i > 0
                && toks[i - 1].lower == "registration"
                && (3..=4).contains(&raw.len())
                && raw.bytes().all(|c| c.is_ascii_digit());
            if short_mark || bare_number {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Registration(raw.clone(), ""),
                ));
                i = last;
                continue;
            }
            // A British military serial beside its type or in brackets
            // ("the RAF A400M ZM418", "Voyager (ZZ336)"): Z or X, a letter,
            // three digits.
            let b = raw.as_bytes();
            if (after_type || after_reg_word || (i >= 1 && toks[i - 1].is("(")))
                && b.len() == 5
                && (b[0] == b'Z' || b[0] == b'X')
                && b[1].is_ascii_uppercase()
                && b[2..].iter().all(|c| c.is_ascii_digit())
            {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Registration(raw.clone(), "GB"),
                ));
                i = last;
                continue;
            }
            // The Italian military's MM and five digits ("serials MM62186
            // and MM62195") needs no cue: no airline flight number has five
            // digits.
            if raw.len() == 7
                && raw.starts_with("MM")
                && raw.bytes().skip(2).all(|c| c.is_ascii_digit())
            {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Registration(raw.clone(), "IT"),
                ));
                i = last;
                continue;
            }
            // "serial MM62226": letters and digits after a serial word.
            let letters = raw.bytes().take_while(|c| c.is_ascii_uppercase()).count();
            if after_reg_word
                && prev.iter().any(|w| ["serial", "tail"].contains(w))
                && (1..=3).contains(&letters)
                && (3..=5).contains(&(raw.len() - letters))
                && raw.bytes().skip(letters).all(|c| c.is_ascii_digit())
                && registration(&raw).is_none()
            {
                out.push(Mention::marked(
                    i,
                    last,
                    Ident::Registration(raw.clone(), ""),
                ));
                i = last;
                continue;
            }
            // (Not an engine: "the left hand engine (CFM56)".)
            let engine = ["CFM", "TFE"].iter().any(|p| raw.starts_with(p));
            // ("the GBP75 million upgrade": a sum of money.)
            let money = [
                "GBP", "USD", "EUR", "AUD", "CAD", "NZD", "CHF", "JPY", "INR",
            ]
            .iter()
            .any(|p| raw.starts_with(p))
                || ["million", "billion", "bn", "m", "k"].contains(&doc.word(last));
            let other = engine || money || (after_reg_word && registration(&raw).is_some());
            if callsign_shape(&raw) && !other {
                out.push(Mention::marked(i, last, Ident::Callsign(raw.clone())));
                i = last;
                continue;
            }
            // ("a shipment of N95 masks": a respirator's rating, no US
            // registration.)
            let masks = ["mask", "masks", "respirator", "respirators"].contains(&doc.word(last))
                || (doc.word(last) == "face" && ["mask", "masks"].contains(&doc.word(last + 1)));
            if masks {
                i = last;
                continue;
            }
            if let Some((reg, country)) = registration(&raw) {
                // Letters only without a hyphen (EPMNF) needs a cue.
                let letters_only =
                    !raw.contains('-') && raw.chars().all(|c| c.is_ascii_alphabetic());
                // (Or beside a type: "IL76 EPSRD", "TFAMU, a 747-400F".)
                let is_type_hit =
                    |h: &&Hit| h.entries.iter().any(|e| matches!(e, Entry::Type { .. }));
                let beside_type = caps
                    && hits.iter().filter(is_type_hit).any(|h| {
                        h.last == i
                            || (h.last + 1 == i && toks[h.last].is(","))
                            // ("Boeing 737-800 (VTAXH)")
                            || (h.last + 1 == i
                                && toks[h.last].is("(")
                                && toks.get(last).is_some_and(|t| t.is(")")))
                            || (h.first > last
                                && h.first <= last + 3
                                && toks[last..h.first]
                                    .iter()
                                    .all(|t| t.is(",") || ["a", "an"].contains(&t.lower.as_str())))
                    });
                if !letters_only || after_reg_word || beside_type {
                    out.push(Mention::marked(i, last, Ident::Registration(reg, country)));
                    i = last;
                    continue;
                }
            }
            // IATA flight numbers after "flight": SU100; and again without
            // the cue once the text has named it ("And EK161 has now landed").
            let named_before = out
                .iter()
                .any(|m| matches!(&m.ident, Ident::Callsign(c) if *c == raw));
            // "Jetstar's JQ283", "operating NZ8241", "a Qantas Boeing 737,
            // QF141 from Sydney": an airline's number where live pages and
            // incident reports name a flight by it.
            let w = |k: usize| doc.word(k);
            // (Not "India's T20 squad": a code and at least two digits.)
            let airline_cue = i > doc.sentence_start(i)
                && (4..=6).contains(&raw.len())
                && (["operating", "operated", "service"].contains(&w(i - 1))
                    || (i >= 2 && w(i - 1) == "s" && ["'", "’"].contains(&w(i - 2)))
                    || (["'", "’"].contains(&w(i - 1)) && i >= 2 && toks[i - 2].cap)
                    || (w(i - 1) == ","
                        && ["from", "to"].contains(&w(last))
                        && toks.get(last + 1).is_some_and(|t| t.cap)))
                && !hits.iter().any(|h| h.first <= i && h.last > i);
            if (callsign_cue || named_before || airline_cue)
                && raw.len() >= 3
                && raw.chars().take(2).all(|c| c.is_ascii_alphanumeric())
                && raw.chars().skip(2).all(|c| c.is_ascii_digit())
                && raw.chars().any(|c| c.is_ascii_digit())
                // ("a deportation flight carrying 120 migrants": a count;
                // "Peach flight 107": an airline's number, which names no
                // aircraft and is in no author's truth.)
                && raw.chars().take(2).any(|c| c.is_ascii_alphabetic())
            {
                out.push(Mention::marked(i, last, Ident::Callsign(raw.clone())));
                i = last;
                continue;
            }
        }
        out.extend(word_mention(doc, sf, i, last));
        i = last.max(i + 1);
    }
    out.sort_by_key(|m| m.first);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrations_with_and_without_the_hyphen() {
        for (w, c) in [
            ("RA-78817", "RU"),
            ("RA78817", "RU"),
            ("TC-DMO", "TR"),
            ("TCABC", "TR"),
            ("EPMNF", "IR"),
            ("EP-FAA", "IR"),
            ("YV2984", "VE"),
            ("RPC7008", "PH"),
            ("RP-C7008", "PH"),
            ("YV-2984", "VE"),
            ("N450XX", "US"),
            ("VP-CKR", "KY"),
            ("VQ-BGN", "BM"),
            ("M-ARKZ", "IM"),
            ("EW-001PB", "BY"),
            ("4K-AZ81", "AZ"),
            ("P4-KAZ", "AW"),
            ("RF-78830", "RU"),
            ("EX-76008", "KG"),
        ] {
            assert_eq!(registration(w).map(|r| r.1), Some(c), "{w}");
        }
        for w in [
            "NATO", "F-16", "C-17", "B-52", "COVID-19", "KST", "UTC", "SU-95", "ORTM",
        ] {
            assert_eq!(registration(w), None, "{w}");
        }
    }

    #[test]
    fn callsigns_look_like_callsigns() {
        for w in ["RCH451", "RRR2130", "SAM44", "RFF8112", "FORTE10", "RSD061"] {
            assert!(callsign_shape(w), "{w}");
        }
        for w in ["RA78817", "A320", "B752", "KST"] {
            assert!(!callsign_shape(w) || registration(w).is_some(), "{w}");
        }
    }
}
