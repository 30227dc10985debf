//! The synthetic demo, embedded at build time from `demo/` (regenerate it
//! with `cargo xtask gen-demo`).

/// A demo file: its name and content.
pub type DemoFile = (&'static str, &'static str);

/// The demo's flight-data files.
pub const FILES: [DemoFile; 2] = [
    (
        "cargo-rff7071.fr24.csv",
        include_str!("../demo/cargo-rff7071.fr24.csv"),
    ),
    (
        "bizjet-4bc8d0.opensky.csv",
        include_str!("../demo/bizjet-4bc8d0.opensky.csv"),
    ),
];

/// The demo's (invented) article.
pub const ARTICLE: &str = include_str!("../demo/article.txt");

/// The demo article's publication date.
pub const PUBLISHED: &str = "2019-01-28";
