//! A small ZIP writer: what the app's **Export for web** downloads (the
//! published folder, [`crate::publish`], as one file).
//!
//! It writes only what that needs: a flat list of files, each deflated
//! (raw DEFLATE, flate2's pure-Rust backend, already in the engine for
//! gzip) with its CRC-32 (crc32fast, already in the tree through flate2),
//! names in UTF-8, no timestamps from a clock (the engine has none: every
//! entry is dated 1980-01-01, the format's first day), no ZIP64 (files and
//! archives under 4 GB). The `zip` crate would bring its own dependency
//! tree and a reader the page never uses, for a module that is counted in
//! kilobytes; this is a hundred lines, checked against the format by its
//! tests and against Python's `zipfile` by the end-to-end test.
//!
//! ```
//! let archive = flightlens_core::zip::zip(&[("folder/a.txt", b"hello".as_slice())]).unwrap();
//! assert_eq!(&archive[..4], b"PK\x03\x04");
//! ```

use std::io::Write as _;

/// Why an archive could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZipError(String);

impl std::fmt::Display for ZipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ZipError {}

/// Version 2.0: deflate.
const VERSION: u16 = 20;
/// Bit 11: the name is UTF-8.
const UTF8: u16 = 1 << 11;
const DEFLATE: u16 = 8;
/// 1980-01-01 in MS-DOS form (day 1, month 1, year 0 from 1980).
const DATE: u16 = (1 << 5) | 1;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn fits<T: TryFrom<usize>>(n: usize, what: &str) -> Result<T, ZipError> {
    T::try_from(n).map_err(|_| ZipError(format!("{what} is too big for a ZIP archive")))
}

/// An archive of `files` (path inside the archive, bytes), in order.
pub fn zip(files: &[(&str, &[u8])]) -> Result<Vec<u8>, ZipError> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let mut deflate =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        deflate
            .write_all(bytes)
            .and_then(|()| deflate.try_finish())
            .map_err(|e| ZipError(e.to_string()))?;
        let packed = deflate.get_ref();
        let crc = crc32fast::hash(bytes);
        let (csize, size) = (
            fits::<u32>(packed.len(), name)?,
            fits::<u32>(bytes.len(), name)?,
        );
        let name_len = fits::<u16>(name.len(), name)?;
        let offset = fits::<u32>(out.len(), "the archive")?;
        // The local header, then the data.
        u32le(&mut out, 0x0403_4b50);
        for v in [VERSION, UTF8, DEFLATE, 0, DATE] {
            u16le(&mut out, v);
        }
        for v in [crc, csize, size] {
            u32le(&mut out, v);
        }
        u16le(&mut out, name_len);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(packed);
        // Its entry in the central directory.
        u32le(&mut central, 0x0201_4b50);
        for v in [VERSION, VERSION, UTF8, DEFLATE, 0, DATE] {
            u16le(&mut central, v);
        }
        for v in [crc, csize, size] {
            u32le(&mut central, v);
        }
        for v in [name_len, 0, 0, 0, 0] {
            u16le(&mut central, v);
        }
        u32le(&mut central, 0);
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let count = fits::<u16>(files.len(), "the number of files")?;
    let (cd_size, cd_offset) = (
        fits::<u32>(central.len(), "the directory")?,
        fits::<u32>(out.len(), "the archive")?,
    );
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    for v in [0, 0, count, count] {
        u16le(&mut out, v);
    }
    u32le(&mut out, cd_size);
    u32le(&mut out, cd_offset);
    u16le(&mut out, 0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn u16at(b: &[u8], i: usize) -> usize {
        usize::from(u16::from_le_bytes([b[i], b[i + 1]]))
    }

    fn u32at(b: &[u8], i: usize) -> usize {
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize
    }

    /// Reads an archive back the way an unzipper does: from the end of the
    /// central directory, each entry's local header, then its data.
    fn unzip(b: &[u8]) -> Vec<(String, Vec<u8>)> {
        let end = b.len() - 22;
        assert_eq!(u32at(b, end), 0x0605_4b50, "end of central directory");
        let (n, size, at) = (u16at(b, end + 10), u32at(b, end + 12), u32at(b, end + 16));
        assert_eq!(
            at + size,
            end,
            "the directory ends where its end record begins"
        );
        let mut out = Vec::new();
        let mut p = at;
        for _ in 0..n {
            assert_eq!(u32at(b, p), 0x0201_4b50);
            assert_eq!(u16at(b, p + 8) & usize::from(UTF8), usize::from(UTF8));
            let (crc, csize, len) = (u32at(b, p + 16), u32at(b, p + 20), u32at(b, p + 24));
            let name_len = u16at(b, p + 28);
            let name = String::from_utf8(b[p + 46..p + 46 + name_len].to_vec()).unwrap();
            let local = u32at(b, p + 42);
            assert_eq!(u32at(b, local), 0x0403_4b50);
            assert_eq!(u32at(b, local + 14), crc, "local and central CRCs agree");
            let data = local + 30 + u16at(b, local + 26) + u16at(b, local + 28);
            let mut bytes = Vec::new();
            flate2::read::DeflateDecoder::new(&b[data..data + csize])
                .read_to_end(&mut bytes)
                .unwrap();
            assert_eq!(bytes.len(), len);
            assert_eq!(crc32fast::hash(&bytes) as usize, crc);
            out.push((name, bytes));
            p += 46 + name_len;
        }
        out
    }

    #[test]
    fn files_come_back_as_they_went_in() {
        let big = "Flightlens ".repeat(10_000);
        let files: [(&str, &[u8]); 3] = [
            ("web/index.html", b"<!DOCTYPE html>"),
            ("web/empty.txt", b""),
            ("web/åéî big.txt", big.as_bytes()),
        ];
        let archive = zip(&files).unwrap();
        let back = unzip(&archive);
        assert_eq!(back.len(), 3);
        for ((name, bytes), (n, b)) in files.iter().zip(&back) {
            assert_eq!((name, *bytes), (&n.as_str(), b.as_slice()));
        }
        assert!(archive.len() < big.len() / 10, "deflated");
    }

    #[test]
    fn an_empty_archive_is_just_its_end() {
        let archive = zip(&[]).unwrap();
        assert_eq!(archive.len(), 22);
        assert!(unzip(&archive).is_empty());
    }
}
