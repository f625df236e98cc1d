//! A list of links to other pages (NL Design System `@utrecht/link-list-css`): the start
//! page's "read more", the printable worksheets, the footer.

use leptos::prelude::*;

use crate::ui::route::Route;

#[component]
pub fn LinkList(
    /// Where each link goes and what it says.
    links: Vec<(Route, String)>,
) -> impl IntoView {
    view! {
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
            {links.into_iter().map(|(route, label)| view! {
                <li class="utrecht-link-list__item">
                    <a class="utrecht-link-list__link" href=route.href()>{label}</a>
                </li>
            }).collect_view()}
        </ul>
    }
}
