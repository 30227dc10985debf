//! Bytes into text: a byte-order mark dropped, each line UTF-8 when it is
//! valid UTF-8 and Latin-1 when it is not, so that no file fails to decode.

use std::borrow::Cow;

/// Decodes bytes as text: UTF-8 with or without BOM, else Latin-1, which
/// never fails (every byte is a character). See [`decode_lines`].
pub fn decode_text(bytes: &[u8]) -> Cow<'_, str> {
    decode_lines(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// Decodes bytes as text line by line: a line that is UTF-8 stays so, and
/// one that is not is read as Latin-1. A file joined from exports in both
/// encodings reads right, and a file reads the same whether it arrives
/// whole or in pieces (pieces are parsed at line ends).
pub(crate) fn decode_lines(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            for line in bytes.split_inclusive(|&b| b == b'\n') {
                match std::str::from_utf8(line) {
                    Ok(s) => out.push_str(s),
                    Err(_) => out.extend(line.iter().map(|&b| char::from(b))),
                }
            }
            Cow::Owned(out)
        }
    }
}

/// The first non-blank line, trimmed, used to recognise a format.
pub(super) fn first_line(text: &str) -> &str {
    text.lines()
        .map(str::trim_ascii)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_and_bom_decode() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFabc"), "abc");
        assert_eq!(decode_text(b"Bogot\xe1"), "Bogotá");
    }
}
