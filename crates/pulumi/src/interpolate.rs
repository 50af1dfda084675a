//! Pulumi YAML's string interpolation: `${name.property[0]["key"]}` placeholders in text, with `$$`
//! standing for a literal `$`.
//!
//! Offsets are byte offsets into the string's value; the caller maps them to the file (see
//! [`crate::eval`]).

use std::ops::Range;

/// A piece of an interpolated string.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Literal text, with `$$` already turned into `$`.
    Text(String),
    /// A `${...}` placeholder.
    Access(Access),
}

/// A property access: a root name and the accessors applied to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Access {
    /// The root name (`bucket`, `pulumi`, a config key).
    pub root: String,
    /// Where the root name is.
    pub root_range: Range<usize>,
    /// The accessors, in order, each with where it is.
    pub accessors: Vec<(Accessor, Range<usize>)>,
    /// The whole placeholder, `${` to `}`.
    pub range: Range<usize>,
}

/// One step of a property access.
#[derive(Debug, Clone, PartialEq)]
pub enum Accessor {
    /// `.name` or `["name"]`.
    Property(String),
    /// `[0]`.
    Index(usize),
}

/// A malformed interpolation: what is wrong and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// The problem, as a phrase.
    pub message: String,
    /// Where.
    pub range: Range<usize>,
}

/// Splits a string into text and placeholders.
pub fn parse(text: &str) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if text[index..].starts_with("$$") {
            literal.push('$');
            index += 2;
        } else if text[index..].starts_with("${") {
            let (access, end) = parse_access(text, index)?;
            if !literal.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut literal)));
            }
            pieces.push(Piece::Access(access));
            index = end;
        } else {
            let c = text[index..].chars().next().unwrap_or('\0');
            literal.push(c);
            index += c.len_utf8().max(1);
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(pieces)
}

/// Whether the string has any placeholder or escape at all.
pub fn has_syntax(text: &str) -> bool {
    text.contains('$')
}

/// Parses `${...}` starting at `start` (the `$`); returns the access and the offset after `}`.
fn parse_access(text: &str, start: usize) -> Result<(Access, usize), Error> {
    let body_start = start + 2;
    let bytes = text.as_bytes();
    let mut index = body_start;
    while index < bytes.len() && !matches!(bytes[index], b'.' | b'[' | b'}') {
        if bytes[index] == b'$' && text[index..].starts_with("${") {
            break;
        }
        index += 1;
    }
    let root = text[body_start..index].trim();
    if index >= bytes.len() || bytes[index] == b'$' {
        return Err(Error { message: "`${` is never closed by `}`".into(), range: start..index });
    }
    if root.is_empty() {
        return Err(Error { message: "a placeholder needs a name".into(), range: start..index + 1 });
    }
    let root_range = body_start..index;
    let mut accessors = Vec::new();
    loop {
        match bytes.get(index) {
            Some(b'}') => {
                let access = Access { root: root.to_string(), root_range, accessors, range: start..index + 1 };
                return Ok((access, index + 1));
            }
            Some(b'.') => {
                let name_start = index + 1;
                let mut end = name_start;
                while end < bytes.len() && !matches!(bytes[end], b'.' | b'[' | b'}') {
                    end += 1;
                }
                let name = &text[name_start..end];
                if name.is_empty() {
                    return Err(Error { message: "a property name is missing after `.`".into(), range: index..end });
                }
                accessors.push((Accessor::Property(name.to_string()), name_start..end));
                index = end;
            }
            Some(b'[') => {
                let close = text[index..].find(']').map(|offset| index + offset);
                let Some(close) = close else {
                    return Err(Error { message: "`[` is never closed by `]`".into(), range: index..bytes.len() });
                };
                let inside = text[index + 1..close].trim();
                let accessor = if let Some(quoted) = inside.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) {
                    Accessor::Property(quoted.replace("\\\"", "\"").replace("\\\\", "\\"))
                } else if let Ok(number) = inside.parse::<usize>() {
                    Accessor::Index(number)
                } else {
                    return Err(Error {
                        message: format!("`[{inside}]` is neither an index nor a quoted key"),
                        range: index..close + 1,
                    });
                };
                accessors.push((accessor, index..close + 1));
                index = close + 1;
            }
            _ => return Err(Error { message: "`${` is never closed by `}`".into(), range: start..bytes.len() }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_placeholders_and_escapes() {
        let pieces = parse("arn:$${x}:${bucket.arn}/${list[0][\"k\"]}").unwrap();
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[0], Piece::Text("arn:${x}:".into()));
        let Piece::Access(access) = &pieces[1] else { panic!() };
        assert_eq!(access.root, "bucket");
        assert_eq!(access.accessors[0].0, Accessor::Property("arn".into()));
        let Piece::Access(access) = &pieces[3] else { panic!() };
        assert_eq!(access.accessors[0].0, Accessor::Index(0));
        assert_eq!(access.accessors[1].0, Accessor::Property("k".into()));
    }

    #[test]
    fn malformed_placeholders_are_errors() {
        for bad in ["${", "${}", "${a.}", "${a[x]}", "${a[0}", "${a ${b}"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
