//! The engine's data files in the page: the airport table and the 1:50m
//! basemap (`flightlens_core::data`). The module does not carry them; the
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
/// to the engine, keeping their bytes.
fn install_all(files: &JsValue) -> Result<(), String> {
    for name in data::FILES {
        let value = js_sys::Reflect::get(files, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let Ok(bytes) = value.dyn_into::<js_sys::Uint8Array>() else {
            return Err(format!("{name} was not given"));
        };
        data::install(name, &bytes.to_vec()).map_err(|e| e.to_string())?;
        STORE.with(|s| s.borrow_mut().bytes.insert(name.to_string(), bytes));
    }
    Ok(())
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
    let given = js_sys::Reflect::get(&js_sys::global(), &"flightlensAssets".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
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
