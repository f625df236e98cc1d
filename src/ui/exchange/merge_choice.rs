//! For a whole evaluation: open it as a new one, or merge it into one that is here, after
//! seeing exactly what would change.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::Evaluation;
use crate::domain::merge::merge;
use crate::state::use_store;
use crate::ui::route::{EvaluationView, Route};

#[component]
pub fn MergeChoice(incoming: Evaluation, on_done: Callback<(String, Route)>) -> impl IntoView {
    let store = use_store();
    let incoming = StoredValue::new(incoming);
    let own = store.own_evaluations();
    let same_id = incoming.with_value(|i| own.iter().any(|(id, _)| *id == i.id));
    let selected = RwSignal::new(if same_id {
        incoming.with_value(|i| i.id.clone())
    } else {
        own.first().map(|o| o.0.clone()).unwrap_or_default()
    });
    let changes = Memo::new(move |_| {
        let id = selected.get();
        store.with(&id, |target| {
            incoming.with_value(|i| merge(target, i, Catalogue::current()))
        })
    });

    let open_new = move |_| {
        let mut copy = incoming.get_value();
        let exists = store.get_untracked(&copy.id).is_some();
        if exists {
            copy.id = store.new_id("ev");
        }
        copy.revision = 0;
        let name = copy.display_name();
        let id = store.insert(copy);
        on_done.run((
            format!("'{name}' is geïmporteerd als nieuwe evaluatie."),
            Route::Evaluation(id, EvaluationView::Overview),
        ));
    };
    let apply = move |_| {
        let id = selected.get_untracked();
        if let Some((merged, changes)) = changes.get_untracked() {
            store.update(&id, |e| *e = merged);
            on_done.run((
                format!("{} wijzigingen zijn samengevoegd.", changes.len()),
                Route::Evaluation(id, EvaluationView::Overview),
            ));
        }
    };
    let options = own.iter().map(|(id, name)| {
        let id2 = id.clone();
        view! { <option value=id.clone() prop:selected=move || selected.get() == id2>{name.clone()}</option> }
    }).collect_view();

    view! {
        <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=open_new>"Openen als nieuwe evaluatie"</button>
        {(!own.is_empty()).then(|| view! {
            <div class="panel">
                <h3>"Of: samenvoegen met een evaluatie in deze browser"</h3>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="samenvoegen-met">"Samenvoegen met"</label>
                    <select id="samenvoegen-met" class="utrecht-form-field__input" on:change=move |ev| selected.set(event_target_value(&ev))>{options}</select>
                </div>
                {move || changes.get().map(|(_, list)| if list.is_empty() {
                    view! { <p>"Dit bestand bevat niets nieuws voor deze evaluatie."</p> }.into_any()
                } else {
                    view! {
                        <p>{format!("Dit verandert er ({} wijzigingen). Niets wordt verwijderd.", list.len())}</p>
                        <ul class="changes">
                            {list.into_iter().map(|c| view! {
                                <li><strong>{c.place}</strong>": "<bdi>{c.before}</bdi>" → "<bdi>{c.after}</bdi></li>
                            }).collect_view()}
                        </ul>
                        <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=apply>"Ja, samenvoegen"</button>
                    }.into_any()
                })}
            </div>
        })}
    }
}
