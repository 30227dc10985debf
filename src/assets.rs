//! The engine's data files in the page: the airport table, the 1:50m
//! basemap and the aircraft types (`flightlens_core::data`), and the
//! demo's files ([`demo_files`]). The module does not carry them; the
//! boot script (`js/boot.js`, `js/embed.js`, the offline file's) fetches
//! them from the module's own origin in parallel with the module, or
//! unpacks them from the offline file, and leaves a promise of their bytes
//! in `globalThis.flightlensAssets` (see `docs/js-boundary.md`). [`start`]
//! hands them to the engine as soon as they are there.
//!
//! Until then the engine has no airports: the memos that need them
//! ([`track`]) run again once they arrive, and whatever parses files waits
//! for them first ([`ready`]), so nothing is analysed without its airports.

use std::cell::RefCell;
use std::collections::HashMap;

use flightlens_core::data;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[derive(Default)]
struct Store {
    /// Started: the promise that resolves once the files are handed in.
    done: Option<js_sys::Promise>,
    /// True once they are (or when there is nothing to wait for).
    ready: Option<ArcRwSignal<bool>>,
    /// The files' bytes as they came, by name, for the workers and for
    /// Save as offline HTML.
    bytes: HashMap<String, js_sys::Uint8Array>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

fn ready_signal() -> ArcRwSignal<bool> {
    STORE.with(|s| {
        s.borrow_mut()
            .ready
            .get_or_insert_with(|| ArcRwSignal::new(data::installed()))
            .clone()
    })
}

/// Hands each file of `files` (an object of `Uint8Array`s by file name)
/// to the engine, keeping their bytes; keeps the demo's too when they came
/// with them (the offline file's do).
fn install_all(files: &JsValue) -> Result<(), String> {
    for name in data::inlined() {
        let value = crate::browser::get(files, name);
        let Ok(bytes) = value.dyn_into::<js_sys::Uint8Array>() else {
            if data::FILES.contains(&name) {
                return Err(format!("{name} was not given"));
            }
            continue;
        };
        if data::FILES.contains(&name) {
            data::install(name, &bytes.to_vec()).map_err(|e| e.to_string())?;
        }
        STORE.with(|s| s.borrow_mut().bytes.insert(name.to_string(), bytes));
    }
    Ok(())
}

/// The demo's files ([`data::DEMO`]), by name and in that order: embedded
/// (the component tests), or already here (the offline file carries
/// them), or fetched now through the boot script's
/// `globalThis.flightlensDemo` (from the module's own origin).
pub async fn demo_files() -> Result<Vec<(String, Vec<u8>)>, String> {
    ready().await;
    let here = |name: &str| {
        data::demo_file(name)
            .map(<[u8]>::to_vec)
            .or_else(|| STORE.with(|s| s.borrow().bytes.get(name).map(js_sys::Uint8Array::to_vec)))
    };
    if data::DEMO.iter().any(|n| here(n).is_none()) {
        let fetch = crate::browser::get(&js_sys::global(), "flightlensDemo")
            .dyn_into::<js_sys::Function>()
            .ok()
            .ok_or("this page cannot fetch the demo (no globalThis.flightlensDemo)")?;
        let promise: js_sys::Promise = fetch
            .call0(&JsValue::UNDEFINED)
            .map_err(|e| crate::js_error(&e))?
            .dyn_into()
            .map_err(|_| "globalThis.flightlensDemo gave no promise".to_string())?;
        let files = JsFuture::from(promise)
            .await
            .map_err(|e| format!("the demo could not be fetched ({})", crate::js_error(&e)))?;
        for name in data::DEMO {
            let value = crate::browser::get(&files, name);
            if let Ok(bytes) = value.dyn_into::<js_sys::Uint8Array>() {
                STORE.with(|s| s.borrow_mut().bytes.insert(name.to_string(), bytes));
            }
        }
    }
    data::DEMO
        .iter()
        .map(|n| {
            here(n)
                .map(|b| (n.to_string(), b))
                .ok_or_else(|| format!("the demo's {n} was not given"))
        })
        .collect()
}

/// Starts handing the data files to the engine when the boot script has
/// them (once; later calls do nothing). Without `flightlensAssets` (the
/// component tests, whose engine embeds its data) there is nothing to wait
/// for.
pub fn start() {
    if STORE.with(|s| s.borrow().done.is_some()) {
        return;
    }
    let ready = ready_signal();
    let given = crate::browser::get(&js_sys::global(), "flightlensAssets")
        .dyn_into::<js_sys::Promise>()
        .ok();
    let Some(given) = given else {
        if !data::installed() {
            web_sys::console::error_1(
                &"Flightlens: no airport table was given to the engine (globalThis.flightlensAssets); legs will have no airports"
                    .into(),
            );
        }
        let done = js_sys::Promise::resolve(&JsValue::UNDEFINED);
        STORE.with(|s| s.borrow_mut().done = Some(done));
        ready.set(true);
        return;
    };
    let done = wasm_bindgen_futures::future_to_promise(async move {
        match JsFuture::from(given).await {
            Ok(files) => {
                if let Err(e) = install_all(&files) {
                    web_sys::console::error_1(&format!("Flightlens: {e}").into());
                }
            }
            Err(e) => web_sys::console::error_1(
                &format!(
                    "Flightlens: the airport table and basemap could not be fetched ({}); legs will have no airports",
                    crate::js_error(&e)
                )
                .into(),
            ),
        }
        ready.set(true);
        Ok(JsValue::UNDEFINED)
    });
    STORE.with(|s| s.borrow_mut().done = Some(done));
}

/// Waits until the data files are in the engine (or have failed to come).
pub async fn ready() {
    start();
    if let Some(done) = STORE.with(|s| s.borrow().done.clone()) {
        let _ = JsFuture::from(done).await;
    }
}

/// True once the data files are in the engine. Read in a memo, it runs the
/// memo again when they arrive.
pub fn track() -> bool {
    ready_signal().get()
}

/// A copy of a data file's bytes as they came (to move to a worker, or to
/// inline in an offline file); `None` before they came or for a file that
/// was not fetched.
pub fn copy_of(name: &str) -> Option<js_sys::ArrayBuffer> {
    STORE.with(|s| {
        s.borrow()
            .bytes
            .get(name)
            .map(|b| js_sys::Uint8Array::new(b).buffer())
    })
}
