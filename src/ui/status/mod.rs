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

use leptos::prelude::*;

use crate::state::use_store;

/// The banners about stored data: data that could not be read (`on_discard` removes what the
/// user chose to remove; the root owns storage writes), another tab's newer version, a save
/// that failed. Their code is not in the first load: the root draws them with this function
/// from the `data` chunk once storage has been read (`ui::pages::Data`), before which none of
/// them can be there. Code of the first load never names it.
pub fn data_banners(on_discard: Callback<String>) -> AnyView {
    let problems = use_store().problems();
    view! {
        <StoredProblemsBanner problems on_discard/>
        <ConflictBanner/>
        <SaveFailedBanner/>
    }
    .into_any()
}
