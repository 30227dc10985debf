//! The one way from loaded data to the analysis, shared by the app, the
//! command-line tool and the tests:
//!
//! ```text
//! Dataset ──find_routes(options)──► Routes ──┬──document──────► Analysis ─┐
//!                                            └──check_claims──► claims ───┴─► with_claims
//! article text, published ──read_article──► ArticleReading ──┴── unread ──────► with_unread
//! ```
//!
//! [`analyse`] runs every stage at once. A caller that keeps the results
//! between changes (the app, with one memo per stage) calls the stage
//! functions itself, so that editing the article re-reads the article and
//! re-checks its claims without finding the routes again.
//!
//! ```
//! use flightlens_core::pipeline::{self, ArticleInput};
//! use flightlens_core::routes::Options;
//! use flightlens_core::Dataset;
//!
//! let csv = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n\
//!            1704180175,2024-01-02T07:22:55Z,JAL516,\"42.787994,141.685074\",0,0,73\n";
//! let mut data = Dataset::default();
//! data.add_file("track.csv", csv.as_bytes());
//! let article = ArticleInput {
//!     text: "JAL516 was seen at New Chitose on 2 January.",
//!     published: "2024-01-05".parse().ok(),
//! };
//! let made = pipeline::analyse(&data, &Options::default(), Some(article));
//! assert_eq!(made.analysis.aircraft.len(), 1);
//! assert_eq!(made.analysis.claims.len(), made.reading.reading.claims.len());
//! ```

use crate::airports::airports;
use crate::analysis::{Analysis, ClaimOut};
use crate::article;
use crate::ingest::Dataset;
use crate::routes::{self, Options, Routes};
use crate::time::Day;

/// An article to read and check.
#[derive(Debug, Clone, Copy)]
pub struct ArticleInput<'a> {
    /// Its text, plain or pasted HTML (read as its text).
    pub text: &'a str,
    /// The day it was published: relative dates ("last month") and dates
    /// that leave out the year are resolved against it. Without it, only
    /// dates that give their year are used.
    pub published: Option<Day>,
}

/// An article as read: the text that was read (pasted HTML reduced to
/// text, which the app shows with what was found marked) and what was
/// found in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleReading {
    /// The text that was read.
    pub text: String,
    /// Names and claims found in it.
    pub reading: article::Reading,
}

/// The form in which the page's reader module (`crates/reader-web`, a
/// second wasm module loaded only when there is an article) hands a
/// reading to the app: the reading as JSON, with each claim's days, which
/// the document's form leaves out. Both ends are this crate, so this is
/// no contract: it only has to read back what it wrote.
#[derive(serde::Serialize)]
struct HandedOut<'a> {
    text: &'a str,
    reading: &'a article::Reading,
    days: Vec<Option<(i64, i64)>>,
}

#[derive(serde::Deserialize)]
struct HandedIn {
    text: String,
    reading: article::Reading,
    days: Vec<Option<(i64, i64)>>,
}

impl ArticleReading {
    /// This reading as the reader module hands it over (read back with
    /// [`ArticleReading::handed`]).
    ///
    /// ```
    /// use flightlens_core::pipeline::{self, ArticleInput, ArticleReading};
    ///
    /// let read = pipeline::read_article(ArticleInput {
    ///     text: "The Il-76 RA-78817 landed in Dakar on 2 January.",
    ///     published: "2024-01-05".parse().ok(),
    /// });
    /// assert_eq!(ArticleReading::handed(&read.handover()), Ok(read));
    /// ```
    pub fn handover(&self) -> String {
        let days = self
            .reading
            .claims
            .iter()
            .map(|c| c.days.map(|d| (d.from, d.to)));
        let out = HandedOut {
            text: &self.text,
            reading: &self.reading,
            days: days.collect(),
        };
        // Strings, numbers and lists only: writing them cannot fail.
        serde_json::to_string(&out).unwrap_or_default()
    }

    /// A reading handed over by [`ArticleReading::handover`]; an error
    /// says what could not be read back.
    pub fn handed(json: &str) -> Result<ArticleReading, String> {
        let HandedIn {
            text,
            mut reading,
            days,
        } = serde_json::from_str(json)
            .map_err(|e| format!("the article's reading came back unreadable ({e})"))?;
        if days.len() != reading.claims.len() {
            return Err("the article's reading came back with its dates out of step".into());
        }
        for (claim, d) in reading.claims.iter_mut().zip(days) {
            claim.days = d.map(|(from, to)| article::dates::Days { from, to });
        }
        Ok(ArticleReading { text, reading })
    }
}

/// Everything the pipeline made of a dataset and an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    /// Legs and stopovers.
    pub routes: Routes,
    /// The article as read (empty without an article).
    pub reading: ArticleReading,
    /// The analysis document, with the article's claims checked.
    pub analysis: Analysis,
}

/// Stage 1: legs and stopovers in every track, with the embedded airports.
pub fn find_routes(data: &Dataset, options: &Options) -> Routes {
    routes::find(&data.tracks, airports(), options)
}

/// Stage 2: the article's names, dates and claims.
pub fn read_article(article: ArticleInput<'_>) -> ArticleReading {
    let text = article::strip_html(article.text).into_owned();
    let reading = article::read(&text, article.published.map(Day::days));
    ArticleReading { text, reading }
}

/// Stage 3: the analysis document of the data and its routes, without
/// claims.
pub fn document(data: &Dataset, routes: &Routes) -> Analysis {
    Analysis::new(data, routes)
}

/// Stage 4: each of the article's claims checked against the tracks and
/// their routes, as the document writes it.
pub fn check_claims(data: &Dataset, routes: &Routes, reading: &ArticleReading) -> Vec<ClaimOut> {
    let claims = &reading.reading.claims;
    article::check::check(claims, &data.tracks, routes)
        .into_iter()
        .zip(claims)
        .map(|(checked, claim)| ClaimOut::new(claim, checked))
        .collect()
}

/// Every stage: the routes of `data` found with `options`, the article
/// (if any) read, and the document with its claims checked.
pub fn analyse(data: &Dataset, options: &Options, article: Option<ArticleInput<'_>>) -> Analysed {
    let routes = find_routes(data, options);
    let reading = article.map(read_article).unwrap_or_default();
    let claims = check_claims(data, &routes, &reading);
    let tracked = document(data, &routes);
    Analysed {
        analysis: tracked
            .with_claims(claims)
            .with_unread(reading.reading.unread.clone()),
        routes,
        reading,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_handed_over_comes_back_whole() {
        for (text, language) in [
            (include_str!("../../../demo/article.txt"), None),
            (
                "El Il-76 RA-78817 aterrizó en Dakar el 2 de enero y partió al día siguiente.",
                Some("Spanish"),
            ),
        ] {
            let read = read_article(ArticleInput {
                text,
                published: "2024-01-05".parse().ok(),
            });
            assert_eq!(read.reading.language, language);
            assert!(read.reading.claims.iter().any(|c| c.days.is_some()));
            assert_eq!(ArticleReading::handed(&read.handover()), Ok(read));
        }
        assert!(
            ArticleReading::handed("{}")
                .unwrap_err()
                .contains("unreadable")
        );
    }

    #[test]
    fn the_stages_make_what_analyse_makes() {
        let data = crate::demo_data();
        let text = include_str!("../../../demo/article.txt");
        let input = ArticleInput {
            text,
            published: "2019-01-28".parse().ok(),
        };
        let whole = analyse(&data, &Options::default(), Some(input));
        let routes = find_routes(&data, &Options::default());
        let reading = read_article(input);
        let tracked = document(&data, &routes);
        let claims = check_claims(&data, &routes, &reading);
        assert_eq!(whole.routes, routes);
        assert_eq!(whole.reading, reading);
        assert_eq!(
            whole.analysis,
            tracked
                .with_claims(claims)
                .with_unread(reading.reading.unread.clone())
        );
        assert!(!whole.analysis.claims.is_empty());
    }

    #[test]
    fn without_an_article_there_are_no_claims() {
        let made = analyse(&crate::demo_data(), &Options::default(), None);
        assert!(made.analysis.claims.is_empty());
        assert_eq!(made.reading, ArticleReading::default());
        assert!(!made.analysis.legs.is_empty());
    }
}
