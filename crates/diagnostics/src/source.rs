//! Files, spans and the mapping from byte offsets to lines and columns.

use std::sync::Arc;

/// Identifies one file of a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

impl FileId {
    /// The file of detached spans: none.
    pub const DETACHED: FileId = FileId(u32::MAX);
}

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// The file.
    pub file: FileId,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
}

impl Default for Span {
    /// The detached span.
    fn default() -> Self {
        Span::DETACHED
    }
}

impl Span {
    /// The span of something the converter generated, which has no place in any input.
    pub const DETACHED: Span = Span { file: FileId::DETACHED, start: 0, end: 0 };

    /// A span over `range` in `file`. Offsets past `u32::MAX` are clamped: no input of that size is accepted.
    pub fn new(file: FileId, range: std::ops::Range<usize>) -> Self {
        let clamp = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        Span { file, start: clamp(range.start), end: clamp(range.end.max(range.start)) }
    }

    /// Whether this span has no place in any input.
    pub fn is_detached(self) -> bool {
        self.file == FileId::DETACHED
    }

    /// The byte range.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both, when both are in the same file; otherwise `self`.
    pub fn to(self, other: Span) -> Span {
        if self.file != other.file {
            return self;
        }
        Span { file: self.file, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// A one-based line and column (the column counts characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// One-based line.
    pub line: usize,
    /// One-based column, in characters.
    pub column: usize,
}

/// One input file.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown to the user: a path as given on the command line, relative where it was relative.
    pub name: String,
    /// The full text.
    pub text: Arc<str>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(name: String, text: Arc<str>) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(offset, _)| offset + 1)).collect();
        SourceFile { name, text, line_starts }
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line_index = self.line_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        let line_start = self.line_starts[line_index];
        let column = self.text.get(line_start..offset).map_or(offset - line_start, |prefix| prefix.chars().count());
        LineCol { line: line_index + 1, column: column + 1 }
    }
}

/// All files of one run.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Arc<str>>) -> FileId {
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX - 1));
        self.files.push(SourceFile::new(name.into(), text.into()));
        id
    }

    /// A file by id; `None` for [`FileId::DETACHED`].
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// The text a span covers; empty for a detached or out-of-range span.
    pub fn snippet(&self, span: Span) -> &str {
        self.get(span.file).and_then(|file| file.text.get(span.range())).unwrap_or("")
    }

    /// The file name, line and column where a span starts.
    pub fn locate(&self, span: Span) -> Option<(&str, LineCol)> {
        let file = self.get(span.file)?;
        Some((file.name.as_str(), file.line_col(span.start as usize)))
    }

    /// All files, in the order they were added.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(index, file)| (FileId(index as u32), file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let mut map = SourceMap::new();
        let file = map.add("main.tf", "a = 1\nbé = \"x\"\n");
        let (name, position) = map.locate(Span::new(file, 10..11)).expect("located");
        assert_eq!(name, "main.tf");
        assert_eq!(position, LineCol { line: 2, column: 4 });
        assert_eq!(map.locate(Span::DETACHED), None);
    }
}
