//! What crosses the JS/Rust boundary, in a real browser: every worker
//! message through `Msg::encode` and `Msg::decode` (the plain halves are
//! tested natively in `src/read/`), and JS errors as words for the user.
#![cfg(target_arch = "wasm32")]

use flightlens::demo::FILES;
use flightlens::read::protocol::{ChosenColumns, Done, Kind, Meta, Msg, Packed};
use flightlens::read::timings::Measured;
use flightlens_core::data::demo_file;
use flightlens_core::ingest::ColumnChoice;
use flightlens_core::{FileReader, Ground, Point, Points};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// `msg` as posted and read back.
fn trip(msg: &Msg) -> Msg {
    let encoded = msg.encode();
    Msg::decode(&encoded.message.into()).expect("a message we made reads back")
}

fn all(p: &Points) -> Vec<Point> {
    (0..p.len()).map(|i| p.get(i)).collect()
}

#[wasm_bindgen_test]
fn plain_messages_come_back_as_they_went() {
    for msg in [
        Msg::End,
        Msg::Progress {
            bytes: 4_194_304.0,
            rows: 123_456,
        },
        Msg::Joined { rows: 7 },
        Msg::Unjoined {
            why: "the part starts inside a quoted field".into(),
        },
        Msg::Error("a.csv: the reader stopped (RuntimeError).".into()),
    ] {
        assert_eq!(format!("{:?}", trip(&msg)), format!("{msg:?}"));
        assert_eq!(msg.encode().transfer.length(), 0, "{msg:?}");
    }
}

#[wasm_bindgen_test]
fn every_message_says_its_kind() {
    let msg = Msg::Joined { rows: 1 };
    let kind = js_sys::Reflect::get(&msg.encode().message, &"kind".into()).unwrap();
    assert_eq!(kind.as_string().as_deref(), Some("joined"));
    assert_eq!(Kind::parse("joined"), Some(msg.kind()));
}

#[wasm_bindgen_test]
fn begin_carries_the_chosen_columns_and_moves_the_head() {
    let columns = ChosenColumns {
        delimiter: b';',
        choice: ColumnChoice {
            time: 0,
            lat: 1,
            lon: 2,
            altitude: None,
            altitude_metres: false,
            speed: Some(3),
            aircraft: None,
        },
    };
    let msg = Msg::Begin {
        name: "big.csv".into(),
        columns: Some(columns.clone()),
        size: 1e8,
        head: Some(b"t;lat;lon;gs\n".to_vec()),
    };
    assert_eq!(msg.encode().transfer.length(), 1);
    match trip(&msg) {
        Msg::Begin {
            name,
            columns: c,
            size,
            head,
        } => {
            assert_eq!(name, "big.csv");
            assert_eq!(c, Some(columns));
            assert_eq!(size, 1e8);
            assert_eq!(head.as_deref(), Some(&b"t;lat;lon;gs\n"[..]));
        }
        other => panic!("{other:?}"),
    }
    let plain = Msg::Begin {
        name: "a.csv".into(),
        columns: None,
        size: 10.0,
        head: None,
    };
    assert!(matches!(
        trip(&plain),
        Msg::Begin {
            columns: None,
            head: None,
            ..
        }
    ));
}

#[wasm_bindgen_test]
fn a_piece_moves_its_buffer() {
    let buffer = js_sys::Uint8Array::from(&b"Timestamp,UTC\n"[..]).buffer();
    let msg = Msg::Piece(buffer);
    assert_eq!(msg.encode().transfer.length(), 1);
    match trip(&msg) {
        Msg::Piece(b) => assert_eq!(b.byte_length(), 14),
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_data_file_moves_its_bytes_with_its_name() {
    let bytes = js_sys::Uint8Array::from(&b"\x1f\x8b airports"[..]).buffer();
    let msg = Msg::Data {
        name: "airports.tsv.gz".into(),
        bytes,
    };
    assert_eq!(msg.encode().transfer.length(), 1);
    match trip(&msg) {
        Msg::Data { name, bytes } => {
            assert_eq!(name, "airports.tsv.gz");
            assert_eq!(bytes.byte_length(), 11);
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_track_goes_column_by_column_and_comes_back_equal() {
    let mut p = Points::default();
    p.push(Point::at(1_548_230_520, 41.27, 28.75));
    p.push(Point {
        alt_ft: Some(41_000),
        gs_kt: Some(455.5),
        ground: Ground::Air,
        ..Point::at(1_548_230_580, 41.5, 29.0)
    });
    let msg = Msg::Track(p.clone());
    let encoded = msg.encode();
    assert_eq!(encoded.transfer.length(), 7, "one buffer per column");
    let vrate = js_sys::Reflect::get(&encoded.message, &"vrate".into()).unwrap();
    assert_eq!(
        js_sys::Float32Array::from(vrate).length(),
        0,
        "a column no row knows goes empty"
    );
    match Msg::decode(&encoded.message.into()).unwrap() {
        Msg::Track(back) => assert_eq!(all(&back), all(&p)),
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn done_comes_back_with_its_meta_and_times() {
    let mut r = FileReader::new(FILES[0]);
    r.push(demo_file(FILES[0]).unwrap());
    let file = r.finish_alone();
    let meta = Meta {
        report: file.report,
        flights: file.flights,
        identities: file.tracks.iter().map(|t| t.identity.clone()).collect(),
    };
    let measured = Measured {
        began: 1.7e12,
        engine_ms: 12.5,
        helper_ms: 0.0,
        waiting_ms: 3.0,
        copying_ms: 1.0,
        packing: 1.7e12 + 20.0,
        packing_ms: 2.0,
    };
    let done = Done { meta, measured };
    match trip(&Msg::Done(Box::new(done.clone()))) {
        Msg::Done(back) => assert_eq!(*back, done),
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_helpers_part_is_passed_on_unopened_and_joins_as_if_read_in_one() {
    let bytes = demo_file(FILES[0]).unwrap();
    let split = bytes.len() / 2
        + bytes[bytes.len() / 2..]
            .iter()
            .position(|&b| b == b'\n')
            .unwrap()
        + 1;
    let head = flightlens_core::ingest::head_end(bytes, false).unwrap();
    let mut helper = FileReader::new(FILES[0]).part(&bytes[..head]);
    helper.push(&bytes[split..]);
    let packed = Packed::pack(helper.into_part(), 12.0);
    // Helper → page → worker, moving the same buffers both times.
    let part = match trip(&Msg::Part(packed)) {
        Msg::Part(p) => p,
        other => panic!("{other:?}"),
    };
    let moved = Msg::Join(part.clone()).encode().transfer.length();
    // Seven columns and the points' lines, per aircraft.
    assert!(moved > 0 && moved.is_multiple_of(8), "{moved} buffers");
    let part = match trip(&Msg::Join(part)) {
        Msg::Join(p) => p,
        other => panic!("{other:?}"),
    };
    let (part, helper_ms) = part.unpack().unwrap();
    assert_eq!(helper_ms, 12.0);
    assert_eq!(part.lines.len(), part.points.len());
    for (lines, points) in part.lines.iter().zip(&part.points) {
        assert_eq!(lines.len(), points.len());
        assert!(lines.iter().all(|&l| l > 0), "every point keeps its line");
    }
    let mut a = FileReader::new(FILES[0]);
    a.push(&bytes[..split]);
    a.join(part).unwrap();
    let joined = a.finish_alone();
    let mut whole = FileReader::new(FILES[0]);
    whole.push(bytes);
    let whole = whole.finish_alone();
    assert_eq!(joined.report, whole.report);
    assert_eq!(joined.tracks.len(), whole.tracks.len());
    for (j, w) in joined.tracks.iter().zip(&whole.tracks) {
        assert_eq!(j.identity, w.identity);
        assert_eq!(all(&j.points), all(&w.points));
    }
}

#[wasm_bindgen_test]
fn a_malformed_message_says_what_is_wrong() {
    let read = |json: &str| Msg::decode(&js_sys::JSON::parse(json).unwrap()).unwrap_err();
    assert_eq!(read("{}"), "no kind");
    assert_eq!(read(r#"{"kind":"nope"}"#), "unknown kind \"nope\"");
    assert_eq!(read(r#"{"kind":"progress","rows":1}"#), "no bytes");
    assert_eq!(read(r#"{"kind":"track","t":[1]}"#), "t");
    assert!(Msg::decode(&JsValue::NULL).is_err());
}

#[wasm_bindgen_test]
fn a_js_error_reaches_the_user_as_words_not_a_debug_print() {
    use flightlens::js_error;
    let e: JsValue = js_sys::TypeError::new("Failed to fetch").into();
    assert_eq!(js_error(&e), "Failed to fetch");
    // A DOMException with no message: its name says what happened.
    let dom = js_sys::Object::new();
    js_sys::Reflect::set(&dom, &"name".into(), &"NotReadableError".into()).unwrap();
    js_sys::Reflect::set(&dom, &"message".into(), &"".into()).unwrap();
    assert_eq!(js_error(&dom.into()), "NotReadableError");
    assert_eq!(
        js_error(&"a.csv: reading cancelled.".into()),
        "a.csv: reading cancelled"
    );
    assert_eq!(js_error(&JsValue::UNDEFINED), "the browser gave no reason");
    assert_eq!(js_error(&JsValue::NULL), "the browser gave no reason");
    assert!(!js_error(&js_sys::Error::new("x").into()).contains("JsValue"));
}

/// A gzip member holding `bytes`.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[wasm_bindgen_test]
fn the_page_reader_stops_a_gzip_that_unpacks_to_one_2_gb_line_with_a_sentence() {
    // A Flightradar24 header, then a row whose quoted field never ends: a
    // member of 16 MiB of one letter, 128 times over (gzip members may be
    // concatenated), so 2 GiB unpacked from about 2 MB.
    let mut file =
        gzip(b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n1704180175,x,JAL516,\"");
    let member = gzip(&vec![b'a'; 16 << 20]);
    for _ in 0..128 {
        file.extend_from_slice(&member);
    }
    assert!(file.len() < 4 << 20, "{} bytes", file.len());
    let mut reader = flightlens::read::file_reader("hostile.csv.gz", None);
    let mut read = 0;
    // In pieces of 4 MiB, as the page reads a file, stopping once refused.
    for piece in file.chunks(4 << 20) {
        reader.push(piece);
        read += piece.len();
        if reader.stopped() {
            break;
        }
    }
    assert!(reader.stopped(), "the reader went on after {read} bytes");
    let parsed = reader.finish_alone();
    assert!(parsed.tracks.is_empty());
    assert!(parsed.report.failed());
    let said = parsed
        .report
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect::<Vec<_>>()
        .join(" | ");
    assert!(said.contains("without a line end"), "{said}");
    assert!(said.len() < 400, "the message quotes no megabytes: {said}");
    // The next file reads as if nothing had happened.
    let mut next = flightlens::read::file_reader(FILES[0], None);
    next.push(demo_file(FILES[0]).unwrap());
    assert!(!next.finish_alone().tracks.is_empty());
}

#[wasm_bindgen_test]
fn no_row_may_be_dated_more_than_a_day_past_the_clock() {
    // 2026-11-30T00:00:00Z on the page's clock.
    assert_eq!(
        flightlens::read::latest_time(1_795_996_800_000.0),
        1_796_083_200
    );
    let mut reader = flightlens::read::file_reader("future.csv", None);
    reader.push(
        b"Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
          1704180175,x,JAL516,\"42.787994,141.685074\",0,0,73\n\
          4102444800,x,JAL516,\"42.770142,141.691422\",550,144,172\n",
    );
    let parsed = reader.finish_alone();
    assert_eq!(parsed.report.points, 1, "{:?}", parsed.report);
    assert!(parsed.report.warnings.iter().any(|w| w.line == Some(3)));
    let fallback = flightlens_core::ingest::LATEST_DEFAULT;
    assert_eq!(flightlens::read::latest_time(f64::NAN), fallback);
    assert_eq!(flightlens::read::latest_time(0.0), fallback);
}
