//! Growth over cycles, and the start of the next cycle.

use super::super::catalogue::Catalogue;
use super::super::dates::{parse_iso_date, Date};
use super::super::evaluation::{ActionItem, ActionStatus, ContributionChoice, Evaluation};

/// Growth: per profile, the scores of several evaluations (oldest first) and the change from
/// the first to the last scored one.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub profile: String,
    /// Per evaluation; none when not scored or not applicable.
    pub scores: Vec<Option<u8>>,
    /// Per evaluation: marked "niet van toepassing".
    pub not_applicable: Vec<bool>,
    pub change: Option<i8>,
}

impl TrendRow {
    /// The score of evaluation `i` as the table and the chart show it: the number, "n.v.t."
    /// or "niet gescoord".
    pub fn cell(&self, i: usize) -> String {
        match (
            self.scores.get(i).copied().flatten(),
            self.not_applicable.get(i),
        ) {
            (_, Some(true)) => "n.v.t.".to_string(),
            (Some(s), _) => s.to_string(),
            (None, _) => "niet gescoord".to_string(),
        }
    }

    /// The change from the first to the last scored cycle, in words.
    pub fn change_label(&self) -> String {
        match self.change {
            Some(d) if d > 0 => format!("{d} hoger"),
            Some(d) if d < 0 => format!("{} lager", -d),
            Some(_) => "gelijk".to_string(),
            None => "niet te zeggen".to_string(),
        }
    }
}

/// The cycles linked to the latest of `evaluations` by "started from" (`previous_id`),
/// oldest first: what the growth page compares before the user chooses. Empty when the
/// latest has no linked earlier cycle here.
pub fn linked_cycles(evaluations: &[&Evaluation]) -> Vec<String> {
    let Some(latest) = chronological(evaluations.to_vec())
        .into_iter()
        .rev()
        .find(|e| e.previous_id.is_some())
    else {
        return Vec::new();
    };
    let mut chain = vec![latest.id.clone()];
    let mut at = latest;
    while let Some(prev) = at
        .previous_id
        .as_deref()
        .and_then(|id| evaluations.iter().find(|e| e.id == id))
    {
        if chain.contains(&prev.id) {
            break;
        }
        chain.push(prev.id.clone());
        at = prev;
    }
    chain.reverse();
    if chain.len() < 2 {
        chain.clear();
    }
    chain
}

pub fn trend(evaluations: &[&Evaluation], catalogue: &Catalogue) -> Vec<TrendRow> {
    catalogue
        .profiles
        .iter()
        .map(|p| {
            let scores: Vec<Option<u8>> = evaluations.iter().map(|e| e.score(&p.id)).collect();
            let scored: Vec<u8> = scores.iter().flatten().copied().collect();
            let change =
                (scored.len() >= 2).then(|| scored[scored.len() - 1] as i8 - scored[0] as i8);
            TrendRow {
                profile: p.name.clone(),
                not_applicable: evaluations
                    .iter()
                    .map(|e| e.not_applicable(&p.id))
                    .collect(),
                scores,
                change,
            }
        })
        .collect()
}

/// Orders evaluations oldest first: by start date, then period, then creation.
pub fn chronological(mut evaluations: Vec<&Evaluation>) -> Vec<&Evaluation> {
    evaluations.sort_by(|a, b| {
        (&a.start_date, &a.period, a.created_ms).cmp(&(&b.start_date, &b.period, b.created_ms))
    });
    evaluations
}

/// The next cycle of `previous`: the organisation's details, the period that goes with
/// `start` (see [`period_for`]), and the unfinished action items (marked as carried over).
/// Not the scores or notes.
pub fn next_cycle(previous: &Evaluation, id: String, now_ms: i64, start: Date) -> Evaluation {
    let mut next = Evaluation::new(id, now_ms);
    next.organisation = previous.organisation.clone();
    next.contact = previous.contact.clone();
    next.catalogue_id = previous.catalogue_id.clone();
    next.return_address = previous.return_address.clone();
    next.period = period_for(start);
    next.start_date = start.to_iso();
    next.previous_id = Some(previous.id.clone());
    // The contribution's choices carry on; its id does not: a new period is a new contribution.
    next.contribution = ContributionChoice {
        id: String::new(),
        ..previous.contribution.clone()
    };
    // A role that did not exist here two years ago most likely still does not: the mark and
    // its reason go along, to be undone where that changed.
    for (id, a) in &previous.self_evaluation.profiles {
        if a.not_applicable {
            let mark = next.assessment_mut(id);
            mark.not_applicable = true;
            mark.not_applicable_reason
                .clone_from(&a.not_applicable_reason);
        }
    }
    next.conclusions.actions = previous
        .conclusions
        .actions
        .iter()
        .filter(|a| a.status != ActionStatus::Done)
        .map(|a| ActionItem {
            carried_over: true,
            ..a.clone()
        })
        .collect();
    next
}

/// "2025-2026" → "2027-2028"; anything else stays empty for the user to fill in.
pub fn next_period(period: &str) -> String {
    match period
        .split_once('-')
        .map(|(a, b)| (a.trim().parse::<i32>(), b.trim().parse::<i32>()))
    {
        Some((Ok(a), Ok(b))) if b >= a => {
            let length = b - a + 1;
            format!("{}-{}", a + length, b + length)
        }
        _ => String::new(),
    }
}

/// The two-year period that starts in `start`'s year: 2027-03-01 → "2027-2028". The period and
/// the start date of a new cycle are derived from each other, so they never disagree.
pub fn period_for(start: Date) -> String {
    format!("{}-{}", start.year, start.year + 1)
}

/// Where the next cycle of `previous` starts by default: on 1 January of the period after
/// the previous one when that is still ahead ("2025-2026" → 2027-01-01), otherwise `today`.
pub fn next_start(previous: &Evaluation, today: Date) -> Date {
    let first_year = next_period(&previous.period)
        .split_once('-')
        .and_then(|(a, _)| a.parse::<i32>().ok());
    match first_year {
        Some(year) if year > today.year => Date {
            year,
            month: 1,
            day: 1,
        },
        _ => today,
    }
}

impl ActionItem {
    /// Not gereed and past its "uiterlijk klaar op" date.
    pub fn overdue(&self, today: Date) -> bool {
        self.status != ActionStatus::Done
            && parse_iso_date(&self.deadline).is_some_and(|deadline| deadline < today)
    }
}

/// What goes along to the next cycle: the open actions, and how many of them are past their
/// date.
pub fn carried_over(previous: &Evaluation, today: Date) -> (usize, usize) {
    let open: Vec<&ActionItem> = previous
        .conclusions
        .actions
        .iter()
        .filter(|a| a.status != ActionStatus::Done)
        .collect();
    let overdue = open.iter().filter(|a| a.overdue(today)).count();
    (open.len(), overdue)
}
