//! Amazon CloudWatch: log groups and metric alarms.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The CloudWatch table.
pub const MAPPINGS: &[ResourceMapping] = &[LOG_GROUP, METRIC_ALARM];

/// Terraform's `{name = value}` dimensions -> CloudFormation's `[{Name, Value}]`.
const DIMENSIONS: Transform = Transform::EntryList { key: "Name", value: "Value" };

const LOG_GROUP: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_log_group",
    cloudformation: "AWS::Logs::LogGroup",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "LogGroupName"),
        NAME_PREFIX,
        Argument::property("retention_in_days", "RetentionInDays"),
        Argument::property("kms_key_id", "KmsKeyId"),
        Argument::property("log_group_class", "LogGroupClass"),
        Argument::property("deletion_protection_enabled", "DeletionProtectionEnabled"),
        Argument::dropped("skip_destroy", "keep the log group with DeletionPolicy: Retain on the template resource"),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("name"),
        // CloudFormation's `Arn` ends in `:*`; Terraform's does not.
        Attribute::sub("arn", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Self}"),
    ],
    companions: &[],
};

const METRIC: &[Argument] = &[
    Argument::transformed("dimensions", DIMENSIONS, "Metric.Dimensions"),
    Argument::property("metric_name", "Metric.MetricName"),
    Argument::property("namespace", "Metric.Namespace"),
    Argument::property("period", "Period"),
    Argument::property("stat", "Stat"),
    Argument::property("unit", "Unit"),
];

const METRIC_QUERY: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("account_id", "AccountId"),
    Argument::property("expression", "Expression"),
    Argument::property("label", "Label"),
    Argument::block("metric", "MetricStat", false, METRIC),
    Argument::property("period", "Period"),
    Argument::property("return_data", "ReturnData"),
];

const METRIC_ALARM: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudwatch_metric_alarm",
    cloudformation: "AWS::CloudWatch::Alarm",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("alarm_name", "AlarmName"),
        Argument::property("alarm_description", "AlarmDescription"),
        Argument::property("actions_enabled", "ActionsEnabled"),
        Argument::property("alarm_actions", "AlarmActions"),
        Argument::property("ok_actions", "OKActions"),
        Argument::property("insufficient_data_actions", "InsufficientDataActions"),
        Argument::property("comparison_operator", "ComparisonOperator"),
        Argument::property("evaluation_periods", "EvaluationPeriods"),
        Argument::property("datapoints_to_alarm", "DatapointsToAlarm"),
        Argument::property("threshold", "Threshold"),
        Argument::property("threshold_metric_id", "ThresholdMetricId"),
        Argument::property("metric_name", "MetricName"),
        Argument::property("namespace", "Namespace"),
        Argument::transformed("dimensions", DIMENSIONS, "Dimensions"),
        Argument::property("period", "Period"),
        Argument::property("statistic", "Statistic"),
        Argument::property("extended_statistic", "ExtendedStatistic"),
        Argument::property("unit", "Unit"),
        Argument::property("treat_missing_data", "TreatMissingData"),
        Argument::property("evaluate_low_sample_count_percentiles", "EvaluateLowSampleCountPercentile"),
        Argument::block("metric_query", "Metrics", true, METRIC_QUERY),
        Argument::property("evaluation_interval", "EvaluationInterval"),
        Argument::dropped(
            "evaluation_criteria",
            "PromQL alarm criteria are not converted yet; set EvaluationCriteria on the template",
        ),
        Argument::dropped(
            "evaluation_window",
            "alarm evaluation windows are not converted yet; set EvaluationWindow on the template",
        ),
        Argument::dropped(
            "warm_up_configuration",
            "alarm warm-up settings are not converted yet; set WarmUpConfiguration on the template",
        ),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[Attribute::reference("id"), Attribute::reference("alarm_name"), Attribute::get_att("arn", "Arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{attribute_expr, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_log_group_arn_has_no_wildcard_suffix() {
        let group = row("aws_cloudwatch_log_group");
        assert_eq!(
            attribute_expr(group, "Logs", "arn", &|_| None),
            Some(Expr::sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}"))
        );
        let lowered = lower_arguments(
            group,
            &source(vec![("name", value(s("/app"))), ("retention_in_days", value(Expr::int(14)))]),
        );
        assert_eq!(lowered.properties, props(vec![("LogGroupName", s("/app")), ("RetentionInDays", Expr::int(14))]));
    }

    #[test]
    fn alarm_dimensions_become_name_value_lists() {
        let query = source(vec![
            ("id", value(s("m1"))),
            ("return_data", value(Expr::Bool(true))),
            (
                "metric",
                blocks(vec![source(vec![
                    ("metric_name", value(s("Errors"))),
                    ("namespace", value(s("AWS/Lambda"))),
                    ("period", value(Expr::int(60))),
                    ("stat", value(s("Sum"))),
                    ("dimensions", value(map(vec![("FunctionName", Expr::reference("Worker"))]))),
                ])]),
            ),
        ]);
        let body = source(vec![
            ("alarm_name", value(s("errors"))),
            ("comparison_operator", value(s("GreaterThanThreshold"))),
            ("evaluation_periods", value(Expr::int(1))),
            ("threshold", value(Expr::int(0))),
            ("dimensions", value(map(vec![("QueueName", s("jobs"))]))),
            ("metric_query", blocks(vec![query])),
        ]);
        let lowered = lower_arguments(row("aws_cloudwatch_metric_alarm"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("AlarmName", s("errors")),
                ("ComparisonOperator", s("GreaterThanThreshold")),
                ("EvaluationPeriods", Expr::int(1)),
                ("Threshold", Expr::int(0)),
                ("Dimensions", Expr::List(vec![map(vec![("Name", s("QueueName")), ("Value", s("jobs"))])])),
                (
                    "Metrics",
                    Expr::List(vec![map(vec![
                        ("Id", s("m1")),
                        (
                            "MetricStat",
                            map(vec![
                                (
                                    "Metric",
                                    map(vec![
                                        (
                                            "Dimensions",
                                            Expr::List(vec![map(vec![
                                                ("Name", s("FunctionName")),
                                                ("Value", Expr::reference("Worker")),
                                            ])]),
                                        ),
                                        ("MetricName", s("Errors")),
                                        ("Namespace", s("AWS/Lambda")),
                                    ]),
                                ),
                                ("Period", Expr::int(60)),
                                ("Stat", s("Sum")),
                            ]),
                        ),
                        ("ReturnData", Expr::Bool(true)),
                    ])]),
                ),
            ])
        );
        let symbolic = lower_arguments(
            row("aws_cloudwatch_metric_alarm"),
            &source(vec![("dimensions", value(Expr::reference("DimensionMap")))]),
        );
        assert_eq!(codes(&symbolic), vec!["catalog::value-not-known"]);
    }
}
