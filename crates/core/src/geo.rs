//! Great-circle measures on a spherical Earth.
//!
//! # Units
//! Latitudes and longitudes in degrees (WGS 84), distances in kilometres,
//! bearings in degrees clockwise from true north.

/// Mean Earth radius, km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance between two points, km (haversine formula).
///
/// ```
/// use flightlens_core::geo::haversine_km;
/// // Istanbul Airport to Vnukovo, about 1,710 km.
/// let d = haversine_km(41.2753, 28.7519, 55.5915, 37.2615);
/// assert!((d - 1710.0).abs() < 15.0, "{d}");
/// ```
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().clamp(0.0, 1.0).asin()
}

/// Initial bearing from the first point towards the second, degrees in `[0, 360)`.
pub fn bearing_deg(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dl = (lon2 - lon1).to_radians();
    let y = dl.sin() * p2.cos();
    let x = p1.cos() * p2.sin() - p1.sin() * p2.cos() * dl.cos();
    y.atan2(x).to_degrees().rem_euclid(360.0)
}

/// The point a fraction `f` (0 to 1) of the way along the great circle from
/// the first point to the second. Handles the antimeridian; the result's
/// longitude is in `[-180, 180)`.
///
/// ```
/// use flightlens_core::geo::intermediate;
/// let (lat, lon) = intermediate(0.0, 170.0, 0.0, -170.0, 0.5);
/// assert!(lat.abs() < 1e-9 && (lon.abs() - 180.0).abs() < 1e-9);
/// ```
pub fn intermediate(lat1: f64, lon1: f64, lat2: f64, lon2: f64, f: f64) -> (f64, f64) {
    let d = haversine_km(lat1, lon1, lat2, lon2) / EARTH_RADIUS_KM;
    if d < 1e-12 {
        return (lat1, lon1);
    }
    let (p1, l1, p2, l2) = (
        lat1.to_radians(),
        lon1.to_radians(),
        lat2.to_radians(),
        lon2.to_radians(),
    );
    let a = ((1.0 - f) * d).sin() / d.sin();
    let b = (f * d).sin() / d.sin();
    let x = a * p1.cos() * l1.cos() + b * p2.cos() * l2.cos();
    let y = a * p1.cos() * l1.sin() + b * p2.cos() * l2.sin();
    let z = a * p1.sin() + b * p2.sin();
    let lat = z.atan2((x * x + y * y).sqrt()).to_degrees();
    let lon = normalize_lon(y.atan2(x).to_degrees());
    (lat, lon)
}

/// The point reached by going `km` from a point along `bearing` degrees.
pub fn destination(lat: f64, lon: f64, bearing: f64, km: f64) -> (f64, f64) {
    let d = km / EARTH_RADIUS_KM;
    let (p1, l1, th) = (lat.to_radians(), lon.to_radians(), bearing.to_radians());
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * th.cos()).asin();
    let l2 = l1 + (th.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    (p2.to_degrees(), normalize_lon(l2.to_degrees()))
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
        assert_eq!(haversine_km(14.74, -17.49, 14.74, -17.49), 0.0);
        let a = haversine_km(14.74, -17.49, -25.24, -57.52);
        let b = haversine_km(-25.24, -57.52, 14.74, -17.49);
        assert!((a - b).abs() < 1e-9);
    }

    #[test]
    fn intermediate_ends_are_the_ends() {
        let (lat, lon) = intermediate(55.97, 37.41, 14.74, -17.49, 0.0);
        assert!((lat - 55.97).abs() < 1e-9 && (lon - 37.41).abs() < 1e-9);
        let (lat, lon) = intermediate(55.97, 37.41, 14.74, -17.49, 1.0);
        assert!((lat - 14.74).abs() < 1e-9 && (lon + 17.49).abs() < 1e-9);
    }

    #[test]
    fn destination_goes_the_distance() {
        let (lat, lon) = destination(10.0, 20.0, 73.0, 500.0);
        assert!((haversine_km(10.0, 20.0, lat, lon) - 500.0).abs() < 1e-6);
        assert!((bearing_deg(10.0, 20.0, lat, lon) - 73.0).abs() < 1e-6);
    }

    #[test]
    fn polar_route_passes_near_the_pole() {
        // Anchorage-ish to Murmansk-ish across the Arctic.
        let (lat, _) = intermediate(70.0, -150.0, 70.0, 30.0, 0.5);
        assert!(lat > 89.9, "{lat}");
    }
}
