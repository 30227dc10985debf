//! Flightradar24 per-flight CSV, as downloaded from a flight's playback page:
//!
//! ```text
//! Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction
//! 1704180175,2024-01-02T07:22:55Z,JAL516,"42.787994,141.685074",0,0,73
//! ```
//!
//! Older exports lack the `UTC` column. Altitude in feet, speed in knots.

use super::batch::Batch;
use super::column_map::{ColumnMap, Unit};
use super::csv::{Header, each_row, norm_header};
use super::parse::{opt_num, position_problem};
use super::report::{Excerpt, FileImport, WarningKind};
use crate::track::{Ground, Identity, Point};

const NEW: &str = "timestamp,utc,callsign,position,altitude,speed,direction";
const OLD: &str = "timestamp,callsign,position,altitude,speed,direction";

pub(super) fn matches(head: &str) -> bool {
    let h = norm_header(head);
    h == NEW || h == OLD
}

/// Flightradar24 granular ADS-B data (the "granular" download of a flight):
/// `network_time,receiver_time,hex,callsign,latitude,longitude,no_position,
/// altitude,squawk,speed,track,vspeed,on_ground,flags,position_class`, then
/// unnamed `KEY:value` columns. Times like `2024-01-02 07:41:03Z.515`, hex
/// like `0x8467d8`, rows without a fix at 0,0.
pub(super) fn granular_matches(head: &str) -> bool {
    norm_header(head).starts_with(
        "network_time,receiver_time,hex,callsign,latitude,longitude,no_position,altitude",
    )
}

/// Columns of the granular layout. Rows are timed by the network's clock
/// (`network_time`): the receivers' clocks are wrong in real files (unset,
/// at 1970-01-01, or 42 minutes fast), so a receiver's time is used only
/// when the network's cannot be read.
pub(super) fn granular_mapping(h: &Header) -> Option<ColumnMap> {
    Some(ColumnMap {
        time: h.index("network_time")?,
        time_fallback: h.index("receiver_time"),
        lat: h.index("latitude")?,
        lon: h.index("longitude")?,
        alt: h.index("altitude").map(|i| (i, Unit::Native)),
        speed: h.index("speed").map(|i| (i, Unit::Native)),
        vrate: h.index("vspeed").map(|i| (i, Unit::Native)),
        ground: h.index("on_ground"),
        icao24: h.index("hex"),
        callsign: h.index("callsign"),
        ..ColumnMap::default()
    })
}

/// Flightradar24 API flight tracks as CSV:
/// `timestamp,lat,lon,alt,gspeed,vspeed,track,squawk,callsign,source`.
pub(super) fn api_matches(head: &str) -> bool {
    norm_header(head).starts_with("timestamp,lat,lon,alt,gspeed,vspeed,track,squawk,callsign")
}

/// Columns of the API layout: feet, knots, feet per minute. The file is one
/// flight of one aircraft, whose callsign may change in flight.
pub(super) fn api_mapping(h: &Header) -> Option<ColumnMap> {
    let any = |names: &[&str]| names.iter().find_map(|n| h.index(n));
    Some(ColumnMap {
        time: h.index("timestamp")?,
        lat: h.index("lat")?,
        lon: h.index("lon")?,
        alt: h.index("alt").map(|i| (i, Unit::Native)),
        speed: h.index("gspeed").map(|i| (i, Unit::Native)),
        vrate: h.index("vspeed").map(|i| (i, Unit::Native)),
        callsign: h.index("callsign"),
        icao24: any(&["hex", "icao24"]),
        registration: any(&["reg", "registration"]),
        type_code: any(&["type", "aircraft_type"]),
        one_aircraft: true,
        ..ColumnMap::default()
    })
}

/// Reads the rows. The file is one flight of one aircraft (it names no
/// address): every row is that aircraft, whatever its callsign says, so a
/// callsign that changes in flight does not split it.
pub(super) fn parse(text: &str, report: &mut FileImport, batch: &mut Batch) {
    each_row(text, b',', report, |header, rec, line| {
        let (callsign, p) = row(rec, usize::from(header.len() >= 7))?;
        batch.window.check(p.t)?;
        batch
            .push("", Identity::default, p, line)
            .add_callsign(callsign);
        Ok(())
    });
}

fn row(rec: &csv::StringRecord, off: usize) -> Result<(&str, Point), WarningKind> {
    let field = |i: usize| rec.get(i).map(str::trim_ascii).filter(|s| !s.is_empty());
    let ts = field(0).ok_or(WarningKind::Missing { field: "Timestamp" })?;
    let t: i64 = ts.parse().map_err(|_| WarningKind::NotUnixSeconds {
        field: "Timestamp",
        value: Excerpt::of(ts),
    })?;
    let callsign = field(1 + off).unwrap_or("");
    let pos = field(2 + off).ok_or(WarningKind::Missing { field: "Position" })?;
    let (la, lo) = pos.split_once(',').ok_or_else(|| WarningKind::NotLatLon {
        value: Excerpt::of(pos),
    })?;
    let lat = opt_num(Some(la.trim()), "Position latitude")?.unwrap_or(f64::NAN);
    let lon = opt_num(Some(lo.trim()), "Position longitude")?.unwrap_or(f64::NAN);
    if let Some(p) = position_problem(lat, lon) {
        return Err(p);
    }
    let alt = opt_num(field(3 + off), "Altitude")?;
    let gs = opt_num(field(4 + off), "Speed")?;
    Ok((
        callsign,
        Point {
            t,
            lat,
            lon,
            alt_ft: alt.map(|a| a.round() as i32),
            gs_kt: gs.map(|g| g as f32),
            vrate_fpm: None,
            ground: Ground::Unknown,
        },
    ))
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, Format};

    const HEAD: &str = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n";

    #[test]
    fn reads_the_current_layout() {
        let text = format!(
            "{HEAD}1704180175,2024-01-02T07:22:55Z,JAL516,\"42.787994,141.685074\",0,0,73\r\n\
             1704180458,2024-01-02T07:27:38Z,JAL516,\"42.770142,141.691422\",550,144,172\r\n"
        );
        let mut d = Dataset::default();
        let r = d.add_file("JL516.csv", text.as_bytes()).clone();
        assert_eq!(r.format, Some(Format::Fr24Csv));
        assert_eq!((r.rows, r.points, r.skipped), (2, 2, 0));
        assert_eq!(r.span, Some((1704180175, 1704180458)));
        let p = d.tracks[0].points.get(1);
        assert_eq!(p.alt_ft, Some(550));
        assert_eq!(p.gs_kt, Some(144.0));
        assert!((p.lat - 42.770142).abs() < 1e-5);
        assert_eq!(d.tracks[0].identity.callsigns, ["JAL516"]);
    }

    #[test]
    fn reads_the_old_layout_without_utc() {
        let text = "Timestamp,Callsign,Position,Altitude,Speed,Direction\n\
                    1548230520,TCTTC,\"41.2753,28.7519\",0,3,180\n";
        let mut d = Dataset::default();
        let r = d.add_file("old.csv", text.as_bytes()).clone();
        assert_eq!((r.format, r.points), (Some(Format::Fr24Csv), 1));
        assert_eq!(d.tracks[0].points.get(0).t, 1548230520);
    }

    const GRANULAR: &str = "network_time,receiver_time,hex,callsign,latitude,longitude,no_position,altitude,squawk,speed,track,vspeed,on_ground,flags,position_class,,,,,,,,,,,,,,,\n\
2024-01-02 07:41:03Z.515,2024-01-02 07:41:02Z.997,0x8467d8,JAL516,41.57648,141.66208,P,26650,416,401,192,1728,A,4,ADS-B,P:8,S:ADS-B,C:25,ES:0,MCPA:40000,MACH:756,GPSA:26075,TCAS:01,TAS:446,IAS:306,MACH:0.756,HDG:211,ROLL:0.0,OAT:-44 (C),\n\
2024-01-02 07:41:04Z.884,2024-01-02 07:41:04Z.211,0x8467d8,,0,0,N,26675,0,401,192,1728,N,2,ADS-B,P:8,S:ADS-B,C:20,MCPA:40000,MACH:756,GPSA:26100,MACH:0.756,HDG:211,,,,,,,\n\
2024-01-02 07:41:05Z.685,,0x8467d8,JAL516,41.57213,141.66084,P,26700,416,402,192,1664,A,4,ADS-B,P:8,S:ADS-B,C:25,ES:0,MCPA:40000,MACH:756,GPSA:26125,TCAS:01,TAS:446,IAS:307,MACH:0.756,HDG:211,ROLL:0.0,OAT:-44 (C),\n";

    #[test]
    fn reads_the_granular_layout() {
        let mut d = Dataset::default();
        let r = d
            .add_file("JL516_granular.csv", GRANULAR.as_bytes())
            .clone();
        assert_eq!(r.format, Some(Format::Fr24Granular));
        assert_eq!((r.rows, r.points, r.skipped), (3, 2, 1));
        assert!(r.warnings[0].message.contains("0,0"), "{:?}", r.warnings);
        assert_eq!(r.warnings[0].line, Some(3));
        let t = &d.tracks[0];
        assert_eq!(t.identity.icao24.as_deref(), Some("8467d8"));
        assert_eq!(t.identity.callsigns, ["JAL516"]);
        let p = t.points.get(0);
        assert_eq!(
            (p.t, p.alt_ft, p.vrate_fpm, p.ground),
            (
                1_704_181_263,
                Some(26_650),
                Some(1728.0),
                crate::Ground::Air
            )
        );
        // Rows are timed by the network's clock, not the receiver's.
        assert_eq!(t.points.get(1).t, 1_704_181_265);
    }

    /// A network time that cannot be read falls back on the receiver's;
    /// a row whose times are both unreadable, or dated 1970, or after the
    /// latest time the caller allows, is skipped with its line named.
    #[test]
    fn granular_times_are_read_or_the_row_is_skipped() {
        let head = GRANULAR.lines().next().unwrap();
        let row = |net: &str, rec: &str, lat: f64| {
            format!("{net},{rec},0x8467d8,JAL516,{lat},141.66,P,26650,416,401,192,1728,A,4,ADS-B\n")
        };
        let text = format!(
            "{head}\n{}{}{}{}{}",
            row(
                "2024-01-02 07:41:03Z.515",
                "1970-01-01 00:00:00Z.000",
                41.57
            ),
            row("garbage", "2024-01-02 07:41:05Z.100", 41.56),
            row("garbage", "rubbish", 41.55),
            row(
                "1970-01-01 00:00:00Z.000",
                "2024-01-02 07:41:07Z.000",
                41.54
            ),
            row(
                "2024-01-09 07:41:08Z.000",
                "2024-01-02 07:41:08Z.000",
                41.53
            ),
        );
        let mut d = Dataset::default();
        let mut r = crate::FileReader::new("g.csv").with_latest(1_704_240_000); // 2024-01-03
        r.push(text.as_bytes());
        let rep = r.finish(&mut d).clone();
        assert_eq!(
            (rep.rows, rep.points, rep.skipped),
            (5, 2, 3),
            "{:?}",
            rep.warnings
        );
        let times: Vec<i64> = d.tracks[0].points.times().to_vec();
        assert_eq!(times, [1_704_181_263, 1_704_181_265]);
        let lines: Vec<_> = rep.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [Some(4), Some(5), Some(6)]);
        assert!(
            rep.warnings[0].message.contains("\"garbage\""),
            "{:?}",
            rep.warnings
        );
        assert!(
            rep.warnings[1].message.contains("1970"),
            "{:?}",
            rep.warnings
        );
        assert!(
            rep.warnings[2].message.contains("after 2024-01-03"),
            "{:?}",
            rep.warnings
        );
    }

    /// A per-flight file whose callsign changes in flight is one aircraft.
    #[test]
    fn a_callsign_that_changes_does_not_split_the_aircraft() {
        let text = "timestamp,lat,lon,alt,gspeed,vspeed,track,squawk,callsign,source\n\
                    2025-03-28T14:56:30Z,37.07881,-76.37271,0,260,1472,247,0,,ADSB\n\
                    2025-03-28T14:56:40Z,37.07451,-76.38554,300,286,4544,247,0,SG01,ADSB\n\
                    2025-03-28T14:57:40Z,37.10,-76.40,3000,300,0,247,0,DO61,ADSB\n";
        let mut d = Dataset::default();
        d.add_file("t38.csv", text.as_bytes());
        assert_eq!(d.tracks.len(), 1);
        assert_eq!(d.tracks[0].identity.callsigns, ["SG01", "DO61"]);
        let csv = format!(
            "{HEAD}1704180175,x,,\"42.7,141.6\",0,0,73\n1704180185,x,SG01,\"42.71,141.6\",0,0,73\n1704180195,x,DO61,\"42.72,141.6\",0,0,73\n"
        );
        let mut d = Dataset::default();
        d.add_file("fr24.csv", csv.as_bytes());
        assert_eq!(d.tracks.len(), 1);
        assert_eq!(d.tracks[0].points.len(), 3);
    }

    /// A row dated years away from the rest of a flight is a wrong clock:
    /// dropped, with its line named.
    #[test]
    fn a_row_years_away_is_dropped_by_its_line() {
        let mut text = String::from(HEAD);
        for i in 0..20 {
            text.push_str(&format!(
                "{},x,JAL516,\"{:.2},141.6\",30000,450,180\n",
                1_704_180_000 + i * 60,
                42.0 + i as f64 * 0.05
            ));
        }
        text.push_str("1904180000,x,JAL516,\"43.0,141.6\",30000,450,180\n");
        let mut d = Dataset::default();
        let r = d.add_file("years.csv", text.as_bytes()).clone();
        assert_eq!((r.points, r.skipped), (20, 1), "{:?}", r.warnings);
        assert_eq!(r.warnings[0].line, Some(22));
        assert!(
            r.warnings[0].message.contains("over a year away")
                && r.warnings[0].message.contains("(2024-01-02 to 2024-01-02)"),
            "{:?}",
            r.warnings
        );
        assert_eq!(r.span, Some((1_704_180_000, 1_704_181_140)));
    }

    #[test]
    fn reads_the_api_layout() {
        let text = "timestamp,lat,lon,alt,gspeed,vspeed,track,squawk,callsign,source\n\
                    2024-01-02T07:22:55Z,42.787994,141.685074,0,0,0,73,0,JAL516,ADSB\n\
                    1704180458,42.770142,141.691422,550,144,1200,172,2061,JAL516,ADSB\n";
        let mut d = Dataset::default();
        let r = d.add_file("api.csv", text.as_bytes()).clone();
        assert_eq!((r.format, r.points), (Some(Format::Fr24Api), 2));
        assert_eq!(d.tracks[0].points.get(1).vrate_fpm, Some(1200.0));
    }

    #[test]
    fn bad_rows_are_warnings_with_lines_and_the_rest_is_kept() {
        let text = format!(
            "{HEAD}1704180175,x,JAL516,\"42.7,141.6\",0,0,73\n\
             \n\
             notatime,x,JAL516,\"42.7,141.6\",0,0,73\n\
             1704180180,x,JAL516,\"0,0\",0,0,73\n\
             1704180190,x,JAL516,\"91.5,10\",0,0,73\n\
             1704180200,x,JAL516,\"42.7;141.6\",0,0,73\n\
             1704180210,x,JAL516,\"42.8,141.7\",high,0,73\n\
             1704180220,x,JAL516\n\
             1704180230,x,JAL516,\"42.9,141.8\",100,120,73\n"
        );
        let mut d = Dataset::default();
        let r = d.add_file("dirty.csv", text.as_bytes()).clone();
        assert_eq!((r.rows, r.points, r.skipped), (8, 2, 6));
        let lines: Vec<_> = r.warnings.iter().map(|w| w.line).collect();
        assert_eq!(
            lines,
            [Some(4), Some(5), Some(6), Some(7), Some(8), Some(9)]
        );
        assert!(r.warnings[0].message.contains("Timestamp"));
        assert!(r.warnings[1].message.contains("0,0"));
        assert!(r.warnings[4].message.contains("Altitude"));
    }
}
