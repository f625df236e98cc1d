//! Moving evaluations out of the browser as files.

mod download;
mod export_button;
mod timing;

pub use download::download_text;
pub use export_button::{own_kind, ExportButton};
pub use timing::measure;
