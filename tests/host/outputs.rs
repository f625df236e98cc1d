//! Host tests: the report for each audience (who sees which names), column widths on paper,
//! the spreadsheet and the OpenDocument text.

use std::io::Read;

use crate::common::{filled, with_names};
use vth_competenties::domain::catalogue::Catalogue;
use vth_competenties::domain::dates::{utc_date, Date};
use vth_competenties::domain::evaluation::*;
use vth_competenties::domain::report::column_widths::{column_widths, text_em};
use vth_competenties::domain::report::document::PORTRAIT_ACTIONS;
use vth_competenties::domain::report::*;

const DAY: Date = Date {
    year: 2025,
    month: 12,
    day: 31,
};

fn text_of(blocks: &[Block]) -> String {
    markdown(blocks)
}

fn report_text(ev: &Evaluation, variant: ReportVariant, names: bool) -> String {
    let r = build(
        ev,
        Catalogue::current(),
        DAY,
        ReportOptions::new(variant, names),
    );
    text_of(&document(&r))
}

#[test]
fn names_of_people_are_only_in_the_full_report_and_only_when_asked_for() {
    let ev = with_names();
    let people = [
        "NAAM-contact",
        "NAAM-deelnemers-profiel",
        "NAAM-scoreformulier",
        "NAAM-deelnemers-toetsing",
        "NAAM-auteur-reactie",
    ];
    let full_named = report_text(&ev, ReportVariant::Full, true);
    for name in people {
        assert!(
            full_named.contains(name),
            "full report with names lacks {name}"
        );
    }
    for (variant, names) in [
        (ReportVariant::Full, false),
        (ReportVariant::Summary, false),
        (ReportVariant::Summary, true),
        (ReportVariant::PeerReview, false),
        (ReportVariant::PeerReview, true),
    ] {
        let text = report_text(&ev, variant, names);
        for name in people {
            assert!(
                !text.contains(name),
                "{variant:?} (names {names}) shows {name}"
            );
        }
    }
    // Without names the separate scores stay, numbered; the peer is its organisation.
    let full = report_text(&ev, ReportVariant::Full, false);
    assert!(
        full.contains("| Deelnemer 1 | 1 onvoldoende | Streng |"),
        "{full}"
    );
    assert!(full.contains("- **RUD Utrecht:** Valt op"), "{full}");
    assert!(
        full.contains("NAAM-onderbouwing"),
        "the rationale is internal"
    );
}

#[test]
fn the_summary_has_scores_short_toelichtingen_conclusions_and_actions_only() {
    let mut ev = with_names();
    let long = "Dit is een lange toelichting. ".repeat(30);
    ev.assessment_mut("casemanager").explanation = format!("{long}\n\nTweede alinea.");
    let jur = ev.assessment_mut("specialistisch-adviseur");
    jur.not_applicable = true;
    jur.not_applicable_reason = "Ingehuurd bij de provincie".into();
    let r = build(
        &ev,
        Catalogue::current(),
        DAY,
        ReportOptions::new(ReportVariant::Summary, true),
    );
    assert!(!r.profiles[0].explanation_shortened || r.profiles[0].explanation.len() < long.len());
    assert!(r.profiles[0].explanation.chars().count() <= SUMMARY_EXPLANATION_CHARS + 2);
    assert!(r.profiles[0].explanation.ends_with(" …"));
    assert!(r.profiles.iter().all(|p| p.notes.is_empty()
        && p.assessors.is_empty()
        && p.spread.is_none()
        && p.consensus_note.is_empty()));
    let text = text_of(&document(&r));
    assert!(text.starts_with("# Samenvatting voor MT of bestuur: Omgevingsdienst Noord\n"));
    assert!(text.contains("(ingekort)"));
    assert!(!text.contains("Tweede alinea"));
    assert!(text.contains("Niet van toepassing, omdat: Ingehuurd bij de provincie"));
    assert!(!text.contains("Twaalf casemanagers"), "no hulpvraag notes");
    assert!(!text.contains("Stap 1: Zelfevaluatie"));
    assert!(text.contains("We staan er redelijk voor"));
    assert!(
        text.contains("Collegiale toetsing gedaan: ja. Met: ODZ, RUD Utrecht. Datum: 01-06-2025.")
    );
    // The action plan, with everything its reader needs.
    // (compact: the origin under the profile, the status under the date)
    assert!(text.contains("| Juridisch adviseur<br>Stap 2 | Training bestuurlijke sensitiviteit | 80% van de juristen getraind | NAAM-eigenaar | € 10.000, 2 dagdelen | 30-06-2026<br>Bezig |"), "{text}");
}

#[test]
fn the_overview_for_peers_is_what_the_package_holds() {
    let ev = with_names();
    let r = build(
        &ev,
        Catalogue::current(),
        DAY,
        ReportOptions::new(ReportVariant::PeerReview, true),
    );
    assert!(r.actions.is_empty() && r.conclusions.is_empty());
    assert!(r.profiles.iter().all(|p| p.consensus_note.is_empty()));
    let text = text_of(&document(&r));
    assert!(!text.contains("NAAM-onderbouwing"));
    assert!(
        text.contains("Twaalf casemanagers"),
        "hulpvraag notes go to the peers"
    );
    assert!(
        text.contains("Hoe werken jullie samen?"),
        "the own questions are asked"
    );
    assert!(!text.contains("Goed"), "the own answers are not sent");
    assert!(!text.contains("Actieplan"));
    assert!(!ReportFormat::Spreadsheet.available(ReportVariant::PeerReview));
}

#[test]
fn dates_and_statuses_never_wrap_and_wat_gets_the_room() {
    let mut ev = filled();
    ev.conclusions.actions[0].what = "Een training bestuurlijke sensitiviteit voor alle juristen, in twee dagdelen, met een terugkomdag na zes maanden".into();
    let r = build(&ev, Catalogue::current(), DAY, ReportOptions::default());
    let table = action_table(&r);
    for available in [60.0, 90.0] {
        let w = column_widths(&table, available);
        assert!((w.iter().sum::<f64>() - available).abs() < 1e-6);
        let at = |h: &str| table.columns.iter().position(|c| c.header == h).unwrap();
        assert!(w[at("Klaar op")] >= text_em("30-06-2026"));
        assert!(w[at("Status")] >= text_em("Status") * 1.1);
        assert!(
            w[at("Succescriterium")] >= text_em("Succescriterium") * 1.1,
            "header never breaks"
        );
        assert!(w[at("Profiel")] >= text_em("Juridisch"));
        let widest = w.iter().cloned().fold(0.0, f64::max);
        assert_eq!(widest, w[at("Wat")], "{w:?}");
    }
}

fn unzip(bytes: &[u8]) -> zip::ZipArchive<std::io::Cursor<Vec<u8>>> {
    zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a valid zip")
}

fn part(archive: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> String {
    let mut out = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("missing {name}"))
        .read_to_string(&mut out)
        .unwrap();
    out
}

#[test]
fn the_spreadsheet_has_scores_and_actions_with_real_dates_and_no_formulas() {
    let mut ev = with_names();
    ev.conclusions.actions[0].what = "=HYPERLINK(\"http://x\")".into();
    ev.conclusions.actions.push(ActionItem {
        id: "b".into(),
        deadline: "voor de zomer".into(),
        ..Default::default()
    });
    let r = build(&ev, Catalogue::current(), DAY, ReportOptions::default());
    let mut z = unzip(&ReportFormat::Spreadsheet.render(&r));
    let workbook = part(&mut z, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Scores\"") && workbook.contains("name=\"Actieplan\""));
    let scores = part(&mut z, "xl/worksheets/sheet1.xml");
    assert!(
        scores.contains(">Laagste losse score<"),
        "spread when separate scores exist"
    );
    assert!(
        scores.contains("<c r=\"B2\" s=\"3\"><v>3</v></c>"),
        "the score is a number"
    );
    let actions = part(&mut z, "xl/worksheets/sheet2.xml");
    assert!(actions.contains(">Uiterlijk klaar op<"));
    assert!(
        actions.contains("<c r=\"G2\" s=\"2\"><v>46203</v></c>"),
        "30-06-2026 as a date"
    );
    assert!(
        actions.contains(">voor de zomer<"),
        "not a date: kept as text"
    );
    assert!(actions.contains(
        "t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK(&quot;http://x&quot;)</t>"
    ));
    assert!(!actions.contains("<f>"), "never a formula");
    assert!(
        actions.contains("<col min=\"3\" max=\"3\" width="),
        "columns sized"
    );
    let styles = part(&mut z, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"dd\\-mm\\-yyyy\""));
    // Without separate scores there are no spread columns.
    let plain = build(
        &filled(),
        Catalogue::current(),
        DAY,
        ReportOptions::default(),
    );
    let mut z = unzip(&ReportFormat::Spreadsheet.render(&plain));
    assert!(!part(&mut z, "xl/worksheets/sheet1.xml").contains("Laagste"));
}

#[test]
fn the_opendocument_text_has_its_mimetype_first_headings_and_a_landscape_action_plan() {
    let mut ev = with_names();
    // More actions than fit on the portrait page: the plan gets landscape pages.
    while ev.conclusions.actions.len() <= PORTRAIT_ACTIONS {
        let mut more = ev.conclusions.actions[0].clone();
        more.id = format!("meer-{}", ev.conclusions.actions.len());
        ev.conclusions.actions.push(more);
    }
    let r = build(&ev, Catalogue::current(), DAY, ReportOptions::default());
    let bytes = ReportFormat::OpenDocument.render(&r);
    assert_eq!(&bytes[30..38], b"mimetype", "first entry");
    let mut z = unzip(&bytes);
    assert_eq!(
        part(&mut z, "mimetype"),
        "application/vnd.oasis.opendocument.text"
    );
    let content = part(&mut z, "content.xml");
    assert_eq!(content.matches("text:outline-level=\"1\"").count(), 5);
    assert!(content.contains(
        "<text:h text:style-name=\"Liggend1\" text:outline-level=\"1\">Actieplan</text:h>"
    ));
    assert!(content.contains("style:master-page-name=\"Liggend\""));
    assert!(content.contains("Training bestuurlijke sensitiviteit"));
    let styles = part(&mut z, "styles.xml");
    assert!(styles.contains("style:print-orientation=\"landscape\""));
    part(&mut z, "META-INF/manifest.xml");
}

#[test]
fn days_since_1970_is_the_inverse_of_utc_date() {
    for days in (-800_000..800_000).step_by(997) {
        let date = utc_date(days * 86_400_000);
        assert_eq!(date.days_since_1970(), days, "{date:?}");
    }
}

#[test]
fn shortening_keeps_whole_words_and_the_first_paragraph() {
    assert_eq!(shorten("Kort.", 20), ("Kort.".to_string(), false));
    assert_eq!(
        shorten("Eerste.\n\nTweede.", 20),
        ("Eerste.".to_string(), true)
    );
    assert_eq!(
        shorten("een twee drie vier", 10),
        ("een twee …".to_string(), true)
    );
}

#[test]
fn the_exporter_worker_makes_exactly_the_file_the_page_would() {
    // The job travels as JSON text to the worker; what it makes equals rendering the report
    // built here, for every format, audience and name choice.
    let ev = with_names();
    for format in ReportFormat::ALL {
        for variant in ReportVariant::ALL {
            for names in [false, true] {
                let options = ReportOptions::new(variant, names);
                let sent = ExportJob::new(format, options, DAY, &ev).to_json();
                let made = ExportJob::from_json(&sent)
                    .and_then(|job| job.run())
                    .unwrap();
                let here = format.render(&build(&ev, Catalogue::current(), DAY, options));
                assert_eq!(made, here, "{format:?} {variant:?} names={names}");
            }
        }
    }
}

#[test]
fn a_job_the_exporter_cannot_read_gets_a_dutch_message() {
    let ev = filled();
    let job = ExportJob::new(ReportFormat::Word, ReportOptions::default(), DAY, &ev);
    let mut unknown = job.clone();
    unknown.format = "pdf".into();
    assert_eq!(unknown.run(), Err(ExportError::Unknown("pdf".into())));
    let Err(ExportError::Unreadable(_)) = ExportJob::from_json("{\"format\":") else {
        panic!("a broken job is unreadable");
    };
    let mut broken = job;
    broken.evaluation = "geen evaluatie".into();
    let Err(error @ ExportError::Unreadable(_)) = broken.run() else {
        panic!("an unreadable evaluation is reported");
    };
    assert!(error
        .to_string()
        .starts_with("Het bestand kon niet worden gemaakt"));
    for format in ReportFormat::ALL {
        assert_eq!(ReportFormat::parse(format.value()), Some(format));
    }
}

/// A short action plan on a landscape page of its own left a nearly empty portrait page
/// before it: it stays on portrait pages, right after the conclusions.
#[test]
fn a_short_action_plan_stays_on_portrait_pages() {
    let ev = with_names();
    assert!(ev.conclusions.actions.len() <= PORTRAIT_ACTIONS);
    let r = build(&ev, Catalogue::current(), DAY, ReportOptions::default());
    let mut z = unzip(&ReportFormat::Word.render(&r));
    let document = part(&mut z, "word/document.xml");
    assert_eq!(document.matches("<w:sectPr>").count(), 1, "one section");
    assert!(!document.contains("w:orient=\"landscape\""));
    assert!(document.contains("Training bestuurlijke sensitiviteit"));
    let mut z = unzip(&ReportFormat::OpenDocument.render(&r));
    assert!(!part(&mut z, "content.xml").contains("style:master-page-name=\"Liggend\""));
}

#[test]
fn the_opendocument_text_keeps_runs_of_spaces() {
    let mut ev = filled();
    ev.assessment_mut("casemanager").explanation = "  ingesprongen\nA  B   C".into();
    let r = build(&ev, Catalogue::current(), DAY, ReportOptions::default());
    let mut z = unzip(&ReportFormat::OpenDocument.render(&r));
    let content = part(&mut z, "content.xml");
    // A reader collapses spaces in XML text and drops them at the start of a line: every one
    // beyond the first of a run is a <text:s/>, and so is a run at the start.
    assert!(
        content.contains(r#"<text:s text:c="2"/>ingesprongen<text:line-break/>A <text:s/>B <text:s text:c="2"/>C"#),
        "{content}"
    );
}
