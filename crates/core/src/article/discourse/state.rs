//! What the discourse stage carries from sentence to sentence (the
//! aircraft the story talks about, its date and place) and what it returns.

use crate::article::dates::Days;
use crate::article::{Event, Place};

/// An aircraft the story talks about.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    /// ICAO designator, and the series prefix when only a series was named.
    pub type_code: Option<(&'static str, Option<&'static str>)>,
    /// A maker's prefixes ("the Antonov").
    pub maker: Option<&'static [&'static str]>,
    /// Registrations.
    pub regs: Vec<String>,
    /// ICAO address.
    pub hex: Option<String>,
    /// A group ("four Il-76s") rather than one aircraft.
    pub plural: bool,
    /// Token spans where it was identified (type, registration, address).
    pub named_at: Vec<(usize, usize)>,
    /// Where it was last (an arrival or a stay), and when.
    pub at: Option<(Place, Option<Days>)>,
    /// Where it was before its last departure, and when it left.
    pub left: Option<(Place, Option<Days>)>,
    /// Merged into another entity.
    pub alias: Option<usize>,
    /// Said to be unidentified: nothing later names it.
    pub closed: bool,
    /// Said to be a leader's ("Maduro's Airbus", "the presidential jet").
    pub owned: bool,
    /// Said to be another than those before ("a second aircraft"): never
    /// the same as one of them, even unidentified.
    pub distinct: bool,
    /// The last callsign or flight number it flew under.
    pub callsign: Option<String>,
}

impl Entity {
    /// Named by type, registration or address.
    pub fn identified(&self) -> bool {
        self.type_code.is_some() || !self.regs.is_empty() || self.hex.is_some()
    }
}

/// Which words a claim was read from, by kind (token spans).
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The aircraft's words.
    pub aircraft: Vec<(usize, usize)>,
    /// The place's words.
    pub place: Vec<(usize, usize)>,
    /// The date's words.
    pub date: Vec<(usize, usize)>,
}

/// A claim before it is tidied.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The event.
    pub event: Event,
    /// Its place, or a route's stops in order.
    pub places: Vec<Place>,
    /// The route's origin is not known yet.
    pub open_origin: bool,
    /// The aircraft.
    pub entity: Option<usize>,
    /// The callsign the text gives for this flight.
    pub callsign: Option<String>,
    /// The days.
    pub days: Option<Days>,
    /// The text gave the date for this movement (not carried).
    pub own_date: bool,
    /// That date is a vague period ("in recent days", "in March").
    pub vague: bool,
    /// Sentence number.
    pub sentence: usize,
    /// From the headline or deck.
    pub headline: bool,
    /// From the lead (the first paragraph of the body), which often sums
    /// up what the body tells in detail.
    pub lead: bool,
    /// A stop on the way ("stopped in Casablanca").
    pub stop: bool,
    /// A route whose end day is not known.
    pub open_end: bool,
    /// Words read.
    pub evidence: Evidence,
    /// A landing off any airfield ("in a field near Elmore"): its country
    /// is all it says, never an airport the story names.
    pub off_field: bool,
    /// Dropped while tidying.
    pub dropped: bool,
}

/// What the discourse stage returns: the drafts, the entities, the
/// resolved days of each timex (for the entity list), and the airports the
/// text puts each entity at outside any movement (with the sentence).
pub type Reading = (
    Vec<Draft>,
    Vec<Entity>,
    Vec<Option<Days>>,
    Vec<(usize, Place, usize)>,
);

/// A run of days that dated a movement: the days, the words that told
/// them, and the aircraft (its root).
pub(super) type Span = (Days, Option<(usize, usize)>, usize);

/// The discourse state while reading.
pub(super) struct State {
    pub(super) entities: Vec<Entity>,
    pub(super) current: Option<usize>,
    pub(super) group: Vec<usize>,
    pub(super) date: Option<Days>,
    pub(super) date_at: Option<(usize, usize)>,
    pub(super) date_entity: Option<usize>,
    /// A run of days (a week, early March) that dated an aircraft's last
    /// movement.
    pub(super) span: Option<Span>,
    pub(super) place: Option<Place>,
    pub(super) place_at: Option<(usize, usize)>,
    pub(super) callsign: Option<(usize, String)>,
    /// An aircraft first met as "it" in sentence n, before the sentence names it.
    pub(super) fresh: Option<(usize, usize)>,
}

impl State {
    pub(super) fn root(&self, mut e: usize) -> usize {
        while let Some(a) = self.entities[e].alias {
            e = a;
        }
        e
    }

    pub(super) fn new_entity(&mut self) -> usize {
        self.entities.push(Entity::default());
        self.entities.len() - 1
    }

    pub(super) fn compatible_type(&self, e: usize, code: &str, series: Option<&str>) -> bool {
        let ent = &self.entities[e];
        match ent.type_code {
            // (A series' prefix, or its designators: "C130|C30J".)
            Some((c, s)) => {
                let of = |p: &str, x: &str| p.split('|').any(|q| x.starts_with(q));
                c == code || series.is_some_and(|p| of(p, c)) || s.is_some_and(|p| of(p, code))
            }
            None => ent
                .maker
                .is_none_or(|m| crate::article::tables::makes(m, code)),
        }
    }

    pub(super) fn at(&self, e: usize) -> Option<Place> {
        self.entities[self.root(e)].at.as_ref().map(|x| x.0.clone())
    }
}
