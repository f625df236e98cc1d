//! Where participants and peers send their file back: one field, carried in every
//! scoreformulier and toetsingspakket.

use leptos::prelude::*;

use crate::state::EvaluationRef;
use crate::ui::fields::TextInput;

#[component]
pub fn ReturnAddress(
    evaluation: EvaluationRef,
    /// Unique on the page.
    id: &'static str,
) -> impl IntoView {
    let initial = evaluation
        .with_untracked(|e| e.return_address.clone())
        .unwrap_or_default();
    view! {
        <TextInput id label="Waar sturen zij het bestand naartoe? (niet verplicht)"
            hint="Bijvoorbeeld het e-mailadres van uw team. Het staat in elk scoreformulier en toetsingspakket dat u hierna maakt. Kies liever een teamadres dan een persoonlijk adres."
            kind="email" autocomplete="email" initial
            on_input=evaluation.setter(|e, v: String| e.return_address = v)/>
    }
}
