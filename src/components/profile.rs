//! The altitude and speed profile of the selected leg.

use flightlens_core::ids::ItemId;
use flightlens_core::map::profile::{HEIGHT as H, PAD_L, PAD_R, WIDTH as W, chart};
use leptos::prelude::*;

use super::{Derived, Workspace};

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
    let opt = derived.options;
    let c = Memo::new(move |_| {
        let id = selected.with(|s| s.iter().find_map(|i| i.leg()))?;
        workspace.with(|w| derived.routes.with(|r| chart(&w.data, r, id, &opt)))
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
