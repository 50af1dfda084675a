//! Source locations and the single diagnostic type every stage of iac2cfn reports with.
//!
//! Invariants:
//! - A [`Span`] is a byte range into one file of a [`SourceMap`], or [`Span::DETACHED`] for nodes that
//!   the converter generated and that have no place in any input.
//! - Every user-facing problem is a [`Diagnostic`]: a severity, a stable [`Code`], a message, labelled
//!   spans and optional help. No stage defines its own error type for problems a user can cause.
//! - Rendering is deterministic: the same diagnostics over the same sources render to the same bytes.

mod fs;
mod render;
mod source;

pub use fs::{FileSystem, MemoryFileSystem, OsFileSystem};
pub use render::{render_human, render_json, RenderOptions};
pub use source::{FileId, LineCol, SourceFile, SourceMap, Span};

use std::fmt;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The conversion failed: no artifact is written.
    Error,
    /// The conversion succeeded but lost or changed something the user should know about.
    Warning,
    /// Extra information that never fails a run, even under `--strict`.
    Note,
}

impl Severity {
    /// The lowercase name used in rendered output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A stable, documented identifier of a kind of diagnostic, such as `tf::unknown-argument`.
///
/// Codes are part of the CLI contract: tools filter on them, so a code is never reused for another meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(pub &'static str);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A span with a message that explains what is at that place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What to say there; may be empty.
    pub message: String,
    /// The primary label locates the diagnostic (its file, line and column).
    pub primary: bool,
}

/// One user-facing problem, built fluently:
///
/// ```
/// use iac2cfn_diagnostics::{Code, Diagnostic, Span};
/// let diagnostic = Diagnostic::error(Code("tf::unknown-argument"), "unknown argument `bucket_nam`")
///     .with_label(Span::DETACHED, "not an argument of aws_s3_bucket")
///     .with_help("did you mean `bucket_name`?");
/// assert!(diagnostic.is_error());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Its stable code.
    pub code: Code,
    /// One sentence, lowercase start, no final period (as rustc and ruff write them).
    pub message: String,
    /// The places involved; the first primary one locates the diagnostic.
    pub labels: Vec<Label>,
    /// How to fix it, when a fix is known.
    pub help: Option<String>,
    /// Further explanation.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic of any severity.
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Self {
        Diagnostic { severity, code, message: message.into(), labels: Vec::new(), help: None, notes: Vec::new() }
    }

    /// An error.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A warning.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    /// A note.
    pub fn note(code: Code, message: impl Into<String>) -> Self {
        Self::new(Severity::Note, code, message)
    }

    /// Adds a label. The first label added is the primary one.
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        let primary = self.labels.is_empty();
        self.labels.push(Label { span, message: message.into(), primary });
        self
    }

    /// Adds a secondary label.
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { span, message: message.into(), primary: false });
        self
    }

    /// Sets the help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Whether this diagnostic fails the conversion.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The span that locates this diagnostic, if any label has a real place.
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.iter().find(|label| label.primary && !label.span.is_detached()).map(|label| label.span)
    }
}

/// The diagnostics of one run, in the order they were reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No diagnostics yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reports one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Reports many.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    /// Whether any error was reported.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many errors were reported.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// How many warnings were reported.
    pub fn warning_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    /// Turns every warning into an error (`--strict`).
    pub fn promote_warnings(&mut self) {
        for diagnostic in &mut self.items {
            if diagnostic.severity == Severity::Warning {
                diagnostic.severity = Severity::Error;
            }
        }
    }

    /// Sorts by file and position, keeping the report order among diagnostics at the same place, so that
    /// output reads top to bottom like the source does. Diagnostics without a place come last.
    pub fn sort_by_position(&mut self) {
        self.items.sort_by_key(|d| match d.primary_span() {
            Some(span) => (0, span.file.0, span.start),
            None => (1, 0, 0),
        });
    }

    /// The diagnostics, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many were reported.
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<T: IntoIterator<Item = Diagnostic>>(&mut self, iter: T) {
        self.items.extend(iter);
    }
}

/// The candidate closest to `wanted`, for "did you mean" help; `None` when nothing is close.
///
/// A candidate qualifies when its edit distance is small for the name's length (typos, transpositions)
/// or when one name extends the other (`visibility_timeout` for `visibility_timeout_seconds`); among those
/// the smallest edit distance wins, and the earlier candidate on a tie, so the answer is deterministic.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_ascii_lowercase();
    let budget = (wanted.chars().count() / 3).max(2);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let candidate_lower = candidate.to_ascii_lowercase();
        if candidate_lower == wanted_lower && candidate != wanted {
            return Some(candidate);
        }
        let distance = strsim::levenshtein(&wanted_lower, &candidate_lower);
        let extends = wanted_lower.len() >= 4
            && (candidate_lower.starts_with(&wanted_lower) || wanted_lower.starts_with(&candidate_lower))
            && candidate_lower.len() >= 3;
        if (distance <= budget || extends) && best.is_none_or(|(best_distance, _)| distance < best_distance) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_close_names_only() {
        let names = ["bucket", "bucket_prefix", "force_destroy", "tags"];
        assert_eq!(did_you_mean("buckt", names), Some("bucket"));
        assert_eq!(did_you_mean("force_destory", names), Some("force_destroy"));
        assert_eq!(did_you_mean("zzz", names), None);
        assert_eq!(did_you_mean("bucket_nam", ["bucket_namespace", "bucket"]), Some("bucket"));
        assert_eq!(
            did_you_mean("visibility_timeout", ["visibility_timeout_seconds", "name"]),
            Some("visibility_timeout_seconds")
        );
        assert_eq!(did_you_mean("Tags", ["tags"]), Some("tags"));
    }

    #[test]
    fn strict_promotes_warnings_but_not_notes() {
        let mut diagnostics = Diagnostics::new();
        diagnostics.push(Diagnostic::warning(Code("a"), "w"));
        diagnostics.push(Diagnostic::note(Code("b"), "n"));
        assert!(!diagnostics.has_errors());
        diagnostics.promote_warnings();
        assert_eq!(diagnostics.error_count(), 1);
        assert_eq!(diagnostics.iter().filter(|d| d.severity == Severity::Note).count(), 1);
    }
}
