//! CSV for Dutch Excel: the growth comparison (made in the page) and the action plan (made
//! by the exporter worker, feature `writers`).

#[cfg(feature = "writers")]
use super::Report;

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

#[cfg(feature = "writers")]
/// The action plan as CSV that Dutch Excel opens as is: UTF-8 with BOM, `;` between fields,
/// CRLF line ends, dates as dd-mm-jjjj. One row per action.
pub fn action_plan_csv(report: &Report) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&super::ActionRow::HEADERS.join(";"));
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

/// The growth comparison as CSV for Dutch Excel, like the action plan's: one row per
/// profile, one column per period, then the change, in the page's words.
pub fn growth_csv(periods: &[String], rows: &[super::TrendRow]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = std::iter::once("Profiel".to_string())
        .chain(periods.iter().cloned())
        .chain(std::iter::once("Verschil".to_string()))
        .collect();
    let line = |fields: &[String]| {
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(";")
            + "\r\n"
    };
    out.push_str(&line(&header));
    for r in rows {
        let fields: Vec<String> = std::iter::once(r.profile.clone())
            .chain((0..r.scores.len()).map(|i| r.cell(i)))
            .chain(std::iter::once(r.change_label()))
            .collect();
        out.push_str(&line(&fields));
    }
    out
}
