//! The part of the world shown: a [`View`] maps projected points onto an
//! SVG viewport; fitting it to data, zooming and panning are maths on it.
//!
//! # Units
//! Input in degrees; output in SVG user units.

use super::projection::{HALF_HEIGHT, HALF_WIDTH, equal_earth};

/// A rectangle of the world mapped onto an SVG viewport.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Viewport width in SVG units.
    pub width: f64,
    /// Viewport height in SVG units.
    pub height: f64,
    /// Projection x at the viewport's centre.
    pub cx: f64,
    /// Projection y at the viewport's centre.
    pub cy: f64,
    /// SVG units per projection unit.
    pub scale: f64,
}

impl View {
    /// The whole world fitted into `width` × `height`.
    pub fn world(width: f64, height: f64) -> Self {
        let scale = (width / (2.0 * HALF_WIDTH)).min(height / (2.0 * HALF_HEIGHT));
        View {
            width,
            height,
            cx: 0.0,
            cy: 0.0,
            scale,
        }
    }

    /// The smallest view (within the world) that shows every `(lat, lon)`,
    /// with a margin of 15%. The whole world when there are no points.
    pub fn fit(width: f64, height: f64, points: impl IntoIterator<Item = (f64, f64)>) -> Self {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (lat, lon) in points {
            let (x, y) = equal_earth(lat, lon);
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        let world = View::world(width, height);
        if x0 > x1 {
            return world;
        }
        let span_x = ((x1 - x0) * 1.3).max(0.05);
        let span_y = ((y1 - y0) * 1.3).max(0.05);
        let scale = (width / span_x).min(height / span_y).max(world.scale);
        View {
            width,
            height,
            cx: (x0 + x1) / 2.0,
            cy: (y0 + y1) / 2.0,
            scale,
        }
    }

    /// The view that shows what this one shows after the SVG transform
    /// `translate(tx, ty) scale(k)`: pan and zoom are drawn as a cheap
    /// transform while the pointer moves, then folded into a new view so
    /// the paths are rebuilt at the new resolution. The scale is kept
    /// between the whole world and about a city.
    ///
    /// ```
    /// use flightlens_core::map::View;
    /// let v = View::world(1000.0, 500.0);
    /// let z = v.zoomed(-500.0, -250.0, 2.0);
    /// let (x, y) = v.to_svg(40.0, 30.0);
    /// let (zx, zy) = z.to_svg(40.0, 30.0);
    /// assert!((zx - (2.0 * x - 500.0)).abs() < 1e-6 && (zy - (2.0 * y - 250.0)).abs() < 1e-6);
    /// ```
    pub fn zoomed(&self, tx: f64, ty: f64, k: f64) -> View {
        let world = View::world(self.width, self.height).scale;
        let k = if k.is_finite() && k > 0.0 { k } else { 1.0 };
        let scale = (self.scale * k).clamp(world * 0.5, world * 4000.0);
        let k = scale / self.scale;
        let (w2, h2) = (self.width / 2.0, self.height / 2.0);
        let cx = self.cx + ((w2 - tx) / k - w2) / self.scale;
        let cy = self.cy - ((h2 - ty) / k - h2) / self.scale;
        View {
            scale,
            cx: cx.clamp(-HALF_WIDTH, HALF_WIDTH),
            cy: cy.clamp(-HALF_HEIGHT, HALF_HEIGHT),
            ..*self
        }
    }

    /// How many times the whole-world scale this view is (1 for the world).
    pub fn zoom(&self) -> f64 {
        self.scale / View::world(self.width, self.height).scale
    }

    /// SVG coordinates of a point (y grows downwards).
    pub fn to_svg(&self, lat: f64, lon: f64) -> (f64, f64) {
        let (x, y) = equal_earth(lat, lon);
        (
            self.width / 2.0 + (x - self.cx) * self.scale,
            self.height / 2.0 - (y - self.cy) * self.scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn world_view_maps_corners_inside() {
        let v = View::world(1000.0, 500.0);
        let (x, y) = v.to_svg(0.0, 0.0);
        assert!((x - 500.0).abs() < 1e-9 && (y - 250.0).abs() < 1e-9);
        let (x, _) = v.to_svg(0.0, 180.0);
        assert!(x <= 1000.0 + 1e-9);
        let (_, y) = v.to_svg(90.0, 0.0);
        assert!(y >= -1e-9);
    }

    #[test]
    fn fit_zooms_in_on_data() {
        let v = View::fit(1000.0, 500.0, [(55.0, 37.0), (41.0, 28.0)]);
        assert!(v.scale > View::world(1000.0, 500.0).scale * 5.0);
        let (x, y) = v.to_svg(55.0, 37.0);
        assert!((0.0..=1000.0).contains(&x) && (0.0..=500.0).contains(&y));
    }
}
