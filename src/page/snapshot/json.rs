//! Reading a snapshot from JSON text without recursion.
//!
//! `serde_json` refuses nesting deeper than 128 (an element is two levels: its object
//! and its `children` array), which real pages exceed, and lifting that limit would let a
//! hostile snapshot overflow the stack. This reader keeps its own stack on the heap: JSON
//! values go into a flat arena first, then become [`Entry`]s, elements nested deeper than
//! [`MAX_DEPTH`] being unwrapped (their content kept), as the page reader does.

use super::{Entry, Snapshot, MAX_DEPTH};

/// A JSON value in the arena; containers hold indices of their members.
enum Value {
    Object(Vec<(String, usize)>),
    Array(Vec<usize>),
    String(String),
    Number(f64),
    Bool(bool),
    Null,
}

/// A container being read.
enum Open {
    Object { members: Vec<(String, usize)>, key: Option<String> },
    Array(Vec<usize>),
}

fn error(message: impl std::fmt::Display) -> serde_json::Error {
    <serde_json::Error as serde::de::Error>::custom(message)
}

/// The arena and the index of the top value.
fn parse(json: &str) -> Result<(Vec<Value>, usize), serde_json::Error> {
    let bytes = json.as_bytes();
    let mut values: Vec<Value> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut top: Option<usize> = None;
    let mut i = 0;
    // Whether a value or a key (inside an object with no key yet) comes next.
    loop {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        if top.is_some() {
            return if i == bytes.len() { Ok((values, top.unwrap_or(0))) } else { Err(error(format!("trailing characters at byte {i}"))) };
        }
        let Some(&byte) = bytes.get(i) else { return Err(error("unexpected end of JSON")) };
        // Separators and closers.
        match byte {
            b',' => {
                i += 1;
                continue;
            }
            b':' => {
                i += 1;
                continue;
            }
            b'}' | b']' => {
                i += 1;
                let value = match stack.pop() {
                    Some(Open::Object { members, key: None }) if byte == b'}' => Value::Object(members),
                    Some(Open::Array(items)) if byte == b']' => Value::Array(items),
                    _ => return Err(error(format!("unbalanced {} at byte {}", byte as char, i - 1))),
                };
                values.push(value);
                let index = values.len() - 1;
                attach(&mut stack, &mut top, index)?;
                continue;
            }
            _ => {}
        }
        // A key, when an object waits for one.
        if let Some(Open::Object { key: key @ None, .. }) = stack.last_mut() {
            if byte != b'"' {
                return Err(error(format!("expected a key at byte {i}")));
            }
            let (s, next) = string_at(json, i)?;
            *key = Some(s);
            i = next;
            continue;
        }
        match byte {
            b'{' => {
                i += 1;
                stack.push(Open::Object { members: Vec::new(), key: None });
                continue;
            }
            b'[' => {
                i += 1;
                stack.push(Open::Array(Vec::new()));
                continue;
            }
            _ => {}
        }
        let value = match byte {
            b'"' => {
                let (s, next) = string_at(json, i)?;
                i = next;
                Value::String(s)
            }
            b't' if json[i..].starts_with("true") => {
                i += 4;
                Value::Bool(true)
            }
            b'f' if json[i..].starts_with("false") => {
                i += 5;
                Value::Bool(false)
            }
            b'n' if json[i..].starts_with("null") => {
                i += 4;
                Value::Null
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len() && matches!(bytes[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    i += 1;
                }
                Value::Number(json[start..i].parse().map_err(|_| error(format!("bad number at byte {start}")))?)
            }
            _ => return Err(error(format!("unexpected character at byte {i}"))),
        };
        values.push(value);
        let index = values.len() - 1;
        attach(&mut stack, &mut top, index)?;
    }
}

/// Puts a finished value into the container being read, or makes it the top value.
fn attach(stack: &mut [Open], top: &mut Option<usize>, index: usize) -> Result<(), serde_json::Error> {
    match stack.last_mut() {
        Some(Open::Array(items)) => items.push(index),
        Some(Open::Object { members, key }) => match key.take() {
            Some(k) => members.push((k, index)),
            None => return Err(error("a value where a key belongs")),
        },
        None => *top = Some(index),
    }
    Ok(())
}

/// The JSON string starting at byte `start` (a quote), and the byte after it.
fn string_at(json: &str, start: usize) -> Result<(String, usize), serde_json::Error> {
    let bytes = json.as_bytes();
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                // Escapes are serde_json's business; quotes are ASCII, so these are char boundaries.
                let s: String = serde_json::from_str(&json[start..=i])?;
                return Ok((s, i + 1));
            }
            _ => i += 1,
        }
    }
    Err(error("unterminated string"))
}

/// Reads a snapshot from JSON text, to any depth.
pub fn read(json: &str) -> Result<Snapshot, serde_json::Error> {
    let (values, top) = parse(json)?;
    let field = |members: &[(String, usize)], name: &str| members.iter().find(|(k, _)| k == name).map(|(_, v)| *v);
    let mut entries: Vec<Entry> = Vec::new();
    // (JSON value, parent entry, element depth)
    let mut stack: Vec<(usize, Option<u32>, usize)> = vec![(top, None, 0)];
    let mut root = None;
    while let Some((index, parent, depth)) = stack.pop() {
        let Some(Value::Object(members)) = values.get(index) else { continue };
        let children = match field(members, "children").and_then(|c| values.get(c)) {
            Some(Value::Array(items)) => items.as_slice(),
            Some(Value::Null) | None => &[],
            Some(_) => return Err(error("children must be an array")),
        };
        let entry = if let Some(tag) = field(members, "tag") {
            let Some(Value::String(tag)) = values.get(tag) else { return Err(error("tag must be a string")) };
            if depth > MAX_DEPTH && parent.is_some() {
                // Too deep to keep the structure: the content goes to the nearest kept element.
                for &child in children.iter().rev() {
                    stack.push((child, parent, depth));
                }
                continue;
            }
            let attrs = match field(members, "attrs").and_then(|a| values.get(a)) {
                Some(Value::Object(attrs)) => attrs
                    .iter()
                    .filter_map(|(k, v)| {
                        let v = match values.get(*v)? {
                            Value::String(s) => s.clone(),
                            Value::Number(n) => n.to_string(),
                            Value::Bool(b) => b.to_string(),
                            _ => return None,
                        };
                        Some((k.clone(), v))
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let hidden = matches!(field(members, "hidden").and_then(|h| values.get(h)), Some(Value::Bool(true)));
            Entry::Element { tag: tag.to_ascii_lowercase(), attrs, hidden, children: Vec::new() }
        } else if let Some(text) = field(members, "text") {
            let Some(Value::String(text)) = values.get(text) else { return Err(error("text must be a string")) };
            let id = match field(members, "id").and_then(|i| values.get(i)) {
                Some(Value::Number(n)) if *n >= 0.0 && n.fract() == 0.0 && *n <= u32::MAX as f64 => *n as u32,
                _ => return Err(error("a text node needs a numeric id")),
            };
            Entry::Text { text: text.clone(), id }
        } else {
            continue;
        };
        let is_element = matches!(entry, Entry::Element { .. });
        let at = entries.len() as u32;
        entries.push(entry);
        match parent {
            Some(p) => {
                if let Some(Entry::Element { children, .. }) = entries.get_mut(p as usize) {
                    children.push(at);
                }
            }
            None => root = Some(at),
        }
        if is_element {
            for &child in children.iter().rev() {
                stack.push((child, Some(at), depth + 1));
            }
        }
    }
    match root {
        Some(root) if matches!(entries.get(root as usize), Some(Entry::Element { .. })) => Ok(Snapshot { entries, root }),
        _ => Err(error("a snapshot's root must be an element")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::Tree;

    #[test]
    fn escapes_and_numbers_read_as_json_says() {
        let s = read(r#"{"tag":"P","attrs":{"class":"a\"b","data-n":3,"x":null},"children":[{"text":"caf\u00e9 \ud83d\ude00 \n","id":7}]}"#).unwrap();
        let root = s.root();
        assert_eq!(s.element_name(&root).as_deref(), Some("p"));
        assert_eq!(s.attribute(&root, "class").as_deref(), Some("a\"b"));
        assert_eq!(s.attribute(&root, "data-n").as_deref(), Some("3"));
        let kids = s.children(&root);
        assert_eq!(s.text(&kids[0]).as_deref(), Some("café \u{1F600} \n"));
        assert_eq!(s.text_id(kids[0]), Some(7));
    }

    #[test]
    fn malformed_json_is_an_error() {
        for bad in [
            "",
            "{",
            "}",
            "[1,",
            "{\"tag\":}",
            "{\"tag\":\"p\"} x",
            "{\"a\" \"b\"}",
            "\"unterminated",
            "{\"tag\":\"p\",\"children\":3}",
            "{\"text\":\"t\",\"id\":-1}",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn very_deep_snapshot_keeps_its_text() {
        let depth = 50_000;
        let json = format!("{}{{\"text\":\"deep\",\"id\":0}}{}", "{\"tag\":\"div\",\"attrs\":{},\"children\":[".repeat(depth), "]}".repeat(depth));
        let s = read(&json).unwrap();
        let mut node = s.root();
        let mut levels = 0;
        loop {
            let kids = s.children(&node);
            let Some(first) = kids.first() else { break };
            node = *first;
            levels += 1;
        }
        assert_eq!(s.text(&node).as_deref(), Some("deep"));
        assert!(levels <= MAX_DEPTH + 2);
    }
}
