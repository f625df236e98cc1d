//! Merging an imported evaluation into one that is already here, and saying beforehand
//! what would change. Merging never removes anything: text from the file replaces text here
//! only where the file has text and it differs; lists (actions, own questions, assessors,
//! peer replies) are joined by id.

use super::catalogue::Catalogue;
use super::evaluation::{ActionOrigin, Evaluation, Notes, ScoringMethod, Source};
use super::exchange::{upsert_by_id, Upsert};

/// One change a merge would make, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Where: "Stap 1, Casemanager: score".
    pub place: String,
    /// What is there now ("leeg" when empty).
    pub before: String,
    /// What the file has.
    pub after: String,
}

fn preview(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return "leeg".to_string();
    }
    let short: String = text.chars().take(80).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

struct Merger<'a> {
    changes: Vec<Change>,
    catalogue: &'a Catalogue,
    /// Only fill in what is empty here, never replace: for a file older than what is here.
    fill_only: bool,
}

impl Merger<'_> {
    fn text(&mut self, place: impl Into<String>, here: &mut String, theirs: &str) {
        if !theirs.trim().is_empty() && here != theirs && self.may_replace(here.trim().is_empty()) {
            self.changes.push(Change {
                place: place.into(),
                before: preview(here),
                after: preview(theirs),
            });
            *here = theirs.to_string();
        }
    }

    /// Joins the notes per hulpvraag, each change named by its place and its question.
    fn notes(&mut self, place: &str, here: &mut Notes, theirs: &Notes) {
        for (key, text) in theirs {
            let label = self.question_label(key);
            let slot = here.entry(key.clone()).or_default();
            self.text(format!("{place}: {label}"), slot, text);
            if slot.is_empty() {
                here.remove(key);
            }
        }
    }

    /// Whether a value here may be replaced by the file's: always, unless only empty values
    /// are filled in.
    fn may_replace(&self, here_is_empty: bool) -> bool {
        !self.fill_only || here_is_empty
    }

    /// Joins `item` into `list` by id; with `fill_only`, an entry that is here stays as it is.
    fn join<T: PartialEq + Clone>(
        &self,
        list: &mut Vec<T>,
        item: &T,
        id: impl Fn(&T) -> &String,
    ) -> Upsert {
        if self.fill_only && list.iter().any(|x| id(x) == id(item)) {
            return Upsert::Unchanged;
        }
        upsert_by_id(list, item.clone(), id)
    }

    /// Records what joining one list entry by id did.
    fn listed(&mut self, result: Upsert, place: String, earlier: &str, newer: &str) {
        let (before, after) = match result {
            Upsert::Added => ("leeg", "wordt toegevoegd"),
            Upsert::Replaced => (earlier, newer),
            Upsert::Unchanged => return,
        };
        self.changes.push(Change {
            place,
            before: before.into(),
            after: after.into(),
        });
    }

    fn question_label(&self, id: &str) -> String {
        self.catalogue
            .questions()
            .find(|q| q.id == id)
            .map_or_else(|| id.to_string(), |q| preview(&q.text))
    }

    fn profile_name(&self, id: &str) -> String {
        self.catalogue
            .profile(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone())
    }
}

/// The result of merging `incoming` into `target`, and the list of changes: the file's text
/// replaces text here where it differs. `target` keeps its id, mode, history and revision.
pub fn merge(
    target: &Evaluation,
    incoming: &Evaluation,
    catalogue: &Catalogue,
) -> (Evaluation, Vec<Change>) {
    merge_with(target, incoming, catalogue, false)
}

/// As [`merge`], but only what is empty here is filled in from the file, and list entries
/// that are here stay as they are: nothing goes back to an earlier state. The default for a
/// file older than what is here ([`is_older`]).
pub fn merge_keeping(
    target: &Evaluation,
    incoming: &Evaluation,
    catalogue: &Catalogue,
) -> (Evaluation, Vec<Change>) {
    merge_with(target, incoming, catalogue, true)
}

/// True when the file was last changed before what is here.
pub fn is_older(target: &Evaluation, incoming: &Evaluation) -> bool {
    incoming.updated_ms < target.updated_ms
}

fn merge_with(
    target: &Evaluation,
    incoming: &Evaluation,
    catalogue: &Catalogue,
    fill_only: bool,
) -> (Evaluation, Vec<Change>) {
    let mut out = target.clone();
    let mut m = Merger {
        changes: Vec::new(),
        catalogue,
        fill_only,
    };

    m.text(
        "Naam organisatie",
        &mut out.organisation,
        &incoming.organisation,
    );
    m.text("Contactpersoon", &mut out.contact, &incoming.contact);
    m.text("Periode", &mut out.period, &incoming.period);
    m.text("Startdatum", &mut out.start_date, &incoming.start_date);
    m.text(
        "Retouradres",
        &mut out.return_address,
        &incoming.return_address,
    );

    for (profile_id, theirs) in &incoming.self_evaluation.profiles {
        let name = m.profile_name(profile_id);
        let here = out.assessment_mut(profile_id);
        if theirs.score.is_some()
            && here.score != theirs.score
            && m.may_replace(here.score.is_none())
        {
            m.changes.push(Change {
                place: format!("Stap 1, {name}: score"),
                before: catalogue.score_label(here.score),
                after: catalogue.score_label(theirs.score),
            });
            here.score = theirs.score;
        }
        if theirs.method != ScoringMethod::NotSaid
            && here.method != theirs.method
            && m.may_replace(here.method == ScoringMethod::NotSaid)
        {
            m.changes.push(Change {
                place: format!("Stap 1, {name}: hoe de score is gegeven"),
                before: here.method.label().to_string(),
                after: theirs.method.label().to_string(),
            });
            here.method = theirs.method;
        }
        if theirs.participant_count.is_some()
            && here.participant_count != theirs.participant_count
            && m.may_replace(here.participant_count.is_none())
        {
            let count = |n: Option<u8>| n.map_or("leeg".to_string(), |n| n.to_string());
            m.changes.push(Change {
                place: format!("Stap 1, {name}: aantal deelnemers"),
                before: count(here.participant_count),
                after: count(theirs.participant_count),
            });
            here.participant_count = theirs.participant_count;
        }
        if !theirs.sources.is_empty()
            && here.sources != theirs.sources
            && m.may_replace(here.sources.is_empty())
        {
            let show = |list: &[Source]| {
                list.iter()
                    .map(|s| s.label().to_lowercase())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            m.changes.push(Change {
                place: format!("Stap 1, {name}: bronnen"),
                before: if here.sources.is_empty() {
                    "leeg".into()
                } else {
                    show(&here.sources)
                },
                after: show(&theirs.sources),
            });
            here.sources = theirs.sources.clone();
        }
        if theirs.not_applicable && !here.not_applicable && m.may_replace(here.score.is_none()) {
            m.changes.push(Change {
                place: format!("Stap 1, {name}: niet van toepassing"),
                before: "nee".into(),
                after: "ja".into(),
            });
            here.not_applicable = true;
        }
        let mut texts = [
            std::mem::take(&mut here.participants),
            std::mem::take(&mut here.date),
            std::mem::take(&mut here.sources_note),
            std::mem::take(&mut here.not_applicable_reason),
        ];
        for (slot, (what, theirs)) in texts.iter_mut().zip([
            ("wie deden mee", &theirs.participants),
            ("datum", &theirs.date),
            ("welke bronnen", &theirs.sources_note),
            ("reden niet van toepassing", &theirs.not_applicable_reason),
        ]) {
            m.text(format!("Stap 1, {name}: {what}"), slot, theirs);
        }
        let here = out.assessment_mut(profile_id);
        [
            here.participants,
            here.date,
            here.sources_note,
            here.not_applicable_reason,
        ] = texts;
        let mut explanation = std::mem::take(&mut here.explanation);
        let mut consensus = std::mem::take(&mut here.consensus_note);
        let mut notes = std::mem::take(&mut here.notes);
        m.text(
            format!("Stap 1, {name}: toelichting"),
            &mut explanation,
            &theirs.explanation,
        );
        m.text(
            format!("Stap 1, {name}: onderbouwing vastgestelde score"),
            &mut consensus,
            &theirs.consensus_note,
        );
        m.notes(&format!("Stap 1, {name}"), &mut notes, &theirs.notes);
        let here = out.assessment_mut(profile_id);
        here.explanation = explanation;
        here.consensus_note = consensus;
        here.notes = notes;
    }
    let forms = &incoming.self_evaluation.form_profiles;
    if !forms.is_empty()
        && *forms != out.self_evaluation.form_profiles
        && m.may_replace(out.self_evaluation.form_profiles.is_empty())
    {
        let names = |ids: &[String]| match ids {
            [] => "alle profielen".to_string(),
            ids => ids
                .iter()
                .map(|id| m.profile_name(id))
                .collect::<Vec<_>>()
                .join(", "),
        };
        m.changes.push(Change {
            place: "Stap 1: profielen op het scoreformulier".into(),
            before: names(&out.self_evaluation.form_profiles),
            after: names(forms),
        });
        out.self_evaluation.form_profiles.clone_from(forms);
    }
    for assessor in &incoming.self_evaluation.assessors {
        let result = m.join(&mut out.self_evaluation.assessors, assessor, |a| &a.id);
        m.listed(
            result,
            format!("Scoreformulier van {}", assessor.label()),
            "eerdere scores",
            "nieuwe scores",
        );
    }

    for inv in &incoming.self_evaluation.invitations {
        let result = m.join(&mut out.self_evaluation.invitations, inv, |i| &i.id);
        m.listed(
            result,
            format!("Stap 1: uitgedeeld scoreformulier voor {}", inv.label()),
            "eerder",
            "bijgewerkt",
        );
    }
    for inv in &incoming.peer_review.invitations {
        let result = m.join(&mut out.peer_review.invitations, inv, |i| &i.id);
        m.listed(
            result,
            format!("Stap 2: uitgedeeld toetsingspakket voor {}", inv.label()),
            "eerder",
            "bijgewerkt",
        );
    }

    let (theirs, here) = (&incoming.peer_review, &mut out.peer_review);
    if theirs.choice != super::evaluation::PeerReviewChoice::Undecided
        && here.choice != theirs.choice
        && m.may_replace(here.choice == super::evaluation::PeerReviewChoice::Undecided)
    {
        m.changes.push(Change {
            place: "Stap 2: collegiale toetsing doen".into(),
            before: here.choice.label().to_string(),
            after: theirs.choice.label().to_string(),
        });
        here.choice = theirs.choice;
    }
    m.text(
        "Stap 2: collega-organisaties",
        &mut here.peers,
        &theirs.peers,
    );
    m.text("Stap 2: datum", &mut here.date, &theirs.date);
    m.text(
        "Stap 2: deelnemers",
        &mut here.participants,
        &theirs.participants,
    );
    m.notes("Stap 2", &mut here.notes, &theirs.notes);
    for q in &theirs.own_questions {
        match here.own_questions.iter_mut().find(|h| h.id == q.id) {
            Some(h) => {
                m.text("Stap 2: eigen vraag", &mut h.text, &q.text);
                m.text(
                    format!("Stap 2: aantekeningen bij '{}'", preview(&q.text)),
                    &mut h.notes,
                    &q.notes,
                );
            }
            None => {
                m.changes.push(Change {
                    place: "Stap 2: eigen vraag".into(),
                    before: "leeg".into(),
                    after: preview(&q.text),
                });
                here.own_questions.push(q.clone());
            }
        }
    }
    for reply in &theirs.replies {
        let result = m.join(&mut here.replies, reply, |r| &r.id);
        m.listed(
            result,
            format!("Stap 2: reactie van {}", reply.label()),
            "eerdere reactie",
            "nieuwe reactie",
        );
    }
    if theirs.completed && !here.completed {
        m.changes.push(Change {
            place: "Stap 2: afgerond".into(),
            before: "nee".into(),
            after: "ja".into(),
        });
        here.completed = true;
    }

    let (theirs, here) = (&incoming.conclusions, &mut out.conclusions);
    m.notes("Stap 3", &mut here.notes, &theirs.notes);
    for action in &theirs.actions {
        let title = format!("Stap 3, actie '{}'", preview(&action.what));
        match here.actions.iter_mut().find(|a| a.id == action.id) {
            Some(h) => {
                m.text(format!("{title}: wat"), &mut h.what, &action.what);
                m.text(
                    format!("{title}: succescriterium"),
                    &mut h.measure,
                    &action.measure,
                );
                m.text(format!("{title}: eigenaar"), &mut h.owner, &action.owner);
                m.text(
                    format!("{title}: middelen"),
                    &mut h.resources,
                    &action.resources,
                );
                m.text(
                    format!("{title}: klaar op"),
                    &mut h.deadline,
                    &action.deadline,
                );
                if action.origin != ActionOrigin::NotSaid
                    && h.origin != action.origin
                    && m.may_replace(h.origin == ActionOrigin::NotSaid)
                {
                    m.changes.push(Change {
                        place: format!("{title}: herkomst"),
                        before: h.origin.label().into(),
                        after: action.origin.label().into(),
                    });
                    h.origin = action.origin;
                }
                if h.status != action.status && m.may_replace(false) {
                    m.changes.push(Change {
                        place: format!("{title}: status"),
                        before: h.status.label().into(),
                        after: action.status.label().into(),
                    });
                    h.status = action.status;
                }
                if action.profile_id.is_some()
                    && h.profile_id != action.profile_id
                    && m.may_replace(h.profile_id.is_none())
                {
                    h.profile_id = action.profile_id.clone();
                }
            }
            None => {
                m.changes.push(Change {
                    place: title,
                    before: "leeg".into(),
                    after: "wordt toegevoegd".into(),
                });
                here.actions.push(action.clone());
            }
        }
    }
    let experiences = &mut here.experiences;
    m.text(
        "Ervaringen: het stappenplan",
        &mut experiences.stappenplan,
        &theirs.experiences.stappenplan,
    );
    for (id, text) in &theirs.experiences.profiles {
        let place = format!("Ervaringen: {}", m.profile_name(id));
        let slot = experiences.profiles.entry(id.clone()).or_default();
        m.text(place, slot, text);
        if slot.is_empty() {
            experiences.profiles.remove(id);
        }
    }
    if theirs.completed && !here.completed {
        m.changes.push(Change {
            place: "Stap 3: afgerond".into(),
            before: "nee".into(),
            after: "ja".into(),
        });
        here.completed = true;
    }
    // The contribution's choices: one id for every copy (so a corrected contribution replaces
    // the old one), the kind of organisation where none was chosen here. The ticks stay here.
    let (theirs, here) = (&incoming.contribution, &mut out.contribution);
    if here.id.is_empty() && !theirs.id.is_empty() {
        here.id.clone_from(&theirs.id);
    }
    if here.organisation_kind.is_none() && theirs.organisation_kind.is_some() {
        m.changes.push(Change {
            place: "Bijdrage voor het netwerk: soort organisatie".into(),
            before: "leeg".into(),
            after: theirs
                .organisation_kind
                .map(|k| k.label())
                .unwrap_or_default()
                .into(),
        });
        here.organisation_kind = theirs.organisation_kind;
    }
    (out, m.changes)
}
