//! `cargo xtask publish-demo`: the demo published for the web (what
//! `flightlens publish` and the app's Export for web write) into
//! `dist/published/`, and `dist/examples/embed.html` made from
//! `examples/embed.html` with those snippets pasted in, as a newsroom's
//! CMS would. Called by `cargo xtask dist`, so the example page, the
//! end-to-end tests and `cargo xtask bench embed` always show what the
//! engine publishes now; nothing generated is committed.
//!
//! | folder | what | used by |
//! | --- | --- | --- |
//! | `published/demo/` | both demo aircraft and the article | the light embed on the example page; the bench's light embed |
//! | `published/cargo/` | the cargo aircraft and the article | the static picture inside the full embed `#cargo` |
//! | `published/bizjet/` | the business jet | the static picture inside the map embed `#bizjet` |
//! | `published/hostile/` | a track and article full of HTML and script (`e2e/fixtures/`) | the end-to-end test that text stays text |

use std::path::Path;

use flightlens_core::export::Source;
use flightlens_core::pipeline::{self, ArticleInput};
use flightlens_core::publish::{self, Settings};
use flightlens_core::routes::Options;
use flightlens_core::{Dataset, ingest};

const CARGO: &str = "demo/cargo-rff7071.fr24.csv";
const BIZJET: &str = "demo/bizjet-4bc8d0.opensky.csv";
const ARTICLE: &str = "demo/article.txt";

/// The folders published: each one's files and article (paths from the
/// workspace root).
const FOLDERS: [(&str, &[&str], Option<&str>); 4] = [
    ("demo", &[CARGO, BIZJET], Some(ARTICLE)),
    ("cargo", &[CARGO], Some(ARTICLE)),
    ("bizjet", &[BIZJET], None),
    (
        "hostile",
        &["e2e/fixtures/hostile.fr24.csv"],
        Some("e2e/fixtures/hostile-article.txt"),
    ),
];

/// Publishes the demo folders into `dist/published/` and fills in
/// `dist/examples/embed.html`.
pub fn run(root: &Path) -> Result<(), String> {
    let read = |p: &str| {
        let path = root.join(p);
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let dist = root.join("dist");
    let mut snippets = Vec::new();
    for (name, files, article) in FOLDERS {
        let mut data = Dataset::default();
        for f in files {
            let file_name = Path::new(f).file_name().map(|n| n.to_string_lossy());
            data.add_file(&file_name.unwrap_or_default(), &read(f)?);
        }
        let text = match article {
            Some(a) => Some(ingest::decode_text(&read(a)?).into_owned()),
            None => None,
        };
        let input = text.as_deref().map(|text| ArticleInput {
            text,
            published: "2019-01-28".parse().ok(),
        });
        let made = pipeline::analyse(&data, &Options::default(), input);
        // As the example page (dist/examples/) sees the folder.
        let base = format!("../published/{name}/");
        let settings = Settings {
            base: &base,
            ..Settings::default()
        };
        let out = dist.join("published").join(name);
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        for f in publish::publish(Source::new(&data, &made), &Options::default(), &settings) {
            if f.name == "snippet.html" {
                snippets.push((name, f.text.clone()));
            }
            let path = out.join(f.name);
            std::fs::write(&path, &f.text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        println!("published {name} into {}", out.display());
    }
    let template = std::fs::read_to_string(root.join("examples/embed.html"))
        .map_err(|e| format!("examples/embed.html: {e}"))?;
    let page = fill(&template, &snippets)?;
    let out = dist.join("examples/embed.html");
    std::fs::create_dir_all(dist.join("examples")).map_err(|e| e.to_string())?;
    std::fs::write(&out, page).map_err(|e| format!("{}: {e}", out.display()))?;
    println!("wrote {} with the published snippets", out.display());
    Ok(())
}

/// The page with each `<!--@flightlens:NAME@-->` replaced by that folder's
/// snippet; every marker must have one.
fn fill(template: &str, snippets: &[(&str, String)]) -> Result<String, String> {
    let mut page = template.to_string();
    for (name, snippet) in snippets {
        page = page.replace(&format!("<!--@flightlens:{name}@-->"), snippet.trim_end());
    }
    match page.find("<!--@flightlens:") {
        Some(i) => Err(format!(
            "examples/embed.html names a folder that is not published: {}",
            &page[i..page[i..].find("@-->").map_or(page.len(), |j| i + j + 4)]
        )),
        None => Ok(page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_filled_and_an_unknown_one_is_an_error() {
        let snippets = [("demo", "<div>d</div>\n".to_string())];
        assert_eq!(
            fill("a<!--@flightlens:demo@-->b", &snippets).unwrap(),
            "a<div>d</div>b"
        );
        assert!(
            fill("<!--@flightlens:other@-->", &snippets)
                .unwrap_err()
                .contains("flightlens:other")
        );
    }

    #[test]
    fn the_example_page_names_only_published_folders() {
        let page = include_str!("../../examples/embed.html");
        for name in ["demo", "cargo", "bizjet"] {
            let marker = format!("<!--@flightlens:{name}@-->");
            assert_eq!(page.matches(&marker).count(), 1, "{marker}");
        }
        let snippets: Vec<(&str, String)> = FOLDERS
            .iter()
            .map(|(n, _, _)| (*n, String::new()))
            .collect();
        assert!(fill(page, &snippets).is_ok());
    }
}
