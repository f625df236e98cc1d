//! How evaluations become text and back: storage's reads and writes, and the files the app
//! reads and writes. Function pointers, so that the code behind them (serde's for the whole
//! evaluation, a fifth of the app's wasm) need not be in the first load: the start page needs
//! none of it. The app gets a [`Codec`] from the `data` chunk (`src/chunks.rs`) when the browser
//! is idle after the first view, or when a page or a file needs it first
//! (`ui::pages::codec`); host tests use [`Codec::NATIVE`].
//!
//! Until the store has one, it has read nothing from storage and writes nothing
//! ([`super::Store::attach`]).

use crate::domain::evaluation::Evaluation;
use crate::domain::exchange;
use crate::domain::file_format::{self, Document, LoadError};
use crate::storage::{self, KeyValue, Loaded, SaveError};

#[derive(Clone, Copy)]
pub struct Codec {
    /// Every evaluation in storage; unreadable values moved aside ([`storage::load_all`]).
    pub load_all: fn(&dyn KeyValue, i64) -> Loaded,
    /// Writes one evaluation unless another tab saved a newer one ([`storage::save`]).
    pub save: fn(&dyn KeyValue, &Evaluation, i64) -> Result<u64, SaveError>,
    /// Reads a file of any kind ([`file_format::decode_document`]).
    pub decode_document: fn(&[u8]) -> Result<Document, LoadError>,
    /// The file that keeps an evaluation as it is ([`exchange::backup`]).
    pub backup: fn(&Evaluation, i64) -> String,
}

impl Codec {
    /// The functions themselves. Code of the first load never names this (the root gets its
    /// codec from the `data` chunk), or the code behind it would be in the first load again.
    pub const NATIVE: Codec = Codec {
        load_all: storage::load_all,
        save: storage::save,
        decode_document: file_format::decode_document,
        backup: exchange::backup,
    };

    /// An evaluation written by storage or another tab.
    pub fn decode_evaluation(&self, text: &str) -> Result<Evaluation, LoadError> {
        (self.decode_document)(text.as_bytes()).map(|d| d.evaluation)
    }
}
