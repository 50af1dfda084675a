//! The stack and the parts it is made of: parameters, rules, mappings, conditions, resources, loops,
//! outputs, and the handles that refer to them.

use crate::resource::{Attributes, Resource};
use crate::value::{Number, Value};
use iac2cfn_ir::{DeletionPolicy, Expr, ForEachLoop, IndexMap, ParameterType, Quotas, Template};

/// A CloudFormation stack under construction.
///
/// Parts are written to the template in the order they are added. A resource can be
/// [declared](Stack::declare) before it is [defined](Stack::define), to give it its place in the
/// template before the resources it refers to exist.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
///
/// let mut stack = Stack::new();
/// let environment = stack.add_parameter("Environment", Parameter::string().default("dev"));
/// let queue = stack.add(
///     "Queue",
///     Resource::new("AWS::SQS::Queue").property("QueueName", sub("${Environment}-work")),
/// );
/// stack.add_output("QueueArn", Output::new(queue.get_att("Arn")));
/// assert!(stack.to_json().contains("\"Fn::GetAtt\""));
/// # let _ = environment;
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stack {
    description: Option<String>,
    metadata: IndexMap<String, Expr>,
    transforms: Vec<String>,
    parameters: IndexMap<String, iac2cfn_ir::Parameter>,
    rules: IndexMap<String, iac2cfn_ir::Rule>,
    mappings: IndexMap<String, iac2cfn_ir::Mapping>,
    /// `None` for a condition declared and not yet defined.
    conditions: IndexMap<String, Option<Expr>>,
    resources: IndexMap<String, Slot>,
    loops: Vec<ForEachLoop>,
    outputs: IndexMap<String, iac2cfn_ir::Output>,
}

/// A resource's place in the stack.
#[derive(Debug, Clone, Default, PartialEq)]
struct Slot {
    /// `None` while declared and not yet defined.
    resource: Option<Resource>,
    /// Attributes set through the stack (`add_dependency`, `set_condition`, ...).
    attributes: Attributes,
}

impl Stack {
    /// An empty stack.
    pub fn new() -> Stack {
        Stack::default()
    }

    /// Sets the template's `Description`.
    pub fn set_description(&mut self, description: impl Into<String>) {
        self.description = Some(description.into());
    }

    /// Adds an entry to the template's `Metadata`.
    pub fn add_metadata(&mut self, key: impl Into<String>, value: impl Into<Value>) {
        self.metadata.insert(key.into(), value.into().0);
    }

    /// Adds a transform (a macro such as `AWS::Serverless-2016-10-31`) once. `AWS::LanguageExtensions`
    /// is added by itself when the stack uses a function that needs it.
    pub fn add_transform(&mut self, name: impl Into<String>) {
        let name = name.into();
        if !self.transforms.contains(&name) {
            self.transforms.push(name);
        }
    }

    /// Adds a parameter and returns its handle.
    pub fn add_parameter(&mut self, name: impl Into<String>, parameter: Parameter) -> ParameterRef {
        let name = name.into();
        self.parameters.insert(name.clone(), parameter.0);
        ParameterRef { name }
    }

    /// Adds a rule: assertions about parameter values that CloudFormation checks before it creates
    /// or updates the stack. Adding a name again replaces the rule in its first place.
    pub fn add_rule(&mut self, name: impl Into<String>, rule: Rule) {
        self.rules.insert(name.into(), rule.0);
    }

    /// Adds a mapping and returns its handle, for [`find_in_map`](crate::fns::find_in_map).
    pub fn add_mapping(&mut self, name: impl Into<String>, mapping: Mapping) -> MappingRef {
        let name = name.into();
        self.mappings.insert(name.clone(), mapping.0);
        MappingRef { name }
    }

    /// Adds a condition (built from [`equals`](crate::fns::equals), [`and`](crate::fns::and),
    /// [`or`](crate::fns::or), [`not`](crate::fns::not) and [`condition`](crate::fns::condition)) and
    /// returns its handle.
    pub fn add_condition(&mut self, name: impl Into<String>, condition: impl Into<Value>) -> ConditionRef {
        let name = name.into();
        self.conditions.insert(name.clone(), Some(condition.into().0));
        ConditionRef { name }
    }

    /// Gives a condition its place in the template before it is defined with
    /// [`define_condition`](Stack::define_condition), so that conditions can be defined in the order
    /// they use each other while the template keeps another order.
    pub fn declare_condition(&mut self, name: impl Into<String>) -> ConditionRef {
        let name = name.into();
        self.conditions.entry(name.clone()).or_insert(None);
        ConditionRef { name }
    }

    /// Defines a condition declared with [`declare_condition`](Stack::declare_condition) (or replaces
    /// one), keeping its place.
    pub fn define_condition(&mut self, condition: &ConditionRef, value: impl Into<Value>) {
        self.conditions.insert(condition.name.clone(), Some(value.into().0));
    }

    /// Adds a resource (a typed property struct, or a [`Resource`]) and returns its handle. Adding a
    /// logical ID again replaces the resource in its first place.
    pub fn add(&mut self, logical_id: impl Into<String>, resource: impl Into<Resource>) -> ResourceRef {
        let logical_id = logical_id.into();
        self.resources.entry(logical_id.clone()).or_default().resource = Some(resource.into());
        ResourceRef { logical_id }
    }

    /// Gives a resource its place in the template before it is [defined](Stack::define), so that
    /// resources can be defined after the resources they refer to while the template keeps another
    /// order. A resource declared and never defined is reported by [`Stack::validate`] and left out
    /// of the template.
    pub fn declare(&mut self, logical_id: impl Into<String>) -> ResourceRef {
        let logical_id = logical_id.into();
        self.resources.entry(logical_id.clone()).or_default();
        ResourceRef { logical_id }
    }

    /// Defines a resource declared with [`declare`](Stack::declare), keeping its place.
    pub fn define(&mut self, resource: &ResourceRef, definition: impl Into<Resource>) {
        self.resources.entry(resource.logical_id.clone()).or_default().resource = Some(definition.into());
    }

    fn attributes(&mut self, resource: &str) -> &mut Attributes {
        &mut self.resources.entry(resource.to_string()).or_default().attributes
    }

    /// Makes `resource` wait for `dependency` (`DependsOn`).
    pub fn add_dependency(&mut self, resource: impl AsRef<str>, dependency: impl AsRef<str>) {
        self.attributes(resource.as_ref()).add_dependency(dependency.as_ref());
    }

    /// Creates `resource` only when `condition` holds (`Condition`).
    pub fn set_condition(&mut self, resource: impl AsRef<str>, condition: impl AsRef<str>) {
        self.attributes(resource.as_ref()).condition = Some(condition.as_ref().to_string());
    }

    /// Sets what happens to `resource` when it leaves the stack (`DeletionPolicy`).
    pub fn set_deletion_policy(&mut self, resource: impl AsRef<str>, policy: DeletionPolicy) {
        self.attributes(resource.as_ref()).deletion_policy = Some(policy);
    }

    /// Sets what happens to `resource` when an update replaces it (`UpdateReplacePolicy`).
    pub fn set_update_replace_policy(&mut self, resource: impl AsRef<str>, policy: DeletionPolicy) {
        self.attributes(resource.as_ref()).update_replace_policy = Some(policy);
    }

    /// Adds an entry to the `Metadata` of `resource`.
    pub fn add_resource_metadata(
        &mut self,
        resource: impl AsRef<str>,
        key: impl Into<String>,
        value: impl Into<Value>,
    ) {
        self.attributes(resource.as_ref()).metadata.insert(key.into(), value.into().0);
    }

    /// Adds an `Fn::ForEach` loop of resources (the stack gets the `AWS::LanguageExtensions`
    /// transform). Loops are written after the other resources.
    pub fn add_for_each(&mut self, each: ForEach) {
        self.loops.push(each.0);
    }

    /// Adds an output.
    pub fn add_output(&mut self, name: impl Into<String>, output: Output) {
        self.outputs.insert(name.into(), output.0);
    }

    /// The stack as a template of the stack model, the form `iac2cfn`'s writers and passes read.
    /// Resources declared and never defined are left out.
    pub fn to_template(&self) -> Template {
        let mut template = Template {
            description: self.description.clone(),
            metadata: self.metadata.clone(),
            transforms: self.transforms.clone(),
            parameters: self.parameters.clone(),
            rules: self.rules.clone(),
            mappings: self.mappings.clone(),
            conditions: self
                .conditions
                .iter()
                .filter_map(|(name, condition)| Some((name.clone(), condition.clone()?)))
                .collect(),
            resources: self
                .resources
                .iter()
                .filter_map(|(id, slot)| Some((id.clone(), slot.resource.as_ref()?.to_ir(Some(&slot.attributes)))))
                .collect(),
            resource_loops: self.loops.clone(),
            outputs: self.outputs.clone(),
        };
        template.add_required_transforms();
        template
    }

    /// The template as JSON, exactly as `iac2cfn convert --format json` writes it.
    pub fn to_json(&self) -> String {
        iac2cfn_cfn::to_json(&self.to_template())
    }

    /// The template as YAML, exactly as `iac2cfn convert --format yaml` writes it.
    pub fn to_yaml(&self) -> String {
        iac2cfn_cfn::to_yaml(&self.to_template())
    }

    /// Checks what CloudFormation would reject: references to things that do not exist, dependency
    /// cycles, conditions that use resources, quotas, and resources or conditions declared and never
    /// defined. Returns the error messages.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut errors: Vec<String> = Vec::new();
        for (id, slot) in &self.resources {
            if slot.resource.is_none() {
                errors.push(format!("resource `{id}` is declared or given attributes, but never defined"));
            }
        }
        for (name, condition) in &self.conditions {
            if condition.is_none() {
                errors.push(format!("condition `{name}` is declared, but never defined"));
            }
        }
        let diagnostics = iac2cfn_ir::validate(&self.to_template(), &Quotas::CLOUDFORMATION);
        errors.extend(diagnostics.iter().filter(|d| d.is_error()).map(|d| d.message.clone()));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A template parameter: its type and constraints, built in builder style.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let size = Parameter::number().default(20).min_value(8).max_value(16384);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter(iac2cfn_ir::Parameter);

impl Parameter {
    fn new(parameter_type: ParameterType) -> Parameter {
        Parameter(iac2cfn_ir::Parameter::new(parameter_type))
    }

    /// A `String` parameter.
    pub fn string() -> Parameter {
        Parameter::new(ParameterType::String)
    }

    /// A `Number` parameter.
    pub fn number() -> Parameter {
        Parameter::new(ParameterType::Number)
    }

    /// A `List<Number>` parameter.
    pub fn number_list() -> Parameter {
        Parameter::new(ParameterType::NumberList)
    }

    /// A `CommaDelimitedList` parameter.
    pub fn comma_delimited_list() -> Parameter {
        Parameter::new(ParameterType::CommaDelimitedList)
    }

    /// A parameter of any type CloudFormation accepts, spelled as CloudFormation spells it
    /// (`AWS::EC2::VPC::Id`, `AWS::SSM::Parameter::Value<String>`).
    pub fn of_type(parameter_type: &str) -> Parameter {
        Parameter::new(match parameter_type {
            "String" => ParameterType::String,
            "Number" => ParameterType::Number,
            "List<Number>" => ParameterType::NumberList,
            "CommaDelimitedList" => ParameterType::CommaDelimitedList,
            other => ParameterType::Other(other.to_string()),
        })
    }

    /// Sets `Description`.
    pub fn description(mut self, description: impl Into<String>) -> Parameter {
        self.0.description = Some(description.into());
        self
    }

    /// Sets `Default`: a literal (a comma-delimited string for list types).
    pub fn default(mut self, default: impl Into<Value>) -> Parameter {
        self.0.default = Some(default.into().0);
        self
    }

    /// Sets `NoEcho`: CloudFormation masks the value.
    pub fn no_echo(mut self) -> Parameter {
        self.0.no_echo = true;
        self
    }

    /// Sets `AllowedValues`.
    pub fn allowed_values<T: Into<Value>>(mut self, values: impl IntoIterator<Item = T>) -> Parameter {
        self.0.allowed_values = values.into_iter().map(|value| value.into().0).collect();
        self
    }

    /// Sets `AllowedPattern`.
    pub fn allowed_pattern(mut self, pattern: impl Into<String>) -> Parameter {
        self.0.allowed_pattern = Some(pattern.into());
        self
    }

    /// Sets `MinLength`.
    pub fn min_length(mut self, length: u64) -> Parameter {
        self.0.min_length = Some(length);
        self
    }

    /// Sets `MaxLength`.
    pub fn max_length(mut self, length: u64) -> Parameter {
        self.0.max_length = Some(length);
        self
    }

    /// Sets `MinValue`.
    pub fn min_value(mut self, value: impl Into<Number>) -> Parameter {
        self.0.min_value = Some(value.into().0);
        self
    }

    /// Sets `MaxValue`.
    pub fn max_value(mut self, value: impl Into<Number>) -> Parameter {
        self.0.max_value = Some(value.into().0);
        self
    }

    /// Sets `ConstraintDescription`.
    pub fn constraint_description(mut self, description: impl Into<String>) -> Parameter {
        self.0.constraint_description = Some(description.into());
        self
    }
}

/// A `Mappings` entry: top-level key -> second-level key -> value, keys in the order added.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let sizes = Mapping::new().entry("dev", "InstanceType", "t3.micro").entry("prod", "InstanceType", "m5.large");
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping(iac2cfn_ir::Mapping);

impl Mapping {
    /// An empty mapping.
    pub fn new() -> Mapping {
        Mapping::default()
    }

    /// Sets the value under a top-level and a second-level key.
    pub fn entry(mut self, top: impl Into<String>, second: impl Into<String>, value: impl Into<Value>) -> Mapping {
        self.0.entry(top.into()).or_default().insert(second.into(), value.into().0);
        self
    }

    /// Adds a top-level key with no second-level keys yet.
    pub fn top_level_key(mut self, top: impl Into<String>) -> Mapping {
        self.0.entry(top.into()).or_default();
        self
    }
}

/// A template rule, built in builder style: assertions (built from [`equals`](crate::fns::equals),
/// [`and`](crate::fns::and), [`or`](crate::fns::or) and [`not`](crate::fns::not) over parameter
/// references) that CloudFormation checks against the parameter values before it changes anything,
/// optionally only where a condition on the parameter values holds. Rules cannot use named
/// conditions.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let mut stack = Stack::new();
/// let mode = stack.add_parameter("Mode", Parameter::string().default("cidr"));
/// let cidr = stack.add_parameter("Cidr", Parameter::string().default(""));
/// stack.add_rule(
///     "CidrGiven",
///     Rule::new()
///         .condition(equals(mode.reference(), "cidr"))
///         .assert(not(equals(cidr.reference(), "")), "Cidr must be set when Mode is cidr"),
/// );
/// assert!(stack.to_json().contains("\"RuleCondition\""));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Rule(iac2cfn_ir::Rule);

impl Rule {
    /// A rule with no condition and no assertions yet (it needs at least one).
    pub fn new() -> Rule {
        Rule(iac2cfn_ir::Rule { condition: None, assertions: Vec::new() })
    }

    /// Sets `RuleCondition`: the assertions apply only where it holds.
    pub fn condition(mut self, condition: impl Into<Value>) -> Rule {
        self.0.condition = Some(condition.into().0);
        self
    }

    /// Adds an assertion with the message CloudFormation shows when it fails (`AssertDescription`).
    pub fn assert(mut self, assertion: impl Into<Value>, description: impl Into<String>) -> Rule {
        let assertion = iac2cfn_ir::Assertion { assert: assertion.into().0, description: Some(description.into()) };
        self.0.assertions.push(assertion);
        self
    }

    /// Adds an assertion without a message.
    pub fn assert_that(mut self, assertion: impl Into<Value>) -> Rule {
        self.0.assertions.push(iac2cfn_ir::Assertion { assert: assertion.into().0, description: None });
        self
    }
}

impl Default for Rule {
    fn default() -> Self {
        Rule::new()
    }
}

/// A stack output, built in builder style.
#[derive(Debug, Clone, PartialEq)]
pub struct Output(iac2cfn_ir::Output);

impl Output {
    /// An output of a value (CloudFormation wants a string).
    pub fn new(value: impl Into<Value>) -> Output {
        Output(iac2cfn_ir::Output::new(value.into().0))
    }

    /// Sets `Description`.
    pub fn description(mut self, description: impl Into<String>) -> Output {
        self.0.description = Some(description.into());
        self
    }

    /// Sets `Export.Name`: other stacks import the value under this name.
    pub fn export(mut self, name: impl Into<Value>) -> Output {
        self.0.export = Some(name.into().0);
        self
    }

    /// Sets `Condition`: the output exists only when the named condition holds.
    pub fn condition(mut self, condition: impl AsRef<str>) -> Output {
        self.0.condition = Some(condition.as_ref().to_string());
        self
    }
}

/// An `Fn::ForEach` loop of the `Resources` section: the same resources once per element of a
/// collection. In the loop's logical IDs and values, `${identifier}` (or `&{identifier}`, for the
/// element with non-alphanumeric characters removed) stands for the element.
///
/// ```
/// use iac2cfn_cdk::prelude::*;
/// let queues = ForEach::new("Queues", "Name", list(["Alpha", "Beta"]))
///     .resource("Queue${Name}", Resource::new("AWS::SQS::Queue").property("QueueName", sub("${Name}")));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ForEach(ForEachLoop);

impl ForEach {
    /// A loop named `name` (written `Fn::ForEach::<name>`) over `collection`.
    pub fn new(name: impl Into<String>, identifier: impl Into<String>, collection: impl Into<Value>) -> ForEach {
        ForEach(ForEachLoop {
            name: name.into(),
            identifier: identifier.into(),
            collection: collection.into().0,
            resources: IndexMap::new(),
        })
    }

    /// Adds a resource made for each element.
    pub fn resource(mut self, logical_id: impl Into<String>, resource: impl Into<Resource>) -> ForEach {
        self.0.resources.insert(logical_id.into(), resource.into().to_ir(None));
        self
    }
}

/// A handle to a parameter of a [`Stack`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParameterRef {
    name: String,
}

impl ParameterRef {
    /// The parameter's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `Ref`: the parameter's value.
    pub fn reference(&self) -> Value {
        Value(Expr::Ref(self.name.clone()))
    }
}

impl AsRef<str> for ParameterRef {
    fn as_ref(&self) -> &str {
        &self.name
    }
}

/// A handle to a mapping of a [`Stack`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MappingRef {
    name: String,
}

impl MappingRef {
    /// The mapping's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl AsRef<str> for MappingRef {
    fn as_ref(&self) -> &str {
        &self.name
    }
}

/// A handle to a condition of a [`Stack`], for [`if_`](crate::fns::if_),
/// [`condition`](crate::fns::condition), [`Stack::set_condition`] and [`Output::condition`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ConditionRef {
    name: String,
}

impl ConditionRef {
    /// The condition's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl AsRef<str> for ConditionRef {
    fn as_ref(&self) -> &str {
        &self.name
    }
}

/// A handle to a resource of a [`Stack`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ResourceRef {
    logical_id: String,
}

impl ResourceRef {
    /// The resource's logical ID.
    pub fn logical_id(&self) -> &str {
        &self.logical_id
    }

    /// `Ref`: the resource's primary value (an ID, a name or an ARN, depending on the type).
    pub fn reference(&self) -> Value {
        Value(Expr::Ref(self.logical_id.clone()))
    }

    /// `Fn::GetAtt`: one of the resource's attributes, such as `Arn` (`Endpoint.Address` for nested
    /// attributes).
    pub fn get_att(&self, attribute: &str) -> Value {
        Value(Expr::get_att(self.logical_id.clone(), attribute))
    }
}

impl AsRef<str> for ResourceRef {
    fn as_ref(&self) -> &str {
        &self.logical_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fns::{equals, if_, sub};

    #[test]
    fn declared_resources_keep_their_place_and_attributes_apply() {
        let mut stack = Stack::new();
        let first = stack.declare("First");
        let second = stack.add("Second", Resource::new("AWS::SNS::Topic"));
        stack.define(&first, Resource::new("AWS::SQS::Queue").property("Name", second.get_att("TopicName")));
        stack.add_dependency(&first, &second);
        stack.set_deletion_policy(&first, DeletionPolicy::Retain);
        let template = stack.to_template();
        assert_eq!(template.resources.keys().collect::<Vec<_>>(), ["First", "Second"]);
        assert_eq!(template.resources["First"].depends_on, ["Second"]);
        assert_eq!(template.resources["First"].deletion_policy, Some(DeletionPolicy::Retain));
        assert_eq!(stack.validate(), Ok(()));
    }

    #[test]
    fn undefined_declarations_are_left_out_and_reported() {
        let mut stack = Stack::new();
        let missing = stack.declare("Missing");
        stack.declare_condition("Later");
        stack.set_condition(&missing, "Later");
        assert!(stack.to_template().resources.is_empty());
        let errors = stack.validate().err().unwrap_or_default();
        assert!(errors.iter().any(|e| e.contains("`Missing`")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("`Later`")), "{errors:?}");
    }

    #[test]
    fn conditions_can_be_declared_before_they_are_defined() {
        let mut stack = Stack::new();
        let env = stack.add_parameter("Env", Parameter::string());
        let later = stack.declare_condition("Later");
        let first = stack.add_condition("First", crate::fns::condition(&later));
        stack.define_condition(&later, equals(env.reference(), "prod"));
        stack.add("Topic", Resource::new("AWS::SNS::Topic").property("DisplayName", if_(&first, "a", "b")));
        assert_eq!(stack.to_template().conditions.keys().collect::<Vec<_>>(), ["Later", "First"]);
        assert_eq!(stack.validate(), Ok(()));
    }

    #[test]
    fn language_extensions_are_added_when_needed() {
        let mut stack = Stack::new();
        stack.add_transform("AWS::Serverless-2016-10-31");
        stack.add(
            "P",
            Resource::new("AWS::SSM::Parameter")
                .property("Type", "String")
                .property("Value", crate::fns::to_json_string(sub("x"))),
        );
        assert_eq!(stack.to_template().transforms, ["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"]);
    }

    #[test]
    fn parameter_types_are_recognised_by_name() {
        assert_eq!(Parameter::of_type("List<Number>").0.parameter_type, ParameterType::NumberList);
        assert_eq!(
            Parameter::of_type("AWS::EC2::VPC::Id").0.parameter_type,
            ParameterType::Other("AWS::EC2::VPC::Id".into())
        );
    }
}
