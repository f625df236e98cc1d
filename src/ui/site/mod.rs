//! The site's own pages: the start page, privacy, accessibility and "niet gevonden". The
//! start page and "niet gevonden" are in the first load; privacy and accessibility are drawn
//! by the catalogue chunk (`src/chunks.rs`).

mod accessibility_page;
mod home_page;
mod not_found_page;
mod privacy_page;

pub use accessibility_page::AccessibilityPage;
pub use home_page::HomePage;
pub use not_found_page::NotFoundPage;
pub use privacy_page::PrivacyPage;
