//! Module calls. A root module's `module` blocks are inlined: the called module's resources join the
//! stack with logical IDs prefixed by the module path, its variables are bound to the call's
//! arguments, and its outputs are what `module.NAME.OUTPUT` evaluates to.
//!
//! Two phases:
//! - [`load_tree`] reads every module the configuration uses, before any evaluation: local sources
//!   (`./x`, `../../`) relative to the calling module, others where `terraform init` put them
//!   (`.terraform/modules/modules.json`). Each directory is parsed once, however often it is called.
//! - [`expand`] evaluates each call's `count` or `for_each` in the calling module and registers one
//!   [`ModuleInstance`] per instance, with Terraform's address prefix (`module.x["k"].`).
//!
//! A called module's variables are evaluated lazily, when the module refers to them, in the calling
//! module and the call's scope: arguments may refer to resources whose plans do not exist yet when
//! the instances are registered.

use crate::diagnostics as diag;
use crate::eval::{instances_value, Eval, Evaluator, Fail, Node, Repetition, Scope};
use crate::index::{self, Module};
use crate::logical_ids::{instance_id, pascal};
use crate::syntax::Block;
use crate::types::convert;
use crate::value::{InstanceKey, ObjectRef, Value};
use iac2cfn_diagnostics::{Diagnostics, FileSystem, SourceMap, Span};
use iac2cfn_ir::{Expr, IndexMap};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Arguments of a `module` block that are not the called module's variables.
const META_ARGUMENTS: &[&str] = &["source", "version", "count", "for_each", "depends_on", "providers"];

/// How deep module calls may nest: Terraform has no limit, but a deeper tree is a mistake.
const MAX_DEPTH: usize = 32;

/// One module directory, parsed and indexed.
#[derive(Debug)]
pub(crate) struct LoadedModule {
    /// Its directory (what `file()` reads from inside it).
    pub dir: PathBuf,
    /// Its declarations.
    pub module: Module,
    /// The modules its `module` blocks call: call name -> index in [`Tree::modules`].
    pub calls: IndexMap<String, usize>,
}

/// Every module a configuration uses: the root first.
#[derive(Debug)]
pub(crate) struct Tree {
    /// The root at index 0, then each called directory once.
    pub modules: Vec<LoadedModule>,
}

impl Tree {
    /// A tree of one module that calls none (for tests).
    #[cfg(test)]
    pub(crate) fn single(dir: PathBuf, module: Module) -> Tree {
        Tree { modules: vec![LoadedModule { dir, module, calls: IndexMap::new() }] }
    }

    /// The root module's declarations.
    pub(crate) fn root(&self) -> &Module {
        &self.modules[0].module
    }

    /// The root module's directory.
    pub(crate) fn root_dir(&self) -> &Path {
        &self.modules[0].dir
    }
}

/// One instance of a module: the root, or one instance of a module call.
#[derive(Debug, Clone)]
pub(crate) struct ModuleInstance<'a> {
    /// Its declarations.
    pub module: &'a Module,
    /// Where its files are.
    pub dir: PathBuf,
    /// Its index in the [`Tree`].
    pub tree_index: usize,
    /// What the logical IDs of its resources start with (`Vpc` for `module.vpc`).
    pub id_prefix: String,
    /// The call that made it; `None` for the root.
    pub call: Option<CallSite<'a>>,
    /// The CloudFormation condition its resources are created under (`count = cond ? 1 : 0` on its
    /// call or on a call above it).
    pub condition: Option<String>,
}

impl<'a> ModuleInstance<'a> {
    /// The root module's instance.
    pub(crate) fn root(tree: &'a Tree) -> Self {
        ModuleInstance {
            module: tree.root(),
            dir: tree.root_dir().to_path_buf(),
            tree_index: 0,
            id_prefix: String::new(),
            call: None,
            condition: None,
        }
    }
}

/// Where a module instance was called from.
#[derive(Debug, Clone)]
pub(crate) struct CallSite<'a> {
    /// The address prefix of the calling module instance.
    pub parent: String,
    /// The `module` block.
    pub block: &'a Block,
    /// `count.index` or `each` of this instance, for the call's arguments.
    pub scope: Scope,
}

/// The instances of one module call.
#[derive(Debug, Clone)]
pub(crate) struct CallPlan {
    /// How the call is repeated.
    pub repetition: Repetition,
    /// Each instance's key and address prefix.
    pub instances: Vec<(Option<InstanceKey>, String)>,
    /// `count = condition ? 1 : 0`: the condition its one instance exists under.
    pub condition: Option<String>,
}

/// Reads every module that `root` calls, recursively.
pub(crate) fn load_tree(
    fs: &dyn FileSystem,
    root_dir: &Path,
    root: Module,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> Tree {
    let installed = installed_modules(fs, root_dir, sources, diagnostics);
    let mut tree =
        Tree { modules: vec![LoadedModule { dir: root_dir.to_path_buf(), module: root, calls: IndexMap::new() }] };
    let mut by_dir: HashMap<PathBuf, usize> = HashMap::new();
    by_dir.insert(normalize(root_dir), 0);
    // Work list: module index, the `modules.json` key of its call path, and the directories above it.
    let mut pending: Vec<(usize, String, Vec<PathBuf>)> = vec![(0, String::new(), vec![normalize(root_dir)])];
    while let Some((index, key, chain)) = pending.pop() {
        let calls: Vec<(String, Block)> =
            tree.modules[index].module.modules.iter().map(|(name, block)| (name.clone(), block.clone())).collect();
        let parent_dir = tree.modules[index].dir.clone();
        for (name, block) in calls {
            let call_key = if key.is_empty() { name.clone() } else { format!("{key}.{name}") };
            let Some(dir) = resolve_source(&block, &parent_dir, &call_key, root_dir, &installed, diagnostics) else {
                continue;
            };
            let dir = normalize(&dir);
            if chain.contains(&dir) || chain.len() > MAX_DEPTH {
                diagnostics.push(diag::recursive_module(&block, &name));
                continue;
            }
            let child = match by_dir.get(&dir) {
                Some(child) => *child,
                None if !fs.is_dir(&dir) => {
                    diagnostics.push(diag::module_unreadable(&block, &name, &dir));
                    continue;
                }
                None => {
                    let errors = diagnostics.error_count();
                    let Some(loaded) = crate::parse::load(fs, &dir, sources, diagnostics) else {
                        if diagnostics.error_count() == errors {
                            diagnostics.push(diag::module_unreadable(&block, &name, &dir));
                        }
                        continue;
                    };
                    let module = index::build(&loaded.files, diagnostics);
                    tree.modules.push(LoadedModule { dir: loaded.dir, module, calls: IndexMap::new() });
                    let child = tree.modules.len() - 1;
                    by_dir.insert(dir.clone(), child);
                    let mut chain = chain.clone();
                    chain.push(dir);
                    pending.push((child, call_key, chain));
                    child
                }
            };
            tree.modules[index].calls.insert(name, child);
        }
    }
    tree
}

/// The directories `terraform init` installed modules into, by call path (`vpc`, `vpc.subnets`), from
/// `.terraform/modules/modules.json`.
fn installed_modules(
    fs: &dyn FileSystem,
    root_dir: &Path,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
) -> HashMap<String, PathBuf> {
    let path = root_dir.join(".terraform").join("modules").join("modules.json");
    let mut installed = HashMap::new();
    if !fs.is_file(&path) {
        return installed;
    }
    let Ok(text) = fs.read_to_string(&path) else { return installed };
    let parsed: serde_json::Value = match serde_json::from_str(&text) {
        Ok(parsed) => parsed,
        Err(error) => {
            let file = sources.add(path.display().to_string(), text.as_str());
            diagnostics.push(diag::modules_manifest_invalid(file, &text, &error.to_string()));
            return installed;
        }
    };
    let entries = parsed.get("Modules").and_then(serde_json::Value::as_array).cloned().unwrap_or_default();
    for entry in entries {
        let (Some(key), Some(dir)) = (
            entry.get("Key").and_then(serde_json::Value::as_str),
            entry.get("Dir").and_then(serde_json::Value::as_str),
        ) else {
            continue;
        };
        if !key.is_empty() {
            installed.insert(key.to_string(), root_dir.join(dir));
        }
    }
    installed
}

/// The directory a module call's `source` names.
fn resolve_source(
    block: &Block,
    parent_dir: &Path,
    call_key: &str,
    root_dir: &Path,
    installed: &HashMap<String, PathBuf>,
    diagnostics: &mut Diagnostics,
) -> Option<PathBuf> {
    let name = block.label(0);
    let Some(attribute) = block.body.attribute("source") else {
        diagnostics.push(diag::missing_block_argument(block.header_span(), "source", "module"));
        return None;
    };
    let Some(source) = index::literal_string(&attribute.value) else {
        diagnostics.push(diag::module_source_not_literal(attribute.value_span));
        return None;
    };
    let is_local = source.starts_with("./") || source.starts_with("../") || source == "." || source == "..";
    if is_local {
        return Some(parent_dir.join(&source));
    }
    match installed.get(call_key) {
        Some(dir) => Some(dir.clone()),
        None => {
            let manifest = root_dir.join(".terraform").join("modules").join("modules.json");
            diagnostics.push(diag::module_not_installed(attribute, name, &source, &manifest));
            None
        }
    }
}

/// A path with `.` and `name/..` removed, so that two spellings of one directory compare equal.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let last_is_normal = matches!(out.components().next_back(), Some(Component::Normal(_)));
                if last_is_normal {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// Registers the instances of every module call, depth first from the root, in declaration order.
///
/// Resources are planned on demand while calls expand: a call's `for_each` or arguments may read an
/// output of a module expanded before it, and that output a resource of it (Terraform evaluates the
/// graph in dependency order, not modules first). Each instance's resources are known (its homes
/// registered) as soon as it is.
pub(crate) fn expand(evaluator: &mut Evaluator<'_>) {
    register_instance_homes(evaluator, "");
    expand_calls(evaluator, "");
}

/// Registers where the resources and data sources of the instance at `prefix` live.
fn register_instance_homes<'a>(evaluator: &mut Evaluator<'a>, prefix: &str) {
    let Some(instance) = evaluator.instances.get(prefix) else { return };
    let module: &'a Module = instance.module;
    for (address, block) in &module.resources {
        evaluator.homes.insert(format!("{prefix}{address}"), (prefix.to_string(), block));
    }
    for (address, block) in &module.data {
        evaluator.homes.insert(format!("data.{prefix}{address}"), (prefix.to_string(), block));
    }
}

/// The modules (by index in the [`Tree`]) of the instance at `prefix` and of every instance above it.
fn ancestry(evaluator: &Evaluator<'_>, prefix: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = Some(prefix.to_string());
    while let Some(instance) = at.as_ref().and_then(|prefix| evaluator.instances.get(prefix)) {
        out.push(instance.tree_index);
        at = instance.call.as_ref().map(|call| call.parent.clone());
    }
    out
}

fn expand_calls(evaluator: &mut Evaluator<'_>, prefix: &str) {
    let Some(parent) = evaluator.instances.get(prefix).cloned() else { return };
    let loaded = &evaluator.tree.modules[parent.tree_index];
    let calls: Vec<(&Block, usize)> = parent
        .module
        .modules
        .iter()
        .filter_map(|(name, block)| loaded.calls.get(name).map(|child| (block, *child)))
        .collect();
    let above = ancestry(evaluator, prefix);
    for (block, child) in calls {
        let name = block.label(0);
        // Two modules may call each other without either being above the other when the tree was
        // read (each directory is read once): the instances tell.
        if above.contains(&child) {
            evaluator.diagnostics.push(diag::recursive_module(block, name));
            continue;
        }
        let call_address = format!("{prefix}module.{name}");
        check_call_arguments(evaluator, block, child);
        let errors = |evaluator: &Evaluator<'_>| evaluator.diagnostics.iter().filter(|d| d.is_error()).count();
        let errors_before = errors(evaluator);
        let planned = evaluator.in_module(prefix, |evaluator| crate::lower::instances(evaluator, block));
        let Ok((keys, repetition, own_condition, collection)) = planned else {
            if errors(evaluator) == errors_before {
                evaluator.diagnostics.push(diag::module_instances_unknown(block));
            }
            continue;
        };
        if collection.is_some() {
            if let Some(for_each) = block.body.attribute("for_each") {
                evaluator.diagnostics.push(diag::module_for_each_loop(for_each.value_span, name));
            }
            continue;
        }
        let condition = match (&parent.condition, &own_condition) {
            (Some(outer), Some(own)) => Some(
                evaluator.condition_name(Expr::And(vec![Expr::Condition(outer.clone()), Expr::Condition(own.clone())])),
            ),
            (outer, own) => own.clone().or_else(|| outer.clone()),
        };
        let mut instances = Vec::new();
        for (key, scope) in keys {
            // A call made under a condition has one instance: it needs no index in its names.
            let shown_key = if own_condition.is_some() { None } else { key.clone() };
            let child_prefix = match &key {
                Some(key) => format!("{call_address}{}.", key.suffix()),
                None => format!("{call_address}."),
            };
            let id_prefix = format!("{}{}", parent.id_prefix, instance_id(&pascal(name), shown_key.as_ref()));
            let module = &evaluator.tree.modules[child].module;
            let instance = ModuleInstance {
                module,
                dir: evaluator.tree.modules[child].dir.clone(),
                tree_index: child,
                id_prefix,
                call: Some(CallSite { parent: prefix.to_string(), block, scope }),
                condition: condition.clone(),
            };
            evaluator.instances.insert(child_prefix.clone(), instance);
            register_instance_homes(evaluator, &child_prefix);
            instances.push((key, child_prefix));
        }
        let nested: Vec<String> = instances.iter().map(|(_, prefix)| prefix.clone()).collect();
        evaluator.calls.insert(call_address, CallPlan { repetition, instances, condition: own_condition });
        for child_prefix in nested {
            expand_calls(evaluator, &child_prefix);
        }
    }
}

/// Reports a call's arguments that name no variable of the called module, its missing required
/// variables, and meta-arguments with no CloudFormation form.
fn check_call_arguments(evaluator: &mut Evaluator<'_>, block: &Block, child: usize) {
    let module = &evaluator.tree.modules[child].module;
    let variables: Vec<&str> = module.variables.keys().map(String::as_str).collect();
    for attribute in &block.body.attributes {
        let name = attribute.name.as_str();
        if META_ARGUMENTS.contains(&name) || module.variables.contains_key(name) {
            continue;
        }
        evaluator.diagnostics.push(diag::unknown_module_argument(attribute, block.label(0), &variables));
    }
    for (name, variable) in &module.variables {
        if variable.body.attribute("default").is_none() && block.body.attribute(name).is_none() {
            evaluator.diagnostics.push(diag::missing_module_argument(block, name, variable));
        }
    }
    if let Some(providers) = block.body.attribute("providers") {
        evaluator.diagnostics.push(diag::module_providers(providers));
    }
    for nested in &block.body.blocks {
        evaluator.diagnostics.push(diag::unexpected_block(nested, "module"));
    }
}

impl Evaluator<'_> {
    /// `var.NAME` inside a called module: the call's argument, converted to the variable's type, or
    /// the variable's default.
    pub(crate) fn module_variable(&mut self, name: &str, span: Span) -> Eval {
        let prefix = self.current.clone();
        let Some(instance) = self.instances.get(&prefix).cloned() else { return Err(Fail::Static) };
        let Some(call) = instance.call.clone() else { return Err(Fail::Static) };
        let Some(declaration) = instance.module.variables.get(name) else {
            let names: Vec<&str> = instance.module.variables.keys().map(String::as_str).collect();
            return Err(self.fail(
                diag::undefined_reference(span, "variable", &format!("var.{name}"), name, &names, "var."),
                Fail::Static,
            ));
        };
        self.memoized(Node::Variable(prefix.clone(), name.to_string()), span, |this| {
            let ty = match declaration.body.attribute("type") {
                Some(attribute) => Some(crate::variables::read_type(this, attribute)?),
                None => None,
            };
            let nullable = !matches!(
                declaration.body.attribute("nullable").map(|a| this.eval_attribute(a, &Scope::default())),
                Some(Ok(Value::Bool(false)))
            );
            let argument = call.block.body.attribute(name);
            let value = match argument {
                Some(argument) => {
                    let value = this.in_module(&call.parent, |this| this.eval_attribute(argument, &call.scope))?;
                    match (&value, &ty) {
                        (Value::Null, _) if !nullable => None,
                        (_, Some(ty)) => Some(convert(&value, ty).map_err(|why| {
                            this.fail(diag::module_argument_type(argument, name, ty, &why), Fail::Static)
                        })?),
                        (_, None) => Some(value),
                    }
                }
                None => None,
            };
            if let Some(value) = value {
                return Ok(value);
            }
            match declaration.body.attribute("default") {
                Some(default) => {
                    let value = this.eval_attribute(default, &Scope::default())?;
                    match &ty {
                        Some(ty) => convert(&value, ty).map_err(|why| {
                            this.fail(diag::default_type_mismatch(default.value_span, ty, &why), Fail::Static)
                        }),
                        None => Ok(value),
                    }
                }
                // The missing argument was reported at the call.
                None => Err(Fail::Static),
            }
        })
    }

    /// `module.NAME`: an object of the instance's outputs, or a list (`count`) or map (`for_each`) of
    /// them.
    pub(crate) fn module_value(&mut self, name: &str, span: Span) -> Eval {
        let address = format!("{}module.{name}", self.current);
        let Some(plan) = self.calls.get(&address).cloned() else {
            if self.module().modules.contains_key(name) {
                // The call could not be loaded or expanded; that was reported at the call.
                return Err(Fail::Static);
            }
            let names: Vec<&str> = self.module().modules.keys().map(String::as_str).collect();
            return Err(self.fail(
                diag::undefined_reference(span, "module call", &format!("module.{name}"), name, &names, "module."),
                Fail::Static,
            ));
        };
        if self.absent_under(plan.condition.as_deref(), &address, span) {
            return Ok(Value::List(Vec::new()));
        }
        Ok(instances_value(&address, plan.repetition, plan.instances.into_iter().map(|(key, _)| key)))
    }

    /// `module.NAME.OUTPUT` (or of one instance): the output's value, evaluated in the instance.
    pub(crate) fn module_output(&mut self, object: &ObjectRef, name: &str, span: Span, name_span: Span) -> Eval {
        let Some(plan) = self.calls.get(&object.address).cloned() else { return Err(Fail::Static) };
        let Some((_, prefix)) = plan.instances.iter().find(|(key, _)| *key == object.key) else {
            return Err(self.error(diag::missing_instance(span, &object.instance_address())));
        };
        let Some(instance) = self.instances.get(prefix).cloned() else { return Err(Fail::Static) };
        let Some(output) = instance.module.outputs.get(name) else {
            let names: Vec<&str> = instance.module.outputs.keys().map(String::as_str).collect();
            return Err(self.error(diag::unknown_module_output(name_span, &object.address, name, &names)));
        };
        let Some(value) = output.body.attribute("value") else {
            // Reported where the module's outputs are checked: an output needs a value.
            return Err(self.error(diag::missing_block_argument(output.header_span(), "value", "output")));
        };
        let prefix = prefix.clone();
        self.memoized(Node::Output(prefix.clone(), name.to_string()), name_span, |this| {
            this.in_module(&prefix, |this| this.eval_attribute(value, &Scope::default()))
        })
    }
}

/// Indexes every resource and data block of every module instance by full address
/// ([`Evaluator::homes`]), in module then declaration order.
pub(crate) fn register_homes<'a>(evaluator: &mut Evaluator<'a>) {
    let mut homes: IndexMap<String, (String, &'a Block)> = IndexMap::new();
    for (prefix, instance) in &evaluator.instances {
        let module: &'a Module = instance.module;
        for (address, block) in &module.resources {
            homes.insert(format!("{prefix}{address}"), (prefix.clone(), block));
        }
        for (address, block) in &module.data {
            homes.insert(format!("data.{prefix}{address}"), (prefix.clone(), block));
        }
    }
    evaluator.homes = homes;
}

/// The address prefixes of every instance of a module call (and of the calls inside it), for
/// `depends_on = [module.x]`.
pub(crate) fn instance_prefixes(evaluator: &Evaluator<'_>, call_address: &str) -> Vec<String> {
    let Some(plan) = evaluator.calls.get(call_address) else { return Vec::new() };
    let roots: Vec<&String> = plan.instances.iter().map(|(_, prefix)| prefix).collect();
    evaluator
        .instances
        .keys()
        .filter(|prefix| roots.iter().any(|root| prefix.starts_with(root.as_str())))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalize;
    use std::path::{Path, PathBuf};

    #[test]
    fn normalized_paths_keep_leading_parents_only() {
        assert_eq!(normalize(Path::new("examples/complete/../../")), PathBuf::from("."));
        assert_eq!(normalize(Path::new("./a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../../x")), PathBuf::from("../../x"));
        assert_eq!(normalize(Path::new("/r/a/../b")), PathBuf::from("/r/b"));
    }
}
