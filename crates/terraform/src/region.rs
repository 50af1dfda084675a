//! The `region` argument every `aws_` resource has since provider 6: Terraform creates such a
//! resource in that region, while a CloudFormation stack creates every resource in its own region.
//! A resource whose region is the stack's (the provider's configured region, or the current region
//! from `data.aws_region`) is converted as if the argument were absent; any other is an error that
//! names it, as no single stack can hold it.

use crate::eval::{Evaluator, Scope};
use crate::lower::to_expr;
use iac2cfn_catalog::{SourceObject, SourceValue};
use iac2cfn_diagnostics::{Code, Diagnostic, Span};
use iac2cfn_ir::{pseudo, Expr};

/// The code of a resource in another region than the stack's.
const OTHER_REGION: Code = Code("tf::resource-region");

/// Checks and removes the `region` argument of an `aws_` resource instance at `address`, so the
/// catalog never sees it.
pub(crate) fn check(evaluator: &mut Evaluator<'_>, kind: &str, address: &str, source: &mut SourceObject) {
    if !kind.starts_with("aws_") {
        return;
    }
    let Some((_, SourceValue::Value { value, span })) = source.entries.shift_remove("region") else { return };
    if value == Expr::Ref(pseudo::REGION.to_string()) {
        return;
    }
    let stack = provider_region(evaluator);
    match &stack {
        Some(stack) if *stack == value => {}
        Some(Expr::String(stack)) if matches!(&value, Expr::String(_)) => {
            let Expr::String(region) = &value else { return };
            evaluator.diagnostics.push(other_region(span, address, region, Some(stack)));
        }
        Some(_) => {
            evaluator.blame_expr(&value, span);
            evaluator.diagnostics.push(
            Diagnostic::error(
                OTHER_REGION,
                format!("`{address}` names its region, which cannot be told equal to the provider's at conversion time"),
            )
            .with_label(span, "the resource's region")
            .with_help("a CloudFormation stack creates every resource in its own region: set `region` to the provider's region, or remove it"),
            )
        }
        None => {
            evaluator.blame_expr(&value, span);
            let region = match &value {
                Expr::String(region) => region.clone(),
                _ => "a region only known at deployment".to_string(),
            };
            evaluator.diagnostics.push(other_region(span, address, &region, None));
        }
    }
}

/// The provider's configured region, as an IR value; `None` when it sets none (or it has errors,
/// reported where the provider is checked).
pub(crate) fn provider_region(evaluator: &mut Evaluator<'_>) -> Option<Expr> {
    let attribute = evaluator.tree.root().providers.get("aws")?.body.attribute("region")?;
    let reported = evaluator.diagnostics.len();
    // The provider belongs to the root module, wherever evaluation is.
    let value = evaluator.in_module("", |evaluator| evaluator.eval_attribute(attribute, &Scope::default()));
    evaluator.diagnostics.truncate(reported);
    to_expr(&value.ok()?).ok().filter(|expr| !matches!(expr, Expr::Null))
}

#[cold]
fn other_region(span: Span, address: &str, region: &str, stack: Option<&str>) -> Diagnostic {
    let (message, help) = match stack {
        Some(stack) => (
            format!("`{address}` is in region `{region}`, but the stack is created in `{stack}`, the provider's region"),
            "a CloudFormation stack creates every resource in its own region: convert this resource into a stack of its own for that region",
        ),
        None => (
            format!("`{address}` is in region `{region}`, and the provider names no region for the stack"),
            "a CloudFormation stack creates every resource in its own region: set the provider's `region` to this one (and create the stack there), or remove the argument",
        ),
    };
    Diagnostic::error(OTHER_REGION, message).with_label(span, "the resource's region").with_help(help)
}
