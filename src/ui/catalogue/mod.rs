//! Read-only pages about the catalogue: what the profiles, scale and steps say.

mod dilemmas_levels_page;
mod profile_page;
mod profiles_page;
mod scale_page;
mod stappenplan_page;

pub use dilemmas_levels_page::DilemmasLevelsPage;
pub use profile_page::ProfilePage;
pub use profiles_page::ProfilesPage;
pub use scale_page::ScalePage;
pub use stappenplan_page::StappenplanPage;
