//! Host tests: the round of a step. A scoreformulier or toetsingspakket made for someone says
//! for whom, keeps the coordinator's own name out of the file, and is ticked off when it
//! comes back; the message to send along.

use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::dates::Date;
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::exchange::*;
use vth_competenties::domain::file_format::{decode_document, file_name, Kind};
use vth_competenties::domain::round::*;

fn own() -> Evaluation {
    let mut ev = Evaluation::new("eigen".into(), 1);
    ev.organisation = "ODNZKG".into();
    ev.period = "2025-2026".into();
    ev.return_address = "vth-team@odnzkg.nl".into();
    ev
}

fn today() -> Date {
    Date {
        year: 2026,
        month: 12,
        day: 3,
    }
}

/// The coordinator makes a form for `for_whom` (internal name `name`): the invitation and the
/// file as the participant receives it.
fn hand_out(ev: &mut Evaluation, id: &str, for_whom: &str, name: &str) -> (Invitation, Evaluation) {
    let profiles = ev.self_evaluation.form_profiles.clone();
    let inv = invite(
        &mut ev.self_evaluation.invitations,
        id.into(),
        for_whom,
        name,
        &profiles,
        10,
    );
    let text = export_invited(Kind::AssessorForm, ev, &inv, 11);
    let received = decode_document(text.as_bytes())
        .expect("reads back")
        .evaluation;
    (inv, received)
}

/// The participant scores `scores` on their own copy of `form`.
fn filled_in(form: &Evaluation, copy_id: &str, scores: &[(&str, u8)]) -> Evaluation {
    let mut copy = start_copy(form, copy_id.into(), 20);
    if let Mode::Assessor { assessor, .. } = &mut copy.mode {
        *assessor = "Fatima".into();
    }
    for (p, s) in scores {
        let a = copy.assessment_mut(p);
        a.score = Some(*s);
        a.explanation = "Omdat".into();
    }
    copy
}

#[test]
fn a_form_made_for_someone_says_for_whom_and_keeps_the_internal_name_here() {
    let mut ev = own();
    ev.self_evaluation.form_profiles = vec!["toezichthouder-handhaver".into()];
    let (inv, received) = hand_out(
        &mut ev,
        "formulier-1",
        " teamleider toezicht ",
        "Fatima de Vries",
    );
    assert_eq!(inv.for_whom, "teamleider toezicht");
    let text = export_invited(Kind::AssessorForm, &ev, &inv, 11);
    assert!(
        !text.contains("Fatima"),
        "the coordinator's own note stays in her evaluation"
    );
    assert!(
        !text.contains("formulier-1\",\"for_whom"),
        "no invitations in the form"
    );
    match &received.mode {
        Mode::Assessor {
            role,
            profiles,
            invitation,
            assessor,
            ..
        } => {
            assert_eq!(role, "teamleider toezicht");
            assert_eq!(profiles, &vec!["toezichthouder-handhaver".to_string()]);
            assert_eq!(invitation, "formulier-1");
            assert!(assessor.is_empty());
        }
        other => panic!("not a form: {other:?}"),
    }
    assert_eq!(received.return_address, "vth-team@odnzkg.nl");
    assert!(is_blank_assessor_form(&received));
    assert_eq!(
        file_name(Kind::AssessorForm.file_prefix(), &received, today(), "json"),
        "vth-scoreformulier_odnzkg_2025-2026_teamleider-toezicht_2026-12-03.json"
    );
}

#[test]
fn two_forms_get_two_names_and_a_returned_form_ticks_its_own_off() {
    let c = Catalogue::current();
    let mut ev = own();
    let (_, toezicht) = hand_out(&mut ev, "f1", "teamleider toezicht", "");
    ev.self_evaluation.form_profiles = vec!["casemanager".into(), "vergunningverlener".into()];
    let (_, vergunning) = hand_out(&mut ev, "f2", "vergunningverlener", "");
    let name = |e: &Evaluation| file_name("x", e, today(), "json");
    assert_ne!(name(&toezicht), name(&vergunning));

    let round = form_round(&ev, c);
    assert!(round.iter().all(|i| i.back.is_none()));
    assert_eq!(
        round_label(&round, "scoreformulier", "scoreformulieren").unwrap(),
        "2 scoreformulieren uitgedeeld, nog geen terug"
    );

    // Only one of the two profiles scored: ticked off, partial.
    let back = filled_in(&vergunning, "kopie-2", &[("vergunningverlener", 4)]);
    add_assessor(&mut ev, &back, 30).unwrap();
    let round = form_round(&ev, c);
    assert!(round[0].back.is_none(), "the other form is still out");
    let returned = round[1].back.as_ref().expect("ticked off");
    assert_eq!((returned.scored, returned.asked), (1, 2));
    assert_eq!(returned.scored_label(), "1 van 2 profielen gescoord");
    assert_eq!(
        round_label(&round, "scoreformulier", "scoreformulieren").unwrap(),
        "1 van 2 scoreformulieren terug"
    );
    assert_eq!(ev.self_evaluation.assessors[0].role, "vergunningverlener");
}

#[test]
fn the_same_blank_form_twice_is_one_copy_but_two_forms_for_two_roles_are_two() {
    let mut ev = own();
    let (_, first) = hand_out(&mut ev, "f1", "teamleider toezicht", "");
    let (_, second) = hand_out(&mut ev, "f2", "jurist", "");
    let mine = start_copy(&first, "kopie".into(), 5);
    let here = vec![mine];
    assert!(matches!(
        already_here(Kind::AssessorForm, &first, &here),
        Some(AlreadyHere::Copy(_))
    ));
    assert_eq!(already_here(Kind::AssessorForm, &second, &here), None);
}

#[test]
fn the_spread_knows_who_was_asked() {
    let mut ev = own();
    ev.self_evaluation.form_profiles = vec!["casemanager".into()];
    let (_, form) = hand_out(&mut ev, "f1", "teamleider toezicht", "");
    add_assessor(&mut ev, &filled_in(&form, "k1", &[("casemanager", 3)]), 30).unwrap();
    let input = &ev.self_evaluation.assessors[0];
    assert!(input.was_asked("casemanager"));
    assert!(!input.was_asked("toezichthouder-handhaver"));
}

#[test]
fn who_took_part_is_suggested_by_role_never_by_name() {
    let mut ev = own();
    let (_, a) = hand_out(&mut ev, "f1", "teamleider toezicht", "Fatima");
    let (_, b) = hand_out(&mut ev, "f2", "toezichthouder", "Bas");
    let (_, c) = hand_out(&mut ev, "f3", "", "");
    add_assessor(&mut ev, &filled_in(&a, "k1", &[("casemanager", 3)]), 30).unwrap();
    add_assessor(
        &mut ev,
        &filled_in(&b, "k2", &[("casemanager", 4), ("jurist", 2)]),
        31,
    )
    .unwrap();
    add_assessor(&mut ev, &filled_in(&c, "k3", &[("casemanager", 4)]), 32).unwrap();
    let (who, how) = suggested_participants(&ev, "casemanager").unwrap();
    assert_eq!(
        who,
        "teamleider toezicht, toezichthouder, 1 deelnemer zonder rol"
    );
    assert!(!who.contains("Fatima"));
    assert_eq!(how, ScoringMethod::SeparateForms);
    assert_eq!(suggested_participants(&ev, "vergunningverlener"), None);
}

#[test]
fn a_package_made_for_a_peer_names_the_peer_and_leaves_the_round_out() {
    let mut ev = own();
    hand_out(&mut ev, "f1", "teamleider toezicht", "Fatima");
    let inv = invite(
        &mut ev.peer_review.invitations,
        "p1".into(),
        "RUD Utrecht",
        "Sam",
        &[],
        10,
    );
    let text = export_invited(Kind::PeerPackage, &ev, &inv, 11);
    assert!(!text.contains("Fatima") && !text.contains("Sam"), "{text}");
    let package = decode_document(text.as_bytes()).unwrap().evaluation;
    assert!(package.self_evaluation.invitations.is_empty());
    assert!(
        matches!(&package.mode, Mode::Peer { peer_organisation, invitation, .. }
        if peer_organisation == "RUD Utrecht" && invitation == "p1")
    );
    // The peer replies: ticked off.
    let mut copy = start_copy(&package, "peer-kopie".into(), 20);
    copy.peer_review
        .notes
        .insert("toetsing-1".into(), "Valt op".into());
    add_peer_reply(&mut ev, &peer_reply(&copy), 40).unwrap();
    let round = package_round(&ev);
    assert_eq!(round[0].back.as_ref().map(|b| b.at_ms), Some(40));
    assert_eq!(
        round_label(&round, "toetsingspakket", "toetsingspakketten").unwrap(),
        "1 toetsingspakket uitgedeeld en terug"
    );
}

#[test]
fn the_message_says_where_to_go_and_what_to_do_and_the_link_is_encoded() {
    let ev = own();
    let m = form_message(&ev, "vth-scoreformulier_x.json", "https://vth.example/app/");
    assert!(m.subject.contains("ODNZKG, 2025-2026"));
    assert!(m.body.contains("https://vth.example/app/"));
    assert!(m.body.contains("'Importeren'"));
    assert!(m.body.contains("terug naar vth-team@odnzkg.nl"));
    assert!(m.body.contains("vth-scoreformulier_x.json"));
    let link = m.mailto("");
    assert!(link.starts_with("mailto:?subject=Scoreformulier%20competentieprofielen"));
    assert!(link.contains("%0D%0A"), "line breaks as CRLF");
    assert!(!link.contains(' ') && !link.contains('\n'));
    assert!(m
        .mailto("vth-team@odnzkg.nl")
        .starts_with("mailto:vth-team@odnzkg.nl?"));
    // Without a return address: no empty promise.
    let mut no_address = own();
    no_address.return_address.clear();
    let m = package_message(&no_address, "p.json", "file:///app.html");
    assert!(m.body.contains("terug naar degene die het u stuurde"));
    assert!(m.body.contains("geen namen van personen"));
}

#[test]
fn an_empty_or_partial_returned_form_is_flagged_before_it_is_added() {
    let c = Catalogue::current();
    let mut ev = own();
    ev.self_evaluation.form_profiles = vec!["casemanager".into(), "vergunningverlener".into()];
    let (_, form) = hand_out(&mut ev, "f1", "jurist", "Anna");
    let empty = filled_in(&form, "k", &[]);
    assert!(form_gaps(&empty, c)
        .unwrap()
        .starts_with("Dit formulier is leeg: geen van de 2 profielen"));
    let partial = filled_in(&form, "k", &[("casemanager", 2)]);
    assert!(form_gaps(&partial, c)
        .unwrap()
        .contains("1 van de 2 profielen gescoord"));
    let full = filled_in(&form, "k", &[("casemanager", 2), ("vergunningverlener", 3)]);
    assert_eq!(form_gaps(&full, c), None);
    assert_eq!(
        invitation_of(&ev, &full).map(|i| i.label()),
        Some("jurist (Anna)".to_string())
    );
}

#[test]
fn a_profile_not_yet_scored_by_the_coordinator_says_colleagues_scores_are_in() {
    let mut ev = own();
    let (_, form) = hand_out(&mut ev, "f1", "jurist", "");
    add_assessor(&mut ev, &filled_in(&form, "k1", &[("casemanager", 2)]), 30).unwrap();
    add_assessor(&mut ev, &filled_in(&form, "k2", &[("casemanager", 4)]), 31).unwrap();
    assert_eq!(colleague_scores(&ev, "casemanager"), 2);
    assert_eq!(
        profile_tag("Niet gestart", true, 2),
        "Niet gestart, 2 scores van collega's"
    );
    assert_eq!(
        profile_tag("Niet gestart", true, 1),
        "Niet gestart, 1 score van een collega"
    );
    assert_eq!(profile_tag("Klaar", false, 2), "Klaar");
}

#[test]
fn a_form_shows_what_is_not_applicable_with_its_reason_and_does_not_ask_it() {
    let c = Catalogue::current();
    let mut ev = own();
    let cm = ev.assessment_mut("casemanager");
    cm.not_applicable = true;
    cm.not_applicable_reason = "Ligt bij de gemeenten".into();
    cm.explanation = "Intern".into();
    ev.assessment_mut("jurist").score = Some(3);
    let (_, form) = hand_out(&mut ev, "f1", "teamleider", "");
    let marked = form.assessment("casemanager");
    assert!(marked.not_applicable);
    assert_eq!(marked.not_applicable_reason, "Ligt bij de gemeenten");
    assert!(marked.explanation.is_empty() && form.assessment("jurist").score.is_none());
    assert!(is_blank_assessor_form(&form));
    // Four profiles asked, all scored: complete, and the spread never lists casemanager.
    let all: Vec<(&str, u8)> = c
        .profiles
        .iter()
        .filter(|p| p.id != "casemanager")
        .map(|p| (p.id.as_str(), 3))
        .collect();
    let back = filled_in(&form, "k1", &all);
    assert_eq!(form_scored(&back, c), (4, 4));
    assert_eq!(form_gaps(&back, c), None);
    add_assessor(&mut ev, &back, 30).unwrap();
    let input = &ev.self_evaluation.assessors[0];
    assert!(!input.was_asked("casemanager") && input.was_asked("vergunningverlener"));
    assert_eq!(
        form_round(&ev, c)[0].back.as_ref().unwrap().scored_label(),
        "4 van 4 profielen gescoord"
    );
}
