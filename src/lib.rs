//! Inzicht in competentieprofielen VTH.
//!
//! Layers (see `docs/architecture.md`):
//! - [`domain`]: catalogue and evaluation data and rules; no browser code.
//! - [`storage`]: the only module that touches localStorage.
//! - [`ui`]: Leptos components by feature; the only layer that touches the DOM.

pub mod domain;
pub mod storage;
pub mod ui;
