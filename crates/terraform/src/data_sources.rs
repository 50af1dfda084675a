//! Data sources with a CloudFormation form: the caller's account, the region and the partition become
//! pseudo parameters, availability zones `Fn::GetAZs`, and policy documents are rendered at conversion
//! time ([`crate::policy_document`]). Lookups become typed parameters ([`declare`]): an SSM parameter
//! and a well-known public image resolve through SSM at deployment; VPCs, subnets and security groups
//! must be supplied when the stack is deployed.

use crate::diagnostics as diag;
use crate::eval::{DataInstances, Eval, Evaluator, Fail, Node, Repetition, Scope};
use crate::logical_ids::{pascal, Allocator};
use crate::syntax::Block;
use crate::value::{JsonStyle, ObjectRef, Sym, SymType, Value};
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::{pseudo, Expr, Parameter, ParameterType, Template};

/// The data source types this frontend converts.
pub(crate) const SUPPORTED: &[&str] = &[
    "aws_caller_identity",
    "aws_region",
    "aws_partition",
    "aws_iam_policy_document",
    "aws_availability_zones",
    "aws_ssm_parameter",
    "aws_ami",
    "aws_vpc",
    "aws_subnet",
    "aws_subnets",
    "aws_security_group",
    "aws_service_principal",
    "aws_vpc_endpoint_service",
    "aws_arn",
    "aws_cloudwatch_log_data_protection_policy_document",
    "aws_sagemaker_prebuilt_ecr_image",
    "aws_default_tags",
    "aws_cloudfront_log_delivery_canonical_user_id",
];

/// Lookups that become parameters: the data source type, the parameter type, the suffix of the
/// parameter's logical ID, and the attributes that are the parameter's value.
const LOOKUPS: &[(&str, &str, &str, &[&str])] = &[
    ("aws_ssm_parameter", "AWS::SSM::Parameter::Value<String>", "Value", &["value", "insecure_value"]),
    ("aws_ami", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "ImageId", &["id", "image_id"]),
    ("aws_vpc", "AWS::EC2::VPC::Id", "VpcId", &["id"]),
    ("aws_subnet", "AWS::EC2::Subnet::Id", "SubnetId", &["id"]),
    ("aws_subnets", "List<AWS::EC2::Subnet::Id>", "SubnetIds", &["ids"]),
    ("aws_security_group", "AWS::EC2::SecurityGroup::Id", "SecurityGroupId", &["id"]),
];

/// The public SSM parameters of well-known images, by what an `aws_ami` name filter asks for:
/// (owners that publish it, a test on the name pattern, the parameter for x86-64, for arm64).
#[allow(clippy::type_complexity)]
const WELL_KNOWN_IMAGES: &[(&[&str], fn(&str) -> bool, &str, &str)] = &[
    (
        &["amazon", "137112412989"],
        |pattern| pattern.starts_with("al2023-ami-2023") && !pattern.contains("minimal"),
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
        "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64",
    ),
    (
        &["amazon", "137112412989"],
        |pattern| pattern.starts_with("amzn2-ami-hvm-") && pattern.ends_with("-gp2"),
        "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2",
        "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-arm64-gp2",
    ),
    (
        &["099720109477"],
        |pattern| pattern.starts_with("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-"),
        "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id",
        "/aws/service/canonical/ubuntu/server/22.04/stable/current/arm64/hvm/ebs-gp2/ami-id",
    ),
    (
        &["099720109477"],
        |pattern| pattern.starts_with("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-"),
        "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
        "/aws/service/canonical/ubuntu/server/24.04/stable/current/arm64/hvm/ebs-gp3/ami-id",
    ),
];

/// Makes a parameter for every lookup data source (`aws_ssm_parameter`, `aws_ami`, `aws_vpc`, ...)
/// and binds the data source to it.
pub(crate) fn declare(evaluator: &mut Evaluator<'_>, template: &mut Template, ids: &mut Allocator) {
    for (address, prefix, block) in evaluator.blocks(true) {
        let address = address.strip_prefix("data.").unwrap_or(&address).to_string();
        let id_prefix = evaluator.instances.get(&prefix).map(|instance| instance.id_prefix.clone()).unwrap_or_default();
        evaluator.in_module(&prefix, |evaluator| {
            declare_one(evaluator, template, ids, &address, &id_prefix, block);
            declare_read_attributes(evaluator, template, ids, &address, &id_prefix, block);
        });
    }
}

/// Makes a parameter for every attribute the module reads of a data source that looks up existing
/// infrastructure and has no CloudFormation form (`data.aws_lambda_alias.live.arn`): CloudFormation
/// looks nothing up, so the deployer supplies the value, as for the lookups that become typed
/// parameters. A data source with several instances keeps its error at each reference.
fn declare_read_attributes(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    address: &str,
    id_prefix: &str,
    block: &Block,
) {
    let kind = block.label(0);
    let converted_elsewhere = SUPPORTED.contains(&kind) || LOOKUPS.iter().any(|(lookup, ..)| *lookup == kind);
    if converted_elsewhere || crate::providers::foreign_provider(evaluator.module(), block).is_some() {
        return;
    }
    let reported = evaluator.diagnostics.len();
    let planned = crate::lower::instances(evaluator, block);
    evaluator.diagnostics.truncate(reported);
    match planned {
        Ok((instances, _, _, None)) if instances.len() == 1 => {}
        _ => return,
    }
    let base = format!("{id_prefix}{}", pascal(block.label(1)));
    attribute_parameters(evaluator, template, ids, address, &base, block, &[]);
}

/// Makes a parameter for each attribute of the data source at `address` that the module reads, other
/// than `values` (a lookup's own value) and arguments the block sets (each is its own attribute).
fn attribute_parameters(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    address: &str,
    base: &str,
    block: &Block,
    values: &[&str],
) {
    let module = evaluator.module();
    for attribute in referenced_attributes(module, &format!("{}.{}", block.label(0), block.label(1))) {
        if values.contains(&attribute.as_str()) || block.body.attribute(&attribute).is_some() {
            continue;
        }
        let logical_id = ids.claim(&format!("{base}{}", pascal(&attribute)));
        let mut parameter = Parameter::new(attribute_parameter_type(&attribute));
        parameter.span = block.header_span();
        parameter.description = Some(format!("{}.{attribute}", display_address(address)));
        evaluator.diagnostics.push(diag::data_attribute_parameter(block, &attribute, &logical_id));
        template.parameters.insert(logical_id.clone(), parameter);
        evaluator.data_parameters.insert(format!("{address}.{attribute}"), logical_id);
    }
}

/// Makes the parameter of one lookup data source.
fn declare_one(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    address: &str,
    id_prefix: &str,
    block: &Block,
) {
    {
        let kind = block.label(0);
        let Some((_, parameter_type, suffix, _)) = LOOKUPS.iter().find(|(lookup, ..)| *lookup == kind) else {
            return;
        };
        // A lookup with no instances (`count = 0`) reads nothing.
        let prefix = evaluator.current.clone();
        if crate::lower::no_instances(evaluator, &prefix, block).is_some() {
            return;
        }
        let default = match kind {
            "aws_ssm_parameter" => ssm_parameter_name(evaluator, block),
            "aws_ami" => well_known_image(evaluator, block).map(|path| Some(path.to_string())),
            // A lookup by a known ID yields that ID. The ID is read in the scope of the block's one
            // instance (`each` and `count` are bound there); one parameter cannot default to the IDs
            // of several instances.
            "aws_vpc" | "aws_subnet" | "aws_security_group" => match block.body.attribute("id") {
                Some(id) => {
                    let reported = evaluator.diagnostics.len();
                    let planned = crate::lower::instances(evaluator, block);
                    evaluator.diagnostics.truncate(reported);
                    match planned {
                        Ok((instances, ..)) if instances.len() == 1 => {
                            match evaluator.eval_attribute(id, &instances[0].1) {
                                Ok(Value::String(id)) => Ok(Some(id)),
                                Ok(_) => Ok(None),
                                Err(fail) => Err(fail),
                            }
                        }
                        _ => Ok(None),
                    }
                }
                None => Ok(None),
            },
            _ => Ok(None),
        };
        let Ok(default) = default else { return };
        let base = format!("{id_prefix}{}", pascal(block.label(1)));
        let logical_id = ids.claim(&format!("{base}{suffix}"));
        let mut parameter = Parameter::new(ParameterType::Other((*parameter_type).to_string()));
        parameter.span = block.header_span();
        parameter.description = Some(display_address(address));
        match default {
            Some(default) => parameter.default = Some(Expr::String(default)),
            None => evaluator.diagnostics.push(diag::data_source_parameter(block, address, &logical_id)),
        }
        template.parameters.insert(logical_id.clone(), parameter);
        evaluator.data_parameters.insert(address.to_string(), logical_id);
        // Other attributes the module reads (`data.aws_vpc.main.cidr_block`) are parameters of their own.
        let values = LOOKUPS.iter().find(|(lookup, ..)| *lookup == kind).map_or(&[][..], |(.., values)| *values);
        attribute_parameters(evaluator, template, ids, address, &base, block, values);
    }
}

/// The parameter type for an attribute of a lookup data source that has a parameter of its own.
fn attribute_parameter_type(attribute: &str) -> ParameterType {
    match attribute {
        "vpc_id" => ParameterType::Other("AWS::EC2::VPC::Id".to_string()),
        "subnet_ids" | "ids" => ParameterType::Other("List<AWS::EC2::Subnet::Id>".to_string()),
        "security_group_ids" => ParameterType::Other("List<AWS::EC2::SecurityGroup::Id>".to_string()),
        // Plural identifiers are lists in the provider's schemas (`aws_iam_roles`' `arns` and `names`).
        name if ["_ids", "_blocks", "_arns", "_names"].iter().any(|suffix| name.ends_with(suffix))
            || name == "arns"
            || name == "names" =>
        {
            ParameterType::CommaDelimitedList
        }
        _ => ParameterType::String,
    }
}

/// The attributes of the data source `address` (`aws_vpc.main`) that expressions of the module read:
/// `data.aws_vpc.main.cidr_block`, `data.aws_vpc.main[0].cidr_block`.
fn referenced_attributes(module: &crate::index::Module, address: &str) -> Vec<String> {
    let mut finder = AttributeFinder { address: address.to_string(), found: Vec::new() };
    let bodies = module
        .resources
        .values()
        .chain(module.data.values())
        .chain(module.outputs.values())
        .chain(module.modules.values())
        .map(|block| &block.body);
    for body in bodies {
        finder.body(body);
    }
    for attribute in module.locals.values() {
        hcl_edit::visit::Visit::visit_expr(&mut finder, &attribute.value);
    }
    finder.found
}

/// Collects the attributes read from one data source.
struct AttributeFinder {
    address: String,
    found: Vec<String>,
}

impl AttributeFinder {
    fn body(&mut self, body: &crate::syntax::Body) {
        for attribute in &body.attributes {
            hcl_edit::visit::Visit::visit_expr(self, &attribute.value);
        }
        for block in &body.blocks {
            self.body(&block.body);
        }
    }
}

impl hcl_edit::visit::Visit for AttributeFinder {
    fn visit_traversal(&mut self, traversal: &hcl_edit::expr::Traversal) {
        use hcl_edit::expr::{Expression, TraversalOperator};
        if matches!(&traversal.expr, Expression::Variable(root) if root.as_str() == "data") {
            let names: Vec<Option<&str>> = traversal
                .operators
                .iter()
                .map(|op| match op.value() {
                    TraversalOperator::GetAttr(name) => Some(name.as_str()),
                    _ => None,
                })
                .collect();
            if let [Some(kind), Some(name), rest @ ..] = names.as_slice() {
                if format!("{kind}.{name}") == self.address {
                    // The first attribute after the address and any instance index.
                    if let Some(Some(attribute)) = rest.iter().find(|name| name.is_some()) {
                        if !self.found.iter().any(|found| found == attribute) {
                            self.found.push((*attribute).to_string());
                        }
                    }
                }
            }
        }
        hcl_edit::visit::visit_traversal(self, traversal);
    }
}

/// The name of the SSM parameter an `aws_ssm_parameter` data source reads (the parameter's default).
fn ssm_parameter_name(evaluator: &mut Evaluator<'_>, block: &Block) -> Eval<Option<String>> {
    if let Some(decrypt) = block.body.attribute("with_decryption") {
        if matches!(evaluator.eval_attribute(decrypt, &Scope::default()), Ok(Value::Bool(true))) {
            evaluator.diagnostics.push(diag::ssm_secure_string(decrypt));
        }
    }
    let Some(name) = block.body.attribute("name") else {
        return Err(evaluator.fail(diag::missing_block_argument(block.header_span(), "name", "data"), Fail::Static));
    };
    match evaluator.eval_attribute(name, &Scope::default())? {
        Value::String(text) => Ok(Some(text)),
        other => Err(evaluator.symbolic_value(&other, diag::data_argument_not_known(name.value_span, "name", &other))),
    }
}

/// The public SSM parameter of the image an `aws_ami` data source selects, when its owners and `name`
/// filter select a well-known image (other filters may only repeat the architecture or ask for HVM
/// images on EBS).
fn well_known_image(evaluator: &mut Evaluator<'_>, block: &Block) -> Eval<&'static str> {
    let scope = Scope::default();
    let mut pattern = None;
    let mut arm = None;
    let mut unmatched: Option<String> = None;
    for filter in block.body.blocks_of("filter", 0) {
        let name = filter.body.attribute("name").map(|a| evaluator.eval_attribute(a, &scope)).transpose()?;
        let values = filter.body.attribute("values").map(|a| evaluator.eval_attribute(a, &scope)).transpose()?;
        let values: Vec<String> = match values {
            Some(Value::List(items)) => items.iter().filter_map(Value::as_text).collect(),
            _ => Vec::new(),
        };
        match (name.as_ref().and_then(Value::as_text).as_deref(), values.as_slice()) {
            (Some("name"), [only]) => pattern = Some(only.clone()),
            (Some("architecture"), [only]) if only == "x86_64" || only == "arm64" => arm = Some(only == "arm64"),
            (Some("virtualization-type"), [only]) if only == "hvm" => {}
            (Some("root-device-type"), [only]) if only == "ebs" => {}
            (Some(other), _) => unmatched = unmatched.or(Some(format!("the `{other}` filter"))),
            (None, _) => unmatched = unmatched.or(Some("a filter without a name".to_string())),
        }
    }
    for argument in ["name_regex", "image_id", "executable_users"] {
        if block.body.has(argument) {
            unmatched = unmatched.or(Some(format!("`{argument}`")));
        }
    }
    let owners: Vec<String> = match block.body.attribute("owners").map(|a| evaluator.eval_attribute(a, &scope)) {
        Some(Ok(Value::List(items))) => items.iter().filter_map(Value::as_text).collect(),
        Some(Err(fail)) => return Err(fail),
        _ => Vec::new(),
    };
    let found = match (&pattern, &unmatched) {
        (Some(pattern), None) => WELL_KNOWN_IMAGES.iter().find(|(publishers, test, ..)| {
            test(pattern) && !owners.is_empty() && owners.iter().all(|owner| publishers.contains(&owner.as_str()))
        }),
        _ => None,
    };
    let Some((_, _, x86, arm64)) = found else {
        let why = match (&pattern, unmatched) {
            (_, Some(unmatched)) => format!("{unmatched} has no counterpart among public SSM image parameters"),
            (None, None) => "it has no `name` filter".to_string(),
            (Some(pattern), None) => format!(
                "`{pattern}` from owners [{}] is not a well-known image (Amazon Linux 2023 or 2, Ubuntu 22.04 or 24.04)",
                owners.join(", ")
            ),
        };
        return Err(evaluator.error(diag::ami_not_well_known(block, &why)));
    };
    // The pattern's own architecture, else the architecture filter's.
    let pattern = pattern.unwrap_or_default();
    let is_arm = arm.unwrap_or(false) || pattern.contains("arm64");
    Ok(if is_arm { arm64 } else { x86 })
}

/// Reports the data sources that cannot be converted (a warning: nothing needs them unless something
/// refers to them, and each reference is an error); called once for every `data` block.
pub(crate) fn check_declaration(evaluator: &mut Evaluator<'_>, address: &str, block: &Block) {
    let kind = block.label(0);
    // Other providers' data sources are reported by `providers::report`.
    if crate::providers::foreign_provider(evaluator.module(), block).is_some() {
        return;
    }
    if !iac2cfn_catalog::provider_types::exists(iac2cfn_catalog::provider_types::Kind::Data, kind) {
        let span = block.labels.first().map_or(block.header_span(), |(_, span)| *span);
        evaluator.diagnostics.push(diag::not_a_provider_type(span, iac2cfn_catalog::provider_types::Kind::Data, kind));
        return;
    }
    if !SUPPORTED.contains(&kind) {
        // A data source with no instances (`count = 0`) reads nothing.
        let instances = instances(evaluator, address, block);
        // Attributes read of it became parameters (each with its warning).
        let prefix = address.strip_prefix("data.").unwrap_or(address);
        let as_parameters = evaluator.data_parameters.keys().any(|key| key.starts_with(&format!("{prefix}.")));
        if instances.is_some_and(|(_, instances)| !instances.is_empty()) && !as_parameters {
            evaluator.diagnostics.push(diag::unsupported_data_source(block, kind, SUPPORTED));
        }
    }
}

/// The instances of a data source (`count`, `for_each`), evaluated once. A data source counted by a
/// condition on a parameter has one instance whatever the condition: reading it has no effect.
fn instances(evaluator: &mut Evaluator<'_>, address: &str, block: &Block) -> Option<DataInstances> {
    if let Some(known) = evaluator.data_instances.get(address) {
        return known.clone();
    }
    // Claimed before evaluating, so that a data source whose count refers to itself ends.
    evaluator.data_instances.insert(address.to_string(), None);
    let planned = match crate::lower::instances(evaluator, block) {
        Ok((_, Repetition::Loop, ..)) | Ok((_, _, _, Some(_))) => {
            let span = block.body.attribute("for_each").map_or(block.header_span(), |a| a.value_span);
            evaluator.diagnostics.push(diag::data_source_loop(span));
            None
        }
        Ok((instances, repetition, _, None)) => Some((repetition, instances)),
        Err(_) => None,
    };
    evaluator.data_instances.insert(address.to_string(), planned.clone());
    planned
}

/// The value of `data.TYPE.NAME`: one object, or a list (`count`) or map (`for_each`) of instance
/// objects. `address` is `data.` and the full address.
pub(crate) fn value(evaluator: &mut Evaluator<'_>, address: &str) -> Eval {
    let Some((prefix, block)) = evaluator.home(address) else { return Err(Fail::Static) };
    let planned = evaluator.in_module(&prefix, |evaluator| instances(evaluator, address, block));
    let Some((repetition, instances)) = planned else { return Err(Fail::Static) };
    Ok(crate::eval::instances_value(address, repetition, instances.into_iter().map(|(key, _)| key)))
}

/// Attributes of data sources whose values follow from their arguments by AWS's naming rules:
/// `aws_service_principal` (`SERVICE.amazonaws.com`, by partition) and `aws_vpc_endpoint_service`'s
/// `service_name` (`com.amazonaws.REGION.SERVICE`). `None` when the attribute is not one of these.
fn computed_attribute(
    evaluator: &mut Evaluator<'_>,
    kind: &str,
    block: &Block,
    scope: &Scope,
    name: &str,
) -> Eval<Option<Value>> {
    let argument = |evaluator: &mut Evaluator<'_>, argument: &str| -> Eval<Option<Value>> {
        match block.body.attribute(argument) {
            Some(set) => match evaluator.eval_attribute(set, scope)? {
                Value::Null => Ok(None),
                value => Ok(Some(value)),
            },
            None => Ok(None),
        }
    };
    let sub = |template: String| Value::Sym(Sym::new(Expr::sub(&template), SymType::String));
    match (kind, name) {
        ("aws_service_principal", "name" | "id") => match argument(evaluator, "service_name")? {
            Some(Value::String(service)) => Ok(Some(sub(format!("{service}.${{AWS::URLSuffix}}")))),
            _ => Ok(None),
        },
        ("aws_service_principal", "suffix") => Ok(Some(pseudo_value(pseudo::URL_SUFFIX))),
        ("aws_vpc_endpoint_service", "service_name") => match argument(evaluator, "service")? {
            Some(Value::String(service)) => Ok(Some(sub(format!("com.amazonaws.${{AWS::Region}}.{service}")))),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Terraform's spelling of a data source's full address (`module.x.data.aws_region.current`) from the
/// address without `data.` (`module.x.aws_region.current`).
pub(crate) fn display_address(address: &str) -> String {
    // The data source's own part is the last two dot-separated names; module keys may hold dots, but
    // data source types and names cannot.
    let mut parts = address.rsplitn(3, '.');
    let (name, kind, prefix) = (parts.next(), parts.next(), parts.next());
    match (name, kind, prefix) {
        (Some(name), Some(kind), Some(prefix)) => format!("{prefix}.data.{kind}.{name}"),
        _ => format!("data.{address}"),
    }
}

fn pseudo_value(name: &str) -> Value {
    Value::Sym(Sym::new(Expr::reference(name), SymType::String))
}

/// The value of `data.ADDRESS.NAME` (or of one instance).
pub(crate) fn attribute(
    evaluator: &mut Evaluator<'_>,
    object: &ObjectRef,
    name: &str,
    span: Span,
    name_span: Span,
) -> Eval {
    let Some((prefix, block)) = evaluator.home(&object.address) else {
        return Err(Fail::Static);
    };
    let Some((_, instances)) = evaluator.data_instances.get(&object.address).cloned().flatten() else {
        return Err(Fail::Static);
    };
    let Some((_, scope)) = instances.into_iter().find(|(key, _)| *key == object.key) else {
        return Err(evaluator.error(diag::missing_instance(span, &object.instance_address())));
    };
    let address = object.address.strip_prefix("data.").unwrap_or(&object.address).to_string();
    let node = object.instance_address();
    evaluator.in_module(&prefix, |evaluator| {
        block_attribute(evaluator, &address, &node, block, &scope, name, span, name_span)
    })
}

#[allow(clippy::too_many_arguments)]
fn block_attribute(
    evaluator: &mut Evaluator<'_>,
    address: &str,
    node: &str,
    block: &Block,
    scope: &Scope,
    name: &str,
    span: Span,
    name_span: Span,
) -> Eval {
    let kind = block.label(0);
    if crate::providers::foreign_provider(evaluator.module(), block).is_some() {
        // Reported at the declaration, or at the reference under --skip-unsupported.
        return Err(Fail::Static);
    }
    // An attribute the configuration sets is what Terraform returns for it, whatever the data source
    // looks up (`data.aws_iam_policy.x.arn` with `arn` given).
    if !LOOKUPS.iter().any(|(lookup, ..)| *lookup == kind) && !["region", "name"].contains(&name) {
        if let Some(set) = block.body.attribute(name) {
            if !matches!(name, "count" | "for_each" | "depends_on" | "provider") {
                match evaluator.eval_attribute(set, scope)? {
                    Value::Null => {}
                    value => return Ok(value),
                }
            }
        }
    }
    if let Some(value) = crate::document_data_sources::attribute(evaluator, node, block, scope, name, span, name_span)?
    {
        return Ok(value);
    }
    if let Some(value) = computed_attribute(evaluator, kind, block, scope, name)? {
        return Ok(value);
    }
    // An attribute read of a lookup (or of a data source with no CloudFormation form) that became a
    // parameter of its own.
    if let Some(own) = evaluator.data_parameters.get(&format!("{address}.{name}")).cloned() {
        let ty = match attribute_parameter_type(name) {
            ParameterType::String => SymType::String,
            ParameterType::Other(named) if !named.starts_with("List<") => SymType::String,
            _ => SymType::List,
        };
        return Ok(Value::Sym(Sym::new(Expr::reference(&own), ty)));
    }
    if !SUPPORTED.contains(&kind) {
        // No CloudFormation value: an output that needs it is left out.
        let diagnostic = diag::unsupported_data_source_reference(span, kind, &display_address(address));
        return Err(evaluator.fail(diagnostic, Fail::Symbolic));
    }
    if let Some((_, _, _, values)) = LOOKUPS.iter().find(|(lookup, ..)| *lookup == kind) {
        return lookup_attribute(evaluator, address, kind, values, name, name_span);
    }
    let attributes: &[&str] = match kind {
        "aws_caller_identity" => &["account_id", "id", "arn", "user_id"],
        "aws_region" => &["name", "region", "id", "endpoint", "description"],
        "aws_partition" => &["partition", "id", "dns_suffix", "reverse_dns_prefix"],
        "aws_iam_policy_document" => &["json", "minified_json", "id"],
        "aws_service_principal" => &["name", "id", "suffix"],
        "aws_vpc_endpoint_service" => &["service_name"],
        _ => &["names", "zone_ids", "id"],
    };
    let unavailable = |evaluator: &mut Evaluator<'_>, why: &str| -> Eval {
        Err(evaluator.error(diag::data_attribute_unavailable(
            name_span,
            &format!("{}.{name}", display_address(address)),
            why,
        )))
    };
    match (kind, name) {
        ("aws_caller_identity", "account_id" | "id") => Ok(pseudo_value(pseudo::ACCOUNT_ID)),
        ("aws_caller_identity", _) if attributes.contains(&name) => unavailable(
            evaluator,
            "it names the identity that runs Terraform; CloudFormation has no such value (the stack's account is `account_id`)",
        ),
        ("aws_region", "name" | "region" | "id") => {
            // A data source that names a region yields that region, not the stack's.
            let block = block.clone();
            for argument in ["region", "name"] {
                if let Some(set) = block.body.attribute(argument) {
                    // `region = null` is the provider's region, as if the argument were left out.
                    match evaluator.eval_attribute(set, scope)? {
                        Value::Null => {}
                        named => return Ok(named),
                    }
                }
            }
            Ok(pseudo_value(pseudo::REGION))
        }
        ("aws_region", "endpoint") => Ok(Value::Sym(Sym::new(Expr::sub("ec2.${AWS::Region}.${AWS::URLSuffix}"), SymType::String))),
        ("aws_region", "description") => unavailable(evaluator, "CloudFormation has no pseudo parameter for a region's description"),
        ("aws_partition", "partition" | "id") => Ok(pseudo_value(pseudo::PARTITION)),
        ("aws_partition", "dns_suffix") => Ok(pseudo_value(pseudo::URL_SUFFIX)),
        ("aws_partition", "reverse_dns_prefix") => unavailable(evaluator, "CloudFormation has no pseudo parameter for it"),
        ("aws_iam_policy_document", "json" | "minified_json") => {
            let block = block.clone();
            let document = evaluator.memoized(Node::Data(node.to_string()), span, |evaluator| {
                crate::policy_document::render(evaluator, &block, scope)
            })?;
            let style = if name == "json" { JsonStyle::Indented } else { JsonStyle::Compact };
            Ok(Value::Json(Box::new(document), style))
        }
        ("aws_iam_policy_document", "id") => unavailable(evaluator, "it is a hash Terraform computes of the JSON text; use `json`"),
        ("aws_availability_zones", "names") => Ok(Value::Sym(Sym::new(Expr::GetAzs(Box::new(Expr::string(""))), SymType::List))),
        ("aws_availability_zones", _) if attributes.contains(&name) => {
            unavailable(evaluator, "CloudFormation only lists the zone names (Fn::GetAZs)")
        }
        _ => Err(evaluator.error(diag::unknown_data_attribute(name_span, address, name, attributes))),
    }
}

/// An attribute of a lookup that became a parameter: its value is the parameter's.
fn lookup_attribute(
    evaluator: &mut Evaluator<'_>,
    address: &str,
    kind: &str,
    values: &[&str],
    name: &str,
    name_span: Span,
) -> Eval {
    // The declaration's problem was reported where it is.
    let Some(logical_id) = evaluator.data_parameters.get(address).cloned() else { return Err(Fail::Static) };
    let ty = if kind == "aws_subnets" { SymType::List } else { SymType::String };
    if values.contains(&name) {
        return Ok(Value::Sym(Sym::new(Expr::reference(&logical_id), ty)));
    }
    // Other attributes the module reads became parameters of their own (see `block_attribute`).
    let reference = format!("{}.{name}", display_address(address));
    let why = format!("only {} is a parameter's value; CloudFormation looks nothing else up", values.join(", "));
    Err(evaluator.error(diag::data_attribute_unavailable(name_span, &reference, &why)))
}
