//! Column-mapped CSV: every CSV layout whose rows are one position each,
//! described by which column holds what and in which unit. The OpenSky,
//! Flightradar24 granular and API layouts are fixed maps; any other CSV
//! gets a map guessed from its header's names or chosen by a person (see
//! `generic_csv.rs`).

use super::batch::Batch;
use super::csv::each_row;
use super::parse::{opt_num, parse_icao24, parse_time, position_problem};
use super::report::{FileImport, WarningKind};
use crate::track::{Ground, Identity, Point};

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
    each_row(text, delimiter, report, |_, rec| {
        let field = |i: usize| rec.get(i).map(str::trim_ascii).filter(|s| !s.is_empty());
        let t = field(m.time)
            .and_then(parse_time)
            .or_else(|| m.time_fallback.and_then(field).and_then(parse_time))
            .ok_or_else(|| match field(m.time) {
                Some(s) => WarningKind::BadTime {
                    value: s.to_string(),
                },
                None => WarningKind::Missing { field: "time" },
            })?;
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
                value: s.to_string(),
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
            .or_else(|| callsign.clone())
            .unwrap_or_else(|| "?".into());
        let type_code = m.type_code.and_then(field).map(str::to_string);
        let id = batch.push(
            &key,
            || Identity {
                icao24: icao,
                registration,
                type_code,
                callsigns: Vec::new(),
            },
            p,
        );
        if let Some(cs) = &callsign {
            id.add_callsign(cs);
        }
        Ok(())
    });
}
