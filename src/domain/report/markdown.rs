//! The report as Markdown, from its blocks.

use super::document::{lead, scores_table, Block};

/// A table cell: no pipes of its own, line breaks as `<br>` (GitHub-flavoured tables keep a
/// row on one line).
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace("\r\n", "\n")
        .replace(['\r', '\n'], "<br>")
}

fn table(md: &mut String, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
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
            Block::Title(text) => md += &format!("# {text}\n\n"),
            Block::Heading { level, text, .. } => {
                md += &format!("{} {text}\n\n", "#".repeat(usize::from(*level) + 1));
            }
            Block::Paragraph(text) => md += &format!("{}\n\n", text.trim_end()),
            Block::Labelled { label, text } => {
                md += &format!("**{}** {}\n\n", lead(label).trim_end(), text.trim_end());
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    md += &format!("- {label}: {}\n", cell(value));
                }
                md.push('\n');
            }
            Block::List(items) => {
                for (lead, text) in items {
                    if lead.is_empty() {
                        md += &format!("- {}\n", cell(text));
                    } else {
                        md += &format!("- **{lead}:** {}\n", cell(text));
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
