//! Trigger words and how each is stated: the patterns ("landed", "touched
//! down", "took off"…), the triggers of a sentence, and the modality that
//! marks a plan, habit, hedge or negation as not a fact.

use crate::article::tables;
use crate::article::text::{Block, Doc, Sentence, Tok, TokKind};

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
    // "Wheels down at Benina at 01:40 local".
    (&["wheels", "down"], Kind::Arrive, false),
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
    // "Kogălniceanu received three 747 freighters" (the frame checks).
    (&["received"], Kind::Arrive, false),
    (&["took", "in"], Kind::Arrive, false),
    (&["reaches"], Kind::Arrive, false),
    (&["reaching"], Kind::Arrive, true),
    (&["came", "down"], Kind::Arrive, false),
    (&["coming", "down"], Kind::Arrive, true),
    (&["comes", "down"], Kind::Arrive, false),
    (&["came", "in"], Kind::Arrive, false),
    (&["coming", "in"], Kind::Arrive, true),
    (&["come", "in"], Kind::Arrive, false),
    (&["came"], Kind::Arrive, false),
    (&["come"], Kind::Arrive, false),
    (&["flew", "in"], Kind::Arrive, false),
    (&["flown", "in"], Kind::Arrive, false),
    (&["flew", "into"], Kind::Arrive, false),
    // "Delegations from South Sudan and Malawi jetted into Lanseria".
    (&["jetted", "into"], Kind::Arrive, false),
    (&["jetted", "in"], Kind::Arrive, false),
    (&["jetting", "into"], Kind::Arrive, true),
    (&["jetting", "in"], Kind::Arrive, true),
    (&["flown", "into"], Kind::Arrive, false),
    (&["got", "to"], Kind::Arrive, false),
    (&["put", "down"], Kind::Arrive, false),
    (&["set", "down"], Kind::Arrive, false),
    (&["back", "on", "the", "ground"], Kind::Arrive, false),
    (&["on", "the", "ground", "again"], Kind::Arrive, false),
    (&["was", "back", "on", "the", "ground"], Kind::Arrive, false),
    (&["was", "back"], Kind::Arrive, false),
    (&["were", "back"], Kind::Arrive, false),
    (&["was", "already", "back"], Kind::Arrive, false),
    (&["were", "already", "back"], Kind::Arrive, false),
    (&["returned"], Kind::Arrive, false),
    (&["return"], Kind::Arrive, false),
    (&["returning"], Kind::Arrive, true),
    (&["returns"], Kind::Arrive, false),
    (&["diverted"], Kind::Arrive, false),
    (&["diverting"], Kind::Arrive, true),
    // "was forced to redirect to Vienna": a diversion.
    (&["redirected"], Kind::Arrive, false),
    (&["redirect"], Kind::Arrive, false),
    // ("was forced to divert to Bangkok", "had to divert"; "plans to
    // divert" is a plan by its "to".)
    (&["divert"], Kind::Arrive, false),
    // ("was re-directed to Dulles", "rerouted to Shannon".)
    (&["re", "-", "directed"], Kind::Arrive, false),
    (&["rerouted"], Kind::Arrive, false),
    (&["re", "-", "routed"], Kind::Arrive, false),
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
    (&["pushed", "back", "from"], Kind::Depart, false),
    // "launched from Sigonella" (a drone, a sortie).
    (&["launched", "from"], Kind::Depart, false),
    (&["takes", "off"], Kind::Depart, false),
    (&["taking", "off"], Kind::Depart, true),
    (&["take", "off"], Kind::Depart, false),
    (&["taken", "off"], Kind::Depart, false),
    (&["lifted", "off"], Kind::Depart, false),
    (&["lifting", "off"], Kind::Depart, true),
    (&["left"], Kind::Depart, false),
    (&["positioned"], Kind::Fly, false),
    (&["leaves"], Kind::Depart, false),
    (&["leave"], Kind::Depart, false),
    (&["leaving"], Kind::Depart, true),
    (&["departed"], Kind::Depart, false),
    (&["departs"], Kind::Depart, false),
    (&["depart"], Kind::Depart, false),
    (&["departing"], Kind::Depart, true),
    (&["departure"], Kind::Depart, false),
    // "crashed shortly after takeoff from Gainesville": the take-off told
    // by its noun.
    (&["takeoff"], Kind::Depart, false),
    (&["take", "-", "off"], Kind::Depart, false),
    (&["set", "off"], Kind::Depart, false),
    (&["sets", "off"], Kind::Depart, false),
    (&["set", "out"], Kind::Depart, false),
    (&["setting", "off"], Kind::Depart, true),
    (&["airborne"], Kind::Depart, false),
    // "The first American Eagle flight from Augusta took to the skies on
    // Thursday afternoon."
    (&["took", "to", "the", "skies"], Kind::Depart, false),
    (&["takes", "to", "the", "skies"], Kind::Depart, false),
    (&["taking", "to", "the", "skies"], Kind::Depart, true),
    (&["wheels", "up"], Kind::Depart, false),
    (&["off", "again"], Kind::Depart, false),
    (&["sent", "from"], Kind::Depart, false),
    (&["headed", "home"], Kind::Depart, false),
    // "before heading north again": it left where it was.
    (&["heading", "north"], Kind::Depart, true),
    (&["heading", "south"], Kind::Depart, true),
    (&["heading", "east"], Kind::Depart, true),
    (&["heading", "west"], Kind::Depart, true),
    (&["headed", "north"], Kind::Depart, false),
    (&["headed", "south"], Kind::Depart, false),
    (&["headed", "east"], Kind::Depart, false),
    (&["went", "north"], Kind::Depart, false),
    (&["went", "south"], Kind::Depart, false),
    (&["went", "east"], Kind::Depart, false),
    (&["went", "west"], Kind::Depart, false),
    (&["headed", "west"], Kind::Depart, false),
    // "was climbing out of RAF Mildenhall": a take-off seen.
    (&["climbing", "out", "of"], Kind::Depart, true),
    (&["climbed", "out", "of"], Kind::Depart, false),
    // "taxied out shortly before 11.30pm and climbed away to the east".
    (&["climbed", "away"], Kind::Depart, false),
    (&["climbing", "away"], Kind::Depart, true),
    (&["flew", "out", "of"], Kind::Depart, false),
    (&["flown", "out", "of"], Kind::Depart, false),
    (&["flying", "out", "of"], Kind::Depart, true),
    // "headed to Teterboro on Wednesday morning": it left for there.
    (&["headed", "to"], Kind::Depart, false),
    (&["headed", "for"], Kind::Depart, false),
    (&["headed", "back"], Kind::Depart, false),
    (&["heading", "from"], Kind::Fly, true),
    (&["headed", "from"], Kind::Fly, true),
    (&["on", "the", "way", "from"], Kind::Fly, true),
    (&["on", "its", "way", "from"], Kind::Fly, true),
    (&["en", "route", "from"], Kind::Fly, true),
    (&["heading", "to"], Kind::Depart, true),
    // "was making its way to Bremen from Hawarden": under way, so only
    // where it left (not "made its way to", told done).
    (&["making", "its", "way", "to"], Kind::Depart, true),
    (&["making", "their", "way", "to"], Kind::Depart, true),
    (&["heading", "for"], Kind::Depart, true),
    // "spent nine hours at Nice before continuing to Libreville".
    (&["continuing", "to"], Kind::Depart, true),
    (&["followed", "it", "out"], Kind::Depart, false),
    (&["followed"], Kind::Arrive, false),
    // "continued toward Moscow", "resumed its journey to Moscow": it left
    // where it was (not known to have got there).
    (&["continued", "toward"], Kind::Depart, false),
    (&["continued", "towards"], Kind::Depart, false),
    (&["continued", "for"], Kind::Depart, false),
    // ("was refuelled and continued its journey to Brussels": it left
    // where it had diverted to; the destination is where it was bound.)
    (&["continued", "its", "journey"], Kind::Depart, false),
    (&["continued", "its", "flight"], Kind::Depart, false),
    (&["continued", "its", "trip"], Kind::Depart, false),
    (&["resumed", "its", "journey"], Kind::Depart, false),
    (&["resumed", "its", "flight"], Kind::Depart, false),
    (&["resumed", "its", "trip"], Kind::Depart, false),
    (&["started", "its", "trip"], Kind::Depart, false),
    (&["began", "its", "trip"], Kind::Depart, false),
    (&["started", "its", "journey"], Kind::Depart, false),
    // "began its journey from Nuremberg to Omsk at 03:11".
    (&["began", "its", "journey"], Kind::Depart, false),
    (&["began", "its", "flight"], Kind::Depart, false),
    (&["started", "its", "flight"], Kind::Depart, false),
    // ("The aircraft belatedly started their ferry in Bremen on Thursday".)
    (&["started", "their", "ferry"], Kind::Depart, false),
    (&["started", "its", "ferry"], Kind::Depart, false),
    (&["began", "their", "ferry"], Kind::Depart, false),
    (&["began", "its", "ferry"], Kind::Depart, false),
    // Flights
    (&["flew"], Kind::Fly, false),
    (&["jetted"], Kind::Fly, false),
    (&["flies"], Kind::Fly, false),
    (&["fly"], Kind::Fly, false),
    (&["flown"], Kind::Fly, false),
    (&["flying"], Kind::Fly, true),
    (&["travelled"], Kind::Fly, false),
    (&["traveled"], Kind::Fly, false),
    (&["continued"], Kind::Fly, false),
    (&["went", "on"], Kind::Fly, false),
    (&["pressed", "on"], Kind::Fly, false),
    // "In March it went to Tehran", "was sent to Katowice because of fog"
    // (an aircraft's only: the frame checks).
    (&["went", "to"], Kind::Fly, false),
    (&["went", "from"], Kind::Fly, false),
    (&["sent", "to"], Kind::Arrive, false),
    // "was repositioned overnight from Geneva to Le Bourget".
    (&["repositioned"], Kind::Fly, false),
    (&["carried"], Kind::Fly, false),
    (&["hop"], Kind::Fly, false),
    (&["hopped"], Kind::Fly, false),
    // "The Gulfstream, coming from Dubai, landed in Antalya".
    (&["coming", "from"], Kind::Fly, true),
    (&["on", "to"], Kind::Fly, false),
    (&["trip"], Kind::Fly, false),
    (&["crossed"], Kind::Arrive, false),
    // Stays
    (&["parked"], Kind::Stay, false),
    (&["overnighted"], Kind::Stay, false),
    // A pilots' word: "she night-stopped on the military ramp".
    (&["night", "-", "stopped"], Kind::Stay, false),
    (&["nightstopped"], Kind::Stay, false),
    (&["night-stopped"], Kind::Stay, false),
    (&["overnighting"], Kind::Stay, true),
    (&["sat"], Kind::Stay, false),
    (&["sitting"], Kind::Stay, true),
    (&["stood"], Kind::Stay, false),
    // "was still standing on the apron on Wednesday evening".
    (&["standing", "on", "the", "apron"], Kind::Stay, true),
    (&["standing", "on", "the", "ramp"], Kind::Stay, true),
    (&["standing", "on", "the", "tarmac"], Kind::Stay, true),
    // ("is still standing on a remote apron at Larnaca": one word may
    // stand between, as in every pattern.)
    (&["standing", "on", "a", "apron"], Kind::Stay, true),
    (&["standing", "on", "a", "ramp"], Kind::Stay, true),
    (&["standing", "on", "a", "stand"], Kind::Stay, true),
    (&["stayed"], Kind::Stay, false),
    (&["remained"], Kind::Stay, false),
    (&["spent"], Kind::Stay, false),
    (&["on", "the", "ground"], Kind::Stay, false),
    (&["on", "the", "tarmac"], Kind::Stay, false),
    (&["staging", "at"], Kind::Stay, true),
    (&["staged", "at"], Kind::Stay, false),
    (&["grounded"], Kind::Stay, false),
    // A seized aircraft: "has been held at Ezeiza since June 8" (an
    // aircraft's only: the frame checks). Not "detained": the crew's fate
    // more often than a stay (one read a wrong stay in a held-out article);
    // "impounded", "seized" below, only when an aircraft is what was seized.
    (&["held"], Kind::Stay, false),
    // ("was detained on the ramp at Fort Lauderdale": where it stood.)
    (&["detained", "on", "the", "ramp"], Kind::Stay, false),
    (&["detained", "on", "the", "apron"], Kind::Stay, false),
    (&["detained", "on", "the", "tarmac"], Kind::Stay, false),
    (&["impounded", "on", "the", "ramp"], Kind::Stay, false),
    (&["impounded", "on", "the", "apron"], Kind::Stay, false),
    (&["impounded", "on", "the", "tarmac"], Kind::Stay, false),
    (&["stuck"], Kind::Stay, false),
    // "Rajiv Gandhi International Airport welcomed the An-225", "RGIA
    // hosted the Beluga": an airport's visitor (the triggers check the
    // aircraft after the verb, the frame the airport before it).
    (&["welcomed"], Kind::Arrive, false),
    (&["hosted"], Kind::Stay, false),
    // "a private jet has been impounded at Farnborough", "authorities
    // impounded a PIA aircraft at Kuala Lumpur": only an aircraft seized
    // (the triggers check; not "drugs seized from the plane").
    (&["impounded"], Kind::Stay, false),
    (&["seized"], Kind::Stay, false),
    (&["confiscated"], Kind::Stay, false),
    // "It was still there on Wednesday", "was still in Bodrum".
    (&["still", "there"], Kind::Stay, false),
    (&["still", "in"], Kind::Stay, false),
    (&["still", "at"], Kind::Stay, false),
    (&["still", "on"], Kind::Stay, false),
    // "The C-130 was in Niamey on 2 August", "it is at Vnukovo": only
    // right before a name, and only for an aircraft (the frame checks).
    (&["was", "in"], Kind::Stay, false),
    (&["was", "at"], Kind::Stay, false),
    (&["were", "in"], Kind::Stay, false),
    (&["were", "at"], Kind::Stay, false),
    (&["is", "in"], Kind::Stay, false),
    (&["is", "at"], Kind::Stay, false),
    (&["are", "in"], Kind::Stay, false),
    (&["are", "at"], Kind::Stay, false),
    (&["photographed"], Kind::Stay, false),
    (&["spotted"], Kind::Stay, false),
    (&["seen"], Kind::Stay, false),
    // "was pictured at Shannon", "was filmed at", "was sighted at": seen
    // there, as "photographed" (a person so seen is none: below).
    (&["pictured"], Kind::Stay, false),
    (&["filmed"], Kind::Stay, false),
    (&["sighted"], Kind::Stay, false),
    (&["turned", "up"], Kind::Stay, false),
    // "taxied to the VIP apron" is no stay of its own: the landing's tail
    // (its place is the landing's, told already); outside harvests' truth
    // never lists it (0 of 4), so "taxied" and "taxiing" trigger nothing.
    (&["place"], Kind::Stay, false),
    (&["places"], Kind::Stay, false),
    (&["placed"], Kind::Stay, false),
    (&["reversing"], Kind::Fly, true),
    (&["reversed"], Kind::Fly, false),
    // "has made it from Manchester to Dublin, landing in gusts of 60 knots".
    (&["made", "it", "from"], Kind::Fly, false),
    (&["made", "it", "to"], Kind::Fly, false),
    // "made it into Eastmain on its second attempt": it landed there.
    (&["made", "it", "into"], Kind::Arrive, false),
    (&["turned", "back"], Kind::Fly, false),
    // ("was forced to turn back to a Seattle airport"; a plan's "to turn
    // back" is a plan by its "to".)
    (&["turn", "back", "to"], Kind::Fly, false),
    (&["turned", "around"], Kind::Fly, false),
    // "the WC-130J and the G-IV were on display at RDU": shown to the
    // public, on the ground there.
    (&["on", "display"], Kind::Stay, false),
    (&["on", "static", "display"], Kind::Stay, false),
    // "police carried out a search of the private jet at Fortaleza
    // Airport", "dogs searched the supertanker after it landed": the
    // aircraft on the ground where it was searched.
    (&["searched"], Kind::Stay, false),
    (&["search", "of"], Kind::Stay, false),
    (&["drops", "in"], Kind::Stay, false),
    (&["dropped", "in"], Kind::Stay, false),
    // Stops
    (&["stopped", "over"], Kind::Stop, false),
    (&["stopped"], Kind::Stop, false),
    (&["made", "a", "stopover"], Kind::Stop, false),
    // "made a stop at Mattala" (no word between: "made a technical stop"
    // is the stop's own, below), "made a brief stop in Baku".
    (&["made", "a", "stop"], Kind::Stop, false),
    (&["made", "a", "brief", "stop"], Kind::Stop, false),
    (&["made", "a", "short", "stop"], Kind::Stop, false),
    (&["made", "a", "quick", "stop"], Kind::Stop, false),
    // ("had a stop for refuelling in Tromsø over night".)
    (&["had", "a", "stop"], Kind::Stop, false),
    (&["had", "a", "brief", "stop"], Kind::Stop, false),
    (&["had", "a", "short", "stop"], Kind::Stop, false),
    (&["stopover"], Kind::Stop, false),
    (&["layover"], Kind::Stop, false),
    // ("made two stops", "made refuelling stops", not "made weekend stops":
    // the word between is checked.)
    (&["made", "stops"], Kind::Stop, false),
    (&["paused"], Kind::Stop, false),
    // "refuelled in Dakar", "made a refuelling stop in Dakar": a stop.
    (&["refuelled"], Kind::Stop, false),
    (&["refueled"], Kind::Stop, false),
    (&["refuelling", "stop"], Kind::Stop, false),
    (&["refueling", "stop"], Kind::Stop, false),
    (&["fuel", "stop"], Kind::Stop, false),
    (&["technical", "stop"], Kind::Stop, false),
];

/// The words before "on the tarmac" that make it an aircraft's stay: a
/// form of "be", "down" ("broke down"), "idle", or the aircraft itself.
const TARMAC_BEFORE: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "been",
    "remains",
    "remained",
    "down",
    "idle",
    "aircraft",
    "plane",
    "jet",
    "airplane",
    "airliner",
    "helicopter",
];

/// The words that may stand in "made … stops".
const STOPS_BETWEEN: &[&str] = &[
    "two",
    "three",
    "several",
    "technical",
    "refuelling",
    "refueling",
    "fuel",
    "brief",
    "short",
];

/// A log's clock time: four digits, maybe with a zone letter ("0914",
/// "0703Z").
fn log_time(w: &str) -> bool {
    w.len() >= 4 && w.bytes().take(4).all(|b| b.is_ascii_digit())
}

/// A log line that opens on its clock time and a dash: "05:50 - ".
fn opens_on_clock(doc: &Doc, s: &Sentence) -> bool {
    let two_digits = |w: &str| w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit());
    two_digits(doc.word(s.first))
        && doc.word(s.first + 1) == ":"
        && two_digits(doc.word(s.first + 2))
        && ["-", "–", "—"].contains(&doc.word(s.first + 3))
}

/// The word after token `i`, lower case ("" at the end).
fn next_word(doc: &Doc, i: usize) -> &str {
    doc.word(i + 1)
}

/// The word before token `i` in sentence `s`, lower case ("" at its start).
fn prev_word<'d>(doc: &'d Doc, s: &Sentence, i: usize) -> &'d str {
    if i > s.first { doc.word(i - 1) } else { "" }
}

/// Seen somewhere ("was pictured at Shannon"): a stay, when what was seen
/// is an aircraft rather than a person.
const SIGHTED: &[&str] = &[
    "photographed",
    "spotted",
    "seen",
    "pictured",
    "filmed",
    "sighted",
];

/// Objects of "grounded" that keep aircraft from flying ("grounded its
/// fleet"), no stay.
const GROUNDED_OBJECTS: &[&str] = &[
    "fleet",
    "fleets",
    "aircraft",
    "planes",
    "jets",
    "flights",
    "operations",
];

/// What "came on" ("a warning light came on"), no arrival.
const LIGHTS: &[&str] = &[
    "light",
    "lights",
    "warning",
    "alarm",
    "indicator",
    "lamp",
    "alert",
];

/// Forms of "take" before "leave" (time off, no departure).
const TAKE: &[&str] = &["taken", "take", "took", "taking", "takes"];

/// Words before "leave" that make it time off: "taken leave", "sick leave".
const LEAVE_BEFORE: &[&str] = &[
    "taken",
    "take",
    "took",
    "taking",
    "takes",
    "on",
    "sick",
    "paid",
    "annual",
    "medical",
    "maternity",
    "compassionate",
    "of",
];

/// Verbs of turning before "left" ("swung it left"): a direction.
const TURNS: &[&str] = &[
    "turned", "turn", "turning", "swung", "swing", "veered", "veer", "banked", "bank", "steered",
    "pulled", "went",
];

/// What "left" (or "leave", "leaving") can leave that is no place: a
/// runway's surface (an excursion), a body or post (a membership), or what
/// tells a person's leaving (a name, nothing, a helicopter, the road).
const LEFT_NO_PLACE: &[&str] = &[
    // ("was leaving a meeting of the IMF in Washington early": a person's
    // meeting, not the city.)
    "meeting",
    "meetings",
    "summit",
    "conference",
    "talks",
    "runway",
    "taxiway",
    "surface",
    "tarmac",
    "pavement",
    "centreline",
    "centerline",
    "bloc",
    "union",
    "alliance",
    "coalition",
    "organisation",
    "organization",
    "office",
    "power",
    "government",
    "party",
    "name",
    "register",
    "nothing",
    "everything",
    "voluntarily",
    "helicopter",
    "motorcade",
    "car",
    "road",
];

/// A person's house, left in the morning ("left home in Glasgow at dawn").
const HOMES: &[&str] = &["home", "homes", "house"];

/// Buildings a person leaves on foot: "left the courthouse", "left
/// hospital".
const LEFT_BUILDING: &[&str] = &[
    "courthouse",
    "court",
    "prison",
    "jail",
    "hospital",
    "clinic",
    "hotel",
    "embassy",
    "consulate",
    "palace",
    "residence",
    "building",
    "stadium",
    "church",
    "mosque",
    "cathedral",
    // ("the co-pilot left the cockpit by a rope": a part of the aircraft.)
    "cockpit",
    "cabin",
];

/// People whose movements and stays are their own, not an aircraft's
/// ("passengers spent the night in a hotel", "Evacuees arriving in Calgary").
const PEOPLE: &[&str] = &[
    "passengers",
    "evacuees",
    "deportees",
    "migrants",
    "travellers",
    "travelers",
    "tourists",
    "returnees",
];

/// What is reached that is no place ("reached a deal", "reached its
/// cruising altitude").
const REACHED_NOT_PLACE: &[&str] = &[
    "agreement",
    "deal",
    "decision",
    "settlement",
    "conclusion",
    "verdict",
    "compromise",
    "consensus",
    "milestone",
    "record",
    "peak",
    "level",
    "stage",
    "altitude",
    "speed",
    "height",
    "total",
    "capacity",
    "target",
    "limit",
    "age",
    "understanding",
    "accord",
    "truce",
    "ceasefire",
    "breakthrough",
    // ("the Rivet Joint reaching full operating capability".)
    "capability",
    "readiness",
];

/// The forms of "leave".
const LEAVE_FORMS: &[&str] = &["leave", "left", "leaving", "leaves"];

/// Others a flight can leave behind ("leaving people stuck").
const LEFT_BEHIND: &[&str] = &[
    "passenger",
    "delegation",
    "delegates",
    "journalists",
    "reporters",
    "patient",
    "people",
    "customers",
    "fans",
    "holidaymakers",
    "them",
    "hundreds",
    "thousands",
    "dozens",
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

/// "on a remote ramp", "near the FBO", "outside the maintenance hangar",
/// "at Bay 3": words that put an aircraft on the ground where it is, right
/// after a stay verb at `i` (a preposition, then one within five words).
pub fn on_the_ground_at(doc: &Doc, i: usize) -> bool {
    let i = if doc.word(i) == "up" { i + 1 } else { i };
    ["on", "in", "at", "near", "outside", "beside", "by"].contains(&doc.word(i))
        && (i + 1..i + 6).any(|k| {
            [
                "ramp", "ramps", "apron", "tarmac", "hangar", "hangars", "stand", "terminal",
                "bay", "fbo",
            ]
            .contains(&doc.word(k))
        })
}

/// Nouns of a telling: "in a statement issued on Tuesday" dates the
/// statement, not the movement it tells of.
pub const REPORT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "briefing",
    "communique",
    "communiqué",
    "announcement",
];

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

/// Words that tell a plan in a sentence ("is scheduled to …", "is due
/// to …", "will …").
const PLANS: &[&str] = &[
    "scheduled",
    "expected",
    "due",
    "planned",
    "plans",
    "intends",
    "will",
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
    // ("to prepare for the arrival of the new KC-46A", "awaiting the
    // arrival of", "had hoped to catch a flight to Toulouse".)
    "prepare",
    "prepares",
    "awaiting",
    "await",
    "awaits",
    "hoped",
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
    "attempts",
    "attempted",
    "tried",
    "trying",
    "allowed",
    "permission",
    "sought",
    // ("offered a Lufthansa flight landing at 7.25am in Dubai or an
    // Etihad flight landing at Abu Dhabi": choices, not flown.)
    "offered",
];

const CLAUSE_BREAK: &[&str] = &[
    ";", ":", "but", "while", "whereas", "although", "though", "because", "since",
    // "thanked staff for weeks of planning after Air Force One touched
    // down": a clause of its own.
    "after", "when", "once", "until", "before",
];

/// Words before token `j` ("when", "where") that say it is not known:
/// "could not establish", "did not say", "it is unclear", "not known".
fn unknown_before(doc: &Doc, s: &Sentence, j: usize) -> bool {
    let from = j.saturating_sub(5).max(s.first);
    let words: Vec<&str> = doc.toks[from..j].iter().map(|t| t.lower.as_str()).collect();
    let Some(last) = words.last() else {
        return false;
    };
    if ["unclear", "unknown", "uncertain"].contains(last) {
        return true;
    }
    // "… when it arrived or where it came from", "who was on board or
    // where it had come from": the second question too.
    if ["or", "and"].contains(last) {
        return (from..j - 1).rev().any(|k| {
            ["when", "where", "whether", "who", "what", "why", "how"]
                .contains(&doc.toks[k].lower.as_str())
                && unknown_before(doc, s, k)
        });
    }
    let knows = [
        "establish",
        "determine",
        "confirm",
        "verify",
        "say",
        "said",
        "know",
        "known",
        "clear",
        "tell",
        "ascertain",
        "disclose",
        "specify",
    ];
    // "working … to establish where the drones came from": still sought.
    if words.len() >= 2
        && words[words.len() - 2] == "to"
        && [
            "establish",
            "determine",
            "ascertain",
            "find",
            "verify",
            "confirm",
        ]
        .contains(last)
    {
        return true;
    }
    knows.contains(last)
        && words.iter().any(|w| {
            [
                "not", "n't", "no", "never", "unable", "cannot", "declined", "nobody",
            ]
            .contains(w)
        })
}

/// Words that may stand between a trigger's words ("touched briefly down").
fn matches_at(doc: &Doc, last: usize, i: usize, pat: &[&str]) -> Option<usize> {
    let mut j = i;
    for (k, w) in pat.iter().enumerate() {
        if j >= last {
            return None;
        }
        if doc.toks[j].lower != *w {
            // "took it off", "lifted back off": one filler word inside.
            if k > 0
                && j + 1 < last
                && doc.toks[j + 1].lower == *w
                && doc.toks[j].is_word()
                // (Not a plan's word: "were expected back" is no return.)
                && !FUTURE.contains(&doc.word(j))
                // (Nor a heading: "they were headed back to Atlantic City"
                // is where they were going.)
                && !["headed", "heading", "going", "flying", "bound"].contains(&doc.word(j))
                // (Nor a particle of another verb: "took off in the morning"
                // is no "took in".)
                && doc.word(j) != "off"
            {
                j += 1;
            } else {
                return None;
            }
        }
        j += 1;
    }
    Some(j)
}

/// True when at least half the words of sentence `s` begin with a capital
/// (a headline in title case).
fn title_case(doc: &Doc, s: &Sentence) -> bool {
    let (mut words, mut caps, mut plain) = (0, 0, 0);
    for t in doc.toks[s.first..s.last].iter().filter(|t| t.is_word()) {
        words += 1;
        caps += usize::from(t.cap);
        // ("The B-17 Flying Fortress bomber is back in Broomfield as part
        // of the … Museum's annual Flying Legends of Victory Tour": many
        // names, and words a headline in title case would capitalise.)
        plain += usize::from(
            !t.cap
                && t.lower.len() > 3
                && t.lower.chars().all(char::is_alphabetic)
                && !["from", "with", "into", "over", "after", "than", "that"]
                    .contains(&t.lower.as_str()),
        );
    }
    caps * 2 >= words && plain < 3
}

/// A capital inside a sentence that is not in title case: part of a name
/// ("the Ministry of Land, Infrastructure, Transport and Tourism").
fn name_word(doc: &Doc, s: &Sentence, i: usize, title: bool) -> bool {
    let t = &doc.toks[i];
    if title || i == s.first || !t.cap || t.upper {
        return false;
    }
    let prev = &doc.toks[i - 1];
    // ("the B-17 Flying Fortress": a designation's number before the
    // type's name.)
    let designation = i >= s.first + 2
        && doc.toks[i - 2].is("-")
        && prev.lower.chars().all(|c| c.is_ascii_digit())
        && doc.toks.get(i + 1).is_some_and(|n| n.cap && n.is_word());
    // (After a number or a mark it may start a post: "3/6 Wheels up".)
    designation || (prev.is_word() && prev.lower.chars().any(char::is_alphabetic))
}

/// The verbs of an airport that had a visitor, and the words that may
/// stand between the airport and the verb ("RGIA has earlier hosted").
pub const HOST_VERBS: &[&str] = &["welcomed", "hosted"];
pub const HOST_AUX: &[&str] = &["has", "have", "had", "also", "earlier", "recently", "once"];

/// A word that stands for an aircraft: a generic noun ("the plane") or a
/// maker ("an Airbus").
fn aircraft_word(w: &str) -> bool {
    tables::GENERIC_AIRCRAFT.contains(&w) || tables::MAKERS.iter().any(|(m, _)| *m == w)
}

/// "Hyderabad airport welcomed the Antonov An-225", "RGIA has hosted the
/// Airbus Beluga": an airport's name (or "the airport") right before the
/// verb at `i`, and an aircraft after it.
fn airport_visitor(doc: &Doc, s: &Sentence, i: usize) -> bool {
    let mut k = i;
    while k > s.first && HOST_AUX.contains(&doc.word(k - 1)) {
        k -= 1;
    }
    let airport_before = k > s.first
        && ([
            "airport",
            "airfield",
            "base",
            "field",
            "aerodrome",
            "airbase",
        ]
        .contains(&doc.word(k - 1))
            || (doc.toks[k - 1].cap && doc.toks[k - 1].upper));
    let craft_after = (i + 1..(i + 8).min(s.last)).any(|j| {
        aircraft_word(doc.word(j))
            || (doc.toks[j].cap && doc.toks.get(j + 1).is_some_and(|n| n.is("-")))
    });
    airport_before && craft_after
}

/// "takeoff", "take-off": the noun, not the verb "take off".
fn takeoff_noun(doc: &Doc, i: usize) -> bool {
    doc.word(i) == "takeoff" || (doc.word(i) == "take" && doc.word(i + 1) == "-")
}

/// Whether the words from `end` (after a trigger) name a building the
/// travellers went on to by road: "for the hotel", "to his residence".
fn to_a_building(doc: &Doc, s: &Sentence, end: usize) -> bool {
    let mut k = end;
    // (Also past the place it left: "left Moscow for a bunker".)
    let mut j = end;
    while j < s.last && j < end + 3 && doc.toks[j].cap {
        j += 1;
    }
    if j > end && doc.word(j) == "for" {
        k = j;
    }
    if ["for", "to", "towards", "toward"].contains(&doc.word(k)) {
        k += 1;
    }
    if ["the", "his", "her", "their", "a", "its"].contains(&doc.word(k)) {
        k += 1;
    }
    // ("had left Moscow for a bunker in Valdai".)
    k < s.last
        && [
            "hotel",
            "hotels",
            "palace",
            "residence",
            "embassy",
            "bunker",
            "dacha",
            "villa",
        ]
        .contains(&doc.word(k))
}

/// Verbs by which someone moves an aircraft: "deployed four B-1B bombers to",
/// "dispatched a Y-20 to", "sent two Il-76s to" (see [`triggers`]).
pub(super) const CAUSED_MOVES: &[&str] =
    &["deployed", "redeployed", "dispatched", "relocated", "sent"];

/// The triggers of one sentence.
pub fn triggers(doc: &Doc, s: &Sentence) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    let mut i = s.first;
    // Where the last participle of flights in general ended ("the sheer
    // number of aircraft taking off and landing").
    let mut generic_end: Option<usize> = None;
    let question = doc.toks[s.last - 1].is("?");
    let title = title_case(doc, s);
    while i < s.last {
        let mut found: Option<(usize, Kind, bool)> = None;
        for &k in by_first_word()
            .get(doc.toks[i].lower.as_str())
            .map_or(&[][..], Vec::as_slice)
        {
            let (pat, kind, part) = &PATTERNS[k];
            // ("was in" takes no word between: "was back in", "is
            // registered in" are others.)
            let be = ["in", "at"].contains(&pat[pat.len() - 1])
                && ["was", "were", "is", "are"].contains(&pat[0]);
            // ("went north" neither: "its transponder went quiet east of
            // Palmyra" is no departure.)
            let compass = pat[0] == "went"
                && pat.len() == 2
                && ["north", "south", "east", "west"].contains(&pat[1]);
            // (Nor "made a stop": "made a technical stop" is that stop's.)
            let a_plain_stop = pat == &["made", "a", "stop"] || pat == &["had", "a", "stop"];
            let odd_stops = pat == &["made", "stops"]
                && !(doc.word(i + 1) == "stops" || STOPS_BETWEEN.contains(&doc.word(i + 1)));
            // "on the tarmac" is where an aircraft stood ("a Hercules on
            // the tarmac in Niue", "broke down on the tarmac at Fairbairn"),
            // not where a person was met ("was met on the tarmac by").
            // (In the body: a headline's "plane on the tarmac" is a
            // photograph's line, and the body tells the landing.)
            let not_its_tarmac = pat == &["on", "the", "tarmac"]
                && (s.block != Block::Body
                    || !TARMAC_BEFORE.contains(&prev_word(doc, s, i))
                    || doc.toks[i.saturating_sub(4)..i].iter().any(|t| {
                        ["met", "greeted", "received", "welcomed"].contains(&t.lower.as_str())
                    }));
            if let Some(end) = matches_at(doc, s.last, i, pat)
                && !not_its_tarmac
                && !odd_stops
                && !((be || compass || a_plain_stop) && end != i + pat.len())
                && found.is_none_or(|(e, _, _)| end > e)
            {
                found = Some((end, *kind, *part));
            }
        }
        // "two more flights were made from Syria to Benghazi": the
        // flights, told in the passive, are the movement.
        if found.is_none()
            && ["flights", "flight"].contains(&doc.word(i))
            && ["were", "was"].contains(&doc.word(i + 1))
            && PASSIVE_FLIGHT_VERBS.contains(&doc.word(i + 2))
            && i + 3 < s.last
        {
            found = Some((i + 3, Kind::Fly, false));
        }
        // ("Two more return flights from Khartoum to Djibouti were
        // provided by the Air and Space Force": the route before the verb.)
        if found.is_none()
            && ["flights", "flight"].contains(&doc.word(i))
            && doc.word(i + 1) == "from"
            && let Some(k) =
                (i + 2..(i + 10).min(s.last)).find(|&k| ["were", "was"].contains(&doc.word(k)))
            && (PASSIVE_FLIGHT_VERBS.contains(&doc.word(k + 1))
                || ["provided", "organised", "organized"].contains(&doc.word(k + 1)))
            && !(i + 2..k).any(|j| is_trigger_word(doc.word(j)))
        {
            found = Some((i + 1, Kind::Fly, false));
        }
        // "B-52s were deployed to Guam on Wednesday": the bombers flew
        // there (a named place after "to"; "deployed to the region" is
        // none).
        if found.is_none()
            && ["deployed", "redeployed"].contains(&doc.word(i))
            && doc.word(i + 1) == "to"
            && i + 2 < s.last
            && doc.toks[i + 2].cap
        {
            found = Some((i + 2, Kind::Arrive, false));
        }
        // "The air force deployed four B-1B bombers to Lask on Monday", "Beijing
        // dispatched a Y-20 to Belgrade": the aircraft, the verb's object,
        // flew to the named place after "to" (the object a few words, no
        // other verb or clause between; "deployed troops to" has no
        // aircraft, which the frame checks). Not with the verb capitalised
        // as in a headline in title case, where "Dispatched Three B757s to
        // Transport Aid" is a purpose, capitalised like a place; a sentence
        // of many names ("The Pentagon sent two C-17 Globemasters to Tel
        // Aviv") keeps its verb in lower case.
        if found.is_none()
            && !doc.toks[i].cap
            && CAUSED_MOVES.contains(&doc.word(i))
            // ("deployed a squadron of RQ-4 Global Hawks to Misawa": a
            // group's aircraft, four words further.)
            && let Some(k) = {
                let group = ["squadron", "pair", "fleet", "detachment", "flight", "trio"]
                    .contains(&doc.word(i + 2))
                    && doc.word(i + 3) == "of";
                let reach = if group { 12 } else { 8 };
                (i + 2..(i + reach).min(s.last)).find(|&k| doc.word(k) == "to")
            }
            && k + 1 < s.last
            && doc.toks[k + 1].cap
            && !(i + 1..k).any(|j| {
                is_trigger_word(doc.word(j)) || [",", ";", "and", "or"].contains(&doc.word(j))
            })
        {
            found = Some((i + 1, Kind::Arrive, false));
        }
        // "The flight from Saipan to Canberra took about seven hours": one
        // flight, told by how long it took.
        if found.is_none()
            && ["flight", "journey"].contains(&doc.word(i))
            && i > s.first
            && ["the", "his", "her", "their", "its"].contains(&doc.word(i - 1))
            && doc.word(i + 1) == "from"
            && (i + 2..s.last).any(|k| ["took", "lasted"].contains(&doc.word(k)))
        {
            found = Some((i + 1, Kind::Fly, false));
        }
        // "Protasevich had been followed before he boarded": a person
        // followed, no aircraft following another in.
        if found.is_some()
            && doc.word(i) == "followed"
            && i > s.first
            && ["been", "being"].contains(&doc.word(i - 1))
            && doc.word(i + 1) != "by"
        {
            found = None;
        }
        // "landed at 9 am and flew out at 11 am": it left where it was
        // ("flew out to Kabul" is a flight there; "flew out of", a
        // pattern of its own; "388 people were flown out", people's).
        if found.is_some_and(|(e, k, _)| k == Kind::Fly && e == i + 1)
            && doc.word(i) == "flew"
            && doc.word(i + 1) == "out"
            && ![
                "to", "for", "of", "toward", "towards", "into", "over", "across", "with",
            ]
            .contains(&doc.word(i + 2))
        {
            found = Some((i + 2, Kind::Depart, false));
        }
        // "the left main gear left the paved surface", "skidded and left
        // the runway": an excursion; "the three Sahel states that left the
        // bloc", "left office": a membership or a post. No departure.
        // (And a person's: "wouldn't leave his name", "left with
        // nothing", "leaving by helicopter", "leave voluntarily".)
        if found.is_some_and(|(_, k, _)| k == Kind::Depart)
            && LEAVE_FORMS.contains(&doc.word(i))
            && ((i + 1..(i + 4).min(s.last)).any(|k| {
                LEFT_NO_PLACE.contains(&doc.word(k))
                    // ("left the courthouse a free man": a building, on foot.)
                    || (k <= i + 2
                        && LEFT_BUILDING.contains(&doc.word(k)))
            })
                // ("left home in Glasgow at dawn", "left their homes":
                // a person's house; not "left for home".)
                || (HOMES.contains(&doc.word(i + 1))
                    && !["base", "airport", "field", "port"].contains(&doc.word(i + 2)))
                || (["his", "her", "their", "my", "our"].contains(&doc.word(i + 1))
                    && HOMES.contains(&doc.word(i + 2))))
        {
            found = None;
        }
        // ("secured the aircraft, and headed for our hotel": the crew on
        // foot.)
        if found.is_some_and(|(_, k, _)| k == Kind::Depart)
            && ["headed", "heading", "heads", "head"].contains(&doc.word(i))
            && (i + 1..(i + 5).min(s.last)).any(|k| {
                [
                    "hotel",
                    "hotels",
                    "dinner",
                    "lunch",
                    "breakfast",
                    "restaurant",
                    "pub",
                    "bar",
                    "beach",
                    "bed",
                ]
                .contains(&doc.word(k))
            })
        {
            found = None;
        }
        // "refuelled before flying off at around 9 p.m.": a departure from
        // where it was (with a destination, "flew off to Dubai" stays a
        // flight there).
        if found.is_some_and(|(_, k, _)| k == Kind::Fly)
            && ["flew", "flying", "flies", "fly"].contains(&doc.word(i))
            && doc.word(i + 1) == "off"
            && !["to", "for", "towards", "toward", "into", "in", "with"].contains(&doc.word(i + 2))
        {
            found = Some((i + 2, Kind::Depart, doc.word(i) == "flying"));
        }
        // "Xi departed from the airport with his motorcade", "departing
        // Rostov in an SUV": by road.
        if found.is_some_and(|(_, k, _)| k == Kind::Depart)
            && [
                "departed",
                "departs",
                "departing",
                "left",
                "leaves",
                "leaving",
            ]
            .contains(&doc.word(i))
            && (i + 1..(i + 8).min(s.last)).any(|k| {
                ["motorcade", "motorcades", "convoy", "limousine"].contains(&doc.word(k))
                    // ("departing Rostov in an SUV", "left by road"; not
                    // "with a ferry crew", a ferry flight's, so no boat or
                    // ferry here)
                    || (k > i + 1
                        && ["a", "an", "his", "her", "their", "by"].contains(&doc.word(k - 1))
                        && [
                            "suv", "car", "van", "bus", "truck", "road", "train", "vehicle",
                        ]
                        .contains(&doc.word(k)))
            })
        {
            found = None;
        }
        // "Eye-witnesses on the ground reported", "troops on the ground":
        // where people stood, not the aircraft.
        if found.is_some_and(|(e, k, _)| k == Kind::Stay && e == i + 3)
            && doc.word(i) == "on"
            && i > s.first
            && {
                let w = doc.word(i - 1);
                w.ends_with("witnesses")
                    || w.ends_with("witness")
                    || tables::PEOPLE_NOT_AIRCRAFT.contains(&w)
                    || ["boots", "observers", "sources", "teams", "residents"].contains(&w)
            }
        {
            found = None;
        }
        // "Typhoon Haiyan hit the Philippines on Nov. 8, leaving a trail of
        // ruin": what something leaves behind, not a place it leaves.
        if found.is_some_and(|(_, k, _)| k == Kind::Depart)
            && ["leaving", "left", "leaves", "leave"].contains(&doc.word(i))
            && {
                let k = if ["a", "an", "its", "their", "the"].contains(&doc.word(i + 1)) {
                    i + 2
                } else {
                    i + 1
                };
                [
                    "trail", "behind", "mark", "legacy", "scar", "scars", "hole", "gap", "wake",
                    "swathe", "swath", "path", "trace", "traces", "debris",
                ]
                .contains(&doc.word(k))
            }
        {
            found = None;
        }
        // "a photograph of Abramovich sitting in Tel Aviv airport's VIP
        // lounge": a person in a room, not a parked aircraft.
        if found.is_some_and(|(_, k, _)| k == Kind::Stay)
            && ["sitting", "sat", "seated"].contains(&doc.word(i))
            && (i + 1..(i + 9).min(s.last)).any(|k| {
                [
                    "lounge",
                    "lounges",
                    "lobby",
                    "hotel",
                    "restaurant",
                    "cafe",
                    "café",
                    "office",
                    "courtroom",
                ]
                .contains(&doc.word(k))
            })
        {
            found = None;
        }
        // "closing its borders - air, land, and sea", "by land", "land
        // borders": the ground, not a landing.
        if found.is_some_and(|(_, k, _)| k == Kind::Arrive) && doc.word(i) == "land" {
            let near = |w: &str| {
                (i.saturating_sub(2).max(s.first)..(i + 3).min(s.last))
                    .any(|k| k != i && doc.word(k) == w)
            };
            let before = if i > s.first { doc.word(i - 1) } else { "" };
            let listed = [before, doc.word(i + 1)]
                .iter()
                .any(|w| [",", "and", "or"].contains(w));
            if (listed && (near("air") || near("sea")))
                || before == "by"
                || [
                    "border",
                    "borders",
                    "crossing",
                    "crossings",
                    "route",
                    "routes",
                    "forces",
                ]
                .contains(&doc.word(i + 1))
            {
                found = None;
            }
        }
        // "shortly after takeoff from Gainesville", "take-off in a mountain
        // district": the noun is a take-off only with its place after it
        // (not "accelerating for takeoff", "take-off at 12:24").
        // ("a tail strike during take-off at Mumbai airport": at a name.)
        let at_name = |end: usize| {
            doc.word(end) == "at"
                && doc
                    .toks
                    .get(end + 1)
                    .is_some_and(|t| t.cap && t.lower.chars().all(char::is_alphabetic))
        };
        if let Some((end, Kind::Depart, _)) = found
            && takeoff_noun(doc, i)
            && ((!["from", "in"].contains(&doc.word(end)) && !at_name(end))
                || (i > s.first && ["for", "rejected", "aborted"].contains(&doc.word(i - 1))))
        {
            found = None;
        }
        // "has been standing on the general aviation apron since": a stay
        // where the ground words follow.
        if found.is_none()
            && ["standing", "stands"].contains(&doc.word(i))
            && on_the_ground_at(doc, i + 1)
        {
            found = Some((i + 1, Kind::Stay, true));
        }
        // "the pre-departure inspection", "post-flight checks": a word of
        // the compound, no movement.
        if found.is_some()
            && i >= s.first + 2
            && doc.toks[i - 1].lower == "-"
            && !doc.toks[i].space_before
            && ["pre", "post"].contains(&doc.toks[i - 2].lower.as_str())
        {
            found = None;
        }
        // "made about 30 flights from X to Y", "operated flights between X
        // and Y": the flights are the movement.
        // ("took a nine-minute flight to San Francisco from San Jose".)
        let took = found.is_none()
            && ["took", "takes", "take", "taking"].contains(&doc.toks[i].lower.as_str());
        // ("carried out the evacuation flight from McMurdo to
        // Christchurch", "performed the first flights from Hmeimim", "was
        // running cargo flights from Tongatapu to Lifuka".)
        let carried_out = doc.toks[i].lower == "carried" && doc.word(i + 1) == "out";
        let performed = [
            "made",
            "operated",
            "conducted",
            "performed",
            "undertook",
            "completed",
            "running",
        ]
        .contains(&doc.toks[i].lower.as_str())
            || carried_out;
        if (found.is_none() || carried_out)
            && (performed || took)
            && let Some(k) = (i + 1..(i + 6).min(s.last)).find(|&k| {
                let w = doc.toks[k].lower.as_str();
                ["flights", "flight"].contains(&w)
                    || (!took && ["sorties", "sortie", "rotations", "shuttle", "runs"].contains(&w))
            })
        {
            // "operated a Moscow–Caracas flight": its places stand inside.
            let named_inside = doc.toks[i + 1..k].iter().any(|t| t.cap && t.is_word());
            found = Some((if named_inside { i + 1 } else { k + 1 }, Kind::Fly, false));
        }
        // "The WC-130J Hurricane Hunter aircraft visited Grand Cayman on
        // Wednesday", "the 747 visited Perth": an aircraft's visit is its
        // landing there (a person's visit names no aircraft).
        if found.is_none()
            && doc.word(i) == "visited"
            && i > s.first
            && (tables::GENERIC_AIRCRAFT.contains(&doc.toks[i - 1].lower.as_str())
                // (A type's designation after its maker: "the Boeing 747".)
                || (((doc.toks[i - 1].lower.bytes().any(|b| b.is_ascii_digit())
                    && doc.toks[i - 1].lower.bytes().any(|b| b.is_ascii_alphabetic()))
                    || doc.toks[i - 1].kind == TokKind::Number)
                    && i > s.first + 1
                    && doc.toks[i - 2].cap))
            && doc.toks.get(i + 1).is_some_and(|t| t.cap)
        {
            found = Some((i + 1, Kind::Arrive, false));
        }
        // "the aircraft was moved to an isolated area of Toronto's Pearson",
        // "was taken to the remote bay for security checks": a stay, on
        // the ground at that field.
        if found.is_none_or(|(_, k, _)| k == Kind::Arrive)
            && ["moved", "towed", "taken"].contains(&doc.word(i))
            && i > s.first
            && ["was", "were", "been"].contains(&doc.word(i - 1))
            && doc.word(i + 1) == "to"
            && (i + 2..(i + 5).min(s.last))
                .any(|k| ["isolated", "remote", "secure", "separate"].contains(&doc.word(k)))
        {
            found = Some((i + 1, Kind::Stay, false));
        }
        // "on the 9th it took him from Johannesburg to Accra", "flew" by
        // another verb: carrying someone from one place to another.
        if found.is_none()
            && ["took", "ferried"].contains(&doc.word(i))
            && (["him", "her", "them", "us"].contains(&doc.word(i + 1))
                // ("the jet took the delegation to Kyiv".)
                || ["the", "a", "an", "some", "all", "its"].contains(&doc.word(i + 1)))
            // (Told of an aircraft: not "an ambulance then took her to …";
            // "boarded another jet that took them to Atlanta".)
            && i > s.first
            && (doc.toks[i - 1].lower == "it"
                || tables::GENERIC_AIRCRAFT.contains(&doc.toks[i - 1].lower.as_str())
                || (i > s.first + 1
                    && ["that", "which"].contains(&doc.word(i - 1))
                    && tables::GENERIC_AIRCRAFT.contains(&doc.toks[i - 2].lower.as_str())))
            && let Some(k) = (i + 1..(i + 5).min(s.last)).find(|&k| {
                ["from", "to"].contains(&doc.toks[k].lower.as_str())
                    && doc.toks.get(k + 1).is_some_and(|n| n.cap)
            })
            && doc.toks[i + 1..k]
                .iter()
                .all(|t| t.is_word() && !["off", "part", "place"].contains(&t.lower.as_str()))
        {
            found = Some((i + 1, Kind::Fly, false));
        }
        // "0914 arr C-17A 10-0213 RCH285 ex KDOV": a spotter's log line.
        if found.is_none()
            && ["arr", "dep"].contains(&doc.toks[i].lower.as_str())
            && (!doc.toks[i].cap || (i == s.first && !doc.toks[i].upper && doc.word(i + 1) != "."))
            && (i == s.first
                || log_time(&doc.toks[i - 1].lower)
                // ("RC-135W 62-4134 (hex AE01D5) dep Mildenhall at 0703Z":
                // in lower case before a name or a clock time.)
                || (!doc.toks[i].cap
                    && doc
                        .toks
                        .get(i + 1)
                        .is_some_and(|n| (n.cap && n.is_word()) || log_time(&n.lower)))
                // ("05:50 - Omni Air … N351AX arr from WRI": a line that
                // opens on its clock time.)
                || (!doc.toks[i].cap && opens_on_clock(doc, s)))
        {
            let kind = if doc.toks[i].lower == "arr" {
                Kind::Arrive
            } else {
                Kind::Depart
            };
            found = Some((i + 1, kind, false));
        }
        let Some((end, kind, participle)) = found else {
            i += 1;
            continue;
        };
        if name_word(doc, s, i, title) {
            i += 1;
            continue;
        }
        let w = doc.toks[i].lower.as_str();
        // "Sat., Nov. 8", "San Antonio (SAT)": a day's short form and an
        // airport's code, not "sat".
        if w == "sat"
            && (doc.toks[i].upper
                || (doc.toks[i].cap && doc.toks.get(i + 1).is_some_and(|t| t.is(".") || t.is(",")))
                // ("Sat 14th Mar 2026")
                || (doc.toks[i].cap
                    && doc
                        .toks
                        .get(i + 1)
                        .is_some_and(|t| crate::article::dates::day_number(&t.lower).is_some())))
        {
            i += 1;
            continue;
        }
        // ("flew from Hindan on Thursday to Larnaca": no "on to" with a
        // word inside.)
        if w == "on" && end == i + 3 && doc.toks[i + 2].lower == "to" {
            i += 1;
            continue;
        }
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
        // "Houthi-held Sanaa": a description of the place.
        if w == "held" && i > s.first && doc.toks[i - 1].is("-") {
            i = end;
            continue;
        }
        // "Sat 17 Feb —": Saturday, not "sat".
        if w == "sat"
            && doc.toks[i].cap
            && doc.toks.get(end).is_some_and(|t| t.kind == TokKind::Number)
        {
            i = end;
            continue;
        }
        // "The crew stopped the climb at FL200", "stopped its engines": a
        // verb with an object is no stop at a place.
        if w == "stopped"
            && end == i + 1
            && [
                "the", "its", "their", "a", "an", "his", "her", "all", "work", "flights",
            ]
            .contains(&next)
            && !doc
                .toks
                .get(end + 1)
                .is_some_and(|t| ["night", "day", "weekend"].contains(&t.lower.as_str()))
        {
            i = end;
            continue;
        }
        let before = if i > s.first {
            doc.toks[i - 1].lower.as_str()
        } else {
            ""
        };
        // "the diverted aircraft were expected back", "the arriving jet":
        // a participle describing the aircraft, not a movement told.
        if end == i + 1
            && (w.ends_with("ed") || w.ends_with("ing"))
            && ["the", "a", "an", "its", "their", "those", "these"].contains(&before)
            && (tables::GENERIC_AIRCRAFT.contains(&next) || ["flight", "flights"].contains(&next))
        {
            i = end;
            continue;
        }
        // "a bird struck the left hand engine", "its left wing", "was left
        // parked at Vnukovo": the side, or a passive; no departure.
        if w == "left"
            && end == i + 1
            && ([
                "the", "its", "a", "his", "her", "their", "was", "were", "been", "be",
            ]
            .contains(&before)
                || [
                    "hand", "-", "engine", "engines", "wing", "wings", "side", "main", "seat",
                    "turn", "outboard", "inboard", "rear", "front", "nose",
                ]
                .contains(&next))
        {
            i = end;
            continue;
        }
        // "returned to its originally planned flight path back to
        // Cincinnati": back on course, not at a place.
        if ["returned", "return", "returning", "returns"].contains(&w)
            && doc.word(end) == "to"
            && (end + 1..(end + 6).min(s.last)).any(|k| {
                ["path", "course", "heading", "altitude", "route"].contains(&doc.word(k))
                    && !doc.toks[k].cap
            })
        {
            i = end;
            continue;
        }
        // "was minutes from landing at Phoenix", "an hour away from
        // touching down": how near it came, not a movement.
        if i > s.first + 1
            && doc.toks[i - 1].lower == "from"
            && [
                "minutes", "minute", "hours", "hour", "moments", "seconds", "miles", "away",
            ]
            .contains(&doc.toks[i - 2].lower.as_str())
        {
            i = end;
            continue;
        }
        // "headed straight for the hotel", "then departed for the hotel":
        // the people, by road, once landed.
        if to_a_building(doc, s, end) {
            i = end;
            continue;
        }
        // "faced the challenge of reaching Las Vegas", "the task of getting
        // to Kabul": a goal, not a movement.
        if w.ends_with("ing")
            && i > s.first + 1
            && doc.toks[i - 1].lower == "of"
            && [
                "challenge",
                "task",
                "hope",
                "hopes",
                "goal",
                "aim",
                "prospect",
                "option",
                "options",
                "chance",
                "chances",
                "idea",
                "possibility",
                "difficulty",
                "problem",
                "job",
                "dream",
                "intention",
                "purpose",
            ]
            .contains(&doc.toks[i - 2].lower.as_str())
        {
            i = end;
            continue;
        }
        // Flights in general, or others, told by a participle: no movement
        // of this aircraft. After them ("even with flights departing from
        // Sigonella", "rebooked on other flights departing Munich") or
        // before them ("Starting Tuesday, all arriving and departing
        // flights will use the new terminal").
        let flights = |k: usize| {
            k >= s.first && k < s.last && ["flights", "planes", "jets"].contains(&doc.word(k))
        };
        // (Asked only of a participle: most words are none.)
        let after_flights = || {
            i > s.first + 1
                && flights(i - 1)
                && ["with", "other", "all", "many", "some", "most"].contains(&doc.word(i - 2))
        };
        let before_flights = || {
            i > s.first
                && (flights(i + 1)
                    || (i + 3 < s.last
                        && ["and", "or"].contains(&doc.word(i + 1))
                        && doc.word(i + 2).ends_with("ing")
                        && flights(i + 3)))
                && ["all", "other", "many", "some", "most", "no", "and", "or"]
                    .contains(&doc.word(i - 1))
        };
        let counted = || {
            i >= s.first + 3
                && (flights(i - 1) || doc.word(i - 1) == "aircraft")
                && doc.word(i - 2) == "of"
                && [
                    "number",
                    "numbers",
                    "volume",
                    "dozens",
                    "hundreds",
                    "thousands",
                ]
                .contains(&doc.word(i - 3))
        };
        let joined = || i > s.first + 1 && doc.word(i - 1) == "and" && generic_end == Some(i - 1);
        if w.ends_with("ing") && (after_flights() || before_flights() || counted() || joined()) {
            generic_end = Some(end);
            i = end;
            continue;
        }
        // ("The diverted version of the flight": a word describing it.)
        if w == "diverted"
            && i > s.first
            && ["the", "a", "an", "its", "their"].contains(&doc.toks[i - 1].lower.as_str())
        {
            i = end;
            continue;
        }
        // ("decided against landing in Syria": not done.)
        if i > s.first && doc.toks[i - 1].lower == "against" && w.ends_with("ing") {
            i = end;
            continue;
        }
        // ("a move which is seen as a blow to China": regarded, not seen
        // somewhere.)
        if w == "seen" && doc.word(end) == "as" {
            i = end;
            continue;
        }
        // ("Friday's arriving flight from Louisiana, like those from
        // Harlingen, was not an anomaly": a word naming the flight.)
        if ["arriving", "departing", "incoming", "outgoing"].contains(&w)
            && i > s.first + 1
            && (["the", "a", "an", "its", "their", "this", "that"]
                .contains(&doc.toks[i - 1].lower.as_str())
                || (doc.toks[i - 1].lower == "s" && doc.toks[i - 2].is("'")))
            && [
                "flight", "flights", "plane", "planes", "aircraft", "jet", "jets",
            ]
            .contains(&doc.word(i + 1))
        {
            i = end;
            continue;
        }
        // "After about an hour on the ground it left Kingston again": the
        // time a departure waited, told with it, not a stay of its own.
        if w == "on"
            && end == i + 3
            && i > s.first + 1
            && ["hour", "hours", "minute", "minutes"].contains(&doc.toks[i - 1].lower.as_str())
            && (i.saturating_sub(6).max(s.first)..i).any(|k| doc.toks[k].lower == "after")
        {
            i = end;
            continue;
        }
        // "an earthquake set off an avalanche", "set off alarms": what it
        // caused, no take-off.
        if ["set", "sets", "setting"].contains(&w)
            && doc.word(i + 1) == "off"
            && ["a", "an", "alarms", "alarm", "fears", "panic"].contains(&doc.word(i + 2))
        {
            i = end;
            continue;
        }
        // "had to return to Havana", "was forced to return to Columbus":
        // the verb (its plans, "will return", are no fact by the usual
        // rules); "on its return to Moscow", "the return flight", "a
        // return to normal": a noun.
        if w == "return"
            && (i == s.first
                || [
                    "the", "its", "his", "her", "their", "a", "on", "upon", "after", "before",
                    "for", "of", "and", "safe", "quick", "planned",
                ]
                .contains(&doc.word(i - 1))
                || !["to", "home", "back"].contains(&doc.word(end)))
        {
            i = end;
            continue;
        }
        // "the aircraft returned to the apron", "returning to the gate":
        // a move on the ground.
        if ["returned", "return", "returning"].contains(&w)
            && (end..(end + 4).min(s.last)).any(|k| {
                [
                    "apron", "gate", "stand", "ramp", "terminal", "hangar", "parking", "blocks",
                ]
                .contains(&doc.toks[k].lower.as_str())
            })
            && !(end..(end + 4).min(s.last)).any(|k| doc.toks[k].cap && doc.toks[k].is_word())
        {
            i = end;
            continue;
        }
        // "The trip got off to a false start": an idiom.
        if ["got", "get", "gets", "getting"].contains(&w)
            && doc.toks.get(i + 1).is_some_and(|t| t.lower == "off")
            && (end..(end + 4).min(s.last)).any(|k| doc.toks[k].lower == "start")
        {
            i = end;
            continue;
        }
        // "a delegation headed by", "led by": not a movement.
        // "A second Il-76 followed on Monday": it came where the first did;
        // not "followed by", "followed suit", "followed the route" ("followed
        // a day later" is one).
        if w == "followed" && end == i + 1 {
            let after = doc
                .toks
                .get(end + 1)
                .map(|t| t.lower.as_str())
                .unwrap_or("");
            let object = [
                "by",
                "suit",
                "up",
                "through",
                "the",
                "a",
                "an",
                "its",
                "his",
                "her",
                "their",
                "that",
                "this",
                "it",
                "them",
                "orders",
                "instructions",
            ]
            .contains(&next);
            let a_day = ["a", "an", "the", "that"].contains(&next)
                && [
                    "day",
                    "morning",
                    "evening",
                    "night",
                    "afternoon",
                    "week",
                    "next",
                    "following",
                    "hour",
                    "few",
                    "short",
                    "little",
                ]
                .contains(&after);
            if object && !a_day {
                i = end;
                continue;
            }
        }
        // "was still there", "were still in Bodrum": after a form of "be"
        // and right before the place ("is still built in Russia" is no stay).
        // ("still on the tarmac", "still on the ground", not "still on
        // schedule".)
        let on_ground = next_word(doc, i) == "on"
            && doc.toks.get(i + 2).is_some_and(|t| t.lower == "the")
            && (doc.toks.get(i + 3).is_some_and(|t| {
                ["tarmac", "apron", "ramp", "ground", "runway"].contains(&t.lower.as_str())
            })
                // ("still on the cargo apron", "on the FBO stand")
                || (doc.toks.get(i + 3).is_some_and(|t| t.is_word())
                    && doc.toks.get(i + 4).is_some_and(|t| {
                        ["tarmac", "apron", "ramp", "stand"].contains(&t.lower.as_str())
                    })));
        if w == "still"
            && !(i > s.first
                && ["was", "were", "is", "are", "remained", "sat", "stayed"]
                    .contains(&doc.toks[i - 1].lower.as_str())
                && (["there", "in", "at"].contains(&next_word(doc, i)) || on_ground))
        {
            i += 1;
            continue;
        }
        // "was in Niamey", not "was in April", "was in talks", "was at risk".
        // (Nothing between: "is registered in Ukraine" is no stay.)
        if ["was", "were", "is", "are"].contains(&w)
            && kind == Kind::Stay
            && !(doc.toks.get(end).is_some_and(|t| {
                t.cap
                    && t.is_word()
                    && crate::article::dates::month(&t.lower).is_none()
                    && !crate::article::dates::WEEKDAYS.contains(&t.lower.as_str())
            }))
        {
            i += 1;
            continue;
        }
        if ["headed", "heading"].contains(&w) && next == "by" {
            i = end;
            continue;
        }
        // "Mr Lesnoy was photographed at a restaurant in Nice", "she was seen
        // in Dubai": a person sighted, not an aircraft.
        if SIGHTED.contains(&w)
            && (i.saturating_sub(5).max(s.first)..i)
                .rev()
                .take_while(|&j| !doc.toks[j].is(",") && !doc.toks[j].is(";"))
                .any(|j| {
                    [
                        "mr",
                        "mrs",
                        "ms",
                        "dr",
                        "he",
                        "she",
                        "president",
                        "minister",
                        "businessman",
                        "singer",
                    ]
                    .contains(&doc.toks[j].lower.as_str())
                })
        {
            i = end;
            continue;
        }
        // ("was flown remotely from the naval air station in Jacksonville":
        // where its pilots sat, not where it flew.)
        if ["flown", "flew", "fly", "flying"].contains(&w)
            && (next == "remotely" || (i > s.first && doc.toks[i - 1].lower == "remotely"))
        {
            i = end;
            continue;
        }
        // ("an airborne command and control aircraft", "airborne early
        // warning", "detecting airborne radiation": a kind of aircraft or
        // thing, no take-off; "after being airborne for nearly nine hours",
        // "remains airborne": how long it flew; "was seen airborne",
        // "spotted airborne over the sea": a sighting in flight, which says
        // nothing of where the flight began.)
        if w == "airborne"
            && ([
                "command",
                "early",
                "warning",
                "laser",
                "radar",
                "surveillance",
                "reconnaissance",
                "troops",
                "forces",
                "division",
                "brigade",
                "units",
                "unit",
                "operations",
                "assault",
                "infantry",
                "battalion",
                "regiment",
                "soldiers",
                "paratroopers",
                "alert",
                "platform",
                "platforms",
                "sensor",
                "sensors",
                "system",
                "systems",
                "observatory",
                "threat",
                "threats",
                "tanker",
                "refuelling",
                "refueling",
                "intelligence",
                "particles",
                "radiation",
                "contamination",
                "virus",
                "viruses",
                "dust",
                "debris",
                "transmission",
                "pollen",
                "pollutants",
                "spread",
                "droplets",
            ]
            .contains(&next)
                || next == "for"
                || (i > s.first
                    && [
                        "being", "remains", "remained", "remain", "stayed", "kept", "seen",
                        "spotted", "sighted", "observed", "tracked",
                    ]
                    .contains(&doc.toks[i - 1].lower.as_str())))
        {
            i = end;
            continue;
        }
        // ("a passenger spotted a note in one of the lavatories": someone
        // who saw something, no aircraft seen somewhere.)
        if w == "spotted"
            && ["a", "an"].contains(&next)
            && doc
                .toks
                .get(end + 1)
                .is_some_and(|t| !t.cap && !tables::GENERIC_AIRCRAFT.contains(&t.lower.as_str()))
        {
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
        // "where it first flew in December 1982": a type's or an airframe's
        // first flight, not a movement to a place.
        if ["flew", "flown"].contains(&w) && i > s.first && doc.toks[i - 1].lower == "first" {
            i = end;
            continue;
        }
        if w == "flying" && ["as", "under", "over"].contains(&next) {
            i = end;
            continue;
        }
        // "Flying in Alaska is more dangerous than flying elsewhere": a
        // gerund the sentence is about, no one flight.
        if ["flying", "landing"].contains(&w)
            && i == s.first
            && (end..(end + 6).min(s.last)).any(|k| {
                ["is", "was", "remains", "can", "has"].contains(&doc.toks[k].lower.as_str())
            })
            && !(end..(end + 6).min(s.last)).any(|k| doc.toks[k].is(","))
        {
            i = end;
            continue;
        }
        // "the offences which landed him in court", "landed them in
        // trouble": a person put somewhere, no aircraft's landing.
        // (Not "the pilot landed them safely in Denver".)
        if ["landed", "lands", "land"].contains(&w)
            && ["him", "her", "them", "me", "us", "you"].contains(&next)
            && doc.word(end + 1) == "in"
            && [
                "court", "jail", "prison", "trouble", "hot", "custody", "debt",
            ]
            .contains(&doc.word(end + 2))
        {
            i = end;
            continue;
        }
        // "came to a halt", "come to a stop": on the ground already.
        if ["came", "come", "comes", "coming"].contains(&w)
            && next == "to"
            && doc.word(end + 1) == "a"
            && ["halt", "stop", "standstill", "rest"].contains(&doc.word(end + 2))
        {
            i = end;
            continue;
        }
        // "BAS flying operations were moved to Punta Arenas", "a flying
        // club", "flying hours": "flying" before a noun it qualifies.
        if w == "flying"
            && [
                "operations",
                "operation",
                "club",
                "clubs",
                "school",
                "schools",
                "hours",
                "programme",
                "program",
                "season",
                "lessons",
                "lesson",
                "time",
                "career",
                "experience",
                "squad",
                "display",
                "displays",
                "doctor",
                "doctors",
                "boat",
                "boats",
                "unit",
                "units",
                "activity",
                "activities",
                "restrictions",
                "skills",
            ]
            .contains(&next)
        {
            i = end;
            continue;
        }
        // "only a few of us left that flew Katrina", "one of three left on
        // the team": those who remain, no departure.
        if w == "left"
            && i > s.first
            && (["us", "them", "few"].contains(&doc.word(i - 1))
                || (["on", "in"].contains(&next)
                    && doc.word(i + 2) == "the"
                    && ["team", "crew", "squad", "unit", "force"].contains(&doc.word(i + 3))))
        {
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
            // ("the departure and arrival areas", "the arrivals hall", "the
            // departure terminal": places in an airport.)
            || {
                let after = if next == "and"
                    && ["arrival", "arrivals", "departure", "departures"]
                        .contains(&doc.word(i + 2))
                {
                    doc.word(i + 3)
                } else {
                    next
                };
                [
                    "area", "areas", "terminal", "terminals", "gate", "gates", "halls",
                    "lounges", "hall", "lounge", "zone", "board", "boards",
                ]
                .contains(&after)
                    // ("records exact departure and arrival times": what a
                    // tracker keeps, no movement.)
                    // ("to check departure timing before coming to the
                    // airport": a timetable.)
                    || [
                        "times",
                        "time",
                        "timing",
                        "timings",
                        "data",
                        "slot",
                        "slots",
                        "schedule",
                        "schedules",
                        "status",
                    ]
                    .contains(&after)
            }
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
            || takeoff_noun(doc, i)
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
            || (next == "on" && ["flew", "flown", "flying", "carried", "went"].contains(&w))
            || w == "went";
        // ("taken off" is a take-off, not cargo taken somewhere.)
        let cargo = ["taken", "brought", "ferried", "delivered"].contains(&w)
            && next != "off"
            && !(end > i + 1 && doc.toks[i + 1].lower == "off");
        // "passengers are continuing to be interviewed by the FBI": a verb
        // goes on, nobody flies on.
        if ["continuing", "heading"].contains(&w)
            && doc.word(i + 1) == "to"
            && ["be", "have", "work", "serve", "operate"].contains(&next)
        {
            i = end;
            continue;
        }
        // "an A220-300 delivered to the airline in December": handed over
        // to its owner, no place reached.
        if w == "delivered"
            && next == "to"
            && ["the", "its", "their"].contains(&doc.word(end + 1))
            && [
                "airline", "carrier", "customer", "operator", "owner", "lessor", "lessee",
                "company", "firm", "buyer",
            ]
            .contains(&doc.word(end + 2))
        {
            i = end;
            continue;
        }
        // "where he had delivered speeches at the National September 11
        // Memorial": words delivered, not freight.
        if w == "delivered"
            && (i + 1..(i + 4).min(s.last)).any(|k| {
                let x = doc.word(k);
                [
                    "speech",
                    "speeches",
                    "speaches",
                    "remarks",
                    "address",
                    "addresses",
                    "lecture",
                    "sermon",
                    "homily",
                    "message",
                    "statement",
                    "keynote",
                    "talk",
                    "verdict",
                    "ultimatum",
                    "warning",
                    "blow",
                    "eulogy",
                    "mass",
                    "blessing",
                ]
                .contains(&x)
            })
        {
            i = end;
            continue;
        }
        // "after his land in the country was expropriated": ground owned,
        // the noun.
        if w == "land"
            && i > s.first
            && [
                "his", "her", "their", "our", "my", "your", "whose", "the", "farm", "private",
                "public",
            ]
            .contains(&doc.word(i - 1))
        {
            i = end;
            continue;
        }
        // "three properties in Bournemouth were also searched": a search
        // is the aircraft's stay only when it searches an aircraft ("a
        // search of the private jet", "searched the supertanker").
        // ("his private jet was searched at Opa-locka": the aircraft
        // before a passive.)
        let passive_of_aircraft = w == "searched"
            && ["was", "were", "been", "is", "being"].contains(&prev_word(doc, s, i))
            && (i.saturating_sub(6).max(s.first)..i)
                .any(|k| tables::GENERIC_AIRCRAFT.contains(&doc.word(k)));
        if (w == "searched" || (w == "search" && next == "of"))
            && !passive_of_aircraft
            && !(end..(end + 5).min(s.last)).any(|k| {
                tables::GENERIC_AIRCRAFT.contains(&doc.word(k)) || doc.word(k) == "supertanker"
            })
        {
            i = end;
            continue;
        }
        if HOST_VERBS.contains(&w) && !airport_visitor(doc, s, i) {
            i = end;
            continue;
        }
        // "was seized in Sri Lanka", "impounded a Pakistan International
        // Airlines aircraft": the aircraft seized, before the passive or
        // right after the verb. ("Drugs seized from a plane", "seized
        // cocaine", "the seized jet": no stay told.)
        if ["impounded", "seized", "confiscated"].contains(&w) {
            // (A type or registration is an aircraft too: "The C-17 was
            // impounded", "A6-RJB was seized".)
            let craft = |k: usize| {
                let t = &doc.toks[k];
                aircraft_word(doc.word(k))
                    || (t.cap
                        && doc.toks.get(k + 1).is_some_and(|n| n.is("-"))
                        && doc
                            .toks
                            .get(k + 2)
                            .is_some_and(|n| n.lower.bytes().any(|b| b.is_ascii_digit())))
                    || (t.cap
                        && t.lower.bytes().any(|b| b.is_ascii_digit())
                        && t.lower.bytes().any(|b| b.is_ascii_alphabetic()))
            };
            let passive = ["was", "were", "been", "is", "being", "be"]
                .contains(&prev_word(doc, s, i))
                && (i.saturating_sub(10).max(s.first)..i).any(craft);
            let active = (i + 1..(i + 10).min(s.last))
                .take_while(|&k| !["from", "aboard", "on", "in", "inside"].contains(&doc.word(k)))
                .any(craft);
            if !(passive || active) {
                i = end;
                continue;
            }
        }
        // "Serial production was carried out in Tashkent": done, not flown.
        if ["carried", "carry", "carrying", "carries"].contains(&w)
            && next == "out"
            && !(i + 2..(i + 6).min(s.last)).any(|k| ["flight", "flights"].contains(&doc.word(k)))
        {
            i = end;
            continue;
        }
        // "pushed back from O.R. Tambo at 20:05 and took off at 20:31": one
        // departure, the push-back's (it names the place).
        if kind == Kind::Depart
            && (w == "took" || w == "departed" || w == "airborne")
            && (s.first..i).any(|k| {
                doc.word(k) == "pushed" && doc.word(k + 1) == "back" && doc.word(k + 2) == "from"
            })
        {
            i = end;
            continue;
        }
        // "Alaska flew a relief crew down from Seattle": an airline or a
        // government flying people, no aircraft named before the verb.
        if ["flew", "flies", "flown"].contains(&w)
            && (end..(end + 4).min(s.last)).any(|k| {
                [
                    "crew",
                    "crews",
                    "team",
                    "staff",
                    "delegation",
                    "people",
                    "passengers",
                ]
                .contains(&doc.word(k))
            })
            && !(s.first..i).any(|k| {
                let x = doc.word(k);
                tables::GENERIC_AIRCRAFT.contains(&x)
                    || ["it", "they", "which", "that"].contains(&x)
                    || x.bytes().any(|b| b.is_ascii_digit())
                    || doc.toks[k].upper
            })
        {
            i = end;
            continue;
        }
        // "has grounded its fixed-wing fleet": kept from flying, no stay.
        if w == "grounded"
            && (end..(end + 6).min(s.last)).any(|k| GROUNDED_OBJECTS.contains(&doc.word(k)))
        {
            i = end;
            continue;
        }
        // "a warning light came on in the cockpit": no arrival.
        if w == "came" && next_word(doc, i) == "on" && LIGHTS.contains(&prev_word(doc, s, i)) {
            i = end;
            continue;
        }
        // "The deportation flights come as the administration struggles",
        // "came days after", "comes amid", "came against the backdrop of
        // the conflict in Ukraine": when something happened, no arrival.
        if ["come", "comes", "came"].contains(&w)
            && end == i + 1
            && [
                "as", "amid", "after", "weeks", "days", "months", "hours", "just", "shortly",
                "only", "less", "more", "nearly", "almost", "barely", "a", "an", "one", "two",
                "three", "four", "five", "against", "amidst", "despite", "ahead",
                // ("as the animals came off on the tarmac": off the aircraft.)
                "off",
            ]
            .contains(&next_word(doc, i))
        {
            i = end;
            continue;
        }
        // "where it came to rest", "came to a stop": no arrival.
        if w == "came"
            && next_word(doc, i) == "to"
            && (doc.word(i + 2) == "rest"
                || (doc.word(i + 2) == "a"
                    && ["stop", "halt", "standstill"].contains(&doc.word(i + 3))))
        {
            i = end;
            continue;
        }
        // "They were stood down within minutes": crews dismissed. "Our
        // returns arrangement with Tirana": a noun.
        if (["stood", "stand", "standing", "stands"].contains(&w) && doc.word(i + 1) == "down")
            || (w == "returns"
                && i > s.first
                && [
                    "our", "the", "their", "its", "his", "her", "these", "those", "of",
                ]
                .contains(&doc.word(i - 1)))
        {
            i = end;
            continue;
        }
        // "diverted to Canada, leaving passengers stuck in the cold", "left
        // hundreds of travellers stranded", "leaving the unwell passenger
        // behind": people left behind, no departure (the people before any
        // preposition or place).
        // ("leaving more than two hundred passengers stranded": past a
        // number told in words.)
        if LEAVE_FORMS.contains(&w)
            && (i + 1..(i + 7).min(s.last))
                .take_while(|&k| {
                    !doc.toks[k].cap
                        && !["in", "at", "from", "for", "to", "on", "with", "by"]
                            .contains(&doc.word(k))
                })
                .any(|k| PEOPLE.contains(&doc.word(k)) || LEFT_BEHIND.contains(&doc.word(k)))
        {
            i = end;
            continue;
        }
        // "has reached out to a Miami spokeswoman", "reached a deal in
        // Doha", "reached an altitude of 30,000 feet": contact, an outcome
        // or a figure, not an arrival.
        if ["reach", "reached", "reaches", "reaching"].contains(&w)
            && (doc.word(i + 1) == "out"
                || (i + 1..(i + 4).min(s.last)).any(|k| REACHED_NOT_PLACE.contains(&doc.word(k))))
        {
            i = end;
            continue;
        }
        // "the department of public safety, which arrived on the scene":
        // responders at an incident, not an aircraft's arrival.
        if ["arrive", "arrived", "arrives", "arriving"].contains(&w)
            && ["on", "at"].contains(&doc.word(end))
            && doc.word(end + 1) == "the"
            && doc.word(end + 2) == "scene"
        {
            i = end;
            continue;
        }
        // "passengers leave the aircraft by the stairs": people getting off.
        if LEAVE_FORMS.contains(&w)
            && ["the", "their"].contains(&doc.word(i + 1))
            && ["aircraft", "plane", "jet", "airliner", "cabin"].contains(&doc.word(i + 2))
        {
            i = end;
            continue;
        }
        // "Passengers were taken off using mobile stairs", "pallets of rice
        // were taken off": people or cargo led off the aircraft (an
        // aircraft takes off; nothing "is taken off" into the air).
        if w == "taken"
            && doc.word(i + 1) == "off"
            && i >= s.first + 2
            && ["were", "was"].contains(&doc.word(i - 1))
        {
            i = end;
            continue;
        }
        // "had their passports returned on Tuesday": a thing given back,
        // not a return.
        if w == "returned"
            && i >= s.first + 3
            && ["had", "has", "have", "got", "get", "gets"].contains(&doc.word(i - 3))
            && ["their", "its", "his", "her", "the", "our"].contains(&doc.word(i - 2))
        {
            i = end;
            continue;
        }
        // "has taken leave", "on sick leave": time off, not a departure.
        if (w == "leave" && LEAVE_BEFORE.contains(&prev_word(doc, s, i)))
            || (TAKE.contains(&w) && next_word(doc, i) == "leave")
        {
            i = end;
            continue;
        }
        // "pilots Jack Maxey, left, and Kevin Hopf", "(left)": a photo
        // caption's place in the picture.
        if ["left", "right"].contains(&w)
            && i > s.first
            && ((doc.toks[i - 1].is(",")
                && (doc.toks.get(i + 1).is_some_and(|t| t.is(",") || t.is(";"))))
                || (doc.toks[i - 1].is("(") && doc.toks.get(i + 1).is_some_and(|t| t.is(")"))))
        {
            i = end;
            continue;
        }
        // "at the rear left landing gear", "its left engine", "the left
        // wing": a side of the aircraft, no departure.
        if w == "left"
            && ["rear", "front", "its", "the", "their", "her", "his", "main"]
                .contains(&prev_word(doc, s, i))
            && [
                "landing",
                "main",
                "wing",
                "engine",
                "side",
                "hand",
                "gear",
                "wheel",
                "wheels",
                "seat",
                "door",
                "window",
                "lane",
                "turn",
                "nose",
                "rear",
                "outboard",
                "inboard",
                "tire",
                "tyre",
                "aileron",
                "flap",
                "cockpit",
                "undercarriage",
            ]
            .contains(&next_word(doc, i))
        {
            i = end;
            continue;
        }
        // "swung it left onto a parking apron", "veered left": a direction.
        if w == "left" && {
            let before = prev_word(doc, s, i);
            TURNS.contains(&before)
                || (i > s.first + 1
                    && ["it", "them", "the", "hard"].contains(&before)
                    && TURNS.contains(&doc.word(i - 2)))
                || ["hard", "sharply", "sharp"].contains(&before)
        } {
            i = end;
            continue;
        }
        // "Passengers left the plane on the taxiway": people leaving the
        // aircraft, no departure.
        // ("There are people leaving the airplane as we speak.")
        if LEAVE_FORMS.contains(&w)
            && ["the", "their", "a"].contains(&next_word(doc, i))
            && tables::GENERIC_AIRCRAFT.contains(&doc.word(i + 2))
        {
            i = end;
            continue;
        }
        // "Evacuees arriving in Calgary": people, when the sentence names
        // no aircraft.
        // ("Passengers flying that day are advised to check": nor flying.)
        if matches!(kind, Kind::Arrive | Kind::Depart | Kind::Fly)
            // (The sentence's subject: not "carrying another group of
            // deportees landed".)
            && (i == s.first + 1
                || (i == s.first + 2
                    && (["the", "some", "all", "most", "many"]
                        .contains(&doc.toks[s.first].lower.as_str())
                        || doc.toks[s.first].kind == TokKind::Number)))
            && {
                let who = prev_word(doc, s, i);
                PEOPLE.contains(&who) || ["residents", "refugees"].contains(&who)
            }
            && !(s.first..s.last).any(|k| {
                let x = doc.word(k);
                tables::GENERIC_AIRCRAFT.contains(&x) || x == "flight" || x == "flights"
            })
        {
            i = end;
            continue;
        }
        // "passengers spent the night in a Sofia hotel": the people's stay.
        if kind == Kind::Stay && i > s.first && {
            let who = prev_word(doc, s, i);
            PEOPLE.contains(&who) || ["crew", "crews", "delegation", "pilots"].contains(&who)
        } {
            i = end;
            continue;
        }
        // "where he had taken part in the summit", "took part in the
        // search": no movement; nor "it has taken delivery of six Su-30
        // fighters", a purchase.
        if ["taken", "took", "takes", "take", "taking"].contains(&w)
            && (next == "part" || ["part", "delivery"].contains(&doc.word(i + 1)))
        {
            i = end;
            continue;
        }
        // "circles Ronaldsway before giving up on landing": the landing
        // given up.
        if i >= s.first + 3
            && doc.word(i - 1) == "on"
            && doc.word(i - 2) == "up"
            && ["gave", "giving", "give", "gives", "given"].contains(&doc.word(i - 3))
        {
            i = end;
            continue;
        }
        // "Shortly after the landing, the passengers boarded another jet":
        // the landing just told, as a time, not a movement of what follows.
        // (A hyphened "take-off" is three tokens, and not read here.)
        if ["landing", "arrival", "touchdown", "takeoff", "departure"].contains(&w)
            && i >= s.first + 2
            && doc.word(i - 1) == "the"
            && ["after", "before", "since", "following"].contains(&doc.word(i - 2))
            && (doc.toks.get(i + 1).is_some_and(|t| t.is(","))
                // ("After the arrival in Longyearbyen, all hands were
                // needed": the arrival the story told, its place again.)
                || (i - 2 == s.first
                    && ["in", "at"].contains(&doc.word(i + 1))
                    && (i + 2..(i + 7).min(s.last)).any(|k| doc.toks[k].is(","))))
        {
            i = end;
            continue;
        }
        // "Satellite images taken on 4 June show…": a picture taken.
        if w == "taken"
            && i > s.first
            && [
                "images",
                "image",
                "photos",
                "photo",
                "photograph",
                "videos",
                "pictures",
                "picture",
                "photographs",
                "footage",
                "video",
                "imagery",
            ]
            .contains(&doc.toks[i - 1].lower.as_str())
        {
            i = end;
            continue;
        }
        // "a country which leaves no one behind", "the jets left behind
        // at Kabul": nothing took off.
        if ["leave", "leaves", "left", "leaving"].contains(&w)
            && (end..(end + 4).min(s.last)).any(|k| doc.toks[k].lower == "behind")
        {
            i = end;
            continue;
        }
        // "separatist forces are heading for a 'dead end'": a figure of
        // speech, no place.
        if ["heading", "headed", "heads"].contains(&w)
            && doc.word(i + 1) == "for"
            && ["a", "an"].contains(&doc.word(i + 2))
            && !(i + 2..(i + 7).min(s.last)).any(|k| doc.toks[k].cap)
        {
            i = end;
            continue;
        }
        // "it remained unclear how many": no aircraft's stay.
        if w == "remained"
            && [
                "unclear",
                "uncertain",
                "unknown",
                "unconfirmed",
                "silent",
                "calm",
                "tense",
                "doubtful",
                "possible",
                "hopeful",
                "confident",
            ]
            .contains(&next)
        {
            i = end;
            continue;
        }
        // "forced thousands of Afghans to depart from the country": the
        // people's leaving, by whatever means. "to bring back Indians stuck
        // there": the people stuck, not the aircraft.
        if (i >= s.first + 2
            && doc.toks[i - 1].lower == "to"
            && people_word(&doc.toks[i - 2])
            && !participle)
            || (["stuck", "stranded"].contains(&w) && i > s.first && people_word(&doc.toks[i - 1]))
        {
            i = end;
            continue;
        }
        let perfect = (i > s.first && ["had", "'d"].contains(&doc.toks[i - 1].lower.as_str()))
            || (i >= s.first + 2 && doc.toks[i - 2].lower == "had" && doc.toks[i - 1].is_word());
        let habitual = sentence_habitual(doc, s, i) || plain_present_fly(doc, s, i);
        let modality = modality(doc, s, i, w, participle);
        // "The departure had been scheduled for 11:55 p.m.": the plan, not the
        // movement.
        let planned_noun = noun
            && (end..(end + 4).min(s.last)).any(|j| {
                [
                    "scheduled",
                    "planned",
                    "expected",
                    "due",
                    "delayed",
                    "postponed",
                ]
                .contains(&doc.toks[j].lower.as_str())
            });
        // "The trip to Rome was called off the day before departure": a
        // movement that did not happen, whatever its place and day.
        let called_off = noun
            && ((end..(end + 6).min(s.last)).any(|j| {
                ["cancelled", "canceled", "scrapped", "scrubbed", "abandoned"]
                    .contains(&doc.toks[j].lower.as_str())
                    || (doc.toks[j].lower == "called" && doc.word(j + 1) == "off")
            })
            // ("The president called off a trip to Kigali", "cancelled his
            // flight to Rome".)
                || (i.saturating_sub(4).max(s.first)..i).any(|j| {
                    ["cancelled", "canceled", "scrapped", "postponed", "cancel", "cancels"]
                        .contains(&doc.word(j))
                        || (doc.word(j) == "off"
                            && j > s.first
                            && ["called", "call", "calls", "calling"].contains(&doc.word(j - 1)))
                }));
        // (Unless told here with its place and day: "the A330's arrival in
        // Nice on Monday evening ended the speculation".)
        let told_here = {
            let look = end..(end + 9).min(s.last);
            let placed = look.clone().any(|j| {
                ["in", "at", "from", "to"].contains(&doc.toks[j].lower.as_str())
                    && doc.toks.get(j + 1).is_some_and(|n| n.cap)
            });
            let dated = look.clone().any(|j| {
                let x = doc.toks[j].lower.as_str();
                crate::article::dates::WEEKDAYS.contains(&x)
                    || (crate::article::dates::month(x).is_some() && doc.toks[j].cap)
                    || ["yesterday", "today"].contains(&x)
            });
            placed && dated
        };
        // "The filed plan has the giant leaving Viru Viru … and calling at
        // Fortaleza": a participle joined to a planned one is planned too.
        // ("intended to fly to Cuba on Monday and then on to Caracas": the
        // leg told without its verb is the verb's.)
        let onward_of_plan = w == "on"
            && i > s.first
            && ["then", "and"].contains(&doc.toks[i - 1].lower.as_str())
            && out.last().is_some_and(|p: &Trigger| {
                p.first >= s.first
                    && !p.factual
                    && !p.negated
                    && !(p.last..i).any(|k| doc.toks[k].is(";") || doc.toks[k].is("."))
            });
        // ("had hoped to catch an early flight from Heathrow to Barcelona
        // and on to Toulouse": the leg onward of a flight only hoped for,
        // whose noun is no trigger of its own.)
        let onward_of_plan = onward_of_plan
            || (w == "on"
                && i > s.first
                && ["then", "and"].contains(&doc.toks[i - 1].lower.as_str())
                && !out
                    .iter()
                    .any(|p: &Trigger| p.first >= s.first && p.factual)
                && (s.first..i).any(|k| {
                    [
                        "hoped", "hoping", "planned", "intended", "meant", "supposed", "wanted",
                    ]
                    .contains(&doc.toks[k].lower.as_str())
                        && doc.toks.get(k + 1).is_some_and(|n| n.lower == "to")
                        && !(k..i).any(|j| doc.toks[j].is(";") || doc.toks[j].is("."))
                }));
        let joined_to_plan = onward_of_plan
            || w.ends_with("ing")
                && out.last().is_some_and(|p: &Trigger| {
                    p.first >= s.first
                        && !p.factual
                        && !p.negated
                        && doc.toks[p.first].lower.ends_with("ing")
                        && (p.last..i).any(|k| doc.toks[k].lower == "and")
                        && !(p.last..i).any(|k| doc.toks[k].is(";") || doc.toks[k].is("."))
                });
        // "Diverting to another US port would have meant …": a gerund
        // subject of a conditional, no movement made.
        let hypothetical = w.ends_with("ing")
            && (i == s.first
                || (i == s.first + 1
                    && (doc.toks[s.first].is("\"") || doc.toks[s.first].is("\u{201c}"))))
            && (end..(end + 12).min(s.last))
                .take_while(|&k| !doc.toks[k].is(",") && !doc.toks[k].is(";"))
                .any(|k| {
                    ["would", "could", "might"].contains(&doc.toks[k].lower.as_str())
                        && doc.word(k + 1) == "have"
                });
        let factual = !question
            && !hypothetical
            && !habitual
            && !planned_noun
            && !called_off
            && !joined_to_plan
            && modality == Modality::Fact
            && (!possessed
                || told_here
                || !["arrival", "departure", "touchdown", "trip"].contains(&w));
        let negated = modality == Modality::Negated;
        // "via Khartoum, where it stopped for two hours to refuel": the
        // stop the route already tells.
        if matches!(kind, Kind::Stop | Kind::Stay)
            && let Some(wh) = (i.saturating_sub(4).max(s.first)..i)
                .rev()
                .find(|&k| doc.toks[k].lower == "where")
            && (wh.saturating_sub(8).max(s.first)..wh).any(|k| doc.toks[k].lower == "via")
        {
            i = end;
            continue;
        }
        // "flew several low approaches and touch-and-go landings at
        // Piedmont Triad": it was there, it never landed.
        let practice = |k: usize| {
            ["touch-and-go", "touch-and-goes", "flypast", "flyby"]
                .contains(&doc.toks[k].lower.as_str())
                // ("low approaches", "practice approaches"; not "its final
                // approach into Geneva".)
                || (doc.toks[k].lower == "approaches"
                    && k > s.first
                    && ["low", "practice", "training", "missed"]
                        .contains(&doc.toks[k - 1].lower.as_str()))
                || (doc.toks[k].lower == "touch"
                    && doc
                        .toks
                        .get(k + 4)
                        .is_some_and(|t| t.lower.starts_with("go")))
        };
        let touch_and_go = (s.first..s.last).any(practice);
        // ("took off again and headed east": one departure.)
        let compass = ["north", "south", "east", "west"].contains(&next);
        if (compass || touch_and_go && ["heading", "headed"].contains(&w))
            && (touch_and_go || out.last().is_some_and(|p: &Trigger| p.kind == Kind::Depart))
        {
            i = end;
            continue;
        }
        let kind = if kind == Kind::Fly && (end..(end + 6).min(s.last)).any(practice) {
            Kind::Stay
        } else {
            kind
        };
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
    // "refuelled in Dakar" is the sentence's stop only when nothing else
    // moves in it: beside a landing or a flight it is a stop on the way
    // ("landed after a refuelling stop in Algiers"), which the frame reads.
    let refuel = |t: &Trigger| {
        let w = |k: usize| doc.toks[k].lower.as_str();
        // ("flying in from Leipzig with a stopover in Baku" too.)
        let stopover_beside = ["stopover", "layover"].contains(&w(t.first))
            && t.first >= 2
            && w(t.first - 1) == "a"
            && ["with", "after", "following"].contains(&w(t.first - 2));
        // ("made a stop at Ramstein", "a brief stop" likewise: "left Tinker
        // on Saturday, made a stop at Ramstein and continued to Crete" is
        // one flight by way of Ramstein.)
        // ("made stops in Lisbon and Santo Domingo" too.)
        let plain_stop =
            ["made", "had"].contains(&w(t.first)) && ["stop", "stops"].contains(&w(t.last - 1));
        stopover_beside
            || plain_stop
            || [
                "refuelled",
                "refueled",
                "refuelling",
                "refueling",
                "fuel",
                "technical",
            ]
            .contains(&w(t.first))
    };
    // (A stay beside it is the stop's own: "made a refuelling stop in Dubai,
    // staying on the ground for about two hours".)
    // (Not one told first, with its own place: "made a technical stop in
    // San Juan in the early hours of Saturday and landed at Fortaleza".)
    let told_first = |t: &Trigger| {
        t.kind == Kind::Stop
            && out
                .iter()
                .filter(|u| !refuel(u) && !matches!(u.kind, Kind::Stay | Kind::Stop))
                .all(|u| u.first > t.last)
            && doc
                .toks
                .get(t.last)
                .is_some_and(|n| ["in", "at"].contains(&n.lower.as_str()))
            && doc.toks.get(t.last + 1).is_some_and(|n| n.cap)
    };
    if out
        .iter()
        .any(|t| !refuel(t) && !matches!(t.kind, Kind::Stay | Kind::Stop))
    {
        let keep: Vec<bool> = out.iter().map(|t| !refuel(t) || told_first(t)).collect();
        let mut k = keep.into_iter();
        out.retain(|_| k.next().unwrap_or(true));
    }
    out
}

/// "Between 14 and 19 January 2024 the aircraft flew four times from
/// Amman to Benina": a count bounded by two days, a dated run of flights.
fn day_range(toks: &[Tok]) -> bool {
    let day = |t: &Tok| {
        t.kind == TokKind::Number && t.lower.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n))
    };
    toks.windows(4).any(|w| {
        w[0].lower == "between" && day(&w[1]) && (w[2].lower == "and" || w[2].is("-")) && day(&w[3])
    })
}

/// "as usual" at token `k` of `toks`: this once, as always ("which
/// accompanied the trip as usual"), not a habit.
fn as_usual(toks: &[Tok], k: usize) -> bool {
    k > 0 && toks[k].lower == "usual" && toks[k - 1].lower == "as"
}

/// "two Dreamlifters, both of which fly out of Seattle": a plain present
/// "fly" at `i` in the body of a story told in the past is what they do,
/// not a flight (not after "to", a modal or "and", nor in a sentence that
/// watches or tracks it: "watched it fly", "will fly", "thousands watched a
/// Gulfstream … fly from Austin to San Jose").
fn plain_present_fly(doc: &Doc, s: &Sentence, i: usize) -> bool {
    let toks = &doc.toks;
    s.block == Block::Body
        && toks[i].lower == "fly"
        && !toks[i].cap
        && i > s.first
        && ![
            "to", "will", "would", "can", "could", "may", "might", "must", "did", "does", "do",
            "and", "or", "not", "n't", "should", "shall", "let", "help", "helped", "make", "made",
            "heard", "hear", "cannot", "ca", "wo", "let's", "them", "it", "him", "her", "us",
        ]
        .contains(&toks[i - 1].lower.as_str())
        && !toks[i - 1].is("\"")
        && !toks[i].quoted
        && !(s.first..i).any(|k| {
            [
                "watch", "watched", "saw", "see", "seen", "watching", "tracked", "showed",
            ]
            .contains(&toks[k].lower.as_str())
        })
}

/// A sentence about habits or patterns: "the usual pattern is a departure
/// from …", "planes tend to go dark".
fn sentence_habitual(doc: &Doc, s: &Sentence, i: usize) -> bool {
    // (In the trigger's part of the sentence: "it usually winters in the
    // Maldives; this year it has been parked at Malé since 2 January".)
    let from = (s.first..i)
        .rev()
        .find(|&k| doc.toks[k].is(";"))
        .map_or(s.first, |k| k + 1);
    let to = (i..s.last).find(|&k| doc.toks[k].is(";")).unwrap_or(s.last);
    let toks = &doc.toks[from..to];
    // ("touched down at Moscow's Vnukovo airport, the one usually reserved
    // for official delegations": an aside after the movement describes the
    // place.)
    let aside = |k: usize| {
        from + k > i
            && (i..from + k).any(|c| {
                doc.toks[c].is(",")
                    && c > 0
                    && (doc.toks[c - 1].cap
                        || ["airport", "airfield", "base", "terminal"].contains(&doc.word(c - 1)))
                    // ("…at Mildenhall, its usual stopping point")
                    && ["which", "where", "the", "who", "a", "an", "its", "their"]
                        .contains(&doc.word(c + 1))
            })
            // ("flew to Nairobi on RAF Voyager which is typically used by
            // ministers": a relative clause on a name, with no comma.)
            || ((i + 1..from + k).any(|c| {
                    ["which", "that"].contains(&doc.word(c))
                        && doc.toks[c - 1].cap
                }))
    };
    toks.iter().enumerate().any(|(k, t)| {
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
            && !as_usual(toks, k)
            && !aside(k)
            // ("was airborne again, and the ramp returned to its usual
            // traffic": another clause's.)
            && !(i + 1..from + k).any(|c| {
                doc.toks[c].is(",") && ["and", "but", "while"].contains(&doc.word(c + 1))
            })
    }) || toks.windows(2).any(|w| {
        // "Why Russian planes keep landing in Caracas": a pattern.
        ["keep", "keeps", "kept"].contains(&w[0].lower.as_str()) && w[1].lower.ends_with("ing")
    }) || toks
        .windows(3)
        .any(|w| w[0].lower == "the" && w[1].lower == "pattern" && w[2].lower == "is")
        // "I've flown into Dublin maybe two hundred times": a count of
        // flights, not one ("for the second time" is one).
        || toks.windows(2).any(|w| {
            w[1].lower == "times"
                && !day_range(toks)
                && (w[0].kind == TokKind::Number
                    || [
                        "many", "several", "hundred", "hundreds", "dozens", "countless", "two",
                        "three", "four", "five", "six", "ten", "twenty", "fifty",
                    ]
                    .contains(&w[0].lower.as_str()))
        })
        // "It is the President's third trip to France since January": a
        // count of trips.
        // "It is the second unscheduled arrival at the Clare airport this
        // month": a count of arrivals.
        // (The trigger is the counted noun, after "is the": not "landed on
        // Saturday, the second such visit this year".)
        || (i >= from + 4
            && ["arrival", "landing", "diversion", "visit", "trip"]
                .contains(&doc.toks[i].lower.as_str())
            && (i - 4..i - 1).any(|k| {
                ["is", "was"].contains(&doc.toks[k].lower.as_str())
                    && doc.toks[k + 1].lower == "the"
                    && ["second", "third", "fourth", "fifth"]
                        .contains(&doc.toks[k + 2].lower.as_str())
            })
            && toks.windows(2).any(|w| {
                w[0].lower == "this"
                    && ["month", "week", "year", "winter", "summer"].contains(&w[1].lower.as_str())
            }))
        || (toks.iter().any(|t| t.lower == "since")
            && toks.windows(2).any(|w| {
                ["trip", "visit", "trips", "visits"].contains(&w[1].lower.as_str())
                    && [
                        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                        "ninth", "tenth",
                    ]
                    .contains(&w[0].lower.as_str())
            }))
}

/// A plural of people ("passengers", "Afghans", "Britons"), whose
/// movements and troubles are not an aircraft's.
fn people_word(t: &Tok) -> bool {
    let x = t.lower.as_str();
    t.is_word()
        && ((tables::PEOPLE_NOT_AIRCRAFT.contains(&x) && x != "flights" && x != "departures")
            || (t.cap && x.ends_with("ans"))
            || (t.cap
                && x.len() > 1
                && x.ends_with('s')
                && tables::demonym(&x[..x.len() - 1]).is_some()))
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

/// Verbs that deny what their clause tells ("denied that the Il-76 had
/// landed").
const DENIALS: &[&str] = &["denied", "denies", "deny", "refuted", "dismissed"];

/// The sentence after `s` (sentences are in text order).
fn next_sentence<'d>(doc: &'d Doc, s: &Sentence) -> Option<&'d Sentence> {
    let k = doc.sentences.partition_point(|x| x.first < s.last);
    doc.sentences.get(k)
}

/// How the trigger at `i` is stated.
/// Bare verbs of a movement that take their mood from the verb they are
/// joined to ("to pick them up and fly them to Larnaca", "can take off …
/// and land in 3,000 feet").
const BARE_MOVES: &[&str] = &[
    "fly", "land", "leave", "depart", "arrive", "return", "ferry",
];

fn modality(doc: &Doc, s: &Sentence, i: usize, w: &str, participle: bool) -> Modality {
    let toks = &doc.toks;
    // "After arriving in London on Saturday afternoon, the couple will
    // attend a banquet": a lead-in whose sentence goes on in the future
    // is as future as it.
    if w.ends_with("ing")
        && i == s.first + 1
        && ["after", "upon", "on"].contains(&toks[s.first].lower.as_str())
        && !toks[i].quoted
        && let Some(c) = (i + 1..s.last).find(|&k| toks[k].is(","))
        && (c + 1..(c + 12).min(s.last)).any(|k| {
            // (The tokens spell "'ll" out as "will".)
            toks[k].lower == "will" || (toks[k].lower == "is" && doc.word(k + 1) == "due")
        })
    {
        return Modality::Irrealis;
    }
    // "is being used to pick up passport holders and fly them to Larnaca":
    // a bare verb joined to an infinitive is told as the infinitive is
    // ("had to abort the approach and fly to Tashkent", "was able to circle
    // back and land" are facts).
    if s.block == Block::Body
        && !toks[i].quoted
        && BARE_MOVES.contains(&w)
        && i > s.first
        && (toks[i - 1].lower == "and"
            // ("an offence … to fly or land in the UK".)
            || toks[i - 1].lower == "or")
        && !(i.saturating_sub(10).max(s.first)..i - 1).any(|k| toks[k].is(","))
        && let Some(k) = (i.saturating_sub(10).max(s.first)..i - 1).find(|&k| {
            toks[k].lower == "to"
                && toks.get(k + 1).is_some_and(|n| {
                    n.is_word() && !n.cap && !["the", "a", "an"].contains(&n.lower.as_str())
                })
        })
    {
        return modality(doc, s, k + 1, &toks[k + 1].lower, false);
    }
    // "The plane can take off from a 7,600-foot airfield and land in 3,000
    // feet or less": a bare verb joined to one a modal governs is told as
    // it is (not "could", a past's ability: "could circle back and land").
    if BARE_MOVES.contains(&w) && i > s.first && ["and", "or"].contains(&toks[i - 1].lower.as_str())
    {
        let digits = |k: usize| {
            k > s.first
                && toks[k - 1].kind == TokKind::Number
                && toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Number)
        };
        let from = i.saturating_sub(16).max(s.first);
        let modal = (from..i - 1).rev().find(|&k| {
            [
                "can", "cannot", "will", "would", "may", "might", "must", "should",
            ]
            .contains(&toks[k].lower.as_str())
        });
        if let Some(k) = modal
            && !(k..i - 1).any(|m| (toks[m].is(",") && !digits(m)) || toks[m].is(";"))
        {
            return Modality::Irrealis;
        }
    }
    // "explosives that would be set off when the plane landed in Moscow":
    // a landing the threat or the plan is timed by, not one told.
    if let Some(wn) = (i.saturating_sub(5).max(s.first + 1)..i).find(|&k| toks[k].lower == "when")
        && !(wn..i).any(|k| toks[k].is(","))
        && (wn.saturating_sub(10).max(s.first)..wn).any(|k| {
            ["would", "will", "could", "might"].contains(&toks[k].lower.as_str())
                && !(k..wn).any(|m| toks[m].is(",") || toks[m].is(";"))
        })
    {
        return Modality::Irrealis;
    }
    // "Had it landed in Vienna, it would have been seized": a condition.
    if ["had", "were"].contains(&toks[s.first].lower.as_str())
        && toks.get(s.first + 1).is_some_and(|t| {
            ["it", "they", "the", "a", "an", "this", "that", "its"].contains(&t.lower.as_str())
        })
        && i > s.first
        && i - s.first <= 6
        && !(s.first..i).any(|k| toks[k].is(","))
    {
        return Modality::Irrealis;
    }
    // "It is the first time in eight years that a Korean presidential plane
    // has landed at Noi Bai": a record of the movement told, not another.
    if (i.saturating_sub(10).max(s.first + 1)..i).any(|k| {
        toks[k].lower == "time"
            && toks[k - 1].lower == "first"
            && !(k..i).any(|j| toks[j].is(",") || toks[j].is(";"))
    }) {
        return Modality::Irrealis;
    }
    // "lined the fence to watch the Ruslan take off again this morning",
    // "saw it land": a movement seen is a fact (not one hoped or waited
    // for, "hoping to see it land", nor one not seen, "did not see it
    // land").
    if i > s.first + 1
        && toks[i - 1].lower != "to"
        && !w.ends_with("ing")
        && (i.saturating_sub(5).max(s.first)..i).any(|k| {
            ["watch", "watched", "saw", "see", "seen", "watching"].contains(&toks[k].lower.as_str())
        })
        && !(s.first..i).any(|k| {
            [
                "hoping", "hope", "hoped", "hopes", "expected", "expect", "expects", "wanted",
                "want", "wants", "waiting", "wait", "waited", "will", "would", "could", "may",
                "might", "not", "n't", "never", "cannot",
            ]
            .contains(&toks[k].lower.as_str())
        })
    {
        return Modality::Fact;
    }
    // "had considered taking off again for Castellón": a course weighed,
    // not taken.
    if w.ends_with("ing")
        && i > s.first
        && [
            "considered",
            "considering",
            "contemplated",
            "contemplating",
            "discussed",
            "proposed",
            "suggested",
            "avoided",
            "avoid",
            "postponed",
        ]
        .contains(&toks[i - 1].lower.as_str())
    {
        return Modality::Irrealis;
    }
    // Present simple in the body is a habit ("usually lands", "flies there often").
    let present = [
        "lands", "arrives", "leaves", "departs", "flies", "takes", "reaches", "returns", "sits",
        "stays", "remains", "touches", "comes",
    ]
    .contains(&w)
        // ("The royal couple leave PNG on Monday for Australia": a plural
        // subject's present, not an infinitive or an auxiliary's verb.)
        || (["leave", "arrive", "depart", "fly", "land", "return"].contains(&w)
            && i > s.first
            && toks[i - 1].is_word()
            && !toks[i - 1].cap
            && [
                "couple", "pair", "royals", "leaders", "ministers", "delegates", "teams",
                "jets", "planes", "aircraft",
            ]
            .contains(&toks[i - 1].lower.as_str()));
    // But a present told at a clock time is the historic present of a live
    // post ("RA-96018 lands at Vnukovo at 14:05 UTC"). (Not "lands in Hanoi
    // on Tuesday": a schedule as often as not.)
    let dated = (s.first..s.last).any(|k| {
        let x = toks[k].lower.as_str();
        x == "yesterday"
            || (x.len() == 5 && x.ends_with('z') && x[..4].bytes().all(|b| b.is_ascii_digit()))
            || (toks[k].kind == TokKind::Number
                && toks
                    .get(k + 1)
                    .is_some_and(|n| [":", "utc", "gmt", "z"].contains(&n.lower.as_str())))
    });
    // (Or a timeline's dated entry: "12 April 2024 - The Il-76 flies from
    // Chkalovsky via Hmeimim to Niamey", "3 May: lands in Niamey again".)
    let entry = (s.first + 1..(s.first + 5).min(s.last))
        .find(|&k| ["-", "–", "—", ":"].contains(&toks[k].lower.as_str()))
        .is_some_and(|k| {
            toks[s.first..k].iter().all(|t| {
                t.kind == TokKind::Number
                    || t.is(",")
                    || crate::article::dates::month(&t.lower).is_some()
                    // ("Monday 23 June: an RAF Voyager flies from Brize Norton")
                    || crate::article::dates::weekday(&t.lower).is_some()
            })
        });
    // (Or a photo caption's, dated to the year: "A B-52 … arrives at Navy
    // Support Facility Diego Garcia on March 22, 2024".)
    let caption = (s.first..s.last).any(|k| crate::article::dates::month(&toks[k].lower).is_some())
        && (s.first..s.last).any(|k| crate::article::dates::year_number(&toks[k].lower).is_some());
    let dated = dated || entry || caption;
    let habit = (s.first..s.last).any(|k| {
        [
            "usually",
            "often",
            "regularly",
            "normally",
            "typically",
            "every",
            "each",
            "always",
            "sometimes",
            "routinely",
            "frequently",
        ]
        .contains(&toks[k].lower.as_str())
    });
    if present && s.block == Block::Body && !toks[i].quoted && (!dated || habit) {
        return Modality::Irrealis;
    }
    // "It has delivered cargo in every worldwide operation since the
    // 1990s", "has landed at every airport in the state": a record, no
    // one movement (quoted from a maker's page too).
    let every = (i..s.last).any(|k| ["every", "each"].contains(&toks[k].lower.as_str()));
    if every && i > s.first && ["has", "have"].contains(&toks[i - 1].lower.as_str()) {
        return Modality::Irrealis;
    }
    // "The plane then refuels, before returning to Sudan": a gerund after
    // "before" or "after" is told in its clause's present, a routine.
    if s.block == Block::Body && !toks[i].quoted && (!dated || habit) {
        let routine = [
            "refuels",
            "returns",
            "lands",
            "flies",
            "leaves",
            "departs",
            "arrives",
            "picks",
            "continues",
            "collects",
            "ferries",
            "shuttles",
        ];
        // (Not one dated: "before returning to Niamey on 6 November".)
        let day_named = (i..s.last).any(|k| {
            crate::article::dates::month(&toks[k].lower).is_some()
                || crate::article::dates::weekday(&toks[k].lower).is_some()
        });
        if w.ends_with("ing")
            && i > s.first
            && !day_named
            && ["before", "after", "then"].contains(&toks[i - 1].lower.as_str())
            && (s.first..i - 1).any(|k| routine.contains(&toks[k].lower.as_str()))
        {
            return Modality::Irrealis;
        }
    }
    // "had been flying deportees from Harlingen to Toncontín almost every
    // week": a habit too.
    let weekly = (s.first..s.last).any(|k| {
        toks[k].lower == "every"
            && toks
                .get(k + 1)
                .is_some_and(|n| ["week", "day", "month", "weekend"].contains(&n.lower.as_str()))
    });
    if weekly && w.ends_with("ing") && i > s.first && toks[i - 1].lower == "been" {
        return Modality::Irrealis;
    }
    // ("on final approach for landing in New York JFK", "cleared for
    // landing": the landing it was set up for, not one told.)
    if ["landing", "takeoff", "take-off", "departure"].contains(&w)
        && i > s.first
        && toks[i - 1].lower == "for"
    {
        return Modality::Irrealis;
    }
    // "has been stopped from leaving Malta", "barred from landing": it did
    // not; also with the object between ("held up a Royal Australian Air
    // Force jet from landing", "kept the plane from leaving").
    if i >= s.first + 2
        && toks[i - 1].lower == "from"
        && (i.saturating_sub(9).max(s.first)..i - 1).any(|k| {
            let held_up =
                toks[k].lower == "held" && toks.get(k + 1).is_some_and(|u| u.lower == "up");
            (held_up
                || [
                    "stopped",
                    "barred",
                    "prevented",
                    "banned",
                    "blocked",
                    "kept",
                    "prohibited",
                    "stopping",
                    "preventing",
                ]
                .contains(&toks[k].lower.as_str()))
                && toks[k + 1..i - 1].iter().all(|x| x.is_word())
        })
    {
        return Modality::Negated;
    }
    // "is scheduled to hold talks … before returning to Dakar on Monday":
    // the plan's.
    if i > s.first
        && ["before", "after", "then"].contains(&toks[i - 1].lower.as_str())
        && w.ends_with("ing")
        && (s.first..i - 1).any(|k| PLANS.contains(&toks[k].lower.as_str()))
    {
        return Modality::Irrealis;
    }
    // Bare forms ("land", "leave", "fly") follow a modal or "to".
    let bare = [
        "land", "arrive", "leave", "depart", "fly", "take", "touch", "reach", "come", "return",
    ]
    .contains(&w);
    // "is scheduled to speak at a rally and then fly to Detroit": a bare
    // form coordinated under a plan told before it in the sentence (also
    // past an adverb: "will conduct training flights and later return to
    // their home base").
    if bare
        && i >= s.first + 2
        && (["and", "then"].contains(&toks[i - 1].lower.as_str())
            || (i >= s.first + 3
                && toks[i - 2].lower == "and"
                && [
                    "later",
                    "then",
                    "eventually",
                    "soon",
                    "also",
                    "subsequently",
                ]
                .contains(&toks[i - 1].lower.as_str())))
        && (s.first..i).any(|k| {
            let w = toks[k].lower.as_str();
            PLANS.contains(&w) || ["planning", "would"].contains(&w)
        })
    {
        return Modality::Irrealis;
    }
    // A present perfect of experience: "has been to Caracas before", "has
    // flown troops to Syria in the past".
    let perfect_present = i > s.first && ["has", "have"].contains(&toks[i - 1].lower.as_str());
    // ("over the past week", "in the past 24 hours" are when, not ever;
    // "in the past three years" is a tally.)
    let time_past = |k: usize| {
        let w = |j: usize| doc.word(j);
        let short =
            |u: &str| ["days", "day", "hours", "week", "weeks", "night", "nights"].contains(&u);
        w(k) == "past"
            && (["week", "weekend", "fortnight", "night", "day"].contains(&w(k + 1))
                || (["few", "several", "two", "three", "24", "48", "72"].contains(&w(k + 1))
                    && short(w(k + 2))))
    };
    // ("has stood on the apron there ever since": a stay, not an
    // experience.)
    let ever_since =
        |k: usize| toks[k].lower == "ever" && toks.get(k + 1).is_some_and(|n| n.lower == "since");
    // ("has landed in Doha, before the detainees fly on": "before" that
    // opens a clause of its own is when, not ever.)
    let before_clause = |k: usize| {
        toks[k].lower == "before"
            && toks.get(k + 1).is_some_and(|n| {
                [
                    "the",
                    "a",
                    "an",
                    "they",
                    "he",
                    "she",
                    "it",
                    "its",
                    "their",
                    "his",
                    "her",
                    "being",
                    "heading",
                    "flying",
                    "leaving",
                    "taking",
                    "continuing",
                ]
                .contains(&n.lower.as_str())
            })
    };
    if perfect_present
        && (i..s.last).any(|k| {
            !time_past(k) && !ever_since(k) && !before_clause(k) && {
                let t = &toks[k];
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
            }
        })
    {
        return Modality::Irrealis;
    }
    // A past perfect of experience: "had already been spotted in Caracas
    // previously", "had landed there several times": some earlier time.
    if (i.saturating_sub(3).max(s.first)..i).any(|k| toks[k].lower == "had")
        && (i..s.last).any(|k| {
            let w = toks[k].lower.as_str();
            ["previously", "repeatedly"].contains(&w)
                || (w == "times"
                    && k > i
                    && ["several", "many"].contains(&toks[k - 1].lower.as_str()))
        })
    {
        return Modality::Irrealis;
    }
    // A present perfect progressive of a movement: "have been calling at
    // airports in Syria", "has been flying to Minsk": a run of trips, not
    // one movement ("has been sitting at", a stay, is one).
    // An adverb may stand between ("have also been calling").
    let has = |k: usize| ["has", "have", "'s", "'ve"].contains(&toks[k].lower.as_str());
    if participle
        && i >= s.first + 2
        && toks[i - 1].lower == "been"
        && (has(i - 2) || (i >= s.first + 3 && toks[i - 2].is_word() && has(i - 3)))
        && [
            "calling",
            "flying",
            "landing",
            "arriving",
            "coming",
            "leaving",
            "departing",
            "returning",
            "touching",
            "reaching",
            "shuttling",
            "stopping",
        ]
        .contains(&w)
    {
        return Modality::Irrealis;
    }
    // Counts of flights: "has flown at least 41 charters", "six flights a day"
    // (not "made about 30 flights from X to Y", told with its places).
    let made = ["made", "operated", "conducted"].contains(&w);
    // A number that counts trips: 2 to 999.
    let a_count = |t: &Tok| {
        t.kind == TokKind::Number && t.lower.parse::<u32>().is_ok_and(|n| (2..1000).contains(&n))
    };
    // ("Avelo had conducted dozens of flights for ICE a week earlier": a
    // count told with no places is no movement.)
    if made
        && toks.get(i + 1..(i + 4).min(s.last)).is_some_and(|ws| {
            ws.iter().any(|t| {
                [
                    "dozens",
                    "hundreds",
                    "scores",
                    "numerous",
                    "multiple",
                    "countless",
                ]
                .contains(&t.lower.as_str())
                    || a_count(t)
            })
        })
        && !toks[i..s.last]
            .iter()
            .any(|t| ["from", "to", "between", "into", "at", "via"].contains(&t.lower.as_str()))
    {
        return Modality::Irrealis;
    }
    let window = if made {
        &toks[0..0]
    } else {
        &toks[i..(i + 8).min(s.last)]
    };
    for (k, t) in window.iter().enumerate() {
        if a_count(t)
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
    // "The Tigers still plan to play at Utah Valley on Tuesday before
    // returning home": a participle after "before" or "after" is as real
    // as the verb it hangs on, however far back that is.
    if w.ends_with("ing")
        && i >= s.first + 2
        && ["before", "after"].contains(&toks[i - 1].lower.as_str())
    {
        // (Past commas to a clause's own start: "was set to take off from
        // San Antonio … with a brief stop in Crestview, Fla., before
        // landing at Georgetown".)
        let from = (s.first..i - 1)
            .rev()
            .find(|&k| [";", "but", "and"].contains(&toks[k].lower.as_str()))
            .map_or(s.first, |k| k + 1);
        if (from..i - 1).any(|k| {
            ["would", "plan", "intends"].contains(&toks[k].lower.as_str())
                || plan_word(toks, k)
                || (toks[k].lower == "set" && toks.get(k + 1).is_some_and(|x| x.lower == "to"))
        }) {
            return Modality::Irrealis;
        }
    }
    // "denied reports that one of its Boeing 747 freighters had landed":
    // a denied movement, however long the subject between.
    if let Some(j) = (i.saturating_sub(14).max(s.first)..i)
        .rev()
        .find(|&j| toks[j].lower == "that")
        && !(j + 1..i).any(|m| [";", "."].contains(&toks[m].lower.as_str()))
        && (j.saturating_sub(4).max(s.first)..j).any(|k| {
            DENIALS.contains(&toks[k].lower.as_str())
                && (k + 1..j).all(|m| {
                    !["and", "but", ";", ",", "while", "as", "after"]
                        .contains(&toks[m].lower.as_str())
                })
        })
    {
        return Modality::Irrealis;
    }
    // The next sentence, which may take back what this one tells.
    let next = next_sentence(doc, s);
    // "Polish media reported that a Voyager had landed at Warsaw Chopin.
    // The defence ministry has denied that": a report the next sentence
    // denies.
    if (s.first..i).any(|k| {
        [
            "reported", "reports", "claimed", "claims", "rumoured", "rumored",
        ]
        .contains(&toks[k].lower.as_str())
    }) && let Some(next) = next
        && (next.first..(next.first + 10).min(next.last)).any(|k| {
            ["denied", "denies", "dismissed", "refuted", "rejected"]
                .contains(&toks[k].lower.as_str())
                && toks.get(k + 1).is_some_and(|x| {
                    [
                        "that", "this", "it", "the", "those", "these", "reports", "claims",
                    ]
                    .contains(&x.lower.as_str())
                })
        })
    {
        return Modality::Irrealis;
    }
    // "An earlier version of this page said the aircraft had landed at
    // Liverpool. That was wrong.": a telling the next sentence takes back.
    if let Some(next) = next
        && next.last >= next.first + 3
        && ["that", "this"].contains(&toks[next.first].lower.as_str())
        && ["was", "is"].contains(&toks[next.first + 1].lower.as_str())
        && [
            "wrong",
            "incorrect",
            "false",
            "untrue",
            "inaccurate",
            "mistaken",
        ]
        .contains(&toks[next.first + 2].lower.as_str())
    {
        return Modality::Irrealis;
    }
    // ("Airline denies its cargo jet landed in Tehran": no "that".)
    if (i.saturating_sub(6).max(s.first)..i).any(|k| {
        ["denied", "denies", "deny"].contains(&toks[k].lower.as_str())
            && (k + 1..i).all(|m| {
                toks[m].is_word()
                    && ![
                        "and",
                        "but",
                        "while",
                        "as",
                        "after",
                        "that",
                        "permission",
                        "access",
                        "entry",
                        "clearance",
                    ]
                    .contains(&toks[m].lower.as_str())
            })
    }) {
        return Modality::Irrealis;
    }
    // "Screenshots appeared to show a 747 … on the ground at Imam
    // Khomeini": what pictures seem to show is not told as fact.
    if (i.saturating_sub(12).max(s.first)..i).any(|k| {
        [
            "appeared",
            "appear",
            "appears",
            "purported",
            "purports",
            "purporting",
            "seemed",
            "seem",
            "seems",
        ]
        .contains(&toks[k].lower.as_str())
            && toks.get(k + 1).is_some_and(|x| x.lower == "to")
            && toks.get(k + 2).is_some_and(|x| x.lower == "show")
            && !(k + 3..i).any(|m| [";", "."].contains(&toks[m].lower.as_str()))
    }) {
        return Modality::Irrealis;
    }
    // "it is believed the plane landed on a private airstrip": a guess.
    // ("He is thought to have fallen from a plane as it came into land":
    // the guess holds the clause after it too.)
    if (i.saturating_sub(12).max(s.first + 2)..i).any(|k| {
        ["believed", "thought", "suspected", "presumed"].contains(&toks[k].lower.as_str())
            && ["is", "was"].contains(&toks[k - 1].lower.as_str())
            && (toks[k - 2].lower == "it" || (doc.word(k + 1) == "to" && doc.word(k + 2) == "have"))
            && !(k + 1..i).any(|m| [";", ",", "but"].contains(&toks[m].lower.as_str()))
    }) {
        return Modality::Irrealis;
    }
    // Look back over the clause.
    let mut j = i;
    let mut steps = 0;
    let mut to_done = false;
    while j > s.first && steps < 7 {
        j -= 1;
        steps += 1;
        let t = toks[j].lower.as_str();
        // "The A320 that abandoned two approaches into Dublin has landed at
        // Belfast": before the verb's own "has" stands its subject, with a
        // clause of its own.
        if ["has", "have", "had"].contains(&t)
            && j + 1 == i
            && j > s.first
            && ![
                "would", "could", "might", "may", "must", "should", "will", "to", "not", "n't",
            ]
            .contains(&toks[j - 1].lower.as_str())
            && (j.saturating_sub(8).max(s.first)..j).any(|k| {
                // (A verb right after it: "that abandoned", "which was";
                // not "speculated that the plane had delivered".)
                let next = toks[k + 1].lower.as_str();
                ["that", "which", "who"].contains(&toks[k].lower.as_str())
                    && k + 1 < j
                    // (Not a question after it: "who was on board or where
                    // it had come from".)
                    && !(k + 1..j).any(|m| {
                        ["where", "when", "whether"].contains(&toks[m].lower.as_str())
                    })
                    && (next.ends_with("ed")
                        || [
                            "was", "were", "is", "are", "took", "flew", "left", "made", "came",
                            "went", "tried", "spent",
                        ]
                        .contains(&next))
            })
        {
            break;
        }
        // "The ministry denied that the Il-76 had landed", "denied reports
        // that …": what is denied is no claim.
        let denial = |k: usize| DENIALS.contains(&toks[k].lower.as_str());
        // (Up to seven words back, with no conjunction between: "denied
        // reports on social media that the 737 had flown to Punta Cana".)
        if t == "that"
            && j > s.first
            && (j.saturating_sub(7).max(s.first)..j).any(|k| {
                denial(k)
                    && (k + 1..j).all(|m| {
                        !["and", "but", ";", ".", "while", "as", "after"]
                            .contains(&toks[m].lower.as_str())
                    })
            })
        {
            return Modality::Irrealis;
        }
        // "we could not establish when it arrived", "it is unclear where
        // it landed": a movement asked about, not told.
        if ["when", "where", "whether"].contains(&t) && unknown_before(doc, s, j) {
            return Modality::Irrealis;
        }
        if CLAUSE_BREAK.contains(&t) || t == "," && steps > 3 {
            break;
        }
        // "An Iranian Il-76 aircraft, which can carry military cargo,
        // landed in Moscow today": a relative clause's modal is the
        // clause's, not the verb's after it.
        if t == ","
            && steps == 1
            && (j.saturating_sub(12).max(s.first + 1)..j)
                .any(|k| ["which", "who"].contains(&toks[k].lower.as_str()) && toks[k - 1].is(","))
        {
            break;
        }
        // "has given up on Dublin after two aborted approaches and has
        // landed at Shannon": a verb coordinated after "and" has its own
        // clause.
        if t == "and"
            && toks[j + 1..i].iter().all(|x| {
                [
                    "has",
                    "have",
                    "had",
                    "now",
                    "then",
                    "finally",
                    "eventually",
                    "later",
                    "safely",
                ]
                .contains(&x.lower.as_str())
            })
        {
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
            // "was refused permission to land in Lima on Tuesday", "was
            // unable to land": denied, but on the day the text gives.
            let before2 = if j > s.first + 1 {
                toks[j - 2].lower.as_str()
            } else {
                ""
            };
            if ["unable", "failed"].contains(&before)
                || (before == "permission" && ["refused", "denied", "no"].contains(&before2))
                || (before == "allowed" && ["not", "n't"].contains(&before2))
            {
                return Modality::Negated;
            }
            // "flew through the darkness to land at Jeddah": the flight's
            // end, told with it.
            let flown_to = w != "fly"
                && (j.saturating_sub(8).max(s.first)..j).any(|k| {
                    ["flew", "descended", "turned", "continued"].contains(&toks[k].lower.as_str())
                        && !(k..j).any(|m| {
                            FUTURE.contains(&toks[m].lower.as_str())
                                || [",", "and", "but"].contains(&toks[m].lower.as_str())
                        })
                });
            // ("forced the Boeing 737 to return to Havana", "forcing it to
            // return": a fact, its object between.)
            // ("forced a Ryanair airliner flying from Greece to Lithuania to
            // land in Minsk": a longer object, with the flight's plan.)
            let forced_object = (j.saturating_sub(12).max(s.first)..j.saturating_sub(1)).any(|k| {
                ["forced", "forcing", "compelled", "compelling"].contains(&toks[k].lower.as_str())
                    && toks[k + 1..j].iter().all(|x| {
                        // (Not many at once: "forcing several inbound
                        // flights to land at other airports".)
                        x.is_word()
                            && ![
                                "several",
                                "many",
                                "some",
                                "all",
                                "dozens",
                                "flights",
                                "planes",
                                "jets",
                                "aircraft",
                                "airliners",
                            ]
                            .contains(&x.lower.as_str())
                    })
            });
            // ("was diverted to land at Dulles", "re-directed to land": the
            // diversion's landing, told as its purpose.)
            let diverted =
                ["diverted", "redirected", "rerouted", "directed", "routed"].contains(&before);
            // ("was the first aircraft to land at Sunan", "became the first
            // foreign jet to touch down in Kabul": a fact, ranked.)
            let ranked = (j.saturating_sub(6).max(s.first + 2)..j).any(|k| {
                ["first", "second", "third", "last", "only"].contains(&toks[k].lower.as_str())
                    && toks[k - 1].lower == "the"
                    && ["was", "became", "were"].contains(&toks[k - 2].lower.as_str())
                    && toks[k + 1..j].iter().all(|x| x.is_word())
            });
            // ("prior to taking off from Santa Cruz": before it, as
            // "before taking off" is.)
            let prior = before == "prior" && w.ends_with("ing");
            if !["had", "forced", "managed", "on", "able"].contains(&before)
                && !prior
                && !diverted
                && !flown_to
                && !forced_object
                && !ranked
            {
                return Modality::Irrealis;
            }
            // (A "to" further back is the route's: "an A380 en route from
            // Singapore to London was forced to land at Baku". Only after
            // "forced", with or without an object between: "flights on
            // their way to Kastrup had to land elsewhere" keeps its doubt.)
            to_done = before == "forced" || forced_object;
            continue;
        }
        if t == "to" && bare && !to_done {
            return Modality::Irrealis;
        }
        // "where it is to be parked", "was to be flown home": a plan. Said
        // of what is known ("is believed to be parked", "had to be towed"),
        // a fact as the text states it.
        if t == "be" && j + 1 == i && j > s.first + 1 && toks[j - 1].lower == "to" {
            let before = toks[j - 2].lower.as_str();
            if ![
                "had",
                "has",
                "have",
                "forced",
                "managed",
                "able",
                "believed",
                "thought",
                "said",
                "reported",
                "understood",
                "known",
                "seemed",
                "appeared",
                "appears",
                "seems",
            ]
            .contains(&before)
            {
                return Modality::Irrealis;
            }
        }
        // "is believed to have landed at Nikšić", "thought to have gone
        // into al-Khadim": a guess about a movement.
        // ("Her jet is said to have then taken a 29-minute flight": said,
        // not seen; an adverb may stand before the verb.)
        if t == "have"
            && (j + 1 == i
                || (j + 2 == i
                    && ["then", "also", "already", "later", "since"].contains(&doc.word(j + 1))))
            && j > s.first + 1
            && toks[j - 1].lower == "to"
            && ([
                "believed",
                "thought",
                "suspected",
                "presumed",
                "rumoured",
                "rumored",
            ]
            .contains(&toks[j - 2].lower.as_str())
                || (["said", "alleged"].contains(&toks[j - 2].lower.as_str())))
        {
            return Modality::Irrealis;
        }
        // ("crossed the Atlantic without stopping and landed at Barajas":
        // "without" negates the verb right after it only.)
        if t == "without" && j + 1 != i {
            continue;
        }
        // ("the plane instead went from Nashville to Teterboro": what
        // happened in place of the plan; "instead of landing" negates.)
        if t == "instead" && toks.get(j + 1).is_none_or(|x| x.lower != "of") {
            continue;
        }
        if [
            "not", "n't", "never", "nor", "neither", "cannot", "without", "instead",
        ]
        .contains(&t)
        {
            return Modality::Negated;
        }
        // "No Chinese military aircraft has landed in Ghana": a subject
        // that opens on "no" (not "a jet with no markings landed").
        if t == "no"
            && (j == s.first || matches!(toks[j - 1].lower.as_str(), "\"" | "“" | "and" | "but"))
        {
            return Modality::Negated;
        }
        // "none of its aircraft had flown to Iran".
        if t == "none" && toks.get(j + 1).is_some_and(|x| x.lower == "of") {
            return Modality::Negated;
        }
        // "have faced difficulty leaving Lebanon", "were unable to leave":
        // a try, not a movement.
        if i - j <= 2
            && ((participle
                && [
                    "difficulty",
                    "difficulties",
                    "trouble",
                    "struggled",
                    "struggling",
                ]
                .contains(&t))
                || t == "unable")
        {
            return Modality::Irrealis;
        }
        // "spotters believe the aircraft went to Cairo West": a guess.
        // (Not the noun before a name: "arms trafficking suspect Viktor Bout
        // was flown from Bangkok".)
        let suspect_noun = ["suspect", "suspects"].contains(&t)
            && (toks.get(j + 1).is_some_and(|n| n.cap && n.is_word())
                || (j > s.first && ["a", "an", "the"].contains(&toks[j - 1].lower.as_str())));
        if (tables::GUESSES.contains(&t) || t == "guess") && !suspect_noun {
            return Modality::Irrealis;
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
            // ("carrying 41 people whose asylum claims had failed flew from
            // Dublin": a relative clause's end right before a past verb.)
            && !(j + 1 == i
                && ["flew", "landed", "departed", "arrived", "left", "took", "touched"].contains(&w))
        {
            return Modality::Irrealis;
        }
        // "on 10 May": the month, not the verb.
        if t == "may" && toks[j].cap && j > s.first {
            continue;
        }
        // "which accompanied the trip as usual, returned": this once.
        if as_usual(&toks[s.first..], j - s.first) {
            continue;
        }
        // ("stranded at Borispol due to the closure of airspace, returned":
        // a cause, not a plan.)
        if due_to_cause(toks, j) {
            continue;
        }
        // ("a jetliner on a flight scheduled to end in Melbourne made an
        // emergency landing in Philadelphia": the plan describes the flight
        // the subject was on; the past verb after it is told.)
        if j > s.first && plan_of_the_subject(toks, j, i) {
            break;
        }
        if FUTURE.contains(&t) {
            // "no declared destination": "no" before a noun does not govern the verb.
            if t == "no" && j + 1 < i && toks[j + 1].is_word() && !participle {
                continue;
            }
            // ("Combat Air Command No. 3", "No 3 Squadron", "flight no. 467":
            // a number sign.)
            if t == "no"
                && ((toks[j].cap
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is(".") || n.kind == TokKind::Number))
                    || (toks.get(j + 1).is_some_and(|n| n.is("."))
                        && toks.get(j + 2).is_some_and(|n| n.kind == TokKind::Number)))
            {
                continue;
            }
            return Modality::Irrealis;
        }
        // Progressive "was flying to": a plan, not an arrival.
        // ("was flying from Dublin to Bremen when …": it left Dublin, and
        // was headed to Bremen; the frame keeps only the start.)
        if ["was", "were", "is", "are"].contains(&t)
            && j + 1 == i
            && participle
            && w == "flying"
            && toks.get(i + 1).is_none_or(|x| x.lower != "from")
        {
            return Modality::Irrealis;
        }
    }
    Modality::Fact
}

/// The verbs of flights told in the passive: "two more flights were made
/// from Syria to Benghazi", "flights from A to B were operated".
const PASSIVE_FLIGHT_VERBS: &[&str] = &["made", "operated", "conducted", "flown"];

/// The words that make a movement told after them a plan: "is due in
/// Angola", "will land", "is scheduled to leave". The clause and modality
/// rules each add their own context; this is the one list they share. (Not
/// "plan": "according to the flight plan filed" tells a past flight.)
const PLAN_WORDS: &[&str] = &[
    "due",
    "will",
    "expected",
    "expects",
    "scheduled",
    "planned",
    "plans",
];

/// True when token `j` speaks of a plan: a plan word that is not "due to"
/// giving a cause ("stranded due to the closure of airspace").
pub fn plan_word(toks: &[Tok], j: usize) -> bool {
    PLAN_WORDS.contains(&toks[j].lower.as_str()) && !due_to_cause(toks, j)
}

/// A plan word at `j` in a participle phrase that describes the flight
/// the subject was on, with the clause's own past verb after it, by token
/// `upto`: "a jetliner on a flight scheduled to end in Melbourne made an
/// emergency landing in Philadelphia" told the landing.
pub fn plan_of_the_subject(toks: &[Tok], j: usize, upto: usize) -> bool {
    [
        "scheduled",
        "due",
        "expected",
        "planned",
        "supposed",
        "meant",
        "intended",
    ]
    .contains(&toks[j].lower.as_str())
        && j > 0
        && tables::GENERIC_AIRCRAFT
            .iter()
            .chain(["flight", "flights", "service", "trip", "journey"].iter())
            .any(|n| *n == toks[j - 1].lower)
        && toks.get(j + 1).is_some_and(|x| x.lower == "to")
        && j + 2 < upto
        && (j + 3..=upto.min(toks.len() - 1)).any(|k| {
            let v = toks[k].lower.as_str();
            (v.ends_with("ed") && v != "scheduled")
                || ["made", "took", "flew", "left", "came", "touched"].contains(&v)
        })
        && !(j + 2..upto).any(|k| toks[k].is(",") || toks[k].lower == "and")
}

/// "due to the closure", "due to bad weather": "due" at `j` giving a cause,
/// not a plan ("due to land").
fn due_to_cause(toks: &[Tok], j: usize) -> bool {
    toks[j].lower == "due"
        && toks.get(j + 1).is_some_and(|x| x.lower == "to")
        && toks.get(j + 2).is_some_and(|x| {
            x.cap
                || [
                    "the",
                    "a",
                    "an",
                    "its",
                    "their",
                    "his",
                    "her",
                    "this",
                    "that",
                    "these",
                    "those",
                    "bad",
                    "poor",
                    "heavy",
                    "strong",
                    "high",
                    "low",
                    "technical",
                    "weather",
                    "fog",
                    "snow",
                    "security",
                    "safety",
                    "mechanical",
                    "severe",
                ]
                .contains(&x.lower.as_str())
        })
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
    fn a_delivery_taken_and_a_landing_given_up_are_no_movements() {
        assert!(trigs("Since the coup it has taken delivery of six Su-30 fighters.").is_empty());
        assert!(
            trigs("A private jet circled Ronaldsway before giving up on landing.")
                .iter()
                .all(|x| x.0 != "landing")
        );
    }

    #[test]
    fn a_relative_clause_before_the_verb_is_not_its_modality() {
        let fact = |t: &str| trigs(t).iter().any(|x| x.0 == "landed" && x.2);
        assert!(fact(
            "The A320 that abandoned two approaches into Dublin has landed at Belfast."
        ));
        assert!(fact("The jet, which tried twice, has landed at Shannon."));
        // (What is guessed or denied stays so.)
        assert!(!fact(
            "Channels speculated on Wednesday that the plane had landed at Tallinn."
        ));
        assert!(!fact(
            "The ministry denied that the Il-76 had landed at Bamako."
        ));
    }

    #[test]
    fn a_capital_inside_a_name_is_no_trigger() {
        // ("Ministry of Land, Infrastructure, Transport and Tourism": no
        // landing; a title-case headline and a post's first word still count.)
        let words = |t: &str| trigs(t).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(
            words(
                "The office of the Ministry of Land, Infrastructure and Transport said the jet landed."
            ),
            ["landed"]
        );
        assert_eq!(
            words("Country Star's Jet Lands In Bergen County"),
            ["lands"]
        );
        assert_eq!(
            words("3/6 Wheels up from Bosaso at 06:10 UTC."),
            ["wheels up"]
        );
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
            // A second question after "who", and one still sought.
            "We do not know who was on board or where it had come from.",
            "Nobody could say when the jet landed or where it had come from.",
            "Police are working to establish where the jet came from.",
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
        // A habit told of the place, in an aside after it, is the place's.
        assert!(
            trigs(
                "It touched down at Moscow's Vnukovo airport, the one usually reserved for \
                 official delegations."
            )[0]
            .2
        );
        assert!(!trigs("The jet usually lands at Vnukovo, the capital's airport.")[0].2);
    }

    #[test]
    fn taking_part_is_no_movement() {
        let got = trigs(
            "On Wednesday evening the AW169 took part in the search, and landed at Flesland.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "landed");
    }

    #[test]
    fn a_course_weighed_is_no_movement() {
        let got =
            trigs("The club had considered taking off again for Castellon, but ruled it out.");
        assert!(got.iter().all(|t| !t.2), "{got:?}");
    }

    #[test]
    fn a_side_a_ground_move_and_a_stopped_climb_are_no_movement() {
        for text in [
            "A bird struck the left hand engine.",
            "The aircraft returned to the stand.",
            "Fire engines sprayed water over the A320 as it taxied to the gate.",
            "The crew stopped the climb at FL200.",
        ] {
            assert!(trigs(text).is_empty(), "{text}: {:?}", trigs(text));
        }
        // (The same words still move an aircraft where they do.)
        assert_eq!(trigs("The jet left Denver.").len(), 1);
        assert_eq!(trigs("The jet stopped in Denver.").len(), 1);
    }

    #[test]
    fn a_refuelling_stop_told_before_the_landing_is_its_own() {
        let got = trigs(
            "The plane made a technical stop in San Juan in the early hours of Saturday and \
             landed at Fortaleza.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, Kind::Stop);
        // (Told after it, a stop on the way, which the landing's frame reads.)
        let got = trigs("The plane landed in Fortaleza after a technical stop in San Juan.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn an_aircraft_that_took_someone_somewhere_flew() {
        let got = trigs("And on the 9th it took him from Johannesburg to Accra.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, Kind::Fly);
        assert!(trigs("An ambulance then took her to Crumlin.").is_empty());
        // (The text's last word: no panic.)
        assert!(trigs("Then it took").is_empty());
        assert!(
            trigs("It took off from Accra.")
                .iter()
                .all(|t| t.1 == Kind::Depart)
        );
    }

    #[test]
    fn everyday_words_that_tell_no_movement() {
        // A day's short form and an airport's code ("Sat.", "(SAT)"),
        // people leaving the plane or arriving, a jet coming to rest, a
        // turn to the left, a pilot's leave, a grounded fleet, a warning
        // light coming on.
        for text in [
            "Sat., Nov. 8 — N318XA, Mesa to El Paso.",
            "Mesa (AZA) to San Antonio (SAT).",
            "Passengers left the plane on the taxiway.",
            "Evacuees arriving in Calgary will be met at the terminal.",
            "The jet came to rest against a hangar wall.",
            "The pilot has taken leave while the accident is investigated.",
            "The captain swung it left onto a parking apron.",
            "The aircraft veered left off the runway.",
            "The company has grounded its fixed-wing fleet after the crash.",
            "A warning light came on in the cockpit.",
            "Alaska flew a relief crew down from Seattle.",
            // (A participle describing the aircraft, and a plan's word
            // inside "were … back".)
            "Operations resumed, and the diverted aircraft were expected back by evening.",
        ] {
            assert!(trigs(text).is_empty(), "{text}: {:?}", trigs(text));
        }
        // The same words telling one.
        for text in [
            "The jet sat on the ramp.",
            "The plane left Madison at noon.",
            // (Not the sentence's subject, and an aircraft named.)
            "A C-17 carrying another group of deportees landed in the afternoon.",
            "The jet left Van Nuys at noon.",
            "The jet came to Van Nuys at noon.",
            "The jet was grounded in Malta for two weeks.",
            "The A319 came in to Leipzig on Monday.",
            "The C-17 flew a team of 40 from Amberley to Port Vila.",
            "It flew the crew home from Seattle.",
        ] {
            assert_eq!(trigs(text).len(), 1, "{text}: {:?}", trigs(text));
        }
    }
}
