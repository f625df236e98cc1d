//! "Exporteer als bestand": downloads one evaluation as a JSON file and records the date.

use leptos::prelude::*;

use super::download_text;
use crate::domain::file_format::{encode_evaluation, export_file_name};
use crate::ui::store::{now_ms, use_store};

#[component]
pub fn ExportButton(#[prop(into)] evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let export = move |_| {
        let Some(evaluation) = store.get_untracked(&evaluation_id) else {
            return;
        };
        let now = now_ms();
        let text = encode_evaluation(&evaluation, now);
        match download_text(
            &export_file_name(&evaluation, now),
            "application/json",
            &text,
        ) {
            Ok(()) => {
                store.update(&evaluation_id, |e| e.last_export_ms = Some(now));
                store.announcement.set(format!(
                    "'{}' is geëxporteerd. Kijk in uw map met downloads.",
                    evaluation.display_name()
                ));
            }
            Err(_) => store.announcement.set(
                "Exporteren is niet gelukt. Probeer het opnieuw of gebruik een andere browser."
                    .to_string(),
            ),
        }
    };
    view! {
        <button type="button" class="button button--secondary" on:click=export>
            "Exporteer als bestand"
        </button>
    }
}
