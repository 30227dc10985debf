//! Stage 3: temporal expressions, found in the tokens and normalised in the
//! style of TimeML/HeidelTime against an anchor.
//!
//! - Calendar dates ("15 September", "Sept. 2", "December 10, 2018", "on
//!   the 21st"), with a weekday before them ("Sunday, 15 September",
//!   "Thursday (Oct. 16)") or a bare day number after one ("Thursday (20)").
//!   A date without a year takes the latest year that does not put it more
//!   than a week after publication.
//! - Ranges: "between 3 and 6 May", "from 1 to 7 May", "10-14 December",
//!   "the night of 25 to 26 August".
//! - Deictic words, against publication (or the day a quoted speaker spoke):
//!   a bare weekday is the most recent such day on or before it ("this
//!   Sunday" too, "last Sunday" strictly before, "next Sunday" after);
//!   "yesterday", "last night" the day before; "today", "this morning" the
//!   day itself; "this week", "last month", "in the past two weeks", "over
//!   the weekend" the span they name.
//! - Anaphoric words, against the story's current date: "the following
//!   day", "two days later", "later that day", "that night", "the day
//!   before", "a few hours later".
//! - Vague periods as intervals: "in late October" (21st to the end),
//!   "early August" (1st to 10th), "in March", "in 2013", "since January".
//!
//! This file holds the values and their normalising ([`resolve`]);
//! `dates/find.rs` finds the expressions in the tokens ([`find`]).

use crate::time::{civil_from_days, days_from_civil};

mod find;

pub use find::find;

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

/// Day of the month in "12", "12th", "1st", "21st".
pub fn day_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.', ';', ':', ')']);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix)) || digits.len() > 2 {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(word: &str) -> Option<i64> {
    let y: i64 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn weekday(word: &str) -> Option<i64> {
    WEEKDAYS.iter().position(|d| *d == word).map(|p| p as i64)
}

/// Weekday of a day number, Monday 0 (1970-01-01 was a Thursday).
pub fn weekday_of(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    (days_from_civil(ny, nm, 1) - days_from_civil(y, m, 1)) as u32
}

fn valid(y: i64, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// Day number of month/day in `year`, or in the latest year that keeps it
/// no more than a week after `anchor`.
fn place_in_year(m: u32, d: u32, year: Option<i64>, anchor: i64) -> Option<i64> {
    if let Some(y) = year {
        return valid(y, m, d).then(|| days_from_civil(y, m, d));
    }
    let (py, _, _) = civil_from_days(anchor);
    for y in [py, py - 1, py - 2, py - 3, py - 4] {
        if valid(y, m, d) {
            let day = days_from_civil(y, m, d);
            if day <= anchor + 7 {
                return Some(day);
            }
        }
    }
    None
}

fn month_span(y: i64, m: u32) -> Days {
    let from = days_from_civil(y, m, 1);
    Days {
        from,
        to: from + days_in_month(y, m) as i64 - 1,
    }
}

/// Early, mid or late in a month or week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The whole period.
    Whole,
    /// Days 1–10 (of a week: Monday to Wednesday).
    Early,
    /// Days 11–20.
    Mid,
    /// Day 21 to the end (of a week: Friday to Sunday).
    Late,
}

/// Which occurrence of a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// "on Monday", "this Monday": on or before the anchor.
    Bare,
    /// "last Monday": strictly before.
    Last,
    /// "next Monday": strictly after.
    Next,
}

/// What an expression means, before it is anchored.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A calendar date or range; years inferred when missing.
    Calendar {
        /// Month of the first day.
        month: u32,
        /// First day.
        day: u32,
        /// Month of the last day (a range across months).
        to_month: u32,
        /// Last day.
        to_day: u32,
        /// The year, when written.
        year: Option<i64>,
    },
    /// A month (maybe part of it).
    Month {
        /// 1–12.
        month: u32,
        /// The year, when written or said ("last year").
        year: Option<i64>,
        /// Whether a year offset from the anchor was said ("last year" = -1).
        year_back: Option<i64>,
        /// Early, mid, late.
        part: Part,
    },
    /// A whole year.
    Year(i64),
    /// A weekday, with its day of the month when the text gives it
    /// ("Thursday (20)").
    Weekday {
        /// Monday 0.
        wd: i64,
        /// Which occurrence.
        rel: Rel,
        /// The day of the month in brackets.
        dom: Option<u32>,
    },
    /// Days relative to the anchor: yesterday is (-1, -1).
    Deictic(i64, i64),
    /// "from Saturday through Monday": the last such span ending on or
    /// before the anchor (Monday 0).
    WeekdaySpan {
        /// First weekday.
        from: i64,
        /// Last weekday.
        to: i64,
    },
    /// The anchor's week (offset in weeks: 0 this, -1 last), or part of it.
    Week(i64, Part),
    /// The anchor's month (offset in months), from its first day to the anchor.
    MonthRel(i64),
    /// The anchor's year (offset in years).
    YearRel(i64),
    /// Days relative to the story's current date ("the following day" = (1, 1)).
    Anaphoric(i64, i64),
}

impl Value {
    /// One calendar day, in `year` when the text gives one.
    pub fn on(month: u32, day: u32, year: Option<i64>) -> Value {
        Value::in_month(month, day, day, year)
    }

    /// The days `from` to `to` of one `month` ("between 3 and 6 May").
    pub fn in_month(month: u32, from: u32, to: u32, year: Option<i64>) -> Value {
        Value::Calendar {
            month,
            day: from,
            to_month: month,
            to_day: to,
            year,
        }
    }
}

/// The date class of an expression (as the eval's truth names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A calendar date.
    Absolute,
    /// A weekday.
    Weekday,
    /// Relative to publication.
    Relative,
    /// Relative to the story's date.
    Carried,
    /// A range of dates.
    Range,
    /// A vague period.
    Vague,
}

/// Since, until, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The date itself.
    At,
    /// "since X": from X to the anchor.
    Since,
    /// "until X": to X.
    Until,
}

/// One temporal expression: tokens `first..last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// What it means.
    pub value: Value,
    /// Its class.
    pub class: Class,
    /// Since, until or at.
    pub bound: Bound,
}

/// Days a value means. `anchor` is the day deictic words count from
/// (publication, or the day a quoted speaker spoke); `current` the story's
/// date for anaphoric words; `future` is true in a clause about plans,
/// where a bare weekday points forward.
pub fn resolve(v: &Value, anchor: i64, current: Option<Days>, future: bool) -> Option<Days> {
    let (ay, am, _) = civil_from_days(anchor);
    Some(match v {
        Value::Calendar {
            month,
            day,
            to_month,
            to_day,
            year,
        } => {
            let from = place_in_year(*month, *day, *year, anchor)?;
            let (fy, _, _) = civil_from_days(from);
            let mut to_year = fy;
            if to_month < month {
                to_year += 1;
            }
            let to = if valid(to_year, *to_month, *to_day) {
                days_from_civil(to_year, *to_month, *to_day)
            } else {
                from
            };
            Days {
                from,
                to: to.max(from),
            }
        }
        Value::Month {
            month,
            year,
            year_back,
            part,
        } => {
            let y = match (year, year_back) {
                (Some(y), _) => *y,
                (None, Some(b)) => ay + b,
                (None, None) => {
                    if *month > am {
                        ay - 1
                    } else {
                        ay
                    }
                }
            };
            let mut s = month_span(y, *month);
            match part {
                Part::Early => s.to = s.from + 9,
                Part::Mid => {
                    s.from += 10;
                    s.to = s.from + 9;
                }
                Part::Late => s.from += 20,
                Part::Whole => {}
            }
            s
        }
        Value::Year(y) => Days {
            from: days_from_civil(*y, 1, 1),
            to: days_from_civil(*y, 12, 31),
        },
        Value::Weekday { wd, rel, dom } => {
            let awd = weekday_of(anchor);
            let back = (awd - wd).rem_euclid(7);
            let day = match (rel, future) {
                (Rel::Next, _) => {
                    anchor
                        + (wd - awd)
                            .rem_euclid(7)
                            .max(1)
                            .max(if awd == *wd { 7 } else { 0 })
                }
                (Rel::Bare, true) => anchor + (wd - awd).rem_euclid(7),
                (Rel::Last, _) => anchor - if back == 0 { 7 } else { back },
                (Rel::Bare, false) => anchor - back,
            };
            // "Thursday (20)": the Thursday that was the 20th, on or before the anchor.
            if let Some(dom) = dom {
                let mut d = day;
                for _ in 0..60 {
                    if civil_from_days(d).2 == *dom {
                        return Some(Days::day(d));
                    }
                    d -= 7;
                }
            }
            Days::day(day)
        }
        Value::Deictic(a, b) => Days {
            from: anchor + a,
            to: anchor + b,
        },
        Value::WeekdaySpan { from, to } => {
            let end = anchor - (weekday_of(anchor) - to).rem_euclid(7);
            Days {
                from: end - (to - from).rem_euclid(7),
                to: end,
            }
        }
        Value::Week(off, part) => {
            let mut monday = anchor - weekday_of(anchor) + 7 * off;
            let (a, b) = match part {
                Part::Early => (0, 2),
                Part::Mid => (2, 4),
                Part::Late => (4, 6),
                Part::Whole => (0, 6),
            };
            // "The weekend" told on a Monday: this week's has not begun, so
            // the one just past.
            if *off == 0 && monday + a > anchor {
                monday -= 7;
            }
            Days {
                from: monday + a,
                to: (monday + b).min(if *off == 0 { anchor } else { i64::MAX }),
            }
        }
        Value::MonthRel(off) => {
            let (mut y, mut m) = (ay, am as i64 + off);
            while m < 1 {
                m += 12;
                y -= 1;
            }
            let s = month_span(y, m as u32);
            if *off == 0 {
                Days {
                    from: s.from,
                    to: anchor,
                }
            } else {
                s
            }
        }
        Value::YearRel(off) => {
            let y = ay + off;
            Days {
                from: days_from_civil(y, 1, 1),
                to: if *off == 0 {
                    anchor
                } else {
                    days_from_civil(y, 12, 31)
                },
            }
        }
        Value::Anaphoric(a, b) => {
            let c = current?;
            Days {
                from: c.from + a,
                to: c.from + b,
            }
        }
    })
}

/// Days a value means without an anchor: only what names its year.
pub fn resolve_fixed(v: &Value) -> Option<Days> {
    match v {
        Value::Calendar { year: Some(_), .. }
        | Value::Month { year: Some(_), .. }
        | Value::Year(_) => resolve(v, 0, None, false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::text::parse;

    fn day(y: i64, m: u32, d: u32) -> i64 {
        days_from_civil(y, m, d)
    }

    /// Each expression in `text`, resolved against publication `p` with the
    /// story's date `current`.
    fn read(text: &str, p: (i64, u32, u32), current: Option<(i64, u32, u32)>) -> Vec<String> {
        let doc = parse(text);
        let anchor = day(p.0, p.1, p.2);
        let cur = current.map(|c| Days::day(day(c.0, c.1, c.2)));
        find(&doc)
            .iter()
            .map(|t| {
                resolve(&t.value, anchor, cur, false)
                    .map(|d| d.iso())
                    .unwrap_or_else(|| "?".into())
            })
            .collect()
    }

    #[test]
    fn calendar_dates_take_the_year_before_publication() {
        assert_eq!(
            read("landed on 12 December and", (2019, 1, 28), None),
            ["2018-12-12"]
        );
        assert_eq!(read("on Dec. 12, it", (2019, 1, 28), None), ["2018-12-12"]);
        assert_eq!(
            read("on January 23 it", (2019, 1, 28), None),
            ["2019-01-23"]
        );
        assert_eq!(
            read("on 12 December 2017.", (2019, 1, 28), None),
            ["2017-12-12"]
        );
        assert_eq!(
            read("on December 10, 2018, it", (2019, 1, 28), None),
            ["2018-12-10"]
        );
        assert_eq!(
            read("they may land", (2019, 1, 28), None),
            Vec::<String>::new()
        );
    }

    #[test]
    fn weekdays_are_the_last_such_day_on_or_before_publication() {
        // 2019-01-28 was a Monday.
        assert_eq!(
            read("late on Wednesday", (2019, 1, 28), None),
            ["2019-01-23"]
        );
        assert_eq!(read("on Monday", (2019, 1, 28), None), ["2019-01-28"]);
        assert_eq!(read("this Sunday", (2019, 1, 28), None), ["2019-01-27"]);
        assert_eq!(read("last Monday", (2019, 1, 28), None), ["2019-01-21"]);
        assert_eq!(read("next Monday", (2019, 1, 28), None), ["2019-02-04"]);
        assert_eq!(read("Tuesday morning", (2019, 1, 28), None), ["2019-01-22"]);
    }

    #[test]
    fn weekdays_with_a_date() {
        // 2025-03-21 was a Friday; Thursday the 20th, Sunday the 16th.
        assert_eq!(
            read("Early on Thursday afternoon (20), it", (2025, 3, 21), None),
            ["2025-03-20"]
        );
        assert_eq!(
            read("last Sunday (16) after", (2025, 3, 21), None),
            ["2025-03-16"]
        );
        assert_eq!(
            read("On Thursday (Oct. 16) a jet", (2025, 10, 18), None),
            ["2025-10-16"]
        );
        assert_eq!(
            read("on Monday (Dec. 14) it", (2020, 12, 16), None),
            ["2020-12-14"]
        );
        assert_eq!(
            read("the morning of Sunday, 15 September.", (2024, 9, 20), None),
            ["2024-09-15"]
        );
        assert_eq!(
            read("on Thursday, May 20, as", (2021, 5, 21), None),
            ["2021-05-20"]
        );
    }

    #[test]
    fn relative_to_publication() {
        assert_eq!(read("yesterday", (2019, 1, 28), None), ["2019-01-27"]);
        assert_eq!(read("last night", (2019, 1, 28), None), ["2019-01-27"]);
        assert_eq!(
            read("early this morning", (2019, 1, 28), None),
            ["2019-01-28"]
        );
        assert_eq!(
            read("landed today, Friday, in", (2025, 5, 16), None),
            ["2025-05-16"]
        );
        assert_eq!(
            read("yesterday, Monday, and", (2021, 2, 16), None),
            ["2021-02-15"]
        );
        assert_eq!(
            read("early this week", (2019, 1, 31), None),
            ["2019-01-28/2019-01-30"]
        );
        assert_eq!(
            read("last month", (2019, 1, 28), None),
            ["2018-12-01/2018-12-31"]
        );
        assert_eq!(
            read("over the past two weeks", (2023, 4, 12), None),
            ["2023-03-29/2023-04-12"]
        );
    }

    #[test]
    fn carried_from_the_story() {
        let c = Some((2024, 9, 18));
        assert_eq!(read("the next day", (2024, 9, 20), c), ["2024-09-19"]);
        assert_eq!(
            read("the following morning", (2024, 9, 20), c),
            ["2024-09-19"]
        );
        assert_eq!(read("two days later", (2024, 9, 20), c), ["2024-09-20"]);
        assert_eq!(read("later that day", (2024, 9, 20), c), ["2024-09-18"]);
        assert_eq!(read("the day before", (2024, 9, 20), c), ["2024-09-17"]);
        assert_eq!(read("a few hours later", (2024, 9, 20), c), ["2024-09-18"]);
        assert_eq!(read("that night", (2024, 9, 20), c), ["2024-09-18"]);
        assert_eq!(read("the following day", (2024, 9, 20), None), ["?"]);
    }

    #[test]
    fn ranges_and_vague_periods() {
        assert_eq!(
            read("between 10 and 14 December", (2019, 1, 28), None),
            ["2018-12-10/2018-12-14"]
        );
        assert_eq!(
            read("on 10-14 December", (2019, 1, 28), None),
            ["2018-12-10/2018-12-14"]
        );
        assert_eq!(
            read("on the night of 4 to 5 December", (2024, 12, 6), None),
            ["2024-12-04/2024-12-05"]
        );
        assert_eq!(
            read("in the week from 1 to 7 May", (2022, 5, 8), None),
            ["2022-05-01/2022-05-07"]
        );
        assert_eq!(
            read("in late October", (2026, 2, 2), None),
            ["2025-10-21/2025-10-31"]
        );
        assert_eq!(
            read("in early August last year", (2024, 11, 26), None),
            ["2023-08-01/2023-08-10"]
        );
        assert_eq!(
            read("In March it", (2024, 9, 20), None),
            ["2024-03-01/2024-03-31"]
        );
        assert_eq!(
            read("in January 2023", (2024, 9, 20), None),
            ["2023-01-01/2023-01-31"]
        );
        assert_eq!(
            read("after trips in 2008 and 2013", (2018, 12, 11), None),
            ["2008-01-01/2008-12-31", "2013-01-01/2013-12-31"]
        );
        assert_eq!(
            read("on 2 and 3 November", (2024, 11, 20), None),
            ["2024-11-02", "2024-11-03"]
        );
        assert_eq!(
            read("logged on 2024-05-12 at", (2024, 11, 20), None),
            ["2024-05-12"]
        );
        assert_eq!(
            read("two weeks ago", (2019, 1, 30), None),
            ["2019-01-14/2019-01-20"]
        );
    }
}
