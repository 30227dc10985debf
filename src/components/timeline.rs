//! The timeline: one row per aircraft, a bar for each leg and a lighter one
//! for each stopover.

use flightlens_core::ids::ItemId;
use flightlens_core::map::timeline::{AXIS_H, Chart, ROW_H, WIDTH as W, chart};
use leptos::prelude::*;

use super::{Derived, Workspace};

/// One row per aircraft over the loaded time span.
#[component]
pub fn Timeline(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
    /// Routes and analysis.
    derived: Derived,
    /// Ids of the legs and stopovers selected elsewhere.
    selected: RwSignal<Vec<ItemId>>,
    /// The filter that brushing sets.
    filter: RwSignal<flightlens_core::filter::Filter>,
) -> impl IntoView {
    let c = Memo::new(move |_| workspace.with(|w| derived.routes.with(|r| chart(&w.data, r))));
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    // The x (SVG units) of a pointer event.
    let to_x = move |e: &web_sys::PointerEvent| -> Option<f64> {
        use wasm_bindgen::JsCast;
        let el: web_sys::Element = svg_ref.get_untracked()?.unchecked_into();
        let r = el.get_bounding_client_rect();
        (r.width() > 0.0).then(|| (f64::from(e.client_x()) - r.left()) * W / r.width())
    };
    // A brush being dragged: where it started and where it is now.
    let brush = RwSignal::new(None::<(f64, f64)>);
    // The bar pressed, if any (pointer capture makes the svg the target of
    // what follows, so it is read now).
    let pressed = StoredValue::new(None::<ItemId>);
    let on_down = move |e: web_sys::PointerEvent| {
        use wasm_bindgen::JsCast;
        pressed.set_value(
            e.target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-id"))
                .and_then(|id| id.parse().ok()),
        );
        if let Some(x) = to_x(&e) {
            if let Some(t) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            brush.set(Some((x, x)));
        }
    };
    let on_move = move |e: web_sys::PointerEvent| {
        if let (Some((a, _)), Some(x)) = (brush.get_untracked(), to_x(&e)) {
            brush.set(Some((a, x)));
        }
    };
    let on_up = move |_: web_sys::PointerEvent| {
        let Some((a, b)) = brush.get_untracked() else {
            return;
        };
        brush.set(None);
        let Some((t0, t1)) = c.with_untracked(|c| c.brushed(a, b)) else {
            // A click: select the bar under it.
            if let Some(id) = pressed.get_value() {
                selected.set(vec![id]);
            }
            return;
        };
        filter.update(|f| {
            f.from = Some(t0);
            f.to = Some(t1);
        });
    };
    // The range shown (brushed or typed), as a band over the rows.
    let band = move || {
        let b = brush.get();
        filter.with(|f| c.with(|c| c.band(b, f)))
    };
    view! {
        <svg
            node_ref=svg_ref
            class="timeline"
            role="img"
            aria-label="Timeline"
            aria-describedby="timeline-keys"
            viewBox=move || format!("0 0 {W} {}", c.with(|c| c.height))
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=move |_| brush.set(None)
        >
            {move || {
                band()
                    .map(|(x, w)| {
                        view! {
                            <rect class="brush" x=x y=AXIS_H - 4.0 width=w height=c.with(|c| c.height) - AXIS_H + 4.0 />
                        }
                    })
            }}
            {move || {
                let c = c.get();
                let ticks = c
                    .ticks
                    .iter()
                    .map(|(x, label)| {
                        view! {
                            <line class="tick" x1=*x x2=*x y1=AXIS_H - 4.0 y2=c.height />
                            <text class="tick-label" x=*x y=AXIS_H - 8.0>{label.clone()}</text>
                        }
                    })
                    .collect_view();
                let rows = c
                    .rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let y = Chart::row_y(i);
                        let track = r.track;
                        let dim = move || filter.with(|f| f.aircraft.is_some_and(|a| a.0 != track));
                        let bars = r
                            .bars
                            .into_iter()
                            .map(|b| {
                                let id = b.id;
                                let on = move || selected.with(|s| s.contains(&id));
                                view! {
                                    <rect class="bar" class:selected=on data-id=b.id.to_string() class:ground=b.ground x=b.x y=y + 6.0 width=b.w height=ROW_H - 12.0 fill=r.colour>
                                        <title>{b.title}</title>
                                    </rect>
                                }
                            })
                            .collect_view();
                        view! {
                            <g class="row" class:dim=dim>
                                <text class="row-label" x="4" y=y + ROW_H / 2.0 + 4.0>{r.label}</text>
                                {bars}
                            </g>
                        }
                    })
                    .collect_view();
                view! { {ticks} {rows} }
            }}
        </svg>
        <p id="timeline-keys" class="hint">
            "Click a bar to select that leg or stopover; drag across the timeline to show only that time (or type it in the filters above)."
        </p>
    }
}
