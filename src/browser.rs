//! The few places where the app touches browser APIs directly.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Bytes read from a file at a time: two parse blocks (about 30 ms of work),
/// so that the page redraws and answers clicks between pieces.
pub const PIECE: f64 = 2.0 * 1024.0 * 1024.0;

/// `performance.now()`: milliseconds, finer than `Date.now()`, for timing
/// work in the page. `None` where there is no window (a worker).
pub fn now_ms() -> Option<f64> {
    web_sys::window()?.performance().map(|p| p.now())
}

/// Waits `ms` milliseconds (a timer: what the page has to do meanwhile,
/// its effects first, is done).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let set = web_sys::window()
            .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms));
        if !matches!(set, Some(Ok(_))) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A JS error as words for a person, to put in a sentence: what an
/// `Error` or `DOMException` says (its message, or its name when the
/// message is empty), a thrown string as it is. Never the value's debug
/// form, which is a stack trace or `JsValue(…)`.
pub fn js_error(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return reason(None, Some(&s));
    }
    if let Some(n) = e.as_f64() {
        return reason(None, Some(&n.to_string()));
    }
    let text = |key: &str| {
        e.is_object()
            .then(|| get(e, key))
            .and_then(|v| v.as_string())
    };
    reason(text("name").as_deref(), text("message").as_deref())
}

/// A property of a JS value, or `undefined`.
pub fn get(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets a property of a plain object (the page's messages to its workers).
pub fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object cannot fail.
    let _ = js_sys::Reflect::set(o, &JsValue::from_str(key), value);
}

/// What a worker's `error` event tells: the message of an error thrown in
/// the worker (an `ErrorEvent`), or `None` when the worker's script could
/// not be loaded at all (a bare `Event`: a network error, or a page policy
/// whose `worker-src` does not allow it), which leaves the worker dead.
/// (`ErrorEvent::message` on a bare `Event` throws inside the handler.)
pub fn worker_error(ev: &web_sys::Event) -> Option<String> {
    get(ev, "message")
        .as_string()
        .map(|m| reason(None, Some(&m)))
}

thread_local! {
    /// Whether the page's policy has refused a worker's script.
    static WORKER_REFUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Starts listening (once) for the page's Content-Security-Policy refusing
/// a worker: the browser reports it on the document
/// (`securitypolicyviolation`, directive `worker-src`) before the worker's
/// bare `error` event, so that a worker that could not start can say why.
/// Called before a worker is made.
pub fn watch_policy() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_violation =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
            if get(&e, "effectiveDirective").as_string().as_deref() == Some("worker-src") {
                WORKER_REFUSED.with(|r| r.set(true));
            }
        });
    // Listens as long as the page lives.
    let _ = document.add_event_listener_with_callback(
        "securitypolicyviolation",
        on_violation.as_ref().unchecked_ref(),
    );
    on_violation.forget();
}

/// Whether the page's policy refused a worker's script (its `worker-src`):
/// then a worker that could not load will not load on a reload either; the
/// page's publisher has to allow it.
fn worker_refused() -> bool {
    WORKER_REFUSED.with(std::cell::Cell::get)
}

/// Why a worker's script could not be loaded, and what to do, as a clause
/// after "could not be loaded": the page's policy (then reloading does not
/// help), else probably the network (then it may), unless the refusal was
/// reported where the page cannot hear it (a module worker's own imports
/// are checked inside the worker).
pub fn worker_unloaded() -> &'static str {
    if worker_refused() {
        "(this page's Content-Security-Policy does not allow it: its worker-src must \
         name the host of the Flightlens files, and blob: when that is not the page's \
         own. Reloading will not help; whoever publishes the page can add them)"
    } else {
        "(a network error, or a page policy the browser's console names). Reload the page \
         to try again"
    }
}

/// The words for an error called `name` (`TypeError`, `NotReadableError`…)
/// that says `message`: the message without its final full stop (it goes
/// inside a sentence), else a name more telling than `Error`.
pub fn reason(name: Option<&str>, message: Option<&str>) -> String {
    let message = message
        .map(|m| m.trim().trim_end_matches('.').trim_end())
        .filter(|m| !m.is_empty());
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty() && *n != "Error");
    match (message, name) {
        (Some(m), _) => m.to_string(),
        (None, Some(n)) => n.to_string(),
        (None, None) => "the browser gave no reason".to_string(),
    }
}

/// What to say when the browser could not read a user's file.
pub fn unreadable(name: &str, e: &JsValue) -> String {
    format!(
        "{name}: the browser could not read the file ({})",
        js_error(e)
    )
}

/// Starts reading bytes `start..end` of a user's file; await the result
/// with [`piece_bytes`]. Starting the next read before parsing the current
/// piece lets the browser fetch while the engine works.
pub fn start_piece(file: &web_sys::File, start: f64, end: f64) -> Result<js_sys::Promise, String> {
    let blob = file
        .slice_with_f64_and_f64(start, end)
        .map_err(|e| unreadable(&file.name(), &e))?;
    Ok(blob.array_buffer())
}

/// The bytes of a read begun with [`start_piece`]. They never leave the page.
pub async fn piece_bytes(name: &str, read: js_sys::Promise) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(read)
        .await
        .map_err(|e| unreadable(name, &e))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// The files of a `FileList`, in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Offers `text` to the user as a download named `name`, made in the page
/// from a Blob (no request is sent anywhere).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("could not build the download: {}", js_error(&e)))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| format!("could not build the download: {}", js_error(&e)))?;
    download_url(name, &url)?;
    web_sys::Url::revoke_object_url(&url).map_err(|e| js_error(&e))?;
    Ok(())
}

/// Offers `bytes` to the user as a download named `name`, made in the page
/// from a Blob (no request is sent anywhere).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("could not build the download: {}", js_error(&e)))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| format!("could not build the download: {}", js_error(&e)))?;
    download_url(name, &url)?;
    web_sys::Url::revoke_object_url(&url).map_err(|e| js_error(&e))?;
    Ok(())
}

/// Bytes as base64, by the browser's `btoa` (one character per byte).
pub fn base64(bytes: &[u8]) -> Result<String, String> {
    let binary: String = bytes.iter().map(|&b| char::from(b)).collect();
    leptos::prelude::window()
        .btoa(&binary)
        .map_err(|e| format!("could not encode ({})", js_error(&e)))
}

/// Offers a `data:` or `blob:` URL made in the page as a download.
fn download_url(name: &str, url: &str) -> Result<(), String> {
    let a: web_sys::HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")
        .map_err(|e| js_error(&e))?
        .unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
    Ok(())
}

/// Style properties an exported SVG needs to look as it does on the page.
const SVG_STYLE: [&str; 16] = [
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-opacity",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "paint-order",
    "display",
    "vector-effect",
];

/// The markup of the `<svg>` matching `selector`, standalone: every
/// element's computed style is written as presentation attributes, so the
/// file looks the same outside the page (in Illustrator, Inkscape or a
/// browser). Elements of class `tip` (the hover label) are left out.
pub fn svg_markup(selector: &str) -> Result<String, String> {
    let doc = leptos::prelude::document();
    let win = leptos::prelude::window();
    let svg = doc
        .query_selector(selector)
        .ok()
        .flatten()
        .ok_or("there is no map on the page to export")?;
    // A new root rather than a clone of the map's: the map's root carries
    // the pan transform in a style attribute, and a copied style attribute
    // is an inline style the CSP refuses.
    let ns = Some("http://www.w3.org/2000/svg");
    let copy = doc.create_element_ns(ns, "svg").map_err(|e| js_error(&e))?;
    for a in ["viewBox", "preserveAspectRatio", "role", "aria-label"] {
        if let Some(v) = svg.get_attribute(a) {
            let _ = copy.set_attribute(a, &v);
        }
    }
    let kids = svg.child_nodes();
    for i in 0..kids.length() {
        if let Some(k) = kids.item(i)
            && let Ok(c) = k.clone_node_with_deep(true)
        {
            let _ = copy.append_child(&c);
        }
    }
    let from = svg.query_selector_all("*").map_err(|e| js_error(&e))?;
    let to = copy.query_selector_all("*").map_err(|e| js_error(&e))?;
    for i in 0..from.length().min(to.length()) {
        let (Some(a), Some(b)) = (from.item(i), to.item(i)) else {
            continue;
        };
        let (a, b): (web_sys::Element, web_sys::Element) = (a.unchecked_into(), b.unchecked_into());
        let Ok(Some(cs)) = win.get_computed_style(&a) else {
            continue;
        };
        // Presentation attributes, not a `style` attribute: the page's CSP
        // forbids inline styles, and every SVG reader understands them.
        for p in SVG_STYLE {
            if let Ok(v) = cs.get_property_value(p)
                && !v.is_empty()
            {
                let _ = b.set_attribute(p, &v);
            }
        }
    }
    if let Ok(tips) = copy.query_selector_all(".tip") {
        for i in 0..tips.length() {
            if let Some(t) = tips.item(i)
                && let Some(p) = t.parent_node()
            {
                let _ = p.remove_child(&t);
            }
        }
    }
    let _ = copy.set_attribute("width", "1000");
    let _ = copy.set_attribute("height", "500");
    let xml = web_sys::XmlSerializer::new()
        .map_err(|e| js_error(&e))?
        .serialize_to_string(&copy)
        .map_err(|e| js_error(&e))?;
    Ok(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}"))
}

/// Draws SVG markup onto a canvas at `scale` times its size over a white
/// background and offers it as a PNG download. All in the page: the image
/// comes from a `data:` URL, nothing is requested.
pub async fn download_png(
    name: &str,
    markup: &str,
    w: u32,
    h: u32,
    scale: u32,
) -> Result<(), String> {
    let doc = leptos::prelude::document();
    let img = web_sys::HtmlImageElement::new().map_err(|e| js_error(&e))?;
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        img.set_onload(Some(&resolve));
        img.set_onerror(Some(&reject));
    });
    let encoded: String = js_sys::encode_uri_component(markup).into();
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    JsFuture::from(loaded)
        .await
        .map_err(|_| "the browser could not draw the map as an image".to_string())?;
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(|e| js_error(&e))?
        .unchecked_into();
    canvas.set_width(w * scale);
    canvas.set_height(h * scale);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_error(&e))?
        .ok_or("no 2D canvas in this browser")?
        .unchecked_into();
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, f64::from(w * scale), f64::from(h * scale));
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(w * scale),
        f64::from(h * scale),
    )
    .map_err(|e| js_error(&e))?;
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the browser would not export the canvas".to_string())?;
    download_url(name, &url)
}

#[cfg(test)]
mod tests {
    use super::reason;

    #[test]
    fn a_js_error_reads_as_words() {
        assert_eq!(
            reason(Some("TypeError"), Some("Failed to fetch.")),
            "Failed to fetch"
        );
        assert_eq!(
            reason(Some("NotReadableError"), Some("")),
            "NotReadableError"
        );
        assert_eq!(reason(Some("Error"), None), "the browser gave no reason");
        assert_eq!(reason(None, Some("  quota exceeded  ")), "quota exceeded");
        assert_eq!(reason(None, None), "the browser gave no reason");
    }
}
