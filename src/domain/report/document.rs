//! The report laid out in reading order as a flat list of blocks: headings, paragraphs, label
//! and value lines, lists and tables. The report page, Word, OpenDocument and Markdown all
//! render this one list, so what a reader sees is the same in every form.

use super::{Report, ReportVariant};

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document title (the page's `h1`).
    Title(String),
    /// Levels 1 to 3; `anchor` is unique in the document (an id on the page).
    Heading {
        level: u8,
        text: String,
        anchor: String,
    },
    /// Plain text; line breaks are kept.
    Paragraph(String),
    /// A bold label before a text: "Toelichting: ...".
    Labelled {
        label: String,
        text: String,
    },
    /// Label and value pairs (a definition list on the page).
    Facts(Vec<(String, String)>),
    /// Items, each an optional bold lead and a text.
    List(Vec<(String, String)>),
    /// The score per profile: a chart and a table on the page, a table with a bar in files.
    Scores(Vec<ScoreRow>),
    Table(Table),
    /// What follows is wide: a landscape page in Word, OpenDocument and print.
    Landscape,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    pub profile: String,
    pub score: Option<u8>,
    pub not_applicable: bool,
    pub label: String,
    /// The toelichting in short, or why it is not applicable (summary only).
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    /// Smaller text, to fit a portrait page.
    pub small: bool,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

/// A sheet of plain rows for a spreadsheet: whole numbers become numbers, the rest text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub header: &'static str,
    pub fit: Fit,
}

/// How a column takes its width (see [`super::column_widths`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Dates, statuses, short codes: as wide as the widest cell, never wrapped.
    Short,
    /// Running text: at least as wide as its longest word, more as room allows.
    Text,
    /// The column that gets what is left ("Wat").
    Main,
}

const fn col(header: &'static str, fit: Fit) -> Column {
    Column { header, fit }
}

/// Columns of the action plan, in every form.
pub const ACTION_COLUMNS: [Column; 8] = [
    col("Profiel", Fit::Text),
    col("Herkomst", Fit::Short),
    col("Wat", Fit::Main),
    col("Succescriterium", Fit::Text),
    col("Eigenaar", Fit::Text),
    col("Middelen", Fit::Text),
    col("Klaar op", Fit::Short),
    col("Status", Fit::Short),
];

impl ScoreRow {
    /// A bar of five ("■■■□□"), or "n.v.t.".
    pub fn bar(&self) -> String {
        if self.not_applicable {
            "n.v.t.".to_string()
        } else {
            score_bar(self.score)
        }
    }
}

/// A label as it leads its text: "Toelichting: ", but a question stays "Wat gaat goed? ".
pub fn lead(label: &str) -> String {
    if label.trim_end().ends_with(['?', ':', '.']) {
        format!("{} ", label.trim_end())
    } else {
        format!("{}: ", label.trim_end())
    }
}

/// A bar of five for a score: "■■■□□".
pub fn score_bar(score: Option<u8>) -> String {
    let filled = usize::from(score.unwrap_or(0).min(5));
    "■".repeat(filled) + &"□".repeat(5 - filled)
}

fn heading(level: u8, text: impl Into<String>, anchor: impl Into<String>) -> Block {
    Block::Heading {
        level,
        text: text.into(),
        anchor: anchor.into(),
    }
}

fn labelled(label: &str, text: &str) -> Block {
    Block::Labelled {
        label: label.to_string(),
        text: text.to_string(),
    }
}

/// The report's blocks, in reading order.
pub fn document(r: &Report) -> Vec<Block> {
    let mut b = vec![Block::Title(format!(
        "{}: {}",
        r.variant.title(),
        r.organisation
    ))];
    let facts = [
        ("Periode", r.period.as_str()),
        ("Contactpersoon", r.contact.as_str()),
        ("Startdatum", r.start_date.as_str()),
        ("Profielen", r.catalogue.as_str()),
        ("Gemaakt op", r.made_on.as_str()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(l, v)| (l.to_string(), v.to_string()))
    .collect();
    b.push(Block::Facts(facts));
    if r.variant == ReportVariant::PeerReview {
        b.push(Block::Paragraph(
            "Dit is wat de collega-organisaties in het toetsingspakket krijgen: de \
             zelfevaluatie met per profiel de score en de toelichting, zonder de velden met \
             namen van personen en zonder losse scores."
                .into(),
        ));
    }

    b.push(heading(1, "Scores", "rapport-scores"));
    let summary = r.variant == ReportVariant::Summary;
    b.push(Block::Scores(
        r.profiles
            .iter()
            .map(|p| ScoreRow {
                profile: p.name.clone(),
                score: p.score,
                not_applicable: p.not_applicable,
                label: p.score_label.clone(),
                note: summary.then(|| summary_note(p)),
            })
            .collect(),
    ));

    if !summary {
        b.push(heading(1, "Stap 1: Zelfevaluatie", "rapport-stap-1"));
        for p in &r.profiles {
            b.push(heading(2, &p.name, format!("rapport-{}", p.id)));
            b.push(labelled("Score", &p.score_label));
            if !p.facts.is_empty() {
                b.push(Block::Facts(p.facts.clone()));
            }
            if let Some(s) = p.spread {
                let mut line = format!("Losse scores: {}.", s.describe());
                if s.flagged() {
                    line += " De scores liggen 2 of meer uit elkaar.";
                }
                b.push(Block::Paragraph(line));
                b.push(Block::Table(Table {
                    caption: format!("Losse scores voor {}", p.name),
                    small: false,
                    columns: vec![
                        col("Deelnemer", Fit::Text),
                        col("Score", Fit::Text),
                        col("Toelichting", Fit::Main),
                    ],
                    rows: p
                        .assessors
                        .iter()
                        .map(|a| vec![a.participant.clone(), a.score_label.clone(), a.note.clone()])
                        .collect(),
                }));
            }
            if !p.consensus_note.trim().is_empty() {
                b.push(labelled(
                    "Onderbouwing vastgestelde score",
                    &p.consensus_note,
                ));
            }
            if !p.explanation.trim().is_empty() {
                b.push(labelled("Toelichting", &p.explanation));
            }
            for (i, (q, n)) in p.notes.iter().enumerate() {
                b.push(heading(3, q, format!("rapport-{}-{}", p.id, i + 1)));
                b.push(Block::Paragraph(n.clone()));
            }
        }
    }

    b.push(heading(1, "Stap 2: Collegiale toetsing", "rapport-stap-2"));
    let peer = &r.peer;
    if !peer.done.is_empty() {
        let mut line = format!("Collegiale toetsing gedaan: {}.", peer.done);
        if !peer.peers.trim().is_empty() {
            line += &format!(" Met: {}.", peer.peers.trim());
        }
        if !peer.date.trim().is_empty() {
            line += &format!(" Datum: {}.", peer.date);
        }
        b.push(Block::Paragraph(line));
    }
    if !peer.participants.trim().is_empty() {
        b.push(labelled("Wie deden mee", &peer.participants));
    }
    for (i, q) in peer.questions.iter().enumerate() {
        b.push(heading(3, &q.text, format!("rapport-toetsing-{}", i + 1)));
        if !q.own_note.trim().is_empty() {
            b.push(Block::Paragraph(q.own_note.clone()));
        }
        if !q.replies.is_empty() {
            b.push(Block::List(q.replies.clone()));
        }
    }
    if !peer.asked.is_empty() {
        b.push(Block::Paragraph(
            "De collega-organisaties krijgen deze vragen:".into(),
        ));
        b.push(Block::List(
            peer.asked
                .iter()
                .map(|q| (String::new(), q.clone()))
                .collect(),
        ));
    }

    if r.variant != ReportVariant::PeerReview {
        b.push(heading(1, "Stap 3: Conclusies", "rapport-stap-3"));
        if r.conclusions.is_empty() {
            b.push(Block::Paragraph("Nog geen conclusies ingevuld.".into()));
        }
        for (i, (q, a)) in r.conclusions.iter().enumerate() {
            if summary {
                // Compact: the question leads its answer.
                b.push(labelled(q, a));
            } else {
                b.push(heading(3, q, format!("rapport-conclusie-{}", i + 1)));
                b.push(Block::Paragraph(a.clone()));
            }
        }
        if r.actions.is_empty() {
            b.push(heading(1, "Actieplan", "rapport-actieplan"));
            b.push(Block::Paragraph("Nog geen acties.".into()));
        } else if summary || r.actions.len() <= PORTRAIT_ACTIONS {
            // The summary stays on portrait pages, to fit on two sheets of paper; so does a
            // short action plan, which on a landscape page of its own would leave a nearly
            // empty page before it.
            b.push(heading(1, "Actieplan", "rapport-actieplan"));
            b.push(Block::Table(compact_action_table(r)));
        } else {
            b.push(Block::Landscape);
            b.push(heading(1, "Actieplan", "rapport-actieplan"));
            b.push(Block::Table(action_table(r)));
        }
    }
    b
}

/// Up to this many actions, the full report's action plan stays on portrait pages.
pub const PORTRAIT_ACTIONS: usize = 3;

fn summary_note(p: &super::ProfileSection) -> String {
    if p.not_applicable {
        let reason = p
            .facts
            .iter()
            .find(|(l, _)| l.starts_with("Niet van toepassing"))
            .map(|(_, v)| v.as_str())
            .unwrap_or("geen reden opgegeven");
        format!("Niet van toepassing, omdat: {reason}")
    } else if p.explanation_shortened {
        format!("{} (ingekort)", p.explanation)
    } else {
        p.explanation.clone()
    }
}

/// The action plan in six columns and small text, for a portrait page: the origin under the
/// profile, the status under the date.
pub fn compact_action_table(r: &Report) -> Table {
    let full = action_table(r);
    let pick = |row: &Vec<String>, i: usize| row.get(i).cloned().unwrap_or_default();
    let join = |a: String, b: String| {
        if b.is_empty() {
            a
        } else {
            format!("{a}\n{b}")
        }
    };
    Table {
        caption: full.caption.clone(),
        small: true,
        columns: vec![
            col("Profiel, herkomst", Fit::Text),
            col("Wat", Fit::Main),
            col("Succescriterium", Fit::Text),
            col("Eigenaar", Fit::Text),
            col("Middelen", Fit::Text),
            col("Klaar op, status", Fit::Short),
        ],
        rows: full
            .rows
            .iter()
            .map(|row| {
                vec![
                    join(pick(row, 0), pick(row, 1)),
                    pick(row, 2),
                    pick(row, 3),
                    pick(row, 4),
                    pick(row, 5),
                    join(pick(row, 6), pick(row, 7)),
                ]
            })
            .collect(),
    }
}

/// The action plan as a table: one row per action.
pub fn action_table(r: &Report) -> Table {
    Table {
        caption: "Acties voor de komende twee jaar".into(),
        small: false,
        columns: ACTION_COLUMNS.to_vec(),
        rows: r
            .actions
            .iter()
            .map(|a| {
                vec![
                    if a.carried_over {
                        format!("{} (overgenomen)", a.profile)
                    } else {
                        a.profile.clone()
                    },
                    a.origin_short.clone(),
                    a.what.clone(),
                    a.measure.clone(),
                    a.owner.clone(),
                    a.resources.clone(),
                    a.deadline.clone(),
                    a.status.clone(),
                ]
            })
            .collect(),
    }
}

/// The score table of files: profile, score, a bar of five, and in the summary the
/// toelichting in short.
pub fn scores_table(rows: &[ScoreRow]) -> Table {
    let with_note = rows.iter().any(|r| r.note.is_some());
    let mut columns = vec![
        col("Profiel", Fit::Text),
        col("Score", Fit::Text),
        col("Op de schaal", Fit::Short),
    ];
    if with_note {
        columns.push(col("Toelichting", Fit::Main));
    }
    Table {
        caption: "Score per profiel".into(),
        small: false,
        columns,
        rows: rows
            .iter()
            .map(|r| {
                let mut row = vec![r.profile.clone(), r.label.clone(), r.bar()];
                if with_note {
                    row.push(r.note.clone().unwrap_or_default());
                }
                row
            })
            .collect(),
    }
}
