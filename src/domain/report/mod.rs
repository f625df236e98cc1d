//! The report of one evaluation, for one audience, as plain data, by concern: what the user
//! chose (`options`: [`ReportVariant`], [`ReportOptions`]); the typed model (`model`:
//! [`Report`]); [`build`], which decides what a reader of each variant gets to see;
//! [`document`], which lays it out in reading order as blocks; and the files (`format`:
//! [`ReportFormat`], rendered by the writers below). The report page and every file are made
//! from the same blocks, so they always agree.
//!
//! Names of people (the contact person, who took part, the separate scoreformulieren) are in
//! the full, internal report only, and only when the user asks for them: the source keeps
//! information about individuals out of what is made public (Bijlage D, "Inleiding").

mod build;
pub mod column_widths;
mod csv;
pub mod document;
mod docx;
mod export_job;
mod format;
mod growth;
mod markdown;
mod model;
mod odt;
mod opc;
mod options;
mod xlsx;
mod xml;

pub use build::{build, shorten, SUMMARY_EXPLANATION_CHARS};
pub use csv::{action_plan_csv, csv_field, growth_csv};
pub use document::{action_table, document, scores_table, Block, Column, Fit, ScoreRow, Table};
pub use docx::report_docx;
pub use export_job::{ExportError, ExportJob};
pub use format::ReportFormat;
pub use growth::{
    carried_over, chronological, linked_cycles, next_cycle, next_period, next_start, period_for,
    trend, TrendRow,
};
pub use markdown::markdown;
pub use model::{ActionRow, AssessorRow, PeerQuestion, PeerSection, ProfileSection, Report};
pub use odt::report_odt;
pub use options::{ReportOptions, ReportVariant};
pub use xlsx::report_xlsx;
