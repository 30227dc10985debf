//! Exports for the graphics desk: legs and stopovers as CSV, and the routes
//! as GeoJSON and KML. Pure functions from what the pipeline made (a
//! [`Source`]) and the reader's [`Filter`] to text, so the page and the CLI
//! write the same files the same way and the tests read them back.
//!
//! Every field that came from a user's file (callsigns, registrations) is
//! written as data: CSV cells that a spreadsheet would run as a formula are
//! prefixed with `'`, KML text is XML-escaped, and GeoJSON is built with
//! `serde_json`.

use std::borrow::Cow;

use serde_json::{Value, json};

use crate::Dataset;
use crate::analysis::{AirportRef, Analysis, LegOut};
use crate::filter::Filter;
use crate::pipeline::Analysed;
use crate::routes::{Leg, Routes};
use crate::track::Points;

/// What the exports are made from: the loaded data (the tracks' points,
/// for the drawn routes) and what the pipeline made of it. The CLI makes
/// one from its [`Analysed`] ([`Source::new`]); the app from its memos.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The loaded data.
    pub data: &'a Dataset,
    /// The routes found in it.
    pub routes: &'a Routes,
    /// The whole analysis document (the exports apply the filter).
    pub analysis: &'a Analysis,
}

impl<'a> Source<'a> {
    /// The data and what [`crate::pipeline::analyse`] made of it.
    pub fn new(data: &'a Dataset, analysed: &'a Analysed) -> Self {
        Source {
            data,
            routes: &analysed.routes,
            analysis: &analysed.analysis,
        }
    }

    /// The analysis as the filter shows it (the whole one, unfiltered,
    /// without a copy).
    fn shown(&self, filter: &Filter) -> Cow<'a, Analysis> {
        if filter.is_empty() {
            Cow::Borrowed(self.analysis)
        } else {
            Cow::Owned(filter.apply(self.analysis, self.routes))
        }
    }
}

/// A spreadsheet runs a cell that starts with one of these as a formula.
fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn code(a: &Option<AirportRef>) -> String {
    a.as_ref().map(|a| a.icao.clone()).unwrap_or_default()
}

fn name(a: &Option<AirportRef>) -> String {
    a.as_ref().map(|a| a.name.clone()).unwrap_or_default()
}

fn csv_text(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(r.iter().map(|c| cell(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The legs table as CSV, one row per leg the filter keeps, times in UTC
/// and local time.
pub fn legs_csv(source: Source<'_>, filter: &Filter) -> String {
    let a = &*source.shown(filter);
    let labels = a.aircraft_labels();
    let rows = a
        .legs
        .iter()
        .map(|l| {
            vec![
                l.id.to_string(),
                l.aircraft.to_string(),
                labels.get(&l.aircraft).unwrap_or(&"").to_string(),
                code(&l.from),
                name(&l.from),
                l.from.as_ref().is_some_and(|e| e.inferred).to_string(),
                code(&l.to),
                name(&l.to),
                l.to.as_ref().is_some_and(|e| e.inferred).to_string(),
                l.takeoff.clone(),
                l.landing.clone(),
                l.takeoff_local.clone().unwrap_or_default(),
                l.landing_local.clone().unwrap_or_default(),
                l.takeoff_observed.to_string(),
                l.landing_observed.to_string(),
                l.duration_s.to_string(),
                format!("{:.1}", l.distance_km),
                format!("{:.1}", l.flown_km),
                l.max_altitude_ft.map(|x| x.to_string()).unwrap_or_default(),
                l.gaps.len().to_string(),
            ]
        })
        .collect();
    csv_text(
        &[
            "id",
            "aircraft",
            "aircraft_label",
            "from_icao",
            "from_name",
            "from_inferred",
            "to_icao",
            "to_name",
            "to_inferred",
            "takeoff_utc",
            "landing_utc",
            "takeoff_local",
            "landing_local",
            "takeoff_observed",
            "landing_observed",
            "duration_s",
            "distance_km",
            "flown_km",
            "max_altitude_ft",
            "gaps",
        ],
        rows,
    )
}

/// The stopovers table as CSV, one row per stopover the filter keeps.
pub fn stopovers_csv(source: Source<'_>, filter: &Filter) -> String {
    let a = &*source.shown(filter);
    let labels = a.aircraft_labels();
    let rows = a
        .stopovers
        .iter()
        .map(|s| {
            vec![
                s.id.to_string(),
                s.aircraft.to_string(),
                labels.get(&s.aircraft).unwrap_or(&"").to_string(),
                s.airport.icao.clone(),
                s.airport.name.clone(),
                s.arrival.clone(),
                s.departure.clone(),
                s.arrival_local.clone().unwrap_or_default(),
                s.departure_local.clone().unwrap_or_default(),
                s.ground_time_s.to_string(),
                s.observed.to_string(),
                s.legs[0].to_string(),
                s.legs[1].to_string(),
            ]
        })
        .collect();
    csv_text(
        &[
            "id",
            "aircraft",
            "aircraft_label",
            "airport_icao",
            "airport_name",
            "arrival_utc",
            "departure_utc",
            "arrival_local",
            "departure_local",
            "ground_time_s",
            "observed",
            "leg_in",
            "leg_out",
        ],
        rows,
    )
}

/// Vertices of points `a..=b`, thinned to about 100 m apart (first and last
/// kept), rounded to 5 decimals (about a metre) and split where the data
/// has a gap: each piece is flown track, the gaps are not.
fn flown_pieces(p: &Points, a: usize, b: usize, gaps: &[(i64, i64)]) -> Vec<Vec<[f64; 2]>> {
    let r5 = |x: f64| (x * 1e5).round() / 1e5;
    let mut pieces: Vec<Vec<[f64; 2]>> = vec![Vec::new()];
    let times = p.times();
    let b = b.min(p.len().saturating_sub(1));
    for i in a..=b {
        if p.is_empty() {
            break;
        }
        if i > a && gaps.iter().any(|g| times[i - 1] <= g.0 && times[i] >= g.1) {
            pieces.push(Vec::new());
        }
        let v = [r5(p.lon(i)), r5(p.lat(i))];
        let piece = pieces.last_mut().expect("never empty");
        let far = piece
            .last()
            .is_none_or(|q| (q[0] - v[0]).abs() + (q[1] - v[1]).abs() > 0.001);
        if far || i == b {
            piece.push(v);
        }
    }
    pieces.retain(|x| x.len() >= 2);
    pieces
}

/// The analysis's legs (as filtered), each with its leg in `routes` and its
/// flown pieces: what the GeoJSON and KML exports draw.
fn drawn_legs<'a>(
    data: &'a Dataset,
    routes: &'a Routes,
    a: &'a Analysis,
) -> impl Iterator<Item = (&'a LegOut, &'a Leg, Vec<Vec<[f64; 2]>>)> + 'a {
    a.legs.iter().filter_map(|out| {
        let l = routes.legs.get(out.id.0)?;
        let track = data.tracks.get(l.track)?;
        let gaps: Vec<(i64, i64)> = l.gaps.iter().map(|g| (g.start, g.end)).collect();
        let pieces = flown_pieces(&track.points, l.points.0, l.points.1, &gaps);
        Some((out, l, pieces))
    })
}

fn airport_props(a: &Option<AirportRef>) -> Value {
    match a {
        Some(a) => json!({"icao": a.icao, "iata": a.iata, "name": a.name, "inferred": a.inferred}),
        None => Value::Null,
    }
}

/// The routes as a GeoJSON FeatureCollection: each leg's flown track as a
/// MultiLineString (split at coverage gaps), each gap as a LineString with
/// `"kind": "gap"` (straight between the last and next fix seen; not
/// flown track), and each stopover as a Point; what the filter keeps.
pub fn geojson(source: Source<'_>, filter: &Filter) -> String {
    let a = &*source.shown(filter);
    let labels = a.aircraft_labels();
    let mut features = Vec::new();
    for (out, l, pieces) in drawn_legs(source.data, source.routes, a) {
        let label = labels.get(&out.aircraft).copied().unwrap_or("");
        features.push(json!({
            "type": "Feature",
            "id": out.id,
            "geometry": {"type": "MultiLineString", "coordinates": pieces},
            "properties": {
                "kind": "leg", "id": out.id, "aircraft": out.aircraft, "aircraft_label": label,
                "from": airport_props(&out.from), "to": airport_props(&out.to),
                "takeoff": out.takeoff, "landing": out.landing,
                "takeoff_observed": out.takeoff_observed, "landing_observed": out.landing_observed,
                "distance_km": out.distance_km, "duration_s": out.duration_s,
                "max_altitude_ft": out.max_altitude_ft,
            }
        }));
        for (g, go) in l.gaps.iter().zip(&out.gaps) {
            features.push(json!({
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[g.from.1, g.from.0], [g.to.1, g.to.0]]},
                "properties": {"kind": "gap", "leg": out.id, "aircraft": out.aircraft,
                    "start": go.start, "end": go.end, "km": go.km}
            }));
        }
    }
    for s in &a.stopovers {
        let (lat, lon) = crate::airports::airports()
            .get(&s.airport.icao)
            .map_or((f64::NAN, f64::NAN), |x| (x.lat, x.lon));
        if !lat.is_finite() {
            continue;
        }
        let label = labels.get(&s.aircraft).copied().unwrap_or("");
        features.push(json!({
            "type": "Feature",
            "id": s.id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "kind": "stopover", "id": s.id, "aircraft": s.aircraft, "aircraft_label": label,
                "airport": s.airport.icao, "airport_name": s.airport.name,
                "arrival": s.arrival, "departure": s.departure,
                "ground_time_s": s.ground_time_s, "observed": s.observed,
            }
        }));
    }
    let doc = json!({"type": "FeatureCollection", "features": features});
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Text made safe for XML content and attributes.
pub fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Characters XML 1.0 does not allow at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

/// The routes as KML for Google Earth: a folder of legs (flown pieces as a
/// MultiGeometry, gaps in a separate dashed-looking grey style) and a folder
/// of stopovers; what the filter keeps.
pub fn kml(source: Source<'_>, filter: &Filter) -> String {
    use std::fmt::Write as _;
    let a = &*source.shown(filter);
    let labels = a.aircraft_labels();
    let mut o = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>Flightlens analysis</name>\n\
<Style id=\"leg\"><LineStyle><color>ff0072b2</color><width>3</width></LineStyle></Style>\n\
<Style id=\"gap\"><LineStyle><color>80808080</color><width>2</width></LineStyle></Style>\n\
<Style id=\"stop\"><IconStyle><scale>1.1</scale></IconStyle></Style>\n<Folder><name>Legs</name>\n",
    );
    let coords = |v: &[[f64; 2]]| {
        v.iter()
            .map(|c| format!("{},{}", c[0], c[1]))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (out, l, pieces) in drawn_legs(source.data, source.routes, a) {
        let label = labels.get(&out.aircraft).copied().unwrap_or("");
        let title = format!("{} {} → {}", label, code(&out.from), code(&out.to));
        let _ = write!(
            o,
            "<Placemark id=\"{}\"><name>{}</name><description>{} to {}, takeoff {} UTC, landing {} UTC</description>\
<TimeSpan><begin>{}</begin><end>{}</end></TimeSpan><styleUrl>#leg</styleUrl><MultiGeometry>",
            xml_escape(&out.id.to_string().replace(':', "-")),
            xml_escape(&title),
            xml_escape(&name(&out.from)),
            xml_escape(&name(&out.to)),
            xml_escape(&out.takeoff),
            xml_escape(&out.landing),
            xml_escape(&out.takeoff),
            xml_escape(&out.landing),
        );
        for p in &pieces {
            let _ = write!(
                o,
                "<LineString><tessellate>1</tessellate><coordinates>{}</coordinates></LineString>",
                coords(p)
            );
        }
        o.push_str("</MultiGeometry></Placemark>\n");
        for g in &l.gaps {
            let _ = writeln!(
                o,
                "<Placemark><name>No data ({} km)</name><styleUrl>#gap</styleUrl><LineString><tessellate>1</tessellate><coordinates>{},{} {},{}</coordinates></LineString></Placemark>",
                g.km.round(),
                g.from.1,
                g.from.0,
                g.to.1,
                g.to.0
            );
        }
    }
    o.push_str("</Folder>\n<Folder><name>Stopovers</name>\n");
    for s in &a.stopovers {
        let Some(ap) = crate::airports::airports().get(&s.airport.icao) else {
            continue;
        };
        let label = labels.get(&s.aircraft).copied().unwrap_or("");
        let _ = writeln!(
            o,
            "<Placemark id=\"{}\"><name>{} at {}</name><description>{}: {} to {} UTC</description>\
<TimeSpan><begin>{}</begin><end>{}</end></TimeSpan><styleUrl>#stop</styleUrl><Point><coordinates>{},{}</coordinates></Point></Placemark>",
            xml_escape(&s.id.to_string().replace(':', "-")),
            xml_escape(label),
            xml_escape(&s.airport.icao),
            xml_escape(&s.airport.name),
            xml_escape(&s.arrival),
            xml_escape(&s.departure),
            xml_escape(&s.arrival),
            xml_escape(&s.departure),
            ap.lon,
            ap.lat
        );
    }
    o.push_str("</Folder>\n</Document>\n</kml>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> (Dataset, Analysed) {
        let data = crate::demo_data();
        let made = crate::pipeline::analyse(&data, &Default::default(), None);
        (data, made)
    }

    #[test]
    fn formulas_are_not_run_by_spreadsheets() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(cell("RA-78817"), "RA-78817");
    }

    #[test]
    fn legs_csv_has_a_row_per_leg_and_reads_back() {
        let (data, made) = demo();
        let a = &made.analysis;
        let text = legs_csv(Source::new(&data, &made), &Filter::default());
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        assert_eq!(rows.len(), a.legs.len());
        assert_eq!(&rows[0][0], "leg:1");
        assert_eq!(r.headers().unwrap().len(), rows[0].len());
        let s = stopovers_csv(Source::new(&data, &made), &Filter::default());
        assert_eq!(s.lines().count(), a.stopovers.len() + 1);
    }

    #[test]
    fn the_filter_narrows_every_export() {
        let (data, made) = demo();
        let one = Filter {
            aircraft: Some(crate::ids::AircraftId(1)),
            ..Filter::default()
        };
        let shown = one.apply(&made.analysis, &made.routes);
        assert!(shown.legs.len() < made.analysis.legs.len());
        let source = Source::new(&data, &made);
        assert_eq!(legs_csv(source, &one).lines().count(), shown.legs.len() + 1);
        assert_eq!(
            stopovers_csv(source, &one).lines().count(),
            shown.stopovers.len() + 1
        );
        let doc: Value = serde_json::from_str(&geojson(source, &one)).unwrap();
        let legs = doc["features"].as_array().unwrap().iter();
        assert_eq!(
            legs.filter(|x| x["properties"]["kind"] == "leg").count(),
            shown.legs.len()
        );
        assert_eq!(
            kml(source, &one).matches("styleUrl>#leg<").count(),
            shown.legs.len()
        );
    }

    #[test]
    fn geojson_has_legs_gaps_and_stopovers() {
        let (data, made) = demo();
        let a = &made.analysis;
        let doc: Value =
            serde_json::from_str(&geojson(Source::new(&data, &made), &Filter::default())).unwrap();
        let f = doc["features"].as_array().unwrap();
        let kind = |k: &str| f.iter().filter(|x| x["properties"]["kind"] == k).count();
        assert_eq!(kind("leg"), a.legs.len());
        assert_eq!(kind("stopover"), a.stopovers.len());
        assert_eq!(
            kind("gap"),
            a.legs.iter().map(|l| l.gaps.len()).sum::<usize>()
        );
        for leg in f.iter().filter(|x| x["properties"]["kind"] == "leg") {
            let lines = leg["geometry"]["coordinates"].as_array().unwrap();
            assert!(!lines.is_empty());
            for c in lines.iter().flat_map(|l| l.as_array().unwrap()) {
                let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
                assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            }
        }
    }

    #[test]
    fn kml_is_well_formed_and_escapes_names() {
        let (data, mut made) = demo();
        made.analysis.aircraft[0].label = "<script>alert(1)</script> & co".into();
        let text = kml(Source::new(&data, &made), &Filter::default());
        let a = &made.analysis;
        assert!(!text.contains("<script>"));
        let mut reader = quick_xml::Reader::from_str(&text);
        let mut placemarks = 0;
        loop {
            match reader.read_event().expect("well-formed") {
                quick_xml::events::Event::Start(e) if e.name().as_ref() == "Placemark" => {
                    placemarks += 1
                }
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        let gaps: usize = a.legs.iter().map(|l| l.gaps.len()).sum();
        assert_eq!(placemarks, a.legs.len() + gaps + a.stopovers.len());
    }
}
