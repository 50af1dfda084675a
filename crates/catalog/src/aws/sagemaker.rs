//! SageMaker: models, endpoint configurations, endpoints, notebook instances with their lifecycle
//! configurations, and code repositories.
//!
//! `Ref` of every SageMaker type here returns its ARN, while Terraform's `id` is the name: `id` and
//! `name` resolve to `Fn::GetAtt` of the type's `…Name` attribute, `arn` to `Ref`.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The SageMaker table.
pub const MAPPINGS: &[ResourceMapping] = &[
    MODEL,
    ENDPOINT_CONFIGURATION,
    ENDPOINT,
    NOTEBOOK_INSTANCE,
    NOTEBOOK_INSTANCE_LIFECYCLE_CONFIGURATION,
    CODE_REPOSITORY,
];

// ---------------------------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------------------------

const MODEL: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_model",
    cloudformation: "AWS::SageMaker::Model",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ModelName"),
        Argument::property("execution_role_arn", "ExecutionRoleArn"),
        Argument::property("enable_network_isolation", "EnableNetworkIsolation"),
        Argument::block("primary_container", "PrimaryContainer", false, CONTAINER),
        Argument::block("container", "Containers", true, CONTAINER),
        Argument::block(
            "inference_execution_config",
            "InferenceExecutionConfig",
            false,
            &[Argument::property("mode", "Mode")],
        ),
        Argument::block(
            "vpc_config",
            "VpcConfig",
            false,
            &[Argument::property("security_group_ids", "SecurityGroupIds"), Argument::property("subnets", "Subnets")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "ModelName"),
        Attribute::get_att("name", "ModelName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// A `primary_container` or `container` block: a `ContainerDefinition`.
const CONTAINER: &[Argument] = &[
    Argument::property("image", "Image"),
    Argument::property("mode", "Mode"),
    Argument::property("model_data_url", "ModelDataUrl"),
    Argument::property("model_package_name", "ModelPackageName"),
    Argument::property("container_hostname", "ContainerHostname"),
    Argument::property("environment", "Environment"),
    Argument::property("inference_specification_name", "InferenceSpecificationName"),
    Argument::block(
        "image_config",
        "ImageConfig",
        false,
        &[
            Argument::property("repository_access_mode", "RepositoryAccessMode"),
            Argument::block(
                "repository_auth_config",
                "RepositoryAuthConfig",
                false,
                &[Argument::property("repository_credentials_provider_arn", "RepositoryCredentialsProviderArn")],
            ),
        ],
    ),
    Argument::block(
        "model_data_source",
        "ModelDataSource",
        false,
        &[
            // Repeatable in Terraform's schema, a single object in CloudFormation (and in the API).
            Argument::block(
                "s3_data_source",
                "S3DataSource",
                false,
                &[
                    Argument::property("s3_uri", "S3Uri"),
                    Argument::property("s3_data_type", "S3DataType"),
                    Argument::property("compression_type", "CompressionType"),
                    Argument::block(
                        "model_access_config",
                        "ModelAccessConfig",
                        false,
                        &[Argument::property("accept_eula", "AcceptEula")],
                    ),
                ],
            ),
        ],
    ),
    Argument::block(
        "multi_model_config",
        "MultiModelConfig",
        false,
        &[Argument::property("model_cache_setting", "ModelCacheSetting")],
    ),
];

// ---------------------------------------------------------------------------------------------
// Endpoint configurations and endpoints
// ---------------------------------------------------------------------------------------------

const ENDPOINT_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_endpoint_configuration",
    cloudformation: "AWS::SageMaker::EndpointConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "EndpointConfigName"),
        NAME_PREFIX,
        Argument::property("kms_key_arn", "KmsKeyId"),
        Argument::block("production_variants", "ProductionVariants", true, PRODUCTION_VARIANT),
        Argument::block("shadow_production_variants", "ShadowProductionVariants", true, PRODUCTION_VARIANT),
        Argument::block(
            "async_inference_config",
            "AsyncInferenceConfig",
            false,
            &[
                Argument::block(
                    "client_config",
                    "ClientConfig",
                    false,
                    &[Argument::property(
                        "max_concurrent_invocations_per_instance",
                        "MaxConcurrentInvocationsPerInstance",
                    )],
                ),
                Argument::block(
                    "output_config",
                    "OutputConfig",
                    false,
                    &[
                        Argument::property("s3_output_path", "S3OutputPath"),
                        Argument::property("s3_failure_path", "S3FailurePath"),
                        Argument::property("kms_key_id", "KmsKeyId"),
                        Argument::block(
                            "notification_config",
                            "NotificationConfig",
                            false,
                            &[
                                Argument::property("error_topic", "ErrorTopic"),
                                Argument::property("success_topic", "SuccessTopic"),
                                Argument::property("include_inference_response_in", "IncludeInferenceResponseIn"),
                            ],
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "data_capture_config",
            "DataCaptureConfig",
            false,
            &[
                Argument::property("destination_s3_uri", "DestinationS3Uri"),
                Argument::property("enable_capture", "EnableCapture"),
                Argument::property("initial_sampling_percentage", "InitialSamplingPercentage"),
                Argument::property("kms_key_id", "KmsKeyId"),
                Argument::block(
                    "capture_options",
                    "CaptureOptions",
                    true,
                    &[Argument::property("capture_mode", "CaptureMode")],
                ),
                Argument::block(
                    "capture_content_type_header",
                    "CaptureContentTypeHeader",
                    false,
                    &[
                        Argument::property("csv_content_types", "CsvContentTypes"),
                        Argument::property("json_content_types", "JsonContentTypes"),
                    ],
                ),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::property("execution_role_arn", "ExecutionRoleArn"),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "EndpointConfigName"),
        Attribute::get_att("name", "EndpointConfigName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// A `production_variants` or `shadow_production_variants` block.
const PRODUCTION_VARIANT: &[Argument] = &[
    Argument::property("model_name", "ModelName"),
    // Required by CloudFormation; Terraform assigns a random name when it is absent.
    Argument::property("variant_name", "VariantName"),
    Argument::property("instance_type", "InstanceType"),
    Argument::property("initial_instance_count", "InitialInstanceCount"),
    Argument::property("initial_variant_weight", "InitialVariantWeight"),
    Argument::property("volume_size_in_gb", "VolumeSizeInGB"),
    Argument::property("model_data_download_timeout_in_seconds", "ModelDataDownloadTimeoutInSeconds"),
    Argument::property(
        "container_startup_health_check_timeout_in_seconds",
        "ContainerStartupHealthCheckTimeoutInSeconds",
    ),
    Argument::property("enable_ssm_access", "EnableSSMAccess"),
    Argument::property("inference_ami_version", "InferenceAmiVersion"),
    Argument::dropped(
        "accelerator_type",
        "CloudFormation's production variants have no Elastic Inference accelerator (a retired \
         service); use an instance type with a GPU or Inferentia instead",
    ),
    Argument::block(
        "core_dump_config",
        "CoreDumpConfig",
        false,
        &[Argument::property("destination_s3_uri", "DestinationS3Uri"), Argument::property("kms_key_id", "KmsKeyId")],
    ),
    Argument::block(
        "managed_instance_scaling",
        "ManagedInstanceScaling",
        false,
        &[
            Argument::property("status", "Status"),
            Argument::property("min_instance_count", "MinInstanceCount"),
            Argument::property("max_instance_count", "MaxInstanceCount"),
        ],
    ),
    // Repeatable in Terraform's schema, a single object in CloudFormation (and in the API).
    Argument::block(
        "routing_config",
        "RoutingConfig",
        false,
        &[Argument::property("routing_strategy", "RoutingStrategy")],
    ),
    Argument::block(
        "serverless_config",
        "ServerlessConfig",
        false,
        &[
            Argument::property("max_concurrency", "MaxConcurrency"),
            Argument::property("memory_size_in_mb", "MemorySizeInMB"),
            Argument::property("provisioned_concurrency", "ProvisionedConcurrency"),
        ],
    ),
];

const ENDPOINT: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_endpoint",
    cloudformation: "AWS::SageMaker::Endpoint",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "EndpointName"),
        Argument::property("endpoint_config_name", "EndpointConfigName"),
        Argument::block(
            "deployment_config",
            "DeploymentConfig",
            false,
            &[
                Argument::block(
                    "auto_rollback_configuration",
                    "AutoRollbackConfiguration",
                    false,
                    &[Argument::block("alarms", "Alarms", true, &[Argument::property("alarm_name", "AlarmName")])],
                ),
                Argument::block(
                    "blue_green_update_policy",
                    "BlueGreenUpdatePolicy",
                    false,
                    &[
                        Argument::property("maximum_execution_timeout_in_seconds", "MaximumExecutionTimeoutInSeconds"),
                        Argument::property("termination_wait_in_seconds", "TerminationWaitInSeconds"),
                        Argument::block(
                            "traffic_routing_configuration",
                            "TrafficRoutingConfiguration",
                            false,
                            &[
                                Argument::property("type", "Type"),
                                Argument::property("wait_interval_in_seconds", "WaitIntervalInSeconds"),
                                Argument::block("canary_size", "CanarySize", false, CAPACITY_SIZE),
                                Argument::block("linear_step_size", "LinearStepSize", false, CAPACITY_SIZE),
                            ],
                        ),
                    ],
                ),
                Argument::block(
                    "rolling_update_policy",
                    "RollingUpdatePolicy",
                    false,
                    &[
                        Argument::property("maximum_execution_timeout_in_seconds", "MaximumExecutionTimeoutInSeconds"),
                        Argument::property("wait_interval_in_seconds", "WaitIntervalInSeconds"),
                        Argument::block("maximum_batch_size", "MaximumBatchSize", false, CAPACITY_SIZE),
                        Argument::block(
                            "rollback_maximum_batch_size",
                            "RollbackMaximumBatchSize",
                            false,
                            CAPACITY_SIZE,
                        ),
                    ],
                ),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "EndpointName"),
        Attribute::get_att("name", "EndpointName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// A `CapacitySize`: how many instances, or what share of them, a deployment step moves.
const CAPACITY_SIZE: &[Argument] = &[Argument::property("type", "Type"), Argument::property("value", "Value")];

// ---------------------------------------------------------------------------------------------
// Notebooks and code repositories
// ---------------------------------------------------------------------------------------------

const NOTEBOOK_INSTANCE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_notebook_instance",
    cloudformation: "AWS::SageMaker::NotebookInstance",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "NotebookInstanceName"),
        Argument::property("instance_type", "InstanceType"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("platform_identifier", "PlatformIdentifier"),
        Argument::property("volume_size", "VolumeSizeInGB"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("subnet_id", "SubnetId"),
        Argument::property("security_groups", "SecurityGroupIds"),
        Argument::property("direct_internet_access", "DirectInternetAccess"),
        Argument::property("root_access", "RootAccess"),
        Argument::property("lifecycle_config_name", "LifecycleConfigName"),
        Argument::property("default_code_repository", "DefaultCodeRepository"),
        Argument::property("additional_code_repositories", "AdditionalCodeRepositories"),
        Argument::property("accelerator_types", "AcceleratorTypes"),
        Argument::block(
            "instance_metadata_service_configuration",
            "InstanceMetadataServiceConfiguration",
            false,
            &[Argument::property("minimum_instance_metadata_service_version", "MinimumInstanceMetadataServiceVersion")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "NotebookInstanceName"),
        Attribute::get_att("name", "NotebookInstanceName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

const NOTEBOOK_INSTANCE_LIFECYCLE_CONFIGURATION: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_notebook_instance_lifecycle_configuration",
    cloudformation: "AWS::SageMaker::NotebookInstanceLifecycleConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "NotebookInstanceLifecycleConfigName"),
        // One base64-encoded script in Terraform; a list of `{Content}` hooks in CloudFormation,
        // whose `Content` is base64-encoded too.
        Argument::new("on_create", Shape::Value(Transform::Wrap("Content")), Target::Append("OnCreate")),
        Argument::new("on_start", Shape::Value(Transform::Wrap("Content")), Target::Append("OnStart")),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "NotebookInstanceLifecycleConfigName"),
        Attribute::get_att("name", "NotebookInstanceLifecycleConfigName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

const CODE_REPOSITORY: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_code_repository",
    cloudformation: "AWS::SageMaker::CodeRepository",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("code_repository_name", "CodeRepositoryName"),
        Argument::block(
            "git_config",
            "GitConfig",
            false,
            &[
                Argument::property("repository_url", "RepositoryUrl"),
                Argument::property("branch", "Branch"),
                Argument::property("secret_arn", "SecretArn"),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "CodeRepositoryName"),
        Attribute::get_att("code_repository_name", "CodeRepositoryName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::lower_arguments;
    use crate::model::AttributeValue;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn arn_is_ref_and_id_is_the_name() {
        for row in MAPPINGS {
            let value = |name| row.attributes.iter().find(|attribute| attribute.name == name).map(|a| a.value);
            assert!(matches!(value("arn"), Some(AttributeValue::Ref)), "{}", row.terraform);
            assert!(matches!(value("id"), Some(AttributeValue::GetAtt(_))), "{}", row.terraform);
        }
    }

    #[test]
    fn a_lifecycle_script_becomes_a_one_hook_list() {
        let body = source(vec![("on_start", value(Expr::string("IyEvYmluL3No")))]);
        let lowered = lower_arguments(&NOTEBOOK_INSTANCE_LIFECYCLE_CONFIGURATION, &body);
        let hook = Expr::map([("Content", Expr::string("IyEvYmluL3No"))]);
        assert_eq!(lowered.properties.get("OnStart"), Some(&Expr::List(vec![hook])));
    }
}
