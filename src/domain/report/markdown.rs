//! The report as Markdown, from its blocks.
//!
//! Every text is written as text: what users typed (a toelichting, a name, an action) can never
//! become markup in a Markdown viewer. `<`, `>` and Markdown's punctuation are escaped with a
//! backslash (CommonMark's escape, still readable as plain text), so is `&` where it would start
//! an entity, and a line that would start a heading, list, quote or rule starts with an escape.

use super::document::{lead, scores_table, Block};

/// One line of text, safe anywhere in a Markdown line.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, c) in line.char_indices() {
        let entity = c == '&' && starts_entity(&line[i + 1..]);
        if entity
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '<' | '>'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    // What makes a block at the start of a line: `#`, `+`, `-`, `=` (headings, lists, rules),
    // and a number followed by `.` or `)` (an ordered list). (`*` and `>` are escaped above.)
    let indent = out.len() - out.trim_start().len();
    let (space, rest) = out.split_at(indent);
    if rest.starts_with(['#', '+', '-', '=']) {
        return format!("{space}\\{rest}");
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && rest[digits..].starts_with(['.', ')']) {
        return format!("{space}{}\\{}", &rest[..digits], &rest[digits..]);
    }
    out
}

/// Whether the text after a `&` would make it an HTML entity (`&amp;`, `&#60;`, `&#x3C;`).
fn starts_entity(after: &str) -> bool {
    let name = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .count();
    name > 0 && after[name..].starts_with(';')
}

/// Text of one or more lines, each kept as text; line breaks stay.
fn text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .split(['\r', '\n'])
        .map(inline)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A table cell (or a list item): text on one line, line breaks as `<br>` (GitHub-flavoured
/// tables keep a row on one line).
fn cell(value: &str) -> String {
    text(value).replace('\n', "<br>")
}

fn table(md: &mut String, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let header: Vec<String> = header.iter().map(|h| cell(h)).collect();
    *md += &format!("| {} |\n", header.join(" | "));
    *md += &format!("|{}\n", " --- |".repeat(header.len()));
    for row in rows {
        *md += &format!(
            "| {} |\n",
            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        );
    }
    md.push('\n');
}

/// The report as Markdown: headings, paragraphs, lists and pipe tables.
pub fn markdown(blocks: &[Block]) -> String {
    let mut md = String::new();
    for block in blocks {
        match block {
            Block::Title(title) => md += &format!("# {}\n\n", cell(title)),
            Block::Heading {
                level, text: title, ..
            } => {
                md += &format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level) + 1),
                    cell(title)
                );
            }
            Block::Paragraph(body) => md += &format!("{}\n\n", text(body.trim_end())),
            Block::Labelled { label, text: body } => {
                md += &format!(
                    "**{}** {}\n\n",
                    cell(lead(label).trim_end()),
                    text(body.trim_end())
                );
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    md += &format!("- {}: {}\n", cell(label), cell(value));
                }
                md.push('\n');
            }
            Block::List(items) => {
                for (lead, text) in items {
                    if lead.is_empty() {
                        md += &format!("- {}\n", cell(text));
                    } else {
                        md += &format!("- **{}:** {}\n", cell(lead), cell(text));
                    }
                }
                md.push('\n');
            }
            Block::Scores(rows) => {
                let t = scores_table(rows);
                let header: Vec<&str> = t.columns.iter().map(|c| c.header).collect();
                table(&mut md, &header, t.rows.into_iter());
            }
            Block::Table(t) => {
                let header: Vec<&str> = t.columns.iter().map(|c| c.header).collect();
                table(&mut md, &header, t.rows.iter().cloned());
            }
            Block::Landscape => {}
        }
    }
    md
}
