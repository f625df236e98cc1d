//! The contributions a network coordinator gathered on the Netwerkoverzicht page, kept as one
//! combined set (`vth-competenties:netwerk`, the same text as the combined file) until the
//! user removes them. Like an evaluation, a value that cannot be read is moved aside, byte for
//! byte, and a value of a newer schema is left where it is.

use super::evaluations::move_aside;
use super::key_value::{KeyValue, WriteError};
use crate::domain::file_format::network_file::NetworkFileError;
use crate::domain::file_format::network_file::{decode_contributions, encode_set};
use crate::domain::file_format::LoadError;
use crate::domain::network::Contribution;

pub const NETWORK_KEY: &str = "vth-competenties:netwerk";

/// The stored set as it was found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoredNetwork {
    pub contributions: Vec<Contribution>,
    /// Why a stored set could not be read. With `locked`, it was written by a newer version
    /// and stays in place: this page must not write over it.
    pub problem: Option<NetworkFileError>,
    pub locked: bool,
}

/// Reads the stored set. With `now_ms`, an unreadable set is moved aside (shown with the other
/// kept-aside data on every page); without, nothing is changed (for a page that only reads).
pub fn load_network(kv: &dyn KeyValue, now_ms: Option<i64>) -> StoredNetwork {
    let Some(text) = kv.get(NETWORK_KEY) else {
        return StoredNetwork::default();
    };
    match decode_contributions(text.as_bytes()) {
        Ok(contributions) => StoredNetwork {
            contributions,
            ..StoredNetwork::default()
        },
        Err(error @ NetworkFileError::Load(LoadError::NewerSchema { .. })) => StoredNetwork {
            problem: Some(error),
            locked: true,
            ..StoredNetwork::default()
        },
        Err(error) => {
            let moved = now_ms.and_then(|ms| move_aside(kv, NETWORK_KEY, &text, ms));
            StoredNetwork {
                problem: Some(error),
                locked: moved.is_none(),
                ..StoredNetwork::default()
            }
        }
    }
}

/// Keeps the set (removes the key when it is empty). Fails when storage is full or blocked;
/// the caller tells the user and keeps the set on the page.
pub fn save_network(
    kv: &dyn KeyValue,
    contributions: &[Contribution],
    now_ms: i64,
) -> Result<(), WriteError> {
    if contributions.is_empty() {
        kv.remove(NETWORK_KEY);
        return Ok(());
    }
    if !kv.available() {
        return Err(WriteError::NotAllowed);
    }
    kv.set(NETWORK_KEY, &encode_set(contributions, now_ms))
}
