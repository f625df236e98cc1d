//! The report out of the browser: print or PDF, and a button per [`ReportFormat`], each for
//! the chosen variant. Files are made by the exporter worker ([`super::exporter`]).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::exporter::export;
use crate::domain::report::{ExportJob, ReportFormat, ReportOptions, ReportVariant};
use crate::state::EvaluationRef;
use crate::ui::exchange::download_bytes;

#[component]
pub fn ReportDownloads(
    evaluation: EvaluationRef,
    variant: RwSignal<ReportVariant>,
    show_names: RwSignal<bool>,
) -> impl IntoView {
    // "Bestand wordt gemaakt…" while the exporter works on one or more files; the page stays
    // usable. `try_` because the user may have left the page when a file is done.
    let busy = RwSignal::new(0u32);
    // What happened to the last file, beside the buttons (not at the top of the page).
    let done = RwSignal::new(String::new());
    let make = move |format: ReportFormat| {
        move |_| {
            let store = evaluation.store();
            done.set(String::new());
            let Some(ev) = evaluation.get_untracked() else {
                return;
            };
            let today = store.today();
            let variant = variant.get_untracked();
            let options = ReportOptions::new(variant, show_names.get_untracked());
            let file_name = format.file_name(variant, &ev, today);
            let job = ExportJob::new(format, options, today, &ev);
            busy.update(|n| *n += 1);
            spawn_local(async move {
                let result = match export(&job).await {
                    Ok(bytes) => download_bytes(&file_name, format.mime(), &bytes).map_err(|_| {
                        "Het bestand maken is niet gelukt. Probeer het opnieuw.".to_string()
                    }),
                    Err(error) => Err(error.to_string()),
                };
                busy.try_update(|n| *n = n.saturating_sub(1));
                done.try_set(match result {
                    Ok(()) => format!("Het bestand {file_name} staat in uw map met downloads."),
                    Err(message) => message,
                });
            });
        }
    };
    let print = |_| {
        // The browser shows its own print dialog; nothing comes back to report.
        let _ = window().print();
    };
    view! {
        <div class="report-actions">
            <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=print>"Afdrukken of opslaan als PDF"</button>
            </div>
            <p class="report-actions__label" id="rapport-bestanden">"Of download het rapport als bestand:"</p>
            <div class="utrecht-button-group" role="group" aria-labelledby="rapport-bestanden">
                {move || ReportFormat::ALL.into_iter().filter(|f| f.available(variant.get())).map(|format| view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        on:click=make(format)>{format.label()}</button>
                }).collect_view()}
            </div>
            <p role="status" class="report-actions__busy">{move || if busy.get() > 0 { "Bestand wordt gemaakt…".to_string() } else { done.get() }}</p>
        </div>
    }
}
