//! How far an evaluation is: shown in the list and in the workspace.

use super::catalogue::Catalogue;
use super::evaluation::{Evaluation, PeerReviewChoice};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    NotStarted,
    InProgress,
    Done,
    /// Only step 2, when the organisation chose not to do a collegiale toetsing.
    Skipped,
}

impl StepStatus {
    pub fn label(self) -> &'static str {
        match self {
            StepStatus::NotStarted => "niet gestart",
            StepStatus::InProgress => "bezig",
            StepStatus::Done => "afgerond",
            StepStatus::Skipped => "niet gekozen",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub profiles_scored: usize,
    pub profiles_total: usize,
    pub self_evaluation: StepStatus,
    pub peer_review: StepStatus,
    pub conclusions: StepStatus,
}

impl Progress {
    /// "3 van 5 profielen gescoord"
    pub fn scored_label(&self) -> String {
        format!(
            "{} van {} profielen gescoord",
            self.profiles_scored, self.profiles_total
        )
    }

    /// One line for lists: all three steps.
    pub fn summary(&self) -> String {
        format!(
            "Stap 1: {}. Stap 2: {}. Stap 3: {}.",
            self.scored_label(),
            self.peer_review.label(),
            self.conclusions.label()
        )
    }
}

pub fn progress(evaluation: &Evaluation, catalogue: &Catalogue) -> Progress {
    let total = catalogue.profiles.len();
    let assessments = &evaluation.self_evaluation.profiles;
    let scored = catalogue
        .profiles
        .iter()
        .filter(|p| assessments.get(&p.id).is_some_and(|a| a.score.is_some()))
        .count();
    let anything_written = assessments
        .values()
        .any(|a| !a.explanation.trim().is_empty() || !a.notes.is_empty());
    let self_evaluation = if scored == total {
        StepStatus::Done
    } else if scored > 0 || anything_written {
        StepStatus::InProgress
    } else {
        StepStatus::NotStarted
    };

    let peer = &evaluation.peer_review;
    let peer_review = match peer.choice {
        PeerReviewChoice::No => StepStatus::Skipped,
        _ if peer.completed => StepStatus::Done,
        PeerReviewChoice::Yes => StepStatus::InProgress,
        PeerReviewChoice::Undecided
            if !peer.notes.is_empty()
                || !peer.peers.trim().is_empty()
                || !peer.own_questions.is_empty() =>
        {
            StepStatus::InProgress
        }
        PeerReviewChoice::Undecided => StepStatus::NotStarted,
    };

    let concl = &evaluation.conclusions;
    let conclusions = if concl.completed {
        StepStatus::Done
    } else if !concl.notes.is_empty() || !concl.actions.is_empty() {
        StepStatus::InProgress
    } else {
        StepStatus::NotStarted
    };

    Progress {
        profiles_scored: scored,
        profiles_total: total,
        self_evaluation,
        peer_review,
        conclusions,
    }
}
