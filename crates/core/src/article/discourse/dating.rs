//! The day a movement takes: the anchor for deictic words, plans, single
//! days, "until" and a date told after the movement.

use crate::article::Event;
use crate::article::dates::{self, Bound, Days, Timex, Value};
use crate::article::events::Frame;
use crate::article::text::{Doc, TokKind};

use super::state::{Draft, State};

/// The anchor for deictic words at token `i`: publication, or the day a
/// quoted speaker spoke ("posted on Wednesday: '…yesterday…'").
pub(super) fn anchor_at(
    doc: &Doc,
    timexes: &[Timex],
    published: i64,
    i: usize,
    reporting: &[usize],
) -> i64 {
    if let Some(d) = post_date(doc, timexes, published, i) {
        return d;
    }
    if let Some((_, d)) = update_date(doc, timexes, published, i) {
        return d;
    }
    if !doc.toks[i].quoted {
        return published;
    }
    let mut open = i;
    while open > 0 && doc.toks[open - 1].quoted {
        open -= 1;
    }
    let para = doc
        .sentences
        .iter()
        .find(|s| s.first <= open && open < s.last)
        .map(|s| s.paragraph);
    let start = doc
        .sentences
        .iter()
        .find(|s| Some(s.paragraph) == para)
        .map_or(0, |s| s.first);
    let verb = reporting
        .iter()
        .copied()
        .filter(|&r| r < open && r >= start)
        .max();
    if let Some(v) = verb
        && let Some(t) = timexes
            .iter()
            .find(|t| t.first > v && t.last <= open && t.first - v <= 3)
        && let Some(d) = dates::resolve(&t.value, published, None, false)
    {
        return d.from;
    }
    // ("About an hour ago the plane was landing," a source told the
    // agency late on Tuesday): the day the words after the quote give.
    let mut close = i;
    while close < doc.toks.len() && doc.toks[close].quoted {
        close += 1;
    }
    let end = doc
        .sentences
        .iter()
        .find(|s| s.first <= close && close < s.last)
        .map_or(close, |s| s.last);
    if let Some(v) = reporting.iter().copied().find(|&r| r >= close && r < end)
        && let Some(t) = timexes
            .iter()
            .find(|t| t.first > v && t.first < end && t.first - v <= 6)
        && matches!(
            t.value,
            Value::Weekday { .. } | Value::Calendar { .. } | Value::Deictic(..)
        )
        && let Some(d) = dates::resolve(&t.value, published, None, false)
    {
        return d.from;
    }
    published
}

/// True when the words before token `i` in its clause speak of a plan
/// ("is due in Angola from Sunday to Tuesday").
pub(super) fn clause_is_future(doc: &Doc, first: usize, i: usize) -> bool {
    let mut j = i;
    while j > first {
        j -= 1;
        let w = doc.toks[j].lower.as_str();
        if [";", ".", "but"].contains(&w) {
            return false;
        }
        if crate::article::events::plan_word(&doc.toks, j)
            // ("took longer than planned on Wednesday", "earlier than
            // expected": a comparison, no plan.)
            && !(j > first
                && ["than", "as"].contains(&doc.toks[j - 1].lower.as_str()))
            // (Nor a plan that describes the flight the subject was on: "a
            // flight scheduled to end in Melbourne landed in Philadelphia
            // on Tuesday".)
            && !(j > first && crate::article::events::plan_of_the_subject(&doc.toks, j, i))
        {
            return true;
        }
    }
    false
}

/// A single day that can serve as the story's date (not a span, not "since").
pub(super) fn a_day(t: &Timex, d: Option<Days>) -> Option<Days> {
    let d = d?;
    let vague = matches!(
        t.value,
        Value::Month { .. }
            | Value::Year(_)
            | Value::Week(..)
            | Value::MonthRel(..)
            | Value::AnaphoricWeek(..)
            | Value::AnaphoricMonth(..)
            | Value::YearRel(_)
    );
    (d.from == d.to && t.bound == Bound::At && !vague).then_some(d)
}

/// "until Wednesday morning" in a stay's clause: that day.
pub(super) fn until_day(
    doc: &Doc,
    f: &Frame,
    timexes: &[Timex],
    days: &[Option<Days>],
) -> Option<Days> {
    let s = &doc.sentences[f.sentence];
    timexes.iter().enumerate().find_map(|(k, t)| {
        (t.first > f.trig.first
            && t.first < s.last
            && t.first > 0
            && ["until", "till", "through", "into"].contains(&doc.toks[t.first - 1].lower.as_str()))
        .then(|| days[k])
        .flatten()
    })
}

/// A movement with no place but a date, for an aircraft whose movement of
/// that kind was told before without one of its own: the date is that
/// movement's ("departing at 11:12 p.m. yesterday").
pub(super) fn date_movement(
    drafts: &mut [Draft],
    st: &State,
    ents: &[usize],
    event: Event,
    d: Days,
    at: Option<(usize, usize)>,
) -> bool {
    let roots: Vec<usize> = ents.iter().map(|e| st.root(*e)).collect();
    // (Not a landing in Istanbul told before the aircraft's flight on to
    // Larnaca.)
    let mine = |x: &Draft| !x.dropped && x.entity.is_some_and(|e| roots.contains(&e));
    let k = drafts
        .iter()
        .rposition(|x| {
            // ("flew to Denver this week … touched down Tuesday": a vague
            // day the exact one falls in.)
            let vaguer = x.vague
                && x.days
                    .is_some_and(|v| v != d && v.from <= d.from && d.to <= v.to);
            mine(x) && x.event == event && (!x.own_date || vaguer)
        })
        .filter(|&k| {
            event != Event::Arrival
                || !drafts[k + 1..].iter().any(|y| {
                    // (A route that ends where the landing was is the same
                    // flight.)
                    let same = y.places.last().map(|p| &p.code)
                        == drafts[k].places.first().map(|p| &p.code);
                    mine(y) && y.event == Event::Route && !same
                })
        });
    if let Some(x) = k.map(|k| &mut drafts[k]) {
        x.days = Some(d);
        x.own_date = true;
        x.vague = false;
        x.evidence.date = at.into_iter().collect();
        return true;
    }
    false
}

/// A line that is only a date, with at most a few words around it: a date
/// header over a list ("Nov. 27"), a time stamp over an entry ("published
/// at 05:26 GMT 15 March", "Monday, 16 June 2025, 02:42"). It dates what
/// follows it, as a movement's own date would.
pub(super) fn date_line(
    doc: &Doc,
    timexes: &[Timex],
    days: &[Option<Days>],
    sn: usize,
) -> Option<(Days, (usize, usize))> {
    let s = &doc.sentences[sn];
    if doc
        .sentences
        .iter()
        .filter(|x| x.paragraph == s.paragraph)
        .count()
        != 1
    {
        return None;
    }
    let here: Vec<usize> = (0..timexes.len())
        .filter(|&k| timexes[k].first >= s.first && timexes[k].last <= s.last)
        .collect();
    let (day, at) = here.iter().find_map(|&k| {
        a_day(&timexes[k], days[k]).map(|d| (d, (timexes[k].first, timexes[k].last)))
    })?;
    let inside = |i: usize| {
        here.iter()
            .any(|&k| timexes[k].first <= i && i < timexes[k].last)
    };
    let words = (s.first..s.last)
        .filter(|&i| doc.toks[i].kind == TokKind::Word && !inside(i))
        .count();
    // ("Incident: easyJet A20N near Rome on Aug 29th 2025, medical
    // emergency": an incident digest's heading dates its item.)
    let heading = ["incident", "accident", "crash", "report"].contains(&doc.word(s.first))
        && doc.word(s.first + 1) == ":"
        && !doc.toks[s.last - 1].is(".");
    (words <= 6 || (heading && words <= 16)).then_some((day, at))
}

/// The day of an update's header over the paragraph of token `i`, and the
/// header's timex ("Updated Monday, May 25: The prime minister's plane left
/// Port Moresby … today", "Update, Saturday: … cleared on Friday"): an
/// update is told on its own day, on or after the publication day.
pub(super) fn update_date(
    doc: &Doc,
    timexes: &[Timex],
    published: i64,
    i: usize,
) -> Option<(usize, i64)> {
    let k = update_header(doc, timexes, i)?;
    let t = &timexes[k];
    let d = dates::resolve(&t.value, published, None, false)?;
    if d.from != d.to {
        return None;
    }
    // ("Update, Saturday", the story out on a Thursday: the Saturday after.)
    let d = if d.from < published && matches!(t.value, dates::Value::Weekday { .. }) {
        d.from + 7
    } else {
        d.from
    };
    (d >= published && d - published <= 14).then_some((k, d))
}

/// The timex of an update's header ("Update, Saturday:") opening the
/// paragraph of token `i`.
fn update_header(doc: &Doc, timexes: &[Timex], i: usize) -> Option<usize> {
    let n = doc
        .sentences
        .partition_point(|s| s.first <= i)
        .checked_sub(1)?;
    if i >= doc.sentences[n].last {
        return None;
    }
    let para = doc.sentences[n].paragraph;
    let first = doc.sentences[..=n]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == para)
        .last()?
        .first;
    if !["update", "updated"].contains(&doc.word(first)) {
        return None;
    }
    let k = timexes
        .iter()
        .position(|t| t.first > first && t.first <= first + 3)?;
    (timexes[k].last..timexes[k].last + 2)
        .any(|j| doc.word(j) == ":")
        .then_some(k)
}

/// The date of an embedded social-media post that token `i` is in: the
/// post's text is followed by its signature line, "— Name (@handle)
/// February 26, 2025", and its "this morning" is that day's.
fn post_date(doc: &Doc, timexes: &[Timex], published: i64, i: usize) -> Option<i64> {
    let para = doc
        .sentences
        .iter()
        .find(|s| s.first <= i && i < s.last)?
        .paragraph;
    let sig: Vec<&crate::article::text::Sentence> = doc
        .sentences
        .iter()
        .filter(|s| s.paragraph == para + 1)
        .collect();
    let (first, last) = (sig.first()?.first, sig.last()?.last);
    let dash = ["—", "–", "-"].contains(&doc.toks[first].lower.as_str());
    let handle = (first..last).any(|j| doc.toks[j].is("@"));
    if !dash || !handle {
        return None;
    }
    let t = timexes
        .iter()
        .find(|t| t.first >= first && t.last <= last)?;
    let d = dates::resolve(&t.value, published, None, false)?;
    (d.from == d.to).then_some(d.from)
}

/// Digits and "am"/"pm" in one word ("11pm", the "10pm" of "2.10pm"): the
/// digits and the hours the half-day adds.
fn meridian_word(x: &str) -> Option<(&str, u32)> {
    let (digits, add) = match x.strip_suffix("pm") {
        Some(d) => (d, 12),
        None => (x.strip_suffix("am")?, 0),
    };
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|c| c.is_ascii_digit()))
        .then_some((digits, add))
}

/// The first clock time told in tokens `a..b`, as an hour of the day
/// (0 to 23; "midnight" 24 when it ends the day told, "noon" 12):
/// "at 21:40", "at 6.10 am", "2.10pm", "shortly before midnight".
pub(super) fn clock_hour(doc: &Doc, a: usize, b: usize) -> Option<u32> {
    let toks = &doc.toks;
    let w = |i: usize| doc.word(i);
    let num = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokKind::Number && t.lower.len() <= 2)
            .and_then(|t| t.lower.parse::<u32>().ok())
    };
    let half = |x: &str| {
        if x.starts_with("p.m") || x == "pm" || x == "p" {
            Some(12)
        } else if x.starts_with("a.m") || x == "am" || x == "a" {
            Some(0)
        } else {
            None
        }
    };
    for i in a..b.min(toks.len()) {
        // "at 11pm", "3am": one word.
        if let Some((digits, add)) = meridian_word(w(i))
            && let Ok(h) = digits.parse::<u32>()
            && (1..=12).contains(&h)
        {
            return Some(h % 12 + add);
        }
        match w(i) {
            "midnight" => {
                let after = i > 0 && ["after", "past"].contains(&w(i - 1));
                return Some(if after { 0 } else { 24 });
            }
            "noon" => return Some(12),
            _ => {}
        }
        let Some(h) = num(i).filter(|h| *h <= 23) else {
            continue;
        };
        // "21:40", "6:10 p.m."
        if w(i + 1) == ":" && num(i + 2).is_some() {
            return Some(match half(w(i + 3)) {
                Some(add) if (1..=12).contains(&h) => h % 12 + add,
                _ => h,
            });
        }
        // "6.10 am", "2.10pm", "6 a.m."
        if w(i + 1) == "."
            && num(i + 2).is_some()
            && let Some(add) = half(w(i + 3))
        {
            return Some(h % 12 + add);
        }
        if w(i + 1) == "."
            && let Some((minutes, add)) = meridian_word(w(i + 2))
            && minutes.len() == 2
        {
            return Some(h % 12 + add);
        }
        if let Some(add) = half(w(i + 1)).filter(|_| (1..=12).contains(&h)) {
            return Some(h % 12 + add);
        }
        // "took off at 18.40", "landed at 13.05": a 24-hour clock with a
        // dot, after "at" (not "3.5 tonnes").
        if i > 0
            && ["at", "around", "about", "by"].contains(&w(i - 1))
            && w(i + 1) == "."
            && ![
                "tonnes", "tons", "t", "kg", "million", "billion", "percent", "%", "km", "metres",
                "meters", "m", "hours", "miles", "feet", "ft", "dollars", "euros", "points",
            ]
            .contains(&w(i + 3))
            && toks
                .get(i + 2)
                .is_some_and(|t| !t.space_before && t.lower.len() == 2)
            && num(i + 2).is_some_and(|m| m <= 59)
            && toks[i].lower.len() == 2
        {
            return Some(h);
        }
    }
    None
}

/// True when the first clock time in `a..b` is "7:44" (one digit before the
/// colon and no a.m. or p.m.): a twelve-hour clock with its half left out,
/// as pool reports write the evening's landing after its "6:57 p.m." take-off.
pub(super) fn bare_twelve_hour(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = &doc.toks;
    for (i, t) in toks.iter().enumerate().take(b).skip(a) {
        if t.kind != TokKind::Number || doc.word(i + 1) != ":" {
            continue;
        }
        let after = doc.word(i + 3);
        return t.lower.len() == 1
            && !(after.starts_with("a.m")
                || after.starts_with("p.m")
                || ["am", "pm", "a", "p"].contains(&after));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::clock_hour;
    use crate::article::text::parse;

    #[test]
    fn clock_hours_as_reporters_write_them() {
        for (text, want) in [
            ("at 21:40 local time", Some(21)),
            ("at 6.10 am", Some(6)),
            ("at 2.10pm", Some(14)),
            ("at 6:05 p.m.", Some(18)),
            ("shortly before midnight", Some(24)),
            ("shortly after midnight", Some(0)),
            ("around noon", Some(12)),
            ("at 11 p.m.", Some(23)),
            ("at 11pm on Saturday", Some(23)),
            ("at 3am", Some(3)),
            ("the Bogotá flight at 9.15 pm", Some(21)),
            ("à 9.été", None),
            ("with 3.5 tonnes", None),
            ("took off at 18.40", Some(18)),
            ("landed at 09.05", Some(9)),
            ("weighs about 12.50 tonnes", None),
        ] {
            let doc = parse(text);
            assert_eq!(clock_hour(&doc, 0, doc.toks.len()), want, "{text}");
        }
    }
}
