//! The interface: Leptos components by feature, one component per file.
//!
//! - [`app`]: the root; the only place that wires services (router) together.
//! - [`layout`]: skip link, header with navigation, footer.
//! - [`catalogue`]: read-only pages about the profiles, scale, dilemmas and steps.
//! - [`route`] / [`router`]: page addresses and the router service.

pub mod app;
pub mod catalogue;
pub mod layout;
pub mod rich_text;
pub mod route;
pub mod router;

pub use app::mount;
