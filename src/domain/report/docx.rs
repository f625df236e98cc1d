//! The report as a Word document (.docx, Office Open XML) with real headings (so the
//! navigation pane and a table of contents work) and tables whose columns fit their content.
//! The action plan gets a landscape page. Opens in Word and LibreOffice.

use super::column_widths::column_fractions;
use super::document::{lead, scores_table, Block, Column, Fit, Table};
use super::opc::{content_types, relationships};
use super::xml::{
    escape, text_width_pt, BODY_PT, CELL_PADDING_PT, MARGIN_PT, SMALL_TABLE_PT, TABLE_PT,
};
use crate::domain::zip;

/// Twentieths of a point, Word's unit.
fn twips(pt: f64) -> i64 {
    (pt * 20.0).round() as i64
}

fn runs(text: &str, bold: bool) -> String {
    let r_pr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    text.lines()
        .map(|line| {
            format!(
                "<w:r>{r_pr}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                escape(line)
            )
        })
        .collect::<Vec<_>>()
        .join("<w:r><w:br/></w:r>")
}

fn para(style: Option<&str>, text: &str) -> String {
    let p_pr = style.map_or_else(String::new, |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!("<w:p>{p_pr}{}</w:p>", runs(text, false))
}

fn labelled(label: &str, text: &str) -> String {
    format!(
        "<w:p>{}{}</w:p>",
        runs(&lead(label), true),
        runs(text, false)
    )
}

/// A paragraph that takes (almost) no room: Word needs one after a table.
const AFTER_TABLE: &str = "<w:p><w:pPr><w:pStyle w:val=\"AfterTable\"/></w:pPr></w:p>";

fn table(t: &Table, landscape: bool) -> String {
    let width = text_width_pt(landscape);
    let font = if t.small { SMALL_TABLE_PT } else { TABLE_PT };
    let fractions = column_fractions(t, width, font, CELL_PADDING_PT);
    let style = if t.small {
        "TableTextSmall"
    } else {
        "TableText"
    };
    let widths: Vec<i64> = fractions.iter().map(|f| twips(f * width)).collect();
    let cell = move |text: &str, column: &Column, w: i64, bold: bool| {
        let no_wrap = if column.fit == Fit::Short {
            "<w:noWrap/>"
        } else {
            ""
        };
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>{no_wrap}</w:tcPr>\
             <w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{}</w:p></w:tc>",
            runs(text, bold)
        )
    };
    let total: i64 = widths.iter().sum();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{total}\" w:type=\"dxa\"/>\
         <w:tblLayout w:type=\"fixed\"/><w:tblCaption w:val=\"{}\"/></w:tblPr><w:tblGrid>",
        escape(&t.caption)
    );
    for w in &widths {
        out += &format!("<w:gridCol w:w=\"{w}\"/>");
    }
    out += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    for (c, w) in t.columns.iter().zip(&widths) {
        out += &cell(c.header, c, *w, true);
    }
    out += "</w:tr>";
    for row in &t.rows {
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for ((text, c), w) in row.iter().zip(&t.columns).zip(&widths) {
            out += &cell(text, c, *w, false);
        }
        out += "</w:tr>";
    }
    out + "</w:tbl>" + AFTER_TABLE
}

fn section(landscape: bool) -> String {
    let (w, h, orient) = if landscape {
        (16838, 11906, " w:orient=\"landscape\"")
    } else {
        (11906, 16838, "")
    };
    let m = twips(MARGIN_PT);
    format!(
        "<w:sectPr><w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/><w:pgMar w:top=\"{m}\" w:right=\"{m}\" \
         w:bottom=\"{m}\" w:left=\"{m}\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"
    )
}

fn document_xml(blocks: &[Block]) -> String {
    let mut b = String::new();
    let mut landscape = false;
    for block in blocks {
        match block {
            Block::Title(text) => b += &para(Some("Title"), text),
            Block::Heading { level, text, .. } => {
                b += &para(Some(&format!("Heading{level}")), text);
            }
            Block::Paragraph(text) => b += &para(None, text),
            Block::Labelled { label, text } => b += &labelled(label, text),
            Block::Facts(facts) => {
                for (label, value) in facts {
                    b += &labelled(label, value);
                }
            }
            Block::List(items) => {
                for (lead, text) in items {
                    let lead = if lead.is_empty() {
                        String::new()
                    } else {
                        runs(&format!("{lead}: "), true)
                    };
                    b += &format!(
                        "<w:p><w:pPr><w:pStyle w:val=\"ListItem\"/></w:pPr>{}{lead}{}</w:p>",
                        runs("•\t", false),
                        runs(text, false)
                    );
                }
            }
            Block::Scores(rows) => b += &table(&scores_table(rows), landscape),
            Block::Table(t) => b += &table(t, landscape),
            Block::Landscape => {
                if !landscape {
                    // The section so far ends here, on portrait pages.
                    b += &format!("<w:p><w:pPr>{}</w:pPr></w:p>", section(false));
                    landscape = true;
                }
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{b}{}</w:body></w:document>",
        section(landscape)
    )
}

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
    let pad = twips(CELL_PADDING_PT);
    let table_size = (TABLE_PT * 2.0) as u8;
    let small_size = (SMALL_TABLE_PT * 2.0) as u8;
    let body_size = (BODY_PT * 2.0) as u8;
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:eastAsia=\"Arial\"/><w:sz w:val=\"{body_size}\"/><w:lang w:val=\"nl-NL\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>\
{}{}{}\
<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/></w:pPr><w:rPr><w:sz w:val=\"{table_size}\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"TableTextSmall\"><w:name w:val=\"Table Text Small\"/><w:basedOn w:val=\"TableText\"/><w:rPr><w:sz w:val=\"{small_size}\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"ListItem\"><w:name w:val=\"List Item\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"284\" w:hanging=\"284\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"AfterTable\"><w:name w:val=\"After Table\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblCellMar><w:left w:w=\"{pad}\" w:type=\"dxa\"/><w:right w:w=\"{pad}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr></w:style>\
</w:styles>",
        heading_style("Heading1", "heading 1", 0, 28),
        heading_style("Heading2", "heading 2", 1, 24),
        heading_style("Heading3", "heading 3", 2, 21),
    )
}

/// The report's blocks as the bytes of a .docx file.
pub fn report_docx(blocks: &[Block]) -> Vec<u8> {
    let document = document_xml(blocks);
    let styles = styles_xml();
    let types = content_types(&[
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
        (
            "/word/styles.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        ),
    ]);
    let rels = relationships(&[("officeDocument", "word/document.xml")]);
    let document_rels = relationships(&[("styles", "styles.xml")]);
    zip::store(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/_rels/document.xml.rels", document_rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ])
}
