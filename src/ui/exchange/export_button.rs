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
    let export = move |_| {
        let store = evaluation.store();
        let Some(ev) = evaluation.get_untracked() else {
            return;
        };
        let own_kind = Kind::for_mode(&ev.mode);
        let kind = kind.unwrap_or(own_kind);
        let now = store.now_ms();
        let written = measure("vth:export", || {
            let name = file_name(kind.file_prefix(), &ev, store.today(), "json");
            download_text(&name, "application/json", &export(kind, &ev, now))
        });
        match written {
            Ok(()) => {
                if kind == own_kind {
                    evaluation.update(|e| e.last_export_ms = Some(now));
                }
                store.announce("Het bestand is gemaakt. Kijk in uw map met downloads.");
            }
            Err(_) => store.announce(
                "Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser.",
            ),
        }
    };
    view! {
        <button type="button" class="utrecht-button utrecht-button--primary-action" class:button--secondary=secondary on:click=export>
            {label}
        </button>
    }
}
