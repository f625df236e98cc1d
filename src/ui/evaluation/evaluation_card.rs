//! One evaluation in the list: name, contact, period, last change, progress; open or delete.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::domain::progress::progress;
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::working_file::SaveCopyReminder;

#[component]
pub fn EvaluationCard(evaluation: EvaluationRef) -> impl IntoView {
    let store = evaluation.store();
    let summary = Memo::new(move |_| {
        evaluation.with(|e| {
            (
                e.mode.list_name(&e.display_name()),
                e.contact.clone(),
                store.local_date(e.updated_ms).to_nl(),
                progress(e, Catalogue::current()).summary(),
                match e.last_export_ms {
                    Some(ms) => format!("Laatst geëxporteerd op {}.", store.local_date(ms).to_nl()),
                    None => "Nog nooit geëxporteerd.".to_string(),
                },
            )
        })
    });
    let confirming = RwSignal::new(false);
    let keep_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(button) = keep_button.get() {
                // Moving focus cannot fail in a way to report: at worst it stays where it was.
                let _ = button.focus();
            }
        }
    });
    let href = Route::of(evaluation, EvaluationView::Overview).href();
    let heading_id = format!("kaart-{}", evaluation.id());
    let own = evaluation
        .with_untracked(|e| e.mode == Mode::Own)
        .unwrap_or(false);

    move || {
        summary.get().map(|(name, contact, changed, progress, exported)| {
            let confirm_text = format!(
                "Weet u zeker dat u '{name}' wilt verwijderen? Alles wat u hebt ingevuld, gaat weg uit deze browser."
            );
            view! {
                <li class="card" aria-labelledby=heading_id.clone()>
                    <h3 class="card__title" id=heading_id.clone()><a href=href.clone()>{name.clone()}</a></h3>
                    {(!contact.is_empty()).then(|| view! { <p>"Contactpersoon: "{contact}</p> })}
                    <p>"Laatst gewijzigd op "{changed}"."</p>
                    <p>{progress}</p>
                    <p>{exported}</p>
                    {own.then(|| view! { <SaveCopyReminder evaluation/> })}
                    {move || if confirming.get() {
                        view! {
                            <div class="confirm" role="group" aria-label="Verwijderen bevestigen">
                                <p>{confirm_text.clone()}</p>
                                <div class="utrecht-button-group">
                                    <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger"
                                        on:click=move |_| store.delete(&evaluation.id())>"Ja, verwijderen"</button>
                                    <button type="button" class="utrecht-button utrecht-button--secondary-action" node_ref=keep_button
                                        on:click=move |_| confirming.set(false)>"Nee, bewaren"</button>
                                </div>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="utrecht-button utrecht-button--secondary-action"
                                aria-label=format!("Verwijderen: {name}")
                                on:click=move |_| confirming.set(true)>"Verwijderen"</button>
                        }.into_any()
                    }}
                </li>
            }
        })
    }
}
