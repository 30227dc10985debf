//! Memory taken from the browser in one step, before a file's points
//! arrive, instead of in the many small steps a growing vector takes.
//!
//! A wasm module's memory grows in steps as its vectors do, and in V8 the
//! steps cost more than the parsing they interrupt: parsing 76 MB of
//! Flightradar24 CSV took 0.63 s in a fresh module and 0.52 s after one
//! step up front (which itself took 15 ms). The allocator keeps what is
//! freed, and the tracks fill it. Nothing is given back, but a worker ends
//! with its file.

/// The worker's memory taken up front, per byte of the file (a point is 29
/// bytes; a CSV row, 60 to 120)…
const RESERVE_PER_BYTE: f64 = 0.6;
/// …and at least…
const RESERVE_MIN: f64 = 16.0 * 1024.0 * 1024.0;
/// …and at most (for the page's share too).
const RESERVE_MAX: f64 = 512.0 * 1024.0 * 1024.0;

/// The page's share, for a file of at least this many bytes: the tracks it
/// receives (about 0.4 bytes per byte of CSV) stay in its memory for as
/// long as they are loaded. Unpacking and merging 76 MB's tracks took
/// 33 ms with it against 52 ms without (medians of five alternating runs).
const PAGE_RESERVE_MIN_FILE: f64 = 8.0 * 1024.0 * 1024.0;
/// The page's share per byte of the file.
const PAGE_RESERVE_PER_BYTE: f64 = 0.4;

/// Bytes a worker reading a file of `file_bytes` takes up front.
pub fn for_worker(file_bytes: f64) -> f64 {
    (file_bytes * RESERVE_PER_BYTE).clamp(RESERVE_MIN, RESERVE_MAX)
}

/// Bytes the page takes up front for a file of `file_bytes`, if it is big
/// enough for that to pay.
pub fn for_page(file_bytes: f64) -> Option<f64> {
    (file_bytes >= PAGE_RESERVE_MIN_FILE)
        .then(|| (file_bytes * PAGE_RESERVE_PER_BYTE).min(RESERVE_MAX))
}

/// Has the allocator take `bytes` from the browser in one step, and keep
/// them for what comes.
pub fn reserve(bytes: f64) {
    drop(std::hint::black_box(Vec::<u8>::with_capacity(
        bytes as usize,
    )));
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: f64 = 1024.0 * 1024.0;

    #[test]
    fn a_worker_takes_a_share_of_its_file_within_bounds() {
        assert_eq!(for_worker(1.0), 16.0 * MB);
        assert_eq!(for_worker(100.0 * MB), 60.0 * MB);
        assert_eq!(for_worker(10_000.0 * MB), 512.0 * MB);
    }

    #[test]
    fn the_page_takes_its_share_only_for_big_files() {
        assert_eq!(for_page(8.0 * MB - 1.0), None);
        assert_eq!(for_page(10.0 * MB), Some(4.0 * MB));
        assert_eq!(for_page(10_000.0 * MB), Some(512.0 * MB));
    }
}
