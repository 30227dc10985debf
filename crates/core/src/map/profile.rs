//! The profile of a leg: altitude (left axis) and ground speed (right axis)
//! over its time, with round axis steps, and a sentence that says the same
//! in words for those who cannot see the chart.
//!
//! # Units
//! SVG user units of a chart [`WIDTH`] × [`HEIGHT`]; feet, knots, Unix
//! seconds.

use crate::Dataset;
use crate::ids::LegId;
use crate::routes::{End, Options, Routes};
use crate::time::{human_duration, short_utc};

/// The chart's width in SVG units.
pub const WIDTH: f64 = 1000.0;
/// The chart's height in SVG units.
pub const HEIGHT: f64 = 180.0;
/// The room for the altitude axis, left.
pub const PAD_L: f64 = 56.0;
/// The room for the speed axis, right.
pub const PAD_R: f64 = 56.0;
/// The room above the plot.
pub const PAD_T: f64 = 12.0;
/// The room for the time axis, below.
pub const PAD_B: f64 = 26.0;

/// The profile of one leg.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The altitude line, broken at coverage gaps and missing values.
    pub altitude: String,
    /// The ground-speed line, broken likewise.
    pub speed: String,
    /// Left axis ticks (feet): `(y, label)`.
    pub alt_ticks: Vec<(f64, String)>,
    /// Right axis ticks (knots): `(y, label)`.
    pub gs_ticks: Vec<(f64, String)>,
    /// Time ticks: `(x, "HH:MM")`.
    pub t_ticks: Vec<(f64, String)>,
    /// The chart in words: the leg, its times, its highest altitude and
    /// fastest ground speed.
    pub summary: String,
}

/// A round step (1, 2, 2.5 or 5 times a power of ten, at least 1) for
/// about `n` ticks up to `max`.
///
/// ```
/// use flightlens_core::map::profile::step;
/// assert_eq!(step(41_000.0, 4.0), 20_000.0);
/// ```
pub fn step(max: f64, n: f64) -> f64 {
    let raw = (max / n).max(1.0);
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p)
}

/// The times of the time axis's ticks over `t0..=t1`: round multiples of
/// 5, 10, 15 or 30 minutes, or 1, 2, 3, 6, 12 or 24 hours, whichever first
/// gives at most about eight; daily beyond that.
pub fn time_ticks(t0: i64, t1: i64) -> Vec<i64> {
    let span = t1 - t0;
    let every = [300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400]
        .into_iter()
        .find(|s| span / s <= 8)
        .unwrap_or(86400);
    let first = (t0 + every - 1) / every * every;
    (0..)
        .map(|k| first + k * every)
        .take_while(|t| *t <= t1)
        .collect()
}

/// The profile of a leg; None when the leg or its points are not there.
pub fn chart(data: &Dataset, routes: &Routes, id: LegId, opt: &Options) -> Option<Chart> {
    let l = routes.legs.get(id.0)?;
    let t = data.tracks.get(l.track)?;
    let p = &t.points;
    let (a, b) = (l.points.0, l.points.1.min(p.len().checked_sub(1)?));
    if a > b {
        return None;
    }
    let (t0, t1) = (p.times()[a], p.times()[b].max(p.times()[a] + 1));
    // The highest values in the data (for the summary), and the axes' reach.
    let highest_alt = (a..=b).filter_map(|i| p.alt_ft(i)).max();
    let fastest = (a..=b)
        .filter_map(|i| p.gs_kt(i))
        .reduce(f32::max)
        .map(|g| g.max(0.0));
    let alt_max = highest_alt.unwrap_or(0).max(1000) as f64;
    let gs_max = fastest.unwrap_or(0.0).max(100.0) as f64;
    let (alt_step, gs_step) = (step(alt_max, 4.0), step(gs_max, 4.0));
    let (alt_top, gs_top) = (
        (alt_max / alt_step).ceil() * alt_step,
        (gs_max / gs_step).ceil() * gs_step,
    );
    let x = |t: i64| PAD_L + (WIDTH - PAD_L - PAD_R) * (t - t0) as f64 / (t1 - t0) as f64;
    let y = |v: f64, top: f64| HEIGHT - PAD_B - (HEIGHT - PAD_T - PAD_B) * v / top;
    // One vertex per pixel column at most: a leg of 20,000 fixes stays light.
    let line = |value: &dyn Fn(usize) -> Option<f64>, top: f64| {
        let mut d = String::new();
        let mut last_x = f64::MIN;
        let mut gap = true;
        for i in a..=b {
            // A coverage gap is not drawn as flown: the line breaks.
            if i > a && p.times()[i] - p.times()[i - 1] > opt.gap_s {
                gap = true;
            }
            let Some(v) = value(i) else {
                gap = true;
                continue;
            };
            let px = x(p.times()[i]);
            if !gap && px - last_x < 1.0 && i != b {
                continue;
            }
            let op = if gap { 'M' } else { 'L' };
            d.push_str(&format!("{op}{px:.1} {:.1}", y(v, top)));
            last_x = px;
            gap = false;
        }
        d
    };
    let altitude = line(&|i| p.alt_ft(i).map(f64::from), alt_top);
    let speed = line(&|i| p.gs_kt(i).map(f64::from), gs_top);
    let ticks = |top: f64, s: f64, unit: &str| {
        (0..=((top / s).round() as i64))
            .map(|k| {
                let v = k as f64 * s;
                (y(v, top), format!("{v:.0}{unit}"))
            })
            .collect::<Vec<_>>()
    };
    let t_ticks = time_ticks(t0, t1)
        .into_iter()
        .map(|t| {
            (
                x(t),
                short_utc(t).get(11..16).unwrap_or_default().to_string(),
            )
        })
        .collect();
    let code = |e: &Option<End>| {
        e.as_ref()
            .map_or("?".to_string(), |e| e.airport.airport.icao.to_string())
    };
    let title = format!(
        "{id}: {} {} → {}, {} to {} UTC ({})",
        t.identity.label(),
        code(&l.from),
        code(&l.to),
        short_utc(l.takeoff),
        short_utc(l.landing),
        human_duration(l.duration_s())
    );
    let said = |v: Option<String>| v.unwrap_or_else(|| "not in the data".into());
    let summary = format!(
        "{title}. Highest altitude {}; fastest ground speed {}.",
        said(highest_alt.map(|a| format!("{a:.0} ft"))),
        said(fastest.map(|g| format!("{g:.0} kt"))),
    );
    Some(Chart {
        altitude,
        speed,
        alt_ticks: ticks(alt_top, alt_step, " ft"),
        gs_ticks: ticks(gs_top, gs_step, " kt"),
        t_ticks,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::track::{Point, Track};

    #[test]
    fn round_steps() {
        assert_eq!(step(41_000.0, 4.0), 20_000.0);
        assert_eq!(step(480.0, 4.0), 200.0);
        assert_eq!(step(10.0, 4.0), 2.5);
        assert_eq!(step(1000.0, 4.0), 250.0);
        assert_eq!(step(0.0, 4.0), 1.0);
    }

    /// 2019-01-23T00:00:00Z.
    const DAY: i64 = 1_548_201_600;

    #[test]
    fn time_ticks_over_minutes_hours_days_and_weeks() {
        // Twenty minutes: every five, on the five.
        let m = time_ticks(DAY + 61, DAY + 61 + 1200);
        assert_eq!(m, [DAY + 300, DAY + 600, DAY + 900, DAY + 1200]);
        // Forty minutes: still every five (eight fit).
        assert_eq!(time_ticks(DAY, DAY + 2400).len(), 9);
        // Three hours: every half hour.
        let h = time_ticks(DAY + 100, DAY + 3 * 3600);
        assert_eq!(h[1] - h[0], 1800);
        assert_eq!(h.len(), 6);
        // Ten hours: every two.
        let h = time_ticks(DAY, DAY + 10 * 3600);
        assert_eq!(h[1] - h[0], 7200);
        // Four days: every twelve hours.
        let d = time_ticks(DAY + 1, DAY + 4 * 86_400);
        assert_eq!(d[1] - d[0], 43_200);
        assert!(d.len() <= 9);
        // Three weeks: daily, more than eight, each at midnight.
        let w = time_ticks(DAY - 1, DAY + 21 * 86_400);
        assert_eq!(w.len(), 22);
        assert!(w.iter().all(|t| t % 86_400 == 0));
        // Always within the span, in order.
        for (a, b) in [
            (DAY, DAY + 1),
            (DAY + 7, DAY + 86_399),
            (DAY, DAY + 700_000),
        ] {
            let t = time_ticks(a, b);
            assert!(t.iter().all(|t| (a..=b).contains(t)), "{a} {b}");
            assert!(t.windows(2).all(|p| p[0] < p[1]));
        }
    }

    fn one_leg(points: &[(i64, Option<i32>, Option<f32>)]) -> (Dataset, Routes) {
        let mut t = Track::default();
        for &(at, alt, gs) in points {
            let mut p = Point::at(at, 10.0, 20.0 + (at - DAY) as f64 / 10_000.0);
            p.alt_ft = alt;
            p.gs_kt = gs;
            t.points.push(p);
        }
        let data = Dataset {
            tracks: vec![t],
            ..Dataset::default()
        };
        let mut r = Routes::default();
        r.legs.push(crate::routes::Leg {
            track: 0,
            from: None,
            to: None,
            takeoff: points[0].0,
            landing: points[points.len() - 1].0,
            takeoff_observed: false,
            landing_observed: false,
            distance_km: 0.0,
            flown_km: 0.0,
            max_altitude_ft: None,
            gaps: Vec::new(),
            points: (0, points.len() - 1),
        });
        (data, r)
    }

    #[test]
    fn the_lines_break_at_gaps_and_missing_values_and_the_sentence_says_so() {
        let (data, r) = one_leg(&[
            (DAY, Some(1000), Some(150.0)),
            (DAY + 60, Some(9000), Some(300.0)),
            (DAY + 120, None, Some(320.0)),
            (DAY + 180, Some(20_000), Some(400.0)),
            // Forty minutes of silence: a coverage gap.
            (DAY + 2580, Some(31_000), Some(450.0)),
            (DAY + 2640, Some(31_000), Some(451.0)),
        ]);
        let c = chart(&data, &r, LegId(0), &Options::default()).unwrap();
        assert_eq!(c.altitude.matches('M').count(), 3, "{}", c.altitude);
        assert_eq!(c.speed.matches('M').count(), 2, "{}", c.speed);
        assert!(c.summary.starts_with("leg:1: "), "{}", c.summary);
        assert!(
            c.summary
                .ends_with("Highest altitude 31000 ft; fastest ground speed 451 kt.")
        );
        let labels: Vec<&str> = c.alt_ticks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            labels,
            ["0 ft", "10000 ft", "20000 ft", "30000 ft", "40000 ft"]
        );
        // 451 kt in steps of 200.
        assert_eq!(c.gs_ticks.last().unwrap().1, "600 kt");
        assert_eq!(c.t_ticks[0].1, "00:00");
        // No altitude at all: said, not guessed.
        let (data, r) = one_leg(&[(DAY, None, None), (DAY + 60, None, None)]);
        let c = chart(&data, &r, LegId(0), &Options::default()).unwrap();
        assert!(c.altitude.is_empty() && c.speed.is_empty());
        assert!(
            c.summary.ends_with(
                "Highest altitude not in the data; fastest ground speed not in the data."
            )
        );
        assert_eq!(chart(&data, &r, LegId(1), &Options::default()), None);
    }
}
