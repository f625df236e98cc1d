//! A button that downloads one evaluation as a file of the given kind, and records when.
//! What goes into the file is decided in the domain (`exchange::export`).

use leptos::prelude::*;

use super::download_text;
use super::timing::measure;
use crate::domain::exchange::export;
use crate::domain::file_format::{file_name, Kind};
use crate::state::EvaluationRef;

#[component]
pub fn ExportButton(
    evaluation: EvaluationRef,
    /// `None`: the file that backs up this evaluation as it is.
    #[prop(optional)]
    kind: Option<Kind>,
    #[prop(default = "Exporteer als bestand")] label: &'static str,
    #[prop(default = true)] secondary: bool,
) -> impl IntoView {
    // What happened, beside the button: the user is here, not at the top of the page.
    let done = RwSignal::new(String::new());
    let export = move |_| {
        let store = evaluation.store();
        let Some(ev) = evaluation.get_untracked() else {
            return;
        };
        let own_kind = Kind::for_mode(&ev.mode);
        let kind = kind.unwrap_or(own_kind);
        let now = store.now_ms();
        let name = file_name(kind.file_prefix(), &ev, store.today(), "json");
        let written = measure("vth:export", || {
            download_text(&name, "application/json", &export(kind, &ev, now))
        });
        match written {
            Ok(()) => {
                if kind == own_kind {
                    evaluation.update(|e| e.last_export_ms = Some(now));
                }
                done.set(format!("Het bestand {name} staat in uw map met downloads."));
            }
            Err(_) => done.set(
                "Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser."
                    .to_string(),
            ),
        }
    };
    view! {
        <button type="button" class="utrecht-button utrecht-button--primary-action" class:button--secondary=secondary on:click=export>
            {label}
        </button>
        <p role="status" class="button-status">{move || done.get()}</p>
    }
}
