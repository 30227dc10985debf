//! KML with `gx:Track`, as exported by tar1090 and Flightradar24:
//!
//! ```text
//! <Placemark><name>JAL516</name>
//!   <gx:Track>
//!     <when>2024-01-02T07:22:55Z</when> …
//!     <gx:coord>141.685074 42.787994 0</gx:coord> …   (lon lat altitude-in-metres)
//!   </gx:Track>
//! </Placemark>
//! ```
//!
//! The n-th `when` goes with the n-th `gx:coord`. The placemark's name is
//! the aircraft's callsign (or its ICAO address, when it is six hex digits).

use quick_xml::events::Event;
use quick_xml::reader::Reader;

use super::batch::Batch;
use super::parse::{parse_icao24, parse_time, position_problem};
use super::report::{FileImport, WarningKind, clip};
use crate::track::{Ground, Identity, Point};

const M_TO_FT: f64 = 3.280_839_895;

pub(super) fn matches(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(2048).collect();
    (head.starts_with("<?xml") || head.starts_with("<kml"))
        && head.contains("<kml")
        && text.contains("Track>")
}

fn line_at(text: &str, pos: u64) -> u64 {
    let end = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
}

fn coord(s: &str) -> Option<(f64, f64, Option<f64>)> {
    let mut it = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|x| !x.is_empty());
    let lon = it.next()?.parse().ok()?;
    let lat = it.next()?.parse().ok()?;
    let alt = it.next().and_then(|a| a.parse().ok());
    Some((lat, lon, alt))
}

pub(super) fn parse(text: &str, report: &mut FileImport, batch: &mut Batch) {
    let mut r = Reader::from_str(text);
    let mut name: Option<String> = None;
    let mut in_track = false;
    // Each entry: the value (if it parsed) and the line it came from.
    let mut whens: Vec<(Option<i64>, u64)> = Vec::new();
    let mut coords: Vec<Coord> = Vec::new();
    loop {
        let at = r.buffer_position();
        match r.read_event() {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                "Placemark" => name = None,
                "name" if !in_track => {
                    if let Ok(t) = r.read_text(e.name()) {
                        name = Some(t.trim().to_string()).filter(|s| !s.is_empty());
                    }
                }
                "Track" => {
                    in_track = true;
                    whens.clear();
                    coords.clear();
                }
                "when" if in_track => {
                    let line = line_at(text, at);
                    let v = r
                        .read_text(e.name())
                        .ok()
                        .and_then(|t| parse_time(t.trim()));
                    whens.push((v, line));
                }
                "coord" if in_track => {
                    let line = line_at(text, at);
                    let v = r.read_text(e.name()).ok().and_then(|t| coord(&t));
                    coords.push((v, line));
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == "Track" => {
                in_track = false;
                flush(&name, &whens, &coords, report, batch);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                report.warn(
                    Some(line_at(text, r.error_position())),
                    WarningKind::DamagedKml { error: clip(e) },
                );
                if in_track {
                    flush(&name, &whens, &coords, report, batch);
                }
                break;
            }
        }
    }
}

/// A `gx:coord` (latitude, longitude, altitude in metres), if it parsed, and its line.
type Coord = (Option<(f64, f64, Option<f64>)>, u64);

fn flush(
    name: &Option<String>,
    whens: &[(Option<i64>, u64)],
    coords: &[Coord],
    report: &mut FileImport,
    batch: &mut Batch,
) {
    if whens.len() != coords.len() {
        report.warn(
            None,
            WarningKind::UnpairedKmlTrack {
                times: whens.len(),
                positions: coords.len(),
            },
        );
    }
    let icao = name.as_deref().and_then(parse_icao24);
    let key = icao
        .clone()
        .or_else(|| name.clone())
        .unwrap_or_else(|| "?".into());
    for ((t, tline), (c, cline)) in whens.iter().zip(coords) {
        report.rows += 1;
        let problem = match (t, c) {
            (None, _) => Some((*tline, WarningKind::BadKmlTime)),
            (_, None) => Some((*cline, WarningKind::BadKmlCoord)),
            (Some(t), Some((lat, lon, _))) => batch
                .window
                .check(*t)
                .err()
                .map(|k| (*tline, k))
                .or_else(|| position_problem(*lat, *lon).map(|p| (*cline, p))),
        };
        if let Some((line, kind)) = problem {
            report.skipped += 1;
            report.warn(Some(line), kind);
            continue;
        }
        let (Some(t), Some((lat, lon, alt))) = (t, c) else {
            continue;
        };
        let p = Point {
            alt_ft: alt.map(|a| (a * M_TO_FT).round() as i32),
            ground: Ground::Unknown,
            ..Point::at(*t, *lat, *lon)
        };
        let who = || Identity {
            icao24: icao.clone(),
            ..Identity::default()
        };
        let id = batch.push(&key, who, p, *cline);
        if icao.is_none()
            && let Some(n) = name
        {
            id.add_callsign(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Format};

    const KML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>Flightlens test</name>
  <Placemark>
    <name>JAL516</name>
    <gx:Track>
      <altitudeMode>absolute</altitudeMode>
      <when>2024-01-02T07:22:55Z</when>
      <when>2024-01-02T07:27:38Z</when>
      <when>not a time</when>
      <gx:coord>141.685074 42.787994 0</gx:coord>
      <gx:coord>141.691422 42.770142 167.64</gx:coord>
      <gx:coord>141.7 42.7 300</gx:coord>
    </gx:Track>
  </Placemark>
</Document>
</kml>"#;

    #[test]
    fn reads_a_gx_track() {
        let mut d = Dataset::default();
        let r = d.add_file("JL516.kml", KML.as_bytes()).clone();
        assert_eq!(r.format, Some(Format::Kml));
        assert_eq!((r.rows, r.points, r.skipped), (3, 2, 1));
        assert_eq!(r.warnings[0].line, Some(11));
        let t = &d.tracks[0];
        assert_eq!(t.identity.callsigns, ["JAL516"]);
        assert_eq!(t.points.get(1).alt_ft, Some(550));
        assert_eq!(t.points.get(0).t, 1_704_180_175);
    }

    #[test]
    fn a_damaged_file_keeps_what_came_before() {
        let cut = KML.replace("</gx:Track>", "</gx:Trak>");
        let mut d = Dataset::default();
        let r = d.add_file("cut.kml", cut.as_bytes()).clone();
        assert_eq!(r.format, Some(Format::Kml));
        assert_eq!(r.points, 2, "{:?}", r.warnings);
        assert!(
            r.warnings.iter().any(|w| w.message.contains("damaged")),
            "{:?}",
            r.warnings
        );
    }
}
