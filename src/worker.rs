//! Reading a file in a Web Worker, so that the page stays responsive while a
//! big file is parsed.
//!
//! The worker runs this same wasm module (handed over already compiled, so
//! nothing is fetched twice). The page reads the `File` in pieces and
//! moves each to the worker ([`worker_begin`], [`worker_piece`],
//! [`worker_end`]); the worker parses them as they come and posts the
//! finished file back, an aircraft at a time, as typed arrays (one per
//! column, moved, not copied), which the page unpacks as they arrive and
//! then turns into a [`ParsedFile`] to merge. Cancel
//! terminates the worker: nothing half-read ever reaches the page.
//!
//! Why the page reads: a `Blob`'s bytes reach a thread through that
//! thread's own event loop, so a worker busy parsing cannot also be
//! receiving the next piece, and reading ahead there saves little (about
//! 0.3 s of a 2 s read of 107 MB). The page is idle while a file loads; it
//! keeps up to [`AHEAD`] pieces on their way to the worker, whose
//! `progress` message for each piece says it is ready for another, so a
//! file of any size holds only a few pieces in memory at once.
//!
//! Messages to the worker: `{begin: name, columns}`, `{piece: ArrayBuffer}`
//! (moved) and `{end: true}`. From the worker: `{kind: "progress", bytes,
//! rows}` after each piece, `{kind: "track", t, lat, lon, alt, gs, vrate,
//! ground}` per aircraft, then `{kind: "done", meta}`, or `{kind: "error",
//! message}`.

use std::cell::RefCell;
use std::rc::Rc;

use flightlens_core::ingest::ListedFlight;
use flightlens_core::ingest::columns::ColumnChoice;
use flightlens_core::{FileImport, FileReader, Ground, Identity, ParsedFile, Points, Track};
use js_sys::{Array, BigInt64Array, Float32Array, Int32Array, Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Bytes the page reads and hands to the worker at a time: large enough
/// that handing over costs little beside parsing, small enough for smooth
/// progress.
const WORKER_PIECE: f64 = 4.0 * 1024.0 * 1024.0;

/// The size of the first piece.
const FIRST_PIECE: f64 = 1024.0 * 1024.0;

/// Pieces on their way to the worker or waiting there, at most: enough
/// that the worker never waits for the page, few enough that a file of any
/// size costs only this many pieces of memory.
const AHEAD: usize = 4;

/// What a person chose for a CSV whose columns Flightlens could not name.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Columns {
    /// The CSV's delimiter.
    pub delimiter: u8,
    /// Which column is which.
    pub choice: ColumnChoice,
}

/// Where the time of one read went, in milliseconds, for the console and
/// `cargo xtask bench ingest`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// From the file chosen to the worker starting on it.
    pub start: f64,
    /// The worker waiting for pieces of the file.
    pub waiting: f64,
    /// Copying each piece into the module's memory.
    pub copying: f64,
    /// Parsing, in the engine.
    pub engine: f64,
    /// Packing the result into typed arrays, in the worker.
    pub packing: f64,
    /// Sending the result and unpacking it on the page.
    pub handover: f64,
}

impl Timings {
    /// One line for the console.
    pub fn describe(&self, name: &str, merging: f64) -> String {
        format!(
            "{name}: {:.0} ms in the engine, {:.0} ms starting, {:.0} ms waiting for the file, \
             {:.0} ms copying pieces, {:.0} ms packing, {:.0} ms handing over, {merging:.0} ms merging",
            self.engine, self.start, self.waiting, self.copying, self.packing, self.handover
        )
    }
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

/// The file a worker is reading.
struct Reading {
    name: String,
    reader: FileReader,
    /// The bytes received so far.
    at: f64,
    /// When the worker began on the file (`Date.now()`).
    began: f64,
    /// When the worker last finished a piece: from then until the next one
    /// arrives it waits.
    idle_since: f64,
    /// Reused for each piece's bytes.
    buf: Vec<u8>,
    times: Timings,
}

thread_local! {
    /// In the worker: the file being read.
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(o: &Object) {
    let _ = scope().post_message(o);
}

/// Runs in the worker: starts reading the file called `name`. `columns`
/// is a JSON [`Columns`], or absent to detect the format.
#[wasm_bindgen]
pub fn worker_begin(name: String, columns: Option<String>) {
    let reader = match columns {
        Some(json) => match serde_json::from_str::<Columns>(&json) {
            Ok(c) => FileReader::with_columns(&name, c.delimiter, &c.choice),
            Err(e) => return post(&error_message(&format!("{name}: {e}"))),
        },
        None => FileReader::new(&name),
    };
    let now = js_sys::Date::now();
    READING.with(|r| {
        *r.borrow_mut() = Some(Reading {
            name,
            reader,
            at: 0.0,
            began: now,
            idle_since: now,
            buf: Vec::new(),
            times: Timings::default(),
        })
    });
}

/// Runs in the worker: parses the next piece of the file, then posts
/// progress (which tells the page it may send another).
#[wasm_bindgen]
pub fn worker_piece(bytes: Uint8Array) {
    READING.with(|r| {
        let mut r = r.borrow_mut();
        let Some(r) = r.as_mut() else { return };
        let t0 = js_sys::Date::now();
        r.times.waiting += t0 - r.idle_since;
        r.buf.resize(bytes.length() as usize, 0);
        bytes.copy_to(&mut r.buf);
        let t1 = js_sys::Date::now();
        r.times.copying += t1 - t0;
        r.reader.push(&r.buf);
        r.at += r.buf.len() as f64;
        let t2 = js_sys::Date::now();
        r.times.engine += t2 - t1;
        r.idle_since = t2;
        let o = Object::new();
        set(&o, "kind", &"progress".into());
        set(&o, "bytes", &r.at.into());
        set(&o, "rows", &(r.reader.rows() as f64).into());
        post(&o);
    });
}

/// Runs in the worker: parses what is left and posts the finished file.
#[wasm_bindgen]
pub fn worker_end() {
    let Some(mut r) = READING.with(|r| r.borrow_mut().take()) else {
        return;
    };
    let name = std::mem::take(&mut r.name);
    let t = js_sys::Date::now();
    r.times.waiting += t - r.idle_since;
    let ParsedFile {
        report,
        tracks,
        flights,
    } = r.reader.finish_alone();
    let packing = js_sys::Date::now();
    r.times.engine += packing - t;
    // Each aircraft goes as soon as it is packed, so that the page unpacks
    // one while the worker packs the next.
    let meta = Meta {
        report,
        flights,
        identities: tracks.iter().map(|t| t.identity.clone()).collect(),
    };
    for track in tracks {
        let (message, transfer) = track_message(&track.points);
        drop(track);
        if let Err(e) = scope().post_message_with_transfer(&message, &transfer) {
            return post(&error_message(&format!(
                "{name}: the result could not be handed to the page ({e:?})"
            )));
        }
    }
    let message = Object::new();
    set(&message, "kind", &"done".into());
    set(
        &message,
        "meta",
        &serde_json::to_string(&meta).unwrap_or_default().into(),
    );
    set(&message, "began", &r.began.into());
    set(&message, "engine_ms", &r.times.engine.into());
    set(&message, "waiting_ms", &r.times.waiting.into());
    set(&message, "copying_ms", &r.times.copying.into());
    set(&message, "packing", &packing.into());
    set(
        &message,
        "packing_ms",
        &(js_sys::Date::now() - packing).into(),
    );
    post(&message);
}

fn error_message(text: &str) -> Object {
    let o = Object::new();
    set(&o, "kind", &"error".into());
    set(&o, "message", &text.into());
    o
}

/// One aircraft's points as a message, one typed array per column, and the
/// buffers to move with it.
fn track_message(points: &Points) -> (Object, Array) {
    let transfer = Array::new();
    let c = points.columns();
    let o = Object::new();
    set(&o, "kind", &"track".into());
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
    // A column that no row of the file has (a Flightradar24 CSV has no
    // vertical rate or ground flag) goes as an empty array: all unknown.
    let known = |v: &[f32]| v.iter().any(|x| !x.is_nan());
    let a = Float32Array::from(if known(c.gs) { c.gs } else { &[][..] });
    put("gs", a.clone().into(), a.buffer().into());
    let a = Float32Array::from(if known(c.vrate) { c.vrate } else { &[][..] });
    put("vrate", a.clone().into(), a.buffer().into());
    let unknown = Ground::Unknown as u8;
    let ground = if c.ground.iter().any(|&g| g != unknown) {
        &c.ground[..]
    } else {
        &[][..]
    };
    let a = Uint8Array::from(ground);
    put("ground", a.clone().into(), a.buffer().into());
    (o, transfer)
}

/// The page side: a `track` message back into points.
fn points_from_message(o: &JsValue) -> Result<Points, String> {
    let t = get(o, "t")
        .dyn_into::<BigInt64Array>()
        .map_err(|_| "t")?
        .to_vec();
    let n = t.len();
    let f32s = |k: &str| {
        let v = get(o, k)
            .dyn_into::<Float32Array>()
            .map(|a| a.to_vec())
            .map_err(|_| k.to_string())?;
        Ok::<_, String>(if v.is_empty() { vec![f32::NAN; n] } else { v })
    };
    let ground = get(o, "ground")
        .dyn_into::<Uint8Array>()
        .map_err(|_| "ground")?
        .to_vec();
    let ground = if ground.is_empty() {
        vec![Ground::Unknown as u8; n]
    } else {
        ground
    };
    Points::from_columns(
        t,
        f32s("lat")?,
        f32s("lon")?,
        get(o, "alt")
            .dyn_into::<Int32Array>()
            .map_err(|_| "alt")?
            .to_vec(),
        f32s("gs")?,
        f32s("vrate")?,
        &ground,
    )
}

/// Why a result from the worker could not be used.
fn malformed(why: &str) -> String {
    format!("the reader sent back a malformed result ({why})")
}

/// The page side: the `done` message and the points of the `track`
/// messages before it back into a file to merge, with where the time went
/// (`chosen`: when the file was chosen, by `Date.now()`).
pub fn parsed_from_message(
    data: &JsValue,
    points: Vec<Points>,
    chosen: f64,
) -> Result<(ParsedFile, Timings), String> {
    let meta = get(data, "meta")
        .as_string()
        .ok_or_else(|| malformed("no meta"))?;
    let meta: Meta = serde_json::from_str(&meta).map_err(|e| malformed(&e.to_string()))?;
    if points.len() != meta.identities.len() {
        return Err(malformed("track count"));
    }
    let tracks = meta
        .identities
        .into_iter()
        .zip(points)
        .map(|(identity, points)| Track { identity, points })
        .collect();
    let file = ParsedFile {
        report: meta.report,
        tracks,
        flights: meta.flights,
    };
    let ms = |k: &str| get(data, k).as_f64().unwrap_or(f64::NAN);
    let times = Timings {
        start: ms("began") - chosen,
        waiting: ms("waiting_ms"),
        copying: ms("copying_ms"),
        engine: ms("engine_ms"),
        packing: ms("packing_ms"),
        handover: js_sys::Date::now() - ms("packing") - ms("packing_ms"),
    };
    Ok((file, times))
}

/// The page's half of a read: which pieces of the file have gone to the
/// worker.
struct Pump {
    file: web_sys::File,
    worker: web_sys::Worker,
    reject: js_sys::Function,
    /// Where the next piece starts.
    next: f64,
    /// Pieces sent that the worker has not yet reported on.
    unanswered: usize,
    /// A piece is being read from the file.
    reading: bool,
    /// `end` has been sent, or the read was stopped.
    over: bool,
}

impl Pump {
    /// Stops the read: the worker ends, and the awaited result is `why`.
    fn stop(&mut self, why: &str) {
        self.over = true;
        self.worker.terminate();
        let _ = self.reject.call1(&JsValue::NULL, &JsValue::from_str(why));
    }
}

/// Reads and sends the next piece if the worker has room for it, or says
/// the file has ended once every piece is sent.
fn pump(p: &Rc<RefCell<Pump>>) {
    let mut s = p.borrow_mut();
    if s.over || s.reading || s.unanswered >= AHEAD {
        return;
    }
    let size = s.file.size();
    if s.next >= size {
        s.over = true;
        let end = Object::new();
        set(&end, "end", &JsValue::TRUE);
        let _ = s.worker.post_message(&end);
        return;
    }
    // The first piece is smaller, so that the worker starts sooner.
    let piece = if s.next == 0.0 {
        FIRST_PIECE
    } else {
        WORKER_PIECE
    };
    let (from, to) = (s.next, (s.next + piece).min(size));
    let read = match crate::browser::start_piece(&s.file, from, to) {
        Ok(read) => read,
        Err(why) => return s.stop(&why),
    };
    s.reading = true;
    drop(s);
    let p = p.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(read).await;
        {
            let mut s = p.borrow_mut();
            s.reading = false;
            if s.over {
                return;
            }
            let buffer = match bytes {
                Ok(b) => b,
                Err(e) => {
                    let why = crate::browser::unreadable(&s.file.name(), &e);
                    return s.stop(&why);
                }
            };
            let message = Object::new();
            set(&message, "piece", &buffer);
            if let Err(e) = s
                .worker
                .post_message_with_transfer(&message, &Array::of1(&buffer))
            {
                let why = format!(
                    "{}: the reader could not be given the file ({e:?})",
                    s.file.name()
                );
                return s.stop(&why);
            }
            s.unanswered += 1;
            s.next = to;
        }
        pump(&p);
    });
}

/// A read running in a worker, as the page holds it.
pub struct ReadJob {
    pump: Rc<RefCell<Pump>>,
    /// The aircraft received so far, unpacked as they came.
    points: Rc<RefCell<Vec<Points>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl std::fmt::Debug for ReadJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadJob").finish_non_exhaustive()
    }
}

impl ReadJob {
    /// The aircraft's points received, in order, for
    /// [`parsed_from_message`] once the read is done.
    pub fn take_points(&self) -> Vec<Points> {
        std::mem::take(&mut self.points.borrow_mut())
    }

    /// Stops the read at once; the awaited result says it was cancelled.
    pub fn cancel(&self, why: &str) {
        self.pump.borrow_mut().stop(why);
    }
}

impl Drop for ReadJob {
    /// Ends the worker (its memory holds a copy of the file's points) and
    /// starts a fresh spare for the next file.
    fn drop(&mut self) {
        if let Ok(mut s) = self.pump.try_borrow_mut() {
            s.over = true;
            s.worker.terminate();
        }
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
    let p = Rc::new(RefCell::new(Pump {
        file: file.clone(),
        worker: worker.clone(),
        reject,
        next: 0.0,
        unanswered: 0,
        reading: false,
        over: false,
    }));
    let pm = p.clone();
    let received = Rc::new(RefCell::new(Vec::new()));
    let into = received.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            match get(&data, "kind").as_string().as_deref() {
                Some("progress") => {
                    on_progress(
                        get(&data, "bytes").as_f64().unwrap_or(0.0),
                        get(&data, "rows").as_f64().unwrap_or(0.0) as u64,
                    );
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.unanswered = s.unanswered.saturating_sub(1);
                    }
                    pump(&pm);
                }
                Some("track") => match points_from_message(&data) {
                    Ok(points) => into.borrow_mut().push(points),
                    Err(why) => {
                        if let Ok(mut s) = pm.try_borrow_mut() {
                            let why = format!("{}: {}", s.file.name(), malformed(&why));
                            s.stop(&why);
                        }
                    }
                },
                Some("done") => {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
                Some("error") => {
                    let why = get(&data, "message").as_string().unwrap_or_default();
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.stop(&why);
                    }
                }
                _ => {}
            }
        });
    let pe = p.clone();
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(
        move |ev: web_sys::ErrorEvent| {
            ev.prevent_default();
            let why = format!(
                "{name}: the reader stopped unexpectedly ({}). If the file is very large, try splitting it.",
                ev.message()
            );
            if let Ok(mut s) = pe.try_borrow_mut() {
                s.stop(&why);
            }
        },
    );
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let message = Object::new();
    set(&message, "begin", &file.name().into());
    if let Some(c) = columns {
        set(
            &message,
            "columns",
            &serde_json::to_string(c).unwrap_or_default().into(),
        );
    }
    worker.post_message(&message).ok()?;
    pump(&p);
    Some((
        ReadJob {
            pump: p,
            points: received,
            _on_message: on_message,
            _on_error: on_error,
        },
        promise,
    ))
}
