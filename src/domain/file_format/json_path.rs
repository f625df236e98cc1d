//! Reads a document into its Rust type and, when that fails, says at which field: the path a
//! [`LoadError::Invalid`](super::LoadError::Invalid) names, such as
//! `evaluation.self_evaluation.profiles.casemanager.score`.
//!
//! A deserializer that tracks the path (the crate `serde_path_to_error`) made the compiler write
//! every `Deserialize` impl twice, about 13 KB gzip of the first load. Here serde_json reads the
//! document as text instead, and its error has a position; [`path_at`] walks the text up to it.
//! The text is the document written again compactly, with one space inside every bracket:
//! `{ "a":[ 1 ] }`. serde_json's position is then just after the value it could not use (the
//! path ends at that value); or on a closing bracket after the space (a field missing from a
//! block, a list too short: the path ends at the block or list); or just after an opening
//! bracket, before the space (a block or list where something else belongs), or just after a
//! key (a variant of an enum this app does not know): the path ends at that block or list.

use std::fmt;
use std::io;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};
use serde_json::Value;

/// One step into a document: a field of a block, or a place in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Where in a document: `a.b[2].c`, or `.` for the document itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Segment>);

impl Path {
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// `value` as a `T`, or the path of the first field that does not fit.
pub fn deserialize<T: DeserializeOwned>(value: &Value) -> Result<T, Path> {
    let text = spaced(value);
    serde_json::from_str(&text).map_err(|e| {
        // One line: serde_json's column is the number of bytes it has read.
        path_at(&text, e.column())
    })
}

/// As [`deserialize`], reading `text` first: the text `value` was parsed from, unchanged (no
/// migration ran). Only when that fails is the spaced text written, to find the field: a file
/// that loads is read once more, not twice.
pub fn deserialize_text<T: DeserializeOwned>(text: &str, value: &Value) -> Result<T, Path> {
    serde_json::from_str(text).or_else(|_| deserialize(value))
}

/// Compact JSON with a space inside every bracket (see the module's comment).
fn spaced(value: &Value) -> String {
    struct Spaced;
    impl Formatter for Spaced {
        fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(b"{ ")
        }
        fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(b"[ ")
        }
        fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(b" }")
        }
        fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
            w.write_all(b" ]")
        }
    }
    let mut bytes = Vec::new();
    value
        .serialize(&mut Serializer::with_formatter(&mut bytes, Spaced))
        .expect("a JSON value always serialises");
    // Only serde_json wrote it, from UTF-8 strings.
    String::from_utf8(bytes).unwrap_or_default()
}

/// The path at byte `offset` of `text`, as written by [`spaced`].
pub fn path_at(text: &str, offset: usize) -> Path {
    enum Frame {
        Block { key: Option<String> },
        List { index: usize },
    }
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Block { key: None });
                expect_key = true;
            }
            b'[' => stack.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Block { .. }) => expect_key = true,
                Some(Frame::List { index, .. }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key {
                    if let Some(Frame::Block { key }) = stack.last_mut() {
                        let raw = &text[start..(i + 1).min(text.len())];
                        *key = Some(serde_json::from_str(raw).unwrap_or_default());
                    }
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Just after an opening bracket (before its space), on a closing one after its space, or
    // just after a key (a field or an enum's variant this app does not know): the block or list
    // itself is at fault, not a value in it.
    let on_open = end > 0 && matches!(bytes[end - 1], b'{' | b'[');
    let on_close = end > 0 && bytes[end - 1] == b' ' && matches!(bytes.get(end), Some(b'}' | b']'));
    let on_key = bytes.get(end) == Some(&b':');
    if on_open || on_close || on_key {
        stack.pop();
    }
    let segments = stack
        .into_iter()
        .filter_map(|frame| match frame {
            Frame::Block { key } => key.map(Segment::Key),
            Frame::List { index } => Some(Segment::Index(index)),
        })
        .collect();
    Path(segments)
}
