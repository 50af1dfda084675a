//! The `aws_iam_policy_document` data source, rendered at conversion time exactly as the AWS provider
//! renders it: `Version` first, statements with `Sid`, `Effect` (always written, `Allow` by default),
//! `Action`/`NotAction`, `Resource`/`NotResource`, `Principal`/`NotPrincipal` and `Condition`; a
//! one-element list written as a plain string and longer lists sorted in reverse; source documents
//! merged before and override documents after, statements with the same `Sid` replaced.

use crate::diagnostics as diag;
use crate::eval::{to_set, Eval, Evaluator, Fail, Scope, Src};
use crate::syntax::{Block, Body};
use crate::value::Value;
use iac2cfn_ir::{render_sub_template, Expr, IndexMap};

/// The document of a policy document data source, as a structure (keys in the provider's order).
pub(crate) fn render(evaluator: &mut Evaluator<'_>, block: &Block, scope: &Scope) -> Eval {
    let body = &block.body;
    let scope = scope.clone();
    // Meta-arguments are handled where the data source's instances are planned.
    let known = [
        "version",
        "policy_id",
        "source_policy_documents",
        "override_policy_documents",
        "statement",
        "dynamic",
        "count",
        "for_each",
        "depends_on",
        "provider",
    ];
    let mut failed = None;
    let unknown = diag::unknown_arguments(body, "aws_iam_policy_document", &known);
    if !unknown.is_empty() {
        failed = Some(Fail::Static);
    }
    evaluator.diagnostics.extend(unknown);
    let mut merged = Document::default();
    if let Some(sources) = body.attribute("source_policy_documents") {
        let value = evaluator.eval_attribute(sources, &scope)?;
        for document in documents(evaluator, value, Src::of(sources).fallback)? {
            merged.merge(document);
        }
    }
    let mut own = Document {
        version: optional_text(evaluator, body, "version", &scope)?.or_else(|| Some(Value::string("2012-10-17"))),
        id: optional_text(evaluator, body, "policy_id", &scope)?,
        statements: Vec::new(),
    };
    let mut sids: Vec<String> = Vec::new();
    for (statement, statement_scope) in evaluator.expand_blocks(body, "statement", &scope)? {
        match render_statement(evaluator, &statement.body, &statement_scope) {
            Ok(rendered) => {
                if let Some(Value::String(sid)) = rendered.get("Sid") {
                    if sids.contains(sid) {
                        let diagnostic = diag::duplicate_sid(statement.span, sid);
                        evaluator.diagnostics.push(diagnostic);
                        failed = Some(Fail::Dynamic);
                    }
                    sids.push(sid.clone());
                }
                own.statements.push(rendered);
            }
            Err(fail) => failed = Some(fail),
        }
    }
    if let Some(fail) = failed {
        return Err(fail);
    }
    merged.merge(own);
    if let Some(overrides) = body.attribute("override_policy_documents") {
        let value = evaluator.eval_attribute(overrides, &scope)?;
        for document in documents(evaluator, value, Src::of(overrides).fallback)? {
            merged.merge(document);
        }
    }
    Ok(merged.into_value())
}

/// A policy document while it is merged.
#[derive(Default)]
struct Document {
    version: Option<Value>,
    id: Option<Value>,
    statements: Vec<IndexMap<String, Value>>,
}

impl Document {
    /// Merges as the provider does: the newer version and a set id win; statements with a `Sid`
    /// replace the statement with the same `Sid`, others are appended.
    fn merge(&mut self, other: Document) {
        if other.id.is_some() {
            self.id = other.id;
        }
        let text = |value: &Option<Value>| value.as_ref().and_then(Value::as_text).unwrap_or_default();
        if other.version.is_some() && text(&other.version) > text(&self.version) {
            self.version = other.version;
        }
        for statement in other.statements {
            let sid = match statement.get("Sid") {
                Some(Value::String(sid)) if !sid.is_empty() => Some(sid.clone()),
                _ => None,
            };
            let existing = sid.and_then(|sid| {
                self.statements.iter().position(|s| matches!(s.get("Sid"), Some(Value::String(other)) if *other == sid))
            });
            match existing {
                Some(index) => self.statements[index] = statement,
                None => self.statements.push(statement),
            }
        }
    }

    fn into_value(self) -> Value {
        let mut document = IndexMap::new();
        if let Some(version) = self.version {
            document.insert("Version".to_string(), version);
        }
        if let Some(id) = self.id {
            document.insert("Id".to_string(), id);
        }
        if !self.statements.is_empty() {
            document
                .insert("Statement".to_string(), Value::List(self.statements.into_iter().map(Value::Map).collect()));
        }
        Value::Map(document)
    }
}

/// Reads `source_policy_documents` / `override_policy_documents`: JSON strings or encoded structures.
fn documents(evaluator: &mut Evaluator<'_>, value: Value, span: iac2cfn_diagnostics::Span) -> Eval<Vec<Document>> {
    let Value::List(items) = value else {
        if value == Value::Null {
            return Ok(Vec::new());
        }
        return Err(evaluator.symbolic_value(&value, diag::policy_documents_not_list(span, &value)));
    };
    let mut out = Vec::new();
    for item in items {
        let structure = match item {
            Value::Json(inner, _) => *inner,
            Value::String(text) => match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(json) => crate::value::from_json(&json),
                Err(error) => return Err(evaluator.error(diag::invalid_policy_json(span, &error.to_string()))),
            },
            Value::Null => continue,
            other => return Err(evaluator.symbolic_value(&other, diag::policy_documents_not_list(span, &other))),
        };
        let Value::Map(entries) = structure else {
            return Err(evaluator.error(diag::invalid_policy_json(span, "the document is not a JSON object")));
        };
        let statements = match entries.get("Statement") {
            Some(Value::List(items)) => items.clone(),
            Some(single @ Value::Map(_)) => vec![single.clone()],
            _ => Vec::new(),
        };
        out.push(Document {
            version: entries.get("Version").cloned(),
            id: entries.get("Id").cloned(),
            statements: statements
                .into_iter()
                .filter_map(|statement| match statement {
                    Value::Map(map) => Some(map),
                    _ => None,
                })
                .collect(),
        });
    }
    Ok(out)
}

fn optional_text(evaluator: &mut Evaluator<'_>, body: &Body, name: &str, scope: &Scope) -> Eval<Option<Value>> {
    match body.attribute(name) {
        Some(attribute) => match evaluator.eval_attribute(attribute, scope)? {
            Value::Null => Ok(None),
            value => Ok(Some(value)),
        },
        None => Ok(None),
    }
}

/// A list argument as the provider writes it: a set (duplicates removed), one element as a plain
/// string, several sorted in reverse.
fn string_set(evaluator: &mut Evaluator<'_>, body: &Body, name: &str, scope: &Scope) -> Eval<Option<Value>> {
    let Some(attribute) = body.attribute(name) else { return Ok(None) };
    let span = Src::of(attribute).fallback;
    let items = match evaluator.eval_attribute(attribute, scope)? {
        Value::Null => return Ok(None),
        Value::List(items) => items,
        Value::Sym(sym) => {
            return Err(evaluator.symbolic(&sym, diag::policy_list_unknown(span, name, &sym)));
        }
        other => return Err(evaluator.error(diag::policy_value_type(span, name, &other))),
    };
    for item in &items {
        if !matches!(item, Value::String(_) | Value::Sym(_) | Value::Number(_) | Value::Bool(_)) {
            return Err(evaluator.error(diag::policy_value_type(span, name, item)));
        }
    }
    Ok(decode_string_list(items))
}

/// The provider's `policyDecodeConfigStringList` on a set.
fn decode_string_list(items: Vec<Value>) -> Option<Value> {
    let items: Vec<Value> = to_set(items)
        .into_iter()
        .map(|item| match item {
            Value::Number(_) | Value::Bool(_) => Value::String(item.as_text().unwrap_or_default()),
            other => other,
        })
        .collect();
    match items.len() {
        0 => None,
        1 => items.into_iter().next(),
        _ => {
            let mut items = items;
            items.sort_by_key(|item| std::cmp::Reverse(sort_key(item)));
            Some(Value::List(items))
        }
    }
}

/// What a value sorts by: its text, or for a value known only at deployment the Sub template that
/// produces it (so `arn` sorts before `arn/*` as the deployed strings will).
fn sort_key(value: &Value) -> String {
    match value {
        Value::Sym(sym) => match &sym.expr {
            Expr::Sub { parts, .. } => render_sub_template(parts),
            Expr::Ref(name) => format!("${{{name}}}"),
            Expr::GetAtt { resource, attribute } => format!("${{{resource}.{attribute}}}"),
            other => format!("{other:?}"),
        },
        other => other.as_text().unwrap_or_default(),
    }
}

fn render_statement(evaluator: &mut Evaluator<'_>, body: &Body, scope: &Scope) -> Eval<IndexMap<String, Value>> {
    let known = [
        "sid",
        "effect",
        "actions",
        "not_actions",
        "resources",
        "not_resources",
        "principals",
        "not_principals",
        "condition",
        "dynamic",
    ];
    if let Some(first) = diag::unknown_arguments(body, "statement", &known).into_iter().next() {
        evaluator.diagnostics.push(first);
        return Err(Fail::Static);
    }
    let mut statement = IndexMap::new();
    if let Some(sid) = optional_text(evaluator, body, "sid", scope)? {
        if sid != Value::string("") {
            statement.insert("Sid".to_string(), sid);
        }
    }
    let effect = optional_text(evaluator, body, "effect", scope)?.unwrap_or_else(|| Value::string("Allow"));
    if let Value::String(text) = &effect {
        if text != "Allow" && text != "Deny" {
            let span = body.attribute("effect").map_or(body.span, |a| a.value_span);
            return Err(evaluator.error(diag::invalid_effect(span, text)));
        }
    }
    statement.insert("Effect".to_string(), effect);
    for (argument, key) in [
        ("actions", "Action"),
        ("not_actions", "NotAction"),
        ("resources", "Resource"),
        ("not_resources", "NotResource"),
    ] {
        if let Some(value) = string_set(evaluator, body, argument, scope)? {
            statement.insert(key.to_string(), value);
        }
    }
    for (block, key) in [("principals", "Principal"), ("not_principals", "NotPrincipal")] {
        let mut principals: IndexMap<String, Value> = IndexMap::new();
        let mut wildcard = false;
        let blocks = evaluator.expand_blocks(body, block, scope)?;
        if blocks.is_empty() {
            continue;
        }
        for (principal, principal_scope) in blocks {
            let kind = match optional_text(evaluator, &principal.body, "type", &principal_scope)? {
                Some(Value::String(kind)) => kind,
                _ => return Err(evaluator.error(diag::missing_block_argument(principal.span, "type", block))),
            };
            let identifiers = string_set(evaluator, &principal.body, "identifiers", &principal_scope)?;
            if kind == "*" {
                wildcard = true;
                continue;
            }
            let Some(identifiers) = identifiers else { continue };
            append_principal(&mut principals, kind, identifiers);
        }
        if wildcard {
            statement.insert(key.to_string(), Value::string("*"));
        } else {
            principals.sort_keys();
            statement.insert(key.to_string(), Value::Map(principals));
        }
    }
    let conditions = evaluator.expand_blocks(body, "condition", scope)?;
    if !conditions.is_empty() {
        let mut tests: IndexMap<String, IndexMap<String, Value>> = IndexMap::new();
        for (condition, condition_scope) in conditions {
            let text = |evaluator: &mut Evaluator<'_>, name: &str| -> Eval<String> {
                match optional_text(evaluator, &condition.body, name, &condition_scope)? {
                    Some(Value::String(text)) => Ok(text),
                    _ => Err(evaluator.error(diag::missing_block_argument(condition.span, name, "condition"))),
                }
            };
            let test = text(evaluator, "test")?;
            let variable = text(evaluator, "variable")?;
            // Condition values keep their order but one value is still written as a string.
            let values = match condition.body.attribute("values") {
                Some(attribute) => match evaluator.eval_attribute(attribute, &condition_scope)? {
                    Value::List(items) => items,
                    Value::Null => Vec::new(),
                    other => vec![other],
                },
                None => {
                    return Err(evaluator.error(diag::missing_block_argument(condition.span, "values", "condition")))
                }
            };
            let Some(values) = decode_string_list(values) else { continue };
            let entry = tests.entry(test).or_default();
            match entry.swap_remove(&variable) {
                None => {
                    entry.insert(variable, values);
                }
                Some(previous) => {
                    let mut merged = match previous {
                        Value::List(items) => items,
                        single => vec![single],
                    };
                    match values {
                        Value::List(items) => merged.extend(items),
                        single => merged.push(single),
                    }
                    entry.insert(variable, Value::List(merged));
                }
            }
        }
        tests.sort_keys();
        let rendered = tests
            .into_iter()
            .map(|(test, mut variables)| {
                variables.sort_keys();
                (test, Value::Map(variables))
            })
            .collect();
        statement.insert("Condition".to_string(), Value::Map(rendered));
    }
    Ok(statement)
}

/// Adds a principal's identifiers under its type, as the provider's principal set marshals them.
fn append_principal(principals: &mut IndexMap<String, Value>, kind: String, identifiers: Value) {
    match principals.swap_remove(&kind) {
        None => {
            principals.insert(kind, identifiers);
        }
        Some(previous) => {
            let mut merged = match previous {
                Value::List(items) => items,
                single => vec![single],
            };
            match identifiers {
                Value::List(items) => merged.extend(items),
                single => merged.push(single),
            }
            principals.insert(kind, Value::List(merged));
        }
    }
}
