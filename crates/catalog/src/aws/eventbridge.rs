//! Amazon EventBridge (Terraform's `aws_cloudwatch_event_*`): event buses and their permissions,
//! rules with their targets, connections, API destinations and archives.
//!
//! A target is an element of its rule's `Targets` in CloudFormation: `aws_cloudwatch_event_target`
//! is merged into the `aws_cloudwatch_event_rule` its `rule` argument refers to. `Ref` of a bus,
//! connection, API destination and archive returns its name; a rule's name is `Fn::GetAtt RuleName`.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The EventBridge table.
pub const MAPPINGS: &[ResourceMapping] =
    &[EVENT_BUS, EVENT_PERMISSION, EVENT_RULE, EVENT_TARGET, EVENT_CONNECTION, EVENT_API_DESTINATION, EVENT_ARCHIVE];

const FORCE_DESTROY: &str = "CloudFormation deletes a rule's managed targets with the stack; there is nothing to force";

// ---------------------------------------------------------------------------------------------
// Buses and their permissions
// ---------------------------------------------------------------------------------------------

const EVENT_BUS: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_bus",
    cloudformation: "AWS::Events::EventBus",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("event_source_name", "EventSourceName"),
        Argument::property("kms_key_identifier", "KmsKeyIdentifier"),
        Argument::block("dead_letter_config", "DeadLetterConfig", false, &[Argument::property("arn", "Arn")]),
        // Block of the provider's 6.x releases.
        Argument::block(
            "log_config",
            "LogConfig",
            false,
            &[Argument::property("include_detail", "IncludeDetail"), Argument::property("level", "Level")],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

const EVENT_PERMISSION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_permission",
    cloudformation: "AWS::Events::EventBusPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("event_bus_name", "EventBusName"),
        Argument::property("statement_id", "StatementId"),
        Argument::property("action", "Action"),
        Argument::property("principal", "Principal"),
        Argument::block(
            "condition",
            "Condition",
            false,
            &[
                Argument::property("key", "Key"),
                Argument::property("type", "Type"),
                Argument::property("value", "Value"),
            ],
        ),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "statement_id"),
        Attribute::argument("statement_id", "statement_id"),
        Attribute::argument("event_bus_name", "event_bus_name"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Rules and targets
// ---------------------------------------------------------------------------------------------

const EVENT_RULE: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_rule",
    cloudformation: "AWS::Events::Rule",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("description", "Description"),
        Argument::property("event_bus_name", "EventBusName"),
        Argument::json("event_pattern", "EventPattern"),
        Argument::property("schedule_expression", "ScheduleExpression"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("state", "State"),
        // Deprecated for `state`.
        Argument::transformed("is_enabled", Transform::Lookup(&[("true", "ENABLED"), ("false", "DISABLED")]), "State"),
        Argument::dropped("force_destroy", FORCE_DESTROY),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "RuleName"),
        Attribute::get_att("name", "RuleName"),
        Attribute::get_att("arn", "Arn"),
    ],
    companions: &[],
};

const ECS_TARGET: &[Argument] = &[
    Argument::property("task_definition_arn", "TaskDefinitionArn"),
    Argument::property("task_count", "TaskCount"),
    Argument::property("launch_type", "LaunchType"),
    Argument::property("platform_version", "PlatformVersion"),
    Argument::property("group", "Group"),
    Argument::property("enable_ecs_managed_tags", "EnableECSManagedTags"),
    Argument::property("enable_execute_command", "EnableExecuteCommand"),
    Argument::property("propagate_tags", "PropagateTags"),
    Argument::tag_list("tags", "TagList"),
    Argument::block(
        "capacity_provider_strategy",
        "CapacityProviderStrategy",
        true,
        &[
            Argument::property("capacity_provider", "CapacityProvider"),
            Argument::property("base", "Base"),
            Argument::property("weight", "Weight"),
        ],
    ),
    Argument::block(
        "network_configuration",
        "NetworkConfiguration.AwsVpcConfiguration",
        false,
        &[
            Argument::property("subnets", "Subnets"),
            Argument::property("security_groups", "SecurityGroups"),
            Argument::transformed(
                "assign_public_ip",
                Transform::Lookup(&[("true", "ENABLED"), ("false", "DISABLED")]),
                "AssignPublicIp",
            ),
        ],
    ),
    Argument::block(
        "ordered_placement_strategy",
        "PlacementStrategies",
        true,
        &[Argument::property("type", "Type"), Argument::property("field", "Field")],
    ),
    Argument::block(
        "placement_constraint",
        "PlacementConstraints",
        true,
        &[Argument::property("type", "Type"), Argument::property("expression", "Expression")],
    ),
];

/// An argument written into the one element of the rule's `Targets` that a target contributes.
const fn element(name: &'static str, property: &'static str) -> Argument {
    Argument::new(name, Shape::Value(Transform::None), Target::Element { list: "Targets", property })
}

/// A nested block written into the target's element.
const fn element_block(
    name: &'static str,
    property: &'static str,
    list: bool,
    arguments: &'static [Argument],
) -> Argument {
    Argument::new(name, Shape::Block { list, arguments }, Target::Element { list: "Targets", property })
}

const EVENT_TARGET: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_target",
    cloudformation: "AWS::Events::Rule",
    when: None,
    placement: Placement::MergeInto { parent: "aws_cloudwatch_event_rule", link: "rule" },
    arguments: &[
        Argument::link("rule"),
        Argument::new(
            "event_bus_name",
            Shape::Value(Transform::None),
            Target::Implied("the target is written into its rule, which already names the event bus"),
        ),
        // Required by CloudFormation; Terraform generates one when it is absent.
        element("target_id", "Id"),
        element("arn", "Arn"),
        element("role_arn", "RoleArn"),
        element("input", "Input"),
        element("input_path", "InputPath"),
        element_block(
            "input_transformer",
            "InputTransformer",
            false,
            &[
                Argument::property("input_paths", "InputPathsMap"),
                Argument::property("input_template", "InputTemplate"),
            ],
        ),
        element_block("dead_letter_config", "DeadLetterConfig", false, &[Argument::property("arn", "Arn")]),
        element_block(
            "retry_policy",
            "RetryPolicy",
            false,
            &[
                Argument::property("maximum_event_age_in_seconds", "MaximumEventAgeInSeconds"),
                Argument::property("maximum_retry_attempts", "MaximumRetryAttempts"),
            ],
        ),
        element_block(
            "appsync_target",
            "AppSyncParameters",
            false,
            &[Argument::property("graphql_operation", "GraphQLOperation")],
        ),
        element_block(
            "batch_target",
            "BatchParameters",
            false,
            &[
                Argument::property("job_definition", "JobDefinition"),
                Argument::property("job_name", "JobName"),
                Argument::property("array_size", "ArrayProperties.Size"),
                Argument::property("job_attempts", "RetryStrategy.Attempts"),
            ],
        ),
        element_block("ecs_target", "EcsParameters", false, ECS_TARGET),
        element_block(
            "http_target",
            "HttpParameters",
            false,
            &[
                Argument::property("header_parameters", "HeaderParameters"),
                Argument::property("path_parameter_values", "PathParameterValues"),
                Argument::property("query_string_parameters", "QueryStringParameters"),
            ],
        ),
        element_block(
            "kinesis_target",
            "KinesisParameters",
            false,
            &[Argument::property("partition_key_path", "PartitionKeyPath")],
        ),
        element_block(
            "redshift_target",
            "RedshiftDataParameters",
            false,
            &[
                Argument::property("database", "Database"),
                Argument::property("db_user", "DbUser"),
                Argument::property("secrets_manager_arn", "SecretManagerArn"),
                Argument::property("sql", "Sql"),
                Argument::property("statement_name", "StatementName"),
                Argument::property("with_event", "WithEvent"),
            ],
        ),
        element_block(
            "run_command_targets",
            "RunCommandParameters.RunCommandTargets",
            true,
            &[Argument::property("key", "Key"), Argument::property("values", "Values")],
        ),
        element_block(
            "sagemaker_pipeline_target",
            "SageMakerPipelineParameters",
            false,
            &[Argument::block(
                "pipeline_parameter_list",
                "PipelineParameterList",
                true,
                &[Argument::property("name", "Name"), Argument::property("value", "Value")],
            )],
        ),
        element_block(
            "sqs_target",
            "SqsParameters",
            false,
            &[Argument::property("message_group_id", "MessageGroupId")],
        ),
        Argument::dropped("force_destroy", FORCE_DESTROY),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "target_id"),
        Attribute::argument("target_id", "target_id"),
        Attribute::argument("rule", "rule"),
        Attribute::argument("arn", "arn"),
    ],
    companions: &[],
};

// ---------------------------------------------------------------------------------------------
// Connections, API destinations and archives
// ---------------------------------------------------------------------------------------------

/// `body`, `header` and `query_string` blocks: `{Key, Value, IsValueSecret}` parameters.
const HTTP_PARAMETER: &[Argument] = &[
    Argument::property("key", "Key"),
    Argument::property("value", "Value"),
    Argument::property("is_value_secret", "IsValueSecret"),
];

const HTTP_PARAMETERS: &[Argument] = &[
    Argument::block("body", "BodyParameters", true, HTTP_PARAMETER),
    Argument::block("header", "HeaderParameters", true, HTTP_PARAMETER),
    Argument::block("query_string", "QueryStringParameters", true, HTTP_PARAMETER),
];

/// `resource_parameters`: the VPC Lattice resource configuration a connection reaches.
const RESOURCE_PARAMETERS: &[Argument] = &[Argument::block(
    "resource_parameters",
    "ResourceParameters",
    false,
    &[Argument::property("resource_configuration_arn", "ResourceConfigurationArn")],
)];

const EVENT_CONNECTION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_connection",
    cloudformation: "AWS::Events::Connection",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("authorization_type", "AuthorizationType"),
        Argument::property("kms_key_identifier", "KmsKeyIdentifier"),
        Argument::block(
            "auth_parameters",
            "AuthParameters",
            false,
            &[
                Argument::block(
                    "api_key",
                    "ApiKeyAuthParameters",
                    false,
                    &[Argument::property("key", "ApiKeyName"), Argument::property("value", "ApiKeyValue")],
                ),
                Argument::block(
                    "basic",
                    "BasicAuthParameters",
                    false,
                    &[Argument::property("username", "Username"), Argument::property("password", "Password")],
                ),
                Argument::block(
                    "oauth",
                    "OAuthParameters",
                    false,
                    &[
                        Argument::property("authorization_endpoint", "AuthorizationEndpoint"),
                        Argument::property("http_method", "HttpMethod"),
                        Argument::block(
                            "client_parameters",
                            "ClientParameters",
                            false,
                            &[
                                Argument::property("client_id", "ClientID"),
                                Argument::property("client_secret", "ClientSecret"),
                            ],
                        ),
                        Argument::block("oauth_http_parameters", "OAuthHttpParameters", false, HTTP_PARAMETERS),
                    ],
                ),
                Argument::block("invocation_http_parameters", "InvocationHttpParameters", false, HTTP_PARAMETERS),
                // Block of the provider's 6.x releases.
                Argument::block("connectivity_parameters", "ConnectivityParameters", false, RESOURCE_PARAMETERS),
            ],
        ),
        Argument::block(
            "invocation_connectivity_parameters",
            "InvocationConnectivityParameters",
            false,
            RESOURCE_PARAMETERS,
        ),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("secret_arn", "SecretArn"),
    ],
    companions: &[],
};

const EVENT_API_DESTINATION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_api_destination",
    cloudformation: "AWS::Events::ApiDestination",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("description", "Description"),
        Argument::property("connection_arn", "ConnectionArn"),
        Argument::property("http_method", "HttpMethod"),
        Argument::property("invocation_endpoint", "InvocationEndpoint"),
        Argument::property("invocation_rate_limit_per_second", "InvocationRateLimitPerSecond"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

const EVENT_ARCHIVE: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_event_archive",
    cloudformation: "AWS::Events::Archive",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "ArchiveName"),
        Argument::property("description", "Description"),
        Argument::property("event_source_arn", "SourceArn"),
        Argument::json("event_pattern", "EventPattern"),
        Argument::property("retention_days", "RetentionDays"),
        // Argument of the provider's 6.x releases.
        Argument::property("kms_key_identifier", "KmsKeyIdentifier"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("name"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_target_is_one_element_of_its_rule_targets() {
        let body = source(vec![
            ("rule", value(Expr::get_att("Rule", "RuleName"))),
            ("target_id", value(s("queue"))),
            ("arn", value(Expr::get_att("Queue", "Arn"))),
            ("sqs_target", blocks(vec![source(vec![("message_group_id", value(s("g")))])])),
            (
                "input_transformer",
                blocks(vec![source(vec![
                    ("input_paths", value(map(vec![("id", s("$.id"))]))),
                    ("input_template", value(s("{\"id\": <id>}"))),
                ])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_cloudwatch_event_target"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "Targets",
                Expr::List(vec![map(vec![
                    ("Id", s("queue")),
                    ("Arn", Expr::get_att("Queue", "Arn")),
                    (
                        "InputTransformer",
                        map(vec![
                            ("InputPathsMap", map(vec![("id", s("$.id"))])),
                            ("InputTemplate", s("{\"id\": <id>}")),
                        ]),
                    ),
                    ("SqsParameters", map(vec![("MessageGroupId", s("g"))])),
                ])]),
            )])
        );
    }

    #[test]
    fn a_rule_pattern_is_an_object_and_is_enabled_a_state() {
        let body = source(vec![
            ("event_pattern", value(s(r#"{"source":["aws.ec2"]}"#))),
            ("is_enabled", value(Expr::Bool(false))),
            ("force_destroy", value(Expr::Bool(true))),
        ]);
        let lowered = lower_arguments(row("aws_cloudwatch_event_rule"), &body);
        assert_eq!(codes(&lowered), vec!["catalog::dropped-argument"]);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("EventPattern", map(vec![("source", Expr::List(vec![s("aws.ec2")]))])),
                ("State", s("DISABLED")),
            ])
        );
    }
}
