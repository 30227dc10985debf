//! The altitude and speed profile of the selected leg.

use flightlens_core::Dataset;
use flightlens_core::ids::{ItemId, LegId};
use flightlens_core::routes::Routes;
use flightlens_core::time::{human_duration, short_utc};
use leptos::prelude::*;

use super::{Derived, Workspace};

const W: f64 = 1000.0;
const H: f64 = 180.0;
const PAD_L: f64 = 56.0;
const PAD_R: f64 = 56.0;
const PAD_T: f64 = 12.0;
const PAD_B: f64 = 26.0;

#[derive(Debug, Clone, PartialEq)]
struct Chart {
    altitude: String,
    speed: String,
    /// Left axis ticks (feet) and right axis ticks (knots): (y, label).
    alt_ticks: Vec<(f64, String)>,
    gs_ticks: Vec<(f64, String)>,
    /// Time ticks: (x, label).
    t_ticks: Vec<(f64, String)>,
    summary: String,
}

/// A round step for about `n` ticks up to `max`.
fn step(max: f64, n: f64) -> f64 {
    let raw = (max / n).max(1.0);
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p)
}

fn chart(data: &Dataset, routes: &Routes, id: LegId) -> Option<Chart> {
    let l = routes.legs.get(id.0)?;
    let t = data.tracks.get(l.track)?;
    let p = &t.points;
    let (a, b) = (l.points.0, l.points.1.min(p.len().checked_sub(1)?));
    if a > b {
        return None;
    }
    let (t0, t1) = (p.times()[a], p.times()[b].max(p.times()[a] + 1));
    // The highest values in the data (for the summary), and the axes' reach.
    let highest_alt = (a..=b).filter_map(|i| p.alt_ft(i)).max();
    let fastest = (a..=b)
        .filter_map(|i| p.gs_kt(i))
        .reduce(f32::max)
        .map(|g| g.max(0.0));
    let alt_max = highest_alt.unwrap_or(0).max(1000) as f64;
    let gs_max = fastest.unwrap_or(0.0).max(100.0) as f64;
    let (alt_step, gs_step) = (step(alt_max, 4.0), step(gs_max, 4.0));
    let (alt_top, gs_top) = (
        (alt_max / alt_step).ceil() * alt_step,
        (gs_max / gs_step).ceil() * gs_step,
    );
    let x = |t: i64| PAD_L + (W - PAD_L - PAD_R) * (t - t0) as f64 / (t1 - t0) as f64;
    let y = |v: f64, top: f64| H - PAD_B - (H - PAD_T - PAD_B) * v / top;
    // One vertex per pixel column at most: a leg of 20,000 fixes stays light.
    let line = |value: &dyn Fn(usize) -> Option<f64>, top: f64| {
        let mut d = String::new();
        let mut last_x = f64::MIN;
        let mut gap = true;
        let gap_s = flightlens_core::routes::Options::default().gap_s;
        for i in a..=b {
            // A coverage gap is not drawn as flown: the line breaks.
            if i > a && p.times()[i] - p.times()[i - 1] > gap_s {
                gap = true;
            }
            let Some(v) = value(i) else {
                gap = true;
                continue;
            };
            let px = x(p.times()[i]);
            if !gap && px - last_x < 1.0 && i != b {
                continue;
            }
            let op = if gap { 'M' } else { 'L' };
            d.push_str(&format!("{op}{px:.1} {:.1}", y(v, top)));
            last_x = px;
            gap = false;
        }
        d
    };
    let altitude = line(&|i| p.alt_ft(i).map(f64::from), alt_top);
    let speed = line(&|i| p.gs_kt(i).map(f64::from), gs_top);
    let ticks = |top: f64, s: f64, unit: &str| {
        (0..=((top / s).round() as i64))
            .map(|k| {
                let v = k as f64 * s;
                (y(v, top), format!("{v:.0}{unit}"))
            })
            .collect::<Vec<_>>()
    };
    let span = t1 - t0;
    let every = [300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]
        .into_iter()
        .find(|s| span / s <= 8)
        .unwrap_or(86400);
    let first = (t0 + every - 1) / every * every;
    let t_ticks = (0..)
        .map(|k| first + k * every)
        .take_while(|t| *t <= t1)
        .map(|t| {
            (
                x(t),
                short_utc(t).get(11..16).unwrap_or_default().to_string(),
            )
        })
        .collect();
    let code = |e: &Option<flightlens_core::routes::End>| {
        e.as_ref()
            .map_or("?".to_string(), |e| e.airport.airport.icao.to_string())
    };
    let title = format!(
        "{id}: {} {} → {}, {} to {} UTC ({})",
        t.identity.label(),
        code(&l.from),
        code(&l.to),
        short_utc(l.takeoff),
        short_utc(l.landing),
        human_duration(l.duration_s())
    );
    let said = |v: Option<String>| v.unwrap_or_else(|| "not in the data".into());
    let summary = format!(
        "{title}. Highest altitude {}; fastest ground speed {}.",
        said(highest_alt.map(|a| format!("{a:.0} ft"))),
        said(fastest.map(|g| format!("{g:.0} kt"))),
    );
    Some(Chart {
        altitude,
        speed,
        alt_ticks: ticks(alt_top, alt_step, " ft"),
        gs_ticks: ticks(gs_top, gs_step, " kt"),
        t_ticks,
        summary,
    })
}

/// Altitude (left axis) and ground speed (right axis) over the selected
/// leg's time, with a sentence that says the same in words.
#[component]
pub fn Profile(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
    /// Routes.
    derived: Derived,
    /// The selection; the first leg in it is profiled.
    selected: RwSignal<Vec<ItemId>>,
) -> impl IntoView {
    let c = Memo::new(move |_| {
        let id = selected.with(|s| s.iter().find_map(|i| i.leg()))?;
        workspace.with(|w| derived.routes.with(|r| chart(&w.data, r, id)))
    });
    view! {
        <p class="empty-note" class:hidden=move || c.with(Option::is_some)>
            "Select a leg on the map, the timeline or in the Legs table to see its altitude and speed."
        </p>
        {move || {
            c.get()
                .map(|c| {
                    view! {
                        <svg
                            class="profile"
                            role="img"
                            aria-label="Altitude and speed profile"
                            aria-describedby="profile-summary"
                            viewBox=format!("0 0 {W} {H}")
                        >
                            {c
                                .alt_ticks
                                .into_iter()
                                .map(|(y, l)| {
                                    view! {
                                        <line class="tick" x1=PAD_L x2=W - PAD_R y1=y y2=y />
                                        <text class="axis-label" x=PAD_L - 4.0 y=y + 4.0 text-anchor="end">{l}</text>
                                    }
                                })
                                .collect_view()}
                            {c
                                .gs_ticks
                                .into_iter()
                                .map(|(y, l)| {
                                    view! {
                                        <text class="axis-label speed" x=W - PAD_R + 4.0 y=y + 4.0>{l}</text>
                                    }
                                })
                                .collect_view()}
                            {c
                                .t_ticks
                                .into_iter()
                                .map(|(x, l)| {
                                    view! {
                                        <text class="axis-label" x=x y=H - 8.0 text-anchor="middle">{l}</text>
                                    }
                                })
                                .collect_view()}
                            <path class="profile-alt" d=c.altitude />
                            <path class="profile-gs" d=c.speed />
                        </svg>
                        <ul class="legend" aria-hidden="true">
                            <li><span class="key alt"></span>"altitude (ft, left)"</li>
                            <li><span class="key gs"></span>"ground speed (kt, right)"</li>
                        </ul>
                        <p id="profile-summary" class="hint">{c.summary}</p>
                    }
                })
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn round_steps() {
        assert_eq!(step(41_000.0, 4.0), 20_000.0);
        assert_eq!(step(480.0, 4.0), 200.0);
        assert_eq!(step(10.0, 4.0), 2.5);
    }
}
