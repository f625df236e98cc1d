//! Shows a catalogue text, turning the source's `*emphasis*` into `<em>`.

use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::catalogue::emphasis_runs;

#[component]
pub fn RichText(text: &'static str) -> impl IntoView {
    emphasis_runs(text)
        .into_iter()
        .map(|(run, emphasised)| {
            if emphasised {
                Either::Left(view! { <em>{run}</em> })
            } else {
                Either::Right(run)
            }
        })
        .collect_view()
}
