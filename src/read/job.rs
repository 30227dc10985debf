//! A read as the page holds it: [`start`] hands a file to a worker and
//! returns a [`ReadJob`] (what Cancel stops) and a promise (settled when
//! the worker is done or the read stopped); the worker's messages are
//! handled here as they come.

use std::cell::RefCell;
use std::rc::Rc;

use flightlens_core::{ParsedFile, Points, Track};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::protocol::{ChosenColumns, Done, Msg, malformed};
use super::pump::{Feed, Pump, Share, drive, send};
use super::timings::Timings;
use super::{memory, pool, split};

/// Bytes read and rows parsed by the worker and its helper, for progress.
#[derive(Debug, Default, Clone, PartialEq)]
pub(super) struct Counts {
    bytes: f64,
    rows: u64,
    helper_bytes: f64,
    helper_rows: u64,
}

impl Counts {
    /// Both workers' counts together.
    fn total(&self) -> (f64, u64) {
        (self.bytes + self.helper_bytes, self.rows + self.helper_rows)
    }

    /// A worker's (or with `helper`, the helper's) counts so far.
    fn report(&mut self, helper: bool, bytes: f64, rows: u64) {
        if helper {
            (self.helper_bytes, self.helper_rows) = (bytes, rows);
        } else {
            (self.bytes, self.rows) = (bytes, rows);
        }
    }

    /// The helper's part is joined on: its rows are the worker's now.
    fn joined(&mut self, rows: u64) {
        self.rows = rows;
        self.helper_rows = 0;
    }

    /// The helper's part was not used: what it read does not count.
    fn unjoined(&mut self) {
        self.helper_bytes = 0.0;
        self.helper_rows = 0;
    }
}

/// A worker's `progress` message (the helper's, or the reader's of the
/// start): its counts go into `counts`, the total to `on_progress`, and
/// its feed may send the next piece.
pub(super) fn progressed(
    p: &Rc<RefCell<Feed>>,
    bytes: f64,
    rows: u64,
    counts: &RefCell<Counts>,
    helper: bool,
    on_progress: &dyn Fn(f64, u64),
) {
    let total = {
        let mut c = counts.borrow_mut();
        c.report(helper, bytes, rows);
        c.total()
    };
    on_progress(total.0, total.1);
    if let Ok(mut s) = p.try_borrow_mut() {
        s.pump.answered();
    }
    drive(p);
}

/// What a worker has sent back of a file: each aircraft's points as they
/// came, and the rest once it is done.
#[derive(Debug, Default)]
pub struct Received {
    points: Vec<Points>,
    done: Option<Done>,
}

impl Received {
    /// The file to merge, and where the time went (`chosen`: when the file
    /// was chosen, by `Date.now()`).
    pub fn into_file(self, chosen: f64) -> Result<(ParsedFile, Timings), String> {
        let done = self.done.ok_or_else(|| malformed("no result"))?;
        parsed(done, self.points, chosen, js_sys::Date::now())
    }
}

/// A worker's result back into a file to merge, with where the time went
/// (`chosen` and `now` by `Date.now()`).
fn parsed(
    done: Done,
    points: Vec<Points>,
    chosen: f64,
    now: f64,
) -> Result<(ParsedFile, Timings), String> {
    let Done { meta, measured } = done;
    if points.len() != meta.identities.len() {
        return Err(malformed("track count"));
    }
    let tracks = meta
        .identities
        .into_iter()
        .zip(points)
        .map(|(identity, points)| Track { identity, points })
        .collect();
    let file = ParsedFile {
        report: meta.report,
        tracks,
        flights: meta.flights,
    };
    Ok((file, Timings::of(&measured, chosen, now)))
}

/// A read running in a worker, as the page holds it.
pub struct ReadJob {
    feed: Rc<RefCell<Feed>>,
    received: Rc<RefCell<Received>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl std::fmt::Debug for ReadJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadJob").finish_non_exhaustive()
    }
}

impl ReadJob {
    /// What the worker has sent back, for [`Received::into_file`] once the
    /// read is done.
    pub fn take(&self) -> Received {
        std::mem::take(&mut self.received.borrow_mut())
    }

    /// Stops the read at once; the awaited result says it was cancelled.
    pub fn cancel(&self, why: &str) {
        self.feed.borrow_mut().stop(why);
    }
}

impl Drop for ReadJob {
    /// Ends the worker (its memory holds a copy of the file's points) and
    /// starts a fresh spare for the next file.
    fn drop(&mut self) {
        if let Ok(mut s) = self.feed.try_borrow_mut() {
            s.close();
        }
        pool::warm_up();
    }
}

/// Starts reading `file` in a worker (the spare one, if warm).
/// `on_progress(bytes, rows)` is called as the read goes; the returned
/// promise resolves when the worker is done (then take the result from the
/// job) or rejects with the reason the read stopped. `None` when workers
/// are not available here.
pub fn start(
    file: &web_sys::File,
    columns: Option<&ChosenColumns>,
    on_progress: impl Fn(f64, u64) + 'static,
) -> Option<(ReadJob, js_sys::Promise)> {
    let worker = pool::spare_worker()?;
    let mut settle = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let (resolve, reject) = settle?;
    let name = file.name();
    if let Some(bytes) = memory::for_page(file.size()) {
        memory::reserve(bytes);
    }
    let split = split::may_split(file);
    let share = if split {
        // Until it is decided whether a helper reads the second half, read
        // no further than the middle.
        Share::Undecided {
            until: (file.size() / 2.0).floor(),
        }
    } else {
        Share::ToEnd
    };
    let pump = Pump::new(file.size(), 0.0, share);
    let p = Rc::new(RefCell::new(Feed::new(file, worker.clone(), reject, pump)));
    let pm = p.clone();
    let received = Rc::new(RefCell::new(Received::default()));
    let into = received.clone();
    let counts = Rc::new(RefCell::new(Counts::default()));
    let on_progress: Rc<dyn Fn(f64, u64)> = Rc::new(on_progress);
    let (pr, op) = (counts.clone(), on_progress.clone());
    let n = name.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let msg = match Msg::decode(&ev.data()) {
                Ok(msg) => msg,
                Err(why) => {
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.stop(&format!("{n}: {}", malformed(&why)));
                    }
                    return;
                }
            };
            match msg {
                Msg::Progress { bytes, rows } => progressed(&pm, bytes, rows, &pr, false, &*op),
                // The helper's part is in: everything is read.
                Msg::Joined { rows } => {
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.pump.joined();
                        s.end_helper();
                    }
                    let total = {
                        let mut c = pr.borrow_mut();
                        c.joined(rows);
                        c.total()
                    };
                    op(total.0, total.1);
                    drive(&pm);
                }
                // The split fell inside a quoted field: read the rest here.
                Msg::Unjoined { why } => {
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        web_sys::console::debug_1(
                            &format!("{n}: the helper's part was not used ({why}); reading on")
                                .into(),
                        );
                        s.pump.unjoined();
                        s.end_helper();
                    }
                    pr.borrow_mut().unjoined();
                    drive(&pm);
                }
                Msg::Track(points) => into.borrow_mut().points.push(points),
                Msg::Done(done) => {
                    into.borrow_mut().done = Some(*done);
                    let _ = resolve.call0(&JsValue::NULL);
                }
                Msg::Error(why) => {
                    if let Ok(mut s) = pm.try_borrow_mut() {
                        s.stop(&why);
                    }
                }
                _ => {}
            }
        });
    let pe = p.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        let why = pool::stopped(&name, &ev);
        if let Ok(mut s) = pe.try_borrow_mut() {
            s.stop(&why);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let begin = Msg::Begin {
        name: file.name(),
        columns: columns.cloned(),
        size: file.size(),
        head: None,
    };
    send(&worker, &begin).ok()?;
    drive(&p);
    if split {
        wasm_bindgen_futures::spawn_local(split::plan_split(
            p.clone(),
            columns.cloned(),
            counts,
            on_progress,
        ));
    }
    Some((
        ReadJob {
            feed: p,
            received,
            _on_message: on_message,
            _on_error: on_error,
        },
        promise,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::protocol::Meta;
    use crate::read::timings::Measured;
    use flightlens_core::{Dataset, Point};

    fn done_for(d: &Dataset) -> (Done, Vec<Points>) {
        let meta = Meta {
            report: d.imports[0].clone(),
            flights: Vec::new(),
            identities: d.tracks.iter().map(|t| t.identity.clone()).collect(),
        };
        let measured = Measured {
            began: 10.0,
            packing: 50.0,
            packing_ms: 5.0,
            ..Measured::default()
        };
        let points = d.tracks.iter().map(|t| t.points.clone()).collect();
        (Done { meta, measured }, points)
    }

    fn demo() -> Dataset {
        let mut d = Dataset::default();
        let name = crate::demo::FILES[0];
        d.add_file(name, flightlens_core::data::demo_file(name).unwrap());
        d
    }

    #[test]
    fn a_result_comes_back_as_the_file_it_was() {
        let d = demo();
        let (done, points) = done_for(&d);
        let (file, times) = parsed(done, points, 4.0, 60.0).unwrap();
        assert_eq!(file.report, d.imports[0]);
        assert_eq!(file.tracks.len(), d.tracks.len());
        for (a, b) in file.tracks.iter().zip(&d.tracks) {
            assert_eq!(a.identity, b.identity);
            let all = |p: &Points| (0..p.len()).map(|i| p.get(i)).collect::<Vec<Point>>();
            assert_eq!(all(&a.points), all(&b.points));
        }
        assert_eq!((times.start, times.handover), (6.0, 5.0));
    }

    #[test]
    fn a_missing_track_is_a_malformed_result() {
        let d = demo();
        let (done, mut points) = done_for(&d);
        points.pop();
        let e = parsed(done, points, 0.0, 0.0).unwrap_err();
        assert_eq!(e, "the reader sent back a malformed result (track count)");
    }

    #[test]
    fn progress_counts_both_workers_until_the_part_is_joined_or_refused() {
        let mut c = Counts::default();
        c.report(false, 100.0, 10);
        c.report(true, 50.0, 4);
        assert_eq!(c.total(), (150.0, 14));
        c.joined(20);
        assert_eq!(c.total(), (150.0, 20));
        let mut c = Counts::default();
        c.report(false, 100.0, 10);
        c.report(true, 50.0, 4);
        c.unjoined();
        assert_eq!(c.total(), (100.0, 10));
    }
}
