//! The report out of the browser: print or PDF, and a button per [`ReportFormat`].

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::report::{build, ReportFormat};
use crate::state::EvaluationRef;
use crate::ui::exchange::download_bytes;

#[component]
pub fn ReportDownloads(evaluation: EvaluationRef) -> impl IntoView {
    let make = move |format: ReportFormat| {
        move |_| {
            let store = evaluation.store();
            let Some(ev) = evaluation.get_untracked() else {
                return;
            };
            let today = store.today();
            let report = build(&ev, Catalogue::current(), today);
            let result = download_bytes(
                &format.file_name(&ev, today),
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
        <div class="button-row report-actions">
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=print>"Afdrukken of opslaan als PDF"</button>
            {ReportFormat::ALL.into_iter().map(|format| view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=make(format)>{format.label()}</button>
            }).collect_view()}
        </div>
    }
}
