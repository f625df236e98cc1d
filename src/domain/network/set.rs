//! The contributions a coordinator has gathered, as kept in the browser and in a combined
//! file (a region passes its set on to the national level, where it loads like many
//! contributions).

use serde::{Deserialize, Serialize};

use super::contribution::Contribution;
use crate::domain::evaluation::{OrganisationKind, Unknown};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkSet {
    /// At most one per contribution id: the newest.
    pub contributions: Vec<Contribution>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// What adding one contribution did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    Added,
    /// A newer version of a contribution already here (same id): it takes its place.
    Replaced,
    /// The same contribution, or an older version of one here: nothing changed.
    KeptNewer,
}

impl NetworkSet {
    /// Adds a contribution; of two with the same id the newer (`made_ms`) stays.
    pub fn add(&mut self, contribution: Contribution) -> AddOutcome {
        match self
            .contributions
            .iter_mut()
            .find(|c| c.id == contribution.id)
        {
            Some(here) if contribution.made_ms > here.made_ms => {
                *here = contribution;
                AddOutcome::Replaced
            }
            Some(_) => AddOutcome::KeptNewer,
            None => {
                self.contributions.push(contribution);
                AddOutcome::Added
            }
        }
    }

    pub fn len(&self) -> usize {
        self.contributions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.contributions.is_empty()
    }

    /// The periods in the set, oldest first.
    pub fn periods(&self) -> Vec<String> {
        let mut periods: Vec<String> = self
            .contributions
            .iter()
            .map(|c| c.period.clone())
            .collect();
        periods.sort();
        periods.dedup();
        periods
    }

    /// How many contributions per kind of organisation (`None`: not chosen), in the order of
    /// [`OrganisationKind::ALL`].
    pub fn by_kind(&self) -> Vec<(Option<OrganisationKind>, usize)> {
        let kinds = OrganisationKind::ALL.into_iter().map(Some).chain([None]);
        kinds
            .map(|k| {
                let n = self
                    .contributions
                    .iter()
                    .filter(|c| c.organisation_kind == k)
                    .count();
                (k, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// How many contributions per period, oldest first.
    pub fn by_period(&self) -> Vec<(String, usize)> {
        self.periods()
            .into_iter()
            .map(|p| {
                let n = self.contributions.iter().filter(|c| c.period == p).count();
                (p, n)
            })
            .collect()
    }

    /// The names of the organisations that sent theirs, sorted; and how many did not.
    /// Names appear only here, never beside a score.
    pub fn contributors(&self) -> (Vec<String>, usize) {
        let mut names: Vec<String> = self
            .contributions
            .iter()
            .map(|c| c.organisation.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        names.sort();
        names.dedup();
        let unnamed = self
            .contributions
            .iter()
            .filter(|c| c.organisation.trim().is_empty())
            .count();
        (names, unnamed)
    }
}
