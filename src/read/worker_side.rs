//! What runs in a reading worker: the two functions `js/worker.js` calls,
//! [`worker_warm`] and [`worker_receive`], and the file being read.
//!
//! The worker parses each piece as it comes and says so (`progress`, which
//! asks the page for the next); at the end it posts each aircraft's points
//! (`track`, one message each, so that the page unpacks one while the
//! worker packs the next) and then `done`. A helper posts its part
//! unfinished instead (`part`), for the reader of the file's start to join
//! on.

use std::cell::RefCell;

use flightlens_core::{FileReader, ParsedFile};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::protocol::{ChosenColumns, Done, Meta, Msg, Packed, malformed};
use super::timings::{Measured, Timings};

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

/// Posts `msg` to the page, moving its buffers.
fn post(msg: &Msg) -> Result<(), JsValue> {
    let e = msg.encode();
    scope().post_message_with_transfer(&e.message, &e.transfer)
}

/// Posts an error for the page to show.
fn post_error(message: String) {
    let _ = post(&Msg::Error(message));
}

/// Runs in the worker, for each message from the page but the first
/// (`module`, which `js/worker.js` handles itself).
#[wasm_bindgen]
pub fn worker_receive(data: JsValue) {
    match Msg::decode(&data) {
        Ok(Msg::Begin {
            name,
            columns,
            size,
            head,
        }) => begin(name, columns, size, head),
        Ok(Msg::Piece(buffer)) => piece(&js_sys::Uint8Array::new(&buffer)),
        Ok(Msg::Data { name, bytes }) => {
            let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
            if let Err(e) = flightlens_core::data::install(&name, &bytes) {
                post_error(e.to_string());
            }
        }
        Ok(Msg::Join(part)) => join(&part),
        Ok(Msg::End) => end(),
        // Nothing else is sent to a worker.
        Ok(_) => {}
        Err(why) => post_error(format!("the reader was sent a malformed message ({why})")),
    }
}

/// Starts reading the file called `name`, of `size` bytes, with the
/// columns a person chose or detecting the format. With a `head` (the
/// file's start through its header line), this worker is a helper: it
/// reads a later part of the file, and hands its rows over unfinished for
/// the reader of the start to join (see [`join`]).
fn begin(name: String, columns: Option<ChosenColumns>, size: f64, head: Option<Vec<u8>>) {
    super::memory::reserve(super::memory::for_worker(size));
    let reader = super::file_reader(&name, columns.as_ref());
    let helper = head.is_some();
    let reader = match head {
        Some(head) => reader.part(&head),
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

/// Parses the next piece of the file, then posts progress (which tells the
/// page it may send another).
fn piece(bytes: &js_sys::Uint8Array) {
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
        let _ = post(&Msg::Progress {
            bytes: r.at,
            rows: r.reader.rows(),
        });
    });
}

/// Parses what is left and posts the finished file: each aircraft's
/// points, then the rest; a helper posts its part instead.
fn end() {
    let Some(mut r) = READING.with(|r| r.borrow_mut().take()) else {
        return;
    };
    let name = std::mem::take(&mut r.name);
    let t = js_sys::Date::now();
    r.times.waiting += t - r.idle_since;
    if r.helper {
        let part = r.reader.into_part();
        r.times.engine += js_sys::Date::now() - t;
        let packed = Packed::pack(part, r.times.engine);
        if let Err(e) = post(&Msg::Part(packed)) {
            post_error(format!(
                "{name}: the helper's part could not be handed over ({})",
                crate::browser::js_error(&e)
            ));
        }
        return;
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
        if let Err(e) = post(&Msg::Track(track.points)) {
            return post_error(format!(
                "{name}: the result could not be handed to the page ({})",
                crate::browser::js_error(&e)
            ));
        }
    }
    let measured = Measured {
        began: r.began,
        engine_ms: r.times.engine,
        helper_ms: r.times.helper,
        waiting_ms: r.times.waiting,
        copying_ms: r.times.copying,
        packing,
        packing_ms: js_sys::Date::now() - packing,
    };
    let _ = post(&Msg::Done(Box::new(Done { meta, measured })));
}

/// Takes in the part of the file a helper read (passed on by the page) once
/// every piece before it has been parsed here. Posts `joined`, or
/// `unjoined` when the part cannot follow on (its start fell inside a
/// quoted field), and the page then sends the rest of the file here.
fn join(part: &Packed) {
    READING.with(|r| {
        let mut r = r.borrow_mut();
        let Some(r) = r.as_mut() else { return };
        let t0 = js_sys::Date::now();
        r.times.waiting += t0 - r.idle_since;
        let joined = part
            .unpack()
            .map_err(|why| malformed(&why))
            .and_then(|(part, helper_ms)| {
                r.reader.join(part).map_err(|why| why.to_string())?;
                Ok(helper_ms)
            });
        if let Ok(helper_ms) = joined {
            r.times.helper += helper_ms;
        }
        let t1 = js_sys::Date::now();
        r.times.engine += t1 - t0;
        r.idle_since = t1;
        let _ = post(&match joined {
            Ok(_) => Msg::Joined {
                rows: r.reader.rows(),
            },
            Err(why) => Msg::Unjoined { why },
        });
    });
}
