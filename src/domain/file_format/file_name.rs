//! File names that say what is inside: `vth-<soort>_<organisatie>_<periode>[_<wie>]_<datum>.<ext>`.

use crate::domain::dates::Date;
use crate::domain::evaluation::Evaluation;

/// `prefix_organisation_period[_who]_date.extension`, each part made safe for any file system;
/// `date` is the user's local date.
pub fn file_name(prefix: &str, evaluation: &Evaluation, date: Date, extension: &str) -> String {
    let who = evaluation.mode.file_label();
    let mut parts = vec![prefix.to_string()];
    parts.extend(
        [
            evaluation.organisation.as_str(),
            evaluation.period.as_str(),
            who.as_str(),
        ]
        .into_iter()
        .map(slug)
        .filter(|s| !s.is_empty()),
    );
    parts.push(date.to_iso());
    format!("{}.{extension}", parts.join("_"))
}

/// Lower case letters, digits and single dashes; accents dropped ("Café Noord" → "cafe-noord").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ĳ' => 'y',
            c => c,
        };
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}
