//! Links from a step to its worksheet: filled in with what is entered, or blank.

use leptos::prelude::*;

use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route, Step};

#[component]
pub fn WorksheetLinks(evaluation: EvaluationRef, step: Step) -> impl IntoView {
    view! {
        <p class="worksheet-links">
            "Liever op papier, bijvoorbeeld in een vergaderruimte? "
            <a href=Route::of(evaluation, EvaluationView::Worksheet(step)).href()>{format!("Werkblad {} afdrukken (ingevuld)", step.title())}</a>
            " of "
            <a href=Route::Worksheet(step).href()>"een leeg werkblad"</a>"."
        </p>
    }
}
