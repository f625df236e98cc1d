//! The list of action points, and adding one.

use leptos::prelude::*;

use super::action_item::ActionItemForm;
use crate::domain::evaluation::ActionItem;
use crate::state::EvaluationRef;

#[component]
pub fn ActionPlan(evaluation: EvaluationRef) -> impl IntoView {
    let ids = evaluation.memo(|e| {
        e.conclusions
            .actions
            .iter()
            .map(|a| a.id.clone())
            .collect::<Vec<_>>()
    });
    let add = move |_| {
        let store = evaluation.store();
        let action_id = store.new_id("actie");
        evaluation.update(|e| {
            e.conclusions.actions.push(ActionItem {
                id: action_id,
                ..Default::default()
            })
        });
        let number = ids.with_untracked(Vec::len);
        store.announce(format!("Actie {number} is toegevoegd."));
        request_animation_frame(|| {
            if let Some(el) = document()
                .query_selector(".action:last-of-type select")
                .ok()
                .flatten()
            {
                // Moving focus cannot fail in a way to report: at worst it stays where it was.
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
            }
        });
    };
    view! {
        <p>"Maak elke actie zo SMART mogelijk: specifiek, meetbaar, met een eigenaar, haalbaar en met een datum."</p>
        <ol class="actions">
            <For each=move || ids.get() key=|id| id.clone() let:action_id>
                {
                    let aid = action_id.clone();
                    let number = Signal::derive(move || ids.with(|l| l.iter().position(|x| *x == aid).map_or(0, |p| p + 1)));
                    view! { <ActionItemForm evaluation action_id number/> }
                }
            </For>
        </ol>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=add>"Actie toevoegen"</button>
    }
}
