//! Application Auto Scaling: scalable targets, their scaling policies, and scheduled actions merged
//! into the target.
//!
//! `Ref` of `AWS::ApplicationAutoScaling::ScalableTarget` (and its `Id` attribute) is
//! `resource_id|scalable_dimension|service_namespace`, CloudFormation's three-part identifier:
//! Terraform's `id` and `resource_id` are its first part, so that policies and scheduled actions
//! that name the target through `resource_id = aws_appautoscaling_target.x.resource_id` reference the
//! target and are created after it. Scheduled actions have no CloudFormation type of their own: they
//! are the target's `ScheduledActions`.

use super::rows::TAGS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target, Transform};

/// The Application Auto Scaling table.
pub const MAPPINGS: &[ResourceMapping] = &[TARGET, POLICY, SCHEDULED_ACTION];

/// A part of the target's `Id` (`resource|dimension|namespace`).
const fn target_part(name: &'static str, index: u32) -> Attribute {
    Attribute { name, value: AttributeValue::Part { attribute: "Id", delimiter: "|", index } }
}

const TARGET: ResourceMapping = ResourceMapping {
    terraform: "aws_appautoscaling_target",
    cloudformation: "AWS::ApplicationAutoScaling::ScalableTarget",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("service_namespace", "ServiceNamespace"),
        Argument::property("resource_id", "ResourceId"),
        Argument::property("scalable_dimension", "ScalableDimension"),
        Argument::property("min_capacity", "MinCapacity"),
        Argument::property("max_capacity", "MaxCapacity"),
        Argument::property("role_arn", "RoleARN"),
        Argument::block(
            "suspended_state",
            "SuspendedState",
            false,
            &[
                Argument::property("dynamic_scaling_in_suspended", "DynamicScalingInSuspended"),
                Argument::property("dynamic_scaling_out_suspended", "DynamicScalingOutSuspended"),
                Argument::property("scheduled_scaling_suspended", "ScheduledScalingSuspended"),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        target_part("id", 0),
        target_part("resource_id", 0),
        target_part("scalable_dimension", 1),
        target_part("service_namespace", 2),
        Attribute::argument("min_capacity", "min_capacity"),
        Attribute::argument("max_capacity", "max_capacity"),
    ],
    companions: &[],
};

/// A CloudWatch metric dimension (`{Name, Value}`).
const DIMENSION: &[Argument] = &[Argument::property("name", "Name"), Argument::property("value", "Value")];

const POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_appautoscaling_policy",
    cloudformation: "AWS::ApplicationAutoScaling::ScalingPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "PolicyName"),
        // Required by CloudFormation; Terraform's default is step scaling.
        Argument::property("policy_type", "PolicyType"),
        Argument::property("service_namespace", "ServiceNamespace"),
        Argument::property("resource_id", "ResourceId"),
        Argument::property("scalable_dimension", "ScalableDimension"),
        Argument::block(
            "step_scaling_policy_configuration",
            "StepScalingPolicyConfiguration",
            false,
            &[
                Argument::property("adjustment_type", "AdjustmentType"),
                Argument::property("cooldown", "Cooldown"),
                Argument::property("metric_aggregation_type", "MetricAggregationType"),
                Argument::property("min_adjustment_magnitude", "MinAdjustmentMagnitude"),
                Argument::block(
                    "step_adjustment",
                    "StepAdjustments",
                    true,
                    &[
                        Argument::property("metric_interval_lower_bound", "MetricIntervalLowerBound"),
                        Argument::property("metric_interval_upper_bound", "MetricIntervalUpperBound"),
                        Argument::property("scaling_adjustment", "ScalingAdjustment"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "target_tracking_scaling_policy_configuration",
            "TargetTrackingScalingPolicyConfiguration",
            false,
            &[
                Argument::property("target_value", "TargetValue"),
                Argument::property("disable_scale_in", "DisableScaleIn"),
                Argument::property("scale_in_cooldown", "ScaleInCooldown"),
                Argument::property("scale_out_cooldown", "ScaleOutCooldown"),
                Argument::block(
                    "predefined_metric_specification",
                    "PredefinedMetricSpecification",
                    false,
                    &[
                        Argument::property("predefined_metric_type", "PredefinedMetricType"),
                        Argument::property("resource_label", "ResourceLabel"),
                    ],
                ),
                Argument::block(
                    "customized_metric_specification",
                    "CustomizedMetricSpecification",
                    false,
                    &[
                        Argument::property("metric_name", "MetricName"),
                        Argument::property("namespace", "Namespace"),
                        Argument::property("statistic", "Statistic"),
                        Argument::property("unit", "Unit"),
                        Argument::block("dimensions", "Dimensions", true, DIMENSION),
                        Argument::block(
                            "metrics",
                            "Metrics",
                            true,
                            &[
                                Argument::property("id", "Id"),
                                Argument::property("expression", "Expression"),
                                Argument::property("label", "Label"),
                                Argument::property("return_data", "ReturnData"),
                                Argument::block(
                                    "metric_stat",
                                    "MetricStat",
                                    false,
                                    &[
                                        Argument::property("stat", "Stat"),
                                        Argument::property("unit", "Unit"),
                                        Argument::block(
                                            "metric",
                                            "Metric",
                                            false,
                                            &[
                                                Argument::property("metric_name", "MetricName"),
                                                Argument::property("namespace", "Namespace"),
                                                Argument::block("dimensions", "Dimensions", true, DIMENSION),
                                            ],
                                        ),
                                    ],
                                ),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "predictive_scaling_policy_configuration",
            "PredictiveScalingPolicyConfiguration",
            false,
            PREDICTIVE_SCALING,
        ),
        REGION,
    ],
    attributes: &[
        // Terraform's id is the policy's name; CloudFormation's Ref is its ARN.
        Attribute::argument("id", "name"),
        Attribute::argument("name", "name"),
        Attribute::reference("arn"),
        Attribute::argument("policy_type", "policy_type"),
        Attribute::argument("resource_id", "resource_id"),
        Attribute::argument("scalable_dimension", "scalable_dimension"),
        Attribute::argument("service_namespace", "service_namespace"),
    ],
    companions: &[],
};

/// A predictive scaling metric data query (the same shape for load, scaling and capacity metrics).
const PREDICTIVE_QUERY: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("expression", "Expression"),
    Argument::property("label", "Label"),
    Argument::property("return_data", "ReturnData"),
    Argument::block(
        "metric_stat",
        "MetricStat",
        false,
        &[
            Argument::property("stat", "Stat"),
            Argument::property("unit", "Unit"),
            Argument::block(
                "metric",
                "Metric",
                false,
                &[
                    Argument::property("metric_name", "MetricName"),
                    Argument::property("namespace", "Namespace"),
                    Argument::block("dimension", "Dimensions", true, DIMENSION),
                ],
            ),
        ],
    ),
];

/// A predefined predictive metric (`{PredefinedMetricType, ResourceLabel}`).
const PREDEFINED: &[Argument] = &[
    Argument::property("predefined_metric_type", "PredefinedMetricType"),
    Argument::property("resource_label", "ResourceLabel"),
];

/// A customized predictive metric: a list of metric data queries.
const CUSTOMIZED: &[Argument] = &[Argument::block("metric_data_query", "MetricDataQueries", true, PREDICTIVE_QUERY)];

const PREDICTIVE_SCALING: &[Argument] = &[
    Argument::property("max_capacity_breach_behavior", "MaxCapacityBreachBehavior"),
    Argument::property("max_capacity_buffer", "MaxCapacityBuffer"),
    Argument::property("mode", "Mode"),
    Argument::property("scheduling_buffer_time", "SchedulingBufferTime"),
    Argument::block(
        "metric_specification",
        "MetricSpecifications",
        true,
        &[
            Argument::property("target_value", "TargetValue"),
            Argument::block(
                "customized_capacity_metric_specification",
                "CustomizedCapacityMetricSpecification",
                false,
                CUSTOMIZED,
            ),
            Argument::block(
                "customized_load_metric_specification",
                "CustomizedLoadMetricSpecification",
                false,
                CUSTOMIZED,
            ),
            Argument::block(
                "customized_scaling_metric_specification",
                "CustomizedScalingMetricSpecification",
                false,
                CUSTOMIZED,
            ),
            Argument::block(
                "predefined_load_metric_specification",
                "PredefinedLoadMetricSpecification",
                false,
                PREDEFINED,
            ),
            Argument::block(
                "predefined_metric_pair_specification",
                "PredefinedMetricPairSpecification",
                false,
                PREDEFINED,
            ),
            Argument::block(
                "predefined_scaling_metric_specification",
                "PredefinedScalingMetricSpecification",
                false,
                PREDEFINED,
            ),
        ],
    ),
];

/// One property of the scheduled action's element of the target's `ScheduledActions`.
const fn action(name: &'static str, property: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Element { list: "ScheduledActions", property })
}

/// Merged into the target its `resource_id` refers to, as one element of its `ScheduledActions`.
/// The action's dimension and namespace are the target's own.
const SCHEDULED_ACTION: ResourceMapping = ResourceMapping {
    terraform: "aws_appautoscaling_scheduled_action",
    cloudformation: "AWS::ApplicationAutoScaling::ScalableTarget",
    when: None,
    placement: Placement::MergeInto { parent: "aws_appautoscaling_target", link: "resource_id" },
    arguments: &[
        Argument::link("resource_id"),
        Argument::new(
            "scalable_dimension",
            Shape::Value(Transform::None),
            Target::Implied("a scheduled action scales the dimension of the scalable target it belongs to"),
        ),
        Argument::new(
            "service_namespace",
            Shape::Value(Transform::None),
            Target::Implied("a scheduled action scales the namespace of the scalable target it belongs to"),
        ),
        action("name", "ScheduledActionName"),
        action("schedule", "Schedule"),
        action("start_time", "StartTime"),
        action("end_time", "EndTime"),
        action("timezone", "Timezone"),
        // Terraform takes the capacities as strings, CloudFormation as integers: both accept `5`.
        Argument::new(
            "scalable_target_action",
            Shape::Block {
                list: false,
                arguments: &[
                    Argument::property("min_capacity", "MinCapacity"),
                    Argument::property("max_capacity", "MaxCapacity"),
                ],
            },
            Target::Element { list: "ScheduledActions", property: "ScalableTargetAction" },
        ),
        REGION,
    ],
    attributes: &[
        // Terraform's id is `name-service_namespace-resource_id`; CloudFormation names no such thing.
        Attribute::argument("name", "name"),
        Attribute::argument("id", "name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:autoscaling:${AWS::Region}:${AWS::AccountId}:scheduledAction:*"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_scheduled_action_becomes_one_element_of_the_targets_list() {
        let capacity = source(vec![("min_capacity", value(Expr::int(1))), ("max_capacity", value(Expr::int(4)))]);
        let body = source(vec![
            ("resource_id", value(Expr::reference("Target"))),
            ("scalable_dimension", value(Expr::string("ecs:service:DesiredCount"))),
            ("name", value(Expr::string("nightly"))),
            ("schedule", value(Expr::string("cron(0 20 * * ? *)"))),
            ("scalable_target_action", blocks(vec![capacity])),
        ]);
        let lowered = lower_arguments(&SCHEDULED_ACTION, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let element = Expr::map([
            ("ScheduledActionName", Expr::string("nightly")),
            ("Schedule", Expr::string("cron(0 20 * * ? *)")),
            ("ScalableTargetAction", Expr::map([("MinCapacity", Expr::int(1)), ("MaxCapacity", Expr::int(4))])),
        ]);
        assert_eq!(lowered.properties.get("ScheduledActions"), Some(&Expr::List(vec![element])));
    }

    #[test]
    fn the_targets_identifiers_are_parts_of_its_id() {
        let part = |name| TARGET.attributes.iter().find(|attribute| attribute.name == name).map(|a| a.value);
        assert!(matches!(part("resource_id"), Some(AttributeValue::Part { attribute: "Id", index: 0, .. })));
        assert!(matches!(part("service_namespace"), Some(AttributeValue::Part { attribute: "Id", index: 2, .. })));
    }
}
