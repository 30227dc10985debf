//! Data carried inside the page itself: an offline file made with
//! `cargo xtask bundle --with …` holds its flight files, article and date in
//! a `<script type="application/json" id="flightlens-preload">` block (never
//! run), and opens with them loaded.

use flightlens_core::Dataset;
use flightlens_core::saved::SavedProject;

/// What a page carries: the data read from its files, the article, its date.
#[derive(Debug)]
pub struct Preloaded {
    /// The files, read and merged.
    pub data: Dataset,
    /// The article's text.
    pub article: String,
    /// Its publication date, `YYYY-MM-DD` or empty.
    pub published: String,
    /// The files as they were, by name, to save again.
    pub files: Vec<(String, Vec<u8>)>,
}

/// The data this page carries, if any; `Err` says why it could not be read.
pub fn read() -> Option<Result<Preloaded, String>> {
    let doc = web_sys::window()?.document()?;
    let text = doc
        .get_element_by_id("flightlens-preload")?
        .text_content()?;
    Some(parse(&text))
}

/// Reads a block (or a saved project, which has the same shape).
pub fn parse(text: &str) -> Result<Preloaded, String> {
    let bad = |e: String| format!("the data carried in this page could not be read ({e})");
    let block: SavedProject = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    let window = web_sys::window().ok_or_else(|| bad("no window".into()))?;
    let mut data = Dataset::default();
    let mut files = Vec::new();
    for f in block.files {
        // atob gives one character per byte.
        let binary = window
            .atob(&f.base64)
            .map_err(|e| bad(format!("{}: {e:?}", f.name)))?;
        let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
        data.add_file(&f.name, &bytes);
        files.push((f.name, bytes));
    }
    Ok(Preloaded {
        data,
        article: block.article,
        published: block.published,
        files,
    })
}
