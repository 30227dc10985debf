//! The article as read: its text with each recognised name marked, and
//! what the name resolved to on hover or focus. Text is only ever text.

use flightlens_core::article::EntityKind;
use leptos::prelude::*;

/// The article as the engine read it, under the name the input panel uses.
pub use flightlens_core::pipeline::ArticleReading as Reading;

fn kind_word(k: EntityKind) -> &'static str {
    match k {
        EntityKind::AircraftType => "aircraft type",
        EntityKind::Registration => "registration",
        EntityKind::Icao24 => "ICAO address",
        EntityKind::Callsign => "callsign or flight",
        EntityKind::Place => "place",
        EntityKind::Date => "date",
    }
}

fn kind_class(k: EntityKind) -> &'static str {
    match k {
        EntityKind::AircraftType
        | EntityKind::Registration
        | EntityKind::Icao24
        | EntityKind::Callsign => "ent ent-aircraft",
        EntityKind::Place => "ent ent-place",
        EntityKind::Date => "ent ent-date",
    }
}

/// The article with what was recognised in it marked.
#[component]
pub fn ArticleView(
    /// The article as read.
    reading: Memo<Reading>,
) -> impl IntoView {
    let parts = Memo::new(move |_| {
        reading.with(|Reading { text, reading }| {
            let mut parts: Vec<(String, Option<(String, &'static str)>)> = Vec::new();
            let mut at = 0;
            for e in reading.entities.iter().cloned() {
                if e.start < at
                    || e.end > text.len()
                    || !text.is_char_boundary(e.start)
                    || !text.is_char_boundary(e.end)
                {
                    continue;
                }
                parts.push((text[at..e.start].to_string(), None));
                let mut title = format!("{}: {}", kind_word(e.kind), e.value);
                if !e.detail.is_empty() {
                    title.push_str(&format!(" ({})", e.detail));
                }
                parts.push((
                    text[e.start..e.end].to_string(),
                    Some((title, kind_class(e.kind))),
                ));
                at = e.end;
            }
            parts.push((text[at..].to_string(), None));
            parts
        })
    });
    view! {
        <div class="article-view" class:hidden=move || reading.with(|r| r.text.trim().is_empty())>
            <h3 id="article-view-h">"The article as read"</h3>
            <p class="hint">"Marked: aircraft, places and dates. Hover or focus a mark to see what it was read as."</p>
            <div class="article-text" aria-labelledby="article-view-h">
                {move || {
                    parts
                        .get()
                        .into_iter()
                        .map(|(text, mark)| match mark {
                            Some((title, class)) => {
                                let label = format!("{text}, {title}");
                                view! { <mark class=class title=title tabindex="0" aria-label=label>{text}</mark> }.into_any()
                            }
                            None => view! { <span>{text}</span> }.into_any(),
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
}
