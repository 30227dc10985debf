//! The route map: an `<svg>` drawn from paths built in the engine.
//!
//! Pan and zoom are drawn as a CSS transform of the whole `<svg>` while
//! the pointer, wheel or keys move the map: the browser moves the picture
//! it already has, however many points are loaded. 150 ms after the last
//! move the transform is folded into a new [`View`] and the paths are
//! rebuilt at the new resolution.

use std::time::Duration;

use flightlens_core::filter::Filter;
use flightlens_core::ids::ItemId;
use flightlens_core::map::View;
use flightlens_core::map::basemap::{borders_path, graticule, land_path, sphere_outline};
use flightlens_core::map::scene::{
    HEIGHT as H, Tip, WIDTH as W, draw, fit, leg_at, selected_legs, stop_selected, tip_for,
};
use flightlens_core::map::view::{Transform, client_to_svg};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Derived, Workspace};

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
    let opt = derived.options;
    let base = RwSignal::new(View::world(W, H));
    let xf = RwSignal::new(Transform::IDENTITY);
    // New data or a new filter: fit the map to what is shown.
    Effect::new(move |_| {
        let f = filter.get();
        base.set(workspace.with(|w| fit(&w.data, &f)));
        xf.set(Transform::IDENTITY);
    });
    // The basemap comes beside the module: drawn again when it is there.
    let land = Memo::new(move |_| {
        crate::assets::track();
        base.with(|v| {
            (
                sphere_outline(v),
                land_path(v),
                borders_path(v),
                graticule(v, 15.0),
            )
        })
    });
    let drawing = Memo::new(move |_| {
        let v = base.get();
        let f = filter.get();
        workspace.with(|w| derived.routes.with(|r| draw(&w.data, r, v, &f, &opt)))
    });
    // The selected legs, drawn over the tracks.
    let highlight = Memo::new(move |_| {
        let view = base.get();
        selected.with(|ids| {
            workspace.with(|w| {
                derived
                    .routes
                    .with(|r| selected_legs(&w.data, r, &view, ids, &opt))
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
                if x != Transform::IDENTITY {
                    base.update(|b| *b = b.zoomed(x.tx, x.ty, x.k));
                    xf.set(Transform::IDENTITY);
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
        xf.update(|x| *x = x.panned(dx, dy));
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
        xf.set(Transform::IDENTITY);
    };

    // SVG coordinates of a pointer event, from the frame around the svg
    // (the svg itself is moved by the transform).
    let frame_ref = NodeRef::<leptos::html::Div>::new();
    let to_svg = move |cx: i32, cy: i32| -> Option<(f64, f64)> {
        let el: web_sys::Element = frame_ref.get_untracked()?.unchecked_into();
        let r = el.get_bounding_client_rect();
        let rect = (r.left(), r.top(), r.width(), r.height());
        client_to_svg(rect, (f64::from(cx), f64::from(cy)), W, H)
    };
    // The vertex nearest an SVG point.
    let nearest = move |sx: f64, sy: f64| {
        let x = xf.get_untracked();
        drawing.with_untracked(|d| d.nearest(&x, sx, sy))
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
        if pointers.with_value(Vec::is_empty) && xf.get_untracked() != Transform::IDENTITY {
            schedule_settle();
        }
        if was == 1 && travel.get_value() <= 3.0 {
            // A click or tap: select the leg under it, and show its fix.
            if let Some((x, y)) = to_svg(e.client_x(), e.client_y()) {
                let hit = nearest(x, y);
                let leg = hit.and_then(|h| derived.routes.with_untracked(|r| leg_at(r, &h)));
                match leg {
                    Some(n) => selected.set(vec![n.into()]),
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
        let px = frame_ref
            .get()
            .map(|f| {
                let el: &web_sys::Element = f.as_ref();
                el.get_bounding_client_rect().width() / W
            })
            .unwrap_or(1.0);
        x.css(px)
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
                                selected
                                    .with(|ids| derived.routes.with(|r| stop_selected(r, ids, &code)))
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
                            let b = t.frame();
                            view! {
                                <g class="tip" aria-hidden="true">
                                    <circle class="tip-dot" cx=t.x cy=t.y r="5" />
                                    <rect x=b.x y=b.y width=b.w height=b.h rx="4" />
                                    {t
                                        .lines
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, l)| {
                                            let (x, y) = b.line_at(i);
                                            view! { <text x=x y=y>{l}</text> }
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
