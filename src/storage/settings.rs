//! What the app remembers beside the evaluations: the working file it last wrote for each,
//! when the reminder to save a copy was waved away, the evaluations chosen on the growth page.
//! Writes fail when storage is full or blocked; the callers say so or say why it is harmless.

use super::key_value::{KeyValue, WriteError};
use crate::domain::working_file::FileStamp;

/// What the app last wrote to an evaluation's working file (a [`FileStamp`] as JSON).
pub const WORKING_FILE_PREFIX: &str = "vth-competenties:werkbestand:";
/// When the user last waved away the reminder to save a copy (ms since 1970).
pub const REMINDER_PREFIX: &str = "vth-competenties:herinnering:";
/// The evaluations last chosen on the growth page (ids, comma-separated).
pub const GROWTH_CHOICE_KEY: &str = "vth-competenties:groei";

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
