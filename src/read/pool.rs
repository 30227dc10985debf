//! Spare workers, started and warmed up before a file is chosen, so that a
//! read begins at once.
//!
//! A worker runs this same wasm module, handed over already compiled (the
//! `module` message), so nothing is fetched twice. Where the worker script
//! is comes from the page's boot script: `globalThis.flightlensWorker`
//! (see `docs/js-boundary.md`); without it, files are read on the page.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use super::protocol::Msg;
use super::pump::send;
use crate::browser::get;

thread_local! {
    /// Workers started ahead of time, their module already instantiated and
    /// warmed up (see [`super::worker_side::worker_warm`]): two where a big
    /// CSV is read by two (see [`SPLIT_CORES`]), else one.
    static SPARE: RefCell<Vec<web_sys::Worker>> = const { RefCell::new(Vec::new()) };
    /// The spares' `error` handler: the worker it is for leaves them.
    static DROP_DEAD: Closure<dyn FnMut(web_sys::Event)> = Closure::new(|ev: web_sys::Event| {
        ev.prevent_default();
        if let Some(dead) = ev.target() {
            let dead: &JsValue = dead.as_ref();
            SPARE.with(|s| s.borrow_mut().retain(|w| AsRef::<JsValue>::as_ref(w) != dead));
        }
    });
}

/// Where the page's boot script says the worker script is, if it does.
fn worker_url() -> Option<String> {
    get(&js_sys::global(), "flightlensWorker").as_string()
}

/// Why a file's reading stopped, from its worker's `error` event: an
/// error thrown while reading it, or a worker whose script could not be
/// loaded (see [`crate::browser::worker_error`]).
pub(super) fn stopped(name: &str, ev: &web_sys::Event) -> String {
    match crate::browser::worker_error(ev) {
        Some(m) => format!(
            "{name}: the reader stopped unexpectedly ({m}). If the file is very large, try splitting it."
        ),
        None => format!(
            "{name}: the page's file reader could not be loaded {}.",
            crate::browser::worker_unloaded()
        ),
    }
}

/// Cores a device needs for a big CSV to be read by two workers. Measured
/// on 2-vCPU machines (`cargo xtask bench ingest`, 107 MB of Flightradar24
/// CSV, twelve rounds over four runs, each round both ways back to back):
/// two workers read at 0.68x of native, one at 0.58x (medians); two were
/// faster in 7 rounds of 12 and in 13 of 20 shorter paired runs. The gain
/// is smaller than the parsing alone suggests (fed from memory, two workers
/// parsed 76 MB in 0.58 to 0.63 s against 0.72 to 0.89 s for one) because
/// the page's reading and the browser's file thread share the cores too.
pub const SPLIT_CORES: f64 = 2.0;

/// The device's logical cores, as the browser tells them.
pub(super) fn cores() -> f64 {
    get(&get(&js_sys::global(), "navigator"), "hardwareConcurrency")
        .as_f64()
        .unwrap_or(1.0)
}

/// How many spare workers to keep on a device with `cores`.
pub(super) fn wanted(cores: f64) -> usize {
    if cores >= SPLIT_CORES { 2 } else { 1 }
}

/// A spare worker, or a new one, given the engine's airport table and its
/// time zones (flight lists give local times) before it is given a file.
pub(super) fn spare_worker() -> Option<web_sys::Worker> {
    use flightlens_core::data::{AIRPORTS, TIMEZONES};
    let worker = SPARE.with(|s| s.borrow_mut().pop()).or_else(new_worker)?;
    for name in [AIRPORTS, TIMEZONES] {
        if let Some(bytes) = crate::assets::copy_of(name) {
            let name = name.to_string();
            send(&worker, &Msg::Data { name, bytes }).ok()?;
        }
    }
    Some(worker)
}

/// A new worker, already given the module to instantiate.
fn new_worker() -> Option<web_sys::Worker> {
    let url = worker_url()?;
    let options = web_sys::WorkerOptions::new();
    // The offline file's worker is a classic script from a blob: URL (see
    // js/offline-boot.js); the served one is a module.
    if !url.starts_with("blob:") {
        options.set_type(web_sys::WorkerType::Module);
    }
    crate::browser::watch_policy();
    let worker = web_sys::Worker::new_with_options(&url, &options).ok()?;
    // Until a file is given to it (which sets its own handler), a worker
    // whose script cannot be loaded leaves the spares: a file is then
    // given to a new worker, whose failure the file's reading reports.
    DROP_DEAD.with(|f| worker.set_onerror(Some(f.as_ref().unchecked_ref())));
    send(&worker, &Msg::Module(wasm_bindgen::module())).ok()?;
    Some(worker)
}

/// Starts spare workers if there are none, so that the next file is read
/// without waiting for one to start. Does nothing where workers are not
/// available.
pub fn warm_up() {
    let wanted = wanted(cores());
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

#[cfg(test)]
mod tests {
    #[test]
    fn two_spares_on_two_cores_or_more() {
        assert_eq!(super::wanted(1.0), 1);
        assert_eq!(super::wanted(2.0), 2);
        assert_eq!(super::wanted(16.0), 2);
    }
}
