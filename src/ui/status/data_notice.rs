//! Always visible in an evaluation: the data lives only in this browser; when it was last
//! exported; a nudge to export.

use leptos::prelude::*;

use crate::domain::dates::{date_from_ms, format_nl};
use crate::ui::exchange::ExportButton;
use crate::ui::store::use_store;

#[component]
pub fn DataNotice(#[prop(into)] evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let id = evaluation_id.clone();
    let last_export = move || match store.with(&id, |e| e.last_export_ms).flatten() {
        Some(ms) => format!(
            "Laatst geëxporteerd op {}.",
            format_nl(&date_from_ms(ms).to_iso())
        ),
        None => "U hebt deze evaluatie nog niet geëxporteerd.".to_string(),
    };
    view! {
        <aside class="data-notice" aria-label="Waar uw gegevens staan">
            <p>
                <strong>"Uw gegevens staan alleen in deze browser, op dit apparaat. "</strong>
                {last_export}
                " Exporteer regelmatig: dan hebt u een reservekopie en kunt u de evaluatie delen."
            </p>
            <ExportButton evaluation_id/>
        </aside>
    }
}
