//! The files a report can be downloaded as; the exporter worker renders them (`render`,
//! feature `writers`).

use super::options::ReportVariant;
use crate::domain::dates::Date;
use crate::domain::evaluation::Evaluation;
use crate::domain::file_format;

/// A file the report can be downloaded as. Owns its button label, file name and contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Word,
    OpenDocument,
    /// Scores and action plan as a spreadsheet.
    Spreadsheet,
    /// The action plan only, as CSV for Dutch Excel.
    ActionPlanCsv,
    Markdown,
}

// The value is its name in a job for the exporter (the file extension); the label is the
// button that downloads it.
words!(ReportFormat {
    Word => "docx", "Word (.docx)";
    OpenDocument => "odt", "OpenDocument (.odt)";
    Spreadsheet => "xlsx", "Spreadsheet met scores en actieplan (.xlsx)";
    ActionPlanCsv => "csv", "Actieplan als CSV";
    Markdown => "md", "Markdown (.md)";
});

impl ReportFormat {
    pub fn mime(self) -> &'static str {
        match self {
            ReportFormat::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            ReportFormat::OpenDocument => "application/vnd.oasis.opendocument.text",
            ReportFormat::Spreadsheet => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            ReportFormat::ActionPlanCsv => "text/csv;charset=utf-8",
            ReportFormat::Markdown => "text/markdown;charset=utf-8",
        }
    }

    /// Whether it is offered for `variant`: the overview for the collegiale toetsing has no
    /// action plan, so no spreadsheet or CSV.
    pub fn available(self, variant: ReportVariant) -> bool {
        self.is_document() || variant != ReportVariant::PeerReview
    }

    /// Whether the file holds the whole report (and so follows the chosen variant), or only
    /// the scores and the action plan.
    pub fn is_document(self) -> bool {
        matches!(
            self,
            ReportFormat::Word | ReportFormat::OpenDocument | ReportFormat::Markdown
        )
    }

    /// `vth-rapport_<organisatie>_<periode>_<datum>.docx`, `vth-samenvatting_...`, and so on.
    pub fn file_name(self, variant: ReportVariant, evaluation: &Evaluation, today: Date) -> String {
        // Every variant its own name, so that the MT summary never overwrites the full report.
        let suffix = match variant {
            ReportVariant::Full => "",
            ReportVariant::Summary => "-samenvatting",
            ReportVariant::PeerReview => "-toetsing",
        };
        let prefix = match self {
            ReportFormat::Spreadsheet => format!("vth-scores-actieplan{suffix}"),
            ReportFormat::ActionPlanCsv => format!("vth-actieplan{suffix}"),
            ReportFormat::Word | ReportFormat::OpenDocument | ReportFormat::Markdown => {
                variant.file_prefix().to_string()
            }
        };
        file_format::file_name(&prefix, evaluation, today, self.value())
    }

    /// The file's contents.
    #[cfg(feature = "writers")]
    pub fn render(self, report: &super::Report) -> Vec<u8> {
        use super::csv::action_plan_csv;
        use super::document::document;
        use super::docx::report_docx;
        use super::markdown::markdown;
        use super::odt::report_odt;
        use super::xlsx::report_xlsx;
        match self {
            ReportFormat::Word => report_docx(&document(report)),
            ReportFormat::OpenDocument => report_odt(&document(report)),
            ReportFormat::Spreadsheet => report_xlsx(report),
            ReportFormat::ActionPlanCsv => action_plan_csv(report).into_bytes(),
            ReportFormat::Markdown => markdown(&document(report)).into_bytes(),
        }
    }
}
