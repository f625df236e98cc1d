//! The domain: plain data and rules, no leptos and no web-sys, tested on the host
//! with `cargo test`.

#[macro_use]
mod words;

pub mod catalogue;
pub mod dates;
pub mod evaluation;
pub mod exchange;
pub mod file_format;
pub mod merge;
pub mod network;
pub mod progress;
pub mod report;
pub mod round;
pub mod smart;
pub mod working_file;
#[cfg(feature = "writers")]
pub mod zip;
