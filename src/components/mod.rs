//! The page's components: views only. `App` makes the state (see
//! [`crate::state`]); the others receive plain data or read-only signals and
//! draw it.

mod article;
mod embed;
mod exports;
mod filters;
mod inputs;
mod map;
mod profile;
mod reports;
mod tables;
mod timeline;

pub use embed::{Embed, EmbedView};
pub use exports::Exports;
pub use filters::Filters;
pub use inputs::Inputs;
pub use map::RouteMap;
pub use profile::Profile;
pub use reports::ImportReports;
pub use tables::{AircraftTable, ClaimsTable, EmptyTable, FlightsTable, LegsTable, StopoversTable};
pub use timeline::Timeline;

use leptos::prelude::*;

// The state's types, where the map, timeline, profile and input panel
// still look for them (`super::Workspace`).
pub use crate::state::{Derived, State, Workspace};

pub use flightlens_core::map::{PALETTE, colour};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let State {
        workspace,
        article,
        published,
        errors,
        selected,
        filter,
        derived,
        shown,
    } = State::new();
    let analysis = derived.analysis;

    view! {
        <header class="site">
            <h1>"Flightlens"</h1>
            <p class="promise">"Your files never leave this page."</p>
        </header>
        <main>
            <Inputs workspace article published errors reading=derived.reading />
            <div role="alert" class="alert" class:empty=move || errors.with(Vec::is_empty)>
                <ul>
                    {move || {
                        errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()
                    }}
                </ul>
            </div>
            <p class="demo-banner" class:hidden=move || !workspace.with(|w| w.is_demo)>
                "Showing the built-in demo: synthetic data invented for illustration, not real flights."
            </p>
            <section class="panel map-panel" aria-labelledby="map-h">
                <h2 id="map-h">"Map"</h2>
                <Filters filter derived shown />
                <RouteMap workspace derived selected filter />
            </section>
            <section class="panel timeline-panel" aria-labelledby="timeline-h">
                <h2 id="timeline-h">"Timeline"</h2>
                <Timeline workspace derived selected filter />
                <h3 id="profile-h">"Profile of the selected leg"</h3>
                <Profile workspace derived selected />
            </section>
            <section class="panel tables" aria-labelledby="tables-h">
                <div class="panel-head">
                    <h2 id="tables-h">"Analysis"</h2>
                </div>
                <Exports workspace derived filter errors />
                <LegsTable analysis=shown selected />
                <StopoversTable analysis=shown selected />
                <AircraftTable analysis />
                <FlightsTable analysis />
                <ClaimsTable analysis article selected reading=derived.reading />
                <UnreadNote reading=derived.reading />
            </section>
            <section class="panel" aria-labelledby="imports-h">
                <h2 id="imports-h">"Imported files"</h2>
                <ImportReports workspace />
            </section>
        </main>
        <footer class="site">
            "Flightlens runs entirely in your browser. No data is uploaded, no fonts, tiles or scripts are fetched."
        </footer>
    }
}

/// Under the Claims table: how many sentences tell a movement but gave no
/// claim, and where they are listed (the article view, beside the box).
#[component]
fn UnreadNote(reading: crate::reader::Answer) -> impl IntoView {
    let n = Memo::new(move |_| reading.reading.with(|r| r.reading.unread.len()));
    view! {
        <p class="hint unread-note" class:hidden=move || n.get() == 0 || reading.busy.get()>
            {move || {
                let n = n.get();
                let (s, seem) = if n == 1 { ("", "seems") } else { ("s", "seem") };
                format!(
                    "{n} sentence{s} of the article {seem} to tell a movement but gave no claim: \
                     see Not read as claims, under The article as read, and check them by hand."
                )
            }}
        </p>
    }
}
