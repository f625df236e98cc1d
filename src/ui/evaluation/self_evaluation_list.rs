//! Stap 1: what it asks, and the five profiles with their score so far.

use leptos::prelude::*;

use super::assessors_panel::AssessorsPanel;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::store::use_store;

#[component]
pub fn SelfEvaluationList(evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let c = Catalogue::current();
    let own = store
        .with_untracked_evaluation(&evaluation_id, |e| e.mode == Mode::Own)
        .unwrap_or(true);
    let rows = c
        .profiles
        .iter()
        .map(|p| {
            let id = evaluation_id.clone();
            let status = move || {
                let score = store.with(&id, |e| e.score(&p.id)).flatten();
                match score.and_then(|s| c.scale_level(s)) {
                    Some(level) => format!("score {} ({})", level.value, level.label_nl),
                    None => "nog niet gescoord".to_string(),
                }
            };
            let href =
                Route::Evaluation(evaluation_id.clone(), EvaluationView::Profile(p.id.clone()))
                    .href();
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
        {own.then(|| view! { <AssessorsPanel evaluation_id=evaluation_id.clone()/> })}
    }
}
