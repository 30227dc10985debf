//! A table pasted as text, one flight a row, its columns split by "|":
//!
//! ```text
//! Date   | Type    | Reg.     | From           | Via          | To        | Notes
//! 02 Jun | Il-76TD | EX76028  | Abu Dhabi Intl | Nairobi JKIA | Amdjarass | ADS-B lost
//! Mon 10/2 | GXA   | N278GX A320 | AEX → GUA   | landed 14:22
//! ```
//!
//! The header row names the columns; each row below it is one flight by
//! the aircraft its cells name, on the date of its date cell, from its
//! "from" place (or the first of its route cell) by way of its "via"
//! places to its "to" place (or the last of its route cell). A row whose
//! status says the flight did not happen ("did not operate", "overflight
//! only", "cancelled") is no claim.

use crate::article::dates::Timex;
use crate::article::places::PlaceMention;
use crate::article::text::{Doc, Sentence};

use super::descriptions::Desc;
use super::frames::{Frame, Role, told_without_verb};
use super::triggers::Kind;

/// What a column holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Date,
    From,
    Via,
    To,
    /// "Diverted to": where a flight landed instead (an arrival only).
    Diverted,
    Route,
    /// "arr ex ETNG", "dep to Ramstein", "from GYD": a log's movement.
    Movement,
    Status,
    Other,
}

fn column(header: &str) -> Column {
    let h = header.trim_end_matches('.');
    match h {
        "date" | "day" | "date (utc)" => Column::Date,
        // ("Landed (local)": "17 June, 06:10".)
        "landed" | "arrived" => Column::Date,
        "from" | "origin" | "departure" | "dep" | "departed" | "departure airport" => Column::From,
        "via" | "stop" | "stops" | "stopover" | "technical stop" => Column::Via,
        "to" | "destination" | "arrival" | "arr" | "dest" | "arrival airport" => Column::To,
        "route" | "routing" | "leg" | "flight" => Column::Route,
        "diverted to" | "diverted" | "diversion" | "diverted to airport" => Column::Diverted,
        "movement" | "from / to" | "from/to" | "arr / dep" | "arr/dep" | "mvt" => Column::Movement,
        "status" | "notes" | "note" | "remarks" | "comment" | "comments" | "result" => {
            Column::Status
        }
        _ => Column::Other,
    }
}

/// The cells of sentence `s` split at "|": their token ranges. None when
/// the line is not a table row (fewer than three cells).
fn cells(doc: &Doc, s: &Sentence) -> Option<Vec<(usize, usize)>> {
    let toks = &doc.toks;
    let bars: Vec<usize> = (s.first..s.last).filter(|&i| toks[i].is("|")).collect();
    if bars.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    let mut from = s.first;
    for &b in &bars {
        out.push((from, b));
        from = b + 1;
    }
    out.push((from, s.last));
    // (A leading or trailing bar leaves an empty cell: not a column.)
    if out.first().is_some_and(|c| c.0 == c.1) {
        out.remove(0);
    }
    if out.last().is_some_and(|c| c.0 == c.1) {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

/// The header of the table row `sn` is in: the nearest row above it, in
/// the same block of rows, whose cells are words naming columns, with a
/// place column among them.
fn header(doc: &Doc, sn: usize) -> Option<(usize, Vec<Column>)> {
    for k in (sn.saturating_sub(40)..sn).rev() {
        let cs = cells(doc, &doc.sentences[k])?;
        if let Some(cols) = header_row(doc, &cs) {
            return Some((k, cols));
        }
    }
    None
}

/// The columns a table row with cells `cs` names, when it is a flight
/// table's header: its cells words naming columns, a date and a place
/// column among them.
fn header_row(doc: &Doc, cs: &[(usize, usize)]) -> Option<Vec<Column>> {
    let toks = &doc.toks;
    let names: Vec<String> = cs
        .iter()
        .map(|&(a, b)| {
            toks[a..b]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
                .replace(" .", ".")
        })
        .collect();
    // ("Date (2025)", "Time (UTC)": the bracket qualifies the column.)
    let bare = |n: &str| -> String {
        match n.split_once(" (") {
            Some((a, b)) if b.ends_with(')') => a.to_string(),
            _ => n.to_string(),
        }
    };
    let mut cols: Vec<Column> = names
        .iter()
        .map(|n| match column(n) {
            Column::Other => column(&bare(n)),
            c => c,
        })
        .collect();
    // ("| Date | Departed | Arrived | Notes |": beside a date column and
    // with no other "to", an "arrived" column holds where it landed, not
    // when.)
    if !cols.contains(&Column::To)
        && names
            .iter()
            .any(|n| ["date", "day"].contains(&bare(n).as_str()))
        && let Some(k) = names
            .iter()
            .position(|n| ["arrived", "landed"].contains(&n.as_str()))
    {
        cols[k] = Column::To;
    }
    // ("| Flight | From | Diverted to | Landed at |": the landing's time.)
    if cols.contains(&Column::Diverted)
        && !cols.contains(&Column::Date)
        && let Some(k) = names.iter().position(|n| {
            [
                "landed at",
                "landed",
                "arrived",
                "arrived at",
                "time",
                "landing time",
            ]
            .contains(&bare(n).as_str())
        })
    {
        cols[k] = Column::Date;
    }
    let placed = cols.iter().any(|c| {
        matches!(
            c,
            Column::From | Column::To | Column::Route | Column::Movement | Column::Diverted
        )
    });
    let wordy = cs.iter().zip(&names).all(|(&(a, b), n)| {
        b - a <= 4
            && toks[a..b]
                .iter()
                .all(|t| !t.lower.contains(|c: char| c.is_ascii_digit()))
            || (bare(n) != *n && !bare(n).contains(|c: char| c.is_ascii_digit()))
    });
    (placed && wordy && cols.contains(&Column::Date)).then_some(cols)
}

/// A row of a pasted flight table (below its header): `None` when sentence
/// `sn` is not one; else the flight it tells, if any (see the module's
/// words). A row tells what its cells say and nothing more.
pub fn table_row(
    doc: &Doc,
    sn: usize,
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Option<Option<Frame>> {
    let cs = cells(doc, &doc.sentences[sn])?;
    // (The header itself tells nothing: "| Aircraft | From | To | Landed |".)
    if header_row(doc, &cs).is_some() {
        return Some(None);
    }
    let (hk, cols) = header(doc, sn).filter(|h| h.1.len() == cs.len())?;
    // (A movement cell told in words, "landed from Yokota", is read as the
    // sentence it is; a log's "arr ex ETNG", "dep", "from GYD" here.)
    if movement_word(doc, &cs, &cols)
        .is_some_and(|w| !["arr", "dep", "from", "to", "ex", "rtb"].contains(&w))
    {
        return None;
    }
    Some(flight(doc, sn, hk, &cs, &cols, descs, places, timexes))
}

/// The first word of a row's movement cell, if the table has one.
fn movement_word<'d>(doc: &'d Doc, cs: &[(usize, usize)], cols: &[Column]) -> Option<&'d str> {
    let (&(a, b), _) = cs.iter().zip(cols).find(|(_, c)| **c == Column::Movement)?;
    doc.toks[a..b]
        .iter()
        .find(|t| t.is_word())
        .map(|t| t.lower.as_str())
}

/// The flight of a table row with cells `cs` under columns `cols`.
#[allow(clippy::too_many_arguments)]
fn flight(
    doc: &Doc,
    sn: usize,
    hk: usize,
    cs: &[(usize, usize)],
    cols: &[Column],
    descs: &[Desc],
    places: &[PlaceMention],
    timexes: &[Timex],
) -> Option<Frame> {
    let s = &doc.sentences[sn];
    let toks = &doc.toks;
    let cell_of = |i: usize| cs.iter().position(|&(a, b)| i >= a && i < b);
    let col_of = |i: usize| cell_of(i).map(|c| cols[c]);
    // A flight that did not happen is no claim.
    let status: String = cs
        .iter()
        .zip(cols)
        .filter(|(_, c)| **c == Column::Status)
        .flat_map(|(&(a, b), _)| toks[a..b].iter().map(|t| t.lower.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    if [
        "did not",
        "not operate",
        "cancel",
        "overflight",
        "no landing",
        "not observed",
        "not seen",
        "planned",
        "scheduled",
    ]
    .iter()
    .any(|w| status.contains(w))
    {
        return None;
    }
    // (Or says so in another cell: "Santiago – Brasília (cancelled)".)
    if toks[s.first..s.last]
        .iter()
        .any(|t| t.lower.starts_with("cancel") || t.lower == "scrubbed")
    {
        return None;
    }
    // (Or its time is a plan: "scheduled 19 June, 05:30".)
    if (s.first..s.last).any(|i| {
        col_of(i) == Some(Column::Date)
            && ["scheduled", "planned", "expected", "due", "estimated"]
                .contains(&toks[i].lower.as_str())
    }) {
        return None;
    }
    // (A row whose time cell gives no day: the day of the line that
    // introduces the table, "On Tuesday, the following return flights
    // landed at Pakistani airports:"; only a line ending on a colon that
    // tells the flights' movement.)
    let lead = || {
        let lead = &doc.sentences[hk.checked_sub(1)?];
        if cells(doc, lead).is_some()
            || !doc.toks[lead.last - 1].is(":")
            || !(lead.first..lead.last).any(|i| {
                ["landed", "arrived", "departed", "flew", "took"]
                    .contains(&doc.toks[i].lower.as_str())
            })
        {
            return None;
        }
        (0..timexes.len())
            .rev()
            .find(|&x| timexes[x].first >= lead.first && timexes[x].first < lead.last)
    };
    let timex = (0..timexes.len())
        .find(|&x| col_of(timexes[x].first) == Some(Column::Date))
        .or_else(lead);
    // (A row naming no aircraft is the story's: a log of the one jet.)
    let agent = (0..descs.len()).find(|&d| {
        descs[d].first >= s.first
            && descs[d].first < s.last
            && !descs[d].person
            && !matches!(
                col_of(descs[d].first),
                Some(Column::Status | Column::Date) | None
            )
    });
    // A diversion table's row: the landing where it went instead, on the
    // row's day or the story's.
    if let Some(p) = places.iter().position(|pm| {
        pm.first >= s.first
            && pm.first < s.last
            && !pm.landmark
            && col_of(pm.first) == Some(Column::Diverted)
    }) {
        return Some(Frame {
            sentence: sn,
            trig: told_without_verb(places[p].first, Kind::Arrive),
            agents: agent.into_iter().collect(),
            places: vec![(p, Role::At)],
            here: None,
            timex,
            stay_days: None,
            stay_hours: false,
            has_stops: false,
        });
    }
    let timex = timex?;
    let mut from = None;
    let mut vias = Vec::new();
    let mut to = None;
    let mut route = Vec::new();
    let ends_told = cols
        .iter()
        .any(|c| matches!(c, Column::From | Column::To | Column::Route));
    for (p, pm) in places.iter().enumerate() {
        if pm.first < s.first || pm.first >= s.last || pm.landmark {
            continue;
        }
        match col_of(pm.first) {
            Some(Column::From) => from = from.or(Some(p)),
            Some(Column::Via) => vias.push(p),
            Some(Column::To) => to = to.or(Some(p)),
            Some(Column::Route) => route.push(p),
            // ("arr ex ETNG", "from GYD"; "dep to Ramstein", "RTB ETNG"),
            // in a table with no other place column.
            Some(Column::Movement) if !ends_told && pm.prep.as_deref() == Some("from") => {
                from = from.or(Some(p))
            }
            Some(Column::Movement) if !ends_told => to = to.or(Some(p)),
            _ => {}
        }
    }
    // The movement cell's "arr" or "dep".
    let moved = match movement_word(doc, cs, cols) {
        Some("arr") => Some(Kind::Arrive),
        Some("dep") => Some(Kind::Depart),
        _ => None,
    };
    if route.len() >= 2 {
        from = from.or(route.first().copied());
        to = to.or(route.last().copied());
        vias.extend(route[1..route.len() - 1].iter().copied());
    }
    // "| KDOV | |" in a base's weekly log: the other end is the base the
    // story opened on.
    // (Looked for only when a row needs it.)
    let home = || {
        places.iter().position(|pm| {
            pm.first < s.first
                && !pm.landmark
                && pm.place.is_airport()
                && doc
                    .sentences
                    .iter()
                    .find(|x| x.first <= pm.first && pm.first < x.last)
                    .is_some_and(|x| cells(doc, x).is_none())
        })
    };
    // "| arr, local training |": at the base, no other end told.
    if !ends_told
        && from.is_none()
        && to.is_none()
        && let Some(kind) = moved
        && let Some(h) = home()
    {
        return Some(Frame {
            sentence: sn,
            trig: told_without_verb(places[h].first, kind),
            agents: agent.into_iter().collect(),
            places: vec![(
                h,
                if kind == Kind::Arrive {
                    Role::At
                } else {
                    Role::From
                },
            )],
            here: None,
            timex: Some(timex),
            stay_days: None,
            stay_hours: false,
            has_stops: false,
        });
    }
    if from.is_some() != to.is_some()
        && let Some(h) = home()
        && [from, to]
            .iter()
            .flatten()
            .all(|&p| places[p].place.code != places[h].place.code)
    {
        if from.is_none() {
            from = Some(h);
        } else {
            to = Some(h);
        }
    }
    let from = from?;
    let mut ps = vec![(from, Role::From)];
    let kind = match to {
        Some(t) => {
            ps.extend(vias.iter().map(|&v| (v, Role::Via)));
            ps.push((t, Role::To));
            Kind::Fly
        }
        None => Kind::Depart,
    };
    Some(Frame {
        sentence: sn,
        trig: told_without_verb(places[from].first, kind),
        agents: agent.into_iter().collect(),
        places: ps,
        here: None,
        timex: Some(timex),
        stay_days: None,
        stay_hours: false,
        has_stops: !vias.is_empty(),
    })
}
