//! How far an evaluation is: shown in the list and in the workspace.
//!
//! Stap 1 asks for a score "onderbouwd met een toelichting" per profile, and the source wants to
//! discourage ticking boxes ("afvinken ontmoedigen"): a profile counts as klaar only when it has
//! a score and a toelichting, or is marked "niet van toepassing" with a reason.

use super::catalogue::Catalogue;
use super::evaluation::{Evaluation, PeerReviewChoice, ProfileAssessment};

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
            StepStatus::Done => "klaar",
            StepStatus::Skipped => "deze keer niet",
        }
    }

    /// As a status tag in the task list: "Niet gestart", "Bezig", "Klaar", "Deze keer niet".
    pub fn tag(self) -> String {
        capitalised(self.label())
    }
}

/// "profiel" or "profielen", in the number of `count`.
pub fn profile_noun(count: usize) -> &'static str {
    if count == 1 {
        "profiel"
    } else {
        "profielen"
    }
}

/// The text with its first letter in upper case: a label used at the start of a sentence.
pub fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Where one profile of stap 1 stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileState {
    NotStarted,
    InProgress,
    /// Scored, with a toelichting.
    Done,
    /// Marked "niet van toepassing", with a reason.
    NotApplicable,
}

impl ProfileState {
    pub fn label(self) -> &'static str {
        match self {
            ProfileState::NotStarted => "niet gestart",
            ProfileState::InProgress => "bezig",
            ProfileState::Done => "klaar",
            ProfileState::NotApplicable => "niet van toepassing",
        }
    }

    /// As a status tag in the task list: "Niet gestart", "Bezig", "Klaar", "Niet van toepassing".
    pub fn tag(self) -> String {
        capitalised(self.label())
    }

    /// Klaar, or not applicable: nothing more to do.
    pub fn finished(self) -> bool {
        matches!(self, ProfileState::Done | ProfileState::NotApplicable)
    }
}

/// Where one profile stands, from its assessment (none: nothing entered).
pub fn profile_state(assessment: Option<&ProfileAssessment>) -> ProfileState {
    let Some(a) = assessment else {
        return ProfileState::NotStarted;
    };
    let reason = !a.not_applicable_reason.trim().is_empty();
    let explained = !a.explanation.trim().is_empty();
    if a.not_applicable {
        return if reason {
            ProfileState::NotApplicable
        } else {
            ProfileState::InProgress
        };
    }
    if a.score.is_some() && explained {
        return ProfileState::Done;
    }
    let anything = a.score.is_some()
        || explained
        || !a.notes.is_empty()
        || !a.participants.trim().is_empty()
        || !a.sources.is_empty();
    if anything {
        ProfileState::InProgress
    } else {
        ProfileState::NotStarted
    }
}

/// What a profile still needs before it counts as klaar, as the end of a sentence; `None`
/// when it is finished.
pub fn still_missing(assessment: Option<&ProfileAssessment>) -> Option<&'static str> {
    let empty = ProfileAssessment::default();
    let a = assessment.unwrap_or(&empty);
    if profile_state(Some(a)).finished() {
        return None;
    }
    let explained = !a.explanation.trim().is_empty();
    Some(match (a.not_applicable, a.score.is_some(), explained) {
        (true, _, _) => "schrijf op waarom dit profiel niet van toepassing is",
        (false, true, false) => "leg de score uit in de toelichting",
        (false, false, true) => "kies nog een score",
        (false, false, false) => "kies een score en leg die uit in de toelichting",
        (false, true, true) => "alles is ingevuld",
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Profiles with a score and a toelichting, or not applicable with a reason.
    pub profiles_done: usize,
    pub profiles_total: usize,
    pub self_evaluation: StepStatus,
    pub peer_review: StepStatus,
    pub conclusions: StepStatus,
}

impl Progress {
    /// "3 van 5 profielen klaar"
    pub fn profiles_label(&self) -> String {
        let noun = profile_noun(self.profiles_total);
        format!(
            "{} van {} {noun} klaar",
            self.profiles_done, self.profiles_total
        )
    }

    /// One line for lists: all three steps.
    pub fn summary(&self) -> String {
        format!(
            "Stap 1: {}. Stap 2: {}. Stap 3: {}.",
            self.profiles_label(),
            self.peer_review.label(),
            self.conclusions.label()
        )
    }
}

/// Per profile of stap 1 that is not finished: "Casemanager: leg de score uit in de toelichting".
pub fn step1_missing(evaluation: &Evaluation, catalogue: &Catalogue) -> Vec<String> {
    evaluation
        .mode
        .in_scope(catalogue)
        .into_iter()
        .filter_map(|p| {
            still_missing(evaluation.self_evaluation.profiles.get(&p.id))
                .map(|what| format!("{}: {what}", p.name))
        })
        .collect()
}

pub fn progress(evaluation: &Evaluation, catalogue: &Catalogue) -> Progress {
    let mut in_scope = evaluation.mode.in_scope(catalogue);
    if matches!(evaluation.mode, super::evaluation::Mode::Assessor { .. }) {
        // On a scoreformulier the organisation's n.v.t. profiles are not asked.
        in_scope.retain(|p| !evaluation.not_applicable(&p.id));
    }
    let total = in_scope.len();
    let assessments = &evaluation.self_evaluation.profiles;
    let states: Vec<ProfileState> = in_scope
        .iter()
        .map(|p| profile_state(assessments.get(&p.id)))
        .collect();
    let done = states.iter().filter(|s| s.finished()).count();
    let self_evaluation = if done == total {
        StepStatus::Done
    } else if states.iter().any(|s| *s != ProfileState::NotStarted) {
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
        profiles_done: done,
        profiles_total: total,
        self_evaluation,
        peer_review,
        conclusions,
    }
}
