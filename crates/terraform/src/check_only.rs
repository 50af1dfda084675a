//! Locals that only checks use: values read by `precondition` and `postcondition` blocks (and `check`
//! blocks), which CloudFormation does not evaluate and the converter drops with a warning, and by no
//! argument, output or module call that reaches the template.

use crate::index::Module;
use crate::syntax::Body;
use std::collections::BTreeSet;

/// Blocks the converter drops without evaluating what they hold.
const CHECK_BLOCKS: &[&str] = &["precondition", "postcondition", "check"];

/// The locals of `module` that some dropped check reads (directly or through other locals) and that
/// nothing the template is made of reads. A value such a local cannot have in CloudFormation is no
/// problem for the template.
pub(crate) fn locals_only_checks_use(module: &Module) -> BTreeSet<String> {
    let mut needed = LocalFinder::default();
    let mut checked = LocalFinder::default();
    let bodies = module
        .resources
        .values()
        .chain(module.data.values())
        .chain(module.outputs.values())
        .chain(module.modules.values())
        .map(|block| &block.body);
    for body in bodies {
        split_body(body, &mut needed, &mut checked);
    }
    for block in module.other.iter().filter(|block| CHECK_BLOCKS.contains(&block.kind.as_str())) {
        checked.body(&block.body);
    }
    let needed = close(module, needed.found);
    let checked = close(module, checked.found);
    checked.difference(&needed).cloned().collect()
}

/// Adds the locals a body reads to `needed`, and those its check blocks read to `checked`.
fn split_body(body: &Body, needed: &mut LocalFinder, checked: &mut LocalFinder) {
    for attribute in &body.attributes {
        hcl_edit::visit::Visit::visit_expr(needed, &attribute.value);
    }
    for block in &body.blocks {
        if CHECK_BLOCKS.contains(&block.kind.as_str()) {
            checked.body(&block.body);
        } else {
            split_body(&block.body, needed, checked);
        }
    }
}

/// `names` and every local they read, through other locals.
pub(crate) fn close(module: &Module, names: BTreeSet<String>) -> BTreeSet<String> {
    let mut closed = BTreeSet::new();
    let mut pending: Vec<String> = names.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !closed.insert(name.clone()) {
            continue;
        }
        if let Some(attribute) = module.locals.get(&name) {
            let mut finder = LocalFinder::default();
            hcl_edit::visit::Visit::visit_expr(&mut finder, &attribute.value);
            pending.extend(finder.found);
        }
    }
    closed
}

/// Collects the names of the locals expressions read (`local.x`).
#[derive(Default)]
pub(crate) struct LocalFinder {
    /// The names found.
    pub found: BTreeSet<String>,
}

impl LocalFinder {
    /// Visits every expression of a body and of its nested blocks.
    pub(crate) fn body(&mut self, body: &Body) {
        for attribute in &body.attributes {
            hcl_edit::visit::Visit::visit_expr(self, &attribute.value);
        }
        for block in &body.blocks {
            self.body(&block.body);
        }
    }
}

impl hcl_edit::visit::Visit for LocalFinder {
    fn visit_traversal(&mut self, traversal: &hcl_edit::expr::Traversal) {
        use hcl_edit::expr::{Expression, TraversalOperator};
        if matches!(&traversal.expr, Expression::Variable(root) if root.as_str() == "local") {
            if let Some(TraversalOperator::GetAttr(name)) = traversal.operators.first().map(|op| op.value()) {
                self.found.insert(name.as_str().to_string());
            }
        }
        hcl_edit::visit::visit_traversal(self, traversal);
    }
}
