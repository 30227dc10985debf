//! Installing the toolchain pieces the app needs, and the build, serve and
//! test pipelines. Every install step checks first, so a second run installs
//! nothing.

use std::path::Path;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_BINDGEN_VERSION: &str = "0.2.130";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Runs a command, echoing it, and fails with its name when it fails.
fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}").replace('"', "");
    println!("» {shown}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The standard output of a command, or `None` when it cannot run.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// PATH with the npm tools (wasm-opt from binaryen) in front, so that Trunk
/// finds the pinned wasm-opt instead of downloading one.
fn path_with_npm_bin(root: &Path) -> String {
    let bin = root.join("e2e/node_modules/.bin");
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk() -> Result<(), String> {
    if output("trunk", &["--version"]).is_some_and(|v| v.contains(TRUNK_VERSION)) {
        return Ok(());
    }
    run(cargo().args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let ok = output("wasm-bindgen", &["--version"])
        .is_some_and(|v| v.contains(WASM_BINDGEN_VERSION))
        && output("wasm-bindgen-test-runner", &["--version"]).is_some();
    if ok {
        return Ok(());
    }
    // Without --locked: the CLI's lockfile names a crate version the registry lacks.
    run(cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        WASM_BINDGEN_VERSION,
    ]))
}

fn ensure_npm(root: &Path) -> Result<(), String> {
    let dir = root.join("e2e");
    let stamp = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(&lock)) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir))
}

fn ensure_chromium() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Everything a build of the app needs.
pub fn ensure_build_tools(root: &Path) -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_npm(root)
}

fn trunk(root: &Path) -> Command {
    let mut c = Command::new("trunk");
    c.current_dir(root).env("PATH", path_with_npm_bin(root));
    c
}

/// A release build of the app into `dist/`.
pub fn dist(root: &Path) -> Result<(), String> {
    run(trunk(root).args(["build", "--release", "--offline"]))?;
    let wasm = std::fs::read_dir(root.join("dist"))
        .map_err(|e| format!("dist/: {e}"))?
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "wasm"));
    if let Some(w) = wasm {
        let bytes = std::fs::read(w.path()).map_err(|e| e.to_string())?;
        println!(
            "release wasm: {} bytes ({})",
            bytes.len(),
            w.path().display()
        );
    }
    Ok(())
}

/// `cargo xtask serve`.
pub fn serve(root: &Path) -> Result<(), String> {
    ensure_build_tools(root)?;
    println!("Flightlens will be at http://127.0.0.1:8080 (Ctrl-C to stop)");
    run(trunk(root).args(["serve", "--offline"]))
}

/// Runs a Node script of the project with Debian's Chromium.
pub fn node(root: &Path, args: &[&str]) -> Result<(), String> {
    run(Command::new("node")
        .args(args)
        .current_dir(root)
        .env("CHROMIUM", CHROMIUM))
}

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
    step("route evaluation (targets)", &mut crate::eval::routes);
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

/// Fuzz targets in `fuzz/`, one per format, `any`, the article reader, and
/// the exports and map paths.
const FUZZ_TARGETS: [&str; 13] = [
    "any",
    "article",
    "exports",
    "fr24",
    "fr24_granular",
    "fr24_api",
    "opensky",
    "readsb",
    "kml",
    "opensky_flights",
    "fr24_logbook",
    "generic_csv",
    "stream",
];

/// `cargo xtask fuzz [SECONDS]`: every fuzz target for SECONDS each (60 by
/// default). cargo-fuzz runs on the stable toolchain here with
/// `RUSTC_BOOTSTRAP=1` and no sanitizer (`-s none`): libFuzzer's coverage
/// guidance and its crash detection (any panic) are what we need; the
/// engine has no unsafe code for a sanitizer to watch.
pub fn fuzz(root: &Path, seconds: u64) -> Result<(), String> {
    if output("cargo", &["fuzz", "--version"]).is_none() {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let dir = root.join("fuzz");
    for t in FUZZ_TARGETS {
        std::fs::create_dir_all(dir.join("corpus").join(t)).map_err(|e| e.to_string())?;
        run(cargo()
            .current_dir(&dir)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "-s", "none", "-O", t, "--"])
            .arg(format!("-max_total_time={seconds}"))
            .args(["-max_len=8192", "-rss_limit_mb=2048"]))?;
    }
    println!(
        "fuzzed {} targets for {seconds} s each: no crash",
        FUZZ_TARGETS.len()
    );
    Ok(())
}
