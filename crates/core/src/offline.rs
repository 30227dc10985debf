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

/// The module script's template (`js/offline-boot.js`): see its header for
/// what each placeholder holds. The header (its leading `//` lines and the
/// blank line after them) documents it and is not copied into the page.
const BOOT_TEMPLATE: &str = include_str!("../../../js/offline-boot.js");

/// The placeholders of [`BOOT_TEMPLATE`], each written `/*@NAME@*/` and
/// occurring exactly once.
pub const PLACEHOLDERS: [&str; 7] = [
    "GLUE",
    "WORKER",
    "WASM",
    "DATA",
    "READER_GLUE",
    "READER_WORKER",
    "READER_WASM",
];

/// A wasm module as the offline file carries it: its wasm-bindgen glue,
/// the module gzipped then base64, and the script of the worker it runs in
/// (which imports the glue on one line starting [`WORKER_IMPORT`]).
#[derive(Debug, Clone, Copy)]
pub struct Module<'a> {
    /// The glue (`flightlens-app.js`, `flightlens-reader.js`).
    pub glue: &'a str,
    /// The `.wasm`, gzipped, then base64.
    pub wasm_gz_base64: &'a str,
    /// The worker's script (`js/worker.js`, `js/reader-worker.js`).
    pub worker_js: &'a str,
}

/// The line of `js/worker.js` (and `js/reader-worker.js`) that imports the glue: in the offline file's
/// worker the glue comes first in the same script, so this line becomes
/// `const init = __wbg_init;`.
pub const WORKER_IMPORT: &str = "import init, {";

/// The template without its header.
fn boot_template() -> &'static str {
    let mut at = 0;
    for line in BOOT_TEMPLATE.split_inclusive('\n') {
        if !line.starts_with("//") {
            if line == "\n" {
                at += line.len();
            }
            break;
        }
        at += line.len();
    }
    &BOOT_TEMPLATE[at..]
}

/// `template` with each `/*@NAME@*/` whose name `values` gives replaced by
/// its value, in one pass: text put in is never searched for placeholders.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out =
        String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(i) = rest.find("/*@") {
        let after = &rest[i + 3..];
        let Some(j) = after.find("@*/") else { break };
        out.push_str(&rest[..i]);
        match values.iter().find(|(name, _)| *name == &after[..j]) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[i..i + 3 + j + 3]),
        }
        rest = &after[j + 3..];
    }
    out.push_str(rest);
    out
}

/// As a JS string literal, with `<` escaped so that nothing in it can close
/// the script block it sits in.
fn js_string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

/// The module script: the app's glue, then the lines that unpack the
/// inlined module (`wasm_gz_base64`: the `.wasm` gzipped, then base64)
/// with the browser's `DecompressionStream` and start the app from those
/// bytes (`js/offline-boot.js`, filled in). `data` holds the engine's data
/// files (`crate::data::FILES`: name and base64 of the file as served),
/// which the served app fetches beside its module and this file carries
/// inline. `reader` is the article reader's module (`crates/reader-web`),
/// carried the same way and started in its own worker only when there is
/// an article to read.
///
/// A module's `worker_js` (`js/worker.js`, `js/reader-worker.js`): a page opened
/// from `file://` cannot start a worker from a file, nor a module worker
/// from a `blob:` URL, so the script makes a classic worker from a `blob:`
/// URL holding its own glue (exports and `import.meta` taken out)
/// followed by the worker's code (its import of the glue,
/// [`WORKER_IMPORT`], replaced by the glue itself).
pub fn boot_script(app: &Module<'_>, reader: &Module<'_>, data: &[(&str, &str)]) -> String {
    fill(
        boot_template(),
        &[
            ("GLUE", app.glue),
            ("WORKER", &js_string(&worker_body(app.worker_js))),
            ("WASM", &format!("'{}'", app.wasm_gz_base64)),
            ("DATA", &data_literal(data)),
            ("READER_GLUE", &js_string(reader.glue)),
            ("READER_WORKER", &js_string(&worker_body(reader.worker_js))),
            ("READER_WASM", &format!("'{}'", reader.wasm_gz_base64)),
        ],
    )
}

/// A worker's script with its import of the glue ([`WORKER_IMPORT`])
/// replaced: in the offline file its glue comes first in the same script.
fn worker_body(worker_js: &str) -> String {
    worker_js
        .lines()
        .map(|l| {
            if l.starts_with(WORKER_IMPORT) {
                "const init = __wbg_init;"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A file served beside the module as the offline file carries it: as it
/// is when already gzipped (a name ending `.gz`), else gzipped here (the
/// offline boot script unpacks those with the browser's
/// `DecompressionStream` before it hands them over).
pub fn packed(name: &str, bytes: &[u8]) -> Vec<u8> {
    if name.ends_with(".gz") {
        return bytes.to_vec();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = std::io::Write::write_all(&mut gz, bytes);
    gz.finish().unwrap_or_default()
}

/// The data files as a JS object literal: `{"name": "base64", …}`.
fn data_literal(data: &[(&str, &str)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = data
        .iter()
        .map(|(name, b64)| (name.to_string(), serde_json::Value::from(*b64)))
        .collect();
    serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c")
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

/// Why [`page`] could not write the offline file. Both come from the build,
/// never from a user's data (which reaches the page only as the escaped data
/// block), so either means the build is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageError {
    /// The glue or the stylesheet holds `</script` or `</style`, which
    /// would end its inline block early.
    ClosingTag,
    /// The data block holds a `<`, which must be escaped first.
    DataNotEscaped,
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PageError::ClosingTag => {
                "the glue or the stylesheet contains a closing tag; it cannot be inlined"
            }
            PageError::DataNotEscaped => "the data block must have its '<' escaped",
        })
    }
}

impl std::error::Error for PageError {}

/// The whole page, from the script made by [`boot_script`], the style
/// text made by [`style_text`], their hashes, and the data to open with
/// (a saved-project document from [`crate::saved::SavedProject::to_json`],
/// whose `<` are escaped so it cannot close its block).
///
/// ```
/// use flightlens_core::offline::{Module, boot_script, page, style_text};
/// let worker = "import init, { worker_begin } from './flightlens-app.js';\nself.onmessage = () => {};";
/// let app = Module { glue: "/*glue*/", wasm_gz_base64: "AAAA", worker_js: worker };
/// let reader = Module { glue: "/*reader's glue*/", wasm_gz_base64: "BBBB", worker_js: worker };
/// let script = boot_script(&app, &reader, &[("airports.tsv.gz", "QUJD")]);
/// assert!(script.contains("const init = __wbg_init;") && !script.contains("import init"));
/// let html = page(&script, &style_text("body{}"), "s", "c", Some("{}")).unwrap();
/// assert!(html.contains("script-src 'sha256-s'") && html.contains("id=\"flightlens-preload\">{}</script>"));
/// assert_eq!(page("</script>", "", "s", "c", None), Err(flightlens_core::offline::PageError::ClosingTag));
/// ```
pub fn page(
    script: &str,
    style: &str,
    script_sha256: &str,
    style_sha256: &str,
    data: Option<&str>,
) -> Result<String, PageError> {
    if script.contains("</script") || style.contains("</style") {
        return Err(PageError::ClosingTag);
    }
    if data.is_some_and(|d| d.contains('<')) {
        return Err(PageError::DataNotEscaped);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_placeholder_occurs_exactly_once_and_no_other() {
        for name in PLACEHOLDERS {
            let mark = format!("/*@{name}@*/");
            assert_eq!(BOOT_TEMPLATE.matches(&mark).count(), 1, "{mark}");
        }
        assert_eq!(
            BOOT_TEMPLATE.matches("/*@").count(),
            PLACEHOLDERS.len(),
            "no placeholder the code does not fill"
        );
    }

    #[test]
    fn the_header_stays_out_of_the_page_and_the_glue_comes_first() {
        let body = boot_template();
        assert!(body.starts_with("/*@GLUE@*/\n"), "{}", &body[..40]);
        assert!(!boot_script(&NONE, &NONE, &[]).contains("placeholder"));
    }

    #[test]
    fn the_script_finds_where_the_glue_ends_by_its_own_marker_line() {
        // The script cuts its own text at this line to get the glue back.
        let marker = boot_template().lines().nth(1).unwrap();
        assert!(marker.starts_with("// Flightlens offline file"));
        let sought = format!("own.indexOf({})", js_string(&format!("\n{marker}\n")));
        assert_eq!(boot_template().matches(&sought).count(), 1);
    }

    #[test]
    fn text_files_travel_gzipped_and_gzipped_ones_as_they_are() {
        use std::io::Read;
        assert_eq!(packed("airports.tsv.gz", b"\x1f\x8bxyz"), b"\x1f\x8bxyz");
        let gz = packed("a.csv", b"a,b\n1,2\n");
        let mut text = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "a,b\n1,2\n");
    }

    #[test]
    fn filling_is_one_pass() {
        let out = fill("a/*@X@*/b/*@Y@*/c/*@Z@*/", &[("X", "/*@Y@*/"), ("Y", "y")]);
        assert_eq!(out, "a/*@Y@*/byc/*@Z@*/");
        let app = Module {
            glue: "/*@WASM@*/glue",
            wasm_gz_base64: "QUJD",
            worker_js: "import init, { w } from './g.js';\nw();",
        };
        let reader = Module {
            glue: "export function r() {}",
            wasm_gz_base64: "R0hJ",
            worker_js: "import init, { r } from './r.js';\nr();",
        };
        let s = boot_script(&app, &reader, &[("airports.tsv.gz", "REVG")]);
        assert!(s.starts_with("/*@WASM@*/glue\n// Flightlens offline file"));
        assert!(s.contains("bytes64('QUJD')"));
        assert!(s.contains(r#"const data = {"airports.tsv.gz":"REVG"};"#));
        assert!(s.contains(r#"'\n', "const init = __wbg_init;\nw();"]"#));
        assert!(s.contains(
            r#"classic("export function r() {}"), '\n', "const init = __wbg_init;\nr();"]"#
        ));
        assert!(s.contains("gunzip(bytes64('R0hJ'))"));
    }

    const NONE: Module<'static> = Module {
        glue: "",
        wasm_gz_base64: "",
        worker_js: "",
    };

    #[test]
    fn the_workers_import_the_glue_on_one_line_the_offline_file_replaces() {
        for worker in [
            include_str!("../../../js/worker.js"),
            include_str!("../../../js/reader-worker.js"),
        ] {
            let imports = worker
                .lines()
                .filter(|l| l.starts_with(WORKER_IMPORT))
                .count();
            assert_eq!(imports, 1);
            // In the script the worker is one string literal, its lines
            // joined by `\n` escapes.
            let module = Module {
                worker_js: worker,
                ..NONE
            };
            for script in [
                boot_script(&module, &NONE, &[]),
                boot_script(&NONE, &module, &[]),
            ] {
                assert!(script.contains("\\nconst init = __wbg_init;\\n"));
                assert!(!script.contains(&format!("\\n{WORKER_IMPORT}")));
            }
        }
    }

    #[test]
    fn nothing_in_the_worker_can_close_the_script_block() {
        let module = Module {
            glue: "const b = '</script>';",
            wasm_gz_base64: "",
            worker_js: "const a = '</script>';",
        };
        let s = boot_script(
            &Module { glue: "", ..module },
            &module,
            &[("</script>", "")],
        );
        assert!(!s.contains("</script"));
    }
}
