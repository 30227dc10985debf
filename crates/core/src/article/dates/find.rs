//! Finding the temporal expressions in a sentence's tokens: each with its
//! words, its value before normalising, its class and its bound.

use crate::article::text::{Doc, Tok, TokKind};
use crate::time::days_from_civil;

use super::{
    Bound, Class, Part, Rel, Timex, Value, day_number, month, valid, weekday, year_number,
};

const TIME_OF_DAY: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "midday",
    "noon",
    "dawn",
    "dusk",
    "overnight",
];

fn number_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "eighteen" => 18,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "seventy-two" => 72,
        "several" | "few" | "some" => 3,
        _ => w.parse().ok().filter(|n: &i64| *n < 400)?,
    })
}

/// A counted length's number, in words or digits: "nine days", "ten
/// days", "40 days" (not "several" or "a few": those count nothing).
pub(crate) fn length_word(w: &str) -> Option<i64> {
    if ["several", "few", "some"].contains(&w) {
        return None;
    }
    number_word(w)
}

/// Finds the temporal expressions in the document, in order.
pub fn find(doc: &Doc) -> Vec<Timex> {
    find_with(doc, None)
}

/// How the document writes day and month in numbers ("13/03/2025" is
/// day first, "03/13/2025" month first), and the publication day that
/// settles a date the document leaves open.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Numeric {
    day_first: Option<bool>,
    published: Option<i64>,
}

/// As `find`, with the publication day (days since 1970-01-01), which
/// decides a numeric date such as "3/5/2025" that the document's other
/// dates do not.
pub fn find_with(doc: &Doc, published: Option<i64>) -> Vec<Timex> {
    let toks = &doc.toks;
    let (mut day_first, mut month_first) = (false, false);
    for i in 0..toks.len() {
        if let Some((x, z, _, _)) = numeric_parts(toks, i, toks.len())
            && x != z
        {
            day_first |= x > 12;
            month_first |= z > 12;
        }
        // (Also a day and month written "13/03", two digits each, and
        // with no slash beside it even spaced.)
        if let Some((x, z)) = day_and_month(toks, i, toks.len())
            && toks[i].lower.len() == 2
            && toks[i + 2].lower.len() == 2
            && toks.get(i + 3).is_none_or(|t| t.lower != "/")
            && !(i > 0 && toks[i - 1].lower == "/")
            && x != z
            && x <= 31
            && z <= 31
        {
            day_first |= x > 12;
            month_first |= z > 12;
        }
    }
    let numeric = Numeric {
        day_first: match (day_first, month_first) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        },
        published,
    };
    let mut out = Vec::new();
    for s in &doc.sentences {
        find_in(doc, s.first, s.last, numeric, &mut out);
    }
    join_spans(doc, &mut out);
    // "On July 3, the jet flew to Jackson Hole, two days before Kestrel
    // postponed its investor day": the offset dates another event from the
    // movement's own date, so it is no date of the movement.
    {
        let sentence_of = |i: usize| doc.sentences.partition_point(|s| s.last <= i);
        let keep: Vec<bool> = out
            .iter()
            .map(|t| {
                let w = |i: usize| doc.toks.get(i).map_or("", |x| x.lower.as_str());
                let offset = matches!(t.value, Value::Anaphoric(..))
                    && ["before", "after"].contains(&w(t.last - 1))
                    && !["that", "this", ",", ".", ";", "then", "and", "it", "its"]
                        .contains(&w(t.last));
                let dated_here = out.iter().any(|o| {
                    o.last <= t.first
                        && sentence_of(o.first) == sentence_of(t.first)
                        && matches!(o.value, Value::Calendar { .. })
                });
                !(offset && dated_here)
            })
            .collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }
    // "at the National September 11 Memorial", "the September 11 attacks":
    // a day inside a name, no date of anything told.
    out.retain(|t| {
        let Some(after) = doc.toks.get(t.last) else {
            return true;
        };
        let next = after.lower.as_str();
        !(matches!(t.value, Value::Calendar { .. })
            && [
                "memorial",
                "attacks",
                "attack",
                "commission",
                "museum",
                "movement",
                "revolution",
                "agreement",
                "accords",
                "square",
                "street",
                "avenue",
                "stadium",
                "bridge",
            ]
            .contains(&next)
            && (after.cap || next == "attacks"))
    });
    // "since Wednesday", "since yesterday": from that day until now.
    for t in &mut out {
        if t.bound == Bound::At
            && t.first > 0
            && doc.toks[t.first - 1].lower == "since"
            && matches!(
                t.value,
                Value::Weekday { .. }
                    | Value::Deictic(..)
                    | Value::Calendar { .. }
                    | Value::DayOfMonth { .. }
            )
        {
            t.bound = Bound::Since;
        }
    }
    out
}

fn find_in(doc: &Doc, first: usize, last: usize, numeric: Numeric, out: &mut Vec<Timex>) {
    let toks = &doc.toks;
    let w = |i: usize| -> &str { if i < last { toks[i].lower.as_str() } else { "" } };
    let is_month = |i: usize| -> Option<u32> {
        if i >= last || !toks[i].cap {
            return None;
        }
        let m = month(&toks[i].lower)?;
        // "May" and "March" are words too: only with a day or year near.
        // ("March Air Force Base", "March ARB": the base's name.)
        if m == 3
            && (["arb", "afb"].contains(&doc.word(i + 1))
                || (doc.word(i + 1) == "air" && ["force", "reserve"].contains(&doc.word(i + 2))))
        {
            return None;
        }
        Some(m)
    };
    // Past a month's token, and its full stop when it is abbreviated ("Dec.").
    let after_month = |j: usize| -> usize {
        let abbreviated = [
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        ]
        .contains(&toks[j].lower.as_str());
        if abbreviated && j + 1 < last && toks[j + 1].is(".") && !toks[j + 1].space_before {
            j + 2
        } else {
            j + 1
        }
    };
    let mut i = first;
    while i < last {
        let start = i;
        let push = |out: &mut Vec<Timex>, a: usize, b: usize, value: Value, class: Class| {
            out.push(Timex {
                first: a,
                last: b,
                value,
                class,
                bound: Bound::At,
            });
        };
        // --- Ranges ---
        // "between 3 and 6 May", "from 1 to 7 May", "from the 3rd until the
        // 6th of May", "3 to 6 May", "the night of 25 to 26 August"; with no
        // month, "from the 3rd to the 6th" (days of the story's month).
        if let Some((a, b, k)) = day_pair(toks, i, last) {
            let lead = ["between", "from", "of"].contains(&w(i));
            let start = if lead { i + 1 } else { i };
            let m_at = if w(k) == "of" { k + 1 } else { k };
            if let Some(m) = is_month(m_at) {
                let j = after_month(m_at);
                let year = year_number(w(j));
                let end = if year.is_some() { j + 1 } else { j };
                push(
                    out,
                    start,
                    end,
                    Value::in_month(m, a, b, year),
                    Class::Range,
                );
                i = end;
                continue;
            }
            if ["between", "from"].contains(&w(i)) && toks[k - 1].kind == TokKind::Word && b > a {
                let day = |d: u32| {
                    Box::new(Value::DayOfMonth {
                        day: d,
                        month_back: None,
                    })
                };
                push(out, start, k, Value::Span(day(a), day(b)), Class::Range);
                i = k;
                continue;
            }
        }
        // "between May 20 and June 10", "from 20 May to 10 June": across
        // months; "from May 3 to May 6"; "the night of 31 December to 1 January".
        if ["between", "from"].contains(&w(i)) || (w(i) == "of" && i > first && w(i - 1) == "night")
        {
            // "May 20" or "20 May" at `p`: month, day, and the token after.
            let month_day = |p: usize| {
                if let Some(m) = is_month(p) {
                    let j = after_month(p);
                    day_number(w(j)).map(|d| (m, d, j + 1))
                } else if let Some(d) = day_number(w(p))
                    && let Some(m) = is_month(p + 1)
                {
                    Some((m, d, after_month(p + 1)))
                } else {
                    None
                }
            };
            if let Some((m1, d1, k)) = month_day(i + 1)
                && ["and", "to", "until", "through", "into", "–", "-"].contains(&w(k))
                && let Some((m2, d2, end)) = month_day(k + 1)
            {
                let year = year_number(w(end));
                let end = if year.is_some() { end + 1 } else { end };
                push(
                    out,
                    i + 1,
                    end,
                    Value::Calendar {
                        month: m1,
                        day: d1,
                        to_month: m2,
                        to_day: d2,
                        year,
                        year_back: None,
                    },
                    Class::Range,
                );
                i = end;
                continue;
            }
        }
        // "from June 7 to 18", "between May 1 and 7".
        if ["between", "from"].contains(&w(i))
            && let Some(m) = is_month(i + 1)
        {
            let j = after_month(i + 1);
            if let Some(a) = day_number(w(j))
                && ["and", "to", "–", "-"].contains(&w(j + 1))
                && let Some(b) = day_number(w(j + 2))
            {
                push(
                    out,
                    i + 1,
                    j + 3,
                    Value::in_month(m, a, b, None),
                    Class::Range,
                );
                i = j + 3;
                continue;
            }
        }
        // "10-14 December"
        if let Some(a) = day_number(w(i))
            && toks
                .get(i + 1)
                .is_some_and(|t| (t.is("-") || t.is("–")) && !t.space_before)
            && let Some(b) = day_number(w(i + 2))
            && let Some(m) = is_month(i + 3)
        {
            let j = after_month(i + 3);
            let year = year_number(w(j));
            let end = if year.is_some() { j + 1 } else { j };
            push(out, i, end, Value::in_month(m, a, b, year), Class::Range);
            i = end;
            continue;
        }
        // "on 2 and 3 November", "on 3, 9 and 15 December": a date each.
        if let Some(first_day) = day_number(w(i))
            && toks[i].kind == TokKind::Number
            && let Some((mut days, k)) = day_list(toks, i, first_day, last)
            && let Some(d) = day_number(w(k + 1))
            && let Some(m) = is_month(k + 2)
        {
            days.push((k + 1, d));
            let j = after_month(k + 2);
            let year = year_number(w(j));
            let end = if year.is_some() { j + 1 } else { j };
            for (n, &(at, day)) in days.iter().enumerate() {
                let e = if n + 1 == days.len() { end } else { at + 1 };
                push(out, at, e, Value::on(m, day, year), Class::Absolute);
            }
            i = end;
            continue;
        }
        // --- Calendar dates ---
        // Numbers, as OSINT posts and translated pieces write them:
        // "2024-05-12", "2024/05/12", "12.05.2024", "13/03/2025".
        if let Some((value, end)) = numeric_date(toks, i, last, numeric) {
            push(out, i, end, value, Class::Absolute);
            i = end;
            continue;
        }
        // Days reporters name by their feast: "on Christmas Day", "New
        // Year's Eve", "on Boxing Day last year".
        if let Some((m, d, end)) = feast(toks, i, last) {
            let (year, year_back, end) = year_after(toks, end, last);
            push(
                out,
                i,
                end,
                Value::on(m, d, year).back(year_back),
                Class::Absolute,
            );
            i = end;
            continue;
        }
        // "15 September [2024]", "the 12th of June" (not a clock's minutes:
        // "took off at 16:07 April 25" is the 25th).
        let minutes = i > first && toks[i - 1].is(":") && !toks[i].space_before;
        if let Some(d) = day_number(w(i)).filter(|_| !minutes) {
            let mut j = i + 1;
            if w(j) == "of" {
                j += 1;
            }
            if let Some(m) = is_month(j) {
                let (year, year_back, end) = year_after(toks, after_month(j), last);
                let a = if i > first && w(i - 1) == "the" {
                    i - 1
                } else {
                    i
                };
                push(
                    out,
                    a,
                    end,
                    Value::on(m, d, year).back(year_back),
                    Class::Absolute,
                );
                i = end;
                continue;
            }
        }
        // "on the 3rd", "the 3rd of this month": a day with no month.
        if let Some(d) = day_number(w(i))
            && toks[i].kind == TokKind::Word
            && i >= first + 2
            && w(i - 1) == "the"
            && [
                "on", "since", "until", "till", "by", "before", "after", "from", "of",
            ]
            .contains(&w(i - 2))
        {
            let (month_back, end) = match (w(i + 1), w(i + 2), w(i + 3)) {
                ("of", "this" | "the", "month") => (Some(0), i + 4),
                ("of", "last", "month") => (Some(-1), i + 4),
                _ => (None, i + 1),
            };
            if end > i + 1
                || i + 1 >= last
                || toks[i + 1].kind != TokKind::Word
                || AFTER_A_DAY.contains(&w(i + 1))
                // ("on the afternoon of the 15th left Jakarta")
                // (not "the 21st Airborne", a unit)
                || (!toks[i + 1].cap && crate::article::events::is_trigger_word(w(i + 1)))
            {
                push(
                    out,
                    i - 1,
                    end,
                    Value::DayOfMonth { day: d, month_back },
                    Class::Absolute,
                );
                i = end;
                continue;
            }
        }
        // "September 15[, 2024]", "Sept. 2", "Dec. 13"
        if let Some(m) = is_month(i) {
            let j = after_month(i);
            // "May the 3rd"
            let j = if w(j) == "the" && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word) {
                j + 1
            } else {
                j
            };
            if let Some(d) = day_number(w(j)).filter(|_| toks[j].kind != TokKind::Punct) {
                // "May 3–6": days of one month; "the night of August 25 to
                // 26", "overnight May 3 into 4": a night told month first
                // spans its two days.
                let dashed = toks
                    .get(j + 1)
                    .is_some_and(|t| (t.is("-") || t.is("–")) && !t.space_before)
                    && j + 2 < last
                    && !toks[j + 2].space_before;
                let night = ((i >= first + 2 && w(i - 1) == "of" && w(i - 2) == "night")
                    || (i > first && w(i - 1) == "overnight"))
                    && ["to", "into"].contains(&w(j + 1));
                if (dashed || night)
                    && toks.get(j + 2).is_some_and(|t| t.kind == TokKind::Number)
                    && let Some(d2) = day_number(w(j + 2))
                        .filter(|d2| if dashed { *d2 > d } else { *d2 == d + 1 })
                    && is_month(j + 3).is_none()
                {
                    let k = if w(j + 3) == "," { j + 4 } else { j + 3 };
                    let year = year_number(w(k));
                    let end = if year.is_some() { k + 1 } else { j + 3 };
                    push(out, i, end, Value::in_month(m, d, d2, year), Class::Range);
                    i = end;
                    continue;
                }
                // "May 21 and 24", "May 3, 9 and 15": a date each.
                if let Some((days, end)) = month_first_list(toks, j, d, last) {
                    let y = if w(end) == "," { end + 1 } else { end };
                    let year = year_number(w(y));
                    let year_end = if year.is_some() { y + 1 } else { end };
                    for (n, &(at, day)) in days.iter().enumerate() {
                        let (a, e) = match n {
                            0 => (i, at + 1),
                            _ if n + 1 == days.len() => (at, year_end),
                            _ => (at, at + 1),
                        };
                        push(out, a, e, Value::on(m, day, year), Class::Absolute);
                    }
                    i = year_end;
                    continue;
                }
                let k = if w(j + 1) == "," { j + 2 } else { j + 1 };
                let (year, year_back, end) = if year_number(w(k)).is_some() {
                    (year_number(w(k)), None, k + 1)
                } else {
                    year_after(toks, j + 1, last)
                };
                push(
                    out,
                    i,
                    end,
                    Value::on(m, d, year).back(year_back),
                    Class::Absolute,
                );
                i = end;
                continue;
            }
            // A month alone: "in March", "in late October", "January 2023", "early August last year".
            let year = year_number(w(j));
            let prev = if i > first { w(i - 1) } else { "" };
            let (part, part_at) = part_phrase(doc, first, i);
            let prev2 = if part_at > first { w(part_at - 1) } else { "" };
            let lead = [
                "in", "since", "during", "early", "mid", "late", "last", "until", "back",
                "through", "of", "by", "between", "from",
            ];
            // (The second of two: "between February and July".)
            let second = ["and", "to", "until", "till", "through", "–", "-"].contains(&prev)
                && i >= first + 2
                && month(w(i - 2)).is_some()
                && toks[i - 2].cap;
            let said = lead.contains(&prev) || year.is_some() || part != Part::Whole || second;
            if said
                && (m != 5
                    || year.is_some()
                    || part != Part::Whole
                    || ["in", "since", "early", "late", "mid", "last"].contains(&prev))
            {
                let mut end = if year.is_some() { j + 1 } else { i + 1 };
                let mut year_back = None;
                if prev == "last" && year.is_none() {
                    year_back = None;
                }
                if w(end) == "last" && w(end + 1) == "year" {
                    year_back = Some(-1);
                    end += 2;
                }
                if w(end) == "this" && w(end + 1) == "year" {
                    year_back = Some(0);
                    end += 2;
                }
                let a = if part != Part::Whole {
                    if prev2 == "in" { part_at - 1 } else { part_at }
                } else if prev == "last" {
                    i - 1
                } else {
                    i
                };
                let bound = if prev == "since" || prev2 == "since" {
                    Bound::Since
                } else {
                    Bound::At
                };
                out.push(Timex {
                    first: a,
                    last: end,
                    value: Value::Month {
                        month: m,
                        year,
                        year_back,
                        part,
                    },
                    class: Class::Vague,
                    bound,
                });
                i = end;
                continue;
            }
        }
        // A year alone: "in 2013", "since 2022", "in 2008 and 2013".
        if toks[i].kind == TokKind::Number
            && let Some(y) = year_number(w(i))
            && i > first
            && ([
                "in", "since", "and", "of", "early", "late", "until", "after", "before",
            ]
            .contains(&w(i - 1)))
        {
            let bound = if w(i - 1) == "since" {
                Bound::Since
            } else {
                Bound::At
            };
            out.push(Timex {
                first: i,
                last: i + 1,
                value: Value::Year(y),
                class: Class::Vague,
                bound,
            });
            i += 1;
            continue;
        }
        // --- Weekdays ---
        // "from Saturday through Monday", "between Monday and Wednesday",
        // nights: "overnight Saturday into Sunday", "the night of Friday to
        // Saturday".
        if let Some((a, b, from, to)) = weekday_span(doc, last, i) {
            push(out, a, b, Value::WeekdaySpan { from, to }, Class::Range);
            i = b;
            continue;
        }
        if let Some((wd, after)) = weekday_at(doc, first, last, i) {
            // With a date: "Sunday, 15 September", "Thursday, May 20",
            // "Tuesday 16 February", "Thursday (Oct. 16)", "Thursday (20)",
            // "Sat 3 May".
            let mut j = after;
            let bracket = w(j) == "(";
            if w(j) == "," || bracket {
                j += 1;
            }
            // "on Friday the 9th": the day of the month after "the".
            if !bracket
                && w(j) == "the"
                && w(j + 1).ends_with(|c: char| c.is_ascii_alphabetic())
                && day_number(w(j + 1)).is_some()
            {
                j += 1;
            }
            if let Some(d) = day_number(w(j)) {
                if let Some(m) = is_month(j + 1) {
                    let k = after_month(j + 1);
                    let year = year_number(w(k));
                    let mut end = if year.is_some() { k + 1 } else { k };
                    if bracket && w(end) == ")" {
                        end += 1;
                    }
                    push(out, start, end, Value::on(m, d, year), Class::Absolute);
                    i = end;
                    continue;
                }
                // "| Mon 9 |", "Sat 14th": a day's short form, or an
                // ordinal, then its day of the month (not "Monday 12
                // aircraft", nor "Mon 9:30").
                let short = weekday(w(i)).is_none();
                let ordinal = w(j).ends_with(|c: char| c.is_ascii_alphabetic());
                let told = bracket && w(j + 1) == ")";
                let bare = !bracket
                    && (short || ordinal)
                    && !matches!(w(j + 1), ":" | "h")
                    && (j + 1 >= last
                        || (w(j + 1) == "." && j + 2 >= last)
                        || ordinal
                        || ["|", ",", "–", "-", "—", "("].contains(&w(j + 1)));
                if told || bare {
                    let end = if told { j + 2 } else { j + 1 };
                    let rel = weekday_rel(doc, first, i);
                    let a = weekday_start(doc, first, i);
                    push(
                        out,
                        a,
                        end,
                        Value::Weekday {
                            wd,
                            rel,
                            dom: Some(d),
                            week: None,
                        },
                        weekday_class(rel),
                    );
                    i = end;
                    continue;
                }
            }
            if let Some(m) = is_month(j) {
                let k = after_month(j);
                if let Some(d) = day_number(w(k)) {
                    let mut end = k + 1;
                    let year = if w(end) == "," && year_number(w(end + 1)).is_some() {
                        end += 2;
                        year_number(w(end - 1))
                    } else {
                        None
                    };
                    if bracket && w(end) == ")" {
                        end += 1;
                    }
                    push(out, start, end, Value::on(m, d, year), Class::Absolute);
                    i = end;
                    continue;
                }
            }
            let rel = weekday_rel(doc, first, i);
            let a = weekday_start(doc, first, i);
            let mut end = after;
            if TIME_OF_DAY.contains(&w(end)) {
                end += 1;
            }
            // "Thursday last week", "Tuesday of last week", "Monday this week".
            let k = if w(end) == "of" { end + 1 } else { end };
            let week = match (w(k), w(k + 1)) {
                ("last" | "previous", "week") => Some(-1),
                ("this", "week") => Some(0),
                ("next", "week") => Some(1),
                _ => None,
            };
            if week.is_some() {
                end = k + 2;
            }
            push(
                out,
                a,
                end,
                Value::Weekday {
                    wd,
                    rel,
                    dom: None,
                    week,
                },
                weekday_class(rel),
            );
            i = end;
            continue;
        }
        // --- Relative to the anchor ---
        // "Forty-eight hours later", "three weeks later", "two weeks
        // earlier": a count in words (hyphenated tens too) of hours, days
        // or weeks from the story's day. (Not "for three weeks before": a
        // stay's length.)
        let tens_units = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy"].contains(&w(i))
            && w(i + 1) == "-"
            && (1..=9).contains(&number_word(w(i + 2)).unwrap_or(0));
        let (count, unit_at) = if tens_units {
            (
                number_word(w(i)).unwrap_or(0) + number_word(w(i + 2)).unwrap_or(0),
                i + 3,
            )
        } else {
            (number_word(w(i)).unwrap_or(0), i + 1)
        };
        let unit = w(unit_at);
        let dir = w(unit_at + 1);
        if count > 0
            && !(i > first && w(i - 1) == "for")
            && (tens_units || ["weeks", "week"].contains(&unit))
            && ["hours", "days", "weeks", "week"].contains(&unit)
            && ["later", "after", "earlier", "before"].contains(&dir)
            && !(w(i) == "a" && unit == "week")
            && !["few", "several", "some"].contains(&w(i))
        {
            let (a, b) = match unit {
                "hours" => (count / 24, (count + 23) / 24),
                "days" => (count, count),
                _ => (count * 7, count * 7),
            };
            let v = if ["later", "after"].contains(&dir) {
                Value::Anaphoric(a, b)
            } else {
                Value::Anaphoric(-b, -a)
            };
            push(out, i, unit_at + 2, v, Class::Carried);
            i = unit_at + 2;
            continue;
        }
        let rel: Option<(usize, usize, Value, Class)> = match (w(i), w(i + 1), w(i + 2)) {
            ("the", "day", "before") if w(i + 3) == "yesterday" => {
                Some((i, i + 4, Value::Deictic(-2, -2), Class::Relative))
            }
            ("yesterday", ..) => Some((i, i + 1, Value::Deictic(-1, -1), Class::Relative)),
            ("today" | "tonight", ..) => Some((i, i + 1, Value::Deictic(0, 0), Class::Relative)),
            ("last", "night", _) => Some((i, i + 2, Value::Deictic(-1, -1), Class::Relative)),
            ("this", "morning" | "afternoon" | "evening" | "night", _) => {
                Some((i, i + 2, Value::Deictic(0, 0), Class::Relative))
            }
            ("earlier", "today", _) => Some((i, i + 2, Value::Deictic(0, 0), Class::Relative)),
            // "at the moment, having turned off its transponder, landed",
            // "Four of them deploying right now": the day of the telling.
            ("at", "the" | "this", "moment") => {
                Some((i, i + 3, Value::Deictic(0, 0), Class::Relative))
            }
            ("right", "now", _) => Some((i, i + 2, Value::Deictic(0, 0), Class::Relative)),
            ("this", "week", of) if of != "of" => Some((
                i,
                i + 2,
                Value::Week(0, part_phrase(doc, first, i).0),
                Class::Vague,
            )),
            ("last", "week", of) if of != "of" => Some((
                i,
                i + 2,
                Value::Week(-1, part_phrase(doc, first, i).0),
                Class::Vague,
            )),
            ("next", "week", _) => Some((i, i + 2, Value::Week(1, Part::Whole), Class::Vague)),
            ("this", "month", _) => Some((
                i,
                i + 2,
                Value::MonthRel(0, part_phrase(doc, first, i).0),
                Class::Vague,
            )),
            ("earlier", "this", "month") => {
                Some((i, i + 3, Value::MonthRel(0, Part::Whole), Class::Vague))
            }
            ("last", "month", _) => Some((
                i,
                i + 2,
                Value::MonthRel(-1, part_phrase(doc, first, i).0),
                Class::Vague,
            )),
            ("this", "year", _) => Some((i, i + 2, Value::YearRel(0), Class::Vague)),
            ("last", "year", _) => Some((i, i + 2, Value::YearRel(-1), Class::Vague)),
            // "Three years ago today": that day.
            ("a" | "one", "year", "ago") if w(i + 3) == "today" => {
                Some((i, i + 4, Value::YearsAgoToday(1), Class::Relative))
            }
            (n, "years", "ago") if w(i + 3) == "today" && number_word(n).is_some() => Some((
                i,
                i + 4,
                Value::YearsAgoToday(number_word(n).unwrap_or(1)),
                Class::Relative,
            )),
            ("a", "year", "ago") => Some((i, i + 3, Value::Deictic(-372, -358), Class::Vague)),
            ("a", "fortnight", "ago") => {
                Some((i, i + 3, Value::Week(-2, Part::Whole), Class::Vague))
            }
            // "over the weekend", "at the weekend", "this past weekend".
            ("the" | "this", "weekend", after)
                if !(w(i) == "the" && ["before", "after"].contains(&after)) =>
            {
                Some((i, i + 2, Value::Week(0, Part::Weekend), Class::Vague))
            }
            ("last", "weekend", _) => {
                Some((i, i + 2, Value::Week(-1, Part::Weekend), Class::Vague))
            }
            ("this" | "the", "past", "weekend") => {
                Some((i, i + 3, Value::Week(-1, Part::Weekend), Class::Vague))
            }
            // "less than a week ago", "less than three days ago": within
            // those days up to the telling (not that week, Monday to
            // Sunday).
            ("less" | "fewer", "than", n)
                if number_word(n).is_some()
                    && ["week", "weeks", "day", "days"].contains(&w(i + 3))
                    && w(i + 4) == "ago" =>
            {
                let k = number_word(n).unwrap_or(1);
                let days = if w(i + 3).starts_with("week") {
                    7 * k
                } else {
                    k
                };
                Some((i, i + 5, Value::Deictic(1 - days, 0), Class::Vague))
            }
            ("past" | "last", n, unit)
                if number_word(n).is_some()
                    && ["weeks", "days", "week", "months", "hours"].contains(&unit) =>
            {
                let k = number_word(n).unwrap_or(1);
                let days = match unit {
                    "weeks" | "week" => 7 * k,
                    "months" => 30 * k,
                    "hours" => (k + 23) / 24,
                    _ => k,
                };
                Some((i, i + 3, Value::Deictic(-days, 0), Class::Vague))
            }
            // "over the past day", "in the last day": since yesterday (not
            // "the last day of the visit", nor "the past day's flights").
            ("past" | "last", "day", after)
                if i > first
                    && w(i - 1) == "the"
                    && !["of", "before", "'s", "’s"].contains(&after) =>
            {
                Some((i, i + 2, Value::Deictic(-1, 0), Class::Vague))
            }
            ("past", "week" | "fortnight", _) => {
                let days = if w(i + 1) == "week" { 7 } else { 14 };
                Some((i, i + 2, Value::Deictic(-days, 0), Class::Vague))
            }
            ("recent", "days", _) => Some((i, i + 2, Value::Deictic(-7, 0), Class::Vague)),
            // "a few minutes ago", "an hour ago", "two hours ago": the
            // day of the telling.
            ("few" | "couple", "minutes" | "hours", "ago")
                if i > first && ["a", "the"].contains(&w(i - 1)) =>
            {
                Some((i - 1, i + 3, Value::Deictic(0, 0), Class::Relative))
            }
            ("an" | "a", "hour" | "minute", "ago") => {
                Some((i, i + 3, Value::Deictic(0, 0), Class::Relative))
            }
            (n, "minutes" | "hours", "ago")
                if number_word(n).is_some() || n.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some((i, i + 3, Value::Deictic(0, 0), Class::Relative))
            }
            (n, "days" | "day", "ago") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::Deictic(-k, -k), Class::Relative))
            }
            // "two weeks ago": that week, Monday to Sunday.
            (n, "weeks" | "week", "ago") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::Week(-k, Part::Whole), Class::Vague))
            }
            // "a couple of days ago": two; "a couple of weeks ago", looser
            // than "two weeks ago": one to three weeks back.
            ("couple", "of", unit) if i > first && w(i - 1) == "a" && w(i + 3) == "ago" => {
                match unit {
                    "days" => Some((i - 1, i + 4, Value::Deictic(-2, -2), Class::Relative)),
                    "weeks" => Some((i - 1, i + 4, Value::Deictic(-21, -7), Class::Vague)),
                    "months" => {
                        Some((i - 1, i + 4, Value::MonthRel(-2, Part::Whole), Class::Vague))
                    }
                    _ => None,
                }
            }
            // "a month ago", "three months ago": that month (not "a few
            // months ago", too loose for a month).
            (n, "month" | "months", "ago")
                if number_word(n).is_some() && !["few", "several", "some"].contains(&n) =>
            {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::MonthRel(-k, Part::Whole), Class::Vague))
            }
            // --- Anaphoric ---
            // "In the same month", "later that month", "the following month":
            // a month counted from the story's.
            ("the" | "that", "same", "month") | ("later" | "earlier", "that", "month") => {
                Some((i, i + 3, Value::AnaphoricMonth(0), Class::Carried))
            }
            ("that", "month", _)
                if !toks.get(i + 2).is_some_and(|t| t.is("'") || t.lower == "s") =>
            {
                Some((i, i + 2, Value::AnaphoricMonth(0), Class::Carried))
            }
            ("the", "following" | "next", "month") => {
                Some((i, i + 3, Value::AnaphoricMonth(1), Class::Carried))
            }
            ("the", "previous" | "preceding", "month") => {
                Some((i, i + 3, Value::AnaphoricMonth(-1), Class::Carried))
            }
            ("the", "following" | "next", "week" | "weekend") => Some((
                i,
                i + 3,
                Value::AnaphoricWeek(1, week_or_weekend(w(i + 2))),
                Class::Carried,
            )),
            ("the", "previous" | "preceding", "week" | "weekend") => Some((
                i,
                i + 3,
                Value::AnaphoricWeek(-1, week_or_weekend(w(i + 2))),
                Class::Carried,
            )),
            ("the", "week" | "weekend", "before" | "after")
                if !toks.get(i + 3).is_some_and(|t| t.is_word()) =>
            {
                let off = if w(i + 2) == "after" { 1 } else { -1 };
                Some((
                    i,
                    i + 3,
                    Value::AnaphoricWeek(off, week_or_weekend(w(i + 1))),
                    Class::Carried,
                ))
            }
            ("a", "fortnight", "later") => {
                Some((i, i + 3, Value::Anaphoric(14, 14), Class::Carried))
            }
            ("a", "week", "earlier" | "before") => {
                Some((i, i + 3, Value::Anaphoric(-7, -7), Class::Carried))
            }
            // "24 hours later", "48 hours earlier": whole days on or back;
            // fewer hours are the same day ("hours later", below).
            (n, "hours", dir @ ("later" | "after" | "earlier" | "before"))
                if number_word(n).is_some_and(|k| k >= 24)
                    // ("remained on the ground for about 52 hours before
                    // returning to service": how long, then an event.)
                    && !doc.after_for(first, i) =>
            {
                let k = number_word(n).unwrap_or(24);
                let (a, b) = (k / 24, (k + 23) / 24);
                let v = if ["later", "after"].contains(&dir) {
                    Value::Anaphoric(a, b)
                } else {
                    Value::Anaphoric(-b, -a)
                };
                Some((i, i + 3, v, Class::Carried))
            }
            // ("landed shortly after midnight … back at 05:10 the next
            // morning": the morning after the night, the day the landing
            // already rolled over to.)
            ("the", "following" | "next", "morning")
                if (i.saturating_sub(45)..i).any(|k| w(k) == "after" && w(k + 1) == "midnight") =>
            {
                Some((i, i + 3, Value::Anaphoric(0, 0), Class::Carried))
            }
            (
                "the",
                "following" | "next",
                "day" | "morning" | "evening" | "afternoon" | "night",
            ) => Some((i, i + 3, Value::Anaphoric(1, 1), Class::Carried)),
            ("next", "day" | "morning", _) if i == first || w(i - 1) != "the" => {
                Some((i, i + 2, Value::Anaphoric(1, 1), Class::Carried))
            }
            // "the week before last", "the weekend before last".
            ("the", "week" | "weekend", "before") if w(i + 3) == "last" => Some((
                i,
                i + 4,
                Value::Week(
                    -2,
                    if w(i + 1) == "week" {
                        Part::Whole
                    } else {
                        Part::Weekend
                    },
                ),
                Class::Vague,
            )),
            ("the", "day" | "morning" | "afternoon" | "evening" | "night", "after")
                if !toks
                    .get(i + 3)
                    .is_some_and(|t| t.is_word() && t.lower != "that") =>
            {
                Some((i, i + 3, Value::Anaphoric(1, 1), Class::Carried))
            }
            (
                "the",
                "previous" | "prior",
                "day" | "night" | "evening" | "morning" | "afternoon",
            ) => Some((i, i + 3, Value::Anaphoric(-1, -1), Class::Carried)),
            // (Not "stayed the night before completing the trip": the
            // night it stayed, before what it did next.)
            ("the", "day" | "night" | "evening", "before")
                if !(w(i + 3).len() > 5
                    && w(i + 3).ends_with("ing")
                    && !["morning", "evening"].contains(&w(i + 3))) =>
            {
                Some((i, i + 3, Value::Anaphoric(-1, -1), Class::Carried))
            }
            ("the", "same", "day" | "evening" | "night" | "morning" | "afternoon") => {
                Some((i, i + 3, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("later", "that" | "the", "day" | "night" | "evening" | "afternoon") => {
                Some((i, i + 3, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("later", "that" | "the", "same") => {
                Some((i, i + 4, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("that", "day" | "night" | "evening" | "afternoon" | "morning", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("that", "same", "day" | "evening" | "night") => {
                Some((i, i + 3, Value::Anaphoric(0, 0), Class::Carried))
            }
            // "remained there for two days before heading on": a stay's
            // length, not a day two days before the story's.
            (n, "days" | "day", "after" | "before" | "later" | "earlier")
                if number_word(n).is_some() && i > 0 && w(i - 1) == "for" =>
            {
                None
            }
            // "five days before his death", "two days after their wedding": an
            // offset from a person's event the story does not date, so no date.
            (n, "days" | "day", "after" | "before")
                if number_word(n).is_some() && ["his", "her", "their"].contains(&w(i + 3)) =>
            {
                None
            }
            (n, "days" | "day", "later" | "after") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                if n == "few" || n == "several" {
                    Some((i, i + 3, Value::Anaphoric(2, 5), Class::Carried))
                } else {
                    Some((i, i + 3, Value::Anaphoric(k, k), Class::Carried))
                }
            }
            ("a", "few" | "couple", "days")
                if ["later", "after"].contains(&w(i + 3)) || w(i + 3) == "of" =>
            {
                Some((i, i + 4, Value::Anaphoric(2, 5), Class::Carried))
            }
            (n, "days" | "day", "earlier" | "before") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::Anaphoric(-k, -k), Class::Carried))
            }
            ("a", "week", "later") => Some((i, i + 3, Value::Anaphoric(7, 7), Class::Carried)),
            ("hours" | "minutes", "later" | "earlier", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            // "an hour later", "half an hour earlier": the same day.
            ("an" | "a", "hour" | "minute", "later" | "earlier") => {
                Some((i, i + 3, Value::Anaphoric(0, 0), Class::Carried))
            }
            // "later in the day", "earlier in the evening": the story's day.
            ("later" | "earlier", "in", "the")
                if ["day", "morning", "afternoon", "evening"].contains(&w(i + 3)) =>
            {
                Some((i, i + 4, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("a", "few" | "couple", "hours" | "minutes")
                if w(i + 3) == "later" || (w(i + 3) == "of" && w(i + 5) == "later") =>
            {
                Some((i, i + 4, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("within", "hours" | "minutes", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            // "shortly after midnight", told alone: the day after the story's.
            // (The same day when that day was told as its early hours:
            // "diverted to Hilo early Tuesday … had taken off from Kona
            // shortly after midnight".)
            ("after", "midnight", _)
                if w(i + 2) != "on"
                    && weekday(w(i + 2)).is_none()
                    && day_number(w(i + 2)).is_none()
                    && is_month(i + 2).is_none()
                    // (Nor after its own clause's day: "On 2 May it left
                    // Ras al-Khaimah shortly after midnight" is early on 2
                    // May; not so "spent six hours in Baku on Monday before
                    // taking off for Moscow, where it landed shortly after
                    // midnight".)
                    && !(i.saturating_sub(25)..i)
                        .rev()
                        .take_while(|&k| {
                            ![".", "!", "?", ";", "where", "before", "then", "and"]
                                .contains(&w(k))
                        })
                        .any(|k| {
                            weekday(w(k)).is_some()
                                || (day_number(w(k)).is_some()
                                    && (is_month(k + 1).is_some()
                                        || (k > 0 && is_month(k - 1).is_some())))
                        }) =>
            {
                let early = (i.saturating_sub(80)..i)
                    .rev()
                    .find(|&k| weekday(w(k)).is_some())
                    .is_some_and(|k| {
                        (k > 0 && w(k - 1) == "early") || ["morning", "dawn"].contains(&w(k + 1))
                    });
                let next = if early { 0 } else { 1 };
                Some((i, i + 2, Value::Anaphoric(next, next), Class::Carried))
            }
            ("around" | "about", "midnight", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            _ => None,
        };
        if let Some((a, mut b, mut value, class)) = rel {
            // "landed today (10)", "after leaving Warsaw yesterday (9)": the
            // day of the month in brackets, as Brazilian copy and its
            // translations write it, says which day (a page stamped the
            // next morning keeps its story's day).
            if matches!(value, Value::Deictic(x, y) if x == y && (-1..=0).contains(&x))
                && w(b) == "("
                && w(b + 2) == ")"
                && let Some(d) = day_number(w(b + 1))
                && w(b + 1).chars().all(|c| c.is_ascii_digit())
            {
                value = Value::DayOfMonth {
                    day: d,
                    month_back: None,
                };
                b += 3;
            }
            // "today, Wednesday", "yesterday, Monday": the weekday confirms.
            if matches!(value, Value::Deictic(..)) && w(b) == "," && weekday(w(b + 1)).is_some() {
                b += 2;
                // "today, Tuesday 16 February"
                if let Some(_d) = day_number(w(b))
                    && is_month(b + 1).is_some()
                {
                    b += 2;
                }
            }
            let a = if class == Class::Carried {
                a
            } else if matches!(value, Value::MonthRel(..) | Value::Week(..)) {
                part_phrase(doc, first, a).1
            } else if a > first && ["early", "late"].contains(&w(a - 1)) {
                a - 1
            } else {
                a
            };
            push(out, a, b, value, class);
            i = b;
            continue;
        }
        i += 1;
    }
}

/// "last Sunday", "next Monday", "this Sunday" (Spanish/Portuguese "este domingo": the past one).
/// "The following Monday", "the next Monday", "the previous Monday": from
/// the story's date.
fn weekday_rel(doc: &Doc, first: usize, i: usize) -> Rel {
    if i > first {
        let the = i > first + 1 && doc.toks[i - 2].lower == "the";
        match doc.toks[i - 1].lower.as_str() {
            "following" | "next" if the => return Rel::Following,
            "previous" | "preceding" if the => return Rel::Preceding,
            "last" | "past" => return Rel::Last,
            // ("that Monday", "that same Monday", "on the Monday")
            // ("two days later, on a Monday morning")
            "that" | "same" | "the" | "a" => return Rel::Same,
            "next" | "coming" => return Rel::Next,
            _ => {}
        }
    }
    Rel::Bare
}

fn weekday_class(rel: Rel) -> Class {
    match rel {
        Rel::Following | Rel::Preceding | Rel::Same => Class::Carried,
        _ => Class::Weekday,
    }
}

fn week_or_weekend(w: &str) -> Part {
    if w == "weekend" {
        Part::Weekend
    } else {
        Part::Whole
    }
}

fn weekday_start(doc: &Doc, first: usize, i: usize) -> usize {
    let mut a = i;
    while a > first
        && [
            "last",
            "next",
            "this",
            "late",
            "early",
            "coming",
            "past",
            "following",
            "previous",
            "preceding",
        ]
        .contains(&doc.toks[a - 1].lower.as_str())
    {
        a -= 1;
    }
    // "the following Monday"
    if a > first
        && doc.toks[a - 1].lower == "the"
        && ["following", "previous", "preceding", "next"].contains(&doc.toks[a].lower.as_str())
    {
        a -= 1;
    }
    a
}

/// The part of a period named before token `i` (a month's name, or "last"
/// of "last month"), and where its words start: "early", "mid", "late",
/// "mid-April", "the end of", "towards the end of", "the beginning of",
/// "the middle of", "the first half of", "the second week of", "the last
/// days of".
fn part_phrase(doc: &Doc, first: usize, i: usize) -> (Part, usize) {
    let w = |k: usize| doc.toks[k].lower.as_str();
    if i == first {
        return (Part::Whole, i);
    }
    match w(i - 1) {
        "early" => return (Part::Early, i - 1),
        "mid" => return (Part::Mid, i - 1),
        "late" => return (Part::Late, i - 1),
        "-" if i >= first + 2 && w(i - 2) == "mid" && !doc.toks[i - 1].space_before => {
            return (Part::Mid, i - 2);
        }
        "of" if i >= first + 3 => {}
        _ => return (Part::Whole, i),
    }
    let before = w(i - 3);
    let part = match (before, w(i - 2)) {
        (_, "end" | "close") => Part::Late,
        (_, "beginning" | "start") => Part::Early,
        (_, "middle") => Part::Mid,
        ("first", "half") => Part::FirstHalf,
        ("second" | "latter", "half") => Part::SecondHalf,
        ("first", "week") => Part::WeekOf(1),
        ("second", "week") => Part::WeekOf(2),
        ("third", "week") => Part::WeekOf(3),
        ("fourth", "week") => Part::WeekOf(4),
        ("last" | "final", "week") => Part::WeekOf(5),
        ("first" | "early", "days") => Part::Early,
        ("last" | "final" | "closing", "days") => Part::Late,
        _ => return (Part::Whole, i),
    };
    // Back to "the": "the end of", "the first half of".
    let mut a = i - 2;
    while a > first
        && [
            "the", "first", "second", "third", "fourth", "last", "final", "latter", "early",
            "closing",
        ]
        .contains(&w(a - 1))
    {
        a -= 1;
    }
    (part, a)
}

/// A weekday at token `i`, written out or abbreviated ("Sat", "Weds.")
/// where a date or "on" shows it is one, and the token past it.
fn weekday_at(doc: &Doc, first: usize, last: usize, i: usize) -> Option<(i64, usize)> {
    let toks = &doc.toks;
    let w = |k: usize| -> &str { if k < last { toks[k].lower.as_str() } else { "" } };
    if let Some(wd) = weekday(w(i)) {
        return Some((wd, i + 1));
    }
    if !toks[i].cap {
        return None;
    }
    let wd = match w(i) {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" | "weds" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    };
    let after = if w(i + 1) == "." && !toks[i + 1].space_before {
        i + 2
    } else {
        i + 1
    };
    let k = if w(after) == "," { after + 1 } else { after };
    let dated = (day_number(w(k)).is_some() && toks[k].kind != TokKind::Punct)
        || (k < last && toks[k].cap && month(w(k)).is_some());
    (dated || (i > first && w(i - 1) == "on")).then_some((wd, after))
}

/// A span of weekdays starting at token `i`: "from Saturday through
/// Monday", "between Monday and Wednesday", "Monday to Wednesday", and
/// nights: "overnight Saturday into Sunday", "overnight Saturday" (into the
/// next day), "the night of Friday to Saturday", "Saturday night into
/// Sunday". Its first and last token and weekdays.
fn weekday_span(doc: &Doc, last: usize, i: usize) -> Option<(usize, usize, i64, i64)> {
    let toks = &doc.toks;
    let w = |k: usize| -> &str { if k < last { toks[k].lower.as_str() } else { "" } };
    let (lead, mut k) = match w(i) {
        "from" | "between" => (w(i), i + 1),
        "overnight" => ("overnight", i + 1),
        "night" if ["of", "from"].contains(&w(i + 1)) => ("night", i + 2),
        _ => ("", i),
    };
    if lead == "overnight" && ["on", "from"].contains(&w(k)) {
        k += 1;
    }
    let a = weekday(w(k))?;
    let mut j = k + 1;
    if ["night", "evening"].contains(&w(j)) && ["into", "to"].contains(&w(j + 1)) {
        j += 1;
    }
    let connectors: &[&str] = match lead {
        "between" => &["and"],
        "" => &["through", "to", "until", "till", "into", "–", "-"],
        _ => &["to", "through", "until", "till", "into", "–", "-"],
    };
    let start = if ["from", "between"].contains(&lead) {
        i + 1
    } else {
        i
    };
    match weekday(w(j + 1)) {
        Some(b) if connectors.contains(&w(j)) => Some((start, j + 2, a, b)),
        _ if lead == "overnight" => Some((start, k + 1, a, (a + 1) % 7)),
        _ => None,
    }
}

/// "between September and mid-November", "from early March to 10 April":
/// two periods read apart become one span from the first's start to the
/// second's end.
fn join_spans(doc: &Doc, out: &mut Vec<Timex>) {
    let toks = &doc.toks;
    let period = |v: &Value| {
        matches!(
            v,
            Value::Month { .. } | Value::Calendar { .. } | Value::MonthRel(..) | Value::Year(_)
        )
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let lead = if a.first > 0 {
            toks[a.first - 1].lower.as_str()
        } else {
            ""
        };
        let link = doc.word(a.last);
        let month = |v: &Value| matches!(v, Value::Month { .. });
        let joined = (b.first == a.last + 1
            && a.bound == Bound::At
            && period(&a.value)
            && period(&b.value)
            && match lead {
                "between" => link == "and",
                "from" => ["to", "until", "till", "through", "–", "-"].contains(&link),
                _ => false,
            })
            // "made flights in July and August", "in July and in August":
            // the two months as one period. (Not two of their own years:
            // "in August 2024 and December 2022" are two visits.)
            || (["in", "during", "throughout"].contains(&lead)
                && link == "and"
                && (b.first == a.last + 1
                    || (b.first == a.last + 2 && doc.word(a.last + 1) == lead))
                && a.bound == Bound::At
                && b.bound == Bound::At
                && matches!(a.value, Value::Month { year: None, .. })
                && month(&b.value));
        // "arrived in Harare today 31st March 2021", "yesterday, 14 July
        // 2021": a day told twice, the written date the one to take.
        let restated = matches!(a.value, Value::Deictic(x, y) if x == y)
            && matches!(b.value, Value::Calendar { year: Some(_), .. })
            && (b.first == a.last || (b.first == a.last + 1 && link == ","));
        if restated {
            let t = Timex {
                first: a.first,
                ..b.clone()
            };
            out[k] = t;
            out.remove(k + 1);
            k += 1;
            continue;
        }
        if joined {
            let t = Timex {
                first: a.first,
                last: b.last,
                value: Value::Span(Box::new(a.value.clone()), Box::new(b.value.clone())),
                class: Class::Range,
                bound: Bound::At,
            };
            out[k] = t;
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// Two days of a month at token `i`, with or without a word before them
/// ("between 3 and 6", "from the 3rd until the 6th", "of 3/4", "3 to 6"),
/// and the token past the second.
fn day_pair(toks: &[Tok], i: usize, last: usize) -> Option<(u32, u32, usize)> {
    let w = |k: usize| -> &str { if k < last { toks[k].lower.as_str() } else { "" } };
    let lead = w(i);
    let mut k = if ["between", "from", "of"].contains(&lead) {
        i + 1
    } else if toks[i].kind == TokKind::Number {
        i
    } else {
        return None;
    };
    let bare = k == i;
    if !bare && w(k) == "the" {
        k += 1;
    }
    let a = day_number(w(k)).filter(|_| toks[k].kind != TokKind::Punct)?;
    let link = w(k + 1);
    let linked = match lead {
        _ if bare => ["to", "until", "till", "through"].contains(&link),
        "between" => link == "and",
        "of" => ["and", "to", "–", "-", "/", "into"].contains(&link),
        _ => ["and", "to", "until", "till", "through", "–", "-"].contains(&link),
    };
    if !linked {
        return None;
    }
    k += 2;
    if !bare && w(k) == "the" {
        k += 1;
    }
    let b = day_number(w(k)).filter(|_| toks[k].kind != TokKind::Punct)?;
    Some((a, b, k + 1))
}

/// Words that may follow a date told alone ("on the 3rd at …").
const AFTER_A_DAY: &[&str] = &[
    "at", "and", "when", "as", "after", "before", "in", "from", "to", "with", "but", "while",
    "local", "around", "about", "or", "into", "for", "on", "near", "over", "it", "they", "the",
    "a", "an", "its", "both", "another", "this",
];

/// Day and month written in numbers before a year, at token `i`:
/// "13/03/2025", "3-5-2025", "03/05/25" (a two-digit year only when all
/// three have two digits). The first, the second, the year, and the token
/// past them.
fn numeric_parts(toks: &[Tok], i: usize, last: usize) -> Option<(u32, u32, i64, usize)> {
    let (a, b, c, _) = three_numbers(toks, i, last, &["-", "/"])?;
    let y = year_number(c).or_else(|| {
        (a.len() == 2 && b.len() == 2 && c.len() == 2)
            .then(|| c.parse::<i64>().ok().map(|y| 2000 + y))
            .flatten()
    })?;
    Some((two_digits(a)?, two_digits(b)?, y, i + 5))
}

/// Three numbers at token `i` joined by one of `seps`, with no space and
/// not inside a longer run: the numbers and the separator.
fn three_numbers<'t>(
    toks: &'t [Tok],
    i: usize,
    last: usize,
    seps: &[&str],
) -> Option<(&'t str, &'t str, &'t str, &'t str)> {
    if i + 4 >= last {
        return None;
    }
    let sep = toks[i + 1].lower.as_str();
    if !seps.contains(&sep)
        || toks[i + 3].lower != sep
        || (i + 1..=i + 4).any(|k| toks[k].space_before)
        || [i, i + 2, i + 4]
            .iter()
            .any(|&k| toks[k].kind != TokKind::Number)
        || lone_number_run(toks, i, sep)
    {
        return None;
    }
    Some((&toks[i].lower, &toks[i + 2].lower, &toks[i + 4].lower, sep))
}

/// A day or month number: one or two digits.
fn two_digits(x: &str) -> Option<u32> {
    x.parse::<u32>().ok().filter(|_| x.len() <= 2)
}

/// Inside a longer run of numbers ("1.2.2024.3").
fn lone_number_run(toks: &[Tok], i: usize, sep: &str) -> bool {
    let joined = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !t.space_before && t.lower == sep)
            && toks
                .get(k + 1)
                .is_some_and(|t| !t.space_before && t.kind == TokKind::Number)
    };
    joined(i + 5) || (i > 0 && !toks[i].space_before && toks[i - 1].lower == sep)
}

/// Two numbers of one or two digits joined by a slash at token `i`, not
/// inside a longer run of slashes ("13/03", not "1/2/3"): the two numbers.
fn day_and_month(toks: &[Tok], i: usize, last: usize) -> Option<(u32, u32)> {
    (i + 2 < last
        && toks[i + 1].lower == "/"
        && !toks[i + 1].space_before
        && !toks[i + 2].space_before
        && toks[i].kind == TokKind::Number
        && toks[i + 2].kind == TokKind::Number
        && !(toks
            .get(i + 3)
            .is_some_and(|t| t.lower == "/" && !t.space_before))
        && !(i > 0 && !toks[i].space_before && toks[i - 1].lower == "/"))
        .then(|| Some((two_digits(&toks[i].lower)?, two_digits(&toks[i + 2].lower)?)))
        .flatten()
}

/// "12.05.2024", "13/03/2025", "2024-05-12", "2024/05/12" at token `i`:
/// year first, or day and month then the year. Dots are day first. With
/// slashes and dashes, a number over 12 tells day from month; else the
/// way the document's other dates are written; else the reading on or
/// before publication within a month of it, when the other is not
/// ("3/5/2025" published on 20 May is 3 May). Otherwise left unread. The
/// value and the token past it.
fn numeric_date(toks: &[Tok], i: usize, last: usize, numeric: Numeric) -> Option<(Value, usize)> {
    // "13/07", "14/03 2247Z": a day and month with no year, only where a
    // number over 12 tells them apart, and written as a date is (a padded
    // part, or after "on"; never "24/7").
    if let Some((x, z)) = day_and_month(toks, i, last) {
        let (a, b) = (&toks[i].lower, &toks[i + 2].lower);
        let padded = (a.len() == 2 && a.starts_with('0')) || (b.len() == 2 && b.starts_with('0'));
        let on = i > 0 && toks[i - 1].lower == "on";
        let (m, d) = if x > 12 && z <= 12 {
            (z, x)
        } else if z > 12 && x <= 12 {
            (x, z)
        } else if let Some(day_first) = numeric.day_first {
            // ("Mon. 10/03" in a table whose other rows read 13/03:
            // the way the document writes its dates.)
            if day_first { (z, x) } else { (x, z) }
        } else {
            (0, 0)
        };
        if m > 0 && (padded || on) && !(x == 24 && z == 7) && valid(2024, m, d) {
            return Some((Value::on(m, d, None), i + 3));
        }
    }
    if let Some((x, z, y, end)) = numeric_parts(toks, i, last) {
        let (m, d) = if x > 12 || x == z {
            (z, x)
        } else if z > 12 {
            (x, z)
        } else if let Some(day_first) = numeric.day_first {
            if day_first { (z, x) } else { (x, z) }
        } else {
            let p = numeric.published?;
            let at = |m: u32, d: u32| valid(y, m, d).then(|| days_from_civil(y, m, d));
            let recent = |day: Option<i64>| day.is_some_and(|k| k <= p && p - k <= 31);
            match (at(z, x), at(x, z)) {
                (a, b) if recent(a) && !recent(b) => (z, x),
                (a, b) if recent(b) && !recent(a) => (x, z),
                _ => return None,
            }
        };
        return valid(y, m, d).then(|| (Value::on(m, d, Some(y)), end));
    }
    let (a, b, c, sep) = three_numbers(toks, i, last, &["-", "/", "."])?;
    let (y, m, d) = if let Some(y) = year_number(a) {
        (y, two_digits(b)?, two_digits(c)?)
    } else if sep == "." {
        let y = year_number(c).or_else(|| {
            // "24.02.22" in a log: a two-digit year, this century unless
            // that is after publication.
            (c.len() == 2 && a.len() == 2 && b.len() == 2)
                .then(|| c.parse::<i64>().ok())
                .flatten()
                .map(|yy| {
                    let y = 2000 + yy;
                    let now = numeric
                        .published
                        .map(|p| crate::time::civil_from_days(p).0)
                        .unwrap_or(y);
                    if y <= now { y } else { y - 100 }
                })
        })?;
        (y, two_digits(b)?, two_digits(a)?)
    } else {
        return None;
    };
    valid(y, m, d).then(|| (Value::on(m, d, Some(y)), i + 5))
}

/// A feast day at token `i`: its month, day and the token past its name.
fn feast(toks: &[Tok], i: usize, last: usize) -> Option<(u32, u32, usize)> {
    let w = |k: usize| -> &str { if k < last { toks[k].lower.as_str() } else { "" } };
    if !toks[i].cap {
        return None;
    }
    let on = i > 0
        && ["on", "by", "until", "since", "before", "after"].contains(&toks[i - 1].lower.as_str());
    Some(match (w(i), w(i + 1), w(i + 2)) {
        ("christmas", "eve", _) => (12, 24, i + 2),
        ("christmas", "day", _) => (12, 25, i + 2),
        ("christmas", ..) if on => (12, 25, i + 1),
        ("boxing", "day", _) => (12, 26, i + 2),
        ("new", "year", "'") if w(i + 3) == "s" && ["eve", "day"].contains(&w(i + 4)) => (
            if w(i + 4) == "eve" { 12 } else { 1 },
            if w(i + 4) == "eve" { 31 } else { 1 },
            i + 5,
        ),
        ("new", "years", "eve" | "day") => (
            if w(i + 2) == "eve" { 12 } else { 1 },
            if w(i + 2) == "eve" { 31 } else { 1 },
            i + 3,
        ),
        ("halloween", ..) if on => (10, 31, i + 1),
        _ => return None,
    })
}

/// A year told after a date at token `k`: "2024", "last year", "this
/// year"; the year, the offset from the anchor's, and the token past them.
fn year_after(toks: &[Tok], k: usize, last: usize) -> (Option<i64>, Option<i64>, usize) {
    let w = |k: usize| -> &str { if k < last { toks[k].lower.as_str() } else { "" } };
    if let Some(y) = year_number(w(k)).filter(|_| toks[k].kind == TokKind::Number) {
        return (Some(y), None, k + 1);
    }
    if w(k) == ","
        && let Some(y) = year_number(w(k + 1))
    {
        return (Some(y), None, k + 2);
    }
    match (w(k), w(k + 1)) {
        ("last", "year") => (None, Some(-1), k + 2),
        ("this", "year") => (None, Some(0), k + 2),
        _ => (None, None, k),
    }
}

/// "2, 9 and …": the day `d` at token `i` and the days after it set off by
/// commas (each with its token), up to the "and" before the last day, and
/// that "and"'s token.
fn day_list(toks: &[Tok], i: usize, d: u32, last: usize) -> Option<(Vec<(usize, u32)>, usize)> {
    let w = |k: usize| if k < last { toks[k].lower.as_str() } else { "" };
    let mut days = vec![(i, d)];
    let mut k = i + 1;
    while w(k) == ","
        && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Number)
        && let Some(x) = day_number(w(k + 1))
    {
        days.push((k + 1, x));
        k += 2;
    }
    (w(k) == "and").then_some((days, k))
}

/// "May 21 and 24", "May 3, 9 and 15": the days after a month's first day
/// `d` at `j` (each with its token), and the token after the last, when
/// the list ends there (not "May 21 and 24 people", nor "May 21 and June 3").
fn month_first_list(
    toks: &[Tok],
    j: usize,
    d: u32,
    last: usize,
) -> Option<(Vec<(usize, u32)>, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let day_at = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == TokKind::Number && k < last)
            .and_then(|_| day_number(w(k)))
    };
    let (mut days, k) = day_list(toks, j, d, last)?;
    let x = day_at(k + 1)?;
    days.push((k + 1, x));
    let end = k + 2;
    let next_ok = end >= last
        || toks[end].kind == TokKind::Punct
        || year_number(w(end)).is_some()
        || [
            "when",
            "before",
            "after",
            "at",
            "in",
            "from",
            "to",
            "with",
            "respectively",
            "and",
            "but",
            "while",
        ]
        .contains(&w(end));
    (next_ok && days.windows(2).all(|p| p[0].1 < p[1].1)).then_some((days, end))
}
