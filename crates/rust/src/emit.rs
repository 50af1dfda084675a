//! From the stack model to the statements of `stack()`.

use crate::layout::{self, Config, Expr, Stmt};
use crate::names::{snake_case, Namer};
use iac2cfn_cdk::typed::{resource_schema, PropertyKind, StructSchema};
use iac2cfn_ir::{
    parse_sub_template, pseudo, render_sub_template, DeletionPolicy, Expr as Ir, IndexMap, Output, Parameter,
    ParameterType, Resource, Rule, SubPart, Template,
};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Names a handle may not take: the prelude's functions and types (a local of the same name would
/// shadow them) and the locals and functions of the generated file. `Emitter::new` also reserves
/// the service modules.
const RESERVED: &[&str] = &[
    "stack",
    "main",
    "and",
    "base64",
    "cidr",
    "condition",
    "empty_list",
    "equals",
    "find_in_map",
    "find_in_map_or",
    "get_att",
    "get_azs",
    "if_",
    "import_value",
    "join",
    "length",
    "list",
    "map",
    "not",
    "number",
    "or",
    "pseudo",
    "reference",
    "select",
    "split",
    "sub",
    "sub_parts",
    "sub_with",
    "to_json_string",
    "aws",
    "iac2cfn_cdk",
    "std",
    "core",
    "alloc",
];

/// Where a value goes, which decides how a literal is spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// An `impl Into<Value>` argument: literals as they are (`"a"`, `3`).
    Into,
    /// Inside `Some(...)` for an `Option<Value>` field: `"a".into()`.
    Some,
    /// An element of a list whose elements differ in type: `Value::from("a")`.
    Element,
}

/// The kind of a named thing of the template, for handle names and `Ref`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Parameter,
    Mapping,
    Condition,
    Resource,
}

/// The generated code of one template.
pub(crate) struct Emitter<'t> {
    template: &'t Template,
    /// Handle names of parameters, mappings, conditions and resources.
    handles: HashMap<(Kind, String), String>,
    /// Handles bound so far, in code order: a reference uses a handle only once it exists.
    bound: RefCell<HashSet<(Kind, String)>>,
    /// Handles some later code uses: only those get a `let`.
    used: RefCell<HashSet<(Kind, String)>>,
}

/// A statement that defines something with a handle: bound with `let` only if the handle is used.
enum Item {
    Define { handle: Option<(Kind, String)>, expr: Expr },
    Plain(Stmt),
}

impl<'t> Emitter<'t> {
    pub(crate) fn new(template: &'t Template) -> Self {
        let mut namer = Namer::with_reserved(RESERVED);
        // A handle named like a service module would compile (modules and values live apart) but
        // read as the module: `logs::LogGroup` next to `logs.reference()`.
        for schema in iac2cfn_cdk::aws::RESOURCES {
            if let Some((service, _)) = schema.structure.path.split_once("::") {
                namer.reserve(service);
            }
        }
        let mut handles = HashMap::new();
        let named = template
            .parameters
            .keys()
            .map(|name| (Kind::Parameter, name))
            .chain(template.mappings.keys().map(|name| (Kind::Mapping, name)))
            .chain(template.conditions.keys().map(|name| (Kind::Condition, name)))
            .chain(template.resources.keys().map(|name| (Kind::Resource, name)));
        for (kind, name) in named {
            let suffix = match kind {
                Kind::Parameter => "parameter",
                Kind::Mapping => "mapping",
                Kind::Condition => "condition",
                Kind::Resource => "resource",
            };
            let wanted = snake_case(name);
            let wanted = if wanted.is_empty() { suffix.to_string() } else { wanted };
            handles.insert((kind, name.clone()), namer.name(&wanted, suffix));
        }
        Emitter { template, handles, bound: RefCell::new(HashSet::new()), used: RefCell::new(HashSet::new()) }
    }

    /// The whole file.
    pub(crate) fn file(&self) -> String {
        let items = self.items();
        let config = Config::DEFAULT;
        let known: BTreeSet<&str> =
            iac2cfn_cdk::aws::RESOURCES.iter().filter_map(|schema| schema.structure.path.split("::").next()).collect();
        let mut services = BTreeSet::new();
        for item in &items {
            match item {
                Item::Define { expr, .. } | Item::Plain(Stmt::Semi(expr) | Stmt::Let(_, expr)) => {
                    service_modules(expr, &known, &mut services);
                }
                Item::Plain(Stmt::Comment(_) | Stmt::Blank) => {}
            }
        }
        let mut body = String::new();
        let mut previous_blank = false;
        // A stack with nothing to add is just `Stack::new()`: a binding returned at once is a lint.
        let empty = items.iter().all(|item| matches!(item, Item::Plain(Stmt::Blank)));
        for item in items {
            let statement = match item {
                Item::Plain(statement) => statement,
                Item::Define { handle, expr } => match handle {
                    Some(key) if self.used.borrow().contains(&key) => Stmt::Let(self.handles[&key].clone(), expr),
                    _ => Stmt::Semi(expr),
                },
            };
            if statement == Stmt::Blank {
                if !previous_blank {
                    body.push('\n');
                }
                previous_blank = true;
                continue;
            }
            previous_blank = false;
            body.push_str("    ");
            body.push_str(&layout::statement(&statement, 4, config));
            body.push('\n');
        }
        let mut out = String::new();
        out.push_str("//! A CloudFormation stack as Rust code, generated by `iac2cfn convert --format rust`.\n");
        out.push_str("//!\n");
        out.push_str(
            "//! [`stack`] builds the stack with `iac2cfn-cdk`; run the program to print the template as JSON.\n\n",
        );
        for service in &services {
            out.push_str(&format!("use iac2cfn_cdk::aws::{service};\n"));
        }
        out.push_str("use iac2cfn_cdk::prelude::*;\n\n");
        out.push_str("/// Builds the stack.\npub fn stack() -> Stack {\n");
        if empty {
            out.push_str("    Stack::new()\n}\n\n");
        } else {
            out.push_str("    let mut stack = Stack::new();\n");
            out.push_str(&body);
            out.push_str("    stack\n}\n\n");
        }
        out.push_str("/// Prints the template as JSON, exactly as `iac2cfn convert --format json` writes it.\n");
        out.push_str("fn main() {\n    print!(\"{}\", stack().to_json());\n}\n");
        out
    }

    fn items(&self) -> Vec<Item> {
        let template = self.template;
        let mut items = Vec::new();
        let stack = || Expr::path("stack");
        if let Some(description) = &template.description {
            if description.contains('\n') {
                items.push(Item::Plain(Stmt::Comment("The template's description:".into())));
                for line in description.lines() {
                    items.push(Item::Plain(Stmt::Comment(comment_text(line))));
                }
            }
            items.push(Item::Plain(Stmt::Semi(stack().method("set_description", vec![Expr::str(description)]))));
        }
        for transform in &template.transforms {
            items.push(Item::Plain(Stmt::Semi(stack().method("add_transform", vec![Expr::str(transform)]))));
        }
        for (key, value) in &template.metadata {
            let args = vec![Expr::str(key), self.value(value, Place::Into)];
            items.push(Item::Plain(Stmt::Semi(stack().method("add_metadata", args))));
        }

        items.push(Item::Plain(Stmt::Blank));
        for (name, parameter) in &template.parameters {
            let expr = stack().method("add_parameter", vec![Expr::str(name), self.parameter(parameter)]);
            items.push(self.define(Kind::Parameter, name, expr));
        }
        items.push(Item::Plain(Stmt::Blank));
        for (name, rule) in &template.rules {
            let args = vec![Expr::str(name), self.rule(rule)];
            items.push(Item::Plain(Stmt::Semi(stack().method("add_rule", args))));
        }
        items.push(Item::Plain(Stmt::Blank));
        for (name, mapping) in &template.mappings {
            let mut builder = Expr::call("Mapping::new", vec![]);
            for (top, seconds) in mapping {
                if seconds.is_empty() {
                    builder = builder.method("top_level_key", vec![Expr::str(top)]);
                }
                for (second, value) in seconds {
                    builder = builder
                        .method("entry", vec![Expr::str(top), Expr::str(second), self.value(value, Place::Into)]);
                }
            }
            items.push(self.define(Kind::Mapping, name, stack().method("add_mapping", vec![Expr::str(name), builder])));
        }

        items.push(Item::Plain(Stmt::Blank));
        self.conditions(&mut items);
        self.resources(&mut items);
        for each in &template.resource_loops {
            items.push(Item::Plain(Stmt::Blank));
            let mut builder = Expr::call(
                "ForEach::new",
                vec![Expr::str(&each.name), Expr::str(&each.identifier), self.value(&each.collection, Place::Into)],
            );
            for (id, resource) in &each.resources {
                builder = builder.method("resource", vec![Expr::str(id), self.loop_resource(resource)]);
            }
            items.push(Item::Plain(Stmt::Semi(stack().method("add_for_each", vec![builder]))));
        }
        items.push(Item::Plain(Stmt::Blank));
        for (name, output) in &template.outputs {
            let args = vec![Expr::str(name), self.output(output)];
            items.push(Item::Plain(Stmt::Semi(stack().method("add_output", args))));
        }
        items.push(Item::Plain(Stmt::Blank));
        items
    }

    /// A statement that adds something with a handle, which is bound from here on.
    fn define(&self, kind: Kind, name: &str, expr: Expr) -> Item {
        let key = (kind, name.to_string());
        self.bound.borrow_mut().insert(key.clone());
        Item::Define { handle: Some(key), expr }
    }

    /// The handle of a bound thing, as an expression, marking it used.
    fn handle(&self, kind: Kind, name: &str) -> Option<Expr> {
        let key = (kind, name.to_string());
        if !self.bound.borrow().contains(&key) {
            return None;
        }
        let handle = self.handles.get(&key)?.clone();
        self.used.borrow_mut().insert(key);
        Some(Expr::Path(handle))
    }

    /// `&handle` when bound, else the name as a string.
    fn name_argument(&self, kind: Kind, name: &str) -> Expr {
        match self.handle(kind, name) {
            Some(handle) => Expr::AddrOf(Box::new(handle)),
            None => Expr::str(name),
        }
    }

    /// Conditions in an order where each is defined after the conditions it uses; a condition used
    /// before its definition is declared first, which keeps the template's order.
    fn conditions(&self, items: &mut Vec<Item>) {
        let conditions = &self.template.conditions;
        let dependencies: Vec<Vec<usize>> = conditions
            .values()
            .map(|condition| {
                condition.condition_names().iter().filter_map(|name| conditions.get_index_of(name.as_str())).collect()
            })
            .collect();
        for step in plan(&dependencies) {
            let Some((name, condition)) = conditions.get_index(step.index()) else { continue };
            let stack = Expr::path("stack");
            match step {
                Step::Add(_) => {
                    let value = self.value(condition, Place::Into);
                    let expr = stack.method("add_condition", vec![Expr::str(name), value]);
                    items.push(self.define(Kind::Condition, name, expr));
                }
                Step::Declare(_) => {
                    items.push(Item::Plain(Stmt::Comment(
                        "Declared here to keep the template's order; defined once the conditions it uses are.".into(),
                    )));
                    let expr = stack.method("declare_condition", vec![Expr::str(name)]);
                    items.push(self.define(Kind::Condition, name, expr));
                    self.used.borrow_mut().insert((Kind::Condition, name.to_string()));
                }
                Step::Define(_) => {
                    let value = self.value(condition, Place::Into);
                    let handle = self.name_argument(Kind::Condition, name);
                    items.push(Item::Plain(Stmt::Semi(stack.method("define_condition", vec![handle, value]))));
                }
            }
        }
    }

    /// Resources in dependency order; a resource that refers to one defined after it in the template
    /// is declared at its place first.
    fn resources(&self, items: &mut Vec<Item>) {
        let resources = &self.template.resources;
        let dependencies: Vec<Vec<usize>> = resources
            .values()
            .map(|resource| {
                let referenced =
                    resource.properties.values().chain(resource.metadata.values()).flat_map(Ir::references);
                referenced
                    .chain(resource.depends_on.iter().cloned())
                    .filter_map(|name| resources.get_index_of(name.as_str()))
                    .collect()
            })
            .collect();
        for step in plan(&dependencies) {
            let Some((id, resource)) = resources.get_index(step.index()) else { continue };
            let stack = Expr::path("stack");
            match step {
                Step::Declare(_) => {
                    items.push(Item::Plain(Stmt::Blank));
                    items.push(Item::Plain(Stmt::Comment(
                        "Declared here to keep the template's order; defined once the resources it uses are.".into(),
                    )));
                    let expr = stack.method("declare", vec![Expr::str(id)]);
                    items.push(self.define(Kind::Resource, id, expr));
                    self.used.borrow_mut().insert((Kind::Resource, id.clone()));
                }
                Step::Add(_) | Step::Define(_) => {
                    items.push(Item::Plain(Stmt::Blank));
                    if !resource.origin.address.is_empty() {
                        items.push(Item::Plain(Stmt::Comment(comment_text(&resource.origin.address))));
                    }
                    let definition = self.resource(resource);
                    if is_untyped(&definition) {
                        if let Some(reason) = misfit(resource) {
                            items.push(Item::Plain(Stmt::Comment(comment_text(&reason))));
                        }
                    }
                    if let Step::Define(_) = step {
                        let handle = self.name_argument(Kind::Resource, id);
                        items.push(Item::Plain(Stmt::Semi(stack.method("define", vec![handle, definition]))));
                    } else {
                        let expr = stack.method("add", vec![Expr::str(id), definition]);
                        items.push(self.define(Kind::Resource, id, expr));
                    }
                    self.attributes(items, id, resource);
                }
            }
        }
    }

    /// The statements that set a resource's attributes.
    fn attributes(&self, items: &mut Vec<Item>, id: &str, resource: &Resource) {
        let call = |method: &str, mut args: Vec<Expr>| {
            let mut all = vec![self.name_argument(Kind::Resource, id)];
            all.append(&mut args);
            Item::Plain(Stmt::Semi(Expr::path("stack").method(method, all)))
        };
        if let Some(condition) = &resource.condition {
            items.push(call("set_condition", vec![self.name_argument(Kind::Condition, condition)]));
        }
        for dependency in &resource.depends_on {
            items.push(call("add_dependency", vec![self.name_argument(Kind::Resource, dependency)]));
        }
        if let Some(policy) = resource.deletion_policy {
            items.push(call("set_deletion_policy", vec![policy_expr(policy)]));
        }
        if let Some(policy) = resource.update_replace_policy {
            items.push(call("set_update_replace_policy", vec![policy_expr(policy)]));
        }
        for (key, value) in &resource.metadata {
            items.push(call("add_resource_metadata", vec![Expr::str(key), self.value(value, Place::Into)]));
        }
    }

    /// A resource inside an `Fn::ForEach` loop: its attributes go on the `Resource` builder.
    fn loop_resource(&self, resource: &Resource) -> Expr {
        let has_attributes = resource.condition.is_some()
            || !resource.depends_on.is_empty()
            || resource.deletion_policy.is_some()
            || resource.update_replace_policy.is_some()
            || !resource.metadata.is_empty();
        if !has_attributes {
            return self.resource(resource);
        }
        let mut builder = self.untyped_resource(resource);
        if let Some(condition) = &resource.condition {
            builder = builder.method("condition", vec![self.name_argument(Kind::Condition, condition)]);
        }
        for dependency in &resource.depends_on {
            builder = builder.method("depends_on", vec![Expr::str(dependency)]);
        }
        if let Some(policy) = resource.deletion_policy {
            builder = builder.method("deletion_policy", vec![policy_expr(policy)]);
        }
        if let Some(policy) = resource.update_replace_policy {
            builder = builder.method("update_replace_policy", vec![policy_expr(policy)]);
        }
        for (key, value) in &resource.metadata {
            builder = builder.method("metadata", vec![Expr::str(key), self.value(value, Place::Into)]);
        }
        builder
    }

    /// A resource's properties: its typed struct when there is one and the properties fit it, else
    /// the untyped `Resource` builder.
    fn resource(&self, resource: &Resource) -> Expr {
        if let Some(schema) = resource_schema(&resource.resource_type) {
            if let Some(expr) = self.typed(&resource.properties, &schema.structure) {
                return expr;
            }
        }
        self.untyped_resource(resource)
    }

    /// The `Resource` builder, which keeps any order; property values still use the typed structs
    /// of the type's nested property types where they fit.
    fn untyped_resource(&self, resource: &Resource) -> Expr {
        let schema = resource_schema(&resource.resource_type);
        let mut builder = Expr::call("Resource::new", vec![Expr::str(&resource.resource_type)]);
        for (name, value) in &resource.properties {
            let property = schema.and_then(|s| s.structure.properties.iter().find(|p| p.name == name.as_str()));
            let typed = property.and_then(|property| match property.kind {
                PropertyKind::Value => None,
                kind => self.typed_value(value, kind),
            });
            let value = typed.unwrap_or_else(|| self.value(value, Place::Into));
            builder = builder.method("property", vec![Expr::str(name), value]);
        }
        builder
    }

    /// A value of a typed field kind as an `impl Into<Value>` argument, when it fits the kind.
    fn typed_value(&self, value: &Ir, kind: PropertyKind) -> Option<Expr> {
        match (kind, value) {
            (PropertyKind::Object(nested), Ir::Map(entries)) => self.typed(entries, nested),
            (PropertyKind::List(nested), Ir::List(elements)) if !elements.is_empty() => {
                let elements = elements
                    .iter()
                    .map(|element| match element {
                        Ir::Map(entries) => self.typed(entries, nested),
                        _ => None,
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(Expr::call("list", vec![Expr::Array(elements)]))
            }
            (PropertyKind::Tags, Ir::List(elements)) if !elements.is_empty() => {
                let tags = elements.iter().map(|element| self.tag(element)).collect::<Option<Vec<_>>>()?;
                Some(Expr::call("list", vec![Expr::Array(tags)]))
            }
            _ => None,
        }
    }

    /// A struct literal for an object, when its keys are fields of the struct in the struct's order
    /// (the order the struct writes them in) and every nested value fits its field.
    fn typed(&self, object: &IndexMap<String, Ir>, schema: &StructSchema) -> Option<Expr> {
        if object.is_empty() {
            return Some(Expr::call(&format!("{}::default", schema.path), vec![]));
        }
        let mut fields = Vec::new();
        let mut next_position = 0;
        for (name, value) in object {
            let position = schema.properties.iter().position(|property| property.name == name.as_str())?;
            if position < next_position {
                return None;
            }
            next_position = position + 1;
            let property = &schema.properties[position];
            let field_value = match property.kind {
                PropertyKind::Value => self.value(value, Place::Some),
                PropertyKind::Object(nested) => match value {
                    Ir::Map(entries) => self.typed(entries, nested)?,
                    _ => return None,
                },
                PropertyKind::List(nested) => {
                    let Ir::List(elements) = value else { return None };
                    let elements = elements
                        .iter()
                        .map(|element| match element {
                            Ir::Map(entries) => self.typed(entries, nested),
                            _ => None,
                        })
                        .collect::<Option<Vec<_>>>()?;
                    vec_of(elements)
                }
                PropertyKind::Tags => {
                    let Ir::List(elements) = value else { return None };
                    let tags = elements.iter().map(|element| self.tag(element)).collect::<Option<Vec<_>>>()?;
                    vec_of(tags)
                }
            };
            fields.push((property.field.to_string(), Expr::call("Some", vec![field_value])));
        }
        let base = (fields.len() < schema.properties.len()).then(|| Box::new(Expr::call("Default::default", vec![])));
        Some(Expr::Struct(schema.path.to_string(), fields, base))
    }

    /// `Tag::new(key, value)` for a `{Key, Value}` map.
    fn tag(&self, element: &Ir) -> Option<Expr> {
        let Ir::Map(entries) = element else { return None };
        let keys: Vec<&str> = entries.keys().map(String::as_str).collect();
        if keys != ["Key", "Value"] {
            return None;
        }
        let args = vec![self.value(&entries["Key"], Place::Into), self.value(&entries["Value"], Place::Into)];
        Some(Expr::call("Tag::new", args))
    }

    fn parameter(&self, parameter: &Parameter) -> Expr {
        let mut builder = match &parameter.parameter_type {
            ParameterType::String => Expr::call("Parameter::string", vec![]),
            ParameterType::Number => Expr::call("Parameter::number", vec![]),
            ParameterType::NumberList => Expr::call("Parameter::number_list", vec![]),
            ParameterType::CommaDelimitedList => Expr::call("Parameter::comma_delimited_list", vec![]),
            ParameterType::Other(name) => Expr::call("Parameter::of_type", vec![Expr::str(name)]),
        };
        if let Some(description) = &parameter.description {
            builder = builder.method("description", vec![Expr::str(description)]);
        }
        if let Some(default) = &parameter.default {
            builder = builder.method("default", vec![self.value(default, Place::Into)]);
        }
        if !parameter.allowed_values.is_empty() {
            builder = builder.method("allowed_values", vec![self.array(&parameter.allowed_values)]);
        }
        if let Some(pattern) = &parameter.allowed_pattern {
            builder = builder.method("allowed_pattern", vec![Expr::str(pattern)]);
        }
        if let Some(length) = parameter.min_length {
            builder = builder.method("min_length", vec![Expr::Lit(length.to_string())]);
        }
        if let Some(length) = parameter.max_length {
            builder = builder.method("max_length", vec![Expr::Lit(length.to_string())]);
        }
        for (method, bound) in [("min_value", &parameter.min_value), ("max_value", &parameter.max_value)] {
            if let Some(number) = bound {
                let argument = integer_literal(number.as_str())
                    .unwrap_or_else(|| Expr::call("Number::new", vec![Expr::str(number.as_str())]));
                builder = builder.method(method, vec![argument]);
            }
        }
        if let Some(description) = &parameter.constraint_description {
            builder = builder.method("constraint_description", vec![Expr::str(description)]);
        }
        if parameter.no_echo {
            builder = builder.method("no_echo", vec![]);
        }
        builder
    }

    fn rule(&self, rule: &Rule) -> Expr {
        let mut builder = Expr::call("Rule::new", vec![]);
        if let Some(condition) = &rule.condition {
            builder = builder.method("condition", vec![self.value(condition, Place::Into)]);
        }
        for assertion in &rule.assertions {
            let value = self.value(&assertion.assert, Place::Into);
            builder = match &assertion.description {
                Some(description) => builder.method("assert", vec![value, Expr::str(description)]),
                None => builder.method("assert_that", vec![value]),
            };
        }
        builder
    }

    fn output(&self, output: &Output) -> Expr {
        let mut builder = Expr::call("Output::new", vec![self.value(&output.value, Place::Into)]);
        if let Some(description) = &output.description {
            builder = builder.method("description", vec![Expr::str(description)]);
        }
        if let Some(export) = &output.export {
            builder = builder.method("export", vec![self.value(export, Place::Into)]);
        }
        if let Some(condition) = &output.condition {
            builder = builder.method("condition", vec![self.name_argument(Kind::Condition, condition)]);
        }
        builder
    }

    /// The elements of a list as an array that `list`, `and`, `or` and `allowed_values` accept: as
    /// they are when all are of one Rust type, else every element as a `Value`.
    fn array(&self, items: &[Ir]) -> Expr {
        // The Rust type each element is written as in `Into` place: `&str`, `bool`, an integer,
        // the `Map` builder, or `Value`.
        let kind = |item: &Ir| match item {
            Ir::String(_) => 0,
            Ir::Bool(_) => 1,
            Ir::Number(number) if integer_literal(number.as_str()).is_some() => 2,
            Ir::Map(_) => 3,
            _ => 4,
        };
        let first = items.first().map(kind);
        let uniform = items.iter().all(|item| Some(kind(item)) == first);
        let place = if uniform { Place::Into } else { Place::Element };
        Expr::Array(items.iter().map(|item| self.value(item, place)).collect())
    }

    /// A value as code.
    fn value(&self, value: &Ir, place: Place) -> Expr {
        match value {
            Ir::Null => Expr::call("Value::null", vec![]),
            Ir::Bool(flag) => literal(Expr::Lit(flag.to_string()), place),
            Ir::String(text) => literal(Expr::str(text), place),
            Ir::Number(number) => match integer_literal(number.as_str()) {
                Some(integer) => literal(integer, place),
                None => Expr::call("number", vec![Expr::str(number.as_str())]),
            },
            Ir::List(items) if items.is_empty() => Expr::call("empty_list", vec![]),
            Ir::List(items) => Expr::call("list", vec![self.array(items)]),
            Ir::Map(entries) => {
                let mut builder = Expr::call("map", vec![]);
                for (key, entry) in entries {
                    builder = builder.method("entry", vec![Expr::str(key), self.value(entry, Place::Into)]);
                }
                match place {
                    Place::Into => builder,
                    Place::Some => builder.method("into", vec![]),
                    Place::Element => Expr::call("Value::from", vec![builder]),
                }
            }
            Ir::Ref(name) => self.reference(name),
            Ir::GetAtt { resource, attribute } => match self.handle(Kind::Resource, resource) {
                Some(handle) => handle.method("get_att", vec![Expr::str(attribute)]),
                None => Expr::call("get_att", vec![Expr::str(resource), Expr::str(attribute)]),
            },
            Ir::Sub { parts, variables } => self.sub(parts, variables),
            Ir::Join { delimiter, values } => {
                Expr::call("join", vec![Expr::str(delimiter), self.value(values, Place::Into)])
            }
            Ir::Select { index, list } => {
                Expr::call("select", vec![self.value(index, Place::Into), self.value(list, Place::Into)])
            }
            Ir::Split { delimiter, source } => {
                Expr::call("split", vec![Expr::str(delimiter), self.value(source, Place::Into)])
            }
            Ir::If { condition, then, otherwise } => Expr::call(
                "if_",
                vec![
                    self.name_argument(Kind::Condition, condition),
                    self.value(then, Place::Into),
                    self.value(otherwise, Place::Into),
                ],
            ),
            Ir::Equals(left, right) => {
                Expr::call("equals", vec![self.value(left, Place::Into), self.value(right, Place::Into)])
            }
            Ir::And(items) => Expr::call("and", vec![self.array(items)]),
            Ir::Or(items) => Expr::call("or", vec![self.array(items)]),
            Ir::Not(inner) => Expr::call("not", vec![self.value(inner, Place::Into)]),
            Ir::Condition(name) => Expr::call("condition", vec![self.name_argument(Kind::Condition, name)]),
            Ir::FindInMap { map, top, second, default } => {
                let mut args = vec![
                    self.name_argument(Kind::Mapping, map),
                    self.value(top, Place::Into),
                    self.value(second, Place::Into),
                ];
                match default {
                    Some(default) => {
                        args.push(self.value(default, Place::Into));
                        Expr::call("find_in_map_or", args)
                    }
                    None => Expr::call("find_in_map", args),
                }
            }
            Ir::GetAzs(region) => Expr::call("get_azs", vec![self.value(region, Place::Into)]),
            Ir::Base64(inner) => Expr::call("base64", vec![self.value(inner, Place::Into)]),
            Ir::Cidr { ip_block, count, cidr_bits } => Expr::call(
                "cidr",
                vec![
                    self.value(ip_block, Place::Into),
                    self.value(count, Place::Into),
                    self.value(cidr_bits, Place::Into),
                ],
            ),
            Ir::ImportValue(inner) => Expr::call("import_value", vec![self.value(inner, Place::Into)]),
            Ir::ToJsonString(inner) => Expr::call("to_json_string", vec![self.value(inner, Place::Into)]),
            Ir::Length(inner) => Expr::call("length", vec![self.value(inner, Place::Into)]),
        }
    }

    fn reference(&self, name: &str) -> Expr {
        let pseudo_function = match name {
            pseudo::ACCOUNT_ID => Some("account_id"),
            pseudo::NOTIFICATION_ARNS => Some("notification_arns"),
            pseudo::NO_VALUE => Some("no_value"),
            pseudo::PARTITION => Some("partition"),
            pseudo::REGION => Some("region"),
            pseudo::STACK_ID => Some("stack_id"),
            pseudo::STACK_NAME => Some("stack_name"),
            pseudo::URL_SUFFIX => Some("url_suffix"),
            _ => None,
        };
        if let Some(function) = pseudo_function {
            return Expr::call(&format!("pseudo::{function}"), vec![]);
        }
        let handle = self.handle(Kind::Parameter, name).or_else(|| self.handle(Kind::Resource, name));
        match handle {
            Some(handle) => handle.method("reference", vec![]),
            None => Expr::call("reference", vec![Expr::str(name)]),
        }
    }

    fn sub(&self, parts: &[SubPart], variables: &IndexMap<String, Ir>) -> Expr {
        let template = render_sub_template(parts);
        // `sub` parses the template back; when that would not give the same template (a placeholder
        // written with spaces), the parts are spelled out.
        let reads_back = render_sub_template(&parse_sub_template(&template)) == template;
        let mut variable_map = Expr::call("map", vec![]);
        for (name, value) in variables {
            variable_map = variable_map.method("entry", vec![Expr::str(name), self.value(value, Place::Into)]);
        }
        if !reads_back {
            let parts = parts
                .iter()
                .map(|part| match part {
                    SubPart::Text(text) => Expr::call("SubPart::Text", vec![Expr::str(text).method("into", vec![])]),
                    SubPart::Var(name) => Expr::call("SubPart::Var", vec![Expr::str(name).method("into", vec![])]),
                })
                .collect();
            return Expr::call("sub_parts", vec![Expr::Array(parts), variable_map]);
        }
        if variables.is_empty() {
            Expr::call("sub", vec![Expr::str(&template)])
        } else {
            Expr::call("sub_with", vec![Expr::str(&template), variable_map])
        }
    }
}

/// Whether a resource definition is the `Resource` builder.
fn is_untyped(definition: &Expr) -> bool {
    let mut root = definition;
    while let Expr::MethodCall(receiver, ..) = root {
        root = receiver;
    }
    matches!(root, Expr::Call(callee, _) if callee == "Resource::new")
}

/// Why a resource whose type has a typed struct is written with the `Resource` builder: `None` for
/// types without one.
fn misfit(resource: &Resource) -> Option<String> {
    let schema = resource_schema(&resource.resource_type)?;
    let structure = &schema.structure;
    let mut previous: Option<(&str, usize)> = None;
    for (name, value) in &resource.properties {
        let Some(position) = structure.properties.iter().position(|p| p.name == name.as_str()) else {
            return Some(format!("Untyped, because `{}` has no field for `{name}`.", structure.path));
        };
        if let Some((before, before_position)) = previous {
            if position < before_position {
                return Some(format!(
                    "Untyped, because `{}` writes `{name}` before `{before}` and the template has them the other way round.",
                    structure.path
                ));
            }
        }
        previous = Some((name, position));
        let fits = matches!(
            (structure.properties[position].kind, value),
            (PropertyKind::Value, _)
                | (PropertyKind::Object(_), Ir::Map(_))
                | (PropertyKind::List(_) | PropertyKind::Tags, Ir::List(_))
        );
        if !fits {
            return Some(format!(
                "Untyped, because the value of `{name}` does not fit its field in `{}`.",
                structure.path
            ));
        }
    }
    Some(format!("Untyped, because a nested value does not fit the property types of `{}`.", structure.path))
}

/// The service modules (`s3` of `s3::Bucket`) whose structs an expression uses.
fn service_modules(expr: &Expr, known: &BTreeSet<&str>, found: &mut BTreeSet<String>) {
    let mut note = |path: &str| {
        if let Some((module, _)) = path.split_once("::") {
            if known.contains(module) {
                found.insert(module.to_string());
            }
        }
    };
    match expr {
        Expr::Lit(_) => {}
        Expr::Path(path) => note(path),
        Expr::Call(callee, args) => {
            note(callee);
            args.iter().for_each(|arg| service_modules(arg, known, found));
        }
        Expr::MethodCall(receiver, _, args) => {
            service_modules(receiver, known, found);
            args.iter().for_each(|arg| service_modules(arg, known, found));
        }
        Expr::Struct(path, fields, base) => {
            note(path);
            fields.iter().for_each(|(_, value)| service_modules(value, known, found));
            if let Some(base) = base {
                service_modules(base, known, found);
            }
        }
        Expr::Array(items) => items.iter().for_each(|item| service_modules(item, known, found)),
        Expr::AddrOf(inner) | Expr::Neg(inner) => service_modules(inner, known, found),
    }
}

/// `Some(Vec::from([...]))`'s inner part for a typed list.
fn vec_of(elements: Vec<Expr>) -> Expr {
    if elements.is_empty() {
        Expr::call("Vec::new", vec![])
    } else {
        Expr::call("Vec::from", vec![Expr::Array(elements)])
    }
}

/// A literal spelled for where it goes.
fn literal(literal: Expr, place: Place) -> Expr {
    match place {
        Place::Into => literal,
        Place::Some if !matches!(literal, Expr::Neg(_)) => literal.method("into", vec![]),
        Place::Some | Place::Element => Expr::call("Value::from", vec![literal]),
    }
}

/// An integer literal for a number whose spelling is exactly an `i64`'s (`i32` unless it needs the
/// `_i64` suffix); `None` for any other spelling (`1.5`, `1e3`, `-0`), which `number("...")` keeps.
fn integer_literal(text: &str) -> Option<Expr> {
    let value: i64 = text.parse().ok()?;
    if value.to_string() != text {
        return None;
    }
    let magnitude = value.unsigned_abs().to_string();
    let token = if i32::try_from(value).is_ok() { magnitude } else { format!("{magnitude}_i64") };
    Some(if value < 0 { Expr::Neg(Box::new(Expr::Lit(token))) } else { Expr::Lit(token) })
}

fn policy_expr(policy: DeletionPolicy) -> Expr {
    Expr::path(&format!("DeletionPolicy::{}", policy.as_str()))
}

/// Text for a `//` comment: characters that are not plain (see [`layout::is_plain_char`]) escaped,
/// trailing whitespace dropped.
fn comment_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if layout::is_plain_char(c) {
            out.push(c);
        } else {
            out.push_str(&c.escape_unicode().to_string());
        }
    }
    out.trim_end().to_string()
}

/// One step of a definition order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Add the item at its place: everything it uses is defined.
    Add(usize),
    /// Give the item its place now, to define it later.
    Declare(usize),
    /// Define an item declared earlier.
    Define(usize),
}

impl Step {
    fn index(self) -> usize {
        match self {
            Step::Add(index) | Step::Declare(index) | Step::Define(index) => index,
        }
    }
}

/// A definition order for items that use each other (`dependencies[i]` lists what item `i` uses):
/// items are placed in their order, and each is defined only after what it uses, so an item that
/// uses a later one is declared at its place and defined as soon as it can be. Items in a cycle
/// (invalid, but never a panic) are defined at the end in their order.
fn plan(dependencies: &[Vec<usize>]) -> Vec<Step> {
    let count = dependencies.len();
    let mut defined = vec![false; count];
    let mut pending: Vec<usize> = Vec::new();
    let mut steps = Vec::with_capacity(count);
    let ready = |index: usize, defined: &[bool]| dependencies[index].iter().all(|&d| d == index || defined[d]);
    for index in 0..count {
        if ready(index, &defined) {
            steps.push(Step::Add(index));
            defined[index] = true;
            // Each definition may make declared items ready, in declaration order.
            while let Some(position) = pending.iter().position(|&p| ready(p, &defined)) {
                let item = pending.remove(position);
                steps.push(Step::Define(item));
                defined[item] = true;
            }
        } else {
            steps.push(Step::Declare(index));
            pending.push(index);
        }
    }
    steps.extend(pending.into_iter().map(Step::Define));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_keep_the_order_when_it_is_already_a_dependency_order() {
        assert_eq!(plan(&[vec![], vec![0], vec![0, 1]]), [Step::Add(0), Step::Add(1), Step::Add(2)]);
    }

    #[test]
    fn items_that_use_later_ones_are_declared_then_defined_as_soon_as_possible() {
        // 0 uses 2, 1 uses nothing, 2 uses 1.
        assert_eq!(plan(&[vec![2], vec![], vec![1]]), [Step::Declare(0), Step::Add(1), Step::Add(2), Step::Define(0)]);
        // A chain of declarations resolves in one go.
        assert_eq!(
            plan(&[vec![1], vec![2], vec![]]),
            [Step::Declare(0), Step::Declare(1), Step::Add(2), Step::Define(1), Step::Define(0)]
        );
    }

    #[test]
    fn cycles_are_defined_at_the_end_without_panicking() {
        assert_eq!(plan(&[vec![1], vec![0]]), [Step::Declare(0), Step::Declare(1), Step::Define(0), Step::Define(1)]);
    }

    #[test]
    fn integer_literals_are_exact_and_others_are_spelled() {
        assert_eq!(integer_literal("30"), Some(Expr::Lit("30".into())));
        assert_eq!(integer_literal("-12"), Some(Expr::Neg(Box::new(Expr::Lit("12".into())))));
        assert_eq!(integer_literal("3000000000"), Some(Expr::Lit("3000000000_i64".into())));
        assert_eq!(
            integer_literal("-9223372036854775808"),
            Some(Expr::Neg(Box::new(Expr::Lit("9223372036854775808_i64".into()))))
        );
        for spelled in ["3.50", "1e3", "-0", "99999999999999999999"] {
            assert_eq!(integer_literal(spelled), None, "{spelled}");
        }
    }

    fn queue(properties: &[(&str, Ir)]) -> String {
        let mut template = Template::default();
        let mut resource = Resource::new("AWS::SQS::Queue", iac2cfn_ir::Origin::generated());
        for (name, value) in properties {
            resource.properties.insert(name.to_string(), value.clone());
        }
        template.resources.insert("Queue".into(), resource);
        crate::to_rust(&template)
    }

    #[test]
    fn resources_are_typed_when_their_order_fits_the_struct_and_say_why_not_otherwise() {
        let schema = resource_schema("AWS::SQS::Queue").map(|s| s.structure.properties).unwrap_or_default();
        let position = |name: &str| schema.iter().position(|p| p.name == name);
        let (Some(delay), Some(name)) = (position("DelaySeconds"), position("QueueName")) else {
            panic!("the catalog maps AWS::SQS::Queue with DelaySeconds and QueueName");
        };
        let (first, second) = if delay < name { ("DelaySeconds", "QueueName") } else { ("QueueName", "DelaySeconds") };
        let in_order = queue(&[(first, Ir::int(5)), (second, Ir::int(6))]);
        assert!(in_order.contains("sqs::Queue {"), "{in_order}");
        assert!(in_order.contains("use iac2cfn_cdk::aws::sqs;"), "{in_order}");
        let reversed = queue(&[(second, Ir::int(6)), (first, Ir::int(5))]);
        assert!(reversed.contains("Resource::new(\"AWS::SQS::Queue\")"), "{reversed}");
        assert!(
            reversed.contains(&format!("// Untyped, because `sqs::Queue` writes `{first}` before `{second}`")),
            "{reversed}"
        );
        assert!(!reversed.contains("use iac2cfn_cdk::aws::sqs;"), "{reversed}");
        let unknown = queue(&[("NoSuchProperty", Ir::int(1))]);
        assert!(unknown.contains("// Untyped, because `sqs::Queue` has no field for `NoSuchProperty`."), "{unknown}");
    }

    #[test]
    fn comments_escape_what_is_not_plain() {
        assert_eq!(comment_text("a\u{202e}b\tc */ \"q\"  "), "a\\u{202e}b\\u{9}c */ \"q\"");
    }
}
