//! Stap 1, per profile: how the score came about. Who took part (roles or teams; names only
//! when the organisation wants), how (together, separate scoreformulieren, one person), when,
//! and which sources: documents ("harde" bronnen) and conversations ("zachte" bronnen).

use leptos::prelude::*;

use crate::domain::evaluation::{ScoringMethod, Source};
use crate::domain::round::suggested_participants;
use crate::state::EvaluationRef;
use crate::ui::fields::TextInput;

#[component]
pub fn ScoringDetails(evaluation: EvaluationRef, profile_id: &'static str) -> impl IntoView {
    let saved = evaluation
        .with_untracked(|e| e.assessment(profile_id))
        .unwrap_or_default();
    let method = evaluation.memo(move |e| e.assessment_field(profile_id, |a| a.method));
    let sources = evaluation.memo(move |e| e.assessment_field(profile_id, |a| a.sources.clone()));
    let dom = move |part: &str| format!("{profile_id}-{part}");
    // From the scoreformulieren that came back: offered, never filled in unasked.
    let suggestion = evaluation.memo(move |e| {
        suggested_participants(e, profile_id).filter(|(who, _)| {
            e.assessment_field(profile_id, |a| a.participants.trim().to_string()) != *who
        })
    });
    let take_over = move |_| {
        let Some((who, how)) = suggestion.get_untracked() else {
            return;
        };
        evaluation.update(|e| {
            let a = e.assessment_mut(profile_id);
            a.participants.clone_from(&who);
            if a.method == ScoringMethod::NotSaid {
                a.method = how;
            }
        });
        // The field is uncontrolled: show the new text in it.
        use wasm_bindgen::JsCast;
        if let Some(input) = document()
            .get_element_by_id(&format!("{profile_id}-deelnemers"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value(&who);
            // Moving focus cannot fail in a way to report: at worst it stays where it was.
            let _ = input.focus();
        }
    };

    let methods = ScoringMethod::ALL
        .into_iter()
        .filter(|m| *m != ScoringMethod::NotSaid)
        .map(|m| {
            let id = dom(&format!("hoe-{}", m.value()));
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name=dom("hoe") class="radio__input"
                        prop:checked=move || method.get() == m
                        on:change=move |_| evaluation.update(|e| e.assessment_mut(profile_id).method = m)/>
                    <label for=id class="radio__label">{m.label()}</label>
                </div>
            }
        })
        .collect_view();
    let source_boxes = Source::ALL
        .into_iter()
        .map(|s| {
            let id = dom(&format!("bron-{}", s.value()));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                evaluation.update(|e| {
                    let list = &mut e.assessment_mut(profile_id).sources;
                    list.retain(|x| *x != s);
                    if on {
                        list.push(s);
                        list.sort();
                    }
                })
            };
            view! {
                <div class="utrecht-form-field field--check">
                    <input type="checkbox" id=id.clone() prop:checked=move || sources.with(|l| l.contains(&s)) on:change=toggle/>
                    <label for=id>{s.label()}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="panel" aria-labelledby=dom("waardering")>
            <h2 id=dom("waardering")>"Hoe kwam de score tot stand?"</h2>
            <p>
                "De organisatie bepaalt zelf wie de score geeft. Laat bij voorkeur meer mensen
                meekijken: het meer-ogen-principe wordt sterk aanbevolen, omdat de score dan zo
                objectief mogelijk is."
            </p>
            <TextInput id=dom("deelnemers") label="Wie deden mee?"
                hint="Rollen of teams, bijvoorbeeld: teamleider toezicht en twee toezichthouders. Namen zijn niet nodig."
                initial=saved.participants on_input=evaluation.setter(move |e, v: String| e.assessment_mut(profile_id).participants = v)/>
            {move || suggestion.get().map(|(who, _)| view! {
                <div class="suggestion">
                    <p>"Uit de teruggekomen scoreformulieren: "<bdi>{who}</bdi>"."</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=take_over>
                        "Overnemen bij 'Wie deden mee?' en 'Hoe is de score gegeven?'"
                    </button>
                </div>
            })}
            <fieldset class="choice">
                <legend>"Hoe is de score gegeven?"</legend>
                {methods}
            </fieldset>
            <TextInput id=dom("datum") label="Datum" kind="date" initial=saved.date
                on_input=evaluation.setter(move |e, v: String| e.assessment_mut(profile_id).date = v)/>
            <fieldset class="choice">
                <legend>"Welke bronnen zijn gebruikt?"</legend>
                <p class="utrecht-form-field-description">
                    "Documenten zijn de harde kant, gesprekken met betrokkenen de zachte kant.
                    Samen geven ze het beste beeld."
                </p>
                {source_boxes}
            </fieldset>
            <TextInput id=dom("bronnen-welke") label="Welke bronnen precies?"
                hint="Bijvoorbeeld: VTH-beleidsplan, opleidingsplan, gesprek met het team vergunningverlening."
                initial=saved.sources_note on_input=evaluation.setter(move |e, v: String| e.assessment_mut(profile_id).sources_note = v)/>
        </section>
    }
}
