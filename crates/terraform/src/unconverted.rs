//! Blocks with no CloudFormation meaning that are accepted with a report: `moved`, `import`,
//! `check` and `removed` (a warning each, saying what CloudFormation does instead), and the settings
//! of the `terraform` block (a note: state settings once, providers that are not converted). Nothing
//! here is evaluated: these blocks do not shape the template.
//!
//! `required_version` and the other settings of the `terraform` block are accepted silently.

use crate::diagnostics as diag;
use crate::eval::Evaluator;
use crate::index::Module;
use crate::syntax::Attribute;
use hcl_edit::expr::Expression;
use iac2cfn_diagnostics::Span;

/// Reports the `moved`, `import`, `check` and `removed` blocks and the `terraform` block's settings.
/// Call it after resources are planned, so messages can name the logical IDs of the addresses.
pub(crate) fn report(evaluator: &mut Evaluator<'_>, module: &Module) {
    for block in &module.other {
        let diagnostic = match block.kind.as_str() {
            "moved" => {
                let to = address(block.body.attribute("to"));
                let id = to.as_ref().and_then(|(to, _)| logical_id(evaluator, to));
                diag::moved_ignored(block, to.as_ref().map(|(to, span)| (to.as_str(), *span)), id.as_deref())
            }
            "import" => {
                let to = address(block.body.attribute("to"));
                let id = to.as_ref().and_then(|(to, _)| logical_id(evaluator, to));
                diag::import_ignored(block, to.as_ref().map(|(to, _)| to.as_str()), id.as_deref())
            }
            "removed" => {
                let from = address(block.body.attribute("from"));
                diag::removed_ignored(block, from.as_ref().map(|(from, span)| (from.as_str(), *span)))
            }
            _ => diag::check_ignored(block),
        };
        evaluator.diagnostics.push(diagnostic);
    }
    report_terraform_settings(evaluator, module);
}

/// `backend` and `cloud` (one note for the module), and `required_providers` entries of providers
/// that are not converted (one note per block that lists them).
fn report_terraform_settings(evaluator: &mut Evaluator<'_>, module: &Module) {
    let mut state_reported = false;
    for terraform in &module.terraform {
        // `blocks_of` also reads the JSON form, where settings are objects.
        let body = &terraform.body;
        let mut state = body.blocks_of("backend", 1);
        state.extend(body.blocks_of("cloud", 0));
        state.sort_by_key(|block| (block.span.file.0, block.span.start));
        if let (Some(first), false) = (state.first(), state_reported) {
            state_reported = true;
            evaluator.diagnostics.push(diag::state_settings_ignored(first));
        }
        for required in body.blocks_of("required_providers", 0) {
            let others: Vec<&str> = required
                .body
                .attributes
                .iter()
                .map(|entry| entry.name.as_str())
                .filter(|name| !crate::providers::is_converted(module, name))
                .collect();
            if !others.is_empty() {
                evaluator.diagnostics.push(diag::other_required_providers(&required, &others));
            }
        }
    }
}

/// The address an argument of `moved`, `import` or `removed` names, as written, and where.
fn address(attribute: Option<&Attribute>) -> Option<(String, Span)> {
    let attribute = attribute?;
    let text = match &attribute.value {
        // In JSON syntax the address is a string.
        Expression::String(text) => text.as_str().to_string(),
        other => other.to_string(),
    };
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    (!text.is_empty()).then_some((text, attribute.value_span))
}

/// The logical ID an address (`aws_s3_bucket.b`, `aws_s3_bucket.b[0]`) became, when it names a
/// planned resource instance.
fn logical_id(evaluator: &Evaluator<'_>, address: &str) -> Option<String> {
    let base = address.split('[').next().unwrap_or(address);
    let plan = evaluator.plans.get(base)?;
    let instance = plan.instances.iter().find(|instance| match &instance.key {
        Some(key) => format!("{base}{}", key.suffix()) == address,
        None => base == address,
    })?;
    (!instance.logical_id.is_empty()).then(|| instance.logical_id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_hcl;
    use crate::syntax::File;
    use iac2cfn_diagnostics::{Diagnostics, MemoryFileSystem, SourceMap};

    #[test]
    fn each_block_is_reported_once_and_state_settings_once() {
        let text = r#"
terraform {
  required_version = ">= 1.5"
  backend "s3" {}
  cloud {}
  required_providers {
    aws    = { source = "hashicorp/aws" }
    random = { source = "hashicorp/random" }
  }
}
moved {
  from = aws_s3_bucket.old
  to   = aws_s3_bucket.new
}
import {
  to = aws_s3_bucket.new
  id = "existing"
}
removed {
  from = aws_s3_bucket.gone
}
check "health" {}
resource "aws_s3_bucket" "new" {}
"#;
        let mut sources = SourceMap::new();
        let id = sources.add("main.tf", text);
        let mut diagnostics = Diagnostics::new();
        let body = parse_hcl(id, text, &mut diagnostics).expect("parses");
        let module =
            crate::index::build(&[File { name: "main.tf".into(), is_override: false, body }], &mut diagnostics);
        assert_eq!(module.other.len(), 4);
        let fs = MemoryFileSystem::new();
        let tree = crate::modules::Tree::single(".".into(), module);
        let mut evaluator = Evaluator::new(&tree, &fs, &mut sources);
        crate::modules::register_homes(&mut evaluator);
        let mut ids = crate::logical_ids::Allocator::default();
        crate::lower::plan(&mut evaluator, &mut ids);
        report(&mut evaluator, tree.root());
        let codes: Vec<&str> = evaluator.diagnostics.iter().map(|d| d.code.0).collect();
        assert_eq!(
            codes,
            [
                "tf::block-ignored",
                "tf::block-ignored",
                "tf::block-ignored",
                "tf::block-ignored",
                "tf::state-settings-ignored",
                "tf::other-providers"
            ]
        );
        assert!(evaluator.diagnostics[0].message.contains("`aws_s3_bucket.new` becomes `NewBucket`"));
        assert!(evaluator.diagnostics[1].help.as_deref().is_some_and(|help| help.contains("`NewBucket`")));
        assert!(
            evaluator.diagnostics[5].message.contains("`random`")
                && !evaluator.diagnostics[5].message.contains("`aws`")
        );
    }
}
