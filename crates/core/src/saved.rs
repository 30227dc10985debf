//! The saved-project document: a `.flightlens` file from **Save project**,
//! and the data block a shareable offline page carries (`cargo xtask
//! bundle --with`). The flight files travel as they were, base64-encoded
//! (some are gzip), with the article and its date.

use serde::{Deserialize, Serialize};

/// The document's `format` value.
pub const FORMAT: &str = "flightlens.project/1";

/// A saved project.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedProject {
    /// [`FORMAT`]; absent in data blocks written before it was added.
    #[serde(default)]
    pub format: String,
    /// The flight files, in the order they were loaded.
    pub files: Vec<SavedFile>,
    /// The article's text.
    #[serde(default)]
    pub article: String,
    /// Its publication date, `YYYY-MM-DD` or empty.
    #[serde(default)]
    pub published: String,
}

/// One flight file of a project.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedFile {
    /// The file's name as the user gave it.
    pub name: String,
    /// Its bytes, base64 (standard alphabet, padded).
    pub base64: String,
}

/// A saved project (or a page's data block) that could not be read: not
/// JSON, or not the shape of one. Says what and where, as serde_json does.
#[derive(Debug)]
pub struct SavedError(serde_json::Error);

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for SavedError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

impl SavedProject {
    /// Reads a saved project or a page's data block.
    pub fn from_json(text: &str) -> Result<Self, SavedError> {
        serde_json::from_str(text).map_err(SavedError)
    }

    /// The document as JSON. Every `<` is escaped, so that it can also sit
    /// in an HTML `<script>` block without any text in it ending the block.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_default()
            .replace('<', "\\u003c")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_cannot_close_a_script_block() {
        let p = SavedProject {
            format: FORMAT.into(),
            files: vec![SavedFile {
                name: "a</script>.csv".into(),
                base64: "QQ==".into(),
            }],
            article: "</script><script>alert(1)</script>".into(),
            published: "2019-01-28".into(),
        };
        let json = p.to_json();
        assert!(!json.contains('<'));
        assert_eq!(SavedProject::from_json(&json).unwrap(), p);
        let old = SavedProject::from_json(r#"{"files":[]}"#).unwrap();
        assert_eq!(old.format, "");
        let e = SavedProject::from_json(r#"{"nope":1}"#).unwrap_err();
        assert_eq!(e.to_string(), "missing field `files` at line 1 column 10");
    }
}
