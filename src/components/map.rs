//! The route map: an `<svg>` drawn from paths built in the engine.
//!
//! Pan and zoom are drawn as a CSS transform of the whole `<svg>` while
//! the pointer, wheel or keys move the map: the browser moves the picture
//! it already has, however many points are loaded. 150 ms after the last
//! move the transform is folded into a new [`View`] and the paths are
//! rebuilt at the new resolution.

use std::time::Duration;

use flightlens_core::Dataset;
use flightlens_core::filter::Filter;
use flightlens_core::geo::intermediate;
use flightlens_core::ids::{ItemId, LegId};
use flightlens_core::project::{
    Raster, View, graticule, polyline, sphere_outline, time_range, track_path_into,
};
use flightlens_core::routes::{Options, Routes};
use flightlens_core::time::{human_duration, short_utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Derived, Workspace, colour};

/// The map's width in SVG units.
pub const W: f64 = 1000.0;
/// The map's height in SVG units.
pub const H: f64 = 500.0;

#[derive(Debug, Clone, PartialEq)]
struct Line {
    colour: &'static str,
    label: String,
    d: String,
    gaps: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Place {
    x: f64,
    y: f64,
    code: String,
    label: String,
    title: String,
}

/// A vertex drawn, to find what is under the pointer.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Hit {
    x: f32,
    y: f32,
    track: u32,
    point: u32,
}

#[derive(Debug, Clone, PartialEq)]
struct Drawing {
    view: View,
    lines: Vec<Line>,
    places: Vec<Place>,
    hits: Vec<Hit>,
}

/// The view that fits the data the filter keeps (the world when none).
fn fit(data: &Dataset, filter: &Filter) -> View {
    let all = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.aircraft.is_none_or(|a| a.0 == *i))
        .flat_map(|(_, t)| {
            let r = time_range(&t.points, filter.from, filter.to);
            r.step_by(10).map(|i| (t.points.lat(i), t.points.lon(i)))
        });
    View::fit(W, H, all)
}

fn draw(data: &Dataset, routes: &Routes, view: View, filter: &Filter) -> Drawing {
    let gap_s = Options::default().gap_s;
    let mut hits = Vec::new();
    // Each aircraft's repeated routes are drawn once.
    let mut raster = Raster::new(&view);
    let lines = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(i, _)| filter.aircraft.is_none_or(|a| a.0 == *i))
        .map(|(i, t)| (i, t, time_range(&t.points, filter.from, filter.to)))
        .filter(|(_, _, range)| !range.is_empty())
        .map(|(i, t, range)| {
            // Coverage gaps are drawn as dashed great circles, never as flown track.
            let gaps = routes
                .legs
                .iter()
                .filter(|l| l.track == i)
                .flat_map(|l| l.gaps.iter())
                .filter(|g| filter.keeps(i, g.start, g.end))
                .map(|g| {
                    let arc = (0..=32).map(|k| {
                        intermediate(g.from.0, g.from.1, g.to.0, g.to.1, f64::from(k) / 32.0)
                    });
                    polyline(&view, arc, 0.5)
                })
                .collect::<String>();
            let mut d = String::new();
            track_path_into(
                &view,
                &t.points,
                range,
                gap_s,
                0.5,
                &mut d,
                &mut |p, (x, y)| {
                    if (-20.0..W + 20.0).contains(&x) && (-20.0..H + 20.0).contains(&y) {
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
                colour: colour(i),
                label: t.identity.label(),
                d,
                gaps,
            }
        })
        .collect();
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
            let code = a.icao.to_string();
            places.push(Place {
                x,
                y,
                code,
                label,
                title,
            });
        }
    }
    Drawing {
        view,
        lines,
        places,
        hits,
    }
}

/// A pan and zoom not yet folded into the view: `translate(tx ty) scale(k)`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Xf {
    tx: f64,
    ty: f64,
    k: f64,
}

const IDENTITY: Xf = Xf {
    tx: 0.0,
    ty: 0.0,
    k: 1.0,
};

impl Xf {
    /// This transform, zoomed by `f` about the SVG point `(sx, sy)`, with
    /// the resulting view kept between the whole world and about a city.
    fn zoom_at(self, base: &View, f: f64, sx: f64, sy: f64) -> Xf {
        let z = base.zoom();
        let k = (self.k * f).clamp(0.5 / z, 4000.0 / z);
        let f = k / self.k;
        Xf {
            tx: sx - f * (sx - self.tx),
            ty: sy - f * (sy - self.ty),
            k,
        }
    }
}

/// What the pointer is over: an aircraft's position report.
#[derive(Debug, Clone, PartialEq)]
struct Tip {
    x: f64,
    y: f64,
    lines: Vec<String>,
}

fn tip_for(data: &Dataset, routes: &Routes, h: &Hit, x: f64, y: f64) -> Option<Tip> {
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
        lines.push(format!("{} (click to select)", LegId(n)));
    }
    Some(Tip { x, y, lines })
}

/// The index of the leg that contains a drawn vertex.
fn leg_at(routes: &Routes, h: &Hit) -> Option<usize> {
    routes.legs.iter().position(|l| {
        l.track == h.track as usize && (l.points.0..=l.points.1).contains(&(h.point as usize))
    })
}

/// The map of every loaded track, fitted to the data.
#[component]
pub fn RouteMap(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
    /// Routes and analysis.
    derived: Derived,
    /// Ids of the legs and stopovers selected elsewhere (`leg:1`, `stop:2`).
    selected: RwSignal<Vec<ItemId>>,
    /// The aircraft and time range shown.
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let base = RwSignal::new(View::world(W, H));
    let xf = RwSignal::new(IDENTITY);
    // New data or a new filter: fit the map to what is shown.
    Effect::new(move |_| {
        let f = filter.get();
        base.set(workspace.with(|w| fit(&w.data, &f)));
        xf.set(IDENTITY);
    });
    let land = Memo::new(move |_| {
        base.with(|v| {
            (
                sphere_outline(v),
                flightlens_core::basemap::land_path(v),
                flightlens_core::basemap::borders_path(v),
                graticule(v, 15.0),
            )
        })
    });
    let drawing = Memo::new(move |_| {
        let v = base.get();
        let f = filter.get();
        workspace.with(|w| derived.routes.with(|r| draw(&w.data, r, v, &f)))
    });
    // The selected legs, drawn over the tracks.
    let highlight = Memo::new(move |_| {
        let view = base.get();
        selected.with(|ids| {
            workspace.with(|w| {
                derived.routes.with(|r| {
                    ids.iter()
                        .filter_map(|id| id.leg())
                        .filter_map(|n| r.legs.get(n.0))
                        .filter_map(|l| {
                            let p = &w.data.tracks.get(l.track)?.points;
                            let mut d = String::new();
                            let gap_s = Options::default().gap_s;
                            let range = l.points.0..(l.points.1 + 1).min(p.len());
                            // Broken at coverage gaps, like the track: not flown.
                            track_path_into(
                                &view,
                                p,
                                range,
                                gap_s,
                                0.5,
                                &mut d,
                                &mut |_, _| {},
                                None,
                            );
                            Some(d)
                        })
                        .collect::<String>()
                })
            })
        })
    });
    let tip = RwSignal::new(None::<Tip>);

    // Fold the transform into the view once the map has been still a moment.
    let settle = StoredValue::new(None::<TimeoutHandle>);
    let schedule_settle = move || {
        if let Some(h) = settle.get_value() {
            h.clear();
        }
        let h = set_timeout_with_handle(
            move || {
                let x = xf.get_untracked();
                if x != IDENTITY {
                    base.update(|b| *b = b.zoomed(x.tx, x.ty, x.k));
                    xf.set(IDENTITY);
                }
            },
            Duration::from_millis(150),
        )
        .ok();
        settle.set_value(h);
    };
    // Pointers down: id and last SVG position; and how far the first moved.
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let travel = StoredValue::new(0.0f64);
    let zoom_by = move |f: f64, sx: f64, sy: f64| {
        let b = base.get_untracked();
        xf.update(|x| *x = x.zoom_at(&b, f, sx, sy));
        if tip.with_untracked(Option::is_some) {
            tip.set(None);
        }
        if pointers.with_value(Vec::is_empty) {
            schedule_settle();
        }
    };
    let pan_by = move |dx: f64, dy: f64| {
        xf.update(|x| {
            x.tx += dx;
            x.ty += dy;
        });
        if tip.with_untracked(Option::is_some) {
            tip.set(None);
        }
        // A drag is redrawn when the pointer is released, not mid-drag.
        if pointers.with_value(Vec::is_empty) {
            schedule_settle();
        }
    };
    let fit_data = move || {
        let f = filter.get_untracked();
        base.set(workspace.with_untracked(|w| fit(&w.data, &f)));
        xf.set(IDENTITY);
    };

    // SVG coordinates of a pointer event, from the frame around the svg
    // (the svg itself is moved by the transform).
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    let to_svg = move |cx: i32, cy: i32| -> Option<(f64, f64)> {
        let el: web_sys::Element = frame_ref.get_untracked()?.unchecked_into();
        let r = el.get_bounding_client_rect();
        if r.width() <= 0.0 {
            return None;
        }
        // viewBox with `meet`: one scale for both axes, centred.
        let s = (r.width() / W).min(r.height() / H);
        let ox = (r.width() - W * s) / 2.0;
        let oy = (r.height() - H * s) / 2.0;
        Some((
            (f64::from(cx) - r.left() - ox) / s,
            (f64::from(cy) - r.top() - oy) / s,
        ))
    };
    // The vertex nearest an SVG point, within 12 units.
    let nearest = move |sx: f64, sy: f64| -> Option<Hit> {
        let x = xf.get_untracked();
        let (bx, by) = ((sx - x.tx) / x.k, (sy - x.ty) / x.k);
        let r = 12.0 / x.k;
        drawing.with_untracked(|d| {
            d.hits
                .iter()
                .map(|h| (h, (f64::from(h.x) - bx).hypot(f64::from(h.y) - by)))
                .filter(|(_, dist)| *dist <= r)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(h, _)| *h)
        })
    };
    let show_tip = move |sx: f64, sy: f64| {
        let t = nearest(sx, sy).and_then(|h| {
            workspace.with_untracked(|w| {
                derived
                    .routes
                    .with_untracked(|r| tip_for(&w.data, r, &h, sx, sy))
            })
        });
        tip.set(t);
    };

    let on_down = move |e: web_sys::PointerEvent| {
        // No text selection or native drag while the map is dragged.
        e.prevent_default();
        let Some((x, y)) = to_svg(e.client_x(), e.client_y()) else {
            return;
        };
        if let Some(t) = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = t.set_pointer_capture(e.pointer_id());
        }
        pointers.update_value(|p| {
            p.retain(|q| q.0 != e.pointer_id());
            p.push((e.pointer_id(), x, y));
        });
        if pointers.with_value(Vec::len) == 1 {
            travel.set_value(0.0);
        }
    };
    let on_move = move |e: web_sys::PointerEvent| {
        let Some((x, y)) = to_svg(e.client_x(), e.client_y()) else {
            return;
        };
        let ps = pointers.get_value();
        match ps.len() {
            0 => show_tip(x, y),
            1 => {
                let (_, px, py) = ps[0];
                travel.update_value(|t| *t += (x - px).hypot(y - py));
                if travel.get_value() > 3.0 {
                    pan_by(x - px, y - py);
                }
                pointers.update_value(|p| p[0] = (e.pointer_id(), x, y));
            }
            _ => {
                // Pinch: zoom by the change in distance about the midpoint.
                let Some(me) = ps.iter().position(|q| q.0 == e.pointer_id()) else {
                    return;
                };
                let other = ps[if me == 0 { 1 } else { 0 }];
                let before = (ps[me].1 - other.1).hypot(ps[me].2 - other.2);
                let after = (x - other.1).hypot(y - other.2);
                if before > 1.0 && after > 1.0 {
                    zoom_by(after / before, (x + other.1) / 2.0, (y + other.2) / 2.0);
                }
                travel.set_value(100.0);
                pointers.update_value(|p| p[me] = (e.pointer_id(), x, y));
            }
        }
    };
    let on_up = move |e: web_sys::PointerEvent| {
        let was = pointers.with_value(Vec::len);
        pointers.update_value(|p| p.retain(|q| q.0 != e.pointer_id()));
        if pointers.with_value(Vec::is_empty) && xf.get_untracked() != IDENTITY {
            schedule_settle();
        }
        if was == 1 && travel.get_value() <= 3.0 {
            // A click or tap: select the leg under it, and show its fix.
            if let Some((x, y)) = to_svg(e.client_x(), e.client_y()) {
                let hit = nearest(x, y);
                let leg = hit.and_then(|h| derived.routes.with_untracked(|r| leg_at(r, &h)));
                match leg {
                    Some(n) => selected.set(vec![LegId(n).into()]),
                    None => selected.set(Vec::new()),
                }
                show_tip(x, y);
            }
        }
    };
    let on_wheel = move |e: web_sys::WheelEvent| {
        e.prevent_default();
        let Some((x, y)) = to_svg(e.client_x(), e.client_y()) else {
            return;
        };
        let dy = match e.delta_mode() {
            1 => e.delta_y() * 16.0,
            2 => e.delta_y() * 400.0,
            _ => e.delta_y(),
        };
        zoom_by((-dy / 500.0).exp(), x, y);
    };
    let on_key = move |e: web_sys::KeyboardEvent| {
        let step = 60.0;
        match e.key().as_str() {
            "ArrowLeft" => pan_by(step, 0.0),
            "ArrowRight" => pan_by(-step, 0.0),
            "ArrowUp" => pan_by(0.0, step),
            "ArrowDown" => pan_by(0.0, -step),
            "+" | "=" => zoom_by(1.5, W / 2.0, H / 2.0),
            "-" | "_" => zoom_by(1.0 / 1.5, W / 2.0, H / 2.0),
            "0" | "f" => fit_data(),
            "Escape" => {
                selected.set(Vec::new());
                tip.set(None);
            }
            _ => return,
        }
        e.prevent_default();
    };

    // The pan and zoom in CSS pixels (set through the CSSOM, which the CSP
    // allows, unlike a style attribute).
    let transform = move || {
        let x = xf.get();
        if x == IDENTITY {
            return "none".to_string();
        }
        let px = frame_ref
            .get()
            .map(|f| {
                let el: &web_sys::Element = f.as_ref();
                el.get_bounding_client_rect().width() / W
            })
            .unwrap_or(1.0);
        format!(
            "translate({:.2}px, {:.2}px) scale({:.5})",
            x.tx * px,
            x.ty * px,
            x.k
        )
    };
    view! {
        <div class="map-wrap" node_ref=frame_ref>
            <svg
                class="map"
                style:transform=transform
                role="img"
                aria-label="Route map"
                aria-describedby="map-keys"
                tabindex="0"
                viewBox=format!("0 0 {W} {H}")
                preserveAspectRatio="xMidYMid meet"
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=move |e: web_sys::PointerEvent| {
                    pointers.update_value(|p| p.retain(|q| q.0 != e.pointer_id()));
                    schedule_settle();
                }
                on:pointerleave=move |_| tip.set(None)
                on:wheel=on_wheel
                on:keydown=on_key
            >
                <defs>
                    <clipPath id="flightlens-world">
                        <path d=move || land.with(|l| l.0.clone()) />
                    </clipPath>
                </defs>
                <g class="world">
                    <path class="sphere" d=move || land.with(|l| l.0.clone()) />
                    <path
                        class="land"
                        clip-path="url(#flightlens-world)"
                        d=move || land.with(|l| l.1.clone())
                    />
                    <path
                        class="borders"
                        clip-path="url(#flightlens-world)"
                        d=move || land.with(|l| l.2.clone())
                    />
                    <path class="graticule" d=move || land.with(|l| l.3.clone()) />
                    {move || {
                        drawing
                            .get()
                            .lines
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <g class="track">
                                        <title>{l.label.clone()}</title>
                                        <path class="gap-line" d=l.gaps stroke=l.colour />
                                        <path class="track-line" d=l.d stroke=l.colour />
                                    </g>
                                }
                            })
                            .collect_view()
                    }}
                    <path class="selected-leg" d=move || highlight.get() />
                </g>
                {move || {
                    drawing
                        .get()
                        .places
                        .into_iter()
                        .map(|p| {
                            // A selected stopover marks its airport.
                            let code = p.code.clone();
                            let on = move || {
                                selected.with(|ids| {
                                    derived.routes.with(|r| {
                                        ids.iter()
                                            .filter_map(|id| id.stop())
                                            .filter_map(|n| r.stopovers.get(n.0))
                                            .any(|s| s.airport.airport.icao == code)
                                    })
                                })
                            };
                            view! {
                                <g class="airport" class:selected=on>
                                    <title>{p.title}</title>
                                    <circle cx=p.x cy=p.y r="4" />
                                    <text x=p.x + 6.0 y=p.y - 6.0>{p.label}</text>
                                </g>
                            }
                        })
                        .collect_view()
                }}
                {move || {
                    tip.get()
                        .map(|t| {
                            let w = t.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0)
                                as f64 * 7.0 + 16.0;
                            let h = t.lines.len() as f64 * 16.0 + 10.0;
                            let tx = if t.x + 14.0 + w > W { t.x - 14.0 - w } else { t.x + 14.0 };
                            let ty = (t.y - h / 2.0).clamp(2.0, H - h - 2.0);
                            view! {
                                <g class="tip" aria-hidden="true">
                                    <circle class="tip-dot" cx=t.x cy=t.y r="5" />
                                    <rect x=tx y=ty width=w height=h rx="4" />
                                    {t
                                        .lines
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, l)| {
                                            view! {
                                                <text x=tx + 8.0 y=ty + 18.0 + i as f64 * 16.0>{l}</text>
                                            }
                                        })
                                        .collect_view()}
                                </g>
                            }
                        })
                }}
            </svg>
            <div class="map-tools" role="group" aria-label="Map controls">
                <button type="button" aria-label="Zoom in" title="Zoom in (+)" on:click=move |_| zoom_by(2.0, W / 2.0, H / 2.0)>
                    "+"
                </button>
                <button type="button" aria-label="Zoom out" title="Zoom out (−)" on:click=move |_| zoom_by(0.5, W / 2.0, H / 2.0)>
                    "−"
                </button>
                <button type="button" title="Fit to data (0)" on:click=move |_| fit_data()>
                    "Fit to data"
                </button>
            </div>
        </div>
        <p id="map-keys" class="hint">
            "Drag or use the arrow keys to pan; wheel, pinch, + and − to zoom; 0 fits the data. Point at a track for time, altitude and speed; click it to select its leg."
        </p>
        <ul class="legend" aria-label="Aircraft colours">
            {move || {
                drawing
                    .get()
                    .lines
                    .into_iter()
                    .map(|l| {
                        view! {
                            <li>
                                <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                                    <rect width="10" height="10" fill=l.colour />
                                </svg>
                                {l.label}
                            </li>
                        }
                    })
                    .collect_view()
            }}
            <li class="gap-key" class:hidden=move || drawing.with(|d| d.lines.is_empty())>
                <svg class="swatch wide" viewBox="0 0 30 10" aria-hidden="true">
                    <path class="gap-line" d="M1 5L29 5" stroke="currentColor" />
                </svg>
                "no data (shortest path drawn)"
            </li>
        </ul>
        <p class="empty-note" class:hidden=move || !drawing.with(|d| d.lines.is_empty())>
            {move || {
                if workspace.with(|w| w.data.tracks.is_empty()) {
                    "No tracks loaded. Choose flight data above, or press Load demo."
                } else {
                    "No track in what the filters show: press Reset filters to see everything."
                }
            }}
        </p>
    }
}
