//! Strict JSON reading: one pass into a [`Value`] that refuses what serde_json would quietly
//! accept or choke on. A key that stands twice in one object is refused (serde_json would keep
//! the last one), and so is nesting deeper than [`MAX_DEPTH`] (an export is 6 levels deep),
//! long before serde_json's own recursion limit or the stack.
//!
//! Why a value was refused is recorded by the visitor itself, in a side channel, never read
//! back from an error message; the position comes from serde_json's error.

use std::cell::RefCell;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::error::Category;
use serde_json::{Map, Number, Value};

use super::load_error::LoadError;

/// Deepest nesting of arrays and objects a document may have.
pub const MAX_DEPTH: usize = 64;

/// What the visitor refused, with its own reason.
enum Refusal {
    DuplicateKey(String),
    TooDeep,
}

/// Parses `text` into a [`Value`]; every failure is a [`LoadError`] with line and column.
pub fn parse_strict(text: &str) -> Result<Value, LoadError> {
    let refusal = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = Seed {
        depth: 0,
        refusal: &refusal,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|e| {
        let (line, column) = (e.line(), e.column());
        match refusal.into_inner() {
            Some(Refusal::DuplicateKey(key)) => LoadError::DuplicateKey { key, line, column },
            Some(Refusal::TooDeep) => LoadError::TooDeep { line, column },
            None if e.classify() == Category::Eof => LoadError::Incomplete { line, column },
            None => LoadError::NotJson { line, column },
        }
    })
}

#[derive(Clone, Copy)]
struct Seed<'a> {
    depth: usize,
    refusal: &'a RefCell<Option<Refusal>>,
}

impl Seed<'_> {
    fn refuse<E: de::Error>(self, why: Refusal) -> E {
        *self.refusal.borrow_mut() = Some(why);
        E::custom("refused")
    }

    fn deeper<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.refuse(Refusal::TooDeep));
        }
        Ok(Seed {
            depth: self.depth + 1,
            ..self
        })
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("not a finite number"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.deeper()?;
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                let key = key.chars().take(80).collect();
                return Err(self.refuse(Refusal::DuplicateKey(key)));
            }
            let value = map.next_value_seed(inner)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}
