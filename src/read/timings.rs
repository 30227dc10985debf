//! Where the time of one read went, for the browser console and
//! `cargo xtask bench ingest`.

/// Where the time of one read went, in milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Timings {
    /// From the file chosen to the worker starting on it.
    pub start: f64,
    /// The worker waiting for pieces of the file.
    pub waiting: f64,
    /// Copying each piece into the module's memory.
    pub copying: f64,
    /// Parsing, in the engine.
    pub engine: f64,
    /// Packing the result into typed arrays, in the worker.
    pub packing: f64,
    /// Sending the result and unpacking it on the page.
    pub handover: f64,
    /// Parsing in the helper, at the same time as the engine (for a big
    /// CSV read in two parts at once).
    pub helper: f64,
}

/// What a worker measured of its read, sent with its result. Times of day
/// are `Date.now()` (milliseconds since 1970), the rest are durations.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measured {
    /// When the worker began on the file.
    pub began: f64,
    /// Parsing, in the engine.
    pub engine_ms: f64,
    /// Parsing in the helper, at the same time.
    pub helper_ms: f64,
    /// Waiting for pieces of the file.
    pub waiting_ms: f64,
    /// Copying pieces into the module's memory.
    pub copying_ms: f64,
    /// When the worker began packing the result.
    pub packing: f64,
    /// Packing the result.
    pub packing_ms: f64,
}

impl Timings {
    /// The timings of a read whose worker measured `m`, for a file chosen
    /// at `chosen` and unpacked on the page by `now` (both `Date.now()`).
    pub fn of(m: &Measured, chosen: f64, now: f64) -> Self {
        Timings {
            start: m.began - chosen,
            waiting: m.waiting_ms,
            copying: m.copying_ms,
            engine: m.engine_ms,
            packing: m.packing_ms,
            handover: now - m.packing - m.packing_ms,
            helper: m.helper_ms,
        }
    }

    /// One line for the console.
    pub fn describe(&self, name: &str, merging: f64) -> String {
        format!(
            "{name}: {:.0} ms in the engine, {:.0} ms in the helper at the same time, \
             {:.0} ms starting, {:.0} ms waiting for the file, {:.0} ms copying pieces, \
             {:.0} ms packing, {:.0} ms handing over, {merging:.0} ms merging",
            self.engine,
            self.helper,
            self.start,
            self.waiting,
            self.copying,
            self.packing,
            self.handover
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_handover_are_measured_from_times_of_day() {
        let m = Measured {
            began: 1_000.0,
            engine_ms: 500.0,
            helper_ms: 450.0,
            waiting_ms: 20.0,
            copying_ms: 10.0,
            packing: 1_600.0,
            packing_ms: 30.0,
        };
        let t = Timings::of(&m, 990.0, 1_700.0);
        assert_eq!(
            t,
            Timings {
                start: 10.0,
                waiting: 20.0,
                copying: 10.0,
                engine: 500.0,
                packing: 30.0,
                handover: 70.0,
                helper: 450.0,
            }
        );
        assert_eq!(
            t.describe("a.csv", 5.0),
            "a.csv: 500 ms in the engine, 450 ms in the helper at the same time, 10 ms starting, \
             20 ms waiting for the file, 10 ms copying pieces, 30 ms packing, 70 ms handing over, \
             5 ms merging"
        );
    }
}
