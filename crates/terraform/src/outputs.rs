//! Outputs: values become CloudFormation output strings; lists are joined with commas, maps written
//! as JSON, each with a warning, since CloudFormation outputs only hold strings.

use crate::diagnostics as diag;
use crate::eval::{Evaluator, Fail, Scope};
use crate::logical_ids::{pascal, Allocator};
use crate::lower::to_expr;
use crate::value::{JsonStyle, SymType, Value};
use iac2cfn_ir::{Expr, Output, Template};

const ARGUMENTS: &[&str] = &["value", "description", "sensitive", "depends_on", "ephemeral"];

/// Adds every output to the template.
pub(crate) fn lower(evaluator: &mut Evaluator<'_>, template: &mut Template) {
    let module = evaluator.tree.root();
    let mut ids = Allocator::default();
    for (name, block) in &module.outputs {
        let body = &block.body;
        evaluator.diagnostics.extend(diag::unknown_arguments(body, "output", ARGUMENTS));
        for nested in &body.blocks {
            if nested.kind == "precondition" {
                evaluator.diagnostics.push(diag::condition_block_ignored(nested));
            } else {
                evaluator.diagnostics.push(diag::unexpected_block(nested, "output"));
            }
        }
        if let Some(depends_on) = body.attribute("depends_on") {
            evaluator.diagnostics.push(diag::output_depends_on(depends_on));
        }
        let Some(value_attribute) = body.attribute("value") else {
            evaluator.diagnostics.push(diag::missing_block_argument(block.header_span(), "value", "output"));
            continue;
        };
        let span = value_attribute.value_span;
        // A conditional resource referred to from the output: where Terraform's value is null without
        // the resource, the output exists under the resource's condition; otherwise the value is
        // chosen by the condition.
        let mut conditions: Vec<Expr> = Vec::new();
        let mut combine = |evaluator: &mut Evaluator<'_>, condition: &str, then: Value, otherwise: Value| {
            let named = Expr::Condition(condition.to_string());
            match (&then, &otherwise) {
                (_, Value::Null) => {
                    conditions.push(named);
                    Ok(then)
                }
                (Value::Null, _) => {
                    conditions.push(crate::eval::negate(named));
                    Ok(otherwise)
                }
                _ => evaluator.if_value(condition, then, otherwise, span),
            }
        };
        let reported = evaluator.diagnostics.len();
        let value = match evaluator.eval_guarded(value_attribute, &Scope::default(), &mut combine) {
            Ok(value) => value,
            Err(Fail::Symbolic) => {
                // A value CloudFormation cannot compute: outputs create nothing, so the output is left
                // out and the rest of the stack still converts.
                leave_out(evaluator, reported, name);
                continue;
            }
            Err(_) => continue,
        };
        let expr = match &value {
            Value::Null => {
                evaluator.diagnostics.push(diag::null_output(span, name));
                continue;
            }
            Value::List(items) => {
                let mut exprs = Vec::new();
                let mut nested = false;
                for item in items {
                    nested |= matches!(item, Value::List(_) | Value::Map(_) | Value::Object(_));
                    match item {
                        Value::Sym(sym) if sym.ty == SymType::List => nested = true,
                        _ => {}
                    }
                    match scalar_string(item) {
                        Ok(expr) => exprs.push(expr),
                        Err(_) => nested = true,
                    }
                }
                if nested {
                    match json_output(&value) {
                        Ok(expr) => {
                            evaluator.diagnostics.push(diag::structured_output(span, name));
                            expr
                        }
                        Err(why) => {
                            evaluator.diagnostics.push(diag::output_without_form(span, name, &why));
                            continue;
                        }
                    }
                } else {
                    evaluator.diagnostics.push(diag::list_output(span, name));
                    Expr::Join { delimiter: ",".into(), values: Box::new(Expr::List(exprs)) }
                }
            }
            Value::Sym(sym) if sym.ty == SymType::List => {
                evaluator.diagnostics.push(diag::list_output(span, name));
                Expr::Join { delimiter: ",".into(), values: Box::new(sym.expr.clone()) }
            }
            Value::Map(_) => match json_output(&value) {
                Ok(expr) => {
                    evaluator.diagnostics.push(diag::structured_output(span, name));
                    expr
                }
                Err(why) => {
                    evaluator.diagnostics.push(diag::output_without_form(span, name, &why));
                    continue;
                }
            },
            other => match scalar_string(other) {
                Ok(expr) => expr,
                Err(why) => {
                    evaluator.diagnostics.push(diag::output_without_form(span, name, &why));
                    continue;
                }
            },
        };
        if let Some(sensitive) = body.attribute("sensitive") {
            if matches!(evaluator.eval_attribute(sensitive, &Scope::default()), Ok(Value::Bool(true))) {
                evaluator.diagnostics.push(diag::sensitive_output(sensitive, name));
            }
        }
        let mut output = Output::new(expr);
        output.span = block.header_span();
        output.condition = match conditions.len() {
            0 => None,
            1 => Some(evaluator.condition_name(conditions.remove(0))),
            _ => Some(evaluator.condition_name(Expr::And(conditions))),
        };
        if let Some(description) = body.attribute("description") {
            if let Ok(text) = evaluator.eval_attribute(description, &Scope::default()) {
                output.description = text.as_text();
            }
        }
        template.outputs.insert(ids.claim(&pascal(name)), output);
    }
}

/// Turns the errors reported since `from` into warnings that say the output is left out.
fn leave_out(evaluator: &mut Evaluator<'_>, from: usize, name: &str) {
    for diagnostic in evaluator.diagnostics.iter_mut().skip(from) {
        if diagnostic.is_error() {
            diagnostic.severity = iac2cfn_diagnostics::Severity::Warning;
            diagnostic.notes.push(format!("the output `{name}` is left out of the template"));
        }
    }
}

/// A scalar as an output string: numbers and bools spelled out.
fn scalar_string(value: &Value) -> Result<Expr, String> {
    match value {
        Value::Number(_) | Value::Bool(_) => Ok(Expr::String(value.as_text().unwrap_or_default())),
        Value::List(_) | Value::Map(_) => Err("a nested collection has no output form".into()),
        other => {
            let expr = to_expr(other)?;
            if chooses_structure(&expr) {
                return Err("it is a list or object chosen by a condition, and outputs are strings".into());
            }
            Ok(expr)
        }
    }
}

/// Whether `expr` (through the branches of its `Fn::If`s) can be a list or an object.
fn chooses_structure(expr: &Expr) -> bool {
    match expr {
        Expr::Map(_) | Expr::List(_) => true,
        Expr::If { then, otherwise, .. } => chooses_structure(then) || chooses_structure(otherwise),
        _ => false,
    }
}

/// A structure as JSON text.
fn json_output(value: &Value) -> Result<Expr, String> {
    to_expr(&Value::Json(Box::new(value.clone()), JsonStyle::Compact))
}
