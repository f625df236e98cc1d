//! The report out of the browser: print or PDF, and a button per [`ReportFormat`], each for
//! the chosen variant. Files are made by the exporter worker ([`super::exporter`]).

use leptos::prelude::*;

use super::exporter::export_to_download;
use crate::domain::report::{ExportJob, ReportFormat, ReportOptions, ReportVariant};
use crate::state::EvaluationRef;

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
            export_to_download(job, file_name, format.mime(), busy, done);
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
