//! The analysis tables, the text alternative to the map and the timeline.

use flightlens_core::Analysis;
use flightlens_core::ids::{self, ItemId};
use flightlens_core::time::human_duration;
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
                    <th scope="col">"Registration"</th>
                    <th scope="col">"Type"</th>
                    <th scope="col">"Operator"</th>
                    <th scope="col">"Description"</th>
                    <th scope="col">"ICAO address"</th>
                    <th scope="col">"Callsigns"</th>
                    <th scope="col">"Reported route"</th>
                    <th scope="col" class="num">"Positions"</th>
                    <th scope="col">"First seen (UTC)"</th>
                    <th scope="col">"Last seen (UTC)"</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let a = analysis.get();
                    if a.aircraft.is_empty() {
                        return view! { <tr><td colspan="11" class="empty">"No aircraft loaded."</td></tr> }.into_any();
                    }
                    a.aircraft
                        .into_iter()
                        .map(|ac| {
                            let reported = reported_routes(&ac.reported_routes);
                            view! {
                                <tr>
                                    <th scope="row">{ac.id.to_string()}</th>
                                    <td>{ac.registration.unwrap_or_default()}</td>
                                    <td>{ac.type_code.unwrap_or_default()}</td>
                                    <td>{ac.operator.unwrap_or_default()}</td>
                                    <td>{ac.description.unwrap_or_default()}</td>
                                    <td>{ac.icao24.unwrap_or_default()}</td>
                                    <td>{ac.callsigns.join(", ")}</td>
                                    <td>{reported}</td>
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

/// What sources say an aircraft's flights were, as text for a cell:
/// `JL516 RJCC → RJTT (Flightradar24)`, one flight after another.
fn reported_routes(routes: &[flightlens_core::analysis::ReportedRouteOut]) -> String {
    routes
        .iter()
        .map(|r| {
            let end = |e: &Option<String>| e.clone().unwrap_or_else(|| "?".into());
            let flight = r
                .flight_number
                .as_ref()
                .or(r.callsign.as_ref())
                .map(|f| format!("{f} "))
                .unwrap_or_default();
            format!(
                "{flight}{} → {} ({})",
                end(&r.origin),
                end(&r.destination),
                r.source
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The article's claims with their verdicts and the legs or stopovers that
/// support or contradict them.
#[component]
pub fn ClaimsTable(
    /// The current analysis, claims included.
    analysis: Memo<Analysis>,
    /// The article's text, to say why there are no claims.
    article: RwSignal<String>,
    /// The article's reading: the text its claims were read in, and
    /// whether the text as it is now is still being read.
    reading: crate::reader::Answer,
    /// Set to a claim's evidence when the reader asks to see it.
    selected: RwSignal<Vec<ItemId>>,
) -> impl IntoView {
    use flightlens_core::article::check::Verdict;
    view! {
        <table class="claims">
            <caption>"Claims"</caption>
            <thead>
                <tr>
                    <th scope="col">"Claim"</th>
                    <th scope="col">"Aircraft"</th>
                    <th scope="col">"Event"</th>
                    <th scope="col">"Place"</th>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Verdict"</th>
                    <th scope="col">"Evidence"</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let a = analysis.get();
                    if a.claims.is_empty() {
                        let why = if reading.busy.get() {
                            "Reading the article…"
                        } else if reading.failed.get() {
                            "The article could not be read (the message above says why): no claims are checked."
                        } else if article.with(|t| t.trim().is_empty()) {
                            "No article yet: paste its text above to check its claims."
                        } else {
                            "No checkable claim found in the article (an event such as landed, left or flew, with a place)."
                        };
                        return view! { <tr><td colspan="7" class="empty">{why}</td></tr> }.into_any();
                    }
                    // The text the claims' evidence spans count characters in
                    // (the article as it was read, a moment before an edit
                    // is read again).
                    let read = reading.reading.with(|r| r.text.clone());
                    a.claims
                        .into_iter()
                        .map(|c| {
                            let words = flightlens_core::article::evidence_words(&read, &c.evidence_text);
                            let read_from = (!words.is_empty()).then(|| {
                                let list = words
                                    .iter()
                                    .map(|(kind, w)| format!("{kind} \u{201c}{w}\u{201d}"))
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                view! { <span class="read-from">"Read from: " {list}</span> }
                            });
                            let (verdict, class) = match c.verdict {
                                Verdict::Supported => ("supported", "verdict supported"),
                                Verdict::Contradicted => ("contradicted", "verdict contradicted"),
                                Verdict::NoData => ("no data", "verdict no-data"),
                            };
                            let who = c
                                .registration
                                .clone()
                                .or(c.icao24.clone())
                                .or(c.aircraft_type.clone())
                                .unwrap_or_else(|| "any".into());
                            let place = if c.route.is_empty() {
                                match (&c.place_text, &c.place) {
                                    (Some(t), Some(p)) => format!("{t} ({p})"),
                                    _ => String::new(),
                                }
                            } else {
                                c.route.join(" → ")
                            };
                            let event = format!("{:?}", c.event).to_lowercase();
                            let evidence = c.evidence.clone();
                            let shown = {
                                let e = evidence.clone();
                                move || !e.is_empty() && selected.with(|s| *s == e)
                            };
                            let show = (!evidence.is_empty()).then(|| {
                                let e = evidence.clone();
                                let label = format!("Show {} on the map and timeline", ids::join(&evidence, ", "));
                                view! {
                                    <button type="button" class="secondary small" aria-label=label on:click=move |_| selected.set(e.clone())>
                                        "Show"
                                    </button>
                                }
                            });
                            view! {
                                <tr class:selected=shown>
                                    <td tabindex="0"><q>{c.text}</q> {read_from}</td>
                                    <td>{who}</td>
                                    <td>{event}</td>
                                    <td>{place}</td>
                                    <td>{c.date.unwrap_or_else(|| "no date".into())}</td>
                                    <td class=class title=c.note>{verdict}</td>
                                    <td>{ids::join(&c.evidence, ", ")} " " {show}</td>
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

/// `2019-01-23T08:02:00Z` as `2019-01-23 08:02`, and a local time's clock
/// with its offset as `11:02 (+03:00)`.
pub(crate) fn utc_cell(rfc: &str) -> String {
    rfc.get(..16).unwrap_or(rfc).replace('T', " ")
}

fn local_cell(local: &Option<String>) -> String {
    match local.as_deref() {
        Some(l) if l.len() >= 25 => format!("{} local ({})", &l[11..16], &l[19..]),
        _ => String::new(),
    }
}

fn airport_cell(a: &Option<flightlens_core::analysis::AirportRef>) -> String {
    match a {
        None => "unknown (no airport near enough)".to_string(),
        Some(a) => {
            let code = a
                .iata
                .clone()
                .map(|i| format!("{} / {i}", a.icao))
                .unwrap_or(a.icao.clone());
            let mut s = format!("{} ({code})", a.name);
            if a.inferred {
                s.push_str(", inferred");
            }
            if !a.alternatives.is_empty() {
                let alts: Vec<&str> = a.alternatives.iter().map(|x| x.icao.as_str()).collect();
                s.push_str(&format!("; or {}", alts.join(", ")));
            }
            s
        }
    }
}

/// A sort key of a table cell: numbers as numbers, the rest as text.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
enum Key {
    N(f64),
    S(String),
}

/// The column a table is sorted by and whether it is descending; `None`
/// is the analysis's own order.
type Sort = RwSignal<Option<(usize, bool)>>;

/// Sorts rows by `key(row, column)`, stably, in the order asked.
fn sorted<T>(
    mut rows: Vec<T>,
    sort: Option<(usize, bool)>,
    key: impl Fn(&T, usize) -> Key,
) -> Vec<T> {
    if let Some((col, desc)) = sort {
        rows.sort_by(|a, b| {
            let o = key(a, col)
                .partial_cmp(&key(b, col))
                .unwrap_or(std::cmp::Ordering::Equal);
            if desc { o.reverse() } else { o }
        });
    }
    rows
}

/// A column header that sorts its table: a button, with `aria-sort` on the
/// header cell saying which way.
#[component]
fn SortHeader(
    /// The column's name.
    label: &'static str,
    /// Its index.
    col: usize,
    /// The table's sort.
    sort: Sort,
    /// A numeric column (right-aligned).
    #[prop(optional)]
    num: bool,
) -> impl IntoView {
    let state = move || match sort.get() {
        Some((c, false)) if c == col => "ascending",
        Some((c, true)) if c == col => "descending",
        _ => "none",
    };
    let mark = move || match state() {
        "ascending" => " ▲",
        "descending" => " ▼",
        _ => "",
    };
    let click = move |_| {
        sort.update(|s| {
            *s = match *s {
                Some((c, false)) if c == col => Some((col, true)),
                Some((c, true)) if c == col => None,
                _ => Some((col, false)),
            }
        })
    };
    view! {
        <th scope="col" class:num=num aria-sort=state>
            <button type="button" class="sort" on:click=click>
                {label}
                <span aria-hidden="true">{mark}</span>
            </button>
        </th>
    }
}

/// Rows drawn at first, and added by each "Show more": a table of
/// thousands of legs is read by sorting and filtering, not by scrolling.
const PAGE: usize = 200;

/// The foot of a long table: how many rows are shown, and a button for more.
fn more_rows(
    total: impl Fn() -> usize + Send + Sync + Copy + 'static,
    limit: RwSignal<usize>,
    columns: usize,
    what: &'static str,
) -> impl IntoView {
    view! {
        <tfoot class:hidden=move || total() <= limit.get()>
            <tr>
                <td colspan=columns>
                    {move || format!("Showing the first {} of {} {what}. ", limit.get().min(total()), total())}
                    <button type="button" class="secondary small" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || format!("Show {} more", PAGE.min(total().saturating_sub(limit.get())))}
                    </button>
                    " Sort or filter to find the rest."
                </td>
            </tr>
        </tfoot>
    }
}

/// The button that selects a leg or stopover (its id as its text).
fn select_button(id: ItemId, selected: RwSignal<Vec<ItemId>>) -> impl IntoView {
    let on = move || selected.with(|s| s.contains(&id));
    let label = format!("Select {id} on the map and timeline");
    let pick = move |_| {
        selected.update(|s| {
            if s.len() == 1 && s[0] == id {
                s.clear();
            } else {
                *s = vec![id];
            }
        })
    };
    view! {
        <button type="button" class="link" aria-label=label aria-pressed=move || on().to_string() on:click=pick>
            {id.to_string()}
        </button>
    }
}

/// Every leg: where from, where to, when, how long, how far, and what is
/// observed or inferred.
#[component]
pub fn LegsTable(
    /// The analysis as filtered.
    analysis: Memo<Analysis>,
    /// The selection shared with the map and the timeline.
    selected: RwSignal<Vec<ItemId>>,
) -> impl IntoView {
    let sort: Sort = RwSignal::new(None);
    let limit = RwSignal::new(PAGE);
    let total = move || analysis.with(|a| a.legs.len());
    let key = |l: &flightlens_core::analysis::LegOut, col: usize| match col {
        0 => Key::N(l.id.0 as f64),
        1 => Key::S(l.aircraft.to_string()),
        2 => Key::S(l.from.as_ref().map(|a| a.name.clone()).unwrap_or_default()),
        3 => Key::S(l.to.as_ref().map(|a| a.name.clone()).unwrap_or_default()),
        4 => Key::S(l.takeoff.clone()),
        5 => Key::S(l.landing.clone()),
        6 => Key::N(l.duration_s as f64),
        7 => Key::N(l.distance_km),
        _ => Key::N(l.gaps.iter().map(|g| g.km).sum()),
    };
    view! {
        <table class="legs">
            <caption>"Legs"</caption>
            <thead>
                <tr>
                    <SortHeader label="Leg" col=0 sort />
                    <SortHeader label="Aircraft" col=1 sort />
                    <SortHeader label="From" col=2 sort />
                    <SortHeader label="To" col=3 sort />
                    <SortHeader label="Takeoff (UTC)" col=4 sort />
                    <SortHeader label="Landing (UTC)" col=5 sort />
                    <SortHeader label="Duration" col=6 sort num=true />
                    <SortHeader label="Distance (km)" col=7 sort num=true />
                    <SortHeader label="Gaps" col=8 sort />
                </tr>
            </thead>
            <tbody>
                {move || {
                    let mut a = analysis.get();
                    if a.legs.is_empty() {
                        let why = if a.aircraft.is_empty() {
                            "No legs: load flight data with at least one flight in it."
                        } else {
                            "No legs in what the filters show."
                        };
                        return view! {
                            <tr>
                                <td colspan="9" class="empty">{why}</td>
                            </tr>
                        }
                            .into_any();
                    }
                    let rows = std::mem::take(&mut a.legs);
                    let names = a.aircraft_labels();
                    sorted(rows, sort.get(), key)
                        .into_iter()
                        .take(limit.get())
                        .map(|l| {
                            let takeoff = format!(
                                "{}{}",
                                utc_cell(&l.takeoff),
                                if l.takeoff_observed { "" } else { " (not observed)" },
                            );
                            let landing = format!(
                                "{}{}",
                                utc_cell(&l.landing),
                                if l.landing_observed { "" } else { " (not observed)" },
                            );
                            let gaps = if l.gaps.is_empty() {
                                "none".to_string()
                            } else {
                                let km: f64 = l.gaps.iter().map(|g| g.km).sum();
                                format!("{} ({km:.0} km without data)", l.gaps.len())
                            };
                            let id = ItemId::from(l.id);
                            let on = move || selected.with(|s| s.contains(&id));
                            view! {
                                <tr class:selected=on>
                                    <th scope="row">{select_button(id, selected)}</th>
                                    <td>{names.get(&l.aircraft).map_or_else(|| l.aircraft.to_string(), |n| n.to_string())}</td>
                                    <td>{airport_cell(&l.from)}</td>
                                    <td>{airport_cell(&l.to)}</td>
                                    <td>
                                        {takeoff}
                                        <br />
                                        <span class="local">{local_cell(&l.takeoff_local)}</span>
                                    </td>
                                    <td>
                                        {landing}
                                        <br />
                                        <span class="local">{local_cell(&l.landing_local)}</span>
                                    </td>
                                    <td class="num">{human_duration(l.duration_s)}</td>
                                    <td class="num">{format!("{:.0}", l.distance_km)}</td>
                                    <td>{gaps}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </tbody>
            {more_rows(total, limit, 9, "legs")}
        </table>
    }
}

/// Every stopover: where, arrival, departure, time on the ground.
#[component]
pub fn StopoversTable(
    /// The analysis as filtered.
    analysis: Memo<Analysis>,
    /// The selection shared with the map and the timeline.
    selected: RwSignal<Vec<ItemId>>,
) -> impl IntoView {
    let sort: Sort = RwSignal::new(None);
    let limit = RwSignal::new(PAGE);
    let total = move || analysis.with(|a| a.stopovers.len());
    let key = |s: &flightlens_core::analysis::StopoverOut, col: usize| match col {
        0 => Key::N(s.id.0 as f64),
        1 => Key::S(s.aircraft.to_string()),
        2 => Key::S(s.airport.name.clone()),
        3 => Key::S(s.arrival.clone()),
        4 => Key::S(s.departure.clone()),
        5 => Key::N(s.ground_time_s as f64),
        _ => Key::S(s.observed.to_string()),
    };
    view! {
        <table class="stopovers">
            <caption>"Stopovers"</caption>
            <thead>
                <tr>
                    <SortHeader label="Stop" col=0 sort />
                    <SortHeader label="Aircraft" col=1 sort />
                    <SortHeader label="Airport" col=2 sort />
                    <SortHeader label="Arrival (UTC)" col=3 sort />
                    <SortHeader label="Departure (UTC)" col=4 sort />
                    <SortHeader label="Ground time" col=5 sort num=true />
                    <SortHeader label="Observed" col=6 sort />
                </tr>
            </thead>
            <tbody>
                {move || {
                    let mut a = analysis.get();
                    if a.stopovers.is_empty() {
                        let why = if a.aircraft.is_empty() || a.legs.is_empty() {
                            "No stopovers: no aircraft landed and took off again at the same airport."
                        } else {
                            "No stopovers in what the filters show."
                        };
                        return view! {
                            <tr>
                                <td colspan="7" class="empty">{why}</td>
                            </tr>
                        }
                            .into_any();
                    }
                    let rows = std::mem::take(&mut a.stopovers);
                    let names = a.aircraft_labels();
                    sorted(rows, sort.get(), key)
                        .into_iter()
                        .take(limit.get())
                        .map(|s| {
                            let airport = Some(s.airport.clone());
                            let id = ItemId::from(s.id);
                            let on = move || selected.with(|x| x.contains(&id));
                            view! {
                                <tr class:selected=on>
                                    <th scope="row">{select_button(id, selected)}</th>
                                    <td>{names.get(&s.aircraft).map_or_else(|| s.aircraft.to_string(), |n| n.to_string())}</td>
                                    <td>{airport_cell(&airport)}</td>
                                    <td>
                                        {utc_cell(&s.arrival)}
                                        <br />
                                        <span class="local">{local_cell(&s.arrival_local)}</span>
                                    </td>
                                    <td>
                                        {utc_cell(&s.departure)}
                                        <br />
                                        <span class="local">{local_cell(&s.departure_local)}</span>
                                    </td>
                                    <td class="num">{human_duration(s.ground_time_s)}</td>
                                    <td>
                                        {if s.observed {
                                            "yes"
                                        } else {
                                            "no: landing or takeoff inferred across a gap"
                                        }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </tbody>
            {more_rows(total, limit, 7, "stopovers")}
        </table>
    }
}

/// Flights that flight lists report (OpenSky flights, Flightradar24 logbook).
#[component]
pub fn FlightsTable(
    /// The current analysis.
    analysis: Memo<Analysis>,
) -> impl IntoView {
    view! {
        <table class="flights" class:hidden=move || analysis.with(|a| a.flights.is_empty())>
            <caption>"Listed flights (reported by flight lists, not seen in tracks)"</caption>
            <thead>
                <tr>
                    <th scope="col">"Aircraft"</th>
                    <th scope="col">"From"</th>
                    <th scope="col">"To"</th>
                    <th scope="col">"Departure (UTC)"</th>
                    <th scope="col">"Arrival (UTC)"</th>
                    <th scope="col">"Source"</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    analysis
                        .get()
                        .flights
                        .into_iter()
                        .map(|f| {
                            let who = [
                                f.flight.registration.clone(),
                                f.flight.callsign.clone(),
                                f.flight.flight_number.clone(),
                                f.flight.icao24.clone(),
                            ]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                            let or_unknown = |s: Option<String>| s.unwrap_or_else(|| "unknown".into());
                            view! {
                                <tr>
                                    <td>{who}</td>
                                    <td>{or_unknown(f.flight.from.clone())}</td>
                                    <td>{or_unknown(f.flight.to.clone())}</td>
                                    <td>{f.departure.as_deref().map(utc_cell).unwrap_or_default()}</td>
                                    <td>{f.arrival.as_deref().map(utc_cell).unwrap_or_default()}</td>
                                    <td>{f.flight.file.clone()}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}
