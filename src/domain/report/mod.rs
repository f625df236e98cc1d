//! The report of one evaluation, for one audience, as plain data. [`build`] decides what a
//! reader of each [`ReportVariant`] gets to see; [`document`] lays it out in reading order as
//! blocks; the report page and every file ([`ReportFormat`]) are made from those blocks, so
//! they always agree.
//!
//! Names of people (the contact person, who took part, the separate scoreformulieren) are in
//! the full, internal report only, and only when the user asks for them: the source keeps
//! information about individuals out of what is made public (Bijlage D, "Inleiding").

pub mod column_widths;
mod csv;
pub mod document;
mod docx;
mod export_job;
mod growth;
mod markdown;
mod odt;
mod opc;
mod xlsx;
mod xml;

pub use csv::{action_plan_csv, csv_field, growth_csv};
pub use document::{action_table, document, scores_table, Block, Column, Fit, ScoreRow, Table};
pub use docx::report_docx;
pub use export_job::{ExportError, ExportJob};
pub use growth::{
    carried_over, chronological, linked_cycles, next_cycle, next_period, next_start, period_for,
    trend, TrendRow,
};
pub use markdown::markdown;
pub use odt::report_odt;
pub use xlsx::report_xlsx;

use super::catalogue::Catalogue;
use super::dates::{format_nl, parse_iso_date, Date};
use super::evaluation::{ActionItem, ActionOrigin, Evaluation, ProfileAssessment, ScoringMethod};
use super::exchange::{peer_package, spread, Spread};

/// Who the report is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReportVariant {
    /// Everything, for the organisation itself.
    #[default]
    Full,
    /// For the management team or the board: scores, conclusions and the action plan.
    Summary,
    /// What the toetsingspakket holds, as the peer organisations will see it.
    PeerReview,
}

// The value is the one in the form and in the address; the label is the choice on the
// report page.
words!(ReportVariant {
    Full => "volledig", "Volledig (intern)";
    Summary => "samenvatting", "Samenvatting voor MT of bestuur";
    PeerReview => "collegiale-toetsing", "Voor de collegiale toetsing";
});

impl ReportVariant {
    /// What the reader gets, under the choice.
    pub fn description(self) -> &'static str {
        match self {
            ReportVariant::Full => {
                "Alles wat is ingevuld, ook de aantekeningen bij de hulpvragen en de losse \
                 scores. Namen van personen alleen als u dat hieronder kiest."
            }
            ReportVariant::Summary => {
                "De score per profiel met het begin van de toelichting, de conclusies en het \
                 actieplan. Zonder de velden met namen (deelnemers, eigenaren van acties) en \
                 zonder losse scores. Wat in een toelichting of conclusie staat, gaat wel mee: \
                 staan daar namen in, haal ze er dan eerst uit."
            }
            ReportVariant::PeerReview => {
                "Wat er in het toetsingspakket voor de collega-organisaties staat: per profiel \
                 de score en de toelichting, en uw vragen voor stap 2. Zonder de velden met \
                 namen (contactpersoon, deelnemers), zonder losse scores en zonder uw \
                 conclusies. Wat in een toelichting staat, gaat wel mee."
            }
        }
    }

    /// The title under the organisation's name.
    pub fn title(self) -> &'static str {
        match self {
            ReportVariant::Full => "Rapport",
            ReportVariant::Summary => "Samenvatting voor MT of bestuur",
            ReportVariant::PeerReview => "Overzicht voor de collegiale toetsing",
        }
    }

    /// Whether the user may choose to show names of people in it.
    pub fn may_show_names(self) -> bool {
        self == ReportVariant::Full
    }

    fn file_prefix(self) -> &'static str {
        match self {
            ReportVariant::Full => "vth-rapport",
            ReportVariant::Summary => "vth-samenvatting",
            ReportVariant::PeerReview => "vth-rapport-toetsing",
        }
    }
}

/// What the user chose on the report page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportOptions {
    pub variant: ReportVariant,
    /// "Namen van deelnemers tonen"; only the full report honours it.
    pub show_names: bool,
}

impl ReportOptions {
    pub fn new(variant: ReportVariant, show_names: bool) -> Self {
        ReportOptions {
            variant,
            show_names: show_names && variant.may_show_names(),
        }
    }
}

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
    pub not_applicable: bool,
    /// How the waardering went, as (label, value), filled-in ones only: the reason it is not
    /// applicable, who took part (when names are shown), how, when, with which sources.
    pub facts: Vec<(String, String)>,
    pub spread: Option<Spread>,
    /// (participant, score label, note): the separate scoreformulieren. Participants are
    /// "Deelnemer 1", "Deelnemer 2" ... unless names are shown.
    pub assessors: Vec<(String, String, String)>,
    /// The toelichting; in the summary only its first paragraph, shortened.
    pub explanation: String,
    /// The toelichting above is shortened.
    pub explanation_shortened: bool,
    pub consensus_note: String,
    /// (hulpvraag, note), answered ones only, in catalogue order.
    pub notes: Vec<(String, String)>,
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

/// The first paragraph of `text`, at most `max` characters, cut after a whole word. True when
/// anything was left out.
pub fn shorten(text: &str, max: usize) -> (String, bool) {
    let trimmed = text.trim();
    let first = trimmed.split("\n\n").next().unwrap_or_default().trim();
    if first.chars().count() <= max {
        return (first.to_string(), first.len() < trimmed.len());
    }
    let cut: String = first.chars().take(max).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .map_or(cut.as_str(), |i| &cut[..i]);
    let at_word = at_word.trim_end_matches([',', ';', ':', '-', ' ']);
    (format!("{at_word} …"), true)
}

/// How long a toelichting may be in the summary.
pub const SUMMARY_EXPLANATION_CHARS: usize = 280;

/// Builds the report for `options`; `today` (the user's local date) is the date it was made.
pub fn build(
    ev: &Evaluation,
    catalogue: &Catalogue,
    today: Date,
    options: ReportOptions,
) -> Report {
    let options = ReportOptions::new(options.variant, options.show_names);
    let variant = options.variant;
    // The overview for the collegiale toetsing is made from the toetsingspakket itself, so it
    // shows exactly what leaves the organisation.
    let package;
    let ev = if variant == ReportVariant::PeerReview {
        package = peer_package(ev);
        &package
    } else {
        ev
    };
    let names = options.show_names;
    let full = variant == ReportVariant::Full;
    let summary = variant == ReportVariant::Summary;
    let h = &catalogue.hulpvragen;
    let profiles = catalogue
        .profiles
        .iter()
        .map(|p| {
            let a = ev.assessment(&p.id);
            let (explanation, explanation_shortened) = if summary {
                shorten(&a.explanation, SUMMARY_EXPLANATION_CHARS)
            } else {
                (a.explanation.clone(), false)
            };
            ProfileSection {
                id: p.id.clone(),
                name: p.name.clone(),
                score: a.counted_score(),
                score_label: if a.not_applicable {
                    "niet van toepassing".to_string()
                } else {
                    catalogue.score_label(a.score)
                },
                not_applicable: a.not_applicable,
                facts: scoring_facts(&a, names, summary),
                spread: if full { spread(ev, &p.id) } else { None },
                assessors: if full {
                    ev.self_evaluation
                        .assessors
                        .iter()
                        .enumerate()
                        // Only who was asked about this profile: someone never asked is not
                        // someone who skipped it.
                        .filter(|(_, x)| x.was_asked(&p.id))
                        .map(|(i, x)| {
                            let s = x.scores.get(&p.id).cloned().unwrap_or_default();
                            let who = match (names, x.role.trim()) {
                                (true, _) => x.label(),
                                (false, "") => format!("Deelnemer {}", i + 1),
                                (false, role) => format!("Deelnemer {}, {role}", i + 1),
                            };
                            (who, catalogue.score_label(s.score), s.note)
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                explanation,
                explanation_shortened,
                consensus_note: if full {
                    a.consensus_note.clone()
                } else {
                    String::new()
                },
                notes: if summary {
                    Vec::new()
                } else {
                    h.zelfevaluatie
                        .questions
                        .iter()
                        .filter_map(|q| {
                            a.notes
                                .get(&q.id)
                                .filter(|n| !n.trim().is_empty())
                                .map(|n| (q.text.clone(), n.clone()))
                        })
                        .collect()
                },
            }
        })
        .collect();

    let peer = &ev.peer_review;
    let reply_notes = |pick: &dyn Fn(&super::evaluation::PeerReply) -> Option<String>| {
        peer.replies
            .iter()
            .filter_map(|r| {
                let who = if names {
                    r.label()
                } else {
                    r.peer_organisation.trim().to_string()
                };
                pick(r).filter(|t| !t.trim().is_empty()).map(|t| (who, t))
            })
            .collect::<Vec<_>>()
    };
    let mut questions: Vec<PeerQuestion> = Vec::new();
    if full {
        questions.extend(
            h.collegiale_toetsing
                .questions
                .iter()
                .filter(|q| !q.open)
                .map(|q| PeerQuestion {
                    text: q.text.clone(),
                    own_note: peer.notes.get(&q.id).cloned().unwrap_or_default(),
                    replies: reply_notes(&|r| r.notes.get(&q.id).cloned()),
                }),
        );
        questions.extend(peer.own_questions.iter().map(|q| PeerQuestion {
            text: q.text.clone(),
            own_note: q.notes.clone(),
            replies: reply_notes(&|r| r.own_question_notes.get(&q.id).cloned()),
        }));
        for p in &catalogue.profiles {
            let replies = reply_notes(&|r| r.profile_notes.get(&p.id).cloned());
            if !replies.is_empty() {
                questions.push(PeerQuestion {
                    text: format!("Over het profiel {}", p.name),
                    own_note: String::new(),
                    replies,
                });
            }
        }
        questions.retain(|q| !q.own_note.trim().is_empty() || !q.replies.is_empty());
    }
    let asked = if variant == ReportVariant::PeerReview {
        h.collegiale_toetsing
            .questions
            .iter()
            .filter(|q| !q.open)
            .map(|q| q.text.clone())
            .chain(
                peer.own_questions
                    .iter()
                    .filter(|q| !q.text.trim().is_empty())
                    .map(|q| q.text.clone()),
            )
            .collect()
    } else {
        Vec::new()
    };

    let conclusions = if variant == ReportVariant::PeerReview {
        Vec::new()
    } else {
        h.conclusies_actieplan
            .groups
            .iter()
            .flat_map(|g| &g.questions)
            .filter_map(|q| {
                ev.conclusions
                    .notes
                    .get(&q.id)
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| (q.text.clone(), n.clone()))
            })
            .collect()
    };

    Report {
        variant,
        organisation: ev.organisation.clone(),
        contact: if names {
            ev.contact.clone()
        } else {
            String::new()
        },
        period: ev.period.clone(),
        start_date: format_nl(&ev.start_date),
        catalogue: Catalogue::by_id(&ev.catalogue_id)
            .map_or_else(|| ev.catalogue_id.clone(), |c| c.title.clone()),
        made_on: today.to_nl(),
        profiles,
        peer: PeerSection {
            done: if variant == ReportVariant::PeerReview {
                String::new()
            } else {
                peer.choice.label().to_string()
            },
            peers: peer.peers.clone(),
            date: format_nl(&peer.date),
            participants: if names {
                peer.participants.clone()
            } else {
                String::new()
            },
            questions,
            asked,
        },
        conclusions,
        actions: ev
            .conclusions
            .actions
            .iter()
            .map(|a| action_row(a, catalogue))
            .collect(),
    }
}

/// How one profile was scored, as (label, value), filled-in ones only. The summary keeps only
/// why a profile is not applicable.
fn scoring_facts(a: &ProfileAssessment, names: bool, summary: bool) -> Vec<(String, String)> {
    let sources = a
        .sources
        .iter()
        .map(|s| s.label().to_lowercase())
        .chain((!a.sources_note.trim().is_empty()).then(|| a.sources_note.trim().to_string()))
        .collect::<Vec<_>>()
        .join("; ");
    let reason = if a.not_applicable {
        a.not_applicable_reason.trim().to_string()
    } else {
        String::new()
    };
    let mut facts = vec![("Niet van toepassing, omdat", reason)];
    if !summary {
        facts.extend([
            (
                "Wie deden mee",
                if names {
                    a.participants.trim().to_string()
                } else {
                    String::new()
                },
            ),
            (
                "Hoe",
                if a.method == ScoringMethod::NotSaid {
                    String::new()
                } else {
                    a.method.label().to_string()
                },
            ),
            ("Datum", format_nl(&a.date)),
            ("Bronnen", sources),
        ]);
    }
    facts
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(l, v)| (l.to_string(), v))
        .collect()
}

fn action_row(a: &ActionItem, catalogue: &Catalogue) -> ActionRow {
    let said = a.origin != ActionOrigin::NotSaid;
    ActionRow {
        origin: if said {
            a.origin.label().to_string()
        } else {
            String::new()
        },
        origin_short: if said {
            a.origin.short_label().to_string()
        } else {
            String::new()
        },
        profile: a
            .profile_id
            .as_deref()
            .and_then(|id| catalogue.profile(id))
            .map_or_else(|| "Overkoepelend".to_string(), |p| p.name.clone()),
        what: a.what.clone(),
        measure: a.measure.clone(),
        owner: a.owner.clone(),
        resources: a.resources.clone(),
        deadline: format_nl(&a.deadline),
        deadline_date: parse_iso_date(&a.deadline),
        status: a.status.label().to_string(),
        carried_over: a.carried_over,
    }
}

/// A file the report can be downloaded as. Owns its button label, file name and contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Word,
    OpenDocument,
    /// Scores and action plan as a spreadsheet.
    Spreadsheet,
    /// The action plan only, as CSV for Dutch Excel.
    ActionPlanCsv,
    Markdown,
}

// The value is its name in a job for the exporter (the file extension); the label is the
// button that downloads it.
words!(ReportFormat {
    Word => "docx", "Word (.docx)";
    OpenDocument => "odt", "OpenDocument (.odt)";
    Spreadsheet => "xlsx", "Spreadsheet met scores en actieplan (.xlsx)";
    ActionPlanCsv => "csv", "Actieplan als CSV";
    Markdown => "md", "Markdown (.md)";
});

impl ReportFormat {
    pub fn mime(self) -> &'static str {
        match self {
            ReportFormat::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            ReportFormat::OpenDocument => "application/vnd.oasis.opendocument.text",
            ReportFormat::Spreadsheet => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            ReportFormat::ActionPlanCsv => "text/csv;charset=utf-8",
            ReportFormat::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// Whether it is offered for `variant`: the overview for the collegiale toetsing has no
    /// action plan, so no spreadsheet or CSV.
    pub fn available(self, variant: ReportVariant) -> bool {
        self.is_document() || variant != ReportVariant::PeerReview
    }

    /// Whether the file holds the whole report (and so follows the chosen variant), or only
    /// the scores and the action plan.
    pub fn is_document(self) -> bool {
        matches!(
            self,
            ReportFormat::Word | ReportFormat::OpenDocument | ReportFormat::Markdown
        )
    }

    /// `vth-rapport_<organisatie>_<periode>_<datum>.docx`, `vth-samenvatting_...`, and so on.
    pub fn file_name(self, variant: ReportVariant, evaluation: &Evaluation, today: Date) -> String {
        // Every variant its own name, so that the MT summary never overwrites the full report.
        let suffix = match variant {
            ReportVariant::Full => "",
            ReportVariant::Summary => "-samenvatting",
            ReportVariant::PeerReview => "-toetsing",
        };
        let prefix = match self {
            ReportFormat::Spreadsheet => format!("vth-scores-actieplan{suffix}"),
            ReportFormat::ActionPlanCsv => format!("vth-actieplan{suffix}"),
            ReportFormat::Word | ReportFormat::OpenDocument | ReportFormat::Markdown => {
                variant.file_prefix().to_string()
            }
        };
        super::file_format::file_name(&prefix, evaluation, today, self.value())
    }

    /// The file's contents.
    pub fn render(self, report: &Report) -> Vec<u8> {
        match self {
            ReportFormat::Word => report_docx(&document(report)),
            ReportFormat::OpenDocument => report_odt(&document(report)),
            ReportFormat::Spreadsheet => report_xlsx(report),
            ReportFormat::ActionPlanCsv => action_plan_csv(report).into_bytes(),
            ReportFormat::Markdown => markdown(&document(report)).into_bytes(),
        }
    }
}
