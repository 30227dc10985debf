//! `cargo xtask bench article`: how long the article reader takes on a
//! 5,000-word article, natively (release build) and in the page (the
//! release build of the app in headless Chromium), in one run, side by side.
//!
//! The article is made from the development set's texts
//! (`xtask/eval/articles-real/`), paragraphs taken in turn until it holds
//! 5,000 words, published on the last of their publication dates. Both
//! sides time the same call, `pipeline::read_article`, and go the same
//! way: the gazetteers are built by reading the empty article once the
//! data tables are there (the page does this when its data files arrive,
//! before anyone pastes), then the article's first reading, then the
//! median of later readings. Targets: under 20 ms natively, under 60 ms in
//! the page. `--native` leaves the page out.
//!
//! The page's side is `e2e/bench-article.mjs`: the date typed into
//! Published, the text pasted into Article text, then letters typed and
//! taken back at its end; the page times each reading itself
//! (`performance.now()` around the call, said in a console line; see
//! `docs/js-boundary.md`).

use std::path::Path;
use std::time::Duration;

use flightlens_core::article;
use flightlens_core::pipeline::{self, ArticleInput};

const WORDS: usize = 5_000;
const ROUNDS: usize = 15;
/// The targets, in milliseconds: natively, and in the page.
const TARGET_NATIVE: f64 = 20.0;
const TARGET_PAGE: f64 = 60.0;

#[allow(clippy::disallowed_methods)] // timing is the point of a benchmark, natively
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = std::time::Instant::now();
    let r = f();
    (r, t.elapsed())
}

/// A 5,000-word article from the development set's texts, and a
/// publication date.
pub fn article_of(root: &Path) -> Result<(String, String), String> {
    article_from(&root.join("xtask/eval/articles-real"), "")
}

/// A 5,000-word article from the texts of `dir` whose file names hold
/// `part`, paragraphs taken in turn, and the last publication date.
fn article_from(dir: &Path, part: &str) -> Result<(String, String), String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(part))
        })
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

/// The middle value (the upper one of an even count).
fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// One side's figures, in milliseconds.
struct Side {
    /// Reading the empty article, which builds the gazetteers.
    gazetteers: f64,
    /// The article's first reading.
    first: f64,
    /// Its later readings.
    later: Vec<f64>,
}

impl Side {
    fn row(&self, name: &str, target: f64) {
        let median = median(&self.later);
        let fastest = self.later.iter().copied().fold(f64::INFINITY, f64::min);
        println!(
            "{name:<28} {:>10.1} {:>9.1} {:>8.1} {:>8.1} {:>10}",
            self.gazetteers,
            self.first,
            median,
            fastest,
            format!(
                "< {target:.0}: {}",
                if median < target { "met" } else { "MISSED" }
            )
        );
    }
}

/// Times the reader natively and in the page, and prints the figures.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let (text, published) = article_of(root)?;
    let day = flightlens_core::time::parse_date(&published);
    let input = |text| ArticleInput {
        text,
        published: published.parse().ok(),
    };
    let words = text.split_whitespace().count();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    // The airport table is the app's anyway (routes need it): loaded apart,
    // as the page loads it when its data files arrive.
    let (_, table) = timed(flightlens_core::airports::airports);
    let (_, gazetteers) = timed(|| pipeline::read_article(input("")));
    let (first, cold) = timed(|| pipeline::read_article(input(&text)));
    let mut later = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let (r, t) = timed(|| pipeline::read_article(input(&text)));
        assert_eq!(r.reading.claims.len(), first.reading.claims.len());
        later.push(ms(t));
    }
    let native = Side {
        gazetteers: ms(gazetteers),
        first: ms(cold),
        later,
    };
    let stages = stage_times(&text, day);
    println!(
        "article of {words} words ({} KB), published {published}: {} claims, {} entities",
        text.len() / 1024,
        first.reading.claims.len(),
        first.reading.entities.len()
    );
    println!(
        "native: the airport table loaded in {:.1} ms (apart)",
        ms(table)
    );
    // The page's reader module hands each reading over as JSON
    // (`ArticleReading::handover`); the app reads it back (`handed`).
    let json = first.handover();
    let over: Vec<f64> = (0..ROUNDS)
        .map(|_| ms(timed(|| first.handover()).1))
        .collect();
    let back: Vec<f64> = (0..ROUNDS)
        .map(|_| ms(timed(|| pipeline::ArticleReading::handed(&json)).1))
        .collect();
    println!(
        "native: handing the reading over as JSON ({} KB) {:.1} ms, reading it back {:.1} ms (medians of {ROUNDS})",
        json.len() / 1024,
        median(&over),
        median(&back)
    );
    let parts: Vec<String> = stages
        .iter()
        .map(|(n, d)| format!("{n} {:.1}", ms(*d)))
        .collect();
    println!(
        "native, by stage (ms, median of {ROUNDS}): {}",
        parts.join(", ")
    );
    // Other languages, read through English (`article::translate`): the
    // eighty-ninth set's articles of each language, cycled to 5,000 words.
    // The first reading also unpacks the lexicons.
    let mut others = Vec::new();
    for lang in ["es", "pt", "fr", "it", "nl", "de"] {
        let (text, published) = article_from(
            &root.join("xtask/eval/articles-real89"),
            &format!("-{lang}-"),
        )?;
        let input = |text| ArticleInput {
            text,
            published: published.parse().ok(),
        };
        let (_, cold) = timed(|| pipeline::read_article(input(&text)));
        let later: Vec<f64> = (0..ROUNDS)
            .map(|_| ms(timed(|| pipeline::read_article(input(&text))).1))
            .collect();
        others.push(format!(
            "{lang} first {:.1}, median {:.1}",
            ms(cold),
            median(&later)
        ));
    }
    println!(
        "native, 5,000 words in other languages (ms): {}",
        others.join("; ")
    );
    let page = if args.iter().any(|a| a == "--native") {
        None
    } else {
        Some(in_page(
            root,
            &text,
            &published,
            first.reading.claims.len(),
        )?)
    };
    println!();
    println!(
        "{:<28} {:>10} {:>9} {:>8} {:>8} {:>10}",
        "reading (ms)", "gazetteers", "first", "median", "fastest", "target"
    );
    native.row("native (release)", TARGET_NATIVE);
    if let Some(page) = &page {
        page.row("page (Chromium, release)", TARGET_PAGE);
        println!(
            "page / native: {:.1}x (medians)",
            median(&page.later) / median(&native.later)
        );
    }
    println!(
        "gazetteers: reading the empty article once the tables are there (natively; the page's reader module builds them in its first reading); \
         first: the article's first reading; median and fastest of {ROUNDS} later readings; the page's are the engine's time in the reader's worker"
    );
    Ok(())
}

/// The page's side: the release build of the app (`cargo xtask dist`, as
/// `bench ingest` uses) in headless Chromium, `e2e/bench-article.mjs`.
fn in_page(root: &Path, text: &str, published: &str, claims: usize) -> Result<Side, String> {
    let dir = root.join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("article-5000.txt");
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    crate::toolchain::ensure_build_tools(root)?;
    crate::toolchain::ensure_chromium()?;
    crate::toolchain::dist(root)?;
    let out = std::process::Command::new("node")
        .arg("e2e/bench-article.mjs")
        .arg(&path)
        .arg(published)
        .arg(ROUNDS.to_string())
        .current_dir(root)
        .env("CHROMIUM", crate::toolchain::CHROMIUM)
        .output()
        .map_err(|e| format!("node: {e}"))?;
    let v = crate::bench::browser_result(&out)?;
    let list = |k: &str| -> Vec<f64> {
        v[k].as_array()
            .map(|a| a.iter().filter_map(serde_json::Value::as_f64).collect())
            .unwrap_or_default()
    };
    let at_load = list("at_load");
    println!(
        "page: readings before the article was pasted: {}; the reader's module fetched before: {}; then {} bytes pasted: {} claims (natively {claims})",
        at_load.len(),
        v["reader_fetched_before"],
        v["bytes"],
        v["claims"]
    );
    let answers = list("later_answer_ms");
    println!(
        "page: from asking to the answer back: first {:.1} ms (the reader started when the box was focused, just before the paste), then median {:.1} ms",
        v["first_answer_ms"].as_f64().unwrap_or(f64::NAN),
        median(&answers)
    );
    if v["claims"].as_u64() != Some(claims as u64) {
        return Err("the page read another number of claims than the engine natively".into());
    }
    let later = list("later_ms");
    if later.len() != ROUNDS {
        return Err(format!(
            "the page read the article {} times, not {ROUNDS}",
            later.len()
        ));
    }
    Ok(Side {
        // The reader's module builds its gazetteers in its first reading,
        // the article's: no reading of its own to time.
        gazetteers: f64::NAN,
        first: v["first_ms"].as_f64().unwrap_or(f64::NAN),
        later,
    })
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
