//! Horizontal bars, drawn by the app as SVG: one row per label, one bar per value (1-5).
//! Every bar carries its number and label as text, so colour never carries the meaning alone;
//! the same numbers are always also given as a table next to it.

use leptos::prelude::*;

/// One row: a label and one or more (series name, score, not applicable) bars. A bar that
/// is not applicable says "n.v.t.", as the table next to the chart does.
pub type ChartRow = (String, Vec<(String, Option<u8>, bool)>);

#[component]
pub fn ScoreChart(
    rows: Vec<ChartRow>,
    #[prop(into)] caption: String,
    /// For a summary on paper: a small chart with large text (25 of 690 units: 9 pt at 9 cm
    /// wide), one bar per profile.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    // Whole numbers only: no float formatting code in the app's wasm for the chart.
    let (label_w, unit, bar_h, baseline, value_w): (u32, u32, u32, u32, u32) = if compact {
        (380, 50, 26, 20, 60)
    } else {
        (230, 70, 22, 16, 140)
    };
    let bars_per_row = rows.iter().map(|(_, b)| b.len()).max().unwrap_or(1) as u32;
    // The compact chart has no axis numbers (each bar says its score): it must fit on the
    // summary's two pages.
    let (row_gap, axis_h) = if compact { (2, 4) } else { (14, 30) };
    let row_h = bars_per_row * (bar_h + 4) + row_gap;
    let height = rows.len() as u32 * row_h + axis_h;
    let width = label_w + 5 * unit + value_w;
    let grid = (1..=5u8)
        .map(|v| {
            let x = label_w + u32::from(v) * unit;
            view! {
                <line x1=x x2=x y1=0 y2=height - axis_h.min(22) class="chart__grid"/>
                {(!compact).then(|| view! { <text x=x y=height - 6 text-anchor="middle" class="chart__axis">{v}</text> })}
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, bars))| {
            let top = i as u32 * row_h + 6;
            let bars = bars
                .into_iter()
                .enumerate()
                .map(|(j, (series, score, not_applicable))| {
                    let y = top + j as u32 * (bar_h + 4);
                    let value = match (score, not_applicable) {
                        (_, true) => "n.v.t.".to_string(),
                        (Some(s), _) => s.to_string(),
                        (None, _) => "niet gescoord".to_string(),
                    };
                    let text = if series.is_empty() { value } else { format!("{value} ({series})") };
                    let w = u32::from(score.unwrap_or(0)) * unit;
                    view! {
                        <rect class="chart__bar" class:chart__bar--alt=j % 2 == 1 x=label_w y=y width=w height=bar_h
                            data-score=score.map(|s| s.to_string()).unwrap_or_default()/>
                        <text x=label_w + w + 6 y=y + baseline class="chart__value">{text}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=label_w - 8 y=top + baseline text-anchor="end" class="chart__label">{label}</text>
                {bars}
            }
        })
        .collect_view();
    view! {
        <figure class="chart" class:chart--compact=compact>
            <svg viewBox=format!("0 0 {width} {height}") class="chart__svg" aria-hidden="true" focusable="false">
                {grid}
                {body}
            </svg>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
