//! Shows, quietly, whether the work is saved. Not a live region: it changes with every
//! keystroke, and failures get their own alert.

use leptos::prelude::*;

use crate::state::SaveState;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::working_file::FileStatus;

/// Local time of day, `hh:mm`.
fn clock(ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// The working file of the evaluation on screen: its id, file name and status.
pub type FileState = Option<(String, String, FileStatus)>;

#[component]
pub fn SaveIndicator(
    state: ReadSignal<SaveState>,
    #[prop(into)] file: Signal<FileState>,
) -> impl IntoView {
    let text = move || match (state.get(), file.get()) {
        (SaveState::Idle, _) => {
            "Wijzigingen worden vanzelf opgeslagen in deze browser.".to_string()
        }
        (SaveState::Pending, _) | (_, Some((_, _, FileStatus::Writing))) => {
            "Bezig met opslaan…".to_string()
        }
        (SaveState::Saved { .. }, Some((_, name, FileStatus::Saved { at_ms }))) => {
            format!(
                "Opgeslagen in deze browser en in {name} om {}.",
                clock(at_ms)
            )
        }
        (SaveState::Saved { at_ms }, _) => {
            format!("Opgeslagen in deze browser om {}.", clock(at_ms))
        }
        (SaveState::Failed(_), _) => "Niet opgeslagen.".to_string(),
    };
    let failed = move || matches!(state.get(), SaveState::Failed(_));
    // A working file that needs the user: said on every page of the evaluation, with the way
    // to the overview where the choices are.
    let file_problem = move || {
        file.get().and_then(|(id, name, status)| {
            let text = match status {
                FileStatus::Failed(_) => format!("{name} is niet bijgewerkt."),
                FileStatus::Conflict => format!("{name} is door iemand anders gewijzigd; er is niets overschreven."),
                FileStatus::NeedsPermission => format!("Nog niet opgeslagen in {name}."),
                FileStatus::Writing | FileStatus::Saved { .. } => return None,
            };
            let href = Route::Evaluation(id, EvaluationView::Overview).href();
            Some(view! {
                <p class="save-indicator save-indicator--failed">{text}" "<a href=href>"Naar het werkbestand in het overzicht"</a></p>
            })
        })
    };
    view! {
        <p class="save-indicator" class:save-indicator--failed=failed>{text}</p>
        {file_problem}
    }
}
