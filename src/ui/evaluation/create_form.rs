//! Start a new evaluation: the fields of the "score zelfevaluatie" form plus period and date.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::state::use_store;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::router::navigate;

#[component]
pub fn CreateForm() -> impl IntoView {
    let store = use_store();
    let form = &Catalogue::current().score_form;
    let today = store.today();
    let organisation = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let period = RwSignal::new(format!("{}-{}", today.year, today.year + 1));
    let start_date = RwSignal::new(today.to_iso());
    let error = RwSignal::new(None::<&'static str>);
    let org_input = NodeRef::<leptos::html::Input>::new();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if organisation.with_untracked(|o| o.trim().is_empty()) {
            error.set(Some("Vul de naam van de organisatie in."));
            if let Some(input) = org_input.get() {
                // Moving focus cannot fail in a way to report: at worst it stays where it was.
                let _ = input.focus();
            }
            return;
        }
        error.set(None);
        let id = store.create(|e| {
            e.organisation = organisation.get_untracked().trim().to_string();
            e.contact = contact.get_untracked().trim().to_string();
            e.period = period.get_untracked().trim().to_string();
            e.start_date = start_date.get_untracked();
        });
        navigate(&Route::Evaluation(id, EvaluationView::Overview));
    };

    view! {
        <section aria-labelledby="nieuw-titel" class="panel">
            <h2 id="nieuw-titel">"Nieuwe evaluatie"</h2>
            <form on:submit=submit novalidate>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="nieuw-organisatie">{form.organisation_label.as_str()}" (verplicht)"</label>
                    {move || error.get().map(|e| view! {
                        <p class="utrecht-form-field-error-message" id="nieuw-organisatie-fout">{e}</p>
                    })}
                    <input id="nieuw-organisatie" class="utrecht-form-field__input" type="text" autocomplete="organization"
                        node_ref=org_input
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=move || error.get().map(|_| "nieuw-organisatie-fout")
                        prop:value=move || organisation.get()
                        on:input=move |ev| organisation.set(event_target_value(&ev))/>
                </div>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="nieuw-contact">{form.contact_label.as_str()}</label>
                    <input id="nieuw-contact" class="utrecht-form-field__input" type="text"
                        prop:value=move || contact.get()
                        on:input=move |ev| contact.set(event_target_value(&ev))/>
                </div>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="nieuw-periode">"Periode"</label>
                    <p class="utrecht-form-field-description" id="nieuw-periode-hint">"De twee jaar waar deze evaluatie over gaat, bijvoorbeeld 2025-2026."</p>
                    <input id="nieuw-periode" class="utrecht-form-field__input input--short" type="text"
                        aria-describedby="nieuw-periode-hint"
                        prop:value=move || period.get()
                        on:input=move |ev| period.set(event_target_value(&ev))/>
                </div>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="nieuw-start">"Startdatum"</label>
                    <input id="nieuw-start" class="utrecht-form-field__input input--short" type="date"
                        prop:value=move || start_date.get()
                        on:input=move |ev| start_date.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="utrecht-button utrecht-button--primary-action">"Evaluatie starten"</button>
            </form>
        </section>
    }
}
