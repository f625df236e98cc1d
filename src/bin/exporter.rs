//! The exporter: a second wasm, run in a Web Worker, that turns a report into a file (Word,
//! OpenDocument, spreadsheet, CSV, Markdown). The app loads it the first time a user asks for a
//! file (`src/ui/report/exporter.rs`), so the writers are not in the app's own wasm.
//!
//! Messages: the worker first posts `"ready"` (its loader posts `"failed"` when the wasm cannot
//! be loaded); then for every `[id, job]` it receives (`job`
//! an [`ExportJob`] as JSON) it posts `[id, bytes]` (a `Uint8Array`) or `[id, message]` (a
//! Dutch error text).

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Uint8Array};
    use vth_competenties::domain::report::ExportJob;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message = Array::from(&event.data());
        let id = message.get(0);
        let result = ExportJob::from_json(&message.get(1).as_string().unwrap_or_default())
            .and_then(|job| job.run());
        let reply = match result {
            Ok(bytes) => {
                let array = Uint8Array::from(bytes.as_slice());
                let transfer = Array::of1(&array.buffer());
                reply_to.post_message_with_transfer(&Array::of2(&id, &array), &transfer)
            }
            Err(error) => {
                reply_to.post_message(&Array::of2(&id, &JsValue::from_str(&error.to_string())))
            }
        };
        if let Err(error) = reply {
            web_sys::console::error_1(&error);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: the app waits for this one.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// Only a wasm in a browser runs the exporter; on the host this is built by `cargo test` and
/// clippy, and does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
