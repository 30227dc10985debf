//! readsb / tar1090 / ADS-B Exchange `trace_full` JSON:
//!
//! ```text
//! {"icao":"ac671b","r":"N899DN","t":"B739","timestamp":1738703622.619,
//!  "trace":[[0.00,16.777359,-88.036868,32000,478.6,327.8,1,0,null,"adsb_icao",…], …]}
//! ```
//!
//! Each trace entry: seconds after `timestamp`, latitude, longitude,
//! altitude in feet or `"ground"` or `null`, ground speed (kt), track,
//! flags (1 stale, 2 start of a new leg), vertical rate (ft/min), details
//! (an object with `flight`, the callsign, or `null`), then more fields.
//! Files are often gzip-compressed; [`super::Dataset::add_file`] unpacks them.

use serde_json::Value;

use super::batch::Batch;
use super::parse::position_problem;
use super::report::{Excerpt, FileImport, RowUnit, WarningKind, clip};
use crate::track::{Ground, Identity, Point};

pub(super) fn matches(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(4096).collect();
    head.starts_with('{')
        && head.contains("\"icao\"")
        && (head.contains("\"trace\"") || head.contains("\"timestamp\""))
}

/// A JSON value as a message quotes it: a string in quotes, a number or
/// `null` as it is, an array or object by its kind only.
fn json_excerpt(v: &Value) -> Excerpt {
    match v {
        Value::String(s) => Excerpt::of(s),
        Value::Array(_) => Excerpt::raw("an array"),
        Value::Object(_) => Excerpt::raw("an object"),
        other => Excerpt::raw(&other.to_string()),
    }
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64().filter(|x| x.is_finite())
}

pub(super) fn parse(text: &str, report: &mut FileImport, batch: &mut Batch) {
    let doc: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            report.warn(
                Some(e.line() as u64),
                WarningKind::BadJson { error: clip(e) },
            );
            return;
        }
    };
    let icao = doc["icao"]
        .as_str()
        .unwrap_or("")
        .trim()
        .trim_start_matches('~')
        .to_ascii_lowercase();
    if icao.len() != 6 || !icao.bytes().all(|b| b.is_ascii_hexdigit()) {
        report.warn(
            None,
            WarningKind::BadTraceAddress {
                found: json_excerpt(&doc["icao"]),
            },
        );
        return;
    }
    let Some(base) = num(&doc["timestamp"]) else {
        report.warn(None, WarningKind::NoTraceTimestamp);
        return;
    };
    let Some(trace) = doc["trace"].as_array() else {
        report.warn(None, WarningKind::NoTraceArray);
        return;
    };
    let field = |key: &str| {
        doc[key]
            .as_str()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let who = || Identity {
        icao24: Some(icao.clone()),
        registration: field("r"),
        type_code: field("t"),
        operator: field("ownOp"),
        description: field("desc"),
        ..Identity::default()
    };
    let mut who = Some(who);
    batch.unit = RowUnit::Entry("trace entry");
    for (i, e) in trace.iter().enumerate() {
        report.rows += 1;
        // Entry i is on its own line in readsb's output, after the header lines;
        // the warning names the entry, which is what one can find in any layout.
        let fail = |report: &mut FileImport, problem: WarningKind| {
            report.skipped += 1;
            report.warn(
                None,
                WarningKind::TraceEntry {
                    entry: i + 1,
                    problem: Box::new(problem),
                },
            );
        };
        let Some(a) = e.as_array() else {
            fail(report, WarningKind::NotAnArray);
            continue;
        };
        let (Some(dt), Some(lat), Some(lon)) = (
            a.first().and_then(num),
            a.get(1).and_then(num),
            a.get(2).and_then(num),
        ) else {
            fail(report, WarningKind::MissingTimeOrPosition);
            continue;
        };
        if let Some(p) = position_problem(lat, lon) {
            fail(report, p);
            continue;
        }
        let (alt_ft, ground) = match a.get(3) {
            Some(Value::String(s)) if s == "ground" => (Some(0), Ground::Ground),
            Some(v) => match num(v) {
                Some(x) => (Some(x.round() as i32), Ground::Air),
                None => (None, Ground::Unknown),
            },
            None => (None, Ground::Unknown),
        };
        let t = match batch.window.check((base + dt).floor() as i64) {
            Ok(t) => t,
            Err(kind) => {
                fail(report, kind);
                continue;
            }
        };
        let p = Point {
            t,
            lat,
            lon,
            alt_ft,
            gs_kt: a.get(4).and_then(num).map(|x| x as f32),
            vrate_fpm: a.get(7).and_then(num).map(|x| x as f32),
            ground,
        };
        let entry = i as u64 + 1;
        let id = match who.take() {
            Some(w) => batch.push(&icao, w, p, entry),
            None => batch.push(&icao, Identity::default, p, entry),
        };
        if let Some(cs) = a
            .get(8)
            .and_then(|d| d.get("flight"))
            .and_then(Value::as_str)
        {
            id.add_callsign(cs);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use crate::{Dataset, Format, Ground};

    const TRACE: &str = r#"{"icao":"ac671b",
  "r":"N899DN",
  "t":"B739",
  "dbFlags":0,"desc":"BOEING 737-900","ownOp":"DELTA AIR LINES INC",
  "timestamp": 1738703622.619,
  "trace":[
    [0.00,16.777359,-88.036868,32000,478.6,327.8,1,0,null,"adsb_icao",33825,32,280,0.0],
    [26.89,16.833336,-88.059981,32000,483.3,340.7,0,0,{"type":"adsb_icao","flight":"DAL1812 ","alt_geom":33825},"adsb_icao",33825,32,279,-0.9],
    [65.21,16.914383,-88.090145,null,null,null,0,null,null,"adsb_icao",33825,null,null,null],
    [90.00,"x",-88.1,32000,480,340,0,0,null],
    [7200.5,33.6367,-84.4281,"ground",12.1,90.0,2,null,null,"adsb_icao",null,null,null,null]
  ]}"#;

    #[test]
    fn reads_a_trace_with_identity_ground_and_bad_entries() {
        let mut d = Dataset::default();
        let r = d
            .add_file("trace_full_ac671b.json", TRACE.as_bytes())
            .clone();
        assert_eq!(r.format, Some(Format::ReadsbTrace));
        assert_eq!((r.rows, r.points, r.skipped), (5, 4, 1));
        assert!(
            r.warnings[0].message.starts_with("trace entry 4:"),
            "{:?}",
            r.warnings
        );
        let t = &d.tracks[0];
        assert_eq!(t.identity.icao24.as_deref(), Some("ac671b"));
        assert_eq!(t.identity.registration.as_deref(), Some("N899DN"));
        assert_eq!(t.identity.type_code.as_deref(), Some("B739"));
        assert_eq!(t.identity.description.as_deref(), Some("BOEING 737-900"));
        assert_eq!(t.identity.operator.as_deref(), Some("DELTA AIR LINES INC"));
        assert_eq!(t.identity.callsigns, ["DAL1812"]);
        assert_eq!(t.points.get(0).t, 1_738_703_622);
        assert_eq!(t.points.get(2).alt_ft, None);
        let last = t.points.get(3);
        assert_eq!(
            (last.ground, last.alt_ft, last.t),
            (Ground::Ground, Some(0), 1_738_710_823)
        );
    }

    #[test]
    fn reads_it_gzipped() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(TRACE.as_bytes()).unwrap();
        let bytes = gz.finish().unwrap();
        let mut d = Dataset::default();
        let r = d.add_file("trace_full_ac671b.json.gz", &bytes).clone();
        assert_eq!((r.format, r.points), (Some(Format::ReadsbTrace), 4));
    }

    #[test]
    fn truncated_json_is_a_clear_warning() {
        let mut d = Dataset::default();
        let r = d.add_file("cut.json", &TRACE.as_bytes()[..300]).clone();
        assert_eq!(r.format, Some(Format::ReadsbTrace));
        assert!(
            r.warnings[0].message.starts_with("not valid JSON"),
            "{:?}",
            r.warnings
        );
        assert!(d.tracks.is_empty());
    }
}
