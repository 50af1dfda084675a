//! Amazon EventBridge Scheduler: schedules and schedule groups.
//!
//! `Ref` of an `AWS::Scheduler::Schedule` or `AWS::Scheduler::ScheduleGroup` returns its name
//! (Terraform's `id` of a schedule is `<group>/<name>`, which CloudFormation does not return).

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The table of Scheduler types.
pub const MAPPINGS: &[ResourceMapping] = &[SCHEDULE_GROUP, SCHEDULE];

const SCHEDULE_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_scheduler_schedule_group",
    cloudformation: "AWS::Scheduler::ScheduleGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[Argument::property("name", "Name"), NAME_PREFIX, TAGS, TAGS_ALL, TIMEOUTS, REGION],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("creation_date", "CreationDate"),
        Attribute::get_att("last_modification_date", "LastModificationDate"),
        Attribute::get_att("state", "State"),
    ],
    companions: &[],
};

const ECS_PARAMETERS: &[Argument] = &[
    Argument::property("task_definition_arn", "TaskDefinitionArn"),
    Argument::property("enable_ecs_managed_tags", "EnableECSManagedTags"),
    Argument::property("enable_execute_command", "EnableExecuteCommand"),
    Argument::property("group", "Group"),
    Argument::property("launch_type", "LaunchType"),
    Argument::property("platform_version", "PlatformVersion"),
    Argument::property("propagate_tags", "PropagateTags"),
    Argument::property("reference_id", "ReferenceId"),
    // CloudFormation takes a list of tag maps.
    Argument::transformed("tags", Transform::WrapInList, "Tags"),
    Argument::property("task_count", "TaskCount"),
    Argument::block(
        "capacity_provider_strategy",
        "CapacityProviderStrategy",
        true,
        &[
            Argument::property("base", "Base"),
            Argument::property("capacity_provider", "CapacityProvider"),
            Argument::property("weight", "Weight"),
        ],
    ),
    Argument::block(
        "network_configuration",
        "NetworkConfiguration.AwsvpcConfiguration",
        false,
        &[
            Argument::transformed(
                "assign_public_ip",
                Transform::Lookup(&[("true", "ENABLED"), ("false", "DISABLED")]),
                "AssignPublicIp",
            ),
            Argument::property("security_groups", "SecurityGroups"),
            Argument::property("subnets", "Subnets"),
        ],
    ),
    Argument::block(
        "placement_constraints",
        "PlacementConstraints",
        true,
        &[Argument::property("expression", "Expression"), Argument::property("type", "Type")],
    ),
    Argument::block(
        "placement_strategy",
        "PlacementStrategy",
        true,
        &[Argument::property("field", "Field"), Argument::property("type", "Type")],
    ),
];

const TARGET: &[Argument] = &[
    Argument::property("arn", "Arn"),
    Argument::property("role_arn", "RoleArn"),
    Argument::property("input", "Input"),
    Argument::block("dead_letter_config", "DeadLetterConfig", false, &[Argument::property("arn", "Arn")]),
    Argument::block("ecs_parameters", "EcsParameters", false, ECS_PARAMETERS),
    Argument::block(
        "eventbridge_parameters",
        "EventBridgeParameters",
        false,
        &[Argument::property("detail_type", "DetailType"), Argument::property("source", "Source")],
    ),
    Argument::block(
        "kinesis_parameters",
        "KinesisParameters",
        false,
        &[Argument::property("partition_key", "PartitionKey")],
    ),
    Argument::block(
        "retry_policy",
        "RetryPolicy",
        false,
        &[
            Argument::property("maximum_event_age_in_seconds", "MaximumEventAgeInSeconds"),
            Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
        ],
    ),
    Argument::block(
        "sagemaker_pipeline_parameters",
        "SageMakerPipelineParameters",
        false,
        &[Argument::block(
            "pipeline_parameter",
            "PipelineParameterList",
            true,
            &[Argument::property("name", "Name"), Argument::property("value", "Value")],
        )],
    ),
    Argument::block(
        "sqs_parameters",
        "SqsParameters",
        false,
        &[Argument::property("message_group_id", "MessageGroupId")],
    ),
];

const SCHEDULE: ResourceMapping = ResourceMapping {
    terraform: "aws_scheduler_schedule",
    cloudformation: "AWS::Scheduler::Schedule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("group_name", "GroupName"),
        Argument::property("description", "Description"),
        Argument::property("schedule_expression", "ScheduleExpression"),
        Argument::property("schedule_expression_timezone", "ScheduleExpressionTimezone"),
        Argument::property("start_date", "StartDate"),
        Argument::property("end_date", "EndDate"),
        Argument::property("kms_key_arn", "KmsKeyArn"),
        Argument::property("state", "State"),
        Argument::dropped(
            "action_after_completion",
            "CloudFormation's schedule has no action after completion (provider 6.x); remove the schedule when it ends",
        ),
        Argument::block(
            "flexible_time_window",
            "FlexibleTimeWindow",
            false,
            &[
                Argument::property("maximum_window_in_minutes", "MaximumWindowInMinutes"),
                Argument::property("mode", "Mode"),
            ],
        ),
        Argument::block("target", "Target", false, TARGET),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("group_name", "group_name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}
