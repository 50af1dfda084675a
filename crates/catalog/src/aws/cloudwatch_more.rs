//! Amazon CloudWatch Logs, beyond log groups: log streams and metric filters.
//!
//! `Ref` of a log stream and of a metric filter returns its name.

use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The table of further CloudWatch types.
pub const MAPPINGS: &[ResourceMapping] = &[LOG_STREAM, LOG_METRIC_FILTER];

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
