//! Offers text to the user as a file download. Nothing leaves the browser: the file is made
//! from a local blob.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

pub fn download_text(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    download_bytes(file_name, mime, contents.as_bytes())
}

/// Offers bytes (a .docx, say) as a file download.
pub fn download_bytes(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Give the browser time to start the download before the URL is released.
    set_timeout(
        move || {
            // Only frees memory; a URL that stays costs nothing the user notices.
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
