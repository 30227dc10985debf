//! The `flightlens` binary, run as a user would run it.

use std::process::Command;

fn flightlens(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_flightlens"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("the binary runs")
}

#[test]
fn analyze_json_on_the_demo_prints_the_contract() {
    let out = flightlens(&[
        "analyze",
        "demo/cargo-rff7071.fr24.csv",
        "demo/bizjet-4bc8d0.opensky.csv",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(doc["schema"], "flightlens.analysis/1");
    assert_eq!(doc["aircraft"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc["aircraft"][1]["icao24"], "4bc8d0");
    let legs = doc["legs"].as_array().expect("legs");
    let route: Vec<String> = legs
        .iter()
        .map(|l| {
            format!(
                "{}-{}",
                l["from"]["icao"].as_str().unwrap_or("?"),
                l["to"]["icao"].as_str().unwrap_or("?")
            )
        })
        .collect();
    assert_eq!(
        route,
        [
            "UUMU-GOBD",
            "GOBD-SGAS",
            "SGAS-MUHA",
            "LTFM-UUWW",
            "UUWW-SVMI"
        ]
    );
    let stops: Vec<&str> = doc["stopovers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["airport"]["icao"].as_str().unwrap())
        .collect();
    assert_eq!(stops, ["GOBD", "SGAS", "UUWW"]);
    assert_eq!(
        doc["aircraft"][0]["itinerary"],
        serde_json::json!(["leg:1", "stop:1", "leg:2", "stop:2", "leg:3"])
    );
}

#[test]
fn nothing_readable_is_an_error_with_the_reason() {
    let out = flightlens(&["analyze", "demo/article.txt"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nothing could be read") && err.contains("tried:"),
        "{err}"
    );
}

#[test]
fn tables_by_default() {
    let out = flightlens(&["analyze", "demo/cargo-rff7071.fr24.csv"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Flightradar24 CSV") && text.contains("RFF7071"),
        "{text}"
    );
}
