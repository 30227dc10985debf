//! Flightradar24 flight playback JSON: what the Flightradar24 website serves
//! for one flight (its `flight/playback.json`), saved to a file:
//!
//! ```text
//! {"result": {"response": {"data": {"flight": {
//!    "identification": {"number": {"default": "JL516"}, "callsign": "JAL516"},
//!    "aircraft": {"model": {"code": "A359", "text": "Airbus A350-941"},
//!                 "identification": {"modes": "8467D8", "registration": "JA13XJ"}},
//!    "owner": {"name": "Japan Airlines"},
//!    "airport": {"origin": {"code": {"icao": "RJCC"}}, "destination": {"code": {"icao": "RJTT"}}},
//!    "track": [{"latitude": 42.787994, "longitude": 141.685074,
//!               "altitude": {"feet": 0}, "speed": {"kts": 0},
//!               "verticalSpeed": {"fpm": 0}, "heading": 73, "timestamp": 1704180175}, …]}}}}}
//! ```
//!
//! One flight of one aircraft. Its registration, type, operator, callsign
//! and flight number are kept on the aircraft, and Flightradar24's own
//! origin and destination as a [`ReportedRoute`]: what the source says,
//! shown beside the airports the track leads to, never instead of them.

use serde_json::Value;

use super::batch::Batch;
use super::parse::{parse_icao24, position_problem};
use super::report::{FileImport, RowUnit, WarningKind, clip};
use crate::track::{Ground, Identity, Point, ReportedRoute};

/// Who a [`ReportedRoute`] from this format names as its source.
pub(crate) const SOURCE: &str = "Flightradar24";

/// Whether a text that does not parse as JSON (a damaged or cut file) looks
/// like a playback: its start names the playback's outer keys.
pub(super) fn matches(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(4096).collect();
    head.starts_with('{')
        && head.contains("\"result\"")
        && head.contains("\"response\"")
        && head.contains("\"flight\"")
}

/// A JSON value as text, trimmed, `None` when absent or empty.
fn text(v: &Value) -> Option<String> {
    v.as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64().filter(|x| x.is_finite())
}

/// Who the file says the aircraft is, and the route it says it flew.
fn identity(f: &Value) -> Identity {
    let ac = &f["aircraft"];
    let callsign = text(&f["identification"]["callsign"]);
    let airport =
        |end: &str| text(&f["airport"][end]["code"]["icao"]).map(|c| c.to_ascii_uppercase());
    let route = ReportedRoute {
        source: SOURCE.to_string(),
        flight_number: text(&f["identification"]["number"]["default"]),
        callsign: callsign.clone(),
        origin: airport("origin"),
        destination: airport("destination"),
        span: None,
    };
    let mut id = Identity {
        icao24: text(&ac["identification"]["modes"]).and_then(|s| parse_icao24(&s)),
        registration: text(&ac["identification"]["registration"]),
        type_code: text(&ac["model"]["code"]),
        description: text(&ac["model"]["text"]),
        operator: text(&f["owner"]["name"]).or_else(|| text(&f["airline"]["name"])),
        ..Identity::default()
    };
    if let Some(cs) = &callsign {
        id.add_callsign(cs);
    }
    if route.flight_number.is_some() || route.origin.is_some() || route.destination.is_some() {
        id.reported_routes.push(route);
    }
    id
}

pub(super) fn parse(text_in: &str, report: &mut FileImport, batch: &mut Batch) {
    let doc: Value = match serde_json::from_str(text_in) {
        Ok(v) => v,
        Err(e) => {
            report.warn(
                Some(e.line() as u64),
                WarningKind::BadJson { error: clip(&e) },
            );
            return;
        }
    };
    let flight = &doc["result"]["response"]["data"]["flight"];
    let Some(track) = flight["track"].as_array() else {
        report.warn(None, WarningKind::NoPlaybackTrack);
        return;
    };
    batch.unit = RowUnit::Entry("track entry");
    let mut who = Some(identity(flight));
    for (i, e) in track.iter().enumerate() {
        report.rows += 1;
        let fail = |report: &mut FileImport, problem: WarningKind| {
            report.skipped += 1;
            report.warn(
                None,
                WarningKind::PlaybackEntry {
                    entry: i + 1,
                    problem: Box::new(problem),
                },
            );
        };
        let (Some(t), Some(lat), Some(lon)) = (
            num(&e["timestamp"]),
            num(&e["latitude"]),
            num(&e["longitude"]),
        ) else {
            fail(report, WarningKind::MissingTimeOrPosition);
            continue;
        };
        let t = match batch.window.check(t.floor() as i64) {
            Ok(t) => t,
            Err(kind) => {
                fail(report, kind);
                continue;
            }
        };
        if let Some(p) = position_problem(lat, lon) {
            fail(report, p);
            continue;
        }
        let p = Point {
            t,
            lat,
            lon,
            alt_ft: num(&e["altitude"]["feet"]).map(|a| a.round() as i32),
            gs_kt: num(&e["speed"]["kts"]).map(|v| v as f32),
            vrate_fpm: num(&e["verticalSpeed"]["fpm"]).map(|v| v as f32),
            ground: Ground::Unknown,
        };
        // One flight of one aircraft: one key for every entry.
        let row = i as u64 + 1;
        match who.take() {
            Some(w) => batch.push("", || w, p, row),
            None => batch.push("", Identity::default, p, row),
        };
    }
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Format};

    const PLAYBACK: &str = r#"{"result": {"request": {}, "response": {"timestamp": 1704722891,
 "data": {"flight": {
  "identification": {"id": "3376ab31", "number": {"default": "JL516"}, "callsign": "JAL516"},
  "aircraft": {"model": {"code": "A359", "text": "Airbus A350-941"},
               "identification": {"modes": "8467D8", "registration": "JA13XJ"}},
  "owner": {"name": "Japan Airlines", "code": {"icao": "JAL"}},
  "airline": {"name": "Japan Airlines"},
  "airport": {"origin": {"name": "Sapporo New Chitose Airport", "code": {"iata": "CTS", "icao": "RJCC"}},
              "destination": {"code": {"iata": "HND", "icao": "RJTT"}}, "real": null},
  "track": [
   {"latitude": 42.787994, "longitude": 141.685074, "altitude": {"feet": 0, "meters": 0},
    "speed": {"kmh": 0, "kts": 0, "mph": 0}, "verticalSpeed": {"fpm": 0, "ms": 0},
    "heading": 73, "squawk": "0", "timestamp": 1704180175, "ems": null},
   {"latitude": 42.770142, "longitude": 141.691422, "altitude": {"feet": 550, "meters": 167},
    "speed": {"kts": 144}, "verticalSpeed": {"fpm": 1200}, "heading": 172, "timestamp": 1704180458},
   {"latitude": "x", "longitude": 141.7, "timestamp": 1704180460},
   {"latitude": 42.6, "longitude": 141.7, "timestamp": -5}
  ]}}}}}"#;

    #[test]
    fn reads_a_playback_with_who_and_the_reported_route() {
        let mut d = Dataset::default();
        let r = d.add_file("3376ab31.json", PLAYBACK.as_bytes()).clone();
        assert_eq!(r.format, Some(Format::Fr24Playback), "{:?}", r.warnings);
        assert_eq!((r.rows, r.points, r.skipped), (4, 2, 2));
        assert!(
            r.warnings[0].message.starts_with("track entry 3:"),
            "{:?}",
            r.warnings
        );
        assert!(
            r.warnings[1].message.starts_with("track entry 4: time"),
            "{:?}",
            r.warnings
        );
        let t = &d.tracks[0];
        let id = &t.identity;
        assert_eq!(id.icao24.as_deref(), Some("8467d8"));
        assert_eq!(id.registration.as_deref(), Some("JA13XJ"));
        assert_eq!(id.type_code.as_deref(), Some("A359"));
        assert_eq!(id.description.as_deref(), Some("Airbus A350-941"));
        assert_eq!(id.operator.as_deref(), Some("Japan Airlines"));
        assert_eq!(id.callsigns, ["JAL516"]);
        assert_eq!(id.label(), "JA13XJ");
        let route = &id.reported_routes[0];
        assert_eq!(route.source, "Flightradar24");
        assert_eq!(route.flight_number.as_deref(), Some("JL516"));
        assert_eq!(route.origin.as_deref(), Some("RJCC"));
        assert_eq!(route.destination.as_deref(), Some("RJTT"));
        assert_eq!(route.span, Some((1_704_180_175, 1_704_180_458)));
        let p = t.points.get(1);
        assert_eq!(
            (p.alt_ft, p.gs_kt, p.vrate_fpm),
            (Some(550), Some(144.0), Some(1200.0))
        );
    }

    /// Today's reason for the issue: the airports' `icao` keys made the
    /// playback look like a readsb trace, refused for its `icao`.
    #[test]
    fn a_playback_is_not_taken_for_a_readsb_trace() {
        assert_eq!(crate::ingest::sniff(PLAYBACK), Some(Format::Fr24Playback));
        // Cut short, it is still known for what it is, and says what broke.
        let mut d = Dataset::default();
        let r = d.add_file("cut.json", &PLAYBACK.as_bytes()[..600]).clone();
        assert_eq!(r.format, Some(Format::Fr24Playback));
        assert!(
            r.warnings[0].message.starts_with("not valid JSON"),
            "{:?}",
            r.warnings
        );
    }
}
