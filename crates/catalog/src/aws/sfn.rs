//! AWS Step Functions state machines.
//!
//! `Ref` of an `AWS::StepFunctions::StateMachine` returns its ARN, Terraform's `id` and `arn`. The
//! definition goes to `DefinitionString` as text: Terraform's `definition` is often a template
//! rendered at plan time, whose content is only known as a string.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of Step Functions types.
pub const MAPPINGS: &[ResourceMapping] = &[STATE_MACHINE];

const STATE_MACHINE: ResourceMapping = ResourceMapping {
    terraform: "aws_sfn_state_machine",
    cloudformation: "AWS::StepFunctions::StateMachine",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "StateMachineName"),
        NAME_PREFIX,
        Argument::new("definition", Shape::JsonText, Target::Property("DefinitionString")),
        Argument::property("role_arn", "RoleArn"),
        Argument::property("type", "StateMachineType"),
        Argument::dropped(
            "publish",
            "CloudFormation publishes a version as a resource of its own: declare an AWS::StepFunctions::StateMachineVersion",
        ),
        TAGS,
        TAGS_ALL,
        Argument::block(
            "encryption_configuration",
            "EncryptionConfiguration",
            false,
            &[
                Argument::property("kms_data_key_reuse_period_seconds", "KmsDataKeyReusePeriodSeconds"),
                Argument::property("kms_key_id", "KmsKeyId"),
                Argument::property("type", "Type"),
            ],
        ),
        Argument::block(
            "logging_configuration",
            "LoggingConfiguration",
            false,
            &[
                Argument::property("include_execution_data", "IncludeExecutionData"),
                Argument::property("level", "Level"),
                // The log group's ARN (with its `:*` suffix) -> `Destinations: [{CloudWatchLogsLogGroup: {LogGroupArn}}]`.
                Argument::new(
                    "log_destination",
                    Shape::Value(Transform::None),
                    Target::Element { list: "Destinations", property: "CloudWatchLogsLogGroup.LogGroupArn" },
                ),
            ],
        ),
        Argument::block(
            "tracing_configuration",
            "TracingConfiguration",
            false,
            &[Argument::property("enabled", "Enabled")],
        ),
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::get_att("name", "Name"),
        Attribute::get_att("revision_id", "StateMachineRevisionId"),
        Attribute::argument("role_arn", "role_arn"),
        Attribute::argument("definition", "definition"),
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
    fn the_log_destination_is_a_destination_list() {
        let logging = source(vec![("level", value(s("ALL"))), ("log_destination", value(s("arn:log:*")))]);
        let body = source(vec![("role_arn", value(s("r"))), ("logging_configuration", blocks(vec![logging]))]);
        let lowered = lower_arguments(row("aws_sfn_state_machine"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("RoleArn", s("r")),
                (
                    "LoggingConfiguration",
                    map(vec![
                        ("Level", s("ALL")),
                        (
                            "Destinations",
                            Expr::List(vec![map(vec![(
                                "CloudWatchLogsLogGroup",
                                map(vec![("LogGroupArn", s("arn:log:*"))]),
                            )])]),
                        ),
                    ]),
                ),
            ])
        );
    }
}
