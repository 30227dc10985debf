//! The timeline: one row per aircraft over the loaded time span, a bar for
//! each leg and a lighter one for each stopover, under an axis of days; and
//! the brush that narrows the filter to a time range.
//!
//! # Units
//! SVG user units of a chart [`WIDTH`] wide; times in Unix seconds.

use crate::Dataset;
use crate::filter::Filter;
use crate::ids::{ItemId, LegId, StopId};
use crate::routes::{End, Routes};
use crate::time::{civil_from_days, human_duration, short_utc};

use super::colour;

/// The chart's width in SVG units.
pub const WIDTH: f64 = 1000.0;
/// The width of the aircraft labels left of the bars.
pub const LABEL_W: f64 = 120.0;
/// The height of a row.
pub const ROW_H: f64 = 28.0;
/// The height of the axis above the rows.
pub const AXIS_H: f64 = 24.0;

/// A leg or a stopover on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The leg or stopover drawn.
    pub id: ItemId,
    /// Left edge.
    pub x: f64,
    /// Width (at least 2, so that a short stop can be clicked).
    pub w: f64,
    /// Its tooltip: airports, times and duration.
    pub title: String,
    /// A stopover rather than a leg.
    pub ground: bool,
}

/// One aircraft's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The index of its track in the dataset.
    pub track: usize,
    /// Its label (registration, callsign or address).
    pub label: String,
    /// Its colour, as on the map.
    pub colour: &'static str,
    /// Its legs, then its stopovers.
    pub bars: Vec<Bar>,
}

/// The timeline of the loaded data.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The time span drawn.
    pub span: Span,
    /// The chart's height in SVG units.
    pub height: f64,
    /// One row per aircraft with points.
    pub rows: Vec<Row>,
    /// The axis: `(x, "DD/MM")` at midnights UTC.
    pub ticks: Vec<(f64, String)>,
}

/// The time span a chart draws, Unix seconds (`t1 > t0`), and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// The first time drawn.
    pub t0: i64,
    /// The last time drawn.
    pub t1: i64,
}

impl Span {
    /// The x of a time.
    pub fn x(&self, t: i64) -> f64 {
        LABEL_W
            + (WIDTH - LABEL_W - 10.0) * (t - self.t0) as f64 / (self.t1 - self.t0).max(1) as f64
    }

    /// The time at an x, within the span.
    pub fn t(&self, x: f64) -> i64 {
        let f = ((x - LABEL_W) / (WIDTH - LABEL_W - 10.0)).clamp(0.0, 1.0);
        self.t0 + (f * (self.t1 - self.t0) as f64).round() as i64
    }

    /// The axis: a tick at midnight UTC every day, or every few days so
    /// that there are about eight, labelled `DD/MM`. A span within one day
    /// has at most the midnight it crosses.
    pub fn day_ticks(&self) -> Vec<(f64, String)> {
        let day0 = self.t0.div_euclid(86_400) + 1;
        let days = (self.t1 - self.t0) / 86_400 + 1;
        let every = (days / 8).max(1);
        (0..days)
            .step_by(every as usize)
            .map(|k| {
                let d = day0 + k;
                let (_, m, dd) = civil_from_days(d);
                (self.x(d * 86_400), format!("{dd:02}/{m:02}"))
            })
            .filter(|(px, _)| *px <= WIDTH)
            .collect()
    }
}

/// The code of a leg's end, `?` when no airport is known.
fn code(e: &Option<End>) -> &'static str {
    e.as_ref().map_or("?", |e| e.airport.airport.icao)
}

/// One row per aircraft over the loaded time span.
pub fn chart(data: &Dataset, routes: &Routes) -> Chart {
    let spans: Vec<(i64, i64)> = data.tracks.iter().filter_map(|t| t.points.span()).collect();
    let t0 = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let t1 = spans.iter().map(|s| s.1).max().unwrap_or(1).max(t0 + 1);
    let span = Span { t0, t1 };
    let x = |t: i64| span.x(t);
    let rows = data
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.points.is_empty())
        .map(|(i, t)| {
            let legs = routes
                .legs
                .iter()
                .enumerate()
                .filter(|(_, l)| l.track == i)
                .map(|(n, l)| Bar {
                    id: LegId(n).into(),
                    x: x(l.takeoff),
                    w: (x(l.landing) - x(l.takeoff)).max(2.0),
                    title: format!(
                        "{} → {}: {} → {} UTC ({})",
                        code(&l.from),
                        code(&l.to),
                        short_utc(l.takeoff),
                        short_utc(l.landing),
                        human_duration(l.duration_s())
                    ),
                    ground: false,
                });
            let stops = routes
                .stopovers
                .iter()
                .enumerate()
                .filter(|(_, s)| s.track == i)
                .map(|(n, s)| Bar {
                    id: StopId(n).into(),
                    x: x(s.arrival),
                    w: (x(s.departure) - x(s.arrival)).max(2.0),
                    title: format!(
                        "On the ground at {}: {} ({} → {} UTC)",
                        s.airport.airport.icao,
                        human_duration(s.ground_time_s()),
                        short_utc(s.arrival),
                        short_utc(s.departure)
                    ),
                    ground: true,
                });
            Row {
                track: i,
                label: t.identity.label(),
                colour: colour(i),
                bars: legs.chain(stops).collect(),
            }
        })
        .collect::<Vec<_>>();
    Chart {
        span,
        height: AXIS_H + ROW_H * rows.len().max(1) as f64 + 6.0,
        rows,
        ticks: span.day_ticks(),
    }
}

/// A press and release closer than this (SVG units) is a click, not a brush.
const CLICK: f64 = 4.0;

impl Chart {
    /// The top of the `i`th row.
    pub fn row_y(i: usize) -> f64 {
        AXIS_H + ROW_H * i as f64
    }

    /// The time range a brush dragged from `a` to `b` selects; None for a
    /// click (a drag of under 4 units).
    pub fn brushed(&self, a: f64, b: f64) -> Option<(i64, i64)> {
        ((a - b).abs() >= CLICK).then(|| (self.span.t(a.min(b)), self.span.t(a.max(b))))
    }

    /// The band drawn over the rows: the brush being dragged, else the
    /// filter's time range, as `(x, width)`; None when neither narrows.
    pub fn band(&self, brush: Option<(f64, f64)>, filter: &Filter) -> Option<(f64, f64)> {
        if let Some((a, b)) = brush {
            return Some((a.min(b).max(LABEL_W), (a - b).abs()));
        }
        if filter.from.is_none() && filter.to.is_none() {
            return None;
        }
        let Span { t0, t1 } = self.span;
        let a = self.span.x(filter.from.unwrap_or(t0).max(t0));
        let b = self.span.x(filter.to.unwrap_or(t1).min(t1));
        Some((a, (b - a).max(1.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2019-01-23T00:00:00Z.
    const DAY: i64 = 1_548_201_600;

    fn labels(span: Span) -> Vec<String> {
        span.day_ticks().into_iter().map(|t| t.1).collect()
    }

    #[test]
    fn the_axis_marks_days_over_minutes_hours_days_and_weeks() {
        // Minutes: only the midnight the span crosses, if any.
        let minutes = Span {
            t0: DAY - 600,
            t1: DAY + 1200,
        };
        assert_eq!(labels(minutes), ["23/01"]);
        let ticks = minutes.day_ticks();
        assert!((ticks[0].0 - minutes.x(DAY)).abs() < 1e-9);
        let morning = Span {
            t0: DAY + 3600,
            t1: DAY + 3600 + 1800,
        };
        assert!(labels(morning).is_empty());
        // Hours: six in the afternoon cross no midnight.
        let hours = Span {
            t0: DAY + 12 * 3600,
            t1: DAY + 18 * 3600,
        };
        assert!(labels(hours).is_empty());
        // Days: every midnight.
        let days = Span {
            t0: DAY + 3600,
            t1: DAY + 5 * 86_400,
        };
        assert_eq!(labels(days), ["24/01", "25/01", "26/01", "27/01", "28/01"]);
        // Weeks: every few days, about eight ticks, all on the chart.
        let weeks = Span {
            t0: DAY,
            t1: DAY + 10 * 7 * 86_400,
        };
        let w = weeks.day_ticks();
        assert!((8..=10).contains(&w.len()), "{w:?}");
        assert_eq!(w[0].1, "24/01");
        assert_eq!(w[1].1, "01/02", "every 8 days");
        assert!(w.iter().all(|(x, _)| (LABEL_W..=WIDTH).contains(x)));
        assert!(w.windows(2).all(|p| p[0].0 < p[1].0));
    }

    #[test]
    fn x_and_time_are_inverse_and_clamped() {
        let s = Span {
            t0: DAY,
            t1: DAY + 86_400,
        };
        assert_eq!(s.x(DAY), LABEL_W);
        assert_eq!(s.x(DAY + 86_400), WIDTH - 10.0);
        assert_eq!(s.t(s.x(DAY + 43_200)), DAY + 43_200);
        assert_eq!(s.t(0.0), DAY);
        assert_eq!(s.t(WIDTH), DAY + 86_400);
    }

    #[test]
    fn a_brush_selects_a_range_and_a_click_selects_nothing() {
        let c = Chart {
            span: Span {
                t0: DAY,
                t1: DAY + 86_400,
            },
            height: 100.0,
            rows: Vec::new(),
            ticks: Vec::new(),
        };
        assert_eq!(c.brushed(300.0, 302.0), None);
        let (a, b) = c
            .brushed(c.span.x(DAY + 7200), c.span.x(DAY + 3600))
            .unwrap();
        assert_eq!((a, b), (DAY + 3600, DAY + 7200));
        assert_eq!(c.band(None, &Filter::default()), None);
        assert_eq!(
            c.band(Some((400.0, 300.0)), &Filter::default()),
            Some((300.0, 100.0))
        );
        let f = Filter {
            from: Some(DAY - 5000),
            ..Filter::default()
        };
        let (x, w) = c.band(None, &f).unwrap();
        assert_eq!((x, x + w), (LABEL_W, WIDTH - 10.0), "clamped to the span");
    }

    #[test]
    fn the_demo_has_a_row_per_aircraft_with_its_legs_and_stops() {
        let data = crate::demo_data();
        let r = crate::routes::find(
            &data.tracks,
            crate::airports::airports(),
            &crate::routes::Options::default(),
        );
        let c = chart(&data, &r);
        assert_eq!(c.rows.len(), data.tracks.len());
        let bars: usize = c.rows.iter().map(|r| r.bars.len()).sum();
        assert_eq!(bars, r.legs.len() + r.stopovers.len());
        assert!(c.rows.iter().flat_map(|r| &r.bars).all(|b| b.w >= 2.0));
        assert_eq!(c.height, AXIS_H + ROW_H * 2.0 + 6.0);
    }
}
