//! Values for input variables supplied from outside the configuration, gathered with Terraform's
//! precedence: `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars` and
//! `*.auto.tfvars.json` in lexical order, then `--var` and `--var-file` in command-line order. A later
//! source overrides an earlier one.

use crate::diagnostics as diag;
use crate::parse::parse_hcl;
use crate::syntax::Attribute;
use crate::value::{from_json, Value};
use crate::VariableValue;
use iac2cfn_diagnostics::{Diagnostics, FileId, FileSystem, SourceMap, Span};
use iac2cfn_ir::IndexMap;
use std::path::Path;

/// A value given for a variable.
#[derive(Debug, Clone)]
pub(crate) enum Supplied {
    /// An attribute of a `.tfvars` file: a constant expression, evaluated against the variable's type.
    Expression(Attribute),
    /// A value of a `.tfvars.json` file.
    Known(Value, Span),
    /// `--var NAME=VALUE`: taken literally for primitive types, parsed as an expression otherwise, as
    /// Terraform reads `-var`.
    CommandLine {
        /// The text after `=`.
        text: String,
        /// Its span in the synthetic command-line source.
        span: Span,
        /// The synthetic source holding `NAME=VALUE`, parsed when the value is an expression.
        file: FileId,
        /// That source's text.
        source: String,
    },
}

impl Supplied {
    /// Where the value was given.
    pub(crate) fn span(&self) -> Span {
        match self {
            Supplied::Expression(attribute) => attribute.value_span,
            Supplied::Known(_, span) | Supplied::CommandLine { span, .. } => *span,
        }
    }

    /// Whether the value came from the command line (an undeclared name there is an error, as in
    /// Terraform; in a file it is a warning).
    pub(crate) fn is_command_line(&self) -> bool {
        matches!(self, Supplied::CommandLine { .. })
    }

    /// For `--var`, the value parsed as an expression (for variables of collection or object types).
    pub(crate) fn parsed(&self, diagnostics: &mut Diagnostics) -> Option<Attribute> {
        match self {
            Supplied::Expression(attribute) => Some(attribute.clone()),
            Supplied::CommandLine { file, source, .. } => {
                parse_hcl(*file, source, diagnostics).and_then(|body| body.attributes.into_iter().next())
            }
            Supplied::Known(..) => None,
        }
    }
}

/// Reads every supplied value, the later overriding the earlier.
pub(crate) fn load(
    fs: &dyn FileSystem,
    dir: &Path,
    values: &[VariableValue],
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> IndexMap<String, Supplied> {
    let mut supplied = IndexMap::new();
    let mut automatic: Vec<std::path::PathBuf> = Vec::new();
    if let Ok(entries) = fs.read_dir(dir) {
        let name_of = |path: &Path| path.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_string();
        let mut auto: Vec<std::path::PathBuf> = entries
            .iter()
            .filter(|path| fs.is_file(path))
            .filter(|path| {
                let name = name_of(path);
                name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json")
            })
            .cloned()
            .collect();
        auto.sort_by_key(|path| name_of(path));
        for name in ["terraform.tfvars", "terraform.tfvars.json"] {
            let path = dir.join(name);
            if fs.is_file(&path) {
                automatic.push(path);
            }
        }
        automatic.extend(auto);
    }
    for path in automatic {
        match fs.read_to_string(&path) {
            Ok(text) => read_file(&path.display().to_string(), &text, sources, diagnostics, &mut supplied),
            Err(error) => diagnostics.push(diag::unreadable(&path, &error)),
        }
    }
    for value in values {
        match value {
            VariableValue::File { path, text } => {
                read_file(&path.display().to_string(), text, sources, diagnostics, &mut supplied)
            }
            VariableValue::Assignment(assignment) => {
                let file = sources.add("<command line>", assignment.as_str());
                let Some((name, text)) = assignment.split_once('=') else {
                    diagnostics.push(diag::bad_var_assignment(Span::new(file, 0..assignment.len())));
                    continue;
                };
                let start = name.len() + 1;
                let span = Span::new(file, start..assignment.len());
                supplied.shift_remove(name.trim());
                supplied.insert(
                    name.trim().to_string(),
                    Supplied::CommandLine { text: text.to_string(), span, file, source: assignment.clone() },
                );
            }
        }
    }
    supplied
}

fn read_file(
    name: &str,
    text: &str,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
    supplied: &mut IndexMap<String, Supplied>,
) {
    let file = sources.add(name.to_string(), text);
    if name.ends_with(".json") {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Object(entries)) => {
                for (key, value) in &entries {
                    // JSON has no value spans: point at the key's first mention.
                    let quoted = serde_json::Value::String(key.clone()).to_string();
                    let span =
                        text.find(&quoted).map_or(Span::new(file, 0..0), |at| Span::new(file, at..at + quoted.len()));
                    supplied.shift_remove(key);
                    supplied.insert(key.clone(), Supplied::Known(from_json(value), span));
                }
            }
            Ok(_) => diagnostics.push(diag::json_not_object(Span::new(file, 0..text.len().min(1)))),
            Err(error) => diagnostics.push(diag::syntax_error(Span::new(file, 0..0), &error.to_string())),
        }
        return;
    }
    let Some(body) = parse_hcl(file, text, diagnostics) else { return };
    for block in &body.blocks {
        diagnostics.push(diag::tfvars_block(block.kind_span));
    }
    for attribute in body.attributes {
        supplied.shift_remove(&attribute.name);
        supplied.insert(attribute.name.clone(), Supplied::Expression(attribute));
    }
}
