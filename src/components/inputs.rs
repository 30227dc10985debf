//! Loading data: the file input and drop zone, the article, the demo.

use flightlens_core::ingest::columns::{ColumnChoice, csv_header};
use flightlens_core::{Dataset, FileReader, ParsedFile};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::Workspace;
use crate::browser::{PIECE, files_of, piece_bytes, start_piece};
use crate::project::Source;
use crate::read::{self, Columns, ReadJob, Timings};

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

/// A file whose CSV columns a person is asked to name.
#[derive(Debug, Clone)]
pub struct ColumnsRequest {
    /// The file, to read again with the chosen columns.
    pub file: web_sys::File,
    /// Its delimiter.
    pub delimiter: u8,
    /// Its header's names.
    pub names: Vec<String>,
}

/// The signals a file read reports to.
#[derive(Debug, Clone, Copy)]
struct Loader {
    workspace: RwSignal<Workspace>,
    errors: RwSignal<Vec<String>>,
    progress: RwSignal<Option<Progress>>,
    cancel: RwSignal<bool>,
    ask: RwSignal<Option<ColumnsRequest>, LocalStorage>,
    /// The read running in a worker, if any (Cancel terminates it).
    job: StoredValue<Option<ReadJob>, LocalStorage>,
    /// The files loaded, to save in a project.
    sources: StoredValue<Vec<Source>, LocalStorage>,
}

/// Reads one file in a worker (or on the page where workers are not
/// available), with progress. Returns the file and the milliseconds the
/// engine spent on it; `Err` says why it stopped (a read error, or Cancel).
async fn read_one(
    f: &web_sys::File,
    columns: Option<Columns>,
    nth: (usize, usize),
    l: Loader,
) -> Result<(ParsedFile, Timings), String> {
    let name = f.name();
    let size = f.size();
    let chosen = js_sys::Date::now();
    let report = move |file: String, bytes: f64, rows: u64| {
        l.progress.set(Some(Progress {
            file,
            nth,
            bytes: (bytes, size),
            rows,
        }));
    };
    report(name.clone(), 0.0, 0);
    let n = name.clone();
    if let Some((job, promise)) = read::start(f, columns.as_ref(), move |bytes, rows| {
        report(n.clone(), bytes, rows)
    }) {
        l.job.set_value(Some(job));
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        let received = l
            .job
            .with_value(|j| j.as_ref().map(ReadJob::take))
            .unwrap_or_default();
        l.job.set_value(None);
        return match result {
            Ok(_) => received
                .into_file(chosen)
                .map_err(|e| format!("{name}: {e}")),
            Err(e) => Err(e
                .as_string()
                .unwrap_or_else(|| format!("{name}: the reader failed ({e:?})"))),
        };
    }
    let reader = match columns {
        Some(c) => FileReader::with_columns(&name, c.delimiter, &c.choice),
        None => FileReader::new(&name),
    };
    read_on_page(f, reader, nth, l).await
}

/// Why a read stopped when Cancel was pressed.
fn cancelled(name: &str) -> String {
    format!("{name}: reading cancelled; nothing from this file was loaded.")
}

/// Reads one file through `reader` on the page itself, piece by piece.
async fn read_on_page(
    f: &web_sys::File,
    mut reader: FileReader,
    nth: (usize, usize),
    l: Loader,
) -> Result<(ParsedFile, Timings), String> {
    let name = f.name();
    let size = f.size();
    let mut at = 0.0;
    let mut parse_ms = 0.0;
    let mut next = Some(start_piece(f, 0.0, PIECE.min(size)));
    while let Some(read) = next.take() {
        l.progress.set(Some(Progress {
            file: name.clone(),
            nth,
            bytes: (at, size),
            rows: reader.rows(),
        }));
        let end = (at + PIECE).min(size);
        let bytes = piece_bytes(&name, read?).await?;
        if end < size {
            next = Some(start_piece(f, end, (end + PIECE).min(size)));
        }
        let t = js_sys::Date::now();
        reader.push(&bytes);
        parse_ms += js_sys::Date::now() - t;
        if l.cancel.get_untracked() {
            return Err(cancelled(&name));
        }
        at = end;
    }
    let t = js_sys::Date::now();
    let parsed = reader.finish_alone();
    parse_ms += js_sys::Date::now() - t;
    let times = Timings {
        engine: parse_ms,
        ..Timings::default()
    };
    Ok((parsed, times))
}

/// Merges a read file into the workspace. Returns what to tell the user, if
/// anything, and whether the file was in no known format.
fn merge_one(
    name: &str,
    parsed: ParsedFile,
    started: f64,
    times: Timings,
    l: Loader,
) -> (Option<String>, bool) {
    let mut out = (None, false);
    l.workspace.update(|w| {
        if w.is_demo {
            *w = Workspace::default();
            l.sources.set_value(Vec::new());
        }
        let t = js_sys::Date::now();
        let r = w.data.absorb(parsed).clone();
        let merging = js_sys::Date::now() - t;
        web_sys::console::debug_1(&times.describe(name, merging).into());
        w.read_ms.push((w.data.imports.len() - 1, js_sys::Date::now() - started));
        if r.failed() {
            let why = r.warnings.first().map(|w| w.message.clone()).unwrap_or_default();
            out = (Some(format!("{name}: {why}")), true);
        } else if r.points == 0 && r.flights == 0 {
            out.0 = Some(format!(
                "{name}: read as {}, but no row had a usable position ({} skipped; see Imported files).",
                r.format.map(|f| f.name()).unwrap_or("?"),
                r.skipped
            ));
        }
    });
    out
}

/// Reads files into the workspace piece by piece, with progress, stopping
/// when Cancel is pressed; adds an error for each file that held nothing
/// usable, and asks which columns are which for the first CSV whose header
/// names nothing Flightlens recognises. Data already loaded stays, whatever
/// happens.
fn load_files(files: Vec<web_sys::File>, l: Loader) {
    if files.is_empty() || l.progress.get_untracked().is_some() {
        return;
    }
    l.cancel.set(false);
    l.ask.set(None);
    spawn_local(async move {
        let mut problems = Vec::new();
        let count = files.len();
        for (i, f) in files.into_iter().enumerate() {
            let name = f.name();
            let started = js_sys::Date::now();
            let (parsed, times) = match read_one(&f, None, (i + 1, count), l).await {
                Ok(r) => r,
                Err(e) => {
                    problems.push(e);
                    if l.cancel.get_untracked() {
                        break;
                    }
                    continue;
                }
            };
            let (problem, unknown) = merge_one(&name, parsed, started, times, l);
            if !unknown {
                l.sources.update_value(|s| s.push(Source::File(f.clone())));
            }
            if unknown && l.ask.with_untracked(Option::is_none) {
                let head = match start_piece(&f, 0.0, f.size().min(65_536.0)) {
                    Ok(p) => piece_bytes(&name, p).await.unwrap_or_default(),
                    Err(_) => Vec::new(),
                };
                if let Some((delimiter, names)) = csv_header(&head) {
                    l.ask.set(Some(ColumnsRequest {
                        file: f.clone(),
                        delimiter,
                        names,
                    }));
                    problems.push(format!("{name}: no column names Flightlens recognises. Say which columns are which below, or skip the file."));
                    continue;
                }
            }
            problems.extend(problem);
        }
        l.progress.set(None);
        l.errors.set(problems);
    });
}

/// Reads a file again with the columns a person chose.
fn load_with_columns(req: ColumnsRequest, choice: ColumnChoice, l: Loader) {
    l.ask.set(None);
    l.cancel.set(false);
    spawn_local(async move {
        let name = req.file.name();
        let started = js_sys::Date::now();
        let columns = Columns {
            delimiter: req.delimiter,
            choice,
        };
        let problem = match read_one(&req.file, Some(columns), (1, 1), l).await {
            Ok((parsed, times)) => {
                let (problem, unknown) = merge_one(&name, parsed, started, times, l);
                if !unknown {
                    l.sources
                        .update_value(|s| s.push(Source::File(req.file.clone())));
                }
                problem
            }
            Err(e) => Some(e),
        };
        l.progress.set(None);
        l.errors.set(problem.into_iter().collect());
    });
}

/// Asks which columns of a CSV hold the time, the position and the rest.
#[component]
fn ChooseColumns(
    /// The file and its column names; nothing is shown when `None`.
    ask: RwSignal<Option<ColumnsRequest>, LocalStorage>,
    /// Called with the request and the choice.
    apply: Callback<(ColumnsRequest, ColumnChoice)>,
) -> impl IntoView {
    view! {
        {move || {
            ask.get()
                .map(|req| {
                    let names = req.names.clone();
                    // Selects hold a column index, or "" for none.
                    let time = RwSignal::new(String::new());
                    let lat = RwSignal::new(String::new());
                    let lon = RwSignal::new(String::new());
                    let alt = RwSignal::new(String::new());
                    let metres = RwSignal::new(false);
                    let speed = RwSignal::new(String::new());
                    let who = RwSignal::new(String::new());
                    let select = move |id: &'static str, label: &'static str, sig: RwSignal<String>, required: bool| {
                        let options = names
                            .iter()
                            .enumerate()
                            .map(|(i, n)| view! { <option value=i.to_string()>{format!("{} (column {})", n, i + 1)}</option> })
                            .collect_view();
                        view! {
                            <label for=id>{label}</label>
                            <select id=id required=required on:change=move |ev| sig.set(event_target_value(&ev))>
                                <option value="">{if required { "choose…" } else { "none" }}</option>
                                {options}
                            </select>
                        }
                    };
                    let req2 = req.clone();
                    let ready = move || [time, lat, lon].iter().all(|s| s.with(|v| !v.is_empty()));
                    let on_apply = move |_| {
                        let idx = |s: RwSignal<String>| s.get_untracked().parse::<usize>().ok();
                        let (Some(t), Some(la), Some(lo)) = (idx(time), idx(lat), idx(lon)) else { return };
                        let choice = ColumnChoice {
                            time: t,
                            lat: la,
                            lon: lo,
                            altitude: idx(alt),
                            altitude_metres: metres.get_untracked(),
                            speed: idx(speed),
                            aircraft: idx(who),
                        };
                        apply.run((req2.clone(), choice));
                    };
                    view! {
                        <div class="choose-columns" role="group" aria-labelledby="choose-h">
                            <h3 id="choose-h">{format!("Which columns of {} are which?", req.file.name())}</h3>
                            {select("col-time", "Time", time, true)}
                            {select("col-lat", "Latitude", lat, true)}
                            {select("col-lon", "Longitude", lon, true)}
                            {select("col-alt", "Altitude", alt, false)}
                            <label class="inline">
                                <input type="checkbox" on:change=move |ev| metres.set(event_target_checked(&ev)) />
                                " altitude is in metres (else feet)"
                            </label>
                            {select("col-speed", "Ground speed (knots)", speed, false)}
                            {select("col-who", "Aircraft (callsign, registration or ICAO address)", who, false)}
                            <div class="actions">
                                <button type="button" on:click=on_apply disabled=move || !ready()>
                                    "Read with these columns"
                                </button>
                                <button type="button" class="secondary" on:click=move |_| ask.set(None)>
                                    "Skip this file"
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
    }
}

/// The progress of a long read, with a way out.
#[component]
fn ReadProgress(
    /// Where the read stands; nothing is shown when `None`.
    progress: RwSignal<Option<Progress>>,
    /// Stops reading.
    on_cancel: Callback<()>,
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
            <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
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
    /// The article as read (shown under the text box).
    reading: Memo<super::article::Reading>,
) -> impl IntoView {
    // Have a worker ready before the first file is chosen.
    read::warm_up();
    let sources = StoredValue::new_local(Vec::<Source>::new());
    // Puts what a shared page or a saved project carries on screen.
    let restore = move |p: crate::preload::Preloaded| {
        sources.set_value(
            p.files
                .into_iter()
                .map(|(name, bytes)| Source::Bytes(name, std::rc::Rc::new(bytes)))
                .collect(),
        );
        workspace.set(Workspace {
            data: p.data,
            is_demo: false,
            read_ms: Vec::new(),
        });
        article.set(p.article);
        published.set(p.published);
    };
    // An offline file made with `cargo xtask bundle --with …` opens with its data.
    match crate::preload::read() {
        Some(Ok(p)) => restore(p),
        Some(Err(e)) => errors.set(vec![e]),
        None => {}
    }
    let dragging = RwSignal::new(false);
    let progress = RwSignal::new(None::<Progress>);
    let cancel = RwSignal::new(false);
    let ask = RwSignal::new_local(None::<ColumnsRequest>);
    let job = StoredValue::new_local(None::<ReadJob>);
    let loader = Loader {
        workspace,
        errors,
        progress,
        cancel,
        ask,
        job,
        sources,
    };
    let on_cancel = Callback::new(move |()| {
        cancel.set(true);
        let file = progress.with_untracked(|p| p.as_ref().map(|p| p.file.clone()));
        job.with_value(|j| {
            if let (Some(j), Some(file)) = (j, file) {
                j.cancel(&cancelled(&file));
            }
        });
    });
    let apply = Callback::new(move |(req, choice): (ColumnsRequest, ColumnChoice)| {
        load_with_columns(req, choice, loader);
    });
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        load_files(files, loader);
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        load_files(files, loader);
    };
    let load_demo = move |_| {
        let mut data = Dataset::default();
        for (name, text) in crate::demo::FILES {
            data.add_file(name, text.as_bytes());
        }
        sources.set_value(
            crate::demo::FILES
                .iter()
                .map(|(n, t)| Source::Bytes(n.to_string(), std::rc::Rc::new(t.as_bytes().to_vec())))
                .collect(),
        );
        workspace.set(Workspace {
            data,
            is_demo: true,
            read_ms: Vec::new(),
        });
        article.set(crate::demo::ARTICLE.to_string());
        published.set(crate::demo::PUBLISHED.to_string());
        errors.set(Vec::new());
    };
    let save_project = move |_| {
        let (list, text, day) = (
            sources.get_value(),
            article.get_untracked(),
            published.get_untracked(),
        );
        spawn_local(async move {
            let result = crate::project::save(list, text, day)
                .await
                .and_then(|json| {
                    crate::browser::download("analysis.flightlens", "application/json", &json)
                });
            if let Err(e) = result {
                errors.set(vec![format!("Save project: {e}")]);
            }
        });
    };
    let saving = RwSignal::new(false);
    let save_offline = move |_| {
        let (list, text, day) = (
            sources.get_value(),
            article.get_untracked(),
            published.get_untracked(),
        );
        saving.set(true);
        spawn_local(async move {
            let result = match crate::project::save(list, text, day).await {
                Ok(json) => crate::offline::page(&json).await,
                Err(e) => Err(e),
            }
            .and_then(|html| {
                crate::browser::download("flightlens-analysis.html", "text/html", &html)
            });
            saving.set(false);
            if let Err(e) = result {
                errors.set(vec![format!("Save as offline HTML: {e}")]);
            }
        });
    };
    let open_project = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = files_of(input.files()).into_iter().next() else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let opened = crate::project::read_text(&file)
                .await
                .and_then(|t| crate::preload::parse(&t))
                .map_err(|e| format!("{}: not a Flightlens project ({e}). Choose a .flightlens file made with Save project.", file.name()));
            match opened {
                Ok(p) => {
                    restore(p);
                    errors.set(Vec::new());
                }
                Err(e) => errors.set(vec![e]),
            }
        });
    };
    let clear = move |_| {
        sources.set_value(Vec::new());
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
                <ReadProgress progress on_cancel />
                <ChooseColumns ask apply />
                <p class="hint">
                    "Drop files here or choose them: Flightradar24 CSV (per flight, granular, API or logbook), KML, OpenSky state vectors or flights, ADS-B Exchange / readsb trace JSON (also .gz), or any CSV with time and position columns. Several at once are merged by aircraft."
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
                <super::article::ArticleView reading />
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
                <button type="button" class="secondary" on:click=save_project>"Save project"</button>
                <button type="button" class="secondary" on:click=save_offline prop:disabled=move || saving.get()>
                    {move || if saving.get() { "Saving offline HTML…" } else { "Save as offline HTML" }}
                </button>
                <label class="button secondary">
                    "Open project"
                    <input id="open-project" class="visually-hidden" type="file" accept=".flightlens,application/json" on:change=open_project />
                </label>
            </div>
        </section>
    }
}

fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target()
        .expect("an input event has a target")
        .unchecked_into()
}
