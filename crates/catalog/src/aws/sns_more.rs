//! Amazon SNS, beyond topics and subscriptions: the topic policy (an `AWS::SNS::TopicPolicy` of its
//! own) and the data protection policy (the topic's `DataProtectionPolicy`, merged through `arn`).

use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Transform};

/// The table.
pub const MAPPINGS: &[ResourceMapping] = &[TOPIC_POLICY, DATA_PROTECTION_POLICY];

const TOPIC_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sns_topic_policy",
    cloudformation: "AWS::SNS::TopicPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        // The topic's ARN (its Ref) is what `Topics` lists.
        Argument::transformed("arn", Transform::WrapInList, "Topics"),
        Argument::json("policy", "PolicyDocument"),
        REGION,
    ],
    attributes: &[
        // Terraform's ID is the topic's ARN.
        Attribute::argument("id", "arn"),
        Attribute::argument("arn", "arn"),
        Attribute::argument("policy", "policy"),
        Attribute::sub("owner", "${AWS::AccountId}"),
    ],
    companions: &[],
};

const DATA_PROTECTION_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sns_topic_data_protection_policy",
    cloudformation: "AWS::SNS::Topic",
    when: None,
    placement: Placement::MergeInto { parent: "aws_sns_topic", link: "arn" },
    arguments: &[Argument::link("arn"), Argument::json("policy", "DataProtectionPolicy"), REGION],
    attributes: &[Attribute::argument("id", "arn"), Attribute::argument("arn", "arn")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_topic_policy_lists_its_topic() {
        let body = source(vec![("arn", value(Expr::reference("Alerts"))), ("policy", value(s(r#"{"Statement":[]}"#)))]);
        let lowered = lower_arguments(row("aws_sns_topic_policy"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("Topics", Expr::List(vec![Expr::reference("Alerts")])),
                ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
            ])
        );
        let protection = lower_arguments(row("aws_sns_topic_data_protection_policy"), &body);
        assert_eq!(
            protection.properties,
            props(vec![("DataProtectionPolicy", map(vec![("Statement", Expr::List(vec![]))]))])
        );
    }
}
