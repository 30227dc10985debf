//! Packs the article reader's lexicons (`src/article/lexicon/*.txt`, the
//! words of other languages put into English) into one gzipped blob in
//! `OUT_DIR`, so the module carries about 90 KB of them instead of 430 KB
//! of text. `article::translate` inflates it the first time an article in
//! another language is read.

use std::io::Write;

const LANGUAGES: [&str; 7] = ["es", "pt", "fr", "it", "nl", "de", "ru"];

fn main() {
    let dir = std::path::Path::new("src/article/lexicon");
    let mut all = String::new();
    for lang in LANGUAGES {
        let path = dir.join(format!("{lang}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Each lexicon after a line "@@ xx".
        all.push_str(&format!("@@ {lang}\n"));
        all.push_str(&text);
        if !text.ends_with('\n') {
            all.push('\n');
        }
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(all.as_bytes()).expect("gzip in memory");
    let bytes = gz.finish().expect("gzip in memory");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicons.gz");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
