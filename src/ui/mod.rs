//! The interface: Leptos components by feature, one component per file.
//!
//! - [`app`]: the root; the only place that wires services (router) together.
//! - [`layout`]: skip link, header with navigation, footer.
//! - [`catalogue`]: read-only pages about the profiles, scale, dilemmas and steps.
//! - [`evaluation`]: Mijn evaluaties and the three-step workspace.
//! - [`persistence`]: wires the state layer's sync to timers and browser events.
//! - [`status`]: saved or not, problems with stored data, conflicts between tabs.
//! - [`exchange`]: files out of (and later into) the browser.
//! - [`fields`]: labelled form fields.
//! - [`offline`]: the service worker and the 'new version' banner.
//! - [`pages`]: the pages loaded when opened (wasm chunks), and their loading and failure.
//! - [`report`]: the report, growth over cycles, office downloads.
//! - [`route`] / [`router`]: page addresses and the router service.

pub mod app;
pub mod catalogue;
pub mod evaluation;
pub mod exchange;
pub mod fields;
pub mod layout;
pub mod offline;
pub mod pages;
pub mod persistence;
pub mod report;
pub mod rich_text;
pub mod route;
pub mod router;
pub mod status;
pub mod working_file;
pub mod worksheet;

pub use app::mount;
