//! Worksheets to print, for the conversations of stap 1, 2 and 3 held on paper in a meeting
//! room: blank (from the stappenplan) or filled in with what is entered so far (from each
//! step). They follow the source's tables: the hulpvragen beside "Ruimte voor aantekeningen".

mod conclusions_sheet;
mod peer_review_sheet;
mod questions_table;
mod self_evaluation_sheet;
mod worksheet_links;
mod worksheet_page;
mod write_space;

pub use worksheet_links::WorksheetLinks;

use crate::domain::evaluation::Evaluation;
use crate::state::EvaluationRef;

/// What a sheet is filled in with: the evaluation as it is now, or nothing (a blank sheet).
fn snapshot(evaluation: Option<EvaluationRef>) -> Evaluation {
    evaluation
        .and_then(|e| e.get_untracked())
        .unwrap_or_default()
}
pub use worksheet_page::WorksheetPage;
