//! For a whole evaluation: open it as a new one, or merge it into one that is here, after
//! seeing exactly what would change.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::dates::local_time;
use crate::domain::evaluation::Evaluation;
use crate::domain::merge::{is_older, merge, merge_keeping};
use crate::state::use_store;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::status::{Alert, AlertKind};

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
    // A file older than what is here, where taking it over would replace values here: say
    // so, and by default only fill in what is empty. (A file just exported is a moment older
    // than the evaluation that records the export, but replaces nothing: no warning.)
    let both = Memo::new(move |_| {
        let id = selected.get();
        store.with(&id, |target| {
            incoming.with_value(|i| {
                let full = merge(target, i, Catalogue::current());
                let keep = merge_keeping(target, i, Catalogue::current());
                let when = |ms: i64| {
                    format!(
                        "{} om {}",
                        store.local_date(ms).to_nl(),
                        local_time(ms, store.utc_offset_minutes(ms))
                    )
                };
                let older = (is_older(target, i) && full.1 != keep.1)
                    .then(|| (when(i.updated_ms), when(target.updated_ms)));
                (full, keep, older)
            })
        })
    });
    let older = Memo::new(move |_| both.with(|b| b.as_ref().and_then(|(_, _, o)| o.clone())));
    let take_all = RwSignal::new(false);
    let changes = Memo::new(move |_| {
        let keep = older.with(Option::is_some) && !take_all.get();
        both.with(|b| {
            b.as_ref()
                .map(|(full, kept, _)| if keep { kept.clone() } else { full.clone() })
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
        // The same evaluation is here: merging is the likely choice, a second copy the other.
        <button type="button" class="utrecht-button" class:utrecht-button--primary-action=!same_id
            class:utrecht-button--secondary-action=same_id on:click=open_new>"Openen als nieuwe evaluatie"</button>
        {(!own.is_empty()).then(|| view! {
            <div class="panel">
                <h3>"Of: samenvoegen met een evaluatie in deze browser"</h3>
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="samenvoegen-met">"Samenvoegen met"</label>
                    <select id="samenvoegen-met" class="utrecht-form-field__input" on:change=move |ev| selected.set(event_target_value(&ev))>{options}</select>
                </div>
                {move || older.get().map(|(file, here)| view! {
                    <Alert kind=AlertKind::Warning>
                        <p>{format!("Dit bestand is ouder dan wat hier staat: het bestand is het laatst gewijzigd op {file}, de evaluatie hier op {here}.")}</p>
                    </Alert>
                    <fieldset class="choice">
                        <legend>"Wat wilt u doen met wat in beide staat?"</legend>
                        <div class="radio">
                            <input type="radio" name="samenvoegen-hoe" id="samenvoegen-aanvullen" class="radio__input"
                                prop:checked=move || !take_all.get() on:change=move |_| take_all.set(false)/>
                            <label for="samenvoegen-aanvullen" class="radio__label">"Het nieuwere houden: alleen aanvullen wat hier nog leeg is (aanbevolen)"</label>
                        </div>
                        <div class="radio">
                            <input type="radio" name="samenvoegen-hoe" id="samenvoegen-overnemen" class="radio__input"
                                prop:checked=move || take_all.get() on:change=move |_| take_all.set(true)/>
                            <label for="samenvoegen-overnemen" class="radio__label">"Het oudere bestand overnemen: wat hier staat gaat terug naar de stand van het bestand"</label>
                        </div>
                    </fieldset>
                })}
                {move || changes.get().map(|(_, list)| if list.is_empty() {
                    view! { <p>"Dit bestand bevat niets nieuws voor deze evaluatie."</p> }.into_any()
                } else {
                    view! {
                        <p>{match (list.len(), older.with(Option::is_some) && take_all.get()) {
                            (1, false) => "Dit verandert er (1 wijziging). Er wordt niets verwijderd.".to_string(),
                            (n, false) => format!("Dit verandert er ({n} wijzigingen). Er wordt niets verwijderd."),
                            (1, true) => "Dit gaat terug naar de stand van het oudere bestand (1 wijziging):".to_string(),
                            (n, true) => format!("Dit gaat terug naar de stand van het oudere bestand ({n} wijzigingen):"),
                        }}</p>
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
