//! The overview out of the browser: print or PDF, Word, OpenDocument, Markdown and the counts as
//! a spreadsheet (made by the exporter worker, as the report is), the set as one combined file
//! (for the next level up), and removing the set from this browser.

use leptos::prelude::*;

use crate::domain::file_format::network_file::{encode_set, NetworkKind};
use crate::domain::network::document::View;
use crate::domain::network::Filter;
use crate::domain::report::{ExportJob, ReportFormat};
use crate::state::network::Network;
use crate::state::use_store;
use crate::ui::exchange::download_text;
use crate::ui::report::export_to_download;

const FORMATS: [(ReportFormat, &str); 4] = [
    (ReportFormat::Word, "Word (.docx)"),
    (ReportFormat::OpenDocument, "OpenDocument (.odt)"),
    (ReportFormat::Markdown, "Markdown (.md)"),
    (
        ReportFormat::Spreadsheet,
        "Aantallen als spreadsheet (.xlsx)",
    ),
];

#[component]
pub fn NetworkDownloads(
    network: Network,
    filter: Signal<Filter>,
    /// The two periods the page shows side by side.
    compare: Signal<Option<[String; 2]>>,
) -> impl IntoView {
    let store = use_store();
    let busy = RwSignal::new(0u32);
    let done = RwSignal::new(String::new());
    // A message about a file made earlier goes when new files are added.
    Effect::new(move |first: Option<()>| {
        network.reports().track();
        if first.is_some() {
            done.set(String::new());
        }
    });
    let make = move |format: ReportFormat| {
        move |_| {
            done.set(String::new());
            let today = store.today();
            let view = View {
                filter: filter.get_untracked(),
                compare: compare.get_untracked(),
            };
            let job = ExportJob::network(format, &network.contributions(), &view, today);
            let file_name = format!("vth-netwerkoverzicht_{}.{}", today.to_iso(), format.value());
            export_to_download(job, file_name, format.mime(), busy, done);
        }
    };
    let save_set = move |_| {
        let today = store.today();
        let text = encode_set(&network.contributions(), store.now_ms());
        let name = format!("{}_{}.json", NetworkKind::Set.file_prefix(), today.to_iso());
        done.set(match download_text(&name, "application/json", &text) {
            Ok(()) => format!("Het bestand {name} staat in uw map met downloads. Het laadt op deze pagina als alle bijdragen tegelijk."),
            Err(_) => "Het bestand maken is niet gelukt. Probeer het opnieuw.".to_string(),
        });
    };
    let confirming = RwSignal::new(false);
    // Focus goes where the user's next step is: to "Nee, bewaren" when asked, back to the
    // button after "Nee" (after "Ja" the page's "Nog geen bijdragen" takes it).
    let keep_button = NodeRef::<leptos::html::Button>::new();
    let remove_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was: Option<bool>| {
        let now = confirming.get();
        // Moving focus cannot fail in a way to report: at worst it stays where it was.
        if now {
            if let Some(button) = keep_button.get() {
                let _ = button.focus();
            }
        } else if was == Some(true) {
            if let Some(button) = remove_button.get() {
                let _ = button.focus();
            }
        }
        now
    });
    let remove = move || {
        if confirming.get() {
            view! {
                <div class="confirm" role="group" aria-labelledby="verwijder-vraag">
                    <p id="verwijder-vraag"><strong>"Alle bijdragen uit deze browser verwijderen?"</strong>
                        " Bewaar de set eerst als bestand als u hem later nog nodig hebt."</p>
                    <div class="utrecht-button-group">
                        <button type="button" class="utrecht-button utrecht-button--primary-action"
                            on:click=move |_| {
                                network.clear();
                                confirming.set(false);
                                // The page now says "Nog geen bijdragen": the focus goes there.
                                request_animation_frame(|| {
                                    if let Some(h) = document().get_element_by_id("netwerk-leeg") {
                                        use wasm_bindgen::JsCast;
                                        // Cannot fail in a way to report: at worst focus stays.
                                        let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
                                    }
                                });
                            }>"Ja, alles verwijderen"</button>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" node_ref=keep_button
                            on:click=move |_| confirming.set(false)>"Nee, bewaren"</button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" node_ref=remove_button
                    on:click=move |_| confirming.set(true)>"Alle bijdragen uit deze browser verwijderen"</button>
            }
            .into_any()
        }
    };
    view! {
        <h2>"Afdrukken, downloaden en doorgeven"</h2>
        <div class="report-actions">
            <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=|_| {
                    // The browser shows its own print dialog; nothing comes back to report.
                    let _ = window().print();
                }>"Afdrukken of opslaan als PDF"</button>
            </div>
            <p class="report-actions__label" id="netwerk-bestanden">"Of download dit overzicht zoals u het hier ziet (de gekozen groep en de twee periodes naast elkaar):"</p>
            <div class="utrecht-button-group" role="group" aria-labelledby="netwerk-bestanden">
                {FORMATS.into_iter().map(|(format, label)| view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=make(format)>{label}</button>
                }).collect_view()}
            </div>
            <p class="report-actions__label">"Geeft u de set door, bijvoorbeeld van de regio aan het landelijk niveau? Bewaar hem als één bestand. Daar laadt het als alle bijdragen tegelijk."</p>
            <div class="utrecht-button-group">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=save_set>"Set bewaren als bestand (.json)"</button>
            </div>
            <p role="status" class="report-actions__busy">{move || if busy.get() > 0 { "Bestand wordt gemaakt…".to_string() } else { done.get() }}</p>
        </div>
        <h2>"Set verwijderen"</h2>
        <p>"De bijdragen blijven in deze browser tot u ze verwijdert."</p>
        {remove}
    }
}
