//! Growth over cycles, and the start of the next cycle.

use super::super::catalogue::Catalogue;
use super::super::dates::Date;
use super::super::evaluation::{ActionItem, ActionStatus, Evaluation};

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

/// The next cycle of `previous`: the organisation's details, the next period, and the
/// unfinished action items (marked as carried over). Not the scores or notes. It starts
/// `today` (the user's local date).
pub fn next_cycle(previous: &Evaluation, id: String, now_ms: i64, today: Date) -> Evaluation {
    let mut next = Evaluation::new(id, now_ms);
    next.organisation = previous.organisation.clone();
    next.contact = previous.contact.clone();
    next.catalogue_id = previous.catalogue_id.clone();
    next.period = next_period(&previous.period);
    next.start_date = today.to_iso();
    next.previous_id = Some(previous.id.clone());
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
