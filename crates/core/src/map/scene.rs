//! What the route map draws for the loaded data, a view and a filter: one
//! line per aircraft (its flown track and, dashed, the great circles across
//! its coverage gaps), the airports of its legs, the selected legs, and the
//! vertices drawn, to find what is under the pointer and say it in a tip.
//!
//! # Units
//! SVG user units of a map [`WIDTH`] × [`HEIGHT`]; times in Unix seconds.

use crate::Dataset;
use crate::filter::Filter;
use crate::geo::LatLon;
use crate::ids::{ItemId, LegId};
use crate::routes::{Options, Routes};
use crate::time::{human_duration, short_utc};

use super::colour;
use super::path::{Raster, polyline, time_range, track_path_into};
use super::view::{Transform, View};

/// The map's width in SVG units.
pub const WIDTH: f64 = 1000.0;
/// The map's height in SVG units.
pub const HEIGHT: f64 = 500.0;

/// Vertices closer than this to the last one drawn are skipped, SVG units.
const MIN_PX: f64 = 0.5;
/// How far from a drawn vertex the pointer still finds it, SVG units.
const REACH: f64 = 12.0;

/// One aircraft's line on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The index of its track in the dataset.
    pub track: usize,
    /// Its colour (see [`colour`]).
    pub colour: &'static str,
    /// Its legend label (registration, callsign or address, and the type when known).
    pub label: String,
    /// The flown track, broken at coverage gaps and at the antimeridian.
    pub d: String,
    /// The great circles across its coverage gaps, drawn dashed.
    pub gaps: String,
}

/// An airport at an end of a leg shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Where it is drawn.
    pub x: f64,
    /// Where it is drawn.
    pub y: f64,
    /// Its ICAO code.
    pub code: String,
    /// The label beside it: the code and the ground times of its stopovers.
    pub label: String,
    /// Its tooltip: name, code and ground times.
    pub title: String,
}

/// A vertex drawn, to find what is under the pointer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Where it is drawn.
    pub x: f32,
    /// Where it is drawn.
    pub y: f32,
    /// The index of its track in the dataset.
    pub track: u32,
    /// The index of its point in the track.
    pub point: u32,
}

/// Everything the map draws for a view and a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// The view drawn.
    pub view: View,
    /// One line per aircraft with points in the filter's range.
    pub lines: Vec<Line>,
    /// The airports of the legs the filter keeps.
    pub places: Vec<Place>,
    /// The vertices drawn on (or just off) screen.
    pub hits: Vec<Hit>,
}

/// The view that fits the data the filter keeps (the world when none).
pub fn fit(data: &Dataset, filter: &Filter) -> View {
    let all = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.aircraft.is_none_or(|a| a.0 == *i))
        .flat_map(|(_, t)| {
            let r = time_range(&t.points, filter.from, filter.to);
            r.step_by(10).map(|i| (t.points.lat(i), t.points.lon(i)))
        });
    View::fit(WIDTH, HEIGHT, all)
}

/// The dashed great circles across a track's coverage gaps that the filter
/// keeps: never drawn as flown track.
fn gap_arcs(routes: &Routes, track: usize, view: &View, filter: &Filter) -> String {
    routes
        .legs
        .iter()
        .filter(|l| l.track == track)
        .flat_map(|l| l.gaps.iter())
        .filter(|g| filter.keeps(track, g.start, g.end))
        .map(|g| {
            let arc = LatLon::from(g.from).arc(LatLon::from(g.to), 32);
            polyline(view, arc.map(|p| (p.lat, p.lon)), MIN_PX)
        })
        .collect()
}

/// The airports at the ends of the legs the filter keeps, each once, with
/// the ground times of its stopovers.
fn places(routes: &Routes, view: &View, filter: &Filter) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::new();
    for l in routes
        .legs
        .iter()
        .filter(|l| filter.keeps(l.track, l.takeoff, l.landing))
    {
        for e in [&l.from, &l.to].into_iter().flatten() {
            let a = e.airport.airport;
            if places.iter().any(|p| p.code == a.icao) {
                continue;
            }
            let (x, y) = view.to_svg(a.lat, a.lon);
            let stays: Vec<String> = routes
                .stopovers
                .iter()
                .filter(|s| s.airport.airport.icao == a.icao)
                .filter(|s| filter.keeps(s.track, s.arrival, s.departure))
                .map(|s| human_duration(s.ground_time_s()))
                .collect();
            let mut title = format!("{} ({})", a.name, a.icao);
            let mut label = a.icao.to_string();
            if !stays.is_empty() {
                title.push_str(&format!(": {} on the ground", stays.join(", ")));
                label.push_str(&format!(" · {}", stays.join(", ")));
            }
            places.push(Place {
                x,
                y,
                code: a.icao.to_string(),
                label,
                title,
            });
        }
    }
    places
}

/// The map of the data a filter keeps, in a view. Each aircraft's repeated
/// routes are drawn once, and what is off screen is left out.
pub fn draw(data: &Dataset, routes: &Routes, view: View, filter: &Filter, opt: &Options) -> Scene {
    let mut hits = Vec::new();
    let mut raster = Raster::new(&view);
    let lines = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.aircraft.is_none_or(|a| a.0 == *i))
        .map(|(i, t)| (i, t, time_range(&t.points, filter.from, filter.to)))
        .filter(|(_, _, range)| !range.is_empty())
        .map(|(i, t, range)| {
            let gaps = gap_arcs(routes, i, &view, filter);
            let mut d = String::new();
            track_path_into(
                &view,
                &t.points,
                range,
                opt.gap_s,
                MIN_PX,
                &mut d,
                &mut |p, (x, y)| {
                    if (-20.0..view.width + 20.0).contains(&x)
                        && (-20.0..view.height + 20.0).contains(&y)
                    {
                        hits.push(Hit {
                            x: x as f32,
                            y: y as f32,
                            track: i as u32,
                            point: p as u32,
                        });
                    }
                },
                Some(&mut raster),
            );
            raster.clear();
            Line {
                track: i,
                colour: colour(i),
                label: t.identity.legend_label(),
                d,
                gaps,
            }
        })
        .collect();
    Scene {
        view,
        lines,
        places: places(routes, &view, filter),
        hits,
    }
}

impl Scene {
    /// The drawn vertex nearest the SVG point `(sx, sy)` of the map as
    /// shown through `xf`, within 12 units on screen: what the pointer is
    /// over. None when no track passes near.
    pub fn nearest(&self, xf: &Transform, sx: f64, sy: f64) -> Option<Hit> {
        let (bx, by) = xf.invert(sx, sy);
        let r = REACH / xf.k;
        self.hits
            .iter()
            .map(|h| (h, (f64::from(h.x) - bx).hypot(f64::from(h.y) - by)))
            .filter(|(_, dist)| *dist <= r)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(h, _)| *h)
    }
}

/// The selected legs (of `ids`), drawn over the tracks: broken at coverage
/// gaps like the track, as they were not flown.
pub fn selected_legs(
    data: &Dataset,
    routes: &Routes,
    view: &View,
    ids: &[ItemId],
    opt: &Options,
) -> String {
    let mut d = String::new();
    for l in ids
        .iter()
        .filter_map(|id| id.leg())
        .filter_map(|n| routes.legs.get(n.0))
    {
        let Some(t) = data.tracks.get(l.track) else {
            continue;
        };
        let p = &t.points;
        let range = l.points.0..(l.points.1 + 1).min(p.len());
        track_path_into(
            view,
            p,
            range,
            opt.gap_s,
            MIN_PX,
            &mut d,
            &mut |_, _| {},
            None,
        );
    }
    d
}

/// True when one of the stopovers among `ids` is at the airport `icao`:
/// the map marks it.
pub fn stop_selected(routes: &Routes, ids: &[ItemId], icao: &str) -> bool {
    ids.iter()
        .filter_map(|id| id.stop())
        .filter_map(|n| routes.stopovers.get(n.0))
        .any(|s| s.airport.airport.icao == icao)
}

/// What the pointer is over: an aircraft's position report.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    /// The point pointed at, SVG units.
    pub x: f64,
    /// The point pointed at, SVG units.
    pub y: f64,
    /// The lines of text: aircraft, time, altitude and speed, leg.
    pub lines: Vec<String>,
}

/// Where a [`Tip`]'s box is drawn: beside the point, inside the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TipBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl TipBox {
    /// Where the `i`th line's text starts.
    pub fn line_at(&self, i: usize) -> (f64, f64) {
        (self.x + 8.0, self.y + 18.0 + i as f64 * 16.0)
    }
}

impl Tip {
    /// The box around the lines: right of the point unless that leaves the
    /// map, then left of it; vertically centred on it, within the map.
    pub fn frame(&self) -> TipBox {
        let w = self
            .lines
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0) as f64
            * 7.0
            + 16.0;
        let h = self.lines.len() as f64 * 16.0 + 10.0;
        let x = if self.x + 14.0 + w > WIDTH {
            self.x - 14.0 - w
        } else {
            self.x + 14.0
        };
        let y = (self.y - h / 2.0).clamp(2.0, HEIGHT - h - 2.0);
        TipBox { x, y, w, h }
    }
}

/// The tip for a drawn vertex, pointed at `(x, y)`: the aircraft, the
/// time, altitude and speed, and the leg a click would select.
pub fn tip_for(data: &Dataset, routes: &Routes, h: &Hit, x: f64, y: f64) -> Option<Tip> {
    let t = data.tracks.get(h.track as usize)?;
    let i = h.point as usize;
    if i >= t.points.len() {
        return None;
    }
    let p = t.points.get(i);
    let mut lines = vec![t.identity.label(), format!("{} UTC", short_utc(p.t))];
    let alt = p
        .alt_ft
        .map_or("altitude unknown".into(), |a| format!("{a} ft"));
    let gs = p
        .gs_kt
        .map_or("speed unknown".into(), |s| format!("{s:.0} kt"));
    lines.push(format!("{alt}, {gs}"));
    if let Some(n) = leg_at(routes, h) {
        lines.push(format!("{n} (click to select)"));
    }
    Some(Tip { x, y, lines })
}

/// The leg that contains a drawn vertex.
pub fn leg_at(routes: &Routes, h: &Hit) -> Option<LegId> {
    routes
        .legs
        .iter()
        .position(|l| {
            l.track == h.track as usize && (l.points.0..=l.points.1).contains(&(h.point as usize))
        })
        .map(LegId)
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
    fn the_pointer_finds_the_nearest_leg_and_nothing_when_far() {
        let (data, r) = demo();
        let all = Filter::default();
        let s = draw(&data, &r, fit(&data, &all), &all, &Options::default());
        assert!(s.hits.len() > 100, "{}", s.hits.len());
        // Just beside a vertex in mid-flight: that vertex, or one as near,
        // and the leg it belongs to.
        let h = s.hits[s.hits.len() / 2];
        let (x, y) = (f64::from(h.x) + 3.0, f64::from(h.y));
        let got = s.nearest(&Transform::IDENTITY, x, y).expect("a vertex");
        let d = |g: &Hit| (f64::from(g.x) - x).hypot(f64::from(g.y) - y);
        assert!(d(&got) <= d(&h) + 1e-6);
        let leg = leg_at(&r, &got).expect("a leg");
        let l = &r.legs[leg.0];
        assert_eq!(l.track, got.track as usize);
        assert!((l.points.0..=l.points.1).contains(&(got.point as usize)));
        let tip = tip_for(&data, &r, &got, x, y).expect("a tip");
        assert_eq!(
            tip.lines.last().unwrap(),
            &format!("{leg} (click to select)")
        );
        // The south-east corner of the map is open sea.
        assert_eq!(s.nearest(&Transform::IDENTITY, 995.0, 495.0), None);
        // Zoomed in 4 times, the reach shrinks with the picture: 3 units.
        let xf = Transform {
            tx: -100.0,
            ty: -50.0,
            k: 4.0,
        };
        let (sx, sy) = (xf.tx + 4.0 * x, xf.ty + 4.0 * y);
        assert!(s.nearest(&xf, sx, sy).is_some_and(|g| d(&g) <= 3.0 + 1e-6));
        let off = s.nearest(&xf, sx + 40.0, sy);
        let d10 = |g: &Hit| (f64::from(g.x) - x - 10.0).hypot(f64::from(g.y) - y);
        assert!(off.is_none_or(|g| d10(&g) <= 3.0 + 1e-6), "{off:?}");
    }

    /// The straight segments of an SVG path of `M` and `L` commands.
    fn segments(d: &str) -> Vec<((f64, f64), (f64, f64))> {
        let mut out = Vec::new();
        let mut last = None;
        for (op, nums) in d.match_indices(['M', 'L']).map(|(i, op)| {
            let rest = &d[i + 1..];
            (op, &rest[..rest.find(['M', 'L']).unwrap_or(rest.len())])
        }) {
            let mut it = nums.split(' ').filter_map(|n| n.parse::<f64>().ok());
            let (Some(x), Some(y)) = (it.next(), it.next()) else {
                continue;
            };
            if op == "L"
                && let Some(p) = last
            {
                out.push((p, (x, y)));
            }
            last = Some((x, y));
        }
        out
    }

    #[test]
    fn gaps_are_dashed_great_circles_never_flown_track() {
        let (data, r) = demo();
        let all = Filter::default();
        let view = fit(&data, &all);
        let s = draw(&data, &r, view, &all, &Options::default());
        let with_gap = r
            .legs
            .iter()
            .find(|l| !l.gaps.is_empty())
            .expect("the demo has a gap");
        let line = s.lines.iter().find(|l| l.track == with_gap.track).unwrap();
        assert!(line.gaps.starts_with('M'), "{}", line.gaps);
        // The track lifts its pen across the gap: no segment of the flown
        // path joins its two sides.
        let g = &with_gap.gaps[0];
        let (a, b) = (view.to_svg(g.from.0, g.from.1), view.to_svg(g.to.0, g.to.1));
        assert!((a.0 - b.0).hypot(a.1 - b.1) > 20.0, "a gap worth drawing");
        let near = |p: (f64, f64), q: (f64, f64)| (p.0 - q.0).hypot(p.1 - q.1) < 2.0;
        let across = |d: &str| {
            segments(d)
                .into_iter()
                .filter(|&(p, q)| (near(p, a) && near(q, b)) || (near(p, b) && near(q, a)))
                .count()
        };
        assert_eq!(across(&line.d), 0, "the gap is drawn as flown track");
        // (Which is what a map that knew no gaps would draw.)
        let blind = Options {
            gap_s: i64::MAX,
            ..Options::default()
        };
        let unbroken = draw(&data, &r, view, &all, &blind);
        let unbroken = unbroken.lines.iter().find(|l| l.track == with_gap.track);
        assert_eq!(across(&unbroken.unwrap().d), 1);
        // The selected leg is broken at the same gap.
        let n = r
            .legs
            .iter()
            .position(|l| std::ptr::eq(l, with_gap))
            .unwrap();
        let sel = selected_legs(&data, &r, &view, &[LegId(n).into()], &Options::default());
        assert!(sel.matches('M').count() >= 2, "{sel}");
    }

    #[test]
    fn a_tip_stays_on_the_map() {
        let tip = |x, y| Tip {
            x,
            y,
            lines: vec!["TC-DMO".into(), "2019-01-23 08:02 UTC".into()],
        };
        let b = tip(100.0, 250.0).frame();
        assert_eq!((b.x, b.w, b.h), (114.0, 20.0 * 7.0 + 16.0, 42.0));
        let right = tip(990.0, 2.0).frame();
        assert!(right.x + right.w <= WIDTH && right.y >= 2.0, "{right:?}");
        assert_eq!(right.line_at(1), (right.x + 8.0, right.y + 34.0));
    }

    #[test]
    fn a_filter_narrows_the_lines_and_places() {
        let (data, r) = demo();
        let one = Filter {
            aircraft: Some(crate::ids::AircraftId(1)),
            ..Filter::default()
        };
        let s = draw(&data, &r, fit(&data, &one), &one, &Options::default());
        assert_eq!(s.lines.len(), 1);
        assert_eq!(s.lines[0].track, 1);
        assert!(s.hits.iter().all(|h| h.track == 1));
        let all = draw(
            &data,
            &r,
            fit(&data, &one),
            &Filter::default(),
            &Options::default(),
        );
        assert!(s.places.len() < all.places.len());
        let stop = r.stopovers.iter().position(|s| s.track == 1).unwrap();
        let icao = r.stopovers[stop].airport.airport.icao;
        let ids = [crate::ids::StopId(stop).into()];
        assert!(stop_selected(&r, &ids, icao));
        assert!(!stop_selected(&r, &[], icao));
    }
}
