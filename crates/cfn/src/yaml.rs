//! The YAML writer: block style, two-space indentation, short-form intrinsic tags as in AWS's own
//! examples, and quoting that keeps every string a string for YAML 1.1 readers.

use crate::document::{document, Node};
use iac2cfn_ir::Template;

/// Writes a template as YAML.
pub fn to_yaml(template: &Template) -> String {
    let mut writer = Writer { out: String::new() };
    if let Node::Map(entries) = document(template) {
        for (key, value) in &entries {
            writer.out.push_str(&scalar_key(key));
            writer.out.push(':');
            writer.value(value, 2, false);
        }
    }
    writer.out
}

/// Where the value being written starts.
struct Writer {
    out: String,
}

impl Writer {
    fn indent(&mut self, columns: usize) {
        self.out.extend(std::iter::repeat_n(' ', columns));
    }

    /// Writes a value after a `key:`, a `-` or a tag on the current line, and ends the line.
    ///
    /// `indent` is the column where the value's own entries start when it spans lines. `compact` is set
    /// after a `-`: a map or list may then start on the dash's line, as `- Key: value` or `- - item`.
    fn value(&mut self, node: &Node, indent: usize, compact: bool) {
        match node {
            Node::Null => self.out.push_str(" null\n"),
            Node::Bool(value) => self.out.push_str(if *value { " true\n" } else { " false\n" }),
            Node::Number(number) => {
                self.out.push(' ');
                self.out.push_str(number);
                self.out.push('\n');
            }
            Node::String(text) => self.string(text, indent),
            Node::Seq(items) if items.is_empty() => self.out.push_str(" []\n"),
            Node::Map(entries) if entries.is_empty() => self.out.push_str(" {}\n"),
            Node::Seq(items) => {
                for (index, item) in items.iter().enumerate() {
                    if index == 0 && compact {
                        self.out.push(' ');
                    } else {
                        if index == 0 {
                            self.out.push('\n');
                        }
                        self.indent(indent);
                    }
                    self.out.push('-');
                    self.value(item, indent + 2, true);
                }
            }
            Node::Map(entries) => {
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index == 0 && compact {
                        self.out.push(' ');
                    } else {
                        if index == 0 {
                            self.out.push('\n');
                        }
                        self.indent(indent);
                    }
                    self.out.push_str(&scalar_key(key));
                    self.out.push(':');
                    self.value(value, indent + 2, false);
                }
            }
            Node::GetAtt { resource, attribute } => {
                self.out.push_str(" !GetAtt ");
                self.out.push_str(&plain_or_quoted(&format!("{resource}.{attribute}")));
                self.out.push('\n');
            }
            Node::Function { name, argument } => {
                // A YAML node carries at most one tag, so `!Base64 !Sub ...` is not YAML: when the argument
                // is itself tagged, this function takes the long form `Fn::Base64: !Sub ...`.
                let argument_is_tagged = matches!(**argument, Node::Function { .. } | Node::GetAtt { .. });
                if argument_is_tagged {
                    let long = Node::Map(vec![(name.to_string(), (**argument).clone())]);
                    self.value(&long, indent, compact);
                    return;
                }
                self.out.push_str(" !");
                self.out.push_str(name.strip_prefix("Fn::").unwrap_or(name));
                self.value(argument, indent, false);
            }
        }
    }

    fn string(&mut self, text: &str, indent: usize) {
        if let Some(block) = literal_block(text, indent) {
            self.out.push(' ');
            self.out.push_str(&block);
        } else {
            self.out.push(' ');
            self.out.push_str(&plain_or_quoted(text));
            self.out.push('\n');
        }
    }
}

/// A key: the same rules as a value.
fn scalar_key(key: &str) -> String {
    if key.contains('\n') {
        double_quoted(key)
    } else {
        plain_or_quoted(key)
    }
}

/// A multi-line string as a literal block scalar (`|`, `|-` or `|+` by its trailing newlines), when it
/// can be one without changing its value.
fn literal_block(text: &str, indent: usize) -> Option<String> {
    if !text.contains('\n') {
        return None;
    }
    let body = text.trim_end_matches('\n');
    let trailing_newlines = text.len() - body.len();
    let representable = !body.is_empty()
        && !body.starts_with([' ', '\t', '\n'])
        && body.chars().all(|c| c == '\n' || !needs_escape(c))
        && body.lines().all(|line| !line.ends_with([' ', '\t']) && !line.starts_with('\t'))
        // A `\r` would be normalised away by a reader.
        && !body.contains('\r');
    if !representable {
        return None;
    }
    let chomping = match trailing_newlines {
        0 => "|-",
        1 => "|",
        _ => "|+",
    };
    let mut out = String::from(chomping);
    out.push('\n');
    for line in body.split('\n') {
        if !line.is_empty() {
            out.extend(std::iter::repeat_n(' ', indent));
            out.push_str(line);
        }
        out.push('\n');
    }
    // With keep chomping, every newline after the body is content: the body's last line break is written
    // above, the rest as empty lines.
    for _ in 1..trailing_newlines.max(1) {
        out.push('\n');
    }
    Some(out)
}

/// Characters that only a double-quoted scalar can carry.
fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\t') || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}'
}

/// The string as a plain scalar when every YAML 1.1 and 1.2 reader takes it for that same string;
/// otherwise single-quoted, or double-quoted when it has characters only escapes can carry.
pub(crate) fn plain_or_quoted(text: &str) -> String {
    if text.chars().any(|c| needs_escape(c) || c == '\n' || c == '\t') {
        return double_quoted(text);
    }
    if is_safe_plain(text) {
        return text.to_string();
    }
    format!("'{}'", text.replace('\'', "''"))
}

fn double_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let code = c as u32;
                if code <= 0xff {
                    out.push_str(&format!("\\x{code:02x}"));
                } else {
                    out.push_str(&format!("\\u{code:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a string can be written without quotes.
fn is_safe_plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    // Indicators that start other constructs, and leading or trailing space that plain scalars lose.
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == ' ' || text.ends_with(' ') {
        return false;
    }
    // `: ` starts a mapping value, ` #` a comment; a trailing `:` reads as a key.
    if text.contains(": ") || text.contains(" #") || text.ends_with(':') {
        return false;
    }
    !is_yaml11_special(text)
}

/// Whether a YAML 1.1 (or 1.2) reader resolves the plain scalar to something other than a string:
/// booleans, null, integers (binary, octal, decimal, hex, sexagesimal), floats (including `.inf`,
/// `.nan` and sexagesimal), timestamps, merge keys and the value key.
fn is_yaml11_special(text: &str) -> bool {
    const WORDS: [&str; 22] = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~", "<<", "=", ".inf", "-.inf", "+.inf", ".nan",
        "nan", "inf", "-inf", "+inf", "none", "",
    ];
    let lower = text.to_ascii_lowercase();
    if WORDS.contains(&lower.as_str()) {
        return true;
    }
    // Every numeric or date form starts with a digit, a sign or a dot and is made only of digits, signs,
    // dots, underscores, colons, the letters of hex, binary, octal and exponent notation, and the date
    // separators `T`, `t`, `Z`, `z` and space. Quoting all such strings over-approximates the readers'
    // patterns, which is harmless: quoting never changes a string's value.
    let starts_numeric = text.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c));
    let numeric_alphabet = text.chars().all(|c| {
        c.is_ascii_digit()
            || "+-._: ".contains(c)
            || matches!(c.to_ascii_lowercase(), 'a'..='f' | 'x' | 'o' | 't' | 'z')
    });
    starts_numeric && numeric_alphabet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml11_hazards_are_quoted() {
        for hazard in [
            "yes",
            "No",
            "ON",
            "off",
            "y",
            "N",
            "true",
            "False",
            "null",
            "~",
            "",
            "0777",
            "0x1F",
            "0b101",
            "1_000",
            "1e3",
            "1.5",
            ".5",
            "-1",
            "+1",
            ".inf",
            "-.Inf",
            ".NaN",
            "190:20:30",
            "2001-12-14",
            "2001-12-14t21:59:43.10-05:00",
            "2001-12-14 21:59:43.10 -5",
            "<<",
            "=",
            " lead",
            "trail ",
            "a: b",
            "a #b",
            "key:",
            "- x",
            "-",
            "?",
            ":",
            "[x]",
            "{x}",
            "#c",
            "&a",
            "*a",
            "!t",
            "|",
            ">",
            "'q",
            "\"q",
            "%d",
            "@x",
            "`x",
            ",x",
            "1.0e+3",
            "12:30",
            "0o17",
        ] {
            let written = plain_or_quoted(hazard);
            assert!(written.starts_with('\'') || written.starts_with('"'), "{hazard:?} was written as {written}");
        }
    }

    #[test]
    fn ordinary_strings_stay_plain() {
        for plain in [
            "t2.micro",
            "AWS::S3::Bucket",
            "arn:aws:s3:::bucket/*",
            "10.0.0.0/16",
            "us-east-1a",
            "Fn::If",
            "hello world",
            "s3:GetObject",
            "a-b_c",
            "ml.m5.large",
            "x1.5",
            "Enabled",
        ] {
            assert_eq!(plain_or_quoted(plain), plain);
        }
    }

    #[test]
    fn control_characters_and_quotes_are_escaped() {
        assert_eq!(plain_or_quoted("it's"), "it's");
        assert_eq!(plain_or_quoted("'it'"), "'''it'''");
        assert_eq!(plain_or_quoted("a\tb"), "\"a\\tb\"");
        assert_eq!(plain_or_quoted("bell\u{7}"), "\"bell\\x07\"");
    }

    #[test]
    fn multi_line_strings_become_literal_blocks_with_the_right_chomping() {
        assert_eq!(literal_block("a\nb", 4).as_deref(), Some("|-\n    a\n    b\n"));
        assert_eq!(literal_block("a\n\nb\n", 2).as_deref(), Some("|\n  a\n\n  b\n"));
        assert_eq!(literal_block("a\n\n", 2).as_deref(), Some("|+\n  a\n\n"));
        assert_eq!(literal_block(" lead\nx", 2), None);
        assert_eq!(literal_block("trailing \nx", 2), None);
    }
}
