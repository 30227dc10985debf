//! Loading data into the workspace: files chosen or dropped (read in a
//! worker, or on the page where workers are not available), a CSV read
//! again with the columns a person chose, the demo, a saved project, and
//! the data an offline file carries; and saving what is loaded. The input
//! panel (`components/inputs.rs`) draws the controls and calls these.

use flightlens_core::ingest::{ColumnChoice, csv_header};
use flightlens_core::{Dataset, FileReader, ParsedFile};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{PIECE, js_error, piece_bytes, start_piece};
use crate::read::{self, ChosenColumns, ReadJob, Timings};
use crate::saved::{Opened, Source};
use crate::state::Workspace;

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

/// The signals loading reads and reports to.
#[derive(Debug, Clone, Copy)]
pub struct Loader {
    /// The loaded data.
    pub workspace: RwSignal<Workspace>,
    /// The article's text.
    pub article: RwSignal<String>,
    /// Its publication date, `YYYY-MM-DD` or empty.
    pub published: RwSignal<String>,
    /// Messages about input for the alert area.
    pub errors: RwSignal<Vec<String>>,
    /// Where a long read stands, while there is one.
    pub progress: RwSignal<Option<Progress>>,
    /// Cancel was pressed.
    cancel: RwSignal<bool>,
    /// A CSV whose columns a person is asked to name.
    pub ask: RwSignal<Option<ColumnsRequest>, LocalStorage>,
    /// The read running in a worker, if any (Cancel terminates it).
    job: StoredValue<Option<ReadJob>, LocalStorage>,
    /// The files loaded, to save in a project.
    sources: StoredValue<Vec<Source>, LocalStorage>,
}

impl Loader {
    /// A loader into these signals, with a worker started so that it is
    /// ready before the first file is chosen.
    pub fn new(
        workspace: RwSignal<Workspace>,
        article: RwSignal<String>,
        published: RwSignal<String>,
        errors: RwSignal<Vec<String>>,
    ) -> Self {
        read::warm_up();
        Loader {
            workspace,
            article,
            published,
            errors,
            progress: RwSignal::new(None),
            cancel: RwSignal::new(false),
            ask: RwSignal::new_local(None),
            job: StoredValue::new_local(None),
            sources: StoredValue::new_local(Vec::new()),
        }
    }

    /// Puts what a shared page or a saved project carries on screen.
    fn restore(self, p: Opened) {
        self.sources.set_value(
            p.files
                .into_iter()
                .map(|(name, bytes)| Source::Bytes(name, std::rc::Rc::new(bytes)))
                .collect(),
        );
        self.workspace.set(Workspace {
            data: p.data,
            is_demo: false,
            read_ms: Vec::new(),
        });
        self.article.set(p.article);
        self.published.set(p.published);
    }

    /// Loads the data this page carries, if it is an offline file made
    /// with `cargo xtask bundle --with …` or Save as offline HTML.
    pub fn carried(self) {
        if crate::preload::present() {
            // Its flight lists need the airport table to read local times.
            spawn_local(async move {
                crate::assets::ready().await;
                match crate::preload::read() {
                    Some(Ok(p)) => self.restore(p),
                    Some(Err(e)) => self.errors.set(vec![e]),
                    None => {}
                }
            });
        }
    }

    /// Stops the read under way; nothing from its file is kept.
    pub fn cancel(self) {
        self.cancel.set(true);
        let file = self
            .progress
            .with_untracked(|p| p.as_ref().map(|p| p.file.clone()));
        self.job.with_value(|j| {
            if let (Some(j), Some(file)) = (j, file) {
                j.cancel(&cancelled(&file));
            }
        });
    }

    /// Replaces what is loaded with the demo, once its files are here
    /// ([`crate::assets::demo_files`]).
    pub fn demo(self) {
        spawn_local(async move {
            match crate::assets::demo_files().await {
                Ok(files) => self.show_demo(files),
                Err(e) => self.errors.set(vec![format!("Load demo: {e}")]),
            }
        });
    }

    fn show_demo(self, files: Vec<(String, Vec<u8>)>) {
        let mut data = Dataset::default();
        for (name, bytes) in &files {
            data.add_file(name, bytes);
        }
        self.sources.set_value(
            files
                .into_iter()
                .map(|(n, b)| Source::Bytes(n, std::rc::Rc::new(b)))
                .collect(),
        );
        self.workspace.set(Workspace {
            data,
            is_demo: true,
            read_ms: Vec::new(),
        });
        self.article.set(crate::demo::ARTICLE.to_string());
        self.published.set(crate::demo::PUBLISHED.to_string());
        self.errors.set(Vec::new());
    }

    /// Empties the workspace, the article and its date.
    pub fn clear(self) {
        self.sources.set_value(Vec::new());
        self.workspace.set(Workspace::default());
        self.article.set(String::new());
        self.published.set(String::new());
        self.errors.set(Vec::new());
    }

    /// Offers what is loaded as a `.flightlens` project file.
    pub fn save_project(self) {
        let (list, text, day) = self.saved();
        let errors = self.errors;
        spawn_local(async move {
            let result = crate::saved::save(list, text, day).await.and_then(|json| {
                crate::browser::download("analysis.flightlens", "application/json", &json)
            });
            if let Err(e) = result {
                errors.set(vec![format!("Save project: {e}")]);
            }
        });
    }

    /// Offers what is loaded as one offline HTML file; `saving` is true
    /// while it is being built.
    pub fn save_offline(self, saving: RwSignal<bool>) {
        let (list, text, day) = self.saved();
        let errors = self.errors;
        saving.set(true);
        spawn_local(async move {
            let result = match crate::saved::save(list, text, day).await {
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
    }

    /// What a saved project holds: the sources, the article, its date.
    fn saved(self) -> (Vec<Source>, String, String) {
        (
            self.sources.get_value(),
            self.article.get_untracked(),
            self.published.get_untracked(),
        )
    }

    /// Opens a project file made with Save project, in place of what is loaded.
    pub fn open_project(self, file: web_sys::File) {
        spawn_local(async move {
            crate::assets::ready().await;
            let opened = crate::saved::read_text(&file)
                .await
                .and_then(|t| crate::saved::open(&t))
                .map_err(|e| format!("{}: not a Flightlens project ({e}). Choose a .flightlens file made with Save project.", file.name()));
            match opened {
                Ok(p) => {
                    self.restore(p);
                    self.errors.set(Vec::new());
                }
                Err(e) => self.errors.set(vec![e]),
            }
        });
    }

    /// Reads files into the workspace piece by piece, with progress,
    /// stopping when Cancel is pressed; adds an error for each file that
    /// held nothing usable, and asks which columns are which for the first
    /// CSV whose header names nothing Flightlens recognises. Data already
    /// loaded stays, whatever happens.
    pub fn files(self, files: Vec<web_sys::File>) {
        let l = self;
        if files.is_empty() || l.progress.get_untracked().is_some() {
            return;
        }
        l.cancel.set(false);
        l.ask.set(None);
        spawn_local(async move {
            // A worker is given the airport table with its file.
            crate::assets::ready().await;
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
    pub fn with_columns(self, req: ColumnsRequest, choice: ColumnChoice) {
        let l = self;
        l.ask.set(None);
        l.cancel.set(false);
        spawn_local(async move {
            crate::assets::ready().await;
            let name = req.file.name();
            let started = js_sys::Date::now();
            let columns = ChosenColumns {
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
}

/// Reads one file in a worker (or on the page where workers are not
/// available), with progress. Returns the file and the milliseconds the
/// engine spent on it; `Err` says why it stopped (a read error, or Cancel).
async fn read_one(
    f: &web_sys::File,
    columns: Option<ChosenColumns>,
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
                .unwrap_or_else(|| format!("{name}: the reader failed ({})", js_error(&e)))),
        };
    }
    let reader = crate::read::file_reader(&name, columns.as_ref());
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
        if reader.stopped() {
            // Refused (in no format, or a record or the unpacked file too
            // big): the rest would change nothing, so it is not read.
            break;
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
        w.read_ms
            .push((w.data.imports.len() - 1, js_sys::Date::now() - started));
        if r.failed() {
            let why = r
                .warnings
                .first()
                .map(|w| w.message.clone())
                .unwrap_or_default();
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
