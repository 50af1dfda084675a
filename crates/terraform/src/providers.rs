//! Resources and data sources of providers other than `aws` and `awscc` (`random`, `null`, `tls`,
//! `archive`, `time`, `local`, `external`, ...): no CloudFormation resource stands for them.
//!
//! Each such block is reported once, with its address: an error, or with `--skip-unsupported` a warning,
//! and the block is left out while the rest converts. A reference to a skipped block from anything
//! that is converted (an argument, `count`, an output, a local value those use, `depends_on`) is an
//! error at the reference, since the value it needs does not exist in the template.
//!
//! A block's provider is the local name its `provider` meta-argument names, else its type's prefix
//! before the first `_`, as Terraform decides it. A local name that `required_providers` maps to the
//! `hashicorp/aws` or `hashicorp/awscc` source counts as that provider.

use crate::check_only::LocalFinder;
use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator, Fail};
use crate::index::Module;
use crate::syntax::Block;
use hcl_edit::expr::{Expression, TraversalOperator};
use iac2cfn_catalog::provider_types;
use iac2cfn_diagnostics::Span;
use std::collections::BTreeSet;

/// The providers this frontend converts.
const CONVERTED: &[&str] = &["aws", "awscc"];

/// The sources of the converted providers in `required_providers` (the registry host is optional).
const CONVERTED_SOURCES: &[&str] = &["hashicorp/aws", "hashicorp/awscc"];

/// The provider a resource or data block belongs to, and where that is written: the `provider`
/// meta-argument when it is set, else the type label.
fn provider_of(block: &Block) -> (String, Span) {
    if let Some(named) = meta_provider(block) {
        return named;
    }
    let kind = block.label(0);
    let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
    let prefix = kind.split('_').next().unwrap_or(kind);
    (prefix.to_string(), span)
}

/// The provider local name of `provider = NAME` or `provider = NAME.ALIAS` (a string in JSON).
fn meta_provider(block: &Block) -> Option<(String, Span)> {
    let attribute = block.body.attribute("provider")?;
    let parsed;
    let expression = if attribute.map.is_native() {
        &attribute.value
    } else {
        parsed = crate::parse::json_keyword_expression(&attribute.value)?;
        &parsed
    };
    let root = match expression {
        Expression::Variable(name) => name.as_str(),
        Expression::Traversal(traversal) => match &traversal.expr {
            Expression::Variable(name) => name.as_str(),
            _ => return None,
        },
        _ => return None,
    };
    Some((root.to_string(), attribute.span))
}

/// Whether resources of the provider with this local name are converted.
pub(crate) fn is_converted(module: &Module, name: &str) -> bool {
    CONVERTED.contains(&name)
        || required_providers(module).iter().any(|(local, source)| local == name && is_aws(source))
}

/// Whether a `required_providers` source names the aws or awscc provider (`hashicorp/aws`,
/// `registry.terraform.io/hashicorp/aws`).
fn is_aws(source: &str) -> bool {
    let source = source.trim().to_ascii_lowercase();
    CONVERTED_SOURCES.iter().any(|wanted| source == *wanted || source.ends_with(&format!("/{wanted}")))
}

/// Every `required_providers` entry: the local name and its source (empty when not given).
fn required_providers(module: &Module) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for terraform in &module.terraform {
        for required in terraform.body.blocks_of("required_providers", 0) {
            for attribute in &required.body.attributes {
                let source = object_string(&attribute.value, "source").unwrap_or_default();
                out.push((attribute.name.clone(), source));
            }
        }
    }
    out
}

/// The literal string at `key` of an object expression (`{ source = "hashicorp/aws" }`).
fn object_string(expression: &Expression, key: &str) -> Option<String> {
    let Expression::Object(object) = expression else { return None };
    object.iter().find_map(|(name, value)| {
        let name = match name {
            hcl_edit::expr::ObjectKey::Ident(ident) => ident.as_str(),
            hcl_edit::expr::ObjectKey::Expression(expression) => expression.as_str()?,
        };
        if name != key {
            return None;
        }
        match value.expr() {
            Expression::String(text) => Some(text.as_str().to_string()),
            Expression::StringTemplate(template) => {
                let mut text = String::new();
                for element in template.iter() {
                    text.push_str(element.as_literal()?.as_str());
                }
                Some(text)
            }
            _ => None,
        }
    })
}

/// The provider of a block when it is one this frontend does not convert.
pub(crate) fn foreign_provider(module: &Module, block: &Block) -> Option<(String, Span)> {
    let (provider, span) = provider_of(block);
    (!is_converted(module, &provider)).then_some((provider, span))
}

/// Reports every resource and data source of a provider that is not converted: an error each, or
/// with `--skip-unsupported` a warning each. Called once per evaluation of the module.
pub(crate) fn report(evaluator: &mut Evaluator<'_>) {
    let skip = evaluator.skip_unsupported;
    // Every module instance's blocks, by their full addresses; a module called several times reports
    // each instance's block, as Terraform names them.
    let blocks: Vec<(String, String, &Block, bool)> = evaluator
        .homes
        .iter()
        .map(|(address, (prefix, block))| match address.strip_prefix("data.") {
            Some(data) => (crate::data_sources::display_address(data), prefix.clone(), *block, true),
            None => (address.clone(), prefix.clone(), *block, false),
        })
        .collect();
    for (address, prefix, block, is_data) in blocks {
        let Some(module) = evaluator.instances.get(&prefix).map(|instance| instance.module) else { continue };
        let Some((provider, span)) = foreign_provider(module, block) else { continue };
        // A block with no instances (`count = 0`, common in reusable modules) makes nothing.
        if crate::lower::no_instances(evaluator, &prefix, block).is_some() {
            continue;
        }
        let alternative = alternative(block.label(0), is_data);
        evaluator.diagnostics.push(diag::unsupported_provider(span, &address, &provider, alternative, skip));
    }
}

/// Reports every `ephemeral` block that has instances, once per module instance: an ephemeral resource
/// is opened during each Terraform run and never stored, and a stack has no such step. A block of
/// another provider is reported as that provider's resources are; an AWS one says what CloudFormation
/// offers instead. Both are errors, or warnings that the block is left out under `--skip-unsupported`.
pub(crate) fn report_ephemerals(evaluator: &mut Evaluator<'_>) {
    let skip = evaluator.skip_unsupported;
    let blocks: Vec<(String, String, &Block)> = evaluator
        .instances
        .iter()
        .flat_map(|(prefix, instance)| {
            let ephemerals = &instance.module.ephemerals;
            ephemerals
                .iter()
                .map(move |(address, block)| (format!("{prefix}ephemeral.{address}"), prefix.clone(), block))
        })
        .collect();
    for (address, prefix, block) in blocks {
        let Some(module) = evaluator.instances.get(&prefix).map(|instance| instance.module) else { continue };
        if crate::lower::no_instances(evaluator, &prefix, block).is_some() {
            continue;
        }
        let diagnostic = match foreign_provider(module, block) {
            Some((provider, span)) => {
                diag::unsupported_provider(span, &address, &provider, alternative(block.label(0), false), skip)
            }
            None if !provider_types::exists(provider_types::Kind::Ephemeral, block.label(0)) => {
                let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
                diag::not_a_provider_type(span, provider_types::Kind::Ephemeral, block.label(0))
            }
            None => diag::ephemeral_resource(
                block.header_span(),
                &address,
                iac2cfn_catalog::unsupported::ephemeral_alternative(block.label(0)),
                skip,
            ),
        };
        evaluator.diagnostics.push(diagnostic);
    }
}

/// Checks a reference to an ephemeral resource (`ephemeral.TYPE.NAME`, `address` without the prefix),
/// which has no value in the template: under `--skip-unsupported` an error at the reference, since the
/// block was left out with a warning; otherwise a quiet failure, as the block is an error already.
pub(crate) fn check_ephemeral_reference(evaluator: &mut Evaluator<'_>, address: &str, span: Span) -> Fail {
    if !evaluator.skip_unsupported {
        return Fail::Static;
    }
    let module = evaluator.module();
    let alternative = match module.ephemerals.get(address) {
        Some(block) if foreign_provider(module, block).is_some() => alternative(block.label(0), false),
        Some(block) => iac2cfn_catalog::unsupported::ephemeral_alternative(block.label(0)),
        None => None,
    };
    let diagnostic = diag::skipped_reference(span, None, &format!("ephemeral.{address}"), alternative);
    evaluator.fail(diagnostic, Fail::Static)
}

/// The block at a reference's address (`random_password.db`, `data.archive_file.lambda`).
fn block_at<'m>(module: &'m Module, address: &str) -> Option<&'m Block> {
    match address.strip_prefix("data.") {
        Some(data) => module.data.get(data),
        None => module.resources.get(address),
    }
}

/// Checks a reference to `address` (a declared resource, or `data.` and a declared data source):
/// under `--skip-unsupported`, a reference to a block that was skipped is an error here. `operators`
/// and `spans` are the traversal's after the address, and `span` is the address's, so the message
/// quotes the reference as written (`random_password.db.result`).
pub(crate) fn check_reference(
    evaluator: &mut Evaluator<'_>,
    address: &str,
    operators: &[&TraversalOperator],
    spans: &[Span],
    span: Span,
) -> Eval<()> {
    if !evaluator.skip_unsupported {
        // Without the flag the declaration is an error already, and references to it fail quietly.
        return Ok(());
    }
    let module = evaluator.module();
    let Some(block) = block_at(module, address) else { return Ok(()) };
    if foreign_provider(module, block).is_none() {
        return Ok(());
    }
    let mut reference = address.to_string();
    let mut end = span;
    for (operator, at) in operators.iter().zip(spans) {
        match operator {
            TraversalOperator::GetAttr(name) => reference.push_str(&format!(".{}", name.as_str())),
            TraversalOperator::Index(Expression::Number(number)) => reference.push_str(&format!("[{number}]")),
            TraversalOperator::Index(Expression::String(key)) => {
                reference.push_str(&format!("[{}]", serde_json::Value::String(key.as_str().to_string())))
            }
            TraversalOperator::Index(_) => reference.push_str("[...]"),
            TraversalOperator::LegacyIndex(index) => reference.push_str(&format!(".{}", **index)),
            TraversalOperator::AttrSplat(_) => reference.push_str(".*"),
            TraversalOperator::FullSplat(_) => reference.push_str("[*]"),
        }
        end = span.to(*at);
        // The reference ends at the attribute read from the block; what follows works on its value.
        if matches!(operator, TraversalOperator::GetAttr(_)) {
            break;
        }
    }
    let what = (reference != address).then(|| format!("`{reference}`"));
    let alternative = alternative(block.label(0), address.starts_with("data."));
    let diagnostic = diag::skipped_reference(end, what.as_deref(), address, alternative);
    Err(evaluator.fail(diagnostic, Fail::Static))
}

/// Checks a `depends_on` entry naming `address`: true when the block belongs to a provider that is
/// not converted (there is nothing to depend on), after reporting the entry under
/// `--skip-unsupported`.
pub(crate) fn check_dependency(evaluator: &mut Evaluator<'_>, address: &str, span: Span) -> bool {
    let module = evaluator.module();
    let Some(block) = block_at(module, address) else { return false };
    if foreign_provider(module, block).is_none() {
        return false;
    }
    if evaluator.skip_unsupported {
        let alternative = alternative(block.label(0), address.starts_with("data."));
        evaluator.diagnostics.push(diag::skipped_reference(span, Some("`depends_on`"), address, alternative));
    }
    true
}

/// Withdraws the errors about references to skipped blocks made inside local values that nothing
/// converted uses: every local is evaluated to report its problems, but one that only feeds skipped
/// blocks (a `null_resource`'s triggers) refers to them rightly. Called once lowering is done.
pub(crate) fn withdraw_unused_references(evaluator: &mut Evaluator<'_>) {
    if !evaluator.skip_unsupported {
        return;
    }
    let mut unused: Vec<Span> = Vec::new();
    for loaded in &evaluator.tree.modules {
        let module = &loaded.module;
        let used = used_locals(module);
        let locals = module.locals.iter().filter(|(name, _)| !used.contains(name.as_str()));
        unused.extend(locals.map(|(_, attribute)| attribute.span));
    }
    evaluator.diagnostics.retain(|diagnostic| {
        let inside_unused = diagnostic.primary_span().is_some_and(|at| {
            unused.iter().any(|local| local.file == at.file && local.start <= at.start && at.end <= local.end)
        });
        !(diagnostic.code == diag::SKIPPED_REFERENCE && inside_unused)
    });
}

/// The local values that something converted uses, directly or through other locals: the bodies of
/// converted resources and data sources, outputs, providers and variables are where uses start.
fn used_locals(module: &Module) -> BTreeSet<String> {
    let mut found = LocalFinder::default();
    let converted = |block: &&Block| foreign_provider(module, block).is_none();
    for block in module.resources.values().filter(converted).chain(module.data.values().filter(converted)) {
        found.body(&block.body);
    }
    for block in module.outputs.values().chain(module.providers.values()).chain(module.variables.values()) {
        found.body(&block.body);
    }
    crate::check_only::close(module, found.found)
}

/// What CloudFormation offers instead of a common resource or data source of another provider.
fn alternative(kind: &str, is_data: bool) -> Option<&'static str> {
    Some(match (kind, is_data) {
        ("random_password", false) => {
            "for a database's master password, set `manage_master_user_password = true` (RDS keeps it in \
             Secrets Manager); otherwise an AWS::SecretsManager::Secret with GenerateSecretString makes the \
             password at deployment, read with a `{{resolve:secretsmanager:...}}` dynamic reference"
        }
        ("random_string" | "random_id" | "random_pet" | "random_uuid" | "random_integer" | "random_shuffle", false) => {
            "to make names unique, leave the name argument unset so that CloudFormation generates one, or pass \
             the value as a variable"
        }
        ("archive_file", _) => {
            "package the code into a .zip outside the stack, upload it to S3 (`aws cloudformation package` does \
             both) and refer to it by bucket and key (`s3_bucket`, `s3_key`)"
        }
        ("null_resource" | "terraform_data", false) => {
            "run commands from a custom resource (a Lambda function the stack invokes), from EC2 user data, or \
             from the deployment pipeline"
        }
        ("time_sleep", false) => {
            "CloudFormation orders creation by references and DependsOn; to wait for a signal from outside, \
             use an AWS::CloudFormation::WaitCondition"
        }
        ("tls_private_key", false) => {
            "for an EC2 key pair, an AWS::EC2::KeyPair without PublicKeyMaterial makes the key at deployment \
             and keeps the private key in SSM Parameter Store"
        }
        ("tls_self_signed_cert" | "tls_locally_signed_cert" | "tls_cert_request", false) => {
            "issue certificates with aws_acm_certificate, or import them into ACM outside the stack and pass \
             the ARN as a variable"
        }
        ("local_file" | "local_sensitive_file", false) => "write files outside the stack",
        ("local_file" | "local_sensitive_file", true) => {
            "read the file with `file()` (files inside the module are read at conversion time)"
        }
        ("terraform_remote_state", true) => {
            "read another stack's values with Fn::ImportValue of its exports, or pass them as variables"
        }
        (_, true) => "pass the values it provides as variables",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_hcl;
    use crate::syntax::File;
    use iac2cfn_diagnostics::{Diagnostics, SourceMap};

    fn module(text: &str) -> Module {
        let mut sources = SourceMap::new();
        let id = sources.add("main.tf", text);
        let mut diagnostics = Diagnostics::new();
        let body = parse_hcl(id, text, &mut diagnostics).expect("parses");
        let file = File { name: "main.tf".into(), is_override: false, body };
        crate::index::build(&[file], &mut diagnostics)
    }

    #[test]
    fn providers_come_from_the_meta_argument_or_the_type_prefix() {
        let module = module(
            r#"
terraform {
  required_providers {
    amazon = { source = "registry.terraform.io/hashicorp/aws" }
    random = { source = "hashicorp/random" }
  }
}
resource "random_password" "db" { length = 16 }
resource "aws_s3_bucket" "a" {}
resource "aws_s3_bucket" "b" { provider = amazon.west }
resource "aws_s3_bucket" "c" { provider = google }
resource "terraform_data" "d" {}
data "archive_file" "zip" {}
"#,
        );
        let foreign = |address: &str| {
            let block = module.resources.get(address).or_else(|| module.data.get(address)).expect("declared");
            foreign_provider(&module, block).map(|(name, _)| name)
        };
        assert_eq!(foreign("random_password.db").as_deref(), Some("random"));
        assert_eq!(foreign("aws_s3_bucket.a"), None);
        assert_eq!(foreign("aws_s3_bucket.b"), None);
        assert_eq!(foreign("aws_s3_bucket.c").as_deref(), Some("google"));
        assert_eq!(foreign("terraform_data.d").as_deref(), Some("terraform"));
        assert_eq!(foreign("archive_file.zip").as_deref(), Some("archive"));
    }

    #[test]
    fn locals_used_by_converted_blocks_are_found_through_other_locals() {
        let module = module(
            r#"
locals {
  name     = "app-${local.suffix}"
  suffix   = random_id.x.hex
  triggers = random_id.x.hex
  unused   = local.triggers
}
resource "random_id" "x" { byte_length = 4 }
resource "null_resource" "run" { triggers = { id = local.triggers } }
resource "aws_s3_bucket" "b" {
  bucket = local.name
}
"#,
        );
        let mut used: Vec<String> = used_locals(&module).into_iter().collect();
        used.sort();
        assert_eq!(used, ["name", "suffix"]);
    }
}
