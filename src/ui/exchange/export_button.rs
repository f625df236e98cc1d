//! A button that downloads one evaluation as a file that keeps it as it is, and records when.
//! What goes into the file is decided in the domain (`exchange::backup`), reached through the
//! store's codec: the button is in the first load (the banner for a full storage offers it),
//! the code that writes the file is not.

use leptos::prelude::*;

use super::download_text;
use super::timing::measure;
use crate::domain::file_format::{file_name, Kind};
use crate::state::EvaluationRef;

#[component]
pub fn ExportButton(
    evaluation: EvaluationRef,
    #[prop(default = "Exporteer als bestand")] label: &'static str,
    #[prop(default = true)] secondary: bool,
) -> impl IntoView {
    // What happened, beside the button: the user is here, not at the top of the page.
    let done = RwSignal::new(String::new());
    let export = move |_| {
        let store = evaluation.store();
        // An evaluation is on screen, so storage was read with the codec: it is there.
        let (Some(ev), Some(codec)) = (evaluation.get_untracked(), store.codec()) else {
            return;
        };
        let kind = Kind::for_mode(&ev.mode);
        let now = store.now_ms();
        let name = file_name(kind.file_prefix(), &ev, store.today(), "json");
        let written = measure("vth:export", || {
            download_text(&name, "application/json", &(codec.backup)(&ev, now))
        });
        match written {
            Ok(()) => {
                evaluation.update(|e| e.last_export_ms = Some(now));
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
