//! Column-mapped CSV: every CSV layout whose rows are one position each,
//! described by which column holds what and in which unit. The OpenSky,
//! Flightradar24 granular and API layouts are fixed mappings; any other CSV
//! gets a mapping guessed from its header's names.

use super::csv::{Header, delimiter, each_row, header_record};
use super::parse::{opt_num, parse_icao24, parse_time, position_problem};
use super::{Batch, FileImport};
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
                Some(s) => format!("time is not a date-time or Unix time: {s:?}"),
                None => "missing time".to_string(),
            })?;
        let (Some(la), Some(lo)) = (field(m.lat), field(m.lon)) else {
            return Err("no position in this row".into());
        };
        let lat = opt_num(Some(la), "latitude")?.unwrap_or(f64::NAN);
        let lon = opt_num(Some(lo), "longitude")?.unwrap_or(f64::NAN);
        if let Some(p) = position_problem(lat, lon) {
            return Err(p.into());
        }
        let value =
            |c: Option<(usize, Unit)>, name: &str, vertical: bool| -> Result<Option<f64>, String> {
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
            Some(s) => {
                Some(parse_icao24(s).ok_or_else(|| format!("not a 24-bit ICAO address: {s:?}"))?)
            }
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

/// Which columns of a CSV hold what, chosen by a person when the header's
/// names do not say (indices into the header row, from 0).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ColumnChoice {
    /// The time column: epoch seconds or milliseconds, or a date-time.
    pub time: usize,
    /// The latitude column, degrees.
    pub lat: usize,
    /// The longitude column, degrees.
    pub lon: usize,
    /// The altitude column, if any.
    pub altitude: Option<usize>,
    /// True when that altitude is in metres (else feet).
    pub altitude_metres: bool,
    /// The ground speed column in knots, if any.
    pub speed: Option<usize>,
    /// A column naming the aircraft (callsign, registration or ICAO address), if any.
    pub aircraft: Option<usize>,
}

impl ColumnChoice {
    pub(crate) fn column_map(&self) -> ColumnMap {
        ColumnMap {
            time: self.time,
            lat: self.lat,
            lon: self.lon,
            alt: self.altitude.map(|i| {
                (
                    i,
                    if self.altitude_metres {
                        Unit::Metres
                    } else {
                        Unit::Native
                    },
                )
            }),
            speed: self.speed.map(|i| (i, Unit::Native)),
            callsign: self.aircraft,
            ..ColumnMap::default()
        }
    }
}

/// A text's delimiter and header names, when it looks like a CSV with at
/// least three columns: what a column-choosing dialog offers.
pub fn csv_header(bytes: &[u8]) -> Option<(u8, Vec<String>)> {
    let text = super::text::decode_text(&bytes[..bytes.len().min(64 * 1024)]);
    let head = super::text::first_line(&text);
    let d = delimiter(head);
    let rec = header_record(head, d)?;
    (rec.len() >= 3).then(|| (d, rec.iter().map(|s| s.trim().to_string()).collect()))
}

/// Header names, by role, that a CSV from some other tool may use.
const TIME: &[&str] = &[
    "time",
    "timestamp",
    "datetime",
    "date_time",
    "utc",
    "time_utc",
    "timestamp_utc",
    "ts",
    "epoch",
    "unix_time",
    "unixtime",
    "seen",
    "time_position",
    "date",
];
const LAT: &[&str] = &["lat", "latitude", "lat_deg", "y"];
const LON: &[&str] = &["lon", "lng", "long", "longitude", "lon_deg", "x"];
const ALT_FT: &[&str] = &[
    "alt",
    "altitude",
    "alt_ft",
    "altitude_ft",
    "alt_baro",
    "baro_altitude_ft",
    "altitude_feet",
    "alt_geom",
    "height_ft",
];
const ALT_M: &[&str] = &[
    "alt_m",
    "altitude_m",
    "baroaltitude",
    "baro_altitude",
    "geoaltitude",
    "geo_altitude",
    "height",
    "height_m",
    "elevation_m",
];
const SPEED_KT: &[&str] = &[
    "speed",
    "gs",
    "ground_speed",
    "groundspeed",
    "speed_kt",
    "speed_kts",
    "gspeed",
    "gs_kt",
    "knots",
];
const SPEED_MS: &[&str] = &["velocity", "speed_ms", "speed_m_s", "velocity_ms"];
const SPEED_KMH: &[&str] = &["speed_kmh", "speed_km_h", "kmh"];
const VRATE_FPM: &[&str] = &[
    "vrate",
    "vertical_rate",
    "vspeed",
    "baro_rate",
    "vert_rate",
    "rate_of_climb",
    "vertical_speed",
];
const VRATE_MS: &[&str] = &["vertrate", "vertical_rate_ms"];
const GROUND: &[&str] = &["on_ground", "onground", "ground", "is_on_ground"];
const ICAO: &[&str] = &[
    "icao24",
    "icao",
    "hex",
    "mode_s",
    "modes",
    "icao_address",
    "address",
    "transponder",
    "aircraft_icao",
];
const CALLSIGN: &[&str] = &[
    "callsign",
    "call_sign",
    "flight",
    "ident",
    "flight_id",
    "flightnumber",
    "flight_number",
];
const REG: &[&str] = &[
    "registration",
    "reg",
    "tail",
    "tail_number",
    "tailnumber",
    "r",
];
const TYPE: &[&str] = &["type", "aircraft_type", "icao_type", "t", "typecode"];

/// Guesses a mapping from a header's names; `None` unless there is a time,
/// a latitude and a longitude column.
pub(crate) fn guess(h: &Header) -> Option<ColumnMap> {
    let any = |names: &[&str]| names.iter().find_map(|n| h.index(n));
    let with = |names: &[&str], u: Unit| any(names).map(|i| (i, u));
    Some(ColumnMap {
        time: any(TIME)?,
        time_fallback: None,
        lat: any(LAT)?,
        lon: any(LON)?,
        alt: with(ALT_FT, Unit::Native).or_else(|| with(ALT_M, Unit::Metres)),
        alt_fallback: None,
        speed: with(SPEED_KT, Unit::Native)
            .or_else(|| with(SPEED_MS, Unit::MetresPerSecond))
            .or_else(|| with(SPEED_KMH, Unit::KmPerHour)),
        vrate: with(VRATE_FPM, Unit::Native).or_else(|| with(VRATE_MS, Unit::MetresPerSecond)),
        ground: any(GROUND),
        icao24: any(ICAO),
        callsign: any(CALLSIGN),
        registration: any(REG),
        type_code: any(TYPE),
    })
}
