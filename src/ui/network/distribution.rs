//! The spread of one profile's scores in a group: a bar per score (1-5 and n.v.t.) drawn as
//! SVG, with the same numbers in a table beside it. Every bar says its number, so colour never
//! carries the meaning alone. With `own`, the organisation's own score is marked, in the chart
//! and in the table ("Hoe scoren anderen", on the organisation's own report only).

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::network::ProfileFigures;

/// The organisation's own place in the spread: its score, or n.v.t.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Score(u8),
    NotApplicable,
}

#[component]
pub fn Distribution(
    figures: ProfileFigures,
    /// The profile's name, for the caption.
    #[prop(into)]
    name: String,
    #[prop(optional)] own: Option<Own>,
) -> impl IntoView {
    let c = Catalogue::current();
    let rows: Vec<(String, String, usize, bool)> = (1..=5u8)
        .map(|s| {
            let meaning = c
                .scale_level(s)
                .map(|l| l.label_nl.clone())
                .unwrap_or_default();
            (
                s.to_string(),
                meaning,
                figures.scores[usize::from(s - 1)],
                own == Some(Own::Score(s)),
            )
        })
        .chain([(
            "n.v.t.".to_string(),
            "niet van toepassing".to_string(),
            figures.not_applicable,
            own == Some(Own::NotApplicable),
        )])
        .collect();
    // The own row says so at its label, never beside the count (which counts the others).
    let mark = match own {
        Some(Own::NotApplicable) => "uw keuze",
        _ => "uw score",
    };
    let max = figures.max_count().max(1);
    let (label_w, bar_w, row_h, value_w) = (56usize, 200usize, 26usize, 190usize);
    let height = rows.len() * row_h + 4;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, _, count, mine))| {
            let y = i * row_h + 4;
            let w = count * bar_w / max;
            let text = if *mine {
                format!("{count}, hier staat {mark}")
            } else {
                count.to_string()
            };
            view! {
                <text x=label_w - 8 y=y + 15 text-anchor="end" class="chart__label">{label.clone()}</text>
                <rect class="chart__bar" class:chart__bar--own=*mine x=label_w y=y width=w height=20/>
                <text x=label_w + w + 6 y=y + 15 class="chart__value" class:chart__value--own=*mine>{text}</text>
            }
        })
        .collect_view();
    let total = figures.scored() + figures.not_applicable + figures.not_scored + figures.hidden;
    let hidden = figures.hidden;
    let caption = format!("{name}: hoeveel organisaties welke score gaven");
    let table_rows = rows
        .into_iter()
        .map(|(label, meaning, count, mine)| {
            view! {
                <tr class:distribution__own=mine>
                    <th scope="row">{label}" "<span class="distribution__meaning">{meaning}</span>{mine.then(|| format!(" ({mark})"))}</th>
                    <td>{count}</td>
                </tr>
            }
        })
        .collect_view();
    let not_scored = figures.not_scored;
    view! {
        <div class="distribution">
            <figure class="chart distribution__chart">
                <svg viewBox=format!("0 0 {} {height}", label_w + bar_w + value_w) class="chart__svg" aria-hidden="true" focusable="false">
                    {bars}
                </svg>
                <figcaption>{if own.is_some() { "Aantal andere organisaties per score; uw eigen plek is donker. De tabel geeft dezelfde aantallen." } else { "Aantal organisaties per score. De tabel geeft dezelfde aantallen." }}</figcaption>
            </figure>
            <table class="table distribution__table">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"Score"</th><th scope="col">"Aantal"</th></tr></thead>
                <tbody>{table_rows}</tbody>
                <tfoot>
                    {(not_scored > 0).then(|| view! { <tr><th scope="row">"Niet gescoord"</th><td>{not_scored}</td></tr> })}
                    {(hidden > 0).then(|| view! { <tr><th scope="row">"Score niet getoond"</th><td>{hidden}</td></tr> })}
                    <tr><th scope="row">"Bijdragen"</th><td>{total}</td></tr>
                </tfoot>
            </table>
        </div>
    }
}
