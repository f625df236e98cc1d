//! The beoordelingsschaal: five levels with their labels and descriptions.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;

#[component]
pub fn ScalePage() -> impl IntoView {
    let c = Catalogue::current();
    let levels = c
        .scale
        .levels
        .iter()
        .map(|l| {
            view! {
                <li class="scale-level">
                    <h2 class="scale-level__title">
                        <span class="scale-level__value">{l.value}</span>
                        {format!(" {}", l.label_nl)}
                        <span class="scale-level__en" lang="en">{format!(" ({})", l.label_en)}</span>
                    </h2>
                    <p>{l.description.as_str()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">"Beoordelingsschaal"</h1>
        <p class="lead">
            "Met deze schaal geeft u per profiel één score van 1 tot 5. U scoort holistisch: u kijkt
            naar het geheel, niet naar losse punten die u afvinkt."
        </p>
        <p>{c.scale.intro.as_str()}</p>
        <ol class="scale">{levels}</ol>
        <p class="footnote"><strong>"Holistisch: "</strong>{c.stappenplan.holistisch_footnote.as_str()}</p>
    }
}
