//! Flight lists: files that say which flights happened, not where the
//! aircraft was minute by minute.
//!
//! - OpenSky flights CSV: `icao24,firstseen,estdepartureairport,lastseen,estarrivalairport,callsign,…`
//!   (Unix seconds; airports estimated by OpenSky, empty or `NULL` when unknown);
//! - the OpenSky REST API's JSON: an array of `{"icao24", "firstSeen",
//!   "estDepartureAirport", "lastSeen", "estArrivalAirport", "callsign", …}`;
//! - the Flightradar24 logbook CSV (myFlightradar24 export):
//!   `Date,Flight number,From,To,Dep time,Arr time,Duration,Airline,Aircraft,Registration,…`
//!   with airports like `Munich / Franz Josef Strauss (MUC/EDDM)` and local
//!   times, turned to UTC with the airport's time zone.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::csv::{Header, each_row, norm_header};
use super::parse::{TimeWindow, parse_icao24};
use super::report::{Excerpt, FileImport, WarningKind, clip};
use crate::airports::airports;

/// One flight as a list reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedFlight {
    /// The file it came from.
    pub file: String,
    /// ICAO 24-bit address.
    pub icao24: Option<String>,
    /// Registration.
    pub registration: Option<String>,
    /// Callsign.
    pub callsign: Option<String>,
    /// Commercial flight number.
    pub flight_number: Option<String>,
    /// ICAO type designator.
    #[serde(rename = "type")]
    pub type_code: Option<String>,
    /// Departure airport, ICAO code.
    pub from: Option<String>,
    /// Arrival airport, ICAO code.
    pub to: Option<String>,
    /// Departure (or first seen), Unix seconds.
    #[serde(skip)]
    pub departure: Option<i64>,
    /// Arrival (or last seen), Unix seconds.
    #[serde(skip)]
    pub arrival: Option<i64>,
}

pub(super) fn opensky_csv_matches(head: &str) -> bool {
    norm_header(head)
        .starts_with("icao24,firstseen,estdepartureairport,lastseen,estarrivalairport,callsign")
}

pub(super) fn opensky_json_matches(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(2048).collect();
    head.starts_with('[') && head.contains("\"firstSeen\"") && head.contains("\"icao24\"")
}

pub(super) fn logbook_matches(head: &str) -> bool {
    norm_header(head).starts_with("date,flight number,from,to,dep time,arr time")
}

fn airport_code(s: Option<&str>) -> Option<String> {
    let s = s?.trim();
    (!s.is_empty() && !s.eq_ignore_ascii_case("null")).then(|| s.to_ascii_uppercase())
}

fn text(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn epoch(s: Option<&str>, name: &'static str) -> Result<Option<i64>, WarningKind> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| WarningKind::NotUnixSeconds {
                field: name,
                value: Excerpt::of(v),
            }),
    }
}

/// A listed time, if it is one a flight may have.
fn timed(t: Option<i64>, window: TimeWindow) -> Result<Option<i64>, WarningKind> {
    t.map(|t| window.check(t)).transpose()
}

pub(super) fn parse_opensky_csv(
    text_in: &str,
    report: &mut FileImport,
    flights: &mut Vec<ListedFlight>,
    window: TimeWindow,
) {
    let file = report.file.clone();
    each_row(text_in, b',', report, |h: &Header, rec, _| {
        let get = |n: &str| h.index(n).and_then(|i| rec.get(i));
        let icao = get("icao24").map(str::trim).unwrap_or("");
        let icao24 = Some(
            parse_icao24(icao).ok_or_else(|| WarningKind::BadFlightAddress {
                value: Excerpt::of(icao),
            })?,
        );
        flights.push(ListedFlight {
            file: file.clone(),
            icao24,
            callsign: text(get("callsign")),
            from: airport_code(get("estdepartureairport")),
            to: airport_code(get("estarrivalairport")),
            departure: timed(epoch(get("firstseen"), "firstseen")?, window)?,
            arrival: timed(epoch(get("lastseen"), "lastseen")?, window)?,
            ..ListedFlight::default()
        });
        Ok(())
    });
}

pub(super) fn parse_opensky_json(
    text_in: &str,
    report: &mut FileImport,
    flights: &mut Vec<ListedFlight>,
    window: TimeWindow,
) {
    let doc: Value = match serde_json::from_str(text_in) {
        Ok(v) => v,
        Err(e) => {
            report.warn(
                Some(e.line() as u64),
                WarningKind::BadJson { error: clip(e) },
            );
            return;
        }
    };
    let Some(items) = doc.as_array() else {
        report.warn(None, WarningKind::NotAFlightList);
        return;
    };
    for (i, f) in items.iter().enumerate() {
        report.rows += 1;
        let s = |k: &str| f.get(k).and_then(Value::as_str);
        let Some(icao24) = s("icao24").and_then(parse_icao24) else {
            report.skipped += 1;
            report.warn(None, WarningKind::FlightWithoutAddress { flight: i + 1 });
            continue;
        };
        let times = timed(f.get("firstSeen").and_then(Value::as_i64), window)
            .and_then(|d| Ok((d, timed(f.get("lastSeen").and_then(Value::as_i64), window)?)));
        let (departure, arrival) = match times {
            Ok(t) => t,
            Err(kind) => {
                report.skipped += 1;
                report.warn(
                    None,
                    WarningKind::ListEntry {
                        flight: i + 1,
                        problem: Box::new(kind),
                    },
                );
                continue;
            }
        };
        flights.push(ListedFlight {
            file: report.file.clone(),
            icao24: Some(icao24),
            callsign: text(s("callsign")),
            from: airport_code(s("estDepartureAirport")),
            to: airport_code(s("estArrivalAirport")),
            departure,
            arrival,
            ..ListedFlight::default()
        });
    }
}

/// `Munich / Franz Josef Strauss (MUC/EDDM)` → `EDDM`; the IATA code is
/// looked up when the ICAO one is missing.
fn logbook_airport(s: &str) -> Option<String> {
    let inner = s.rsplit_once('(')?.1.trim_end_matches(')').trim();
    let (iata, icao) = inner.split_once('/').unwrap_or((inner, ""));
    let icao = icao.trim();
    if icao.len() == 4 {
        return Some(icao.to_ascii_uppercase());
    }
    airports().get(iata.trim()).map(|a| a.icao.to_string())
}

/// A local date and time at an airport, as Unix seconds.
fn local_to_utc(date: &str, time: &str, icao: &str) -> Option<i64> {
    let a = airports().get(icao)?;
    let tz = crate::time::zone(a.tz)?;
    let dt: jiff::civil::DateTime = format!("{}T{}", date.trim(), time.trim()).parse().ok()?;
    Some(
        tz.to_ambiguous_zoned_datetime(dt)
            .compatible()
            .ok()?
            .timestamp()
            .as_second(),
    )
}

pub(super) fn parse_logbook(
    text_in: &str,
    report: &mut FileImport,
    flights: &mut Vec<ListedFlight>,
    window: TimeWindow,
) {
    let file = report.file.clone();
    each_row(text_in, b',', report, |h: &Header, rec, _| {
        let get = |n: &str| {
            h.index(n)
                .and_then(|i| rec.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let date = get("date").ok_or(WarningKind::Missing { field: "Date" })?;
        let from = get("from").and_then(logbook_airport);
        let to = get("to").and_then(logbook_airport);
        let at = |t: Option<&str>, ap: &Option<String>| match (t, ap) {
            (Some(t), Some(ap)) => local_to_utc(date, t, ap),
            _ => None,
        };
        let departure = at(get("dep time"), &from);
        let mut arrival = at(get("arr time"), &to);
        if let (Some(d), Some(a)) = (departure, arrival)
            && a < d
        {
            arrival = Some(a + 86_400); // landed the next day, local time
        }
        if departure.is_none() && get("dep time").is_some() {
            return Err(WarningKind::UnplacedDeparture {
                date: Excerpt::of(date),
            });
        }
        let type_code = get("aircraft")
            .and_then(|a| a.rsplit_once('('))
            .map(|(_, t)| t.trim_end_matches(')').trim().to_string());
        flights.push(ListedFlight {
            file: file.clone(),
            flight_number: text(get("flight number")),
            registration: text(get("registration")),
            type_code: type_code.filter(|t| !t.is_empty()),
            from,
            to,
            departure: timed(departure, window)?,
            arrival: timed(arrival, window)?,
            ..ListedFlight::default()
        });
        Ok(())
    });
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Format};

    #[test]
    fn opensky_flights_csv() {
        let text = "icao24,firstseen,estdepartureairport,lastseen,estarrivalairport,callsign,estdepartureairporthorizdistance\n\
                    4bc8d0,1548230040,LTFM,1548237715,UUWW,TCDMO   ,812\n\
                    4bc8d0,1548295737,NULL,1548336522,,TCDMO,\n\
                    zz,1,2,3,4,5,6\n";
        let mut d = Dataset::default();
        let r = d.add_file("flights.csv", text.as_bytes()).clone();
        assert_eq!(r.format, Some(Format::OpenSkyFlights));
        assert_eq!((r.rows, r.flights, r.skipped), (3, 2, 1));
        assert_eq!(r.warnings[0].line, Some(4));
        let f = &d.flights[0];
        assert_eq!(
            (f.from.as_deref(), f.to.as_deref(), f.callsign.as_deref()),
            (Some("LTFM"), Some("UUWW"), Some("TCDMO"))
        );
        assert_eq!(d.flights[1].from, None);
        assert!(d.tracks.is_empty());
    }

    #[test]
    fn opensky_flights_json() {
        let text = r#"[{"icao24":"4bc8d0","firstSeen":1548230040,"estDepartureAirport":"LTFM","lastSeen":1548237715,"estArrivalAirport":"UUWW","callsign":"TCDMO   "},
                      {"icao24":null}]"#;
        let mut d = Dataset::default();
        let r = d.add_file("flights.json", text.as_bytes()).clone();
        assert_eq!(
            (r.format, r.flights, r.skipped),
            (Some(Format::OpenSkyFlightsJson), 1, 1)
        );
        assert_eq!(d.flights[0].arrival, Some(1_548_237_715));
    }

    #[test]
    fn fr24_logbook_turns_local_times_to_utc() {
        let text = "Date,Flight number,From,To,Dep time,Arr time,Duration,Airline,Aircraft,Registration,Seat number,Seat type,Flight class,Flight reason,Note,Dep_id,Arr_id,Airline_id,Aircraft_id\n\
                    2019-01-23,TK413,Istanbul / Istanbul Airport (IST/LTFM),Moscow / Vnukovo (VKO/UUWW),11:02:00,13:40:00,02:38:00,Turkish Airlines (TK/THY),Airbus A321 (A321),TC-JRO,,0,1,1,,1,2,3,4\n\
                    2019-01-24,XX1,Moscow / Vnukovo (VKO/UUWW),Caracas / Maiquetia (CCS/SVMI),05:15:00,01:00:00,,,Gulfstream G650 (GLF6),N1,,0,1,1,,1,2,3,4\n";
        let mut d = Dataset::default();
        let r = d.add_file("logbook.csv", text.as_bytes()).clone();
        assert_eq!(
            (r.format, r.flights),
            (Some(Format::Fr24Logbook), 2),
            "{:?}",
            r.warnings
        );
        let f = &d.flights[0];
        // 11:02 in Istanbul (UTC+3) and 13:40 in Moscow (UTC+3).
        assert_eq!(f.departure, Some(1_548_230_520));
        assert_eq!(f.arrival, Some(1_548_240_000));
        assert_eq!(
            (f.from.as_deref(), f.to.as_deref()),
            (Some("LTFM"), Some("UUWW"))
        );
        assert_eq!(
            (f.type_code.as_deref(), f.registration.as_deref()),
            (Some("A321"), Some("TC-JRO"))
        );
        // Arrives 01:00 Caracas time the next day.
        let g = &d.flights[1];
        assert!(g.arrival.unwrap() > g.departure.unwrap());
    }
}
