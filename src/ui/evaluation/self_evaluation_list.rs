//! Stap 1: what it asks, and the five profiles with their score so far.

use leptos::prelude::*;

use super::assessors_panel::AssessorsPanel;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};

#[component]
pub fn SelfEvaluationList(evaluation: EvaluationRef) -> impl IntoView {
    let c = Catalogue::current();
    let own = evaluation
        .with_untracked(|e| e.mode == Mode::Own)
        .unwrap_or(true);
    let rows = c
        .profiles
        .iter()
        .map(|p| {
            let score = evaluation.memo(|e| e.score(&p.id));
            let status = move || c.score_label(score.get());
            let href = Route::of(evaluation, EvaluationView::Profile(p.id.clone())).href();
            view! {
                <li>
                    <a href=href>{p.name.as_str()}</a>
                    ": "<span class="profile-status">{status}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">"Stap 1: Zelfevaluatie"</h1>
        <div class="help">
            <p>
                "Geef per profiel één score van 1 tot 5. Leg uit hoe u tot die score komt. De
                hulpvragen helpen daarbij; ze zijn niet verplicht."
            </p>
            <p>
                "Laat liefst meer mensen scoren en praat over de verschillen. Dat heet het
                meer-ogen-principe. Het maakt de score eerlijker."
            </p>
        </div>
        <ul class="profile-list">{rows}</ul>
        {own.then(|| view! { <AssessorsPanel evaluation/> })}
    }
}
