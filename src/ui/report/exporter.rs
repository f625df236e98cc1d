//! The exporter worker from the app's side: started the first time a user asks for a file,
//! then kept for the rest of the visit. [`export`] sends one [`ExportJob`] and waits for the
//! bytes, so the page goes on while the file is made.
//!
//! Where the worker comes from: in the hosted build, `scripts/post-build.mjs` names its loader
//! in `<meta name="vth-exporter">` (a hashed name, so a new version never meets an old
//! exporter); the single file (`scripts/single-file.mjs`) carries it inside and offers it as a
//! `blob:` address through `globalThis.vthExporterUrl()`. If the worker cannot start (offline
//! before it was ever cached, a blocked file), every waiting job ends with
//! [`ExportError::WorkerUnavailable`] and the next request tries again.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Uint8Array};
use leptos::prelude::document;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use crate::domain::report::{ExportError, ExportJob};

struct Exporter {
    worker: Worker,
    ready: Cell<bool>,
    /// Jobs sent before the worker said "ready" (it would drop them).
    waiting: RefCell<Vec<Array>>,
    /// Per job id: resolve and reject of its promise.
    pending: RefCell<HashMap<u32, (Function, Function)>>,
    next_id: Cell<u32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static EXPORTER: RefCell<Option<Rc<Exporter>>> = const { RefCell::new(None) };
}

/// The address of the worker's script: the single file's `blob:` or the hosted loader.
fn worker_url() -> Option<String> {
    let global = js_sys::global();
    if let Ok(make) = js_sys::Reflect::get(&global, &"vthExporterUrl".into()) {
        if let Some(make) = make.dyn_ref::<Function>() {
            return make.call0(&global).ok()?.as_string();
        }
    }
    document()
        .query_selector("meta[name='vth-exporter']")
        .ok()??
        .get_attribute("content")
}

fn start() -> Option<Rc<Exporter>> {
    let worker = Worker::new(&worker_url()?).ok()?;
    let exporter = Rc::new_cyclic(|this: &std::rc::Weak<Exporter>| {
        let this_message = this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(exporter) = this_message.upgrade() {
                exporter.receive(event.data());
            }
        });
        // The script could not be loaded, or the worker broke down.
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| stop());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Exporter {
            worker: worker.clone(),
            ready: Cell::new(false),
            waiting: RefCell::new(Vec::new()),
            pending: RefCell::new(HashMap::new()),
            next_id: Cell::new(1),
            _on_message: on_message,
            _on_error: on_error,
        }
    });
    Some(exporter)
}

impl Exporter {
    fn receive(&self, data: JsValue) {
        // Its wasm could not be loaded (the loader says so: a worker's failed promise reaches
        // no error handler here).
        if data.as_string().as_deref() == Some("failed") {
            stop();
            return;
        }
        if data.as_string().as_deref() == Some("ready") {
            self.ready.set(true);
            for message in self.waiting.take() {
                // Fails only for a message that cannot be cloned; ours are a number and a string.
                let _ = self.worker.post_message(&message);
            }
            return;
        }
        let message = Array::from(&data);
        let id = message.get(0).as_f64().unwrap_or(0.0) as u32;
        let Some((resolve, reject)) = self.pending.borrow_mut().remove(&id) else {
            return;
        };
        let result = message.get(1);
        if result.is_instance_of::<Uint8Array>() {
            // Settling a promise from its own executor functions cannot fail.
            let _ = resolve.call1(&JsValue::NULL, &result);
        } else {
            // Settling a promise from its own executor functions cannot fail.
            let _ = reject.call1(&JsValue::NULL, &result);
        }
    }

    fn send(&self, json: String) -> Promise {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let mut register = |resolve: Function, reject: Function| {
            self.pending.borrow_mut().insert(id, (resolve, reject));
        };
        let promise = Promise::new(&mut register);
        let message = Array::of2(&JsValue::from(id), &JsValue::from_str(&json));
        if self.ready.get() {
            // Fails only for a message that cannot be cloned; ours are a number and a string.
            let _ = self.worker.post_message(&message);
        } else {
            self.waiting.borrow_mut().push(message);
        }
        promise
    }

    /// Rejects what waits without a message: [`export`] makes that `WorkerUnavailable`.
    fn fail_all(&self) {
        for (_, (_, reject)) in self.pending.borrow_mut().drain() {
            // Settling a promise from its own executor functions cannot fail.
            let _ = reject.call1(&JsValue::NULL, &JsValue::UNDEFINED);
        }
    }
}

/// Ends the worker: what waits fails with [`ExportError::WorkerUnavailable`], and the next
/// request starts a new one.
fn stop() {
    let stopped = EXPORTER.with(|e| e.borrow_mut().take());
    if let Some(exporter) = stopped {
        exporter.worker.terminate();
        exporter.fail_all();
        // Not dropped inside its own handler: a moment later.
        leptos::prelude::set_timeout(move || drop(exporter), std::time::Duration::ZERO);
    }
}

/// Makes the file of `job` in the worker and offers it as a download named `file_name`, while
/// the page goes on: `busy` counts the files being made, `done` says what became of the last
/// one, in Dutch. `try_`: the user may have left the page when a file is done.
pub fn export_to_download(
    job: ExportJob,
    file_name: String,
    mime: &'static str,
    busy: leptos::prelude::RwSignal<u32>,
    done: leptos::prelude::RwSignal<String>,
) {
    use leptos::prelude::{Set, Update};
    done.set(String::new());
    busy.update(|n| *n += 1);
    leptos::task::spawn_local(async move {
        let result = match export(&job).await {
            Ok(bytes) => crate::ui::exchange::download_bytes(&file_name, mime, &bytes)
                .map_err(|_| "Het bestand maken is niet gelukt. Probeer het opnieuw.".to_string()),
            Err(error) => Err(error.to_string()),
        };
        busy.try_update(|n| *n = n.saturating_sub(1));
        done.try_set(match result {
            Ok(()) => format!("Het bestand {file_name} staat in uw map met downloads."),
            Err(message) => message,
        });
    });
}

/// Makes the file of `job` in the exporter worker, starting it if need be.
pub async fn export(job: &ExportJob) -> Result<Vec<u8>, ExportError> {
    let json = job.to_json();
    let exporter = EXPORTER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = start();
        }
        cell.clone()
    });
    let Some(exporter) = exporter else {
        return Err(ExportError::WorkerUnavailable);
    };
    let promise = exporter.send(json);
    drop(exporter);
    match JsFuture::from(promise).await {
        Ok(bytes) => Ok(bytes.unchecked_into::<Uint8Array>().to_vec()),
        Err(message) => Err(message
            .as_string()
            .map_or(ExportError::WorkerUnavailable, ExportError::FromWorker)),
    }
}
