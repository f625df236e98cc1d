//! The state layer: the evaluations in memory and their sync with storage. Reactive (Leptos
//! signals) but without the DOM: storage, clock and ids are injected through [`Env`], so
//! everything here is tested on the host (`tests/host/state.rs`).
//!
//! - [`env`]: the injected services, for the browser and for tests;
//! - [`codec`]: how evaluations become text and back, handed to the store when it arrives;
//! - [`store`]: the app-wide [`Store`];
//! - [`evaluation_ref`]: [`EvaluationRef`], the `Copy` handle components get;
//! - [`network`]: the network set of the Netwerkoverzicht page (not app-wide);
//! - [`sync`]: writing dirty evaluations, changes from other tabs, kept-aside data.

pub mod codec;
pub mod env;
pub mod evaluation_ref;
pub mod network;
pub mod store;
pub mod sync;

pub use codec::Codec;
pub use env::Env;
pub use evaluation_ref::EvaluationRef;
pub use store::{provide_store, use_store, SaveState, Store};
