//! The report of one evaluation for the reader the user chooses: everything (internal), a
//! summary for the management team or the board, or what the peer organisations receive.
//! Page, print, Word, OpenDocument and Markdown come from the same blocks.

use leptos::prelude::*;

use super::report_body::report_body;
use super::report_choice::ReportChoice;
use super::report_downloads::ReportDownloads;
use crate::domain::catalogue::Catalogue;
use crate::domain::report::{build, document, Block, ReportOptions, ReportVariant};
use crate::state::EvaluationRef;
use crate::ui::pages::{LazyPart, Part};
use crate::ui::route::{EvaluationView, Route};

#[component]
pub fn ReportPage(evaluation: EvaluationRef) -> impl IntoView {
    let variant = RwSignal::new(ReportVariant::Full);
    let show_names = RwSignal::new(false);
    let today = evaluation.store().today();
    let blocks = Memo::new(move |_| {
        let options = ReportOptions::new(variant.get(), show_names.get());
        evaluation
            .with_untracked(|e| document(&build(e, Catalogue::current(), today, options)))
            .unwrap_or_default()
    });
    let title = move || {
        blocks.with(|b| match b.first() {
            Some(Block::Title(t)) => t.clone(),
            _ => String::new(),
        })
    };
    view! {
        <div class="report" class:report--summary=move || variant.get() == ReportVariant::Summary>
            <h1 tabindex="-1">{title}</h1>
            <div class="report-controls">
                <ReportChoice variant show_names/>
                <ReportDownloads evaluation variant show_names/>
            </div>
            {move || report_body(blocks.get().into_iter().skip(1).collect(), variant.get() == ReportVariant::Summary)}
            // The network's spread beside the own scores: the full internal report only.
            {move || (variant.get() == ReportVariant::Full).then(|| view! { <LazyPart part=Part::OthersScores evaluation quiet=true/> })}
            <p class="no-print">
                "Leren van andere organisaties? "
                <a href=Route::of(evaluation, EvaluationView::Contribution).href()>"Bijdrage voor het netwerk maken"</a>
            </p>
        </div>
    }
}
