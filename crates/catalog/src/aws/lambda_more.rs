//! AWS Lambda, beyond functions and permissions: aliases and asynchronous invocation settings.
//!
//! `Ref` of an alias returns its ARN; its name is the last part of that ARN
//! (`arn:aws:lambda:<region>:<account>:function:<function>:<alias>`), so that a reference to it keeps
//! the dependency on the alias.

use super::rows::TIMEOUTS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, AttributeValue, Placement, ResourceMapping, Transform};

/// The table of further Lambda types.
pub const MAPPINGS: &[ResourceMapping] = &[ALIAS, FUNCTION_EVENT_INVOKE_CONFIG];

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
