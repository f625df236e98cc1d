//! A labelled multi-line text field that reports every change.
//!
//! The field is uncontrolled: it shows `initial` and then owns its text, so typing never
//! fights a re-render. Views that must show new text from outside re-create the field.

use leptos::prelude::*;

#[component]
pub fn TextArea(
    /// Unique DOM id.
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    /// Extra explanation under the label, tied to the field with `aria-describedby`.
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(into)] initial: String,
    #[prop(into)] on_input: Callback<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let (label, described_by) = super::label_and_hint(&id, label, hint);
    view! {
        <div class="utrecht-form-field">
            {label}
            <textarea
                id=id
                class="utrecht-form-field__input"
                rows=rows
                aria-describedby=described_by
                prop:value=initial
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
