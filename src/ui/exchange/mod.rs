//! Moving evaluations out of and into the browser as files.

mod download;
mod export_button;
mod import_actions;
mod import_page;
mod import_preview;
mod importer;
mod merge_choice;
mod timing;

pub use download::{download_bytes, download_text};
pub use export_button::ExportButton;
pub use import_page::ImportPage;
pub use importer::{provide_importer, use_importer, ImportState, Importer};
pub use timing::measure;
