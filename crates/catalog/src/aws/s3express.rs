//! Amazon S3 Express One Zone: directory buckets.

use super::rows::TAGS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping, Shape, Target, Transform};

/// The S3 Express table.
pub const MAPPINGS: &[ResourceMapping] = &[DIRECTORY_BUCKET];

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
