//! Reporting in other languages, read through English: the language is
//! told from its commonest words, and the words and phrases the reader
//! needs (movement verbs, prepositions, articles, aircraft nouns, days,
//! months, relative days, countries and cities with their own names in
//! that language) are put into English word by word from a lexicon
//! (`lexicon/*.txt`). Everything else (names, registrations, types,
//! numbers) is kept as written. The English reader then reads the result,
//! and every offset it reports is mapped back to the article as given.
//!
//! This is not translation: word order stays the source's ("the plane
//! presidential landed in the airport of Gando"), which the reader's
//! frames tolerate because they attach by position around the verb.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::time::MONTHS;

/// A language the reader can read, in the order ties between them are
/// decided (more reporters first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English: read as it is.
    En,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// French.
    Fr,
    /// German.
    De,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Russian.
    Ru,
    /// Another script than these (Arabic, Greek, Chinese, Ukrainian …).
    /// Read as English; little is found.
    Other,
}

impl Lang {
    /// Every language, in this order.
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::Es,
        Lang::Pt,
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::Nl,
        Lang::Ru,
        Lang::Other,
    ];

    /// Its name for people; none for English.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some("Spanish"),
            Lang::Pt => Some("Portuguese"),
            Lang::Fr => Some("French"),
            Lang::It => Some("Italian"),
            Lang::Nl => Some("Dutch"),
            Lang::De => Some("German"),
            Lang::Ru => Some("Russian"),
            Lang::Other => Some("unknown"),
        }
    }
}

/// Each language's commonest short words, which tell it apart.
const MARKERS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "the", "and", "was", "of", "to", "in", "is", "with", "that", "for", "on", "at", "from",
            "it", "by", "has", "were",
        ],
    ),
    // (A word shared by languages counts for each: "de" is Spanish,
    // Portuguese, French and Dutch.)
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "del", "de", "y", "que", "en", "por", "con", "una", "un",
            "fue", "para", "se", "al", "su",
        ],
    ),
    (
        Lang::Pt,
        &[
            "o", "os", "da", "do", "das", "dos", "de", "e", "em", "com", "uma", "um", "foi",
            "para", "nao", "ao", "na", "no", "que",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "sur", "pour",
            "par", "au", "aux", "ete", "qui", "en", "a",
        ],
    ),
    (
        Lang::It,
        &[
            "il", "la", "le", "della", "del", "che", "e", "di", "per", "gli", "una", "un", "con",
            "dei", "alla", "nel", "dal", "sono", "stato",
        ],
    ),
    (
        Lang::Nl,
        &[
            "de", "het", "een", "van", "en", "op", "is", "met", "voor", "naar", "niet", "zijn",
            "werd", "dat", "bij",
        ],
    ),
    (
        Lang::De,
        &[
            "der", "die", "das", "und", "ist", "mit", "den", "ein", "eine", "auf", "von", "nach",
            "im", "dem", "wurde", "am", "zum", "zur", "vom", "beim",
        ],
    ),
    (
        Lang::Ru,
        &[
            "и", "в", "на", "с", "что", "по", "не", "из", "для", "был", "была", "были", "к", "от",
            "это",
        ],
    ),
];

/// The language of `text`: English unless another language's common words
/// clearly outnumber English ones (a long quotation in Spanish inside an
/// English story stays English).
pub fn detect(text: &str) -> Lang {
    let mut counts = [0usize; Lang::Other as usize + 1];
    let mut words = 0usize;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        // (Only words in lower case: "Il-76" is no Italian article.)
        if w.chars().count() > 5 || !w.chars().all(char::is_lowercase) {
            continue;
        }
        // (a lower-case ASCII word is its own folded form)
        let f = if w.is_ascii() {
            std::borrow::Cow::Borrowed(w)
        } else {
            std::borrow::Cow::Owned(super::fold(w))
        };
        for (lang, list) in MARKERS {
            if list.contains(&&*f) {
                counts[*lang as usize] += 1;
            }
        }
    }
    let en = counts[Lang::En as usize];
    let (letters, latin) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0usize, 0usize), |(n, l), c| {
            (n + 1, l + usize::from(c <= '\u{24f}'))
        });
    let (best, n) = MARKERS
        .iter()
        .map(|(l, _)| (*l, counts[*l as usize]))
        .filter(|(l, _)| *l != Lang::En)
        .max_by_key(|(l, n)| (*n, std::cmp::Reverse(*l as usize)))
        .unwrap_or((Lang::En, 0));
    // At least a tenth of the words, three or more, and twice the English
    // ones.
    if n >= 3 && n * 10 >= words && n >= 2 * en.max(1) {
        best
    } else if words >= 12 && latin * 2 < letters {
        // (mostly another script: Arabic, Greek, Chinese, Ukrainian …)
        Lang::Other
    } else {
        Lang::En
    }
}

/// A language's lexicon: folded source phrase → English.
struct Lexicon {
    phrases: HashMap<String, &'static str>,
    /// The most words in a phrase.
    longest: usize,
    /// Words that join a day, month and year ("3 de marzo de 2024") and
    /// are dropped there.
    glue: &'static [&'static str],
    /// Words that take an apostrophe into themselves ("l'", "dell'").
    elided: &'static [&'static str],
    /// Words kept as written inside a name ("La Paz", "Rio de Janeiro").
    in_names: Vec<String>,
    /// First words of the phrases.
    starts: std::collections::HashSet<String>,
}

fn lexicon(lang: Lang) -> Option<&'static Lexicon> {
    static LEX: OnceLock<HashMap<Lang, Lexicon>> = OnceLock::new();
    // (In the page, not before the data file has come.)
    if LEX.get().is_none() && crate::data::lexicons().is_empty() {
        return None;
    }
    LEX.get_or_init(|| {
        let mut m = HashMap::new();
        // The lexicons, each after a line "@@ xx" (`cargo xtask
        // gen-lexicons`).
        let packed = crate::data::lexicons();
        let section = |code: &str| {
            let head = format!("@@ {code}\n");
            packed.split_once(head.as_str()).map_or("", |(_, rest)| {
                rest.split_once("\n@@ ").map_or(rest, |(this, _)| this)
            })
        };
        let sources: [(
            Lang,
            &'static str,
            &'static [&'static str],
            &'static [&'static str],
        ); 7] = [
            (Lang::Es, section("es"), &["de", "del"], &[]),
            (Lang::Pt, section("pt"), &["de"], &[]),
            (
                Lang::Fr,
                section("fr"),
                &[],
                &[
                    "l", "d", "s", "n", "qu", "c", "j", "jusqu", "lorsqu", "puisqu",
                ],
            ),
            (
                Lang::It,
                section("it"),
                &[],
                &[
                    "l", "d", "un", "dell", "all", "nell", "sull", "dall", "quest", "c",
                ],
            ),
            (Lang::Nl, section("nl"), &[], &[]),
            (Lang::De, section("de"), &[], &[]),
            (Lang::Ru, section("ru"), &[], &[]),
        ];
        for (lang, src, glue, elided) in sources {
            let mut phrases = HashMap::new();
            let mut in_names = Vec::new();
            let mut longest = 1;
            for line in src.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let Some((from, to)) = line.split_once('=') else {
                    continue;
                };
                let from = from.trim();
                let key = super::fold(from.trim_start_matches('~'));
                if from.starts_with('~') {
                    in_names.push(key.clone());
                }
                longest = longest.max(key_words(&key));
                phrases.insert(key, to.trim());
            }
            let starts = phrases
                .keys()
                .filter_map(|k: &String| k.split([' ', '-', '\'']).next().map(str::to_string))
                .collect();
            m.insert(
                lang,
                Lexicon {
                    phrases,
                    longest,
                    glue,
                    elided,
                    starts,
                    in_names,
                },
            );
        }
        m
    })
    .get(&lang)
}

/// Words in a lexicon key ("l'avion" is two, "segunda-feira" two).
fn key_words(key: &str) -> usize {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
        .max(1)
}

/// One stretch of the English text and where it came from.
#[derive(Debug, Clone, Copy)]
struct Piece {
    out: usize,
    out_end: usize,
    src: usize,
    src_end: usize,
    /// Put into English (offsets inside it map to its ends), not copied.
    replaced: bool,
}

/// The English reading of an article and the way back to its offsets.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The text the reader reads.
    pub text: String,
    pieces: Vec<Piece>,
}

impl Translation {
    fn piece(&self, o: usize) -> Option<&Piece> {
        let k = self.pieces.partition_point(|p| p.out_end <= o);
        self.pieces.get(k)
    }

    /// The article's byte offset where a span starting at `o` (a byte of
    /// [`Translation::text`]) starts.
    pub fn start(&self, o: usize) -> usize {
        match self.piece(o) {
            Some(p) if p.replaced => p.src,
            Some(p) => p.src + (o - p.out).min(p.src_end - p.src),
            None => self.pieces.last().map_or(0, |p| p.src_end),
        }
    }

    /// The article's byte offset where a span ending at `o` ends.
    pub fn end(&self, o: usize) -> usize {
        if o == 0 {
            return 0;
        }
        match self.piece(o - 1) {
            Some(p) if p.replaced => p.src_end,
            Some(p) => p.src + (o - p.out).min(p.src_end - p.src),
            None => self.pieces.last().map_or(0, |p| p.src_end),
        }
    }
}

/// A word of the source, by its bytes.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

fn words(text: &str, elided: &[&str]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // "l'avion": the article takes its apostrophe.
        if let Some(&(j, d)) = it.peek()
            && (d == '\'' || d == '’')
            && elided.contains(&super::fold(&text[i..end]).as_str())
            && text[j + d.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            end = j + d.len_utf8();
            it.next();
        }
        out.push(Word { start: i, end });
    }
    out
}

/// Movements whose "of" is an origin ("salió de Caracas").
const ORIGIN_VERBS: &[&str] = &[
    "departed",
    "departing",
    "left",
    "leaving",
    "took off",
    "taken off",
    "taking off",
    "flew",
    "flown",
    "returned",
    "arrived",
];

/// Movements whose "to" is where they ended ("atterrato a Pisa").
const ARRIVAL_WORDS: &[&str] = &[
    "landed",
    "arrived",
    "touched down",
    "stopover",
    "stopped over",
    "made an emergency landing",
];

/// Words that may stand between a movement and its origin.
const TIME_WORDS: &[&str] = &[
    "the",
    "at",
    "hours",
    "yesterday",
    "today",
    "last night",
    "this morning",
    "this afternoon",
    "tonight",
    "in the morning",
    "in the afternoon",
    "at night",
    "early",
    "morning",
    "afternoon",
    "evening",
    "night",
    "in the evening",
    "this evening",
    "yesterday morning",
    "yesterday afternoon",
    "yesterday evening",
];

/// Days of the week (also as "Sunday evening").
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Puts `text`, written in `lang`, into the English the reader reads.
pub fn translate(text: &str, lang: Lang) -> Translation {
    let Some(lex) = lexicon(lang) else {
        return Translation {
            text: text.to_string(),
            pieces: vec![Piece {
                out: 0,
                out_end: text.len(),
                src: 0,
                src_end: text.len(),
                replaced: false,
            }],
        };
    };
    let ws = words(text, lex.elided);
    let folded: Vec<String> = ws
        .iter()
        .map(|w| super::fold(&text[w.start..w.end]).replace('’', "'"))
        .collect();
    let is_month = |k: usize| {
        folded
            .get(k)
            .and_then(|f| lex.phrases.get(f.as_str()))
            .is_some_and(|e| MONTHS.contains(e))
    };
    let is_number = |k: usize| {
        folded
            .get(k)
            .is_some_and(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = Translation {
        text: String::with_capacity(text.len() + text.len() / 8),
        pieces: Vec::new(),
    };
    let copy_to = |out: &mut Translation, from: usize, to: usize| {
        if from < to {
            let o = out.text.len();
            out.text.push_str(&text[from..to]);
            out.pieces.push(Piece {
                out: o,
                out_end: out.text.len(),
                src: from,
                src_end: to,
                replaced: false,
            });
        }
    };
    let mut at = 0; // source bytes copied so far
    let mut origin_open = false;
    let mut arrival_open = false;
    let mut k = 0;
    while k < ws.len() {
        let w = ws[k];
        // The separator before the word, as written (a German day's full
        // stop before its month dropped: "3. März" → "3 March").
        if k > 0 && is_number(k - 1) && is_month(k) && text[at..w.start].trim() == "." {
            push_replaced(&mut out, " ", at, w.start);
            at = w.start;
        }
        copy_to(&mut out, at, w.start);
        at = w.start;
        // Date glue: "3 de marzo de 2024".
        if lex.glue.contains(&folded[k].as_str())
            && ((k > 0 && is_number(k - 1) && is_month(k + 1))
                || (k > 0 && is_month(k - 1) && is_number(k + 1)))
        {
            // (with the space after it)
            let to = ws
                .get(k + 1)
                .filter(|n| text[w.end..n.start].trim().is_empty())
                .map_or(w.end, |n| n.start);
            push_replaced(&mut out, "", w.start, to);
            at = to;
            k += 1;
            continue;
        }
        // "la capital nicaragüense" → "the Nicaraguan capital", which
        // the reader knows as a place.
        if matches!(folded[k].as_str(), "capital" | "capitale")
            && let Some(next) = ws.get(k + 1)
            && text[w.end..next.start].trim().is_empty()
            && text[next.start..].starts_with(char::is_lowercase)
            && let Some(people) = lex
                .phrases
                .get(folded[k + 1].as_str())
                .filter(|e| e.starts_with(char::is_uppercase))
        {
            push_replaced(&mut out, &format!("{people} capital"), w.start, next.end);
            at = next.end;
            k += 2;
            origin_open = false;
            arrival_open = false;
            continue;
        }
        // The longest phrase from here.
        let mut matched = None;
        let mut key = String::new();
        for n in 1..=lex.longest.min(ws.len() - k) {
            let last = k + n - 1;
            if n > 1 {
                let sep = &text[ws[last - 1].end..ws[last].start];
                if sep.is_empty() {
                } else if sep.trim().is_empty() {
                    key.push(' ');
                } else if sep == "-" {
                    key.push('-');
                } else {
                    break;
                }
            }
            key.push_str(&folded[last]);
            if let Some(e) = lex.phrases.get(key.as_str()) {
                matched = Some((last, *e));
            }
        }
        let first_char = |j: usize| ws.get(j).and_then(|n| text[n.start..].chars().next());
        let capitalised = |j: usize| first_char(j).is_some_and(char::is_uppercase);
        // "La Paz", "Rio de Janeiro": an article or "de" inside a name
        // (before a word written as a name, not a type such as "A400M",
        // nor a word of the lexicon, as "La Fuerza Aérea").
        let name_word = |j: usize| {
            ws.get(j).is_some_and(|n| {
                let w = &text[n.start..n.end];
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.all(char::is_lowercase)
                    // (a maker before its model: "le Boeing 747")
                    && !ws
                        .get(j + 1)
                        .is_some_and(|m| text[m.start..m.end].contains(|c: char| c.is_ascii_digit()))
                    && !lex.phrases.contains_key(folded[j].as_str())
                    && !lex.starts.contains(folded[j].as_str())
            })
        };
        let in_name = |last: usize| {
            last == k
                && lex.in_names.contains(&folded[k])
                && name_word(k + 1)
                && (capitalised(k) || (k > 0 && capitalised(k - 1)))
        };
        let Some((last, english)) = matched.filter(|(last, _)| !in_name(*last)) else {
            // (a number or a clock time keeps an origin open)
            if !is_number(k) {
                origin_open = false;
                arrival_open = false;
            }
            k += 1;
            continue;
        };
        // "partió el sábado de Zaragoza": "of" after a movement (with
        // only its day or time between) is where it came from.
        let english = match english {
            "of" if origin_open && capitalised(last + 1) => "from",
            "of the" if origin_open => "from the",
            "to" | "to|the" if arrival_open => "in",
            "to the" if arrival_open => "in the",
            _ => english,
        };
        let timely = TIME_WORDS.contains(&english)
            || MONTHS.contains(&english)
            || english.starts_with("on ")
            || english.starts_with("last ")
            || WEEKDAYS.iter().any(|d| english.starts_with(d));
        origin_open = ORIGIN_VERBS.iter().any(|v| english.ends_with(v)) || (origin_open && timely);
        arrival_open =
            ARRIVAL_WORDS.iter().any(|v| english.ends_with(v)) || (arrival_open && timely);
        // A word that is one thing before a name and another before a
        // common word ("a Brasília" → "to", "a aeronave" → "the").
        let english = match english.split_once('|') {
            Some((before_name, otherwise)) => {
                let next_cap =
                    first_char(last + 1).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                if next_cap { before_name } else { otherwise }
            }
            None => english,
        };
        let (s, e) = (w.start, ws[last].end);
        let capital = capitalised(k);
        let mut english = english.to_string();
        if capital && let Some(f) = english.chars().next() {
            english = f.to_uppercase().chain(english.chars().skip(1)).collect();
        }
        // "l'avion" → "the plane": a space where the apostrophe joined.
        let joined = out.text.chars().last().is_some_and(char::is_alphanumeric);
        if joined && !english.is_empty() {
            push_replaced(&mut out, " ", s, s);
        }
        push_replaced(&mut out, &english, s, e);
        at = e;
        // A word after an elided one needs its space too.
        if ws.get(last + 1).is_some_and(|n| n.start == e) && !english.is_empty() {
            push_replaced(&mut out, " ", e, e);
        }
        k = last + 1;
    }
    copy_to(&mut out, at, text.len());
    out
}

fn push_replaced(out: &mut Translation, english: &str, src: usize, src_end: usize) {
    let o = out.text.len();
    out.text.push_str(english);
    out.pieces.push(Piece {
        out: o,
        out_end: out.text.len(),
        src,
        src_end,
        replaced: true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_languages_apart() {
        assert_eq!(
            detect("The plane landed at the airport on Monday and left for Rome with the team."),
            Lang::En
        );
        assert_eq!(
            detect(
                "El avión del presidente aterrizó el martes en el aeropuerto de Gando y salió por la tarde."
            ),
            Lang::Es
        );
        assert_eq!(
            detect(
                "O avião da Força Aérea pousou na base aérea de Brasília e não decolou com a comitiva."
            ),
            Lang::Pt
        );
        assert_eq!(
            detect(
                "L'avion du président s'est posé mardi à l'aéroport du Bourget et est reparti dans la soirée."
            ),
            Lang::Fr
        );
        assert_eq!(
            detect(
                "Das Flugzeug der Regierung ist am Montag in Leipzig gelandet und wurde mit dem Team begrüßt."
            ),
            Lang::De
        );
        assert_eq!(
            detect(
                "Het toestel van de regering is op maandag op Schiphol geland en vertrok naar Rome met een team."
            ),
            Lang::Nl
        );
        assert_eq!(
            detect(
                "L'aereo della compagnia è atterrato lunedì all'aeroporto di Fiumicino e il volo per Milano è stato cancellato."
            ),
            Lang::It
        );
    }

    #[test]
    fn another_script_is_not_taken_for_english() {
        assert_eq!(
            detect(
                "هبطت طائرة الشحن الروسية في مطار بنغازي مساء الثلاثاء قادمة من قاعدة حميميم في سوريا"
            ),
            Lang::Other
        );
        // (a flight log in English has few common words, but is English)
        assert_eq!(
            detect(
                "3 March: Il-76 RA-78817 Latakia – Benghazi\n4 March: RA-78817 Benghazi – Bamako\n6 March: Il-76 RA-78830 Latakia – Bamako"
            ),
            Lang::En
        );
    }

    #[test]
    fn offsets_map_back() {
        let src = "El avión aterrizó el 3 de marzo en Gando.";
        let t = translate(src, Lang::Es);
        let g = t.text.find("Gando").unwrap();
        assert_eq!(&src[t.start(g)..t.end(g + 5)], "Gando");
        let m = t.text.find("March").unwrap();
        assert_eq!(&src[t.start(m)..t.end(m + 5)], "marzo");
        assert!(t.text.contains("3 March"), "{}", t.text);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn articles_inside_names_stay() {
        let t = translate(
            "El avión llegó a La Paz y luego a Rio de Janeiro.",
            Lang::Es,
        );
        assert!(t.text.contains("La Paz"), "{}", t.text);
        assert!(t.text.contains("Rio de Janeiro"), "{}", t.text);
        let t = translate("Jeudi, le Boeing 747 Dreamlifter a pu repartir.", Lang::Fr);
        assert!(t.text.contains("the Boeing 747"), "{}", t.text);
        let t = translate("El A400M aterrizó en la base.", Lang::Es);
        assert!(t.text.starts_with("The A400M landed"), "{}", t.text);
    }

    #[test]
    fn an_origin_after_the_day_it_was_left() {
        let t = translate("El carguero partió el sábado de Zaragoza.", Lang::Es);
        assert!(t.text.contains("on Saturday from Zaragoza"), "{}", t.text);
        // (not after a place noun: "the airport of")
        let t = translate(
            "El carguero aterrizó en el aeropuerto de Zaragoza.",
            Lang::Es,
        );
        assert!(!t.text.contains("from"), "{}", t.text);
    }

    #[test]
    fn where_a_movement_went_and_came_from() {
        let t = translate("Il velivolo è atterrato ieri a Pisa.", Lang::It);
        assert!(t.text.contains("landed yesterday in Pisa"), "{}", t.text);
        let t = translate(
            "Aterrizó en Asunción tras despegar a primera hora del Aeroparque.",
            Lang::Es,
        );
        assert!(t.text.contains("from the Aeroparque"), "{}", t.text);
    }

    #[test]
    fn a_capital_with_its_people_is_a_place() {
        let t = translate("El avión permaneció en la capital nicaragüense.", Lang::Es);
        assert!(t.text.contains("the Nicaraguan capital"), "{}", t.text);
    }

    #[test]
    fn every_lexicon_file_is_packed_whole() {
        let files = [
            (
                Lang::Es,
                include_str!("lexicon/es.txt"),
                "aterrizo",
                "landed",
            ),
            (Lang::Pt, include_str!("lexicon/pt.txt"), "pousou", "landed"),
            (
                Lang::Fr,
                include_str!("lexicon/fr.txt"),
                "a atterri",
                "landed",
            ),
            (
                Lang::It,
                include_str!("lexicon/it.txt"),
                "e atterrato",
                "landed",
            ),
            (Lang::Nl, include_str!("lexicon/nl.txt"), "landde", "landed"),
            (
                Lang::De,
                include_str!("lexicon/de.txt"),
                "landete",
                "landed",
            ),
            (
                Lang::Ru,
                include_str!("lexicon/ru.txt"),
                "приземлился",
                "landed",
            ),
        ];
        for (lang, file, word, english) in files {
            let keys: std::collections::HashSet<String> = file
                .lines()
                .map(str::trim)
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('='))
                .map(|(k, _)| super::super::fold(k.trim().trim_start_matches('~')))
                .collect();
            let lex = lexicon(lang).unwrap();
            assert_eq!(
                lex.phrases.len(),
                keys.len(),
                "{lang:?}: data/lexicons.txt.gz is not its lexicon file; run cargo xtask gen-lexicons"
            );
            assert_eq!(lex.phrases.get(word).copied(), Some(english), "{lang:?}");
        }
    }

    #[test]
    fn an_elided_article_gets_its_space() {
        let src = "L'avion s'est posé à l'aéroport.";
        let t = translate(src, Lang::Fr);
        assert!(t.text.starts_with("The plane"), "{}", t.text);
        let p = t.text.find("plane").unwrap();
        assert_eq!(&src[t.start(p)..t.end(p + 5)], "avion");
    }
}

#[cfg(test)]
mod debug {
    /// The English a file's article is read in:
    /// `FL_TR_FILE=… cargo test -q -p flightlens-core --lib debug_translate -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn debug_translate() {
        let f = std::env::var("FL_TR_FILE").unwrap();
        let t = std::fs::read_to_string(f).unwrap();
        let body = t.split("\n---\n").nth(1).unwrap_or(&t);
        let lang = super::detect(body);
        println!("{lang:?}\n{}", super::translate(body, lang).text);
    }
}
