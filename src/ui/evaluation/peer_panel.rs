//! Collegiale toetsing, for the organisation: make the toetsingspakket, see which peers have
//! replied, remove a reply.

use leptos::prelude::*;

use crate::domain::exchange::remove_peer_reply;
use crate::domain::file_format::Kind;
use crate::state::EvaluationRef;
use crate::ui::exchange::{InviteForm, ReturnAddress, RoundList};
use crate::ui::route::Route;

#[component]
pub fn PeerPanel(evaluation: EvaluationRef) -> impl IntoView {
    let replies = evaluation.memo(|e| {
        e.peer_review
            .replies
            .iter()
            .map(|r| (r.id.clone(), r.label()))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel" aria-labelledby="pakket-titel">
            <h2 id="pakket-titel">"Bestanden voor collega-organisaties"</h2>
            <p>
                "Maak voor elke collega-organisatie een toetsingspakket en stuur het hun. Daarin
                staan uw zelfevaluatie, met per profiel de score en de toelichting, en de vragen
                van stap 2. Uw conclusies, de losse scores van deelnemers, wie er meededen en de
                onderbouwing van een afwijkende vastgestelde score staan er niet in. Importeer hun
                reactie daarna hier: hun aantekeningen verschijnen bij de vragen, met de naam van
                hun organisatie."
            </p>
            <p class="utrecht-form-field-description">"Staan er namen van collega's in een toelichting? Haal ze eruit voordat u het pakket maakt."</p>
            <ReturnAddress evaluation id="pakket-retouradres"/>
            <InviteForm evaluation kind=Kind::PeerPackage/>
            <RoundList evaluation kind=Kind::PeerPackage/>
            <p><a href=Route::Import.href()>"Reactie importeren"</a></p>
            <h3>"Reacties"</h3>
            {move || {
                let list = replies.get();
                if list.is_empty() {
                    return view! { <p>"Er zijn nog geen reacties geïmporteerd."</p> }.into_any();
                }
                view! {
                    <ul>{list.into_iter().map(|(rid, label)| {
                        let remove = move |_| evaluation.update(|e| remove_peer_reply(e, &rid));
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
