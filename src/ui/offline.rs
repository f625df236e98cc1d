//! Offline use: registers the service worker (sw.js, written by scripts/post-build.mjs) and
//! tells when a new version of the app is ready. Release builds over http(s) only: not in
//! `trunk serve` (debug), not from a file opened from disk.

use crate::ui::status::{Alert, AlertKind};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Missing outside secure contexts; web-sys would still hand out an object.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn when<T: JsCast + 'static>(promise: js_sys::Promise, then: impl FnOnce(T) + 'static) {
    let done = Closure::once(move |value: JsValue| {
        if let Ok(value) = value.dyn_into::<T>() {
            then(value);
        }
    });
    let _ = promise.then(&done);
    done.forget();
}

/// Registers the service worker; sets `update_ready` when a new version waits to take over.
pub fn register(update_ready: RwSignal<bool>) {
    let from_disk = window().location().protocol().is_ok_and(|p| p == "file:");
    let Some(container) = container().filter(|_| !cfg!(debug_assertions) && !from_disk) else {
        return;
    };
    let controlled = container.controller().is_some();
    when(
        container.register("./sw.js"),
        move |registration: web_sys::ServiceWorkerRegistration| {
            if controlled && registration.waiting().is_some() {
                update_ready.set(true);
            }
            let watched = registration.clone();
            let on_update = Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = watched.installing() {
                    let worker = installing.clone();
                    let on_state = Closure::<dyn FnMut()>::new(move || {
                        if controlled && worker.state() == web_sys::ServiceWorkerState::Installed {
                            update_ready.set(true);
                        }
                    });
                    installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                    on_state.forget();
                }
            });
            registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
            on_update.forget();
        },
    );
}

/// Lets the waiting version take over, then reloads (autosave flushes on pagehide).
pub fn load_new_version() {
    let Some(container) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    when(
        container.get_registration(),
        |registration: web_sys::ServiceWorkerRegistration| {
            if let Some(waiting) = registration.waiting() {
                let _ = waiting.post_message(&JsValue::from_str("skipWaiting"));
            }
        },
    );
}

/// "Er is een nieuwe versie": shown when a new version is ready.
#[component]
pub fn UpdateBanner(update_ready: RwSignal<bool>) -> impl IntoView {
    move || {
        update_ready.get().then(|| view! {
            <Alert kind=AlertKind::Info role="status">
                <p>"Er is een nieuwe versie van de app. Uw gegevens blijven bewaard."</p>
                <div class="utrecht-button-group">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=|_| load_new_version()>
                        "Nieuwe versie laden"
                    </button>
                </div>
            </Alert>
        })
    }
}
