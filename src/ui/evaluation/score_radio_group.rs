//! The holistic score as a radio group: "nog niet gescoord" or one of the five levels of the
//! beoordelingsschaal, each with its label and description.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;

#[component]
pub fn ScoreRadioGroup(
    /// Unique prefix for DOM ids and the radio group's name.
    #[prop(into)]
    name: String,
    /// The question of the score form, as legend.
    #[prop(into)]
    legend: String,
    #[prop(into)] value: Signal<Option<u8>>,
    #[prop(into)] on_change: Callback<Option<u8>>,
) -> impl IntoView {
    let scale = &Catalogue::current().scale;
    let option = |score: Option<u8>, label: String, description: Option<&'static str>| {
        let id = format!("{name}-{}", score.map_or(0, u8::from));
        let description_id = format!("{id}-uitleg");
        let described_by = description.map(|_| description_id.clone());
        view! {
            <div class="radio">
                <input type="radio" id=id.clone() name=name.clone() class="radio__input"
                    aria-describedby=described_by
                    prop:checked=move || value.get() == score
                    on:change=move |_| on_change.run(score)/>
                <label for=id class="radio__label">{label}</label>
                {description.map(|d| view! { <p class="radio__description" id=description_id>{d}</p> })}
            </div>
        }
    };
    let levels = scale
        .levels
        .iter()
        .map(|l| {
            option(
                Some(l.value),
                format!("{} {}", l.value, l.label_nl),
                Some(l.description.as_str()),
            )
        })
        .collect_view();
    view! {
        <fieldset class="score">
            <legend class="score__legend">{legend}</legend>
            {option(None, "Nog niet gescoord".to_string(), None)}
            {levels}
        </fieldset>
    }
}
