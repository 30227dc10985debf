//! The formats Flightlens reads, by name and in the order they are tried.

use serde::{Deserialize, Serialize};

/// A file format Flightlens reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    /// Flightradar24 per-flight CSV: `Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction`
    /// (or the older layout without `UTC`).
    Fr24Csv,
    /// Flightradar24 granular ADS-B CSV: `network_time,receiver_time,hex,…`.
    Fr24Granular,
    /// Flightradar24 API CSV: `timestamp,lat,lon,alt,gspeed,vspeed,…`.
    Fr24Api,
    /// OpenSky Network state vectors CSV: `time,icao24,lat,lon,velocity,…`.
    OpenSkyStates,
    /// Flightradar24 flight playback JSON (the website's `playback.json` of
    /// one flight): `{"result": {"response": {"data": {"flight": {…, "track": […]}}}}}`.
    Fr24Playback,
    /// readsb / tar1090 / ADS-B Exchange `trace_full` JSON, plain or gzipped.
    ReadsbTrace,
    /// KML with `gx:Track` (tar1090 and Flightradar24 exports).
    Kml,
    /// OpenSky flights CSV, a flight list: `icao24,firstseen,estdepartureairport,…`.
    OpenSkyFlights,
    /// The OpenSky REST API's flights JSON, a flight list.
    OpenSkyFlightsJson,
    /// Flightradar24 logbook CSV, a flight list: `Date,Flight number,From,To,…`.
    Fr24Logbook,
    /// Any other CSV with time, latitude and longitude columns, recognised by
    /// the names in its header.
    GenericCsv,
}

impl Format {
    /// Every format, in the order they are tried.
    pub const ALL: [Format; 11] = [
        Format::Fr24Csv,
        Format::Fr24Granular,
        Format::Fr24Api,
        Format::OpenSkyStates,
        Format::Fr24Playback,
        Format::ReadsbTrace,
        Format::Kml,
        Format::OpenSkyFlights,
        Format::OpenSkyFlightsJson,
        Format::Fr24Logbook,
        Format::GenericCsv,
    ];

    /// A human name for reports and messages.
    pub fn name(self) -> &'static str {
        match self {
            Format::Fr24Csv => "Flightradar24 CSV",
            Format::Fr24Granular => "Flightradar24 granular CSV",
            Format::Fr24Api => "Flightradar24 API CSV",
            Format::OpenSkyStates => "OpenSky state vectors CSV",
            Format::Fr24Playback => "Flightradar24 playback JSON",
            Format::ReadsbTrace => "readsb trace JSON",
            Format::Kml => "KML with gx:Track",
            Format::OpenSkyFlights => "OpenSky flights CSV",
            Format::OpenSkyFlightsJson => "OpenSky flights JSON",
            Format::Fr24Logbook => "Flightradar24 logbook CSV",
            Format::GenericCsv => "CSV with time, latitude and longitude columns",
        }
    }
}
