//! The figures of a group of contributions: how many, per profile the spread of scores and
//! how they came about, the actions per profile and origin, the experiences for the Kerngroep.
//!
//! A group of fewer than [`MIN_GROUP`] contributions shows nothing, also after filtering, so
//! no organisation can be picked out. And because two groups that are each large enough could
//! be subtracted from each other (all kinds minus the omgevingsdiensten leaves the one
//! gemeente), a contribution counts only when at least [`MIN_GROUP`] contributions share its
//! kind of organisation and its period ([`counted`]): every group the page or a file can show
//! is a union of such cells, and so is the difference of any two. Nothing here is per organisation and nothing is ordered
//! by score: texts (action texts, experiences) are sorted, so their order says
//! nothing about who sent them.

use super::contribution::Contribution;
use crate::domain::catalogue::Catalogue;
use crate::domain::evaluation::{ActionOrigin, OrganisationKind, ScoringMethod};

/// The smallest group whose figures are shown.
pub const MIN_GROUP: usize = 5;

/// Which contributions form the group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// `None`: every kind.
    pub kind: Option<OrganisationKind>,
    /// `None`: every period.
    pub period: Option<String>,
}

impl Filter {
    pub fn admits(&self, c: &Contribution) -> bool {
        self.kind.is_none_or(|k| c.organisation_kind == Some(k))
            && self.period.as_ref().is_none_or(|p| &c.period == p)
    }
}

/// Figures, or why they are not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown<T> {
    Figures(T),
    /// Fewer than [`MIN_GROUP`] contributions in the group (how many there are).
    TooFew(usize),
}

/// The figures of one group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupFigures {
    pub count: usize,
    /// In the catalogue's order.
    pub profiles: Vec<ProfileFigures>,
    /// How many held a collegiale toetsing.
    pub peer_review_held: usize,
    /// Actions by profile (`None`: across all profiles, last), then by origin.
    pub actions: Vec<ActionFigures>,
    /// "Wat was onduidelijk of ontbrak", by profile id in the catalogue's order, sorted.
    pub profile_experiences: Vec<(String, Vec<String>)>,
    pub stappenplan_experiences: Vec<String>,
}

/// One profile in a group.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileFigures {
    pub profile_id: String,
    /// How many scored 1, 2, 3, 4 and 5.
    pub scores: [usize; 5],
    pub not_applicable: usize,
    /// Neither a score nor n.v.t.
    pub not_scored: usize,
    /// Scored, but not shown: fewer than [`MIN_GROUP`] of the same kind and period scored this
    /// profile (the others marked it n.v.t. or left it open), so one score could be found.
    pub hidden: usize,
    /// How the scores came about, in the order of [`ScoringMethod::ALL`]; only the scored.
    pub methods: Vec<(ScoringMethod, usize)>,
    /// The median number of people who took part, where the contributions say so.
    pub median_participants: Option<u32>,
}

impl ProfileFigures {
    pub fn scored(&self) -> usize {
        self.scores.iter().sum()
    }

    /// The highest count of one score, for drawing bars to scale.
    pub fn max_count(&self) -> usize {
        self.scores
            .iter()
            .copied()
            .chain([self.not_applicable])
            .max()
            .unwrap_or(0)
    }
}

/// The actions of one profile (or across all), by origin.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionFigures {
    pub profile_id: Option<String>,
    /// In the order of [`ActionOrigin::ALL`], only origins with actions.
    pub by_origin: Vec<(ActionOrigin, usize)>,
    pub total: usize,
    /// The texts that were sent, sorted.
    pub texts: Vec<String>,
}

/// The contributions that count: those whose kind of organisation and period they share with
/// at least [`MIN_GROUP`] contributions (the others are left out of every figure).
pub fn counted(contributions: &[Contribution]) -> Vec<&Contribution> {
    let cell = cell_of;
    let mut sizes: Vec<((Option<OrganisationKind>, &str), usize)> = Vec::new();
    for c in contributions {
        match sizes.iter_mut().find(|(k, _)| *k == cell(c)) {
            Some((_, n)) => *n += 1,
            None => sizes.push((cell(c), 1)),
        }
    }
    contributions
        .iter()
        .filter(|c| sizes.iter().any(|(k, n)| *k == cell(c) && *n >= MIN_GROUP))
        .collect()
}

/// How many contributions are left out of every figure ([`counted`]).
pub fn left_out(contributions: &[Contribution]) -> usize {
    contributions.len() - counted(contributions).len()
}

/// The contributions that count ([`counted`]) and pass `filter`.
pub fn group<'a>(contributions: &'a [Contribution], filter: &Filter) -> Vec<&'a Contribution> {
    counted(contributions)
        .into_iter()
        .filter(|c| filter.admits(c))
        .collect()
}

/// The two periods to show side by side: each the user's choice while it is in the set, else
/// the second-last and the last; `None` with fewer than two periods.
pub fn compare_pair(periods: &[String], chosen: &[Option<String>; 2]) -> Option<[String; 2]> {
    let n = periods.len();
    if n < 2 {
        return None;
    }
    let pick = |i: usize, default: usize| {
        chosen[i]
            .clone()
            .filter(|p| periods.contains(p))
            .unwrap_or_else(|| periods[default].clone())
    };
    Some([pick(0, n - 2), pick(1, n - 1)])
}

/// The figures of `group`, or [`Shown::TooFew`] below [`MIN_GROUP`].
pub fn figures(group: &[&Contribution], catalogue: &Catalogue) -> Shown<GroupFigures> {
    if group.len() < MIN_GROUP {
        return Shown::TooFew(group.len());
    }
    let profiles = catalogue
        .profiles
        .iter()
        .map(|p| profile_figures(group, &p.id))
        .collect();
    let profile_ids = catalogue
        .profiles
        .iter()
        .map(|p| Some(p.id.clone()))
        .chain([None]);
    let actions = profile_ids
        .map(|profile_id| {
            let of_profile: Vec<_> = group
                .iter()
                .flat_map(|c| &c.actions)
                .filter(|a| a.profile_id == profile_id)
                .collect();
            let by_origin = ActionOrigin::ALL
                .into_iter()
                .map(|o| (o, of_profile.iter().filter(|a| a.origin == o).count()))
                .filter(|(_, n)| *n > 0)
                .collect();
            ActionFigures {
                profile_id,
                by_origin,
                total: of_profile.len(),
                texts: sorted(of_profile.iter().map(|a| a.text.as_str())),
            }
        })
        .filter(|a| a.total > 0)
        .collect();
    let profile_experiences = catalogue
        .profiles
        .iter()
        .map(|p| {
            let texts = sorted(
                group
                    .iter()
                    .filter_map(|c| c.profile_experiences.get(&p.id).map(String::as_str)),
            );
            (p.id.clone(), texts)
        })
        .filter(|(_, texts)| !texts.is_empty())
        .collect();
    Shown::Figures(GroupFigures {
        count: group.len(),
        profiles,
        peer_review_held: group.iter().filter(|c| c.peer_review_held).count(),
        actions,
        profile_experiences,
        stappenplan_experiences: sorted(group.iter().map(|c| c.stappenplan_experience.as_str())),
    })
}

/// The kind of organisation and period a contribution shares with its cell.
fn cell_of(c: &Contribution) -> (Option<OrganisationKind>, &str) {
    (c.organisation_kind, c.period.as_str())
}

/// A scored profile (not n.v.t., a score 1-5).
fn scored_in(c: &Contribution, profile_id: &str) -> bool {
    c.profiles
        .get(profile_id)
        .is_some_and(|p| !p.not_applicable && p.score.is_some_and(|s| (1..=5).contains(&s)))
}

fn profile_figures(group: &[&Contribution], profile_id: &str) -> ProfileFigures {
    // A group is a union of whole cells ([`counted`]); within it, a cell's scores of this
    // profile are shown only when at least MIN_GROUP of them scored it, so no difference of
    // two groups can single out one score.
    let mut scored_per_cell: Vec<((Option<OrganisationKind>, &str), usize)> = Vec::new();
    for c in group.iter().filter(|c| scored_in(c, profile_id)) {
        match scored_per_cell.iter_mut().find(|(k, _)| *k == cell_of(c)) {
            Some((_, n)) => *n += 1,
            None => scored_per_cell.push((cell_of(c), 1)),
        }
    }
    let shown = |c: &Contribution| {
        scored_per_cell
            .iter()
            .any(|(k, n)| *k == cell_of(c) && *n >= MIN_GROUP)
    };
    let mut hidden = 0;
    let mut scores = [0; 5];
    let mut not_applicable = 0;
    let mut not_scored = 0;
    let mut methods = [0usize; ScoringMethod::ALL.len()];
    // Kept in order as they come (a sorted insert), for the median.
    let mut participants: Vec<u32> = vec![];
    for c in group {
        let Some(p) = c.profiles.get(profile_id) else {
            not_scored += 1;
            continue;
        };
        match (p.not_applicable, p.score) {
            (true, _) => not_applicable += 1,
            (false, Some(1..=5)) if !shown(c) => hidden += 1,
            (false, Some(s @ 1..=5)) => {
                scores[usize::from(s - 1)] += 1;
                if let Some(at) = ScoringMethod::ALL.iter().position(|m| *m == p.method) {
                    methods[at] += 1;
                }
                if let Some(n) = p.participants {
                    let at = participants.partition_point(|x| *x <= n);
                    participants.insert(at, n);
                }
            }
            _ => not_scored += 1,
        }
    }
    ProfileFigures {
        profile_id: profile_id.to_string(),
        scores,
        not_applicable,
        not_scored,
        hidden,
        methods: ScoringMethod::ALL
            .into_iter()
            .zip(methods)
            .filter(|(_, n)| *n > 0)
            .collect(),
        median_participants: participants.get(participants.len() / 2).copied(),
    }
}

/// Non-empty texts, trimmed, sorted (never in the order they came in).
fn sorted<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut texts: Vec<String> = texts
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    texts.sort();
    texts
}
