//! `cargo xtask test`: every check and test in the order that fails
//! fastest, and a summary whose last line CI reads.

use std::path::Path;

use crate::toolchain::{CHROMEDRIVER, cargo, dist, ensure_build_tools, ensure_chromium, node, run};

struct Step {
    name: &'static str,
    seconds: f64,
    ok: bool,
}

/// `cargo xtask test`: every check, in the order that fails fastest, and a
/// summary at the end. Keeps going after a failure so the summary is whole.
pub fn test(root: &Path) -> Result<(), String> {
    #[allow(clippy::disallowed_methods)] // xtask runs natively; timing steps is its job
    let now = std::time::Instant::now;
    let mut steps: Vec<Step> = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n=== {name}");
        let t = now();
        let r = f();
        if let Err(e) = &r {
            eprintln!("!!! {name}: {e}");
        }
        steps.push(Step {
            name,
            seconds: t.elapsed().as_secs_f64(),
            ok: r.is_ok(),
        });
        r.is_ok()
    };
    let setup_ok = step("install tools", &mut || {
        ensure_build_tools(root)?;
        ensure_chromium()
    });
    step("rustfmt", &mut || {
        run(cargo().current_dir(root).args(["fmt", "--all", "--check"]))
    });
    step("clippy (native)", &mut || {
        run(cargo().current_dir(root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    if setup_ok {
        step("clippy (wasm32)", &mut || {
            run(cargo().current_dir(root).args([
                "clippy",
                "-p",
                "flightlens",
                "-p",
                "flightlens-core",
                "-p",
                "flightlens-reader",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        });
    }
    step("cargo test (native)", &mut || {
        run(cargo().current_dir(root).args(["test", "--workspace"]))
    });
    step("route evaluation (targets)", &mut || {
        crate::eval::routes(root)
    });
    step("article evaluation (targets)", &mut || {
        crate::eval_article::run(root)
    });
    if setup_ok {
        step("component tests (wasm, Chromium)", &mut || {
            run(cargo()
                .current_dir(root)
                .args([
                    "test",
                    "-p",
                    "flightlens",
                    "--target",
                    "wasm32-unknown-unknown",
                ])
                .env("CHROMEDRIVER", CHROMEDRIVER)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
        });
        let built = step("release build (trunk, wasm-opt)", &mut || dist(root));
        let built = built
            && step("offline files (bundle)", &mut || {
                crate::bundle::write_test_files(root)
            });
        if built {
            step("end-to-end (Chromium)", &mut || {
                node(root, &["--test", "--test-reporter=spec", "e2e/"])
            });
        }
    }
    println!("\n=== summary");
    for s in &steps {
        println!(
            "{:<36} {:>8.1}s  {}",
            s.name,
            s.seconds,
            if s.ok { "ok" } else { "FAILED" }
        );
    }
    let failed = steps.iter().filter(|s| !s.ok).count();
    let total: f64 = steps.iter().map(|s| s.seconds).sum();
    println!("total time: {total:.0}s");
    // The plain closing line CI reads: "summary: N passed, N failed".
    println!(
        "summary: {} passed, {} failed",
        steps.len() - failed,
        failed
    );
    if failed == 0 && setup_ok {
        Ok(())
    } else {
        Err(format!("{failed} step(s) failed"))
    }
}
