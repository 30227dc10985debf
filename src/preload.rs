//! The data an offline file carries: one made with `cargo xtask bundle
//! --with …` or with Save as offline HTML holds a project document (see
//! [`crate::saved`]) in a `<script type="application/json"
//! id="flightlens-preload">` block, which is never run, and opens with it
//! loaded.

use crate::saved::Opened;

/// True when this page carries data to open with.
pub fn present() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("flightlens-preload"))
        .is_some()
}

/// The data this page carries, if any; `Err` says why it could not be read.
pub fn read() -> Option<Result<Opened, String>> {
    let doc = web_sys::window()?.document()?;
    let text = doc
        .get_element_by_id("flightlens-preload")?
        .text_content()?;
    Some(crate::saved::open(&text))
}
