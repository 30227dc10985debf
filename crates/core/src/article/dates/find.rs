//! Finding the temporal expressions in a sentence's tokens: each with its
//! words, its value before normalising, its class and its bound.

use crate::article::text::{Doc, TokKind};

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
        "several" | "few" | "some" => 3,
        _ => w.parse().ok().filter(|n: &i64| *n < 400)?,
    })
}

/// Finds the temporal expressions in the document, in order.
pub fn find(doc: &Doc) -> Vec<Timex> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        find_in(doc, s.first, s.last, &mut out);
    }
    // "since Wednesday", "since yesterday": from that day until now.
    for t in &mut out {
        if t.bound == Bound::At
            && t.first > 0
            && doc.toks[t.first - 1].lower == "since"
            && matches!(t.value, Value::Weekday { .. } | Value::Deictic(..))
        {
            t.bound = Bound::Since;
        }
    }
    out
}

fn find_in(doc: &Doc, first: usize, last: usize, out: &mut Vec<Timex>) {
    let toks = &doc.toks;
    let w = |i: usize| -> &str { if i < last { toks[i].lower.as_str() } else { "" } };
    let is_month = |i: usize| -> Option<u32> {
        if i >= last || !toks[i].cap {
            return None;
        }
        let m = month(&toks[i].lower)?;
        // "May" and "March" are words too: only with a day or year near.
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
        // "between 3 and 6 May", "from 1 to 7 May", "the night of 25 to 26 August".
        if ["between", "from", "of"].contains(&w(i))
            && let (Some(a), true) = (
                day_number(w(i + 1)),
                ["and", "to", "–", "-"].contains(&w(i + 2)),
            )
            && let Some(b) = day_number(w(i + 3))
            && let Some(m) = is_month(i + 4)
        {
            let j = after_month(i + 4);
            let year = year_number(w(j));
            let end = if year.is_some() { j + 1 } else { j };
            let class = Class::Range;
            push(out, i + 1, end, Value::in_month(m, a, b, year), class);
            i = end;
            continue;
        }
        // "between May 20 and June 10", "from 20 May to 10 June": across months.
        if ["between", "from"].contains(&w(i)) {
            let first = if let Some(m) = is_month(i + 1) {
                let j = after_month(i + 1);
                day_number(w(j)).map(|d| (m, d, j + 1))
            } else if let Some(d) = day_number(w(i + 1))
                && let Some(m) = is_month(i + 2)
            {
                Some((m, d, after_month(i + 2)))
            } else {
                None
            };
            if let Some((m1, d1, k)) = first
                && ["and", "to", "until", "through", "–", "-"].contains(&w(k))
            {
                let second = if let Some(m) = is_month(k + 1) {
                    let j = after_month(k + 1);
                    day_number(w(j)).map(|d| (m, d, j + 1))
                } else if let Some(d) = day_number(w(k + 1))
                    && let Some(m) = is_month(k + 2)
                {
                    Some((m, d, after_month(k + 2)))
                } else {
                    None
                };
                if let Some((m2, d2, end)) = second
                    && m2 != m1
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
                        },
                        Class::Range,
                    );
                    i = end;
                    continue;
                }
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
        // "on 2 and 3 November": two dates.
        if let Some(a) = day_number(w(i))
            && toks[i].kind == TokKind::Number
            && w(i + 1) == "and"
            && let Some(b) = day_number(w(i + 2))
            && let Some(m) = is_month(i + 3)
        {
            let j = after_month(i + 3);
            let year = year_number(w(j));
            let end = if year.is_some() { j + 1 } else { j };
            push(out, i, i + 1, Value::on(m, a, year), Class::Absolute);
            push(out, i + 2, end, Value::on(m, b, year), Class::Absolute);
            i = end;
            continue;
        }
        // --- Calendar dates ---
        // ISO 8601, as OSINT posts write it: "2024-05-12".
        if toks[i].kind == TokKind::Number
            && let Some(y) = year_number(w(i))
            && i + 4 < last
            && toks[i + 1].is("-")
            && toks[i + 3].is("-")
            && !toks[i + 1].space_before
            && !toks[i + 3].space_before
            && let (Ok(m), Ok(d)) = (w(i + 2).parse::<u32>(), w(i + 4).parse::<u32>())
            && w(i + 2).len() == 2
            && w(i + 4).len() == 2
            && valid(y, m, d)
        {
            push(out, i, i + 5, Value::on(m, d, Some(y)), Class::Absolute);
            i += 5;
            continue;
        }
        // "15 September [2024]", "the 12th of June"
        if let Some(d) = day_number(w(i)) {
            let mut j = i + 1;
            if w(j) == "of" {
                j += 1;
            }
            if let Some(m) = is_month(j) {
                let k = after_month(j);
                let k = if w(k) == "," && year_number(w(k + 1)).is_some() {
                    k + 1
                } else {
                    k
                };
                let year = year_number(w(k));
                let end = if year.is_some() {
                    k + 1
                } else {
                    after_month(j)
                };
                let a = if i > first && w(i - 1) == "the" {
                    i - 1
                } else {
                    i
                };
                push(out, a, end, Value::on(m, d, year), Class::Absolute);
                i = end;
                continue;
            }
        }
        // "September 15[, 2024]", "Sept. 2", "Dec. 13"
        if let Some(m) = is_month(i) {
            let j = after_month(i);
            if let Some(d) = day_number(w(j)).filter(|_| toks[j].kind != TokKind::Punct) {
                let k = if w(j + 1) == "," { j + 2 } else { j + 1 };
                let year = year_number(w(k));
                let end = if year.is_some() { k + 1 } else { j + 1 };
                push(out, i, end, Value::on(m, d, year), Class::Absolute);
                i = end;
                continue;
            }
            // A month alone: "in March", "in late October", "January 2023", "early August last year".
            let year = year_number(w(j));
            let prev = if i > first { w(i - 1) } else { "" };
            let prev2 = if i > first + 1 { w(i - 2) } else { "" };
            let part = match prev {
                "early" => Part::Early,
                "mid" => Part::Mid,
                "late" => Part::Late,
                _ => Part::Whole,
            };
            let lead = [
                "in", "since", "during", "early", "mid", "late", "last", "until", "back",
                "through", "of", "by",
            ];
            let said = lead.contains(&prev) || year.is_some();
            if said
                && (m != 5
                    || year.is_some()
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
                    if prev2 == "in" { i - 2 } else { i - 1 }
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
        // "from Saturday through Monday", "from Monday to Wednesday".
        if w(i) == "from"
            && let Some(a) = weekday(w(i + 1))
            && ["to", "through", "until", "till", "-", "–"].contains(&w(i + 2))
            && let Some(b) = weekday(w(i + 3))
        {
            push(
                out,
                i + 1,
                i + 4,
                Value::WeekdaySpan { from: a, to: b },
                Class::Range,
            );
            i += 4;
            continue;
        }
        if let Some(wd) = weekday(w(i)) {
            // With a date: "Sunday, 15 September", "Thursday, May 20",
            // "Tuesday 16 February", "Thursday (Oct. 16)", "Thursday (20)".
            let mut j = i + 1;
            let bracket = w(j) == "(";
            if w(j) == "," || bracket {
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
                if bracket && w(j + 1) == ")" {
                    let rel = weekday_rel(doc, first, i);
                    let a = weekday_start(doc, first, i);
                    push(
                        out,
                        a,
                        j + 2,
                        Value::Weekday {
                            wd,
                            rel,
                            dom: Some(d),
                        },
                        Class::Weekday,
                    );
                    i = j + 2;
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
            let mut end = i + 1;
            if TIME_OF_DAY.contains(&w(end)) {
                end += 1;
            }
            push(
                out,
                a,
                end,
                Value::Weekday { wd, rel, dom: None },
                Class::Weekday,
            );
            i = end;
            continue;
        }
        // --- Relative to the anchor ---
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
            ("this", "week", _) => Some((
                i,
                i + 2,
                Value::Week(0, part_before(doc, first, i)),
                Class::Vague,
            )),
            ("last", "week", _) => Some((
                i,
                i + 2,
                Value::Week(-1, part_before(doc, first, i)),
                Class::Vague,
            )),
            ("next", "week", _) => Some((i, i + 2, Value::Week(1, Part::Whole), Class::Vague)),
            ("this", "month", _) => Some((i, i + 2, Value::MonthRel(0), Class::Vague)),
            ("earlier", "this", "month") => Some((i, i + 3, Value::MonthRel(0), Class::Vague)),
            ("last", "month", _) => Some((i, i + 2, Value::MonthRel(-1), Class::Vague)),
            ("this", "year", _) => Some((i, i + 2, Value::YearRel(0), Class::Vague)),
            ("last", "year", _) => Some((i, i + 2, Value::YearRel(-1), Class::Vague)),
            ("a", "year", "ago") => Some((i, i + 3, Value::Deictic(-372, -358), Class::Vague)),
            ("the", "weekend", _) | ("this", "weekend", _) | ("last", "weekend", _) => {
                Some((i, i + 2, Value::Deictic(0, 0), Class::Vague)).map(|(a, b, _, c)| {
                    (
                        a,
                        b,
                        Value::Week(if w(i) == "last" { -1 } else { 0 }, Part::Late),
                        c,
                    )
                })
            }
            ("past" | "last", n, unit)
                if number_word(n).is_some()
                    && ["weeks", "days", "week", "months"].contains(&unit) =>
            {
                let k = number_word(n).unwrap_or(1);
                let days = match unit {
                    "weeks" | "week" => 7 * k,
                    "months" => 30 * k,
                    _ => k,
                };
                Some((i, i + 3, Value::Deictic(-days, 0), Class::Vague))
            }
            ("past", "week" | "fortnight", _) => {
                let days = if w(i + 1) == "week" { 7 } else { 14 };
                Some((i, i + 2, Value::Deictic(-days, 0), Class::Vague))
            }
            ("recent", "days", _) => Some((i, i + 2, Value::Deictic(-7, 0), Class::Vague)),
            (n, "days" | "day", "ago") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::Deictic(-k, -k), Class::Relative))
            }
            // "two weeks ago": that week, Monday to Sunday.
            (n, "weeks" | "week", "ago") if number_word(n).is_some() => {
                let k = number_word(n).unwrap_or(1);
                Some((i, i + 3, Value::Week(-k, Part::Whole), Class::Vague))
            }
            // --- Anaphoric ---
            (
                "the",
                "following" | "next",
                "day" | "morning" | "evening" | "afternoon" | "night",
            ) => Some((i, i + 3, Value::Anaphoric(1, 1), Class::Carried)),
            ("next", "day" | "morning", _) if i == first || w(i - 1) != "the" => {
                Some((i, i + 2, Value::Anaphoric(1, 1), Class::Carried))
            }
            ("the", "day", "after")
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
            ("the", "day" | "night" | "evening", "before") => {
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
            ("hours" | "minutes", "later", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("a", "few" | "couple", "hours" | "minutes")
                if w(i + 3) == "later" || (w(i + 3) == "of" && w(i + 5) == "later") =>
            {
                Some((i, i + 4, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("within", "hours" | "minutes", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            ("around" | "about", "midnight", _) => {
                Some((i, i + 2, Value::Anaphoric(0, 0), Class::Carried))
            }
            _ => None,
        };
        if let Some((a, mut b, value, class)) = rel {
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
            let a = if a > first && ["early", "late"].contains(&w(a - 1)) && class != Class::Carried
            {
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
fn weekday_rel(doc: &Doc, first: usize, i: usize) -> Rel {
    if i > first {
        match doc.toks[i - 1].lower.as_str() {
            "last" | "past" => return Rel::Last,
            "next" | "coming" => return Rel::Next,
            _ => {}
        }
    }
    Rel::Bare
}

fn weekday_start(doc: &Doc, first: usize, i: usize) -> usize {
    let mut a = i;
    while a > first
        && ["last", "next", "this", "late", "early", "coming", "past"]
            .contains(&doc.toks[a - 1].lower.as_str())
    {
        a -= 1;
    }
    a
}

fn part_before(doc: &Doc, first: usize, i: usize) -> Part {
    if i > first {
        match doc.toks[i - 1].lower.as_str() {
            "early" => return Part::Early,
            "late" => return Part::Late,
            "mid" => return Part::Mid,
            _ => {}
        }
    }
    Part::Whole
}
