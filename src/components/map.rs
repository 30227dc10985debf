//! The route map: an `<svg>` drawn from paths built in the engine.

use flightlens_core::Dataset;
use flightlens_core::project::{View, graticule, sphere_outline, track_path};
use leptos::prelude::*;

use super::{Workspace, colour};

const W: f64 = 1000.0;
const H: f64 = 500.0;
/// A time gap longer than this is not drawn as flown track.
const MAX_GAP_S: i64 = 20 * 60;

#[derive(Debug, Clone, PartialEq)]
struct Line {
    colour: &'static str,
    label: String,
    d: String,
    start: (f64, f64),
    end: (f64, f64),
}

#[derive(Debug, Clone, PartialEq)]
struct Drawing {
    outline: String,
    graticule: String,
    lines: Vec<Line>,
}

fn draw(data: &Dataset) -> Drawing {
    let all = data
        .tracks
        .iter()
        .flat_map(|t| t.points.iter().step_by(10).map(|p| (p.lat, p.lon)));
    let view = View::fit(W, H, all);
    let lines = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.points.is_empty())
        .map(|(i, t)| {
            let first = t.points.get(0);
            let last = t.points.get(t.points.len() - 1);
            Line {
                colour: colour(i),
                label: t.identity.label(),
                d: track_path(&view, &t.points, MAX_GAP_S, 0.5),
                start: view.to_svg(first.lat, first.lon),
                end: view.to_svg(last.lat, last.lon),
            }
        })
        .collect();
    Drawing {
        outline: sphere_outline(&view),
        graticule: graticule(&view, 15.0),
        lines,
    }
}

/// The map of every loaded track, fitted to the data.
#[component]
pub fn RouteMap(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
) -> impl IntoView {
    let drawing = Memo::new(move |_| workspace.with(|w| draw(&w.data)));
    view! {
        <svg
            class="map"
            role="img"
            aria-label="Route map"
            viewBox=format!("0 0 {W} {H}")
            preserveAspectRatio="xMidYMid meet"
        >
            <path class="sphere" d=move || drawing.with(|d| d.outline.clone()) />
            <path class="graticule" d=move || drawing.with(|d| d.graticule.clone()) />
            {move || {
                drawing
                    .get()
                    .lines
                    .into_iter()
                    .map(|l| {
                        view! {
                            <g class="track">
                                <title>{l.label.clone()}</title>
                                <path class="track-line" d=l.d stroke=l.colour />
                                <circle class="track-start" cx=l.start.0 cy=l.start.1 r="3" fill=l.colour />
                                <circle class="track-end" cx=l.end.0 cy=l.end.1 r="4" stroke=l.colour />
                            </g>
                        }
                    })
                    .collect_view()
            }}
        </svg>
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
        </ul>
        <p class="empty-note" class:hidden=move || !drawing.with(|d| d.lines.is_empty())>
            "No tracks loaded. Choose flight data above, or press Load demo."
        </p>
    }
}
