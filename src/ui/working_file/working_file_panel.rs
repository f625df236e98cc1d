//! The working file of one evaluation, on its overview: link it to a file, carry on after a
//! reload, see where and when it was saved, and choose when someone else changed the file. In
//! a browser without the File System Access API: save a copy as a file instead.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::file_actions_help::FileActionsHelp;
use super::service::{use_working_files, FileStatus};
use crate::state::EvaluationRef;
use crate::ui::exchange::{use_importer, ExportButton};
use crate::ui::route::Route;
use crate::ui::router::navigate;
use crate::ui::status::{Alert, AlertKind};

/// True in Safari, which deletes website data after 7 days without a visit.
pub fn is_safari() -> bool {
    let agent = window().navigator().user_agent().unwrap_or_default();
    agent.contains("Safari")
        && !["Chrome", "Chromium", "Edg", "Android", "Firefox"]
            .iter()
            .any(|other| agent.contains(other))
}

pub const SAFARI_NOTE: &str = "Safari wist gegevens van websites die u 7 dagen niet heeft \
    bezocht. Een kopie als bestand blijft bewaard.";

/// A button: its label, whether it is the main one, what it does.
type Action = (String, bool, Callback<()>);

#[component]
pub fn WorkingFilePanel(evaluation: EvaluationRef) -> impl IntoView {
    let files = use_working_files();
    let id = evaluation.id();
    if !files.supported {
        return view! {
            <section class="panel" aria-labelledby="werkbestand-titel">
                <h2 id="werkbestand-titel">"Uw werk bewaren als bestand"</h2>
                <p>"Deze browser kan niet steeds in hetzelfde bestand opslaan. Uw werk staat alleen in deze browser. Bewaar daarom geregeld een kopie als bestand, bijvoorbeeld op een netwerkschijf of in Teams. Met dat bestand gaat een collega verder, of u zelf op een andere computer."</p>
                {is_safari().then(|| view! { <p>{SAFARI_NOTE}</p> })}
                <ExportButton evaluation label="Bewaar een kopie als bestand" secondary=false/>
                <FileActionsHelp/>
            </section>
        }
        .into_any();
    }
    let importer = use_importer();
    let show_differences = Callback::new({
        let id = evaluation.id();
        move |()| {
            let id = id.clone();
            spawn_local(async move {
                let Some(text) = files.read_text(&id).await else {
                    return;
                };
                let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
                if let Ok(file) = web_sys::File::new_with_str_sequence(&parts, "werkbestand.json") {
                    importer.read(file);
                    navigate(&Route::Import);
                }
            });
        }
    });
    // One kind of view for every state: a message (plain, or an alert) and a row of buttons.
    let state = Memo::new({
        let id = id.clone();
        move |_| files.link(&id).map(|l| (l.name, l.status))
    });
    let body = move || {
        let id = id.clone();
        let run = move |f: fn(&super::WorkingFiles, &str)| {
            let id = id.clone();
            Callback::new(move |()| f(&files, &id))
        };
        let text = files.status_text(&evaluation.id()).unwrap_or_default();
        let (message, alert, buttons): (String, Option<AlertKind>, Vec<Action>) = match state.get() {
            None => (
                "Bewaar de evaluatie in een bestand op uw eigen schijf, een netwerkschijf of een gedeelde map (Teams, OneDrive). Daarna wordt elke wijziging ook in dat bestand opgeslagen. Zo raakt u niets kwijt als de browser wordt gewist, en kan een collega verder met het bestand.".into(),
                None,
                vec![("Opslaan als werkbestand…".into(), true, run(|f, id| f.save_as(id)))],
            ),
            Some((name, FileStatus::NeedsPermission)) => (text, None, vec![
                (format!("Doorgaan met werkbestand {name}"), true, run(|f, id| f.resume(id))),
                ("Ontkoppelen".into(), false, run(|f, id| f.unlink(id))),
            ]),
            Some((_, FileStatus::Conflict)) => (text, Some(AlertKind::Warning), vec![
                ("Versie uit het bestand laden".into(), true, run(|f, id| f.load_theirs(id))),
                ("Beide bewaren: deze versie in een nieuw bestand".into(), false, run(|f, id| f.save_as(id))),
                ("Verschillen bekijken".into(), false, show_differences),
                ("Toch deze versie in het bestand opslaan".into(), false, run(|f, id| f.overwrite(id))),
            ]),
            Some((_, FileStatus::Failed(_))) => (
                format!("{text} Uw werk is wel opgeslagen in deze browser."),
                Some(AlertKind::Error),
                vec![
                    ("Opnieuw proberen".into(), true, run(|f, id| f.resume(id))),
                    ("Opslaan als ander werkbestand…".into(), false, run(|f, id| f.save_as(id))),
                ],
            ),
            Some((_, FileStatus::Writing | FileStatus::Saved { .. })) => (text, None, vec![
                ("Opslaan als ander werkbestand…".into(), false, run(|f, id| f.save_as(id))),
                ("Ontkoppelen".into(), false, run(|f, id| f.unlink(id))),
            ]),
        };
        view! {
            {match alert {
                Some(kind) => view! { <Alert kind role="alert"><p>{message}</p></Alert> }.into_any(),
                None => view! { <p class="working-file__status">{message}</p> }.into_any(),
            }}
            <div class="utrecht-button-group">
                {buttons.into_iter().map(|(label, primary, action)| view! {
                    <button type="button" class="utrecht-button"
                        class:utrecht-button--primary-action=primary class:utrecht-button--secondary-action=!primary
                        on:click=move |_| action.run(())>{label}</button>
                }).collect_view()}
            </div>
        }
    };
    view! {
        <section class="panel" aria-labelledby="werkbestand-titel">
            <h2 id="werkbestand-titel">"Werkbestand"</h2>
            {body}
            <FileActionsHelp/>
        </section>
    }
    .into_any()
}
