//! The page's state: what the user has loaded (plain data in signals) and
//! what the engine made of it (one memo per stage of
//! [`flightlens_core::pipeline`]). The components only read and draw it.

use flightlens_core::filter::Filter;
use flightlens_core::ids::ItemId;
use flightlens_core::pipeline::{self, ArticleReading};
use flightlens_core::routes::{Options, Routes};
use flightlens_core::{Analysis, Dataset};
use leptos::prelude::*;

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

/// What the engine made of the workspace: the options it was analysed
/// with, the routes, and the document with the article's claims. Each is
/// remade only when what it is made from changes.
#[derive(Debug, Clone, Copy)]
pub struct Derived {
    /// The options the routes were found with (the gap length, the airport
    /// radii): read here by every view that needs one, never re-made.
    pub options: Options,
    /// Legs and stopovers.
    pub routes: Memo<Routes>,
    /// The analysis document (tables and export).
    pub analysis: Memo<Analysis>,
    /// The article's reading, which the reader's worker answers a moment
    /// after each change: `reading.busy` says it is not in the analysis
    /// yet, `reading.settled()` waits for it.
    pub reading: crate::reader::Answer,
}

/// The page's state: what is loaded, and what the engine made of it.
/// Shared by the full page ([`crate::App`]) and the embedded widget
/// ([`crate::components::Embed`]).
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
        // One memo per stage of the pipeline: editing the article re-reads
        // it and re-checks its claims without finding the routes again.
        let options = Options::default();
        // Both need the airport table, which the page may still be
        // fetching: they run again when it arrives (src/assets.rs).
        let routes = Memo::new(move |_| {
            crate::assets::track();
            workspace.with(|w| pipeline::find_routes(&w.data, &options))
        });
        let tracked =
            Memo::new(move |_| workspace.with(|w| routes.with(|r| pipeline::document(&w.data, r))));
        // The article, read once for the Claims table and for the article
        // view: in the reader's worker, which answers when it is done
        // (src/reader.rs); until then the last reading stays.
        let answer = crate::reader::Answer {
            reading: RwSignal::new(ArticleReading::default()),
            busy: RwSignal::new(false),
            errors,
            failed: RwSignal::new(false),
        };
        Effect::new(move |_| answer.ask(article.get(), published.get()));
        let reading = answer.reading;
        let claims = Memo::new(move |_| {
            workspace
                .with(|w| routes.with(|r| reading.with(|a| pipeline::check_claims(&w.data, r, a))))
        });
        let analysis = Memo::new(move |_| {
            tracked
                .get()
                .with_claims(claims.get())
                .with_unread(reading.with(|a| a.reading.unread.clone()))
        });
        let derived = Derived {
            options,
            routes,
            analysis,
            reading: answer,
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
        }
    }
}

impl Default for State {
    fn default() -> Self {
        Self::new()
    }
}
