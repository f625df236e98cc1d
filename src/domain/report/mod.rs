//! The report of one evaluation, for one audience, as plain data, by concern: what the user
//! chose (`options`: [`ReportVariant`], [`ReportOptions`]); the typed model (`model`:
//! [`Report`]); [`build`], which decides what a reader of each variant gets to see;
//! [`document`], which lays it out in reading order as blocks; and the files (`format`:
//! [`ReportFormat`], rendered by the writers below). The report page and every file are made
//! from the same blocks, so they always agree.
//!
//! The writers of the office files (Word, OpenDocument, the spreadsheet, Markdown, the action
//! plan's CSV, and the ZIP and XML under them) are behind the feature `writers`, which only
//! the exporter worker (`src/bin/exporter.rs`) and the host tests turn on: the app's own wasm
//! cannot link them, the compiler keeps that boundary.
//!
//! Names of people (the contact person, who took part, the separate scoreformulieren) are in
//! the full, internal report only, and only when the user asks for them: the source keeps
//! information about individuals out of what is made public (Bijlage D, "Inleiding").

mod build;
pub mod column_widths;
mod csv;
pub mod document;
#[cfg(feature = "writers")]
mod docx;
mod export_job;
mod format;
mod growth;
#[cfg(feature = "writers")]
mod markdown;
mod model;
#[cfg(feature = "writers")]
mod odt;
#[cfg(feature = "writers")]
mod opc;
mod options;
#[cfg(feature = "writers")]
mod xlsx;
#[cfg(feature = "writers")]
mod xml;

pub use build::{build, shorten, SUMMARY_EXPLANATION_CHARS};
#[cfg(feature = "writers")]
pub use csv::action_plan_csv;
pub use csv::{csv_field, growth_csv};
pub use document::{
    action_table, document, scores_table, Block, Column, Fit, ScoreRow, Sheet, Table,
};
#[cfg(feature = "writers")]
pub use docx::report_docx;
pub use export_job::{ExportError, ExportJob, NetworkJob};
pub use format::ReportFormat;
pub use growth::{
    carried_over, chronological, linked_cycles, next_cycle, next_period, next_start, period_for,
    trend, TrendRow,
};
#[cfg(feature = "writers")]
pub use markdown::markdown;
pub use model::{ActionRow, AssessorRow, PeerQuestion, PeerSection, ProfileSection, Report};
#[cfg(feature = "writers")]
pub use odt::report_odt;
pub use options::{ReportOptions, ReportVariant};
#[cfg(feature = "writers")]
pub use xlsx::report_xlsx;
