//! `cargo xtask gen-coastlines`: the embedded basemap, generated from npm
//! `world-atlas` 2.0.2 (ISC; Natural Earth data, public domain).
//!
//! Output: `crates/core/data/land-110m.txt`, one ring
//! of the land polygons a line, as `lon lat lon lat …` with two decimals.
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
    // The 50m level (770 KB) waits for zoom; 110m is what a world view needs.
    for level in ["110m"] {
        let json = std::fs::read_to_string(tmp.join(format!("package/land-{level}.json")))
            .map_err(|e| e.to_string())?;
        let topo: Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        let rings = land_rings(&topo)?;
        let mut out = String::new();
        let mut points = 0;
        for r in &rings {
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
        std::fs::write(data.join(format!("land-{level}.txt")), &out).map_err(|e| e.to_string())?;
        println!(
            "wrote crates/core/data/land-{level}.txt: {} rings, {points} points, {} KB",
            rings.len(),
            out.len() / 1024
        );
    }
    std::fs::copy(
        tmp.join("package/LICENSE"),
        data.join("LICENSE-world-atlas"),
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}
