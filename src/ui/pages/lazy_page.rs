//! A page whose code is in a chunk: "De pagina wordt geladen…" until the chunk is there,
//! then the page; when the chunk cannot be fetched, [`LoadFailed`] with a way to try again.
//! A page whose chunk is already there is drawn at once, without the loading line.
//!
//! The chunk hands out a drawing function ([`PageFn`]), and the page is drawn here, in the
//! view tree, as any other page: not inside the loading future, where its signals would
//! belong to an owner of the future's and could be gone while the page still shows.

use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use super::{use_chunks, ChunkUnavailable, LoadFailed, PageFn};
use crate::ui::route::Route;
use crate::ui::router::{focus_main_heading, has_navigated};

#[component]
pub fn LazyPage(route: Route) -> impl IntoView {
    let chunks = use_chunks();
    let state = RwSignal::new(None::<Result<PageFn, ChunkUnavailable>>);
    let load = {
        let route = route.clone();
        move |retried: bool| {
            let mut arriving = (chunks.page)(&route);
            // A chunk already there is ready at the first poll: draw the page now.
            let waker = Waker::noop();
            if let Poll::Ready(result) = arriving.as_mut().poll(&mut Context::from_waker(waker)) {
                state.set(Some(result));
                return;
            }
            leptos::task::spawn_local(async move {
                let result = arriving.await;
                // `try_set`: the user may have moved on to another page meanwhile.
                if state.try_set(Some(result)).is_none() && (has_navigated() || retried) {
                    // A page opened by a link gets the focus on its heading (the router tried
                    // before the heading was there); so does the message after a retry.
                    request_animation_frame(focus_main_heading);
                }
            });
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
