//! One evaluation: its heading, step navigation with progress, data notice and the view
//! for the route. Views are re-created when the evaluation is replaced from outside
//! (another tab, a conflict choice), so their fields show the new text.

use leptos::prelude::*;

use super::conclusions_step::ConclusionsStep;
use super::copy_overview::CopyOverview;
use super::overview::Overview;
use super::peer_readout::PeerReadout;
use super::peer_review_step::PeerReviewStep;
use super::profile_assessment::ProfileAssessment;
use super::self_evaluation_list::SelfEvaluationList;
use super::step_nav::StepNav;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Mode;
use crate::state::EvaluationRef;
use crate::ui::pages::{LazyPart, Part};
use crate::ui::report::ReportPage;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::status::DataNotice;
use crate::ui::working_file::SaveCopyReminder;
use crate::ui::worksheet::WorksheetPage;

#[component]
pub fn Workspace(evaluation: EvaluationRef, view: EvaluationView) -> impl IntoView {
    let name = Memo::new(move |_| evaluation.with(|e| e.display_name()));
    // A memo of its own: the name changes with every keystroke, existence does not, and the
    // whole workspace is drawn again only when existence changes.
    let exists = Memo::new(move |_| name.with(Option::is_some));
    let mode = evaluation.memo(|e| e.mode.clone());
    let body = move || {
        evaluation.store().epoch().track();
        let mode = evaluation
            .with_untracked(|e| e.mode.clone())
            .unwrap_or_default();
        let (own, peer) = (mode == Mode::Own, matches!(mode, Mode::Peer { .. }));
        match view.clone() {
            EvaluationView::Overview if own => view! { <Overview evaluation/> }.into_any(),
            EvaluationView::Overview => view! { <CopyOverview evaluation/> }.into_any(),
            EvaluationView::SelfEvaluation | EvaluationView::Profile(_) if peer => view! { <PeerReadout evaluation/> }.into_any(),
            EvaluationView::SelfEvaluation => view! { <SelfEvaluationList evaluation/> }.into_any(),
            EvaluationView::Profile(profile_id) => match Catalogue::current().profile(&profile_id) {
                Some(profile) => view! { <ProfileAssessment evaluation profile/> }.into_any(),
                None => view! { <p>"Dit profiel bestaat niet. Kies een profiel in de lijst van stap 1."</p> }.into_any(),
            },
            EvaluationView::PeerReview if own || peer => view! { <PeerReviewStep evaluation/> }.into_any(),
            EvaluationView::Conclusions if own => view! { <ConclusionsStep evaluation/> }.into_any(),
            EvaluationView::Report if own => view! { <ReportPage evaluation/> }.into_any(),
            EvaluationView::Contribution if own => view! { <LazyPart part=Part::Contribution evaluation/> }.into_any(),
            EvaluationView::Worksheet(step) if own => view! { <WorksheetPage step evaluation/> }.into_any(),
            EvaluationView::PeerReview | EvaluationView::Conclusions | EvaluationView::Report | EvaluationView::Contribution | EvaluationView::Worksheet(_) => view! {
                <h1 tabindex="-1">"Deze stap hoort niet bij dit formulier"</h1>
                <p>"Kies een stap in de lijst hierboven."</p>
            }.into_any(),
        }
    };
    move || {
        if exists.get() {
            view! {
                // One compact header: which evaluation this is (context, not the page's
                // heading), then the steps; the page's own h1 follows close below.
                <p class="workspace__context">
                    <span class="eyebrow">{move || mode.with(Mode::eyebrow)}</span>
                    " "
                    <span class="workspace__name">{move || name.get()}</span>
                </p>
                <StepNav evaluation/>
                {move || (mode.with(|m| *m == Mode::Own)).then(|| view! { <SaveCopyReminder evaluation/> })}
                {body.clone()}
                <DataNotice evaluation/>
            }
            .into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Evaluatie niet gevonden"</h1>
                <p>"Deze evaluatie staat niet in deze browser. Misschien is ze verwijderd, of gemaakt in een andere browser. Daar kunt u haar exporteren en hier importeren."</p>
                <p><a href=Route::Evaluations.href()>"Naar mijn evaluaties"</a></p>
            }
            .into_any()
        }
    }
}
