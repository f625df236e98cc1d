//! A table (or chart) that may be wider than a phone: it scrolls sideways in its own region
//! (focusable, so keyboard users can scroll it), never the whole page, and its words are
//! never broken.

use leptos::prelude::*;

#[component]
pub fn TableRegion(
    /// The region's name: the table's caption.
    #[prop(into)]
    label: String,
    /// A table of many columns: on a phone it keeps readable columns and scrolls.
    #[prop(optional)]
    wide: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" class:table-scroll--wide=wide role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}
