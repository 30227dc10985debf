//! `cargo xtask gen-lexicons`: packs the article reader's lexicons of
//! other languages (`crates/core/src/article/lexicon/xx.txt`, where they
//! are written) into `crates/core/data/lexicons.txt.gz`, one gzipped data
//! file, each lexicon after a line `@@ xx`. Natively the engine embeds it;
//! the page fetches it beside the module like the other data files.

use std::io::Write;
use std::path::Path;

/// The lexicons, in the order they are packed.
pub const LANGUAGES: [&str; 7] = ["es", "pt", "fr", "it", "nl", "de", "ru"];

/// Writes the packed file.
pub fn generate(root: &Path) -> Result<(), String> {
    let dir = root.join("crates/core/src/article/lexicon");
    let mut all = String::new();
    for lang in LANGUAGES {
        let path = dir.join(format!("{lang}.txt"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        all.push_str(&format!("@@ {lang}\n"));
        all.push_str(&text);
        if !text.ends_with('\n') {
            all.push('\n');
        }
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(all.as_bytes()).map_err(|e| e.to_string())?;
    let bytes = gz.finish().map_err(|e| e.to_string())?;
    let out = root.join("crates/core/data/lexicons.txt.gz");
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "wrote {} ({} bytes from {} of text)",
        out.display(),
        bytes.len(),
        all.len()
    );
    Ok(())
}
