//! **Save project** and **Open project**, in the page: the `.flightlens`
//! document ([`flightlens_core::saved::SavedProject`], JSON) holding the
//! flight files as they were, the article and its date. Opening it reads
//! the files again, so what comes back is exactly what was analysed. It is
//! made and read in the page; nothing is stored in the browser.
//!
//! The same document is what an offline file carries ([`crate::preload`])
//! and what Save as offline HTML puts in it ([`crate::offline`]).

use flightlens_core::Dataset;
use flightlens_core::saved::{FORMAT, SavedFile, SavedProject};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::browser::js_error;

/// Where a loaded file's bytes can be had again.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file the user chose (read again when saving).
    File(web_sys::File),
    /// Bytes already in memory (the demo, an opened project, a shared page).
    Bytes(String, std::rc::Rc<Vec<u8>>),
}

impl Source {
    async fn bytes(&self) -> Result<(String, Vec<u8>), String> {
        match self {
            Source::Bytes(name, b) => Ok((name.clone(), b.as_ref().clone())),
            Source::File(f) => {
                let buf = JsFuture::from(f.array_buffer()).await.map_err(|e| {
                    format!(
                        "{}: the browser could not read the file again ({})",
                        f.name(),
                        js_error(&e)
                    )
                })?;
                Ok((f.name(), js_sys::Uint8Array::new(&buf).to_vec()))
            }
        }
    }
}

/// The project document for these sources, article and date.
pub async fn save(
    sources: Vec<Source>,
    article: String,
    published: String,
) -> Result<String, String> {
    let mut files = Vec::new();
    for s in &sources {
        let (name, bytes) = s.bytes().await?;
        let base64 = crate::browser::base64(&bytes).map_err(|e| format!("{name}: {e}"))?;
        files.push(SavedFile { name, base64 });
    }
    let doc = SavedProject {
        format: FORMAT.into(),
        files,
        article,
        published,
    };
    Ok(doc.to_json())
}

/// The text of a chosen project file.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| crate::browser::unreadable(&file.name(), &e))?;
    text.dyn_into::<js_sys::JsString>()
        .map(String::from)
        .map_err(|_| format!("{}: not a text file", file.name()))
}

/// A project document, opened: the data read from its files, the article,
/// its date.
#[derive(Debug)]
pub struct Opened {
    /// The files, read and merged.
    pub data: Dataset,
    /// The article's text.
    pub article: String,
    /// Its publication date, `YYYY-MM-DD` or empty.
    pub published: String,
    /// The files as they were, by name, to save again.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Reads a project document (a `.flightlens` file, or the block an offline
/// file carries).
pub fn open(text: &str) -> Result<Opened, String> {
    let bad = |e: String| format!("the data carried in this page could not be read ({e})");
    let block: SavedProject = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    let window = web_sys::window().ok_or_else(|| bad("no window".into()))?;
    let mut data = Dataset::default();
    let mut files = Vec::new();
    for f in block.files {
        // atob gives one character per byte.
        let binary = window
            .atob(&f.base64)
            .map_err(|e| bad(format!("{}: {}", f.name, js_error(&e))))?;
        let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
        data.add_file(&f.name, &bytes);
        files.push((f.name, bytes));
    }
    Ok(Opened {
        data,
        article: block.article,
        published: block.published,
        files,
    })
}
