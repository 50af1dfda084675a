//! The partial evaluator: Terraform expressions to [`Value`]s, known where their inputs are known at
//! conversion time, symbolic (an intrinsic expression) where they depend on a parameter, a pseudo
//! parameter or a resource attribute.
//!
//! Every failure is reported once, where it happens, and surfaces as `Err(Fail)`; callers never report
//! a failure again. Inside `try` and `can`, reports are rolled back instead (see [`Evaluator::speculate`]).

use crate::diagnostics as diag;
use crate::index::Module;
use crate::modules::{CallPlan, ModuleInstance, Tree};
use crate::syntax::{Attribute, Block, Body, SpanMap};
use crate::types::sort_set;
use crate::value::{InstanceKey, ObjectRef, StringParts, Sym, SymType, Value};
use hcl_edit::expr::{BinaryOperator, Expression, TraversalOperator, UnaryOperator};
use hcl_edit::template::{Directive, Element, Template};
use iac2cfn_diagnostics::{Diagnostic, FileSystem, SourceMap, Span};
use iac2cfn_ir::{Expr, IndexMap};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A failure that has been reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fail {
    /// A problem in the configuration itself (an undeclared name): `try` does not catch it.
    Static,
    /// A problem with a value (a missing key, a wrong type): `try` and `can` catch it.
    Dynamic,
    /// An operation with no CloudFormation form on a value only known at deployment: `try` and `can`
    /// cannot decide it, so they pass it on.
    Symbolic,
}

/// The result of evaluating something.
pub(crate) type Eval<T = Value> = Result<T, Fail>;

/// Where a nested block exists: everywhere (`None`), or only where the named CloudFormation condition
/// has the given outcome (a `dynamic` block whose `for_each` that condition chooses).
pub(crate) type Guard = Option<(String, bool)>;

/// A nested block with the scope its body is evaluated in and where it exists.
pub(crate) type GuardedBlock = (Block, Scope, Guard);

/// Where an expression's byte ranges point.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Src {
    /// How ranges map to spans.
    pub map: SpanMap,
    /// The span used when a node has no range.
    pub fallback: Span,
}

impl Src {
    /// The source of an attribute's value.
    pub(crate) fn of(attribute: &Attribute) -> Src {
        Src { map: attribute.map, fallback: attribute.value_span }
    }

    /// The span of a node.
    pub(crate) fn span(&self, node: &impl hcl_edit::Span) -> Span {
        self.map.of(node, self.fallback)
    }
}

/// Names bound around an expression: `for` variables, `count.index`, `each`, a dynamic block's
/// iterator.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    /// Local names, innermost last.
    pub vars: Vec<(String, Value)>,
    /// `count.index`, in a resource with `count`.
    pub count_index: Option<usize>,
    /// `each.key` and `each.value`, in a resource with `for_each`.
    pub each: Option<(String, Value)>,
    /// The resources whose configured arguments the `for_each` collection read (`{ for k, g in
    /// aws_x.g : k => g.name }`): a value read from `each` carries them, so that whatever uses it waits
    /// for them (see `Evaluator::configured_references`).
    pub each_dependencies: Vec<String>,
    /// In a variable's `validation` block: the variable and the value tested.
    pub variable_under_test: Option<(String, Value)>,
    /// `each.key` and `each.value` in the body of an `Fn::ForEach` loop: the loop's identifier.
    pub each_symbolic: Option<Value>,
    /// While the template of `templatefile` or `templatestring` (the name) is rendered: only the
    /// template's variables are in scope, as in Terraform, and that function cannot be called again.
    pub template: Option<&'static str>,
}

impl Scope {
    /// This scope with one more name bound.
    pub(crate) fn with(&self, name: &str, value: Value) -> Scope {
        let mut scope = self.clone();
        scope.vars.push((name.to_string(), value));
        scope
    }

    fn lookup(&self, name: &str) -> Option<&Value> {
        self.vars.iter().rev().find(|(bound, _)| bound == name).map(|(_, value)| value)
    }
}

/// What `var.NAME` is.
#[derive(Debug, Clone)]
pub(crate) enum VarBinding {
    /// A CloudFormation parameter.
    Parameter(Sym),
    /// A value inlined at conversion time (a type with no parameter form).
    Inline(Value),
    /// The variable's declaration had errors, already reported.
    Failed,
}

/// The instances of a resource.
#[derive(Debug, Clone)]
pub(crate) struct ResourcePlan {
    /// The instances: key (none without `count`/`for_each`), the scope their body is evaluated in,
    /// and the logical ID they become.
    pub instances: Vec<Instance>,
    /// `count` or `for_each` was given: references without an index get a list or map.
    pub repetition: Repetition,
    /// `count = condition ? 1 : 0`: the CloudFormation condition that decides whether it exists.
    pub condition: Option<String>,
    /// `for_each` over a list parameter: the `Fn::ForEach` loop its one templated instance is made in.
    pub each_loop: Option<EachLoop>,
}

/// The `Fn::ForEach` loop of a resource whose `for_each` is a list parameter.
#[derive(Debug, Clone)]
pub(crate) struct EachLoop {
    /// The loop's name (`Fn::ForEach::<name>`).
    pub name: String,
    /// The identifier `each.key` and `each.value` become.
    pub identifier: String,
    /// The list iterated.
    pub collection: Expr,
}

/// The instances of a data source: how it is repeated, and each instance's key and scope.
pub(crate) type DataInstances = (Repetition, Vec<(Option<InstanceKey>, Scope)>);

/// How a resource is repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repetition {
    /// One instance.
    Single,
    /// `count`.
    Count,
    /// `for_each`.
    ForEach,
    /// `for_each` over a list only known at deployment: one templated instance in an `Fn::ForEach`.
    Loop,
}

/// One instance of a resource.
#[derive(Debug, Clone)]
pub(crate) struct Instance {
    /// `count.index` or `each.key`.
    pub key: Option<InstanceKey>,
    /// The scope of its body.
    pub scope: Scope,
    /// Its logical ID (assigned after planning).
    pub logical_id: String,
}

#[derive(Debug, Clone)]
enum Memo {
    InProgress,
    /// The result, and the conditional resources its evaluation referred to without a guard (replayed
    /// into [`Evaluator::unguarded`] whenever the result is reused).
    Done(Box<Eval>, Vec<Unguarded>, Vec<String>),
}

/// A reference to a resource created under a CloudFormation condition, made where that condition is
/// not known to hold: the value it is part of must be decided by the condition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unguarded {
    /// The resource's condition.
    pub condition: String,
    /// The resource's address.
    pub address: String,
    /// The reference.
    pub span: Span,
}

/// A memoized evaluation: under which assumptions it was made, and its state.
type MemoEntry = (Vec<(Expr, bool)>, Memo);

/// Something whose evaluation is in progress, for cycle reports.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Node {
    /// `local.NAME` of the module instance with the given address prefix.
    Local(String, String),
    /// `var.NAME` of a called module instance: the call's argument.
    Variable(String, String),
    /// An output of a called module instance.
    Output(String, String),
    /// An argument of a resource instance, read through an attribute reference.
    Argument(String, String),
    /// A data source.
    Data(String),
}

impl Node {
    fn describe(&self) -> String {
        match self {
            Node::Local(prefix, name) => format!("{prefix}local.{name}"),
            Node::Variable(prefix, name) => format!("{prefix}var.{name}"),
            Node::Output(prefix, name) => format!("{}.{name}", prefix.trim_end_matches('.')),
            Node::Argument(address, argument) => format!("{address}.{argument}"),
            Node::Data(address) => format!("data.{address}"),
        }
    }
}

/// The evaluator of a root module and the modules it calls.
pub(crate) struct Evaluator<'a> {
    /// Every module the configuration uses, loaded.
    pub tree: &'a Tree,
    /// Where `file()` reads.
    pub fs: &'a dyn FileSystem,
    /// Module instances by address prefix: `""` for the root, `module.vpc.` or `module.x["k"].` for
    /// called ones. Declarations are looked up in the instance evaluation is in ([`Evaluator::current`]).
    pub instances: IndexMap<String, ModuleInstance<'a>>,
    /// The address prefix of the module instance that evaluation is in.
    pub current: String,
    /// Module calls by address (`module.vpc`, `module.a.module.b`): their instances.
    pub calls: IndexMap<String, CallPlan>,
    /// Resource blocks by full address (`module.vpc.aws_subnet.private`), and data blocks by
    /// `data.` and their full address: the prefix of the module instance each is in, and the block.
    pub homes: IndexMap<String, (String, &'a Block)>,
    /// Files read by `templatefile` are added here so their errors have places.
    pub sources: &'a mut SourceMap,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
    /// What each variable is.
    pub variables: IndexMap<String, VarBinding>,
    /// Each resource's instances, by address.
    pub plans: IndexMap<String, ResourcePlan>,
    /// Conditions made for conditional expressions on parameters: name -> condition.
    pub conditions: IndexMap<String, Expr>,
    memo: HashMap<Node, Vec<MemoEntry>>,
    /// Nodes whose memoized result is a failure, in the order they failed, so that `try` can forget
    /// the ones its own evaluation memoized.
    failed_memos: Vec<Node>,
    stack: Vec<(Node, Span)>,
    /// What the evaluation in progress may take as decided: conditions (or condition names, as
    /// `Expr::Condition`) and whether they hold, innermost last. A resource is lowered assuming its
    /// own condition; each branch of a conditional on a condition assumes it.
    assumptions: Vec<(Expr, bool)>,
    /// Conditional resources referred to, since the innermost [`Evaluator::eval_guarded`] began,
    /// where their condition was not assumed.
    unguarded: Vec<Unguarded>,
    /// For merged sub-resources: instance address -> the parent instance address (None when the link
    /// does not refer to a parent in this module).
    pub merge_parents: HashMap<String, Option<String>>,
    /// Resource logical ID -> the address of the resource it belongs to.
    pub id_owners: HashMap<String, String>,
    /// Parameter logical ID -> the variable it was made for, to tell which variables an operation
    /// with no CloudFormation form needed.
    pub parameter_variables: HashMap<String, String>,
    /// Variables whose parameter met an operation CloudFormation cannot compute, with the span of
    /// that operation: the driver inlines them and evaluates again.
    pub blamed: Vec<(String, Span)>,
    /// Parameter logical ID -> the prefix length and address width every value of the parameter has
    /// (its default's, fixed by its `AllowedPattern`), for `cidrsubnet` on the parameter.
    pub cidr_prefixes: HashMap<String, (u32, u32)>,
    /// Data source address (`aws_vpc.main`) -> the parameter a lookup data source became.
    pub data_parameters: HashMap<String, String>,
    /// Data source instances (`count`, `for_each`) by `data.` and full address, once evaluated; `None`
    /// when their evaluation failed.
    pub data_instances: HashMap<String, Option<DataInstances>>,
    /// Logical IDs handed out while resources are planned (see [`crate::lower::plan`]).
    pub allocator: crate::logical_ids::Allocator,
    /// Whether resources are being planned: a reference to one not planned yet plans it.
    pub planning_active: bool,
    /// Resources whose planning has started (planned, or failed and reported).
    pub planned: std::collections::HashSet<String>,
    /// Resources (full addresses) whose configured arguments were read as their attributes: the value
    /// carries no reference, so whatever uses it must wait for them explicitly (`DependsOn`).
    pub configured_references: Vec<String>,
    /// Parameters made for variables whose default is null: empty means "not set".
    pub nullable_parameters: std::collections::HashSet<String>,
    /// Resources whose instances are planned but whose logical IDs are not handed out yet.
    pub pending_plans: HashMap<String, crate::lower::Planned>,
    /// `--skip-unsupported`: blocks of providers that are not converted are left out, and references
    /// to them are errors ([`crate::providers`]).
    pub skip_unsupported: bool,
}

impl<'a> Evaluator<'a> {
    /// An evaluator with nothing evaluated yet.
    pub(crate) fn new(tree: &'a Tree, fs: &'a dyn FileSystem, sources: &'a mut SourceMap) -> Self {
        let mut instances = IndexMap::new();
        instances.insert(String::new(), ModuleInstance::root(tree));
        Evaluator {
            tree,
            fs,
            instances,
            current: String::new(),
            calls: IndexMap::new(),
            homes: IndexMap::new(),
            sources,
            diagnostics: Vec::new(),
            variables: IndexMap::new(),
            plans: IndexMap::new(),
            conditions: IndexMap::new(),
            memo: HashMap::new(),
            failed_memos: Vec::new(),
            stack: Vec::new(),
            assumptions: Vec::new(),
            unguarded: Vec::new(),
            merge_parents: HashMap::new(),
            id_owners: HashMap::new(),
            parameter_variables: HashMap::new(),
            blamed: Vec::new(),
            cidr_prefixes: HashMap::new(),
            data_parameters: HashMap::new(),
            data_instances: HashMap::new(),
            allocator: crate::logical_ids::Allocator::default(),
            planning_active: false,
            planned: std::collections::HashSet::new(),
            pending_plans: HashMap::new(),
            nullable_parameters: std::collections::HashSet::new(),
            configured_references: Vec::new(),
            skip_unsupported: false,
        }
    }

    /// The declarations of the module instance evaluation is in.
    pub(crate) fn module(&self) -> &'a Module {
        match self.instances.get(&self.current) {
            Some(instance) => instance.module,
            None => self.tree.root(),
        }
    }

    /// The directory of the module instance evaluation is in (what `file()` reads from).
    pub(crate) fn dir(&self) -> &Path {
        match self.instances.get(&self.current) {
            Some(instance) => &instance.dir,
            None => self.tree.root_dir(),
        }
    }

    /// Runs `f` inside the module instance with the address prefix `prefix`: names in expressions
    /// (`var.x`, `local.y`, `aws_s3_bucket.b`) mean that module's declarations there.
    pub(crate) fn in_module<T>(&mut self, prefix: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        if self.current == prefix {
            return f(self);
        }
        let outer = std::mem::replace(&mut self.current, prefix.to_string());
        let result = f(self);
        self.current = outer;
        result
    }

    /// The module instance prefix and block of a resource (by full address) or data source (by
    /// `data.` and full address).
    pub(crate) fn home(&self, address: &str) -> Option<(String, &'a Block)> {
        self.homes.get(address).map(|(prefix, block)| (prefix.clone(), *block))
    }

    /// Every resource (`data` false) or data source (`data` true), in module then declaration order:
    /// its full address (data sources with `data.`), its module instance's prefix and its block.
    pub(crate) fn blocks(&self, data: bool) -> Vec<(String, String, &'a Block)> {
        self.homes
            .iter()
            .filter(|(address, _)| address.starts_with("data.") == data)
            .map(|(address, (prefix, block))| (address.clone(), prefix.clone(), *block))
            .collect()
    }

    /// Reports a problem and returns the failure to propagate.
    pub(crate) fn fail(&mut self, diagnostic: Diagnostic, kind: Fail) -> Fail {
        self.diagnostics.push(diagnostic);
        kind
    }

    /// Reports an operation with no CloudFormation form on `sym`, a value only known at deployment,
    /// and remembers which variables' parameters it depends on (inlining them would make it known).
    pub(crate) fn symbolic(&mut self, sym: &Sym, diagnostic: Diagnostic) -> Fail {
        let span = diagnostic.labels.iter().find(|label| label.primary).map_or(Span::DETACHED, |label| label.span);
        self.blame_sym(sym, span);
        self.fail(diagnostic, Fail::Symbolic)
    }

    /// Like [`Evaluator::symbolic`], for a value that holds values only known at deployment anywhere
    /// inside it.
    pub(crate) fn symbolic_value(&mut self, value: &Value, diagnostic: Diagnostic) -> Fail {
        let span = diagnostic.labels.iter().find(|label| label.primary).map_or(Span::DETACHED, |label| label.span);
        self.blame_value(value, span);
        self.fail(diagnostic, Fail::Symbolic)
    }

    /// Remembers the variables whose parameters the symbolic parts of `value` depend on.
    pub(crate) fn blame_value(&mut self, value: &Value, span: Span) {
        match value {
            Value::Sym(sym) => self.blame_sym(sym, span),
            Value::List(items) => items.iter().for_each(|item| self.blame_value(item, span)),
            Value::Map(entries) => entries.values().for_each(|item| self.blame_value(item, span)),
            Value::Json(inner, _) => self.blame_value(inner, span),
            _ => {}
        }
    }

    fn blame_sym(&mut self, sym: &Sym, span: Span) {
        self.blame_expr(&sym.expr, span);
        if let Some(condition) = &sym.condition {
            self.blame_expr(condition, span);
        }
    }

    /// Remembers the variables whose parameters `expr` refers to (directly, or through the conditions
    /// made for parameters), with the span of the operation that needs them known at conversion time:
    /// the driver inlines those variables and evaluates again.
    pub(crate) fn blame_expr(&mut self, expr: &Expr, span: Span) {
        let mut names = expr.references();
        // Conditions made for parameters stand for their parameters.
        let mut index = 0;
        let mut conditions = expr.condition_names();
        while index < conditions.len() {
            if let Some(condition) = self.conditions.get(&conditions[index]) {
                names.extend(condition.references());
                for inner in condition.condition_names() {
                    if !conditions.contains(&inner) {
                        conditions.push(inner);
                    }
                }
            }
            index += 1;
        }
        for name in names {
            if let Some(variable) = self.parameter_variables.get(&name) {
                if !self.blamed.iter().any(|(blamed, _)| blamed == variable) {
                    self.blamed.push((variable.clone(), span));
                }
            }
        }
    }

    /// Runs `f` on `values`; when it fails only because a value is known just at deployment, and
    /// Terraform knows that value at plan time (the configuration sets it), runs it again on the
    /// values Terraform knows.
    pub(crate) fn with_known<T>(
        &mut self,
        values: Vec<Value>,
        mut f: impl FnMut(&mut Self, Vec<Value>) -> Eval<T>,
    ) -> Eval<T> {
        let reported = self.diagnostics.len();
        let blamed = self.blamed.len();
        let settled: Vec<Option<Value>> = values.iter().map(settle).collect();
        let any = settled.iter().any(Option::is_some);
        match f(self, values.clone()) {
            Err(Fail::Symbolic) if any => {
                self.diagnostics.truncate(reported);
                self.blamed.truncate(blamed);
                let values = values.into_iter().zip(settled).map(|(value, settled)| settled.unwrap_or(value)).collect();
                f(self, values)
            }
            other => other,
        }
    }

    /// Reports a dynamic problem. Inside a called module the place alone does not say which of the
    /// module's instances failed (a module called twice shares its files), so the note names it, as
    /// Terraform's own errors do.
    pub(crate) fn error(&mut self, diagnostic: Diagnostic) -> Fail {
        let diagnostic = match self.current.strip_suffix('.') {
            Some(instance) if !instance.is_empty() => diagnostic.with_note(format!("in `{instance}`")),
            _ => diagnostic,
        };
        self.fail(diagnostic, Fail::Dynamic)
    }

    /// Evaluates `f` for `try`/`can`: on failure its reports are withdrawn and memoized failures
    /// forgotten, so that a later evaluation outside `try` reports them.
    pub(crate) fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> Eval<T>) -> Eval<T> {
        let reported = self.diagnostics.len();
        let failed_before = self.failed_memos.len();
        let result = f(self);
        if matches!(result, Err(Fail::Dynamic)) {
            self.diagnostics.truncate(reported);
            // Only the failures memoized during this evaluation: earlier ones were reported already.
            let failed: Vec<Node> = self.failed_memos.drain(failed_before..).collect();
            for node in failed {
                if let Some(entries) = self.memo.get_mut(&node) {
                    entries.retain(|(_, memo)| !matches!(memo, Memo::Done(result, ..) if result.is_err()));
                }
            }
        }
        result
    }

    /// Evaluates a node once per set of assumptions, detecting cycles: `reference` is the span of the
    /// reference that asks.
    pub(crate) fn memoized(&mut self, node: Node, reference: Span, f: impl FnOnce(&mut Self) -> Eval) -> Eval {
        let entries = self.memo.get(&node).map(Vec::as_slice).unwrap_or(&[]);
        // A node in progress under any assumptions is a cycle: its value would depend on itself.
        if entries.iter().any(|(_, memo)| matches!(memo, Memo::InProgress)) {
            let start = self.stack.iter().position(|(entry, _)| *entry == node).unwrap_or(0);
            let mut chain: Vec<(String, Span)> =
                self.stack[start..].iter().map(|(entry, span)| (entry.describe(), *span)).collect();
            chain.push((node.describe(), reference));
            let diagnostic = diag::reference_cycle(&chain);
            return Err(self.fail(diagnostic, Fail::Static));
        }
        if let Some((_, Memo::Done(result, unguarded, configured))) =
            entries.iter().find(|(assumed, _)| *assumed == self.assumptions)
        {
            let (result, unguarded, configured) = ((**result).clone(), unguarded.clone(), configured.clone());
            for reference in unguarded {
                if !self.unguarded.contains(&reference) {
                    self.unguarded.push(reference);
                }
            }
            self.configured_references.extend(configured);
            return result;
        }
        let assumptions = self.assumptions.clone();
        self.memo.entry(node.clone()).or_default().push((assumptions.clone(), Memo::InProgress));
        self.stack.push((node.clone(), reference));
        let outer = std::mem::take(&mut self.unguarded);
        let configured_before = self.configured_references.len();
        let result = f(self);
        let found = std::mem::replace(&mut self.unguarded, outer);
        for reference in &found {
            if !self.unguarded.contains(reference) {
                self.unguarded.push(reference.clone());
            }
        }
        let configured = self.configured_references.get(configured_before..).unwrap_or_default().to_vec();
        self.stack.pop();
        if result.is_err() {
            self.failed_memos.push(node.clone());
        }
        let entries = self.memo.entry(node).or_default();
        entries.retain(|(assumed, _)| *assumed != assumptions);
        entries.push((assumptions, Memo::Done(Box::new(result.clone()), found, configured)));
        result
    }

    /// Runs `f` assuming that a condition holds (or not).
    pub(crate) fn assuming<T>(&mut self, condition: Expr, holds: bool, f: impl FnOnce(&mut Self) -> T) -> T {
        self.assumptions.push((condition, holds));
        let result = f(self);
        self.assumptions.pop();
        result
    }

    /// A condition with every named condition replaced by its expression, for comparisons.
    fn resolved(&self, condition: &Expr) -> Expr {
        match condition {
            Expr::Condition(name) => match self.conditions.get(name) {
                Some(inner) if !matches!(inner, Expr::Condition(same) if same == name) => self.resolved(inner),
                _ => condition.clone(),
            },
            Expr::Not(inner) => negate(self.resolved(inner)),
            other => other.clone(),
        }
    }

    /// Whether the named condition is known to hold (or not) where evaluation is.
    pub(crate) fn assumed(&self, condition: &str) -> Option<bool> {
        self.decided(&Expr::Condition(condition.to_string()))
    }

    /// Whether the assumptions where evaluation is decide a condition: one assumes it or its negation,
    /// or assumes a conjunction of it that holds (`a && b` holds, so `b` does) or a disjunction of it
    /// that fails.
    pub(crate) fn decided(&self, condition: &Expr) -> Option<bool> {
        let wanted = self.resolved(condition);
        let direct = self.assumed_directly(&wanted);
        if direct.is_some() {
            return direct;
        }
        // A conjunction holds when each part does, and fails when one does; a disjunction the other
        // way round.
        match &wanted {
            Expr::And(items) | Expr::Or(items) => {
                let is_and = matches!(wanted, Expr::And(_));
                let parts: Vec<Option<bool>> = items.iter().map(|item| self.decided(item)).collect();
                if parts.contains(&Some(!is_and)) {
                    Some(!is_and)
                } else if parts.iter().all(|part| *part == Some(is_and)) {
                    Some(is_and)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Whether an assumption, or a part of one that its outcome decides, is the (resolved) condition
    /// `wanted` or its negation.
    fn assumed_directly(&self, wanted: &Expr) -> Option<bool> {
        let wanted = wanted.clone();
        self.assumptions.iter().rev().find_map(|(assumption, holds)| {
            let mut facts = vec![(self.resolved(assumption), *holds)];
            while let Some((fact, holds)) = facts.pop() {
                if fact == wanted {
                    return Some(holds);
                }
                if negate(fact.clone()) == wanted || fact == negate(wanted.clone()) {
                    return Some(!holds);
                }
                match (&fact, holds) {
                    (Expr::And(items), true) | (Expr::Or(items), false) => {
                        facts.extend(items.iter().map(|item| (self.resolved(item), holds)));
                    }
                    _ => {}
                }
            }
            None
        })
    }

    /// Evaluates an attribute whose value may refer to resources created under a condition, from a
    /// place that condition does not govern: the value is evaluated once assuming the condition holds
    /// and once assuming it does not (the resource then being absent, as Terraform sees it), and
    /// `combine` joins the two (`Fn::If` in a property). When the value has no meaning without the
    /// resource (`aws_x.y[0].arn`), that is an error that says so.
    pub(crate) fn eval_guarded(
        &mut self,
        attribute: &Attribute,
        scope: &Scope,
        combine: &mut dyn FnMut(&mut Self, &str, Value, Value) -> Eval,
    ) -> Eval {
        let outer = std::mem::take(&mut self.unguarded);
        let reported = self.diagnostics.len();
        let result = self.eval_attribute(attribute, scope);
        let found = std::mem::replace(&mut self.unguarded, outer);
        let Some(first) = found.into_iter().next() else { return result };
        // Evaluated again under each outcome: the reports of this first evaluation are withdrawn.
        self.diagnostics.truncate(reported);
        let condition = Expr::Condition(first.condition.clone());
        let then = self.assuming(condition.clone(), true, |this| this.eval_guarded(attribute, scope, combine));
        let before_otherwise = self.diagnostics.len();
        let otherwise = self.assuming(condition, false, |this| this.eval_guarded(attribute, scope, combine));
        let then = then?;
        let otherwise = match otherwise {
            Ok(value) => value,
            Err(_) => {
                let why = self.diagnostics.get(before_otherwise).map(|d| d.message.clone()).unwrap_or_default();
                self.diagnostics.truncate(before_otherwise);
                self.blame_expr(&Expr::Condition(first.condition.clone()), attribute.value_span);
                return Err(self.error(diag::conditional_resource_absent(
                    attribute.value_span,
                    &first.address,
                    first.span,
                    &first.condition,
                    &why,
                )));
            }
        };
        if then == otherwise {
            return Ok(then);
        }
        combine(self, &first.condition, then, otherwise)
    }

    /// Evaluates an attribute's value.
    pub(crate) fn eval_attribute(&mut self, attribute: &Attribute, scope: &Scope) -> Eval {
        self.eval(&attribute.value, Src::of(attribute), scope)
    }

    /// Evaluates an expression.
    pub(crate) fn eval(&mut self, expression: &Expression, src: Src, scope: &Scope) -> Eval {
        let span = src.span(expression);
        match expression {
            Expression::Null(_) => Ok(Value::Null),
            Expression::Bool(value) => Ok(Value::Bool(**value)),
            Expression::Number(number) => Ok(Value::Number(number.as_f64().unwrap_or(0.0))),
            Expression::String(text) => Ok(Value::String(text.as_str().to_string())),
            Expression::Array(items) => {
                let mut values = Vec::new();
                let mut failed = None;
                for item in items.iter() {
                    match self.eval(item, src, scope) {
                        Ok(value) => values.push(value),
                        Err(fail) => failed = Some(fail),
                    }
                }
                failed.map_or(Ok(Value::List(values)), Err)
            }
            Expression::Object(object) => {
                let mut entries = Vec::new();
                let mut failed = None;
                for (key, value) in object.iter() {
                    let key_span = src.span(key);
                    let key = match key {
                        hcl_edit::expr::ObjectKey::Ident(ident) => Ok(ident.as_str().to_string()),
                        hcl_edit::expr::ObjectKey::Expression(key) => {
                            self.eval(key, src, scope).and_then(|key| self.object_key(key, key_span))
                        }
                    };
                    let value = self.eval(value.expr(), src, scope);
                    match (key, value) {
                        (Ok(key), Ok(value)) => entries.push((key, value)),
                        (Err(fail), _) | (_, Err(fail)) => failed = Some(fail),
                    }
                }
                failed.map_or_else(|| Ok(Value::sorted_map(entries)), Err)
            }
            Expression::StringTemplate(template) => {
                let template = crate::template::prepare(template, false);
                self.eval_template(&template, src, scope, span)
            }
            Expression::HeredocTemplate(heredoc) => {
                let template = match heredoc.indent() {
                    // hcl-edit removes a `<<-` heredoc's indentation from top-level text only; HCL's own
                    // rules apply to the text as written.
                    Some(_) => match self.undented_heredoc(span) {
                        Some(raw) => crate::template::prepare(&raw, true),
                        None => crate::template::prepare(&heredoc.template, false),
                    },
                    None => crate::template::prepare(&heredoc.template, false),
                };
                self.eval_template(&template, src, scope, span)
            }
            Expression::Parenthesis(inner) => self.eval(inner.inner(), src, scope),
            Expression::Variable(name) => self.eval_root(name.as_str(), span, scope),
            Expression::Conditional(conditional) => {
                let condition = self.eval(&conditional.cond_expr, src, scope)?;
                self.conditional(condition, src.span(&conditional.cond_expr), span, |this, branch| {
                    let expression = if branch { &conditional.true_expr } else { &conditional.false_expr };
                    this.eval(expression, src, scope)
                })
            }
            Expression::FuncCall(call) => self.call_function(call, src, scope, span),
            Expression::Traversal(traversal) => self.eval_traversal(traversal, src, scope),
            Expression::UnaryOp(op) => {
                let operand = self.eval(&op.expr, src, scope)?;
                let operator = *op.operator.value();
                self.with_known(vec![operand], |this, mut values| {
                    this.unary(operator, values.pop().unwrap_or(Value::Null), span)
                })
            }
            Expression::BinaryOp(op) => {
                let left = self.eval(&op.lhs_expr, src, scope);
                let right = self.eval(&op.rhs_expr, src, scope);
                let (left, right) = (left?, right?);
                let operator = *op.operator.value();
                self.with_known(vec![left, right], |this, mut values| {
                    let right = values.pop().unwrap_or(Value::Null);
                    let left = values.pop().unwrap_or(Value::Null);
                    this.binary(operator, left, right, span)
                })
            }
            Expression::ForExpr(for_expr) => self.eval_for(for_expr, src, scope, span),
        }
    }

    fn object_key(&mut self, key: Value, span: Span) -> Eval<String> {
        match key.as_text() {
            Some(text) => Ok(text),
            None => Err(self.symbolic_value(&key, diag::invalid_object_key(span, &key))),
        }
    }

    /// Picks a branch by a condition: both when it is known; an `Fn::If` on a CloudFormation condition
    /// when it only depends on parameters.
    pub(crate) fn conditional(
        &mut self,
        condition: Value,
        condition_span: Span,
        span: Span,
        mut branch: impl FnMut(&mut Self, bool) -> Eval,
    ) -> Eval {
        match condition {
            Value::Bool(flag) => branch(self, flag),
            Value::Sym(Sym { known: Some(known), condition: None, .. }) => {
                self.conditional(*known, condition_span, span, branch)
            }
            Value::Sym(sym) => {
                let Some(condition) = sym.condition.clone() else {
                    return Err(self.symbolic(&sym, diag::condition_not_parameter(condition_span, &sym)));
                };
                // Where the condition is assumed (a branch of an enclosing choice on it, or the
                // resource's own condition), Terraform's choice is that branch.
                if let Some(holds) = self.decided(&condition) {
                    return branch(self, holds);
                }
                let then = self.assuming(condition.clone(), true, |this| branch(this, true));
                let otherwise = self.assuming(condition.clone(), false, |this| branch(this, false));
                if then.is_err() || otherwise.is_err() {
                    // Terraform only evaluates the branch it takes: a branch that fails may be one it
                    // never takes, so the condition's variables are inlined to decide it.
                    self.blame_expr(&condition, condition_span);
                }
                let (then, otherwise) = (then?, otherwise?);
                if then == otherwise {
                    return Ok(then);
                }
                let name = self.condition_name(condition);
                self.if_value(&name, then, otherwise, span)
            }
            // Terraform converts the strings "true" and "false" to bools where a bool is needed.
            Value::String(text) if text == "true" || text == "false" => branch(self, text == "true"),
            Value::Null => Err(self.error(diag::null_condition(condition_span))),
            other => Err(self.error(diag::not_a_bool(condition_span, &other))),
        }
    }

    /// `Fn::If` of two values, as a symbolic value.
    pub(crate) fn if_value(&mut self, condition: &str, then: Value, otherwise: Value, span: Span) -> Eval {
        let ty = match (&then, &otherwise) {
            (Value::Number(_), _) | (_, Value::Number(_)) => SymType::Number,
            (Value::List(_), _) | (_, Value::List(_)) => SymType::List,
            (Value::Bool(_), Value::Bool(_)) => SymType::Bool,
            (Value::String(_), _) | (_, Value::String(_)) => SymType::String,
            (Value::Sym(sym), _) | (_, Value::Sym(sym)) => sym.ty.clone(),
            _ => SymType::Any,
        };
        let mut resources = then.resources();
        for resource in otherwise.resources() {
            if !resources.contains(&resource) {
                resources.push(resource);
            }
        }
        let branch_expr = |this: &mut Self, value: &Value| -> Eval<Expr> {
            match value {
                // In a property, an absent branch removes the property.
                Value::Null => Ok(Expr::no_value()),
                // A value with no intrinsic form chosen by a deploy-time condition: like any operation
                // CloudFormation cannot do at deployment (an output that needs it is left out).
                other => crate::lower::to_expr(other)
                    .map_err(|why| this.fail(diag::no_cloudformation_form(span, &why), Fail::Symbolic)),
            }
        };
        let then_expr = branch_expr(self, &then)?;
        let otherwise_expr = branch_expr(self, &otherwise)?;
        // A bool chosen by a condition is itself a condition, usable in further conditions.
        let condition_form = match (&then, &otherwise) {
            (Value::Bool(true), Value::Bool(false)) => Some(Expr::Condition(condition.to_string())),
            (Value::Bool(false), Value::Bool(true)) => {
                Some(Expr::Not(Box::new(Expr::Condition(condition.to_string()))))
            }
            _ => None,
        };
        Ok(Value::Sym(Sym {
            expr: Expr::If {
                condition: condition.to_string(),
                then: Box::new(then_expr),
                otherwise: Box::new(otherwise_expr),
            },
            ty,
            condition: condition_form,
            resources,
            known: None,
        }))
    }

    /// The name of a CloudFormation condition, made once per distinct condition expression.
    pub(crate) fn condition_name(&mut self, condition: Expr) -> String {
        if let Expr::Condition(name) = &condition {
            return name.clone();
        }
        if let Some((name, _)) = self.conditions.iter().find(|(_, existing)| **existing == condition) {
            return name.clone();
        }
        let base = crate::logical_ids::condition_name(&condition);
        let mut name = base.clone();
        let mut counter = 2;
        while self.conditions.contains_key(&name) {
            name = format!("{base}{counter}");
            counter += 1;
        }
        self.conditions.insert(name.clone(), condition);
        name
    }

    fn eval_template(&mut self, template: &Template, src: Src, scope: &Scope, span: Span) -> Eval {
        // A template that is a single interpolation yields the value itself, of any type.
        if let [Element::Interpolation(interpolation)] = template.iter().collect::<Vec<_>>().as_slice() {
            return self.eval(&interpolation.expr, src, scope);
        }
        let mut parts = StringParts::default();
        self.render_template(template, src, scope, span, &mut parts)?;
        Ok(string_value(parts.finish()))
    }

    /// Renders a template's elements into `parts` (strip markers were applied by
    /// [`crate::template::prepare`]).
    fn render_template(
        &mut self,
        template: &Template,
        src: Src,
        scope: &Scope,
        span: Span,
        parts: &mut StringParts,
    ) -> Eval<()> {
        let mut failed = None;
        for element in template.iter() {
            match element {
                Element::Literal(literal) => parts.text(literal.as_str()),
                Element::Interpolation(interpolation) => {
                    let value_span = src.span(&interpolation.expr);
                    match self.eval(&interpolation.expr, src, scope) {
                        Ok(value) => {
                            if let Err(fail) = self.append_to_string(&value, value_span, parts) {
                                failed = Some(fail);
                            }
                        }
                        Err(fail) => failed = Some(fail),
                    }
                }
                Element::Directive(directive) => {
                    if let Err(fail) = self.render_directive(directive, src, scope, span, parts) {
                        failed = Some(fail);
                    }
                }
            }
        }
        failed.map_or(Ok(()), Err)
    }

    /// The template of a `<<-` heredoc as written, before any indentation is removed: parsed again
    /// from the source as a plain `<<` heredoc.
    fn undented_heredoc(&self, span: Span) -> Option<Template> {
        let text = self.sources.snippet(span);
        let rest = text.strip_prefix("<<-")?;
        let (marker, body) = rest.split_once('\n')?;
        let marker = marker.trim();
        let end = body.trim_end().strip_suffix(marker)?;
        let end = end.trim_end_matches([' ', '\t']);
        // A plain heredoc of the same body with an unindented closing marker.
        let plain = format!("<<{marker}\n{end}{marker}");
        match hcl_edit::parser::parse_expr(&plain).ok()? {
            Expression::HeredocTemplate(heredoc) => Some(heredoc.template),
            _ => None,
        }
    }

    fn render_directive(
        &mut self,
        directive: &Directive,
        src: Src,
        scope: &Scope,
        span: Span,
        parts: &mut StringParts,
    ) -> Eval<()> {
        match directive {
            Directive::If(directive) => {
                let condition_span = src.span(&directive.if_expr.cond_expr);
                let condition = self.eval(&directive.if_expr.cond_expr, src, scope)?;
                match condition {
                    Value::Bool(true) => self.render_template(&directive.if_expr.template, src, scope, span, parts),
                    Value::Bool(false) => match &directive.else_expr {
                        Some(otherwise) => self.render_template(&otherwise.template, src, scope, span, parts),
                        None => Ok(()),
                    },
                    Value::Sym(sym) if sym.condition.is_some() => {
                        let mut then_parts = StringParts::default();
                        self.render_template(&directive.if_expr.template, src, scope, span, &mut then_parts)?;
                        let mut else_parts = StringParts::default();
                        if let Some(otherwise) = &directive.else_expr {
                            self.render_template(&otherwise.template, src, scope, span, &mut else_parts)?;
                        }
                        let Some(condition) = sym.condition.clone() else { return Ok(()) };
                        let name = self.condition_name(condition);
                        parts.expr(Expr::If {
                            condition: name,
                            then: Box::new(then_parts.finish()),
                            otherwise: Box::new(else_parts.finish()),
                        });
                        Ok(())
                    }
                    Value::Sym(sym) => Err(self.symbolic(&sym, diag::condition_not_parameter(condition_span, &sym))),
                    other => Err(self.error(diag::not_a_bool(condition_span, &other))),
                }
            }
            Directive::For(directive) => {
                let collection_span = src.span(&directive.for_expr.collection_expr);
                let collection = self.eval(&directive.for_expr.collection_expr, src, scope)?;
                let items = self.iterable(collection, collection_span)?;
                for (key, value) in items {
                    let mut inner = scope.with(directive.for_expr.value_var.as_str(), value);
                    if let Some(key_var) = &directive.for_expr.key_var {
                        inner = inner.with(key_var.as_str(), key);
                    }
                    self.render_template(&directive.for_expr.template, src, &inner, span, parts)?;
                }
                Ok(())
            }
        }
    }

    /// Appends a value to a string under construction, as template interpolation converts it.
    pub(crate) fn append_to_string(&mut self, value: &Value, span: Span, parts: &mut StringParts) -> Eval<()> {
        match value {
            Value::Null => Err(self.error(diag::null_in_template(span))),
            Value::Sym(sym) if sym.ty == SymType::List => Err(self.error(diag::list_in_template(span, value))),
            Value::Sym(sym) => {
                parts.expr(sym.expr.clone());
                Ok(())
            }
            Value::Json(..) => match crate::lower::to_expr(value) {
                Ok(expr) => {
                    parts.expr(expr);
                    Ok(())
                }
                Err(why) => Err(self.error(diag::no_cloudformation_form(span, &why))),
            },
            Value::List(_) | Value::Map(_) | Value::Object(_) => Err(self.error(diag::list_in_template(span, value))),
            scalar => {
                if let Some(text) = scalar.as_text() {
                    parts.text(&text);
                }
                Ok(())
            }
        }
    }

    /// The elements of a collection to iterate: (key or index, value). Sets and lists iterate in order,
    /// maps by key.
    pub(crate) fn iterable(&mut self, collection: Value, span: Span) -> Eval<Vec<(Value, Value)>> {
        match collection {
            Value::List(items) => {
                Ok(items.into_iter().enumerate().map(|(index, item)| (Value::Number(index as f64), item)).collect())
            }
            Value::Map(entries) => Ok(entries.into_iter().map(|(key, item)| (Value::String(key), item)).collect()),
            Value::Null => Err(self.error(diag::iterate_null(span))),
            Value::Sym(Sym { known: Some(known), .. }) => self.iterable(*known, span),
            Value::Sym(sym) => Err(self.symbolic(&sym, diag::iterate_unknown(span, &sym))),
            other => Err(self.error(diag::iterate_scalar(span, &other))),
        }
    }

    fn eval_for(&mut self, for_expr: &hcl_edit::expr::ForExpr, src: Src, scope: &Scope, span: Span) -> Eval {
        let collection_span = src.span(&for_expr.intro.collection_expr);
        let collection = self.eval(&for_expr.intro.collection_expr, src, scope)?;
        // A list (or grouping) made from elements a condition may leave out would hold them all.
        if for_expr.key_expr.is_none() || for_expr.grouping {
            if let Some(sym) = maybe_absent(&collection).cloned() {
                return Err(self.symbolic(&sym, diag::elements_decided_at_deployment(collection_span, "for")));
            }
        }
        let items = self.iterable(collection, collection_span)?;
        let mut list = Vec::new();
        let mut map: IndexMap<String, Value> = IndexMap::new();
        let mut grouped: IndexMap<String, Vec<Value>> = IndexMap::new();
        for (key, value) in items {
            let mut inner = scope.with(for_expr.intro.value_var.as_str(), value);
            if let Some(key_var) = &for_expr.intro.key_var {
                inner = inner.with(key_var.as_str(), key);
            }
            // A filter on parameters keeps an object's attribute only where its condition holds: the
            // attribute's value is chosen by the condition, and CloudFormation leaves out an object
            // key whose value is `AWS::NoValue`. A list or a grouping has no such form: which
            // elements it holds would decide their positions.
            let mut kept_where = None;
            if let Some(cond) = &for_expr.cond {
                let cond_span = src.span(&cond.expr);
                match self.eval(&cond.expr, src, &inner)? {
                    Value::Bool(true) => {}
                    Value::Bool(false) => continue,
                    Value::Sym(Sym { condition: Some(condition), .. })
                        if for_expr.key_expr.is_some() && !for_expr.grouping =>
                    {
                        kept_where = Some((condition, cond_span));
                    }
                    Value::Sym(sym) => return Err(self.symbolic(&sym, diag::iterate_unknown(cond_span, &sym))),
                    other => return Err(self.error(diag::not_a_bool(cond_span, &other))),
                }
            }
            let mut value = self.eval(&for_expr.value_expr, src, &inner)?;
            if let (Some((condition, cond_span)), false) = (kept_where, matches!(value, Value::Null)) {
                value = match &value {
                    // `k => v if v != null`: the value is left out exactly where it is null, which its
                    // own `AWS::NoValue` branches (and an empty nullable parameter's) already say.
                    Value::Sym(sym) if matches!(self.nullness(&sym.expr), Nullness::When(null) if negate(null.clone()) == condition) => {
                        Value::Sym(Sym { expr: self.absent_where_null(&sym.expr), ..sym.clone() })
                    }
                    _ => {
                        let name = self.condition_name(condition);
                        self.if_value(&name, value, Value::Null, cond_span)?
                    }
                };
            }
            match &for_expr.key_expr {
                None => list.push(value),
                Some(key_expr) => {
                    let key_span = src.span(key_expr);
                    let key = self.eval(key_expr, src, &inner)?;
                    let key = self.object_key(key, key_span)?;
                    if for_expr.grouping {
                        grouped.entry(key).or_default().push(value);
                    } else if map.contains_key(&key) {
                        return Err(self.error(diag::duplicate_for_key(key_span, &key)));
                    } else {
                        map.insert(key, value);
                    }
                }
            }
        }
        let _ = span;
        Ok(match &for_expr.key_expr {
            None => Value::List(list),
            Some(_) if for_expr.grouping => {
                Value::sorted_map(grouped.into_iter().map(|(key, items)| (key, Value::List(items))))
            }
            Some(_) => Value::sorted_map(map),
        })
    }

    fn unary(&mut self, operator: UnaryOperator, operand: Value, span: Span) -> Eval {
        match (operator, operand) {
            (UnaryOperator::Neg, Value::Number(number)) => Ok(Value::Number(-number)),
            (UnaryOperator::Not, Value::Bool(flag)) => Ok(Value::Bool(!flag)),
            (UnaryOperator::Not, Value::Sym(sym)) if sym.condition.is_some() => {
                let condition = sym.condition.clone().map(negate).unwrap_or(Expr::Null);
                Ok(self.bool_sym(condition, sym.resources))
            }
            (UnaryOperator::Not, Value::Sym(sym)) => {
                Err(self.symbolic(&sym, diag::condition_not_parameter(span, &sym)))
            }
            (UnaryOperator::Neg, Value::Sym(sym)) => Err(self.symbolic(&sym, diag::arithmetic_on_unknown(span, &sym))),
            (UnaryOperator::Neg, other) => Err(self.error(diag::operand_type(span, "-", "number", &other))),
            (UnaryOperator::Not, other) => Err(self.error(diag::operand_type(span, "!", "bool", &other))),
        }
    }

    /// A symbolic bool for a condition on parameters.
    pub(crate) fn bool_sym(&mut self, condition: Expr, resources: Vec<String>) -> Value {
        let name = self.condition_name(condition.clone());
        Value::Sym(Sym {
            expr: Expr::If {
                condition: name,
                then: Box::new(Expr::Bool(true)),
                otherwise: Box::new(Expr::Bool(false)),
            },
            ty: SymType::Bool,
            condition: Some(condition),
            resources,
            known: None,
        })
    }

    fn binary(&mut self, operator: BinaryOperator, left: Value, right: Value, span: Span) -> Eval {
        use BinaryOperator as Op;
        // A deploy-time list's length compared with a number: a condition on the list's emptiness.
        if let Some(compared) = self.length_comparison(operator, &left, &right, span) {
            return compared;
        }
        match operator {
            Op::Eq | Op::NotEq => {
                let equal = self.equals(left, right, span)?;
                Ok(match (operator, equal) {
                    (Op::NotEq, Value::Bool(flag)) => Value::Bool(!flag),
                    (Op::NotEq, Value::Sym(sym)) => {
                        let condition = sym.condition.map(negate).unwrap_or(Expr::Null);
                        self.bool_sym(condition, sym.resources)
                    }
                    (_, value) => value,
                })
            }
            Op::And | Op::Or => {
                let is_and = operator == Op::And;
                match (&left, &right) {
                    (Value::Bool(a), Value::Bool(b)) => Ok(Value::Bool(if is_and { *a && *b } else { *a || *b })),
                    // A known operand decides alone when it is the absorbing value.
                    (Value::Bool(flag), _) | (_, Value::Bool(flag)) if *flag != is_and => Ok(Value::Bool(*flag)),
                    (Value::Bool(_), other) | (other, Value::Bool(_)) => self.as_condition_value(other.clone(), span),
                    (Value::Sym(a), Value::Sym(b)) => match (&a.condition, &b.condition) {
                        (Some(x), Some(y)) => {
                            let combined = combine(is_and, x.clone(), y.clone());
                            Ok(self.bool_sym(combined, Vec::new()))
                        }
                        _ => {
                            let culprit = if a.condition.is_none() { a } else { b };
                            Err(self.symbolic(culprit, diag::condition_not_parameter(span, culprit)))
                        }
                    },
                    (other, _) if !matches!(other, Value::Bool(_) | Value::Sym(_)) => {
                        Err(self.error(diag::operand_type(span, operator.as_str(), "bool", other)))
                    }
                    (_, other) => Err(self.error(diag::operand_type(span, operator.as_str(), "bool", other))),
                }
            }
            _ => {
                let (a, b) = match (&left, &right) {
                    (Value::Sym(sym), _) | (_, Value::Sym(sym)) => {
                        return Err(self.symbolic(sym, diag::arithmetic_on_unknown(span, sym)));
                    }
                    _ => (self.number_operand(&left, span, operator)?, self.number_operand(&right, span, operator)?),
                };
                Ok(match operator {
                    Op::Plus => Value::Number(a + b),
                    Op::Minus => Value::Number(a - b),
                    Op::Mul => Value::Number(a * b),
                    Op::Div => {
                        if b == 0.0 {
                            return Err(self.error(diag::division_by_zero(span)));
                        }
                        Value::Number(a / b)
                    }
                    Op::Mod => {
                        if b == 0.0 {
                            return Err(self.error(diag::division_by_zero(span)));
                        }
                        Value::Number(a % b)
                    }
                    Op::Less => Value::Bool(a < b),
                    Op::LessEq => Value::Bool(a <= b),
                    Op::Greater => Value::Bool(a > b),
                    Op::GreaterEq => Value::Bool(a >= b),
                    _ => Value::Null,
                })
            }
        }
    }

    fn as_condition_value(&mut self, value: Value, span: Span) -> Eval {
        match value {
            Value::Sym(sym) if sym.condition.is_some() => Ok(Value::Sym(sym)),
            Value::Sym(sym) => Err(self.symbolic(&sym, diag::condition_not_parameter(span, &sym))),
            other => Err(self.error(diag::operand_type(span, "&&", "bool", &other))),
        }
    }

    fn number_operand(&mut self, value: &Value, span: Span, operator: BinaryOperator) -> Eval<f64> {
        match value {
            Value::Number(number) => Ok(*number),
            Value::String(text) => match text.trim().parse::<f64>() {
                Ok(number) => Ok(number),
                Err(_) => Err(self.error(diag::operand_type(span, operator.as_str(), "number", value))),
            },
            other => Err(self.error(diag::operand_type(span, operator.as_str(), "number", other))),
        }
    }

    /// `a == b`: known when both are; `Fn::Equals` when both only depend on parameters.
    pub(crate) fn equals(&mut self, left: Value, right: Value, span: Span) -> Eval {
        if left.is_known() && right.is_known() {
            return Ok(Value::Bool(values_equal(&left, &right)));
        }
        let operand = |value: &Value| -> Option<Expr> {
            match value {
                Value::Sym(sym) if sym.resources.is_empty() && sym.ty != SymType::List => match &sym.ty {
                    // A bool parameter compares as its condition.
                    SymType::Bool => sym.condition.clone().map(|_| sym.expr.clone()),
                    _ => Some(sym.expr.clone()),
                },
                Value::String(text) => Some(Expr::String(text.clone())),
                Value::Number(number) => Some(Expr::String(crate::value::format_number(*number))),
                Value::Bool(flag) => Some(Expr::String(flag.to_string())),
                _ => None,
            }
        };
        // A value only known at deployment is null only where it is a parameter that may be empty (a
        // variable whose default is null: null while empty) or a choice that may leave it out; an
        // attribute of a resource the stack creates (an ID, an ARN, a name), or anything computed from
        // values, never is.
        // A list, map or resource instance with parts known only at deployment is still never null.
        if let (Value::List(_) | Value::Map(_) | Value::Object(_) | Value::Json(..), Value::Null)
        | (Value::Null, Value::List(_) | Value::Map(_) | Value::Object(_) | Value::Json(..)) = (&left, &right)
        {
            return Ok(Value::Bool(false));
        }
        // A resource's identifier is never the empty string.
        if let (Value::Sym(sym), Value::String(text)) | (Value::String(text), Value::Sym(sym)) = (&left, &right) {
            if text.is_empty() && crate::lists::never_empty_identifier(sym) {
                return Ok(Value::Bool(false));
            }
        }
        if let (Value::Sym(sym), Value::Null) | (Value::Null, Value::Sym(sym)) = (&left, &right) {
            return Ok(match self.nullness(&sym.expr) {
                Nullness::Never => Value::Bool(false),
                Nullness::Always => Value::Bool(true),
                Nullness::When(condition) => self.bool_sym(condition, Vec::new()),
            });
        }
        // Comparing a bool parameter with a bool literal is that parameter's condition (or its negation).
        if let (Value::Sym(sym), Value::Bool(flag)) | (Value::Bool(flag), Value::Sym(sym)) = (&left, &right) {
            if let (SymType::Bool, Some(condition)) = (&sym.ty, &sym.condition) {
                let condition = if *flag { condition.clone() } else { negate(condition.clone()) };
                return Ok(self.bool_sym(condition, Vec::new()));
            }
        }
        match (operand(&left), operand(&right)) {
            (Some(a), Some(b)) => Ok(self.bool_sym(Expr::Equals(Box::new(a), Box::new(b)), Vec::new())),
            _ => {
                let culprit = match (&left, &right) {
                    (Value::Sym(sym), _) | (_, Value::Sym(sym)) => sym.clone(),
                    _ => Sym::new(Expr::Null, SymType::Any),
                };
                Err(self.symbolic(&culprit, diag::condition_not_parameter(span, &culprit)))
            }
        }
    }

    /// `expr` with each empty nullable parameter it may produce replaced by `AWS::NoValue`: the value
    /// is then absent wherever [`Evaluator::nullness`] says it is null.
    fn absent_where_null(&mut self, expr: &Expr) -> Expr {
        match expr {
            Expr::Ref(name) if self.nullable_parameters.contains(name) => {
                let empty = is_empty_text(expr.clone());
                Expr::If {
                    condition: self.condition_name(empty),
                    then: Box::new(Expr::no_value()),
                    otherwise: Box::new(expr.clone()),
                }
            }
            Expr::If { condition, then, otherwise } => Expr::If {
                condition: condition.clone(),
                then: Box::new(self.absent_where_null(then)),
                otherwise: Box::new(self.absent_where_null(otherwise)),
            },
            other => other.clone(),
        }
    }

    /// When the value `expr` produces is null: an empty nullable parameter is, `AWS::NoValue` always
    /// is, and a choice (`Fn::If`) is where the branch it takes is; everything else never is.
    fn nullness(&self, expr: &Expr) -> Nullness {
        match expr {
            Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE => Nullness::Always,
            Expr::Ref(name) if self.nullable_parameters.contains(name) => Nullness::When(is_empty_text(expr.clone())),
            Expr::If { condition, then, otherwise } => {
                let chosen = Expr::Condition(condition.clone());
                // The condition under which each branch is taken and null.
                let branch = |taken: Expr, nullness: Nullness| match nullness {
                    Nullness::Never => None,
                    Nullness::Always => Some(taken),
                    Nullness::When(inner) => Some(combine(true, taken, inner)),
                };
                match (self.nullness(then), self.nullness(otherwise)) {
                    (Nullness::Never, Nullness::Never) => Nullness::Never,
                    (Nullness::Always, Nullness::Always) => Nullness::Always,
                    (then, otherwise) => {
                        let parts = [branch(chosen.clone(), then), branch(negate(chosen), otherwise)];
                        match parts {
                            [Some(one), None] | [None, Some(one)] => Nullness::When(one),
                            [Some(a), Some(b)] => Nullness::When(combine(false, a, b)),
                            [None, None] => Nullness::Never,
                        }
                    }
                }
            }
            _ => Nullness::Never,
        }
    }

    fn eval_traversal(&mut self, traversal: &hcl_edit::expr::Traversal, src: Src, scope: &Scope) -> Eval {
        let operators: Vec<&TraversalOperator> = traversal.operators.iter().map(|op| op.value()).collect();
        let spans: Vec<Span> = traversal.operators.iter().map(|op| src.span(op)).collect();
        let root_span = src.span(&traversal.expr);
        // Names with a fixed meaning take their first attribute(s) as part of the reference.
        if let Expression::Variable(root) = &traversal.expr {
            let root = root.as_str();
            if scope.lookup(root).is_none() {
                if let Some((value, used)) = self.resolve_reference(root, &operators, &spans, root_span, scope)? {
                    let span = spans.get(used.saturating_sub(1)).map_or(root_span, |last| root_span.to(*last));
                    return self.apply_operators(value, &operators[used..], &spans[used..], src, scope, span);
                }
            }
        }
        let value = self.eval(&traversal.expr, src, scope)?;
        self.apply_operators(value, &operators, &spans, src, scope, root_span)
    }

    fn eval_root(&mut self, name: &str, span: Span, scope: &Scope) -> Eval {
        if let Some(value) = scope.lookup(name) {
            return Ok(value.clone());
        }
        match self.resolve_reference(name, &[], &[], span, scope)? {
            Some((value, _)) => Ok(value),
            None => Err(self.fail(diag::undefined_name(span, name, self.scope_names(scope)), Fail::Static)),
        }
    }

    fn scope_names(&self, scope: &Scope) -> Vec<String> {
        scope.vars.iter().map(|(name, _)| name.clone()).collect()
    }

    /// Resolves the start of a reference (`var.x`, `aws_s3_bucket.b`, `data.x.y`): the value and how
    /// many operators it used. `None` when the root is not a reference keyword or resource type.
    fn resolve_reference(
        &mut self,
        root: &str,
        operators: &[&TraversalOperator],
        spans: &[Span],
        root_span: Span,
        scope: &Scope,
    ) -> Eval<Option<(Value, usize)>> {
        // A template sees only the variables it was given.
        if let Some(function) = scope.template {
            return Err(self.error(diag::template_variable_missing(root_span, function, root)));
        }
        let attr = |index: usize| -> Option<&str> {
            match operators.get(index) {
                Some(TraversalOperator::GetAttr(name)) => Some(name.as_str()),
                _ => None,
            }
        };
        let span_to = |index: usize| spans.get(index).map_or(root_span, |span| root_span.to(*span));
        match root {
            "var" => {
                let Some(name) = attr(0) else {
                    return Err(self.fail(diag::incomplete_reference(root_span, "var", "var.NAME"), Fail::Static));
                };
                let span = span_to(0);
                if let Some((tested, value)) = &scope.variable_under_test {
                    if tested == name {
                        return Ok(Some((value.clone(), 1)));
                    }
                }
                if !self.current.is_empty() {
                    return Ok(Some((self.module_variable(name, span)?, 1)));
                }
                match self.variables.get(name) {
                    Some(VarBinding::Parameter(sym)) => Ok(Some((Value::Sym(sym.clone()), 1))),
                    Some(VarBinding::Inline(value)) => Ok(Some((value.clone(), 1))),
                    Some(VarBinding::Failed) => Err(Fail::Static),
                    None => {
                        let names: Vec<&str> = self.module().variables.keys().map(String::as_str).collect();
                        Err(self.fail(
                            diag::undefined_reference(span, "variable", &format!("var.{name}"), name, &names, "var."),
                            Fail::Static,
                        ))
                    }
                }
            }
            "local" => {
                let Some(name) = attr(0) else {
                    return Err(self.fail(diag::incomplete_reference(root_span, "local", "local.NAME"), Fail::Static));
                };
                let span = span_to(0);
                let Some(attribute) = self.module().locals.get(name) else {
                    let names: Vec<&str> = self.module().locals.keys().map(String::as_str).collect();
                    return Err(self.fail(
                        diag::undefined_reference(
                            span,
                            "local value",
                            &format!("local.{name}"),
                            name,
                            &names,
                            "local.",
                        ),
                        Fail::Static,
                    ));
                };
                let value = self.memoized(Node::Local(self.current.clone(), name.to_string()), span, |this| {
                    this.eval_attribute(attribute, &Scope::default())
                })?;
                Ok(Some((value, 1)))
            }
            "count" => match (attr(0), scope.count_index) {
                (Some("index"), Some(index)) => Ok(Some((Value::Number(index as f64), 1))),
                (Some("index"), None) => Err(self.fail(diag::count_outside(span_to(0)), Fail::Static)),
                _ => Err(self.fail(diag::incomplete_reference(root_span, "count", "count.index"), Fail::Static)),
            },
            "each" => {
                if let (Some("key" | "value"), Some(value)) = (attr(0), &scope.each_symbolic) {
                    return Ok(Some((value.clone(), 1)));
                }
                if scope.each.is_some() {
                    self.configured_references.extend(scope.each_dependencies.iter().cloned());
                }
                match (attr(0), &scope.each) {
                    (Some("key"), Some((key, _))) => Ok(Some((Value::String(key.clone()), 1))),
                    (Some("value"), Some((_, value))) => Ok(Some((value.clone(), 1))),
                    (Some("key" | "value"), None) => Err(self.fail(diag::each_outside(span_to(0)), Fail::Static)),
                    _ => Err(self
                        .fail(diag::incomplete_reference(root_span, "each", "each.key or each.value"), Fail::Static)),
                }
            }
            "path" => match attr(0) {
                Some("module" | "root" | "cwd") => Ok(Some((Value::string("."), 1))),
                _ => Err(self.fail(diag::incomplete_reference(root_span, "path", "path.module"), Fail::Static)),
            },
            "terraform" => {
                match attr(0) {
                    Some("workspace") => Ok(Some((Value::string("default"), 1))),
                    _ => Err(self
                        .fail(diag::incomplete_reference(root_span, "terraform", "terraform.workspace"), Fail::Static)),
                }
            }
            "self" => Err(self.fail(diag::self_outside(root_span), Fail::Static)),
            "module" => {
                let Some(name) = attr(0) else {
                    return Err(
                        self.fail(diag::incomplete_reference(root_span, "module", "module.NAME.OUTPUT"), Fail::Static)
                    );
                };
                Ok(Some((self.module_value(name, span_to(0))?, 1)))
            }
            "data" => {
                let (Some(kind), Some(name)) = (attr(0), attr(1)) else {
                    return Err(
                        self.fail(diag::incomplete_reference(root_span, "data", "data.TYPE.NAME"), Fail::Static)
                    );
                };
                let address = format!("{kind}.{name}");
                let span = span_to(1);
                if !self.module().data.contains_key(&address) {
                    let names: Vec<&str> = self.module().data.keys().map(String::as_str).collect();
                    return Err(self.fail(
                        diag::undefined_reference(
                            span,
                            "data source",
                            &format!("data.{address}"),
                            &address,
                            &names,
                            "data.",
                        ),
                        Fail::Static,
                    ));
                }
                let (rest, rest_spans) = (operators.get(2..).unwrap_or(&[]), spans.get(2..).unwrap_or(&[]));
                crate::providers::check_reference(self, &format!("data.{address}"), rest, rest_spans, span)?;
                let full = format!("data.{}{address}", self.current);
                Ok(Some((crate::data_sources::value(self, &full)?, 2)))
            }
            "ephemeral" => {
                let (Some(kind), Some(name)) = (attr(0), attr(1)) else {
                    return Err(self.fail(
                        diag::incomplete_reference(root_span, "ephemeral", "ephemeral.TYPE.NAME"),
                        Fail::Static,
                    ));
                };
                let address = format!("{kind}.{name}");
                let span = span_to(1);
                if !self.module().ephemerals.contains_key(&address) {
                    let names: Vec<&str> = self.module().ephemerals.keys().map(String::as_str).collect();
                    return Err(self.fail(
                        diag::undefined_reference(
                            span,
                            "ephemeral resource",
                            &format!("ephemeral.{address}"),
                            &address,
                            &names,
                            "ephemeral.",
                        ),
                        Fail::Static,
                    ));
                }
                // The block itself is reported (`providers::report_ephemerals`); its values never reach
                // the template.
                Err(crate::providers::check_ephemeral_reference(self, &address, span))
            }
            resource_type
                if resource_type.starts_with(|c: char| c.is_ascii_lowercase()) && resource_type.contains('_') =>
            {
                let Some(name) = attr(0) else {
                    return Err(
                        self.fail(diag::incomplete_reference(root_span, resource_type, "TYPE.NAME"), Fail::Static)
                    );
                };
                let local_address = format!("{resource_type}.{name}");
                let span = span_to(0);
                if !self.module().resources.contains_key(&local_address) {
                    let names: Vec<&str> = self.module().resources.keys().map(String::as_str).collect();
                    return Err(self.fail(
                        diag::undefined_reference(span, "resource", &local_address, &local_address, &names, ""),
                        Fail::Static,
                    ));
                }
                let (rest, rest_spans) = (operators.get(1..).unwrap_or(&[]), spans.get(1..).unwrap_or(&[]));
                crate::providers::check_reference(self, &local_address, rest, rest_spans, span)?;
                let address = format!("{}{local_address}", self.current);
                if iac2cfn_catalog::unsupported::is_adopting(resource_type) && !self.plans.contains_key(&address) {
                    // No CloudFormation value: an output that needs it is left out.
                    return Err(self.fail(diag::adopting_reference(span, &address), Fail::Symbolic));
                }
                if self.plans.get(&address).is_some_and(|plan| plan.repetition == Repetition::Loop) {
                    return Err(self.error(diag::loop_resource_reference(span, &address)));
                }
                // Planned on demand here when planning is on.
                let value = self.resource_value(&address, span);
                let convertible = if resource_type.starts_with(crate::awscc::PREFIX) {
                    crate::awscc::cfn_type(resource_type).is_some()
                } else {
                    !iac2cfn_catalog::mappings_for(resource_type).is_empty()
                };
                if !convertible && self.planned.contains(&address) && !self.plans.contains_key(&address) {
                    // Its block is reported (a type that cannot be converted); a reference to it has
                    // no value, and saying so again at every reference would only repeat that.
                    return Err(Fail::Static);
                }
                Ok(Some((value, 1)))
            }
            _ => Ok(None),
        }
    }

    /// The value of `aws_x.y`: one object, or a list (count) or map (for_each) of instance objects.
    /// A resource created under a condition is a list of one instance where the condition holds and
    /// an empty list where it does not; elsewhere the reference is recorded as unguarded, so that the
    /// enclosing [`Evaluator::eval_guarded`] decides the value by the condition.
    fn resource_value(&mut self, address: &str, span: Span) -> Value {
        if self.planning_active && !self.plans.contains_key(address) {
            crate::lower::plan_resource(self, address);
        }
        let Some(plan) = self.plans.get(address) else { return instances_value(address, Repetition::Single, []) };
        let (repetition, condition) = (plan.repetition, plan.condition.clone());
        let keys: Vec<Option<InstanceKey>> = plan.instances.iter().map(|instance| instance.key.clone()).collect();
        if self.absent_under(condition.as_deref(), address, span) {
            return Value::List(Vec::new());
        }
        instances_value(address, repetition, keys)
    }

    /// Whether something created under `condition` is absent where evaluation is (the condition is
    /// assumed not to hold); where the condition is not assumed either way, the reference is recorded
    /// as unguarded.
    pub(crate) fn absent_under(&mut self, condition: Option<&str>, address: &str, span: Span) -> bool {
        let Some(condition) = condition else { return false };
        match self.assumed(condition) {
            Some(holds) => !holds,
            None => {
                self.note_unguarded(condition, address, span);
                false
            }
        }
    }

    /// Records a reference to something created under `condition` made where the condition is not
    /// assumed: the enclosing [`Evaluator::eval_guarded`] decides the value by the condition.
    pub(crate) fn note_unguarded(&mut self, condition: &str, address: &str, span: Span) {
        let reference = Unguarded { condition: condition.to_string(), address: address.to_string(), span };
        if !self.unguarded.contains(&reference) {
            self.unguarded.push(reference);
        }
    }

    fn apply_operators(
        &mut self,
        mut value: Value,
        operators: &[&TraversalOperator],
        spans: &[Span],
        src: Src,
        scope: &Scope,
        mut span: Span,
    ) -> Eval {
        for (index, operator) in operators.iter().enumerate() {
            let op_span = spans.get(index).copied().unwrap_or(span);
            let whole = span.to(op_span);
            match operator {
                TraversalOperator::FullSplat(_) | TraversalOperator::AttrSplat(_) => {
                    let rest = &operators[index + 1..];
                    let rest_spans = &spans[(index + 1).min(spans.len())..];
                    let items = match value {
                        Value::Null => Vec::new(),
                        Value::List(items) => items,
                        Value::Sym(sym) if rest.is_empty() => return Ok(Value::Sym(sym)),
                        Value::Sym(sym) => return Err(self.symbolic(&sym, diag::splat_unknown(whole, &sym))),
                        other => vec![other],
                    };
                    let mut out = Vec::new();
                    for item in items {
                        out.push(self.apply_operators(item, rest, rest_spans, src, scope, whole)?);
                    }
                    return Ok(Value::List(out));
                }
                TraversalOperator::GetAttr(name) => {
                    value = self.get_attr(value, name.as_str(), whole, op_span)?;
                }
                TraversalOperator::Index(key) => {
                    let key_span = src.span(key);
                    let key = self.eval(key, src, scope)?;
                    value = self.index(value, key, whole, key_span)?;
                }
                TraversalOperator::LegacyIndex(key) => {
                    value = self.index(value, Value::Number(**key as f64), whole, op_span)?;
                }
            }
            span = whole;
        }
        Ok(value)
    }

    /// `value.name`.
    pub(crate) fn get_attr(&mut self, value: Value, name: &str, span: Span, name_span: Span) -> Eval {
        match value {
            Value::Map(mut entries) => match entries.swap_remove(name) {
                Some(item) => Ok(item),
                None => {
                    let names: Vec<&str> = entries.keys().map(String::as_str).collect();
                    Err(self.error(diag::missing_attribute(name_span, name, &names)))
                }
            },
            Value::Object(object) => self.object_attribute(&object, name, span, name_span),
            Value::Null => Err(self.error(diag::attribute_of_null(span, name))),
            Value::List(_) => Err(self.error(diag::attribute_of_list(name_span, name))),
            Value::Sym(sym) => Err(self.symbolic(&sym, diag::attribute_of_unknown(name_span, name, &sym))),
            other => Err(self.error(diag::attribute_of_scalar(name_span, name, &other))),
        }
    }

    fn object_attribute(&mut self, object: &ObjectRef, name: &str, span: Span, name_span: Span) -> Eval {
        if self.calls.contains_key(&object.address) {
            return self.module_output(object, name, span, name_span);
        }
        if object.address.starts_with("data.") {
            return crate::data_sources::attribute(self, object, name, span, name_span);
        }
        crate::lower::resource_attribute(self, object, name, span, name_span)
    }

    /// `value[key]`.
    pub(crate) fn index(&mut self, value: Value, key: Value, span: Span, key_span: Span) -> Eval {
        match value {
            Value::List(items) => {
                let index = match &key {
                    Value::Number(number) if number.fract() == 0.0 && *number >= 0.0 => *number as usize,
                    Value::String(text) => match text.parse::<usize>() {
                        Ok(index) => index,
                        Err(_) => return Err(self.error(diag::bad_index(key_span, &key))),
                    },
                    Value::Sym(sym) => {
                        return self.select(Value::List(items), Value::Sym(sym.clone()), span);
                    }
                    other => return Err(self.error(diag::bad_index(key_span, other))),
                };
                let length = items.len();
                match items.into_iter().nth(index) {
                    Some(item) => Ok(item),
                    None => Err(self.error(diag::index_out_of_range(key_span, index, length))),
                }
            }
            Value::Map(_) => {
                let Some(name) = key.as_text() else {
                    return Err(self.error(diag::bad_index(key_span, &key)));
                };
                self.get_attr(value, &name, span, key_span)
            }
            Value::Sym(sym) if sym.ty == SymType::List || sym.ty == SymType::Any => {
                self.select(Value::Sym(sym), key, span)
            }
            Value::Null => Err(self.error(diag::index_of_null(span))),
            other => Err(self.error(diag::index_of_scalar(span, &other))),
        }
    }

    /// `Fn::Select` of an element of a list only known at deployment (or by an index only known then).
    pub(crate) fn select(&mut self, list: Value, index: Value, span: Span) -> Eval {
        let list_expr =
            crate::lower::to_expr(&list).map_err(|why| self.error(diag::no_cloudformation_form(span, &why)))?;
        let index_expr = match &index {
            Value::Number(number) if number.fract() == 0.0 && *number >= 0.0 => Expr::int(*number as i64),
            Value::Sym(sym) if sym.ty != SymType::List => sym.expr.clone(),
            other => return Err(self.error(diag::bad_index(span, other))),
        };
        let mut resources = list.resources();
        resources.extend(index.resources());
        // A zone of `Fn::GetAZs`: Terraform knows the zone names of the provider's region at plan time,
        // so operations with no CloudFormation form (a regex testing whether it is a name or an ID)
        // see that name; the template keeps `Fn::Select`.
        let known = match (&list_expr, &index_expr) {
            (Expr::GetAzs(_), Expr::Number(number)) => number.as_i64().and_then(|index| self.zone_name(index)),
            _ => None,
        };
        Ok(Value::Sym(Sym {
            expr: Expr::Select { index: Box::new(index_expr), list: Box::new(list_expr) },
            ty: if known.is_some() { SymType::String } else { SymType::Any },
            condition: None,
            resources,
            known: known.map(|name| Box::new(Value::String(name))),
        }))
    }

    /// The name of the zone at `index` in the provider's region, as Terraform lists them (`eu-west-1a`,
    /// `eu-west-1b`, ...), when the provider names its region.
    fn zone_name(&mut self, index: i64) -> Option<String> {
        let Some(Expr::String(region)) = crate::region::provider_region(self) else { return None };
        let letter = u8::try_from(index).ok().filter(|index| *index < 26)?;
        Some(format!("{region}{}", char::from(b'a' + letter)))
    }

    /// The nested blocks of a type in a body, with `dynamic` blocks of that type expanded, in source
    /// order; each with the scope its body is evaluated in (a dynamic block's iterator bound). A
    /// `dynamic` block whose `for_each` only a deploy-time condition decides is an error here: only
    /// resource bodies can write such blocks (see [`Evaluator::expand_guarded_blocks`]).
    pub(crate) fn expand_blocks(&mut self, body: &Body, kind: &str, scope: &Scope) -> Eval<Vec<(Block, Scope)>> {
        let mut out = Vec::new();
        let mut failed: Option<Span> = None;
        for (block, block_scope, guard) in self.expand_guarded_blocks(body, kind, scope)? {
            match guard {
                None => out.push((block, block_scope)),
                // Reported once per `dynamic` block (its blocks share its span); the condition's
                // variables are inlined to decide it.
                Some((condition, _)) if failed != Some(block.span) => {
                    failed = Some(block.span);
                    let resolved = self.resolved(&Expr::Condition(condition.clone()));
                    // Blamed at the `for_each` that decides, not the whole block (a message quotes it).
                    let for_each = body
                        .blocks
                        .iter()
                        .find(|dynamic| dynamic.kind == "dynamic" && dynamic.span == block.span)
                        .and_then(|dynamic| dynamic.body.attribute("for_each"))
                        .map_or(block.span, |attribute| attribute.value_span);
                    self.blame_expr(&resolved, for_each);
                    let _ = self.fail(diag::conditional_dynamic_block(block.span, kind, &condition), Fail::Symbolic);
                }
                Some(_) => {}
            }
        }
        match failed {
            Some(_) => Err(Fail::Symbolic),
            None => Ok(out),
        }
    }

    /// [`Evaluator::expand_blocks`], where a `dynamic` block's `for_each` may be chosen by a
    /// deploy-time condition (`cond ? [x] : []`): its blocks come with the condition's name and the
    /// outcome under which they exist, and are evaluated assuming that outcome.
    pub(crate) fn expand_guarded_blocks(&mut self, body: &Body, kind: &str, scope: &Scope) -> Eval<Vec<GuardedBlock>> {
        // Only the blocks of the kind (and `dynamic` blocks making it) are copied: bodies are large.
        let mut json_blocks: Vec<Block> = Vec::new();
        if body.json {
            // JSON writes nested blocks as attributes holding objects.
            if let Some(attribute) = body.attribute(kind) {
                json_blocks.extend(crate::parse::json_blocks(attribute, 0));
            }
            json_blocks.extend(crate::parse::json_dynamic_blocks(body));
        }
        let mut out = Vec::new();
        let mut failed = None;
        for block in body.blocks.iter().chain(json_blocks.iter()) {
            if block.kind == kind {
                out.push((block.clone(), scope.clone(), None));
            } else if block.kind == "dynamic" && block.label(0) == kind {
                match self.expand_dynamic(block, scope) {
                    Ok(expanded) => out.extend(expanded),
                    Err(fail) => failed = Some(fail),
                }
            }
        }
        failed.map_or(Ok(out), Err)
    }

    fn expand_dynamic(&mut self, block: &Block, scope: &Scope) -> Eval<Vec<GuardedBlock>> {
        let kind = block.label(0).to_string();
        let Some(for_each) = block.body.attribute("for_each") else {
            return Err(
                self.fail(diag::missing_block_argument(block.header_span(), "for_each", "dynamic"), Fail::Static)
            );
        };
        let iterator = match block.body.attribute("iterator") {
            Some(attribute) => match &attribute.value {
                Expression::Variable(name) => name.as_str().to_string(),
                other => match crate::parse::json_keyword_expression(other) {
                    Some(Expression::Variable(name)) => name.as_str().to_string(),
                    _ => return Err(self.fail(diag::invalid_iterator(attribute.value_span), Fail::Static)),
                },
            },
            None => kind.clone(),
        };
        let contents = block.body.blocks_of("content", 0);
        let Some(content) = contents.first() else {
            return Err(
                self.fail(diag::missing_block_argument(block.header_span(), "content", "dynamic"), Fail::Static)
            );
        };
        let collection = self.eval_attribute(for_each, scope)?;
        // A collection a deploy-time condition chooses (`cond ? [x] : []`): the blocks of each outcome,
        // which exist only under it.
        let outcomes: Vec<(Vec<(Value, Value)>, Guard)> = match &collection {
            Value::Sym(Sym { expr: Expr::If { condition, .. }, known: None, .. }) => {
                let mut outcomes = Vec::new();
                for holds in [true, false] {
                    let chosen = self.assuming(Expr::Condition(condition.clone()), holds, |this| {
                        this.eval_attribute(for_each, scope)
                    })?;
                    let items = self.iterable(chosen, for_each.value_span)?;
                    outcomes.push((items, Some((condition.clone(), holds))));
                }
                outcomes
            }
            _ => vec![(self.iterable(collection, for_each.value_span)?, None)],
        };
        Ok(outcomes
            .into_iter()
            .flat_map(|(items, guard)| items.into_iter().map(move |(key, value)| (key, value, guard.clone())))
            .map(|(key, value, guard)| {
                let iterator_value = Value::sorted_map([("key".to_string(), key), ("value".to_string(), value)]);
                let expanded = Block {
                    kind: kind.clone(),
                    kind_span: block.kind_span,
                    labels: Vec::new(),
                    body: content.body.clone(),
                    span: block.span,
                };
                (expanded, scope.with(&iterator, iterator_value), guard)
            })
            .collect())
    }

    /// Reads a file of the module (for `file()` and `templatefile()`): the path must stay inside the
    /// module's directory.
    pub(crate) fn read_module_file(&mut self, path: &str, span: Span) -> Eval<(String, PathBuf)> {
        let relative = Path::new(path);
        let mut resolved = PathBuf::new();
        for component in relative.components() {
            match component {
                std::path::Component::CurDir => {}
                std::path::Component::Normal(part) => resolved.push(part),
                std::path::Component::ParentDir if resolved.pop() => {}
                _ => return Err(self.error(diag::file_outside_module(span, path))),
            }
        }
        let full = self.dir().join(&resolved);
        match self.fs.read_to_string(&full) {
            Ok(text) => Ok((text, full)),
            Err(error) => Err(self.error(diag::file_unreadable(span, path, &error))),
        }
    }
}

/// The value of a repeated block at `address` (a resource, data source or module call): one object, a
/// list of instance objects (`count`) or a map of them by key (`for_each`).
pub(crate) fn instances_value(
    address: &str,
    repetition: Repetition,
    keys: impl IntoIterator<Item = Option<InstanceKey>>,
) -> Value {
    let object = |key: Option<InstanceKey>| Value::Object(ObjectRef { address: address.to_string(), key });
    match repetition {
        Repetition::Single | Repetition::Loop => object(None),
        Repetition::Count => Value::List(keys.into_iter().map(object).collect()),
        Repetition::ForEach => Value::Map(
            keys.into_iter()
                .filter_map(|key| match &key {
                    Some(InstanceKey::Key(text)) => Some((text.clone(), object(key.clone()))),
                    _ => None,
                })
                .collect(),
        ),
    }
}

/// A string built by [`StringParts`] as a value.
pub(crate) fn string_value(expr: Expr) -> Value {
    match expr {
        Expr::String(text) => Value::String(text),
        other => Value::Sym(Sym::new(other, SymType::String)),
    }
}

/// The first element of a list or map that a condition on parameters may leave out (an attribute
/// kept by a `for` filter on parameters, `Fn::If [c, v, AWS::NoValue]`): whatever counts, lists or
/// iterates over the elements would count that one too.
pub(crate) fn maybe_absent(value: &Value) -> Option<&Sym> {
    let no_value = |expr: &Expr| matches!(expr, Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE);
    let elements: Vec<&Value> = match value {
        Value::Map(entries) => entries.values().collect(),
        Value::List(items) => items.iter().collect(),
        _ => return None,
    };
    elements.into_iter().find_map(|element| match element {
        Value::Sym(sym) if matches!(&sym.expr, Expr::If { then, otherwise, .. } if no_value(then) || no_value(otherwise)) => {
            Some(sym)
        }
        _ => None,
    })
}

/// When a value only known at deployment is null.
enum Nullness {
    /// Never (a resource's attribute, a value computed from others).
    Never,
    /// Always (`AWS::NoValue`).
    Always,
    /// While this condition holds.
    When(Expr),
}

/// `Fn::Not` of a condition, undoing a double negation.
pub(crate) fn negate(condition: Expr) -> Expr {
    match condition {
        Expr::Not(inner) => *inner,
        other => Expr::Not(Box::new(other)),
    }
}

/// `Fn::And` / `Fn::Or` of two conditions, flattening nested ones of the same kind (up to ten).
fn combine(is_and: bool, left: Expr, right: Expr) -> Expr {
    let mut items = Vec::new();
    for side in [left, right] {
        match (is_and, side) {
            (true, Expr::And(inner)) | (false, Expr::Or(inner)) if items.len() + inner.len() <= 10 => {
                items.extend(inner)
            }
            (_, other) => items.push(other),
        }
    }
    if is_and {
        Expr::And(items)
    } else {
        Expr::Or(items)
    }
}

/// Deep equality of known values, as Terraform compares them (numbers by value, JSON strings by text).
pub(crate) fn values_equal(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Json(..), _) | (_, Value::Json(..)) => left.as_text() == right.as_text(),
        (Value::List(a), Value::List(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| values_equal(x, y)),
        (Value::Map(a), Value::Map(b)) => {
            a.len() == b.len() && a.iter().all(|(key, x)| b.get(key).is_some_and(|y| values_equal(x, y)))
        }
        _ => left == right,
    }
}

/// Distinct elements in first-appearance order, as `distinct` and set conversion keep them.
pub(crate) fn distinct(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for item in items {
        if !out.iter().any(|existing| values_equal(existing, &item)) {
            out.push(item);
        }
    }
    out
}

/// A set of values in Terraform's order.
pub(crate) fn to_set(items: Vec<Value>) -> Vec<Value> {
    sort_set(distinct(items))
}

/// The value with every symbolic part that Terraform knows at plan time replaced by that value;
/// `None` when nothing changes.
/// `Fn::Equals [expr, ""]`: a parameter that is empty while unset, or a list joined into text, tested
/// for emptiness.
pub(crate) fn is_empty_text(expr: Expr) -> Expr {
    Expr::Equals(Box::new(expr), Box::new(Expr::string("")))
}

pub(crate) fn settle(value: &Value) -> Option<Value> {
    match value {
        Value::Sym(Sym { known: Some(known), .. }) => Some(settle(known).unwrap_or_else(|| (**known).clone())),
        Value::List(items) => {
            let settled: Vec<Option<Value>> = items.iter().map(settle).collect();
            settled.iter().any(Option::is_some).then(|| {
                Value::List(
                    items.iter().zip(settled).map(|(item, settled)| settled.unwrap_or_else(|| item.clone())).collect(),
                )
            })
        }
        Value::Map(entries) => {
            let settled: Vec<Option<Value>> = entries.values().map(settle).collect();
            settled.iter().any(Option::is_some).then(|| {
                Value::Map(
                    entries
                        .iter()
                        .zip(settled)
                        .map(|((key, item), settled)| (key.clone(), settled.unwrap_or_else(|| item.clone())))
                        .collect(),
                )
            })
        }
        Value::Json(inner, style) => settle(inner).map(|inner| Value::Json(Box::new(inner), *style)),
        _ => None,
    }
}
