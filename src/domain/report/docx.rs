//! The report as a Word document (.docx, Office Open XML) with real headings (so the
//! navigation pane and a table of contents work) and tables. Opens in Word and LibreOffice.

use super::report::Report;
use super::zip;

/// Text safe inside XML: escaped, and characters XML 1.0 forbids are dropped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

fn runs(text: &str) -> String {
    text.lines()
        .map(|line| format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", xml(line)))
        .collect::<Vec<_>>()
        .join("<w:r><w:br/></w:r>")
}

fn para(style: Option<&str>, text: &str) -> String {
    let p_pr = style.map_or_else(String::new, |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!("<w:p>{p_pr}{}</w:p>", runs(text))
}

fn bold_para(label: &str, text: &str) -> String {
    format!(
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>{}</w:p>",
        xml(label),
        runs(text)
    )
}

fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let width = 9638 / header.len().max(1);
    let cell = |text: &str, bold: bool| {
        let r_pr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
        let body = text
            .lines()
            .map(|l| {
                format!(
                    "<w:r>{r_pr}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                    xml(l)
                )
            })
            .collect::<Vec<_>>()
            .join("<w:r><w:br/></w:r>");
        format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p>{body}</w:p></w:tc>")
    };
    let mut out = String::from("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>");
    out += &format!("<w:gridCol w:w=\"{width}\"/>").repeat(header.len());
    out += "</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>";
    out += &header.iter().map(|h| cell(h, true)).collect::<String>();
    out += "</w:tr>";
    for row in rows {
        out += "<w:tr>";
        out += &row.iter().map(|c| cell(c, false)).collect::<String>();
        out += "</w:tr>";
    }
    out + "</w:tbl><w:p/>"
}

fn document_xml(r: &Report) -> String {
    let mut b = para(
        Some("Title"),
        &format!("Inzicht in competentieprofielen VTH: {}", r.organisation),
    );
    for (label, value) in [
        ("Periode: ", &r.period),
        ("Contactpersoon: ", &r.contact),
        ("Startdatum: ", &r.start_date),
        ("Profielen: ", &r.catalogue),
        ("Gemaakt op: ", &r.made_on),
    ] {
        b += &bold_para(label, value);
    }
    b += &para(Some("Heading1"), "Scores");
    b += &table(
        &["Profiel", "Score"],
        &r.profiles
            .iter()
            .map(|p| vec![p.name.clone(), p.score_label.clone()])
            .collect::<Vec<_>>(),
    );
    b += &para(Some("Heading1"), "Stap 1: Zelfevaluatie");
    for p in &r.profiles {
        b += &para(Some("Heading2"), &p.name);
        b += &bold_para("Score: ", &p.score_label);
        for (label, value) in &p.facts {
            b += &bold_para(&format!("{label}: "), value);
        }
        if let Some(s) = p.spread {
            b += &para(
                None,
                &format!(
                    "Losse scores: van {} tot {} ({} scores).",
                    s.min, s.max, s.count
                ),
            );
            b += &table(
                &["Deelnemer", "Score", "Toelichting"],
                &p.assessors
                    .iter()
                    .map(|(n, s, t)| vec![n.clone(), s.clone(), t.clone()])
                    .collect::<Vec<_>>(),
            );
        }
        if !p.consensus_note.is_empty() {
            b += &bold_para("Onderbouwing vastgestelde score: ", &p.consensus_note);
        }
        if !p.explanation.is_empty() {
            b += &bold_para("Toelichting: ", &p.explanation);
        }
        for (q, n) in &p.notes {
            b += &para(Some("Heading3"), q);
            b += &para(None, n);
        }
    }
    b += &para(Some("Heading1"), "Stap 2: Collegiale toetsing");
    b += &bold_para("Gedaan: ", &r.peer.done);
    if !r.peer.peers.is_empty() {
        b += &bold_para("Collega-organisaties: ", &r.peer.peers);
    }
    for q in &r.peer.questions {
        b += &para(Some("Heading3"), &q.text);
        if !q.own_note.is_empty() {
            b += &para(None, &q.own_note);
        }
        for (who, t) in &q.replies {
            b += &bold_para(&format!("{who}: "), t);
        }
    }
    b += &para(Some("Heading1"), "Stap 3: Conclusies");
    for (q, a) in &r.conclusions {
        b += &para(Some("Heading3"), q);
        b += &para(None, a);
    }
    b += &para(Some("Heading1"), "Actieplan");
    let rows: Vec<Vec<String>> = r
        .actions
        .iter()
        .map(|a| {
            vec![
                a.profile.clone(),
                a.origin.clone(),
                a.what.clone(),
                a.measure.clone(),
                a.owner.clone(),
                a.deadline.clone(),
                a.status.clone(),
            ]
        })
        .collect();
    b += &table(
        &[
            "Profiel",
            "Herkomst",
            "Wat",
            "Succescriterium",
            "Eigenaar",
            "Klaar op",
            "Status",
        ],
        &rows,
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{b}\
<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>\
</w:body></w:document>"
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

fn heading_style(id: &str, name: &str, level: u8, size: u8) -> String {
    format!("<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{level}\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"{size}\"/></w:rPr></w:style>")
}

fn styles_xml() -> String {
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>")
    };
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:lang w:val=\"nl-NL\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"40\"/></w:rPr></w:style>\
{}{}{}\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr></w:style>\
</w:styles>",
        heading_style("Heading1", "heading 1", 0, 32),
        heading_style("Heading2", "heading 2", 1, 28),
        heading_style("Heading3", "heading 3", 2, 24),
    )
}

/// The report as the bytes of a .docx file.
pub fn report_docx(report: &Report) -> Vec<u8> {
    let document = document_xml(report);
    let styles = styles_xml();
    zip::store(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ])
}
