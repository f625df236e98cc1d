//! Text safe inside XML, for the Word, OpenDocument and spreadsheet writers.

/// Escaped, and characters XML 1.0 forbids (most control characters) dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Page sizes in points: A4, with 2 cm margins.
pub const A4_SHORT_PT: f64 = 595.3;
pub const A4_LONG_PT: f64 = 841.9;
pub const MARGIN_PT: f64 = 56.7;
/// Body text and table text, in points.
pub const BODY_PT: f64 = 10.0;
pub const TABLE_PT: f64 = 9.0;
pub const SMALL_TABLE_PT: f64 = 8.0;
/// Space left and right inside a table cell, in points.
pub const CELL_PADDING_PT: f64 = 4.0;

/// The text width of a portrait or a landscape page, in points.
pub fn text_width_pt(landscape: bool) -> f64 {
    (if landscape { A4_LONG_PT } else { A4_SHORT_PT }) - 2.0 * MARGIN_PT
}
