//! Stage 4: event frames. A trigger word ("landed", "touched down", "took
//! off", "flew", "was parked", "stopped over", "returned to", "diverted
//! to", "made an emergency landing") with what its sentence attaches to it
//! by position: the aircraft before it (or after, for an opening
//! participle: "Leaving Moscow on Monday, the aircraft…"), the places after
//! it by their preposition ("from" an origin, "to" a destination, "at"/"in"
//! where, "via" and "after stops in" the stops), and the date in its
//! clause. A trigger in a clause about plans, habits, hedges or negation
//! ("is expected to land", "usually flies", "most likely flew", "could not
//! land") is kept but marked as not a fact; a report's date ("state TV
//! said on Thursday") is not the movement's.

use super::aircraft::{Det, Ident, Mention};
use super::dates::Timex;
use super::places::PlaceMention;
use super::text::{Block, Doc, Sentence, TokKind};

/// What a trigger says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Landed, arrived, reached, returned to, diverted to.
    Arrive,
    /// Left, departed, took off.
    Depart,
    /// Flew (from, to, via).
    Fly,
    /// Was parked, stayed, remained, was seen at.
    Stay,
    /// Stopped over, made a stopover, paused.
    Stop,
}

/// A trigger and how it is used.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// What it says.
    pub kind: Kind,
    /// An "-ing" form.
    pub participle: bool,
    /// A noun ("touchdown", "arrival").
    pub noun: bool,
    /// "had left": before the story's time.
    pub perfect: bool,
    /// "returned", "landed back", "was back".
    pub back: bool,
    /// "flew on", "continued", "on to".
    pub onward: bool,
    /// Carrying something into a place ("had taken food into Latakia").
    pub cargo: bool,
    /// A fact, not a plan, habit, hedge or negation.
    pub factual: bool,
    /// Negated ("could not land"): not a claim, but its date is the story's.
    pub negated: bool,
}

/// (words, kind, participle, noun, back, onward). Multi-word triggers list
/// every word; `*` matches any one word ("landed back", "took it off").
type Pattern = (&'static [&'static str], Kind, bool);

const PATTERNS: &[Pattern] = &[
    // Arrivals
    (&["touched", "down"], Kind::Arrive, false),
    (&["touches", "down"], Kind::Arrive, false),
    (&["touching", "down"], Kind::Arrive, true),
    (&["touch", "down"], Kind::Arrive, false),
    (&["touchdown"], Kind::Arrive, false),
    (&["landed"], Kind::Arrive, false),
    (&["lands"], Kind::Arrive, false),
    (&["land"], Kind::Arrive, false),
    (&["landing"], Kind::Arrive, true),
    (&["arrived"], Kind::Arrive, false),
    (&["arrives"], Kind::Arrive, false),
    (&["arrive"], Kind::Arrive, false),
    (&["arriving"], Kind::Arrive, true),
    (&["arrival"], Kind::Arrive, false),
    (&["reached"], Kind::Arrive, false),
    (&["reaches"], Kind::Arrive, false),
    (&["reaching"], Kind::Arrive, true),
    (&["came", "down"], Kind::Arrive, false),
    (&["coming", "down"], Kind::Arrive, true),
    (&["comes", "down"], Kind::Arrive, false),
    (&["came", "in"], Kind::Arrive, false),
    (&["coming", "in"], Kind::Arrive, true),
    (&["come", "in"], Kind::Arrive, false),
    (&["came"], Kind::Arrive, false),
    (&["flew", "in"], Kind::Arrive, false),
    (&["flown", "in"], Kind::Arrive, false),
    (&["flew", "into"], Kind::Arrive, false),
    (&["flown", "into"], Kind::Arrive, false),
    (&["got", "to"], Kind::Arrive, false),
    (&["put", "down"], Kind::Arrive, false),
    (&["set", "down"], Kind::Arrive, false),
    (&["back", "on", "the", "ground"], Kind::Arrive, false),
    (&["was", "back", "on", "the", "ground"], Kind::Arrive, false),
    (&["was", "back"], Kind::Arrive, false),
    (&["returned"], Kind::Arrive, false),
    (&["returning"], Kind::Arrive, true),
    (&["returns"], Kind::Arrive, false),
    (&["diverted"], Kind::Arrive, false),
    (&["diverting"], Kind::Arrive, true),
    (&["sent", "instead"], Kind::Arrive, false),
    (&["emergency", "landing"], Kind::Arrive, false),
    (&["called", "at"], Kind::Arrive, false),
    (&["calling", "at"], Kind::Arrive, true),
    (&["ended", "at"], Kind::Arrive, false),
    (&["forced", "back"], Kind::Arrive, false),
    (&["comes", "home"], Kind::Arrive, false),
    (&["taken"], Kind::Arrive, false),
    (&["brought"], Kind::Arrive, false),
    (&["ferried"], Kind::Arrive, false),
    (&["delivered"], Kind::Arrive, false),
    // Departures
    (&["took", "off"], Kind::Depart, false),
    (&["takes", "off"], Kind::Depart, false),
    (&["taking", "off"], Kind::Depart, true),
    (&["take", "off"], Kind::Depart, false),
    (&["taken", "off"], Kind::Depart, false),
    (&["lifted", "off"], Kind::Depart, false),
    (&["lifting", "off"], Kind::Depart, true),
    (&["left"], Kind::Depart, false),
    (&["leaves"], Kind::Depart, false),
    (&["leave"], Kind::Depart, false),
    (&["leaving"], Kind::Depart, true),
    (&["departed"], Kind::Depart, false),
    (&["departs"], Kind::Depart, false),
    (&["depart"], Kind::Depart, false),
    (&["departing"], Kind::Depart, true),
    (&["departure"], Kind::Depart, false),
    (&["set", "off"], Kind::Depart, false),
    (&["sets", "off"], Kind::Depart, false),
    (&["set", "out"], Kind::Depart, false),
    (&["setting", "off"], Kind::Depart, true),
    (&["airborne"], Kind::Depart, false),
    (&["wheels", "up"], Kind::Depart, false),
    (&["off", "again"], Kind::Depart, false),
    (&["sent", "from"], Kind::Depart, false),
    (&["headed", "home"], Kind::Depart, false),
    (&["headed", "back"], Kind::Depart, false),
    (&["followed", "it", "out"], Kind::Depart, false),
    (&["started", "its", "trip"], Kind::Depart, false),
    (&["began", "its", "trip"], Kind::Depart, false),
    (&["started", "its", "journey"], Kind::Depart, false),
    // Flights
    (&["flew"], Kind::Fly, false),
    (&["flies"], Kind::Fly, false),
    (&["fly"], Kind::Fly, false),
    (&["flown"], Kind::Fly, false),
    (&["flying"], Kind::Fly, true),
    (&["travelled"], Kind::Fly, false),
    (&["traveled"], Kind::Fly, false),
    (&["continued"], Kind::Fly, false),
    (&["went", "on"], Kind::Fly, false),
    (&["carried"], Kind::Fly, false),
    (&["hop"], Kind::Fly, false),
    (&["on", "to"], Kind::Fly, false),
    (&["trip"], Kind::Fly, false),
    (&["crossed"], Kind::Arrive, false),
    // Stays
    (&["parked"], Kind::Stay, false),
    (&["sat"], Kind::Stay, false),
    (&["sitting"], Kind::Stay, true),
    (&["stood"], Kind::Stay, false),
    (&["stayed"], Kind::Stay, false),
    (&["remained"], Kind::Stay, false),
    (&["spent"], Kind::Stay, false),
    (&["on", "the", "ground"], Kind::Stay, false),
    (&["grounded"], Kind::Stay, false),
    (&["stuck"], Kind::Stay, false),
    (&["photographed"], Kind::Stay, false),
    (&["spotted"], Kind::Stay, false),
    (&["seen"], Kind::Stay, false),
    (&["turned", "up"], Kind::Stay, false),
    (&["taxied"], Kind::Stay, false),
    (&["place"], Kind::Stay, false),
    (&["places"], Kind::Stay, false),
    (&["placed"], Kind::Stay, false),
    (&["reversing"], Kind::Fly, true),
    (&["reversed"], Kind::Fly, false),
    (&["turned", "back"], Kind::Fly, false),
    (&["turned", "around"], Kind::Fly, false),
    (&["drops", "in"], Kind::Stay, false),
    (&["dropped", "in"], Kind::Stay, false),
    // Stops
    (&["stopped", "over"], Kind::Stop, false),
    (&["stopped"], Kind::Stop, false),
    (&["made", "a", "stopover"], Kind::Stop, false),
    (&["stopover"], Kind::Stop, false),
    (&["paused"], Kind::Stop, false),
];

/// True when `w` starts a trigger (used to stop looking back for a determiner).
pub fn is_trigger_word(w: &str) -> bool {
    by_first_word()
        .get(w)
        .is_some_and(|ps| ps.iter().any(|&k| PATTERNS[k].0.len() == 1))
}

/// The patterns by their first word.
fn by_first_word() -> &'static std::collections::HashMap<&'static str, Vec<usize>> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<usize>>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, Vec<usize>> =
            std::collections::HashMap::new();
        for (k, (p, _, _)) in PATTERNS.iter().enumerate() {
            m.entry(p[0]).or_default().push(k);
        }
        m
    })
}

/// Verbs of saying: a date beside them is the report's, not the movement's.
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "posted",
    "posts",
    "wrote",
    "writes",
    "broadcast",
    "aired",
    "announced",
    "announces",
    "told",
    "tweeted",
    "added",
    "confirmed",
    "confirms",
    "stated",
    "noted",
    "published",
    "shared",
    "cited",
    "quoted",
    "showed",
    "shows",
    "show",
    "claimed",
    "denied",
    "revealed",
    "commented",
    "spoke",
    "held",
    "met",
    "signed",
    "imposed",
    "accused",
    "listed",
];

const FUTURE: &[&str] = &[
    "will",
    "would",
    "shall",
    "should",
    "could",
    "can",
    "may",
    "might",
    "must",
    "due",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "planning",
    "meant",
    "intended",
    "intends",
    "supposed",
    "going",
    "hoping",
    "hopes",
    "wants",
    "wanted",
    "aims",
    "seeks",
    "preparing",
    "ready",
    "likely",
    "possibly",
    "perhaps",
    "whether",
    "if",
    "unclear",
    "usually",
    "often",
    "regularly",
    "normally",
    "typically",
    "routinely",
    "generally",
    "frequently",
    "sometimes",
    "tend",
    "tends",
    "always",
    "rarely",
    "seldom",
    "occasionally",
    "unable",
    "refused",
    "not",
    "never",
    "no",
    "without",
    "nor",
    "neither",
    "cannot",
    "instead",
    "usual",
    "kept",
    "attempt",
    "attempted",
    "tried",
    "trying",
    "allowed",
    "permission",
    "sought",
];

const CLAUSE_BREAK: &[&str] = &[
    ";", ":", "but", "while", "whereas", "although", "though", "because", "since",
];

/// Words that may stand between a trigger's words ("touched briefly down").
fn matches_at(doc: &Doc, last: usize, i: usize, pat: &[&str]) -> Option<usize> {
    let mut j = i;
    for (k, w) in pat.iter().enumerate() {
        if j >= last {
            return None;
        }
        if doc.toks[j].lower != *w {
            // "took it off", "lifted back off": one filler word inside.
            if k > 0 && j + 1 < last && doc.toks[j + 1].lower == *w && doc.toks[j].is_word() {
                j += 1;
            } else {
                return None;
            }
        }
        j += 1;
    }
    Some(j)
}

/// The triggers of one sentence.
pub fn triggers(doc: &Doc, s: &Sentence) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    let mut i = s.first;
    let question = doc.toks[s.last - 1].is("?");
    while i < s.last {
        let mut found: Option<(usize, Kind, bool)> = None;
        for &k in by_first_word()
            .get(doc.toks[i].lower.as_str())
            .map_or(&[][..], Vec::as_slice)
        {
            let (pat, kind, part) = &PATTERNS[k];
            if let Some(end) = matches_at(doc, s.last, i, pat)
                && found.is_none_or(|(e, _, _)| end > e)
            {
                found = Some((end, *kind, *part));
            }
        }
        let Some((end, kind, participle)) = found else {
            i += 1;
            continue;
        };
        let w = doc.toks[i].lower.as_str();
        // "then on to Caracas": a leg onward, after "then", "and" or a comma.
        if w == "on" && end == i + 2 && doc.toks[i + 1].lower == "to" {
            let prev = if i > s.first {
                doc.toks[i - 1].lower.as_str()
            } else {
                ""
            };
            if !["then", "and", ","].contains(&prev) {
                i += 1;
                continue;
            }
        }
        let next = doc.toks.get(end).map(|t| t.lower.as_str()).unwrap_or("");
        // "a delegation headed by", "led by": not a movement.
        if ["headed", "heading"].contains(&w) && next == "by" {
            i = end;
            continue;
        }
        // "logs place the jumbo at Caracas": not "took place", "in place".
        if ["place", "places", "placed"].contains(&w)
            && !["the", "a", "an", "its", "this", "that", "it", "both"].contains(&next)
        {
            i = end;
            continue;
        }
        // "stayed parked", "sat parked": one stay.
        if kind == Kind::Stay
            && out
                .last()
                .is_some_and(|p: &Trigger| p.kind == Kind::Stay && p.last == i)
        {
            i = end;
            continue;
        }
        // "flying as", "flying under the callsign": not a movement.
        if w == "flying" && ["as", "under", "over"].contains(&next) {
            i = end;
            continue;
        }
        // "the landing gear", "a landing strip": nouns of no movement.
        if [
            "landing",
            "arrival",
            "departure",
            "trip",
            "hop",
            "touchdown",
        ]
        .contains(&w)
            && [
                "gear",
                "strip",
                "card",
                "permission",
                "rights",
                "lounge",
                "hall",
                "time",
                "board",
                "s",
            ]
            .contains(&next)
        {
            i = end;
            continue;
        }
        // "YK-ATA's arrival", "its departure": a movement told before.
        let possessed = i > s.first + 1
            && ((doc.toks[i - 1].lower == "s" && doc.toks[i - 2].is("'"))
                || ["its", "their", "his", "her"].contains(&doc.toks[i - 1].lower.as_str()));
        let noun = [
            "touchdown",
            "arrival",
            "departure",
            "trip",
            "hop",
            "stopover",
        ]
        .contains(&w)
            || (w == "landing"
                && i > s.first
                && ["a", "the", "its", "emergency"].contains(&doc.toks[i - 1].lower.as_str()));
        let back = [
            "returned",
            "returning",
            "returns",
            "back",
            "comes",
            "forced",
        ]
        .contains(&w)
            || next == "back"
            || doc.toks[i..end].iter().any(|t| t.lower == "back");
        let onward = w == "continued"
            || w == "on"
            || (next == "on" && ["flew", "flown", "carried", "went"].contains(&w))
            || w == "went";
        let cargo = ["taken", "brought", "ferried", "delivered"].contains(&w);
        let perfect = (i > s.first && ["had", "'d"].contains(&doc.toks[i - 1].lower.as_str()))
            || (i >= s.first + 2 && doc.toks[i - 2].lower == "had" && doc.toks[i - 1].is_word());
        let habitual = sentence_habitual(doc, s);
        let modality = modality(doc, s, i, w, participle);
        let factual = !question
            && !habitual
            && modality == Modality::Fact
            && (!possessed || !["arrival", "departure", "touchdown", "trip"].contains(&w));
        let negated = modality == Modality::Negated;
        // "was on the ground in eastern Libya by dawn": it had landed.
        let kind = if kind == Kind::Stay
            && w == "on"
            && (end..(end + 8).min(s.last)).any(|j| doc.toks[j].lower == "by")
        {
            Kind::Arrive
        } else {
            kind
        };
        out.push(Trigger {
            first: i,
            last: end,
            kind,
            participle,
            noun,
            perfect,
            back,
            onward,
            cargo,
            factual,
            negated,
        });
        i = end;
    }
    out
}

/// A sentence about habits or patterns: "the usual pattern is a departure
/// from …", "planes tend to go dark".
fn sentence_habitual(doc: &Doc, s: &Sentence) -> bool {
    let toks = &doc.toks[s.first..s.last];
    toks.iter().any(|t| {
        [
            "usual",
            "usually",
            "typically",
            "tend",
            "tends",
            "routinely",
            "habitually",
        ]
        .contains(&t.lower.as_str())
    }) || toks
        .windows(3)
        .any(|w| w[0].lower == "the" && w[1].lower == "pattern" && w[2].lower == "is")
}

/// How a trigger is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modality {
    /// As a fact.
    Fact,
    /// Denied: "could not land", "had not landed".
    Negated,
    /// A plan, habit, hedge or count: "is expected to land", "usually flies".
    Irrealis,
}

/// How the trigger at `i` is stated.
fn modality(doc: &Doc, s: &Sentence, i: usize, w: &str, participle: bool) -> Modality {
    let toks = &doc.toks;
    // Present simple in the body is a habit ("usually lands", "flies there often").
    let present = [
        "lands", "arrives", "leaves", "departs", "flies", "takes", "reaches", "returns", "sits",
        "stays", "remains", "touches", "comes",
    ]
    .contains(&w);
    if present && s.block == Block::Body && !toks[i].quoted {
        return Modality::Irrealis;
    }
    // Bare forms ("land", "leave", "fly") follow a modal or "to".
    let bare = [
        "land", "arrive", "leave", "depart", "fly", "take", "touch", "reach", "come", "return",
    ]
    .contains(&w);
    // A present perfect of experience: "has been to Caracas before", "has
    // flown troops to Syria in the past".
    let perfect_present = i > s.first && ["has", "have"].contains(&toks[i - 1].lower.as_str());
    if perfect_present
        && toks[i..s.last].iter().any(|t| {
            [
                "before",
                "past",
                "previously",
                "times",
                "ever",
                "repeatedly",
                "already",
                "often",
                "regularly",
            ]
            .contains(&t.lower.as_str())
        })
    {
        return Modality::Irrealis;
    }
    // Counts of flights: "has flown at least 41 charters", "six flights a day".
    let window = &toks[i..(i + 8).min(s.last)];
    for (k, t) in window.iter().enumerate() {
        if t.kind == TokKind::Number
            && t.lower.parse::<u32>().is_ok_and(|n| (2..1000).contains(&n))
            && window.get(k + 1).is_some_and(|n| {
                [
                    "flights",
                    "charters",
                    "sorties",
                    "trips",
                    "times",
                    "rotations",
                    "missions",
                    "runs",
                ]
                .contains(&n.lower.as_str())
            })
        {
            return Modality::Irrealis;
        }
    }
    // Look back over the clause.
    let mut j = i;
    let mut steps = 0;
    while j > s.first && steps < 7 {
        j -= 1;
        steps += 1;
        let t = toks[j].lower.as_str();
        if CLAUSE_BREAK.contains(&t) || t == "," && steps > 3 {
            break;
        }
        // "could not land at Maiquetía and diverted to Valencia": a negation
        // or a modal belongs to the verb it stands before.
        if steps > 1 && is_trigger_word(t) {
            break;
        }
        // "a Challenger normally used by Georgia's president turned up": what
        // comes before a participle that describes the subject is the subject's.
        if [
            "used",
            "owned",
            "operated",
            "linked",
            "tied",
            "belonging",
            "chartered",
            "leased",
            "registered",
            "carrying",
            "bearing",
            "flown",
        ]
        .contains(&t)
            && steps > 1
        {
            break;
        }
        if t == "to" && j + 1 == i {
            // "had to make", "was forced to land", "went on to": facts.
            let before = if j > s.first {
                toks[j - 1].lower.as_str()
            } else {
                ""
            };
            if !["had", "forced", "managed", "on", "able"].contains(&before) {
                return Modality::Irrealis;
            }
            continue;
        }
        if t == "to" && bare {
            return Modality::Irrealis;
        }
        if [
            "not", "n't", "never", "nor", "neither", "cannot", "without", "instead",
        ]
        .contains(&t)
        {
            return Modality::Negated;
        }
        if [
            "aborted",
            "failed",
            "abandoned",
            "cancelled",
            "canceled",
            "thwarted",
        ]
        .contains(&t)
        {
            return Modality::Irrealis;
        }
        // "on 10 May": the month, not the verb.
        if t == "may" && toks[j].cap && j > s.first {
            continue;
        }
        if FUTURE.contains(&t) {
            // "no declared destination": "no" before a noun does not govern the verb.
            if t == "no" && j + 1 < i && toks[j + 1].is_word() && !participle {
                continue;
            }
            return Modality::Irrealis;
        }
        // Progressive "was flying to": a plan, not an arrival.
        if ["was", "were", "is", "are"].contains(&t) && j + 1 == i && participle && w == "flying" {
            return Modality::Irrealis;
        }
    }
    Modality::Fact
}

/// A place's role in a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Where it came from.
    From,
    /// Where it went.
    To,
    /// Where it was.
    At,
    /// A stop on the way.
    Via,
    /// Where it was headed (not a claim that it got there).
    Toward,
}

/// What a frame's place words point at when they are not a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Here {
    /// "there", "the same airport": where the story is.
    There,
}

/// One movement read from a sentence.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Sentence number.
    pub sentence: usize,
    /// The trigger.
    pub trig: Trigger,
    /// The aircraft descriptions that do it (indices into the
    /// descriptions): one, or several coordinated ("two Tu-160s, an An-124
    /// and an Il-62 landed").
    pub agents: Vec<usize>,
    /// Places (index into the place mentions) with their roles, in text order.
    pub places: Vec<(usize, Role)>,
    /// "there", "the same airport".
    pub here: Option<Here>,
    /// The date expression attached (index into the timexes).
    pub timex: Option<usize>,
    /// "for three days", "two nights": a stay's length in days.
    pub stay_days: Option<i64>,
    /// "after about two hours on the ground": a stay measured in hours.
    pub stay_hours: bool,
    /// "after stops in", "refuelled in … on the way": its places are stops.
    pub has_stops: bool,
}

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
        let sister = np.iter().any(|t| t.lower == "sister")
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

/// The frames of sentence `sn`.
#[allow(clippy::too_many_arguments)]
pub fn frames(
    doc: &Doc,
    sn: usize,
    trigs: &[Trigger],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Vec<Frame> {
    let s = &doc.sentences[sn];
    let toks = &doc.toks;
    let in_s = |i: usize| i >= s.first && i < s.last;
    let descs_here: Vec<usize> = (0..descs.len()).filter(|&d| in_s(descs[d].first)).collect();
    let places_here: Vec<usize> = (0..places.len())
        .filter(|&p| in_s(places[p].first) && !places[p].government)
        .collect();
    let timex_here: Vec<usize> = (0..timexes.len())
        .filter(|&t| in_s(timexes[t].first))
        .collect();
    let subject_word = |i: usize| {
        toks.get(i).is_some_and(|n| {
            [
                "it", "they", "the", "a", "an", "this", "that", "on", "in", "later", "after",
                "before", "by", "less", "minutes", "hours", "within", "one", "two", "three", "its",
                "their",
            ]
            .contains(&n.lower.as_str())
        })
    };
    let breaks: Vec<usize> = (s.first..s.last)
        .filter(|&i| {
            let t = toks[i].lower.as_str();
            let time_colon = t == ":"
                && i > 0
                && toks[i - 1].kind == TokKind::Number
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == TokKind::Number && !n.space_before);
            t == ";"
                || (t == ":" && !time_colon)
                || (t == "and" || t == "but")
                    && (subject_word(i + 1)
                        || (toks.get(i + 1).is_some_and(|n| n.lower == "then")
                            && subject_word(i + 2)))
                || t == "then" && subject_word(i + 1) && !(i > 0 && toks[i - 1].lower == "and")
                || t == "according"
                || ["whereas", "although", "though"].contains(&t)
                || ["where", "which", "who", "whose"].contains(&t) && i > 0 && toks[i - 1].is(",")
        })
        .collect();
    let reporting: Vec<usize> = (s.first..s.last)
        .filter(|&i| REPORTING.contains(&toks[i].lower.as_str()))
        .collect();
    let mut out = Vec::new();
    for (n, t) in trigs.iter().enumerate() {
        let next_trig = trigs.get(n + 1).map_or(s.last, |x| x.first);
        let prev_trig = if n > 0 { trigs[n - 1].last } else { s.first };
        let clause_start = breaks
            .iter()
            .copied()
            .filter(|&b| b < t.first)
            .max()
            .map_or(prev_trig, |b| b.max(prev_trig));
        let mut clause_end = breaks
            .iter()
            .copied()
            .find(|&b| b >= t.last && b < next_trig)
            .unwrap_or(next_trig);
        // A noun's places follow it closely ("a hop from Caracas to Havana").
        if t.noun {
            clause_end = clause_end.min(t.last + 8);
        }
        // Places after the trigger, in its clause.
        let mut ps: Vec<(usize, Role)> = Vec::new();
        let mut has_stops = false;
        for &p in &places_here {
            let pm = &places[p];
            let inside = pm.first >= t.last && pm.first < clause_end.max(t.last);
            // "… left Zhukovsky …" is after; "from X" before the trigger in its
            // clause counts too ("From Caracas the jet flew to Havana").
            // Only when no other trigger owns it and it is not inside the
            // subject ("two aircraft from Moscow's VIP fleet arrived").
            let before = pm.first >= clause_start
                && pm.last <= t.first
                && pm.prep.as_deref() == Some("from")
                && (n == 0 || clause_start > prev_trig)
                && !descs_here.iter().any(|&d| {
                    descs[d].first < pm.first
                        && descs[d].last <= t.first
                        && descs[d].last + 3 >= pm.first
                });
            if !(inside || before) || pm.landmark {
                continue;
            }
            let prep = pm.prep.as_deref().unwrap_or("");
            // "after stops in A, B and C", "with a refuelling stop in A", "refuelled in A".
            let stops_cue = (t.first..pm.first).rev().take(8).any(|j| {
                let w = toks[j].lower.as_str();
                [
                    "stops",
                    "stop",
                    "refuelled",
                    "refueled",
                    "refuelling",
                    "refueling",
                    "stopovers",
                    "via",
                    "through",
                ]
                .contains(&w)
            });
            let role = match prep {
                "from" => Role::From,
                "to" | "into" | "onto" => {
                    if t.kind == Kind::Depart {
                        Role::Toward
                    } else {
                        Role::To
                    }
                }
                "for" | "toward" | "towards" => Role::Toward,
                "via" | "through" => Role::Via,
                "at" | "in" | "on" | "reached" | "reaching" | "called" => {
                    if stops_cue && t.kind != Kind::Stop {
                        Role::Via
                    } else if t.kind == Kind::Depart {
                        Role::From
                    } else {
                        Role::At
                    }
                }
                "left" | "leaving" | "departed" => Role::From,
                // "on the military apron of Eduardo Gomes airport".
                "of" if pm.first >= 2
                    && [
                        "apron", "tarmac", "runway", "stand", "ramp", "side", "area", "hangar",
                        "terminal", "part", "runways",
                    ]
                    .contains(&toks[pm.first - 2].lower.as_str()) =>
                {
                    if t.kind == Kind::Depart {
                        Role::From
                    } else {
                        Role::At
                    }
                }
                "and" | "," => match ps.last() {
                    Some((_, r)) => *r,
                    None => continue,
                },
                "with" => {
                    // "with Moscow as its destination", "with Guarulhos as the listed destination".
                    Role::Toward
                }
                _ => {
                    // A place right after the trigger with no preposition:
                    // "left Russia", "reached Asunción".
                    let right_after = pm.first == t.last
                        || (pm.first == t.last + 1
                            && (toks[t.last].lower == "the" || toks[t.last].is("\"")));
                    // flown "Damascus to Hmeimim": the bare place before "to X" is the start.
                    let before_to = toks
                        .get(pm.last)
                        .is_some_and(|x| x.lower == "to" || x.is("–"));
                    // "crossed Morocco": flown over, not landed in.
                    if right_after && toks[t.first].lower == "crossed" {
                        continue;
                    }
                    if right_after {
                        match t.kind {
                            Kind::Depart => Role::From,
                            Kind::Fly if before_to => Role::From,
                            _ => Role::To,
                        }
                    } else if ps.last().is_some()
                        && toks[ps.last().map(|x| places[x.0].last).unwrap_or(0)..pm.first]
                            .iter()
                            .all(|x| x.is(",") || x.lower == "and" || x.lower == "then")
                    {
                        ps.last().map(|x| x.1).unwrap_or(Role::At)
                    } else {
                        continue;
                    }
                }
            };
            // Carrying something "into" a place is arriving there; "to" is
            // often a person's destination ("taken it to Venezuela").
            if t.cargo && prep != "into" {
                continue;
            }
            if role == Role::Via {
                has_stops = true;
            }
            // "as its destination": what comes before is where it was headed.
            let dest_after = toks
                .get(pm.last..(pm.last + 5).min(s.last))
                .is_some_and(|w| {
                    w.iter()
                        .any(|x| ["destination", "bound"].contains(&x.lower.as_str()))
                });
            let role = if dest_after && role != Role::From {
                Role::Toward
            } else {
                role
            };
            ps.push((p, role));
        }
        // "the Tehran–Damascus trip": two places joined by a dash before the noun.
        if t.noun && t.kind == Kind::Fly && ps.is_empty() {
            let pair: Vec<usize> = places_here
                .iter()
                .copied()
                .filter(|&p| places[p].last <= t.first && places[p].first + 6 >= t.first)
                .collect();
            if pair.len() == 2
                && toks[places[pair[0]].last..places[pair[1]].first]
                    .iter()
                    .all(|x| x.is("–") || x.is("-") || x.lower == "to")
            {
                ps.push((pair[0], Role::From));
                ps.push((pair[1], Role::To));
            }
        }
        // "had not landed in Benghazi … but at al-Khadim": the correction stands.
        let mut factual = t.factual;
        if !factual
            && let Some(b) = (t.last..clause_end.max(t.last).min(s.last))
                .find(|&i| toks[i].lower == "but")
                .or_else(|| (t.last..next_trig.min(s.last)).find(|&i| toks[i].lower == "but"))
        {
            let negated = (t.first.saturating_sub(4)..t.first)
                .any(|j| ["not", "n't", "never"].contains(&toks[j].lower.as_str()));
            if negated {
                ps.retain(|(p, _)| places[*p].first > b);
                let more: Vec<(usize, Role)> = places_here
                    .iter()
                    .filter(|&&p| {
                        places[p].first > b
                            && places[p].first < next_trig
                            && !ps.iter().any(|x| x.0 == p)
                    })
                    .map(|&p| (p, Role::At))
                    .collect();
                ps.extend(more);
                factual = !ps.is_empty();
            }
        }
        // "there", "the same airport", "where": the story's place.
        let mut here = None;
        for i in t.last..clause_end.max(t.last).min(s.last) {
            let w = toks[i].lower.as_str();
            if w == "there" && !(i > 0 && toks[i - 1].lower == "from") {
                // "Qamishli … left the airport there": the place named before, in
                // this sentence; else where the story is.
                match places_here
                    .iter()
                    .rev()
                    .find(|&&p| places[p].last <= t.first && !places[p].landmark)
                {
                    Some(&p) if ps.is_empty() => ps.push((
                        p,
                        if t.kind == Kind::Depart {
                            Role::From
                        } else {
                            Role::At
                        },
                    )),
                    _ => here = Some(Here::There),
                }
            }
            if w == "same"
                && toks
                    .get(i + 1)
                    .is_some_and(|x| ["airport", "airfield", "base"].contains(&x.lower.as_str()))
            {
                here = Some(Here::There);
            }
        }
        // "…, where it was still parked", "the airfield, which the jet left":
        // the place before "where" or "which".
        if t.first >= 2 {
            let wpos = (prev_trig.max(s.first)..t.first).rev().find(|&i| {
                toks[i].lower == "where"
                    || (toks[i].lower == "which" && i > 0 && toks[i - 1].is(","))
            });
            if let Some(wp) = wpos
                && let Some(&p) = places_here.iter().rev().find(|&&p| places[p].last <= wp)
                && !ps.iter().any(|x| x.1 == Role::At || x.1 == Role::To)
            {
                ps.insert(0, (p, Role::At));
            }
        }
        // The aircraft: the nearest description before, in this sentence,
        // not in another clause's report; an opening participle takes the
        // subject after its comma.
        let mut agent = descs_here
            .iter()
            .copied()
            .filter(|&d| descs[d].last <= t.first)
            .filter(|&d| {
                // Not across a semicolon.
                !(descs[d].last..t.first).any(|i| toks[i].is(";"))
            })
            .max_by_key(|&d| descs[d].last);
        let opening = t.participle
            && (t.first == s.first
                || (t.first == s.first + 1
                    && ["before", "after", "on", "upon", "while"]
                        .contains(&toks[s.first].lower.as_str())));
        // A traveller named as the owner of something is not the subject
        // ("a Challenger normally used by Georgia's president turned up").
        if let Some(d) = agent
            && descs[d].person
            && descs[d].first > s.first
        {
            let owner = (descs[d].first.saturating_sub(5).max(s.first)..descs[d].first).any(|i| {
                [
                    "by", "of", "for", "to", "with", "carrying", "aboard", "used", "owned", "tied",
                    "linked",
                ]
                .contains(&toks[i].lower.as_str())
            });
            if owner {
                agent = descs_here
                    .iter()
                    .copied()
                    .filter(|&x| descs[x].last <= descs[d].first && !descs[x].person)
                    .max_by_key(|&x| descs[x].last);
            }
        }
        if (agent.is_none() || opening)
            && let Some(d) = descs_here
                .iter()
                .copied()
                .find(|&d| descs[d].first >= t.last)
            && (opening || agent.is_none() && (t.noun || descs[d].first < clause_end + 6))
        {
            agent = Some(d);
        }
        // Coordinated subjects: "two Tu-160s, an An-124 and an Il-62 landed".
        let mut agents: Vec<usize> = agent.into_iter().collect();
        while let Some(&first) = agents.first() {
            let prev = descs_here
                .iter()
                .copied()
                .filter(|&x| descs[x].last <= descs[first].first)
                .max_by_key(|&x| descs[x].last);
            match prev {
                Some(p)
                    if !descs[p].person
                        && !descs[first].person
                        && descs[p].last < descs[first].first
                        && toks[descs[p].last..descs[first].first]
                            .iter()
                            .all(|x| x.is(",") || x.lower == "and")
                        && !descs[first].bare =>
                {
                    agents.insert(0, p)
                }
                _ => break,
            }
        }
        // The date: in the trigger's clause after it, else before it in the
        // same clause, else at the head of the sentence; never a report's.
        let owner_of = |x: &Timex| -> Option<usize> {
            // The nearest predicate (trigger or report verb) before the date,
            // unless a clause break lies between: then the one after.
            let before_t = trigs
                .iter()
                .enumerate()
                .filter(|(_, tr)| tr.last <= x.first)
                .map(|(k, tr)| (k, tr.last))
                .max_by_key(|(_, e)| *e);
            let before_r = reporting.iter().copied().filter(|&r| r < x.first).max();
            let brk_between = |a: usize, b: usize| breaks.iter().any(|&k| k >= a && k < b);
            // Forward, past a relative clause's pluperfect ("the Antonov that
            // had spent three days in Manaus touched down").
            let relative = |tr: &Trigger| {
                tr.perfect
                    && tr.first >= 2
                    && ["that", "which", "who"].contains(&toks[tr.first - 2].lower.as_str())
            };
            let after_t = trigs
                .iter()
                .enumerate()
                .find(|(_, tr)| tr.first >= x.last && !relative(tr))
                .map(|(k, tr)| (k, tr.first));
            match (before_t, before_r) {
                (Some((k, e)), r) if r.is_none_or(|r| r < e) && !brk_between(e, x.first) => Some(k),
                (_, Some(r))
                    if before_t.is_none_or(|(_, e)| r >= e) && !brk_between(r, x.first) =>
                {
                    None
                }
                _ => match after_t {
                    // "It was followed the next day, 3 November, by another
                    // Il-76, which also landed": the only movement is after.
                    Some((k, f))
                        if (!brk_between(x.last, f) || before_t.is_none())
                            && !reporting.iter().any(|&r| r >= x.last && r < f) =>
                    {
                        Some(k)
                    }
                    _ => before_t
                        .filter(|(_, e)| {
                            !reporting.iter().any(|&r| r > *e && r < x.first)
                                && !brk_between(*e, x.first)
                        })
                        .map(|(k, _)| k),
                },
            }
        };
        let timex = timex_here
            .iter()
            .copied()
            .filter(|&x| owner_of(&timexes[x]) == Some(n))
            .min_by_key(|&x| {
                // Prefer the date after the trigger, nearest first.
                let tx = &timexes[x];
                if tx.first >= t.last {
                    tx.first - t.last
                } else {
                    1000 + t.first - tx.last
                }
            });
        // "for three days", "two nights": a stay's length.
        let mut stay_days = None;
        let mut stay_hours = false;
        if matches!(t.kind, Kind::Stay | Kind::Stop) {
            let from = clause_start.min(t.first);
            for i in from..clause_end.max(t.last).min(s.last) {
                if ["hours", "hour", "minutes"].contains(&toks[i].lower.as_str())
                    && !toks.get(i + 1).is_some_and(|x| {
                        ["later", "after", "ago", "before", "earlier"].contains(&x.lower.as_str())
                    })
                {
                    stay_hours = true;
                }
            }
            // "for three days", "For a whole day the aircraft just sat", "almost a
            // full day after it touched down, … was still parked".
            for i in from..clause_end.max(t.last).min(s.last) {
                let w = toks[i].lower.as_str();
                if ["days", "day", "nights", "night"].contains(&w) && i > from {
                    let since_arrival = toks.get(i + 1).is_some_and(|x| x.lower == "after")
                        && (i + 2..(i + 6).min(s.last)).any(|j| {
                            ["arrived", "landed", "touched", "arrival", "landing"]
                                .contains(&toks[j].lower.as_str())
                        });
                    let n = match toks[i - 1].lower.as_str() {
                        "a" | "one" | "full" | "whole" | "entire" => 1,
                        "two" => 2,
                        "three" => 3,
                        "four" => 4,
                        "five" => 5,
                        "six" => 6,
                        "seven" => 7,
                        x => x.parse().unwrap_or(0),
                    };
                    if n > 0
                        && (since_arrival
                            || !(i + 1 < s.last
                                && ["later", "after", "ago", "before", "earlier"]
                                    .contains(&toks[i + 1].lower.as_str())))
                    {
                        stay_days = Some(n);
                    }
                }
            }
        }
        let mut trig = t.clone();
        trig.factual = factual;
        // Weak words move an aircraft only when the sentence names one
        // ("the Il-76 continued to Bogotá", not "the withdrawal continued").
        let weak = ["continued", "came", "went", "carried", "crossed"]
            .contains(&toks[t.first].lower.as_str());
        if weak && agents.is_empty() {
            trig.factual = false;
        }
        // "each arrival", "any landing": no one movement.
        if t.noun
            && t.first > s.first
            && ["each", "every", "any", "no", "such"].contains(&toks[t.first - 1].lower.as_str())
        {
            trig.factual = false;
        }
        out.push(Frame {
            sentence: sn,
            trig,
            agents,
            places: ps,
            here,
            timex,
            stay_days,
            stay_hours,
            has_stops,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::text::parse;

    /// (trigger words, kind, factual) of each trigger in `text`.
    fn trigs(text: &str) -> Vec<(String, Kind, bool)> {
        let doc = parse(text);
        doc.sentences
            .iter()
            .flat_map(|s| triggers(&doc, s))
            .map(|t| {
                let w: Vec<&str> = doc.toks[t.first..t.last]
                    .iter()
                    .map(|x| x.lower.as_str())
                    .collect();
                (w.join(" "), t.kind, t.factual)
            })
            .collect()
    }

    #[test]
    fn multi_word_triggers_and_their_kinds() {
        assert_eq!(
            trigs("It touched down, took it off again and was back on the ground at noon."),
            [
                ("touched down".to_string(), Kind::Arrive, true),
                ("took it off".to_string(), Kind::Depart, true),
                ("was back on the ground".to_string(), Kind::Arrive, true),
            ]
        );
        assert_eq!(trigs("It made a stopover in Baku.")[0].1, Kind::Stop);
        assert_eq!(trigs("It stayed parked there.").len(), 1);
    }

    #[test]
    fn plans_habits_hedges_and_negations_are_not_facts() {
        for text in [
            "It is expected to land in Havana.",
            "It was supposed to leave on Thursday.",
            "Such planes usually fly to Caracas.",
            "The bombers most likely flew from Engels.",
            "It could not land at Maiquetía.",
            "The jet lands there every week.",
            "It has been to Caracas before.",
            "The airline has flown at least 41 charters to Libya.",
            "Did it land in Caracas?",
        ] {
            assert!(
                trigs(text).iter().all(|t| !t.2),
                "{text}: {:?}",
                trigs(text)
            );
        }
        // A negation stays with its own verb.
        let t = trigs("It could not land at Maiquetía and diverted to Valencia.");
        assert_eq!((t[0].2, t[1].2), (false, true));
        // "had to make an emergency landing" is a fact.
        assert!(trigs("The jet had to make an emergency landing in Cairo.")[0].2);
    }
}
