//! The demo's views pinned byte for byte (`crates/core/tests/pinned/`):
//! the map's path strings, tips and hit testing. A change that means to
//! alter what is drawn rewrites them with `FLIGHTLENS_BLESS=1 cargo test
//! -p flightlens-core pinned` and says why in its commit.

use std::fmt::Write as _;

use super::basemap::{borders_path, graticule, land_path, sphere_outline};
use super::scene::{HEIGHT, WIDTH, draw, fit, leg_at, tip_for};
use super::view::View;
use crate::Dataset;
use crate::airports::airports;
use crate::filter::Filter;
use crate::ids::AircraftId;
use crate::routes::{self, Options, Routes};

/// The demo and its routes.
pub(super) fn demo() -> (Dataset, Routes) {
    let data = crate::demo_data();
    let r = routes::find(&data.tracks, airports(), &Options::default());
    (data, r)
}

/// Compares `got` with a pinned file, naming the first line that differs;
/// `FLIGHTLENS_BLESS=1` rewrites it.
pub(super) fn check(name: &str, got: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pinned")
        .join(name);
    if std::env::var_os("FLIGHTLENS_BLESS").is_some() {
        std::fs::write(&path, got).expect("write the pinned file");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (FLIGHTLENS_BLESS=1 writes it)", path.display()));
    if got != want {
        let (n, (g, w)) = got
            .lines()
            .zip(want.lines())
            .enumerate()
            .find(|(_, (g, w))| g != w)
            .unwrap_or((0, ("(end)", "(end)")));
        panic!(
            "{name} differs from the pinned output at line {}:\n  got:    {g}\n  pinned: {w}",
            n + 1
        );
    }
}

/// A long path as its length and FNV-1a hash.
fn digest(d: &str) -> String {
    let h = d.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{} bytes, fnv {h:016x}", d.len())
}

/// Everything the map draws for a view and filter, as text; the
/// background in full when `whole`, else as digests.
fn scene(data: &Dataset, r: &Routes, view: View, filter: &Filter, whole: bool) -> String {
    let d = draw(data, r, view, filter, &Options::default());
    let mut s = String::new();
    let _ = writeln!(s, "view {:?}", d.view);
    for (name, path) in [
        ("sphere", sphere_outline(&view)),
        ("land", land_path(&view)),
        ("borders", borders_path(&view)),
        ("graticule", graticule(&view, 15.0)),
    ] {
        let path = if whole { path } else { digest(&path) };
        let _ = writeln!(s, "{name} {path}");
    }
    for l in &d.lines {
        let _ = writeln!(s, "line {} {}", l.colour, l.label);
        let _ = writeln!(s, "  track {}", l.d);
        let _ = writeln!(s, "  gaps {}", l.gaps);
    }
    for p in &d.places {
        let _ = writeln!(
            s,
            "place {:.1} {:.1} {} | {} | {}",
            p.x, p.y, p.code, p.label, p.title
        );
    }
    let _ = writeln!(s, "hits {}", d.hits.len());
    for h in d.hits.iter().step_by(97) {
        let _ = writeln!(s, "hit {:.1} {:.1} {} {}", h.x, h.y, h.track, h.point);
        let tip = tip_for(data, r, h, f64::from(h.x), f64::from(h.y));
        let _ = writeln!(s, "  tip {:?}", tip.map(|t| t.lines));
        let _ = writeln!(s, "  leg {:?}", leg_at(r, h).map(|l| l.0));
    }
    s
}

#[test]
fn the_demo_map_is_pinned() {
    let (data, r) = demo();
    let all = Filter::default();
    let fitted = fit(&data, &all);
    let mut s = String::from("# the default view: fitted to the demo\n");
    s.push_str(&scene(&data, &r, fitted, &all, true));
    for n in 0..r.legs.len() {
        let ids = [crate::ids::LegId(n).into()];
        let d = super::scene::selected_legs(&data, &r, &fitted, &ids, &Options::default());
        let _ = writeln!(s, "selected leg:{} {d}", n + 1);
    }
    s.push_str("# the world\n");
    s.push_str(&scene(&data, &r, View::world(WIDTH, HEIGHT), &all, false));
    s.push_str("# zoomed in six times about the middle: the fine basemap, culling\n");
    let zoomed = fitted.zoomed(-2.5 * WIDTH, -2.5 * HEIGHT, 6.0);
    s.push_str(&scene(&data, &r, zoomed, &all, false));
    s.push_str("# one aircraft over one day\n");
    let one = Filter {
        aircraft: Some(AircraftId(0)),
        from: data.tracks[0].points.span().map(|s| s.0 + 86_400),
        to: data.tracks[0].points.span().map(|s| s.0 + 2 * 86_400),
    };
    s.push_str(&scene(&data, &r, fit(&data, &one), &one, false));
    check("map.txt", &s);
}

#[test]
fn the_demo_timeline_is_pinned() {
    let (data, r) = demo();
    let c = super::timeline::chart(&data, &r);
    let mut s = String::new();
    let _ = writeln!(s, "span {:?} height {:.1}", c.span, c.height);
    for (x, label) in &c.ticks {
        let _ = writeln!(s, "tick {x:.2} {label}");
    }
    for row in &c.rows {
        let _ = writeln!(s, "row {} {} {}", row.track, row.colour, row.label);
        for b in &row.bars {
            let _ = writeln!(
                s,
                "  bar {} {:.2} {:.2} ground={} {}",
                b.id, b.x, b.w, b.ground, b.title
            );
        }
    }
    let w = super::timeline::WIDTH;
    for x in [0.0, super::timeline::LABEL_W, 500.0, w - 10.0, w] {
        let _ = writeln!(s, "t at {x} = {}", c.span.t(x));
    }
    check("timeline.txt", &s);
}

#[test]
fn the_demo_profiles_are_pinned() {
    let (data, r) = demo();
    let mut s = String::new();
    for n in 0..r.legs.len() {
        let id = crate::ids::LegId(n);
        let Some(c) = super::profile::chart(&data, &r, id, &Options::default()) else {
            let _ = writeln!(s, "leg:{n} none");
            continue;
        };
        let _ = writeln!(s, "{}", c.summary);
        let _ = writeln!(s, "  altitude {}", c.altitude);
        let _ = writeln!(s, "  speed {}", c.speed);
        for (name, ticks) in [
            ("alt", &c.alt_ticks),
            ("gs", &c.gs_ticks),
            ("t", &c.t_ticks),
        ] {
            let t: Vec<String> = ticks.iter().map(|(v, l)| format!("{v:.1} {l}")).collect();
            let _ = writeln!(s, "  {name} ticks {}", t.join(", "));
        }
    }
    check("profile.txt", &s);
}
