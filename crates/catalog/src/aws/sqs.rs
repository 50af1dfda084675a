//! Amazon SQS: queues and queue policies.
//!
//! A queue's own `policy` argument is a separate `AWS::SQS::QueuePolicy` in CloudFormation, made as
//! a companion.

use super::rows::{TAGS, TIMEOUTS};
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{
    Argument, Attribute, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target, Transform,
};

/// The SQS table.
pub const MAPPINGS: &[ResourceMapping] = &[QUEUE, QUEUE_POLICY];

const QUEUE: ResourceMapping = ResourceMapping {
    terraform: "aws_sqs_queue",
    cloudformation: "AWS::SQS::Queue",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "QueueName"),
        NAME_PREFIX,
        Argument::property("fifo_queue", "FifoQueue"),
        Argument::property("content_based_deduplication", "ContentBasedDeduplication"),
        Argument::property("deduplication_scope", "DeduplicationScope"),
        Argument::property("fifo_throughput_limit", "FifoThroughputLimit"),
        Argument::property("delay_seconds", "DelaySeconds"),
        Argument::property("max_message_size", "MaximumMessageSize"),
        Argument::property("message_retention_seconds", "MessageRetentionPeriod"),
        Argument::property("receive_wait_time_seconds", "ReceiveMessageWaitTimeSeconds"),
        Argument::property("visibility_timeout_seconds", "VisibilityTimeout"),
        Argument::property("kms_master_key_id", "KmsMasterKeyId"),
        Argument::property("kms_data_key_reuse_period_seconds", "KmsDataKeyReusePeriodSeconds"),
        Argument::property("sqs_managed_sse_enabled", "SqsManagedSseEnabled"),
        Argument::json("redrive_policy", "RedrivePolicy"),
        Argument::json("redrive_allow_policy", "RedriveAllowPolicy"),
        Argument::new("policy", Shape::JsonDocument, Target::Companion),
        TAGS,
        TAGS_ALL,
        TIMEOUTS,
        REGION,
    ],
    attributes: &[
        // A queue's Ref is its URL, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("url"),
        Attribute::get_att("arn", "Arn"),
        Attribute::get_att("name", "QueueName"),
    ],
    companions: &[Companion {
        cloudformation: "AWS::SQS::QueuePolicy",
        suffix: "Policy",
        when_argument: "policy",
        properties: &[
            ("PolicyDocument", CompanionValue::Argument("policy")),
            ("Queues", CompanionValue::List(&[CompanionValue::MainRef])),
        ],
        dependents_wait: false,
    }],
};

const QUEUE_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_sqs_queue_policy",
    cloudformation: "AWS::SQS::QueuePolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::json("policy", "PolicyDocument"),
        // The queue's URL is what `Queues` lists.
        Argument::transformed("queue_url", Transform::WrapInList, "Queues"),
        REGION,
    ],
    attributes: &[Attribute::argument("id", "queue_url"), Attribute::argument("queue_url", "queue_url")],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{map, props, row, s};
    use crate::{attribute_expr, companion_resources, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_queue_parses_its_redrive_policy_and_splits_off_its_policy() {
        let redrive =
            map(vec![("deadLetterTargetArn", Expr::get_att("Dead", "Arn")), ("maxReceiveCount", Expr::int(4))]);
        let body = source(vec![
            ("name", value(s("jobs"))),
            ("visibility_timeout_seconds", value(Expr::int(60))),
            ("redrive_policy", value(redrive.clone())),
            ("redrive_allow_policy", value(s(r#"{"redrivePermission":"allowAll"}"#))),
            ("policy", value(s(r#"{"Statement":[]}"#))),
        ]);
        let queue = row("aws_sqs_queue");
        let lowered = lower_arguments(queue, &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("QueueName", s("jobs")),
                ("VisibilityTimeout", Expr::int(60)),
                ("RedrivePolicy", redrive),
                ("RedriveAllowPolicy", map(vec![("redrivePermission", s("allowAll"))])),
            ])
        );
        let companions = companion_resources(queue, "Jobs", &body);
        let [(suffix, policy)] = companions.as_slice() else { panic!("{companions:?}") };
        assert_eq!((suffix.as_str(), policy.resource_type.as_str()), ("Policy", "AWS::SQS::QueuePolicy"));
        assert_eq!(
            policy.properties,
            props(vec![
                ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
                ("Queues", Expr::List(vec![Expr::reference("Jobs")])),
            ])
        );
        // A queue's Ref is its URL.
        assert_eq!(attribute_expr(queue, "Jobs", "url", &|_| None), Some(Expr::reference("Jobs")));
        assert_eq!(attribute_expr(queue, "Jobs", "arn", &|_| None), Some(Expr::get_att("Jobs", "Arn")));
    }

    #[test]
    fn a_queue_policy_lists_its_queue() {
        let body =
            source(vec![("queue_url", value(Expr::reference("Jobs"))), ("policy", value(s(r#"{"Statement":[]}"#)))]);
        let lowered = lower_arguments(row("aws_sqs_queue_policy"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
                ("Queues", Expr::List(vec![Expr::reference("Jobs")])),
            ])
        );
    }
}
