//! Stage 3: temporal expressions, found in the tokens and normalised in the
//! style of TimeML/HeidelTime against an anchor.
//!
//! - Calendar dates ("15 September", "Sept. 2", "December 10, 2018", "3rd
//!   May", "on 3 May last year"), with a weekday before them ("Sunday, 15
//!   September", "Sat 3 May", "Thursday (Oct. 16)") or a bare day number
//!   after one ("Thursday (20)"); numbers ("2024-05-12", "12.05.2024",
//!   "13/03/2025"; day and month only where they can be told apart); a day
//!   alone ("on the 3rd", in the story's month); feasts ("Christmas Day",
//!   "New Year's Eve"). A date without a year takes the latest year that
//!   does not put it more than a week after publication.
//! - Ranges: "between 3 and 6 May", "from 1 to 7 May", "10-14 December",
//!   "May 3–6", "from May 3 to May 6", "the night of 25 to 26 August",
//!   "between September and mid-November"; weekday spans "from Saturday
//!   through Monday", "between Monday and Wednesday", and nights
//!   "overnight Saturday into Sunday", "the night of Friday to Saturday".
//! - Deictic words, against publication (or the day a quoted speaker spoke):
//!   a bare weekday is the most recent such day on or before it ("this
//!   Sunday" too, "last Sunday" strictly before, "next Sunday" after,
//!   "Thursday last week" in that week); "yesterday", "last night" the day
//!   before; "today", "this morning" the day itself; "this week", "last
//!   month", "in the past two weeks", "in the past 24 hours" the span they
//!   name; "the weekend" is the last Saturday and Sunday begun by then.
//! - Anaphoric words, against the story's current date: "the following
//!   day", "two days later", "48 hours later", "later that day", "that
//!   night", "the day before", "a few hours later", "the following
//!   Monday", "the following weekend", "the previous week".
//! - Vague periods as intervals: "in late October" (21st to the end),
//!   "early August" (1st to 10th), "mid-April", "at the end of last month",
//!   "the first half of May", "the first week of May", "in March", "in
//!   2013", "since January".
//!
//! This file holds the values and their normalising ([`resolve`]);
//! `dates/find.rs` finds the expressions in the tokens ([`find`]).

use crate::time::{civil_from_days, days_from_civil};

mod find;

pub(crate) use find::length_word;
pub use find::{find, find_with};

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

pub(crate) fn year_number(word: &str) -> Option<i64> {
    let y: i64 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

pub(crate) fn weekday(word: &str) -> Option<i64> {
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

/// A day or month the text gives no year, in a story told in an earlier
/// year than its anchor ("On 2 March 2022 it flew to Moscow … On 14
/// October a spotter saw it at Sochi"): in the year of `story`, the
/// story's last date, when that keeps it on or after that date. `None`
/// for anything else, which [`resolve`] places.
pub fn in_story_year(v: &Value, anchor: i64, story: Option<Days>) -> Option<Days> {
    let c = story?;
    let (cy, _, _) = civil_from_days(c.from);
    let (ay, _, _) = civil_from_days(anchor);
    if cy >= ay {
        return None;
    }
    match v {
        &Value::Calendar {
            month,
            day,
            to_month,
            to_day,
            year: None,
            year_back: None,
        } => {
            let dated = Value::Calendar {
                month,
                day,
                to_month,
                to_day,
                year: Some(cy),
                year_back: None,
            };
            resolve(&dated, anchor, None, false).filter(|d| d.from >= c.from)
        }
        Value::Month {
            year: None,
            year_back: None,
            month,
            part,
        } => Some(month_part(month_span(cy, *month), *part)).filter(|d| d.to >= c.from),
        _ => None,
    }
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
    /// Days 1–15 ("the first half of May").
    FirstHalf,
    /// Day 16 to the end ("the second half of April").
    SecondHalf,
    /// The n-th seven days of a month, 1–4, or 5 for its last seven ("the
    /// first week of May", "the last week of June").
    WeekOf(u8),
    /// Saturday and Sunday of a week ("over the weekend").
    Weekend,
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
    /// "the following Monday": strictly after the story's date.
    Following,
    /// "the previous Monday": strictly before the story's date.
    Preceding,
    /// "that same Monday", "on the Monday": the such day nearest the
    /// story's date (a bare weekday when the story has none).
    Same,
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
        /// A year offset from the anchor, when said ("on 3 May last year" = -1).
        year_back: Option<i64>,
    },
    /// A day of the month with no month named ("on the 3rd"): in the
    /// story's month, or the anchor's (or the one before) when the story
    /// has no date yet.
    DayOfMonth {
        /// 1–31.
        day: u32,
        /// A month offset from the anchor, when said ("the 3rd of this month" = 0).
        month_back: Option<i64>,
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
        /// The week it is in, when said ("Thursday last week" = -1).
        week: Option<i64>,
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
    /// The anchor's month (offset in months), or part of it; this month's
    /// ends at the anchor.
    MonthRel(i64, Part),
    /// The anchor's year (offset in years).
    YearRel(i64),
    /// The anchor's day so many years back ("three years ago today" = 3).
    YearsAgoToday(i64),
    /// Days relative to the story's current date ("the following day" = (1, 1)).
    Anaphoric(i64, i64),
    /// From the start of one period to the end of another ("between
    /// September and mid-November").
    Span(Box<Value>, Box<Value>),
    /// A week relative to the story's current date, or part of it ("the
    /// following week" = (1, Whole), "the following weekend" = (1, Weekend):
    /// the first one to begin after that date).
    AnaphoricWeek(i64, Part),
    /// A month relative to the story's current date ("that same month" = 0,
    /// "the following month" = 1).
    AnaphoricMonth(i64),
}

impl Value {
    /// A day, run of days or month written with its year ("14 and 19
    /// January 2024", "July 2021").
    pub fn written_year(&self) -> bool {
        matches!(
            self,
            Value::Calendar { year: Some(_), .. } | Value::Month { year: Some(_), .. }
        )
    }

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
            year_back: None,
        }
    }

    /// The same calendar date with a year said as an offset from the
    /// anchor's ("last year"), when there is one.
    pub fn back(self, year_back: Option<i64>) -> Value {
        match self {
            Value::Calendar {
                month,
                day,
                to_month,
                to_day,
                year,
                ..
            } if year_back.is_some() => Value::Calendar {
                month,
                day,
                to_month,
                to_day,
                year,
                year_back,
            },
            v => v,
        }
    }

    /// True for a value counted from the story's current date rather than
    /// from publication.
    pub fn is_anaphoric(&self) -> bool {
        matches!(
            self,
            Value::Anaphoric(..)
                | Value::AnaphoricWeek(..)
                | Value::AnaphoricMonth(..)
                | Value::Weekday {
                    rel: Rel::Following | Rel::Preceding | Rel::Same,
                    ..
                }
        )
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

impl Timex {
    /// A day followed by the possessive "'s" ("for Wednesday's game"): the
    /// day of the thing it names, not of a movement.
    pub fn owns_noun(&self, doc: &super::text::Doc) -> bool {
        doc.word(self.last) == "'" && doc.word(self.last + 1) == "s"
    }

    /// "until Sunday", "till 5 May": the end of something, told with
    /// "until" or "till" right before the day.
    pub fn after_until(&self, doc: &super::text::Doc) -> bool {
        self.first > 0 && ["until", "till"].contains(&doc.word(self.first - 1))
    }
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
            year_back,
        } => {
            let year = year.or(year_back.map(|b| ay + b));
            let from = place_in_year(*month, *day, year, anchor)?;
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
            month_part(month_span(y, *month), *part)
        }
        Value::DayOfMonth { day, month_back } => {
            let (y, m) = match (month_back, current) {
                (Some(b), _) => month_back_from(ay, am, *b),
                // The such day nearest the story's date, not after the anchor.
                (None, Some(c)) => {
                    let (cy, cm, cd) = civil_from_days(c.from);
                    // ("landed at Geneva on 2 September … On the 19th it
                    // flew back": later in the story's month, when the day
                    // is not after the anchor.)
                    if *day >= cd && valid(cy, cm, *day) && days_from_civil(cy, cm, *day) <= anchor
                    {
                        return Some(Days::day(days_from_civil(cy, cm, *day)));
                    }
                    return [-1, 0, 1]
                        .iter()
                        .map(|off| month_back_from(cy, cm, *off))
                        .filter(|(y, m)| valid(*y, *m, *day))
                        .map(|(y, m)| days_from_civil(y, m, *day))
                        .filter(|d| *d <= anchor)
                        .min_by_key(|d| (d - c.from).abs())
                        .map(Days::day);
                }
                // The last such day on or before the anchor.
                (None, None) => {
                    let (_, _, ad) = civil_from_days(anchor);
                    month_back_from(ay, am, if *day <= ad { 0 } else { -1 })
                }
            };
            if !valid(y, m, *day) {
                return None;
            }
            Days::day(days_from_civil(y, m, *day))
        }
        Value::Year(y) => Days {
            from: days_from_civil(*y, 1, 1),
            to: days_from_civil(*y, 12, 31),
        },
        Value::Weekday {
            wd,
            rel: rel @ (Rel::Following | Rel::Preceding),
            ..
        } => {
            let c = current?.from;
            let cwd = weekday_of(c);
            if *rel == Rel::Following {
                let ahead = (wd - cwd).rem_euclid(7);
                Days::day(c + if ahead == 0 { 7 } else { ahead })
            } else {
                let back = (cwd - wd).rem_euclid(7);
                Days::day(c - if back == 0 { 7 } else { back })
            }
        }
        Value::Weekday {
            wd, rel: Rel::Same, ..
        } if current.is_some() => {
            let c = current?.from;
            let cwd = weekday_of(c);
            let back = (cwd - wd).rem_euclid(7);
            let ahead = (wd - cwd).rem_euclid(7);
            Days::day(if back <= ahead { c - back } else { c + ahead })
        }
        Value::Weekday {
            wd,
            week: Some(off),
            ..
        } => Days::day(anchor - weekday_of(anchor) + 7 * off + wd),
        Value::Weekday { wd, rel, dom, .. } => {
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
                (Rel::Last, _) => anchor - if back == 0 { 7 } else { back },
                (_, false) => anchor - back,
                (_, true) => anchor + (wd - awd).rem_euclid(7),
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
            let (a, b) = week_part(*part);
            // "The weekend" told on a Thursday: this week's has not begun,
            // so the one just past; in a clause about plans, this week's.
            if *off == 0 && monday + a > anchor && !future {
                monday -= 7;
            }
            Days {
                // In a plan, the days still to come.
                from: if *off == 0 && future {
                    (monday + a).max(anchor)
                } else {
                    monday + a
                },
                to: (monday + b).min(if *off == 0 && !future {
                    anchor
                } else {
                    i64::MAX
                }),
            }
        }
        Value::MonthRel(off, part) => {
            let (y, m) = month_back_from(ay, am, *off);
            let s = month_part(month_span(y, m), *part);
            if *off == 0 {
                Days {
                    from: s.from.min(anchor),
                    to: s.to.min(anchor),
                }
            } else {
                s
            }
        }
        Value::YearsAgoToday(k) => {
            let (y, m, d) = civil_from_days(anchor);
            let y = y - k;
            Days::day(days_from_civil(y, m, d.min(days_in_month(y, m))))
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
        Value::Span(a, b) => {
            let a = resolve(a, anchor, current, future)?;
            let b = resolve(b, anchor, current, future)?;
            if b.to < a.from {
                return None;
            }
            Days {
                from: a.from,
                to: b.to,
            }
        }
        Value::AnaphoricMonth(off) => {
            let (y, m, _) = civil_from_days(current?.from);
            let (y, m) = month_back_from(y, m, *off);
            month_span(y, m)
        }
        Value::AnaphoricWeek(off, part) => {
            let c = current?.from;
            let (a, b) = week_part(*part);
            let mut monday = c - weekday_of(c) + 7 * off;
            // "The following weekend" from a Thursday: the one two days on.
            if *off > 0 && monday - 7 + a > c {
                monday -= 7;
            }
            Days {
                from: monday + a,
                to: monday + b,
            }
        }
    })
}

/// The year and month `off` months from `y`-`m` (-1: the month before).
fn month_back_from(y: i64, m: u32, off: i64) -> (i64, u32) {
    let n = y * 12 + (m as i64 - 1) + off;
    (n.div_euclid(12), (n.rem_euclid(12) + 1) as u32)
}

/// Part of a month's span.
fn month_part(mut s: Days, part: Part) -> Days {
    match part {
        Part::Early => s.to = s.from + 9,
        Part::Mid => {
            s.from += 10;
            s.to = s.from + 9;
        }
        Part::Late => s.from += 20,
        Part::FirstHalf => s.to = s.from + 14,
        Part::SecondHalf => s.from += 15,
        Part::WeekOf(5) => s.from = s.to - 6,
        Part::WeekOf(n) => {
            s.from += 7 * (n.clamp(1, 4) as i64 - 1);
            s.to = s.from + 6;
        }
        Part::Whole | Part::Weekend => {}
    }
    s
}

/// First and last day of part of a week, Monday 0.
fn week_part(part: Part) -> (i64, i64) {
    match part {
        Part::Early | Part::FirstHalf => (0, 2),
        Part::Mid => (2, 4),
        Part::Late | Part::SecondHalf => (4, 6),
        Part::Weekend => (5, 6),
        Part::Whole | Part::WeekOf(_) => (0, 6),
    }
}

/// Days a value means without an anchor: only what names its year.
pub fn resolve_fixed(v: &Value) -> Option<Days> {
    match v {
        Value::Calendar { year: Some(_), .. }
        | Value::Month { year: Some(_), .. }
        | Value::Year(_) => resolve(v, 0, None, false),
        Value::Span(a, b) => {
            let (a, b) = (resolve_fixed(a)?, resolve_fixed(b)?);
            (b.to >= a.from).then_some(Days {
                from: a.from,
                to: b.to,
            })
        }
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

    #[test]
    fn dates_written_in_numbers() {
        let p = (2025, 5, 8);
        assert_eq!(read("on 03.05.2025 it", p, None), ["2025-05-03"]);
        assert_eq!(read("on 2025/05/03 it", p, None), ["2025-05-03"]);
        assert_eq!(read("on 13/03/2025 it", p, None), ["2025-03-13"]);
        assert_eq!(read("on 03/13/2025 it", p, None), ["2025-03-13"]);
        assert_eq!(read("on 12/12/2024 it", p, None), ["2024-12-12"]);
        // Day and month cannot be told apart: no date.
        assert_eq!(read("on 3/5/2025 it", p, None), Vec::<String>::new());
        assert_eq!(read("version 1.2.2024.3 of", p, None), Vec::<String>::new());
    }

    #[test]
    fn a_day_of_the_month_alone() {
        assert_eq!(
            read("landed on the 3rd.", (2025, 5, 8), None),
            ["2025-05-03"]
        );
        assert_eq!(
            read("landed on the 30th.", (2025, 6, 1), None),
            ["2025-05-30"]
        );
        assert_eq!(
            read("on the 3rd of this month", (2025, 5, 8), None),
            ["2025-05-03"]
        );
        // The such day nearest the story's date.
        assert_eq!(
            read("left on the 28th.", (2025, 5, 8), Some((2025, 4, 26))),
            ["2025-04-28"]
        );
        assert_eq!(
            read("left on the 3rd.", (2025, 5, 8), Some((2025, 4, 28))),
            ["2025-05-03"]
        );
        assert_eq!(
            read("left on the 25th.", (2025, 5, 8), Some((2025, 5, 3))),
            ["2025-04-25"]
        );
        // Not a unit's number.
        assert_eq!(
            read("on the 21st Airborne", (2025, 5, 8), None),
            Vec::<String>::new()
        );
    }

    #[test]
    fn feasts_and_years_said_in_words() {
        let p = (2025, 1, 2);
        assert_eq!(read("on New Year's Eve", p, None), ["2024-12-31"]);
        assert_eq!(read("on New Year’s Day", p, None), ["2025-01-01"]);
        assert_eq!(read("on Christmas Day", p, None), ["2024-12-25"]);
        assert_eq!(read("on Boxing Day", p, None), ["2024-12-26"]);
        assert_eq!(
            read("on Christmas Eve last year", (2024, 12, 13), None),
            ["2023-12-24"]
        );
        assert_eq!(
            read("on 3 May last year", (2025, 5, 8), None),
            ["2024-05-03"]
        );
        assert_eq!(
            read("on May 3 last year", (2025, 5, 8), None),
            ["2024-05-03"]
        );
    }

    #[test]
    fn parts_of_a_month() {
        let p = (2025, 5, 8);
        assert_eq!(read("in mid-April", p, None), ["2025-04-11/2025-04-20"]);
        assert_eq!(
            read("towards the end of April", p, None),
            ["2025-04-21/2025-04-30"]
        );
        assert_eq!(
            read("at the beginning of April", p, None),
            ["2025-04-01/2025-04-10"]
        );
        assert_eq!(
            read("in the middle of April", p, None),
            ["2025-04-11/2025-04-20"]
        );
        assert_eq!(
            read("in the second half of April", p, None),
            ["2025-04-16/2025-04-30"]
        );
        assert_eq!(
            read("in the first week of May", p, None),
            ["2025-05-01/2025-05-07"]
        );
        assert_eq!(
            read("in the last week of April", p, None),
            ["2025-04-24/2025-04-30"]
        );
        assert_eq!(read("late last month", p, None), ["2025-04-21/2025-04-30"]);
        assert_eq!(
            read("at the end of last month", p, None),
            ["2025-04-21/2025-04-30"]
        );
        assert_eq!(
            read("between February and mid-April", p, None),
            ["2025-02-01/2025-04-20"]
        );
        assert_eq!(
            read("from late March until the end of April", p, None),
            ["2025-03-21/2025-04-30"]
        );
    }

    #[test]
    fn weekdays_in_a_named_week_and_abbreviated() {
        // 2025-05-08 was a Thursday.
        let p = (2025, 5, 8);
        assert_eq!(read("on Thursday last week", p, None), ["2025-05-01"]);
        assert_eq!(read("on Tuesday of last week", p, None), ["2025-04-29"]);
        assert_eq!(read("on Monday this week", p, None), ["2025-05-05"]);
        assert_eq!(read("landed on Sat. It", p, None), ["2025-05-03"]);
        assert_eq!(read("on Weds 7 May", p, None), ["2025-05-07"]);
        assert_eq!(read("Sat 3 May", p, None), ["2025-05-03"]);
        assert_eq!(read("The Sun reported", p, None), Vec::<String>::new());
    }

    #[test]
    fn spans_of_weekdays_and_nights() {
        // 2025-05-08 was a Thursday.
        let p = (2025, 5, 8);
        for text in [
            "between Monday and Wednesday",
            "Monday through Wednesday",
            "from Monday to Wednesday",
        ] {
            assert_eq!(read(text, p, None), ["2025-05-05/2025-05-07"], "{text}");
        }
        for text in [
            "overnight Saturday into Sunday",
            "overnight Saturday",
            "on the night of Saturday to Sunday",
            "in the night from Saturday to Sunday",
            "late Saturday night into Sunday",
            "on the night of 3/4 May",
        ] {
            assert_eq!(read(text, p, None), ["2025-05-03/2025-05-04"], "{text}");
        }
        assert_eq!(
            read(
                "on the night of 31 December to 1 January",
                (2025, 1, 2),
                None
            ),
            ["2024-12-31/2025-01-01"]
        );
        assert_eq!(read("on May 3–6", p, None), ["2025-05-03/2025-05-06"]);
        assert_eq!(
            read("from May 3 to May 6", p, None),
            ["2025-05-03/2025-05-06"]
        );
    }

    #[test]
    fn the_weekend_is_saturday_and_sunday() {
        // A Thursday, a Monday, a Sunday.
        assert_eq!(
            read("over the weekend", (2025, 5, 8), None),
            ["2025-05-03/2025-05-04"]
        );
        assert_eq!(
            read("over the weekend", (2025, 5, 12), None),
            ["2025-05-10/2025-05-11"]
        );
        assert_eq!(
            read("this weekend", (2025, 5, 11), None),
            ["2025-05-10/2025-05-11"]
        );
        assert_eq!(
            read("last weekend", (2025, 5, 11), None),
            ["2025-05-03/2025-05-04"]
        );
        assert_eq!(
            read("this past weekend", (2025, 5, 12), None),
            ["2025-05-10/2025-05-11"]
        );
        assert_eq!(
            read("a fortnight ago", (2025, 5, 8), None),
            ["2025-04-21/2025-04-27"]
        );
        assert_eq!(
            read("in the past 24 hours", (2025, 5, 8), None),
            ["2025-05-07/2025-05-08"]
        );
    }

    #[test]
    fn carried_weeks_weekdays_and_hours() {
        // The story's date: Thursday 3 April 2025.
        let c = Some((2025, 4, 3));
        let p = (2025, 5, 8);
        assert_eq!(read("the following Monday", p, c), ["2025-04-07"]);
        assert_eq!(read("the next Thursday", p, c), ["2025-04-10"]);
        assert_eq!(read("the previous Friday", p, c), ["2025-03-28"]);
        assert_eq!(
            read("the following weekend", p, c),
            ["2025-04-05/2025-04-06"]
        );
        assert_eq!(read("the following week", p, c), ["2025-04-07/2025-04-13"]);
        assert_eq!(read("the week before", p, c), ["2025-03-24/2025-03-30"]);
        assert_eq!(read("24 hours later", p, c), ["2025-04-04"]);
        assert_eq!(read("48 hours earlier", p, c), ["2025-04-01"]);
        assert_eq!(read("36 hours later", p, c), ["2025-04-04/2025-04-05"]);
        assert_eq!(read("a fortnight later", p, c), ["2025-04-17"]);
        assert_eq!(read("the following Monday", p, None), ["?"]);
    }

    #[test]
    fn two_days_of_a_month_and_ordinals_after_the_month() {
        let p = (2025, 5, 8);
        assert_eq!(read("on May the 3rd", p, None), ["2025-05-03"]);
        assert_eq!(
            read("in the early hours of the 4th", p, None),
            ["2025-05-04"]
        );
        assert_eq!(
            read("from 3 until 6 May", p, None),
            ["2025-05-03/2025-05-06"]
        );
        assert_eq!(
            read("parked 3 to 6 May", p, None),
            ["2025-05-03/2025-05-06"]
        );
        assert_eq!(
            read("between the 3rd and the 6th of May", p, None),
            ["2025-05-03/2025-05-06"]
        );
        assert_eq!(
            read("from the 3rd to the 6th", p, None),
            ["2025-05-03/2025-05-06"]
        );
        assert_eq!(
            read("the week before last", p, None),
            ["2025-04-21/2025-04-27"]
        );
        assert_eq!(
            read("the weekend before last", p, None),
            ["2025-04-26/2025-04-27"]
        );
        assert_eq!(
            read("the morning after", p, Some((2025, 5, 3))),
            ["2025-05-04"]
        );
        // Not dates.
        assert_eq!(read("from 3 to 6 aircraft", p, None), Vec::<String>::new());
    }

    #[test]
    fn this_week_and_the_weekend_in_a_plan_are_the_days_to_come() {
        // Tuesday 2018-12-11 and Friday 2025-11-07.
        let week = resolve(&Value::Week(0, Part::Whole), day(2018, 12, 11), None, true);
        assert_eq!(week.map(|d| d.iso()), Some("2018-12-11/2018-12-16".into()));
        let weekend = resolve(&Value::Week(0, Part::Weekend), day(2025, 11, 7), None, true);
        assert_eq!(
            weekend.map(|d| d.iso()),
            Some("2025-11-08/2025-11-09".into())
        );
    }
}
