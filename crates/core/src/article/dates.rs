//! Dates in article text: absolute ("12 December", "December 12, 2018",
//! "Dec. 12"), ranges ("between 10 and 14 December", "10-14 December"),
//! and relative ones ("last month", "early this week", "on Wednesday", "the
//! following day") resolved against the publication date. A date without a
//! year takes the latest year that does not put it after publication.

use crate::time::{civil_from_days, days_from_civil};

/// A span of whole days, as days since 1970-01-01 (inclusive both ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Days {
    /// First day.
    pub from: i64,
    /// Last day.
    pub to: i64,
}

impl Days {
    /// One day.
    pub fn day(d: i64) -> Self {
        Days { from: d, to: d }
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DD/YYYY-MM-DD` for a span.
    pub fn iso(&self) -> String {
        let one = |d: i64| {
            let (y, m, dd) = civil_from_days(d);
            format!("{y:04}-{m:02}-{dd:02}")
        };
        if self.from == self.to {
            one(self.from)
        } else {
            format!("{}/{}", one(self.from), one(self.to))
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month a word names (1–12): full names and three-letter forms, with
/// or without a full stop ("Dec.", "Sept.").
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u32 + 1)
}

/// Day of the month in "12", "12th", "1st", "21st,".
pub fn day_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.', ';', ':', ')']);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix)) {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(word: &str) -> Option<i64> {
    let w = word.trim_end_matches([',', '.', ';', ':', ')']);
    let y: i64 = w.parse().ok()?;
    (w.len() == 4 && (1950..=2100).contains(&y)).then_some(y)
}

/// Day number of month/day in the latest year that keeps it on or before
/// `published` (plus a week, for announced plans), or in `year` if given.
fn place_in_year(m: u32, d: u32, year: Option<i64>, published: i64) -> i64 {
    if let Some(y) = year {
        return days_from_civil(y, m, d);
    }
    let (py, _, _) = civil_from_days(published);
    let this = days_from_civil(py, m, d);
    if this > published + 7 {
        days_from_civil(py - 1, m, d)
    } else {
        this
    }
}

/// A date found in text: where it is (word indices, end exclusive) and the
/// days it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// The days meant.
    pub days: Days,
    /// True when the words place the date after the one before ("the
    /// following day"): resolved by the caller against that date.
    pub relative_days: Option<i64>,
}

/// Days `a` to `b` of month `m`, in the year named by word `year_at` if it
/// names one (else the year inferred from publication). The date's words run
/// from `start` to that year, inclusive; `m` becomes the month for "on the
/// 21st" later on.
fn days_of_month(
    words: &[&str],
    start: usize,
    year_at: usize,
    m: u32,
    (a, b): (u32, u32),
    pub_day: i64,
    month_hint: &mut Option<(u32, Option<i64>)>,
) -> Found {
    let year = words.get(year_at).and_then(|w| year_number(w));
    let from = place_in_year(m, a, year, pub_day);
    let to = place_in_year(m, b, year, pub_day).max(from);
    *month_hint = Some((m, year));
    Found {
        start,
        end: year_at + usize::from(year.is_some()),
        days: Days { from, to },
        relative_days: None,
    }
}

/// Lower-cased words without trailing punctuation.
fn norm(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Finds the dates in a sentence's words. `published` is the publication
/// day; `month_hint` the month last named, for "on the 21st".
pub fn find(
    words: &[&str],
    published: Option<i64>,
    month_hint: &mut Option<(u32, Option<i64>)>,
) -> Vec<Found> {
    let n = words.len();
    let lw: Vec<String> = words.iter().map(|w| norm(w)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    let pub_day = published.unwrap_or(0);
    while i < n {
        let w = lw[i].as_str();
        // "between 10 and 14 December", "from 10 to 14 December", "10-14 December"
        if (w == "between" || w == "from")
            && i + 4 < n
            && ["and", "to"].contains(&lw[i + 2].as_str())
        {
            let m = month(words[i + 4].trim_end_matches(','));
            if let (Some(a), Some(b), Some(m)) =
                (day_number(words[i + 1]), day_number(words[i + 3]), m)
            {
                let f = days_of_month(words, i, i + 5, m, (a, b), pub_day, month_hint);
                i = f.end;
                out.push(f);
                continue;
            }
        }
        if let Some((a, b)) = w.split_once('-').or_else(|| w.split_once('–'))
            && let (Some(a), Some(b), Some(m)) = (
                day_number(a),
                day_number(b),
                words
                    .get(i + 1)
                    .and_then(|x| month(x.trim_end_matches(','))),
            )
        {
            let f = days_of_month(words, i, i + 2, m, (a, b), pub_day, month_hint);
            i = f.end;
            out.push(f);
            continue;
        }
        // "12 December [2018]"
        if let (Some(d), Some(m)) = (
            day_number(words[i]),
            words
                .get(i + 1)
                .and_then(|x| month(x.trim_end_matches(','))),
        ) && (published.is_some() || words.get(i + 2).and_then(|w| year_number(w)).is_some())
        {
            let f = days_of_month(words, i, i + 2, m, (d, d), pub_day, month_hint);
            i = f.end;
            out.push(f);
            continue;
        }
        // "December 12[,] [2018]", "Dec. 12"
        if let (Some(m), Some(d)) = (
            month(words[i].trim_end_matches(',')),
            words.get(i + 1).and_then(|x| day_number(x)),
        ) {
            // "May" is also a verb: only with a day after it, as here.
            if published.is_some() || words.get(i + 2).and_then(|w| year_number(w)).is_some() {
                let f = days_of_month(words, i, i + 2, m, (d, d), pub_day, month_hint);
                i = f.end;
                out.push(f);
                continue;
            }
        }
        // "on the 21st"
        if w == "the"
            && i > 0
            && lw[i - 1] == "on"
            && let (Some(d), Some((m, year))) =
                (words.get(i + 1).and_then(|x| day_number(x)), *month_hint)
            && words[i + 1].chars().any(|c| c.is_ascii_alphabetic())
            && published.is_some()
        {
            out.push(Found {
                start: i,
                end: i + 2,
                days: Days::day(place_in_year(m, d, year, pub_day)),
                relative_days: None,
            });
            i += 2;
            continue;
        }
        // Relative to the date before.
        let rel = match (
            w,
            lw.get(i + 1).map(String::as_str),
            lw.get(i + 2).map(String::as_str),
        ) {
            ("the", Some("following" | "next"), Some("day" | "morning" | "evening")) => {
                Some((1, 3))
            }
            ("a", Some("day"), Some("later")) => Some((1, 3)),
            ("later", Some("that"), Some("day" | "night" | "evening")) => Some((0, 3)),
            ("that", Some("day" | "night" | "evening"), _) => Some((0, 2)),
            ("two", Some("days"), Some("later")) => Some((2, 3)),
            ("the", Some("same"), Some("day")) => Some((0, 3)),
            _ => None,
        };
        if let Some((k, len)) = rel {
            out.push(Found {
                start: i,
                end: i + len,
                days: Days::day(0),
                relative_days: Some(k),
            });
            i += len;
            continue;
        }
        // Relative to publication.
        if let Some(p) = published {
            let (py, pm, _) = civil_from_days(p);
            let month_span = |y: i64, m: u32| {
                let from = days_from_civil(y, m, 1);
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                Days {
                    from,
                    to: days_from_civil(ny, nm, 1) - 1,
                }
            };
            // Monday of publication's week (1970-01-01 was a Thursday).
            let monday = p - (p + 3).rem_euclid(7);
            let qualifier = |j: usize| -> (i64, i64) {
                match lw.get(j).map(String::as_str) {
                    Some("early") => (0, 2),
                    Some("late") => (4, 6),
                    Some("mid") => (2, 4),
                    _ => (0, 6),
                }
            };
            let found = match (w, lw.get(i + 1).map(String::as_str)) {
                ("yesterday", _) => Some((Days::day(p - 1), 1)),
                ("today", _) => Some((Days::day(p), 1)),
                ("last", Some("week")) => {
                    let (a, b) = if i > 0 { qualifier(i - 1) } else { (0, 6) };
                    Some((
                        Days {
                            from: monday - 7 + a,
                            to: monday - 7 + b,
                        },
                        2,
                    ))
                }
                ("this", Some("week")) => {
                    let (a, b) = if i > 0 { qualifier(i - 1) } else { (0, 6) };
                    Some((
                        Days {
                            from: monday + a,
                            to: (monday + b).min(p),
                        },
                        2,
                    ))
                }
                ("last", Some("month")) => {
                    let (y, m) = if pm == 1 { (py - 1, 12) } else { (py, pm - 1) };
                    Some((month_span(y, m), 2))
                }
                ("this", Some("month")) => Some((
                    Days {
                        from: month_span(py, pm).from,
                        to: p,
                    },
                    2,
                )),
                ("last", Some("year")) => Some((
                    Days {
                        from: days_from_civil(py - 1, 1, 1),
                        to: days_from_civil(py - 1, 12, 31),
                    },
                    2,
                )),
                ("this", Some("year")) => Some((
                    Days {
                        from: days_from_civil(py, 1, 1),
                        to: p,
                    },
                    2,
                )),
                _ => None,
            };
            if let Some((days, len)) = found {
                let start = if i > 0 && ["early", "late", "mid"].contains(&lw[i - 1].as_str()) {
                    i - 1
                } else {
                    i
                };
                out.push(Found {
                    start,
                    end: i + len,
                    days,
                    relative_days: None,
                });
                i += len;
                continue;
            }
            // "on Wednesday": the last such day before publication.
            if let Some(wd) = WEEKDAYS.iter().position(|d| *d == w) {
                let pub_wd = (p + 3).rem_euclid(7);
                let back = (pub_wd - wd as i64).rem_euclid(7);
                let back = if back == 0 { 7 } else { back };
                let start = if i > 0 && ["late", "early", "on"].contains(&lw[i - 1].as_str()) {
                    i - 1
                } else {
                    i
                };
                out.push(Found {
                    start,
                    end: i + 1,
                    days: Days::day(p - back),
                    relative_days: None,
                });
                i += 1;
                continue;
            }
            // A month alone: "in December".
            if i > 0
                && ["in", "during", "since", "early", "late", "mid"].contains(&lw[i - 1].as_str())
                && let Some(m) =
                    month(words[i]).filter(|_| words[i].len() > 3 || words[i].ends_with('.'))
            {
                let year = words.get(i + 1).and_then(|w| year_number(w));
                let y = year.unwrap_or_else(|| {
                    let d = place_in_year(m, 1, None, p);
                    civil_from_days(d).0
                });
                *month_hint = Some((m, Some(y)));
                let mut days = month_span(y, m);
                match lw[i - 1].as_str() {
                    "early" => days.to = days.from + 9,
                    "mid" => {
                        days.from += 9;
                        days.to = days.from + 11
                    }
                    "late" => days.from = days.to - 10,
                    _ => {}
                }
                let end = i + 1 + usize::from(year.is_some());
                out.push(Found {
                    start: i - 1,
                    end,
                    days,
                    relative_days: None,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d)
    }

    fn one(text: &str, published: (i64, u32, u32)) -> Vec<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut hint = None;
        find(
            &words,
            Some(day(published.0, published.1, published.2)),
            &mut hint,
        )
        .iter()
        .map(|f| match f.relative_days {
            Some(k) => format!("+{k}"),
            None => f.days.iso(),
        })
        .collect()
    }

    #[test]
    fn absolute_dates_take_the_year_before_publication() {
        assert_eq!(
            one("landed on 12 December and", (2019, 1, 28)),
            ["2018-12-12"]
        );
        assert_eq!(one("on Dec. 12, it", (2019, 1, 28)), ["2018-12-12"]);
        assert_eq!(one("on January 23 it", (2019, 1, 28)), ["2019-01-23"]);
        assert_eq!(one("on 12 December 2017.", (2019, 1, 28)), ["2017-12-12"]);
        assert_eq!(one("on the 21st", (2019, 1, 28)), Vec::<String>::new());
    }

    #[test]
    fn ranges_and_relative_dates() {
        assert_eq!(
            one("between 10 and 14 December", (2019, 1, 28)),
            ["2018-12-10/2018-12-14"]
        );
        assert_eq!(
            one("on 10-14 December", (2019, 1, 28)),
            ["2018-12-10/2018-12-14"]
        );
        assert_eq!(one("last month", (2019, 1, 28)), ["2018-12-01/2018-12-31"]);
        assert_eq!(one("last year", (2019, 1, 28)), ["2018-01-01/2018-12-31"]);
        // 2019-01-28 was a Monday.
        assert_eq!(one("late on Wednesday", (2019, 1, 28)), ["2019-01-23"]);
        assert_eq!(
            one("early this week", (2019, 1, 31)),
            ["2019-01-28/2019-01-30"]
        );
        assert_eq!(one("the following day", (2019, 1, 28)), ["+1"]);
        assert_eq!(one("in December", (2019, 1, 28)), ["2018-12-01/2018-12-31"]);
        assert_eq!(one("they may land", (2019, 1, 28)), Vec::<String>::new());
    }

    #[test]
    fn the_day_alone_uses_the_month_named_before() {
        let words: Vec<&str> = "landed on 12 December and left on the 21st"
            .split_whitespace()
            .collect();
        let mut hint = None;
        let f = find(&words, Some(day(2019, 1, 28)), &mut hint);
        let iso: Vec<String> = f.iter().map(|f| f.days.iso()).collect();
        assert_eq!(iso, ["2018-12-12", "2018-12-21"]);
    }
}
