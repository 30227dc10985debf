//! The one way from loaded data to the analysis, shared by the app, the
//! command-line tool and the tests:
//!
//! ```text
//! Dataset ──find_routes(options)──► Routes ──┬──document──────► Analysis ─┐
//!                                            └──check_claims──► claims ───┴─► with_claims
//! article text, published ──read_article──► ArticleReading ──┘
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
        analysis: tracked.with_claims(claims),
        routes,
        reading,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(whole.analysis, tracked.with_claims(claims));
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
