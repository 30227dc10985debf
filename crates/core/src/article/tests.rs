use super::*;
use crate::time::days_from_civil;

const DEMO: &str = include_str!("../../../../demo/article.txt");

fn published() -> Option<i64> {
    Some(days_from_civil(2019, 1, 28))
}

fn summary(r: &Reading) -> Vec<String> {
    r.claims
        .iter()
        .map(|c| {
            let route: Vec<&str> = c.route.iter().map(|p| p.code.as_str()).collect();
            format!(
                "{:?} {} {} {} {}",
                c.event,
                c.aircraft_type
                    .as_deref()
                    .or(c.registration.as_deref())
                    .unwrap_or("-"),
                c.place.as_ref().map(|p| p.code.as_str()).unwrap_or("-"),
                route.join(">"),
                c.days.map(|d| d.iso()).unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn the_demo_article_gives_its_claims() {
    let r = read(DEMO, published());
    assert_eq!(
        summary(&r),
        [
            "Departure IL76 RU  2018-12-10",
            "Arrival IL76 GOBD  2018-12-10",
            "Presence IL76 GOBD  2018-12-10/2018-12-11",
            "Arrival IL76 SGAS  2018-12-11",
            "Arrival IL76 MUHA  2018-12-12",
            "Route TC-DMO UUWW TR>UUWW 2019-01-23",
            "Route TC-DMO SVMI UUWW>SVMI 2019-01-24",
        ]
    );
}

#[test]
fn entities_resolve() {
    let r = read(
        "An Antonov-124 Ruslan (RA-82077) landed at Vnukovo on Dec. 12; a Gulfstream IV registered N450XX left Caracas.",
        published(),
    );
    let got: Vec<(EntityKind, &str, &str)> = r
        .entities
        .iter()
        .map(|e| (e.kind, e.text.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (EntityKind::AircraftType, "Antonov-124 Ruslan", "A124"),
            (EntityKind::Registration, "RA-82077", "RA-82077"),
            (EntityKind::Place, "Vnukovo", "UUWW"),
            (EntityKind::Date, "Dec. 12", "2018-12-12"),
            (EntityKind::AircraftType, "Gulfstream IV", "GLF4"),
            (EntityKind::Registration, "N450XX", "N450XX"),
            (EntityKind::Place, "Caracas", "SVMI"),
        ]
    );
    assert_eq!(registration("TC-DMO").map(|r| r.1), Some("TR"));
    assert_eq!(registration("YV3016").map(|r| r.1), Some("VE"));
    assert_eq!(registration("NATO"), None);
    assert_eq!(registration("COVID-19"), None);
}

#[test]
fn nothing_panics_on_odd_text() {
    for t in [
        "",
        ".",
        "\n\n",
        "On the 5th.",
        "between 40 and 50 December",
        "Flew from to.",
        "ééé. Ü",
        "from",
        "RA-",
        "N",
        "a b c d e f",
    ] {
        let _ = read(t, published());
        let _ = read(t, None);
    }
}

/// The data analysed with an article published on `published`.
fn checked(data: &crate::Dataset, text: &str, published: Option<&str>) -> crate::Analysis {
    let article = crate::pipeline::ArticleInput {
        text,
        published: published.and_then(|p| p.parse().ok()),
    };
    crate::pipeline::analyse(data, &Default::default(), Some(article)).analysis
}

#[test]
fn the_demo_claims_are_checked_on_the_demo_tracks() {
    let data = crate::demo_data();
    let a = checked(&data, DEMO, Some("2019-01-28"));
    let verdicts: Vec<String> = a
        .claims
        .iter()
        .map(|c| format!("{:?} {}", c.verdict, crate::ids::join(&c.evidence, "+")))
        .collect();
    assert_eq!(
        verdicts,
        [
            "Supported leg:1",
            "Supported leg:1",
            "Supported stop:1",
            "Supported leg:2",
            "Supported leg:3",
            "Supported leg:4",
            "Supported leg:5",
        ]
    );
    // Without a publication date, dates without a year are not guessed.
    let a = checked(&data, DEMO, None);
    assert!(a.claims.iter().all(|c| c.date.is_none()));
}

#[test]
fn a_named_aircraft_elsewhere_contradicts() {
    let mut data = crate::Dataset::default();
    let path = format!(
        "{}/../../demo/bizjet-4bc8d0.opensky.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    data.add_file("b.csv", &std::fs::read(path).unwrap());
    let a = checked(
        &data,
        "The jet TC-DMO landed in Havana on 23 January. An Il-76 landed in Dakar on 2 February.",
        Some("2019-02-05"),
    );
    let v: Vec<String> = a
        .claims
        .iter()
        .map(|c| format!("{:?}", c.verdict))
        .collect();
    assert_eq!(v, ["Contradicted", "NoData"]);
}

#[test]
fn pasted_html_is_stripped_to_text() {
    let html = "<p>An <b>Il-76</b> landed in Havana on 12&nbsp;December.</p><script>alert(1)</script><p>Tom &amp; Jerry</p>";
    let text = strip_html(html);
    assert_eq!(
        text,
        "\nAn Il-76 landed in Havana on 12 December.\n\nTom & Jerry\n"
    );
    assert_eq!(strip_html("a < b and c > d"), "a < b and c > d");
    assert_eq!(strip_html("<unclosed"), "<unclosed");
    let r = read(&text, published());
    assert_eq!(summary(&r), ["Arrival IL76 MUHA  2018-12-12"]);
}

#[test]
fn types_in_their_written_forms() {
    for (text, code) in [
        ("A Xian Y-20 landed.", "Y20"),
        ("An Embraer KC-390 landed.", "E390"),
        ("The Il-96-400M left.", "IL96"),
        ("An Airbus A220-300 left.", "BCS3"),
        ("A Boeing 747-8F landed.", "B748"),
        ("The Falcon 7X left.", "FA7X"),
        ("Two Il-76s landed.", "IL76"),
        ("A Citation CJ4 left.", "C25C"),
    ] {
        let r = read(text, published());
        let got: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::AircraftType)
            .map(|e| e.value.as_str())
            .collect();
        assert_eq!(got, [code], "{text}");
    }
}

/// A developer's aid, not a test: prints the frames, entities and claims
/// read from the text in `T`, published on `P` (`YYYY-MM-DD`):
/// `T="…" P=2024-09-20 cargo test -p flightlens-core debug_read -- --ignored --nocapture`.
#[test]
#[ignore]
fn debug_read() {
    let text = std::env::var("T").unwrap_or_default();
    let p = std::env::var("P")
        .ok()
        .and_then(|p| crate::time::parse_date(&p));
    let doc = text::parse(&text);
    let g = gazetteer::gazetteer();
    let hits = g.find(&doc);
    let timexes = dates::find(&doc);
    let mut taken = vec![false; doc.toks.len()];
    for t in &timexes {
        for x in &mut taken[t.first..t.last] {
            *x = true;
        }
    }
    let mentions = aircraft::find(&text, &doc, &hits, &mut taken);
    let places = places::find(&text, &doc, g, &hits, &taken, &[]);
    let descs = events::describe(&doc, &mentions);
    let w = |a: usize, b: usize| {
        doc.toks[a..b]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for p in &places {
        eprintln!(
            "PLACE {} prep={:?} first={} name={:?} kind={:?}",
            p.place.code, p.prep, p.first, p.name, p.kind
        );
    }
    for d in &descs {
        eprintln!(
            "DESC {:?} mentions={:?} plural={} bare={}",
            w(d.first, d.last),
            d.mentions,
            d.plural,
            d.bare
        );
    }
    for sn in 0..doc.sentences.len() {
        let trigs = events::triggers(&doc, &doc.sentences[sn]);
        let sen = &doc.sentences[sn];
        eprintln!(
            "SENT s{sn} {:?} p{} {}",
            sen.block,
            sen.paragraph,
            w(sen.first, sen.last)
        );
        let line = events::log_line(&doc, sn, &trigs, &descs, &places, &timexes);
        for f in line
            .into_iter()
            .chain(events::frames(&doc, sn, &trigs, &descs, &places, &timexes))
        {
            eprintln!(
                "FRAME s{sn} {:?} {:?} fact={} neg={} agents={:?} places={:?} timex={:?} stops={}",
                f.trig.kind,
                w(f.trig.first, f.trig.last),
                f.trig.factual,
                f.trig.negated,
                f.agents
                    .iter()
                    .map(|&d| w(descs[d].first, descs[d].last))
                    .collect::<Vec<_>>(),
                f.places
                    .iter()
                    .map(|(p, r)| (places[*p].place.code.clone(), *r))
                    .collect::<Vec<_>>(),
                f.timex.map(|x| w(timexes[x].first, timexes[x].last)),
                f.has_stops
            );
        }
    }
    let r = read(&text, p);
    for e in &r.entities {
        eprintln!(
            "ENT {:?} {:?} -> {} [{}]",
            e.kind,
            e.text,
            e.value,
            e.detail.chars().take(60).collect::<String>()
        );
    }
    for c in &r.claims {
        eprintln!(
            "CLAIM {:?} {:?} {:?} {:?} {:?} {:?} {}",
            c.event,
            c.aircraft_type,
            c.registration,
            c.callsign,
            c.route.iter().map(|p| p.code.clone()).collect::<Vec<_>>(),
            c.place.as_ref().map(|p| p.code.clone()),
            c.days.map(|d| d.iso()).unwrap_or_default()
        );
    }
}

#[test]
fn nothing_panics_on_shuffled_reporting() {
    // Words and marks of the development set's kind, put together at
    // random: every stage must cope with whatever order they come in.
    let pieces = [
        "The",
        "Il-76",
        "RA-78817",
        "landed",
        "in",
        "at",
        "Caracas",
        "on",
        "Monday",
        "(20)",
        "the",
        "following",
        "day",
        "it",
        "left",
        "for",
        "Havana",
        ",",
        ".",
        ";",
        ":",
        "\"",
        "“",
        "”",
        "'s",
        "from",
        "to",
        "via",
        "after",
        "stops",
        "Baku",
        "Algiers",
        "and",
        "then",
        "on",
        "returned",
        "was",
        "parked",
        "there",
        "for",
        "three",
        "days",
        "until",
        "Wednesday",
        "morning",
        "since",
        "January",
        "between",
        "3",
        "and",
        "6",
        "May",
        "night",
        "of",
        "4",
        "to",
        "5",
        "December",
        "Moscow",
        "said",
        "not",
        "expected",
        "another",
        "RCH451",
        "hex",
        "4BB1D2",
        "C-32A",
        "747",
        "Ilyushin",
        "76",
        "II-76",
        "Valencia",
        "Sunday",
        "yesterday",
        ",",
        "today",
        "Friday",
        "which",
        "where",
        "had",
        "flown",
        "in",
        "Pskov",
        "previous",
        "the same way",
        "returning",
        "\n\n",
        "BUENOS AIRES",
        "-",
        "–",
        "(",
        ")",
        "p.m.",
        "KST",
        "Dec.",
        "U.S.",
        "é",
        "Asunción",
        "٣",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    for _ in 0..3000 {
        let n = next() % 120;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(pieces[next() % pieces.len()]);
            if next() % 4 != 0 {
                text.push(' ');
            }
        }
        let r = read(&text, published());
        for c in &r.claims {
            let chars = text.chars().count();
            assert!(
                c.evidence_text
                    .iter()
                    .all(|e| e.start <= e.end && e.end <= chars)
            );
        }
        let _ = read(&text, None);
    }
}

/// A developer's aid, not a test: writes the reading of each harvest page
/// listed in `DUMP` (the eval's v2 format: header, `---`, text) beside it
/// as `PAGE.json` (the claims and names found, each claim's date, the
/// sentences' byte spans), for `docs/harvest/learned_experiment.py`:
/// `DUMP="$(ls DIR/*.txt)" cargo test --release -p flightlens-core --lib dump_readings -- --ignored`.
#[test]
#[ignore]
fn dump_readings() {
    let list = std::env::var("DUMP").unwrap_or_default();
    for path in list.split_whitespace() {
        let raw = std::fs::read_to_string(path).expect("a page to read");
        let (head, body) = raw.split_once("\n---\n").expect("a header, then ---");
        let pubd = head
            .lines()
            .find_map(|l| l.strip_prefix("published: "))
            .and_then(|p| crate::time::parse_date(p.trim()));
        let r = read(body, pubd);
        let doc = text::parse(body);
        let sents: Vec<(usize, usize, usize)> = doc
            .sentences
            .iter()
            .map(|s| (doc.toks[s.first].start, s.end, s.paragraph))
            .collect();
        let dates: Vec<String> = r
            .claims
            .iter()
            .map(|c| c.days.map(|d| d.iso()).unwrap_or_else(|| "-".into()))
            .collect();
        let out = serde_json::json!({
            "reading": r,
            "sentences": sents,
            "published": pubd,
            "dates": dates,
        });
        std::fs::write(format!("{path}.json"), out.to_string()).expect("the reading written");
    }
}
