//! The analysis tables, the text alternative to the map and the timeline.

use flightlens_core::Analysis;
use leptos::prelude::*;

/// Aircraft found in the loaded data.
#[component]
pub fn AircraftTable(
    /// The current analysis.
    analysis: Memo<Analysis>,
) -> impl IntoView {
    view! {
        <table>
            <caption>"Aircraft"</caption>
            <thead>
                <tr>
                    <th scope="col">"Aircraft"</th>
                    <th scope="col">"ICAO address"</th>
                    <th scope="col">"Callsigns"</th>
                    <th scope="col" class="num">"Positions"</th>
                    <th scope="col">"First seen (UTC)"</th>
                    <th scope="col">"Last seen (UTC)"</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let a = analysis.get();
                    if a.aircraft.is_empty() {
                        return view! { <tr><td colspan="6" class="empty">"No aircraft loaded."</td></tr> }.into_any();
                    }
                    a.aircraft
                        .into_iter()
                        .map(|ac| {
                            view! {
                                <tr>
                                    <th scope="row">{ac.id}</th>
                                    <td>{ac.icao24.unwrap_or_default()}</td>
                                    <td>{ac.callsigns.join(", ")}</td>
                                    <td class="num">{ac.points}</td>
                                    <td>{ac.first_seen.unwrap_or_default()}</td>
                                    <td>{ac.last_seen.unwrap_or_default()}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </tbody>
        </table>
    }
}

/// A table whose content is not computed yet, saying so honestly.
#[component]
pub fn EmptyTable(
    /// The table's caption, its accessible name.
    caption: &'static str,
    /// Column headings.
    columns: &'static [&'static str],
    /// Why it is empty.
    message: &'static str,
) -> impl IntoView {
    view! {
        <table>
            <caption>{caption}</caption>
            <thead>
                <tr>{columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                <tr><td class="empty" colspan=columns.len()>{message}</td></tr>
            </tbody>
        </table>
    }
}
