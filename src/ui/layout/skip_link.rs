//! "Naar de inhoud": the first focusable element, for keyboard users (WCAG 2.4.1).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SkipLink() -> impl IntoView {
    // The address bar holds the route (`#/...`), so the link moves focus itself instead of
    // changing the hash to `#hoofdinhoud`.
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("hoofdinhoud")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Moving focus cannot fail in a way to report: at worst it stays where it was.
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#hoofdinhoud" on:click=skip>"Naar de inhoud"</a>
    }
}
