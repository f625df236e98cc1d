//! The next cycle, asked first: when it starts (its period follows from that), what goes
//! along and what stays, and a warning when stap 3 is not done yet.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::dates::parse_iso_date;
use crate::domain::progress::{progress, StepStatus};
use crate::domain::report::{carried_over, next_cycle, next_start, period_for};
use crate::state::EvaluationRef;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::router::navigate;
use crate::ui::status::{Alert, AlertKind};

#[component]
pub fn NextCycle(evaluation: EvaluationRef) -> impl IntoView {
    let store = evaluation.store();
    let asking = RwSignal::new(false);
    let start = RwSignal::new(String::new());
    let done =
        evaluation.memo(|e| progress(e, Catalogue::current()).conclusions == StepStatus::Done);
    let open = move |_| {
        let default = evaluation
            .with_untracked(|e| next_start(e, store.today()))
            .unwrap_or_else(|| store.today());
        start.set(default.to_iso());
        asking.set(true);
    };
    let period = move || parse_iso_date(&start.get()).map(period_for);
    let go = move |_| {
        let Some(date) = parse_iso_date(&start.get_untracked()) else {
            return;
        };
        let Some(ev) = evaluation.get_untracked() else {
            return;
        };
        let next = next_cycle(&ev, store.new_id("ev"), store.now_ms(), date);
        let period = next.period.clone();
        let id = store.insert(next);
        store.announce(format!(
            "De volgende cyclus ({period}) is gestart. Open acties zijn overgenomen."
        ));
        navigate(&Route::Evaluation(id, EvaluationView::Overview));
    };
    let question = move || {
        let ((open_actions, overdue), any) = evaluation
            .with_untracked(|e| {
                (
                    carried_over(e, store.today()),
                    !e.conclusions.actions.is_empty(),
                )
            })
            .unwrap_or_default();
        let actions = match (open_actions, overdue) {
            (0, _) if any => "Alle acties zijn gereed: er gaan geen acties mee.".to_string(),
            (0, _) => "Er zijn geen acties.".to_string(),
            (1, 0) => "1 actie die nog niet gereed is, gaat mee.".to_string(),
            (1, 1) => {
                "1 actie die nog niet gereed is, gaat mee. Die is al over de datum.".to_string()
            }
            (n, 0) => format!("{n} acties die nog niet gereed zijn, gaan mee."),
            (n, 1) => format!(
                "{n} acties die nog niet gereed zijn, gaan mee. 1 daarvan is over de datum."
            ),
            (n, m) => format!(
                "{n} acties die nog niet gereed zijn, gaan mee. {m} daarvan zijn over de datum."
            ),
        };
        view! {
            <div class="panel" role="group" aria-labelledby="cyclus-vraag">
                <h3 id="cyclus-vraag">"Volgende cyclus starten?"</h3>
                {move || (!done.get()).then(|| view! {
                    <Alert kind=AlertKind::Warning>
                        <p>"Stap 3 is nog niet klaar. Meestal start u de volgende cyclus pas als de conclusies en het actieplan af zijn: wat dan nog open staat, gaat mee."</p>
                    </Alert>
                })}
                <div class="utrecht-form-field">
                    <label class="utrecht-form-label" for="cyclus-start">"Startdatum van de nieuwe cyclus"</label>
                    <p class="utrecht-form-field-description" id="cyclus-start-hint">"De periode volgt uit de startdatum: twee jaar vanaf dat jaar."</p>
                    <input id="cyclus-start" type="date" class="utrecht-form-field__input" aria-describedby="cyclus-start-hint cyclus-periode"
                        prop:value=move || start.get() on:input=move |ev| start.set(event_target_value(&ev))/>
                    <p id="cyclus-periode" aria-live="polite">{move || match period() {
                        Some(p) => format!("Periode: {p}"),
                        None => "Kies een geldige datum.".to_string(),
                    }}</p>
                </div>
                <p>"Gaat mee: de naam van de organisatie, de contactpersoon en het retouradres. "{actions}</p>
                <p>"Gaat niet mee: de scores, toelichtingen en aantekeningen. Deze evaluatie blijft zoals ze is."</p>
                <div class="button-row">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=go
                        disabled=move || period().is_none()>"Ja, volgende cyclus starten"</button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| asking.set(false)>"Annuleren"</button>
                </div>
            </div>
        }
    };
    view! {
        <section aria-labelledby="cyclus-titel" class="panel">
            <h2 id="cyclus-titel">"Volgende cyclus"</h2>
            <p>
                "Over twee jaar doet u de evaluatie opnieuw. Begin dan hier. De gegevens van de
                organisatie en de acties die nog niet gereed zijn, gaan mee. De scores en
                aantekeningen niet. Daarna vergelijkt u de cycli bij "<a href=Route::Growth.href()>"Groei over de cycli"</a>"."
            </p>
            {move || if asking.get() {
                question().into_any()
            } else {
                view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=open>
                        "Volgende cyclus starten…"
                    </button>
                }.into_any()
            }}
        </section>
    }
}
