//! A page whose code is in a chunk: "De pagina wordt geladen…" until the chunk is there,
//! then the page; when the chunk cannot be fetched, [`LoadFailed`] with a way to try again.
//! A page whose chunk is already there is drawn at once, without the loading line.
//!
//! The chunk hands out a drawing function ([`PageFn`]), and the page is drawn here, in the
//! view tree, as any other page: not inside the loading future, where its signals would
//! belong to an owner of the future's and could be gone while the page still shows.

use leptos::prelude::*;

use super::{arrive, use_chunks, ChunkUnavailable, LoadFailed, Loading, PageFn};
use crate::state::use_store;
use crate::ui::route::Route;
use crate::ui::router::has_navigated;

#[component]
pub fn LazyPage(route: Route) -> impl IntoView {
    let chunks = use_chunks();
    let store = use_store();
    let state = RwSignal::new(None::<Result<PageFn, ChunkUnavailable>>);
    let load = {
        let route = route.clone();
        // A page opened by a link gets the focus on its heading; so does the message after a
        // retry.
        move |retried: bool| {
            // Pages read evaluations: the store gets the codec that comes with the group (and
            // reads storage with it) before the page is drawn.
            let group = (chunks.page)(&route);
            let draw: Loading<PageFn> = Box::pin(async move {
                let group = group.await?;
                store.attach(group.data.codec);
                Ok(group.draw)
            });
            arrive(draw, state, move || has_navigated() || retried)
        }
    };
    load(false);
    let retry = Callback::new(move |()| {
        state.set(None);
        load(true);
    });
    move || match state.get() {
        None => view! { <p class="page-loading" role="status">"De pagina wordt geladen…"</p> }
            .into_any(),
        Some(Ok(draw)) => {
            let route = route.clone();
            untrack(move || draw(route))
        }
        Some(Err(ChunkUnavailable)) => view! { <LoadFailed retry/> }.into_any(),
    }
}
