//! The app's wasm chunks: each `#[wasm_split]` function here is a door to the chunk of its
//! group of pages, fetched the first time one of them is opened, or earlier when the browser
//! is idle (`prefetch`). The library's `ui::pages` asks for pages through [`CHUNKS`].
//!
//! Four groups; the first three measured against five (one per kind of page) in issue 22: the same first
//! load, 8 wasm files instead of 23, 3-4 requests per first visit of a group instead of 9-16,
//! and 17 KB gzip less wasm in all.
//! - `catalogue`: reading about the profiles, the scale, the steps; blank worksheets.
//! - `evaluations`: Mijn evaluaties, importing a file, growth over cycles.
//! - `workspace`: everything inside one evaluation (stap 1-3, report, filled worksheets, the
//!   contribution to a network).
//! - `network`: the Netwerkoverzicht (issue 24), used by few: its own chunk.
//!
//! And one chunk that is not a page: `data`, the [`Codec`] (how evaluations are read and
//! written; serde's code for them was a fifth of the first load).
//!
//! On the wasm target `#[wasm_split]` turns each function into an `async fn` that first
//! fetches and instantiates its chunk; `fallible` makes a failed fetch an `Err` instead of a
//! panic (which, with `panic = "abort"`, would stop the whole app). `scripts/build.mjs` runs
//! wasm-split-cli, which does the actual cutting.
//!
//! This lives in the binary, not the library: the split functions are `#[no_mangle]`
//! exports, and in the library the exporter worker (the other binary) would export them too,
//! and so carry every page (its wasm went from 164 to 426 KB gzip).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::state::use_store;
use vth_competenties::state::{Codec, EvaluationRef};
use vth_competenties::ui::catalogue::{
    DilemmasLevelsPage, ProfilePage, ProfilesPage, ScalePage, StappenplanPage,
};
use vth_competenties::ui::evaluation::{EvaluationsPage, Workspace};
use vth_competenties::ui::exchange::ImportPage;
use vth_competenties::ui::network::{ContributionPage, NetworkPage, OthersScores};
use vth_competenties::ui::pages::{
    ChunkUnavailable, Chunks, Data, Group, Loading, PageFn, Part, PartFn,
};
use vth_competenties::ui::report::GrowthPage;
use vth_competenties::ui::route::Route;
use vth_competenties::ui::site::{AccessibilityPage, NotFoundPage, PrivacyPage};
use vth_competenties::ui::status::data_banners;
use vth_competenties::ui::working_file::WorkingFiles;
use vth_competenties::ui::worksheet::WorksheetPage;

type LoadError = SplitLoaderError;
type Arriving = Pin<Box<dyn Future<Output = Result<Group, LoadError>>>>;

/// What the library's page loader calls.
pub const CHUNKS: Chunks = Chunks {
    page,
    prefetch,
    part,
    data: data_or_group,
};

/// What the start page does not need but the rest of the app does ([`Data`]): serde's code for
/// the whole evaluation, the working files' and the banners about stored data. The root asks
/// for it when the browser is idle after the first view, and so does every file read or written
/// before that (`ui::pages::codec`); a page gets it with its group.
fn data_or_group() -> Loading<Data> {
    Box::pin(async {
        match data().await {
            Ok(data) => Ok(data),
            // Every group carries it too: when its own chunk cannot be fetched (a file missing
            // on the server), the smallest group may still bring it.
            Err(_) => catalogue()
                .await
                .map(|group| group.data)
                .map_err(|_| ChunkUnavailable),
        }
    })
}

#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn data() -> Result<Data, LoadError> {
    Ok(DATA)
}

/// The functions themselves, named only here, in code that is not in the first load.
const DATA: Data = Data {
    codec: Codec::NATIVE,
    working_files: WorkingFiles::start,
    banners: data_banners,
};

/// The drawing function for a route, from the chunk of its group. Adding a page to a group:
/// one arm here, one in the group's `draw_` function.
fn page(route: &Route) -> Loading<Group> {
    let group: Arriving = match route {
        Route::Evaluations | Route::Import | Route::Growth => Box::pin(evaluations()),
        Route::Evaluation(..) => Box::pin(workspace()),
        Route::Network => Box::pin(async { network().await.map(|(group, _)| group) }),
        Route::Profiles
        | Route::Profile(_)
        | Route::Stappenplan
        | Route::Scale
        | Route::DilemmasLevels
        | Route::Privacy
        | Route::Accessibility
        | Route::Worksheet(_)
        | Route::Home
        | Route::NotFound(_) => Box::pin(catalogue()),
    };
    Box::pin(async move { group.await.map_err(|_| ChunkUnavailable) })
}

/// Fetches every chunk, the most likely next first: the list of evaluations, an
/// evaluation's steps. A chunk that fails here is tried again when its page is opened.
fn prefetch() -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async {
        type Fetched = Pin<Box<dyn Future<Output = bool>>>;
        // The codec first: the root asked for it already, so this usually waits for that.
        let chunks: [fn() -> Fetched; 5] = [
            || Box::pin(async { data().await.is_ok() }),
            || Box::pin(async { evaluations().await.is_ok() }),
            || Box::pin(async { workspace().await.is_ok() }),
            || Box::pin(async { catalogue().await.is_ok() }),
            || Box::pin(async { network().await.is_ok() }),
        ];
        for fetched in chunks {
            if !fetched().await {
                // Offline or a server hiccup: the rest would fail the same way now.
                break;
            }
        }
    })
}

// Each split function hands out its group's drawing function (the page is drawn by `LazyPage`
// in the view tree, like any other view, not inside the loading future) and `Data` (see
// `Group`): its code is then in one chunk that all groups and `data` share, not cut into a
// dozen pieces by who uses which part.

#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible)]
fn catalogue() -> Result<Group, LoadError> {
    Ok(group(draw_catalogue))
}

#[wasm_split(evaluations, wasm_split_path = ::leptos::wasm_split, fallible)]
fn evaluations() -> Result<Group, LoadError> {
    Ok(group(draw_evaluations))
}

#[wasm_split(workspace, wasm_split_path = ::leptos::wasm_split, fallible)]
fn workspace() -> Result<Group, LoadError> {
    Ok(group(draw_workspace))
}

fn group(draw: PageFn) -> Group {
    Group { draw, data: DATA }
}

/// The parts of an evaluation's pages that live in the network chunk.
fn part() -> Loading<PartFn> {
    Box::pin(async {
        network()
            .await
            .map(|(_, part)| part)
            .map_err(|_| ChunkUnavailable)
    })
}

// The network chunk hands out two: the Netwerkoverzicht page, and the parts of an evaluation's
// pages about the network (the contribution, "Hoe scoren anderen"), so the workspace chunk
// does not carry them.
#[wasm_split(network, wasm_split_path = ::leptos::wasm_split, fallible)]
fn network() -> Result<(Group, PartFn), LoadError> {
    Ok((group(draw_network), draw_network_part))
}

fn draw_catalogue(route: Route) -> AnyView {
    let catalogue = Catalogue::current();
    match route {
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
        _ => wrong_group(route),
    }
}

fn draw_evaluations(route: Route) -> AnyView {
    match route {
        Route::Evaluations => view! { <EvaluationsPage/> }.into_any(),
        Route::Import => view! { <ImportPage/> }.into_any(),
        Route::Growth => view! { <GrowthPage/> }.into_any(),
        _ => wrong_group(route),
    }
}

fn draw_workspace(route: Route) -> AnyView {
    match route {
        Route::Evaluation(id, view) => {
            let evaluation = use_store().evaluation(&id);
            view! { <Workspace evaluation view/> }.into_any()
        }
        _ => wrong_group(route),
    }
}

fn draw_network(route: Route) -> AnyView {
    match route {
        Route::Network => view! { <NetworkPage/> }.into_any(),
        _ => wrong_group(route),
    }
}

fn draw_network_part(part: Part, evaluation: EvaluationRef) -> AnyView {
    match part {
        Part::Contribution => view! { <ContributionPage evaluation/> }.into_any(),
        Part::OthersScores => view! { <OthersScores evaluation/> }.into_any(),
    }
}

/// `page` sent a route to a group that does not draw it: a mistake in this file, shown as the
/// not-found page rather than a blank one.
fn wrong_group(route: Route) -> AnyView {
    view! { <NotFoundPage path=route.href().trim_start_matches("#/").to_string()/> }.into_any()
}
