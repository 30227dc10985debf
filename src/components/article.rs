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

/// One stretch of the article: its text, the name it is (if any), and
/// the claims (by index) that were read from its words.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    text: String,
    mark: Option<(String, &'static str)>,
    claims: Vec<usize>,
}

/// Byte offset of character offset `c` in `text`.
fn byte_at(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// The article cut at every name and every claim's evidence (an evidence
/// boundary inside a name is moved to the name's edge, so that a name stays
/// one mark).
fn parts_of(text: &str, reading: &flightlens_core::article::Reading) -> Vec<Part> {
    let names: Vec<&flightlens_core::article::Entity> = {
        let mut v = Vec::new();
        let mut at = 0;
        for e in &reading.entities {
            if e.start >= at
                && e.end <= text.len()
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
            {
                v.push(e);
                at = e.end;
            }
        }
        v
    };
    let snap = |b: usize| {
        names
            .iter()
            .find(|e| e.start < b && b < e.end)
            .map_or(b, |e| e.start)
    };
    // Evidence spans in bytes, per claim, then each sentence not read as
    // a claim (numbered after the claims).
    let mut spans: Vec<Vec<(usize, usize)>> = reading
        .claims
        .iter()
        .map(|c| {
            c.evidence_text
                .iter()
                .map(|e| (snap(byte_at(text, e.start)), byte_at(text, e.end)))
                .map(|(a, b)| {
                    (
                        a,
                        names
                            .iter()
                            .find(|e| e.start < b && b < e.end)
                            .map_or(b, |e| e.end),
                    )
                })
                .collect()
        })
        .collect();
    for u in &reading.unread {
        let lead = text
            .get(u.start..u.end)
            .map_or(0, |t| t.len() - t.trim_start().len());
        spans.push(vec![(u.start + lead, u.end.min(text.len()))]);
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for e in &names {
        cuts.extend([e.start, e.end]);
    }
    for s in spans.iter().flatten() {
        cuts.extend([s.0, s.1]);
    }
    cuts.retain(|&b| b <= text.len() && text.is_char_boundary(b));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let mark = names.iter().find(|e| e.start == a && e.end == b).map(|e| {
                let mut title = format!("{}: {}", kind_word(e.kind), e.value);
                if !e.detail.is_empty() {
                    title.push_str(&format!(" ({})", e.detail));
                }
                (title, kind_class(e.kind))
            });
            let claims = spans
                .iter()
                .enumerate()
                .filter(|(_, ss)| ss.iter().any(|s| s.0 <= a && b <= s.1))
                .map(|(k, _)| k)
                .collect();
            Part {
                text: text[a..b].to_string(),
                mark,
                claims,
            }
        })
        .collect()
}

/// A claim in words, and the words it was read from.
fn claim_line(text: &str, c: &flightlens_core::article::Claim) -> (String, String) {
    let place = if c.route.is_empty() {
        c.place
            .as_ref()
            .map(|p| format!("{} ({})", p.text, p.code))
            .unwrap_or_default()
    } else {
        c.route
            .iter()
            .map(|p| p.code.as_str())
            .collect::<Vec<_>>()
            .join(" → ")
    };
    let who = c
        .registration
        .clone()
        .or(c.aircraft_type.clone())
        .or(c.icao24.clone())
        .unwrap_or_else(|| "an aircraft".into());
    let when = c.days.map(|d| d.iso()).unwrap_or_else(|| "no date".into());
    let event = format!("{:?}", c.event).to_lowercase();
    let words: Vec<String> = c
        .evidence_text
        .iter()
        .map(|e| {
            let (a, b) = (byte_at(text, e.start), byte_at(text, e.end));
            format!("“{}” ({})", &text[a..b], e.kind)
        })
        .collect();
    (
        format!("{who}: {event}, {place}, {when}"),
        if words.is_empty() {
            String::new()
        } else {
            format!("read from {}", words.join(", "))
        },
    )
}

/// What the page says of an article not in English.
fn language_note(language: Option<&str>) -> String {
    match language {
        None => String::new(),
        Some("unknown") => "This text is in none of the languages the reader knows (English, \
             Spanish, Portuguese, French, Italian, Dutch, German, Russian): it may find little \
             or nothing in it."
            .to_string(),
        Some(name) => format!(
            "Read as {name}: the words the reader needs were put into English word by word; \
             names, registrations and dates are marked as written."
        ),
    }
}

/// An item of a list under the article (a claim, a sentence not read as
/// one) whose words, numbered `k` among the parts' marks, are marked in the
/// article while it is hovered or focused.
#[component]
fn Marking(k: usize, active: RwSignal<Option<usize>>, children: Children) -> impl IntoView {
    view! {
        <li
            tabindex="0"
            class:evidence=move || active.get() == Some(k)
            on:mouseenter=move |_| active.set(Some(k))
            on:mouseleave=move |_| active.set(None)
            on:focus=move |_| active.set(Some(k))
            on:blur=move |_| active.set(None)
        >
            {children()}
        </li>
    }
}

/// The article with what was recognised in it marked, and the claims read
/// from it: hovering or focusing a claim marks the words it was read from.
#[component]
pub fn ArticleView(
    /// The article as read.
    reading: ReadSignal<Reading>,
) -> impl IntoView {
    let parts =
        Memo::new(move |_| reading.with(|Reading { text, reading }| parts_of(text, reading)));
    let lines = Memo::new(move |_| {
        reading.with(|Reading { text, reading }| {
            reading
                .claims
                .iter()
                .map(|c| claim_line(text, c))
                .collect::<Vec<_>>()
        })
    });
    // The sentences that tell a movement and gave no claim.
    // (Its line breaks fold into spaces in the list, as HTML does.)
    let unread = Memo::new(move |_| {
        reading.with(|r| {
            r.reading
                .unread
                .iter()
                .map(|u| u.text.clone())
                .collect::<Vec<_>>()
        })
    });
    // The claim whose words are marked, while it is hovered or focused.
    let active = RwSignal::new(None::<usize>);
    view! {
            <div class="article-view" class:hidden=move || reading.with(|r| r.text.trim().is_empty())>
                <h3 id="article-view-h">"The article as read"</h3>
    <p class="hint">"Marked: aircraft, places and dates. Hover or focus a mark to see what it was read as, or a claim under Claims read to see its words."</p>
    <p class="hint language-note" class:hidden=move || reading.with(|r| r.reading.language.is_none())>
        {move || reading.with(|r| language_note(r.reading.language))}
    </p>
                <div class="article-text" aria-labelledby="article-view-h">
                    {move || {
                        parts
                            .get()
                            .into_iter()
                            .map(|Part { text, mark, claims }| {
                                let used = move || active.get().is_some_and(|k| claims.contains(&k));
                                match mark {
                                    Some((title, class)) => {
                                        let label = format!("{text}, {title}");
                                        view! { <mark class=class class:evidence=used title=title tabindex="0" aria-label=label>{text}</mark> }.into_any()
                                    }
                                    None => view! { <span class:evidence=used>{text}</span> }.into_any(),
                                }
                            })
                            .collect_view()
                    }}
                </div>
    <details class="claims-read-box" class:hidden=move || lines.with(Vec::is_empty)>
                <summary id="claims-read-h">{move || format!("Claims read ({})", lines.with(Vec::len))}</summary>
                <ol class="claims-read" aria-labelledby="claims-read-h">
                    {move || {
                        lines
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(k, (claim, words))| {
                                view! {
                                    <Marking k active>
                                        {claim}
                                        <span class="hint">" " {words}</span>
                                    </Marking>
                                }
                            })
    .collect_view()
                    }}
                </ol>
                </details>
    <details class="unread-box" class:hidden=move || unread.with(Vec::is_empty)>
                <summary id="unread-h">{move || format!("Not read as claims ({})", unread.with(Vec::len))}</summary>
                <p class="hint">"Sentences that seem to tell a movement (a movement word, or an aircraft and a day, with a place they name) but gave no claim. The reader may have missed one here: check them by hand (hover or focus one to find it in the article)."</p>
                <ol class="unread" aria-labelledby="unread-h">
                    {move || {
                        // (Marked in the article after the claims' words.)
                        let first = lines.with(Vec::len);
                        unread
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(j, u)| view! { <Marking k=first + j active>{u}</Marking> })
                            .collect_view()
                    }}
                </ol>
                </details>
            </div>
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claims_words_are_parts_of_the_text_and_names_stay_whole() {
        let text = "The jet TC-DMO landed in Dakar on 23 January. It left again.";
        let reading =
            flightlens_core::article::read(text, flightlens_core::time::parse_date("2019-01-28"));
        let parts = parts_of(text, &reading);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        // Every name is one part, marked.
        for e in &reading.entities {
            assert!(
                parts
                    .iter()
                    .any(|p| p.mark.is_some() && p.text == text[e.start..e.end])
            );
        }
        // The first claim's words are marked as its own.
        let marked: Vec<&str> = parts
            .iter()
            .filter(|p| p.claims.contains(&0))
            .map(|p| p.text.as_str())
            .collect();
        assert!(marked.contains(&"Dakar"), "{marked:?}");
        assert!(marked.contains(&"23 January"), "{marked:?}");
        let (claim, words) = claim_line(text, &reading.claims[0]);
        assert!(claim.contains("arrival"), "{claim}");
        assert!(words.contains("“Dakar” (place)"), "{words}");
    }

    #[test]
    fn a_sentence_not_read_as_a_claim_is_marked_whole_after_the_claims() {
        let text = "A chartered Boeing 777 landed in Prague on Saturday.\n\
                    Two shipments of medical supplies arrived in Czechia overnight.";
        let reading =
            flightlens_core::article::read(text, flightlens_core::time::parse_date("2020-03-22"));
        assert_eq!((reading.claims.len(), reading.unread.len()), (1, 1));
        let parts = parts_of(text, &reading);
        let marked: String = parts
            .iter()
            .filter(|p| p.claims.contains(&1))
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            marked,
            "Two shipments of medical supplies arrived in Czechia overnight."
        );
    }
}
