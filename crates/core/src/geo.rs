//! Measures on the Earth, over georust's `geo` crate: distances, bearings
//! and points along great circles on the sphere of mean radius, and
//! geodesic distances on the WGS 84 ellipsoid (Karney's algorithm, as in
//! GeographicLib) where a distance is reported: a leg's.
//!
//! A position is a [`LatLon`]; `geo` itself counts x as longitude, which
//! this thin type keeps out of the rest of the engine.
//!
//! # Units
//! Latitudes and longitudes in degrees (WGS 84), distances in kilometres,
//! bearings in degrees clockwise from true north.

use geo::{Bearing, Destination, Distance, Geodesic, Haversine, InterpolatePoint, Point};

/// Mean Earth radius (of the GRS 80 ellipsoid, which WGS 84 shares), km:
/// the sphere of the great-circle measures.
pub const EARTH_RADIUS_KM: f64 = Haversine.radius() / 1000.0;

/// A position on the Earth, in degrees.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LatLon {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

impl From<(f64, f64)> for LatLon {
    /// A position from `(lat, lon)`.
    fn from((lat, lon): (f64, f64)) -> Self {
        LatLon { lat, lon }
    }
}

impl LatLon {
    /// A position from a latitude and a longitude.
    pub const fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }

    fn point(self) -> Point {
        Point::new(self.lon, self.lat)
    }

    fn of(p: Point) -> Self {
        LatLon::new(p.y(), normalize_lon(p.x()))
    }

    /// Great-circle distance to another position on the mean sphere, km
    /// (the haversine formula): what a gap's dashed arc measures.
    ///
    /// ```
    /// use flightlens_core::geo::LatLon;
    /// // Istanbul Airport to Vnukovo, about 1,710 km.
    /// let d = LatLon::new(41.2753, 28.7519).haversine_km(LatLon::new(55.5915, 37.2615));
    /// assert!((d - 1710.0).abs() < 15.0, "{d}");
    /// ```
    pub fn haversine_km(self, to: LatLon) -> f64 {
        let m = Haversine.distance(self.point(), to.point());
        // Rounding can push the haversine of antipodes past 1, where its
        // arcsine is not a number: they are half the circumference apart.
        if m.is_nan()
            && [self.lat, self.lon, to.lat, to.lon]
                .iter()
                .all(|v| v.is_finite())
        {
            return std::f64::consts::PI * EARTH_RADIUS_KM;
        }
        m / 1000.0
    }

    /// Geodesic distance to another position on the WGS 84 ellipsoid, km,
    /// accurate to the nanometre (GeographicLib's algorithm): the distance
    /// reported for a leg.
    ///
    /// ```
    /// use flightlens_core::geo::LatLon;
    /// let d = LatLon::new(41.2753, 28.7519).geodesic_km(LatLon::new(55.5915, 37.2615));
    /// assert!((d - 1708.909_858).abs() < 1e-6, "{d}");
    /// ```
    pub fn geodesic_km(self, to: LatLon) -> f64 {
        Geodesic.distance(self.point(), to.point()) / 1000.0
    }

    /// Initial bearing towards another position along the great circle,
    /// degrees in `[0, 360)`.
    pub fn bearing_deg(self, to: LatLon) -> f64 {
        Haversine.bearing(self.point(), to.point())
    }

    /// The position a fraction `f` (0 to 1) of the way along the great
    /// circle to another. Handles the antimeridian; the longitude is in
    /// `[-180, 180)`.
    ///
    /// ```
    /// use flightlens_core::geo::LatLon;
    /// let m = LatLon::new(0.0, 170.0).towards(LatLon::new(0.0, -170.0), 0.5);
    /// assert!(m.lat.abs() < 1e-9 && (m.lon.abs() - 180.0).abs() < 1e-9);
    /// ```
    pub fn towards(self, to: LatLon, f: f64) -> LatLon {
        LatLon::of(Haversine.point_at_ratio_between(self.point(), to.point(), f))
    }

    /// The great circle to another position as `steps + 1` positions at
    /// equal fractions, both ends included: the densified arc a map draws
    /// across a coverage gap.
    pub fn arc(self, to: LatLon, steps: u32) -> impl Iterator<Item = LatLon> {
        let n = f64::from(steps.max(1));
        (0..=steps.max(1)).map(move |k| self.towards(to, f64::from(k) / n))
    }

    /// The position reached by going `km` along `bearing` degrees, on the
    /// mean sphere.
    pub fn destination(self, bearing: f64, km: f64) -> LatLon {
        LatLon::of(Haversine.destination(self.point(), bearing, km * 1000.0))
    }
}

/// Great-circle distance between two positions given as columns hold them,
/// km: [`LatLon::haversine_km`] for loops over point stores.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    LatLon::new(lat1, lon1).haversine_km(LatLon::new(lat2, lon2))
}

/// A longitude folded into `[-180, 180)`.
pub fn normalize_lon(lon: f64) -> f64 {
    (lon + 180.0).rem_euclid(360.0) - 180.0
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn distance_is_symmetric_and_zero_on_self() {
        let (a, b) = (LatLon::new(14.74, -17.49), LatLon::new(-25.24, -57.52));
        assert_eq!(a.haversine_km(a), 0.0);
        assert_eq!(a.geodesic_km(a), 0.0);
        assert!((a.haversine_km(b) - b.haversine_km(a)).abs() < 1e-9);
        assert!((a.geodesic_km(b) - b.geodesic_km(a)).abs() < 1e-9);
    }

    /// Leg distances against GeographicLib (Karney), to the metre. The
    /// reference values were made with Python's `geographiclib` 2.1:
    /// `Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)['s12']` (metres).
    #[test]
    fn geodesic_distances_agree_with_geographiclib() {
        #[rustfmt::skip]
        let pairs: [(f64, f64, f64, f64, f64); 20] = [
            (41.2753, 28.7519, 55.5915, 37.2615, 1708909.8584082744), // Istanbul LTFM to Vnukovo UUWW
            (55.8783, 38.0617, 14.671, -17.0733, 6524914.980288964), // Chkalovskiy UUMU to Dakar GOBD
            (14.671, -17.0733, -25.24, -57.52, 6224540.4465711545), // Dakar GOBD to Asuncion SGAS
            (-25.24, -57.52, 22.9892, -82.4091, 5973974.423878603), // Asuncion SGAS to Havana MUHA
            (55.5915, 37.2615, 10.6031, -66.9906, 9920254.169221718), // Vnukovo UUWW to Caracas SVMI
            (0.0, 0.0, 0.5, 179.7, 19944127.420750458), // nearly antipodal on the equator
            (30.0, 0.0, -29.9, 179.8, 19989832.82760953), // nearly antipodal, mid-latitudes
            (10.0, 20.0, -10.0, -160.0, 20003931.458625447), // antipodal, exactly
            (-37.0082, 174.785, 40.4983, -3.5676, 19593154.5350725), // Auckland to Madrid (near antipodes)
            (89.9, 0.0, 89.9, 180.0, 22338.795682520195), // over the North Pole
            (90.0, 0.0, -90.0, 0.0, 20003931.458625447), // pole to pole
            (-89.0, -45.0, -88.5, 135.0, 279234.4473564699), // near the South Pole
            (61.1743, -149.9963, 68.7817, 32.7508, 5584268.064000551), // Anchorage to Murmansk over the Arctic
            (-17.7554, 177.4434, -13.83, -171.9973, 1211520.043392885), // across the antimeridian, Fiji to Samoa
            (50.0, 179.5, 50.0, -179.5, 71695.21960602548), // across the antimeridian at 50N
            (35.5523, 139.7798, 33.9425, -118.4081, 8831412.025155038), // Tokyo to Los Angeles
            (41.2753, 28.7519, 41.276, 28.7528, 108.30373062289041), // short: 100 m on a runway
            (55.5915, 37.2615, 55.591509, 37.2615, 1.0020094444104162), // short: 1 m
            (-25.24, -57.52, -25.24, -57.52, 0.0), // same point
            (0.0, -45.0, 0.0, 45.0, 10018754.171394622), // along the equator, 90 degrees
        ];
        for (lat1, lon1, lat2, lon2, want_m) in pairs {
            let got_m = LatLon::new(lat1, lon1).geodesic_km(LatLon::new(lat2, lon2)) * 1000.0;
            assert!(
                (got_m - want_m).abs() < 1.0,
                "({lat1}, {lon1}) to ({lat2}, {lon2}): {got_m} m, GeographicLib {want_m} m"
            );
        }
    }

    #[test]
    fn antipodes_are_half_the_circumference_apart() {
        // (2.5, 20) and its antipode: the haversine rounds to just over 1.
        for (a, b) in [
            ((2.5, 20.0), (-2.5, -160.0)),
            ((10.0, 20.0), (-10.0, -160.0)),
            ((0.0, 0.0), (0.0, 180.0)),
            ((45.0, 90.0), (-45.0, -90.0)),
            ((90.0, 0.0), (-90.0, 0.0)),
        ] {
            let d = LatLon::from(a).haversine_km(LatLon::from(b));
            // Within a metre: the arcsine is ill-conditioned there.
            let half = std::f64::consts::PI * EARTH_RADIUS_KM;
            assert!((d - half).abs() < 1e-3, "{a:?} {d}");
        }
        assert!(haversine_km(f64::NAN, 0.0, 1.0, 1.0).is_nan());
    }

    #[test]
    fn towards_ends_are_the_ends() {
        let (a, b) = (LatLon::new(55.97, 37.41), LatLon::new(14.74, -17.49));
        let s = a.towards(b, 0.0);
        assert!((s.lat - 55.97).abs() < 1e-9 && (s.lon - 37.41).abs() < 1e-9);
        let e = a.towards(b, 1.0);
        assert!((e.lat - 14.74).abs() < 1e-9 && (e.lon + 17.49).abs() < 1e-9);
        let arc: Vec<LatLon> = a.arc(b, 4).collect();
        assert_eq!(arc.len(), 5);
        assert_eq!((arc[0], arc[4]), (s, e));
        // Equal steps along the circle.
        let steps: Vec<f64> = arc.windows(2).map(|w| w[0].haversine_km(w[1])).collect();
        assert!(
            steps.iter().all(|s| (s - steps[0]).abs() < 1e-6),
            "{steps:?}"
        );
    }

    #[test]
    fn destination_goes_the_distance() {
        let a = LatLon::new(10.0, 20.0);
        let b = a.destination(73.0, 500.0);
        assert!((a.haversine_km(b) - 500.0).abs() < 1e-6);
        assert!((a.bearing_deg(b) - 73.0).abs() < 1e-6);
    }

    #[test]
    fn polar_route_passes_near_the_pole() {
        // Anchorage-ish to Murmansk-ish across the Arctic.
        let m = LatLon::new(70.0, -150.0).towards(LatLon::new(70.0, 30.0), 0.5);
        assert!(m.lat > 89.9, "{m:?}");
    }

    #[test]
    fn an_arc_across_the_antimeridian_stays_in_range() {
        let arc: Vec<LatLon> = LatLon::new(50.0, 175.0)
            .arc(LatLon::new(50.0, -175.0), 8)
            .collect();
        assert!(
            arc.iter().all(|p| (-180.0..180.0).contains(&p.lon)),
            "{arc:?}"
        );
        assert!(
            arc.iter().all(|p| p.lon.abs() > 170.0),
            "the short way round"
        );
    }
}
