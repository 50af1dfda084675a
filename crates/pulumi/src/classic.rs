//! `aws:` resources: Pulumi's classic AWS package is the Terraform provider underneath, so each one
//! goes through the catalog's mapping row of its Terraform type, with camelCase property names turned
//! into the provider's snake_case arguments (and the plural names Pulumi gives repeated blocks).

use crate::convert::{Converter, Kind};
use crate::diagnostics as diag;
use crate::eval::function_call;
use crate::yaml::{Node, Value};
use iac2cfn_catalog::cfn_schema;
use iac2cfn_catalog::pulumi::{camel_case, plural, snake_case};
use iac2cfn_catalog::{
    attribute_expr, attribute_value, companion_resources, lower_arguments, Argument, AttributeValue, Placement,
    ResourceMapping, Shape, SourceObject, SourceValue, Target,
};
use iac2cfn_diagnostics::{did_you_mean, Diagnostic, Span};
use iac2cfn_ir::{Expr, IndexMap, Origin, Resource};

/// The argument a Pulumi property name stands for.
fn find_argument<'t>(arguments: &'t [Argument], key: &str) -> Option<&'t Argument> {
    arguments.iter().find(|argument| {
        let camel = camel_case(argument.name);
        camel == key || plural(&camel) == key
    })
}

/// The Pulumi names of arguments, for suggestions.
fn pulumi_names(arguments: &[Argument]) -> Vec<String> {
    arguments
        .iter()
        .map(|argument| match argument.shape {
            Shape::Block { list: true, .. } => plural(&camel_case(argument.name)),
            _ => camel_case(argument.name),
        })
        .collect()
}

impl Converter<'_> {
    pub(crate) fn lower_classic(&mut self, index: usize, mapping: &'static ResourceMapping) {
        let token = self.resources[index].token.clone();
        let properties = self.resources[index].properties.clone();
        let span = self.resources[index].key_span;
        let selector = mapping.when.map(|(argument, _)| argument);
        let mut source =
            self.classic_object(mapping.arguments, &properties, span, &token, selector, Some(mapping.terraform));
        // The provider's defaults, where CloudFormation has none of its own.
        for (terraform, argument, value) in iac2cfn_catalog::pulumi::ARGUMENT_DEFAULTS {
            if *terraform == mapping.terraform && !source.entries.contains_key(*argument) {
                let value = SourceValue::Value { value: Expr::string(*value), span };
                source.entries.insert((*argument).to_string(), (span, value));
            }
        }
        let lowered = lower_arguments(mapping, &source);
        let names = argument_names(mapping.arguments);
        for diagnostic in lowered.diagnostics {
            let diagnostic = pulumify(diagnostic, mapping.terraform, &token, &names);
            self.report(diagnostic);
        }
        if let Placement::MergeInto { .. } = mapping.placement {
            if let Some(parent) = self.merge_parent(index) {
                // The properties become the parent's own, and a resource cannot refer to itself.
                if lowered.properties.values().any(|value| value.references().contains(&parent)) {
                    self.report(diag::merged_self_reference(span, &token, &parent));
                    return;
                }
                self.merges.push((parent, lowered.properties, index));
            }
            return;
        }
        let Some(id) = self.resources[index].logical_id.clone() else { return };
        let copies = if lowered.exploded.is_empty() { vec![lowered.properties] } else { lowered.exploded };
        for (position, mut properties) in copies.into_iter().enumerate() {
            let logical_id = if position == 0 { id.clone() } else { self.ids.claim(&id) };
            self.autoname(index, mapping, &mut properties);
            let mut resource = Resource::new(mapping.cloudformation, Origin::generated());
            resource.properties = properties;
            self.add_resource(index, &logical_id, resource);
        }
        for (suffix, mut companion) in companion_resources(mapping, &id, &source) {
            let companion_id = self.ids.claim(&format!("{id}{suffix}"));
            companion.origin.address = self.resources[index].name.clone();
            companion.origin.span = span;
            let waits = mapping.companions.iter().any(|c| c.suffix == suffix && c.dependents_wait);
            if waits {
                self.waits.push((id.clone(), companion_id.clone()));
            }
            self.template.resources.insert(companion_id.clone(), companion);
            self.addresses.entry(self.resources[index].name.clone()).or_default().push(companion_id);
        }
    }

    /// Pulumi names a resource whose `name` is not set after the resource (`execution-policy-1a2b3c4`);
    /// where CloudFormation requires that name, it gets the resource's name (without the random
    /// suffix). Names CloudFormation generates itself are left to it.
    fn autoname(&mut self, index: usize, mapping: &'static ResourceMapping, properties: &mut IndexMap<String, Expr>) {
        let Some(schema) = cfn_schema::resource_type(mapping.cloudformation) else { return };
        let target = mapping.arguments.iter().find_map(|argument| match (argument.name, argument.target) {
            ("name", Target::Property(path)) if !path.contains('.') => Some(path),
            _ => None,
        });
        let Some(target) = target else { return };
        let required = schema.root().required().any(|name| name == target);
        let set = self.resources[index].properties.iter().any(|(k, _)| matches!(k.key(), "name" | "namePrefix"));
        if required && !set && !properties.contains_key(target) {
            let state = &self.resources[index];
            let name = state.pulumi_name.clone().unwrap_or_else(|| state.name.clone());
            let span = state.key_span;
            properties.insert(target.to_string(), Expr::String(name.clone()));
            self.report(diag::autonamed(span, &name, target));
        }
    }

    /// Builds the catalog's view of a body or block from Pulumi properties written in YAML.
    fn classic_object(
        &mut self,
        arguments: &'static [Argument],
        entries: &[(Node, Node)],
        span: Span,
        owner: &str,
        selector: Option<&str>,
        terraform: Option<&str>,
    ) -> SourceObject {
        let mut object = SourceObject { span, entries: IndexMap::new(), guard: None };
        for (key, value) in entries {
            let renamed = terraform
                .and_then(|t| iac2cfn_catalog::pulumi::renamed_argument(t, key.key()))
                .and_then(|name| arguments.iter().find(|a| a.name == name));
            let Some(argument) = renamed.or_else(|| find_argument(arguments, key.key())) else {
                if selector.is_some_and(|selector| camel_case(selector) == key.key()) {
                    continue;
                }
                let names = pulumi_names(arguments);
                let suggestion = did_you_mean(key.key(), names.iter().map(String::as_str)).map(str::to_string);
                self.report(diag::unknown_property(key.span, key.key(), owner, suggestion.as_deref()));
                continue;
            };
            if let Some(source) = self.classic_value(argument, value, owner) {
                object.entries.insert(argument.name.to_string(), (key.span, source));
            }
        }
        object
    }

    /// The catalog's view of one property's value: nested blocks as objects, values evaluated.
    fn classic_value(&mut self, argument: &'static Argument, node: &Node, owner: &str) -> Option<SourceValue> {
        match (argument.shape, argument.target) {
            (Shape::Block { .. }, Target::Dropped(_)) => {
                let _ = self.eval(node)?;
                Some(SourceValue::Blocks(vec![SourceObject { span: node.span, entries: IndexMap::new(), guard: None }]))
            }
            (Shape::Block { arguments, .. }, _) => {
                let inner_owner = format!("`{}` of {owner}", camel_case(argument.name));
                let blocks = match &node.value {
                    Value::Map(entries) if function_call(node).is_none() => {
                        vec![self.classic_object(arguments, entries, node.span, &inner_owner, None, None)]
                    }
                    Value::Seq(items) => {
                        let mut blocks = Vec::new();
                        for item in items {
                            match &item.value {
                                Value::Map(entries) if function_call(item).is_none() => {
                                    blocks.push(self.classic_object(
                                        arguments,
                                        entries,
                                        item.span,
                                        &inner_owner,
                                        None,
                                        None,
                                    ));
                                }
                                _ => blocks.extend(self.blocks_from_expr(arguments, item, &inner_owner)?),
                            }
                        }
                        blocks
                    }
                    Value::Null => return None,
                    _ => self.blocks_from_expr(arguments, node, &inner_owner)?,
                };
                Some(SourceValue::Blocks(blocks))
            }
            (Shape::JsonDocument | Shape::JsonText | Shape::PascalCaseDocument(_), _) => {
                let value = match self.eval(node)? {
                    Expr::ToJsonString(inner) => *inner,
                    value => value,
                };
                Some(SourceValue::Value { value, span: node.span })
            }
            _ => {
                let value = self.eval(node)?;
                Some(SourceValue::Value { value, span: node.span })
            }
        }
    }

    /// Blocks given as a value (a variable holding objects).
    fn blocks_from_expr(
        &mut self,
        arguments: &'static [Argument],
        node: &Node,
        owner: &str,
    ) -> Option<Vec<SourceObject>> {
        let value = self.eval(node)?;
        let items = match value {
            Expr::List(items) => items,
            Expr::Null => return Some(Vec::new()),
            other => vec![other],
        };
        let mut blocks = Vec::new();
        for item in items {
            match item {
                Expr::Map(map) => blocks.push(self.object_from_map(arguments, map, node.span, owner)),
                other => {
                    self.report(diag::type_mismatch(
                        node.span,
                        owner,
                        "an object or a list of objects",
                        crate::eval::literal_kind(&other),
                    ));
                    return None;
                }
            }
        }
        Some(blocks)
    }

    fn object_from_map(
        &mut self,
        arguments: &'static [Argument],
        map: IndexMap<String, Expr>,
        span: Span,
        owner: &str,
    ) -> SourceObject {
        let mut object = SourceObject { span, entries: IndexMap::new(), guard: None };
        for (key, value) in map {
            let Some(argument) = find_argument(arguments, &key) else {
                let names = pulumi_names(arguments);
                let suggestion = did_you_mean(&key, names.iter().map(String::as_str)).map(str::to_string);
                self.report(diag::unknown_property(span, &key, owner, suggestion.as_deref()));
                continue;
            };
            let source = match argument.shape {
                Shape::Block { arguments: nested, .. } => {
                    let inner_owner = format!("`{}` of {owner}", camel_case(argument.name));
                    let items = match value {
                        Expr::List(items) => items,
                        other => vec![other],
                    };
                    let mut blocks = Vec::new();
                    for item in items {
                        if let Expr::Map(inner) = item {
                            blocks.push(self.object_from_map(nested, inner, span, &inner_owner));
                        }
                    }
                    SourceValue::Blocks(blocks)
                }
                Shape::JsonDocument | Shape::JsonText | Shape::PascalCaseDocument(_) => match value {
                    Expr::ToJsonString(inner) => SourceValue::Value { value: *inner, span },
                    value => SourceValue::Value { value, span },
                },
                _ => SourceValue::Value { value, span },
            };
            object.entries.insert(argument.name.to_string(), (span, source));
        }
        object
    }

    /// The value of an output of an `aws:` resource, as CloudFormation returns it.
    pub(crate) fn classic_attribute(
        &mut self,
        index: usize,
        mapping: &'static ResourceMapping,
        attribute: &str,
        span: Span,
    ) -> Option<Expr> {
        let owner = format!("`{}` ({})", self.resources[index].name, self.resources[index].token);
        if attribute == "urn" {
            self.report(
                diag::unknown_attribute(span, attribute, &owner, None)
                    .with_help("a URN names a resource in Pulumi's state; CloudFormation has none"),
            );
            return None;
        }
        let snake = snake_case(attribute);
        let logical_id = self.resource_ids(index).into_iter().next()?;
        if let Some(value) = attribute_value(mapping, &snake) {
            let argument_value = match value {
                AttributeValue::Argument(argument) => match self.resource_property(index, &camel_case(argument)) {
                    Some(Some(value)) => Some(value),
                    Some(None) => return None,
                    None => {
                        self.report(diag::unknown_attribute(span, attribute, &owner, None).with_help(format!(
                            "CloudFormation returns no `{attribute}`; it is the value of `{}`, which is not set",
                            camel_case(argument)
                        )));
                        return None;
                    }
                },
                // Whether the companion is made depends on the property that asks for it.
                AttributeValue::Companion { suffix, .. } => iac2cfn_catalog::companion_argument(mapping, suffix)
                    .and_then(|argument| self.resource_property(index, &camel_case(argument)).flatten()),
                _ => None,
            };
            return attribute_expr(mapping, &logical_id, &snake, &|_| argument_value.clone());
        }
        if let Some(value) = self.resource_property(index, attribute) {
            return value;
        }
        let names: Vec<String> = mapping.attributes.iter().map(|a| camel_case(a.name)).collect();
        let suggestion = did_you_mean(attribute, names.iter().map(String::as_str)).map(str::to_string);
        let mut diagnostic = diag::unknown_attribute(span, attribute, &owner, suggestion.as_deref());
        if suggestion.is_none() {
            let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            diagnostic = diagnostic.with_help(format!("CloudFormation returns {}", listed.join(", ")));
        }
        self.report(diagnostic);
        None
    }

    /// The logical ID of the resource a merged sub-resource (`aws:s3:BucketVersioning`) configures.
    pub(crate) fn merge_parent(&mut self, index: usize) -> Option<String> {
        let Kind::Classic { mapping, .. } = self.resources[index].kind else { return None };
        let Placement::MergeInto { parent, link } = mapping.placement else { return None };
        let link_name = camel_case(link);
        let at = self.resources[index]
            .properties
            .iter()
            .find(|(k, _)| k.key() == link_name)
            .map_or(self.resources[index].key_span, |(_, v)| v.span);
        let token = self.resources[index].token.clone();
        let value = match self.resource_property(index, &link_name) {
            Some(Some(value)) => value,
            Some(None) => return None,
            None => {
                let parent_token = iac2cfn_catalog::pulumi::tokens_for(parent).next().unwrap_or(parent);
                self.report(diag::merge_target(at, &token, parent_token));
                return None;
            }
        };
        let target = match &value {
            Expr::Ref(name) => Some(name.clone()),
            Expr::GetAtt { resource, .. } => Some(resource.clone()),
            _ => None,
        };
        let parent_type = iac2cfn_catalog::mappings_for(parent).first().map(|row| row.cloudformation);
        let parent_token = iac2cfn_catalog::pulumi::tokens_for(parent).next().unwrap_or(parent);
        let found = target.filter(|target| {
            self.resources.iter().any(|r| {
                r.logical_id.as_deref() == Some(target.as_str())
                    && match &r.kind {
                        Kind::Classic { terraform, .. } => *terraform == parent,
                        Kind::Native { cfn_type } => Some(cfn_type.as_str()) == parent_type,
                        _ => false,
                    }
            })
        });
        if found.is_none() {
            self.report(diag::merge_target(at, &token, parent_token));
        }
        found
    }
}

/// Every argument name of a row, nested ones included, with its Pulumi name.
fn argument_names(arguments: &[Argument]) -> Vec<(&'static str, String)> {
    let mut names = Vec::new();
    for argument in arguments {
        let pulumi = match argument.shape {
            Shape::Block { list: true, .. } => plural(&camel_case(argument.name)),
            _ => camel_case(argument.name),
        };
        names.push((argument.name, pulumi));
        if let Shape::Block { arguments: nested, .. } = argument.shape {
            names.extend(argument_names(nested));
        }
    }
    names
}

/// Speaks Pulumi in a catalog diagnostic: the token for the Terraform type, Pulumi's names for the
/// provider's snake_case ones (wherever they appear as words).
fn pulumify(mut diagnostic: Diagnostic, terraform: &str, token: &str, names: &[(&str, String)]) -> Diagnostic {
    let rewrite = |text: &str| {
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            let replacement = if word == terraform {
                Some(token.to_string())
            } else if word.contains('_') {
                names.iter().find(|(snake, _)| snake == word).map(|(_, pulumi)| pulumi.clone())
            } else {
                None
            };
            out.push_str(replacement.as_deref().unwrap_or(word));
            word.clear();
        };
        for c in text.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    };
    diagnostic.message = rewrite(&diagnostic.message);
    diagnostic.help = diagnostic.help.as_deref().map(rewrite);
    for label in &mut diagnostic.labels {
        label.message = rewrite(&label.message);
    }
    diagnostic
}
