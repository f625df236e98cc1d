//! The host tests, as one test binary with a module per area: one link of the library instead
//! of one per file (docs/architecture.md, "Tests").
//!
//! Run one area with `cargo test --test host state::`, one test by a part of its name.

mod bad_files;
mod catalogue;
mod common;
mod evaluation;
mod exchange;
mod forward_compat;
mod json_path;
mod names;
mod network;
mod outputs;
mod report;
mod round;
mod schema;
mod state;
mod wording;
mod working_file;
