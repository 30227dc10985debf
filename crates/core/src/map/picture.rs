//! The map and the timeline as still pictures: standalone SVG with every
//! style written in as presentation attributes, so that they look the
//! same opened on their own, as `<img>`, or inline in a page whose
//! stylesheets cannot reach them (a published snippet, see
//! [`crate::publish`]) — and so that no stylesheet has to arrive before
//! they can be drawn.
//!
//! The map is the page's map of the whole analysis (the same projection,
//! fit, basemap and airports as [`super::scene`]), with each leg drawn on
//! its own (simplified to what its size shows) so a reader can pick one,
//! and only the land, borders and graticule inside its extent.
//!
//! Every text that came from the data is XML-escaped.
//!
//! # Units
//! SVG user units: the map is [`super::scene::WIDTH`] ×
//! [`super::scene::HEIGHT`], the timeline [`super::timeline::WIDTH`] wide.

use std::fmt::Write as _;

use crate::Dataset;
use crate::export::xml_escape;
use crate::filter::Filter;
use crate::geo::LatLon;
use crate::ids::{ItemId, LegId};
use crate::routes::{Options, Routes};

use super::basemap::{borders_path, graticule, land_path, sphere_outline};
use super::clip::{Rect, clip_path, compact, simplify_path};
use super::colour;
use super::path::{polyline, polyline_simplified};
use super::scene::{self, Place};
use super::timeline::{self, AXIS_H, Chart, ROW_H};
use super::view::View;

/// A leg's line is drawn within this many SVG units of its points: a
/// published map is small, and a reader zooms it a few times at most.
const LEG_TOLERANCE: f64 = 0.5;
/// The basemap is cut this far outside the map, so that a slight pan or
/// a stroke at the edge shows no cut.
const MARGIN: f64 = 20.0;
/// Land and borders are drawn within this many SVG units of the page's
/// (which are within 0.4 of the data): a published picture is about a
/// thousand pixels wide, zoomed a few times at most.
const BASEMAP_TOLERANCE: f64 = 0.5;
/// The graticule's gentle curves need far fewer points than it is drawn
/// with on the page.
const GRATICULE_TOLERANCE: f64 = 0.25;

/// The fonts of the pictures' text: the reader's system font.
pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The pictures' colours (the app's light theme).
pub mod ink {
    /// Outside the world.
    pub const BACKGROUND: &str = "#f7f7f4";
    /// The sea.
    pub const SEA: &str = "#e9f0f6";
    /// Graticule and the world's outline.
    pub const GRID: &str = "#c9d5df";
    /// Land.
    pub const LAND: &str = "#dcd8cc";
    /// The coastline.
    pub const COAST: &str = "#b9b4a6";
    /// Borders between countries.
    pub const BORDER: &str = "#a39e8f";
    /// Text and airport rings.
    pub const TEXT: &str = "#1b1d1f";
    /// Quieter text (axis labels).
    pub const MUTED: &str = "#5b6168";
    /// Light fills (airport dots).
    pub const PANEL: &str = "#ffffff";
    /// Axis lines.
    pub const RULE: &str = "#d9dbd6";
}

/// One leg as drawn on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct LegLine {
    /// The leg.
    pub id: LegId,
    /// The index of its aircraft's track.
    pub track: usize,
    /// Its aircraft's colour.
    pub colour: &'static str,
    /// The flown line, broken at coverage gaps and at the antimeridian.
    pub d: String,
    /// The great circles across its coverage gaps, drawn dashed.
    pub gaps: String,
    /// Its tooltip: aircraft, airports, times and duration.
    pub title: String,
}

/// Everything the still map draws.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPicture {
    /// The view: the page's default view of the whole analysis.
    pub view: View,
    /// The world's outline.
    pub sphere: String,
    /// Land inside the extent.
    pub land: String,
    /// Borders inside the extent.
    pub borders: String,
    /// Meridians and parallels inside the extent.
    pub graticule: String,
    /// Each leg on its own.
    pub legs: Vec<LegLine>,
    /// The airports of the legs, with their stopovers' ground times.
    pub places: Vec<Place>,
    /// Each aircraft drawn: its label and colour, for the legend.
    pub aircraft: Vec<(String, &'static str)>,
    /// The stopovers at each airport, by its code, for a reader who picks
    /// one in a table.
    pub stops: Vec<(String, Vec<ItemId>)>,
}

/// The still map of an analysis: the page's default view of all of it.
pub fn map(data: &Dataset, routes: &Routes, opt: &Options) -> MapPicture {
    let all = Filter::default();
    let view = scene::fit(data, &all);
    let drawn = scene::draw(data, routes, view, &all, opt);
    let rect = Rect::around(view.width, view.height, MARGIN);
    let titles = leg_titles(data, routes);
    let legs = routes
        .legs
        .iter()
        .enumerate()
        .filter_map(|(n, l)| {
            let t = data.tracks.get(l.track)?;
            let p = &t.points;
            let times = p.times();
            let end = (l.points.1 + 1).min(p.len());
            let mut d = String::new();
            let mut start = l.points.0.min(end);
            for i in start + 1..=end {
                if i == end || times[i] - times[i - 1] > opt.gap_s {
                    let piece = (start..i).map(|j| (p.lat(j), p.lon(j)));
                    d.push_str(&polyline_simplified(&view, piece, 0.5, LEG_TOLERANCE));
                    start = i;
                }
            }
            let gaps = l
                .gaps
                .iter()
                .map(|g| {
                    let arc = LatLon::from(g.from).arc(LatLon::from(g.to), 32);
                    polyline(&view, arc.map(|q| (q.lat, q.lon)), 0.5)
                })
                .collect();
            Some(LegLine {
                id: LegId(n),
                track: l.track,
                colour: colour(l.track),
                d,
                gaps,
                title: titles
                    .iter()
                    .find(|(id, _)| *id == ItemId::Leg(LegId(n)))
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
            })
        })
        .collect();
    let stops = drawn
        .places
        .iter()
        .map(|p| {
            let ids = routes
                .stopovers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.airport.airport.icao == p.code)
                .map(|(n, _)| ItemId::Stop(crate::ids::StopId(n)))
                .collect();
            (p.code.clone(), ids)
        })
        .collect();
    MapPicture {
        sphere: sphere_outline(&view),
        land: simplify_path(&clip_path(&land_path(&view), &rect), BASEMAP_TOLERANCE),
        borders: simplify_path(&clip_path(&borders_path(&view), &rect), BASEMAP_TOLERANCE),
        graticule: simplify_path(
            &clip_path(&graticule(&view, 15.0), &rect),
            GRATICULE_TOLERANCE,
        ),
        legs,
        aircraft: drawn
            .lines
            .iter()
            .map(|l| (l.label.clone(), l.colour))
            .collect(),
        places: drawn.places,
        stops,
        view,
    }
}

/// Each leg's and stopover's title as the timeline gives it, with its
/// aircraft in front.
fn leg_titles(data: &Dataset, routes: &Routes) -> Vec<(ItemId, String)> {
    timeline::chart(data, routes)
        .rows
        .into_iter()
        .flat_map(|r| {
            let label = r.label;
            r.bars
                .into_iter()
                .map(move |b| (b.id, format!("{label}, {}: {}", b.id, b.title)))
        })
        .collect()
}

/// The opening tag of a picture: inline in a page (`width="100%"`, the
/// height following from the view box) or a standalone file.
fn svg_open(out: &mut String, class: &str, name: &str, w: f64, h: f64, standalone: bool) {
    let size = if standalone {
        format!(r#"width="{w}" height="{h}""#)
    } else {
        r#"width="100%""#.to_string()
    };
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" viewBox="0 0 {w} {h}" {size} role="img" aria-label="{name}" font-family="{FONT}">"#
    );
}

impl MapPicture {
    /// The map as SVG: a standalone file, or the element for a page. The
    /// basemap is written in whole units ([`compact`]); the legs keep a
    /// tenth. The background and the basemap take no pointer events: only
    /// legs and airports are picked, and hit-testing the long coast and
    /// dashed-border paths (which the browser strokes to test) cost a
    /// page's first frame several milliseconds, and every pointer move over
    /// the map as many again.
    pub fn svg(&self, standalone: bool) -> String {
        use ink::*;
        let (w, h) = (self.view.width, self.view.height);
        let mut s = String::new();
        svg_open(&mut s, "fl-map", "Route map", w, h, standalone);
        let _ = write!(
            s,
            r#"<rect class="fl-bg" width="{w}" height="{h}" fill="{BACKGROUND}" pointer-events="none"/><defs><clipPath id="fl-world"><path d="{sphere}"/></clipPath></defs><g class="fl-base" pointer-events="none"><path class="fl-sphere" d="{sphere}" fill="{SEA}" stroke="{GRID}"/><path class="fl-land" d="{land}" fill="{LAND}" fill-rule="evenodd" stroke="{COAST}" stroke-width="0.5" clip-path="url(#fl-world)"/><path class="fl-borders" d="{borders}" fill="none" stroke="{BORDER}" stroke-width="0.6" stroke-dasharray="3 2" clip-path="url(#fl-world)"/><path class="fl-graticule" d="{grat}" fill="none" stroke="{GRID}" stroke-width="0.5"/></g><g class="fl-legs">"#,
            sphere = compact(&self.sphere),
            land = compact(&self.land),
            borders = compact(&self.borders),
            grat = compact(&self.graticule),
        );
        for l in &self.legs {
            let _ = write!(
                s,
                r#"<g class="fl-leg" data-id="{id}" data-aircraft="a{a}"><title>{title}</title>"#,
                id = l.id,
                a = l.track + 1,
                title = xml_escape(&l.title),
            );
            if !l.gaps.is_empty() {
                let _ = write!(
                    s,
                    r#"<path class="fl-gap" d="{}" fill="none" stroke="{}" stroke-width="1.5" stroke-dasharray="4 4" opacity="0.8"/>"#,
                    l.gaps, l.colour
                );
            }
            let _ = write!(
                s,
                r#"<path class="fl-track" d="{}" fill="none" stroke="{}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/></g>"#,
                l.d, l.colour
            );
        }
        s.push_str(r#"</g><g class="fl-airports">"#);
        for p in &self.places {
            let stops = self
                .stops
                .iter()
                .find(|(code, _)| *code == p.code)
                .map(|(_, ids)| ids.iter().map(ToString::to_string).collect::<Vec<_>>())
                .unwrap_or_default();
            let _ = write!(
                s,
                r#"<g class="fl-airport" data-icao="{code}" data-stops="{stops}"><title>{title}</title><circle cx="{x:.1}" cy="{y:.1}" r="4" fill="{PANEL}" stroke="{TEXT}" stroke-width="1.5"/><text x="{tx:.1}" y="{ty:.1}" font-size="12" fill="{TEXT}" stroke="{BACKGROUND}" stroke-width="3" paint-order="stroke">{label}</text></g>"#,
                code = xml_escape(&p.code),
                stops = stops.join(" "),
                title = xml_escape(&p.title),
                x = p.x,
                y = p.y,
                tx = p.x + 6.0,
                ty = p.y - 6.0,
                label = xml_escape(&p.label),
            );
        }
        s.push_str("</g>");
        self.legend(&mut s);
        s.push_str("</svg>");
        s
    }

    /// The legend, in the bottom-left corner: a swatch and a label per
    /// aircraft, and what a dashed line means.
    fn legend(&self, s: &mut String) {
        use ink::*;
        let rows = self.aircraft.len() + 1;
        let longest = self
            .aircraft
            .iter()
            .map(|(l, _)| l.chars().count())
            .chain([20])
            .max()
            .unwrap_or(20) as f64;
        let (w, h) = (longest * 7.0 + 40.0, rows as f64 * 18.0 + 10.0);
        let (x, y) = (8.0, self.view.height - h - 8.0);
        let _ = write!(
            s,
            r#"<g class="fl-legend" font-size="12" fill="{TEXT}"><rect x="{x}" y="{y}" width="{w:.0}" height="{h}" rx="4" fill="{PANEL}" fill-opacity="0.85" stroke="{RULE}"/>"#
        );
        for (i, (label, colour)) in self.aircraft.iter().enumerate() {
            let ly = y + 14.0 + i as f64 * 18.0;
            let _ = write!(
                s,
                r#"<rect x="{sx}" y="{sy}" width="12" height="12" rx="2" fill="{colour}"/><text x="{tx}" y="{ty}">{label}</text>"#,
                sx = x + 8.0,
                sy = ly - 5.0,
                tx = x + 26.0,
                ty = ly + 5.0,
                label = xml_escape(label),
            );
        }
        let ly = y + 14.0 + self.aircraft.len() as f64 * 18.0;
        let _ = write!(
            s,
            r#"<line x1="{x1}" x2="{x2}" y1="{ly}" y2="{ly}" stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="4 4"/><text x="{tx}" y="{ty}">no coverage</text></g>"#,
            x1 = x + 8.0,
            x2 = x + 20.0,
            tx = x + 26.0,
            ty = ly + 4.0,
        );
    }
}

/// The timeline as SVG (a row per aircraft, a bar per leg and a lighter
/// one per stopover, under an axis of days): a standalone file, or the
/// element for a page.
pub fn timeline_svg(chart: &Chart, standalone: bool) -> String {
    use ink::*;
    let (w, h) = (timeline::WIDTH, chart.height);
    let mut s = String::new();
    svg_open(&mut s, "fl-timeline", "Timeline", w, h, standalone);
    for (x, label) in &chart.ticks {
        let _ = write!(
            s,
            r#"<line x1="{x:.1}" x2="{x:.1}" y1="{y1}" y2="{h}" stroke="{RULE}"/><text x="{x:.1}" y="{ty}" font-size="12" fill="{MUTED}" text-anchor="middle">{label}</text>"#,
            y1 = AXIS_H - 4.0,
            ty = AXIS_H - 8.0,
            label = xml_escape(label),
        );
    }
    for (i, r) in chart.rows.iter().enumerate() {
        let y = Chart::row_y(i);
        let _ = write!(
            s,
            r#"<g class="fl-row" data-aircraft="a{a}"><text x="4" y="{ly}" font-size="12" fill="{TEXT}">{label}</text>"#,
            a = r.track + 1,
            ly = y + ROW_H / 2.0 + 4.0,
            label = xml_escape(&r.label),
        );
        for b in &r.bars {
            let _ = write!(
                s,
                r#"<rect class="fl-bar" data-id="{id}" x="{x:.2}" y="{by}" width="{bw:.2}" height="{bh}" fill="{c}"{ground}><title>{title}</title></rect>"#,
                id = b.id,
                x = b.x,
                by = y + 6.0,
                bw = b.w,
                bh = ROW_H - 12.0,
                c = r.colour,
                ground = if b.ground { r#" opacity="0.35""# } else { "" },
                title = xml_escape(&format!("{}, {}: {}", r.label, b.id, b.title)),
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::airports::airports;
    use crate::routes;

    fn demo() -> (Dataset, Routes) {
        let data = crate::demo_data();
        let r = routes::find(&data.tracks, airports(), &Options::default());
        (data, r)
    }

    #[test]
    fn the_map_draws_each_leg_and_only_the_land_in_view() {
        let (data, r) = demo();
        let m = map(&data, &r, &Options::default());
        assert_eq!(m.legs.len(), r.legs.len());
        assert!(m.legs.iter().all(|l| l.d.starts_with('M')));
        assert!(
            m.legs.iter().any(|l| !l.gaps.is_empty()),
            "the demo has a gap"
        );
        // Everything of the basemap is inside the extent and its margin.
        let inside = |d: &str| {
            super::super::clip::pieces(d).iter().all(|p| {
                p.points.iter().all(|&(x, y)| {
                    (-MARGIN - 0.1..=scene::WIDTH + MARGIN + 0.1).contains(&x)
                        && (-MARGIN - 0.1..=scene::HEIGHT + MARGIN + 0.1).contains(&y)
                })
            })
        };
        assert!(inside(&m.land) && inside(&m.borders) && inside(&m.graticule));
        // …and less of it than the whole world's.
        assert!(m.land.len() < land_path(&m.view).len());
        let svg = m.svg(true);
        assert!(svg.contains(r#"aria-label="Route map""#));
        assert_eq!(svg.matches(r#"class="fl-leg""#).count(), r.legs.len());
        assert!(
            svg.contains(r#"data-icao="GOBD" data-stops="stop:1""#),
            "{svg}"
        );
    }

    #[test]
    fn the_timeline_has_a_bar_per_leg_and_stopover() {
        let (data, r) = demo();
        let c = timeline::chart(&data, &r);
        let svg = timeline_svg(&c, false);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(
            svg.matches(r#"class="fl-bar""#).count(),
            r.legs.len() + r.stopovers.len()
        );
        assert!(svg.contains(r#"width="100%""#) && svg.contains(r#"data-id="leg:1""#));
    }
}
