//! SVG path strings for lines on the map: broken at the antimeridian and
//! at gaps in time (a gap is never drawn as flown track), thinned to what a
//! screen pixel can show, with segments off screen and segments already
//! drawn (an aircraft's repeated routes) left out.
//!
//! # Units
//! Input in degrees and Unix seconds; output in SVG user units of a
//! [`View`].

use std::fmt::Write as _;

use geo::{Coord, LineString, Simplify};

use super::view::View;
use crate::track::Points;

/// Appends a move or line command with one decimal, the resolution of a
/// screen pixel.
fn cmd(d: &mut String, op: char, (x, y): (f64, f64)) {
    let _ = write!(d, "{op}{x:.1} {y:.1}");
}

/// An SVG path through `(lat, lon)` vertices that is broken (not joined)
/// where it crosses the antimeridian. Vertices closer than `min_px` to the
/// last one drawn are skipped, so a million points cost no more than the
/// pixels they cover.
pub fn polyline(
    view: &View,
    vertices: impl IntoIterator<Item = (f64, f64)>,
    min_px: f64,
) -> String {
    let mut d = String::new();
    polyline_into(
        view,
        vertices.into_iter().map(|(lat, lon)| (0, lat, lon)),
        min_px,
        &mut d,
        &mut |_, _| {},
    );
    d
}

/// [`polyline`] thinned further: each piece between antimeridian breaks is
/// simplified (Ramer–Douglas–Peucker, geo's `Simplify`, on the projected
/// points) to within `tolerance` SVG units of the line it stands for, so
/// a coastline costs the turns a screen can show rather than its every
/// vertex. A `tolerance` of 0 draws what [`polyline`] draws.
pub fn polyline_simplified(
    view: &View,
    vertices: impl IntoIterator<Item = (f64, f64)>,
    min_px: f64,
    tolerance: f64,
) -> String {
    let mut d = String::new();
    let mut piece: Vec<Coord> = Vec::new();
    let mut last_lon = f64::NAN;
    let flush = |piece: &mut Vec<Coord>, d: &mut String| {
        if piece.len() >= 2 {
            let line = LineString::new(std::mem::take(piece)).simplify(tolerance);
            for (k, c) in line.0.iter().enumerate() {
                cmd(d, if k == 0 { 'M' } else { 'L' }, (c.x, c.y));
            }
        }
        piece.clear();
    };
    for (lat, lon) in vertices {
        let (x, y) = view.to_svg(lat, lon);
        if (lon - last_lon).abs() > 180.0 {
            // Across the antimeridian: lift the pen.
            flush(&mut piece, &mut d);
        } else if piece
            .last()
            .is_some_and(|q| (x - q.x).hypot(y - q.y) < min_px)
        {
            continue;
        }
        piece.push(Coord { x, y });
        last_lon = lon;
    }
    let last = piece.last().map(|c| (c.x, c.y));
    flush(&mut piece, &mut d);
    // A path of one vertex (or whose segments were all too short) is a dot.
    if let Some(q) = last
        && d.is_empty()
        && !outside(view, q, q)
    {
        cmd(&mut d, 'M', q);
    }
    d
}

/// Which pixels of a view a track has already been drawn through: one bit
/// per SVG unit. An aircraft that flies the same route fifty times is
/// drawn once, so a year of tracks costs what its distinct routes cost.
#[derive(Debug, Clone)]
pub struct Raster {
    width: usize,
    height: usize,
    bits: Vec<u64>,
}

impl Raster {
    /// An empty raster over a view.
    pub fn new(view: &View) -> Self {
        let width = view.width.max(1.0).ceil() as usize;
        let height = view.height.max(1.0).ceil() as usize;
        Raster {
            width,
            height,
            bits: vec![0; (width * height).div_ceil(64)],
        }
    }

    /// Forgets everything drawn (for the next track).
    pub fn clear(&mut self) {
        self.bits.fill(0);
    }

    fn cell(&self, (x, y): (f64, f64)) -> Option<usize> {
        (x >= 0.0 && y >= 0.0 && x < self.width as f64 && y < self.height as f64)
            .then(|| y as usize * self.width + x as usize)
    }

    fn seen(&self, p: (f64, f64)) -> bool {
        self.cell(p)
            .is_some_and(|c| self.bits[c / 64] & (1 << (c % 64)) != 0)
    }

    /// The points a pixel apart along `q`–`p`, ends included.
    fn along(q: (f64, f64), p: (f64, f64)) -> impl Iterator<Item = (f64, f64)> {
        let n = (p.0 - q.0).abs().max((p.1 - q.1).abs()).ceil().min(4096.0) as usize;
        (0..=n).map(move |k| {
            let f = if n == 0 { 0.0 } else { k as f64 / n as f64 };
            (q.0 + (p.0 - q.0) * f, q.1 + (p.1 - q.1) * f)
        })
    }

    /// True when every pixel the segment crosses is already drawn.
    fn covered(&self, q: (f64, f64), p: (f64, f64)) -> bool {
        Self::along(q, p).all(|x| self.seen(x))
    }

    /// Marks the pixels the segment crosses as drawn.
    fn draw(&mut self, q: (f64, f64), p: (f64, f64)) {
        for x in Self::along(q, p) {
            if let Some(c) = self.cell(x) {
                self.bits[c / 64] |= 1 << (c % 64);
            }
        }
    }
}

/// True when the segment `q`–`p` lies wholly beyond one edge of the view
/// (with a margin), so drawing it would change no pixel.
fn outside(view: &View, q: (f64, f64), p: (f64, f64)) -> bool {
    let m = 2.0;
    (q.0 < -m && p.0 < -m)
        || (q.1 < -m && p.1 < -m)
        || (q.0 > view.width + m && p.0 > view.width + m)
        || (q.1 > view.height + m && p.1 > view.height + m)
}

/// [`polyline`] for vertices tagged with an index, appended to `d`;
/// `kept(index, svg point)` is called for every vertex drawn, so a caller
/// can find what is under the pointer among what is on screen.
pub fn polyline_into(
    view: &View,
    vertices: impl IntoIterator<Item = (usize, f64, f64)>,
    min_px: f64,
    d: &mut String,
    kept: &mut impl FnMut(usize, (f64, f64)),
) {
    polyline_raster(view, vertices, min_px, d, kept, None);
}

/// [`polyline_into`] for an open line that, given a [`Raster`], leaves out
/// segments wholly off screen and segments all of whose pixels are
/// already drawn.
pub fn polyline_raster(
    view: &View,
    vertices: impl IntoIterator<Item = (usize, f64, f64)>,
    min_px: f64,
    d: &mut String,
    kept: &mut impl FnMut(usize, (f64, f64)),
    mut raster: Option<&mut Raster>,
) {
    // The last vertex taken (index, svg point, lon), and whether the pen is
    // down at it (the path's current point).
    let mut last: Option<(usize, (f64, f64), f64)> = None;
    let mut down = false;
    for (i, lat, lon) in vertices {
        let p = view.to_svg(lat, lon);
        let Some((qi, q, qlon)) = last else {
            last = Some((i, p, lon));
            continue;
        };
        if (lon - qlon).abs() > 180.0 {
            // Across the antimeridian: lift the pen.
            down = false;
            last = Some((i, p, lon));
            continue;
        }
        if (p.0 - q.0).hypot(p.1 - q.1) < min_px {
            continue;
        }
        // Only open lines (tracks, given a raster) are culled: a polygon
        // with pieces left out would fill wrongly.
        let hidden = raster
            .as_deref()
            .is_some_and(|r| outside(view, q, p) || r.covered(q, p));
        if hidden {
            down = false;
        } else {
            if !down {
                cmd(d, 'M', q);
                kept(qi, q);
            }
            cmd(d, 'L', p);
            kept(i, p);
            if let Some(r) = raster.as_deref_mut() {
                r.draw(q, p);
            }
            down = true;
        }
        last = Some((i, p, lon));
    }
    // A path of one vertex (or whose segments were all too short) is a dot.
    if !down
        && let Some((qi, q, _)) = last
        && d.is_empty()
        && !outside(view, q, q)
    {
        cmd(d, 'M', q);
        kept(qi, q);
    }
}

/// The path of a track, broken at the antimeridian and at gaps in time
/// longer than `max_gap_s` seconds (gaps are not flown track).
pub fn track_path(view: &View, points: &Points, max_gap_s: i64, min_px: f64) -> String {
    let mut d = String::new();
    track_path_into(
        view,
        points,
        0..points.len(),
        max_gap_s,
        min_px,
        &mut d,
        &mut |_, _| {},
        None,
    );
    d
}

/// [`track_path`] over the points in `range` only, appended to `d`, with
/// `kept` called for each vertex drawn, and overdrawn segments left out
/// when given a [`Raster`] (see [`polyline_raster`]).
#[allow(clippy::too_many_arguments)] // the drawing loop's hot path: plain arguments, no builder
pub fn track_path_into(
    view: &View,
    points: &Points,
    range: std::ops::Range<usize>,
    max_gap_s: i64,
    min_px: f64,
    d: &mut String,
    kept: &mut impl FnMut(usize, (f64, f64)),
    mut raster: Option<&mut Raster>,
) {
    let times = points.times();
    let end = range.end.min(points.len());
    let mut start = range.start.min(end);
    for i in start + 1..=end {
        if i == end || times[i] - times[i - 1] > max_gap_s {
            polyline_raster(
                view,
                (start..i).map(|j| (j, points.lat(j), points.lon(j))),
                min_px,
                d,
                kept,
                raster.as_deref_mut(),
            );
            start = i;
        }
    }
}

/// The indices of the points whose times fall in `from..=to` (either end
/// open when `None`), found by binary search in the sorted times.
pub fn time_range(points: &Points, from: Option<i64>, to: Option<i64>) -> std::ops::Range<usize> {
    let t = points.times();
    let a = from.map_or(0, |f| t.partition_point(|&x| x < f));
    let b = to.map_or(t.len(), |e| t.partition_point(|&x| x <= e));
    a..b.max(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::track::Point;

    #[test]
    fn path_breaks_at_the_antimeridian() {
        let v = View::world(1000.0, 500.0);
        let d = polyline(
            &v,
            [(0.0, 170.0), (0.0, 179.0), (0.0, -179.0), (0.0, -170.0)],
            0.0,
        );
        assert_eq!(d.matches('M').count(), 2, "{d}");
        assert_eq!(d.matches('L').count(), 2, "{d}");
    }

    #[test]
    fn a_track_across_the_antimeridian_is_not_drawn_across_the_map() {
        // Anchorage to Kamchatka: a minute at a time over 180°.
        let mut p = Points::default();
        for k in 0..120 {
            let lon = -160.0 - f64::from(k) * 0.25;
            let lon = if lon < -180.0 { lon + 360.0 } else { lon };
            p.push(Point::at(i64::from(k) * 60, 58.0, lon));
        }
        for v in [
            View::world(1000.0, 500.0),
            View::fit(1000.0, 500.0, [(58.0, 170.0), (58.0, -170.0)]),
        ] {
            let d = track_path(&v, &p, 900, 0.0);
            assert_eq!(d.matches('M').count(), 2, "{d}");
            // No step is longer than the longest quarter degree drawn.
            let pts: Vec<(f64, f64)> = d
                .split(['M', 'L'])
                .filter_map(|c| {
                    let (x, y) = c.split_once(' ')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            let step = v.to_svg(58.0, 0.0).0 - v.to_svg(58.0, -0.25).0;
            let ops: Vec<char> = d.chars().filter(|c| *c == 'M' || *c == 'L').collect();
            for (k, w) in pts.windows(2).enumerate() {
                if ops[k + 1] == 'L' {
                    assert!((w[1].0 - w[0].0).abs() <= step * 1.5 + 0.2, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn simplified_lines_are_polylines_with_fewer_turns() {
        let v = View::fit(1000.0, 500.0, [(50.0, 170.0), (60.0, -170.0)]);
        // A wobbly line over the antimeridian, with sub-pixel steps.
        let line: Vec<(f64, f64)> = (0..400)
            .map(|k| {
                let f = f64::from(k);
                let lon = 170.0 + f * 0.05;
                let lon = if lon >= 180.0 { lon - 360.0 } else { lon };
                (55.0 + (f * 0.3).sin() * 0.02 + f * 0.01, lon)
            })
            .collect();
        let plain = polyline(&v, line.iter().copied(), 0.5);
        assert_eq!(
            polyline_simplified(&v, line.iter().copied(), 0.5, 0.0),
            plain
        );
        let thin = polyline_simplified(&v, line.iter().copied(), 0.5, 0.4);
        assert_eq!(thin.matches('M').count(), 2, "still broken at 180°: {thin}");
        assert!(
            thin.matches('L').count() * 2 < plain.matches('L').count(),
            "{thin}"
        );
        // The pieces start and end where the line does.
        let starts = |d: &str| -> Vec<String> {
            d.split('M')
                .skip(1)
                .map(|p| p.split('L').next().unwrap().to_string())
                .collect()
        };
        assert_eq!(starts(&thin), starts(&plain));
        // Single points and empty input behave as in polyline.
        for pts in [
            vec![],
            vec![(10.0, 10.0)],
            vec![(10.0, 10.0), (10.0, 10.0001)],
        ] {
            assert_eq!(
                polyline_simplified(&v, pts.iter().copied(), 0.5, 0.4),
                polyline(&v, pts.iter().copied(), 0.5)
            );
        }
    }

    #[test]
    fn path_skips_subpixel_vertices() {
        let v = View::world(1000.0, 500.0);
        let pts = (0..1000).map(|i| (0.0, f64::from(i) * 0.0001));
        assert_eq!(polyline(&v, pts, 0.5), "M500.0 250.0");
    }

    #[test]
    fn track_path_breaks_at_time_gaps() {
        let v = View::world(1000.0, 500.0);
        let mut p = Points::default();
        for (t, lon) in [(0, 0.0), (60, 10.0), (5000, 20.0), (5060, 30.0)] {
            p.push(Point::at(t, 0.0, lon));
        }
        let d = track_path(&v, &p, 900, 0.0);
        assert_eq!(d.matches('M').count(), 2, "{d}");
    }

    #[test]
    fn time_range_and_kept_vertices() {
        let mut p = Points::default();
        for t in 0..100 {
            p.push(Point::at(t * 10, 0.0, f64::from(t as i32)));
        }
        assert_eq!(time_range(&p, Some(15), Some(40)), 2..5);
        assert_eq!(time_range(&p, None, None), 0..100);
        assert_eq!(time_range(&p, Some(5000), None), 100..100);
        let v = View::world(1000.0, 500.0);
        let mut kept = Vec::new();
        let mut d = String::new();
        track_path_into(
            &v,
            &p,
            10..20,
            60,
            0.0,
            &mut d,
            &mut |i, _| kept.push(i),
            None,
        );
        assert_eq!(kept, (10..20).collect::<Vec<_>>());
        assert_eq!(d.matches('M').count(), 1);
    }

    #[test]
    fn repeated_routes_are_drawn_once_and_off_screen_is_culled() {
        let v = View::world(1000.0, 500.0);
        let mut p = Points::default();
        // The same 20-point route flown 50 times.
        for rep in 0..50 {
            for k in 0..20 {
                p.push(Point::at(rep * 10_000 + k * 60, 10.0, f64::from(k as i32)));
            }
        }
        let count = |raster: Option<&mut Raster>| {
            let mut d = String::new();
            track_path_into(&v, &p, 0..p.len(), 900, 0.5, &mut d, &mut |_, _| {}, raster);
            d.matches('L').count()
        };
        let all = count(None);
        let mut r = Raster::new(&v);
        let once = count(Some(&mut r));
        assert_eq!(all, 50 * 19);
        assert_eq!(once, 19);
        // Zoomed far into Africa, a route over the Pacific draws nothing.
        let z = View::fit(1000.0, 500.0, [(0.0, 20.0), (1.0, 21.0)]);
        let mut pacific = String::new();
        polyline_raster(
            &z,
            (0..50).map(|k| (k, 0.0, -170.0 + k as f64 * 0.2)),
            0.5,
            &mut pacific,
            &mut |_, _| {},
            Some(&mut Raster::new(&z)),
        );
        assert_eq!(pacific.matches('L').count(), 0, "{pacific}");
    }
}
