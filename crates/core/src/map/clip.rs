//! Cutting drawn paths down to a rectangle: a published map carries only
//! the land, borders and graticule inside its view (plus a margin), not the
//! world's. Works on the path strings [`super::path`] and
//! [`super::basemap`] build (`M`, `L` and `Z` commands, absolute), so the
//! published picture is the one the page draws, cut.
//!
//! # Units
//! SVG user units.

use std::fmt::Write as _;

/// A piece of a path: the points of one `M…` run, closed when it ended
/// with `Z`.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Its points, in order.
    pub points: Vec<(f64, f64)>,
    /// A ring (`Z`) rather than an open line.
    pub closed: bool,
}

/// A rectangle, `x0 < x1`, `y0 < y1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// `0..width × 0..height`, grown by `margin` on every side.
    pub fn around(width: f64, height: f64, margin: f64) -> Rect {
        Rect {
            x0: -margin,
            y0: -margin,
            x1: width + margin,
            y1: height + margin,
        }
    }

    fn contains(&self, (x, y): (f64, f64)) -> bool {
        (self.x0..=self.x1).contains(&x) && (self.y0..=self.y1).contains(&y)
    }
}

/// The pieces of a path made of absolute `M`, `L` and `Z` commands (what
/// this crate writes). Anything else in it is skipped.
pub fn pieces(d: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut rest = d;
    while let Some(i) = rest.find(['M', 'L', 'Z']) {
        let op = rest.as_bytes()[i];
        rest = &rest[i + 1..];
        let end = rest.find(['M', 'L', 'Z']).unwrap_or(rest.len());
        let mut nums = rest[..end]
            .split([' ', ','])
            .filter_map(|n| n.parse::<f64>().ok());
        match op {
            b'Z' => {
                if let Some(p) = out.last_mut() {
                    p.closed = true;
                }
            }
            _ => {
                let (Some(x), Some(y)) = (nums.next(), nums.next()) else {
                    continue;
                };
                match out.last_mut() {
                    Some(p) if op == b'L' && !p.closed => p.points.push((x, y)),
                    _ => out.push(Piece {
                        points: vec![(x, y)],
                        closed: false,
                    }),
                }
            }
        }
    }
    out
}

/// A ring cut to a rectangle (Sutherland–Hodgman): the part of the filled
/// ring inside it, with the rectangle's edge where the ring left it. Empty
/// when nothing of it is inside.
pub fn clip_ring(ring: &[(f64, f64)], r: &Rect) -> Vec<(f64, f64)> {
    type Inside = fn(&Rect, (f64, f64)) -> bool;
    type Cross = fn(&Rect, (f64, f64), (f64, f64)) -> (f64, f64);
    let edges: [(Inside, Cross); 4] = [
        (
            |r, p| p.0 >= r.x0,
            |r, p, q| {
                let t = (r.x0 - p.0) / (q.0 - p.0);
                (r.x0, p.1 + t * (q.1 - p.1))
            },
        ),
        (
            |r, p| p.0 <= r.x1,
            |r, p, q| {
                let t = (r.x1 - p.0) / (q.0 - p.0);
                (r.x1, p.1 + t * (q.1 - p.1))
            },
        ),
        (
            |r, p| p.1 >= r.y0,
            |r, p, q| {
                let t = (r.y0 - p.1) / (q.1 - p.1);
                (p.0 + t * (q.0 - p.0), r.y0)
            },
        ),
        (
            |r, p| p.1 <= r.y1,
            |r, p, q| {
                let t = (r.y1 - p.1) / (q.1 - p.1);
                (p.0 + t * (q.0 - p.0), r.y1)
            },
        ),
    ];
    let mut poly: Vec<(f64, f64)> = ring.to_vec();
    for (inside, cross) in edges {
        if poly.is_empty() {
            break;
        }
        let input = std::mem::take(&mut poly);
        let mut prev = input[input.len() - 1];
        for &cur in &input {
            match (inside(r, cur), inside(r, prev)) {
                (true, true) => poly.push(cur),
                (true, false) => {
                    poly.push(cross(r, prev, cur));
                    poly.push(cur);
                }
                (false, true) => poly.push(cross(r, prev, cur)),
                (false, false) => {}
            }
            prev = cur;
        }
    }
    poly
}

/// An open line cut to a rectangle (Liang–Barsky, segment by segment): the
/// runs of it inside, each a line of its own.
pub fn clip_line(line: &[(f64, f64)], r: &Rect) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut open = false;
    for w in line.windows(2) {
        let Some((a, b)) = clip_segment(w[0], w[1], r) else {
            open = false;
            continue;
        };
        match out.last_mut() {
            Some(run) if open && run.last() == Some(&a) => run.push(b),
            _ => out.push(vec![a, b]),
        }
        // The run goes on only if the segment ended where the line does.
        open = b == w[1];
    }
    if line.len() == 1 && r.contains(line[0]) {
        out.push(vec![line[0]]);
    }
    out
}

/// The part of the segment `p`–`q` inside the rectangle, if any.
fn clip_segment(p: (f64, f64), q: (f64, f64), r: &Rect) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (pk, qk) in [
        (-dx, p.0 - r.x0),
        (dx, r.x1 - p.0),
        (-dy, p.1 - r.y0),
        (dy, r.y1 - p.1),
    ] {
        if pk == 0.0 {
            if qk < 0.0 {
                return None;
            }
        } else {
            let t = qk / pk;
            if pk < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| (p.0 + t * dx, p.1 + t * dy);
    Some((
        if t0 > 0.0 { at(t0) } else { p },
        if t1 < 1.0 { at(t1) } else { q },
    ))
}

/// Writes pieces back as a path, one decimal (a screen pixel) per number;
/// closed pieces end with `Z`.
pub fn path_of(pieces: &[Piece]) -> String {
    let mut d = String::new();
    for p in pieces.iter().filter(|p| !p.points.is_empty()) {
        for (k, (x, y)) in p.points.iter().enumerate() {
            let _ = write!(d, "{}{x:.1} {y:.1}", if k == 0 { 'M' } else { 'L' });
        }
        if p.closed {
            d.push('Z');
        }
    }
    d
}

/// A path with each piece simplified (Ramer–Douglas–Peucker, geo's
/// `Simplify`) to within `tolerance` units of itself; rings stay rings.
pub fn simplify_path(d: &str, tolerance: f64) -> String {
    use geo::{Coord, LineString, Simplify};
    let thin: Vec<Piece> = pieces(d)
        .into_iter()
        .map(|p| {
            let line: LineString = p.points.iter().map(|&(x, y)| Coord { x, y }).collect();
            Piece {
                points: line
                    .simplify(tolerance)
                    .0
                    .iter()
                    .map(|c| (c.x, c.y))
                    .collect(),
                closed: p.closed,
            }
        })
        .filter(|p| p.points.len() >= if p.closed { 3 } else { 2 })
        .collect();
    path_of(&thin)
}

/// A path written as compactly as SVG allows, for pictures that travel:
/// whole units (a published map is about a thousand pixels wide), each
/// point after the first of a piece as a step from the one before (`l`),
/// no separator before a minus sign. Steps are taken between the rounded
/// points, so no error adds up along a line. Points that round onto the
/// one before are dropped, and so are pieces left with nothing to draw.
pub fn compact(d: &str) -> String {
    let mut out = String::new();
    let num = |out: &mut String, v: i64, first: bool| {
        if !first && v >= 0 {
            out.push(' ');
        }
        let _ = write!(out, "{v}");
    };
    for p in pieces(d) {
        let mut pts: Vec<(i64, i64)> = Vec::with_capacity(p.points.len());
        for &(x, y) in &p.points {
            let q = (x.round() as i64, y.round() as i64);
            if pts.last() != Some(&q) {
                pts.push(q);
            }
        }
        if pts.len() < if p.closed { 3 } else { 2 } {
            continue;
        }
        let _ = write!(out, "M{} {}l", pts[0].0, pts[0].1);
        for (k, w) in pts.windows(2).enumerate() {
            num(&mut out, w[1].0 - w[0].0, k == 0);
            num(&mut out, w[1].1 - w[0].1, false);
        }
        if p.closed {
            out.push('z');
        }
    }
    out
}

/// A path cut to a rectangle: rings as rings, lines as lines.
pub fn clip_path(d: &str, r: &Rect) -> String {
    let cut: Vec<Piece> = pieces(d)
        .into_iter()
        .flat_map(|p| {
            if p.closed {
                let ring = clip_ring(&p.points, r);
                if ring.len() >= 3 {
                    vec![Piece {
                        points: ring,
                        closed: true,
                    }]
                } else {
                    Vec::new()
                }
            } else {
                clip_line(&p.points, r)
                    .into_iter()
                    .map(|points| Piece {
                        points,
                        closed: false,
                    })
                    .collect()
            }
        })
        .collect();
    path_of(&cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_read_back_as_pieces() {
        let p = pieces("M1.0 2.0L3.0 4.0ZM5 6L7 8M9 10");
        assert_eq!(p.len(), 3);
        assert!(p[0].closed && !p[1].closed);
        assert_eq!(p[1].points, vec![(5.0, 6.0), (7.0, 8.0)]);
        assert_eq!(path_of(&p), "M1.0 2.0L3.0 4.0ZM5.0 6.0L7.0 8.0M9.0 10.0");
        assert!(pieces("").is_empty());
        assert!(
            pieces("Mx yLq").is_empty(),
            "what does not parse is skipped"
        );
    }

    #[test]
    fn a_ring_is_cut_to_the_rectangle() {
        let r = Rect::around(10.0, 10.0, 0.0);
        // A square twice the rectangle's size, centred on its corner.
        let big = [(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)];
        let cut = clip_ring(&big, &r);
        assert!(cut.iter().all(|p| r.contains(*p)), "{cut:?}");
        assert!(cut.contains(&(10.0, 10.0)) && cut.contains(&(0.0, 0.0)));
        // Wholly outside: nothing.
        assert!(clip_ring(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], &r).is_empty());
        // Wholly inside: unchanged.
        let small = [(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)];
        assert_eq!(clip_ring(&small, &r), small.to_vec());
    }

    #[test]
    fn a_line_is_cut_into_the_runs_inside() {
        let r = Rect::around(10.0, 10.0, 0.0);
        // In, out, back in: two runs, cut at the edge.
        let line = [(5.0, 5.0), (15.0, 5.0), (15.0, 8.0), (5.0, 8.0)];
        let runs = clip_line(&line, &r);
        assert_eq!(
            runs,
            vec![vec![(5.0, 5.0), (10.0, 5.0)], vec![(10.0, 8.0), (5.0, 8.0)]]
        );
        // Across the rectangle with both ends outside.
        assert_eq!(
            clip_line(&[(-5.0, 5.0), (15.0, 5.0)], &r),
            vec![vec![(0.0, 5.0), (10.0, 5.0)]]
        );
        assert!(clip_line(&[(-5.0, -5.0), (-1.0, 20.0)], &r).is_empty());
        let d = clip_path("M5 5L15 5L15 8L5 8M-1 -1L-2 -2ZM1 1L2 1L2 2Z", &r);
        assert_eq!(
            d,
            "M5.0 5.0L10.0 5.0M10.0 8.0L5.0 8.0M1.0 1.0L2.0 1.0L2.0 2.0Z"
        );
    }

    #[test]
    fn compact_paths_are_whole_steps_that_add_up_to_the_points() {
        let d = "M10.4 20.6L12.0 20.0L12.2 20.1L9.0 25.0ZM0 0L0.2 0.2M5 5L8 1";
        // The second piece rounds to one point and is dropped.
        assert_eq!(compact(d), "M10 21l2-1-3 5zM5 5l3-4");
        // Summing the steps gives back each rounded point: no drift.
        let mut x = 0;
        let long: String = (0..500)
            .map(|k| {
                format!(
                    "{}{:.1} 0",
                    if k == 0 { 'M' } else { 'L' },
                    f64::from(k) * 1.3
                )
            })
            .collect();
        let c = compact(&long);
        for step in c.trim_start_matches("M0 0l").split(' ').step_by(2) {
            x += step.parse::<i64>().unwrap();
        }
        assert_eq!(x, (499.0_f64 * 1.3).round() as i64);
    }

    #[test]
    fn simplified_paths_keep_their_ends_and_rings() {
        let wobbly = "M0 0L1 0.1L2 0L3 0.1L4 0M0 0L5 0L5 5L2.5 5.1L0 5Z";
        assert_eq!(
            simplify_path(wobbly, 0.5),
            "M0.0 0.0L4.0 0.0M0.0 0.0L5.0 0.0L5.0 5.0L0.0 5.0Z"
        );
        assert_eq!(simplify_path(wobbly, 0.0), path_of(&pieces(wobbly)));
    }
}
