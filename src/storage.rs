//! The only module that reads and writes stored evaluations.
//!
//! Storage is a small key-value trait, [`KeyValue`]: in the browser [`BrowserStorage`]
//! (`localStorage` through gloo-storage), in tests [`MemoryStorage`] (with a quota and a
//! "blocked" switch, to play a full or refusing browser). Everything else here is plain Rust
//! over that trait, tested on the host.
//!
//! Keys (schema and kind live inside each value, see `domain::file_format`):
//! - `vth-competenties:evaluatie:<id>`: one evaluation per key, so one damaged value never
//!   takes the others down;
//! - `vth-competenties:bewaard:<ms>:<original key>`: a value that could not be read, moved
//!   aside byte for byte. Only the user removes it, after downloading it.
//!
//! Values with a newer schema than this app knows stay where they are, untouched: the newer
//! app that wrote them will find them again.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use thiserror::Error;

use crate::domain::evaluation::Evaluation;
use crate::domain::file_format::{decode_evaluation, encode_evaluation, LoadError};
use crate::domain::working_file::FileStamp;

pub const EVALUATION_PREFIX: &str = "vth-competenties:evaluatie:";
pub const BACKUP_PREFIX: &str = "vth-competenties:bewaard:";
/// What the app last wrote to an evaluation's working file (a [`FileStamp`] as JSON).
pub const WORKING_FILE_PREFIX: &str = "vth-competenties:werkbestand:";
/// When the user last waved away the reminder to save a copy (ms since 1970).
pub const REMINDER_PREFIX: &str = "vth-competenties:herinnering:";
/// The evaluations last chosen on the growth page (ids, comma-separated).
pub const GROWTH_CHOICE_KEY: &str = "vth-competenties:groei";

/// Why a value could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The quota is used up.
    Full,
    /// The browser does not let this page store anything (blocked, private window).
    NotAllowed,
}

/// A place that keeps text under keys: `localStorage`, or memory in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError>;
    fn remove(&self, key: &str);
    /// Every key, in any order.
    fn keys(&self) -> Vec<String>;
    /// False when nothing can be stored at all (the browser blocks storage).
    fn available(&self) -> bool {
        true
    }
}

/// `localStorage`, through gloo-storage.
pub struct BrowserStorage(web_sys::Storage);

/// Stands in for `localStorage` when the browser blocks it: reads nothing, refuses writes.
pub struct NoStorage;

/// The browser's storage, or [`NoStorage`] when it is blocked.
pub fn browser() -> Rc<dyn KeyValue> {
    // `window.localStorage` throws when storage is blocked; gloo's `raw()` would then throw
    // too, so check first. (No test write here: with a full quota that would fail and hide
    // the real reason, which `save` reports.)
    let allowed = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
    if allowed {
        use gloo_storage::Storage;
        Rc::new(BrowserStorage(gloo_storage::LocalStorage::raw()))
    } else {
        Rc::new(NoStorage)
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.0.set_item(key, value).map_err(|e| {
            use wasm_bindgen::JsCast;
            match e.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
                Some(n) if n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED" => {
                    WriteError::Full
                }
                _ => WriteError::NotAllowed,
            }
        })
    }
    fn remove(&self, key: &str) {
        // Removing fails only where storage is blocked, and then there is nothing stored.
        let _ = self.0.remove_item(key);
    }
    fn keys(&self) -> Vec<String> {
        let length = self.0.length().unwrap_or(0);
        (0..length)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

impl KeyValue for NoStorage {
    fn get(&self, _: &str) -> Option<String> {
        None
    }
    fn set(&self, _: &str, _: &str) -> Result<(), WriteError> {
        Err(WriteError::NotAllowed)
    }
    fn remove(&self, _: &str) {}
    fn keys(&self) -> Vec<String> {
        Vec::new()
    }
    fn available(&self) -> bool {
        false
    }
}

/// Storage in memory, for tests: shared by several "tabs" through an `Rc`, with a quota in
/// bytes (keys and values, as UTF-16 units like browsers count) and a switch that blocks it.
#[derive(Default)]
pub struct MemoryStorage {
    items: RefCell<BTreeMap<String, String>>,
    quota: Cell<Option<usize>>,
    blocked: Cell<bool>,
}

impl MemoryStorage {
    pub fn new() -> Rc<MemoryStorage> {
        Rc::new(MemoryStorage::default())
    }
    /// At most this many UTF-16 units in keys and values together; `None`: no limit.
    pub fn set_quota(&self, units: Option<usize>) {
        self.quota.set(units);
    }
    pub fn set_blocked(&self, blocked: bool) {
        self.blocked.set(blocked);
    }
    /// Every key and value, to compare before and after.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.items.borrow().clone()
    }
    fn units(key: &str, value: &str) -> usize {
        key.encode_utf16().count() + value.encode_utf16().count()
    }
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), WriteError> {
        if self.blocked.get() {
            return Err(WriteError::NotAllowed);
        }
        if let Some(quota) = self.quota.get() {
            let items = self.items.borrow();
            let others: usize = items
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| Self::units(k, v))
                .sum();
            if others + Self::units(key, value) > quota {
                return Err(WriteError::Full);
            }
        }
        self.items
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) {
        self.items.borrow_mut().remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.items.borrow().keys().cloned().collect()
    }
    fn available(&self) -> bool {
        !self.blocked.get()
    }
}

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

/// Copies `bytes` to a backup key and, once the copy reads back identical, removes the
/// original. Returns the backup key, or `None` (original left in place) if that failed.
fn move_aside(kv: &dyn KeyValue, key: &str, bytes: &str, now_ms: i64) -> Option<String> {
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

/// The stamp of the working file last written for evaluation `id`.
pub fn working_file_stamp(kv: &dyn KeyValue, id: &str) -> Option<FileStamp> {
    serde_json::from_str(&kv.get(&format!("{WORKING_FILE_PREFIX}{id}"))?).ok()
}

/// Records (or, with `None`, forgets) the working file of evaluation `id`. Fails when the
/// browser's storage is full or blocked; the caller tells the user.
pub fn set_working_file_stamp(
    kv: &dyn KeyValue,
    id: &str,
    stamp: Option<&FileStamp>,
) -> Result<(), WriteError> {
    let key = format!("{WORKING_FILE_PREFIX}{id}");
    match stamp.and_then(|s| serde_json::to_string(s).ok()) {
        Some(text) => kv.set(&key, &text),
        None => {
            kv.remove(&key);
            Ok(())
        }
    }
}

/// When the user last waved away the reminder for evaluation `id`.
pub fn reminder_dismissed(kv: &dyn KeyValue, id: &str) -> Option<i64> {
    kv.get(&format!("{REMINDER_PREFIX}{id}"))?.parse().ok()
}

/// Remembers that the reminder was waved away; fails when storage is full or blocked.
pub fn dismiss_reminder(kv: &dyn KeyValue, id: &str, now_ms: i64) -> Result<(), WriteError> {
    kv.set(&format!("{REMINDER_PREFIX}{id}"), &now_ms.to_string())
}

/// The evaluations the user last compared on the growth page; `None` when never chosen.
pub fn growth_choice(kv: &dyn KeyValue) -> Option<Vec<String>> {
    let text = kv.get(GROWTH_CHOICE_KEY)?;
    Some(
        text.split(',')
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Remembers the growth page's choice; fails when storage is full or blocked.
pub fn set_growth_choice(kv: &dyn KeyValue, ids: &[String]) -> Result<(), WriteError> {
    kv.set(GROWTH_CHOICE_KEY, &ids.join(","))
}

/// Removes a problem value (unreadable data), after the user chose so.
pub fn remove_key(kv: &dyn KeyValue, key: &str) {
    if key.starts_with(BACKUP_PREFIX) || id_of_key(key).is_some() {
        kv.remove(key);
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
            // A request: the browser may say no, and the app works the same either way.
            let _ = manager.persist();
        }
    });
    // `then` fails only for a value that is not a promise; `persisted()` always gives one.
    let _ = persisted.then(&ask);
    ask.forget();
}
