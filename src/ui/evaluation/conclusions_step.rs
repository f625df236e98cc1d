//! Stap 3: conclusies en actieplan.

use leptos::prelude::*;

use super::step_done::StepDone;

use super::action_plan::ActionPlan;
use super::conclusion_inputs::ConclusionInputs;
use super::experiences::Experiences;
use crate::domain::catalogue::{Catalogue, QuestionGroup};
use crate::domain::evaluation::set_note;
use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;
use crate::ui::route::Step;
use crate::ui::worksheet::WorksheetLinks;

#[component]
pub fn ConclusionsStep(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let saved = evaluation
        .with_untracked(|e| e.conclusions.notes.clone())
        .unwrap_or_default();
    let notes = |group: &'static QuestionGroup| {
        group
            .questions
            .iter()
            .map(|q| {
                let on_input = evaluation
                    .setter(move |e, t: String| set_note(&mut e.conclusions.notes, &q.id, t));
                view! {
                    <TextArea id=q.id.clone() label=q.text.clone()
                        initial=saved.get(&q.id).cloned().unwrap_or_default() on_input rows=4/>
                }
            })
            .collect_view()
    };
    let groups = &c.hulpvragen.conclusies_actieplan.groups;
    let conclusions = groups.iter().find(|g| g.id == "conclusies").map(notes);
    let plan_question = groups.iter().find(|g| g.id == "actieplan").map(notes);

    view! {
        <h1 tabindex="-1">"Stap 3: Conclusies en actieplan"</h1>
        <div class="help">
            <p>
                "Kijk terug op stap 1 en, als u die deed, stap 2. Waar staat de organisatie? Waar
                wilt u naartoe groeien? Maak daarna een actieplan voor de komende twee jaar."
            </p>
        </div>
        <WorksheetLinks evaluation step=Step::Conclusions/>
        <ConclusionInputs evaluation/>
        <section aria-labelledby="conclusies-titel">
            <h2 id="conclusies-titel">"Conclusies"</h2>
            {conclusions}
        </section>
        <section aria-labelledby="actieplan-titel">
            <h2 id="actieplan-titel">"Actieplan"</h2>
            {plan_question}
            <ActionPlan evaluation/>
        </section>
        <Experiences evaluation/>
        <StepDone evaluation id="conclusies-afgerond" label="Stap 3 is afgerond"
            done=|e| e.conclusions.completed set=|e, on| e.conclusions.completed = on/>
    }
}
