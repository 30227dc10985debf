//! OpenSky Network state vectors CSV (the Impala history tables and the
//! `states_*.csv` dumps):
//!
//! ```text
//! time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact
//! ```
//!
//! Velocity in m/s, vertical rate in m/s, altitudes in metres, callsigns
//! padded with spaces, `onground` as `true`/`false` (any case) or `1`/`0`.

use super::column_map::{ColumnMap, Unit};
use super::csv::{Header, norm_header};

pub(super) fn matches(head: &str) -> bool {
    let norm = norm_header(head);
    let cols: Vec<&str> = norm.split(',').collect();
    let has = |n: &str| cols.contains(&n);
    cols.first() == Some(&"time")
        && [
            "icao24",
            "lat",
            "lon",
            "velocity",
            "onground",
            "baroaltitude",
        ]
        .iter()
        .all(|n| has(n))
}

/// The layout's columns, found by name.
pub(super) fn mapping(h: &Header) -> Option<ColumnMap> {
    Some(ColumnMap {
        time: h.index("time")?,
        lat: h.index("lat")?,
        lon: h.index("lon")?,
        alt: h.index("baroaltitude").map(|i| (i, Unit::Metres)),
        alt_fallback: h.index("geoaltitude").map(|i| (i, Unit::Metres)),
        speed: h.index("velocity").map(|i| (i, Unit::MetresPerSecond)),
        vrate: h.index("vertrate").map(|i| (i, Unit::MetresPerSecond)),
        ground: h.index("onground"),
        icao24: Some(h.index("icao24")?),
        callsign: h.index("callsign"),
        // Not in the state vectors, but in exports joined with OpenSky's
        // aircraft database.
        registration: h.index("registration"),
        type_code: h.index("typecode"),
        ..ColumnMap::default()
    })
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Format, Ground};

    const HEAD: &str = "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact\n";

    #[test]
    fn converts_units_and_pads() {
        let text = format!(
            "{HEAD}1548230520,4BB1D2,41.2753,28.7519,100.0,180.0,5.08,\"TCTTC   \",False,False,False,,3048.0,3100.0,1548230519.9,1548230520.0\n\
             1548230530,4bb1d2,41.2800,28.7519,5.0,180.0,0.0,TCTTC   ,true,False,False,,,,1548230529.9,1548230530.0\n"
        );
        let mut d = Dataset::default();
        let r = d.add_file("states.csv", text.as_bytes()).clone();
        assert_eq!((r.format, r.points), (Some(Format::OpenSkyStates), 2));
        let t = &d.tracks[0];
        assert_eq!(t.identity.icao24.as_deref(), Some("4bb1d2"));
        assert_eq!(t.identity.callsigns, ["TCTTC"]);
        let p = t.points.get(0);
        assert_eq!(p.alt_ft, Some(10_000));
        assert!((p.gs_kt.unwrap() - 194.38).abs() < 0.01);
        assert!((p.vrate_fpm.unwrap() - 1000.0).abs() < 0.5);
        assert_eq!(p.ground, Ground::Air);
        assert_eq!(t.points.get(1).ground, Ground::Ground);
        assert_eq!(t.points.get(1).alt_ft, None);
    }

    #[test]
    fn rows_without_position_are_skipped_with_a_reason() {
        let text =
            format!("{HEAD}1548230520,4bb1d2,,,100.0,180.0,0,TCTTC,False,False,False,,3048.0,,,\n");
        let mut d = Dataset::default();
        let r = d.add_file("s.csv", text.as_bytes()).clone();
        assert_eq!((r.rows, r.skipped), (1, 1));
        assert_eq!(r.warnings[0].line, Some(2));
        assert!(r.warnings[0].message.contains("no position"));
    }

    #[test]
    fn merges_with_another_file_by_callsign() {
        let fr24 = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1548230500,x,TCTTC,\"41.27,28.75\",0,0,0\n";
        let os = format!("{HEAD}1548230520,4bb1d2,41.2753,28.7519,1,1,0,TCTTC,true,,,,,,,\n");
        let mut d = Dataset::default();
        d.add_file("a.csv", fr24.as_bytes());
        d.add_file("b.csv", os.as_bytes());
        assert_eq!(d.tracks.len(), 1);
        assert_eq!(d.tracks[0].points.len(), 2);
        assert_eq!(d.tracks[0].identity.icao24.as_deref(), Some("4bb1d2"));
    }
}
