//! Bestand importeren: choose a file (or drop it anywhere on the page), see what it holds,
//! then choose what happens. Nothing changes before that choice.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::import_preview::ImportPreview;
use super::importer::{use_importer, ImportState};
use crate::domain::file_format::MAX_FILE_BYTES;
use crate::ui::route::Route;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn ImportPage() -> impl IntoView {
    let importer = use_importer();
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            importer.read(file);
        }
        // Cleared, so choosing the same file again reads it again.
        input.set_value("");
    };
    let status = move || match importer.state.get() {
        ImportState::Idle => None,
        ImportState::Reading { file_name } => Some(
            view! { <p role="status">{format!("'{file_name}' wordt gelezen…")}</p> }.into_any(),
        ),
        ImportState::Failed {
            file_name,
            message,
            detail,
            for_network,
        } => Some(
            view! {
                <Alert kind=AlertKind::Error role="alert">
                    <h2>{format!("'{file_name}' kan niet worden geïmporteerd")}</h2>
                    <p>{message}" Er is niets veranderd."</p>
                    {for_network.then(|| view! {
                        <p><a href=Route::Network.href()>"Naar het Netwerkoverzicht"</a></p>
                    })}
                    {(!detail.is_empty()).then(|| view! {
                        <details>
                            <summary>"Technische details (voor wie het bestand maakte)"</summary>
                            <p>{detail}</p>
                        </details>
                    })}
                </Alert>
            }
            .into_any(),
        ),
        ImportState::Ready {
            file_name,
            document,
        } => Some(view! { <ImportPreview file_name document=*document/> }.into_any()),
    };
    view! {
        <h1 tabindex="-1">"Bestand importeren"</h1>
        <p class="lead">
            "Open hier een bestand dat met deze app is gemaakt: een hele evaluatie, een
            scoreformulier, een toetsingspakket of een reactie daarop. U ziet eerst wat
            erin staat. Er verandert niets voordat u kiest wat er moet gebeuren."
        </p>
        <div class="utrecht-form-field drop-target">
            <label class="utrecht-form-label" for="import-bestand">"Kies een bestand (.json)"</label>
            <p class="utrecht-form-field-description" id="import-bestand-hint">
                {format!("U kunt het bestand ook op deze pagina slepen. Bestanden tot {} MB.", MAX_FILE_BYTES / 1024 / 1024)}
            </p>
            <input id="import-bestand" type="file" accept=".json,application/json" class="utrecht-form-field__input"
                aria-describedby="import-bestand-hint" on:change=on_change/>
        </div>
        {status}
    }
}
