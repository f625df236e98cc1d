//! The evaluation as a task list (the pattern of GOV.UK and Dutch government services for
//! forms in parts): every step, and every profile of stap 1, a row that links to it with its
//! status: "Niet gestart", "Bezig", "Klaar", "Niet van toepassing".

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::progress::{profile_state, progress, ProfileState, StepStatus};
use crate::domain::round::{colleague_scores, form_round, package_round, profile_tag, round_label};
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};

/// One row: what, where it links to, its status tag and whether that is "done".
fn row(id: String, name: String, href: String, tag: String, done: bool) -> impl IntoView {
    let status_id = format!("taak-{id}-status");
    view! {
        <li class="task-list__item">
            <a class="task-list__name" href=href aria-describedby=status_id.clone()>{name}</a>
            <strong class="task-list__status" class:task-list__status--done=done id=status_id>{tag}</strong>
        </li>
    }
}

#[component]
pub fn TaskList(evaluation: EvaluationRef) -> impl IntoView {
    let catalogue = Catalogue::current();
    let href = move |view: EvaluationView| Route::of(evaluation, view).href();
    // Only the statuses: typing in the overview's fields does not draw the list again.
    let statuses = Memo::new(move |_| {
        evaluation.with(|e| {
            let states: Vec<(ProfileState, usize)> = catalogue
                .profiles
                .iter()
                .map(|p| {
                    (
                        profile_state(e.self_evaluation.profiles.get(&p.id)),
                        colleague_scores(e, &p.id),
                    )
                })
                .collect();
            let rounds = (
                round_label(
                    &form_round(e, catalogue),
                    "scoreformulier",
                    "scoreformulieren",
                ),
                round_label(&package_round(e), "toetsingspakket", "toetsingspakketten"),
            );
            (progress(e, catalogue), states, rounds)
        })
    });
    let rows = move || {
        statuses.with(|s| {
            let (p, states, (forms, packages)) = s.as_ref()?;
            let profiles = catalogue
                .profiles
                .iter()
                .zip(states.iter().copied())
                .map(|(profile, (state, colleagues))| {
                    row(
                        profile.id.clone(),
                        profile.name.clone(),
                        href(EvaluationView::Profile(profile.id.clone())),
                        profile_tag(&state.tag(), state == ProfileState::NotStarted, colleagues),
                        state.finished(),
                    )
                })
                .collect_view();
            let step = |id: &str, name: &str, view: EvaluationView, status: StepStatus| {
                row(
                    id.to_string(),
                    name.to_string(),
                    href(view),
                    status.tag(),
                    matches!(status, StepStatus::Done | StepStatus::Skipped),
                )
            };
            Some(view! {
                <li class="task-list__section">
                    <h3 class="task-list__heading">"Stap 1: Zelfevaluatie"</h3>
                    <p class="task-list__hint">{p.profiles_label()}{forms.clone().map(|f| format!(". Scoreformulieren: {f}"))}</p>
                    <ul class="task-list__items">{profiles}</ul>
                </li>
                <li class="task-list__section">
                    <h3 class="task-list__heading">"Stap 2 en 3"</h3>
                    {packages.clone().map(|p| view! { <p class="task-list__hint">{format!("Toetsingspakketten: {p}")}</p> })}
                    <ul class="task-list__items">
                        {step("stap-2", "Stap 2: Collegiale toetsing (niet verplicht)", EvaluationView::PeerReview, p.peer_review)}
                        {step("stap-3", "Stap 3: Conclusies en actieplan", EvaluationView::Conclusions, p.conclusions)}
                    </ul>
                </li>
            })
        })
    };
    view! {
        <section aria-labelledby="taken-titel" class="task-list">
            <h2 id="taken-titel">"Wat er te doen is"</h2>
            <ol class="task-list__sections">{rows}</ol>
            <p><a href=href(EvaluationView::Report)>"Rapport maken: intern, voor MT of bestuur, of voor de collegiale toetsing"</a></p>
        </section>
    }
}
