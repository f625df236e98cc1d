//! Site name and main navigation; marks the current section with `aria-current`. On narrow
//! screens the navigation folds behind a "Menu" button (a disclosure).

use leptos::prelude::*;

use crate::ui::route::{Route, APP_NAME};
use crate::ui::router::use_route;

fn nav_items() -> [(&'static str, Route); 9] {
    [
        ("Start", Route::Home),
        ("Mijn evaluaties", Route::Evaluations),
        ("Groei", Route::Growth),
        ("Importeren", Route::Import),
        ("Netwerk", Route::Network),
        ("Profielen", Route::Profiles),
        ("Stappenplan", Route::Stappenplan),
        ("Beoordelingsschaal", Route::Scale),
        ("Dilemma's en levels", Route::DilemmasLevels),
    ]
}

#[component]
pub fn Header() -> impl IntoView {
    let route = use_route();
    let items = nav_items()
        .into_iter()
        .map(|(label, target)| {
            let href = target.href();
            let current = move || (route.get().section() == target).then_some("page");
            view! {
                <li><a href=href aria-current=current>{label}</a></li>
            }
        })
        .collect_view();
    // On narrow screens the menu folds behind a button; it closes again on every page change.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        route.track();
        open.set(false);
    });
    view! {
        <header class="utrecht-page-header site-header">
            <div class="utrecht-page-header__content site-header__inner">
                <a class="site-header__name" href=Route::Home.href()>{APP_NAME}</a>
                <nav aria-label="Hoofdmenu">
                    <button type="button" class="menu-button" aria-controls="hoofdmenu"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        on:click=move |_| open.update(|o| *o = !*o)>
                        "Menu"
                    </button>
                    <ul id="hoofdmenu" class="site-nav" class:site-nav--open=move || open.get()>{items}</ul>
                </nav>
            </div>
        </header>
    }
}
