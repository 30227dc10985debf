//! The widget a newsroom embeds in an article page (see `js/embed.js` and
//! `src/embed.rs`): a finished analysis, read-only, as a map, a timeline,
//! or the whole workspace without the loading controls.

use leptos::prelude::*;

use super::{ClaimsTable, Filters, LegsTable, Profile, RouteMap, StopoversTable, Timeline};
use crate::state::{State, Workspace};

/// What an embedded analysis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedView {
    /// The map and its legend.
    Map,
    /// The timeline and the selected leg's profile.
    Timeline,
    /// Map, timeline, legs, stopovers and claims.
    Full,
}

impl EmbedView {
    /// `map`, `timeline` or anything else (`full`).
    pub fn parse(s: &str) -> Self {
        match s.trim().to_ascii_lowercase().as_str() {
            "map" => EmbedView::Map,
            "timeline" => EmbedView::Timeline,
            _ => EmbedView::Full,
        }
    }
}

/// One embedded analysis of the given files, article and date.
#[component]
pub fn Embed(
    /// The files, by name, as bytes.
    files: Vec<(String, Vec<u8>)>,
    /// The article's text (may be empty).
    article: String,
    /// Its publication date, `YYYY-MM-DD` or empty.
    published: String,
    /// What to show.
    view: EmbedView,
    /// Hide the filters (a fixed picture).
    readonly: bool,
    /// Problems found before the engine ran (a file that could not be read).
    problems: Vec<String>,
    /// Given what the engine makes (the analysis document, and the
    /// article's reading it waits for), for the embedding page to read
    /// (`src/embed.rs`).
    #[prop(optional)]
    expose: Option<UnsyncCallback<crate::state::Derived>>,
) -> impl IntoView {
    let state = State::new();
    if let Some(expose) = expose {
        expose.run(state.derived);
    }
    let mut data = flightlens_core::Dataset::default();
    for (name, bytes) in &files {
        data.add_file(name, bytes);
    }
    let mut errors = problems;
    // A file in no known format says so; warnings about single rows are
    // left to the full app's import report.
    errors.extend(
        data.imports
            .iter()
            .filter(|r| r.format.is_none())
            .flat_map(|r| r.warnings.first())
            .map(|w| format!("{}: {}", w.file, w.message)),
    );
    let empty = data.point_count() == 0 && data.flights.is_empty();
    if empty && errors.is_empty() {
        errors.push("No flight data was given to this analysis.".into());
    }
    state.workspace.set(Workspace {
        data,
        is_demo: false,
        read_ms: Vec::new(),
    });
    state.article.set(article);
    state.published.set(published);
    let State {
        workspace,
        article,
        selected,
        filter,
        derived,
        shown,
        ..
    } = state;
    let analysis = derived.analysis;
    let map = matches!(view, EmbedView::Map | EmbedView::Full);
    let timeline = matches!(view, EmbedView::Timeline | EmbedView::Full);
    let full = view == EmbedView::Full;
    let reading = derived.reading;
    let no_errors = errors.is_empty();
    view! {
        <div class="embed" class:embed-full=full>
            // The files' problems, then the article reader's (a reader that
            // could not be loaded says so here, as in the app).
            <div role="alert" class="alert" class:empty=move || no_errors && reading.errors.with(Vec::is_empty)>
                <ul>
                    {errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                    {move || reading.errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            </div>
            {(!readonly).then(|| view! { <Filters filter derived shown /> })}
            {map.then(|| view! { <RouteMap workspace derived selected filter /> })}
            {timeline
                .then(|| {
                    view! {
                        <Timeline workspace derived selected filter />
                        <Profile workspace derived selected />
                    }
                })}
            {full
                .then(|| {
                    // Each table scrolls in its own box: the widget never
                    // grows past its container.
                    view! {
                        <div class="table-scroll">
                            <LegsTable analysis=shown selected />
                        </div>
                        <div class="table-scroll">
                            <StopoversTable analysis=shown selected />
                        </div>
                        // The claims once there are some; while the article
                        // is read ("Reading the article…": on a slow connection
                        // the reader's module comes after the analysis), and
                        // when it could not be read, the table says so.
                        {move || {
                            (!analysis.with(|a| a.claims.is_empty()) || reading.busy.get() || reading.failed.get())
                                .then(|| {
                                    view! {
                                        <div class="table-scroll">
                                            <ClaimsTable analysis article selected reading />
                                        </div>
                                    }
                                })
                        }}
                    }
                })}
            <p class="embed-credit">"Flightlens: analysed in this page; no data leaves it."</p>
        </div>
    }
}
