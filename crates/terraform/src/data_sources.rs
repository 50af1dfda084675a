//! Data sources with a CloudFormation form: the caller's account, the region and the partition become
//! pseudo parameters, availability zones `Fn::GetAZs`, and policy documents are rendered at conversion
//! time ([`crate::policy_document`]).

use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator, Fail, Node, Scope};
use crate::syntax::Block;
use crate::value::{JsonStyle, Sym, SymType, Value};
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::{pseudo, Expr};

/// The data source types this frontend converts.
pub(crate) const SUPPORTED: &[&str] =
    &["aws_caller_identity", "aws_region", "aws_partition", "aws_iam_policy_document", "aws_availability_zones"];

/// Reports the data sources that cannot be converted and the meta-arguments that data sources do not
/// support here; called once for every `data` block.
pub(crate) fn check_declaration(evaluator: &mut Evaluator<'_>, block: &Block) {
    let kind = block.label(0);
    if !SUPPORTED.contains(&kind) {
        let diagnostic = diag::unsupported_data_source(block, kind, SUPPORTED);
        evaluator.diagnostics.push(diagnostic);
        return;
    }
    for meta in ["count", "for_each"] {
        if let Some(attribute) = block.body.attribute(meta) {
            evaluator.diagnostics.push(diag::data_source_repetition(attribute));
        }
    }
}

fn pseudo_value(name: &str) -> Value {
    Value::Sym(Sym::new(Expr::reference(name), SymType::String))
}

/// The value of `data.ADDRESS.NAME`.
pub(crate) fn attribute(evaluator: &mut Evaluator<'_>, address: &str, name: &str, span: Span, name_span: Span) -> Eval {
    let Some(block) = evaluator.module.data.get(address) else {
        return Err(Fail::Static);
    };
    let kind = block.label(0);
    if !SUPPORTED.contains(&kind) {
        // Reported once at the declaration.
        return Err(Fail::Static);
    }
    let attributes: &[&str] = match kind {
        "aws_caller_identity" => &["account_id", "id", "arn", "user_id"],
        "aws_region" => &["name", "region", "id", "endpoint", "description"],
        "aws_partition" => &["partition", "id", "dns_suffix", "reverse_dns_prefix"],
        "aws_iam_policy_document" => &["json", "minified_json", "id"],
        _ => &["names", "zone_ids", "id"],
    };
    let unavailable = |evaluator: &mut Evaluator<'_>, why: &str| -> Eval {
        Err(evaluator.error(diag::data_attribute_unavailable(name_span, &format!("data.{address}.{name}"), why)))
    };
    match (kind, name) {
        ("aws_caller_identity", "account_id" | "id") => Ok(pseudo_value(pseudo::ACCOUNT_ID)),
        ("aws_caller_identity", _) if attributes.contains(&name) => unavailable(
            evaluator,
            "it names the identity that runs Terraform; CloudFormation has no such value (the stack's account is `account_id`)",
        ),
        ("aws_region", "name" | "region" | "id") => {
            // A data source that names a region yields that region, not the stack's.
            let block = block.clone();
            for argument in ["region", "name"] {
                if let Some(set) = block.body.attribute(argument) {
                    return evaluator.eval_attribute(set, &Scope::default());
                }
            }
            Ok(pseudo_value(pseudo::REGION))
        }
        ("aws_region", "endpoint") => Ok(Value::Sym(Sym::new(Expr::sub("ec2.${AWS::Region}.${AWS::URLSuffix}"), SymType::String))),
        ("aws_region", "description") => unavailable(evaluator, "CloudFormation has no pseudo parameter for a region's description"),
        ("aws_partition", "partition" | "id") => Ok(pseudo_value(pseudo::PARTITION)),
        ("aws_partition", "dns_suffix") => Ok(pseudo_value(pseudo::URL_SUFFIX)),
        ("aws_partition", "reverse_dns_prefix") => unavailable(evaluator, "CloudFormation has no pseudo parameter for it"),
        ("aws_iam_policy_document", "json" | "minified_json") => {
            let block = block.clone();
            let document = evaluator.memoized(Node::Data(address.to_string()), span, |evaluator| {
                crate::policy_document::render(evaluator, &block)
            })?;
            let style = if name == "json" { JsonStyle::Indented } else { JsonStyle::Compact };
            Ok(Value::Json(Box::new(document), style))
        }
        ("aws_iam_policy_document", "id") => unavailable(evaluator, "it is a hash Terraform computes of the JSON text; use `json`"),
        ("aws_availability_zones", "names") => Ok(Value::Sym(Sym::new(Expr::GetAzs(Box::new(Expr::string(""))), SymType::List))),
        ("aws_availability_zones", _) if attributes.contains(&name) => {
            unavailable(evaluator, "CloudFormation only lists the zone names (Fn::GetAZs)")
        }
        _ => Err(evaluator.error(diag::unknown_data_attribute(name_span, address, name, attributes))),
    }
}
