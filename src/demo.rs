//! The synthetic demo (`demo/`, regenerate it with `cargo xtask gen-demo`).
//! Its flight-data files are not in the module: they are served beside it
//! (`flightlens_core::data::DEMO`) and fetched when **Load demo** is pressed
//! ([`crate::assets::demo_files`]); the offline file carries them inline.

/// The demo's flight-data files, by name.
pub const FILES: [&str; 2] = flightlens_core::data::DEMO;

/// The demo's (invented) article.
pub const ARTICLE: &str = include_str!("../demo/article.txt");

/// The demo article's publication date.
pub const PUBLISHED: &str = "2019-01-28";
