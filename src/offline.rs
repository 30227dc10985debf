//! **Save as offline HTML**, built in the page: what is on screen as one
//! file that opens from disk with the network off, the same kind of file
//! as `cargo xtask bundle --with …` writes (`xtask/src/bundle.rs`).
//!
//! The template is `flightlens_core::offline` (shared with the bundle);
//! the data it carries is a project document ([`crate::saved`]), read back
//! when the file opens ([`crate::preload`]). Served, the app reads its own
//! glue, module and stylesheet from its own origin (the policy's
//! `connect-src 'self'`); opened as an offline file, it reuses its own
//! inline script and style, whose hashes its policy already names. Nothing
//! goes anywhere else.

use flightlens_core::offline;

use crate::browser::{base64, js_error};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

async fn sha256_b64(text: &str) -> Result<String, String> {
    let subtle = leptos::prelude::window()
        .crypto()
        .map_err(|e| format!("no Web Crypto here ({})", js_error(&e)))?
        .subtle();
    let bytes = text.as_bytes().to_vec();
    let digest = subtle
        .digest_with_str_and_u8_array("SHA-256", &bytes)
        .map_err(|e| js_error(&e))?;
    let buf = JsFuture::from(digest).await.map_err(|e| js_error(&e))?;
    base64(&js_sys::Uint8Array::new(&buf).to_vec())
}

/// A file of this app's own origin (never another host: the policy
/// forbids it).
async fn own_file(name: &str) -> Result<web_sys::Response, String> {
    let resp: web_sys::Response = JsFuture::from(leptos::prelude::window().fetch_with_str(name))
        .await
        .map_err(|e| format!("could not read the app's own {name} ({})", js_error(&e)))?
        .unchecked_into();
    if !resp.ok() {
        return Err(format!(
            "the app's own {name} is missing ({}); build with cargo xtask dist",
            resp.status()
        ));
    }
    Ok(resp)
}

async fn own_text(name: &str) -> Result<String, String> {
    let p = own_file(name).await?.text().map_err(|e| js_error(&e))?;
    let t = JsFuture::from(p).await.map_err(|e| js_error(&e))?;
    t.as_string().ok_or_else(|| format!("{name} is not text"))
}

async fn own_bytes(name: &str) -> Result<Vec<u8>, String> {
    let p = own_file(name)
        .await?
        .array_buffer()
        .map_err(|e| js_error(&e))?;
    let b = JsFuture::from(p).await.map_err(|e| js_error(&e))?;
    Ok(js_sys::Uint8Array::new(&b).to_vec())
}

/// A module gzipped, then base64, as the offline file carries it. At the
/// default level, where `cargo xtask bundle` and `offline::packed` use the
/// best: on the two modules (2.3 MB) the best level saves 4 KB of 975 KB
/// (0.4%) and takes 1.6 times as long (zlib 6 against 9, natively: 108
/// against 170 ms), paid while the person waits for the save.
fn gz_base64(wasm: &[u8]) -> Result<String, String> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, wasm).map_err(|e| e.to_string())?;
    base64(&gz.finish().map_err(|e| e.to_string())?)
}

/// The hashes named by this page's policy, when it is an offline file.
fn own_hashes(doc: &web_sys::Document) -> Option<(String, String)> {
    let csp = doc
        .query_selector("meta[http-equiv=\"Content-Security-Policy\"]")
        .ok()??
        .get_attribute("content")?;
    let hash = |directive: &str| {
        let rest = &csp[csp.find(directive)? + directive.len()..];
        let rest = rest.trim_start().strip_prefix("'sha256-")?;
        Some(rest[..rest.find('\'')?].to_string())
    };
    Some((hash("script-src")?, hash("style-src")?))
}

/// The offline page carrying `data` (a saved-project document).
pub async fn page(data: &str) -> Result<String, String> {
    let doc = leptos::prelude::document();
    let inline = doc
        .query_selector("script[type=\"module\"]:not([src])")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .filter(|t| t.contains("__wbg_init"));
    let style = doc
        .query_selector("head > style")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    if let (Some(script), Some(style), Some((sh, ch))) = (inline, style, own_hashes(&doc)) {
        // This page is an offline file: the same script and style again.
        return offline::page(&script, &style, &sh, &ch, Some(data)).map_err(|e| e.to_string());
    }
    let glue = own_text("./flightlens-app.js").await?;
    let css = own_text("./main.css").await?;
    let wasm = gz_base64(&own_bytes("./flightlens-app_bg.wasm").await?)?;
    let worker = own_text("./worker.js").await?;
    // The article reader's module, which this page may not have loaded yet.
    let reader_glue = own_text("./flightlens-reader.js").await?;
    let reader_wasm = gz_base64(&own_bytes("./flightlens-reader_bg.wasm").await?)?;
    let reader_worker = own_text("./reader-worker.js").await?;
    // The engine's data files and the demo's, as this page fetched them
    // beside the module (or fetches them now), gzipped.
    let mut files = Vec::new();
    for name in flightlens_core::data::inlined() {
        let bytes = match crate::assets::copy_of(name) {
            Some(b) => js_sys::Uint8Array::new(&b).to_vec(),
            None => own_bytes(&format!("./{name}")).await?,
        };
        files.push((name, base64(&offline::packed(name, &bytes))?));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(n, b)| (*n, b.as_str())).collect();
    let app = offline::Module {
        glue: &glue,
        wasm_gz_base64: &wasm,
        worker_js: &worker,
    };
    let reader = offline::Module {
        glue: &reader_glue,
        wasm_gz_base64: &reader_wasm,
        worker_js: &reader_worker,
    };
    let script = offline::boot_script(&app, &reader, &files);
    let style = offline::style_text(&css);
    let (sh, ch) = (sha256_b64(&script).await?, sha256_b64(&style).await?);
    offline::page(&script, &style, &sh, &ch, Some(data)).map_err(|e| e.to_string())
}
