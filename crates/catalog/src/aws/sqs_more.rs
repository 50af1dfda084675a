//! Amazon SQS, beyond queues and queue policies: the redrive policies Terraform manages as
//! resources of their own, which CloudFormation sets on the queue (merged through `queue_url`).

use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The table.
pub const MAPPINGS: &[ResourceMapping] = &[REDRIVE_POLICY, REDRIVE_ALLOW_POLICY];

/// A merged policy's `id` is the queue's URL, as in Terraform.
const ATTRIBUTES: &[Attribute] =
    &[Attribute::argument("id", "queue_url"), Attribute::argument("queue_url", "queue_url")];

const REDRIVE_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sqs_queue_redrive_policy",
    cloudformation: "AWS::SQS::Queue",
    when: None,
    placement: Placement::MergeInto { parent: "aws_sqs_queue", link: "queue_url" },
    arguments: &[Argument::link("queue_url"), Argument::json("redrive_policy", "RedrivePolicy"), REGION],
    attributes: ATTRIBUTES,
    companions: &[],
};

const REDRIVE_ALLOW_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sqs_queue_redrive_allow_policy",
    cloudformation: "AWS::SQS::Queue",
    when: None,
    placement: Placement::MergeInto { parent: "aws_sqs_queue", link: "queue_url" },
    arguments: &[Argument::link("queue_url"), Argument::json("redrive_allow_policy", "RedriveAllowPolicy"), REGION],
    attributes: ATTRIBUTES,
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
    fn redrive_policies_become_the_queues_documents() {
        let body = source(vec![
            ("queue_url", value(Expr::reference("Jobs"))),
            (
                "redrive_policy",
                value(s(r#"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:1:dlq","maxReceiveCount":5}"#)),
            ),
        ]);
        let lowered = lower_arguments(row("aws_sqs_queue_redrive_policy"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![(
                "RedrivePolicy",
                map(vec![("deadLetterTargetArn", s("arn:aws:sqs:us-east-1:1:dlq")), ("maxReceiveCount", Expr::int(5))]),
            )])
        );
        let body = source(vec![
            ("queue_url", value(Expr::reference("Dead"))),
            ("redrive_allow_policy", value(s(r#"{"redrivePermission":"denyAll"}"#))),
        ]);
        let lowered = lower_arguments(row("aws_sqs_queue_redrive_allow_policy"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![("RedriveAllowPolicy", map(vec![("redrivePermission", s("denyAll"))]))])
        );
    }
}
