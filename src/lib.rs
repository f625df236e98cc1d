//! Inzicht in competentieprofielen VTH.
//!
//! Layers (see `docs/architecture.md`):
//! - [`domain`]: catalogue and evaluation data and rules; no browser code.
//! - [`storage`]: the only module that reads and writes stored data (behind a trait).
//! - [`state`]: the evaluations in memory and their sync with storage; no DOM, host-tested.
//! - [`ui`]: Leptos components by feature; the only layer that touches the DOM.

pub mod domain;
pub mod state;
pub mod storage;
pub mod ui;
