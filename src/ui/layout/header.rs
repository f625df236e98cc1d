//! Site name and main navigation; marks the current section with `aria-current`.

use leptos::prelude::*;

use crate::ui::route::{Route, APP_NAME};
use crate::ui::router::use_route;

fn nav_items() -> [(&'static str, Route); 7] {
    [
        ("Start", Route::Home),
        ("Mijn evaluaties", Route::Evaluations),
        ("Importeren", Route::Import),
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
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=Route::Home.href()>{APP_NAME}</a>
                <nav aria-label="Hoofdmenu">
                    <ul class="site-nav">{items}</ul>
                </nav>
            </div>
        </header>
    }
}
