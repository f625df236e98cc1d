//! Meer-ogen-principe, for the coordinator: hand out a beoordelingsformulier, see who has
//! returned one, remove an assessor's input.

use leptos::prelude::*;

use crate::domain::evaluation::AssessorInput;
use crate::domain::exchange::{remove_assessor, restore_assessor};
use crate::domain::file_format::Kind;
use crate::state::EvaluationRef;
use crate::ui::exchange::{InviteForm, ReturnAddress, RoundList};
use crate::ui::route::Route;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn AssessorsPanel(evaluation: EvaluationRef) -> impl IntoView {
    let assessors = evaluation.memo(|e| {
        e.self_evaluation
            .assessors
            .iter()
            .map(|a| (a.id.clone(), a.label()))
            .collect::<Vec<_>>()
    });
    // The last removed input, with its place, so that a removal can be undone.
    let removed = RwSignal::new(None::<(usize, AssessorInput)>);
    let undo = move |_| {
        if let Some((at, input)) = removed.get_untracked() {
            let label = input.label();
            evaluation.update(|e| restore_assessor(e, at, input));
            removed.set(None);
            evaluation
                .store()
                .announce(format!("De scores van {label} staan er weer."));
        }
    };
    let undo_banner = move || {
        removed.get().map(|(_, input)| {
            view! {
                <Alert kind=AlertKind::Info role="status">
                    <p>{format!("De scores van {} zijn verwijderd.", input.label())}</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=undo>"Ongedaan maken"</button>
                </Alert>
            }
        })
    };
    let list = move || {
        let list = assessors.get();
        if list.is_empty() {
            return view! { <p>"Er zijn nog geen ingevulde formulieren geïmporteerd."</p> }
                .into_any();
        }
        view! {
            <ul class="assessor-list">
                {list.into_iter().map(|(aid, label)| {
                    let remove = move |_| {
                        let mut found = None;
                        evaluation.update(|e| found = remove_assessor(e, &aid));
                        removed.set(found);
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
    let c = crate::domain::catalogue::Catalogue::current();
    // Said in the list of profiles, where the user is.
    let at_least_one = RwSignal::new(false);
    let chosen = evaluation.memo(|e| e.self_evaluation.form_profiles.clone());
    let profile_boxes = c
        .profiles
        .iter()
        .map(|p| {
            let id = format!("formulier-{}", p.id);
            let on = move || chosen.with(|l| l.is_empty() || l.contains(&p.id));
            // Marked "niet van toepassing": participants see it with the reason, not asked.
            let nvt = evaluation.memo(move |e| e.not_applicable(&p.id));
            let toggle = move |ev: leptos::ev::Event| {
                let checked = event_target_checked(&ev);
                let last = chosen.with_untracked(|l| l.len() == 1 && l[0] == p.id);
                if !checked && last {
                    // A form without profiles asks nothing: keep the last one.
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    input.set_checked(true);
                    at_least_one.set(true);
                    return;
                }
                at_least_one.set(false);
                evaluation.update(|e| {
                    let all: Vec<String> = c.profiles.iter().map(|p| p.id.clone()).collect();
                    let list = &mut e.self_evaluation.form_profiles;
                    if list.is_empty() {
                        *list = all.clone();
                    }
                    list.retain(|x| *x != p.id);
                    if checked {
                        list.push(p.id.clone());
                    }
                    // Catalogue order; all five chosen is stored as "all".
                    list.sort_by_key(|x| all.iter().position(|a| a == x));
                    if *list == all {
                        list.clear();
                    }
                })
            };
            view! {
                <div class="utrecht-form-field field--check">
                    <input type="checkbox" id=id.clone() prop:checked=on on:change=toggle disabled=move || nvt.get()/>
                    <label for=id>{p.name.as_str()}{move || nvt.get().then_some(" (niet van toepassing: deelnemers zien de reden en scoren het niet)")}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="meer-ogen-titel">
            <h2 id="meer-ogen-titel">"Meer-ogen-principe: losse scoreformulieren"</h2>
            <ol class="steps">
                <li>"Maak voor iedere deelnemer een scoreformulier: kies de profielen en zeg voor wie het is. Stuur het bestand met het bericht dat u erbij krijgt."</li>
                <li>"Elke deelnemer opent het in deze app, scoort de profielen en stuurt het ingevulde formulier terug. Deelnemers zien elkaars scores niet."</li>
                <li>{"Importeer de ingevulde formulieren hier. Per profiel ziet u dan alle scores en hoe ver ze uit elkaar liggen."}" "<a href=Route::Import.href()>"Ingevuld formulier importeren"</a></li>
            </ol>
            <ReturnAddress evaluation id="formulier-retouradres"/>
            <h3>"Nieuw scoreformulier"</h3>
            <fieldset class="choice">
                <legend>"Welke profielen staan op het scoreformulier?"</legend>
                <p class="utrecht-form-field-description">"Stuur bijvoorbeeld alleen het profiel toezichthouder en handhaver naar de teamleider toezicht."</p>
                {profile_boxes}
                <p role="status" class="utrecht-form-field-description">{move || at_least_one.get().then_some("Kies ten minste één profiel voor het scoreformulier.")}</p>
            </fieldset>
            <InviteForm evaluation kind=Kind::AssessorForm/>
            <RoundList evaluation kind=Kind::AssessorForm/>
            <h3>"Ingevulde formulieren"</h3>
            {undo_banner}
            {list}
        </section>
    }
}
