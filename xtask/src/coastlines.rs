//! `cargo xtask gen-coastlines`: the embedded basemap, generated from npm
//! `world-atlas` 2.0.2 (ISC; Natural Earth data, public domain).
//!
//! Output in `crates/core/data/`: `land-110m.txt` and `land-50m.txt.gz`,
//! one ring of the land polygons a line, and `borders-110m.txt` and
//! `borders-50m.txt.gz`, one line of the borders between countries a line;
//! the 110m files as `lon lat lon lat …` with two decimals, the 50m ones in
//! hundredths of a degree, each point as the step from the one before.
//! The 110m files draw the world; the 50m ones are unpacked when the reader
//! zooms in.
//! The TopoJSON is decoded here (quantised, delta-encoded arcs; negative
//! arc indices mean reversed), so the app never needs a TopoJSON reader.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const WORLD_ATLAS: &str = "2.0.2";

fn arcs(topo: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let t = &topo["transform"];
    let (sx, sy) = (t["scale"][0].as_f64(), t["scale"][1].as_f64());
    let (tx, ty) = (t["translate"][0].as_f64(), t["translate"][1].as_f64());
    let (Some(sx), Some(sy), Some(tx), Some(ty)) = (sx, sy, tx, ty) else {
        return Err("no quantisation transform".into());
    };
    let list = topo["arcs"].as_array().ok_or("no arcs")?;
    Ok(list
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .into_iter()
                .flatten()
                .map(|p| {
                    x += p[0].as_f64().unwrap_or(0.0);
                    y += p[1].as_f64().unwrap_or(0.0);
                    (x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect())
}

fn ring(arcs: &[Vec<(f64, f64)>], indices: &Value) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for i in indices
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_i64)
    {
        let (k, reversed) = if i >= 0 {
            (i as usize, false)
        } else {
            ((!i) as usize, true)
        };
        let Some(arc) = arcs.get(k) else { continue };
        let mut pts = arc.clone();
        if reversed {
            pts.reverse();
        }
        // Consecutive arcs share their joining point.
        let skip = usize::from(!out.is_empty());
        out.extend(pts.into_iter().skip(skip));
    }
    out
}

fn land_rings(topo: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let arcs = arcs(topo)?;
    let mut rings = Vec::new();
    for g in topo["objects"]["land"]["geometries"]
        .as_array()
        .ok_or("no land object")?
    {
        let polygons: Vec<&Value> = match g["type"].as_str() {
            Some("MultiPolygon") => g["arcs"].as_array().into_iter().flatten().collect(),
            Some("Polygon") => vec![&g["arcs"]],
            _ => continue,
        };
        for poly in polygons {
            for r in poly.as_array().into_iter().flatten() {
                let pts = ring(&arcs, r);
                if pts.len() >= 4 {
                    rings.push(pts);
                }
            }
        }
    }
    Ok(rings)
}

/// The borders between two countries: arcs that two different country
/// geometries share (what `topojson.mesh(world, countries, (a, b) => a !== b)`
/// draws), each as a line.
fn border_lines(topo: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let arcs = arcs(topo)?;
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); arcs.len()];
    let geoms = topo["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries object")?;
    for (gi, g) in geoms.iter().enumerate() {
        let mut stack = vec![&g["arcs"]];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a.iter()),
                Value::Number(n) => {
                    if let Some(i) = n.as_i64() {
                        let k = if i >= 0 { i as usize } else { (!i) as usize };
                        if let Some(u) = users.get_mut(k)
                            && !u.contains(&gi)
                        {
                            u.push(gi);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    Ok(arcs
        .into_iter()
        .zip(users)
        .filter(|(a, u)| u.len() >= 2 && a.len() >= 2)
        .map(|(a, _)| a)
        .collect())
}

/// Lines as text in hundredths of a degree: the first `lon lat` of a line
/// whole, then the step from the point before (`12 -3`), repeats dropped.
/// Small steps compress well: 50m land gzips to 108 KB, not 256 KB.
fn lines_delta(lines: &[Vec<(f64, f64)>]) -> (String, usize) {
    let mut out = String::new();
    let mut points = 0;
    for r in lines {
        let mut last: Option<(i64, i64)> = None;
        let mut line = String::new();
        for &(lon, lat) in r {
            let p = ((lon * 100.0).round() as i64, (lat * 100.0).round() as i64);
            if last == Some(p) {
                continue;
            }
            let (dx, dy) = last.map_or(p, |q| (p.0 - q.0, p.1 - q.1));
            let _ = write!(line, "{dx} {dy} ");
            points += 1;
            last = Some(p);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    (out, points)
}

/// Lines as text, `lon lat lon lat …` with two decimals, repeats dropped.
fn lines_text(lines: &[Vec<(f64, f64)>]) -> (String, usize) {
    let mut out = String::new();
    let mut points = 0;
    for r in lines {
        let mut last = (f64::NAN, f64::NAN);
        let mut line = String::new();
        for &(lon, lat) in r {
            let p = ((lon * 100.0).round() / 100.0, (lat * 100.0).round() / 100.0);
            if p != last {
                let _ = write!(line, "{:.2} {:.2} ", p.0, p.1);
                points += 1;
                last = p;
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    (out, points)
}

fn write_data(data: &Path, name: &str, text: &str, gzip: bool) -> Result<(), String> {
    let (file, bytes) = if gzip {
        use std::io::Write as _;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        (
            format!("{name}.gz"),
            enc.finish().map_err(|e| e.to_string())?,
        )
    } else {
        (name.to_string(), text.as_bytes().to_vec())
    };
    std::fs::write(data.join(&file), &bytes).map_err(|e| e.to_string())?;
    println!("wrote crates/core/data/{file}: {} KB", bytes.len() / 1024);
    Ok(())
}

/// Downloads world-atlas into a scratch folder and writes the land rings.
pub fn generate(root: &Path) -> Result<(), String> {
    let tmp = root.join("target/xtask-coastlines");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let ok = Command::new("npm")
        .args([
            "pack",
            "--silent",
            &format!("world-atlas@{WORLD_ATLAS}"),
            "--pack-destination",
        ])
        .arg(&tmp)
        .status()
        .map_err(|e| e.to_string())?
        .success()
        && Command::new("tar")
            .arg("xzf")
            .arg(tmp.join(format!("world-atlas-{WORLD_ATLAS}.tgz")))
            .arg("-C")
            .arg(&tmp)
            .status()
            .map_err(|e| e.to_string())?
            .success();
    if !ok {
        return Err("could not fetch npm world-atlas".into());
    }
    let data = root.join("crates/core/data");
    for level in ["110m", "50m"] {
        let read = |name: &str| -> Result<Value, String> {
            let json = std::fs::read_to_string(tmp.join(format!("package/{name}-{level}.json")))
                .map_err(|e| e.to_string())?;
            serde_json::from_str(&json).map_err(|e| e.to_string())
        };
        let gzip = level != "110m";
        let text = if gzip { lines_delta } else { lines_text };
        let (land, n) = text(&land_rings(&read("land")?)?);
        println!("land {level}: {n} points");
        write_data(&data, &format!("land-{level}.txt"), &land, gzip)?;
        let (borders, n) = text(&border_lines(&read("countries")?)?);
        println!("borders {level}: {n} points");
        write_data(&data, &format!("borders-{level}.txt"), &borders, gzip)?;
    }
    std::fs::copy(
        tmp.join("package/LICENSE"),
        data.join("LICENSE-world-atlas"),
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}
