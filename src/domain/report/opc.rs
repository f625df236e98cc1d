//! The packaging that the Word file and the spreadsheet share (Open Packaging Conventions):
//! the list of content types and the relationships between the parts.

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

/// `[Content_Types].xml`: the defaults for `.rels` and `.xml`, and one override per part
/// (part name, content type).
pub fn content_types(overrides: &[(&str, &str)]) -> String {
    let parts: String = overrides
        .iter()
        .map(|(part, kind)| format!("<Override PartName=\"{part}\" ContentType=\"{kind}\"/>"))
        .collect();
    format!(
        "{XML}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>{parts}</Types>"
    )
}

/// A `.rels` part: relationships (kind, target) numbered rId1, rId2, ...; the kind is the
/// last part of its type ("officeDocument", "styles", "worksheet").
pub fn relationships(list: &[(&str, &str)]) -> String {
    let items: String = list
        .iter()
        .enumerate()
        .map(|(i, (kind, target))| {
            format!(
                "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{target}\"/>",
                i + 1
            )
        })
        .collect();
    format!("{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{items}</Relationships>")
}
