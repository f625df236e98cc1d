//! A polite live region: status messages (deleted, restored, exported, updated from another
//! tab) are read out by screen readers and shown to everyone, at the top of the page they
//! belong to. A message said as the app moves to another page (opened, imported) shows on that
//! page; the user's next page change clears it, so it never lingers on pages it is not about.

use leptos::prelude::*;

use crate::ui::route::Route;
use crate::ui::router::take_app_navigation;

#[component]
pub fn Announcer(message: ReadSignal<String>, route: ReadSignal<Route>) -> impl IntoView {
    let visible = RwSignal::new(true);
    Effect::new(move |_| {
        message.track();
        visible.set(true);
    });
    // The app moving on after an action (opened, imported) keeps the message for the page it
    // leads to; the user following a link clears it.
    Effect::new(move |first: Option<()>| {
        route.track();
        if first.is_some() && !take_app_navigation() {
            visible.set(false);
        }
    });
    view! {
        <p class="announcer" role="status" aria-live="polite">
            {move || if visible.get() { message.get() } else { String::new() }}
        </p>
    }
}
