//! AWS Lambda, beyond functions and permissions: aliases and asynchronous invocation settings.
//!
//! `Ref` of an alias returns its ARN; its name is the last part of that ARN
//! (`arn:aws:lambda:<region>:<account>:function:<function>:<alias>`), so that a reference to it keeps
//! the dependency on the alias.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of further Lambda types.
pub const MAPPINGS: &[ResourceMapping] = &[
    ALIAS,
    FUNCTION_EVENT_INVOKE_CONFIG,
    EVENT_SOURCE_MAPPING,
    PROVISIONED_CONCURRENCY_CONFIG,
    LAYER_VERSION,
    FUNCTION_URL,
    FUNCTION_RECURSION_CONFIG,
    CODE_SIGNING_CONFIG,
];

const ALIAS: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_alias",
    cloudformation: "AWS::Lambda::Alias",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("function_name", "FunctionName"),
        Argument::property("function_version", "FunctionVersion"),
        Argument::block(
            "routing_config",
            "RoutingConfig",
            false,
            // `{version = weight}` -> `[{FunctionVersion, FunctionWeight}]`.
            &[Argument::transformed(
                "additional_version_weights",
                Transform::EntryList { key: "FunctionVersion", value: "FunctionWeight" },
                "AdditionalVersionWeights",
            )],
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute { name: "name", value: AttributeValue::Part { attribute: "AliasArn", delimiter: ":", index: 7 } },
        Attribute::sub(
            "invoke_arn",
            "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Self}/invocations",
        ),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("function_version", "function_version"),
    ],
    companions: &[],
};

const DESTINATION: &[Argument] = &[Argument::property("destination", "Destination")];

const FUNCTION_EVENT_INVOKE_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_function_event_invoke_config",
    cloudformation: "AWS::Lambda::EventInvokeConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("function_name", "FunctionName"),
        // Required by CloudFormation: Terraform's unqualified function is `$LATEST`.
        Argument::property("qualifier", "Qualifier"),
        Argument::property("maximum_event_age_in_seconds", "MaximumEventAgeInSeconds"),
        Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
        Argument::block(
            "destination_config",
            "DestinationConfig",
            false,
            &[
                Argument::block("on_failure", "OnFailure", false, DESTINATION),
                Argument::block("on_success", "OnSuccess", false, DESTINATION),
            ],
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("qualifier", "qualifier"),
    ],
    companions: &[],
};

/// A Kafka source's schema registry (provider 6.x).
const SCHEMA_REGISTRY: Argument = Argument::block(
    "schema_registry_config",
    "SchemaRegistryConfig",
    false,
    &[
        Argument::block(
            "access_config",
            "AccessConfigs",
            true,
            &[Argument::property("type", "Type"), Argument::property("uri", "URI")],
        ),
        Argument::property("event_record_format", "EventRecordFormat"),
        Argument::property("schema_registry_uri", "SchemaRegistryURI"),
        Argument::block(
            "schema_validation_config",
            "SchemaValidationConfigs",
            true,
            &[Argument::property("attribute", "Attribute")],
        ),
    ],
);

const KAFKA_SOURCE: &[Argument] = &[Argument::property("consumer_group_id", "ConsumerGroupId"), SCHEMA_REGISTRY];

/// `Ref` of an event source mapping returns its UUID, Terraform's `id` and `uuid`.
const EVENT_SOURCE_MAPPING: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_event_source_mapping",
    cloudformation: "AWS::Lambda::EventSourceMapping",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("function_name", "FunctionName"),
        Argument::property("event_source_arn", "EventSourceArn"),
        Argument::property("batch_size", "BatchSize"),
        Argument::property("bisect_batch_on_function_error", "BisectBatchOnFunctionError"),
        Argument::property("enabled", "Enabled"),
        Argument::property("function_response_types", "FunctionResponseTypes"),
        Argument::property("kms_key_arn", "KmsKeyArn"),
        Argument::property("maximum_batching_window_in_seconds", "MaximumBatchingWindowInSeconds"),
        Argument::property("maximum_record_age_in_seconds", "MaximumRecordAgeInSeconds"),
        Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
        Argument::property("parallelization_factor", "ParallelizationFactor"),
        Argument::property("queues", "Queues"),
        Argument::property("starting_position", "StartingPosition"),
        Argument::dropped(
            "starting_position_timestamp",
            "CloudFormation takes the timestamp as Unix seconds (StartingPositionTimestamp), not RFC 3339 text; set it there",
        ),
        Argument::property("topics", "Topics"),
        Argument::property("tumbling_window_in_seconds", "TumblingWindowInSeconds"),
        Argument::dropped(
            "use_resource_timeout_for_propagation",
            "how long Terraform retries while IAM changes propagate; CloudFormation retries on its own",
        ),
        TAGS,
        TAGS_ALL,
        Argument::block("amazon_managed_kafka_event_source_config", "AmazonManagedKafkaEventSourceConfig", false, KAFKA_SOURCE),
        Argument::block("self_managed_kafka_event_source_config", "SelfManagedKafkaEventSourceConfig", false, KAFKA_SOURCE),
        Argument::block(
            "destination_config",
            "DestinationConfig",
            false,
            &[Argument::block(
                "on_failure",
                "OnFailure",
                false,
                &[Argument::property("destination_arn", "Destination")],
            )],
        ),
        Argument::block(
            "document_db_event_source_config",
            "DocumentDBEventSourceConfig",
            false,
            &[
                Argument::property("collection_name", "CollectionName"),
                Argument::property("database_name", "DatabaseName"),
                Argument::property("full_document", "FullDocument"),
            ],
        ),
        Argument::block(
            "filter_criteria",
            "FilterCriteria",
            false,
            &[Argument::block("filter", "Filters", true, &[Argument::property("pattern", "Pattern")])],
        ),
        Argument::block("metrics_config", "MetricsConfig", false, &[Argument::property("metrics", "Metrics")]),
        Argument::block(
            "provisioned_poller_config",
            "ProvisionedPollerConfig",
            false,
            &[
                Argument::property("maximum_pollers", "MaximumPollers"),
                Argument::property("minimum_pollers", "MinimumPollers"),
                Argument::property("poller_group_name", "PollerGroupName"),
            ],
        ),
        Argument::block(
            "scaling_config",
            "ScalingConfig",
            false,
            &[Argument::property("maximum_concurrency", "MaximumConcurrency")],
        ),
        Argument::dropped(
            "self_managed_event_source",
            "Terraform's endpoints map holds the brokers as one comma-separated string; write them as the list \
             SelfManagedEventSource.Endpoints.KafkaBootstrapServers",
        ),
        Argument::block(
            "source_access_configuration",
            "SourceAccessConfigurations",
            true,
            &[Argument::property("type", "Type"), Argument::property("uri", "URI")],
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("uuid"),
        Attribute::get_att("arn", "EventSourceMappingArn"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("event_source_arn", "event_source_arn"),
    ],
    companions: &[],
};

/// Provisioned concurrency is a property of the alias (or version) it is configured on: merged into
/// the alias that `qualifier` refers to.
const PROVISIONED_CONCURRENCY_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_provisioned_concurrency_config",
    cloudformation: "AWS::Lambda::Alias",
    when: None,
    placement: Placement::MergeInto { parent: "aws_lambda_alias", link: "qualifier" },
    arguments: &[
        Argument::link("qualifier"),
        Argument::new(
            "function_name",
            Shape::Value(Transform::None),
            Target::Implied("the alias the configuration is merged into already names its function"),
        ),
        Argument::property(
            "provisioned_concurrent_executions",
            "ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions",
        ),
        Argument::dropped(
            "skip_destroy",
            "the setting belongs to the alias and goes with it; keep the alias with a DeletionPolicy of Retain",
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "function_name"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("qualifier", "qualifier"),
    ],
    companions: &[],
};

/// `Ref` of a layer version returns its ARN (with the version number), Terraform's `id` and `arn`.
const LAYER_VERSION: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_layer_version",
    cloudformation: "AWS::Lambda::LayerVersion",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("layer_name", "LayerName"),
        Argument::property("description", "Description"),
        Argument::property("license_info", "LicenseInfo"),
        Argument::property("compatible_architectures", "CompatibleArchitectures"),
        Argument::property("compatible_runtimes", "CompatibleRuntimes"),
        Argument::property("s3_bucket", "Content.S3Bucket"),
        Argument::property("s3_key", "Content.S3Key"),
        Argument::property("s3_object_version", "Content.S3ObjectVersion"),
        Argument::dropped(
            "filename",
            "CloudFormation publishes layers from S3 only: upload the archive to S3 and set s3_bucket/s3_key",
        ),
        Argument::dropped(
            "source_code_hash",
            "CloudFormation publishes a new version when s3_key or s3_object_version changes; give each archive a new key",
        ),
        Argument::dropped(
            "skip_destroy",
            "keep old layer versions with the resource's UpdateReplacePolicy and DeletionPolicy of Retain",
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::argument("layer_name", "layer_name"),
        // `arn:...:layer:<name>:<version>`: the layer's ARN is the version's without the last part.
        Attribute { name: "version", value: AttributeValue::Part { attribute: "LayerVersionArn", delimiter: ":", index: 7 } },
    ],
    companions: &[],
};

/// `Ref` of a function URL returns the function's ARN; the URL itself is `Fn::GetAtt FunctionUrl`.
const FUNCTION_URL: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_function_url",
    cloudformation: "AWS::Lambda::Url",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("function_name", "TargetFunctionArn"),
        Argument::property("authorization_type", "AuthType"),
        Argument::property("invoke_mode", "InvokeMode"),
        Argument::property("qualifier", "Qualifier"),
        Argument::block(
            "cors",
            "Cors",
            false,
            &[
                Argument::property("allow_credentials", "AllowCredentials"),
                Argument::property("allow_headers", "AllowHeaders"),
                Argument::property("allow_methods", "AllowMethods"),
                Argument::property("allow_origins", "AllowOrigins"),
                Argument::property("expose_headers", "ExposeHeaders"),
                Argument::property("max_age", "MaxAge"),
            ],
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "function_name"),
        Attribute::get_att("function_url", "FunctionUrl"),
        Attribute::get_att("function_arn", "FunctionArn"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("qualifier", "qualifier"),
    ],
    companions: &[],
};

/// Recursive loop detection is the function's `RecursiveLoop`.
const FUNCTION_RECURSION_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_function_recursion_config",
    cloudformation: "AWS::Lambda::Function",
    when: None,
    placement: Placement::MergeInto { parent: "aws_lambda_function", link: "function_name" },
    arguments: &[Argument::link("function_name"), Argument::property("recursive_loop", "RecursiveLoop"), REGION],
    attributes: &[
        Attribute::argument("id", "function_name"),
        Attribute::argument("function_name", "function_name"),
        Attribute::argument("recursive_loop", "recursive_loop"),
    ],
    companions: &[],
};

/// `Ref` of a code signing configuration returns its ARN.
const CODE_SIGNING_CONFIG: ResourceMapping = ResourceMapping {
    terraform: "aws_lambda_code_signing_config",
    cloudformation: "AWS::Lambda::CodeSigningConfig",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("description", "Description"),
        Argument::block(
            "allowed_publishers",
            "AllowedPublishers",
            false,
            &[Argument::property("signing_profile_version_arns", "SigningProfileVersionArns")],
        ),
        Argument::block(
            "policies",
            "CodeSigningPolicies",
            false,
            &[Argument::property("untrusted_artifact_on_deployment", "UntrustedArtifactOnDeployment")],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::get_att("config_id", "CodeSigningConfigId"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::{attribute_expr, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn an_alias_name_keeps_the_dependency_on_the_alias() {
        let name = attribute_expr(row("aws_lambda_alias"), "Live", "name", &|_| None);
        assert_eq!(
            name,
            Some(Expr::Select {
                index: Box::new(Expr::int(7)),
                list: Box::new(Expr::Split {
                    delimiter: ":".into(),
                    source: Box::new(Expr::get_att("Live", "AliasArn"))
                }),
            })
        );
        let weights = source(vec![("additional_version_weights", value(map(vec![("2", Expr::int(1))])))]);
        let body = source(vec![
            ("name", value(s("live"))),
            ("function_version", value(s("1"))),
            ("routing_config", blocks(vec![weights])),
        ]);
        let lowered = lower_arguments(row("aws_lambda_alias"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Name", s("live")),
                ("FunctionVersion", s("1")),
                (
                    "RoutingConfig",
                    map(vec![(
                        "AdditionalVersionWeights",
                        Expr::List(vec![map(vec![("FunctionVersion", s("2")), ("FunctionWeight", s("1"))])]),
                    )]),
                ),
            ])
        );
    }
}
