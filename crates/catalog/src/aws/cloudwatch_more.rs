//! Amazon CloudWatch Logs, beyond log groups: log streams and metric filters.
//!
//! `Ref` of a log stream and of a metric filter returns its name.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of further CloudWatch types.
pub const MAPPINGS: &[ResourceMapping] = &[
    LOG_STREAM,
    LOG_METRIC_FILTER,
    COMPOSITE_ALARM,
    LOG_SUBSCRIPTION_FILTER,
    QUERY_DEFINITION,
    LOG_DATA_PROTECTION_POLICY,
    LOG_ANOMALY_DETECTOR,
    LOG_ACCOUNT_POLICY,
    METRIC_STREAM,
    LOG_DELIVERY_SOURCE,
    LOG_DELIVERY_DESTINATION,
    LOG_DELIVERY,
];

const LOG_STREAM: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_stream",
    cloudformation: "AWS::Logs::LogStream",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "LogStreamName"),
        Argument::property("log_group_name", "LogGroupName"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::argument("log_group_name", "log_group_name"),
    ],
    companions: &[],
};

const LOG_METRIC_FILTER: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_metric_filter",
    cloudformation: "AWS::Logs::MetricFilter",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "FilterName"),
        Argument::property("log_group_name", "LogGroupName"),
        Argument::property("pattern", "FilterPattern"),
        Argument::block(
            "metric_transformation",
            "MetricTransformations",
            true,
            &[
                Argument::property("name", "MetricName"),
                Argument::property("namespace", "MetricNamespace"),
                Argument::property("value", "MetricValue"),
                Argument::property("default_value", "DefaultValue"),
                Argument::property("unit", "Unit"),
                // `{name = "$.field"}` -> `[{Key, Value}]`.
                Argument::transformed("dimensions", Transform::EntryList { key: "Key", value: "Value" }, "Dimensions"),
            ],
        ),
        // Argument of the provider's 6.x releases.
        Argument::property("apply_on_transformed_logs", "ApplyOnTransformedLogs"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::argument("log_group_name", "log_group_name"),
    ],
    companions: &[],
};

/// `Ref` of a composite alarm returns its name, Terraform's `id`.
const COMPOSITE_ALARM: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_composite_alarm",
    cloudformation: "AWS::CloudWatch::CompositeAlarm",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("alarm_name", "AlarmName"),
        Argument::property("alarm_rule", "AlarmRule"),
        Argument::property("alarm_description", "AlarmDescription"),
        Argument::property("actions_enabled", "ActionsEnabled"),
        Argument::property("alarm_actions", "AlarmActions"),
        Argument::property("insufficient_data_actions", "InsufficientDataActions"),
        Argument::property("ok_actions", "OKActions"),
        // CloudFormation spells the suppressor's fields at the top level.
        Argument::flatten(
            "actions_suppressor",
            &[
                Argument::property("alarm", "ActionsSuppressor"),
                Argument::property("extension_period", "ActionsSuppressorExtensionPeriod"),
                Argument::property("wait_period", "ActionsSuppressorWaitPeriod"),
            ],
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("alarm_name", "alarm_name"),
    ],
    companions: &[],
};

const LOG_SUBSCRIPTION_FILTER: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_subscription_filter",
    cloudformation: "AWS::Logs::SubscriptionFilter",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "FilterName"),
        Argument::property("log_group_name", "LogGroupName"),
        Argument::property("destination_arn", "DestinationArn"),
        Argument::property("filter_pattern", "FilterPattern"),
        Argument::property("distribution", "Distribution"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("apply_on_transformed_logs", "ApplyOnTransformedLogs"),
        Argument::property("emit_system_fields", "EmitSystemFields"),
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::argument("name", "name"),
        Attribute::argument("log_group_name", "log_group_name"),
    ],
    companions: &[],
};

/// `Ref` of a query definition returns its ID, Terraform's `id` and `query_definition_id`.
const QUERY_DEFINITION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_query_definition",
    cloudformation: "AWS::Logs::QueryDefinition",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("query_string", "QueryString"),
        Argument::property("log_group_names", "LogGroupNames"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("query_definition_id")],
    companions: &[],
};

/// A log group's data protection policy is its `DataProtectionPolicy`.
const LOG_DATA_PROTECTION_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_data_protection_policy",
    cloudformation: "AWS::Logs::LogGroup",
    when: None,
    placement: Placement::MergeInto { parent: "aws_cloudwatch_log_group", link: "log_group_name" },
    arguments: &[Argument::link("log_group_name"), Argument::json("policy_document", "DataProtectionPolicy"), REGION],
    attributes: &[Attribute::argument("id", "log_group_name"), Attribute::argument("log_group_name", "log_group_name")],
    companions: &[],
};

/// `Ref` of a log anomaly detector returns its ARN.
const LOG_ANOMALY_DETECTOR: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_anomaly_detector",
    cloudformation: "AWS::Logs::LogAnomalyDetector",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("detector_name", "DetectorName"),
        Argument::property("log_group_arn_list", "LogGroupArnList"),
        Argument::property("anomaly_visibility_time", "AnomalyVisibilityTime"),
        Argument::property("evaluation_frequency", "EvaluationFrequency"),
        Argument::property("filter_pattern", "FilterPattern"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::dropped(
            "enabled",
            "CloudFormation's anomaly detector is always active; delete the resource to stop it",
        ),
        Argument::dropped("tags", "CloudFormation's AWS::Logs::LogAnomalyDetector takes no tags"),
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("arn")],
    companions: &[],
};

const LOG_ACCOUNT_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_account_policy",
    cloudformation: "AWS::Logs::AccountPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("policy_name", "PolicyName"),
        Argument::property("policy_type", "PolicyType"),
        Argument::new("policy_document", Shape::JsonText, Target::Property("PolicyDocument")),
        Argument::property("scope", "Scope"),
        Argument::property("selection_criteria", "SelectionCriteria"),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "policy_name"),
        Attribute::argument("policy_name", "policy_name"),
        Attribute::argument("policy_type", "policy_type"),
    ],
    companions: &[],
};

const METRIC_STREAM_FILTER: &[Argument] =
    &[Argument::property("namespace", "Namespace"), Argument::property("metric_names", "MetricNames")];

/// `Ref` of a metric stream returns its name, Terraform's `id`.
const METRIC_STREAM: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_metric_stream",
    cloudformation: "AWS::CloudWatch::MetricStream",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        NAME_PREFIX,
        Argument::property("firehose_arn", "FirehoseArn"),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("output_format", "OutputFormat"),
        Argument::property("include_linked_accounts_metrics", "IncludeLinkedAccountsMetrics"),
        Argument::block("include_filter", "IncludeFilters", true, METRIC_STREAM_FILTER),
        Argument::block("exclude_filter", "ExcludeFilters", true, METRIC_STREAM_FILTER),
        Argument::block(
            "statistics_configuration",
            "StatisticsConfigurations",
            true,
            &[
                Argument::property("additional_statistics", "AdditionalStatistics"),
                Argument::block(
                    "include_metric",
                    "IncludeMetrics",
                    true,
                    &[Argument::property("metric_name", "MetricName"), Argument::property("namespace", "Namespace")],
                ),
            ],
        ),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("creation_date", "CreationDate"),
        Attribute::get_att("last_update_date", "LastUpdateDate"),
        Attribute::get_att("state", "State"),
    ],
    companions: &[],
};

/// `Ref` of a delivery source returns its name.
const LOG_DELIVERY_SOURCE: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_delivery_source",
    cloudformation: "AWS::Logs::DeliverySource",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("log_type", "LogType"),
        Argument::property("resource_arn", "ResourceArn"),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("service", "Service"),
    ],
    companions: &[],
};

/// `Ref` of a delivery destination returns its name.
const LOG_DELIVERY_DESTINATION: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_delivery_destination",
    cloudformation: "AWS::Logs::DeliveryDestination",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "Name"),
        Argument::property("output_format", "OutputFormat"),
        Argument::property("delivery_destination_type", "DeliveryDestinationType"),
        Argument::flatten(
            "delivery_destination_configuration",
            &[Argument::property("destination_resource_arn", "DestinationResourceArn")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        Attribute::get_att("arn", "Arn"),
        Attribute::argument("delivery_destination_type", "delivery_destination_type"),
    ],
    companions: &[],
};

/// `Ref` of a delivery returns its ID, Terraform's `id`.
const LOG_DELIVERY: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_delivery",
    cloudformation: "AWS::Logs::Delivery",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("delivery_source_name", "DeliverySourceName"),
        Argument::property("delivery_destination_arn", "DeliveryDestinationArn"),
        Argument::property("field_delimiter", "FieldDelimiter"),
        Argument::property("record_fields", "RecordFields"),
        Argument::flatten(
            "s3_delivery_configuration",
            &[
                Argument::property("enable_hive_compatible_path", "S3EnableHiveCompatiblePath"),
                Argument::property("suffix_path", "S3SuffixPath"),
            ],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::get_att("arn", "Arn")],
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
    fn a_metric_transformation_is_a_one_element_list_with_key_value_dimensions() {
        let transformation = source(vec![
            ("name", value(s("Errors"))),
            ("namespace", value(s("App"))),
            ("value", value(s("1"))),
            ("dimensions", value(map(vec![("Service", s("$.service"))]))),
        ]);
        let body =
            source(vec![("pattern", value(s("ERROR"))), ("metric_transformation", blocks(vec![transformation]))]);
        let lowered = lower_arguments(row("aws_cloudwatch_log_metric_filter"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("FilterPattern", s("ERROR")),
                (
                    "MetricTransformations",
                    Expr::List(vec![map(vec![
                        ("MetricName", s("Errors")),
                        ("MetricNamespace", s("App")),
                        ("MetricValue", s("1")),
                        ("Dimensions", Expr::List(vec![map(vec![("Key", s("Service")), ("Value", s("$.service"))])])),
                    ])]),
                ),
            ])
        );
    }
}
