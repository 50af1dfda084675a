//! Amazon S3 Express One Zone: directory buckets.
//!
//! The bucket configuration resources that also apply to a directory bucket
//! (`aws_s3_bucket_server_side_encryption_configuration`, `..._lifecycle_configuration`,
//! `aws_s3_bucket_metric`, `aws_s3_bucket_inventory`) merge into its AWS::S3Express::DirectoryBucket
//! when their `bucket` refers to an `aws_s3_directory_bucket`; each keeps only what a directory bucket
//! supports. The other bucket configuration resources have no directory bucket counterpart: their
//! rows merge into `aws_s3_bucket` only, and linking one to a directory bucket is reported.

use super::rows::{TAGS, TIMEOUTS};
use super::s3::{ABORT_MULTIPART, EXPECTED_OWNER, SSE_BY_DEFAULT, SUB_RESOURCE_ATTRIBUTES};
use super::s3_more::{element, element_fields, INVENTORY};
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The S3 Express table.
pub const MAPPINGS: &[ResourceMapping] = &[
    DIRECTORY_BUCKET,
    merged("aws_s3_bucket_server_side_encryption_configuration", ENCRYPTION),
    merged("aws_s3_bucket_lifecycle_configuration", LIFECYCLE),
    merged("aws_s3_bucket_metric", METRIC),
    merged("aws_s3_bucket_inventory", INVENTORY),
];

/// A bucket configuration resource merged into the directory bucket its `bucket` names.
const fn merged(terraform: &'static str, arguments: &'static [Argument]) -> ResourceMapping {
    ResourceMapping {
        terraform,
        cloudformation: "AWS::S3Express::DirectoryBucket",
        when: None,
        placement: Placement::MergeInto { parent: "aws_s3_directory_bucket", link: "bucket" },
        arguments,
        attributes: SUB_RESOURCE_ATTRIBUTES,
        companions: &[],
    }
}

const ENCRYPTION_RULE: &[Argument] = &[
    Argument::property("bucket_key_enabled", "BucketKeyEnabled"),
    Argument::block("apply_server_side_encryption_by_default", "ServerSideEncryptionByDefault", false, SSE_BY_DEFAULT),
    Argument::dropped(
        "blocked_encryption_types",
        "a directory bucket's encryption rule has no BlockedEncryptionTypes; directory buckets take only SSE-S3 \
         and SSE-KMS",
    ),
];

const ENCRYPTION: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("rule", "BucketEncryption.ServerSideEncryptionConfiguration", true, ENCRYPTION_RULE),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    REGION,
];

/// Directory buckets have one storage class and no versions: a rule expires objects or aborts uploads.
const ONLY_EXPIRATION: &str = "a directory bucket's lifecycle rules only expire objects and abort incomplete uploads";

const LIFECYCLE_RULE: &[Argument] = &[
    Argument::property("id", "Id"),
    Argument::property("prefix", "Prefix"),
    Argument::property("status", "Status"),
    Argument::block("abort_incomplete_multipart_upload", "AbortIncompleteMultipartUpload", false, ABORT_MULTIPART),
    Argument::flatten(
        "expiration",
        &[
            Argument::property("days", "ExpirationInDays"),
            Argument::dropped("date", ONLY_EXPIRATION),
            Argument::dropped("expired_object_delete_marker", "directory buckets keep no object versions"),
        ],
    ),
    Argument::flatten(
        "filter",
        &[
            Argument::transformed("object_size_greater_than", Transform::ToString, "ObjectSizeGreaterThan"),
            Argument::transformed("object_size_less_than", Transform::ToString, "ObjectSizeLessThan"),
            Argument::property("prefix", "Prefix"),
            Argument::dropped("tag", "a directory bucket's lifecycle rules cannot filter on tags"),
            Argument::dropped("and", "a directory bucket's lifecycle rules cannot combine filters"),
        ],
    ),
    Argument::dropped("noncurrent_version_expiration", "directory buckets keep no object versions"),
    Argument::dropped("noncurrent_version_transition", "directory buckets keep no object versions"),
    Argument::dropped("transition", ONLY_EXPIRATION),
];

const LIFECYCLE: &[Argument] = &[
    Argument::link("bucket"),
    Argument::block("rule", "LifecycleConfiguration.Rules", true, LIFECYCLE_RULE),
    Argument::dropped("transition_default_minimum_object_size", ONLY_EXPIRATION),
    Argument::dropped("expected_bucket_owner", EXPECTED_OWNER),
    TIMEOUTS,
    REGION,
];

const METRICS: &str = "MetricsConfigurations";

const METRIC: &[Argument] = &[
    Argument::link("bucket"),
    element("name", METRICS, "Id", Transform::None),
    element_fields(
        "filter",
        METRICS,
        &[
            Argument::property("access_point", "AccessPointArn"),
            Argument::property("prefix", "Prefix"),
            Argument::dropped("tags", "a directory bucket's metrics cannot filter on tags"),
        ],
    ),
    REGION,
];

const LOCATION: &[Argument] = &[
    Argument::property("name", "LocationName"),
    Argument::new(
        "type",
        Shape::Value(Transform::None),
        Target::Implied("the location type follows from DataRedundancy (SingleAvailabilityZone or SingleLocalZone)"),
    ),
];

const DIRECTORY_BUCKET: ResourceMapping = ResourceMapping {
    terraform: "aws_s3_directory_bucket",
    cloudformation: "AWS::S3Express::DirectoryBucket",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("bucket", "BucketName"),
        // Terraform's default; the optional argument below overwrites it.
        Argument::transformed("bucket", Transform::Constant("SingleAvailabilityZone"), "DataRedundancy"),
        Argument::property("data_redundancy", "DataRedundancy"),
        Argument::flatten("location", LOCATION),
        Argument::new(
            "type",
            Shape::Value(Transform::None),
            Target::Implied("`Directory` is the only bucket type, which AWS::S3Express::DirectoryBucket is"),
        ),
        Argument::dropped(
            "force_destroy",
            "CloudFormation cannot delete a bucket that still holds objects: empty it before deleting the stack",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        // A directory bucket's Ref is its name, which is also Terraform's ID.
        Attribute::reference("id"),
        Attribute::reference("bucket"),
        Attribute::get_att("arn", "Arn"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::{blocks, check_table, source, value};
    use crate::aws::shared::tests::{props, row, s};
    use crate::lower_arguments;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }

    #[test]
    fn the_location_is_flattened_and_redundancy_defaults_to_one_zone() {
        let body = source(vec![
            ("bucket", value(s("cache--use1-az4--x-s3"))),
            (
                "location",
                blocks(vec![source(vec![("name", value(s("use1-az4"))), ("type", value(s("AvailabilityZone")))])]),
            ),
        ]);
        let lowered = lower_arguments(row("aws_s3_directory_bucket"), &body);
        assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
        assert_eq!(
            lowered.properties,
            props(vec![
                ("BucketName", s("cache--use1-az4--x-s3")),
                ("DataRedundancy", s("SingleAvailabilityZone")),
                ("LocationName", s("use1-az4")),
            ])
        );
    }
}
