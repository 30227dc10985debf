//! The map, the timeline and the profile as plain data: everything the
//! page's charts compute, so that the components only hold signals, handle
//! events and write the strings built here into `<path d=…>`. Everything
//! about how the views look is therefore tested natively.
//!
//! - [`projection`]: the Equal Earth projection;
//! - [`view`]: the part of the world shown, fitting, zooming and panning;
//! - [`path`]: SVG paths of tracks and lines (antimeridian and gap breaks,
//!   repeated routes drawn once, culling);
//! - [`basemap`]: land, borders, graticule and the world's outline.
//!
//! # Units
//! Input in degrees and Unix seconds; output in SVG user units.

pub mod basemap;
pub mod path;
pub mod projection;
pub mod view;

pub use path::{Raster, polyline, time_range, track_path, track_path_into};
pub use view::View;
