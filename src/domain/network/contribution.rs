//! One organisation's contribution to a network, made from its evaluation.
//!
//! What it never holds: a toelichting, a note on a hulpvraag, a conclusion, a peer's note, or
//! a name of a person (`tests/host/network.rs` fills every name field of an evaluation and
//! looks for each in the file). What it holds only when the user ticks it: the organisation's
//! name and the text of each action.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{
    ActionOrigin, ActionStatus, Evaluation, OrganisationKind, PeerReviewChoice, ScoringMethod,
    Unknown,
};

/// One organisation's contribution, for one period and catalogue edition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contribution {
    /// Random and kept with the evaluation: a corrected contribution replaces the older one.
    pub id: String,
    pub catalogue_id: String,
    /// The period of the evaluation, e.g. "2025-2026".
    pub period: String,
    pub organisation_kind: Option<OrganisationKind>,
    /// Empty unless the user chose to send it.
    pub organisation: String,
    /// When it was made (ms since 1970 UTC): of two with the same id, the newer counts.
    pub made_ms: i64,
    /// By profile id, every profile of the catalogue.
    pub profiles: BTreeMap<String, ContributedProfile>,
    /// Whether a collegiale toetsing took place (stap 2).
    pub peer_review_held: bool,
    pub actions: Vec<ContributedAction>,
    /// "Wat was onduidelijk of ontbrak in dit profiel?", by profile id.
    pub profile_experiences: BTreeMap<String, String>,
    /// What was unclear or missing in the stappenplan.
    pub stappenplan_experience: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// A profile's score in a contribution, and how it came about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContributedProfile {
    /// 1-5, or none (not scored, or n.v.t.).
    pub score: Option<u8>,
    pub not_applicable: bool,
    pub method: ScoringMethod,
    /// How many took part, never who: 1 for one person, the scoreformulieren with a score,
    /// or the number the user gave for a session; `None` when not known.
    pub participants: Option<u32>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// An action of the actieplan, as a network sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContributedAction {
    /// A profile id, or `None` for an action across all profiles.
    pub profile_id: Option<String>,
    pub origin: ActionOrigin,
    pub status: ActionStatus,
    /// "Wat precies", only when the user ticked "met de tekst van de acties".
    pub text: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Contribution {
    /// "Omgevingsdienst, 2025-2026", or with the name when it was sent.
    pub fn label(&self) -> String {
        let kind = self
            .organisation_kind
            .map_or("Soort organisatie niet gekozen", OrganisationKind::label);
        let mut parts = vec![];
        if !self.organisation.trim().is_empty() {
            parts.push(self.organisation.trim().to_string());
        }
        parts.push(kind.to_string());
        if !self.period.trim().is_empty() {
            parts.push(self.period.trim().to_string());
        }
        parts.join(", ")
    }
}

/// The contribution of `evaluation` as it stands, with the choices kept in
/// `evaluation.contribution` (the id must have been given already). `made_ms`: now.
pub fn make_contribution(
    evaluation: &Evaluation,
    catalogue: &Catalogue,
    made_ms: i64,
) -> Contribution {
    let choice = &evaluation.contribution;
    let profiles = catalogue
        .profiles
        .iter()
        .map(|p| {
            let a = evaluation.assessment(&p.id);
            let participants = if a.not_applicable {
                None
            } else {
                match a.method {
                    ScoringMethod::NotSaid => None,
                    ScoringMethod::Alone => Some(1),
                    ScoringMethod::Session => a.participant_count.filter(|n| *n > 0).map(u32::from),
                    ScoringMethod::SeparateForms => {
                        let forms = evaluation
                            .self_evaluation
                            .assessors
                            .iter()
                            .filter(|f| f.scores.get(&p.id).is_some_and(|s| s.score.is_some()))
                            .count() as u32;
                        (forms > 0).then_some(forms)
                    }
                }
            };
            let contributed = ContributedProfile {
                score: a.counted_score(),
                not_applicable: a.not_applicable,
                method: if a.not_applicable {
                    ScoringMethod::NotSaid
                } else {
                    a.method
                },
                participants,
                unknown: Unknown::new(),
            };
            (p.id.clone(), contributed)
        })
        .collect();
    let actions = evaluation
        .conclusions
        .actions
        .iter()
        .filter(|a| !a.what.trim().is_empty() || a.origin != ActionOrigin::NotSaid)
        .map(|a| ContributedAction {
            profile_id: a.profile_id.clone(),
            origin: a.origin,
            status: a.status,
            text: if choice.with_action_texts {
                a.what.trim().to_string()
            } else {
                String::new()
            },
            unknown: Unknown::new(),
        })
        .collect();
    let experiences = &evaluation.conclusions.experiences;
    Contribution {
        id: choice.id.clone(),
        catalogue_id: evaluation.catalogue_id.clone(),
        period: evaluation.period.trim().to_string(),
        organisation_kind: choice.organisation_kind,
        organisation: if choice.with_name {
            evaluation.organisation.trim().to_string()
        } else {
            String::new()
        },
        made_ms,
        profiles,
        peer_review_held: peer_review_held(evaluation),
        actions,
        profile_experiences: experiences
            .profiles
            .iter()
            .filter(|(id, text)| catalogue.profile(id).is_some() && !text.trim().is_empty())
            .map(|(id, text)| (id.clone(), text.trim().to_string()))
            .collect(),
        stappenplan_experience: experiences.stappenplan.trim().to_string(),
        unknown: Unknown::new(),
    }
}

/// A collegiale toetsing took place: the organisation chose it and a peer replied or the step
/// is marked done.
fn peer_review_held(evaluation: &Evaluation) -> bool {
    let review = &evaluation.peer_review;
    review.choice == PeerReviewChoice::Yes && (review.completed || !review.replies.is_empty())
}
