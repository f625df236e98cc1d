//! A part of an evaluation's page whose code is in another chunk than the page: the
//! contribution to a network and "Hoe scoren anderen" live in the network chunk, so the
//! workspace (which most users open every day) does not carry them. Drawn at once when the
//! chunk is there; `quiet` parts show nothing while loading and a short line with "Opnieuw
//! proberen" when the chunk cannot be fetched; a whole view shows [`LoadFailed`].

use leptos::prelude::*;

use super::{arrive, use_chunks, ChunkUnavailable, LoadFailed, Part, PartFn};
use crate::state::EvaluationRef;
use crate::ui::router::has_navigated;

#[component]
pub fn LazyPart(
    part: Part,
    evaluation: EvaluationRef,
    /// A part of a page (not its whole view): no loading line, a short failure line.
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView {
    let chunks = use_chunks();
    let state = RwSignal::new(None::<Result<PartFn, ChunkUnavailable>>);
    let load = move |retried: bool| {
        arrive((chunks.part)(), state, move || {
            !quiet && (has_navigated() || retried)
        })
    };
    load(false);
    let retry = Callback::new(move |()| {
        state.set(None);
        load(true);
    });
    move || {
        match state.get() {
        None if quiet => ().into_any(),
        None => view! { <p class="page-loading" role="status">"De pagina wordt geladen…"</p> }
            .into_any(),
        Some(Ok(draw)) => untrack(move || draw(part, evaluation)),
        Some(Err(ChunkUnavailable)) if quiet => view! {
            <p>
                "Dit deel van de pagina kon niet worden opgehaald. "
                <button type="button" class="utrecht-button utrecht-button--subtle" on:click=move |_| retry.run(())>"Opnieuw proberen"</button>
            </p>
        }
        .into_any(),
        Some(Err(ChunkUnavailable)) => view! { <LoadFailed retry/> }.into_any(),
    }
    }
}
