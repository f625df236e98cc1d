//! Moving evaluations out of and into the browser as files.

mod download;
mod export_button;
mod hand_in;
mod import_actions;
mod import_page;
mod import_preview;
mod importer;
mod invite_form;
mod merge_choice;
mod ready_message;
mod return_address;
mod round_list;
mod timing;

pub use download::{download_bytes, download_text};

/// Moves focus to the element with `id` (a result that appeared beside its button), if it is
/// there.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Moving focus cannot fail in a way to report: at worst it stays where it was.
        let _ = el.focus();
    }
}
pub use export_button::ExportButton;
pub use hand_in::HandIn;
pub use import_page::ImportPage;
pub use importer::{provide_importer, use_importer, ImportState, Importer};
pub use invite_form::InviteForm;
pub use ready_message::{app_address, ReadyMessage};
pub use return_address::ReturnAddress;
pub use round_list::RoundList;
pub use timing::measure;
