//! Read-only pages about the catalogue: what the profiles, scale and steps say.

mod accessibility_page;
mod dilemmas_levels_page;
mod home_page;
mod not_found_page;
mod privacy_page;
mod profile_page;
mod profiles_page;
mod scale_page;
mod stappenplan_page;

pub use accessibility_page::AccessibilityPage;
pub use dilemmas_levels_page::DilemmasLevelsPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use privacy_page::PrivacyPage;
pub use profile_page::ProfilePage;
pub use profiles_page::ProfilesPage;
pub use scale_page::ScalePage;
pub use stappenplan_page::StappenplanPage;
