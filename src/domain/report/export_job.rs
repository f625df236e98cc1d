//! A report file to be made by the exporter, a separate wasm that runs in a Web Worker
//! (`src/bin/exporter.rs`), so the writers (Word, OpenDocument, spreadsheet, CSV, Markdown and
//! the ZIP writer) are not in the app's own wasm and the page never waits for them.
//!
//! The job carries the evaluation as it is stored (the document of `file_format`), not the
//! finished [`super::Report`]: the worker reads it with the same tolerant load path and builds
//! the report with the same [`build`] and catalogue as the report page, so the app itself needs
//! no serialisation code beyond what it has. One job is one JSON text.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{ReportFormat, ReportOptions};
use crate::domain::dates::Date;
use crate::domain::evaluation::Evaluation;
use crate::domain::evaluation::OrganisationKind;
use crate::domain::file_format::encode_evaluation;
use crate::domain::file_format::network_file::encode_set;
use crate::domain::network::document::View;
use crate::domain::network::{Contribution, Filter};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportJob {
    /// [`ReportFormat::value`].
    pub format: String,
    /// [`ReportVariant::value`].
    pub variant: String,
    pub show_names: bool,
    /// The day the report is made (yyyy-mm-dd), as the page shows it.
    pub today: String,
    /// The evaluation as `file_format::encode_evaluation` writes it (empty for a network job).
    #[serde(default)]
    pub evaluation: String,
    /// Instead of an evaluation's report: the network overview.
    #[serde(default)]
    pub network: Option<NetworkJob>,
}

/// The network overview to be made into a file: the set as its combined file, and what the
/// page shows (the group's filter, two periods side by side).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NetworkJob {
    /// `network_file::encode_set`.
    pub set: String,
    /// [`OrganisationKind::value`], or empty for every kind.
    pub kind: String,
    /// `None`: every period.
    pub period: Option<String>,
    pub compare: Option<[String; 2]>,
}

/// Why the exporter could not make a file. These are faults of the app, not of the user's
/// data; the message says what to do.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ExportError {
    #[error("Het bestand kon niet worden gemaakt: de opdracht was niet leesbaar ({0}). Laad de pagina opnieuw en probeer het nog eens.")]
    Unreadable(String),
    #[error("Het bestand kon niet worden gemaakt: '{0}' is onbekend. Laad de pagina opnieuw en probeer het nog eens.")]
    Unknown(String),
    /// What the exporter worker answered (one of the messages above, made over there).
    #[error("{0}")]
    FromWorker(String),
    #[error("Het bestand kon niet worden gemaakt: het onderdeel dat bestanden maakt, kon niet starten. Controleer of u online bent of laad de pagina opnieuw. Afdrukken of opslaan als PDF werkt wel.")]
    WorkerUnavailable,
}

impl ExportJob {
    pub fn new(
        format: ReportFormat,
        options: ReportOptions,
        today: Date,
        evaluation: &Evaluation,
    ) -> ExportJob {
        ExportJob {
            format: format.value().to_string(),
            variant: options.variant.value().to_string(),
            show_names: options.show_names,
            today: today.to_iso(),
            evaluation: encode_evaluation(evaluation, 0),
            network: None,
        }
    }

    /// The network overview as `format` (Word, OpenDocument, Markdown, or the counts as a
    /// spreadsheet).
    pub fn network(
        format: ReportFormat,
        contributions: &[Contribution],
        view: &View,
        today: Date,
    ) -> ExportJob {
        ExportJob {
            format: format.value().to_string(),
            variant: String::new(),
            show_names: false,
            today: today.to_iso(),
            evaluation: String::new(),
            network: Some(NetworkJob {
                set: encode_set(contributions, 0),
                kind: view
                    .filter
                    .kind
                    .map(|k| k.value().to_string())
                    .unwrap_or_default(),
                period: view.filter.period.clone(),
                compare: view.compare.clone(),
            }),
        }
    }

    /// The job as the text sent to the exporter.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a job always serialises")
    }

    /// Reads a job sent to the exporter.
    pub fn from_json(text: &str) -> Result<ExportJob, ExportError> {
        serde_json::from_str(text).map_err(|e| ExportError::Unreadable(e.to_string()))
    }

    /// Makes the file: the report as the page shows it, in the asked format.
    #[cfg(feature = "writers")]
    pub fn run(&self) -> Result<Vec<u8>, ExportError> {
        use super::{build, ReportVariant};
        use crate::domain::catalogue::Catalogue;
        use crate::domain::dates::parse_iso_date;
        use crate::domain::file_format::decode_evaluation;
        let format = ReportFormat::parse(&self.format)
            .ok_or_else(|| ExportError::Unknown(self.format.clone()))?;
        let today =
            parse_iso_date(&self.today).ok_or_else(|| ExportError::Unknown(self.today.clone()))?;
        if let Some(job) = &self.network {
            return job.run(format, today);
        }
        let variant = ReportVariant::parse(&self.variant)
            .ok_or_else(|| ExportError::Unknown(self.variant.clone()))?;
        let evaluation = decode_evaluation(&self.evaluation)
            .map_err(|e| ExportError::Unreadable(e.to_string()))?;
        let options = ReportOptions::new(variant, self.show_names);
        let report = build(&evaluation, Catalogue::current(), today, options);
        Ok(format.render(&report))
    }
}

impl NetworkJob {
    /// The view the page showed.
    pub fn view(&self) -> View {
        View {
            filter: Filter {
                kind: OrganisationKind::parse(&self.kind),
                period: self.period.clone(),
            },
            compare: self.compare.clone(),
        }
    }

    #[cfg(feature = "writers")]
    fn run(&self, format: ReportFormat, today: Date) -> Result<Vec<u8>, ExportError> {
        use super::{docx::report_docx, markdown::markdown, odt::report_odt, xlsx::rows_xlsx};
        use crate::domain::catalogue::Catalogue;
        use crate::domain::file_format::network_file::decode_contributions;
        use crate::domain::network::document::{count_sheets, network_document};
        use crate::domain::network::NetworkSet;
        let contributions = decode_contributions(self.set.as_bytes())
            .map_err(|e| ExportError::Unreadable(e.to_string()))?;
        let set = NetworkSet {
            contributions,
            ..NetworkSet::default()
        };
        let view = self.view();
        let catalogue = Catalogue::current();
        let blocks = || network_document(&set, &view, catalogue, today);
        Ok(match format {
            ReportFormat::Word => report_docx(&blocks()),
            ReportFormat::OpenDocument => report_odt(&blocks()),
            ReportFormat::Markdown => markdown(&blocks()).into_bytes(),
            ReportFormat::Spreadsheet => rows_xlsx(&count_sheets(&set, &view, catalogue)),
            ReportFormat::ActionPlanCsv => {
                return Err(ExportError::Unknown(format.value().to_string()));
            }
        })
    }
}
