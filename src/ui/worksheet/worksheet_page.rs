//! A worksheet page: title, what it is for, a print button, and the sheet of the step.

use leptos::prelude::*;

use super::conclusions_sheet::ConclusionsSheet;
use super::peer_review_sheet::PeerReviewSheet;
use super::self_evaluation_sheet::SelfEvaluationSheet;
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route, Step};

#[component]
pub fn WorksheetPage(
    step: Step,
    /// Filled in with this evaluation; `None`: blank.
    #[prop(optional)]
    evaluation: Option<EvaluationRef>,
) -> impl IntoView {
    let print = |_| {
        // The browser shows its own print dialog; nothing comes back to report.
        let _ = window().print();
    };
    let (title, lead) = match evaluation {
        Some(_) => (
            format!("Werkblad {}", step.title()),
            "Dit werkblad bevat wat er tot nu toe is ingevuld. Druk het af voor het gesprek en schrijf aanvullingen erbij.",
        ),
        None => (
            format!("Leeg werkblad {}", step.title()),
            "Voor een gesprek op papier, bijvoorbeeld in een vergaderruimte. Druk het af en schrijf de antwoorden in de vakken. Zet ze daarna in de app.",
        ),
    };
    let other = match evaluation {
        Some(_) => Route::Worksheet(step),
        None => Route::Stappenplan,
    };
    let other_label = match evaluation {
        Some(_) => "Leeg werkblad",
        None => "Terug naar het stappenplan",
    };
    let back = evaluation.map(|e| {
        let view = match step {
            Step::SelfEvaluation => EvaluationView::SelfEvaluation,
            Step::PeerReview => EvaluationView::PeerReview,
            Step::Conclusions => EvaluationView::Conclusions,
        };
        view! { <a href=Route::of(e, view).href()>{format!("Terug naar {}", step.title())}</a> }
    });
    let sheet = match step {
        Step::SelfEvaluation => view! { <SelfEvaluationSheet evaluation/> }.into_any(),
        Step::PeerReview => view! { <PeerReviewSheet evaluation/> }.into_any(),
        Step::Conclusions => view! { <ConclusionsSheet evaluation/> }.into_any(),
    };
    view! {
        <div class="worksheet">
            <h1 tabindex="-1">{title}</h1>
            <p class="lead worksheet__lead">{lead}</p>
            <div class="utrecht-button-group report-actions">
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=print>"Afdrukken of opslaan als PDF"</button>
                {back}
                <a href=other.href()>{other_label}</a>
            </div>
            {sheet}
        </div>
    }
}
