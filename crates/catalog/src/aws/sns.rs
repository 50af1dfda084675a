//! Amazon SNS: topics and subscriptions.
//!
//! Terraform spells each protocol's delivery status logging as three flat arguments
//! (`lambda_success_feedback_role_arn`, ...); CloudFormation has one `DeliveryStatusLogging` entry
//! per protocol, which [`Target::Keyed`] builds. A topic's own `policy` is a separate
//! `AWS::SNS::TopicPolicy`, made as a companion.

use super::rows::TAGS;
use super::shared::{NAME_PREFIX, REGION, TAGS_ALL};
use crate::model::{
    Argument, Attribute, Companion, CompanionValue, Placement, ResourceMapping, Shape, Target, Transform,
};

/// The SNS table.
pub const MAPPINGS: &[ResourceMapping] = &[TOPIC, SUBSCRIPTION];

/// One delivery status logging setting of one protocol.
const fn feedback(
    name: &'static str,
    protocol: &'static str,
    property: &'static str,
    transform: Transform,
) -> Argument {
    Argument::new(
        name,
        Shape::Value(transform),
        Target::Keyed { list: "DeliveryStatusLogging", key: "Protocol", key_value: protocol, property },
    )
}

/// The three settings of a protocol: Terraform's argument prefix and CloudFormation's protocol name.
macro_rules! feedback_arguments {
    ($prefix:literal, $protocol:literal) => {
        [
            feedback(
                concat!($prefix, "_failure_feedback_role_arn"),
                $protocol,
                "FailureFeedbackRoleArn",
                Transform::None,
            ),
            feedback(
                concat!($prefix, "_success_feedback_role_arn"),
                $protocol,
                "SuccessFeedbackRoleArn",
                Transform::None,
            ),
            // A number in Terraform, a string in CloudFormation.
            feedback(
                concat!($prefix, "_success_feedback_sample_rate"),
                $protocol,
                "SuccessFeedbackSampleRate",
                Transform::ToString,
            ),
        ]
    };
}

const APPLICATION: [Argument; 3] = feedback_arguments!("application", "application");
const FIREHOSE: [Argument; 3] = feedback_arguments!("firehose", "firehose");
const HTTP: [Argument; 3] = feedback_arguments!("http", "http/s");
const LAMBDA: [Argument; 3] = feedback_arguments!("lambda", "lambda");
const SQS: [Argument; 3] = feedback_arguments!("sqs", "sqs");

const TOPIC: ResourceMapping = ResourceMapping {
    terraform: "aws_sns_topic",
    cloudformation: "AWS::SNS::Topic",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "TopicName"),
        NAME_PREFIX,
        Argument::property("display_name", "DisplayName"),
        Argument::property("fifo_topic", "FifoTopic"),
        Argument::property("content_based_deduplication", "ContentBasedDeduplication"),
        Argument::property("fifo_throughput_scope", "FifoThroughputScope"),
        Argument::property("kms_master_key_id", "KmsMasterKeyId"),
        Argument::transformed("signature_version", Transform::ToString, "SignatureVersion"),
        Argument::property("tracing_config", "TracingConfig"),
        Argument::property("maximum_message_size", "MaximumMessageSize"),
        Argument::json("archive_policy", "ArchivePolicy"),
        APPLICATION[0],
        APPLICATION[1],
        APPLICATION[2],
        FIREHOSE[0],
        FIREHOSE[1],
        FIREHOSE[2],
        HTTP[0],
        HTTP[1],
        HTTP[2],
        LAMBDA[0],
        LAMBDA[1],
        LAMBDA[2],
        SQS[0],
        SQS[1],
        SQS[2],
        Argument::dropped(
            "delivery_policy",
            "AWS::SNS::Topic has no delivery policy; set DeliveryPolicy on each AWS::SNS::Subscription",
        ),
        Argument::new("policy", Shape::JsonDocument, Target::Companion),
        TAGS,
        TAGS_ALL,
        REGION,
    ],
    attributes: &[
        // A topic's Ref is its ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::get_att("name", "TopicName"),
        Attribute::sub("owner", "${AWS::AccountId}"),
    ],
    companions: &[Companion {
        cloudformation: "AWS::SNS::TopicPolicy",
        suffix: "Policy",
        when_argument: "policy",
        properties: &[
            ("PolicyDocument", CompanionValue::Argument("policy")),
            ("Topics", CompanionValue::List(&[CompanionValue::MainRef])),
        ],
        dependents_wait: false,
    }],
};

const SUBSCRIPTION: ResourceMapping = ResourceMapping {
    terraform: "aws_sns_topic_subscription",
    cloudformation: "AWS::SNS::Subscription",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("topic_arn", "TopicArn"),
        Argument::property("protocol", "Protocol"),
        Argument::property("endpoint", "Endpoint"),
        Argument::property("raw_message_delivery", "RawMessageDelivery"),
        Argument::json("filter_policy", "FilterPolicy"),
        Argument::property("filter_policy_scope", "FilterPolicyScope"),
        Argument::json("delivery_policy", "DeliveryPolicy"),
        Argument::json("redrive_policy", "RedrivePolicy"),
        Argument::json("replay_policy", "ReplayPolicy"),
        Argument::property("subscription_role_arn", "SubscriptionRoleArn"),
        Argument::dropped(
            "confirmation_timeout_in_minutes",
            "CloudFormation does not wait for a subscription to be confirmed",
        ),
        Argument::dropped("endpoint_auto_confirms", "CloudFormation does not wait for a subscription to be confirmed"),
        REGION,
    ],
    attributes: &[
        // A subscription's Ref is its ARN, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("arn"),
        Attribute::sub("owner_id", "${AWS::AccountId}"),
        Attribute::argument("topic_arn", "topic_arn"),
        Attribute::argument("protocol", "protocol"),
        Attribute::argument("endpoint", "endpoint"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{codes, map, props, row, s};
    use crate::{companion_resources, lower_arguments};
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn feedback_arguments_gather_into_one_entry_per_protocol() {
        let body = source(vec![
            ("name", value(s("alerts"))),
            ("sqs_success_feedback_role_arn", value(Expr::get_att("Feedback", "Arn"))),
            ("lambda_success_feedback_sample_rate", value(Expr::int(100))),
            ("lambda_failure_feedback_role_arn", value(Expr::get_att("Feedback", "Arn"))),
            ("http_failure_feedback_role_arn", value(Expr::get_att("Feedback", "Arn"))),
        ]);
        let lowered = lower_arguments(row("aws_sns_topic"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        let role = || Expr::get_att("Feedback", "Arn");
        assert_eq!(
            lowered.properties,
            props(vec![
                ("TopicName", s("alerts")),
                (
                    "DeliveryStatusLogging",
                    Expr::List(vec![
                        map(vec![("Protocol", s("http/s")), ("FailureFeedbackRoleArn", role())]),
                        map(vec![
                            ("Protocol", s("lambda")),
                            ("FailureFeedbackRoleArn", role()),
                            ("SuccessFeedbackSampleRate", s("100")),
                        ]),
                        map(vec![("Protocol", s("sqs")), ("SuccessFeedbackRoleArn", role())]),
                    ]),
                ),
            ])
        );
    }

    #[test]
    fn a_topic_policy_is_a_companion() {
        let body = source(vec![("policy", value(s(r#"{"Statement":[]}"#))), ("delivery_policy", value(s("{}")))]);
        let topic = row("aws_sns_topic");
        assert_eq!(codes(&lower_arguments(topic, &body)), vec!["catalog::dropped-argument"]);
        let companions = companion_resources(topic, "Alerts", &body);
        let [(_, policy)] = companions.as_slice() else { panic!("{companions:?}") };
        assert_eq!(policy.resource_type, "AWS::SNS::TopicPolicy");
        assert_eq!(
            policy.properties,
            props(vec![
                ("PolicyDocument", map(vec![("Statement", Expr::List(vec![]))])),
                ("Topics", Expr::List(vec![Expr::reference("Alerts")])),
            ])
        );
    }

    #[test]
    fn a_subscription_parses_its_filter_policy() {
        let body = source(vec![
            ("topic_arn", value(Expr::reference("Alerts"))),
            ("protocol", value(s("sqs"))),
            ("endpoint", value(Expr::get_att("Jobs", "Arn"))),
            ("filter_policy", value(s(r#"{"severity":["high"]}"#))),
        ]);
        let lowered = lower_arguments(row("aws_sns_topic_subscription"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("TopicArn", Expr::reference("Alerts")),
                ("Protocol", s("sqs")),
                ("Endpoint", Expr::get_att("Jobs", "Arn")),
                ("FilterPolicy", map(vec![("severity", Expr::List(vec![s("high")]))])),
            ])
        );
    }
}
