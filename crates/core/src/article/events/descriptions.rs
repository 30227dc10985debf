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
    /// "a second one", "another", "two more": the noun left out.
    pub elided: bool,
    /// What its noun says the aircraft does ("the tanker", "the cargo
    /// plane"): picks, among the aircraft named, the one of that kind.
    pub role: Option<Role>,
    /// Said to be a leader's ("Maduro's Airbus", "the emir's plane", "the
    /// presidential jet"): a later such description is the same aircraft.
    pub owned: bool,
}

/// What an aircraft is for, as a noun says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// "the tanker".
    Tanker,
    /// "the bomber".
    Bomber,
    /// "the freighter", "the cargo plane", "the transport", "the airlifter".
    Cargo,
    /// "the drone".
    Drone,
    /// "the business jet", "the private jet".
    BusinessJet,
}

impl Role {
    /// The role a noun and the words before it give: "tanker", "cargo
    /// plane", "private jet".
    fn of(doc: &Doc, noun: usize, np_first: usize) -> Option<Role> {
        let w = |i: usize| doc.toks[i].lower.as_str();
        let before = |words: &[&str]| {
            (np_first.max(noun.saturating_sub(2))..noun).any(|i| words.contains(&w(i)))
        };
        match w(noun) {
            "tanker" | "tankers" => Some(Role::Tanker),
            "bomber" | "bombers" => Some(Role::Bomber),
            "freighter" | "freighters" | "airlifter" | "transport" | "transports" => {
                Some(Role::Cargo)
            }
            "drone" | "drones" => Some(Role::Drone),
            "jet" | "jets" if before(&["business", "private", "executive", "corporate"]) => {
                Some(Role::BusinessJet)
            }
            "plane" | "planes" | "aircraft" | "jet" | "jets" if before(&["cargo", "transport"]) => {
                Some(Role::Cargo)
            }
            _ => None,
        }
    }

    /// Whether an aircraft of type `code` is known to do something else
    /// and not this: a C-17 is not "the tanker"; a type no role lists
    /// (a 747-300 combi) may be any.
    pub fn excludes(self, code: &str) -> bool {
        !self.fits(code)
            && [
                Role::Tanker,
                Role::Bomber,
                Role::Cargo,
                Role::Drone,
                Role::BusinessJet,
            ]
            .iter()
            .any(|r| *r != self && r.fits(code))
    }

    /// Whether an aircraft of type `code` does this.
    pub fn fits(self, code: &str) -> bool {
        let list: &[&str] = match self {
            Role::Tanker => &[
                "K35R", "K35E", "KC46", "B762", "DC10", "A332", "IL76", "C30J", "A310",
            ],
            Role::Bomber => &["B52", "B1", "B2", "TU95", "T160", "TU22", "H6"],
            Role::Cargo => &[
                "C17", "C5M", "C130", "C30J", "A400", "IL76", "A124", "A225", "AN12", "AN22",
                "AN26", "AN32", "AN72", "AN74", "C295", "CN35", "E390", "Y20", "Y9", "B744",
                "B748", "B77L", "MD11", "A306", "DC10",
            ],
            Role::Drone => &["Q9", "Q4", "GLHK", "Q1", "HRON", "TB2"],
            Role::BusinessJet => &[
                "GLF", "GA", "GLEX", "GL5T", "GL7T", "GL6T", "CL", "FA", "F900", "F2TH", "C5",
                "C6", "C7", "LJ", "E35L", "E55P", "E50P", "H25", "PRM1", "BE40", "G280", "GALX",
            ],
        };
        match self {
            Role::BusinessJet => list.iter().any(|p| code.starts_with(p)),
            _ => list.contains(&code),
        }
    }
}

const GLUE: &[&str] = &[
    ",",
    // (The cells of a table row: "| Il-76TD | EX76028 |".)
    "|",
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
            // (Two readings of overlapping words have no gap between them.)
            let gap = doc.toks.get(d.last..m.first).unwrap_or(&[]);
            // ("a white Hawker 800, construction number 258102, registration
            // XB-RLM": the maker's serial between its type and its marks.)
            let serial_at = |j: usize| {
                j >= 1
                    && gap[j].kind == TokKind::Number
                    && ["number", "msn", "serial"].contains(&gap[j - 1].lower.as_str())
            };
            let glue = gap.len() <= 8
                && gap.iter().enumerate().all(|(j, t)| {
                    GLUE.contains(&t.lower.as_str())
                        || t.kind == TokKind::Number && t.lower.len() <= 2
                        || ["construction", "msn", "manufacturer"].contains(&t.lower.as_str())
                        || serial_at(j)
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
            // "N921XA, an iAero Boeing 737-800": the operator's name in an
            // apposition's article before the type.
            let operator = matches!(m.ident, Ident::Type(..))
                && !d.bare
                && (3..=4).contains(&gap.len())
                && gap[0].is(",")
                && ["a", "an"].contains(&gap[1].lower.as_str())
                && gap[2..].iter().all(|t| {
                    t.kind == TokKind::Word
                        && !is_trigger_word(&t.lower)
                        && !["and", "or", "but", "that", "which"].contains(&t.lower.as_str())
                });
            let glue = glue || modifiers || operator;
            // "an An-124 … and an Il-62": a new description after "and a".
            // "the Il-96 RA-96018 and the Il-62 RA-86496": a type after one
            // is named starts another aircraft too.
            let typed = |x: &Ident| matches!(x, Ident::Type(..));
            let new_np = gap.iter().any(|t| t.lower == "and")
                && (matches!(m.det, Det::Indefinite | Det::Other)
                    || gap.iter().any(|t| ["a", "an"].contains(&t.lower.as_str()))
                    || (typed(&m.ident) && d.mentions.iter().any(|&x| typed(&mentions[x].ident))));
            // "two Tu-160s, an An-124 and an Il-62": another type after a
            // comma and "a" is another aircraft ("the C-17, a Boeing C-17A"
            // restates the one).
            // ("Air Force One, a Boeing 747-400": a name the apposition's
            // type says what it is.)
            let named = |x: usize| {
                doc.toks[mentions[x].first..mentions[x].last]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .eq(["air", "force", "one"])
            };
            let other_type = match &m.ident {
                Ident::Type(code, _) => d.mentions.iter().any(|&x| {
                    matches!(&mentions[x].ident, Ident::Type(c, _) if c != code) && !named(x)
                }),
                _ => false,
            };
            let new_np = new_np
                || (other_type
                    && gap.iter().any(|t| t.is(","))
                    && gap.iter().any(|t| ["a", "an"].contains(&t.lower.as_str())));
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
                if matches!(m.ident, Ident::Type(..)) {
                    d.mentions.retain(|&x| !named(x));
                }
                d.last = m.last;
                d.mentions.push(k);
                d.bare &= bare;
                if matches!(m.ident, Ident::Noun(_)) && d.role.is_none() {
                    d.role = Role::of(doc, m.first, d.first);
                }
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
        let ordinal = doc
            .toks
            .get(m.first + 1)
            .is_some_and(|t| crate::article::aircraft::ORDINALS.contains(&t.lower.as_str()))
            && doc.toks[m.first].lower == "the";
        // ("a second one", "another", "two more": the noun left out is the
        // one before's.)
        let elided = matches!(m.ident, Ident::Noun(_))
            && !ordinal
            && !crate::article::tables::GENERIC_AIRCRAFT
                .contains(&doc.toks[m.last - 1].lower.as_str());
        let sister = ordinal
            || elided
            || np.iter().any(|t| t.lower == "sister")
            || np.windows(3).any(|w| {
                ["another", "one"].contains(&w[0].lower.as_str())
                    && w[1].lower == "of"
                    && w[2].lower == "its"
            });
        let role = if matches!(m.ident, Ident::Noun(_)) {
            Role::of(doc, m.first, np_first)
        } else {
            None
        };
        // Within the noun phrase (after its last comma): "Maduro's", "the
        // president's", "presidential", "royal".
        let phrase_from = np
            .iter()
            .rposition(|t| t.is(",") || t.is("("))
            .map_or(0, |k| k + 1);
        let phrase = &np[phrase_from..];
        let possessive = |people: bool| {
            phrase.windows(3).any(|w| {
                w[1].is("'")
                    && w[2].lower == "s"
                    && (w[0].cap && w[0].is_word()
                        || people && crate::article::tables::PEOPLE.contains(&w[0].lower.as_str()))
                    && w[0].lower != "it"
            })
        };
        let owned = phrase
            .iter()
            .any(|t| ["presidential", "royal"].contains(&t.lower.as_str()))
            || possessive(true);
        // "about twice what a commercial jet needs", "faster than a
        // fighter": a comparison, no aircraft of the story.
        if bare
            && m.det == Det::Indefinite
            && (m.first.saturating_sub(3)..m.first)
                .any(|j| ["what", "than", "like"].contains(&doc.toks[j].lower.as_str()))
        {
            continue;
        }
        // ("capable of fitting a Boeing 737 inside", "bigger than an
        // A380": a named type to measure by.)
        if m.det == Det::Indefinite
            && (m.first.saturating_sub(2)..m.first).any(|j| {
                ["than", "fitting", "fit", "swallow"].contains(&doc.toks[j].lower.as_str())
            })
        {
            continue;
        }
        // "The plane of Deputy Prime Minister Manturov also left", "Potanin's
        // jet also took off": a named owner's aircraft, told as one more, is
        // another aircraft than the one before.
        let also_at = |k: usize| doc.toks.get(k).is_some_and(|t| t.lower == "also");
        let of_owner_also = || {
            if doc.toks.get(m.last).is_none_or(|t| t.lower != "of") {
                return false;
            }
            let mut k = m.last + 1;
            while doc.toks.get(k).is_some_and(|t| t.cap && t.is_word()) {
                k += 1;
            }
            k > m.last + 1 && also_at(k)
        };
        let det = if bare
            && m.det == Det::Definite
            && (of_owner_also() || (also_at(m.last) && possessive(false)))
        {
            Det::Other
        } else {
            m.det
        };
        out.push(Desc {
            owned,
            role,
            unknown,
            sister,
            elided,
            first: m.first,
            last: m.last,
            mentions: vec![k],
            det,
            plural: matches!(m.ident, Ident::Noun(true) | Ident::Pronoun(true))
                || m.count.is_some_and(|c| c > 1)
                // "Both Embraers", "the Ilyushins".
                // (Not "the Gulfstream's week": a possessive.)
                || (matches!(m.ident, Ident::Maker(_))
                    && doc.toks[m.last - 1].lower.ends_with('s')
                    && doc.toks[m.last - 1].lower.len() > 1
                    && doc.toks[m.last - 1].lower != "airbus"),
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
