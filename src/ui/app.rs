//! The root component: provides the app-wide services and picks the page for the route.

use leptos::prelude::*;

use super::catalogue::{
    DilemmasLevelsPage, HomePage, NotFoundPage, ProfilePage, ProfilesPage, ScalePage,
    StappenplanPage,
};
use super::layout::{Footer, Header, SkipLink};
use super::route::Route;
use super::router::provide_router;
use crate::domain::catalogue::Catalogue;

/// Starts the app in `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let route = provide_router();
    let catalogue = Catalogue::current();
    Effect::new(move || document().set_title(&route.get().title(catalogue)));

    let page = move || match route.get() {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Profiles => view! { <ProfilesPage/> }.into_any(),
        Route::Profile(id) => match catalogue.profile(&id) {
            Some(profile) => view! { <ProfilePage profile/> }.into_any(),
            None => view! { <NotFoundPage path=format!("profielen/{id}")/> }.into_any(),
        },
        Route::Stappenplan => view! { <StappenplanPage/> }.into_any(),
        Route::Scale => view! { <ScalePage/> }.into_any(),
        Route::DilemmasLevels => view! { <DilemmasLevelsPage/> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage path/> }.into_any(),
    };

    view! {
        <SkipLink/>
        <Header/>
        <main id="hoofdinhoud" class="page" tabindex="-1">
            {page}
        </main>
        <Footer/>
    }
}
