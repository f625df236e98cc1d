//! Column widths for tables on paper (Word and OpenDocument), from their content: a short
//! column (a date, a status) is as wide as its widest cell and never wraps; a text column is at
//! least as wide as its longest word, so no word breaks in the middle; what is left goes to the
//! main column ("Wat"), then to the other text columns as far as their text needs it.
//!
//! Widths are counted in ems of the table's font (Arial, or its metric twin Liberation Sans),
//! from a table of character widths; a writer turns them into its own unit.

use super::document::{Fit, Table};

/// Bold header text is wider.
const BOLD: f64 = 1.1;
/// A long word in user text (a URL, a compound) may wrap rather than take the whole table.
const LONGEST_WORD_EM: f64 = 12.0;
/// Room for rounding and kerning, so a word that fits on paper also fits in every renderer.
const SLACK_EM: f64 = 0.6;

/// The width of one character of Arial in ems, rounded up a little.
fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '|' | '.' | ',' | ':' | ';' | '!' | 'I' => 0.28,
        'f' | 't' | 'r' | ' ' | '-' | '(' | ')' | '/' => 0.34,
        'm' | 'M' | 'W' => 0.84,
        'w' => 0.73,
        'A'..='Z' => 0.73,
        '%' | '@' => 0.9,
        '€' | '0'..='9' | 'a'..='z' => 0.56,
        c if c.is_alphabetic() => 0.6,
        _ => 0.6,
    }
}

/// The width of `text` on one line, in ems.
pub fn text_em(text: &str) -> f64 {
    text.chars().map(char_em).sum()
}

fn longest_word(text: &str) -> f64 {
    text.split_whitespace().map(text_em).fold(0.0, f64::max)
}

fn longest_line(text: &str) -> f64 {
    text.lines().map(text_em).fold(0.0, f64::max)
}

/// The width of each column of `table` in ems, adding up to `available` (the page's text
/// width in ems, minus the cells' padding) when the content allows it.
pub fn column_widths(table: &Table, available: f64) -> Vec<f64> {
    let n = table.columns.len();
    if n == 0 {
        return Vec::new();
    }
    let column_cells = |i: usize| table.rows.iter().filter_map(move |r| r.get(i));
    let header = |i: usize, measure: fn(&str) -> f64| measure(table.columns[i].header) * BOLD;
    // What each column cannot do without, and what it would like to have.
    let mut min = vec![0.0; n];
    let mut ideal = vec![0.0; n];
    for (i, c) in table.columns.iter().enumerate() {
        match c.fit {
            Fit::Short => {
                let widest = column_cells(i).map(|t| longest_line(t)).fold(0.0, f64::max);
                min[i] = widest.max(header(i, longest_word)) + SLACK_EM;
                ideal[i] = min[i];
            }
            Fit::Text | Fit::Main => {
                let word = column_cells(i)
                    .map(|t| longest_word(t).min(LONGEST_WORD_EM))
                    .fold(0.0, f64::max);
                min[i] = word.max(header(i, longest_word)) + SLACK_EM;
                let line = column_cells(i).map(|t| longest_line(t)).fold(0.0, f64::max);
                ideal[i] = line.max(header(i, longest_line)).max(min[i]);
            }
        }
    }
    let total_min: f64 = min.iter().sum();
    if total_min >= available {
        // Not even the minimum fits: shrink in proportion (words will have to wrap).
        return min.iter().map(|m| m * available / total_min).collect();
    }
    let mut widths = min.clone();
    let mut left = available - total_min;
    // Share what is left among the text columns in proportion to what they still need, the
    // main column counting double, none beyond what it needs; a few rounds hand out what a
    // satisfied column did not take. Anything still left goes to the text columns evenly.
    let weight = |i: usize| match table.columns[i].fit {
        Fit::Main => 2.0,
        Fit::Text => 1.0,
        Fit::Short => 0.0,
    };
    for _ in 0..n {
        let wants: Vec<(usize, f64)> = (0..n)
            .map(|i| (i, (ideal[i] - widths[i]) * weight(i)))
            .filter(|&(_, w)| w > 1e-9)
            .collect();
        let total: f64 = wants.iter().map(|(_, w)| w).sum();
        if wants.is_empty() || left <= 1e-9 {
            break;
        }
        let pot = left;
        for (i, w) in wants {
            let extra = (pot * w / total).min(ideal[i] - widths[i]);
            widths[i] += extra;
            left -= extra;
        }
    }
    if left > 1e-9 {
        let takers: Vec<usize> = (0..n).filter(|&i| weight(i) > 0.0).collect();
        let takers = if takers.is_empty() {
            (0..n).collect()
        } else {
            takers
        };
        let each = left / takers.len() as f64;
        for i in takers {
            widths[i] += each;
        }
    }
    widths
}

/// Widths as fractions of the table width, adding up to 1, for a page `text_width_pt` wide
/// with text of `font_pt` and `padding_pt` on each side of a cell.
pub fn column_fractions(
    table: &Table,
    text_width_pt: f64,
    font_pt: f64,
    padding_pt: f64,
) -> Vec<f64> {
    let n = table.columns.len() as f64;
    let available = (text_width_pt - n * 2.0 * padding_pt) / font_pt;
    let widths = column_widths(table, available);
    let padded: Vec<f64> = widths
        .iter()
        .map(|w| w * font_pt + 2.0 * padding_pt)
        .collect();
    let total: f64 = padded.iter().sum();
    padded.iter().map(|w| w / total).collect()
}
