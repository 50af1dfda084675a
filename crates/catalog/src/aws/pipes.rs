//! Amazon EventBridge Pipes.
//!
//! `Ref` of an `AWS::Pipes::Pipe` returns its name, Terraform's `id` and `name`; `Fn::GetAtt Arn` its
//! ARN. The source, enrichment and target parameters have the same shape in both, PascalCase in
//! CloudFormation.

use super::rows::TIMEOUTS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target};

/// The table of Pipes types.
pub const MAPPINGS: &[ResourceMapping] = &[PIPE];

const PIPE: ResourceMapping = ResourceMapping {
    terraform: "aws_pipes_pipe",
    cloudformation: "AWS::Pipes::Pipe",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("description", "Description"),
        Argument::property("desired_state", "DesiredState"),
        Argument::property("enrichment", "Enrichment"),
        Argument::property("kms_key_identifier", "KmsKeyIdentifier"),
        Argument::property("name", "Name"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("source", "Source"),
        Argument::property("target", "Target"),
        Argument::block(
            "enrichment_parameters",
            "EnrichmentParameters",
            false,
            &[
                Argument::property("input_template", "InputTemplate"),
                Argument::block(
                    "http_parameters",
                    "HttpParameters",
                    false,
                    &[
                        Argument::property("header_parameters", "HeaderParameters"),
                        Argument::property("path_parameter_values", "PathParameterValues"),
                        Argument::property("query_string_parameters", "QueryStringParameters"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "log_configuration",
            "LogConfiguration",
            false,
            &[
                Argument::property("include_execution_data", "IncludeExecutionData"),
                Argument::property("level", "Level"),
                Argument::block(
                    "cloudwatch_logs_log_destination",
                    "CloudwatchLogsLogDestination",
                    false,
                    &[Argument::property("log_group_arn", "LogGroupArn")],
                ),
                Argument::block(
                    "firehose_log_destination",
                    "FirehoseLogDestination",
                    false,
                    &[Argument::property("delivery_stream_arn", "DeliveryStreamArn")],
                ),
                Argument::block(
                    "s3_log_destination",
                    "S3LogDestination",
                    false,
                    &[
                        Argument::property("bucket_name", "BucketName"),
                        Argument::property("bucket_owner", "BucketOwner"),
                        Argument::property("output_format", "OutputFormat"),
                        Argument::property("prefix", "Prefix"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "source_parameters",
            "SourceParameters",
            false,
            &[
                Argument::block(
                    "activemq_broker_parameters",
                    "ActiveMQBrokerParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("queue_name", "QueueName"),
                        Argument::block(
                            "credentials",
                            "Credentials",
                            false,
                            &[Argument::property("basic_auth", "BasicAuth")],
                        ),
                    ],
                ),
                Argument::block(
                    "dynamodb_stream_parameters",
                    "DynamoDBStreamParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("maximum_record_age_in_seconds", "MaximumRecordAgeInSeconds"),
                        Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
                        Argument::property("on_partial_batch_item_failure", "OnPartialBatchItemFailure"),
                        Argument::property("parallelization_factor", "ParallelizationFactor"),
                        Argument::property("starting_position", "StartingPosition"),
                        Argument::block(
                            "dead_letter_config",
                            "DeadLetterConfig",
                            false,
                            &[Argument::property("arn", "Arn")],
                        ),
                    ],
                ),
                Argument::block(
                    "filter_criteria",
                    "FilterCriteria",
                    false,
                    &[Argument::block("filter", "Filters", true, &[Argument::property("pattern", "Pattern")])],
                ),
                Argument::block(
                    "kinesis_stream_parameters",
                    "KinesisStreamParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("maximum_record_age_in_seconds", "MaximumRecordAgeInSeconds"),
                        Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
                        Argument::property("on_partial_batch_item_failure", "OnPartialBatchItemFailure"),
                        Argument::property("parallelization_factor", "ParallelizationFactor"),
                        Argument::property("starting_position", "StartingPosition"),
                        Argument::property("starting_position_timestamp", "StartingPositionTimestamp"),
                        Argument::block(
                            "dead_letter_config",
                            "DeadLetterConfig",
                            false,
                            &[Argument::property("arn", "Arn")],
                        ),
                    ],
                ),
                Argument::block(
                    "managed_streaming_kafka_parameters",
                    "ManagedStreamingKafkaParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("consumer_group_id", "ConsumerGroupID"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("starting_position", "StartingPosition"),
                        Argument::property("topic_name", "TopicName"),
                        Argument::block(
                            "credentials",
                            "Credentials",
                            false,
                            &[
                                Argument::property("client_certificate_tls_auth", "ClientCertificateTlsAuth"),
                                Argument::property("sasl_scram_512_auth", "SaslScram512Auth"),
                            ],
                        ),
                    ],
                ),
                Argument::block(
                    "rabbitmq_broker_parameters",
                    "RabbitMQBrokerParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("queue_name", "QueueName"),
                        Argument::property("virtual_host", "VirtualHost"),
                        Argument::block(
                            "credentials",
                            "Credentials",
                            false,
                            &[Argument::property("basic_auth", "BasicAuth")],
                        ),
                    ],
                ),
                Argument::block(
                    "self_managed_kafka_parameters",
                    "SelfManagedKafkaParameters",
                    false,
                    &[
                        Argument::property("additional_bootstrap_servers", "AdditionalBootstrapServers"),
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("consumer_group_id", "ConsumerGroupID"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                        Argument::property("server_root_ca_certificate", "ServerRootCaCertificate"),
                        Argument::property("starting_position", "StartingPosition"),
                        Argument::property("topic_name", "TopicName"),
                        Argument::block(
                            "credentials",
                            "Credentials",
                            false,
                            &[
                                Argument::property("basic_auth", "BasicAuth"),
                                Argument::property("client_certificate_tls_auth", "ClientCertificateTlsAuth"),
                                Argument::property("sasl_scram_256_auth", "SaslScram256Auth"),
                                Argument::property("sasl_scram_512_auth", "SaslScram512Auth"),
                            ],
                        ),
                        Argument::block(
                            "vpc",
                            "Vpc",
                            false,
                            &[
                                Argument::property("security_groups", "SecurityGroup"),
                                Argument::property("subnets", "Subnets"),
                            ],
                        ),
                    ],
                ),
                Argument::block(
                    "sqs_queue_parameters",
                    "SqsQueueParameters",
                    false,
                    &[
                        Argument::property("batch_size", "BatchSize"),
                        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "target_parameters",
            "TargetParameters",
            false,
            &[
                Argument::property("input_template", "InputTemplate"),
                Argument::block(
                    "batch_job_parameters",
                    "BatchJobParameters",
                    false,
                    &[
                        Argument::property("job_definition", "JobDefinition"),
                        Argument::property("job_name", "JobName"),
                        Argument::property("parameters", "Parameters"),
                        Argument::block(
                            "array_properties",
                            "ArrayProperties",
                            false,
                            &[Argument::property("size", "Size")],
                        ),
                        Argument::block(
                            "container_overrides",
                            "ContainerOverrides",
                            false,
                            &[
                                Argument::property("command", "Command"),
                                Argument::property("instance_type", "InstanceType"),
                                Argument::block(
                                    "environment",
                                    "Environment",
                                    true,
                                    &[Argument::property("name", "Name"), Argument::property("value", "Value")],
                                ),
                                Argument::block(
                                    "resource_requirement",
                                    "ResourceRequirements",
                                    true,
                                    &[Argument::property("type", "Type"), Argument::property("value", "Value")],
                                ),
                            ],
                        ),
                        Argument::block(
                            "depends_on",
                            "DependsOn",
                            true,
                            &[Argument::property("job_id", "JobId"), Argument::property("type", "Type")],
                        ),
                        Argument::block(
                            "retry_strategy",
                            "RetryStrategy",
                            false,
                            &[Argument::property("attempts", "Attempts")],
                        ),
                    ],
                ),
                Argument::block(
                    "cloudwatch_logs_parameters",
                    "CloudWatchLogsParameters",
                    false,
                    &[
                        Argument::property("log_stream_name", "LogStreamName"),
                        Argument::property("timestamp", "Timestamp"),
                    ],
                ),
                Argument::block(
                    "ecs_task_parameters",
                    "EcsTaskParameters",
                    false,
                    &[
                        Argument::property("enable_ecs_managed_tags", "EnableECSManagedTags"),
                        Argument::property("enable_execute_command", "EnableExecuteCommand"),
                        Argument::property("group", "Group"),
                        Argument::property("launch_type", "LaunchType"),
                        Argument::property("platform_version", "PlatformVersion"),
                        Argument::property("propagate_tags", "PropagateTags"),
                        Argument::property("reference_id", "ReferenceId"),
                        Argument::property("task_count", "TaskCount"),
                        Argument::property("task_definition_arn", "TaskDefinitionArn"),
                        Argument::tag_list("tags", "Tags"),
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
                            "NetworkConfiguration",
                            false,
                            &[Argument::block(
                                "aws_vpc_configuration",
                                "AwsvpcConfiguration",
                                false,
                                &[
                                    Argument::property("assign_public_ip", "AssignPublicIp"),
                                    Argument::property("security_groups", "SecurityGroups"),
                                    Argument::property("subnets", "Subnets"),
                                ],
                            )],
                        ),
                        Argument::block(
                            "overrides",
                            "Overrides",
                            false,
                            &[
                                Argument::property("cpu", "Cpu"),
                                Argument::property("execution_role_arn", "ExecutionRoleArn"),
                                Argument::property("memory", "Memory"),
                                Argument::property("task_role_arn", "TaskRoleArn"),
                                Argument::block(
                                    "container_override",
                                    "ContainerOverrides",
                                    true,
                                    &[
                                        Argument::property("command", "Command"),
                                        Argument::property("cpu", "Cpu"),
                                        Argument::property("memory", "Memory"),
                                        Argument::property("memory_reservation", "MemoryReservation"),
                                        Argument::property("name", "Name"),
                                        Argument::block(
                                            "environment",
                                            "Environment",
                                            true,
                                            &[Argument::property("name", "Name"), Argument::property("value", "Value")],
                                        ),
                                        Argument::block(
                                            "environment_file",
                                            "EnvironmentFiles",
                                            true,
                                            &[Argument::property("type", "Type"), Argument::property("value", "Value")],
                                        ),
                                        Argument::block(
                                            "resource_requirement",
                                            "ResourceRequirements",
                                            true,
                                            &[Argument::property("type", "Type"), Argument::property("value", "Value")],
                                        ),
                                    ],
                                ),
                                Argument::block(
                                    "ephemeral_storage",
                                    "EphemeralStorage",
                                    false,
                                    &[Argument::property("size_in_gib", "SizeInGiB")],
                                ),
                                Argument::block(
                                    "inference_accelerator_override",
                                    "InferenceAcceleratorOverrides",
                                    true,
                                    &[
                                        Argument::property("device_name", "DeviceName"),
                                        Argument::property("device_type", "DeviceType"),
                                    ],
                                ),
                            ],
                        ),
                        Argument::block(
                            "placement_constraint",
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
                    ],
                ),
                Argument::block(
                    "eventbridge_event_bus_parameters",
                    "EventBridgeEventBusParameters",
                    false,
                    &[
                        Argument::property("detail_type", "DetailType"),
                        Argument::property("endpoint_id", "EndpointId"),
                        Argument::property("resources", "Resources"),
                        Argument::property("source", "Source"),
                        Argument::property("time", "Time"),
                    ],
                ),
                Argument::block(
                    "http_parameters",
                    "HttpParameters",
                    false,
                    &[
                        Argument::property("header_parameters", "HeaderParameters"),
                        Argument::property("path_parameter_values", "PathParameterValues"),
                        Argument::property("query_string_parameters", "QueryStringParameters"),
                    ],
                ),
                Argument::block(
                    "kinesis_stream_parameters",
                    "KinesisStreamParameters",
                    false,
                    &[Argument::property("partition_key", "PartitionKey")],
                ),
                Argument::block(
                    "lambda_function_parameters",
                    "LambdaFunctionParameters",
                    false,
                    &[Argument::property("invocation_type", "InvocationType")],
                ),
                Argument::block(
                    "redshift_data_parameters",
                    "RedshiftDataParameters",
                    false,
                    &[
                        Argument::property("database", "Database"),
                        Argument::property("db_user", "DbUser"),
                        Argument::property("secret_manager_arn", "SecretManagerArn"),
                        Argument::property("sqls", "Sqls"),
                        Argument::property("statement_name", "StatementName"),
                        Argument::property("with_event", "WithEvent"),
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
                    "sqs_queue_parameters",
                    "SqsQueueParameters",
                    false,
                    &[
                        Argument::property("message_deduplication_id", "MessageDeduplicationId"),
                        Argument::property("message_group_id", "MessageGroupId"),
                    ],
                ),
                Argument::block(
                    "step_function_state_machine_parameters",
                    "StepFunctionStateMachineParameters",
                    false,
                    &[Argument::property("invocation_type", "InvocationType")],
                ),
            ],
        ),
        NAME_PREFIX,
        // CloudFormation declares a pipe's tags as a map.
        Argument::new("tags", Shape::TagMap, Target::Property("Tags")),
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("source", "source"),
        Attribute::argument("target", "target"),
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
