//! One action point with its SMART fields, status and gentle hints.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{ActionItem, ActionOrigin, ActionStatus};
use crate::domain::smart::hints;
use crate::state::EvaluationRef;
use crate::ui::fields::{TextArea, TextInput};

#[component]
pub fn ActionItemForm(
    evaluation: EvaluationRef,
    action_id: String,
    number: Signal<usize>,
) -> impl IntoView {
    let c = Catalogue::current();
    let saved = evaluation
        .with_untracked(|e| {
            e.conclusions
                .actions
                .iter()
                .find(|a| a.id == action_id)
                .cloned()
        })
        .flatten()
        .unwrap_or_default();
    let aid = action_id.clone();
    let current = evaluation.memo(move |e| {
        e.conclusions
            .actions
            .iter()
            .find(|a| a.id == aid)
            .map(|a| (a.clone(), e.start_date.clone()))
    });
    let setter = |change: fn(&mut ActionItem, String)| {
        let aid = action_id.clone();
        evaluation.setter(move |e, v: String| {
            if let Some(a) = e.action_mut(&aid) {
                change(a, v)
            }
        })
    };
    let set_profile = setter(|a, v| a.profile_id = (!v.is_empty()).then_some(v));
    let set_origin = setter(|a, v| {
        if let Some(origin) = ActionOrigin::parse(&v) {
            a.origin = origin;
        }
    });
    let set_status = setter(|a, v| {
        if let Some(status) = ActionStatus::parse(&v) {
            a.status = status;
        }
    });
    let tips = move || {
        current
            .get()
            .map(|(a, start)| {
                hints(&a, &start)
                    .into_iter()
                    .map(|h| h.message())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let confirming = RwSignal::new(false);
    let aid = action_id.clone();
    let remove = move |_| {
        let n = number.get_untracked();
        evaluation.update(|e| e.conclusions.actions.retain(|a| a.id != aid));
        evaluation
            .store()
            .announce(format!("Actie {n} is verwijderd."));
    };
    let dom = |field: &str| format!("{action_id}-{field}");
    let profile_now = move || {
        current
            .get()
            .and_then(|(a, _)| a.profile_id)
            .unwrap_or_default()
    };
    let status_now = move || current.get().map(|(a, _)| a.status).unwrap_or_default();
    let origin_now = move || current.get().map(|(a, _)| a.origin).unwrap_or_default();

    view! {
        <li class="action">
            <fieldset>
                <legend><h3 class="action__title">{move || format!("Actie {}", number.get())}</h3></legend>
                {saved.carried_over.then(|| view! { <p class="utrecht-form-field-description">"Overgenomen uit de vorige cyclus: nog niet gereed."</p> })}
                {move || current.get().filter(|(a, _)| a.carried_over && a.overdue(evaluation.store().today())).map(|(a, _)| view! {
                    <p class="flag">{format!("Over de datum: deze actie moest uiterlijk {} klaar zijn. Kies een nieuwe datum, of zeg waarom het later wordt.", crate::domain::dates::format_nl(&a.deadline))}</p>
                })}
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=dom("profiel")>"Voor welk profiel?"</label>
                    <select id=dom("profiel") class="utrecht-form-field__input" on:change=move |ev| set_profile.run(event_target_value(&ev))>
                        <option value="" prop:selected=move || profile_now().is_empty()>"Overkoepelend (alle profielen)"</option>
                        {c.profiles.iter().map(|p| {
                            let pid = p.id.clone();
                            view! { <option value=p.id.clone() prop:selected=move || profile_now() == pid>{p.name.as_str()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=dom("herkomst")>"Waar komt deze actie vandaan?"</label>
                    <p class="utrecht-form-field-description" id=dom("herkomst-hint")>"Uit de zelfevaluatie, uit de collegiale toetsing, of uit de eigen organisatie: van de leiding (top-down) of van medewerkers (bottom-up)."</p>
                    <select id=dom("herkomst") class="utrecht-form-field__input" aria-describedby=dom("herkomst-hint") on:change=move |ev| set_origin.run(event_target_value(&ev))>
                        {ActionOrigin::ALL.into_iter().map(|o| view! {
                            <option value=o.value() prop:selected=move || origin_now() == o>{o.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <TextArea id=dom("wat") label="Wat gaat u precies doen?" hint="Beschrijf de actie zo concreet mogelijk."
                    initial=saved.what.clone() on_input=setter(|a, v| a.what = v) rows=3/>
                <TextArea id=dom("meetbaar") label="Hoe meet u of het gelukt is?"
                    hint="Het succescriterium. Bijvoorbeeld: 80% van de toezichthouders heeft de training gevolgd."
                    initial=saved.measure.clone() on_input=setter(|a, v| a.measure = v) rows=2/>
                <TextInput id=dom("eigenaar") label="Wie is eigenaar?" hint="Eén persoon of rol die zorgt dat het gebeurt."
                    initial=saved.owner.clone() on_input=setter(|a, v| a.owner = v)/>
                <TextArea id=dom("middelen") label="Welke middelen zijn nodig?" hint="Bijvoorbeeld tijd, geld of mensen."
                    initial=saved.resources.clone() on_input=setter(|a, v| a.resources = v) rows=2/>
                <TextInput id=dom("datum") label="Uiterlijk klaar op" kind="date"
                    initial=saved.deadline.clone() on_input=setter(|a, v| a.deadline = v)/>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for=dom("status")>"Status"</label>
                    <select id=dom("status") class="utrecht-form-field__input input--short" on:change=move |ev| set_status.run(event_target_value(&ev))>
                        {ActionStatus::ALL.into_iter().map(|s| view! {
                            <option value=s.value() prop:selected=move || status_now() == s>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || {
                    let tips = tips();
                    (!tips.is_empty()).then(|| view! {
                        <div class="hints">
                            <p class="hints__title">"Tips om deze actie SMART te maken:"</p>
                            <ul>{tips.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                {move || if confirming.get() {
                    let remove = remove.clone();
                    view! {
                        <div class="confirm" role="group" aria-label="Verwijderen bevestigen">
                            <p>{format!("Weet u zeker dat u actie {} wilt verwijderen?", number.get())}</p>
                            <div class="utrecht-button-group">
                                <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" on:click=remove>"Ja, verwijderen"</button>
                                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| confirming.set(false)>"Nee, bewaren"</button>
                            </div>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| confirming.set(true)>
                            {move || format!("Actie {} verwijderen", number.get())}
                        </button>
                    }.into_any()
                }}
            </fieldset>
        </li>
    }
}
