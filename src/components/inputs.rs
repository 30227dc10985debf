//! Loading data: the file input and drop zone, the article, the demo.

use flightlens_core::{Dataset, FileReader};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::Workspace;
use crate::browser::{PIECE, files_of, piece_bytes, start_piece};

/// Where a long read stands, for the progress bar.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    /// The file being read.
    pub file: String,
    /// Its position among the files chosen (1-based) and their count.
    pub nth: (usize, usize),
    /// Bytes read of this file, and its size.
    pub bytes: (f64, f64),
    /// Rows parsed so far in this file.
    pub rows: u64,
}

/// Reads files into the workspace piece by piece, with progress, stopping
/// when `cancel` is set; adds an error for each file that held nothing
/// usable. Data already loaded stays, whatever happens.
fn load_files(
    files: Vec<web_sys::File>,
    workspace: RwSignal<Workspace>,
    errors: RwSignal<Vec<String>>,
    progress: RwSignal<Option<Progress>>,
    cancel: RwSignal<bool>,
) {
    if files.is_empty() || progress.get_untracked().is_some() {
        return;
    }
    cancel.set(false);
    spawn_local(async move {
        let mut problems = Vec::new();
        let count = files.len();
        'files: for (i, f) in files.into_iter().enumerate() {
            let name = f.name();
            let size = f.size();
            let started = js_sys::Date::now();
            let mut reader = FileReader::new(&name);
            let mut at = 0.0;
            let mut parse_ms = 0.0;
            let mut next = Some(start_piece(&f, 0.0, PIECE.min(size)));
            while let Some(read) = next.take() {
                progress.set(Some(Progress {
                    file: name.clone(),
                    nth: (i + 1, count),
                    bytes: (at, size),
                    rows: reader.rows(),
                }));
                let end = (at + PIECE).min(size);
                let bytes = match read {
                    Ok(promise) => piece_bytes(&name, promise).await,
                    Err(e) => Err(e),
                };
                if end < size {
                    next = Some(start_piece(&f, end, (end + PIECE).min(size)));
                }
                match bytes {
                    Ok(bytes) => {
                        let t = js_sys::Date::now();
                        reader.push(&bytes);
                        parse_ms += js_sys::Date::now() - t;
                    }
                    Err(e) => {
                        problems.push(e);
                        continue 'files;
                    }
                }
                if cancel.get_untracked() {
                    problems.push(format!(
                        "{name}: reading cancelled; nothing from this file was loaded."
                    ));
                    break 'files;
                }
                at = end;
            }
            workspace.update(|w| {
                if w.is_demo {
                    *w = Workspace::default();
                }
                let t = js_sys::Date::now();
                let r = reader.finish(&mut w.data).clone();
                parse_ms += js_sys::Date::now() - t;
                web_sys::console::debug_1(&format!("{name}: {parse_ms:.0} ms in the engine").into());
                w.read_ms.push((w.data.imports.len() - 1, js_sys::Date::now() - started));
                if r.failed() {
                    let why = r.warnings.first().map(|w| w.message.clone()).unwrap_or_default();
                    problems.push(format!("{name}: {why}"));
                } else if r.points == 0 && r.flights == 0 {
                    problems.push(format!(
                        "{name}: read as {}, but no row had a usable position ({} skipped; see Imported files).",
                        r.format.map(|f| f.name()).unwrap_or("?"),
                        r.skipped
                    ));
                }
            });
        }
        progress.set(None);
        errors.set(problems);
    });
}

/// The progress of a long read, with a way out.
#[component]
fn ReadProgress(
    /// Where the read stands; nothing is shown when `None`.
    progress: RwSignal<Option<Progress>>,
    /// Set to stop reading.
    cancel: RwSignal<bool>,
) -> impl IntoView {
    let mb = |b: f64| format!("{:.1}", b / 1_048_576.0);
    view! {
        <div class="progress" class:hidden=move || progress.with(Option::is_none)>
            {move || {
                progress
                    .get()
                    .map(|p| {
                        let label = format!(
                            "Reading {} ({} of {}): {} of {} MB, {} rows",
                            p.file,
                            p.nth.0,
                            p.nth.1,
                            mb(p.bytes.0),
                            mb(p.bytes.1),
                            p.rows
                        );
                        view! {
                            <label for="read-progress">{label}</label>
                            <progress id="read-progress" max=p.bytes.1.max(1.0) value=p.bytes.0></progress>
                        }
                    })
            }}
            <button type="button" class="secondary" on:click=move |_| cancel.set(true)>
                "Cancel"
            </button>
        </div>
    }
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
    let progress = RwSignal::new(None::<Progress>);
    let cancel = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        load_files(files, workspace, errors, progress, cancel);
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        load_files(files, workspace, errors, progress, cancel);
    };
    let load_demo = move |_| {
        let mut data = Dataset::default();
        for (name, text) in crate::demo::FILES {
            data.add_file(name, text.as_bytes());
        }
        workspace.set(Workspace {
            data,
            is_demo: true,
            read_ms: Vec::new(),
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
                <ReadProgress progress cancel />
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
