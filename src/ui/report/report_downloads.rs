//! The report out of the browser: print or PDF, and a button per [`ReportFormat`], each for
//! the chosen variant.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::report::{build, ReportFormat, ReportOptions, ReportVariant};
use crate::state::EvaluationRef;
use crate::ui::exchange::download_bytes;

#[component]
pub fn ReportDownloads(
    evaluation: EvaluationRef,
    variant: RwSignal<ReportVariant>,
    show_names: RwSignal<bool>,
) -> impl IntoView {
    let make = move |format: ReportFormat| {
        move |_| {
            let store = evaluation.store();
            let Some(ev) = evaluation.get_untracked() else {
                return;
            };
            let today = store.today();
            let variant = variant.get_untracked();
            let options = ReportOptions::new(variant, show_names.get_untracked());
            let report = build(&ev, Catalogue::current(), today, options);
            let result = download_bytes(
                &format.file_name(variant, &ev, today),
                format.mime(),
                &format.render(&report),
            );
            store.announce(match result {
                Ok(()) => "Het bestand is gemaakt. Kijk in uw map met downloads.",
                Err(_) => "Het bestand maken is niet gelukt. Probeer het opnieuw.",
            });
        }
    };
    let print = |_| {
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
        </div>
    }
}
