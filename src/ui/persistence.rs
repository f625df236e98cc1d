//! Keeps storage in step with the store. Installed once, at the root: the one place that
//! writes evaluations.
//!
//! - Every change is saved within [`AUTOSAVE_DELAY`] (debounced while typing).
//! - `pagehide` and a hidden tab save at once, so an edit just before closing survives.
//! - The `storage` event tells about other tabs: their newer saves are loaded, or, when this
//!   tab has unsaved work on the same evaluation, shown as a conflict. Nothing is overwritten
//!   without the user choosing so.

use std::time::Duration;

use leptos::prelude::*;

use super::store::{now_ms, SaveState, Store};
use crate::storage::{self, SaveError};

/// Upper bound between a keystroke and its save.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

pub fn install(store: Store) {
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    Effect::new(move |_| {
        store.evaluations.track();
        if store.has_unsaved() {
            // A failure stays on screen until a save really succeeds.
            if !matches!(store.save_state.get_untracked(), SaveState::Failed(_)) {
                store.save_state.set(SaveState::Pending);
            }
            if let Some(handle) = timer.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(move || flush(store), AUTOSAVE_DELAY).ok();
            timer.set_value(handle);
        }
    });

    let _pagehide = window_event_listener(leptos::ev::pagehide, move |_| flush(store));
    let _hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(store);
        }
    });
    let _other_tabs = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            if let Some(id) = storage::id_of_key(&key) {
                on_other_tab_change(store, id, ev.new_value());
            }
        }
    });
}

/// Writes every changed evaluation now.
pub fn flush(store: Store) {
    let dirty = store.take_dirty();
    if dirty.is_empty() {
        return;
    }
    let now = now_ms();
    let mut failed = Vec::new();
    let mut error = None;
    for id in dirty {
        let Some(evaluation) = store.get_untracked(&id) else {
            storage::remove(&id);
            continue;
        };
        match crate::ui::exchange::measure("vth:save", || storage::save(&evaluation, now)) {
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
            store.save_state.set(SaveState::Failed(e));
        }
        None => {
            let recovered = matches!(store.save_state.get_untracked(), SaveState::Failed(_));
            store.save_state.set(SaveState::Saved { at_ms: now });
            if recovered {
                store
                    .announcement
                    .set("Alles is weer opgeslagen in deze browser.".to_string());
            }
        }
    }
}

fn on_other_tab_change(store: Store, id: &str, new_value: Option<String>) {
    let Some(text) = new_value else {
        if !store.is_dirty(id) {
            store.forget(id);
        }
        return;
    };
    let Ok(theirs) = crate::domain::file_format::decode_evaluation(&text) else {
        return; // Unreadable: dealt with (kept aside) at the next load.
    };
    let ours = store.get_untracked(id);
    match ours {
        Some(ours) if ours.revision >= theirs.revision => {}
        Some(_) if store.is_dirty(id) => store.add_conflict(theirs),
        _ => {
            store.replace_from_outside(theirs);
            store
                .announcement
                .set("Bijgewerkt met wijzigingen uit een ander tabblad.".to_string());
        }
    }
}

/// Removes kept-aside data the user chose to throw away, after downloading it.
pub fn discard_problem(store: Store, key: &str) {
    storage::remove_key(key);
    store.remove_problem(key);
    store
        .announcement
        .set("De bewaarde gegevens zijn verwijderd uit deze browser.".to_string());
}
