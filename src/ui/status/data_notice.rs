//! Always visible in an evaluation: the data lives only in this browser; when it was last
//! exported; a nudge to export.

use leptos::prelude::*;

use crate::state::EvaluationRef;
use crate::ui::exchange::ExportButton;

#[component]
pub fn DataNotice(evaluation: EvaluationRef) -> impl IntoView {
    let exported = evaluation.memo(|e| e.last_export_ms);
    let last_export = move || match exported.get() {
        Some(ms) => format!(
            "Laatst geëxporteerd op {}.",
            evaluation.store().local_date(ms).to_nl()
        ),
        None => "U hebt deze evaluatie nog niet geëxporteerd.".to_string(),
    };
    let copy = evaluation
        .with_untracked(|e| e.mode != crate::domain::evaluation::Mode::Own)
        .unwrap_or(false);
    if copy {
        // A participant's form or a peer's copy: handing it in is the export, on the overview.
        let overview =
            crate::ui::route::Route::of(evaluation, crate::ui::route::EvaluationView::Overview)
                .href();
        return view! {
            <aside class="data-notice" aria-label="Waar uw gegevens staan">
                <p>
                    <strong>"Uw werk staat alleen in deze browser, op dit apparaat. "</strong>
                    "De organisatie krijgt het pas als u het inlevert en het bestand terugstuurt."
                </p>
                <p><a href=overview>"Naar het overzicht om in te leveren"</a></p>
            </aside>
        }
        .into_any();
    }
    view! {
        <aside class="data-notice" aria-label="Waar uw gegevens staan">
            <p>
                <strong>"Uw gegevens staan alleen in deze browser, op dit apparaat. "</strong>
                {last_export}
                " Exporteer regelmatig: dan hebt u een reservekopie en kunt u de evaluatie delen."
            </p>
            <ExportButton evaluation/>
        </aside>
    }
    .into_any()
}
