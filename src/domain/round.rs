//! The round of a step: the scoreformulieren (stap 1) and toetsingspakketten (stap 2) the
//! coordinator made, for whom, and which came back. A returned file carries the id of the
//! [`Invitation`] it was made for; importing it ticks the invitation off.
//!
//! Also the message that goes along with each file (a text to copy, or a `mailto:` link):
//! the file itself is attached by the user, since a link cannot carry it.

use super::catalogue::Catalogue;
use super::evaluation::{AssessorInput, Evaluation, Invitation, ScoringMethod};

/// One invitation and whether its file came back.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundItem {
    pub invitation: Invitation,
    pub back: Option<Returned>,
}

/// A returned file, as far as the round is concerned.
#[derive(Debug, Clone, PartialEq)]
pub struct Returned {
    pub at_ms: i64,
    /// Profiles scored, of `asked`; both 0 for a peer's reply.
    pub scored: usize,
    pub asked: usize,
}

impl Returned {
    /// "3 van 3 profielen gescoord", "geen van de 2 profielen gescoord".
    pub fn scored_label(&self) -> String {
        let noun = super::progress::profile_noun(self.asked);
        match self.scored {
            0 => format!("geen van de {} {noun} gescoord", self.asked),
            n => format!("{n} van {} {noun} gescoord", self.asked),
        }
    }
}

impl AssessorInput {
    /// True when this participant's form asked about `profile_id`.
    pub fn was_asked(&self, profile_id: &str) -> bool {
        self.profiles.is_empty() || self.profiles.iter().any(|p| p == profile_id)
    }

    /// The profiles this participant was asked about, and how many of them they scored.
    pub fn scored_of_asked(&self, catalogue: &Catalogue) -> (usize, usize) {
        let asked: Vec<&str> = catalogue
            .profiles
            .iter()
            .map(|p| p.id.as_str())
            .filter(|id| self.was_asked(id))
            .collect();
        let scored = asked
            .iter()
            .filter(|id| self.scores.get(**id).is_some_and(|s| s.score.is_some()))
            .count();
        (scored, asked.len())
    }
}

/// The scoreformulieren made for this evaluation, in the order they were made.
pub fn form_round(evaluation: &Evaluation, catalogue: &Catalogue) -> Vec<RoundItem> {
    let inputs = &evaluation.self_evaluation.assessors;
    evaluation
        .self_evaluation
        .invitations
        .iter()
        .map(|inv| RoundItem {
            invitation: inv.clone(),
            back: inputs.iter().find(|a| a.invitation == inv.id).map(|a| {
                let (scored, asked) = a.scored_of_asked(catalogue);
                Returned {
                    at_ms: a.submitted_ms,
                    scored,
                    asked,
                }
            }),
        })
        .collect()
}

/// The toetsingspakketten made for this evaluation, in the order they were made.
pub fn package_round(evaluation: &Evaluation) -> Vec<RoundItem> {
    let replies = &evaluation.peer_review.replies;
    evaluation
        .peer_review
        .invitations
        .iter()
        .map(|inv| RoundItem {
            invitation: inv.clone(),
            back: replies
                .iter()
                .find(|r| r.invitation == inv.id)
                .map(|r| Returned {
                    at_ms: r.submitted_ms,
                    scored: 0,
                    asked: 0,
                }),
        })
        .collect()
}

/// "2 van 3 scoreformulieren terug", "1 toetsingspakket uitgedeeld, nog niet terug"; `None`
/// when nothing was handed out.
pub fn round_label(items: &[RoundItem], one: &str, many: &str) -> Option<String> {
    let out = items.len();
    let back = items.iter().filter(|i| i.back.is_some()).count();
    let noun = if out == 1 { one } else { many };
    match (out, back) {
        (0, _) => None,
        (1, 0) => Some(format!("1 {noun} uitgedeeld, nog niet terug")),
        (1, 1) => Some(format!("1 {noun} uitgedeeld en terug")),
        (n, 0) => Some(format!("{n} {noun} uitgedeeld, nog geen terug")),
        (2, 2) => Some(format!("beide {noun} terug")),
        (n, b) if n == b => Some(format!("alle {n} {noun} terug")),
        (n, b) => Some(format!("{b} van {n} {noun} terug")),
    }
}

/// Adds an invitation for `for_whom` to `list` and returns it.
pub fn invite(
    list: &mut Vec<Invitation>,
    id: String,
    for_whom: &str,
    name: &str,
    profiles: &[String],
    now_ms: i64,
) -> Invitation {
    let invitation = Invitation {
        id,
        for_whom: for_whom.trim().to_string(),
        name: name.trim().to_string(),
        profiles: profiles.to_vec(),
        made_ms: now_ms,
        ..Invitation::default()
    };
    list.push(invitation.clone());
    invitation
}

/// Removes an invitation (a form handed out by mistake). A file that comes back for it
/// still lands, without a place in the round.
pub fn withdraw(list: &mut Vec<Invitation>, id: &str) {
    list.retain(|i| i.id != id);
}

/// What "Wie deden mee" and "Hoe kwam de score tot stand" could say for `profile_id`, from
/// the forms that came back with a score for it: their roles (never names), and "ieder apart
/// met een scoreformulier". `None` when no returned form scored the profile.
pub fn suggested_participants(
    evaluation: &Evaluation,
    profile_id: &str,
) -> Option<(String, ScoringMethod)> {
    let mut roles: Vec<String> = Vec::new();
    let mut unnamed = 0;
    for a in &evaluation.self_evaluation.assessors {
        let scored =
            a.was_asked(profile_id) && a.scores.get(profile_id).is_some_and(|s| s.score.is_some());
        if !scored {
            continue;
        }
        match a.role.trim() {
            "" => unnamed += 1,
            role if !roles.iter().any(|r| r == role) => roles.push(role.to_string()),
            _ => {}
        }
    }
    match unnamed {
        0 => {}
        1 => roles.push("1 deelnemer zonder rol".to_string()),
        n => roles.push(format!("{n} deelnemers zonder rol")),
    }
    (!roles.is_empty()).then(|| (roles.join(", "), ScoringMethod::SeparateForms))
}

/// The text that goes along with a file: a subject and a body, for an e-mail or a chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverMessage {
    pub subject: String,
    pub body: String,
}

impl CoverMessage {
    /// A `mailto:` link with this subject and body, to `to` (may be empty: the user fills it
    /// in). RFC 6068: everything but unreserved characters percent-encoded, line breaks as
    /// CRLF.
    pub fn mailto(&self, to: &str) -> String {
        format!(
            "mailto:{}?subject={}&body={}",
            encode(to.trim()),
            encode(&self.subject),
            encode(&self.body.replace('\n', "\r\n"))
        )
    }

    /// Subject and body as one text to copy.
    pub fn as_text(&self) -> String {
        format!("Onderwerp: {}\n\n{}", self.subject, self.body)
    }
}

fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b'@' => out.push('@'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Where to send the file back, as the end of a sentence.
fn send_back(evaluation: &Evaluation) -> String {
    match evaluation.return_address.trim() {
        "" => "degene die het u stuurde".to_string(),
        address => address.to_string(),
    }
}

/// The message with a scoreformulier, for the participant.
pub fn form_message(evaluation: &Evaluation, file_name: &str, app_address: &str) -> CoverMessage {
    CoverMessage {
        subject: format!("Scoreformulier competentieprofielen VTH: {}", evaluation.display_name()),
        body: format!(
            "Hallo,\n\n\
             Wilt u meedoen aan de zelfevaluatie van de competentieprofielen VTH van {org}? \
             Bij dit bericht zit het bestand {file_name}.\n\n\
             1. Open de app: {app_address}\n\
             2. Kies bovenaan 'Importeren' en kies het bestand.\n\
             3. Geef per profiel een score met een korte toelichting. Kies daarna 'Formulier inleveren'.\n\
             4. Stuur het bestand dat u dan krijgt terug naar {back}.\n\n\
             Uw scores blijven in uw eigen browser tot u het bestand terugstuurt. Andere deelnemers zien uw scores niet.\n",
            org = org(evaluation),
            back = send_back(evaluation),
        ),
    }
}

/// The message with a toetsingspakket, for the peer organisation.
pub fn package_message(
    evaluation: &Evaluation,
    file_name: &str,
    app_address: &str,
) -> CoverMessage {
    CoverMessage {
        subject: format!(
            "Collegiale toetsing competentieprofielen VTH: {}",
            evaluation.display_name()
        ),
        body: format!(
            "Hallo,\n\n\
             Dank dat u als collega-organisatie wilt meekijken met de zelfevaluatie van {org}. \
             Bij dit bericht zit het toetsingspakket {file_name}.\n\n\
             1. Open de app: {app_address}\n\
             2. Kies bovenaan 'Importeren' en kies het bestand.\n\
             3. Lees de zelfevaluatie en schrijf uw reactie. Kies daarna 'Reactie inleveren'.\n\
             4. Stuur het bestand dat u dan krijgt terug naar {back}.\n\n\
             Schrijf geen namen van personen in uw reactie: het gaat om de organisatie.\n",
            org = org(evaluation),
            back = send_back(evaluation),
        ),
    }
}

/// The message with a filled-in form or a peer's reply, back to the coordinator.
pub fn hand_in_message(copy: &Evaluation, file_name: &str) -> CoverMessage {
    let (what, subject) = match copy.mode {
        super::evaluation::Mode::Peer { .. } => (
            "onze reactie op de collegiale toetsing",
            "Reactie collegiale toetsing",
        ),
        _ => ("mijn ingevulde scoreformulier", "Ingevuld scoreformulier"),
    };
    CoverMessage {
        subject: format!("{subject}: {}", copy.display_name()),
        body: format!(
            "Hallo,\n\n\
             Bij dit bericht zit {what}: {file_name}.\n\
             Open het in de app met 'Importeren'.\n"
        ),
    }
}

fn org(evaluation: &Evaluation) -> String {
    match evaluation.organisation.trim() {
        "" => "onze organisatie".to_string(),
        o => o.to_string(),
    }
}

/// For a filled-in scoreformulier as it comes back: how many of the profiles it asks about
/// are scored, of how many.
pub fn form_scored(form: &Evaluation, catalogue: &Catalogue) -> (usize, usize) {
    let mut in_scope = form.mode.in_scope(catalogue);
    in_scope.retain(|p| !form.not_applicable(&p.id));
    let scored = in_scope
        .iter()
        .filter(|p| form.score(&p.id).is_some())
        .count();
    (scored, in_scope.len())
}

/// What the import preview says about a returned form before it is added: empty, or how
/// much is missing; `None` when every profile asked about is scored.
pub fn form_gaps(form: &Evaluation, catalogue: &Catalogue) -> Option<String> {
    let (scored, asked) = form_scored(form, catalogue);
    let noun = super::progress::profile_noun(asked);
    match scored {
        0 => Some(format!(
            "Dit formulier is leeg: geen van de {asked} {noun} is gescoord. Vraag de deelnemer het formulier in te vullen en opnieuw in te leveren."
        )),
        n if n < asked => Some(format!(
            "Dit formulier is maar voor een deel ingevuld: {n} van de {asked} {noun} gescoord. U kunt het toevoegen; komt er later een vollediger formulier van dezelfde deelnemer, dan vervangt dat dit."
        )),
        _ => None,
    }
}

/// The invitation of `target` that a returned form or reply was made for.
pub fn invitation_of<'a>(target: &'a Evaluation, received: &Evaluation) -> Option<&'a Invitation> {
    let id = received.mode.invitation();
    if id.is_empty() {
        return None;
    }
    target
        .self_evaluation
        .invitations
        .iter()
        .chain(&target.peer_review.invitations)
        .find(|i| i.id == id)
}

/// How many colleagues' scores came in for `profile_id` from returned scoreformulieren.
pub fn colleague_scores(evaluation: &Evaluation, profile_id: &str) -> usize {
    evaluation
        .self_evaluation
        .assessors
        .iter()
        .filter(|a| a.scores.get(profile_id).is_some_and(|s| s.score.is_some()))
        .count()
}

/// Where a profile of stap 1 stands, with the colleagues' scores that came in when the
/// coordinator has not scored it yet: "Niet gestart, 2 scores van collega's".
pub fn profile_tag(state_tag: &str, not_started: bool, colleagues: usize) -> String {
    match (not_started, colleagues) {
        (true, 1) => format!("{state_tag}, 1 score van een collega"),
        (true, n) if n > 1 => format!("{state_tag}, {n} scores van collega's"),
        _ => state_tag.to_string(),
    }
}
