//! The report as an OpenDocument text (.odt, ODF 1.3), the open standard many Dutch
//! governments accept: the same blocks as the Word file, headings with outline levels, tables
//! whose columns fit their content, and a landscape page for the action plan.

use super::column_widths::column_fractions;
use super::document::{lead, scores_table, Block, Table};
use super::xml::{
    escape, text_width_pt, A4_LONG_PT, A4_SHORT_PT, BODY_PT, CELL_PADDING_PT, MARGIN_PT,
    SMALL_TABLE_PT, TABLE_PT,
};
use crate::domain::zip;

const NAMESPACES: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" \
xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";

/// Text with its line breaks, tabs and runs of spaces as ODF elements (a reader collapses
/// spaces in XML text to one, and drops them at the start of a paragraph).
fn text(t: &str) -> String {
    t.lines()
        .map(|line| spaces(&escape(line).replace('\t', "<text:tab/>")))
        .collect::<Vec<_>>()
        .join("<text:line-break/>")
}

/// Every space kept: one plain space, the rest of a run (or a run at the start) as `<text:s/>`.
fn spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut run = 0;
    let flush = |out: &mut String, run: usize| {
        let plain = usize::from(!out.is_empty() && run > 0);
        if plain == 1 {
            out.push(' ');
        }
        match run - plain {
            0 => {}
            1 => out.push_str("<text:s/>"),
            n => out.push_str(&format!("<text:s text:c=\"{n}\"/>")),
        }
    };
    for c in line.chars() {
        if c == ' ' {
            run += 1;
        } else {
            if run > 0 {
                flush(&mut out, run);
                run = 0;
            }
            out.push(c);
        }
    }
    if run > 0 {
        flush(&mut out, run);
    }
    out
}

fn para(style: &str, t: &str) -> String {
    format!("<text:p text:style-name=\"{style}\">{}</text:p>", text(t))
}

fn labelled(label: &str, t: &str) -> String {
    format!(
        "<text:p text:style-name=\"Standard\"><text:span text:style-name=\"Strong\">{}</text:span>{}</text:p>",
        escape(&lead(label)),
        text(t)
    )
}

struct Writer {
    body: String,
    automatic: String,
    tables: usize,
    landscape: bool,
    /// The next paragraph starts the landscape pages.
    start_landscape: bool,
}

impl Writer {
    fn table(&mut self, t: &Table) {
        self.tables += 1;
        let name = format!("Tabel{}", self.tables);
        let width = text_width_pt(self.landscape);
        let font = if t.small { SMALL_TABLE_PT } else { TABLE_PT };
        let fractions = column_fractions(t, width, font, CELL_PADDING_PT);
        let (contents, heading) = if t.small {
            ("Tabel_20_klein", "Tabelkop_20_klein")
        } else {
            ("Table_20_Contents", "Table_20_Heading")
        };
        self.automatic += &format!(
            "<style:style style:name=\"{name}\" style:family=\"table\"><style:table-properties \
             style:width=\"{width:.1}pt\" table:align=\"left\" fo:margin-bottom=\"6pt\"/></style:style>"
        );
        let mut columns = String::new();
        for (i, f) in fractions.iter().enumerate() {
            let column = format!("{name}.C{i}");
            self.automatic += &format!(
                "<style:style style:name=\"{column}\" style:family=\"table-column\">\
                 <style:table-column-properties style:column-width=\"{:.1}pt\"/></style:style>",
                f * width
            );
            columns += &format!("<table:table-column table:style-name=\"{column}\"/>");
        }
        let cell = |style: &str, t: &str| {
            format!(
                "<table:table-cell table:style-name=\"Cel\" office:value-type=\"string\">{}</table:table-cell>",
                para(style, t)
            )
        };
        let mut out = format!(
            "<table:table table:name=\"{name}\" table:style-name=\"{name}\">\
             <table:title>{}</table:title>{columns}<table:table-header-rows><table:table-row>",
            escape(&t.caption)
        );
        for c in &t.columns {
            out += &cell(heading, c.header);
        }
        out += "</table:table-row></table:table-header-rows>";
        for row in &t.rows {
            out += "<table:table-row>";
            for value in row {
                out += &cell(contents, value);
            }
            out += "</table:table-row>";
        }
        out += "</table:table>";
        self.body += &out;
    }

    fn heading(&mut self, level: u8, t: &str) {
        let style = if std::mem::take(&mut self.start_landscape) {
            format!("Liggend{level}")
        } else {
            format!("Heading_20_{level}")
        };
        if style.starts_with("Liggend") {
            self.automatic += &format!(
                "<style:style style:name=\"{style}\" style:family=\"paragraph\" \
                 style:parent-style-name=\"Heading_20_{level}\" style:master-page-name=\"Liggend\"/>"
            );
        }
        self.body += &format!(
            "<text:h text:style-name=\"{style}\" text:outline-level=\"{level}\">{}</text:h>",
            text(t)
        );
    }
}

fn content_xml(blocks: &[Block]) -> String {
    let mut w = Writer {
        body: String::new(),
        automatic: String::new(),
        tables: 0,
        landscape: false,
        start_landscape: false,
    };
    for block in blocks {
        match block {
            Block::Title(t) => w.body += &para("Title", t),
            Block::Heading { level, text, .. } => w.heading(*level, text),
            Block::Paragraph(t) => w.body += &para("Standard", t),
            Block::Labelled { label, text } => w.body += &labelled(label, text),
            Block::Facts(facts) => {
                for (label, value) in facts {
                    w.body += &labelled(label, value);
                }
            }
            Block::List(items) => {
                w.body += "<text:list text:style-name=\"Opsomming\">";
                for (lead, t) in items {
                    let lead = if lead.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "<text:span text:style-name=\"Strong\">{}: </text:span>",
                            escape(lead)
                        )
                    };
                    w.body += &format!(
                        "<text:list-item><text:p text:style-name=\"List\">{lead}{}</text:p></text:list-item>",
                        text(t)
                    );
                }
                w.body += "</text:list>";
            }
            Block::Scores(rows) => w.table(&scores_table(rows)),
            Block::Table(t) => w.table(t),
            Block::Landscape => {
                if !w.landscape {
                    w.landscape = true;
                    w.start_landscape = true;
                }
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content {NAMESPACES}><office:automatic-styles>\
<style:style style:name=\"Cel\" style:family=\"table-cell\"><style:table-cell-properties \
fo:padding-left=\"{CELL_PADDING_PT}pt\" fo:padding-right=\"{CELL_PADDING_PT}pt\" fo:padding-top=\"1pt\" \
fo:padding-bottom=\"1pt\" fo:border=\"0.5pt solid #808080\"/></style:style>{}\
</office:automatic-styles><office:body><office:text>{}</office:text></office:body></office:document-content>",
        w.automatic, w.body
    )
}

fn paragraph_style(
    name: &str,
    display: &str,
    parent: &str,
    props: &str,
    text_props: &str,
) -> String {
    format!(
        "<style:style style:name=\"{name}\" style:display-name=\"{display}\" style:family=\"paragraph\" \
         style:parent-style-name=\"{parent}\"><style:paragraph-properties {props}/>\
         <style:text-properties {text_props}/></style:style>"
    )
}

fn heading_style(level: u8, size: f64) -> String {
    format!(
        "<style:style style:name=\"Heading_20_{level}\" style:display-name=\"Heading {level}\" \
         style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"Standard\" \
         style:default-outline-level=\"{level}\"><style:paragraph-properties fo:margin-top=\"12pt\" \
         fo:margin-bottom=\"6pt\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"{size}pt\" \
         fo:font-weight=\"bold\"/></style:style>"
    )
}

fn page_layout(name: &str, landscape: bool) -> String {
    let (w, h) = if landscape {
        (A4_LONG_PT, A4_SHORT_PT)
    } else {
        (A4_SHORT_PT, A4_LONG_PT)
    };
    let orientation = if landscape { "landscape" } else { "portrait" };
    format!(
        "<style:page-layout style:name=\"{name}\"><style:page-layout-properties fo:page-width=\"{w}pt\" \
         fo:page-height=\"{h}pt\" style:print-orientation=\"{orientation}\" fo:margin-top=\"{MARGIN_PT}pt\" \
         fo:margin-bottom=\"{MARGIN_PT}pt\" fo:margin-left=\"{MARGIN_PT}pt\" fo:margin-right=\"{MARGIN_PT}pt\"/>\
         </style:page-layout>"
    )
}

fn styles_xml() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-styles {NAMESPACES}>\
<office:font-face-decls><style:font-face style:name=\"Arial\" svg:font-family=\"Arial\" \
style:font-family-generic=\"swiss\"/></office:font-face-decls>\
<office:styles>\
<style:default-style style:family=\"paragraph\"><style:text-properties style:font-name=\"Arial\" \
fo:font-size=\"{BODY_PT}pt\" fo:language=\"nl\" fo:country=\"NL\"/></style:default-style>\
{}{}{}{}{}{}{}{}{}{}\
<style:style style:name=\"Strong\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\
<text:list-style style:name=\"Opsomming\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">\
<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">\
<style:list-level-label-alignment text:label-followed-by=\"listtab\" fo:text-indent=\"-10pt\" \
fo:margin-left=\"14pt\"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>\
</office:styles>\
<office:automatic-styles>{}{}</office:automatic-styles>\
<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"Staand\"/>\
<style:master-page style:name=\"Liggend\" style:page-layout-name=\"LiggendA4\"/></office:master-styles>\
</office:document-styles>",
        paragraph_style("Standard", "Standard", "", "fo:margin-bottom=\"6pt\"", ""),
        paragraph_style("Title", "Title", "Standard", "fo:margin-bottom=\"12pt\"", "fo:font-size=\"18pt\" fo:font-weight=\"bold\""),
        heading_style(1, 14.0),
        heading_style(2, 12.0),
        heading_style(3, 10.5),
        paragraph_style("Table_20_Contents", "Table Contents", "Standard", "fo:margin-top=\"1pt\" fo:margin-bottom=\"1pt\"", &format!("fo:font-size=\"{TABLE_PT}pt\"")),
        paragraph_style("Table_20_Heading", "Table Heading", "Table_20_Contents", "", "fo:font-weight=\"bold\""),
        paragraph_style("Tabel_20_klein", "Tabel klein", "Table_20_Contents", "", &format!("fo:font-size=\"{SMALL_TABLE_PT}pt\"")),
        paragraph_style("Tabelkop_20_klein", "Tabelkop klein", "Tabel_20_klein", "", "fo:font-weight=\"bold\""),
        paragraph_style("List", "List", "Standard", "fo:margin-bottom=\"3pt\"", ""),
        page_layout("Staand", false),
        page_layout("LiggendA4", true),
    )
}

const MANIFEST: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\
<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";

fn meta_xml(blocks: &[Block]) -> String {
    let title = blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or_default();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta {NAMESPACES}><office:meta>\
         <dc:title>{}</dc:title><dc:language>nl-NL</dc:language>\
         <meta:generator>Inzicht in competentieprofielen VTH</meta:generator></office:meta></office:document-meta>",
        escape(title)
    )
}

/// The report's blocks as the bytes of an .odt file. The `mimetype` entry comes first and is
/// stored uncompressed, as ODF requires.
pub fn report_odt(blocks: &[Block]) -> Vec<u8> {
    let content = content_xml(blocks);
    let styles = styles_xml();
    let meta = meta_xml(blocks);
    zip::store(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", MANIFEST.as_bytes()),
        ("content.xml", content.as_bytes()),
        ("styles.xml", styles.as_bytes()),
        ("meta.xml", meta.as_bytes()),
    ])
}
