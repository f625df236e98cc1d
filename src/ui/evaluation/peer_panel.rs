//! Collegiale toetsing, for the organisation: make the toetsingspakket, see which peers have
//! replied, remove a reply.

use leptos::prelude::*;

use crate::domain::exchange::remove_peer_reply;
use crate::domain::file_format::Kind;
use crate::ui::exchange::ExportButton;
use crate::ui::route::Route;
use crate::ui::store::use_store;

#[component]
pub fn PeerPanel(evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let id = evaluation_id.clone();
    let replies = Memo::new(move |_| {
        store
            .with(&id, |e| {
                e.peer_review
                    .replies
                    .iter()
                    .map(|r| {
                        (
                            r.id.clone(),
                            format!("{} ({})", r.peer_organisation, r.author),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let id = evaluation_id.clone();
    view! {
        <section class="panel" aria-labelledby="pakket-titel">
            <h2 id="pakket-titel">"Bestanden voor collega-organisaties"</h2>
            <p>
                "Maak een toetsingspakket en stuur het naar de collega-organisaties. Daarin staan uw
                zelfevaluatie en de vragen van stap 2. Uw conclusies en de scores van losse
                beoordelaars staan er niet in. Importeer hun reactie daarna hier: hun aantekeningen
                verschijnen bij de vragen, met hun naam."
            </p>
            <div class="button-row">
                <ExportButton evaluation_id kind=Kind::PeerPackage label="Toetsingspakket maken"/>
                <a href=Route::Import.href()>"Reactie importeren"</a>
            </div>
            <h3>"Reacties"</h3>
            {move || {
                let list = replies.get();
                if list.is_empty() {
                    return view! { <p>"Er zijn nog geen reacties geïmporteerd."</p> }.into_any();
                }
                let id = id.clone();
                view! {
                    <ul>{list.into_iter().map(|(rid, label)| {
                        let id = id.clone();
                        let remove = move |_| store.update(&id, |e| remove_peer_reply(e, &rid));
                        view! {
                            <li><bdi>{label.clone()}</bdi>" "
                                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=remove>{format!("Verwijderen: {label}")}</button>
                            </li>
                        }
                    }).collect_view()}</ul>
                }.into_any()
            }}
        </section>
    }
}
