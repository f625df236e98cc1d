//! A button that downloads one evaluation as a file of the given kind, and records when.

use leptos::prelude::*;

use super::download_text;
use super::timing::measure;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::domain::exchange::{assessor_form, peer_package};
use crate::domain::file_format::{encode_document, export_file_name, Kind};
use crate::ui::store::{now_ms, use_store};

/// The kind of file that backs up or returns this evaluation as it is.
pub fn own_kind(mode: &Mode) -> Kind {
    match mode {
        Mode::Own => Kind::Evaluation,
        Mode::Assessor { .. } => Kind::AssessorForm,
        Mode::Peer { .. } => Kind::PeerReply,
    }
}

/// What goes into a file of `kind` made from `evaluation`, and who signs it.
fn payload(kind: Kind, evaluation: &Evaluation) -> (Evaluation, String) {
    match (kind, &evaluation.mode) {
        (Kind::AssessorForm, Mode::Own) => (assessor_form(evaluation), evaluation.contact.clone()),
        (Kind::PeerPackage, Mode::Own) => {
            (peer_package(evaluation), evaluation.organisation.clone())
        }
        (_, Mode::Assessor { assessor, .. }) => (evaluation.clone(), assessor.clone()),
        (
            _,
            Mode::Peer {
                peer_organisation,
                author,
                ..
            },
        ) => (evaluation.clone(), format!("{author}, {peer_organisation}")),
        (_, Mode::Own) => (evaluation.clone(), evaluation.contact.clone()),
    }
}

#[component]
pub fn ExportButton(
    #[prop(into)] evaluation_id: String,
    /// `None`: the file that backs up this evaluation as it is.
    #[prop(optional)]
    kind: Option<Kind>,
    #[prop(default = "Exporteer als bestand")] label: &'static str,
    #[prop(default = true)] secondary: bool,
) -> impl IntoView {
    let store = use_store();
    let export = move |_| {
        let Some(evaluation) = store.get_untracked(&evaluation_id) else {
            return;
        };
        let kind = kind.unwrap_or_else(|| own_kind(&evaluation.mode));
        let now = now_ms();
        let written = measure("vth:export", || {
            let (document, by) = payload(kind, &evaluation);
            let text = encode_document(kind, &document, by.trim_matches([' ', ',']), now);
            download_text(
                &export_file_name(kind, &evaluation, now),
                "application/json",
                &text,
            )
        });
        match written {
            Ok(()) => {
                if kind == own_kind(&evaluation.mode) {
                    store.update(&evaluation_id, |e| e.last_export_ms = Some(now));
                }
                store.announcement.set("Het bestand is gemaakt. Kijk in uw map met downloads.".to_string());
            }
            Err(_) => store.announcement.set(
                "Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser."
                    .to_string(),
            ),
        }
    };
    view! {
        <button type="button" class="utrecht-button utrecht-button--primary-action" class:button--secondary=secondary on:click=export>
            {label}
        </button>
    }
}
