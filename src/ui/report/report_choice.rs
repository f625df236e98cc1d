//! Who the report is for: a radio group of the three variants, and whether names of people
//! are shown (only where the variant allows it).

use leptos::prelude::*;

use crate::domain::report::ReportVariant;

#[component]
pub fn ReportChoice(variant: RwSignal<ReportVariant>, show_names: RwSignal<bool>) -> impl IntoView {
    let options = ReportVariant::ALL
        .into_iter()
        .map(|v| {
            let id = format!("rapport-voor-{}", v.value());
            let hint = format!("{id}-uitleg");
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="rapport-voor" class="radio__input" value=v.value()
                        aria-describedby=hint.clone()
                        prop:checked=move || variant.get() == v
                        on:change=move |_| variant.set(v)/>
                    <label for=id class="radio__label">{v.label()}</label>
                    <p class="radio__description" id=hint>{v.description()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="report-choice">
            <legend>"Voor wie is het rapport?"</legend>
            {options}
            {move || variant.get().may_show_names().then(|| view! {
                <div class="utrecht-form-field field--check">
                    <input type="checkbox" id="rapport-namen"
                        aria-describedby="rapport-namen-uitleg"
                        prop:checked=move || show_names.get()
                        on:change=move |ev| show_names.set(event_target_checked(&ev))/>
                    <label for="rapport-namen">"Namen van deelnemers tonen"</label>
                </div>
                <p class="utrecht-form-field-description report-choice__hint" id="rapport-namen-uitleg">
                    "De contactpersoon, wie er meededen en de namen bij de losse scores. Alleen voor intern gebruik: de competenties gaan over medewerkers, en informatie over personen maakt u niet openbaar."
                </p>
            })}
        </fieldset>
    }
}
