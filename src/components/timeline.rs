//! The timeline: one row per aircraft, a bar for each leg and a lighter one
//! for each stopover.

use flightlens_core::Dataset;
use flightlens_core::ids::{ItemId, LegId, StopId};
use flightlens_core::routes::{End, Routes};
use flightlens_core::time::{civil_from_days, human_duration, short_utc};
use leptos::prelude::*;

use super::{Derived, Workspace, colour};

const W: f64 = 1000.0;
const LABEL_W: f64 = 120.0;
const ROW_H: f64 = 28.0;
const AXIS_H: f64 = 24.0;

#[derive(Debug, Clone, PartialEq)]
struct Bar {
    /// The leg or stopover drawn.
    id: ItemId,
    x: f64,
    w: f64,
    title: String,
    /// A stopover rather than a leg.
    ground: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Row {
    /// The track's index.
    track: usize,
    label: String,
    colour: &'static str,
    bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
struct Chart {
    /// The time span drawn.
    span: Span,
    height: f64,
    rows: Vec<Row>,
    ticks: Vec<(f64, String)>,
}

fn chart(data: &Dataset, routes: &Routes) -> Chart {
    let spans: Vec<(i64, i64)> = data.tracks.iter().filter_map(|t| t.points.span()).collect();
    let t0 = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let t1 = spans.iter().map(|s| s.1).max().unwrap_or(1).max(t0 + 1);
    let span = Span { t0, t1 };
    let x = |t: i64| span.x(t);
    let code = |e: &Option<End>| e.as_ref().map_or("?", |e| e.airport.airport.icao);
    let rows = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.points.is_empty())
        .map(|(i, t)| {
            let legs = routes
                .legs
                .iter()
                .enumerate()
                .filter(|(_, l)| l.track == i)
                .map(|(n, l)| Bar {
                    id: LegId(n).into(),
                    x: x(l.takeoff),
                    w: (x(l.landing) - x(l.takeoff)).max(2.0),
                    title: format!(
                        "{} → {}: {} → {} UTC ({})",
                        code(&l.from),
                        code(&l.to),
                        short_utc(l.takeoff),
                        short_utc(l.landing),
                        human_duration(l.duration_s())
                    ),
                    ground: false,
                });
            let stops = routes
                .stopovers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.track == i)
                .map(|(n, s)| Bar {
                    id: StopId(n).into(),
                    x: x(s.arrival),
                    w: (x(s.departure) - x(s.arrival)).max(2.0),
                    title: format!(
                        "On the ground at {}: {} ({} → {} UTC)",
                        s.airport.airport.icao,
                        human_duration(s.ground_time_s()),
                        short_utc(s.arrival),
                        short_utc(s.departure)
                    ),
                    ground: true,
                });
            Row {
                track: i,
                label: t.identity.label(),
                colour: colour(i),
                bars: legs.chain(stops).collect(),
            }
        })
        .collect::<Vec<_>>();
    let day0 = t0.div_euclid(86_400) + 1;
    let days = (t1 - t0) / 86_400 + 1;
    let every = (days / 8).max(1);
    let ticks = (0..days)
        .step_by(every as usize)
        .map(|k| {
            let d = day0 + k;
            let (_, m, dd) = civil_from_days(d);
            (x(d * 86_400), format!("{dd:02}/{m:02}"))
        })
        .filter(|(px, _)| *px <= W)
        .collect();
    Chart {
        span,
        height: AXIS_H + ROW_H * rows.len().max(1) as f64 + 6.0,
        rows,
        ticks,
    }
}

/// The time span a chart draws, Unix seconds (`t1 > t0`), and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    t0: i64,
    t1: i64,
}

impl Span {
    /// The x of a time.
    fn x(&self, t: i64) -> f64 {
        LABEL_W + (W - LABEL_W - 10.0) * (t - self.t0) as f64 / (self.t1 - self.t0).max(1) as f64
    }
    /// The time at an x, within the span.
    fn t(&self, x: f64) -> i64 {
        let f = ((x - LABEL_W) / (W - LABEL_W - 10.0)).clamp(0.0, 1.0);
        self.t0 + (f * (self.t1 - self.t0) as f64).round() as i64
    }
}

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
        if (a - b).abs() < 4.0 {
            // A click: select the bar under it.
            if let Some(id) = pressed.get_value() {
                selected.set(vec![id]);
            }
            return;
        }
        let (t0, t1) = c.with_untracked(|c| (c.span.t(a.min(b)), c.span.t(a.max(b))));
        filter.update(|f| {
            f.from = Some(t0);
            f.to = Some(t1);
        });
    };
    // The range shown (brushed or typed), as a band over the rows.
    let band = move || {
        let c = c.get();
        if let Some((a, b)) = brush.get() {
            return Some((a.min(b).max(LABEL_W), (a - b).abs()));
        }
        let f = filter.get();
        if f.from.is_none() && f.to.is_none() {
            return None;
        }
        let Span { t0, t1 } = c.span;
        let a = c.span.x(f.from.unwrap_or(t0).max(t0));
        let b = c.span.x(f.to.unwrap_or(t1).min(t1));
        Some((a, (b - a).max(1.0)))
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
                        let y = AXIS_H + ROW_H * i as f64;
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
