//! The embedding entry point: `mountFlightlens`, called by `js/embed.js`'s
//! `mount(element, options)` and its `<flight-lens>` element. Each call
//! mounts one read-only analysis into a container (inside the element's
//! shadow root, so the host page's CSS and the widget's cannot touch each
//! other) and returns a handle whose `analysis()` gives the analysis
//! document and whose `unmount()` frees it.

use std::cell::Cell;
use std::rc::Rc;

use flightlens_core::Analysis;
use leptos::prelude::{Memo, UnsyncCallback, WithUntracked};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::components::{Embed, EmbedView};
use crate::state::Derived;

/// A mounted analysis. `analysis()` gives its document; `unmount()`
/// removes it and frees its memory.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn std::any::Any>>,
    /// The widget's analysis, once it is mounted.
    analysis: Option<Memo<Analysis>>,
    /// Its article's reading, which comes a moment after the analysis is
    /// drawn (the reader is a module of its own: `src/reader.rs`).
    reading: Option<crate::reader::Answer>,
}

impl std::fmt::Debug for Mounted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mounted")
            .field("mounted", &self.handle.is_some())
            .finish()
    }
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the analysis from the page and drops its state.
    pub fn unmount(&mut self) {
        self.handle.take();
        self.analysis.take();
        self.reading.take();
    }

    /// A promise that resolves once the article as it is now has been read
    /// (at once without an article): `analysis()` then has its claims.
    pub fn settled(&self) -> js_sys::Promise {
        let reading = self.reading;
        wasm_bindgen_futures::future_to_promise(async move {
            if let Some(r) = reading {
                r.settled().await;
            }
            Ok(JsValue::UNDEFINED)
        })
    }

    /// The analysis document as a JavaScript object: the same document as
    /// Export analysis (JSON) and `flightlens analyze --json` (null after
    /// `unmount()`).
    pub fn analysis(&self) -> Result<JsValue, JsError> {
        let document = self.analysis.and_then(|a| a.try_with_untracked(to_js));
        match document {
            Some(d) => d,
            None => Ok(JsValue::NULL),
        }
    }
}

/// `value` as a plain JavaScript value, shaped as its JSON would be
/// (objects, not `Map`s; `null`, not `undefined`).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Reads `{name, bytes}` objects (bytes a `Uint8Array`), or `{name, error}`
/// for a file that could not be had; a malformed entry becomes a message,
/// not a panic.
fn files_of(files: &js_sys::Array) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
    let mut ok = Vec::new();
    let mut problems = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let name = crate::browser::get(&f, "name")
            .as_string()
            .unwrap_or_else(|| format!("file {}", i + 1));
        if let Some(e) = crate::browser::get(&f, "error").as_string() {
            problems.push(e);
            continue;
        }
        match crate::browser::get(&f, "bytes")
            .dyn_into::<js_sys::Uint8Array>()
            .ok()
        {
            Some(b) => ok.push((name, b.to_vec())),
            None => problems.push(format!("{name}: no bytes were given for this file")),
        }
    }
    (ok, problems)
}

/// Mounts one analysis of `files` into `container`: `view` is `map`,
/// `timeline` or `full`; `readonly` hides the filters. Resolves once the
/// engine has its airport table (fetched beside the module) and the
/// analysis is drawn; the article's claims follow a moment later (read by
/// the reader's own module, `src/reader.rs`): `settled()` waits for them.
#[wasm_bindgen(js_name = mountFlightlens)]
pub async fn mount_flightlens(
    container: web_sys::HtmlElement,
    files: js_sys::Array,
    article: String,
    published: String,
    view: String,
    readonly: bool,
) -> Mounted {
    let (files, problems) = files_of(&files);
    crate::assets::ready().await;
    let view = EmbedView::parse(&view);
    let slot = Rc::new(Cell::new(None));
    let put = slot.clone();
    let expose = UnsyncCallback::new(move |a| put.set(Some(a)));
    let handle = leptos::mount::mount_to(container, move || {
        leptos::view! { <Embed files article published view readonly problems expose /> }
    });
    let derived: Option<Derived> = slot.get();
    Mounted {
        handle: Some(Box::new(handle)),
        analysis: derived.map(|d| d.analysis),
        reading: derived.map(|d| d.reading),
    }
}
