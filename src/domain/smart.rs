//! Gentle hints that make an action point more SMART. Hints never block anything.

use super::dates::{add_years, parse_iso_date};
use super::evaluation::{ActionItem, ActionStatus};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmartHint {
    NoWhat,
    NoMeasure,
    NoOwner,
    NoDeadline,
    /// The deadline is not a real date in the form jjjj-mm-dd.
    DeadlineUnreadable,
    /// Before the start of the evaluation.
    DeadlineBeforeStart {
        start: String,
    },
    /// More than two years after the start: outside the period of the actieplan.
    DeadlineAfterPeriod {
        period_end: String,
    },
}

impl SmartHint {
    /// The hint in B1 Dutch.
    pub fn message(&self) -> String {
        match self {
            SmartHint::NoWhat => "Beschrijf wat u precies gaat doen.".to_string(),
            SmartHint::NoMeasure => {
                "Hoe weet u dat het gelukt is? Vul een succescriterium in.".to_string()
            }
            SmartHint::NoOwner => {
                "Er is nog geen eigenaar. Een actie zonder eigenaar blijft vaak liggen.".to_string()
            }
            SmartHint::NoDeadline => {
                "Kies een datum waarop de actie uiterlijk klaar is.".to_string()
            }
            SmartHint::DeadlineUnreadable => {
                "De datum is niet goed. Gebruik de vorm dd-mm-jjjj.".to_string()
            }
            SmartHint::DeadlineBeforeStart { start } => format!(
                "Deze datum ligt vóór de start van de evaluatie ({}). Klopt dat?",
                super::dates::format_nl(start)
            ),
            SmartHint::DeadlineAfterPeriod { period_end } => format!(
                "Deze datum ligt na {}. Het actieplan gaat over de komende twee jaar.",
                super::dates::format_nl(period_end)
            ),
        }
    }
}

/// Hints for one action. `start_date` is the evaluation's start (jjjj-mm-dd); the actieplan
/// covers the two years from then. A finished action gets no hints.
pub fn hints(action: &ActionItem, start_date: &str) -> Vec<SmartHint> {
    if action.status == ActionStatus::Done {
        return Vec::new();
    }
    let mut out = Vec::new();
    if action.what.trim().is_empty() {
        out.push(SmartHint::NoWhat);
    }
    if action.measure.trim().is_empty() {
        out.push(SmartHint::NoMeasure);
    }
    if action.owner.trim().is_empty() {
        out.push(SmartHint::NoOwner);
    }
    let deadline = action.deadline.trim();
    if deadline.is_empty() {
        out.push(SmartHint::NoDeadline);
    } else if parse_iso_date(deadline).is_none() {
        out.push(SmartHint::DeadlineUnreadable);
    } else if let Some(start) = parse_iso_date(start_date) {
        let end = add_years(start, 2);
        let d = parse_iso_date(deadline).expect("checked above");
        if d < start {
            out.push(SmartHint::DeadlineBeforeStart {
                start: start_date.to_string(),
            });
        } else if d > end {
            out.push(SmartHint::DeadlineAfterPeriod {
                period_end: end.to_iso(),
            });
        }
    }
    out
}
