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
                Route::Evaluation(_, EvaluationView::Contribution) => EvaluationView::Report,
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
                Box::new(|| "uw organisatie, inleveren".to_string()),
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
    // At narrow widths the five cards would fill the first screen: where the user is with the
    // overview beside it, then previous and next side by side (CSS shows one or the other).
    let foldable = mode == Mode::Own;
    let compact = foldable.then(|| {
        // Where the user is, without the step's name: the page's h1 right below says it.
        const STEPS: [(&str, &str); 5] = [
            ("Overzicht", "Overzicht"),
            ("Stap 1 van 3", "Stap 1"),
            ("Stap 2 van 3", "Stap 2"),
            ("Stap 3 van 3", "Stap 3"),
            ("Rapport", "Rapport"),
        ];
        let views = [
            EvaluationView::Overview,
            EvaluationView::SelfEvaluation,
            EvaluationView::PeerReview,
            EvaluationView::Conclusions,
            EvaluationView::Report,
        ];
        move || {
            let here = match route.get() {
                Route::Evaluation(_, EvaluationView::Profile(_)) => 1,
                Route::Evaluation(_, EvaluationView::Contribution) => 4,
                Route::Evaluation(_, v) => views.iter().position(|x| *x == v).unwrap_or(0),
                _ => 0,
            };
            let to = |i: usize| Route::of(evaluation, views[i].clone()).href();
            view! {
                <div class="step-nav__compact">
                    <p class="step-nav__here">
                        <span>{STEPS[here].0}</span>
                        {(here > 1).then(|| view! { <a href=to(0)>"Overzicht"</a> })}
                    </p>
                    <p class="step-nav__links">
                        {(here > 0).then(|| view! { <a href=to(here - 1)>{format!("Vorige: {}", STEPS[here - 1].1)}</a> })}
                        {(here + 1 < STEPS.len()).then(|| view! { <a href=to(here + 1)>{format!("Volgende: {}", STEPS[here + 1].1)}</a> })}
                    </p>
                </div>
            }
        }
    });
    view! {
        <nav class="step-nav" class:step-nav--foldable=foldable aria-label="Stappen van deze evaluatie">
            {compact}
            <ol>{items}</ol>
        </nav>
    }
}
