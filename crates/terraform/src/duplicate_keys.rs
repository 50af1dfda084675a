//! Object constructors that repeat a key.
//!
//! Terraform accepts `{ port = 80, name = "x", port = 81 }`: HCL builds the object item by item and a
//! later item replaces an earlier one with the same key, so the object is `{ name = "x", port = 81 }`
//! (checked with `terraform console` 1.11). hcl-edit, whose spans this frontend needs, refuses such an
//! object outright ("found redefined object key"), and its `Object` type cannot hold two equal keys.
//!
//! [`parse_body`] therefore gives hcl-edit a text in which the items that a later item overrides are
//! blanked out: every byte of them becomes a space (newlines stay), so the text keeps its length and
//! every span of what remains is a span of the file as written. To find those items it first gives
//! each repeated key another spelling of the same length (one that occurs nowhere in the file, so it
//! cannot meet another key), parses that text, and reads in the tree which earlier items each renamed
//! key overrides. Keys hcl-edit compares are identifiers and quoted strings; a repeated key of any
//! other form (an expression in parentheses) keeps hcl-edit's error.

use hcl_edit::expr::{Expression, Object, ObjectKey};
use hcl_edit::structure::Body;
use hcl_edit::visit::{self, Visit};
use std::collections::BTreeSet;
use std::ops::Range;

/// The part of hcl-edit's message for a repeated object key.
const REDEFINED_KEY: &str = "found redefined object key";

/// An object item that a later item with the same key overrides, and which was therefore left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Overridden {
    /// The key, as Terraform reads it.
    pub key: String,
    /// Where the overridden item's key is written.
    pub key_span: Range<usize>,
    /// Where the key of the item that wins is written.
    pub winner_span: Range<usize>,
}

/// Parses a body as Terraform does where an object constructor repeats a key: the last item wins.
/// Returns the body and the items that later ones override (in file order), or hcl-edit's error.
pub(crate) fn parse_body(text: &str) -> Result<(Body, Vec<Overridden>), hcl_edit::parser::Error> {
    let first_error = match hcl_edit::parser::parse_body(text) {
        Ok(body) => return Ok((body, Vec::new())),
        Err(error) if error.message().contains(REDEFINED_KEY) => error,
        Err(error) => return Err(error),
    };
    // Give every repeated key a spelling of its own, one error at a time. Each round renames a key
    // after the previous one, so the number of rounds is bounded by the number of items in the file.
    let mut renamed_text = text.to_string();
    let mut renamed: Vec<Range<usize>> = Vec::new();
    let body = loop {
        match hcl_edit::parser::parse_body(&renamed_text) {
            Ok(body) => break body,
            Err(error) if error.message().contains(REDEFINED_KEY) => {
                let offset = error.location().offset();
                let Some(key) = key_text(text, offset) else { return Err(error) };
                if renamed.iter().any(|done| done.start == offset) {
                    return Err(error);
                }
                let Some(spelling) = other_spelling(text, key.clone()) else { return Err(error) };
                renamed_text.replace_range(key.clone(), &spelling);
                renamed.push(key);
            }
            // Same length, same offsets: this error is where the file as written is wrong.
            Err(error) => return Err(error),
        }
    };
    let mut finder = Finder { text, renamed: &renamed, blank: BTreeSet::new(), overridden: Vec::new() };
    finder.visit_body(&body);
    if finder.blank.is_empty() {
        return Err(first_error);
    }
    let mut blanked = text.as_bytes().to_vec();
    for &(start, end) in &finder.blank {
        for byte in &mut blanked[start..end] {
            if *byte != b'\n' && *byte != b'\r' {
                *byte = b' ';
            }
        }
    }
    // Whole characters (every byte of a multi-byte one) become spaces, so the text stays UTF-8.
    let Ok(blanked) = String::from_utf8(blanked) else { return Err(first_error) };
    match hcl_edit::parser::parse_body(&blanked) {
        Ok(body) => {
            let mut overridden = finder.overridden;
            // An item several later ones override is reported once, with the last of them (the value kept).
            overridden.sort_by_key(|item| (item.key_span.start, std::cmp::Reverse(item.winner_span.start)));
            overridden.dedup_by_key(|item| item.key_span.start);
            Ok((body, overridden))
        }
        Err(error) if error.message().contains(REDEFINED_KEY) => Err(first_error),
        Err(error) => Err(error),
    }
}

/// Whether a character can continue an HCL identifier.
fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// The bytes of the key written at `offset` that spell its name: an identifier, or the inside of a
/// quoted string without escapes or interpolation. `None` for other keys.
fn key_text(text: &str, offset: usize) -> Option<Range<usize>> {
    let rest = text.get(offset..)?;
    if let Some(quoted) = rest.strip_prefix('"') {
        let end = quoted.find(['"', '\\', '$', '%', '\n'])?;
        if end == 0 || !quoted[end..].starts_with('"') {
            return None;
        }
        return Some(offset + 1..offset + 1 + end);
    }
    let first = rest.chars().next()?;
    if !(first.is_alphabetic() || first == '_') {
        return None;
    }
    let end = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
    Some(offset..offset + end)
}

/// A spelling of the key at `range` of the same byte length that occurs nowhere in `text` as a word,
/// so the renamed key equals no other key of the file.
fn other_spelling(text: &str, range: Range<usize>) -> Option<String> {
    let original = &text[range];
    // Only ASCII characters are replaced, so the length in bytes stays the same.
    let positions: Vec<usize> = original.char_indices().filter(|(_, c)| c.is_ascii()).map(|(at, _)| at).rev().collect();
    for at in positions {
        for replacement in ('A'..='Z').chain('a'..='z') {
            let mut spelling = original.to_string();
            spelling.replace_range(at..at + 1, replacement.encode_utf8(&mut [0; 4]));
            if !occurs_as_word(text, &spelling) {
                return Some(spelling);
            }
        }
    }
    None
}

/// Whether `word` occurs in `text` with no identifier character on either side.
fn occurs_as_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_ident_char) && !after.is_some_and(is_ident_char)
    })
}

/// Walks the parsed (renamed) body for the objects holding a renamed key.
struct Finder<'a> {
    /// The file as written.
    text: &'a str,
    /// Where the renamed keys' names are written.
    renamed: &'a [Range<usize>],
    /// The byte ranges to blank out: each overridden item with its separating comma.
    blank: BTreeSet<(usize, usize)>,
    overridden: Vec<Overridden>,
}

impl Finder<'_> {
    /// The name of a key as written in the file (before renaming), when it is one hcl-edit compares.
    fn original_name(&self, key: &ObjectKey) -> Option<(String, Range<usize>)> {
        let span = hcl_edit::Span::span(key)?;
        let name = match key {
            ObjectKey::Ident(_) => self.text.get(span.clone())?.to_string(),
            ObjectKey::Expression(Expression::String(_)) => {
                let inner = span.start + 1..span.end.checked_sub(1)?;
                self.text.get(inner)?.to_string()
            }
            ObjectKey::Expression(_) => return None,
        };
        Some((name, span))
    }

    fn is_renamed(&self, key_span: &Range<usize>) -> bool {
        self.renamed.iter().any(|name| key_span.start <= name.start && name.end <= key_span.end)
    }

    /// The bytes of an item from its key to the end of its value, and the comma after it, if any.
    fn item_extent(&self, key_span: &Range<usize>, value: &Expression) -> Option<Range<usize>> {
        let value_end = hcl_edit::Span::span(value)?.end;
        let rest = self.text.get(value_end..)?;
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let end = if rest[spaces..].starts_with(',') { value_end + spaces + 1 } else { value_end };
        Some(key_span.start..end)
    }
}

impl Visit for Finder<'_> {
    fn visit_object(&mut self, object: &Object) {
        let items: Vec<_> = object.iter().map(|(key, value)| (self.original_name(key), value.expr())).collect();
        for (index, (key, _)) in items.iter().enumerate() {
            let Some((name, winner_span)) = key else { continue };
            if !self.is_renamed(winner_span) {
                continue;
            }
            for (earlier, value) in &items[..index] {
                let Some((earlier_name, earlier_span)) = earlier else { continue };
                if earlier_name != name {
                    continue;
                }
                if let Some(extent) = self.item_extent(earlier_span, value) {
                    self.blank.insert((extent.start, extent.end));
                    self.overridden.push(Overridden {
                        key: name.clone(),
                        key_span: earlier_span.clone(),
                        winner_span: winner_span.clone(),
                    });
                }
            }
        }
        visit::visit_object(self, object);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (String, Vec<(String, usize)>) {
        let (body, overridden) = parse_body(text).expect("parses");
        let attribute = body.get_attribute("o").expect("o");
        let Expression::Object(object) = &attribute.value else { panic!("an object") };
        let keys = object
            .iter()
            .map(|(key, value)| {
                let written = |span: Option<Range<usize>>| span.map_or("", |span| &text[span]);
                format!("{}={}", written(hcl_edit::Span::span(key)), written(hcl_edit::Span::span(value.expr())))
            })
            .collect::<Vec<_>>()
            .join(",");
        (keys, overridden.into_iter().map(|o| (o.key, o.key_span.start)).collect())
    }

    #[test]
    fn a_later_item_overrides_an_earlier_one_with_the_same_key() {
        let text = "o = {\n  port = 80\n  name = \"x\"\n  port = 81\n}\n";
        let (keys, overridden) = parsed(text);
        assert_eq!(keys, "name=\"x\",port=81");
        assert_eq!(overridden, vec![("port".to_string(), 8)]);
    }

    #[test]
    fn commas_quoted_keys_and_three_repetitions() {
        let text = "o = { a = 1, \"a\" = 2, b = { c = 1, c = [1, 2] }, a = 3 }";
        let (keys, overridden) = parsed(text);
        assert_eq!(keys, "b={ c = 1, c = [1, 2] },a=3");
        assert_eq!(overridden.len(), 3);
    }

    #[test]
    fn a_one_letter_key_gets_a_spelling_no_other_key_has() {
        let text = "o = { a = 1, A = 2, B = 3, a = 4 }";
        let (keys, _) = parsed(text);
        assert_eq!(keys, "A=2,B=3,a=4");
    }

    #[test]
    fn other_errors_keep_their_place() {
        let text = "o = { a = 1, a = 2 }\np = {\n";
        let error = parse_body(text).expect_err("unterminated");
        assert!(!error.message().contains(REDEFINED_KEY));
        let text = "o = { (x) = 1, (x) = 2 }";
        let error = parse_body(text).expect_err("not an identifier");
        assert!(error.message().contains(REDEFINED_KEY));
    }
}
