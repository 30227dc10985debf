//! Stage 4: event frames. A trigger word ("landed", "touched down", "took
//! off", "flew", "was parked", "stopped over", "returned to", "diverted
//! to", "made an emergency landing") with what its sentence attaches to it
//! by position: the aircraft before it (or after, for an opening
//! participle: "Leaving Moscow on Monday, the aircraft…"), the places after
//! it by their preposition ("from" an origin, "to" a destination, "at"/"in"
//! where, "via" and "after stops in" the stops), and the date in its
//! clause. A trigger in a clause about plans, habits, hedges or negation
//! ("is expected to land", "usually flies", "most likely flew", "could not
//! land") is kept but marked as not a fact; a report's date ("state TV
//! said on Thursday") is not the movement's.
//!
//! Four files: `events/triggers.rs` (the trigger words and their
//! modality), `events/descriptions.rs` (mentions grouped into aircraft
//! descriptions), `events/frames.rs` (a trigger joined to what its
//! sentence names) and `events/table.rs` (a row of a flight table pasted
//! as text).

mod descriptions;
mod frames;
mod table;
mod triggers;

pub use descriptions::{Desc, describe};
pub use frames::{Frame, Here, Role, frames, gapped, log_line};
pub(crate) use frames::{after_out_of, unplanned_landing};
pub use table::table_row;
pub use triggers::{
    Kind, REPORT_NOUNS, REPORTING, Trigger, is_trigger_word, on_the_ground_at, plan_of_the_subject,
    plan_word, triggers,
};
