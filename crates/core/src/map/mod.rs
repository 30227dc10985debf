//! The map, the timeline and the profile as plain data: everything the
//! page's charts compute, so that the components only hold signals, handle
//! events and write the strings built here into `<path d=…>`. Everything
//! about how the views look is therefore tested natively.
//!
//! - [`projection`]: the Equal Earth projection;
//! - [`view`]: the part of the world shown, fitting, zooming and panning;
//! - [`path`]: SVG paths of tracks and lines (antimeridian and gap breaks,
//!   repeated routes drawn once, culling);
//! - [`basemap`]: land, borders, graticule and the world's outline;
//! - [`clip`]: paths cut down to a rectangle (a published map's extent);
//! - [`scene`]: what the route map draws for the data, a view and a
//!   filter, hover tips and hit testing;
//! - [`timeline`]: the timeline's rows, bars, axis and brush;
//! - [`profile`]: a leg's altitude and speed chart, and its sentence;
//! - [`picture`]: the map and the timeline as standalone SVG, styles
//!   written in (what a published analysis shows).
//!
//! # Units
//! Input in degrees and Unix seconds; output in SVG user units.

pub mod basemap;
pub mod clip;
pub mod path;
pub mod picture;
#[cfg(test)]
mod pinned;
pub mod profile;
pub mod projection;
pub mod scene;
pub mod timeline;
pub mod view;

pub use path::{Raster, polyline, time_range, track_path, track_path_into};
pub use view::View;

/// Okabe–Ito colours, distinguishable with the common colour-vision
/// deficiencies: one per aircraft, on the map, the timeline and the exports.
pub const PALETTE: [&str; 7] = [
    "#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8F7A00",
];

/// The colour of the `i`th aircraft.
pub fn colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}
