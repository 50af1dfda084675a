//! `fileset`: the glob of `github.com/bmatcuk/doublestar` v1.1.5, which Terraform uses, over the
//! evaluator's [`FileSystem`], and Go's lexical path functions around it.
//!
//! Patterns are `/`-separated. A component is matched against one directory entry: `*` matches any run
//! of characters (dot files included), `?` one character, `[a-z]` / `[^a-z]` a class, `{a,b}` either
//! alternative, and `\` escapes the next character. A component that is exactly `**` matches any number
//! of directories, none included.

use iac2cfn_diagnostics::FileSystem;
use std::path::{Path, PathBuf};

/// How deep `**` descends, and how many directory entries one glob may visit: a symbolic link that
/// loops would otherwise never end.
const MAX_DEPTH: usize = 64;
const MAX_ENTRIES: usize = 100_000;
/// How many steps matching one name may take: `*` backtracks, and patterns such as `*a*a*a*b` would
/// otherwise take exponential time on a long name.
const MAX_STEPS: usize = 1_000_000;

/// Go's `path.Clean`: the shortest equivalent of a `/`-separated path, lexically.
pub(crate) fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// Go's `filepath.Join` on `/`-separated paths: the non-empty elements joined, then cleaned.
pub(crate) fn join(parts: &[&str]) -> String {
    let kept: Vec<&str> = parts.iter().copied().filter(|part| !part.is_empty()).collect();
    if kept.is_empty() {
        return String::new();
    }
    clean(&kept.join("/"))
}

/// Go's `filepath.Rel` for two clean relative paths: `target` seen from `base`.
pub(crate) fn relative(base: &str, target: &str) -> String {
    let split = |path: &str| -> Vec<String> {
        if path == "." {
            Vec::new()
        } else {
            path.split('/').map(str::to_string).collect()
        }
    };
    let (base, target) = (split(base), split(target));
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); base.len() - common];
    parts.extend(target[common..].iter().cloned());
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// Why a glob failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum GlobError {
    /// The pattern is malformed (an unclosed `[` or `{`, a dangling `\`, a bad range).
    BadPattern,
    /// The walk went deeper, visited more entries or took more matching steps than it may.
    TooLarge,
}

/// The paths (relative to `root`, `/`-separated, as doublestar returns them) that the clean relative
/// `pattern` matches: files and directories alike, in directory order.
pub(crate) fn glob(fs: &dyn FileSystem, root: &Path, pattern: &str) -> Result<Vec<String>, GlobError> {
    let components = split_escaped(pattern, '/');
    let mut walk = Walk { fs, root, matches: Vec::new(), visited: 0 };
    walk.glob(".".to_string(), &components, 0)?;
    Ok(walk.matches)
}

struct Walk<'a> {
    fs: &'a dyn FileSystem,
    root: &'a Path,
    matches: Vec<String>,
    visited: usize,
}

impl Walk<'_> {
    fn full(&self, relative: &str) -> PathBuf {
        if relative == "." {
            self.root.to_path_buf()
        } else {
            self.root.join(relative)
        }
    }

    /// doublestar's `doGlob`.
    fn glob(&mut self, base: String, components: &[String], depth: usize) -> Result<(), GlobError> {
        if depth > MAX_DEPTH {
            return Err(GlobError::TooLarge);
        }
        // Leading components without wildcards name a path directly.
        let literal = components.iter().take_while(|c| !c.contains(['*', '?', '[', '{', '\\'])).count();
        let base = if literal > 0 {
            let mut parts: Vec<&str> = vec![base.as_str()];
            parts.extend(components[..literal].iter().map(String::as_str));
            join(&parts)
        } else {
            base
        };
        let full = self.full(&base);
        let is_dir = self.fs.is_dir(&full);
        if !is_dir && !self.fs.is_file(&full) {
            return Ok(());
        }
        if literal >= components.len() {
            self.matches.push(base);
            return Ok(());
        }
        if !is_dir {
            return Ok(());
        }
        let Ok(entries) = self.fs.read_dir(&full) else { return Ok(()) };
        let names: Vec<String> = entries
            .iter()
            .filter_map(|entry| entry.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect();
        self.visited += names.len();
        if self.visited > MAX_ENTRIES {
            return Err(GlobError::TooLarge);
        }
        let mut index = literal;
        let mut last = index + 1 >= components.len();
        if components[index] == "**" {
            for name in &names {
                let path = join(&[&base, name]);
                if self.fs.is_dir(&self.full(&path)) {
                    if last {
                        self.matches.push(path.clone());
                    }
                    self.glob(path, &components[index..], depth + 1)?;
                } else if last {
                    self.matches.push(path);
                }
            }
            if last {
                return Ok(());
            }
            index += 1;
            last = index + 1 >= components.len();
        }
        for name in &names {
            if match_component(components[index].as_bytes(), name.as_bytes(), &mut 0)? {
                let path = join(&[&base, name]);
                if last {
                    self.matches.push(path);
                } else {
                    self.glob(path, &components[index + 1..], depth + 1)?;
                }
            }
        }
        Ok(())
    }
}

/// doublestar's `splitPathOnSeparator`: `separator` splits, except where `\` escapes it.
fn split_escaped(path: &str, separator: char) -> Vec<String> {
    if !path.contains(separator) {
        return vec![path.to_string()];
    }
    let mut parts = Vec::new();
    let mut start = 0;
    let mut empty_end = false;
    while start < path.len() {
        let (end, found) = match index_unescaped(&path.as_bytes()[start..], separator as u8) {
            Some(offset) => (start + offset, true),
            None => (path.len(), false),
        };
        empty_end = found;
        parts.push(path.get(start..end).unwrap_or("").to_string());
        start = end + separator.len_utf8();
    }
    if empty_end {
        parts.push(String::new());
    }
    parts
}

/// doublestar's `indexRuneWithEscaping` for an ASCII delimiter.
fn index_unescaped(bytes: &[u8], delimiter: u8) -> Option<usize> {
    let end = bytes.iter().position(|&b| b == delimiter)?;
    if end > 0 && bytes[end - 1] == b'\\' {
        let start = end + 1;
        return index_unescaped(&bytes[start..], delimiter).map(|offset| offset + start);
    }
    Some(end)
}

/// Go's `utf8.DecodeRune`: the character at the start of `bytes` and its width (U+FFFD and 1 for an
/// invalid sequence, U+FFFD and 0 at the end).
fn decode_rune(bytes: &[u8]) -> (char, usize) {
    if bytes.is_empty() {
        return ('\u{FFFD}', 0);
    }
    for width in 1..=4.min(bytes.len()) {
        if let Ok(text) = std::str::from_utf8(&bytes[..width]) {
            if let Some(c) = text.chars().next() {
                return (c, width);
            }
        }
    }
    ('\u{FFFD}', 1)
}

/// doublestar's `matchComponent`, on bytes as Go slices strings (its `*` steps through the name by the
/// width of the name's first character, as the original does).
fn match_component(pattern: &[u8], name: &[u8], steps: &mut usize) -> Result<bool, GlobError> {
    *steps += 1;
    if *steps > MAX_STEPS {
        return Err(GlobError::TooLarge);
    }
    if pattern.is_empty() && name.is_empty() {
        return Ok(true);
    }
    if pattern.is_empty() {
        return Ok(false);
    }
    if name.is_empty() && pattern != b"*" {
        return Ok(false);
    }
    let (mut p, mut n) = (0, 0);
    while p < pattern.len() && n < name.len() {
        let (pattern_char, pattern_width) = decode_rune(&pattern[p..]);
        let (name_char, name_width) = decode_rune(&name[n..]);
        match pattern_char {
            '\\' => {
                p += pattern_width;
                let (escaped, escaped_width) = decode_rune(&pattern[p..]);
                if escaped == '\u{FFFD}' {
                    return Err(GlobError::BadPattern);
                }
                if escaped != name_char {
                    return Ok(false);
                }
                p += escaped_width;
                n += name_width;
            }
            '*' => {
                p += pattern_width;
                if p >= pattern.len() {
                    return Ok(true);
                }
                while n < name.len() {
                    if match_component(&pattern[p..], &name[n..], steps)? {
                        return Ok(true);
                    }
                    n += name_width.max(1);
                }
                return Ok(false);
            }
            '[' => {
                p += pattern_width;
                let end = index_unescaped(&pattern[p..], b']').ok_or(GlobError::BadPattern)? + p;
                let class: Vec<char> = String::from_utf8_lossy(&pattern[p..end]).chars().collect();
                if class.is_empty() {
                    return Err(GlobError::BadPattern);
                }
                let negated = class[0] == '^';
                let mut index = usize::from(negated);
                let mut matched = false;
                while index < class.len() {
                    let mut low = class[index];
                    if low == '-' {
                        return Err(GlobError::BadPattern);
                    }
                    index += 1;
                    if low == '\\' {
                        low = *class.get(index).ok_or(GlobError::BadPattern)?;
                        index += 1;
                    }
                    let mut high = low;
                    if class.get(index) == Some(&'-') {
                        index += 1;
                        high = *class.get(index).ok_or(GlobError::BadPattern)?;
                        if high == '-' {
                            return Err(GlobError::BadPattern);
                        }
                        index += 1;
                        if high == '\\' {
                            high = *class.get(index).ok_or(GlobError::BadPattern)?;
                            index += 1;
                        }
                    }
                    if low <= name_char && name_char <= high {
                        matched = true;
                    }
                }
                if matched == negated {
                    return Ok(false);
                }
                p = end + 1;
                n += name_width;
            }
            '{' => {
                p += pattern_width;
                let end = index_unescaped(&pattern[p..], b'}').ok_or(GlobError::BadPattern)? + p;
                let options = split_escaped(&String::from_utf8_lossy(&pattern[p..end]), ',');
                let rest = &pattern[end + 1..];
                for option in options {
                    let mut alternative = option.into_bytes();
                    alternative.extend_from_slice(rest);
                    if match_component(&alternative, &name[n..], steps)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            _ if pattern_char == '?' || pattern_char == name_char => {
                p += pattern_width;
                n += name_width;
            }
            _ => return Ok(false),
        }
    }
    if p >= pattern.len() && n >= name.len() {
        return Ok(true);
    }
    let rest = &pattern[p.min(pattern.len())..];
    Ok((n >= name.len() && rest == b"*") || rest == b"**")
}

#[cfg(test)]
mod tests {
    use super::*;
    use iac2cfn_diagnostics::MemoryFileSystem;

    fn matches(pattern: &str, name: &str) -> bool {
        match_component(pattern.as_bytes(), name.as_bytes(), &mut 0).unwrap()
    }

    #[test]
    fn paths_clean_join_and_relate_as_go_does() {
        assert_eq!(clean("./a//b/../c/"), "a/c");
        assert_eq!(clean("a/../.."), "..");
        assert_eq!(clean("/../a"), "/a");
        assert_eq!(clean(""), ".");
        assert_eq!(join(&[".", "*.txt"]), "*.txt");
        assert_eq!(join(&["files", ""]), "files");
        assert_eq!(join(&["", ""]), "");
        assert_eq!(relative("files", "files/a/b.txt"), "a/b.txt");
        assert_eq!(relative(".", "a.txt"), "a.txt");
        assert_eq!(relative("a", "a"), ".");
        assert_eq!(relative("a/b", "a/c/d"), "../c/d");
    }

    #[test]
    fn components_match_as_doublestar_matches_them() {
        assert!(matches("*.txt", "a.txt"));
        assert!(matches("*.txt", ".hidden.txt"));
        assert!(!matches("*.txt", "a.json"));
        assert!(matches("?.txt", "a.txt"));
        assert!(!matches("?.txt", "ab.txt"));
        assert!(matches("[a-c]*", "b1"));
        assert!(!matches("[^a-c]*", "b1"));
        assert!(matches("{a,bb}.txt", "bb.txt"));
        assert!(!matches("{a,bb}.txt", "c.txt"));
        assert!(matches("\\*", "*"));
        assert!(matches("a*", "a"));
        assert!(matches("*", ""));
        assert!(matches("é*", "été"));
        for bad in ["[", "[]", "[-a]", "{a", "a\\"] {
            assert_eq!(match_component(bad.as_bytes(), b"ab", &mut 0), Err(GlobError::BadPattern), "{bad}");
        }
        assert_eq!(split_escaped("a/b\\/c/", '/'), ["a", "b\\/c", ""]);
        // Backtracking is bounded.
        let name = "a".repeat(200);
        assert_eq!(match_component(b"*a*a*a*a*a*a*a*b", name.as_bytes(), &mut 0), Err(GlobError::TooLarge));
    }

    #[test]
    fn globs_walk_directories() {
        let mut fs = MemoryFileSystem::new();
        for file in ["m/a.txt", "m/b.json", "m/sub/c.txt", "m/sub/deep/d.txt", "m/.e.txt"] {
            fs.insert(file, "");
        }
        let root = Path::new("m");
        let mut found = glob(&fs, root, "*.txt").unwrap();
        found.sort();
        assert_eq!(found, [".e.txt", "a.txt"]);
        let mut found = glob(&fs, root, "**/*.txt").unwrap();
        found.sort();
        assert_eq!(found, [".e.txt", "a.txt", "sub/c.txt", "sub/deep/d.txt"]);
        let mut found = glob(&fs, root, "sub/**").unwrap();
        found.sort();
        assert_eq!(found, ["sub/c.txt", "sub/deep", "sub/deep/d.txt"]);
        assert_eq!(glob(&fs, root, "sub/c.txt").unwrap(), ["sub/c.txt"]);
        assert_eq!(glob(&fs, root, "missing/*").unwrap(), Vec::<String>::new());
        assert_eq!(glob(&fs, root, "[").unwrap_err(), GlobError::BadPattern);
    }
}
