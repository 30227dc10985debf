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

#[test]
fn the_demo_article_claims_come_out_checked() {
    let out = flightlens(&[
        "analyze",
        "demo/cargo-rff7071.fr24.csv",
        "demo/bizjet-4bc8d0.opensky.csv",
        "--article",
        "demo/article.txt",
        "--published",
        "2019-01-28",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let claims = doc["claims"].as_array().expect("claims");
    let got: Vec<String> = claims
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}",
                c["event"].as_str().unwrap_or("?"),
                c["place"].as_str().unwrap_or("?"),
                c["date"].as_str().unwrap_or("?"),
                c["verdict"].as_str().unwrap_or("?")
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "departure RU 2018-12-10 supported",
            "arrival GOBD 2018-12-10 supported",
            "presence GOBD 2018-12-10/2018-12-11 supported",
            "arrival SGAS 2018-12-11 supported",
            "arrival MUHA 2018-12-12 supported",
            "route UUWW 2019-01-23 supported",
            "route SVMI 2019-01-24 supported",
        ]
    );
    assert_eq!(claims[5]["route"], serde_json::json!(["TR", "UUWW"]));
    assert_eq!(claims[5]["registration"], "TC-DMO");
}

#[test]
fn geojson_and_csv_exports_on_the_demo() {
    let demo = [
        "demo/cargo-rff7071.fr24.csv",
        "demo/bizjet-4bc8d0.opensky.csv",
    ];
    let run = |format: &str| {
        let mut a = vec!["analyze"];
        a.extend(demo);
        a.extend(["--format", format]);
        let out = flightlens(&a);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let geo: serde_json::Value = serde_json::from_str(&run("geojson")).expect("GeoJSON");
    assert_eq!(geo["type"], "FeatureCollection");
    let legs = geo["features"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["properties"]["kind"] == "leg")
        .count();
    let csv = run("legs-csv");
    assert_eq!(csv.lines().count(), legs + 1, "{csv}");
    assert!(csv.starts_with("id,aircraft,"));
    assert!(run("kml").contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">"));
    let bad = flightlens(&["analyze", demo[0], "--format", "shapefile"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not one of"));
}

/// A reporter can read an article before loading any track: its claims
/// come out with nothing to check them against.
#[test]
fn an_article_alone_gives_its_claims_with_no_data() {
    let out = flightlens(&[
        "analyze",
        "--article",
        "demo/article.txt",
        "--published",
        "2019-01-28",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(doc["aircraft"].as_array().map(Vec::len), Some(0));
    let claims = doc["claims"].as_array().expect("claims");
    assert!(claims.len() >= 4, "{claims:?}");
    assert!(claims.iter().all(|c| c["verdict"] == "no_data"));
    assert!(
        claims
            .iter()
            .all(|c| c["evidence"] == serde_json::json!([]))
    );
    // As a table, with the sentences that tell a movement but gave no
    // claim, to be checked by hand.
    let dir = std::env::temp_dir().join(format!("flightlens-unread-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("article.txt");
    std::fs::write(
        &article,
        "A chartered Boeing 777 landed in Prague on Saturday with seven million face masks.\n\
         Two shipments of medical supplies arrived in Czechia overnight.\n",
    )
    .unwrap();
    let table = flightlens(&[
        "analyze",
        "--article",
        article.to_str().unwrap(),
        "--published",
        "2020-03-22",
    ]);
    let table = String::from_utf8_lossy(&table.stdout).into_owned();
    // And in the document, for a data desk reading it by program: the
    // sentence, with where it stands in the article.
    let json = flightlens(&[
        "analyze",
        "--article",
        article.to_str().unwrap(),
        "--published",
        "2020-03-22",
        "--json",
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON out");
    let text = "A chartered Boeing 777 landed in Prague on Saturday with seven million face \
                masks.\nTwo shipments of medical supplies arrived in Czechia overnight.\n";
    let u = &v["unread"][0];
    let (start, end) = (u["start"].as_u64().unwrap(), u["end"].as_u64().unwrap());
    assert_eq!(
        (
            v["unread"].as_array().map(Vec::len),
            u["text"].as_str(),
            text.get(start as usize..end as usize).map(str::trim)
        ),
        (
            Some(1),
            Some("Two shipments of medical supplies arrived in Czechia overnight."),
            Some("Two shipments of medical supplies arrived in Czechia overnight.")
        )
    );
    assert!(table.contains("arrival    LKPR"), "{table}");
    assert!(
        table.contains("Not read as claims (1): sentences that seem to tell a movement")
            && table
                .contains("  - Two shipments of medical supplies arrived in Czechia overnight."),
        "{table}"
    );
    // Without flight files or an article there is nothing to do.
    let none = flightlens(&["analyze", "--json"]);
    assert_eq!(none.status.code(), Some(2));
    // Named files that cannot be read still fail the run, article or not.
    let unreadable = flightlens(&[
        "analyze",
        "no-such-file.csv",
        "--article",
        "demo/article.txt",
    ]);
    assert!(!unreadable.status.success());
}

#[test]
fn publish_writes_the_web_folder() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("published-demo");
    let _ = std::fs::remove_dir_all(&dir);
    let out = flightlens(&[
        "publish",
        "demo/cargo-rff7071.fr24.csv",
        "demo/bizjet-4bc8d0.opensky.csv",
        "--article",
        "demo/article.txt",
        "--published",
        "2019-01-28",
        "--base",
        "/graphics/demo/",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in flightlens_core::publish::FILES {
        assert!(dir.join(name).is_file(), "{name}");
    }
    let snippet = std::fs::read_to_string(dir.join("snippet.html")).unwrap();
    assert!(snippet.contains(r#"src="/graphics/demo/flightlens-view.js""#));
    assert!(snippet.contains("<caption>Claims</caption>"));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("analysis.json")).unwrap()).unwrap();
    assert_eq!(doc["schema"], "flightlens.analysis/1");
    assert!(doc["drawn"]["map"]["legs"].is_array());
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `flightlens analyze … | head`: the pipe closes before the output is
    // written. The binary ends quietly instead of panicking.
    let mut child = Command::new(env!("CARGO_BIN_EXE_flightlens"))
        .args([
            "analyze",
            "demo/cargo-rff7071.fr24.csv",
            "demo/bizjet-4bc8d0.opensky.csv",
            "--format",
            "geojson",
        ])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("it ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}
