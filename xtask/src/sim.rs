//! A flight simulator for synthetic tracks with exact ground truth: gate to
//! gate on a great circle, with taxi, take-off roll, climb, cruise, a 3°
//! descent, landing roll and taxi, published as a tracking network would
//! (sparser at cruise, nothing in coverage gaps). Used by the demo and by
//! `cargo xtask eval routes`. Deterministic: noise comes from a seeded LCG.

use std::fmt::Write as _;

use flightlens_core::airports::airports;
use flightlens_core::geo::LatLon;
use flightlens_core::time::rfc3339;

/// An airport's reference point, degrees.
#[derive(Debug, Clone, Copy)]
pub struct Airport {
    /// ICAO code.
    pub icao: &'static str,
    /// Degrees north.
    pub lat: f64,
    /// Degrees east.
    pub lon: f64,
}

impl Airport {
    /// Where it is.
    pub fn position(&self) -> LatLon {
        LatLon::new(self.lat, self.lon)
    }
}

/// The airport with this ICAO code from the embedded table.
pub fn at(icao: &str) -> Airport {
    let a = airports()
        .get(icao)
        .unwrap_or_else(|| panic!("no airport {icao}"));
    Airport {
        icao: a.icao,
        lat: a.lat,
        lon: a.lon,
    }
}

/// A simulated flight and its truth.
#[derive(Debug, Clone)]
pub struct Flight {
    /// What the network published.
    pub samples: Vec<Sample>,
    /// The moment the wheels left the runway, Unix seconds.
    pub takeoff: i64,
    /// The moment they touched down.
    pub landing: i64,
}

/// One simulated position report.
#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub t: i64,
    pub lat: f64,
    pub lon: f64,
    pub alt_ft: f64,
    pub gs_kt: f64,
    pub track: f64,
    pub vrate_fpm: f64,
    pub ground: bool,
}

/// A deterministic pseudo-random source (64-bit LCG), so that noise is
/// reproducible without a dependency.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn jitter(&mut self, amp: f64) -> f64 {
        (self.next() * 2.0 - 1.0) * amp
    }
}

pub struct Leg<'a> {
    pub from: &'a Airport,
    pub to: &'a Airport,
    /// Off-block time, Unix seconds.
    pub off_block: i64,
    pub cruise_ft: f64,
    pub cruise_kt: f64,
    pub climb_fpm: f64,
    /// Fractions of the distance with no receiver coverage.
    pub gaps: &'a [(f64, f64)],
}

const KT_TO_KMS: f64 = 1.852 / 3600.0;

/// Simulates a flight gate to gate in 5-second steps and returns the samples
/// a tracking network would have published (sparser at cruise, none in gaps).
pub fn fly(leg: &Leg, rng: &mut Lcg) -> Flight {
    let (a, b) = (leg.from, leg.to);
    let (pa, pb) = (a.position(), b.position());
    let dist = pa.haversine_km(pb);
    let dep_brg = pa.bearing_deg(pb);
    let mut out = Vec::new();
    let mut t = leg.off_block;
    // Parked at the stand, then taxi 1.2 km to the runway over 8 minutes.
    let stand = pa.destination(dep_brg + 100.0, 1.2);
    for k in 0..=32 {
        let f = f64::from(k) / 32.0;
        let LatLon { lat, lon } = stand.towards(pa, f);
        let gs = if k == 0 || k == 32 {
            0.0
        } else {
            9.0 + rng.jitter(2.0)
        };
        out.push(Sample {
            t,
            lat,
            lon,
            alt_ft: 0.0,
            gs_kt: gs,
            track: stand.bearing_deg(pa),
            vrate_fpm: 0.0,
            ground: true,
        });
        t += 15;
    }
    // Take-off roll, climb, cruise, descent, landing roll.
    let (mut s, mut alt, mut gs) = (0.0_f64, 0.0_f64, 0.0_f64);
    let mut airborne = false;
    let mut takeoff = 0;
    let mut landing = 0;
    let mut last_emit = 0;
    while s < dist {
        let dt = 5.0;
        let remaining = dist - s;
        let glide_ft = remaining * 171.9; // a 3° path to the destination
        let vrate;
        if !airborne {
            gs = (gs + 3.5 * dt).min(150.0);
            vrate = 0.0;
            if gs >= 150.0 {
                airborne = true;
                takeoff = t + dt as i64;
            }
        } else {
            let target = (alt + leg.climb_fpm * dt / 60.0)
                .min(leg.cruise_ft)
                .min(glide_ft);
            vrate = (target - alt) * 60.0 / dt;
            alt = target.max(0.0);
            gs = (150.0 + alt * 0.012).min(leg.cruise_kt);
        }
        s += gs * KT_TO_KMS * dt;
        t += dt as i64;
        let f = (s / dist).min(1.0);
        let in_gap = leg.gaps.iter().any(|&(g0, g1)| f > g0 && f < g1);
        let period = if alt < 10_000.0 { 15 } else { 60 };
        if !in_gap && t - last_emit >= period {
            let here = pa.towards(pb, f);
            let (lat, lon) = (here.lat, here.lon);
            let track = here.bearing_deg(pb);
            let noise = if alt > 20_000.0 {
                rng.jitter(20.0)
            } else {
                0.0
            };
            let alt_out = if airborne {
                ((alt + noise) / 25.0).round() * 25.0
            } else {
                0.0
            };
            out.push(Sample {
                t,
                lat,
                lon,
                alt_ft: alt_out.max(0.0),
                gs_kt: gs + rng.jitter(1.5),
                track,
                vrate_fpm: (vrate / 64.0).round() * 64.0,
                ground: !airborne,
            });
            last_emit = t;
        }
        if airborne && alt <= 0.0 && s > dist / 2.0 {
            break;
        }
        landing = t;
    }
    // Landing roll and taxi in to a stand 1 km off the runway.
    let arr_brg = pa.bearing_deg(pb);
    let stand = pb.destination(arr_brg + 80.0, 1.0);
    for k in 1..=28 {
        let f = f64::from(k) / 28.0;
        let LatLon { lat, lon } = pb.towards(stand, f);
        t += 15;
        let gs = if k < 4 {
            120.0 - 35.0 * f64::from(k)
        } else if k == 28 {
            0.0
        } else {
            10.0 + rng.jitter(2.0)
        };
        out.push(Sample {
            t,
            lat,
            lon,
            alt_ft: 0.0,
            gs_kt: gs,
            track: pb.bearing_deg(stand),
            vrate_fpm: 0.0,
            ground: true,
        });
    }
    Flight {
        samples: out,
        takeoff,
        landing,
    }
}

pub fn fr24_csv(callsign: &str, samples: &[Sample]) -> String {
    let mut s = String::from("Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n");
    for p in samples {
        let _ = writeln!(
            s,
            "{},{},{},\"{:.6},{:.6}\",{},{},{}",
            p.t,
            rfc3339(p.t),
            callsign,
            p.lat,
            p.lon,
            p.alt_ft as i64,
            p.gs_kt.round().max(0.0) as i64,
            p.track.round() as i64 % 360
        );
    }
    s
}

pub fn opensky_csv(icao24: &str, callsign: &str, samples: &[Sample]) -> String {
    let mut s = String::from(
        "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact\n",
    );
    for p in samples {
        let baro = if p.ground {
            String::new()
        } else {
            format!("{:.2}", p.alt_ft * 0.3048)
        };
        let geo = if p.ground {
            String::new()
        } else {
            format!("{:.2}", (p.alt_ft + 450.0) * 0.3048)
        };
        let _ = writeln!(
            s,
            "{t},{icao24},{:.5},{:.5},{:.2},{:.2},{:.2},{callsign:<8},{},False,False,2301,{baro},{geo},{t}.4,{t}.9",
            p.lat,
            p.lon,
            p.gs_kt.max(0.0) * 0.514444,
            p.track,
            p.vrate_fpm * 0.00508,
            if p.ground { "True" } else { "False" },
            t = p.t,
        );
    }
    s
}
