//! The choices for an imported file, by its kind. Every choice says what it does; "Annuleren"
//! changes nothing.

use leptos::prelude::*;

use super::importer::{use_importer, ImportState};
use super::merge_choice::MergeChoice;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::domain::exchange::{
    add_assessor, add_peer_reply, already_here, invited_organisation, invited_role,
    is_blank_assessor_form, is_blank_peer_copy, start_assessor_copy, start_peer_copy, AlreadyHere,
};
use crate::domain::file_format::{Document, Kind};
use crate::domain::round::{form_gaps, invitation_of};
use crate::state::use_store;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::router::navigate;
use crate::ui::status::{Alert, AlertKind};
use crate::ui::working_file::use_working_files;

#[component]
pub fn ImportActions(document: Document) -> AnyView {
    let store = use_store();
    let importer = use_importer();
    let incoming = StoredValue::new(document.evaluation.clone());
    let finish = move |message: String, route: Route| {
        importer.reset();
        store.announce(message);
        navigate(&route);
    };
    let cancel = move |_| {
        importer.reset();
        store.announce("Import geannuleerd. Er is niets veranderd.");
    };
    let name_a = RwSignal::new(String::new());
    let target = document
        .evaluation
        .mode
        .source_id()
        .and_then(|id| store.get_untracked(id).filter(|e| e.mode == Mode::Own));

    // A file opened twice lands once; the coordinator's own outgoing file makes nothing.
    let here = store.with_all_untracked(|all| {
        already_here(document.kind, &document.evaluation, all).map(|found| match found {
            AlreadyHere::OwnOutgoing(e) => (true, e.id.clone(), e.display_name()),
            AlreadyHere::Copy(e) => (false, e.id.clone(), e.mode.list_name(&e.display_name())),
        })
    });
    if let Some((own, id, name)) = here {
        let (message, view) = match (own, document.kind) {
            (true, Kind::AssessorForm) => (
                format!("Dit is een scoreformulier dat u zelf heeft gemaakt voor '{name}'. Stuur het bestand naar de deelnemer: die opent het in deze app. U hoeft het hier niet te openen."),
                EvaluationView::SelfEvaluation,
            ),
            (true, _) => (
                format!("Dit is een toetsingspakket dat u zelf heeft gemaakt voor '{name}'. Stuur het bestand naar de collega-organisatie: die opent het in deze app. U hoeft het hier niet te openen."),
                EvaluationView::PeerReview,
            ),
            (false, _) => (
                format!("U bent hier al mee bezig: '{name}' staat al in deze browser. Ga verder waar u was. Er is geen tweede kopie gemaakt."),
                if matches!(document.kind, Kind::AssessorForm) { EvaluationView::SelfEvaluation } else { EvaluationView::PeerReview },
            ),
        };
        let label = if own {
            format!("Naar '{name}'")
        } else {
            format!("Verder met '{name}'")
        };
        let go = move |_| {
            importer.reset();
            navigate(&Route::Evaluation(id.clone(), view.clone()));
        };
        return view! {
            <div class="import-actions">
                <Alert kind=AlertKind::Info><p>{message}" Er is niets veranderd."</p></Alert>
                <div class="utrecht-button-group">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=go>{label}</button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=cancel>"Annuleren"</button>
                </div>
            </div>
        }.into_any();
    }

    let choice = match document.kind {
        Kind::Evaluation => {
            let files = use_working_files();
            let file_name = importer.state.with_untracked(|s| match s {
                ImportState::Ready { file_name, .. } => file_name.clone(),
                _ => String::new(),
            });
            let as_working_file = files.dropped_with_handle(&file_name).then(|| {
                let open = move |_| {
                    files.open_dropped(move |id| {
                        if let Some(id) = id {
                            importer.reset();
                            navigate(&Route::Evaluation(id, EvaluationView::Overview));
                        }
                    })
                };
                view! {
                    <p>"U kunt dit bestand ook openen als werkbestand: dan komt elke wijziging ook in dit bestand."</p>
                    <div class="utrecht-button-group">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=open>"Openen als werkbestand"</button>
                    </div>
                }
            });
            view! {
                {as_working_file}
                <MergeChoice incoming=incoming.get_value() on_done=Callback::new(move |(m, r)| finish(m, r))/>
            }.into_any()
        }
        Kind::AssessorForm if is_blank_assessor_form(&document.evaluation) => {
            let start = move |_| {
                let copy = start_assessor_copy(&incoming.get_value(), store.new_id("ev"), store.now_ms(), &name_a.get_untracked());
                let id = store.insert(copy);
                finish("U kunt nu scoren.".to_string(), Route::Evaluation(id, EvaluationView::SelfEvaluation));
            };
            let for_whom = invited_role(&document.evaluation);
            view! {
                <p>"U bent gevraagd om scores te geven. Vul uw naam in en begin. Niemand ziet uw scores voordat u het formulier inlevert."</p>
                {for_whom.map(|r| view! { <p>"Dit formulier is voor: "<strong><bdi>{r}</bdi></strong>". U kunt dat op het overzicht van het formulier aanpassen."</p> })}
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="import-deelnemer">"Uw naam"</label>
                    <input id="import-deelnemer" class="utrecht-form-field__input" type="text" autocomplete="name"
                        on:input=move |ev| name_a.set(event_target_value(&ev))/>
                </div>
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=start>"Scoren"</button>
            }.into_any()
        }
        Kind::PeerPackage => {
            // Filled in when the package was made for this organisation.
            let invited = invited_organisation(&document.evaluation);
            name_a.set(invited.clone());
            let start = move |_| {
                let copy = start_peer_copy(&incoming.get_value(), store.new_id("ev"), store.now_ms(), &name_a.get_untracked());
                let id = store.insert(copy);
                finish("U kunt nu de collegiale toetsing doen.".to_string(), Route::Evaluation(id, EvaluationView::PeerReview));
            };
            view! {
                <p>"U bent gevraagd om mee te kijken als collega-organisatie. U leest de zelfevaluatie en schrijft uw aantekeningen. Daarna stuurt u uw reactie terug."</p>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="import-organisatie">"Naam van uw organisatie"</label>
                    <input id="import-organisatie" class="utrecht-form-field__input" type="text" autocomplete="organization"
                        prop:value=invited on:input=move |ev| name_a.set(event_target_value(&ev))/>
                </div>
                <p class="utrecht-form-field-description">"Uw reactie komt van uw organisatie: uw eigen naam staat er niet in."</p>
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=start>"Collegiale toetsing beginnen"</button>
            }.into_any()
        }
        Kind::AssessorForm | Kind::PeerReply => match target {
            Some(target) => {
                let (label, what) = if document.kind == Kind::AssessorForm {
                    (format!("Toevoegen aan '{}'", target.display_name()), "deelnemer")
                } else {
                    (format!("Toevoegen aan stap 2 van '{}'", target.display_name()), "reactie")
                };
                let (id, kind) = (target.id.clone(), document.kind);
                let failed = RwSignal::new(None::<String>);
                let add = move |_| {
                    let file = incoming.get_value();
                    let mut result = Ok(false);
                    // The same form or reply again changes nothing: no new revision, no write.
                    store.update_if_changed(&id, |e: &mut Evaluation| {
                        let now = store.now_ms();
                        result = if kind == Kind::AssessorForm { add_assessor(e, &file, now) } else { add_peer_reply(e, &file, now) };
                    });
                    match result {
                        Ok(updated) => {
                            let verb = if updated { "bijgewerkt" } else { "toegevoegd" };
                            let view = if kind == Kind::AssessorForm { EvaluationView::SelfEvaluation } else { EvaluationView::PeerReview };
                            finish(format!("De {what} is {verb}."), Route::Evaluation(id.clone(), view));
                        }
                        Err(e) => failed.set(Some(e.to_string())),
                    }
                };
                let file = incoming.get_value();
                let round = invitation_of(&target, &file).map(|i| {
                    let what = if kind == Kind::AssessorForm { "het scoreformulier" } else { "het toetsingspakket" };
                    view! { <p>{format!("Dit is het antwoord op {what} voor '{}'. Het wordt afgevinkt in de lijst van uitgedeelde bestanden.", i.label())}</p> }
                });
                let gaps = if kind == Kind::AssessorForm {
                    form_gaps(&file, Catalogue::current())
                } else {
                    is_blank_peer_copy(&file).then(|| "Deze reactie is leeg: de collega-organisatie heeft nog niets geschreven. Vraag of zij de reactie opnieuw willen inleveren.".to_string())
                };
                let gaps = gaps.map(|g| view! { <Alert kind=AlertKind::Warning><p>{g}</p></Alert> });
                view! {
                    {round}
                    {gaps}
                    <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=add>{label}</button>
                    {move || failed.get().map(|message| view! { <Alert kind=AlertKind::Error role="alert"><p>{message}" Er is niets veranderd."</p></Alert> })}
                }.into_any()
            }
            None => view! {
                <Alert kind=AlertKind::Warning>
                    <p>
                        "De evaluatie waar dit bestand bij hoort, staat niet in deze browser. Importeer het
                        in de browser waarin de evaluatie is gemaakt, of importeer eerst die evaluatie."
                    </p>
                </Alert>
            }.into_any(),
        },
    };
    view! {
        <div class="import-actions">
            {choice}
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=cancel>"Annuleren"</button>
        </div>
    }
    .into_any()
}
