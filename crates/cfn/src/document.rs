//! The format-neutral document tree both writers print.

use iac2cfn_ir::{render_sub_template, Expr, Output, Parameter, Resource, Rule, Template};

/// A template as a tree of maps, lists, scalars and intrinsic function calls.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number, spelled as written.
    Number(String),
    /// A string.
    String(String),
    /// A list.
    Seq(Vec<Node>),
    /// A map with its keys in order.
    Map(Vec<(String, Node)>),
    /// An intrinsic function: `{"Fn::Join": arg}` in JSON, `!Join arg` in YAML.
    Function {
        /// The long name: `Ref`, `Fn::Join`, `Condition`, ...
        name: &'static str,
        /// The argument.
        argument: Box<Node>,
    },
    /// `Fn::GetAtt`, which YAML writes in its dotted short form `!GetAtt Resource.Attribute`.
    GetAtt {
        /// Logical ID.
        resource: String,
        /// Attribute.
        attribute: String,
    },
}

impl Node {
    fn string(value: impl Into<String>) -> Node {
        Node::String(value.into())
    }

    fn function(name: &'static str, argument: Node) -> Node {
        Node::Function { name, argument: Box::new(argument) }
    }
}

/// Builds the document tree of a template.
pub fn document(template: &Template) -> Node {
    let mut root = vec![("AWSTemplateFormatVersion".to_string(), Node::string("2010-09-09"))];
    if let Some(description) = &template.description {
        root.push(("Description".into(), Node::string(description)));
    }
    if !template.metadata.is_empty() {
        root.push(("Metadata".into(), map_of(template.metadata.iter().map(|(k, v)| (k.clone(), expr(v))))));
    }
    match template.transforms.as_slice() {
        [] => {}
        [single] => root.push(("Transform".into(), Node::string(single))),
        many => root.push(("Transform".into(), Node::Seq(many.iter().map(Node::string).collect()))),
    }
    if !template.parameters.is_empty() {
        root.push(("Parameters".into(), map_of(template.parameters.iter().map(|(k, p)| (k.clone(), parameter(p))))));
    }
    if !template.rules.is_empty() {
        root.push(("Rules".into(), map_of(template.rules.iter().map(|(k, r)| (k.clone(), rule(r))))));
    }
    if !template.mappings.is_empty() {
        let mappings = template.mappings.iter().map(|(name, mapping)| {
            let tops = mapping
                .iter()
                .map(|(top, seconds)| (top.clone(), map_of(seconds.iter().map(|(k, v)| (k.clone(), expr(v))))));
            (name.clone(), map_of(tops))
        });
        root.push(("Mappings".into(), map_of(mappings)));
    }
    if !template.conditions.is_empty() {
        root.push(("Conditions".into(), map_of(template.conditions.iter().map(|(k, c)| (k.clone(), expr(c))))));
    }
    let mut resources: Vec<(String, Node)> = template.resources.iter().map(|(k, r)| (k.clone(), resource(r))).collect();
    for each in &template.resource_loops {
        let body = map_of(each.resources.iter().map(|(k, r)| (k.clone(), resource(r))));
        let arguments = Node::Seq(vec![Node::string(&each.identifier), expr(&each.collection), body]);
        resources.push((format!("Fn::ForEach::{}", each.name), arguments));
    }
    root.push(("Resources".into(), Node::Map(resources)));
    if !template.outputs.is_empty() {
        root.push(("Outputs".into(), map_of(template.outputs.iter().map(|(k, o)| (k.clone(), output(o))))));
    }
    Node::Map(root)
}

fn map_of(entries: impl Iterator<Item = (String, Node)>) -> Node {
    Node::Map(entries.collect())
}

fn parameter(parameter: &Parameter) -> Node {
    let mut entries = vec![("Type".to_string(), Node::string(parameter.parameter_type.as_str()))];
    if let Some(description) = &parameter.description {
        entries.push(("Description".into(), Node::string(description)));
    }
    if let Some(default) = &parameter.default {
        entries.push(("Default".into(), expr(default)));
    }
    if !parameter.allowed_values.is_empty() {
        entries.push(("AllowedValues".into(), Node::Seq(parameter.allowed_values.iter().map(expr).collect())));
    }
    if let Some(pattern) = &parameter.allowed_pattern {
        entries.push(("AllowedPattern".into(), Node::string(pattern)));
    }
    let numbers = [
        ("MinLength", parameter.min_length.map(|n| n.to_string())),
        ("MaxLength", parameter.max_length.map(|n| n.to_string())),
        ("MinValue", parameter.min_value.as_ref().map(ToString::to_string)),
        ("MaxValue", parameter.max_value.as_ref().map(ToString::to_string)),
    ];
    for (key, value) in numbers {
        if let Some(value) = value {
            entries.push((key.into(), Node::Number(value)));
        }
    }
    if let Some(description) = &parameter.constraint_description {
        entries.push(("ConstraintDescription".into(), Node::string(description)));
    }
    if parameter.no_echo {
        entries.push(("NoEcho".into(), Node::Bool(true)));
    }
    Node::Map(entries)
}

fn rule(rule: &Rule) -> Node {
    let mut entries = Vec::new();
    if let Some(condition) = &rule.condition {
        entries.push(("RuleCondition".to_string(), expr(condition)));
    }
    let assertions = rule.assertions.iter().map(|assertion| {
        let mut fields = vec![("Assert".to_string(), expr(&assertion.assert))];
        if let Some(description) = &assertion.description {
            fields.push(("AssertDescription".into(), Node::string(description)));
        }
        Node::Map(fields)
    });
    entries.push(("Assertions".into(), Node::Seq(assertions.collect())));
    Node::Map(entries)
}

fn resource(resource: &Resource) -> Node {
    let mut entries = vec![("Type".to_string(), Node::string(&resource.resource_type))];
    if let Some(condition) = &resource.condition {
        entries.push(("Condition".into(), Node::string(condition)));
    }
    match resource.depends_on.as_slice() {
        [] => {}
        [single] => entries.push(("DependsOn".into(), Node::string(single))),
        many => entries.push(("DependsOn".into(), Node::Seq(many.iter().map(Node::string).collect()))),
    }
    if let Some(policy) = resource.deletion_policy {
        entries.push(("DeletionPolicy".into(), Node::string(policy.as_str())));
    }
    if let Some(policy) = resource.update_replace_policy {
        entries.push(("UpdateReplacePolicy".into(), Node::string(policy.as_str())));
    }
    if !resource.metadata.is_empty() {
        entries.push(("Metadata".into(), map_of(resource.metadata.iter().map(|(k, v)| (k.clone(), expr(v))))));
    }
    if !resource.properties.is_empty() {
        entries.push(("Properties".into(), map_of(resource.properties.iter().map(|(k, v)| (k.clone(), expr(v))))));
    }
    Node::Map(entries)
}

fn output(output: &Output) -> Node {
    let mut entries = Vec::new();
    if let Some(description) = &output.description {
        entries.push(("Description".to_string(), Node::string(description)));
    }
    if let Some(condition) = &output.condition {
        entries.push(("Condition".into(), Node::string(condition)));
    }
    entries.push(("Value".into(), expr(&output.value)));
    if let Some(export) = &output.export {
        entries.push(("Export".into(), Node::Map(vec![("Name".into(), expr(export))])));
    }
    Node::Map(entries)
}

fn boxed(value: &Expr) -> Node {
    expr(value)
}

/// Converts one expression.
fn expr(value: &Expr) -> Node {
    match value {
        Expr::Null => Node::Null,
        Expr::Bool(b) => Node::Bool(*b),
        Expr::Number(n) => Node::Number(n.to_string()),
        Expr::String(s) => Node::string(s),
        Expr::List(items) => Node::Seq(items.iter().map(expr).collect()),
        Expr::Map(entries) => map_of(entries.iter().map(|(k, v)| (k.clone(), expr(v)))),
        Expr::Ref(name) => Node::function("Ref", Node::string(name)),
        Expr::GetAtt { resource, attribute } => {
            Node::GetAtt { resource: resource.clone(), attribute: attribute.clone() }
        }
        Expr::Sub { parts, variables } => {
            let template = Node::string(render_sub_template(parts));
            if variables.is_empty() {
                Node::function("Fn::Sub", template)
            } else {
                let variables = map_of(variables.iter().map(|(k, v)| (k.clone(), expr(v))));
                Node::function("Fn::Sub", Node::Seq(vec![template, variables]))
            }
        }
        Expr::Join { delimiter, values } => {
            Node::function("Fn::Join", Node::Seq(vec![Node::string(delimiter), boxed(values)]))
        }
        Expr::Select { index, list } => {
            // CloudFormation documents the index as an integer or a string; both writers keep what the IR has.
            Node::function("Fn::Select", Node::Seq(vec![boxed(index), boxed(list)]))
        }
        Expr::Split { delimiter, source } => {
            Node::function("Fn::Split", Node::Seq(vec![Node::string(delimiter), boxed(source)]))
        }
        Expr::If { condition, then, otherwise } => {
            Node::function("Fn::If", Node::Seq(vec![Node::string(condition), boxed(then), boxed(otherwise)]))
        }
        Expr::Equals(left, right) => Node::function("Fn::Equals", Node::Seq(vec![boxed(left), boxed(right)])),
        Expr::And(items) => Node::function("Fn::And", Node::Seq(items.iter().map(expr).collect())),
        Expr::Or(items) => Node::function("Fn::Or", Node::Seq(items.iter().map(expr).collect())),
        Expr::Not(inner) => Node::function("Fn::Not", Node::Seq(vec![boxed(inner)])),
        Expr::Condition(name) => Node::function("Condition", Node::string(name)),
        Expr::FindInMap { map, top, second, default } => {
            let mut arguments = vec![Node::string(map), boxed(top), boxed(second)];
            if let Some(default) = default {
                arguments.push(Node::Map(vec![("DefaultValue".into(), boxed(default))]));
            }
            Node::function("Fn::FindInMap", Node::Seq(arguments))
        }
        Expr::GetAzs(region) => Node::function("Fn::GetAZs", boxed(region)),
        Expr::Base64(inner) => Node::function("Fn::Base64", boxed(inner)),
        Expr::Cidr { ip_block, count, cidr_bits } => {
            Node::function("Fn::Cidr", Node::Seq(vec![boxed(ip_block), boxed(count), boxed(cidr_bits)]))
        }
        Expr::ImportValue(inner) => Node::function("Fn::ImportValue", boxed(inner)),
        Expr::ToJsonString(inner) => Node::function("Fn::ToJsonString", boxed(inner)),
        Expr::Length(inner) => Node::function("Fn::Length", boxed(inner)),
    }
}
