//! A page whose code is in a chunk: "De pagina wordt geladen…" until the chunk is there,
//! then the page; when the chunk cannot be fetched, [`LoadFailed`] with a way to try again.
//! A page already loaded is drawn at once, without the loading line (the future is ready on
//! its first poll).

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;

use super::{use_chunks, LoadFailed};
use crate::ui::route::Route;
use crate::ui::router::{focus_main_heading, has_navigated};

#[component]
pub fn LazyPage(route: Route) -> impl IntoView {
    let chunks = use_chunks();
    let attempt = RwSignal::new(0u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    let content = move || {
        let retried = attempt.get() > 0;
        let route = route.clone();
        Suspend::new(SendWrapper::new(async move {
            let page = match (chunks.page)(route).await {
                Ok(page) => page,
                Err(_) => view! { <LoadFailed retry/> }.into_any(),
            };
            // A page opened by a link gets the focus on its heading (the router tried before
            // the heading was there); so does the message after "Opnieuw proberen".
            if has_navigated() || retried {
                request_animation_frame(focus_main_heading);
            }
            page
        }))
    };
    view! {
        <Suspense fallback=|| view! { <p class="page-loading" role="status">"De pagina wordt geladen…"</p> }>
            {content}
        </Suspense>
    }
}
