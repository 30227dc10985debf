//! The demo's outputs, pinned byte for byte: the analysis document, every
//! export and the readable tables. A restructuring that changes none of the
//! behaviour must leave these files as they are; a change that means to
//! alter an output rewrites them with `FLIGHTLENS_BLESS=1 cargo test -p
//! flightlens-cli --test pinned` and says why in its commit.

use std::path::Path;
use std::process::Command;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn run(extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_flightlens"))
        .args([
            "analyze",
            "demo/cargo-rff7071.fr24.csv",
            "demo/bizjet-4bc8d0.opensky.csv",
            "--article",
            "demo/article.txt",
            "--published",
            "2019-01-28",
        ])
        .args(extra)
        .current_dir(ROOT)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Compares `got` with the pinned file, naming the first line that differs.
fn check(name: &str, got: &str) {
    let path = Path::new(ROOT).join("crates/cli/tests/pinned").join(name);
    if std::env::var_os("FLIGHTLENS_BLESS").is_some() {
        std::fs::write(&path, got).expect("write the pinned file");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (FLIGHTLENS_BLESS=1 writes it)", path.display()));
    if got != want {
        let (n, (g, w)) = got
            .lines()
            .zip(want.lines())
            .enumerate()
            .find(|(_, (g, w))| g != w)
            .unwrap_or((
                got.lines().count().min(want.lines().count()),
                ("(end)", "(end)"),
            ));
        panic!(
            "{name} differs from the pinned output at line {}:\n  got:    {g}\n  pinned: {w}\n({} lines against {})",
            n + 1,
            got.lines().count(),
            want.lines().count()
        );
    }
}

#[test]
fn the_demo_analysis_is_pinned() {
    check("analysis.json", &run(&["--json"]));
}

#[test]
fn the_demo_exports_are_pinned() {
    for (format, file) in [
        ("geojson", "routes.geojson"),
        ("kml", "routes.kml"),
        ("legs-csv", "legs.csv"),
        ("stopovers-csv", "stopovers.csv"),
    ] {
        check(file, &run(&["--format", format]));
    }
}

#[test]
fn the_demo_tables_are_pinned() {
    check("tables.txt", &run(&[]));
}
