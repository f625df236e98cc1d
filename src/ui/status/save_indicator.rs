//! Shows, quietly, whether the work is saved. Not a live region: it changes with every
//! keystroke, and failures get their own alert.

use leptos::prelude::*;

use crate::state::SaveState;

/// Local time of day, `hh:mm`.
fn clock(ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

#[component]
pub fn SaveIndicator(state: ReadSignal<SaveState>) -> impl IntoView {
    let text = move || match state.get() {
        SaveState::Idle => "Wijzigingen worden vanzelf opgeslagen in deze browser.".to_string(),
        SaveState::Pending => "Bezig met opslaan…".to_string(),
        SaveState::Saved { at_ms } => format!("Opgeslagen in deze browser om {}.", clock(at_ms)),
        SaveState::Failed(_) => "Niet opgeslagen.".to_string(),
    };
    let failed = move || matches!(state.get(), SaveState::Failed(_));
    view! {
        <p class="save-indicator" class:save-indicator--failed=failed>{text}</p>
    }
}
