//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an
//! equal-area projection of the whole world whose meridians are curves, so
//! that distances and areas on a world map look as they are.
//!
//! # Units
//! Input in degrees; output in projection units, y pointing north.

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// Half the width of the Equal Earth world in projection units.
pub const HALF_WIDTH: f64 = 2.706_629_983_696_074;
/// Half the height of the Equal Earth world in projection units.
pub const HALF_HEIGHT: f64 = 1.317_362_759_157_413;

/// Equal Earth projection (Šavrič, Patterson and Jenny, 2018) of a point,
/// in projection units with y pointing north.
///
/// ```
/// let (x, y) = flightlens_core::map::projection::equal_earth(0.0, 180.0);
/// assert!((x - flightlens_core::map::projection::HALF_WIDTH).abs() < 1e-9 && y.abs() < 1e-12);
/// ```
pub fn equal_earth(lat: f64, lon: f64) -> (f64, f64) {
    let m = 3f64.sqrt() / 2.0;
    let th = (m * lat.to_radians().sin()).asin();
    let t2 = th * th;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lon.to_radians() * th.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = th * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_world_is_symmetric_and_bounded() {
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        let (x, y) = equal_earth(90.0, 0.0);
        assert!(x.abs() < 1e-12 && (y - HALF_HEIGHT).abs() < 1e-9, "{y}");
        let (x1, y1) = equal_earth(40.0, 100.0);
        let (x2, y2) = equal_earth(-40.0, -100.0);
        assert!((x1 + x2).abs() < 1e-12 && (y1 + y2).abs() < 1e-12);
        for lat in (-90..=90).step_by(10) {
            let (x, _) = equal_earth(f64::from(lat), 180.0);
            assert!(x <= HALF_WIDTH + 1e-9, "{lat}");
        }
    }
}
