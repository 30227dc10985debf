//! Aircraft descriptions: the mentions that name one aircraft (or a group)
//! together, grouped sentence by sentence.

use crate::article::aircraft::{Det, Ident, Mention};
use crate::article::text::{Doc, TokKind};

use super::triggers::is_trigger_word;

/// An aircraft description: mentions that name one aircraft (or a group)
/// together: "the four-engined Ilyushin Il-76TD, registration RA-78817".
#[derive(Debug, Clone)]
pub struct Desc {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// Indices into the mentions.
    pub mentions: Vec<usize>,
    /// How it is introduced (its first mention's determiner).
    pub det: Det,
    /// Plural, or a list of identifiers.
    pub plural: bool,
    /// How many aircraft, when it says.
    pub count: Option<u32>,
    /// A traveller, not an aircraft.
    pub person: bool,
    /// A pronoun or a noun without identification ("it", "the plane").
    pub bare: bool,
    /// Said to be unidentified ("a separate, unidentified plane"): never
    /// identified by what follows.
    pub unknown: bool,
    /// "Its sister ship", "another of its Il-76s": a new aircraft of the
    /// same type as the one before.
    pub sister: bool,
}

const GLUE: &[&str] = &[
    ",",
    "(",
    ")",
    "a",
    "an",
    "the",
    "with",
    "registration",
    "registered",
    "as",
    "tail",
    "number",
    "of",
    "under",
    "callsign",
    "call",
    "sign",
    "bearing",
    "which",
    "carries",
    "carrying",
    "address",
    "icao",
    "hex",
    "code",
    "reg",
    ".",
    "serial",
    "mode",
    "s",
    "-",
    "transponder",
    "its",
    "is",
    "was",
    "numbers",
    "registry",
    "board",
    "flying",
    "operating",
    "that",
    "in",
    "once",
    "by",
    "24",
    "bit",
    "\"",
    "named",
    "n",
    "identification",
    "marked",
    "sign",
    "nationality",
    "and",
];

/// Groups mentions into aircraft descriptions, sentence by sentence.
pub fn describe(doc: &Doc, mentions: &[Mention]) -> Vec<Desc> {
    let mut out: Vec<Desc> = Vec::new();
    let sentence_of = |i: usize| doc.sentences.partition_point(|s| s.last <= i);
    for (k, m) in mentions.iter().enumerate() {
        let person = m.ident == Ident::Person;
        let bare = matches!(m.ident, Ident::Noun(_) | Ident::Pronoun(_) | Ident::Person);
        if let Some(d) = out.last_mut()
            && !d.person
            && !person
            && sentence_of(d.first) == sentence_of(m.first)
        {
            let gap = &doc.toks[d.last..m.first];
            let glue = gap.len() <= 8
                && gap.iter().all(|t| {
                    GLUE.contains(&t.lower.as_str())
                        || t.kind == TokKind::Number && t.lower.len() <= 2
                });
            // "an Il-62 passenger jet", "a Tu-214PU command-and-control aircraft":
            // a noun after a type, across a few lowercase words.
            let modifiers = matches!(m.ident, Ident::Noun(_))
                && !d.bare
                && gap.len() <= 6
                && gap.iter().all(|t| {
                    (t.kind == TokKind::Word
                        && !t.cap
                        && !is_trigger_word(&t.lower)
                        && ![
                            "and", "or", "but", "that", "which", "was", "were", "is", "had", "has",
                        ]
                        .contains(&t.lower.as_str()))
                        || t.is("-")
                });
            let glue = glue || modifiers;
            // "an An-124 … and an Il-62": a new description after "and a".
            let new_np = gap.iter().any(|t| t.lower == "and")
                && (matches!(m.det, Det::Indefinite | Det::Other)
                    || gap.iter().any(|t| ["a", "an"].contains(&t.lower.as_str())));
            let same_kind = d
                .mentions
                .iter()
                .any(|&x| same_kind(&mentions[x].ident, &m.ident));
            let pronoun = matches!(m.ident, Ident::Pronoun(_));
            if glue && !new_np && !pronoun && !(matches!(m.det, Det::Other)) {
                if same_kind && !matches!(m.ident, Ident::Noun(_)) {
                    // "YV2912 and YV3073": a list of aircraft.
                    d.plural = true;
                }
                d.last = m.last;
                d.mentions.push(k);
                d.bare &= bare;
                if let Ident::Noun(true) = m.ident {
                    d.plural = true;
                }
                continue;
            }
        }
        let np_first = m
            .first
            .saturating_sub(5)
            .max(doc.sentences[sentence_of(m.first).min(doc.sentences.len() - 1)].first)
            .min(m.first);
        let np = &doc.toks[np_first..m.first];
        let unknown = np
            .iter()
            .any(|t| ["unidentified", "unknown", "unnamed"].contains(&t.lower.as_str()));
        // ("the third": another of the kind just named.)
        let ordinal = doc.toks.get(m.first + 1).is_some_and(|t| {
            ["second", "third", "fourth", "fifth", "sixth"].contains(&t.lower.as_str())
        }) && doc.toks[m.first].lower == "the";
        let sister = ordinal
            || np.iter().any(|t| t.lower == "sister")
            || np.windows(3).any(|w| {
                ["another", "one"].contains(&w[0].lower.as_str())
                    && w[1].lower == "of"
                    && w[2].lower == "its"
            });
        out.push(Desc {
            unknown,
            sister,
            first: m.first,
            last: m.last,
            mentions: vec![k],
            det: m.det,
            plural: matches!(m.ident, Ident::Noun(true) | Ident::Pronoun(true))
                || m.count.is_some_and(|c| c > 1),
            count: m.count,
            person,
            bare,
        });
    }
    out
}

fn same_kind(a: &Ident, b: &Ident) -> bool {
    matches!(
        (a, b),
        (Ident::Registration(..), Ident::Registration(..))
            | (Ident::Callsign(_), Ident::Callsign(_))
            | (Ident::Hex(_), Ident::Hex(_))
    ) || matches!((a, b), (Ident::Type(x, _), Ident::Type(y, _)) if x != y)
}
