//! The evaluations in storage: one per key, saved only over the revision this tab last saw,
//! and a value that cannot be read is moved aside byte for byte, never overwritten.

use thiserror::Error;

use super::key_value::{KeyValue, WriteError};
use crate::domain::evaluation::{display_name_of, Evaluation};
use serde_json::Value;

use crate::domain::file_format::strict_json::parse_strict;
use crate::domain::file_format::{
    decode_evaluation, encode_evaluation, Kind, LoadError, SCHEMA_VERSION,
};

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

impl From<WriteError> for SaveError {
    fn from(e: WriteError) -> Self {
        match e {
            WriteError::Full => SaveError::Full,
            WriteError::NotAllowed => SaveError::NotAllowed,
        }
    }
}

pub fn key_of(id: &str) -> String {
    format!("{EVALUATION_PREFIX}{id}")
}

/// The evaluation id of a storage key, if it is one of ours.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(EVALUATION_PREFIX)
}

/// Reads every evaluation. Unreadable values are moved aside (never overwritten), values of a
/// newer schema are left in place; both are reported as problems.
pub fn load_all(kv: &dyn KeyValue, now_ms: i64) -> Loaded {
    let mut loaded = Loaded::default();
    let mut keys = kv.keys();
    keys.sort();
    for key in keys {
        let Some(bytes) = kv.get(&key) else {
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
                let key = move_aside(kv, &key, &bytes, now_ms).unwrap_or(key);
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

/// The organisation's own evaluation last worked on, (id, name), from a quick look at
/// storage: only the fields the start page shows are read, so the start does not wait for
/// every evaluation to be read in full ([`load_all`], a moment later). A value the full read
/// would refuse for its kind, schema or id is passed over.
pub fn peek_latest_own(kv: &dyn KeyValue) -> Option<(String, String)> {
    let mut keys: Vec<String> = kv
        .keys()
        .into_iter()
        .filter(|k| id_of_key(k).is_some())
        .collect();
    keys.sort();
    // The JSON reader of the full read (no serde code of its own for this look).
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).unwrap_or("").to_string();
    keys.iter()
        .filter_map(|key| parse_strict(&kv.get(key)?).ok())
        // The own evaluation is stored as the kind `evaluation` (a copy as its own kind).
        .filter(|doc| {
            doc.get("kind").and_then(Value::as_str) == Some(Kind::Evaluation.tag())
                && doc
                    .get("schema")
                    .and_then(Value::as_u64)
                    .is_some_and(|s| (1..=u64::from(SCHEMA_VERSION)).contains(&s))
        })
        .filter_map(|mut doc| Some(doc.get_mut("evaluation")?.take()))
        .filter(|ev| !text(ev, "id").trim().is_empty())
        .max_by_key(|ev| ev.get("updated_ms").and_then(Value::as_i64).unwrap_or(0))
        .map(|ev| {
            let name = display_name_of(&text(&ev, "organisation"), &text(&ev, "period"));
            (text(&ev, "id"), name)
        })
}

/// Copies `bytes` to a backup key and, once the copy reads back identical, removes the
/// original. Returns the backup key, or `None` (original left in place) if that failed.
pub(crate) fn move_aside(kv: &dyn KeyValue, key: &str, bytes: &str, now_ms: i64) -> Option<String> {
    let backup = format!("{BACKUP_PREFIX}{now_ms}:{key}");
    kv.set(&backup, bytes).ok()?;
    if kv.get(&backup).as_deref() != Some(bytes) {
        return None;
    }
    kv.remove(key);
    Some(backup)
}

/// Reads one evaluation as it is stored now (`None` when there is none).
pub fn read(kv: &dyn KeyValue, id: &str) -> Option<Result<Evaluation, LoadError>> {
    kv.get(&key_of(id)).map(|bytes| decode_evaluation(&bytes))
}

/// Saves `evaluation` if the stored copy still has the revision this tab last saw, and
/// returns the new revision. A newer stored copy is never overwritten: that is a
/// [`SaveError::Conflict`]. A stored copy that cannot be read is moved aside first.
pub fn save(kv: &dyn KeyValue, evaluation: &Evaluation, now_ms: i64) -> Result<u64, SaveError> {
    if !kv.available() {
        return Err(SaveError::NotAllowed);
    }
    let key = key_of(&evaluation.id);
    if let Some(bytes) = kv.get(&key) {
        match decode_evaluation(&bytes) {
            Ok(stored) if stored.revision != evaluation.revision => {
                return Err(SaveError::Conflict {
                    theirs: Box::new(stored),
                });
            }
            Ok(_) => {}
            Err(_) => {
                move_aside(kv, &key, &bytes, now_ms).ok_or(SaveError::Full)?;
            }
        }
    }
    let mut next = evaluation.clone();
    next.revision = evaluation.revision + 1;
    kv.set(&key, &encode_evaluation(&next, now_ms))?;
    Ok(next.revision)
}

/// Removes an evaluation from storage.
pub fn remove(kv: &dyn KeyValue, id: &str) {
    kv.remove(&key_of(id));
}

/// Removes a problem value (unreadable data), after the user chose so.
pub fn remove_key(kv: &dyn KeyValue, key: &str) {
    if key.starts_with(BACKUP_PREFIX) || id_of_key(key).is_some() {
        kv.remove(key);
    }
}
