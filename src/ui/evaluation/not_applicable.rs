//! Stap 1, per profile: "niet van toepassing", for an organisation that does not have this role
//! (for example: juridisch advies is belegd bij de omgevingsdienst). A reason is asked for; the
//! profile then counts as klaar and never as a score.

use leptos::prelude::*;

use crate::state::EvaluationRef;
use crate::ui::fields::TextArea;

#[component]
pub fn NotApplicable(evaluation: EvaluationRef, profile_id: &'static str) -> impl IntoView {
    let checked = evaluation.memo(move |e| e.assessment_field(profile_id, |a| a.not_applicable));
    let reason = evaluation
        .with_untracked(|e| e.assessment(profile_id).not_applicable_reason)
        .unwrap_or_default();
    let box_id = format!("{profile_id}-nvt");
    view! {
        <div class="utrecht-form-field field--check">
            <input type="checkbox" id=box_id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    evaluation.update(|e| e.assessment_mut(profile_id).not_applicable = on)
                }/>
            <label for=box_id>"Dit profiel is niet van toepassing in onze organisatie"</label>
        </div>
        <div hidden=move || !checked.get()>
            <TextArea id=format!("{profile_id}-nvt-reden") label="Waarom is dit profiel niet van toepassing? (verplicht)"
                hint="Bijvoorbeeld: deze taak is belegd bij de omgevingsdienst. Het profiel telt dan niet mee in de scores en grafieken."
                initial=reason rows=2
                on_input=evaluation.setter(move |e, t: String| e.assessment_mut(profile_id).not_applicable_reason = t)/>
        </div>
    }
}
