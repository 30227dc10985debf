//! Normalised tracks: one aircraft's positions, stored column by column.
//!
//! # Units
//! Time in Unix seconds (UTC), latitude and longitude in degrees, altitude in
//! feet (barometric where the source has it), ground speed in knots, track in
//! degrees from true north, vertical rate in feet per minute.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Whether the aircraft reported itself on the ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[repr(u8)]
pub enum Ground {
    /// The source says airborne.
    Air = 0,
    /// The source says on the ground.
    Ground = 1,
    /// The source does not say.
    Unknown = 2,
}

/// One position report, as handed to [`Points::push`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Unix seconds, UTC.
    pub t: i64,
    /// Degrees north.
    pub lat: f64,
    /// Degrees east.
    pub lon: f64,
    /// Feet; `None` when unknown.
    pub alt_ft: Option<i32>,
    /// Knots; `None` when unknown.
    pub gs_kt: Option<f32>,
    /// Feet per minute; `None` when unknown.
    pub vrate_fpm: Option<f32>,
    /// Ground/air flag from the source.
    pub ground: Ground,
}

impl Point {
    /// A point with only time and position known.
    pub fn at(t: i64, lat: f64, lon: f64) -> Self {
        Point {
            t,
            lat,
            lon,
            alt_ft: None,
            gs_kt: None,
            vrate_fpm: None,
            ground: Ground::Unknown,
        }
    }
}

const NO_ALT: i32 = i32::MIN;

/// Positions stored as columns: compact (about 29 bytes a point) and quick to
/// scan, since big dumps hold tens of millions of points.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Points {
    t: Vec<i64>,
    lat: Vec<f32>,
    lon: Vec<f32>,
    alt: Vec<i32>,
    gs: Vec<f32>,
    vrate: Vec<f32>,
    ground: Vec<Ground>,
}

impl Points {
    /// Number of points.
    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// True when there are no points.
    pub fn is_empty(&self) -> bool {
        self.t.is_empty()
    }

    /// Appends a point.
    pub fn push(&mut self, p: Point) {
        self.t.push(p.t);
        self.lat.push(p.lat as f32);
        self.lon.push(p.lon as f32);
        self.alt.push(p.alt_ft.unwrap_or(NO_ALT));
        self.gs.push(p.gs_kt.unwrap_or(f32::NAN));
        self.vrate.push(p.vrate_fpm.unwrap_or(f32::NAN));
        self.ground.push(p.ground);
    }

    /// Moves all of `other`'s points to the end of these.
    pub fn append(&mut self, mut other: Points) {
        self.t.append(&mut other.t);
        self.lat.append(&mut other.lat);
        self.lon.append(&mut other.lon);
        self.alt.append(&mut other.alt);
        self.gs.append(&mut other.gs);
        self.vrate.append(&mut other.vrate);
        self.ground.append(&mut other.ground);
    }

    /// The point at index `i`. Panics when `i` is out of range, like a slice.
    pub fn get(&self, i: usize) -> Point {
        let opt = |v: f32| if v.is_nan() { None } else { Some(v) };
        Point {
            t: self.t[i],
            lat: f64::from(self.lat[i]),
            lon: f64::from(self.lon[i]),
            alt_ft: (self.alt[i] != NO_ALT).then_some(self.alt[i]),
            gs_kt: opt(self.gs[i]),
            vrate_fpm: opt(self.vrate[i]),
            ground: self.ground[i],
        }
    }

    /// Latitude of point `i`, degrees.
    #[inline]
    pub fn lat(&self, i: usize) -> f64 {
        f64::from(self.lat[i])
    }

    /// Longitude of point `i`, degrees.
    #[inline]
    pub fn lon(&self, i: usize) -> f64 {
        f64::from(self.lon[i])
    }

    /// Altitude of point `i`, feet.
    #[inline]
    pub fn alt_ft(&self, i: usize) -> Option<i32> {
        (self.alt[i] != NO_ALT).then_some(self.alt[i])
    }

    /// Ground speed of point `i`, knots.
    #[inline]
    pub fn gs_kt(&self, i: usize) -> Option<f32> {
        let v = self.gs[i];
        (!v.is_nan()).then_some(v)
    }

    /// Vertical rate of point `i`, feet per minute.
    #[inline]
    pub fn vrate_fpm(&self, i: usize) -> Option<f32> {
        let v = self.vrate[i];
        (!v.is_nan()).then_some(v)
    }

    /// Ground flag of point `i`.
    #[inline]
    pub fn ground(&self, i: usize) -> Ground {
        self.ground[i]
    }

    /// Iterates over the points in stored order.
    pub fn iter(&self) -> impl Iterator<Item = Point> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Times, Unix seconds.
    pub fn times(&self) -> &[i64] {
        &self.t
    }

    /// Sorts by time and removes exact repeats (same second and position),
    /// which appear when files overlap or a feed repeats itself. Returns how
    /// many points were removed.
    pub fn sort_dedup(&mut self) -> usize {
        self.sort_dedup_with::<u32>(&mut Vec::new())
    }

    /// [`Points::sort_dedup`], moving the values of `tags` (one per point,
    /// or none) with their points.
    pub(crate) fn sort_dedup_with<T: Copy>(&mut self, tags: &mut Vec<T>) -> usize {
        let n = self.len();
        let tagged = tags.len() == n;
        let key = |i: usize| (self.t[i], self.lat[i].to_bits(), self.lon[i].to_bits());
        // Files are nearly always in time order already: then only repeats,
        // which are next to each other, need removing.
        if (1..n).all(|i| key(i - 1) <= key(i)) {
            let keep: Vec<bool> = (0..n).map(|i| i == 0 || key(i - 1) != key(i)).collect();
            let removed = keep.iter().filter(|k| !**k).count();
            if removed > 0 {
                self.retain(&keep);
                if tagged {
                    retain_tags(tags, &keep);
                }
            }
            return removed;
        }
        // Stable: of exact repeats, the first in the file stays.
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| key(i));
        order.dedup_by(|b, a| key(*a) == key(*b));
        let removed = n - order.len();
        let mut out = Points::default();
        for &i in &order {
            out.push(self.get(i));
        }
        *self = out;
        if tagged {
            *tags = order.iter().map(|&i| tags[i]).collect();
        }
        removed
    }

    /// Keeps the points whose flag in `keep` is true.
    pub fn retain(&mut self, keep: &[bool]) {
        let mut out = Points::default();
        for (i, &k) in keep.iter().enumerate().take(self.len()) {
            if k {
                out.push(self.get(i));
            }
        }
        *self = out;
    }

    /// The columns as they are stored, to hand to another thread without
    /// copying point by point. Unknown altitude is `i32::MIN`, unknown speed
    /// and vertical rate NaN, the ground flag a [`Ground`] as `u8`.
    pub fn columns(&self) -> PointColumns<'_> {
        PointColumns {
            t: &self.t,
            lat: &self.lat,
            lon: &self.lon,
            alt: &self.alt,
            gs: &self.gs,
            vrate: &self.vrate,
            ground: self.ground.iter().map(|g| *g as u8).collect(),
        }
    }

    /// Points from columns made by [`Points::columns`]. `Err` when the
    /// columns differ in length; an unknown ground flag becomes
    /// [`Ground::Unknown`].
    #[allow(clippy::too_many_arguments)]
    pub fn from_columns(
        t: Vec<i64>,
        lat: Vec<f32>,
        lon: Vec<f32>,
        alt: Vec<i32>,
        gs: Vec<f32>,
        vrate: Vec<f32>,
        ground: &[u8],
    ) -> Result<Points, UnevenColumns> {
        let n = t.len();
        if [
            lat.len(),
            lon.len(),
            alt.len(),
            gs.len(),
            vrate.len(),
            ground.len(),
        ]
        .iter()
        .any(|&l| l != n)
        {
            return Err(UnevenColumns { time: n });
        }
        let ground = ground
            .iter()
            .map(|g| match g {
                0 => Ground::Air,
                1 => Ground::Ground,
                _ => Ground::Unknown,
            })
            .collect();
        Ok(Points {
            t,
            lat,
            lon,
            alt,
            gs,
            vrate,
            ground,
        })
    }

    /// Time span `(first, last)` in Unix seconds, `None` when empty.
    pub fn span(&self) -> Option<(i64, i64)> {
        Some((*self.t.iter().min()?, *self.t.iter().max()?))
    }
}

/// Keeps the values of `tags` whose flag in `keep` is true.
pub(crate) fn retain_tags<T>(tags: &mut Vec<T>, keep: &[bool]) {
    let mut i = 0;
    tags.retain(|_| {
        i += 1;
        keep.get(i - 1).copied().unwrap_or(true)
    });
}

/// A borrowed view of [`Points`]' columns (see [`Points::columns`]).
#[derive(Debug)]
pub struct PointColumns<'a> {
    /// Unix seconds.
    pub t: &'a [i64],
    /// Degrees north.
    pub lat: &'a [f32],
    /// Degrees east.
    pub lon: &'a [f32],
    /// Feet, `i32::MIN` when unknown.
    pub alt: &'a [i32],
    /// Knots, NaN when unknown.
    pub gs: &'a [f32],
    /// Feet per minute, NaN when unknown.
    pub vrate: &'a [f32],
    /// [`Ground`] as `u8`.
    pub ground: Vec<u8>,
}

/// Why [`Points::from_columns`] refused its columns: they differ in length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnevenColumns {
    /// The length of the time column, which the others must match.
    pub time: usize,
}

impl fmt::Display for UnevenColumns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "columns of different lengths (time has {})", self.time)
    }
}

impl std::error::Error for UnevenColumns {}

/// What is known about who an aircraft is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// ICAO 24-bit address as six lower-case hex digits.
    pub icao24: Option<String>,
    /// Registration (tail number), e.g. `TC-TTC`.
    pub registration: Option<String>,
    /// Callsigns seen, trimmed, in order of first appearance.
    pub callsigns: Vec<String>,
    /// ICAO aircraft type designator, e.g. `IL76`.
    #[serde(rename = "type")]
    pub type_code: Option<String>,
    /// Who operates it, as a file names it (readsb's `ownOp`,
    /// Flightradar24's owner), e.g. `DELTA AIR LINES INC`.
    #[serde(default)]
    pub operator: Option<String>,
    /// The type in words, as a file gives it (readsb's `desc`,
    /// Flightradar24's model), e.g. `BOEING 737-900`.
    #[serde(default)]
    pub description: Option<String>,
    /// Where a source says the aircraft's flights went (Flightradar24's own
    /// origin and destination): reported facts, kept beside the airports
    /// the engine finds, never instead of them.
    #[serde(default)]
    pub reported_routes: Vec<ReportedRoute>,
}

/// A flight's origin and destination as a source reports them, not as the
/// track shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedRoute {
    /// Who says so, e.g. `Flightradar24`.
    pub source: String,
    /// The commercial flight number, e.g. `JL516`.
    pub flight_number: Option<String>,
    /// The callsign of that flight, e.g. `JAL516`.
    pub callsign: Option<String>,
    /// The origin's ICAO code as the source gives it.
    pub origin: Option<String>,
    /// The destination's ICAO code as the source gives it.
    pub destination: Option<String>,
    /// The first and last time of the flight's track in the file, Unix
    /// seconds (`None` when the file held no usable position).
    pub span: Option<(i64, i64)>,
}

impl Identity {
    /// A short label for tables and legends: registration, else callsign,
    /// else ICAO address.
    pub fn label(&self) -> String {
        self.registration
            .clone()
            .or_else(|| self.callsigns.first().cloned())
            .or_else(|| self.icao24.clone())
            .unwrap_or_else(|| "unknown aircraft".to_string())
    }

    /// Fills what this identity lacks from `other`, which is the same
    /// aircraft seen in another file: the first value found stays, callsigns
    /// and reported routes are added when new.
    pub fn fill_from(&mut self, other: &Identity) {
        fn fill(have: &mut Option<String>, other: &Option<String>) {
            if have.is_none() {
                have.clone_from(other);
            }
        }
        fill(&mut self.icao24, &other.icao24);
        fill(&mut self.registration, &other.registration);
        fill(&mut self.type_code, &other.type_code);
        fill(&mut self.operator, &other.operator);
        fill(&mut self.description, &other.description);
        for c in &other.callsigns {
            self.add_callsign(c);
        }
        for r in &other.reported_routes {
            if !self.reported_routes.contains(r) {
                self.reported_routes.push(r.clone());
            }
        }
    }

    /// Adds a callsign if it is new.
    pub fn add_callsign(&mut self, cs: &str) {
        let cs = cs.trim();
        if !cs.is_empty() && !self.callsigns.iter().any(|c| c == cs) {
            self.callsigns.push(cs.to_string());
        }
    }
}

/// One aircraft's track.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Track {
    /// Who the aircraft is.
    pub identity: Identity,
    /// Where it was, sorted by time once the dataset is finished.
    pub points: Points,
}

/// The points again from their columns, as the page rebuilds a worker's.
#[cfg(test)]
impl PointColumns<'_> {
    pub(crate) fn to_points(&self) -> Points {
        Points::from_columns(
            self.t.to_vec(),
            self.lat.to_vec(),
            self.lon.to_vec(),
            self.alt.to_vec(),
            self.gs.to_vec(),
            self.vrate.to_vec(),
            &self.ground,
        )
        .expect("columns of one length")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_optional_fields() {
        let mut p = Points::default();
        let a = Point {
            t: 10,
            lat: 1.5,
            lon: -2.25,
            alt_ft: Some(0),
            gs_kt: Some(12.5),
            vrate_fpm: None,
            ground: Ground::Ground,
        };
        p.push(a);
        p.push(Point::at(5, 3.0, 4.0));
        assert_eq!(p.get(0), a);
        assert_eq!(p.get(1).alt_ft, None);
        assert_eq!(p.span(), Some((5, 10)));
    }

    #[test]
    fn columns_round_trip_and_lengths_are_checked() {
        let mut p = Points::default();
        p.push(Point {
            t: 7,
            lat: 1.0,
            lon: 2.0,
            alt_ft: Some(300),
            gs_kt: None,
            vrate_fpm: Some(-64.0),
            ground: Ground::Air,
        });
        p.push(Point::at(8, 3.0, 4.0));
        let back = p.columns().to_points();
        assert_eq!(back.get(0), p.get(0));
        assert_eq!(back.get(1), p.get(1));
        let short = Points::from_columns(vec![1], vec![], vec![], vec![], vec![], vec![], &[]);
        assert_eq!(
            short.unwrap_err().to_string(),
            "columns of different lengths (time has 1)"
        );
    }

    #[test]
    fn sort_dedup_removes_exact_repeats_only() {
        let mut p = Points::default();
        for (t, lat) in [(3, 1.0), (1, 1.0), (3, 1.0), (3, 2.0), (2, 1.0)] {
            p.push(Point::at(t, lat, 0.0));
        }
        assert_eq!(p.sort_dedup(), 1);
        assert_eq!(p.times(), &[1, 2, 3, 3]);
    }
}
