//! The per-file import reports.

use flightlens_core::time::short_utc;
use leptos::prelude::*;

use crate::state::Workspace;

/// How many warnings of a file are listed on the page.
const SHOWN: usize = 5;

/// What each loaded file held: format, rows, skips with reasons, span.
#[component]
pub fn ImportReports(
    /// The loaded data.
    workspace: RwSignal<Workspace>,
) -> impl IntoView {
    view! {
        <ul class="imports">
            {move || {
                let (imports, read_ms) = workspace.with(|w| (w.data.imports.clone(), w.read_ms.clone()));
                if imports.is_empty() {
                    return view! { <li class="empty">"No files loaded."</li> }.into_any();
                }
                imports
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let ms = read_ms.iter().find(|(k, _)| *k == i).map(|(_, ms)| *ms);
                        let took = ms.map(|ms| format!(", read in {:.1} s", ms / 1000.0)).unwrap_or_default();
                        let format = r.format.map(|f| f.name()).unwrap_or("not recognised");
                        let span = r
                            .span
                            .map(|(a, b)| format!(", {} → {} UTC", short_utc(a), short_utc(b)))
                            .unwrap_or_default();
                        let kept = if r.flights > 0 {
                            format!("{} flights listed", r.flights)
                        } else {
                            format!("{} positions kept", r.points)
                        };
                        let summary = format!(
                            "{format}: {} rows, {kept}, {} skipped, {} duplicates{span}{took}",
                            r.rows, r.skipped, r.duplicates
                        );
                        let more = r.warning_count.saturating_sub(SHOWN as u64);
                        let warnings = r
                            .warnings
                            .into_iter()
                            .take(SHOWN)
                            .map(|w| {
                                let at = w.line.map(|l| format!("line {l}: ")).unwrap_or_default();
                                view! { <li>{at}{w.message}</li> }
                            })
                            .collect_view();
                        view! {
                            <li
                                class="import"
                                class:failed=r.format.is_none()
                                data-read-ms=ms.map(|ms| format!("{ms:.0}"))
                                data-rows=r.rows
                            >
                                <strong>{r.file}</strong>
                                " — "
                                {summary}
                                <span class:hidden=r.aircraft.is_empty()>
                                    ". Aircraft: " {r.aircraft.join(", ")}
                                </span>
                                <ul class="warnings">
                                    {warnings}
                                    <li class:hidden=more == 0>{format!("… and {more} more")}</li>
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </ul>
    }
}
