//! Host tests: meer-ogen-principe, collegiale toetsing and merging, as pure functions.

use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::exchange::*;
use vth_competenties::domain::file_format::Kind;
use vth_competenties::domain::merge::merge;

fn own() -> Evaluation {
    let mut ev = Evaluation::new("eigen".into(), 1);
    ev.organisation = "ODNZKG".into();
    ev.period = "2025-2026".into();
    let a = ev.assessment_mut("casemanager");
    a.score = Some(3);
    a.explanation = "Eigen toelichting".into();
    ev.peer_review.own_questions.push(OwnQuestion {
        id: "q1".into(),
        text: "Eigen vraag".into(),
        notes: "intern".into(),
        ..OwnQuestion::default()
    });
    ev.peer_review
        .notes
        .insert("toetsing-1".into(), "Onze eigen notitie".into());
    ev.conclusions
        .notes
        .insert("conclusie-1".into(), "Geheim concept".into());
    ev
}

fn assessor_copy(
    form: &Evaluation,
    copy_id: &str,
    name: &str,
    scores: &[(&str, u8)],
) -> Evaluation {
    let mut copy = start_copy(form, copy_id.into(), 5);
    copy.mode = Mode::assessor(&form_source(form), name);
    for (profile, score) in scores {
        let a = copy.assessment_mut(profile);
        a.score = Some(*score);
        a.explanation = format!("{name} over {profile}");
    }
    copy
}

fn form_source(form: &Evaluation) -> String {
    match &form.mode {
        Mode::Assessor { source_id, .. } => source_id.clone(),
        _ => panic!("not a form"),
    }
}

#[test]
fn a_blank_form_carries_no_scores_of_anyone() {
    let mut ev = own();
    let form = assessor_form(&ev);
    assert!(is_blank_assessor_form(&form));
    assert!(form.self_evaluation.profiles.is_empty() && form.self_evaluation.assessors.is_empty());
    assert_eq!(form.organisation, "ODNZKG");
    assert!(form.conclusions.notes.is_empty() && form.peer_review.notes.is_empty());
    // Also after other assessors have been added.
    add_assessor(
        &mut ev,
        &assessor_copy(&form, "a1", "Anna", &[("casemanager", 2)]),
        9,
    )
    .unwrap();
    assert!(assessor_form(&ev).self_evaluation.assessors.is_empty());
}

#[test]
fn three_assessors_merge_with_spread_and_a_flag_at_two_apart() {
    let mut ev = own();
    let form = assessor_form(&ev);
    for (id, name, score) in [("a1", "Anna", 2), ("a2", "Bram", 4), ("a3", "Chris", 3)] {
        assert_eq!(
            add_assessor(
                &mut ev,
                &assessor_copy(
                    &form,
                    id,
                    name,
                    &[("casemanager", score), ("vergunningverlener", 3)]
                ),
                9
            ),
            Ok(false)
        );
    }
    assert_eq!(ev.self_evaluation.assessors.len(), 3);
    let s = spread(&ev, "casemanager").unwrap();
    assert_eq!((s.count, s.min, s.max, s.flagged()), (3, 2, 4, true));
    let s = spread(&ev, "vergunningverlener").unwrap();
    assert_eq!((s.min, s.max, s.flagged()), (3, 3, false));
    assert_eq!(spread(&ev, "juridisch-adviseur"), None);
    assert_eq!(
        ev.assessment("casemanager").score,
        Some(3),
        "the agreed score is the coordinator's"
    );
    assert_eq!(
        ev.self_evaluation.assessors[1].scores["casemanager"].note,
        "Bram over casemanager"
    );
}

#[test]
fn the_same_assessor_again_updates_and_removing_removes_only_theirs() {
    let mut ev = own();
    let form = assessor_form(&ev);
    add_assessor(
        &mut ev,
        &assessor_copy(&form, "a1", "Anna", &[("casemanager", 2)]),
        9,
    )
    .unwrap();
    add_assessor(
        &mut ev,
        &assessor_copy(&form, "a2", "Bram", &[("casemanager", 5)]),
        9,
    )
    .unwrap();
    assert_eq!(
        add_assessor(
            &mut ev,
            &assessor_copy(&form, "a1", "Anna", &[("casemanager", 4)]),
            10
        ),
        Ok(true)
    );
    assert_eq!(ev.self_evaluation.assessors.len(), 2);
    assert_eq!(
        ev.self_evaluation.assessors[0].scores["casemanager"].score,
        Some(4)
    );
    let before = ev.clone();
    let (at, input) = remove_assessor(&mut ev, "a2").expect("a2 was there");
    assert_eq!(remove_assessor(&mut ev, "a2"), None);
    let without = ev.clone();
    // Undo puts it back in its place; a second undo changes nothing.
    restore_assessor(&mut ev, at, input.clone());
    assert_eq!(ev, before, "undo restores exactly what was removed");
    restore_assessor(&mut ev, at, input);
    assert_eq!(ev, before);
    ev = without;
    assert_eq!(ev.self_evaluation.assessors.len(), 1);
    ev.self_evaluation.assessors = before.self_evaluation.assessors.clone();
    assert_eq!(ev, before, "removing touched nothing else");
}

/// Starting a participant's or a peer's copy is a rule of the domain (it was written out in
/// the import view): the copy takes the typed name, and the form says for whom it was made.
#[test]
fn a_received_form_or_package_starts_a_copy_with_the_name_typed() {
    let ev = own();
    let invitation = Invitation {
        id: "uitn-1".into(),
        for_whom: " teamleider toezicht ".into(),
        name: "Fatima".into(),
        ..Invitation::default()
    };
    let form = invited(Kind::AssessorForm, &ev, &invitation);
    assert_eq!(invited_role(&form).as_deref(), Some("teamleider toezicht"));
    assert_eq!(invited_role(&assessor_form(&ev)), None, "a form for anyone");
    let copy = start_assessor_copy(&form, "c1".into(), 77, "  Anna de Boer ");
    assert_eq!(
        (copy.id.as_str(), copy.created_ms, copy.revision),
        ("c1", 77, 0)
    );
    match &copy.mode {
        Mode::Assessor { assessor, role, .. } => {
            assert_eq!(
                (assessor.as_str(), role.trim()),
                ("Anna de Boer", "teamleider toezicht")
            );
        }
        other => panic!("not a participant's copy: {other:?}"),
    }

    let for_peer = Invitation {
        for_whom: "RUD Utrecht".into(),
        ..invitation
    };
    let package = invited(Kind::PeerPackage, &ev, &for_peer);
    assert_eq!(invited_organisation(&package), "RUD Utrecht");
    assert_eq!(invited_organisation(&peer_package(&ev)), "");
    let copy = start_peer_copy(&package, "c2".into(), 78, " RUD Utrecht-Oost ");
    match &copy.mode {
        Mode::Peer {
            peer_organisation,
            author,
            ..
        } => {
            assert_eq!(peer_organisation, "RUD Utrecht-Oost");
            assert!(author.is_empty(), "no name of a person");
        }
        other => panic!("not a peer's copy: {other:?}"),
    }
}

/// Importing the same returned form or reply twice stamped it with a new time, so the
/// evaluation changed, was saved again and rewrote its working file (issue 23).
#[test]
fn the_same_file_handed_in_twice_changes_nothing_and_a_changed_one_gets_its_new_time() {
    let mut ev = own();
    let form = assessor_form(&ev);
    let anna = assessor_copy(&form, "a1", "Anna", &[("casemanager", 2)]);
    add_assessor(&mut ev, &anna, 9).unwrap();
    let once = ev.clone();
    assert_eq!(
        add_assessor(&mut ev, &anna, 20),
        Ok(true),
        "still 'bijgewerkt'"
    );
    assert_eq!(ev, once, "the same form again changes nothing");
    let changed = assessor_copy(&form, "a1", "Anna", &[("casemanager", 4)]);
    add_assessor(&mut ev, &changed, 30).unwrap();
    assert_eq!(ev.self_evaluation.assessors[0].submitted_ms, 30);

    let package = peer_package(&ev);
    let mut reply = start_copy(&package, "p1".into(), 3);
    reply.mode = Mode::peer("eigen", "RUD Utrecht", "Sam");
    reply
        .peer_review
        .notes
        .insert("toetsing-1".into(), "Sterk verhaal".into());
    add_peer_reply(&mut ev, &reply, 40).unwrap();
    let once = ev.clone();
    assert_eq!(add_peer_reply(&mut ev, &reply, 50), Ok(true));
    assert_eq!(ev, once, "the same reply again changes nothing");
    reply
        .peer_review
        .notes
        .insert("toetsing-1".into(), "Sterk verhaal, aangevuld".into());
    add_peer_reply(&mut ev, &reply, 60).unwrap();
    assert_eq!(ev.peer_review.replies[0].submitted_ms, 60);
}

#[test]
fn forms_for_another_evaluation_or_blank_ones_are_refused_in_dutch() {
    let mut ev = own();
    let other = Evaluation {
        id: "ander".into(),
        organisation: "Andere dienst".into(),
        ..Evaluation::default()
    };
    let foreign = assessor_copy(&assessor_form(&other), "x", "X", &[("casemanager", 3)]);
    let err = add_assessor(&mut ev, &foreign, 1).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Dit bestand hoort bij een andere evaluatie ('Andere dienst')"),
        "{err}"
    );
    let blank = assessor_form(&ev);
    assert_eq!(
        add_assessor(&mut ev, &blank, 1),
        Err(ExchangeError::EmptyAssessorForm)
    );
    assert!(add_assessor(&mut ev, &own(), 1).is_err());
    assert!(ev.self_evaluation.assessors.is_empty());
}

#[test]
fn peer_round_trip_attributes_notes_and_changes_nothing_of_the_organisation() {
    let mut ev = own();
    let package = peer_package(&ev);
    assert!(
        package.conclusions.notes.is_empty(),
        "no step 3 in the package"
    );
    assert!(
        package.peer_review.notes.is_empty(),
        "no own step 2 notes in the package"
    );
    assert_eq!(package.peer_review.own_questions[0].text, "Eigen vraag");
    assert!(package.peer_review.own_questions[0].notes.is_empty());
    assert_eq!(
        package.assessment("casemanager").explanation,
        "Eigen toelichting",
        "self-evaluation to read"
    );

    let mut replies = Vec::new();
    for (id, org) in [("p1", "RUD Utrecht"), ("p2", "ODZOB")] {
        let mut copy = start_copy(&package, id.into(), 3);
        assert!(is_blank_peer_copy(&copy));
        copy.mode = Mode::peer("eigen", org, "Sam");
        copy.peer_review
            .notes
            .insert("toetsing-1".into(), format!("Notitie van {org}"));
        copy.peer_review.own_questions[0].notes = format!("{org} over de eigen vraag");
        copy.peer_review
            .profile_notes
            .insert("casemanager".into(), format!("{org} over casemanagers"));
        replies.push(copy);
    }
    let before = ev.clone();
    for reply in &replies {
        assert_eq!(add_peer_reply(&mut ev, reply, 7), Ok(false));
    }
    assert_eq!(
        add_peer_reply(&mut ev, &replies[0], 8),
        Ok(true),
        "same peer again updates"
    );
    let r = &ev.peer_review.replies;
    assert_eq!(r.len(), 2);
    assert_eq!(
        (r[0].peer_organisation.as_str(), r[0].author.as_str()),
        ("RUD Utrecht", "Sam")
    );
    assert_eq!(r[1].notes["toetsing-1"], "Notitie van ODZOB");
    assert_eq!(r[1].own_question_notes["q1"], "ODZOB over de eigen vraag");
    assert_eq!(
        r[0].profile_notes["casemanager"],
        "RUD Utrecht over casemanagers"
    );
    let mut without = ev.clone();
    without.peer_review.replies.clear();
    assert_eq!(without, before, "nothing of the organisation's own changed");
    remove_peer_reply(&mut ev, "p1");
    assert_eq!(ev.peer_review.replies.len(), 1);
}

#[test]
fn merge_lists_changes_and_never_removes() {
    let c = Catalogue::current();
    let here = own();
    let mut file = here.clone();
    file.organisation = "ODNZKG (nieuw)".into();
    file.assessment_mut("casemanager").score = Some(4);
    file.assessment_mut("casemanager").explanation = String::new(); // empty never erases
    file.assessment_mut("juridisch-adviseur")
        .notes
        .insert("zelfevaluatie-2".into(), "Nieuwe notitie".into());
    file.peer_review.notes.clear();
    file.conclusions.actions.push(ActionItem {
        id: "a9".into(),
        what: "Opleiden".into(),
        ..Default::default()
    });
    let (merged, changes) = merge(&here, &file, c);
    assert_eq!(merged.organisation, "ODNZKG (nieuw)");
    assert_eq!(merged.assessment("casemanager").score, Some(4));
    assert_eq!(
        merged.assessment("casemanager").explanation,
        "Eigen toelichting"
    );
    assert_eq!(merged.peer_review.notes["toetsing-1"], "Onze eigen notitie");
    assert_eq!(
        merged.assessment("juridisch-adviseur").notes["zelfevaluatie-2"],
        "Nieuwe notitie"
    );
    assert_eq!(merged.conclusions.actions.len(), 1);
    assert_eq!(
        (merged.id.as_str(), merged.revision),
        (here.id.as_str(), here.revision)
    );
    let places: Vec<&str> = changes.iter().map(|c| c.place.as_str()).collect();
    assert_eq!(places[0], "Naam organisatie");
    assert!(places.contains(&"Stap 1, Casemanager: score"));
    assert!(
        places
            .iter()
            .any(|p| p.starts_with("Stap 1, Juridisch adviseur: Waar komt de organisatie vandaan")),
        "{places:?}"
    );
    assert!(places.contains(&"Stap 3, actie 'Opleiden'"));
    assert_eq!(changes.len(), 4, "{changes:?}");
    let (same, none) = merge(&here, &here, c);
    assert_eq!(
        (same, none.len()),
        (here, 0),
        "merging the same file changes nothing"
    );
}

/// The coordinator sends only the toezicht profile to the teamleider toezicht; the form asks
/// only that, and the returned scores carry the participant's role.
#[test]
fn a_scoreformulier_for_chosen_profiles_returns_with_the_participants_role() {
    use vth_competenties::domain::catalogue::Catalogue;
    use vth_competenties::domain::progress::progress;
    let c = Catalogue::current();
    let mut own = Evaluation::new("eigen".into(), 0);
    own.self_evaluation.form_profiles = vec!["toezichthouder-handhaver".into()];
    let form = assessor_form(&own);
    let scope: Vec<&str> = form
        .mode
        .in_scope(c)
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(scope, ["toezichthouder-handhaver"]);
    let mut copy = start_copy(&form, "kopie".into(), 1);
    if let Mode::Assessor { assessor, role, .. } = &mut copy.mode {
        *assessor = "Sanne".into();
        *role = "teamleider toezicht".into();
    }
    let a = copy.assessment_mut("toezichthouder-handhaver");
    a.score = Some(3);
    a.explanation = "Goed op weg".into();
    assert_eq!(progress(&copy, c).profiles_label(), "1 van 1 profiel klaar");
    add_assessor(&mut own, &copy, 2).unwrap();
    let input = &own.self_evaluation.assessors[0];
    assert_eq!(input.label(), "Sanne (teamleider toezicht)");
    assert_eq!(
        input.scores.keys().collect::<Vec<_>>(),
        ["toezichthouder-handhaver"]
    );
    // All profiles when the coordinator chose none.
    assert_eq!(Mode::assessor("x", "").in_scope(c).len(), 5);
}

/// A merge brings the new parts of stap 1 and 3 over, and says so in words.
#[test]
fn a_merge_carries_how_a_score_came_about_not_applicable_and_action_origins() {
    use vth_competenties::domain::catalogue::Catalogue;
    use vth_competenties::domain::evaluation::{ActionItem, ActionOrigin, ScoringMethod, Source};
    use vth_competenties::domain::merge::merge;
    let c = Catalogue::current();
    let here = Evaluation::new("eigen".into(), 0);
    let mut theirs = here.clone();
    let a = theirs.assessment_mut("casemanager");
    a.participants = "Teamleider".into();
    a.method = ScoringMethod::Session;
    a.sources = vec![Source::Documents];
    a.date = "2025-03-10".into();
    let j = theirs.assessment_mut("juridisch-adviseur");
    j.not_applicable = true;
    j.not_applicable_reason = "Bij de omgevingsdienst".into();
    theirs.self_evaluation.form_profiles = vec!["casemanager".into()];
    theirs.conclusions.actions.push(ActionItem {
        id: "a1".into(),
        origin: ActionOrigin::TopDown,
        ..ActionItem::default()
    });
    let (merged, changes) = merge(&here, &theirs, c);
    assert_eq!(
        merged.self_evaluation.profiles,
        theirs.self_evaluation.profiles
    );
    assert_eq!(merged.self_evaluation.form_profiles, ["casemanager"]);
    assert_eq!(merged.conclusions.actions[0].origin, ActionOrigin::TopDown);
    let places: Vec<&str> = changes.iter().map(|ch| ch.place.as_str()).collect();
    for place in [
        "Stap 1, Casemanager: hoe de score is gegeven",
        "Stap 1, Casemanager: bronnen",
        "Stap 1, Casemanager: wie deden mee",
        "Stap 1, Casemanager: datum",
        "Stap 1, Juridisch adviseur: niet van toepassing",
        "Stap 1, Juridisch adviseur: reden niet van toepassing",
        "Stap 1: profielen op het scoreformulier",
    ] {
        assert!(places.contains(&place), "{place} in {places:?}");
    }
}

#[test]
fn a_file_opened_twice_lands_once_and_own_outgoing_files_are_recognised() {
    use vth_competenties::domain::file_format::Kind;
    let org = own();
    let form = assessor_form(&org);
    let package = peer_package(&org);

    // The coordinator's browser: her own blank form and package are hers, not new work.
    let coordinator = vec![org.clone()];
    for (kind, file) in [(Kind::AssessorForm, &form), (Kind::PeerPackage, &package)] {
        assert_eq!(
            already_here(kind, file, &coordinator),
            Some(AlreadyHere::OwnOutgoing(&coordinator[0]))
        );
    }

    // A colleague's browser: the first opening starts a copy, the second finds it.
    assert_eq!(already_here(Kind::AssessorForm, &form, &[]), None);
    let mut colleague = vec![start_copy(&form, "kopie-1".into(), 5)];
    assert_eq!(
        already_here(Kind::AssessorForm, &form, &colleague),
        Some(AlreadyHere::Copy(&colleague[0]))
    );
    // Reopening the form they handed in goes to the same copy.
    colleague[0].assessment_mut("casemanager").score = Some(4);
    if let Mode::Assessor { assessor, .. } = &mut colleague[0].mode {
        *assessor = "Anna".into();
    }
    let handed_in = colleague[0].clone();
    assert_eq!(
        already_here(Kind::AssessorForm, &handed_in, &colleague),
        Some(AlreadyHere::Copy(&colleague[0]))
    );

    // A peer's browser: the package again goes to the peer's copy, and so does its own reply.
    let peer = vec![start_copy(&package, "peer-1".into(), 5)];
    assert_eq!(
        already_here(Kind::PeerPackage, &package, &peer),
        Some(AlreadyHere::Copy(&peer[0]))
    );
    assert_eq!(
        already_here(Kind::PeerReply, &peer[0], &peer),
        Some(AlreadyHere::Copy(&peer[0]))
    );

    // Back at the coordinator: returned forms and replies are new work.
    assert_eq!(
        already_here(Kind::AssessorForm, &handed_in, &coordinator),
        None
    );
    assert_eq!(already_here(Kind::PeerReply, &peer[0], &coordinator), None);
    // A package of another organisation's evaluation is not confused with a form's copy.
    assert_eq!(already_here(Kind::PeerPackage, &package, &colleague), None);
}

#[test]
fn the_spread_is_worded_with_its_count_in_the_right_number() {
    let s = |count, min, max| Spread { count, min, max }.describe();
    assert_eq!(s(1, 4, 4), "1 score: 4");
    assert_eq!(s(2, 4, 4), "beide scores zijn 4");
    assert_eq!(s(3, 4, 4), "alle 3 scores zijn 4");
    assert_eq!(s(3, 2, 4), "van 2 tot 4 (3 scores)");
}

/// An old backup merged into newer work: named as older, and the default keeps what is here.
#[test]
fn an_older_file_fills_in_only_what_is_empty_and_rolls_nothing_back() {
    use vth_competenties::domain::merge::{is_older, merge_keeping};
    let c = Catalogue::current();
    let mut old = own();
    old.updated_ms = 100;
    old.conclusions.actions.push(ActionItem {
        id: "a1".into(),
        what: "Opleiden".into(),
        status: ActionStatus::Planned,
        ..Default::default()
    });
    old.assessment_mut("vergunningverlener").explanation = "Alleen in de backup".into();
    let mut here = old.clone();
    here.updated_ms = 200;
    here.conclusions.actions[0].status = ActionStatus::Done;
    here.assessment_mut("casemanager").score = Some(4);
    here.assessment_mut("vergunningverlener")
        .explanation
        .clear();
    assert!(is_older(&here, &old) && !is_older(&old, &here));

    // Taking the file over would roll work back: the list says so.
    let (_, all) = merge(&here, &old, c);
    assert!(
        all.iter()
            .any(|ch| ch.before == "Gereed" && ch.after == "Gepland"),
        "{all:?}"
    );
    assert!(all
        .iter()
        .any(|ch| ch.place == "Stap 1, Casemanager: score"));

    let (kept, changes) = merge_keeping(&here, &old, c);
    assert_eq!(kept.conclusions.actions[0].status, ActionStatus::Done);
    assert_eq!(kept.assessment("casemanager").score, Some(4));
    assert_eq!(
        kept.assessment("vergunningverlener").explanation,
        "Alleen in de backup"
    );
    assert_eq!(changes.len(), 1, "{changes:?}");
}

/// "Exporteer als bestand" (the backup, in the first load) writes the same file as the export
/// of the evaluation's own kind, for the own evaluation and for a copy being filled in.
#[test]
fn the_backup_is_the_export_of_its_own_kind() {
    let mut ev = own();
    ev.contact = "Contactpersoon".into();
    let form = assessor_form(&ev);
    let copy = assessor_copy(&form, "kopie", "Sanne", &[("casemanager", 4)]);
    for e in [&ev, &copy] {
        let kind = Kind::for_mode(&e.mode);
        assert_eq!(backup(e, 7), export(kind, e, 7));
        assert!(backup(e, 7).contains(&format!("\"kind\": \"{}\"", kind.tag())));
    }
}
