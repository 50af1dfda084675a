//! Data sources that compute their attributes from their arguments alone, with no AWS lookup, so each
//! attribute has an exact CloudFormation form. Each follows the AWS provider (5.x) exactly:
//!
//! - `aws_arn`: an ARN's parts, split as `arn.Parse` splits them (`arn:PARTITION:SERVICE:REGION:
//!   ACCOUNT:RESOURCE`, the resource keeping any further colons). An ARN only known at deployment is
//!   split where the `Fn::Sub` that builds it shows its first five colons, else by `Fn::Select` of
//!   `Fn::Split`; its resource part then has no CloudFormation form (it may hold colons itself).
//! - `aws_cloudwatch_log_data_protection_policy_document`: the policy JSON as the provider encodes it
//!   (keys in its struct order, two-space indentation, a final newline, data identifiers in the order
//!   of the SDK's set hash), and its `id`, the CRC-32 of that text.
//! - `aws_sagemaker_prebuilt_ecr_image`: the registry account of a SageMaker image from the provider's
//!   table by repository and region. For the stack's region (or a region only known at deployment) the
//!   account is an `Fn::FindInMap` on a `Mappings` table that [`add_mappings`] writes into the template.
//! - `aws_default_tags`: the AWS provider's `default_tags`, as the provider filters them.
//! - `aws_cloudfront_log_delivery_canonical_user_id`: CloudFront's log delivery canonical user, by the
//!   partition of the region (the stack's: an `Fn::If` on the partition).

use crate::diagnostics as diag;
use crate::eval::{Eval, Evaluator, Fail, Node, Scope};
use crate::syntax::{Block, Body};
use crate::value::{to_json_text, JsonStyle, StringParts, Sym, SymType, Value};
use iac2cfn_diagnostics::{Code, Diagnostic, Span};
use iac2cfn_ir::{pseudo, Expr, IndexMap, SubPart, Template};

/// The data source types of this module, with their attributes.
pub(crate) const KINDS: &[(&str, &[&str])] = &[
    ("aws_arn", &["arn", "id", "partition", "service", "region", "account", "resource"]),
    (
        "aws_cloudwatch_log_data_protection_policy_document",
        &["json", "id", "name", "description", "version", "statement", "configuration"],
    ),
    (
        "aws_sagemaker_prebuilt_ecr_image",
        &["registry_id", "registry_path", "id", "repository_name", "image_tag", "region", "dns_suffix"],
    ),
    ("aws_default_tags", &["tags", "id"]),
    ("aws_cloudfront_log_delivery_canonical_user_id", &["id", "region"]),
];

/// Meta-arguments every data source may set.
const META: &[&str] = &["count", "for_each", "depends_on", "provider", "lifecycle", "dynamic"];

/// The value of attribute `name` of the data source instance `node` (`data.aws_arn.x` or
/// `data.aws_arn.x[0]`) declared by `block`, when the data source is one of [`KINDS`]; `None` for
/// other data sources. `span` is the whole reference, `name_span` the attribute's name in it.
pub(crate) fn attribute(
    evaluator: &mut Evaluator<'_>,
    node: &str,
    block: &Block,
    scope: &Scope,
    name: &str,
    span: Span,
    name_span: Span,
) -> Eval<Option<Value>> {
    let kind = block.label(0);
    let Some((_, attributes)) = KINDS.iter().find(|(known, _)| *known == kind) else { return Ok(None) };
    let address = node.strip_prefix("data.").unwrap_or(node);
    if !attributes.contains(&name) {
        return Err(evaluator.error(diag::unknown_data_attribute(name_span, address, name, attributes)));
    }
    let reference = format!("{}.{name}", crate::data_sources::display_address(address));
    let at = Place { reference: &reference, span: name_span };
    let value = evaluator.memoized(Node::Data(format!("{address}.{name}")), span, |evaluator| match kind {
        "aws_arn" => arn_attribute(evaluator, block, scope, name, &at),
        "aws_cloudwatch_log_data_protection_policy_document" => {
            protection_attribute(evaluator, block, scope, name, &at)
        }
        "aws_sagemaker_prebuilt_ecr_image" => prebuilt_image_attribute(evaluator, block, scope, name),
        "aws_default_tags" => default_tags_attribute(evaluator, block, name),
        _ => log_delivery_attribute(evaluator, block, scope, name, span),
    })?;
    Ok(Some(value))
}

/// Where an attribute is read, for its diagnostics.
struct Place<'a> {
    /// `data.aws_arn.x.resource`.
    reference: &'a str,
    /// The attribute's name in the reference.
    span: Span,
}

/// A pseudo parameter's value.
fn pseudo_value(name: &str) -> Value {
    Value::Sym(Sym::new(Expr::reference(name), SymType::String))
}

/// Reports arguments the data source does not take (`known` besides the meta-arguments).
fn check_arguments(evaluator: &mut Evaluator<'_>, body: &Body, block: &str, known: &[&str]) -> Eval<()> {
    let known: Vec<&str> = known.iter().chain(META).copied().collect();
    let unknown = diag::unknown_arguments(body, block, &known);
    if unknown.is_empty() {
        return Ok(());
    }
    evaluator.diagnostics.extend(unknown);
    Err(Fail::Static)
}

/// An argument's value; `None` when it is absent or null.
fn argument(evaluator: &mut Evaluator<'_>, body: &Body, name: &str, scope: &Scope) -> Eval<Option<Value>> {
    match body.attribute(name) {
        Some(attribute) => match evaluator.eval_attribute(attribute, scope)? {
            Value::Null => Ok(None),
            value => Ok(Some(value)),
        },
        None => Ok(None),
    }
}

/// A string argument as the provider reads it: known text (numbers and bools converted), or a string
/// only known at deployment; `None` when absent, null or (as `d.GetOk` reads it) empty.
fn string_argument(evaluator: &mut Evaluator<'_>, body: &Body, name: &str, scope: &Scope) -> Eval<Option<Value>> {
    let Some(value) = argument(evaluator, body, name, scope)? else { return Ok(None) };
    let span = body.attribute(name).map_or(body.span, |attribute| attribute.value_span);
    match value {
        Value::Sym(sym) if matches!(sym.ty, SymType::String | SymType::Number | SymType::Bool | SymType::Any) => {
            Ok(Some(Value::Sym(sym)))
        }
        other => match other.as_text() {
            Some(text) if text.is_empty() => Ok(None),
            Some(text) => Ok(Some(Value::String(text))),
            None => Err(evaluator.error(diag::expected_string(span, name, &other))),
        },
    }
}

/// A required string argument that must not be empty.
fn required_string(evaluator: &mut Evaluator<'_>, body: &Body, name: &str, block: &str, scope: &Scope) -> Eval {
    match string_argument(evaluator, body, name, scope)? {
        Some(value) => Ok(value),
        None => Err(evaluator.fail(missing_argument(body, name, block), Fail::Static)),
    }
}

/// A required argument that is absent, null or empty.
#[cold]
fn missing_argument(body: &Body, name: &str, block: &str) -> Diagnostic {
    match body.attribute(name) {
        Some(attribute) => {
            Diagnostic::error(Code("tf::invalid-value"), format!("`{name}` of `{block}` must not be empty"))
                .with_label(attribute.value_span, "the provider rejects an empty value")
        }
        None => diag::missing_block_argument(body.span, name, block),
    }
}

/// The text or intrinsic of a scalar, appended to a string being built.
fn append(parts: &mut StringParts, value: &Value) {
    match value {
        Value::Sym(sym) => parts.expr(sym.expr.clone()),
        other => parts.text(&other.as_text().unwrap_or_default()),
    }
}

/// A string built from parts: known text, or a symbolic string depending on `resources`.
fn built_string(parts: StringParts, resources: Vec<String>) -> Value {
    match parts.finish() {
        Expr::String(text) => Value::String(text),
        expr => Value::Sym(Sym { expr, ty: SymType::String, condition: None, resources, known: None }),
    }
}

// ---------------------------------------------------------------------------------------------------
// aws_arn

/// The parts of an ARN as the provider's `arn.Parse` returns them: partition, service, region,
/// account and resource. `None` when the text is not an ARN.
pub(crate) fn parse_arn(text: &str) -> Option<[&str; 5]> {
    let rest = text.strip_prefix("arn:")?;
    let mut sections = rest.splitn(5, ':');
    Some([sections.next()?, sections.next()?, sections.next()?, sections.next()?, sections.next()?])
}

/// Where the ARN's parts are in the order of [`parse_arn`], for `Fn::Select` of `Fn::Split`.
const ARN_PARTS: [&str; 5] = ["partition", "service", "region", "account", "resource"];

/// Pseudo parameters whose values never hold a colon, so a `Fn::Sub` placeholder of one cannot move
/// an ARN's part boundaries.
const COLON_FREE: &[&str] = &[pseudo::PARTITION, pseudo::REGION, pseudo::ACCOUNT_ID, pseudo::URL_SUFFIX];

fn arn_attribute(evaluator: &mut Evaluator<'_>, block: &Block, scope: &Scope, name: &str, at: &Place<'_>) -> Eval {
    let body = &block.body;
    check_arguments(evaluator, body, "aws_arn", &["arn", "id"])?;
    let Some(attribute) = body.attribute("arn") else {
        return Err(evaluator.fail(diag::missing_block_argument(block.header_span(), "arn", "data"), Fail::Static));
    };
    let span = attribute.value_span;
    let arn = match evaluator.eval_attribute(attribute, scope)? {
        Value::Null => {
            return Err(evaluator.fail(diag::missing_block_argument(block.header_span(), "arn", "data"), Fail::Static))
        }
        Value::Sym(sym) if matches!(sym.ty, SymType::String | SymType::Any) => Value::Sym(sym),
        other => match other.as_text() {
            Some(text) => Value::String(text),
            None => return Err(evaluator.error(diag::expected_string(span, "arn", &other))),
        },
    };
    let Some(index) = ARN_PARTS.iter().position(|part| *part == name) else {
        // `arn` and `id` are the ARN itself.
        return Ok(arn);
    };
    match arn {
        Value::String(text) => match parse_arn(&text) {
            Some(parts) => Ok(Value::string(parts[index])),
            None => Err(evaluator.error(invalid_arn(span, &text))),
        },
        Value::Sym(sym) => {
            if let Some(parts) = sub_arn_parts(&sym.expr) {
                if let [SubPart::Var(variable)] = parts[index].as_slice() {
                    let expr = placeholder_expr(&sym.expr, variable);
                    return Ok(Value::Sym(Sym {
                        expr,
                        ty: SymType::String,
                        condition: None,
                        resources: sym.resources.clone(),
                        known: None,
                    }));
                }
                let mut built = StringParts::default();
                for part in &parts[index] {
                    match part {
                        SubPart::Text(text) => built.text(text),
                        SubPart::Var(variable) => built.expr(placeholder_expr(&sym.expr, variable)),
                    }
                }
                return Ok(built_string(built, sym.resources.clone()));
            }
            if index == 4 {
                // What Terraform knows at plan time (an argument the configuration sets) splits exactly.
                if let Some(Value::String(known)) = sym.known.as_deref() {
                    if let Some(parts) = parse_arn(known) {
                        return Ok(Value::string(parts[4]));
                    }
                }
                let why = "the ARN is only known at deployment, and its resource part (everything after the fifth \
                           colon) may hold colons itself: `Fn::Select` of `Fn::Split` would cut it short, and \
                           CloudFormation has no function that takes the rest of a string";
                return Err(evaluator.symbolic(&sym, diag::data_attribute_unavailable(at.span, at.reference, why)));
            }
            let expr = Expr::Select {
                index: Box::new(Expr::Number(iac2cfn_ir::Number::from(u32::try_from(index + 1).unwrap_or(1)))),
                list: Box::new(Expr::Split { delimiter: ":".to_string(), source: Box::new(sym.expr.clone()) }),
            };
            Ok(Value::Sym(Sym {
                expr,
                ty: SymType::String,
                condition: None,
                resources: sym.resources.clone(),
                known: None,
            }))
        }
        _ => Err(Fail::Dynamic),
    }
}

/// The parts of an ARN built by a `Fn::Sub` whose first five colons are in its literal text, with only
/// colon-free pseudo parameters before the fifth: partition, service, region, account and resource,
/// each as template parts.
fn sub_arn_parts(expr: &Expr) -> Option<[Vec<SubPart>; 5]> {
    let Expr::Sub { parts, .. } = expr else { return None };
    // The "arn" prefix, then the five parts; the last (the resource) keeps any further colons.
    let mut fields: Vec<Vec<SubPart>> = vec![Vec::new()];
    let push = |fields: &mut Vec<Vec<SubPart>>, part: SubPart| {
        if part != SubPart::Text(String::new()) {
            if let Some(last) = fields.last_mut() {
                last.push(part);
            }
        }
    };
    for part in parts {
        match part {
            SubPart::Text(text) => {
                let mut rest = text.as_str();
                while fields.len() < 6 {
                    let Some((before, after)) = rest.split_once(':') else { break };
                    push(&mut fields, SubPart::Text(before.to_string()));
                    fields.push(Vec::new());
                    rest = after;
                }
                push(&mut fields, SubPart::Text(rest.to_string()));
            }
            SubPart::Var(name) => {
                if fields.len() < 6 && !COLON_FREE.contains(&name.as_str()) {
                    return None;
                }
                push(&mut fields, SubPart::Var(name.clone()));
            }
        }
    }
    if fields.len() != 6 || fields[0] != [SubPart::Text("arn".to_string())] {
        return None;
    }
    let mut fields = fields.into_iter().skip(1);
    Some([fields.next()?, fields.next()?, fields.next()?, fields.next()?, fields.next()?])
}

/// The expression a placeholder of `sub` (an `Fn::Sub`) stands for.
fn placeholder_expr(sub: &Expr, name: &str) -> Expr {
    if let Expr::Sub { variables, .. } = sub {
        if let Some(value) = variables.get(name) {
            return value.clone();
        }
    }
    match name.split_once('.') {
        Some((resource, attribute)) if !name.starts_with("AWS::") => Expr::get_att(resource, attribute),
        _ => Expr::reference(name),
    }
}

#[cold]
fn invalid_arn(span: Span, text: &str) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-value"), format!("{text:?} is not an ARN"))
        .with_label(span, "the provider cannot parse it")
        .with_help("an ARN is `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`")
}

// ---------------------------------------------------------------------------------------------------
// aws_cloudwatch_log_data_protection_policy_document

const PROTECTION: &str = "aws_cloudwatch_log_data_protection_policy_document";

fn protection_attribute(
    evaluator: &mut Evaluator<'_>,
    block: &Block,
    scope: &Scope,
    name: &str,
    at: &Place<'_>,
) -> Eval {
    let body = &block.body;
    match name {
        "name" => required_string(evaluator, body, "name", PROTECTION, scope),
        "description" => Ok(argument(evaluator, body, "description", scope)?.unwrap_or(Value::Null)),
        "version" => Ok(argument(evaluator, body, "version", scope)?.unwrap_or_else(|| Value::string("2021-06-01"))),
        "json" | "id" => {
            let document = protection_document(evaluator, block, scope)?;
            if !document.is_known() {
                if name == "id" {
                    let why = "it is the CRC-32 of the JSON text, which is only known at deployment";
                    return Err(evaluator
                        .symbolic_value(&document, diag::data_attribute_unavailable(at.span, at.reference, why)));
                }
                // The structure, so documents keep their shape where a property takes JSON; as text it
                // lacks only the provider's final newline.
                return Ok(Value::Json(Box::new(document), JsonStyle::Indented));
            }
            let text = protection_text(&document);
            Ok(if name == "json" { Value::String(text) } else { Value::String(crc32_id(&text)) })
        }
        _ => {
            let why = "its nested blocks are only read into `json`; refer to `json`";
            Err(evaluator.error(diag::data_attribute_unavailable(at.span, at.reference, why)))
        }
    }
}

/// The JSON text of a known document, as the provider's `tfjson.EncodeToStringIndent` writes it.
fn protection_text(document: &Value) -> String {
    let mut text = to_json_text(document, JsonStyle::Indented);
    text.push('\n');
    text
}

/// The provider's `create.StringHashcode` of a text, as the decimal `id` it sets.
fn crc32_id(text: &str) -> String {
    crate::encoding::crc32(text.as_bytes()).to_string()
}

/// The policy as a structure in the provider's key order (its Go structs' field order).
fn protection_document(evaluator: &mut Evaluator<'_>, block: &Block, scope: &Scope) -> Eval {
    let body = &block.body;
    check_arguments(evaluator, body, PROTECTION, &["name", "description", "version", "statement", "configuration"])?;
    check_blocks(evaluator, body, PROTECTION, &["statement", "configuration", "lifecycle"])?;
    let mut document = IndexMap::new();
    if let Some((configuration, configuration_scope)) =
        single_block(evaluator, body, "configuration", PROTECTION, scope, false)?
    {
        let body = &configuration.body;
        check_arguments(evaluator, body, "configuration", &["custom_data_identifier"])?;
        check_blocks(evaluator, body, "configuration", &["custom_data_identifier"])?;
        let mut identifiers = Vec::new();
        for (identifier, identifier_scope) in
            evaluator.expand_blocks(body, "custom_data_identifier", &configuration_scope)?
        {
            let body = &identifier.body;
            check_arguments(evaluator, body, "custom_data_identifier", &["name", "regex"])?;
            let name = required_string(evaluator, body, "name", "custom_data_identifier", &identifier_scope)?;
            let regex = required_string(evaluator, body, "regex", "custom_data_identifier", &identifier_scope)?;
            identifiers.push(map([("Name", Some(name)), ("Regex", Some(regex))]));
        }
        if identifiers.len() > 10 {
            return Err(evaluator.error(block_count(
                configuration.span,
                "custom_data_identifier",
                "at most 10",
                identifiers.len(),
            )));
        }
        let identifiers = (!identifiers.is_empty()).then_some(Value::List(identifiers));
        document.insert("Configuration".to_string(), map([("CustomDataIdentifier", identifiers)]));
    }
    if let Some(description) = string_argument(evaluator, body, "description", scope)? {
        document.insert("Description".to_string(), description);
    }
    document.insert("Name".to_string(), required_string(evaluator, body, "name", PROTECTION, scope)?);
    let statements = evaluator.expand_blocks(body, "statement", scope)?;
    if statements.len() != 2 {
        return Err(evaluator.error(block_count(block.header_span(), "statement", "exactly 2", statements.len())));
    }
    let mut rendered = Vec::new();
    for (index, (statement, statement_scope)) in statements.iter().enumerate() {
        rendered.push(protection_statement(evaluator, statement, statement_scope, index)?);
    }
    document.insert("Statement".to_string(), Value::List(rendered));
    // `d.Get` of the version: its default when absent, nothing when set empty (`omitempty`).
    let version = match body.attribute("version") {
        Some(_) => string_argument(evaluator, body, "version", scope)?,
        None => Some(Value::string("2021-06-01")),
    };
    if let Some(version) = version {
        document.insert("Version".to_string(), version);
    }
    Ok(Value::Map(document))
}

/// One statement: the first may only audit, the second may only de-identify.
fn protection_statement(evaluator: &mut Evaluator<'_>, statement: &Block, scope: &Scope, index: usize) -> Eval {
    let body = &statement.body;
    check_arguments(evaluator, body, "statement", &["sid", "data_identifiers", "operation"])?;
    check_blocks(evaluator, body, "statement", &["operation"])?;
    let sid = string_argument(evaluator, body, "sid", scope)?;
    let identifiers = data_identifiers(evaluator, body, scope)?;
    let Some((operation, operation_scope)) = single_block(evaluator, body, "operation", "statement", scope, true)?
    else {
        return Err(Fail::Static);
    };
    let body = &operation.body;
    check_arguments(evaluator, body, "operation", &["audit", "deidentify"])?;
    check_blocks(evaluator, body, "operation", &["audit", "deidentify"])?;
    let audit = match single_block(evaluator, body, "audit", "operation", &operation_scope, false)? {
        Some((audit, audit_scope)) => Some(audit_operation(evaluator, &audit, &audit_scope)?),
        None => None,
    };
    let deidentify = match single_block(evaluator, body, "deidentify", "operation", &operation_scope, false)? {
        Some((deidentify, deidentify_scope)) => {
            let body = &deidentify.body;
            check_arguments(evaluator, body, "deidentify", &["mask_config"])?;
            check_blocks(evaluator, body, "deidentify", &["mask_config"])?;
            let Some((mask, _)) = single_block(evaluator, body, "mask_config", "deidentify", &deidentify_scope, true)?
            else {
                return Err(Fail::Static);
            };
            check_arguments(evaluator, &mask.body, "mask_config", &[])?;
            check_blocks(evaluator, &mask.body, "mask_config", &[])?;
            Some(map([("MaskConfig", Some(Value::Map(IndexMap::new())))]))
        }
        None => None,
    };
    let valid =
        if index == 0 { audit.is_some() && deidentify.is_none() } else { audit.is_none() && deidentify.is_some() };
    if !valid {
        let only = if index == 0 {
            "the first policy statement must contain only the audit operation"
        } else {
            "the second policy statement must contain only the deidentify operation"
        };
        let diagnostic = Diagnostic::error(Code("tf::invalid-block"), only).with_label(operation.span, "");
        return Err(evaluator.error(diagnostic));
    }
    let operation = map([("Audit", audit), ("Deidentify", deidentify)]);
    Ok(map([("Sid", sid), ("DataIdentifier", identifiers), ("Operation", Some(operation))]))
}

fn audit_operation(evaluator: &mut Evaluator<'_>, audit: &Block, scope: &Scope) -> Eval {
    let body = &audit.body;
    check_arguments(evaluator, body, "audit", &["findings_destination"])?;
    check_blocks(evaluator, body, "audit", &["findings_destination"])?;
    let Some((destination, scope)) = single_block(evaluator, body, "findings_destination", "audit", scope, true)?
    else {
        return Err(Fail::Static);
    };
    let body = &destination.body;
    let kinds = ["cloudwatch_logs", "firehose", "s3"];
    check_arguments(evaluator, body, "findings_destination", &kinds)?;
    check_blocks(evaluator, body, "findings_destination", &kinds)?;
    let mut destinations = Vec::new();
    for (kind, key, argument, field) in [
        ("cloudwatch_logs", "CloudWatchLogs", "log_group", "LogGroup"),
        ("firehose", "Firehose", "delivery_stream", "DeliveryStream"),
        ("s3", "S3", "bucket", "Bucket"),
    ] {
        let found = match single_block(evaluator, body, kind, "findings_destination", &scope, false)? {
            Some((nested, nested_scope)) => {
                check_arguments(evaluator, &nested.body, kind, &[argument])?;
                let value = required_string(evaluator, &nested.body, argument, kind, &nested_scope)?;
                Some(map([(field, Some(value))]))
            }
            None => None,
        };
        destinations.push((key, found));
    }
    Ok(map([("FindingsDestination", Some(map(destinations)))]))
}

/// `data_identifiers`, a set of strings: the SDK's set lists its elements in the order of their hash
/// codes as decimal text (the CRC-32 of each string followed by `;`).
fn data_identifiers(evaluator: &mut Evaluator<'_>, body: &Body, scope: &Scope) -> Eval<Option<Value>> {
    let Some(attribute) = body.attribute("data_identifiers") else {
        return Err(
            evaluator.fail(diag::missing_block_argument(body.span, "data_identifiers", "statement"), Fail::Static)
        );
    };
    let span = attribute.value_span;
    let items = match evaluator.eval_attribute(attribute, scope)? {
        Value::List(items) => items,
        Value::Sym(sym) => {
            return Err(evaluator.symbolic(&sym, diag::policy_list_unknown(span, "data_identifiers", &sym)));
        }
        other => return Err(evaluator.error(diag::policy_value_type(span, "data_identifiers", &other))),
    };
    let mut texts: Vec<String> = Vec::new();
    for item in &items {
        match item {
            Value::Sym(_) => {
                let why =
                    "the provider orders data identifiers by a hash of their text, which is only known at deployment";
                return Err(evaluator.symbolic_value(item, diag::no_cloudformation_form(span, why)));
            }
            other => match other.as_text() {
                Some(text) => {
                    if !texts.contains(&text) {
                        texts.push(text);
                    }
                }
                None => return Err(evaluator.error(diag::policy_value_type(span, "data_identifiers", other))),
            },
        }
    }
    if texts.is_empty() {
        let diagnostic =
            Diagnostic::error(Code("tf::invalid-value"), "`data_identifiers` needs at least one identifier")
                .with_label(span, "");
        return Err(evaluator.error(diagnostic));
    }
    Ok(Some(Value::List(set_order(texts).into_iter().map(Value::String).collect())))
}

/// Strings in the order the plugin SDK lists a set of them.
pub(crate) fn set_order(mut texts: Vec<String>) -> Vec<String> {
    texts.sort_by_cached_key(|text| crate::encoding::crc32(format!("{text};").as_bytes()).to_string());
    texts
}

/// A JSON object of the entries that are present, in the given order (Go's `omitempty`).
fn map<'k>(entries: impl IntoIterator<Item = (&'k str, Option<Value>)>) -> Value {
    Value::Map(entries.into_iter().filter_map(|(key, value)| Some((key.to_string(), value?))).collect())
}

/// Reports nested blocks that `block` does not take.
fn check_blocks(evaluator: &mut Evaluator<'_>, body: &Body, block: &str, known: &[&str]) -> Eval<()> {
    let mut failed = false;
    for nested in &body.blocks {
        let kind = if nested.kind == "dynamic" { nested.label(0) } else { nested.kind.as_str() };
        if !known.contains(&kind) {
            evaluator.diagnostics.push(diag::unexpected_block(nested, block));
            failed = true;
        }
    }
    if failed {
        Err(Fail::Static)
    } else {
        Ok(())
    }
}

/// A nested block the schema allows once (`MaxItems: 1`).
fn single_block(
    evaluator: &mut Evaluator<'_>,
    body: &Body,
    kind: &str,
    parent: &str,
    scope: &Scope,
    required: bool,
) -> Eval<Option<(Block, Scope)>> {
    let mut blocks = evaluator.expand_blocks(body, kind, scope)?;
    match blocks.len() {
        0 if required => {
            let diagnostic =
                Diagnostic::error(Code("tf::missing-argument"), format!("`{parent}` needs a `{kind}` block"))
                    .with_label(body.span, format!("`{kind}` is missing"));
            Err(evaluator.fail(diagnostic, Fail::Static))
        }
        0 => Ok(None),
        1 => Ok(blocks.pop()),
        count => Err(evaluator.error(block_count(blocks[1].0.span, kind, "at most 1", count))),
    }
}

#[cold]
fn block_count(span: Span, kind: &str, allowed: &str, count: usize) -> Diagnostic {
    Diagnostic::error(Code("tf::invalid-block"), format!("{allowed} `{kind}` blocks are allowed here, not {count}"))
        .with_label(span, "")
}

// ---------------------------------------------------------------------------------------------------
// aws_sagemaker_prebuilt_ecr_image

const PREBUILT: &str = "aws_sagemaker_prebuilt_ecr_image";

/// The `Mappings` table of SageMaker image registry accounts: region -> repository group -> account.
pub(crate) const REGISTRY_MAPPING: &str = "SageMakerPrebuiltImageRegistries";

fn prebuilt_image_attribute(evaluator: &mut Evaluator<'_>, block: &Block, scope: &Scope, name: &str) -> Eval {
    let body = &block.body;
    check_arguments(evaluator, body, PREBUILT, &["repository_name", "image_tag", "region", "dns_suffix"])?;
    // `d.GetOk`: an empty region or suffix is the provider's.
    let region = string_argument(evaluator, body, "region", scope)?.unwrap_or_else(|| pseudo_value(pseudo::REGION));
    if name == "region" {
        return Ok(region);
    }
    let suffix =
        string_argument(evaluator, body, "dns_suffix", scope)?.unwrap_or_else(|| pseudo_value(pseudo::URL_SUFFIX));
    if name == "dns_suffix" {
        return Ok(suffix);
    }
    let tag = match body.attribute("image_tag") {
        Some(_) => argument(evaluator, body, "image_tag", scope)?
            .map(|tag| match tag {
                Value::Sym(sym) => Value::Sym(sym),
                other => Value::String(other.as_text().unwrap_or_default()),
            })
            .unwrap_or_else(|| Value::string("")),
        None => Value::string("1"),
    };
    if name == "image_tag" {
        return Ok(tag);
    }
    let repository = match required_string(evaluator, body, "repository_name", PREBUILT, scope)? {
        Value::String(repository) => repository,
        other => {
            let span = body.attribute("repository_name").map_or(body.span, |attribute| attribute.value_span);
            return Err(
                evaluator.symbolic_value(&other, diag::data_argument_not_known(span, "repository_name", &other))
            );
        }
    };
    if name == "repository_name" {
        return Ok(Value::String(repository));
    }
    let Some(group) = repository_group(&repository) else {
        let span = body.attribute("repository_name").map_or(body.span, |attribute| attribute.value_span);
        let diagnostic = Diagnostic::error(
            Code("tf::invalid-value"),
            format!("`{repository}` is not a SageMaker repository the provider knows"),
        )
        .with_label(span, "")
        .with_help(format!(
            "use one of: {}",
            REPOSITORIES.iter().map(|(repository, _)| *repository).collect::<Vec<_>>().join(", ")
        ));
        return Err(evaluator.error(diagnostic));
    };
    let account = match &region {
        Value::String(region) => match registry_account(group, region) {
            Some(account) => Value::string(account),
            None => {
                let span = body.attribute("region").map_or(block.header_span(), |attribute| attribute.value_span);
                let diagnostic = Diagnostic::error(
                    Code("tf::invalid-value"),
                    format!("no registry ID available for region ({region}) and repository ({repository})"),
                )
                .with_label(span, "the provider has no account for this repository in this region");
                return Err(evaluator.error(diagnostic));
            }
        },
        Value::Sym(sym) => Value::Sym(Sym {
            expr: Expr::FindInMap {
                map: REGISTRY_MAPPING.to_string(),
                top: Box::new(sym.expr.clone()),
                second: Box::new(Expr::string(group)),
                default: None,
            },
            ty: SymType::String,
            condition: None,
            resources: sym.resources.clone(),
            known: None,
        }),
        _ => return Err(Fail::Dynamic),
    };
    if name != "registry_path" {
        // `registry_id` and `id`.
        return Ok(account);
    }
    let mut parts = StringParts::default();
    append(&mut parts, &account);
    parts.text(".dkr.ecr.");
    append(&mut parts, &region);
    parts.text(".");
    append(&mut parts, &suffix);
    parts.text(&format!("/{repository}:"));
    append(&mut parts, &tag);
    let mut resources = Vec::new();
    for value in [&account, &region, &suffix, &tag] {
        for resource in value.resources() {
            if !resources.contains(&resource) {
                resources.push(resource);
            }
        }
    }
    Ok(built_string(parts, resources))
}

/// The account group of a repository the provider knows.
fn repository_group(repository: &str) -> Option<&'static str> {
    REPOSITORIES.iter().find(|(known, _)| *known == repository).map(|(_, group)| *group)
}

/// The registry account of a repository group in a region.
fn registry_account(group: &str, region: &str) -> Option<&'static str> {
    let (_, accounts) = REGISTRIES.iter().find(|(known, _)| *known == group)?;
    accounts.iter().find(|(known, _)| *known == region).map(|(_, account)| *account)
}

/// Adds the registry table to `template` when an expression looks an account up in it: the regions
/// (in the table's order) and, for each, the groups the template looks up that have an account there.
pub(crate) fn add_mappings(template: &mut Template) {
    let mut groups: Vec<&str> = Vec::new();
    for expr in template.expressions() {
        expr.walk(&mut |expr| {
            if let Expr::FindInMap { map, second, .. } = expr {
                if let (true, Expr::String(group)) = (map == REGISTRY_MAPPING, second.as_ref()) {
                    if let Some((known, _)) = REGISTRIES.iter().find(|(known, _)| known == group) {
                        if !groups.contains(known) {
                            groups.push(known);
                        }
                    }
                }
            }
        });
    }
    if groups.is_empty() {
        return;
    }
    groups.sort_unstable();
    let mut regions: Vec<&str> =
        REGISTRIES.iter().flat_map(|(_, accounts)| accounts.iter().map(|(region, _)| *region)).collect();
    regions.sort_unstable();
    regions.dedup();
    let mut mapping = iac2cfn_ir::Mapping::new();
    for region in regions {
        let accounts: IndexMap<String, Expr> = groups
            .iter()
            .filter_map(|group| Some((group.to_string(), Expr::string(registry_account(group, region)?))))
            .collect();
        if !accounts.is_empty() {
            mapping.insert(region.to_string(), accounts);
        }
    }
    template.mappings.insert(REGISTRY_MAPPING.to_string(), mapping);
}

/// The repositories `repository_name` accepts, with the group of accounts that serve each.
const REPOSITORIES: &[(&str, &str)] = &[
    ("autogluon-inference", "DeepLearning"),
    ("autogluon-training", "DeepLearning"),
    ("blazingtext", "BlazingText"),
    ("djl-inference", "DeepLearning"),
    ("factorization-machines", "FactorizationMachines"),
    ("forecasting-deepar", "DeepAR"),
    ("huggingface-pytorch-inference", "DeepLearning"),
    ("huggingface-pytorch-inference-neuron", "DeepLearning"),
    ("huggingface-pytorch-inference-neuronx", "DeepLearning"),
    ("huggingface-pytorch-tgi-inference", "DeepLearning"),
    ("huggingface-pytorch-training", "DeepLearning"),
    ("huggingface-pytorch-training-neuronx", "DeepLearning"),
    ("huggingface-pytorch-trcomp-training", "DeepLearning"),
    ("huggingface-tensorflow-inference", "DeepLearning"),
    ("huggingface-tensorflow-training", "DeepLearning"),
    ("huggingface-tensorflow-trcomp-training", "DeepLearning"),
    ("image-classification", "BlazingText"),
    ("image-classification-neo", "InferentiaNeo"),
    ("ipinsights", "FactorizationMachines"),
    ("kmeans", "FactorizationMachines"),
    ("knn", "FactorizationMachines"),
    ("lda", "Lda"),
    ("linear-learner", "FactorizationMachines"),
    ("mxnet-inference", "DeepLearning"),
    ("mxnet-inference-eia", "DeepLearning"),
    ("mxnet-training", "DeepLearning"),
    ("ntm", "FactorizationMachines"),
    ("object-detection", "BlazingText"),
    ("object2vec", "FactorizationMachines"),
    ("pca", "FactorizationMachines"),
    ("pytorch-inference", "DeepLearning"),
    ("pytorch-inference-eia", "DeepLearning"),
    ("pytorch-inference-graviton", "DeepLearning"),
    ("pytorch-inference-neuronx", "DeepLearning"),
    ("pytorch-training", "DeepLearning"),
    ("pytorch-training-neuronx", "DeepLearning"),
    ("pytorch-trcomp-training", "DeepLearning"),
    ("randomcutforest", "FactorizationMachines"),
    ("sagemaker-base-python", "BasePython"),
    ("sagemaker-chainer", "SageMakerCustom"),
    ("sagemaker-clarify-processing", "Clarify"),
    ("sagemaker-data-wrangler-container", "DataWrangler"),
    ("sagemaker-debugger-rules", "Debugger"),
    ("sagemaker-geospatial-v1-0", "Geospatial"),
    ("sagemaker-inference-mxnet", "InferentiaNeo"),
    ("sagemaker-inference-pytorch", "InferentiaNeo"),
    ("sagemaker-inference-tensorflow", "InferentiaNeo"),
    ("sagemaker-model-monitor-analyzer", "ModelMonitor"),
    ("sagemaker-mxnet", "SageMakerCustom"),
    ("sagemaker-mxnet-eia", "SageMakerCustom"),
    ("sagemaker-mxnet-serving", "SageMakerCustom"),
    ("sagemaker-mxnet-serving-eia", "SageMakerCustom"),
    ("sagemaker-neo-mxnet", "InferentiaNeo"),
    ("sagemaker-neo-pytorch", "InferentiaNeo"),
    ("sagemaker-neo-tensorflow", "InferentiaNeo"),
    ("sagemaker-pytorch", "SageMakerCustom"),
    ("sagemaker-rl-coach-container", "ReinforcementLearning"),
    ("sagemaker-rl-mxnet", "InferentiaNeo"),
    ("sagemaker-rl-ray-container", "ReinforcementLearning"),
    ("sagemaker-rl-tensorflow", "SageMakerCustom"),
    ("sagemaker-rl-vw-container", "ReinforcementLearning"),
    ("sagemaker-scikit-learn", "XGBoost"),
    ("sagemaker-spark-processing", "Spark"),
    ("sagemaker-sparkml-serving", "XGBoost"),
    ("sagemaker-tensorflow", "SageMakerCustom"),
    ("sagemaker-tensorflow-eia", "SageMakerCustom"),
    ("sagemaker-tensorflow-scriptmode", "SageMakerCustom"),
    ("sagemaker-tensorflow-serving", "SageMakerCustom"),
    ("sagemaker-tensorflow-serving-eia", "SageMakerCustom"),
    ("sagemaker-tritonserver", "DeepLearning"),
    ("sagemaker-xgboost", "XGBoost"),
    ("semantic-segmentation", "BlazingText"),
    ("seq2seq", "BlazingText"),
    ("stabilityai-pytorch-inference", "DeepLearning"),
    ("tei", "XGBoost"),
    ("tei-cpu", "XGBoost"),
    ("tensorflow-inference", "DeepLearning"),
    ("tensorflow-inference-eia", "DeepLearning"),
    ("tensorflow-inference-graviton", "DeepLearning"),
    ("tensorflow-training", "DeepLearning"),
    ("xgboost-neo", "InferentiaNeo"),
];

/// The provider's registry accounts of each repository group, by region.
#[rustfmt::skip]
const REGISTRIES: &[(&str, &[(&str, &str)])] = &[
    ("BasePython", &[
        ("af-south-1", "559312083959"), ("ap-east-1", "493642496378"), ("ap-northeast-1", "102112518831"),
        ("ap-northeast-2", "806072073708"), ("ap-northeast-3", "792733760839"), ("ap-south-1", "394103062818"),
        ("ap-southeast-1", "492261229750"), ("ap-southeast-2", "452832661640"), ("ap-southeast-3", "276181064229"),
        ("ca-central-1", "310906938811"), ("cn-north-1", "390048526115"), ("cn-northwest-1", "390780980154"),
        ("eu-central-1", "936697816551"), ("eu-north-1", "243637512696"), ("eu-south-1", "592751261982"),
        ("eu-south-2", "127363102723"), ("eu-west-1", "470317259841"), ("eu-west-2", "712779665605"),
        ("eu-west-3", "615547856133"), ("il-central-1", "380164790875"), ("me-central-1", "103105715889"),
        ("me-south-1", "117516905037"), ("sa-east-1", "782484402741"), ("us-east-1", "081325390199"),
        ("us-east-2", "429704687514"), ("us-gov-east-1", "107072934176"), ("us-gov-west-1", "107173498710"),
        ("us-west-1", "742091327244"), ("us-west-2", "236514542706"),
    ]),
    ("BlazingText", &[
        ("af-south-1", "455444449433"), ("ap-east-1", "286214385809"), ("ap-northeast-1", "501404015308"),
        ("ap-northeast-2", "306986355934"), ("ap-northeast-3", "867004704886"), ("ap-south-1", "991648021394"),
        ("ap-south-2", "628508329040"), ("ap-southeast-1", "475088953585"), ("ap-southeast-2", "544295431143"),
        ("ap-southeast-3", "951798379941"), ("ap-southeast-4", "106583098589"), ("ca-central-1", "469771592824"),
        ("ca-west-1", "190319476487"), ("cn-north-1", "390948362332"), ("cn-northwest-1", "387376663083"),
        ("eu-central-1", "813361260812"), ("eu-central-2", "680994064768"), ("eu-north-1", "669576153137"),
        ("eu-south-1", "257386234256"), ("eu-south-2", "104374241257"), ("eu-west-1", "685385470294"),
        ("eu-west-2", "644912444149"), ("eu-west-3", "749696950732"), ("il-central-1", "898809789911"),
        ("me-central-1", "272398656194"), ("me-south-1", "249704162688"), ("sa-east-1", "855470959533"),
        ("us-east-1", "811284229777"), ("us-east-2", "825641698319"), ("us-gov-east-1", "237065988967"),
        ("us-gov-west-1", "226302683700"), ("us-iso-east-1", "490574956308"), ("us-isob-east-1", "765400339828"),
        ("us-west-1", "632365934929"), ("us-west-2", "433757028032"),
    ]),
    ("Clarify", &[
        ("af-south-1", "811711786498"), ("ap-east-1", "098760798382"), ("ap-northeast-1", "377024640650"),
        ("ap-northeast-2", "263625296855"), ("ap-northeast-3", "912233562940"), ("ap-south-1", "452307495513"),
        ("ap-southeast-1", "834264404009"), ("ap-southeast-2", "007051062584"), ("ap-southeast-3", "705930551576"),
        ("ca-central-1", "675030665977"), ("cn-north-1", "122526803553"), ("cn-northwest-1", "122578899357"),
        ("eu-central-1", "017069133835"), ("eu-north-1", "763603941244"), ("eu-south-1", "638885417683"),
        ("eu-west-1", "131013547314"), ("eu-west-2", "440796970383"), ("eu-west-3", "341593696636"),
        ("me-south-1", "835444307964"), ("sa-east-1", "520018980103"), ("us-east-1", "205585389593"),
        ("us-east-2", "211330385671"), ("us-gov-west-1", "598674086554"), ("us-west-1", "740489534195"),
        ("us-west-2", "306415355426"),
    ]),
    ("DataWrangler", &[
        ("af-south-1", "143210264188"), ("ap-east-1", "707077482487"), ("ap-northeast-1", "649008135260"),
        ("ap-northeast-2", "131546521161"), ("ap-northeast-3", "913387583493"), ("ap-south-1", "089933028263"),
        ("ap-southeast-1", "119527597002"), ("ap-southeast-2", "422173101802"), ("ca-central-1", "557239378090"),
        ("cn-north-1", "245909111842"), ("cn-northwest-1", "249157047649"), ("eu-central-1", "024640144536"),
        ("eu-north-1", "054986407534"), ("eu-south-1", "488287956546"), ("eu-west-1", "245179582081"),
        ("eu-west-2", "894491911112"), ("eu-west-3", "807237891255"), ("il-central-1", "406833011540"),
        ("me-south-1", "376037874950"), ("sa-east-1", "424196993095"), ("us-east-1", "663277389841"),
        ("us-east-2", "415577184552"), ("us-west-1", "926135532090"), ("us-west-2", "174368400705"),
    ]),
    ("Debugger", &[
        ("af-south-1", "314341159256"), ("ap-east-1", "199566480951"), ("ap-northeast-1", "430734990657"),
        ("ap-northeast-2", "578805364391"), ("ap-northeast-3", "479947661362"), ("ap-south-1", "904829902805"),
        ("ap-southeast-1", "972752614525"), ("ap-southeast-2", "184798709955"), ("ca-central-1", "519511493484"),
        ("cn-north-1", "618459771430"), ("cn-northwest-1", "658757709296"), ("eu-central-1", "482524230118"),
        ("eu-north-1", "314864569078"), ("eu-south-1", "563282790590"), ("eu-west-1", "929884845733"),
        ("eu-west-2", "250201462417"), ("eu-west-3", "447278800020"), ("me-south-1", "986000313247"),
        ("sa-east-1", "818342061345"), ("us-east-1", "503895931360"), ("us-east-2", "915447279597"),
        ("us-gov-west-1", "515509971035"), ("us-west-1", "685455198987"), ("us-west-2", "895741380848"),
    ]),
    ("DeepAR", &[
        ("af-south-1", "455444449433"), ("ap-east-1", "286214385809"), ("ap-northeast-1", "633353088612"),
        ("ap-northeast-2", "204372634319"), ("ap-northeast-3", "867004704886"), ("ap-south-1", "991648021394"),
        ("ap-south-2", "628508329040"), ("ap-southeast-1", "475088953585"), ("ap-southeast-2", "514117268639"),
        ("ap-southeast-3", "951798379941"), ("ap-southeast-4", "106583098589"), ("ca-central-1", "469771592824"),
        ("ca-west-1", "190319476487"), ("cn-north-1", "390948362332"), ("cn-northwest-1", "387376663083"),
        ("eu-central-1", "495149712605"), ("eu-central-2", "680994064768"), ("eu-north-1", "669576153137"),
        ("eu-south-1", "257386234256"), ("eu-south-2", "104374241257"), ("eu-west-1", "224300973850"),
        ("eu-west-2", "644912444149"), ("eu-west-3", "749696950732"), ("il-central-1", "898809789911"),
        ("me-central-1", "272398656194"), ("me-south-1", "249704162688"), ("sa-east-1", "855470959533"),
        ("us-east-1", "522234722520"), ("us-east-2", "566113047672"), ("us-gov-east-1", "237065988967"),
        ("us-gov-west-1", "226302683700"), ("us-iso-east-1", "490574956308"), ("us-isob-east-1", "765400339828"),
        ("us-west-1", "632365934929"), ("us-west-2", "156387875391"),
    ]),
    ("DeepLearning", &[
        ("af-south-1", "626614931356"), ("ap-east-1", "871362719292"), ("ap-northeast-1", "763104351884"),
        ("ap-northeast-2", "763104351884"), ("ap-northeast-3", "364406365360"), ("ap-south-1", "763104351884"),
        ("ap-south-2", "772153158452"), ("ap-southeast-1", "763104351884"), ("ap-southeast-2", "763104351884"),
        ("ap-southeast-3", "907027046896"), ("ap-southeast-4", "457447274322"), ("ca-central-1", "763104351884"),
        ("ca-west-1", "204538143572"), ("cn-north-1", "727897471807"), ("cn-northwest-1", "727897471807"),
        ("eu-central-1", "763104351884"), ("eu-central-2", "380420809688"), ("eu-north-1", "763104351884"),
        ("eu-south-1", "692866216735"), ("eu-south-2", "503227376785"), ("eu-west-1", "763104351884"),
        ("eu-west-2", "763104351884"), ("eu-west-3", "763104351884"), ("il-central-1", "780543022126"),
        ("me-central-1", "914824155844"), ("me-south-1", "217643126080"), ("sa-east-1", "763104351884"),
        ("us-east-1", "763104351884"), ("us-east-2", "763104351884"), ("us-gov-east-1", "446045086412"),
        ("us-gov-west-1", "442386744353"), ("us-iso-east-1", "886529160074"), ("us-isob-east-1", "094389454867"),
        ("us-west-1", "763104351884"), ("us-west-2", "763104351884"),
    ]),
    ("FactorizationMachines", &[
        ("af-south-1", "455444449433"), ("ap-east-1", "286214385809"), ("ap-northeast-1", "351501993468"),
        ("ap-northeast-2", "835164637446"), ("ap-northeast-3", "867004704886"), ("ap-south-1", "991648021394"),
        ("ap-south-2", "628508329040"), ("ap-southeast-1", "475088953585"), ("ap-southeast-2", "712309505854"),
        ("ap-southeast-3", "951798379941"), ("ap-southeast-4", "106583098589"), ("ca-central-1", "469771592824"),
        ("ca-west-1", "190319476487"), ("cn-north-1", "390948362332"), ("cn-northwest-1", "387376663083"),
        ("eu-central-1", "664544806723"), ("eu-central-2", "680994064768"), ("eu-north-1", "669576153137"),
        ("eu-south-1", "257386234256"), ("eu-south-2", "104374241257"), ("eu-west-1", "438346466558"),
        ("eu-west-2", "644912444149"), ("eu-west-3", "749696950732"), ("il-central-1", "898809789911"),
        ("me-central-1", "272398656194"), ("me-south-1", "249704162688"), ("sa-east-1", "855470959533"),
        ("us-east-1", "382416733822"), ("us-east-2", "404615174143"), ("us-gov-east-1", "237065988967"),
        ("us-gov-west-1", "226302683700"), ("us-iso-east-1", "490574956308"), ("us-isob-east-1", "765400339828"),
        ("us-west-1", "632365934929"), ("us-west-2", "174872318107"),
    ]),
    ("Geospatial", &[("us-west-2", "081189585635")]),
    ("InferentiaNeo", &[
        ("af-south-1", "774647643957"), ("ap-east-1", "110948597952"), ("ap-northeast-1", "941853720454"),
        ("ap-northeast-2", "151534178276"), ("ap-northeast-3", "925152966179"), ("ap-south-1", "763008648453"),
        ("ap-southeast-1", "324986816169"), ("ap-southeast-2", "355873309152"), ("ca-central-1", "464438896020"),
        ("cn-north-1", "472730292857"), ("cn-northwest-1", "474822919863"), ("eu-central-1", "746233611703"),
        ("eu-north-1", "601324751636"), ("eu-south-1", "966458181534"), ("eu-west-1", "802834080501"),
        ("eu-west-2", "205493899709"), ("eu-west-3", "254080097072"), ("il-central-1", "275950707576"),
        ("me-south-1", "836785723513"), ("sa-east-1", "756306329178"), ("us-east-1", "785573368785"),
        ("us-east-2", "007439368137"), ("us-gov-west-1", "263933020539"), ("us-iso-east-1", "167761179201"),
        ("us-isob-east-1", "406031935815"), ("us-west-1", "710691900526"), ("us-west-2", "301217895009"),
    ]),
    ("Lda", &[
        ("ap-northeast-1", "258307448986"), ("ap-northeast-2", "293181348795"), ("ap-south-1", "991648021394"),
        ("ap-southeast-1", "475088953585"), ("ap-southeast-2", "297031611018"), ("ca-central-1", "469771592824"),
        ("eu-central-1", "353608530281"), ("eu-west-1", "999678624901"), ("eu-west-2", "644912444149"),
        ("us-east-1", "766337827248"), ("us-east-2", "999911452149"), ("us-gov-west-1", "226302683700"),
        ("us-iso-east-1", "490574956308"), ("us-isob-east-1", "765400339828"), ("us-west-1", "632365934929"),
        ("us-west-2", "266724342769"),
    ]),
    ("ModelMonitor", &[
        ("af-south-1", "875698925577"), ("ap-east-1", "001633400207"), ("ap-northeast-1", "574779866223"),
        ("ap-northeast-2", "709848358524"), ("ap-northeast-3", "990339680094"), ("ap-south-1", "126357580389"),
        ("ap-southeast-1", "245545462676"), ("ap-southeast-2", "563025443158"), ("ap-southeast-3", "669540362728"),
        ("ca-central-1", "536280801234"), ("cn-north-1", "453000072557"), ("cn-northwest-1", "453252182341"),
        ("eu-central-1", "048819808253"), ("eu-north-1", "895015795356"), ("eu-south-1", "933208885752"),
        ("eu-south-2", "437450045455"), ("eu-west-1", "468650794304"), ("eu-west-2", "749857270468"),
        ("eu-west-3", "680080141114"), ("il-central-1", "843974653677"), ("me-central-1", "588750061953"),
        ("me-south-1", "607024016150"), ("sa-east-1", "539772159869"), ("us-east-1", "156813124566"),
        ("us-east-2", "777275614652"), ("us-west-1", "890145073186"), ("us-west-2", "159807026194"),
    ]),
    ("ReinforcementLearning", &[
        ("ap-northeast-1", "462105765813"), ("ap-northeast-2", "462105765813"), ("ap-south-1", "462105765813"),
        ("ap-southeast-1", "462105765813"), ("ap-southeast-2", "462105765813"), ("ca-central-1", "462105765813"),
        ("eu-central-1", "462105765813"), ("eu-west-1", "462105765813"), ("eu-west-2", "462105765813"),
        ("us-east-1", "462105765813"), ("us-east-2", "462105765813"), ("us-west-1", "462105765813"),
        ("us-west-2", "462105765813"),
    ]),
    ("SageMakerCustom", &[
        ("af-south-1", "313743910680"), ("ap-east-1", "057415533634"), ("ap-northeast-1", "520713654638"),
        ("ap-northeast-2", "520713654638"), ("ap-south-1", "520713654638"), ("ap-southeast-1", "520713654638"),
        ("ap-southeast-2", "520713654638"), ("ca-central-1", "520713654638"), ("cn-north-1", "422961961927"),
        ("cn-northwest-1", "423003514399"), ("eu-central-1", "520713654638"), ("eu-north-1", "520713654638"),
        ("eu-south-1", "048378556238"), ("eu-west-1", "520713654638"), ("eu-west-2", "520713654638"),
        ("eu-west-3", "520713654638"), ("me-south-1", "724002660598"), ("sa-east-1", "520713654638"),
        ("us-east-1", "520713654638"), ("us-east-2", "520713654638"), ("us-gov-west-1", "246785580436"),
        ("us-iso-east-1", "744548109606"), ("us-isob-east-1", "453391408702"), ("us-west-1", "520713654638"),
        ("us-west-2", "520713654638"),
    ]),
    ("Spark", &[
        ("af-south-1", "309385258863"), ("ap-east-1", "732049463269"), ("ap-northeast-1", "411782140378"),
        ("ap-northeast-2", "860869212795"), ("ap-northeast-3", "102471314380"), ("ap-south-1", "105495057255"),
        ("ap-south-2", "873151114052"), ("ap-southeast-1", "759080221371"), ("ap-southeast-2", "440695851116"),
        ("ap-southeast-3", "800295151634"), ("ap-southeast-4", "819679513684"), ("ca-central-1", "446299261295"),
        ("ca-west-1", "000907499111"), ("cn-north-1", "671472414489"), ("cn-northwest-1", "844356804704"),
        ("eu-central-1", "906073651304"), ("eu-central-2", "142351485170"), ("eu-north-1", "330188676905"),
        ("eu-south-1", "753923664805"), ("eu-south-2", "833944533722"), ("eu-west-1", "571004829621"),
        ("eu-west-2", "836651553127"), ("eu-west-3", "136845547031"), ("il-central-1", "408426139102"),
        ("me-central-1", "395420993607"), ("me-south-1", "750251592176"), ("sa-east-1", "737130764395"),
        ("us-east-1", "173754725891"), ("us-east-2", "314815235551"), ("us-gov-east-1", "260923028637"),
        ("us-gov-west-1", "271483468897"), ("us-west-1", "667973535471"), ("us-west-2", "153931337802"),
    ]),
    ("XGBoost", &[
        ("af-south-1", "510948584623"), ("ap-east-1", "651117190479"), ("ap-northeast-1", "354813040037"),
        ("ap-northeast-2", "366743142698"), ("ap-northeast-3", "867004704886"), ("ap-south-1", "720646828776"),
        ("ap-south-2", "628508329040"), ("ap-southeast-1", "121021644041"), ("ap-southeast-2", "783357654285"),
        ("ap-southeast-3", "951798379941"), ("ap-southeast-4", "106583098589"), ("ca-central-1", "341280168497"),
        ("ca-west-1", "190319476487"), ("cn-north-1", "450853457545"), ("cn-northwest-1", "451049120500"),
        ("eu-central-1", "492215442770"), ("eu-central-2", "680994064768"), ("eu-north-1", "662702820516"),
        ("eu-south-1", "978288397137"), ("eu-south-2", "104374241257"), ("eu-west-1", "141502667606"),
        ("eu-west-2", "764974769150"), ("eu-west-3", "659782779980"), ("il-central-1", "898809789911"),
        ("me-central-1", "272398656194"), ("me-south-1", "801668240914"), ("sa-east-1", "737474898029"),
        ("us-east-1", "683313688378"), ("us-east-2", "257758044811"), ("us-gov-east-1", "237065988967"),
        ("us-gov-west-1", "414596584902"), ("us-iso-east-1", "833128469047"), ("us-isob-east-1", "281123927165"),
        ("us-west-1", "746614075791"), ("us-west-2", "246618743249"),
    ]),
];

// ---------------------------------------------------------------------------------------------------
// aws_default_tags

fn default_tags_attribute(evaluator: &mut Evaluator<'_>, block: &Block, name: &str) -> Eval {
    check_arguments(evaluator, &block.body, "aws_default_tags", &["id", "tags"])?;
    if name == "id" {
        // The provider's partition.
        return Ok(pseudo_value(pseudo::PARTITION));
    }
    let tree: &crate::modules::Tree = evaluator.tree;
    let Some(provider) = tree.root().providers.get(&provider_key(block)) else {
        return Ok(Value::Map(IndexMap::new()));
    };
    // The provider's settings are the root module's.
    let tags = evaluator.in_module("", |evaluator| provider_setting(evaluator, provider, "default_tags", "tags"))?;
    let mut ignored: Vec<(String, bool)> = Vec::new();
    for (setting, exact) in [("keys", true), ("key_prefixes", false)] {
        let why = "the provider's ignored tags must be a list known at conversion time";
        match evaluator.in_module("", |evaluator| provider_setting(evaluator, provider, "ignore_tags", setting))? {
            None => {}
            Some((Value::List(items), span)) => {
                for item in items {
                    match item.as_text() {
                        Some(text) => ignored.push((text, exact)),
                        None => return Err(evaluator.symbolic_value(&item, diag::no_cloudformation_form(span, why))),
                    }
                }
            }
            Some((other, span)) => {
                return Err(evaluator.symbolic_value(&other, diag::no_cloudformation_form(span, why)))
            }
        }
    }
    let tags = match tags {
        None => IndexMap::new(),
        Some((Value::Map(tags), _)) => tags,
        Some((other, span)) => {
            let why = "the provider's default tags must be a map known at conversion time";
            return Err(evaluator.symbolic_value(&other, diag::no_cloudformation_form(span, why)));
        }
    };
    // The provider leaves out `aws:` tags and those its `ignore_tags` names.
    let kept = tags.into_iter().filter(|(key, _)| {
        !key.starts_with("aws:")
            && !ignored
                .iter()
                .any(|(ignored, exact)| if *exact { key == ignored } else { key.starts_with(ignored.as_str()) })
    });
    Ok(Value::sorted_map(kept))
}

/// An argument of a nested block of a provider configuration, with the span of its value; `None` when
/// absent or null.
fn provider_setting(
    evaluator: &mut Evaluator<'_>,
    provider: &Block,
    block: &str,
    name: &str,
) -> Eval<Option<(Value, Span)>> {
    let Some(settings) = provider.body.blocks_of(block, 0).into_iter().next() else { return Ok(None) };
    let Some(attribute) = settings.body.attribute(name) else { return Ok(None) };
    match evaluator.eval_attribute(attribute, &Scope::default())? {
        Value::Null => Ok(None),
        value => Ok(Some((value, attribute.value_span))),
    }
}

/// The provider configuration a data source uses: `aws`, or `aws.ALIAS` for `provider = aws.ALIAS`.
fn provider_key(block: &Block) -> String {
    use hcl_edit::expr::{Expression, TraversalOperator};
    let Some(attribute) = block.body.attribute("provider") else { return "aws".to_string() };
    let expression = match &attribute.value {
        Expression::Traversal(_) => Some(attribute.value.clone()),
        other => crate::parse::json_keyword_expression(other),
    };
    match expression {
        Some(Expression::Traversal(traversal)) => {
            let root = match &traversal.expr {
                Expression::Variable(name) => name.as_str().to_string(),
                _ => return "aws".to_string(),
            };
            match traversal.operators.first().map(|op| op.value()) {
                Some(TraversalOperator::GetAttr(alias)) => format!("{root}.{}", alias.as_str()),
                _ => root,
            }
        }
        Some(Expression::Variable(name)) => name.as_str().to_string(),
        _ => "aws".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------------
// aws_cloudfront_log_delivery_canonical_user_id

/// CloudFront's log delivery canonical user outside China, and in China.
const LOG_DELIVERY_USER: &str = "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0";
const LOG_DELIVERY_USER_CHINA: &str = "a52cb28745c0c06e84ec548334e44bfa7fc2a85c54af20cd59e4969344b7af56";

fn log_delivery_attribute(evaluator: &mut Evaluator<'_>, block: &Block, scope: &Scope, name: &str, span: Span) -> Eval {
    let body = &block.body;
    check_arguments(evaluator, body, "aws_cloudfront_log_delivery_canonical_user_id", &["region"])?;
    if name == "region" {
        return Ok(argument(evaluator, body, "region", scope)?.unwrap_or(Value::Null));
    }
    match string_argument(evaluator, body, "region", scope)? {
        Some(Value::String(region)) => {
            Ok(Value::string(if is_china_region(&region) { LOG_DELIVERY_USER_CHINA } else { LOG_DELIVERY_USER }))
        }
        Some(other) => {
            let span = body.attribute("region").map_or(body.span, |attribute| attribute.value_span);
            Err(evaluator.symbolic_value(&other, diag::data_argument_not_known(span, "region", &other)))
        }
        None => {
            // The stack's region: its partition tells.
            let china = Expr::Equals(Box::new(Expr::reference(pseudo::PARTITION)), Box::new(Expr::string("aws-cn")));
            let condition = evaluator.condition_name(china);
            evaluator.if_value(
                &condition,
                Value::string(LOG_DELIVERY_USER_CHINA),
                Value::string(LOG_DELIVERY_USER),
                span,
            )
        }
    }
}

/// Whether a region is in the `aws-cn` partition (the provider's `^cn\-\w+\-\d+$`).
fn is_china_region(region: &str) -> bool {
    let Some(rest) = region.strip_prefix("cn-") else { return false };
    let Some((word, number)) = rest.rsplit_once('-') else { return false };
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{convert, Options};
    use iac2cfn_diagnostics::{Diagnostics, MemoryFileSystem, SourceMap};
    use std::path::Path;

    /// The template as YAML, or the diagnostics as `code message` lines when the conversion fails.
    fn convert_text(text: &str) -> Result<String, Vec<String>> {
        let mut fs = MemoryFileSystem::new();
        fs.insert("module/main.tf", text);
        let mut sources = SourceMap::new();
        let mut diagnostics = Diagnostics::new();
        let lowered = convert(&fs, Path::new("module"), &Options::default(), &mut sources, &mut diagnostics);
        let report: Vec<String> = diagnostics.iter().map(|d| format!("{} {}", d.code, d.message)).collect();
        match lowered {
            Some(lowered) if !diagnostics.has_errors() => Ok(iac2cfn_cfn::to_yaml(&lowered.template)),
            _ => Err(report),
        }
    }

    fn errors(text: &str) -> Vec<String> {
        match convert_text(text) {
            Ok(yaml) => panic!("expected errors, converted:\n{yaml}"),
            Err(report) => report,
        }
    }

    fn yaml(text: &str) -> String {
        convert_text(text).unwrap_or_else(|report| panic!("conversion failed:\n{}", report.join("\n")))
    }

    /// A configuration whose SSM parameter holds `value`.
    fn with_value(data: &str, value: &str) -> String {
        format!(
            "{data}\nresource \"aws_ssm_parameter\" \"p\" {{\n  name  = \"p\"\n  type  = \"String\"\n  value = {value}\n}}\n"
        )
    }

    #[test]
    fn arns_split_as_the_sdk_splits_them() {
        assert_eq!(parse_arn("arn:aws:iam::123456789012:role/x"), Some(["aws", "iam", "", "123456789012", "role/x"]));
        assert_eq!(
            parse_arn("arn:aws:lambda:us-east-1:1:function:f:1"),
            Some(["aws", "lambda", "us-east-1", "1", "function:f:1"])
        );
        assert_eq!(parse_arn("arn:::::"), Some(["", "", "", "", ""]));
        assert_eq!(parse_arn("arn:aws:s3:b"), None);
        assert_eq!(parse_arn("urn:aws:s3:::b:c"), None);
        assert_eq!(parse_arn("arn"), None);
    }

    #[test]
    fn arn_templates_split_where_their_text_shows_the_colons() {
        let parts = sub_arn_parts(&Expr::sub(
            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}:live",
        ))
        .expect("decomposed");
        assert_eq!(parts[0], [SubPart::Var("AWS::Partition".into())]);
        assert_eq!(parts[1], [SubPart::Text("lambda".into())]);
        assert_eq!(parts[3], [SubPart::Var("AWS::AccountId".into())]);
        assert_eq!(
            parts[4],
            [SubPart::Text("function:".into()), SubPart::Var("Fn".into()), SubPart::Text(":live".into())]
        );
        // A placeholder that may hold colons before the resource part moves the boundaries.
        assert_eq!(sub_arn_parts(&Expr::sub("arn:aws:sns:${Region}:1:t")), None);
        // Too few colons in the text, or not an ARN.
        assert_eq!(sub_arn_parts(&Expr::sub("arn:aws:${Bucket}")), None);
        assert_eq!(sub_arn_parts(&Expr::sub("urn:aws:s3:::${Bucket}")), None);
        assert_eq!(sub_arn_parts(&Expr::reference("Topic")), None);
    }

    #[test]
    fn known_arns_give_known_parts_and_invalid_ones_are_errors() {
        let text = with_value(
            "data \"aws_arn\" \"a\" {\n  arn = \"arn:aws:lambda:us-east-1:123456789012:function:f:live\"\n}",
            "\"${data.aws_arn.a.partition}|${data.aws_arn.a.service}|${data.aws_arn.a.region}|${data.aws_arn.a.account}|${data.aws_arn.a.resource}|${data.aws_arn.a.id}\"",
        );
        assert!(yaml(&text).contains(
            "Value: aws|lambda|us-east-1|123456789012|function:f:live|arn:aws:lambda:us-east-1:123456789012:function:f:live"
        ));
        let invalid = with_value("data \"aws_arn\" \"a\" {\n  arn = \"arn:aws:s3:b\"\n}", "data.aws_arn.a.service");
        assert_eq!(errors(&invalid), ["tf::invalid-value \"arn:aws:s3:b\" is not an ARN"]);
        let unknown = with_value("data \"aws_arn\" \"a\" {\n  arn = \"arn:::::\"\n}", "data.aws_arn.a.resources");
        assert_eq!(errors(&unknown), ["tf::unknown-attribute `data.aws_arn.a` has no attribute `resources`"]);
    }

    #[test]
    fn arns_known_at_deployment_split_by_select_except_their_resource() {
        let topic = "resource \"aws_sns_topic\" \"t\" {\n  name = \"t\"\n}\ndata \"aws_arn\" \"a\" {\n  arn = aws_sns_topic.t.arn\n}";
        let converted = yaml(&with_value(topic, "data.aws_arn.a.region"));
        assert!(
            converted
                .contains("Value: !Select\n        - 3\n        - !Split\n          - ':'\n          - !Ref TTopic"),
            "{converted}"
        );
        let report = errors(&with_value(topic, "data.aws_arn.a.resource"));
        assert_eq!(report.len(), 1, "{report:?}");
        assert!(
            report[0].starts_with("tf::no-cloudformation-form `data.aws_arn.a.resource` has no CloudFormation form")
        );
        // Built by a template, each part is its piece of the template.
        let bucket = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\ndata \"aws_partition\" \"p\" {}\ndata \"aws_arn\" \"a\" {\n  arn = \"arn:${data.aws_partition.p.partition}:s3:::${aws_s3_bucket.b.id}/logs:x\"\n}";
        let converted = yaml(&with_value(
            bucket,
            "\"${data.aws_arn.a.partition}+${data.aws_arn.a.service}+${data.aws_arn.a.resource}\"",
        ));
        assert!(converted.contains("Value: !Sub ${AWS::Partition}+s3+${BBucket}/logs:x"), "{converted}");
    }

    #[test]
    fn data_identifiers_follow_the_sdk_set_order() {
        // The order Terraform (AWS provider 5.100) wrote for these identifiers.
        let written: Vec<String> = [
            "arn:aws:dataprotection::aws:data-identifier/EmailAddress",
            "arn:aws:dataprotection::aws:data-identifier/DriversLicense-US",
            "arn:aws:dataprotection::aws:data-identifier/AwsSecretKey",
            "arn:aws:dataprotection::aws:data-identifier/Address",
            "b",
            "a",
            "c",
            "zz",
        ]
        .map(String::from)
        .to_vec();
        let expected = [
            "arn:aws:dataprotection::aws:data-identifier/DriversLicense-US",
            "arn:aws:dataprotection::aws:data-identifier/EmailAddress",
            "arn:aws:dataprotection::aws:data-identifier/Address",
            "a",
            "b",
            "c",
            "zz",
            "arn:aws:dataprotection::aws:data-identifier/AwsSecretKey",
        ];
        assert_eq!(set_order(written), expected);
    }

    const PROTECTION_DOCUMENT: &str = r#"data "aws_cloudwatch_log_data_protection_policy_document" "d" {
  name    = "M"
  version = ""
  dynamic "statement" {
    for_each = ["x", "y"]
    content {
      data_identifiers = [statement.value]
      operation {
        dynamic "audit" {
          for_each = statement.value == "x" ? [1] : []
          content {
            findings_destination {}
          }
        }
        dynamic "deidentify" {
          for_each = statement.value == "y" ? [1] : []
          content {
            mask_config {}
          }
        }
      }
    }
  }
}"#;

    #[test]
    fn protection_documents_are_the_provider_text_and_its_crc() {
        // Terraform's text and id for this document (AWS provider 5.100).
        let expected = "{\n  \"Name\": \"M\",\n  \"Statement\": [\n    {\n      \"DataIdentifier\": [\n        \"x\"\n      ],\n      \"Operation\": {\n        \"Audit\": {\n          \"FindingsDestination\": {}\n        }\n      }\n    },\n    {\n      \"DataIdentifier\": [\n        \"y\"\n      ],\n      \"Operation\": {\n        \"Deidentify\": {\n          \"MaskConfig\": {}\n        }\n      }\n    }\n  ]\n}\n";
        let converted = yaml(&with_value(
            PROTECTION_DOCUMENT,
            "jsonencode([data.aws_cloudwatch_log_data_protection_policy_document.d.json, data.aws_cloudwatch_log_data_protection_policy_document.d.id])",
        ));
        let encoded = serde_json::to_string(&serde_json::json!([expected, "2018589355"])).expect("json");
        assert!(converted.contains(&encoded.replace('\'', "''")), "{converted}\n{encoded}");
    }

    #[test]
    fn protection_documents_check_their_statements() {
        let one = "data \"aws_cloudwatch_log_data_protection_policy_document\" \"d\" {\n  name = \"n\"\n  statement {\n    data_identifiers = [\"x\"]\n    operation {\n      deidentify {\n        mask_config {}\n      }\n    }\n  }\n}";
        assert_eq!(
            errors(&with_value(one, "data.aws_cloudwatch_log_data_protection_policy_document.d.json")),
            ["tf::invalid-block exactly 2 `statement` blocks are allowed here, not 1"]
        );
        let swapped = PROTECTION_DOCUMENT.replace("== \"x\"", "== \"y\"");
        let report = errors(&with_value(&swapped, "data.aws_cloudwatch_log_data_protection_policy_document.d.json"));
        assert_eq!(report, ["tf::invalid-block the first policy statement must contain only the audit operation"]);
        let nameless = PROTECTION_DOCUMENT.replace("name    = \"M\"", "name = \"\"");
        let report = errors(&with_value(&nameless, "data.aws_cloudwatch_log_data_protection_policy_document.d.json"));
        assert_eq!(
            report,
            ["tf::invalid-value `name` of `aws_cloudwatch_log_data_protection_policy_document` must not be empty"]
        );
    }

    #[test]
    fn protection_documents_known_at_deployment_keep_their_shape() {
        let text = format!(
            "resource \"aws_cloudwatch_log_group\" \"g\" {{\n  name = \"g\"\n}}\n{}",
            PROTECTION_DOCUMENT.replace(
                "findings_destination {}",
                "findings_destination {\n cloudwatch_logs {\n log_group = aws_cloudwatch_log_group.g.name\n }\n }"
            )
        );
        let converted = yaml(&with_value(&text, "data.aws_cloudwatch_log_data_protection_policy_document.d.json"));
        assert!(converted.contains("\"LogGroup\": \"${GLogGroup}\""), "{converted}");
        let report = errors(&with_value(&text, "data.aws_cloudwatch_log_data_protection_policy_document.d.id"));
        assert!(report[0].contains("it is the CRC-32 of the JSON text"), "{report:?}");
    }

    #[test]
    fn prebuilt_images_look_their_account_up_by_region() {
        let text = "variable \"region\" {\n  type = string\n  default = \"eu-west-1\"\n}\ndata \"aws_sagemaker_prebuilt_ecr_image\" \"i\" {\n  repository_name = \"sagemaker-geospatial-v1-0\"\n  region = var.region\n  dns_suffix = \"amazonaws.com\"\n}";
        let converted = yaml(&with_value(text, "data.aws_sagemaker_prebuilt_ecr_image.i.registry_path"));
        // The region is a parameter: the table has only the group looked up, and only its region.
        assert!(
            converted.contains(
                "Mappings:\n  SageMakerPrebuiltImageRegistries:\n    us-west-2:\n      Geospatial: '081189585635'\n"
            ),
            "{converted}"
        );
        assert!(converted.contains("- !Ref Region\n            - Geospatial"), "{converted}");
        assert!(
            converted.contains("${Value1}.dkr.ecr.${Region}.amazonaws.com/sagemaker-geospatial-v1-0:1"),
            "{converted}"
        );
        let known = "data \"aws_sagemaker_prebuilt_ecr_image\" \"i\" {\n  repository_name = \"lda\"\n  region = \"af-south-1\"\n}";
        assert_eq!(
            errors(&with_value(known, "data.aws_sagemaker_prebuilt_ecr_image.i.registry_id")),
            ["tf::invalid-value no registry ID available for region (af-south-1) and repository (lda)"]
        );
        let unknown = "data \"aws_sagemaker_prebuilt_ecr_image\" \"i\" {\n  repository_name = \"xgboost\"\n}";
        let report = errors(&with_value(unknown, "data.aws_sagemaker_prebuilt_ecr_image.i.registry_id"));
        assert_eq!(report, ["tf::invalid-value `xgboost` is not a SageMaker repository the provider knows"]);
        let china = "data \"aws_sagemaker_prebuilt_ecr_image\" \"i\" {\n  repository_name = \"kmeans\"\n  region = \"cn-north-1\"\n  image_tag = 2\n}";
        let converted = yaml(&with_value(china, "data.aws_sagemaker_prebuilt_ecr_image.i.registry_path"));
        assert!(
            converted.contains("Value: !Sub 390948362332.dkr.ecr.cn-north-1.${AWS::URLSuffix}/kmeans:2"),
            "{converted}"
        );
        assert!(!converted.contains("Mappings"), "{converted}");
    }

    #[test]
    fn registry_tables_are_whole() {
        for (repository, group) in REPOSITORIES {
            assert!(REGISTRIES.iter().any(|(known, _)| known == group), "{repository}: {group}");
        }
        for (group, accounts) in REGISTRIES {
            for (region, account) in *accounts {
                assert!(account.len() == 12 && account.chars().all(|c| c.is_ascii_digit()), "{group} {region}");
            }
        }
    }

    #[test]
    fn default_tags_are_the_providers_as_it_filters_them() {
        let text = r#"provider "aws" {
  default_tags {
    tags = { Team = "a", Env = "dev", "aws:x" = "y", CostCenter = "1" }
  }
  ignore_tags {
    keys         = ["Env"]
    key_prefixes = ["Cost"]
  }
}
provider "aws" {
  alias = "other"
  default_tags {
    tags = { Owner = "b" }
  }
}
data "aws_default_tags" "t" {}
data "aws_default_tags" "other" {
  provider = aws.other
}"#;
        let converted =
            yaml(&with_value(text, "jsonencode([data.aws_default_tags.t.tags, data.aws_default_tags.other.tags])"));
        assert!(converted.contains(r#"Value: '[{"Team":"a"},{"Owner":"b"}]'"#), "{converted}");
        let converted = yaml(&with_value(
            "data \"aws_default_tags\" \"t\" {}",
            "\"${length(data.aws_default_tags.t.tags)}-${data.aws_default_tags.t.id}\"",
        ));
        assert!(converted.contains("Value: !Sub 0-${AWS::Partition}"), "{converted}");
    }

    #[test]
    fn log_delivery_users_follow_the_partition() {
        assert!(is_china_region("cn-north-1") && is_china_region("cn-northwest-1"));
        assert!(!is_china_region("us-east-1") && !is_china_region("cn-north") && !is_china_region("cn--1"));
        let converted = yaml(&with_value(
            "data \"aws_cloudfront_log_delivery_canonical_user_id\" \"u\" {}",
            "data.aws_cloudfront_log_delivery_canonical_user_id.u.id",
        ));
        assert!(
            converted.contains("PartitionIsAwsCn: !Equals\n    - !Ref AWS::Partition\n    - aws-cn"),
            "{converted}"
        );
        assert!(converted.contains(&format!("Value: !If\n        - PartitionIsAwsCn\n        - {LOG_DELIVERY_USER_CHINA}\n        - {LOG_DELIVERY_USER}")), "{converted}");
        let converted = yaml(&with_value(
            "data \"aws_cloudfront_log_delivery_canonical_user_id\" \"u\" {\n  region = \"cn-northwest-1\"\n}",
            "data.aws_cloudfront_log_delivery_canonical_user_id.u.id",
        ));
        assert!(converted.contains(&format!("Value: {LOG_DELIVERY_USER_CHINA}")), "{converted}");
    }
}
