//! Places joined with what qualifies them: a city with its country, an
//! airport with its city, a city with "region".

use crate::article::tables;
use crate::article::text::Doc;

use super::{DIRECTIONS, PlaceKind, PlaceMention};

/// Joins a place with what qualifies it: "Dakar, Senegal" and "Santa Cruz,
/// in Bolivia" are the city; "Moscow's Vnukovo" and "Vnukovo airport,
/// Moscow" the airport; "the Moscow region" a region of the country.
pub(super) fn merge(doc: &Doc, out: &mut Vec<PlaceMention>) {
    let toks = &doc.toks;
    // "OIII Mehrabad", "Mehrabad (OIII)": the name with its ICAO code, one
    // place (the airport of that code when the name is its city).
    let icao_of = |i: usize, p: &PlaceMention| -> Option<String> {
        let t = toks.get(i)?;
        let code = t.lower.to_ascii_uppercase();
        (t.upper
            && code.len() == 4
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && (p.place.code == code || p.place.airports.contains(&code)))
        .then_some(code)
    };
    for p in out.iter_mut() {
        let before = p.first.checked_sub(1).and_then(|i| icao_of(i, p));
        let after = doc
            .bracketed(p.last)
            .then(|| icao_of(p.last + 1, p))
            .flatten();
        if let Some(code) = before.clone().or(after.clone()) {
            if before.is_some() {
                p.first -= 1;
            } else {
                p.last += 3;
            }
            if p.place.code != code {
                p.place.code = code.clone();
                p.place.airports = vec![code];
                p.kind = PlaceKind::Airport;
            }
        }
    }
    // A town that begins another name ("Mayo University Hospital", "the
    // Mayo Clinic", "the Washington Post") or names an Irish county ("Co
    // Mayo", "County Kerry") is no place of the story.
    out.retain(|p| {
        let w = |k: usize| doc.word(k);
        let county = p.first >= 1
            && ((["co", "county"].contains(&w(p.first - 1)) && toks[p.first - 1].cap)
                || (p.first >= 2 && w(p.first - 1) == "." && w(p.first - 2) == "co"));
        let named_thing = toks.get(p.last).is_some_and(|t| t.cap)
            && [
                "university",
                "hospital",
                "clinic",
                "college",
                "school",
                "stadium",
                "street",
                "road",
                "avenue",
                "hotel",
                "police",
                "council",
                "cathedral",
                // ("a summit held at Blenheim Palace": not Blenheim, New
                // Zealand.)
                "palace",
                "castle",
                "abbey",
                "museum",
                "zoo",
                "post",
                "herald",
                "tribune",
                "journal",
                "gazette",
                "times",
                // (A US county named like a town elsewhere: "Bergen County".)
                "county",
                // ("NASA's Armstrong Flight Research Center … in Palmdale":
                // not Armstrong, Ontario.)
                "flight",
                "research",
                "space",
                "center",
                "centre",
                "institute",
                "laboratory",
            ]
            .contains(&w(p.last));
        !(p.kind == PlaceKind::City && (county || named_thing))
    });
    // Regions: "the Moscow region", "Russia's Rostov region".
    for p in out.iter_mut() {
        let next = toks.get(p.last).map(|t| t.lower.as_str()).unwrap_or("");
        if p.kind == PlaceKind::City
            && [
                "region",
                "oblast",
                "province",
                "state",
                "governorate",
                "district",
            ]
            .contains(&next)
        {
            p.kind = PlaceKind::Region;
            p.place.code = p.place.country.clone();
            p.last += 1;
        }
    }
    // The qualifier stays a place of the text (an entity), marked as a
    // landmark so that no movement takes it for its own.
    let mut merged: Vec<PlaceMention> = Vec::new();
    for mut p in out.drain(..) {
        if let Some(k) = merged
            .iter()
            .rposition(|m| !m.landmark || m.kind != PlaceKind::Country)
        {
            let last = &mut merged[k];
            if last.last > p.first {
                merged.push(p);
                continue;
            }
            let gap = &toks[last.last..p.first];
            // ("Luanda's new Dr António Agostinho Neto International Airport":
            // past a word or two that describe the field.)
            let possessive = gap.len() >= 2
                && gap[0].is("'")
                && gap[1].lower == "s"
                && (gap.len() == 2
                    || (gap.len() <= 4
                        && gap[2..]
                            .iter()
                            .all(|t| FIELD_WORDS.contains(&t.lower.as_str()))))
                // ("Buenos Aires' Ezeiza": the apostrophe alone after an s.)
                || (!gap.is_empty()
                    && gap[0].is("'")
                    && toks[last.last - 1].lower.ends_with('s')
                    && gap[1..]
                        .iter()
                        .all(|t| FIELD_WORDS.contains(&t.lower.as_str())));
            // ("Leipzig/Halle in eastern Germany": the second name is the
            // first's.)
            let slash = |k: usize| gap[k].is("/") || (k > 0 && gap[k - 1].is("/") && gap[k].cap);
            let apposition = gap.len() <= 7
                && (0..gap.len()).all(|k| {
                    slash(k) || {
                        let t = &gap[k];
                        t.is(",")
                        || t.is("(")
                        || t.is("-")
                        || ["in", "the"].contains(&t.lower.as_str())
                        || DIRECTIONS.contains(&t.lower.as_str())
                        // "Dover Air Force Base in Delaware".
                        || tables::AIRPORT_WORDS.contains(&t.lower.as_str())
                        || ["air", "force", "station", "field"].contains(&t.lower.as_str())
                    }
                });
            // "Boston Logan": a word of the name of the city's airport, not
            // the town of that name (Logan, Utah).
            // (Not a headline's city and the dateline's: "arrive in Doha /
            // DOHA, Qatar".)
            if gap.is_empty()
                && last.kind == PlaceKind::City
                && p.kind == PlaceKind::City
                && doc
                    .sentences
                    .get(doc.sentences.partition_point(|s| s.last <= last.first))
                    .is_some_and(|s| s.first <= last.first && p.last <= s.last)
                && let word = crate::article::fold(&p.place.text)
                && let Some(icao) = last.place.airports.iter().find(|i| {
                    crate::airports::airports()
                        .get(i)
                        .is_some_and(|a| crate::article::fold(a.name).split(' ').any(|w| w == word))
                })
            {
                p.place = super::airport_place(icao, &p.place.text).unwrap_or(p.place.clone());
                p.kind = PlaceKind::Airport;
                p.city = None;
            }
            // "Gainesville, Georgia": the state, not the country.
            if apposition
                && p.kind == PlaceKind::Country
                && p.place.code == "GE"
                && last.place.country == "US"
                && last.kind != PlaceKind::Country
            {
                p.place = super::country_place("US", &p.place.text);
            }
            // "Rochester, New York", "Spokane, Washington": the state after
            // a town near its middle, not the city.
            if apposition
                && p.kind == PlaceKind::City
                && last.place.country == "US"
                && last.kind != PlaceKind::Country
                && last.place.code != p.place.code
                && tables::STATES_READ_OTHERWISE
                    .contains(&super::super::fold(&p.place.text).as_str())
                && gap.len() == 1
                && super::in_state_named(doc, last)
            {
                p.place = super::country_place("US", &p.place.text);
                p.kind = PlaceKind::Country;
            }
            let (a, b) = (&last.place, &p.place);
            // "Dakar, Senegal": the country qualifies the city or airport.
            if apposition
                && p.kind == PlaceKind::Country
                && a.country == b.country
                && last.kind != PlaceKind::Country
            {
                last.last = p.last;
                if toks.get(p.last).is_some_and(|t| t.is(")")) {
                    last.last += 1;
                }
                p.landmark = true;
                merged.push(p);
                continue;
            }
            // "Leipzig/Halle", "Minneapolis/St Paul": one airport's two names.
            if gap.len() == 1
                && gap[0].is("/")
                && !a.airports.is_empty()
                && b.airports.iter().any(|x| a.airports.contains(x))
            {
                last.last = p.last;
                if b.airports.len() < a.airports.len() {
                    last.place = b.clone();
                }
                continue;
            }
            // "Moscow's Vnukovo", "Tehran's Mehrabad", and "Tel Aviv Ben
            // Gurion", "Moscow Vnukovo" side by side: the airport stands.
            let adjacent = gap.is_empty() && a.country == b.country;
            // "Washington (Reagan National)": the airport in brackets.
            let bracketed = gap.len() == 1
                && gap[0].is("(")
                && a.country == b.country
                && toks.get(p.last).is_some_and(|t| t.is(")"));
            // ("Panama City's Tocumen": a named field the table files as a
            // town.)
            if (possessive || adjacent || bracketed)
                && matches!(last.kind, PlaceKind::City | PlaceKind::Country)
                && (p.kind == PlaceKind::Airport
                    || (possessive && p.kind == PlaceKind::City && last.kind == PlaceKind::City))
            {
                let mut q = last.clone();
                q.landmark = true;
                p.first = last.first;
                p.prep = last.prep.clone();
                *last = q;
                merged.push(p);
                continue;
            }
            // "the Josefa Camejo airport in Las Piedras": where the airport is.
            let airport_in = last.kind == PlaceKind::Airport
                && toks[last.last..p.first].iter().all(|t| {
                    t.lower == "in"
                        // ("Andersen Air Force Base on Guam": the island.)
                        || t.lower == "on"
                        || t.is(",")
                        || tables::AIRPORT_WORDS.contains(&t.lower.as_str())
                        || ["air", "force", "station", "field", "regional", "municipal"]
                            .contains(&t.lower.as_str())
                })
                && toks[last.last..p.first]
                    .iter()
                    .any(|t| t.lower == "in" || t.lower == "on");
            if airport_in {
                p.landmark = true;
                merged.push(p);
                continue;
            }
            // "Eduardo Gomes airport in Manaus", "Sunan International, Pyongyang's airport".
            // ("Andersen Air Force Base, Guam": a base's island or town,
            // whose own airport is near, qualifies it too; not "Brussels
            // airport, Melsbroek", the military side told apart.)
            // (Worked out only for an apposition after an airport: most
            // pairs are not one.)
            let near = || {
                toks[last.first..last.last]
                    .iter()
                    .any(|t| ["base", "afb", "ab", "station", "nas"].contains(&t.lower.as_str()))
                    && {
                        let ap = crate::airports::airports();
                        a.airports.iter().filter_map(|x| ap.get(x)).any(|x| {
                            b.airports.iter().filter_map(|y| ap.get(y)).any(|y| {
                                crate::geo::haversine_km(x.lat, x.lon, y.lat, y.lon) < 40.0
                            })
                        })
                    }
            };
            let shares = b.airports.iter().any(|x| a.airports.contains(x));
            if apposition
                && last.kind == PlaceKind::Airport
                && match p.kind {
                    PlaceKind::City => shares || near(),
                    PlaceKind::Airport => p.last - p.first == 1 && near(),
                    _ => false,
                }
            {
                last.last = p.last;
                p.landmark = true;
                merged.push(p);
                continue;
            }
        }
        merged.push(p);
    }
    merged.sort_by_key(|p| (p.first, p.landmark));
    *out = merged;
}

/// Words that describe an airfield between a city's possessive and the
/// field's name.
const FIELD_WORDS: &[&str] = &[
    "new",
    "old",
    "main",
    "former",
    "busy",
    "busiest",
    "small",
    "little",
    "tiny",
    "sprawling",
    "principal",
    "second",
    "military",
    "civilian",
    "international",
    "domestic",
    "disused",
    "historic",
    "remote",
    "regional",
    "downtown",
    "largest",
    "biggest",
    "smaller",
    "larger",
];
