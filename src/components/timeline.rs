//! The timeline: one row per aircraft, a bar for each stretch with data.

use flightlens_core::Dataset;
use flightlens_core::time::{civil_from_days, short_utc};
use leptos::prelude::*;

use super::{Workspace, colour};

const W: f64 = 1000.0;
const LABEL_W: f64 = 120.0;
const ROW_H: f64 = 28.0;
const AXIS_H: f64 = 24.0;
/// Stretches of data further apart than this are drawn as separate bars.
const SPLIT_S: i64 = 45 * 60;

#[derive(Debug, Clone, PartialEq)]
struct Bar {
    x: f64,
    w: f64,
    title: String,
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

fn chart(data: &Dataset) -> Chart {
    let spans: Vec<(i64, i64)> = data.tracks.iter().filter_map(|t| t.points.span()).collect();
    let t0 = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let t1 = spans.iter().map(|s| s.1).max().unwrap_or(1).max(t0 + 1);
    let x = |t: i64| LABEL_W + (W - LABEL_W - 10.0) * (t - t0) as f64 / (t1 - t0) as f64;
    let rows = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.points.is_empty())
        .map(|(i, t)| {
            let times = t.points.times();
            let mut bars = Vec::new();
            let mut start = times[0];
            for k in 1..=times.len() {
                if k == times.len() || times[k] - times[k - 1] > SPLIT_S {
                    let end = times[k - 1];
                    bars.push(Bar {
                        x: x(start),
                        w: (x(end) - x(start)).max(2.0),
                        title: format!("{} → {} UTC", short_utc(start), short_utc(end)),
                    });
                    if k < times.len() {
                        start = times[k];
                    }
                }
            }
            Row {
                label: t.identity.label(),
                colour: colour(i),
                bars,
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
) -> impl IntoView {
    let c = Memo::new(move |_| workspace.with(|w| chart(&w.data)));
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
                                view! {
                                    <rect class="bar" x=b.x y=y + 6.0 width=b.w height=ROW_H - 12.0 fill=r.colour>
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
