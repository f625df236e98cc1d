//! The report out of the browser: print or PDF, CSV for Excel, Word, Markdown.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::docx::report_docx;
use crate::domain::file_format::export_file_name;
use crate::domain::file_format::Kind;
use crate::domain::report::{action_plan_csv, build, markdown};
use crate::ui::exchange::{download_bytes, download_text};
use crate::ui::store::{now_ms, use_store};

#[component]
pub fn ReportDownloads(evaluation_id: String) -> impl IntoView {
    let store = use_store();
    let make = move |format: &'static str| {
        let id = evaluation_id.clone();
        move |_| {
            let Some(ev) = store.get_untracked(&id) else {
                return;
            };
            let now = now_ms();
            let report = build(&ev, Catalogue::current(), now);
            let base = export_file_name(Kind::Evaluation, &ev, now)
                .replace("vth-evaluatie", "vth-rapport");
            let base = base.trim_end_matches(".json");
            let result = match format {
                "csv" => download_text(
                    &format!("{}.csv", base.replace("vth-rapport", "vth-actieplan")),
                    "text/csv;charset=utf-8",
                    &action_plan_csv(&report),
                ),
                "docx" => download_bytes(
                    &format!("{base}.docx"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    &report_docx(&report),
                ),
                _ => download_text(
                    &format!("{base}.md"),
                    "text/markdown;charset=utf-8",
                    &markdown(&report),
                ),
            };
            store.announcement.set(match result {
                Ok(()) => "Het bestand is gemaakt. Kijk in uw map met downloads.".to_string(),
                Err(_) => "Het bestand maken is niet gelukt. Probeer het opnieuw.".to_string(),
            });
        }
    };
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <div class="button-row report-actions">
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=print>"Afdrukken of opslaan als PDF"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=make("docx")>"Rapport als Word-bestand"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=make("csv")>"Actieplan als CSV (Excel)"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=make("md")>"Rapport als Markdown"</button>
        </div>
    }
}
