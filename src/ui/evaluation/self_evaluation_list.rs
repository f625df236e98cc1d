//! Stap 1: what it asks, and the five profiles with where each stands.

use leptos::prelude::*;

use super::assessors_panel::AssessorsPanel;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::domain::progress::{profile_state, step1_missing, ProfileState};
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route, Step};
use crate::ui::worksheet::WorksheetLinks;

#[component]
pub fn SelfEvaluationList(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let own = evaluation
        .with_untracked(|e| e.mode == Mode::Own)
        .unwrap_or(true);
    let in_scope = evaluation
        .with_untracked(|e| e.mode.in_scope(c))
        .unwrap_or_default();
    let rows = in_scope
        .into_iter()
        .map(|p| {
            let status = evaluation.memo(|e| {
                let a = e.self_evaluation.profiles.get(&p.id);
                let state = profile_state(a);
                match (state, a.and_then(|a| a.score)) {
                    (ProfileState::NotApplicable, _) => state.label().to_string(),
                    (_, Some(score)) => {
                        format!("{}, score {}", state.label(), c.score_label(Some(score)))
                    }
                    (_, None) => crate::domain::round::profile_tag(
                        state.label(),
                        state == ProfileState::NotStarted,
                        crate::domain::round::colleague_scores(e, &p.id),
                    ),
                }
            });
            let href = Route::of(evaluation, EvaluationView::Profile(p.id.clone())).href();
            view! {
                <li>
                    <a href=href>{p.name.as_str()}</a>
                    ": "<span class="profile-status">{move || status.get()}</span>
                </li>
            }
        })
        .collect_view();
    let missing = evaluation.memo(move |e| step1_missing(e, c));
    view! {
        {if own {
            view! {
                <h1 tabindex="-1">"Stap 1: Zelfevaluatie"</h1>
                <div class="help">
                    <p>
                        "Geef per profiel één score van 1 tot 5 en leg in de toelichting uit hoe u tot die
                        score komt. De hulpvragen helpen daarbij; ze zijn niet verplicht. Heeft uw
                        organisatie een rol niet, dan kiest u 'niet van toepassing' en schrijft u op waarom."
                    </p>
                    <p>
                        "Laat meer mensen scoren en praat over de verschillen. Dat heet het
                        meer-ogen-principe. Het wordt sterk aanbevolen: zo wordt de score zo objectief
                        mogelijk."
                    </p>
                </div>
            }.into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Stap 1: Scoren"</h1>
                <div class="help">
                    <p>
                        "Geef per profiel één score van 1 tot 5 en leg in de toelichting uit hoe u tot die
                        score komt. De hulpvragen helpen daarbij; ze zijn niet verplicht. Weet u bij een
                        profiel niet wat u moet geven? Laat de score dan leeg en zeg waarom in de toelichting."
                    </p>
                </div>
            }.into_any()
        }}
        <ul class="profile-list">{rows}</ul>
        {own.then(|| view! { <WorksheetLinks evaluation step=Step::SelfEvaluation/> })}
        {own.then(|| view! {
            <div class="progress-hint" hidden=move || missing.with(Vec::is_empty)>
                <p>"Stap 1 is klaar als elk profiel een score met toelichting heeft, of niet van toepassing is met een reden. Nog te doen:"</p>
                <ul>{move || missing.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
            <AssessorsPanel evaluation/>
        })}
    }
}
