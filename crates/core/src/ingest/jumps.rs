//! Bad fixes: a position no aircraft could have reached from the one
//! before is dropped, so that one wild point does not become a leg.

use crate::track::Points;

/// Faster than any aircraft that files a flight plan (Concorde cruised at
/// about 1,150 kt); a position that needs more is a bad fix.
pub const MAX_JUMP_KT: f64 = 1_500.0;

/// Drops, from one aircraft's points sorted by time, those reached at an impossible
/// speed from the last good one, when the point after is reachable without
/// them (so that the outlier, not its neighbour, goes). Jumps under 20 km
/// are left alone: they are within timing jitter. Returns how many went.
pub(super) fn drop_jumps(p: &mut Points) -> usize {
    let n = p.len();
    if n < 2 {
        return 0;
    }
    let t = p.times();
    let impossible = |a: usize, b: usize| {
        // Under 0.17° apart both ways is under 20 km: no need for trigonometry.
        let dlon = (p.lon(a) - p.lon(b)).abs();
        if (p.lat(a) - p.lat(b)).abs() < 0.17 && dlon.min(360.0 - dlon) < 0.17 {
            return false;
        }
        let km = crate::geo::haversine_km(p.lat(a), p.lon(a), p.lat(b), p.lon(b));
        let hours = ((t[b] - t[a]).max(1) as f64) / 3600.0;
        km > 20.0 && km / 1.852 / hours > MAX_JUMP_KT
    };
    let mut keep = vec![true; n];
    let mut last = 0;
    for (i, k) in keep.iter_mut().enumerate().skip(1) {
        if impossible(last, i) && (i + 1 == n || !impossible(last, i + 1)) {
            *k = false;
        } else {
            last = i;
        }
    }
    let dropped = keep.iter().filter(|k| !**k).count();
    if dropped > 0 {
        p.retain(&keep);
    }
    dropped
}

#[cfg(test)]
mod tests {
    use crate::Dataset;

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
            r.warnings[0].message.contains("dropped 1 position"),
            "{:?}",
            r.warnings
        );
        assert!(d.tracks[0].points.iter().all(|p| p.lat < 50.0));
    }
}
