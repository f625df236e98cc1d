//! The only module that touches the browser's localStorage.
//!
//! Keys (schema and kind live inside each value, see `domain::file_format`):
//! - `vth-competenties:evaluatie:<id>`: one evaluation per key, so one damaged value never
//!   takes the others down;
//! - `vth-competenties:bewaard:<ms>:<original key>`: a value that could not be read, moved
//!   aside byte for byte. Only the user removes it, after downloading it.
//!
//! Values with a newer schema than this app knows stay where they are, untouched: the newer
//! app that wrote them will find them again.

use gloo_storage::{LocalStorage, Storage};
use thiserror::Error;
use wasm_bindgen::JsCast;

use crate::domain::evaluation::Evaluation;
use crate::domain::file_format::{decode_evaluation, encode_evaluation, LoadError};

pub const EVALUATION_PREFIX: &str = "vth-competenties:evaluatie:";
pub const BACKUP_PREFIX: &str = "vth-competenties:bewaard:";

/// Stored data this app could not load. The bytes are kept, under `key`.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredProblem {
    /// Where the bytes are now.
    pub key: String,
    pub bytes: String,
    pub error: LoadError,
    /// True when the value is in a backup key (unreadable); false when it was left in place
    /// (written by a newer version of the app).
    pub moved_aside: bool,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub evaluations: Vec<Evaluation>,
    pub problems: Vec<StoredProblem>,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum SaveError {
    #[error(
        "Niet opgeslagen: de opslag van deze browser is vol. Exporteer uw evaluatie als bestand, \
         zodat u niets kwijtraakt. Maak daarna ruimte vrij, bijvoorbeeld door oude evaluaties te \
         verwijderen."
    )]
    Full,
    #[error(
        "Niet opgeslagen: deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). \
         Exporteer uw evaluatie als bestand, zodat u niets kwijtraakt."
    )]
    NotAllowed,
    /// Another tab saved a newer version of this evaluation since this tab loaded it.
    #[error("Deze evaluatie is in een ander tabblad gewijzigd.")]
    Conflict { theirs: Box<Evaluation> },
}

fn storage() -> Option<web_sys::Storage> {
    // `window.localStorage` throws when storage is blocked; gloo's `raw()` would then throw
    // too, so check first. (No test write here: with a full quota that would fail and hide
    // the real reason, which `save` reports.)
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// True when this browser lets the app store data.
pub fn available() -> bool {
    storage().is_some()
}

pub fn key_of(id: &str) -> String {
    format!("{EVALUATION_PREFIX}{id}")
}

/// The evaluation id of a storage key, if it is one of ours.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(EVALUATION_PREFIX)
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Reads every evaluation. Unreadable values are moved aside (never overwritten), values of a
/// newer schema are left in place; both are reported as problems.
pub fn load_all(now_ms: i64) -> Loaded {
    let Some(storage) = storage() else {
        return Loaded::default();
    };
    let mut loaded = Loaded::default();
    for key in keys(&storage) {
        let Some(bytes) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        if key.starts_with(BACKUP_PREFIX) {
            let error = decode_evaluation(&bytes).err().unwrap_or(LoadError::Empty);
            loaded.problems.push(StoredProblem {
                key,
                bytes,
                error,
                moved_aside: true,
            });
            continue;
        }
        if id_of_key(&key).is_none() {
            continue;
        }
        match decode_evaluation(&bytes) {
            Ok(evaluation) => loaded.evaluations.push(evaluation),
            Err(error @ LoadError::NewerSchema { .. }) => {
                loaded.problems.push(StoredProblem {
                    key,
                    bytes,
                    error,
                    moved_aside: false,
                });
            }
            Err(error) => {
                let key = move_aside(&storage, &key, &bytes, now_ms).unwrap_or(key);
                let moved_aside = key.starts_with(BACKUP_PREFIX);
                loaded.problems.push(StoredProblem {
                    key,
                    bytes,
                    error,
                    moved_aside,
                });
            }
        }
    }
    loaded
}

/// Copies `bytes` to a backup key and, once the copy reads back identical, removes the
/// original. Returns the backup key, or `None` (original left in place) if that failed.
fn move_aside(storage: &web_sys::Storage, key: &str, bytes: &str, now_ms: i64) -> Option<String> {
    let backup = format!("{BACKUP_PREFIX}{now_ms}:{key}");
    storage.set_item(&backup, bytes).ok()?;
    if storage.get_item(&backup).ok().flatten().as_deref() != Some(bytes) {
        return None;
    }
    storage.remove_item(key).ok()?;
    Some(backup)
}

/// Reads one evaluation as it is stored now (`None` when there is none).
pub fn read(id: &str) -> Option<Result<Evaluation, LoadError>> {
    let bytes = storage()?.get_item(&key_of(id)).ok().flatten()?;
    Some(decode_evaluation(&bytes))
}

/// Saves `evaluation` if the stored copy still has the revision this tab last saw, and
/// returns the new revision. A newer stored copy is never overwritten: that is a
/// [`SaveError::Conflict`]. A stored copy that cannot be read is moved aside first.
pub fn save(evaluation: &Evaluation, now_ms: i64) -> Result<u64, SaveError> {
    let storage = storage().ok_or(SaveError::NotAllowed)?;
    let key = key_of(&evaluation.id);
    if let Some(bytes) = storage.get_item(&key).ok().flatten() {
        match decode_evaluation(&bytes) {
            Ok(stored) if stored.revision != evaluation.revision => {
                return Err(SaveError::Conflict {
                    theirs: Box::new(stored),
                });
            }
            Ok(_) => {}
            Err(_) => {
                move_aside(&storage, &key, &bytes, now_ms).ok_or(SaveError::Full)?;
            }
        }
    }
    let mut next = evaluation.clone();
    next.revision = evaluation.revision + 1;
    storage
        .set_item(&key, &encode_evaluation(&next, now_ms))
        .map_err(|e| classify_write_error(&e))?;
    Ok(next.revision)
}

/// Removes an evaluation from storage.
pub fn remove(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key_of(id));
    }
}

/// Removes a problem value (unreadable data), after the user chose so.
pub fn remove_key(key: &str) {
    if key.starts_with(BACKUP_PREFIX) || id_of_key(key).is_some() {
        LocalStorage::delete(key);
    }
}

fn classify_write_error(error: &wasm_bindgen::JsValue) -> SaveError {
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            SaveError::Full
        }
        _ => SaveError::NotAllowed,
    }
}

/// Asks the browser, once, to keep this site's data even when disk space runs low: only
/// when it is not persistent yet (Firefox asks the user). The answer changes nothing in
/// what the app does.
pub fn request_persistence() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let manager = window.navigator().storage();
    let Ok(persisted) = manager.persisted() else {
        return;
    };
    let ask = wasm_bindgen::closure::Closure::once(move |already: wasm_bindgen::JsValue| {
        if already.as_bool() != Some(true) {
            let _ = manager.persist();
        }
    });
    let _ = persisted.then(&ask);
    ask.forget();
}
