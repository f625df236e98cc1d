//! Mijn evaluaties: every evaluation kept in this browser, newest change first.

use leptos::prelude::*;

use super::create_form::CreateForm;
use super::evaluation_card::EvaluationCard;
use super::where_is_my_work::WhereIsMyWork;
use crate::state::use_store;
use crate::ui::route::Route;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn EvaluationsPage() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| {
        store.with_all(|list| {
            let mut sorted: Vec<(i64, String)> =
                list.iter().map(|e| (e.updated_ms, e.id.clone())).collect();
            sorted.sort_by(|a, b| b.cmp(a));
            sorted.into_iter().map(|(_, id)| id).collect::<Vec<_>>()
        })
    });
    let undo_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if store.last_deleted().with(Option::is_some) {
            if let Some(button) = undo_button.get() {
                // Moving focus cannot fail in a way to report: at worst it stays where it was.
                let _ = button.focus();
            }
        }
    });
    let undo = move || {
        store.last_deleted().get().map(|deleted| {
            view! {
                <Alert kind=AlertKind::Info>
                    <p>{format!("U hebt '{}' verwijderd.", deleted.display_name())}</p>
                    <div class="utrecht-button-group">
                        <button type="button" class="utrecht-button utrecht-button--primary-action" node_ref=undo_button
                            on:click=move |_| store.undo_delete()>
                            "Ongedaan maken"
                        </button>
                    </div>
                </Alert>
            }
        })
    };
    view! {
        <h1 tabindex="-1">"Mijn evaluaties"</h1>
        <p class="lead">
            "Hier staan de evaluaties die in deze browser zijn opgeslagen. U kunt er meer naast
            elkaar hebben, bijvoorbeeld voor verschillende periodes."
        </p>
        {undo}
        <section aria-labelledby="lijst-titel">
            <h2 id="lijst-titel">"Evaluaties in deze browser"</h2>
            {move || if ids.with(Vec::is_empty) {
                view! { <p>"Er zijn nog geen evaluaties. Begin hieronder een nieuwe."</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            <EvaluationCard evaluation=store.evaluation(&id)/>
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
        <p><a href=Route::Growth.href()>"Groei over de cycli: vergelijk evaluaties van verschillende periodes"</a></p>
        <CreateForm/>
        <WhereIsMyWork/>
    }
}
