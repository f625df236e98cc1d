//! Learning across organisations (seed lines 11, 20, 32): each organisation makes a
//! contribution (bijdrage) from its evaluation, and a network coordinator or the Kerngroep
//! brings many together in a network overview, without a server and without exposing anyone.
//!
//! - [`contribution`]: what one contribution holds, and how it is made from an evaluation:
//!   scores, how they came about and how many took part (never who), the actions' profile,
//!   origin and status (their text only when the user ticks it), the experiences with the
//!   profiles; the organisation's name only when ticked.
//! - [`set`]: the contributions a coordinator has gathered: a corrected contribution (same id)
//!   replaces the older one.
//! - [`document`]: the overview for Word, OpenDocument, Markdown and the spreadsheet.
//! - [`overview`]: the figures of a group of contributions, shown only for at least
//!   [`overview::MIN_GROUP`] of them, never per organisation and never in an order by score.

pub mod contribution;
pub mod document;
pub mod overview;
pub mod set;

pub use contribution::{make_contribution, ContributedAction, ContributedProfile, Contribution};
pub use overview::{Filter, GroupFigures, ProfileFigures, Shown, MIN_GROUP};
pub use set::{AddOutcome, NetworkSet};
