//! Horizontal bars, drawn by the app as SVG: one row per label, one bar per value (1-5).
//! Every bar carries its number and label as text, so colour never carries the meaning alone;
//! the same numbers are always also given as a table next to it.

use leptos::prelude::*;

/// One row: a label and one or more (series name, score, not applicable) bars. A bar that
/// is not applicable says "n.v.t.", as the table next to the chart does.
pub type ChartRow = (String, Vec<(String, Option<u8>, bool)>);

#[component]
pub fn ScoreChart(rows: Vec<ChartRow>, #[prop(into)] caption: String) -> impl IntoView {
    // Whole numbers only: no float formatting code in the app's wasm for the chart.
    const LABEL_W: u32 = 230;
    const UNIT: u32 = 70;
    const BAR_H: u32 = 22;
    /// Where the text sits in a bar: about 0.72 of its height.
    const BASELINE: u32 = 16;
    let bars_per_row = rows.iter().map(|(_, b)| b.len()).max().unwrap_or(1) as u32;
    let row_h = bars_per_row * (BAR_H + 4) + 14;
    let height = rows.len() as u32 * row_h + 30;
    let width = LABEL_W + 5 * UNIT + 140;
    let grid = (1..=5u8)
        .map(|v| {
            let x = LABEL_W + u32::from(v) * UNIT;
            view! {
                <line x1=x x2=x y1=0 y2=height - 22 class="chart__grid"/>
                <text x=x y=height - 6 text-anchor="middle" class="chart__axis">{v}</text>
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
                    let y = top + j as u32 * (BAR_H + 4);
                    let value = match (score, not_applicable) {
                        (_, true) => "n.v.t.".to_string(),
                        (Some(s), _) => s.to_string(),
                        (None, _) => "niet gescoord".to_string(),
                    };
                    let text = if series.is_empty() { value } else { format!("{value} ({series})") };
                    let w = u32::from(score.unwrap_or(0)) * UNIT;
                    view! {
                        <rect class="chart__bar" class:chart__bar--alt=j % 2 == 1 x=LABEL_W y=y width=w height=BAR_H
                            data-score=score.map(|s| s.to_string()).unwrap_or_default()/>
                        <text x=LABEL_W + w + 6 y=y + BASELINE class="chart__value">{text}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=LABEL_W - 8 y=top + BASELINE text-anchor="end" class="chart__label">{label}</text>
                {bars}
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {height}") class="chart__svg" aria-hidden="true" focusable="false">
                {grid}
                {body}
            </svg>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
