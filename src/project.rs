//! Saving and opening a project: a `.flightlens` file (JSON) holding the
//! flight files as they were, the article and its date. Opening it reads
//! the files again, so what comes back is exactly what was analysed. It is
//! made and read in the page; nothing is stored in the browser.

use flightlens_core::saved::{FORMAT, SavedFile, SavedProject};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
                        "{}: the browser could not read the file again ({e:?})",
                        f.name()
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
