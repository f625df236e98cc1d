//! The overview of one evaluation: its details (to change or rename) and where to go next.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::progress::progress;
use crate::state::EvaluationRef;
use crate::ui::fields::TextInput;
use crate::ui::route::{EvaluationView, Route};
use crate::ui::working_file::WorkingFilePanel;

use super::next_cycle::NextCycle;
use super::task_list::TaskList;

#[component]
pub fn Overview(evaluation: EvaluationRef) -> impl IntoView {
    let form = &Catalogue::current().score_form;
    let Some(ev) = evaluation.get_untracked() else {
        return ().into_any();
    };
    let setter =
        |change: fn(&mut crate::domain::evaluation::Evaluation, String)| evaluation.setter(change);
    let summary = move || evaluation.with(|e| progress(e, Catalogue::current()).summary());
    let step1 = Route::of(evaluation, EvaluationView::SelfEvaluation).href();
    view! {
        <h1 tabindex="-1">"Overzicht"</h1>
        <p class="lead">{summary}</p>
        <p>
            "Begin met "<a href=step1>"stap 1, de zelfevaluatie"</a>". Alles wat u invult, wordt
            vanzelf bewaard. U kunt altijd stoppen en later verder gaan."
        </p>
        <TaskList evaluation/>
        <WorkingFilePanel evaluation/>
        <section aria-labelledby="gegevens-titel" class="panel">
            <h2 id="gegevens-titel">"Gegevens van de evaluatie"</h2>
            <TextInput id="gegevens-organisatie" label=form.organisation_label.clone() autocomplete="organization"
                initial=ev.organisation on_input=setter(|e, v| e.organisation = v)/>
            <TextInput id="gegevens-contact" label=form.contact_label.clone()
                initial=ev.contact on_input=setter(|e, v| e.contact = v)/>
            <TextInput id="gegevens-periode" label="Periode" hint="Bijvoorbeeld 2025-2026." short=true
                initial=ev.period on_input=setter(|e, v| e.period = v)/>
            <TextInput id="gegevens-start" label="Startdatum" kind="date"
                hint="Het actieplan loopt twee jaar vanaf deze datum."
                initial=ev.start_date on_input=setter(|e, v| e.start_date = v)/>
        </section>
        <NextCycle evaluation/>
        <section aria-labelledby="netwerk-titel" class="panel">
            <h2 id="netwerk-titel">"Leren met andere organisaties"</h2>
            <p>
                "Een regionaal netwerk of de Kerngroep brengt bijdragen van veel organisaties samen. "
                "U kiest zelf wat meegaat; namen van mensen en toelichtingen gaan nooit mee."
            </p>
            <p><a href=Route::of(evaluation, EvaluationView::Contribution).href()>"Bijdrage voor het netwerk maken"</a></p>
        </section>
    }
    .into_any()
}
