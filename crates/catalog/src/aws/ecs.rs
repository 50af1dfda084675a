//! ECS: clusters with their capacity providers, task definitions, services and task sets.
//!
//! Terraform's `container_definitions` is the ECS API's JSON (camelCase keys); CloudFormation's
//! `ContainerDefinitions` is the same list spelled in PascalCase ([`Shape::PascalCaseDocument`]).
//! A cluster's Terraform `id` is its ARN (CloudFormation's `Ref` is its name); a service's `id` is
//! its ARN, which is the service's `Ref`; a task definition's `id` is its family, its `arn` the
//! task definition's `Ref`.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target, Transform};

/// The ECS table.
pub const MAPPINGS: &[ResourceMapping] =
    &[CLUSTER, CLUSTER_CAPACITY_PROVIDERS, CAPACITY_PROVIDER, TASK_DEFINITION, SERVICE, TASK_SET, EXPRESS_SERVICE];

/// `assign_public_ip`: a bool in Terraform, `ENABLED`/`DISABLED` in CloudFormation.
const PUBLIC_IP: &[(&str, &str)] = &[("true", "ENABLED"), ("false", "DISABLED")];

/// A `network_configuration` block: CloudFormation nests it under `AwsvpcConfiguration`.
const NETWORK_CONFIGURATION: &[Argument] = &[
    Argument::property("subnets", "AwsvpcConfiguration.Subnets"),
    Argument::property("security_groups", "AwsvpcConfiguration.SecurityGroups"),
    Argument::transformed("assign_public_ip", Transform::Lookup(PUBLIC_IP), "AwsvpcConfiguration.AssignPublicIp"),
];

/// A capacity provider strategy item.
const STRATEGY: &[Argument] = &[
    Argument::property("capacity_provider", "CapacityProvider"),
    Argument::property("base", "Base"),
    Argument::property("weight", "Weight"),
];

/// A `service_registries` block.
const SERVICE_REGISTRY: &[Argument] = &[
    Argument::property("registry_arn", "RegistryArn"),
    Argument::property("port", "Port"),
    Argument::property("container_name", "ContainerName"),
    Argument::property("container_port", "ContainerPort"),
];

/// A placement constraint (`{Type, Expression}`).
const PLACEMENT_CONSTRAINT: &[Argument] =
    &[Argument::property("type", "Type"), Argument::property("expression", "Expression")];

const CLUSTER: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_cluster",
    cloudformation: "AWS::ECS::Cluster",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ClusterName"),
        Argument::block(
            "setting",
            "ClusterSettings",
            true,
            &[Argument::property("name", "Name"), Argument::property("value", "Value")],
        ),
        Argument::block(
            "configuration",
            "Configuration",
            false,
            &[
                Argument::block(
                    "execute_command_configuration",
                    "ExecuteCommandConfiguration",
                    false,
                    &[
                        Argument::property("kms_key_id", "KmsKeyId"),
                        Argument::property("logging", "Logging"),
                        Argument::block(
                            "log_configuration",
                            "LogConfiguration",
                            false,
                            &[
                                Argument::property("cloud_watch_encryption_enabled", "CloudWatchEncryptionEnabled"),
                                Argument::property("cloud_watch_log_group_name", "CloudWatchLogGroupName"),
                                Argument::property("s3_bucket_encryption_enabled", "S3EncryptionEnabled"),
                                Argument::property("s3_bucket_name", "S3BucketName"),
                                Argument::property("s3_key_prefix", "S3KeyPrefix"),
                            ],
                        ),
                    ],
                ),
                Argument::block(
                    "managed_storage_configuration",
                    "ManagedStorageConfiguration",
                    false,
                    &[
                        Argument::property("fargate_ephemeral_storage_kms_key_id", "FargateEphemeralStorageKmsKeyId"),
                        Argument::property("kms_key_id", "KmsKeyId"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "service_connect_defaults",
            "ServiceConnectDefaults",
            false,
            &[Argument::property("namespace", "Namespace")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[Attribute::get_att("id", "Arn"), Attribute::get_att("arn", "Arn"), Attribute::reference("name")],
    companions: &[],
};

/// `AWS::ECS::ClusterCapacityProviderAssociations`, whose `Ref` is the cluster's name, as is
/// Terraform's `id`.
const CLUSTER_CAPACITY_PROVIDERS: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_cluster_capacity_providers",
    cloudformation: "AWS::ECS::ClusterCapacityProviderAssociations",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster_name", "Cluster"),
        Argument::property("capacity_providers", "CapacityProviders"),
        // Required by CloudFormation (an empty list is accepted); optional in Terraform.
        Argument::block("default_capacity_provider_strategy", "DefaultCapacityProviderStrategy", true, STRATEGY),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("cluster_name")],
    companions: &[],
};

/// A `{min, max}` range block.
const RANGE: &[Argument] = &[Argument::property("min", "Min"), Argument::property("max", "Max")];

const CAPACITY_PROVIDER: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_capacity_provider",
    cloudformation: "AWS::ECS::CapacityProvider",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        // Argument of the provider's 6.x releases (managed instances providers belong to a cluster).
        Argument::property("cluster", "ClusterName"),
        Argument::block(
            "auto_scaling_group_provider",
            "AutoScalingGroupProvider",
            false,
            &[
                Argument::property("auto_scaling_group_arn", "AutoScalingGroupArn"),
                Argument::property("managed_draining", "ManagedDraining"),
                Argument::property("managed_termination_protection", "ManagedTerminationProtection"),
                Argument::block(
                    "managed_scaling",
                    "ManagedScaling",
                    false,
                    &[
                        Argument::property("instance_warmup_period", "InstanceWarmupPeriod"),
                        Argument::property("maximum_scaling_step_size", "MaximumScalingStepSize"),
                        Argument::property("minimum_scaling_step_size", "MinimumScalingStepSize"),
                        Argument::property("status", "Status"),
                        Argument::property("target_capacity", "TargetCapacity"),
                    ],
                ),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::block(
            "managed_instances_provider",
            "ManagedInstancesProvider",
            false,
            &[
                Argument::property("infrastructure_role_arn", "InfrastructureRoleArn"),
                Argument::property("propagate_tags", "PropagateTags"),
                Argument::block(
                    "auto_repair_configuration",
                    "AutoRepairConfiguration",
                    false,
                    &[Argument::property("actions_status", "ActionsStatus")],
                ),
                Argument::block(
                    "infrastructure_optimization",
                    "InfrastructureOptimization",
                    false,
                    &[Argument::property("scale_in_after", "ScaleInAfter")],
                ),
                Argument::block(
                    "instance_launch_template",
                    "InstanceLaunchTemplate",
                    false,
                    &[
                        Argument::property("ec2_instance_profile_arn", "Ec2InstanceProfileArn"),
                        Argument::property("capacity_option_type", "CapacityOptionType"),
                        Argument::property("monitoring", "Monitoring"),
                        Argument::block(
                            "network_configuration",
                            "NetworkConfiguration",
                            false,
                            &[
                                Argument::property("subnets", "Subnets"),
                                Argument::property("security_groups", "SecurityGroups"),
                            ],
                        ),
                        Argument::block(
                            "capacity_reservations",
                            "CapacityReservations",
                            false,
                            &[
                                Argument::property("reservation_group_arn", "ReservationGroupArn"),
                                Argument::property("reservation_preference", "ReservationPreference"),
                            ],
                        ),
                        Argument::block(
                            "local_storage_configuration",
                            "LocalStorageConfiguration",
                            false,
                            &[Argument::property("use_local_storage", "UseLocalStorage")],
                        ),
                        Argument::block(
                            "storage_configuration",
                            "StorageConfiguration",
                            false,
                            &[Argument::property("storage_size_gib", "StorageSizeGiB")],
                        ),
                        Argument::block(
                            "instance_requirements",
                            "InstanceRequirements",
                            false,
                            &[
                                Argument::block("memory_mib", "MemoryMiB", false, RANGE),
                                Argument::block("vcpu_count", "VCpuCount", false, RANGE),
                                Argument::block("accelerator_count", "AcceleratorCount", false, RANGE),
                                Argument::property("accelerator_manufacturers", "AcceleratorManufacturers"),
                                Argument::property("accelerator_names", "AcceleratorNames"),
                                Argument::block(
                                    "accelerator_total_memory_mib",
                                    "AcceleratorTotalMemoryMiB",
                                    false,
                                    RANGE,
                                ),
                                Argument::property("accelerator_types", "AcceleratorTypes"),
                                Argument::property("allowed_instance_types", "AllowedInstanceTypes"),
                                Argument::property("bare_metal", "BareMetal"),
                                Argument::block(
                                    "baseline_ebs_bandwidth_mbps",
                                    "BaselineEbsBandwidthMbps",
                                    false,
                                    RANGE,
                                ),
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
                                Argument::block("memory_gib_per_vcpu", "MemoryGiBPerVCpu", false, RANGE),
                                Argument::block("network_bandwidth_gbps", "NetworkBandwidthGbps", false, RANGE),
                                Argument::block("network_interface_count", "NetworkInterfaceCount", false, RANGE),
                                Argument::property(
                                    "on_demand_max_price_percentage_over_lowest_price",
                                    "OnDemandMaxPricePercentageOverLowestPrice",
                                ),
                                Argument::property("require_hibernate_support", "RequireHibernateSupport"),
                                Argument::property(
                                    "spot_max_price_percentage_over_lowest_price",
                                    "SpotMaxPricePercentageOverLowestPrice",
                                ),
                                Argument::block("total_local_storage_gb", "TotalLocalStorageGB", false, RANGE),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        // Terraform's id is the ARN; CloudFormation's Ref is the name and it returns no ARN.
        Attribute::sub("id", "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:capacity-provider/${Self}"),
        Attribute::sub("arn", "arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:capacity-provider/${Self}"),
        Attribute::reference("name"),
    ],
    companions: &[],
};

/// The maps of a container definition whose keys are the user's: kept as they are.
const CONTAINER_VERBATIM: &[&str] = &["dockerLabels", "options"];

const TASK_DEFINITION: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_task_definition",
    cloudformation: "AWS::ECS::TaskDefinition",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("family", "Family"),
        Argument::new(
            "container_definitions",
            Shape::PascalCaseDocument(CONTAINER_VERBATIM),
            Target::Property("ContainerDefinitions"),
        ),
        Argument::property("cpu", "Cpu"),
        Argument::property("memory", "Memory"),
        Argument::property("network_mode", "NetworkMode"),
        Argument::property("requires_compatibilities", "RequiresCompatibilities"),
        Argument::property("execution_role_arn", "ExecutionRoleArn"),
        Argument::property("task_role_arn", "TaskRoleArn"),
        Argument::property("ipc_mode", "IpcMode"),
        Argument::property("pid_mode", "PidMode"),
        Argument::property("enable_fault_injection", "EnableFaultInjection"),
        Argument::block(
            "ephemeral_storage",
            "EphemeralStorage",
            false,
            &[Argument::property("size_in_gib", "SizeInGiB")],
        ),
        // Removed in the provider's 6.x releases (Elastic Inference is retired).
        Argument::block(
            "inference_accelerator",
            "InferenceAccelerators",
            true,
            &[Argument::property("device_name", "DeviceName"), Argument::property("device_type", "DeviceType")],
        ),
        Argument::block("placement_constraints", "PlacementConstraints", true, PLACEMENT_CONSTRAINT),
        Argument::block(
            "proxy_configuration",
            "ProxyConfiguration",
            false,
            &[
                Argument::property("container_name", "ContainerName"),
                Argument::property("type", "Type"),
                Argument::transformed(
                    "properties",
                    Transform::EntryList { key: "Name", value: "Value" },
                    "ProxyConfigurationProperties",
                ),
            ],
        ),
        Argument::block(
            "runtime_platform",
            "RuntimePlatform",
            false,
            &[
                Argument::property("cpu_architecture", "CpuArchitecture"),
                Argument::property("operating_system_family", "OperatingSystemFamily"),
            ],
        ),
        Argument::block(
            "volume",
            "Volumes",
            true,
            &[
                Argument::property("name", "Name"),
                Argument::property("host_path", "Host.SourcePath"),
                Argument::property("configure_at_launch", "ConfiguredAtLaunch"),
                Argument::block(
                    "docker_volume_configuration",
                    "DockerVolumeConfiguration",
                    false,
                    &[
                        Argument::property("autoprovision", "Autoprovision"),
                        Argument::property("driver", "Driver"),
                        Argument::property("driver_opts", "DriverOpts"),
                        Argument::property("labels", "Labels"),
                        Argument::property("scope", "Scope"),
                    ],
                ),
                Argument::block(
                    "efs_volume_configuration",
                    "EFSVolumeConfiguration",
                    false,
                    &[
                        Argument::property("file_system_id", "FilesystemId"),
                        Argument::property("root_directory", "RootDirectory"),
                        Argument::property("transit_encryption", "TransitEncryption"),
                        Argument::property("transit_encryption_port", "TransitEncryptionPort"),
                        Argument::block(
                            "authorization_config",
                            "AuthorizationConfig",
                            false,
                            &[Argument::property("access_point_id", "AccessPointId"), Argument::property("iam", "IAM")],
                        ),
                    ],
                ),
                Argument::block(
                    "fsx_windows_file_server_volume_configuration",
                    "FSxWindowsFileServerVolumeConfiguration",
                    false,
                    &[
                        Argument::property("file_system_id", "FileSystemId"),
                        Argument::property("root_directory", "RootDirectory"),
                        Argument::block(
                            "authorization_config",
                            "AuthorizationConfig",
                            false,
                            &[
                                Argument::property("credentials_parameter", "CredentialsParameter"),
                                Argument::property("domain", "Domain"),
                            ],
                        ),
                    ],
                ),
                // Argument of the provider's 6.x releases.
                Argument::block(
                    "s3_files_volume_configuration",
                    "S3FilesVolumeConfiguration",
                    false,
                    &[
                        Argument::property("file_system_arn", "FileSystemArn"),
                        Argument::property("access_point_arn", "AccessPointArn"),
                        Argument::property("root_directory", "RootDirectory"),
                        Argument::property("transit_encryption_port", "TransitEncryptionPort"),
                    ],
                ),
            ],
        ),
        Argument::dropped(
            "skip_destroy",
            "CloudFormation deregisters a deleted task definition revision; to keep it, set DeletionPolicy: \
             Retain on the resource",
        ),
        Argument::dropped(
            "track_latest",
            "it only changes how Terraform plans revisions made outside it; CloudFormation tracks the \
             revision it registered",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "family"),
        Attribute::argument("family", "family"),
        Attribute::reference("arn"),
        // `arn:aws:ecs:region:account:task-definition/family:revision`.
        Attribute {
            name: "revision",
            value: AttributeValue::Part { attribute: "TaskDefinitionArn", delimiter: ":", index: 6 },
        },
    ],
    companions: &[],
};

/// A `load_balancer` block of a service.
const SERVICE_LOAD_BALANCER: &[Argument] = &[
    Argument::property("target_group_arn", "TargetGroupArn"),
    Argument::property("elb_name", "LoadBalancerName"),
    Argument::property("container_name", "ContainerName"),
    Argument::property("container_port", "ContainerPort"),
    // Argument of the provider's 6.x releases.
    Argument::block(
        "advanced_configuration",
        "AdvancedConfiguration",
        false,
        &[
            Argument::property("alternate_target_group_arn", "AlternateTargetGroupArn"),
            Argument::property("production_listener_rule", "ProductionListenerRule"),
            Argument::property("test_listener_rule", "TestListenerRule"),
            Argument::property("role_arn", "RoleArn"),
        ],
    ),
];

/// A `service_connect_configuration` block.
const SERVICE_CONNECT: &[Argument] = &[
    Argument::property("enabled", "Enabled"),
    Argument::property("namespace", "Namespace"),
    Argument::block(
        "log_configuration",
        "LogConfiguration",
        false,
        &[
            Argument::property("log_driver", "LogDriver"),
            Argument::property("options", "Options"),
            Argument::block(
                "secret_option",
                "SecretOptions",
                true,
                &[Argument::property("name", "Name"), Argument::property("value_from", "ValueFrom")],
            ),
        ],
    ),
    // Argument of the provider's 6.x releases.
    Argument::block(
        "access_log_configuration",
        "AccessLogConfiguration",
        false,
        &[
            Argument::property("format", "Format"),
            Argument::property("include_query_parameters", "IncludeQueryParameters"),
        ],
    ),
    Argument::block(
        "service",
        "Services",
        true,
        &[
            Argument::property("port_name", "PortName"),
            Argument::property("discovery_name", "DiscoveryName"),
            Argument::property("ingress_port_override", "IngressPortOverride"),
            Argument::block(
                "client_alias",
                "ClientAliases",
                true,
                &[
                    Argument::property("port", "Port"),
                    Argument::property("dns_name", "DnsName"),
                    // Argument of the provider's 6.x releases.
                    Argument::block(
                        "test_traffic_rules",
                        "TestTrafficRules",
                        false,
                        &[Argument::block(
                            "header",
                            "Header",
                            false,
                            &[
                                Argument::property("name", "Name"),
                                Argument::block("value", "Value", false, &[Argument::property("exact", "Exact")]),
                            ],
                        )],
                    ),
                ],
            ),
            Argument::block(
                "timeout",
                "Timeout",
                false,
                &[
                    Argument::property("idle_timeout_seconds", "IdleTimeoutSeconds"),
                    Argument::property("per_request_timeout_seconds", "PerRequestTimeoutSeconds"),
                ],
            ),
            Argument::block(
                "tls",
                "Tls",
                false,
                &[
                    Argument::property("kms_key", "KmsKey"),
                    Argument::property("role_arn", "RoleArn"),
                    Argument::block(
                        "issuer_cert_authority",
                        "IssuerCertificateAuthority",
                        false,
                        &[Argument::property("aws_pca_authority_arn", "AwsPcaAuthorityArn")],
                    ),
                ],
            ),
        ],
    ),
];

/// A `volume_configuration` block of a service.
const SERVICE_VOLUME: &[Argument] = &[
    Argument::property("name", "Name"),
    Argument::block(
        "managed_ebs_volume",
        "ManagedEBSVolume",
        false,
        &[
            Argument::property("role_arn", "RoleArn"),
            Argument::property("encrypted", "Encrypted"),
            Argument::property("file_system_type", "FilesystemType"),
            Argument::property("iops", "Iops"),
            Argument::property("kms_key_id", "KmsKeyId"),
            Argument::property("size_in_gb", "SizeInGiB"),
            Argument::property("snapshot_id", "SnapshotId"),
            Argument::property("throughput", "Throughput"),
            Argument::property("volume_initialization_rate", "VolumeInitializationRate"),
            Argument::property("volume_type", "VolumeType"),
            Argument::block(
                "tag_specifications",
                "TagSpecifications",
                true,
                &[
                    Argument::property("resource_type", "ResourceType"),
                    Argument::property("propagate_tags", "PropagateTags"),
                    TAGS,
                ],
            ),
        ],
    ),
];

/// A deployment lifecycle hook (provider 6.x).
const LIFECYCLE_HOOK: &[Argument] = &[
    Argument::property("hook_target_arn", "HookTargetArn"),
    Argument::property("role_arn", "RoleArn"),
    Argument::property("lifecycle_stages", "LifecycleStages"),
    Argument::property("hook_details", "HookDetails"),
    Argument::property("target_type", "TargetType"),
    Argument::block(
        "timeout_configuration",
        "TimeoutConfiguration",
        false,
        &[Argument::property("action", "Action"), Argument::property("timeout_in_minutes", "TimeoutInMinutes")],
    ),
];

const SERVICE: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_service",
    cloudformation: "AWS::ECS::Service",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ServiceName"),
        Argument::property("cluster", "Cluster"),
        Argument::property("task_definition", "TaskDefinition"),
        Argument::property("desired_count", "DesiredCount"),
        Argument::property("launch_type", "LaunchType"),
        Argument::property("platform_version", "PlatformVersion"),
        Argument::property("scheduling_strategy", "SchedulingStrategy"),
        Argument::property("iam_role", "Role"),
        Argument::property("health_check_grace_period_seconds", "HealthCheckGracePeriodSeconds"),
        Argument::property("enable_ecs_managed_tags", "EnableECSManagedTags"),
        Argument::property("enable_execute_command", "EnableExecuteCommand"),
        Argument::property("propagate_tags", "PropagateTags"),
        Argument::property("availability_zone_rebalancing", "AvailabilityZoneRebalancing"),
        Argument::property("force_new_deployment", "ForceNewDeployment.EnableForceNewDeployment"),
        Argument::block("capacity_provider_strategy", "CapacityProviderStrategy", true, STRATEGY),
        Argument::property("deployment_maximum_percent", "DeploymentConfiguration.MaximumPercent"),
        Argument::property("deployment_minimum_healthy_percent", "DeploymentConfiguration.MinimumHealthyPercent"),
        Argument::block(
            "deployment_circuit_breaker",
            "DeploymentConfiguration.DeploymentCircuitBreaker",
            false,
            &[Argument::property("enable", "Enable"), Argument::property("rollback", "Rollback")],
        ),
        Argument::block(
            "alarms",
            "DeploymentConfiguration.Alarms",
            false,
            &[
                Argument::property("alarm_names", "AlarmNames"),
                Argument::property("enable", "Enable"),
                Argument::property("rollback", "Rollback"),
            ],
        ),
        // Argument of the provider's 6.x releases: the deployment strategy's settings.
        Argument::block(
            "deployment_configuration",
            "DeploymentConfiguration",
            false,
            &[
                Argument::property("strategy", "Strategy"),
                Argument::property("bake_time_in_minutes", "BakeTimeInMinutes"),
                Argument::block(
                    "canary_configuration",
                    "CanaryConfiguration",
                    false,
                    &[
                        Argument::property("canary_bake_time_in_minutes", "CanaryBakeTimeInMinutes"),
                        Argument::property("canary_percent", "CanaryPercent"),
                    ],
                ),
                Argument::block(
                    "linear_configuration",
                    "LinearConfiguration",
                    false,
                    &[
                        Argument::property("step_bake_time_in_minutes", "StepBakeTimeInMinutes"),
                        Argument::property("step_percent", "StepPercent"),
                    ],
                ),
                Argument::block("lifecycle_hook", "LifecycleHooks", true, LIFECYCLE_HOOK),
            ],
        ),
        Argument::block("deployment_controller", "DeploymentController", false, &[Argument::property("type", "Type")]),
        Argument::block("load_balancer", "LoadBalancers", true, SERVICE_LOAD_BALANCER),
        Argument::block("network_configuration", "NetworkConfiguration", false, NETWORK_CONFIGURATION),
        Argument::block(
            "ordered_placement_strategy",
            "PlacementStrategies",
            true,
            &[Argument::property("type", "Type"), Argument::property("field", "Field")],
        ),
        Argument::block("placement_constraints", "PlacementConstraints", true, PLACEMENT_CONSTRAINT),
        Argument::block("service_registries", "ServiceRegistries", true, SERVICE_REGISTRY),
        Argument::block("service_connect_configuration", "ServiceConnectConfiguration", false, SERVICE_CONNECT),
        Argument::block("volume_configuration", "VolumeConfigurations", true, SERVICE_VOLUME),
        Argument::block(
            "vpc_lattice_configurations",
            "VpcLatticeConfigurations",
            true,
            &[
                Argument::property("port_name", "PortName"),
                Argument::property("role_arn", "RoleArn"),
                Argument::property("target_group_arn", "TargetGroupArn"),
            ],
        ),
        Argument::new(
            "wait_for_steady_state",
            Shape::Value(Transform::None),
            Target::Implied("CloudFormation always waits for a service to reach a steady state"),
        ),
        Argument::dropped(
            "force_delete",
            "CloudFormation scales a service down before deleting it and has no force option; delete \
             a service that will not drain with aws ecs delete-service --force",
        ),
        Argument::dropped(
            "triggers",
            "Terraform redeploys when these values change; in CloudFormation change \
             ForceNewDeployment.ForceNewDeploymentNonce to redeploy",
        ),
        // Argument of the provider's 6.x releases.
        Argument::dropped(
            "sigint_rollback",
            "it rolls back a deployment that Terraform's own run is interrupted in; CloudFormation \
             rolls back failed updates itself",
        ),
        TAGS,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("name", "Name"),
        Attribute::argument("cluster", "cluster"),
        Attribute::argument("desired_count", "desired_count"),
        Attribute::argument("iam_role", "iam_role"),
    ],
    companions: &[],
};

const TASK_SET: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_task_set",
    cloudformation: "AWS::ECS::TaskSet",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("cluster", "Cluster"),
        Argument::property("service", "Service"),
        Argument::property("task_definition", "TaskDefinition"),
        Argument::property("external_id", "ExternalId"),
        Argument::property("launch_type", "LaunchType"),
        Argument::property("platform_version", "PlatformVersion"),
        Argument::block("capacity_provider_strategy", "CapacityProviderStrategy", true, STRATEGY),
        Argument::block(
            "load_balancer",
            "LoadBalancers",
            true,
            &[
                Argument::property("target_group_arn", "TargetGroupArn"),
                Argument::dropped(
                    "load_balancer_name",
                    "AWS::ECS::TaskSet attaches to target groups only, not to Classic Load Balancers",
                ),
                Argument::property("container_name", "ContainerName"),
                Argument::property("container_port", "ContainerPort"),
            ],
        ),
        // A task set spells it `AwsVpcConfiguration`, a service `AwsvpcConfiguration`.
        Argument::block(
            "network_configuration",
            "NetworkConfiguration",
            false,
            &[
                Argument::property("subnets", "AwsVpcConfiguration.Subnets"),
                Argument::property("security_groups", "AwsVpcConfiguration.SecurityGroups"),
                Argument::transformed(
                    "assign_public_ip",
                    Transform::Lookup(PUBLIC_IP),
                    "AwsVpcConfiguration.AssignPublicIp",
                ),
            ],
        ),
        Argument::block(
            "scale",
            "Scale",
            false,
            &[Argument::property("unit", "Unit"), Argument::property("value", "Value")],
        ),
        Argument::block("service_registries", "ServiceRegistries", true, SERVICE_REGISTRY),
        Argument::new(
            "wait_until_stable",
            Shape::Value(Transform::None),
            Target::Implied("CloudFormation waits for a task set to stabilize before it completes"),
        ),
        Argument::new(
            "wait_until_stable_timeout",
            Shape::Value(Transform::None),
            Target::Implied("CloudFormation applies its own timeout while a task set stabilizes"),
        ),
        Argument::dropped(
            "force_delete",
            "CloudFormation scales a task set down before deleting it and has no force option",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        // Terraform's id joins the task set ID, service and cluster; the task set ID is what
        // CloudFormation returns.
        Attribute::get_att("id", "Id"),
        Attribute::get_att("task_set_id", "Id"),
    ],
    companions: &[],
};

/// The container an Express service runs.
const EXPRESS_CONTAINER: &[Argument] = &[
    Argument::property("image", "Image"),
    Argument::property("command", "Command"),
    Argument::property("container_port", "ContainerPort"),
    Argument::block(
        "aws_logs_configuration",
        "AwsLogsConfiguration",
        false,
        &[Argument::property("log_group", "LogGroup"), Argument::property("log_stream_prefix", "LogStreamPrefix")],
    ),
    Argument::block(
        "environment",
        "Environment",
        true,
        &[Argument::property("name", "Name"), Argument::property("value", "Value")],
    ),
    Argument::block(
        "repository_credentials",
        "RepositoryCredentials",
        false,
        &[Argument::property("credentials_parameter", "CredentialsParameter")],
    ),
    Argument::block(
        "secret",
        "Secrets",
        true,
        &[Argument::property("name", "Name"), Argument::property("value_from", "ValueFrom")],
    ),
];

/// An ECS Express service (`AWS::ECS::ExpressGatewayService`): one container behind a load balancer,
/// target groups, security groups and scaling that ECS makes and manages itself. Its Ref is the
/// service's ARN, which is also Terraform's ID.
const EXPRESS_SERVICE: ResourceMapping = ResourceMapping {
    terraform: "aws_ecs_express_gateway_service",
    cloudformation: "AWS::ECS::ExpressGatewayService",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("service_name", "ServiceName"),
        Argument::property("cluster", "Cluster"),
        Argument::property("cpu", "Cpu"),
        Argument::property("memory", "Memory"),
        Argument::property("execution_role_arn", "ExecutionRoleArn"),
        Argument::property("infrastructure_role_arn", "InfrastructureRoleArn"),
        Argument::property("task_role_arn", "TaskRoleArn"),
        Argument::property("health_check_path", "HealthCheckPath"),
        Argument::block(
            "network_configuration",
            "NetworkConfiguration",
            false,
            &[Argument::property("security_groups", "SecurityGroups"), Argument::property("subnets", "Subnets")],
        ),
        Argument::block("primary_container", "PrimaryContainer", false, EXPRESS_CONTAINER),
        Argument::block(
            "scaling_target",
            "ScalingTarget",
            false,
            &[
                Argument::property("auto_scaling_metric", "AutoScalingMetric"),
                Argument::property("auto_scaling_target_value", "AutoScalingTargetValue"),
                Argument::property("max_task_count", "MaxTaskCount"),
                Argument::property("min_task_count", "MinTaskCount"),
            ],
        ),
        Argument::new(
            "wait_for_steady_state",
            Shape::Value(Transform::None),
            Target::Implied("CloudFormation waits for the service to be ready before it completes the stack"),
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("service_arn"),
        Attribute::argument("service_name", "service_name"),
        // The address the service is reached at; CloudFormation returns it, not its access type.
        Attribute::get_att("ingress_paths.endpoint", "Endpoint"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn container_definitions_are_spelled_in_pascal_case_but_user_keys_are_kept() {
        let json = r#"[{"name":"web","image":"nginx","portMappings":[{"containerPort":80}],
            "dockerLabels":{"com.example":"x"},
            "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"g"}}}]"#;
        let body =
            source(vec![("family", value(Expr::string("web"))), ("container_definitions", value(Expr::string(json)))]);
        let lowered = lower_arguments(&TASK_DEFINITION, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let container = Expr::map([
            ("Name", Expr::string("web")),
            ("Image", Expr::string("nginx")),
            ("PortMappings", Expr::List(vec![Expr::map([("ContainerPort", Expr::int(80))])])),
            ("DockerLabels", Expr::map([("com.example", Expr::string("x"))])),
            (
                "LogConfiguration",
                Expr::map([
                    ("LogDriver", Expr::string("awslogs")),
                    ("Options", Expr::map([("awslogs-group", Expr::string("g"))])),
                ]),
            ),
        ]);
        assert_eq!(lowered.properties.get("ContainerDefinitions"), Some(&Expr::List(vec![container])));
    }

    #[test]
    fn a_public_ip_flag_becomes_enabled() {
        let network = crate::aws::rows::tests::blocks(vec![source(vec![
            ("subnets", value(Expr::List(vec![Expr::string("subnet-1")]))),
            ("assign_public_ip", value(Expr::Bool(true))),
        ])]);
        let body = source(vec![("name", value(Expr::string("web"))), ("network_configuration", network)]);
        let lowered = lower_arguments(&SERVICE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let vpc = Expr::map([
            ("Subnets", Expr::List(vec![Expr::string("subnet-1")])),
            ("AssignPublicIp", Expr::string("ENABLED")),
        ]);
        assert_eq!(lowered.properties.get("NetworkConfiguration"), Some(&Expr::map([("AwsvpcConfiguration", vpc)])));
    }
}
