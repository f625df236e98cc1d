//! What an imported file holds, before anything changes: kind, organisation, period, who
//! made it and when, what is filled in. Then the choices that fit its kind.

use leptos::prelude::*;

use super::import_actions::ImportActions;
use crate::domain::catalogue::Catalogue;
use crate::domain::file_format::Document;
use crate::domain::progress::progress;
use crate::state::use_store;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn ImportPreview(file_name: String, document: Document) -> impl IntoView {
    let ev = &document.evaluation;
    let catalogue = Catalogue::by_id(&ev.catalogue_id);
    let filled = {
        let p = progress(ev, Catalogue::current());
        let mut parts = vec![p.summary()];
        let count = |n: usize, one: &str, many: &str| {
            (n > 0).then(|| format!("{n} {}", if n == 1 { one } else { many }))
        };
        parts.extend(count(
            ev.self_evaluation.assessors.len(),
            "scoreformulier",
            "scoreformulieren",
        ));
        parts.extend(count(
            ev.peer_review.replies.len(),
            "reactie van een collega-organisatie",
            "reacties van collega-organisaties",
        ));
        parts.extend(count(ev.conclusions.actions.len(), "actie", "acties"));
        parts.join(" ")
    };
    let row = |label: &'static str, value: String| {
        (!value.trim().is_empty()).then(|| {
            view! {
                <div class="utrecht-data-list__item">
                    <dt class="utrecht-data-list__item-key">{label}</dt>
                    <dd class="utrecht-data-list__item-value"><bdi>{value}</bdi></dd>
                </div>
            }
        })
    };
    let store = use_store();
    let written = (document.written_ms > 0).then(|| store.local_date(document.written_ms).to_nl());
    view! {
        <section class="panel" aria-labelledby="voorbeeld-titel">
            <h2 id="voorbeeld-titel">{format!("Wat staat er in '{file_name}'?")}</h2>
            <dl class="utrecht-data-list">
                {row("Soort bestand", document.kind.label().to_string())}
                {row("Organisatie", ev.organisation.clone())}
                {row("Periode", ev.period.clone())}
                {row("Contactpersoon", ev.contact.clone())}
                {row("Gemaakt door", document.written_by.clone())}
                {row("Gemaakt op", written.unwrap_or_default())}
                {row("Ingevuld", filled)}
                {row("Profielen", catalogue.map_or_else(|| format!("onbekende versie ({})", ev.catalogue_id), |c| c.title.clone()))}
            </dl>
            {catalogue.is_none().then(|| view! {
                <Alert kind=AlertKind::Warning>
                    <p>
                        "Dit bestand gebruikt een versie van de competentieprofielen die deze app niet kent.
                        Teksten van de profielen kunnen ontbreken. Uw ingevulde gegevens blijven bewaard."
                    </p>
                </Alert>
            })}
            <ImportActions document/>
        </section>
    }
}
