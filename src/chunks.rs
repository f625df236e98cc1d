//! The app's wasm chunks: each `#[wasm_split]` function here is the door to one chunk, a
//! group of pages fetched the first time one of them is opened, or earlier when the browser
//! is idle (`prefetch`). The library's `ui::pages` asks for pages through [`CHUNKS`].
//!
//! On the wasm target `#[wasm_split]` turns each function into an `async fn` that first
//! fetches and instantiates its chunk; `fallible` makes a failed fetch an `Err` instead of a
//! panic (which, with `panic = "abort"`, would stop the whole app). `scripts/build.mjs` runs
//! wasm-split-cli, which does the actual cutting.
//!
//! This lives in the binary, not the library: the split functions are `#[no_mangle]`
//! exports, and in the library the exporter worker (the other binary) would export them too,
//! and so carry every page (its wasm went from 164 to 436 KB gzip).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::state::use_store;
use vth_competenties::ui::catalogue::{
    AccessibilityPage, DilemmasLevelsPage, NotFoundPage, PrivacyPage, ProfilePage, ProfilesPage,
    ScalePage, StappenplanPage,
};
use vth_competenties::ui::evaluation::{EvaluationsPage, Workspace};
use vth_competenties::ui::exchange::ImportPage;
use vth_competenties::ui::pages::{ChunkUnavailable, Chunks, Loading};
use vth_competenties::ui::report::GrowthPage;
use vth_competenties::ui::route::Route;
use vth_competenties::ui::worksheet::WorksheetPage;

type LoadError = SplitLoaderError;
type Arriving<T> = Pin<Box<dyn Future<Output = Result<T, LoadError>>>>;

/// What the library's page loader calls.
pub const CHUNKS: Chunks = Chunks { page, prefetch };

/// The page for a route, from the chunk of its group. Adding a page to a group: one arm here.
fn page(route: Route) -> Loading<AnyView> {
    let page: Arriving<AnyView> = match route {
        Route::Evaluations => Box::pin(evaluations_page()),
        Route::Import => Box::pin(import_page()),
        Route::Growth => Box::pin(growth_page()),
        Route::Evaluation(..) => Box::pin(workspace_page(route)),
        Route::Profiles
        | Route::Profile(_)
        | Route::Stappenplan
        | Route::Scale
        | Route::DilemmasLevels
        | Route::Privacy
        | Route::Accessibility
        | Route::Worksheet(_)
        | Route::Home
        | Route::NotFound(_) => Box::pin(catalogue_page(route)),
    };
    Box::pin(async move { page.await.map_err(|_| ChunkUnavailable) })
}

/// Fetches every chunk, the most likely next first: the list of evaluations, an
/// evaluation's steps. A chunk that fails here is tried again when its page is opened.
fn prefetch() -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async {
        let groups: [fn() -> Arriving<()>; 5] = [
            || Box::pin(preload_evaluations()),
            || Box::pin(preload_workspace()),
            || Box::pin(preload_catalogue()),
            || Box::pin(preload_import()),
            || Box::pin(preload_growth()),
        ];
        for preload in groups {
            if preload().await.is_err() {
                // Offline or a server hiccup: the rest would fail the same way now.
                break;
            }
        }
    })
}

#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_catalogue))]
fn catalogue_page(route: Route) -> Result<AnyView, LoadError> {
    let catalogue = Catalogue::current();
    Ok(match route {
        Route::Profiles => view! { <ProfilesPage/> }.into_any(),
        Route::Profile(id) => match catalogue.profile(&id) {
            Some(profile) => view! { <ProfilePage profile/> }.into_any(),
            None => view! { <NotFoundPage path=format!("profielen/{id}")/> }.into_any(),
        },
        Route::Stappenplan => view! { <StappenplanPage/> }.into_any(),
        Route::Scale => view! { <ScalePage/> }.into_any(),
        Route::DilemmasLevels => view! { <DilemmasLevelsPage/> }.into_any(),
        Route::Privacy => view! { <PrivacyPage/> }.into_any(),
        Route::Accessibility => view! { <AccessibilityPage/> }.into_any(),
        Route::Worksheet(step) => view! { <WorksheetPage step/> }.into_any(),
        _ => ().into_any(),
    })
}

#[wasm_split(evaluations, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_evaluations))]
fn evaluations_page() -> Result<AnyView, LoadError> {
    Ok(view! { <EvaluationsPage/> }.into_any())
}

#[wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_workspace))]
fn workspace_page(route: Route) -> Result<AnyView, LoadError> {
    Ok(match route {
        Route::Evaluation(id, view) => {
            let evaluation = use_store().evaluation(&id);
            view! { <Workspace evaluation view/> }.into_any()
        }
        _ => ().into_any(),
    })
}

#[wasm_split(import, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_import))]
fn import_page() -> Result<AnyView, LoadError> {
    Ok(view! { <ImportPage/> }.into_any())
}

#[wasm_split(growth, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_growth))]
fn growth_page() -> Result<AnyView, LoadError> {
    Ok(view! { <GrowthPage/> }.into_any())
}
