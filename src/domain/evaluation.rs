//! One evaluation: an organisation working through the three steps for one period.
//!
//! Everything here is persisted. Every struct has `#[serde(default)]`, so a file or stored
//! value written by an older version (with fewer fields) still loads; and every struct keeps
//! the fields it does not know in `unknown` and writes them back, so a file written by a
//! newer version survives a round trip through this one (see `docs/file-format.md`).
//!
//! The enums own their words: a Dutch label for people, a stable value for forms (the same
//! text as in the file) and its parse. Nothing outside this module spells them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::catalogue::{Catalogue, Profile, CURRENT_CATALOGUE_ID};

/// Answers to hulpvragen, by question id (see the catalogue).
pub type Notes = BTreeMap<String, String>;

/// Fields a newer version of the app wrote and this one does not know: kept as they are and
/// written back unchanged.
pub type Unknown = serde_json::Map<String, serde_json::Value>;

/// "Organisatie (Naam)", "Organisatie" or "Naam": one way to name who sent something.
/// Empty when both are empty; callers say what stands there instead.
pub fn person_label(organisation: &str, person: &str) -> String {
    match (organisation.trim(), person.trim()) {
        (o, "") => o.to_string(),
        ("", p) => p.to_string(),
        (o, p) => format!("{o} ({p})"),
    }
}

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
    /// Where participants and peers send their file back (a team mailbox, for example):
    /// carried in every scoreformulier and toetsingspakket.
    pub return_address: String,
    /// What goes into this evaluation's contribution to a network (`domain::network`).
    pub contribution: ContributionChoice,
    #[serde(flatten)]
    pub unknown: Unknown,
    /// Unknown fields of the envelope (the file around the evaluation) it was read from;
    /// written back around it. Not part of the evaluation's own JSON.
    #[serde(skip)]
    pub file_unknown: Unknown,
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
    Assessor {
        source_id: String,
        assessor: String,
        /// The participant's role or team ("teamleider toezicht").
        #[serde(default)]
        role: String,
        /// The profiles on this form, chosen by the coordinator; empty: all of them.
        #[serde(default)]
        profiles: Vec<String>,
        /// The [`Invitation`] this form was made for (empty on forms of older versions).
        #[serde(default)]
        invitation: String,
        #[serde(flatten)]
        unknown: Unknown,
    },
    /// A peer organisation's copy for the collegiale toetsing of `source_id`: the
    /// self-evaluation to read, and the peer's own notes.
    Peer {
        source_id: String,
        peer_organisation: String,
        author: String,
        /// The [`Invitation`] this package was made for (empty on older packages).
        #[serde(default)]
        invitation: String,
        #[serde(flatten)]
        unknown: Unknown,
    },
}

impl Mode {
    /// A new assessor's copy of `source_id`.
    pub fn assessor(source_id: &str, assessor: &str) -> Mode {
        Mode::Assessor {
            source_id: source_id.to_string(),
            assessor: assessor.to_string(),
            role: String::new(),
            profiles: Vec::new(),
            invitation: String::new(),
            unknown: Unknown::new(),
        }
    }

    /// A new peer's copy of `source_id`.
    pub fn peer(source_id: &str, peer_organisation: &str, author: &str) -> Mode {
        Mode::Peer {
            source_id: source_id.to_string(),
            peer_organisation: peer_organisation.to_string(),
            author: author.to_string(),
            invitation: String::new(),
            unknown: Unknown::new(),
        }
    }

    /// What stands above the evaluation's name in the workspace.
    pub fn eyebrow(&self) -> &'static str {
        match self {
            Mode::Own => "Evaluatie",
            Mode::Assessor { .. } => "Scoreformulier voor",
            Mode::Peer { .. } => "Collegiale toetsing van",
        }
    }

    /// How an evaluation of this mode is named in lists.
    pub fn list_name(&self, display_name: &str) -> String {
        match self {
            Mode::Own => display_name.to_string(),
            Mode::Assessor { .. } => format!("Scoreformulier: {display_name}"),
            Mode::Peer { .. } => format!("Collegiale toetsing: {display_name}"),
        }
    }

    /// The evaluation a copy was made for; `None` for the organisation's own.
    pub fn source_id(&self) -> Option<&str> {
        match self {
            Mode::Assessor { source_id, .. } | Mode::Peer { source_id, .. } => Some(source_id),
            Mode::Own => None,
        }
    }

    /// The profiles this evaluation asks about: on a scoreformulier the ones the coordinator
    /// chose, otherwise all of the catalogue's.
    pub fn in_scope<'c>(&self, catalogue: &'c Catalogue) -> Vec<&'c Profile> {
        match self {
            Mode::Assessor { profiles, .. } if !profiles.is_empty() => catalogue
                .profiles
                .iter()
                .filter(|p| profiles.contains(&p.id))
                .collect(),
            _ => catalogue.profiles.iter().collect(),
        }
    }

    /// Who is working on a copy, as they gave their name (empty for the organisation's own).
    pub fn worker(&self) -> String {
        match self {
            Mode::Own => String::new(),
            Mode::Assessor { assessor, .. } => assessor.trim().to_string(),
            Mode::Peer {
                peer_organisation,
                author,
                ..
            } => person_label(peer_organisation, author),
        }
    }
}

impl Mode {
    /// The invitation a form or package was made for; empty for the organisation's own and
    /// for files of older versions.
    pub fn invitation(&self) -> &str {
        match self {
            Mode::Assessor { invitation, .. } | Mode::Peer { invitation, .. } => invitation,
            Mode::Own => "",
        }
    }

    /// Who a copy is from, in its file name: the role (and name) on a scoreformulier, the
    /// organisation on a peer's copy; empty for the organisation's own.
    pub fn file_label(&self) -> String {
        match self {
            Mode::Own => String::new(),
            Mode::Assessor { assessor, role, .. } => person_label(role, assessor),
            Mode::Peer {
                peer_organisation, ..
            } => peer_organisation.trim().to_string(),
        }
    }
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
            return_address: String::new(),
            contribution: ContributionChoice::default(),
            unknown: Unknown::new(),
            file_unknown: Unknown::new(),
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
    /// The profiles the coordinator puts on a new scoreformulier; empty: all of them.
    pub form_profiles: Vec<String>,
    /// The scoreformulieren made, one per participant (the round of stap 1).
    pub invitations: Vec<Invitation>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One assessor's scores, from the beoordelingsformulier they returned.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessorInput {
    /// The id of the assessor's copy: importing the same assessor again updates this entry.
    pub id: String,
    pub name: String,
    /// Their role or team, as they gave it.
    pub role: String,
    /// The [`Invitation`] their form was made for; empty for forms of older versions.
    pub invitation: String,
    /// The profiles they were asked about; empty: all of them.
    pub profiles: Vec<String>,
    pub submitted_ms: i64,
    /// Per profile id.
    pub scores: BTreeMap<String, AssessorScore>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl AssessorInput {
    /// "Naam (rol)", the name or the role alone, or what stands there when they gave neither.
    pub fn label(&self) -> String {
        match person_label(&self.name, &self.role) {
            label if label.is_empty() => "Deelnemer zonder naam".to_string(),
            label => label,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssessorScore {
    pub score: Option<u8>,
    pub note: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileAssessment {
    /// 1-5 on the beoordelingsschaal; `None` is "nog niet gescoord".
    pub score: Option<u8>,
    /// "Hoe kom je tot deze score?": the toelichting that onderbouwt the score.
    pub explanation: String,
    /// Notes per hulpvraag of step 1.
    pub notes: Notes,
    /// Why the agreed score is what it is, when participants scored differently.
    pub consensus_note: String,
    /// Who took part in the waardering of this profile: roles or teams; names only when the
    /// organisation chooses so.
    pub participants: String,
    /// How the score came about.
    pub method: ScoringMethod,
    /// How many took part in a session: a number only ("Wie deden mee?" may name roles or
    /// people), asked on the contribution page. `None`: not given.
    pub participant_count: Option<u8>,
    /// When, `jjjj-mm-dd`.
    pub date: String,
    /// Which kinds of sources were used ("harde" and "zachte" bronnen).
    pub sources: Vec<Source>,
    /// Which documents, conversations or other sources, in a few words.
    pub sources_note: String,
    /// The role does not exist in this organisation (for example: placed at the
    /// omgevingsdienst). Then the profile is not scored and `not_applicable_reason` says why.
    pub not_applicable: bool,
    pub not_applicable_reason: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl ProfileAssessment {
    /// Marked "niet van toepassing" (with or without a reason yet).
    pub fn is_not_applicable(&self) -> bool {
        self.not_applicable
    }

    /// The score that counts: none when the profile is not applicable.
    pub fn counted_score(&self) -> Option<u8> {
        if self.not_applicable {
            None
        } else {
            self.score
        }
    }
}

/// How the score of a profile came about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoringMethod {
    #[default]
    NotSaid,
    /// One person scored.
    Alone,
    /// Several people scored together, in a session.
    Session,
    /// Several people each filled in a scoreformulier; the scores were brought together.
    SeparateForms,
}

words!(ScoringMethod {
    Session => "session", "Samen, in een sessie";
    SeparateForms => "separate_forms", "Ieder apart met een scoreformulier, daarna samengebracht";
    Alone => "alone", "Door één persoon";
    NotSaid => "not_said", "Nog niet ingevuld";
});

/// A kind of source used to come to a score (seed: "harde" and "zachte" bronnen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Documents in the organisation: the 'harde' kant.
    Documents,
    /// Conversations with people in the organisation: the 'zachte' kant.
    Conversations,
    Other,
}

words!(Source {
    Documents => "documents", "Documenten (harde bronnen)";
    Conversations => "conversations", "Gesprekken met betrokkenen (zachte bronnen)";
    Other => "other", "Andere bronnen";
});

/// Where an action of the actieplan comes from (seed, stap 3: "input, ideeën en acties ...
/// vanuit de organisatie zelf (top-down en bottom-up) en ... suggesties ... in de collegiale
/// toetsing").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionOrigin {
    #[default]
    NotSaid,
    SelfEvaluation,
    PeerReview,
    TopDown,
    BottomUp,
}

words!(ActionOrigin {
    NotSaid => "not_said", "Nog niet gekozen";
    SelfEvaluation => "self_evaluation", "Uit de zelfevaluatie (stap 1)";
    PeerReview => "peer_review", "Uit de collegiale toetsing (stap 2)";
    TopDown => "top_down", "Uit de eigen organisatie, top-down";
    BottomUp => "bottom_up", "Uit de eigen organisatie, bottom-up";
});

impl ActionOrigin {
    /// Short, for a table column.
    pub fn short_label(self) -> &'static str {
        match self {
            ActionOrigin::NotSaid => "",
            ActionOrigin::SelfEvaluation => "Stap 1",
            ActionOrigin::PeerReview => "Stap 2",
            ActionOrigin::TopDown => "Top-down",
            ActionOrigin::BottomUp => "Bottom-up",
        }
    }
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

// In the order the question offers them; the label is short, for a sentence or a list of
// changes ("ja", "nee", "nog niet besloten").
words!(PeerReviewChoice {
    Yes => "yes", "ja";
    No => "no", "nee";
    Undecided => "undecided", "nog niet besloten";
});

impl PeerReviewChoice {
    /// As an answer to "Doet uw organisatie een collegiale toetsing?".
    pub fn answer(self) -> &'static str {
        match self {
            PeerReviewChoice::Yes => "Ja, we doen een collegiale toetsing",
            PeerReviewChoice::No => "Nee, deze keer niet",
            PeerReviewChoice::Undecided => "Nog niet besloten",
        }
    }
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
    /// The toetsingspakketten made, one per peer organisation (the round of stap 2).
    pub invitations: Vec<Invitation>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// A peer organisation's notes on the collegiale toetsing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PeerReply {
    /// The id of the peer's copy: importing the same reply again updates this entry.
    pub id: String,
    pub peer_organisation: String,
    pub author: String,
    /// The [`Invitation`] their package was made for; empty for older packages.
    pub invitation: String,
    pub submitted_ms: i64,
    /// Per hulpvraag id of step 2.
    pub notes: Notes,
    /// Per own question id of the organisation.
    pub own_question_notes: Notes,
    /// Per profile id.
    pub profile_notes: Notes,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl PeerReply {
    /// "Organisatie (Naam)", or what stands there when they gave neither.
    pub fn label(&self) -> String {
        match person_label(&self.peer_organisation, &self.author) {
            label if label.is_empty() => "Collega-organisatie zonder naam".to_string(),
            label => label,
        }
    }
}

/// A scoreformulier or toetsingspakket made for one participant or peer organisation: who
/// it is for, so that the coordinator sees who has sent it back (see `round`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invitation {
    /// Random; the file carries it, and the returned file brings it back.
    pub id: String,
    /// A role or team ("teamleider toezicht"), or the peer organisation.
    pub for_whom: String,
    /// A name the coordinator may add for herself; it stays in this evaluation and never
    /// goes into the file.
    pub name: String,
    /// The profiles on the form; empty: all of them. (Not used for packages.)
    pub profiles: Vec<String>,
    pub made_ms: i64,
    #[serde(flatten)]
    pub unknown: Unknown,
}

impl Invitation {
    /// "teamleider toezicht (Fatima)", or the role alone.
    pub fn label(&self) -> String {
        match person_label(&self.for_whom, &self.name) {
            label if label.is_empty() => "Zonder naam".to_string(),
            label => label,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnQuestion {
    pub id: String,
    pub text: String,
    pub notes: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// Stap 3: conclusies en actieplan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Conclusions {
    /// Notes per conclusion question (and the actieplan question).
    pub notes: Notes,
    pub actions: Vec<ActionItem>,
    pub completed: bool,
    /// The organisation's experiences with the profiles and the stappenplan, for their next
    /// edition (asked at the end of stap 3; not the source's question about the organisation).
    pub experiences: Experiences,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// What was unclear or missing in the profiles and the stappenplan, for the Kerngroep that
/// develops them further (seed line 20: "doorontwikkeld ... aan de hand van ervaringen uit de
/// praktijk"). Travels in a network contribution; the organisation decides what it writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Experiences {
    /// By profile id: "Wat was onduidelijk of ontbrak in dit profiel?"
    pub profiles: Notes,
    /// About the stappenplan itself.
    pub stappenplan: String,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// A kind of organisation, as a network groups contributions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Omgevingsdienst,
    Gemeente,
    Provincie,
    Anders,
}

words!(OrganisationKind {
    Omgevingsdienst => "omgevingsdienst", "Omgevingsdienst";
    Gemeente => "gemeente", "Gemeente";
    Provincie => "provincie", "Provincie";
    Anders => "anders", "Anders";
});

/// The choices for this evaluation's contribution to a network, made once and kept, so a
/// corrected contribution carries the same `id` and replaces the old one in the overview.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContributionChoice {
    /// Random, made the first time a contribution is made; empty until then.
    pub id: String,
    pub organisation_kind: Option<OrganisationKind>,
    /// The organisation's name goes along (off unless the user ticks it).
    pub with_name: bool,
    /// The text of each action goes along (off unless the user ticks it).
    pub with_action_texts: bool,
    #[serde(flatten)]
    pub unknown: Unknown,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
}

words!(ActionStatus {
    Planned => "planned", "Gepland";
    InProgress => "in_progress", "Bezig";
    Done => "done", "Gereed";
});

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
    /// Where the action comes from.
    pub origin: ActionOrigin,
    /// Taken over, unfinished, from the previous cycle's action plan.
    pub carried_over: bool,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// How an evaluation is named everywhere: "Gemeente Zuidstad, 2025-2026", or "Naamloze
/// evaluatie" before the organisation is filled in.
pub fn display_name_of(organisation: &str, period: &str) -> String {
    let org = match organisation.trim() {
        "" => "Naamloze evaluatie",
        name => name,
    };
    match period.trim() {
        "" => org.to_string(),
        period => format!("{org}, {period}"),
    }
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
        display_name_of(&self.organisation, &self.period)
    }

    /// One field of one profile's assessment, without copying the rest (its texts can be
    /// long): the field's default when nothing was entered yet. For memos read on every
    /// keystroke.
    pub fn assessment_field<T: Default>(
        &self,
        profile_id: &str,
        field: impl FnOnce(&ProfileAssessment) -> T,
    ) -> T {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .map(field)
            .unwrap_or_default()
    }

    /// The assessment of one profile, empty if nothing was entered yet.
    pub fn assessment(&self, profile_id: &str) -> ProfileAssessment {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .cloned()
            .unwrap_or_default()
    }

    /// The holistic score of one profile, without copying its texts; none when the profile
    /// is not applicable (so it never counts in charts or averages).
    pub fn score(&self, profile_id: &str) -> Option<u8> {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .and_then(ProfileAssessment::counted_score)
    }

    /// True when the profile is marked "niet van toepassing".
    pub fn not_applicable(&self, profile_id: &str) -> bool {
        self.self_evaluation
            .profiles
            .get(profile_id)
            .is_some_and(ProfileAssessment::is_not_applicable)
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
