//! On a profile of stap 1, as context: what the previous cycle gave this profile, folded.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::state::EvaluationRef;

#[component]
pub fn PreviousScore(evaluation: EvaluationRef, profile_id: &'static str) -> impl IntoView {
    let store = evaluation.store();
    let previous = evaluation
        .with_untracked(|e| e.previous_id.clone())
        .flatten()
        .and_then(|id| {
            store.with_untracked(&id, |p| {
                let a = p.assessment(profile_id);
                let label = if a.not_applicable {
                    "niet van toepassing".to_string()
                } else {
                    Catalogue::current().score_label(a.score)
                };
                let text = if a.not_applicable {
                    a.not_applicable_reason
                } else {
                    a.explanation
                };
                (p.period.clone(), label, text)
            })
        });
    previous.map(|(period, label, text)| {
        let period = match period.trim() {
            "" => "vorige cyclus".to_string(),
            p => format!("vorige cyclus, {p}"),
        };
        view! {
            <details class="previous-score">
                <summary>{format!("Score in de {period}: {label}")}</summary>
                {if text.trim().is_empty() {
                    view! { <p>"Er stond geen toelichting bij."</p> }.into_any()
                } else {
                    view! { <p class="prewrap">{text}</p> }.into_any()
                }}
            </details>
        }
    })
}
