//! Working together by handing files around: the meer-ogen-principe (assessors) and the
//! collegiale toetsing (peer organisations). Pure functions over [`Evaluation`]s.

use thiserror::Error;

use super::catalogue::Catalogue;
use super::evaluation::{
    AssessorInput, AssessorScore, Conclusions, ContributionChoice, Evaluation, Invitation, Mode,
    PeerReply, PeerReview, ProfileAssessment, SelfEvaluation,
};
use super::file_format::{encode_document, Kind};

/// The file of `kind` made from `evaluation`, written at `written_ms`: what goes into it is
/// decided here, not by the button that asks for it. The organisation's own evaluation gives
/// a blank scoreformulier or a toetsingspakket; a peer's copy gives a toetsingsreactie without
/// names of people; anything else is written as it is. Which fields carry names of people, and
/// which kinds of file may hold them: [`NAME_FIELDS`].
pub fn export(kind: Kind, evaluation: &Evaluation, written_ms: i64) -> String {
    let document = match (kind, &evaluation.mode) {
        (Kind::AssessorForm, Mode::Own) => assessor_form(evaluation),
        (Kind::PeerPackage, Mode::Own) => peer_package(evaluation),
        (Kind::PeerReply, Mode::Peer { .. }) => peer_reply(evaluation),
        _ => return backup_as(kind, evaluation, written_ms),
    };
    encode_document(kind, &document, &signed_by(kind, evaluation), written_ms)
}

/// The file that keeps `evaluation` as it is, of its own kind: what "Exporteer als bestand"
/// downloads; the same as [`export`] of that kind. Apart, so the banners of the first load
/// (storage full) can offer it without the code that makes forms and packages.
pub fn backup(evaluation: &Evaluation, written_ms: i64) -> String {
    backup_as(Kind::for_mode(&evaluation.mode), evaluation, written_ms)
}

fn backup_as(kind: Kind, evaluation: &Evaluation, written_ms: i64) -> String {
    encode_document(kind, evaluation, &signed_by(kind, evaluation), written_ms)
}

/// Who a file of `kind` made from `evaluation` says it comes from.
fn signed_by(kind: Kind, evaluation: &Evaluation) -> String {
    match &evaluation.mode {
        Mode::Own if kind == Kind::PeerPackage => evaluation.organisation.trim().to_string(),
        Mode::Own => evaluation.contact.trim().to_string(),
        Mode::Peer {
            peer_organisation, ..
        } => peer_organisation.trim().to_string(),
        copy => copy.worker(),
    }
}

/// The scoreformulier or toetsingspakket made for one [`Invitation`]: as [`export`], and the
/// file says whom it is for (the role on a form, the organisation on a package) and carries the
/// invitation's id back when it returns. The coordinator's own name for the invitation stays
/// here.
pub fn export_invited(
    kind: Kind,
    evaluation: &Evaluation,
    invitation: &Invitation,
    written_ms: i64,
) -> String {
    let signed_by = match kind {
        Kind::PeerPackage => evaluation.organisation.trim(),
        _ => evaluation.contact.trim(),
    };
    let document = invited(kind, evaluation, invitation);
    encode_document(kind, &document, signed_by, written_ms)
}

/// The document in the file [`export_invited`] writes (also what names the file).
pub fn invited(kind: Kind, evaluation: &Evaluation, invitation: &Invitation) -> Evaluation {
    let mut document = match kind {
        Kind::PeerPackage => peer_package(evaluation),
        _ => assessor_form(evaluation),
    };
    match &mut document.mode {
        Mode::Assessor {
            role,
            profiles,
            invitation: id,
            ..
        } => {
            role.clone_from(&invitation.for_whom);
            profiles.clone_from(&invitation.profiles);
            id.clone_from(&invitation.id);
        }
        Mode::Peer {
            peer_organisation,
            invitation: id,
            ..
        } => {
            peer_organisation.clone_from(&invitation.for_whom);
            id.clone_from(&invitation.id);
        }
        Mode::Own => {}
    }
    document
}

/// A field that holds names of people (as typed by the user), and the kinds of file that may
/// carry it. The source keeps information about individuals out of what leaves the
/// organisation: files for peer organisations carry none of these.
pub struct NameField {
    /// Where it is in the file (`*` for any key, `[]` for every item of a list).
    pub path: &'static str,
    pub what: &'static str,
    pub kinds: &'static [Kind],
}

const INTERNAL: &[Kind] = &[Kind::Evaluation];
const INTERNAL_AND_FORMS: &[Kind] = &[Kind::Evaluation, Kind::AssessorForm];

pub const NAME_FIELDS: &[NameField] = &[
    NameField {
        path: "written_by",
        what: "wie het bestand maakte (bij bestanden voor collega-organisaties: de organisatie)",
        kinds: INTERNAL_AND_FORMS,
    },
    NameField {
        path: "evaluation.contact",
        what: "de contactpersoon",
        kinds: INTERNAL_AND_FORMS,
    },
    NameField {
        path: "evaluation.mode.assessor",
        what: "wie een scoreformulier invulde",
        kinds: INTERNAL_AND_FORMS,
    },
    NameField {
        path: "evaluation.mode.author",
        what: "wie bij de collega-organisatie de reactie schreef (oudere bestanden)",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.self_evaluation.assessors[].name",
        what: "de deelnemers met een eigen scoreformulier",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.self_evaluation.profiles.*.participants",
        what: "wie meededen aan de score van een profiel",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.self_evaluation.profiles.*.consensus_note",
        what: "de onderbouwing van de vastgestelde score (gaat vaak over wie hoe scoorde)",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.self_evaluation.invitations[].name",
        what: "de naam die de coördinator bij een uitgedeeld scoreformulier schreef",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.peer_review.invitations[].name",
        what: "de naam die de coördinator bij een uitgedeeld toetsingspakket schreef",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.peer_review.participants",
        what: "wie meededen aan de collegiale toetsing",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.peer_review.replies[].author",
        what: "wie een reactie schreef (oudere bestanden)",
        kinds: INTERNAL,
    },
    NameField {
        path: "evaluation.conclusions.actions[].owner",
        what: "de eigenaar van een actie",
        kinds: INTERNAL,
    },
];

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExchangeError {
    #[error(
        "Dit bestand hoort bij een andere evaluatie ('{found}'), niet bij '{target}'. Kies de \
         evaluatie waarvoor het formulier of pakket is gemaakt."
    )]
    OtherEvaluation { found: String, target: String },
    #[error("Dit is geen ingevuld scoreformulier: er is nog niets gescoord.")]
    EmptyAssessorForm,
    #[error("Dit bestand is geen {expected}.")]
    WrongMode { expected: &'static str },
}

/// A blank beoordelingsformulier for `evaluation`: its details, none of its scores. The
/// profiles the organisation marked "niet van toepassing" stay marked, with their reason, so
/// that the participant sees why they are not asked.
pub fn assessor_form(evaluation: &Evaluation) -> Evaluation {
    let mut mode = Mode::assessor(&evaluation.id, "");
    if let Mode::Assessor { profiles, .. } = &mut mode {
        profiles.clone_from(&evaluation.self_evaluation.form_profiles);
    }
    let profiles = evaluation
        .self_evaluation
        .profiles
        .iter()
        .filter(|(_, a)| a.not_applicable)
        .map(|(id, a)| {
            let mark = ProfileAssessment {
                not_applicable: true,
                not_applicable_reason: a.not_applicable_reason.clone(),
                ..ProfileAssessment::default()
            };
            (id.clone(), mark)
        })
        .collect();
    Evaluation {
        mode,
        self_evaluation: SelfEvaluation {
            profiles,
            ..SelfEvaluation::default()
        },
        peer_review: PeerReview::default(),
        conclusions: Conclusions::default(),
        contribution: ContributionChoice::default(),
        last_export_ms: None,
        revision: 0,
        ..evaluation.clone()
    }
}

/// The toetsingspakket for peer organisations: the self-evaluation and the organisation's own
/// step 2 questions. Without names of people (no contact person, no participants, no
/// separate scoreformulieren) and without the rationale of the agreed score, which usually
/// discusses how individuals differed. No conclusions, no other peers' notes.
pub fn peer_package(evaluation: &Evaluation) -> Evaluation {
    let mut self_evaluation = evaluation.self_evaluation.clone();
    self_evaluation.assessors.clear();
    self_evaluation.form_profiles.clear();
    self_evaluation.invitations.clear();
    for a in self_evaluation.profiles.values_mut() {
        a.participants.clear();
        a.consensus_note.clear();
    }
    let own_questions = evaluation
        .peer_review
        .own_questions
        .iter()
        .map(|q| super::evaluation::OwnQuestion {
            notes: String::new(),
            ..q.clone()
        })
        .collect();
    Evaluation {
        mode: Mode::peer(&evaluation.id, "", ""),
        contact: String::new(),
        self_evaluation,
        peer_review: PeerReview {
            own_questions,
            ..PeerReview::default()
        },
        conclusions: Conclusions::default(),
        contribution: ContributionChoice::default(),
        last_export_ms: None,
        revision: 0,
        ..evaluation.clone()
    }
}

/// A peer's toetsingsreactie: its copy as it is, without the name of whoever wrote it (the
/// reply is the peer organisation's).
pub fn peer_reply(copy: &Evaluation) -> Evaluation {
    let mut reply = copy.clone();
    if let Mode::Peer { author, .. } = &mut reply.mode {
        author.clear();
    }
    reply
}

/// Starts this browser's own copy of a received form or package, under a new id.
pub fn start_copy(received: &Evaluation, new_id: String, now_ms: i64) -> Evaluation {
    Evaluation {
        id: new_id,
        created_ms: now_ms,
        updated_ms: now_ms,
        last_export_ms: None,
        revision: 0,
        ..received.clone()
    }
}

/// A participant starts scoring a received blank scoreformulier: this browser's copy, with
/// the name they typed (it stays with their copy and goes back with the hand-in only).
pub fn start_assessor_copy(
    form: &Evaluation,
    new_id: String,
    now_ms: i64,
    name: &str,
) -> Evaluation {
    let mut copy = start_copy(form, new_id, now_ms);
    if let Mode::Assessor { assessor, .. } = &mut copy.mode {
        *assessor = name.trim().to_string();
    }
    copy
}

/// A peer organisation starts its collegiale toetsing of a received toetsingspakket: this
/// browser's copy, under the organisation's name as the peer typed or confirmed it.
pub fn start_peer_copy(
    package: &Evaluation,
    new_id: String,
    now_ms: i64,
    organisation: &str,
) -> Evaluation {
    let mut copy = start_copy(package, new_id, now_ms);
    if let Mode::Peer {
        peer_organisation, ..
    } = &mut copy.mode
    {
        *peer_organisation = organisation.trim().to_string();
    }
    copy
}

/// For whom a scoreformulier was made (a role or team), when the coordinator said so.
pub fn invited_role(form: &Evaluation) -> Option<String> {
    match &form.mode {
        Mode::Assessor { role, .. } if !role.trim().is_empty() => Some(role.trim().to_string()),
        _ => None,
    }
}

/// The organisation a toetsingspakket was made for; empty when it was made for anyone.
pub fn invited_organisation(package: &Evaluation) -> String {
    match &package.mode {
        Mode::Peer {
            peer_organisation, ..
        } => peer_organisation.trim().to_string(),
        _ => String::new(),
    }
}

/// What this browser already holds for a received scoreformulier, toetsingspakket or
/// toetsingsreactie, so that a file opened twice lands once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AlreadyHere<'a> {
    /// The file was made here, from this organisation's own evaluation: a blank form or a
    /// package on its way out. Opening it makes nothing.
    OwnOutgoing(&'a Evaluation),
    /// This browser already works on a copy of it (a participant's form, a peer's copy).
    Copy(&'a Evaluation),
}

/// Finds what `here` already holds for `received` (a file of `kind`). A returned form or
/// reply opened by the coordinator is new work, not a copy: `None`.
pub fn already_here<'a>(
    kind: Kind,
    received: &Evaluation,
    here: &'a [Evaluation],
) -> Option<AlreadyHere<'a>> {
    let source_id = received.mode.source_id()?;
    let same_mode = |e: &Evaluation| {
        matches!(
            (&e.mode, &received.mode),
            (Mode::Assessor { .. }, Mode::Assessor { .. }) | (Mode::Peer { .. }, Mode::Peer { .. })
        )
    };
    // The very copy this file was written from (the sender reopening their own hand-in).
    if let Some(copy) = here.iter().find(|e| e.id == received.id && same_mode(e)) {
        return Some(AlreadyHere::Copy(copy));
    }
    let blank = match kind {
        Kind::AssessorForm => is_blank_assessor_form(received),
        Kind::PeerPackage => true,
        Kind::Evaluation | Kind::PeerReply => false,
    };
    if !blank {
        return None;
    }
    if let Some(own) = here
        .iter()
        .find(|e| e.id == source_id && e.mode == Mode::Own)
    {
        return Some(AlreadyHere::OwnOutgoing(own));
    }
    here.iter()
        .find(|e| {
            same_mode(e)
                && e.mode.source_id() == Some(source_id)
                && e.mode.invitation() == received.mode.invitation()
        })
        .map(AlreadyHere::Copy)
}

/// True for a beoordelingsformulier nobody has filled in yet.
pub fn is_blank_assessor_form(form: &Evaluation) -> bool {
    matches!(&form.mode, Mode::Assessor { assessor, .. } if assessor.trim().is_empty())
        && form
            .self_evaluation
            .profiles
            .values()
            .all(|a| a.score.is_none() && a.explanation.trim().is_empty())
}

/// True for a toetsingspakket no peer has written in yet.
pub fn is_blank_peer_copy(copy: &Evaluation) -> bool {
    let peer = &copy.peer_review;
    peer.notes.is_empty()
        && peer.profile_notes.is_empty()
        && peer.own_questions.iter().all(|q| q.notes.trim().is_empty())
}

fn check_source(
    target: &Evaluation,
    source_id: &str,
    received: &Evaluation,
) -> Result<(), ExchangeError> {
    if source_id == target.id {
        Ok(())
    } else {
        Err(ExchangeError::OtherEvaluation {
            found: received.display_name(),
            target: target.display_name(),
        })
    }
}

/// Adds a returned beoordelingsformulier to `target`, or updates the same assessor's earlier
/// input. Returns true when it updated an earlier one.
pub fn add_assessor(
    target: &mut Evaluation,
    form: &Evaluation,
    now_ms: i64,
) -> Result<bool, ExchangeError> {
    let Mode::Assessor {
        source_id,
        assessor,
        role,
        profiles,
        invitation,
        ..
    } = &form.mode
    else {
        return Err(ExchangeError::WrongMode {
            expected: "scoreformulier",
        });
    };
    check_source(target, source_id, form)?;
    if is_blank_assessor_form(form) {
        return Err(ExchangeError::EmptyAssessorForm);
    }
    // What they were asked: the form's profiles, without those marked "niet van toepassing"
    // (they were told so, not asked).
    let catalogue = Catalogue::by_id(&form.catalogue_id).unwrap_or_else(Catalogue::current);
    let in_scope = form.mode.in_scope(catalogue);
    let asked = if in_scope.iter().any(|p| form.not_applicable(&p.id)) {
        in_scope
            .iter()
            .filter(|p| !form.not_applicable(&p.id))
            .map(|p| p.id.clone())
            .collect()
    } else {
        profiles.clone()
    };
    let mut input = AssessorInput {
        id: form.id.clone(),
        name: assessor.trim().to_string(),
        role: role.trim().to_string(),
        invitation: invitation.clone(),
        profiles: asked,
        submitted_ms: now_ms,
        scores: form
            .self_evaluation
            .profiles
            .iter()
            .map(|(profile, a)| {
                (
                    profile.clone(),
                    AssessorScore {
                        score: a.score,
                        note: a.explanation.clone(),
                        ..AssessorScore::default()
                    },
                )
            })
            .collect(),
        ..AssessorInput::default()
    };
    keep_first_time(
        &target.self_evaluation.assessors,
        &mut input,
        |a| &a.id,
        |a| &mut a.submitted_ms,
    );
    Ok(upsert_by_id(&mut target.self_evaluation.assessors, input, |a| &a.id) != Upsert::Added)
}

/// An entry handed in again without a change keeps the time it first came in: importing the
/// same file twice then changes nothing ([`Upsert::Unchanged`]), so the evaluation is not
/// stamped or saved again, and its working file is not rewritten.
fn keep_first_time<T: PartialEq + Clone>(
    list: &[T],
    item: &mut T,
    id: impl Fn(&T) -> &String,
    time: impl Fn(&mut T) -> &mut i64,
) {
    let Some(old) = list.iter().find(|x| id(x) == id(item)) else {
        return;
    };
    let mut first = old.clone();
    let at = *time(&mut first);
    let mut again = item.clone();
    *time(&mut again) = at;
    if again == *old {
        *time(item) = at;
    }
}

/// What [`upsert_by_id`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Added,
    Replaced,
    Unchanged,
}

/// Replaces the entry with the same id (when it differs), or adds it.
pub fn upsert_by_id<T: PartialEq>(
    list: &mut Vec<T>,
    item: T,
    id: impl Fn(&T) -> &String,
) -> Upsert {
    match list.iter().position(|x| id(x) == id(&item)) {
        Some(i) if list[i] == item => Upsert::Unchanged,
        Some(i) => {
            list[i] = item;
            Upsert::Replaced
        }
        None => {
            list.push(item);
            Upsert::Added
        }
    }
}

/// Removes one assessor's input, and nothing else. Returns it with its place in the list, so
/// that [`restore_assessor`] can undo the removal.
pub fn remove_assessor(
    target: &mut Evaluation,
    assessor_id: &str,
) -> Option<(usize, AssessorInput)> {
    let list = &mut target.self_evaluation.assessors;
    let at = list.iter().position(|a| a.id == assessor_id)?;
    Some((at, list.remove(at)))
}

/// Puts back an input that [`remove_assessor`] took out, at its old place; nothing when the
/// same assessor is there again (imported anew in the meantime).
pub fn restore_assessor(target: &mut Evaluation, at: usize, input: AssessorInput) {
    let list = &mut target.self_evaluation.assessors;
    if !list.iter().any(|a| a.id == input.id) {
        list.insert(at.min(list.len()), input);
    }
}

/// Adds a peer's reply to step 2 of `target`, or updates that peer's earlier reply. The
/// organisation's own notes are not touched. Returns true when it updated an earlier one.
pub fn add_peer_reply(
    target: &mut Evaluation,
    reply: &Evaluation,
    now_ms: i64,
) -> Result<bool, ExchangeError> {
    let Mode::Peer {
        source_id,
        peer_organisation,
        author,
        invitation,
        ..
    } = &reply.mode
    else {
        return Err(ExchangeError::WrongMode {
            expected: "reactie op een collegiale toetsing",
        });
    };
    check_source(target, source_id, reply)?;
    let peer = &reply.peer_review;
    let mut entry = PeerReply {
        id: reply.id.clone(),
        peer_organisation: peer_organisation.trim().to_string(),
        author: author.trim().to_string(),
        invitation: invitation.clone(),
        submitted_ms: now_ms,
        notes: peer.notes.clone(),
        own_question_notes: peer
            .own_questions
            .iter()
            .filter(|q| !q.notes.trim().is_empty())
            .map(|q| (q.id.clone(), q.notes.clone()))
            .collect(),
        profile_notes: peer.profile_notes.clone(),
        ..PeerReply::default()
    };
    keep_first_time(
        &target.peer_review.replies,
        &mut entry,
        |r| &r.id,
        |r| &mut r.submitted_ms,
    );
    Ok(upsert_by_id(&mut target.peer_review.replies, entry, |r| &r.id) != Upsert::Added)
}

pub fn remove_peer_reply(target: &mut Evaluation, reply_id: &str) {
    target.peer_review.replies.retain(|r| r.id != reply_id);
}

/// How far the assessors' scores for one profile lie apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub count: usize,
    pub min: u8,
    pub max: u8,
}

impl Spread {
    /// In words, with the count in the right number: "van 2 tot 4 (3 scores)", "alle 2
    /// scores zijn 4", "1 score: 4".
    pub fn describe(&self) -> String {
        match (self.count, self.min == self.max) {
            (1, _) => format!("1 score: {}", self.min),
            (2, true) => format!("beide scores zijn {}", self.min),
            (n, true) => format!("alle {n} scores zijn {}", self.min),
            (n, false) => format!("van {} tot {} ({n} scores)", self.min, self.max),
        }
    }

    /// Scores 2 or more apart: worth talking about before agreeing on a score.
    pub fn flagged(&self) -> bool {
        self.max - self.min >= 2
    }
}

/// The spread of the assessors' scores for a profile; `None` when no assessor scored it.
pub fn spread(evaluation: &Evaluation, profile_id: &str) -> Option<Spread> {
    let scores: Vec<u8> = evaluation
        .self_evaluation
        .assessors
        .iter()
        .filter_map(|a| a.scores.get(profile_id).and_then(|s| s.score))
        .collect();
    Some(Spread {
        count: scores.len(),
        min: *scores.iter().min()?,
        max: *scores.iter().max()?,
    })
}
