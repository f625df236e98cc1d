//! The interface: Leptos components by feature, one component per file.
//!
//! - [`app`]: the root; the only place that wires the app-wide services together.
//! - [`layout`]: skip link, header with navigation, footer, link lists, table regions.
//! - [`catalogue`]: the read-only pages about the profiles, scale, dilemmas and steps.
//! - [`evaluation`]: Mijn evaluaties and the three-step workspace.
//! - [`exchange`]: files into and out of the browser: import, export, scoreformulieren and
//!   toetsingspakketten, their rounds and messages.
//! - [`fields`]: labelled form fields.
//! - [`offline`]: the service worker and the 'new version' banner.
//! - [`pages`]: the pages loaded when opened (wasm chunks), and their loading and failure.
//! - [`persistence`]: wires the state layer's sync to timers and browser events.
//! - [`report`]: the report, growth over cycles, office downloads (through the exporter).
//! - [`rich_text`]: catalogue text with its emphasis.
//! - [`route`] / [`router`]: page addresses and the router service.
//! - [`site`]: the start page, privacy, accessibility, "niet gevonden".
//! - [`status`]: saved or not, problems with stored data, conflicts between tabs, messages.
//! - [`working_file`]: the working file (File System Access) and the copy reminder.
//! - [`worksheet`]: worksheets to print, blank or filled in.

pub mod app;
pub mod catalogue;
pub mod evaluation;
pub mod exchange;
pub mod fields;
pub mod layout;
pub mod network;
pub mod offline;
pub mod pages;
pub mod persistence;
pub mod report;
pub mod rich_text;
pub mod route;
pub mod router;
pub mod site;
pub mod status;
pub mod working_file;
pub mod worksheet;

pub use app::mount;
