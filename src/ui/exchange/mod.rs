//! Moving evaluations out of the browser as files.

mod download;
mod export_button;

pub use download::download_text;
pub use export_button::ExportButton;
