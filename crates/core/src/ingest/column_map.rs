//! Column-mapped CSV: every CSV layout whose rows are one position each,
//! described by which column holds what and in which unit. The OpenSky,
//! Flightradar24 granular and API layouts are fixed maps; any other CSV
//! gets a map guessed from its header's names or chosen by a person (see
//! `generic_csv.rs`).

use super::batch::Batch;
use super::csv::each_row;
use super::parse::{opt_num, parse_icao24, parse_time, position_problem};
use super::report::{Excerpt, FileImport, WarningKind};
use crate::airports::airports;
use crate::track::{Ground, Identity, Point, ReportedRoute};

/// Who a [`ReportedRoute`] read from a CSV's `origin` and `destination`
/// columns names as its source.
pub(crate) const CSV_ROUTE_SOURCE: &str = "the file's origin/destination";

/// An airport code as a file reports it, as an ICAO code: a three-letter
/// IATA code the airport table knows is turned into its ICAO code; any
/// other code is kept as given, in capitals.
fn reported_airport(code: &str) -> String {
    let code = code.trim().to_ascii_uppercase();
    match airports().get(&code) {
        Some(a) if code.len() == 3 => a.icao.to_string(),
        _ => code,
    }
}

const M_TO_FT: f64 = 3.280_839_895;
const MS_TO_KT: f64 = 1.943_844_492;
const KMH_TO_KT: f64 = 1.0 / 1.852;

/// Units of a column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Feet, knots or feet per minute: taken as they are.
    #[default]
    Native,
    /// Metres (altitude).
    Metres,
    /// Metres per second (speed, or vertical rate).
    MetresPerSecond,
    /// Kilometres per hour (speed).
    KmPerHour,
}

/// Which column holds what. Column indices are into the header row.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ColumnMap {
    pub time: usize,
    /// A second time column, used when the first is empty or unreadable.
    pub time_fallback: Option<usize>,
    pub lat: usize,
    pub lon: usize,
    pub alt: Option<(usize, Unit)>,
    pub alt_fallback: Option<(usize, Unit)>,
    pub speed: Option<(usize, Unit)>,
    pub vrate: Option<(usize, Unit)>,
    pub ground: Option<usize>,
    pub icao24: Option<usize>,
    pub callsign: Option<usize>,
    pub registration: Option<usize>,
    pub type_code: Option<usize>,
    pub operator: Option<usize>,
    pub description: Option<usize>,
    /// The flight's origin as the file reports it (ICAO or IATA code),
    /// kept as a [`ReportedRoute`] beside the airports the engine finds.
    pub origin: Option<usize>,
    /// The flight's destination likewise.
    pub destination: Option<usize>,
    /// The file is one flight of one aircraft (a per-flight export without
    /// an address): every row is that aircraft, whatever its callsign.
    pub one_aircraft: bool,
}

fn convert(v: f64, unit: Unit, vertical: bool) -> f64 {
    match unit {
        Unit::Native => v,
        Unit::Metres => v * M_TO_FT,
        Unit::MetresPerSecond if vertical => v * M_TO_FT * 60.0,
        Unit::MetresPerSecond => v * MS_TO_KT,
        Unit::KmPerHour => v * KMH_TO_KT,
    }
}

fn parse_ground(s: &str) -> Ground {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "g" | "ground" | "yes" | "y" | "t" => Ground::Ground,
        "false" | "0" | "a" | "air" | "airborne" | "no" | "f" => Ground::Air,
        _ => Ground::Unknown,
    }
}

/// Parses `text` with a mapping; every position a row, grouped by aircraft.
pub(crate) fn parse(
    text: &str,
    delimiter: u8,
    m: &ColumnMap,
    report: &mut FileImport,
    batch: &mut Batch,
) {
    let window = batch.window;
    each_row(text, delimiter, report, |_, rec, line| {
        let field = |i: usize| rec.get(i).map(str::trim_ascii).filter(|s| !s.is_empty());
        let time = |i: usize| -> Result<i64, WarningKind> {
            match field(i) {
                None => Err(WarningKind::Missing { field: "time" }),
                Some(s) => parse_time(s).ok_or_else(|| WarningKind::BadTime {
                    value: Excerpt::of(s),
                }),
            }
        };
        // The second time column only when the first cannot be read (a
        // time that reads but is out of range is the row's, and refused);
        // what is said is what is wrong with the first.
        let t = match (time(m.time), m.time_fallback) {
            (Ok(t), _) => t,
            (Err(e), Some(i)) => time(i).map_err(|_| e)?,
            (Err(e), None) => return Err(e),
        };
        let t = window.check(t)?;
        let (Some(la), Some(lo)) = (field(m.lat), field(m.lon)) else {
            return Err(WarningKind::NoPosition);
        };
        let lat = opt_num(Some(la), "latitude")?.unwrap_or(f64::NAN);
        let lon = opt_num(Some(lo), "longitude")?.unwrap_or(f64::NAN);
        if let Some(p) = position_problem(lat, lon) {
            return Err(p);
        }
        let value = |c: Option<(usize, Unit)>,
                     name: &'static str,
                     vertical: bool|
         -> Result<Option<f64>, WarningKind> {
            match c {
                Some((i, u)) => Ok(opt_num(field(i), name)?.map(|v| convert(v, u, vertical))),
                None => Ok(None),
            }
        };
        let alt = match value(m.alt, "altitude", false)? {
            Some(a) => Some(a),
            None => value(m.alt_fallback, "altitude", false)?,
        };
        let icao = match m.icao24.and_then(field) {
            Some(s) => Some(parse_icao24(s).ok_or_else(|| WarningKind::NotAnAddress {
                value: Excerpt::of(s),
            })?),
            None => None,
        };
        let callsign = m.callsign.and_then(field).map(str::to_string);
        let registration = m.registration.and_then(field).map(str::to_string);
        let p = Point {
            t,
            lat,
            lon,
            alt_ft: alt.map(|a| a.round() as i32),
            gs_kt: value(m.speed, "speed", false)?.map(|v| v as f32),
            vrate_fpm: value(m.vrate, "vertical rate", true)?.map(|v| v as f32),
            ground: m
                .ground
                .and_then(field)
                .map_or(Ground::Unknown, parse_ground),
        };
        let key = icao
            .clone()
            .or_else(|| registration.clone())
            .or_else(|| (!m.one_aircraft).then(|| callsign.clone()).flatten())
            .unwrap_or_else(|| "?".into());
        let text = |c: Option<usize>| c.and_then(field).map(str::to_string);
        let id = batch.push(
            &key,
            || Identity {
                icao24: icao,
                registration,
                type_code: text(m.type_code),
                operator: text(m.operator),
                description: text(m.description),
                ..Identity::default()
            },
            p,
            line,
        );
        if m.origin.is_some() || m.destination.is_some() {
            let code = |c: Option<usize>| c.and_then(field).map(reported_airport);
            let route = ReportedRoute {
                source: CSV_ROUTE_SOURCE.to_string(),
                flight_number: None,
                callsign: callsign.clone(),
                origin: code(m.origin),
                destination: code(m.destination),
                span: None,
            };
            if (route.origin.is_some() || route.destination.is_some())
                && !id.reported_routes.contains(&route)
            {
                id.reported_routes.push(route);
            }
        }
        if let Some(cs) = &callsign {
            id.add_callsign(cs);
        }
        Ok(())
    });
}
