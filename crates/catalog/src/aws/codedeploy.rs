//! CodeDeploy: applications and deployment groups.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The CodeDeploy table.
pub const MAPPINGS: &[ResourceMapping] = &[APPLICATION, DEPLOYMENT_GROUP];

/// `Ref` is the application's name. Terraform's `id` is `<application ID>:<name>`, and the
/// application ID has no CloudFormation form: `id` and `name` both give the name, which is what
/// deployment groups and the CodeDeploy API take.
const APPLICATION: ResourceMapping = ResourceMapping {
    terraform: "aws_codedeploy_app",
    cloudformation: "AWS::CodeDeploy::Application",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ApplicationName"),
        Argument::property("compute_platform", "ComputePlatform"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:codedeploy:${AWS::Region}:${AWS::AccountId}:application:${Self}"),
    ],
    companions: &[],
};

/// A tag filter (`key`, `type`, `value`) of EC2 instances or on-premises instances.
const TAG_FILTER: &[Argument] =
    &[Argument::property("key", "Key"), Argument::property("type", "Type"), Argument::property("value", "Value")];

/// `Ref` is the deployment group's name. Terraform's `id` is the group's ID, which has no
/// CloudFormation form: `id` gives the name too, which is what the CodeDeploy API takes.
const DEPLOYMENT_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_codedeploy_deployment_group",
    cloudformation: "AWS::CodeDeploy::DeploymentGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("app_name", "ApplicationName"),
        Argument::property("deployment_group_name", "DeploymentGroupName"),
        Argument::property("service_role_arn", "ServiceRoleArn"),
        Argument::property("deployment_config_name", "DeploymentConfigName"),
        Argument::property("autoscaling_groups", "AutoScalingGroups"),
        Argument::property("outdated_instances_strategy", "OutdatedInstancesStrategy"),
        Argument::property("termination_hook_enabled", "TerminationHookEnabled"),
        Argument::block(
            "alarm_configuration",
            "AlarmConfiguration",
            false,
            &[
                // Alarm names, each CloudFormation's `{Name}`.
                Argument::transformed("alarms", Transform::Wrap("Name"), "Alarms"),
                Argument::property("enabled", "Enabled"),
                Argument::property("ignore_poll_alarm_failure", "IgnorePollAlarmFailure"),
            ],
        ),
        Argument::block(
            "auto_rollback_configuration",
            "AutoRollbackConfiguration",
            false,
            &[Argument::property("enabled", "Enabled"), Argument::property("events", "Events")],
        ),
        Argument::block(
            "blue_green_deployment_config",
            "BlueGreenDeploymentConfiguration",
            false,
            &[
                Argument::block(
                    "deployment_ready_option",
                    "DeploymentReadyOption",
                    false,
                    &[
                        Argument::property("action_on_timeout", "ActionOnTimeout"),
                        Argument::property("wait_time_in_minutes", "WaitTimeInMinutes"),
                    ],
                ),
                Argument::block(
                    "green_fleet_provisioning_option",
                    "GreenFleetProvisioningOption",
                    false,
                    &[Argument::property("action", "Action")],
                ),
                Argument::block(
                    "terminate_blue_instances_on_deployment_success",
                    "TerminateBlueInstancesOnDeploymentSuccess",
                    false,
                    &[
                        Argument::property("action", "Action"),
                        Argument::property("termination_wait_time_in_minutes", "TerminationWaitTimeInMinutes"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "deployment_style",
            "DeploymentStyle",
            false,
            &[
                Argument::property("deployment_option", "DeploymentOption"),
                Argument::property("deployment_type", "DeploymentType"),
            ],
        ),
        Argument::block("ec2_tag_filter", "Ec2TagFilters", true, TAG_FILTER),
        // Each set is one group of filters: `Ec2TagSet.Ec2TagSetList: [{Ec2TagGroup: [...]}]`.
        Argument::block(
            "ec2_tag_set",
            "Ec2TagSet.Ec2TagSetList",
            true,
            &[Argument::block("ec2_tag_filter", "Ec2TagGroup", true, TAG_FILTER)],
        ),
        Argument::block("on_premises_instance_tag_filter", "OnPremisesInstanceTagFilters", true, TAG_FILTER),
        Argument::block(
            "ecs_service",
            "ECSServices",
            true,
            &[Argument::property("cluster_name", "ClusterName"), Argument::property("service_name", "ServiceName")],
        ),
        Argument::block(
            "load_balancer_info",
            "LoadBalancerInfo",
            false,
            &[
                Argument::block("elb_info", "ElbInfoList", true, &[Argument::property("name", "Name")]),
                Argument::block(
                    "target_group_info",
                    "TargetGroupInfoList",
                    true,
                    &[Argument::property("name", "Name")],
                ),
                Argument::block(
                    "target_group_pair_info",
                    "TargetGroupPairInfoList",
                    true,
                    &[
                        Argument::block(
                            "prod_traffic_route",
                            "ProdTrafficRoute",
                            false,
                            &[Argument::property("listener_arns", "ListenerArns")],
                        ),
                        Argument::block("target_group", "TargetGroups", true, &[Argument::property("name", "Name")]),
                        Argument::block(
                            "test_traffic_route",
                            "TestTrafficRoute",
                            false,
                            &[Argument::property("listener_arns", "ListenerArns")],
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "trigger_configuration",
            "TriggerConfigurations",
            true,
            &[
                Argument::property("trigger_events", "TriggerEvents"),
                Argument::property("trigger_name", "TriggerName"),
                Argument::property("trigger_target_arn", "TriggerTargetArn"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("deployment_group_name"),
        Attribute::argument("app_name", "app_name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}
