//! `flightlens`: the Flightlens engine on the command line.
//!
//! ```text
//! flightlens analyze [FILE...] [--article FILE] [--published YYYY-MM-DD]
//!                    [--json | --format json|geojson|kml|legs-csv|stopovers-csv]
//! flightlens publish FILE... [--article FILE] [--published YYYY-MM-DD] --out DIR
//!                    [--base URL] [--title TEXT] [--caption TEXT]
//! ```
//!
//! `analyze` prints readable tables by default and the analysis document
//! (the same JSON as the app's export) with `--json`; `--format` writes the
//! app's other exports (the same bytes as its buttons) to stdout. With
//! `--article` and no flight files it reads the article alone: its claims,
//! each `no_data` until tracks are loaded.
//! `publish` writes the folder the app's Export for web downloads
//! (`flightlens_core::publish`) into DIR; `--base` is where that folder
//! will be served from, as the article page sees it. Exits 0 when anything
//! could be read, with warnings in the output; non-zero only when nothing
//! could be read (or written), with the reason on stderr.

use std::process::ExitCode;

use flightlens_core::article::Unread;
use flightlens_core::filter::Filter;
use flightlens_core::pipeline::{self, ArticleInput};
use flightlens_core::routes::Options;
use flightlens_core::time::{Day, human_duration};
use flightlens_core::{Analysis, Dataset, FileReader, export};

const USAGE: &str = "usage: flightlens analyze [FILE...] [--article FILE] [--published YYYY-MM-DD] [--json | --format json|geojson|kml|legs-csv|stopovers-csv]
       flightlens publish FILE... [--article FILE] [--published YYYY-MM-DD] --out DIR [--base URL] [--title TEXT] [--caption TEXT]";

/// What `--format` can write.
const FORMATS: [&str; 5] = ["json", "geojson", "kml", "legs-csv", "stopovers-csv"];

/// Where `publish` writes, and how.
#[derive(Debug, Default, PartialEq)]
struct Publish {
    out: String,
    base: Option<String>,
    title: Option<String>,
    caption: Option<String>,
}

/// The arguments of `analyze` or `publish`, checked.
#[derive(Debug, Default, PartialEq)]
struct Args {
    files: Vec<String>,
    article: Option<String>,
    published: Option<Day>,
    json: bool,
    format: Option<String>,
    /// `publish`, with its options; `None` for `analyze`.
    publish: Option<Publish>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    let publish = match it.next().map(String::as_str) {
        Some("analyze") => false,
        Some("publish") => true,
        Some("-h" | "--help") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown command {other:?}\n{USAGE}")),
    };
    let mut a = Args::default();
    let mut p = Publish::default();
    let value = |name: &str, it: &mut std::slice::Iter<'_, String>| {
        it.next()
            .cloned()
            .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" | "--base" | "--title" | "--caption" if !publish => {
                return Err(format!("{arg} is an option of publish\n{USAGE}"));
            }
            "--json" | "--format" if publish => {
                return Err(format!("{arg} is an option of analyze\n{USAGE}"));
            }
            "--out" => p.out = value("--out", &mut it)?,
            "--base" => p.base = Some(value("--base", &mut it)?),
            "--title" => p.title = Some(value("--title", &mut it)?),
            "--caption" => p.caption = Some(value("--caption", &mut it)?),
            "--json" => a.json = true,
            "--format" => {
                let f = it
                    .next()
                    .ok_or("--format needs one of json, geojson, kml, legs-csv, stopovers-csv")?;
                if !FORMATS.contains(&f.as_str()) {
                    return Err(format!(
                        "--format {f:?} is not one of {}",
                        FORMATS.join(", ")
                    ));
                }
                a.format = Some(f.clone());
            }
            "--article" => a.article = Some(it.next().ok_or("--article needs a file")?.clone()),
            "--published" => {
                let d = it.next().ok_or("--published needs a date, YYYY-MM-DD")?;
                a.published = Some(d.parse().map_err(|e| format!("--published {e}"))?);
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s:?}\n{USAGE}")),
            s => a.files.push(s.to_string()),
        }
    }
    if a.files.is_empty() && a.article.is_none() {
        return Err(format!("no input files and no --article\n{USAGE}"));
    }
    if publish {
        if a.files.is_empty() {
            return Err(format!("publish needs flight files\n{USAGE}"));
        }
        if p.out.is_empty() {
            return Err(format!("publish needs --out DIR\n{USAGE}"));
        }
        a.publish = Some(p);
    }
    Ok(a)
}

/// Writes the published folder into `p.out`, naming each file written.
fn write_published(source: export::Source<'_>, p: &Publish) -> std::io::Result<()> {
    let settings = flightlens_core::publish::Settings {
        base: p.base.as_deref().unwrap_or("./"),
        title: p.title.as_deref(),
        caption: p.caption.as_deref(),
    };
    let files = flightlens_core::publish::publish(source, &Options::default(), &settings);
    let dir = std::path::Path::new(&p.out);
    std::fs::create_dir_all(dir)?;
    for f in &files {
        std::fs::write(dir.join(f.name), &f.text)?;
        println!("{:>9} bytes  {}", f.text.len(), dir.join(f.name).display());
    }
    Ok(())
}

/// The latest time a row may have: this machine's clock plus a day (the
/// engine reads no clock; the command line has one).
fn latest_time() -> i64 {
    #[allow(clippy::disallowed_methods)] // a native binary: the clock is there
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(flightlens_core::ingest::LATEST_DEFAULT, |d| {
            i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
        });
    now.saturating_add(86_400)
}

/// Reads a file in 8 MB pieces, so that a dump bigger than memory as text
/// costs only its points. Stops reading as soon as the reader has refused
/// the file.
fn read_streaming(path: &str, data: &mut Dataset, latest: i64) -> std::io::Result<()> {
    use std::io::Read as _;
    let mut file = std::fs::File::open(path)?;
    let mut reader = FileReader::new(path).with_latest(latest);
    let mut buf = vec![0; 8 << 20];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        reader.push(&buf[..n]);
        if reader.stopped() {
            break;
        }
    }
    reader.finish(data);
    Ok(())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut data = Dataset::default();
    let latest = latest_time();
    for f in &args.files {
        if let Err(e) = read_streaming(f, &mut data, latest) {
            eprintln!("flightlens: {f}: {e}");
        }
    }
    // Flight files were named and none gave anything: say so and stop. An
    // article alone is a whole run (claims with no data to check them).
    if !args.files.is_empty() && data.point_count() == 0 && data.flights.is_empty() {
        eprintln!("flightlens: nothing could be read");
        for w in data.warnings() {
            eprintln!("  {}: {}", w.file, w.message);
        }
        return ExitCode::FAILURE;
    }
    let text = match &args.article {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => Some(flightlens_core::ingest::decode_text(&bytes).into_owned()),
            Err(e) => {
                eprintln!("flightlens: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    if args.article.is_some() && args.published.is_none() {
        eprintln!(
            "flightlens: note: without --published, dates that do not give their year are left unchecked"
        );
    }
    let article = text.as_deref().map(|text| ArticleInput {
        text,
        published: args.published,
    });
    let made = pipeline::analyse(&data, &Options::default(), article);
    let source = export::Source::new(&data, &made);
    if let Some(p) = &args.publish {
        return match write_published(source, p) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("flightlens: {}: {e}", p.out);
                ExitCode::FAILURE
            }
        };
    }
    // The command line has no filter: every export holds everything.
    let all = Filter::default();
    let text = match args.format.as_deref().or(args.json.then_some("json")) {
        Some("geojson") => export::geojson(source, &all) + "\n",
        Some("kml") => export::kml(source, &all),
        Some("legs-csv") => export::legs_csv(source, &all),
        Some("stopovers-csv") => export::stopovers_csv(source, &all),
        Some(_) => made.analysis.to_json() + "\n",
        None => {
            let mut out = String::new();
            print_tables(
                &mut out,
                &data,
                &made.analysis,
                &made.reading.reading.unread,
            );
            out
        }
    };
    emit(&text)
}

/// Writes the result to standard output. A reader that stops early
/// (`flightlens … | head`) is not an error: the rest is not wanted.
fn emit(text: &str) -> ExitCode {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("flightlens: writing the result: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `writeln!` into a `String` (which cannot fail).
macro_rules! p {
    ($o:expr) => {
        $o.push('\n')
    };
    ($o:expr, $($t:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($o, $($t)*);
    }};
}

fn print_tables(out: &mut String, data: &Dataset, a: &Analysis, unread: &[Unread]) {
    // An article read alone: its claims are all there is to show.
    if data.imports.is_empty() {
        print_claims(out, a, unread);
        return;
    }
    p!(out, "Files");
    for r in &data.imports {
        p!(
            out,
            "  {}  {}  rows {}  kept {}  skipped {}",
            r.file,
            r.format.map(|f| f.name()).unwrap_or("not recognised"),
            r.rows,
            r.points,
            r.skipped
        );
    }
    p!(out, "\nAircraft");
    p!(
        out,
        "  {:<4} {:<8} {:<14} {:>9}  {:<20}  {:<20}",
        "id",
        "icao24",
        "callsigns",
        "positions",
        "first seen",
        "last seen"
    );
    for ac in &a.aircraft {
        p!(
            out,
            "  {:<4} {:<8} {:<14} {:>9}  {:<20}  {:<20}",
            ac.id,
            ac.icao24.as_deref().unwrap_or("-"),
            ac.callsigns.join(","),
            ac.points,
            ac.first_seen.as_deref().unwrap_or("-"),
            ac.last_seen.as_deref().unwrap_or("-")
        );
    }
    let code = |e: &Option<flightlens_core::analysis::AirportRef>| {
        e.as_ref().map_or("?".to_string(), |a| {
            format!("{}{}", a.icao, if a.inferred { "*" } else { "" })
        })
    };
    let when = |t: &str, observed: bool| {
        format!(
            "{}{}",
            &t[..16.min(t.len())],
            if observed { " " } else { "?" }
        )
    };
    p!(out, "\nLegs (* airport inferred, ? time not observed)");
    p!(
        out,
        "  {:<7} {:<4} {:<6} {:<6} {:<18} {:<18} {:>10} {:>9} {:>5}",
        "leg",
        "ac",
        "from",
        "to",
        "takeoff (UTC)",
        "landing (UTC)",
        "duration",
        "km",
        "gaps"
    );
    for l in &a.legs {
        p!(
            out,
            "  {:<7} {:<4} {:<6} {:<6} {:<18} {:<18} {:>10} {:>9.0} {:>5}",
            l.id,
            l.aircraft,
            code(&l.from),
            code(&l.to),
            when(&l.takeoff, l.takeoff_observed),
            when(&l.landing, l.landing_observed),
            human_duration(l.duration_s),
            l.distance_km,
            l.gaps.len()
        );
    }
    p!(out, "\nStopovers");
    p!(
        out,
        "  {:<4} {:<6} {:<17} {:<17} {:>10}  {:<8} local arrival",
        "ac",
        "airport",
        "arrival (UTC)",
        "departure (UTC)",
        "ground",
        "observed"
    );
    for s in &a.stopovers {
        p!(
            out,
            "  {:<4} {:<6} {:<17} {:<17} {:>10}  {:<8} {}",
            s.aircraft,
            s.airport.icao,
            &s.arrival[..16],
            &s.departure[..16],
            human_duration(s.ground_time_s),
            if s.observed { "yes" } else { "no" },
            s.arrival_local.as_deref().unwrap_or("")
        );
    }
    if !a.flights.is_empty() {
        p!(
            out,
            "\nListed flights (reported by flight lists, not seen in tracks)"
        );
        for f in &a.flights {
            let who = [
                &f.flight.registration,
                &f.flight.callsign,
                &f.flight.flight_number,
                &f.flight.icao24,
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
            p!(
                out,
                "  {:<24} {:<5} {:<5} {:<21} {:<21}",
                who,
                f.flight.from.as_deref().unwrap_or("?"),
                f.flight.to.as_deref().unwrap_or("?"),
                f.departure.as_deref().unwrap_or("?"),
                f.arrival.as_deref().unwrap_or("?")
            );
        }
    }
    print_claims(out, a, unread);
    if !a.warnings.is_empty() {
        p!(out, "\nWarnings ({})", a.warnings.len());
        for w in a.warnings.iter().take(20) {
            let line = w.line.map(|l| format!(":{l}")).unwrap_or_default();
            p!(out, "  {}{line}: {}", w.file, w.message);
        }
    }
}

/// The claims table, when the article gave any, then the sentences that
/// tell a movement but gave no claim, to be checked by hand.
fn print_claims(out: &mut String, a: &Analysis, unread: &[Unread]) {
    print_claim_rows(out, a);
    if !unread.is_empty() {
        p!(
            out,
            "\nNot read as claims ({}): sentences that seem to tell a movement (a movement word, \
             or an aircraft and a day, with a place) but gave no claim; check them by hand",
            unread.len()
        );
        for u in unread {
            p!(
                out,
                "  - {}",
                u.text.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
}

/// The claims table, when the article gave any.
fn print_claim_rows(out: &mut String, a: &Analysis) {
    if !a.claims.is_empty() {
        p!(out, "\nClaims");
        for c in &a.claims {
            let verdict = match c.verdict {
                flightlens_core::article::check::Verdict::Supported => "supported",
                flightlens_core::article::check::Verdict::Contradicted => "CONTRADICTED",
                flightlens_core::article::check::Verdict::NoData => "no data",
            };
            let what = if c.route.is_empty() {
                c.place.clone().unwrap_or_default()
            } else {
                c.route.join(">")
            };
            p!(
                out,
                "  {:<12} {:<10} {:<12} {:<21} {:<12} {}",
                verdict,
                format!("{:?}", c.event).to_lowercase(),
                what,
                c.date.as_deref().unwrap_or("(no date)"),
                flightlens_core::ids::join(&c.evidence, ","),
                c.note
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_the_documented_form() {
        let a = parse_args(&args(
            "analyze a.csv b.json --article art.txt --published 2019-01-28 --json",
        ))
        .unwrap();
        assert_eq!(a.files, ["a.csv", "b.json"]);
        assert_eq!(a.article.as_deref(), Some("art.txt"));
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2019-01-28")
        );
        assert!(a.json);
    }

    #[test]
    fn parses_publish_and_keeps_each_command_to_its_options() {
        let a = parse_args(&args(
            "publish a.csv --article art.txt --published 2019-01-28 --out web --base /g/",
        ))
        .unwrap();
        assert_eq!(a.files, ["a.csv"]);
        let p = a.publish.unwrap();
        assert_eq!((p.out.as_str(), p.base.as_deref()), ("web", Some("/g/")));
        assert!(
            parse_args(&args("publish a.csv"))
                .unwrap_err()
                .contains("--out")
        );
        assert!(
            parse_args(&args("publish a.csv --out d --json"))
                .unwrap_err()
                .contains("option of analyze")
        );
        assert!(
            parse_args(&args("analyze a.csv --out d"))
                .unwrap_err()
                .contains("option of publish")
        );
        assert!(
            parse_args(&args("publish a.csv --out"))
                .unwrap_err()
                .contains("needs a value")
        );
        assert!(
            parse_args(&args("publish --article art.txt --out d"))
                .unwrap_err()
                .contains("needs flight files")
        );
    }

    #[test]
    fn rejects_bad_dates_and_missing_files() {
        for bad in ["28/01/2019", "2019-1-28", "2019-02-30"] {
            assert_eq!(
                parse_args(&args(&format!("analyze a.csv --published {bad}"))).unwrap_err(),
                format!("--published {bad:?} is not a date like 2019-01-28")
            );
        }
        assert!(
            parse_args(&args("analyze --json"))
                .unwrap_err()
                .contains("no input files and no --article")
        );
        assert!(
            parse_args(&args("frobnicate"))
                .unwrap_err()
                .contains("unknown command")
        );
    }
}
