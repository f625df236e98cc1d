//! Meer-ogen-principe, for the coordinator: hand out a beoordelingsformulier, see who has
//! returned one, remove an assessor's input.

use leptos::prelude::*;

use crate::domain::exchange::remove_assessor;
use crate::domain::file_format::Kind;
use crate::ui::exchange::ExportButton;
use crate::ui::route::Route;
use crate::ui::store::use_store;

#[component]
pub fn AssessorsPanel(evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let id = evaluation_id.clone();
    let assessors = Memo::new(move |_| {
        store
            .with(&id, |e| {
                e.self_evaluation
                    .assessors
                    .iter()
                    .map(|a| (a.id.clone(), a.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let id = evaluation_id.clone();
    let list = move || {
        let list = assessors.get();
        if list.is_empty() {
            return view! { <p>"Er zijn nog geen ingevulde formulieren geïmporteerd."</p> }
                .into_any();
        }
        let id = id.clone();
        view! {
            <ul class="assessor-list">
                {list.into_iter().map(|(aid, name)| {
                    let id = id.clone();
                    let label = if name.is_empty() { "Beoordelaar zonder naam".to_string() } else { name };
                    let remove = move |_| {
                        store.update(&id, |e| remove_assessor(e, &aid));
                        store.announcement.set("De scores van deze beoordelaar zijn verwijderd.".to_string());
                    };
                    view! {
                        <li>
                            <bdi>{label.clone()}</bdi>" "
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=remove>
                                {format!("Verwijderen: {label}")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };
    view! {
        <section class="panel" aria-labelledby="meer-ogen-titel">
            <h2 id="meer-ogen-titel">"Meer-ogen-principe: beoordelaars"</h2>
            <ol class="steps">
                <li>"Maak een beoordelingsformulier en stuur het bestand naar iedere beoordelaar."</li>
                <li>"Elke beoordelaar opent het in deze app, scoort de profielen en stuurt het ingevulde formulier terug. Beoordelaars zien elkaars scores niet."</li>
                <li>{"Importeer de ingevulde formulieren hier. Per profiel ziet u dan alle scores en hoe ver ze uit elkaar liggen."}" "<a href=Route::Import.href()>"Ingevuld formulier importeren"</a></li>
            </ol>
            <ExportButton evaluation_id kind=Kind::AssessorForm label="Beoordelingsformulier maken"/>
            <h3>"Ingevulde formulieren"</h3>
            {list}
        </section>
    }
}
