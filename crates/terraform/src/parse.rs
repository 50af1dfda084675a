//! Reading a root module: which files belong to it, and parsing each `.tf` (with hcl-edit, which keeps
//! byte spans) and `.tf.json` (with serde_json) into the [`syntax`](crate::syntax) model.

use crate::diagnostics as diag;
use crate::syntax::{Attribute, Block, Body, File, SpanMap};
use hcl_edit::expr::{Array, Expression, Object, ObjectKey, ObjectValue};
use hcl_edit::structure::{self, BlockLabel, Structure};
use iac2cfn_diagnostics::{Diagnostics, FileId, FileSystem, SourceMap, Span};
use std::path::{Path, PathBuf};

/// The files of a root module, parsed, in Terraform's loading order: primary files by name, then
/// override files by name.
pub(crate) struct Loaded {
    /// The directory of the module (what `file()` and `path.module` resolve against).
    pub dir: PathBuf,
    /// Primary files, then override files.
    pub files: Vec<File>,
}

/// Whether a file name is one Terraform reads as configuration, and whether it is an override file.
fn classify(name: &str) -> Option<bool> {
    let stem = name.strip_suffix(".tf.json").or_else(|| name.strip_suffix(".tf"))?;
    if name.starts_with('.') || name.ends_with('~') || name.starts_with('#') {
        // Editor backups and hidden files, which Terraform skips.
        return None;
    }
    Some(stem == "override" || stem.ends_with("_override"))
}

/// Reads and parses the module at `path` (a directory, or a single `.tf` / `.tf.json` file).
pub(crate) fn load(
    fs: &dyn FileSystem,
    path: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> Option<Loaded> {
    let (dir, paths) = if fs.is_dir(path) {
        match fs.read_dir(path) {
            Ok(entries) => {
                let files: Vec<PathBuf> = entries
                    .into_iter()
                    .filter(|entry| {
                        fs.is_file(entry) && entry.file_name().and_then(|n| n.to_str()).and_then(classify).is_some()
                    })
                    .collect();
                (path.to_path_buf(), files)
            }
            Err(error) => {
                diagnostics.push(diag::unreadable(path, &error));
                return None;
            }
        }
    } else if fs.is_file(path) {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        (dir, vec![path.to_path_buf()])
    } else {
        diagnostics.push(diag::unreadable(path, &std::io::Error::from(std::io::ErrorKind::NotFound)));
        return None;
    };
    if paths.is_empty() {
        diagnostics.push(diag::no_configuration(path));
        return None;
    }
    let mut primary = Vec::new();
    let mut overrides = Vec::new();
    for file_path in paths {
        let name = file_path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let is_override = classify(&name).unwrap_or(false);
        let text = match fs.read_to_string(&file_path) {
            Ok(text) => text,
            Err(error) => {
                diagnostics.push(diag::unreadable(&file_path, &error));
                continue;
            }
        };
        let display = file_path.display().to_string();
        let file = sources.add(display, text.as_str());
        let body = if name.ends_with(".json") {
            parse_json(file, &text, diagnostics)
        } else {
            parse_hcl(file, &text, diagnostics)
        };
        if let Some(body) = body {
            let parsed = File { name, is_override, body };
            if is_override {
                overrides.push(parsed);
            } else {
                primary.push(parsed);
            }
        }
    }
    primary.sort_by(|a, b| a.name.cmp(&b.name));
    overrides.sort_by(|a, b| a.name.cmp(&b.name));
    primary.extend(overrides);
    Some(Loaded { dir, files: primary })
}

/// Parses native HCL syntax.
pub(crate) fn parse_hcl(file: FileId, text: &str, diagnostics: &mut Diagnostics) -> Option<Body> {
    match crate::duplicate_keys::parse_body(text) {
        Ok((body, overridden)) => {
            for item in overridden {
                diagnostics.push(diag::overridden_object_key(
                    &item.key,
                    Span::new(file, item.key_span),
                    Span::new(file, item.winner_span),
                ));
            }
            Some(convert_body(body, file))
        }
        Err(error) => {
            let offset = error.location().offset().min(text.len());
            // Point at the character the parser stopped at (an empty span at the end of the file).
            let end = text[offset..].chars().next().map_or(offset, |c| offset + c.len_utf8());
            diagnostics.push(diag::syntax_error(Span::new(file, offset..end), error.message()));
            None
        }
    }
}

/// The syntax model of a parsed body; expressions are moved, not copied (bodies are large).
fn convert_body(body: structure::Body, file: FileId) -> Body {
    let map = SpanMap::Native(file);
    let whole = map.of(&body, Span::new(file, 0..0));
    let mut converted = Body { span: whole, ..Body::default() };
    for structure in body.into_iter() {
        match structure {
            Structure::Attribute(attribute) => {
                let span = map.of(&attribute, whole);
                let name_span = map.of(&attribute.key, span);
                let value_span = map.of(&attribute.value, span);
                converted.attributes.push(Attribute {
                    name: attribute.key.as_str().to_string(),
                    name_span,
                    value_span,
                    value: attribute.value,
                    map,
                    span,
                });
            }
            Structure::Block(block) => {
                let span = map.of(&block, whole);
                let labels = block
                    .labels
                    .iter()
                    .map(|label| {
                        let label_span = match label {
                            BlockLabel::Ident(ident) => map.of(ident, span),
                            BlockLabel::String(string) => map.of(string, span),
                        };
                        (label.as_str().to_string(), label_span)
                    })
                    .collect();
                let kind = block.ident.as_str().to_string();
                let kind_span = map.of(&block.ident, span);
                converted.blocks.push(Block { kind, kind_span, labels, body: convert_body(block.body, file), span });
            }
        }
    }
    converted
}

/// How many labels each top-level block type has in JSON syntax, where labels are nested object keys.
fn top_level_labels(kind: &str) -> usize {
    match kind {
        "resource" | "data" | "ephemeral" => 2,
        "variable" | "output" | "module" | "provider" | "check" => 1,
        _ => 0,
    }
}

/// Finds where JSON object keys are written, walking forward through the text as the document is
/// walked in order, so JSON diagnostics can point at the line of the key they concern.
struct KeyLocator<'t> {
    text: &'t str,
    file: FileId,
    cursor: usize,
}

impl KeyLocator<'_> {
    fn locate(&mut self, key: &str) -> Span {
        let quoted = serde_json::Value::String(key.to_string()).to_string();
        match self.text.get(self.cursor..).and_then(|rest| rest.find(&quoted)) {
            Some(found) => {
                let start = self.cursor + found;
                self.cursor = start + quoted.len();
                Span::new(self.file, start..start + quoted.len())
            }
            None => Span::new(self.file, self.cursor..self.cursor),
        }
    }
}

/// Parses JSON syntax.
pub(crate) fn parse_json(file: FileId, text: &str, diagnostics: &mut Diagnostics) -> Option<Body> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            let offset = line_col_offset(text, error.line(), error.column());
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_string();
            diagnostics.push(diag::syntax_error(Span::new(file, offset..offset), &message));
            return None;
        }
    };
    let whole = Span::new(file, 0..text.len());
    let serde_json::Value::Object(top) = value else {
        diagnostics.push(diag::json_not_object(Span::new(file, 0..text.len().min(1))));
        return None;
    };
    let mut locator = KeyLocator { text, file, cursor: 0 };
    let mut body = Body { json: true, span: whole, ..Body::default() };
    for (kind, value) in &top {
        if kind == "//" {
            continue;
        }
        let kind_span = locator.locate(kind);
        collect_json_blocks(kind, kind_span, value, top_level_labels(kind), Vec::new(), &mut locator, &mut body.blocks);
    }
    Some(body)
}

/// Reads `value` as blocks of type `kind` with `labels` more labels to take from nested object keys.
fn collect_json_blocks(
    kind: &str,
    kind_span: Span,
    value: &serde_json::Value,
    labels: usize,
    taken: Vec<(String, Span)>,
    locator: &mut KeyLocator<'_>,
    out: &mut Vec<Block>,
) {
    match value {
        serde_json::Value::Array(items) => {
            for item in items {
                collect_json_blocks(kind, kind_span, item, labels, taken.clone(), locator, out);
            }
        }
        serde_json::Value::Object(entries) if labels > 0 => {
            for (label, inner) in entries {
                if label == "//" {
                    continue;
                }
                let span = locator.locate(label);
                let mut next = taken.clone();
                next.push((label.clone(), span));
                collect_json_blocks(kind, kind_span, inner, labels - 1, next, locator, out);
            }
        }
        serde_json::Value::Object(entries) => {
            let span = taken.last().map_or(kind_span, |(_, span)| *span);
            let body = json_body(entries, span, locator);
            out.push(Block { kind: kind.to_string(), kind_span, labels: taken, body, span });
        }
        _ => {
            // A block written as a scalar: keep an empty body so the block is still declared and its
            // required arguments are reported missing where they are used.
            let span = taken.last().map_or(kind_span, |(_, span)| *span);
            out.push(Block {
                kind: kind.to_string(),
                kind_span,
                labels: taken,
                body: Body { json: true, span, ..Body::default() },
                span,
            });
        }
    }
}

fn json_body(entries: &serde_json::Map<String, serde_json::Value>, span: Span, locator: &mut KeyLocator<'_>) -> Body {
    let mut body = Body { json: true, span, ..Body::default() };
    for (name, value) in entries {
        if name == "//" {
            continue;
        }
        let name_span = locator.locate(name);
        body.attributes.push(Attribute {
            name: name.clone(),
            name_span,
            value: json_expression(value),
            map: SpanMap::Anchored(name_span),
            value_span: name_span,
            span: name_span,
        });
        // Nested objects are walked so that later keys are found after their own position.
        skip_nested(value, locator);
    }
    body
}

fn skip_nested(value: &serde_json::Value, locator: &mut KeyLocator<'_>) {
    match value {
        serde_json::Value::Object(entries) => {
            for (key, inner) in entries {
                locator.locate(key);
                skip_nested(inner, locator);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| skip_nested(item, locator)),
        _ => {}
    }
}

/// A JSON value as the hcl-edit expression Terraform reads it as: strings are templates.
pub(crate) fn json_expression(value: &serde_json::Value) -> Expression {
    match value {
        serde_json::Value::Null => Expression::null(),
        serde_json::Value::Bool(value) => Expression::from(*value),
        serde_json::Value::Number(number) => match (number.as_i64(), number.as_f64()) {
            (Some(integer), _) => Expression::from(integer),
            (None, Some(float)) => Expression::from(float),
            (None, None) => Expression::null(),
        },
        serde_json::Value::String(text) => json_string(text),
        serde_json::Value::Array(items) => Expression::Array(items.iter().map(json_expression).collect::<Array>()),
        serde_json::Value::Object(entries) => {
            let mut object = Object::new();
            for (key, inner) in entries {
                if key == "//" {
                    continue;
                }
                object.insert(
                    ObjectKey::Expression(Expression::from(key.as_str())),
                    ObjectValue::new(json_expression(inner)),
                );
            }
            Expression::Object(object)
        }
    }
}

/// A JSON string: a template when it interpolates, a plain string otherwise. A string that is not a
/// valid template stays a literal; the evaluator never sees a half-parsed template.
fn json_string(text: &str) -> Expression {
    if !text.contains("${") && !text.contains("%{") {
        return Expression::from(text);
    }
    match hcl_edit::parser::parse_template(text) {
        Ok(template) => Expression::StringTemplate(template.into()),
        Err(_) => Expression::from(text),
    }
}

/// In JSON syntax, some arguments (`type`, `depends_on`, `provider`, `ignore_changes`) hold expressions
/// written as strings: this parses such a string as an expression.
pub(crate) fn json_keyword_expression(expression: &Expression) -> Option<Expression> {
    let text = template_text(expression)?;
    let text = text.strip_prefix("${").and_then(|inner| inner.strip_suffix('}')).unwrap_or(&text).to_string();
    hcl_edit::parser::parse_expr(&text).ok()
}

/// The source text of a literal string or of a template (as written).
fn template_text(expression: &Expression) -> Option<String> {
    match expression {
        Expression::String(text) => Some(text.as_str().to_string()),
        Expression::StringTemplate(template) => Some(template.to_string().trim_matches('"').to_string()),
        _ => None,
    }
}

/// The blocks a JSON attribute stands for (a nested block written as an object or list of objects).
pub(crate) fn json_blocks(attribute: &Attribute, labels: usize) -> Vec<Block> {
    let mut out = Vec::new();
    expression_blocks(attribute, &attribute.value, labels, Vec::new(), &mut out);
    out
}

fn expression_blocks(
    attribute: &Attribute,
    value: &Expression,
    labels: usize,
    taken: Vec<(String, Span)>,
    out: &mut Vec<Block>,
) {
    match value {
        Expression::Array(items) => {
            for item in items.iter() {
                expression_blocks(attribute, item, labels, taken.clone(), out);
            }
        }
        Expression::Object(object) if labels > 0 => {
            for (key, inner) in object.iter() {
                let mut next = taken.clone();
                next.push((object_key_text(key), attribute.name_span));
                expression_blocks(attribute, inner.expr(), labels - 1, next, out);
            }
        }
        Expression::Object(object) => {
            let mut body = Body { json: true, span: attribute.span, ..Body::default() };
            for (key, inner) in object.iter() {
                body.attributes.push(Attribute {
                    name: object_key_text(key),
                    name_span: attribute.name_span,
                    value: inner.expr().clone(),
                    map: attribute.map,
                    value_span: attribute.value_span,
                    span: attribute.span,
                });
            }
            out.push(Block {
                kind: attribute.name.clone(),
                kind_span: attribute.name_span,
                labels: taken,
                body,
                span: attribute.span,
            });
        }
        _ => {}
    }
}

/// The `dynamic` blocks of a JSON body: `"dynamic": {"ingress": {...}}`, labelled by the nested key.
pub(crate) fn json_dynamic_blocks(body: &Body) -> Vec<Block> {
    body.attribute("dynamic").map(|attribute| json_blocks(attribute, 1)).unwrap_or_default()
}

/// The text of an object key that is an identifier or a literal string.
pub(crate) fn object_key_text(key: &ObjectKey) -> String {
    match key {
        ObjectKey::Ident(ident) => ident.as_str().to_string(),
        ObjectKey::Expression(expression) => match expression {
            Expression::String(text) => text.as_str().to_string(),
            other => other.to_string().trim().to_string(),
        },
    }
}

/// The byte offset of a one-based line and column (serde_json counts columns in bytes).
fn line_col_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_files_are_recognised_by_name() {
        assert_eq!(classify("main.tf"), Some(false));
        assert_eq!(classify("override.tf"), Some(true));
        assert_eq!(classify("dev_override.tf.json"), Some(true));
        assert_eq!(classify("overrides.tf"), Some(false));
        assert_eq!(classify("notes.txt"), None);
        assert_eq!(classify(".hidden.tf"), None);
    }

    #[test]
    fn syntax_errors_point_at_their_line() {
        let mut sources = SourceMap::new();
        let text = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n";
        let file = sources.add("main.tf", text);
        let mut diagnostics = Diagnostics::new();
        assert!(parse_hcl(file, text, &mut diagnostics).is_none());
        let span = diagnostics.iter().next().and_then(|d| d.primary_span()).expect("located");
        let (_, position) = sources.locate(span).expect("in the file");
        assert_eq!(position.line, 2);
    }

    #[test]
    fn json_blocks_take_labels_from_keys_and_locate_them() {
        let mut sources = SourceMap::new();
        let text = r#"{
  "resource": {
    "aws_s3_bucket": {
      "logs": { "bucket": "logs-${var.env}", "versioning": { "enabled": true } }
    }
  },
  "variable": { "env": { "type": "string" } }
}"#;
        let file = sources.add("main.tf.json", text);
        let mut diagnostics = Diagnostics::new();
        let body = parse_json(file, text, &mut diagnostics).expect("parsed");
        assert!(diagnostics.is_empty());
        let resource = &body.blocks[0];
        assert_eq!(
            (resource.kind.as_str(), resource.label(0), resource.label(1)),
            ("resource", "aws_s3_bucket", "logs")
        );
        let bucket = resource.body.attribute("bucket").expect("bucket");
        assert!(matches!(bucket.value, Expression::StringTemplate(_)));
        assert_eq!(sources.locate(bucket.name_span).map(|(_, p)| p.line), Some(4));
        assert_eq!(resource.body.blocks_of("versioning", 0).len(), 1);
        assert_eq!(body.blocks[1].label(0), "env");
    }
}
