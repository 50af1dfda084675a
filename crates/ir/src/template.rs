//! The template and its sections.

use crate::Expr;
use iac2cfn_diagnostics::Span;
use indexmap::IndexMap;

/// A CloudFormation stack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Template {
    /// `Description`.
    pub description: Option<String>,
    /// `Metadata`.
    pub metadata: IndexMap<String, Expr>,
    /// `Transform` (macros such as `AWS::LanguageExtensions`), in order.
    pub transforms: Vec<String>,
    /// `Parameters`.
    pub parameters: IndexMap<String, Parameter>,
    /// `Rules`: name -> rule. CloudFormation checks them against the parameter values before it
    /// creates or changes anything.
    pub rules: IndexMap<String, Rule>,
    /// `Mappings`.
    pub mappings: IndexMap<String, Mapping>,
    /// `Conditions`: name -> condition expression (`Fn::Equals`, `Fn::And`, ...).
    pub conditions: IndexMap<String, Expr>,
    /// `Resources`.
    pub resources: IndexMap<String, Resource>,
    /// `Fn::ForEach` loops of the `Resources` section (`AWS::LanguageExtensions`), written after the
    /// plain resources.
    pub resource_loops: Vec<ForEachLoop>,
    /// `Outputs`.
    pub outputs: IndexMap<String, Output>,
}

impl Template {
    /// Whether a template-level name (a parameter, rule, mapping, condition, resource or output) is
    /// in use: CloudFormation wants these names unique across sections, and readers do too.
    pub fn is_name_taken(&self, name: &str) -> bool {
        self.parameters.contains_key(name)
            || self.rules.contains_key(name)
            || self.mappings.contains_key(name)
            || self.conditions.contains_key(name)
            || self.resources.contains_key(name)
            || self.outputs.contains_key(name)
    }

    /// Adds a transform once, keeping the first position it was added at.
    pub fn require_transform(&mut self, name: &str) {
        if !self.transforms.iter().any(|known| known == name) {
            self.transforms.push(name.to_string());
        }
    }

    /// Adds `AWS::LanguageExtensions` when any value uses a function that needs it.
    pub fn add_required_transforms(&mut self) {
        let needs = !self.resource_loops.is_empty() || self.expressions().any(Expr::needs_language_extensions);
        if needs {
            self.require_transform("AWS::LanguageExtensions");
        }
    }

    /// Every top-level expression of the template: metadata, rules, conditions, properties, outputs.
    pub fn expressions(&self) -> impl Iterator<Item = &Expr> {
        let resources = self.resources.values().chain(self.resource_loops.iter().flat_map(|l| l.resources.values()));
        self.metadata
            .values()
            .chain(self.rules.values().flat_map(Rule::expressions))
            .chain(self.conditions.values())
            .chain(self.mappings.values().flat_map(|m| m.values().flat_map(IndexMap::values)))
            .chain(resources.flat_map(|r| r.properties.values().chain(r.metadata.values())))
            .chain(self.outputs.values().flat_map(|o| std::iter::once(&o.value).chain(o.export.iter())))
    }
}

/// `Mappings` entry: top-level key -> second-level key -> value.
pub type Mapping = IndexMap<String, IndexMap<String, Expr>>;

/// The type of a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParameterType {
    /// `String`.
    String,
    /// `Number`.
    Number,
    /// `List<Number>`.
    NumberList,
    /// `CommaDelimitedList`.
    CommaDelimitedList,
    /// Any other type CloudFormation accepts, spelled as CloudFormation spells it
    /// (`AWS::EC2::VPC::Id`, `AWS::SSM::Parameter::Value<String>`, ...).
    Other(String),
}

impl ParameterType {
    /// The type as written in a template.
    pub fn as_str(&self) -> &str {
        match self {
            ParameterType::String => "String",
            ParameterType::Number => "Number",
            ParameterType::NumberList => "List<Number>",
            ParameterType::CommaDelimitedList => "CommaDelimitedList",
            ParameterType::Other(name) => name,
        }
    }

    /// Whether `Ref` of such a parameter gives a list.
    pub fn is_list(&self) -> bool {
        match self {
            ParameterType::NumberList | ParameterType::CommaDelimitedList => true,
            ParameterType::Other(name) => name.starts_with("List<") || name.contains("<List<"),
            _ => false,
        }
    }
}

/// A template parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    /// `Type`.
    pub parameter_type: ParameterType,
    /// `Description`.
    pub description: Option<String>,
    /// `Default`, as a literal (a string, a number, or a comma-delimited string for list types).
    pub default: Option<Expr>,
    /// `NoEcho`.
    pub no_echo: bool,
    /// `AllowedValues`.
    pub allowed_values: Vec<Expr>,
    /// `AllowedPattern`.
    pub allowed_pattern: Option<String>,
    /// `MinLength`.
    pub min_length: Option<u64>,
    /// `MaxLength`.
    pub max_length: Option<u64>,
    /// `MinValue`.
    pub min_value: Option<crate::Number>,
    /// `MaxValue`.
    pub max_value: Option<crate::Number>,
    /// `ConstraintDescription`.
    pub constraint_description: Option<String>,
    /// Where the parameter was declared.
    pub span: Span,
}

impl Parameter {
    /// A parameter of the given type with nothing else set.
    pub fn new(parameter_type: ParameterType) -> Self {
        Parameter {
            parameter_type,
            description: None,
            default: None,
            no_echo: false,
            allowed_values: Vec::new(),
            allowed_pattern: None,
            min_length: None,
            max_length: None,
            min_value: None,
            max_value: None,
            constraint_description: None,
            span: Span::DETACHED,
        }
    }
}

/// A template rule: assertions about parameter values that CloudFormation checks before it creates
/// or updates the stack, optionally only when a condition on the parameter values holds.
///
/// Rules may only use `Ref` to parameters, literals, `Fn::Equals`, `Fn::And`, `Fn::Or` and
/// `Fn::Not` here (CloudFormation also has list functions the IR does not model); never a named
/// `Condition` or `Fn::If`: [`validate`](crate::validate()) checks it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// `RuleCondition`: when present, the assertions apply only where it holds.
    pub condition: Option<Expr>,
    /// `Assertions`, in order; a rule has at least one.
    pub assertions: Vec<Assertion>,
}

impl Rule {
    /// Every expression of the rule: its condition, then each assertion.
    pub fn expressions(&self) -> impl Iterator<Item = &Expr> {
        self.condition.iter().chain(self.assertions.iter().map(|assertion| &assertion.assert))
    }
}

/// One assertion of a [`Rule`].
#[derive(Debug, Clone, PartialEq)]
pub struct Assertion {
    /// `Assert`: what must hold.
    pub assert: Expr,
    /// `AssertDescription`: the message CloudFormation shows when the assertion fails.
    pub description: Option<String>,
}

/// `DeletionPolicy` and `UpdateReplacePolicy` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletionPolicy {
    /// `Delete`.
    Delete,
    /// `Retain`.
    Retain,
    /// `RetainExceptOnCreate`.
    RetainExceptOnCreate,
    /// `Snapshot`.
    Snapshot,
}

impl DeletionPolicy {
    /// The policy as written in a template.
    pub fn as_str(self) -> &'static str {
        match self {
            DeletionPolicy::Delete => "Delete",
            DeletionPolicy::Retain => "Retain",
            DeletionPolicy::RetainExceptOnCreate => "RetainExceptOnCreate",
            DeletionPolicy::Snapshot => "Snapshot",
        }
    }
}

/// Where a resource came from in the source program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The source span of the block or node that declared it.
    pub span: Span,
    /// The source address: Terraform's resource instance address (`aws_subnet.private[0]`,
    /// `module.vpc.aws_vpc.this`) or the Pulumi resource name.
    pub address: String,
}

impl Origin {
    /// A resource the converter made up (no source).
    pub fn generated() -> Self {
        Origin { span: Span::DETACHED, address: String::new() }
    }
}

/// A resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// `Type`, such as `AWS::S3::Bucket`.
    pub resource_type: String,
    /// `Properties`, in the order they are written.
    pub properties: IndexMap<String, Expr>,
    /// `DependsOn`: logical IDs, in order, without duplicates.
    pub depends_on: Vec<String>,
    /// `Condition`: the name of the condition that decides whether it is created.
    pub condition: Option<String>,
    /// `DeletionPolicy`.
    pub deletion_policy: Option<DeletionPolicy>,
    /// `UpdateReplacePolicy`.
    pub update_replace_policy: Option<DeletionPolicy>,
    /// `Metadata`.
    pub metadata: IndexMap<String, Expr>,
    /// Where it came from.
    pub origin: Origin,
}

impl Resource {
    /// A resource of a type with no properties yet.
    pub fn new(resource_type: impl Into<String>, origin: Origin) -> Self {
        Resource {
            resource_type: resource_type.into(),
            properties: IndexMap::new(),
            depends_on: Vec::new(),
            condition: None,
            deletion_policy: None,
            update_replace_policy: None,
            metadata: IndexMap::new(),
            origin,
        }
    }

    /// Sets a property (builder style).
    pub fn with_property(mut self, name: impl Into<String>, value: Expr) -> Self {
        self.properties.insert(name.into(), value);
        self
    }

    /// Adds a `DependsOn` entry once.
    pub fn add_dependency(&mut self, logical_id: &str) {
        if !self.depends_on.iter().any(|known| known == logical_id) {
            self.depends_on.push(logical_id.to_string());
        }
    }
}

/// An `Fn::ForEach` loop in the `Resources` section.
#[derive(Debug, Clone, PartialEq)]
pub struct ForEachLoop {
    /// The loop's name: the key is written `Fn::ForEach::<name>`.
    pub name: String,
    /// The identifier that `${identifier}` and `&{identifier}` stand for in the body.
    pub identifier: String,
    /// The collection iterated: a list, or an intrinsic that returns one.
    pub collection: Expr,
    /// The resources made for each element; their logical IDs contain `${identifier}` or `&{identifier}`.
    pub resources: IndexMap<String, Resource>,
}

/// A stack output.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// `Value`: must be a string.
    pub value: Expr,
    /// `Description`.
    pub description: Option<String>,
    /// `Export.Name`.
    pub export: Option<Expr>,
    /// `Condition`.
    pub condition: Option<String>,
    /// Where it was declared.
    pub span: Span,
}

impl Output {
    /// An output with only a value.
    pub fn new(value: Expr) -> Self {
        Output { value, description: None, export: None, condition: None, span: Span::DETACHED }
    }
}
