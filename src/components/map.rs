//! The route map: an `<svg>` drawn from paths built in the engine.

use flightlens_core::Dataset;
use flightlens_core::geo::intermediate;
use flightlens_core::project::{View, graticule, polyline, sphere_outline, track_path};
use flightlens_core::routes::{Options, Routes};
use flightlens_core::time::human_duration;
use leptos::prelude::*;

use super::{Derived, Workspace, colour};

const W: f64 = 1000.0;
const H: f64 = 500.0;

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
    title: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Drawing {
    view: View,
    outline: String,
    land: String,
    graticule: String,
    lines: Vec<Line>,
    places: Vec<Place>,
}

fn draw(data: &Dataset, routes: &Routes) -> Drawing {
    let all = data
        .tracks
        .iter()
        .flat_map(|t| t.points.iter().step_by(10).map(|p| (p.lat, p.lon)));
    let view = View::fit(W, H, all);
    let gap_s = Options::default().gap_s;
    let lines = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.points.is_empty())
        .map(|(i, t)| {
            // Coverage gaps are drawn as dashed great circles, never as flown track.
            let gaps = routes
                .legs
                .iter()
                .filter(|l| l.track == i)
                .flat_map(|l| l.gaps.iter())
                .map(|g| {
                    let arc = (0..=32).map(|k| {
                        intermediate(g.from.0, g.from.1, g.to.0, g.to.1, f64::from(k) / 32.0)
                    });
                    polyline(&view, arc, 0.5)
                })
                .collect::<String>();
            Line {
                colour: colour(i),
                label: t.identity.label(),
                d: track_path(&view, &t.points, gap_s, 0.5),
                gaps,
            }
        })
        .collect();
    let mut places: Vec<Place> = Vec::new();
    for l in &routes.legs {
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
                .map(|s| format!("{} on the ground", human_duration(s.ground_time_s())))
                .collect();
            let mut title = format!("{} ({})", a.name, a.icao);
            if !stays.is_empty() {
                title.push_str(&format!(": {}", stays.join(", ")));
            }
            let code = a.icao.to_string();
            places.push(Place { x, y, code, title });
        }
    }
    Drawing {
        view,
        outline: sphere_outline(&view),
        land: flightlens_core::basemap::land_path(&view),
        graticule: graticule(&view, 15.0),
        lines,
        places,
    }
}

/// The map of every loaded track, fitted to the data.
#[component]
pub fn RouteMap(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
    /// Routes and analysis.
    derived: Derived,
    /// Ids of the legs and stopovers selected elsewhere (`leg:1`, `stop:2`).
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let drawing = Memo::new(move |_| workspace.with(|w| derived.routes.with(|r| draw(&w.data, r))));
    // The selected legs, drawn over the tracks.
    let highlight = Memo::new(move |_| {
        let view = drawing.with(|d| d.view);
        selected.with(|ids| {
            workspace.with(|w| {
                derived.routes.with(|r| {
                    ids.iter()
                        .filter_map(|id| id.strip_prefix("leg:")?.parse::<usize>().ok())
                        .filter_map(|n| r.legs.get(n.checked_sub(1)?))
                        .filter_map(|l| {
                            let p = &w.data.tracks.get(l.track)?.points;
                            let (a, b) = (l.points.0, l.points.1.min(p.len().saturating_sub(1)));
                            Some(polyline(&view, (a..=b).map(|i| (p.lat(i), p.lon(i))), 0.5))
                        })
                        .collect::<String>()
                })
            })
        })
    });
    view! {
        <svg
            class="map"
            role="img"
            aria-label="Route map"
            viewBox=format!("0 0 {W} {H}")
            preserveAspectRatio="xMidYMid meet"
        >
            <path class="sphere" d=move || drawing.with(|d| d.outline.clone()) />
            <defs>
                <clipPath id="flightlens-world">
                    <path d=move || drawing.with(|d| d.outline.clone()) />
                </clipPath>
            </defs>
            <path
                class="land"
                clip-path="url(#flightlens-world)"
                d=move || drawing.with(|d| d.land.clone())
            />
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
                                <path class="gap-line" d=l.gaps stroke=l.colour />
                                <path class="track-line" d=l.d stroke=l.colour />
                            </g>
                        }
                    })
                    .collect_view()
            }}
            <path class="selected-leg" d=move || highlight.get() />
            {move || {
                drawing
                    .get()
                    .places
                    .into_iter()
                    .map(|p| {
                        view! {
                            <g class="airport">
                                <title>{p.title}</title>
                                <circle cx=p.x cy=p.y r="4" />
                                <text x=p.x + 6.0 y=p.y - 6.0>{p.code}</text>
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
            <li class="gap-key" class:hidden=move || drawing.with(|d| d.lines.is_empty())>
                <svg class="swatch wide" viewBox="0 0 30 10" aria-hidden="true">
                    <path class="gap-line" d="M1 5L29 5" stroke="currentColor" />
                </svg>
                "no data (shortest path drawn)"
            </li>
        </ul>
        <p class="empty-note" class:hidden=move || !drawing.with(|d| d.lines.is_empty())>
            "No tracks loaded. Choose flight data above, or press Load demo."
        </p>
    }
}
