//! Keeps storage in step with the store: the one place that writes evaluations. Called from
//! the root (`ui::persistence` wires it to timers and browser events) and from host tests.
//!
//! - [`flush`] writes every changed evaluation; a newer copy saved by another tab is never
//!   overwritten (it becomes a conflict for the user to choose), and a failed write keeps
//!   the change dirty, so the next flush tries again.
//! - [`other_tab_changed`] handles the browser's `storage` event: another tab's newer save is
//!   loaded, or, when this tab has unsaved work on the same evaluation, shown as a conflict.

use leptos::prelude::*;

use super::store::{SaveState, Store};
use crate::storage::{self, SaveError};

/// Writes every changed evaluation now (nothing before the store has its codec: then nothing
/// has changed, and what has stays marked).
pub fn flush(store: Store) {
    let Some(codec) = store.codec() else {
        return;
    };
    let dirty = store.take_dirty();
    if dirty.is_empty() {
        return;
    }
    let env = store.env();
    let kv = env.storage.as_ref();
    let now = env.now_ms();
    let mut failed = Vec::new();
    let mut error = None;
    for id in dirty {
        let Some(evaluation) = store.get_untracked(&id) else {
            storage::remove(kv, &id);
            continue;
        };
        match (codec.save)(kv, &evaluation, now) {
            Ok(revision) => store.set_saved_revision(&id, revision),
            Err(SaveError::Conflict { theirs }) => store.add_conflict(*theirs),
            Err(e) => {
                failed.push(id);
                error = Some(e);
            }
        }
    }
    match error {
        Some(e) => {
            store.keep_dirty(failed);
            store.set_save_state(SaveState::Failed(e));
        }
        None => {
            let recovered = matches!(store.save_state().get_untracked(), SaveState::Failed(_));
            store.set_save_state(SaveState::Saved { at_ms: now });
            if recovered {
                store.announce("Alles is weer opgeslagen in deze browser.");
            }
        }
    }
}

/// Marks that a change waits for the autosave (a failure stays on screen until a save
/// really succeeds).
pub fn mark_pending(store: Store) {
    if !matches!(store.save_state().get_untracked(), SaveState::Failed(_)) {
        store.set_save_state(SaveState::Pending);
    }
}

/// Another tab wrote `new_value` under `key` (`None`: it removed the key).
pub fn other_tab_changed(store: Store, key: &str, new_value: Option<String>) {
    let Some(id) = storage::id_of_key(key) else {
        return;
    };
    let Some(text) = new_value else {
        if !store.is_dirty(id) {
            store.forget(id);
        }
        return;
    };
    // Before the store has its codec it has read nothing; it reads this when it does. What
    // the start page shows from a quick look at storage is looked at again.
    let Some(codec) = store.codec() else {
        store.stored_elsewhere();
        return;
    };
    let Ok(theirs) = codec.decode_evaluation(&text) else {
        return; // Unreadable: dealt with (kept aside) at the next load.
    };
    let ours_revision = store.with_untracked(id, |e| e.revision);
    match ours_revision {
        Some(ours) if ours >= theirs.revision => {}
        Some(_) if store.is_dirty(id) => store.add_conflict(theirs),
        _ => {
            store.replace_from_outside(theirs);
            store.announce("Bijgewerkt met wijzigingen uit een ander tabblad.");
        }
    }
}

/// Removes kept-aside data the user chose to throw away, after downloading it.
pub fn discard_problem(store: Store, key: &str) {
    storage::remove_key(store.env().storage.as_ref(), key);
    store.remove_problem(key);
    store.announce("De bewaarde gegevens zijn verwijderd uit deze browser.");
}
