//! Wires the store's sync (`state::sync`) to the browser, once, at the root: the one place
//! from which storage is written.
//!
//! - Every change is saved within [`AUTOSAVE_DELAY`] (debounced while typing).
//! - `pagehide` and a hidden tab save at once, so an edit just before closing survives.
//! - The `storage` event tells about other tabs. Nothing is overwritten without the user
//!   choosing so.
//! - At the start it asks the browser, once, to keep the site's data ([`request_persistence`]).

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
