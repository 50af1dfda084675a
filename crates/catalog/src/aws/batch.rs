//! AWS Batch: compute environments, job queues, job definitions and scheduling policies.
//!
//! Batch takes tags as a map. A job definition's `container_properties`, `ecs_properties` and
//! `node_properties` are the API's camelCase JSON; CloudFormation's properties are the same objects
//! in PascalCase ([`Shape::PascalCaseDocument`]), log driver options kept as they are.

use super::rows::TIMEOUTS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target, Transform};

/// The Batch table.
pub const MAPPINGS: &[ResourceMapping] = &[SCHEDULING_POLICY, JOB_QUEUE, COMPUTE_ENVIRONMENT, JOB_DEFINITION];

/// `Ref` is the policy's ARN, as Terraform's `id` is; Batch takes tags as a map.
const SCHEDULING_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_batch_scheduling_policy",
    cloudformation: "AWS::Batch::SchedulingPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::block(
            "fair_share_policy",
            "FairsharePolicy",
            false,
            &[
                Argument::property("compute_reservation", "ComputeReservation"),
                Argument::property("share_decay_seconds", "ShareDecaySeconds"),
                Argument::block(
                    "share_distribution",
                    "ShareDistribution",
                    true,
                    &[
                        Argument::property("share_identifier", "ShareIdentifier"),
                        Argument::property("weight_factor", "WeightFactor"),
                    ],
                ),
            ],
        ),
        Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

/// `Ref` is the queue's ARN, as Terraform's `id` is.
const JOB_QUEUE: ResourceMapping = ResourceMapping {
    terraform: "aws_batch_job_queue",
    cloudformation: "AWS::Batch::JobQueue",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "JobQueueName"),
        Argument::property("priority", "Priority"),
        Argument::property("state", "State"),
        Argument::property("scheduling_policy_arn", "SchedulingPolicyArn"),
        Argument::block(
            "compute_environment_order",
            "ComputeEnvironmentOrder",
            true,
            &[Argument::property("compute_environment", "ComputeEnvironment"), Argument::property("order", "Order")],
        ),
        Argument::dropped(
            "compute_environments",
            "deprecated, and removed in provider 6.0: list the environments as compute_environment_order \
             blocks, each with its order",
        ),
        Argument::block(
            "job_state_time_limit_action",
            "JobStateTimeLimitActions",
            true,
            &[
                Argument::property("action", "Action"),
                Argument::property("max_time_seconds", "MaxTimeSeconds"),
                Argument::property("reason", "Reason"),
                Argument::property("state", "State"),
            ],
        ),
        Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn"), Attribute::argument("name", "name")],
    companions: &[],
};

/// `tags`, a map.
const TAG_MAP: Argument = Argument::new("tags", Shape::TagMap, Target::Property("Tags"));

/// Why a generated name has no form.
const NAME_PREFIX_REASON: &str =
    "CloudFormation cannot add a random suffix to a prefix; without a name it generates a unique one";

/// `Ref` is the environment's ARN; Terraform's `id` is its name, the ARN's last part.
const COMPUTE_ENVIRONMENT: ResourceMapping = ResourceMapping {
    terraform: "aws_batch_compute_environment",
    cloudformation: "AWS::Batch::ComputeEnvironment",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("compute_environment_name", "ComputeEnvironmentName"),
        Argument::dropped("compute_environment_name_prefix", NAME_PREFIX_REASON),
        // The names of the provider's 6.x releases.
        Argument::property("name", "ComputeEnvironmentName"),
        Argument::dropped("name_prefix", NAME_PREFIX_REASON),
        Argument::property("type", "Type"),
        Argument::property("state", "State"),
        Argument::property("service_role", "ServiceRole"),
        Argument::block(
            "compute_resources",
            "ComputeResources",
            false,
            &[
                Argument::property("type", "Type"),
                Argument::property("allocation_strategy", "AllocationStrategy"),
                Argument::property("bid_percentage", "BidPercentage"),
                Argument::property("desired_vcpus", "DesiredvCpus"),
                Argument::property("max_vcpus", "MaxvCpus"),
                Argument::property("min_vcpus", "MinvCpus"),
                Argument::property("ec2_key_pair", "Ec2KeyPair"),
                Argument::property("image_id", "ImageId"),
                Argument::property("instance_role", "InstanceRole"),
                Argument::property("instance_type", "InstanceTypes"),
                Argument::property("placement_group", "PlacementGroup"),
                Argument::property("security_group_ids", "SecurityGroupIds"),
                Argument::property("spot_iam_fleet_role", "SpotIamFleetRole"),
                Argument::property("subnets", "Subnets"),
                Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
                Argument::block(
                    "ec2_configuration",
                    "Ec2Configuration",
                    true,
                    &[
                        Argument::property("image_id_override", "ImageIdOverride"),
                        Argument::property("image_type", "ImageType"),
                        // Argument of the provider's 6.x releases.
                        Argument::property("image_kubernetes_version", "ImageKubernetesVersion"),
                    ],
                ),
                Argument::block(
                    "launch_template",
                    "LaunchTemplate",
                    false,
                    &[
                        Argument::property("launch_template_id", "LaunchTemplateId"),
                        Argument::property("launch_template_name", "LaunchTemplateName"),
                        Argument::property("version", "Version"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "eks_configuration",
            "EksConfiguration",
            false,
            &[
                Argument::property("eks_cluster_arn", "EksClusterArn"),
                Argument::property("kubernetes_namespace", "KubernetesNamespace"),
            ],
        ),
        Argument::block(
            "update_policy",
            "UpdatePolicy",
            false,
            &[
                Argument::property("job_execution_timeout_minutes", "JobExecutionTimeoutMinutes"),
                Argument::property("terminate_jobs_on_update", "TerminateJobsOnUpdate"),
            ],
        ),
        TAG_MAP,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute {
            name: "id",
            value: AttributeValue::Part { attribute: "ComputeEnvironmentArn", delimiter: "/", index: 1 },
        },
        Attribute {
            name: "compute_environment_name",
            value: AttributeValue::Part { attribute: "ComputeEnvironmentArn", delimiter: "/", index: 1 },
        },
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// Keys of user-defined maps in a job's JSON properties, kept as they are.
const USER_MAPS: &[&str] = &["options", "labels", "limits", "requests"];

/// An EKS container (`containers`, `init_containers`).
const EKS_CONTAINER: &[Argument] = &[
    Argument::property("name", "Name"),
    Argument::property("image", "Image"),
    Argument::property("image_pull_policy", "ImagePullPolicy"),
    Argument::property("command", "Command"),
    Argument::property("args", "Args"),
    Argument::block("env", "Env", true, &[Argument::property("name", "Name"), Argument::property("value", "Value")]),
    Argument::block(
        "resources",
        "Resources",
        false,
        &[Argument::property("limits", "Limits"), Argument::property("requests", "Requests")],
    ),
    Argument::block(
        "security_context",
        "SecurityContext",
        false,
        &[
            Argument::property("privileged", "Privileged"),
            Argument::property("read_only_root_file_system", "ReadOnlyRootFilesystem"),
            Argument::property("run_as_group", "RunAsGroup"),
            Argument::property("run_as_non_root", "RunAsNonRoot"),
            Argument::property("run_as_user", "RunAsUser"),
        ],
    ),
    Argument::block(
        "volume_mounts",
        "VolumeMounts",
        true,
        &[
            Argument::property("mount_path", "MountPath"),
            Argument::property("name", "Name"),
            Argument::property("read_only", "ReadOnly"),
        ],
    ),
];

/// `Ref` is the ARN of the revision, as Terraform's `id` is.
const JOB_DEFINITION: ResourceMapping = ResourceMapping {
    terraform: "aws_batch_job_definition",
    cloudformation: "AWS::Batch::JobDefinition",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "JobDefinitionName"),
        Argument::property("type", "Type"),
        Argument::new(
            "container_properties",
            Shape::PascalCaseDocument(USER_MAPS),
            Target::Property("ContainerProperties"),
        ),
        Argument::new("ecs_properties", Shape::PascalCaseDocument(USER_MAPS), Target::Property("EcsProperties")),
        Argument::new("node_properties", Shape::PascalCaseDocument(USER_MAPS), Target::Property("NodeProperties")),
        Argument::block(
            "eks_properties",
            "EksProperties",
            false,
            &[Argument::block(
                "pod_properties",
                "PodProperties",
                false,
                &[
                    Argument::property("dns_policy", "DnsPolicy"),
                    Argument::property("host_network", "HostNetwork"),
                    Argument::property("service_account_name", "ServiceAccountName"),
                    Argument::property("share_process_namespace", "ShareProcessNamespace"),
                    Argument::block("containers", "Containers", true, EKS_CONTAINER),
                    Argument::block("init_containers", "InitContainers", true, EKS_CONTAINER),
                    Argument::block(
                        "image_pull_secret",
                        "ImagePullSecrets",
                        true,
                        &[Argument::property("name", "Name")],
                    ),
                    Argument::block("metadata", "Metadata", false, &[Argument::property("labels", "Labels")]),
                    Argument::block(
                        "volumes",
                        "Volumes",
                        true,
                        &[
                            Argument::property("name", "Name"),
                            Argument::block(
                                "empty_dir",
                                "EmptyDir",
                                false,
                                &[
                                    Argument::property("medium", "Medium"),
                                    Argument::property("size_limit", "SizeLimit"),
                                ],
                            ),
                            Argument::block("host_path", "HostPath", false, &[Argument::property("path", "Path")]),
                            Argument::block(
                                "secret",
                                "Secret",
                                false,
                                &[
                                    Argument::property("optional", "Optional"),
                                    Argument::property("secret_name", "SecretName"),
                                ],
                            ),
                        ],
                    ),
                ],
            )],
        ),
        Argument::property("parameters", "Parameters"),
        Argument::property("platform_capabilities", "PlatformCapabilities"),
        Argument::property("propagate_tags", "PropagateTags"),
        Argument::property("scheduling_priority", "SchedulingPriority"),
        Argument::block(
            "retry_strategy",
            "RetryStrategy",
            false,
            &[
                Argument::property("attempts", "Attempts"),
                Argument::block(
                    "evaluate_on_exit",
                    "EvaluateOnExit",
                    true,
                    &[
                        // Not case sensitive; the provider sends it in lowercase.
                        Argument::transformed(
                            "action",
                            Transform::Rename(&[("RETRY", "retry"), ("EXIT", "exit")]),
                            "Action",
                        ),
                        Argument::property("on_exit_code", "OnExitCode"),
                        Argument::property("on_reason", "OnReason"),
                        Argument::property("on_status_reason", "OnStatusReason"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "timeout",
            "Timeout",
            false,
            &[Argument::property("attempt_duration_seconds", "AttemptDurationSeconds")],
        ),
        Argument::dropped(
            "deregister_on_new_revision",
            "CloudFormation replaces a job definition on change and deregisters the old revision",
        ),
        TAG_MAP,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        // The ARN ends in `:<revision>`.
        Attribute {
            name: "revision",
            value: AttributeValue::Part { attribute: "JobDefinitionArn", delimiter: ":", index: 6 },
        },
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
