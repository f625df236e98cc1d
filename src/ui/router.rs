//! The router service: the current [`Route`], read from the location hash.
//!
//! Provided once at the root as context; components read it with [`use_route`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::route::Route;

#[derive(Clone, Copy)]
struct RouterContext(ReadSignal<Route>);

fn current_route() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// Starts listening to `hashchange` and provides the route to every component below.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(current_route());
    // The root lives as long as the page, so the listener is never removed.
    let _listener = window_event_listener(leptos::ev::hashchange, move |_| {
        NAVIGATED.store(true, std::sync::atomic::Ordering::Relaxed);
        set_route.set(current_route());
        request_animation_frame(focus_main_heading);
    });
    provide_context(RouterContext(route));
    route
}

/// The current page.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<RouterContext>().0
}

/// After a page change, moves focus to the new page's heading (and so scrolls to the top),
/// so keyboard and screen reader users start reading the new page, not the old link.
pub fn focus_main_heading() {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match heading {
        Some(h1) => {
            // Moving focus cannot fail in a way to report: at worst it stays where it was.
            let _ = h1.focus();
        }
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Goes to a page, as a link would.
pub fn navigate(route: &Route) {
    APP_NAVIGATED.store(true, std::sync::atomic::Ordering::Relaxed);
    // Setting the hash of this page cannot fail.
    let _ = window()
        .location()
        .set_hash(route.href().trim_start_matches('#'));
}

/// Set at the first page change after the app started.
static NAVIGATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the user has moved to another page since the app started (so a page that appears
/// later, after its code is loaded, takes the focus as the router would have given it).
pub fn has_navigated() -> bool {
    NAVIGATED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Set when the app itself moves to another page (after an action), not the user by a link.
static APP_NAVIGATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the last page change was the app's own (and forgets it).
pub fn take_app_navigation() -> bool {
    APP_NAVIGATED.swap(false, std::sync::atomic::Ordering::Relaxed)
}
