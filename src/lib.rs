//! The Flightlens app: a thin Leptos layer over `flightlens-core`.
//!
//! The page owns the browser (files, downloads, signals, components); every
//! calculation is one call into the engine. Data stays plain; signals wrap it
//! here and nowhere else.

pub mod assets;
mod browser;
pub mod components;
pub mod demo;
pub mod embed;
pub mod load;
pub mod offline;
pub mod preload;
pub mod read;
pub mod reader;
pub mod saved;
pub mod state;

pub use browser::js_error;
pub use components::App;
