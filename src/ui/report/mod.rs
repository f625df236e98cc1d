//! The report of an evaluation, growth over cycles, and office downloads.

mod exporter;
mod growth_page;
mod report_body;
mod report_choice;
mod report_downloads;
mod report_page;
mod score_chart;

pub use exporter::export_to_download;
pub use growth_page::GrowthPage;
pub use report_page::ReportPage;
