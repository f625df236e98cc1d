//! A labelled one-line field (text or date) that reports every change. Uncontrolled, like
//! [`super::TextArea`].

use leptos::prelude::*;

#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] initial: String,
    #[prop(into)] on_input: Callback<String>,
    /// `text` or `date`.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(optional, into)] autocomplete: Option<&'static str>,
    /// A short answer (a period, a year): a narrow box.
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let (label, described_by) = super::label_and_hint(&id, label, hint);
    view! {
        <div class="utrecht-form-field">
            {label}
            <input
                id=id
                class="utrecht-form-field__input"
                class:input--short=short
                type=kind
                autocomplete=autocomplete
                aria-describedby=described_by
                prop:value=initial
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </div>
    }
}
