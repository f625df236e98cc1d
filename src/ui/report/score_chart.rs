//! Horizontal bars, drawn by the app as SVG: one row per label, one bar per value (1-5).
//! Every bar carries its number and label as text, so colour never carries the meaning alone;
//! the same numbers are always also given as a table next to it.

use leptos::prelude::*;

/// One row: a label and one or more (series name, score) bars.
pub type ChartRow = (String, Vec<(String, Option<u8>)>);

#[component]
pub fn ScoreChart(rows: Vec<ChartRow>, #[prop(into)] caption: String) -> impl IntoView {
    const LABEL_W: f64 = 230.0;
    const UNIT: f64 = 70.0;
    const BAR_H: f64 = 22.0;
    let bars_per_row = rows.iter().map(|(_, b)| b.len()).max().unwrap_or(1) as f64;
    let row_h = bars_per_row * (BAR_H + 4.0) + 14.0;
    let height = rows.len() as f64 * row_h + 30.0;
    let width = LABEL_W + 5.0 * UNIT + 140.0;
    let grid = (1..=5u8)
        .map(|v| {
            let x = LABEL_W + f64::from(v) * UNIT;
            view! {
                <line x1=x x2=x y1=0 y2=height - 22.0 class="chart__grid"/>
                <text x=x y=height - 6.0 text-anchor="middle" class="chart__axis">{v}</text>
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, bars))| {
            let top = i as f64 * row_h + 6.0;
            let bars = bars
                .into_iter()
                .enumerate()
                .map(|(j, (series, score))| {
                    let y = top + j as f64 * (BAR_H + 4.0);
                    let text = match score {
                        Some(s) => if series.is_empty() { s.to_string() } else { format!("{s} ({series})") },
                        None => if series.is_empty() { "niet gescoord".to_string() } else { format!("niet gescoord ({series})") },
                    };
                    let w = f64::from(score.unwrap_or(0)) * UNIT;
                    view! {
                        <rect class="chart__bar" class:chart__bar--alt=j % 2 == 1 x=LABEL_W y=y width=w height=BAR_H
                            data-score=score.map(|s| s.to_string()).unwrap_or_default()/>
                        <text x=LABEL_W + w + 6.0 y=y + BAR_H * 0.72 class="chart__value">{text}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=LABEL_W - 8.0 y=top + BAR_H * 0.72 text-anchor="end" class="chart__label">{label}</text>
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
