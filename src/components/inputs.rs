//! The input panel: the file input and drop zone, the article, the demo,
//! and the project buttons. What they do is in [`crate::load`].

use flightlens_core::ingest::ColumnChoice;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::files_of;
use crate::load::{ColumnsRequest, Loader, Progress};
use crate::state::Workspace;

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
    /// The article as read (shown under the text box), and whether the
    /// text as it is now is still being read.
    reading: crate::reader::Answer,
) -> impl IntoView {
    let loader = Loader::new(workspace, article, published, errors);
    loader.carried();
    let Loader { progress, ask, .. } = loader;
    let dragging = RwSignal::new(false);
    let saving = RwSignal::new(false);
    let on_cancel = Callback::new(move |()| loader.cancel());
    let apply = Callback::new(move |(req, choice): (ColumnsRequest, ColumnChoice)| {
        loader.with_columns(req, choice);
    });
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        loader.files(files_of(input.files()));
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        loader.files(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let load_demo = move |_| loader.demo();
    let clear = move |_| loader.clear();
    let save_project = move |_| loader.save_project();
    let save_offline = move |_| loader.save_offline(saving);
    let open_project = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = files_of(input.files()).into_iter().next() else {
            return;
        };
        input.set_value("");
        loader.open_project(file);
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
                    "Drop files here or choose them: Flightradar24 CSV (per flight, granular, API or logbook) or playback JSON, KML, OpenSky state vectors or flights, ADS-B Exchange / readsb trace JSON (also .gz), or any CSV with time and position columns. Several at once are merged by aircraft."
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
                    on:focus=move |_| {
                        crate::reader::warm();
                    }
                ></textarea>
                <p class="hint" role="status">
                    {move || reading.busy.get().then_some("Reading the article…")}
                </p>
                <super::article::ArticleView reading=reading.reading.read_only() />
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
