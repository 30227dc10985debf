//! The ids the analysis document gives its aircraft, legs and stopovers, as
//! types: written `a1`, `leg:3`, `stop:2` in the document, the page and the
//! claims' evidence, and held as indexes everywhere else.
//!
//! This module is the only place that writes or reads those strings, so the
//! contract's spelling can change in one place.
//!
//! ```
//! use flightlens_core::ids::{ItemId, LegId};
//!
//! let id: ItemId = "leg:3".parse().unwrap();
//! assert_eq!(id, ItemId::Leg(LegId(2)));
//! assert_eq!(id.to_string(), "leg:3");
//! assert!("leg:0".parse::<ItemId>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// An aircraft: the index of its track in the dataset. Written `a1`, `a2`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AircraftId(pub usize);

/// A leg: its index in the routes. Written `leg:1`, `leg:2`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LegId(pub usize);

/// A stopover: its index in the routes. Written `stop:1`, `stop:2`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StopId(pub usize);

/// A leg or a stopover: what an itinerary lists, a claim cites as evidence
/// and the reader selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemId {
    /// A leg.
    Leg(LegId),
    /// A stopover.
    Stop(StopId),
}

/// A string that is not an id of the expected kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadId(pub String);

impl fmt::Display for BadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.0.chars().take(24).collect();
        write!(f, "{shown:?} is not an aircraft, leg or stopover id")
    }
}

impl std::error::Error for BadId {}

/// The index written after `prefix`, counted from 1 (`leg:0` is no id).
fn index_after(s: &str, prefix: &str) -> Result<usize, BadId> {
    s.strip_prefix(prefix)
        .filter(|n| !n.starts_with('+'))
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
        .ok_or_else(|| BadId(s.to_string()))
}

macro_rules! id_text {
    ($ty:ident, $prefix:literal) => {
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // `pad`, so that widths and alignment (`{:<7}`) apply.
                f.pad(&format!(concat!($prefix, "{}"), self.0 + 1))
            }
        }

        impl FromStr for $ty {
            type Err = BadId;
            fn from_str(s: &str) -> Result<Self, BadId> {
                index_after(s, $prefix).map($ty)
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    };
}

id_text!(AircraftId, "a");
id_text!(LegId, "leg:");
id_text!(StopId, "stop:");

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemId::Leg(l) => fmt::Display::fmt(l, f),
            ItemId::Stop(s) => fmt::Display::fmt(s, f),
        }
    }
}

impl FromStr for ItemId {
    type Err = BadId;
    fn from_str(s: &str) -> Result<Self, BadId> {
        s.parse()
            .map(ItemId::Leg)
            .or_else(|_| s.parse().map(ItemId::Stop))
            .map_err(|_| BadId(s.to_string()))
    }
}

impl Serialize for ItemId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl From<LegId> for ItemId {
    fn from(l: LegId) -> Self {
        ItemId::Leg(l)
    }
}

impl From<StopId> for ItemId {
    fn from(s: StopId) -> Self {
        ItemId::Stop(s)
    }
}

impl ItemId {
    /// The leg, when this is one.
    pub fn leg(self) -> Option<LegId> {
        match self {
            ItemId::Leg(l) => Some(l),
            ItemId::Stop(_) => None,
        }
    }

    /// The stopover, when this is one.
    pub fn stop(self) -> Option<StopId> {
        match self {
            ItemId::Stop(s) => Some(s),
            ItemId::Leg(_) => None,
        }
    }
}

/// Ids written one after another with `sep` between, e.g. `leg:1, stop:1`.
pub fn join(ids: &[ItemId], sep: &str) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_what_they_write() {
        for n in [0, 1, 9, 10, 12_345] {
            assert_eq!(AircraftId(n).to_string().parse(), Ok(AircraftId(n)));
            assert_eq!(LegId(n).to_string().parse(), Ok(LegId(n)));
            assert_eq!(StopId(n).to_string().parse(), Ok(StopId(n)));
            for item in [ItemId::Leg(LegId(n)), ItemId::Stop(StopId(n))] {
                assert_eq!(item.to_string().parse(), Ok(item));
            }
        }
        assert_eq!(AircraftId(0).to_string(), "a1");
        assert_eq!(LegId(2).to_string(), "leg:3");
        assert_eq!(StopId(1).to_string(), "stop:2");
        assert_eq!(format!("[{:<7}]", LegId(0)), "[leg:1  ]");
        assert_eq!(format!("[{:>4}]", AircraftId(0)), "[  a1]");
    }

    #[test]
    fn anything_else_is_refused() {
        for s in [
            "",
            "a",
            "a0",
            "leg:",
            "leg:0",
            "leg:x",
            "leg:+1",
            "leg:-1",
            "stop:1.5",
            "Leg:1",
            " leg:1",
            "leg:1 ",
            "a1b",
            "stop:99999999999999999999999",
        ] {
            assert!(s.parse::<ItemId>().is_err(), "{s:?}");
            assert!(s.parse::<LegId>().is_err(), "{s:?}");
        }
        assert!("leg:1".parse::<StopId>().is_err());
        assert!("stop:1".parse::<LegId>().is_err());
        assert!("a+1".parse::<AircraftId>().is_err());
    }

    #[test]
    fn ids_serialise_as_their_text() {
        let v = serde_json::to_string(&(AircraftId(0), ItemId::Stop(StopId(4)))).unwrap();
        assert_eq!(v, r#"["a1","stop:5"]"#);
    }

    #[test]
    fn a_bad_id_is_quoted_short() {
        let long = "x".repeat(10_000);
        assert!(BadId(long).to_string().len() < 80);
    }
}
