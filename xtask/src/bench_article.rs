//! `cargo xtask bench article`: how long the article reader takes on a
//! 5,000-word article, natively (release build).
//!
//! The article is made from the development set's texts
//! (`xtask/eval/articles-real/`), paragraphs taken in turn until it holds
//! 5,000 words, published on the last of their publication dates. The
//! first reading also builds the gazetteers (once per process, as in the
//! page); it is timed on its own, then the median of later readings is the
//! figure. Target: under 20 ms.

use std::path::Path;
use std::time::Duration;

use flightlens_core::article;

const WORDS: usize = 5_000;
const ROUNDS: usize = 15;

#[allow(clippy::disallowed_methods)] // timing is the point of a benchmark, natively
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = std::time::Instant::now();
    let r = f();
    (r, t.elapsed())
}

/// A 5,000-word article from the development set's texts, and a
/// publication date.
pub fn article_of(root: &Path) -> Result<(String, String), String> {
    let dir = root.join("xtask/eval/articles-real");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut published = String::new();
    for p in names {
        let s = std::fs::read_to_string(&p).map_err(|e| e.to_string())?;
        let Some((head, text)) = s.split_once("\n---\n") else {
            continue;
        };
        if let Some(d) = head.lines().find_map(|l| l.strip_prefix("published:")) {
            published = published.max(d.trim().to_string());
        }
        paragraphs.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string),
        );
    }
    let mut out = String::new();
    let mut words = 0;
    for p in paragraphs.iter().cycle() {
        if words >= WORDS {
            break;
        }
        words += p.split_whitespace().count();
        out.push_str(p);
        out.push_str("\n\n");
    }
    Ok((out, published))
}

/// Times the reader and prints the figures.
pub fn run(root: &Path) -> Result<(), String> {
    let (text, published) = article_of(root)?;
    let day = flightlens_core::time::parse_date(&published);
    let words = text.split_whitespace().count();
    // The airport table is the app's anyway (routes need it): loaded apart.
    let (_, table) = timed(flightlens_core::airports::airports);
    let (first, cold) = timed(|| article::read(&text, day));
    let mut times = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let (r, t) = timed(|| article::read(&text, day));
        assert_eq!(r.claims.len(), first.claims.len());
        times.push(t);
    }
    times.sort();
    let median = times[ROUNDS / 2];
    let stages = stage_times(&text, day);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "article of {words} words ({} KB), published {published}: {} claims, {} entities",
        text.len() / 1024,
        first.claims.len(),
        first.entities.len()
    );
    println!(
        "native: airport table {:.1} ms; first reading {:.1} ms (builds the gazetteers), then median {:.1} ms, fastest {:.1} ms over {ROUNDS} readings (target: under 20 ms)",
        ms(table),
        ms(cold),
        ms(median),
        ms(times[0])
    );
    let parts: Vec<String> = stages
        .iter()
        .map(|(n, d)| format!("{n} {:.1}", ms(*d)))
        .collect();
    println!("by stage (ms, median of {ROUNDS}): {}", parts.join(", "));
    Ok(())
}

/// The median time of each stage of the pipeline, in order.
fn stage_times(text: &str, day: Option<i64>) -> Vec<(&'static str, Duration)> {
    use flightlens_core::article::{
        aircraft, dates, discourse, events, gazetteer, places, text as t, tidy,
    };
    let mut runs: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    for _ in 0..ROUNDS {
        let mut v = Vec::new();
        let (doc, d) = timed(|| t::parse(text));
        v.push(("text", d));
        let g = gazetteer::gazetteer();
        let (hits, d) = timed(|| g.find(&doc));
        v.push(("names", d));
        let (timexes, d) = timed(|| dates::find(&doc));
        v.push(("dates", d));
        let mut taken = vec![false; doc.toks.len()];
        for x in &timexes {
            for y in &mut taken[x.first..x.last] {
                *y = true;
            }
        }
        let (mentions, d) = timed(|| aircraft::find(text, &doc, &hits, &mut taken));
        v.push(("aircraft", d));
        let (pl, d) = timed(|| places::find(text, &doc, g, &hits, &taken, &[]));
        v.push(("places", d));
        let ((descs, frames), d) = timed(|| {
            let descs = events::describe(&doc, &mentions);
            let mut f = Vec::new();
            for sn in 0..doc.sentences.len() {
                let trigs = events::triggers(&doc, &doc.sentences[sn]);
                f.extend(events::frames(&doc, sn, &trigs, &descs, &pl, &timexes));
            }
            (descs, f)
        });
        v.push(("events", d));
        let ((mut drafts, entities, _, seen), d) =
            timed(|| discourse::read(&doc, day, &mentions, &descs, &pl, &timexes, &frames));
        v.push(("discourse", d));
        let (_, d) = timed(|| tidy::tidy(&mut drafts, &entities, &seen, day));
        v.push(("tidy", d));
        let (_, d) = timed(|| article::read(text, day));
        v.push(("whole", d));
        runs.push(v);
    }
    (0..runs[0].len())
        .map(|k| {
            let mut ds: Vec<Duration> = runs.iter().map(|r| r[k].1).collect();
            ds.sort();
            (runs[0][k].0, ds[ds.len() / 2])
        })
        .collect()
}
