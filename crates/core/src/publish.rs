//! Publish for the web: a finished analysis as a small folder of static
//! files that a newsroom serves beside an article, for readers who only
//! need to see it. Shared by the app's **Export for web** and
//! `flightlens publish`, so both write the same files.
//!
//! | file | what it is |
//! | --- | --- |
//! | `snippet.html` | the HTML to paste into the article: a figure with the map and the timeline inline, a caption, and tables of legs, stopovers (and claims), readable with JavaScript off |
//! | `index.html` | a page showing the snippet on its own (a preview, and a page to link to) |
//! | `map.svg`, `timeline.svg` | the pictures on their own, styles written in |
//! | `analysis.json` | the `flightlens.analysis/1` document, plus what is drawn (`drawn`: the map's and timeline's geometry, simplified for the view) |
//! | `flightlens-view.js`, `flightlens-view.css` | the light viewer: hover details, picking a leg on map, timeline and table, zoom; no engine, no airport table, no basemap |
//!
//! The snippet's figure sits in a declarative shadow root (`<template
//! shadowrootmode="open">`), so the host page's stylesheets cannot reach
//! it, with or without JavaScript. It is drawn in two steps, and nothing
//! drawn in the first moves in the second:
//!
//! 1. with the HTML: the map (with its legend) and the timeline, which
//!    style themselves (presentation attributes) and reserve their height
//!    by their view box, and the caption, in the page's own type;
//! 2. once the stylesheet linked after them has come (the browser holds
//!    back what follows a stylesheet in the body until it has): the
//!    tables and the credit, which only it styles.
//!
//! So the container is a `div` with `role="figure"`, labelled by the
//! caption, rather than a `<figure>`, whose default 40-pixel side margins
//! only a stylesheet could take back. Nothing in the folder asks for
//! anything outside it, and it needs a page policy of `script-src 'self'`
//! and `style-src 'self'` only.
//!
//! Every text that came from the data or the article is escaped.
//!
//! ```
//! use flightlens_core::{Dataset, export::Source, pipeline, publish};
//! let csv = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
//!            1704180175,2024-01-02T07:22:55Z,<b>JAL516,\"42.787994,141.685074\",0,0,73\n";
//! let mut data = Dataset::default();
//! data.add_file("track.csv", csv.as_bytes());
//! let made = pipeline::analyse(&data, &Default::default(), None);
//! let files = publish::publish(Source::new(&data, &made), &Default::default(), &publish::Settings::default());
//! let snippet = files.iter().find(|f| f.name == "snippet.html").unwrap();
//! assert!(snippet.text.contains("<caption>Legs</caption>"));
//! assert!(!snippet.text.contains("<b>JAL516") && snippet.text.contains("&lt;b&gt;JAL516"));
//! ```

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::analysis::AirportRef;
use crate::export::{Source, xml_escape};
use crate::map::picture::{self, MapPicture};
use crate::map::timeline::{self, Chart};
use crate::routes::Options;
use crate::time::{Day, human_duration, short_utc};

/// The light viewer, served beside the snippet.
pub const VIEWER_JS: &str = include_str!("../../../js/flightlens-view.js");
/// The snippet's stylesheet (legend, caption, tables, the viewer's tips).
pub const VIEWER_CSS: &str = include_str!("../../../style/flightlens-view.css");

/// The files' names, in the order [`publish`] returns them.
pub const FILES: [&str; 7] = [
    "index.html",
    "snippet.html",
    "map.svg",
    "timeline.svg",
    "analysis.json",
    "flightlens-view.js",
    "flightlens-view.css",
];

/// How to publish.
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    /// Where the folder will be served from, as the article page sees it
    /// (`/graphics/flights/`, or relative to the article): the snippet
    /// loads its stylesheet and viewer from there. `index.html` always
    /// loads them from beside itself.
    pub base: &'a str,
    /// A title for the preview page (and the start of the caption when no
    /// caption is given).
    pub title: Option<&'a str>,
    /// The figure's own caption, put before the one made from the data.
    pub caption: Option<&'a str>,
}

impl Default for Settings<'_> {
    /// The folder beside the page (`./`), no title, no caption of its own.
    fn default() -> Self {
        Settings {
            base: "./",
            title: None,
            caption: None,
        }
    }
}

/// One file of the published folder.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// Its name in the folder.
    pub name: &'static str,
    /// Its text (every file is UTF-8 text).
    pub text: String,
}

/// The published folder for an analysis (see the module docs), with the
/// routes found with `opt` (those the analysis was made with).
pub fn publish(source: Source<'_>, opt: &Options, settings: &Settings<'_>) -> Vec<File> {
    let map = picture::map(source.data, source.routes, opt);
    let chart = timeline::chart(source.data, source.routes);
    let title = settings
        .title
        .map(str::to_string)
        .unwrap_or_else(|| default_title(source));
    let figure = |base: &str| snippet(source, &map, &chart, base, settings.caption);
    let files = [
        ("index.html", index_page(&title, &figure("./"))),
        ("snippet.html", figure(settings.base)),
        ("map.svg", standalone(&map.svg(true))),
        (
            "timeline.svg",
            standalone(&picture::timeline_svg(&chart, true)),
        ),
        ("analysis.json", analysis_json(source, &map, &chart)),
        ("flightlens-view.js", VIEWER_JS.to_string()),
        ("flightlens-view.css", VIEWER_CSS.to_string()),
    ];
    files
        .into_iter()
        .map(|(name, text)| File { name, text })
        .collect()
}

/// The folder in the ZIP the app's Export for web downloads.
pub const ARCHIVE_FOLDER: &str = "flightlens-web";

/// The published files as one ZIP archive, in a folder
/// [`ARCHIVE_FOLDER`] (what the app's Export for web downloads).
pub fn archive(files: &[File]) -> Result<Vec<u8>, crate::zip::ZipError> {
    let named: Vec<(String, &[u8])> = files
        .iter()
        .map(|f| (format!("{ARCHIVE_FOLDER}/{}", f.name), f.text.as_bytes()))
        .collect();
    let entries: Vec<(&str, &[u8])> = named.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    crate::zip::zip(&entries)
}

/// An SVG picture as a file of its own.
fn standalone(svg: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}\n")
}

/// "Flight routes of RFF7071 and TC-DMO".
fn default_title(source: Source<'_>) -> String {
    let labels: Vec<&str> = source
        .analysis
        .aircraft
        .iter()
        .map(|a| a.label.as_str())
        .collect();
    match labels.as_slice() {
        [] => "Flight routes".to_string(),
        [one] => format!("Flight routes of {one}"),
        [init @ .., last] => format!("Flight routes of {} and {last}", init.join(", ")),
    }
}

/// "10 December 2018".
fn long_day(t: i64) -> String {
    let (y, m, d) = Day::of(t).ymd();
    let month = crate::time::MONTHS
        .get(m as usize - 1)
        .copied()
        .unwrap_or("");
    format!("{d} {month} {y}")
}

/// The caption made from the data: who, how many legs and stopovers,
/// when, and what the dashes mean.
fn auto_caption(source: Source<'_>) -> String {
    let r = source.routes;
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    let mut s = format!(
        "{}: {} and {}",
        default_title(source),
        n(r.legs.len(), "leg", "legs"),
        n(r.stopovers.len(), "stopover", "stopovers")
    );
    let first = r.legs.iter().map(|l| l.takeoff).min();
    let last = r.legs.iter().map(|l| l.landing).max();
    if let (Some(a), Some(b)) = (first, last) {
        let (a, b) = (long_day(a), long_day(b));
        if a == b {
            let _ = write!(s, " on {a}");
        } else {
            let _ = write!(s, " between {a} and {b}");
        }
    }
    s.push_str(" (UTC). Dashed lines: no coverage, drawn as great circles, not as flown track.");
    s
}

fn airport_cell(a: &Option<AirportRef>) -> String {
    match a {
        None => "unknown".to_string(),
        Some(a) => {
            let mut s = format!("{} ({})", a.name, a.icao);
            if a.inferred {
                s.push_str(", inferred");
            }
            s
        }
    }
}

/// A table: a caption, a header row, and rows of cells (the first a row
/// header holding the item's id), each row with its attributes.
fn table(
    out: &mut String,
    caption: &str,
    class: &str,
    head: &[&str],
    rows: &[(String, Vec<String>)],
) {
    let _ = write!(
        out,
        "<table class=\"{class}\"><caption>{caption}</caption><thead><tr>"
    );
    for h in head {
        let _ = write!(out, "<th scope=\"col\">{h}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for (attrs, cells) in rows {
        let _ = write!(out, "<tr{attrs}>");
        for (k, c) in cells.iter().enumerate() {
            if k == 0 {
                let _ = write!(
                    out,
                    "<th scope=\"row\"><span class=\"fl-id\">{c}</span></th>"
                );
            } else {
                let _ = write!(out, "<td>{c}</td>");
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// The figure to paste into an article, loading its stylesheet and viewer
/// from `base`.
fn snippet(
    source: Source<'_>,
    map: &MapPicture,
    chart: &Chart,
    base: &str,
    caption: Option<&str>,
) -> String {
    let a = source.analysis;
    let r = source.routes;
    let base = xml_escape(base);
    let labels = a.aircraft_labels();
    let label = |id| xml_escape(labels.get(&id).copied().unwrap_or(""));
    let mut s = String::new();
    s.push_str("<!-- Flightlens: a published analysis. Paste this where the figure goes. It loads flightlens-view.css and flightlens-view.js from the folder it was published with, and nothing from anywhere else; it reads as it is with JavaScript off. -->\n");
    let _ = write!(
        s,
        "<div class=\"flightlens\" data-flightlens=\"{base}analysis.json\"><template shadowrootmode=\"open\"><div class=\"fl\" role=\"figure\" aria-labelledby=\"fl-caption\"><div class=\"fl-map\">{}</div><div class=\"fl-timeline\">{}</div><p class=\"fl-caption\" id=\"fl-caption\">",
        map.svg(false),
        picture::timeline_svg(chart, false)
    );
    if let Some(c) = caption.filter(|c| !c.trim().is_empty()) {
        let _ = write!(s, "<span class=\"fl-own\">{}</span> ", xml_escape(c.trim()));
    }
    s.push_str(&xml_escape(&auto_caption(source)));
    s.push_str("</p>");
    // Everything above is drawn with the HTML (the caption in the page's
    // own type); the stylesheet styles only what follows it.
    let _ = write!(
        s,
        "<link rel=\"stylesheet\" href=\"{base}flightlens-view.css\">"
    );
    s.push_str("<div class=\"fl-tables\">");
    let legs: Vec<(String, Vec<String>)> = a
        .legs
        .iter()
        .filter_map(|l| {
            let route = r.legs.get(l.id.0)?;
            Some((
                format!(" data-id=\"{}\" data-aircraft=\"{}\"", l.id, l.aircraft),
                vec![
                    l.id.to_string(),
                    label(l.aircraft),
                    xml_escape(&airport_cell(&l.from)),
                    xml_escape(&airport_cell(&l.to)),
                    short_utc(route.takeoff),
                    short_utc(route.landing),
                    human_duration(l.duration_s),
                    format!("{:.0}", l.distance_km),
                ],
            ))
        })
        .collect();
    table(
        &mut s,
        "Legs",
        "fl-legs",
        &[
            "Leg",
            "Aircraft",
            "From",
            "To",
            "Takeoff (UTC)",
            "Landing (UTC)",
            "Duration",
            "Distance (km)",
        ],
        &legs,
    );
    let stops: Vec<(String, Vec<String>)> = a
        .stopovers
        .iter()
        .filter_map(|st| {
            let route = r.stopovers.get(st.id.0)?;
            Some((
                format!(
                    " data-id=\"{}\" data-aircraft=\"{}\" data-icao=\"{}\"",
                    st.id,
                    st.aircraft,
                    xml_escape(&st.airport.icao)
                ),
                vec![
                    st.id.to_string(),
                    label(st.aircraft),
                    xml_escape(&format!("{} ({})", st.airport.name, st.airport.icao)),
                    short_utc(route.arrival),
                    short_utc(route.departure),
                    human_duration(st.ground_time_s),
                ],
            ))
        })
        .collect();
    if !stops.is_empty() {
        table(
            &mut s,
            "Stopovers",
            "fl-stopovers",
            &[
                "Stop",
                "Aircraft",
                "Airport",
                "Arrival (UTC)",
                "Departure (UTC)",
                "Ground time",
            ],
            &stops,
        );
    }
    if !a.claims.is_empty() {
        // Folded: a reader opens them (nothing inside a closed <details>
        // is laid out, so they cost the first picture nothing).
        let _ = write!(
            s,
            "<details class=\"fl-claims-box\"><summary>The article's claims, checked against the tracks ({})</summary><table class=\"fl-claims\"><caption>Claims</caption><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Verdict</th><th scope=\"col\">Evidence</th></tr></thead><tbody>",
            a.claims.len()
        );
        for c in &a.claims {
            let evidence: Vec<String> = c.evidence.iter().map(ToString::to_string).collect();
            let verdict = serde_json::to_value(c.verdict)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = write!(
                s,
                "<tr data-evidence=\"{ids}\"><td><q>{text}</q></td><td class=\"fl-verdict fl-{verdict}\">{shown}</td><td>{ids}</td></tr>",
                ids = evidence.join(" "),
                text = xml_escape(&c.text),
                shown = verdict.replace('_', " "),
            );
        }
        s.push_str("</tbody></table></details>");
    }
    s.push_str("</div><p class=\"fl-credit\">Flightlens: a published analysis of flight-tracking data. This figure asks nothing of any other site.</p></div></template></div>\n");
    let _ = writeln!(
        s,
        "<script type=\"module\" src=\"{base}flightlens-view.js\"></script>"
    );
    s
}

/// The preview page: the snippet on its own, under the page's own strict
/// policy (scripts and styles from the folder, no connection elsewhere).
fn index_page(title: &str, figure: &str) -> String {
    let title = xml_escape(title);
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"
    />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>{title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <p>A published Flightlens analysis. To put it in an article, paste snippet.html where the figure goes and serve this folder from the same site.</p>
{figure}    </main>
  </body>
</html>
"#
    )
}

/// The analysis document with what the pictures draw added as `drawn`.
fn analysis_json(source: Source<'_>, map: &MapPicture, chart: &Chart) -> String {
    let mut doc = serde_json::to_value(source.analysis).unwrap_or(Value::Null);
    let legs: Vec<Value> = map
        .legs
        .iter()
        .map(|l| {
            json!({"id": l.id, "aircraft": crate::ids::AircraftId(l.track),
                   "colour": l.colour, "d": l.d, "gaps": l.gaps})
        })
        .collect();
    let airports: Vec<Value> = map
        .places
        .iter()
        .map(|p| {
            let stops = map
                .stops
                .iter()
                .find(|(code, _)| *code == p.code)
                .map(|(_, ids)| ids.clone())
                .unwrap_or_default();
            json!({"icao": p.code, "x": round1(p.x), "y": round1(p.y), "label": p.label, "stops": stops})
        })
        .collect();
    let bars: Vec<Value> = chart
        .rows
        .iter()
        .enumerate()
        .flat_map(|(row, r)| {
            r.bars.iter().map(move |b| {
                json!({"id": b.id, "aircraft": crate::ids::AircraftId(r.track), "row": row,
                       "x": round1(b.x), "w": round1(b.w), "ground": b.ground})
            })
        })
        .collect();
    let v = &map.view;
    let drawn = json!({
        "map": {
            "width": v.width, "height": v.height, "projection": "equal-earth",
            "view": {"cx": v.cx, "cy": v.cy, "scale": v.scale},
            "land": map.land, "borders": map.borders,
            "legs": legs, "airports": airports,
        },
        "timeline": {
            "width": timeline::WIDTH, "height": chart.height,
            "start": crate::time::rfc3339(chart.span.t0), "end": crate::time::rfc3339(chart.span.t1),
            "bars": bars,
        },
    });
    if let Value::Object(m) = &mut doc {
        m.insert("drawn".into(), drawn);
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;
    use crate::pipeline::{self, ArticleInput};

    fn demo() -> (Dataset, pipeline::Analysed) {
        let data = crate::demo_data();
        let text = include_str!("../../../demo/article.txt");
        let article = ArticleInput {
            text,
            published: "2019-01-28".parse().ok(),
        };
        let made = pipeline::analyse(&data, &Options::default(), Some(article));
        (data, made)
    }

    fn file<'a>(files: &'a [File], name: &str) -> &'a str {
        &files.iter().find(|f| f.name == name).expect(name).text
    }

    /// Fails unless `text` is well-formed XML (every tag closed, every
    /// entity known).
    fn well_formed(name: &str, text: &str) {
        let mut reader = quick_xml::Reader::from_str(text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::GeneralRef(r)) => {
                    let known = ["amp", "lt", "gt", "quot", "apos"];
                    assert!(
                        r.is_char_ref() || known.contains(&r.as_ref()),
                        "{name}: unknown entity &{};",
                        r.as_ref()
                    );
                }
                Ok(_) => {}
                Err(e) => panic!(
                    "{name} is not well-formed at {}: {e}",
                    reader.buffer_position()
                ),
            }
        }
    }

    #[test]
    fn the_folder_holds_every_file_and_the_snippet_reads_without_script() {
        let (data, made) = demo();
        let settings = Settings {
            base: "/graphics/cargo/",
            ..Settings::default()
        };
        let files = publish(Source::new(&data, &made), &Options::default(), &settings);
        let names: Vec<&str> = files.iter().map(|f| f.name).collect();
        assert_eq!(names, FILES);
        let snippet = file(&files, "snippet.html");
        for caption in ["Legs", "Stopovers", "Claims"] {
            assert!(
                snippet.contains(&format!("<caption>{caption}</caption>")),
                "{caption}"
            );
        }
        assert_eq!(
            snippet.matches("<tr data-id=\"leg:").count(),
            made.analysis.legs.len()
        );
        let cap = &snippet[snippet.find(r#"<p class="fl-caption""#).unwrap()..];
        // (The second aircraft's label is what its file calls it.)
        assert!(
            cap.contains(r#"id="fl-caption">Flight routes of RFF7071 and "#),
            "{}",
            &cap[..80]
        );
        assert!(cap.contains(
            ": 5 legs and 3 stopovers between 10 December 2018 and 24 January 2019 (UTC)."
        ));
        // The pictures come before the stylesheet, the tables after it.
        let at = |s: &str| snippet.find(s).unwrap_or_else(|| panic!("{s}"));
        assert!(at(r#"aria-label="Route map""#) < at("<link rel=\"stylesheet\""));
        assert!(at(r#"aria-label="Timeline""#) < at("<link rel=\"stylesheet\""));
        assert!(at(r#"id="fl-caption""#) < at("<link rel=\"stylesheet\""));
        assert!(at("<link rel=\"stylesheet\"") < at("<table"));
        // Stylesheet and viewer from the folder, as the article sees it;
        // nothing from anywhere else.
        assert!(snippet.contains(r#"href="/graphics/cargo/flightlens-view.css""#));
        assert!(snippet.contains(r#"src="/graphics/cargo/flightlens-view.js""#));
        for f in &files {
            let elsewhere = f
                .text
                .replace("http://www.w3.org/2000/svg", "")
                .contains("://");
            assert!(!elsewhere, "{} names another site", f.name);
        }
        // The preview page loads them from beside itself.
        let index = file(&files, "index.html");
        assert!(index.contains(r#"href="./flightlens-view.css""#));
        assert!(index.contains("script-src 'self'; style-src 'self'"));
        assert!(!index.contains("unsafe"));
        // The same leg is named on the map, the timeline and in the table.
        for id in ["leg:1", "stop:1"] {
            assert!(
                snippet.matches(&format!("data-id=\"{id}\"")).count() >= 2,
                "{id}"
            );
        }
    }

    #[test]
    fn the_pictures_are_well_formed_and_the_json_is_the_contract_plus_what_is_drawn() {
        let (data, made) = demo();
        let files = publish(
            Source::new(&data, &made),
            &Options::default(),
            &Settings::default(),
        );
        well_formed("map.svg", file(&files, "map.svg"));
        well_formed("timeline.svg", file(&files, "timeline.svg"));
        let doc: Value = serde_json::from_str(file(&files, "analysis.json")).unwrap();
        let mut plain = doc.clone();
        plain.as_object_mut().unwrap().remove("drawn");
        assert_eq!(plain, serde_json::to_value(&made.analysis).unwrap());
        let drawn = &doc["drawn"];
        assert_eq!(
            drawn["map"]["legs"].as_array().unwrap().len(),
            made.analysis.legs.len()
        );
        assert!(
            drawn["map"]["legs"][0]["d"]
                .as_str()
                .unwrap()
                .starts_with('M')
        );
        assert_eq!(
            drawn["timeline"]["bars"].as_array().unwrap().len(),
            made.analysis.legs.len() + made.analysis.stopovers.len()
        );
        // Small: the demo's map is well under 100 KB before compression.
        assert!(file(&files, "map.svg").len() < 100_000);
        // As one archive: every file, in its folder, deflated.
        let zip = archive(&files).unwrap();
        let total: usize = files.iter().map(|f| f.text.len()).sum();
        assert!(zip.len() < total / 2, "{} of {total}", zip.len());
        for f in FILES {
            let name = format!("{ARCHIVE_FOLDER}/{f}");
            assert!(
                zip.windows(name.len()).any(|w| w == name.as_bytes()),
                "{name}"
            );
        }
    }

    #[test]
    fn text_from_files_and_articles_stays_text() {
        let mut data = Dataset::default();
        let csv = include_str!("../../../e2e/fixtures/hostile.fr24.csv");
        data.add_file("<img src=x onerror=alert(0)>.csv", csv.as_bytes());
        let article = ArticleInput {
            text: include_str!("../../../e2e/fixtures/hostile-article.txt"),
            published: "2019-01-28".parse().ok(),
        };
        let made = pipeline::analyse(&data, &Options::default(), Some(article));
        assert!(!made.analysis.legs.is_empty(), "the hostile track has legs");
        let settings = Settings {
            base: "\"><script>alert(4)</script>/",
            title: Some("</title><script>alert(5)</script>"),
            caption: Some("</template><script>alert(6)</script>"),
        };
        let files = publish(Source::new(&data, &made), &Options::default(), &settings);
        for f in files
            .iter()
            .filter(|f| f.name.ends_with(".html") || f.name.ends_with(".svg"))
        {
            // The only tags are the figure's own: no element from the data.
            for bad in [
                "<img",
                "<script>alert",
                "</template><script",
                "</title><script",
                "\"><script",
            ] {
                assert!(!f.text.contains(bad), "{} holds {bad:?}", f.name);
            }
            assert!(
                f.text.contains("&lt;img src=x onerror=alert(1)&gt;"),
                "{}",
                f.name
            );
        }
        well_formed("map.svg", file(&files, "map.svg"));
        well_formed("timeline.svg", file(&files, "timeline.svg"));
        // The data travels in the JSON as data.
        let doc: Value = serde_json::from_str(file(&files, "analysis.json")).unwrap();
        assert_eq!(doc["aircraft"][0]["label"], "<img src=x onerror=alert(1)>");
    }
}
