//! `cargo xtask eval article`: the article reader scored on hand-written
//! articles with hand-made truth (`xtask/eval/articles/*.txt`).
//!
//! Each file: `published:`, `entities:` (the values the names should
//! resolve to, `|`-separated), `claims:` (`event place-or-route date`), a
//! line `---`, then the article. Entities are compared as sets of resolved
//! values per article; a claim counts when event, place (or route) and date
//! all match. A wrong year is a claim whose event and place match one
//! expected but whose year does not.

use std::collections::BTreeSet;
use std::path::Path;

use flightlens_core::article::{self, Event};

struct Case {
    name: String,
    published: String,
    entities: BTreeSet<String>,
    claims: Vec<String>,
    text: String,
}

fn load(dir: &Path) -> Result<Vec<Case>, String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let s = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
        let (head, text) = s
            .split_once("\n---\n")
            .ok_or(format!("{}: no --- line", p.display()))?;
        let field = |k: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(k))
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let list = |k: &str| -> Vec<String> {
            field(k)
                .split('|')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        };
        out.push(Case {
            name: p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            published: field("published:"),
            entities: list("entities:").into_iter().collect(),
            claims: list("claims:"),
            text: text.to_string(),
        });
    }
    Ok(out)
}

fn claim_key(c: &article::Claim) -> String {
    let event = match c.event {
        Event::Arrival => "arrival",
        Event::Departure => "departure",
        Event::Route => "route",
        Event::Presence => "presence",
    };
    let place = if c.route.is_empty() {
        c.place.as_ref().map(|p| p.code.clone()).unwrap_or_default()
    } else {
        c.route
            .iter()
            .map(|p| p.code.as_str())
            .collect::<Vec<_>>()
            .join(">")
    };
    format!(
        "{event} {place} {}",
        c.days.map(|d| d.iso()).unwrap_or_default()
    )
}

/// Scores every article, prints a table, and fails when a target is missed.
pub fn run(root: &Path) -> Result<(), String> {
    let cases = load(&root.join("xtask/eval/articles"))?;
    println!(
        "{:<26} {:>9} {:>9} {:>9} {:>9} {:>6}",
        "article", "ent. P", "ent. R", "claim P", "claim R", "years"
    );
    let (mut ent_tp, mut ent_found, mut ent_true) = (0, 0, 0);
    let (mut cl_tp, mut cl_found, mut cl_true, mut wrong_years) = (0, 0, 0, 0);
    for c in &cases {
        let day = flightlens_core::time::parse_date(&c.published);
        let r = article::read(&c.text, day);
        let found: BTreeSet<String> = r.entities.iter().map(|e| e.value.clone()).collect();
        let tp = found.intersection(&c.entities).count();
        let claims: Vec<String> = r.claims.iter().map(claim_key).collect();
        let ctp = c.claims.iter().filter(|k| claims.contains(k)).count();
        let mut wrong = 0;
        for got in &claims {
            let (what, date) = got.rsplit_once(' ').unwrap_or((got, ""));
            for want in &c.claims {
                let (w_what, w_date) = want.rsplit_once(' ').unwrap_or((want, ""));
                if what == w_what
                    && date.len() >= 4
                    && w_date.len() >= 4
                    && date[..4] != w_date[..4]
                {
                    wrong += 1;
                }
            }
        }
        let pct = |a: usize, b: usize| {
            if b == 0 {
                100.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        println!(
            "{:<26} {:>8.0}% {:>8.0}% {:>8.0}% {:>8.0}% {:>6}",
            c.name,
            pct(tp, found.len()),
            pct(tp, c.entities.len()),
            pct(ctp, claims.len()),
            pct(ctp, c.claims.len()),
            wrong
        );
        if std::env::var_os("FLIGHTLENS_EVAL_VERBOSE").is_some() {
            let missing: Vec<_> = c.entities.difference(&found).collect();
            let extra: Vec<_> = found.difference(&c.entities).collect();
            println!("    entities missing {missing:?} extra {extra:?}");
            println!("    claims got {claims:?}");
            println!("    claims want {:?}", c.claims);
        }
        ent_tp += tp;
        ent_found += found.len();
        ent_true += c.entities.len();
        cl_tp += ctp;
        cl_found += claims.len();
        cl_true += c.claims.len();
        wrong_years += wrong;
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let (ep, er, cp, cr) = (
        pct(ent_tp, ent_found),
        pct(ent_tp, ent_true),
        pct(cl_tp, cl_found),
        pct(cl_tp, cl_true),
    );
    println!(
        "{:<26} {ep:>8.1}% {er:>8.1}% {cp:>8.1}% {cr:>8.1}% {wrong_years:>6}",
        format!("all {} articles", cases.len())
    );
    let mut missed = Vec::new();
    if ep < 90.0 || er < 90.0 {
        missed.push(format!(
            "entities {ep:.1}% precision, {er:.1}% recall (target 90%)"
        ));
    }
    if cr < 80.0 {
        missed.push(format!("claims {cr:.1}% recall (target 80%)"));
    }
    if wrong_years > 0 {
        missed.push(format!(
            "{wrong_years} claim(s) with a wrong year (target none)"
        ));
    }
    if missed.is_empty() {
        println!("all targets met");
        Ok(())
    } else {
        Err(format!("article evaluation missed: {}", missed.join("; ")))
    }
}
