//! The page's components. `App` owns the state; the others receive plain
//! data or read-only signals and draw it.

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

use flightlens_core::airports::airports;
use flightlens_core::filter::Filter;
use flightlens_core::ids::ItemId;
use flightlens_core::routes::{self, Options, Routes};
use flightlens_core::{Analysis, Dataset};
use leptos::prelude::*;

pub use flightlens_core::map::{PALETTE, colour};

/// Everything the user has loaded, as plain data.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    /// Tracks and import reports.
    pub data: Dataset,
    /// True when the loaded data is the built-in synthetic demo.
    pub is_demo: bool,
    /// How long reading each file took in the page, in milliseconds, by its
    /// index in `data.imports` (shown in the import report).
    pub read_ms: Vec<(usize, f64)>,
}

/// What the engine made of the workspace: the routes, and the document
/// built from them. Recomputed only when the data changes.
#[derive(Debug, Clone, Copy)]
pub struct Derived {
    /// Legs and stopovers.
    pub routes: Memo<Routes>,
    /// The analysis document (tables and export).
    pub analysis: Memo<Analysis>,
    /// The options the routes were found with (the views break lines at
    /// the same coverage gaps).
    pub options: Options,
}

/// The page's state: what is loaded, and what the engine made of it.
/// Shared by the full page ([`App`]) and the embedded widget ([`Embed`]).
#[derive(Debug, Clone, Copy)]
pub struct State {
    /// Tracks and import reports.
    pub workspace: RwSignal<Workspace>,
    /// The article's text.
    pub article: RwSignal<String>,
    /// Its publication date, `YYYY-MM-DD` or empty.
    pub published: RwSignal<String>,
    /// Messages about input for the alert area.
    pub errors: RwSignal<Vec<String>>,
    /// Legs and stopovers picked on the map, the timeline, a table or the
    /// Claims table: shown everywhere.
    pub selected: RwSignal<Vec<ItemId>>,
    /// One aircraft and a time range, applied to the map, tables and exports.
    pub filter: RwSignal<Filter>,
    /// Routes and the whole analysis.
    pub derived: Derived,
    /// The analysis as filtered.
    pub shown: Memo<Analysis>,
    /// The article as read.
    pub reading: Memo<article::Reading>,
}

impl State {
    /// Empty state, with the engine wired to it.
    pub fn new() -> Self {
        let workspace = RwSignal::new(Workspace::default());
        let article = RwSignal::new(String::new());
        let published = RwSignal::new(String::new());
        let errors = RwSignal::new(Vec::<String>::new());
        let selected = RwSignal::new(Vec::<ItemId>::new());
        let filter = RwSignal::new(Filter::default());
        // New data: the old ids may mean other legs, and the old filter other aircraft.
        Effect::new(move |_| {
            workspace.track();
            selected.set(Vec::new());
            filter.set(Filter::default());
        });
        let options = Options::default();
        let routes = Memo::new(move |_| {
            workspace.with(|w| routes::find(&w.data.tracks, airports(), &options))
        });
        let tracked = Memo::new(move |_| {
            workspace.with(|w| routes.with(|r| Analysis::with_routes(&w.data, r)))
        });
        // The article, read once for the Claims table and for the article view.
        let reading = Memo::new(move |_| article::Reading::of(&article.read(), &published.read()));
        let analysis = Memo::new(move |_| reading.with(|r| tracked.get().with_reading(&r.reading)));
        let derived = Derived {
            routes,
            analysis,
            options,
        };
        let shown = Memo::new(move |_| {
            let f = filter.get();
            analysis.with(|a| routes.with(|r| f.apply(a, r)))
        });
        State {
            workspace,
            article,
            published,
            errors,
            selected,
            filter,
            derived,
            shown,
            reading,
        }
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}

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
        reading,
    } = State::new();
    let analysis = derived.analysis;

    view! {
        <header class="site">
            <h1>"Flightlens"</h1>
            <p class="promise">"Your files never leave this page."</p>
        </header>
        <main>
            <Inputs workspace article published errors reading />
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
                <Exports workspace derived shown filter errors />
                <LegsTable analysis=shown selected />
                <StopoversTable analysis=shown selected />
                <AircraftTable analysis />
                <FlightsTable analysis />
                <ClaimsTable analysis article selected />
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
