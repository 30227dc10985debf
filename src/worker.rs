//! Reading a file in a Web Worker, so that the page stays responsive while a
//! big file is parsed.
//!
//! The worker runs this same wasm module (handed over already compiled, so
//! nothing is fetched twice): [`worker_read`] reads the `File` in pieces
//! (the next one while the engine parses this one), feeds the push parser, posts progress, and
//! posts the finished file back as typed arrays (one per column, moved, not
//! copied). The page turns them back into a [`ParsedFile`] and merges it.
//! Cancel terminates the worker: nothing half-read ever reaches the page.
//!
//! Messages from the worker: `{kind: "progress", bytes, rows}`,
//! `{kind: "done", meta, tracks}` and `{kind: "error", message}`.

use flightlens_core::ingest::ListedFlight;
use flightlens_core::ingest::columns::ColumnChoice;
use flightlens_core::{FileImport, FileReader, Identity, ParsedFile, Points, Track};
use js_sys::{Array, BigInt64Array, Float32Array, Int32Array, Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Bytes read from a file at a time in the worker: large enough that
/// reading costs little beside parsing, small enough for smooth progress.
const WORKER_PIECE: f64 = 4.0 * 1024.0 * 1024.0;

/// What a person chose for a CSV whose columns Flightlens could not name.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Columns {
    /// The CSV's delimiter.
    pub delimiter: u8,
    /// Which column is which.
    pub choice: ColumnChoice,
}

/// Everything but the points, sent as JSON.
#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    report: FileImport,
    flights: Vec<ListedFlight>,
    identities: Vec<Identity>,
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object cannot fail.
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Runs in the worker: reads `file` and posts progress, then the result.
/// `columns` is a JSON [`Columns`], or absent to detect the format.
#[wasm_bindgen]
pub async fn worker_read(file: web_sys::File, columns: Option<String>) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = |o: &Object| {
        let _ = scope.post_message(o);
    };
    match read_here(&file, columns, &post).await {
        Ok((parsed, engine_ms)) => {
            let (message, transfer) = done_message(&parsed);
            set(&message, "engine_ms", &engine_ms.into());
            drop(parsed);
            if let Err(e) = scope.post_message_with_transfer(&message, &transfer) {
                post(&error_message(&format!(
                    "{}: the result could not be handed to the page ({e:?})",
                    file.name()
                )));
            }
        }
        Err(e) => post(&error_message(&e)),
    }
}

fn error_message(text: &str) -> Object {
    let o = Object::new();
    set(&o, "kind", &"error".into());
    set(&o, "message", &text.into());
    o
}

/// Reads the whole file, posting progress per piece. The next piece is
/// being read (by the browser, on another thread) while this one is parsed.
/// Returns the file and the milliseconds the engine spent on it.
async fn read_here(
    file: &web_sys::File,
    columns: Option<String>,
    post: &dyn Fn(&Object),
) -> Result<(ParsedFile, f64), String> {
    let name = file.name();
    let cant = |e: JsValue| format!("{name}: the browser could not read the file ({e:?})");
    let mut reader = match columns {
        Some(json) => {
            let c: Columns = serde_json::from_str(&json).map_err(|e| format!("{name}: {e}"))?;
            FileReader::with_columns(&name, c.delimiter, &c.choice)
        }
        None => FileReader::new(&name),
    };
    let size = file.size();
    let start = |from: f64| -> Result<js_sys::Promise, String> {
        let to = (from + WORKER_PIECE).min(size);
        Ok(file
            .slice_with_f64_and_f64(from, to)
            .map_err(cant)?
            .array_buffer())
    };
    let mut at = 0.0;
    let mut buf = Vec::new();
    let mut engine_ms = 0.0;
    let mut next = (size > 0.0).then(|| start(0.0)).transpose()?;
    while let Some(read) = next.take() {
        let bytes = Uint8Array::new(
            &wasm_bindgen_futures::JsFuture::from(read)
                .await
                .map_err(cant)?,
        );
        at = (at + WORKER_PIECE).min(size);
        if at < size {
            next = Some(start(at)?);
        }
        buf.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut buf);
        let t = js_sys::Date::now();
        reader.push(&buf);
        engine_ms += js_sys::Date::now() - t;
        let o = Object::new();
        set(&o, "kind", &"progress".into());
        set(&o, "bytes", &at.into());
        set(&o, "rows", &(reader.rows() as f64).into());
        post(&o);
    }
    let t = js_sys::Date::now();
    let parsed = reader.finish_alone();
    engine_ms += js_sys::Date::now() - t;
    Ok((parsed, engine_ms))
}

/// The finished file as a message, and the buffers to move with it.
fn done_message(parsed: &ParsedFile) -> (Object, Array) {
    let meta = Meta {
        report: parsed.report.clone(),
        flights: parsed.flights.clone(),
        identities: parsed.tracks.iter().map(|t| t.identity.clone()).collect(),
    };
    let transfer = Array::new();
    let tracks = Array::new();
    for t in &parsed.tracks {
        let c = t.points.columns();
        let o = Object::new();
        let put = |key: &str, array: JsValue, buffer: JsValue| {
            set(&o, key, &array);
            transfer.push(&buffer);
        };
        let a = BigInt64Array::from(c.t);
        put("t", a.clone().into(), a.buffer().into());
        let a = Float32Array::from(c.lat);
        put("lat", a.clone().into(), a.buffer().into());
        let a = Float32Array::from(c.lon);
        put("lon", a.clone().into(), a.buffer().into());
        let a = Int32Array::from(c.alt);
        put("alt", a.clone().into(), a.buffer().into());
        let a = Float32Array::from(c.gs);
        put("gs", a.clone().into(), a.buffer().into());
        let a = Float32Array::from(c.vrate);
        put("vrate", a.clone().into(), a.buffer().into());
        let a = Uint8Array::from(&c.ground[..]);
        put("ground", a.clone().into(), a.buffer().into());
        tracks.push(&o);
    }
    let o = Object::new();
    set(&o, "kind", &"done".into());
    let json = serde_json::to_string(&meta).unwrap_or_default();
    set(&o, "meta", &json.into());
    set(&o, "tracks", &tracks);
    (o, transfer)
}

/// The page side: a `done` message back into a file to merge, with the
/// milliseconds the engine spent on it in the worker.
pub fn parsed_from_message(data: &JsValue) -> Result<(ParsedFile, f64), String> {
    let bad = |why: &str| format!("the reader sent back a malformed result ({why})");
    let meta = get(data, "meta")
        .as_string()
        .ok_or_else(|| bad("no meta"))?;
    let meta: Meta = serde_json::from_str(&meta).map_err(|e| bad(&e.to_string()))?;
    let arrays: Array = get(data, "tracks")
        .dyn_into()
        .map_err(|_| bad("no tracks"))?;
    if arrays.length() as usize != meta.identities.len() {
        return Err(bad("track count"));
    }
    let mut tracks = Vec::with_capacity(meta.identities.len());
    for (i, identity) in meta.identities.into_iter().enumerate() {
        let o = arrays.get(i as u32);
        let f32s = |k: &str| get(&o, k).dyn_into::<Float32Array>().map(|a| a.to_vec());
        let points = Points::from_columns(
            get(&o, "t")
                .dyn_into::<BigInt64Array>()
                .map_err(|_| bad("t"))?
                .to_vec(),
            f32s("lat").map_err(|_| bad("lat"))?,
            f32s("lon").map_err(|_| bad("lon"))?,
            get(&o, "alt")
                .dyn_into::<Int32Array>()
                .map_err(|_| bad("alt"))?
                .to_vec(),
            f32s("gs").map_err(|_| bad("gs"))?,
            f32s("vrate").map_err(|_| bad("vrate"))?,
            &get(&o, "ground")
                .dyn_into::<Uint8Array>()
                .map_err(|_| bad("ground"))?
                .to_vec(),
        )
        .map_err(|e| bad(&e))?;
        tracks.push(Track { identity, points });
    }
    let file = ParsedFile {
        report: meta.report,
        tracks,
        flights: meta.flights,
    };
    Ok((file, get(data, "engine_ms").as_f64().unwrap_or(f64::NAN)))
}

/// A read running in a worker, as the page holds it.
#[derive(Debug)]
pub struct ReadJob {
    worker: web_sys::Worker,
    reject: js_sys::Function,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl ReadJob {
    /// Stops the read at once; the awaited result says it was cancelled.
    pub fn cancel(&self, why: &str) {
        self.worker.terminate();
        let _ = self.reject.call1(&JsValue::NULL, &JsValue::from_str(why));
    }
}

impl Drop for ReadJob {
    /// Ends the worker (its memory holds a copy of the file's points) and
    /// starts a fresh spare for the next file.
    fn drop(&mut self) {
        self.worker.terminate();
        warm_up();
    }
}

/// Where the page's boot script says the worker script is, if it does
/// (`globalThis.flightlensWorker`). Without one, files are read on the page.
fn worker_url() -> Option<String> {
    get(&js_sys::global(), "flightlensWorker").as_string()
}

thread_local! {
    /// A worker started ahead of time, its module already instantiated, so
    /// that a read begins at once.
    static SPARE: std::cell::RefCell<Option<web_sys::Worker>> = const { std::cell::RefCell::new(None) };
}

/// A new worker, already given the module to instantiate.
fn new_worker() -> Option<web_sys::Worker> {
    let url = worker_url()?;
    let options = web_sys::WorkerOptions::new();
    // The offline file's worker is a classic script from a blob: URL (see
    // flightlens_core::offline); the served one is a module.
    if !url.starts_with("blob:") {
        options.set_type(web_sys::WorkerType::Module);
    }
    let worker = web_sys::Worker::new_with_options(&url, &options).ok()?;
    let message = Object::new();
    set(&message, "module", &wasm_bindgen::module());
    worker.post_message(&message).ok()?;
    Some(worker)
}

/// Starts a spare worker if there is none, so that the next file is read
/// without waiting for one to start. Does nothing where workers are not
/// available.
pub fn warm_up() {
    SPARE.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = new_worker();
        }
    });
}

/// Starts reading `file` in a worker (the spare one, if warm). `on_progress(bytes, rows)` is
/// called as the read goes; await the returned promise for the `done`
/// message (see [`parsed_from_message`]) or a rejection with the reason.
/// `None` when workers are not available here.
pub fn start(
    file: &web_sys::File,
    columns: Option<&Columns>,
    on_progress: impl Fn(f64, u64) + 'static,
) -> Option<(ReadJob, js_sys::Promise)> {
    let worker = SPARE.with(|s| s.borrow_mut().take()).or_else(new_worker)?;
    let mut settle = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle?;
    let name = file.name();
    let reject_msg = reject.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            match get(&data, "kind").as_string().as_deref() {
                Some("progress") => on_progress(
                    get(&data, "bytes").as_f64().unwrap_or(0.0),
                    get(&data, "rows").as_f64().unwrap_or(0.0) as u64,
                ),
                Some("done") => {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
                Some("error") => {
                    let _ = reject_msg.call1(&JsValue::NULL, &get(&data, "message"));
                }
                _ => {}
            }
        });
    let reject_err = reject.clone();
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(
        move |ev: web_sys::ErrorEvent| {
            ev.prevent_default();
            let why = format!(
                "{name}: the reader stopped unexpectedly ({}). If the file is very large, try splitting it.",
                ev.message()
            );
            let _ = reject_err.call1(&JsValue::NULL, &JsValue::from_str(&why));
        },
    );
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let message = Object::new();
    set(&message, "file", file);
    if let Some(c) = columns {
        set(
            &message,
            "columns",
            &serde_json::to_string(c).unwrap_or_default().into(),
        );
    }
    worker.post_message(&message).ok()?;
    Some((
        ReadJob {
            worker,
            reject,
            _on_message: on_message,
            _on_error: on_error,
        },
        promise,
    ))
}
