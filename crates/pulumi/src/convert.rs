//! The conversion driver: names, config, resources (with their options) and outputs, in that order.

use crate::diagnostics as diag;
use crate::names::{pascal_case, Ids};
use crate::program::{Entry, Program};
use crate::yaml::{Node, Value};
use iac2cfn_catalog::{Placement, ResourceMapping};
use iac2cfn_diagnostics::{did_you_mean, Diagnostic, FileSystem, SourceMap, Span};
use iac2cfn_ir::{DeletionPolicy, Expr, Lowered, Output, Parameter, ParameterType, Resource, Template};
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What a name of the program's namespace is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Name {
    /// A config key (index into `Converter::config`).
    Config(usize),
    /// A variable (index into the program's variables).
    Variable(usize),
    /// A resource (index into `Converter::resources`).
    Resource(usize),
}

/// How a resource is converted.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// An `aws:` token, through the catalog.
    Classic {
        /// The Terraform type it stands for.
        terraform: &'static str,
        /// The mapping row chosen for its properties.
        mapping: &'static ResourceMapping,
    },
    /// An `aws-native:` token: a CloudFormation type.
    Native {
        /// The CloudFormation type.
        cfn_type: String,
    },
    /// Read with `get`: a parameter holding its ID.
    Get {
        /// The parameter's logical ID.
        parameter: String,
    },
    /// A provider resource, left out.
    Provider,
    /// Not convertible (already reported).
    Invalid,
}

/// A resource of the program.
#[derive(Debug, Clone)]
pub(crate) struct ResourceState {
    /// Its Pulumi name.
    pub name: String,
    /// Where the name is written.
    pub key_span: Span,
    /// Its type token.
    pub token: String,
    /// Where the token is written.
    pub token_span: Span,
    /// How it is converted.
    pub kind: Kind,
    /// Its logical ID (merged sub-resources have none of their own).
    pub logical_id: Option<String>,
    /// `properties`: key nodes and value nodes.
    pub properties: Vec<(Node, Node)>,
    /// `options`.
    pub options: Vec<(Node, Node)>,
    /// Evaluated top-level properties, by Pulumi name.
    pub cache: HashMap<String, Option<Expr>>,
    /// The resource's `name` field: the name Pulumi gives it instead of its key.
    pub pulumi_name: Option<String>,
}

#[derive(Debug, Clone)]
enum VarState {
    Pending,
    Active,
    Done(Option<Expr>),
}

/// Pulumi's resource options.
const OPTIONS: [&str; 21] = [
    "additionalSecretOutputs",
    "aliases",
    "customTimeouts",
    "deleteBeforeReplace",
    "deletedWith",
    "dependsOn",
    "envVarMappings",
    "hideDiffs",
    "hooks",
    "ignoreChanges",
    "import",
    "parent",
    "pluginDownloadURL",
    "protect",
    "provider",
    "providers",
    "replaceOnChanges",
    "replaceWith",
    "replacementTrigger",
    "retainOnDelete",
    "version",
];

/// One conversion.
pub(crate) struct Converter<'a> {
    pub fs: &'a dyn FileSystem,
    pub sources: &'a SourceMap,
    pub program: Rc<Program>,
    pub problems: &'a mut Vec<Diagnostic>,
    pub template: Template,
    pub addresses: IndexMap<String, Vec<String>>,
    pub ids: Ids,
    pub names: IndexMap<String, (Name, Span)>,
    /// Config key -> its parameter's logical ID (`None`: not a parameter).
    pub config_parameters: Vec<Option<String>>,
    variables: Vec<VarState>,
    pub resources: Vec<ResourceState>,
    /// The names being evaluated, innermost last, for cycle reports.
    pub active: Vec<String>,
    /// Evaluated invokes by call site and field.
    pub invokes: HashMap<(Span, Option<String>), Option<Expr>>,
    /// Resource properties being evaluated (resource index, property).
    pub active_properties: HashSet<(usize, String)>,
    /// Merges waiting for every resource to exist: (parent logical ID, properties, source index).
    pub merges: Vec<(String, IndexMap<String, Expr>, usize)>,
    /// Companions that resources referring to their main resource must wait for: main -> companion.
    pub waits: Vec<(String, String)>,
    /// How many variables and resource properties are being evaluated inside each other.
    pub depth: usize,
}

/// The deepest chain of values referring to values that is evaluated (each link costs stack).
pub(crate) const MAX_DEPTH: usize = 200;

impl<'a> Converter<'a> {
    /// Converts a loaded program.
    pub(crate) fn run(
        fs: &'a dyn FileSystem,
        sources: &'a SourceMap,
        program: Program,
        problems: &'a mut Vec<Diagnostic>,
    ) -> Option<Lowered> {
        let variables = vec![VarState::Pending; program.variables.len()];
        let mut converter = Converter {
            fs,
            sources,
            program: Rc::new(program),
            problems,
            template: Template::default(),
            addresses: IndexMap::new(),
            ids: Ids::default(),
            names: IndexMap::new(),
            config_parameters: Vec::new(),
            variables,
            resources: Vec::new(),
            active: Vec::new(),
            invokes: HashMap::new(),
            active_properties: HashSet::new(),
            merges: Vec::new(),
            waits: Vec::new(),
            depth: 0,
        };
        converter.template.description = converter.program.description.clone();
        converter.declare_config();
        converter.declare_variables();
        converter.declare_resources();
        for index in 0..converter.program.variables.len() {
            converter.variable(index);
        }
        for index in 0..converter.resources.len() {
            converter.lower_resource(index);
        }
        converter.apply_merges();
        converter.lower_outputs();
        crate::eval::finish_json(&mut converter.template);
        converter.addresses.retain(|_, ids| !ids.is_empty());
        Some(Lowered { template: converter.template, addresses: converter.addresses })
    }

    pub(crate) fn report(&mut self, diagnostic: Diagnostic) {
        self.problems.push(diagnostic);
    }

    fn declare(&mut self, name: &str, span: Span, what: Name) -> bool {
        if let Some((_, first)) = self.names.get(name) {
            let first = *first;
            self.report(diag::duplicate_name(span, first, name));
            return false;
        }
        self.names.insert(name.to_string(), (what, span));
        true
    }

    // ----- config -----

    fn declare_config(&mut self) {
        let program = Rc::clone(&self.program);
        for (index, entry) in program.config.iter().enumerate() {
            let parameter = self.config_parameter(entry);
            let key = match (&program.project_name, entry.key.split_once(':')) {
                (Some(project), Some((namespace, rest))) if namespace == project => rest.to_string(),
                _ => entry.key.clone(),
            };
            self.config_parameters.push(parameter);
            if self.config_parameters[index].is_some() {
                self.declare(&key, entry.key_span, Name::Config(index));
            }
        }
    }

    /// The parameter a config declaration becomes; `None` for provider configuration.
    fn config_parameter(&mut self, entry: &Entry) -> Option<String> {
        let project = self.program.project_name.clone();
        let key = match (&project, entry.key.split_once(':')) {
            (Some(project), Some((namespace, rest))) if namespace == project => rest.to_string(),
            (_, Some(_)) => {
                self.report(diag::provider_config(entry.key_span, &entry.key));
                return None;
            }
            (_, None) => entry.key.clone(),
        };
        // `key: value` declares a value (a default); `key: {type, default, secret, ...}` a typed entry.
        let (mut declared_type, mut default, mut secret, mut description, mut items) = (None, None, false, None, None);
        match &entry.value.value {
            Value::Map(fields) => {
                for (field, value) in fields {
                    match field.key() {
                        "type" => declared_type = value.as_str().map(|t| (t.to_string(), value.span)),
                        "default" | "value" => default = Some(value.clone()),
                        "secret" => secret = matches!(value.value, Value::Bool(true)),
                        "description" => description = value.as_str().map(str::to_string),
                        "items" => {
                            items = value.as_map().and_then(|m| {
                                m.iter()
                                    .find(|(k, _)| k.key() == "type")
                                    .and_then(|(_, t)| t.as_str().map(str::to_string))
                            })
                        }
                        "name" => {}
                        other => {
                            let known = ["type", "default", "value", "secret", "description", "items", "name"];
                            let suggestion = did_you_mean(other, known);
                            self.report(diag::unknown_key(field.span, other, "a config declaration", suggestion, true));
                        }
                    }
                }
            }
            _ => default = Some(entry.value.clone()),
        }
        if let Some(value) = self.program.stack_values.get(&key) {
            default = Some(value.clone());
        }
        let inferred = default.as_ref().map(|node| match &node.value {
            Value::Number(_) => "integer",
            Value::Bool(_) => "boolean",
            Value::Seq(items) if items.iter().all(|i| matches!(i.value, Value::Number(_))) && !items.is_empty() => {
                "List<Number>"
            }
            Value::Seq(_) => "List<String>",
            _ => "string",
        });
        let (type_name, type_span) = match &declared_type {
            Some((name, span)) => (name.clone(), *span),
            None => (inferred.unwrap_or("string").to_string(), entry.key_span),
        };
        let element = items.as_deref().unwrap_or("string");
        let mut parameter = match type_name.as_str() {
            "string" | "String" => Parameter::new(ParameterType::String),
            "integer" | "number" | "Number" | "Integer" | "Int" => Parameter::new(ParameterType::Number),
            "boolean" | "Boolean" => {
                let mut parameter = Parameter::new(ParameterType::String);
                parameter.allowed_values = vec![Expr::string("true"), Expr::string("false")];
                parameter
            }
            "List<String>" => Parameter::new(ParameterType::CommaDelimitedList),
            "List<Number>" | "List<Integer>" => Parameter::new(ParameterType::NumberList),
            "array" | "Array" if matches!(element, "integer" | "number" | "Number") => {
                Parameter::new(ParameterType::NumberList)
            }
            "array" | "Array" if matches!(element, "string" | "String") => {
                Parameter::new(ParameterType::CommaDelimitedList)
            }
            other => {
                self.report(diag::config(
                    type_span,
                    format!("config type `{other}` has no CloudFormation parameter type"),
                    "use string, integer, boolean, or a list of strings or numbers",
                ));
                return None;
            }
        };
        parameter.no_echo = secret;
        parameter.description = description;
        parameter.span = entry.key_span;
        if let Some(node) = default {
            parameter.default = self.parameter_default(&node, &parameter.parameter_type);
        }
        let id = self.ids.claim(&pascal_case(&key, "Config"));
        self.template.parameters.insert(id.clone(), parameter);
        Some(id)
    }

    /// A parameter default as CloudFormation writes it: a string, a number, or a comma-delimited list.
    fn parameter_default(&mut self, node: &Node, parameter_type: &ParameterType) -> Option<Expr> {
        let scalar = |node: &Node| match &node.value {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            Value::Bool(value) => Some(value.to_string()),
            _ => None,
        };
        let text = match (&node.value, parameter_type.is_list()) {
            (Value::Seq(items), true) => items.iter().map(scalar).collect::<Option<Vec<_>>>().map(|v| v.join(",")),
            (Value::Null, _) => return None,
            (_, _) => scalar(node),
        };
        match text {
            Some(text) if text.contains("${") => {
                self.report(diag::not_known(node.span, "a config default", "write the default as a literal value"));
                None
            }
            Some(text) => match (parameter_type, iac2cfn_ir::Number::parse(&text)) {
                (ParameterType::Number, Some(number)) => Some(Expr::Number(number)),
                (ParameterType::Number, None) => {
                    self.report(diag::type_mismatch(node.span, "the default of an integer", "a number", node.kind()));
                    None
                }
                _ => Some(Expr::String(text)),
            },
            None => {
                self.report(diag::type_mismatch(node.span, "a config default", "a literal value", node.kind()));
                None
            }
        }
    }

    // ----- variables -----

    fn declare_variables(&mut self) {
        let program = Rc::clone(&self.program);
        for (index, entry) in program.variables.iter().enumerate() {
            self.declare(&entry.key, entry.key_span, Name::Variable(index));
        }
    }

    /// The value of a variable, evaluated once.
    pub(crate) fn variable(&mut self, index: usize) -> Option<Expr> {
        let program = Rc::clone(&self.program);
        let entry = &program.variables[index];
        match &self.variables[index] {
            VarState::Done(value) => return value.clone(),
            VarState::Active => {
                let mut path = self.active.clone();
                path.push(entry.key.clone());
                let start = path.iter().position(|name| *name == entry.key).unwrap_or(0);
                self.report(diag::cycle(entry.key_span, &path[start..].join(" -> ")));
                return None;
            }
            VarState::Pending => {}
        }
        // An invoke is named after its variable; one without `return` is resolved field by field
        // where it is used.
        if let Some(call) = self.invoke_call(&entry.value) {
            let value = self.eval_invoke_node(&entry.value, None, Some(&entry.key), call.ret.is_none());
            self.variables[index] = VarState::Done(value.clone());
            return value;
        }
        if self.depth >= MAX_DEPTH {
            self.report(diag::too_deep(entry.key_span, MAX_DEPTH));
            return None;
        }
        self.variables[index] = VarState::Active;
        self.active.push(entry.key.clone());
        self.depth += 1;
        let value = self.eval(&entry.value);
        self.depth -= 1;
        self.active.pop();
        self.variables[index] = VarState::Done(value.clone());
        value
    }

    // ----- resources -----

    fn declare_resources(&mut self) {
        let program = Rc::clone(&self.program);
        for entry in &program.resources {
            let index = self.resources.len();
            let state = self.prepare_resource(entry);
            self.resources.push(state);
            // The address map follows the program's order, whatever order resources are lowered in.
            self.addresses.entry(entry.key.clone()).or_default();
            self.declare(&entry.key, entry.key_span, Name::Resource(index));
        }
    }

    fn prepare_resource(&mut self, entry: &Entry) -> ResourceState {
        let mut state = ResourceState {
            name: entry.key.clone(),
            key_span: entry.key_span,
            token: String::new(),
            token_span: entry.key_span,
            kind: Kind::Invalid,
            logical_id: None,
            properties: Vec::new(),
            options: Vec::new(),
            cache: HashMap::new(),
            pulumi_name: None,
        };
        let Some(fields) = entry.value.as_map() else {
            self.report(diag::type_mismatch(
                entry.value.span,
                &format!("resource `{}`", entry.key),
                "an object",
                entry.value.kind(),
            ));
            return state;
        };
        let mut get = None;
        for (field, value) in fields {
            // Pulumi reads these keys without regard to case (`Properties`).
            match field.key().to_ascii_lowercase().as_str() {
                "type" => match value.as_str() {
                    Some(token) => {
                        state.token = token.to_string();
                        state.token_span = value.span;
                    }
                    None => self.report(diag::type_mismatch(value.span, "`type`", "a type token", value.kind())),
                },
                "properties" => match &value.value {
                    Value::Map(entries) => state.properties = entries.clone(),
                    Value::Null => {}
                    _ => self.report(diag::type_mismatch(value.span, "`properties`", "an object", value.kind())),
                },
                "options" => match &value.value {
                    Value::Map(entries) => state.options = entries.clone(),
                    Value::Null => {}
                    _ => self.report(diag::type_mismatch(value.span, "`options`", "an object", value.kind())),
                },
                "get" => get = Some(value.clone()),
                "name" => match value.as_str() {
                    Some(name) => state.pulumi_name = Some(name.to_string()),
                    None => self.report(diag::type_mismatch(value.span, "`name`", "a string", value.kind())),
                },
                "defaultprovider" => {}
                _ => {
                    let other = field.key();
                    let known = ["type", "properties", "options", "get", "name", "defaultProvider"];
                    let suggestion = did_you_mean(other, known);
                    self.report(diag::unknown_key(field.span, other, "a resource", suggestion, true));
                }
            }
        }
        if state.token.is_empty() {
            if !fields.iter().any(|(k, _)| k.key().eq_ignore_ascii_case("type")) {
                self.report(
                    Diagnostic::error(diag::TYPE_MISMATCH, format!("resource `{}` has no `type`", entry.key))
                        .with_label(entry.key_span, "declared here")
                        .with_help("give its type token, such as `type: aws:s3:Bucket`"),
                );
            }
            return state;
        }
        if let Some(get) = get {
            let parameter = self.ids.claim(&pascal_case(&entry.key, "Resource"));
            let id_type = match iac2cfn_catalog::pulumi::terraform_type(&state.token) {
                Some("aws_vpc") => ParameterType::Other("AWS::EC2::VPC::Id".into()),
                Some("aws_subnet") => ParameterType::Other("AWS::EC2::Subnet::Id".into()),
                Some("aws_security_group") => ParameterType::Other("AWS::EC2::SecurityGroup::Id".into()),
                Some("aws_instance") => ParameterType::Other("AWS::EC2::Instance::Id".into()),
                Some("aws_route53_zone") => ParameterType::Other("AWS::Route53::HostedZone::Id".into()),
                _ => ParameterType::String,
            };
            let mut declared = Parameter::new(id_type);
            declared.description = Some(format!("ID of the existing {} `{}`", state.token, entry.key));
            declared.span = entry.key_span;
            if let Some(id) = get.as_map().and_then(|m| m.iter().find(|(k, _)| k.key() == "id")).map(|(_, v)| v.clone())
            {
                if let Some(Expr::String(id)) = self.eval(&id) {
                    declared.default = Some(Expr::String(id));
                }
            }
            self.template.parameters.insert(parameter.clone(), declared);
            self.report(diag::get_resource(get.span, &parameter));
            state.kind = Kind::Get { parameter };
            return state;
        }
        state.kind = self.classify(&state.token, state.token_span, &state.properties);
        let merged = matches!(&state.kind, Kind::Classic { mapping, .. } if matches!(mapping.placement, Placement::MergeInto { .. }));
        if matches!(state.kind, Kind::Classic { .. } | Kind::Native { .. }) && !merged {
            state.logical_id = Some(self.ids.claim(&pascal_case(&entry.key, "Resource")));
        }
        state
    }

    /// Decides how a token is converted, reporting unknown and unsupported ones.
    fn classify(&mut self, token: &str, span: Span, properties: &[(Node, Node)]) -> Kind {
        let package = token.split(':').next().unwrap_or("");
        if token.starts_with("pulumi:providers:") {
            self.report(diag::provider_resource(span, token));
            return Kind::Provider;
        }
        match package {
            "aws" => self.classify_classic(token, span, properties),
            "aws-native" => match crate::native::cfn_type(token) {
                Some(cfn_type) => Kind::Native { cfn_type },
                None => {
                    let suggestion = crate::native::suggest_token(token);
                    self.report(diag::unknown_resource_type(span, token, suggestion.as_deref()));
                    Kind::Invalid
                }
            },
            _ => {
                let help = match package {
                    "awsx" => "awsx components build several resources: write the resources they create with `aws:` or `aws-native:` tokens",
                    "random" => "generate the value before deployment and pass it as config, or let CloudFormation name the resource",
                    _ => "only the `aws` and `aws-native` packages have CloudFormation forms",
                };
                self.report(diag::unsupported_resource_type(
                    span,
                    token,
                    &format!("the `{package}` package has no CloudFormation form"),
                    help,
                ));
                Kind::Invalid
            }
        }
    }

    fn classify_classic(&mut self, token: &str, span: Span, properties: &[(Node, Node)]) -> Kind {
        let Some(terraform) = iac2cfn_catalog::pulumi::terraform_type(token) else {
            let short = iac2cfn_catalog::pulumi::short_token(token).unwrap_or_else(|| token.to_string());
            let known = iac2cfn_catalog::pulumi::RESOURCE_TOKENS.iter().map(|(t, _)| *t);
            let suggestion = did_you_mean(&short, known);
            self.report(diag::unknown_resource_type(span, token, suggestion));
            return Kind::Invalid;
        };
        let rows = iac2cfn_catalog::mappings_for(terraform);
        if rows.is_empty() {
            self.report(diag::unsupported_resource_type(
                span,
                token,
                &format!("the catalog has no CloudFormation mapping for {terraform} yet"),
                "write the resource with its `aws-native:` token, which is CloudFormation's own type",
            ));
            return Kind::Invalid;
        }
        // A row chosen by an argument's value (a security group rule's `type`).
        let mapping = match rows.iter().find_map(|row| row.when) {
            None => rows[0],
            Some((selector, _)) => {
                let camel = iac2cfn_catalog::pulumi::camel_case(selector);
                let value = properties.iter().find(|(k, _)| k.key() == camel).and_then(|(_, v)| match &v.value {
                    Value::String(text) => Some((text.clone(), v.span)),
                    Value::Bool(flag) => Some((flag.to_string(), v.span)),
                    _ => None,
                });
                let chosen = value
                    .as_ref()
                    .and_then(|(value, _)| rows.iter().find(|row| row.when.is_some_and(|(_, wanted)| wanted == value)));
                match chosen.or_else(|| rows.iter().find(|row| row.when.is_none())) {
                    Some(row) => row,
                    None => {
                        let values: Vec<String> =
                            rows.iter().filter_map(|r| r.when.map(|(_, v)| format!("`{v}`"))).collect();
                        let at = value.map_or(span, |(_, span)| span);
                        self.report(
                            Diagnostic::error(
                                diag::NOT_KNOWN,
                                format!("`{camel}` of {token} must be one of {}", values.join(", ")),
                            )
                            .with_label(at, "a literal value is needed to choose the CloudFormation type"),
                        );
                        return Kind::Invalid;
                    }
                }
            }
        };
        Kind::Classic { terraform, mapping }
    }

    fn lower_resource(&mut self, index: usize) {
        let kind = self.resources[index].kind.clone();
        match kind {
            Kind::Classic { mapping, .. } => self.lower_classic(index, mapping),
            Kind::Native { cfn_type } => self.lower_native(index, &cfn_type),
            Kind::Get { .. } | Kind::Provider | Kind::Invalid => {
                // Evaluate the properties all the same, so their problems are reported.
                let properties = self.resources[index].properties.clone();
                for (_, value) in &properties {
                    let _ = self.eval(value);
                }
            }
        }
    }

    /// Adds a lowered resource to the template with its options applied.
    pub(crate) fn add_resource(&mut self, index: usize, logical_id: &str, mut resource: Resource) {
        let name = self.resources[index].name.clone();
        resource.origin.address = name.clone();
        resource.origin.span = self.resources[index].key_span;
        self.apply_options(index, logical_id, &mut resource);
        self.template.resources.insert(logical_id.to_string(), resource);
        self.addresses.entry(name).or_default().push(logical_id.to_string());
    }

    fn apply_merges(&mut self) {
        for (parent, properties, index) in std::mem::take(&mut self.merges) {
            let name = self.resources[index].name.clone();
            if let Some(resource) = self.template.resources.get_mut(&parent) {
                iac2cfn_catalog::merge_properties(&mut resource.properties, properties);
                self.addresses.entry(name).or_default().push(parent);
            }
        }
        // Resources that refer to a main resource wait for its companions (an internet gateway's
        // VPC attachment) where the table says so.
        for (main, companion) in std::mem::take(&mut self.waits) {
            let ids: Vec<String> = self.template.resources.keys().cloned().collect();
            for id in ids {
                if id == main || id == companion {
                    continue;
                }
                let refers =
                    self.template.resources[&id].properties.values().any(|value| value.references().contains(&main));
                if refers {
                    if let Some(resource) = self.template.resources.get_mut(&id) {
                        resource.add_dependency(&companion);
                    }
                }
            }
        }
    }

    // ----- options -----

    fn apply_options(&mut self, index: usize, logical_id: &str, resource: &mut Resource) {
        let options = self.resources[index].options.clone();
        for (key, value) in &options {
            // Option names are read without regard to case (`dependson`), as Pulumi reads them.
            let option =
                OPTIONS.iter().copied().find(|known| known.eq_ignore_ascii_case(key.key())).unwrap_or(key.key());
            match option {
                "dependsOn" => {
                    let items: Vec<Node> = match &value.value {
                        Value::Seq(items) => items.clone(),
                        _ => vec![value.clone()],
                    };
                    for item in &items {
                        for target in self.depends_on_targets(item) {
                            if target != logical_id {
                                resource.add_dependency(&target);
                            }
                        }
                    }
                }
                "protect" | "retainOnDelete" => {
                    let on = match self.eval(value) {
                        Some(Expr::Bool(flag)) => flag,
                        Some(Expr::Null) | None => false,
                        Some(_) => {
                            self.report(diag::not_known(value.span, &format!("`{option}`"), "write `true` or `false`"));
                            false
                        }
                    };
                    if on {
                        resource.deletion_policy = Some(DeletionPolicy::Retain);
                        resource.update_replace_policy = Some(DeletionPolicy::Retain);
                        if option == "protect" {
                            self.report(diag::protect(key.span));
                        }
                    }
                }
                "import" => {
                    let identifier = match self.eval(value) {
                        Some(Expr::String(text)) => text,
                        _ => String::from("(its ID)"),
                    };
                    if resource.deletion_policy.is_none() {
                        resource.deletion_policy = Some(DeletionPolicy::Retain);
                        resource.update_replace_policy = Some(DeletionPolicy::Retain);
                    }
                    self.report(diag::import(key.span, logical_id, &identifier));
                }
                "ignoreChanges" => self.report(diag::resource_option(key.span, option, "CloudFormation applies every property on each update; drop the properties changed outside the stack, or stop changing them there")),
                "provider" | "providers" => self.report(diag::resource_option(key.span, option, "the resource is created in the stack's account and region; deploy a separate stack where it used another provider")),
                "parent" => self.report(diag::resource_option(key.span, option, "CloudFormation has no component hierarchy; the resource is a top-level resource of the stack")),
                "aliases" => self.report(diag::resource_option(key.span, option, "aliases keep Pulumi state across renames; a CloudFormation stack starts with the logical IDs in the address map")),
                "customTimeouts" => self.report(diag::resource_option(key.span, option, "CloudFormation applies its own timeouts to resource operations")),
                "deleteBeforeReplace" => self.report(diag::resource_option(key.span, option, "CloudFormation creates the replacement first; give the resource no fixed name if the two must coexist")),
                "replaceOnChanges" => self.report(diag::resource_option(key.span, option, "CloudFormation replaces a resource only when a property that requires replacement changes")),
                "additionalSecretOutputs" => self.report(diag::resource_option(key.span, option, "CloudFormation outputs are never secret; do not output these values")),
                "deletedWith" => self.report(diag::resource_option(key.span, option, "CloudFormation deletes every resource of the stack individually")),
                "version" | "pluginDownloadURL" => self.report(diag::resource_option(key.span, option, "CloudFormation always uses the current resource provider")),
                "hideDiffs" | "replaceWith" | "replacementTrigger" | "hooks" | "envVarMappings" => self.report(diag::resource_option(key.span, option, "CloudFormation has no equivalent")),
                other => {
                    let suggestion = did_you_mean(other, OPTIONS);
                    self.report(diag::unknown_option(key.span, other, suggestion));
                }
            }
        }
    }

    /// The logical IDs a `dependsOn` entry names: `${resource}` (or a list of them).
    fn depends_on_targets(&mut self, item: &Node) -> Vec<String> {
        if let Some(text) = item.as_str() {
            if let Ok(pieces) = crate::interpolate::parse(text) {
                if let [crate::interpolate::Piece::Access(access)] = pieces.as_slice() {
                    if access.accessors.is_empty() {
                        if let Some((Name::Resource(target), _)) = self.names.get(&access.root).copied() {
                            return self.resource_ids(target);
                        }
                    }
                }
            }
        }
        match self.eval(item) {
            Some(expr) => {
                let mut targets = Vec::new();
                for name in expr.references() {
                    if self.resources.iter().any(|r| r.logical_id.as_deref() == Some(name.as_str())) {
                        targets.push(name);
                    }
                }
                if targets.is_empty() {
                    self.report(diag::type_mismatch(
                        item.span,
                        "a `dependsOn` entry",
                        "a resource (`${name}`)",
                        "another value",
                    ));
                }
                targets
            }
            None => Vec::new(),
        }
    }

    /// The logical IDs a resource became (its parent's for a merged sub-resource); empty for those
    /// left out.
    pub(crate) fn resource_ids(&mut self, index: usize) -> Vec<String> {
        match &self.resources[index].logical_id {
            Some(id) => vec![id.clone()],
            None => self.merge_parent(index).into_iter().collect(),
        }
    }

    // ----- outputs -----

    fn lower_outputs(&mut self) {
        let program = Rc::clone(&self.program);
        let mut output_ids = Ids::default();
        for entry in &program.outputs {
            let Some(value) = self.eval(&entry.value) else { continue };
            let Some(value) = self.output_value(value, entry.value.span) else { continue };
            let secrets: Vec<String> = value
                .references()
                .into_iter()
                .filter(|name| self.template.parameters.get(name).is_some_and(|p| p.no_echo))
                .collect();
            if let Some(secret) = secrets.first() {
                self.report(diag::secret_output(entry.key_span, secret));
            }
            let id = output_ids.claim(&pascal_case(&entry.key, "Output"));
            let mut output = Output::new(value);
            output.span = entry.key_span;
            if id != entry.key {
                output.description = Some(format!("Pulumi output `{}`", entry.key));
            }
            self.template.outputs.insert(id, output);
        }
    }

    /// An output value as a string, as CloudFormation requires: structures become JSON text, lists
    /// known only at deployment are joined with commas.
    fn output_value(&mut self, value: Expr, span: Span) -> Option<Expr> {
        Some(match value {
            Expr::Null => {
                self.report(diag::approximated(
                    span,
                    "this output is null and is left out",
                    "CloudFormation outputs need a value",
                ));
                return None;
            }
            Expr::Number(number) => Expr::String(number.to_string()),
            Expr::Bool(flag) => Expr::String(flag.to_string()),
            Expr::Map(_) | Expr::List(_) => Expr::ToJsonString(Box::new(value)),
            value if value.is_list_valued() || self.is_list_parameter(&value) => {
                self.report(diag::approximated(
                    span,
                    "this output is a list; CloudFormation outputs are strings, so it is joined with commas",
                    "split it again with Fn::Split where it is imported",
                ));
                Expr::Join { delimiter: ",".into(), values: Box::new(value) }
            }
            value => value,
        })
    }

    /// The text of a span of a string node, for diagnostics inside the string.
    pub(crate) fn inner_span(&self, node_span: Span, value: &str, range: std::ops::Range<usize>) -> Span {
        let snippet = self.sources.snippet(node_span);
        let offset = if snippet == value {
            Some(0)
        } else if snippet.len() == value.len() + 2 && snippet.get(1..snippet.len() - 1) == Some(value) {
            Some(1)
        } else {
            None
        };
        match offset {
            Some(offset) => {
                let start = node_span.start as usize + offset;
                Span::new(node_span.file, start + range.start..start + range.end)
            }
            None => node_span,
        }
    }
}
