//! The offline page template: the single HTML file that holds the whole
//! app, shared by `cargo xtask bundle` (`xtask/src/bundle.rs`) and the
//! app's **Save as offline HTML** (`src/offline.rs`), so both write the
//! same kind of file.
//!
//! A page opened from `file://` may not fetch its own wasm, so the module
//! is inlined (gzipped, base64) after the wasm-bindgen glue, and the
//! stylesheet is inlined too. The Content Security Policy allows exactly
//! those two inline blocks, by their SHA-256 hashes, and nothing else: no
//! fetch, no other script, no form. Data to open with sits in a
//! `<script type="application/json" id="flightlens-preload">` block, which
//! is never run.

/// The line that marks where the glue ends in the module script.
const MARK: &str = "\n// Flightlens offline file: the module is inlined below, gzipped.\n";

/// The module script: the glue, then the lines that unpack the inlined
/// module (`wasm_gz_base64`: the `.wasm` gzipped, then base64) with the
/// browser's `DecompressionStream` and start the app from those bytes.
///
/// `worker_js` is the file reader's worker (`worker.js`): a page opened
/// from `file://` cannot start a worker from a file, nor a module worker
/// from a `blob:` URL, so the script makes a classic worker from a `blob:`
/// URL holding its own glue (exports and `import.meta` taken out)
/// followed by the worker's code (its import of the glue replaced by the
/// glue itself).
pub fn boot_script(glue: &str, wasm_gz_base64: &str, worker_js: &str) -> String {
    let body: String = worker_js
        .lines()
        .map(|l| {
            if l.starts_with("import init, {") {
                "const init = __wbg_init;"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    // As a JS string literal; `<` escaped so nothing can close the block.
    let body = serde_json::to_string(&body)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    format!(
        "{glue}{MARK}{{\n  const own = document.querySelector('script[type=\"module\"]').textContent;\n  // A module worker cannot start from a blob: URL of a file:// page, a\n  // classic one can: the glue loses its exports and import.meta.\n  const glue = own.slice(0, own.indexOf({mark})).replace(/^export (class|function) /gm, '$1 ').replace(/^export \\{{[^}}]*\\}};?$/gm, '').replaceAll('import.meta.url', 'self.location.href');\n  globalThis.flightlensWorker = URL.createObjectURL(new Blob([glue, '\\n', {body}], {{ type: 'text/javascript' }}));\n  const text = atob('{wasm_gz_base64}');\n  const packed = new Uint8Array(text.length);\n  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);\n  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));\n  const bytes = await new Response(stream).arrayBuffer();\n  await __wbg_init({{ module_or_path: bytes }});\n}}\n",
        mark = serde_json::to_string(MARK).unwrap_or_default(),
    )
}

/// The `<style>` block's text for a stylesheet.
pub fn style_text(css: &str) -> String {
    format!("\n{css}\n")
}

/// The page's Content Security Policy, allowing the script and style
/// blocks whose SHA-256 hashes (base64) are given, and nothing else.
pub fn csp(script_sha256: &str, style_sha256: &str) -> String {
    format!(
        "default-src 'none'; script-src 'sha256-{script_sha256}' 'wasm-unsafe-eval'; style-src 'sha256-{style_sha256}'; img-src data: blob:; connect-src 'none'; font-src 'none'; object-src 'none'; media-src 'none'; frame-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'"
    )
}

/// The whole page, from the script made by [`boot_script`], the style
/// text made by [`style_text`], their hashes, and the data to open with
/// (a saved-project document from [`crate::saved::SavedProject::to_json`],
/// whose `<` are escaped so it cannot close its block).
///
/// ```
/// use flightlens_core::offline::{boot_script, page, style_text};
/// let worker = "import init, { worker_begin } from './flightlens-app.js';\nself.onmessage = () => {};";
/// let script = boot_script("/*glue*/", "AAAA", worker);
/// assert!(script.contains("const init = __wbg_init;") && !script.contains("import init"));
/// let html = page(&script, &style_text("body{}"), "s", "c", Some("{}")).unwrap();
/// assert!(html.contains("script-src 'sha256-s'") && html.contains("id=\"flightlens-preload\">{}</script>"));
/// assert!(page("</script>", "", "s", "c", None).is_err());
/// ```
pub fn page(
    script: &str,
    style: &str,
    script_sha256: &str,
    style_sha256: &str,
    data: Option<&str>,
) -> Result<String, String> {
    if script.contains("</script") || style.contains("</style") {
        return Err(
            "the glue or the stylesheet contains a closing tag; it cannot be inlined".into(),
        );
    }
    if data.is_some_and(|d| d.contains('<')) {
        return Err("the data block must have its '<' escaped".into());
    }
    let csp = csp(script_sha256, style_sha256);
    let data = data
        .map(|d| {
            format!(
                "    <script type=\"application/json\" id=\"flightlens-preload\">{d}</script>\n"
            )
        })
        .unwrap_or_default();
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <!-- Flightlens, offline: everything is in this file, and the policy
         below forbids every request. Nothing you load is sent anywhere. -->
    <meta http-equiv="Content-Security-Policy" content="{csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="color-scheme" content="light dark" />
    <title>Flightlens</title>
    <link rel="icon" href="data:," />
    <style>{style}</style>
{data}    <script type="module">{script}</script>
  </head>
  <body>
    <noscript>Flightlens needs JavaScript and WebAssembly. Nothing you load is sent anywhere.</noscript>
  </body>
</html>
"#
    ))
}
