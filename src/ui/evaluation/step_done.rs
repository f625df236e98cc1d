//! "Stap N is afgerond": the organisation marks a step as done.

use leptos::prelude::*;

use crate::domain::evaluation::Evaluation;
use crate::state::EvaluationRef;

#[component]
pub fn StepDone(
    evaluation: EvaluationRef,
    id: &'static str,
    label: &'static str,
    done: fn(&Evaluation) -> bool,
    set: fn(&mut Evaluation, bool),
) -> impl IntoView {
    let checked = evaluation.memo(done);
    view! {
        <div class="utrecht-form-field field--check">
            <input type="checkbox" id=id
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    evaluation.update(|e| set(e, on))
                }/>
            <label for=id>{label}</label>
        </div>
    }
}
