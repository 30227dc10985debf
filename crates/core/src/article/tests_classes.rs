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

/// The codes of the places an undated text names, in order.
fn places(text: &str) -> Vec<String> {
    read(text, None)
        .entities
        .into_iter()
        .filter(|e| e.kind == EntityKind::Place)
        .map(|e| e.value)
        .collect()
}

/// Each place told as "The jet landed {prep} {place} on Monday." (published
/// 2025-04-09) is an arrival at `want`: the sweeps' table tests.
fn lands_at(prep: &str, table: &[(&str, &str)]) {
    for (place, want) in table {
        let got = claims(
            &format!("The jet landed {prep} {place} on Monday."),
            "2025-04-09",
        );
        assert_eq!(got, [format!("arrival {want} 2025-04-07 -")], "{place}");
    }
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
            "departure SVVA 2024-08-18 YV3016",
            "presence SVVA 2024-08-18 YV3016",
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
        // Written without the hyphen, given as the register writes it.
        ("The Il-76 RA78817 landed in Dakar on 2 May.", "RA-78817"),
        ("The Boeing 747 4XICB landed in Dakar on 2 May.", "4X-ICB"),
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
    assert_eq!(r.claims[0].aircraft_type.as_deref(), Some("GL6T"));
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
            "arrival OSLK 2024-12-05 IL76",
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

// --- Generalisation pass (articles-real2) -----------------------------------

#[test]
fn state_serials_after_a_registration_word_are_registrations() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "The C-32A (tail 98-0002) landed at Ramstein Air Base on Tuesday.",
            "2025-06-04"
        ),
        ["arrival ETAR 2025-06-03 B752 98-0002"]
    );
    assert_eq!(
        claims(
            "A Falcon 7X with registration A56-001 landed at Townsville on Tuesday.",
            "2025-06-04"
        ),
        ["arrival YBTL 2025-06-03 FA7X A56-001"]
    );
    // Without the word, the shape is a type's.
    assert_eq!(
        claims(
            "A C-130 landed at Ramstein Air Base on Tuesday.",
            "2025-06-04"
        ),
        ["arrival ETAR 2025-06-03 C130"]
    );
}

#[test]
fn callsigns_written_as_a_word_and_a_number() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "A B-52 using the callsign Bone 41 landed at RAF Fairford on Tuesday, \
             followed by Bone 42 an hour later.",
            "2025-06-04"
        )[0],
        "arrival EGVA 2025-06-03 B52 BONE41"
    );
    // A month, a gate or a flight number is not one.
    assert_eq!(
        claims(
            "The callsign was not known. An A330 landed at Larnaca on June 3 at Gate 12.",
            "2025-06-04"
        ),
        ["arrival LCLK 2025-06-03 A332"]
    );
}

#[test]
fn aircraft_joined_by_and_a_each_make_the_movement() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "A Tu-214 command jet and an Il-76 freighter left Chkalovsky on Tuesday.",
            "2025-06-04"
        ),
        [
            "departure UUMU 2025-06-03 T204",
            "departure UUMU 2025-06-03 IL76"
        ]
    );
}

#[test]
fn a_line_that_is_only_a_date_dates_what_follows() {
    // A date header over a list, and a live page's time stamps.
    let text = "Trip log\n\nThe envoy's Il-96 landed back at Vnukovo on June 4.\n\n\
                June 1\n9:00 pm: The Il-96 took off from Vnukovo.\n\n\
                June 2\n6:15 am: Landed at Hanoi.\n";
    assert_eq!(
        claims(text, "2025-06-04"),
        [
            "arrival UUWW 2025-06-04 IL96",
            "departure UUWW 2025-06-01 IL96",
            "arrival VVNB 2025-06-02 IL96"
        ]
    );
    let text = "Live: the envoy's trip\n\nEnvoy leaves\npublished at 22:10 GMT 2 June\n\n\
                The Il-96 took off from Vnukovo shortly before 22:00 GMT.\n";
    assert_eq!(
        claims(text, "2025-06-04"),
        ["departure UUWW 2025-06-02 IL96"]
    );
}

#[test]
fn where_a_landing_had_come_from_makes_it_a_route() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "An A319 of the Amiri Flight landed at Zurich Airport on Tuesday. \
             It had come from Marrakesh.",
            "2025-06-04"
        ),
        ["route GMMX>LSZH 2025-06-03 A319"]
    );
    // A later date in the next clause belongs to the next movement.
    assert_eq!(
        claims(
            "An Il-76 landed at Dusseldorf Airport on Tuesday. The freighter had come \
             from Pisa, and on Wednesday it left for Moscow.",
            "2025-06-04"
        ),
        [
            "route LIRP>EDDL 2025-06-03 IL76",
            "departure EDDL 2025-06-04 IL76"
        ]
    );
}

#[test]
fn the_weekend_told_early_in_the_week_is_the_one_just_past() {
    // 2025-12-29 was a Monday.
    assert_eq!(
        claims(
            "Six Amiri Flight jets landed at Zurich over the weekend.",
            "2025-12-29"
        ),
        ["arrival LSZH 2025-12-27/2025-12-28 -"]
    );
}

#[test]
fn a_stop_in_the_opening_phrase_and_a_date_after_an_offset() {
    // 2025-06-04 was a Wednesday.
    let text = "The Falcon 900 took off from Bern-Belp on Sunday, June 1. After a stop in \
                Guadeloupe, it landed at Caracas airport in the evening.\n\n\
                It took off again 20 hours later, on Monday, June 2, and was back at Belp \
                on Tuesday, June 3.";
    assert_eq!(
        claims(text, "2025-06-04"),
        [
            "departure LSZB 2025-06-01 F900",
            "route LSZB>GP>SVMI 2025-06-01 F900",
            "departure SVMI 2025-06-02 F900",
            "arrival LSZB 2025-06-03 F900",
        ]
    );
}

#[test]
fn on_its_way_to_is_where_it_was_headed() {
    assert_eq!(
        claims(
            "An An-225 landed at Hyderabad airport in May 2016 on its way to Australia.",
            "2025-06-04"
        ),
        ["arrival VOHS 2016-05-01/2016-05-31 A225"]
    );
}

#[test]
fn a_weekday_after_a_clock_time_stays_in_its_sentence() {
    // 2025-02-06 was a Thursday.
    assert_eq!(
        claims(
            "The Global 7500 left Los Angeles just after 5 a.m. Monday and landed at \
             Tokyo Haneda at 8:44 a.m. Tuesday.",
            "2025-02-06"
        ),
        [
            "departure KLAX 2025-02-03 GL7T",
            "arrival RJTT 2025-02-04 GL7T",
        ]
    );
}

#[test]
fn a_movement_noun_said_to_be_scheduled_is_a_plan() {
    assert_eq!(
        claims(
            "The A330 left Auckland on June 1 and landed in Honolulu on June 1. \
             The departure back had been scheduled for 11:55 p.m. on June 2.",
            "2025-06-04"
        ),
        [
            "departure NZAA 2025-06-01 A332",
            "arrival PHNL 2025-06-01 A332",
        ]
    );
}

#[test]
fn an_embedded_posts_relative_words_count_from_its_date_line() {
    // 2025-06-04 was a Wednesday; the post is from Monday.
    let text = "Freighter lands at Shannon\n\nSpotters noticed it at once.\n\n\
                RA-82081 came in to Shannon from Gander early this morning.\n\
                — Spotter (@spots) June 2, 2025\n\nOfficials said little.\n";
    assert_eq!(
        claims(text, "2025-06-04"),
        ["route CYQX>EINN 2025-06-02 RA-82081"]
    );
}

#[test]
fn since_a_weekday_runs_until_publication() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "The An-124 has been parked at Shannon since Monday.",
            "2025-06-04"
        ),
        ["presence EINN 2025-06-02/2025-06-04 A124"]
    );
}

#[test]
fn they_and_both_after_aircraft_that_moved_together() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "On Tuesday an Airbus A319 and an Airbus A330-200 landed at Zurich Airport. \
             Both had come from Doha.",
            "2025-06-04"
        ),
        [
            "route OTHH>LSZH 2025-06-03 A319",
            "route OTHH>LSZH 2025-06-03 A332"
        ]
    );
}

#[test]
fn a_repeat_that_names_the_aircraft_names_the_claims() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "Evacuees reach Larnaca\n\nTwo flights, one of them carrying Cypriot citizens, \
             reached Larnaca airport from Sudan on Wednesday morning.\n\nThe first, a Royal \
             Air Force A400M Atlas, arrived from Sudan at dawn with three Cypriots on board.",
            "2025-06-04"
        ),
        ["arrival LCLK 2025-06-04 A400"]
    );
}

// --- Weak evidence: claims a careful reader would not write -------------------------

#[test]
fn a_movement_the_story_leaves_undated_is_no_claim() {
    // 2025-06-04 was a Wednesday. The second paragraph is background the
    // story gives no day for.
    let text = "The Ilyushin Il-76 RA-78765 landed at Dakar airport on Tuesday.\n\n\
                Years ago, the Antonov An-124 RA-82077 stood at Ostend airport.";
    assert_eq!(
        claims(text, "2025-06-04"),
        ["arrival GOBD 2025-06-03 IL76 RA-78765"]
    );
    // Without a publication day nothing can be dated: the claims stay (a
    // story that dates nothing keeps them too, see
    // a_dateless_movement_takes_the_story_date_only_when_it_continues_the_story).
    let undated: Vec<String> = read(text, None)
        .claims
        .iter()
        .map(|c| c.place.as_ref().map(|p| p.code.clone()).unwrap_or_default())
        .collect();
    assert_eq!(undated, ["GOBD", "EBOS"]);
}

#[test]
fn what_is_to_be_done_is_a_plan() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "The Gulfstream G650 N650GX landed at Geneva airport on Tuesday. It was then \
             towed to a hangar at Zurich, where it is to be parked until the owner's \
             return.",
            "2025-06-04"
        ),
        ["arrival LSGG 2025-06-03 GLF6 N650GX"]
    );
    // What the text says is known stays a fact.
    assert_eq!(
        claims(
            "The Gulfstream G650 N650GX is believed to be parked at Geneva airport since Tuesday.",
            "2025-06-04"
        ),
        ["presence LSGG 2025-06-03/2025-06-04 GLF6 N650GX"]
    );
}

#[test]
fn a_run_of_trips_in_the_perfect_progressive_is_no_claim() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "The Ilyushin Il-76 EW-78843 landed at Bamako airport on Tuesday. Since March \
             the same freighters have also been calling at airports in Syria, and one has \
             been flying to Tobruk.",
            "2025-06-04"
        ),
        ["arrival GABS 2025-06-03 IL76 EW-78843"]
    );
}

#[test]
fn a_person_sighted_is_no_aircraft_sighted() {
    // 2025-06-04 was a Wednesday.
    assert_eq!(
        claims(
            "The Dassault Falcon 7X VP-BSK took off from Geneva airport on Tuesday. \
             Mr Ortega was photographed at a hotel in Nice on Monday evening.",
            "2025-06-04"
        ),
        ["departure LSGG 2025-06-03 FA7X VP-BSK"]
    );
    // The aircraft itself, seen, is.
    assert_eq!(
        claims(
            "The Dassault Falcon 7X VP-BSK was photographed at Nice airport on Monday.",
            "2025-06-04"
        ),
        ["presence LFMN 2025-06-02 FA7X VP-BSK"]
    );
}

#[test]
fn an_offset_from_a_persons_event_is_no_date() {
    assert_eq!(
        claims(
            "The general's last trip ended at Bamako airport on May 12, 2025, when the \
             Ilyushin Il-76 TL-KBR carrying him landed there five days before his death.",
            "2025-06-04"
        ),
        ["arrival GABS 2025-05-12 IL76 TL-KBR"]
    );
}

#[test]
fn an_aircraft_seen_airborne_has_no_departure() {
    // 2025-06-06 was a Friday.
    assert_eq!(
        claims(
            "The Antonov An-148 P-885 landed at Pyongyang airport on Thursday. \
             On Friday morning the An-148 was seen airborne, tracking east over the sea.",
            "2025-06-06"
        ),
        ["arrival ZKPY 2025-06-05 A148 P-885"]
    );
}

#[test]
fn a_journey_told_by_countries_and_by_airfields_is_one_claim() {
    assert_eq!(
        claims(
            "On 3 June, the Il-76 RA-78765 returned to Russia from Belarus. According to \
             the monitors, the Il-76 flew back to Pskov from Machulishchy on the evening of 3 June.",
            "2025-06-04"
        ),
        ["route UMLI>ULOO 2025-06-03 IL76 RA-78765"]
    );
}

// --- Third development set (the first held-out set, opened) ----------------

#[test]
fn a_us_state_is_the_country_and_decides_the_city() {
    // 2025-03-31 was a Monday; "Sunday" is 2025-03-30.
    assert_eq!(
        claims(
            "The charter jet N512XA left Alexandria, Louisiana, on Sunday morning.",
            "2025-03-31"
        ),
        ["departure KAEX 2025-03-30 N512XA"]
    );
    // "North Carolina" is no airport called Carolina; the base keeps its state.
    assert_eq!(
        claims(
            "On Monday a KC-135 landed at Hamburg after a crossing from Seymour Johnson \
             Air Force Base in North Carolina.",
            "2024-05-15"
        ),
        ["route KGSB>EDDH 2024-05-13 K35R"]
    );
}

#[test]
fn a_city_named_regional_airport_is_that_airport() {
    assert_eq!(
        claims(
            "A C-17 touched down at Abilene Regional Airport on Wednesday.",
            "2025-02-07"
        ),
        ["arrival KABI 2025-02-05 C17"]
    );
}

#[test]
fn generic_words_of_base_names_are_no_airport() {
    assert_eq!(
        claims(
            "On Saturday an RQ-4B took off from Naval Air Station Sigonella.",
            "2025-11-16"
        ),
        ["departure LICZ 2025-11-15 Q4"]
    );
    assert_eq!(
        claims(
            "The VC-25A lifted off from Joint Base Andrews on Tuesday night.",
            "2025-03-06"
        ),
        ["departure KADW 2025-03-04 B742"]
    );
}

#[test]
fn a_stop_between_a_departure_and_a_landing_is_on_the_route() {
    assert_eq!(
        claims(
            "The Boeing 757 took off from Frankfurt on Wednesday, stopped to refuel at \
             Ramstein Air Base and landed at Al Udeid Air Base that night.",
            "2025-03-06"
        ),
        [
            "departure EDDF 2025-03-05 B752",
            "route EDDF>ETAR>OTBH 2025-03-05 B752"
        ]
    );
}

#[test]
fn a_sentences_one_date_dates_its_one_movement() {
    assert_eq!(
        claims(
            "Neighbours had a surprise late on Wednesday evening when a C-17 touched \
             down at Abilene Regional Airport, eight miles from the air base.",
            "2025-02-07"
        ),
        ["arrival KABI 2025-02-05 C17"]
    );
    // A report's day is not the movement's.
    assert_eq!(
        claims(
            "The agency said on Friday that an Il-76 had landed in Dakar.",
            "2025-03-07"
        ),
        ["arrival GOBD - IL76"]
    );
}

#[test]
fn a_guess_places_no_aircraft() {
    assert_eq!(
        claims(
            "Five Y-20 transports landed in Egypt on 3 November. Spotters believe the \
             aircraft went to Cairo West air base, though that could not be confirmed.",
            "2025-11-04"
        ),
        ["arrival EG 2025-11-03 Y20"]
    );
}

#[test]
fn a_look_back_in_the_past_perfect_leaves_the_storys_date() {
    // The stop in Dubai is on the way to Egypt; "the following day" counts
    // from the landing, not from the night before it.
    assert_eq!(
        claims(
            "Five Y-20 transports landed in Egypt on 3 November. They had left Urumqi \
             the previous night and stopped to refuel in Sharjah. By the following day \
             two of them had landed in Pakistan.",
            "2025-11-06"
        ),
        [
            "arrival EG 2025-11-03 Y20",
            "departure ZWWW 2025-11-02 Y20",
            "route ZWWW>OMSJ>EG 2025-11-02/2025-11-03 Y20",
            "arrival PK 2025-11-04 Y20"
        ]
    );
}

#[test]
fn registrations_listed_after_a_group_make_a_claim_each() {
    assert_eq!(
        claims(
            "Three Il-76s landed at Machulishchy on Monday, the monitors said. Their \
             registrations were RA-78830, RF-78811 and RA-76502. The last, RA-76502, \
             touched down at Machulishchy on Monday at 9 p.m.",
            "2025-12-30"
        ),
        [
            "arrival UMLI 2025-12-29 IL76 RA-78830",
            "arrival UMLI 2025-12-29 IL76 RF-78811",
            "arrival UMLI 2025-12-29 IL76 RA-76502"
        ]
    );
}

#[test]
fn followed_by_another_callsign_is_its_own_movement() {
    assert_eq!(
        claims(
            "A B-52 using the callsign Tusk 11 landed at Fairford at about 1pm on \
             Tuesday, followed by Tusk 12 at 3.15pm.",
            "2025-11-07"
        ),
        [
            "arrival EGVA 2025-11-04 B52 TUSK11",
            "arrival EGVA 2025-11-04 B52 TUSK12"
        ]
    );
}

#[test]
fn taken_off_airborne_again_and_a_two_part_airport_name() {
    assert_eq!(
        claims(
            "The jet has taken off from Townsville Airport on Wednesday.",
            "2023-09-27"
        ),
        ["departure YBTL 2023-09-27 -"]
    );
    assert_eq!(
        claims(
            "An An-124 set down at Amari air base on Wednesday. Tracking data showed \
             it had flown in from Leipzig/Halle in eastern Germany, touching down at \
             about 8:40. The Ruslan was airborne again before nightfall.",
            "2024-12-05"
        ),
        [
            "route EDDP>EEEI 2024-12-04 A124",
            "departure EEEI 2024-12-04 A124"
        ]
    );
}

#[test]
fn an_airports_own_name_after_its_citys_decides_the_city() {
    // "Dyce" is Aberdeen's airport in Scotland, so "Aberdeen" is that one,
    // not Aberdeen, South Dakota; "the North-east" is no airport.
    assert_eq!(
        claims(
            "A VC-25A landed at Dyce on Friday for a visit to the North-east. It left \
             Aberdeen on Sunday evening bound for Washington.",
            "2026-06-08"
        ),
        [
            "arrival EGPD 2026-06-05 B742",
            "departure EGPD 2026-06-07 B742"
        ]
    );
}

#[test]
fn the_storys_airport_is_where_an_unplaced_landing_happened() {
    // 2022-08-18 was a Thursday. The lead names the airport; the jet's
    // landing names only where it came from.
    assert_eq!(
        claims(
            "Summer at Bozeman Yellowstone International Airport means big private \
             jets. A Gulfstream G650ER, N272BG, landed Tuesday evening after a flight \
             from Van Nuys, California. It headed to Teterboro, New Jersey, on Wednesday.",
            "2022-08-18"
        ),
        [
            "route KVNY>KBZN 2022-08-16 GLF6 N272BG",
            "departure KBZN 2022-08-17 GLF6 N272BG"
        ]
    );
}

#[test]
fn here_is_the_datelines_place_and_an_agency_dateline_ends_with_a_colon() {
    // 2026-05-15 was a Friday.
    assert_eq!(
        claims(
            "THIRUVANANTHAPURAM, May 15 (Agency): The first C-17 carrying evacuees \
             landed at the international airport here at around 4 am on Friday.",
            "2026-05-15"
        ),
        ["arrival VOTV 2026-05-15 C17"]
    );
}

#[test]
fn dubai_is_a_city_of_two_large_airports() {
    assert_eq!(
        claims(
            "The Falcon 7X RA-09011 flew from Moscow's Vnukovo airport to Dubai on Oct. 28.",
            "2023-11-09"
        ),
        ["route UUWW>AE 2023-10-28 FA7X RA-09011"]
    );
}

#[test]
fn a_number_in_a_compound_adjective_is_no_count() {
    // "the four-engined freighter" is the An-124 just named, not four aircraft.
    assert_eq!(
        claims(
            "An An-124 set down at Amari air base on Wednesday morning. Tracking data \
             showed the four-engined freighter had flown in from Leipzig.",
            "2024-12-05"
        ),
        ["route EDDP>EEEI 2024-12-04 A124"]
    );
}

#[test]
fn a_plan_word_in_the_main_clause_does_not_reach_an_after_clause() {
    // 2026-06-08 was a Monday. "planning" belongs to the thanks, not to the
    // landing; "the North-east" is no place.
    assert_eq!(
        claims(
            "The airport thanked staff for weeks of planning after the VC-25A touched \
             down at Dyce on Friday afternoon for a visit to the North-east.",
            "2026-06-08"
        ),
        ["arrival EGPD 2026-06-05 B742"]
    );
}

#[test]
fn a_stay_lasts_the_night_until_it_leaves_or_until_the_telling() {
    // 2025-01-13 was a Monday.
    assert_eq!(
        claims(
            "Yesterday the same An-26, LZ-MNR, flew from Sofia to Brindisi, where it \
             spent the night.",
            "2025-01-13"
        ),
        [
            "route LBSF>LIBR 2025-01-12 AN26 LZ-MNR",
            "presence LIBR 2025-01-12/2025-01-13 AN26 LZ-MNR"
        ]
    );
    // A stay told on its first day lasts until the day the aircraft left.
    assert_eq!(
        claims(
            "The G650 landed at Ben Gurion on 9 March and sat on the tarmac there. \
             It took off again on 10 March.",
            "2022-03-11"
        ),
        [
            "arrival LLBG 2022-03-09 GLF6",
            "presence LLBG 2022-03-09/2022-03-10 GLF6",
            "departure LLBG 2022-03-10 GLF6"
        ]
    );
}

#[test]
fn a_city_and_its_airport_side_by_side_are_the_airport() {
    assert_eq!(
        claims(
            "Yesterday evening the G650 left Moscow Vnukovo at 18:55 UTC and landed at \
             Tel Aviv Ben Gurion at 23:10 local.",
            "2022-03-10"
        ),
        [
            "departure UUWW 2022-03-09 GLF6",
            "arrival LLBG 2022-03-09 GLF6",
        ]
    );
}

#[test]
fn a_weekday_span_overnighting_and_climbing_out() {
    // 2022-08-18 was a Thursday.
    assert_eq!(
        claims(
            "An Il-76 sat at Dakar from Saturday through Monday.",
            "2022-08-18"
        ),
        ["presence GOBD 2022-08-13/2022-08-15 IL76"]
    );
    assert_eq!(
        claims(
            "A G650, N272BG, landed at Bozeman on Tuesday evening. It overnighted at a \
             private terminal and headed to Teterboro on Wednesday morning.",
            "2022-08-18"
        ),
        [
            "arrival KBZN 2022-08-16 GLF6 N272BG",
            "presence KBZN 2022-08-16/2022-08-17 GLF6 N272BG",
            "departure KBZN 2022-08-17 GLF6 N272BG"
        ]
    );
    assert_eq!(
        claims(
            "On Tuesday morning a KC-135R was climbing out of RAF Mildenhall, heading north.",
            "2020-05-19"
        ),
        ["departure EGUN 2020-05-19 K35R"]
    );
}

#[test]
fn flights_made_over_a_range_give_a_claim_per_aircraft() {
    // The issue's own example: a range, two aircraft, flights between two fields.
    assert_eq!(
        claims(
            "Between 3 and 6 May, a C-17 and a KC-135 made flights between Ramstein and Incirlik.",
            "2025-05-10"
        ),
        [
            "route ETAR>LTAG 2025-05-03/2025-05-06 C17",
            "route ETAR>LTAG 2025-05-03/2025-05-06 K35R"
        ]
    );
    // A count of flights told with its places and a range across months.
    assert_eq!(
        claims(
            "Between May 20 and June 10, C-17s made about 30 flights from Charleston to \
             Port-au-Prince.",
            "2024-07-20"
        ),
        ["route KCHS>MTPP 2024-05-20/2024-06-10 C17"]
    );
    // "a C-17 and": the "a" of "and" is no variant letter.
    assert_eq!(
        claims("A C-17A landed at Incirlik on 3 May.", "2025-05-10"),
        ["arrival LTAG 2025-05-03 C17"]
    );
}

#[test]
fn a_look_back_departure_leaves_the_aircraft_where_it_landed() {
    // 2025-02-07 was a Friday.
    assert_eq!(
        claims(
            "A C-17 touched down at Abilene Regional Airport late on Wednesday. It had \
             left Dover Air Force Base earlier that evening. The jet sat on the ramp \
             through Thursday. It took off on Friday and landed at Dyess minutes later.",
            "2025-02-07"
        ),
        [
            "arrival KABI 2025-02-05 C17",
            "departure KDOV 2025-02-05 C17",
            "presence KABI 2025-02-05/2025-02-06 C17",
            "departure KABI 2025-02-07 C17",
            "arrival KDYS 2025-02-07 C17",
        ]
    );
}

#[test]
fn an_ordinal_member_of_a_group_is_another_aircraft_of_its_kind() {
    // 2025-11-07 was a Friday.
    assert_eq!(
        claims(
            "A B-52 landed at RAF Fairford on Tuesday. The second landed on Thursday.",
            "2025-11-07"
        ),
        ["arrival EGVA 2025-11-04 B52", "arrival EGVA 2025-11-06 B52"]
    );
    // What reporters call Air Force One is the president's 747.
    assert_eq!(
        claims(
            "Air Force One touched down at Dyce on Friday afternoon.",
            "2026-06-08"
        ),
        ["arrival EGPD 2026-06-05 B742"]
    );
}

#[test]
fn back_after_a_mission_to_a_place_came_from_there() {
    assert_eq!(
        claims(
            "The air ambulance jet landed back in Townsville yesterday after a mission \
             to Port Moresby.",
            "2023-09-27"
        ),
        ["route AYPY>YBTL 2023-09-26 -"]
    );
}

#[test]
fn people_or_goods_from_a_place_are_not_the_flights_origin() {
    assert_eq!(
        claims(
            "A C-17 carrying 162 evacuees from South Sudan landed at Trivandrum on Friday.",
            "2026-05-15"
        ),
        ["arrival VOTV 2026-05-15 C17"]
    );
}

#[test]
fn the_longest_type_name_decides_the_variant() {
    assert_eq!(
        claims(
            "An Airbus A350-1000 landed in Erzurum on Friday. A Boeing 777-300ER \
             landed in Nizhnevartovsk on Thursday. A Beechcraft King Air 350 landed \
             in Cap-Haitien on Wednesday.",
            "2025-04-05"
        ),
        [
            "arrival LTCE 2025-04-04 A35K",
            "arrival USNN 2025-04-03 B77W",
            "arrival MTCH 2025-04-02 B350"
        ]
    );
}

#[test]
fn a_boeing_with_its_customer_code_is_the_series_the_code_names() {
    // Registers and spotters write the customer's code after the series
    // digit: "747-230B" is a 747-200, "737-8AS" a 737-800 (not the MAX 8
    // that "737-8" alone is), "777-3F2ER" a 777-300ER.
    for (form, want) in [
        ("Boeing 747-220B", "B742"),
        ("Boeing 747-281F", "B742"),
        ("747-4B5", "B744"),
        ("Boeing 737-8AS", "B738"),
        ("Boeing 737-7BC", "B737"),
        ("Boeing 777-3F2ER", "B77W"),
        ("Boeing 777-2Q8ER", "B772"),
        ("Boeing 777-FS2", "B77L"),
        ("Boeing 767-2DX", "B762"),
        // Unchanged: a series with its hundreds, the MAX's own forms.
        ("Boeing 737-800", "B738"),
        ("Boeing 737-8200", "B38M"),
        ("Boeing 737-8", "B38M"),
        ("Boeing 747-400F", "B744"),
    ] {
        assert_eq!(
            claims(
                &format!("A {form} landed in Erzurum on Friday."),
                "2025-04-05"
            ),
            [format!("arrival LTCE 2025-04-04 {want}")],
            "{form}"
        );
    }
}

#[test]
fn links_to_other_stories_pasted_with_the_page_are_not_claims() {
    // Text copied from a news page carries its furniture: a "READ MORE"
    // line inside the story and a list of other headlines under it.
    assert_eq!(
        claims(
            "Russian freighter lands in Bamako\n\n\
             An Ilyushin Il-76 landed in Bamako on Monday, tracking data show.\n\n\
             READ MORE: Iranian 747 spotted at Caracas\n\n\
             The aircraft left on Tuesday.\n\n\
             Recent news\n\
             Wagner jets seen at Benghazi\n\
             Tanker lands at Souda Bay after Atlantic crossing\n",
            "2023-03-15"
        ),
        [
            "arrival GABS 2023-03-13 IL76",
            "departure GABS 2023-03-14 IL76"
        ]
    );
}

#[test]
fn a_city_airport_is_the_citys_own_not_a_field_filed_under_its_name() {
    // The table files Buttonville as "Toronto / Buttonville Municipal" and
    // Palermo's second field as "Palermo / Bocca Di Falco": "Toronto
    // airport" is still Pearson, "Palermo airport" Punta Raisi.
    lands_at(
        "at",
        &[
            ("Toronto International Airport", "CYYZ"),
            ("Toronto airport", "CYYZ"),
            ("Palermo airport", "LICJ"),
            ("Buttonville", "CYKZ"),
            ("Punta Raisi", "LICJ"),
            ("Bari airport", "LIBD"),
            // Bases reporters name by their short name.
            ("Guantanamo Bay", "MUGM"),
            ("Pease", "KPSM"),
        ],
    );
}

#[test]
fn a_tally_of_flights_up_to_the_telling_is_no_claim() {
    // Counts of many movements "since October" or "this year" are not one
    // the tracks could show; a span told with its end still is one, and so
    // is a stay that has lasted since.
    assert_eq!(
        claims(
            "More than 300 aid flights have landed in El Arish since October, the \
             government said. Between February and July, the Challenger made 14 \
             round trips from Vnukovo to Sharjah. The RAF has flown C-17s from Brize \
             Norton since 2001. The 767 has been parked at Tbilisi since January.",
            "2024-09-10"
        ),
        [
            "route UUWW>OMSJ 2024-02-01/2024-07-31 CL60",
            "presence UGTB 2024-01-01/2024-09-10 B763"
        ]
    );
}

#[test]
fn land_as_ground_is_no_landing() {
    // "air, land and sea", "by land", "land borders": the ground.
    assert_eq!(
        claims(
            "The chartered Boeing 737 landed in San Pedro Sula on Sunday. Another \
             flight with 92 deportees arrived there at the same time. On March 15, \
             the government announced it was closing its borders - air, land, and sea \
             - for seven days. Supplies still come by land.",
            "2020-03-24"
        ),
        ["arrival MHLM 2020-03-22 B737"]
    );
}

#[test]
fn taking_off_close_to_an_airport_is_leaving_it() {
    assert_eq!(
        claims(
            "The Il-62 took off close to the Chkalovsky military airport near Moscow \
             on the morning of 2 March.",
            "2019-03-04"
        ),
        ["departure UUMU 2019-03-02 IL62"]
    );
}

#[test]
fn a_person_inside_a_quoted_nickname_is_not_the_subject() {
    // A local paper's way with Air Force One: the jet, then its nickname in
    // quotes, then the movement.
    assert_eq!(
        claims(
            "The Boeing 747-220B dubbed \u{201c}the president\u{2019}s office in the sky\u{201d} \
             by the White House was seen at Pease on Tuesday during a training mission.",
            "2021-08-06"
        ),
        ["presence KPSM 2021-08-03 B742"]
    );
}

#[test]
fn people_on_the_ground_are_no_stay() {
    assert_eq!(
        claims(
            "The Emirates A380 landed at Heathrow on Sunday after a fault. Witnesses on \
             the ground said it had circled for twenty minutes.",
            "2017-03-13"
        ),
        ["arrival EGLL 2017-03-12 A388"]
    );
}

#[test]
fn stopping_over_in_a_place_is_a_stop_on_the_way() {
    // A monitoring blog's way: the take-off, the stop, then the rest.
    assert_eq!(
        claims(
            "The Il-76TD took off on 22 June from Krasnodar, stopping over in Latakia, \
             and then continued on to Mali.",
            "2023-06-27"
        ),
        [
            "departure URKK 2023-06-22 IL76",
            "route URKK>OSLK>ML 2023-06-22 IL76"
        ]
    );
}

#[test]
fn a_bare_model_number_after_an_airline_or_an_adjective_is_a_type() {
    assert_eq!(
        claims(
            "An Air India 777 landed at Stansted on Monday. A Ryanair 737 landed at \
             Cork on Tuesday. The chartered 747 landed at Accra on Wednesday.",
            "2024-03-08"
        ),
        [
            "arrival EGSS 2024-03-04 B77W",
            "arrival EICK 2024-03-05 B737",
            "arrival DGAA 2024-03-06 B744"
        ]
    );
    // A number before a count is no aircraft.
    assert_eq!(
        claims(
            "Some 737 passengers landed at Rome on Monday.",
            "2024-03-08"
        ),
        ["arrival LIRF 2024-03-04 -"]
    );
}

#[test]
fn cities_reporters_name_resolve_to_their_airport() {
    // The city's one large airport, or its country when it has several
    // (DESIGN.md: Moscow is RU). Exonyms and old names included.
    lands_at(
        "in",
        &[
            ("Delhi", "VIDP"),
            ("Bombay", "VABB"),
            ("Saigon", "VVTS"),
            ("Kiev", "UKBB"),
            ("Kyiv", "UKBB"),
            ("Juba", "HSSJ"),
            ("Tashkent", "UZTT"),
            ("Denpasar", "WADD"),
            ("San Salvador", "MSLP"),
            ("Montreal", "CYUL"),
            ("Kampala", "HUEN"),
            ("Minsk", "UMMS"),
            ("Caracas", "SVMI"),
            ("Dakar", "GOBD"),
            ("Havana", "MUHA"),
            ("Moscow", "RU"),
            ("London", "GB"),
        ],
    );
}

#[test]
fn more_ways_reporters_tell_a_departure_a_flight_and_a_stop() {
    for (text, want) in [
        (
            "An Il-76 flew out of Caracas on Monday.",
            "departure SVMI 2025-04-07 IL76",
        ),
        (
            "An Il-76 operated a flight from Maiquetia to Dakar on Monday.",
            "route SVMI>GOBD 2025-04-07 IL76",
        ),
        (
            "An Il-76 flew from Maiquetia to Havana, stopping in Dakar, on Monday.",
            "route SVMI>GOBD>MUHA 2025-04-07 IL76",
        ),
        (
            "An Il-76 refuelled in Dakar on Monday.",
            "presence GOBD 2025-04-07 IL76",
        ),
        (
            "An Il-76 made a refuelling stop in Dakar on Monday.",
            "presence GOBD 2025-04-07 IL76",
        ),
        // Beside a landing, the refuelling stop is on the way, not a stay.
        (
            "An Il-76 landed in Havana on Monday after a refuelling stop in Dakar.",
            "route GOBD>MUHA 2025-04-07 IL76",
        ),
    ] {
        assert_eq!(claims(text, "2025-04-09"), [want], "{text}");
    }
}

#[test]
fn a_nickname_after_a_designation_is_the_same_aircraft() {
    for (text, want) in [
        (
            "A US Air Force C-5M Super Galaxy landed in Dakar on Monday.",
            "C5M",
        ),
        ("A B-1B Lancer landed in Dakar on Monday.", "B1"),
        ("A KC-135 Stratotanker landed in Dakar on Monday.", "K35R"),
        ("An RAF Voyager landed in Dakar on Monday.", "A332"),
    ] {
        assert_eq!(
            claims(text, "2025-04-09"),
            [format!("arrival GOBD 2025-04-07 {want}")],
            "{text}"
        );
    }
}

#[test]
fn the_tanker_is_the_tanker_not_the_aircraft_named_last() {
    assert_eq!(
        claims(
            "A C-17 and a KC-135 landed at Ramstein on Friday. The C-17 left for \
             Incirlik on Saturday, while the tanker stayed until Sunday.",
            "2025-06-11"
        ),
        [
            "arrival ETAR 2025-06-06 C17",
            "arrival ETAR 2025-06-06 K35R",
            "departure ETAR 2025-06-07 C17",
            "presence ETAR 2025-06-06/2025-06-08 K35R"
        ]
    );
}

#[test]
fn a_stay_for_some_days_before_leaving_dates_the_departure() {
    assert_eq!(
        claims(
            "The Embraer Legacy 600, registered N600XX, arrived in Bozeman on Aug. 16. \
             It remained there for two days before heading to Teterboro.",
            "2024-08-20"
        ),
        [
            "arrival KBZN 2024-08-16 E35L N600XX",
            "presence KBZN 2024-08-16/2024-08-18 E35L N600XX",
            "departure KBZN 2024-08-18 E35L N600XX"
        ]
    );
}

#[test]
fn a_second_aircraft_that_followed_came_where_the_first_did() {
    assert_eq!(
        claims(
            "An Il-76 of the Russian Aerospace Forces landed at Bamako on Sunday evening. \
             A second Il-76 followed on Monday. The visit followed, by a week, talks in \
             Moscow.",
            "2025-06-11"
        ),
        [
            "arrival GABS 2025-06-08 IL76",
            "arrival GABS 2025-06-09 IL76"
        ]
    );
}

#[test]
fn a_live_has_landed_is_of_the_day_published() {
    assert_eq!(
        claims(
            "UPDATE 14:05: The Il-76 has landed in Bamako, according to Flightradar24.",
            "2025-06-11"
        ),
        ["arrival GABS 2025-06-11 IL76"]
    );
}

#[test]
fn an_airport_named_after_its_city_and_a_hyphen() {
    assert_eq!(
        claims(
            "The jet landed at Le Bourget, near Paris, on Tuesday.",
            "2025-06-11"
        ),
        ["arrival LFPB 2025-06-10 -"]
    );
    assert_eq!(
        claims("The jet left Orly on Tuesday.", "2025-06-11"),
        ["departure LFPO 2025-06-10 -"]
    );
}

#[test]
fn an_unnamed_airfield_near_a_city_is_in_that_country() {
    assert_eq!(
        claims(
            "The Tu-214 arrived at an airfield near Minsk on Tuesday.",
            "2025-06-11"
        ),
        ["arrival BY 2025-06-10 T204"]
    );
    // A named one is itself.
    assert_eq!(
        claims(
            "The Il-62 took off from Chkalovsky airfield outside Moscow on Tuesday.",
            "2025-06-11"
        ),
        ["departure UUMU 2025-06-10 IL62"]
    );
}

#[test]
fn a_landing_refused_on_a_day_dates_the_diversion() {
    assert_eq!(
        claims(
            "The Il-96 was refused permission to land in Lima on Tuesday and diverted \
             to Asuncion.",
            "2025-06-11"
        ),
        ["arrival SGAS 2025-06-10 IL96"]
    );
}

#[test]
fn fields_reporters_name_resolve_to_their_airport() {
    lands_at(
        "at",
        &[
            ("Sunan", "ZKPY"),
            ("La Carlota", "SVFM"),
            ("Prestwick", "EGPK"),
            ("Biggin Hill", "EGKB"),
            ("Misrata", "HLMS"),
            ("Soto Cano", "MHPR"),
            ("McGuire Air Force Base", "KWRI"),
            ("Dallas", "KDFW"),
            ("Teterboro", "KTEB"),
            ("Van Nuys", "KVNY"),
            ("Hmeimim", "OSLK"),
            ("Machulishchy", "UMLI"),
            ("Benito Juarez airport", "MMMX"),
            ("Changi airport", "WSSS"),
            ("Otopeni", "LROP"),
            ("Reagan National", "KDCA"),
        ],
    );
}

#[test]
fn still_there_on_a_day_is_a_stay() {
    assert_eq!(
        claims(
            "On Monday the Il-76 flew on to Bodrum. It was still there on Wednesday. \
             The type is still built in Russia.",
            "2025-06-12"
        ),
        [
            "arrival LTFE 2025-06-09 IL76",
            "presence LTFE 2025-06-11 IL76"
        ]
    );
}

#[test]
fn over_the_past_week_is_when_not_ever() {
    assert_eq!(
        claims(
            "Several US Air Force KC-135 Stratotankers have arrived at Al Udeid Air \
             Base in Qatar over the past week.",
            "2025-06-12"
        ),
        ["arrival OTBH 2025-06-05/2025-06-12 K35R"]
    );
    // A tally over years is no one movement.
    assert!(
        claims(
            "Two other cargo aircraft have left the runway at Mogadishu in the past \
             three years.",
            "2025-06-12"
        )
        .is_empty()
    );
}

#[test]
fn a_list_of_callsigns_gives_each_aircraft_its_own() {
    assert_eq!(
        claims(
            "Two C-17 transports, RCH123 and RCH456, flew from Dover Air Force Base \
             to Al Udeid on Wednesday.",
            "2025-06-12"
        ),
        [
            "route KDOV>OTBH 2025-06-11 C17 RCH123",
            "route KDOV>OTBH 2025-06-11 C17 RCH456"
        ]
    );
}

#[test]
fn a_callsign_told_apart_names_the_flight_of_that_aircraft() {
    assert_eq!(
        claims(
            "A US Air Force C-17 landed at Amritsar on Wednesday. The aircraft flew \
             under the callsign RCH217. It had taken off from Ramstein on Tuesday. \
             For comparison, airline flight LY001 left Ben Gurion on Wednesday.",
            "2025-03-13"
        ),
        [
            "arrival VIAR 2025-03-12 C17 RCH217",
            "departure ETAR 2025-03-11 C17 RCH217",
            "departure LLBG 2025-03-12 LY001"
        ]
    );
}

#[test]
fn a_route_with_stops_told_after_the_landing_is_that_landings_route() {
    assert_eq!(
        claims(
            "A Russian Il-62 landed at Caracas airport on Tuesday. The aircraft had \
             flown from Moscow via Morocco.",
            "2024-12-12"
        ),
        ["route RU>MA>SVMI 2024-12-10 IL62"]
    );
}

// --- Dates carried from the story: weekdays, weeks, days of the month ------

#[test]
fn a_weekday_or_week_told_after_the_story_date_counts_from_it() {
    // Published Thursday 2025-05-08; the story is in April.
    assert_eq!(
        claims(
            "An Il-76 left Minsk on Thursday 3 April. The plane landed in Caracas \
             the following weekend and left for Havana the following Monday.",
            "2025-05-08"
        ),
        [
            "departure UMMS 2025-04-03 IL76",
            "arrival SVMI 2025-04-05/2025-04-06 IL76",
            "departure SVMI 2025-04-07 IL76"
        ]
    );
    assert_eq!(
        claims(
            "An An-124 landed in Dakar on 28 April. It stayed there until the \
             following Friday.",
            "2025-05-08"
        ),
        [
            "arrival GOBD 2025-04-28 A124",
            "presence GOBD 2025-04-28/2025-05-02 A124"
        ]
    );
}

#[test]
fn a_day_of_the_month_alone_is_the_one_nearest_the_story_date() {
    assert_eq!(
        claims(
            "An Il-76 landed in Caracas on 28 April. It left on the 3rd.",
            "2025-05-08"
        ),
        [
            "arrival SVMI 2025-04-28 IL76",
            "departure SVMI 2025-05-03 IL76"
        ]
    );
    assert_eq!(
        claims(
            "An Il-76 landed in Caracas on 5 May. It had left Minsk on the 30th.",
            "2025-05-08"
        ),
        [
            "arrival SVMI 2025-05-05 IL76",
            "departure UMMS 2025-04-30 IL76"
        ]
    );
}

#[test]
fn a_carried_word_in_reported_speech_counts_from_the_day_of_the_telling() {
    // Published Thursday 2025-05-08; Tuesday was the 6th.
    assert_eq!(
        claims(
            "Officials said on Tuesday that an Il-76 had landed in Caracas the \
             previous day.",
            "2025-05-08"
        ),
        ["arrival SVMI 2025-05-05 IL76"]
    );
    assert_eq!(
        claims(
            "An Il-76 landed in Caracas on 1 May. Officials said on Tuesday that \
             it had left for Havana the day before.",
            "2025-05-08"
        ),
        [
            "arrival SVMI 2025-05-01 IL76",
            "departure SVMI 2025-05-05 IL76"
        ]
    );
}

#[test]
fn after_midnight_and_a_day_of_the_month_opening_the_sentence() {
    assert_eq!(
        claims(
            "An Il-76 landed in Caracas at 23:50 on 3 May. It left again shortly \
             after midnight.",
            "2025-05-08"
        ),
        [
            "arrival SVMI 2025-05-03 IL76",
            "departure SVMI 2025-05-04 IL76"
        ]
    );
    // Another clause's day does not count: the landing after a take-off
    // on Monday is early on Tuesday.
    let got = claims(
        "The Global 7500 9H-VJR spent about six hours in Baku on Monday before taking off for \
         Moscow, where it landed shortly after midnight.",
        "2022-03-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival RU 2022-03-15")),
        "{got:?}"
    );
    // The sentence's own day: early on it.
    assert_eq!(
        claims(
            "An Il-76 landed in Caracas at 23:50 on 3 May. On 5 May it left again shortly \
             after midnight.",
            "2025-05-08"
        ),
        [
            "arrival SVMI 2025-05-03 IL76",
            "departure SVMI 2025-05-05 IL76"
        ]
    );
    assert_eq!(
        claims(
            "An Il-76 left Minsk on 1 May. On the 3rd it landed in Caracas.",
            "2025-05-08"
        ),
        [
            "departure UMMS 2025-05-01 IL76",
            "arrival SVMI 2025-05-03 IL76"
        ]
    );
}

#[test]
fn flights_between_two_capitals_are_flights_not_relations() {
    assert_eq!(
        claims(
            "Between 3 and 6 June, a C-17 and a KC-135 made flights between Minsk and \
             Caracas. Relations between Minsk and Caracas have grown.",
            "2025-06-12"
        ),
        [
            "route UMMS>SVMI 2025-06-03/2025-06-06 C17",
            "route UMMS>SVMI 2025-06-03/2025-06-06 K35R"
        ]
    );
}

#[test]
fn later_in_the_day_is_the_story_day() {
    assert_eq!(
        claims(
            "A Russian Il-62 landed at Caracas airport on Tuesday. A second plane, an \
             Antonov An-124 cargo jet, arrived later in the day.",
            "2024-12-12"
        ),
        [
            "arrival SVMI 2024-12-10 IL62",
            "arrival SVMI 2024-12-10 A124"
        ]
    );
}

#[test]
fn a_stay_that_has_lasted_since_runs_to_the_telling() {
    assert_eq!(
        claims(
            "The Boeing 747 was grounded in Buenos Aires on June 8 and has remained \
             there since.",
            "2025-06-12"
        ),
        ["presence SABE 2025-06-08/2025-06-12 B744"]
    );
}

#[test]
fn a_place_described_before_its_name_is_that_place() {
    lands_at(
        "in",
        &[
            ("the Syrian port city of Latakia", "OSLK"),
            ("the eastern Libyan city of Benghazi", "HLLB"),
            ("the Pacific island of Guam", "PGUM"),
            ("the Indian Ocean island of Diego Garcia", "FJDG"),
            ("the Turkish resort of Bodrum", "LTFE"),
            ("the Gulf state of Qatar", "QA"),
            ("the Maldivian capital", "VRMM"),
            ("the Somali capital", "HCMM"),
        ],
    );
}

#[test]
fn places_that_overlap_the_one_before_do_not_panic() {
    // Found by `cargo xtask fuzz article` from the sweeps' seeds: a place
    // described around a name ended after the next one began.
    let text = String::from_utf8_lossy(include_bytes!(
        "../../../../fuzz/seeds/article/crash-overlapping-places.txt"
    ));
    let _ = read(&text, parse_date("2019-01-28"));
}

#[test]
fn planes_that_keep_landing_are_a_pattern_not_a_claim() {
    assert!(claims("Why Russian planes keep landing in Caracas", "2025-06-12").is_empty());
}

#[test]
fn a_denied_landing_and_a_place_it_did_not_land_are_no_claims() {
    assert!(
        claims(
            "The ministry denied that the Il-76 had landed in Caracas on Monday.",
            "2025-06-12"
        )
        .is_empty()
    );
    assert!(
        !claims(
            "The Il-76 landed not in Caracas but in Valencia on Monday.",
            "2025-06-12"
        )
        .iter()
        .any(|c| c.contains("SVMI"))
    );
    // "instead at" is where it did land.
    assert_eq!(
        claims(
            "A C-17 cleared to land at Dyess touched down instead at Abilene Regional \
             Airport late on Wednesday.",
            "2025-02-06"
        ),
        ["arrival KABI 2025-02-05 C17"]
    );
}

#[test]
fn the_presidential_plane_is_the_leaders_aircraft_named_before() {
    assert_eq!(
        claims(
            "The Emir's Boeing 747-8 landed at Stansted on Monday. An RAF Voyager landed \
             there on Monday too. The emir's plane left on Tuesday.",
            "2025-06-12"
        ),
        [
            "arrival EGSS 2025-06-09 B748",
            "arrival EGSS 2025-06-09 A332",
            "departure EGSS 2025-06-10 B748"
        ]
    );
}

#[test]
fn routes_told_as_pairs_and_hops() {
    for (text, want) in [
        (
            "On Monday the Il-96 operated a Moscow–Caracas flight.",
            "route RU>SVMI 2025-06-09 IL96",
        ),
        (
            "The Il-96 flew Vnukovo-Caracas on Monday.",
            "route UUWW>SVMI 2025-06-09 IL96",
        ),
        (
            "The jet hopped from Nice to Geneva to Zurich on Monday.",
            "route LFMN>LSGG>LSZH 2025-06-09 -",
        ),
        (
            "The jet flew from Tel Aviv to New York's JFK on Monday.",
            "route LLBG>KJFK 2025-06-09 -",
        ),
        (
            "The Gulfstream, coming from Dubai, landed in Antalya on Monday.",
            "route AE>LTAI 2025-06-09 GLF4",
        ),
    ] {
        assert_eq!(claims(text, "2025-06-12"), [want], "{text}");
    }
}

#[test]
fn osint_posts_airport_codes_and_clock_times() {
    // A city and its airport's IATA code; a live post's clock time with no day.
    assert_eq!(
        claims(
            "1/ Venezuelan Conviasa A340 YV3507 landed in Tehran IKA this morning after \
             a stop in Damascus.",
            "2025-06-12"
        ),
        ["route OSDI>OIIE 2025-06-12 A343 YV3507"]
    );
    assert_eq!(
        claims(
            "Il-76MD RA-78817 (RFF7091) departed Chkalovsky at 0612Z, squawking 7600.",
            "2025-06-12"
        ),
        ["departure UUMU 2025-06-12 IL76 RA-78817 RFF7091"]
    );
}

#[test]
fn arrived_from_a_place_is_not_an_arrival_there() {
    // With a dateline, it came to the dateline's place.
    assert_eq!(
        claims(
            "BOZEMAN — A C-17 arrived from Joint Base Andrews on Tuesday.",
            "2025-06-12"
        ),
        ["route KADW>KBZN 2025-06-10 C17"]
    );
    // Without one, the text does not say where it arrived.
    assert!(
        claims(
            "A C-17 arrived from Joint Base Andrews on Tuesday.",
            "2025-06-12"
        )
        .iter()
        .all(|c| !c.starts_with("arrival KADW"))
    );
}

#[test]
fn a_serial_spotters_identified_names_the_aircraft() {
    assert_eq!(
        claims(
            "A C-17 landed at Amritsar on Monday. Spotters identified it as 07-7180, \
             flying as RCH562.",
            "2025-06-12"
        ),
        ["arrival VIAR 2025-06-09 C17 07-7180 RCH562"]
    );
}

#[test]
fn a_stay_told_in_the_present_runs_to_the_telling() {
    for (text, want) in [
        (
            "The Il-96 has been grounded in Buenos Aires since June 8.",
            "presence SABE 2025-06-08/2025-06-12 IL96",
        ),
        (
            "The Il-96 has been sitting at Vnukovo for three weeks.",
            "presence UUWW 2025-05-22/2025-06-12 IL96",
        ),
        (
            "The Il-96 is still at Vnukovo.",
            "presence UUWW 2025-06-12 IL96",
        ),
    ] {
        assert_eq!(claims(text, "2025-06-12"), [want], "{text}");
    }
}

#[test]
fn a_movement_told_again_by_ellipsis_is_the_other_aircrafts_own() {
    // The noun, the verb or the whole movement left out: the aircraft after
    // it did what the one before did, on its own date; "another", "a
    // second one", "two more" are more of the kind just named.
    for (text, want) in [
        (
            "An Il-76 landed in Bamako on Monday. A second one followed on Tuesday.",
            &[
                "arrival GABS 2025-09-01 IL76",
                "arrival GABS 2025-09-02 IL76",
            ][..],
        ),
        (
            "An Il-76 landed in Bamako on Monday. Another arrived the next day.",
            &[
                "arrival GABS 2025-09-01 IL76",
                "arrival GABS 2025-09-02 IL76",
            ],
        ),
        (
            "An Il-76 landed in Bamako on Monday, and an An-124 did the same on Wednesday.",
            &[
                "arrival GABS 2025-09-01 IL76",
                "arrival GABS 2025-09-03 A124",
            ],
        ),
        (
            "Two Il-76s landed in Bamako on Monday and a third on Tuesday.",
            &[
                "arrival GABS 2025-09-01 IL76",
                "arrival GABS 2025-09-02 IL76",
            ],
        ),
        (
            "An Il-76 flew from Latakia to Benghazi on 3 May, followed by an An-124 on 5 May.",
            &[
                "route OSLK>HLLB 2025-05-03 IL76",
                "route OSLK>HLLB 2025-05-05 A124",
            ],
        ),
        (
            "An Il-76 flew from Latakia to Benghazi on 3 May. On 5 May, an An-124 made the same trip.",
            &[
                "route OSLK>HLLB 2025-05-03 IL76",
                "route OSLK>HLLB 2025-05-05 A124",
            ],
        ),
        (
            "The Il-62 landed in Minsk on Monday; the Tu-214 on Tuesday.",
            &[
                "arrival UMMS 2025-09-01 IL62",
                "arrival UMMS 2025-09-02 T204",
            ],
        ),
        (
            "First an A400M landed in Niamey on 2 August, then a C-130 on 3 August.",
            &[
                "arrival DRRN 2025-08-02 A400",
                "arrival DRRN 2025-08-03 C130",
            ],
        ),
        // Not an aircraft, not a movement, not a fact.
        (
            "The Il-76 landed in Bamako on Monday, and a second flight was reported on Tuesday.",
            &["arrival GABS 2025-09-01 IL76"],
        ),
        (
            "An Il-76 landed in Bamako on Monday, and a Malian official confirmed the flight on Tuesday.",
            &["arrival GABS 2025-09-01 IL76"],
        ),
        (
            "The Il-76 landed in Bamako on Monday, with an An-124 expected on Wednesday.",
            &["arrival GABS 2025-09-01 IL76"],
        ),
        (
            "An Il-76 landed in Bamako on Monday. The An-124 did not do the same on Tuesday.",
            &["arrival GABS 2025-09-01 IL76"],
        ),
    ] {
        assert_eq!(claims(text, "2025-09-05"), want, "{text}");
    }
}

#[test]
fn an_aircraft_that_was_in_a_named_place_on_a_day_was_there() {
    for (text, want) in [
        (
            "The C-130 was in Niamey on 2 August. By the following evening it was in N'Djamena.",
            &[
                "presence DRRN 2025-08-02 C130",
                "presence FTTJ 2025-08-03 C130",
            ][..],
        ),
        (
            "The C-130 was at Niamey airport on 2 August.",
            &["presence DRRN 2025-08-02 C130"],
        ),
        // Told in the present: the day of the telling.
        (
            "The Il-96 is at Vnukovo, flight data show.",
            &["presence UUWW 2025-09-05 IL96"],
        ),
        // No aircraft, no name right after, no day, or another verb.
        ("The minister was in Minsk on Monday.", &[]),
        ("The Il-76 was in service until 2019.", &[]),
        ("The Il-76 was in April at Vnukovo.", &[]),
        ("It proves the Il-76 was in Munich.", &[]),
        ("The An-124 is registered in Ukraine.", &[]),
    ] {
        assert_eq!(claims(text, "2025-09-05"), want, "{text}");
    }
}

#[test]
fn a_name_several_countries_share_is_the_one_near_the_story() {
    for (text, want) in [
        // The story's country: a city of the same name as a country.
        (
            "Costa Rica received a US C-17 on Monday. It landed at Liberia on Tuesday.",
            &["arrival MRLB 2025-09-02 C17"][..],
        ),
        (
            "The Embraer 190 landed in Victoria on Thursday, the Seychelles government said.",
            &["arrival FSIA 2025-09-04 E190"],
        ),
        // No country said: the one much nearer the story's other places.
        (
            "The Il-62 flew from Managua to San Jose on Friday.",
            &["route MNMG>MROC 2025-09-05 IL62"],
        ),
        (
            "The Falcon 7X flew from Bogota to Panama City on Sunday.",
            &["route SKBO>MPTO 2025-08-31 FA7X"],
        ),
        (
            "The Falcon 7X flew from Atlanta to Panama City on Sunday.",
            &["route KATL>KECP 2025-08-31 FA7X"],
        ),
        // Alone, the name's largest airports.
        (
            "The Il-62 landed in San Jose on Friday.",
            &["arrival KSJC 2025-09-05 IL62"],
        ),
        // Reporters' names for an airport the table files otherwise.
        (
            "The Boeing 747-8 landed at Palm Beach International on Saturday.",
            &["arrival KDJT 2025-08-30 B748"],
        ),
        (
            "The Falcon 7X landed in Suva on Saturday.",
            &["arrival NFNA 2025-08-30 FA7X"],
        ),
    ] {
        assert_eq!(claims(text, "2025-09-05"), want, "{text}");
    }
}

#[test]
fn still_at_the_airport_is_where_it_was() {
    for (text, want) in [
        (
            "The Il-62 landed in Managua on Monday. Two days later it was still at the airport.",
            &[
                "arrival MNMG 2025-09-01 IL62",
                "presence MNMG 2025-09-03 IL62",
            ][..],
        ),
        (
            "The Il-62 landed in Managua on Monday. On Wednesday it was still on the tarmac.",
            &[
                "arrival MNMG 2025-09-01 IL62",
                "presence MNMG 2025-09-03 IL62",
            ],
        ),
        // Not on schedule, not another airport.
        (
            "The Il-62 landed in Managua on Monday. It was still on schedule on Wednesday.",
            &["arrival MNMG 2025-09-01 IL62"],
        ),
        (
            "The Il-62 landed in Managua on Monday. On Wednesday it was still at the airport of Bluefields.",
            &[
                "arrival MNMG 2025-09-01 IL62",
                "presence MNBL 2025-09-03 IL62",
            ],
        ),
    ] {
        assert_eq!(claims(text, "2025-09-05"), want, "{text}");
    }
}

#[test]
fn the_second_aircraft_followed_with_its_own_callsign() {
    for text in [
        "The first C-17 landed at Amritsar at 4 p.m. on Wednesday; the second, RCH562, followed an hour later.",
        "The first C-17 landed at Amritsar on Wednesday. The second, RCH562, followed an hour later.",
        "A C-17 landed at Amritsar on Wednesday. A second one, RCH562, followed an hour later.",
    ] {
        assert_eq!(
            claims(text, "2025-06-21"),
            [
                "arrival VIAR 2025-06-18 C17",
                "arrival VIAR 2025-06-18 C17 RCH562"
            ],
            "{text}"
        );
    }
}

#[test]
fn two_aircraft_named_by_type_and_registration_are_two() {
    assert_eq!(
        claims(
            "The Il-96 RA-96018 and the Il-62 RA-86496 both landed in Pyongyang on 18 June.",
            "2025-06-21"
        ),
        [
            "arrival ZKPY 2025-06-18 IL96 RA-96018",
            "arrival ZKPY 2025-06-18 IL62 RA-86496"
        ]
    );
    // One type, two registrations: two of that type.
    assert_eq!(
        claims(
            "The Il-96 RA-96018 and RA-96019 landed in Pyongyang on 18 June.",
            "2025-06-21"
        ),
        [
            "arrival ZKPY 2025-06-18 IL96 RA-96018",
            "arrival ZKPY 2025-06-18 IL96 RA-96019"
        ]
    );
}

#[test]
fn an_aircraft_that_followed_went_where_the_one_before_landed() {
    assert_eq!(
        claims(
            "An Il-62 and an Il-76 left Chkalovsky on Monday. The Il-62, RA-86496, landed in \
             Managua on Tuesday; the Il-76 followed on Wednesday.",
            "2025-06-21"
        ),
        [
            "departure UUMU 2025-06-16 IL62",
            "departure UUMU 2025-06-16 IL76",
            "arrival MNMG 2025-06-17 IL62 RA-86496",
            "arrival MNMG 2025-06-18 IL76"
        ]
    );
}

#[test]
fn later_that_day_counts_from_the_day_named_before_when_no_movement_set_one() {
    assert_eq!(
        claims(
            "Among the aircraft at Vnukovo on Monday was the Il-96 RA-96021. Later that day it \
             flew to Minsk.",
            "2025-06-21"
        ),
        ["arrival UMMS 2025-06-16 IL96 RA-96021"]
    );
}

#[test]
fn a_present_told_at_a_clock_time_is_a_live_posts_news() {
    for (text, want) in [
        (
            "RA-96018 lands at Vnukovo at 14:05 UTC.",
            &["arrival UUWW 2025-05-06 RA-96018"][..],
        ),
        (
            "The Il-96 touches down in Caracas at 0612Z.",
            &["arrival SVMI 2025-05-06 IL96"],
        ),
        // A habit, or a schedule.
        ("The Il-96 usually lands in Caracas at 14:05.", &[]),
        ("The president's Il-96 lands in Hanoi on Tuesday.", &[]),
    ] {
        assert_eq!(claims(text, "2025-05-06"), want, "{text}");
    }
}

#[test]
fn a_country_flown_over_does_not_choose_the_town() {
    assert_eq!(
        claims(
            "The Boeing 767 made a U-turn over Poland and landed back in Minsk on Monday.",
            "2025-05-06"
        ),
        ["arrival UMMS 2025-05-05 B763"]
    );
}

#[test]
fn a_flight_log_line_is_a_flight() {
    let text = "Flight log: Russian Il-76s in Mali\n\n\
                - 3 March: Il-76 RA-78817 Latakia – Benghazi\n\
                - 4 March: RA-78817 Benghazi – Bamako\n\
                - 6 March: Il-76 RA-78830 Latakia → Bamako\n";
    assert_eq!(
        claims(text, "2025-03-12"),
        [
            "route OSLK>HLLB 2025-03-03 IL76 RA-78817",
            "route HLLB>GABS 2025-03-04 IL76 RA-78817",
            "route OSLK>GABS 2025-03-06 IL76 RA-78830"
        ]
    );
    // Prose with a verb is read as prose; a pair with no aircraft or no
    // date is no flight.
    assert!(claims("- 3 March: Latakia – Benghazi\n", "2025-03-12").is_empty());
    assert!(claims("- Il-76 RA-78817: Latakia – Benghazi\n", "2025-03-12").is_empty());
}

#[test]
fn a_stay_of_n_days_before_a_dated_departure_ends_on_that_day() {
    for text in [
        "The Il-96 spent two nights in Caracas before heading to Havana on Wednesday.",
        "The Il-96 remained in Caracas for two days before heading to Havana on Wednesday.",
    ] {
        assert_eq!(
            claims(text, "2025-05-07"),
            [
                "presence SVMI 2025-05-05/2025-05-07 IL96",
                "departure SVMI 2025-05-07 IL96"
            ],
            "{text}"
        );
    }
}

#[test]
fn an_aircraft_held_at_an_airport_stays_there() {
    assert_eq!(
        claims(
            "The cargo jet, a Boeing 747 registered YV3531, has been held at Ezeiza since June 8.",
            "2025-06-20"
        ),
        ["presence SAEZ 2025-06-08/2025-06-20 B744 YV3531"]
    );
    assert!(
        claims(
            "The Boeing 747 crew held talks in Buenos Aires on June 8.",
            "2025-06-20"
        )
        .is_empty()
    );
}

#[test]
fn places_each_with_its_own_date_are_movements_each() {
    for (text, want) in [
        (
            "The A340 was in Dubai on 4 January, in Istanbul on 9 January and back in Moscow \
             by 12 January.",
            &[
                "presence AE 2025-01-04 A343",
                "presence TR 2025-01-09 A343",
                "arrival RU 2025-01-12 A343",
            ][..],
        ),
        (
            "In March the A340 went to Tehran; in April, to Damascus.",
            &[
                "arrival IR 2025-03-01/2025-03-31 A343",
                "arrival OSDI 2025-04-01/2025-04-30 A343",
            ],
        ),
        // Another clause's place and date are not the aircraft's.
        (
            "The Il-76 landed in Bamako on 3 March, weeks after a coup in Niamey in July.",
            &["arrival GABS 2025-03-03 IL76"],
        ),
    ] {
        assert_eq!(claims(text, "2025-06-20"), want, "{text}");
    }
}

#[test]
fn a_clock_time_in_a_story_that_names_no_day_is_the_day_of_publication() {
    for (text, want) in [
        (
            "An Il-96-300 (RA-96017) landed at Hanoi's Noi Bai at 10:05 local time.",
            &["arrival VVNB 2025-04-23 IL96 RA-96017"][..],
        ),
        (
            "The An-124 landed at Bodø shortly before noon to collect two helicopters.",
            &["arrival ENBO 2025-04-23 A124"],
        ),
        (
            "The Airbus A321 landed back at Luton at 12:52, about 90 minutes after take-off.",
            &["arrival EGGW 2025-04-23 A321"],
        ),
    ] {
        assert_eq!(claims(text, "2025-04-23"), want, "{text}");
    }
    // A story that names a day dates its clock times by it, or not at all.
    assert!(
        claims(
            "Passengers queued at La Aurora on Sunday afternoon. The Boeing 737 touched down \
             at Miami shortly before 9 p.m.",
            "2020-03-24"
        )
        .iter()
        .all(|c| !c.contains("2020-03-24"))
    );
}

#[test]
fn an_aircrafts_arrival_told_with_its_place_and_day_is_a_claim() {
    for (text, want) in [
        (
            "The A330's arrival in Nice on Monday evening ended the speculation.",
            "arrival LFMN 2025-07-07 A332",
        ),
        (
            "Hours after the Boeing 747's departure from Liege on 4 July, customs opened an inquiry.",
            "departure EBLG 2025-07-04 B744",
        ),
    ] {
        assert_eq!(claims(text, "2025-07-10"), [want], "{text}");
    }
}

#[test]
fn a_caption_puts_the_aircraft_there_on_its_day() {
    assert_eq!(
        claims(
            "The Tu-214 (RA-64530) on the apron at Sunan airport, 17 November.",
            "2025-11-20"
        ),
        ["presence ZKPY 2025-11-17 T204 RA-64530"]
    );
    assert!(
        claims(
            "The president met the Il-76 crew at Bamako on 3 May.",
            "2025-11-20"
        )
        .is_empty()
    );
}

#[test]
fn of_two_airports_one_name_stands_for_the_larger() {
    assert_eq!(
        claims(
            "A C-17 landed at Ontario International Airport on Sunday.",
            "2019-04-10"
        ),
        ["arrival KONT 2019-04-07 C17"]
    );
}

#[test]
fn a_list_of_types_after_commas_is_one_aircraft_each() {
    for text in [
        "Two Tu-160s, an An-124 and an Il-62 landed at Managua on Monday.",
        "Two Tu-160 bombers, an An-124 and an Il-62 all landed at Managua on Monday.",
    ] {
        assert_eq!(
            claims(text, "2018-12-12"),
            [
                "arrival MNMG 2018-12-10 T160",
                "arrival MNMG 2018-12-10 A124",
                "arrival MNMG 2018-12-10 IL62"
            ],
            "{text}"
        );
    }
    // An apposition restates the one.
    assert_eq!(
        claims(
            "The C-17, a Boeing C-17A Globemaster III, landed at Managua on Monday.",
            "2018-12-12"
        ),
        ["arrival MNMG 2018-12-10 C17"]
    );
}

#[test]
fn earlier_in_the_day_before_the_sentences_own_day_counts_from_it() {
    assert_eq!(
        claims(
            "The C-32, which had stopped at Burlington earlier in the day, landed at Albany \
             around 5 p.m. on Tuesday.",
            "2019-04-10"
        ),
        [
            "presence US 2019-04-09 B752",
            "arrival KALB 2019-04-09 B752"
        ]
    );
}

#[test]
fn harvested_structures_of_live_posts_pictures_and_habits() {
    for (text, published, want) in [
        // A habit in one part of a sentence leaves the other part a fact.
        (
            "The tycoon's Gulfstream G650 usually winters in the Maldives; this year it has \
             been parked at Male since 2 January.",
            "2025-03-11",
            &["presence VRMM 2025-01-02/2025-03-11 GLF6"][..],
        ),
        // A picture taken is no movement.
        (
            "Satellite images taken on 4 June show two Il-76s parked beside the new hangars at Gao.",
            "2024-06-10",
            &["presence GAGO 2024-06-04 IL76"],
        ),
        // A live timeline's present, its clock time before the verb.
        (
            "05:12 – the Czech A319 leaves Prague.",
            "2025-01-22",
            &["departure LKPR 2025-01-22 A319"],
        ),
        (
            "The Falcon 7X was repositioned from Geneva to Le Bourget on Thursday.",
            "2025-05-31",
            &["route LSGG>LFPB 2025-05-29 FA7X"],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn there_after_a_flight_into_a_place_is_that_place() {
    assert_eq!(
        claims(
            "The Gulfstream G550, which flew into Geneva from Teterboro on Saturday 12 March, \
             was held there on Tuesday.",
            "2022-03-17"
        ),
        [
            "route KTEB>LSGG 2022-03-12 GLF5",
            "presence LSGG 2022-03-15 GLF5"
        ]
    );
    // The people's origin is not the flight's.
    assert_eq!(
        claims(
            "Two Air Force C-17s carrying migrants expelled from San Diego landed in Honduras on Friday.",
            "2022-03-17"
        ),
        ["arrival HN 2022-03-11 C17"]
    );
}

#[test]
fn a_chain_of_dashes_is_a_route_with_stops_and_long_stays_run_to_the_telling() {
    assert_eq!(
        claims(
            "On 3 May the Tu-204 flew Minsk–Moscow–Sochi, pausing for about 40 minutes in Moscow.",
            "2024-01-05"
        ),
        ["route UMMS>RU>URSS 2023-05-03 T204"]
    );
    assert_eq!(
        claims(
            "The Boeing 747-400 has been parked at Ezeiza for two years.",
            "2024-01-05"
        ),
        ["presence SAEZ 2022-01-05/2024-01-05 B744"]
    );
    assert_eq!(
        claims(
            "The Boeing 747-400 has sat at the far end of Santiago airport for more than 18 months.",
            "2024-01-05"
        ),
        ["presence SCEL 2022-07-14/2024-01-05 B744"]
    );
}

#[test]
fn an_airport_bots_hashtag_and_a_second_that_was_heading_on() {
    assert_eq!(
        claims(
            "Government aircraft leaving #GVA: A6-HRX (Boeing 747-8 BBJ), 2024/06/19 at 16:04:51.",
            "2024-06-20"
        ),
        ["departure LSGG 2024-06-19 B748 A6-HRX"]
    );
    // "a second was heading to Nepal" is another aircraft's, and says no
    // more than where it was going.
    assert_eq!(
        claims(
            "Relief flights have started arriving in Kathmandu. The first, a Royal Air Force \
             A400M, landed on 27 April, and a second was heading to Nepal by evening.",
            "2024-04-30"
        ),
        ["arrival VNKT 2024-04-27 A400"]
    );
}

#[test]
fn the_first_of_a_group_is_one_of_its_kind() {
    assert_eq!(
        claims(
            "Two Il-96s left Vnukovo on Sunday. The first, RA-96021, landed in Havana about \
             eleven hours later.",
            "2025-02-25"
        ),
        [
            "departure UUWW 2025-02-23 IL96",
            "arrival MUHA 2025-02-23 IL96 RA-96021"
        ]
    );
}

#[test]
fn the_previous_evening_in_a_story_with_no_day_is_the_evening_before_publication() {
    assert_eq!(
        claims(
            "The Airbus A340-600 that brought the delegation to Jeddah had left Tehran the \
             previous evening, according to tracking data.",
            "2025-03-13"
        ),
        ["departure IR 2025-03-12 A346"]
    );
}

#[test]
fn a_plan_the_sentence_overturns_still_dates_it() {
    let got = claims(
        "Due to land at Ezeiza on Monday, the 747-300 freighter was diverted to Rosario by fog.",
        "2025-07-01",
    );
    assert_eq!(got, ["arrival SAAR 2025-06-30 B743"]);
}

#[test]
fn a_condition_is_no_movement_and_dawn_is_a_time_of_day() {
    assert!(
        claims(
            "Had it landed in Vienna, the A330 would have been seized, officials said on 4 March.",
            "2025-03-05"
        )
        .is_empty()
    );
    assert_eq!(
        claims(
            "A Falcon 900 with the serial RA09011 landed in Sochi at dawn.",
            "2025-07-04"
        ),
        ["arrival URSS 2025-07-04 F900 RA-09011"]
    );
}

#[test]
fn the_arabic_article_is_written_either_way() {
    for text in [
        "A C-130 landed in El Arish on Monday.",
        "A C-130 landed in al-Arish on Monday.",
        "A C-130 landed in Al Arish on Monday.",
    ] {
        assert_eq!(
            claims(text, "2025-03-05"),
            ["arrival HEAR 2025-03-03 C130"],
            "{text}"
        );
    }
}

#[test]
fn places_in_their_other_transliterations() {
    lands_at(
        "in",
        &[
            ("Teheran", "IR"),
            ("Kishinev", "LUKK"),
            ("Alma-Ata", "UAAA"),
            ("Ashkhabad", "UTAA"),
            ("Tiflis", "UGTB"),
            ("Erevan", "UDYZ"),
            ("Esfahan", "OIFM"),
            ("Lattakia", "OSLK"),
            ("Kamishli", "OSKL"),
            ("Sulaimaniyah", "ORSU"),
            ("Meshed", "OIMM"),
            ("Banghazi", "HLLB"),
            ("Khartum", "HSSK"),
            ("Tombouctou", "GATB"),
            ("Sebha", "HLLS"),
            ("al-Arish", "HEAR"),
        ],
    );
}

#[test]
fn types_written_with_the_makers_letter_or_the_bare_model_number() {
    for (name, want) in [
        ("B747", "B744"),
        ("B-747", "B744"),
        ("Gulfstream 650", "GLF6"),
        ("Antonov-124", "A124"),
        ("Ilyushin-76", "IL76"),
        ("Boeing 737 MAX 8", "B38M"),
        ("Legacy 650", "E35L"),
    ] {
        assert_eq!(
            claims(
                &format!("A {name} landed in Bamako on Monday."),
                "2025-03-05"
            ),
            [format!("arrival GABS 2025-03-03 {want}")],
            "{name}"
        );
    }
}

#[test]
fn an_airport_that_received_aircraft_is_where_they_landed() {
    assert_eq!(
        claims(
            "According to Flightradar24, Mihail Kogalniceanu received three Boeing 747 freighters \
             and two C-17s from the United States, an A400M from Germany and an An-124 from \
             Turkey on Thursday.",
            "2023-04-21"
        ),
        [
            "arrival LRCK 2023-04-20 B744",
            "arrival LRCK 2023-04-20 C17",
            "arrival LRCK 2023-04-20 A400",
            "arrival LRCK 2023-04-20 A124"
        ]
    );
    assert!(
        claims(
            "The crew received clearance to land at Vnukovo on Thursday.",
            "2023-04-21"
        )
        .is_empty()
    );
}

#[test]
fn took_in_pressed_on_launched_from() {
    for (text, want) in [
        (
            "Overnight on 4 March Jasionka took in two C-17s from Dover and a Turkish A400M from Kayseri.",
            &[
                "arrival EPRZ 2023-03-04 C17",
                "arrival EPRZ 2023-03-04 A400",
            ][..],
        ),
        (
            "The RQ-4B, callsign FORTE12, launched from Sigonella at 03:50 on Monday.",
            &["departure LICZ 2023-06-05 Q4 FORTE12"],
        ),
        (
            "The C-32 left Ramstein on Saturday and pressed on to Krakow.",
            &["route ETAR>EPKK 2023-06-03 B752"],
        ),
    ] {
        assert_eq!(claims(text, "2023-06-08"), want, "{text}");
    }
}

#[test]
fn a_sentence_that_opens_on_its_day_dates_the_paragraph() {
    assert_eq!(
        claims(
            "On 12 September the airlift gathered pace. A Spanish A400M left Torrejon before \
             sunrise; by mid-afternoon it was parked at Marka airport in Amman.",
            "2024-09-14"
        ),
        [
            "departure LETO 2024-09-12 A400",
            "presence OJAM 2024-09-12 A400"
        ]
    );
    // A report's day is not the story's.
    assert!(
        claims(
            "On Tuesday, the ministry said the airlift had begun. A Spanish A400M left \
             Torrejon before sunrise.",
            "2024-09-14"
        )
        .iter()
        .all(|c| !c.contains("2024-09-10"))
    );
}

#[test]
fn harvested_structures_of_the_third_set() {
    for (text, published, want) in [
        (
            "Federal agents seized the Hawker 800 at Santo Domingo on 3 September and flew it \
             to Fort Lauderdale the next day.",
            "2024-09-05",
            &["arrival KFLL 2024-09-04 H25B"][..],
        ),
        (
            "The Gabonese government 777-200 spent just over nine hours at Nice on 2 May \
             before continuing to Libreville.",
            "2025-05-03",
            &[
                "presence LFMN 2025-05-02 B772",
                "departure LFMN 2025-05-02 B772",
            ],
        ),
        (
            "A 747-400 freighter heading from Leipzig to Rzeszow was sent to Katowice on \
             Friday because of freezing fog.",
            "2025-12-13",
            &["arrival EPKT 2025-12-12 B744"],
        ),
        (
            "The Boeing 787-8 reached Don Mueang on Friday after a 17-hour ferry flight from \
             Paine Field.",
            "2024-09-14",
            &["route KPAE>VTBD 2024-09-13 B788"],
        ),
        (
            "The Canadian CC-330 Husky landed in Ottawa on Sunday.",
            "2024-06-17",
            &["arrival CYOW 2024-06-16 A332"],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn a_departure_stands_when_the_journey_it_begins_has_no_known_end() {
    assert_eq!(
        claims(
            "The Indonesian Hercules left Halim Perdanakusuma on Monday and is due in Adana on \
             Wednesday after a stop in Colombo.",
            "2023-02-14"
        ),
        ["departure WIHH 2023-02-13 C130"]
    );
}

#[test]
fn both_ends_of_a_carrying_flight_make_its_route() {
    for (text, want) in [
        // "out of" is "from".
        (
            "A South Korean KC-330 flew 212 people out of Kabul to Islamabad on Monday.",
            &["route OAKB>OPIS 2025-04-07 A332"][..],
        ),
        // "from … to …" after the people carried is the flight's.
        (
            "The Il-76 flew the delegation from Amman to El Arish on Monday.",
            &["route OJAI>HEAR 2025-04-07 IL76"][..],
        ),
        // "brought", "ferried" with both ends.
        (
            "The Il-76 ferried the men from Anchorage to Moscow on Monday.",
            &["route PANC>RU 2025-04-07 IL76"][..],
        ),
        // The people's origin alone is still not the flight's.
        (
            "A C-17 carrying 162 evacuees from South Sudan landed at Thiruvananthapuram on Monday.",
            &["arrival VOTV 2025-04-07 C17"][..],
        ),
        // A person's destination is still not the flight's.
        (
            "The Il-76 brought the men home on Monday; they were taken to Moscow by bus.",
            &[][..],
        ),
    ] {
        assert_eq!(claims(text, "2025-04-09"), want, "{text}");
    }
}

#[test]
fn a_landing_coordinated_with_a_departure_shares_its_place_and_day() {
    for text in [
        "Three C-17 military aircraft arrived and departed Wednesday at the Kingman Airport.",
        "The C-17 landed and took off again at Kingman on Wednesday.",
    ] {
        assert_eq!(
            claims(text, "2025-11-07"),
            [
                "arrival KIGM 2025-11-05 C17",
                "departure KIGM 2025-11-05 C17"
            ],
            "{text}"
        );
    }
    // A departure for elsewhere is not where it landed.
    assert_eq!(
        claims(
            "The C-17 landed and left for Kingman on Wednesday.",
            "2025-11-07"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn continuing_toward_a_place_is_a_departure_from_where_it_was() {
    for second in [
        "At 8 a.m. on Wednesday RA-76952 continued toward Moscow.",
        "On Wednesday it resumed its journey to Moscow.",
    ] {
        let text = format!("A rare Il-76 RA-76952 landed at Dusseldorf on Tuesday. {second}");
        assert_eq!(
            claims(&text, "2025-10-16"),
            [
                "arrival EDDL 2025-10-14 IL76 RA-76952",
                "departure EDDL 2025-10-15 IL76 RA-76952"
            ],
            "{text}"
        );
    }
}

#[test]
fn the_third_with_its_noun_left_out_is_another_aircraft_where_the_others_landed() {
    assert_eq!(
        claims(
            "Two B-52s landed at Fairford on Tuesday. The third arrived on Thursday.",
            "2025-11-07"
        ),
        ["arrival EGVA 2025-11-04 B52", "arrival EGVA 2025-11-06 B52"]
    );
}

#[test]
fn followed_by_a_second_at_a_clock_time_is_another_landing_that_day() {
    assert_eq!(
        claims(
            "A B-52 landed at Fairford on Tuesday, followed by a second at 4.40pm.",
            "2025-11-07"
        ),
        ["arrival EGVA 2025-11-04 B52", "arrival EGVA 2025-11-04 B52"]
    );
}

#[test]
fn a_town_heading_the_headline_is_where_an_unplaced_landing_happened() {
    // The blog's name gives the place; "came from Trenton and landed on
    // runway 30 on Sunday" is one flight, dated by its landing.
    assert_eq!(
        claims(
            "Prestwick Log: a grey weekend\n\nThe CC-177 came across the pond from Trenton and \
             landed on runway 30 on Sunday afternoon.",
            "2024-03-12"
        ),
        ["route CYTR>EGPK 2024-03-10 C17"]
    );
    // Not a place the headline's flight went to.
    assert_eq!(
        claims(
            "Turkish plane brings patients back to Ankara\n\nAn Emirati C-17 arrived on Tuesday.",
            "2023-11-30"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_countrys_adjective_in_the_sentence_picks_between_towns_of_one_name() {
    // Both Trentons have an airport; the sentence says whose aircraft it is.
    assert_eq!(
        claims(
            "A US Hercules is due later. The Royal Canadian Air Force CC-177 came from Trenton \
             and landed at Prestwick on Sunday.",
            "2024-03-12"
        ),
        ["route CYTR>EGPK 2024-03-10 C17"]
    );
}

#[test]
fn a_night_stop_is_a_stay_to_the_next_day() {
    for text in [
        "The CC-177 landed at Prestwick on Sunday afternoon and night-stopped.",
        "The CC-177 landed at Prestwick on Sunday afternoon. It nightstopped there.",
    ] {
        assert_eq!(
            claims(text, "2024-03-12"),
            [
                "arrival EGPK 2024-03-10 C17",
                "presence EGPK 2024-03-10/2024-03-11 C17"
            ],
            "{text}"
        );
    }
}

#[test]
fn taking_part_is_no_movement() {
    assert_eq!(
        claims(
            "The VC-1A landed at Luanda on Thursday, coming from Johannesburg, where he had taken \
             part in the summit.",
            "2023-08-25"
        ),
        ["route FAOR>FNLU 2023-08-24 A319"]
    );
}

#[test]
fn wheels_down_heading_north_and_practice_approaches() {
    for (text, published, want) in [
        (
            "The Il-76 lifted off from Minsk on Monday. Wheels down at Benina at 01:40 local on \
             Tuesday.",
            "2025-01-08",
            &[
                "departure UMMS 2025-01-06 IL76",
                "arrival HLLB 2025-01-07 IL76",
            ][..],
        ),
        (
            "On 2 January the Il-76 sat on the apron at Hmeimim for most of the afternoon before \
             heading north again.",
            "2025-01-08",
            &[
                "presence OSLK 2025-01-02 IL76",
                "departure OSLK 2025-01-02 IL76",
            ][..],
        ),
        // One departure, not two.
        (
            "The RC-135 landed at Rostock-Laage on Monday. About two hours later it took off \
             again and headed east.",
            "2024-02-20",
            &[
                "arrival ETNL 2024-02-19 R135",
                "departure ETNL 2024-02-19 R135",
            ][..],
        ),
        // Practice approaches: there, but never landed nor left.
        (
            "The VC-25A flew several low approaches and touch-and-go landings at Piedmont Triad \
             International on Thursday morning before heading back north.",
            "2025-06-27",
            &["presence KGSO 2025-06-26 B742"][..],
        ),
        // "German" is an adjective here, not Colombia's Germán Olano airport.
        (
            "The RC-135 landed at the German military airfield of Rostock-Laage on Monday.",
            "2024-02-20",
            &["arrival ETNL 2024-02-19 R135"][..],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn where_the_leads_flight_came_from_is_not_the_storys_place() {
    assert_eq!(
        claims(
            "The Antonov touched down on Tuesday, coming from Viracopos airport.",
            "2021-09-16"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_stop_told_again_after_via_is_the_routes_own() {
    assert_eq!(
        claims(
            "The Il-76 landed at Bangui on Tuesday. The aircraft had come from Benghazi, in \
             eastern Libya, via Khartoum, where it stopped for about two hours to refuel. It \
             took off again on Thursday.",
            "2021-09-17"
        ),
        [
            "route HLLB>HSSK>FEFF 2021-09-14 IL76",
            "departure FEFF 2021-09-16 IL76"
        ]
    );
}

#[test]
fn a_round_up_line_a_home_base_and_a_span_of_months() {
    for (text, published, want) in [
        // "Sat" before a day number is Saturday, not "sat"; an aside after
        // the pair does not undo the line.
        (
            "Week in the skies\n\nSat 17 Feb — Russian Aerospace Forces Il-62M RA86496 \
             Chkalovsky → Hmeimim, the usual routing down the Caspian and over Iran and Iraq.",
            "2024-02-19",
            &["route UUMU>OSLK 2024-02-17 IL62 RA-86496"][..],
        ),
        // "from its home base in X" is where it came from; "there" is where
        // it went.
        (
            "The 747, registered N744ST, had flown in to McClellan from its home base in \
             Colorado Springs on Aug. 26 and was parked there.",
            "2020-09-14",
            &[
                "route KCOS>KMCC 2020-08-26 B744 N744ST",
                "presence KMCC 2020-08-26 B744 N744ST",
            ][..],
        ),
        // Two months, the second after "and".
        (
            "Between February and July, the Challenger 650 flew from Vnukovo to Sharjah.",
            "2024-08-10",
            &["route UUWW>OMSJ 2024-02-01/2024-07-31 CL60"][..],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn a_place_described_as_held_by_someone() {
    for text in [
        "On Friday a Boeing 737-800 landed in Houthi-held Sanaa.",
        "On Friday a Boeing 737-800 landed in rebel-held Sanaa.",
        "On Friday a Boeing 737-800 landed in rebel-controlled Sanaa.",
    ] {
        assert_eq!(
            claims(text, "2023-04-16"),
            ["arrival OYSN 2023-04-14 B738"],
            "{text}"
        );
    }
}

#[test]
fn the_maker_names_the_last_aircraft_of_that_maker() {
    assert_eq!(
        claims(
            "On Friday an Airbus A330 landed in Sanaa. An Embraer jet landed in Aden. On Saturday \
             the Airbus flew from Abha to Sanaa.",
            "2023-04-16"
        ),
        // (The Embraer's landing has no day of its own: not claimed.)
        [
            "arrival OYSN 2023-04-14 A332",
            "route OEAB>OYSN 2023-04-15 A332"
        ]
    );
}

#[test]
fn a_second_aircraft_is_not_the_first_and_a_belief_is_no_landing() {
    for (text, published, want) in [
        (
            "The Airbus A330 touched down at Roissy on Wednesday. A second aircraft landed later \
             on Wednesday morning.",
            "2023-08-04",
            &["arrival LFPG 2023-08-02 A332", "arrival LFPG 2023-08-02 -"][..],
        ),
        (
            "The Airbus A330 touched down at Roissy on Wednesday. A second French aircraft \
             landed on Thursday.",
            "2023-08-04",
            &["arrival LFPG 2023-08-02 A332", "arrival LFPG 2023-08-03 -"][..],
        ),
        (
            "According to Flightradar24, the government A319 landed in Podgorica at 18:02 on \
             Friday. A second aircraft, an An-26, is believed to have landed at Podgorica later \
             that evening.",
            "2025-05-31",
            &["arrival LYPG 2025-05-30 A319"][..],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn flying_on_to_a_site_not_placed_and_a_stop_on_sal() {
    for (text, published, want) in [
        (
            "On Friday two MV-22 Ospreys landed at Mactan and were refuelled before flying on to \
             an exercise site in Northern Luzon.",
            "2019-11-05",
            &[
                "arrival RPVM 2019-11-01 V22",
                "departure RPVM 2019-11-01 V22",
            ][..],
        ),
        (
            "On Monday the Boeing 737 made a technical stop of 50 minutes on the island of Sal, \
             in Cape Verde, to refuel.",
            "2019-11-05",
            &["presence GVAC 2019-11-04 B737"][..],
        ),
    ] {
        assert_eq!(claims(text, published), want, "{text}");
    }
}

#[test]
fn a_bare_pair_with_codes_in_brackets_is_a_route() {
    assert_eq!(
        claims(
            "Deportation flights\n\nYesterday Eastern Airlines 767-300 N706KW flew Mesa (IWA) to \
             Bogotá (BOG), landing 19:20 local.",
            "2025-03-07"
        ),
        ["route KIWA>SKBO 2025-03-06 B763 N706KW"]
    );
}

#[test]
fn countries_passed_over_after_the_destination_are_not_where_it_went() {
    assert_eq!(
        claims(
            "On Sunday the RC-135V returned to Mildenhall, passing over Italy and France on the \
             way home.",
            "2025-06-17"
        ),
        ["arrival EGUN 2025-06-15 R135"]
    );
    // A list right after the destination still is.
    assert_eq!(
        claims(
            "On Sunday the Il-76 called at Venezuela, Nicaragua and Cuba.",
            "2025-06-17"
        ),
        [
            "arrival VE 2025-06-15 IL76",
            "arrival NI 2025-06-15 IL76",
            "arrival CU 2025-06-15 IL76"
        ]
    );
}

#[test]
fn a_count_of_times_is_no_one_flight() {
    assert_eq!(
        claims(
            "\"I've flown into Dublin maybe two hundred times and I have never been so glad to be \
             on the ground,\" one passenger said on Saturday.",
            "2024-12-07"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_bare_verb_joined_under_a_plan_is_the_plan() {
    assert_eq!(
        claims(
            "Air Force Two landed at Erie on Thursday. The vice president is scheduled to speak at \
             a rally downtown and then fly to Detroit later this afternoon.",
            "2024-10-03"
        ),
        ["arrival KERI 2024-10-03 B752"]
    );
}

#[test]
fn a_refuelling_stop_with_its_stay_is_a_stay_there() {
    assert_eq!(
        claims(
            "The Gulfstream G550 made a refuelling stop in Dubai early on Wednesday, staying on \
             the ground for about two hours.",
            "2025-03-13"
        ),
        ["presence AE 2025-03-12 GLF5"]
    );
}

#[test]
fn a_towns_named_small_airport() {
    // Enid's medium airport is Vance AFB; the caption names the other one.
    assert_eq!(
        claims(
            "A C-17 was parked at Enid Woodring Regional Airport on Sunday, Dec. 21, 2025.",
            "2025-12-24"
        ),
        ["presence KWDG 2025-12-21 C17"]
    );
}

#[test]
fn a_count_after_flight_is_no_flight_number() {
    assert_eq!(
        claims(
            "A deportation flight carrying 120 migrants landed in Guatemala City on Tuesday.",
            "2025-04-24"
        ),
        ["arrival MGGT 2025-04-22 -"]
    );
}

#[test]
fn a_stop_named_twice_in_a_row_is_one() {
    assert_eq!(
        claims(
            "The Bombardier Global 6000 flew from Dubai World Central to Malé, the capital of the \
             Maldives, on Monday.",
            "2022-03-09"
        ),
        ["route OMDW>VRMM 2022-03-07 GL6T"]
    );
}

#[test]
fn a_possessive_city_before_its_airport() {
    assert_eq!(
        claims(
            "On Wednesday the Boeing 767 flew the delegation from Rio's Galeão to Brasília.",
            "2024-11-22"
        ),
        ["route SBGL>SBBR 2024-11-20 B763"]
    );
}

#[test]
fn a_towns_airport_in_the_lead_and_a_night_overnight() {
    assert_eq!(
        claims(
            "Jets storm the town for a rally\n\nIlorin's small airport turned into a private-jet \
             park on Saturday.\n\nA Gulfstream G450, 5N-DAN, flew in from Abuja on Friday evening. \
             It stayed overnight and left for Port Harcourt at about 7pm on Saturday.",
            "2023-02-05"
        ),
        [
            "route DNAA>DNIL 2023-02-03 GLF4 5N-DAN",
            "presence DNIL 2023-02-03/2023-02-04 GLF4 5N-DAN",
            "departure DNIL 2023-02-04 GLF4 5N-DAN"
        ]
    );
}

#[test]
fn hindon_and_a_landmark_before_where() {
    assert_eq!(
        claims(
            "The C-17 landed at Jamnagar on Tuesday. After a halt for refuelling, the transport \
             flew on to the Hindon air base near Delhi, where it touched down at around 5 pm.",
            "2021-08-18"
        ),
        [
            "arrival VAJM 2021-08-17 C17",
            "route VAJM>VIDX 2021-08-17 C17"
        ]
    );
}

#[test]
fn back_to_an_aircraft_after_anothers_paragraph_its_own_day_carries() {
    assert_eq!(
        claims(
            "A Brazilian Air Force KC-390 landed at Canoas on Tuesday (7). On Monday (6), two \
             C-130 Hercules from Galeão landed at Canoas. The KC-390 returned to Guarulhos in \
             the afternoon.",
            "2024-05-08"
        ),
        // ("from Galeão" just before their landing is where they came
        // from; "returned to" gives the arrival.)
        [
            "arrival SBCO 2024-05-07 E390",
            "route SBGL>SBCO 2024-05-06 C130",
            "arrival SBGR 2024-05-07 E390"
        ]
    );
}

#[test]
fn a_final_approach_is_no_practice_approach() {
    assert_eq!(
        claims(
            "On Sunday the Falcon 7X flew its final approach into Geneva and landed there.",
            "2025-06-17"
        ),
        ["arrival LSGG 2025-06-15 FA7X"]
    );
}

#[test]
fn a_take_off_told_after_the_landing_is_its_departure_and_a_plans_day_is_not_its_own() {
    assert_eq!(
        claims(
            "A chartered Boeing 737-800 made an emergency landing at Reno-Tahoe International \
             Airport on Saturday evening. The jet, tail number N627XA, had taken off from Boise \
             Airport shortly after 5 p.m. for Sacramento, where the team is due to play on Sunday \
             afternoon.",
            "2024-12-08"
        ),
        [
            "arrival KRNO 2024-12-07 B738 N627XA",
            "departure KBOI 2024-12-07 B738 N627XA"
        ]
    );
    // "had come from" still tells where the landing began.
    assert_eq!(
        claims(
            "The Il-76 landed at Bangui on Tuesday. The aircraft had come from Benghazi.",
            "2021-09-17"
        ),
        ["route HLLB>FEFF 2021-09-14 IL76"]
    );
}

#[test]
fn a_departure_told_after_the_landing_stands_beside_it() {
    assert_eq!(
        claims(
            "The Il-76 landed at Bangui on Wednesday. It had left Benghazi on Tuesday evening.",
            "2022-03-03"
        ),
        [
            "arrival FEFF 2022-03-02 IL76",
            "departure HLLB 2022-03-01 IL76"
        ]
    );
}

#[test]
fn a_take_off_and_landing_in_one_sentence_are_its_departure_and_arrival() {
    assert_eq!(
        claims(
            "The Il-76 took off from Vnukovo and landed at Latakia on Monday.",
            "2025-04-09"
        ),
        [
            "departure UUWW 2025-04-07 IL76",
            "arrival OSLK 2025-04-07 IL76",
        ]
    );
}

#[test]
fn military_serials_as_reporters_give_them() {
    for (text, want) in [
        (
            "The Boeing VC-25A, tail number 28000, landed at Reno on Tuesday.",
            "arrival KRNO 2024-03-19 B742 28000",
        ),
        (
            "A Brazilian Air Force KC-390 Millennium, registration FAB 2859, landed on Tuesday at \
             Canoas.",
            "arrival SBCO 2024-03-19 E390 FAB2859",
        ),
        (
            "An Italian KC-767A tanker-transport, serial MM62226, reached Ciampino on Wednesday.",
            "arrival LIRA 2024-03-20 B762 MM62226",
        ),
        (
            "An Indian Air Force C-17 (CB-8007) landed at Jamnagar on Tuesday.",
            "arrival VAJM 2024-03-19 C17 CB-8007",
        ),
        // A maker's serial number is not the aircraft's mark.
        (
            "The Falcon 900 (YV3534, serial number 205) landed at Jamnagar on Tuesday.",
            "arrival VAJM 2024-03-19 F900 YV3534",
        ),
    ] {
        assert_eq!(claims(text, "2024-03-21"), [want], "{text}");
    }
}

#[test]
fn the_jets_that_landed_were_a_list_of_aircraft() {
    let text = "The jets that landed in Ilorin on Saturday included a Bombardier Challenger 605 \
                (5N-AGB), a Hawker 800XP (5N-BKX) and an Embraer Legacy 600, N918EJ.";
    assert_eq!(
        claims(text, "2023-02-05"),
        [
            "arrival DNIL 2023-02-04 CL60 5N-AGB",
            "arrival DNIL 2023-02-04 H25B 5N-BKX",
            "arrival DNIL 2023-02-04 E35L N918EJ",
        ]
    );
}

#[test]
fn an_airport_whose_city_the_story_names_beats_a_town_of_its_name() {
    // El Dorado, Arkansas, is a town; El Dorado is Bogotá's airport.
    let text = "BOGOTA, Jan 28 - Deportees from San Diego and Houston came home to Bogota on \
                Tuesday. A Boeing 737-700 with tail number FAC1219 touched down at the military \
                terminal of El Dorado airport at 11:20 a.m. on Tuesday. The second, another 737 \
                with tail number FAC1220, landed at El Dorado airport four hours later.";
    let got = claims(text, "2025-01-29");
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival SKBO 2025-01-28 B737 FAC1219"))
            && got
                .iter()
                .any(|c| c.starts_with("arrival SKBO 2025-01-28 B737 FAC1220")),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("KELD")), "{got:?}");
}

#[test]
fn where_deported_people_came_from_is_not_the_flights_origin() {
    for (text, want) in [
        (
            "A flight carrying 128 Hondurans deported from the United States landed on Tuesday \
             at San Pedro Sula.",
            "arrival MHLM 2025-03-18 -",
        ),
        (
            "Deportees from the United States touched down in Caracas on Tuesday.",
            "arrival SVMI 2025-03-18 -",
        ),
    ] {
        assert_eq!(claims(text, "2025-03-19"), [want], "{text}");
    }
}

#[test]
fn fields_filed_under_another_name() {
    for (text, want) in [
        (
            "The An-124 landed at the Brookley Aeroplex in Mobile on Friday.",
            "arrival KBFM 2024-10-04 A124",
        ),
        (
            "A C-130H has landed at Clark International Airport in Pampanga on Tuesday.",
            "arrival RPLC 2024-10-08 C130",
        ),
        (
            "The Boeing 737-800 landed at Swami Vivekananda Airport on Tuesday.",
            "arrival VARP 2024-10-08 B738",
        ),
        (
            "On Tuesday the Embraer Lineage 1000 YV3016 landed at CATAM.",
            "arrival SKBO 2024-10-08 E190 YV3016",
        ),
    ] {
        assert_eq!(claims(text, "2024-10-10"), [want], "{text}");
    }
}

#[test]
fn went_from_a_to_b_and_went_north_are_movements() {
    let text = "Two Conviasa jets went north yesterday (10) on a government mission. Flying as a \
                pair, the Embraer 190s YV3015 and YV3098 went from Caracas to Biggs Army \
                Airfield, refuelling in Cancún, Mexico, on the way out.";
    assert_eq!(
        claims(text, "2025-02-11"),
        [
            "route SVMI>MMUN>KBIF 2025-02-10 E190 YV3015",
            "route SVMI>MMUN>KBIF 2025-02-10 E190 YV3098",
        ]
    );
    // Not a departure: the transponder went quiet.
    let text = "After its transponder went quiet east of Palmyra, the Il-76 landed at Hmeimim \
                on Tuesday.";
    assert_eq!(claims(text, "2024-12-12"), ["arrival OSLK 2024-12-10 IL76"]);
}

#[test]
fn both_embraers_are_the_pair_named_before() {
    let text = "The Embraer 190s YV3015 and YV3098 went from Caracas to Biggs Army Airfield on \
                Monday. Both Embraers were back at Maiquetía shortly before midnight.";
    assert_eq!(
        claims(text, "2025-02-11"),
        [
            "route SVMI>KBIF 2025-02-10 E190 YV3015",
            "route SVMI>KBIF 2025-02-10 E190 YV3098",
            "arrival SVMI 2025-02-10 E190 YV3015",
            "arrival SVMI 2025-02-10 E190 YV3098",
        ]
    );
}

#[test]
fn hyphenless_marks_beside_a_type_and_icao_codes_beside_names() {
    for (text, want) in [
        (
            "The Il-76 EPMNF landed at Mehrabad on Monday.",
            "arrival OIII 2023-09-04 IL76 EP-MNF",
        ),
        (
            "Sat 02 Sep – IL76 EPSRD – OIII Mehrabad → URWA Astrakhan – off 04:11Z, on 06:55Z",
            "route OIII>URWA 2023-09-02 IL76 EP-SRD",
        ),
        (
            "The Il-76 landed at Mehrabad (OIII) on Monday.",
            "arrival OIII 2023-09-04 IL76",
        ),
    ] {
        assert_eq!(claims(text, "2023-09-08"), [want], "{text}");
    }
}

#[test]
fn a_lead_summary_gives_way_to_the_body_and_a_traveller_needs_a_place() {
    let text = "Jet that flew tycoon out of Thailand leaves Dubai\n\nThe private jet that carried \
                the tycoon out of Thailand last week has left Dubai, but its destination remains \
                unknown.\n\nThe Bombardier Global 7500, registration T7-QRS, departed from Dubai \
                World Central yesterday (21 July) at 19.16 local time.\n\nThe same aircraft took \
                off from Don Mueang airport on 17 July carrying the tycoon. Immigration records \
                show he left on a passport that had not yet been flagged.";
    let got = claims(text, "2024-07-22");
    assert_eq!(
        got.iter()
            .filter(|c| c.starts_with("departure OMDW"))
            .collect::<Vec<_>>(),
        ["departure OMDW 2024-07-21 GL7T T7-QRS"],
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.contains("2024-07-17") && c.contains("OMDW")),
        "{got:?}"
    );
}

#[test]
fn a_town_named_field_after_a_possessive_and_four_digit_andean_marks() {
    let text = "CP3352 has joined the fleet of Boliviana de Aviación. The Boeing 737-800 arrived \
                on Saturday at Viru Viru International Airport after a ferry flight from Miami \
                with a technical stop in Panama City's Tocumen.";
    assert_eq!(
        claims(text, "2023-09-12"),
        ["route KMIA>MPTO>SLVR 2023-09-09 B738 CP-3352"]
    );
    assert_eq!(
        claims("The HK4967 landed at Rionegro on Saturday.", "2023-09-12"),
        ["arrival SKRG 2023-09-09 HK-4967"]
    );
}

#[test]
fn explanations_from_a_capital_are_its_governments() {
    let text = "Brazil's government on Sunday demanded explanations from Washington after 88 \
                Brazilians arrived on a charter flight that had to make an unscheduled landing \
                in Manaus.";
    assert_eq!(claims(text, "2025-01-27"), ["arrival SBEG 2025-01-26 -"]);
}

#[test]
fn without_negates_only_the_verb_after_it_and_a_crossing_is_no_landing() {
    assert_eq!(
        claims(
            "The plane crossed the Atlantic without stopping and landed at Madrid-Barajas at \
             01:10 on Monday.",
            "2021-02-02"
        ),
        ["arrival LEMD 2021-02-01 -"]
    );
    assert_eq!(
        claims(
            "The Boeing 767-300 freighter took off from Kona on Monday.",
            "2021-02-02"
        ),
        ["departure PHKO 2021-02-01 B763"]
    );
}

#[test]
fn the_base_is_the_air_base_named_last() {
    let text = "With Salgado Filho International Airport in Porto Alegre closed, the air force \
                has turned the Canoas Air Base into the main gateway for aid.\n\nA C-130 \
                Hercules landed at the base this Tuesday (7) after flying from Rio de Janeiro's \
                Galeão.";
    assert_eq!(
        claims(text, "2024-05-08"),
        ["route SBGL>SBCO 2024-05-07 C130"]
    );
}

#[test]
fn landing_in_a_country_named_like_its_capital_is_its_airport() {
    assert_eq!(
        claims(
            "The Spanish A400M landed in Djibouti on Monday.",
            "2023-04-25"
        ),
        ["arrival HDAM 2023-04-24 A400"]
    );
    // Not a country said otherwise.
    assert_eq!(
        claims(
            "Djibouti said the A400M would be allowed to land on Monday.",
            "2023-04-25"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn bases_and_fields_named_by_town_or_island() {
    for (text, want) in [
        (
            "The C-17 had arrived at Gowen Field on Wednesday night.",
            "arrival KBOI 2026-05-13 C17",
        ),
        (
            "The A319 took off from Prague-Kbely on Sunday.",
            "departure LKKB 2026-05-10 A319",
        ),
        (
            "The Embraer made an emergency landing at the Santiago Mariño International Airport \
             on Tuesday.",
            "arrival SVMG 2026-05-12 -",
        ),
    ] {
        assert_eq!(claims(text, "2026-05-15"), [want], "{text}");
    }
}

#[test]
fn hickam_whenuapai_and_a_stations_mark_in_the_dateline() {
    assert_eq!(
        claims(
            "HONOLULU (KHON2) — The Boeing 777-300ER, tail number 80-1111, landed at Joint Base \
             Pearl Harbor-Hickam late Wednesday.",
            "2023-01-12"
        ),
        ["arrival PHNL 2023-01-11 B77W 80-1111"]
    );
    assert_eq!(
        claims(
            "A C-130H Hercules left RNZAF Base Auckland at Whenuapai on Wednesday.",
            "2022-01-27"
        ),
        ["departure NZWP 2022-01-26 C130"]
    );
}

#[test]
fn where_an_aircraft_is_registered_is_not_where_it_went() {
    assert_eq!(
        claims(
            "Since 1 August 104 cargo flights ended at an Ethiopian airfield, most by Il-76s \
             registered in Kazakhstan or Kyrgyzstan.",
            "2021-11-20"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_flight_table_pasted_as_text_is_a_flight_a_row() {
    let text = "REMOVAL FLIGHT WATCH\n\nDATE     | CALLSIGN | AIRCRAFT    | ROUTE     | STATUS\n\
                Mon 10/2 | GXA      | N278GX A320 | AEX → GUA | landed 14:22\n\
                Tue 11/2 | SWQ      | N806TJ B734 | HRL → SAP | landed 11:05\n\
                Wed 12/2 | RCH371   | C-17A       | BIF → GUA | on schedule, did not operate\n\
                Thu 13/2 | GXA      | N278GX A320 | AEX → SAL | landed 16:40\n";
    assert_eq!(
        claims(text, "2025-02-14"),
        [
            "route KAEX>MGGT 2025-02-10 A320 N278GX",
            "route KHRL>MHLM 2025-02-11 B734 N806TJ",
            "route KAEX>MSLP 2025-02-13 A320 N278GX",
        ]
    );
    let text = "Table 2. Flights of interest (June 2024)\n\n\
                Date   | Type    | Reg.     | From           | Via     | To        | Notes\n\
                06 Jun | Il-76TD | UP-I7652 | Ras al-Khaimah | Bosaso  | N'Djamena | full track\n\
                11 Jun | Il-76   | unknown  | —              | —       | —         | overflight only\n";
    assert_eq!(
        claims(text, "2024-07-10"),
        ["route OMRK>HCMF>FTTJ 2024-06-06 IL76 UP-I7652"]
    );
}

#[test]
fn an_airport_named_for_its_country_barred_from_leaving_and_a_plans_return() {
    for (text, want) in [
        (
            "The Falcon 7X landed at Malta International Airport on Wednesday.",
            vec!["arrival LMML 2022-04-06 FA7X"],
        ),
        (
            "The Falcon 7X has been stopped from leaving Malta on Wednesday.",
            vec![],
        ),
        (
            "The president is scheduled to hold talks at the State House before returning to \
             Dakar on Monday.",
            vec![],
        ),
    ] {
        assert_eq!(claims(text, "2022-04-07"), want, "{text}");
    }
}

#[test]
fn by_ferry_is_no_flight_and_the_cypriot_airport_is_the_one_named() {
    let text = "The group, who had reached Cyprus by ferry from Beirut earlier in the week, were \
                lifted out of Larnaca by a Nigerian Air Force C-130H. The Hercules was airborne \
                from the Cypriot airport at about 2.30pm on Wednesday and came down at Nnamdi \
                Azikiwe International Airport.";
    let got = claims(text, "2024-10-10");
    assert!(
        got.contains(&"departure LCLK 2024-10-09 C130".to_string())
            && got.contains(&"arrival DNAA 2024-10-09 C130".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("OLBA")), "{got:?}");
}

#[test]
fn a_route_to_a_city_ends_at_the_field_the_sentence_lands_it_at() {
    let text = "On or about March 6, 2023, the Defendant Aircraft, a Falcon 2000, flew from Punta \
                Cana to Willemstad, and from there to Caracas, Venezuela, landing at the \
                Generalissimo Francisco de Miranda Air Base.";
    assert_eq!(
        claims(text, "2024-09-01"),
        ["route MDPC>TNCC>SVFM 2023-03-06 F2TH"]
    );
}

#[test]
fn island_states_are_places() {
    assert_eq!(
        claims(
            "A C-130H Hercules left Whenuapai on Wednesday and reached Tonga later that day.",
            "2022-01-27"
        ),
        [
            "departure NZWP 2022-01-26 C130",
            "arrival TO 2022-01-26 C130",
        ]
    );
}

#[test]
fn after_midnight_is_the_same_day_when_that_day_was_told_early() {
    let text = "A cargo plane diverted to Hilo early Tuesday, officials said. The Boeing 767-300 \
                freighter had taken off from Kona shortly after midnight.";
    let got = claims(text, "2022-05-17");
    assert!(
        got.contains(&"departure PHKO 2022-05-17 B763".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_countrys_military_is_its_government() {
    let text = "Four aircraft on contract to the US military refuelled at Shannon. The Kalitta \
                Air Boeing 747-400F, registration N714CK, flew in from Bagram the previous day \
                (October 9th).";
    let got = claims(text, "2019-10-12");
    assert!(!got.iter().any(|c| c.contains(">US ")), "{got:?}");
}

#[test]
fn flights_flown_every_week_are_a_habit() {
    assert_eq!(
        claims(
            "Before that, charter jets had been flying deportees from Harlingen to Toncontín \
             airport in Tegucigalpa almost every week.",
            "2025-03-14"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn an_aircraft_in_a_comparison_is_none_of_the_storys() {
    let text = "A U.S. Air Force C-17 landed Thursday afternoon at San Pedro Sula. The trip took \
                close to six hours, about twice what a commercial jet needs. The aircraft spent \
                a little under two hours on the apron in San Pedro Sula. It then took off again.";
    assert_eq!(
        claims(text, "2025-03-14"),
        [
            "arrival MHLM 2025-03-13 C17",
            "presence MHLM 2025-03-13 C17",
            "departure MHLM 2025-03-13 C17",
        ]
    );
}

#[test]
fn bound_from_is_the_plans_origin() {
    assert_eq!(
        claims(
            "The jet, supposedly bound from Liberia for Mexico, put down unannounced at Banjul \
             International Airport on Friday.",
            "2024-09-24"
        ),
        ["arrival GBYD 2024-09-20 -"]
    );
}

#[test]
fn a_travellers_day_with_no_place_still_dates_the_story() {
    let text = "The president continued his journey on Saturday morning aboard a Boeing 737-800 \
                chartered from the state airline, which took off from Viru Viru at 8:05 and \
                arrived in Asunción at 11:20.";
    assert_eq!(
        claims(text, "2025-03-30"),
        [
            "departure SLVR 2025-03-29 B738",
            "arrival SGAS 2025-03-29 B738",
        ]
    );
}

#[test]
fn a_live_pages_entries_are_on_the_pages_day() {
    let text = "17:05 | The Colombian Air Force Boeing 737 BBJ, FAC0001, took off this afternoon \
                from Palmerola.\n\n18:31 | UPDATE: The BBJ landed back at Palmerola at 18:22.\n\n\
                19:15 | A backup aircraft, an Embraer Legacy 600 with registration FAC1219, took \
                off from Catam at 19:02 to collect the president.";
    let got = claims(text, "2025-04-09");
    assert!(
        got.contains(&"departure SKBO 2025-04-09 E35L FAC1219".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_live_pages_zoned_timestamps_and_headings() {
    let text = "Tuesday 12 September\n\n16:48 BST\nSpanish air force plane lands in Marrakech\nA \
                Spanish Air Force A400M landed at Marrakech Menara airport this afternoon.\n\n\
                15:10 BST\nQatari rescue team arrives\nA Qatar Emiri Air Force C-17 touched down \
                in Marrakech shortly after 2pm.";
    let got = claims(text, "2023-09-12");
    assert!(
        got.contains(&"arrival GMMX 2023-09-12 C17".to_string()),
        "{got:?}"
    );
}

#[test]
fn by_way_of_is_a_stop_and_a_journey_without_origin_leaves_from_where_it_was() {
    let text = "On Tuesday, the A320 N279GX landed in Guatemala City at 12:40. The plane flew \
                back that evening by way of San Antonio, reaching Alexandria shortly before \
                midnight.";
    assert_eq!(
        claims(text, "2025-04-17"),
        [
            "arrival MGGT 2025-04-15 A320 N279GX",
            "route MGGT>KSAT>KAEX 2025-04-15 A320 N279GX",
        ]
    );
}

#[test]
fn airport_initials_and_a_journeys_day_where_the_aircraft_is() {
    let text = "Mystery jet still grounded at KKIA as probe widens\n\nThe Bombardier Challenger \
                605, bearing the San Marino registration T7-WSS, landed at the airport on Monday \
                night after a flight from Cairo International Airport, with a refuelling stop at \
                Jomo Kenyatta International in Nairobi.";
    let got = claims(text, "2024-08-17");
    assert!(
        got.contains(&"route HECA>HKJK>FLKK 2024-08-12 CL60 T7-WSS".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_small_fields_name_over_city_names_and_a_naval_air_station() {
    // "Tampa Padang airport" is Mamuju's field, not Tampa, Florida, and
    // Padang; "Naval Air Station Fort Worth" is not Dallas-Fort Worth.
    let text = "JAKARTA, Jan 16 — An Indonesian Air Force C-130H took off from Halim \
                Perdanakusuma air base this morning. The aircraft landed at Tampa Padang \
                airport in Mamuju at around 11.30 local time.";
    assert_eq!(
        claims(text, "2021-01-16"),
        [
            "departure WIHH 2021-01-16 C130",
            "arrival WAWJ 2021-01-16 C130",
        ]
    );
    let text = "A C-130H Hercules took off from Naval Air Station Fort Worth Joint Reserve \
                Base on Saturday morning.";
    assert_eq!(
        claims(text, "2024-09-30"),
        ["departure KNFW 2024-09-28 C130"]
    );
}

#[test]
fn a_stopover_beside_a_flight_is_its_stop() {
    let text = "An Antonov An-124-100, registered UR-82008, landed at Ahmedabad's Sardar \
                Vallabhbhai Patel International Airport at 6.48 pm on Saturday, flying in from \
                Leipzig with a stopover in Baku.";
    let got = claims(text, "2021-10-11");
    assert!(
        got.contains(&"route EDDP>UBBB>VAAH 2021-10-09 A124 UR-82008".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.starts_with("presence UBBB")),
        "{got:?}"
    );
}

#[test]
fn stations_and_fields_named_as_reporters_name_them() {
    // A Marine Corps air station, Taipei's Songshan (the table's city is
    // "Taipei City"), the Marines' UC-35D and Trondheim's Værnes.
    let text = "A US Marine Corps UC-35D business jet landed at Taipei's Songshan Airport on \
                Thursday morning (March 21). It had taken off from Marine Corps Air Station \
                Iwakuni in Japan.";
    let got = claims(text, "2024-03-22");
    assert!(
        got.contains(&"arrival RCSS 2024-03-21 C560".to_string()),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.contains("RJOI")), "{got:?}");
    let text = "The Boeing 747 touched down at Værnes on Monday after an overnight flight from \
                Marine Corps Air Station Cherry Point in North Carolina.";
    let got = claims(text, "2022-03-09");
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KNKT>ENVA 2022-03-07")),
        "{got:?}"
    );
}

#[test]
fn fields_the_table_lacks_are_their_country_and_citations_by_model() {
    let text = "The Il-76 landed at Wadi Seidna air base at 22:10 UTC yesterday. A Cessna \
                Citation Bravo landed at Amdjarass, in eastern Chad, on Monday.";
    assert_eq!(
        claims(text, "2024-06-20"),
        ["arrival SD 2024-06-19 IL76", "arrival TD 2024-06-17 C55B"]
    );
}

#[test]
fn an_ordinal_trip_since_a_date_is_a_count() {
    let text = "The presidential aircraft, the Airbus A330-200 5N-FGW, landed at Paris-Le \
                Bourget airport on Wednesday evening. It is the President's third trip to France \
                since January.";
    assert_eq!(
        claims(text, "2024-04-04"),
        ["arrival LFPB 2024-04-03 A332 5N-FGW"]
    );
}

#[test]
fn a_states_capital_and_a_participle_joined_to_a_plan() {
    let text = "The Antonov An-124-100 RA-82078 landed at Pinto Martins International Airport \
                in Fortaleza on Monday, 14 June. On the morning of Tuesday, 15, the jet took off \
                from the capital of Ceará. The filed plan has the giant leaving Viru Viru \
                Airport on Thursday, 17, and calling at Fortaleza again for fuel.";
    assert_eq!(
        claims(text, "2021-06-16"),
        [
            "arrival SBFZ 2021-06-14 A124 RA-82078",
            "departure SBFZ 2021-06-15 A124 RA-82078",
        ]
    );
    let text = "The An-124 landed in Cusco on Monday. On Tuesday the jet flew to the capital \
                of Peru.";
    let got = claims(text, "2021-06-17");
    assert!(
        got.iter().any(|c| c.starts_with("route SPZO>SPJC")),
        "{got:?}"
    );
    // (A country of two words too.)
    let text = "The An-124 landed in Nairobi on Monday. On Tuesday the jet flew to the capital \
                of South Sudan.";
    let got = claims(text, "2021-06-17");
    assert!(
        got.iter().any(|c| c.starts_with("route HKJK>HSSJ")),
        "{got:?}"
    );
}

#[test]
fn work_carried_out_and_the_passengers_night_are_no_movement() {
    let text = "The Ilyushin Il-76 made an emergency landing at Orenburg's Tsentralny airport on \
                14 July. Serial production was carried out in Tashkent until it was moved to \
                Ulyanovsk.";
    assert_eq!(claims(text, "2025-07-15"), ["arrival UWOO 2025-07-14 IL76"]);
    let text = "The Jet2 Boeing 737-800 G-JZHV landed at Sofia Airport shortly after 11pm on \
                Sunday. Because the crew ran out of hours, passengers spent the night in a Sofia \
                hotel.";
    assert_eq!(
        claims(text, "2024-06-11"),
        ["arrival LBSF 2024-06-09 B738 G-JZHV"]
    );
}

#[test]
fn a_short_sentence_that_names_a_day_sets_the_storys_day() {
    let text = "Since the military seized power on 1 February, flights between Yangon and \
                Kunming have taken place almost every night.\n\nTake the night of 15 February. \
                Airbus A319 XY-AGV left Yangon at 21:40 local time. It landed in Kunming shortly \
                after midnight. It was back in Yangon at 05:10 the next morning.";
    let got = claims(text, "2021-02-27");
    assert!(
        got.contains(&"departure VYYY 2021-02-15 A319 XY-AGV".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"arrival VYYY 2021-02-16 A319 XY-AGV".to_string()),
        "{got:?}"
    );
}

#[test]
fn remained_at_the_county_airfield_or_on_the_apron_is_where_it_was() {
    let text = "The Gulfstream G650ER LX-GJM landed at Farnborough on Monday evening after a \
                flight from Geneva. It has remained at the Hampshire airfield since Monday, \
                parked outside a private handling terminal.";
    let got = claims(text, "2022-03-09");
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence EGLF 2022-03-07")),
        "{got:?}"
    );
    let text = "The Challenger 605 T7-WSS landed at Kenneth Kaunda International Airport on \
                Monday night. It remained on the apron yesterday as investigators searched its \
                hold.";
    let got = claims(text, "2024-08-17");
    assert!(
        got.iter().any(|c| c.starts_with("presence FLKK")),
        "{got:?}"
    );
}

#[test]
fn a_movement_dated_only_by_its_year_is_background() {
    let text = "The Bombardier Global 5000 9H-VJM landed at Salzburg last Thursday afternoon. \
                In 2021 it flew there eleven times, mostly from Moscow's Vnukovo airport.";
    assert_eq!(
        claims(text, "2022-03-16"),
        ["arrival LOWS 2022-03-10 GL5T 9H-VJM"]
    );
}

#[test]
fn military_serials_as_reporters_write_them() {
    for (text, want) in [
        (
            "The RAF A400M ZM418 landed in Kingston on Monday.",
            "arrival MKJP 2024-03-18 A400 ZM418",
        ),
        (
            "A US Navy P-8A, BuNo 169345, took off from Sigonella on Monday.",
            "departure LICZ 2024-03-18 P8 169345",
        ),
        (
            "A Chilean Air Force C-130H, serial 995, landed in Santiago on Monday.",
            "arrival SCEL 2024-03-18 C130 995",
        ),
        (
            "An Indonesian Air Force C-130H, A-1339, took off from Halim on Monday.",
            "departure WIHH 2024-03-18 C130 A-1339",
        ),
        (
            "A Luftwaffe A340, 16+02, landed at Abu Dhabi on Monday.",
            "arrival OMAA 2024-03-18 A343 16+02",
        ),
        // A civil jet's serial number is its maker's, not its mark.
        (
            "The Falcon 900 YV3534, serial number 205, landed at Fort Lauderdale Executive \
             Airport on Monday.",
            "arrival KFXE 2024-03-18 F900 YV3534",
        ),
    ] {
        assert_eq!(claims(text, "2024-03-20"), [want], "{text}");
    }
}

#[test]
fn a_small_fields_full_name_a_dateline_town_and_a_subject_that_opens_on_no() {
    let text = "TULUM, Q. Roo. - The Boeing 737-800 of the Mexican Air Force touched down \
                yesterday, Friday (1), on the runway of the new Felipe Carrillo Puerto \
                International Airport in Tulum. The aircraft, matrícula 3528, took off at 9:04 \
                a.m. from the Felipe Ángeles International Airport (AIFA).";
    let got = claims(text, "2023-12-02");
    assert!(
        got.contains(&"arrival MMTL 2023-12-01 B738 3528".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("TU-LUM")), "{got:?}");
    let text = "\"No Chinese military aircraft has landed in Ghana this month,\" the director \
                of public relations said on Monday.";
    assert!(claims(text, "2026-01-20").is_empty());
}

#[test]
fn the_described_city_and_goods_destined_elsewhere() {
    let text = "The seventh aircraft of the Qatari air bridge landed at Port Sudan New \
                International Airport on Tuesday. The Qatar Emiri Air Force C-17 Globemaster, \
                registered A7-MAH, took off from Al Udeid Air Base in the morning and reached \
                the Red Sea city in the early afternoon. The sixth plane, also a C-17, had landed \
                at the same airport on Sunday with 30 tonnes of medical supplies destined for \
                hospitals in Kassala.";
    let got = claims(text, "2024-08-13");
    assert!(
        got.contains(&"departure OTBH 2024-08-13 C17 A7-MAH".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"arrival HSPN 2024-08-11 C17".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("HSKA")), "{got:?}");
}

#[test]
fn people_evacuated_overland_from_a_country_are_not_the_flights_origin() {
    let text = "An Indian Air Force C-17 Globemaster III carrying 247 Indian nationals \
                evacuated overland from Iran landed at the Hindon Air Force Station near \
                Ghaziabad early on Friday, officials said.";
    assert_eq!(claims(text, "2025-06-20"), ["arrival VIDX 2025-06-20 C17"]);
}

#[test]
fn a_departure_told_after_a_landing_by_way_of_a_fuel_stop_starts_the_journey() {
    let text = "Plane spotters lined the perimeter road of Clark International Airport on \
                Thursday afternoon as an Antonov An-124-100 registered UR-82009 landed. The \
                freighter arrived at 3:47 p.m. after a flight from Tashkent, Uzbekistan, where \
                it had stopped for fuel. It had set out from Leipzig, Germany, on Tuesday, \
                airport officials said.";
    let got = claims(text, "2023-09-22");
    assert!(
        got.contains(&"route EDDP>UZTT>RPLC 2023-09-19/2023-09-21 A124 UR-82009".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.starts_with("presence UZTT")),
        "{got:?}"
    );
    // (Another aircraft's stop there stays its own.)
    let text = format!(
        "{text} An Il-76, EW-78843, also stopped in Tashkent on Thursday on its way to Clark."
    );
    let got = claims(&text, "2023-09-22");
    assert!(
        got.contains(&"presence UZTT 2023-09-21 IL76 EW-78843".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_journey_that_began_somewhere_came_from_there() {
    let text = "A Boeing 747-8, P4-HBK, landed at Port San Antonio's Kelly Field on Monday \
                afternoon. The jumbo jet touched down at 3:17 p.m. after a journey that began in \
                Doha and included a refuelling stop at Shannon Airport in Ireland.";
    let got = claims(text, "2025-06-03");
    assert!(
        got.iter().any(|c| c.starts_with("route OTHH>EINN>KSKF")),
        "{got:?}"
    );
}

#[test]
fn houstons_airports_by_the_names_reporters_use() {
    let text = "An air ambulance flew her from Cancún to Houston's Hobby Airport on Wednesday.";
    assert_eq!(claims(text, "2019-07-19"), ["route MMUN>KHOU 2019-07-17 -"]);
}

#[test]
fn a_landing_told_at_an_earlier_hour_than_a_late_take_off_is_the_next_day() {
    let text = "New Delhi, June 20\n\nThe Indian Air Force C-17, tail number CB8006, was \
                airborne from Zvartnots International Airport in Yerevan shortly before \
                midnight on Thursday, reaching Hindon at 6.10 am, officials said. Later that \
                morning an IndiGo Airbus A321neo flew in a second group from Ashgabat, landing \
                at Delhi's Indira Gandhi International Airport at around 10 am.";
    let got = claims(text, "2025-06-20");
    assert!(
        got.contains(&"departure UDYZ 2025-06-19 C17 CB8006".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival VIDX 2025-06-20")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route UTAA>VIDP 2025-06-20")),
        "{got:?}"
    );
}

#[test]
fn minutes_and_hours_ago_and_a_quote_dated_after_it() {
    let text = "The Challenger OE-LZM landed at Dubai's Al Maktoum International Airport a few \
                minutes ago.";
    assert_eq!(
        claims(text, "2021-03-12"),
        ["arrival OMDW 2021-03-12 CL60 OE-LZM"]
    );
    // The quote's "yesterday" is the day before the telling it names.
    let text = "\"Yesterday the Airbus A319 landed at Vnukovo,\" a source told the agency late \
                on Tuesday.";
    assert_eq!(claims(text, "2022-07-06"), ["arrival UUWW 2022-07-04 A319"]);
}

#[test]
fn a_time_zone_spelt_out_and_a_visit_the_plane_came_back_from() {
    let text = "Flight data show the Gulfstream G650 N650GA departing Teterboro at 9:12 a.m. \
                Eastern time on Friday.";
    assert_eq!(
        claims(text, "2024-03-21"),
        ["departure KTEB 2024-03-15 GLF6 N650GA"]
    );
    // Any zone so spelt, not only the American ones.
    let text = "Headline\n\nAn Indian Air Force C-17 lifted off from Kabul at about 8 a.m. \
                Kabul time yesterday, officials said.";
    assert_eq!(
        claims(text, "2021-08-18"),
        ["departure OAKB 2021-08-17 C17"]
    );
    let text = "The presidential Airbus A330 returned to Abuja on Thursday after a five-day \
                visit to China.";
    let got = claims(text, "2024-03-21");
    assert!(!got.iter().any(|c| c.starts_with("arrival CN")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("DNAA 2024-03-21")), "{got:?}");
}

#[test]
fn an_overnight_hop_and_a_stay_until_a_day() {
    let text = "The medevac Learjet took off from Bali's Ngurah Rai airport at 11pm on Saturday \
                and touched down in Darwin at 3am.";
    let got = claims(text, "2024-05-09");
    assert!(
        got.contains(&"arrival YPDN 2024-05-05 LJ45".to_string()),
        "{got:?}"
    );
    let text = "The government's Falcon 7X was grounded in Malta on 5 April and remained there \
                until 20 April.";
    assert_eq!(
        claims(text, "2024-05-09"),
        ["presence LMML 2024-04-05/2024-04-20 FA7X"]
    );
}

#[test]
fn israels_ovda_air_base_by_name() {
    let text = "An Azerbaijani Il-76 landed in Ovda on Monday.";
    assert_eq!(claims(text, "2024-01-20"), ["arrival LLOV 2024-01-15 IL76"]);
}

#[test]
fn air_bases_named_by_a_word_the_table_files_otherwise() {
    lands_at(
        "in",
        &[
            ("Palmachim", "LLPL"),
            ("Muwaffaq Salti", "OJ40"),
            ("Chabelley", "HDCH"),
            ("Amberley", "YAMB"),
            ("Bishoftu", "HAHM"),
            ("Shaykovka", "RU"),
            ("Zyabrovka", "BY"),
            ("Al-Watiya", "LY"),
        ],
    );
}

#[test]
fn airports_by_new_or_other_names() {
    lands_at(
        "at",
        &[
            ("Adler airport", "URSS"),
            ("Mineralnye Vody airport", "URMM"),
            ("Al Bateen airport", "OMAD"),
            ("Zayed International airport", "OMAA"),
            ("Hassan Djamous airport", "FTTJ"),
            ("Robert Gabriel Mugabe airport", "FVHA"),
            ("Augusto C. Sandino airport", "MNMG"),
        ],
    );
}

#[test]
fn cities_filed_under_their_airports_town() {
    lands_at(
        "in",
        &[
            ("Vladikavkaz", "URMO"),
            ("Arkhangelsk", "ULAA"),
            ("Nay Pyi Taw", "VYEL"),
        ],
    );
}

#[test]
fn a_second_sweep_of_bases_by_name() {
    lands_at(
        "in",
        &[
            ("Palanquero", "SKPQ"),
            ("Villamor", "RPLL"),
            ("Chaklala", "OPRN"),
            ("Palam", "VIDP"),
            ("Eastleigh", "HKRE"),
            ("Mahé", "FSIA"),
            ("Kuweires", "SY"),
        ],
    );
}

#[test]
fn titles_are_no_airports_and_named_fields_are() {
    // "Sheikh" began Srinagar's Sheikh ul Alam; Bahrain's base is spelt
    // "Sheik Isa" in the table.
    lands_at(
        "at",
        &[
            ("Sheikh Isa Air Base", "OBBS"),
            ("Jabara", "KAAO"),
            ("Colonel James Jabara Airport", "KAAO"),
        ],
    );
    assert_eq!(
        claims(
            "Sheikh Hamad said the Il-76 landed in Djibouti on Monday.",
            "2025-04-09"
        ),
        ["arrival HDAM 2025-04-07 IL76"]
    );
    // "the Horn of Africa" is no Horn Island.
    assert_eq!(
        claims(
            "Freighters crossed the Horn of Africa on Monday.",
            "2025-04-09"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_capital_over_a_namesake_town_when_its_country_is_named() {
    let text = "NEW YORK - US prosecutors in Manhattan said the Gulfstream, \
                seized under US rules in New York, flew from Dubai to Moscow on \
                12 March. Russia has not commented. The US Treasury, the US \
                Commerce Department and a court in New York were told.";
    assert_eq!(claims(text, "2025-04-09"), ["route AE>RU 2025-03-12 GLF4"]);
    // The town's state beside it still decides.
    let text = "The Cessna landed in Moscow, Idaho, on Monday. Russia was not involved.";
    assert_eq!(claims(text, "2025-04-09"), ["arrival KPUW 2025-04-07 -"]);
}

#[test]
fn a_lead_about_aircraft_sets_the_day_of_what_follows() {
    let text = "Spy planes near Kaliningrad\n\nThree Western reconnaissance aircraft \
                operated close to Kaliningrad on Monday, Interfax reported.\n\nA US Air \
                Force RC-135W took off from RAF Mildenhall at 09:50 Moscow time.";
    assert_eq!(
        claims(text, "2019-02-27"),
        ["departure EGUN 2019-02-25 R135"]
    );
    // Not a lead about something else that names a day.
    let text = "Il-76 lost over Darfur\n\nQuestions multiplied on Tuesday over an \
                Ilyushin Il-76 cargo plane shot down over Darfur.\n\nThe plane had \
                landed at El Fasher, a source said.";
    let got = claims(text, "2024-10-23");
    assert!(!got.iter().any(|c| c.contains("2024-10-22")), "{got:?}");
}

#[test]
fn a_third_sweep_of_bases_by_name() {
    lands_at(
        "at",
        &[
            ("Komaki Air Base", "RJNA"),
            ("Miho Air Base", "RJOH"),
            ("Atsugi", "RJTA"),
            ("Powidz", "EPPW"),
            ("RAF Northolt", "EGWU"),
            ("RAAF Base Pearce", "YPEA"),
            ("RAAF Base Richmond", "YSRI"),
            ("Ohakea", "NZOH"),
            ("Tel Nof", "LLEK"),
            ("Kamuzu International Airport", "FWKI"),
            ("Pudahuel", "SCEL"),
            ("Tababela", "SEQM"),
        ],
    );
    // A person of the name is no field.
    assert_eq!(
        claims(
            "Guy Pearce said the jet landed in Perth on Monday.",
            "2025-04-09"
        ),
        ["arrival YPPH 2025-04-07 -"]
    );
}

#[test]
fn a_civil_airport_over_an_air_base_of_its_name_or_town() {
    lands_at(
        "at",
        &[
            ("King Abdulaziz International Airport", "OEJN"),
            ("King Abdulaziz Air Base", "OEDR"),
            ("Ndola", "FLSK"),
        ],
    );
}

#[test]
fn where_a_report_was_told_is_not_where_the_plane_went() {
    let text = "Jet impounded at Ndola\n\nThe jet touched down at about 18:50 on Sunday, \
                the director told journalists at a briefing in Lusaka.";
    assert_eq!(claims(text, "2025-04-09"), ["arrival FLSK 2025-04-06 -"]);
    // The story's only place so far is still where it landed.
    let text = "Headline\n\n'The aircraft landed at 7.20 this morning,' a spokeswoman \
                told reporters in Tashkent.";
    assert_eq!(claims(text, "2025-04-09"), ["arrival UZTT 2025-04-09 -"]);
}

#[test]
fn a_list_of_military_serials_is_one_aircraft_each() {
    let text = "Headline\n\nSix Y-20 airlifters of the People's Liberation Army Air Force, \
                serials 20043, 20044 and 20046, landed at Belgrade on Saturday.";
    assert_eq!(
        claims(text, "2025-04-09"),
        [
            "arrival LYBE 2025-04-05 Y20 20043",
            "arrival LYBE 2025-04-05 Y20 20044",
            "arrival LYBE 2025-04-05 Y20 20046"
        ]
    );
    let text = "Headline\n\nTwo US Air Force C-17s, tail numbers 77177 and 88190, landed \
                at Belgrade on Saturday.";
    assert_eq!(claims(text, "2025-04-09").len(), 2);
    // A civil jet's maker's serial numbers are no marks.
    let text = "Headline\n\nThe two Gulfstreams, serial numbers 5012 and 5013, landed at \
                Belgrade on Saturday.";
    assert_eq!(claims(text, "2025-04-09").len(), 1);
}

#[test]
fn a_trips_route_read_across_a_long_origin() {
    let text = "Headline\n\nSeven Il-76s made the trip from the Chkalovsky military \
                airfield outside Moscow to Hmeimim on Monday.";
    assert_eq!(
        claims(text, "2025-04-09"),
        ["route UUMU>OSLK 2025-04-07 IL76"]
    );
    let text = "Headline\n\nThe Falcon flew the prime minister to Rabat on Monday. The \
                trip sealed the new phase in relations after Madrid's change of position \
                on Western Sahara.";
    let got = claims(text, "2025-04-09");
    assert!(!got.iter().any(|c| c.contains("EH")), "{got:?}");
}

#[test]
fn an_airport_named_for_a_person_with_or_without_the_title() {
    lands_at(
        "at",
        &[
            ("Presidente Carlos Ibáñez del Campo airport", "SCCI"),
            ("Carlos Ibáñez del Campo airport", "SCCI"),
            ("General Bernardo O'Higgins airport", "SCCH"),
            ("Teniente Julio Gallardo airport", "SCNT"),
        ],
    );
}

#[test]
fn an_offset_to_another_event_after_the_date_is_no_date() {
    let text = "Headline\n\nOn July 3 last year, the jet flew from Teterboro Airport to \
                Jackson Hole, two days before Kestrel postponed a planned investor day. The \
                plane returned to Teterboro five days later.";
    assert_eq!(
        claims(text, "2024-04-09"),
        ["route KTEB>KJAC 2023-07-03 -", "arrival KTEB 2023-07-08 -"]
    );
}

#[test]
fn an_aircraft_that_brought_people_to_a_town_arrived_there() {
    let text = "Headline\n\nThe same aircraft brought the squad on to Cork on Sunday.";
    assert_eq!(claims(text, "2023-11-26"), ["arrival EICK 2023-11-26 -"]);
    // Not a person who brought something, nor a region.
    let text = "Headline\n\nThe minister brought the request to Cork on Sunday.";
    assert_eq!(claims(text, "2023-11-26"), Vec::<String>::new());
    let text = "Headline\n\nA C-17 that brought a wrestling team to northern Oklahoma \
                damaged the runway on Sunday.";
    let got = claims(text, "2023-11-26");
    assert!(!got.iter().any(|c| c.starts_with("arrival US")), "{got:?}");
}

#[test]
fn tenerife_north_in_english_and_a_first_flight_is_no_movement() {
    lands_at(
        "at",
        &[
            ("Tenerife North", "GCXO"),
            ("Tenerife Norte", "GCXO"),
            ("Los Rodeos", "GCXO"),
            ("Tenerife South", "GCTS"),
        ],
    );
    let text = "Headline\n\nThe An-124 was built in Ukraine, where it first flew in \
                December 1982.";
    assert_eq!(claims(text, "2026-02-12"), Vec::<String>::new());
}

#[test]
fn a_sentence_opening_on_the_and_a_number_is_no_callsign() {
    // A headline's "flight" cued "The 737" as the spaced callsign THE737,
    // over the type's own reading, and the overlap panicked.
    let text = "Flight log\n\nThe 737 took off from the military part of Warsaw airport \
                on Friday.";
    assert_eq!(
        claims(text, "2026-03-21"),
        ["departure EPWA 2026-03-20 B737"]
    );
    let text = "Flight log\n\nThe 737 took off from the military section of Warsaw \
                Chopin Airport on Friday.";
    let _ = claims(text, "2026-03-21");
}

#[test]
fn a_part_of_an_airport_is_that_airport() {
    lands_at(
        "in",
        &[
            ("the military section of Warsaw Chopin Airport", "EPWA"),
            ("the cargo area of Leipzig airport", "EDDP"),
            ("the Kurmitola air base", "VGHS"),
        ],
    );
}

#[test]
fn the_airport_at_a_small_field() {
    let text = "Headline\n\nThe Gulfstream took off from the airport at Chimoré on Monday.";
    assert_eq!(
        claims(text, "2019-11-12"),
        ["departure SLCH 2019-11-11 GLF4"]
    );
}

#[test]
fn a_plans_date_after_a_fact_is_not_the_facts() {
    let text = "Headline\n\nTwo KC-130J Hercules of the US Marine Corps arrived at Villamor \
                on Oct. 5 with relief equipment. The American aircraft came from Kadena Air \
                Base in Okinawa and are to shuttle relief cargo to the islands this week.";
    let got = claims(text, "2024-10-07");
    assert!(
        got.contains(&"route RODN>RPLL 2024-10-05 C30J".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_stopover_then_continued_to_is_one_journey_on_the_take_offs_day() {
    let text = "Headline\n\nThe Il-76 took off on 24 June from Krasnodar, made a stopover at \
                Latakia airport, and then continued to Bamako, in Mali. On Monday the \
                Il-76 was back at Latakia.";
    let got = claims(text, "2023-06-28");
    assert!(
        got.contains(&"route URKK>OSLK>GABS 2023-06-24 IL76".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.starts_with("route OSLK>GABS")),
        "{got:?}"
    );
}

#[test]
fn a_towns_air_force_base_is_its_military_field() {
    // Minot has a civil airport (KMOT) and an air force base (KMIB).
    let text = "Headline\n\nTwo B-52H bombers took off from Minot Air Force Base, North \
                Dakota, on Monday evening.";
    assert_eq!(
        claims(text, "2023-10-19"),
        ["departure KMIB 2023-10-16 B52"]
    );
    let text = "Headline\n\nThe jet took off from Minot on Monday evening.";
    assert_eq!(claims(text, "2023-10-19"), ["departure KMOT 2023-10-16 -"]);
}

#[test]
fn a_serial_beside_its_type_when_a_later_sentence_names_the_type_again() {
    let text = "Headline\n\nThe KC-30A A39-004 departed RAAF Base Amberley on Wednesday. The \
                other KC-30A, A39-006, stayed behind.";
    assert_eq!(
        claims(text, "2024-07-05"),
        ["departure YAMB 2024-07-03 A332 A39-004"]
    );
}

#[test]
fn a_flight_tables_type_and_serial_cells() {
    let text = "Headline\n\n| Date | Type | Serial / reg. | Callsign | From | To |\n\
                |---|---|---|---|---|---|\n\
                | 27 Apr | E-3A Sentry (NATO) | LX-N90452 | NATO05 | Geilenkirchen | Aktion (Preveza) |\n\
                | 28 Apr | KC-135R | 58-0100 | QID71 | RAF Mildenhall | Incirlik |\n\
                | 2 May | RC-135V Rivet Joint | 64-14848 | JAKE11 | RAF Mildenhall | Souda Bay |\n";
    assert_eq!(
        claims(text, "2026-05-04"),
        [
            "route ETNG>LGPZ 2026-04-27 E3TF LX-N90452 NATO05",
            "route EGUN>LTAG 2026-04-28 K35R 58-0100 QID71",
            "route EGUN>LGSA 2026-05-02 R135 64-14848 JAKE11",
        ]
    );
}

#[test]
fn a_movement_the_text_says_is_not_known_is_no_claim() {
    for text in [
        "Headline\n\nA KC-135R was seen at Incirlik on Wednesday, but we could not establish \
         when it arrived or where it came from.",
        "Headline\n\nA KC-135R was seen at Incirlik on Wednesday. It is unclear when it landed \
         there.",
    ] {
        assert_eq!(
            claims(text, "2026-05-04"),
            ["presence LTAG 2026-04-29 K35R"],
            "{text}"
        );
    }
}

#[test]
fn where_a_place_lies_is_not_another_stop() {
    for (text, want) in [
        (
            "Headline\n\nOn 14 June the Il-76 flew from Minsk National Airport to Port Sudan \
             with a refuelling stop at Luxor, in Upper Egypt.",
            "route UMMS>HELX>HSPN 2025-06-14 IL76",
        ),
        (
            "Headline\n\nOn 20 June an A400M flew from Çorlu air base in Tekirdağ province to \
             Port Sudan.",
            "route LTBU>HSPN 2025-06-20 A400",
        ),
        (
            "Headline\n\nA C-17 flew on Thursday from Biggs Army Airfield at Fort Bliss to La \
             Aurora airport in Guatemala City.",
            "route KBIF>MGGT 2025-06-19 C17",
        ),
    ] {
        assert_eq!(claims(text, "2025-06-22"), [want], "{text}");
    }
}

#[test]
fn another_aircrafts_clock_time_is_the_storys_day() {
    let text = "Headline\n\nThe Boeing 737-800 returned to Trabzon on Tuesday after a bird \
                strike. The squad then set off again on a replacement Airbus A320neo, which \
                took off from Trabzon at 18.40 and landed at Istanbul Airport at 20.25.";
    let got = claims(text, "2023-03-15");
    for want in [
        "departure LTCG 2023-03-14 A20N",
        "arrival LTFM 2023-03-14 A20N",
    ] {
        assert!(got.contains(&want.to_string()), "{want}: {got:?}");
    }
}

#[test]
fn a_landing_after_taking_off_for_a_place_is_there() {
    let text = "Headline\n\nThe A320neo landed at Jaipur on Saturday. The plane took off for \
                Delhi at 12.41 pm and landed at around 1.40 pm.";
    let got = claims(text, "2024-01-13");
    assert!(
        got.contains(&"arrival VIDP 2024-01-13 A20N".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"departure VIJP 2024-01-13 A20N".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_relative_clauses_day_is_not_the_movements() {
    let text = "Headline\n\nThe jet landed at Bangkok on the 17th. It had left Bali, where he \
                attended the summit on the 15th.";
    let got = claims(text, "2022-11-17");
    assert!(!got.iter().any(|c| c.contains("2022-11-15")), "{got:?}");
}

#[test]
fn the_military_wing_of_an_airport_is_the_airport() {
    let text = "Headline\n\nThe President arrived at the military wing of Don Mueang \
                International Airport in Bangkok on the afternoon of the 17th.";
    let got = claims(text, "2022-11-17");
    assert!(
        got.iter().any(|c| c.starts_with("arrival VTBD 2022-11-17")),
        "{got:?}"
    );
}

#[test]
fn a_second_stopover_told_by_ellipsis() {
    let text = "Headline\n\nThe Embraer E190-E2, registration HB-AZF, landed at Zurich airport \
                on Wednesday evening with 96 passengers, mostly Swiss citizens who had been \
                stuck in Senegal and Mali. The aircraft had taken off from Zurich on Tuesday \
                afternoon for Mali, with a first stopover the same day in Dakar, at Blaise \
                Diagne airport, and a second on Wednesday morning in Bamako.";
    let got = claims(text, "2020-05-21");
    assert!(
        got.contains(&"route LSZH>GOBD>GABS>LSZH 2020-05-19/2020-05-20 E290 HB-AZF".to_string()),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains(" SN ")), "{got:?}");
}

#[test]
fn english_names_of_cities_the_table_spells_its_own_way() {
    for (city, icao) in [
        ("Seville", "LEZL"),
        ("Turin", "LIMF"),
        ("Cracow", "EPKK"),
        ("Hanover", "EDDV"),
        ("Majorca", "LEPA"),
        ("Rostov", "URRP"),
        ("Grodno", "UMMG"),
        ("Addis", "HAAB"),
    ] {
        let text = format!("Headline\n\nThe Il-76 landed at {city} on Monday.");
        assert_eq!(
            claims(&text, "2024-03-20"),
            [format!("arrival {icao} 2024-03-18 IL76")],
            "{city}"
        );
    }
}

#[test]
fn a_clock_time_after_a_lead_that_names_the_day() {
    let text = "Headline\n\nNASSAU | The Department of Immigration today, Wednesday 9th \
                November, 2022, carried out the repatriation of a group of Haitian nationals \
                from the Lynden Pindling International Airport.\n\nAt approximately 9:14 a.m., a \
                chartered Bahamasair Boeing 737-500, registration C6-BFE, departed en route to \
                Cap-Haïtien, Haiti. The aircraft touched down at Cap-Haïtien at 10:37 a.m.";
    let got = claims(text, "2022-11-09");
    assert!(
        got.contains(&"arrival MTCH 2022-11-09 B735 C6-BFE".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_photograph_taken_is_no_movement() {
    let text = "Headline\n\nA photograph taken by a spotter on 13 November shows the aircraft \
                with the tail number 5U-GRN on the apron at Bamako-Sénou airport.";
    let got = claims(text, "2024-11-18");
    assert!(!got.iter().any(|c| c.starts_with("arrival")), "{got:?}");
}

#[test]
fn a_base_named_in_apposition_is_where_it_was() {
    let text = "Headline\n\nThe Voyager, serial ZZ336, was parked at its home base, RAF Brize \
                Norton in Oxfordshire, on Tuesday.";
    let got = claims(text, "2025-10-09");
    assert_eq!(got, ["presence EGVN 2025-10-07 ZZ336"]);
}

#[test]
fn an_airline_flight_number_is_no_aircraft_mark() {
    let text = "Headline\n\nUnited Airlines flight 1447, a Boeing 737-900, took off from \
                Denver on Sunday and returned to Denver an hour later.";
    let got = claims(text, "2019-10-15");
    assert!(got.iter().all(|c| !c.contains("1447")), "{got:?}");
    assert!(
        got.contains(&"departure KDEN 2019-10-13 B739".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_small_hours_landing_after_an_evening_take_off_is_the_next_day() {
    let text = "Headline\n\nThe Boeing 787-9, registered C-GUDH, had left Calgary on Friday \
                evening. Over the Atlantic the crew turned back and landed at Gander at 2:05 \
                a.m., the airport said.";
    let got = claims(text, "2023-10-15");
    assert!(
        got.contains(&"arrival CYQX 2023-10-14 B789 C-GUDH".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_stay_since_a_day_gives_the_story_that_day() {
    let text = "Headline\n\nROCHESTER, Minn. — An Air Force C-17 has been parked on the ramp at \
                Rochester International Airport since Thursday morning. The C-17, serial \
                07-7175, flew in from Dover Air Force Base, arriving around 9:30 a.m.";
    let got = claims(text, "2021-04-16");
    assert!(
        got.contains(&"route KDOV>KRST 2021-04-15 C17 07-7175".to_string()),
        "{got:?}"
    );
}

#[test]
fn the_flight_a_diverted_aircraft_was_on_is_not_flown() {
    let text = "Headline\n\nA Norse Atlantic Boeing 787-9 flying from Oslo to New York JFK on \
                Thursday diverted to Keflavik after the crew declared an emergency.";
    let got = claims(text, "2026-04-18");
    assert_eq!(got, ["arrival BIKF 2026-04-16 B789"]);
}

#[test]
fn an_irish_county_and_a_hospital_are_no_airports() {
    // (Mayo is also a town in the Yukon with an airport.)
    let text = "Headline\n\nA girl from Co Mayo was collected from Mayo University Hospital \
                in Castlebar on Sunday. The Coast Guard helicopter R118, a Sikorsky S-92, then \
                landed at Ireland West Airport Knock at 6.20pm.";
    let got = claims(text, "2020-02-10");
    assert!(
        got.iter()
            .all(|c| !c.contains("CYMA") && !c.contains(" CA ")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival EIKN 2020-02-09")),
        "{got:?}"
    );
    let r = crate::article::read(text, crate::time::parse_date("2020-02-10"));
    assert!(
        r.entities.iter().all(|e| e.value != "CYMA"),
        "{:?}",
        r.entities.iter().map(|e| &e.value).collect::<Vec<_>>()
    );
}

#[test]
fn a_log_line_with_a_stop_on_the_way_is_one_route() {
    let text = "Headline\n\nThe flights were:\n\n• March 9 — Boeing 737 BBJ A36-002, Canberra to \
                Perth, with a refuelling stop in Adelaide, 14 passengers\n• March 11 — Boeing \
                737 BBJ A36-002, Perth to Canberra, 14 passengers";
    let got = claims(text, "2023-03-18");
    assert_eq!(
        got,
        [
            "route YSCB>YPAD>YPPH 2023-03-09 B737 A36-002",
            "route YPPH>YSCB 2023-03-11 B737 A36-002"
        ]
    );
}

#[test]
fn a_us_county_named_like_a_town_abroad_is_no_place() {
    let text = "Headline\n\nThe jet of a country singer landed in Bergen County on Wednesday, \
                May 29, before his shows.";
    let r = crate::article::read(text, crate::time::parse_date("2024-05-30"));
    assert!(
        r.entities.iter().all(|e| e.value != "ENBR"),
        "{:?}",
        r.entities
    );
    assert!(r.claims.is_empty(), "{:?}", r.claims);
}

#[test]
fn the_airport_of_a_town_takes_the_preposition_before_it() {
    let text = "Headline\n\nTwo C-130J transport aircraft of the Italian Air Force took off this \
                morning from the military airport of Pisa with aid.";
    assert_eq!(
        claims(text, "2023-11-22"),
        ["departure LIRP 2023-11-22 C30J"]
    );
}

#[test]
fn plans_and_ships_are_no_movements() {
    let text = "Headline\n\nTwo C-130J transport aircraft took off this morning from the military \
                airport of Pisa. The aircraft landed in the early afternoon at El Arish \
                airport.\n\nA further flight, departing from Pratica di Mare, is planned for next \
                week. The Navy's ship Vulcano is heading for the eastern Mediterranean.";
    assert_eq!(
        claims(text, "2023-11-22"),
        [
            "departure LIRP 2023-11-22 C30J",
            "arrival HEAR 2023-11-22 C30J"
        ]
    );
    // A movement dated after publication is a plan.
    let text = "Headline\n\nThe C-17 landed at Ramstein on Monday. It leaves Ramstein on 12 May.";
    assert_eq!(claims(text, "2024-05-08"), ["arrival ETAR 2024-05-06 C17"]);
}

#[test]
fn an_italian_military_serial_needs_no_cue() {
    let text = "Headline\n\nTwo C-130J transport aircraft (serials MM62186 and MM62195) took off \
                this morning from Pisa.";
    let r = read(text, parse_date("2023-11-22"));
    let regs: Vec<&str> = r
        .entities
        .iter()
        .filter(|e| e.kind == crate::article::EntityKind::Registration)
        .map(|e| e.value.as_str())
        .collect();
    assert_eq!(regs, ["MM62186", "MM62195"]);
    let got = claims(text, "2023-11-22");
    assert!(got.iter().any(|c| c.contains("MM62195")), "{got:?}");
}

#[test]
fn a_denial_some_words_before_that_is_no_claim() {
    let text = "Headline\n\nThe presidential Boeing 737 landed at Cusco on 29 July. The Presidency \
                denied reports on social media that the 737 had flown to Punta Cana in June.";
    assert_eq!(claims(text, "2023-08-21"), ["arrival SPZO 2023-07-29 B737"]);
}

#[test]
fn a_table_row_naming_no_aircraft_is_the_storys() {
    let text = "Headline\n\nThe Air Force sent a summary of the Boeing 737-500's flights in July:\n\n\
                | Date | From | To | Passengers |\n|---|---|---|---|\n\
                | 3 July | Lima | Cusco | 14 |\n| 4 July | Cusco | Lima | 12 |\n";
    assert_eq!(
        claims(text, "2023-08-21"),
        [
            "route SPJC>SPZO 2023-07-03 B735",
            "route SPZO>SPJC 2023-07-04 B735"
        ]
    );
}

#[test]
fn without_passengers_from_a_place_is_the_flights_origin() {
    let text = "Headline\n\nThe Boeing 747 had flown to Atlanta without passengers from Incheon \
                on the 10th to pick up the workers.";
    assert_eq!(
        claims(text, "2025-09-12"),
        ["route RKSI>KATL 2025-09-10 B744"]
    );
}

#[test]
fn a_units_capitalised_noun_is_no_aircraft() {
    let text = "Headline\n\nThis Tuesday, 4 March, a white jet touched down at Troyes-Barberey \
                airport. It was a Dassault Falcon 7X registered F-RAFB, one of the aircraft of \
                Transport Squadron 60, which flies the head of state. The aircraft had taken off \
                from Air Base 107 at Villacoublay.";
    assert_eq!(
        claims(text, "2025-03-05"),
        [
            "arrival LFQB 2025-03-04 FA7X F-RAFB",
            "departure LFPV 2025-03-04 FA7X F-RAFB"
        ]
    );
}

#[test]
fn a_possessors_name_and_as_usual_leave_the_landing_alone() {
    let text = "Headline\n\nThe backup plane, which accompanied the trip as usual, returned to \
                the Air Self-Defense Force's Chitose Air Base in Hokkaido on the 16th.";
    assert_eq!(claims(text, "2019-12-16"), ["arrival RJCJ 2019-12-16 -"]);
}

#[test]
fn a_country_of_one_airport_is_that_airport() {
    let text = "Headline\n\nThe Gulfstream G650ER M-KXLG flew from Seletar to Macau on Saturday \
                afternoon.";
    assert_eq!(
        claims(text, "2025-06-30"),
        ["route WSSL>VMMC 2025-06-28 GLF6 M-KXLG"]
    );
}

#[test]
fn has_just_landed_is_the_live_pages_day() {
    let text = "LIVE | Leaders arrive\n\n17:15\nThe Brazilian Air Force's Airbus A330-200 landed \
                at Waterkloof yesterday evening.\n\n18:42\nAn Air China Boeing 747-8, \
                registration B-2481, has just landed at OR Tambo International.";
    let got = claims(text, "2025-11-21");
    assert!(
        got.contains(&"arrival FAOR 2025-11-21 B748 B-2481".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_groups_callsigns_take_its_type() {
    let text = "Headline\n\nTwo KC-135R Stratotanker refuelling aircraft of the US Air Force \
                landed on Friday afternoon at the Mihail Kogalniceanu airport. The aircraft, \
                flying under the callsigns BLUE31 and BLUE32, had taken off from RAF Mildenhall.";
    let got = claims(text, "2026-01-24");
    assert!(
        got.contains(&"departure EGUN 2026-01-23 K35R BLUE31".to_string())
            && got.contains(&"departure EGUN 2026-01-23 K35R BLUE32".to_string()),
        "{got:?}"
    );
}

#[test]
fn an_address_in_brackets_after_a_mark_is_its_hex() {
    let text = "Headline\n\nSHELL71, KC-135R 58-0086 (ae0450), diverted into Lajes on Sunday.";
    let r = read(text, parse_date("2026-03-09"));
    assert!(
        r.entities
            .iter()
            .any(|e| e.kind == crate::article::EntityKind::Icao24 && e.value == "ae0450"),
        "{:?}",
        r.entities
    );
    // Not a word in brackets after a noun.
    let text = "Headline\n\nThe jet (decade old) landed in Lajes on Sunday.";
    let r = read(text, parse_date("2026-03-09"));
    assert!(
        r.entities
            .iter()
            .all(|e| e.kind != crate::article::EntityKind::Icao24)
    );
}

#[test]
fn greek_islands_as_english_copy_spells_them() {
    let text = "Headline\n\nA C-27J Spartan of the Hellenic Air Force took off at 22:10 on \
                Monday from Elefsina and landed at Lemnos airport shortly after 23:15.";
    let got = claims(text, "2023-09-12");
    assert!(
        got.iter().any(|c| c.starts_with("arrival LGLM 2023-09-11")),
        "{got:?}"
    );
    let text = "Headline\n\nThe Falcon 7X landed in Rhodes on Monday.";
    assert_eq!(claims(text, "2023-09-12"), ["arrival LGRP 2023-09-11 FA7X"]);
}

#[test]
fn a_military_serial_number_in_digits_is_the_aircrafts_mark() {
    let text = "Headline\n\nA C-27J Spartan of the Hellenic Air Force, serial number 4121, took \
                off at 22:10 on Monday from Elefsina.";
    assert_eq!(
        claims(text, "2023-09-12"),
        ["departure LGEL 2023-09-11 C27J 4121"]
    );
}

#[test]
fn a_spanish_air_force_serial_is_a_mark() {
    let text = "Headline\n\nA Spanish Air Force A400M (T.23-05) touched down in Djibouti on \
                Monday.";
    assert_eq!(
        claims(text, "2023-04-25"),
        ["arrival HDAM 2023-04-24 A400 T.23-05"]
    );
}

#[test]
fn a_state_serial_beside_an_aircraft_noun_is_its_mark() {
    let text = "Headline\n\nThe backup aircraft, 80-1111, touched down at Haneda on Saturday.";
    let r = read(text, parse_date("2026-02-08"));
    assert!(
        r.entities
            .iter()
            .any(|e| e.kind == crate::article::EntityKind::Registration && e.value == "80-1111"),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_place_joined_to_a_lowercase_word_is_an_adjective() {
    let text = "Headline\n\nA second group arrived on a U.S.-contracted Airbus A320 with the tail \
                number N278GX. That plane took off from Harlingen, Texas, on Thursday.";
    let got = claims(text, "2025-03-29");
    assert_eq!(got, ["departure KHRL 2025-03-27 A320 N278GX"]);
    // Not a Moscow-bound flight, nor Vnukovo-2.
    let text = "Headline\n\nThe Il-96 reached Vnukovo-2 at 18:40 on Monday.";
    assert_eq!(claims(text, "2023-02-28"), ["arrival UUWW 2023-02-27 IL96"]);
}

#[test]
fn ankaras_air_base_and_a_bracketed_serial() {
    let text = "Headline\n\nA C-160 aircraft (69-031) took off from Kayseri on Tuesday, 15 \
                November. An A400M landed in the evening of 17 November at Mürted (Akıncı) Air \
                Base in Ankara.";
    assert_eq!(
        claims(text, "2022-11-18"),
        [
            "departure LTAU 2022-11-15 C160 69-031",
            "arrival LTAE 2022-11-17 A400"
        ]
    );
}

#[test]
fn a_chinese_mark_of_digits_and_letters() {
    let text = "Headline\n\nThe replacement Airbus A321, registered B-305D, took off from \
                Chengdu Tianfu at 10:20 on Tuesday.";
    let got = claims(text, "2022-05-11");
    assert!(got.iter().any(|c| c.ends_with("A321 B-305D")), "{got:?}");
    // A bomber's designation stays a type.
    let r = read(
        "Headline\n\nA B-52H landed at Fairford on Tuesday.",
        parse_date("2022-05-11"),
    );
    assert!(
        r.entities
            .iter()
            .all(|e| e.kind != crate::article::EntityKind::Registration)
    );
}

#[test]
fn a_country_owning_an_institution_says_nothing_of_the_storys_country() {
    let text = "Headline\n\nA US Air Force C-17 is on the ground at Nevatim. An Israir A320 took \
                off from Ben Gurion at 09:21 and landed in Rome at 12:40.";
    let got = claims(text, "2024-04-14");
    assert!(got.iter().any(|c| c.starts_with("arrival LIRF")), "{got:?}");
}

#[test]
fn an_incident_digest_dates_its_story_by_the_headline() {
    // The headline's one day and designator ("A21N") date the body; the
    // flight number ("F9-1281") is the flight's callsign; "stopped the climb" is
    // no stop (its presence at Denver had hidden the departure); Orlando is its
    // International Airport, not Sanford.
    let text = "Incident: Frontier A21N at Denver on Mar 3rd 2025, engine vibrations\n\nA \
                Frontier Airlines Airbus A321-200N, registration N617FR performing flight \
                F9-1281 from Denver,CO to Orlando,FL (USA), departed Denver's runway 34L. The \
                crew stopped the climb at FL200 and decided to return to Denver.\n\nA \
                replacement A321-200N registration N613FR reached Orlando with a delay.";
    let got = claims(text, "2025-03-05");
    assert!(
        got.contains(&"departure KDEN 2025-03-03 A21N N617FR F91281".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"arrival KMCO 2025-03-03 A21N N613FR".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_rejected_takeoff_and_a_return_to_the_apron_are_no_flight() {
    let text = "Incident: Wizz A21N at Katowice on Mar 3rd 2025, rejected takeoff\n\nA Wizz Air \
                Airbus A321-200N, registration HA-LVQ performing flight W6-3301 from Katowice to \
                Eindhoven, was accelerating for takeoff from Katowice's runway 27 when the crew \
                rejected takeoff after a bird struck the left hand engine. The aircraft returned \
                to the apron.";
    let got = claims(text, "2025-03-05");
    assert!(
        got.iter()
            .all(|c| !c.starts_with("departure") && !c.starts_with("arrival")),
        "{got:?}"
    );
}

#[test]
fn the_faas_short_forms_name_an_airport() {
    // The table files KTKI as "Mckinney Ntl Airport".
    let text = "Headline\n\nAgents seized the jet on September 9, 2024, while it was parked at \
                McKinney National Airport.";
    assert_eq!(claims(text, "2025-02-19"), ["presence KTKI 2024-09-09 -"]);
}

#[test]
fn a_bases_name_of_common_words() {
    // The table files KNCA as "New River Mcas (Mccutcheon Field) Airport":
    // two common words, one name with the station's.
    let text = "Headline\n\nLOBO24 had left MCAS New River at 0525Z on Friday.";
    let got = claims(text, "2025-06-21");
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KNCA 2025-06-20")),
        "{got:?}"
    );
}

#[test]
fn to_the_capital_from_abroad_is_the_datelines_capital() {
    // A Spanish-language dateline ("Guatemala City.-"), and a trip from a
    // US town "to the capital": Guatemala's, not Washington.
    let text = "Headline\n\nGuatemala City.- Two flights landed this Thursday at the base. A \
                C-17 made the trip from Brownsville, Texas, to the capital.";
    let got = claims(text, "2025-05-23");
    assert!(
        got.iter().any(|c| c.starts_with("route KBRO>MGGT")),
        "{got:?}"
    );
}

#[test]
fn a_region_is_no_airport_and_confins_is_belo_horizontes() {
    let text = "Headline\n\nThe deportees landed at Confins, in the Metropolitan Region of Belo \
                Horizonte, on Saturday.";
    let r = read(text, parse_date("2025-07-20"));
    let places: Vec<&str> = r
        .entities
        .iter()
        .filter(|e| e.kind == crate::article::EntityKind::Place)
        .map(|e| e.value.as_str())
        .collect();
    assert!(places.contains(&"SBCF"), "{places:?}");
    assert!(!places.contains(&"LEMI"), "{places:?}");
}

#[test]
fn a_flight_log_table_and_the_trips_named_again() {
    // A short state mark after "registration" (T-01, and Chile's bare
    // 985); a row marked cancelled; "the trip to Lima" is the row's flight
    // named again, and "two days later" counts from the trip to
    // Antofagasta.
    let text = "Headline\n\nThe Air Force listed the flights made in May by the Boeing \
                767-300ER with registration 985.\n\n| Date | Route | Passengers |\n|---|---|---|\n\
                | 12/05/2025 | Santiago – Lima | 48 |\n| 23/05/2025 | Santiago – Antofagasta | 35 \
                |\n| 28/05/2025 | Santiago – Brasília (cancelled) | – |\n\nThe trip to Lima \
                corresponded to the summit with Peru. The trip to Antofagasta ended with the \
                aircraft returning empty to Santiago two days later.";
    assert_eq!(
        claims(text, "2025-06-10"),
        [
            "route SCEL>SPJC 2025-05-12 B763 985",
            "route SCEL>SCFA 2025-05-23 B763 985",
            "arrival SCEL 2025-05-25 B763 985"
        ]
    );
    let r = read(
        "Headline\n\nThe Boeing 757 with registration T-01 took off on Friday from Aeroparque.",
        parse_date("2025-09-30"),
    );
    assert!(r.entities.iter().any(|e| e.value == "T-01"));
}

#[test]
fn a_table_header_with_a_bracketed_qualifier() {
    let text = "Headline\n\nThe tour was flown by the Tupolev Tu-214 RA-64539.\n\n| Date (2025) | \
                From | To | Callsign |\n|---|---|---|---|\n| 24 May | Moscow Vnukovo | Baku \
                Heydar Aliyev | RSD614 |\n";
    assert_eq!(
        claims(text, "2025-05-30"),
        ["route UUWW>UBBB 2025-05-24 T204 RA-64539 RSD614"]
    );
}

#[test]
fn people_who_crossed_are_not_the_aircraft() {
    let text = "Headline\n\nAn Indian Air Force C-17 has brought home 212 nationals who had \
                crossed from Lebanon to Cyprus. It flew from Hindan air base on Thursday to \
                Larnaca.";
    let got = claims(text, "2024-10-05");
    assert_eq!(got, ["route VIDX>LCLK 2024-10-03 C17"], "{got:?}");
}

#[test]
fn a_clock_time_with_its_suffix_breaks_no_clause() {
    // "9:15am" had made its colon a clause break, so "this morning" went
    // to the landing after it. Enugu's airport the table files as "Enegu".
    let text = "Headline\n\nThe Air Peace Boeing 737-500 5N-BVX departed Lagos at 7:48pm on \
                Tuesday and landed in Port Harcourt at 9:40pm. \"The aircraft left Port Harcourt at 9:15am this morning and arrived in \
                Enugu at 10:05am,\" the statement added.";
    let got = claims(text, "2025-08-20");
    assert!(
        got.contains(&"departure DNPO 2025-08-20 B735 5N-BVX".to_string()),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.contains("DNEN 2025-08-20")), "{got:?}");
}

#[test]
fn a_departure_told_again_as_a_time() {
    let text = "Headline\n\nOn 24 August the Ilyushin Il-76, registration EX-76105, flew from \
                Kufra to Nyala. Its transponder was switched off shortly after it left Kufra.";
    assert_eq!(
        claims(text, "2025-09-01"),
        ["route HLKF>HSNN 2025-08-24 IL76 EX-76105"]
    );
}

#[test]
fn a_traveller_aboard_a_named_aircraft_moves_it() {
    let text = "Headline\n\nThe Airbus A330-200 of the President, registered 5N-FGZ, took off \
                from Abuja at 2:41pm on Monday. In a related development, Vice President Kashim \
                Shettima on Saturday flew into Kano aboard the Gulfstream 550, 5N-FGU, for a \
                wedding.";
    let got = claims(text, "2024-09-03");
    assert!(
        got.contains(&"arrival DNKN 2024-08-31 GLF5 5N-FGU".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_possessor_citys_airport_of_that_name() {
    let text = "Headline\n\nData show the Kenya Air Force Fokker 70 KAF311 leaving Mombasa's Moi \
                International Airport at 8.05am on Monday.";
    let got = claims(text, "2025-07-15");
    assert!(
        got.iter().any(|c| c.starts_with("departure HKMO")),
        "{got:?}"
    );
}

#[test]
fn a_capital_over_a_namesake_whose_country_comes_later() {
    // The United States is named only at the end, after Athens: Athens is
    // Greece's. (Santiago in a story that has named Cuba stays Cuba's: the
    // capital rule wants no other option's country named before.)
    let text = "Headline\n\nLast Sunday the King flew the government aircraft PH-GOV from Athens \
                back to Eindhoven. In September the royal couple are due to fly to the United \
                States.";
    let got = claims(text, "2025-08-20");
    assert!(
        got.iter().any(|c| c.starts_with("route LGAV>EHEH")),
        "{got:?}"
    );
}

#[test]
fn a_tables_day_and_month_by_the_documents_way_and_a_country_at_an_arrow() {
    // "10/03" could be either; the table's "13/03" says day first. And
    // "→ Djibouti" is the country's one airport, as "to Djibouti" is.
    let text = "Headline\n\n| Day | Aircraft | Route |\n|---|---|---|\n| Mon. 10/03 | Falcon \
                2000LX F-RAFC | Villacoublay → Djibouti |\n| Thu. 13/03 | Falcon 7X F-RAFA | \
                Toulouse-Blagnac → Villacoublay |\n";
    assert_eq!(
        claims(text, "2025-03-14"),
        [
            "route LFPV>HDAM 2025-03-10 F2TH F-RAFC",
            "route LFBO>LFPV 2025-03-13 FA7X F-RAFA"
        ]
    );
}

#[test]
fn a_luftwaffe_serial_after_registration() {
    let text = "Headline\n\nThe A350 with military registration 10+03 landed at Stuttgart on \
                Wednesday.";
    assert_eq!(
        claims(text, "2025-09-18"),
        ["arrival EDDS 2025-09-17 A359 10+03"]
    );
}

#[test]
fn the_air_base_beside_a_citys_airport_ends_the_route() {
    let text = "Headline\n\nThe Gulfstream G550 with tail number 0202 flew them from Warsaw to \
                the military side of Brussels airport, Melsbroek, landing there at 13:15 on \
                Thursday.";
    assert_eq!(
        claims(text, "2025-03-07"),
        ["route EPWA>EBMB 2025-03-06 GLF5 0202"]
    );
}

#[test]
fn the_city_base_is_the_air_base_named_before() {
    let text = "Headline\n\nThe Falcon had to return to Torrejón de Ardoz air base. The aircraft \
                left the Madrid base shortly before 16:45 on Wednesday.";
    assert_eq!(claims(text, "2025-04-17"), ["departure LETO 2025-04-16 -"]);
}

#[test]
fn greenlands_capital_and_a_traveller_aboard_the_same_air_force_jet() {
    let text = "Headline\n\nThe Challenger 604, serial C-080, made a refuelling stop at \
                Kangerlussuaq on Friday. From there it was a short hop south to the capital, \
                where the aircraft landed at 12:40 local time.";
    let got = claims(text, "2025-06-02");
    assert!(
        got.iter()
            .any(|c| c.starts_with("route BGSF>BGGH 2025-05-30")),
        "{got:?}"
    );
    let text = "Headline\n\nOn Sunday the King and a small delegation flew back from Nuuk to \
                Copenhagen aboard the same air force jet, a Challenger 604.";
    let got = claims(text, "2025-06-02");
    assert!(
        got.iter()
            .any(|c| c.starts_with("route BGGH>EKCH 2025-06-01")),
        "{got:?}"
    );
}

#[test]
fn a_lead_journey_dates_the_story_and_a_comparison_plans_nothing() {
    // "longer than planned on Wednesday" is last Wednesday, no plan; the
    // journey's lead sets the story's day, so the pluperfect positioning
    // "the evening before" is the day before it.
    let text = "Headline\n\nENSCHEDE — FC Twente's journey to their away match in Austria took \
                considerably longer than planned on Wednesday.\n\nThe Transavia Boeing \
                737-800, registration PH-HXM, had been positioned from Schiphol to Twente \
                Airport the evening before. With the squad on board it took off from Enschede \
                at 10:40.";
    assert_eq!(
        claims(text, "2025-10-23"),
        [
            "route EHAM>EHTW 2025-10-21 B738 PH-HXM",
            "departure EHTW 2025-10-22 B738 PH-HXM"
        ]
    );
}

#[test]
fn a_number_sign_and_central_america() {
    // "No. 3" is no negation, and "Central America" is no United States.
    let text = "Headline\n\nThe aircraft was detected last Sunday by the Combat Air Command No. \
                3, as it came from Central America. It landed at Los Garzones airport in \
                Montería.";
    assert_eq!(claims(text, "2025-04-23"), ["arrival SKMR 2025-04-20 -"]);
}

#[test]
fn lisbons_airport_by_its_new_name() {
    let text = "Headline\n\nThe LOT Embraer 195 SP-LNC left Humberto Delgado airport at 23:40 \
                local time on Wednesday.";
    assert_eq!(
        claims(text, "2025-02-27"),
        ["departure LPPT 2025-02-26 E195 SP-LNC"]
    );
}

#[test]
fn people_who_plan_are_no_aircraft_pronoun() {
    // "they plan" had become an aircraft, and "The Gulfstream" after it a
    // new one of the series' default type.
    let text = "Headline\n\nThe aircraft, a Gulfstream G650 carrying the tail number N512RK, \
                landed at Lynchburg on Monday.\n\nResidents who oppose the project said they \
                plan to attend the next session on April 22.\n\nUPDATE (5:05 p.m. Tuesday): The \
                Gulfstream left Lynchburg around 4:15 p.m. Tuesday.";
    let got = claims(text, "2025-04-08");
    assert!(
        got.contains(&"departure KLYH 2025-04-08 GLF6 N512RK".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_units_number_an_idiom_and_on_the_ground_again() {
    // "Escadron de transport 60" is no aircraft (it had taken the
    // departure); "got off to a false start" is no arrival; "on the ground
    // again at Villacoublay" is the landing back.
    let text = "Headline\n\nThe Prime Minister's trip to Lyon got off to a false start on \
                Tuesday afternoon when the Falcon 7X carrying him was struck by lightning.\n\nThe \
                aircraft, F-RAFB of the air force's Escadron de \
                transport 60, left air base 107 at Villacoublay at 14:02. The Falcon was on the \
                ground again at Villacoublay six minutes after leaving it.";
    assert_eq!(
        claims(text, "2025-03-12"),
        [
            "departure LFPV 2025-03-11 FA7X F-RAFB",
            "arrival LFPV 2025-03-11 FA7X F-RAFB"
        ]
    );
}

#[test]
fn a_date_in_a_places_relative_clause_is_not_the_stays() {
    let text = "Headline\n\nThe Il-76 EW-78849 landed at Bangui M'Poko International Airport \
                shortly after 7am on Saturday. It remained on the ground at M'Poko for roughly \
                six hours, parked on the military side of the airfield where Russian \
                instructors have been based since 2018.";
    let got = claims(text, "2024-12-10");
    assert!(
        got.contains(&"presence FEFF 2024-12-07 IL76 EW-78849".to_string()),
        "{got:?}"
    );
}

#[test]
fn still_on_the_apron_at_midday_is_a_stay_where_it_landed() {
    // "at midday" is a time, not the apron's place; "the cargo apron" is the apron.
    let got = claims(
        "The Boeing 747-400F N403KZ landed at Rzeszow on Monday. By Wednesday it was still on the apron at midday.",
        "2025-01-22",
    );
    assert!(
        got.contains(&"presence EPRZ 2025-01-22 B744 N403KZ".to_string()),
        "{got:?}"
    );
    let got = claims(
        "The Boeing 747-400F TF-AMU landed at Ostend on Saturday. It was still on the cargo apron.",
        "2023-10-15",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence EBOS 2023-10-14")),
        "{got:?}"
    );
}

#[test]
fn a_monitor_list_line_with_codes_and_an_onward_leg_is_one_route() {
    // A bullet with no verb before "then on to", codes in brackets, and the
    // operator's name in the apposition ("a GlobalX Airbus A320").
    let text = "Flights the monitor logged last week included:\n\n\
        - Wed., Nov. 5 — N627VA, a GlobalX Airbus A320, Harlingen (HRL) to San Pedro Sula (SAP), then on to Tegucigalpa (TGU).\n\
        - Thu., Nov. 6 — N436US, a Boeing 737-400, Miami (MIA) to Port-au-Prince (PAP).\n\
        - Sat., Nov. 8 — N318XA, Brownsville (BRO) to San Salvador (SAL).\n";
    let got = claims(text, "2025-11-10");
    assert!(
        got.contains(&"route KHRL>MHLM>MHTG 2025-11-05 A320 N627VA".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"route KMIA>MTPP 2025-11-06 B734 N436US".to_string()),
        "{got:?}"
    );
    // "(SAL)" is San Salvador's code, not the island of Sal; "Sat." is no stay.
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KBRO>MSLP 2025-11-08")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.contains("GVAC") || c.starts_with("presence")),
        "{got:?}"
    );
}

#[test]
fn a_city_with_its_airport_in_brackets_is_that_airport() {
    let got = claims(
        "The state's King Air 350, N350MI, flew the governor on these trips:\n\n\
         | Date | Route | Passengers |\n\
         |---|---|---|\n\
         | Sept. 17 | Lansing – Washington (Reagan National) | Governor, 3 staff |\n",
        "2026-10-26",
    );
    assert_eq!(
        got,
        vec!["route KLAN>KDCA 2026-09-17 B350 N350MI".to_string()]
    );
    // Detroit's in-town field by its old name, not Marine City's.
    let got = claims(
        "The King Air landed at Detroit City Airport on Monday.",
        "2026-10-10",
    );
    assert_eq!(got, vec!["arrival KDET 2026-10-05 BE20".to_string()]);
}

#[test]
fn canadian_designations_and_a_province_after_a_comma() {
    // "CC-130H" is the Hercules (not a Chilean registration); "Alta." is
    // Alberta, not Alta in Norway; "landed in Alta" still is.
    let got = claims(
        "On Monday an RCAF CC-130H Hercules flew 27 people from Hay River to Fort McMurray, Alta., \
         and landed back in Hay River that night.",
        "2026-08-12",
    );
    assert!(
        got.iter()
            .any(|c| c == "route CYHY>CYMM>CYHY 2026-08-10 C130"
                || c == "route CYHY>CYMM 2026-08-10 C130"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.contains("ENAT") || c.contains("CC-130H")),
        "{got:?}"
    );
    let got = claims("The Widerøe Dash 8 landed in Alta on Monday.", "2026-08-12");
    assert_eq!(got, vec!["arrival ENAT 2026-08-10 DH8D".to_string()]);
}

#[test]
fn a_short_name_of_an_airport_the_story_names_is_that_airport() {
    // "Stewart" alone is a town in British Columbia (CZST); here it is the
    // New York airport the story names in full, before or after.
    let got = claims(
        "Business jet diverts to Stewart\n\n\
         A Gulfstream IV, N417RJ, that left Teterboro on Tuesday morning landed at New York \
         Stewart International Airport. The Gulfstream was still at Stewart in the evening.",
        "2025-08-20",
    );
    assert!(got.iter().all(|c| !c.contains("CZST")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival KSWF 2025-08-19")
            || c.starts_with("route KTEB>KSWF 2025-08-19")),
        "{got:?}"
    );
}

#[test]
fn still_sat_on_the_apron_is_a_stay_where_it_landed_not_where_it_had_stopped() {
    // "where it had stopped for fuel" looks back: the freighter is at Clark.
    let got = claims(
        "The An-124 UR-82009 landed at Clark International Airport on Thursday after a flight from \
         Tashkent, where it \
         had stopped for fuel. On Friday the Ruslan still sat on the cargo apron.",
        "2023-09-23",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence RPLC 2023-09-22")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.starts_with("presence UZTT 2023-09-22")),
        "{got:?}"
    );
}

#[test]
fn a_live_page_entry_under_its_own_clock_time_is_told_on_the_page_day() {
    // The entry before went back to Wednesday; the next stamp is Thursday again.
    let text = "Live: storm closes Florida airports\n\n\
        Thursday, Oct. 8, 2026 — Updated all day. Times are Eastern.\n\n\
        9:30 a.m.\n\n\
        The base says its tankers have gone. The last, tail 58-0086, left MacDill at 9:14 p.m. \
        Wednesday for McConnell Air Force Base.\n\n\
        11:50 a.m.\n\n\
        The NOAA WP-3D Orion N44RF took off from Lakeland Linder International Airport at 11:20 a.m.\n";
    let got = claims(text, "2026-10-08");
    assert!(
        got.contains(&"departure KMCF 2026-10-07 58-0086".to_string())
            || got
                .iter()
                .any(|c| c.starts_with("departure KMCF 2026-10-07")),
        "{got:?}"
    );
    assert!(
        got.contains(&"departure KLAL 2026-10-08 P3 N44RF".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_presidential_visit_told_with_codes_a_second_aircraft_and_an_update() {
    let text = "Air Force One lands at MSP\n\n\
        MINNEAPOLIS — Air Force One landed at Minneapolis–St. Paul International Airport on \
        Wednesday afternoon.\n\n\
        An Air Force C-17 with the motorcade flew in from Joint Base Andrews on Monday evening, \
        and a second C-17 landed at MSP on Tuesday.\n\n\
        UPDATE 6:18 p.m.: Air Force One took off from MSP at 6:11 p.m.\n";
    let got = claims(text, "2025-10-01");
    // "MSP", the airport the story named; the second C-17 is no leg of the first's.
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival KMSP 2025-09-30 C17")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.starts_with("route KADW>KMSP 2025-09-30")),
        "{got:?}"
    );
    // The update's clock time is the page's day, not the Tuesday told before it.
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KMSP 2025-10-01")),
        "{got:?}"
    );
}

#[test]
fn a_push_back_is_a_departure_unless_the_take_off_is_told_too() {
    let got = claims(
        "Flight 1187 had pushed back from Los Angeles International Airport shortly after 6 p.m. on Thursday.",
        "2025-03-07",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KLAX 2025-03-06")),
        "{got:?}"
    );
    let got = claims(
        "The A350-900 N512DN pushed back from O.R. Tambo International at 20:05 and took off at 20:31 on Saturday.",
        "2026-02-23",
    );
    assert_eq!(
        got,
        vec!["departure FAOR 2026-02-21 A359 N512DN".to_string()]
    );
}

#[test]
fn home_from_a_visit_to_a_place_is_no_arrival_there() {
    // "from a … visit to Japan", "from a regional summit in Ghana": where the
    // traveller came back from.
    for text in [
        "The Airbus A350-900 RP-C3507 carrying the President arrived home on Sunday afternoon from a five-day state visit to Japan.",
        "The Legacy 600 9H-VFH carrying the President, who was returning on Sunday from a regional summit in Ghana, landed at Lungi.",
    ] {
        let got = claims(text, "2026-05-11");
        assert!(
            !got.iter().any(|c| c.contains("RJTT")
                || c.contains("DGAA")
                || c.contains(" JP ")
                || c.contains(" GH ")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_arrival_and_departure_named_in_passing_are_no_claims() {
    let got = claims(
        "On Tuesday an Air Force C-17 flew in to Allegheny County Airport from Joint Base Andrews. \
         Tenants were told to expect a ground stop of about an hour around the arrival and departure.",
        "2026-09-11",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_departure_looked_back_on_from_a_landing_is_not_from_where_it_landed() {
    let got = claims(
        "The Falcon 900LX 9H-VQT left Haneda at 11:36 p.m. on Saturday. Having crossed the date \
         line, the jet touched down at Los Angeles International Airport at 3:38 p.m. on Saturday, \
         eight hours by the clock before it had departed.",
        "2026-02-08",
    );
    assert!(
        !got.iter().any(|c| c.starts_with("departure KLAX")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KLAX 2026-02-07")
            || c.starts_with("route RJTT>KLAX 2026-02-07")),
        "{got:?}"
    );
}

#[test]
fn a_day_in_the_reports_added_clause_is_not_the_movements() {
    let got = claims(
        "NAIROBI, Jan 19 (Reuters) - A Fokker 50, 5Y-JXN, landed on its belly at Jomo Kenyatta \
         International Airport on Sunday. Inbound flights were diverted to Mombasa, the airline said, \
         adding that passengers should expect delays into Monday.",
        "2025-01-19",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival HKMO 2025-01-19")),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("2025-01-13")), "{got:?}");
}

#[test]
fn a_registration_without_its_hyphen_in_brackets_after_the_type() {
    let got = claims(
        "An Air India Express Boeing 737-800 (VTAXH) made an emergency landing at Karachi on Sunday.",
        "2023-08-20",
    );
    assert_eq!(got, vec!["arrival OPKC 2023-08-20 B738 VT-AXH".to_string()]);
}

#[test]
fn a_luftwaffe_serial_after_serial_number_and_a_flight_back_from_talks() {
    let got = claims(
        "An Airbus A319 of the Luftwaffe landed at Leipzig/Halle airport on Monday evening. The \
         aircraft, serial number 15+02, was on a positioning flight.",
        "2025-07-22",
    );
    assert_eq!(got, vec!["arrival EDDP 2025-07-21 A319 15+02".to_string()]);
    // "flew the minister home from a summit in Warsaw": from Warsaw.
    let got = claims(
        "On Monday the A319 15+02 flew the minister home from a summit in Warsaw.",
        "2025-07-22",
    );
    assert!(
        !got.iter()
            .any(|c| c.starts_with("arrival EPWA") || c.contains(">EPWA")),
        "{got:?}"
    );
}

#[test]
fn an_airport_after_from_in_the_subject_is_where_the_aircraft_came_from() {
    let got = claims(
        "The Ilyushin Il-76 RA-78817 from Hmeimim landed at Vnukovo on Friday.",
        "2025-05-17",
    );
    assert_eq!(
        got,
        vec!["route OSLK>UUWW 2025-05-16 IL76 RA-78817".to_string()]
    );
    // Not the service planned, nor a fleet's home.
    for text in [
        "A SpiceJet Boeing 737 from Kolkata to Bagdogra was diverted on Friday and landed at \
         Guwahati instead.",
        "A China Southern Boeing 787-8 due in from Guangzhou landed in Christchurch on Friday.",
        "Two aircraft from Vnukovo's VIP fleet landed at Pulkovo on Friday.",
    ] {
        let got = claims(text, "2025-05-17");
        assert!(
            got.iter().all(|c| !c.starts_with("route")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_lead_about_a_storm_tells_the_day_of_the_diversions_after_it() {
    let got = claims(
        "KATHMANDU: A hailstorm disrupted flights at Tribhuvan International Airport on Friday \
         afternoon. A Yeti Airlines flight from Nepalgunj landed at Bhairahawa instead.",
        "2025-05-17",
    );
    assert_eq!(got, vec!["route VNNG>VNBW 2025-05-16 -".to_string()]);
}

#[test]
fn an_airline_flight_number_written_apart_names_the_flight() {
    let got = claims(
        "Qatar Airways flight QR 652, also from Doha, was diverted to Kolkata on Friday.",
        "2025-05-17",
    );
    assert_eq!(got, vec!["route OTHH>VECC 2025-05-16 QR652".to_string()]);
}

#[test]
fn which_after_a_flights_origin_is_the_flight() {
    let got = claims(
        "Storm Fionn sent flights to Shannon on Saturday. The diverted flights included:\n\n\
         - Aer Lingus EI 155 from London Heathrow, which landed at 15.42\n\
         - Ryanair FR 7124 from Gdansk, which landed at 17.05",
        "2026-01-25",
    );
    assert!(
        !got.iter()
            .any(|c| c.starts_with("arrival EGLL") || c.starts_with("arrival EPGD")),
        "{got:?}"
    );
}

#[test]
fn a_written_answers_table_of_raf_flights() {
    // "RAF" opens the base's name (not Rafaela's code), the serial in
    // brackets is British, and a round trip keeps the order it is told in.
    let got = claims(
        "Date | Aircraft | Route\n\
         27 January 2026 | Envoy IV (ZE395) | RAF Northolt – Vilnius – Tallinn – RAF Northolt",
        "2026-02-05",
    );
    assert_eq!(
        got,
        vec!["route EGWU>EYVI>EETN>EGWU 2026-01-27 F900 ZE395".to_string()]
    );
}

#[test]
fn a_live_pages_entry_after_yesterdays_is_the_pages_day_again() {
    let got = claims(
        "08:40 BST\nAdvance team in place\n\nAn RAF A400M Atlas, serial ZM412, flew the team from \
         Brize Norton to Riga yesterday.\n\n12:31 BST\nWheels down\n\nThe RAF Voyager ZZ336 has \
         landed at Riga International Airport.",
        "2026-07-07",
    );
    assert!(
        got.contains(&"arrival EVRA 2026-07-07 A332 ZZ336".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_table_of_landings_under_its_heading() {
    // A "Landed" column dates the rows; the heading line and the header
    // row tell nothing; a row "scheduled" is a plan; Madinah is Medina.
    let got = claims(
        "Return flights began on Tuesday, bringing 1,540 pilgrims back to Bangladesh, said the \
         control room at Hazrat Shahjalal International Airport.\n\nFlights that landed on 17 \
         June:\n\n\
         | Flight | Aircraft | From | To | Landed (local) |\n\
         |---|---|---|---|---|\n\
         | BG 3204 | Boeing 787-8 (S2-AJS) | Madinah | Dhaka | 17 June, 11:45 |\n\
         | BG 3106 | Boeing 777-300ER | Jeddah | Dhaka | scheduled 17 June, 23:30 |",
        "2025-06-18",
    );
    assert_eq!(
        got,
        vec!["route OEMA>VGHS 2025-06-17 B788 S2-AJS".to_string()]
    );
}

#[test]
fn another_flight_number_after_a_landing_is_another_flight() {
    let got = claims(
        "The Emirates Boeing 777 A6-ECM, flying as EK650, landed at Mattala on Sunday. Flight \
         6E1173 from Chennai diverted to Trivandrum on Sunday.",
        "2025-04-14",
    );
    assert_eq!(
        got,
        vec![
            "arrival VCRI 2025-04-13 B77W A6-ECM EK650".to_string(),
            "route VOMM>VOTV 2025-04-13 6E1173".to_string()
        ]
    );
}

#[test]
fn most_of_them_women_are_people_not_aircraft() {
    let got = claims(
        "An Indian Air Force C-17 Globemaster III airlifted 188 people, most of them women, out \
         of Sudan this week, the ministry said on Friday. The aircraft, tail number CB-8005, got \
         airborne from Hindan air base on June 18.",
        "2025-06-20",
    );
    assert_eq!(
        got,
        vec!["departure VIDX 2025-06-18 C17 CB-8005".to_string()]
    );
}

#[test]
fn flew_on_to_land_tells_the_landing() {
    let got = claims(
        "The C-17 flew through the darkness to land at Jeddah on June 19.",
        "2025-06-20",
    );
    assert_eq!(got, vec!["arrival OEJN 2025-06-19 C17".to_string()]);
    // (A plan between them is still a plan.)
    let got = claims(
        "The C-17 flew on from Hindan on June 19 and was due to land at Jeddah.",
        "2025-06-20",
    );
    assert!(!got.iter().any(|c| c.contains("OEJN")), "{got:?}");
}

#[test]
fn a_clause_after_while_has_its_own_places() {
    let got = claims(
        "On Saturday a SpiceJet Boeing 737 from Bengaluru was diverted to Lucknow, while an \
         IndiGo Airbus A320 from Pune landed at Jaipur.",
        "2025-12-28",
    );
    assert!(
        got.contains(&"route VOBL>VILK 2025-12-27 B737".to_string())
            && got.contains(&"route VAPO>VIJP 2025-12-27 A320".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_hyphenated_flight_number_names_the_flight() {
    let got = claims(
        "On Thursday, Saudia flight SV-3713 carried 382 pilgrims from Karachi's Jinnah \
         International Airport to Jeddah. The first flight had left Allama Iqbal International \
         Airport in Lahore early that morning.",
        "2025-05-02",
    );
    assert!(
        got.contains(&"route OPKC>OEJN 2025-05-01 SV3713".to_string()),
        "{got:?}"
    );
    // ("Allama Iqbal": Lahore's airport, which the table spells "Alama".)
    let got = claims(
        "The PIA Boeing 777 AP-BMH left Allama Iqbal International Airport for Madinah early \
         Thursday.",
        "2025-05-02",
    );
    assert_eq!(
        got,
        vec!["departure OPLA 2025-05-01 B77W AP-BMH".to_string()]
    );
}

#[test]
fn for_about_52_hours_before_returning_is_a_stay_of_two_days() {
    let got = claims(
        "The Airbus A321-200N VT-IUX returned to Mumbai on 3 November. The aircraft remained on \
         the ground in Mumbai for about 52 hours before returning to service.",
        "2025-11-10",
    );
    assert!(
        got.contains(&"presence VABB 2025-11-03/2025-11-05 A21N VT-IUX".to_string()),
        "{got:?}"
    );
}

#[test]
fn an_air_ambulance_charitys_county_is_no_place() {
    let got = claims(
        "The Cornwall Air Ambulance helicopter landed in a field above the cliffs on Saturday.",
        "2026-06-14",
    );
    assert!(!got.iter().any(|c| c.contains("CYCC")), "{got:?}");
}

#[test]
fn by_scheduled_flight_is_no_flight_of_the_aircraft() {
    let got = claims(
        "On Monday the Learjet 45, serial 258, flew the Tánaiste from Baldonnel to Brussels, \
         returning him to Dublin by scheduled flight.",
        "2026-03-17",
    );
    assert!(!got.iter().any(|c| c.contains("EIDW")), "{got:?}");
}

#[test]
fn a_tally_of_ten_aircraft_is_no_movement() {
    let got = claims(
        "Counting Saturday's, around ten Mahan aircraft have now come to Paraguaná.",
        "2022-05-09",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_icao_code_beside_a_preposition_or_bracket_is_that_airport() {
    assert_eq!(
        claims(
            "The C-17A 10-0213 landed at EGUN from KDOV on Monday.",
            "2026-03-15"
        ),
        ["route KDOV>EGUN 2026-03-09 C17 10-0213"]
    );
    // ("OIII Mehrabad": the name beside the code says it once.)
    assert_eq!(
        claims(
            "Headline\n\nSat 02 Sep – IL76 EPSRD – OIII Mehrabad → URWA Astrakhan – off 04:11Z, \
             on 06:55Z",
            "2023-09-10"
        ),
        ["route OIII>URWA 2023-09-02 IL76 EP-SRD"]
    );
    // After a verb of leaving too.
    assert_eq!(
        claims(
            "The Il-76 RA-78788 left UUMU at 03:55Z on Monday.",
            "2026-03-15"
        ),
        ["departure UUMU 2026-03-09 IL76 RA-78788"]
    );
    // An acronym that is also a field's code is no place.
    let got = claims(
        "Officials from FAAN said the jet landed in Abuja on Monday.",
        "2026-03-15",
    );
    assert!(!got.iter().any(|c| c.contains("FAAN")), "{got:?}");
}

#[test]
fn a_spotters_log_line_is_a_movement_at_the_logs_base() {
    let text = "Ramstein log Thu 7 May (rwy 26)\n\nAll times Z.\n\n0712 arr C-17A 02-1109 \
                RCH811 ex KCHS\n\n0930 dep C-5M 87-0037 RCH203 for OTBH\n\n1105 arr A400M \
                54+09 GAF914 ex Wunstorf\n\n1320 dep A400M 54+09 as GAF915";
    assert_eq!(
        claims(text, "2026-05-08"),
        [
            "route KCHS>ETAR 2026-05-07 C17 02-1109 RCH811",
            "route ETAR>OTBH 2026-05-07 C5M 87-0037 RCH203",
            "route ETNW>ETAR 2026-05-07 A400 54+09 GAF914",
            "departure ETAR 2026-05-07 A400 54+09 GAF915"
        ]
    );
    // A forum post's header dates the log below it; "RAF" heads the base.
    let text = "RAF Mildenhall movements - w/e 14th March\n\nphil - Sat 14th Mar 2026, 19:12\n\n\
                My log, times Z:\n\n0914 arr C-17A 10-0213 RCH285, ex KDOV\n\n1040 dep \
                KC-135R 63-8871 QID71, local sortie";
    assert_eq!(
        claims(text, "2026-03-15"),
        [
            "route KDOV>EGUN 2026-03-14 C17 10-0213 RCH285",
            "departure EGUN 2026-03-14 K35R 63-8871 QID71"
        ]
    );
    // Not "arr" or "dep" told otherwise.
    assert!(
        claims("The Dep. Minister landed in Riga on Monday.", "2026-03-15")
            .iter()
            .all(|c| c.contains("EVRA"))
    );
}

#[test]
fn a_base_logs_table_row_with_one_end_has_the_base_for_the_other() {
    let text = "Jasionka weekly: movements 9-15 February\n\nAnother week at Rzeszów-Jasionka \
                (EPRZ/RZE). Times are Z.\n\n| Day | Time | Type | Reg/serial | C/s | From | To \
                |\n|---|---|---|---|---|---|---|\n| Mon 9 | 0641 | Boeing C-17A Globemaster III | \
                07-7182 | RCH417 | KDOV | |\n| Wed 11 | 1540 | Airbus A400M | 54+12 | GAF682 | | \
                ETNW |";
    assert_eq!(
        claims(text, "2026-02-16"),
        [
            "route KDOV>EPRZ 2026-02-09 C17 07-7182 RCH417",
            "route EPRZ>ETNW 2026-02-11 A400 54+12 GAF682"
        ]
    );
}

#[test]
fn base_aerea_de_a_city_is_that_citys_field() {
    // (Not Anápolis's field, filed as "Base Aerea Airport".)
    assert_eq!(
        claims(
            "The VC-1A took off from the Base Aérea de Brasília at 9h20 on Monday.",
            "2026-04-14"
        ),
        ["departure SBBR 2026-04-13 A319"]
    );
}

#[test]
fn a_timeline_list_of_city_pairs_is_the_storys_aircrafts_flights() {
    let text = "The freighter's month\n\nThe Boeing 747-300 YV3541 flew far in March.\n\nThe \
                month of YV3541\n\n- 2 March: Caracas – Tehran (from Maiquetía to Imam \
                Khomeini), with a crew of 16.\n- 5 March: Tehran – Moscow (Imam Khomeini to \
                Vnukovo).";
    assert_eq!(
        claims(text, "2025-04-02"),
        [
            "route SVMI>OIIE 2025-03-02 B743 YV3541",
            "route OIIE>UUWW 2025-03-05 B743 YV3541"
        ]
    );
}

#[test]
fn a_logs_movement_column_says_arr_or_dep_and_the_other_end() {
    let text = "MK weekly: Mihail Kogălniceanu movements, 15-21 September\n\nOur members' log for \
                the week. Times in Z.\n\n| Date | Time | Type | Reg | C/s | Movement \
                |\n|---|---|---|---|---|---|\n| Mon 15 | 0912 | E-3A Sentry | LX-N90451 | \
                NATO05 | arr ex ETNG |\n| Mon 15 | 1620 | E-3A Sentry | LX-N90451 | NATO05 | \
                dep, RTB ETNG |\n| Wed 17 | 1044 | C-27J Spartan | 2703 | | arr, local training \
                |\n| Thu 18 | 0615 | C-17A | 08-8199 | RCH527 | dep to Ramstein |";
    assert_eq!(
        claims(text, "2025-09-21"),
        [
            "route ETNG>LRCK 2025-09-15 E3TF LX-N90451 NATO05",
            "route LRCK>ETNG 2025-09-15 E3TF LX-N90451 NATO05",
            "arrival LRCK 2025-09-17 C27J 2703",
            "route LRCK>ETAR 2025-09-18 C17 08-8199 RCH527"
        ]
    );
    // A code after "from" or "to" in the cell is that field's IATA code.
    let text = "Geneva talks: the government jets, as logged from the terrace at Cointrin\n\nTimes \
                Z.\n\n| Day | Time | Aircraft | Reg | C/s | From / to |\n|---|---|---|---|---|---|\n\
                | Sun 16 | 0910 | Ilyushin Il-96-300 | RA-96022 | RSD352 | from VKO |\n| Mon 17 \
                | 0730 | Dassault Falcon 7X | F-RAFA | CTM1047 | to LBG |";
    assert_eq!(
        claims(text, "2026-08-18"),
        [
            "route UUWW>LSGG 2026-08-16 IL96 RA-96022 RSD352",
            "route LSGG>LFPB 2026-08-17 FA7X F-RAFA CTM1047"
        ]
    );
}

#[test]
fn the_older_kc_130_tankers_are_hercules() {
    assert_eq!(
        claims(
            "A Royal Moroccan Air Force KC-130H arrived at Mildenhall on Tuesday.",
            "2025-10-16"
        ),
        ["arrival EGUN 2025-10-14 C130"]
    );
}

#[test]
fn a_log_line_opening_on_its_clock_time_and_a_departure_for_a_code() {
    let text = "Shannon log - Thursday 12 June 2025\n\nAll times local.\n\n05:50 - Omni Air \
                Boeing 767-300ER N351AX arr from WRI as OAE3511, parked on the west apron.\n\n\
                07:44 - N351AX dep again as OAE3511 for KWI after fuel.\n\n0930 dep C-5M 87-0037 \
                RCH203 for OTBH";
    assert_eq!(
        claims(text, "2025-06-13"),
        [
            "route KWRI>EINN 2025-06-12 B763 N351AX OAE3511",
            // ("parked on the west apron": its stay, where it landed.)
            "presence EINN 2025-06-12 B763 N351AX OAE3511",
            "route EINN>OKKK 2025-06-12 B763 N351AX OAE3511",
            "route EINN>OTBH 2025-06-12 C5M 87-0037 RCH203"
        ]
    );
}

#[test]
fn a_landing_at_a_field_of_the_city_flown_to_ends_the_route_told_just_before() {
    assert_eq!(
        claims(
            "The VC-2, an Embraer 190, flew from Brasília to São Paulo on Monday. It landed at \
             Congonhas shortly after noon.",
            "2026-04-14"
        ),
        ["route SBBR>SBSP 2026-04-13 E190"]
    );
}

#[test]
fn a_named_airports_iata_code_after_left_is_that_airport() {
    assert_eq!(
        claims(
            "ICE615 squawking 7700 out of Keflavik\n\nIcelandair 757-200 TF-ISX, flight ICE615 \
             to JFK, just went 7700. It left KEF at 1340Z on Tuesday.",
            "2026-01-28"
        ),
        ["departure BIKF 2026-01-27 B752 TF-ISX ICE615"]
    );
}

#[test]
fn a_lower_case_dep_before_a_name_or_a_clock_time_is_a_take_off() {
    assert_eq!(
        claims(
            "Rivet Joint over the Baltic today\n\n1/ JAKE11 is up. RC-135W 62-4134 (hex AE01D5) \
             dep Mildenhall at 0703Z today.",
            "2026-02-03"
        ),
        ["departure EGUN 2026-02-03 R135 62-4134 JAKE11"]
    );
}

#[test]
fn a_bare_serial_after_a_military_type_or_under_a_reg_column() {
    assert_eq!(
        claims(
            "Hungarian Air Force Falcon 7X 607 dep Budapest (LHBP) at 0615Z on Tuesday.",
            "2026-06-10"
        ),
        ["departure LHBP 2026-06-09 FA7X 607"]
    );
    let table = |col: &str| {
        format!(
            "MK weekly: Mihail Kogălniceanu movements\n\nOur log. Times in Z.\n\n| Date | Type \
             | {col} | Movement |\n|---|---|---|---|\n| Wed 17 | C-27J Spartan (RoAF) | 2703 | \
             arr ex LROP |"
        )
    };
    assert_eq!(
        claims(&table("Reg"), "2025-09-21"),
        ["route LROP>LRCK 2025-09-17 C27J 2703"]
    );
    // A count in a column of passengers is no mark.
    assert_eq!(
        claims(&table("Pax"), "2025-09-21"),
        ["route LROP>LRCK 2025-09-17 C27J"]
    );
}

#[test]
fn a_stops_country_after_it_is_no_stop_and_registered_fab_is_a_mark() {
    assert_eq!(
        claims(
            "The chartered Airbus A321, registration N283GX, left Alexandria, Louisiana, early on \
             Saturday and, after a stop in San Juan, Puerto Rico, landed at Fortaleza's Pinto \
             Martins airport.",
            "2026-03-15"
        ),
        [
            "departure KAEX 2026-03-14 A321 N283GX",
            "route KAEX>TJSJ>SBFZ 2026-03-14 A321 N283GX"
        ]
    );
    assert_eq!(
        claims(
            "The KC-30 of the Brazilian Air Force, registered FAB 2903, took off from Fortaleza \
             on Saturday.",
            "2026-03-15"
        ),
        ["departure SBFZ 2026-03-14 A332 FAB2903"]
    );
}

#[test]
fn and_was_due_to_starts_a_plan_of_its_own() {
    assert_eq!(
        claims(
            "On Tuesday the chief of cabinet flew from Aeroparque to Córdoba aboard the Learjet \
             60 of the presidential fleet, and was due to return to the capital the same night.",
            "2026-08-05"
        ),
        ["route SABE>SACO 2026-08-04 LJ60"]
    );
}

#[test]
fn a_states_own_mark_after_registration_or_identified_as() {
    assert_eq!(
        claims(
            "The Boeing 757-200 of the Agrupación Aérea Presidencial, registration ARG-01, took \
             off from the Aeroparque Jorge Newbery on Monday night.",
            "2026-08-05"
        ),
        ["departure SABE 2026-08-03 B752 ARG-01"]
    );
    assert_eq!(
        claims(
            "On Tuesday the Learjet 60 of the presidential fleet identified as T-10 flew from \
             Aeroparque to Córdoba.",
            "2026-08-05"
        ),
        ["route SABE>SACO 2026-08-04 LJ60 T-10"]
    );
}

#[test]
fn a_named_fields_initials_after_a_preposition_are_that_field() {
    assert_eq!(
        claims(
            "Bombers to Diego Garcia (FJDG): the weekend's movements.\n\nSun 11th: B-52H \
             60-0044, c/s BUCK21, landed at DG in the morning.",
            "2026-01-12"
        ),
        ["arrival FJDG 2026-01-11 B52 60-0044 BUCK21"]
    );
}

#[test]
fn an_incident_digests_heading_dates_its_item() {
    let text = "Incidents this week\n\nIncident: Lufthansa A320 at Frankfurt on Aug 28th 2025, \
                bird strike\n\nA Lufthansa Airbus A320-200, registration D-AIUX, returned to \
                Frankfurt for a safe landing about 25 minutes after departure.\n\nIncident: \
                easyJet A20N near Rome on Aug 29th 2025, medical emergency\n\nAn easyJet \
                Airbus A320-200N, registration HB-JXF, was en route at FL360 when a passenger \
                fell ill. The crew diverted to Rome Fiumicino for a safe landing about 30 minutes \
                later.";
    let got = claims(text, "2025-08-30");
    assert!(
        got.contains(&"arrival LIRF 2025-08-29 A20N HB-JXF".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_flight_on_a_list_of_days_is_a_flight_each_day() {
    assert_eq!(
        claims(
            "The aircraft, registered EP-FAQ, flew from Bandar Abbas to Port Sudan on 3, 9 and \
             15 December.",
            "2025-12-20"
        ),
        [
            "route OIKB>HSPN 2025-12-03 EP-FAQ",
            "route OIKB>HSPN 2025-12-09 EP-FAQ",
            "route OIKB>HSPN 2025-12-15 EP-FAQ"
        ]
    );
    assert_eq!(
        claims(
            "The Il-76 flew from Bandar Abbas to Port Sudan on 3 and 15 December.",
            "2025-12-20"
        ),
        [
            "route OIKB>HSPN 2025-12-03 IL76",
            "route OIKB>HSPN 2025-12-15 IL76"
        ]
    );
}

#[test]
fn a_day_told_again_in_utc_after_or_is_not_the_storys() {
    assert_eq!(
        claims(
            "Late Saturday, the Gulfstream took off from Miami International Airport at 10:48 \
             p.m. Eastern time, or 02:48 UTC on Sunday.",
            "2026-09-10"
        ),
        ["departure KMIA 2026-09-05 GLF4"]
    );
}

#[test]
fn the_nth_after_a_dated_landing_is_in_the_storys_month() {
    let got = claims(
        "The jet landed at Geneva on 2 September. On the 19th it flew from Geneva back to \
         Douala.",
        "2025-10-03",
    );
    assert_eq!(
        got,
        ["arrival LSGG 2025-09-02 -", "route LSGG>FKKD 2025-09-19 -"]
    );
}

#[test]
fn a_fields_name_after_the_citys_possessive_and_an_adjective_is_the_field() {
    assert_eq!(
        claims(
            "The cargo jet landed at Luanda's new Dr António Agostinho Neto International \
             Airport on Tuesday.",
            "2026-10-20"
        ),
        ["arrival FNBJ 2026-10-20 -"]
    );
}

#[test]
fn a_weekday_with_the_nth_is_that_day_of_the_month() {
    assert_eq!(
        claims(
            "The air force Airbus left Brasília on Friday the 9th shortly before midnight.",
            "2026-10-20"
        ),
        ["departure SBBR 2026-10-09 -"]
    );
}

#[test]
fn a_stays_length_and_its_place_told_by_two_verbs_are_one_stay() {
    assert_eq!(
        claims(
            "A Bombardier Global 7500 linked to a footballer spent the weekend parked at Nice \
             airport.",
            "2026-07-22"
        ),
        ["presence LFMN 2026-07-18/2026-07-19 GL7T"]
    );
}

#[test]
fn a_short_stay_at_a_stop_between_two_legs_is_part_of_the_route() {
    assert_eq!(
        claims(
            "On Monday the Gulfstream flew from Guatemala City to Tegucigalpa, where it spent \
             40 minutes on the ground, and then on to Toluca.",
            "2026-09-10"
        ),
        ["route MGGT>MHTG>MMTO 2026-09-07 GLF4"]
    );
}

#[test]
fn a_departure_then_a_refuelling_landing_and_the_leg_on_are_one_route() {
    assert_eq!(
        claims(
            "The Il-62, tail number RA-86599, left Vnukovo early on Saturday. It landed in \
             Vladivostok to take on fuel, and from there it went on to Pyongyang.",
            "2026-07-08"
        ),
        ["route UUWW>UHWW>ZKPY 2026-07-04 IL62 RA-86599"]
    );
}

#[test]
fn a_leg_on_with_a_day_of_its_own_is_not_joined_to_the_departure() {
    assert_eq!(
        claims(
            "The Hercules left Tamale on Sunday evening. It landed in Kumasi an hour later, \
             where the crew stayed overnight, and flew on to Accra on Monday morning.",
            "2026-11-18"
        ),
        [
            "departure DGLE 2026-11-15 C130",
            "arrival DGSI 2026-11-15 C130",
            "route DGSI>DGAA 2026-11-16 C130"
        ]
    );
}

#[test]
fn renamed_fields_and_other_names_reporters_use_resolve() {
    assert_eq!(
        claims(
            "The An-124 flew from Leipzig to Teesside on Monday. On Tuesday a Boeing 777 landed \
             at Taoyuan International. The Challenger left Montreal-Trudeau on Wednesday.",
            "2026-11-06"
        ),
        [
            "route EDDP>EGNV 2026-11-02 A124",
            "arrival RCTP 2026-11-03 B77W",
            "departure CYUL 2026-11-04 CL60"
        ]
    );
}

#[test]
fn a_landing_after_and_is_not_governed_by_an_aborted_approach_before_it() {
    assert_eq!(
        claims(
            "Flight EI155 gave up on Dublin after two aborted approaches and has landed at \
             Cork.",
            "2026-01-24"
        ),
        ["arrival EICK 2026-01-24 EI155"]
    );
}

#[test]
fn a_flight_number_named_once_with_flight_is_read_again_without_it() {
    assert_eq!(
        claims(
            "Emirates flight EK161 from Dubai circled over the Irish Sea for half an hour on \
             Saturday. EK161 then landed at Shannon.",
            "2026-01-26"
        ),
        ["arrival EINN 2026-01-24 EK161"]
    );
}

#[test]
fn the_makers_possessive_is_the_aircraft_named_before_not_a_group() {
    assert_eq!(
        claims(
            "A Gulfstream G650ER registered as M-ARKB belongs to the family's trust. The \
             Gulfstream's week began in Moscow. On Monday the Gulfstream took off from \
             Vnukovo.",
            "2026-09-16"
        ),
        ["departure UUWW 2026-09-14 GLF6 M-ARKB"]
    );
}

#[test]
fn a_flight_whose_length_is_given_was_flown() {
    assert_eq!(
        claims(
            "On Friday the Boeing, VP-BXM, left Dubai World Central for Nice, a flight of just \
             under seven hours. On Sunday it left Nice for Geneva, a city it likes.",
            "2026-09-16"
        ),
        [
            "route OMDW>LFMN 2026-09-11 VP-BXM",
            "departure LFMN 2026-09-13 VP-BXM"
        ]
    );
}

#[test]
fn a_later_day_does_not_redate_a_landing_the_aircraft_has_flown_on_from() {
    assert_eq!(
        claims(
            "On Monday, 7 September, the Gulfstream G650, M-ARKC, left Vnukovo. It landed at \
             Istanbul Airport at 12:40 local time. Two days later it flew on from Istanbul \
             to Larnaca. The Gulfstream arrived again on Saturday.",
            "2026-09-16"
        )[..3],
        [
            "departure UUWW 2026-09-07 GLF6 M-ARKC",
            "arrival LTFM 2026-09-07 GLF6 M-ARKC",
            "route LTFM>LCLK 2026-09-09 GLF6 M-ARKC"
        ]
    );
}

#[test]
fn a_guard_unit_is_no_place_and_the_field_it_did_not_land_at_is_not_its() {
    assert_eq!(
        claims(
            "RAF Lakenheath had an unusual visitor on Monday evening when a KC-135R from the \
             Ohio Air National Guard landed there rather than at Mildenhall, its usual \
             stopping point.",
            "2026-04-08"
        ),
        ["arrival EGUL 2026-04-06 K35R"]
    );
}

#[test]
fn the_crew_coming_back_is_its_aircraft_landing() {
    assert_eq!(
        claims(
            "The SkyWest CRJ-900, registration N813SK, was climbing out of Salt Lake City on \
             Sunday when a fire warning came on. The crew shut the engine down and came back \
             to Salt Lake City.",
            "2026-08-03"
        ),
        [
            "departure KSLC 2026-08-02 CRJ9 N813SK",
            "arrival KSLC 2026-08-02 CRJ9 N813SK"
        ]
    );
}

#[test]
fn an_engine_in_brackets_is_no_callsign() {
    assert_eq!(
        claims(
            "On Sunday the Jet2 Boeing 737-800 G-JZHW shut down its left engine (CFM56) over \
             Austria and diverted to Vienna.",
            "2026-08-03"
        ),
        ["arrival LOWW 2026-08-02 B738 G-JZHW"]
    );
}

#[test]
fn an_arrival_counted_as_the_second_this_month_is_no_claim() {
    assert_eq!(
        claims(
            "A Boeing 787 diverted to Shannon on Tuesday. It is the second unscheduled \
             arrival at the Clare airport this month.",
            "2025-08-20"
        ),
        ["arrival EINN 2025-08-19 B789"]
    );
}

#[test]
fn airports_reporters_call_by_their_codes() {
    assert_eq!(
        claims(
            "Southwest flight WN 2292 landed at KCI late on Saturday.",
            "2026-01-12"
        ),
        ["arrival KMCI 2026-01-10 WN2292"]
    );
    assert_eq!(
        claims("On Sunday a Gulfstream left SFO for Sea-Tac.", "2026-01-12"),
        ["departure KSFO 2026-01-11 GLF4"]
    );
}

#[test]
fn a_persons_journey_in_a_who_clause_is_no_landing() {
    let got = claims(
        "An Emirates flight from Dubai to Sydney made an unscheduled stop in Perth on Sunday \
         after a man on board suffered a stroke. The Airbus A380, operating flight EK415, \
         landed at Perth Airport at 5.05pm WST. After refuelling, the jet left Perth and \
         touched down at Sydney Airport on Monday. Passengers described the cabin crew as \
         calm. \"They asked for a doctor over the PA and two people went forward straight \
         away,\" said Anita Rao, who was returning from a family visit to Kerala.",
        "2026-02-02",
    );
    assert!(
        !got.contains(&"arrival YPPH 2026-02-02 A388".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"arrival YSSY 2026-02-02 A388 EK415".to_string()),
        "{got:?}"
    );
}

#[test]
fn delta_is_the_airline_not_a_town() {
    let got = claims(
        "Towed plane clips parked Delta jet at Logan\n\nBOSTON - A towed JetBlue plane struck \
         the wingtip of a parked Delta Air Lines jet on Sunday evening. The Delta Boeing \
         757-200 was parked at a gate in Terminal A.",
        "2026-11-02",
    );
    assert!(got.iter().all(|c| !c.contains("CZBB")), "{got:?}");
}

#[test]
fn passengers_taken_off_the_aircraft_are_no_take_off() {
    assert_eq!(
        claims(
            "A Cebu Pacific Airbus A321neo skidded off the runway after landing at Iloilo \
             International Airport on Wednesday night. Passengers were taken off using mobile \
             stairs.",
            "2026-04-30"
        ),
        ["arrival RPVI 2026-04-29 A21N"]
    );
}

#[test]
fn passengers_leaving_the_aircraft_are_no_departure() {
    assert_eq!(
        claims(
            "| 31 May | 19:10 | Boeing 787-9 VH-ZNJ lands at Muscat; passengers leave the \
             aircraft by the stairs onto a remote apron |",
            "2025-06-02"
        ),
        ["arrival OOMS 2025-05-31 B789 VH-ZNJ"]
    );
}

#[test]
fn crews_stood_down_and_a_returns_deal_are_no_movements() {
    assert_eq!(
        claims(
            "On Monday the ATR 72-600 touched down safely back at Stansted, where fire crews \
             were waiting. They were stood down within minutes.",
            "2026-03-10"
        ),
        ["arrival EGSS 2026-03-09 AT76"]
    );
    assert_eq!(
        claims(
            "The Airbus A321neo G-POWY landed in Tirana on Wednesday. \"Our returns \
             arrangement with Tirana is working,\" a spokesperson said.",
            "2026-04-30"
        ),
        ["arrival LATI 2026-04-29 A21N G-POWY"]
    );
}

#[test]
fn a_hospital_named_for_its_city_is_not_the_citys_airport() {
    assert_eq!(
        claims(
            "The Cessna 172, tail number N5313G, had taken off from Lakeland Linder \
             International Airport on Saturday. The student was flown by a medical helicopter \
             to Tampa General Hospital.",
            "2026-10-18"
        ),
        ["departure KLAL 2026-10-17 C172 N5313G"]
    );
}

#[test]
fn there_is_not_where_the_flight_was_bound_for() {
    let got = claims(
        "A Delta Airbus A330 diverted to Shannon Airport on Tuesday. On August 3, a Boeing \
         787-9 bound for Chicago landed there after a passenger fell ill.",
        "2025-08-20",
    );
    assert!(
        got.contains(&"arrival EINN 2025-08-03 B789".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_date_without_its_year_keeps_the_storys_earlier_year() {
    let got = claims(
        "On 2 March 2022 the Global 6000, registered M-KRAV, flew from Geneva to Moscow's \
         Vnukovo airport. The registry struck the marks off in June. On 14 October, a spotter \
         photographed the jet on the apron at Sochi with its new letters.",
        "2025-09-18",
    );
    assert!(got.iter().any(|c| c.contains("URSS 2022-10-14")), "{got:?}");
}

#[test]
fn a_count_of_flights_between_two_days_is_a_dated_run() {
    let got = claims(
        "The panel names an Ilyushin Il-76TD registered as EX-76445. Between 14 and 19 \
         January 2024 the aircraft flew four times from Amman's Marka airport to Benina.",
        "2025-03-05",
    );
    assert!(
        got.contains(&"route OJAM>HLLB 2024-01-14/2024-01-19 IL76 EX-76445".to_string()),
        "{got:?}"
    );
}

#[test]
fn that_same_weekday_is_the_storys_day() {
    let got = claims(
        "The minister boarded the Learjet 45 at Baldonnel on Monday, March 20. An Aer Lingus \
         flight that same Monday departed Dublin Airport at 3.41pm and landed in Luxembourg \
         at 6.20pm local time.",
        "2023-04-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EIDW 2023-03-20")),
        "{got:?}"
    );
}

#[test]
fn travellers_said_by_a_pronoun_move_the_aircraft_they_are_aboard() {
    let got = claims(
        "The CC-330 Husky, tail number 330002, took off from Ottawa on Monday night and landed \
         back in Ottawa. The prime minister and his delegation spent the night in the capital. \
         The next morning they left Ottawa aboard a backup CC-150 Polaris and landed in \
         Brussels that evening.",
        "2024-01-17",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure CYOW 2024-01-16 A310")
                || c.starts_with("route CYOW>EBBR 2024-01-16 A310")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.contains("2024-01-16 A332")),
        "{got:?}"
    );
}

#[test]
fn standing_on_the_apron_is_a_stay() {
    let got = claims(
        "The Gulfstream G450, registration N418KP, landed in Akureyri on Monday. Staff said \
         the jet was still standing on the apron at Akureyri Airport on Wednesday evening.",
        "2023-08-24",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence BIAR 2023-08-23")),
        "{got:?}"
    );
}

#[test]
fn a_timelines_dated_entry_in_the_present_is_a_fact() {
    let got = claims(
        "Timeline: Russia's air link to the Sahel\n\n12 April 2024 - The Il-76 RA-78831 flies \
         from Chkalovsky air base near Moscow via Hmeimim in Syria to Niamey, bringing the \
         first group of instructors.\n\n3 May - RA-78831 lands in Niamey again.",
        "2025-07-08",
    );
    assert!(
        got.contains(&"route UUMU>OSLK>DRRN 2024-04-12 IL76 RA-78831".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival DRRN 2024-05-03")),
        "{got:?}"
    );
}

#[test]
fn on_a_monday_restates_the_storys_day() {
    let got = claims(
        "The Airbus A319 with the registration OM-BYR took off from Bratislava at 16:20 on 3 \
         June last year and landed in Split just over an hour later. The aircraft waited on \
         the ground and flew back from Split to Bratislava two days later, on a Monday morning.",
        "2024-10-03",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route LDSP>LZIB 2023-06-05")),
        "{got:?}"
    );
}

#[test]
fn a_day_that_narrows_an_opening_month_sets_the_storys_day() {
    let got = claims(
        "On the 17th of May 2023 the Boeing 747-400 freighter YV3542 was towed to a remote \
         stand at Montevideo. Last month, on 9 January, the saga ended. The 747 departed \
         Montevideo at 03:12 local time with an American crew, landing at Opa-locka that \
         afternoon.",
        "2025-02-03",
    );
    assert!(got.iter().any(|c| c.contains("KOPF 2025-01-09")), "{got:?}");
}

#[test]
fn sent_to_do_something_is_a_purpose_not_a_place() {
    let got = claims(
        "The Boeing 747-400 freighter YV3542 landed at Montevideo on 14 May 2023. A second \
         Venezuelan aircraft, an Airbus A340 that had been sent to bring the crew home, was \
         refused landing permission on the 17th.",
        "2023-05-20",
    );
    assert!(!got.iter().any(|c| c.contains("A343")), "{got:?}");
}

#[test]
fn a_makers_serial_between_type_and_marks_keeps_one_description() {
    let got = claims(
        "They headed for a white Hawker 800, construction number 258102, registration XB-RLM, \
         at Toluca on Tuesday. The jet took off from Toluca that night.",
        "2022-03-10",
    );
    assert!(got.iter().any(|c| c.ends_with("H25B XB-RLM")), "{got:?}");
}

#[test]
fn an_airbus_voyager_and_an_a330_tanker_are_a330_200s() {
    for text in [
        "The government's VIP Airbus Voyager landed at Dulles on Monday.",
        "An A330 tanker-transport landed at Dulles on Monday.",
    ] {
        let got = claims(text, "2024-07-10");
        assert_eq!(got, ["arrival KIAD 2024-07-08 A332"], "{text}");
    }
}

#[test]
fn a_live_entry_with_no_day_of_its_own_is_the_pages_day() {
    let got = claims(
        "Live: US takes control of Venezuelan jet\n\n16:18 GMT - Some background. The \
         Gulfstream G550, registered VP-CZA, arrived in Antigua from Caracas on 9 February \
         and has been parked at V.C. Bird International ever since.\n\n15:22 GMT - It's \
         airborne. VP-CZA took off from V.C. Bird at 11:05 local time.",
        "2026-03-14",
    );
    assert!(
        got.contains(&"departure TAPA 2026-03-14 GLF5 VP-CZA".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route SVMI>TAPA 2026-02-09")),
        "{got:?}"
    );
}

#[test]
fn antigua_is_its_countrys_one_airport() {
    let got = claims(
        "The Gulfstream G550, registered VP-CZA, arrived in Antigua from Caracas on 9 February.",
        "2026-03-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route SVMI>TAPA 2026-02-09")),
        "{got:?}"
    );
}

#[test]
fn a_trip_called_off_is_no_movement() {
    let got = claims(
        "The Voyager ZZ336 flew to Berlin on 22 August 2024 for a summit held at Blenheim \
         Palace. The trip to Rome was called off the day before departure.",
        "2024-09-10",
    );
    assert_eq!(got, ["arrival EDDB 2024-08-22 -"]);
}

#[test]
fn a_palace_is_no_town() {
    let got = claims(
        "The RAF Voyager ZZ336 flew to Bristol on 17 July 2024 for a summit held at Blenheim \
         Palace. A source said the aircraft had been positioned there for operational reasons.",
        "2024-09-10",
    );
    assert!(!got.iter().any(|c| c.contains("NZWB")), "{got:?}");
}

#[test]
fn returning_after_a_plan_is_part_of_the_plan() {
    let got = claims(
        "The team's Embraer charter touched down at Provo Municipal Airport on Sunday. The \
         Tigers still plan to play at Utah Valley on Tuesday before returning home to Columbia.",
        "2024-11-18",
    );
    assert_eq!(got, ["arrival KPVU 2024-11-17 -"]);
}

#[test]
fn what_was_sent_comes_before_sent_to() {
    let got = claims(
        "A Cessna Citation X, tail number N914RB, has been barred from flying. Notices were \
         sent to the address of a registered agent in Delaware used by the company that owns \
         the jet.",
        "2024-05-09",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn years_ago_today_is_that_day() {
    let got = claims(
        "Three years ago today, an Antonov An-124 freighter with the tail number RA-82083 \
         touched down in Halifax after a routine flight from Anchorage.",
        "2025-02-27",
    );
    assert_eq!(got, ["route PANC>CYHZ 2022-02-27 A124 RA-82083"]);
}

#[test]
fn a_table_of_days_below_all_dates_are_in_a_year() {
    let got = claims(
        "The Il-76TD bearing the registration EX-76012 flew to Bamako on 9 November 2022.\n\n\
         The table below lists the flights. All dates are in 2023.\n\n\
         | Date | Departed | Arrived | Notes |\n\
         |---|---|---|---|\n\
         | 12 January | Bamako-Sénou | Dubai Al Maktoum | direct |\n",
        "2025-01-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route GABS>OMDW 2023-01-12")),
        "{got:?}"
    );
}

#[test]
fn a_city_whose_main_airport_bears_its_name_too() {
    let got = claims(
        "On 19 September the Boeing 767-200 TJ-AAC flew from Geneva back to Yaoundé.",
        "2025-10-03",
    );
    assert_eq!(got, ["route LSGG>FKYS 2025-09-19 B762 TJ-AAC"]);
}

#[test]
fn a_groups_run_of_days_dates_the_members_told_next() {
    let got = claims(
        "Between April 19 and April 21, at least four heavy transport aircraft delivered cargo \
         to Rzeszow-Jasionka airport. A US Air Force C-130J Super Hercules came in from \
         Ramstein Air Base in Germany and landed at Jasionka.",
        "2025-04-23",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route ETAR>EPRZ 2025-04-19/2025-04-21 C30J")),
        "{got:?}"
    );
}

#[test]
fn a_hops_end_is_read_past_where_its_start_lies() {
    let got = claims(
        "On Tuesday the Falcon 7X N621MM made a 14-minute hop from St. Louis Downtown Airport \
         in Cahokia, Illinois, across the river to St. Louis Lambert International.",
        "2026-02-12",
    );
    assert_eq!(got, ["route KCPS>KSTL 2026-02-10 FA7X N621MM"]);
}

#[test]
fn a_take_off_is_from_where_the_sentence_saw_it_off() {
    let got = claims(
        "The prime minister landed at Islamabad International Airport early on Sunday. \
         His journey home began on Friday night, when he was seen off at New York's John F \
         Kennedy International Airport before his aircraft took off for Saudi Arabia.",
        "2025-09-28",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KJFK 2025-09-26")),
        "{got:?}"
    );
}

#[test]
fn them_is_never_the_one_that_moved() {
    let got = claims(
        "Two KC-135R Stratotankers, callsigns QID51 and QID52, took off from Mildenhall late on \
         Thursday. A third tanker, QID53, set off with them but returned to Mildenhall on Friday.",
        "2026-06-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival EGUN 2026-06-19") && c.ends_with("QID53")),
        "{got:?}"
    );
}

#[test]
fn a_stay_ever_since_runs_to_the_telling() {
    let got = claims(
        "Flight tracking data shows that the Global 6500, LX-GVX, flew into Farnborough from \
         Geneva on Saturday and has stood on the business aviation apron there ever since.",
        "2026-03-11",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence EGLF 2026-03-07/2026-03-11")),
        "{got:?}"
    );
}

#[test]
fn a_movement_watched_is_a_fact() {
    let got = claims(
        "The An-124 UR-82027 arrived at Halifax Stanfield on Tuesday. Plane spotters lined the \
         fence on Barnes Drive to watch the Ruslan take off again this morning.",
        "2026-07-22",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure CYHZ 2026-07-22")),
        "{got:?}"
    );
    let got = claims(
        "The An-124 UR-82027 arrived at Halifax Stanfield on Tuesday. Residents did not see \
         the Ruslan take off again this morning.",
        "2026-07-22",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_start_restated_in_apposition_is_not_the_end() {
    let got = claims(
        "An Ilyushin Il-76 registered RA-78765 flew from Hmeimim, the Russian base at Bassel \
         Al-Assad International Airport near Latakia, to Benina International Airport in \
         Benghazi on Sunday, the data showed.",
        "2025-01-14",
    );
    assert_eq!(got, ["route OSLK>HLLB 2025-01-12 IL76 RA-78765"]);
}

#[test]
fn an_airport_is_named_without_a_city_of_two_words() {
    let got = claims(
        "The Boeing 777-300ER touched down at Jacksons International Airport at 6.40pm on Sunday.",
        "2026-05-25",
    );
    assert_eq!(got, ["arrival AYPY 2026-05-24 B77W"]);
}

#[test]
fn and_two_things_carried_is_no_new_clause() {
    let got = claims(
        "The SAAF flew a replacement pump and two technicians from Waterkloof to Accra on \
         Tuesday aboard a C-130BZ Hercules from 28 Squadron.",
        "2024-09-12",
    );
    assert_eq!(got, ["route FAWK>DGAA 2024-09-10 C130"]);
}

#[test]
fn a_pre_departure_check_is_no_departure() {
    let got = claims(
        "The Boeing 737 ZS-RSA landed at Kotoka on Monday. On Tuesday morning, ground crew \
         found a hydraulic leak during the pre-departure inspection.",
        "2024-09-12",
    );
    assert_eq!(got, ["arrival DGAA 2024-09-09 B737 ZS-RSA"]);
}

#[test]
fn made_it_from_one_place_to_another_is_a_flight() {
    let got = claims(
        "An Airbus A320neo has made it from Manchester to Dublin, landing on runway 28L in \
         gusts of 60 knots.",
        "2026-01-24",
    );
    assert_eq!(got, ["route EGCC>EIDW 2026-01-24 A20N"]);
}

#[test]
fn an_aircraft_that_followed_did_so_that_day() {
    let got = claims(
        "The Boeing 777-300ER, tail number 80-1111, landed at Joint Base Pearl Harbor-Hickam \
         late Wednesday. A backup 777, tail number 80-1112, followed about an hour behind and \
         parked beside it on the military ramp.",
        "2023-01-13",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival PHNL 2023-01-11") && c.ends_with("80-1112")),
        "{got:?}"
    );
}

#[test]
fn an_aircraft_currently_parked_is_there_on_the_day_of_telling() {
    let got = claims(
        "The Dreamliner P4-BDL flew from Dubai International to Moscow's Vnukovo airport on \
         March 4. Court papers say the Boeing is currently parked at Dubai World Central.",
        "2026-06-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence OMDW 2026-06-08")),
        "{got:?}"
    );
}

#[test]
fn a_day_that_owns_a_noun_is_not_the_movements() {
    let got = claims(
        "The Airbus A321 G-POWN left Manchester on Tuesday afternoon. The squad travelled to \
         Cologne for Wednesday's Champions League game.",
        "2025-11-27",
    );
    assert!(!got.iter().any(|c| c.contains("2025-11-26")), "{got:?}");
}

#[test]
fn leaving_the_runway_is_no_departure() {
    let got = claims(
        "A Boeing 737-800 carrying the players landed at Denver International Airport early \
         Friday. The operator said the aircraft's left main gear left the paved surface at low \
         speed while it was turning off the runway.",
        "2026-01-16",
    );
    assert_eq!(got, ["arrival KDEN 2026-01-16 B738"]);
}

#[test]
fn a_traveller_gone_on_by_airliner_is_not_the_jets_movement() {
    let got = claims(
        "The Boeing 737, registered PH-GOV, was standing on the apron at Entebbe International \
         Airport on Sunday afternoon when engineers found a leak. The prime minister continued \
         by commercial connection and reached the Netherlands on Monday. The jet left Entebbe \
         on Tuesday.",
        "2024-09-17",
    );
    assert!(!got.iter().any(|c| c.contains("2024-09-16")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure HUEN 2024-09-17")),
        "{got:?}"
    );
}

#[test]
fn passengers_flying_that_day_move_no_aircraft() {
    let got = claims(
        "The US president arrived in Essex yesterday morning as the VC-25A, the modified \
         Boeing 747-200 known as Air Force One, came in over Takeley and touched down at \
         London Stansted. A US Air Force C-17 Globemaster landed on Tuesday. It is the sixth \
         time Air Force One has used Stansted. Passengers flying that day are advised to check \
         with their airline.",
        "2026-06-04",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival EGSS 2026-06-03 B742")),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|c| c.contains("B742") && c.contains("2026-06-02")),
        "{got:?}"
    );
}

#[test]
fn a_relative_clause_that_failed_leaves_the_flight_a_fact() {
    let got = claims(
        "A chartered Airbus A321 carrying 41 people whose asylum claims had failed flew from \
         Dublin Airport to Tirana on Monday.",
        "2025-11-05",
    );
    assert_eq!(got, ["route EIDW>LATI 2025-11-03 A321"]);
}

#[test]
fn a_tables_rows_with_times_only_take_the_day_of_the_line_before() {
    let got = claims(
        "On Tuesday, the following return flights landed at Pakistani airports:\n\n\
         | Flight | From | To | Landed (PKT) | Pilgrims |\n\
         |---|---|---|---|---|\n\
         | PK-7004 | Jeddah | Karachi | 3:20am | 312 |\n\
         | SV-3704 | Madinah | Islamabad | 6:10am | 370 |\n",
        "2025-06-25",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route OEJN>OPKC 2025-06-24")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route OEMA>OPIS 2025-06-24")),
        "{got:?}"
    );
}

#[test]
fn stops_in_one_place_and_in_another_are_one_list() {
    let got = claims(
        "On Saturday the Learjet 45 left Kathmandu before dawn and flew him to Glasgow, \
         refuelling in Muscat and in Heraklion on Crete.",
        "2025-05-19",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route VNKT>OOMS>LGIR>EGPF 2025-05-17")),
        "{got:?}"
    );
}

#[test]
fn a_registers_country_is_no_place_and_hong_kong_is_its_airport() {
    let got = claims(
        "Three aircraft have been left at Ninoy Aquino International Airport. The aircraft \
         are:\n\n- a Gulfstream IV business jet with US registration N418KW, which flew in \
         from Hong Kong on June 3, 2024 and has not moved since.",
        "2025-07-10",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route VHHH>RPLL 2024-06-03 GLF4 N418KW")),
        "{got:?}"
    );
}

#[test]
fn a_take_off_with_no_place_is_from_where_they_boarded() {
    let got = claims(
        "The delegation boarded a Nepal Airlines Airbus A330-200, registration 9N-ALZ, at \
         Tribhuvan International Airport on Sunday. The aircraft took off at 9.35 am.",
        "2025-01-27",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VNKT 2025-01-26 A332 9N-ALZ")),
        "{got:?}"
    );
}

#[test]
fn climbing_away_is_a_take_off() {
    let got = claims(
        "The Antonov An-124 UR-82073 touched down at Bournemouth Airport just after 7am on \
         Tuesday. The Ruslan finally taxied out shortly before 11.30pm and climbed away to \
         the east.",
        "2025-03-05",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EGHH 2025-03-04 A124")),
        "{got:?}"
    );
}

#[test]
fn a_landing_timed_by_anothers_is_on_its_day() {
    let got = claims(
        "The Boeing 777-300ER, serial 80-1112, landed at Ninoy Aquino International Airport \
         on Wednesday afternoon. As is customary, a second 777 flew in support. That \
         aircraft, 80-1111, touched down at Clark International Airport about forty minutes \
         ahead of the main jet, officials said.",
        "2024-11-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival RPLC 2024-11-13")),
        "{got:?}"
    );
}

#[test]
fn a_city_named_as_a_region_is_no_airport_and_made_it_into_is_a_landing() {
    let got = claims(
        "A Canadian Armed Forces transport plane landed on a gravel airstrip in northern \
         Quebec on Monday to evacuate 92 people. The CC-130J Hercules from 8 Wing Trenton \
         made it into Eastmain on its second attempt.",
        "2025-06-10",
    );
    assert!(!got.iter().any(|c| c.contains("CYQB")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival CZEM 2025-06-09")),
        "{got:?}"
    );
    let got = claims(
        "The CC-130J Hercules made it into Eastmain on Monday on its second attempt.",
        "2025-06-10",
    );
    assert_eq!(got, ["arrival CZEM 2025-06-09 C30J"]);
}

#[test]
fn las_palmas_is_gran_canaria_and_islands_is_no_city() {
    let got = claims(
        "The presidential Boeing 737, 5N-FGT, refuelled at Las Palmas in the Canary Islands \
         before dawn on Tuesday.",
        "2024-09-25",
    );
    assert!(got.iter().all(|c| c.contains("GCLP")), "{got:?}");
    assert!(!got.is_empty(), "{got:?}");
    let got = claims(
        "The Falcon 7X landed in the Canary Islands on Tuesday.",
        "2024-09-25",
    );
    assert!(!got.iter().any(|c| c.contains("VHHH")), "{got:?}");
}

#[test]
fn a_person_in_apposition_returning_is_no_flight() {
    let got = claims(
        "The Loganair ATR 72, registered G-LMTK, landed safely back at Aberdeen shortly before \
         15:00 on Sunday. \"You could see the fire engines as we came in,\" said one passenger, \
         a nurse returning to Lerwick.",
        "2025-11-10",
    );
    assert_eq!(got, ["arrival EGPD 2025-11-09 AT76 G-LMTK"]);
}

#[test]
fn leaving_a_bloc_is_no_departure() {
    let got = claims(
        "The presidential Falcon 900EX, 9G-EXE, touched down at Nnamdi Azikiwe International \
         Airport on Sunday. At the summit, leaders discussed relations with the three Sahel \
         states that left the bloc.",
        "2025-07-08",
    );
    assert_eq!(got, ["arrival DNAA 2025-07-06 F900 9G-EXE"]);
}

#[test]
fn a_load_bound_elsewhere_leaves_the_landing_place() {
    let got = claims(
        "A Royal New Zealand Air Force C-130J flew from Whenuapai to Nadi on Saturday. On \
         Sunday the same aircraft landed at Labasa with a second load bound for villages in \
         Macuata.",
        "2026-02-16",
    );
    assert!(
        got.contains(&"arrival NFNL 2026-02-15 C30J".to_string()),
        "{got:?}"
    );
}

#[test]
fn cargo_taken_off_is_no_take_off() {
    let got = claims(
        "A Royal Australian Air Force C-17A Globemaster, A41-212, stood on the apron at Nausori \
         on Sunday while pallets of rice and hygiene kits were taken off.",
        "2026-02-16",
    );
    assert_eq!(got, ["presence NFNA 2026-02-15 C17"]);
}

#[test]
fn a_canadian_wing_is_its_base() {
    let got = claims(
        "A CC-130H Hercules took off from 14 Wing Greenwood at about 11 p.m. on Saturday after \
         the rescue centre in Halifax lost contact with the boat.",
        "2026-01-12",
    );
    assert_eq!(got, ["departure CYZX 2026-01-10 C130"]);
    // The unit's home beside the aircraft is not where the flight began.
    let got = claims(
        "The CC-130J Hercules from 8 Wing Trenton made it into Eastmain on Monday.",
        "2025-06-10",
    );
    assert_eq!(got, ["arrival CZEM 2025-06-09 C30J"]);
}

#[test]
fn a_pair_with_the_town_beside_the_field_is_a_flight() {
    let got = claims(
        "The Falcon 7X P2-GVT flew to Nadzab on Monday. On Tuesday morning the Falcon took the \
         party from Nadzab to Kagamuga airport outside Mount Hagen.",
        "2025-11-19",
    );
    assert!(
        got.contains(&"route AYNZ>AYMH 2025-11-18 FA7X P2-GVT".to_string()),
        "{got:?}"
    );
}

#[test]
fn landed_back_there_after_a_turn_back_is_where_it_took_off() {
    let got = claims(
        "An Air New Zealand ATR 72 operating NZ8241 to Gisborne turned back shortly after \
         take-off from Napier on Monday and has landed back there safely.",
        "2026-03-03",
    );
    assert_eq!(
        got,
        [
            "departure NZNR 2026-03-02 AT76 NZ8241",
            "arrival NZNR 2026-03-02 AT76 NZ8241"
        ]
    );
}

#[test]
fn detained_on_the_ramp_is_a_stay() {
    let got = claims(
        "A second aircraft linked to the same network, a Hawker 800 registered N351BK, was \
         detained on the ramp at Fort Lauderdale-Hollywood International Airport on Thursday, \
         the official said.",
        "2025-05-10",
    );
    assert_eq!(got, ["presence KFLL 2025-05-08 H25B N351BK"]);
}

#[test]
fn a_country_the_people_came_from_is_no_origin() {
    let got = claims(
        "The Indonesian Air Force A400M landed at Halim Perdanakusuma on Monday after a \
         four-day ferry flight from Spain.",
        "2025-11-04",
    );
    assert_eq!(got, ["arrival WIHH 2025-11-03 A400"]);
    // Told of the aircraft itself, the country stays its origin.
    let got = claims(
        "The Gulfstream G650 had flown into Antalya from the United Arab Emirates on Monday.",
        "2023-04-12",
    );
    assert_eq!(got, ["route AE>LTAI 2023-04-10 GLF6"]);
}

#[test]
fn a_flight_told_by_its_schedule_that_landed_elsewhere_is_no_route() {
    let got = claims(
        "REYKJAVIK, March 8 - A transatlantic jet has made an unplanned landing in Iceland, \
         police said on Saturday.\n\nREYKJAVIK, March 8 - A United Airlines Boeing 777-200 \
         flying from Frankfurt to Chicago landed at Keflavik airport on Saturday afternoon \
         after the crew found a note, police said.",
        "2025-03-09",
    );
    assert_eq!(got, ["arrival BIKF 2025-03-08 B772"]);
}

#[test]
fn a_denied_landing_is_no_claim() {
    for text in [
        "An Armenian cargo airline on Tuesday denied reports that one of its Boeing 747 \
         freighters had landed in Tehran in breach of sanctions.",
        "The airline denies its Boeing 747 freighter landed in Tehran on Monday.",
        "Screenshots shared online appeared to show a Boeing 747 freighter on the ground at \
         Imam Khomeini International Airport on Monday.",
        "The company said that none of its Boeing 747 freighters had flown to Tehran on Monday.",
        "Polish media reported that a British government Voyager had landed at Warsaw Chopin \
         on Thursday. The Polish defence ministry has denied that, saying no British aircraft \
         had arrived.",
    ] {
        let got = claims(text, "2025-06-03");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_timeline_entry_under_a_weekday_is_told_in_the_present() {
    let got = claims(
        "Timeline\nSaturday 21 June: the Foreign Office advises all British nationals to leave \
         Lebanon.\nMonday 23 June: an RAF Voyager, ZZ337, flies from RAF Brize Norton to RAF \
         Akrotiri with a medical team.",
        "2025-06-25",
    );
    assert_eq!(got, ["route EGVN>LCRA 2025-06-23 A332 ZZ337"]);
}

#[test]
fn a_telling_the_next_sentence_calls_wrong_is_no_claim() {
    let got = claims(
        "Correction: an earlier version of this page said the Boeing 737-800 G-JZBW had landed \
         at Liverpool on Saturday. That was wrong. It landed back at Manchester Airport.",
        "2025-08-16",
    );
    assert!(!got.iter().any(|c| c.contains("EGGP")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("EGCC")), "{got:?}");
}

#[test]
fn the_flight_it_had_been_flying_when_it_landed_elsewhere_is_no_route() {
    let got = claims(
        "A Gulfstream G650, registration 9H-GXT, landed at Stansted at 17:48 GMT on Saturday. It \
         had been flying from Nice to Luton.",
        "2026-02-14",
    );
    assert_eq!(got, ["arrival EGSS 2026-02-14 GLF6 9H-GXT"]);
}

#[test]
fn parked_at_the_business_airport_is_where_it_flew_in() {
    let got = claims(
        "The Airbus A340-300, registered TT-ABD, took off from Le Bourget on Friday. The \
         aircraft had flown into Le Bourget on 1 September, and it had been parked at the \
         business airport since 2 September.",
        "2025-09-13",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence LFPB 2025-09-02/")),
        "{got:?}"
    );
}

#[test]
fn a_departure_a_fuel_stop_and_the_onward_leg_are_one_route() {
    let got = claims(
        "The RCAF CC-330 Husky, tail number 330002, left Warsaw Chopin Airport on Thursday \
         morning. It stopped for fuel in Keflavik, Iceland, and from there continued to \
         Ottawa's Macdonald-Cartier International Airport, touching down at 3:40 p.m.",
        "2025-09-26",
    );
    assert_eq!(got, ["route EPWA>BIKF>CYOW 2025-09-25 A332 330002"]);
}

#[test]
fn a_diversion_table_gives_the_landings_where_they_went_instead() {
    let got = claims(
        "Dense fog at the Delhi airport forced arriving flights to divert on Sunday morning.\n\n\
         The diverted flights were:\n\n\
         | Flight | Airline | From | Diverted to | Landed at |\n\
         |---|---|---|---|---|\n\
         | 6E 2176 | IndiGo | Bengaluru | Jaipur | 7.42am |\n\
         | AI 2414 | Air India | Mumbai | Lucknow | 8.05am |\n",
        "2025-12-29",
    );
    assert!(
        got.contains(&"arrival VIJP 2025-12-28 -".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"arrival VILK 2025-12-28 -".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.contains("VOBL") || c.contains("VABB")),
        "{got:?}"
    );
}

#[test]
fn renamed_and_island_filed_airports_are_found() {
    let got = claims(
        "On Tuesday a pilot of the Honduran air force flew the Piper Navajo YV-2314 from Roatán \
         to La Ceiba.",
        "2026-02-27",
    );
    assert_eq!(got, ["route MHRO>MHLC 2026-02-24 YV-2314"]);
    let got = claims(
        "Flight BW 1547, an ATR 72-600, left ANR Robinson International Airport in Tobago at \
         9.40 pm on Monday.",
        "2025-09-10",
    );
    assert_eq!(got, ["departure TTCP 2025-09-08 AT76 BW1547"]);
    // An airport "on" its island: the island qualifies it.
    let got = claims(
        "Two B-52s flew from Andersen Air Force Base on Guam to Tindal on Thursday.",
        "2025-09-10",
    );
    assert_eq!(got, ["route PGUA>YPTN 2025-09-04 B52"]);
}

#[test]
fn still_standing_on_a_remote_apron_is_a_stay() {
    let got = claims(
        "The A320, registered OD-CWB, touched down at Larnaca at 13:19 GMT on Tuesday. In \
         summary: the aircraft is still standing on a remote apron at Larnaca while \
         investigators go through the cabin.",
        "2025-10-14",
    );
    assert!(
        got.contains(&"presence LCLK 2025-10-14 A320 OD-CWB".to_string()),
        "{got:?}"
    );
}

#[test]
fn passports_returned_are_no_return() {
    let got = claims(
        "The Ilyushin Il-76TD, registration EX-76012, took off from Kinshasa's N'Djili airport \
         on Wednesday. The seven crew members, from Kyrgyzstan and Ukraine, had their passports \
         returned on Tuesday.",
        "2025-12-11",
    );
    assert_eq!(got, ["departure FZAA 2025-12-10 IL76 EX-76012"]);
}

#[test]
fn hours_on_the_ground_before_leaving_are_a_stay() {
    let got = claims(
        "The Il-76 EW-78849 landed at Benina on Wednesday morning. It stayed on the ground for \
         roughly five hours before heading north again.",
        "2025-01-09",
    );
    assert!(
        got.contains(&"presence HLLB 2025-01-08 IL76 EW-78849".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_run_of_days_with_its_year_dates_the_story() {
    let got = claims(
        "The report focuses on an Ilyushin Il-76TD registered as EX-76445. Between 14 and 19 \
         January 2024 the aircraft flew four times from Amman's Marka airport to Benina. The \
         experts write that on 22 January it landed at Kufra.",
        "2025-03-05",
    );
    assert!(
        got.contains(&"arrival HLKF 2024-01-22 IL76 EX-76445".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_named_jet_takes_its_appositions_type() {
    // Another country's "Air Force One" is what the apposition says.
    let got = claims(
        "Air Force One, a Boeing 747-400, landed in Hanoi on Monday.",
        "2026-03-04",
    );
    assert_eq!(got, ["arrival VVNB 2026-03-02 B744"]);
    // A serial in brackets between the aircraft and "brought".
    let got = claims(
        "A Boeing 747-400 (10001) brought the president to Hanoi in March 2018.",
        "2026-03-04",
    );
    assert_eq!(got, ["arrival VVNB 2018-03-01/2018-03-31 B744"]);
}

#[test]
fn a_month_with_its_year_dates_the_participle_beside_it() {
    let got = claims(
        "Taiwan said a UC-35D landed at Songshan on Thursday morning, March 21. In July 2021 a US \
         Army C-146A Wolfhound landed at Songshan on a similar errand, flying in from Kadena Air \
         Base in Okinawa.",
        "2024-03-22",
    );
    assert!(
        got.contains(&"route RODN>RCSS 2021-07-01/2021-07-31 D328".to_string()),
        "{got:?}"
    );
}

#[test]
fn the_first_time_a_plane_has_landed_is_no_new_landing() {
    let got = claims(
        "The President arrived in Hanoi on Tuesday aboard a Boeing 747-8. It is the first time \
         in eight years that a Korean presidential plane has landed at Noi Bai.",
        "2026-03-04",
    );
    assert_eq!(got, ["arrival VVNB 2026-03-03 B748"]);
}

#[test]
fn a_live_pages_flight_numbers_name_its_flights() {
    let got = claims(
        "LIVE: Storm Hine batters Auckland\n\n9.05am\nJetstar's JQ283 has left Queenstown for \
         Auckland, the airline says. The Airbus A320 had been held on the ground for 40 \
         minutes.\n\n10.42am\nA Qantas Boeing 737, QF141 from Sydney, has diverted to \
         Wellington.\n\n12.02pm\nAn Air New Zealand ATR operating NZ8241 to Gisborne turned \
         back shortly after take-off from Napier.\n",
        "2026-03-02",
    );
    for want in [
        "departure NZQN 2026-03-02 A320 JQ283",
        "route YSSY>NZWN 2026-03-02 B737 QF141",
    ] {
        assert!(got.contains(&want.to_string()), "{want}: {got:?}");
    }
    assert!(got.iter().any(|c| c.ends_with("NZ8241")), "{got:?}");
    // Not a cricket format.
    let got = claims(
        "India's T20 champions landed at Bridgetown on Thursday aboard a Boeing 777.",
        "2024-07-05",
    );
    assert!(got.iter().all(|c| !c.contains("T20")), "{got:?}");
}

#[test]
fn an_atr_is_an_aircraft_of_its_own() {
    // "ATR" alone names the maker's turboprop: a new aircraft, not the
    // A380 of the entry before.
    let got = claims(
        "Emirates' daily A380 service from Dubai is on the ground in Christchurch. An Air New \
         Zealand ATR operating NZ8241 to Gisborne turned back shortly after take-off from \
         Napier on Monday.",
        "2026-03-03",
    );
    assert!(
        got.contains(&"departure NZNR 2026-03-02 NZ8241".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_day_in_an_aside_dates_the_aside() {
    let got = claims(
        "Flight trackers follow the rich.\n\nThat is how, on Tuesday, thousands of people \
         watched a Gulfstream G650ER registered as N628TX — a jet the investor's company has \
         owned since 2019 — fly from Austin to San Jose.",
        "2022-12-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KAUS>KSJC 2022-12-13")),
        "{got:?}"
    );
    // A bracket that only restates the day still dates the movement.
    let got = claims(
        "A Kalitta Air Boeing 747-400F, N714CK, landed at Shannon the previous day (October \
         9th).",
        "2019-10-11",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival EINN 2019-10-09")),
        "{got:?}"
    );
}

#[test]
fn storage_yards_by_their_towns() {
    let got = claims(
        "The Mexican presidential 787, XC-MEX, arrived in Victorville in December 2018. An \
         A330, EI-LVX, made a fuel stop in Honolulu before continuing to Pinal Airpark at \
         Marana, where it landed on Tuesday.",
        "2021-04-15",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KVCV 2018-12")),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.contains("KMZJ")), "{got:?}");
}

#[test]
fn a_stay_since_a_month_ends_when_the_story_says_it_left() {
    let got = claims(
        "The Falcon 900, YV3561, has been parked at La Isabela airport in Santo Domingo since \
         February. On Monday, 9 September, it took off from La Isabela for Miami.",
        "2024-09-10",
    );
    assert!(
        got.contains(&"presence MDJB 2024-02-01/2024-09-09 F900 YV3561".to_string()),
        "{got:?}"
    );
    // Not a stay "since 2011", a year alone.
    let got = claims(
        "The A340, EP-MMQ, has been at Maiquetia since 2011. On Saturday it left Maiquetia for \
         Tehran.",
        "2026-09-16",
    );
    assert!(
        got.iter().all(|c| !c.contains("2011-01-01/2026-09-1")),
        "{got:?}"
    );
}

#[test]
fn a_visits_goal_is_no_landing() {
    // A person's visit names where they went, not an aircraft.
    let got = claims(
        "The President returned to Abuja on Sunday aboard the presidential Boeing 737, ending \
         a working visit to France.",
        "2024-10-14",
    );
    assert!(got.iter().all(|c| !c.contains(" FR ")), "{got:?}");
    let got = claims(
        "A lawmaker asked who was on board a government business jet, a Global 5000, \
         9M-NAF, during a 14-day trip to the United States in August.",
        "2019-11-05",
    );
    assert!(got.iter().all(|c| !c.contains(" US ")), "{got:?}");
}

#[test]
fn a_stays_length_is_counted_in_any_number_word() {
    // "nine days", not only up to seven.
    let got = claims(
        "The tanker, a Boeing 747 registered N744ST, flew in to McClellan from Colorado \
         Springs on Aug. 26 and was parked there for nine days before its contract lapsed.",
        "2020-10-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence KMCC 2020-08-26/2020-09-04")),
        "{got:?}"
    );
}

#[test]
fn a_stay_since_it_arrived_starts_at_the_arrival() {
    let got = claims(
        "The presidential Boeing 737, ZS-RSA, left Waterkloof on Monday morning and landed at \
         Kotoka International Airport in Accra that evening. On Tuesday engineers found a leak. \
         The jet has stood on the VIP apron at Kotoka since it arrived.",
        "2024-09-12",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence DGAA 2024-09-09/2024-09-12")),
        "{got:?}"
    );
}

#[test]
fn a_stay_of_hours_runs_from_the_landing_to_the_take_off_told() {
    // Told backwards: the take-off first, then the landing the evening
    // before, then the stay's length in hours.
    let text = "The Gulfstream G650ER LX-GVR took off from Istanbul Airport early on March 15 \
                for Moscow. The jet had landed at Istanbul Airport on Monday evening after a \
                flight from Tel Aviv. It stayed on the ground in Istanbul for about {}.";
    for length in ["seven hours", "seven and a half hours"] {
        let got = claims(&text.replace("{}", length), "2022-03-17");
        assert!(
            got.iter()
                .any(|c| c.starts_with("presence LTFM 2022-03-14/2022-03-15")),
            "{length}: {got:?}"
        );
    }
}

#[test]
fn an_updates_header_dates_its_paragraph() {
    // "today" in an update is the update's day, after publication.
    let got = claims(
        "His Boeing 777-300ER touched down at Jacksons International Airport in Port Moresby \
         at 6.40pm on Sunday.\n\nUpdated Monday, May 25: The prime minister's plane left Port \
         Moresby for Sydney shortly after 2pm today.",
        "2026-05-24",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure AYPY 2026-05-25")),
        "{got:?}"
    );
    // The header's day is not the movement's: "on Friday" is.
    let got = claims(
        "A Ryanair Boeing 737, flight FR8347 from Krakow, landed at Stansted on Thursday \
         evening after a bomb threat.\n\nUpdate, Saturday: Ryanair said the aircraft was \
         cleared on Friday and flew from Stansted back to Krakow at 11am.",
        "2026-04-04",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route EGSS>EPKK 2026-04-03")),
        "{got:?}"
    );
}

#[test]
fn a_weekday_night_at_a_small_hour_is_the_next_day() {
    let got = claims(
        "The Learjet 45 air ambulance TC-SHB took off from Istanbul Atatürk Airport on \
         Thursday night at 02.15. The plane landed at Erbil International Airport at 05.05.",
        "2021-11-26",
    );
    assert_eq!(
        got,
        [
            "departure LTBA 2021-11-26 LJ45 TC-SHB",
            "arrival ORER 2021-11-26 LJ45 TC-SHB"
        ]
    );
}

#[test]
fn overnight_on_the_day_of_telling_is_the_night_before_and_that_day() {
    for text in [
        "A French A400M carrying about 100 people landed in Djibouti overnight, the embassy says.",
        "Overnight, the first French A400M touched down in Djibouti with 100 people on board.",
    ] {
        // (A live page's entry under its clock line.)
        let text = format!("Sudan evacuations: live\n\n08:20 BST\n\n{text}");
        assert_eq!(
            claims(&text, "2023-04-24"),
            ["arrival HDAM 2023-04-23/2023-04-24 A400"],
            "{text}"
        );
    }
    // With its clock time, the hour says which day.
    assert_eq!(
        claims(
            "06:10Z - Overnight: SHELL71 landed at Fairford at 01:52Z.",
            "2026-07-20"
        ),
        ["arrival EGVA 2026-07-20 SHELL71"]
    );
}

#[test]
fn a_landing_that_ends_a_return_dates_it() {
    let got = claims(
        "The drone, registered 4X-UMO, took off from Malta International Airport at 17:02 UTC \
         on 16 August. It stayed on station until 02:15 UTC and returned to Malta, landing at \
         03:40 UTC on 17 August.",
        "2025-09-03",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LMML 2025-08-17")),
        "{got:?}"
    );
}

#[test]
fn a_trip_called_off_before_its_noun_is_no_movement() {
    let got = claims(
        "An An-124 landed at Meiktila on Monday. The president called off a trip to Kigali.",
        "2024-06-12",
    );
    assert!(got.iter().all(|c| !c.contains("HRYR")), "{got:?}");
}

#[test]
fn a_landing_in_the_small_hours_after_a_late_take_off_is_the_next_day() {
    for when in ["late on Thursday", "late Thursday"] {
        let got = claims(
            &format!(
                "The C-17 Globemaster III lifted off from Biggs Army Airfield {when} and touched \
                 down at La Aurora International Airport a little after 2 a.m."
            ),
            "2025-02-08",
        );
        assert!(
            got.iter().any(|c| c.starts_with("arrival MGGT 2025-02-07")),
            "{when}: {got:?}"
        );
    }
}

#[test]
fn a_live_pages_clock_line_in_any_zone_is_the_pages_day() {
    let text = "LIVE: relief flights start arriving at TIA\n\nFollow our live updates on the \
                earthquake that struck Sindhupalchok on Monday evening.\n\n13:25 NPT\n\nA Qatar \
                Emiri Air Force C-17 Globemaster, registration A7-MAB, touched down at \
                Tribhuvan International Airport with field hospital equipment.";
    let got = claims(text, "2025-04-22");
    assert!(
        got.iter().any(|c| c.starts_with("arrival VNKT 2025-04-22")),
        "{got:?}"
    );
}

#[test]
fn a_quoted_logbook_date_gives_its_year_to_the_days_after_it() {
    let got = claims(
        "Prosecutors produced a page from his logbook, which reads: \"24.02.22 - EGGW-LSZH - \
         1h31\". The Falcon 8X sat on the apron at Zurich until 9 March, when it departed for \
         Istanbul Airport.",
        "2025-05-21",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LSZH 2022-03-09")),
        "{got:?}"
    );
}

#[test]
fn a_time_told_again_in_local_time_keeps_its_day_with_the_movement() {
    let got = claims(
        "The Boeing 737 left Minsk late yesterday. It landed at Warsaw Chopin at 22:18 GMT, \
         which was 00:18 local time this morning.",
        "2026-05-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival EPWA 2026-05-14")),
        "{got:?}"
    );
}

#[test]
fn a_list_of_days_after_its_month_gives_a_claim_each() {
    let got = claims(
        "The Il-76 EP-PUX landed at Vnukovo on May 21 and 24.",
        "2025-06-01",
    );
    for day in ["2025-05-21", "2025-05-24"] {
        assert!(
            got.iter()
                .any(|c| c.starts_with(&format!("arrival UUWW {day}"))),
            "{day}: {got:?}"
        );
    }
    let got = claims(
        "The Il-76 EP-PUX landed at Vnukovo on May 3, 9 and 15, 2024.",
        "2025-06-01",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival UUWW 2024-05-09")),
        "{got:?}"
    );
    // (Not a count after the day.)
    let got = claims(
        "On May 21 and 24 passengers left Vnukovo on the Il-76.",
        "2025-06-01",
    );
    assert!(got.iter().all(|c| !c.contains("2025-05-24")), "{got:?}");
}

#[test]
fn a_stay_on_a_ramp_with_no_place_is_where_the_aircraft_landed() {
    let got = claims(
        "Air Force One landed at Reno on Tuesday. The 747 stayed on a remote ramp near the \
         Air National Guard base during the visit. It left shortly before 7 p.m. for Las Vegas.",
        "2024-03-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence KRNO 2024-03-19")),
        "{got:?}"
    );
    for stay in [
        "was still parked outside the maintenance hangar yesterday",
        "parked up near the FBO",
        "was still parked at Bay 3 on Wednesday",
    ] {
        let got = claims(
            &format!("The ATR 72 9Y-TTK landed at Piarco on Tuesday. It {stay}."),
            "2025-09-11",
        );
        assert!(
            got.iter().any(|c| c.starts_with("presence TTPP")),
            "{stay}: {got:?}"
        );
    }
    // (Not a stay with no ground words: "stayed for the speech".)
    let got = claims(
        "Air Force One landed at Reno on Tuesday. The 747 stayed for the speech.",
        "2024-03-20",
    );
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
}

#[test]
fn standing_on_a_named_apron_since_its_arrival_is_a_stay_to_the_telling() {
    let got = claims(
        "The Bombardier Global 5000 9HVJM landed at Salzburg last Thursday afternoon after a \
         short flight from Nice. The aircraft has been standing on the general aviation apron \
         since its arrival, with wheel chocks in place.",
        "2022-03-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence LOWS 2022-03-10/2022-03-16")),
        "{got:?}"
    );
}

#[test]
fn taxiing_in_is_the_landing_told_again_not_a_stay() {
    let got = claims(
        "The Boeing 737 CS-TFX landed at Dortmund on Thursday evening. Two airport fire engines \
         greeted it with arches of water as it taxied in.",
        "2024-06-14",
    );
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
}

#[test]
fn leaving_with_nothing_or_by_helicopter_is_a_persons() {
    for text in [
        "The C-17 landed at La Aurora on Friday. \"I left with nothing,\" he said.",
        "The 747 landed at Stansted on Tuesday. The couple were greeted on the apron before \
         leaving by helicopter for central London.",
        "The Learjet landed at Glasgow on Sunday. One man gave five hundred and wouldn't leave \
         his name.",
    ] {
        let got = claims(text, "2025-07-21");
        assert!(
            got.iter().all(|c| !c.starts_with("departure")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_flight_from_one_place_to_another_diverted_elsewhere_lands_there_only() {
    let got = claims(
        "A Jet2 flight from Leeds Bradford to Dalaman was diverted to Munich on Wednesday after \
         a passenger became seriously ill on board.",
        "2025-08-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival EDDM 2025-08-13")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.starts_with("route")), "{got:?}");
    // (With no planned end named, the route stays: "from Dublin has
    // diverted to Cardiff".)
    let got = claims(
        "A Ryanair Boeing 737-800 from Dublin has diverted to Cardiff after two attempts to land \
         at Bristol were abandoned.",
        "2024-01-21",
    );
    assert!(
        got.iter().any(|c| c.starts_with("route EIDW>EGFF")),
        "{got:?}"
    );
}

#[test]
fn troops_crossing_a_border_is_no_aircraft_arrival() {
    let got = claims(
        "Its last visit to Europe came on 24 February, the day Russian troops crossed into \
         Ukraine, when the Global 6000 M-VRNA flew from Nice to Vnukovo.",
        "2025-03-01",
    );
    assert!(got.iter().all(|c| !c.contains(" UA ")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("route LFMN>UUWW 2025-02-24")),
        "{got:?}"
    );
}

#[test]
fn spent_hours_on_the_ground_in_a_place_is_one_stay_there() {
    let got = claims(
        "On 5 February the A320 LZ-FBE flew from Munich to Tashkent. On the way, tracking data \
         shows the A320 spent just under two hours on the ground in Baku.",
        "2026-02-10",
    );
    let stays: Vec<_> = got.iter().filter(|c| c.starts_with("presence")).collect();
    assert_eq!(stays.len(), 1, "{got:?}");
    assert!(stays[0].starts_with("presence UBBB"), "{got:?}");
}

#[test]
fn hours_on_the_ground_before_flying_on_are_no_stay_of_their_own() {
    let text = "The Gulfstream G450 N45GX landed in Gander on Sunday afternoon to take on fuel. \
                After roughly an hour on the ground it flew on to Shannon.";
    let got = claims(text, "2025-06-13");
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("EINN")), "{got:?}");
    // (A stay told as such still is one: "spent two hours on the ground".)
    let got = claims(
        "The Gulfstream G450 N45GX landed in Gander on Sunday afternoon and spent two hours on \
         the ground there.",
        "2025-06-13",
    );
    assert!(
        got.iter().any(|c| c.starts_with("presence CYQX")),
        "{got:?}"
    );
}

#[test]
fn a_flight_to_a_place_and_back_is_a_round_trip() {
    for text in [
        "On Wednesday the Fokker 70 KAF308 flew from Nairobi to Eldoret and back in under three \
         hours.",
        "On Wednesday the Fokker 70 KAF308 made a short trip from Nairobi to Eldoret and straight \
         back, unannounced.",
    ] {
        let got = claims(text, "2025-02-10");
        assert!(
            got.iter()
                .any(|c| c.starts_with("route HKJK>HKEL>HKJK 2025-02-05")),
            "{text}: {got:?}"
        );
    }
    // (Not "to Eldoret and Kisumu".)
    let got = claims(
        "On Wednesday the Fokker 70 KAF308 flew from Nairobi to Eldoret and then to Kisumu.",
        "2025-02-10",
    );
    assert!(got.iter().all(|c| !c.contains("HKJK>HKEL>HKJK")), "{got:?}");
}

#[test]
fn parked_overnight_with_no_leaving_told_is_the_day_it_came() {
    let got = claims(
        "The Boeing 737 ZS-RSK landed at Cape Town on Thursday evening and was parked overnight \
         on the military apron, under guard.",
        "2026-02-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence FACT 2026-02-12 ")),
        "{got:?}"
    );
    // (Told with its leaving the next day, or as "spent the night", it
    // runs to the next day.)
    for text in [
        "The Boeing 737 ZS-RSK landed at Cape Town on Thursday evening, stayed overnight and \
         took off for Pretoria on Friday morning.",
        "The Boeing 737 ZS-RSK landed at Cape Town on Thursday evening and spent the night there.",
    ] {
        let got = claims(text, "2026-02-14");
        assert!(
            got.iter()
                .any(|c| c.starts_with("presence FACT 2026-02-12/2026-02-13")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_stay_spent_by_someone_named_is_not_the_aircrafts() {
    for text in [
        "The Learjet 45 G-OMDX landed in Faro on Sunday. Its patient, a retired teacher, was \
         taken home. Joan Doyle had spent ten days in hospital in Faro.",
        "The Learjet 45 G-OMDX landed in Faro on Sunday. The nurses then spent two hours \
         preparing the patient at the airport.",
    ] {
        let got = claims(text, "2025-07-22");
        assert!(
            got.iter().all(|c| !c.starts_with("presence")),
            "{text}: {got:?}"
        );
        assert!(
            got.iter().any(|c| c.starts_with("arrival LPFR")),
            "{text}: {got:?}"
        );
    }
    // (The aircraft's own stay, told with "it" or after "and", still is.)
    let got = claims(
        "The Learjet 45 G-OMDX landed in Faro on Sunday and spent two hours on the ground there.",
        "2025-07-22",
    );
    assert!(
        got.iter().any(|c| c.starts_with("presence LPFR")),
        "{got:?}"
    );
}

#[test]
fn a_stay_whose_subject_is_people_or_flights_is_not_the_aircrafts() {
    for text in [
        "A Boeing 787 made an emergency landing at Erzurum on Thursday. More than 250 \
         passengers were stuck at the airport for over 30 hours.",
        "A Global 6000, 9H-VTX, landed at Stansted on Tuesday. Departures were paused for \
         about twenty minutes.",
    ] {
        let got = claims(text, "2025-04-05");
        assert!(
            got.iter().all(|c| !c.starts_with("presence")),
            "{text}: {got:?}"
        );
        assert!(
            got.iter().any(|c| c.starts_with("arrival")),
            "{text}: {got:?}"
        );
    }
    // (The aircraft's own stay still is.)
    let got = claims(
        "A Boeing 787 made an emergency landing at Erzurum on Thursday. The jet was stuck at \
         the airport for over 30 hours.",
        "2025-04-05",
    );
    assert!(
        got.iter().any(|c| c.starts_with("presence LTCE")),
        "{got:?}"
    );
}

#[test]
fn a_name_within_a_sea_or_a_gulf_is_water_not_a_place() {
    for text in [
        "On Thursday two H-6 bombers flew into the Pacific and returned to the East China Sea.",
        "On Saturday the P-8A Poseidon 168763 flew to the Gulf of Aden.",
        "On Saturday the P-8A Poseidon 168763 flew to the Strait of Gibraltar.",
    ] {
        let got = claims(text, "2022-08-26");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // (The country itself still is.)
    let got = claims(
        "On Thursday two H-6 bombers flew into the Pacific and returned to China.",
        "2022-08-26",
    );
    assert!(got.iter().any(|c| c.starts_with("arrival CN")), "{got:?}");
}

#[test]
fn the_places_of_a_tour_that_took_someone_there_are_not_the_returns() {
    let got = claims(
        "The President arrived at Houari Boumediene International Airport on Wednesday \
         evening aboard the Airbus A340-500 7T-VPP, returning home at the end of a six-day \
         tour that took him to Qatar, China and Uzbekistan.",
        "2022-12-14",
    );
    assert!(
        got.iter().all(|c| !c.contains("UZ") && !c.contains("QA")),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.starts_with("arrival DAAG")), "{got:?}");
}

#[test]
fn an_unplanned_landing_of_a_flight_from_a_to_b_is_a_landing_not_a_route() {
    for (text, at) in [
        (
            "A Biman Bangladesh Airlines flight from Muscat to Dhaka made an unscheduled \
             landing at Swami Vivekananda Airport late on Sunday night after a passenger fell ill.",
            "arrival VARP",
        ),
        (
            "A Pakistan International Airlines Boeing 777 flying from Lahore to Toronto made \
             an emergency landing at Jinnah International Airport on Sunday.",
            "arrival OPKC",
        ),
    ] {
        let got = claims(text, "2024-08-12");
        assert!(got.iter().any(|c| c.starts_with(at)), "{text}: {got:?}");
        assert!(
            got.iter().all(|c| !c.starts_with("route")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_border_or_airspace_named_for_a_place_is_not_the_place() {
    for text in [
        "On Monday the RC-135W 62-4134 crossed Denmark and reached the Kaliningrad border \
         shortly after 13:00.",
        "On Monday the RC-135W 62-4134 flew along the Kaliningrad border for three hours.",
    ] {
        let got = claims(text, "2019-02-26");
        assert!(got.iter().all(|c| !c.contains("UMKK")), "{text}: {got:?}");
    }
}

#[test]
fn the_one_callsign_an_aircraft_flew_under_is_on_each_of_its_movements() {
    let got = claims(
        "A Hercules took off from Souda Bay on Monday morning. Flying as TUAF538, the C-130 \
         landed at Misrata in the afternoon. It stayed on the ground there for three hours.",
        "2020-09-15",
    );
    for c in &got {
        assert!(c.ends_with("TUAF538"), "{got:?}");
    }
    assert!(
        got.iter().any(|c| c.starts_with("presence HLMS")),
        "{got:?}"
    );
    // (Two callsigns, two flights: neither is carried.)
    let got = claims(
        "The C-17 05-5140 flew from Dover to Ramstein as RCH401 on Monday. On Tuesday it flew \
         on to Incirlik as RCH402. It stayed at Incirlik for two days.",
        "2020-09-15",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence LTAG") && !c.contains("RCH")),
        "{got:?}"
    );
}

#[test]
fn an_air_force_serial_after_tail_number_is_a_registration() {
    let got = claims(
        "The air force's Boeing 737-300 with tail number FAP-351 landed at Lima early today. \
         The same day a Royal Malaysian Air Force A400M, tail number M54-03, departed Cairo.",
        "2023-10-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival SPJC 2023-10-14 B733 FAP-351")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure HECA 2023-10-14 A400 M54-03")),
        "{got:?}"
    );
}

#[test]
fn the_hercules_after_a_c_130j_is_that_aircraft() {
    let got = claims(
        "A Royal New Zealand Air Force C-130J Hercules landed at Port Vila on Thursday morning. \
         The Hercules left Port Vila at 11:15 with 45 evacuees on board.",
        "2024-12-20",
    );
    assert_eq!(
        got,
        [
            "arrival NVVV 2024-12-19 C30J",
            "departure NVVV 2024-12-19 C30J"
        ],
        "{got:?}"
    );
    // (Named alone, a Hercules is still a C-130.)
    let got = claims("A Hercules landed at Port Vila on Thursday.", "2024-12-20");
    assert_eq!(got, ["arrival NVVV 2024-12-19 C130"]);
}

#[test]
fn a_contraction_is_the_words_it_stands_for() {
    // "didn't land" is denied, "he'll fly" a plan, as "did not" and "will".
    let got = claims(
        "The Il-76 didn't land in Rome on Friday. The plane hasn't left Bari since. \
         On Thursday the minister will speak in Bari, and he'll fly to Paris after.",
        "2020-08-25",
    );
    assert!(
        got.iter()
            .all(|c| !c.starts_with("arrival LIRF") && !c.contains("FR")),
        "{got:?}"
    );
    // (A possessive's "'s" is left as it is.)
    let got = claims(
        "The Il-76 landed in Rome on Friday. The plane's crew didn't leave the airport.",
        "2020-08-25",
    );
    assert_eq!(got, ["arrival LIRF 2020-08-21 IL76"], "{got:?}");
}

#[test]
fn a_titled_name_is_the_airport_only_as_a_place() {
    // "President Donald J Trump International" is West Palm Beach's airport;
    // the title and the name alone are the man.
    let got = claims(
        "I asked for credentials to President Donald J. Trump's Marine One arrival and Air \
         Force One departure. Trump had been in Charlotte.",
        "2020-08-25",
    );
    assert!(got.iter().all(|c| !c.contains("KDJT")), "{got:?}");
    let got = claims(
        "Air Force One landed at President Donald J Trump International Airport on Friday.",
        "2020-08-25",
    );
    assert_eq!(got, ["arrival KDJT 2020-08-21 B742"], "{got:?}");
}

#[test]
fn a_headline_printed_twice_is_one_claim() {
    // Pasted pages repeat the headline (title, then the story's own heading).
    let got = claims(
        "Air Force One touches down at London Stansted\n\nAir Force One touches down at London \
         Stansted\n\nThe airport has once again welcomed the president at the start of his state \
         visit.",
        "2019-06-03",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival EGSS"), "{got:?}");
}

#[test]
fn a_flight_forced_down_did_not_reach_where_it_was_going() {
    // The route it was on is the flight's plan; "forced to land" is a fact
    // even after that route's "to London".
    let got = claims(
        "In December 2022, a Qantas A380 en route from Singapore to London was forced to land \
         at Baku's Heydar Aliyev International Airport after a smoke alarm.",
        "2023-09-17",
    );
    assert!(got.iter().any(|c| c.starts_with("arrival UBBB")), "{got:?}");
    // An emergency landing with no place: the take-off, not a landing at
    // the flight's destination.
    let got = claims(
        "A flight from Birmingham to Jersey was forced to make an emergency landing shortly \
         after take-off on Sunday. The aircraft took off around 3:00 PM but returned to \
         Birmingham Airport after the crew received a cockpit alert.",
        "2025-06-02",
    );
    assert_eq!(
        got,
        ["departure EGBB 2025-06-01 -", "arrival EGBB 2025-06-01 -"],
        "{got:?}"
    );
}

#[test]
fn a_rank_before_the_noun_is_no_other_aircraft() {
    // "second-largest" ranks the aircraft; "a second aircraft" is another.
    let got = claims(
        "World's second-largest cargo aircraft, Antonov AN-124 Ruslan, has landed at Mattala \
         Rajapaksa International Airport at around 1.34 am this morning (27).",
        "2019-07-27",
    );
    assert_eq!(got, ["arrival VCRI 2019-07-27 A124"], "{got:?}");
}

#[test]
fn an_airbus_customer_code_names_its_series() {
    // "A340-642" is an A340-600, "A330-343" an A330-300, "A320-251N" a neo.
    for (written, code) in [
        ("A340-642", "A346"),
        ("A340-313", "A343"),
        ("A330-343", "A333"),
        ("A330-243", "A332"),
        ("A320-251N", "A20N"),
        ("A350-1041", "A35K"),
    ] {
        let got = claims(
            &format!("An Airbus {written} landed in Santiago on Monday."),
            "2022-06-23",
        );
        assert_eq!(
            got,
            [format!("arrival SCEL 2022-06-20 {code}")],
            "{written}"
        );
    }
}

#[test]
fn aircraft_counted_one_by_one_all_move() {
    // "one X and one Y landed": both, as "an X and a Y" are.
    let got = claims(
        "One C-130J and one C-17 landed at Maiduguri on Friday.",
        "2026-02-15",
    );
    assert_eq!(
        got,
        [
            "arrival DNMA 2026-02-13 C30J",
            "arrival DNMA 2026-02-13 C17"
        ],
        "{got:?}"
    );
    // (A number inside a name is no count: "Tanker 914, a DC-10-30".)
    let got = claims(
        "On Aug. 18, Tanker 914, a DC-10-30 registered N522AX, was repositioned from \
         Albuquerque to McClellan Airfield.",
        "2020-09-20",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_flight_under_way_is_the_story_background() {
    // "was travelling from A to B" is where it was going, as "was flying"
    // is; the diversion told next is the movement.
    let got = claims(
        "Flight EK18 was initially travelling from Manchester to Dubai on Monday. It diverted \
         to Stansted after a medical emergency.",
        "2023-09-17",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival EGSS 2023-09-11"), "{got:?}");
}

#[test]
fn a_return_forced_or_had_to_is_a_landing() {
    // "return" as a verb, made a fact by "had to" or "forced … to".
    let got = claims("The plane had to return to Havana on Monday.", "2023-09-17");
    assert_eq!(got, ["arrival MUHA 2023-09-11 -"], "{got:?}");
    let got = claims(
        "A bird strike forced the Boeing 737 to return to Havana on Monday.",
        "2023-09-17",
    );
    assert_eq!(got, ["arrival MUHA 2023-09-11 B737"], "{got:?}");
    // (A plan, a noun, or many flights at once: no claim.)
    for text in [
        "The plane will return to Havana on Monday.",
        "On its return to Havana on Monday, the Il-96 was inspected.",
        "Fog at Havana on Monday, forcing several flights to return to Miami.",
    ] {
        let got = claims(text, "2023-09-17");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_take_off_told_by_its_noun_with_its_place() {
    // Crash reports: "shortly after takeoff from X", "after take-off in X".
    let got = claims(
        "A Cessna 182 crashed on Friday shortly after takeoff from Teterboro.",
        "2021-02-26",
    );
    assert_eq!(got, ["departure KTEB 2021-02-26 C182"], "{got:?}");
    let got = claims(
        "The Twin Otter crashed on Friday minutes after take-off in Nice.",
        "2021-02-26",
    );
    assert_eq!(got, ["departure LFMN 2021-02-26 DHC6"], "{got:?}");
    // (Not a take-off made: "accelerating for takeoff from", "a rejected
    // takeoff from", nor one with no place after it.)
    for text in [
        "The A321 was accelerating for takeoff from Katowice on Friday when the crew stopped.",
        "The crew made a rejected takeoff from Katowice on Friday.",
        "The A321 landed at Luton on Friday, 90 minutes after take-off at 12:24.",
    ] {
        let got = claims(text, "2021-02-26");
        assert!(
            !got.iter().any(|c| c.starts_with("departure")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_town_named_with_its_airport_is_that_town() {
    // Two Gainesvilles: the story's is the one of the airport it names, and
    // "Georgia" after a US town is the state.
    let got = claims(
        "A Cessna 182 crashed on Friday near Lee Gilmer Memorial Airport. It had \
         crashed shortly after takeoff from Gainesville, Georgia.",
        "2021-02-26",
    );
    assert_eq!(got, ["departure KGVL 2021-02-26 C182"], "{got:?}");
    let got = claims(
        "Three people died on Friday when their Cessna 182 crashed shortly after takeoff in \
         Gainesville, Georgia. It came down near Lee Gilmer Memorial Airport.",
        "2021-02-26",
    );
    assert_eq!(got, ["departure KGVL 2021-02-26 C182"], "{got:?}");
    let got = claims(
        "The Cessna had just taken off on Saturday from Columbus Municipal Airport \
         in Indiana. It took off from Columbus shortly before the crash.",
        "2019-06-24",
    );
    assert!(got.iter().all(|c| c.contains("KBAK")), "{got:?}");
    // (A town with no airport of its own told: the well-known one.)
    let got = claims("The jet took off from Columbus on Saturday.", "2019-06-24");
    assert_eq!(got, ["departure KCMH 2019-06-22 -"], "{got:?}");
}

#[test]
fn light_aircraft_of_crash_reports_have_their_types() {
    // The Cessnas and Robinsons of local news, written with their maker.
    let got = claims(
        "A Cessna 310R crashed on Friday shortly after takeoff from Teterboro.",
        "2021-02-26",
    );
    assert_eq!(got, ["departure KTEB 2021-02-26 C310"], "{got:?}");
    let got = claims(
        "A Robinson R44 helicopter landed at Boston Logan on Friday.",
        "2021-02-26",
    );
    assert_eq!(got, ["arrival KBOS 2021-02-26 R44"], "{got:?}");
    // (Never a light type's bare designation in running text: "at 17".)
    let got = claims(
        "The Learjet 60 landed at Mount Pleasant at 17:05 on Monday.",
        "2025-01-14",
    );
    assert_eq!(got, ["arrival EGYP 2025-01-13 LJ60"], "{got:?}");
}

#[test]
fn heading_for_after_going_back_is_the_same_flight() {
    // "went back to Houston, heading for Hobby Airport": one flight back,
    // to the city's airport named after it; no departure from Houston.
    let got = claims(
        "The Falcon 900 landed at Palm Beach on Saturday. It then turned around and went \
         back to Houston, heading for Hobby Airport.",
        "2022-03-09",
    );
    assert_eq!(
        got,
        [
            "arrival KDJT 2022-03-05 F900",
            "route KDJT>KHOU 2022-03-05 F900"
        ],
        "{got:?}"
    );
    // (Heading for somewhere else is a departure of its own.)
    let got = claims(
        "The Falcon 900 flew to Houston on Saturday, heading for Denver.",
        "2022-03-09",
    );
    assert!(
        got.iter().any(|c| c.starts_with("departure KIAH")),
        "{got:?}"
    );
}

#[test]
fn a_type_to_measure_by_is_no_aircraft_of_the_story() {
    // "capable of fitting a Boeing 737 inside of it": the An-124 landed.
    let got = claims(
        "The Antonov 124-100 military transport plane, capable of fitting a Boeing 737 \
         inside of it, touched down Tuesday at Denver International Airport.",
        "2024-05-16",
    );
    assert_eq!(got, ["arrival KDEN 2024-05-14 A124"], "{got:?}");
}

#[test]
fn basel_is_its_euroairport_in_france() {
    // "left Basel for Moscow": from Basel-Mulhouse, not from Moscow.
    let got = claims(
        "On 27 August an Embraer Legacy 650 jet left Basel for Moscow.",
        "2022-10-14",
    );
    assert_eq!(got, ["departure LFSB 2022-08-27 E35L"], "{got:?}");
}

#[test]
fn a_bd_700_alone_is_the_global_express() {
    // The family's certificate, as oligarch-jet pieces write it.
    let got = claims(
        "The Tu-214PU flew from Moscow to St. Petersburg. Arkady Rotenberg used his Bombardier \
         BD-700 business jet, which landed in Baku at 15:04 on Saturday.",
        "2023-06-24",
    );
    assert!(
        got.contains(&"arrival UBBB 2023-06-24 GLEX".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_landing_s_exact_day_dates_the_vague_one_told_before() {
    // "flew to Denver this week … touched down Tuesday": one arrival, on
    // the Tuesday (as when the place is told again).
    let got = claims(
        "The An-124 flew to Denver International Airport this week. It touched down Tuesday.",
        "2024-05-16",
    );
    assert_eq!(got, ["arrival KDEN 2024-05-14 A124"], "{got:?}");
}

#[test]
fn an_airspace_entered_from_a_country_is_no_origin_or_stop() {
    // Agency copy on a special flight: where it crossed into the airspace
    // is a line, not where it came from or called.
    for text in [
        "A special flight from the United States, which had entered the Russian airspace \
         from Latvia, landed at Vnukovo on Friday.",
        "On Friday the Challenger took off from Frankfurt, flew over the Baltic Sea, entered \
         Russian airspace through Latvia and landed at Vnukovo.",
    ] {
        let got = claims(text, "2025-04-26");
        assert!(got.iter().all(|c| !c.contains("LV")), "{text}: {got:?}");
    }
}

#[test]
fn another_flight_s_number_after_a_comma_is_its_callsign() {
    let got = claims(
        "Flight FZ 968 from Moscow to Dubai departed Vnukovo at 8.38am on Tuesday. Another \
         flight, FZ 969 from Dubai, was diverted to Domodedovo Airport.",
        "2023-07-04",
    );
    assert!(
        got.contains(&"arrival UUDD 2023-07-04 FZ969".to_string()),
        "{got:?}"
    );
}

#[test]
fn used_to_transport_is_a_verb_not_an_aircraft() {
    // The type named before the clause stays the aircraft's.
    let got = claims(
        "The aircraft Bombardier Challenger 604, used to transport patients, stood at \
         Vnukovo airport for two hours on March 4.",
        "2023-03-05",
    );
    assert_eq!(got, ["presence UUWW 2023-03-04 CL60"], "{got:?}");
}

#[test]
fn how_near_it_came_to_landing_is_no_landing() {
    for text in [
        "An American Airlines flight bound for Phoenix returned to Columbus on Sunday morning \
         after a bird strike. The diverted version of the flight was minutes from landing at \
         Phoenix Sky Harbor International Airport on Sunday afternoon.",
        "The jet left Tokyo on Saturday and touched down at Los Angeles International Airport \
         at 3:30 p.m., and she then faced the challenge of reaching Las Vegas.",
    ] {
        let got = claims(text, "2023-04-24");
        assert!(
            got.iter()
                .all(|c| !c.contains("KPHX") && !c.contains("KLAS")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn people_heading_for_the_hotel_make_no_flight() {
    let got = claims(
        "On Sunday the presidential plane landed at Wellington airport. From the airport, the \
         president and his wife headed straight for the hotel where they will stay while in \
         Wellington.",
        "2018-03-18",
    );
    assert_eq!(got, ["arrival NZWN 2018-03-18 -"], "{got:?}");
}

#[test]
fn a_town_s_military_airport_is_its_field() {
    let got = claims(
        "The presidential plane arrived at Wellington Military Airport on Sunday.",
        "2018-03-18",
    );
    assert_eq!(got, ["arrival NZWN 2018-03-18 -"], "{got:?}");
}

#[test]
fn a_field_seen_there_before_is_no_claim_of_the_day() {
    let got = claims(
        "On 3 March the Il-62 RA-86496 landed in Caracas. This aircraft had already been \
         spotted at Maiquetia previously.",
        "2019-03-04",
    );
    assert_eq!(got, ["arrival SVMI 2019-03-03 IL62 RA-86496"], "{got:?}");
}

#[test]
fn a_named_owner_s_plane_told_as_one_more_is_another_aircraft() {
    let got = claims(
        "Arkady Rotenberg's Bombardier BD-700 took off from Moscow today and landed in Baku. \
         The plane of Deputy Prime Minister Denis Manturov also left Moscow at 7 am and landed \
         in Dalaman at 12:06 pm.",
        "2023-06-24",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival LTBS") && !c.contains("GLEX")),
        "{got:?}"
    );
}

#[test]
fn a_flight_on_its_way_that_crashed_only_took_off() {
    for text in [
        "On Thursday a Falcon 900 en route from Nice to Geneva crashed near Lyon.",
        "An Embraer-135 private jet crashed in the Tver Region on Thursday. The aircraft was \
         heading from Moscow's Sheremetyevo Airport to St. Petersburg.",
    ] {
        let got = claims(text, "2023-08-25");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(got[0].starts_with("departure "), "{text}: {got:?}");
        assert!(got[0].contains("2023-08-24"), "{text}: {got:?}");
    }
}

#[test]
fn airports_by_the_names_reporters_use() {
    let got = claims(
        "The Hawk landed at RAF Valley on Monday. The jet left Kingsford-Smith International \
         Airport on Tuesday.",
        "2018-02-21",
    );
    assert_eq!(
        got,
        ["arrival EGOV 2018-02-19 -", "departure YSSY 2018-02-20 -"],
        "{got:?}"
    );
    // ("the Coachella Valley" is no airport.)
    let got = claims("The jet left the Coachella Valley on Monday.", "2018-02-21");
    assert!(got.iter().all(|c| !c.contains("KHRL")), "{got:?}");
}

#[test]
fn when_a_plan_was_made_is_no_day_of_the_story() {
    // A short aside dates the plan, not the movements told after it.
    let got = claims(
        "Rotenberg's Bombardier BD-700 took off from Moscow today at 11:30 am and landed in \
         Baku. The flight had been booked last night. A second jet left Moscow at 7 am and landed \
         in Dalaman at 12:06 pm.",
        "2023-06-24",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LTBS 2023-06-24")),
        "{got:?}"
    );
}

#[test]
fn a_route_named_without_a_verb_then_diverted_is_not_flown() {
    // An airline's statement: the flight's number and its route, then
    // where it went instead.
    let got = claims(
        "The airline said flight EK372 Dubai to Bangkok on 16 March was diverted to \
         Hyderabad after a passenger fell ill.",
        "2018-03-17",
    );
    assert!(got.iter().all(|c| !c.starts_with("route")), "{got:?}");
    assert!(
        got.contains(&"arrival VOHS 2018-03-16 EK372".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_lead_about_what_happened_during_a_flight_gives_its_day() {
    // Airline-incident copy: the lead dates the flight, the next sentence
    // tells the diversion with no day of its own.
    let got = claims(
        "A passenger has died after falling ill during an Emirates flight from London to \
         Dubai on Monday. Emirates flight EK30 was diverted to Kuwait, a spokesperson said.",
        "2017-12-05",
    );
    assert_eq!(got, ["arrival OKKK 2017-12-04 EK30"], "{got:?}");
}

#[test]
fn an_hour_after_a_background_year_is_the_publication_day() {
    // A live report: a background aside dated only by a year, then a
    // take-off told by its local hour.
    let got = claims(
        "When the president travelled to Abu Dhabi last year, fighters escorted his plane. \
         According to trackers, the jets registered as RA-96017 and RA-96024 took off from \
         Yakutsk at 9:34 p.m. local time.",
        "2024-06-18",
    );
    assert!(
        got.contains(&"departure UEEE 2024-06-18 RA-96017".to_string()),
        "{got:?}"
    );
}

#[test]
fn an_escort_is_not_the_aircraft_the_story_follows() {
    // "The aircraft" after an escort's sentence is still the escorted one.
    let got = claims(
        "The Il-96 flew to Riyadh on Monday, escorted by four Sukhoi Su-35S. The aircraft \
         registered as RA-96017 and RA-96024 left Riyadh on Tuesday.",
        "2023-12-07",
    );
    assert!(got.iter().all(|c| !c.contains("SU27")), "{got:?}");
}

#[test]
fn a_place_flown_over_is_not_a_landing() {
    // Where the strait or sea flown over lies is no destination.
    let got = claims(
        "Six Y-20 transports landed in Belgrade on Saturday. The planes later flew over the \
         Bosphorus Strait in Turkey on their way back to China.",
        "2022-04-11",
    );
    let places = |c: &String| c.split(' ').nth(1).unwrap_or("").to_string();
    assert!(
        got.iter().all(|c| !places(c).split('>').any(|p| p == "TR")),
        "{got:?}"
    );
}

#[test]
fn an_airport_named_after_a_city_ending_in_s() {
    // "Buenos Aires' Ezeiza": the apostrophe alone is the possessive.
    let got = claims(
        "The freighter departed Buenos Aires' Ezeiza International Airport on Monday.",
        "2024-02-13",
    );
    assert_eq!(got, ["departure SAEZ 2024-02-12 -"], "{got:?}");
}

#[test]
fn a_city_and_its_field_joined_by_a_hyphen_are_the_field() {
    // Aviation writers' "City-Field": the field, not the city's main one,
    // with or without "airport" after it.
    for (text, want) in [
        (
            "The Boeing 747 arrived at Buenos Aires-Ezeiza Airport on 6 June 2022.",
            "arrival SAEZ 2022-06-06 B744",
        ),
        (
            "The Gulfstream G650 landed at Milan-Linate on Monday.",
            "arrival LIML 2024-02-12 GLF6",
        ),
        (
            "The Airbus A330 landed at Milan-Malpensa on Monday.",
            "arrival LIMC 2024-02-12 A332",
        ),
    ] {
        let got = claims(text, "2024-02-13");
        assert_eq!(got, [want], "{text}: {got:?}");
    }
    // Two cities so joined stay a route.
    let got = claims("The jet flew Moscow-Minsk on Monday.", "2024-02-13");
    assert!(got.iter().any(|c| c.contains("UMMS")), "{got:?}");
}

#[test]
fn a_province_or_state_after_a_town_decides_which_town() {
    for (text, want) in [
        (
            "The Buffalo flew to Victoria, British Columbia, on Monday.",
            "arrival CYYJ 2024-02-12",
        ),
        (
            "The CC-130 flew to Victoria, B.C., on Monday.",
            "arrival CYYJ 2024-02-12",
        ),
        (
            "The jet landed in London, Ontario, on Monday.",
            "arrival CYXU 2024-02-12",
        ),
        (
            "The jet landed in Kingston, Ont., on Monday.",
            "arrival CYGK 2024-02-12",
        ),
        (
            "The jet landed in Sydney, Nova Scotia, on Monday.",
            "arrival CYQY 2024-02-12",
        ),
        (
            "The jet landed in Victoria, Texas, on Monday.",
            "arrival KVCT 2024-02-12",
        ),
        // No town of the name there in the table: the country, not the
        // namesake abroad.
        (
            "The jet landed in Cambridge, Massachusetts, on Monday.",
            "arrival US 2024-02-12",
        ),
        (
            "The jet landed in Perth, Scotland, on Monday.",
            "arrival GB 2024-02-12",
        ),
    ] {
        let got = claims(text, "2024-02-13");
        assert!(
            got.len() == 1 && got[0].starts_with(want),
            "{text}: {got:?}"
        );
    }
    // A province's name holds no town ("Columbia", Missouri), and the
    // story's province decides a town named later.
    let got = claims(
        "The rescue region covers mountains in British Columbia and the Yukon. The \
         patient was flown to Victoria on Monday.",
        "2024-02-13",
    );
    assert_eq!(got, ["arrival CYYJ 2024-02-12 -"], "{got:?}");
    // An abbreviation that may be another word holds no place's word:
    // "Man." is no Manitoba here.
    assert_eq!(places("The jet flew to the Isle of Man."), ["EGNS"]);
    // A country in a province's name stays when it is the province's.
    assert_eq!(places("The jet landed in Western Australia."), ["AU"]);
    assert_eq!(
        places("He is back in Northern Ireland."),
        Vec::<String>::new()
    );
}

#[test]
fn a_sea_a_lake_or_a_river_is_no_town_of_its_name() {
    // Not Victoria, British Columbia; not Tsushima's or Noto's fields.
    for text in [
        "The drone came down in Lake Victoria.",
        "The P-1 patrolled the Tsushima Strait.",
        "The quake struck the Noto Peninsula.",
    ] {
        assert_eq!(places(text), Vec::<String>::new(), "{text}");
    }
    // A town's own name with "Lake" in it, and an island's field, stay.
    assert_eq!(places("The jet landed at Lake Charles."), ["KLCH"]);
    assert_eq!(places("The C-130 landed on Kodiak Island."), ["PADQ"]);
    // An island's name that is a town half a world from the story's other
    // places (Ross air base, Belarus) is the island's.
    assert_eq!(
        places("The C-17 left Christchurch and landed on the ice near Ross Island."),
        ["NZCH"]
    );
    assert_eq!(
        places("The C-130 left Anchorage and landed on Kodiak Island."),
        ["PANC", "PADQ"]
    );
}

#[test]
fn a_speakers_or_officers_name_is_no_town() {
    // Panama's David, Australia's Young, the Falklands' Stanley, Gary in
    // Indiana: given names and surnames here.
    assert_eq!(
        places("\"It was routine,\" said Capt. David Young. The C-17 landed at Ramstein."),
        ["ETAR"]
    );
    assert_eq!(
        places("Stanley Olisa, a spokesman for the airline, said the jet landed in Lagos."),
        ["DNMM"]
    );
    assert_eq!(
        places("\"We waited,\" Gary Bevins said."),
        Vec::<String>::new()
    );
    // A given name before a surname (not Nancy, France), unless a
    // preposition makes the pair a field ("at Orlando Sanford").
    assert_eq!(places("Nancy Pelosi's plane landed in Taipei."), ["RCTP"]);
    assert_eq!(places("The jet landed at Orlando Sanford."), ["KSFB"]);
    // A field a movement governs stays one, speaker or not.
    let got = claims(
        "The plane landed at Boston Logan on Monday, police said.",
        "2024-02-13",
    );
    assert_eq!(got, ["arrival KBOS 2024-02-12 -"], "{got:?}");
    let got = claims(
        "The Il-76 left Moscow Vnukovo on Monday, Tass said.",
        "2024-02-13",
    );
    assert_eq!(got, ["departure UUWW 2024-02-12 IL76"], "{got:?}");
}

#[test]
fn a_place_name_runs_over_no_sentence_end_nor_article() {
    // Not Oki (Japan), not Apia (Samoa).
    assert_eq!(
        places("\"It was OK.' I said nothing more."),
        Vec::<String>::new()
    );
    assert_eq!(places("A PIA flight landed in Lahore."), ["OPLA"]);
    // A one-letter word of the name itself stays.
    assert_eq!(places("The jet landed in A Coruña."), ["LECO"]);
}

#[test]
fn an_airport_code_in_brackets_names_the_field() {
    // A field the name alone does not find, told with its IATA code.
    let got = claims(
        "The seized jumbo landed at Dade-Collier Training and Transition Airport (TNT) on \
         Monday, in the Everglades.",
        "2024-02-13",
    );
    assert_eq!(got, ["arrival KTNT 2024-02-12 -"], "{got:?}");
    // (A name read as an airport keeps it: local initials are no code.)
    let got = claims(
        "The flight returned to Tribhuvan International Airport (TIA) on Wednesday.",
        "2024-11-21",
    );
    assert_eq!(got, ["arrival VNKT 2024-11-20 -"], "{got:?}");
}

#[test]
fn an_arriving_flight_named_in_passing_is_no_landing() {
    // A comparison with other flights' origin is no movement.
    let got = claims(
        "Another removal flight landed at San Salvador on Friday morning. Friday's arriving \
         flight from Louisiana, like those from a facility in Harlingen, Texas, was routine.",
        "2025-02-08",
    );
    assert!(got.iter().all(|c| !c.contains("KHRL")), "{got:?}");
}

#[test]
fn a_country_after_a_is_whose_not_where() {
    // "a US staging facility in Alexandria": the town is where it left.
    let got = claims(
        "The charter left a US staging facility in Alexandria, Louisiana, on Friday.",
        "2025-02-08",
    );
    assert_eq!(got, ["departure KAEX 2025-02-07 -"], "{got:?}");
}

#[test]
fn a_leg_flown_before_the_landing_is_a_route() {
    // "After flying from A to B, the jet landed in C": two legs.
    let got = claims(
        "After flying from Austin to Brownsville earlier this afternoon, the jet landed in \
         Dallas.",
        "2024-11-05",
    );
    assert!(
        got.contains(&"route KAUS>KBRO 2024-11-05 -".to_string()),
        "{got:?}"
    );
}

#[test]
fn taking_a_flight_is_flying_and_a_length_is_no_type() {
    // "took a 9 minute flight": the flight is the movement, and "a 9" is
    // the article and a number, not the A-9.
    let got = claims(
        "Reports said the tycoon took a 9 minute flight to San Francisco from San Jose on \
         Monday.",
        "2022-08-10",
    );
    assert_eq!(got, ["route KSJC>KSFO 2022-08-08 -"], "{got:?}");
}

#[test]
fn a_fleet_a_city_owns_is_no_origin() {
    // "a second plane from Moscow's presidential fleet": whose, not where from.
    let got = claims(
        "A government jet landed in Pyongyang on Tuesday, with a second plane from Moscow's \
         presidential fleet behind it.",
        "2025-06-17",
    );
    assert!(got.iter().all(|c| !c.starts_with("route")), "{got:?}");
}

#[test]
fn leaving_for_a_place_and_arriving_is_arriving_there() {
    // "left X for Y and arrived on Tuesday": the landing is at Y.
    let got = claims(
        "Tracking data show the Il-62M left Moscow for Pyongyang and arrived on Tuesday \
         morning.",
        "2023-09-29",
    );
    assert!(
        got.contains(&"arrival ZKPY 2023-09-26 IL62".to_string()),
        "{got:?}"
    );
}

#[test]
fn seen_as_is_no_sighting() {
    // "a move seen as a blow to China": regarded, not seen there.
    let got = claims(
        "The speaker landed in Taipei on Tuesday night, a move which is seen as a blow to \
         China's ambitions.",
        "2022-08-03",
    );
    assert!(got.iter().all(|c| !c.contains(" CN ")), "{got:?}");
}

#[test]
fn the_first_movement_takes_the_day_the_sentence_before_named() {
    // A live piece: the day named in a sentence with no movement, then
    // the movement told without one.
    let got = claims(
        "Hundreds of thousands were watching SPAR19 on flight trackers as of early Tuesday \
         morning. SPAR19, a US Air Force jet, left Kuala Lumpur in Malaysia, its destination \
         unlisted.",
        "2022-08-02",
    );
    assert_eq!(got, ["departure WMKK 2022-08-02 SPAR19"], "{got:?}");
}

#[test]
fn places_passed_on_the_way_are_no_stops() {
    // "flying close to Manado", "a turn north to the Philippines",
    // "flew through Indonesia": the way flown, not where it landed.
    let got = claims(
        "The jet took off from Subang Airport on Tuesday afternoon and headed east, flying \
         close to the Indonesian city of Manado before taking a turn north to the \
         Philippines.",
        "2022-08-03",
    );
    assert_eq!(got, ["departure WMSA 2022-08-02 -"], "{got:?}");
    let got = claims(
        "The C-40 left Kuala Lumpur on Tuesday, flew through Indonesia and landed in Taipei.",
        "2022-08-03",
    );
    assert!(got.iter().all(|c| !c.contains(">ID>")), "{got:?}");
}

#[test]
fn en_route_from_a_place_is_a_take_off_and_against_landing_is_none() {
    // A flight "en route from X to Y" that turned around: it left X, and
    // never got to Y; "decided against landing" is no landing.
    let got = claims(
        "Opposition media say a cargo flight en route from Tehran to Damascus on Thursday was \
         forced to turn around. The crew decided against landing in Syria and the plane \
         returned to Iran.",
        "2024-11-25",
    );
    assert_eq!(
        got,
        ["departure IR 2024-11-21 -", "arrival IR 2024-11-21 -"],
        "{got:?}"
    );
}

#[test]
fn an_apron_in_capitals_is_no_registration() {
    let got = claims(
        "A Boeing 747-446 landed at Hamburg on Thursday morning. After landing, the 747 with \
         the registration N465MC parked on APRON 2. Four hours later it left Hamburg.",
        "2020-02-21",
    );
    assert!(got.iter().all(|c| !c.contains("AP-RON")), "{got:?}");
}

#[test]
fn a_landing_before_the_passengers_fly_on_is_told_as_fact() {
    // "has landed …, before the freed men are expected to fly on": the
    // "before" opens a clause of its own; it is no "has been there before".
    let got = claims(
        "An aircraft carrying the freed aid workers has landed in Muscat, before the group \
         are due to travel on to Europe.",
        "2023-05-26",
    );
    assert_eq!(got, ["arrival OOMS 2023-05-26 -"], "{got:?}");
}

#[test]
fn a_long_object_does_not_hide_the_route_after_it() {
    // "flew <people> and <others> who … on Thursday from X to Y".
    let got = claims(
        "An Ethiopian Airlines charter flew 120 stranded students and a few traders who work \
         in Kenya on Thursday from Delhi to Addis Ababa.",
        "2020-06-05",
    );
    assert_eq!(got, ["route VIDP>HAAB 2020-06-04 -"], "{got:?}");
}

#[test]
fn a_photo_credit_is_no_airport_code() {
    // "(Jane Doe/KRBD)": a photographer and the radio station, after a
    // caption.
    let got = claims(
        "Military cargo plane pays Juneau a visit\n\nA C-17 Globemaster from Joint Base \
         Lewis-McChord takes off from Juneau International Airport Monday afternoon. The \
         military transport plane arrived Sunday. (Ann Lowe/KRBD)\n\nA heavy military \
         cargo plane landed at Juneau's airport over the weekend.",
        "2021-07-19",
    );
    assert!(got.iter().all(|c| !c.contains("KRBD")), "{got:?}");
}

#[test]
fn flew_out_with_no_place_is_a_take_off_from_where_it_was() {
    let got = claims(
        "A US Air Force C-130 landed at Jodhpur airport on Saturday. \"It touched down at 9 am \
         and flew out at noon,\" an airport official said.",
        "2020-02-22",
    );
    assert_eq!(
        got,
        [
            "arrival VIJO 2020-02-22 C130",
            "departure VIJO 2020-02-22 C130"
        ],
        "{got:?}"
    );
}

#[test]
fn a_look_back_goes_on_on_its_own_day() {
    // A flashback told in the past perfect with its date, then carried on
    // in the past perfect without one.
    let got = claims(
        "An Air China Boeing 747 freighter landed in Kathmandu yesterday. A first 747 had \
         touched down at Kathmandu on October 2. That aircraft had landed at 1:30 pm and \
         departed at 3 pm.",
        "2019-10-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VNKT 2019-10-02")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|c| !c.starts_with("departure VNKT 2019-10-07")),
        "{got:?}"
    );
}

#[test]
fn a_landing_after_after_is_at_the_airport_the_sentence_named() {
    // "Flights were halted at X after a jet nearly crashed while landing",
    // and "X main airport" is the country's one large airport.
    let got = claims(
        "Operations were suspended at Liberia main airport on Friday night after a chartered \
         jet carrying the vice-president nearly crashed while landing.",
        "2025-06-02",
    );
    assert_eq!(got, ["arrival GLRB 2025-05-30 -"], "{got:?}");
}

#[test]
fn a_clause_after_but_and_an_adverb_keeps_its_places() {
    let got = claims(
        "The Qatari jet arrived on Saturday, but apparently the detainees' planned handover \
         was delayed by the shelling of a bus carrying refugees of two villages in northern \
         Syria.",
        "2017-04-21",
    );
    assert!(got.iter().all(|c| !c.contains(" SY ")), "{got:?}");
}

#[test]
fn it_is_believed_the_plane_landed_is_a_guess() {
    let got = claims(
        "The Cessna Citation left Grand Cayman on Monday. It is believed the plane landed on \
         a private airstrip in Venezuela.",
        "2024-01-04",
    );
    assert!(got.iter().all(|c| !c.contains(" VE ")), "{got:?}");
}

#[test]
fn initials_in_brackets_after_a_name_stand_for_it() {
    // "X Y International Airport (XYIA) … landed at XYIA": the initials the
    // story gave, not another airport whose ICAO code they spell.
    let got = claims(
        "An Antonov An-124 landed at the Mattala Rajapaksa International Airport (MRIA) this \
         afternoon. The freighter had come from Karachi and landed at MRIA at 1.50 pm \
         yesterday.",
        "2018-11-05",
    );
    assert!(got.iter().all(|c| !c.contains("MRIA")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("VCRI 2018-11-04")), "{got:?}");
}

#[test]
fn flight_no_and_a_number_is_no_negation() {
    let got = claims(
        "The airline said flight no. 1204 was diverted to Omaha, Nebraska, on Tuesday after \
         a passenger fell ill.",
        "2014-09-24",
    );
    assert_eq!(got, ["arrival KOMA 2014-09-23 -"], "{got:?}");
}

#[test]
fn a_from_inside_including_is_where_some_of_the_group_belong() {
    // "Five C-130s, including two from X, took off from Y": the group's
    // members come from X; the take-off is from Y.
    let got = claims(
        "Five C-130s, including two from the Netherlands and one from Egypt, took off from \
         Amman on Tuesday to drop food over the coast.",
        "2024-03-07",
    );
    assert!(got.iter().all(|c| !c.contains(" NL ")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure OJAI 2024-03-05")),
        "{got:?}"
    );
}

#[test]
fn began_its_journey_and_redirected_are_movements() {
    let got = claims(
        "The air ambulance began its journey from Nuremberg to Omsk at 03:10 on Friday.",
        "2020-08-22",
    );
    assert_eq!(got, ["departure EDDN 2020-08-21 -"], "{got:?}");
    let got = claims(
        "The president's Falcon was redirected to Vienna on Tuesday evening after two \
         countries closed their airspace to it.",
        "2013-07-03",
    );
    assert_eq!(got, ["arrival LOWW 2013-07-02 -"], "{got:?}");
}

#[test]
fn flights_were_made_is_a_flight() {
    let got = claims(
        "On Saturday, three more flights were made from Syria to Benina by Russian cargo \
         aircraft, the spokesman said.",
        "2020-05-25",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route SY>HLLB 2020-05-23")),
        "{got:?}"
    );
}

#[test]
fn people_who_flew_then_stayed_are_not_the_aircraft() {
    let got = claims(
        "The Airbus landed in Omsk on Thursday morning. After refuelling it went on to \
         Moscow. Three passengers who had travelled with him stayed in Omsk.",
        "2020-08-21",
    );
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
}

#[test]
fn an_escort_is_not_the_aircraft_it_escorts() {
    // "with a MiG-29 escort", "scrambled a Su-27 to escort the plane": the
    // fighter's type is not the airliner's.
    let got = claims(
        "Airline flight LO281 was diverted with a MiG-29 escort to Minsk on Sunday. The \
         ministry said it had scrambled a Su-27 to escort the plane.",
        "2021-05-24",
    );
    assert!(
        got.iter()
            .all(|c| !c.contains("MG29") && !c.contains("SU27")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival UMMS 2021-05-23")),
        "{got:?}"
    );
}

#[test]
fn a_person_who_had_been_followed_is_no_arrival() {
    let got = claims(
        "The Boeing 737 landed in Vilnius late on Sunday. The journalist had been followed \
         before he boarded the plane in Athens.",
        "2021-05-24",
    );
    assert!(got.iter().all(|c| !c.contains("LGAV")), "{got:?}");
}

#[test]
fn forced_with_a_long_object_to_land_is_a_landing() {
    let got = claims(
        "On Sunday the authorities forced a Ryanair airliner flying from Athens to Vilnius \
         to land in Minsk.",
        "2021-05-24",
    );
    assert!(got.iter().any(|c| c.contains("UMMS 2021-05-23")), "{got:?}");
    assert!(got.iter().all(|c| !c.contains("EYVI")), "{got:?}");
}

#[test]
fn other_spellings_of_libyan_and_kazakh_fields() {
    let got = claims(
        "Two Il-76s took off from Baninah on Saturday and landed at Qardabiya. A day later \
         an Embraer 190 landed at Aqtau.",
        "2020-05-25",
    );
    assert!(got.iter().any(|c| c.contains("HLGD")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("HLLB")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("UATE")), "{got:?}");
}

#[test]
fn a_base_named_after_its_generic_noun_keeps_its_preposition() {
    // "flew from the UK base Mildenhall": the noun and its country before
    // the name do not hide the "from".
    let got = claims(
        "A US Air Force RC-135U took off from the UK base Mildenhall on Monday.",
        "2025-11-04",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EGUN 2025-11-03")),
        "{got:?}"
    );
}

#[test]
fn a_first_name_after_a_title_is_no_city() {
    // "President Vladimir Putin": not the Russian city of Vladimir.
    let got = claims(
        "An Il-96 landed at Anchorage this afternoon ahead of the talks between President \
         Vladimir Putin and the US president.",
        "2025-08-14",
    );
    assert!(got.iter().all(|c| !c.contains("UUBL")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival PANC 2025-08-14")),
        "{got:?}"
    );
}

#[test]
fn a_navy_signals_orion_is_a_type_not_an_iranian_registration() {
    let got = claims(
        "A U.S. Navy Lockheed EP-3E took off from Souda Bay on Thursday for the Black Sea.",
        "2023-08-11",
    );
    assert_eq!(got, ["departure LGSA 2023-08-10 P3"], "{got:?}");
}

#[test]
fn a_subjects_home_base_is_not_the_start_of_a_movement_with_its_own_from() {
    let got = claims(
        "An RAF A400M from Brize Norton took off from Beirut on Thursday with 90 evacuees.",
        "2021-08-17",
    );
    assert_eq!(got, ["departure OLBA 2021-08-12 A400"], "{got:?}");
}

#[test]
fn a_landing_told_as_news_sets_the_story_day_for_what_follows() {
    // "has landed", with no day: the day of publication, and the next
    // dateless movement shares it.
    let got = claims(
        "The first evacuation flight has landed in Kabul. Another aircraft had to abort its \
         landing and divert to Termez.",
        "2021-08-17",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival UZST 2021-08-17")),
        "{got:?}"
    );
}

#[test]
fn a_pages_update_line_gives_no_day_to_the_story() {
    let got = claims(
        "Updated June 3 2024 - 8:10am, first published June 1 2024\nThe presidential jet \
         landed in Nairobi, officials said.",
        "2024-06-03",
    );
    assert_eq!(got, ["arrival HKJK - -"], "{got:?}");
}

#[test]
fn leaving_a_building_is_no_departure() {
    for text in [
        "The former minister left the courthouse in Geneva on Friday.",
        "The president left hospital in Paris on Friday.",
    ] {
        let got = claims(text, "2024-06-03");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn the_halls_and_areas_of_an_airport_are_no_movement() {
    let got = claims(
        "Police cleared the departure and arrival areas of Gatwick on Sunday.",
        "2021-08-17",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_departure_towards_where_it_was_does_not_start_there() {
    // "departed to Kabul": the aircraft was last at Kabul, but did not
    // leave from it.
    let got = claims(
        "A Turkish A400M landed at Kabul on Monday and was stuck there for hours. The \
         aircraft, which departed to Kabul early that morning, carried water.",
        "2024-06-03",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_headline_landing_stays_beside_the_bodys_departure() {
    let got = claims(
        "Evacuation flight from Kabul lands in Islamabad\n\nThe PIA Boeing 777 departed Kabul \
         on Monday afternoon with 329 people on board.",
        "2021-08-17",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route OAKB>OPIS 2021-08-16")),
        "{got:?}"
    );
}

#[test]
fn a_callsign_or_variant_is_no_single_letter_registration() {
    // "MRTT", "MACE": written without the hyphen a single-letter mark needs
    // four letters.
    let got = claims(
        "MACE 21, an A310 MRTT of the Luftwaffe, left Cologne on Tuesday for Tallinn.",
        "2021-08-17",
    );
    assert_eq!(got, ["departure EDDK 2021-08-17 A310"], "{got:?}");
}

#[test]
fn a_storms_name_is_no_place() {
    // "Hurricane Michael": not Michael Army Airfield.
    let got = claims(
        "The NOAA P-3 flew into Hurricane Michael on Tuesday from MacDill Air Force Base.",
        "2024-06-03",
    );
    assert!(got.iter().all(|c| !c.contains("KDPG")), "{got:?}");
}

#[test]
fn cars_left_parked_are_no_aircraft() {
    let got = claims(
        "Two cars were left parked at the airport in Le Bourget on Friday.",
        "2024-06-03",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn ground_forces_reaching_a_place_are_no_arrival() {
    let got = claims(
        "The rebels reached Syria's coastal mountain range on Sunday.",
        "2024-06-03",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_flight_told_by_how_long_it_took_is_a_route() {
    let got = claims(
        "The flight from Saipan to Canberra took about seven hours.",
        "2024-06-26",
    );
    assert_eq!(got, ["route PGSN>YSCB - -"], "{got:?}");
}

#[test]
fn a_one_word_airport_name_is_read_when_an_airport_bears_it_whole() {
    // "Techo International Airport": one word before the airport words,
    // but the airport's own full name.
    let got = claims(
        "Two Y-20 transports landed at Techo International Airport on Saturday.",
        "2025-11-17",
    );
    assert_eq!(got, ["arrival VDTI 2025-11-15 Y20"], "{got:?}");
}

#[test]
fn a_pool_reports_short_names_and_bare_evening_clock() {
    // "wheels down at JBA at 7:44", after "6:57 p.m.": Andrews, the same
    // evening.
    let got = claims(
        "Air Force One was wheels up from JFK at 6:57 p.m. and wheels down at JBA at 7:44. \
         Uneventful flight.",
        "2022-09-22",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KADW 2022-09-22")),
        "{got:?}"
    );
}

#[test]
fn the_self_defense_forces_are_no_airport() {
    let got = claims(
        "A new government jet arrived at the Air Self-Defense Force's Chitose base on Friday.",
        "2018-08-17",
    );
    assert!(got.iter().all(|c| !c.contains("KNXP")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("RJCJ")), "{got:?}");
}

#[test]
fn the_end_of_a_visit_is_not_the_day_of_the_landing() {
    let got = claims(
        "The US president has arrived in South Korea for a three-day visit until Sunday.",
        "2022-05-20",
    );
    assert_eq!(got, ["arrival KR 2022-05-20 -"], "{got:?}");
}

#[test]
fn flights_told_in_the_passive_with_their_route_first() {
    let got = claims(
        "Two more return flights from Khartoum to Djibouti were provided by the Air and \
         Space Force on 24 April.",
        "2023-04-24",
    );
    assert_eq!(got, ["route HSSK>HDAM 2023-04-24 -"], "{got:?}");
}

#[test]
fn nationals_on_the_ground_are_people() {
    let got = claims(
        "The embassy, which set up a crisis unit on 15 April, has been in contact with our \
         nationals on the ground in Sudan.",
        "2023-04-24",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn foreigners_stuck_in_a_country_are_people() {
    let got = claims(
        "Thousands of foreigners are stuck in Israel, where a war has erupted.",
        "2023-10-13",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_day_carried_past_publication_is_no_day() {
    // "Five days after" an undated event moved the story past publication:
    // the landing that follows gets no day rather than a wrong one.
    let got = claims(
        "26 May 2024\nGulf carrier's flight hit by turbulence, met by emergency services at \
         Dublin Airport\n\nFive days after a Singapore Airlines flight was hit by severe \
         turbulence, another flight has had a similar experience.\n\nThe plane landed safely \
         in Dublin as scheduled.",
        "2024-05-26",
    );
    assert_eq!(got, ["arrival EIDW - -"], "{got:?}");
}

#[test]
fn stranded_due_to_a_closure_is_a_cause_not_a_plan() {
    let got = claims(
        "The two Turkish planes, which were stuck at Borispol due to the war, returned to \
         Kayseri on Tuesday.",
        "2022-12-21",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LTAU 2022-12-20")),
        "{got:?}"
    );
}

#[test]
fn houstons_airport_by_its_short_name() {
    let got = claims(
        "On the morning of July 28, 2024, Flight 2477 took off from George Bush Airport in \
         Houston.",
        "2024-07-31",
    );
    assert_eq!(got, ["departure KIAH 2024-07-28 -"], "{got:?}");
}

#[test]
fn an_air_ambulance_parked_is_an_aircraft() {
    // Road vehicles' stays are no aircraft's; an air ambulance's is.
    let got = claims(
        "The air ambulance was parked at Nuremberg on Saturday.",
        "2020-08-23",
    );
    assert_eq!(got, ["presence EDDN 2020-08-22 -"], "{got:?}");
}

#[test]
fn an_airport_named_without_its_city() {
    // "Sky Harbor" is Phoenix Sky Harbor, not a small field that bears the
    // short name alone.
    let got = claims(
        "The governor stepped off the jet after it landed at Sky Harbor International Airport \
         late on Thursday.",
        "2018-10-20",
    );
    assert_eq!(got, ["arrival KPHX 2018-10-18 -"], "{got:?}");
}

#[test]
fn a_possessive_inside_an_airport_name() {
    let got = claims(
        "Two chartered planes landed at Martha’s Vineyard Airport on Wednesday afternoon.",
        "2022-09-15",
    );
    assert_eq!(got, ["arrival KMVY 2022-09-14 -"], "{got:?}");
}

#[test]
fn a_river_is_not_its_namesake_airport() {
    let got = claims(
        "A US Airways jet landed in the Hudson River in January 2009 once both its engines had \
         failed.",
        "2012-04-19",
    );
    assert!(!got.iter().any(|c| c.contains("KPOU")), "{got:?}");
}

#[test]
fn a_comment_form_under_the_story_is_not_a_movement() {
    let got = claims(
        "A Mahan Air jet landed at Maiquetia earlier today.\n\nLeave a Reply\n\n\
         Fill in your details below or click an icon to log in:\n",
        "2019-04-08",
    );
    assert_eq!(got, ["arrival SVMI 2019-04-08 -"], "{got:?}");
}

#[test]
fn redirected_to_land_is_the_landing() {
    // A diversion's landing told as its purpose, the verb with or without
    // its hyphen.
    for text in [
        "Because of thick fog, the vice president's jet was re-directed to land at Dulles on \
         Tuesday evening.",
        "Because of thick fog, the vice president's jet was rerouted to land at Dulles on \
         Tuesday evening.",
    ] {
        let got = claims(text, "2012-10-03");
        assert_eq!(got, ["arrival KIAD 2012-10-02 -"], "{text}: {got:?}");
    }
}

#[test]
fn an_onward_leg_of_a_plan_is_planned_too() {
    let got = claims(
        "The fugitive meant to fly to Havana on Monday and then on to Caracas, an agency said.",
        "2013-06-23",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_units_home_after_the_landing_is_not_its_start() {
    let got = claims(
        "Officials at Kagoshima Airport confirmed a precautionary landing on Nov. 14 by a \
         tiltrotor assigned to a squadron from Marine Corps Air Station Futenma.",
        "2024-11-22",
    );
    assert!(!got.iter().any(|c| c.contains("ROTM")), "{got:?}");
}

#[test]
fn held_up_from_landing_is_no_landing() {
    let got = claims(
        "A charter on the apron held up an air force transport from landing in Vanuatu on \
         Sunday.",
        "2020-04-18",
    );
    assert!(!got.iter().any(|c| c.starts_with("arrival")), "{got:?}");
}

#[test]
fn joint_bases_by_their_short_forms() {
    let got = claims(
        "The E-4B touched down at JBER on Wednesday after a week of training flights.",
        "2022-05-19",
    );
    assert_eq!(got, ["arrival PAED 2022-05-18 B742"], "{got:?}");
}

#[test]
fn a_stop_at_each_of_two_places() {
    let got = claims(
        "The new 737 left Seattle on Thursday. It stopped in Honolulu and Saipan for fuel and \
         crew rest. It landed in Guangzhou on Saturday.",
        "2024-01-27",
    );
    for stop in ["presence PHNL", "presence PGSN"] {
        assert!(got.iter().any(|c| c.starts_with(stop)), "{stop}: {got:?}");
    }
}

#[test]
fn a_stop_located_or_offered_as_a_choice_is_one_stop() {
    // "San Juan, Puerto Rico" is one place.
    let got = claims(
        "The charter stopped in San Juan, Puerto Rico, on Saturday before flying on to \
         Fortaleza.",
        "2025-07-20",
    );
    assert!(!got.iter().any(|c| c.starts_with("presence PR")), "{got:?}");
}

#[test]
fn a_refuelling_stop_is_not_where_the_flight_was_headed() {
    let got = claims(
        "A commander said the military transport refuelled on its way home to China from New \
         Zealand.",
        "2018-06-25",
    );
    assert!(!got.iter().any(|c| c.contains(" CN ")), "{got:?}");
}

#[test]
fn on_approach_for_landing_is_no_landing_told() {
    // A stock photo's caption: the landing it was lined up for.
    let got = claims(
        "Photo: an airliner on final approach for landing at Denver International Airport.",
        "2021-06-05",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_night_told_month_first_spans_its_two_days() {
    let got = claims(
        "On the night of March 9 to 10, two Il-76 transports flew from Engels to Hmeimim.",
        "2025-03-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route XWSG>OSLK 2025-03-09/2025-03-10")),
        "{got:?}"
    );
    // A day that is not the next one is no night.
    let got = claims(
        "On the night of March 9 to 12 people were hurt; an Il-76 landed in Hmeimim.",
        "2025-03-14",
    );
    assert!(!got.iter().any(|c| c.contains("2025-03-09/")), "{got:?}");
}

#[test]
fn more_countries_by_their_adjective() {
    let got = claims(
        "Two air force transports touched down in the Tongan capital on Friday with water \
         purifiers.",
        "2022-02-01",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival NFTF 2022-01-28")),
        "{got:?}"
    );
    let got = claims(
        "The minister's jet landed in the Mongolian capital on Monday.",
        "2024-06-05",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival ZMCK 2024-06-03")),
        "{got:?}"
    );
}

#[test]
fn a_flights_purpose_after_its_destination_is_not_flown() {
    let got = claims(
        "A second airliner was flown to Gander on Sunday to take the stranded travellers on to \
         Manchester.",
        "2023-03-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival CYQX 2023-03-12")),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.contains("EGCC")), "{got:?}");
}

#[test]
fn people_left_behind_are_no_departure() {
    let got = claims(
        "United flight diverted to Canada, leaving passengers stuck in the cold on Tuesday.",
        "2023-03-14",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
    let got = claims(
        "The fault left hundreds of holidaymakers stuck on the Boeing 737 in Palma on Tuesday.",
        "2023-03-14",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_passenger_left_behind_is_no_departure() {
    let got = claims(
        "The Airbus A330 landed at Keflavik on Monday. Such jets normally continue their \
         journeys at once, leaving the unwell passengers behind in Iceland.",
        "2023-03-14",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn hard_wrapped_lines_are_read_as_one_sentence() {
    // Text pasted from a PDF or an e-mail keeps its line breaks.
    let got = claims(
        "The charter flight, an Airbus A321, left from\nBirmingham on Tuesday with 80 people on \
         board and\nlanded in Tirana in the afternoon.",
        "2024-06-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EGBB 2024-06-18")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LATI 2024-06-18")),
        "{got:?}"
    );
}

#[test]
fn a_habit_in_a_relative_clause_on_a_name_is_the_names() {
    let got = claims(
        "The prime minister flew to Canberra on Tuesday aboard the Airbus A330 Kangaroo One which \
         is usually kept for long trips.",
        "2024-02-08",
    );
    assert!(got.iter().any(|c| c.contains("YSCB 2024-02-06")), "{got:?}");
}

#[test]
fn reaching_out_or_reaching_a_deal_is_no_arrival() {
    let got = claims(
        "The paper has reached out to a Denver spokeswoman. The two sides reached an agreement in \
         Doha on Monday.",
        "2023-10-20",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn kuwaits_air_bases_by_their_names() {
    let got = claims(
        "The relief aircraft took off from Abdullah Al-Mubarak Air Base on Thursday; a second \
         left Ali Al-Salem air base on Friday.",
        "2025-09-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure OKKK 2025-09-18")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure OKAS 2025-09-19")),
        "{got:?}"
    );
}

#[test]
fn while_before_another_days_event_starts_a_clause() {
    let got = claims(
        "On Monday a flight from Boston to Rome diverted to Shannon while on Tuesday an Airbus \
         A330 from Lagos to London made an unscheduled landing in Lisbon.",
        "2024-12-05",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival EINN 2024-12-02")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.starts_with("arrival EINN 2024-12-03")),
        "{got:?}"
    );
}

#[test]
fn trouble_leaving_is_no_departure() {
    let got = claims(
        "The A330 landed at Seoul Air Base on Saturday. Many citizens have faced difficulty \
         leaving Beirut on airline flights, officials said.",
        "2024-10-05",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn leaving_the_airport_in_a_motorcade_is_by_road() {
    let got = claims(
        "The Chinese leader's Boeing 747 landed at Noi Bai on Tuesday. After the ceremony, Xi \
         departed from the airport with his motorcade escorted by police.",
        "2023-12-13",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn flying_off_with_no_destination_leaves_where_it_was() {
    let got = claims(
        "The Antonov An-124 touched down at Chennai on Monday to refuel before flying off at \
         around 10 p.m.",
        "2022-11-22",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VOMM 2022-11-21")),
        "{got:?}"
    );
    // With a destination it stays a flight there.
    let got = claims(
        "The Antonov An-124 touched down at Chennai on Monday and flew off to Dubai.",
        "2022-11-22",
    );
    assert!(got.iter().any(|c| c.starts_with("route VOMM>")), "{got:?}");
}

#[test]
fn a_pictured_caption_retells_no_movement() {
    let got = claims(
        "The Boeing 767 diverted to Gander on Sunday. Passengers flew on to London the next day. \
         The Boeing 767 landed at Gander Airport (pictured) in Newfoundland.",
        "2025-07-08",
    );
    assert!(
        !got.iter().any(|c| c.contains("CYQX 2025-07-07")),
        "{got:?}"
    );
}

#[test]
fn things_from_an_aircraft_move_without_it() {
    let got = claims(
        "The Dutch C-130 took off from Kharkiv on Wednesday. The flight recorders from the downed \
         Boeing 777 arrived in Farnborough on Wednesday for analysis.",
        "2014-07-24",
    );
    assert!(!got.iter().any(|c| c.starts_with("arrival")), "{got:?}");
}

#[test]
fn a_countrys_capital_by_its_possessive() {
    let got = claims(
        "A chartered helicopter on Wednesday flew citizens out of Haiti's gang-ravaged capital \
         Port-au-Prince. A jet left Haiti's capital on Thursday.",
        "2024-03-23",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure MTPP 2024-03-20")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure MTPP 2024-03-21")),
        "{got:?}"
    );
}

#[test]
fn the_first_aircraft_to_land_did_land() {
    let got = claims(
        "The Il-96 was the first foreign aircraft to land at Sunan on Monday.",
        "2023-08-22",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival ZKPY 2023-08-21")),
        "{got:?}"
    );
}

#[test]
fn jetted_into_is_an_arrival() {
    let got = claims(
        "Two business jets carrying the delegations jetted into Lanseria on Monday.",
        "2023-08-22",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival FALA 2023-08-21")),
        "{got:?}"
    );
}

#[test]
fn initials_defined_in_brackets_stand_for_the_airport() {
    let got = claims(
        "Ground crews at Kotoka International Airport (KIA) had waited two days for the \
         freighter. The Boeing 747 called at Lagos on Monday and departed KIA on Friday for Liege.",
        "2025-05-10",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure DGAA 2025-05-09")),
        "{got:?}"
    );
}

#[test]
fn an_irish_county_is_no_field_of_that_name() {
    let got = claims(
        "A charter carrying the men touched down at the Co Clare airport on Monday night, \
         local officials said. It had landed in Shannon at about 10pm.",
        "2025-05-14",
    );
    assert!(got.iter().all(|c| !c.contains("K48D")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival EINN 2025-05-12")),
        "{got:?}"
    );
}

#[test]
fn an_airport_named_whole_beats_a_field_sharing_its_first_word() {
    let got = claims(
        "An Airbus with a hydraulic fault put down at Chennault International Airport \
         on Tuesday afternoon.",
        "2024-03-07",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KCWF 2024-03-05")),
        "{got:?}"
    );
}

#[test]
fn a_short_airport_name_is_the_story_citys_airport() {
    let got = claims(
        "A JetBlue jet bound for Orlando turned back to Logan Airport on Sunday, \
         shortly after leaving Boston.",
        "2024-02-20",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KBOS 2024-02-18")),
        "{got:?}"
    );
    let got = claims(
        "The charter from Lagos touched down at Kennedy Airport in New York on Saturday.",
        "2024-02-20",
    );
    assert!(
        got.iter()
            .any(|c| c.contains("KJFK") && c.contains("2024-02-17")),
        "{got:?}"
    );
}

#[test]
fn fields_reporters_call_by_a_short_or_former_name() {
    lands_at(
        "at",
        &[
            ("Love Field", "KDAL"),
            ("Hanscom Field", "KBED"),
            ("Sky Harbor", "KPHX"),
            ("McCarran", "KLAS"),
            ("Rafic Hariri", "OLBA"),
            ("Logan Airport", "KBOS"),
        ],
    );
}

#[test]
fn a_nationality_is_no_field_whose_name_starts_with_it() {
    let got = claims(
        "Diverted Jet Leaves Travellers Stuck At Canadian Air Base\n\n\
         The Boeing 787 made an unplanned landing at Goose Bay on Saturday.",
        "2025-03-10",
    );
    assert!(got.iter().all(|c| !c.contains("CYXC")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival CYYR 2025-03-08")),
        "{got:?}"
    );
}

#[test]
fn the_pages_date_line_gives_way_to_the_day_the_lead_names() {
    let got = claims(
        "Chennai-bound flight turns back after engine warning\n\n\
         March 9, 2024 11:05 pm | Updated 11:05 pm IST\n\n\
         Kolkata: A Kolkata-Chennai IndiGo flight with 150 people aboard suffered an engine \
         warning during its climb on Saturday, forcing it to turn around.\n\n\
         After the aircraft landed safely back at Kolkata, the passengers were moved to \
         another flight.",
        "2024-03-09",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival VECC 2024-03-09")),
        "{got:?}"
    );
    let got = claims(
        "Chennai-bound flight turns back after engine warning\n\n\
         March 10, 2024 11:05 pm | Updated 11:05 pm IST\n\n\
         Kolkata: A Kolkata-Chennai IndiGo flight with 150 people aboard suffered an engine \
         warning during its climb on Saturday, forcing it to turn around.\n\n\
         After the aircraft landed safely back at Kolkata, the passengers were moved to \
         another flight.",
        "2024-03-10",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival VECC 2024-03-09")),
        "{got:?}"
    );
}

#[test]
fn the_same_month_is_the_month_the_story_last_named() {
    let got = claims(
        "A similar scare happened last month, when a regional jet lost a wheel at Goa.\n\n\
         In the same month, an Airbus A320 made an emergency landing at Nagpur after \
         smoke was seen in its cabin.",
        "2024-09-12",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival VANP 2024-08-01/2024-08-31")),
        "{got:?}"
    );
    let got = claims(
        "The Il-76 reached Bamako on 4 March. The following month it landed at Niamey.",
        "2024-09-12",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival DRRN 2024-04-01/2024-04-30")),
        "{got:?}"
    );
}

#[test]
fn a_small_field_by_its_own_word_or_called_an_airport() {
    let got = claims(
        "The homebuilt plane left Peter Prince Airport in Milton at 8am on Saturday and \
         later put down at Pine Barren Airpark.",
        "2021-10-04",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure K2R4 2021-10-02")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival FD89 2021-10-02")),
        "{got:?}"
    );
}

#[test]
fn a_count_of_flights_with_no_places_dates_nothing() {
    let got = claims(
        "On Monday morning a Boeing 737 took off from El Paso.\n\n\
         The jet headed to Guatemala and then flew straight back to Mesa, landing at 5:20 p.m.\n\n\
         The carrier had conducted dozens of flights for the agency a week earlier.",
        "2025-05-20",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KIWA 2025-05-19")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("2025-05-12")), "{got:?}");
}

#[test]
fn a_trackers_departure_and_arrival_times_are_no_movements() {
    let got = claims(
        "A chartered Airbus took off from Harlingen on Tuesday morning, according to \
         FlightAware, which logs departure and arrival times at Brownsville.",
        "2025-05-21",
    );
    assert!(got.iter().all(|c| !c.contains("KBRO")), "{got:?}");
}

#[test]
fn come_as_tells_when_not_an_arrival() {
    let got = claims(
        "An An-124 left Abu Dhabi on Tuesday for Ethiopia. The flights are unexplained. \
         They come as Egypt and Turkey vie for sway from the Suez Canal to the Horn of Africa.",
        "2026-01-20",
    );
    assert_eq!(got, ["departure OMAA 2026-01-20 A124"], "{got:?}");
}

#[test]
fn people_arriving_at_a_border_land_nowhere() {
    let got = claims(
        "A charter carrying 120 deportees left Alexandria, Louisiana, on Thursday morning, \
         weeks after record numbers of migrants were arriving at the U.S.-Mexico border.",
        "2024-02-16",
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival")), "{got:?}");
}

#[test]
fn a_look_back_with_no_place_leaves_the_landings_day() {
    let got = claims(
        "On Monday morning a Boeing 737 took off from El Paso.\n\n\
         The jet headed to Guatemala and then flew straight back to Mesa, landing at 5:20 p.m.\n\n\
         The carrier had flown charters for the agency a week earlier.",
        "2025-05-20",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KIWA 2025-05-19")),
        "{got:?}"
    );
}

#[test]
fn instead_tells_what_happened_in_place_of_the_plan() {
    let got = claims(
        "The charter never reached Georgetown on Tuesday. Flight trackers showed the plane \
         instead went from Nashville to Teterboro.",
        "2022-09-21",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KBNA>KTEB 2022-09-20")),
        "{got:?}"
    );
    let got = claims(
        "A Conviasa Airbus A340 bound for Ezeiza ended its flight in Santa Cruz instead on \
         Wednesday, leaving more than two hundred travellers stuck in Argentina.",
        "2025-08-14",
    );
    assert!(
        got.iter().all(|c| !c.starts_with("departure AR")),
        "{got:?}"
    );
}

#[test]
fn a_landing_after_a_plan_told_across_commas_is_planned_too() {
    let got = claims(
        "A Dornier 328 was set to take off from San Antonio on Tuesday morning, with a short \
         stop in Crestview, Fla., before landing at Delaware Coastal Airport.",
        "2022-09-21",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_field_named_in_parts_is_named_by_its_first_part() {
    // (The table has "Cullman Regional/Folsom Field".)
    let got = claims(
        "Two Marine Corps helicopters touched down at Cullman Regional Airport on Thursday \
         afternoon to refuel.",
        "2024-03-08",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KCMD 2024-03-07")),
        "{got:?}"
    );
}

#[test]
fn a_stay_for_the_night_is_where_it_landed_and_not_a_day_before() {
    let got = claims(
        "The display jets landed at RAF Valley on Friday and stayed the night before \
         flying on to Prestwick.",
        "2023-06-12",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence EGOV 2023-06-09")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("2023-06-08")), "{got:?}");
}

#[test]
fn a_coast_guard_air_station_is_named_after_its_words() {
    let got = claims(
        "A Piper Cherokee with a failing engine put down on Tuesday evening at Coast Guard \
         Air Station Cape Cod, officials there said.",
        "2021-08-11",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KFMH 2021-08-10")),
        "{got:?}"
    );
    // (The cape alone is not the station.)
    let got = claims("The senator flew to Cape Cod on Friday.", "2021-08-11");
    assert!(got.iter().all(|c| !c.contains("KFMH")), "{got:?}");
}

#[test]
fn a_take_off_at_a_named_airport_is_a_departure_from_it() {
    let got = claims(
        "An Airbus A321 bound for Dubai hit a flock of birds during take-off at Kolkata \
         airport on Monday and turned back.",
        "2023-02-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VECC 2023-02-13")),
        "{got:?}"
    );
}

#[test]
fn leaving_a_country_from_an_airport_is_leaving_the_airport() {
    let got = claims(
        "Photos on Sunday showed the banker leaving his London home under escort and \
         departing Britain from Farnborough Airport.",
        "2023-02-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("departure EGLF")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains(" GB ")), "{got:?}");
}

#[test]
fn the_second_half_of_a_hyphenated_base_is_not_another_field() {
    // (Richardson Field is in Texas; "Phoenix-Mesa Gateway" after a city's
    // name is the Mesa field.)
    let got = claims(
        "Two F-22s landed at the Elmendorf-Richardson airbase on Monday. On Tuesday the \
         tanker had flown to Boise from Phoenix-Mesa Gateway Airport.",
        "2024-05-01",
    );
    assert!(got.iter().all(|c| !c.contains("XA23")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival PAED 2024-04-29")),
        "{got:?}"
    );
    assert!(got.iter().any(|c| c.contains("KIWA")), "{got:?}");
}

#[test]
fn leaving_a_city_for_a_bunker_is_no_flight() {
    let got = claims(
        "The Il-96 took off from Vnukovo on Sunday. Intelligence officials said he had \
         hastily left Minsk for a dacha near Brest.",
        "2023-06-27",
    );
    assert!(
        got.len() == 1 && got[0].starts_with("departure UUWW 2023-06-25"),
        "{got:?}"
    );
}

#[test]
fn a_ferry_flight_is_a_flight_not_a_boat() {
    let got = claims(
        "A ferry flight, which left Chennai on Monday, is due in Port Blair tonight.",
        "2024-02-07",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VOMM 2024-02-05")),
        "{got:?}"
    );
    // (A boat is still a boat.)
    let got = claims("The ferry left Chennai on Monday.", "2024-02-07");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_departure_timing_is_a_timetable() {
    let got = claims(
        "Two flights from Delhi were diverted to Jaipur on Monday morning. Airport staff told \
         passengers it was wise to check departure timings before setting out for the airport.",
        "2024-01-09",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn returning_to_a_flight_path_is_no_landing() {
    let got = claims(
        "The charter declared an emergency and returned to Des Moines on Friday. Once the \
         fault was fixed, the jet returned to its planned route back to Omaha and left an hour \
         later.",
        "2024-08-17",
    );
    assert!(got.iter().all(|c| !c.contains("KOMA")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival KDSM 2024-08-16")),
        "{got:?}"
    );
}

#[test]
fn a_maker_before_its_designation_keeps_two_aircraft_apart() {
    let got = claims(
        "A Tupolev Tu-154 airliner and an Antonov An-124 freighter took off on Thursday from \
         Russian military airport Chkalovsky, bound for Havana.",
        "2024-05-11",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure UUMU 2024-05-09") && c.contains("T154")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure UUMU 2024-05-09") && c.contains("A124")),
        "{got:?}"
    );
}

#[test]
fn a_headline_airport_names_the_body_country_landing() {
    let got = claims(
        "Second shipment of Danish field hospitals lands in Nairobi\n\n\
         A Danish transport plane carrying two field hospitals landed in Kenya late on \
         Tuesday, officials said.",
        "2024-03-14",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival HKJK 2024-03-12"), "{got:?}");
}

#[test]
fn a_city_of_several_large_airports_outweighs_a_namesake_town() {
    let got = claims(
        "US riders bound for London in comfort\n\n\
         US riders bound for London in comfort\n\n\
         When the U.S. Jumping Association shipped its mounts to London for the Games, nothing \
         was left to chance.\n\n\
         The U.S. show-jumping squad touched down in London on Tuesday aboard a cargo charter \
         after an overnight flight out of Chicago.",
        "2024-07-17",
    );
    assert!(got.iter().any(|c| c.contains("GB 2024-07-16")), "{got:?}");
    assert!(got.iter().all(|c| !c.contains("KLOZ")), "{got:?}");
    // (The town's state beside it still names the town.)
    let got = claims(
        "The crop duster landed in London, Kentucky, on Tuesday.",
        "2024-07-17",
    );
    assert!(got.iter().any(|c| c.contains("KLOZ")), "{got:?}");
}

#[test]
fn another_aircraft_told_next_takes_the_day() {
    let got = claims(
        "A KC-46 tanker left McConnell Air Force Base on Thursday morning for a refuelling \
         drill. Another KC-46 took off from Pease Air National Guard Base to join it.",
        "2025-03-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KIAB 2025-03-06")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KPSM 2025-03-06")),
        "{got:?}"
    );
}

#[test]
fn people_carried_out_of_a_country_are_no_origin() {
    let got = claims(
        "The first charter carrying Irish citizens out of Lebanon has landed in Cyprus.",
        "2024-10-05",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival CY 2024-10-05"), "{got:?}");
    let got = claims(
        "A second aircraft carrying Dutch nationals and workers of other aid groups evacuated \
         from Sudan landed in Amsterdam on Tuesday.",
        "2023-04-26",
    );
    assert!(got.iter().all(|c| !c.contains("SD")), "{got:?}");
    // (People who flew from a place flew from it.)
    let got = claims(
        "The A340 landed on Tuesday with 250 passengers who had flown from Havana, at Caracas.",
        "2023-04-26",
    );
    assert!(got.iter().any(|c| c.contains("MUHA")), "{got:?}");
}

#[test]
fn a_routine_told_in_the_present_is_no_movement() {
    let got = claims(
        "The first evacuation flight landed at Birmingham Airport on Tuesday. A Hercules is \
         being used to collect stranded families from a desert strip and fly them to Akrotiri. \
         The Hercules then refuels, before returning to the strip for the next group.",
        "2023-04-26",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival EGBB 2023-04-25"), "{got:?}");
    // (Told as facts: "had to … and fly", "was able to … and land".)
    let got = claims(
        "On Monday the transport had to abandon its approach to Kabul and fly to Tashkent.",
        "2021-08-17",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival UZTT 2021-08-16")),
        "{got:?}"
    );
}

#[test]
fn people_stuck_somewhere_and_an_unclear_outcome_are_no_stays() {
    let got = claims(
        "On Friday two chartered jets flew from Muscat to Aden to bring back Indonesians stuck \
         there. The first flight landed in Jakarta on Saturday. It, however, remained unclear \
         how many passengers would get off at Jakarta.",
        "2015-04-05",
    );
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("route OOMS>OYAA 2015-04-03")),
        "{got:?}"
    );
}

#[test]
fn people_made_to_leave_are_no_flight() {
    let got = claims(
        "A Luftwaffe A400M landed in Tashkent on Friday night with 150 evacuees. The fall of \
         the city on August 15 has forced thousands of Afghans to depart from the country.",
        "2021-08-21",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival UZTT 2021-08-20")),
        "{got:?}"
    );
}

#[test]
fn buses_that_arrive_are_no_flight() {
    let got = claims(
        "A chartered Airbus landed in Khartoum on Friday with 300 returnees. On Thursday, 20 \
         buses managed to arrive at Jeddah with more families.",
        "2015-04-11",
    );
    assert!(got.iter().all(|c| !c.contains("OEJN")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival HSSK 2015-04-10")),
        "{got:?}"
    );
}

#[test]
fn leaving_no_one_behind_and_heading_for_a_dead_end_are_no_flights() {
    let got = claims(
        "Two charters landed at Wuhan Tianhe International Airport on Friday night. \"Our \
         country leaves nobody behind,\" one passenger said.\n\n\
         - Opposition parties are heading for a 'dead end', analyst warns",
        "2020-02-01",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival ZHHH 2020-01-31"), "{got:?}");
}

#[test]
fn leaving_a_country_of_one_airport_leaves_the_airport() {
    let got = claims(
        "The second charter, which left Malta at 4pm on Monday, carried 140 passengers.",
        "2011-03-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LMML 2011-02-28")),
        "{got:?}"
    );
    // (A country of several fields stays the country.)
    let got = claims(
        "The second charter, which left Guatemala at 4pm on Monday, carried 140 passengers.",
        "2011-03-01",
    );
    assert!(got.iter().all(|c| !c.contains("MGGT")), "{got:?}");
}

#[test]
fn a_place_set_at_the_head_of_the_sentence_is_the_landing_s() {
    let got = claims(
        "Last Tuesday in Thule, when the Galaxy touched down with forty pallets of supplies, \
         half the base came out to watch.",
        "2010-05-03",
    );
    assert!(got.iter().any(|c| c.starts_with("arrival BGTL")), "{got:?}");
}

#[test]
fn a_landing_from_a_country_named_after_the_verb_is_the_arrival() {
    let got = claims(
        "A chartered Airbus carrying 180 aid workers landed at Entebbe from South Sudan on \
         Thursday morning.",
        "2016-07-15",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival HUEN 2016-07-14"), "{got:?}");
    // (Told before the verb, the flight's origin stays a route.)
    let got = claims(
        "On Thursday a charter from South Sudan landed at Entebbe with 180 aid workers.",
        "2016-07-15",
    );
    assert!(
        got.iter().any(|c| c.starts_with("route SS>HUEN")),
        "{got:?}"
    );
}

#[test]
fn a_business_jet_family_named_alone_is_the_variant_named_beside_it() {
    let got = claims(
        "Learjet lost off the coast\n\nA Learjet 35 with the registration N35XQ went down \
         at sea on Monday night. Earlier that day the Learjet had landed at Nassau with a \
         patient on board.",
        "2019-03-05",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival MYNN 2019-03-04 LJ35 N35XQ")),
        "{got:?}"
    );
}

#[test]
fn a_lead_after_a_dated_dash_takes_the_crash_s_day() {
    // 2016-02-11 was a Thursday; the Tuesday before, 2016-02-09.
    let got = claims(
        "February 11, 2016 - Divers are still looking for the crew of a Citation II \
         (N27CJ) that crashed Tuesday evening off Key West.\n\nThe jet had landed at Key \
         West International Airport that morning with a patient on board.",
        "2016-02-11",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KEYW 2016-02-09")),
        "{got:?}"
    );
}

#[test]
fn an_airport_named_in_the_singular_of_its_plural_name() {
    // (The table's "Quad Cities International Airport".)
    let got = claims(
        "The charter made an emergency landing at the Quad-City International Airport on \
         Saturday.",
        "2013-08-18",
    );
    assert!(got.iter().any(|c| c.starts_with("arrival KMLI")), "{got:?}");
}

#[test]
fn a_page_date_ahead_of_the_text_is_no_day_of_the_story() {
    // 2023-11-17 was a Friday.
    let got = claims(
        " date 2023-11-17 Chennai, Nov 17 (IANS) Vistara on Friday said its new A321neo \
         made its delivery flight from Hamburg to Delhi and would join the fleet soon.",
        "2023-11-17",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route EDDH>VIDP 2023-11-17")),
        "{got:?}"
    );
}

#[test]
fn a_route_from_a_country_told_by_its_take_off_and_landing_is_those_two() {
    // 2022-06-15 was a Wednesday.
    let got = claims(
        "The charter carrying the Wales squad made an emergency landing in Shannon on \
         Wednesday. The plane had to land there when returning from Canada. The flight had \
         left Toronto Pearson at 9pm and was bound for Cardiff.",
        "2022-06-16",
    );
    assert!(got.iter().all(|c| !c.starts_with("route")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival EINN 2022-06-15")),
        "{got:?}"
    );
}

#[test]
fn a_take_off_for_a_flight_s_end_begins_where_that_flight_was_told_to() {
    // 2024-05-07 was a Tuesday; the Monday before, 2024-05-06.
    let got = claims(
        "The Chennai squad spent the night in Bengaluru after their flight from Hyderabad to \
         Chennai was turned away by storms. After Sunday's win, the players left on Monday \
         evening for Chennai at 6pm.",
        "2024-05-07",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure VOHS 2024-05-06")),
        "{got:?}"
    );
}

#[test]
fn a_flight_from_a_to_b_that_turned_back_left_a_only() {
    let got = claims(
        "A Delta flight DL2210 from Atlanta to Denver had to turn back on Thursday morning \
         after the crew reported smoke in the cabin.",
        "2019-04-12",
    );
    assert!(got.iter().all(|c| !c.contains("KDEN")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KATL 2019-04-11")),
        "{got:?}"
    );
}

#[test]
fn headed_back_is_no_landing() {
    let got = claims(
        "A Learjet 60 crashed on take-off at Teterboro on Monday. They were headed back to \
         Atlanta after a wedding.",
        "2016-05-18",
    );
    assert!(got.iter().all(|c| !c.contains("KATL")), "{got:?}");
}

#[test]
fn a_tv_channel_and_its_number_are_no_callsign() {
    let got = claims(
        "As NBC 4's reporter said, Alaska Airlines flight 320 arriving from Seattle landed \
         hard at Los Angeles International Airport on Monday.",
        "2015-03-10",
    );
    assert!(got.iter().all(|c| !c.contains("NBC4")), "{got:?}");
}

#[test]
fn flying_people_out_of_a_place_is_a_take_off_from_it() {
    // 2019-08-14 was a Wednesday; the Monday before, 2019-08-12.
    let got = claims(
        "An Italian Air Force KC-767 flew stranded tourists out of Malta on Monday.",
        "2019-08-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LMML 2019-08-12 B762")),
        "{got:?}"
    );
}

#[test]
fn a_quake_that_set_off_a_landslide_is_no_take_off() {
    let got = claims(
        "A rescue plane landed at Pokhara on Sunday with six injured trekkers. The tremor \
         on Saturday set off a landslide above the village.",
        "2016-04-25",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_three_word_city_is_named_without_its_city() {
    // 2024-05-08 was a Wednesday; the Monday before, 2024-05-06.
    let got = claims(
        "A charter Boeing 757 carrying the band touched down at Salt Lake International \
         Airport on Monday.",
        "2024-05-08",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KSLC 2024-05-06")),
        "{got:?}"
    );
}

#[test]
fn one_landing_told_twice_of_a_type_is_one_claim() {
    // 2021-06-09 was a Wednesday; the Tuesday before, 2021-06-08.
    let got = claims(
        "KOCHI: A cargo jet of the courier firm DHL skidded off the runway after landing \
         in heavy rain at Kochi airport on Tuesday. The plane stopped on the wet grass.\n\n\
         The A300 aircraft, which was involved in the incident, came from Chennai. In \
         airport jargon, an excursion is when a plane leaves the runway during take-off or \
         landing. It can be deliberate or not.\n\nThe plane was later towed away from the \
         runway.\n\n\"Kochi airport saw a runway excursion today (Tuesday) with DHL flight \
         211 arriving from Chennai. The incident occurred when the A300 aircraft landed on \
         runway 27.\" the airport said.",
        "2021-06-09",
    );
    let routes = got
        .iter()
        .filter(|c| c.starts_with("route VOMM>VOCI"))
        .count();
    assert_eq!(routes, 1, "{got:?}");
}

#[test]
fn an_airfield_named_like_an_aircraft_is_the_airfield() {
    let got = claims(
        "The season's first C-17 touched down at McMurdo Station's Pegasus Airfield on \
         Oct. 2, and the LC-130s landed at Willy Field two days later. Another jet ended \
         up on the Ross Ice Shelf.",
        "2019-10-06",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival NZPG 2019-10-02 C17")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival NZWD 2019-10-04")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("UMMR")), "{got:?}");
}

#[test]
fn the_capital_after_its_named_airport_is_that_airport() {
    let got = claims(
        "A Venezuelan Boeing 747 cargo jet landed at Ezeiza airport in Buenos Aires on \
         June 6. Two days later it was refused permission to land in Montevideo and flew \
         back to the Argentine capital.",
        "2022-06-20",
    );
    assert!(got.iter().all(|c| !c.contains("SABE")), "{got:?}");
}

#[test]
fn columbia_in_a_story_about_colombia_is_the_country() {
    let got = claims(
        "Police seized 400kg of cocaine from a business jet that flew into Madrid from \
         Bogota, Colombia. A second aircraft arriving from Columbia was searched at \
         Barajas on Tuesday.",
        "2019-03-14",
    );
    assert!(got.iter().all(|c| !c.contains("KCOU")), "{got:?}");
}

#[test]
fn responders_arriving_on_the_scene_are_no_landing() {
    let got = claims(
        "A stolen Piper was found on Sunday at Smyrna Airport. Officers from the county \
         sheriff's office arrived on the scene at Nashville International Airport soon after.",
        "2019-12-16",
    );
    assert!(got.iter().all(|c| !c.contains("KBNA")), "{got:?}");
}

#[test]
fn flown_away_from_an_airport_is_where_the_flight_began() {
    // 2019-12-16 was a Monday; the Saturday before, 2019-12-14.
    let got = claims(
        "The stolen Cessna 172 was flown away from John C. Tune Airport on Saturday and \
         landed at Smyrna Airport an hour later.",
        "2019-12-16",
    );
    assert!(got.iter().any(|c| c.contains("KJWN")), "{got:?}");
}

#[test]
fn the_virgin_islands_by_their_islands_names() {
    // 2023-05-04 was a Thursday; the Tuesday before, 2023-05-02.
    let got = claims(
        "CHARLOTTE AMALIE, U.S. Virgin Islands: An Air Force Reserve WC-130J landed on \
         St. Thomas on Tuesday for a hurricane awareness visit, then flew on to St. Croix.",
        "2023-05-04",
    );
    assert!(
        got.iter()
            .any(|c| c.contains("TIST") && c.contains("2023-05-02")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("CYQS")), "{got:?}");
}

#[test]
fn a_caption_saying_who_stands_left_is_no_departure() {
    let got = claims(
        "DC-10 water bomber lands in Australia\n\nIn Adelaide on January 9, pilots captain \
         Ann Reyes, left, and captain Tom Hale in front of the DC-10 air tanker.",
        "2010-01-12",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_one_and_a_half_hour_flight_is_no_embraer() {
    let got = claims(
        "Ariana flight FG-311 from Kabul landed in Delhi on Sunday after a 1.5-hour journey.",
        "2025-09-23",
    );
    assert!(got.iter().all(|c| !c.contains("AMX")), "{got:?}");
}

#[test]
fn leaving_the_cockpit_is_no_departure() {
    let got = claims(
        "The hijacked 767 landed in Geneva on Monday morning. After the plane landed, the \
         first officer left the cockpit by a rope and gave himself up.",
        "2014-02-17",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn handed_to_the_airline_and_a_farmers_land_are_no_arrivals() {
    let got = claims(
        "Kenyan police impounded an Air Uganda CRJ900 at Jomo Kenyatta International Airport \
         on 4 March. The jet, 5X-EFA, was delivered to the airline in May last year. A \
         rancher whose land in the north was seized is owed $20 million.",
        "2020-03-06",
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival")), "{got:?}");
}

#[test]
fn a_cut_off_teaser_below_the_story_is_no_claim() {
    let got = claims(
        "Two Italian Canadair water bombers landed at the Eleusis air base this morning to \
         help fight the fires near Athens.\n\nMore from the blog\n\nA Saudi Boeing 747 \
         operated for the royal court departed from Jeddah...\n\nShare",
        "2024-08-13",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LGEL 2024-08-13")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("OEJN")), "{got:?}");
}

#[test]
fn a_witness_who_had_travelled_there_moves_no_aircraft() {
    let got = claims(
        "A court in Santo Domingo jailed the two pilots of the Falcon 50, F-GXMC, on \
         Wednesday.\n\nOne of the passengers told the court he had traveled to Punta Cana to \
         meet investors.",
        "2015-08-19",
    );
    assert!(got.iter().all(|c| !c.contains("MDPC")), "{got:?}");
}

#[test]
fn aircraft_on_display_at_an_airport_are_there() {
    // 2018-05-09 was a Wednesday.
    let got = claims(
        "On Wednesday, the Air Force WC-130J hurricane hunter was on display at Tampa \
         International Airport as part of the awareness tour.",
        "2018-05-09",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence KTPA 2018-05-09")),
        "{got:?}"
    );
}

#[test]
fn n95_masks_are_no_registration_and_shenzen_is_shenzhen() {
    // 2020-04-03 was a Friday; the Wednesday before, 2020-04-01.
    let got = claims(
        "Early Wednesday the team's Boeing 767 was in Shenzen, China, loading a million N95 \
         masks. The plane landed at Boston Logan on Thursday night.",
        "2020-04-03",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence ZGSZ 2020-04-01")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("N95")), "{got:?}");
}

#[test]
fn the_quad_cities_airport_by_its_initials() {
    // 2013-08-17 was a Saturday; the Friday before, 2013-08-16.
    let got = claims(
        "The bands' chartered jet returned to the QC International Airport on Friday night \
         after a warning light came on.",
        "2013-08-17",
    );
    assert!(got.iter().any(|c| c.contains("KMLI")), "{got:?}");
}

#[test]
fn a_search_of_an_aircraft_at_an_airport_is_a_stay_there() {
    // 2021-08-06 was a Friday; the Wednesday before, 2021-08-04.
    let got = claims(
        "Federal police said they carried out a search of the business jet at Recife Airport \
         on Wednesday. Two houses in Olinda were also searched.",
        "2021-08-06",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence SBRF 2021-08-04")),
        "{got:?}"
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn flights_in_general_are_no_movement() {
    let got = claims(
        "Spy drones were watching Ukraine before the invasion, but after 24 February 2022 the \
         work only grew, even with flights departing from Sigonella.",
        "2023-05-24",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn flying_near_a_border_is_no_landing_there() {
    // 2024-04-25 was a Thursday.
    let got = claims(
        "This morning the Rivet Joint left Souda around 08:00 heading towards eastern Turkey, \
         where it flew near the Armenian border for six hours.",
        "2024-04-25",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LGSA 2024-04-25")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("TR")), "{got:?}");
}

#[test]
fn a_naval_air_station_is_the_navy_field_of_its_city() {
    let got = claims(
        "The two patrol jets left Naval Air Station Jacksonville on Nov. 29.",
        "2013-12-03",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KNIP 2013-11-29")),
        "{got:?}"
    );
}

#[test]
fn airborne_before_a_noun_is_a_kind_of_aircraft() {
    // 2022-02-01 was a Tuesday.
    let got = claims(
        "The air force has sent its airborne early warning aircraft to Nellis AFB, where it \
         landed on Monday. It also flies airborne radiation sampling missions.",
        "2022-02-01",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival KLSV 2022-01-31")),
        "{got:?}"
    );
}

#[test]
fn a_hyphened_field_name_is_neither_of_its_halves() {
    let got = claims(
        "On 27 February the Il-76 flew on to the Ivanovo-Severny airfield, the home of its unit.",
        "2023-02-28",
    );
    assert!(got.iter().all(|c| !c.contains("UNOS")), "{got:?}");
    // ("Phoenix-Mesa Gateway" is the table's Mesa Gateway, in Phoenix/Mesa.)
    let got = claims(
        "On Monday the chartered 737 flew to El Paso from Phoenix-Mesa Gateway Airport.",
        "2025-05-20",
    );
    assert!(got.iter().any(|c| c.contains("KIWA")), "{got:?}");
}

#[test]
fn a_registration_in_brackets_keeps_both_aircraft_of_a_pair() {
    let got = claims(
        "An Il-76 (RA-76511) and an An-12 of the air force landed at Chkalovsky on 5 May.",
        "2023-05-08",
    );
    assert_eq!(
        got.iter()
            .filter(|c| c.starts_with("arrival UUMU 2023-05-05"))
            .count(),
        2,
        "{got:?}"
    );
}

#[test]
fn who_said_it_and_where_they_sit_are_not_the_landing_place() {
    let got = claims(
        "The patrol plane made an emergency landing in China after the collision. It landed on \
         Hainan island, said a spokesman for the Pacific Command in Hawaii.",
        "2001-04-01",
    );
    assert!(got.iter().all(|c| !c.contains("US")), "{got:?}");
    assert!(got.iter().any(|c| c.starts_with("arrival CN")), "{got:?}");
}

#[test]
fn took_off_in_the_morning_is_a_take_off_and_a_remote_pilot_is_no_flight() {
    // 2017-11-09 was a Thursday.
    let got = claims(
        "The Triton took off in the early morning from Palmdale on Thursday and was flown \
         remotely from the naval air station in Jacksonville.",
        "2017-11-09",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KPMD 2017-11-09")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival")), "{got:?}");
    assert!(got.iter().all(|c| !c.contains("KJAX")), "{got:?}");
}

#[test]
fn the_uk_is_britain_and_a_rule_against_landing_there_is_no_landing() {
    // 2020-10-13 was a Tuesday; the Monday before, 2020-10-12.
    let got = claims(
        "The new patrol aircraft arrived in the UK on Monday.",
        "2020-10-13",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival GB 2020-10-12")),
        "{got:?}"
    );
    let got = claims(
        "Ministers have made it a crime for jets owned by sanctioned people to fly or land in \
         the UK.",
        "2022-03-30",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_flight_from_a_country_that_landed_somewhere_flew_from_there() {
    // Both readers of a published page wrote routes (2016-05-21 was the
    // publication day); "the Brazilians from Lebanon" stay people's origin.
    let got = claims(
        "Two flights from Japan and India arrived at the Bandaranaike International Airport \
         (BIA) this morning carrying humanitarian aid.",
        "2016-05-21",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route JP>VCBI 2016-05-21")),
        "{got:?}"
    );
    // (India's flight, the second origin of two flights, is not read yet.)
    let got = claims(
        "The Brazilians from Lebanon landed in Recife on Monday.",
        "2024-10-08",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival SBRF 2024-10-07")),
        "{got:?}"
    );
}

#[test]
fn people_in_transit_somewhere_are_not_where_the_plane_went() {
    // 2023-04-26 was a Wednesday.
    let got = claims(
        "The first RAF flight from Sudan arrived at Larnaca on Wednesday morning. Later in the \
         morning, a second flight landed, carrying British nationals in transit to the UK.",
        "2023-04-26",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route SD>LCLK 2023-04-26")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("GB")), "{got:?}");
}

#[test]
fn a_flight_said_to_have_been_made_is_hearsay() {
    let got = claims(
        "Her jet is said to have then flown from Van Nuys to Palm Springs on 12 July.",
        "2022-07-20",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_route_told_to_a_country_ends_at_the_airfield_it_landed_at() {
    // 2019-12-07 was a Saturday; the Thursday before, 2019-12-05.
    let got = claims(
        "The old fighter landed at Goodwood Airfield on Thursday. It flew its last leg from \
         Lelystad in the Netherlands to the UK.",
        "2019-12-07",
    );
    assert!(
        got.iter().any(|c| c.starts_with("route EHLE>EGHR")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("GB")), "{got:?}");
}

#[test]
fn money_a_capability_a_state_nickname_and_a_navy_base_name() {
    let got = claims(
        "ZP802 landed at RAF Lossiemouth on Tuesday after a GBP75 million upgrade of the \
         station, a step towards the fleet reaching full operating capability.",
        "2020-10-13",
    );
    assert!(got.iter().all(|c| !c.contains("GBP75")), "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = claims(
        "The company's jet flew the governor to the Sunshine State in March.",
        "2021-05-20",
    );
    assert!(got.iter().all(|c| !c.contains("YBMC")), "{got:?}");
    let got = claims(
        "The first MQ-4C landed at Naval Base Ventura County on Thursday.",
        "2017-11-09",
    );
    assert!(got.iter().any(|c| c.contains("KNTD")), "{got:?}");
}

#[test]
fn the_wedgetail_is_a_737_early_warning_jet() {
    let got = claims(
        "The RAAF E-7A Wedgetail arrived at Nellis AFB on January 17.",
        "2022-02-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival KLSV 2022-01-17 E737")),
        "{got:?}"
    );
}

#[test]
fn a_state_left_a_day_before_is_the_airport_named_for_that_take_off() {
    // 2025-03-14 was a Friday: Thursday 2025-03-13, Wednesday 2025-03-12.
    let got = claims(
        "A chartered 767 carrying 130 deportees landed at La Aurora airport in Guatemala City \
         on Thursday, more than twenty hours after leaving Louisiana. It took off from \
         Alexandria International Airport on Wednesday morning and stopped in Harlingen on the \
         way.",
        "2025-03-14",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KAEX 2025-03-12")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains(" US ")), "{got:?}");
}

#[test]
fn continuing_the_journey_leaves_the_diversion_field() {
    // 2023-02-08 was a Wednesday; the Tuesday before, 2023-02-07.
    let got = claims(
        "The Boeing 777 diverted to Erbil on Tuesday after a passenger fell ill. It was \
         refuelled and continued its journey to Brussels.",
        "2023-02-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure ORER 2023-02-07")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("EBBR")), "{got:?}");
}

#[test]
fn hours_airborne_a_note_spotted_and_failed_attempts_are_no_movements() {
    // 2025-03-10 was a Monday.
    let got = claims(
        "A New York-bound jet returned to Mumbai on Monday morning after being airborne for \
         nearly nine hours. A passenger spotted a note in one of the toilets. Attempts to make \
         an emergency landing at the Baku airport were unsuccessful.",
        "2025-03-10",
    );
    // (The flight that turned back left Mumbai: its departure is read too.)
    assert!(got.iter().all(|c| c.contains("VABB")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival VABB 2025-03-10")),
        "{got:?}"
    );
}

#[test]
fn other_flights_and_offered_flights_are_not_this_one() {
    // 2015-01-14 was a Wednesday; the Tuesday before, 2015-01-13.
    let got = claims(
        "Flight EK8 was diverted to Munich on Tuesday. Its passengers were rebooked on other \
         flights departing Munich that day. One said he was offered a Lufthansa flight landing \
         in Dubai at 7.25am.",
        "2015-01-14",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival EDDM 2015-01-13")),
        "{got:?}"
    );
}

#[test]
fn mojave_is_its_test_field_but_not_its_desert_nor_a_byline() {
    // 2019-04-13 was a Saturday.
    let got = claims(
        "Stratolaunch flies\n\nby Douglas Messier\n\nThe Roc, whose wing spans 117.3 m, took \
         off from the Mojave Air and Space Port on Saturday and flew over the Mojave Desert \
         for two hours.",
        "2019-04-13",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KMHV 2019-04-13")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|c| !c.contains("KCLT") && !c.contains("MYA4") && !c.contains("KTIX")),
        "{got:?}"
    );
    // 2019-07-10 was a Wednesday.
    let got = claims(
        "Cosmic Girl took off from Mojave at 8:45 am on Wednesday.",
        "2019-07-10",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KMHV 2019-07-10")),
        "{got:?}"
    );
}

#[test]
fn a_state_capital_is_not_the_nation_s() {
    // 2018-09-09 was a Sunday; the Saturday before, 2018-09-08.
    let got = claims(
        "Flight QF9, which took off from Perth at 7.03pm on Saturday, returned to the West \
         Australian capital three hours later.",
        "2018-09-09",
    );
    assert!(got.iter().all(|c| !c.contains("YSCB")), "{got:?}");
    // ("the Australian capital" is still Canberra.)
    let got = claims(
        "The jet flew on to the Australian capital on Monday.",
        "2018-09-09",
    );
    assert!(got.iter().any(|c| c.contains("YSCB")), "{got:?}");
}

#[test]
fn a_plane_likened_to_another_is_not_it_and_flight_radar_24_is_no_callsign() {
    // 2025-09-25 was a Thursday.
    let got = claims(
        "The prime minister flew to New York on his country's own version of Air Force One, a \
         Boeing 767. It left Ben Gurion Airport at 5:13 am on Thursday, according to the \
         tracking website Flight Radar 24.",
        "2025-09-25",
    );
    assert!(got.iter().all(|c| !c.contains("B742")), "{got:?}");
    assert!(got.iter().all(|c| !c.contains("RADAR24")), "{got:?}");
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LLBG 2025-09-25 B763")),
        "{got:?}"
    );
}

#[test]
fn flights_in_general_told_by_a_participle_set_no_day() {
    // 2025-03-04 was a Tuesday; the Monday before, 2025-03-03.
    let got = claims(
        "The first two flights landed at the new terminal of Lisbon airport on Monday night. \
         Starting Tuesday, all arriving and departing flights will use the new building. \
         Passengers arriving on the first flights were given small gifts at Lisbon airport.",
        "2025-03-04",
    );
    assert!(got.iter().all(|c| !c.contains("2025-03-04")), "{got:?}");
}

#[test]
fn a_departure_heading_home_today_is_today_not_the_leading_clause_s_day() {
    // 2023-12-20 was a Wednesday; the Monday before, 2023-12-18.
    let got = claims(
        "After accepting the new jet on Monday, the airline's crew departed Toulouse headed \
         back home to India early today.",
        "2023-12-20",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LFBO 2023-12-20")),
        "{got:?}"
    );
}

#[test]
fn a_base_s_island_after_a_comma_qualifies_the_base() {
    // 2024-05-14 was a Tuesday.
    let got = claims(
        "A B-52 bomber from Barksdale Air Force Base landed at Andersen Air Force Base, Guam, on \
         Tuesday.",
        "2024-05-15",
    );
    assert!(got.iter().all(|c| !c.contains("PGUM")), "{got:?}");
    assert!(got.iter().any(|c| c.contains("PGUA 2024-05-14")), "{got:?}");
}

#[test]
fn a_return_coordinated_under_will_past_an_adverb_is_a_plan() {
    let got = claims(
        "Two Tu-160 bombers landed at an airfield near Caracas on Monday. The bombers will fly \
         patrols over the Caribbean in the coming days and later return to their home base in \
         Russia.",
        "2018-12-11",
    );
    assert!(got.iter().all(|c| !c.contains(" RU ")), "{got:?}");
}

#[test]
fn a_group_told_twice_on_a_pasted_page_is_one_claim() {
    let text = "Two Russian Tu-160 bombers touched down at Waterkloof Air Force Base on \
                Wednesday afternoon.";
    let got = claims(&format!("{text}\n\n{text}"), "2019-10-24");
    let n = got
        .iter()
        .filter(|c| c.starts_with("arrival FAWK 2019-10-23"))
        .count();
    assert_eq!(n, 1, "{got:?}");
}

#[test]
fn a_date_right_after_a_clock_time_is_the_same_sentence() {
    let got = claims(
        "A B-52H bomber made an emergency landing at 12:52 a.m. February 23, 2024, at Minot \
         Air Force Base after an engine caught fire.",
        "2024-02-28",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KMIB 2024-02-23")),
        "{got:?}"
    );
}

#[test]
fn bombers_deployed_to_a_named_base_arrive_there() {
    // 2024-03-25 was a Monday.
    let got = claims(
        "Four B-1B bombers were deployed to Morón Air Base in southern Spain on Monday.",
        "2024-03-26",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival LEMO 2024-03-25")),
        "{got:?}"
    );
}

#[test]
fn leaving_the_base_is_leaving_the_air_base_named_before() {
    // 2024-12-14 was a Saturday.
    let got = claims(
        "A guard outside the Russian air base in Latakia said a cargo plane departed the base \
         for Libya on Saturday.",
        "2024-12-15",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure OSLK 2024-12-14")),
        "{got:?}"
    );
}

#[test]
fn vintage_and_widebody_types_reporters_write() {
    let got = claims(
        "A restored DC-3 landed at Reykjavik on Tuesday, a day after an L-1011 left \
         Roswell.",
        "2019-05-22",
    );
    assert!(got.iter().any(|c| c.contains(" DC3")), "{got:?}");
    assert!(got.iter().any(|c| c.contains(" L101")), "{got:?}");
}

#[test]
fn an_island_named_like_its_airport_is_the_base_the_story_names() {
    // 2021-07-14 was a Wednesday.
    let got = claims(
        "ANDERSEN AIR FORCE BASE, GUAM - A group of B-52 bombers from Minot Air Force Base \
         were deployed to Guam on Wednesday, the air force said.",
        "2021-07-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival PGUA 2021-07-14")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("PGUM")), "{got:?}");
}

#[test]
fn a_crew_heading_for_the_hotel_and_a_visit_that_came_against_a_backdrop_are_no_movements() {
    let got = claims(
        "The DC-3 arrived in Reykjavik on May 28. After arrival we secured the aircraft and \
         headed for our hotel in the city.",
        "2019-05-29",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
    let got = claims(
        "The arrival of the bombers at Yelahanka came against the backdrop of the war in \
         Ukraine.",
        "2023-02-14",
    );
    assert!(got.iter().all(|c| !c.contains(" UA ")), "{got:?}");
}

#[test]
fn returned_home_is_not_the_place_of_the_clause_before() {
    // 2022-03-06 was a Sunday; "last Friday", 2022-03-04.
    let got = claims(
        "The president, who had planned to fly on to London from Nairobi, Kenya, where he \
         attended a summit, returned home last Friday.",
        "2022-03-06",
    );
    assert!(got.iter().all(|c| !c.contains("HKJK")), "{got:?}");
}

#[test]
fn saint_helena_and_philly_and_a_delegation_left_stranded() {
    let got = claims(
        "Today the first passenger jet arrived in St Helena after two passes over the runway.",
        "2016-04-18",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival FHSH 2016-04-18")),
        "{got:?}"
    );
    // 2018-03-25 was a Sunday.
    let got = claims(
        "The first Aer Lingus flight arrived to Philly International on Sunday.",
        "2018-03-26",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KPHL 2018-03-25")),
        "{got:?}"
    );
    let got = claims(
        "The air force Boeing 757 broke down during a refuelling stop, leaving the business \
         delegation and journalists stranded in Port Moresby.",
        "2024-06-17",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn leaving_a_meeting_is_no_departure() {
    let got = claims(
        "The minister told reporters he was leaving a meeting of the fund in Washington early, \
         on Thursday.",
        "2022-10-14",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
}

#[test]
fn a_new_international_airport_filed_small_is_read_by_its_name() {
    // 2022-10-05 was a Wednesday. (The table files Braşov's new airport as
    // small; its name without "Airport" was never read.)
    let got = claims(
        "The first charter from Tel Aviv flew to Braşov-Ghimbav International on Wednesday.",
        "2022-10-06",
    );
    assert!(got.iter().any(|c| c.contains("LRBV 2022-10-05")), "{got:?}");
}

#[test]
fn a_landing_off_any_airfield_is_in_the_country_named_there() {
    // 2023-03-02 was a Thursday.
    let got = claims(
        "A student pilot landed his Piper PA-28 in a wheat field near Lyon on Thursday \
         after the engine lost power.",
        "2023-03-03",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival FR 2023-03-02")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("LFL")), "{got:?}");
    // The dateline's city names no field the helicopter landed at.
    let got = claims(
        "BERGEN, March 3 (Reuters) - A Sikorsky S-92 helicopter was forced to land on a gas \
         platform off Norway on Friday after a warning light came on.",
        "2023-03-03",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival NO 2023-03-03")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("ENBR")), "{got:?}");
    // The country's adjective, when no place is named there.
    let got = claims(
        "A microlight made an emergency landing on a quiet Irish road on Thursday.",
        "2023-03-03",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival IE 2023-03-02")),
        "{got:?}"
    );
    // A runway on the ice is a runway.
    let got = claims(
        "The Hercules landed on the sea-ice runway near McMurdo Station on Friday.",
        "2023-03-03",
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival AQ")), "{got:?}");
}

#[test]
fn the_place_of_a_record_landing_is_where_it_arrived() {
    // 2022-10-14 was a Friday.
    let got = claims(
        "Spotters lined the fence.\n\nThe heaviest jet ever to land at Kuala Lumpur \
         International Airport touched down on Friday.",
        "2022-10-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival WMKK 2022-10-14")),
        "{got:?}"
    );
    let got = claims(
        "An Emirates A380 touched down at Kempegowda International Airport on Friday.",
        "2022-10-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival VOBL 2022-10-14")),
        "{got:?}"
    );
    // The city's airport, not the air base filed under the city's name; and
    // Vnukovo as a spotter misspelt it.
    let got = claims(
        "The Gulfstream left Riyadh International Airport on Friday. An Il-62 left Moscow \
         Vukovo on Friday.",
        "2022-10-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure OERK 2022-10-14")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure UUWW 2022-10-14")),
        "{got:?}"
    );
}

#[test]
fn march_air_reserve_base_is_a_base_not_a_month() {
    // 2019-06-14 was a Friday.
    let got = claims(
        "Two tankers took off from March Air Reserve Base on Friday for Hickam.",
        "2019-06-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KRIV 2019-06-14")),
        "{got:?}"
    );
    let got = claims(
        "A C-5M from March AFB landed at Dover on Friday.",
        "2019-06-16",
    );
    assert!(got.iter().any(|c| c.contains("KRIV")), "{got:?}");
}

#[test]
fn the_dreamlifter_is_its_own_type() {
    // 2013-11-20 was a Wednesday.
    let got = claims(
        "A Boeing 747 Dreamlifter landed at Jabara Airport on Wednesday night by mistake.",
        "2013-11-21",
    );
    assert!(got.iter().any(|c| c.ends_with("BLCF")), "{got:?}");
    assert!(got.iter().all(|c| !c.contains("B744")), "{got:?}");
}

#[test]
fn flying_from_a_to_b_when_something_happened_is_its_departure_only() {
    // 2021-03-07 was a Sunday.
    let got = claims(
        "The Fokker 50 was flying from Mombasa to Lamu on Sunday when a warning light came on \
         over the sea.",
        "2021-03-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure HKMO 2021-03-07")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("HKLU")), "{got:?}");
    // Still a plan without its start: "was flying to Lamu".
    let got = claims("The Fokker 50 was flying to Lamu on Sunday.", "2021-03-08");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn making_its_way_to_b_from_a_is_the_departure_from_a() {
    // 2022-08-08 was a Monday.
    let got = claims(
        "On Monday the Antonov was making its way to Leipzig from Hahn, trackers showed.",
        "2022-08-09",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EDFH 2022-08-08")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("EDDP")), "{got:?}");
}

// --- Reporting in other languages ------------------------------------------

#[test]
fn reporting_in_six_other_languages_is_read_through_english() {
    // Published Friday 2025-06-06.
    let p = "2025-06-06";
    assert_eq!(
        claims(
            "Un Ilyushin Il-96 de la Fuerza Aérea rusa aterrizó el martes en el aeropuerto \
             de Maiquetía procedente de Moscú. El avión salió el jueves de Caracas con \
             destino a La Habana.",
            p
        ),
        [
            "route RU>SVMI 2025-06-03 IL96",
            "departure SVMI 2025-06-05 IL96"
        ]
    );
    assert_eq!(
        claims(
            "O avião presidencial, um Airbus A319, pousou na quarta-feira na Base Aérea de \
             Brasília. A aeronave decolou de Lisboa na terça-feira.",
            p
        ),
        [
            "arrival SBBR 2025-06-04 A319",
            "departure LPPT 2025-06-03 A319"
        ]
    );
    assert_eq!(
        claims(
            "L'Antonov An-124 s'est posé lundi à l'aéroport de Châteauroux en provenance \
             de Leipzig. Il est reparti mercredi vers Toulouse.",
            p
        ),
        [
            "route EDDP>LFLX 2025-06-02 A124",
            "departure LFLX 2025-06-04 A124"
        ]
    );
    assert_eq!(
        claims(
            "Un Boeing 747 della compagnia cargo è atterrato ieri all'aeroporto di \
             Montichiari, proveniente da Lipsia. Il velivolo è ripartito oggi per Liegi.",
            p
        ),
        [
            "route EDDP>LIPO 2025-06-05 B744",
            "departure LIPO 2025-06-06 B744"
        ]
    );
    assert_eq!(
        claims(
            "Het regeringstoestel van de koning landde dinsdag op Schiphol. Het toestel \
             vertrok woensdag naar Brussel.",
            p
        ),
        ["arrival EHAM 2025-06-03 -", "departure EHAM 2025-06-04 -"]
    );
    assert_eq!(
        claims(
            "Ein Airbus A400M der Luftwaffe landete am Montag in Wunstorf. Die Maschine \
             startete am Dienstag nach Amman.",
            p
        ),
        [
            "arrival ETNW 2025-06-02 A400",
            "departure ETNW 2025-06-03 A400"
        ]
    );
}

#[test]
fn evidence_read_through_english_marks_the_words_as_written() {
    let text = "El avión aterrizó el martes en el aeropuerto de Maiquetía.";
    let r = read(text, parse_date("2025-06-06"));
    let marked = evidence_words(text, &r.claims[0].evidence_text);
    assert!(
        marked.contains(&("date", "el martes".to_string())),
        "{marked:?}"
    );
    assert!(
        marked.contains(&("place", "Maiquetía".to_string())),
        "{marked:?}"
    );
    let c = &r.claims[0];
    assert_eq!(&text[c.start..c.end], text);
    assert!(
        r.entities
            .iter()
            .any(|e| e.text == "Maiquetía" && e.value == "SVMI")
    );
    // A place's words are the article's too ("Moscú", not "Moscow").
    let r = read(
        "El Il-96 de la aerolínea rusa aterrizó el martes en el aeropuerto de Maiquetía \
         procedente de Moscú.",
        parse_date("2025-06-06"),
    );
    let words: Vec<&str> = r.claims[0].route.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(words, ["Moscú", "Maiquetía"]);
}

#[test]
fn an_airport_sold_under_the_capitals_name_is_itself() {
    assert_eq!(
        claims(
            "The An-124 landed at Paris-Vatry airport on Sunday, arriving from Leipzig.",
            "2023-06-21"
        ),
        ["route EDDP>LFOK 2023-06-18 A124"]
    );
}

#[test]
fn a_pilots_landing_in_a_field_is_in_the_datelines_country() {
    assert_eq!(
        claims(
            "JONESBORO, Ark. -- A lawyer had a scare Monday after the plane he was flying \
             lost power.\n\nHe made an emergency landing in a soybean field.",
            "2006-09-05"
        ),
        ["arrival US 2006-09-04 -"]
    );
}

#[test]
fn a_group_from_a_city_whose_verb_follows_came_from_it() {
    assert_eq!(
        claims(
            "Four cargo planes from Benghazi landed at Gao airport on Monday.",
            "2023-10-20"
        ),
        ["route HLLB>GAGO 2023-10-16 -"]
    );
}

#[test]
fn a_place_inside_where_it_headed_is_not_where_it_left() {
    for text in [
        "The C-17 headed to the base in Cuba on Friday.",
        "The C-17 left for a base at Guantanamo on Friday.",
        "The C-17 took off again on Friday morning, bound for a base in New Hampshire.",
    ] {
        let got = claims(text, "2002-01-11");
        assert!(
            !got.iter().any(|c| c.starts_with("departure")),
            "{text}: {got:?}"
        );
    }
    assert_eq!(
        claims(
            "The C-17 took off on Friday from the runway at Kandahar.",
            "2002-01-11"
        ),
        ["departure OAKN 2002-01-11 C17"]
    );
}

#[test]
fn a_canadian_base_by_its_wing_and_ontario_after_a_town() {
    assert_eq!(
        claims(
            "A Royal Canadian Air Force CC130J Hercules left 8 Wing Trenton, Ontario Sunday, \
             for Lackland Air Force Base, Texas.",
            "2017-09-03"
        ),
        ["departure CYTR 2017-09-03 C30J"]
    );
    let r = read(
        "The jet landed in Trenton, Ontario, on Sunday.",
        parse_date("2017-09-03"),
    );
    assert!(
        r.entities
            .iter()
            .any(|e| e.text == "Ontario" && e.value == "CA"),
        "{:?}",
        r.entities
    );
}

#[test]
fn katunayake_is_colombos_airport_and_its_air_force_base() {
    assert_eq!(
        claims(
            "An Antonov An-124 arrived in Sri Lanka on Monday. The An-124 was greeted at the \
             Katunayaka Air Force base by the Sri Lanka Air Force.",
            "2020-01-08"
        ),
        ["arrival VCBI 2020-01-06 A124"]
    );
}

#[test]
fn a_conditional_an_option_and_flights_in_general_are_no_movements() {
    for text in [
        "\"Diverting to Los Angeles would have meant the aircraft would remain on the \
         ground for several days,\" the spokesperson said on Thursday.",
        "The aim was for evacuees to be in Cyprus for less than two days before taking up the \
         option of flying to the UK on Monday.",
        "This is due to the sheer number of aircraft taking off and landing at Khartoum on \
         Monday.",
    ] {
        let got = claims(text, "2023-04-26");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn forced_to_divert_is_a_diversion_and_a_plan_to_divert_is_not() {
    assert_eq!(
        claims(
            "A Singapore Airlines flight, travelling from London to Singapore, encountered \
             severe turbulence and was forced to divert to Delhi on Tuesday. The Boeing \
             777-300ER landed safely at 15:45 local time.",
            "2024-05-21"
        ),
        ["arrival VIDP 2024-05-21 B77W"]
    );
    assert_eq!(
        claims(
            "A Lufthansa flight from Frankfurt to Washington had to divert to Shannon on Monday.",
            "2026-11-25"
        ),
        ["arrival EINN 2026-11-23 -"]
    );
    for text in [
        "The airline plans to divert the flight to Delhi on Tuesday.",
        "On Tuesday the tower told the crew to divert to Delhi.",
    ] {
        let got = claims(text, "2024-05-21");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn while_flying_to_and_returning_to_before_a_crash_are_not_arrivals() {
    for text in [
        "The BBJ suffered a bird strike on 6 February while flying to Cape Town.",
        "A small plane returning to Kitchener from the Collingwood area crashed on Sunday.",
    ] {
        let got = claims(text, "2024-02-08");
        assert!(
            !got.iter().any(|c| c.starts_with("arrival")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_motorcade_leaving_is_no_departure_and_anothers_usual_is_not_a_routine() {
    assert_eq!(
        claims(
            "Air Force One landed at Fiumicino on Tuesday. The presidential motorcade left the \
             international airport to reach Villa Taverna.",
            "2017-05-24"
        ),
        ["arrival LIRF 2017-05-23 B742"]
    );
    assert_eq!(
        claims(
            "Air Force Two landed at Harrisburg International Airport on Thursday. About three \
             hours later the C-32 was airborne again, and the ramp returned to its usual \
             traffic of freight feeders.",
            "2020-08-03"
        ),
        [
            "arrival KMDT 2020-07-30 B752",
            "departure KMDT 2020-07-30 B752"
        ]
    );
}

#[test]
fn another_places_clock_in_brackets_is_not_where_it_landed() {
    assert_eq!(
        claims(
            "The Falcon landed at 16:50 local time (15:50 in Lisbon) in Luanda on Tuesday.",
            "2019-03-05"
        ),
        ["arrival FNLU 2019-03-05 -"]
    );
}

#[test]
fn an_aside_on_the_origin_before_the_verb_keeps_the_origin() {
    assert_eq!(
        claims(
            "The flight from Larnaca Airport in Cyprus, where those fleeing were first brought, \
             arrived at Stansted Airport at about 14:25 BST on Wednesday.",
            "2023-04-26"
        ),
        ["route LCLK>EGSS 2023-04-26 -"]
    );
    assert_eq!(
        claims(
            "A plane carrying the president from Geneva, where he had been receiving medical \
             treatment, landed on Sunday at Boufarik military base south of Algiers.",
            "2019-03-11"
        ),
        ["route LSGG>DAAK 2019-03-10 -"]
    );
}

#[test]
fn forced_to_turn_back_is_a_return() {
    let got = claims(
        "The pilot of an Alaska Airlines plane was forced to turn back to a Seattle airport \
         soon after takeoff on Friday. The Bombardier Q400 plane had just taken off from \
         Seattle-Tacoma International Airport en route to Bozeman, Montana.",
        "2014-04-26",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KSEA 2014-04-25")),
        "{got:?}"
    );
}

#[test]
fn owner_of_a_named_base_is_not_where_it_is() {
    // "the US air force base in Ramstein": Germany's Ramstein, the US its
    // owner.
    assert_eq!(
        claims(
            "A transport landed at the US air force base in Ramstein on Friday.",
            "2021-08-21"
        ),
        ["arrival ETAR 2021-08-20 -"]
    );
    assert_eq!(
        claims(
            "More planes have arrived at the US Air Force Base Ramstein in Rhineland-Palatinate \
             on Saturday.",
            "2021-08-21"
        ),
        ["arrival ETAR 2021-08-21 -"]
    );
}

#[test]
fn leaving_in_a_car_is_by_road() {
    // A departure "in an SUV" is by road; "with a ferry crew" is a flight's.
    assert_eq!(
        claims(
            "Prigozhin was last seen in public on Saturday night, departing Rostov in an SUV \
             while smiling at onlookers.",
            "2023-06-27"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        claims(
            "The Boeing 757 departed Aeroparque on Saturday with a ferry crew.",
            "2024-10-28"
        ),
        ["departure SABE 2024-10-26 B752"]
    );
}

#[test]
fn a_first_line_in_the_headline_present_is_the_headline() {
    // Pasted with its full stop, the page's first line in the present tense
    // is its headline, dated by the page (not left undated as a body's
    // first sentence with no date is).
    let got = claims(
        "Six RAF Typhoon fighter jets leave UK for Cyprus. Four of them deploying right now.\n\n\
         News agencies are reporting that the jets are being deployed to the island.",
        "2013-08-29",
    );
    assert_eq!(got, ["departure GB 2013-08-27/2013-08-29 -"]);
}

#[test]
fn an_asian_town_filed_with_its_city_is_named_without_it() {
    // The table files Tacloban's airport under "Tacloban City".
    assert_eq!(
        claims(
            "An Indian C-130 landed in Tacloban on Friday with relief supplies.",
            "2013-11-16"
        ),
        ["arrival RPVA 2013-11-15 C130"]
    );
}

#[test]
fn a_flight_that_turned_back_left_where_it_returned_to() {
    // Its take-off untold, a flight under way that returned left from there.
    assert_eq!(
        claims(
            "A Delhi-bound Air India flight returned to Phuket on Friday following a security \
             alert.",
            "2025-06-14"
        ),
        ["departure VTSP 2025-06-13 -", "arrival VTSP 2025-06-13 -"]
    );
    assert_eq!(
        claims(
            "The Belavia plane waited in the air for about two hours on Wednesday before \
             returning to Minsk.",
            "2021-05-27"
        ),
        ["departure UMMS 2021-05-26 -", "arrival UMMS 2021-05-26 -"]
    );
    // Not an aircraft coming home from a trip the story told.
    assert_eq!(
        claims(
            "The C-130 landed at Mactan on Friday with relief supplies. Airborne again that \
             evening, the plane returned to India.",
            "2013-11-16"
        ),
        [
            "arrival RPVM 2013-11-15 C130",
            "departure RPVM 2013-11-15 C130",
            "arrival IN 2013-11-15 C130"
        ]
    );
}

#[test]
fn a_person_in_a_lounge_and_questioning_going_on_are_no_movements() {
    assert_eq!(
        claims(
            "The jet arrived in Istanbul on Monday. On Monday, Reuters published a photograph \
             of Abramovich sitting in Tel Aviv airport's VIP lounge with a face mask pulled \
             down over his chin.",
            "2022-03-15"
        ),
        ["arrival TR 2022-03-14 -"]
    );
    assert_eq!(
        claims(
            "The Boeing 737 landed at Albuquerque on Sunday. Law enforcement have cleared the \
             aircraft, however passengers are continuing to be interviewed by the FBI.",
            "2011-05-08"
        ),
        ["arrival KABQ 2011-05-08 B737"]
    );
}

#[test]
fn airports_by_the_initials_and_old_names_reporters_use() {
    assert_eq!(
        claims(
            "Air India's first evacuation flight landed at the national capital's IGI Airport \
             from Singapore on Friday.",
            "2020-05-08"
        ),
        ["route WSSS>VIDP 2020-05-08 -"]
    );
    assert_eq!(
        claims(
            "A Qatar Airways jet took off from Hamid Karzai International Airport on Thursday.",
            "2021-09-10"
        ),
        ["departure OAKB 2021-09-09 -"]
    );
}

#[test]
fn the_flight_continued_is_the_aircraft_flying_on() {
    assert_eq!(
        claims(
            "The plane was diverted to Kuwait on Monday. The airline added that the flight later \
             continued to Beirut.",
            "2017-12-04"
        ),
        ["arrival OKKK 2017-12-04 -", "route OKKK>OLBA 2017-12-04 -"]
    );
}

#[test]
fn today_with_its_day_in_brackets_is_that_day() {
    // Published the next morning: "today (10)" is the 10th.
    assert_eq!(
        claims(
            "Two Brazilian Air Force planes landed today (10), around 6:30 am, in Recife.",
            "2022-03-11"
        ),
        ["arrival SBRF 2022-03-10 -"]
    );
    assert_eq!(
        claims(
            "After leaving Warsaw yesterday (9), the planes stopped in Lisbon.",
            "2022-03-11"
        ),
        ["departure EPWA 2022-03-09 -", "presence LPPT 2022-03-09 -"]
    );
}

#[test]
fn what_a_storm_leaves_behind_is_no_departure() {
    assert_eq!(
        claims(
            "Two C-130 transport planes departed from northern Taiwan for the Philippines \
             Tuesday afternoon. The ministry confirmed that the two planes, which took off from \
             an air base in Hsinchu, would fly directly to Cebu. The planes are expected to \
             return to Taiwan on Tuesday night. Super Typhoon Haiyan hit the central Philippines \
             on Nov. 8, leaving a trail of ruin and devastation.",
            "2013-11-12"
        ),
        ["departure RCPO 2013-11-12 -"]
    );
}

#[test]
fn prior_to_taking_off_is_before_it() {
    assert_eq!(
        claims(
            "A picture shows Battisti sitting on board a plane prior to taking off from Santa \
             Cruz de la Sierra, Bolivia, on January 13, 2019.",
            "2019-01-15"
        ),
        ["departure SLVR 2019-01-13 -"]
    );
}

#[test]
fn a_suspect_named_is_no_guess() {
    assert_eq!(
        claims(
            "Russian arms trafficking suspect Viktor Bout was flown from Bangkok to New York on \
             Tuesday.",
            "2010-11-17"
        ),
        ["route TH>US 2010-11-16 -"]
    );
    assert_eq!(
        claims(
            "Spotters suspect the aircraft flew to Cairo on Tuesday.",
            "2010-11-17"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn at_the_moment_and_right_now_are_the_day_of_the_telling() {
    assert_eq!(
        claims(
            "The plane took off from Catania, Italy, and at the moment, having turned off its \
             transponder, landed at a military airport in Pardubice, Czech Republic.",
            "2025-01-13"
        ),
        ["departure LICC 2025-01-13 -", "arrival LKPD 2025-01-13 -"]
    );
}

#[test]
fn a_relative_clauses_modal_is_its_own() {
    assert_eq!(
        claims(
            "An Iranian Il-76 aircraft, which can carry military cargo, landed in Moscow today.",
            "2023-06-01"
        ),
        ["arrival RU 2023-06-01 IL76"]
    );
    assert_eq!(
        claims(
            "The jet, which was due to leave on Monday, could land in Moscow today.",
            "2023-06-01"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_day_right_before_its_verb_is_the_verbs() {
    // 2019-10-21 was a Monday.
    assert_eq!(
        claims(
            "The Il-76 on Monday departed Abuja for Sochi to deliver aid from Oct. 23 to Oct. 25.",
            "2019-10-21"
        ),
        ["departure DNAA 2019-10-21 IL76"]
    );
}

#[test]
fn a_clock_before_a_month_is_not_its_day() {
    // A translated release writes the clock before the date; "16:07 April
    // 25" is the 25th, not the 7th.
    let got = claims(
        "Two freighters took off from Beijing Capital International Airport at 15:54 and 16:07 \
         April 25, Beijing Time. They landed in Chengdu and took off again at 9:03 April 29.",
        "2015-05-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure ZBAA 2015-04-25")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|c| !c.contains("2015-04-07") && !c.contains("2015-04-03")),
        "{got:?}"
    );
}

#[test]
fn a_city_and_country_before_a_colon_is_the_dateline() {
    // "Here" is the dateline's city also when the agency style names its
    // country too (2016-09-03 was the Saturday before publication).
    let got = claims(
        "Hangzhou, China: Air Force One arrived here Saturday afternoon for the G20 summit.",
        "2016-09-04",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival ZSHC 2016-09-03")),
        "{got:?}"
    );
}

#[test]
fn a_landing_on_a_city_pair_flight_came_from_the_first_city() {
    // "Arrived in Y from X" is a route; so is a landing on an "X-Y flight".
    let got = claims(
        "The Il-76 landed at Vnukovo airport at 09:24 today on a Tehran-Moscow flight.",
        "2023-06-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route IR>UUWW 2023-06-01")),
        "{got:?}"
    );
}

#[test]
fn a_capital_with_its_name_beside_it_is_that_place() {
    // A story about aid to Egypt: "the capital Ankara" is Ankara, not the
    // capital of the country the story is about (2023-10-14 was the
    // Saturday before publication).
    let got = claims(
        "The first two planes with aid for Gaza landed in Egypt on Friday. A third Turkish plane \
         carrying aid took off from the capital Ankara on Saturday.",
        "2023-10-15",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure LTAC 2023-10-14")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("HECA")), "{got:?}");
    let got = claims(
        "The A400M landed in the South Sudanese capital Juba on Sunday.",
        "2025-03-10",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival HSSJ 2025-03-09")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.contains("HSSK")), "{got:?}");
}

#[test]
fn an_aircraft_searched_at_an_airport_stood_there() {
    // 2019-12-23 was the Monday before publication; "three properties were
    // also searched" stays no stay.
    let got = claims(
        "The rapper's private jet was searched at the Miami-Opa Locka Executive Airport on \
         Monday. Three properties in Miami were also searched.",
        "2019-12-24",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("presence KOPF 2019-12-23"), "{got:?}");
}

#[test]
fn a_country_after_a_name_the_tables_lack_takes_its_preposition() {
    // Sicily is no place the tables hold; Italy after it is where the Global
    // Hawk took off (Tuesday before a Wednesday publication). A list keeps
    // its own: "in Crimea, Krasnodar, and eastern Ukraine" moves nothing.
    let got = claims(
        "On Tuesday afternoon, a USAF RQ-4B-40 Global Hawk took off from a base in \
         Sicily, Italy, flying near Russia's borders in Crimea, Krasnodar, and eastern \
         Ukraine's Donbass region.",
        "2019-04-24",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("departure IT 2019-04-23"), "{got:?}");
    // "from the Amur region, in Russia's far east, to Biak": the origin.
    let got = claims(
        "Two Tupolev Tu-95MS bombers flew from the Amur region, in Russia's far east, \
         to Frans Kaisiepo Airport in Biak on Tuesday.",
        "2017-12-06",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route RU>WABB 2017-12-05")),
        "{got:?}"
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival RU")), "{got:?}");
    // (Not a place's own setting: Japan is where Kadena is, not where the
    // squadron left from.)
    let got = claims(
        "The squadron's P-8A departed for Kadena Air Base in Okinawa, Japan in \
         November 2013.",
        "2014-07-24",
    );
    assert!(
        got.iter().all(|c| !c.starts_with("departure JP")),
        "{got:?}"
    );
}

#[test]
fn flights_carried_out_or_performed_are_the_movement() {
    let got = claims(
        "A Royal New Zealand Air Force C-130H Hercules carried out the evacuation flight \
         from Christchurch to Wellington on Sunday.",
        "2021-07-12",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route NZCH>NZWN 2021-07-11")),
        "{got:?}"
    );
    // Serial production carried out somewhere stays no movement.
    let got = claims(
        "Serial production of the Il-76MD-90A was carried out in Tashkent in 2019.",
        "2021-07-12",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn flown_from_a_place_with_no_end_told_is_a_take_off() {
    // The first flights from Hmeimim: where they went is not told, that
    // they left from there is (the day before a Wednesday publication).
    let got = claims(
        "On Tuesday, Tu-22M3 bombers of Russia's long-range aviation performed the first \
         flights from the Hmeimim airfield in Syria, the Russian Defense Ministry said.",
        "2021-05-26",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("departure OSLK 2021-05-25"), "{got:?}");
    // Not a habit, not goods, not a shuttle, not a way home.
    for text in [
        "Why the rich fly from Lanseria.",
        "Spare parts had to be flown from the Netherlands on Monday.",
        "The airline has operated cargo flights between Iran, Russia and Belarus since 2022.",
        "Injured hiker flown home from Spain in ambulance jet on Monday.",
    ] {
        let got = claims(text, "2025-04-05");
        assert!(
            got.iter().all(|c| !c.starts_with("departure")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_aircraft_seized_or_impounded_stood_there() {
    // A stay where the aircraft itself was seized (Thursday = publication
    // day; Tuesday before a Thursday publication).
    let got = claims(
        "A Russian-operated aeroplane was seized at Colombo's Bandaranaike International \
         Airport on Thursday.",
        "2022-06-03",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("presence VCBI 2022-06-02"), "{got:?}");
    let got = claims(
        "Malaysian authorities impounded a Pakistan International Airlines (PIA) aircraft \
         at Kuala Lumpur International Airport on Tuesday.",
        "2023-06-01",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("presence WMKK 2023-05-30"), "{got:?}");
    // Drugs seized from a plane: no stay told.
    let got = claims(
        "Police seized cocaine from a plane at Ohio University's airport on Wednesday.",
        "2017-03-30",
    );
    assert!(got.iter().all(|c| !c.starts_with("presence")), "{got:?}");
}

#[test]
fn flying_inside_a_name_is_no_flight() {
    // "B-17 Flying Fortress" and "Flying Legends of Victory Tour" name an
    // aircraft and a tour; the sentence has many names but is no headline
    // in title case, and tells no flight.
    let got = claims(
        "On Wednesday the B-17 Flying Fortress bomber is back in Broomfield as part of the \
         Arizona Commemorative Air Force Museum's annual Flying Legends of Victory Tour.",
        "2022-06-01",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_airport_that_welcomed_or_hosted_an_aircraft_had_it() {
    // The airport, the verb's subject, is where its visitor was; an airport
    // named after a man is the airport at a sentence's head when the rest
    // of its name and "Airport" follow. (Tuesday = 2022-12-06.)
    let got = claims(
        "Rajiv Gandhi International Airport welcomed the Antonov An-225 on Tuesday.",
        "2022-12-06",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("arrival VOHS 2022-12-06 A225"),
        "{got:?}"
    );
    let got = claims(
        "Hyderabad airport hosted the Airbus Beluga on Tuesday.",
        "2022-12-06",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("presence VOHS 2022-12-06"), "{got:?}");
    // A minister who welcomed a jet, an airport that hosted a conference:
    // no visit told.
    for text in [
        "The minister welcomed the Antonov An-225 on Tuesday.",
        "Hyderabad airport hosted a conference on Tuesday.",
    ] {
        assert!(claims(text, "2022-12-06").is_empty(), "{text}");
    }
}

#[test]
fn a_caption_in_the_present_dated_to_the_year_is_told() {
    // A photo caption's historic present, dated to the day and year.
    let got = claims(
        "A B-52 Stratofortress arrives at Naval Support Facility Diego Garcia on March \
         22, 2024.",
        "2024-03-25",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival FJDG 2024-03-22"), "{got:?}");
    // A present with no date stays a habit.
    let got = claims(
        "The Dreamlifter usually lands at Charleston on its way to Everett.",
        "2024-03-25",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_replacement_aircraft_is_another() {
    // "A replacement A321neo" is another aircraft: its own flight.
    let got = claims(
        "The Airbus A321neo, registration HA-LVK, took off from Budapest on Sunday and \
         landed at Porto. A replacement A321neo left Budapest on Sunday evening and reached \
         Porto shortly before midnight.",
        "2026-03-30",
    );
    assert_eq!(
        got.iter()
            .filter(|c| c.starts_with("departure LHBP"))
            .count(),
        2,
        "{got:?}"
    );
}

#[test]
fn a_naval_air_station_is_the_citys_own() {
    // "Pensacola Nas (Forrest Sherman Field)", not Whiting Field in Milton
    // 30 km off, nor the city's airliner airport; the name before or after.
    for text in [
        "Four MV-22 Ospreys landed at Naval Air Station Pensacola on Thursday.",
        "Four MV-22 Ospreys landed at Pensacola Naval Air Station on Thursday.",
    ] {
        let got = claims(text, "2017-09-01");
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].starts_with("arrival KNPA 2017-08-31"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_units_home_before_the_verb_is_no_origin() {
    // Barksdale is the bomb wing's home, New River the Ospreys' base: the
    // landings only. ("deployed from Dyess" is the flight's own start.)
    let got = claims(
        "Air Force B-52H bombers of the 2nd Bomb Wing from Barksdale Air Force Base, \
         Louisiana, arrived at Moron Air Base, in southern Spain, on May 17, 2021.",
        "2021-05-20",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("arrival LEMO 2021-05-17"), "{got:?}");
    let got = claims(
        "The bombers, assigned to the 345th Bomb Squadron and deployed from Dyess Air Force \
         Base, Texas, flew more than 4,800 miles to Orland Air Base on August 9.",
        "2025-08-12",
    );
    assert!(
        got.iter().any(|c| c.starts_with("route KDYS>ENOL")),
        "{got:?}"
    );
}

#[test]
fn rescue_and_military_helicopters_by_their_short_forms() {
    for (name, code) in [
        ("CH-53", "H53"),
        ("CH-46", "H46"),
        ("MH-60 Jayhawk", "H60"),
        ("HH-65", "AS65"),
        ("H225", "EC25"),
    ] {
        let got = claims(
            &format!("A {name} landed at Avon Park Executive Airport on Tuesday."),
            "2021-03-17",
        );
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert!(
            got[0].starts_with(&format!("arrival KAVO 2021-03-16 {code}")),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn landed_at_the_airport_is_the_one_the_story_named_last() {
    // (Monday and Tuesday before a Wednesday publication.)
    let got = claims(
        "Two V-22 Ospreys landed at Avon Park Executive Airport on Monday. A CH-53 \
         helicopter landed at the airport on Tuesday.",
        "2021-03-17",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival KAVO 2021-03-16 H53")),
        "{got:?}"
    );
    // A forced landing "at the airport" the story named before, the night
    // before the search (Saturday before a Monday publication).
    let got = claims(
        "A Russian cargo plane was searched on Sunday by police at Lungi International \
         Airport. The aircraft, which was flying to Bamako, developed an engine fault and \
         was forced to land at the airport for repairs on Saturday night.",
        "2021-06-14",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival GFLL 2021-06-12")),
        "{got:?}"
    );
}

/// Generic constructions a reporter writes of an aircraft on the ground,
/// found by a grid of plain sentences (every subject × phrase × place),
/// not by any one page: each must give a presence at the named airport.
#[test]
fn an_aircraft_pictured_filmed_or_sighted_somewhere_was_there() {
    for phrase in ["was pictured at", "was filmed at", "was sighted at"] {
        for subject in ["The C-17", "The jet", "It"] {
            let text = format!("{subject} {phrase} Shannon Airport on Tuesday.");
            let got = claims(&text, "2025-06-06");
            assert!(
                got.iter()
                    .any(|c| c.starts_with("presence EINN 2025-06-03")),
                "{text}: {got:?}"
            );
        }
    }
    // A person pictured is no aircraft's presence.
    let got = claims(
        "The minister flew in on a C-17. She was pictured at Shannon Airport on Tuesday.",
        "2025-06-06",
    );
    assert!(!got.iter().any(|c| c.starts_with("presence")), "{got:?}");
}

#[test]
fn an_aircraft_that_made_a_stop_somewhere_was_there() {
    for phrase in [
        "made a stop at",
        "made a brief stop at",
        "made a short stop in",
    ] {
        let text = format!("The C-17 {phrase} Shannon on Tuesday.");
        let got = claims(&text, "2025-06-06");
        assert!(
            got.iter()
                .any(|c| c.starts_with("presence EINN 2025-06-03")),
            "{text}: {got:?}"
        );
    }
    // On a journey told in the same sentence, the stop is a stop on the way.
    let got = claims(
        "The E-3G landed at Souda on Monday. The aircraft left Tinker Air Force Base in \
         Oklahoma on Saturday, made a stop at Ramstein in Germany and from there continued \
         to Crete.",
        "2026-09-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KTIK>ETAR>LGSA 2026-09-05/2026-09-07")),
        "{got:?}"
    );
    assert!(!got.iter().any(|c| c.starts_with("presence")), "{got:?}");
}

/// Military types by their names alone, as reporters shorten them: "the
/// Galaxy" after "a C-5 Galaxy" is that C-5 (the generated table's
/// "Galaxy" is an IAI business jet), "an RAF Globemaster" a C-17.
#[test]
fn military_types_by_their_names_alone() {
    let got = claims(
        "A C-5 Galaxy landed at Shannon Airport on Tuesday. The Galaxy left on Wednesday.",
        "2025-06-06",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EINN 2025-06-04 C5M")),
        "{got:?}"
    );
    for (name, code) in [
        ("A US Air Force Stratotanker", "K35R"),
        ("A KC-10 Extender", "DC10"),
        ("A Swedish Gripen", "SB39"),
        ("A Reaper drone", "Q9"),
    ] {
        let text = format!("{name} landed at Shannon Airport on Tuesday.");
        let got = claims(&text, "2025-06-06");
        assert!(
            got.iter()
                .any(|c| c.starts_with(&format!("arrival EINN 2025-06-03 {code}"))),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn aircraft_deployed_or_dispatched_by_someone_arrive_where_they_were_sent() {
    // 2023-08-14 was a Monday.
    let got = claims(
        "The air force deployed four B-1B bombers to Lask Air Base in Poland on Monday.",
        "2023-08-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival EPLK 2023-08-14 B1")),
        "{got:?}"
    );
    let got = claims(
        "Beijing dispatched a Y-20 transport to Belgrade on Monday with the missiles.",
        "2023-08-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival LYBE 2023-08-14 Y20")),
        "{got:?}"
    );
    let got = claims(
        "Russia sent two Il-76 transports to Bamako on Monday, the ministry said.",
        "2023-08-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival GABS 2023-08-14 IL76")),
        "{got:?}"
    );
    // (A sentence of many names, most words capitalised.)
    let got = claims(
        "The Pentagon sent two C-17 Globemasters to Tel Aviv on Monday.",
        "2023-08-16",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("arrival LLBG 2023-08-14 C17")),
        "{got:?}"
    );
    // What is sent must be the aircraft: a letter, or people sent to where
    // an aircraft is, are not.
    let got = claims(
        "The ministry sent a letter to Caracas on Monday about the Boeing 747.",
        "2023-08-16",
    );
    assert!(got.is_empty(), "{got:?}");
    // A purpose after "to", capitalised in a title-case headline, is no
    // place.
    let got = claims(
        "Air Cargo Line Dispatched Three B757 Freighters to Carry Relief Goods to Nepal",
        "2015-04-30",
    );
    assert!(got.iter().all(|c| !c.starts_with("arrival")), "{got:?}");
    // What is moved must be an aircraft; a plan is no claim.
    let got = claims(
        "The ministry deployed two hundred troops to Lask Air Base in Poland on Monday.",
        "2023-08-16",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = claims(
        "The air force will deploy four B-1B bombers to Lask Air Base in Poland next week.",
        "2023-08-16",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn sentences_that_tell_a_movement_at_a_place_and_gave_no_claim_are_listed_unread() {
    // 2020-03-21 was a Saturday.
    let text = "A chartered Boeing 777 landed in Prague on Saturday with seven million face masks.\n\
                Two shipments of medical supplies arrived in Czechia overnight.\n\
                The jet landed safely.\n\
                Moscow said more flights would follow.\n\
                The Il-76 RA-78817 made headlines in Bamako on Monday.";
    let r = super::read(text, crate::time::parse_date("2020-03-22"));
    assert_eq!(r.claims.len(), 1, "{:?}", r.claims);
    // The landing in Prague was read; the shipments' arrival names a place
    // and a movement but no aircraft, so it is listed to be checked by
    // hand; so is an aircraft with a day and a place, and no movement word
    // the reader knows. No place ("landed safely") or a government
    // ("Moscow said"): nothing to check.
    let unread: Vec<&str> = r.unread.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(
        unread,
        [
            "Two shipments of medical supplies arrived in Czechia overnight.",
            "The Il-76 RA-78817 made headlines in Bamako on Monday."
        ]
    );
    let u = &r.unread[0];
    assert_eq!(&text[u.start..u.end].trim(), &u.text);
    // Read through English, the spans are the article's own.
    let text = "Un Boeing 777 fletado aterrizó en Praga el sábado con siete millones de \
                mascarillas. Dos envíos de material médico llegaron a la República Checa \
                durante la noche. El avión aterrizó sin problemas.";
    let r = super::read(text, crate::time::parse_date("2020-03-22"));
    let u = r.unread.first().expect("one sentence unread");
    assert_eq!(
        (r.unread.len(), u.text.as_str(), text[u.start..u.end].trim()),
        (
            1,
            "Dos envíos de material médico llegaron a la República Checa durante la noche.",
            u.text.as_str()
        )
    );
}

#[test]
fn a_towns_small_field_is_its_airport() {
    // Avon Park's field is "Avon Park Executive Airport" in the table, and
    // the town has two other small fields (a private strip, an auxiliary
    // military field); Blountstown's is "Calhoun County Airport" (KF95),
    // beside a private strip (0FD4). Reporters write "<town> airport".
    assert_eq!(
        claims(
            "A CH-53 landed at Avon Park Airport on Monday.",
            "2021-03-17"
        ),
        ["arrival KAVO 2021-03-15 H53"]
    );
    assert_eq!(
        claims(
            "Two Ospreys landed at the Blountstown airport on Tuesday.",
            "2019-06-28"
        ),
        ["arrival KF95 2019-06-25 V22"]
    );
}

#[test]
fn a_couple_of_weeks_and_months_ago_are_dated_loosely() {
    // Published Wednesday 2021-03-17. "A couple of weeks ago": one to three
    // weeks back; "a month ago": the month before; "a few months ago" is
    // too loose for any month, and the landing is left undated.
    assert_eq!(
        claims(
            "A couple of weeks ago a CH-53 landed at Tampa.",
            "2021-03-17"
        ),
        ["arrival KTPA 2021-02-24/2021-03-10 H53"]
    );
    assert_eq!(
        claims(
            "A couple of days ago a CH-53 landed at Tampa.",
            "2021-03-17"
        ),
        ["arrival KTPA 2021-03-15 H53"]
    );
    assert_eq!(
        claims("A month ago a CH-53 landed at Tampa.", "2021-03-17"),
        ["arrival KTPA 2021-02-01/2021-02-28 H53"]
    );
    assert_eq!(
        claims("A few months ago a CH-53 landed at Tampa.", "2021-03-17"),
        ["arrival KTPA - H53"]
    );
}

#[test]
fn a_run_of_days_dates_the_same_aircrafts_next_movement() {
    // An Osprey's day, then a week or part of a month for the CH-53: its
    // take-off half an hour later, in the same sentence or the next, is
    // in that week, not on the Osprey's Tuesday.
    let text = "An Osprey was at the airport on Tuesday. Last week a CH-53 landed at \
                Avon Park Airport and then took off after about 30 minutes, Renfro said.";
    assert_eq!(
        claims(text, "2021-03-17"),
        [
            "arrival KAVO 2021-03-08/2021-03-14 H53",
            "departure KAVO 2021-03-08/2021-03-14 H53"
        ]
    );
    let text = "An Osprey was at the airport on Tuesday. In early March a CH-53 landed at \
                Avon Park Airport. It took off again after 30 minutes.";
    assert_eq!(
        claims(text, "2021-03-17"),
        [
            "arrival KAVO 2021-03-01/2021-03-10 H53",
            "departure KAVO 2021-03-01/2021-03-10 H53"
        ]
    );
}

#[test]
fn a_statements_day_is_not_the_movements() {
    // The day a statement was issued dates the statement; the departure
    // it tells of keeps the story's day (Monday).
    let text = "A Nigerian C-130 diverted to Bobo-Dioulasso on Monday. In a statement \
                issued on Tuesday, the air force said the C-130 had departed Lagos before \
                the crew saw a problem.";
    assert_eq!(
        claims(text, "2023-08-16"),
        [
            "arrival DFOO 2023-08-14 C130",
            "departure DNMM 2023-08-14 C130"
        ]
    );
}

#[test]
fn bare_us_military_designations_are_types() {
    // Written without the type's name, as local reporting does.
    assert_eq!(
        claims(
            "The B-17 and the B-25 landed at Ramstein on Tuesday.",
            "2023-08-16"
        ),
        ["arrival ETAR 2023-08-15 B17", "arrival ETAR 2023-08-15 B25"]
    );
    assert_eq!(
        claims(
            "Two CV-22s and an HC-130J landed at Kadena Air Base on Monday.",
            "2023-08-16"
        ),
        [
            "arrival RODN 2023-08-14 V22",
            "arrival RODN 2023-08-14 C30J"
        ]
    );
}

#[test]
fn an_aircraft_named_by_type_or_registration_can_be_impounded() {
    // "Impounded", "seized" are a stay only when an aircraft is what was
    // seized: a type or registration says so as well as "the jet".
    assert_eq!(
        claims(
            "The C-17 was impounded at Ramstein on Tuesday.",
            "2023-08-16"
        ),
        ["presence ETAR 2023-08-15 C17"]
    );
    assert_eq!(
        claims("A6-RJB was seized at Farnborough on Tuesday.", "2023-08-16"),
        ["presence EGLF 2023-08-15 A6-RJB"]
    );
    // (Not the drugs seized from a plane.)
    assert_eq!(
        claims(
            "Police seized 20 kilos of cocaine from the jet at Miami on Tuesday.",
            "2023-08-16"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_group_of_aircraft_deployed_to_a_place_flew_there() {
    assert_eq!(
        claims(
            "The Air Force deployed a squadron of RQ-4 Global Hawks to Misawa Air Base on \
             June 1, 2018.",
            "2018-06-05"
        ),
        ["arrival RJSM 2018-06-01 Q4"]
    );
}

#[test]
fn an_airport_name_may_hold_and() {
    assert_eq!(
        claims(
            "On 12 February 2024, the Boeing 747 arrived at Dade-Collier Training and \
             Transition Airport.",
            "2024-02-14"
        ),
        ["arrival KTNT 2024-02-12 B744"]
    );
}

#[test]
fn aircraft_along_with_another_both_move_and_an_escort_does_not() {
    assert_eq!(
        claims(
            "The B-17, along with a B-25, landed at Ramstein on Tuesday.",
            "2023-08-16"
        ),
        ["arrival ETAR 2023-08-15 B17", "arrival ETAR 2023-08-15 B25"]
    );
    assert_eq!(
        claims(
            "A C-17 accompanied by a KC-135 landed at Ramstein on Tuesday.",
            "2023-08-16"
        ),
        [
            "arrival ETAR 2023-08-15 C17",
            "arrival ETAR 2023-08-15 K35R"
        ]
    );
    // The escort is not what landed.
    assert_eq!(
        claims(
            "The Il-76, escorted by two Su-30s, landed at Latakia on Tuesday.",
            "2023-08-16"
        ),
        ["arrival OSLK 2023-08-15 IL76"]
    );
}

#[test]
fn a_spaced_callsign_set_beside_a_type_is_its_callsign() {
    assert_eq!(
        claims(
            "The first B-52, MACE 21, serial 61-0012, landed at Moron Air Base on Monday.",
            "2021-05-18"
        ),
        ["arrival LEMO 2021-05-17 B52 61-0012 MACE21"]
    );
    assert_eq!(
        claims(
            "A C-17 (REACH 451) landed at Ramstein on Monday.",
            "2021-05-18"
        ),
        ["arrival ETAR 2021-05-17 C17 REACH451"]
    );
    // (Not a speaker set between commas.)
    assert_eq!(
        claims(
            "The C-17, NATO said, landed at Ramstein on Monday.",
            "2021-05-18"
        ),
        ["arrival ETAR 2021-05-17 C17"]
    );
}

#[test]
fn a_country_then_an_airport_in_it_is_the_airport() {
    assert_eq!(
        claims(
            "The An-225 made its first landing in India at the Rajiv Gandhi International \
             Airport in May 2016.",
            "2022-12-05"
        ),
        ["arrival VOHS 2016-05-01/2016-05-31 A225"]
    );
}

#[test]
fn an_arrival_prepared_for_or_awaited_is_not_yet_one() {
    for text in [
        "The wing divested its KC-135s to prepare for the arrival of the new KC-46A at \
         Pease in March.",
        "Crews are awaiting the arrival of the An-225 at Hyderabad on Monday.",
        "The team had hoped to catch an early flight from Heathrow to Toulouse on Thursday.",
    ] {
        assert_eq!(claims(text, "2022-12-05"), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn the_leg_onward_of_a_flight_only_hoped_for_is_no_arrival() {
    assert_eq!(
        claims(
            "The squad had hoped to catch an early flight from Heathrow to Madrid and on to \
             Toulouse on Thursday, but found no seats.",
            "2013-12-13"
        ),
        Vec::<String>::new()
    );
    // (A leg onward of a flight flown is one.)
    assert_eq!(
        claims(
            "The squad flew from Heathrow to Madrid on Thursday and then on to Toulouse.",
            "2013-12-13"
        ),
        ["route EGLL>LEMD>LFBO 2013-12-12 -"]
    );
}

#[test]
fn a_777_freighter_as_cargo_lines_write_it() {
    assert_eq!(
        claims(
            "A Turkish Cargo B777F landed at Adana on Monday.",
            "2023-02-28"
        ),
        ["arrival LTAF 2023-02-27 B77L"]
    );
}

#[test]
fn along_with_an_aircraft_told_by_a_description_and_its_name() {
    assert_eq!(
        claims(
            "The B-17 along with another vintage bomber, the B-25 Mitchell, landed at \
             Rocky Mountain Metropolitan Airport on Tuesday.",
            "2022-06-01"
        ),
        ["arrival KBJC 2022-05-31 B17", "arrival KBJC 2022-05-31 B25"]
    );
}

#[test]
fn from_a_military_base_in_a_place_is_from_there() {
    assert_eq!(
        claims(
            "On Saturday a C-17 flew from a military base in Washington to Christchurch \
             Airport.",
            "2013-04-23"
        ),
        ["route US>NZCH 2013-04-20 C17"]
    );
    // (An air base in a country: from that country.)
    assert_eq!(
        claims(
            "On Saturday a C-17 flew from an air base in Germany to Christchurch.",
            "2013-04-23"
        ),
        ["route DE>NZCH 2013-04-20 C17"]
    );
}

#[test]
fn a_leg_told_after_a_dated_landing_under_a_dated_headline_keeps_the_landing_day() {
    assert_eq!(
        claims(
            "Saw a military jet over the lake on Sunday night? Here is what it was\n\n\
             He spoke to the paper by phone on Tuesday. The C-17 arrived at McChord Field at \
             9:18 p.m. Sunday after flying in from Hawaii, the spokesman said.",
            "2025-04-23"
        ),
        ["route US>KTCM 2025-04-20 C17"]
    );
}

#[test]
fn a_day_inside_an_aircraft_subject_of_no_movement_sets_the_story_day() {
    let text = "Second engine scare in two days\n\n\
        VH-XZA, an A320 bound for Fiji, left Sydney at 8.10 a.m. on Thursday.\n\n\
        The jet from Perth to Brisbane on Wednesday lost power in one engine over the \
        desert. It later landed safely at Brisbane at about 4 p.m.";
    let got = claims(text, "2023-01-19");
    assert!(
        got.iter().any(|c| c.starts_with("arrival YBBN 2023-01-18")),
        "{got:?}"
    );
}

#[test]
fn in_two_months_joined_is_one_period() {
    assert_eq!(
        claims(
            "The freighter flew to Beirut in July and August.",
            "2019-01-01"
        ),
        ["arrival OLBA 2018-07-01/2018-08-31 -"]
    );
    assert_eq!(
        claims(
            "The freighter flew to Beirut in July and in August 2018.",
            "2019-01-01"
        ),
        ["arrival OLBA 2018-07-01/2018-08-31 -"]
    );
    // (Two months with their own years are two visits.)
    let got = claims(
        "The Beluga has landed at Hyderabad in August 2024 and December 2022.",
        "2025-11-13",
    );
    assert!(
        !got.iter().any(|c| c.contains("2022-12-01/2024")),
        "{got:?}"
    );
}

#[test]
fn flights_to_two_towns_with_no_start_are_an_arrival_at_each() {
    assert_eq!(
        claims(
            "The freighter also made flights to Damascus and Beirut in July.",
            "2019-01-01"
        ),
        [
            "arrival OSDI 2018-07-01/2018-07-31 -",
            "arrival OLBA 2018-07-01/2018-07-31 -"
        ]
    );
    // (Not a list of countries a jet has served.)
    let got = claims(
        "Over its career the 757 flew to China, India and Russia.",
        "2019-01-01",
    );
    assert!(got.len() <= 1, "{got:?}");
}

#[test]
fn where_a_journalist_reported_from_is_no_flight_start() {
    let got = claims(
        "Two Tu-160 bombers landed at Waterkloof on Wednesday. An Il-62 landed too.\n\n\
         About the author\n\n\
         He has reported from the U.S., Europe and Syria, and flown several combat planes with \
         different air forces.",
        "2019-10-24",
    );
    assert!(!got.iter().any(|c| c.starts_with("route")), "{got:?}");
}

#[test]
fn a_plain_present_fly_in_a_past_story_is_what_they_do() {
    assert_eq!(
        claims(
            "There are only two Dreamlifters in the world, both of which fly out of Seattle.",
            "2007-06-05"
        ),
        Vec::<String>::new()
    );
    // (A flight watched is one.)
    let got = claims(
        "On Tuesday thousands watched a Gulfstream G650ER, N628TX, fly from Austin to San Jose.",
        "2022-12-15",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KAUS>KSJC 2022-12-13")),
        "{got:?}"
    );
}

#[test]
fn on_the_tarmac_a_layover_and_stops_are_where_it_stood() {
    let got = claims(
        "The Prime Minister's Boeing 737 broke down on the tarmac at Canberra's Fairbairn \
         Airbase on Tuesday.",
        "2014-06-05",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence YSCB 2014-06-03")),
        "{got:?}"
    );
    // (A person met there is no stay of the plane's.)
    let got = claims(
        "The Airbus A330 landed at Bole on Tuesday. The minister was met on the tarmac by \
         the ambassador.",
        "2014-06-05",
    );
    assert!(!got.iter().any(|c| c.starts_with("presence")), "{got:?}");
    let got = claims(
        "The Embraer KC-390 had a two-hour layover in Recife on Tuesday.",
        "2022-03-11",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence SBRF 2022-03-08")),
        "{got:?}"
    );
    let got = claims(
        "On Tuesday the C-130 made two stops, in Lisbon and on Sal Island.",
        "2022-03-11",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence LPPT 2022-03-08")),
        "{got:?}"
    );
    let got = claims(
        "Four MV-22 Ospreys were staging at NAS Pensacola on Tuesday.",
        "2017-09-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence KNPA 2017-08-29")),
        "{got:?}"
    );
}

#[test]
fn a_city_beside_another_towns_field_is_the_citys_own_airport() {
    // ("Ottawa / Gatineau Airport" is filed in Gatineau.)
    let got = claims(
        "On Thursday a Canadian Forces Challenger 604 departed Ottawa International Airport.",
        "2021-10-01",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure CYOW 2021-09-30")),
        "{got:?}"
    );
}

#[test]
fn a_person_named_like_a_field_owns_the_jet() {
    let got = claims(
        "Trudeau’s Challenger jet landed at the Alberni Valley Regional Airport on Monday.",
        "2018-07-31",
    );
    assert_eq!(got, vec!["arrival CBS8 2018-07-30 CL60".to_string()]);
    let got = claims("Trudeau's plane landed on Monday.", "2018-07-31");
    assert!(!got.iter().any(|c| c.contains("CYUL")), "{got:?}");
}

#[test]
fn a_drive_from_a_town_is_no_flights_start() {
    let got = claims(
        "The Gulfstream flew on Tuesday to Teterboro Airport in New Jersey, a short drive from \
         Manhattan.",
        "2019-03-29",
    );
    assert_eq!(got, vec!["arrival KTEB 2019-03-26 GLF4".to_string()]);
}

#[test]
fn a_flight_to_a_country_ends_where_it_then_landed() {
    let got = claims(
        "The Boeing 737 landed at Santa Maria, California on Saturday. From Santa Maria, it \
         flew to Nigeria and landed at the Nnamdi Azikiwe International Airport, Abuja on \
         Sunday, September 26 at 5:01 am.",
        "2021-10-02",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route KSMX>DNAA 2021-09-26")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|c| c.starts_with("arrival DNAA")),
        "{got:?}"
    );
}

#[test]
fn a_business_jet_told_by_its_airliner_variant_is_that_variant() {
    let got = claims(
        "The plane, a Boeing Business Jet (Boeing 737-800), landed at Abuja on Saturday.",
        "2021-10-04",
    );
    assert_eq!(got, vec!["arrival DNAA 2021-10-02 B738".to_string()]);
}

#[test]
fn a_day_told_twice_takes_its_written_date() {
    let got = claims(
        "The Boeing 767 arrived in Harare today 31st March 2021.",
        "2021-04-01",
    );
    assert_eq!(got, vec!["arrival FVHA 2021-03-31 B763".to_string()]);
    let got = claims(
        "The Boeing 767 arrived in Harare today, 31 March 2021.",
        "2021-04-01",
    );
    assert_eq!(got, vec!["arrival FVHA 2021-03-31 B763".to_string()]);
}

#[test]
fn a_countrys_town_is_the_start_not_the_country_too() {
    let got = claims(
        "The C-17 carrying the cheetahs from South Africa's Johannesburg landed at Gwalior on \
         Saturday.",
        "2023-02-20",
    );
    assert_eq!(got, vec!["route FAOR>VIGR 2023-02-18 C17".to_string()]);
}

#[test]
fn a_calendar_day_past_a_clock_time_says_the_offsets_day() {
    let got = claims(
        "The Airbus A321 landed back at Stansted on Friday. Officials had boarded it at \
         Stansted before the jet departed half an hour later at 1.30pm on Wednesday 31st August.",
        "2022-09-02",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EGSS 2022-08-31")),
        "{got:?}"
    );
}

#[test]
fn animals_from_a_country_are_cargo_not_the_flights_start() {
    let got = claims(
        "A pair of giant pandas from China arrived at Kuala Lumpur International Airport on a \
         Boeing 777F at 8.30 pm last night.",
        "2025-11-19",
    );
    assert_eq!(got, vec!["arrival WMKK 2025-11-18 B77L".to_string()]);
}

#[test]
fn what_came_off_the_plane_is_no_landing() {
    let got = claims(
        "\"As the animals came off on the tarmac at Heathrow, I think they were shocked,\" Mr \
         Farthing said.",
        "2021-08-31",
    );
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn a_date_inside_the_told_clause_is_the_movements() {
    let got = claims(
        "Sources said the jet was then moved to Basel on September 29 and landed at 4.15pm \
         after leaving Nnamdi Azikiwe International Airport at 9.48am.",
        "2021-10-29",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure DNAA 2021-09-29")),
        "{got:?}"
    );
}

#[test]
fn the_place_of_a_visit_is_where_the_flight_came_from() {
    let got = claims(
        "The prime minister landed at Haneda Airport on Thursday aboard a government jet, back \
         from a three-day visit to Indonesia.",
        "2024-03-08",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route ID>RJTT 2024-03-07")),
        "{got:?}"
    );
}

#[test]
fn here_before_the_landing_is_the_datelines_town_on_its_own_line() {
    let got = claims(
        "Rally season on the coast\n\nThe president is hardly the first to use his plane as a \
         backdrop.\n\nSAVANNAH, Ga.:\n\nThe crowd by the runway here was already chanting when \
         Air Force One touched down on Thursday evening.",
        "2024-10-26",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KSAV 2024-10-24")),
        "{got:?}"
    );
}

#[test]
fn taking_to_the_skies_is_a_take_off_but_a_types_first_flight_is_not() {
    let got = claims(
        "The new route's first flight took to the skies from Stansted on Friday morning.",
        "2023-05-08",
    );
    assert_eq!(got, vec!["departure EGSS 2023-05-05 -".to_string()]);
    let got = claims(
        "The Concorde first took to the skies in 1969 from Toulouse.",
        "2023-05-08",
    );
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn a_plural_subjects_present_with_a_day_is_a_schedule() {
    let got = claims(
        "The royal pair landed at Jacksons International Airport in Port Moresby on Saturday. \
         The couple leave Port Moresby on Monday for Australia.",
        "2012-11-04",
    );
    assert_eq!(got, vec!["arrival AYPY 2012-11-03 -".to_string()]);
}

#[test]
fn speeches_delivered_at_a_memorial_named_for_a_day_are_no_landing() {
    let got = claims(
        "The pope flew on a short charter flight from JFK International Airport in New York \
         City, where he had delivered speeches at the National September 11 Memorial.",
        "2015-09-27",
    );
    assert!(!got.iter().any(|c| c.starts_with("arrival")), "{got:?}");
    assert!(!got.iter().any(|c| c.contains("2015-09-11")), "{got:?}");
    let got = claims(
        "After a visit to the National September 11 Memorial, the delegation's jet took off \
         from Teterboro.",
        "2015-09-27",
    );
    assert!(!got.iter().any(|c| c.contains("2015-09-11")), "{got:?}");
}

#[test]
fn diverted_from_landing_somewhere_lands_elsewhere() {
    let got = claims(
        "The candidate's Boeing 757 was diverted from landing in Bozeman, Montana, to Billings \
         on Friday because of a mechanical problem.",
        "2024-08-12",
    );
    assert_eq!(got, vec!["arrival KBIL 2024-08-09 B752".to_string()]);
}

#[test]
fn a_renamed_fields_old_name_after_the_hyphen_is_found() {
    let got = claims(
        "A SkyWest jet touched down at Humboldt County Airport on Thursday evening.",
        "2019-06-08",
    );
    assert_eq!(got, vec!["arrival KACV 2019-06-06 -".to_string()]);
}

#[test]
fn a_field_named_for_a_person_after_initials_is_the_person() {
    let got = claims(
        "Our plane just touched down in Ohio and JD Vance and the governor's jet are both on \
         the apron.",
        "2024-08-08",
    );
    assert!(!got.iter().any(|c| c.contains("KEND")), "{got:?}");
}

#[test]
fn a_lead_in_before_a_future_main_clause_is_a_plan() {
    let got = claims(
        "After landing in Paris on Monday, the president will meet the prime minister.",
        "2024-06-22",
    );
    assert_eq!(got, Vec::<String>::new());
    let got = claims(
        "After landing in Paris on Monday, the president met the prime minister.",
        "2024-06-22",
    );
    assert_eq!(got, vec!["arrival FR 2024-06-17 -".to_string()]);
}

#[test]
fn air_force_two_is_the_vice_presidents_c32() {
    let got = claims(
        "The vice president departed on Air Force Two from Charlotte, North Carolina, on \
         Saturday evening.",
        "2024-11-03",
    );
    assert_eq!(got, vec!["departure KCLT 2024-11-02 B752".to_string()]);
}

#[test]
fn where_a_trip_was_for_is_no_landing() {
    let got = claims(
        "The pope boarded a chartered jet at Lima on Sunday for his return trip to Rome.",
        "2018-01-22",
    );
    assert!(
        !got.iter().any(|c| c.contains("LIRF") || c.contains("LIRA")),
        "{got:?}"
    );
}

#[test]
fn less_than_a_week_ago_is_the_days_up_to_the_telling() {
    let got = claims(
        "The candidate's jet was diverted to Billings less than a week ago.",
        "2024-08-16",
    );
    assert_eq!(
        got,
        vec!["arrival KBIL 2024-08-10/2024-08-16 -".to_string()]
    );
}

#[test]
fn landed_with_no_preposition_names_the_field() {
    let got = claims(
        "The campaign jet landed Heathrow on Tuesday evening.",
        "2024-08-07",
    );
    assert_eq!(got, vec!["arrival EGLL 2024-08-06 -".to_string()]);
}

#[test]
fn leaving_home_is_a_persons_morning_not_a_departure() {
    let got = claims(
        "The two spotters left home in Glasgow at dawn on Friday to see the A380.",
        "2006-05-19",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
    let got = claims(
        "The C-17 left home base at Ramstein on Monday.",
        "2006-05-19",
    );
    assert_eq!(got, vec!["departure ETAR 2006-05-15 C17".to_string()]);
}

#[test]
fn an_antarctic_station_names_its_field() {
    let got = claims(
        "A survey aircraft was damaged as it landed at Rothera Research Station on Friday 7 November.",
        "2003-11-10",
    );
    assert_eq!(got, vec!["arrival EGAR 2003-11-07 -".to_string()]);
}

#[test]
fn a_plan_describing_the_flight_does_not_make_its_landing_a_plan() {
    let got = claims(
        "A jetliner on a flight scheduled to end in Melbourne made an emergency landing in Philadelphia on Tuesday.",
        "1986-04-09",
    );
    assert_eq!(got, vec!["arrival KPHL 1986-04-08 -".to_string()]);
    // (The plan's own verb stays a plan.)
    let got = claims(
        "The flight scheduled to land in Melbourne on Tuesday was cancelled.",
        "1986-04-09",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_jet_that_took_them_somewhere_flew_there() {
    let got = claims(
        "After the landing, the passengers boarded another jet that took them to Atlanta on Tuesday.",
        "1986-04-09",
    );
    assert_eq!(got, vec!["arrival KATL 1986-04-08 -".to_string()]);
    let got = claims(
        "The jet took the delegation to Kyiv on Tuesday.",
        "1986-04-09",
    );
    assert_eq!(got, vec!["arrival UKBB 1986-04-08 -".to_string()]);
}

#[test]
fn after_the_landing_is_a_time_not_a_landing_of_what_follows() {
    let got = claims(
        "The 727 landed in Philadelphia on Tuesday. Shortly after the landing, the passengers boarded another jet that took them to Atlanta.",
        "1986-04-09",
    );
    assert_eq!(
        got,
        vec![
            "arrival KPHL 1986-04-08 B722".to_string(),
            "arrival KATL 1986-04-08 -".to_string()
        ]
    );
}

#[test]
fn people_leaving_the_airplane_are_no_departure() {
    let got = claims(
        "The hijacked A320 landed in Malta on Friday. \"There are people leaving the airplane as we speak,\" he said.",
        "2016-12-23",
    );
    assert_eq!(got, vec!["arrival LMML 2016-12-23 A320".to_string()]);
}

#[test]
fn landed_there_after_an_airport_flown_over_is_that_airport() {
    let got = claims(
        "The fighters arrived over Colorado Springs Airport as the airliner landed there around noon on Friday.",
        "2010-01-08",
    );
    assert_eq!(got, vec!["arrival KCOS 2010-01-08 -".to_string()]);
}

#[test]
fn flying_before_its_noun_and_those_left_are_no_movements() {
    for text in [
        "In 2008 the survey's flying operations were moved to Punta Arenas airport.",
        "There are only a few of us left that flew that storm, said the pilot at Keesler.",
        "He is one of three left on the team at Keesler that flew into the storm in 2005.",
    ] {
        let got = claims(text, "2020-04-30");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_landing_a_threat_is_timed_by_is_no_landing() {
    let got = claims(
        "The caller said the explosives would be set off when the plane landed in Moscow on Thursday.",
        "2012-08-17",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_town_that_begins_a_centres_name_is_no_place() {
    let got = claims(
        "The DC-8 returned to NASA's Armstrong Flight Research Center Building 703 in Palmdale, California, on April 1, 2024.",
        "2024-04-05",
    );
    assert_eq!(got, vec!["arrival KPMD 2024-04-01 DC87".to_string()]);
}

#[test]
fn originally_on_its_way_from_a_to_b_is_its_take_off() {
    let got = claims(
        "Flight 292, a Boeing 787-9, was originally on its way from John F. Kennedy Airport in New York to Delhi on Sunday.",
        "2025-02-24",
    );
    assert_eq!(got, vec!["departure KJFK 2025-02-23 B789".to_string()]);
}

#[test]
fn started_their_ferry_and_had_a_stop() {
    let got = claims(
        "The two Basler aircraft started their ferry in Bremen on Thursday morning.",
        "2022-03-18",
    );
    assert_eq!(got, vec!["departure EDDW 2022-03-17 -".to_string()]);
    let got = claims("The jet had a stop in Tromso on Thursday.", "2022-03-18");
    assert_eq!(got, vec!["presence ENTC 2022-03-17 -".to_string()]);
}

#[test]
fn returned_from_where_it_had_landed_is_its_departure() {
    let got = claims(
        "The Boeing 737 was diverted to Havana on Tuesday. The plane returned from Havana less than four hours later.",
        "1984-03-28",
    );
    assert_eq!(
        got,
        vec![
            "arrival MUHA 1984-03-27 B737".to_string(),
            "departure MUHA 1984-03-27 B737".to_string()
        ]
    );
}

#[test]
fn after_the_arrival_in_a_place_opening_a_sentence_is_the_arrival_told() {
    let got = claims(
        "Both aircraft have arrived in Longyearbyen yesterday afternoon!\nThe aircraft started their ferry in Bremen on Thursday morning. After the arrival in Longyearbyen, all hands were needed to unload the aircraft.",
        "2022-03-19",
    );
    assert!(
        got.contains(&"arrival ENSB 2022-03-18 -".to_string()),
        "{got:?}"
    );
}

#[test]
fn moved_to_an_isolated_area_of_a_field_is_a_stay_there() {
    let got = claims(
        "Shortly before midnight on Monday, the Boeing 777 was moved to an isolated area of Toronto's Pearson International airport.",
        "2006-09-19",
    );
    assert_eq!(got, vec!["presence CYYZ 2006-09-18 B77W".to_string()]);
}

#[test]
fn an_aircraft_that_visited_a_place_landed_there() {
    let got = claims(
        "The US Air Force WC-130J Hurricane Hunter aircraft visited Grand Cayman on Wednesday.",
        "2011-03-24",
    );
    assert_eq!(got, vec!["arrival MWCR 2011-03-23 C30J".to_string()]);
    let got = claims("President Biden visited Kyiv on Monday.", "2011-03-24");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_size_word_before_a_named_field_keeps_its_preposition() {
    let got = claims(
        "A military jet landed at a small airport in Tampa on Friday. The big transport then touched down at the relatively small Peter O. Knight Airport, in Tampa, shortly after lunch.",
        "2012-07-21",
    );
    assert!(
        got.contains(&"arrival KTPF 2012-07-20 -".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_record_told_with_every_is_no_movement() {
    let got = claims(
        "Staff at MacDill Air Force Base spoke about the C-17 on Friday. It has delivered aid in every big relief operation since the 1990s.",
        "2012-07-21",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_bare_verb_joined_to_a_modal_is_told_as_it() {
    let got = claims(
        "Staff at MacDill Air Force Base spoke about the C-17 on Friday. The transport can lift off from a 7,600-foot strip and land in under 3,000 feet.",
        "2012-07-21",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn people_called_they_leave_the_aircraft_one() {
    let got = claims(
        "A C-17 landed at Peter O. Knight Airport on Friday. A base spokesman said they had sent a team to look into the landing. The Boeing company describes the C-17 as able to use short strips. Late in the day the plane took off again.",
        "2012-07-21",
    );
    assert!(
        got.contains(&"departure KTPF 2012-07-20 C17".to_string()),
        "{got:?}"
    );
}

#[test]
fn wire_copy_kept_at_its_columns_is_read_as_running_text() {
    let text = "By A Reporter\n\
KANSAS CITY, Mo. Jan 13 Investigators are looking at why an\n\
airliner carrying\n\
98 passengers came down at the wrong field near Branson,\n\
Missouri, late Sunday, officials said on Monday.\n\
The Boeing 737-700 touched down at the M. Graham Clark\n\
Downtown Airport rather than at the far longer runway of the\n\
main commercial airport, the carrier said in a statement.\n";
    let got = claims(text, "2014-01-13");
    assert!(
        got.contains(&"arrival KPLK 2014-01-12 B737".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_town_with_its_state_is_the_town_in_that_state() {
    for (text, want) in [
        (
            "The jet took off from Portland, Maine, on June 25.",
            "departure KPWM 2024-06-25 -",
        ),
        (
            "The jet took off from Portland, Oregon, on June 25.",
            "departure KPDX 2024-06-25 -",
        ),
        (
            "The jet landed in Columbus, Georgia, on June 25.",
            "arrival KCSG 2024-06-25 -",
        ),
        (
            "The jet landed in Springfield, Mo., on June 25.",
            "arrival KSGF 2024-06-25 -",
        ),
        (
            "The jet landed in Athens, Georgia, on June 25.",
            "arrival KAHN 2024-06-25 -",
        ),
        (
            "The jet landed in Tbilisi, Georgia, on June 25.",
            "arrival UGTB 2024-06-25 -",
        ),
        (
            "The jet landed in Rochester, New York, on June 25.",
            "arrival KROC 2024-06-25 -",
        ),
    ] {
        assert_eq!(claims(text, "2024-07-15"), vec![want.to_string()], "{text}");
    }
}

#[test]
fn a_town_told_with_its_state_is_that_town_when_named_again() {
    let got = claims(
        "Flight 2211 lifted off on June 25 from a closed runway in Portland, Maine, before dawn. The Portland control tower was not yet staffed at the time of the departure.",
        "2024-07-15",
    );
    assert_eq!(got, vec!["departure KPWM 2024-06-25 -".to_string()]);
}

#[test]
fn the_departure_looked_back_on_is_no_new_one() {
    let got = claims(
        "A Boeing 737 Max 8 took off from Portland, Maine, on June 25. The plane with 136 people on board arrived safely at its destination in Baltimore. The Portland control tower was closed at the time of the departure so the crew spoke to Boston.",
        "2024-07-15",
    );
    assert!(
        !got.iter().any(|c| c.starts_with("departure KBWI")),
        "{got:?}"
    );
}

#[test]
fn idioms_of_landing_and_halting_and_flying_in_general_move_nothing() {
    for text in [
        "The pilot of the Twin Otter was cleared on Friday of the traffic offences that landed him in court in Honiara.",
        "After the aborted take-off the crew managed to come to a halt at Reagan National Airport on Thursday.",
        "Flying in northern Alaska is riskier than flying in most other places.",
    ] {
        let got = claims(text, "2021-02-13");
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // (A pilot who landed the people on board did land.)
    let got = claims(
        "The pilot landed them safely in Denver on Friday.",
        "2021-02-13",
    );
    assert_eq!(got, vec!["arrival KDEN 2021-02-12 -".to_string()]);
}

#[test]
fn a_town_known_by_its_small_field_after_a_movement_is_that_field() {
    let got = claims(
        "Searchers are out for a Cessna Caravan with ten on board that departed Unalakleet Thursday and never reached Nome.",
        "2025-02-07",
    );
    assert!(
        got.contains(&"departure PAUN 2025-02-06 C208".to_string()),
        "{got:?}"
    );
    // (Only in a country the story is in: Orkney's islands are no South
    // African strip.)
    let got = claims(
        "The Saab 340 took off from Kirkwall on Thursday and returned to Orkney twenty minutes later.",
        "2015-09-25",
    );
    assert!(!got.iter().any(|c| c.contains("FAOY")), "{got:?}");
}

#[test]
fn a_field_named_in_parts_is_found_whole_or_by_its_first_part() {
    // (The table's "Port Bucyrus/Crawford County Airport", written with a
    // hyphen: not Robinson's Crawford County Airport in Illinois.)
    let got = claims(
        "An EC135 medical helicopter set down at Port Bucyrus-Crawford County Airport on Friday night after a warning light came on.",
        "2014-03-09",
    );
    assert!(
        got.contains(&"arrival K17G 2014-03-07 EC35".to_string()),
        "{got:?}"
    );
    // (The table's "Deland Municipal-Sidney H Taylor Field".)
    let got = claims(
        "A restored B-25 bomber landed at DeLand Municipal Airport on Tuesday for a weekend of rides.",
        "2014-03-27",
    );
    assert!(
        got.contains(&"arrival KDED 2014-03-25 B25".to_string()),
        "{got:?}"
    );
}

#[test]
fn here_without_a_dateline_is_the_field_the_story_names_beside_it() {
    let got = claims(
        "A Boeing B-17 Flying Fortress touched down here Sunday afternoon.\n\nIt will be on show at the Signature hangar at Albany International Airport until Tuesday.",
        "2016-05-10",
    );
    assert!(
        got.contains(&"arrival KALB 2016-05-08 B17".to_string()),
        "{got:?}"
    );
    // ("Seoul, May 4 (Agency) --": a dateline in title case, so "here" is
    // its town, not the field named later.)
    let got = claims(
        "Seoul, May 4 (Agency) -- The minister's Boeing 777 arrived here on May 3 after a week abroad.\n\nIts crew had been briefed at Narita International Airport.",
        "2016-05-04",
    );
    assert_eq!(got, vec!["arrival KR 2016-05-03 B77W".to_string()]);
}

#[test]
fn under_way_when_something_happened_is_not_a_departure_from_where_it_landed() {
    let got = claims(
        "The helicopter made a precautionary landing at Galion Municipal Airport on Sunday. It was heading to Columbus when the warning light came on.",
        "2014-03-10",
    );
    assert!(!got.iter().any(|c| c.starts_with("departure")), "{got:?}");
}

#[test]
fn the_next_leg_of_a_heading_is_a_heading() {
    let got = claims(
        "The two Black Hawks spent Sunday night in Redding, flew past Mount Shasta, and were on their way to Sacramento then onto Fresno.",
        "2016-01-12",
    );
    assert!(!got.iter().any(|c| c.contains("KFAT")), "{got:?}");
}

#[test]
fn taxiing_to_a_ramp_is_the_landing_s_tail_not_a_stay() {
    for text in [
        "The C-32A landed at Boise Airport on Tuesday and taxied to the Air National Guard ramp.",
        "The Embraer landed at Piarco on Friday. It taxied to the cargo area, where officials waited.",
    ] {
        let got = claims(text, "2024-06-14");
        assert!(
            got.iter().any(|c| c.starts_with("arrival")),
            "{text}: {got:?}"
        );
        assert!(
            got.iter().all(|c| !c.starts_with("presence")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn headed_for_a_named_show_in_a_town_is_where_it_went() {
    let got = claims(
        "The restored B-29 took off from Wichita on Friday, headed for the EAA AirVenture \
         show in Oshkosh.",
        "2017-07-22",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure KICT 2017-07-21")),
        "{got:?}"
    );
    assert!(
        got.iter().all(|c| !c.starts_with("departure KOSH")),
        "{got:?}"
    );
}

#[test]
fn an_aircraft_conveying_people_is_the_one_that_landed() {
    let got = claims(
        "The presidential aircraft conveying the president and some presidential aides landed at \
         Nnamdi Azikiwe Airport at about 4.45 p.m. on Thursday.",
        "2021-04-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival DNAA 2021-04-15")),
        "{got:?}"
    );
}

#[test]
fn a_stay_counted_from_the_story_s_own_day_ends_there() {
    let got = claims(
        "LUSAKA, March 9 (AFP) - An Ilyushin Il-76 cargo plane that had been parked at Kenneth \
         Kaunda International Airport for more than two weeks was allowed to leave on Monday.",
        "2026-03-09",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("presence FLKK 2026-02-23/2026-03-09")),
        "{got:?}"
    );
}

#[test]
fn islands_served_by_one_airport_are_that_airport() {
    for (text, want) in [
        (
            "The Saab 340 turned back and landed in Orkney on Monday.",
            "arrival EGPA",
        ),
        ("The Dash 8 landed in Shetland on Monday.", "arrival EGPB"),
        (
            "The Twin Otter landed on the Isles of Scilly on Monday.",
            "arrival EGHE",
        ),
        (
            "The Dornier landed in Spitsbergen on Monday.",
            "arrival ENSB",
        ),
    ] {
        let got = claims(text, "2019-12-06");
        assert!(got.iter().any(|c| c.starts_with(want)), "{text}: {got:?}");
    }
}

#[test]
fn a_flight_s_origin_before_its_relative_clause_is_the_route_s() {
    for text in [
        "The body was found in the landing gear of flight AF703 from Abidjan, which touched \
         down at Charles de Gaulle Airport on January 7.",
        "The body was found in a flight from Abidjan, which touched down at Charles de Gaulle \
         Airport on January 7.",
    ] {
        let got = claims(text, "2020-01-09");
        assert!(
            got.iter()
                .any(|c| c.starts_with("route DIAP>LFPG 2020-01-07")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_airline_s_name_and_a_spokesman_s_surname_are_no_places() {
    // "Swift" is Swift Current's first word; "Smith" one of the names of
    // Cordova's field.
    let got = claims(
        "A man was found on a Swift Air flight. Spokesman Kevin E. Smith said the plane \
         landed on Monday.",
        "2019-08-16",
    );
    assert!(
        got.iter()
            .all(|c| !c.contains("CYYN") && !c.contains("PACV")),
        "{got:?}"
    );
    // (A field's own name goes on: "Homestead Air Reserve Station".)
    let got = claims(
        "The WC-130J landed at Homestead Air Reserve Station on Monday.",
        "2019-08-16",
    );
    assert!(
        got.iter().any(|c| c.starts_with("arrival KHST 2019-08-12")),
        "{got:?}"
    );
}

#[test]
fn the_left_landing_gear_is_a_side_not_a_departure() {
    let got = claims(
        "The Kenya Airways plane landed at Heathrow on Sunday. On inspection of the plane after \
         landing, police found a bag at the rear left landing gear. The jet's left engine was \
         checked.",
        "2019-07-01",
    );
    assert!(got.iter().all(|c| !c.starts_with("departure")), "{got:?}");
    assert!(
        got.iter().any(|c| c.starts_with("arrival EGLL 2019-06-30")),
        "{got:?}"
    );
}

#[test]
fn a_service_s_end_where_it_landed_makes_the_route() {
    let got = claims(
        "An aircraft travelling from Aberdeen to Sumburgh requested priority landing on Monday \
         at Sumburgh.",
        "2017-09-05",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("route EGPD>EGPB 2017-09-04")),
        "{got:?}"
    );
    // (Not a plan that ended elsewhere: "from Kolkata to Bagdogra was
    // diverted to Dhaka".)
    let got = claims(
        "A plane from Kolkata to Bagdogra was diverted to Dhaka on Monday.",
        "2017-09-05",
    );
    assert!(got.iter().all(|c| !c.contains("VECC")), "{got:?}");
}

#[test]
fn an_aircraft_put_nowhere_takes_off_from_the_story_s_field() {
    let got = claims(
        "Detectives were trying to identify a stowaway who died after plunging from a plane at \
         Gatwick airport. The man who died on Christmas Day fell from the undercarriage of a \
         British Airways jet just after it had taken off.",
        "2000-12-27",
    );
    assert!(
        got.iter()
            .any(|c| c.starts_with("departure EGKK 2000-12-25")),
        "{got:?}"
    );
}

#[test]
fn a_guess_holds_the_clause_after_it() {
    let got = claims(
        "Detectives were trying to identify a stowaway who died after plunging from a plane \
         at Gatwick airport. On Sunday evening, farm workers found the body of another man in \
         a field. He is thought to have fallen from a plane as it came into land.",
        "2000-12-27",
    );
    assert!(got.is_empty(), "{got:?}");
}
