//! The workspace's filters: one aircraft and a time range (UTC), shared by
//! the map, the tables and the exports. Brushing the timeline sets the same
//! range.

use flightlens_core::Analysis;
use flightlens_core::filter::Filter;
use flightlens_core::time::{parse_datetime, rfc3339};
use leptos::prelude::*;

use crate::state::Derived;

/// `2019-01-23T08:02` (what a `datetime-local` input holds) for a Unix time.
fn input_value(t: Option<i64>) -> String {
    t.map(|t| rfc3339(t).get(..16).unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// The aircraft picker, the From and To times, and Clear filters.
#[component]
pub fn Filters(
    /// The filter being edited.
    filter: RwSignal<Filter>,
    /// The whole analysis (for the aircraft list and the counts).
    derived: Derived,
    /// The analysis as filtered.
    shown: Memo<Analysis>,
) -> impl IntoView {
    let set_time = move |ev: leptos::ev::Event, to: bool| {
        let v = event_target_value(&ev);
        let t = if v.is_empty() {
            None
        } else {
            match parse_datetime(&v) {
                Some(t) => Some(if to { t + 59 } else { t }),
                // A half-typed time: wait for the rest.
                None => return,
            }
        };
        filter.update(|f| {
            if to {
                f.to = t;
            } else {
                f.from = t;
            }
        });
    };
    let status = move || {
        let all = derived.analysis.with(|a| (a.legs.len(), a.stopovers.len()));
        let now = shown.with(|a| (a.legs.len(), a.stopovers.len()));
        if filter.with(Filter::is_empty) {
            format!("Showing all {} legs and {} stopovers.", all.0, all.1)
        } else {
            format!(
                "Showing {} of {} legs and {} of {} stopovers.",
                now.0, all.0, now.1, all.1
            )
        }
    };
    view! {
        <div class="filters" role="group" aria-label="Filters">
            <label>
                "Aircraft"
                <select
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.update(|f| f.aircraft = v.parse().ok());
                    }
                    prop:value=move || filter.with(|f| f.aircraft.map(|a| a.to_string()).unwrap_or_default())
                >
                    <option value="">"All aircraft"</option>
                    {move || {
                        derived
                            .analysis
                            .with(|a| {
                                a.aircraft
                                    .iter()
                                    .map(|ac| view! { <option value=ac.id.to_string()>{ac.label.clone()}</option> })
                                    .collect_view()
                            })
                    }}
                </select>
            </label>
            <label>
                "From (UTC)"
                <input
                    type="datetime-local"
                    step="60"
                    prop:value=move || input_value(filter.with(|f| f.from))
                    on:change=move |ev| set_time(ev, false)
                />
            </label>
            <label>
                "To (UTC)"
                <input
                    type="datetime-local"
                    step="60"
                    prop:value=move || input_value(filter.with(|f| f.to))
                    on:change=move |ev| set_time(ev, true)
                />
            </label>
            <button
                type="button"
                class="secondary"
                prop:disabled=move || filter.with(Filter::is_empty)
                on:click=move |_| filter.set(Filter::default())
            >
                "Reset filters"
            </button>
            <p class="filter-status" role="status">{status}</p>
        </div>
    }
}
