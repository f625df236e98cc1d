//! Shown for an address the app does not know.

use leptos::prelude::*;

use crate::ui::route::Route;

#[component]
pub fn NotFoundPage(#[prop(into)] path: String) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Pagina niet gevonden"</h1>
        <p>"De pagina " <code>{path}</code> " bestaat niet. Misschien is de link oud of niet compleet."</p>
        <p><a href=Route::Home.href()>"Ga naar de startpagina"</a></p>
    }
}
