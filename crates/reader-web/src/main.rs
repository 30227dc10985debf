//! The article reader as the page's second wasm module: the two functions
//! `js/reader-worker.js` calls, in a worker the app starts when there is an
//! article to read (`src/reader.rs`). The app's own module leaves the
//! reader out; this one carries nothing else.

use flightlens_core::data;
use flightlens_core::pipeline::{self, ArticleInput};
use wasm_bindgen::prelude::*;

/// Hands the data file `name` to the engine (one of
/// `data::READER_FILES`); others are ignored. An error says which file
/// could not be read.
#[wasm_bindgen]
pub fn reader_install(name: &str, bytes: &[u8]) -> Result<(), String> {
    if data::READER_FILES.contains(&name) {
        data::install_for_reader(name, bytes).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Reads `text` published on `published` (`YYYY-MM-DD`, or empty when
/// not known) and returns the reading as
/// `flightlens_core::pipeline::ArticleReading::handover` writes it.
#[wasm_bindgen]
pub fn reader_read(text: &str, published: &str) -> String {
    pipeline::read_article(ArticleInput {
        text,
        published: published.trim().parse().ok(),
    })
    .handover()
}

fn main() {}
