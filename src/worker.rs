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
//! A CSV of 16 MB or more (`SPLIT_MIN`), on a device with two cores or more, is
//! read by two workers at once: the page finds the first line end after the
//! middle, the first worker reads up to it, a helper reads the rest (with
//! the file's header line in front), and hands its rows over unfinished;
//! the first worker joins them on ([`FileReader::join`]) exactly as if it
//! had read them itself, or refuses when the split fell inside a quoted
//! field, and then reads the rest itself.
//!
//! Messages to a worker: `{begin: name, columns, size, head}` (`head`, the
//! file's start through its header line, only to a helper), `{piece:
//! ArrayBuffer}` (moved), `{part}` (a helper's, passed on) and `{end:
//! true}`. From a worker: `{kind: "progress", bytes, rows}` after each
//! piece, `{kind: "joined", rows}` or `{kind: "unjoined", why}` after a
//! part, `{kind: "track", t, lat, lon, alt, gs, vrate, ground}` per
//! aircraft, then `{kind: "done", meta}`; from a helper, `{kind: "part",
//! meta, tracks, buffers}` instead; or `{kind: "error", message}`.

use std::cell::RefCell;
use std::rc::Rc;

use flightlens_core::ingest::ColumnChoice;
use flightlens_core::ingest::ListedFlight;
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

/// The worker's memory taken up front, per byte of the file, and at least
/// and at most: see [`reserve_memory`].
const RESERVE_PER_BYTE: f64 = 0.6;
const RESERVE_MIN: f64 = 16.0 * 1024.0 * 1024.0;
const RESERVE_MAX: f64 = 512.0 * 1024.0 * 1024.0;

/// Grows the worker's memory once, before the file arrives, to about what
/// its tracks will take (a point is 29 bytes; a CSV row, 60 to 120).
///
/// A wasm module's memory grows in steps as its vectors do, and in V8 the
/// steps cost more than the parsing they interrupt: parsing 76 MB of
/// Flightradar24 CSV took 0.63 s in a fresh module and 0.52 s after one
/// step up front (which itself took 15 ms). The allocator keeps what is
/// freed here, and the tracks fill it. Nothing is given back, but the
/// worker ends with its file.
fn reserve_memory(file_bytes: f64) {
    reserve((file_bytes * RESERVE_PER_BYTE).clamp(RESERVE_MIN, RESERVE_MAX));
}

/// Has the allocator take `bytes` from the browser in one step, and keep
/// them for what comes.
fn reserve(bytes: f64) {
    drop(std::hint::black_box(Vec::<u8>::with_capacity(
        bytes as usize,
    )));
}

/// The page's share of [`reserve_memory`], for a file of at least this
/// many bytes: the tracks it receives (about 0.4 bytes per byte of CSV)
/// stay in its memory for as long as they are loaded. Unpacking and
/// merging 76 MB's tracks took 33 ms with it against 52 ms without
/// (medians of five alternating runs).
const PAGE_RESERVE_MIN_FILE: f64 = 8.0 * 1024.0 * 1024.0;
const PAGE_RESERVE_PER_BYTE: f64 = 0.4;

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
    /// Parsing in the helper, at the same time as the engine (for a big
    /// CSV read in two parts at once).
    pub helper: f64,
}

impl Timings {
    /// One line for the console.
    pub fn describe(&self, name: &str, merging: f64) -> String {
        format!(
            "{name}: {:.0} ms in the engine, {:.0} ms in the helper at the same time, \
             {:.0} ms starting, {:.0} ms waiting for the file, {:.0} ms copying pieces, \
             {:.0} ms packing, {:.0} ms handing over, {merging:.0} ms merging",
            self.engine,
            self.helper,
            self.start,
            self.waiting,
            self.copying,
            self.packing,
            self.handover
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
    /// Reading a later part of the file for another worker.
    helper: bool,
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

/// Runs in the worker: starts reading the file called `name`, of `size`
/// bytes. `columns` is a JSON [`Columns`], or absent to detect the format.
/// With a `head` (the file's start through its header line), this worker
/// is a helper: it reads a later part of the file, and hands its rows over
/// unfinished for the reader of the start to join (see [`worker_join`]).
#[wasm_bindgen]
pub fn worker_begin(name: String, columns: Option<String>, size: f64, head: Option<Uint8Array>) {
    reserve_memory(size);
    let reader = match columns {
        Some(json) => match serde_json::from_str::<Columns>(&json) {
            Ok(c) => FileReader::with_columns(&name, c.delimiter, &c.choice),
            Err(e) => return post(&error_message(&format!("{name}: {e}"))),
        },
        None => FileReader::new(&name),
    };
    let helper = head.is_some();
    let reader = match head {
        Some(head) => reader.part(&head.to_vec()),
        None => reader,
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
            helper,
        })
    });
}

/// Rows of each made-up file [`worker_warm`] parses.
const WARM_ROWS: usize = 20_000;

/// Runs in a spare worker as soon as its module is ready, before any file
/// comes: parses a small made-up file in each of the two commonest
/// layouts (Flightradar24 and OpenSky CSV) and throws the result away.
///
/// V8 first runs WebAssembly code unoptimised and optimises, in the
/// background, what runs hot, so a worker's first megabytes went slowly:
/// 76 MB of Flightradar24 CSV read in 1.04 s with this and 1.16 s without
/// (medians of five alternating runs). The optimised code is shared by
/// every worker given the same module.
#[wasm_bindgen]
pub fn worker_warm() {
    use std::fmt::Write as _;
    let mut fr24 = String::from("Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n");
    let mut opensky = String::from(
        "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,\
         baroaltitude,geoaltitude,lastposupdate,lastcontact\n",
    );
    for i in 0..WARM_ROWS {
        let (t, lat, lon) = (1_704_180_000 + i * 5, 40.0 + i as f64 * 1e-4, 141.6);
        let _ = writeln!(
            fr24,
            "{t},2024-01-02T07:22:55Z,WARM{},\"{lat:.6},{lon:.6}\",{},450,180",
            i % 4,
            i * 3
        );
        let _ = writeln!(
            opensky,
            "{t},4bc8d{},{lat:.5},{lon:.5},231.5,180.0,-1.2,WARM{}   ,False,False,False,1234,\
             10000.0,10100.0,{t}.0,{t}.0",
            i % 4,
            i % 4
        );
    }
    for (name, text) in [("warm-up.csv", fr24), ("warm-up.opensky.csv", opensky)] {
        let mut r = FileReader::new(name);
        r.push(text.as_bytes());
        drop(r.finish_alone());
    }
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
    if r.helper {
        let part = r.reader.into_part();
        r.times.engine += js_sys::Date::now() - t;
        return post_part(&name, part, r.times.engine);
    }
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
    set(&message, "helper_ms", &r.times.helper.into());
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

/// The helper's end: its part of the file, for the page to pass on to the
/// reader of the start. `{kind: "part", meta, tracks: [{t, lat, …}],
/// buffers, engine_ms}`, every buffer moved.
fn post_part(name: &str, mut part: flightlens_core::ingest::Part, engine_ms: f64) {
    let points = std::mem::take(&mut part.points);
    let tracks = Array::new();
    let buffers = Array::new();
    for p in &points {
        let (message, transfer) = track_message(p);
        tracks.push(&message);
        for b in transfer.iter() {
            buffers.push(&b);
        }
    }
    drop(points);
    let message = Object::new();
    set(&message, "kind", &"part".into());
    set(
        &message,
        "meta",
        &serde_json::to_string(&part).unwrap_or_default().into(),
    );
    set(&message, "tracks", &tracks);
    set(&message, "buffers", &buffers);
    set(&message, "engine_ms", &engine_ms.into());
    if let Err(e) = scope().post_message_with_transfer(&message, &buffers) {
        post(&error_message(&format!(
            "{name}: the helper's part could not be handed over ({e:?})"
        )));
    }
}

/// Runs in the worker: takes in the part of the file a helper read (its
/// `part` message, passed on by the page) once every piece before it has
/// been parsed here. Posts `{kind: "joined", rows}`, or `{kind:
/// "unjoined", why}` when the part cannot follow on (its start fell inside
/// a quoted field), and the page then sends the rest of the file here.
#[wasm_bindgen]
pub fn worker_join(message: JsValue) {
    READING.with(|r| {
        let mut r = r.borrow_mut();
        let Some(r) = r.as_mut() else { return };
        let t0 = js_sys::Date::now();
        r.times.waiting += t0 - r.idle_since;
        let part = part_from_message(&message)
            .and_then(|part| r.reader.join(part).map_err(|why| why.to_string()));
        if part.is_ok() {
            r.times.helper += get(&message, "engine_ms").as_f64().unwrap_or(0.0);
        }
        let t1 = js_sys::Date::now();
        r.times.engine += t1 - t0;
        r.idle_since = t1;
        let o = Object::new();
        match part {
            Ok(()) => {
                set(&o, "kind", &"joined".into());
                set(&o, "rows", &(r.reader.rows() as f64).into());
            }
            Err(why) => {
                set(&o, "kind", &"unjoined".into());
                set(&o, "why", &why.into());
            }
        }
        post(&o);
    });
}

/// A helper's `part` message back into a part.
fn part_from_message(message: &JsValue) -> Result<flightlens_core::ingest::Part, String> {
    let meta = get(message, "meta")
        .as_string()
        .ok_or_else(|| malformed("no meta"))?;
    let mut part: flightlens_core::ingest::Part =
        serde_json::from_str(&meta).map_err(|e| malformed(&e.to_string()))?;
    let tracks: Array = get(message, "tracks")
        .dyn_into()
        .map_err(|_| malformed("no tracks"))?;
    part.points = tracks
        .iter()
        .map(|t| points_from_message(&t).map_err(|why| malformed(&why)))
        .collect::<Result<_, _>>()?;
    if part.points.len() != part.keys.len() {
        return Err(malformed("track count"));
    }
    Ok(part)
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
    .map_err(|e| e.to_string())
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
        helper: ms("helper_ms"),
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
    /// Where this worker's share of the file ends: the file's end, or where
    /// the helper's part begins.
    end_at: f64,
    /// Pieces sent that the worker has not yet reported on.
    unanswered: usize,
    /// A piece is being read from the file.
    reading: bool,
    /// `end` has been sent, or the read was stopped.
    over: bool,
    /// Whether to split the file is still being decided: `end` waits.
    deciding: bool,
    /// The helper reading the rest of the file, if there is one.
    helper: Option<Helper>,
    /// The helper's part, once it has come and until it is passed on.
    part: Option<JsValue>,
    /// The part has been passed on, and the worker's answer is awaited.
    joining: bool,
    /// For a helper's pump: the pump of the read it helps, which a problem
    /// here stops.
    main: Option<std::rc::Weak<RefCell<Pump>>>,
}

impl Pump {
    fn new(file: &web_sys::File, worker: web_sys::Worker, reject: js_sys::Function) -> Self {
        Pump {
            file: file.clone(),
            worker,
            reject,
            next: 0.0,
            end_at: file.size(),
            unanswered: 0,
            reading: false,
            over: false,
            deciding: false,
            helper: None,
            part: None,
            joining: false,
            main: None,
        }
    }

    /// Stops the read: the workers end, and the awaited result is `why`.
    fn stop(&mut self, why: &str) {
        self.over = true;
        self.worker.terminate();
        self.end_helper();
        match self.main.as_ref().and_then(std::rc::Weak::upgrade) {
            Some(main) => {
                if let Ok(mut m) = main.try_borrow_mut() {
                    m.stop(why);
                }
            }
            None => {
                let _ = self.reject.call1(&JsValue::NULL, &JsValue::from_str(why));
            }
        }
    }

    /// Ends the helper's worker, if there is one. (Its closures stay until
    /// the read is dropped: this may run inside one of them.)
    fn end_helper(&mut self) {
        if let Some(h) = &self.helper
            && let Ok(mut b) = h.pump.try_borrow_mut()
        {
            b.over = true;
            b.worker.terminate();
        }
    }
}

/// A second worker reading the second half of a big CSV at the same time
/// (see [`plan_split`]).
struct Helper {
    pump: Rc<RefCell<Pump>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

/// Bytes read and rows parsed by the worker and its helper, for progress.
#[derive(Default)]
struct Progress {
    bytes: f64,
    rows: u64,
    helper_bytes: f64,
    helper_rows: u64,
}

impl Progress {
    fn total(&self) -> (f64, u64) {
        (self.bytes + self.helper_bytes, self.rows + self.helper_rows)
    }
}

/// A worker's `progress` message (the helper's, or the reader's of the
/// start): its counts go into `progress`, the total to `on_progress`, and
/// its pump may send the next piece.
fn progressed(
    p: &Rc<RefCell<Pump>>,
    data: &JsValue,
    progress: &RefCell<Progress>,
    helper: bool,
    on_progress: &dyn Fn(f64, u64),
) {
    let (bytes, rows) = (
        get(data, "bytes").as_f64().unwrap_or(0.0),
        get(data, "rows").as_f64().unwrap_or(0.0) as u64,
    );
    let total = {
        let mut pr = progress.borrow_mut();
        if helper {
            (pr.helper_bytes, pr.helper_rows) = (bytes, rows);
        } else {
            (pr.bytes, pr.rows) = (bytes, rows);
        }
        pr.total()
    };
    on_progress(total.0, total.1);
    if let Ok(mut s) = p.try_borrow_mut() {
        s.unanswered = s.unanswered.saturating_sub(1);
    }
    pump(p);
}

/// A file at least this big is read by two workers at once, when it is a
/// CSV and the device has [`SPLIT_CORES`]: each parses half, and the
/// worker of the first half takes in the other's rows at the end
/// ([`FileReader::join`]).
const SPLIT_MIN: f64 = 16.0 * 1024.0 * 1024.0;

/// Cores a device needs for a big CSV to be read by two workers. Measured
/// on 2-vCPU machines (`cargo xtask bench ingest`, 107 MB of Flightradar24
/// CSV, twelve rounds over four runs, each round both ways back to back):
/// two workers read at 0.68x of native, one at 0.58x (medians); two were
/// faster in 7 rounds of 12 and in 13 of 20 shorter paired runs. The gain
/// is smaller than the parsing alone suggests (fed from memory, two workers
/// parsed 76 MB in 0.58 to 0.63 s against 0.72 to 0.89 s for one) because
/// the page's reading and the browser's file thread share the cores too.
const SPLIT_CORES: f64 = 2.0;

/// How far to look for a file's header line, and for a line end after its
/// middle.
const SPLIT_LOOK: f64 = 64.0 * 1024.0;

/// Reads and sends the next piece if the worker has room for it, passes on
/// the helper's part once this worker's share is sent, or says the file has
/// ended once every piece is sent.
fn pump(p: &Rc<RefCell<Pump>>) {
    let mut s = p.borrow_mut();
    if s.over || s.reading || s.unanswered >= AHEAD {
        return;
    }
    if s.next >= s.end_at {
        if s.deciding || s.joining {
            return;
        }
        if s.end_at < s.file.size() {
            // The rest is the helper's: pass its part on once it comes.
            if let Some(part) = s.part.take() {
                let message = Object::new();
                set(&message, "part", &part);
                let buffers: Array = get(&part, "buffers").dyn_into().unwrap_or_default();
                if let Err(e) = s.worker.post_message_with_transfer(&message, &buffers) {
                    let why = format!(
                        "{}: the reader could not be given the helper's part ({e:?})",
                        s.file.name()
                    );
                    return s.stop(&why);
                }
                s.joining = true;
            }
            return;
        }
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
    let (from, to) = (s.next, (s.next + piece).min(s.end_at));
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

/// The bytes of `file` from `from` to `to`, or `None` if they cannot be read.
async fn slice_bytes(file: &web_sys::File, from: f64, to: f64) -> Option<Vec<u8>> {
    let read = crate::browser::start_piece(file, from, to).ok()?;
    crate::browser::piece_bytes(&file.name(), read).await.ok()
}

/// Whether `file` is big enough, and the device has the cores, for a
/// helper to read its second half (if it turns out to be a CSV).
fn may_split(file: &web_sys::File) -> bool {
    file.size() >= SPLIT_MIN && cores() >= SPLIT_CORES
}

/// Where to split a file that [`may_split`] for a helper, and its head (the
/// file's start through its header line): a CSV, split at the first line
/// end after its middle.
async fn split_point(file: &web_sys::File, chosen: bool) -> Option<(f64, Vec<u8>)> {
    let size = file.size();
    let start = slice_bytes(file, 0.0, SPLIT_LOOK).await?;
    let head = flightlens_core::ingest::head_end(&start, chosen)?;
    let mid = (size / 2.0).floor();
    let around = slice_bytes(file, mid, (mid + SPLIT_LOOK).min(size)).await?;
    let split = mid + (around.iter().position(|&b| b == b'\n')? + 1) as f64;
    (split < size).then(|| (split, start[..head].to_vec()))
}

/// Decides whether a second worker reads the second half of the file (see
/// [`SPLIT_MIN`]) and, if so, starts it; the first worker's pump holds its
/// `end` until this is decided.
async fn plan_split(
    a: Rc<RefCell<Pump>>,
    columns: Option<String>,
    progress: Rc<RefCell<Progress>>,
    on_progress: Rc<dyn Fn(f64, u64)>,
) {
    let file = a.borrow().file.clone();
    let planned = split_point(&file, columns.is_some()).await;
    {
        let mut s = a.borrow_mut();
        s.deciding = false;
        s.end_at = s.file.size();
        if let Some((split, head)) = planned
            && !s.over
            && s.next <= split
            && let Some(worker) = spare_worker()
        {
            let helper = start_helper(&a, &s, worker, split, &head, columns, progress, on_progress);
            if let Some(h) = helper {
                s.end_at = split;
                s.helper = Some(h);
            }
        }
    }
    let b = a.borrow().helper.as_ref().map(|h| h.pump.clone());
    if let Some(b) = b {
        pump(&b);
    }
    pump(&a);
}

/// Starts the helper's worker on the file from `split`, with the file's
/// `head` in front.
#[allow(clippy::too_many_arguments)]
fn start_helper(
    main: &Rc<RefCell<Pump>>,
    a: &Pump,
    worker: web_sys::Worker,
    split: f64,
    head: &[u8],
    columns: Option<String>,
    progress: Rc<RefCell<Progress>>,
    on_progress: Rc<dyn Fn(f64, u64)>,
) -> Option<Helper> {
    let name = a.file.name();
    let mut pump_b = Pump::new(&a.file, worker.clone(), a.reject.clone());
    pump_b.next = split;
    pump_b.main = Some(Rc::downgrade(main));
    let b = Rc::new(RefCell::new(pump_b));
    // A problem in the helper stops it, and through it the whole read.
    let stop = |b: &Rc<RefCell<Pump>>, why: &str| {
        if let Ok(mut b) = b.try_borrow_mut() {
            b.stop(why);
        }
    };
    let (bm, be, am) = (b.clone(), b.clone(), Rc::downgrade(main));
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            match get(&data, "kind").as_string().as_deref() {
                // (A helper that has been ended may still have a message on its way.)
                Some("progress") if bm.try_borrow().is_ok_and(|s| !s.over) => {
                    progressed(&bm, &data, &progress, true, &*on_progress);
                }
                Some("part") => {
                    if let Some(m) = am.upgrade() {
                        if let Ok(mut m) = m.try_borrow_mut() {
                            m.part = Some(data);
                        }
                        pump(&m);
                    }
                }
                Some("error") => stop(&bm, &get(&data, "message").as_string().unwrap_or_default()),
                _ => {}
            }
        });
    let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(
        move |ev: web_sys::ErrorEvent| {
            ev.prevent_default();
            stop(
                &be,
                &format!(
                    "{name}: the reader stopped unexpectedly ({}). If the file is very large, try splitting it.",
                    ev.message()
                ),
            );
        },
    );
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let message = Object::new();
    set(&message, "begin", &a.file.name().into());
    set(&message, "size", &(a.file.size() - split).into());
    if let Some(c) = columns {
        set(&message, "columns", &c.into());
    }
    let head = Uint8Array::from(head).buffer();
    set(&message, "head", &head);
    worker
        .post_message_with_transfer(&message, &Array::of1(&head))
        .ok()?;
    Some(Helper {
        pump: b,
        _on_message: on_message,
        _on_error: on_error,
    })
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
            s.end_helper();
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
    /// Workers started ahead of time, their module already instantiated and
    /// warmed up (see [`worker_warm`]), so that a read begins at once: two
    /// where a big CSV is read by two (see [`SPLIT_CORES`]), else one.
    static SPARE: std::cell::RefCell<Vec<web_sys::Worker>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The device's logical cores, as the browser tells them.
fn cores() -> f64 {
    get(&get(&js_sys::global(), "navigator"), "hardwareConcurrency")
        .as_f64()
        .unwrap_or(1.0)
}

/// A spare worker, or a new one.
fn spare_worker() -> Option<web_sys::Worker> {
    SPARE.with(|s| s.borrow_mut().pop()).or_else(new_worker)
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

/// Starts spare workers if there are none, so that the next file is read
/// without waiting for one to start. Does nothing where workers are not
/// available.
pub fn warm_up() {
    let wanted = if cores() >= SPLIT_CORES { 2 } else { 1 };
    SPARE.with(|s| {
        let mut s = s.borrow_mut();
        while s.len() < wanted {
            match new_worker() {
                Some(w) => s.push(w),
                None => break,
            }
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
    let worker = spare_worker()?;
    let mut settle = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle?;
    let name = file.name();
    if file.size() >= PAGE_RESERVE_MIN_FILE {
        reserve((file.size() * PAGE_RESERVE_PER_BYTE).min(RESERVE_MAX));
    }
    let mut pump_a = Pump::new(file, worker.clone(), reject);
    let split = may_split(file);
    if split {
        // Until it is decided whether a helper reads the second half, read
        // no further than the middle.
        pump_a.deciding = true;
        pump_a.end_at = (file.size() / 2.0).floor();
    }
    let p = Rc::new(RefCell::new(pump_a));
    let pm = p.clone();
    let received = Rc::new(RefCell::new(Vec::new()));
    let into = received.clone();
    let progress = Rc::new(RefCell::new(Progress::default()));
    let on_progress: Rc<dyn Fn(f64, u64)> = Rc::new(on_progress);
    let (pr, op) = (progress.clone(), on_progress.clone());
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            match get(&data, "kind").as_string().as_deref() {
                Some("progress") => progressed(&pm, &data, &pr, false, &*op),
                // The helper's part is in: everything is read.
                Some("joined") => {
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.joining = false;
                        s.next = s.file.size();
                        s.end_at = s.next;
                        s.end_helper();
                    }
                    let total = {
                        let mut p = pr.borrow_mut();
                        p.rows = get(&data, "rows").as_f64().unwrap_or(0.0) as u64;
                        p.helper_rows = 0;
                        p.total()
                    };
                    op(total.0, total.1);
                    pump(&pm);
                }
                // The split fell inside a quoted field: read the rest here.
                Some("unjoined") => {
                    let why = get(&data, "why").as_string().unwrap_or_default();
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        web_sys::console::debug_1(
                            &format!(
                                "{}: the helper's part was not used ({why}); reading on",
                                s.file.name()
                            )
                            .into(),
                        );
                        s.joining = false;
                        s.end_at = s.file.size();
                        s.end_helper();
                    }
                    {
                        let mut p = pr.borrow_mut();
                        p.helper_bytes = 0.0;
                        p.helper_rows = 0;
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
    set(&message, "size", &file.size().into());
    worker.post_message(&message).ok()?;
    pump(&p);
    if split {
        wasm_bindgen_futures::spawn_local(plan_split(
            p.clone(),
            columns.map(|c| serde_json::to_string(c).unwrap_or_default()),
            progress,
            on_progress,
        ));
    }
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
