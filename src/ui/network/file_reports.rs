//! What happened to each file just added: read (how many contributions were new, replaced or
//! already here) or refused, with the Dutch reason.

use leptos::prelude::*;

use crate::state::network::FileReport;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn FileReports(reports: ReadSignal<Vec<FileReport>>) -> impl IntoView {
    move || {
        let reports = reports.get();
        if reports.is_empty() {
            return None;
        }
        let refused = reports.iter().filter(|r| r.refused()).count();
        let kind = if refused > 0 {
            AlertKind::Warning
        } else {
            AlertKind::Ok
        };
        let files = |n: usize| if n == 1 { "bestand" } else { "bestanden" };
        let heading = match refused {
            0 => format!("{} {} gelezen", reports.len(), files(reports.len())),
            n if n == reports.len() => format!("{n} {} niet gelezen", files(n)),
            n => format!(
                "{} van de {} {} niet gelezen; de andere tellen mee",
                n,
                reports.len(),
                files(reports.len())
            ),
        };
        let items = reports
            .into_iter()
            .map(|r| {
                let class = if r.refused() { "file-report file-report--refused" } else { "file-report" };
                view! { <li class=class><strong><bdi>{r.file_name.clone()}</bdi></strong>": "{r.message()}</li> }
            })
            .collect_view();
        Some(view! {
            <Alert kind role="status">
                <h3>{heading}</h3>
                <ul>{items}</ul>
            </Alert>
        })
    }
}
