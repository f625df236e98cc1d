//! Handing a participant's form or a peer's reply back: a warning when something is still
//! open, the file, and beside the button where it goes and a message to send along.

use leptos::prelude::*;

use super::ready_message::ReadyMessage;
use super::{download_text, focus_id};
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{Evaluation, Mode};
use crate::domain::exchange::{export, is_blank_peer_copy};
use crate::domain::file_format::{file_name, Kind};
use crate::domain::round::hand_in_message;
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::status::{Alert, AlertKind};

/// What is still open before handing in, in words; `None` when nothing is.
fn still_open(e: &Evaluation) -> Option<String> {
    match &e.mode {
        Mode::Assessor { .. } => {
            let mut in_scope = e.mode.in_scope(Catalogue::current());
            // Marked "niet van toepassing" by the organisation: not asked.
            in_scope.retain(|p| !e.not_applicable(&p.id));
            let open: Vec<&str> = in_scope
                .iter()
                .filter(|p| e.score(&p.id).is_none())
                .map(|p| p.name.as_str())
                .collect();
            match open.len() {
                0 => None,
                n if n == in_scope.len() => Some(format!(
                    "U hebt nog geen enkel profiel gescoord (0 van {n})."
                )),
                1 => Some(format!(
                    "U hebt 1 van de {} profielen nog niet gescoord: {}.",
                    in_scope.len(),
                    open[0]
                )),
                n => Some(format!(
                    "U hebt {n} van de {} profielen nog niet gescoord: {}.",
                    in_scope.len(),
                    open.join(", ")
                )),
            }
        }
        Mode::Peer { .. } if is_blank_peer_copy(e) => {
            Some("U hebt nog niets geschreven bij de vragen of de profielen.".to_string())
        }
        _ => None,
    }
}

#[component]
pub fn HandIn(evaluation: EvaluationRef, label: &'static str) -> impl IntoView {
    let warning = RwSignal::new(None::<String>);
    let made = RwSignal::new(None::<(String, crate::domain::round::CoverMessage, String)>);
    let failed = RwSignal::new(false);
    let write = move || {
        let store = evaluation.store();
        let Some(ev) = evaluation.get_untracked() else {
            return;
        };
        let kind = Kind::for_mode(&ev.mode);
        let now = store.now_ms();
        let file = file_name(kind.file_prefix(), &ev, store.today(), "json");
        warning.set(None);
        match download_text(&file, "application/json", &export(kind, &ev, now)) {
            Ok(()) => {
                evaluation.update(|e| e.last_export_ms = Some(now));
                failed.set(false);
                let message = hand_in_message(&ev, &file);
                made.set(Some((file, message, ev.return_address.trim().to_string())));
            }
            Err(_) => failed.set(true),
        }
        focus_id("inleveren-resultaat");
    };
    let hand_in = move |_| match evaluation.with_untracked(still_open).flatten() {
        Some(open) => {
            made.set(None);
            warning.set(Some(open));
            focus_id("inleveren-resultaat");
        }
        None => write(),
    };
    let back_href = Route::of(evaluation, EvaluationView::SelfEvaluation).href();
    view! {
        <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=hand_in>{label}</button>
        <div id="inleveren-resultaat" tabindex="-1" class="hand-in__result">
            {move || warning.get().map(|open| { let back_href = back_href.clone(); view! {
                <Alert kind=AlertKind::Warning role="alert">
                    <p>{open}" Wilt u het toch inleveren?"</p>
                    <div class="button-row">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| write()>"Toch inleveren"</button>
                        <a href=back_href>"Eerst verder invullen"</a>
                    </div>
                </Alert>
            }})}
            {move || failed.get().then(|| view! {
                <Alert kind=AlertKind::Error role="alert">
                    <p>"Het bestand maken is niet gelukt. Probeer het opnieuw of gebruik een andere browser."</p>
                </Alert>
            })}
            {move || made.get().map(|(file, message, to)| view! {
                <p role="status">{format!("Het bestand {file} staat in uw map met downloads.")}</p>
                <ReadyMessage id="inleveren-bericht" message to/>
            })}
        </div>
    }
}
