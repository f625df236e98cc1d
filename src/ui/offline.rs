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
    // `then` fails only for a value that is not a promise; these are all promises.
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

/// Lets the waiting version take over, then reloads (autosave flushes on pagehide). With no
/// version waiting (no service worker, or a file server that already has a new release),
/// reloads at once.
pub fn load_new_version() {
    fn reload() {
        // Reloading cannot fail in a way the page could still report: it is being replaced.
        let _ = window().location().reload();
    }
    let Some(container) = container() else {
        return reload();
    };
    let on_change = Closure::<dyn FnMut()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let done = Closure::once(move |value: JsValue| {
        let waiting = value
            .dyn_into::<web_sys::ServiceWorkerRegistration>()
            .ok()
            .and_then(|registration| registration.waiting());
        match waiting {
            // The controllerchange above reloads once the new version has taken over.
            Some(waiting) => {
                if waiting
                    .post_message(&JsValue::from_str("skipWaiting"))
                    .is_err()
                {
                    reload();
                }
            }
            None => reload(),
        }
    });
    // `then` only fails for a non-promise; the registration lookup always gives one.
    let _ = container.get_registration().then(&done);
    done.forget();
}

/// The release this page runs (`<meta name="vth-release">`, written by
/// scripts/build.mjs); `None` in a build without it (the single file).
fn own_release() -> Option<String> {
    document()
        .query_selector(r#"meta[name="vth-release"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// Sets `newer` when the site now has another release than this page runs: a service worker
/// waits with one, or the site's index.html, fetched past every cache, names another.
pub fn check_for_new_release(newer: RwSignal<bool>) {
    let Some(own) = own_release() else { return };
    if let Some(container) = container() {
        when(
            container.get_registration(),
            move |registration: web_sys::ServiceWorkerRegistration| {
                if registration.waiting().is_some() {
                    // `try_set`: the message may be gone by now (the user tried again).
                    newer.try_set(true);
                }
            },
        );
    }
    leptos::task::spawn_local(async move {
        let init = web_sys::RequestInit::new();
        init.set_cache(web_sys::RequestCache::NoStore);
        let Ok(response) = wasm_bindgen_futures::JsFuture::from(
            window().fetch_with_str_and_init("./index.html", &init),
        )
        .await
        else {
            // Offline: there is nothing to compare with, "Opnieuw proberen" stays.
            return;
        };
        let Some(text) = response
            .dyn_into::<web_sys::Response>()
            .ok()
            .filter(web_sys::Response::ok)
            .and_then(|r| r.text().ok())
        else {
            return;
        };
        let Ok(text) = wasm_bindgen_futures::JsFuture::from(text).await else {
            return;
        };
        let marker = format!(r#"<meta name="vth-release" content="{own}">"#);
        let has_release = text
            .as_string()
            .is_some_and(|t| t.contains(r#"<meta name="vth-release""#) && !t.contains(&marker));
        if has_release {
            newer.try_set(true);
        }
    });
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
