//! Labelled form fields shared by the steps.

mod text_area;
mod text_input;

pub use text_area::TextArea;
pub use text_input::TextInput;

use leptos::prelude::*;

/// The label and optional hint of field `id`, and the hint's id for `aria-describedby`.
fn label_and_hint(
    id: &str,
    label: String,
    hint: Option<String>,
) -> (impl IntoView, Option<String>) {
    let hint_id = format!("{id}-hint");
    let described_by = hint.as_ref().map(|_| hint_id.clone());
    let view = view! {
        <label class="utrecht-form-label" for=id.to_string()>{label}</label>
        {hint.map(|h| view! { <p class="utrecht-form-field-description" id=hint_id>{h}</p> })}
    };
    (view, described_by)
}
