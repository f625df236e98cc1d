//! The report as plain data, for one audience: what [`super::build`] decided the reader gets
//! to see, in fields of their own (a score and its meaning, the reason a profile is not
//! applicable, each returned scoreformulier), so no writer reads them back out of display text.

use super::options::ReportVariant;
use crate::domain::dates::Date;
use crate::domain::exchange::Spread;

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub variant: ReportVariant,
    pub organisation: String,
    /// Empty unless names are shown.
    pub contact: String,
    pub period: String,
    pub start_date: String,
    pub catalogue: String,
    /// Date the report was made, dd-mm-jjjj.
    pub made_on: String,
    pub profiles: Vec<ProfileSection>,
    pub peer: PeerSection,
    /// (question, answer) of stap 3, answered ones only.
    pub conclusions: Vec<(String, String)>,
    pub actions: Vec<ActionRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProfileSection {
    pub id: String,
    pub name: String,
    /// The score that counts (none when not applicable).
    pub score: Option<u8>,
    /// "3 voldoet aan de verwachtingen", "nog niet gescoord" or "niet van toepassing".
    pub score_label: String,
    /// What the score means, without its number: "voldoet aan de verwachtingen", "nog niet
    /// gescoord" or "niet van toepassing".
    pub score_meaning: String,
    pub not_applicable: bool,
    /// Why the organisation marked the profile not applicable; empty otherwise.
    pub not_applicable_reason: String,
    /// How the waardering went, as (label, value), filled-in ones only: the reason it is not
    /// applicable, who took part (when names are shown), how, when, with which sources.
    pub facts: Vec<(String, String)>,
    pub spread: Option<Spread>,
    /// The separate scoreformulieren, of those asked about this profile.
    pub assessors: Vec<AssessorRow>,
    /// The toelichting; in the summary only its first paragraph, shortened.
    pub explanation: String,
    /// The toelichting above is shortened.
    pub explanation_shortened: bool,
    pub consensus_note: String,
    /// (hulpvraag, note), answered ones only, in catalogue order.
    pub notes: Vec<(String, String)>,
}

/// One returned scoreformulier's score for a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessorRow {
    /// "Deelnemer 1", "Deelnemer 2, teamleider toezicht" ..., or the name when names are shown.
    pub participant: String,
    /// "3 voldoet aan de verwachtingen" or "nog niet gescoord".
    pub score_label: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerSection {
    /// "ja", "nee", "nog niet besloten"; empty in the overview for the peers themselves.
    pub done: String,
    pub peers: String,
    pub date: String,
    /// Empty unless names are shown.
    pub participants: String,
    /// Questions with the organisation's own notes and the peers' replies (full report).
    pub questions: Vec<PeerQuestion>,
    /// The questions the peers are asked (overview for the collegiale toetsing).
    pub asked: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerQuestion {
    pub text: String,
    pub own_note: String,
    /// (peer organisation, with the author when names are shown; note)
    pub replies: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// Profile name, or "Overkoepelend".
    pub profile: String,
    /// Where it comes from ("Uit de collegiale toetsing (stap 2)"); empty when not said.
    pub origin: String,
    /// The same, short, for a table column ("Stap 2").
    pub origin_short: String,
    pub what: String,
    pub measure: String,
    pub owner: String,
    pub resources: String,
    /// dd-mm-jjjj (as typed when it is not a date).
    pub deadline: String,
    /// The deadline as a date, when it is one.
    pub deadline_date: Option<Date>,
    pub status: String,
    pub carried_over: bool,
}

impl ActionRow {
    /// The columns of the action plan in the spreadsheet and the CSV.
    pub const HEADERS: [&'static str; 9] = [
        "Profiel",
        "Herkomst",
        "Wat precies",
        "Succescriterium",
        "Eigenaar",
        "Middelen",
        "Uiterlijk klaar op",
        "Status",
        "Overgenomen uit vorige cyclus",
    ];
}
