//! The offline single file: the page template shared by `cargo xtask
//! bundle` and the app's **Save as offline HTML** button, so both write the
//! same kind of file.
//!
//! A page opened from `file://` may not fetch its own wasm, so the module
//! is inlined (gzipped, base64) after the wasm-bindgen glue, and the
//! stylesheet is inlined too. The Content Security Policy allows exactly
//! those two inline blocks, by their SHA-256 hashes, and nothing else: no
//! fetch, no other script, no form. Data to open with sits in a
//! `<script type="application/json" id="flightlens-preload">` block, which
//! is never run.

/// The module script: the glue, then the lines that unpack the inlined
/// module (`wasm_gz_base64`: the `.wasm` gzipped, then base64) with the
/// browser's `DecompressionStream` and start the app from those bytes.
pub fn boot_script(glue: &str, wasm_gz_base64: &str) -> String {
    format!(
        "{glue}\n// Flightlens offline file: the module is inlined below, gzipped.\n{{\n  const text = atob('{wasm_gz_base64}');\n  const packed = new Uint8Array(text.length);\n  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);\n  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));\n  const bytes = await new Response(stream).arrayBuffer();\n  await __wbg_init({{ module_or_path: bytes }});\n}}\n"
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
        "default-src 'none'; script-src 'sha256-{script_sha256}' 'wasm-unsafe-eval'; style-src 'sha256-{style_sha256}'; img-src data: blob:; connect-src 'none'; font-src 'none'; object-src 'none'; media-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The whole page, from the script made by [`boot_script`], the style
/// text made by [`style_text`], their hashes, and the data to open with
/// (a saved-project document from [`crate::saved::SavedProject::to_json`],
/// whose `<` are escaped so it cannot close its block).
///
/// ```
/// use flightlens_core::offline::{boot_script, page, style_text};
/// let html = page(&boot_script("/*glue*/", "AAAA"), &style_text("body{}"), "s", "c", Some("{}")).unwrap();
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
