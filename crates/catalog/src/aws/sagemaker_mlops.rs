//! Amazon SageMaker MLOps: model package groups (the model registry) and their resource policies,
//! pipelines, feature groups, data quality job definitions and monitoring schedules.
//!
//! What `Ref` returns differs by type: a model package group's ARN, a pipeline's or a feature
//! group's name, a job definition's or a monitoring schedule's ARN. Terraform's `id` is the name in
//! every case. CloudFormation returns the name of a job definition and of a monitoring schedule
//! (`Fn::GetAtt` of any property of those types), but not of a model package group: there the name
//! is the configured one ([`Attribute::argument`]).
//!
//! Neither a pipeline nor a feature group returns its ARN: it is built with `Fn::Sub` from the name.
//! SageMaker writes the name in lower case in its ARNs (`pipeline/abalonepipeline` for
//! `AbalonePipeline`), so the ARN built here is the one SageMaker returns only for a name without
//! capitals.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of SageMaker MLOps types.
pub const MAPPINGS: &[ResourceMapping] = &[
    MODEL_PACKAGE_GROUP,
    MODEL_PACKAGE_GROUP_POLICY,
    PIPELINE,
    FEATURE_GROUP,
    DATA_QUALITY_JOB_DEFINITION,
    MONITORING_SCHEDULE,
];

// ---------------------------------------------------------------------------------------------
// Model registry
// ---------------------------------------------------------------------------------------------

const MODEL_PACKAGE_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_model_package_group",
    cloudformation: "AWS::SageMaker::ModelPackageGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("model_package_group_name", "ModelPackageGroupName"),
        Argument::property("model_package_group_description", "ModelPackageGroupDescription"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        // CloudFormation returns the group's ARN (`Ref`), its status and creation time, not its name.
        Attribute::argument("id", "model_package_group_name"),
        Attribute::argument("model_package_group_name", "model_package_group_name"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// The group's resource policy: CloudFormation's `ModelPackageGroupPolicy` of the group itself. A
/// policy naming the group's own ARN (`aws_sagemaker_model_package_group.x.arn`) makes the group
/// refer to itself, which CloudFormation rejects: spell the ARN from the name instead
/// (`arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:model-package-group/NAME`,
/// with the name in lower case as SageMaker writes it).
const MODEL_PACKAGE_GROUP_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_model_package_group_policy",
    cloudformation: "AWS::SageMaker::ModelPackageGroup",
    when: None,
    placement: Placement::MergeInto { parent: "aws_sagemaker_model_package_group", link: "model_package_group_name" },
    arguments: &[
        Argument::link("model_package_group_name"),
        // A JSON document in both (CloudFormation also takes it as a string).
        Argument::json("resource_policy", "ModelPackageGroupPolicy"),
        REGION,
    ],
    attributes: &[
        // Terraform's id is the group's name.
        Attribute::argument("id", "model_package_group_name"),
        Attribute::argument("model_package_group_name", "model_package_group_name"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Pipelines
// ---------------------------------------------------------------------------------------------

const PIPELINE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_pipeline",
    cloudformation: "AWS::SageMaker::Pipeline",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("pipeline_name", "PipelineName"),
        Argument::property("pipeline_display_name", "PipelineDisplayName"),
        Argument::property("pipeline_description", "PipelineDescription"),
        // Optional in Terraform, required by CloudFormation.
        Argument::property("role_arn", "RoleArn"),
        // The definition is JSON text in both: a document built with `jsonencode` is written as its
        // compact JSON text, a literal string unchanged.
        Argument::new(
            "pipeline_definition",
            Shape::JsonText,
            Target::Property("PipelineDefinition.PipelineDefinitionBody"),
        ),
        Argument::block(
            "pipeline_definition_s3_location",
            "PipelineDefinition.PipelineDefinitionS3Location",
            false,
            &[
                Argument::property("bucket", "Bucket"),
                Argument::property("object_key", "Key"),
                Argument::property("version_id", "Version"),
            ],
        ),
        Argument::block(
            "parallelism_configuration",
            "ParallelismConfiguration",
            false,
            &[Argument::property("max_parallel_execution_steps", "MaxParallelExecutionSteps")],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("pipeline_name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:pipeline/${Self}"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Feature Store
// ---------------------------------------------------------------------------------------------

const FEATURE_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_feature_group",
    cloudformation: "AWS::SageMaker::FeatureGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("feature_group_name", "FeatureGroupName"),
        Argument::property("description", "Description"),
        Argument::property("record_identifier_feature_name", "RecordIdentifierFeatureName"),
        Argument::property("event_time_feature_name", "EventTimeFeatureName"),
        Argument::property("role_arn", "RoleArn"),
        Argument::block(
            "feature_definition",
            "FeatureDefinitions",
            true,
            &[
                Argument::property("feature_name", "FeatureName"),
                Argument::property("feature_type", "FeatureType"),
                Argument::dropped(
                    "collection_type",
                    "CloudFormation's feature definitions have no collection type (list, set or vector \
                     features); create such a feature group outside the stack",
                ),
                Argument::dropped(
                    "collection_config",
                    "CloudFormation's feature definitions have no collection configuration (vector \
                     dimension); create such a feature group outside the stack",
                ),
            ],
        ),
        Argument::block(
            "online_store_config",
            "OnlineStoreConfig",
            false,
            &[
                Argument::property("enable_online_store", "EnableOnlineStore"),
                Argument::property("storage_type", "StorageType"),
                Argument::block(
                    "security_config",
                    "SecurityConfig",
                    false,
                    &[Argument::property("kms_key_id", "KmsKeyId")],
                ),
                Argument::block(
                    "ttl_duration",
                    "TtlDuration",
                    false,
                    &[Argument::property("unit", "Unit"), Argument::property("value", "Value")],
                ),
            ],
        ),
        Argument::block(
            "offline_store_config",
            "OfflineStoreConfig",
            false,
            &[
                Argument::property("disable_glue_table_creation", "DisableGlueTableCreation"),
                Argument::property("table_format", "TableFormat"),
                Argument::block(
                    "data_catalog_config",
                    "DataCatalogConfig",
                    false,
                    &[
                        Argument::property("catalog", "Catalog"),
                        Argument::property("database", "Database"),
                        Argument::property("table_name", "TableName"),
                    ],
                ),
                Argument::block(
                    "s3_storage_config",
                    "S3StorageConfig",
                    false,
                    &[
                        Argument::property("s3_uri", "S3Uri"),
                        Argument::property("kms_key_id", "KmsKeyId"),
                        Argument::dropped(
                            "resolved_output_s3_uri",
                            "SageMaker computes the resolved output URI from s3_uri; CloudFormation takes \
                             no value for it",
                        ),
                    ],
                ),
            ],
        ),
        Argument::block(
            "throughput_config",
            "ThroughputConfig",
            false,
            &[
                Argument::property("throughput_mode", "ThroughputMode"),
                Argument::property("provisioned_read_capacity_units", "ProvisionedReadCapacityUnits"),
                Argument::property("provisioned_write_capacity_units", "ProvisionedWriteCapacityUnits"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("feature_group_name"),
        Attribute::sub("arn", "arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:feature-group/${Self}"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Model Monitor: data quality job definitions and monitoring schedules
// ---------------------------------------------------------------------------------------------

const DATA_QUALITY_JOB_DEFINITION: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_data_quality_job_definition",
    cloudformation: "AWS::SageMaker::DataQualityJobDefinition",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // Optional in CloudFormation too, which then names the job definition itself.
        Argument::property("name", "JobDefinitionName"),
        Argument::property("role_arn", "RoleArn"),
        Argument::block(
            "data_quality_app_specification",
            "DataQualityAppSpecification",
            false,
            &[
                Argument::property("image_uri", "ImageUri"),
                Argument::property("environment", "Environment"),
                Argument::property("post_analytics_processor_source_uri", "PostAnalyticsProcessorSourceUri"),
                Argument::property("record_preprocessor_source_uri", "RecordPreprocessorSourceUri"),
            ],
        ),
        Argument::block("data_quality_baseline_config", "DataQualityBaselineConfig", false, BASELINE_RESOURCES),
        Argument::block(
            "data_quality_job_input",
            "DataQualityJobInput",
            false,
            &[
                Argument::block(
                    "batch_transform_input",
                    "BatchTransformInput",
                    false,
                    &[
                        Argument::property("data_captured_destination_s3_uri", "DataCapturedDestinationS3Uri"),
                        Argument::block("dataset_format", "DatasetFormat", false, DATASET_FORMAT),
                        INPUT_LOCAL_PATH_DEFAULT,
                        Argument::property("local_path", "LocalPath"),
                        Argument::property("s3_data_distribution_type", "S3DataDistributionType"),
                        Argument::property("s3_input_mode", "S3InputMode"),
                    ],
                ),
                Argument::block(
                    "endpoint_input",
                    "EndpointInput",
                    false,
                    &[
                        Argument::property("endpoint_name", "EndpointName"),
                        INPUT_LOCAL_PATH_DEFAULT,
                        Argument::property("local_path", "LocalPath"),
                        Argument::property("s3_data_distribution_type", "S3DataDistributionType"),
                        Argument::property("s3_input_mode", "S3InputMode"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "data_quality_job_output_config",
            "DataQualityJobOutputConfig",
            false,
            &[
                Argument::property("kms_key_id", "KmsKeyId"),
                Argument::block(
                    "monitoring_outputs",
                    "MonitoringOutputs",
                    true,
                    &[Argument::block(
                        "s3_output",
                        "S3Output",
                        false,
                        &[
                            // Terraform's default; CloudFormation requires the path.
                            Argument::new(
                                "local_path",
                                Shape::Value(Transform::Constant("/opt/ml/processing/output")),
                                Target::Fixed("LocalPath"),
                            ),
                            Argument::property("local_path", "LocalPath"),
                            Argument::property("s3_uri", "S3Uri"),
                            Argument::property("s3_upload_mode", "S3UploadMode"),
                        ],
                    )],
                ),
            ],
        ),
        Argument::block("job_resources", "JobResources", false, MONITORING_RESOURCES),
        Argument::block("network_config", "NetworkConfig", false, NETWORK_CONFIG),
        Argument::block("stopping_condition", "StoppingCondition", false, STOPPING_CONDITION),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "JobDefinitionName"),
        Attribute::get_att("name", "JobDefinitionName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// Terraform's default `local_path` of a data quality job's input; CloudFormation requires the path.
/// A `local_path` row after it overwrites it.
const INPUT_LOCAL_PATH_DEFAULT: Argument = Argument::new(
    "local_path",
    Shape::Value(Transform::Constant("/opt/ml/processing/input")),
    Target::Fixed("LocalPath"),
);

/// A baseline's constraints file.
const CONSTRAINTS_RESOURCE: Argument =
    Argument::block("constraints_resource", "ConstraintsResource", false, &[Argument::property("s3_uri", "S3Uri")]);

/// A baseline's statistics file.
const STATISTICS_RESOURCE: Argument =
    Argument::block("statistics_resource", "StatisticsResource", false, &[Argument::property("s3_uri", "S3Uri")]);

/// A baseline's constraints and statistics files.
const BASELINE_RESOURCES: &[Argument] = &[CONSTRAINTS_RESOURCE, STATISTICS_RESOURCE];

/// The format of the data a batch transform job captured.
const DATASET_FORMAT: &[Argument] = &[
    Argument::block("csv", "Csv", false, &[Argument::property("header", "Header")]),
    Argument::block("json", "Json", false, &[Argument::property("line", "Line")]),
];

/// The processing cluster a monitoring job runs on.
const MONITORING_RESOURCES: &[Argument] = &[Argument::block(
    "cluster_config",
    "ClusterConfig",
    false,
    &[
        Argument::property("instance_count", "InstanceCount"),
        Argument::property("instance_type", "InstanceType"),
        Argument::property("volume_kms_key_id", "VolumeKmsKeyId"),
        Argument::property("volume_size_in_gb", "VolumeSizeInGB"),
    ],
)];

/// A monitoring job's network settings.
const NETWORK_CONFIG: &[Argument] = &[
    Argument::property("enable_inter_container_traffic_encryption", "EnableInterContainerTrafficEncryption"),
    Argument::property("enable_network_isolation", "EnableNetworkIsolation"),
    Argument::block(
        "vpc_config",
        "VpcConfig",
        false,
        &[Argument::property("security_group_ids", "SecurityGroupIds"), Argument::property("subnets", "Subnets")],
    ),
];

/// How long a monitoring job may run.
const STOPPING_CONDITION: &[Argument] = &[Argument::property("max_runtime_in_seconds", "MaxRuntimeInSeconds")];

const MONITORING_SCHEDULE: ResourceMapping = ResourceMapping {
    terraform: "aws_sagemaker_monitoring_schedule",
    cloudformation: "AWS::SageMaker::MonitoringSchedule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // Required by CloudFormation; Terraform generates a name when it is absent.
        Argument::property("name", "MonitoringScheduleName"),
        Argument::block(
            "monitoring_schedule_config",
            "MonitoringScheduleConfig",
            false,
            &[
                Argument::property("monitoring_job_definition_name", "MonitoringJobDefinitionName"),
                Argument::property("monitoring_type", "MonitoringType"),
                Argument::block(
                    "schedule_config",
                    "ScheduleConfig",
                    false,
                    &[Argument::property("schedule_expression", "ScheduleExpression")],
                ),
                // A job definition inline instead of by name (provider 6.x).
                Argument::block(
                    "monitoring_job_definition",
                    "MonitoringJobDefinition",
                    false,
                    MONITORING_JOB_DEFINITION,
                ),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "MonitoringScheduleName"),
        Attribute::get_att("name", "MonitoringScheduleName"),
        Attribute::reference("arn"),
    ],
    companions: &[],
};

/// A monitoring schedule's own job definition (provider 6.x).
const MONITORING_JOB_DEFINITION: &[Argument] = &[
    Argument::property("role_arn", "RoleArn"),
    Argument::property("environment", "Environment"),
    Argument::block(
        "baseline",
        "BaselineConfig",
        false,
        &[
            Argument::dropped(
                "baselining_job_name",
                "CloudFormation's monitoring schedules take the baseline's constraints and statistics \
                 files, not the job that made them",
            ),
            CONSTRAINTS_RESOURCE,
            STATISTICS_RESOURCE,
        ],
    ),
    Argument::block(
        "monitoring_app_specification",
        "MonitoringAppSpecification",
        false,
        &[
            Argument::property("image_uri", "ImageUri"),
            Argument::property("container_arguments", "ContainerArguments"),
            Argument::property("container_entrypoint", "ContainerEntrypoint"),
            Argument::property("post_analytics_processor_source_uri", "PostAnalyticsProcessorSourceUri"),
            Argument::property("record_preprocessor_source_uri", "RecordPreprocessorSourceUri"),
        ],
    ),
    // One block in Terraform, a list in CloudFormation.
    Argument::block(
        "monitoring_inputs",
        "MonitoringInputs",
        true,
        &[
            Argument::block(
                "batch_transform_input",
                "BatchTransformInput",
                false,
                &[
                    Argument::property("data_captured_destination_s3_uri", "DataCapturedDestinationS3Uri"),
                    Argument::block("dataset_format", "DatasetFormat", false, DATASET_FORMAT),
                    Argument::property("local_path", "LocalPath"),
                    Argument::property("exclude_features_attribute", "ExcludeFeaturesAttribute"),
                    Argument::property("s3_data_distribution_type", "S3DataDistributionType"),
                    Argument::property("s3_input_mode", "S3InputMode"),
                    START_TIME_OFFSET,
                    END_TIME_OFFSET,
                    FEATURES_ATTRIBUTE,
                    INFERENCE_ATTRIBUTE,
                    PROBABILITY_ATTRIBUTE,
                    PROBABILITY_THRESHOLD_ATTRIBUTE,
                ],
            ),
            Argument::block(
                "endpoint_input",
                "EndpointInput",
                false,
                &[
                    Argument::property("endpoint_name", "EndpointName"),
                    Argument::property("local_path", "LocalPath"),
                    Argument::property("exclude_features_attribute", "ExcludeFeaturesAttribute"),
                    Argument::property("s3_data_distribution_type", "S3DataDistributionType"),
                    Argument::property("s3_input_mode", "S3InputMode"),
                    START_TIME_OFFSET,
                    END_TIME_OFFSET,
                    FEATURES_ATTRIBUTE,
                    INFERENCE_ATTRIBUTE,
                    PROBABILITY_ATTRIBUTE,
                    PROBABILITY_THRESHOLD_ATTRIBUTE,
                ],
            ),
        ],
    ),
    Argument::block(
        "monitoring_output_config",
        "MonitoringOutputConfig",
        false,
        &[
            Argument::property("kms_key_id", "KmsKeyId"),
            Argument::block(
                "monitoring_outputs",
                "MonitoringOutputs",
                true,
                &[Argument::block(
                    "s3_output",
                    "S3Output",
                    false,
                    &[
                        Argument::property("local_path", "LocalPath"),
                        Argument::property("s3_uri", "S3Uri"),
                        Argument::property("s3_upload_mode", "S3UploadMode"),
                    ],
                )],
            ),
        ],
    ),
    Argument::block("monitoring_resources", "MonitoringResources", false, MONITORING_RESOURCES),
    Argument::block("network_config", "NetworkConfig", false, NETWORK_CONFIG),
    // Repeatable in Terraform's schema, a single object in CloudFormation (and in the API).
    Argument::block("stopping_condition", "StoppingCondition", false, STOPPING_CONDITION),
];

// The input settings of model quality, bias and explainability monitoring, which CloudFormation's
// monitoring schedule inputs (data quality) do not have.
const START_TIME_OFFSET: Argument = Argument::dropped("start_time_offset", MODEL_QUALITY_ONLY);
const END_TIME_OFFSET: Argument = Argument::dropped("end_time_offset", MODEL_QUALITY_ONLY);
const FEATURES_ATTRIBUTE: Argument = Argument::dropped("features_attribute", MODEL_QUALITY_ONLY);
const INFERENCE_ATTRIBUTE: Argument = Argument::dropped("inference_attribute", MODEL_QUALITY_ONLY);
const PROBABILITY_ATTRIBUTE: Argument = Argument::dropped("probability_attribute", MODEL_QUALITY_ONLY);
const PROBABILITY_THRESHOLD_ATTRIBUTE: Argument =
    Argument::dropped("probability_threshold_attribute", MODEL_QUALITY_ONLY);

/// Why the model quality input settings are dropped.
const MODEL_QUALITY_ONLY: &str = "CloudFormation's monitoring schedule inputs have no model quality settings; define \
     the job with AWS::SageMaker::ModelQualityJobDefinition and name it in monitoring_job_definition_name";

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
    fn the_policy_merges_into_a_group_of_this_table() {
        let Placement::MergeInto { parent, .. } = MODEL_PACKAGE_GROUP_POLICY.placement else { panic!("a merge") };
        let parent = MAPPINGS.iter().find(|row| row.terraform == parent).expect("parent in this table");
        assert_eq!(parent.cloudformation, MODEL_PACKAGE_GROUP_POLICY.cloudformation);
    }

    #[test]
    fn a_pipeline_definition_stays_json_text() {
        let definition = Expr::map([("Version", Expr::string("2020-12-01")), ("Steps", Expr::List(vec![]))]);
        let body =
            source(vec![("pipeline_name", value(Expr::string("p"))), ("pipeline_definition", value(definition))]);
        let lowered = lower_arguments(&PIPELINE, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let expected = Expr::map([("PipelineDefinitionBody", Expr::string(r#"{"Version":"2020-12-01","Steps":[]}"#))]);
        assert_eq!(lowered.properties.get("PipelineDefinition"), Some(&expected));
    }

    #[test]
    fn a_job_input_gets_terraforms_default_local_path() {
        let endpoint = source(vec![("endpoint_name", value(Expr::string("e")))]);
        let input = source(vec![("endpoint_input", blocks(vec![endpoint]))]);
        let body = source(vec![("data_quality_job_input", blocks(vec![input]))]);
        let lowered = lower_arguments(&DATA_QUALITY_JOB_DEFINITION, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let expected = Expr::map([(
            "EndpointInput",
            Expr::map([("EndpointName", Expr::string("e")), ("LocalPath", Expr::string("/opt/ml/processing/input"))]),
        )]);
        assert_eq!(lowered.properties.get("DataQualityJobInput"), Some(&expected));
    }
}
