//! Wires the store's sync (`state::sync`) to the browser, once, at the root: the one place
//! from which storage is written.
//!
//! - Every change is saved within [`AUTOSAVE_DELAY`] (debounced while typing).
//! - `pagehide` and a hidden tab save at once, so an edit just before closing survives.
//! - The `storage` event tells about other tabs. Nothing is overwritten without the user
//!   choosing so.

use std::time::Duration;

use leptos::prelude::*;

use crate::state::{sync, Store};
use crate::ui::exchange::measure;

/// Upper bound between a keystroke and its save.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

pub fn install(store: Store) {
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    Effect::new(move |_| {
        store.track_changes();
        if store.has_unsaved() {
            sync::mark_pending(store);
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
            sync::other_tab_changed(store, &key, ev.new_value());
        }
    });
}

/// Writes every changed evaluation now, marked for the benchmarks as `vth:save`.
pub fn flush(store: Store) {
    measure("vth:save", || sync::flush(store));
}
