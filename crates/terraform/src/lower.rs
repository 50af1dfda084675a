//! Resources: instances (`count`, `for_each`), logical IDs, the catalog's mapping of each body,
//! merged sub-resources, companions, meta-arguments, and references to resource attributes.

use crate::diagnostics as diag;
use crate::eval::{EachLoop, Eval, Evaluator, Fail, Instance, Node, Repetition, ResourcePlan, Scope, Src};
use crate::logical_ids::{instance_id, pascal, resource_base, Allocator};
use crate::syntax::{Block, Body};
use crate::value::{to_json_text, InstanceKey, JsonStyle, ObjectRef, StringParts, Sym, SymType, Value};
use hcl_edit::expr::{Expression, TraversalOperator};
use iac2cfn_catalog::{
    attribute_expr, attribute_value, companion_resources, lower_arguments, mapping_for, mappings_for, merge_properties,
    terraform_types, Argument, AttributeValue, Placement, ResourceMapping, Shape, SourceObject, SourceValue,
};
use iac2cfn_diagnostics::Span;
use iac2cfn_ir::{DeletionPolicy, Expr, ForEachLoop, IndexMap, Origin, ParameterType, Resource, Template};

/// Meta-arguments: handled here, never passed to the catalog.
const META_ARGUMENTS: &[&str] = &["count", "for_each", "depends_on", "provider"];
/// Meta-blocks.
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection", "dynamic"];

/// Arguments whose Terraform default CloudFormation does not share: set when the configuration leaves
/// them out, so the deployed resource matches what Terraform would create.
const TERRAFORM_DEFAULTS: &[(&str, &str, &str)] = &[
    ("aws_security_group", "description", "Managed by Terraform"),
    ("aws_db_subnet_group", "description", "Managed by Terraform"),
    ("aws_db_parameter_group", "description", "Managed by Terraform"),
    ("aws_rds_cluster_parameter_group", "description", "Managed by Terraform"),
    ("aws_db_option_group", "option_group_description", "Managed by Terraform"),
    ("aws_elasticache_subnet_group", "description", "Managed by Terraform"),
    ("aws_elasticache_parameter_group", "description", "Managed by Terraform"),
    ("aws_docdb_subnet_group", "description", "Managed by Terraform"),
    ("aws_neptune_subnet_group", "description", "Managed by Terraform"),
    ("aws_redshift_subnet_group", "description", "Managed by Terraform"),
];

/// Names that Terraform generates when the configuration gives none (nor a `name_prefix`) and that
/// CloudFormation requires: (type, argument).
const GENERATED_NAMES: &[(&str, &str)] = &[("aws_iam_role_policy", "name"), ("aws_iam_user_policy", "name")];

/// A merged sub-resource's contribution to its parent: the parent's ID, the properties, the
/// dependencies and the sub-resource's span.
type Merge = (String, IndexMap<String, Expr>, Vec<String>, Span);

/// A planned resource: its address, instances, repetition, condition and, for `for_each` over a list
/// parameter, the list.
pub(crate) type Planned = (String, Vec<(Option<InstanceKey>, Scope)>, Repetition, Option<String>, Option<Expr>);

/// What lowering records for the passes after it.
#[derive(Default)]
struct Lowering {
    /// Source address -> logical IDs.
    addresses: IndexMap<String, Vec<String>>,
    /// Properties of merged sub-resources waiting for their parent: (parent ID, properties,
    /// dependencies, span of the sub-resource).
    merges: Vec<Merge>,
    /// Companions that resources referencing their main resource must wait for: (main, companion).
    waits: Vec<(String, String)>,
    /// Reference edges between resources, for cycle reports: (from, to, where).
    edges: Vec<(String, String, Span)>,
}

/// Plans every resource's instances and logical IDs (parameters already hold theirs).
pub(crate) fn plan(evaluator: &mut Evaluator<'_>, ids: &mut Allocator) {
    evaluator.allocator = std::mem::take(ids);
    evaluator.planning_active = true;
    // Instances are planned in declaration order (conditions are named in that order), then IDs are
    // handed out in address order, so that moving a block between files changes nothing. A resource
    // whose instances another one's `count` or `for_each` needs is planned, IDs and all, when needed.
    let declared: Vec<String> = evaluator.blocks(false).into_iter().map(|(address, ..)| address).collect();
    for address in &declared {
        if evaluator.plans.contains_key(address) || !evaluator.planned.insert(address.clone()) {
            continue;
        }
        if let Some(planned) = plan_instances(evaluator, address) {
            evaluator.pending_plans.insert(address.clone(), planned);
        }
    }
    let mut addresses = declared;
    addresses.sort();
    for address in addresses {
        if let Some(planned) = evaluator.pending_plans.remove(&address) {
            let mut ids = std::mem::take(&mut evaluator.allocator);
            assign_ids(evaluator, &mut ids, planned);
            evaluator.allocator = ids;
        }
    }
    evaluator.planning_active = false;
    *ids = std::mem::take(&mut evaluator.allocator);
}

/// Plans one resource's instances and logical IDs when something needs them before their turn; a
/// resource that cannot be planned (its type is unknown, its `count` fails) stays without a plan.
pub(crate) fn plan_resource(evaluator: &mut Evaluator<'_>, address: &str) {
    if evaluator.plans.contains_key(address) {
        return;
    }
    let planned = match evaluator.pending_plans.remove(address) {
        Some(planned) => planned,
        // A resource of a module instance not expanded yet waits for its turn.
        None if evaluator.home(address).is_none() => return,
        None if evaluator.planned.insert(address.to_string()) => {
            let Some(planned) = plan_instances(evaluator, address) else { return };
            planned
        }
        // Being planned already (a cycle), or failed.
        None => return,
    };
    let mut ids = std::mem::take(&mut evaluator.allocator);
    assign_ids(evaluator, &mut ids, planned);
    evaluator.allocator = ids;
}

/// The instances of a resource, with its condition and, for `for_each` over a list parameter, the list.
fn plan_instances(evaluator: &mut Evaluator<'_>, address: &str) -> Option<Planned> {
    let (prefix, block) = evaluator.home(address)?;
    let address = address.to_string();
    let kind = block.label(0);
    // Other providers' resources are reported by `providers::report`, and never lowered; one with
    // no instances is planned as such, so that references to it see an empty list.
    if crate::providers::foreign_provider(evaluator.instances[&prefix].module, block).is_some() {
        let (repetition, instances) = no_instances(evaluator, &prefix, block)?;
        return Some((address, instances, repetition, None, None));
    }
    let unknown = if kind.starts_with(crate::awscc::PREFIX) {
        crate::awscc::cfn_type(kind).is_none().then(|| crate::awscc::unknown_type(block, kind))
    } else {
        mappings_for(kind).is_empty().then(|| diag::unknown_resource_type(block, kind, &terraform_types()))
    };
    let module_condition = evaluator.instances.get(&prefix).and_then(|instance| instance.condition.clone());
    let planned_instances = evaluator.in_module(&prefix, |evaluator| instances(evaluator, block));
    if let Some(unknown) = unknown {
        // A resource with no instances (`count = 0`, common in reusable modules) creates nothing:
        // its type does not matter, and references to it see an empty list.
        match planned_instances {
            Ok((instances, repetition, None, None)) if instances.is_empty() => {
                return Some((address, instances, repetition, None, None));
            }
            _ if iac2cfn_catalog::unsupported::is_adopting(kind) => {
                evaluator.diagnostics.push(diag::adopting_left_out(block, kind));
            }
            Ok((_, _, Some(condition), _)) => {
                // Whether it exists is decided by parameters: inlining them may leave it with no
                // instance, which needs no CloudFormation type.
                evaluator.blame_expr(&Expr::Condition(condition), block.header_span());
                evaluator.diagnostics.push(unknown);
            }
            _ => evaluator.diagnostics.push(unknown),
        }
        return None;
    }
    let (instances, repetition, condition, collection) = planned_instances.ok()?;
    // A resource of a module created under a condition exists under it too.
    let condition = match (module_condition, condition) {
        (Some(outer), Some(own)) => {
            Some(evaluator.condition_name(Expr::And(vec![Expr::Condition(outer), Expr::Condition(own)])))
        }
        (outer, own) => own.or(outer),
    };
    Some((address, instances, repetition, condition, collection))
}

/// Claims the logical IDs of a planned resource's instances and records its plan.
fn assign_ids(evaluator: &mut Evaluator<'_>, ids: &mut Allocator, planned: Planned) {
    let (address, instances, repetition, condition, collection) = planned;
    let mut each_loop = None;
    let instance_ids: Vec<String> = match evaluator.home(&address) {
        Some((prefix, block)) => {
            let id_prefix =
                evaluator.instances.get(&prefix).map(|instance| instance.id_prefix.clone()).unwrap_or_default();
            let kind = block.label(0);
            let rows = mappings_for(kind);
            match rows.first().copied() {
                // `awscc_` types map through CloudFormation's schema, not through rows.
                None => match crate::awscc::cfn_type(kind) {
                    Some(cfn_type) => {
                        let keys = instances.iter().map(|(key, _)| key.clone());
                        crate::awscc::claim_ids(
                            evaluator,
                            ids,
                            &address,
                            &id_prefix,
                            block,
                            cfn_type,
                            keys,
                            condition.is_some(),
                        )
                    }
                    None => Vec::new(),
                },
                Some(row) => {
                    let mut instance_ids = Vec::new();
                    for (key, scope) in &instances {
                        // Rows selected by an argument (`type = "egress"`) may be of different types.
                        let probe = Instance { key: key.clone(), scope: scope.clone(), logical_id: String::new() };
                        let row = evaluator
                            .in_module(&prefix, |evaluator| select_row(evaluator, block, &probe, &rows))
                            .unwrap_or(row);
                        if matches!(row.placement, Placement::MergeInto { .. }) {
                            instance_ids.push(String::new());
                            continue;
                        }
                        let base = format!("{id_prefix}{}", resource_base(block.label(1), row.cloudformation));
                        // One templated instance in an Fn::ForEach loop: `Base${Identifier}`.
                        if let Some(collection) = &collection {
                            let name = ids.claim(&base);
                            let identifier = ids.claim(&format!("{id_prefix}{}Key", pascal(block.label(1))));
                            let id = format!("{name}${{{identifier}}}");
                            if let Some(for_each) = block.body.attribute("for_each") {
                                evaluator.diagnostics.push(diag::for_each_loop(for_each.value_span, &identifier));
                            }
                            evaluator.id_owners.insert(id.clone(), address.clone());
                            instance_ids.push(id);
                            each_loop = Some(EachLoop { name, identifier, collection: collection.clone() });
                            continue;
                        }
                        // A resource made under a condition has one instance: it needs no index in its name.
                        let key = if condition.is_some() { None } else { key.as_ref() };
                        let id = ids.claim(&instance_id(&base, key));
                        // Companions are named after their main resource; claim their names now so
                        // nothing else takes them.
                        for companion in row.companions {
                            if block.body.has(companion.when_argument) {
                                ids.claim(&format!("{id}{}", companion.suffix));
                            }
                        }
                        evaluator.id_owners.insert(id.clone(), address.clone());
                        instance_ids.push(id);
                    }
                    instance_ids
                }
            }
        }
        None => Vec::new(),
    };
    let instances = instances
        .into_iter()
        .zip(instance_ids.into_iter().chain(std::iter::repeat(String::new())))
        .map(|((key, mut scope), logical_id)| {
            if let Some(each_loop) = &each_loop {
                let identifier = Expr::reference(&each_loop.identifier);
                scope.each_symbolic = Some(Value::Sym(Sym::new(identifier, SymType::String)));
            }
            Instance { key, scope, logical_id }
        })
        .collect();
    evaluator.plans.insert(address, ResourcePlan { instances, repetition, condition, each_loop });
}

/// The instances of a block when `count` or `for_each` make none (quietly: problems are reported
/// where the block is converted, or not at all for blocks that are not).
pub(crate) fn no_instances(
    evaluator: &mut Evaluator<'_>,
    prefix: &str,
    block: &Block,
) -> Option<crate::eval::DataInstances> {
    evaluator.in_module(prefix, |evaluator| {
        let reported = evaluator.diagnostics.len();
        let planned = instances(evaluator, block);
        evaluator.diagnostics.truncate(reported);
        match planned {
            Ok((instances, repetition, None, None)) if instances.is_empty() => Some((repetition, instances)),
            _ => None,
        }
    })
}

pub(crate) type Instances = (Vec<(Option<InstanceKey>, Scope)>, Repetition, Option<String>, Option<Expr>);

/// The instances `count` or `for_each` make.
pub(crate) fn instances(evaluator: &mut Evaluator<'_>, block: &Block) -> Eval<Instances> {
    let body = &block.body;
    let count = body.attribute("count");
    let for_each = body.attribute("for_each");
    if let (Some(_), Some(second)) = (count, for_each) {
        return Err(evaluator.fail(diag::count_and_for_each(second.name_span), Fail::Static));
    }
    if let Some(count) = count {
        let value = evaluator.eval_attribute(count, &Scope::default())?;
        let value = crate::eval::settle(&value).unwrap_or(value);
        return match value {
            Value::Number(number) if number >= 0.0 && number.fract() == 0.0 => {
                let instances = (0..number as usize)
                    .map(|index| {
                        (Some(InstanceKey::Index(index)), Scope { count_index: Some(index), ..Scope::default() })
                    })
                    .collect();
                Ok((instances, Repetition::Count, None, None))
            }
            // `count = condition ? 1 : 0`: one instance created under a CloudFormation condition.
            Value::Sym(Sym { expr: Expr::If { condition, then, otherwise }, .. })
                if is_count(&then, 1) && is_count(&otherwise, 0) || is_count(&then, 0) && is_count(&otherwise, 1) =>
            {
                let name = if is_count(&then, 1) {
                    condition
                } else {
                    evaluator.condition_name(Expr::Not(Box::new(Expr::Condition(condition))))
                };
                let scope = Scope { count_index: Some(0), ..Scope::default() };
                Ok((vec![(Some(InstanceKey::Index(0)), scope)], Repetition::Count, Some(name), None))
            }
            Value::Sym(sym) => Err(evaluator.symbolic(&sym, diag::count_unknown(count.value_span, &sym))),
            other => Err(evaluator.error(diag::invalid_count(count.value_span, &other))),
        };
    }
    if let Some(for_each) = for_each {
        // The configured values the collection reads belong to its instances' `each`, not to
        // whatever is being evaluated when the instances are planned.
        let configured_before = evaluator.configured_references.len();
        let value = evaluator.eval_attribute(for_each, &Scope::default())?;
        let each_dependencies =
            evaluator.configured_references.split_off(configured_before.min(evaluator.configured_references.len()));
        // Values read from configured arguments (`aws_x.g.name` where the configuration sets `name`)
        // are settled to what the configuration says; the resources they come from stay each entry's
        // dependencies.
        let unsettled = value.clone();
        let value = crate::eval::settle(&value).unwrap_or(value);
        // An element a condition on parameters may leave out would still make an instance.
        if let Some(sym) = crate::eval::maybe_absent(&value).cloned() {
            return Err(evaluator.symbolic(&sym, diag::elements_decided_at_deployment(for_each.value_span, "for_each")));
        }
        let entries: Vec<(String, Value)> = match value {
            Value::Map(entries) => entries.into_iter().collect(),
            Value::List(items) => {
                let mut keys = Vec::new();
                for item in items {
                    match item {
                        Value::String(key) => keys.push((key.clone(), Value::String(key))),
                        other => return Err(evaluator.error(diag::invalid_for_each(for_each.value_span, &other))),
                    }
                }
                crate::eval::to_set(keys.iter().map(|(key, _)| Value::String(key.clone())).collect())
                    .into_iter()
                    .filter_map(|key| match key {
                        Value::String(key) => Some((key.clone(), Value::String(key))),
                        _ => None,
                    })
                    .collect()
            }
            // A list parameter: an Fn::ForEach loop (not for `awscc_` types, which map one to one).
            Value::Sym(sym)
                if sym.ty == SymType::List
                    && sym.resources.is_empty()
                    && !block.label(0).starts_with(crate::awscc::PREFIX) =>
            {
                return Ok((vec![(None, Scope::default())], Repetition::Loop, None, Some(sym.expr)));
            }
            Value::Sym(sym) => return Err(evaluator.symbolic(&sym, diag::count_unknown(for_each.value_span, &sym))),
            other => return Err(evaluator.error(diag::invalid_for_each(for_each.value_span, &other))),
        };
        let instances = entries
            .into_iter()
            .map(|(key, value)| {
                let mut dependencies = each_dependencies.clone();
                let settled = match &unsettled {
                    Value::Map(entries) => entries.get(&key).map(Value::settled_resources).unwrap_or_default(),
                    other => other.settled_resources(),
                };
                dependencies.extend(settled.into_iter().filter(|resource| !each_dependencies.contains(resource)));
                let scope =
                    Scope { each: Some((key.clone(), value)), each_dependencies: dependencies, ..Scope::default() };
                (Some(InstanceKey::Key(key)), scope)
            })
            .collect();
        return Ok((instances, Repetition::ForEach, None, None));
    }
    Ok((vec![(None, Scope::default())], Repetition::Single, None, None))
}

fn is_count(expr: &Expr, wanted: i64) -> bool {
    matches!(expr, Expr::Number(number) if number.as_i64() == Some(wanted))
}

/// Lowers every resource into the template; returns the address map.
pub(crate) fn lower<'a>(
    evaluator: &mut Evaluator<'a>,
    template: &mut Template,
    ids: &mut Allocator,
) -> IndexMap<String, Vec<String>> {
    let mut lowering = Lowering::default();
    let default_tags = default_tags(evaluator);
    for (address, prefix, block) in evaluator.blocks(false) {
        let Some(plan) = evaluator.plans.get(&address).cloned() else { continue };
        evaluator.in_module(&prefix, |evaluator| {
            check_meta(evaluator, block);
            let module_dependencies = module_dependencies(evaluator, &prefix, &mut lowering.edges);
            for instance in &plan.instances {
                lower_instance(
                    evaluator,
                    template,
                    ids,
                    &mut lowering,
                    &address,
                    block,
                    instance,
                    &plan,
                    default_tags.as_ref(),
                    &module_dependencies,
                );
            }
        });
        if plan.instances.is_empty() {
            lowering.addresses.insert(address.clone(), Vec::new());
        }
    }
    apply_merges(evaluator, template, &mut lowering);
    apply_waits(template, &lowering);
    conditional_dependencies(evaluator, template);
    report_cycles(evaluator, template, &lowering);
    move_into_loops(evaluator, template, &lowering);
    lowering.addresses
}

/// Moves the templated resources of `for_each` loops over list parameters into their `Fn::ForEach`.
fn move_into_loops(evaluator: &Evaluator<'_>, template: &mut Template, lowering: &Lowering) {
    for (address, plan) in &evaluator.plans {
        let Some(each_loop) = &plan.each_loop else { continue };
        let mut resources = IndexMap::new();
        for id in lowering.addresses.get(address).into_iter().flatten() {
            if let Some(resource) = template.resources.shift_remove(id) {
                resources.insert(id.clone(), resource);
            }
        }
        if !resources.is_empty() {
            template.resource_loops.push(ForEachLoop {
                name: each_loop.name.clone(),
                identifier: each_loop.identifier.clone(),
                collection: each_loop.collection.clone(),
                resources,
            });
        }
    }
}

/// `provider "aws" { default_tags { tags = {...} } }`: the tags every taggable resource gets.
fn default_tags(evaluator: &mut Evaluator<'_>) -> Option<(Value, Span)> {
    let provider = evaluator.tree.root().providers.get("aws")?;
    let blocks = provider.body.blocks_of("default_tags", 0);
    let tags = blocks.first()?.body.attribute("tags")?;
    // The provider belongs to the root module, wherever evaluation is.
    let value = evaluator.in_module("", |evaluator| evaluator.eval_attribute(tags, &Scope::default())).ok()?;
    // The provider drops tag keys with the reserved `aws:` prefix.
    let value = match value {
        Value::Map(entries) => Value::Map(entries.into_iter().filter(|(key, _)| !key.starts_with("aws:")).collect()),
        other => other,
    };
    Some((value, tags.value_span))
}

/// Reports the meta-arguments that have no CloudFormation form (once per block, not per instance).
fn check_meta(evaluator: &mut Evaluator<'_>, block: &Block) {
    let body = &block.body;
    // A type that takes `region` as a value reads the alias's region instead (see `region`).
    if let Some(provider) = body.attribute("provider").filter(|_| !crate::region::takes_region(block.label(0))) {
        evaluator.diagnostics.push(diag::provider_alias(provider));
    }
    for lifecycle in body.blocks_of("lifecycle", 0) {
        for attribute in &lifecycle.body.attributes {
            match attribute.name.as_str() {
                "prevent_destroy" => {}
                "ignore_changes" | "create_before_destroy" | "replace_triggered_by" => {
                    evaluator.diagnostics.push(diag::lifecycle_ignored(attribute));
                }
                _ => evaluator.diagnostics.push(diag::unknown_block_argument(
                    attribute.name_span,
                    &attribute.name,
                    "lifecycle",
                    &["prevent_destroy", "ignore_changes", "create_before_destroy", "replace_triggered_by"],
                )),
            }
        }
        for nested in &lifecycle.body.blocks {
            evaluator.diagnostics.push(diag::condition_block_ignored(nested));
        }
    }
    for kind in ["provisioner", "connection"] {
        for nested in body.blocks_of(kind, if kind == "provisioner" { 1 } else { 0 }) {
            evaluator.diagnostics.push(diag::provisioner(&nested));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn lower_instance(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    lowering: &mut Lowering,
    address: &str,
    block: &Block,
    instance: &Instance,
    plan: &ResourcePlan,
    default_tags: Option<&(Value, Span)>,
    module_dependencies: &[String],
) {
    let mut lower = |evaluator: &mut Evaluator<'_>| {
        lower_instance_body(
            evaluator,
            template,
            ids,
            lowering,
            address,
            block,
            instance,
            plan,
            default_tags,
            module_dependencies,
        )
    };
    // The body of a resource created under a condition is only evaluated where it holds.
    match &plan.condition {
        Some(condition) => evaluator.assuming(Expr::Condition(condition.clone()), true, lower),
        None => lower(evaluator),
    }
}

#[allow(clippy::too_many_arguments)]
fn lower_instance_body(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    ids: &mut Allocator,
    lowering: &mut Lowering,
    address: &str,
    block: &Block,
    instance: &Instance,
    plan: &ResourcePlan,
    default_tags: Option<&(Value, Span)>,
    module_dependencies: &[String],
) {
    let kind = block.label(0);
    let instance_address = match &instance.key {
        Some(key) => format!("{address}{}", key.suffix()),
        None => address.to_string(),
    };
    if let Some(cfn_type) = crate::awscc::cfn_type(kind) {
        let ids = crate::awscc::lower_instance(
            evaluator,
            template,
            &mut lowering.edges,
            &instance_address,
            block,
            instance,
            plan,
            cfn_type,
        );
        lowering.addresses.insert(instance_address, ids);
        return;
    }
    let rows = mappings_for(kind);
    let Some(first) = rows.first().copied() else { return };
    let mut edges = Vec::new();
    let configured_before = evaluator.configured_references.len();
    let source = source_object(evaluator, &block.body, &instance.scope, first.arguments, true, &mut edges);
    let configured =
        evaluator.configured_references.split_off(configured_before.min(evaluator.configured_references.len()));
    let Ok(mut source) = source else {
        // A resource a condition makes whose body fails where the condition holds: Terraform only
        // evaluates it where the condition makes it, so the condition is decided at conversion time.
        if let Some(condition) = &plan.condition {
            evaluator.blame_expr(&Expr::Condition(condition.clone()), block.header_span());
        }
        lowering.addresses.insert(instance_address, Vec::new());
        return;
    };
    let Some(row) = mapping_for(kind, &source) else {
        let selector = first.when.map_or("", |(argument, _)| argument);
        evaluator.diagnostics.push(diag::no_matching_row(block, kind, selector));
        return;
    };
    let row = row_for_parent(evaluator, block, instance, &rows, row);
    if kind == "aws_security_group" && !source.entries.contains_key("egress") && !source.entries.contains_key("vpc_id")
    {
        evaluator.diagnostics.push(diag::default_vpc_egress(block));
    }
    apply_defaults(kind, row, &mut source, block, default_tags, &instance.logical_id);
    crate::region::check(evaluator, kind, block, &instance_address, &mut source);
    // A list parameter where CloudFormation takes one resource per element (a security group rule's
    // `cidr_blocks`) or one object per element (an instance's `ipv6_addresses`): the elements must be
    // known, so the variable behind it is inlined.
    for argument in row.arguments {
        let per_element = matches!(argument.target, iac2cfn_catalog::Target::Explode(_))
            || matches!(
                argument.shape,
                Shape::Value(iac2cfn_catalog::Transform::Wrap(_) | iac2cfn_catalog::Transform::Template(_))
            );
        if !per_element {
            continue;
        }
        let Some((_, SourceValue::Value { value: Expr::Ref(name), span })) = source.entries.get(argument.name) else {
            continue;
        };
        let is_list = template.parameters.get(name).is_some_and(|parameter| {
            matches!(parameter.parameter_type, ParameterType::CommaDelimitedList | ParameterType::NumberList)
                || matches!(&parameter.parameter_type, ParameterType::Other(named) if named.starts_with("List<"))
        });
        if is_list {
            let (name, span) = (name.clone(), *span);
            evaluator.blame_expr(&Expr::Ref(name), span);
            evaluator.diagnostics.push(diag::explode_list_parameter(span, argument.name, kind));
            lowering.addresses.insert(instance_address, Vec::new());
            return;
        }
    }
    // `name = ""` is no name to the provider, which then generates one, as CloudFormation does when
    // the name is left out.
    if matches!(source.entries.get("name"), Some((_, SourceValue::Value { value: Expr::String(text), .. })) if text.is_empty())
    {
        source.entries.shift_remove("name");
    }
    if let Some((_, SourceValue::Value { value, .. })) = source.entries.get_mut("name") {
        empty_branches_to_no_value(value);
    }
    name_from_prefix(row, &mut source, &instance.logical_id);
    let mut lowered = lower_arguments(row, &source);
    // A list of blocks CloudFormation requires, which the configuration leaves empty: Terraform sends
    // an empty list, and so does the template (where the schema wants an element, the check of what
    // AWS rejects below reports it).
    for argument in row.arguments {
        let (Shape::Block { list: true, .. }, iac2cfn_catalog::Target::Property(path)) =
            (&argument.shape, &argument.target)
        else {
            continue;
        };
        if !path.contains('.')
            && !lowered.properties.contains_key(*path)
            && iac2cfn_catalog::constraints::is_required(row.cloudformation, path, &lowered.properties)
        {
            lowered.properties.insert((*path).to_string(), Expr::List(Vec::new()));
        }
    }
    // A value AWS rejects (a policy without statements, an empty list it needs an element in): the
    // stack could not be created. Where a parameter decides whether the resource exists, its
    // variable is inlined, so that the resource only exists where it can be created; where it exists
    // anyway, the conversion fails here rather than the deployment later.
    let rejection = match row.placement {
        Placement::MergeInto { .. } => {
            iac2cfn_catalog::constraints::rejection_of_merge(row.cloudformation, &lowered.properties)
        }
        Placement::Standalone => iac2cfn_catalog::constraints::rejection(row.cloudformation, &lowered.properties),
    };
    if let Some(rejection) = rejection {
        if let Some(condition) = &plan.condition {
            evaluator.blame_expr(&Expr::Condition(condition.clone()), block.header_span());
        }
        let argument = row.arguments.iter().find(
            |argument| matches!(argument.target, iac2cfn_catalog::Target::Property(path) if path == rejection.property),
        );
        let at = argument.and_then(|argument| source_span(&block.body, &source, argument.name));
        evaluator.diagnostics.push(diag::rejected_by_aws(block, &instance_address, row.cloudformation, &rejection, at));
    } else if let Some(condition) =
        iac2cfn_catalog::constraints::rejected_branch(row.cloudformation, &lowered.properties)
    {
        // One outcome of a parameter's choice is a value AWS rejects: the choice is made at
        // conversion time, as Terraform makes it at plan time, and the pass above judges the result.
        evaluator.blame_expr(&Expr::Condition(condition), block.header_span());
    }
    iac2cfn_catalog::constraints::remove_disallowed(row.cloudformation, &mut lowered.properties);
    leave_out_empty_parameters(evaluator, template, row.cloudformation, &mut lowered.properties);
    for copy in &mut lowered.exploded {
        leave_out_empty_parameters(evaluator, template, row.cloudformation, copy);
    }
    // An argument the catalog needs known at conversion time (a map it turns into a list) makes the
    // variables it depends on inlined.
    for diagnostic in &lowered.diagnostics {
        if diagnostic.code == iac2cfn_catalog::VALUE_NOT_KNOWN || diagnostic.code == iac2cfn_catalog::SHAPE_MISMATCH {
            if let Some(span) = diagnostic.primary_span() {
                blame_argument(evaluator, &source, span);
            }
        }
    }
    evaluator.diagnostics.extend(lowered.diagnostics);
    let mut depends_on = depends_on(evaluator, &block.body, &mut edges);
    // Values read from other resources' configured arguments carry no reference: wait for them.
    let mut waited: Vec<&String> = Vec::new();
    for other in &configured {
        if other == address || waited.contains(&other) {
            continue;
        }
        waited.push(other);
        for id in ids_of(evaluator, other, None) {
            if !id.is_empty() && !depends_on.contains(&id) && id != instance.logical_id {
                depends_on.push(id);
            }
        }
    }
    for dependency in module_dependencies {
        if !depends_on.contains(dependency) {
            depends_on.push(dependency.clone());
        }
    }
    let span = block.header_span();
    match row.placement {
        Placement::MergeInto { parent, link } => {
            let parent_id = match merge_parent(evaluator, address, instance, parent, link) {
                Ok(id) => id,
                Err(_) => return,
            };
            lowering.addresses.insert(instance_address, vec![parent_id.clone()]);
            // The sub-resource becomes part of one instance of the parent resource: waiting for the
            // parent resource's other instances (whose configured values it read, such as
            // `aws_api_gateway_method.x[each.key].http_method`, resolved per instance at conversion
            // time) would make each instance wait for the others, a cycle.
            if let Some(owner) = evaluator.id_owners.get(&parent_id) {
                depends_on.retain(|id| evaluator.id_owners.get(id) != Some(owner));
            }
            // The sub-resource's values become the parent's own properties, and a CloudFormation
            // resource cannot refer to itself (its ID, ARN or any attribute exists only once it is
            // created): a value that reads the parent has no form here, whatever the resource type.
            if lowered.properties.values().any(|value| value.references().contains(&parent_id)) {
                let link_span = block.body.attribute(link).map(|attribute| attribute.value_span);
                let at = edges
                    .iter()
                    .find(|(_, to, at)| *to == parent_id && Some(*at) != link_span)
                    .map_or(span, |(_, _, at)| *at);
                let parent_address = evaluator.id_owners.get(&parent_id).cloned().unwrap_or_else(|| parent.to_string());
                evaluator.diagnostics.push(diag::merged_self_reference(
                    at,
                    kind,
                    &parent_address,
                    &parent_id,
                    row.cloudformation,
                ));
                return;
            }
            if block.body.blocks_of("lifecycle", 0).iter().any(|l| l.body.attribute("prevent_destroy").is_some()) {
                evaluator.diagnostics.push(diag::merged_lifecycle(block, kind));
            }
            // The link itself is consumed by the merge, not a reference of the parent to itself.
            for (_, to, at) in edges.into_iter().filter(|(_, to, _)| *to != parent_id) {
                lowering.edges.push((parent_id.clone(), to, at));
            }
            lowering.merges.push((parent_id, lowered.properties, depends_on, span));
        }
        Placement::Standalone => {
            // A rule with no source at all (every list of sources empty): AWS rejects it, and
            // Terraform's apply fails on it; it makes no resource.
            if let Some(sources) = iac2cfn_catalog::constraints::one_of_required(row.cloudformation) {
                if lowered.exploded.is_empty() && !sources.iter().any(|key| lowered.properties.contains_key(*key)) {
                    evaluator.diagnostics.push(diag::rule_without_source(block, kind, sources));
                    lowering.addresses.insert(instance_address, Vec::new());
                    return;
                }
            }
            let id = instance.logical_id.clone();
            let mut resource = Resource::new(row.cloudformation, Origin { span, address: instance_address.clone() });
            resource.properties = lowered.properties.clone();
            for dependency in &depends_on {
                if *dependency != id {
                    resource.add_dependency(dependency);
                }
            }
            resource.condition = plan.condition.clone();
            if prevent_destroy(evaluator, &block.body) {
                resource.deletion_policy = Some(DeletionPolicy::Retain);
                resource.update_replace_policy = Some(DeletionPolicy::Retain);
            }
            let mut logical_ids = vec![id.clone()];
            for (_, to, at) in edges {
                lowering.edges.push((id.clone(), to, at));
            }
            // A row that splits the resource makes one resource per element.
            for (index, properties) in lowered.exploded.iter().enumerate().skip(1) {
                let mut copy = resource.clone();
                copy.properties = properties.clone();
                let copy_id = ids.claim(&format!("{id}{}", index + 1));
                logical_ids.push(copy_id.clone());
                template.resources.insert(copy_id, copy);
            }
            let companions = companion_resources(row, &id, &source);
            let companion_ids: Vec<(String, Resource, bool, Option<String>)> = companions
                .into_iter()
                .zip(row.companions.iter().filter(|c| is_set(&source, c.when_argument)))
                .map(|((suffix, resource), companion)| {
                    let unset = unset_condition(evaluator, &source, companion.when_argument);
                    (format!("{id}{suffix}"), resource, companion.dependents_wait, unset)
                })
                .collect();
            template.resources.insert(id.clone(), resource);
            // Keep exploded copies after the main resource for readability.
            let copies: Vec<String> = logical_ids.iter().skip(1).cloned().collect();
            for copy in copies {
                if let Some(resource) = template.resources.shift_remove(&copy) {
                    template.resources.insert(copy, resource);
                }
            }
            for (companion_id, mut companion, wait, unset) in companion_ids {
                companion.origin = Origin { span, address: instance_address.clone() };
                companion.condition = plan.condition.clone();
                // A companion made from an argument that a condition may leave out (`Fn::If [c,
                // AWS::NoValue, x]` in a property CloudFormation requires, or an argument given a
                // parameter that is empty while unset) exists only where it is set, as Terraform makes
                // nothing for a null argument.
                let mut absent = companion_absent_conditions(&mut companion);
                if let Some(unset) = unset.filter(|condition| !absent.contains(condition)) {
                    absent.push(unset);
                }
                // Inside the companion those conditions are false: choices on them are decided.
                for value in companion.properties.values_mut() {
                    decide_absent(value, &absent);
                }
                if !absent.is_empty() {
                    let mut all: Vec<Expr> =
                        absent.into_iter().map(|name| crate::eval::negate(Expr::Condition(name))).collect();
                    if let Some(own) = &companion.condition {
                        all.insert(0, Expr::Condition(own.clone()));
                    }
                    let condition = if all.len() == 1 { all.remove(0) } else { Expr::And(all) };
                    companion.condition = Some(evaluator.condition_name(condition));
                }
                if wait {
                    lowering.waits.push((id.clone(), companion_id.clone()));
                }
                logical_ids.push(companion_id.clone());
                template.resources.insert(companion_id, companion);
            }
            lowering.addresses.insert(instance_address, logical_ids);
        }
    }
}

/// Properties given a parameter whose variable defaults to null (empty means "not set"): an optional
/// property is left out while the parameter is empty (`Fn::If [Empty, AWS::NoValue, Ref]`), as
/// Terraform leaves out an argument set to null; a property CloudFormation requires makes the
/// parameter required (no default), as Terraform requires a value there.
fn leave_out_empty_parameters(
    evaluator: &mut Evaluator<'_>,
    template: &mut Template,
    cloudformation: &str,
    properties: &mut IndexMap<String, Expr>,
) {
    let required: Vec<String> = properties
        .keys()
        .filter(|property| iac2cfn_catalog::constraints::is_required(cloudformation, property, properties))
        .cloned()
        .collect();
    let optional = |property: &str| !required.iter().any(|wanted| wanted == property);
    // An empty string is no value to the provider for an optional argument (its SDK reads a zero
    // value as not set), and CloudFormation's patterns reject it: an optional property given `""`,
    // or an `Fn::If` branch of `""`, is left out.
    properties
        .retain(|property, value| !(optional(property) && matches!(value, Expr::String(text) if text.is_empty())));
    for (property, value) in properties.iter_mut() {
        if optional(property) {
            empty_branches_to_no_value(value);
        }
        let Expr::Ref(name) = value else { continue };
        if !evaluator.nullable_parameters.contains(name.as_str()) {
            continue;
        }
        if !optional(property) {
            if let Some(parameter) = template.parameters.get_mut(name.as_str()) {
                parameter.default = None;
            }
            continue;
        }
        let reference = Expr::Ref(name.clone());
        let empty = crate::eval::is_empty_text(reference.clone());
        let condition = evaluator.condition_name(empty);
        *value = Expr::If {
            condition,
            then: Box::new(Expr::Ref(iac2cfn_ir::pseudo::NO_VALUE.to_string())),
            otherwise: Box::new(reference),
        };
    }
}

/// `name_prefix` without `name`: Terraform names the resource with the prefix and a unique suffix. The
/// name is the prefix, then a suffix unique to the stack (the last group of the stack ID's UUID) and to
/// the resource (a digest of its logical ID): 18 characters, shorter than Terraform's 26, so that it
/// fits wherever Terraform's name fits.
fn name_from_prefix(row: &ResourceMapping, source: &mut SourceObject, logical_id: &str) {
    let takes_name =
        row.arguments.iter().any(|a| a.name == "name" && matches!(a.target, iac2cfn_catalog::Target::Property(_)));
    let drops_prefix = row
        .arguments
        .iter()
        .any(|a| a.name == "name_prefix" && matches!(a.target, iac2cfn_catalog::Target::Dropped(_)));
    if !takes_name || !drops_prefix || source.entries.contains_key("name") || logical_id.is_empty() {
        return;
    }
    let Some((name_span, SourceValue::Value { value: prefix, span })) = source.entries.shift_remove("name_prefix")
    else {
        return;
    };
    let split =
        |delimiter: &str, source: Expr| Expr::Split { delimiter: delimiter.to_string(), source: Box::new(source) };
    let select = |index: i64, list: Expr| Expr::Select { index: Box::new(Expr::int(index)), list: Box::new(list) };
    let stack_uuid = select(2, split("/", Expr::reference(iac2cfn_ir::pseudo::STACK_ID)));
    let stack_part = select(4, split("-", stack_uuid));
    let digest: u32 =
        logical_id.bytes().fold(2_166_136_261_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(16_777_619));
    let resource_part = format!("{:06x}", digest & 0x00ff_ffff);
    let name = Expr::Join {
        delimiter: String::new(),
        values: Box::new(Expr::List(vec![prefix, stack_part, Expr::String(resource_part)])),
    };
    source.entries.insert("name".to_string(), (name_span, SourceValue::Value { value: name, span }));
}

/// `""` chosen by an `Fn::If` for a name: no value, as the provider treats an empty name.
fn empty_branches_to_no_value(value: &mut Expr) {
    if let Expr::If { then, otherwise, .. } = value {
        for branch in [then, otherwise] {
            if matches!(branch.as_ref(), Expr::String(text) if text.is_empty()) {
                **branch = Expr::Ref(iac2cfn_ir::pseudo::NO_VALUE.to_string());
            } else {
                empty_branches_to_no_value(branch);
            }
        }
    }
}

/// Replaces each choice on one of `absent` (conditions known to be false) by its `otherwise` branch,
/// at the top of `value` and inside lists and objects.
fn decide_absent(value: &mut Expr, absent: &[String]) {
    while let Expr::If { condition, otherwise, .. } = value {
        if !absent.contains(condition) {
            break;
        }
        let chosen = std::mem::replace(otherwise.as_mut(), Expr::Null);
        *value = chosen;
    }
    match value {
        Expr::List(items) => items.iter_mut().for_each(|item| decide_absent(item, absent)),
        Expr::Map(entries) => entries.values_mut().for_each(|item| decide_absent(item, absent)),
        _ => {}
    }
}

/// The condition under which the argument that makes a companion is null at deployment: a parameter
/// whose variable defaults to null is empty, or a choice leaves the argument out.
fn unset_condition(evaluator: &mut Evaluator<'_>, source: &SourceObject, argument: &str) -> Option<String> {
    let Some((_, SourceValue::Value { value, .. })) = source.entries.get(argument) else { return None };
    match value {
        Expr::Ref(name) if evaluator.nullable_parameters.contains(name.as_str()) => {
            Some(evaluator.condition_name(crate::eval::is_empty_text(Expr::Ref(name.clone()))))
        }
        Expr::If { condition, then, .. } if matches!(then.as_ref(), Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE) => {
            Some(condition.clone())
        }
        _ => None,
    }
}

/// The conditions under which a companion's required property is left out (`Fn::If [c, AWS::NoValue,
/// x]` at the top of the property); the property becomes the value it has where it is set, since the
/// companion then only exists there.
fn companion_absent_conditions(companion: &mut Resource) -> Vec<String> {
    let Some(schema) = iac2cfn_catalog::cfn_schema::resource_type(&companion.resource_type) else { return Vec::new() };
    let mut out = Vec::new();
    let no_value = |expr: &Expr| matches!(expr, Expr::Ref(name) if name == iac2cfn_ir::pseudo::NO_VALUE);
    for required in schema.root().required() {
        let Some(value) = companion.properties.get_mut(required) else { continue };
        // Along a chain `Fn::If [c1, NoValue, Fn::If [c2, NoValue, x]]`, every condition leaves it out.
        while let Expr::If { condition, then, otherwise } = value {
            if !no_value(then) {
                break;
            }
            out.push(condition.clone());
            let present = std::mem::replace(otherwise.as_mut(), Expr::Null);
            *value = present;
        }
    }
    out
}

/// Where the configuration gives the argument `name`: its value, its first block, or the `dynamic`
/// block that makes its blocks (which may make none).
fn source_span(body: &Body, source: &SourceObject, name: &str) -> Option<(Span, bool)> {
    match source.entries.get(name) {
        Some((_, SourceValue::Value { span, .. })) => Some((*span, false)),
        Some((_, SourceValue::Blocks(blocks))) if !blocks.is_empty() => Some((blocks[0].span, false)),
        _ => body
            .blocks
            .iter()
            .find(|nested| nested.kind == "dynamic" && nested.label(0) == name)
            .map(|nested| (nested.header_span(), true)),
    }
}

/// Blames the variables of the argument written at `span` (see [`Evaluator::blame_expr`]).
fn blame_argument(evaluator: &mut Evaluator<'_>, source: &SourceObject, span: Span) {
    for (name_span, value) in source.entries.values() {
        match value {
            SourceValue::Value { value, span: value_span } => {
                if *name_span == span
                    || (value_span.file == span.file && value_span.start <= span.start && span.end <= value_span.end)
                {
                    evaluator.blame_expr(value, span);
                }
            }
            SourceValue::Blocks(blocks) => blocks.iter().for_each(|block| blame_argument(evaluator, block, span)),
        }
    }
}

fn is_set(source: &SourceObject, argument: &str) -> bool {
    match source.entries.get(argument) {
        Some((_, SourceValue::Value { value, .. })) => !matches!(value, Expr::Null | Expr::Bool(false)),
        Some((_, SourceValue::Blocks(blocks))) => !blocks.is_empty(),
        None => false,
    }
}

/// Terraform's own defaults that CloudFormation lacks, and the provider's default tags.
fn apply_defaults(
    kind: &str,
    row: &ResourceMapping,
    source: &mut SourceObject,
    block: &Block,
    default_tags: Option<&(Value, Span)>,
    logical_id: &str,
) {
    // A name Terraform generates when neither it nor a prefix is given (`terraform-2024...`), which
    // CloudFormation requires: the logical ID, unique where the name must be. (A `name_prefix` was made
    // into a name already, by `name_from_prefix`.)
    for (terraform, argument) in GENERATED_NAMES {
        if *terraform == kind && !source.entries.contains_key(*argument) && !logical_id.is_empty() {
            let span = block.header_span();
            let value = SourceValue::Value { value: Expr::string(logical_id), span };
            source.entries.insert((*argument).to_string(), (span, value));
        }
    }
    for (terraform, argument, value) in TERRAFORM_DEFAULTS {
        if *terraform == kind
            && !source.entries.contains_key(*argument)
            && row.arguments.iter().any(|a| a.name == *argument)
        {
            let span = block.header_span();
            let value = SourceValue::Value { value: Expr::string(*value), span };
            source.entries.insert((*argument).to_string(), (span, value));
        }
    }
    // Terraform removes the allow-all egress rule AWS gives a new VPC security group; CloudFormation
    // removes it only when the group lists egress rules of its own. A rule that admits nothing but
    // the loopback address keeps the group as closed as Terraform leaves it.
    // CloudFormation only takes egress rules for a group given its VPC: a group in the default VPC
    // keeps AWS's allow-all egress rule (Terraform would remove it).
    if kind == "aws_security_group"
        && !source.entries.contains_key("egress")
        && source.entries.contains_key("vpc_id")
        && row.arguments.iter().any(|a| a.name == "egress")
    {
        let span = block.header_span();
        let value = |expr: Expr| SourceValue::Value { value: expr, span };
        let mut rule = SourceObject { span, entries: IndexMap::new(), guard: None };
        rule.entries.insert("protocol".into(), (span, value(Expr::string("-1"))));
        rule.entries.insert("cidr_blocks".into(), (span, value(Expr::List(vec![Expr::string("127.0.0.1/32")]))));
        source.entries.insert("egress".into(), (span, SourceValue::Blocks(vec![rule])));
    }
    let Some((Value::Map(defaults), span)) = default_tags else { return };
    let takes_tags =
        row.arguments.iter().any(|a| a.name == "tags" && matches!(a.shape, Shape::TagList | Shape::TagMap));
    if !takes_tags || defaults.is_empty() {
        return;
    }
    let mut merged: IndexMap<String, Expr> = IndexMap::new();
    for (key, value) in defaults {
        if let Ok(expr) = to_expr(value) {
            merged.insert(key.clone(), expr);
        }
    }
    let (name_span, value_span) = match source.entries.get("tags") {
        Some((name_span, SourceValue::Value { value: Expr::Map(own), span })) => {
            for (key, value) in own {
                merged.insert(key.clone(), value.clone());
            }
            (*name_span, *span)
        }
        Some(_) => return,
        None => (*span, *span),
    };
    merged.sort_keys();
    source
        .entries
        .insert("tags".to_string(), (name_span, SourceValue::Value { value: Expr::Map(merged), span: value_span }));
}

pub(crate) fn prevent_destroy(evaluator: &mut Evaluator<'_>, body: &Body) -> bool {
    let mut retain = false;
    for lifecycle in body.blocks_of("lifecycle", 0) {
        if let Some(attribute) = lifecycle.body.attribute("prevent_destroy") {
            match evaluator.eval_attribute(attribute, &Scope::default()) {
                Ok(Value::Bool(flag)) => retain = flag,
                Ok(other) => evaluator.diagnostics.push(diag::not_a_literal_bool(
                    attribute.value_span,
                    "prevent_destroy",
                    &other,
                )),
                Err(_) => {}
            }
        }
    }
    retain
}

/// Builds the catalog's view of a body: every argument evaluated, nested blocks (with `dynamic` ones
/// expanded) as objects; `null` arguments are left out, as Terraform treats them as unset.
fn source_object(
    evaluator: &mut Evaluator<'_>,
    body: &Body,
    scope: &Scope,
    arguments: &'static [Argument],
    top: bool,
    edges: &mut Vec<(String, String, Span)>,
) -> Eval<SourceObject> {
    let mut object = SourceObject { span: body.span, entries: IndexMap::new(), guard: None };
    let mut failed = None;
    for attribute in &body.attributes {
        let name = attribute.name.as_str();
        if top && (META_ARGUMENTS.contains(&name) || (body.json && META_BLOCKS.contains(&name))) {
            continue;
        }
        let argument = arguments.iter().find(|argument| argument.name == name);
        let span = attribute.value_span;
        // A conditional resource referred to from outside its condition: the property is chosen by the
        // condition (`Fn::If`), and absent (`AWS::NoValue`) where Terraform's value is null.
        let mut combine = |evaluator: &mut Evaluator<'_>, condition: &str, then: Value, otherwise: Value| {
            choose(evaluator, condition, then, otherwise, span)
        };
        // An argument with no CloudFormation form is left out whatever its value, so a value that
        // cannot be computed here (a deployment's `triggers` hashing IDs known only at deployment)
        // is no error: its diagnostics are withdrawn and the argument is reported as dropped.
        let dropped = argument.is_some_and(|argument| matches!(argument.target, iac2cfn_catalog::Target::Dropped(_)));
        let reported = evaluator.diagnostics.len();
        let value = match evaluator.eval_guarded(attribute, scope, &mut combine) {
            Ok(value) => value,
            Err(_) if dropped => {
                evaluator.diagnostics.truncate(reported);
                // Any value but null (which means "not set") gets the warning; it is written nowhere.
                let placeholder = SourceValue::Value { value: Expr::string(""), span: attribute.value_span };
                object.entries.insert(name.to_string(), (attribute.name_span, placeholder));
                continue;
            }
            Err(fail) => {
                failed = Some(fail);
                continue;
            }
        };
        if matches!(value, Value::Null) {
            continue;
        }
        let expr = match argument_expr(&value, argument.map(|a| a.shape)) {
            Ok(expr) => expr,
            Err(why) => {
                failed = Some(evaluator.error(diag::no_cloudformation_form(attribute.value_span, &why)));
                continue;
            }
        };
        for target in expr.references() {
            if evaluator.id_owners.contains_key(&target) {
                edges.push((String::new(), target, attribute.value_span));
            }
        }
        object.entries.insert(
            name.to_string(),
            (attribute.name_span, SourceValue::Value { value: expr, span: attribute.value_span }),
        );
    }
    // Nested blocks, grouped by type in order of first appearance.
    let mut kinds: Vec<(String, Span)> = Vec::new();
    for block in &body.blocks {
        let kind = if block.kind == "dynamic" { block.label(0) } else { block.kind.as_str() };
        if block.kind != "dynamic" && META_BLOCKS.contains(&kind) && top {
            continue;
        }
        if !kinds.iter().any(|(known, _)| known == kind) {
            kinds.push((kind.to_string(), block.kind_span));
        }
    }
    for (kind, kind_span) in kinds {
        let nested_arguments = match arguments.iter().find(|argument| argument.name == kind).map(|a| a.shape) {
            Some(Shape::Block { arguments, .. }) => arguments,
            _ => &[],
        };
        let blocks = match evaluator.expand_guarded_blocks(body, &kind, scope) {
            Ok(blocks) => blocks,
            Err(fail) => {
                failed = Some(fail);
                continue;
            }
        };
        let mut objects = Vec::new();
        for (block, block_scope, guard) in blocks {
            // A block that exists only under a condition is evaluated assuming it.
            let nested = match &guard {
                Some((condition, holds)) => {
                    evaluator.assuming(Expr::Condition(condition.clone()), *holds, |evaluator| {
                        source_object(evaluator, &block.body, &block_scope, nested_arguments, false, edges)
                    })
                }
                None => source_object(evaluator, &block.body, &block_scope, nested_arguments, false, edges),
            };
            match nested {
                Ok(mut nested) => {
                    nested.span = block.span;
                    nested.guard = guard;
                    objects.push(nested);
                }
                Err(fail) => {
                    // Terraform only evaluates the block where the condition makes it; where it fails,
                    // the condition is decided at conversion time (its variables inlined), as with a
                    // failing branch of a conditional.
                    if let Some((condition, _)) = &guard {
                        evaluator.blame_expr(&Expr::Condition(condition.clone()), block.span);
                    }
                    failed = Some(fail);
                }
            }
        }
        if !objects.is_empty() {
            object.entries.insert(kind, (kind_span, SourceValue::Blocks(objects)));
        }
    }
    failed.map_or(Ok(object), Err)
}

/// The value a condition chooses between two: objects with the same keys are chosen entry by entry
/// (so that tag maps keep known keys), anything else as a whole (`Fn::If`).
fn choose(evaluator: &mut Evaluator<'_>, condition: &str, then: Value, otherwise: Value, span: Span) -> Eval {
    match (then, otherwise) {
        (Value::Map(then), Value::Map(otherwise))
            if then.len() == otherwise.len() && then.keys().all(|key| otherwise.contains_key(key)) =>
        {
            let mut otherwise = otherwise;
            let mut entries = IndexMap::new();
            for (key, then) in then {
                let otherwise = otherwise.swap_remove(&key).unwrap_or(Value::Null);
                let value = if then == otherwise { then } else { choose(evaluator, condition, then, otherwise, span)? };
                entries.insert(key, value);
            }
            Ok(Value::Map(entries))
        }
        (then, otherwise) => evaluator.if_value(condition, then, otherwise, span),
    }
}

/// The IR form of an argument's value, shaped for what the catalog expects of the argument.
fn argument_expr(value: &Value, shape: Option<Shape>) -> Result<Expr, String> {
    match (shape, value) {
        // A document built in the configuration: the structure, which the catalog writes as an object.
        (Some(Shape::JsonDocument | Shape::PascalCaseDocument(_)), Value::Json(inner, _)) => to_expr(inner),
        // A JSON string property: Terraform's exact text where it is known.
        (Some(Shape::JsonText), Value::Json(inner, style)) if inner.is_known() => {
            Ok(Expr::String(to_json_text(inner, *style)))
        }
        (Some(Shape::JsonText), Value::Json(inner, _)) => to_expr(inner),
        _ => to_expr(value),
    }
}

/// The IR form of a value: literals, and the intrinsics of symbolic parts.
pub(crate) fn to_expr(value: &Value) -> Result<Expr, String> {
    Ok(match value {
        Value::Null => Expr::Null,
        Value::Bool(flag) => Expr::Bool(*flag),
        Value::Number(number) => crate::value::ir_number(*number),
        Value::String(text) => Expr::String(text.clone()),
        Value::List(items) => Expr::List(items.iter().map(to_expr).collect::<Result<_, _>>()?),
        Value::Map(entries) => {
            let mut map = IndexMap::new();
            for (key, item) in entries {
                map.insert(key.clone(), to_expr(item)?);
            }
            Expr::Map(map)
        }
        Value::Json(inner, style) if inner.is_known() => Expr::String(to_json_text(inner, *style)),
        Value::Json(inner, style) => match json_sub(inner, *style) {
            Some(expr) => expr,
            None => Expr::ToJsonString(Box::new(to_expr(inner)?)),
        },
        Value::Object(object) => {
            return Err(format!(
                "`{}` is a whole resource object, which has no CloudFormation value; refer to one of its attributes",
                object.instance_address()
            ))
        }
        Value::Sym(sym) => sym.expr.clone(),
    })
}

/// JSON text with placeholders for values only known at deployment, as an `Fn::Sub`; `None` when a
/// symbolic part is not a scalar (its JSON form is then only known to `Fn::ToJsonString`).
fn json_sub(value: &Value, style: JsonStyle) -> Option<Expr> {
    let mut parts = StringParts::default();
    write_json_parts(value, style, 0, &mut parts)?;
    Some(parts.finish())
}

fn write_json_parts(value: &Value, style: JsonStyle, depth: usize, parts: &mut StringParts) -> Option<()> {
    let newline = |parts: &mut StringParts, depth: usize| {
        if style == JsonStyle::Indented {
            parts.text(&format!("\n{}", "  ".repeat(depth)));
        }
    };
    match value {
        Value::Sym(sym) => match sym.ty {
            SymType::String | SymType::Any => {
                parts.text("\"");
                parts.expr(sym.expr.clone());
                parts.text("\"");
            }
            SymType::Number | SymType::Bool => parts.expr(sym.expr.clone()),
            SymType::List => return None,
        },
        Value::Object(_) => return None,
        Value::List(items) if !items.is_empty() => {
            parts.text("[");
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    parts.text(",");
                }
                newline(parts, depth + 1);
                write_json_parts(item, style, depth + 1, parts)?;
            }
            newline(parts, depth);
            parts.text("]");
        }
        Value::Map(entries) if !entries.is_empty() => {
            parts.text("{");
            for (index, (key, item)) in entries.iter().enumerate() {
                if index > 0 {
                    parts.text(",");
                }
                newline(parts, depth + 1);
                parts.text(&to_json_text(&Value::String(key.clone()), JsonStyle::Compact));
                parts.text(if style == JsonStyle::Indented { ": " } else { ":" });
                write_json_parts(item, style, depth + 1, parts)?;
            }
            newline(parts, depth);
            parts.text("}");
        }
        Value::Json(inner, inner_style) if !inner.is_known() => {
            // A JSON string inside JSON: its text must be escaped, which only CloudFormation can do.
            let _ = (inner, inner_style);
            return None;
        }
        known => parts.text(&to_json_text(known, JsonStyle::Compact)),
    }
    Some(())
}

/// `depends_on`: the logical IDs of the resources listed (all instances; a merged sub-resource's
/// parent; a split resource's companions too).
pub(crate) fn depends_on(
    evaluator: &mut Evaluator<'_>,
    body: &Body,
    edges: &mut Vec<(String, String, Span)>,
) -> Vec<String> {
    let Some(attribute) = body.attribute("depends_on") else { return Vec::new() };
    let src = Src::of(attribute);
    let parsed;
    let value = if attribute.map.is_native() {
        &attribute.value
    } else {
        parsed = attribute.value.clone();
        &parsed
    };
    let Expression::Array(items) = value else {
        evaluator.diagnostics.push(diag::depends_on_not_list(attribute.value_span));
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items.iter() {
        let item_span = src.span(item);
        let item = if attribute.map.is_native() {
            item.clone()
        } else {
            match crate::parse::json_keyword_expression(item) {
                Some(parsed) => parsed,
                None => {
                    evaluator.diagnostics.push(diag::invalid_dependency(item_span));
                    continue;
                }
            }
        };
        let Expression::Traversal(traversal) = &item else {
            evaluator.diagnostics.push(diag::invalid_dependency(item_span));
            continue;
        };
        let Expression::Variable(root) = &traversal.expr else {
            evaluator.diagnostics.push(diag::invalid_dependency(item_span));
            continue;
        };
        let names: Vec<&str> = traversal
            .operators
            .iter()
            .filter_map(|op| match op.value() {
                TraversalOperator::GetAttr(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        let key = traversal.operators.iter().find_map(|op| match op.value() {
            TraversalOperator::Index(Expression::Number(n)) => n.as_u64().map(|n| InstanceKey::Index(n as usize)),
            TraversalOperator::Index(Expression::String(s)) => Some(InstanceKey::Key(s.as_str().to_string())),
            TraversalOperator::LegacyIndex(n) => Some(InstanceKey::Index(**n as usize)),
            _ => None,
        });
        match (root.as_str(), names.as_slice()) {
            ("data", [kind, name, ..]) => {
                let address = format!("{kind}.{name}");
                if crate::providers::check_dependency(evaluator, &format!("data.{address}"), item_span) {
                    continue;
                }
                if !evaluator.module().data.contains_key(&address) {
                    let known: Vec<&str> = evaluator.module().data.keys().map(String::as_str).collect();
                    evaluator.diagnostics.push(diag::undefined_reference(
                        item_span,
                        "data source",
                        &format!("data.{address}"),
                        &address,
                        &known,
                        "data.",
                    ));
                } else {
                    evaluator.diagnostics.push(diag::data_dependency(item_span, &address));
                }
            }
            ("module", [name, ..]) => {
                let call = format!("{}module.{name}", evaluator.current);
                if !evaluator.calls.contains_key(&call) {
                    if !evaluator.module().modules.contains_key(*name) {
                        let known: Vec<&str> = evaluator.module().modules.keys().map(String::as_str).collect();
                        evaluator.diagnostics.push(diag::undefined_reference(
                            item_span,
                            "module call",
                            &format!("module.{name}"),
                            name,
                            &known,
                            "module.",
                        ));
                    }
                    continue;
                }
                let prefixes = crate::modules::instance_prefixes(evaluator, &call);
                let addresses: Vec<String> = evaluator
                    .homes
                    .iter()
                    .filter(|(address, (prefix, _))| !address.starts_with("data.") && prefixes.contains(prefix))
                    .map(|(address, _)| address.clone())
                    .collect();
                for address in addresses {
                    for id in ids_of(evaluator, &address, None) {
                        edges.push((String::new(), id.clone(), item_span));
                        if !out.contains(&id) {
                            out.push(id);
                        }
                    }
                }
            }
            ("var" | "local", _) => {}
            (kind, [name, ..]) => {
                let local_address = format!("{kind}.{name}");
                if !evaluator.module().resources.contains_key(&local_address) {
                    let known: Vec<&str> = evaluator.module().resources.keys().map(String::as_str).collect();
                    evaluator.diagnostics.push(diag::undefined_reference(
                        item_span,
                        "resource",
                        &local_address,
                        &local_address,
                        &known,
                        "",
                    ));
                    continue;
                }
                let address = format!("{}{local_address}", evaluator.current);
                if crate::providers::check_dependency(evaluator, &local_address, item_span) {
                    continue;
                }
                if evaluator.plans.get(&address).is_some_and(|plan| plan.repetition == Repetition::Loop) {
                    evaluator.diagnostics.push(diag::loop_resource_reference(item_span, &address));
                    continue;
                }
                for id in ids_of(evaluator, &address, key.as_ref()) {
                    edges.push((String::new(), id.clone(), item_span));
                    if !out.contains(&id) {
                        out.push(id);
                    }
                }
            }
            _ => evaluator.diagnostics.push(diag::invalid_dependency(item_span)),
        }
    }
    out
}

/// The logical IDs that every resource of a module instance waits for: the `depends_on` of its call
/// and of the calls above it.
fn module_dependencies(
    evaluator: &mut Evaluator<'_>,
    prefix: &str,
    edges: &mut Vec<(String, String, Span)>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = prefix.to_string();
    while let Some(call) = evaluator.instances.get(&at).and_then(|instance| instance.call.clone()) {
        let found = evaluator.in_module(&call.parent, |evaluator| depends_on(evaluator, &call.block.body, edges));
        for id in found {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        at = call.parent;
    }
    out
}

/// The logical IDs a resource (or one instance of it) became, for `depends_on`.
fn ids_of(evaluator: &mut Evaluator<'_>, address: &str, key: Option<&InstanceKey>) -> Vec<String> {
    let Some(plan) = evaluator.plans.get(address).cloned() else { return Vec::new() };
    let Some((prefix, block)) = evaluator.home(address) else { return Vec::new() };
    evaluator.in_module(&prefix, |evaluator| instance_ids(evaluator, address, block, &plan, key))
}

fn instance_ids(
    evaluator: &mut Evaluator<'_>,
    address: &str,
    block: &Block,
    plan: &ResourcePlan,
    key: Option<&InstanceKey>,
) -> Vec<String> {
    let kind = block.label(0);
    if crate::awscc::cfn_type(kind).is_some() {
        let instances = plan.instances.iter().filter(|i| key.is_none() || i.key.as_ref() == key);
        return instances.map(|instance| instance.logical_id.clone()).collect();
    }
    let rows = mappings_for(kind);
    let Some(row) = rows.first().copied() else { return Vec::new() };
    let mut out = Vec::new();
    for instance in plan.instances.iter().filter(|i| key.is_none() || i.key.as_ref() == key) {
        match row.placement {
            Placement::MergeInto { parent, link } => {
                if let Ok(id) = merge_parent(evaluator, address, instance, parent, link) {
                    out.push(id);
                }
            }
            Placement::Standalone => {
                out.push(instance.logical_id.clone());
                for companion in row.companions {
                    if !block.body.has(companion.when_argument) {
                        continue;
                    }
                    // An argument written but null (or false) makes no companion: nothing to wait for.
                    let instance_address = match &instance.key {
                        Some(key) => format!("{address}{}", key.suffix()),
                        None => address.to_string(),
                    };
                    let deciding = read_argument_quietly(
                        evaluator,
                        block,
                        instance,
                        &instance_address,
                        companion.when_argument,
                        block.header_span(),
                    );
                    if !matches!(deciding, Some(Value::Null | Value::Bool(false))) {
                        out.push(format!("{}{}", instance.logical_id, companion.suffix));
                    }
                }
            }
        }
    }
    out
}

/// The logical ID of the parent a merged sub-resource instance goes into: the resource of the parent
/// type its link argument refers to.
fn merge_parent(
    evaluator: &mut Evaluator<'_>,
    address: &str,
    instance: &Instance,
    parent: &str,
    link: &str,
) -> Eval<String> {
    let instance_address = match &instance.key {
        Some(key) => format!("{address}{}", key.suffix()),
        None => address.to_string(),
    };
    if let Some(known) = evaluator.merge_parents.get(&instance_address) {
        return known.clone().ok_or(Fail::Static);
    }
    let Some((prefix, block)) = evaluator.home(address) else { return Err(Fail::Static) };
    let found = evaluator
        .in_module(&prefix, |evaluator| find_merge_parent(evaluator, &instance_address, block, instance, parent, link));
    evaluator.merge_parents.insert(instance_address, found.clone());
    found.ok_or(Fail::Static)
}

fn find_merge_parent(
    evaluator: &mut Evaluator<'_>,
    instance_address: &str,
    block: &Block,
    instance: &Instance,
    parent: &str,
    link: &str,
) -> Option<String> {
    let kind = block.label(0);
    match block.body.attribute(link) {
        None => {
            evaluator.diagnostics.push(diag::merge_link_missing(block, kind, link, parent));
            None
        }
        Some(attribute) => {
            let node = Node::Argument(instance_address.to_string(), link.to_string());
            match evaluator
                .memoized(node, attribute.value_span, |evaluator| evaluator.eval_attribute(attribute, &instance.scope))
            {
                Ok(value) => {
                    let expr = to_expr(&value).unwrap_or(Expr::Null);
                    let parents: Vec<String> = expr
                        .references()
                        .into_iter()
                        .filter(|id| {
                            evaluator
                                .id_owners
                                .get(id)
                                .and_then(|owner| evaluator.homes.get(owner))
                                .is_some_and(|(_, owner)| owner.label(0) == parent)
                        })
                        .collect();
                    let named = if parents.is_empty() {
                        parent_named_in_link(evaluator, attribute, instance, parent)
                    } else {
                        None
                    };
                    match (parents.as_slice(), named) {
                        ([only], _) => Some(only.clone()),
                        ([], Some(named)) => Some(named),
                        ([], None) => {
                            // The link names a resource of a type no row of this one merges into.
                            let merges_into: Vec<&str> = mappings_for(kind)
                                .iter()
                                .filter_map(|row| match row.placement {
                                    Placement::MergeInto { parent, .. } => Some(parent),
                                    Placement::Standalone => None,
                                })
                                .collect();
                            let other = expr
                                .references()
                                .into_iter()
                                .filter_map(|id| evaluator.id_owners.get(&id))
                                .filter_map(|owner| evaluator.homes.get(owner))
                                .map(|(_, owner)| owner.label(0).to_string())
                                .find(|owner| {
                                    !merges_into.contains(&owner.as_str()) && !mappings_for(owner).is_empty()
                                });
                            let diagnostic = match other {
                                Some(other) => {
                                    diag::merge_parent_unsupported(attribute, kind, link, &other, &merges_into)
                                }
                                None => diag::merge_parent_missing(
                                    attribute,
                                    kind,
                                    link,
                                    parent,
                                    parent_maker(evaluator, &value, parent).as_deref(),
                                ),
                            };
                            evaluator.diagnostics.push(diagnostic);
                            None
                        }
                        _ => {
                            let maker = parent_maker(evaluator, &value, parent);
                            evaluator.diagnostics.push(diag::merge_parent_missing(
                                attribute,
                                kind,
                                link,
                                parent,
                                maker.as_deref(),
                            ));
                            None
                        }
                    }
                }
                Err(_) => None,
            }
        }
    }
}

/// The resource that makes the value a merge link holds when it is not a parent the stack declares
/// (the file system a SageMaker domain creates for its home directories), for the diagnostic.
fn parent_maker(evaluator: &Evaluator<'_>, value: &Value, parent: &str) -> Option<String> {
    value
        .resources()
        .into_iter()
        .find(|address| evaluator.homes.get(address).is_some_and(|(_, block)| block.label(0) != parent))
}

/// The parent instance a merge link names by an argument the parent's row returns as configured
/// (`model_package_group_name = aws_sagemaker_model_package_group.x.model_package_group_name`, where
/// CloudFormation does not return the name): the link's value then holds no reference, so the parent
/// is the one instance of the parent type that the expression reads, with a literal index or one the
/// sub-resource's own scope gives (`count.index`, `each.key`). Its logical ID.
fn parent_named_in_link(
    evaluator: &mut Evaluator<'_>,
    attribute: &crate::syntax::Attribute,
    instance: &Instance,
    parent: &str,
) -> Option<String> {
    if !attribute.map.is_native() {
        return None;
    }
    let mut finder = ResourceReads { kind: parent, found: Vec::new() };
    hcl_edit::visit::Visit::visit_expr(&mut finder, &attribute.value);
    let [(name, index)] = finder.found.as_slice() else { return None };
    let key = match index {
        None => None,
        Some(index) => match evaluator.eval(index, Src::of(attribute), &instance.scope).ok()? {
            Value::Number(number) if number.fract() == 0.0 && number >= 0.0 => {
                Some(InstanceKey::Index(number as usize))
            }
            Value::String(key) => Some(InstanceKey::Key(key)),
            _ => return None,
        },
    };
    let address = format!("{}{parent}.{name}", evaluator.current);
    let plan = evaluator.plans.get(&address)?;
    plan.instances.iter().find(|candidate| candidate.key == key).map(|found| found.logical_id.clone())
}

/// The resources of one type that an expression reads: each name with the index expression that
/// follows it, if any (`aws_x.y.attr`, `aws_x.y[0].attr`).
struct ResourceReads<'k> {
    kind: &'k str,
    found: Vec<(String, Option<Expression>)>,
}

impl hcl_edit::visit::Visit for ResourceReads<'_> {
    fn visit_traversal(&mut self, traversal: &hcl_edit::expr::Traversal) {
        if matches!(&traversal.expr, Expression::Variable(root) if root.as_str() == self.kind) {
            let mut operators = traversal.operators.iter().map(|operator| operator.value());
            if let Some(TraversalOperator::GetAttr(name)) = operators.next() {
                let index = match operators.next() {
                    Some(TraversalOperator::Index(index)) => Some(index.clone()),
                    Some(TraversalOperator::LegacyIndex(index)) => Some(Expression::from(**index)),
                    _ => None,
                };
                let read = (name.as_str().to_string(), index);
                if !self.found.contains(&read) {
                    self.found.push(read);
                }
            }
        }
        hcl_edit::visit::visit_traversal(self, traversal);
    }
}

/// The value of `aws_x.y.NAME` (or of one instance).
pub(crate) fn resource_attribute(
    evaluator: &mut Evaluator<'_>,
    object: &ObjectRef,
    name: &str,
    span: Span,
    name_span: Span,
) -> Eval {
    let Some((prefix, block)) = evaluator.home(&object.address) else { return Err(Fail::Static) };
    evaluator.in_module(&prefix, |evaluator| instance_attribute(evaluator, object, block, name, span, name_span))
}

fn instance_attribute(
    evaluator: &mut Evaluator<'_>,
    object: &ObjectRef,
    block: &Block,
    name: &str,
    span: Span,
    name_span: Span,
) -> Eval {
    let address = object.address.as_str();
    // An unknown type was reported where it is declared.
    let Some(plan) = evaluator.plans.get(address).cloned() else { return Err(Fail::Static) };
    let Some(instance) = plan.instances.iter().find(|i| i.key == object.key).cloned() else {
        return Err(evaluator.error(diag::missing_instance(span, &object.instance_address())));
    };
    let kind = block.label(0);
    if let Some(cfn_type) = crate::awscc::cfn_type(kind) {
        return crate::awscc::attribute(evaluator, object, &instance, cfn_type, name, name_span);
    }
    let rows = mappings_for(kind);
    let row = select_row(evaluator, block, &instance, &rows);
    let Some(row) = row else { return Err(Fail::Static) };
    let logical_id = match row.placement {
        Placement::MergeInto { parent, link } => merge_parent(evaluator, address, &instance, parent, link)?,
        Placement::Standalone => instance.logical_id.clone(),
    };
    let instance_address = object.instance_address();
    let read_argument = |evaluator: &mut Evaluator<'_>, argument: &str| -> Option<Eval> {
        let attribute = block.body.attribute(argument)?;
        let node = Node::Argument(instance_address.clone(), argument.to_string());
        Some(evaluator.memoized(node, name_span, |evaluator| evaluator.eval_attribute(attribute, &instance.scope)))
    };
    match attribute_value(row, name) {
        Some(AttributeValue::Argument(argument)) => match read_argument(evaluator, argument) {
            Some(value) => {
                evaluator.configured_references.push(address.to_string());
                value
            }
            None => Err(evaluator.error(diag::attribute_not_set(name_span, &instance_address, name, argument))),
        },
        Some(value) => {
            // An attribute of a companion depends on the argument that decides whether it is made.
            let deciding = match value {
                AttributeValue::Companion { suffix, .. } => iac2cfn_catalog::companion_argument(row, suffix),
                _ => None,
            };
            let decided = deciding.map(|argument| {
                match read_argument_quietly(evaluator, block, &instance, &instance_address, argument, name_span) {
                    None | Some(Value::Null | Value::Bool(false)) => Expr::Null,
                    Some(Value::Sym(sym)) => sym.expr,
                    Some(_) => Expr::Bool(true),
                }
            });
            let decided = |argument: &str| (deciding == Some(argument)).then(|| decided.clone()).flatten();
            let Some(expr) = attribute_expr(row, &logical_id, name, &decided) else {
                return Err(evaluator.error(diag::unknown_attribute(
                    name_span,
                    kind,
                    name,
                    row.attributes.iter().map(|a| a.name),
                )));
            };
            let ty = match value {
                AttributeValue::GetAtt(_) => SymType::Any,
                _ => SymType::String,
            };
            // The configuration sets the attribute: Terraform knows it at plan time.
            let known = match read_argument_quietly(evaluator, block, &instance, &instance_address, name, name_span) {
                // A null argument is one the provider computes: it is not known at plan time.
                Some(value) if value.is_known() && value != Value::Null => Some(Box::new(value)),
                _ => None,
            };
            Ok(Value::Sym(Sym { expr, ty, condition: None, resources: vec![address.to_string()], known }))
        }
        // Terraform returns a configured argument's value as the attribute of that name.
        None if block.body.attribute(name).is_some() && !META_ARGUMENTS.contains(&name) => {
            evaluator.configured_references.push(address.to_string());
            read_argument(evaluator, name).unwrap_or(Err(Fail::Static))
        }
        // A nested block the provider computes (`master_user_secret[0].secret_arn`): a list of one
        // object whose fields are the attributes the table lists under the block's name.
        None if row.attributes.iter().any(|attribute| attribute.name.starts_with(&format!("{name}."))) => {
            Ok(nested_block_value(row, &logical_id, address, name))
        }
        None => Err(evaluator.error(diag::unknown_attribute(
            name_span,
            kind,
            name,
            row.attributes.iter().map(|a| a.name.split('.').next().unwrap_or(a.name)),
        ))),
    }
}

/// The value of a computed nested block whose fields the mapping row lists as dotted attributes
/// (`identity.oidc.issuer`): in Terraform every block on the path is a list of one object, so
/// `identity[0].oidc[0].issuer`, `one(identity).oidc` and `identity[*].oidc` read it as they would
/// the provider's value. Fields are values only known at deployment.
fn nested_block_value(row: &ResourceMapping, logical_id: &str, address: &str, path: &str) -> Value {
    let prefix = format!("{path}.");
    let mut fields: Vec<(String, Value)> = Vec::new();
    for attribute in row.attributes {
        let Some(rest) = attribute.name.strip_prefix(&prefix) else { continue };
        let field = rest.split('.').next().unwrap_or(rest);
        if fields.iter().any(|(name, _)| name == field) {
            continue;
        }
        let value = if rest.contains('.') {
            nested_block_value(row, logical_id, address, &format!("{path}.{field}"))
        } else {
            let Some(expr) = attribute_expr(row, logical_id, attribute.name, &|_| None) else { continue };
            let ty = match attribute.value {
                AttributeValue::GetAtt(_) => SymType::Any,
                _ => SymType::String,
            };
            Value::Sym(Sym { expr, ty, condition: None, resources: vec![address.to_string()], known: None })
        };
        fields.push((field.to_string(), value));
    }
    Value::List(vec![Value::sorted_map(fields)])
}

/// The value of an argument of an instance, without reporting its problems (they are reported where
/// the resource itself is lowered).
fn read_argument_quietly(
    evaluator: &mut Evaluator<'_>,
    block: &Block,
    instance: &Instance,
    instance_address: &str,
    argument: &str,
    span: Span,
) -> Option<Value> {
    if META_ARGUMENTS.contains(&argument) {
        return None;
    }
    let attribute = block.body.attribute(argument)?;
    let reported = evaluator.diagnostics.len();
    let node = Node::Argument(instance_address.to_string(), argument.to_string());
    let value = evaluator.memoized(node, span, |evaluator| evaluator.eval_attribute(attribute, &instance.scope));
    evaluator.diagnostics.truncate(reported);
    value.ok()
}

/// The mapping row of an instance: the one its selector argument picks.
fn select_row(
    evaluator: &mut Evaluator<'_>,
    block: &Block,
    instance: &Instance,
    rows: &[&'static ResourceMapping],
) -> Option<&'static ResourceMapping> {
    let first = rows.first().copied()?;
    let Some((selector, _)) = first.when else { return Some(row_for_parent(evaluator, block, instance, rows, first)) };
    let mut source = SourceObject::default();
    if let Some(attribute) = block.body.attribute(selector) {
        let reported = evaluator.diagnostics.len();
        let value = evaluator.eval_attribute(attribute, &instance.scope);
        evaluator.diagnostics.truncate(reported);
        if let Ok(expr) = value.and_then(|v| to_expr(&v).map_err(|_| Fail::Dynamic)) {
            source.entries.insert(
                selector.to_string(),
                (attribute.name_span, SourceValue::Value { value: expr, span: attribute.value_span }),
            );
        }
    }
    mapping_for(block.label(0), &source)
}

/// Among rows that merge one Terraform type into parents of different types (a bucket's encryption
/// goes into an `aws_s3_bucket`'s AWS::S3::Bucket or an `aws_s3_directory_bucket`'s
/// AWS::S3Express::DirectoryBucket), the one whose parent type the instance's link refers to; `chosen`
/// when the link names none of them or the row merges nowhere.
fn row_for_parent(
    evaluator: &mut Evaluator<'_>,
    block: &Block,
    instance: &Instance,
    rows: &[&'static ResourceMapping],
    chosen: &'static ResourceMapping,
) -> &'static ResourceMapping {
    let Placement::MergeInto { link, .. } = chosen.placement else { return chosen };
    let alternatives: Vec<(&'static ResourceMapping, &str)> = rows
        .iter()
        .filter(|row| row.when == chosen.when)
        .filter_map(|row| match row.placement {
            Placement::MergeInto { parent, link: other } if other == link => Some((*row, parent)),
            _ => None,
        })
        .collect();
    if alternatives.len() < 2 {
        return chosen;
    }
    let Some(attribute) = block.body.attribute(link) else { return chosen };
    let address = format!("{}{}.{}", evaluator.current, block.label(0), block.label(1));
    let instance_address = match &instance.key {
        Some(key) => format!("{address}{}", key.suffix()),
        None => address,
    };
    // The link's problems are reported where the instance is lowered.
    let reported = evaluator.diagnostics.len();
    let node = Node::Argument(instance_address, link.to_string());
    let value = evaluator
        .memoized(node, attribute.value_span, |evaluator| evaluator.eval_attribute(attribute, &instance.scope));
    evaluator.diagnostics.truncate(reported);
    let Ok(expr) = value.and_then(|value| to_expr(&value).map_err(|_| Fail::Dynamic)) else { return chosen };
    let referenced: Vec<&str> = expr
        .references()
        .into_iter()
        .filter_map(|id| evaluator.id_owners.get(&id))
        .filter_map(|owner| evaluator.homes.get(owner))
        .map(|(_, owner)| owner.label(0))
        .collect();
    alternatives.iter().find(|(_, parent)| referenced.contains(parent)).map_or(chosen, |(row, _)| row)
}

fn apply_merges(evaluator: &mut Evaluator<'_>, template: &mut Template, lowering: &mut Lowering) {
    for (parent_id, properties, depends_on, span) in std::mem::take(&mut lowering.merges) {
        let Some(parent) = template.resources.get_mut(&parent_id) else { continue };
        for (key, value) in &properties {
            if let Some(existing) = parent.properties.get(key) {
                let mergeable =
                    matches!((existing, value), (Expr::Map(_), Expr::Map(_)) | (Expr::List(_), Expr::List(_)));
                if !mergeable {
                    evaluator.diagnostics.push(diag::merge_conflict(span, key, &parent_id));
                }
            }
        }
        merge_properties(&mut parent.properties, properties);
        for dependency in depends_on {
            if dependency != parent_id {
                parent.add_dependency(&dependency);
            }
        }
    }
}

/// Resources that refer to a resource whose companion must exist first wait for the companion
/// (a route through an internet gateway waits for the gateway's VPC attachment).
fn apply_waits(template: &mut Template, lowering: &Lowering) {
    for (main, companion) in &lowering.waits {
        let waiting: Vec<String> = template
            .resources
            .iter()
            .filter(|(id, resource)| {
                *id != main
                    && *id != companion
                    && (resource.depends_on.contains(main)
                        || resource.properties.values().any(|value| value.references().contains(main)))
            })
            .map(|(id, _)| id.clone())
            .collect();
        for id in waiting {
            if let Some(resource) = template.resources.get_mut(&id) {
                resource.add_dependency(companion);
            }
        }
    }
}

/// The metadata key under which a resource refers to the conditional resources it waits for.
const CONDITIONAL_DEPENDENCIES: &str = "ConditionalDependsOn";

/// A resource that waits for a resource created under a condition its own condition does not imply:
/// CloudFormation rejects a `DependsOn` on a resource that may not exist, and Terraform waits only
/// for instances that exist. The wait becomes a reference in the resource's metadata under that
/// condition (`Fn::If [Cond, Ref X, AWS::NoValue]`), which orders the two where `X` exists, and
/// is dropped from the list where it does not.
fn conditional_dependencies(evaluator: &mut Evaluator<'_>, template: &mut Template) {
    let conditions: IndexMap<String, Option<String>> =
        template.resources.iter().map(|(id, resource)| (id.clone(), resource.condition.clone())).collect();
    for resource in template.resources.values_mut() {
        let mut waits = Vec::new();
        resource.depends_on.retain(|dependency| {
            let Some(Some(needed)) = conditions.get(dependency) else { return true };
            let implied = match &resource.condition {
                Some(own) if own == needed => true,
                Some(own) => evaluator.assuming(Expr::Condition(own.clone()), true, |evaluator| {
                    evaluator.decided(&Expr::Condition(needed.clone())) == Some(true)
                }),
                None => false,
            };
            if !implied {
                waits.push(Expr::If {
                    condition: needed.clone(),
                    then: Box::new(Expr::reference(dependency)),
                    otherwise: Box::new(Expr::no_value()),
                });
            }
            implied
        });
        if !waits.is_empty() {
            resource.metadata.insert(CONDITIONAL_DEPENDENCIES.to_string(), Expr::List(waits));
        }
    }
}

/// Reports reference cycles among resources, with the place of each reference, as Terraform does.
fn report_cycles(evaluator: &mut Evaluator<'_>, template: &Template, lowering: &Lowering) {
    let mut graph: IndexMap<&str, Vec<(&str, Span)>> = IndexMap::new();
    for id in template.resources.keys() {
        graph.insert(id.as_str(), Vec::new());
    }
    for (from, to, at) in &lowering.edges {
        if let Some(targets) = graph.get_mut(from.as_str()) {
            if !targets.iter().any(|(known, _)| known == to) {
                targets.push((to.as_str(), *at));
            }
        }
    }
    let mut reported: Vec<Vec<&str>> = Vec::new();
    for start in graph.keys().copied().collect::<Vec<_>>() {
        if let Some(cycle) = find_cycle(&graph, start) {
            let mut members: Vec<&str> = cycle.iter().map(|(id, _)| *id).collect();
            members.sort_unstable();
            if reported.contains(&members) {
                continue;
            }
            reported.push(members);
            let chain: Vec<(String, Span)> = cycle
                .iter()
                .map(|(id, span)| {
                    let address =
                        template.resources.get(*id).map_or_else(|| (*id).to_string(), |r| r.origin.address.clone());
                    (address, *span)
                })
                .collect();
            evaluator.diagnostics.push(diag::resource_cycle(&chain));
        }
    }
}

/// A cycle through `start`: each step with the span of the reference that leads to the next.
fn find_cycle<'g>(graph: &IndexMap<&'g str, Vec<(&'g str, Span)>>, start: &'g str) -> Option<Vec<(&'g str, Span)>> {
    let mut stack: Vec<(&'g str, usize)> = vec![(start, 0)];
    let mut path: Vec<(&'g str, Span)> = Vec::new();
    let mut visited: Vec<&str> = vec![start];
    while let Some((node, next)) = stack.last_mut() {
        let targets = graph.get(*node).map(Vec::as_slice).unwrap_or(&[]);
        if let Some((target, span)) = targets.get(*next).copied() {
            *next += 1;
            let from = *node;
            if target == start {
                path.push((from, span));
                return Some(path);
            }
            if !visited.contains(&target) {
                visited.push(target);
                path.push((from, span));
                stack.push((target, 0));
            }
        } else {
            stack.pop();
            path.pop();
        }
    }
    None
}
