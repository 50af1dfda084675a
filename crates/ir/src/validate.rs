//! Checks that a template is one CloudFormation will accept: names resolve, nothing depends on itself,
//! conditions only use what exists before deployment, outputs are strings, and quotas hold.

use crate::{pseudo, Expr, SubPart, Template};
use iac2cfn_diagnostics::{did_you_mean, Code, Diagnostic, Diagnostics, Span};
use indexmap::IndexMap;

/// CloudFormation's per-template quotas.
#[derive(Debug, Clone, Copy)]
pub struct Quotas {
    /// Resources per template.
    pub resources: usize,
    /// Parameters per template.
    pub parameters: usize,
    /// Outputs per template.
    pub outputs: usize,
    /// Mappings per template.
    pub mappings: usize,
    /// Template body size in bytes when uploaded through S3 (`--template-url`).
    pub body_bytes: usize,
    /// Template body size in bytes when passed inline in the request (`--template-body`).
    pub inline_body_bytes: usize,
}

/// What to do about a stack over a quota.
const SPLIT_HELP: &str = "split the stack: convert parts of the configuration as separate root modules, each \
    its own stack, passing values between them as outputs and parameters (or exports and Fn::ImportValue); \
    `--modules nested`, planned, will make nested stacks of modules";

impl Quotas {
    /// The quotas CloudFormation documents.
    pub const CLOUDFORMATION: Quotas = Quotas {
        resources: 500,
        parameters: 200,
        outputs: 200,
        mappings: 200,
        body_bytes: 1_000_000,
        inline_body_bytes: 51_200,
    };

    /// Checks the size of a written template body, `format` naming how it is written (`YAML`,
    /// `JSON`): an error over the S3 quota, a note over the inline one (the template must then be
    /// deployed from S3).
    pub fn check_body_size(&self, bytes: usize, format: &str) -> Option<Diagnostic> {
        let (size, s3, inline) = (thousands(bytes), thousands(self.body_bytes), thousands(self.inline_body_bytes));
        if bytes > self.body_bytes {
            return Some(
                Diagnostic::error(
                    Code("ir::template-too-large"),
                    format!(
                        "the template is {size} bytes as {format}; CloudFormation accepts at most {s3} bytes \
                         from S3 and {inline} bytes passed inline"
                    ),
                )
                .with_help(format!("{SPLIT_HELP}; or shorten inline documents (policies, code)")),
            );
        }
        (bytes > self.inline_body_bytes).then(|| {
            Diagnostic::note(
                Code("ir::template-needs-s3"),
                format!(
                    "the template is {size} bytes as {format}, over the {inline} bytes CloudFormation accepts \
                     passed inline; it must be deployed from S3 (at most {s3} bytes)"
                ),
            )
            .with_help(
                "`aws cloudformation deploy --s3-bucket BUCKET` uploads it; or upload it and pass --template-url",
            )
        })
    }
}

/// A count with thousands separators: `1,000,000`.
fn thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

const UNKNOWN_REFERENCE: Code = Code("ir::unknown-reference");
const UNKNOWN_CONDITION: Code = Code("ir::unknown-condition");
const DEPENDENCY_CYCLE: Code = Code("ir::dependency-cycle");
const INVALID_CONDITION: Code = Code("ir::invalid-condition");
const OUTPUT_NOT_STRING: Code = Code("ir::output-not-string");
const QUOTA_EXCEEDED: Code = Code("ir::quota-exceeded");
const INVALID_LOGICAL_ID: Code = Code("ir::invalid-logical-id");
const UNKNOWN_MAPPING: Code = Code("ir::unknown-mapping");
const INVALID_RULE: Code = Code("ir::invalid-rule");

/// Validates a template against CloudFormation's rules and the given quotas.
pub fn validate(template: &Template, quotas: &Quotas) -> Diagnostics {
    let mut validator = Validator { template, diagnostics: Diagnostics::new() };
    validator.check_names();
    validator.check_references();
    validator.check_conditions();
    validator.check_rules();
    validator.check_outputs();
    validator.check_cycles();
    validator.check_quotas(quotas);
    validator.diagnostics
}

struct Validator<'t> {
    template: &'t Template,
    diagnostics: Diagnostics,
}

/// The kind of place an expression sits in, which decides what it may refer to.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// Resource properties, metadata and outputs: anything.
    Value,
    /// Inside `Conditions`: parameters, pseudo parameters, mappings and other conditions only.
    Condition,
}

impl<'t> Validator<'t> {
    fn check_names(&mut self) {
        let template = self.template;
        let sections = [
            ("parameter", template.parameters.keys().map(|k| (k, template.parameters[k].span)).collect::<Vec<_>>()),
            ("resource", template.resources.iter().map(|(k, r)| (k, r.origin.span)).collect()),
            ("output", template.outputs.iter().map(|(k, o)| (k, o.span)).collect()),
            ("condition", template.conditions.keys().map(|k| (k, Span::DETACHED)).collect()),
            ("rule", template.rules.keys().map(|k| (k, Span::DETACHED)).collect()),
            ("mapping", template.mappings.keys().map(|k| (k, Span::DETACHED)).collect()),
        ];
        for (section, names) in sections {
            for (name, span) in names {
                if name.is_empty() || name.len() > 255 || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            INVALID_LOGICAL_ID,
                            format!("{section} name `{name}` is not a valid logical ID"),
                        )
                        .with_label(span, "declared here")
                        .with_help("logical IDs are 1 to 255 ASCII letters and digits"),
                    );
                }
            }
        }
        for name in template.parameters.keys() {
            if template.resources.contains_key(name) {
                let span = template.resources[name].origin.span;
                self.diagnostics.push(
                    Diagnostic::error(INVALID_LOGICAL_ID, format!("`{name}` names both a parameter and a resource"))
                        .with_label(span, "resource declared here"),
                );
            }
        }
    }

    fn known_targets(&self) -> impl Iterator<Item = &'t str> {
        let template = self.template;
        template.parameters.keys().chain(template.resources.keys()).map(String::as_str).chain(pseudo::ALL)
    }

    fn report_unknown(&mut self, name: &str, owner: &str, span: Span) {
        let mut diagnostic =
            Diagnostic::error(UNKNOWN_REFERENCE, format!("{owner} refers to `{name}`, which is not declared"))
                .with_label(span, "the reference is in here");
        if let Some(close) = did_you_mean(name, self.known_targets()) {
            diagnostic = diagnostic.with_help(format!("did you mean `{close}`?"));
        }
        self.diagnostics.push(diagnostic);
    }

    fn check_expr(&mut self, expr: &Expr, owner: &str, span: Span, context: Context) {
        let template = self.template;
        let mut problems: Vec<(Code, String)> = Vec::new();
        let mut unknown: Vec<String> = Vec::new();
        expr.walk(&mut |node| match node {
            Expr::Ref(name) => {
                let is_resource = template.resources.contains_key(name);
                if context == Context::Condition && is_resource {
                    problems.push((INVALID_CONDITION, format!("{owner} refers to resource `{name}`; conditions can only use parameters, mappings and pseudo parameters")));
                } else if !is_resource && !template.parameters.contains_key(name) && !pseudo::is_pseudo(name) {
                    unknown.push(name.clone());
                }
            }
            Expr::GetAtt { resource, .. } => {
                if context == Context::Condition {
                    problems.push((INVALID_CONDITION, format!("{owner} uses Fn::GetAtt; conditions are evaluated before any resource exists")));
                } else if !template.resources.contains_key(resource) {
                    unknown.push(resource.clone());
                }
            }
            Expr::Sub { parts, variables } => {
                for part in parts {
                    if let SubPart::Var(var) = part {
                        if variables.contains_key(var) {
                            continue;
                        }
                        let (target, attribute) = match var.split_once('.') {
                            Some((target, attribute)) => (target, Some(attribute)),
                            None => (var.as_str(), None),
                        };
                        let resolves = match attribute {
                            Some(_) => template.resources.contains_key(target),
                            None => template.resources.contains_key(target) || template.parameters.contains_key(target) || pseudo::is_pseudo(target),
                        };
                        if !resolves {
                            unknown.push(target.to_string());
                        } else if context == Context::Condition && template.resources.contains_key(target) {
                            problems.push((INVALID_CONDITION, format!("{owner} refers to resource `{target}`; conditions can only use parameters, mappings and pseudo parameters")));
                        }
                    }
                }
            }
            Expr::If { condition, .. } => {
                if context == Context::Condition {
                    problems.push((INVALID_CONDITION, format!("{owner} uses Fn::If, which is not allowed inside conditions")));
                } else if !template.conditions.contains_key(condition) {
                    problems.push((UNKNOWN_CONDITION, format!("{owner} uses condition `{condition}`, which is not declared")));
                }
            }
            Expr::Condition(name) => {
                if context != Context::Condition {
                    problems.push((INVALID_CONDITION, format!("{owner} uses `Condition: {name}` outside the Conditions section; use Fn::If")));
                } else if !template.conditions.contains_key(name) {
                    problems.push((UNKNOWN_CONDITION, format!("{owner} uses condition `{name}`, which is not declared")));
                }
            }
            Expr::FindInMap { map, .. } if !template.mappings.contains_key(map) => {
                problems.push((UNKNOWN_MAPPING, format!("{owner} looks up mapping `{map}`, which is not declared")));
            }
            _ => {}
        });
        for name in unknown {
            self.report_unknown(&name, owner, span);
        }
        for (code, message) in problems {
            self.diagnostics.push(Diagnostic::error(code, message).with_label(span, ""));
        }
    }

    fn check_references(&mut self) {
        let template = self.template;
        for (id, resource) in &template.resources {
            let owner = format!("resource `{id}`");
            let span = resource.origin.span;
            for value in resource.properties.values().chain(resource.metadata.values()) {
                self.check_expr(value, &owner, span, Context::Value);
            }
            for dependency in &resource.depends_on {
                if !template.resources.contains_key(dependency) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            UNKNOWN_REFERENCE,
                            format!("{owner} depends on `{dependency}`, which is not a resource"),
                        )
                        .with_label(span, ""),
                    );
                }
            }
            self.check_condition_name(resource.condition.as_deref(), &owner, span);
        }
        for (id, output) in &template.outputs {
            let owner = format!("output `{id}`");
            self.check_expr(&output.value, &owner, output.span, Context::Value);
            if let Some(export) = &output.export {
                self.check_expr(export, &owner, output.span, Context::Value);
            }
            self.check_condition_name(output.condition.as_deref(), &owner, output.span);
        }
        for value in template.metadata.values() {
            self.check_expr(value, "template metadata", Span::DETACHED, Context::Value);
        }
    }

    fn check_condition_name(&mut self, condition: Option<&str>, owner: &str, span: Span) {
        if let Some(name) = condition {
            if !self.template.conditions.contains_key(name) {
                self.diagnostics.push(
                    Diagnostic::error(
                        UNKNOWN_CONDITION,
                        format!("{owner} has condition `{name}`, which is not declared"),
                    )
                    .with_label(span, ""),
                );
            }
        }
    }

    fn check_conditions(&mut self) {
        let template = self.template;
        for (name, condition) in &template.conditions {
            let owner = format!("condition `{name}`");
            self.check_expr(condition, &owner, Span::DETACHED, Context::Condition);
            if !matches!(condition, Expr::Equals(..) | Expr::And(_) | Expr::Or(_) | Expr::Not(_) | Expr::Condition(_)) {
                self.diagnostics.push(
                    Diagnostic::error(
                        INVALID_CONDITION,
                        format!("{owner} must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition"),
                    )
                    .with_label(Span::DETACHED, ""),
                );
            }
            for operands in [condition].into_iter().filter_map(|c| match c {
                Expr::And(items) | Expr::Or(items) => Some(items),
                _ => None,
            }) {
                if !(2..=10).contains(&operands.len()) {
                    self.diagnostics.push(Diagnostic::error(
                        INVALID_CONDITION,
                        format!("{owner} combines {} conditions; Fn::And and Fn::Or take 2 to 10", operands.len()),
                    ));
                }
            }
        }
        let edges: IndexMap<&str, Vec<String>> =
            template.conditions.iter().map(|(name, condition)| (name.as_str(), condition.condition_names())).collect();
        if let Some(cycle) = find_cycle(&edges) {
            self.diagnostics.push(Diagnostic::error(
                DEPENDENCY_CYCLE,
                format!("conditions refer to each other in a cycle: {}", cycle.join(" -> ")),
            ));
        }
    }

    /// Rules may only use parameters, literals and the rule functions the IR models (`Fn::Equals`,
    /// `Fn::And`, `Fn::Or`, `Fn::Not`, `Ref`): no named conditions, resources or other functions,
    /// and each `RuleCondition` and `Assert` is itself one of those functions.
    fn check_rules(&mut self) {
        let template = self.template;
        for (name, rule) in &template.rules {
            let owner = format!("rule `{name}`");
            let mut problems: Vec<String> = Vec::new();
            if rule.assertions.is_empty() {
                problems.push(format!("{owner} has no assertions"));
            }
            for expr in rule.expressions() {
                if !matches!(expr, Expr::Equals(..) | Expr::And(_) | Expr::Or(_) | Expr::Not(_)) {
                    problems.push(format!(
                        "{owner}: a RuleCondition or Assert must be Fn::Equals, Fn::And, Fn::Or or Fn::Not"
                    ));
                }
                expr.walk(&mut |node| match node {
                    Expr::Null
                    | Expr::Bool(_)
                    | Expr::Number(_)
                    | Expr::String(_)
                    | Expr::List(_)
                    | Expr::Equals(..)
                    | Expr::Not(_) => {}
                    Expr::And(items) | Expr::Or(items) => {
                        if !(2..=10).contains(&items.len()) {
                            problems.push(format!(
                                "{owner} combines {} assertions; Fn::And and Fn::Or take 2 to 10",
                                items.len()
                            ));
                        }
                    }
                    Expr::Ref(target) => {
                        if !template.parameters.contains_key(target) && !pseudo::is_pseudo(target) {
                            problems.push(format!("{owner} refers to `{target}`; rules can only use parameters"));
                        }
                    }
                    other => problems.push(format!("{owner} uses {}, which rules do not allow", function_name(other))),
                });
            }
            for message in problems {
                self.diagnostics.push(Diagnostic::error(INVALID_RULE, message).with_label(Span::DETACHED, ""));
            }
        }
    }

    fn check_outputs(&mut self) {
        let template = self.template;
        for (id, output) in &template.outputs {
            let list_valued = output.value.is_list_valued()
                || matches!(&output.value, Expr::Map(_))
                || matches!(&output.value, Expr::Ref(name) if template.parameters.get(name).is_some_and(|p| p.parameter_type.is_list()));
            if list_valued {
                self.diagnostics.push(
                    Diagnostic::error(OUTPUT_NOT_STRING, format!("output `{id}` is not a string"))
                        .with_label(output.span, "this value is a list or a map")
                        .with_help("join a list into one string with Fn::Join, or output each element separately"),
                );
            }
        }
    }

    fn check_cycles(&mut self) {
        let template = self.template;
        let edges: IndexMap<&str, Vec<String>> = template
            .resources
            .iter()
            .map(|(id, resource)| {
                let mut targets: Vec<String> = Vec::new();
                for value in resource.properties.values().chain(resource.metadata.values()) {
                    targets.extend(value.references());
                }
                targets.extend(resource.depends_on.iter().cloned());
                targets.retain(|target| template.resources.contains_key(target));
                (id.as_str(), targets)
            })
            .collect();
        if let Some(cycle) = find_cycle(&edges) {
            let span = template.resources.get(&cycle[0]).map_or(Span::DETACHED, |r| r.origin.span);
            self.diagnostics.push(
                Diagnostic::error(
                    DEPENDENCY_CYCLE,
                    format!("resources depend on each other in a cycle: {}", cycle.join(" -> ")),
                )
                .with_label(span, "the cycle starts here")
                .with_help(
                    "CloudFormation cannot create resources that wait for each other; break one of the references",
                ),
            );
        }
    }

    fn check_quotas(&mut self, quotas: &Quotas) {
        let template = self.template;
        // The first item over the quota, to point at where the configuration makes it.
        let resource = template.resources.get_index(quotas.resources).map(|(id, resource)| {
            let what = if resource.origin.address.is_empty() { id.as_str() } else { resource.origin.address.as_str() };
            (resource.origin.span, format!("resource {} is `{what}`", quotas.resources + 1))
        });
        let parameter = template
            .parameters
            .get_index(quotas.parameters)
            .map(|(id, parameter)| (parameter.span, format!("parameter {} is `{id}`", quotas.parameters + 1)));
        let output = template
            .outputs
            .get_index(quotas.outputs)
            .map(|(id, output)| (output.span, format!("output {} is `{id}`", quotas.outputs + 1)));
        let counts = [
            ("resources", template.resources.len(), quotas.resources, resource),
            ("parameters", template.parameters.len(), quotas.parameters, parameter),
            ("outputs", template.outputs.len(), quotas.outputs, output),
            ("mappings", template.mappings.len(), quotas.mappings, None),
        ];
        for (what, count, limit, first_over) in counts {
            if count <= limit {
                continue;
            }
            let mut diagnostic = Diagnostic::error(
                QUOTA_EXCEEDED,
                format!("the template has {count} {what}; CloudFormation allows at most {limit} in one stack"),
            );
            if let Some((span, label)) = first_over.filter(|(span, _)| !span.is_detached()) {
                diagnostic = diagnostic.with_label(span, label);
            }
            self.diagnostics.push(diagnostic.with_help(SPLIT_HELP));
        }
    }
}

/// The name of an expression's function, for messages.
fn function_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Null | Expr::Bool(_) | Expr::Number(_) | Expr::String(_) | Expr::List(_) => "a literal",
        Expr::Map(_) => "a map",
        Expr::Ref(_) => "Ref",
        Expr::GetAtt { .. } => "Fn::GetAtt",
        Expr::Sub { .. } => "Fn::Sub",
        Expr::Join { .. } => "Fn::Join",
        Expr::Select { .. } => "Fn::Select",
        Expr::Split { .. } => "Fn::Split",
        Expr::If { .. } => "Fn::If",
        Expr::Equals(..) => "Fn::Equals",
        Expr::And(_) => "Fn::And",
        Expr::Or(_) => "Fn::Or",
        Expr::Not(_) => "Fn::Not",
        Expr::Condition(_) => "Condition",
        Expr::FindInMap { .. } => "Fn::FindInMap",
        Expr::GetAzs(_) => "Fn::GetAZs",
        Expr::Base64(_) => "Fn::Base64",
        Expr::Cidr { .. } => "Fn::Cidr",
        Expr::ImportValue(_) => "Fn::ImportValue",
        Expr::ToJsonString(_) => "Fn::ToJsonString",
        Expr::Length(_) => "Fn::Length",
    }
}

/// Finds a cycle in a directed graph, visiting nodes in map order so the answer is deterministic.
/// Returns the cycle as a path that starts and ends with the same node.
fn find_cycle(edges: &IndexMap<&str, Vec<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut marks = vec![Mark::New; edges.len()];
    for start in 0..edges.len() {
        if marks[start] != Mark::New {
            continue;
        }
        // Iterative depth-first search: (node, next edge to follow).
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        marks[start] = Mark::Active;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let targets = &edges[node];
            if let Some(target) = targets.get(*next) {
                *next += 1;
                let Some(target) = edges.get_index_of(target.as_str()) else {
                    continue;
                };
                match marks[target] {
                    Mark::New => {
                        marks[target] = Mark::Active;
                        stack.push((target, 0));
                    }
                    Mark::Active => {
                        let from = stack.iter().position(|&(n, _)| n == target).unwrap_or(0);
                        let mut cycle: Vec<String> = stack[from..]
                            .iter()
                            .map(|&(n, _)| edges.get_index(n).map_or("", |(k, _)| k).to_string())
                            .collect();
                        cycle.push(cycle[0].clone());
                        return Some(cycle);
                    }
                    Mark::Done => {}
                }
            } else {
                marks[node] = Mark::Done;
                stack.pop();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Origin, Output, Resource};

    fn bucket() -> Resource {
        Resource::new("AWS::S3::Bucket", Origin::generated())
    }

    fn codes(template: &Template) -> Vec<&'static str> {
        validate(template, &Quotas::CLOUDFORMATION).iter().map(|d| d.code.0).collect()
    }

    #[test]
    fn unknown_references_are_reported_with_a_suggestion() {
        let mut template = Template::default();
        template.resources.insert("Logs".into(), bucket());
        template.resources.insert(
            "Data".into(),
            bucket()
                .with_property("LoggingConfiguration", Expr::map([("DestinationBucketName", Expr::reference("Log"))])),
        );
        let diagnostics = validate(&template, &Quotas::CLOUDFORMATION);
        let diagnostic = diagnostics.iter().next().expect("one diagnostic");
        assert_eq!(diagnostic.code, UNKNOWN_REFERENCE);
        assert_eq!(diagnostic.help.as_deref(), Some("did you mean `Logs`?"));
    }

    #[test]
    fn cycles_are_found_through_depends_on_and_sub() {
        let mut template = Template::default();
        template.resources.insert("A".into(), bucket().with_property("BucketName", Expr::sub("${B}-x")));
        let mut b = bucket();
        b.add_dependency("A");
        template.resources.insert("B".into(), b);
        let diagnostics = validate(&template, &Quotas::CLOUDFORMATION);
        let messages: Vec<_> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages, ["resources depend on each other in a cycle: A -> B -> A"]);
    }

    #[test]
    fn conditions_may_not_use_resources_and_outputs_must_be_strings() {
        let mut template = Template::default();
        template.resources.insert("A".into(), bucket());
        template
            .conditions
            .insert("C".into(), Expr::Equals(Box::new(Expr::reference("A")), Box::new(Expr::string("x"))));
        template.outputs.insert("Zones".into(), Output::new(Expr::GetAzs(Box::new(Expr::string("")))));
        assert_eq!(codes(&template), ["ir::invalid-condition", "ir::output-not-string"]);
    }

    #[test]
    fn rules_use_parameters_and_rule_functions_only() {
        let mut template = Template::default();
        template.resources.insert("A".into(), bucket());
        template.parameters.insert("P".into(), crate::Parameter::new(crate::ParameterType::String));
        template
            .conditions
            .insert("C".into(), Expr::Equals(Box::new(Expr::reference("P")), Box::new(Expr::string(""))));
        let equals = |target: &str| Expr::Equals(Box::new(Expr::reference(target)), Box::new(Expr::string("x")));
        let rule = |assert: Expr| crate::Rule {
            condition: Some(equals("P")),
            assertions: vec![crate::Assertion { assert, description: Some("P is x".into()) }],
        };
        template.rules.insert("Good".into(), rule(Expr::Not(Box::new(equals("P")))));
        assert_eq!(codes(&template), Vec::<&str>::new());
        template.rules.insert("Resource".into(), rule(equals("A")));
        template.rules.insert("Named".into(), rule(Expr::Not(Box::new(Expr::Condition("C".into())))));
        template.rules.insert("Bare".into(), rule(Expr::reference("P")));
        template.rules.insert("Empty".into(), crate::Rule { condition: None, assertions: Vec::new() });
        let diagnostics = validate(&template, &Quotas::CLOUDFORMATION);
        let messages: Vec<_> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "rule `Resource` refers to `A`; rules can only use parameters",
                "rule `Named` uses Condition, which rules do not allow",
                "rule `Bare`: a RuleCondition or Assert must be Fn::Equals, Fn::And, Fn::Or or Fn::Not",
                "rule `Empty` has no assertions",
            ]
        );
    }

    #[test]
    fn quotas_count_resources() {
        let mut template = Template::default();
        for index in 0..501 {
            template.resources.insert(format!("B{index}"), bucket());
        }
        assert_eq!(codes(&template), ["ir::quota-exceeded"]);
        let diagnostics = validate(&template, &Quotas::CLOUDFORMATION);
        let message = diagnostics.iter().next().map(|d| d.message.as_str());
        assert_eq!(message, Some("the template has 501 resources; CloudFormation allows at most 500 in one stack"));
        let too_large = Quotas::CLOUDFORMATION.check_body_size(1_000_001, "YAML").expect("over the S3 quota");
        assert!(too_large.is_error());
        assert_eq!(
            too_large.message,
            "the template is 1,000,001 bytes as YAML; CloudFormation accepts at most 1,000,000 bytes from S3 and \
             51,200 bytes passed inline"
        );
        let needs_s3 = Quotas::CLOUDFORMATION.check_body_size(1_000_000, "JSON").expect("over the inline quota");
        assert!(!needs_s3.is_error());
        assert!(Quotas::CLOUDFORMATION.check_body_size(51_200, "JSON").is_none());
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(51_200), "51,200");
    }
}
