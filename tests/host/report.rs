//! Host tests: the report model, CSV for Dutch Excel, Markdown, the Word document, growth.

use std::io::Read;

use crate::common::{filled, strict_assessor};
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::dates::Date;
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::report::*;

const DAY: Date = Date {
    year: 2025,
    month: 12,
    day: 31,
};
/// The full report with names, as the coordinator sees it.
const NAMES: ReportOptions = ReportOptions {
    variant: ReportVariant::Full,
    show_names: true,
};
const DAY_MS: i64 = 1_767_225_599_999; // 31-12-2025 23:59:59.999 UTC

#[test]
fn the_report_holds_every_field_in_reading_order() {
    let c = Catalogue::current();
    let mut ev = filled();
    ev.self_evaluation.assessors.push(strict_assessor("Anna"));
    ev.peer_review.replies.push(PeerReply {
        id: "r".into(),
        peer_organisation: "RUD Utrecht".into(),
        author: "Sam".into(),
        notes: [("toetsing-1".to_string(), "Valt op".to_string())].into(),
        own_question_notes: [("q1".to_string(), "Via wiki".to_string())].into(),
        profile_notes: [("juridisch-adviseur".to_string(), "Sterk team".to_string())].into(),
        ..Default::default()
    });
    let r = build(&ev, c, DAY, NAMES);
    assert_eq!(
        (
            r.organisation.as_str(),
            r.period.as_str(),
            r.start_date.as_str(),
            r.made_on.as_str()
        ),
        (
            "Omgevingsdienst Noord",
            "2025-2026",
            "15-01-2025",
            "31-12-2025"
        )
    );
    assert_eq!(r.catalogue, "Kwaliteitscriteria VTH 2.3 (2022), bijlage D");
    assert_eq!(
        r.profiles
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        [
            "Casemanager",
            "Vergunningverlener",
            "Toezichthouder en handhaver",
            "Juridisch adviseur",
            "Specialistisch adviseur"
        ]
    );
    let cm = &r.profiles[0];
    assert_eq!(cm.score_label, "3 voldoet aan de verwachtingen");
    assert_eq!(r.profiles[1].score_label, "nog niet gescoord");
    assert_eq!(
        cm.explanation,
        "Regie is goed geregeld.\nBestuurlijk kan beter."
    );
    assert_eq!(
        cm.notes,
        [(
            c.hulpvragen.zelfevaluatie.questions[0].text.clone(),
            "Twaalf casemanagers".to_string()
        )]
    );
    assert_eq!(
        cm.assessors,
        [AssessorRow {
            participant: "Anna".to_string(),
            score_label: "1 onvoldoende".to_string(),
            note: "Streng".to_string()
        }]
    );
    // The score and its meaning are fields of their own, for the spreadsheet.
    assert_eq!(
        (cm.score_label.as_str(), cm.score_meaning.as_str()),
        (
            "3 voldoet aan de verwachtingen",
            "voldoet aan de verwachtingen"
        )
    );
    assert_eq!(cm.not_applicable_reason, "");
    assert_eq!((cm.spread.unwrap().min, cm.spread.unwrap().max), (1, 1));
    assert_eq!(r.peer.done, "ja");
    let texts: Vec<&str> = r.peer.questions.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            c.hulpvragen.collegiale_toetsing.questions[0].text.as_str(),
            "Hoe werken jullie samen?",
            "Over het profiel Juridisch adviseur"
        ]
    );
    assert_eq!(r.peer.questions[0].own_note, "Scores vielen op");
    assert_eq!(
        r.peer.questions[0].replies,
        [("RUD Utrecht (Sam)".to_string(), "Valt op".to_string())]
    );
    assert_eq!(r.peer.questions[1].replies[0].1, "Via wiki");
    assert_eq!(r.conclusions[0].1, "We staan er redelijk voor");
    let a = &r.actions[0];
    assert_eq!(
        (
            a.profile.as_str(),
            a.deadline.as_str(),
            a.status.as_str(),
            a.carried_over
        ),
        ("Juridisch adviseur", "30-06-2026", "Bezig", false)
    );
}

#[test]
fn csv_opens_in_dutch_excel_and_never_runs_a_formula() {
    assert_eq!(csv_field("gewoon"), "gewoon");
    assert_eq!(csv_field("a;b"), "\"a;b\"");
    assert_eq!(csv_field("zei \"ja\""), "\"zei \"\"ja\"\"\"");
    assert_eq!(csv_field("regel 1\nregel 2"), "\"regel 1\nregel 2\"");
    assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_field("+31 6"), "'+31 6");
    assert_eq!(csv_field("-1"), "'-1");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    let mut ev = filled();
    ev.conclusions.actions[0].what = "=1+1; en \"meer\"".into();
    ev.conclusions.actions.push(ActionItem {
        id: "b".into(),
        carried_over: true,
        ..Default::default()
    });
    let csv = action_plan_csv(&build(&ev, Catalogue::current(), DAY, NAMES));
    assert!(csv.starts_with("\u{feff}Profiel;Herkomst;Wat precies;Succescriterium;Eigenaar;Middelen;Uiterlijk klaar op;Status;Overgenomen uit vorige cyclus\r\n"));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1], "Juridisch adviseur;Uit de collegiale toetsing (stap 2);\"'=1+1; en \"\"meer\"\"\";80% van de juristen getraind;Teamleider juridisch;€ 10.000, 2 dagdelen;30-06-2026;Bezig;nee");
    assert_eq!(lines[2], "Overkoepelend;;;;;;;Gepland;ja");
}

#[test]
fn markdown_keeps_what_users_typed_as_text() {
    let mut ev = filled();
    ev.organisation = "Dienst <b>Vet</b> & Co [x](javascript:alert(1))".into();
    ev.assessment_mut("casemanager").explanation = [
        "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1)) en ![plaatje](https://example.org/x.png)",
        "# geen kop",
        "* geen lijst",
        "- ook geen lijst",
        "> geen citaat",
        "12. geen genummerde lijst",
        "===",
        "`code` *schuin* _ook_ ~~door~~ &lt; &#60;",
    ]
    .join("\n");
    let md = markdown(&document(&build(&ev, Catalogue::current(), DAY, NAMES)));
    for live in [
        "<img",
        "<b>",
        "](javascript:",
        "![",
        "\n# geen",
        "\n* geen",
        "\n- ook",
        "\n> geen",
        "\n12. geen",
        "\n===",
        " &lt;",
        " &#60;",
    ] {
        // Live: the markup is there without the backslash that makes it text.
        let at = md
            .match_indices(live)
            .find(|(i, _)| *i == 0 || md.as_bytes()[i - 1] != b'\\');
        assert!(at.is_none(), "{live:?} is live in:\n{md}");
    }
    for text in [
        "\\<img src=x onerror=alert(1)\\>",
        "\\[link\\](javascript:alert(1)) en !\\[plaatje\\](https://example.org/x.png)",
        "\\# geen kop",
        "\\* geen lijst",
        "\\- ook geen lijst",
        "\\> geen citaat",
        "12\\. geen genummerde lijst",
        "\\===",
        "\\`code\\` \\*schuin\\* \\_ook\\_ \\~\\~door\\~\\~ \\&lt; \\&#60;",
        "# Rapport: Dienst \\<b\\>Vet\\</b\\> & Co \\[x\\](javascript:alert(1))",
    ] {
        assert!(md.contains(text), "missing {text:?} in:\n{md}");
    }
}

#[test]
fn markdown_has_headings_scores_and_the_action_table() {
    let md = markdown(&document(&build(
        &filled(),
        Catalogue::current(),
        DAY,
        NAMES,
    )));
    assert!(md.starts_with("# Rapport: Omgevingsdienst Noord\n"));
    for part in [
        "## Scores",
        "| Casemanager | 3 voldoet aan de verwachtingen |",
        "### Specialistisch adviseur",
        "## Stap 2: Collegiale toetsing",
        "## Actieplan",
        // A short plan: the compact table, its two-line cells kept apart.
        "| Juridisch adviseur<br>Stap 2 | Training bestuurlijke sensitiviteit | 80% van de juristen getraind | Teamleider juridisch | € 10.000, 2 dagdelen | 30-06-2026<br>Bezig |",
    ] {
        assert!(md.contains(part), "missing {part}");
    }
}

#[test]
fn the_word_document_is_a_valid_package_with_headings_and_tables() {
    let mut ev = filled();
    ev.organisation = "Dienst <&> \u{0}\u{1}\"X\"".into();
    let bytes = report_docx(&document(&build(&ev, Catalogue::current(), DAY, NAMES)));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
    ] {
        assert!(names.iter().any(|n| n == part), "missing {part}");
    }
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut document)
        .unwrap();
    assert!(
        document.contains("Dienst &lt;&amp;&gt; &quot;X&quot;"),
        "escaped, control characters dropped"
    );
    assert!(!document.contains('\u{0}'));
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading1\"/>").count(),
        5
    );
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading2\"/>").count(),
        5
    );
    assert_eq!(
        document.matches("<w:tbl>").count(),
        2,
        "scores and action plan"
    );
    assert!(document.contains("Training bestuurlijke sensitiviteit"));
    let mut styles = String::new();
    archive
        .by_name("word/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(
        styles.contains("<w:name w:val=\"heading 1\"/>")
            && styles.contains("<w:outlineLvl w:val=\"0\"/>")
    );
}

#[test]
fn trend_compares_cycles_oldest_first() {
    let c = Catalogue::current();
    let mut first = Evaluation::new("a".into(), 0);
    first.start_date = "2023-01-01".into();
    first.assessment_mut("casemanager").score = Some(2);
    first.assessment_mut("vergunningverlener").score = Some(4);
    let mut second = Evaluation::new("b".into(), 0);
    second.start_date = "2025-01-01".into();
    second.assessment_mut("casemanager").score = Some(4);
    let ordered = chronological(vec![&second, &first]);
    assert_eq!(ordered[0].id, "a");
    let rows = trend(&ordered, c);
    assert_eq!(rows[0].scores, [Some(2), Some(4)]);
    assert_eq!(rows[0].change, Some(2));
    assert_eq!(rows[1].scores, [Some(4), None]);
    assert_eq!(rows[1].change, None, "one score is no trend");
}

#[test]
fn the_next_cycle_copies_details_and_open_actions_only() {
    let mut prev = filled();
    prev.conclusions.actions.push(ActionItem {
        id: "klaar".into(),
        status: ActionStatus::Done,
        ..Default::default()
    });
    // Started on 31-12-2025 for the 2025-2026 cycle: the next one starts on 1 January of
    // 2027, and its period and start date agree.
    let start = next_start(&prev, DAY);
    let next = next_cycle(&prev, "nieuw".into(), DAY_MS, start);
    assert_eq!(
        (
            next.organisation.as_str(),
            next.contact.as_str(),
            next.period.as_str(),
            next.start_date.as_str()
        ),
        (
            "Omgevingsdienst Noord",
            "J. de Vries, kwaliteitscoördinator",
            "2027-2028",
            "2027-01-01"
        )
    );
    // Started late, in the period itself: today, and the period of today's year.
    let late = Date {
        year: 2027,
        month: 9,
        day: 14,
    };
    assert_eq!(next_start(&prev, late), late);
    let next_late = next_cycle(&prev, "laat".into(), DAY_MS, late);
    assert_eq!(
        (next_late.period.as_str(), next_late.start_date.as_str()),
        ("2027-2028", "2027-09-14")
    );
    assert_eq!(next.previous_id.as_deref(), Some("ev-1"));
    assert!(
        next.self_evaluation.profiles.is_empty()
            && next.peer_review.notes.is_empty()
            && next.conclusions.notes.is_empty()
    );
    assert_eq!(
        next.conclusions.actions.len(),
        1,
        "the finished action stays behind"
    );
    assert!(next.conclusions.actions[0].carried_over);
    assert_eq!(
        next.conclusions.actions[0].what,
        "Training bestuurlijke sensitiviteit"
    );
    assert_eq!(next_period("2025-2026"), "2027-2028");
    assert_eq!(next_period("2025"), "");
}

/// A profile that is not applicable shows as such, with its reason, and is never a score: not
/// in the report's scores, not in the trend.
#[test]
fn not_applicable_profiles_are_reported_with_their_reason_and_never_as_a_score() {
    let c = Catalogue::current();
    let mut ev = filled();
    let a = ev.assessment_mut("juridisch-adviseur");
    a.score = Some(2);
    a.not_applicable = true;
    a.not_applicable_reason = "Belegd bij de omgevingsdienst".into();
    let cm = ev.assessment_mut("casemanager");
    cm.participants = "Teamleider en twee casemanagers".into();
    cm.method = ScoringMethod::Session;
    cm.sources = vec![Source::Documents, Source::Conversations];
    cm.sources_note = "VTH-beleidsplan".into();
    let r = build(&ev, c, DAY, NAMES);
    let jur = r
        .profiles
        .iter()
        .find(|p| p.id == "juridisch-adviseur")
        .unwrap();
    assert_eq!(
        (jur.score, jur.score_label.as_str()),
        (None, "niet van toepassing")
    );
    // Typed, so the spreadsheet never reads them back out of display text.
    assert_eq!(
        (
            jur.score_meaning.as_str(),
            jur.not_applicable_reason.as_str()
        ),
        ("niet van toepassing", "Belegd bij de omgevingsdienst")
    );
    assert_eq!(
        jur.facts,
        [(
            "Niet van toepassing, omdat".to_string(),
            "Belegd bij de omgevingsdienst".to_string()
        )]
    );
    let cm = &r.profiles[0];
    assert_eq!(
        cm.facts,
        [
            ("Wie deden mee".to_string(), "Teamleider en twee casemanagers".to_string()),
            ("Hoe".to_string(), "Samen, in een sessie".to_string()),
            (
                "Bronnen".to_string(),
                "documenten (harde bronnen); gesprekken met betrokkenen (zachte bronnen); VTH-beleidsplan".to_string()
            ),
        ]
    );
    let md = markdown(&document(&r));
    assert!(
        md.contains("| Juridisch adviseur | niet van toepassing |"),
        "{md}"
    );
    assert!(md.contains("- Niet van toepassing, omdat: Belegd bij de omgevingsdienst"));
    let rows = trend(&[&ev, &ev], c);
    let jur = rows
        .iter()
        .find(|r| r.profile == "Juridisch adviseur")
        .unwrap();
    assert_eq!(
        (jur.scores.clone(), jur.not_applicable.clone()),
        (vec![None, None], vec![true, true])
    );
}

#[test]
fn the_separate_scores_list_only_who_was_asked_and_keep_roles_without_names() {
    let c = Catalogue::current();
    let mut ev = filled();
    let mut toezicht = strict_assessor("Fatima");
    toezicht.id = "a".into();
    toezicht.role = "teamleider toezicht".into();
    toezicht.profiles = vec!["toezichthouder-handhaver".into()];
    let mut all = strict_assessor("Bas");
    all.id = "b".into();
    ev.self_evaluation.assessors = vec![toezicht, all];
    let anonymous = ReportOptions {
        show_names: false,
        ..NAMES
    };
    let r = build(&ev, c, DAY, anonymous);
    let who = |id: &str| -> Vec<String> {
        let p = r.profiles.iter().find(|p| p.id == id).unwrap();
        p.assessors.iter().map(|a| a.participant.clone()).collect()
    };
    // Fatima was only asked about toezicht: she is not listed as "nog niet gescoord" elsewhere.
    assert_eq!(who("casemanager"), ["Deelnemer 2"]);
    assert_eq!(
        who("toezichthouder-handhaver"),
        ["Deelnemer 1, teamleider toezicht", "Deelnemer 2"]
    );
    let text = format!("{:?}", r.profiles);
    assert!(!text.contains("Fatima") && !text.contains("Bas"));
}

#[test]
fn an_open_action_past_its_date_is_overdue_and_counted_when_it_goes_along() {
    let mut prev = Evaluation::new("oud".into(), 0);
    for (id, deadline, status) in [
        ("laat", "2025-06-30", ActionStatus::InProgress),
        ("op-tijd", "2026-06-30", ActionStatus::Planned),
        ("klaar-laat", "2025-01-01", ActionStatus::Done),
        ("zonder-datum", "", ActionStatus::Planned),
    ] {
        prev.conclusions.actions.push(ActionItem {
            id: id.into(),
            deadline: deadline.into(),
            status,
            ..Default::default()
        });
    }
    let overdue: Vec<&str> = prev
        .conclusions
        .actions
        .iter()
        .filter(|a| a.overdue(DAY))
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(overdue, ["laat"]);
    assert_eq!(carried_over(&prev, DAY), (3, 1));
}

#[test]
fn the_growth_page_starts_from_linked_cycles_and_its_csv_says_nvt_like_the_table() {
    let c = Catalogue::current();
    let mut first = Evaluation::new("2023".into(), 0);
    first.start_date = "2023-01-01".into();
    first.period = "2023-2024".into();
    first.assessment_mut("casemanager").score = Some(2);
    first.assessment_mut("juridisch-adviseur").not_applicable = true;
    let mut second = next_cycle(&first, "2025".into(), 1, next_start(&first, DAY));
    second.assessment_mut("casemanager").score = Some(4);
    second.assessment_mut("juridisch-adviseur").not_applicable = true;
    let mut other = Evaluation::new("los".into(), 2);
    other.start_date = "2024-06-01".into();
    // The unlinked one is left out; the chain is oldest first.
    assert_eq!(linked_cycles(&[&other, &second, &first]), ["2023", "2025"]);
    assert!(linked_cycles(&[&other, &first]).is_empty());

    let ordered = chronological(vec![&first, &second]);
    let rows = trend(&ordered, c);
    let jurist = rows
        .iter()
        .find(|r| r.profile == "Juridisch adviseur")
        .unwrap();
    assert_eq!(
        (jurist.cell(0), jurist.cell(1)),
        ("n.v.t.".into(), "n.v.t.".into())
    );
    let csv = growth_csv(&["2023-2024".into(), second.period.clone()], &rows);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "Profiel;2023-2024;2025-2026;Verschil");
    assert_eq!(lines[1], "Casemanager;2;4;2 hoger");
    assert!(
        lines.contains(&"Juridisch adviseur;n.v.t.;n.v.t.;niet te zeggen"),
        "{lines:?}"
    );
    assert!(lines.contains(&"Vergunningverlener;niet gescoord;niet gescoord;niet te zeggen"));
}

/// The spreadsheet prints as a few readable pages, not nine pages of one column: landscape,
/// fit to one page wide, the header row on every page.
#[test]
fn the_spreadsheet_has_a_page_setup_for_printing() {
    let bytes = report_xlsx(&build(&filled(), Catalogue::current(), DAY, NAMES));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    let mut read = |name: &str| {
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    };
    for sheet in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"] {
        let xml = read(sheet);
        assert!(
            xml.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews>"),
            "{sheet}"
        );
        assert!(xml.ends_with("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"), "{sheet}");
    }
    let workbook = read("xl/workbook.xml");
    assert!(workbook.contains(
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Scores!$1:$1</definedName>"
    ));
    assert!(workbook.contains(
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Actieplan!$1:$1</definedName>"
    ));
}

#[test]
fn the_next_cycle_keeps_what_is_not_applicable_with_its_reason_and_nothing_else() {
    let mut prev = filled();
    let jurist = prev.assessment_mut("juridisch-adviseur");
    jurist.not_applicable = true;
    jurist.not_applicable_reason = "Ingehuurd bij de provincie".into();
    jurist.explanation = "Oude tekst".into();
    let next = next_cycle(&prev, "nieuw".into(), DAY_MS, DAY);
    assert_eq!(next.self_evaluation.profiles.len(), 1);
    let carried = next.assessment("juridisch-adviseur");
    assert!(carried.not_applicable);
    assert_eq!(carried.not_applicable_reason, "Ingehuurd bij de provincie");
    assert!(carried.explanation.is_empty() && carried.score.is_none());
}
