//! AWS CloudTrail trails.
//!
//! `Ref` of an `AWS::CloudTrail::Trail` returns the trail's name; Terraform's `id` is its ARN (since
//! provider 5.25), `Fn::GetAtt Arn`.

use super::rows::TAGS;
use super::shared::{REGION, TAGS_ALL};
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The table of CloudTrail types.
pub const MAPPINGS: &[ResourceMapping] = &[TRAIL];

const TRAIL: ResourceMapping = ResourceMapping {
    terraform: "aws_cloudtrail",
    cloudformation: "AWS::CloudTrail::Trail",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("name", "TrailName"),
        Argument::property("s3_bucket_name", "S3BucketName"),
        Argument::property("s3_key_prefix", "S3KeyPrefix"),
        Argument::property("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn"),
        Argument::property("cloud_watch_logs_role_arn", "CloudWatchLogsRoleArn"),
        Argument::property("enable_log_file_validation", "EnableLogFileValidation"),
        // CloudFormation requires `IsLogging`; Terraform starts logging unless told otherwise.
        Argument::new("enable_logging", Shape::Value(Transform::Constant("true")), Target::Fixed("IsLogging")),
        Argument::property("enable_logging", "IsLogging"),
        Argument::property("include_global_service_events", "IncludeGlobalServiceEvents"),
        Argument::property("is_multi_region_trail", "IsMultiRegionTrail"),
        Argument::property("is_organization_trail", "IsOrganizationTrail"),
        Argument::property("kms_key_id", "KMSKeyId"),
        Argument::property("sns_topic_name", "SnsTopicName"),
        TAGS,
        TAGS_ALL,
        Argument::block(
            "advanced_event_selector",
            "AdvancedEventSelectors",
            true,
            &[
                Argument::property("name", "Name"),
                Argument::block(
                    "field_selector",
                    "FieldSelectors",
                    true,
                    &[
                        Argument::property("field", "Field"),
                        Argument::property("equals", "Equals"),
                        Argument::property("not_equals", "NotEquals"),
                        Argument::property("starts_with", "StartsWith"),
                        Argument::property("not_starts_with", "NotStartsWith"),
                        Argument::property("ends_with", "EndsWith"),
                        Argument::property("not_ends_with", "NotEndsWith"),
                    ],
                ),
            ],
        ),
        Argument::block(
            "event_selector",
            "EventSelectors",
            true,
            &[
                Argument::property("exclude_management_event_sources", "ExcludeManagementEventSources"),
                Argument::property("include_management_events", "IncludeManagementEvents"),
                Argument::property("read_write_type", "ReadWriteType"),
                Argument::block(
                    "data_resource",
                    "DataResources",
                    true,
                    &[Argument::property("type", "Type"), Argument::property("values", "Values")],
                ),
            ],
        ),
        Argument::block(
            "insight_selector",
            "InsightSelectors",
            true,
            &[Argument::property("insight_type", "InsightType")],
        ),
        REGION,
    ],
    attributes: &[
        Attribute::get_att("id", "Arn"),
        Attribute::get_att("arn", "Arn"),
        Attribute::reference("name"),
        Attribute::sub("home_region", "${AWS::Region}"),
        Attribute::get_att("sns_topic_arn", "SnsTopicArn"),
        Attribute::argument("s3_bucket_name", "s3_bucket_name"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{check_table, source, value};
    use crate::aws::shared::tests::{props, row, s};
    use crate::lower_arguments;
    use iac2cfn_ir::Expr;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn a_trail_logs_unless_told_otherwise() {
        let body = source(vec![("name", value(s("t"))), ("s3_bucket_name", value(s("b")))]);
        let lowered = lower_arguments(row("aws_cloudtrail"), &body);
        assert_eq!(
            lowered.properties,
            props(vec![("TrailName", s("t")), ("S3BucketName", s("b")), ("IsLogging", s("true"))])
        );
        let body = source(vec![("s3_bucket_name", value(s("b"))), ("enable_logging", value(Expr::Bool(false)))]);
        let lowered = lower_arguments(row("aws_cloudtrail"), &body);
        assert_eq!(lowered.properties, props(vec![("S3BucketName", s("b")), ("IsLogging", Expr::Bool(false))]));
    }
}
