//! The analysis document: the JSON contract shared by the app's
//! "Export analysis (JSON)" and `flightlens analyze --json`.
//!
//! Times are RFC 3339 UTC, distances km, durations seconds, altitudes feet.
//! Fields may be added; none may change meaning without bumping [`SCHEMA`].

use serde::Serialize;

use crate::ingest::{Dataset, Warning};
use crate::time::rfc3339;

/// The schema name and version written into every document.
pub const SCHEMA: &str = "flightlens.analysis/1";

/// One aircraft in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aircraft {
    /// Document-local id (`a1`, `a2`, …) that legs and stopovers refer to.
    pub id: String,
    /// ICAO 24-bit address, six lower-case hex digits.
    pub icao24: Option<String>,
    /// Registration, e.g. `TC-TTC`.
    pub registration: Option<String>,
    /// Callsigns seen.
    pub callsigns: Vec<String>,
    /// ICAO type designator.
    #[serde(rename = "type")]
    pub type_code: Option<String>,
    /// Number of positions in the track.
    pub points: usize,
    /// First position's time, RFC 3339.
    pub first_seen: Option<String>,
    /// Last position's time, RFC 3339.
    pub last_seen: Option<String>,
}

/// The whole analysis of what is loaded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Every aircraft with a track.
    pub aircraft: Vec<Aircraft>,
    /// Legs, takeoff to landing (filled by the route engine).
    pub legs: Vec<serde_json::Value>,
    /// Ground stops between legs (filled by the route engine).
    pub stopovers: Vec<serde_json::Value>,
    /// Claims read from the article (filled by the article reader).
    pub claims: Vec<serde_json::Value>,
    /// Every warning about the input, with file and line.
    pub warnings: Vec<Warning>,
}

impl Analysis {
    /// Analyses a dataset.
    pub fn of(data: &Dataset) -> Self {
        let aircraft = data
            .tracks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let span = t.points.span();
                Aircraft {
                    id: format!("a{}", i + 1),
                    icao24: t.identity.icao24.clone(),
                    registration: t.identity.registration.clone(),
                    callsigns: t.identity.callsigns.clone(),
                    type_code: t.identity.type_code.clone(),
                    points: t.points.len(),
                    first_seen: span.map(|s| rfc3339(s.0)),
                    last_seen: span.map(|s| rfc3339(s.1)),
                }
            })
            .collect();
        Analysis {
            schema: SCHEMA,
            aircraft,
            legs: Vec::new(),
            stopovers: Vec::new(),
            claims: Vec::new(),
            warnings: data.warnings().cloned().collect(),
        }
    }

    /// The document as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("analysis is always serialisable")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_has_the_contract_fields() {
        let mut d = Dataset::default();
        d.add_file(
            "t.csv",
            b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1548230520,x,TCTTC,\"41.27,28.75\",0,0,0\nbad,x,TCTTC,\"41.27,28.75\",0,0,0\n",
        );
        let v: serde_json::Value = serde_json::from_str(&Analysis::of(&d).to_json()).unwrap();
        assert_eq!(v["schema"], "flightlens.analysis/1");
        assert_eq!(v["aircraft"][0]["id"], "a1");
        assert_eq!(v["aircraft"][0]["callsigns"][0], "TCTTC");
        assert_eq!(v["aircraft"][0]["first_seen"], "2019-01-23T08:02:00Z");
        for k in ["legs", "stopovers", "claims"] {
            assert!(v[k].is_array(), "{k}");
        }
        assert_eq!(v["warnings"][0]["file"], "t.csv");
        assert_eq!(v["warnings"][0]["line"], 3);
    }
}
