//! The page's half of a read: which pieces of the file have gone to a
//! worker. [`Pump`] is the state machine, plain data that says what to do
//! next ([`Step`]); [`Feed`] holds it with the browser objects, and
//! [`drive`] does what it says.
//!
//! Why the page reads: a `Blob`'s bytes reach a thread through that
//! thread's own event loop, so a worker busy parsing cannot also be
//! receiving the next piece, and reading ahead there saves little (about
//! 0.3 s of a 2 s read of 107 MB). The page is idle while a file loads; it
//! keeps up to [`AHEAD`] pieces on their way to the worker, whose
//! `progress` message for each piece says it is ready for another, so a
//! file of any size holds only a few pieces in memory at once.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::ArrayBuffer;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::protocol::{Msg, Packed};

/// Bytes the page reads and hands to the worker at a time: large enough
/// that handing over costs little beside parsing, small enough for smooth
/// progress.
pub const WORKER_PIECE: f64 = 4.0 * 1024.0 * 1024.0;

/// The size of the first piece, smaller so that the worker starts sooner.
pub const FIRST_PIECE: f64 = 1024.0 * 1024.0;

/// Pieces on their way to the worker or waiting there, at most: enough
/// that the worker never waits for the page, few enough that a file of any
/// size costs only this many pieces of memory.
pub const AHEAD: usize = 4;

/// What the pump is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Free to send a piece, pass a part on or end, as the share allows.
    Idle,
    /// A piece is being read from the file.
    Reading,
    /// The helper's part has been passed on; the worker's answer is awaited.
    Joining,
    /// `end` has been sent, or the read was stopped.
    Over,
}

/// Where this worker's share of the file ends.
#[derive(Debug, Clone, PartialEq)]
pub enum Share<P> {
    /// Whether a helper reads the rest is still being decided: pieces go
    /// up to `until` (the middle) and `end` waits.
    Undecided {
        /// How far to read meanwhile.
        until: f64,
    },
    /// What is left of the file is this worker's.
    ToEnd,
    /// A helper reads from `at` on. Its part, once it has come, waits here
    /// until every piece before it is sent.
    Split {
        /// Where the helper's part begins.
        at: f64,
        /// The helper's part, until it is passed on.
        part: Option<P>,
    },
}

/// What to do next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<P> {
    /// Nothing for now: an answer, a piece or a decision is awaited.
    Wait,
    /// Read bytes `from..to` of the file and send them as a piece.
    Read {
        /// The first byte.
        from: f64,
        /// The byte after the last.
        to: f64,
    },
    /// Pass the helper's part on to the worker.
    PassOn(P),
    /// Tell the worker the file has ended.
    End,
}

/// Which pieces of a file have gone to one worker, and what comes next.
/// `P` is the helper's part, as the page holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pump<P> {
    /// The file's size in bytes.
    size: f64,
    /// Where the next piece starts.
    next: f64,
    /// Pieces sent that the worker has not yet reported on.
    unanswered: usize,
    phase: Phase,
    share: Share<P>,
}

impl<P> Pump<P> {
    /// A pump for a file of `size` bytes, from byte `from`, whose share
    /// ends as `share` says.
    pub fn new(size: f64, from: f64, share: Share<P>) -> Self {
        Pump {
            size,
            next: from,
            unanswered: 0,
            phase: Phase::Idle,
            share,
        }
    }

    /// What the pump is doing.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Where this worker's share ends.
    pub fn share(&self) -> &Share<P> {
        &self.share
    }

    /// `end` has been sent, or the read was stopped.
    pub fn is_over(&self) -> bool {
        self.phase == Phase::Over
    }

    /// Where this worker's share ends for now.
    fn end(&self) -> f64 {
        match self.share {
            Share::Undecided { until } => until,
            Share::ToEnd => self.size,
            Share::Split { at, .. } => at,
        }
    }

    /// What to do next, taken as done: a piece is being read, the part is
    /// passed on, or the file has ended.
    pub fn step(&mut self) -> Step<P> {
        if self.phase != Phase::Idle || self.unanswered >= AHEAD {
            return Step::Wait;
        }
        let end = self.end();
        if self.next < end {
            let piece = if self.next == 0.0 {
                FIRST_PIECE
            } else {
                WORKER_PIECE
            };
            self.phase = Phase::Reading;
            return Step::Read {
                from: self.next,
                to: (self.next + piece).min(end),
            };
        }
        match &mut self.share {
            Share::Undecided { .. } => Step::Wait,
            Share::Split { part, .. } => match part.take() {
                Some(part) => {
                    self.phase = Phase::Joining;
                    Step::PassOn(part)
                }
                None => Step::Wait,
            },
            Share::ToEnd => {
                self.phase = Phase::Over;
                Step::End
            }
        }
    }

    /// The piece being read has come from the file. `false` when the read
    /// was stopped meanwhile, and the piece is to be dropped.
    pub fn piece_read(&mut self) -> bool {
        if self.phase == Phase::Reading {
            self.phase = Phase::Idle;
        }
        !self.is_over()
    }

    /// The piece that ends at `to` has gone to the worker.
    pub fn piece_sent(&mut self, to: f64) {
        self.unanswered += 1;
        self.next = to;
    }

    /// The worker has parsed a piece.
    pub fn answered(&mut self) {
        self.unanswered = self.unanswered.saturating_sub(1);
    }

    /// Whether a helper may read from `split` on: the read goes on and has
    /// not got that far.
    pub fn may_split_at(&self, split: f64) -> bool {
        !self.is_over() && self.next <= split
    }

    /// Whether to split is decided: a helper reads from `split` on, or
    /// (`None`) nobody does.
    pub fn decided(&mut self, split: Option<f64>) {
        self.share = match split {
            Some(at) => Share::Split { at, part: None },
            None => Share::ToEnd,
        };
    }

    /// The helper's part has come; it is passed on once every piece before
    /// it is sent.
    pub fn part_came(&mut self, came: P) {
        if let Share::Split { part, .. } = &mut self.share {
            *part = Some(came);
        }
    }

    /// The worker has joined the helper's part on: the file is read.
    pub fn joined(&mut self) {
        self.stop_joining();
        self.next = self.size;
        self.share = Share::ToEnd;
    }

    /// The worker could not join the part on: it reads the rest itself.
    pub fn unjoined(&mut self) {
        self.stop_joining();
        self.share = Share::ToEnd;
    }

    fn stop_joining(&mut self) {
        if self.phase == Phase::Joining {
            self.phase = Phase::Idle;
        }
    }

    /// Stops the read: nothing more is sent.
    pub fn stop(&mut self) {
        self.phase = Phase::Over;
    }
}

/// Posts `msg` to `worker`, moving its buffers.
pub fn send(worker: &web_sys::Worker, msg: &Msg) -> Result<(), JsValue> {
    let e = msg.encode();
    worker.post_message_with_transfer(&e.message, &e.transfer)
}

/// A worker being fed from a file: its pump, and the browser objects the
/// pump's steps act on.
pub(super) struct Feed {
    pub file: web_sys::File,
    pub worker: web_sys::Worker,
    /// Rejects the promise the page awaits (the reader of the file's start
    /// only; a helper's problems go through [`Feed::main`]).
    reject: js_sys::Function,
    pub pump: Pump<Packed>,
    /// The helper reading the rest of the file, if there is one.
    pub helper: Option<Helper>,
    /// For a helper's feed: the feed of the read it helps, which a problem
    /// here stops.
    pub main: Option<Weak<RefCell<Feed>>>,
}

impl Feed {
    /// A feed of `file` to `worker` as `pump` says.
    pub fn new(
        file: &web_sys::File,
        worker: web_sys::Worker,
        reject: js_sys::Function,
        pump: Pump<Packed>,
    ) -> Self {
        Feed {
            file: file.clone(),
            worker,
            reject,
            pump,
            helper: None,
            main: None,
        }
    }

    /// A feed of the same file to a helper's `worker`, from `split` to the
    /// end, whose problems stop `main` (this feed's read).
    pub fn helper_of(&self, main: &Rc<RefCell<Feed>>, worker: web_sys::Worker, split: f64) -> Self {
        let pump = Pump::new(self.file.size(), split, Share::ToEnd);
        let mut feed = Feed::new(&self.file, worker, self.reject.clone(), pump);
        feed.main = Some(Rc::downgrade(main));
        feed
    }

    /// Stops the read: the workers end, and the awaited result is `why`.
    pub fn stop(&mut self, why: &str) {
        self.pump.stop();
        self.worker.terminate();
        self.end_helper();
        match self.main.as_ref().and_then(Weak::upgrade) {
            Some(main) => {
                if let Ok(mut m) = main.try_borrow_mut() {
                    m.stop(why);
                }
            }
            None => {
                let _ = self.reject.call1(&JsValue::NULL, &JsValue::from_str(why));
            }
        }
    }

    /// Ends the workers without a word (the read is over or dropped).
    pub fn close(&mut self) {
        self.pump.stop();
        self.worker.terminate();
        self.end_helper();
    }

    /// Ends the helper's worker, if there is one. (Its closures stay until
    /// the read is dropped: this may run inside one of them.)
    pub fn end_helper(&mut self) {
        if let Some(h) = &self.helper
            && let Ok(mut b) = h.feed.try_borrow_mut()
        {
            b.pump.stop();
            b.worker.terminate();
        }
    }
}

/// A second worker reading the second half of a big CSV at the same time
/// (see [`super::split`]).
pub(super) struct Helper {
    pub feed: Rc<RefCell<Feed>>,
    pub _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    pub _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Does what the pump says next: reads and sends the next piece if the
/// worker has room for it, passes on the helper's part once this worker's
/// share is sent, or says the file has ended once every piece is sent.
pub(super) fn drive(p: &Rc<RefCell<Feed>>) {
    let mut s = p.borrow_mut();
    let (from, to) = match s.pump.step() {
        Step::Wait => return,
        Step::End => {
            let _ = send(&s.worker, &Msg::End);
            return;
        }
        Step::PassOn(part) => {
            if let Err(e) = send(&s.worker, &Msg::Join(part)) {
                let why = format!(
                    "{}: the reader could not be given the helper's part ({})",
                    s.file.name(),
                    crate::browser::js_error(&e)
                );
                s.stop(&why);
            }
            return;
        }
        Step::Read { from, to } => (from, to),
    };
    let read = match crate::browser::start_piece(&s.file, from, to) {
        Ok(read) => read,
        Err(why) => return s.stop(&why),
    };
    drop(s);
    let p = p.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(read).await;
        {
            let mut s = p.borrow_mut();
            if !s.pump.piece_read() {
                return;
            }
            let buffer: ArrayBuffer = match bytes {
                Ok(b) => b.unchecked_into(),
                Err(e) => {
                    let why = crate::browser::unreadable(&s.file.name(), &e);
                    return s.stop(&why);
                }
            };
            if let Err(e) = send(&s.worker, &Msg::Piece(buffer)) {
                let why = format!(
                    "{}: the reader could not be given the file ({})",
                    s.file.name(),
                    crate::browser::js_error(&e)
                );
                return s.stop(&why);
            }
            s.pump.piece_sent(to);
        }
        drive(&p);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: f64 = 1024.0 * 1024.0;

    /// Sends every piece the pump asks for until it waits or ends, each
    /// read and sent at once; returns the pieces and the last step.
    fn run(p: &mut Pump<&'static str>) -> (Vec<(f64, f64)>, Step<&'static str>) {
        let mut pieces = Vec::new();
        loop {
            match p.step() {
                Step::Read { from, to } => {
                    assert!(p.piece_read());
                    p.piece_sent(to);
                    pieces.push((from, to));
                }
                other => return (pieces, other),
            }
        }
    }

    /// Answers every piece, sending more as the pump asks.
    fn answer_all(p: &mut Pump<&'static str>) -> (Vec<(f64, f64)>, Step<&'static str>) {
        let mut pieces = Vec::new();
        loop {
            for _ in 0..AHEAD {
                p.answered();
            }
            let (more, last) = run(p);
            let stalled = more.is_empty();
            pieces.extend(more);
            if stalled || last != Step::Wait {
                return (pieces, last);
            }
        }
    }

    #[test]
    fn a_small_file_goes_in_one_piece_then_ends() {
        let mut p = Pump::new(1000.0, 0.0, Share::ToEnd);
        assert_eq!(run(&mut p), (vec![(0.0, 1000.0)], Step::End));
        assert!(p.is_over());
        assert_eq!(p.step(), Step::Wait, "end is said once");
    }

    #[test]
    fn a_big_file_goes_one_small_piece_then_big_ones_never_more_than_ahead() {
        let mut p = Pump::new(30.0 * MB, 0.0, Share::ToEnd);
        let (first, last) = run(&mut p);
        assert_eq!(
            first,
            vec![
                (0.0, MB),
                (MB, 5.0 * MB),
                (5.0 * MB, 9.0 * MB),
                (9.0 * MB, 13.0 * MB)
            ]
        );
        assert_eq!(last, Step::Wait, "four pieces unanswered");
        p.answered();
        assert_eq!(run(&mut p).0, vec![(13.0 * MB, 17.0 * MB)]);
        let (rest, last) = answer_all(&mut p);
        assert_eq!(rest.last(), Some(&(29.0 * MB, 30.0 * MB)));
        assert_eq!(last, Step::End);
    }

    #[test]
    fn one_piece_is_read_at_a_time() {
        let mut p: Pump<&str> = Pump::new(30.0 * MB, 0.0, Share::ToEnd);
        assert!(matches!(p.step(), Step::Read { .. }));
        assert_eq!(p.phase(), Phase::Reading);
        assert_eq!(p.step(), Step::Wait);
        assert!(p.piece_read());
        assert_eq!(p.phase(), Phase::Idle);
    }

    #[test]
    fn while_undecided_the_pump_reads_to_the_middle_and_waits() {
        let mut p = Pump::new(40.0 * MB, 0.0, Share::Undecided { until: 20.0 * MB });
        let (pieces, last) = answer_all(&mut p);
        assert_eq!(pieces.last(), Some(&(17.0 * MB, 20.0 * MB)));
        assert_eq!(last, Step::Wait);
        assert!(!p.is_over());
        // Nobody helps: on to the end.
        p.decided(None);
        let (pieces, last) = answer_all(&mut p);
        assert_eq!(pieces.first(), Some(&(20.0 * MB, 24.0 * MB)));
        assert_eq!(last, Step::End);
    }

    #[test]
    fn a_split_read_passes_the_part_on_once_its_share_is_sent_then_ends_when_joined() {
        let mut p = Pump::new(40.0 * MB, 0.0, Share::Undecided { until: 20.0 * MB });
        run(&mut p);
        assert!(p.may_split_at(20.5 * MB));
        p.decided(Some(20.5 * MB));
        // The part comes early: it waits for the share to be sent.
        p.part_came("part");
        let (pieces, last) = answer_all(&mut p);
        assert_eq!(pieces.last(), Some(&(17.0 * MB, 20.5 * MB)));
        assert_eq!(last, Step::PassOn("part"));
        assert_eq!(p.phase(), Phase::Joining);
        assert_eq!(p.step(), Step::Wait, "the part goes once");
        p.joined();
        assert_eq!(p.step(), Step::End);
    }

    #[test]
    fn a_part_that_comes_late_is_passed_on_when_it_comes() {
        let mut p = Pump::new(
            40.0 * MB,
            0.0,
            Share::Split {
                at: 20.0 * MB,
                part: None,
            },
        );
        assert_eq!(answer_all(&mut p).1, Step::Wait);
        p.part_came("late");
        assert_eq!(p.step(), Step::PassOn("late"));
    }

    #[test]
    fn an_unjoined_part_means_reading_on_from_the_split() {
        let mut p = Pump::new(
            40.0 * MB,
            0.0,
            Share::Split {
                at: 20.0 * MB,
                part: Some("p"),
            },
        );
        assert_eq!(answer_all(&mut p).1, Step::PassOn("p"));
        p.unjoined();
        assert_eq!(p.share(), &Share::ToEnd);
        let (pieces, last) = answer_all(&mut p);
        assert_eq!(pieces.first(), Some(&(20.0 * MB, 24.0 * MB)));
        assert_eq!(pieces.last(), Some(&(36.0 * MB, 40.0 * MB)));
        assert_eq!(last, Step::End);
    }

    #[test]
    fn a_helper_reads_from_the_split_to_the_end() {
        let mut p = Pump::<&str>::new(40.0 * MB, 20.0 * MB, Share::ToEnd);
        let (pieces, last) = answer_all(&mut p);
        assert_eq!(
            pieces.first(),
            Some(&(20.0 * MB, 24.0 * MB)),
            "no small first piece"
        );
        assert_eq!(last, Step::End);
    }

    #[test]
    fn a_stopped_pump_does_nothing_more() {
        let mut p = Pump::new(
            40.0 * MB,
            0.0,
            Share::Split {
                at: 20.0 * MB,
                part: None,
            },
        );
        assert!(matches!(p.step(), Step::Read { .. }));
        p.stop();
        assert!(!p.piece_read(), "the piece on its way is dropped");
        p.part_came("p");
        p.answered();
        assert_eq!(p.step(), Step::Wait);
        assert!(!p.may_split_at(30.0 * MB));
        // A late answer from the worker cannot bring it back.
        p.joined();
        assert!(p.is_over());
        assert_eq!(p.step(), Step::Wait);
    }

    #[test]
    fn a_split_the_read_has_passed_is_refused() {
        let mut p = Pump::<&str>::new(40.0 * MB, 0.0, Share::Undecided { until: 20.0 * MB });
        run(&mut p);
        assert!(!p.may_split_at(5.0 * MB));
        assert!(p.may_split_at(13.0 * MB));
    }
}
