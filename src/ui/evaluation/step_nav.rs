//! The steps of one evaluation, each with its progress; marks the current one.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::domain::progress::progress;
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::router::use_route;

#[component]
pub fn StepNav(evaluation: EvaluationRef) -> impl IntoView {
    let route = use_route();
    let mode = evaluation
        .with_untracked(|e| e.mode.clone())
        .unwrap_or_default();
    let progress = Memo::new(move |_| evaluation.with(|e| progress(e, Catalogue::current())));
    let link = move |view: EvaluationView,
                     label: &'static str,
                     status: Box<dyn Fn() -> String + Send + Sync>| {
        let target = Route::of(evaluation, view.clone());
        let href = target.href();
        let current = move || {
            let here = match route.get() {
                Route::Evaluation(_, EvaluationView::Profile(_)) => EvaluationView::SelfEvaluation,
                Route::Evaluation(_, v) => v,
                _ => return None,
            };
            (here == view).then_some("page")
        };
        view! {
            <li>
                <a href=href aria-current=current>
                    <span class="step-nav__label">{label}</span>
                    <span class="step-nav__status">{status}</span>
                </a>
            </li>
        }
    };
    let p = move || progress.get();
    let scored = move || p().map(|p| p.profiles_label()).unwrap_or_default();
    let items = match mode {
        Mode::Own => vec![
            link(
                EvaluationView::Overview,
                "Overzicht",
                Box::new(|| "gegevens".to_string()),
            ),
            link(
                EvaluationView::SelfEvaluation,
                "Stap 1 Zelfevaluatie",
                Box::new(scored),
            ),
            link(
                EvaluationView::PeerReview,
                "Stap 2 Collegiale toetsing",
                Box::new(move || {
                    p().map(|p| p.peer_review.label().to_string())
                        .unwrap_or_default()
                }),
            ),
            link(
                EvaluationView::Conclusions,
                "Stap 3 Conclusies en actieplan",
                Box::new(move || {
                    p().map(|p| p.conclusions.label().to_string())
                        .unwrap_or_default()
                }),
            ),
            link(
                EvaluationView::Report,
                "Rapport",
                Box::new(|| "voor intern, MT of collega's".to_string()),
            ),
        ],
        Mode::Assessor { .. } => vec![
            link(
                EvaluationView::Overview,
                "Overzicht",
                Box::new(|| "uw naam, inleveren".to_string()),
            ),
            link(
                EvaluationView::SelfEvaluation,
                "Stap 1 Scoren",
                Box::new(scored),
            ),
        ],
        Mode::Peer { .. } => vec![
            link(
                EvaluationView::Overview,
                "Overzicht",
                Box::new(|| "uw naam, inleveren".to_string()),
            ),
            link(
                EvaluationView::SelfEvaluation,
                "Zelfevaluatie lezen",
                Box::new(|| "per profiel".to_string()),
            ),
            link(
                EvaluationView::PeerReview,
                "Stap 2 Uw aantekeningen",
                Box::new(|| "bij de vragen".to_string()),
            ),
        ],
    };
    view! {
        <nav class="step-nav" aria-label="Stappen van deze evaluatie">
            <ol>{items}</ol>
        </nav>
    }
}
