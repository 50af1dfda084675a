//! Rendering diagnostics for people (through miette) and for tools (one JSON object per line).

use crate::{Diagnostic, Severity, SourceMap, Span};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use std::fmt;

/// How human-readable diagnostics are drawn.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// The width text is wrapped at.
    pub width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { color: false, width: 100 }
    }
}

/// Adapts our diagnostic to miette's trait for one file: labels in other files become notes.
struct MietteView<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    footer: Option<String>,
}

impl fmt::Debug for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl fmt::Display for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for MietteView<'_> {}

impl miette::Diagnostic for MietteView<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        match (&self.diagnostic.help, &self.footer) {
            (None, None) => None,
            (Some(help), None) => Some(Box::new(help.as_str())),
            (None, Some(footer)) => Some(Box::new(footer.as_str())),
            (Some(help), Some(footer)) => Some(Box::new(format!("{help}\n{footer}"))),
        }
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|source| source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

/// Renders one diagnostic for a terminal: the message, its code, the file with line and column, the
/// snippet with labels, and the help.
pub fn render_human(diagnostic: &Diagnostic, sources: &SourceMap, options: RenderOptions) -> String {
    let anchor = diagnostic
        .primary_span()
        .or_else(|| diagnostic.labels.iter().map(|label| label.span).find(|span| !span.is_detached()));
    let mut labels = Vec::new();
    let mut elsewhere = Vec::new();
    let mut source = None;
    if let Some(anchor) = anchor {
        if let Some(file) = sources.get(anchor.file) {
            source = Some(NamedSource::new(file.name.clone(), file.text.to_string()));
            for label in &diagnostic.labels {
                if label.span.file == anchor.file {
                    let span = SourceSpan::new(
                        (label.span.start as usize).into(),
                        (label.span.end - label.span.start) as usize,
                    );
                    let message = (!label.message.is_empty()).then(|| label.message.clone());
                    labels.push(if label.primary {
                        LabeledSpan::new_primary_with_span(message, span)
                    } else {
                        LabeledSpan::new_with_span(message, span)
                    });
                } else if let Some((name, position)) = sources.locate(label.span) {
                    elsewhere.push(format!("{name}:{}:{}: {}", position.line, position.column, label.message));
                }
            }
        }
    }
    let mut footer_lines: Vec<String> = diagnostic.notes.iter().map(|note| format!("note: {note}")).collect();
    footer_lines.extend(elsewhere.into_iter().map(|place| format!("see {place}")));
    let footer = (!footer_lines.is_empty()).then(|| footer_lines.join("\n"));
    let view = MietteView { diagnostic, source, labels, footer };
    let theme = if options.color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(options.width).with_links(false);
    let mut out = String::new();
    if handler.render_report(&mut out, &view).is_err() {
        // Rendering into a String cannot fail for I/O reasons; fall back to the one-line form anyway.
        out = format!("{}[{}]: {}\n", diagnostic.severity.as_str(), diagnostic.code, diagnostic.message);
    }
    out
}

/// Renders one diagnostic as a single line of JSON with `severity`, `code`, `message`, `file`, `line`,
/// `column` (one-based; `null` when the diagnostic has no place), `end_line`, `end_column`, `help`,
/// `notes` and `labels`.
pub fn render_json(diagnostic: &Diagnostic, sources: &SourceMap) -> String {
    let place = |span: Span| {
        let file = sources.get(span.file)?;
        let start = file.line_col(span.start as usize);
        let end = file.line_col(span.end as usize);
        Some((file.name.clone(), start, end))
    };
    let mut object = serde_json::Map::new();
    object.insert("severity".into(), diagnostic.severity.as_str().into());
    object.insert("code".into(), diagnostic.code.0.into());
    object.insert("message".into(), diagnostic.message.clone().into());
    let primary = diagnostic.primary_span().and_then(place);
    match primary {
        Some((file, start, end)) => {
            object.insert("file".into(), file.into());
            object.insert("line".into(), start.line.into());
            object.insert("column".into(), start.column.into());
            object.insert("end_line".into(), end.line.into());
            object.insert("end_column".into(), end.column.into());
        }
        None => {
            for key in ["file", "line", "column", "end_line", "end_column"] {
                object.insert(key.into(), serde_json::Value::Null);
            }
        }
    }
    object.insert("help".into(), diagnostic.help.clone().map_or(serde_json::Value::Null, Into::into));
    object.insert("notes".into(), diagnostic.notes.clone().into());
    let labels = diagnostic
        .labels
        .iter()
        .map(|label| {
            let mut entry = serde_json::Map::new();
            entry.insert("message".into(), label.message.clone().into());
            entry.insert("primary".into(), label.primary.into());
            if let Some((file, start, _)) = place(label.span) {
                entry.insert("file".into(), file.into());
                entry.insert("line".into(), start.line.into());
                entry.insert("column".into(), start.column.into());
            }
            serde_json::Value::Object(entry)
        })
        .collect::<Vec<_>>();
    object.insert("labels".into(), labels.into());
    serde_json::Value::Object(object).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Code, Diagnostic};

    #[test]
    fn human_rendering_shows_file_line_column_snippet_and_help() {
        let mut sources = SourceMap::new();
        let file = sources.add("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  buckt = \"x\"\n}\n");
        let diagnostic = Diagnostic::error(Code("tf::unknown-argument"), "unknown argument `buckt`")
            .with_label(Span::new(file, 33..38), "not an argument of aws_s3_bucket")
            .with_help("did you mean `bucket`?");
        let text = render_human(&diagnostic, &sources, RenderOptions::default());
        assert!(text.contains("main.tf:2:3"), "{text}");
        assert!(text.contains("buckt = \"x\""), "{text}");
        assert!(text.contains("did you mean `bucket`?"), "{text}");
        assert!(text.contains("tf::unknown-argument"), "{text}");
    }

    #[test]
    fn json_rendering_is_one_line_with_position() {
        let mut sources = SourceMap::new();
        let file = sources.add("a.tf", "x\ny = 1\n");
        let diagnostic = Diagnostic::warning(Code("c"), "m").with_label(Span::new(file, 2..3), "here");
        let line = render_json(&diagnostic, &sources);
        assert!(!line.contains('\n'));
        let value: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        assert_eq!(value["line"], 2);
        assert_eq!(value["column"], 1);
        assert_eq!(value["file"], "a.tf");
        assert_eq!(value["severity"], "warning");
    }
}
