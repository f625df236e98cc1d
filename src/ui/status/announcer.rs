//! A polite live region: status messages (deleted, restored, exported, updated from another
//! tab) are read out by screen readers and shown to everyone.

use leptos::prelude::*;

#[component]
pub fn Announcer(message: ReadSignal<String>) -> impl IntoView {
    view! {
        <p class="announcer" role="status" aria-live="polite">{move || message.get()}</p>
    }
}
