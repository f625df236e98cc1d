//! One evaluation: an organisation working through the three steps for one period.
//!
//! Everything here is persisted. Every struct has `#[serde(default)]`, so a file or stored
//! value written by an older version (with fewer fields) still loads.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::catalogue::CURRENT_CATALOGUE_ID;

/// Answers to hulpvragen, by question id (see the catalogue).
pub type Notes = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// Random id, unique in this browser and across exported files.
    pub id: String,
    /// The catalogue edition this evaluation was made with.
    pub catalogue_id: String,
    /// "Naam organisatie".
    pub organisation: String,
    /// "Naam/functie contactpersoon".
    pub contact: String,
    /// The two-year period, e.g. "2025-2026".
    pub period: String,
    /// Start date, `jjjj-mm-dd`.
    pub start_date: String,
    /// Milliseconds since 1970 (UTC).
    pub created_ms: i64,
    pub updated_ms: i64,
    /// When this evaluation was last exported to a file, if ever.
    pub last_export_ms: Option<i64>,
    /// Goes up by one on every save; a save expects the stored revision to be unchanged,
    /// so two tabs never silently overwrite each other.
    pub revision: u64,
    pub self_evaluation: SelfEvaluation,
    pub peer_review: PeerReview,
    pub conclusions: Conclusions,
    /// Whose work this is: the organisation's own, or an assessor's or peer's copy.
    pub mode: Mode,
    /// The evaluation of the previous cycle this one was started from, if any.
    pub previous_id: Option<String>,
}

/// What this evaluation is in this browser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Mode {
    /// The organisation's own evaluation (the coordinator's).
    #[default]
    Own,
    /// A beoordelingsformulier an assessor fills in for the evaluation `source_id`: only the
    /// scores and notes of stap 1, without anyone else's scores.
    Assessor { source_id: String, assessor: String },
    /// A peer organisation's copy for the collegiale toetsing of `source_id`: the
    /// self-evaluation to read, and the peer's own notes.
    Peer {
        source_id: String,
        peer_organisation: String,
        author: String,
    },
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation {
            id: String::new(),
            catalogue_id: CURRENT_CATALOGUE_ID.to_string(),
            organisation: String::new(),
            contact: String::new(),
            period: String::new(),
            start_date: String::new(),
            created_ms: 0,
            updated_ms: 0,
            last_export_ms: None,
            revision: 0,
            self_evaluation: SelfEvaluation::default(),
            peer_review: PeerReview::default(),
            conclusions: Conclusions::default(),
            mode: Mode::Own,
            previous_id: None,
        }
    }
}

/// Stap 1: per profile id, the holistic score and its explanation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfEvaluation {
    pub profiles: BTreeMap<String, ProfileAssessment>,
    /// Meer-ogen-principe: the scores of each assessor, imported from their forms.
    pub assessors: Vec<AssessorInput>,
}

/// One assessor's scores, from the beoordelingsformulier they returned.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessorInput {
    /// The id of the assessor's copy: importing the same assessor again updates this entry.
    pub id: String,
    pub name: String,
    pub submitted_ms: i64,
    /// Per profile id.
    pub scores: BTreeMap<String, AssessorScore>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessorScore {
    pub score: Option<u8>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileAssessment {
    /// 1-5 on the beoordelingsschaal; `None` is "nog niet gescoord".
    pub score: Option<u8>,
    /// "Hoe kom je tot deze score?"
    pub explanation: String,
    /// Notes per hulpvraag of step 1.
    pub notes: Notes,
    /// Why the agreed score is what it is, when assessors scored differently.
    pub consensus_note: String,
}

/// Whether the organisation does the optional collegiale toetsing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeerReviewChoice {
    #[default]
    Undecided,
    Yes,
    No,
}

/// Stap 2 (optioneel): collegiale toetsing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerReview {
    pub choice: PeerReviewChoice,
    /// The peer organisations, free text.
    pub peers: String,
    /// Date of the conversation, `jjjj-mm-dd`.
    pub date: String,
    pub participants: String,
    /// Notes per hulpvraag of step 2.
    pub notes: Notes,
    /// Questions the organisation adds itself ("ruimte voor eigen invulling").
    pub own_questions: Vec<OwnQuestion>,
    /// The organisation marks the step as done.
    pub completed: bool,
    /// In a peer's copy: the peer's notes per profile id. (In the organisation's own
    /// evaluation the peers' notes arrive as `replies`.)
    pub profile_notes: Notes,
    /// Replies of peer organisations, imported from their files.
    pub replies: Vec<PeerReply>,
}

/// A peer organisation's notes on the collegiale toetsing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerReply {
    /// The id of the peer's copy: importing the same reply again updates this entry.
    pub id: String,
    pub peer_organisation: String,
    pub author: String,
    pub submitted_ms: i64,
    /// Per hulpvraag id of step 2.
    pub notes: Notes,
    /// Per own question id of the organisation.
    pub own_question_notes: Notes,
    /// Per profile id.
    pub profile_notes: Notes,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnQuestion {
    pub id: String,
    pub text: String,
    pub notes: String,
}

/// Stap 3: conclusies en actieplan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conclusions {
    /// Notes per conclusion question (and the actieplan question).
    pub notes: Notes,
    pub actions: Vec<ActionItem>,
    pub completed: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Gepland",
            ActionStatus::InProgress => "Bezig",
            ActionStatus::Done => "Gereed",
        }
    }
}

/// One point of the actieplan, as SMART as the organisation can make it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionItem {
    pub id: String,
    /// A profile id, or `None` for "overkoepelend" (all profiles).
    pub profile_id: Option<String>,
    /// Wat precies (specifiek).
    pub what: String,
    /// Hoe meetbaar: het succescriterium.
    pub measure: String,
    /// Wie is eigenaar.
    pub owner: String,
    /// Middelen: tijd, geld, mensen.
    pub resources: String,
    /// Uiterlijk klaar op, `jjjj-mm-dd`.
    pub deadline: String,
    pub status: ActionStatus,
    /// Taken over, unfinished, from the previous cycle's action plan.
    pub carried_over: bool,
}

impl Evaluation {
    /// A new, empty evaluation for the current catalogue.
    pub fn new(id: String, now_ms: i64) -> Self {
        Evaluation {
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            ..Evaluation::default()
        }
    }

    /// How the evaluation is named in lists and messages: "Organisatie, periode".
    pub fn display_name(&self) -> String {
        let org = match self.organisation.trim() {
            "" => "Naamloze evaluatie",
            name => name,
        };
        match self.period.trim() {
            "" => org.to_string(),
            period => format!("{org}, {period}"),
        }
    }

    /// The assessment of one profile, empty if nothing was entered yet.
    pub fn assessment(&self, profile_id: &str) -> ProfileAssessment {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .cloned()
            .unwrap_or_default()
    }

    /// The holistic score of one profile, without copying its texts.
    pub fn score(&self, profile_id: &str) -> Option<u8> {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .and_then(|a| a.score)
    }

    /// The assessment of one profile, to change it.
    pub fn assessment_mut(&mut self, profile_id: &str) -> &mut ProfileAssessment {
        self.self_evaluation
            .profiles
            .entry(profile_id.to_string())
            .or_default()
    }

    pub fn action_mut(&mut self, action_id: &str) -> Option<&mut ActionItem> {
        self.conclusions
            .actions
            .iter_mut()
            .find(|a| a.id == action_id)
    }

    pub fn own_question_mut(&mut self, question_id: &str) -> Option<&mut OwnQuestion> {
        self.peer_review
            .own_questions
            .iter_mut()
            .find(|q| q.id == question_id)
    }
}

/// Sets or clears the note under `key`: empty text removes the entry, so "filled in"
/// means "has text".
pub fn set_note(notes: &mut Notes, key: &str, text: String) {
    if text.trim().is_empty() {
        notes.remove(key);
    } else {
        notes.insert(key.to_string(), text);
    }
}
