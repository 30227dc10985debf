//! Reading a file in Web Workers, so that the page stays responsive while
//! a big file is parsed.
//!
//! The page reads the `File` in pieces and moves each to a worker running
//! this same wasm module; the worker parses them as they come and posts the
//! finished file back, an aircraft at a time, as typed arrays (one per
//! column, moved, not copied), which the page unpacks as they arrive and
//! then turns into a [`ParsedFile`](flightlens_core::ParsedFile) to merge.
//! Cancel terminates the workers: nothing half-read ever reaches the page.
//! A CSV of 16 MB or more, on a device with two cores or more, is read by
//! two workers at once, a half each ([`split`]).
//!
//! | module | what lives there | runs in |
//! | --- | --- | --- |
//! | [`protocol`] | every message between page and worker ([`Msg`]) and its codec | both |
//! | `worker_side` | the functions `js/worker.js` calls, and the file being read | the worker |
//! | [`pump`] | which pieces have gone to a worker: a state machine, and what drives it | the page |
//! | `split` | deciding to split a big CSV, and starting the helper | the page |
//! | `job` | [`start`], [`ReadJob`]: a read as the page holds it | the page |
//! | `pool` | spare workers, started and warmed up ahead of time ([`warm_up`]) | the page |
//! | [`memory`] | memory taken in one step before the points arrive | both |
//! | [`timings`] | where the time went ([`Timings`]) | both |
//!
//! Where the workers' script is comes from the page (`globalThis.flightlensWorker`,
//! see `docs/js-boundary.md`); without it, the app reads files on the page.

mod job;
pub mod memory;
mod pool;
pub mod protocol;
pub mod pump;
pub mod split;
pub mod timings;
mod worker_side;

pub use job::{ReadJob, Received, start};
pub use pool::warm_up;
pub use protocol::{ChosenColumns, Msg};
pub use timings::Timings;
