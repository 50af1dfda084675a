//! The module's declarations across all its files, by kind and name, with Terraform's override files
//! merged in and duplicate declarations reported.

use crate::diagnostics as diag;
use crate::syntax::{Attribute, Block, Body, File};
use iac2cfn_diagnostics::Diagnostics;
use iac2cfn_ir::IndexMap;

/// Every declaration of the root module, in source order (files by name, then position).
#[derive(Debug, Default)]
pub(crate) struct Module {
    /// `variable` blocks by name.
    pub variables: IndexMap<String, Block>,
    /// Local values by name.
    pub locals: IndexMap<String, Attribute>,
    /// `resource` blocks by address (`aws_s3_bucket.b`).
    pub resources: IndexMap<String, Block>,
    /// `data` blocks by address without the `data.` prefix (`aws_region.current`).
    pub data: IndexMap<String, Block>,
    /// `ephemeral` blocks by address without the `ephemeral.` prefix (`aws_secretsmanager_random_password.db`).
    pub ephemerals: IndexMap<String, Block>,
    /// `output` blocks by name.
    pub outputs: IndexMap<String, Block>,
    /// `module` blocks by name.
    pub modules: IndexMap<String, Block>,
    /// `provider` blocks by name and alias (`aws`, `aws.west`).
    pub providers: IndexMap<String, Block>,
    /// `terraform` blocks.
    pub terraform: Vec<Block>,
    /// Other top-level blocks (`moved`, `import`, `check`, `removed`), reported by the lowering.
    pub other: Vec<Block>,
}

/// Which map of [`Module`] a top-level block goes to, and its key there.
fn key_of(block: &Block, diagnostics: &mut Diagnostics) -> Option<(Kind, String)> {
    let labels = |count: usize, diagnostics: &mut Diagnostics| -> bool {
        if block.labels.len() == count {
            true
        } else {
            diagnostics.push(diag::wrong_label_count(block, count));
            false
        }
    };
    match block.kind.as_str() {
        "variable" => labels(1, diagnostics).then(|| (Kind::Variable, block.label(0).to_string())),
        "output" => labels(1, diagnostics).then(|| (Kind::Output, block.label(0).to_string())),
        "module" => labels(1, diagnostics).then(|| (Kind::Module, block.label(0).to_string())),
        "resource" => {
            labels(2, diagnostics).then(|| (Kind::Resource, format!("{}.{}", block.label(0), block.label(1))))
        }
        "data" => labels(2, diagnostics).then(|| (Kind::Data, format!("{}.{}", block.label(0), block.label(1)))),
        "ephemeral" => {
            labels(2, diagnostics).then(|| (Kind::Ephemeral, format!("{}.{}", block.label(0), block.label(1))))
        }
        "provider" => labels(1, diagnostics).then(|| {
            let alias = block.body.attribute("alias").and_then(|a| literal_string(&a.value));
            let name = match alias {
                Some(alias) => format!("{}.{alias}", block.label(0)),
                None => block.label(0).to_string(),
            };
            (Kind::Provider, name)
        }),
        "locals" => Some((Kind::Locals, String::new())),
        "terraform" => Some((Kind::Terraform, String::new())),
        "moved" | "import" | "check" | "removed" => Some((Kind::Other, String::new())),
        _ => {
            diagnostics.push(diag::unknown_block(block));
            None
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Variable,
    Output,
    Module,
    Resource,
    Data,
    Ephemeral,
    Provider,
    Locals,
    Terraform,
    Other,
}

pub(crate) fn literal_string(expression: &hcl_edit::expr::Expression) -> Option<String> {
    match expression {
        hcl_edit::expr::Expression::String(text) => Some(text.as_str().to_string()),
        hcl_edit::expr::Expression::StringTemplate(template) => {
            let mut text = String::new();
            for element in template.iter() {
                text.push_str(element.as_literal()?.as_str());
            }
            Some(text)
        }
        _ => None,
    }
}

/// Builds the index from the files in loading order (primary files, then override files).
pub(crate) fn build(files: &[File], diagnostics: &mut Diagnostics) -> Module {
    let mut module = Module::default();
    for file in files {
        for block in &file.body.blocks {
            let Some((kind, key)) = key_of(block, diagnostics) else { continue };
            if file.is_override {
                apply_override(&mut module, kind, key, block, diagnostics);
            } else {
                declare(&mut module, kind, key, block, diagnostics);
            }
        }
        for attribute in &file.body.attributes {
            diagnostics.push(diag::top_level_attribute(attribute));
        }
    }
    module
}

fn map_of(module: &mut Module, kind: Kind) -> Option<&mut IndexMap<String, Block>> {
    match kind {
        Kind::Variable => Some(&mut module.variables),
        Kind::Output => Some(&mut module.outputs),
        Kind::Module => Some(&mut module.modules),
        Kind::Resource => Some(&mut module.resources),
        Kind::Data => Some(&mut module.data),
        Kind::Ephemeral => Some(&mut module.ephemerals),
        Kind::Provider => Some(&mut module.providers),
        Kind::Locals | Kind::Terraform | Kind::Other => None,
    }
}

fn declare(module: &mut Module, kind: Kind, key: String, block: &Block, diagnostics: &mut Diagnostics) {
    match kind {
        Kind::Locals => {
            for attribute in &block.body.attributes {
                if let Some(first) = module.locals.get(&attribute.name) {
                    diagnostics.push(diag::duplicate_local(attribute, first));
                } else {
                    module.locals.insert(attribute.name.clone(), attribute.clone());
                }
            }
            for nested in &block.body.blocks {
                diagnostics.push(diag::unexpected_block(nested, "locals"));
            }
        }
        Kind::Terraform => module.terraform.push(block.clone()),
        Kind::Other => module.other.push(block.clone()),
        _ => {
            let Some(map) = map_of(module, kind) else { return };
            if let Some(first) = map.get(&key) {
                diagnostics.push(diag::duplicate_block(block, first, &key));
            } else {
                map.insert(key, block.clone());
            }
        }
    }
}

fn apply_override(module: &mut Module, kind: Kind, key: String, block: &Block, diagnostics: &mut Diagnostics) {
    match kind {
        Kind::Locals => {
            for attribute in &block.body.attributes {
                match module.locals.get_mut(&attribute.name) {
                    Some(existing) => *existing = attribute.clone(),
                    None => diagnostics.push(diag::override_without_base(
                        attribute.name_span,
                        "local value",
                        &attribute.name,
                    )),
                }
            }
        }
        Kind::Terraform => module.terraform.push(block.clone()),
        Kind::Other => module.other.push(block.clone()),
        _ => {
            let what = block.kind.clone();
            let Some(map) = map_of(module, kind) else { return };
            match map.get_mut(&key) {
                Some(base) => merge_block(base, block),
                None => diagnostics.push(diag::override_without_base(block.header_span(), &what, &key)),
            }
        }
    }
}

/// Merges an override block into its base as Terraform does: attributes replace attributes of the same
/// name; nested blocks of a type the override has replace all the base's blocks of that type, except
/// `lifecycle`, which is merged argument by argument.
fn merge_block(base: &mut Block, with: &Block) {
    merge_body(&mut base.body, &with.body, base.kind == "resource" || base.kind == "data");
}

fn merge_body(base: &mut Body, with: &Body, merge_lifecycle: bool) {
    for attribute in &with.attributes {
        match base.attributes.iter_mut().find(|existing| existing.name == attribute.name) {
            Some(existing) => *existing = attribute.clone(),
            None => base.attributes.push(attribute.clone()),
        }
    }
    let mut replaced: Vec<&str> = Vec::new();
    for block in &with.blocks {
        if merge_lifecycle && block.kind == "lifecycle" {
            match base.blocks.iter_mut().find(|existing| existing.kind == "lifecycle") {
                Some(existing) => merge_body(&mut existing.body, &block.body, false),
                None => base.blocks.push(block.clone()),
            }
            continue;
        }
        if !replaced.contains(&block.kind.as_str()) {
            replaced.push(block.kind.as_str());
            base.blocks.retain(|existing| existing.kind != block.kind);
        }
        base.blocks.push(block.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_hcl;
    use iac2cfn_diagnostics::SourceMap;

    fn file(sources: &mut SourceMap, name: &str, text: &str) -> File {
        let id = sources.add(name, text);
        let mut diagnostics = Diagnostics::new();
        let body = parse_hcl(id, text, &mut diagnostics).expect("parses");
        File { name: name.into(), is_override: name.contains("override"), body }
    }

    #[test]
    fn overrides_replace_attributes_and_nested_blocks_but_merge_lifecycle() {
        let mut sources = SourceMap::new();
        let main = file(
            &mut sources,
            "main.tf",
            r#"resource "aws_s3_bucket" "b" {
  bucket = "a"
  tags   = { x = "1" }
  rule { id = "one" }
  rule { id = "two" }
  lifecycle { prevent_destroy = true }
}
locals { name = "a" }
"#,
        );
        let over = file(
            &mut sources,
            "override.tf",
            r#"resource "aws_s3_bucket" "b" {
  bucket = "b"
  rule { id = "three" }
  lifecycle { ignore_changes = [tags] }
}
locals { name = "b" }
"#,
        );
        let mut diagnostics = Diagnostics::new();
        let module = build(&[main, over], &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let body = &module.resources["aws_s3_bucket.b"].body;
        assert_eq!(body.attribute("bucket").map(|a| a.value.to_string().trim().to_string()), Some("\"b\"".into()));
        assert!(body.attribute("tags").is_some());
        let rules = body.blocks_of("rule", 0);
        assert_eq!(rules.len(), 1);
        let lifecycle = &body.blocks_of("lifecycle", 0)[0].body;
        assert!(lifecycle.attribute("prevent_destroy").is_some() && lifecycle.attribute("ignore_changes").is_some());
        assert_eq!(module.locals["name"].value.to_string().trim(), "\"b\"");
    }

    #[test]
    fn duplicates_and_overrides_without_a_base_are_errors() {
        let mut sources = SourceMap::new();
        let a = file(&mut sources, "a.tf", "variable \"x\" {}\nlocals { y = 1 }\n");
        let b = file(&mut sources, "b.tf", "variable \"x\" {}\nlocals { y = 2 }\n");
        let c = file(&mut sources, "c_override.tf", "output \"z\" { value = 1 }\n");
        let mut diagnostics = Diagnostics::new();
        build(&[a, b, c], &mut diagnostics);
        let codes: Vec<_> = diagnostics.iter().map(|d| d.code.0).collect();
        assert_eq!(codes, ["tf::duplicate-declaration", "tf::duplicate-declaration", "tf::override-without-base"]);
    }
}
