//! Any other CSV: one whose header names its time, latitude and longitude
//! columns in words Flightlens knows, or whose columns a person has chosen.
//! Either way the result is a [`ColumnMap`] for [`super::column_map::parse`].

use super::column_map::{ColumnMap, Unit};
use super::csv::{Header, delimiter, header_record};
use super::text::{decode_text, first_line};

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
    let text = decode_text(&bytes[..bytes.len().min(64 * 1024)]);
    let head = first_line(&text);
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
const OPERATOR: &[&str] = &["operator", "owner", "ownop", "operator_name"];
const DESCRIPTION: &[&str] = &["description", "desc", "model", "aircraft_model"];
/// A flight's reported airports (the traffic library's and openap's
/// `origin`/`destination`): kept as a reported route, never as the legs'.
const ORIGIN: &[&str] = &["origin", "estdepartureairport"];
const DESTINATION: &[&str] = &["destination", "estarrivalairport"];

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
        operator: any(OPERATOR),
        description: any(DESCRIPTION),
        origin: any(ORIGIN),
        destination: any(DESTINATION),
        one_aircraft: false,
    })
}

/// The mapping of a CSV in no fixed layout, from its header's names.
pub(super) fn generic_mapping(head: &str) -> Option<(u8, ColumnMap)> {
    let delimiter = delimiter(head);
    let record = header_record(head, delimiter)?;
    guess(&Header::new(&record)).map(|m| (delimiter, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Dataset, FileReader, Format};

    #[test]
    fn any_csv_with_named_columns_semicolons_and_metres() {
        let text = "Registration;Latitude;Longitude;Time;Altitude_m;Speed_kmh\n\
                    TC-DMO;41.2753;28.7519;2019-01-23 08:02:00;0;20\n\
                    TC-DMO;41.30;28.76;2019-01-23 08:03:00;304.8;370.4\n";
        let mut d = Dataset::default();
        let r = d.add_file("export.csv", text.as_bytes()).clone();
        assert_eq!(
            (r.format, r.points),
            (Some(Format::GenericCsv), 2),
            "{:?}",
            r.warnings
        );
        let t = &d.tracks[0];
        assert_eq!(t.identity.registration.as_deref(), Some("TC-DMO"));
        let p = t.points.get(1);
        assert_eq!((p.t, p.alt_ft), (1_548_230_580, Some(1000)));
        assert!((p.gs_kt.unwrap() - 200.0).abs() < 0.01);
    }

    #[test]
    fn origin_and_destination_columns_are_a_reported_route() {
        // The traffic library's `to_csv` with OpenSky's flight columns:
        // IATA codes, kept (as ICAO codes) beside what the engine finds.
        let text = ",timestamp,icao24,callsign,origin,destination,latitude,longitude,altitude\n\
                    0,2018-01-02 19:53:00+00:00,3946e9,AFR91HL,CDG,ARN,49.08,2.35,8200.0\n\
                    1,2018-01-02 19:54:00+00:00,3946e9,AFR91HL,CDG,ARN,49.15,2.31,9475.0\n";
        let mut d = Dataset::default();
        let r = d.add_file("afr.csv", text.as_bytes()).clone();
        assert_eq!(r.points, 2, "{:?}", r.warnings);
        let routes = &d.tracks[0].identity.reported_routes;
        assert_eq!(routes.len(), 1, "{routes:?}");
        let route = &routes[0];
        assert_eq!(route.source, super::super::column_map::CSV_ROUTE_SOURCE);
        assert_eq!(
            (route.origin.as_deref(), route.destination.as_deref()),
            (Some("LFPG"), Some("ESSA"))
        );
        assert_eq!(route.callsign.as_deref(), Some("AFR91HL"));
        assert_eq!(route.span, Some((1_514_922_780, 1_514_922_840)));
    }

    #[test]
    fn a_csv_without_position_columns_is_not_guessed() {
        let mut d = Dataset::default();
        let r = d.add_file("budget.csv", b"date,amount,payee\n2024-01-01,12,Bob\n");
        assert!(r.failed());
    }

    #[test]
    fn columns_chosen_by_a_person() {
        let text = "when;where_n;where_e;height;who\n2019-01-23 08:02:00;41.2753;28.7519;0;TCDMO\n2019-01-23 08:03:00;41.30;28.76;300;TCDMO\n";
        let mut d = Dataset::default();
        assert!(
            d.add_file("odd.csv", text.as_bytes()).failed(),
            "nothing says time or latitude"
        );
        let (delim, names) = csv_header(text.as_bytes()).unwrap();
        assert_eq!((delim, names.len()), (b';', 5));
        let choice = ColumnChoice {
            time: 0,
            lat: 1,
            lon: 2,
            altitude: Some(3),
            altitude_metres: true,
            speed: None,
            aircraft: Some(4),
        };
        let mut r = FileReader::with_columns("odd.csv", delim, &choice);
        r.push(text.as_bytes());
        let rep = r.finish(&mut d).clone();
        assert_eq!((rep.format, rep.points), (Some(Format::GenericCsv), 2));
        let t = d.tracks.last().unwrap();
        assert_eq!(t.identity.callsigns, ["TCDMO"]);
        assert_eq!(t.points.get(1).alt_ft, Some(984));
    }
}
