//! Bad fixes: positions no aircraft could have reported, found in one
//! aircraft's points once they are sorted by time, and dropped so that they
//! are neither drawn nor flown. Three rules, each one a careful analyst
//! would state for any track:
//!
//! - [`far_times`]: a few positions dated over a year away from all the
//!   others are a wrong clock, not a flight;
//! - [`jumps`]: a stretch of track that can be reached only at an
//!   impossible speed, or left only at one, while the track on either side
//!   of it joins up without one, is a glitch or a spoofed position. Of
//!   stretches that cannot all be flown, the longest chain that can is kept;
//! - [`stale`]: a position repeated while the aircraft reports moving is a
//!   position that was not updated (the receiver kept the last fix).
//!
//! Each returns which points to keep, or `None` when all stay.

use crate::track::{Ground, Points};

/// Faster than any aircraft that files a flight plan (Concorde cruised at
/// about 1,150 kt); a position that needs more is a bad fix.
pub const MAX_JUMP_KT: f64 = 1_500.0;

/// Positions further apart in time than this from all the rest of a track
/// are not the same flying.
const FAR_S: i64 = 365 * 86_400;

/// At most this many positions, or under 1 % of the track, may be dropped
/// by [`far_times`]: more are a second period of the aircraft's life.
const FAR_MOST: usize = 10;

/// Positions this far in time from the main part of a track go however
/// many they are: no one file follows an aircraft for decades.
const DECADES_S: i64 = 20 * 365 * 86_400;

/// Ground speed from which an aircraft that reports it is moving.
const MOVING_KT: f32 = 50.0;

/// How far (km) the speed says the aircraft should have gone while its
/// position stood still before the repeats count as stale: below it, a
/// held position is within the precision of the coordinates and the
/// timing of the feed.
const STALE_KM: f64 = 1.0;

/// Stretches of track looked back over when chaining them (bounds the work
/// on a track that is nothing but jumps).
const LOOK_BACK: usize = 64;

/// Of positions sorted by time `t`, those to keep when some lie over a
/// year away from all the others (see [`FAR_S`], [`FAR_MOST`]): the largest
/// group in time stays, and so does any other group too big to be a wrong
/// clock, unless it is decades away from the largest ([`DECADES_S`]).
pub(super) fn far_times(t: &[i64]) -> Option<Vec<bool>> {
    let n = t.len();
    if n < 2 {
        return None;
    }
    let mut groups = vec![(0, 1)];
    for i in 1..n {
        if t[i].saturating_sub(t[i - 1]) > FAR_S {
            groups.push((i, i));
        }
        if let Some(g) = groups.last_mut() {
            g.1 = i + 1;
        }
    }
    if groups.len() < 2 {
        return None;
    }
    let size = |g: &(usize, usize)| g.1 - g.0;
    // The first of the largest, on a tie.
    let main = groups
        .iter()
        .enumerate()
        .rev()
        .max_by_key(|(_, g)| size(g))
        .map(|(i, _)| i)?;
    let mut keep = vec![true; n];
    let mut dropped = false;
    let (first, last) = (t[groups[main].0], t[groups[main].1 - 1]);
    let decades = |g: &(usize, usize)| {
        t[g.0].saturating_sub(last) > DECADES_S || first.saturating_sub(t[g.1 - 1]) > DECADES_S
    };
    for (i, g) in groups.iter().enumerate() {
        if i != main && (size(g) <= FAR_MOST || size(g) * 100 < n || decades(g)) {
            keep[g.0..g.1].iter_mut().for_each(|k| *k = false);
            dropped = true;
        }
    }
    dropped.then_some(keep)
}

/// Whether point `i` is moving by its own word: a ground speed of
/// [`MOVING_KT`] or more, and not on the ground.
fn moving(p: &Points, i: usize) -> Option<f32> {
    p.gs_kt(i)
        .filter(|&gs| gs >= MOVING_KT && p.ground(i) != Ground::Ground)
}

/// Of positions sorted by time, those to keep when a run of them repeats
/// one position exactly while their own ground speed says the aircraft was
/// moving, for long enough to have gone [`STALE_KM`]: the first of the run
/// stays, the moving repeats go. A position held while the aircraft flies
/// on is a receiver's last fix, not where the aircraft was.
pub(super) fn stale(p: &Points) -> Option<Vec<bool>> {
    let n = p.len();
    let t = p.times();
    let mut keep: Option<Vec<bool>> = None;
    let mut anchor = 0;
    while anchor < n {
        let mut end = anchor + 1;
        while end < n && p.lat(end) == p.lat(anchor) && p.lon(end) == p.lon(anchor) {
            end += 1;
        }
        let km = (anchor + 1..end)
            .filter_map(|i| {
                Some(f64::from(moving(p, i)?) * 1.852 * (t[i] - t[anchor]) as f64 / 3600.0)
            })
            .fold(0.0, f64::max);
        if km >= STALE_KM {
            let keep = keep.get_or_insert_with(|| vec![true; n]);
            for (i, k) in keep.iter_mut().enumerate().take(end).skip(anchor + 1) {
                if moving(p, i).is_some() {
                    *k = false;
                }
            }
        }
        anchor = end;
    }
    keep
}

/// Whether going from point `a` to point `b` of `p` needs more than `kt`.
/// Jumps under 20 km are left alone: they are within timing jitter.
fn too_fast(p: &Points, a: usize, b: usize, kt: f64) -> bool {
    let t = p.times();
    // Under 0.17° apart both ways is under 20 km: no need for trigonometry.
    let dlon = (p.lon(a) - p.lon(b)).abs();
    if (p.lat(a) - p.lat(b)).abs() < 0.17 && dlon.min(360.0 - dlon) < 0.17 {
        return false;
    }
    let km = crate::geo::haversine_km(p.lat(a), p.lon(a), p.lat(b), p.lon(b));
    let hours = ((t[b] - t[a]).max(1) as f64) / 3600.0;
    km > 20.0 && km / 1.852 / hours > kt
}

/// The fastest the aircraft may have gone between two stretches of its
/// track: half as fast again as the ground speed it reports (its 99th
/// percentile, so that a few wild values do not count), for wind and
/// rounding; [`MAX_JUMP_KT`] when it reports none, and never more.
fn chain_kt(p: &Points) -> f64 {
    let mut gs: Vec<f32> = (0..p.len()).filter_map(|i| p.gs_kt(i)).collect();
    if gs.is_empty() {
        return MAX_JUMP_KT;
    }
    let k = (gs.len() - 1) * 99 / 100;
    let (_, high, _) = gs.select_nth_unstable_by(k, f32::total_cmp);
    (f64::from(*high) * 1.5).clamp(250.0, MAX_JUMP_KT)
}

/// Of positions sorted by time, those to keep when the track cannot all be
/// flown. The track is cut into stretches wherever one position cannot be
/// reached from the one before at [`MAX_JUMP_KT`]; the chain of stretches,
/// in time order, each reachable from the one before at the aircraft's own
/// speed ([`chain_kt`]), that holds the most positions is kept, and the
/// other stretches are dropped.
///
/// A stretch is left from its last position as first seen: a position held
/// while the feed repeats it, then moved on from, is a receiver catching
/// up, not a jump. A dead end (a stretch from which none of those after it
/// can be reached) counts half: when the track before it joins up with the
/// track after it, the aircraft was not there, unless it is more than twice
/// as long as what follows. That is spoofing as it is seen: the position
/// held while the aircraft flies on (jammed), then set at a false place
/// (reachable from where it was held), which it cannot leave for the real
/// track when that comes back. A lone wild fix and a bad first fix are
/// stretches the longest chain does not hold.
///
/// When impossible steps are everywhere ([`Jumps::Everywhere`]), the
/// positions are not one aircraft's track at all (several aircraft under
/// one name, or shuffled rows): choosing among them would be a guess, so
/// nothing is dropped and the reader is told. This also bounds the work on
/// such a file, which would otherwise weigh every stretch against the 64
/// before it.
pub(super) fn jumps(p: &Points) -> Jumps {
    let n = p.len();
    // Each stretch: (first, end) indices.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in 1..n {
        if too_fast(p, i - 1, i, MAX_JUMP_KT) {
            parts.push((start, i));
            start = i;
        }
    }
    if parts.is_empty() {
        return Jumps::None;
    }
    if parts.len() >= EVERYWHERE_MIN && parts.len() * EVERYWHERE_SHARE >= n {
        return Jumps::Everywhere { count: parts.len() };
    }
    parts.push((start, n));
    let kt = chain_kt(p);
    // Where each stretch is left from: the first of its last run of one position.
    let leave: Vec<usize> = parts
        .iter()
        .map(|&(a, b)| {
            let mut i = b - 1;
            while i > a && p.lat(i - 1) == p.lat(b - 1) && p.lon(i - 1) == p.lon(b - 1) {
                i -= 1;
            }
            i
        })
        .collect();
    let m = parts.len();
    let joins = |j: usize, k: usize| !too_fast(p, leave[j], parts[k].0, kt);
    // A stretch counts its positions twice, or once when it is a dead end:
    // one that reaches none of the stretches after it, when there are some.
    let weight: Vec<usize> = (0..m)
        .map(|k| {
            let size = parts[k].1 - parts[k].0;
            let dead = k + 1 < m && !(k + 1..m.min(k + 1 + LOOK_BACK)).any(|l| joins(k, l));
            if dead { size } else { 2 * size }
        })
        .collect();
    // best[k]: the heaviest chain ending with stretch k.
    let mut best = vec![0usize; m];
    let mut before: Vec<Option<usize>> = vec![None; m];
    for k in 0..m {
        best[k] = weight[k];
        for j in (k.saturating_sub(LOOK_BACK)..k).rev() {
            if best[j] + weight[k] > best[k] && joins(j, k) {
                best[k] = best[j] + weight[k];
                before[k] = Some(j);
            }
        }
    }
    // The first of the best chains: on a tie the earlier track stays.
    let Some(mut last) = (0..m).rev().max_by_key(|&k| best[k]) else {
        return Jumps::None;
    };
    let mut keep = vec![false; n];
    loop {
        let (a, b) = parts[last];
        keep[a..b].iter_mut().for_each(|k| *k = true);
        match before[last] {
            Some(j) => last = j,
            None => break,
        }
    }
    if keep.contains(&false) {
        Jumps::Drop(keep)
    } else {
        Jumps::None
    }
}

/// What [`jumps`] found in a track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Jumps {
    /// Every position can be flown to from the one before.
    None,
    /// Keep the positions marked `true`; the others are bad fixes.
    Drop(Vec<bool>),
    /// Impossible steps are everywhere (`count` of them): not one
    /// aircraft's track; nothing dropped.
    Everywhere {
        /// How many steps were impossible.
        count: usize,
    },
}

/// [`Jumps::Everywhere`] needs at least this many impossible steps…
const EVERYWHERE_MIN: usize = 50;

/// …and one in this many steps or more to be impossible.
const EVERYWHERE_SHARE: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;
    use crate::track::Point;

    fn track(points: &[(i64, f64, f64, Option<f32>)]) -> Points {
        let mut p = Points::default();
        for &(t, lat, lon, gs) in points {
            p.push(Point {
                gs_kt: gs,
                ..Point::at(t, lat, lon)
            });
        }
        p
    }

    fn dropped(keep: impl Into<Option<Vec<bool>>>) -> Vec<usize> {
        keep.into()
            .map(|k| (0..k.len()).filter(|&i| !k[i]).collect())
            .unwrap_or_default()
    }

    impl From<Jumps> for Option<Vec<bool>> {
        fn from(j: Jumps) -> Self {
            match j {
                Jumps::Drop(keep) => Some(keep),
                Jumps::None | Jumps::Everywhere { .. } => None,
            }
        }
    }

    #[test]
    fn positions_that_jump_everywhere_are_not_one_track_and_stay() {
        // Two aircraft 1,000 km apart under one name, their rows interleaved.
        let mut pts = Vec::new();
        for i in 0..400 {
            let lat = if i % 2 == 0 { 40.0 } else { 49.0 };
            pts.push((i * 5, lat + i as f64 * 0.001, 10.0, Some(450.0)));
        }
        assert_eq!(jumps(&track(&pts)), Jumps::Everywhere { count: 399 });
    }

    #[test]
    fn an_impossible_jump_is_dropped_with_a_warning() {
        let text = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
                    1704180000,x,JAL516,\"42.70,141.60\",30000,450,180\n\
                    1704180060,x,JAL516,\"52.70,141.60\",30000,450,180\n\
                    1704180120,x,JAL516,\"42.60,141.60\",30000,450,180\n\
                    1704180180,x,JAL516,\"42.50,141.60\",30000,450,180\n";
        let mut d = Dataset::default();
        let r = d.add_file("jump.csv", text.as_bytes()).clone();
        assert_eq!((r.points, r.skipped), (3, 1), "{:?}", r.warnings);
        assert!(
            r.warnings[0].message.contains("dropped 1 position")
                && r.warnings[0].message.ends_with(": line 3"),
            "{:?}",
            r.warnings
        );
        assert_eq!(r.warnings[0].line, Some(3));
        assert!(d.tracks[0].points.iter().all(|p| p.lat < 50.0));
    }

    /// A stretch at a false position, reached by a jump of 260 km in a
    /// second and left by another, goes whole: the track before and after
    /// it joins up at an airliner's speed.
    #[test]
    fn a_spoofed_stretch_goes_whole() {
        let mut pts = Vec::new();
        // 0..100: flying north at about 480 kt, 1 row a second.
        for i in 0..100 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        // 100..160: a minute at a fake place 260 km away, moving slowly.
        for i in 100..160 {
            pts.push((i, 47.4 + (i - 100) as f64 * 0.0001, 24.0, Some(50.0)));
        }
        // 160..200: back on the real track.
        for i in 160..200 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        let p = track(&pts);
        assert_eq!(dropped(jumps(&p)), (100..160).collect::<Vec<_>>());
    }

    #[test]
    fn a_bad_first_fix_goes_and_a_clean_track_stays() {
        let mut pts = vec![(0, 10.0, 10.0, None)];
        for i in 1..20 {
            pts.push((i * 10, 45.0 + i as f64 * 0.01, 24.0, None));
        }
        assert_eq!(dropped(jumps(&track(&pts))), [0]);
        assert_eq!(jumps(&track(&pts[1..])), Jumps::None);
        // Two fixes that cannot both be right: one goes.
        let two = track(&[(0, 45.0, 24.0, None), (10, 50.0, 24.0, None)]);
        assert_eq!(dropped(jumps(&two)).len(), 1);
    }

    /// A position held for 10 s while the speed says 480 kt (2.5 km of
    /// flying) is stale after the first; one held for a second, or on the
    /// ground, or slow, or of unknown speed, stays.
    #[test]
    fn positions_stuck_while_moving_are_stale() {
        let p = track(&[
            (0, 45.0, 24.0, Some(480.0)),
            (5, 45.0, 24.0, Some(480.0)),
            (10, 45.0, 24.0, Some(480.0)),
            (15, 45.01, 24.0, Some(480.0)),
            (16, 45.01, 24.0, Some(20.0)),
            (17, 45.01, 24.0, None),
            (100, 46.0, 24.0, Some(480.0)),
            (101, 46.0, 24.0, Some(480.0)),
        ]);
        assert_eq!(dropped(stale(&p)), [1, 2]);
        let mut parked = Points::default();
        for t in 0..50 {
            parked.push(Point {
                gs_kt: Some(120.0),
                ground: Ground::Ground,
                ..Point::at(t, 45.0, 24.0)
            });
        }
        assert_eq!(stale(&parked), None);
    }

    /// A receiver that holds the last fix for 90 s, then catches up 22 km
    /// in a second, has not jumped: the track is flown at its speed from
    /// where the position was first held.
    #[test]
    fn catching_up_after_a_held_position_is_not_a_jump() {
        let mut pts = Vec::new();
        for i in 0..100 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        for i in 100..190 {
            pts.push((i, 45.0 + 99.0 * 0.0022, 24.0, Some(480.0)));
        }
        for i in 190..300 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        let p = track(&pts);
        assert_eq!(jumps(&p), Jumps::None);
        assert_eq!(dropped(stale(&p)), (100..190).collect::<Vec<_>>());
    }

    /// Spoofing as it is seen: the position is held for 20 minutes, then
    /// jumps 260 km to a false place where it drifts at 50 kt for half an
    /// hour, then jumps 560 km back onto the real track. Entering the false
    /// place is possible from where the position was first held; leaving
    /// it is not, and the real track before and after joins up at the
    /// aircraft's own speed: the false stretch goes.
    #[test]
    fn a_spoofed_stretch_after_a_held_position_goes() {
        let mut pts = Vec::new();
        for i in 0..600 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        let held = 45.0 + 599.0 * 0.0022;
        for i in 600..1800 {
            pts.push((i, held, 24.0, Some(480.0)));
        }
        for i in 1800..3800 {
            pts.push((i, 49.0 + (i - 1800) as f64 * 0.00002, 27.0, Some(50.0)));
        }
        for i in 3800..5000 {
            pts.push((i, 45.0 + i as f64 * 0.0022, 24.0, Some(480.0)));
        }
        let p = track(&pts);
        assert_eq!(dropped(jumps(&p)), (1800..3800).collect::<Vec<_>>());
    }

    #[test]
    fn a_few_positions_years_away_go_but_a_second_period_stays() {
        let day = 86_400;
        let flight: Vec<i64> = (0..50).map(|i| 1_704_180_000 + i * 60).collect();
        let mut t = vec![1_000_000];
        t.extend(&flight);
        t.push(1_704_180_000 + 3 * 365 * day);
        assert_eq!(dropped(far_times(&t)), [0, 51]);
        // A second year of flying, as big as the first, stays.
        let mut both = flight.clone();
        both.extend(flight.iter().map(|x| x + 2 * 365 * day));
        assert_eq!(far_times(&both), None);
        // Decades apart, they are, however many.
        let mut decades: Vec<i64> = flight[..40].iter().map(|x| x - 30 * 365 * day).collect();
        decades.extend(&flight);
        assert_eq!(dropped(far_times(&decades)), (0..40).collect::<Vec<_>>());
        // Days apart is not a wrong clock.
        let mut week = flight.clone();
        week.push(1_704_180_000 + 7 * day);
        assert_eq!(far_times(&week), None);
    }
}
