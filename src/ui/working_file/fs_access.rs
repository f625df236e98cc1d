//! The File System Access API, where the browser has it (Chromium, Edge): pick a file to save
//! to or to open, ask for permission again after a reload, read and write a whole file. The
//! pickers and permission calls are not in web-sys' stable API, so they are called by name.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemFileHandle, FileSystemWritableFileStream};

/// True when the browser can keep a working file (`showSaveFilePicker` exists).
pub fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        Reflect::get(&w, &JsValue::from_str("showSaveFilePicker")).is_ok_and(|f| f.is_function())
    })
}

fn call(target: &JsValue, name: &str, argument: &JsValue) -> Result<Promise, JsValue> {
    let function: Function = Reflect::get(target, &JsValue::from_str(name))?.dyn_into()?;
    function.call1(target, argument)?.dyn_into()
}

fn json_types() -> Result<JsValue, JsValue> {
    let accept = Object::new();
    Reflect::set(
        &accept,
        &JsValue::from_str("application/json"),
        &Array::of1(&JsValue::from_str(".json")),
    )?;
    let kind = Object::new();
    Reflect::set(
        &kind,
        &JsValue::from_str("description"),
        &JsValue::from_str("Evaluatie (JSON)"),
    )?;
    Reflect::set(&kind, &JsValue::from_str("accept"), &accept)?;
    Ok(Array::of1(&kind).into())
}

/// Lets the user choose where to save; `suggested` is the file name offered.
pub async fn pick_save(suggested: &str) -> Result<FileSystemFileHandle, JsValue> {
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("suggestedName"),
        &JsValue::from_str(suggested),
    )?;
    Reflect::set(&options, &JsValue::from_str("types"), &json_types()?)?;
    let window: JsValue = web_sys::window().ok_or(JsValue::NULL)?.into();
    JsFuture::from(call(&window, "showSaveFilePicker", &options)?)
        .await?
        .dyn_into()
}

/// Lets the user choose one evaluation file to open.
pub async fn pick_open() -> Result<FileSystemFileHandle, JsValue> {
    let options = Object::new();
    Reflect::set(&options, &JsValue::from_str("types"), &json_types()?)?;
    let window: JsValue = web_sys::window().ok_or(JsValue::NULL)?.into();
    let handles: Array = JsFuture::from(call(&window, "showOpenFilePicker", &options)?)
        .await?
        .dyn_into()?;
    handles.get(0).dyn_into()
}

/// The browser's answer to read and write access: "granted", "prompt" or "denied". With
/// `ask`, it may ask the user (only from a click).
pub async fn permission(handle: &FileSystemFileHandle, ask: bool) -> String {
    let options = Object::new();
    // Setting a property on a new plain object cannot fail.
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("mode"),
        &JsValue::from_str("readwrite"),
    );
    let name = if ask {
        "requestPermission"
    } else {
        "queryPermission"
    };
    match call(handle, name, &options) {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "denied".into()),
        // A browser without the permission calls grants what the picker gave.
        Err(_) => "granted".into(),
    }
}

/// The file as it is now.
pub struct Read {
    pub size: u64,
    pub modified_ms: i64,
    pub text: Option<String>,
}

/// Size and time of the file, and its text when `with_text`.
pub async fn read(handle: &FileSystemFileHandle, with_text: bool) -> Result<Read, JsValue> {
    let file: web_sys::File = JsFuture::from(handle.get_file()).await?.dyn_into()?;
    let text = if with_text {
        JsFuture::from(file.text()).await?.as_string()
    } else {
        None
    };
    Ok(Read {
        size: file.size() as u64,
        modified_ms: file.last_modified() as i64,
        text,
    })
}

/// Writes `text` as the whole file. The browser writes to a temporary file and swaps it in on
/// `close`, so a crash half-way never leaves half a file.
pub async fn write(handle: &FileSystemFileHandle, text: &str) -> Result<(), JsValue> {
    let stream: FileSystemWritableFileStream =
        JsFuture::from(handle.create_writable()).await?.dyn_into()?;
    JsFuture::from(stream.write_with_str(text)?).await?;
    JsFuture::from(stream.close()).await?;
    Ok(())
}

/// The name of a DOM exception ("NotAllowedError"), for the message to the user.
pub fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
