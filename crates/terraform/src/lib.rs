//! The Terraform frontend of iac2cfn: reads a root module (`.tf` and `.tf.json` files, with override
//! files merged as Terraform merges them), evaluates it as Terraform would where values are known at
//! conversion time, and lowers it into the stack IR.
//!
//! # Pipeline
//!
//! 1. [`parse`]: files to [`syntax`] blocks and attributes with spans.
//! 2. [`index`]: declarations by kind and name; overrides merged; duplicates reported.
//!    [`modules`]: every called module loaded the same way (local paths, or where `terraform init`
//!    installed it), before anything is evaluated.
//! 3. [`variables`]: variables to parameters (or inlined constants); [`modules`] then registers each
//!    module call's instances, and every resource and data source is indexed by its full address.
//! 4. [`lower`]: resource instances and logical IDs planned, then each body evaluated ([`eval`],
//!    [`functions`], [`data_sources`], [`policy_document`], [`document_data_sources`]) and mapped through the
//!    catalog.
//!    Blocks that are not converted are reported: resources and data sources of other providers
//!    ([`providers`], left out under `--skip-unsupported`), and `moved`, `import`, `check`, `removed`
//!    and `terraform` settings ([`unconverted`]).
//! 5. [`outputs`], then the IR's simplification.
//!
//! # Invariants
//!
//! - No I/O except through the [`FileSystem`] handed in; `file()` reads only inside the module.
//! - Nothing panics on any input; every problem is a diagnostic at its place, and independent problems
//!   are all reported in one run.
//! - Values are either known (evaluated exactly as Terraform evaluates them) or symbolic: the
//!   CloudFormation expression that yields them at deployment. Anything with neither form is an error
//!   that says why.
//! - Output is deterministic: logical IDs are assigned in address order, and collections that reach
//!   the template keep source or Terraform order.

mod awscc;
mod check_only;
mod cidr;
mod data_sources;
mod datetime;
mod diagnostics;
mod document_data_sources;
mod duplicate_keys;
mod encoding;
mod eval;
mod functions;
mod glob;
mod index;
mod lists;
mod logical_ids;
mod lower;
mod modules;
mod outputs;
mod parse;
mod policy_document;
mod providers;
mod region;
mod syntax;
mod template;
mod tfvars;
mod types;
mod unconverted;
mod value;
mod variables;
mod yaml;

use iac2cfn_diagnostics::{Diagnostics, FileSystem, SourceMap};
use iac2cfn_ir::{Lowered, Template};
use std::path::Path;

/// Conversion settings. Construct it with `Options::default()` and set the fields you need.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Options {
    /// Inline every variable's value instead of making parameters (`--inline-variables`).
    pub inline_variables: bool,
    /// Values for variables, in command-line order (`--var`, `--var-file`): later ones win, and all
    /// win over `terraform.tfvars` and `*.auto.tfvars` files in the module's directory.
    pub variables: Vec<VariableValue>,
    /// Leave out resources and data sources of providers other than aws and awscc (`random`, `null`,
    /// `tls`, ...) with a warning each, instead of failing (`--skip-unsupported`). References to them
    /// from what is converted are still errors.
    pub skip_unsupported: bool,
}

/// A value for input variables given from outside the module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VariableValue {
    /// `NAME=VALUE`: literal text for string, number and bool variables, an HCL expression for
    /// collection and object types (as Terraform reads `-var`).
    Assignment(String),
    /// A variable definitions file (`.tfvars`, or `.tfvars.json` by its name) that the caller read.
    File {
        /// Its path, for diagnostics and to tell JSON from HCL.
        path: std::path::PathBuf,
        /// Its contents.
        text: String,
    },
}

/// Converts the Terraform root module at `path` (a directory, or a single `.tf` / `.tf.json` file).
///
/// Files are added to `sources` and problems to `diagnostics`. Returns `None` when errors were
/// reported.
pub fn convert(
    fs: &dyn FileSystem,
    path: &Path,
    options: &Options,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> Option<Lowered> {
    let errors_before = diagnostics.error_count();
    let loaded = parse::load(fs, path, sources, diagnostics)?;
    if diagnostics.error_count() > errors_before {
        // A file that does not parse may declare what the others refer to: further checks would
        // only report consequences of the syntax error.
        return None;
    }
    let module = index::build(&loaded.files, diagnostics);
    let tree = modules::load_tree(fs, &loaded.dir, module, sources, diagnostics);
    if diagnostics.error_count() > errors_before {
        // A module that cannot be read leaves references to it that would only repeat the problem.
        return None;
    }
    let supplied = tfvars::load(fs, &loaded.dir, &options.variables, sources, diagnostics);
    let mut inlining = variables::Inlining { all: options.inline_variables, ..Default::default() };
    // A variable that an expression needs at conversion time (`lower(var.team)`) is inlined and the
    // module evaluated again; each round inlines at least one more variable, so this ends.
    let (mut template, addresses, conditions, reported) = loop {
        let mut run = lower_module(&tree, fs, sources, &supplied, &inlining, options.skip_unsupported);
        let needed: Vec<(String, iac2cfn_diagnostics::Span)> =
            run.blamed.drain(..).filter(|(name, _)| !inlining.needed.contains_key(name)).collect();
        if needed.is_empty() || inlining.all {
            break (run.template, run.addresses, run.conditions, run.diagnostics);
        }
        inlining.needed.extend(needed);
    };
    // A module called several times (or a resource with `count`) repeats the same finding at the
    // same place; it is reported once.
    let mut seen = std::collections::HashSet::new();
    let unique = reported
        .into_iter()
        .filter(|diagnostic| seen.insert((diagnostic.code.0, diagnostic.message.clone(), diagnostic.primary_span())));
    diagnostics.extend(unique);
    template.conditions = used_conditions(&template, conditions);
    if diagnostics.error_count() > errors_before {
        return None;
    }
    iac2cfn_ir::simplify(&mut template);
    document_data_sources::add_mappings(&mut template);
    template.add_required_transforms();
    Some(Lowered { template, addresses })
}

/// What one evaluation of the module produced.
struct Run {
    template: Template,
    addresses: iac2cfn_ir::IndexMap<String, Vec<String>>,
    conditions: iac2cfn_ir::IndexMap<String, iac2cfn_ir::Expr>,
    diagnostics: Vec<iac2cfn_diagnostics::Diagnostic>,
    blamed: Vec<(String, iac2cfn_diagnostics::Span)>,
}

/// Evaluates and lowers the module once, with the given variables inlined.
fn lower_module(
    tree: &modules::Tree,
    fs: &dyn FileSystem,
    sources: &mut SourceMap,
    supplied: &iac2cfn_ir::IndexMap<String, tfvars::Supplied>,
    inlining: &variables::Inlining,
    skip_unsupported: bool,
) -> Run {
    let mut template = Template::default();
    let mut evaluator = eval::Evaluator::new(tree, fs, sources);
    evaluator.skip_unsupported = skip_unsupported;
    let mut ids = logical_ids::Allocator::default();
    variables::declare(&mut evaluator, &mut template, &mut ids, supplied, inlining);
    evaluator.allocator = std::mem::take(&mut ids);
    evaluator.planning_active = true;
    modules::expand(&mut evaluator);
    evaluator.planning_active = false;
    ids = std::mem::take(&mut evaluator.allocator);
    modules::register_homes(&mut evaluator);
    data_sources::declare(&mut evaluator, &mut template, &mut ids);
    lower::plan(&mut evaluator, &mut ids);
    for (address, prefix, block) in evaluator.blocks(true) {
        evaluator.in_module(&prefix, |evaluator| data_sources::check_declaration(evaluator, &address, block));
    }
    report_unconverted_blocks(&mut evaluator);
    check_locals(&mut evaluator);
    let addresses = lower::lower(&mut evaluator, &mut template, &mut ids);
    outputs::lower(&mut evaluator, &mut template);
    providers::withdraw_unused_references(&mut evaluator);
    Run {
        template,
        addresses,
        conditions: std::mem::take(&mut evaluator.conditions),
        diagnostics: std::mem::take(&mut evaluator.diagnostics),
        blamed: std::mem::take(&mut evaluator.blamed),
    }
}

/// Evaluates every local value of every module instance, so errors in locals nothing refers to are
/// reported too. In called modules, a local with no CloudFormation form that nothing refers to is left
/// alone: reusable modules compute values for every way they can be called. So is, in any module, a
/// local that only checks read (`precondition`, `postcondition`), which are dropped with a warning.
fn check_locals(evaluator: &mut eval::Evaluator<'_>) {
    let instances: Vec<(String, &index::Module)> =
        evaluator.instances.iter().map(|(prefix, instance)| (prefix.clone(), instance.module)).collect();
    for (prefix, module) in instances {
        let only_checked = check_only::locals_only_checks_use(module);
        evaluator.in_module(&prefix, |evaluator| {
            for (name, attribute) in &module.locals {
                let node = eval::Node::Local(prefix.clone(), name.clone());
                let reported = evaluator.diagnostics.len();
                let result = evaluator.memoized(node, attribute.name_span, |evaluator| {
                    evaluator.eval_attribute(attribute, &eval::Scope::default())
                });
                if (!prefix.is_empty() || only_checked.contains(name)) && result == Err(eval::Fail::Symbolic) {
                    evaluator.diagnostics.truncate(reported);
                }
            }
        });
    }
}

/// Reports blocks that are not converted: other providers' resources and data sources
/// ([`providers`]), `moved`, `import`, `removed`, `check` and `terraform` settings ([`unconverted`]),
/// and provider settings that the stack does not carry.
fn report_unconverted_blocks(evaluator: &mut eval::Evaluator<'_>) {
    use iac2cfn_diagnostics::{Code, Diagnostic};
    let module = evaluator.tree.root();
    providers::report(evaluator);
    providers::report_ephemerals(evaluator);
    unconverted::report(evaluator, module);
    let regions = ["aws", "awscc"].into_iter().filter_map(|name| module.providers.get(name)?.body.attribute("region"));
    for region in regions {
        evaluator.diagnostics.push(
            Diagnostic::note(Code("tf::provider-region"), "the provider's region is not part of the stack")
                .with_label(region.span, "")
                .with_help("create the stack in this region"),
        );
    }
}

/// The generated conditions that the template uses, directly or through other conditions.
fn used_conditions(
    template: &Template,
    conditions: iac2cfn_ir::IndexMap<String, iac2cfn_ir::Expr>,
) -> iac2cfn_ir::IndexMap<String, iac2cfn_ir::Expr> {
    let mut used: Vec<String> = Vec::new();
    for expr in template.expressions() {
        used.extend(expr.condition_names());
    }
    for resource in template.resources.values() {
        used.extend(resource.condition.iter().cloned());
    }
    for output in template.outputs.values() {
        used.extend(output.condition.iter().cloned());
    }
    let mut index = 0;
    while index < used.len() {
        if let Some(condition) = conditions.get(&used[index]) {
            for inner in condition.condition_names() {
                if !used.contains(&inner) {
                    used.push(inner);
                }
            }
        }
        index += 1;
    }
    conditions.into_iter().filter(|(name, _)| used.contains(name)).collect()
}

#[cfg(test)]
mod tests;
