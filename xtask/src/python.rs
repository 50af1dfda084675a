//! Just enough of Python's literal syntax to read the tables cfn-lint keeps in its source code: a
//! module-level assignment of a string, or of lists and dicts of strings.
//!
//! cfn-lint's list of GetAtt exceptions lives in `cfnlint/schema/_getatts.py`, not in its data files.
//! Reading it from the installed package (instead of copying it here) keeps the generated table in
//! step with the cfn-lint it records in its header.

/// A Python literal made of strings, lists (or tuples) and dicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    /// A string literal (adjacent literals are concatenated, as Python does).
    Str(String),
    /// A list or tuple.
    List(Vec<Literal>),
    /// A dict, in source order.
    Dict(Vec<(Literal, Literal)>),
}

impl Literal {
    /// The strings of a list of strings.
    pub fn strings(&self) -> Option<Vec<String>> {
        match self {
            Literal::List(items) => items
                .iter()
                .map(|item| match item {
                    Literal::Str(text) => Some(text.clone()),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    }
}

/// The literal assigned to `name` at the start of a line (`name = ...` or `name: type = ...`).
pub fn assignment(source: &str, name: &str) -> Result<Literal, String> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(name) {
            let rest = rest.trim_start();
            // `name = ` or an annotated `name: list[str] = `; not `name_other = `.
            if rest.starts_with('=') || rest.starts_with(':') {
                if let Some(equals) = line.find('=') {
                    let mut parser = Parser { text: &source[offset + equals + 1..], position: 0 };
                    return parser.literal(0).map_err(|error| format!("`{name}`: {error}"));
                }
            }
        }
        offset += line.len();
    }
    Err(format!("no assignment to `{name}` at the start of a line"))
}

struct Parser<'a> {
    text: &'a str,
    position: usize,
}

impl Parser<'_> {
    /// Skips blanks, newlines and comments.
    fn skip_trivia(&mut self) {
        loop {
            let rest = &self.text[self.position..];
            let trimmed = rest.trim_start();
            self.position += rest.len() - trimmed.len();
            if trimmed.starts_with('#') {
                self.position += trimmed.find('\n').unwrap_or(trimmed.len());
            } else {
                return;
            }
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_trivia();
        self.text[self.position..].chars().next()
    }

    fn expect(&mut self, wanted: char) -> Result<(), String> {
        match self.peek() {
            Some(found) if found == wanted => {
                self.position += found.len_utf8();
                Ok(())
            }
            found => Err(format!("expected `{wanted}`, found {found:?} at byte {}", self.position)),
        }
    }

    fn literal(&mut self, depth: usize) -> Result<Literal, String> {
        if depth > 16 {
            return Err("literal nested too deeply".into());
        }
        match self.peek() {
            Some('[') => self.sequence('[', ']', depth).map(Literal::List),
            Some('(') => self.sequence('(', ')', depth).map(Literal::List),
            Some('{') => self.dict(depth),
            Some('"' | '\'') => {
                let mut text = self.string()?;
                // Python joins adjacent string literals.
                while matches!(self.peek(), Some('"' | '\'')) {
                    text.push_str(&self.string()?);
                }
                Ok(Literal::Str(text))
            }
            found => Err(format!("expected a string, list or dict, found {found:?} at byte {}", self.position)),
        }
    }

    fn sequence(&mut self, open: char, close: char, depth: usize) -> Result<Vec<Literal>, String> {
        self.expect(open)?;
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(close) {
                self.position += close.len_utf8();
                return Ok(items);
            }
            items.push(self.literal(depth + 1)?);
            if self.peek() == Some(',') {
                self.position += 1;
            } else {
                self.expect(close)?;
                return Ok(items);
            }
        }
    }

    fn dict(&mut self, depth: usize) -> Result<Literal, String> {
        self.expect('{')?;
        let mut entries = Vec::new();
        loop {
            if self.peek() == Some('}') {
                self.position += 1;
                return Ok(Literal::Dict(entries));
            }
            let key = self.literal(depth + 1)?;
            self.expect(':')?;
            let value = self.literal(depth + 1)?;
            entries.push((key, value));
            if self.peek() == Some(',') {
                self.position += 1;
            } else {
                self.expect('}')?;
                return Ok(Literal::Dict(entries));
            }
        }
    }

    /// A short string literal with the escapes cfn-lint's tables use (`\\`, `\"`, `\'`, `\n`, `\t`).
    fn string(&mut self) -> Result<String, String> {
        let start = self.position;
        let mut chars = self.text[self.position..].char_indices();
        let Some((_, quote)) = chars.next() else { return Err("unexpected end of input".into()) };
        let mut text = String::new();
        while let Some((index, c)) = chars.next() {
            match c {
                _ if c == quote => {
                    self.position += index + c.len_utf8();
                    return Ok(text);
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => text.push('\n'),
                    Some((_, 't')) => text.push('\t'),
                    Some((_, escaped @ ('\\' | '"' | '\''))) => text.push(escaped),
                    // Python keeps unknown escapes as written (`"\."` is backslash, dot).
                    Some((_, other)) => {
                        text.push('\\');
                        text.push(other);
                    }
                    None => break,
                },
                '\n' => break,
                _ => text.push(c),
            }
        }
        Err(format!("unterminated string at byte {start}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_and_dicts_with_comments() {
        let source = r#"
from x import y

_all_types = [
    "AWS::A::B",  # a comment, with "quotes"
    'AWS::C::D',
]
_other: dict[str, list[str]] = {
    "AWS::E::F": ["Name",
                  "Id"],
    "AWS::G::H": ("Only",),
}
__version__ = "1." "2"
"#;
        assert_eq!(assignment(source, "_all_types").unwrap().strings().unwrap(), ["AWS::A::B", "AWS::C::D"]);
        let Literal::Dict(entries) = assignment(source, "_other").unwrap() else { panic!("not a dict") };
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].0, Literal::Str("AWS::E::F".into()));
        assert_eq!(entries[0].1.strings().unwrap(), ["Name", "Id"]);
        assert_eq!(entries[1].1.strings().unwrap(), ["Only"]);
        assert_eq!(assignment(source, "__version__").unwrap(), Literal::Str("1.2".into()));
    }

    #[test]
    fn reports_what_it_cannot_read() {
        assert!(assignment("x = [1, 2]\n", "x").is_err());
        assert!(assignment("x = ['open\n", "x").is_err());
        assert!(assignment("xy = []\n", "x").is_err());
        assert!(assignment("", "x").is_err());
    }
}
