//! Shared by the host tests: a fully filled evaluation and a generator of any evaluation.
#![allow(dead_code)]

use proptest::prelude::*;
use vth_competenties::domain::evaluation::*;

pub fn filled() -> Evaluation {
    let mut ev = Evaluation::new("ev-1".into(), 1_700_000_000_000);
    ev.organisation = "Omgevingsdienst Noord".into();
    ev.contact = "J. de Vries, kwaliteitscoördinator".into();
    ev.period = "2025-2026".into();
    ev.start_date = "2025-01-15".into();
    ev.updated_ms = 1_700_000_100_000;
    ev.last_export_ms = Some(1_700_000_050_000);
    ev.revision = 7;
    let a = ev.assessment_mut("casemanager");
    a.score = Some(3);
    a.explanation = "Regie is goed geregeld.\nBestuurlijk kan beter.".into();
    a.notes
        .insert("zelfevaluatie-1".into(), "Twaalf casemanagers".into());
    ev.peer_review = PeerReview {
        choice: PeerReviewChoice::Yes,
        peers: "ODZ, RUD Utrecht".into(),
        date: "2025-06-01".into(),
        participants: "Drie teamleiders".into(),
        notes: [("toetsing-1".to_string(), "Scores vielen op".to_string())].into(),
        own_questions: vec![OwnQuestion {
            id: "q1".into(),
            text: "Hoe werken jullie samen?".into(),
            notes: "Goed".into(),
            ..OwnQuestion::default()
        }],
        completed: true,
        ..PeerReview::default()
    };
    ev.conclusions = Conclusions {
        notes: [(
            "conclusie-1".to_string(),
            "We staan er redelijk voor".to_string(),
        )]
        .into(),
        actions: vec![ActionItem {
            id: "a1".into(),
            profile_id: Some("juridisch-adviseur".into()),
            what: "Training bestuurlijke sensitiviteit".into(),
            measure: "80% van de juristen getraind".into(),
            owner: "Teamleider juridisch".into(),
            resources: "€ 10.000, 2 dagdelen".into(),
            deadline: "2026-06-30".into(),
            status: ActionStatus::InProgress,
            origin: ActionOrigin::PeerReview,
            carried_over: false,
            ..ActionItem::default()
        }],
        completed: false,
        ..Conclusions::default()
    };
    ev
}

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "\\PC{0,40}",
        "[<>\"'&\\\\\u{200b}\u{202e}a-z \n]{0,20}"
    ]
}

/// Fields a newer version might add: names no version uses (`zz-…`), simple values.
pub fn unknown() -> impl Strategy<Value = Unknown> {
    let value = prop_oneof![
        text().prop_map(serde_json::Value::from),
        any::<i32>().prop_map(serde_json::Value::from),
        any::<bool>().prop_map(serde_json::Value::from),
        text().prop_map(|t| serde_json::json!({ "tekst": t, "lijst": [1, 2] })),
    ];
    prop::collection::btree_map("zz-[a-z]{1,8}", value, 0..2).prop_map(|m| m.into_iter().collect())
}

prop_compose! {
    /// How a profile was scored, and whether it applies (the other fields default).
    pub fn scoring()(participants in text(), method in prop::sample::select(ScoringMethod::ALL.to_vec()),
                 date in text(), sources in prop::sample::subsequence(Source::ALL.to_vec(), 0..=3),
                 sources_note in text(), not_applicable in any::<bool>(), reason in text(),
                 participant_count in prop::option::of(any::<u8>())) -> ProfileAssessment {
        ProfileAssessment { participants, method, date, sources, sources_note, not_applicable,
            not_applicable_reason: reason, participant_count, ..ProfileAssessment::default() }
    }
}

pub fn notes() -> impl Strategy<Value = Notes> {
    prop::collection::btree_map("[a-z0-9-]{1,12}", text(), 0..4)
}

prop_compose! {
    pub fn action()(id in "[a-z0-9]{1,8}", profile_id in prop::option::of("[a-z-]{1,20}"),
                what in text(), measure in text(), owner in text(), resources in text(),
                deadline in text(), status in prop::sample::select(ActionStatus::ALL.to_vec()),
                carried_over in any::<bool>(), unknown in unknown(),
                origin in prop::sample::select(ActionOrigin::ALL.to_vec())) -> ActionItem {
        ActionItem { id, profile_id, what, measure, owner, resources, deadline, status, origin, carried_over, unknown }
    }
}

/// Any evaluation, with the experiences and contribution choices of issue 24 (added here, not
/// in [`evaluation_core`]: one more argument there overflows the test thread's stack).
pub fn evaluation() -> impl Strategy<Value = Evaluation> {
    let extras = (
        notes(),
        text(),
        "[a-z0-9-]{0,12}",
        prop::option::of(prop::sample::select(OrganisationKind::ALL.to_vec())),
        any::<(bool, bool)>(),
        unknown(),
    );
    (evaluation_core(), extras).prop_map(
        |(mut e, (profiles, stappenplan, id, kind, ticks, unknown))| {
            e.conclusions.experiences = Experiences {
                profiles,
                stappenplan,
                unknown: unknown.clone(),
            };
            e.contribution = ContributionChoice {
                id,
                organisation_kind: kind,
                with_name: ticks.0,
                with_action_texts: ticks.1,
                unknown,
            };
            e
        },
    )
}

prop_compose! {
    pub fn evaluation_core()(id in "[a-z0-9-]{1,16}", organisation in text(), contact in text(), period in text(),
                    start_date in text(), created_ms in any::<i64>(), updated_ms in any::<i64>(),
                    last_export_ms in prop::option::of(any::<i64>()), revision in any::<u64>(),
                    profiles in prop::collection::btree_map("[a-z-]{1,24}",
                        (prop::option::of(1u8..=5), text(), notes(), scoring()), 0..6),
                    choice in prop::sample::select(vec![PeerReviewChoice::Undecided, PeerReviewChoice::Yes, PeerReviewChoice::No]),
                    peers in text(), date in text(), participants in text(), peer_notes in notes(),
                    own in prop::collection::vec(("[a-z0-9]{1,6}", text(), text()), 0..3),
                    peer_done in any::<bool>(), concl_notes in notes(),
                    actions in prop::collection::vec(action(), 0..4), concl_done in any::<bool>(),
                    assessors in prop::collection::vec(("[a-z0-9]{1,6}", text(), any::<i64>(),
                        prop::collection::btree_map("[a-z-]{1,12}", (prop::option::of(1u8..=5), text()), 0..3)), 0..3),
                    replies in prop::collection::vec(("[a-z0-9]{1,6}", text(), text(), any::<i64>(), notes(), notes(), notes()), 0..3),
                    profile_notes in notes(), consensus in text(),
                    previous_id in prop::option::of("[a-z0-9-]{1,12}"),
                    invitations in prop::collection::vec(("[a-z0-9]{1,6}", text(), text(), any::<i64>()), 0..3),
                    return_address in text(),
                    u in prop::collection::vec(unknown(), 12)) -> Evaluation {
        Evaluation {
            id, catalogue_id: "kwaliteitscriteria-vth-2.3-bijlage-d".into(), organisation, contact, period,
            start_date, created_ms, updated_ms, last_export_ms, revision,
            self_evaluation: SelfEvaluation {
                profiles: profiles.into_iter().map(|(k, (score, explanation, notes, how))|
                    (k, ProfileAssessment { score, explanation, notes, consensus_note: consensus.clone(), unknown: u[0].clone(), ..how })).collect(),
                assessors: assessors.into_iter().map(|(id, name, submitted_ms, scores)| AssessorInput {
                    invitation: if id.len() % 2 == 0 { id.clone() } else { String::new() },
                    profiles: scores.keys().take(1).cloned().collect(),
                    id, role: name.chars().rev().collect(), name, submitted_ms,
                    scores: scores.into_iter().map(|(k, (score, note))| (k, AssessorScore { score, note, unknown: u[1].clone() })).collect(),
                    unknown: u[2].clone(),
                }).collect(),
                unknown: u[3].clone(),
                form_profiles: profile_notes.keys().cloned().collect(),
                invitations: invite_list(&invitations, &u[10]),
            },
            peer_review: PeerReview { choice, peers, date, participants, notes: peer_notes,
                own_questions: own.into_iter().map(|(id, text, notes)| OwnQuestion { id, text, notes, unknown: u[4].clone() }).collect(),
                completed: peer_done, profile_notes,
                replies: replies.into_iter().map(|(id, peer_organisation, author, submitted_ms, notes, own_question_notes, profile_notes)|
                    PeerReply { invitation: id.chars().rev().collect(), id, peer_organisation, author, submitted_ms, notes, own_question_notes, profile_notes, unknown: u[5].clone() }).collect(),
                invitations: invite_list(&invitations, &u[11]),
                unknown: u[6].clone() },
            conclusions: Conclusions { notes: concl_notes, actions, completed: concl_done,
                experiences: Experiences::default(), unknown: u[7].clone() },
            contribution: ContributionChoice::default(),
            mode: Mode::Own,
            previous_id,
            return_address,
            unknown: u[8].clone(),
            file_unknown: u[9].clone(),
        }
    }
}

fn invite_list(list: &[(String, String, String, i64)], unknown: &Unknown) -> Vec<Invitation> {
    list.iter()
        .map(|(id, for_whom, name, made_ms)| Invitation {
            id: id.clone(),
            for_whom: for_whom.clone(),
            name: name.clone(),
            profiles: vec![for_whom.chars().take(3).collect()],
            made_ms: *made_ms,
            unknown: unknown.clone(),
        })
        .collect()
}

/// `filled()` with a name in every field that can hold one, each name unique, and a
/// rationale for the agreed score.
pub fn with_names() -> Evaluation {
    let mut ev = filled();
    ev.contact = "NAAM-contact".into();
    let cm = ev.assessment_mut("casemanager");
    cm.participants = "NAAM-deelnemers-profiel".into();
    cm.consensus_note = "NAAM-onderbouwing: Anna scoorde lager dan Bas".into();
    ev.self_evaluation
        .assessors
        .push(strict_assessor("NAAM-scoreformulier"));
    ev.self_evaluation.form_profiles = vec!["casemanager".into()];
    ev.peer_review.participants = "NAAM-deelnemers-toetsing".into();
    ev.peer_review.replies.push(PeerReply {
        id: "r".into(),
        peer_organisation: "RUD Utrecht".into(),
        author: "NAAM-auteur-reactie".into(),
        notes: [("toetsing-1".to_string(), "Valt op".to_string())].into(),
        ..Default::default()
    });
    ev.conclusions.actions[0].owner = "NAAM-eigenaar".into();
    ev.self_evaluation.invitations.push(Invitation {
        id: "uitnodiging-1".into(),
        for_whom: "teamleider toezicht".into(),
        name: "NAAM-uitgedeeld-formulier".into(),
        ..Default::default()
    });
    ev.peer_review.invitations.push(Invitation {
        id: "uitnodiging-2".into(),
        for_whom: "RUD Utrecht".into(),
        name: "NAAM-uitgedeeld-pakket".into(),
        ..Default::default()
    });
    ev
}

/// A returned scoreformulier of `name`: casemanager 1, "Streng".
pub fn strict_assessor(name: &str) -> AssessorInput {
    AssessorInput {
        id: "x".into(),
        name: name.into(),
        scores: [(
            "casemanager".to_string(),
            AssessorScore {
                score: Some(1),
                note: "Streng".into(),
                ..AssessorScore::default()
            },
        )]
        .into(),
        ..AssessorInput::default()
    }
}
