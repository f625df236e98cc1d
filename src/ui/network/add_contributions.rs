//! Adding contributions: many files at once, a whole folder (where the browser allows), or
//! files dropped on the page. Each file is read and checked on its own; a refused file is
//! named with its reason and the others still count.

use js_sys::Uint8Array;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::file_format::network_file::NetworkFileError;
use crate::domain::file_format::network_file::MAX_NETWORK_FILE_BYTES;
use crate::state::network::Network;

/// Reads `files` one after the other and adds them to `network` together.
pub fn read_files(mut files: Vec<web_sys::File>, network: Network, busy: RwSignal<usize>) {
    if files.is_empty() {
        return;
    }
    // In name order, so the list of what happened to each file reads like the folder.
    files.sort_by_key(web_sys::File::name);
    busy.set(files.len());
    spawn_local(async move {
        let mut read = Vec::with_capacity(files.len());
        for file in files {
            let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
                .ok()
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty());
            let name = relative.unwrap_or_else(|| file.name());
            let size = file.size();
            let bytes = if size > MAX_NETWORK_FILE_BYTES as f64 {
                Err(NetworkFileError::too_large(size))
            } else {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => Ok(Uint8Array::new(&buffer).to_vec()),
                    Err(_) => Err(NetworkFileError::NotRead),
                }
            };
            read.push((name, bytes));
        }
        network.add_files(read);
        busy.try_set(0);
    });
}

fn files_of(list: Option<web_sys::FileList>, only_json: bool) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter(|f| !only_json || f.name().to_lowercase().ends_with(".json"))
        .collect()
}

#[component]
pub fn AddContributions(network: Network, busy: RwSignal<usize>) -> impl IntoView {
    let skipped = RwSignal::new(0usize);
    let chosen = move |only_json: bool| {
        move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement =
                ev.target().expect("change has a target").unchecked_into();
            let all = files_of(input.files(), false).len();
            let files = files_of(input.files(), only_json);
            skipped.set(all - files.len());
            read_files(files, network, busy);
            // Cleared, so choosing the same files again reads them again.
            input.set_value("");
        }
    };
    // Files dropped anywhere on this page come here (the app's own drop handler leaves them).
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        let files = files_of(ev.data_transfer().and_then(|d| d.files()), false);
        skipped.set(0);
        read_files(files, network, busy);
    });
    on_cleanup(move || drop.remove());
    view! {
        <div class="add-files drop-target">
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="bijdragen-bestanden">"Bijdragen kiezen (.json, meer tegelijk)"</label>
                <p class="utrecht-form-field-description" id="bijdragen-hint">
                    {format!("U kunt de bestanden ook op deze pagina slepen. Ook een opgeslagen set bijdragen kan hier. Bestanden tot {} MB.", MAX_NETWORK_FILE_BYTES / 1024 / 1024)}
                </p>
                <input id="bijdragen-bestanden" type="file" multiple accept=".json,application/json"
                    class="utrecht-form-field__input" aria-describedby="bijdragen-hint" on:change=chosen(false)/>
            </div>
            <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="bijdragen-map">"Of een map kiezen met bijdragen"</label>
                <p class="utrecht-form-field-description" id="bijdragen-map-hint">"De app leest alle .json-bestanden in de map. Niet elke browser kan een map openen."</p>
                <input id="bijdragen-map" type="file" prop:webkitdirectory=true multiple
                    class="utrecht-form-field__input" aria-describedby="bijdragen-map-hint" on:change=chosen(true)/>
            </div>
            <p role="status">{move || match (busy.get(), skipped.get()) {
                (0, 0) => String::new(),
                (0, n) => format!("{n} {} in de map overgeslagen: geen .json.", if n == 1 { "bestand" } else { "bestanden" }),
                (1, _) => "1 bestand wordt gelezen…".to_string(),
                (n, _) => format!("{n} bestanden worden gelezen…"),
            }}</p>
        </div>
    }
}
