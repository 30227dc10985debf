//! The timeline: one row per aircraft, a bar for each leg and a lighter one
//! for each stopover.

use flightlens_core::Dataset;
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
    /// `leg:N` or `stop:N`, as in the analysis document.
    id: String,
    x: f64,
    w: f64,
    title: String,
    /// A stopover rather than a leg.
    ground: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct Row {
    label: String,
    colour: &'static str,
    bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
struct Chart {
    height: f64,
    rows: Vec<Row>,
    ticks: Vec<(f64, String)>,
}

fn chart(data: &Dataset, routes: &Routes) -> Chart {
    let spans: Vec<(i64, i64)> = data.tracks.iter().filter_map(|t| t.points.span()).collect();
    let t0 = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let t1 = spans.iter().map(|s| s.1).max().unwrap_or(1).max(t0 + 1);
    let x = |t: i64| LABEL_W + (W - LABEL_W - 10.0) * (t - t0) as f64 / (t1 - t0) as f64;
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
                    id: format!("leg:{}", n + 1),
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
                    id: format!("stop:{}", n + 1),
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
        height: AXIS_H + ROW_H * rows.len().max(1) as f64 + 6.0,
        rows,
        ticks,
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
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let c = Memo::new(move |_| workspace.with(|w| derived.routes.with(|r| chart(&w.data, r))));
    view! {
        <svg
            class="timeline"
            role="img"
            aria-label="Timeline"
            viewBox=move || format!("0 0 {W} {}", c.with(|c| c.height))
        >
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
                        let bars = r
                            .bars
                            .into_iter()
                            .map(|b| {
                                let id = b.id.clone();
                                let on = move || selected.with(|s| s.contains(&id));
                                view! {
                                    <rect class="bar" class:selected=on data-id=b.id class:ground=b.ground x=b.x y=y + 6.0 width=b.w height=ROW_H - 12.0 fill=r.colour>
                                        <title>{b.title}</title>
                                    </rect>
                                }
                            })
                            .collect_view();
                        view! {
                            <text class="row-label" x="4" y=y + ROW_H / 2.0 + 4.0>{r.label}</text>
                            {bars}
                        }
                    })
                    .collect_view();
                view! { {ticks} {rows} }
            }}
        </svg>
    }
}
