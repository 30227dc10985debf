//! The classes of issue 14, each read end to end from a short text in the
//! manner of real reporting (invented events; no sentence copied).

use super::*;
use crate::time::parse_date;

/// Claims as `event place date aircraft`, aircraft as type/registration/callsign.
fn claims(text: &str, published: &str) -> Vec<String> {
    read(text, parse_date(published))
        .claims
        .iter()
        .map(|c| {
            let place = if c.route.is_empty() {
                c.place.as_ref().map(|p| p.code.clone()).unwrap_or_default()
            } else {
                c.route
                    .iter()
                    .map(|p| p.code.as_str())
                    .collect::<Vec<_>>()
                    .join(">")
            };
            let who: Vec<&str> = [&c.aircraft_type, &c.registration, &c.callsign]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            format!(
                "{} {place} {} {}",
                format!("{:?}", c.event).to_lowercase(),
                c.days.map(|d| d.iso()).unwrap_or_else(|| "-".into()),
                if who.is_empty() {
                    "-".to_string()
                } else {
                    who.join(" ")
                }
            )
        })
        .collect()
}

// --- Weekdays and relative days -------------------------------------------

#[test]
fn a_bare_weekday_is_the_last_such_day_on_or_before_publication() {
    // 2025-03-07 was a Friday.
    assert_eq!(
        claims("An Il-76 landed in Dakar on Saturday.", "2025-03-07"),
        ["arrival GOBD 2025-03-01 IL76"]
    );
    assert_eq!(
        claims("An Il-76 landed in Dakar on Friday.", "2025-03-07"),
        ["arrival GOBD 2025-03-07 IL76"]
    );
    assert_eq!(
        claims("An Il-76 landed in Dakar late on Wednesday.", "2025-03-07"),
        ["arrival GOBD 2025-03-05 IL76"]
    );
    assert_eq!(
        claims("An Il-76 landed in Dakar this Sunday.", "2025-03-07"),
        ["arrival GOBD 2025-03-02 IL76"]
    );
}

#[test]
fn relative_days_and_weekdays_with_their_date() {
    assert_eq!(
        claims("An Il-76 landed in Dakar last night.", "2025-03-07"),
        ["arrival GOBD 2025-03-06 IL76"]
    );
    assert_eq!(
        claims("An Il-76 landed in Dakar this morning.", "2025-03-07"),
        ["arrival GOBD 2025-03-07 IL76"]
    );
    assert_eq!(
        claims(
            "An Il-76 landed in Chad today, Friday, officials said.",
            "2025-03-07"
        ),
        ["arrival TD 2025-03-07 IL76"]
    );
    assert_eq!(
        claims(
            "An Il-76 landed in Dakar on Monday (Dec. 14).",
            "2020-12-16"
        ),
        ["arrival GOBD 2020-12-14 IL76"]
    );
    assert_eq!(
        claims(
            "The Antonov 124 touched down in Caracas on Thursday (20).",
            "2025-03-21"
        ),
        ["arrival SVMI 2025-03-20 A124"]
    );
}

// --- Dates carried through the story ---------------------------------------

#[test]
fn anaphoric_dates_count_from_the_story_not_from_publication() {
    assert_eq!(
        claims(
            "On 18 September the Il-76 RA-78817 flew to Santa Cruz, in Bolivia. The next day it continued to Bogotá.",
            "2024-09-25"
        ),
        [
            "arrival SLVR 2024-09-18 IL76 RA-78817",
            "route SLVR>SKBO 2024-09-19 IL76 RA-78817",
        ]
    );
    assert_eq!(
        claims(
            "The An-12 left Libya on 10 May. Two days later it landed in Sudan.",
            "2019-05-20"
        ),
        ["departure LY 2019-05-10 AN12", "arrival SD 2019-05-12 AN12"]
    );
}

#[test]
fn a_dateless_movement_takes_the_story_date_only_when_it_continues_the_story() {
    // The same aircraft, the next sentence: the story's date.
    assert_eq!(
        claims(
            "The Embraer YV3016 landed at Valencia on Sunday evening. After two hours on the ground it left for Caracas and landed at Maiquetía.",
            "2024-08-19"
        ),
        [
            "arrival SVVA 2024-08-18 YV3016",
            "presence SVVA 2024-08-18 YV3016",
            "departure SVVA 2024-08-18 YV3016",
            "arrival SVMI 2024-08-18 YV3016",
        ]
    );
    // No date anywhere: none, never a guess.
    assert_eq!(
        claims(
            "Records show an Il-76 was last seen at Manas airport.",
            "2024-10-22"
        ),
        ["presence UCFM - IL76"]
    );
}

// --- The same aircraft across sentences --------------------------------------

#[test]
fn the_plane_and_it_are_the_aircraft_last_named_and_another_is_new() {
    assert_eq!(
        claims(
            "An Antonov An-124 Ruslan, registration RA-82077, landed in Caracas on 12 December. The Ruslan left the next day. Another Il-76 landed in Havana on 14 December.",
            "2018-12-20"
        ),
        [
            "arrival SVMI 2018-12-12 A124 RA-82077",
            "departure SVMI 2018-12-13 A124 RA-82077",
            "arrival MUHA 2018-12-14 IL76",
        ]
    );
}

#[test]
fn a_business_jet_does_not_inherit_a_freighters_type() {
    let got = claims(
        "An Il-76 cargo plane landed in Minsk on 3 May. A business jet, tail number RA-02791, landed at Machulishchy the same day.",
        "2024-05-06",
    );
    assert_eq!(
        got,
        [
            "arrival UMMS 2024-05-03 IL76",
            "arrival UMLI 2024-05-03 RA-02791"
        ]
    );
}

#[test]
fn a_vaguely_named_aircraft_is_identified_by_what_follows() {
    assert_eq!(
        claims(
            "A Russian air force jet landed in Venezuela on Monday. An Ilyushin 62 bearing the tail number RA-86559 stood on the apron at Maiquetia airport.",
            "2020-07-14"
        ),
        [
            "arrival SVMI 2020-07-13 IL62 RA-86559",
            "presence SVMI 2020-07-13 IL62 RA-86559"
        ]
    );
}

// --- Registrations, addresses and callsigns ------------------------------------

#[test]
fn registrations_as_reporters_write_them() {
    for (text, reg) in [
        ("The Il-76 RA78817 landed in Dakar on 2 May.", "RA78817"),
        (
            "An Il-76 with tail number RA-78817 landed in Dakar on 2 May.",
            "RA-78817",
        ),
        (
            "An Il-76, registered as YK-ATA, landed in Dakar on 2 May.",
            "YK-ATA",
        ),
        (
            "An An-124 with board number RA-82077 landed in Dakar on 2 May.",
            "RA-82077",
        ),
        ("An Embraer, YV3016, landed in Dakar on 2 May.", "YV3016"),
    ] {
        let r = read(text, parse_date("2025-05-03"));
        assert_eq!(r.claims.len(), 1, "{text}");
        assert_eq!(r.claims[0].registration.as_deref(), Some(reg), "{text}");
    }
    // "Registered in Guinea" is a country.
    let r = read(
        "A jet registered in Guinea landed in Dakar on 2 May.",
        parse_date("2025-05-03"),
    );
    assert_eq!(r.claims[0].registration, None);
}

#[test]
fn hex_addresses_and_military_callsigns() {
    let r = read(
        "The Global 6000, hex 424A1C, landed in Dubai on 4 January. A C-17 flying under the callsign RCH451 landed at Ramstein on 5 January.",
        parse_date("2025-01-06"),
    );
    assert_eq!(r.claims[0].icao24.as_deref(), Some("424a1c"));
    assert_eq!(r.claims[0].aircraft_type.as_deref(), Some("GLEX"));
    assert_eq!(r.claims[1].callsign.as_deref(), Some("RCH451"));
    assert_eq!(
        r.claims[1].place.as_ref().map(|p| p.code.as_str()),
        Some("ETAR")
    );
}

#[test]
fn military_designations_are_types_not_registrations() {
    let r = read(
        "A C-32A landed at Luanda on Saturday.",
        parse_date("2025-11-22"),
    );
    assert_eq!(r.claims[0].aircraft_type.as_deref(), Some("B752"));
    assert_eq!(r.claims[0].registration, None);
}

// --- Places in context -----------------------------------------------------------

#[test]
fn a_shared_name_is_decided_by_the_story() {
    assert_eq!(
        claims(
            "The Embraer YV3016 could not land at Maiquetía and diverted to Valencia on Sunday.",
            "2024-08-19"
        ),
        ["arrival SVVA 2024-08-18 YV3016"]
    );
    assert_eq!(
        claims(
            "The 747 diverted to Córdoba, in Argentina, on Monday.",
            "2023-03-20"
        ),
        ["arrival SACO 2023-03-20 B744"]
    );
}

#[test]
fn governments_and_common_words_are_not_places_of_movements() {
    let r = read(
        "Moscow said the Il-76 landed in Caracas on Monday. Washington warned that the North would respond. The Gulf states did not comment.",
        parse_date("2019-01-28"),
    );
    assert_eq!(r.claims.len(), 1);
    let places: Vec<&str> = r
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(places, ["Caracas"]);
}

#[test]
fn air_bases_resolve_to_their_airfields() {
    assert_eq!(
        claims(
            "Six Il-76s took off from Chkalovsky on 4 December and landed at Hmeimim air base the next day.",
            "2024-12-06"
        ),
        [
            "departure UUMU 2024-12-04 IL76",
            "arrival OSLK 2024-12-05 IL76"
        ]
    );
}

// --- Headlines and what is not a claim --------------------------------------------

#[test]
fn a_headline_that_names_a_movement_is_a_claim_once() {
    // Stated again by the body: one claim, the body's.
    assert_eq!(
        claims(
            "Russian freighter lands in Caracas\n\nAn Il-76 landed in Caracas on Monday.",
            "2025-03-05"
        ),
        ["arrival SVMI 2025-03-03 IL76"]
    );
    // A headline about a topic is none.
    assert!(
        claims(
            "What the flights to Caracas mean\n\nAnalysts disagree.",
            "2025-03-05"
        )
        .is_empty()
    );
}

#[test]
fn plans_habits_and_hedges_are_not_claims() {
    assert!(
        claims(
            "The Il-96 is expected to land in Havana on Friday. Russian planes usually fly to Caracas. The bombers most likely flew from Engels. It was supposed to leave Minsk on Thursday.",
            "2025-03-05"
        )
        .is_empty()
    );
}

// --- Events reporters write -----------------------------------------------------------

#[test]
fn the_verbs_of_movements() {
    let got = claims(
        "The jet YV3545 touched down in Monterrey on 13 March. It took off again on 14 March and made an emergency landing in Córdoba, Argentina. On 15 March it returned to Ezeiza, where it remained for two days.",
        "2023-03-20",
    );
    assert_eq!(
        got,
        [
            "arrival MMMY 2023-03-13 YV3545",
            "departure MMMY 2023-03-14 YV3545",
            "arrival SACO 2023-03-14 YV3545",
            "arrival SAEZ 2023-03-15 YV3545",
            "presence SAEZ 2023-03-15/2023-03-17 YV3545",
        ]
    );
}

#[test]
fn flew_from_to_via_and_stops() {
    assert_eq!(
        claims(
            "A Tu-204 with the registration RA-64504 flew from Rostov-on-Don to Managua via Dakar on 8 February.",
            "2019-02-15"
        ),
        ["route URRP>GOBD>MNMG 2019-02-08 T204 RA-64504"]
    );
    assert_eq!(
        claims(
            "The Il-96 left Moscow on Monday and stopped over in Casablanca, Morocco.",
            "2025-02-20"
        ),
        [
            "departure RU 2025-02-17 IL96",
            "presence GMMN 2025-02-17 IL96"
        ]
    );
}

#[test]
fn a_range_with_several_aircraft_gives_a_claim_each() {
    assert_eq!(
        claims(
            "Between 3 and 6 May, the Il-76s RA-78817 and RA-78834 landed at Niamey.",
            "2025-05-10"
        ),
        [
            "arrival DRRN 2025-05-03/2025-05-06 IL76 RA-78817",
            "arrival DRRN 2025-05-03/2025-05-06 IL76 RA-78834",
        ]
    );
}

#[test]
fn report_dates_are_not_movement_dates() {
    assert_eq!(
        claims(
            "A Russian transport plane landed in Mali on Wednesday night, state television said in a report broadcast on Thursday.",
            "2025-03-07"
        ),
        ["arrival ML 2025-03-05 -"]
    );
}

#[test]
fn overflights_and_headings_are_not_claims() {
    assert!(
        claims(
            "The Il-62 crossed Morocco over Rabat and was last seen heading toward Wonsan.",
            "2025-03-07"
        )
        .is_empty()
    );
}

#[test]
fn evidence_spans_count_characters() {
    let text = "Le Boeing de l'État: the Il-76 landed in Asunción on 11 December.";
    let r = read(text, parse_date("2018-12-20"));
    let c = &r.claims[0];
    let chars: Vec<char> = text.chars().collect();
    let words: Vec<(String, &str)> = c
        .evidence_text
        .iter()
        .map(|e| (chars[e.start..e.end].iter().collect(), e.kind))
        .collect();
    assert!(
        words.contains(&("Asunción".to_string(), "place")),
        "{words:?}"
    );
    assert!(
        words.contains(&("11 December".to_string(), "date")),
        "{words:?}"
    );
    assert!(
        words
            .iter()
            .any(|(w, k)| *k == "aircraft" && w.contains("Il-76")),
        "{words:?}"
    );
}
