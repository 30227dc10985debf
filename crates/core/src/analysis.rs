//! The analysis document: the JSON contract shared by the app's
//! "Export analysis (JSON)" and `flightlens analyze --json`.
//!
//! Times are RFC 3339 UTC, distances km, durations seconds, altitudes feet.
//! Fields may be added; none may change meaning without bumping [`SCHEMA`].
//!
//! The document is output only: it is written from the typed model (the
//! tracks, their routes, the checked claims) and nothing in the engine
//! reads its strings back. Work on the routes, not on the document.

use serde::Serialize;

use crate::airports::Candidate;
use crate::article::check::{Checked, Verdict};
use crate::article::{Claim, Event, Place};
use crate::ids::{AircraftId, ItemId, LegId, StopId};
use crate::ingest::{Dataset, Warning};
use crate::routes::{End, Routes};
use crate::time::{rfc3339, rfc3339_local as local_time};

/// The schema name and version written into every document.
pub const SCHEMA: &str = "flightlens.analysis/1";

/// One aircraft in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aircraft {
    /// Document-local id (`a1`, `a2`, …) that legs and stopovers refer to.
    pub id: AircraftId,
    /// A short name for people: registration, else callsign, else ICAO address.
    pub label: String,
    /// ICAO 24-bit address, six lower-case hex digits.
    pub icao24: Option<String>,
    /// Registration, e.g. `TC-TTC`.
    pub registration: Option<String>,
    /// Callsigns seen.
    pub callsigns: Vec<String>,
    /// ICAO type designator, as a file gives it.
    #[serde(rename = "type")]
    pub type_code: Option<String>,
    /// Who operates it, as a file names it.
    pub operator: Option<String>,
    /// The type in words, as a file gives it (`BOEING 737-900`).
    pub description: Option<String>,
    /// Origins and destinations a source reports for its flights
    /// (Flightradar24's own), to show beside the airports found.
    pub reported_routes: Vec<ReportedRouteOut>,
    /// Number of positions in the track.
    pub points: usize,
    /// First position's time, RFC 3339.
    pub first_seen: Option<String>,
    /// Last position's time, RFC 3339.
    pub last_seen: Option<String>,
    /// The aircraft's itinerary: its legs and stopovers in time order, by id
    /// (`leg:1`, `stop:1`, `leg:2`, …).
    pub itinerary: Vec<ItemId>,
}

/// A flight's origin and destination as a source reports them (see
/// [`crate::track::ReportedRoute`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedRouteOut {
    /// Who says so, e.g. `Flightradar24`.
    pub source: String,
    /// The commercial flight number, e.g. `JL516`.
    pub flight_number: Option<String>,
    /// The callsign of that flight.
    pub callsign: Option<String>,
    /// The origin's ICAO code, as reported.
    pub origin: Option<String>,
    /// The destination's ICAO code, as reported.
    pub destination: Option<String>,
    /// The flight's first position in the file, RFC 3339.
    pub first_seen: Option<String>,
    /// The flight's last position in the file, RFC 3339.
    pub last_seen: Option<String>,
}

impl From<&crate::track::ReportedRoute> for ReportedRouteOut {
    fn from(r: &crate::track::ReportedRoute) -> Self {
        ReportedRouteOut {
            source: r.source.clone(),
            flight_number: r.flight_number.clone(),
            callsign: r.callsign.clone(),
            origin: r.origin.clone(),
            destination: r.destination.clone(),
            first_seen: r.span.map(|s| rfc3339(s.0)),
            last_seen: r.span.map(|s| rfc3339(s.1)),
        }
    }
}

/// An airport that is close to the chosen one and nearly as likely.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    /// ICAO code.
    pub icao: String,
    /// Distance from the lift-off or touchdown point, km.
    pub distance_km: f64,
}

/// An airport at a leg's end or of a stopover.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AirportRef {
    /// ICAO code.
    pub icao: String,
    /// IATA code, `null` when none.
    pub iata: Option<String>,
    /// Name.
    pub name: String,
    /// ISO 3166 country code.
    pub country: String,
    /// IANA time zone.
    pub tz: String,
    /// Distance from the lift-off or touchdown point, km.
    pub distance_km: f64,
    /// True when inferred from an airborne point rather than seen on the ground.
    pub inferred: bool,
    /// Other airports nearly as likely.
    pub alternatives: Vec<Alternative>,
}

/// Legs and stopovers of one track, interleaved in time order, by id.
fn itinerary(routes: &Routes, track: usize) -> Vec<ItemId> {
    let mut items: Vec<(i64, ItemId)> = routes
        .legs
        .iter()
        .enumerate()
        .filter(|(_, l)| l.track == track)
        .map(|(i, l)| (l.takeoff, LegId(i).into()))
        .chain(
            routes
                .stopovers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.track == track)
                .map(|(i, s)| (s.arrival, StopId(i).into())),
        )
        .collect();
    items.sort();
    items.into_iter().map(|(_, id)| id).collect()
}

fn km(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn airport_ref(c: &Candidate, inferred: bool, alts: &[Candidate]) -> AirportRef {
    let a = c.airport;
    AirportRef {
        icao: a.icao.to_string(),
        iata: (!a.iata.is_empty()).then(|| a.iata.to_string()),
        name: a.name.to_string(),
        country: a.country.to_string(),
        tz: a.tz.to_string(),
        distance_km: km(c.distance_km),
        inferred,
        alternatives: alts
            .iter()
            .map(|x| Alternative {
                icao: x.airport.icao.to_string(),
                distance_km: km(x.distance_km),
            })
            .collect(),
    }
}

fn end_ref(e: &Option<End>) -> Option<AirportRef> {
    e.as_ref()
        .map(|e| airport_ref(&e.airport, e.inferred, &e.alternatives))
}

/// A coverage gap inside a leg.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapOut {
    /// Last time seen before the gap.
    pub start: String,
    /// First time seen after it.
    pub end: String,
    /// Great-circle distance across it, km.
    pub km: f64,
}

/// One leg in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegOut {
    /// Document-local id, `leg:1`, `leg:2`, … (claims cite it as evidence).
    pub id: LegId,
    /// The aircraft's id.
    pub aircraft: AircraftId,
    /// Departure airport, `null` when none is near enough.
    pub from: Option<AirportRef>,
    /// Arrival airport, `null` when none is near enough.
    pub to: Option<AirportRef>,
    /// Takeoff, RFC 3339 UTC.
    pub takeoff: String,
    /// Landing, RFC 3339 UTC.
    pub landing: String,
    /// Takeoff in the departure airport's time zone.
    pub takeoff_local: Option<String>,
    /// Landing in the arrival airport's time zone.
    pub landing_local: Option<String>,
    /// Whether the takeoff is in the data.
    pub takeoff_observed: bool,
    /// Whether the landing is in the data.
    pub landing_observed: bool,
    /// Great-circle distance between the airports, km.
    pub distance_km: f64,
    /// Distance along the track, km.
    pub flown_km: f64,
    /// Landing minus takeoff, seconds.
    pub duration_s: i64,
    /// Highest altitude seen, feet.
    pub max_altitude_ft: Option<i32>,
    /// Coverage gaps.
    pub gaps: Vec<GapOut>,
}

/// One stopover in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StopoverOut {
    /// Document-local id, `stop:1`, … (claims cite it as evidence).
    pub id: StopId,
    /// The aircraft's id.
    pub aircraft: AircraftId,
    /// Where.
    pub airport: AirportRef,
    /// Arrival, RFC 3339 UTC.
    pub arrival: String,
    /// Departure, RFC 3339 UTC.
    pub departure: String,
    /// Arrival in the airport's time zone.
    pub arrival_local: Option<String>,
    /// Departure in the airport's time zone.
    pub departure_local: Option<String>,
    /// Departure minus arrival, seconds.
    pub ground_time_s: i64,
    /// True when both landing and takeoff are in the data.
    pub observed: bool,
    /// Ids of the legs before and after.
    pub legs: [LegId; 2],
}

/// A flight from a flight list (not from a track).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlightOut {
    /// What the list says, as read.
    #[serde(flatten)]
    pub flight: crate::ingest::ListedFlight,
    /// Departure (or first seen), RFC 3339 UTC.
    pub departure: Option<String>,
    /// Arrival (or last seen), RFC 3339 UTC.
    pub arrival: Option<String>,
}

/// A claim read from the article, with what the tracks say of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimOut {
    /// The sentence.
    pub text: String,
    /// Byte offsets of the sentence in the article.
    pub start: usize,
    /// End.
    pub end: usize,
    /// `arrival`, `departure`, `route` or `presence`.
    pub event: Event,
    /// ICAO type designator named.
    pub aircraft_type: Option<String>,
    /// Registration named.
    pub registration: Option<String>,
    /// ICAO address named.
    pub icao24: Option<String>,
    /// ICAO code of one airport, else ISO country code.
    pub place: Option<String>,
    /// The words of the text for the place.
    pub place_text: Option<String>,
    /// The airports the place stands for.
    pub place_airports: Vec<String>,
    /// A route's stops (codes as for `place`).
    pub route: Vec<String>,
    /// `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; `null` when the text gives no date.
    pub date: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// Ids of the legs and stopovers that support or contradict it.
    pub evidence: Vec<ItemId>,
    /// Which aircraft were considered, in words.
    pub note: String,
    /// A callsign named.
    pub callsign: Option<String>,
    /// The words read as its aircraft, place and date: `[start, end)`
    /// spans in characters (not bytes) of the article's text as read (HTML
    /// pasted as the article is read as its text first), so a reader can
    /// see why the claim says what it says.
    pub evidence_text: Vec<crate::article::EvidenceSpan>,
}

impl ClaimOut {
    /// The document's entry for a claim and what checking it found.
    pub fn new(c: &Claim, checked: Checked) -> Self {
        let code = |p: &Place| p.code.clone();
        ClaimOut {
            text: c.text.clone(),
            start: c.start,
            end: c.end,
            event: c.event,
            aircraft_type: c.aircraft_type.clone(),
            registration: c.registration.clone(),
            icao24: c.icao24.clone(),
            place: c.place.as_ref().map(code),
            place_text: c.place.as_ref().map(|p| p.text.clone()),
            place_airports: c
                .place
                .as_ref()
                .map(|p| p.airports.clone())
                .unwrap_or_default(),
            route: c.route.iter().map(code).collect(),
            date: c.days.map(|d| d.iso()),
            verdict: checked.verdict,
            evidence: checked.evidence,
            note: checked.note,
            callsign: c.callsign.clone(),
            evidence_text: c.evidence_text.clone(),
        }
    }
}

/// The whole analysis of what is loaded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Every aircraft with a track.
    pub aircraft: Vec<Aircraft>,
    /// Legs, takeoff to landing.
    pub legs: Vec<LegOut>,
    /// Ground stops between legs.
    pub stopovers: Vec<StopoverOut>,
    /// Flights from flight lists (OpenSky flights, Flightradar24 logbook):
    /// what a source reports, not what a track shows.
    pub flights: Vec<FlightOut>,
    /// Claims read from the article and checked against the tracks (the
    /// pipeline's last stage adds them).
    pub claims: Vec<ClaimOut>,
    /// Every warning about the input, with file and line.
    pub warnings: Vec<Warning>,
    /// Sentences of the article that seem to tell a movement at a place
    /// they name and gave no claim: where the reader may have missed one,
    /// for a person to check by hand (`text`, and `start`/`end` as a
    /// claim's). Left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<crate::article::Unread>,
}

impl Analysis {
    /// Each aircraft's label (registration, callsign or address) by its id
    /// (`a1`), for tables and exports that name aircraft.
    pub fn aircraft_labels(&self) -> std::collections::HashMap<AircraftId, &str> {
        self.aircraft
            .iter()
            .map(|x| (x.id, x.label.as_str()))
            .collect()
    }

    /// The same document with the article's claims as checked.
    pub fn with_claims(self, claims: Vec<ClaimOut>) -> Self {
        Analysis { claims, ..self }
    }

    /// The document with the sentences of the article the reader drew no
    /// claim from (see [`Analysis::unread`]).
    pub fn with_unread(self, unread: Vec<crate::article::Unread>) -> Self {
        Analysis { unread, ..self }
    }

    /// The document for a dataset and the routes found in it, without
    /// claims: every time written as RFC 3339, every distance rounded to
    /// 0.1 km, every airport with its names and zone.
    pub fn new(data: &Dataset, routes: &Routes) -> Self {
        let ac = AircraftId;
        let legs = routes
            .legs
            .iter()
            .enumerate()
            .map(|(i, l)| LegOut {
                id: LegId(i),
                aircraft: ac(l.track),
                from: end_ref(&l.from),
                to: end_ref(&l.to),
                takeoff: rfc3339(l.takeoff),
                landing: rfc3339(l.landing),
                takeoff_local: l
                    .from
                    .as_ref()
                    .and_then(|e| local_time(l.takeoff, e.airport.airport.tz)),
                landing_local: l
                    .to
                    .as_ref()
                    .and_then(|e| local_time(l.landing, e.airport.airport.tz)),
                takeoff_observed: l.takeoff_observed,
                landing_observed: l.landing_observed,
                distance_km: km(l.distance_km),
                flown_km: km(l.flown_km),
                duration_s: l.duration_s(),
                max_altitude_ft: l.max_altitude_ft,
                gaps: l
                    .gaps
                    .iter()
                    .map(|g| GapOut {
                        start: rfc3339(g.start),
                        end: rfc3339(g.end),
                        km: km(g.km),
                    })
                    .collect(),
            })
            .collect();
        let stopovers = routes
            .stopovers
            .iter()
            .enumerate()
            .map(|(i, s)| StopoverOut {
                id: StopId(i),
                aircraft: ac(s.track),
                airport: airport_ref(&s.airport, false, &[]),
                arrival: rfc3339(s.arrival),
                departure: rfc3339(s.departure),
                arrival_local: local_time(s.arrival, s.airport.airport.tz),
                departure_local: local_time(s.departure, s.airport.airport.tz),
                ground_time_s: s.ground_time_s(),
                observed: s.observed,
                legs: [LegId(s.legs.0), LegId(s.legs.1)],
            })
            .collect();
        let aircraft = data
            .tracks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let span = t.points.span();
                Aircraft {
                    id: AircraftId(i),
                    label: t.identity.label(),
                    icao24: t.identity.icao24.clone(),
                    registration: t.identity.registration.clone(),
                    callsigns: t.identity.callsigns.clone(),
                    type_code: t.identity.type_code.clone(),
                    operator: t.identity.operator.clone(),
                    description: t.identity.description.clone(),
                    reported_routes: t
                        .identity
                        .reported_routes
                        .iter()
                        .map(ReportedRouteOut::from)
                        .collect(),
                    points: t.points.len(),
                    first_seen: span.map(|s| rfc3339(s.0)),
                    last_seen: span.map(|s| rfc3339(s.1)),
                    itinerary: itinerary(routes, i),
                }
            })
            .collect();
        Analysis {
            schema: SCHEMA,
            aircraft,
            legs,
            stopovers,
            flights: data
                .flights
                .iter()
                .map(|f| FlightOut {
                    flight: f.clone(),
                    departure: f.departure.map(rfc3339),
                    arrival: f.arrival.map(rfc3339),
                })
                .collect(),
            claims: Vec::new(),
            warnings: data.warnings().cloned().collect(),
            unread: Vec::new(),
        }
    }

    /// The document as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("analysis is always serialisable")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_has_the_contract_fields() {
        let mut d = Dataset::default();
        d.add_file(
            "t.csv",
            b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1548230520,x,TCTTC,\"41.27,28.75\",0,0,0\nbad,x,TCTTC,\"41.27,28.75\",0,0,0\n",
        );
        let routes =
            crate::routes::find(&d.tracks, crate::airports::airports(), &Default::default());
        let v: serde_json::Value =
            serde_json::from_str(&Analysis::new(&d, &routes).to_json()).unwrap();
        assert_eq!(v["schema"], "flightlens.analysis/1");
        assert_eq!(v["aircraft"][0]["id"], "a1");
        assert_eq!(v["aircraft"][0]["callsigns"][0], "TCTTC");
        assert_eq!(v["aircraft"][0]["first_seen"], "2019-01-23T08:02:00Z");
        for k in ["legs", "stopovers", "claims"] {
            assert!(v[k].is_array(), "{k}");
        }
        assert_eq!(v["warnings"][0]["file"], "t.csv");
        assert_eq!(v["warnings"][0]["line"], 3);
    }
}
