//! `yamlencode` and `yamldecode` as Terraform computes them.
//!
//! Terraform delegates both to `go-cty-yaml` (v1.1.0 in Terraform 1.11), a fork of go-yaml v2, which
//! is a port of libyaml. Encoding feeds libyaml's emitter a fixed stream of events (strings
//! double-quoted, or literal blocks when they hold a line break; numbers, bools and null plain; block
//! collections), and the emitter then picks the final style, indentation, line folding and escapes.
//! [`encode`] is a port of the parts of that emitter those events reach, so that its output matches
//! byte for byte.
//!
//! Decoding reads the events of `saphyr-parser` and resolves scalars as `go-cty-yaml` resolves them,
//! which is YAML 1.1-flavoured: `yes`, `on` and `y` are `true`, `2024-01-02` is a timestamp string
//! (`2024-01-02T00:00:00Z`), `0x1F` and `0o17` are numbers, `1_000` is a string, mapping keys are
//! converted to strings, `<<` merges a mapping and aliases copy their anchor's value. Nesting depth and
//! alias expansion are bounded so that hostile input ends in an error, not in exhausted memory.

use crate::value::{format_number, Value};
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use std::collections::{HashMap, HashSet};

// ---------------------------------------------------------------------------------------------------
// Encoding

/// libyaml's defaults, which go-cty-yaml does not change.
const BEST_INDENT: i64 = 2;
const BEST_WIDTH: usize = 80;
/// The longest key (in bytes) libyaml writes as a simple `key: value`; longer ones take `? key`.
const MAX_SIMPLE_KEY: usize = 128;

/// The scalar styles go-cty-yaml requests, and the fallbacks the emitter may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// The YAML document `yamlencode` makes of a known value. Errors name a part with no YAML form (a
/// value only known at deployment, which callers report before encoding).
pub(crate) fn encode(value: &Value) -> Result<String, String> {
    let mut emitter = Emitter::new();
    emitter.node(value, Context { root: true, ..Context::default() })?;
    // The document ends implicitly: a line break, and `...` after an open-ended root scalar.
    emitter.write_indent();
    if emitter.open_ended {
        emitter.write_indicator("...", true, false, false);
        emitter.write_indent();
    }
    Ok(emitter.out)
}

/// Where a node is written (libyaml's `*_context` flags).
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    root: bool,
    mapping: bool,
    simple_key: bool,
}

/// libyaml's emitter state, for the events go-cty-yaml sends.
struct Emitter {
    out: String,
    /// Characters (not bytes) since the last line break.
    column: usize,
    indent: i64,
    indents: Vec<i64>,
    /// The last character written is whitespace.
    whitespace: bool,
    /// Only indentation has been written on this line.
    indention: bool,
    /// The document needs an explicit end (`...`).
    open_ended: bool,
    context: Context,
}

/// What the emitter learns of a scalar before choosing its style (`yaml_emitter_analyze_scalar`).
#[derive(Debug, Clone, Copy)]
struct Analysis {
    empty: bool,
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

impl Emitter {
    fn new() -> Self {
        Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
            open_ended: false,
            context: Context::default(),
        }
    }

    fn node(&mut self, value: &Value, context: Context) -> Result<(), String> {
        self.context = context;
        match value {
            Value::Null => self.scalar("null", Style::Plain),
            Value::Bool(flag) => self.scalar(if *flag { "true" } else { "false" }, Style::Plain),
            Value::Number(number) => self.scalar(&number_text(*number), Style::Plain),
            Value::String(text) => self.string(text),
            Value::Json(..) => match value.as_text() {
                Some(text) => self.string(&text),
                None => Err("a JSON document with values only known at deployment".into()),
            },
            Value::List(items) if items.is_empty() => {
                self.empty_collection("[", "]");
                Ok(())
            }
            Value::Map(entries) if entries.is_empty() => {
                self.empty_collection("{", "}");
                Ok(())
            }
            Value::List(items) => {
                // A block sequence right after a mapping key is not indented further.
                let indentless = self.context.mapping && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator("-", true, false, true);
                    self.node(item, Context::default())?;
                }
                self.pop_indent();
                Ok(())
            }
            Value::Map(entries) => {
                // Terraform orders object attributes and map keys by their bytes.
                let mut sorted: Vec<(&String, &Value)> = entries.iter().collect();
                sorted.sort_by(|a, b| a.0.cmp(b.0));
                self.increase_indent(false, false);
                for (key, item) in sorted {
                    self.write_indent();
                    let analysis = analyze(key);
                    if !analysis.multiline && key.len() <= MAX_SIMPLE_KEY {
                        self.context = Context { mapping: true, simple_key: true, ..Context::default() };
                        self.string(key)?;
                        self.write_indicator(":", false, false, false);
                    } else {
                        self.write_indicator("?", true, false, true);
                        self.context = Context { mapping: true, ..Context::default() };
                        self.string(key)?;
                        self.write_indent();
                        self.write_indicator(":", true, false, true);
                    }
                    self.node(item, Context { mapping: true, ..Context::default() })?;
                }
                self.pop_indent();
                Ok(())
            }
            Value::Sym(_) => Err("a value only known at deployment".into()),
            Value::Object(object) => Err(format!("the whole resource `{}`", object.instance_address())),
        }
    }

    /// A string: go-cty-yaml asks for a literal block when it holds a line break, for double quotes
    /// otherwise.
    fn string(&mut self, text: &str) -> Result<(), String> {
        self.scalar(text, if text.contains('\n') { Style::Literal } else { Style::DoubleQuoted })
    }

    /// An empty collection, which libyaml writes in flow style (the only flow collections it writes
    /// here, so none of them has entries).
    fn empty_collection(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn scalar(&mut self, text: &str, requested: Style) -> Result<(), String> {
        let style = select_style(requested, &analyze(text), self.context);
        self.increase_indent(true, false);
        let allow_breaks = !self.context.simple_key;
        match style {
            Style::Plain => self.write_plain(text, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(text, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(text, allow_breaks),
            Style::Literal => self.write_literal(text),
        }
        self.pop_indent();
        Ok(())
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    /// Copies one character of `text` at byte `index`; returns the index after it.
    fn write(&mut self, text: &str, index: usize) -> usize {
        let width = char_width(text.as_bytes(), index);
        self.out.push_str(text.get(index..index + width).unwrap_or(""));
        self.column += 1;
        index + width.max(1)
    }

    /// Copies a line break of `text` at byte `index`: `\n` as the emitter's own break, others as
    /// they are.
    fn write_break(&mut self, text: &str, index: usize) -> usize {
        if text.as_bytes().get(index) == Some(&b'\n') {
            self.put_break();
            index + 1
        } else {
            let next = self.write(text, index);
            self.column = 0;
            next
        }
    }

    fn write_indent(&mut self) {
        let indent = usize::try_from(self.indent.max(0)).unwrap_or(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(&mut self, indicator: &str, need_whitespace: bool, is_whitespace: bool, is_indention: bool) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
        self.open_ended = false;
    }

    fn write_plain(&mut self, text: &str, allow_breaks: bool) {
        let bytes = text.as_bytes();
        if !self.whitespace {
            self.put(' ');
        }
        let mut spaces = false;
        let mut breaks = false;
        let mut index = 0;
        while index < bytes.len() {
            if is_space(bytes, index) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !is_space(bytes, index + 1) {
                    self.write_indent();
                    index += 1;
                } else {
                    index = self.write(text, index);
                }
                spaces = true;
            } else if is_break(bytes, index) {
                if !breaks && bytes[index] == b'\n' {
                    self.put_break();
                }
                index = self.write_break(text, index);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                index = self.write(text, index);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
        if self.context.root {
            self.open_ended = true;
        }
    }

    fn write_single_quoted(&mut self, text: &str, allow_breaks: bool) {
        let bytes = text.as_bytes();
        self.write_indicator("'", true, false, false);
        let mut spaces = false;
        let mut breaks = false;
        let mut index = 0;
        while index < bytes.len() {
            if is_space(bytes, index) {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && index > 0
                    && index < bytes.len() - 1
                    && !is_space(bytes, index + 1)
                {
                    self.write_indent();
                    index += 1;
                } else {
                    index = self.write(text, index);
                }
                spaces = true;
            } else if is_break(bytes, index) {
                if !breaks && bytes[index] == b'\n' {
                    self.put_break();
                }
                index = self.write_break(text, index);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if bytes[index] == b'\'' {
                    self.put('\'');
                }
                index = self.write(text, index);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, text: &str, allow_breaks: bool) {
        let bytes = text.as_bytes();
        // libyaml tests for a byte order mark at the start of the value, not at each character: a
        // value that starts with one has every character escaped.
        let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
        self.write_indicator("\"", true, false, false);
        let mut spaces = false;
        let mut index = 0;
        while index < bytes.len() {
            let byte = bytes[index];
            if !is_printable(bytes, index) || bom || is_break(bytes, index) || byte == b'"' || byte == b'\\' {
                let width = char_width(bytes, index).max(1);
                let c = text.get(index..index + width).and_then(|s| s.chars().next()).unwrap_or('\u{FFFD}');
                index += width;
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{7}' => self.put('a'),
                    '\u{8}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{b}' => self.put('v'),
                    '\u{c}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1b}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{a0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    other => {
                        let code = other as u32;
                        let (letter, digits) = match code {
                            0..=0xFF => ('x', 2),
                            0x100..=0xFFFF => ('u', 4),
                            _ => ('U', 8),
                        };
                        self.put(letter);
                        for c in format!("{code:0digits$X}").chars() {
                            self.put(c);
                        }
                    }
                }
                spaces = false;
            } else if is_space(bytes, index) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && index > 0 && index < bytes.len() - 1 {
                    self.write_indent();
                    if is_space(bytes, index + 1) {
                        self.put('\\');
                    }
                    index += 1;
                } else {
                    index = self.write(text, index);
                }
                spaces = true;
            } else {
                index = self.write(text, index);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, text: &str) {
        let bytes = text.as_bytes();
        self.write_indicator("|", true, false, false);
        self.write_block_hints(bytes);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut index = 0;
        while index < bytes.len() {
            if is_break(bytes, index) {
                index = self.write_break(text, index);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                index = self.write(text, index);
                self.indention = false;
                breaks = false;
            }
        }
    }

    /// The indentation indicator (when the text starts with a space or break) and the chomping
    /// indicator (`-` without a final break, `+` with more than one).
    fn write_block_hints(&mut self, bytes: &[u8]) {
        if is_space(bytes, 0) || is_break(bytes, 0) {
            self.write_indicator(&BEST_INDENT.to_string(), false, false, false);
        }
        self.open_ended = false;
        let mut chomp = None;
        if bytes.is_empty() {
            chomp = Some("-");
        } else {
            let mut index = bytes.len() - 1;
            while index > 0 && bytes[index] & 0xC0 == 0x80 {
                index -= 1;
            }
            if !is_break(bytes, index) {
                chomp = Some("-");
            } else if index == 0 {
                chomp = Some("+");
                self.open_ended = true;
            } else {
                index -= 1;
                while index > 0 && bytes[index] & 0xC0 == 0x80 {
                    index -= 1;
                }
                if is_break(bytes, index) {
                    chomp = Some("+");
                    self.open_ended = true;
                }
            }
        }
        if let Some(chomp) = chomp {
            self.write_indicator(chomp, false, false, false);
        }
    }
}

/// A number as go-cty-yaml writes it: `big.Float.Text('f', -1)`, never an exponent.
fn number_text(number: f64) -> String {
    if number.is_infinite() {
        return if number > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    format_number(number)
}

/// libyaml's `yaml_emitter_select_scalar_style`, for untagged scalars whose tags are implicit.
fn select_style(requested: Style, analysis: &Analysis, context: Context) -> Style {
    let mut style = requested;
    if context.simple_key && analysis.multiline {
        style = Style::DoubleQuoted;
    }
    if style == Style::Plain && (!analysis.block_plain_allowed || (analysis.empty && context.simple_key)) {
        style = Style::SingleQuoted;
    }
    if style == Style::SingleQuoted && !analysis.single_quoted_allowed {
        style = Style::DoubleQuoted;
    }
    if style == Style::Literal && (!analysis.block_allowed || context.simple_key) {
        style = Style::DoubleQuoted;
    }
    style
}

/// libyaml's `yaml_emitter_analyze_scalar` (the emitter writes no flow collection with entries here,
/// so only the block-context answers are kept).
fn analyze(text: &str) -> Analysis {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Analysis {
            empty: true,
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = bytes.starts_with(b"---") || bytes.starts_with(b"...");
    let mut line_breaks = false;
    let mut special_characters = false;
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) = (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut index = 0;
    while index < bytes.len() {
        let width = char_width(bytes, index).max(1);
        let followed_by_whitespace = index + width >= bytes.len() || is_blank(bytes, index + width);
        let byte = bytes[index];
        if index == 0 {
            match byte {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\'' | b'"' | b'%'
                | b'@' | b'`' => block_indicators = true,
                b'?' | b':' | b'-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match byte {
                b':' if followed_by_whitespace => block_indicators = true,
                b'#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }
        if !is_printable(bytes, index) {
            special_characters = true;
        }
        if is_space(bytes, index) {
            if index == 0 {
                leading_space = true;
            }
            if index + width == bytes.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(bytes, index) {
            line_breaks = true;
            if index == 0 {
                leading_break = true;
            }
            if index + width == bytes.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(bytes, index);
        index += width;
    }
    let mut analysis = Analysis {
        empty: false,
        multiline: line_breaks,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        analysis.block_plain_allowed = false;
    }
    if trailing_space {
        analysis.block_allowed = false;
    }
    if break_space {
        analysis.block_plain_allowed = false;
        analysis.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        analysis.block_plain_allowed = false;
        analysis.single_quoted_allowed = false;
        analysis.block_allowed = false;
    }
    if line_breaks || block_indicators {
        analysis.block_plain_allowed = false;
    }
    analysis
}

fn byte_at(bytes: &[u8], index: usize) -> u8 {
    bytes.get(index).copied().unwrap_or(0)
}

/// The width of the UTF-8 sequence starting at `index` (0 for a continuation byte).
fn char_width(bytes: &[u8], index: usize) -> usize {
    let byte = byte_at(bytes, index);
    match byte {
        _ if byte & 0x80 == 0x00 => 1,
        _ if byte & 0xE0 == 0xC0 => 2,
        _ if byte & 0xF0 == 0xE0 => 3,
        _ if byte & 0xF8 == 0xF0 => 4,
        _ => 0,
    }
}

/// libyaml's printable set: tab, C0 and C1 controls, DEL, surrogates, U+FEFF, U+FFFE, U+FFFF and
/// every character outside the Basic Multilingual Plane are not "printable" (and so are escaped).
fn is_printable(bytes: &[u8], index: usize) -> bool {
    let (b0, b1, b2) = (byte_at(bytes, index), byte_at(bytes, index + 1), byte_at(bytes, index + 2));
    b0 == 0x0A
        || (0x20..=0x7E).contains(&b0)
        || (b0 == 0xC2 && b1 >= 0xA0)
        || (b0 > 0xC2 && b0 < 0xED)
        || (b0 == 0xED && b1 < 0xA0)
        || b0 == 0xEE
        || (b0 == 0xEF && !(b1 == 0xBB && b2 == 0xBF) && !(b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)))
}

fn is_space(bytes: &[u8], index: usize) -> bool {
    byte_at(bytes, index) == b' '
}

fn is_blank(bytes: &[u8], index: usize) -> bool {
    matches!(byte_at(bytes, index), b' ' | b'\t')
}

/// CR, LF, NEL (U+0085), LS (U+2028) and PS (U+2029).
fn is_break(bytes: &[u8], index: usize) -> bool {
    let (b0, b1, b2) = (byte_at(bytes, index), byte_at(bytes, index + 1), byte_at(bytes, index + 2));
    b0 == b'\r' || b0 == b'\n' || (b0 == 0xC2 && b1 == 0x85) || (b0 == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9))
}

fn is_blankz(bytes: &[u8], index: usize) -> bool {
    is_blank(bytes, index) || is_break(bytes, index) || byte_at(bytes, index) == 0
}

// ---------------------------------------------------------------------------------------------------
// Decoding

/// The deepest nesting of sequences and mappings `yamldecode` reads.
const MAX_DEPTH: usize = 128;
/// The most nodes a decoded document may hold once aliases are expanded.
const MAX_NODES: usize = 250_000;

/// The value of the single YAML document in `text`, or the reason there is none (a syntax error, a
/// second document, a construct Terraform has no value for).
pub(crate) fn decode(text: &str) -> Result<Value, String> {
    check_version_directive(text)?;
    let mut decoder = Decoder::default();
    let mut parser = Parser::new_from_str(text);
    let mut documents = 0usize;
    let mut document: Option<Value> = None;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(|error| {
            let marker = error.marker();
            format!("on line {}, column {}: {}", marker.line(), marker.col() + 1, error.info())
        })?;
        let at = |what: &str| format!("on line {}, column {}: {what}", span.start.line(), span.start.col() + 1);
        match event {
            Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(at("only a single document is allowed"));
                }
            }
            Event::StreamEnd => break,
            Event::Scalar(value, style, anchor, tag) => {
                let mut resolved = resolve_scalar(tag.as_deref(), &value, style).map_err(|why| at(&why))?;
                // An untagged block scalar has the string type, so its resolved value is converted back
                // to a string: `|-` then `yes` is "true", `1.0` is "1" (a null stays null).
                if tag.is_none() && matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
                    if let Some(value) = resolved {
                        resolved = Some(match value {
                            Value::Bool(_) | Value::Number(_) => Value::String(key_text(value)?),
                            other => other,
                        });
                    }
                }
                decoder.scalar(resolved, anchor, &mut document).map_err(|why| at(&why))?;
            }
            Event::SequenceStart(anchor, tag) => {
                check_collection_tag(tag.as_deref(), "seq", "sequence").map_err(|why| at(&why))?;
                decoder.open(Frame::Seq { items: Vec::new(), anchor, nodes: 1 }, anchor).map_err(|why| at(&why))?;
            }
            Event::MappingStart(anchor, tag) => {
                check_collection_tag(tag.as_deref(), "map", "mapping").map_err(|why| at(&why))?;
                let frame = Frame::Map { entries: HashMap::new(), key: None, anchor, nodes: 1 };
                decoder.open(frame, anchor).map_err(|why| at(&why))?;
            }
            Event::SequenceEnd | Event::MappingEnd => decoder.close(&mut document).map_err(|why| at(&why))?,
            Event::Alias(id) => decoder.alias(id, &mut document).map_err(|why| at(&why))?,
        }
    }
    if documents == 0 {
        return Err("on line 1, column 1: missing start of document".into());
    }
    Ok(document.unwrap_or(Value::Null))
}

/// libyaml reads YAML 1.1 only: a `%YAML` directive for another version is an error.
fn check_version_directive(text: &str) -> Result<(), String> {
    for (number, line) in text.lines().enumerate() {
        let trimmed = line.trim_end();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some(version) = trimmed.strip_prefix("%YAML") else {
            if trimmed.starts_with('%') {
                continue;
            }
            // Directives only come before the document.
            return Ok(());
        };
        let version = version.split_whitespace().next().unwrap_or("");
        if version != "1.1" {
            return Err(format!("on line {}, column 1: found incompatible YAML document", number + 1));
        }
    }
    Ok(())
}

/// A resolved scalar: a value, or `None` for the merge key `<<`.
type Scalar = Option<Value>;

/// A collection being read.
enum Frame {
    Seq { items: Vec<Value>, anchor: usize, nodes: usize },
    Map { entries: HashMap<String, Value>, key: Option<Key>, anchor: usize, nodes: usize },
}

/// The key of the mapping entry whose value is being read.
enum Key {
    Name(String),
    Merge,
}

#[derive(Default)]
struct Decoder {
    stack: Vec<Frame>,
    /// Anchors whose node is complete: id -> value and how many nodes it holds.
    anchors: HashMap<usize, (Value, usize)>,
    /// Anchors whose node is still being read.
    pending: HashSet<usize>,
    nodes: usize,
}

impl Decoder {
    fn count(&mut self, nodes: usize) -> Result<(), String> {
        self.nodes = self.nodes.saturating_add(nodes);
        if self.nodes > MAX_NODES {
            return Err(format!("the document holds more than {MAX_NODES} values once aliases are expanded"));
        }
        Ok(())
    }

    fn open(&mut self, frame: Frame, anchor: usize) -> Result<(), String> {
        self.expect_value("a mapping key must be a string, not a collection")?;
        if self.stack.len() >= MAX_DEPTH {
            return Err(format!("the document nests more than {MAX_DEPTH} levels deep"));
        }
        self.count(1)?;
        if anchor != 0 {
            self.pending.insert(anchor);
        }
        self.stack.push(frame);
        Ok(())
    }

    /// Fails when the innermost mapping waits for a key, which must be a scalar.
    fn expect_value(&self, why: &str) -> Result<(), String> {
        match self.stack.last() {
            Some(Frame::Map { key: None, .. }) => Err(why.into()),
            _ => Ok(()),
        }
    }

    fn scalar(&mut self, scalar: Scalar, anchor: usize, document: &mut Option<Value>) -> Result<(), String> {
        if let Some(Frame::Map { key: key @ None, .. }) = self.stack.last_mut() {
            // A key's anchor is not recorded: go-cty-yaml resolves keys without its anchor bookkeeping.
            *key = Some(match scalar {
                None => Key::Merge,
                Some(value) => Key::Name(key_text(value)?),
            });
            return Ok(());
        }
        self.count(1)?;
        // Outside key position, `<<` is a plain string.
        let value = match scalar {
            Some(value) => value,
            None => Value::string("<<"),
        };
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), 1));
        }
        self.add(value, 1, document)
    }

    fn alias(&mut self, id: usize, document: &mut Option<Value>) -> Result<(), String> {
        self.expect_value("a mapping key must be a string, not an alias")?;
        if self.pending.contains(&id) {
            return Err("cannot refer to an anchor from inside its own definition".into());
        }
        let Some((value, nodes)) = self.anchors.get(&id).cloned() else {
            return Err("reference to an undefined anchor".into());
        };
        self.count(nodes)?;
        self.add(value, nodes, document)
    }

    fn close(&mut self, document: &mut Option<Value>) -> Result<(), String> {
        let Some(frame) = self.stack.pop() else { return Ok(()) };
        let (value, anchor, nodes) = match frame {
            Frame::Seq { items, anchor, nodes } => (Value::List(items), anchor, nodes),
            Frame::Map { entries, anchor, nodes, .. } => (Value::sorted_map(entries), anchor, nodes),
        };
        if anchor != 0 {
            self.pending.remove(&anchor);
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        self.add(value, nodes, document)
    }

    /// Adds a finished value (holding `nodes` nodes) to the innermost open collection.
    fn add(&mut self, value: Value, nodes: usize, document: &mut Option<Value>) -> Result<(), String> {
        match self.stack.last_mut() {
            None => *document = Some(value),
            Some(Frame::Seq { items, nodes: total, .. }) => {
                *total += nodes;
                items.push(value);
            }
            Some(Frame::Map { entries, key, nodes: total, .. }) => {
                *total += nodes;
                match key.take() {
                    // Keys are scalars, handled in `scalar`; a collection cannot get here as a key.
                    None => return Err("a mapping key must be a string".into()),
                    Some(Key::Name(name)) => {
                        entries.insert(name, value);
                    }
                    Some(Key::Merge) => match value {
                        Value::Map(merged) => entries.extend(merged),
                        other => return Err(format!("cannot merge {} into mapping", type_phrase(&other))),
                    },
                }
            }
        }
        Ok(())
    }
}

/// A mapping key as the string go-cty-yaml converts it to.
fn key_text(value: Value) -> Result<String, String> {
    match value {
        Value::String(text) => Ok(text),
        Value::Bool(flag) => Ok(flag.to_string()),
        Value::Number(number) => Ok(number_text(number)),
        Value::Null => Err("mapping key cannot be null".into()),
        _ => Err("only strings are allowed as mapping keys".into()),
    }
}

/// cty's friendly name of a decoded value's type, for messages.
fn type_phrase(value: &Value) -> &'static str {
    match value {
        Value::List(_) => "tuple",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "bool",
        _ => "dynamic",
    }
}

/// The suffix of a core-schema tag (`!!str` -> `str`); `None` for any other tag.
fn core_tag(tag: &Tag) -> Option<&str> {
    if tag.is_yaml_core_schema() {
        return Some(tag.suffix.as_str());
    }
    if tag.handle.is_empty() {
        return tag.suffix.strip_prefix("tag:yaml.org,2002:");
    }
    None
}

fn check_collection_tag(tag: Option<&Tag>, core: &str, kind: &str) -> Result<(), String> {
    match tag {
        None => Ok(()),
        Some(tag) if core_tag(tag) == Some(core) => Ok(()),
        Some(tag) => Err(format!("can't interpret {kind} as {tag}")),
    }
}

/// go-cty-yaml's `resolveScalar`, step for step.
fn resolve_scalar(tag: Option<&Tag>, text: &str, style: ScalarStyle) -> Result<Scalar, String> {
    let core = match tag {
        None => Some(""),
        Some(tag) => core_tag(tag),
    };
    let mut tag = match core {
        Some(name @ ("" | "str" | "bool" | "int" | "float" | "null" | "timestamp" | "binary")) => name,
        _ => return Err(format!("unsupported tag \"{}\"", tag.map(Tag::to_string).unwrap_or_default())),
    };
    // The first character hints at what a plain scalar may be.
    let hint = match text.as_bytes().first() {
        None => Some('N'),
        Some(b'+' | b'-') => Some('S'),
        Some(b'0'..=b'9') => Some('D'),
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => Some('M'),
        Some(b'.') => Some('.'),
        _ => None,
    };
    if let Some(hint) = hint.filter(|_| tag != "str" && tag != "binary") {
        if matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) {
            return Ok(Some(Value::string(text)));
        }
        if let Some(value) = well_known(text) {
            return Ok(Some(value));
        }
        if tag.is_empty() && matches!(text, ".nan" | ".NaN" | ".NAN") {
            return Err("floating point NaN is not supported".into());
        }
        match hint {
            '.' => {
                if let Some(number) = parse_decimal(text) {
                    return Ok(Some(Value::Number(number)));
                }
            }
            'D' | 'S' => {
                if tag.is_empty() || tag == "timestamp" {
                    if let Some(timestamp) = parse_timestamp(text) {
                        return Ok(Some(Value::String(timestamp)));
                    }
                }
                if is_yaml_integer(text) {
                    tag = "int";
                } else if is_yaml_float(text) {
                    tag = "float";
                }
            }
            _ => {}
        }
    }
    if tag.is_empty() && text == "<<" {
        return Ok(None);
    }
    let value = match tag {
        "str" => Value::string(text),
        "binary" => {
            if crate::encoding::go_base64_decode(text).is_none() {
                return Err(format!("cannot parse \"{text}\" as tag:yaml.org,2002:binary: not valid base64"));
            }
            Value::string(text)
        }
        "bool" => match well_known(text) {
            Some(value @ Value::Bool(_)) => value,
            _ => return Err(format!("cannot parse \"{text}\" as tag:yaml.org,2002:bool")),
        },
        "int" | "float" => {
            let plain = text.replace('_', "");
            match parse_decimal(&plain).or_else(|| parse_go_integer(&plain)) {
                Some(number) => Value::Number(number),
                None => return Err(format!("cannot parse \"{text}\" as tag:yaml.org,2002:{tag}")),
            }
        }
        "timestamp" => match parse_timestamp(text) {
            Some(timestamp) => Value::String(timestamp),
            None => return Err(format!("cannot parse \"{text}\" as tag:yaml.org,2002:timestamp")),
        },
        "null" => Value::Null,
        _ => Value::string(text),
    };
    Ok(Some(value))
}

/// The spellings go-cty-yaml resolves by table: YAML 1.1 booleans, nulls and infinities.
fn well_known(text: &str) -> Option<Value> {
    Some(match text {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => Value::Bool(true),
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => Value::Bool(false),
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Value::Number(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Value::Number(f64::NEG_INFINITY),
        _ => return None,
    })
}

/// `[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+`, the YAML 1.2 integer forms go-cty-yaml recognizes.
fn is_yaml_integer(text: &str) -> bool {
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    if let Some(rest) = text.strip_prefix("0o") {
        return digits(rest, 8);
    }
    if let Some(rest) = text.strip_prefix("0x") {
        return digits(rest, 16);
    }
    digits(text.strip_prefix(['-', '+']).unwrap_or(text), 10)
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
fn is_yaml_float(text: &str) -> bool {
    let rest = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => !fraction.is_empty() && all_digits(fraction),
        Some((whole, fraction)) => all_digits(whole) && all_digits(fraction),
        None => !mantissa.is_empty() && all_digits(mantissa),
    };
    let exponent_ok = match exponent {
        None => true,
        Some(exponent) => {
            let digits = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
            !digits.is_empty() && all_digits(digits)
        }
    };
    mantissa_ok && exponent_ok
}

/// cty's `ParseNumberVal`: a decimal number (`1`, `-2.5`, `.5`, `1.`, `1e3`, `017`).
fn parse_decimal(text: &str) -> Option<f64> {
    let rest = text.strip_prefix(['-', '+']).unwrap_or(text);
    if rest.is_empty() || !rest.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    if !rest.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) {
        return None;
    }
    text.parse::<f64>().ok().filter(|number| number.is_finite())
}

/// Go's `strconv.ParseInt(text, 0, 64)` (then `ParseUint`): `0x`, `0o`, `0b` and leading-zero octal.
fn parse_go_integer(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits) = if let Some(digits) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) {
        (16, digits)
    } else if let Some(digits) = rest.strip_prefix("0o").or_else(|| rest.strip_prefix("0O")) {
        (8, digits)
    } else if let Some(digits) = rest.strip_prefix("0b").or_else(|| rest.strip_prefix("0B")) {
        (2, digits)
    } else if rest.len() > 1 && rest.starts_with('0') {
        (8, &rest[1..])
    } else {
        (10, rest)
    };
    if digits.is_empty() || digits.starts_with(['+', '-']) {
        return None;
    }
    let magnitude = u64::from_str_radix(digits, radix).ok()?;
    if negative {
        // ParseInt's range: down to -2^63.
        if magnitude > 1u64 << 63 {
            return None;
        }
        Some(-(magnitude as f64))
    } else {
        Some(magnitude as f64)
    }
}

/// A YAML timestamp in one of the layouts go-cty-yaml accepts, as an RFC 3339 string (seconds, no
/// fraction; `Z` for UTC, `±hh:mm` otherwise).
fn parse_timestamp(text: &str) -> Option<String> {
    // Every layout starts with a four-digit year and a dash.
    let bytes = text.as_bytes();
    if bytes.len() < 5 || !bytes[..4].iter().all(u8::is_ascii_digit) || bytes[4] != b'-' {
        return None;
    }
    [Layout::DateTimeZone(b'T'), Layout::DateTimeZone(b't'), Layout::DateTime, Layout::Date]
        .into_iter()
        .find_map(|layout| parse_layout(text, layout))
}

/// The layouts of go-cty-yaml's `allowedTimestampFormats`.
#[derive(Clone, Copy)]
enum Layout {
    /// `2006-1-2T15:4:5.999999999Z07:00` (with `T` or `t`).
    DateTimeZone(u8),
    /// `2006-1-2 15:4:5.999999999`.
    DateTime,
    /// `2006-1-2`.
    Date,
}

/// Go's `time.Parse` for one layout.
fn parse_layout(text: &str, layout: Layout) -> Option<String> {
    let mut rest = text.as_bytes();
    let year = take_digits(&mut rest, 4, 4)?;
    expect(&mut rest, b'-')?;
    let month = take_digits(&mut rest, 1, 2)?;
    expect(&mut rest, b'-')?;
    let day = take_digits(&mut rest, 1, 2)?;
    let (mut hour, mut minute, mut second, mut offset) = (0, 0, 0, 0i64);
    match layout {
        Layout::Date => {}
        Layout::DateTimeZone(_) | Layout::DateTime => {
            let separator = match layout {
                Layout::DateTimeZone(separator) => separator,
                _ => b' ',
            };
            expect(&mut rest, separator)?;
            hour = take_digits(&mut rest, 1, 2)?;
            expect(&mut rest, b':')?;
            minute = take_digits(&mut rest, 1, 2)?;
            expect(&mut rest, b':')?;
            second = take_digits(&mut rest, 1, 2)?;
            // An optional fraction, which RFC 3339 output drops.
            if rest.len() > 1 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit() {
                rest = &rest[1..];
                while rest.first().is_some_and(u8::is_ascii_digit) {
                    rest = &rest[1..];
                }
            }
            if let Layout::DateTimeZone(_) = layout {
                if rest.first() == Some(&b'Z') {
                    rest = &rest[1..];
                } else {
                    let sign = match rest.first() {
                        Some(b'+') => 1,
                        Some(b'-') => -1,
                        _ => return None,
                    };
                    rest = &rest[1..];
                    let hours = take_digits(&mut rest, 2, 2)?;
                    expect(&mut rest, b':')?;
                    let minutes = take_digits(&mut rest, 2, 2)?;
                    if hours > 24 || minutes > 59 {
                        return None;
                    }
                    offset = sign * (hours * 60 + minutes);
                }
            }
        }
    }
    if !rest.is_empty() || !(1..=12).contains(&month) || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let zone = if offset == 0 {
        "Z".to_string()
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        format!("{sign}{:02}:{:02}", offset.abs() / 60, offset.abs() % 60)
    };
    Some(format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{zone}"))
}

/// Go's layout numbers: `min` to `max` digits (a second digit is taken when present).
fn take_digits(rest: &mut &[u8], min: usize, max: usize) -> Option<i64> {
    let count = rest.iter().take(max).take_while(|b| b.is_ascii_digit()).count();
    if count < min {
        return None;
    }
    let (digits, tail) = rest.split_at(count);
    *rest = tail;
    std::str::from_utf8(digits).ok()?.parse().ok()
}

fn expect(rest: &mut &[u8], byte: u8) -> Option<()> {
    let (first, tail) = rest.split_first()?;
    if *first != byte {
        return None;
    }
    *rest = tail;
    Some(())
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: &[(&str, Value)]) -> Value {
        Value::sorted_map(entries.iter().map(|(key, value)| (key.to_string(), value.clone())))
    }

    fn enc(value: &Value) -> String {
        encode(value).unwrap()
    }

    #[test]
    fn scalars_at_the_root_end_the_document_as_libyaml_does() {
        assert_eq!(enc(&Value::Number(1.0)), "1\n...\n");
        assert_eq!(enc(&Value::Null), "null\n...\n");
        assert_eq!(enc(&Value::Bool(true)), "true\n...\n");
        assert_eq!(enc(&Value::string("x")), "\"x\"\n");
        assert_eq!(enc(&Value::string("")), "\"\"\n");
        assert_eq!(enc(&Value::List(vec![])), "[]\n");
        assert_eq!(enc(&map(&[])), "{}\n");
        assert_eq!(enc(&Value::Number(1e-7)), "0.0000001\n...\n");
        assert_eq!(enc(&Value::Number(f64::INFINITY)), "+Inf\n...\n");
    }

    #[test]
    fn multi_line_strings_are_literal_blocks_with_chomping_hints() {
        assert_eq!(enc(&Value::string("a\n")), "|\n  a\n");
        assert_eq!(enc(&Value::string("a\n\n")), "|+\n  a\n\n");
        assert_eq!(enc(&Value::string("\n")), "|2+\n\n");
        assert_eq!(enc(&Value::string(" a\nb")), "|2-\n   a\n  b\n");
        // Trailing spaces and tabs rule out a block: the string is double-quoted and escaped.
        assert_eq!(enc(&Value::string("a \nb")), "\"a \\nb\"\n");
        assert_eq!(enc(&Value::string("a\tb\nc")), "\"a\\tb\\nc\"\n");
        let list = Value::List(vec![Value::string("a\nb"), Value::string("c\n")]);
        assert_eq!(enc(&list), "- |-\n  a\n  b\n- |\n  c\n");
    }

    #[test]
    fn collections_nest_in_block_style() {
        let value = map(&[
            ("b", Value::string("hello")),
            ("c", Value::List(vec![Value::Number(1.0), map(&[("d", Value::string("e"))])])),
            ("e", map(&[])),
            ("f", Value::List(vec![])),
            ("g", Value::Null),
            ("n", map(&[("z", Value::Number(1.0)), ("y", Value::List(vec![]))])),
            ("B", Value::Number(1.5)),
        ]);
        assert_eq!(
            enc(&value),
            "\"B\": 1.5\n\"b\": \"hello\"\n\"c\":\n- 1\n- \"d\": \"e\"\n\"e\": {}\n\"f\": []\n\"g\": null\n\"n\":\n  \"y\": []\n  \"z\": 1\n"
        );
        let nested = Value::List(vec![
            Value::List(vec![Value::Number(1.0), Value::Number(2.0)]),
            Value::List(vec![Value::Number(3.0), Value::List(vec![Value::Number(4.0)])]),
            map(&[("a", map(&[("b", Value::List(vec![Value::Number(1.0)]))]))]),
        ]);
        assert_eq!(enc(&nested), "- - 1\n  - 2\n- - 3\n  - - 4\n- \"a\":\n    \"b\":\n    - 1\n");
    }

    #[test]
    fn strings_escape_and_fold_as_libyaml_does() {
        let text = "\u{1F600} é \u{a0} \u{85} \u{2028} \u{7f} \"q\" \\";
        assert_eq!(enc(&Value::string(text)), "\"\\U0001F600 é \u{a0} \\N \\L \\x7F \\\"q\\\" \\\\\"\n");
        let long =
            "The quick brown fox jumps over the lazy dog and keeps running far beyond the fence line into the woods";
        assert_eq!(
            enc(&map(&[("a", Value::string(long))])),
            "\"a\": \"The quick brown fox jumps over the lazy dog and keeps running far beyond the\n  fence line into the woods\"\n"
        );
        let double =
            "The quick brown fox jumps over the lazy dog and keeps running  far beyond the fence line into the woods";
        assert_eq!(
            enc(&Value::List(vec![Value::string(double)])),
            "- \"The quick brown fox jumps over the lazy dog and keeps running  far beyond the fence\n  line into the woods\"\n"
        );
        // A leading byte order mark escapes every character.
        assert_eq!(enc(&Value::string("\u{feff}ab")), "\"\\uFEFF\\x61\\x62\"\n");
    }

    #[test]
    fn keys_that_cannot_be_simple_take_the_explicit_form() {
        assert_eq!(enc(&map(&[("a\nb", Value::Number(1.0))])), "? |-\n  a\n  b\n: 1\n");
        let long = "k".repeat(130);
        assert_eq!(enc(&map(&[(long.as_str(), Value::Number(1.0))])), format!("? \"{long}\"\n: 1\n"));
    }

    #[test]
    fn plain_scalars_fall_back_to_quotes_when_plain_is_not_allowed() {
        let mut emitter = Emitter::new();
        emitter.scalar(" x", Style::Plain).unwrap();
        assert_eq!(emitter.out, "' x'");
        let mut emitter = Emitter::new();
        emitter.scalar("it's", Style::SingleQuoted).unwrap();
        assert_eq!(emitter.out, "'it''s'");
        let mut emitter = Emitter::new();
        emitter.scalar(" a\n b", Style::SingleQuoted).unwrap();
        assert_eq!(emitter.out, "\" a\\n b\"");
    }

    #[test]
    fn symbolic_values_have_no_yaml_form() {
        let sym = Value::Sym(crate::value::Sym::new(iac2cfn_ir::Expr::reference("X"), crate::value::SymType::String));
        assert!(encode(&Value::List(vec![sym])).is_err());
    }

    #[test]
    fn scalars_resolve_as_go_cty_yaml_resolves_them() {
        let cases: &[(&str, Value)] = &[
            ("yes", Value::Bool(true)),
            ("on", Value::Bool(true)),
            ("y", Value::Bool(true)),
            ("Off", Value::Bool(false)),
            ("1.0", Value::Number(1.0)),
            ("0x1F", Value::Number(31.0)),
            ("0o17", Value::Number(15.0)),
            ("017", Value::Number(17.0)),
            ("1_000", Value::string("1_000")),
            ("+12", Value::Number(12.0)),
            (".5", Value::Number(0.5)),
            ("1e3", Value::Number(1000.0)),
            ("2024-01-02", Value::string("2024-01-02T00:00:00Z")),
            ("2024-01-02 10:20:30", Value::string("2024-01-02T10:20:30Z")),
            ("2001-12-14t21:59:43.10-05:00", Value::string("2001-12-14T21:59:43-05:00")),
            ("2024-1-2T3:4:5+00:00", Value::string("2024-01-02T03:04:05Z")),
            ("2024-02-30", Value::string("2024-02-30")),
            ("~", Value::Null),
            ("null", Value::Null),
            ("'12'", Value::string("12")),
            ("!!str 12", Value::string("12")),
            ("!!int '12'", Value::string("12")),
            ("!!int 0b101", Value::Number(5.0)),
            ("!!float 1_0.5", Value::Number(10.5)),
            ("!!null abc", Value::Null),
            ("!!bool 1", Value::Number(1.0)),
            ("|-\n  yes", Value::string("true")),
            ("|-\n  1.0", Value::string("1")),
            (">-\n  ~", Value::Null),
            ("- 1\n - 2", Value::List(vec![Value::string("1 - 2")])),
            ("{\"a\":1}", map(&[("a", Value::Number(1.0))])),
            ("-", Value::List(vec![Value::Null])),
            ("-x", Value::string("-x")),
            ("nan", Value::string("nan")),
            ("---\n", Value::Null),
            ("---\na: 1\n...\n", map(&[("a", Value::Number(1.0))])),
        ];
        for (text, expected) in cases {
            assert_eq!(decode(text).as_ref(), Ok(expected), "{text:?}");
        }
        assert_eq!(decode(".inf"), Ok(Value::Number(f64::INFINITY)));
    }

    #[test]
    fn mappings_convert_keys_merge_and_copy_aliases() {
        assert_eq!(decode("{yes: 1, 1.0: 2}"), Ok(map(&[("true", Value::Number(1.0)), ("1", Value::Number(2.0))])));
        let merged = decode("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3").unwrap();
        assert_eq!(
            merged,
            map(&[
                ("base", map(&[("true", Value::Number(2.0)), ("x", Value::Number(1.0))])),
                ("d", map(&[("true", Value::Number(3.0)), ("x", Value::Number(1.0))])),
            ])
        );
        assert_eq!(
            decode("a: &x [1, 2]\nb: *x\nc: 1\nc: 2"),
            Ok(map(&[
                ("a", Value::List(vec![Value::Number(1.0), Value::Number(2.0)])),
                ("b", Value::List(vec![Value::Number(1.0), Value::Number(2.0)])),
                ("c", Value::Number(2.0)),
            ]))
        );
        assert_eq!(decode("- <<"), Ok(Value::List(vec![Value::string("<<")])));
    }

    #[test]
    fn invalid_documents_are_errors_not_panics() {
        for text in [
            "",
            "# only a comment",
            "a: 1\n---\nb: 2",
            "a: [1",
            "{~: 3}",
            "a: &x [*x]",
            "? [1]\n: 2",
            "!!foo x",
            "!!seq {}",
            "<<: [1]",
            ".nan",
            "!!int abc",
            "!!binary '!!'",
            "*undefined",
            "'<<': 1",
            "%YAML 1.2\n---\na: 1",
            "a: b: c",
        ] {
            assert!(decode(text).is_err(), "{text:?} decoded as {:?}", decode(text));
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(decode(&deep).is_err());
        let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..9 {
            let previous = format!("*a{}", level - 1);
            laughs.push_str(&format!("a{level}: &a{level} [{}]\n", [previous.as_str(); 10].join(", ")));
        }
        assert!(decode(&laughs).unwrap_err().contains("more than"));
    }
}
