//! Scores and action plan as a spreadsheet (.xlsx, Office Open XML) for Excel and LibreOffice
//! Calc: a sheet "Scores" and a sheet "Actieplan", Dutch headers, dates as real dates, columns
//! sized to their content, the header row frozen. Every text is an inline string, so nothing a
//! user typed is ever read as a formula.
//!
//! Written by hand on the ZIP writer the Word file uses: `rust_xlsxwriter` (with its `wasm`
//! feature) made the release wasm 516 KB larger (237 KB gzip), for two plain sheets.

use super::opc::{content_types, relationships};
use super::xml::escape;
use super::{ActionRow, Report, Sheet};
use crate::domain::zip;

/// Excel keeps at most this many characters in a cell.
const MAX_CELL_CHARS: usize = 32_767;
/// The widest a column gets, in characters; longer text wraps.
const MAX_WIDTH: usize = 60;

/// Styles in `styles.xml`.
const HEADER: u8 = 1;
const DATE: u8 = 2;
const WRAP: u8 = 3;

enum Cell {
    Text(String),
    Number(i64),
    /// Days since 1899-12-30, Excel's date serial, shown as dd-mm-jjjj.
    Date(i64),
    Empty,
}

fn column_name(mut i: usize) -> String {
    let mut name = String::new();
    loop {
        name.insert(0, (b'A' + (i % 26) as u8) as char);
        if i < 26 {
            return name;
        }
        i = i / 26 - 1;
    }
}

fn sheet_xml(headers: &[&str], rows: &[Vec<Cell>]) -> String {
    // Column widths from the content: the longest line, within limits.
    let widths: Vec<usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            rows.iter()
                .map(|r| match r.get(i) {
                    Some(Cell::Text(t)) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
                    Some(Cell::Number(n)) => n.to_string().len(),
                    Some(Cell::Date(_)) => 10,
                    _ => 0,
                })
                .chain([h.chars().count()])
                .max()
                .unwrap_or(0)
                .clamp(8, MAX_WIDTH)
                + 2
        })
        .collect();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>\
<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight=\"15\"/><cols>",
    );
    for (i, w) in widths.iter().enumerate() {
        out += &format!(
            "<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"/>",
            n = i + 1
        );
    }
    out += "</cols><sheetData>";
    let text = |r: &str, style: u8, t: &str| {
        let t: String = t.chars().take(MAX_CELL_CHARS).collect();
        format!(
            "<c r=\"{r}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            escape(&t)
        )
    };
    out += "<row r=\"1\">";
    for (i, h) in headers.iter().enumerate() {
        out += &text(&format!("{}1", column_name(i)), HEADER, h);
    }
    out += "</row>";
    for (n, row) in rows.iter().enumerate() {
        let r = n + 2;
        out += &format!("<row r=\"{r}\">");
        for (i, cell) in row.iter().enumerate() {
            let at = format!("{}{r}", column_name(i));
            out += &match cell {
                Cell::Text(t) if t.is_empty() => String::new(),
                Cell::Text(t) => text(&at, WRAP, t),
                Cell::Number(v) => format!("<c r=\"{at}\" s=\"{WRAP}\"><v>{v}</v></c>"),
                Cell::Date(d) => format!("<c r=\"{at}\" s=\"{DATE}\"><v>{d}</v></c>"),
                Cell::Empty => String::new(),
            };
        }
        out += "</row>";
    }
    out + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>\
<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
}

/// Days since 1970 to Excel's serial number (days since 1899-12-30).
const EXCEL_1970: i64 = 25_569;

fn scores_sheet(r: &Report) -> String {
    let with_spread = r.profiles.iter().any(|p| p.spread.is_some());
    let mut headers = vec![
        "Profiel",
        "Score",
        "Betekenis",
        "Niet van toepassing",
        "Reden niet van toepassing",
    ];
    if with_spread {
        headers.extend([
            "Laagste losse score",
            "Hoogste losse score",
            "Aantal losse scores",
        ]);
    }
    let rows: Vec<Vec<Cell>> = r
        .profiles
        .iter()
        .map(|p| {
            let mut row = vec![
                Cell::Text(p.name.clone()),
                p.score.map_or(Cell::Empty, |s| Cell::Number(i64::from(s))),
                Cell::Text(p.score_meaning.clone()),
                Cell::Text(if p.not_applicable { "ja" } else { "nee" }.into()),
                Cell::Text(p.not_applicable_reason.clone()),
            ];
            if with_spread {
                match p.spread {
                    Some(s) => row.extend([
                        Cell::Number(i64::from(s.min)),
                        Cell::Number(i64::from(s.max)),
                        Cell::Number(s.count as i64),
                    ]),
                    None => row.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
                }
            }
            row
        })
        .collect();
    sheet_xml(&headers, &rows)
}

fn actions_sheet(r: &Report) -> String {
    let rows: Vec<Vec<Cell>> = r
        .actions
        .iter()
        .map(|a| {
            vec![
                Cell::Text(a.profile.clone()),
                Cell::Text(a.origin.clone()),
                Cell::Text(a.what.clone()),
                Cell::Text(a.measure.clone()),
                Cell::Text(a.owner.clone()),
                Cell::Text(a.resources.clone()),
                a.deadline_date.map_or_else(
                    || Cell::Text(a.deadline.clone()),
                    |d| Cell::Date(d.days_since_1970() + EXCEL_1970),
                ),
                Cell::Text(a.status.clone()),
                Cell::Text(if a.carried_over { "ja" } else { "nee" }.into()),
            ]
        })
        .collect();
    sheet_xml(&ActionRow::HEADERS, &rows)
}

/// The workbook part: the sheets by name, each with its header row repeated when printed.
fn workbook_xml(names: &[&str]) -> String {
    let sheets: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                "<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>",
                escape(n),
                i + 1,
                i + 1
            )
        })
        .collect();
    let titles: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}!$1:$1</definedName>", escape(n)))
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
<sheets>{sheets}</sheets><definedNames>{titles}</definedNames></workbook>")
}

/// Styles: 0 plain, 1 bold header, 2 date dd-mm-jjjj, 3 wrapped text at the top of the cell.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/></numFmts>\
<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Arial\"/></font><font><b/><sz val=\"11\"/><name val=\"Arial\"/></font></fonts>\
<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\
<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>\
<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>\
<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>\
<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
</styleSheet>";

/// Scores and action plan as the bytes of an .xlsx file.
pub fn report_xlsx(report: &Report) -> Vec<u8> {
    workbook(&[
        ("Scores", scores_sheet(report)),
        ("Actieplan", actions_sheet(report)),
    ])
}

/// Sheets of plain rows as an .xlsx file: whole numbers become numbers, the rest text (never a
/// formula). For the network overview's counts.
pub fn rows_xlsx(sheets: &[Sheet]) -> Vec<u8> {
    let sheets: Vec<(&str, String)> = sheets
        .iter()
        .map(
            |Sheet {
                 name,
                 headers,
                 rows,
             }| {
                let rows: Vec<Vec<Cell>> = rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|t| match t.parse::<i64>() {
                                Ok(n) if !t.starts_with(['+', '-']) => Cell::Number(n),
                                _ => Cell::Text(t.clone()),
                            })
                            .collect()
                    })
                    .collect();
                (*name, sheet_xml(headers, &rows))
            },
        )
        .collect();
    workbook(&sheets)
}

fn workbook(sheets: &[(&str, String)]) -> Vec<u8> {
    let sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    let paths: Vec<String> = (1..=sheets.len())
        .map(|i| format!("worksheets/sheet{i}.xml"))
        .collect();
    let absolute: Vec<String> = paths.iter().map(|p| format!("/xl/{p}")).collect();
    let mut types: Vec<(&str, &str)> = vec![(
        "/xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    )];
    types.extend(absolute.iter().map(|p| (p.as_str(), sheet)));
    types.push((
        "/xl/styles.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
    ));
    let types = content_types(&types);
    let rels = relationships(&[("officeDocument", "xl/workbook.xml")]);
    let mut parts: Vec<(&str, &str)> = paths.iter().map(|p| ("worksheet", p.as_str())).collect();
    parts.push(("styles", "styles.xml"));
    let workbook_rels = relationships(&parts);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| *n).collect();
    let workbook = workbook_xml(&names);
    let inner: Vec<String> = paths.iter().map(|p| format!("xl/{p}")).collect();
    let mut files: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
    ];
    files.extend(
        inner
            .iter()
            .zip(sheets)
            .map(|(p, (_, xml))| (p.as_str(), xml.as_bytes())),
    );
    zip::store(&files)
}
