//! [`build`]: from an evaluation to the [`Report`] for one audience. Here, and only here, it is
//! decided what each reader gets to see.

use super::model::{ActionRow, AssessorRow, PeerQuestion, PeerSection, ProfileSection, Report};
use super::options::{ReportOptions, ReportVariant};
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::{format_nl, parse_iso_date, Date};
use crate::domain::evaluation::{
    ActionItem, ActionOrigin, Evaluation, ProfileAssessment, ScoringMethod,
};
use crate::domain::exchange::{peer_package, spread};

/// The first paragraph of `text`, at most `max` characters, cut after a whole word. True when
/// anything was left out.
pub fn shorten(text: &str, max: usize) -> (String, bool) {
    let trimmed = text.trim();
    let first = trimmed.split("\n\n").next().unwrap_or_default().trim();
    if first.chars().count() <= max {
        return (first.to_string(), first.len() < trimmed.len());
    }
    let cut: String = first.chars().take(max).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .map_or(cut.as_str(), |i| &cut[..i]);
    let at_word = at_word.trim_end_matches([',', ';', ':', '-', ' ']);
    (format!("{at_word} …"), true)
}

/// How long a toelichting may be in the summary.
pub const SUMMARY_EXPLANATION_CHARS: usize = 280;

/// Builds the report for `options`; `today` (the user's local date) is the date it was made.
pub fn build(
    ev: &Evaluation,
    catalogue: &Catalogue,
    today: Date,
    options: ReportOptions,
) -> Report {
    let options = ReportOptions::new(options.variant, options.show_names);
    let variant = options.variant;
    // The overview for the collegiale toetsing is made from the toetsingspakket itself, so it
    // shows exactly what leaves the organisation.
    let package;
    let ev = if variant == ReportVariant::PeerReview {
        package = peer_package(ev);
        &package
    } else {
        ev
    };
    let names = options.show_names;
    let full = variant == ReportVariant::Full;
    let summary = variant == ReportVariant::Summary;
    let h = &catalogue.hulpvragen;
    let profiles = catalogue
        .profiles
        .iter()
        .map(|p| {
            let a = ev.assessment(&p.id);
            let (explanation, explanation_shortened) = if summary {
                shorten(&a.explanation, SUMMARY_EXPLANATION_CHARS)
            } else {
                (a.explanation.clone(), false)
            };
            ProfileSection {
                id: p.id.clone(),
                name: p.name.clone(),
                score: a.counted_score(),
                score_label: if a.not_applicable {
                    "niet van toepassing".to_string()
                } else {
                    catalogue.score_label(a.score)
                },
                score_meaning: if a.not_applicable {
                    "niet van toepassing".to_string()
                } else {
                    a.score
                        .and_then(|s| catalogue.scale_level(s))
                        .map_or_else(|| catalogue.score_label(None), |l| l.label_nl.clone())
                },
                not_applicable: a.not_applicable,
                not_applicable_reason: if a.not_applicable {
                    a.not_applicable_reason.trim().to_string()
                } else {
                    String::new()
                },
                facts: scoring_facts(&a, names, summary),
                spread: if full { spread(ev, &p.id) } else { None },
                assessors: if full {
                    ev.self_evaluation
                        .assessors
                        .iter()
                        .enumerate()
                        // Only who was asked about this profile: someone never asked is not
                        // someone who skipped it.
                        .filter(|(_, x)| x.was_asked(&p.id))
                        .map(|(i, x)| {
                            let s = x.scores.get(&p.id).cloned().unwrap_or_default();
                            let who = match (names, x.role.trim()) {
                                (true, _) => x.label(),
                                (false, "") => format!("Deelnemer {}", i + 1),
                                (false, role) => format!("Deelnemer {}, {role}", i + 1),
                            };
                            AssessorRow {
                                participant: who,
                                score_label: catalogue.score_label(s.score),
                                note: s.note,
                            }
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                explanation,
                explanation_shortened,
                consensus_note: if full {
                    a.consensus_note.clone()
                } else {
                    String::new()
                },
                notes: if summary {
                    Vec::new()
                } else {
                    h.zelfevaluatie
                        .questions
                        .iter()
                        .filter_map(|q| {
                            a.notes
                                .get(&q.id)
                                .filter(|n| !n.trim().is_empty())
                                .map(|n| (q.text.clone(), n.clone()))
                        })
                        .collect()
                },
            }
        })
        .collect();

    let peer = &ev.peer_review;
    let reply_notes = |pick: &dyn Fn(&crate::domain::evaluation::PeerReply) -> Option<String>| {
        peer.replies
            .iter()
            .filter_map(|r| {
                let who = if names {
                    r.label()
                } else {
                    r.peer_organisation.trim().to_string()
                };
                pick(r).filter(|t| !t.trim().is_empty()).map(|t| (who, t))
            })
            .collect::<Vec<_>>()
    };
    let mut questions: Vec<PeerQuestion> = Vec::new();
    if full {
        questions.extend(
            h.collegiale_toetsing
                .questions
                .iter()
                .filter(|q| !q.open)
                .map(|q| PeerQuestion {
                    text: q.text.clone(),
                    own_note: peer.notes.get(&q.id).cloned().unwrap_or_default(),
                    replies: reply_notes(&|r| r.notes.get(&q.id).cloned()),
                }),
        );
        questions.extend(peer.own_questions.iter().map(|q| PeerQuestion {
            text: q.text.clone(),
            own_note: q.notes.clone(),
            replies: reply_notes(&|r| r.own_question_notes.get(&q.id).cloned()),
        }));
        for p in &catalogue.profiles {
            let replies = reply_notes(&|r| r.profile_notes.get(&p.id).cloned());
            if !replies.is_empty() {
                questions.push(PeerQuestion {
                    text: format!("Over het profiel {}", p.name),
                    own_note: String::new(),
                    replies,
                });
            }
        }
        questions.retain(|q| !q.own_note.trim().is_empty() || !q.replies.is_empty());
    }
    let asked = if variant == ReportVariant::PeerReview {
        h.collegiale_toetsing
            .questions
            .iter()
            .filter(|q| !q.open)
            .map(|q| q.text.clone())
            .chain(
                peer.own_questions
                    .iter()
                    .filter(|q| !q.text.trim().is_empty())
                    .map(|q| q.text.clone()),
            )
            .collect()
    } else {
        Vec::new()
    };

    let conclusions = if variant == ReportVariant::PeerReview {
        Vec::new()
    } else {
        h.conclusies_actieplan
            .groups
            .iter()
            .flat_map(|g| &g.questions)
            .filter_map(|q| {
                ev.conclusions
                    .notes
                    .get(&q.id)
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| (q.text.clone(), n.clone()))
            })
            .collect()
    };

    Report {
        variant,
        organisation: ev.organisation.clone(),
        contact: if names {
            ev.contact.clone()
        } else {
            String::new()
        },
        period: ev.period.clone(),
        start_date: format_nl(&ev.start_date),
        catalogue: Catalogue::by_id(&ev.catalogue_id)
            .map_or_else(|| ev.catalogue_id.clone(), |c| c.title.clone()),
        made_on: today.to_nl(),
        profiles,
        peer: PeerSection {
            done: if variant == ReportVariant::PeerReview {
                String::new()
            } else {
                peer.choice.label().to_string()
            },
            peers: peer.peers.clone(),
            date: format_nl(&peer.date),
            participants: if names {
                peer.participants.clone()
            } else {
                String::new()
            },
            questions,
            asked,
        },
        conclusions,
        actions: ev
            .conclusions
            .actions
            .iter()
            .map(|a| action_row(a, catalogue))
            .collect(),
    }
}

/// How one profile was scored, as (label, value), filled-in ones only. The summary keeps only
/// why a profile is not applicable.
fn scoring_facts(a: &ProfileAssessment, names: bool, summary: bool) -> Vec<(String, String)> {
    let sources = a
        .sources
        .iter()
        .map(|s| s.label().to_lowercase())
        .chain((!a.sources_note.trim().is_empty()).then(|| a.sources_note.trim().to_string()))
        .collect::<Vec<_>>()
        .join("; ");
    let reason = if a.not_applicable {
        a.not_applicable_reason.trim().to_string()
    } else {
        String::new()
    };
    let mut facts = vec![("Niet van toepassing, omdat", reason)];
    if !summary {
        facts.extend([
            (
                "Wie deden mee",
                if names {
                    a.participants.trim().to_string()
                } else {
                    String::new()
                },
            ),
            (
                "Hoe",
                if a.method == ScoringMethod::NotSaid {
                    String::new()
                } else {
                    a.method.label().to_string()
                },
            ),
            ("Datum", format_nl(&a.date)),
            ("Bronnen", sources),
        ]);
    }
    facts
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(l, v)| (l.to_string(), v))
        .collect()
}

fn action_row(a: &ActionItem, catalogue: &Catalogue) -> ActionRow {
    let said = a.origin != ActionOrigin::NotSaid;
    ActionRow {
        origin: if said {
            a.origin.label().to_string()
        } else {
            String::new()
        },
        origin_short: if said {
            a.origin.short_label().to_string()
        } else {
            String::new()
        },
        profile: catalogue.action_profile(a.profile_id.as_deref()),
        what: a.what.clone(),
        measure: a.measure.clone(),
        owner: a.owner.clone(),
        resources: a.resources.clone(),
        deadline: format_nl(&a.deadline),
        deadline_date: parse_iso_date(&a.deadline),
        status: a.status.label().to_string(),
        carried_over: a.carried_over,
    }
}
