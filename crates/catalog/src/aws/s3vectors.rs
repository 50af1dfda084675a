//! Amazon S3 Vectors (provider 6.x): vector buckets, their indexes and their policies.
//!
//! `Ref` of a vector bucket and of an index is its ARN (the primary identifier), which is also
//! Terraform's ID.

use super::rows::TAGS;
use super::shared::REGION;
use crate::model::{Argument, Attribute, Placement, ResourceMapping};

/// The S3 Vectors table.
pub const MAPPINGS: &[ResourceMapping] = &[VECTOR_BUCKET, INDEX, VECTOR_BUCKET_POLICY];

const ENCRYPTION: &[Argument] =
    &[Argument::property("kms_key_arn", "KmsKeyArn"), Argument::property("sse_type", "SseType")];

const VECTOR_BUCKET: ResourceMapping = ResourceMapping {
    terraform: "aws_s3vectors_vector_bucket",
    cloudformation: "AWS::S3Vectors::VectorBucket",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vector_bucket_name", "VectorBucketName"),
        Argument::block("encryption_configuration", "EncryptionConfiguration", false, ENCRYPTION),
        Argument::dropped(
            "force_destroy",
            "CloudFormation cannot delete a vector bucket that still holds indexes: delete them before deleting \
             the stack",
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("vector_bucket_arn"),
        Attribute::get_att("creation_time", "CreationTime"),
        Attribute::argument("vector_bucket_name", "vector_bucket_name"),
    ],
    companions: &[],
};

const INDEX: ResourceMapping = ResourceMapping {
    terraform: "aws_s3vectors_index",
    cloudformation: "AWS::S3Vectors::Index",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("index_name", "IndexName"),
        Argument::property("vector_bucket_name", "VectorBucketName"),
        Argument::property("data_type", "DataType"),
        Argument::property("dimension", "Dimension"),
        Argument::property("distance_metric", "DistanceMetric"),
        Argument::block("encryption_configuration", "EncryptionConfiguration", false, ENCRYPTION),
        Argument::block(
            "metadata_configuration",
            "MetadataConfiguration",
            false,
            &[Argument::property("non_filterable_metadata_keys", "NonFilterableMetadataKeys")],
        ),
        TAGS,
        REGION,
    ],
    attributes: &[
        Attribute::reference("id"),
        Attribute::reference("index_arn"),
        Attribute::get_att("creation_time", "CreationTime"),
        Attribute::argument("index_name", "index_name"),
        Attribute::argument("vector_bucket_name", "vector_bucket_name"),
    ],
    companions: &[],
};

const VECTOR_BUCKET_POLICY: ResourceMapping = ResourceMapping {
    terraform: "aws_s3vectors_vector_bucket_policy",
    cloudformation: "AWS::S3Vectors::VectorBucketPolicy",
    when: None,
    placement: Placement::Standalone,
    arguments: &[
        Argument::property("vector_bucket_arn", "VectorBucketArn"),
        Argument::json("policy", "Policy"),
        REGION,
    ],
    attributes: &[
        Attribute::argument("id", "vector_bucket_arn"),
        Attribute::argument("vector_bucket_arn", "vector_bucket_arn"),
        Attribute::argument("policy", "policy"),
    ],
    companions: &[],
};

#[cfg(test)]
mod tests {
    use super::MAPPINGS;
    use crate::aws::rows::tests::check_table;

    #[test]
    fn table_is_well_formed() {
        check_table(MAPPINGS);
    }
}
