//! The few places where the app touches browser APIs directly.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Bytes read from a file at a time: two parse blocks (about 30 ms of work),
/// so that the page redraws and answers clicks between pieces.
pub const PIECE: f64 = 2.0 * 1024.0 * 1024.0;

/// Starts reading bytes `start..end` of a user's file; await the result
/// with [`piece_bytes`]. Starting the next read before parsing the current
/// piece lets the browser fetch while the engine works.
pub fn start_piece(file: &web_sys::File, start: f64, end: f64) -> Result<js_sys::Promise, String> {
    let blob = file.slice_with_f64_and_f64(start, end).map_err(|e| {
        format!(
            "{}: the browser could not read the file ({e:?})",
            file.name()
        )
    })?;
    Ok(blob.array_buffer())
}

/// The bytes of a read begun with [`start_piece`]. They never leave the page.
pub async fn piece_bytes(name: &str, read: js_sys::Promise) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(read)
        .await
        .map_err(|e| format!("{name}: the browser could not read the file ({e:?})"))?;
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
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("could not build the download: {e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| format!("could not build the download: {e:?}"))?;
    let doc = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).map_err(|e| format!("{e:?}"))?;
    Ok(())
}
