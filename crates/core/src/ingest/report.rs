//! What happened to one file: its report, and the warnings that say which
//! row was skipped and why.

use serde::{Deserialize, Serialize};

use super::format::Format;

/// How many warnings one file keeps in full; the rest are only counted.
pub const MAX_WARNINGS_KEPT: usize = 200;

/// A problem with one row or one file, for the reader to act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The file's name as the user gave it.
    pub file: String,
    /// 1-based line number, when the problem is on one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// What is wrong, in words a reporter can act on.
    pub message: String,
}

/// What happened to one file: the import report shown to the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileImport {
    /// The file's name as the user gave it.
    pub file: String,
    /// The detected format, `None` when no format matched.
    pub format: Option<Format>,
    /// Data rows read (header and blank lines not counted).
    pub rows: u64,
    /// Positions kept.
    pub points: u64,
    /// Flights read from a flight list.
    pub flights: u64,
    /// Rows skipped, with the reasons in `warnings`.
    pub skipped: u64,
    /// Exact repeats removed when merging.
    pub duplicates: u64,
    /// The first [`MAX_WARNINGS_KEPT`] warnings.
    pub warnings: Vec<Warning>,
    /// All warnings, including those not kept.
    pub warning_count: u64,
    /// First and last time in the file, Unix seconds.
    pub span: Option<(i64, i64)>,
    /// Labels of the aircraft found in this file.
    pub aircraft: Vec<String>,
    /// Lines before the text being parsed now (when a file is read in blocks).
    #[serde(skip)]
    pub(crate) line_base: u64,
}

impl FileImport {
    pub(super) fn new(file: &str) -> Self {
        FileImport {
            file: file.to_string(),
            format: None,
            rows: 0,
            points: 0,
            flights: 0,
            skipped: 0,
            duplicates: 0,
            warnings: Vec::new(),
            warning_count: 0,
            span: None,
            aircraft: Vec::new(),
            line_base: 0,
        }
    }

    /// Records a warning about `line`, keeping at most [`MAX_WARNINGS_KEPT`].
    pub(crate) fn warn(&mut self, line: Option<u64>, message: impl Into<String>) {
        let line = line.map(|l| l + self.line_base);
        self.warning_count += 1;
        if self.warnings.len() < MAX_WARNINGS_KEPT {
            self.warnings.push(Warning {
                file: self.file.clone(),
                line,
                message: message.into(),
            });
        }
    }

    /// True when the file could not be read at all.
    pub fn failed(&self) -> bool {
        self.format.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_first_warnings_but_counts_all() {
        let mut r = FileImport::new("x");
        for i in 0..(MAX_WARNINGS_KEPT as u64 + 5) {
            r.warn(Some(i), "bad");
        }
        assert_eq!(r.warnings.len(), MAX_WARNINGS_KEPT);
        assert_eq!(r.warning_count, MAX_WARNINGS_KEPT as u64 + 5);
    }
}
