//! Pages loaded when they are opened. Every page but the start page and "niet gevonden"
//! lives in a wasm chunk of its group; the app's binary declares the chunks (`src/chunks.rs`)
//! and hands them to [`crate::ui::mount`] as [`Chunks`]. [`LazyPage`] shows "wordt geladen"
//! meanwhile, and [`LoadFailed`] with "Opnieuw proberen" when a chunk cannot be fetched.
//! After the first page is on screen, [`prefetch_when_idle`] fetches the rest.
//!
//! Adding a page: its component in its feature folder, a [`Route`], and one arm in
//! `page` in `src/chunks.rs` that names its group (docs/architecture.md, "Add a page").

mod lazy_page;
mod lazy_part;
mod load_failed;

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

pub use lazy_page::LazyPage;
pub use lazy_part::LazyPart;
pub use load_failed::LoadFailed;

use crate::state::{Codec, Store};
use crate::ui::route::Route;
use crate::ui::router::{focus_main_heading, use_route};
use crate::ui::working_file::WorkingFiles;

/// A chunk could not be fetched (offline, a server hiccup, a release replaced on the server).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("een deel van de app kon niet worden opgehaald")]
pub struct ChunkUnavailable;

/// What to tell the user when something they asked for needs a chunk that cannot be fetched.
pub const CHUNK_UNAVAILABLE: &str =
    "Een deel van de app kon niet worden opgehaald. Controleer de verbinding en probeer het \
     opnieuw.";

/// Something on its way from a chunk.
pub type Loading<T> = Pin<Box<dyn Future<Output = Result<T, ChunkUnavailable>>>>;

/// Draws the page for a route; it lives in a chunk, and comes from [`Chunks::page`].
pub type PageFn = fn(Route) -> AnyView;

/// What the chunk of a group of pages hands out: how to draw its pages, and [`Data`]. Every
/// group carries `Data` (its pages read evaluations and files), so the code behind it sits in
/// one chunk that every group shares, and a page never waits for it apart.
#[derive(Clone, Copy)]
pub struct Group {
    pub draw: PageFn,
    pub data: Data,
}

/// What the `data` chunk hands out, and every group with it: code the start page does not need
/// but the rest of the app does, behind function pointers (code of the first load that named
/// the functions themselves would bring them back into the first load).
#[derive(Clone, Copy)]
pub struct Data {
    /// How evaluations are read and written (serde's code for the whole evaluation).
    pub codec: Codec,
    /// Starts the working files' autosave, the links of an earlier visit and the files the
    /// installed app is opened with ([`WorkingFiles::start`]): with their writes, checks and
    /// IndexedDB, 15 KB brotli of the first load before.
    pub working_files: fn(WorkingFiles),
    /// Draws the banners about stored data (`ui::status::data_banners`): data that could not
    /// be read, another tab's newer version, a save that failed. Each can only be there once
    /// storage has been read.
    pub banners: fn(Callback<String>) -> AnyView,
}

/// Runs `then` with [`Data`] once storage has been read (when the browser is idle after the
/// first view, or when a page brought the codec first), in the caller's owner, so what it makes
/// lives as long as the caller. A chunk with the codec is here by then; `data` itself may still
/// be fetched (a small file). When it cannot be, `then` waits and is tried again when another
/// page is opened. (When storage could not be read for want of a chunk, the root reads it once
/// the connection is back, and `then` runs after that.)
pub fn with_data(store: Store, chunks: Chunks, then: impl FnOnce(Data) + 'static) {
    let owner = Owner::current();
    // Taken by the attempt under way; put back when the chunk could not be fetched.
    let waiting = StoredValue::new_local(Some(Box::new(then) as Box<dyn FnOnce(Data)>));
    let route = use_route();
    Effect::new(move |_| {
        route.track();
        if !store.is_loaded() {
            return;
        }
        let Some(then) = waiting.try_update_value(Option::take).flatten() else {
            return;
        };
        let owner = owner.clone();
        leptos::task::spawn_local(async move {
            match (chunks.data)().await {
                Ok(data) => match owner {
                    Some(owner) => owner.with(|| then(data)),
                    None => then(data),
                },
                Err(ChunkUnavailable) => waiting.set_value(Some(then)),
            }
        });
    });
}

/// A part of an evaluation's page that lives in the network chunk (see [`LazyPart`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The contribution to a network: choices, preview, download (a whole view).
    Contribution,
    /// "Hoe scoren anderen" on the full report.
    OthersScores,
}

/// Draws a [`Part`] of one evaluation; comes from [`Chunks::part`].
pub type PartFn = fn(Part, crate::state::EvaluationRef) -> AnyView;

/// How the app's binary loads pages: an app-wide service, provided once at the root.
#[derive(Clone, Copy)]
pub struct Chunks {
    /// The group of the page for a route (any route but the start page and "niet gevonden").
    pub page: fn(&Route) -> Loading<Group>,
    /// What draws the parts of an evaluation's pages that live in the network chunk.
    pub part: fn() -> Loading<PartFn>,
    /// Fetches every chunk not yet there, one after the other.
    pub prefetch: fn() -> Pin<Box<dyn Future<Output = ()>>>,
    /// The `data` chunk alone: see [`codec`].
    pub data: fn() -> Loading<Data>,
}

pub fn provide_chunks(chunks: Chunks) {
    provide_context(chunks);
}

pub fn use_chunks() -> Chunks {
    expect_context::<Chunks>()
}

/// The store's codec: at once when it has one, else from the `data` chunk, which is then
/// handed to the store (which reads storage with it). Everything that reads or writes a file
/// waits for it; the root asks for it when the browser is idle after the first view. Pages get
/// it with their group ([`Group`]).
pub fn codec(store: Store, chunks: Chunks) -> Loading<Codec> {
    match store.codec() {
        Some(codec) => Box::pin(std::future::ready(Ok(codec))),
        None => Box::pin(async move {
            match (chunks.data)().await {
                Ok(data) => {
                    store.attach(data.codec);
                    Ok(data.codec)
                }
                // A page's group may have brought it meanwhile.
                Err(e) => store.codec().ok_or(e),
            }
        }),
    }
}

/// Puts what `arriving` brings into `state`: at once when its chunk is already there (ready at
/// the first poll, so no loading line flashes), else when it arrives. When it arrives later and
/// `focus()` says so, the main heading gets the focus once drawn (the router tried before the
/// heading was there).
pub(crate) fn arrive<T: Send + Sync + 'static>(
    mut arriving: Loading<T>,
    state: RwSignal<Option<Result<T, ChunkUnavailable>>>,
    focus: impl FnOnce() -> bool + 'static,
) {
    let waker = Waker::noop();
    if let Poll::Ready(result) = arriving.as_mut().poll(&mut Context::from_waker(waker)) {
        state.set(Some(result));
        return;
    }
    leptos::task::spawn_local(async move {
        let result = arriving.await;
        // `try_set`: the user may have moved on to another page meanwhile.
        if state.try_set(Some(result)).is_none() && focus() {
            request_animation_frame(focus_main_heading);
        }
    });
}

/// Starts the prefetch once the browser has nothing else to do (after two seconds in
/// browsers without `requestIdleCallback`).
pub fn prefetch_when_idle(chunks: Chunks) {
    when_idle(2000, move || leptos::task::spawn_local((chunks.prefetch)()));
}

/// Runs `work` once the browser has nothing else to do (after the page is drawn), or after
/// `fallback_ms` in browsers without `requestIdleCallback`. Callbacks run in the order given.
pub fn when_idle(fallback_ms: i32, work: impl FnOnce() + 'static) {
    let start = Closure::once_into_js(work);
    let callback: &js_sys::Function = start.unchecked_ref();
    if window().request_idle_callback(callback).is_err() {
        // Without either, `work` does not run; every caller copes (storage is then read on the
        // first use of an evaluation, and pages load when they are opened).
        let _ =
            window().set_timeout_with_callback_and_timeout_and_arguments_0(callback, fallback_ms);
    }
}
