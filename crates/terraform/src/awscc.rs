//! Resources of Terraform's AWS Cloud Control provider (`awscc`): CloudFormation's own types under
//! Terraform names, mapped one to one through CloudFormation's schema
//! ([`iac2cfn_catalog::cfn_schema`]) rather than through catalog rows.
//!
//! # Names
//!
//! The provider generates a resource type for every CloudFormation type and an attribute for every
//! property, naming them as [`attribute_name`] does: `AWS::EC2::VPCEndpoint` is
//! `awscc_ec2_vpc_endpoint`, `S3StorageConfig` is `s3_storage_config`, `KMSMasterKeyID` is
//! `kms_master_key_id`, `Ipv6CidrBlock` is `ipv_6_cidr_block`. Two top-level properties are renamed
//! because Terraform reserves their names: `Id` is `<resource>_id` (`vpc_endpoint_id`), and
//! `Provider` is `provider_name`. Lookups go from the schema's actual names to the Terraform ones, so
//! they are exact. Checked against the provider's generated bindings (`cdktn-provider-awscc` 1.8.0):
//! every one of its 1,671 resource types whose CloudFormation type the schema table has gets its
//! name, and every attribute name it lists for them is derived, except those of
//! `AWS::CloudFormation::Stack` (the provider follows the registry schema, CloudFormation's legacy
//! one); the provider's other 14 types are retired types the table no longer has.
//!
//! # Values
//!
//! Nested objects are attribute values (objects, lists of objects), not blocks; their keys are
//! renamed through the schema. Keys of maps and of free-form JSON properties are the user's and stay
//! verbatim; a JSON property also takes a JSON string (`jsonencode(...)`), written as the document.
//! Tags are a list of `{ key, value }` objects, renamed like any other object.
//!
//! # References
//!
//! `awscc_x.y.id` is `Ref`; a read-only attribute is `Fn::GetAtt` with the schema's name (an object
//! of attributes, such as an endpoint, is an object of `Fn::GetAtt`s); a writable attribute set in
//! the configuration is the configured value, as Terraform knows it at plan time, and `Fn::GetAtt`
//! when it is not set and CloudFormation returns it.

use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator, Fail, Instance, Node, ResourcePlan};
use crate::logical_ids::{instance_id, resource_base, Allocator};
use crate::lower::{depends_on, prevent_destroy, to_expr};
use crate::syntax::Block;
use crate::value::{InstanceKey, ObjectRef, Sym, SymType, Value};
use iac2cfn_catalog::cfn_schema::{
    self, json_expr, json_shaped, ObjectSchema, PropertySchema, ResourceSchema, ValueShape,
};
use iac2cfn_diagnostics::{did_you_mean, Code, Diagnostic, Span};
use iac2cfn_ir::{DeletionPolicy, Expr, IndexMap, Origin, Resource, Template};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The prefix of every resource type of the provider.
pub(crate) const PREFIX: &str = "awscc_";

/// Meta-arguments: handled by the caller, never properties.
const META_ARGUMENTS: &[&str] = &["count", "for_each", "depends_on", "provider"];
/// Meta-blocks.
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// Nesting deeper than this is not looked into: it bounds the recursion whatever the input.
const MAX_DEPTH: usize = 64;

/// The provider's spelling of a CloudFormation name: snake case, where a run of capitals is one
/// word (`VPCId` -> `vpc_id`), digits stay with the capitals before them (`S3Uri` -> `s3_uri`) and
/// are their own word after lower-case letters (`Ipv6` -> `ipv_6`), and a few brand names are one
/// word (`CloudWatch` -> `cloudwatch`).
pub(crate) fn attribute_name(name: &str) -> String {
    let mut name = name.trim().to_string();
    for (from, to) in [
        ("CloudFormation", "Cloudformation"),
        ("CloudFront", "Cloudfront"),
        ("CloudWatch", "Cloudwatch"),
        ("FSx", "Fsx"),
    ] {
        name = name.replace(from, to);
    }
    let bytes = name.as_bytes();
    let mut out = String::with_capacity(bytes.len() + 4);
    for (position, &byte) in bytes.iter().enumerate() {
        let (upper, lower, digit) = (byte.is_ascii_uppercase(), byte.is_ascii_lowercase(), byte.is_ascii_digit());
        let letter = byte.to_ascii_lowercase() as char;
        if let Some(&next) = bytes.get(position + 1) {
            let (next_upper, next_lower, next_digit) =
                (next.is_ascii_uppercase(), next.is_ascii_lowercase(), next.is_ascii_digit());
            if (upper && next_lower) || (lower && (next_upper || next_digit)) || (digit && (next_upper || next_lower)) {
                // The last capital of a run starts the next word: `VPCEndpoint` -> `vpc_endpoint`.
                if upper && next_lower && position > 0 && bytes[position - 1].is_ascii_uppercase() {
                    out.push('_');
                }
                out.push(letter);
                if lower || digit {
                    out.push('_');
                }
                continue;
            }
        }
        out.push(if upper || lower || digit { letter } else { '_' });
    }
    out
}

/// The provider's resource type for a CloudFormation type: `AWS::EC2::VPC` -> `awscc_ec2_vpc`.
/// `None` for types outside the `AWS::` namespace, which the provider does not have.
pub(crate) fn terraform_type(cfn_type: &str) -> Option<String> {
    let mut parts = cfn_type.split("::");
    let (Some("AWS"), Some(service), Some(resource), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    Some(format!("{PREFIX}{}_{}", service.to_ascii_lowercase(), attribute_name(resource)))
}

/// Terraform type -> CloudFormation type, for every type of the schema table.
fn types() -> &'static HashMap<String, &'static str> {
    static TYPES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TYPES.get_or_init(|| {
        cfn_schema::all_types().filter_map(|cfn| terraform_type(cfn).map(|terraform| (terraform, cfn))).collect()
    })
}

/// The CloudFormation type of an `awscc_` resource type.
pub(crate) fn cfn_type(kind: &str) -> Option<&'static str> {
    if !kind.starts_with(PREFIX) {
        return None;
    }
    types().get(kind).copied()
}

/// The Terraform name of a property of an object; `top` for the resource's own properties, where
/// `Id` and `Provider` are renamed.
fn property_name(schema: &ResourceSchema, property: &str, top: bool) -> String {
    match (top, property) {
        (true, "Id") => format!("{}_id", attribute_name(type_word(schema.type_name()))),
        (true, "Provider") => "provider_name".to_string(),
        _ => attribute_name(property),
    }
}

fn type_word(cfn_type: &str) -> &str {
    cfn_type.rsplit("::").next().unwrap_or(cfn_type)
}

/// The property a Terraform attribute name stands for.
fn resolve<'s>(schema: &ResourceSchema, object: &'s ObjectSchema, name: &str, top: bool) -> Option<&'s PropertySchema> {
    object.properties().iter().find(|property| property_name(schema, property.name, top) == name)
}

/// The Terraform names of an object's properties, for suggestions.
fn names(schema: &ResourceSchema, object: &ObjectSchema, top: bool) -> Vec<String> {
    object.properties().iter().map(|property| property_name(schema, property.name, top)).collect()
}

// ---------------------------------------------------------------------------------------------------
// Planning

/// Claims the logical IDs of an `awscc_` resource's instances.
#[allow(clippy::too_many_arguments)]
pub(crate) fn claim_ids(
    evaluator: &mut Evaluator<'_>,
    ids: &mut Allocator,
    address: &str,
    id_prefix: &str,
    block: &Block,
    cfn_type: &str,
    keys: impl Iterator<Item = Option<InstanceKey>>,
    conditional: bool,
) -> Vec<String> {
    let base = format!("{id_prefix}{}", resource_base(block.label(1), cfn_type));
    keys.map(|key| {
        // A resource made under a condition has one instance: it needs no index in its name.
        let key = if conditional { None } else { key };
        let id = ids.claim(&instance_id(&base, key.as_ref()));
        evaluator.id_owners.insert(id.clone(), address.to_string());
        id
    })
    .collect()
}

/// An `awscc_` type the schema does not have.
#[cold]
pub(crate) fn unknown_type(block: &Block, kind: &str) -> Diagnostic {
    let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
    let wanted = kind.strip_prefix(PREFIX).unwrap_or(kind);
    let known: Vec<&str> = types().keys().filter_map(|name| name.strip_prefix(PREFIX)).collect();
    let mut known = known;
    known.sort_unstable();
    let diagnostic = Diagnostic::error(
        Code("tf::unknown-resource-type"),
        format!("resource type `{kind}` names no CloudFormation type"),
    )
    .with_label(span, "no CloudFormation type of this name");
    match did_you_mean(wanted, known.iter().copied()) {
        Some(close) => diagnostic.with_help(format!("did you mean `{PREFIX}{close}`?")),
        None => diagnostic,
    }
}

// ---------------------------------------------------------------------------------------------------
// Lowering

/// Lowers one instance of an `awscc_` resource into the template; returns its logical IDs (none
/// when it had errors, which are reported). Reference edges are added to `edges`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn lower_instance(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    edges: &mut Vec<(String, String, Span)>,
    instance_address: &str,
    block: &Block,
    instance: &Instance,
    plan: &ResourcePlan,
    cfn_type: &'static str,
) -> Vec<String> {
    let Some(schema) = cfn_schema::resource_type(cfn_type) else { return Vec::new() };
    let kind = block.label(0);
    let body = &block.body;
    let id = instance.logical_id.clone();
    let mut references = Vec::new();
    let mut properties = IndexMap::new();
    let mut failed = false;
    for attribute in &body.attributes {
        let name = attribute.name.as_str();
        if META_ARGUMENTS.contains(&name) || (body.json && META_BLOCKS.contains(&name)) {
            continue;
        }
        let Some(property) = resolve(schema, schema.root(), name, true) else {
            let known = names(schema, schema.root(), true);
            evaluator.diagnostics.push(diag::unknown_block_argument(attribute.name_span, name, kind, &as_strs(&known)));
            failed = true;
            continue;
        };
        if schema.is_read_only(property.name) {
            evaluator.diagnostics.push(read_only(attribute.name_span, kind, name));
            failed = true;
            continue;
        }
        let value = match evaluator.eval_attribute(attribute, &instance.scope) {
            Ok(Value::Null) => continue,
            Ok(value) => value,
            Err(_) => {
                failed = true;
                continue;
            }
        };
        let expr = match to_expr(&value) {
            Ok(expr) => expr,
            Err(why) => {
                evaluator.diagnostics.push(diag::no_cloudformation_form(attribute.value_span, &why));
                failed = true;
                continue;
            }
        };
        for target in expr.references() {
            if evaluator.id_owners.contains_key(&target) {
                references.push((String::new(), target, attribute.value_span));
            }
        }
        let mut shaper = Shaper { schema, problems: Vec::new() };
        let expr = shaper.value(expr, &property.shape, name, property.name, 0);
        for problem in shaper.problems {
            evaluator.diagnostics.push(problem.into_diagnostic(attribute.value_span, kind));
            failed = true;
        }
        if !matches!(expr, Expr::Null) {
            properties.insert(property.name.to_string(), expr);
        }
    }
    for nested in &body.blocks {
        let nested_kind = if nested.kind == "dynamic" { nested.label(0) } else { nested.kind.as_str() };
        if nested.kind != "dynamic" && META_BLOCKS.contains(&nested_kind) {
            continue;
        }
        evaluator.diagnostics.push(nested_block(nested, kind, nested_kind));
        failed = true;
    }
    if !failed {
        let missing: Vec<String> = schema
            .root()
            .required()
            .filter(|required| !properties.contains_key(*required))
            .map(|required| property_name(schema, required, true))
            .collect();
        if !missing.is_empty() {
            evaluator.diagnostics.push(missing_required(block, kind, &missing));
            failed = true;
        }
    }
    let dependencies = depends_on(evaluator, body, &mut references);
    edges.extend(references.into_iter().map(|(_, to, at)| (id.clone(), to, at)));
    if failed {
        return Vec::new();
    }
    let mut resource =
        Resource::new(schema.type_name(), Origin { span: block.header_span(), address: instance_address.to_string() });
    resource.properties = properties;
    for dependency in &dependencies {
        if *dependency != id {
            resource.add_dependency(dependency);
        }
    }
    resource.condition = plan.condition.clone();
    if prevent_destroy(evaluator, body) {
        resource.deletion_policy = Some(DeletionPolicy::Retain);
        resource.update_replace_policy = Some(DeletionPolicy::Retain);
    }
    template.resources.insert(id.clone(), resource);
    vec![id]
}

fn as_strs(names: &[String]) -> Vec<&str> {
    names.iter().map(String::as_str).collect()
}

/// A problem with a nested key, found while renaming.
struct Problem {
    /// The Terraform path: `versioning_configuration.statuss`.
    path: String,
    kind: ProblemKind,
}

enum ProblemKind {
    Unknown(Option<String>),
    ReadOnly,
}

impl Problem {
    fn into_diagnostic(self, span: Span, kind: &str) -> Diagnostic {
        match self.kind {
            ProblemKind::Unknown(suggestion) => {
                let diagnostic = Diagnostic::error(
                    Code("tf::unknown-argument"),
                    format!("`{}` is not an attribute of `{kind}`", self.path),
                )
                .with_label(span, "in this value");
                match suggestion {
                    Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                    None => diagnostic,
                }
            }
            ProblemKind::ReadOnly => read_only(span, kind, &self.path),
        }
    }
}

/// Renames an evaluated value's keys to the schema's, and shapes JSON properties.
struct Shaper {
    schema: &'static ResourceSchema,
    problems: Vec<Problem>,
}

impl Shaper {
    /// `path` is the Terraform path (for messages), `schema_path` the schema's (`Rules.*.Status`, for
    /// read-only properties).
    fn value(&mut self, value: Expr, shape: &ValueShape, path: &str, schema_path: &str, depth: usize) -> Expr {
        if depth > MAX_DEPTH {
            return value;
        }
        match value {
            Expr::Map(entries) => {
                if let Some(object) = self.schema.object(shape) {
                    return Expr::Map(self.object(object, entries, path, schema_path, depth));
                }
                match shape.map_value() {
                    // Free-form JSON: the user's keys and values, verbatim.
                    Some(ValueShape::Any) | None => Expr::Map(entries),
                    Some(inner) => Expr::Map(
                        entries
                            .into_iter()
                            .map(|(key, item)| {
                                let item = self.value(item, &inner, &format!("{path}.{key}"), schema_path, depth + 1);
                                (key, item)
                            })
                            .collect(),
                    ),
                }
            }
            Expr::List(items) => match shape.list_item() {
                Some(item_shape) => Expr::List(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(index, item)| {
                            let path = format!("{path}[{index}]");
                            self.value(item, &item_shape, &path, &format!("{schema_path}.*"), depth + 1)
                        })
                        .collect(),
                ),
                None => Expr::List(items),
            },
            // Either branch may be the one deployed: both are renamed.
            Expr::If { condition, then, otherwise } => Expr::If {
                condition,
                then: Box::new(self.value(*then, shape, path, schema_path, depth + 1)),
                otherwise: Box::new(self.value(*otherwise, shape, path, schema_path, depth + 1)),
            },
            // A JSON document given as text where free-form JSON goes: the document itself, so the
            // template shows it (CloudFormation takes either).
            Expr::String(text) if shape.alternatives().contains(&ValueShape::Json) => {
                match serde_json::from_str::<serde_json::Value>(&text) {
                    Ok(json @ serde_json::Value::Object(_)) => json_expr(&json),
                    _ => Expr::String(text),
                }
            }
            other => json_shaped(shape, other),
        }
    }

    fn object(
        &mut self,
        object: &ObjectSchema,
        entries: IndexMap<String, Expr>,
        path: &str,
        schema_path: &str,
        depth: usize,
    ) -> IndexMap<String, Expr> {
        let mut out = IndexMap::new();
        for (key, item) in entries {
            // Terraform fills an object's unset attributes with null: they are not set.
            if matches!(item, Expr::Null) {
                continue;
            }
            let item_path = format!("{path}.{key}");
            let Some(property) = resolve(self.schema, object, &key, false) else {
                if object.is_open() {
                    out.insert(key, item);
                    continue;
                }
                let known = names(self.schema, object, false);
                let suggestion = did_you_mean(&key, known.iter().map(String::as_str)).map(str::to_string);
                self.problems.push(Problem { path: item_path, kind: ProblemKind::Unknown(suggestion) });
                continue;
            };
            let item_schema_path = format!("{schema_path}.{}", property.name);
            if self.schema.is_read_only(&item_schema_path) {
                self.problems.push(Problem { path: item_path, kind: ProblemKind::ReadOnly });
                continue;
            }
            let item = self.value(item, &property.shape, &item_path, &item_schema_path, depth + 1);
            out.insert(property.name.to_string(), item);
        }
        out
    }
}

#[cold]
fn read_only(span: Span, kind: &str, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::read-only-attribute"),
        format!("`{name}` of `{kind}` is read-only: CloudFormation sets it, a configuration cannot"),
    )
    .with_label(span, "remove this")
}

#[cold]
fn nested_block(block: &Block, kind: &str, name: &str) -> Diagnostic {
    Diagnostic::error(
        Code("tf::unexpected-block"),
        format!("`{kind}` takes nested objects as attribute values, not as `{name}` blocks"),
    )
    .with_label(block.kind_span, "a block")
    .with_help(format!("write `{name} = {{ ... }}` (or a list of objects)"))
}

#[cold]
fn missing_required(block: &Block, kind: &str, missing: &[String]) -> Diagnostic {
    let listed: Vec<String> = missing.iter().map(|name| format!("`{name}`")).collect();
    Diagnostic::error(Code("tf::missing-argument"), format!("`{kind}` requires {}", listed.join(", ")))
        .with_label(block.header_span(), "in this resource")
        .with_help("CloudFormation's schema for the type marks these required")
}

// ---------------------------------------------------------------------------------------------------
// References

/// The value of `awscc_x.y.NAME` (or of one instance).
pub(crate) fn attribute(
    evaluator: &mut Evaluator<'_>,
    object: &ObjectRef,
    instance: &Instance,
    cfn_type: &'static str,
    name: &str,
    name_span: Span,
) -> Eval {
    let address = object.address.as_str();
    let Some((_, block)) = evaluator.home(address) else { return Err(Fail::Static) };
    let Some(schema) = cfn_schema::resource_type(cfn_type) else { return Err(Fail::Static) };
    let kind = block.label(0);
    let logical_id = instance.logical_id.clone();
    let symbolic = |expr: Expr, ty: SymType| {
        Value::Sym(Sym { expr, ty, condition: None, resources: vec![address.to_string()], known: None })
    };
    if name == "id" {
        return Ok(symbolic(Expr::Ref(logical_id), SymType::String));
    }
    let Some(property) = resolve(schema, schema.root(), name, true) else {
        let mut known = names(schema, schema.root(), true);
        known.insert(0, "id".to_string());
        return Err(evaluator.error(diag::unknown_attribute(name_span, kind, name, known.iter().map(String::as_str))));
    };
    // A writable attribute the configuration sets: Terraform knows it at plan time. Where CloudFormation
    // can return it (`Fn::GetAtt`, or `Ref` of the primary identifier), the reference is kept, with the
    // configured value alongside for operations CloudFormation cannot do: a reference is what makes the
    // referring resource wait for this one, as it waits in Terraform.
    if !schema.is_read_only(property.name) {
        if let Some(argument) = block.body.attribute(name) {
            let instance_address = object.instance_address();
            let node = Node::Argument(instance_address, name.to_string());
            let configured =
                evaluator.memoized(node, name_span, |evaluator| evaluator.eval_attribute(argument, &instance.scope))?;
            let reference = if schema.get_att(property.name) {
                Some(Expr::get_att(&logical_id, property.name))
            } else if schema.primary_identifier() == [property.name] {
                Some(Expr::Ref(logical_id.clone()))
            } else {
                None
            };
            return Ok(match reference {
                Some(expr) => {
                    let ty = if shape_is_list(&property.shape) { SymType::List } else { SymType::Any };
                    let known = configured.is_known().then(|| Box::new(configured));
                    Value::Sym(Sym { expr, ty, condition: None, resources: vec![address.to_string()], known })
                }
                None => configured,
            });
        }
    }
    if let Some(value) = returned(schema, &logical_id, property.name, &property.shape, 0) {
        return Ok(value.into_value(address));
    }
    if schema.primary_identifier() == [property.name] {
        return Ok(symbolic(Expr::Ref(logical_id), SymType::String));
    }
    // A writable property the configuration leaves out and CloudFormation does not return: the
    // Cloud Control provider reads it back as null (the service stored nothing).
    if !schema.is_read_only(property.name) && block.body.attribute(name).is_none() {
        return Ok(Value::Null);
    }
    Err(evaluator.error(diag::attribute_not_set(name_span, &object.instance_address(), name, name)))
}

/// Whether a property holds a list.
fn shape_is_list(shape: &ValueShape) -> bool {
    shape.list_item().is_some()
}

/// What CloudFormation returns for a property: `Fn::GetAtt`, or an object of what it returns for
/// its properties (`Endpoint.Address`, `Endpoint.Port`).
enum Returned {
    Leaf(Expr, SymType),
    Object(IndexMap<String, Returned>),
}

impl Returned {
    fn into_value(self, address: &str) -> Value {
        match self {
            Returned::Leaf(expr, ty) => {
                Value::Sym(Sym { expr, ty, condition: None, resources: vec![address.to_string()], known: None })
            }
            Returned::Object(entries) => {
                Value::sorted_map(entries.into_iter().map(|(key, value)| (key, value.into_value(address))))
            }
        }
    }
}

fn returned(
    schema: &ResourceSchema,
    logical_id: &str,
    path: &str,
    shape: &ValueShape,
    depth: usize,
) -> Option<Returned> {
    if schema.get_att(path) {
        let ty = if shape.list_item().is_some() { SymType::List } else { SymType::Any };
        return Some(Returned::Leaf(Expr::get_att(logical_id, path), ty));
    }
    if depth > MAX_DEPTH {
        return None;
    }
    let object = schema.object(shape)?;
    let entries: IndexMap<String, Returned> = object
        .properties()
        .iter()
        .filter_map(|property| {
            let inner = returned(schema, logical_id, &format!("{path}.{}", property.name), &property.shape, depth + 1)?;
            Some((attribute_name(property.name), inner))
        })
        .collect();
    (!entries.is_empty()).then_some(Returned::Object(entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_provider() {
        assert_eq!(attribute_name("S3StorageConfig"), "s3_storage_config");
        assert_eq!(attribute_name("VPCId"), "vpc_id");
        assert_eq!(attribute_name("S3Uri"), "s3_uri");
        assert_eq!(attribute_name("KMSMasterKeyID"), "kms_master_key_id");
        assert_eq!(attribute_name("Ipv6CidrBlock"), "ipv_6_cidr_block");
        assert_eq!(attribute_name("SSES3"), "sses3");
        assert_eq!(attribute_name("CloudWatchLogsRoleArn"), "cloudwatch_logs_role_arn");
        assert_eq!(terraform_type("AWS::EC2::VPCEndpoint").as_deref(), Some("awscc_ec2_vpc_endpoint"));
        assert_eq!(terraform_type("AWS::IAM::OIDCProvider").as_deref(), Some("awscc_iam_oidc_provider"));
        assert_eq!(terraform_type("AWS::AppSync::GraphQLSchema").as_deref(), Some("awscc_appsync_graph_ql_schema"));
        assert_eq!(terraform_type("Alexa::ASK::Skill"), None);
    }

    #[test]
    fn every_schema_type_has_one_name() {
        let aws = cfn_schema::all_types().filter(|name| name.starts_with("AWS::")).count();
        assert_eq!(types().len(), aws, "two CloudFormation types share an awscc_ name");
        assert_eq!(cfn_type("awscc_sagemaker_feature_group"), Some("AWS::SageMaker::FeatureGroup"));
        assert_eq!(cfn_type("awscc_s3_bucket"), Some("AWS::S3::Bucket"));
        assert_eq!(cfn_type("awscc_ec2_vpc"), Some("AWS::EC2::VPC"));
        assert_eq!(cfn_type("aws_s3_bucket"), None);
    }

    #[test]
    fn reserved_names_are_renamed() {
        let endpoint = cfn_schema::resource_type("AWS::EC2::VPCEndpoint").expect("known type");
        assert!(resolve(endpoint, endpoint.root(), "vpc_endpoint_id", true).is_some_and(|p| p.name == "Id"));
        assert!(resolve(endpoint, endpoint.root(), "id", true).is_none());
        let link = cfn_schema::resource_type("AWS::NetworkManager::Link").expect("known type");
        assert!(resolve(link, link.root(), "provider_name", true).is_some_and(|p| p.name == "Provider"));
    }
}
