//! `cargo xtask bundle`: `dist/flightlens.html`, the whole app in one file
//! that works when opened from `file://` with the network off, built from
//! the release build in `dist/`. (The app's Save as offline HTML builds the
//! same kind of file in the page: `src/offline.rs`.)
//!
//! A page opened from `file://` may not fetch its own wasm (browsers treat
//! every file as its own origin), so the module is inlined as base64 next
//! to the wasm-bindgen glue, and the stylesheet is inlined too; see
//! `flightlens_core::offline` for the template and its policy.
//!
//! With `--with FILES… [--article FILE --published DATE]` the file also
//! carries that data (in a `<script type="application/json">` block, which
//! is never run) and opens with the analysis already loaded.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use flightlens_core::saved::{FORMAT, SavedFile, SavedProject};
use sha2::{Digest, Sha256};

/// What `cargo xtask bundle` was asked for.
#[derive(Debug, Default)]
struct Request {
    with: Vec<PathBuf>,
    article: Option<PathBuf>,
    published: Option<String>,
    out: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Request, String> {
    let mut r = Request::default();
    let mut it = args.iter().peekable();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--with" => {
                while let Some(f) = it.peek().filter(|f| !f.starts_with("--")) {
                    r.with.push(PathBuf::from(f));
                    it.next();
                }
                if r.with.is_empty() {
                    return Err("--with needs at least one file".into());
                }
            }
            "--article" => r.article = Some(it.next().ok_or("--article needs a file")?.into()),
            "--published" => {
                let d = it.next().ok_or("--published needs a date, YYYY-MM-DD")?;
                if flightlens_core::time::parse_date(d).is_none() {
                    return Err(format!("--published {d}: not a date like 2019-01-25"));
                }
                r.published = Some(d.clone());
            }
            "--out" | "-o" => r.out = Some(it.next().ok_or("--out needs a file name")?.into()),
            other => return Err(format!("bundle: unknown argument {other}")),
        }
    }
    Ok(r)
}

fn sha256_b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// Data for the page to load at start: the files (base64, since some are
/// gzip), the article and its date. `<` is escaped so that nothing in the
/// data can close the block it sits in.
fn preload(r: &Request) -> Result<Option<String>, String> {
    if r.with.is_empty() && r.article.is_none() {
        return Ok(None);
    }
    let mut files = Vec::new();
    for p in &r.with {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(SavedFile {
            name,
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        });
    }
    let article = match &r.article {
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?,
        None => String::new(),
    };
    let doc = SavedProject {
        format: FORMAT.into(),
        files,
        article,
        published: r.published.clone().unwrap_or_default(),
    };
    Ok(Some(doc.to_json()))
}

/// A module of the app as `dist/` holds it: its glue, the `.wasm`, and
/// the script of the worker it runs in.
#[derive(Debug)]
pub struct Built {
    glue: String,
    wasm: Vec<u8>,
    worker: String,
}

impl Built {
    /// The module `name` (`flightlens-app`, `flightlens-reader`) and its
    /// worker's script, from `dist/`.
    fn read(dist: &Path, name: &str, worker: &str) -> Result<Built, String> {
        let read = |n: &str| std::fs::read(dist.join(n)).map_err(|e| format!("dist/{n}: {e}"));
        let text = |n: &str| String::from_utf8(read(n)?).map_err(|e| format!("dist/{n}: {e}"));
        Ok(Built {
            glue: text(&format!("{name}.js"))?,
            wasm: read(&format!("{name}_bg.wasm"))?,
            worker: text(worker)?,
        })
    }
}

/// The single page: styles, the app's and the article reader's modules
/// with their glue and workers, and data inline (the template is
/// `flightlens_core::offline`, shared with the app's Save as offline HTML).
/// The workers start from blob: URLs (a page from file:// cannot start one
/// from a file).
pub fn page(
    app: &Built,
    reader: &Built,
    css: &str,
    files: &[(&str, Vec<u8>)],
    data: Option<&str>,
) -> Result<String, String> {
    use flightlens_core::offline;
    // Modules and data files alike travel gzipped (a module is 40% smaller),
    // then base64; the browser's own DecompressionStream unpacks them (no
    // request: a Response made from a stream is not a fetch).
    let packed = |name: &str, bytes: &[u8]| {
        base64::engine::general_purpose::STANDARD.encode(offline::packed(name, bytes))
    };
    let (app_wasm, reader_wasm) = (
        packed("flightlens-app_bg.wasm", &app.wasm),
        packed("flightlens-reader_bg.wasm", &reader.wasm),
    );
    fn module<'a>(b: &'a Built, wasm: &'a str) -> offline::Module<'a> {
        offline::Module {
            glue: &b.glue,
            wasm_gz_base64: wasm,
            worker_js: &b.worker,
        }
    }
    // The files the served app fetches beside its module (the engine's
    // data, the demo's).
    let files: Vec<(&str, String)> = files
        .iter()
        .map(|(name, bytes)| (*name, packed(name, bytes)))
        .collect();
    let files: Vec<(&str, &str)> = files.iter().map(|(n, b)| (*n, b.as_str())).collect();
    let script = offline::boot_script(
        &module(app, &app_wasm),
        &module(reader, &reader_wasm),
        &files,
    );
    let style = offline::style_text(css);
    offline::page(
        &script,
        &style,
        &sha256_b64(&script),
        &sha256_b64(&style),
        data,
    )
    .map_err(|e| e.to_string())
}

/// For the end-to-end tests, from the build already in `dist/`: the plain
/// offline file, a shareable one carrying the demo's files and article, and
/// one carrying HTML and script payloads in a callsign and the article.
pub fn write_test_files(root: &Path) -> Result<(), String> {
    let demo = root.join("demo");
    let shared = Request {
        with: vec![
            demo.join("cargo-rff7071.fr24.csv"),
            demo.join("bizjet-4bc8d0.opensky.csv"),
        ],
        article: Some(demo.join("article.txt")),
        published: Some("2019-01-28".into()),
        out: Some(root.join("dist/flightlens-shared-demo.html")),
    };
    let fixtures = root.join("e2e/fixtures");
    let hostile = Request {
        with: vec![fixtures.join("hostile.fr24.csv")],
        article: Some(fixtures.join("hostile-article.txt")),
        published: Some("2019-01-28".into()),
        out: Some(root.join("dist/flightlens-shared-hostile.html")),
    };
    write(root, Request::default())?;
    write(root, shared)?;
    write(root, hostile)
}

/// `cargo xtask bundle [--with FILES… --article FILE --published DATE] [--out FILE]`.
pub fn bundle(root: &Path, args: &[String]) -> Result<(), String> {
    let r = parse(args)?;
    crate::toolchain::ensure_build_tools(root)?;
    crate::toolchain::dist(root)?;
    write(root, r)
}

/// Writes the file asked for from the build in `dist/`.
fn write(root: &Path, r: Request) -> Result<(), String> {
    let data = preload(&r)?;
    let dist = root.join("dist");
    let read = |n: &str| std::fs::read(dist.join(n)).map_err(|e| format!("dist/{n}: {e}"));
    let app = Built::read(&dist, "flightlens-app", "worker.js")?;
    let reader = Built::read(&dist, "flightlens-reader", "reader-worker.js")?;
    let css = String::from_utf8(read("main.css")?).map_err(|e| e.to_string())?;
    let files = flightlens_core::data::inlined()
        .map(|name| Ok((name, read(name)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let html = page(&app, &reader, &css, &files, data.as_deref())?;
    let out = r.out.unwrap_or_else(|| dist.join("flightlens.html"));
    std::fs::write(&out, &html).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "wrote {} ({:.2} MB; open it from disk, no server needed)",
        out.display(),
        html.len() as f64 / 1e6
    );
    Ok(())
}
