//! Remembers working-file handles across visits in IndexedDB (a handle cannot go into
//! localStorage; IndexedDB keeps it as it is). One database, one store, keyed by evaluation id.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemFileHandle, IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "vth-competenties";
const STORE: &str = "werkbestanden";

/// Waits for an IndexedDB request.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::once_into_js(move || {
            // Settling a promise from its own executor functions cannot fail.
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            // Settling a promise from its own executor functions cannot fail.
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let request = factory.open_with_u32(DATABASE, 1)?;
    let upgrade = Closure::once_into_js({
        let request = request.clone();
        move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                // Fails only when the store is there already; then it is used as it is.
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    done(&request).await?.dyn_into()
}

pub async fn put(id: &str, handle: &FileSystemFileHandle) -> Result<(), JsValue> {
    let db = open().await?;
    let store = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?
        .object_store(STORE)?;
    done(&store.put_with_key(handle, &JsValue::from_str(id))?).await?;
    Ok(())
}

pub async fn get(id: &str) -> Option<FileSystemFileHandle> {
    let db = open().await.ok()?;
    let store = db
        .transaction_with_str(STORE)
        .ok()?
        .object_store(STORE)
        .ok()?;
    let value = done(&store.get(&JsValue::from_str(id)).ok()?).await.ok()?;
    value.dyn_into().ok()
}

pub async fn delete(id: &str) {
    let Ok(db) = open().await else {
        return;
    };
    let Ok(store) = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(STORE))
    else {
        return;
    };
    if let Ok(request) = store.delete(&JsValue::from_str(id)) {
        // Forgetting a handle that is not there is no problem: the link is gone either way.
        let _ = done(&request).await;
    }
}
