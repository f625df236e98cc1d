//! The network overview as blocks for Word, OpenDocument and Markdown (the report's writers),
//! and its counts as the rows of a spreadsheet. The same figures and the same rule as the
//! page: a group below [`MIN_GROUP`] shows "te weinig", and names only in the list of who
//! contributed.

use super::overview::{figures, group, left_out, Filter, GroupFigures, Shown, MIN_GROUP};
use super::set::NetworkSet;
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::Date;
use crate::domain::evaluation::{ActionOrigin, OrganisationKind};
use crate::domain::report::{Block, Column, Fit, Sheet, Table};

/// What the overview shows: the group's filter and, when chosen, two periods side by side.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    pub filter: Filter,
    pub compare: Option<[String; 2]>,
}

/// Why the figures count fewer than the set holds ([`super::overview::counted`]).
pub fn left_out_text(n: usize) -> String {
    format!(
        "{n} {} niet mee: van dezelfde soort organisatie en periode zijn er minder dan \
         {MIN_GROUP}. Anders zou één organisatie te vinden zijn door twee groepen van elkaar af \
         te trekken.",
        if n == 1 {
            "bijdrage telt"
        } else {
            "bijdragen tellen"
        }
    )
}

/// Why some scores of a profile are not shown ([`super::ProfileFigures::hidden`]).
pub fn hidden_text(n: usize) -> String {
    format!(
        "{n} {} niet getoond: minder dan {MIN_GROUP} organisaties van dezelfde soort en periode \
         gaven dit profiel een score (de andere kozen n.v.t. of scoorden het niet).",
        if n == 1 {
            "score wordt"
        } else {
            "scores worden"
        }
    )
}

pub fn too_few_text(count: usize) -> String {
    format!("Te weinig bijdragen om te tonen (minimaal {MIN_GROUP}). In deze groep: {count}.")
}

/// How the group is described: "Alle soorten organisaties, alle periodes".
pub fn group_label(filter: &Filter) -> String {
    let kind = filter
        .kind
        .map_or("Alle soorten organisaties".to_string(), |k| {
            k.label().to_string()
        });
    let period = match &filter.period {
        None => "alle periodes".to_string(),
        Some(p) if p.is_empty() => "geen periode".to_string(),
        Some(p) => format!("periode {p}"),
    };
    format!("{kind}, {period}")
}

const fn col(header: &'static str, fit: Fit) -> Column {
    Column { header, fit }
}

const ORIGIN_COLUMNS: [(ActionOrigin, &str); 5] = [
    (ActionOrigin::SelfEvaluation, "Stap 1"),
    (ActionOrigin::PeerReview, "Stap 2"),
    (ActionOrigin::TopDown, "Top-down"),
    (ActionOrigin::BottomUp, "Bottom-up"),
    (ActionOrigin::NotSaid, "Niet gekozen"),
];

/// The actions per profile and origin: one row each, counts as text.
pub fn action_rows(f: &GroupFigures, catalogue: &Catalogue) -> Vec<Vec<String>> {
    f.actions
        .iter()
        .map(|a| {
            let mut row = vec![catalogue.action_profile(a.profile_id.as_deref())];
            row.extend(ORIGIN_COLUMNS.iter().map(|(o, _)| {
                a.by_origin
                    .iter()
                    .find(|(x, _)| x == o)
                    .map_or(0, |(_, n)| *n)
                    .to_string()
            }));
            row.push(a.total.to_string());
            row
        })
        .collect()
}

pub const ACTION_HEADERS: [&str; 7] = [
    "Profiel",
    "Stap 1",
    "Stap 2",
    "Top-down",
    "Bottom-up",
    "Niet gekozen",
    "Totaal",
];

pub const SCORE_HEADERS: [&str; 11] = [
    "Profiel",
    "Groep of periode",
    "Score 1",
    "Score 2",
    "Score 3",
    "Score 4",
    "Score 5",
    "n.v.t.",
    "Niet gescoord",
    "Score niet getoond",
    "Bijdragen",
];

/// One row per profile of `f`: the group's label, the counts of 1-5, n.v.t., not scored, and
/// the group's size.
pub fn score_rows(f: &GroupFigures, label: &str, catalogue: &Catalogue) -> Vec<Vec<String>> {
    f.profiles
        .iter()
        .map(|p| {
            let mut row = vec![
                catalogue.action_profile(Some(&p.profile_id)),
                label.to_string(),
            ];
            row.extend(p.scores.iter().map(usize::to_string));
            row.extend([
                p.not_applicable.to_string(),
                p.not_scored.to_string(),
                p.hidden.to_string(),
                f.count.to_string(),
            ]);
            row
        })
        .collect()
}

/// The overview's blocks, in reading order.
pub fn network_document(
    set: &NetworkSet,
    view: &View,
    catalogue: &Catalogue,
    today: Date,
) -> Vec<Block> {
    let mut b = vec![Block::Title("Netwerkoverzicht".to_string())];
    b.push(Block::Facts(vec![
        ("Profielen".into(), catalogue.title.clone()),
        ("Groep".into(), group_label(&view.filter)),
        ("Bijdragen in de set".into(), set.len().to_string()),
        ("Gemaakt op".into(), today.to_nl()),
    ]));
    b.push(Block::Paragraph(format!(
        "Een groep toont pas iets vanaf {MIN_GROUP} bijdragen, zodat niet te zien is hoe één \
         organisatie scoorde. Nooit een rangorde en nooit een score naast een naam."
    )));

    b.push(heading(1, "In deze set", "netwerk-set"));
    b.push(Block::Table(Table {
        caption: "Bijdragen per soort organisatie".into(),
        small: false,
        columns: vec![col("Soort", Fit::Text), col("Bijdragen", Fit::Short)],
        rows: set
            .by_kind()
            .into_iter()
            .map(|(k, n)| {
                vec![
                    k.map_or("Soort niet gekozen", OrganisationKind::label)
                        .to_string(),
                    n.to_string(),
                ]
            })
            .collect(),
    }));
    b.push(Block::Table(Table {
        caption: "Bijdragen per periode".into(),
        small: false,
        columns: vec![col("Periode", Fit::Text), col("Bijdragen", Fit::Short)],
        rows: set
            .by_period()
            .into_iter()
            .map(|(p, n)| {
                vec![
                    if p.is_empty() {
                        "Geen periode".into()
                    } else {
                        p
                    },
                    n.to_string(),
                ]
            })
            .collect(),
    }));
    let (names, unnamed) = set.contributors();
    b.push(heading(2, "Wie deden mee", "netwerk-wie"));
    b.push(Block::Paragraph(format!(
        "{unnamed} zonder naam; {} met naam (op alfabet).",
        names.len()
    )));
    if !names.is_empty() {
        b.push(Block::List(
            names.into_iter().map(|n| (String::new(), n)).collect(),
        ));
    }

    let left_out = left_out(&set.contributions);
    if left_out > 0 {
        b.push(Block::Paragraph(left_out_text(left_out)));
    }
    let chosen = group(&set.contributions, &view.filter);
    match figures(&chosen, catalogue) {
        Shown::TooFew(n) => {
            b.push(heading(1, "Scores per profiel", "netwerk-scores"));
            b.push(Block::Paragraph(too_few_text(n)));
        }
        Shown::Figures(f) => group_blocks(&mut b, &f, catalogue),
    }

    if let Some(periods) = &view.compare {
        b.push(heading(1, "Twee periodes naast elkaar", "netwerk-periodes"));
        let mut rows = vec![];
        let shown: Vec<_> = periods
            .iter()
            .map(|p| {
                let filter = Filter {
                    kind: view.filter.kind,
                    period: Some(p.clone()),
                };
                (
                    p.clone(),
                    figures(&group(&set.contributions, &filter), catalogue),
                )
            })
            .collect();
        for (period, s) in &shown {
            match s {
                Shown::Figures(f) => rows.extend(score_rows(f, period, catalogue)),
                Shown::TooFew(n) => {
                    b.push(Block::Paragraph(format!("{period}: {}", too_few_text(*n))));
                }
            }
        }
        if !rows.is_empty() {
            rows.sort_by_key(|r| {
                catalogue
                    .profiles
                    .iter()
                    .position(|p| p.name == r[0])
                    .unwrap_or(usize::MAX)
            });
            b.push(Block::Landscape);
            b.push(Block::Table(score_table(
                "Aantal organisaties per score, per periode",
                rows,
            )));
        }
    }
    b
}

fn score_table(caption: &str, rows: Vec<Vec<String>>) -> Table {
    Table {
        caption: caption.into(),
        small: true,
        columns: SCORE_HEADERS
            .iter()
            .enumerate()
            .map(|(i, h)| col(h, if i < 2 { Fit::Text } else { Fit::Short }))
            .collect(),
        rows,
    }
}

fn heading(level: u8, text: &str, anchor: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_string(),
        anchor: anchor.to_string(),
    }
}

fn group_blocks(b: &mut Vec<Block>, f: &GroupFigures, catalogue: &Catalogue) {
    b.push(heading(1, "Scores per profiel", "netwerk-scores"));
    b.push(Block::Paragraph(format!(
        "{} bijdragen in deze groep. {} daarvan deden een collegiale toetsing.",
        f.count, f.peer_review_held
    )));
    for p in &f.profiles {
        let name = catalogue.action_profile(Some(&p.profile_id));
        b.push(heading(2, &name, &format!("netwerk-{}", p.profile_id)));
        let mut rows: Vec<Vec<String>> = (1..=5u8)
            .map(|s| {
                let meaning = catalogue
                    .scale_level(s)
                    .map(|l| l.label_nl.clone())
                    .unwrap_or_default();
                vec![
                    format!("{s} {meaning}"),
                    p.scores[usize::from(s - 1)].to_string(),
                ]
            })
            .collect();
        rows.push(vec!["n.v.t.".into(), p.not_applicable.to_string()]);
        if p.not_scored > 0 {
            rows.push(vec!["Niet gescoord".into(), p.not_scored.to_string()]);
        }
        if p.hidden > 0 {
            rows.push(vec!["Score niet getoond".into(), p.hidden.to_string()]);
        }
        b.push(Block::Table(Table {
            caption: format!("{name}: hoeveel organisaties welke score gaven"),
            small: false,
            columns: vec![col("Score", Fit::Text), col("Aantal", Fit::Short)],
            rows,
        }));
        if !p.methods.is_empty() {
            b.push(Block::List(
                p.methods
                    .iter()
                    .map(|(m, n)| (String::new(), format!("{}: {n}", m.label())))
                    .collect(),
            ));
        }
        if p.hidden > 0 {
            b.push(Block::Paragraph(hidden_text(p.hidden)));
        }
        if let Some(m) = p.median_participants {
            b.push(Block::Paragraph(format!(
                "Gemiddeld (mediaan) deden {m} mensen mee aan de score."
            )));
        }
    }
    b.push(heading(1, "Acties in de actieplannen", "netwerk-acties"));
    if f.actions.is_empty() {
        b.push(Block::Paragraph("In deze groep staan geen acties.".into()));
    } else {
        b.push(Block::Table(Table {
            caption: "Acties per profiel en herkomst (aantallen)".into(),
            small: false,
            columns: ACTION_HEADERS
                .iter()
                .enumerate()
                .map(|(i, h)| col(h, if i == 0 { Fit::Text } else { Fit::Short }))
                .collect(),
            rows: action_rows(f, catalogue),
        }));
        for a in f.actions.iter().filter(|a| !a.texts.is_empty()) {
            let name = catalogue.action_profile(a.profile_id.as_deref());
            b.push(heading(
                2,
                &format!("Acties met tekst: {name}"),
                &format!(
                    "netwerk-acties-{}",
                    a.profile_id.as_deref().unwrap_or("overkoepelend")
                ),
            ));
            b.push(Block::List(
                a.texts.iter().map(|t| (String::new(), t.clone())).collect(),
            ));
        }
    }
    b.push(heading(
        1,
        "Ervaringen met de profielen en het stappenplan",
        "netwerk-ervaringen",
    ));
    b.push(Block::Paragraph(
        "Voor de Kerngroep die de profielen verder ontwikkelt. Per profiel, op alfabet, zonder organisatie."
            .into(),
    ));
    for (id, texts) in &f.profile_experiences {
        let name = catalogue.action_profile(Some(id));
        b.push(heading(2, &name, &format!("netwerk-ervaring-{id}")));
        b.push(Block::List(
            texts.iter().map(|t| (String::new(), t.clone())).collect(),
        ));
    }
    if !f.stappenplan_experiences.is_empty() {
        b.push(heading(
            2,
            "Het stappenplan",
            "netwerk-ervaring-stappenplan",
        ));
        b.push(Block::List(
            f.stappenplan_experiences
                .iter()
                .map(|t| (String::new(), t.clone()))
                .collect(),
        ));
    }
}

/// The spreadsheet's sheets, counts only, no texts.
pub fn count_sheets(set: &NetworkSet, view: &View, catalogue: &Catalogue) -> Vec<Sheet> {
    let chosen = group(&set.contributions, &view.filter);
    let label = group_label(&view.filter);
    let mut scores = vec![];
    let mut actions = vec![];
    match figures(&chosen, catalogue) {
        Shown::Figures(f) => {
            scores.extend(score_rows(&f, &label, catalogue));
            actions.extend(action_rows(&f, catalogue));
        }
        Shown::TooFew(n) => {
            scores.push(vec![too_few_text(n), label.clone()]);
        }
    }
    if let Some(periods) = &view.compare {
        for p in periods {
            let filter = Filter {
                kind: view.filter.kind,
                period: Some(p.clone()),
            };
            let label = group_label(&filter);
            match figures(&group(&set.contributions, &filter), catalogue) {
                Shown::Figures(f) => scores.extend(score_rows(&f, &label, catalogue)),
                Shown::TooFew(n) => scores.push(vec![too_few_text(n), label]),
            }
        }
    }
    let mut counts: Vec<Vec<String>> = set
        .by_kind()
        .into_iter()
        .map(|(k, n)| {
            vec![
                "Soort organisatie".into(),
                k.map_or("Soort niet gekozen", OrganisationKind::label)
                    .into(),
                n.to_string(),
            ]
        })
        .collect();
    counts.extend(set.by_period().into_iter().map(|(p, n)| {
        vec![
            "Periode".into(),
            if p.is_empty() {
                "Geen periode".into()
            } else {
                p
            },
            n.to_string(),
        ]
    }));
    vec![
        Sheet {
            name: "Scores",
            headers: SCORE_HEADERS.to_vec(),
            rows: scores,
        },
        Sheet {
            name: "Acties",
            headers: ACTION_HEADERS.to_vec(),
            rows: actions,
        },
        Sheet {
            name: "Bijdragen",
            headers: vec!["Indeling", "Groep", "Bijdragen"],
            rows: counts,
        },
    ]
}
