//! Template `Rules` for the parameter values a resource's schema rejects.
//!
//! A module converted on its own turns its variables into parameters, and its optional arguments
//! into properties a condition on those parameters leaves out (`Fn::If [Empty, AWS::NoValue, Ref]`).
//! Some combinations of parameter values then make a resource CloudFormation's schema rejects: a
//! VPC with both a CIDR block and an IPAM pool, an alarm with neither a metric nor metric queries,
//! a nested object without a property it requires. Terraform rejects the same inputs, but
//! CloudFormation would only find out in the middle of a deployment, and cfn-lint, which tries every
//! combination of conditions, reports the template as broken.
//!
//! This pass states each such requirement as a template rule, which CloudFormation checks against
//! the parameter values before it changes anything (and which cfn-lint's condition solver honours):
//!
//! 1. Every named condition becomes a Boolean formula over its distinct `Fn::Equals` atoms
//!    ([`Logic`]). CloudFormation's rules cannot name conditions, so a rule spells the atoms out.
//! 2. Every property gets a *presence formula*: where its value is an `Fn::If` tree with
//!    `AWS::NoValue` branches, the conditions under which it is set; a nested object is checked
//!    under the presence of the branch holding it, and every object under the resource's own
//!    `Condition` (the *guard*).
//! 3. Each requirement of the schema (`required` at any depth) and of
//!    [`constraints::property_constraints`] (exactly one of, at least one of, needs, excludes)
//!    becomes the formula `guard => requirement`. Enumerating the truth assignments of its atoms
//!    (few in practice) tells a requirement that always holds (no rule), one that never holds (an
//!    error: no parameter values give a valid template), and one that parameter values decide (a
//!    rule).
//!
//! A rule is written only when every atom it needs can be written in a rule: `Fn::Equals` of
//! parameters and literals. A condition built on `Fn::Select`, `Fn::Join`, a mapping or a pseudo
//! parameter gets no rule.

use iac2cfn_catalog::cfn_schema::{self, ObjectSchema, ResourceSchema, ValueShape};
use iac2cfn_catalog::constraints::{self, Constraint};
use iac2cfn_catalog::Target;
use iac2cfn_diagnostics::{Code, Diagnostic, Diagnostics};
use iac2cfn_ir::{Assertion, Expr, IndexMap, Resource, Rule, Template};

/// A requirement of the resource's schema that no parameter values meet.
pub const NEVER_VALID: Code = Code("cfn::requirement-never-met");
/// A resource that a rule keeps from ever being created.
pub const NEVER_CREATED: Code = Code("cfn::resource-never-created");

/// The most atoms a formula may have for its truth table to be enumerated (2^16 assignments).
const MAX_ATOMS: usize = 16;
/// How deep nested objects are followed.
const MAX_DEPTH: usize = 32;
/// The longest logical ID CloudFormation accepts.
const MAX_NAME: usize = 255;
/// Fn::And and Fn::Or take at most this many operands.
const MAX_OPERANDS: usize = 10;
/// A macro may add any property to the object holding this key.
const TRANSFORM: &str = "Fn::Transform";

/// A Boolean formula over the atoms of a [`Logic`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Formula {
    /// Always true or always false.
    Const(bool),
    /// The atom at this index.
    Atom(usize),
    /// Negation.
    Not(Box<Formula>),
    /// Conjunction of two or more formulas.
    And(Vec<Formula>),
    /// Disjunction of two or more formulas.
    Or(Vec<Formula>),
}

impl Formula {
    /// `true`.
    pub const TRUE: Formula = Formula::Const(true);
    /// `false`.
    pub const FALSE: Formula = Formula::Const(false);

    /// The negation, folding constants and double negations.
    pub fn negate(formula: Formula) -> Formula {
        match formula {
            Formula::Const(value) => Formula::Const(!value),
            Formula::Not(inner) => *inner,
            other => Formula::Not(Box::new(other)),
        }
    }

    /// The conjunction, folding constants, flattening nested conjunctions and dropping repeats.
    pub fn and(items: impl IntoIterator<Item = Formula>) -> Formula {
        Formula::junction(items, true)
    }

    /// The disjunction, folding constants, flattening nested disjunctions and dropping repeats.
    pub fn or(items: impl IntoIterator<Item = Formula>) -> Formula {
        Formula::junction(items, false)
    }

    /// `premise => conclusion`.
    pub fn implies(premise: Formula, conclusion: Formula) -> Formula {
        Formula::or([Formula::negate(premise), conclusion])
    }

    /// A conjunction (`all`) or disjunction: `all` is the identity, its negation absorbs.
    fn junction(items: impl IntoIterator<Item = Formula>, all: bool) -> Formula {
        let mut operands: Vec<Formula> = Vec::new();
        let push = |operands: &mut Vec<Formula>, item: Formula| {
            if !operands.contains(&item) {
                operands.push(item);
            }
        };
        for item in items {
            match item {
                Formula::Const(value) if value == all => {}
                Formula::Const(_) => return Formula::Const(!all),
                Formula::And(inner) if all => inner.into_iter().for_each(|item| push(&mut operands, item)),
                Formula::Or(inner) if !all => inner.into_iter().for_each(|item| push(&mut operands, item)),
                other => push(&mut operands, other),
            }
        }
        match operands.len() {
            0 => Formula::Const(all),
            1 => operands.pop().unwrap_or(Formula::Const(all)),
            _ if all => Formula::And(operands),
            _ => Formula::Or(operands),
        }
    }

    /// Its value when atom `i` has the value `values(i)`.
    fn eval(&self, values: &impl Fn(usize) -> bool) -> bool {
        match self {
            Formula::Const(value) => *value,
            Formula::Atom(index) => values(*index),
            Formula::Not(inner) => !inner.eval(values),
            Formula::And(items) => items.iter().all(|item| item.eval(values)),
            Formula::Or(items) => items.iter().any(|item| item.eval(values)),
        }
    }

    /// The atoms it uses, in order of first appearance.
    fn atoms(&self, out: &mut Vec<usize>) {
        match self {
            Formula::Const(_) => {}
            Formula::Atom(index) => {
                if !out.contains(index) {
                    out.push(*index);
                }
            }
            Formula::Not(inner) => inner.atoms(out),
            Formula::And(items) | Formula::Or(items) => items.iter().for_each(|item| item.atoms(out)),
        }
    }
}

/// What enumerating a formula's truth table found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// True whatever the parameter values.
    Always,
    /// False whatever the parameter values.
    Never,
    /// The parameter values decide.
    Depends,
    /// Too many atoms to tell.
    Unknown,
}

/// One `Fn::Equals` of the template's conditions.
#[derive(Debug, Clone)]
struct Atom {
    /// The `Fn::Equals` (or, for a condition that cannot be read, `Condition: name`).
    expr: Expr,
    /// Whether a rule can spell it: both sides are literals or parameters.
    expressible: bool,
    /// `(parameter, value)` when it compares a parameter with a literal: two such atoms of one
    /// parameter and different values are never both true.
    comparison: Option<(String, String)>,
}

/// The conditions of a template as formulas over their `Fn::Equals` atoms.
pub struct Logic<'t> {
    template: &'t Template,
    atoms: Vec<Atom>,
    /// Formulas of the named conditions read so far; `None` while one is being read (a cycle).
    conditions: IndexMap<String, Option<Formula>>,
}

impl<'t> Logic<'t> {
    /// The logic of a template's conditions; conditions are read as they are asked for.
    pub fn new(template: &'t Template) -> Self {
        Logic { template, atoms: Vec::new(), conditions: IndexMap::new() }
    }

    /// The formula of a named condition. A condition that is not declared, or that refers to itself,
    /// is an atom of its own that no rule can spell.
    pub fn condition(&mut self, name: &str) -> Formula {
        if let Some(known) = self.conditions.get(name) {
            return match known {
                Some(formula) => formula.clone(),
                None => self.opaque(Expr::Condition(name.to_string())),
            };
        }
        let Some(expr) = self.template.conditions.get(name) else {
            return self.opaque(Expr::Condition(name.to_string()));
        };
        self.conditions.insert(name.to_string(), None);
        let formula = self.formula(expr, 0);
        self.conditions.insert(name.to_string(), Some(formula.clone()));
        formula
    }

    /// The formula of a condition expression.
    pub fn formula(&mut self, expr: &Expr, depth: usize) -> Formula {
        if depth > MAX_DEPTH {
            return self.opaque(expr.clone());
        }
        match expr {
            Expr::Equals(left, right) => self.equals(left, right),
            Expr::And(items) => {
                let items: Vec<Formula> = items.iter().map(|item| self.formula(item, depth + 1)).collect();
                Formula::and(items)
            }
            Expr::Or(items) => {
                let items: Vec<Formula> = items.iter().map(|item| self.formula(item, depth + 1)).collect();
                Formula::or(items)
            }
            Expr::Not(inner) => Formula::negate(self.formula(inner, depth + 1)),
            Expr::Condition(name) => self.condition(name),
            other => self.opaque(other.clone()),
        }
    }

    /// Whether a property with this value is set: `Fn::If` trees with `AWS::NoValue` (or null)
    /// branches are set only under their conditions.
    pub fn presence(&mut self, value: &Expr) -> Formula {
        match value {
            Expr::Null => Formula::FALSE,
            Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE => Formula::FALSE,
            Expr::If { condition, then, otherwise } => {
                let (then, otherwise) = (self.presence(then), self.presence(otherwise));
                if then == otherwise {
                    return then;
                }
                let condition = self.condition(condition);
                Formula::or([
                    Formula::and([condition.clone(), then]),
                    Formula::and([Formula::negate(condition), otherwise]),
                ])
            }
            _ => Formula::TRUE,
        }
    }

    fn equals(&mut self, left: &Expr, right: &Expr) -> Formula {
        let literal = |expr: &Expr| match expr {
            Expr::String(text) => Some(text.clone()),
            Expr::Number(number) => Some(number.to_string()),
            Expr::Bool(value) => Some(value.to_string()),
            _ => None,
        };
        if let (Some(left), Some(right)) = (literal(left), literal(right)) {
            return Formula::Const(left == right);
        }
        if left == right {
            return Formula::TRUE;
        }
        let parameter = |expr: &Expr| match expr {
            Expr::Ref(name) if self.template.parameters.contains_key(name) => Some(name.clone()),
            _ => None,
        };
        let spellable = |expr: &Expr| literal(expr).is_some() || parameter(expr).is_some();
        let expressible = spellable(left) && spellable(right);
        let comparison = match (parameter(left), literal(right), parameter(right), literal(left)) {
            (Some(name), Some(value), _, _) | (_, _, Some(name), Some(value)) => Some((name, value)),
            _ => None,
        };
        let mirrored = Expr::Equals(Box::new(right.clone()), Box::new(left.clone()));
        let expr = Expr::Equals(Box::new(left.clone()), Box::new(right.clone()));
        if let Some(index) = self.atoms.iter().position(|atom| atom.expr == expr || atom.expr == mirrored) {
            return Formula::Atom(index);
        }
        self.atoms.push(Atom { expr, expressible, comparison });
        Formula::Atom(self.atoms.len() - 1)
    }

    /// An atom no rule can spell.
    fn opaque(&mut self, expr: Expr) -> Formula {
        if let Some(index) = self.atoms.iter().position(|atom| atom.expr == expr) {
            return Formula::Atom(index);
        }
        self.atoms.push(Atom { expr, expressible: false, comparison: None });
        Formula::Atom(self.atoms.len() - 1)
    }

    /// Whether a formula is true for every, no, or some parameter values. Atoms that compare one
    /// parameter with different values are never both true; otherwise atoms are independent.
    pub fn verdict(&self, formula: &Formula) -> Verdict {
        if let Formula::Const(value) = formula {
            return if *value { Verdict::Always } else { Verdict::Never };
        }
        let mut atoms = Vec::new();
        formula.atoms(&mut atoms);
        if atoms.len() > MAX_ATOMS {
            return Verdict::Unknown;
        }
        let mut exclusive: Vec<(usize, usize)> = Vec::new();
        for (i, first) in atoms.iter().enumerate() {
            for (j, second) in atoms.iter().enumerate().skip(i + 1) {
                let (Some((a, x)), Some((b, y))) = (&self.atoms[*first].comparison, &self.atoms[*second].comparison)
                else {
                    continue;
                };
                if a == b && x != y {
                    exclusive.push((i, j));
                }
            }
        }
        let (mut seen_true, mut seen_false) = (false, false);
        for mask in 0u32..(1u32 << atoms.len()) {
            let bit = |position: usize| mask & (1 << position) != 0;
            if exclusive.iter().any(|(i, j)| bit(*i) && bit(*j)) {
                continue;
            }
            let value = formula.eval(&|atom| atoms.iter().position(|known| *known == atom).is_some_and(bit));
            if value {
                seen_true = true;
            } else {
                seen_false = true;
            }
            if seen_true && seen_false {
                return Verdict::Depends;
            }
        }
        if seen_false {
            Verdict::Never
        } else {
            Verdict::Always
        }
    }

    /// The formula as a rule expression (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`), or `None`
    /// when it uses an atom no rule can spell, or is a constant.
    pub fn to_rule_expr(&self, formula: &Formula) -> Option<Expr> {
        match formula {
            Formula::Const(_) => None,
            Formula::Atom(index) => {
                let atom = self.atoms.get(*index)?;
                atom.expressible.then(|| atom.expr.clone())
            }
            Formula::Not(inner) => Some(Expr::Not(Box::new(self.to_rule_expr(inner)?))),
            Formula::And(items) => Some(combine(self.operands(items)?, Expr::And)),
            Formula::Or(items) => Some(combine(self.operands(items)?, Expr::Or)),
        }
    }

    fn operands(&self, items: &[Formula]) -> Option<Vec<Expr>> {
        items.iter().map(|item| self.to_rule_expr(item)).collect()
    }

    /// The parameters a formula's atoms compare, in order of first appearance.
    fn parameters(&self, formula: &Formula) -> Vec<String> {
        let mut atoms = Vec::new();
        formula.atoms(&mut atoms);
        let mut names: Vec<String> = Vec::new();
        for index in atoms {
            for name in self.atoms[index].expr.references() {
                if self.template.parameters.contains_key(&name) && !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }
}

/// `Fn::And` or `Fn::Or` of any number of operands (at least two), nested so that none has more than
/// ten.
fn combine(mut operands: Vec<Expr>, make: fn(Vec<Expr>) -> Expr) -> Expr {
    if operands.len() <= MAX_OPERANDS {
        return make(operands);
    }
    let rest = operands.split_off(MAX_OPERANDS - 1);
    operands.push(combine(rest, make));
    make(operands)
}

/// Which requirement a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Requirement {
    /// The property is required.
    Required(String),
    /// Exactly one of the properties is set.
    ExactlyOne(Vec<&'static str>),
    /// At least one of the properties is set.
    AnyOf(Vec<&'static str>),
    /// The first property needs the second.
    Needs(&'static str, &'static str),
    /// The two properties are not both set.
    Excludes(&'static str, &'static str),
}

impl Requirement {
    /// When the requirement holds, given when each property is set.
    fn holds(&self, mut set: impl FnMut(&str) -> Formula) -> Formula {
        match self {
            Requirement::Required(property) => set(property),
            Requirement::ExactlyOne(properties) => {
                let present: Vec<Formula> = properties.iter().map(|name| set(name)).collect();
                Formula::or((0..present.len()).map(|chosen| {
                    Formula::and(present.iter().enumerate().map(|(index, formula)| {
                        if index == chosen {
                            formula.clone()
                        } else {
                            Formula::negate(formula.clone())
                        }
                    }))
                }))
            }
            Requirement::AnyOf(properties) => Formula::or(properties.iter().map(|name| set(name))),
            Requirement::Needs(property, needed) => Formula::implies(set(property), set(needed)),
            Requirement::Excludes(property, other) => Formula::negate(Formula::and([set(property), set(other)])),
        }
    }

    /// The properties it is about.
    fn properties(&self) -> Vec<&str> {
        match self {
            Requirement::Required(property) => vec![property.as_str()],
            Requirement::ExactlyOne(properties) | Requirement::AnyOf(properties) => properties.clone(),
            Requirement::Needs(first, second) | Requirement::Excludes(first, second) => vec![first, second],
        }
    }
}

/// A requirement of one object of one resource, with the formulas that decide it.
struct Finding {
    /// The path of the object within the resource's properties (`""` for the properties
    /// themselves, `ReplicationConfiguration`, `Rules[0].Destinations`).
    path: String,
    requirement: Requirement,
    /// When the object exists.
    guard: Formula,
    /// When the requirement holds, given that the object exists.
    holds: Formula,
}

/// Adds a rule for each requirement of a resource's schema that parameter values decide; reports
/// the requirements that no parameter values meet.
pub fn add_rules(template: &mut Template, diagnostics: &mut Diagnostics) {
    let mut logic = Logic::new(template);
    let mut rules: IndexMap<String, Rule> = IndexMap::new();
    let mut reports: Vec<Diagnostic> = Vec::new();
    let mut settled: Vec<(String, IndexMap<String, Formula>)> = Vec::new();
    for (logical_id, resource) in &template.resources {
        let Some(schema) = cfn_schema::resource_type(&resource.resource_type) else { continue };
        let own = match &resource.condition {
            Some(name) => logic.condition(name),
            None => Formula::TRUE,
        };
        let mut findings = Vec::new();
        let mut walker = Walker { logic: &mut logic, schema, findings: &mut findings };
        walker.object(schema.root(), &resource.properties, &own, "", true, 0);
        walker.constraints(&resource.resource_type, &resource.properties, &own);
        let names = ArgumentNames::of(resource);
        let mut enforced: Vec<Requirement> = Vec::new();
        for finding in findings {
            let rule = Formula::implies(finding.guard.clone(), finding.holds.clone());
            let subject = subject(logical_id, resource);
            let requirement = describe(&finding, &names);
            match logic.verdict(&rule) {
                Verdict::Always => continue,
                Verdict::Never => {
                    reports.push(
                        Diagnostic::error(
                            NEVER_VALID,
                            format!("{subject}: {requirement}, and no parameter values meet that"),
                        )
                        .with_label(resource.origin.span, "in this resource")
                        .with_note("CloudFormation's resource schema for this type rejects the resource"),
                    );
                    continue;
                }
                Verdict::Depends | Verdict::Unknown => {}
            }
            let Some(written) = rule_of(&logic, &finding) else { continue };
            let parameters = logic.parameters(&rule);
            let name = rule_name(template, &rules, logical_id, &finding);
            let description = format!("{subject}: {requirement}; {}", blame(&parameters, &finding.requirement));
            let mut written = written;
            written.assertions[0].description = Some(description);
            // A rule that leaves no parameter values under which the resource exists keeps it from
            // ever being created: worth saying, as the stack then silently lacks it.
            if own != Formula::TRUE && logic.verdict(&Formula::and([own.clone(), rule])) == Verdict::Never {
                reports.push(
                    Diagnostic::warning(
                        NEVER_CREATED,
                        format!(
                            "{subject} can never be created: {requirement} wherever it exists, and rule `{name}` \
                             rejects the parameter values that would create it"
                        ),
                    )
                    .with_label(resource.origin.span, "in this resource")
                    .with_help(
                        "set the values the requirement depends on (for Terraform, variables that were \
                         inlined can be given with --var)",
                    ),
                );
            }
            rules.insert(name, written);
            if finding.path.is_empty() {
                enforced.push(finding.requirement);
            }
        }
        if let Some(presences) = settle(&mut logic, &resource.properties, &own, &enforced) {
            settled.push((logical_id.clone(), presences));
        }
    }
    let mut rewrites: Vec<(String, String, Expr)> = Vec::new();
    let mut conditions: IndexMap<String, Expr> = IndexMap::new();
    for (logical_id, presences) in settled {
        for (property, presence) in presences {
            let Some(value) = template.resources[&logical_id].properties.get(&property) else { continue };
            let Some(present) = strip_no_value(value) else { continue };
            let value = if presence == Formula::TRUE {
                present
            } else {
                let (name, negated) =
                    condition_for(&mut logic, &presence, &mut conditions, &format!("{logical_id}{property}Set"));
                let (then, otherwise) = if negated { (Expr::no_value(), present) } else { (present, Expr::no_value()) };
                Expr::If { condition: name, then: Box::new(then), otherwise: Box::new(otherwise) }
            };
            rewrites.push((logical_id.clone(), property, value));
        }
    }
    drop(logic);
    template.conditions.extend(conditions);
    let mut replaced: Vec<String> = Vec::new();
    for (logical_id, property, value) in rewrites {
        if let Some(slot) = template.resources.get_mut(&logical_id).and_then(|r| r.properties.get_mut(&property)) {
            replaced.extend(slot.condition_names());
            *slot = value;
        }
    }
    // Conditions that only the replaced values used are now used by nothing (rules spell their
    // atoms out); cfn-lint warns about unused conditions, so they go.
    let used = used_conditions(template);
    template.conditions.retain(|name, _| !replaced.contains(name) || used.contains(name));
    template.rules.extend(rules);
    diagnostics.extend(reports);
}

/// The conditions the template uses anywhere: resource and output conditions, `Fn::If` in values,
/// and conditions other used conditions refer to.
fn used_conditions(template: &Template) -> Vec<String> {
    let mut used: Vec<String> = Vec::new();
    let resources =
        template.resources.values().chain(template.resource_loops.iter().flat_map(|each| each.resources.values()));
    for resource in resources {
        used.extend(resource.condition.iter().cloned());
        for value in resource.properties.values().chain(resource.metadata.values()) {
            used.extend(value.condition_names());
        }
    }
    for output in template.outputs.values() {
        used.extend(output.condition.iter().cloned());
        for value in std::iter::once(&output.value).chain(output.export.iter()) {
            used.extend(value.condition_names());
        }
    }
    for value in template.metadata.values().chain(template.resource_loops.iter().map(|each| &each.collection)) {
        used.extend(value.condition_names());
    }
    // Conditions used by used conditions, to a fixed point.
    let mut index = 0;
    while index < used.len() {
        if let Some(condition) = template.conditions.get(&used[index]) {
            for name in condition.condition_names() {
                if !used.contains(&name) {
                    used.push(name);
                }
            }
        }
        index += 1;
    }
    used
}

/// New presence formulas for a resource's top-level properties under which every requirement the
/// rules enforce holds for every combination of conditions, or `None` when none are found or none
/// are needed.
///
/// CloudFormation deploys the template only with parameter values that meet its rules, so a
/// property may be given any presence that agrees with its own wherever the resource exists and
/// the rules hold: the deployed stacks are the same. Tools that weigh each combination of
/// conditions on its own (cfn-lint) then see a template that is valid in every one. Each property,
/// in template order, takes the first candidate that agrees with its presence under the rules and
/// makes the requirements among the properties settled so far hold everywhere: its own presence,
/// always, or a combination with the presence of one settled before it.
fn settle(
    logic: &mut Logic<'_>,
    entries: &IndexMap<String, Expr>,
    guard: &Formula,
    enforced: &[Requirement],
) -> Option<IndexMap<String, Formula>> {
    if enforced.is_empty() {
        return None;
    }
    let rules = Formula::and(enforced.iter().map(|requirement| {
        Formula::implies(guard.clone(), requirement.holds(|name| presence_of(logic, entries, name)))
    }));
    let context = Formula::and([guard.clone(), rules]);
    let involved: Vec<&String> = entries
        .keys()
        .filter(|key| enforced.iter().any(|requirement| requirement.properties().contains(&key.as_str())))
        .collect();
    let original: IndexMap<&str, Formula> =
        involved.iter().map(|key| (key.as_str(), presence_of(logic, entries, key))).collect();
    let mut chosen: IndexMap<&str, Formula> = IndexMap::new();
    for key in &involved {
        let own = original[key.as_str()].clone();
        let mut candidates = vec![own.clone(), Formula::TRUE];
        for earlier in chosen.values() {
            candidates.push(earlier.clone());
            candidates.push(Formula::negate(earlier.clone()));
            candidates.push(Formula::and([own.clone(), Formula::negate(earlier.clone())]));
            candidates.push(Formula::and([own.clone(), earlier.clone()]));
            candidates.push(Formula::or([own.clone(), earlier.clone()]));
        }
        // A presence that is never true would need a condition that is never true, which templates
        // cannot spell; such a property is left as it is.
        let found = candidates.into_iter().filter(|candidate| *candidate != Formula::FALSE).find(|candidate| {
            let agrees = Formula::implies(context.clone(), iff(candidate.clone(), own.clone()));
            if logic.verdict(&agrees) != Verdict::Always {
                return false;
            }
            let set = |name: &str| match chosen.get(name) {
                Some(formula) => formula.clone(),
                None if name == key.as_str() => candidate.clone(),
                None => Formula::FALSE,
            };
            let settled = |name: &str| chosen.contains_key(name) || name == key.as_str() || !entries.contains_key(name);
            enforced.iter().filter(|requirement| requirement.properties().iter().all(|name| settled(name))).all(
                |requirement| {
                    let holds = Formula::implies(guard.clone(), requirement.holds(set));
                    logic.verdict(&holds) == Verdict::Always
                },
            )
        })?;
        chosen.insert(key.as_str(), found);
    }
    let changed: IndexMap<String, Formula> = chosen
        .into_iter()
        .filter(|(key, formula)| original[*key] != *formula)
        .map(|(key, formula)| (key.to_string(), formula))
        .collect();
    (!changed.is_empty()).then_some(changed)
}

fn presence_of(logic: &mut Logic<'_>, entries: &IndexMap<String, Expr>, name: &str) -> Formula {
    match entries.get(name) {
        Some(value) => logic.presence(value),
        None => Formula::FALSE,
    }
}

/// `left <=> right`.
fn iff(left: Formula, right: Formula) -> Formula {
    Formula::or([
        Formula::and([left.clone(), right.clone()]),
        Formula::and([Formula::negate(left), Formula::negate(right)]),
    ])
}

/// A value with its `AWS::NoValue` branches cut off: the value it has wherever it is set. `None`
/// when it is never set.
fn strip_no_value(value: &Expr) -> Option<Expr> {
    match value {
        Expr::Null => None,
        Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE => None,
        Expr::If { condition, then, otherwise } => match (strip_no_value(then), strip_no_value(otherwise)) {
            (Some(then), Some(otherwise)) => {
                Some(Expr::If { condition: condition.clone(), then: Box::new(then), otherwise: Box::new(otherwise) })
            }
            (Some(only), None) | (None, Some(only)) => Some(only),
            (None, None) => None,
        },
        other => Some(other.clone()),
    }
}

/// The name of a condition that is `formula` (`false` second) or its negation (`true` second): a
/// declared one where one is, else a new one named `wanted` (made unique), added to `added`.
fn condition_for(
    logic: &mut Logic<'_>,
    formula: &Formula,
    added: &mut IndexMap<String, Expr>,
    wanted: &str,
) -> (String, bool) {
    let template = logic.template;
    let negation = Formula::negate(formula.clone());
    for name in template.conditions.keys() {
        let known = logic.condition(name);
        if known == *formula {
            return (name.clone(), false);
        }
        if known == negation {
            return (name.clone(), true);
        }
    }
    for (name, expr) in added.iter() {
        if logic.formula(expr, 0) == *formula {
            return (name.clone(), false);
        }
    }
    // Atoms that are a declared condition on their own are written as that condition.
    let named: Vec<(usize, String)> = template
        .conditions
        .keys()
        .filter_map(|name| match logic.condition(name) {
            Formula::Atom(index) => Some((index, name.clone())),
            _ => None,
        })
        .collect();
    let expr = condition_expr(logic, formula, &named);
    let base: String = wanted.chars().filter(char::is_ascii_alphanumeric).take(MAX_NAME - 4).collect();
    let taken = |name: &str| added.contains_key(name) || template.is_name_taken(name);
    let name = if taken(&base) {
        (2..).map(|suffix| format!("{base}{suffix}")).find(|name| !taken(name)).unwrap_or(base)
    } else {
        base
    };
    added.insert(name.clone(), expr);
    (name, false)
}

/// A formula as a condition expression: atoms as the declared conditions that are just that atom,
/// else as their `Fn::Equals`.
fn condition_expr(logic: &Logic<'_>, formula: &Formula, named: &[(usize, String)]) -> Expr {
    let operands = |items: &[Formula]| items.iter().map(|item| condition_expr(logic, item, named)).collect();
    match formula {
        // Never asked for: a constant presence is written without a condition.
        Formula::Const(value) => Expr::Bool(*value),
        Formula::Atom(index) => match named.iter().find(|(atom, _)| atom == index) {
            Some((_, name)) => Expr::Condition(name.clone()),
            None => logic.atoms.get(*index).map(|atom| atom.expr.clone()).unwrap_or(Expr::Bool(false)),
        },
        Formula::Not(inner) => Expr::Not(Box::new(condition_expr(logic, inner, named))),
        Formula::And(items) => combine(operands(items), Expr::And),
        Formula::Or(items) => combine(operands(items), Expr::Or),
    }
}

/// The rule for a finding: `RuleCondition` the guard, `Assert` what must hold; a requirement that
/// never holds where the object exists asserts that the guard is false. `None` when a formula uses
/// what rules cannot spell.
fn rule_of(logic: &Logic<'_>, finding: &Finding) -> Option<Rule> {
    let (condition, assert) = match (&finding.guard, &finding.holds) {
        (_, Formula::Const(false)) => (None, logic.to_rule_expr(&Formula::negate(finding.guard.clone()))?),
        (Formula::Const(true), holds) => (None, logic.to_rule_expr(holds)?),
        (guard, holds) => (Some(logic.to_rule_expr(guard)?), logic.to_rule_expr(holds)?),
    };
    Some(Rule { condition, assertions: vec![Assertion { assert, description: None }] })
}

/// Walks a resource's properties, collecting the requirements of each object.
struct Walker<'l, 't> {
    logic: &'l mut Logic<'t>,
    schema: &'static ResourceSchema,
    findings: &'l mut Vec<Finding>,
}

impl Walker<'_, '_> {
    fn presence(&mut self, entries: &IndexMap<String, Expr>, name: &str) -> Formula {
        match entries.get(name) {
            Some(value) => self.logic.presence(value),
            None => Formula::FALSE,
        }
    }

    /// The required properties of an object present under `guard`, then the objects inside it.
    fn object(
        &mut self,
        object: &'static ObjectSchema,
        entries: &IndexMap<String, Expr>,
        guard: &Formula,
        path: &str,
        top: bool,
        depth: usize,
    ) {
        if depth > MAX_DEPTH || *guard == Formula::FALSE {
            return;
        }
        if !entries.contains_key(TRANSFORM) {
            for name in object.required() {
                // A top-level property left out altogether is the schema check's to report.
                if top && !entries.contains_key(name) {
                    continue;
                }
                let holds = self.presence(entries, name);
                self.findings.push(Finding {
                    path: path.to_string(),
                    requirement: Requirement::Required(name.to_string()),
                    guard: guard.clone(),
                    holds,
                });
            }
        }
        for (key, value) in entries {
            if let Some(property) = object.property(key) {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                self.value(value, &property.shape, guard, &path, depth + 1);
            }
        }
    }

    /// The objects inside a value present under `guard`.
    fn value(&mut self, value: &Expr, shape: &ValueShape, guard: &Formula, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match value {
            Expr::If { condition, then, otherwise } => {
                let condition = self.logic.condition(condition);
                let when = Formula::and([guard.clone(), condition.clone()]);
                self.value(then, shape, &when, path, depth + 1);
                let unless = Formula::and([guard.clone(), Formula::negate(condition)]);
                self.value(otherwise, shape, &unless, path, depth + 1);
            }
            Expr::Map(entries) if !looks_like_function(entries) => match only_map_alternative(shape) {
                Some(ValueShape::Object(name)) => {
                    if let Some(object) = self.schema.definition(name) {
                        self.object(object, entries, guard, path, false, depth + 1);
                    }
                }
                Some(ValueShape::Map(inner)) => {
                    for (key, element) in entries {
                        self.value(element, inner, guard, &format!("{path}.{key}"), depth + 1);
                    }
                }
                _ => {}
            },
            Expr::List(items) => {
                let Some(item) = shape.alternatives().iter().find_map(|alternative| match alternative {
                    ValueShape::List(item) => Some(item),
                    _ => None,
                }) else {
                    return;
                };
                for (index, element) in items.iter().enumerate() {
                    self.value(element, item, guard, &format!("{path}[{index}]"), depth + 1);
                }
            }
            _ => {}
        }
    }

    /// The constraints between the resource's top-level properties.
    fn constraints(&mut self, resource_type: &str, entries: &IndexMap<String, Expr>, guard: &Formula) {
        if entries.contains_key(TRANSFORM) || *guard == Formula::FALSE {
            return;
        }
        let mut requirements: Vec<Requirement> = Vec::new();
        for constraint in constraints::property_constraints(resource_type) {
            match *constraint {
                Constraint::ExactlyOne(properties) => requirements.push(Requirement::ExactlyOne(properties.to_vec())),
                Constraint::AnyOf(properties) => requirements.push(Requirement::AnyOf(properties.to_vec())),
                Constraint::Requires { property, needs } => {
                    requirements.extend(needs.iter().map(|needed| Requirement::Needs(property, needed)));
                }
                Constraint::Excludes { property, excludes } => {
                    for other in excludes {
                        // `A excludes B` and `B excludes A` are one requirement.
                        let mirrored = Requirement::Excludes(other, property);
                        if !requirements.contains(&mirrored) {
                            requirements.push(Requirement::Excludes(property, other));
                        }
                    }
                }
            }
        }
        for requirement in requirements {
            let holds = requirement.holds(|name| self.presence(entries, name));
            self.findings.push(Finding { path: String::new(), requirement, guard: guard.clone(), holds });
        }
    }
}

/// The one alternative of a shape that a map literal can be, if only one can: with `json` or `any`
/// beside an object, a map may be free-form, and its keys are not the object's to check.
fn only_map_alternative(shape: &ValueShape) -> Option<&ValueShape> {
    let mut candidates = shape.alternatives().iter().filter(|alternative| {
        matches!(alternative, ValueShape::Object(_) | ValueShape::Map(_) | ValueShape::Json | ValueShape::Any)
    });
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

fn looks_like_function(entries: &IndexMap<String, Expr>) -> bool {
    entries.len() == 1 && entries.keys().all(|key| key == "Ref" || key.starts_with("Fn::"))
}

/// Who a rule is about: the source address and the logical ID, or the logical ID alone.
fn subject(logical_id: &str, resource: &Resource) -> String {
    if resource.origin.address.is_empty() {
        format!("{logical_id} ({})", resource.resource_type)
    } else {
        format!("{} ({logical_id})", resource.origin.address)
    }
}

/// The Terraform argument names of a resource's top-level properties, when the resource came from a
/// Terraform resource the catalog maps.
struct ArgumentNames {
    row: Option<&'static iac2cfn_catalog::ResourceMapping>,
}

impl ArgumentNames {
    fn of(resource: &Resource) -> Self {
        let row = terraform_type(&resource.origin.address).and_then(|terraform| {
            iac2cfn_catalog::mappings_for(terraform)
                .into_iter()
                .find(|row| row.cloudformation == resource.resource_type)
        });
        ArgumentNames { row }
    }

    /// `cidr_block (CidrBlock)` where the catalog names the argument, else the property's path.
    fn name(&self, path: &str, property: &str) -> String {
        let full = if path.is_empty() { property.to_string() } else { format!("{path}.{property}") };
        let argument = self.row.filter(|_| path.is_empty()).and_then(|row| {
            row.arguments
                .iter()
                .find(|argument| matches!(argument.target, Target::Property(target) if target == property))
        });
        match argument {
            Some(argument) => format!("{} ({full})", argument.name),
            None => full,
        }
    }
}

/// The resource type of a Terraform resource instance address (`module.a["x.y"].aws_vpc.this[0]`
/// -> `aws_vpc`): the second-to-last of its dot-separated parts, dots inside brackets aside.
fn terraform_type(address: &str) -> Option<&str> {
    let mut parts: Vec<&str> = Vec::new();
    let (mut start, mut depth, mut quoted) = (0, 0usize, false);
    for (index, character) in address.char_indices() {
        match character {
            '"' => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth = depth.saturating_sub(1),
            '.' if !quoted && depth == 0 => {
                parts.push(&address[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&address[start..]);
    let kind = *parts.get(parts.len().checked_sub(2)?)?;
    kind.contains('_').then_some(kind)
}

/// The requirement in words.
fn describe(finding: &Finding, names: &ArgumentNames) -> String {
    let name = |property: &str| names.name(&finding.path, property);
    let list = |properties: &[&str]| join(&properties.iter().map(|property| name(property)).collect::<Vec<_>>());
    match &finding.requirement {
        Requirement::Required(property) => format!("{} is required", name(property)),
        Requirement::ExactlyOne(properties) => format!("exactly one of {} must be set", list(properties)),
        Requirement::AnyOf(properties) => format!("at least one of {} must be set", list(properties)),
        Requirement::Needs(property, needed) => format!("{} needs {} to be set too", name(property), name(needed)),
        Requirement::Excludes(property, other) => {
            format!("{} and {} cannot both be set", name(property), name(other))
        }
    }
}

/// What the parameter values did wrong.
fn blame(parameters: &[String], requirement: &Requirement) -> String {
    let values = match parameters {
        [] => "the parameter values".to_string(),
        [single] => format!("the value given for parameter {single}"),
        many => format!("the values given for parameters {}", join(many)),
    };
    let verb = if parameters.len() == 1 { "does" } else { "do" };
    match requirement {
        Requirement::Required(_) => format!("{values} would leave it out"),
        Requirement::ExactlyOne(_) => format!("{values} would set none or several of them"),
        Requirement::AnyOf(_) => format!("{values} would set none of them"),
        Requirement::Needs(..) => format!("{values} {verb} not allow that"),
        Requirement::Excludes(..) => format!("{values} would set both"),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [single] => single.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A readable rule name that no other name of the template has: `<LogicalId><Path><What>`.
fn rule_name(template: &Template, rules: &IndexMap<String, Rule>, logical_id: &str, finding: &Finding) -> String {
    let what = match &finding.requirement {
        Requirement::Required(property) => format!("{property}Required"),
        Requirement::ExactlyOne(properties) => format!("OneOf{}", properties.concat()),
        Requirement::AnyOf(properties) => format!("AnyOf{}", properties.concat()),
        Requirement::Needs(property, needed) => format!("{property}Needs{needed}"),
        Requirement::Excludes(property, other) => format!("{property}Excludes{other}"),
    };
    let wanted: String =
        format!("{logical_id}{}{what}", finding.path).chars().filter(char::is_ascii_alphanumeric).collect();
    let taken = |name: &str| rules.contains_key(name) || template.is_name_taken(name);
    let base: String = wanted.chars().take(MAX_NAME - 4).collect();
    if !taken(&base) {
        return base;
    }
    (2..).map(|suffix| format!("{base}{suffix}")).find(|name| !taken(name)).unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use iac2cfn_diagnostics::Severity;
    use iac2cfn_ir::{Origin, Parameter, ParameterType};

    fn equals(parameter: &str, value: &str) -> Expr {
        Expr::Equals(Box::new(Expr::reference(parameter)), Box::new(Expr::string(value)))
    }

    fn optional(condition: &str, parameter: &str) -> Expr {
        Expr::If {
            condition: condition.into(),
            then: Box::new(Expr::no_value()),
            otherwise: Box::new(Expr::reference(parameter)),
        }
    }

    /// A template with string parameters and conditions `<Name>IsEmpty` on each.
    fn template(parameters: &[&str]) -> Template {
        let mut template = Template::default();
        for name in parameters {
            template.parameters.insert((*name).into(), Parameter::new(ParameterType::String));
            template.conditions.insert(format!("{name}IsEmpty"), equals(name, ""));
        }
        template
    }

    #[test]
    fn presence_follows_no_value_branches_and_conditions() {
        let mut template = template(&["A", "B"]);
        template.conditions.insert("Both".into(), Expr::And(vec![Expr::Condition("AIsEmpty".into()), equals("B", "")]));
        let mut logic = Logic::new(&template);
        assert_eq!(logic.presence(&Expr::reference("A")), Formula::TRUE);
        assert_eq!(logic.presence(&Expr::no_value()), Formula::FALSE);
        let a = logic.presence(&optional("AIsEmpty", "A"));
        assert_eq!(a, Formula::negate(Formula::Atom(0)));
        // Both branches set: set whatever the condition.
        let either = Expr::If {
            condition: "Both".into(),
            then: Box::new(Expr::string("x")),
            otherwise: Box::new(Expr::reference("A")),
        };
        assert_eq!(logic.presence(&either), Formula::TRUE);
        // The named condition inside another one is the same atom, not a new one.
        let nested = logic.presence(&optional("Both", "A"));
        assert_eq!(nested, Formula::negate(Formula::and([Formula::Atom(0), Formula::Atom(1)])));
        assert_eq!(logic.atoms.len(), 2);
    }

    #[test]
    fn verdicts_enumerate_atoms_and_know_one_parameter_has_one_value() {
        let template = template(&["A"]);
        let mut logic = Logic::new(&template);
        let empty = logic.formula(&equals("A", ""), 0);
        let x = logic.formula(&equals("A", "x"), 0);
        let mirrored = logic.formula(&Expr::Equals(Box::new(Expr::string("")), Box::new(Expr::reference("A"))), 0);
        assert_eq!(empty, mirrored);
        assert_eq!(logic.verdict(&Formula::or([empty.clone(), Formula::negate(empty.clone())])), Verdict::Always);
        assert_eq!(logic.verdict(&Formula::and([empty.clone(), Formula::negate(empty.clone())])), Verdict::Never);
        assert_eq!(logic.verdict(&empty), Verdict::Depends);
        // A parameter cannot be both "" and "x".
        assert_eq!(logic.verdict(&Formula::and([empty.clone(), x.clone()])), Verdict::Never);
        assert_eq!(logic.verdict(&Formula::negate(Formula::and([empty, x]))), Verdict::Always);
        // Literal comparisons fold.
        let literal = logic.formula(&Expr::Equals(Box::new(Expr::string("a")), Box::new(Expr::string("a"))), 0);
        assert_eq!(literal, Formula::TRUE);
    }

    #[test]
    fn conditions_rules_cannot_spell_are_opaque() {
        let mut template = template(&["A"]);
        let select = Expr::Select { index: Box::new(Expr::int(0)), list: Box::new(Expr::reference("A")) };
        template.conditions.insert("Picked".into(), Expr::Equals(Box::new(select), Box::new(Expr::string(""))));
        template.conditions.insert("Loop".into(), Expr::Not(Box::new(Expr::Condition("Loop".into()))));
        let mut logic = Logic::new(&template);
        let picked = logic.condition("Picked");
        assert_eq!(logic.to_rule_expr(&picked), None);
        let looped = logic.condition("Loop");
        assert_eq!(logic.to_rule_expr(&looped), None);
        let empty = logic.condition("AIsEmpty");
        assert_eq!(logic.to_rule_expr(&Formula::negate(empty)), Some(Expr::Not(Box::new(equals("A", "")))));
    }

    #[test]
    fn and_and_or_are_nested_to_ten_operands() {
        let operands: Vec<Expr> = (0..23).map(|index| equals("A", &index.to_string())).collect();
        let Expr::Or(outer) = combine(operands, Expr::Or) else { panic!("an Or") };
        assert_eq!(outer.len(), 10);
        let Expr::Or(middle) = &outer[9] else { panic!("a nested Or") };
        assert_eq!(middle.len(), 10);
        let Expr::Or(inner) = &middle[9] else { panic!("a nested Or") };
        assert_eq!(inner.len(), 5);
    }

    fn resource(resource_type: &str, properties: &[(&str, Expr)]) -> Resource {
        let mut resource = Resource::new(
            resource_type,
            Origin { span: iac2cfn_diagnostics::Span::DETACHED, address: "aws_vpc.main".into() },
        );
        for (name, value) in properties {
            resource.properties.insert((*name).into(), value.clone());
        }
        resource
    }

    #[test]
    fn exclusive_properties_chosen_by_parameters_get_a_rule() {
        let mut template = template(&["Cidr", "Pool", "Length"]);
        template.resources.insert(
            "Vpc".into(),
            resource(
                "AWS::EC2::VPC",
                &[
                    ("CidrBlock", optional("CidrIsEmpty", "Cidr")),
                    ("Ipv4IpamPoolId", optional("PoolIsEmpty", "Pool")),
                    ("Ipv4NetmaskLength", optional("LengthIsEmpty", "Length")),
                ],
            ),
        );
        let mut diagnostics = Diagnostics::new();
        add_rules(&mut template, &mut diagnostics);
        assert_eq!(diagnostics.iter().count(), 0);
        let names: Vec<&str> = template.rules.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "VpcOneOfCidrBlockIpv4IpamPoolId",
                "VpcIpv4IpamPoolIdNeedsIpv4NetmaskLength",
                "VpcIpv4NetmaskLengthNeedsIpv4IpamPoolId"
            ]
        );
        let rule = &template.rules["VpcIpv4IpamPoolIdNeedsIpv4NetmaskLength"];
        assert_eq!(rule.condition, None);
        // Either the pool is not set, or the length is.
        let length_set = Expr::Not(Box::new(equals("Length", "")));
        assert_eq!(rule.assertions[0].assert, Expr::Or(vec![equals("Pool", ""), length_set]));
        assert_eq!(
            rule.assertions[0].description.as_deref(),
            Some(
                "aws_vpc.main (Vpc): ipv4_ipam_pool_id (Ipv4IpamPoolId) needs ipv4_netmask_length (Ipv4NetmaskLength) \
                 to be set too; the values given for parameters Pool and Length do not allow that"
            )
        );
        // Under the rules, the pool and its length are set exactly where the CIDR block is not: the
        // properties say so, and the conditions only they used are gone.
        let properties = &template.resources["Vpc"].properties;
        let unless_cidr = |parameter: &str| Expr::If {
            condition: "CidrIsEmpty".into(),
            then: Box::new(Expr::reference(parameter)),
            otherwise: Box::new(Expr::no_value()),
        };
        assert_eq!(properties["CidrBlock"], optional("CidrIsEmpty", "Cidr"));
        assert_eq!(properties["Ipv4IpamPoolId"], unless_cidr("Pool"));
        assert_eq!(properties["Ipv4NetmaskLength"], unless_cidr("Length"));
        assert_eq!(template.conditions.keys().collect::<Vec<_>>(), ["CidrIsEmpty"]);
    }

    #[test]
    fn exclusive_properties_are_nested_under_the_other_ones_absence() {
        let mut template = template(&["Statistic", "Extended"]);
        let mut alarm = resource(
            "AWS::CloudWatch::Alarm",
            &[
                ("ComparisonOperator", Expr::string("GreaterThanThreshold")),
                ("EvaluationPeriods", Expr::int(1)),
                ("MetricName", Expr::string("CPUUtilization")),
                ("Threshold", Expr::int(1)),
                ("Statistic", optional("StatisticIsEmpty", "Statistic")),
                ("ExtendedStatistic", optional("ExtendedIsEmpty", "Extended")),
            ],
        );
        alarm.origin.address = String::new();
        template.resources.insert("Alarm".into(), alarm);
        let mut diagnostics = Diagnostics::new();
        add_rules(&mut template, &mut diagnostics);
        assert_eq!(template.rules.keys().collect::<Vec<_>>(), ["AlarmExtendedStatisticExcludesStatistic"]);
        let properties = &template.resources["Alarm"].properties;
        assert_eq!(properties["Statistic"], optional("StatisticIsEmpty", "Statistic"));
        let Expr::If { condition, .. } = &properties["ExtendedStatistic"] else { panic!("an Fn::If") };
        let both = Expr::And(vec![
            Expr::Not(Box::new(Expr::Condition("ExtendedIsEmpty".into()))),
            Expr::Condition("StatisticIsEmpty".into()),
        ]);
        assert_eq!(template.conditions[condition], both);
    }

    #[test]
    fn requirements_that_always_hold_get_no_rule_and_ones_that_never_hold_are_errors() {
        let mut template = template(&["Cidr"]);
        template
            .resources
            .insert("Fixed".into(), resource("AWS::EC2::VPC", &[("CidrBlock", Expr::string("10.0.0.0/16"))]));
        template.resources.insert("Nothing".into(), resource("AWS::EC2::VPC", &[("CidrBlock", Expr::no_value())]));
        let mut diagnostics = Diagnostics::new();
        add_rules(&mut template, &mut diagnostics);
        assert!(template.rules.is_empty(), "{:?}", template.rules.keys());
        let found: Vec<&Diagnostic> = diagnostics.iter().collect();
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].code, found[0].severity), (NEVER_VALID, Severity::Error));
        assert!(
            found[0].message.contains("exactly one of cidr_block (CidrBlock) and ipv4_ipam_pool_id"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_nested_required_property_missing_under_a_condition_keeps_the_resource_from_being_created() {
        let mut template = template(&["Enabled"]);
        template.conditions.insert("EnabledIsTrue".into(), equals("Enabled", "true"));
        let mut replication = resource(
            "AWS::ECR::ReplicationConfiguration",
            &[("ReplicationConfiguration", Expr::map(Vec::<(String, Expr)>::new()))],
        );
        replication.condition = Some("EnabledIsTrue".into());
        replication.origin.address = String::new();
        template.resources.insert("Replication".into(), replication);
        let mut diagnostics = Diagnostics::new();
        add_rules(&mut template, &mut diagnostics);
        let rule = &template.rules["ReplicationReplicationConfigurationRulesRequired"];
        assert_eq!(rule.condition, None);
        assert_eq!(rule.assertions[0].assert, Expr::Not(Box::new(equals("Enabled", "true"))));
        let codes: Vec<Code> = diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [NEVER_CREATED]);
    }

    #[test]
    fn terraform_types_are_read_from_addresses() {
        assert_eq!(terraform_type("aws_vpc.this[0]"), Some("aws_vpc"));
        assert_eq!(terraform_type("module.a[\"x.y\"].aws_vpc.this[\"k.v\"]"), Some("aws_vpc"));
        assert_eq!(terraform_type("bucket"), None);
    }
}
