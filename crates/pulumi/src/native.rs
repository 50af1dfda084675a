//! `aws-native:` resources: CloudFormation's own types under Pulumi names. `aws-native:s3:Bucket` is
//! `AWS::S3::Bucket`; property names are CloudFormation's with a lower-case start (and lower-case
//! leading acronyms: `dbInstanceClass` is `DBInstanceClass`), so every name is looked up in the
//! CloudFormation schema ([`iac2cfn_catalog::cfn_schema`]) for its exact spelling. Keys of free-form
//! JSON properties and of maps are the user's and stay verbatim.

use crate::convert::Converter;
use crate::diagnostics as diag;
use crate::eval::function_call;
use crate::interpolate::Accessor;
use crate::yaml::{Node, Value};
use iac2cfn_catalog::cfn_schema::{
    self, json_shaped, ObjectSchema, PropertySchema, RefValue, ResourceSchema, ValueShape,
};
use iac2cfn_diagnostics::{did_you_mean, Span};
use iac2cfn_ir::{Expr, IndexMap, Origin, Resource};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The CloudFormation type of an `aws-native:` token, in either form (`aws-native:ec2:Vpc` ->
/// `AWS::EC2::VPC`).
pub(crate) fn cfn_type(token: &str) -> Option<String> {
    let short = iac2cfn_catalog::pulumi::short_token(token)?;
    let mut parts = short.split(':');
    let (Some("aws-native"), Some(module), Some(member), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let wanted = format!("aws::{module}::{member}").to_ascii_lowercase();
    types_by_lowercase().get(&wanted).map(|name| (*name).to_string())
}

fn types_by_lowercase() -> &'static HashMap<String, &'static str> {
    static TYPES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TYPES.get_or_init(|| {
        cfn_schema::all_types().filter(|t| t.starts_with("AWS::")).map(|t| (t.to_ascii_lowercase(), t)).collect()
    })
}

/// The `aws-native:` token of a CloudFormation type: `AWS::S3::Bucket` -> `aws-native:s3:Bucket`.
fn token_of(cfn_type: &str) -> String {
    let mut parts = cfn_type.split("::").skip(1);
    let module = parts.next().unwrap_or_default().to_ascii_lowercase();
    let member = parts.next().unwrap_or_default();
    format!("aws-native:{module}:{member}")
}

/// The closest known token to a misspelt one.
pub(crate) fn suggest_token(token: &str) -> Option<String> {
    let short = iac2cfn_catalog::pulumi::short_token(token).unwrap_or_else(|| token.to_string());
    let tokens: Vec<String> = types_by_lowercase().values().map(|t| token_of(t)).collect();
    did_you_mean(&short, tokens.iter().map(String::as_str)).map(str::to_string)
}

/// The schema property a Pulumi name stands for: exact, then with an upper-case start, then ignoring
/// case (`s3Uri` -> `S3Uri`, `vpcId` -> `VpcId`, `dbInstanceClass` -> `DBInstanceClass`).
fn resolve<'s>(object: &'s ObjectSchema, key: &str) -> Option<&'s PropertySchema> {
    if let Some(property) = object.property(key) {
        return Some(property);
    }
    let mut upper = key.to_string();
    if let Some(first) = upper.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    object.property(&upper).or_else(|| object.properties().iter().find(|p| p.name.eq_ignore_ascii_case(key)))
}

/// The Pulumi spelling of a CloudFormation name, for suggestions.
fn pulumi_name(name: &str) -> String {
    let upper_run = name.chars().take_while(char::is_ascii_uppercase).count();
    let lower = match upper_run {
        0 => 0,
        1 => 1,
        n if n == name.len() => n,
        n => n - 1,
    };
    let (head, tail) = name.split_at(lower);
    format!("{}{tail}", head.to_ascii_lowercase())
}

impl Converter<'_> {
    pub(crate) fn lower_native(&mut self, index: usize, cfn_type: &str) {
        let Some(schema) = cfn_schema::resource_type(cfn_type) else { return };
        let token = self.resources[index].token.clone();
        let properties = self.resources[index].properties.clone();
        let mut resource = Resource::new(schema.type_name(), Origin::generated());
        let written = self.native_object(schema, schema.root(), &properties, &token, "", true);
        let Some(written) = written else { return };
        for required in schema.root().required() {
            if !written.contains_key(required) {
                let span = self.resources[index].key_span;
                self.report(
                    iac2cfn_diagnostics::Diagnostic::error(
                        diag::UNKNOWN_PROPERTY,
                        format!("{token} needs `{}`", pulumi_name(required)),
                    )
                    .with_label(span, "this resource")
                    .with_help(format!("CloudFormation requires {cfn_type}'s `{required}`")),
                );
            }
        }
        resource.properties = written;
        if let Some(id) = self.resources[index].logical_id.clone() {
            self.add_resource(index, &id, resource);
        }
    }

    /// Writes an object's properties under their CloudFormation names.
    fn native_object(
        &mut self,
        schema: &'static ResourceSchema,
        object: &ObjectSchema,
        entries: &[(Node, Node)],
        owner: &str,
        path: &str,
        top: bool,
    ) -> Option<IndexMap<String, Expr>> {
        let mut out = IndexMap::new();
        let mut failed = false;
        for (key, value) in entries {
            let Some(property) = resolve(object, key.key()) else {
                if object.is_open() {
                    match self.eval(value) {
                        Some(expr) => {
                            out.insert(key.key().to_string(), expr);
                        }
                        None => failed = true,
                    }
                    continue;
                }
                let names: Vec<String> = object.properties().iter().map(|p| pulumi_name(p.name)).collect();
                let suggestion = did_you_mean(key.key(), names.iter().map(String::as_str)).map(str::to_string);
                self.report(diag::unknown_property(key.span, key.key(), owner, suggestion.as_deref()));
                failed = true;
                continue;
            };
            let property_path =
                if path.is_empty() { property.name.to_string() } else { format!("{path}.{}", property.name) };
            if top && schema.is_read_only(&property_path) {
                self.report(diag::read_only_property(key.span, key.key(), owner));
                failed = true;
                continue;
            }
            let inner_owner = format!("`{}` of {owner}", key.key());
            match self.native_value(schema, &property.shape, value, &inner_owner, &property_path) {
                // `null` means "not set", as Pulumi reads it.
                Some(Expr::Null) => {}
                Some(expr) => {
                    out.insert(property.name.to_string(), expr);
                }
                None => failed = true,
            }
        }
        (!failed).then_some(out)
    }

    /// Converts a value written in YAML to the shape the schema gives it.
    fn native_value(
        &mut self,
        schema: &'static ResourceSchema,
        shape: &ValueShape,
        node: &Node,
        owner: &str,
        path: &str,
    ) -> Option<Expr> {
        let is_call = function_call(node).is_some();
        match &node.value {
            Value::Map(entries) if !is_call => {
                if let Some(object) = schema.object(shape) {
                    return self.native_object(schema, object, entries, owner, path, false).map(Expr::Map);
                }
                if let Some(inner) = shape.map_value() {
                    let mut out = IndexMap::new();
                    for (key, value) in entries {
                        let value = self.native_value(schema, &inner, value, owner, path)?;
                        out.insert(key.key().to_string(), value);
                    }
                    return Some(Expr::Map(out));
                }
                let value = self.eval(node)?;
                Some(json_shaped(shape, value))
            }
            Value::Seq(items) if !is_call => {
                if let Some(item_shape) = shape.list_item() {
                    let mut out = Vec::new();
                    for item in items {
                        out.push(self.native_value(schema, &item_shape, item, owner, path)?);
                    }
                    return Some(Expr::List(out));
                }
                let value = self.eval(node)?;
                Some(json_shaped(shape, value))
            }
            _ => {
                let value = self.eval(node)?;
                Some(self.native_expr(schema, shape, value, node.span, owner))
            }
        }
    }

    /// Renames the keys of an evaluated value (a variable holding an object) to the schema's names.
    fn native_expr(
        &mut self,
        schema: &'static ResourceSchema,
        shape: &ValueShape,
        value: Expr,
        span: Span,
        owner: &str,
    ) -> Expr {
        match value {
            Expr::Map(entries) => {
                if let Some(object) = schema.object(shape) {
                    let mut out = IndexMap::new();
                    for (key, value) in entries {
                        match resolve(object, &key) {
                            Some(property) => {
                                let shape = property.shape.clone();
                                let inner = self.native_expr(schema, &shape, value, span, owner);
                                out.insert(property.name.to_string(), inner);
                            }
                            None if object.is_open() => {
                                out.insert(key, value);
                            }
                            None => {
                                let names: Vec<String> =
                                    object.properties().iter().map(|p| pulumi_name(p.name)).collect();
                                let suggestion =
                                    did_you_mean(&key, names.iter().map(String::as_str)).map(str::to_string);
                                self.report(diag::unknown_property(span, &key, owner, suggestion.as_deref()));
                            }
                        }
                    }
                    return Expr::Map(out);
                }
                json_shaped(shape, Expr::Map(entries))
            }
            Expr::List(items) => match shape.list_item() {
                Some(item_shape) => Expr::List(
                    items.into_iter().map(|item| self.native_expr(schema, &item_shape, item, span, owner)).collect(),
                ),
                None => json_shaped(shape, Expr::List(items)),
            },
            other => json_shaped(shape, other),
        }
    }

    /// The value of an output of an `aws-native:` resource and how many accessors it used:
    /// `${bucket.arn}` is `Fn::GetAtt Bucket.Arn`, `${db.endpoint.address}` is `Endpoint.Address`,
    /// and an output that is the primary identifier is `Ref`.
    pub(crate) fn native_output(
        &mut self,
        index: usize,
        cfn_type: &str,
        accessors: &[(Accessor, Span)],
    ) -> Option<(Expr, usize)> {
        let schema = cfn_schema::resource_type(cfn_type)?;
        let logical_id = self.resources[index].logical_id.clone()?;
        let owner = format!("`{}` ({})", self.resources[index].name, self.resources[index].token);
        let Some((Accessor::Property(first), span)) = accessors.first() else { return None };
        if first == "id" {
            return Some((Expr::Ref(logical_id), 1));
        }
        if first == "urn" {
            self.report(
                diag::unknown_attribute(*span, first, &owner, None)
                    .with_help("a URN names a resource in Pulumi's state; CloudFormation has none"),
            );
            return None;
        }
        let Some(property) = resolve(schema.root(), first) else {
            let names: Vec<String> =
                schema.attributes().iter().filter(|a| !a.contains('*')).map(|a| pulumi_name(a)).collect();
            let suggestion = did_you_mean(first, names.iter().map(String::as_str)).map(str::to_string);
            self.report(diag::unknown_attribute(*span, first, &owner, suggestion.as_deref()));
            return None;
        };
        // The longest dotted path of properties that Fn::GetAtt takes.
        let mut path = property.name.to_string();
        let mut shape = property.shape.clone();
        let mut best = None;
        if schema.get_att(&path) {
            best = Some((path.clone(), 1));
        }
        for (position, (accessor, _)) in accessors.iter().enumerate().skip(1) {
            let Accessor::Property(name) = accessor else { break };
            let Some(object) = schema.object(&shape) else { break };
            let Some(inner) = resolve(object, name) else { break };
            path = format!("{path}.{}", inner.name);
            shape = inner.shape.clone();
            if schema.get_att(&path) {
                best = Some((path.clone(), position + 1));
            }
        }
        // Fn::GetAtt where CloudFormation offers the attribute; `Ref` for a primary identifier it
        // does not (`BucketName`): some older types' `Ref` returns something else than their
        // primary identifier, while an attribute is always what it says.
        if let Some((attribute, used)) = best {
            return Some((Expr::get_att(logical_id, attribute), used));
        }
        if let RefValue::Property(primary) = schema.ref_value() {
            if primary == property.name {
                return Some((Expr::Ref(logical_id), 1));
            }
        }
        // An input the program set: Pulumi echoes inputs as outputs.
        if let Some(value) = self.resource_property(index, first) {
            return value.map(|value| (value, 1));
        }
        let names: Vec<String> =
            schema.attributes().iter().filter(|a| !a.contains('*')).map(|a| pulumi_name(a)).collect();
        let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        self.report(diag::unknown_attribute(*span, first, &owner, None).with_help(format!(
            "CloudFormation returns `id` (Ref) and {}",
            if listed.is_empty() { "nothing else".into() } else { listed.join(", ") }
        )));
        None
    }

    /// `${resource.output}` of a native resource, for callers that use one accessor.
    pub(crate) fn native_attribute(
        &mut self,
        index: usize,
        cfn_type: &str,
        attribute: &str,
        span: Span,
    ) -> Option<Expr> {
        self.native_output(index, cfn_type, &[(Accessor::Property(attribute.to_string()), span)])
            .map(|(value, _)| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_map_to_cloudformation_types_ignoring_case() {
        assert_eq!(cfn_type("aws-native:s3:Bucket").as_deref(), Some("AWS::S3::Bucket"));
        assert_eq!(cfn_type("aws-native:ec2:Vpc").as_deref(), Some("AWS::EC2::VPC"));
        assert_eq!(cfn_type("aws-native:s3/bucket:Bucket").as_deref(), Some("AWS::S3::Bucket"));
        assert_eq!(cfn_type("aws-native:s3:Nope"), None);
        assert_eq!(pulumi_name("DBInstanceClass"), "dbInstanceClass");
        assert_eq!(pulumi_name("S3Uri"), "s3Uri");
        assert_eq!(pulumi_name("VpcId"), "vpcId");
    }
}
