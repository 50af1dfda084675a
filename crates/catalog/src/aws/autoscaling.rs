//! Amazon EC2 Auto Scaling: groups and their load balancer attachments.
//!
//! `Ref` of an `AWS::AutoScaling::AutoScalingGroup` returns the group's name, which is Terraform's
//! `id` and `name`; `Fn::GetAtt AutoScalingGroupARN` its ARN. Terraform's own behaviours while it
//! creates a group (waiting for capacity, forced deletion, instance refresh) have no property: an
//! instance refresh is CloudFormation's `UpdatePolicy`, a warm pool an `AWS::AutoScaling::WarmPool`.

use super::rows::TIMEOUTS;
use super::shared::{NAME_PREFIX, REGION};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of Auto Scaling types.
pub const MAPPINGS: &[ResourceMapping] = &[GROUP, ATTACHMENT];

/// `min` and `max` of a range block (`vcpu_count`, `memory_mib`).
pub(super) const MIN_MAX: &[Argument] = &[Argument::property("min", "Min"), Argument::property("max", "Max")];

/// A launch template reference; CloudFormation requires `Version`, which the API (and so Terraform,
/// when it is not set) takes as `$Default`.
const TEMPLATE_SPECIFICATION: &[Argument] = &[
    Argument::new("version", Shape::Value(Transform::Constant("$Default")), Target::Fixed("Version")),
    Argument::property("launch_template_id", "LaunchTemplateId"),
    Argument::property("launch_template_name", "LaunchTemplateName"),
    Argument::property("version", "Version"),
];

/// `instance_requirements`, the same in a group's overrides and in a launch template.
pub(super) const INSTANCE_REQUIREMENTS: &[Argument] = &[
    Argument::block("accelerator_count", "AcceleratorCount", false, MIN_MAX),
    Argument::property("accelerator_manufacturers", "AcceleratorManufacturers"),
    Argument::property("accelerator_names", "AcceleratorNames"),
    Argument::block("accelerator_total_memory_mib", "AcceleratorTotalMemoryMiB", false, MIN_MAX),
    Argument::property("accelerator_types", "AcceleratorTypes"),
    Argument::property("allowed_instance_types", "AllowedInstanceTypes"),
    Argument::property("bare_metal", "BareMetal"),
    Argument::block("baseline_ebs_bandwidth_mbps", "BaselineEbsBandwidthMbps", false, MIN_MAX),
    Argument::property("burstable_performance", "BurstablePerformance"),
    Argument::property("cpu_manufacturers", "CpuManufacturers"),
    Argument::property("excluded_instance_types", "ExcludedInstanceTypes"),
    Argument::property("instance_generations", "InstanceGenerations"),
    Argument::property("local_storage", "LocalStorage"),
    Argument::property("local_storage_types", "LocalStorageTypes"),
    Argument::property(
        "max_spot_price_as_percentage_of_optimal_on_demand_price",
        "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice",
    ),
    Argument::block("memory_gib_per_vcpu", "MemoryGiBPerVCpu", false, MIN_MAX),
    Argument::block("memory_mib", "MemoryMiB", false, MIN_MAX),
    Argument::block("network_bandwidth_gbps", "NetworkBandwidthGbps", false, MIN_MAX),
    Argument::block("network_interface_count", "NetworkInterfaceCount", false, MIN_MAX),
    Argument::property("on_demand_max_price_percentage_over_lowest_price", "OnDemandMaxPricePercentageOverLowestPrice"),
    Argument::property("require_hibernate_support", "RequireHibernateSupport"),
    Argument::property("spot_max_price_percentage_over_lowest_price", "SpotMaxPricePercentageOverLowestPrice"),
    Argument::block("total_local_storage_gb", "TotalLocalStorageGB", false, MIN_MAX),
    Argument::block("vcpu_count", "VCpuCount", false, MIN_MAX),
];

const MIXED_INSTANCES_POLICY: &[Argument] = &[
    Argument::block(
        "instances_distribution",
        "InstancesDistribution",
        false,
        &[
            Argument::property("on_demand_allocation_strategy", "OnDemandAllocationStrategy"),
            Argument::property("on_demand_base_capacity", "OnDemandBaseCapacity"),
            Argument::property("on_demand_percentage_above_base_capacity", "OnDemandPercentageAboveBaseCapacity"),
            Argument::property("spot_allocation_strategy", "SpotAllocationStrategy"),
            Argument::property("spot_instance_pools", "SpotInstancePools"),
            Argument::property("spot_max_price", "SpotMaxPrice"),
        ],
    ),
    Argument::block(
        "launch_template",
        "LaunchTemplate",
        false,
        &[
            Argument::block(
                "launch_template_specification",
                "LaunchTemplateSpecification",
                false,
                TEMPLATE_SPECIFICATION,
            ),
            Argument::block(
                "override",
                "Overrides",
                true,
                &[
                    Argument::property("instance_type", "InstanceType"),
                    Argument::property("weighted_capacity", "WeightedCapacity"),
                    Argument::block("instance_requirements", "InstanceRequirements", false, INSTANCE_REQUIREMENTS),
                    Argument::block(
                        "launch_template_specification",
                        "LaunchTemplateSpecification",
                        false,
                        TEMPLATE_SPECIFICATION,
                    ),
                ],
            ),
        ],
    ),
];

const GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_autoscaling_group",
    cloudformation: "AWS::AutoScaling::AutoScalingGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "AutoScalingGroupName"),
        NAME_PREFIX,
        // CloudFormation spells the sizes as strings.
        Argument::transformed("max_size", Transform::ToString, "MaxSize"),
        Argument::transformed("min_size", Transform::ToString, "MinSize"),
        Argument::transformed("desired_capacity", Transform::ToString, "DesiredCapacity"),
        Argument::property("desired_capacity_type", "DesiredCapacityType"),
        Argument::transformed("default_cooldown", Transform::ToString, "Cooldown"),
        Argument::property("default_instance_warmup", "DefaultInstanceWarmup"),
        Argument::property("availability_zones", "AvailabilityZones"),
        Argument::property("vpc_zone_identifier", "VPCZoneIdentifier"),
        Argument::property("capacity_rebalance", "CapacityRebalance"),
        Argument::property("context", "Context"),
        Argument::property("health_check_grace_period", "HealthCheckGracePeriod"),
        Argument::property("health_check_type", "HealthCheckType"),
        Argument::property("launch_configuration", "LaunchConfigurationName"),
        Argument::property("load_balancers", "LoadBalancerNames"),
        Argument::property("target_group_arns", "TargetGroupARNs"),
        Argument::property("max_instance_lifetime", "MaxInstanceLifetime"),
        // `enabled_metrics` and `metrics_granularity` -> `MetricsCollection: [{Granularity, Metrics}]`;
        // CloudFormation requires the granularity, whose only value (and Terraform's default) is `1Minute`.
        Argument::new(
            "enabled_metrics",
            Shape::Value(Transform::None),
            Target::Element { list: "MetricsCollection", property: "Metrics" },
        ),
        Argument::new(
            "enabled_metrics",
            Shape::Value(Transform::Constant("1Minute")),
            Target::Element { list: "MetricsCollection", property: "Granularity" },
        ),
        Argument::new(
            "metrics_granularity",
            Shape::Value(Transform::None),
            Target::Element { list: "MetricsCollection", property: "Granularity" },
        ),
        Argument::property("placement_group", "PlacementGroup"),
        Argument::property("protect_from_scale_in", "NewInstancesProtectedFromScaleIn"),
        Argument::property("service_linked_role_arn", "ServiceLinkedRoleARN"),
        Argument::property("termination_policies", "TerminationPolicies"),
        Argument::block(
            "availability_zone_distribution",
            "AvailabilityZoneDistribution",
            false,
            &[Argument::property("capacity_distribution_strategy", "CapacityDistributionStrategy")],
        ),
        Argument::block(
            "capacity_reservation_specification",
            "CapacityReservationSpecification",
            false,
            &[
                Argument::property("capacity_reservation_preference", "CapacityReservationPreference"),
                Argument::block(
                    "capacity_reservation_target",
                    "CapacityReservationTarget",
                    false,
                    &[
                        Argument::property("capacity_reservation_ids", "CapacityReservationIds"),
                        Argument::property(
                            "capacity_reservation_resource_group_arns",
                            "CapacityReservationResourceGroupArns",
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "initial_lifecycle_hook",
            "LifecycleHookSpecificationList",
            true,
            &[
                Argument::property("name", "LifecycleHookName"),
                Argument::property("lifecycle_transition", "LifecycleTransition"),
                Argument::property("default_result", "DefaultResult"),
                Argument::property("heartbeat_timeout", "HeartbeatTimeout"),
                Argument::property("notification_metadata", "NotificationMetadata"),
                Argument::property("notification_target_arn", "NotificationTargetARN"),
                Argument::property("role_arn", "RoleARN"),
            ],
        ),
        Argument::block(
            "instance_lifecycle_policy",
            "InstanceLifecyclePolicy",
            false,
            &[Argument::block(
                "retention_triggers",
                "RetentionTriggers",
                false,
                &[Argument::property("terminate_hook_abandon", "TerminateHookAbandon")],
            )],
        ),
        Argument::block(
            "instance_maintenance_policy",
            "InstanceMaintenancePolicy",
            false,
            &[
                Argument::property("max_healthy_percentage", "MaxHealthyPercentage"),
                Argument::property("min_healthy_percentage", "MinHealthyPercentage"),
            ],
        ),
        Argument::block(
            "launch_template",
            "LaunchTemplate",
            false,
            &[
                Argument::new("version", Shape::Value(Transform::Constant("$Default")), Target::Fixed("Version")),
                Argument::property("id", "LaunchTemplateId"),
                Argument::property("name", "LaunchTemplateName"),
                Argument::property("version", "Version"),
            ],
        ),
        Argument::block("mixed_instances_policy", "MixedInstancesPolicy", false, MIXED_INSTANCES_POLICY),
        Argument::block(
            "tag",
            "Tags",
            true,
            &[
                Argument::property("key", "Key"),
                Argument::property("value", "Value"),
                Argument::property("propagate_at_launch", "PropagateAtLaunch"),
            ],
        ),
        Argument::block(
            "traffic_source",
            "TrafficSources",
            true,
            &[Argument::property("identifier", "Identifier"), Argument::property("type", "Type")],
        ),
        Argument::dropped(
            "instance_refresh",
            "CloudFormation replaces instances through the resource's UpdatePolicy (AutoScalingRollingUpdate), not a property",
        ),
        Argument::dropped(
            "warm_pool",
            "a warm pool is a resource of its own in CloudFormation: declare an AWS::AutoScaling::WarmPool",
        ),
        Argument::dropped(
            "suspended_processes",
            "CloudFormation suspends processes only during updates, through UpdatePolicy SuspendProcesses",
        ),
        Argument::dropped(
            "wait_for_capacity_timeout",
            "Terraform's wait for healthy instances; use a CreationPolicy with ResourceSignal instead",
        ),
        Argument::dropped(
            "wait_for_elb_capacity",
            "Terraform's wait for healthy load balancer targets; use a CreationPolicy instead",
        ),
        Argument::dropped("min_elb_capacity", "Terraform's wait for healthy load balancer targets at creation"),
        Argument::dropped("force_delete", "CloudFormation always deletes the group's instances with the group"),
        Argument::dropped("force_delete_warm_pool", "CloudFormation deletes a warm pool with its own resource"),
        Argument::dropped(
            "ignore_failed_scaling_activities",
            "a Terraform-side check of scaling activities while it waits for capacity",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "AutoScalingGroupARN"),
        Attribute::argument("max_size", "max_size"),
        Attribute::argument("min_size", "min_size"),
        Attribute::argument("desired_capacity", "desired_capacity"),
        Attribute::argument("availability_zones", "availability_zones"),
        Attribute::argument("vpc_zone_identifier", "vpc_zone_identifier"),
        Attribute::argument("launch_configuration", "launch_configuration"),
    ],
    companions: &[],
};

/// `aws_autoscaling_attachment` adds a Classic Load Balancer or a target group to a group: the
/// group's `LoadBalancerNames` or `TargetGroupARNs`.
const ATTACHMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_autoscaling_attachment",
    cloudformation: "AWS::AutoScaling::AutoScalingGroup",
    when: None,
    placement: Placement::MergeInto { parent: "aws_autoscaling_group", link: "autoscaling_group_name" },
    arguments: &[
        Argument::link("autoscaling_group_name"),
        Argument::append("elb", "LoadBalancerNames"),
        Argument::append("lb_target_group_arn", "TargetGroupARNs"),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "autoscaling_group_name"),
        Attribute::argument("autoscaling_group_name", "autoscaling_group_name"),
        Attribute::argument("elb", "elb"),
        Attribute::argument("lb_target_group_arn", "lb_target_group_arn"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn sizes_are_strings_metrics_get_a_granularity_and_a_template_a_version() {
        let template = source(vec![("id", value(Expr::reference("Template")))]);
        let body = source(vec![
            ("max_size", value(Expr::int(3))),
            ("min_size", value(Expr::int(1))),
            ("enabled_metrics", value(Expr::List(vec![s("GroupMaxSize")]))),
            ("launch_template", blocks(vec![template])),
        ]);
        let lowered = lower_arguments(row("aws_autoscaling_group"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("MaxSize", s("3")),
                ("MinSize", s("1")),
                (
                    "MetricsCollection",
                    Expr::List(vec![map(vec![
                        ("Metrics", Expr::List(vec![s("GroupMaxSize")])),
                        ("Granularity", s("1Minute")),
                    ])]),
                ),
                (
                    "LaunchTemplate",
                    map(vec![("Version", s("$Default")), ("LaunchTemplateId", Expr::reference("Template"))]),
                ),
            ])
        );
    }
}
