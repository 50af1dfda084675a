//! The `region` argument every `aws_` resource has since provider 6: Terraform creates such a
//! resource in that region, while a CloudFormation stack creates every resource in its own region.
//! A resource whose region is the stack's (the provider's configured region, or the current region
//! from `data.aws_region`) is converted as if the argument were absent; any other is an error that
//! names it, as no single stack can hold it.
//!
//! A type whose catalog row writes `region` to a property takes it as a value instead: the
//! destination of a replication, which Terraform creates in the destination region and
//! CloudFormation configures on the source (`aws_db_instance_automated_backups_replication`). There
//! the argument is kept, and a resource that names its destination only by a provider alias gets
//! that provider's region as its `region`.

use crate::eval::{Evaluator, Scope};
use crate::lower::to_expr;
use crate::syntax::{Attribute, Block};
use hcl_edit::expr::{Expression, TraversalOperator};
use iac2cfn_catalog::{mappings_for, SourceObject, SourceValue, Target};
use iac2cfn_diagnostics::{Code, Diagnostic, Span};
use iac2cfn_ir::{pseudo, Expr};

/// The code of a resource in another region than the stack's.
const OTHER_REGION: Code = Code("tf::resource-region");

/// The code of a replication whose destination region is not known.
const DESTINATION_UNKNOWN: Code = Code("tf::destination-region");

/// Whether the rows of a type take `region` as a value (a property), not as where the resource is.
pub(crate) fn takes_region(kind: &str) -> bool {
    mappings_for(kind).iter().any(|row| {
        row.arguments.iter().any(|argument| argument.name == "region" && matches!(argument.target, Target::Property(_)))
    })
}

/// Checks and removes the `region` argument of an `aws_` resource instance at `address`, so the
/// catalog never sees it; for a type that takes `region` as a value, keeps it, or supplies the
/// region of the provider alias the block names.
pub(crate) fn check(
    evaluator: &mut Evaluator<'_>,
    kind: &str,
    block: &Block,
    address: &str,
    source: &mut SourceObject,
) {
    if !kind.starts_with("aws_") {
        return;
    }
    if takes_region(kind) {
        supply_alias_region(evaluator, block, address, source);
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

/// For a type that takes `region` as a value: when the configuration gives no `region` but a
/// provider alias (`provider = aws.replica`), the alias's region is the resource's region, as
/// Terraform decides it. An alias whose region is not known is reported.
fn supply_alias_region(evaluator: &mut Evaluator<'_>, block: &Block, address: &str, source: &mut SourceObject) {
    if source.entries.contains_key("region") {
        return;
    }
    let Some(attribute) = block.body.attribute("provider") else { return };
    let span = attribute.value_span;
    let region = alias_name(attribute).and_then(|alias| {
        let provider = evaluator.tree.root().providers.get(&alias)?;
        let region = provider.body.attribute("region")?;
        let reported = evaluator.diagnostics.len();
        let value = evaluator.in_module("", |evaluator| evaluator.eval_attribute(region, &Scope::default()));
        evaluator.diagnostics.truncate(reported);
        to_expr(&value.ok()?).ok().filter(|expr| !matches!(expr, Expr::Null))
    });
    match region {
        Some(value) => {
            source.entries.insert("region".to_string(), (attribute.name_span, SourceValue::Value { value, span }));
        }
        None => evaluator.diagnostics.push(
            Diagnostic::warning(
                DESTINATION_UNKNOWN,
                format!("the region of `{address}` (its destination) is not known: it is left out"),
            )
            .with_label(span, "no provider alias of the root module by this name sets `region`")
            .with_help("set `region` on the resource, or the destination's property on the template"),
        ),
    }
}

/// `aws.ALIAS` of a `provider` meta-argument (a string in JSON), as the root module's providers are
/// keyed.
fn alias_name(attribute: &Attribute) -> Option<String> {
    let parsed;
    let expression = if attribute.map.is_native() {
        &attribute.value
    } else {
        parsed = crate::parse::json_keyword_expression(&attribute.value)?;
        &parsed
    };
    let Expression::Traversal(traversal) = expression else { return None };
    let Expression::Variable(root) = &traversal.expr else { return None };
    match traversal.operators.first().map(|operator| operator.value()) {
        Some(TraversalOperator::GetAttr(alias)) => Some(format!("{}.{}", root.as_str(), alias.as_str())),
        _ => None,
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
