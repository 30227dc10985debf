//! What the page and a reading worker say to each other: one enum,
//! [`Msg`], and its codec ([`Msg::encode`], [`Msg::decode`]).
//!
//! Every message is a plain object with a `kind` ([`Kind`], the only place
//! the kinds are spelt), posted with `postMessage`. Bytes travel as
//! `ArrayBuffer`s in the transfer list: moved, never copied.
//!
//! | kind | from → to | fields |
//! | --- | --- | --- |
//! | `module` | page → worker | `module`: the app's compiled `WebAssembly.Module` (handled by `js/worker.js` itself) |
//! | `data` | page → worker | `name` and `bytes`: one of the engine's data files (`flightlens_core::data`), before the first `begin` |
//! | `begin` | page → worker | `name`, `size`, `columns` (JSON [`ChosenColumns`], if chosen), `head` (a helper's: the file's start through its header line) |
//! | `piece` | page → worker | `piece`: the next bytes of the file |
//! | `join` | page → worker | `part`: a helper's part, passed on unopened |
//! | `end` | page → worker | — |
//! | `progress` | worker → page | `bytes` read and `rows` parsed so far, after each piece |
//! | `joined` / `unjoined` | worker → page | `rows` / `why` the part could not follow on |
//! | `track` | worker → page | one aircraft's points, a typed array per column |
//! | `done` | worker → page | `meta` (JSON [`Meta`]) and where the time went |
//! | `part` | helper → page | `part`: the helper's rows, unfinished ([`Packed`]) |
//! | `error` | worker → page | `message`, a sentence for the user |

use flightlens_core::ingest::ColumnChoice;
use flightlens_core::ingest::{ListedFlight, Part};
use flightlens_core::{FileImport, Ground, Identity, Points};
use js_sys::{
    Array, ArrayBuffer, BigInt64Array, Float32Array, Int32Array, Object, Uint8Array, Uint32Array,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

use super::timings::Measured;

/// What a person chose for a CSV whose columns Flightlens could not name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChosenColumns {
    /// The CSV's delimiter.
    pub delimiter: u8,
    /// Which column is which.
    pub choice: ColumnChoice,
}

/// Everything of a finished file but its points, sent as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// How the read went.
    pub report: FileImport,
    /// Flights from a flight list.
    pub flights: Vec<ListedFlight>,
    /// Each aircraft's identity, in the order of its `track` message.
    pub identities: Vec<Identity>,
}

/// A worker's finished file, but for the points its `track` messages
/// carried before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// Everything but the points.
    pub meta: Meta,
    /// Where the worker's time went.
    pub measured: Measured,
}

/// A helper's part of a file, packed in the helper: the page passes it on
/// to the reader of the file's start without opening it, so its typed
/// arrays are moved twice and copied never.
#[derive(Debug, Clone)]
pub struct Packed(JsValue);

impl Packed {
    /// Packs `part` (its points as typed arrays), with the milliseconds the
    /// helper's engine spent on it.
    pub fn pack(mut part: Part, engine_ms: f64) -> Packed {
        let points = std::mem::take(&mut part.points);
        let lines = std::mem::take(&mut part.lines);
        let tracks = Array::new();
        let buffers = Array::new();
        for (i, p) in points.iter().enumerate() {
            let o = Object::new();
            put_points(&o, &buffers, p);
            // Each point's line, so that a point the join drops as a bad
            // fix is still named by its line.
            if let Some(l) = lines.get(i).filter(|l| l.len() == p.len()) {
                let a = Uint32Array::from(l.as_slice());
                set(&o, "lines", &a);
                buffers.push(&a.buffer());
            }
            tracks.push(&o);
        }
        drop(points);
        drop(lines);
        let o = Object::new();
        set(
            &o,
            "meta",
            &serde_json::to_string(&part).unwrap_or_default().into(),
        );
        set(&o, "tracks", &tracks);
        set(&o, "buffers", &buffers);
        set(&o, "engine_ms", &engine_ms.into());
        Packed(o.into())
    }

    /// The part back, and the milliseconds the helper's engine spent on it.
    pub fn unpack(&self) -> Result<(Part, f64), String> {
        let meta = get(&self.0, "meta").as_string().ok_or("no meta")?;
        let mut part: Part = serde_json::from_str(&meta).map_err(|e| e.to_string())?;
        let tracks: Array = get(&self.0, "tracks").dyn_into().map_err(|_| "no tracks")?;
        part.points = tracks
            .iter()
            .map(|t| points_of(&t))
            .collect::<Result<_, _>>()?;
        // A track sent without its lines gets none: its dropped points are
        // then named without a line, nothing worse.
        part.lines = tracks
            .iter()
            .map(|t| {
                get(&t, "lines")
                    .dyn_into::<Uint32Array>()
                    .map(|a| a.to_vec())
                    .unwrap_or_default()
            })
            .collect();
        if part.points.len() != part.keys.len() {
            return Err("track count".into());
        }
        let engine_ms = get(&self.0, "engine_ms").as_f64().unwrap_or(0.0);
        Ok((part, engine_ms))
    }

    /// The buffers that move with the part.
    fn buffers(&self) -> Array {
        get(&self.0, "buffers").dyn_into().unwrap_or_default()
    }
}

/// Every message between the page and a reading worker (see the table in
/// the module's documentation).
#[derive(Debug)]
pub enum Msg {
    /// Page → new worker: the app's compiled module, to instantiate.
    Module(JsValue),
    /// Page → worker: one of the engine's data files (the airport table
    /// and the time zones: flight lists give local times), sent before the
    /// worker's first file.
    Data {
        /// Its name, one of `flightlens_core::data::FILES`.
        name: String,
        /// Its bytes (a copy, moved).
        bytes: ArrayBuffer,
    },
    /// Page → worker: start reading a file.
    Begin {
        /// The file's name.
        name: String,
        /// The columns a person chose, or `None` to detect the format.
        columns: Option<ChosenColumns>,
        /// The bytes this worker will be sent.
        size: f64,
        /// For a helper: the file's start through its header line.
        head: Option<Vec<u8>>,
    },
    /// Page → worker: the next bytes of the file (moved).
    Piece(ArrayBuffer),
    /// Page → worker: a helper's part, to join on once every piece before
    /// it is parsed.
    Join(Packed),
    /// Page → worker: no more pieces.
    End,
    /// Worker → page: a piece is parsed; send another.
    Progress {
        /// Bytes received so far.
        bytes: f64,
        /// Rows parsed so far.
        rows: u64,
    },
    /// Worker → page: the helper's part is joined on; the file is read.
    Joined {
        /// Rows parsed, the part's included.
        rows: u64,
    },
    /// Worker → page: the part cannot follow on (its start fell inside a
    /// quoted field); send the rest of the file here.
    Unjoined {
        /// Why, for the console.
        why: String,
    },
    /// Worker → page: one aircraft's points.
    Track(Points),
    /// Worker → page: the file is read.
    Done(Box<Done>),
    /// Helper → page: its part of the file.
    Part(Packed),
    /// Worker → page: the read failed; a sentence for the user.
    Error(String),
}

/// The kinds of [`Msg`], as spelt in the messages' `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// [`Msg::Module`]
    Module,
    /// [`Msg::Data`]
    Data,
    /// [`Msg::Begin`]
    Begin,
    /// [`Msg::Piece`]
    Piece,
    /// [`Msg::Join`]
    Join,
    /// [`Msg::End`]
    End,
    /// [`Msg::Progress`]
    Progress,
    /// [`Msg::Joined`]
    Joined,
    /// [`Msg::Unjoined`]
    Unjoined,
    /// [`Msg::Track`]
    Track,
    /// [`Msg::Done`]
    Done,
    /// [`Msg::Part`]
    Part,
    /// [`Msg::Error`]
    Error,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 13] = [
        Kind::Module,
        Kind::Data,
        Kind::Begin,
        Kind::Piece,
        Kind::Join,
        Kind::End,
        Kind::Progress,
        Kind::Joined,
        Kind::Unjoined,
        Kind::Track,
        Kind::Done,
        Kind::Part,
        Kind::Error,
    ];

    /// The kind as spelt in a message.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Module => "module",
            Kind::Data => "data",
            Kind::Begin => "begin",
            Kind::Piece => "piece",
            Kind::Join => "join",
            Kind::End => "end",
            Kind::Progress => "progress",
            Kind::Joined => "joined",
            Kind::Unjoined => "unjoined",
            Kind::Track => "track",
            Kind::Done => "done",
            Kind::Part => "part",
            Kind::Error => "error",
        }
    }

    /// The kind spelt `s`, if any.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A message ready to post: the object, and the buffers to move with it.
#[derive(Debug)]
pub struct Encoded {
    /// The message.
    pub message: Object,
    /// Its transfer list.
    pub transfer: Array,
}

impl Msg {
    /// The message's kind.
    pub fn kind(&self) -> Kind {
        match self {
            Msg::Module(_) => Kind::Module,
            Msg::Data { .. } => Kind::Data,
            Msg::Begin { .. } => Kind::Begin,
            Msg::Piece(_) => Kind::Piece,
            Msg::Join(_) => Kind::Join,
            Msg::End => Kind::End,
            Msg::Progress { .. } => Kind::Progress,
            Msg::Joined { .. } => Kind::Joined,
            Msg::Unjoined { .. } => Kind::Unjoined,
            Msg::Track(_) => Kind::Track,
            Msg::Done(_) => Kind::Done,
            Msg::Part(_) => Kind::Part,
            Msg::Error(_) => Kind::Error,
        }
    }

    /// The message as an object to post, with its transfer list.
    pub fn encode(&self) -> Encoded {
        let o = Object::new();
        let transfer = Array::new();
        set(&o, "kind", &self.kind().as_str().into());
        match self {
            Msg::Module(module) => set(&o, "module", module),
            Msg::Data { name, bytes } => {
                set(&o, "name", &name.into());
                set(&o, "bytes", bytes);
                transfer.push(bytes);
            }
            Msg::Begin {
                name,
                columns,
                size,
                head,
            } => {
                set(&o, "name", &name.into());
                if let Some(c) = columns {
                    let json = serde_json::to_string(c).unwrap_or_default();
                    set(&o, "columns", &json.into());
                }
                set(&o, "size", &(*size).into());
                if let Some(head) = head {
                    let buffer = Uint8Array::from(&head[..]).buffer();
                    set(&o, "head", &buffer);
                    transfer.push(&buffer);
                }
            }
            Msg::Piece(buffer) => {
                set(&o, "piece", buffer);
                transfer.push(buffer);
            }
            Msg::Join(part) | Msg::Part(part) => {
                set(&o, "part", &part.0);
                for b in part.buffers().iter() {
                    transfer.push(&b);
                }
            }
            Msg::End => {}
            Msg::Progress { bytes, rows } => {
                set(&o, "bytes", &(*bytes).into());
                set(&o, "rows", &(*rows as f64).into());
            }
            Msg::Joined { rows } => set(&o, "rows", &(*rows as f64).into()),
            Msg::Unjoined { why } => set(&o, "why", &why.into()),
            Msg::Track(points) => put_points(&o, &transfer, points),
            Msg::Done(done) => {
                let meta = serde_json::to_string(&done.meta).unwrap_or_default();
                set(&o, "meta", &meta.into());
                let m = &done.measured;
                for (key, value) in [
                    ("began", m.began),
                    ("engine_ms", m.engine_ms),
                    ("helper_ms", m.helper_ms),
                    ("waiting_ms", m.waiting_ms),
                    ("copying_ms", m.copying_ms),
                    ("packing", m.packing),
                    ("packing_ms", m.packing_ms),
                ] {
                    set(&o, key, &value.into());
                }
            }
            Msg::Error(message) => set(&o, "message", &message.into()),
        }
        Encoded {
            message: o,
            transfer,
        }
    }

    /// A posted message back into a [`Msg`]; `Err` says what is wrong with it.
    pub fn decode(data: &JsValue) -> Result<Msg, String> {
        let kind = text(data, "kind")?;
        let kind = Kind::parse(&kind).ok_or_else(|| format!("unknown kind {kind:?}"))?;
        Ok(match kind {
            Kind::Module => Msg::Module(get(data, "module")),
            Kind::Data => Msg::Data {
                name: text(data, "name")?,
                bytes: get(data, "bytes").dyn_into().map_err(|_| "no bytes")?,
            },
            Kind::Begin => Msg::Begin {
                name: text(data, "name")?,
                columns: match get(data, "columns").as_string() {
                    Some(json) => Some(serde_json::from_str(&json).map_err(|e| e.to_string())?),
                    None => None,
                },
                size: number(data, "size")?,
                head: get(data, "head")
                    .dyn_into::<ArrayBuffer>()
                    .ok()
                    .map(|b| Uint8Array::new(&b).to_vec()),
            },
            Kind::Piece => Msg::Piece(get(data, "piece").dyn_into().map_err(|_| "no piece")?),
            Kind::Join => Msg::Join(Packed(get(data, "part"))),
            Kind::End => Msg::End,
            Kind::Progress => Msg::Progress {
                bytes: number(data, "bytes")?,
                rows: number(data, "rows")? as u64,
            },
            Kind::Joined => Msg::Joined {
                rows: number(data, "rows")? as u64,
            },
            Kind::Unjoined => Msg::Unjoined {
                why: text(data, "why")?,
            },
            Kind::Track => Msg::Track(points_of(data)?),
            Kind::Done => {
                let meta = serde_json::from_str(&text(data, "meta")?).map_err(|e| e.to_string())?;
                let measured = Measured {
                    began: number(data, "began")?,
                    engine_ms: number(data, "engine_ms")?,
                    helper_ms: number(data, "helper_ms")?,
                    waiting_ms: number(data, "waiting_ms")?,
                    copying_ms: number(data, "copying_ms")?,
                    packing: number(data, "packing")?,
                    packing_ms: number(data, "packing_ms")?,
                };
                Msg::Done(Box::new(Done { meta, measured }))
            }
            Kind::Part => Msg::Part(Packed(get(data, "part"))),
            Kind::Error => Msg::Error(text(data, "message")?),
        })
    }
}

/// Why a result from a worker could not be used.
pub fn malformed(why: &str) -> String {
    format!("the reader sent back a malformed result ({why})")
}

use crate::browser::{get, set};

fn text(o: &JsValue, key: &str) -> Result<String, String> {
    get(o, key).as_string().ok_or_else(|| format!("no {key}"))
}

fn number(o: &JsValue, key: &str) -> Result<f64, String> {
    get(o, key).as_f64().ok_or_else(|| format!("no {key}"))
}

/// A float column as sent: empty when no row has a value (a Flightradar24
/// CSV has no vertical rate), so that nothing unknown is copied.
pub fn sent_floats(column: &[f32]) -> &[f32] {
    if column.iter().any(|x| !x.is_nan()) {
        column
    } else {
        &[]
    }
}

/// The ground flags as sent: empty when no row says.
pub fn sent_ground(column: &[u8]) -> &[u8] {
    let unknown = Ground::Unknown as u8;
    if column.iter().any(|&g| g != unknown) {
        column
    } else {
        &[]
    }
}

/// A float column as received for `n` points: an empty one is all unknown.
pub fn received_floats(column: Vec<f32>, n: usize) -> Vec<f32> {
    if column.is_empty() {
        vec![f32::NAN; n]
    } else {
        column
    }
}

/// The ground flags as received for `n` points: empty ones are all unknown.
pub fn received_ground(column: Vec<u8>, n: usize) -> Vec<u8> {
    if column.is_empty() {
        vec![Ground::Unknown as u8; n]
    } else {
        column
    }
}

/// Puts one aircraft's points on `o`, a typed array per column, and their
/// buffers on `transfer`.
fn put_points(o: &Object, transfer: &Array, points: &Points) {
    let c = points.columns();
    let put = |key: &str, array: JsValue, buffer: JsValue| {
        set(o, key, &array);
        transfer.push(&buffer);
    };
    let a = BigInt64Array::from(c.t);
    put("t", a.clone().into(), a.buffer().into());
    let a = Float32Array::from(c.lat);
    put("lat", a.clone().into(), a.buffer().into());
    let a = Float32Array::from(c.lon);
    put("lon", a.clone().into(), a.buffer().into());
    let a = Int32Array::from(c.alt);
    put("alt", a.clone().into(), a.buffer().into());
    let a = Float32Array::from(sent_floats(c.gs));
    put("gs", a.clone().into(), a.buffer().into());
    let a = Float32Array::from(sent_floats(c.vrate));
    put("vrate", a.clone().into(), a.buffer().into());
    let a = Uint8Array::from(sent_ground(&c.ground));
    put("ground", a.clone().into(), a.buffer().into());
}

/// One aircraft's points from the typed arrays on `o`.
fn points_of(o: &JsValue) -> Result<Points, String> {
    let t = get(o, "t")
        .dyn_into::<BigInt64Array>()
        .map_err(|_| "t")?
        .to_vec();
    let n = t.len();
    let floats = |k: &str| {
        let v = get(o, k)
            .dyn_into::<Float32Array>()
            .map(|a| a.to_vec())
            .map_err(|_| k.to_string())?;
        Ok::<_, String>(received_floats(v, n))
    };
    let ground = get(o, "ground")
        .dyn_into::<Uint8Array>()
        .map_err(|_| "ground")?
        .to_vec();
    Points::from_columns(
        t,
        floats("lat")?,
        floats("lon")?,
        get(o, "alt")
            .dyn_into::<Int32Array>()
            .map_err(|_| "alt")?
            .to_vec(),
        floats("gs")?,
        floats("vrate")?,
        &received_ground(ground, n),
    )
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use flightlens_core::Point;

    #[test]
    fn each_kind_is_spelt_once_and_read_back() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
            let same = Kind::ALL
                .iter()
                .filter(|o| o.as_str() == k.as_str())
                .count();
            assert_eq!(same, 1, "{k:?}");
        }
        assert_eq!(Kind::parse("Progress"), None);
        assert_eq!(Msg::End.kind().as_str(), "end");
        assert_eq!(Msg::Error("x".into()).kind(), Kind::Error);
    }

    /// Points through the codec's plain half: each column as sent, then as
    /// received.
    fn trip(p: &Points) -> Points {
        let c = p.columns();
        let n = c.t.len();
        Points::from_columns(
            c.t.to_vec(),
            received_floats(sent_floats(c.lat).to_vec(), n),
            received_floats(sent_floats(c.lon).to_vec(), n),
            c.alt.to_vec(),
            received_floats(sent_floats(c.gs).to_vec(), n),
            received_floats(sent_floats(c.vrate).to_vec(), n),
            &received_ground(sent_ground(&c.ground).to_vec(), n),
        )
        .expect("columns of one length")
    }

    fn all(p: &Points) -> Vec<Point> {
        (0..p.len()).map(|i| p.get(i)).collect()
    }

    #[test]
    fn columns_no_row_knows_go_empty_and_come_back_unknown() {
        let mut p = Points::default();
        p.push(Point::at(1, 55.5, 37.25));
        p.push(Point::at(2, 55.75, 37.5));
        let c = p.columns();
        assert!(sent_floats(c.gs).is_empty());
        assert!(sent_floats(c.vrate).is_empty());
        assert!(sent_ground(&c.ground).is_empty());
        assert_eq!(sent_floats(c.lat), c.lat);
        assert_eq!(all(&trip(&p)), all(&p));
    }

    #[test]
    fn columns_some_row_knows_go_whole() {
        let mut p = Points::default();
        p.push(Point::at(1, 10.0, 20.0));
        p.push(Point {
            alt_ft: Some(35_000),
            gs_kt: Some(450.0),
            vrate_fpm: Some(-64.0),
            ground: Ground::Air,
            ..Point::at(2, 10.5, 20.5)
        });
        let c = p.columns();
        assert_eq!(sent_floats(c.gs).len(), 2);
        assert_eq!(sent_ground(&c.ground), &[2, 0]);
        assert_eq!(all(&trip(&p)), all(&p));
    }

    #[test]
    fn an_empty_track_stays_empty() {
        let p = Points::default();
        assert!(trip(&p).is_empty());
    }

    #[test]
    fn meta_and_columns_go_as_json_and_come_back_equal() {
        let columns = ChosenColumns {
            delimiter: b';',
            choice: ColumnChoice {
                time: 0,
                lat: 2,
                lon: 3,
                altitude: Some(4),
                altitude_metres: true,
                speed: None,
                aircraft: Some(1),
            },
        };
        let json = serde_json::to_string(&columns).unwrap();
        assert_eq!(
            serde_json::from_str::<ChosenColumns>(&json).unwrap(),
            columns
        );
        let mut d = flightlens_core::Dataset::default();
        d.add_file(
            "t.csv",
            b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1548230520,x,TCTTC,\"41.27,28.75\",0,0,0\n",
        );
        let meta = Meta {
            report: d.imports[0].clone(),
            flights: Vec::new(),
            identities: d.tracks.iter().map(|t| t.identity.clone()).collect(),
        };
        let json = serde_json::to_string(&meta).unwrap();
        assert_eq!(serde_json::from_str::<Meta>(&json).unwrap(), meta);
    }
}
