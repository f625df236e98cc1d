//! The report of one evaluation, in reading order, as plain data: the report page, Markdown,
//! the Word document and the CSV are all made from it, so they always agree.

use super::catalogue::Catalogue;
use super::dates::{format_nl, Date};
use super::evaluation::{ActionStatus, Evaluation};
use super::exchange::{spread, Spread};

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub organisation: String,
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
    /// applicable, who took part, how, when, with which sources.
    pub facts: Vec<(String, String)>,
    pub spread: Option<Spread>,
    /// (participant, score label, note): the separate scoreformulieren
    pub assessors: Vec<(String, String, String)>,
    pub explanation: String,
    pub consensus_note: String,
    /// (hulpvraag, note), answered ones only, in catalogue order.
    pub notes: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerSection {
    /// "ja", "nee", "nog niet besloten"
    pub done: String,
    pub peers: String,
    pub date: String,
    pub participants: String,
    pub questions: Vec<PeerQuestion>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeerQuestion {
    pub text: String,
    pub own_note: String,
    /// (peer "Organisatie (naam)", note)
    pub replies: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// Profile name, or "Overkoepelend".
    pub profile: String,
    /// Where it comes from ("Uit de collegiale toetsing (stap 2)"); empty when not said.
    pub origin: String,
    pub what: String,
    pub measure: String,
    pub owner: String,
    pub resources: String,
    /// dd-mm-jjjj (as typed when it is not a date).
    pub deadline: String,
    pub status: String,
    pub carried_over: bool,
}

/// A file the report can be downloaded as. Owns its button label, file name and contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Word,
    /// The action plan only, for Dutch Excel.
    ActionPlanCsv,
    Markdown,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 3] = [
        ReportFormat::Word,
        ReportFormat::ActionPlanCsv,
        ReportFormat::Markdown,
    ];

    /// The button that downloads it.
    pub fn label(self) -> &'static str {
        match self {
            ReportFormat::Word => "Rapport als Word-bestand",
            ReportFormat::ActionPlanCsv => "Actieplan als CSV (Excel)",
            ReportFormat::Markdown => "Rapport als Markdown",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ReportFormat::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            ReportFormat::ActionPlanCsv => "text/csv;charset=utf-8",
            ReportFormat::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// `vth-rapport_<organisatie>_<periode>_<datum>.docx`, and so on.
    pub fn file_name(self, evaluation: &Evaluation, today: Date) -> String {
        let (prefix, extension) = match self {
            ReportFormat::Word => ("vth-rapport", "docx"),
            ReportFormat::ActionPlanCsv => ("vth-actieplan", "csv"),
            ReportFormat::Markdown => ("vth-rapport", "md"),
        };
        super::file_format::file_name(prefix, evaluation, today, extension)
    }

    /// The file's contents.
    pub fn render(self, report: &Report) -> Vec<u8> {
        match self {
            ReportFormat::Word => super::docx::report_docx(report),
            ReportFormat::ActionPlanCsv => action_plan_csv(report).into_bytes(),
            ReportFormat::Markdown => markdown(report).into_bytes(),
        }
    }
}

/// Builds the report; `today` (the user's local date) is the date it was made.
pub fn build(ev: &Evaluation, catalogue: &Catalogue, today: Date) -> Report {
    let h = &catalogue.hulpvragen;
    let profiles = catalogue
        .profiles
        .iter()
        .map(|p| {
            let a = ev.assessment(&p.id);
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
                facts: scoring_facts(&a),
                spread: spread(ev, &p.id),
                assessors: ev
                    .self_evaluation
                    .assessors
                    .iter()
                    .map(|x| {
                        let s = x.scores.get(&p.id).cloned().unwrap_or_default();
                        (x.label(), catalogue.score_label(s.score), s.note)
                    })
                    .collect(),
                explanation: a.explanation.clone(),
                consensus_note: a.consensus_note.clone(),
                notes: h
                    .zelfevaluatie
                    .questions
                    .iter()
                    .filter_map(|q| a.notes.get(&q.id).map(|n| (q.text.clone(), n.clone())))
                    .collect(),
            }
        })
        .collect();

    let peer = &ev.peer_review;
    let reply_notes = |pick: &dyn Fn(&super::evaluation::PeerReply) -> Option<String>| {
        peer.replies
            .iter()
            .filter_map(|r| {
                pick(r)
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| (r.label(), t))
            })
            .collect::<Vec<_>>()
    };
    let mut questions: Vec<PeerQuestion> = h
        .collegiale_toetsing
        .questions
        .iter()
        .filter(|q| !q.open)
        .map(|q| PeerQuestion {
            text: q.text.clone(),
            own_note: peer.notes.get(&q.id).cloned().unwrap_or_default(),
            replies: reply_notes(&|r| r.notes.get(&q.id).cloned()),
        })
        .collect();
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

    let conclusions = h
        .conclusies_actieplan
        .groups
        .iter()
        .flat_map(|g| &g.questions)
        .filter_map(|q| {
            ev.conclusions
                .notes
                .get(&q.id)
                .map(|n| (q.text.clone(), n.clone()))
        })
        .collect();

    Report {
        organisation: ev.organisation.clone(),
        contact: ev.contact.clone(),
        period: ev.period.clone(),
        start_date: format_nl(&ev.start_date),
        catalogue: Catalogue::by_id(&ev.catalogue_id)
            .map_or_else(|| ev.catalogue_id.clone(), |c| c.title.clone()),
        made_on: today.to_nl(),
        profiles,
        peer: PeerSection {
            done: peer.choice.label().to_string(),
            peers: peer.peers.clone(),
            date: format_nl(&peer.date),
            participants: peer.participants.clone(),
            questions,
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

/// How one profile was scored, as (label, value), filled-in ones only.
fn scoring_facts(a: &super::evaluation::ProfileAssessment) -> Vec<(String, String)> {
    use super::evaluation::ScoringMethod;
    let sources = a
        .sources
        .iter()
        .map(|s| s.label().to_lowercase())
        .chain((!a.sources_note.trim().is_empty()).then(|| a.sources_note.trim().to_string()))
        .collect::<Vec<_>>()
        .join("; ");
    [
        (
            "Niet van toepassing, omdat",
            if a.not_applicable {
                a.not_applicable_reason.trim().to_string()
            } else {
                String::new()
            },
        ),
        ("Wie deden mee", a.participants.trim().to_string()),
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
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(l, v)| (l.to_string(), v))
    .collect()
}

fn action_row(a: &super::evaluation::ActionItem, catalogue: &Catalogue) -> ActionRow {
    use super::evaluation::ActionOrigin;
    ActionRow {
        origin: if a.origin == ActionOrigin::NotSaid {
            String::new()
        } else {
            a.origin.label().to_string()
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
        status: a.status.label().to_string(),
        carried_over: a.carried_over,
    }
}

/// One CSV field for Dutch Excel: quoted when needed; a leading `=`, `+`, `-`, `@`, tab or
/// carriage return is neutralised with an apostrophe so it is never run as a formula.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The action plan as CSV that Dutch Excel opens as is: UTF-8 with BOM, `;` between fields,
/// CRLF line ends, dates as dd-mm-jjjj. One row per action.
pub fn action_plan_csv(report: &Report) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
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
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for a in &report.actions {
        let row: [&str; 9] = [
            &a.profile,
            &a.origin,
            &a.what,
            &a.measure,
            &a.owner,
            &a.resources,
            &a.deadline,
            &a.status,
            if a.carried_over { "ja" } else { "nee" },
        ];
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(";"),
        );
        out.push_str("\r\n");
    }
    out
}

/// The report as Markdown.
pub fn markdown(r: &Report) -> String {
    let esc = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let mut md = format!(
        "# Inzicht in competentieprofielen VTH: {}\n\n",
        r.organisation
    );
    md += &format!("- Periode: {}\n- Contactpersoon: {}\n- Startdatum: {}\n- Profielen: {}\n- Gemaakt op: {}\n\n", r.period, r.contact, r.start_date, r.catalogue, r.made_on);
    md += "## Scores\n\n| Profiel | Score |\n| --- | --- |\n";
    for p in &r.profiles {
        md += &format!("| {} | {} |\n", p.name, p.score_label);
    }
    md += "\n## Stap 1: Zelfevaluatie\n";
    for p in &r.profiles {
        md += &format!("\n### {}\n\nScore: {}\n", p.name, p.score_label);
        for (label, value) in &p.facts {
            md += &format!("- {label}: {}\n", esc(value));
        }
        if let Some(s) = p.spread {
            md += &format!(
                "\nLosse scores: van {} tot {} ({} scores).\n",
                s.min, s.max, s.count
            );
        }
        for (name, score, note) in &p.assessors {
            md += &format!("- {name}: {score}. {}\n", esc(note));
        }
        if !p.explanation.is_empty() {
            md += &format!("\n{}\n", p.explanation);
        }
        for (q, n) in &p.notes {
            md += &format!("\n**{q}**\n\n{n}\n");
        }
    }
    md += &format!(
        "\n## Stap 2: Collegiale toetsing\n\nGedaan: {}.",
        r.peer.done
    );
    if !r.peer.peers.is_empty() {
        md += &format!(" Met: {}.", r.peer.peers);
    }
    md += "\n";
    for q in &r.peer.questions {
        md += &format!("\n**{}**\n\n", q.text);
        if !q.own_note.is_empty() {
            md += &format!("{}\n\n", q.own_note);
        }
        for (who, t) in &q.replies {
            md += &format!("- {who}: {}\n", esc(t));
        }
    }
    md += "\n## Stap 3: Conclusies\n";
    for (q, a) in &r.conclusions {
        md += &format!("\n**{q}**\n\n{a}\n");
    }
    md += "\n## Actieplan\n\n| Profiel | Herkomst | Wat | Succescriterium | Eigenaar | Klaar op | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n";
    for a in &r.actions {
        md += &format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            esc(&a.profile),
            esc(&a.origin),
            esc(&a.what),
            esc(&a.measure),
            esc(&a.owner),
            esc(&a.deadline),
            a.status
        );
    }
    md
}

/// Growth: per profile, the scores of several evaluations (oldest first) and the change from
/// the first to the last scored one.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub profile: String,
    /// Per evaluation; none when not scored or not applicable.
    pub scores: Vec<Option<u8>>,
    /// Per evaluation: marked "niet van toepassing".
    pub not_applicable: Vec<bool>,
    pub change: Option<i8>,
}

pub fn trend(evaluations: &[&Evaluation], catalogue: &Catalogue) -> Vec<TrendRow> {
    catalogue
        .profiles
        .iter()
        .map(|p| {
            let scores: Vec<Option<u8>> = evaluations.iter().map(|e| e.score(&p.id)).collect();
            let scored: Vec<u8> = scores.iter().flatten().copied().collect();
            let change =
                (scored.len() >= 2).then(|| scored[scored.len() - 1] as i8 - scored[0] as i8);
            TrendRow {
                profile: p.name.clone(),
                not_applicable: evaluations
                    .iter()
                    .map(|e| e.not_applicable(&p.id))
                    .collect(),
                scores,
                change,
            }
        })
        .collect()
}

/// Orders evaluations oldest first: by start date, then period, then creation.
pub fn chronological(mut evaluations: Vec<&Evaluation>) -> Vec<&Evaluation> {
    evaluations.sort_by(|a, b| {
        (&a.start_date, &a.period, a.created_ms).cmp(&(&b.start_date, &b.period, b.created_ms))
    });
    evaluations
}

/// The next cycle of `previous`: the organisation's details, the next period, and the
/// unfinished action items (marked as carried over). Not the scores or notes. It starts
/// `today` (the user's local date).
pub fn next_cycle(previous: &Evaluation, id: String, now_ms: i64, today: Date) -> Evaluation {
    let mut next = Evaluation::new(id, now_ms);
    next.organisation = previous.organisation.clone();
    next.contact = previous.contact.clone();
    next.catalogue_id = previous.catalogue_id.clone();
    next.period = next_period(&previous.period);
    next.start_date = today.to_iso();
    next.previous_id = Some(previous.id.clone());
    next.conclusions.actions = previous
        .conclusions
        .actions
        .iter()
        .filter(|a| a.status != ActionStatus::Done)
        .map(|a| super::evaluation::ActionItem {
            carried_over: true,
            ..a.clone()
        })
        .collect();
    next
}

/// "2025-2026" → "2027-2028"; anything else stays empty for the user to fill in.
pub fn next_period(period: &str) -> String {
    match period
        .split_once('-')
        .map(|(a, b)| (a.trim().parse::<i32>(), b.trim().parse::<i32>()))
    {
        Some((Ok(a), Ok(b))) if b >= a => {
            let length = b - a + 1;
            format!("{}-{}", a + length, b + length)
        }
        _ => String::new(),
    }
}
