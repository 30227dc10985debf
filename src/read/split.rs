//! A big CSV read by two workers at once: the page finds the first line
//! end after the middle, the first worker reads up to it, a helper reads
//! the rest (with the file's header line in front) and hands its rows over
//! unfinished; the first worker joins them on ([`FileReader::join`])
//! exactly as if it had read them itself, or refuses when the split fell
//! inside a quoted field, and then reads the rest itself.
//!
//! [`FileReader::join`]: flightlens_core::FileReader::join

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::job::{Counts, progressed};
use super::pool::{SPLIT_CORES, cores, spare_worker};
use super::protocol::{ChosenColumns, Msg, malformed};
use super::pump::{Feed, Helper, drive, send};

/// A file at least this big is read by two workers at once, when it is a
/// CSV and the device has [`SPLIT_CORES`]: each parses half, and the
/// worker of the first half takes in the other's rows at the end.
pub const SPLIT_MIN: f64 = 16.0 * 1024.0 * 1024.0;

/// How far to look for a file's header line, and for a line end after its
/// middle.
const SPLIT_LOOK: f64 = 64.0 * 1024.0;

/// Whether a file of `size` bytes is big enough, on a device with `cores`,
/// for a helper to read its second half (if it turns out to be a CSV).
pub fn worth_splitting(size: f64, cores: f64) -> bool {
    size >= SPLIT_MIN && cores >= SPLIT_CORES
}

/// Whether `file` may be split, on this device.
pub(super) fn may_split(file: &web_sys::File) -> bool {
    worth_splitting(file.size(), cores())
}

/// Where to split a file of `size` bytes: after the first line end in
/// `around`, the bytes from `mid` on; `None` when there is none, or the
/// split would leave the helper nothing.
pub fn split_after(mid: f64, around: &[u8], size: f64) -> Option<f64> {
    let split = mid + (around.iter().position(|&b| b == b'\n')? + 1) as f64;
    (split < size).then_some(split)
}

/// The bytes of `file` from `from` to `to`, or `None` if they cannot be read.
async fn slice_bytes(file: &web_sys::File, from: f64, to: f64) -> Option<Vec<u8>> {
    let read = crate::browser::start_piece(file, from, to).ok()?;
    crate::browser::piece_bytes(&file.name(), read).await.ok()
}

/// Where to split a file that [`may_split`] for a helper, and its head (the
/// file's start through its header line): a CSV, split at the first line
/// end after its middle.
async fn split_point(file: &web_sys::File, chosen: bool) -> Option<(f64, Vec<u8>)> {
    let size = file.size();
    let start = slice_bytes(file, 0.0, SPLIT_LOOK).await?;
    let head = flightlens_core::ingest::head_end(&start, chosen)?;
    let mid = (size / 2.0).floor();
    let around = slice_bytes(file, mid, (mid + SPLIT_LOOK).min(size)).await?;
    let split = split_after(mid, &around, size)?;
    Some((split, start[..head].to_vec()))
}

/// Decides whether a second worker reads the second half of the file (see
/// [`SPLIT_MIN`]) and, if so, starts it; the first worker's pump holds its
/// `end` until this is decided.
pub(super) async fn plan_split(
    a: Rc<RefCell<Feed>>,
    columns: Option<ChosenColumns>,
    counts: Rc<RefCell<Counts>>,
    on_progress: Rc<dyn Fn(f64, u64)>,
) {
    let file = a.borrow().file.clone();
    let planned = split_point(&file, columns.is_some()).await;
    {
        let mut s = a.borrow_mut();
        let mut at = None;
        if let Some((split, head)) = planned
            && s.pump.may_split_at(split)
            && let Some(worker) = spare_worker()
            && let Some(h) = start_helper(&a, &s, worker, split, head, columns, counts, on_progress)
        {
            at = Some(split);
            s.helper = Some(h);
        }
        s.pump.decided(at);
    }
    let b = a.borrow().helper.as_ref().map(|h| h.feed.clone());
    if let Some(b) = b {
        drive(&b);
    }
    drive(&a);
}

/// Starts the helper's worker on the file from `split`, with the file's
/// `head` in front.
#[allow(clippy::too_many_arguments)]
fn start_helper(
    main: &Rc<RefCell<Feed>>,
    a: &Feed,
    worker: web_sys::Worker,
    split: f64,
    head: Vec<u8>,
    columns: Option<ChosenColumns>,
    counts: Rc<RefCell<Counts>>,
    on_progress: Rc<dyn Fn(f64, u64)>,
) -> Option<Helper> {
    let name = a.file.name();
    let b = Rc::new(RefCell::new(a.helper_of(main, worker.clone(), split)));
    // A problem in the helper stops it, and through it the whole read.
    let stop = |b: &Rc<RefCell<Feed>>, why: &str| {
        if let Ok(mut b) = b.try_borrow_mut() {
            b.stop(why);
        }
    };
    let (bm, be, am) = (b.clone(), b.clone(), Rc::downgrade(main));
    let n = name.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            match Msg::decode(&ev.data()) {
                // (A helper that has been ended may still have a message on its way.)
                Ok(Msg::Progress { bytes, rows })
                    if bm.try_borrow().is_ok_and(|s| !s.pump.is_over()) =>
                {
                    progressed(&bm, bytes, rows, &counts, true, &*on_progress);
                }
                Ok(Msg::Part(part)) => {
                    if let Some(m) = am.upgrade() {
                        if let Ok(mut m) = m.try_borrow_mut() {
                            m.pump.part_came(part);
                        }
                        drive(&m);
                    }
                }
                Ok(Msg::Error(why)) => stop(&bm, &why),
                Ok(_) => {}
                Err(why) => stop(&bm, &format!("{n}: {}", malformed(&why))),
            }
        });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        stop(&be, &super::pool::stopped(&name, &ev));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let begin = Msg::Begin {
        name: a.file.name(),
        columns,
        size: a.file.size() - split,
        head: Some(head),
    };
    send(&worker, &begin).ok()?;
    Some(Helper {
        feed: b,
        _on_message: on_message,
        _on_error: on_error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_big_files_on_two_cores_are_split() {
        assert!(worth_splitting(SPLIT_MIN, 2.0));
        assert!(!worth_splitting(SPLIT_MIN - 1.0, 8.0));
        assert!(!worth_splitting(1e9, 1.0));
    }

    #[test]
    fn the_split_falls_after_the_first_line_end_past_the_middle() {
        assert_eq!(split_after(100.0, b"ow,2\nnext,3\n", 1000.0), Some(105.0));
        assert_eq!(split_after(100.0, b"\nnext", 1000.0), Some(101.0));
        assert_eq!(split_after(100.0, b"no line end", 1000.0), None);
        // A line end at the very end leaves the helper nothing.
        assert_eq!(split_after(995.0, b"abcd\n", 1000.0), None);
    }
}
