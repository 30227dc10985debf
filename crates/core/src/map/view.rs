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

/// A pan and zoom not yet folded into a [`View`]: the SVG transform
/// `translate(tx, ty) scale(k)`. While the pointer moves, the map is drawn
/// as this cheap transform of the picture it has; once it stops, the
/// transform is folded into a new view ([`View::zoomed`]) and the paths are
/// rebuilt at the new resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    /// Horizontal shift, SVG units.
    pub tx: f64,
    /// Vertical shift, SVG units.
    pub ty: f64,
    /// Scale factor.
    pub k: f64,
}

impl Transform {
    /// No pan and no zoom.
    pub const IDENTITY: Transform = Transform {
        tx: 0.0,
        ty: 0.0,
        k: 1.0,
    };

    /// This transform, zoomed by `f` about the SVG point `(sx, sy)`, with
    /// the resulting view kept between the whole world and about a city.
    ///
    /// ```
    /// use flightlens_core::map::view::{Transform, View};
    /// let base = View::world(1000.0, 500.0);
    /// let t = Transform::IDENTITY.zoom_at(&base, 2.0, 500.0, 250.0);
    /// assert_eq!((t.tx, t.ty, t.k), (-500.0, -250.0, 2.0));
    /// ```
    pub fn zoom_at(self, base: &View, f: f64, sx: f64, sy: f64) -> Transform {
        let z = base.zoom();
        let k = (self.k * f).clamp(0.5 / z, 4000.0 / z);
        let f = k / self.k;
        Transform {
            tx: sx - f * (sx - self.tx),
            ty: sy - f * (sy - self.ty),
            k,
        }
    }

    /// This transform moved by `(dx, dy)` SVG units.
    pub fn panned(self, dx: f64, dy: f64) -> Transform {
        Transform {
            tx: self.tx + dx,
            ty: self.ty + dy,
            ..self
        }
    }

    /// The point of the untransformed picture under the SVG point `(sx, sy)`.
    pub fn invert(&self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.tx) / self.k, (sy - self.ty) / self.k)
    }

    /// The CSS `transform` of an element `px` CSS pixels per SVG unit wide:
    /// `none` for the identity.
    pub fn css(&self, px: f64) -> String {
        if *self == Transform::IDENTITY {
            return "none".to_string();
        }
        format!(
            "translate({:.2}px, {:.2}px) scale({:.5})",
            self.tx * px,
            self.ty * px,
            self.k
        )
    }
}

/// The SVG point under a pointer at `(cx, cy)` in client pixels, for an
/// `<svg>` of `width` × `height` units drawn with `preserveAspectRatio=
/// "xMidYMid meet"` into the client rectangle `(left, top, w, h)`. None
/// when the rectangle is empty (not laid out).
///
/// ```
/// use flightlens_core::map::view::client_to_svg;
/// // Drawn at half size, with 50 px of letterbox on each side.
/// let p = client_to_svg((0.0, 0.0, 600.0, 250.0), (300.0, 125.0), 1000.0, 500.0);
/// assert_eq!(p, Some((500.0, 250.0)));
/// ```
pub fn client_to_svg(
    (left, top, w, h): (f64, f64, f64, f64),
    (cx, cy): (f64, f64),
    width: f64,
    height: f64,
) -> Option<(f64, f64)> {
    if w <= 0.0 {
        return None;
    }
    // viewBox with `meet`: one scale for both axes, centred.
    let s = (w / width).min(h / height);
    let ox = (w - width * s) / 2.0;
    let oy = (h - height * s) / 2.0;
    Some(((cx - left - ox) / s, (cy - top - oy) / s))
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
    fn a_transform_folds_into_the_view_it_shows() {
        let base = View::world(1000.0, 500.0);
        let t = Transform::IDENTITY
            .zoom_at(&base, 3.0, 200.0, 100.0)
            .panned(40.0, -25.0);
        let folded = base.zoomed(t.tx, t.ty, t.k);
        for (lat, lon) in [(10.0, 20.0), (-30.0, -60.0), (55.0, 37.0)] {
            let (x, y) = base.to_svg(lat, lon);
            let (fx, fy) = folded.to_svg(lat, lon);
            assert!((fx - (t.tx + t.k * x)).abs() < 1e-6, "{lat} {lon}");
            assert!((fy - (t.ty + t.k * y)).abs() < 1e-6, "{lat} {lon}");
            let (bx, by) = t.invert(fx, fy);
            assert!((bx - x).abs() < 1e-9 && (by - y).abs() < 1e-9);
        }
        assert_eq!(Transform::IDENTITY.css(1.3), "none");
        assert_eq!(
            t.css(1.0),
            format!("translate({:.2}px, {:.2}px) scale(3.00000)", t.tx, t.ty)
        );
    }

    #[test]
    fn zoom_stops_between_the_world_and_a_city() {
        let base = View::world(1000.0, 500.0);
        let out = Transform::IDENTITY.zoom_at(&base, 1e-6, 500.0, 250.0);
        assert_eq!(out.k, 0.5);
        let in_ = Transform::IDENTITY.zoom_at(&base, 1e9, 500.0, 250.0);
        assert_eq!(in_.k, 4000.0);
        assert_eq!(base.zoomed(0.0, 0.0, f64::NAN), base);
        assert!(client_to_svg((0.0, 0.0, 0.0, 0.0), (1.0, 1.0), 1000.0, 500.0).is_none());
    }

    #[test]
    fn fit_zooms_in_on_data() {
        let v = View::fit(1000.0, 500.0, [(55.0, 37.0), (41.0, 28.0)]);
        assert!(v.scale > View::world(1000.0, 500.0).scale * 5.0);
        let (x, y) = v.to_svg(55.0, 37.0);
        assert!((0.0..=1000.0).contains(&x) && (0.0..=500.0).contains(&y));
    }
}
