//! The message to send along with a file: shown beside the button that made the file, with a
//! copy button and a `mailto:` link. The file itself the user attaches: a link cannot.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::round::CoverMessage;

/// The address of this app, as the user opened it (without the part after `#`).
pub fn app_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

#[component]
pub fn ReadyMessage(
    /// Unique on the page: the ids of the text and its status derive from it.
    id: &'static str,
    message: CoverMessage,
    /// Where the file goes, if known (the return address); empty: the user fills it in.
    #[prop(into)]
    to: String,
) -> impl IntoView {
    let text = message.as_text();
    let href = message.mailto(&to);
    let copied = RwSignal::new(String::new());
    let text_id = format!("{id}-tekst");
    let copy = {
        let text = text.clone();
        let text_id = text_id.clone();
        move |_| {
            let text = text.clone();
            let text_id = text_id.clone();
            leptos::task::spawn_local(async move {
                let clipboard = window().navigator().clipboard();
                let ok = JsFuture::from(clipboard.write_text(&text)).await.is_ok();
                copied.set(if ok {
                    "Het bericht is gekopieerd. Plak het in uw e-mail of chat.".to_string()
                } else {
                    // Selected, so that Ctrl+C (or Cmd+C) copies it.
                    if let Some(area) = document().get_element_by_id(&text_id) {
                        use wasm_bindgen::JsCast;
                        if let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() {
                            area.select();
                        }
                    }
                    "Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C."
                        .to_string()
                });
            });
        }
    };
    let to_line = (!to.trim().is_empty()).then(|| {
        view! { <p>"Stuur het naar: "<strong><bdi>{to.clone()}</bdi></strong></p> }
    });
    view! {
        <div class="ready-message">
            <h3>"Bericht om mee te sturen"</h3>
            {to_line}
            <p>"Voeg het bestand zelf toe als bijlage: de app kan geen e-mail versturen."</p>
            <label class="utrecht-form-label" for=text_id.clone()>"Tekst van het bericht"</label>
            <textarea id=text_id class="utrecht-form-field__input ready-message__text" readonly rows="10">{text}</textarea>
            <div class="button-row">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=copy>"Bericht kopiëren"</button>
                <a class="utrecht-button utrecht-button--secondary-action" href=href>"Openen in uw e-mailprogramma"</a>
            </div>
            <p role="status" class="ready-message__status">{move || copied.get()}</p>
        </div>
    }
}
