//! The round of a step, for the coordinator: every scoreformulier or toetsingspakket made, for
//! whom and when, and whether it came back (ticked off when the returned file is imported).

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::file_format::Kind;
use crate::domain::progress::capitalised;
use crate::domain::round::{form_round, package_round, round_label, withdraw, RoundItem};
use crate::state::EvaluationRef;

#[component]
pub fn RoundList(evaluation: EvaluationRef, kind: Kind) -> impl IntoView {
    let package = kind == Kind::PeerPackage;
    let items = evaluation.memo(move |e| {
        if package {
            package_round(e)
        } else {
            form_round(e, Catalogue::current())
        }
    });
    let (one, many, heading) = if package {
        (
            "toetsingspakket",
            "toetsingspakketten",
            "Uitgedeelde toetsingspakketten",
        )
    } else {
        (
            "scoreformulier",
            "scoreformulieren",
            "Uitgedeelde scoreformulieren",
        )
    };
    let store = evaluation.store();
    let row = move |item: RoundItem| {
        let made = store.local_date(item.invitation.made_ms).to_nl();
        let status = match &item.back {
            None => "Nog niet terug".to_string(),
            Some(back) if package => format!("Terug op {}", store.local_date(back.at_ms).to_nl()),
            Some(back) => format!(
                "Terug op {}: {}",
                store.local_date(back.at_ms).to_nl(),
                back.scored_label()
            ),
        };
        let partial = item.back.as_ref().is_some_and(|b| b.scored < b.asked);
        let label = item.invitation.label();
        let id = item.invitation.id.clone();
        let returned = item.back.is_some();
        let confirming = RwSignal::new(false);
        let remove = move |_| {
            evaluation.update(|e| {
                let list = if package {
                    &mut e.peer_review.invitations
                } else {
                    &mut e.self_evaluation.invitations
                };
                withdraw(list, &id);
            });
        };
        let ask = {
            let label = label.clone();
            move || {
                if confirming.get() {
                    view! {
                        <span role="status">{format!("'{label}' uit de lijst halen? Komt het bestand toch terug, dan kunt u het nog importeren.")}</span>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=remove.clone()>"Ja, uit de lijst halen"</button>
                        <button type="button" class="utrecht-button utrecht-button--subtle" on:click=move |_| confirming.set(false)>"Nee"</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="utrecht-button utrecht-button--subtle" on:click=move |_| confirming.set(true)>
                            {format!("Uit de lijst halen: {label}")}
                        </button>
                    }.into_any()
                }
            }
        };
        view! {
            <li class="round__item" class:round__item--back=returned>
                <strong><bdi>{item.invitation.label()}</bdi></strong>
                <span>{format!("Gemaakt op {made}")}</span>
                <span class="round__status" class:round__status--partial=partial>{status}</span>
                {(!returned).then(|| view! { <span class="round__actions">{ask}</span> })}
            </li>
        }
    };
    move || {
        let list = items.get();
        let summary = round_label(&list, one, many);
        summary.map(|summary| {
            view! {
                <h3>{heading}</h3>
                <p class="round__summary">{capitalised(&summary)}"."</p>
                <ul class="round">{list.into_iter().map(row).collect_view()}</ul>
            }
        })
    }
}
