//! The export buttons. Every file is made in the page from what is loaded
//! (the writers are in `flightlens_core::export`) and offered as a
//! download; nothing is sent anywhere.

use flightlens_core::Analysis;
use flightlens_core::export::{self, Source};
use flightlens_core::filter::Filter;
use flightlens_core::publish::{self, Settings};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{download, download_bytes, download_png, svg_markup};
use crate::state::{Derived, Workspace};

/// Export analysis (JSON), Export for web (the published folder as a ZIP,
/// see `flightlens_core::publish`), the tables as CSV, the routes as
/// GeoJSON and KML, and the map as SVG and PNG. All but the JSON and the
/// web folder follow the filters.
#[component]
pub fn Exports(
    /// The loaded data (the exports need the tracks' points).
    workspace: RwSignal<Workspace>,
    /// Routes and the whole analysis.
    derived: Derived,
    /// The filter: the exports hold what it shows.
    filter: RwSignal<Filter>,
    /// Where a failed export is reported.
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let report = move |r: Result<(), String>| {
        if let Err(e) = r {
            errors.update(|v| v.push(format!("Export failed: {e}")));
        }
    };
    let save = move |name: &'static str, mime: &'static str, text: String| {
        report(download(name, mime, &text));
    };
    // The two exports that carry the article's claims wait for its
    // reading (a moment, in the reader's worker) if it is not in yet.
    let json = move |_| {
        spawn_local(async move {
            derived.reading.settled().await;
            let text = derived.analysis.with_untracked(Analysis::to_json);
            save("flightlens-analysis.json", "application/json", text);
        })
    };
    // What the pipeline made, written as the filter shows it (the same
    // call as the command line's).
    let write = move |f: fn(Source<'_>, &Filter) -> String| {
        let filter = filter.get_untracked();
        workspace.with_untracked(|w| {
            derived.routes.with_untracked(|routes| {
                derived.analysis.with_untracked(|analysis| {
                    f(
                        Source {
                            data: &w.data,
                            routes,
                            analysis,
                        },
                        &filter,
                    )
                })
            })
        })
    };
    // The whole analysis published for the web, the same files as
    // `flightlens publish`, in one ZIP.
    let web_now = move || {
        let zip = workspace.with_untracked(|w| {
            derived.routes.with_untracked(|routes| {
                derived.analysis.with_untracked(|analysis| {
                    let source = Source {
                        data: &w.data,
                        routes,
                        analysis,
                    };
                    let files = publish::publish(source, &derived.options, &Settings::default());
                    publish::archive(&files).map_err(|e| e.to_string())
                })
            })
        });
        report(zip.and_then(|z| download_bytes("flightlens-web.zip", "application/zip", &z)));
    };
    let web = move |_| {
        spawn_local(async move {
            derived.reading.settled().await;
            web_now();
        })
    };
    let legs = move |_| save("flightlens-legs.csv", "text/csv", write(export::legs_csv));
    let stops = move |_| {
        save(
            "flightlens-stopovers.csv",
            "text/csv",
            write(export::stopovers_csv),
        )
    };
    let geo = move |_| {
        save(
            "flightlens-routes.geojson",
            "application/geo+json",
            write(export::geojson),
        )
    };
    let kml = move |_| {
        save(
            "flightlens-routes.kml",
            "application/vnd.google-earth.kml+xml",
            write(export::kml),
        )
    };
    let svg = move |_| match svg_markup("svg.map") {
        Ok(text) => save("flightlens-map.svg", "image/svg+xml", text),
        Err(e) => report(Err(e)),
    };
    let png = move |_| match svg_markup("svg.map") {
        Ok(text) => spawn_local(async move {
            report(download_png("flightlens-map.png", &text, 1000, 500, 2).await);
        }),
        Err(e) => report(Err(e)),
    };
    let empty = move || derived.analysis.with(|a| a.aircraft.is_empty());
    view! {
        <div class="exports" role="group" aria-label="Exports">
            <button type="button" on:click=json>"Export analysis (JSON)"</button>
            <button type="button" class="secondary" prop:disabled=empty on:click=web>"Export for web"</button>
            <button type="button" class="secondary" prop:disabled=empty on:click=legs>"Legs (CSV)"</button>
            <button type="button" class="secondary" prop:disabled=empty on:click=stops>"Stopovers (CSV)"</button>
            <button type="button" class="secondary" prop:disabled=empty on:click=geo>"Routes (GeoJSON)"</button>
            <button type="button" class="secondary" prop:disabled=empty on:click=kml>"Routes (KML)"</button>
            <button type="button" class="secondary" on:click=svg>"Map (SVG)"</button>
            <button type="button" class="secondary" on:click=png>"Map (PNG)"</button>
        </div>
        <p class="hint">
            {move || {
                if filter.with(Filter::is_empty) {
                    "The analysis JSON and the web folder (a ZIP: the map, timeline and tables to paste into an article page) are the whole analysis; the other files hold what is shown."
                } else {
                    "Filtered: the CSV, GeoJSON, KML and map files hold only what the filters show; the analysis JSON and the web folder are always whole."
                }
            }}
        </p>
    }
}
