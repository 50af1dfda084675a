//! A bounded YAML reader that keeps a span for every node.
//!
//! It builds its own tree from the events of `saphyr-parser` (the maintained successor of
//! `yaml-rust`, whose events carry start and end markers), so that it controls what a hostile file can
//! cost: nesting deeper than [`Limits::max_depth`] and alias expansion past [`Limits::max_nodes`] end
//! in a diagnostic, never in unbounded memory or a stack overflow. Scalars are resolved with the YAML
//! 1.2 core schema, as Pulumi (go-yaml v3) resolves them: `yes` and `on` are strings.

use crate::diagnostics as diag;
use iac2cfn_diagnostics::{Diagnostic, FileId, Span};
use iac2cfn_ir::Number;
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use std::collections::HashMap;

/// What a document may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The deepest nesting of sequences and mappings.
    pub max_depth: usize,
    /// The most nodes the document may have once aliases are expanded.
    pub max_nodes: usize,
}

impl Limits {
    /// Generous for any real program (they nest a dozen levels and hold a few thousand nodes), small
    /// enough that a hostile file is refused in milliseconds.
    pub const DEFAULT: Limits = Limits { max_depth: 128, max_nodes: 250_000 };
}

/// A YAML node with its place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it is written.
    pub span: Span,
}

/// A YAML value after scalar resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, in its decimal spelling.
    Number(Number),
    /// A string.
    String(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping; keys are string scalars (other scalars are read as their text).
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The string, if this is a string scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The entries, if this is a mapping.
    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// The key's text: keys are always string nodes.
    pub fn key(&self) -> &str {
        self.as_str().unwrap_or("")
    }

    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match &self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "an object",
        }
    }
}

/// Reads the single document of `text`. Problems that do not stop the reading (duplicate keys,
/// unsupported tags) go to `problems`; a syntax error or an exceeded limit ends the reading.
pub fn parse(
    text: &str,
    file: FileId,
    limits: Limits,
    problems: &mut Vec<Diagnostic>,
) -> Result<Option<Node>, Diagnostic> {
    let offsets = Offsets::new(text);
    let mut builder =
        Builder { file, text, offsets: &offsets, limits, stack: Vec::new(), anchors: HashMap::new(), nodes: 0 };
    let mut parser = Parser::new_from_str(text);
    let mut document: Option<Node> = None;
    let mut documents = 0usize;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|error| {
            let at = Span::new(file, offsets.byte(error.marker().index())..offsets.byte(error.marker().index()));
            // The scanner bounds flow nesting itself (and looks ahead of the events this reader sees).
            if error.info().contains("recursion limit") {
                diag::yaml_too_deep(at, limits.max_depth)
            } else {
                diag::yaml_syntax(at, error.info())
            }
        })?;
        let span = Span::new(file, offsets.byte(span.start.index())..offsets.byte(span.end.index()));
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(diag::multiple_documents(span));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let value = resolve_scalar(&text, style, tag.as_deref(), span, problems);
                builder.add(Node { value, span }, anchor, 1, problems, &mut document)?;
            }
            Event::SequenceStart(anchor, tag) => {
                report_collection_tag(tag.as_deref(), span, problems);
                builder.open(Frame::Seq { start: span, items: Vec::new(), anchor, count: 1 })?;
            }
            Event::MappingStart(anchor, tag) => {
                report_collection_tag(tag.as_deref(), span, problems);
                builder.open(Frame::Map { start: span, entries: Vec::new(), key: None, anchor, count: 1 })?;
            }
            Event::SequenceEnd | Event::MappingEnd => builder.close(span, problems, &mut document)?,
            Event::Alias(id) => {
                let Some((node, count)) = builder.anchors.get(&id).cloned() else {
                    return Err(diag::yaml_bad_alias(span));
                };
                builder.nodes = builder.nodes.saturating_add(count);
                if builder.nodes > limits.max_nodes {
                    return Err(diag::yaml_too_large(span, limits.max_nodes));
                }
                builder.add(node, 0, count, problems, &mut document)?;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }
    Ok(document)
}

/// Char index -> byte offset (the parser counts characters).
struct Offsets {
    bytes: Option<Vec<usize>>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Self {
        let bytes = (!text.is_ascii())
            .then(|| text.char_indices().map(|(offset, _)| offset).chain(std::iter::once(text.len())).collect());
        Offsets { bytes, len: text.len() }
    }

    fn byte(&self, index: usize) -> usize {
        match &self.bytes {
            Some(bytes) => bytes.get(index).copied().unwrap_or(self.len),
            None => index.min(self.len),
        }
    }
}

enum Frame {
    Seq { start: Span, items: Vec<Node>, anchor: usize, count: usize },
    Map { start: Span, entries: Vec<(Node, Node)>, key: Option<Node>, anchor: usize, count: usize },
}

struct Builder<'a> {
    file: FileId,
    text: &'a str,
    offsets: &'a Offsets,
    limits: Limits,
    stack: Vec<Frame>,
    /// Anchor id -> the node and how many nodes it holds.
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
}

impl Builder<'_> {
    fn open(&mut self, frame: Frame) -> Result<(), Diagnostic> {
        let span = match &frame {
            Frame::Seq { start, .. } | Frame::Map { start, .. } => *start,
        };
        if self.stack.len() >= self.limits.max_depth {
            return Err(diag::yaml_too_deep(span, self.limits.max_depth));
        }
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(diag::yaml_too_large(span, self.limits.max_nodes));
        }
        self.stack.push(frame);
        Ok(())
    }

    fn close(
        &mut self,
        end: Span,
        problems: &mut Vec<Diagnostic>,
        document: &mut Option<Node>,
    ) -> Result<(), Diagnostic> {
        let Some(frame) = self.stack.pop() else { return Ok(()) };
        let (value, start, anchor, count, last) = match frame {
            Frame::Seq { start, items, anchor, count } => {
                let last = items.last().map(|item| item.span);
                (Value::Seq(items), start, anchor, count, last)
            }
            Frame::Map { start, entries, anchor, count, .. } => {
                let last = entries.last().map(|(_, value)| value.span);
                (Value::Map(entries), start, anchor, count, last)
            }
        };
        // A flow collection ends at its bracket; a block collection at its last value (the parser's
        // end marker is the start of whatever follows, often lines later).
        let flow = matches!(self.text.as_bytes().get(start.start as usize), Some(b'[' | b'{'));
        let span = match last {
            Some(last) if !flow => start.to(last),
            _ => start.to(end),
        };
        let _ = (self.file, self.offsets);
        let node = Node { value, span };
        self.add(node, anchor, count, problems, document)
    }

    /// Adds a finished node (holding `count` nodes) to the innermost open collection.
    fn add(
        &mut self,
        node: Node,
        anchor: usize,
        count: usize,
        problems: &mut Vec<Diagnostic>,
        document: &mut Option<Node>,
    ) -> Result<(), Diagnostic> {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), count));
        }
        if matches!(node.value, Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_)) {
            self.nodes += 1;
            if self.nodes > self.limits.max_nodes {
                return Err(diag::yaml_too_large(node.span, self.limits.max_nodes));
            }
        }
        match self.stack.last_mut() {
            None => *document = Some(node),
            Some(Frame::Seq { items, count: total, .. }) => {
                *total += count;
                items.push(node);
            }
            Some(Frame::Map { entries, key, count: total, .. }) => {
                *total += count;
                match key.take() {
                    None => *key = Some(as_key(node, problems)),
                    Some(key_node) => {
                        if let Some((first, _)) = entries.iter().find(|(known, _)| known.key() == key_node.key()) {
                            problems.push(diag::duplicate_key(key_node.span, first.span, key_node.key()));
                        } else {
                            entries.push((key_node, node));
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// Mapping keys are read as strings: `80: x` has the key `"80"`.
fn as_key(node: Node, problems: &mut Vec<Diagnostic>) -> Node {
    let text = match node.value {
        Value::String(text) => text,
        Value::Number(number) => number.to_string(),
        Value::Bool(value) => value.to_string(),
        Value::Null => String::new(),
        Value::Seq(_) | Value::Map(_) => {
            problems.push(diag::complex_key(node.span));
            String::new()
        }
    };
    Node { value: Value::String(text), span: node.span }
}

fn report_collection_tag(tag: Option<&Tag>, span: Span, problems: &mut Vec<Diagnostic>) {
    if let Some(tag) = tag {
        if !(tag.is_yaml_core_schema() && matches!(tag.suffix.as_str(), "seq" | "map")) {
            problems.push(diag::yaml_tag(span, &tag.to_string()));
        }
    }
}

/// Resolves a scalar with the YAML 1.2 core schema; quoted and block scalars are strings.
fn resolve_scalar(
    text: &str,
    style: ScalarStyle,
    tag: Option<&Tag>,
    span: Span,
    problems: &mut Vec<Diagnostic>,
) -> Value {
    if let Some(tag) = tag {
        let core = if tag.is_yaml_core_schema() { Some(tag.suffix.as_str()) } else { None };
        match core {
            Some("str") => return Value::String(text.to_string()),
            Some("null") => return Value::Null,
            Some("bool") | Some("int") | Some("float") => {}
            _ => {
                problems.push(diag::yaml_tag(span, &tag.to_string()));
                return Value::String(text.to_string());
            }
        }
    }
    if style != ScalarStyle::Plain {
        return Value::String(text.to_string());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    match number(text) {
        Some(number) => Value::Number(number),
        None => Value::String(text.to_string()),
    }
}

/// A YAML 1.2 core-schema number in the decimal spelling the IR keeps; `None` for anything else
/// (including `.inf` and `.nan`, which no CloudFormation property takes).
fn number(text: &str) -> Option<Number> {
    if let Some(number) = Number::parse(text) {
        return Some(number);
    }
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let radix =
        |prefix: &str, radix: u32| digits.strip_prefix(prefix).and_then(|rest| i64::from_str_radix(rest, radix).ok());
    if let Some(value) = radix("0x", 16).or_else(|| radix("0o", 8)) {
        return Some(Number::from(if negative { -value } else { value }));
    }
    // `+1`, `1.`, `.5`, `007`: valid YAML spellings that JSON's grammar lacks.
    let is_decimal = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && digits.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.');
    if !is_decimal {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    if !value.is_finite() {
        return None;
    }
    let sign = if negative { "-" } else { "" };
    if !digits.contains(['.', 'e', 'E']) {
        let trimmed = digits.trim_start_matches('0');
        return Number::parse(&format!("{sign}{}", if trimmed.is_empty() { "0" } else { trimmed }));
    }
    Number::parse(&format!("{sign}{value}")).or_else(|| Number::parse(&format!("{sign}{value:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Option<Node>, Diagnostic> {
        let mut problems = Vec::new();
        parse(text, FileId(0), Limits::DEFAULT, &mut problems)
    }

    #[test]
    fn scalars_resolve_with_the_core_schema() {
        let node = read("a: yes\nb: true\nc: 010\nd: '1'\ne: 0x1F\nf: 1.5\ng: ~\n").unwrap().unwrap();
        let values: Vec<_> = node.as_map().unwrap().iter().map(|(_, v)| v.value.clone()).collect();
        assert_eq!(
            values,
            vec![
                Value::String("yes".into()),
                Value::Bool(true),
                Value::Number(Number::from(10i64)),
                Value::String("1".into()),
                Value::Number(Number::from(31i64)),
                Value::Number(Number::parse("1.5").unwrap()),
                Value::Null,
            ]
        );
    }

    #[test]
    fn spans_are_byte_ranges_even_after_non_ascii_text() {
        let text = "é: \"ü\"\nkey: value\n";
        let node = read(text).unwrap().unwrap();
        let (key, value) = &node.as_map().unwrap()[1];
        assert_eq!(&text[key.span.range()], "key");
        assert_eq!(&text[value.span.range()], "value");
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let previous = level - 1;
            text.push_str(&format!(
                "a{level}: &a{level} [*a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}, *a{previous}]\n"
            ));
        }
        let error = read(&text).unwrap_err();
        assert_eq!(error.code, diag::YAML_TOO_LARGE);
    }

    #[test]
    fn deep_nesting_is_refused_in_both_styles() {
        let flow = format!("a: {}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(read(&flow).is_err());
        let mut block = String::new();
        for depth in 0..10_000 {
            block.push_str(&" ".repeat(depth));
            block.push_str("k:\n");
        }
        assert_eq!(read(&block).unwrap_err().code, diag::YAML_TOO_DEEP);
    }

    #[test]
    fn duplicate_keys_are_reported_and_the_first_is_kept() {
        let mut problems = Vec::new();
        let node = parse("a: 1\na: 2\n", FileId(0), Limits::DEFAULT, &mut problems).unwrap().unwrap();
        assert_eq!(node.as_map().unwrap().len(), 1);
        assert_eq!(problems.len(), 1);
    }
}
