//! The report's blocks as a page: the same blocks the Word, OpenDocument and Markdown files
//! are made of. What follows [`Block::Landscape`] prints on landscape pages.

use leptos::prelude::*;

use super::score_chart::ScoreChart;
use crate::domain::report::column_widths::column_fractions;
use crate::domain::report::document::lead;
use crate::domain::report::{scores_table, Block, Fit, ScoreRow, Table};
use crate::ui::layout::TableRegion;

fn cell_class(fit: Fit) -> &'static str {
    match fit {
        Fit::Short => "cell--short",
        Fit::Text => "cell--text",
        Fit::Main => "cell--main",
    }
}

/// The text width of a printed page in points (A4, 16 mm margins as in `@page`).
const PRINT_WIDTH_PT: f64 = 504.6;
const PRINT_WIDTH_LANDSCAPE_PT: f64 = 751.2;

/// More columns than this do not fit a phone's width: the table scrolls in its own region.
const WIDE_COLUMNS: usize = 4;

/// "12.3%": by whole numbers, so the app's wasm needs no float formatting.
fn percent(fraction: f64) -> String {
    let permille = (fraction * 1000.0).round() as u32;
    format!("{}.{}%", permille / 10, permille % 10)
}

fn table(t: Table, landscape: bool) -> AnyView {
    // Column widths from the content, as in the Word and OpenDocument files; set through the
    // CSSOM (`style:`), which the Content-Security-Policy allows, unlike style attributes.
    let width = if landscape {
        PRINT_WIDTH_LANDSCAPE_PT
    } else {
        PRINT_WIDTH_PT
    };
    let font = if t.small { 8.0 } else { 9.0 };
    let columns = column_fractions(&t, width, font, 4.0)
        .into_iter()
        .map(|f| view! { <col style:width=percent(f)/> })
        .collect_view();
    let head = t
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class=cell_class(c.fit)>{c.header}</th> })
        .collect_view();
    let fits: Vec<Fit> = t.columns.iter().map(|c| c.fit).collect();
    let rows = t
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .zip(fits.iter().copied())
                .map(|(text, fit)| view! { <td class=format!("prewrap {}", cell_class(fit))>{text}</td> })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    // A table of many columns keeps readable columns on a phone and scrolls sideways.
    let wide = t.columns.len() > WIDE_COLUMNS;
    let label = t.caption.clone();
    let table = view! {
        <table class="table report-table" class:report-table--small=t.small>
            <caption>{t.caption}</caption>
            <colgroup>{columns}</colgroup>
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    };
    view! { <TableRegion label wide>{table}</TableRegion> }.into_any()
}

fn scores(rows: Vec<ScoreRow>, compact: bool) -> AnyView {
    // A profile that is not applicable is no score of 0: it stays out of the chart.
    let chart_rows = rows
        .iter()
        .filter(|r| !r.not_applicable)
        .map(|r| (r.profile.clone(), vec![(String::new(), r.score, false)]))
        .collect();
    let with_note = rows.iter().any(|r| r.note.is_some());
    // The page has no bar column (the chart is above it): lay out the file's table without it.
    let mut layout = scores_table(&rows);
    layout.columns.remove(2);
    for row in &mut layout.rows {
        row.remove(2);
    }
    let columns = column_fractions(&layout, PRINT_WIDTH_PT, 9.0, 4.0)
        .into_iter()
        .map(|f| view! { <col style:width=percent(f)/> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.profile}</th>
                    <td>{r.label}</td>
                    {r.note.map(|n| view! { <td class="prewrap">{n}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScoreChart rows=chart_rows compact caption="Score per profiel, op de beoordelingsschaal van 1 (onvoldoende) tot 5 (uitzonderlijk). Dezelfde scores staan in de tabel hieronder."/>
        <TableRegion label="Score per profiel">
        <table class="table report-table">
            <caption>"Score per profiel"</caption>
            <colgroup>{columns}</colgroup>
            <thead><tr>
                <th scope="col">"Profiel"</th><th scope="col">"Score"</th>
                {with_note.then(|| view! { <th scope="col" class="cell--main">"Toelichting"</th> })}
            </tr></thead>
            <tbody>{body}</tbody>
        </table>
        </TableRegion>
    }
    .into_any()
}

fn block(b: Block, landscape: bool, compact: bool) -> AnyView {
    match b {
        Block::Title(text) => view! { <h1 tabindex="-1">{text}</h1> }.into_any(),
        Block::Heading {
            level,
            text,
            anchor,
        } => match level {
            1 => view! { <h2 id=anchor>{text}</h2> }.into_any(),
            2 => view! { <h3 id=anchor>{text}</h3> }.into_any(),
            _ => view! { <h4 id=anchor class="report-question">{text}</h4> }.into_any(),
        },
        Block::Paragraph(text) => view! { <p class="prewrap">{text}</p> }.into_any(),
        Block::Labelled { label, text } => view! {
            <p><strong>{lead(&label)}</strong><span class="prewrap">{text}</span></p>
        }
        .into_any(),
        Block::Facts(facts) => view! {
            <dl class="utrecht-data-list report-meta">
                {facts.into_iter().map(|(l, v)| view! {
                    <div class="utrecht-data-list__item">
                        <dt class="utrecht-data-list__item-key">{l}</dt>
                        <dd class="utrecht-data-list__item-value prewrap">{v}</dd>
                    </div>
                }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::List(items) => view! {
            <ul>
                {items.into_iter().map(|(lead, text)| view! {
                    <li>
                        {(!lead.is_empty()).then(|| view! { <strong><bdi>{lead}</bdi>": "</strong> })}
                        <span class="prewrap">{text}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Scores(rows) => scores(rows, compact),
        Block::Table(t) => table(t, landscape),
        Block::Landscape => ().into_any(),
    }
}

/// Renders `blocks` in order, each profile (a level 2 heading and what follows it) in its own
/// section.
fn blocks_view(blocks: Vec<Block>, landscape: bool, compact: bool) -> impl IntoView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut section: Option<(String, Vec<AnyView>)> = None;
    let close = |section: &mut Option<(String, Vec<AnyView>)>, out: &mut Vec<AnyView>| {
        if let Some((anchor, body)) = section.take() {
            out.push(
                view! { <section class="report-profile" aria-labelledby=anchor>{body}</section> }
                    .into_any(),
            );
        }
    };
    for b in blocks {
        let level = match &b {
            Block::Heading { level, .. } => Some(*level),
            _ => None,
        };
        if level.is_some_and(|l| l <= 2) {
            close(&mut section, &mut out);
        }
        if let (Some(2), Block::Heading { anchor, .. }) = (level, &b) {
            section = Some((anchor.clone(), Vec::new()));
        }
        let rendered = block(b, landscape, compact);
        match &mut section {
            Some((_, body)) => body.push(rendered),
            None => out.push(rendered),
        }
    }
    close(&mut section, &mut out);
    out
}

/// Renders `blocks`; everything after a [`Block::Landscape`] goes into a part that prints on
/// landscape pages. `compact`: the chart of a summary, small on paper with its labels still
/// at 9 pt.
pub fn report_body(blocks: Vec<Block>, compact: bool) -> impl IntoView {
    let split = blocks
        .iter()
        .position(|b| *b == Block::Landscape)
        .unwrap_or(blocks.len());
    let mut portrait = blocks;
    let landscape = portrait.split_off(split);
    view! {
        {blocks_view(portrait, false, compact)}
        {(!landscape.is_empty()).then(|| view! {
            <div class="report-landscape">{blocks_view(landscape, true, compact)}</div>
        })}
    }
}
