//! Always visible in an evaluation: the data lives only in this browser; when it was last
//! exported; a nudge to export.

use leptos::prelude::*;

use crate::state::EvaluationRef;
use crate::ui::exchange::ExportButton;
use crate::ui::route::{EvaluationView, Route};

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
        let overview = Route::of(evaluation, EvaluationView::Overview).href();
        let route = crate::ui::router::use_route();
        let handed_in = move || {
            exported.get().map(|ms| {
                format!(
                    "U hebt het op {} ingeleverd. Verandert u nog iets, lever het dan opnieuw in en stuur het nieuwe bestand.",
                    evaluation.store().local_date(ms).to_nl()
                )
            })
        };
        return view! {
            <aside class="data-notice" aria-label="Waar uw gegevens staan">
                <p>
                    <strong>"Uw werk staat alleen in deze browser, op dit apparaat. "</strong>
                    {move || handed_in().unwrap_or_else(|| "De organisatie krijgt het pas als u het inlevert en het bestand terugstuurt.".to_string())}
                </p>
                {move || {
                    let on_overview = matches!(route.get(), Route::Evaluation(_, EvaluationView::Overview));
                    (!on_overview).then(|| view! { <p><a href=overview.clone()>"Naar het overzicht om in te leveren"</a></p> })
                }}
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
