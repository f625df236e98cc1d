//! The only module that reads and writes stored data, by concern:
//!
//! - [`key_value`]: the small key-value trait, [`KeyValue`]: in the browser [`BrowserStorage`]
//!   (`localStorage` through gloo-storage) or [`NoStorage`] when the browser blocks it; in
//!   tests `MemoryStorage` (feature `test-doubles`, never in the shipped app), with a quota
//!   and a "blocked" switch to play a full or refusing browser.
//! - [`evaluations`]: the evaluations, the revision check, unreadable values kept aside.
//! - [`network`]: the contributions gathered on the Netwerkoverzicht page, as one set.
//! - [`settings`]: what the app remembers beside them: working-file stamps, the reminder, the
//!   growth page's choice.
//!
//! Everything but `BrowserStorage` is plain Rust over the trait, tested on the host.
//!
//! Keys (schema and kind live inside each value, see `domain::file_format`):
//! - `vth-competenties:evaluatie:<id>`: one evaluation per key, so one damaged value never
//!   takes the others down;
//! - `vth-competenties:bewaard:<ms>:<original key>`: a value that could not be read, moved
//!   aside byte for byte. Only the user removes it, after downloading it;
//! - `vth-competenties:werkbestand:<id>`, `vth-competenties:herinnering:<id>`,
//!   `vth-competenties:groei`: the settings;
//! - `vth-competenties:netwerk`: the network set (`network`).
//!
//! Values with a newer schema than this app knows stay where they are, untouched: the newer
//! app that wrote them will find them again.

pub mod evaluations;
pub mod key_value;
pub mod network;
pub mod settings;

pub use evaluations::*;
pub use key_value::*;
pub use network::*;
pub use settings::*;
