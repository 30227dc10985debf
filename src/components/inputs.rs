//! Loading data: the file input and drop zone, the article, the demo.

use flightlens_core::Dataset;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::Workspace;
use crate::browser::{files_of, read_file};

/// Reads files into the workspace, adding an error for each file that held
/// nothing usable. Other data already loaded stays.
fn load_files(
    files: Vec<web_sys::File>,
    workspace: RwSignal<Workspace>,
    errors: RwSignal<Vec<String>>,
) {
    if files.is_empty() {
        return;
    }
    spawn_local(async move {
        let mut found = Vec::new();
        for f in files {
            match read_file(&f).await {
                Ok(bytes) => found.push((f.name(), bytes)),
                Err(e) => errors.update(|v| v.push(e)),
            }
        }
        let mut problems = Vec::new();
        workspace.update(|w| {
            if w.is_demo {
                *w = Workspace::default();
            }
            for (name, bytes) in &found {
                let r = w.data.add_file(name, bytes);
                if r.failed() {
                    let why = r.warnings.first().map(|w| w.message.clone()).unwrap_or_default();
                    problems.push(format!("{name}: {why}"));
                } else if r.points == 0 {
                    problems.push(format!(
                        "{name}: read as {}, but no row had a usable position ({} skipped; see Imported files).",
                        r.format.map(|f| f.name()).unwrap_or("?"),
                        r.skipped
                    ));
                }
            }
        });
        errors.set(problems);
    });
}

/// The input panel: flight data, article text, publication date, demo.
#[component]
pub fn Inputs(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
    /// The article's text.
    article: RwSignal<String>,
    /// The article's publication date, `YYYY-MM-DD` or empty.
    published: RwSignal<String>,
    /// Messages about input for the alert area.
    errors: RwSignal<Vec<String>>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        load_files(files, workspace, errors);
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        load_files(files, workspace, errors);
    };
    let load_demo = move |_| {
        let mut data = Dataset::default();
        for (name, text) in crate::demo::FILES {
            data.add_file(name, text.as_bytes());
        }
        workspace.set(Workspace {
            data,
            is_demo: true,
        });
        article.set(crate::demo::ARTICLE.to_string());
        published.set(crate::demo::PUBLISHED.to_string());
        errors.set(Vec::new());
    };
    let clear = move |_| {
        workspace.set(Workspace::default());
        article.set(String::new());
        published.set(String::new());
        errors.set(Vec::new());
    };

    view! {
        <section class="panel inputs" aria-labelledby="inputs-h">
            <h2 id="inputs-h">"Load"</h2>
            <div
                class="dropzone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="flight-data">"Flight data"</label>
                <input id="flight-data" type="file" multiple on:change=on_change />
                <p class="hint">
                    "Drop files here or choose them: Flightradar24 CSV (per flight, granular or API), OpenSky state vectors, ADS-B Exchange / readsb trace JSON (also .gz), or any CSV whose header names time, latitude and longitude. Several at once are merged by aircraft."
                </p>
            </div>
            <div class="article">
                <label for="article-text">"Article text"</label>
                <textarea
                    id="article-text"
                    rows="6"
                    placeholder="Paste the article's text here to check its claims."
                    prop:value=move || article.get()
                    on:input=move |ev| article.set(event_target_value(&ev))
                ></textarea>
                <label for="published">"Published"</label>
                <input
                    id="published"
                    type="date"
                    prop:value=move || published.get()
                    on:input=move |ev| published.set(event_target_value(&ev))
                />
            </div>
            <div class="actions">
                <button type="button" on:click=load_demo>"Load demo"</button>
                <button type="button" class="secondary" on:click=clear>"Clear"</button>
            </div>
        </section>
    }
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("an input event has a target")
        .unchecked_into()
}
