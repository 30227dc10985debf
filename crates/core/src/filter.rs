//! The workspace's filter: one aircraft and a time range, applied to the
//! tables, the map and the exports alike.

use crate::analysis::Analysis;
use crate::ids::AircraftId;
use crate::routes::Routes;

/// What the reader has narrowed the workspace to. The default keeps all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this aircraft, or every aircraft.
    pub aircraft: Option<AircraftId>,
    /// Only what happens at or after this Unix time.
    pub from: Option<i64>,
    /// Only what happens at or before this Unix time.
    pub to: Option<i64>,
}

impl Filter {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True for an aircraft's span `start..=end` that the filter keeps: the
    /// aircraft matches and the span overlaps the time range.
    pub fn keeps(&self, track: usize, start: i64, end: i64) -> bool {
        self.aircraft.is_none_or(|a| a.0 == track)
            && self.from.is_none_or(|f| end >= f)
            && self.to.is_none_or(|t| start <= t)
    }

    /// The analysis with only the aircraft, legs, stopovers and listed
    /// flights the filter keeps. Ids are unchanged, so `leg:3` still means
    /// the same leg. Claims and warnings are kept whole.
    pub fn apply(&self, a: &Analysis, routes: &Routes) -> Analysis {
        if self.is_empty() {
            return a.clone();
        }
        let mut out = a.clone();
        out.legs.retain(|l| {
            routes
                .legs
                .get(l.id.0)
                .is_some_and(|r| self.keeps(r.track, r.takeoff, r.landing))
        });
        out.stopovers.retain(|s| {
            routes
                .stopovers
                .get(s.id.0)
                .is_some_and(|r| self.keeps(r.track, r.arrival, r.departure))
        });
        if let Some(id) = self.aircraft {
            out.aircraft.retain(|x| x.id == id);
            out.flights.clear();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> (Analysis, Routes) {
        let made = crate::pipeline::analyse(&crate::demo_data(), &Default::default(), None);
        (made.analysis, made.routes)
    }

    #[test]
    fn the_empty_filter_keeps_everything() {
        let (a, r) = demo();
        assert_eq!(Filter::default().apply(&a, &r), a);
    }

    #[test]
    fn aircraft_and_time_range_narrow_the_tables() {
        let (a, r) = demo();
        let one = Filter {
            aircraft: Some(AircraftId(1)),
            ..Filter::default()
        }
        .apply(&a, &r);
        assert!(!one.legs.is_empty() && one.legs.len() < a.legs.len());
        assert!(one.legs.iter().all(|l| l.aircraft == AircraftId(1)));
        assert_eq!(one.aircraft.len(), 1);
        // A range around the first leg's takeoff keeps that leg and drops
        // the legs that end before it.
        let first = &r.legs[0];
        let f = Filter {
            from: Some(first.takeoff),
            to: Some(first.takeoff + 60),
            ..Filter::default()
        };
        let kept = f.apply(&a, &r);
        assert!(kept.legs.iter().any(|l| l.id == crate::ids::LegId(0)));
        for l in &kept.legs {
            let i = l.id.0;
            assert!(r.legs[i].landing >= first.takeoff && r.legs[i].takeoff <= first.takeoff + 60);
        }
        assert!(kept.legs.len() < a.legs.len());
    }
}
