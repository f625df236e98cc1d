//! What the user must know about their data: saved or not, problems, conflicts.

mod alert;
mod announcer;
mod conflict_banner;
mod data_notice;
mod save_failed_banner;
mod save_indicator;
mod stored_problems_banner;

pub use alert::{Alert, AlertKind};
pub use announcer::Announcer;
pub use conflict_banner::ConflictBanner;
pub use data_notice::DataNotice;
pub use save_failed_banner::SaveFailedBanner;
pub use save_indicator::SaveIndicator;
pub use stored_problems_banner::StoredProblemsBanner;
